"""Take the README's screenshots of the desktop app (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots.py [--lang zh|en]
    QT_SCALE_FACTOR=2 xvfb-run -a … python scripts/screenshots.py --suffix -200pct

Walks the ISP tree along one path and saves every page type under docs/screenshots/ as
``<page>-<lang><suffix>.png``: home, the case information, a date question with the date read
back in words, a refused date, a choice question with its help open, the review and the
result. Then walks the worked example of tree format 2 (docs/examples/guarantee-example.json)
for its question types: the parties' names, the client's side, an amount read back and one
refused, a choice with "不清楚" and the evidence that would settle it, a date known only to the
month, the case's history, a multiple choice, and the review of them all. Last the whole case:
the triage page on a client's story (its questions, then its suggestions), the case overview of
the assessments it created (two walked to a result, one not started) and their combined report.
Needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QScrollArea

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.sample_paths import (  # noqa: E402
    GUARANTEE_EXAMPLE_CREDITOR,
    GUARANTEE_EXAMPLE_NAMES,
    GUARANTOR_RELEASED,
    SHAREHOLDER_VEIL_PIERCED,
    engine_answer,
)
from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C  # noqa: E402
from wizard.casefile import CaseInfo  # noqa: E402
from wizard.deadlines import Event  # noqa: E402
from wizard.gui.app import create_window  # noqa: E402
from wizard.gui.interview import Step  # noqa: E402
from wizard.gui.main_window import MainWindow  # noqa: E402
from wizard.gui.pages import split_names  # noqa: E402
from wizard.model import DateQuestion  # noqa: E402
from wizard.treefile import load_tree  # noqa: E402

# The choice question shown with its help: whether the platform knew of the user's
# infringement (a party named in the question, a "不清楚" answer set apart). The date pages are
# the path's first date question.
QUESTION_SHOT = "rh_knowledge"
# The date typed on the date pages: refused, then right (as a worker in each language might).
TYPED = {"zh": ("2022年2月30日", "2022年3月1日"), "en": ("2022-02-30", "2022/3/1")}
PAGES = ("home", "info", "date", "date-refused", "question", "review", "result")
FORMAT2_EXAMPLE = ROOT / "docs" / "examples" / "guarantee-example.json"
# The tree format 2 pages, by the question they are taken at (None: the case information and
# the review); what is typed there first, per language.
FORMAT2_PAGES = ("names", "side", "money", "money-refused", "unknown-choice", "month")
FORMAT2_PAGES += ("events", "multi", "review-all")
CASE_PAGES = ("triage", "triage-suggestions", "overview", "case-report")
#: The client's story told to triage: a company that does not pay and whose loan a man
#: guaranteed; the names typed, per question.
STORY = ("company", "guarantee")
STORY_NAMES = {
    "company_names": "某贸易有限公司",
    "shareholder_names": "张三、李四",
    "debtor_names": "某贸易有限公司",
    "guarantor_names": "王五",
}
FORMAT2_TYPED = {
    "money": {"zh": "12万", "en": "120,000"},
    "money-refused": {"zh": "十二万", "en": "120k"},
    "month": {"zh": "2024年6月", "en": "2024-06"},
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--suffix", default="", help="added to each name, e.g. -200pct")
    parser.add_argument(
        "--only", nargs="*", choices=PAGES + FORMAT2_PAGES + CASE_PAGES, help="only these pages"
    )
    parser.add_argument("--size", default="1180x800", help="window size in logical pixels")
    parser.add_argument("--answers", nargs="*", default=None, help="answers of the ISP path")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", args.lang)
    window = create_window(app, settings, work / "autosave")
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.activateWindow()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        if args.only and name not in args.only:
            return
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}-{args.lang}{args.suffix}.png"))

    shot("home")
    window.start_assessment("isp")
    window.case.set_info(
        CaseInfo(
            client_name="王小明",
            worker_name="李律师助理",
            organisation="某市法律援助中心",
            case_number="2026-法援-0123",
            consultation_date=date(2026, 11, 29),
        )
    )
    view = window.interview
    view.begin()  # show the case information just set
    shot("info")
    view.go_next()
    answers = args.answers or ISP_C
    field = view.question_page.date_field
    dated = False
    for answer in answers:
        node = window.case.session.current
        if isinstance(node, DateQuestion) and not dated:
            dated = True
            wrong, right = TYPED[args.lang]
            field.set_text(wrong)  # as typed, then Enter: refused with the reason
            view.go_next()
            shot("date-refused")
            field.set_text(right)
            shot("date")
        if node.id == QUESTION_SHOT:
            shot("question")
        window.case.answer(engine_answer(node, answer))
        view.step = Step.REVIEW if window.case.session.is_finished else Step.QUESTION
        view.render()
    if not window.case.session.is_finished:
        shot("question")
        raise SystemExit(f"the answers stop at {window.case.session.current.id}")
    shot("review")
    view.go_next()
    shot("result")
    format2(window, args.lang, shot)
    whole_case(window, shot)
    return 0


def format2(window: MainWindow, lang: str, shot: Callable[[str], None]) -> None:
    """The question types of tree format 2, on the worked example's path."""
    tree = load_tree(FORMAT2_EXAMPLE)
    window.catalog.trees[tree.id] = tree  # after the home page: it lists the shipped trees
    window.start_assessment(tree.id)
    info = CaseInfo(
        client_name="王小明",
        worker_name="李律师助理",
        organisation="某市法律援助中心",
        case_number="2026-法援-0456",
        consultation_date=date(2026, 11, 29),
    )
    for party in tree.parties:
        names = split_names(GUARANTEE_EXAMPLE_NAMES.get(party.id, ""), party.many)
        info = info.with_names(party.id, names)
    window.case.set_info(info)
    view = window.interview
    view.begin()
    shot("names")
    view.go_next()
    page = view.question_page
    for entry in GUARANTEE_EXAMPLE_CREDITOR:
        for _ in range(5):
            QApplication.processEvents()  # the page's focus lands before it is typed into
        node_id = window.case.session.current.id
        if node_id == "side":
            shot("side")
        elif node_id == "debt_amount":
            page.money_field.set_text(FORMAT2_TYPED["money-refused"][lang])
            page.money_field.commit()
            shot("money-refused")
            page.money_field.set_text(FORMAT2_TYPED["money"][lang])
            shot("money")
        elif node_id == "guarantee_type":
            page.choose(3)  # 不清楚
            shot("unknown-choice")
        elif node_id == "due_date":
            page.date_field.set_text(FORMAT2_TYPED["month"][lang])
            shot("month")
        elif node_id == "history":
            editor = page.events_editor
            events = engine_answer(window.case.session.current, entry)
            assert isinstance(events, tuple)
            editor.set_events(e for e in events if isinstance(e, Event))
            # The next event half entered: a judgment, whose second date is its last day.
            editor.kind.setCurrentIndex(editor.kind.findData("judgment_effective"))
            editor.on.set_text("2026-01-15")
            editor.until.set_text("2026-02-15")
            editor.party.setCurrentIndex(editor.party.findData("guarantor"))
            shot("events")
            editor.set_events(editor.events())  # the form emptied, as before going on
        elif node_id == "papers":
            for number in (1, 3):
                page.choose(number)
            shot("multi")
        window.case.answer(engine_answer(window.case.session.current, entry))
        view.step = Step.REVIEW if window.case.session.is_finished else Step.QUESTION
        view.render()
    shot("review-all")


def whole_case(window: MainWindow, shot: Callable[[str], None]) -> None:
    """Triage on a client's story, the case overview it leads to, the combined report."""
    window.case.close()  # the format 2 example is not part of this case
    window.go_home()
    window.show_triage()
    page = window.triage_page
    assert page is not None
    asked = {a.question.id: a for a in page.asked}
    for choice in STORY:
        happened = asked["happened"].choices
        assert happened is not None
        next(b for b in happened.buttons() if b.objectName() == f"choice-{choice}").click()
    role = asked["role"].choices
    assert role is not None
    next(b for b in role.buttons() if b.objectName() == "choice-claimant").click()
    for question, names in STORY_NAMES.items():
        line = asked[question].line
        assert line is not None
        line.setText(names)
    page.refresh()
    shot("triage")
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(page.create_button)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    shot("triage-suggestions")
    page.create_button.click()
    case = window.case
    case.set_info(
        CaseInfo(
            client_name="王小明",
            worker_name="李律师助理",
            organisation="某市法律援助中心",
            case_number="2026-法援-0789",
            consultation_date=date(2026, 11, 29),
        )
    )
    for assessment, path in zip(
        case.assessments, (SHAREHOLDER_VEIL_PIERCED, GUARANTOR_RELEASED), strict=True
    ):
        case.select(assessment.id)
        # Triage may have answered the client's side already; walk the path from its start.
        while case.session.can_go_back:  # type: ignore[union-attr]
            case.back()
        for entry in path:
            case.answer(engine_answer(case.session.current, entry))  # type: ignore[union-attr]
    case.add_assessment(window.catalog.trees["isp"], "某购物平台")
    window.show_overview()
    shot("overview")
    window.show_case_report()
    shot("case-report")


if __name__ == "__main__":
    raise SystemExit(main())
