"""Take the README's screenshots of the desktop app (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots.py [--lang zh|en]
    QT_SCALE_FACTOR=2 xvfb-run -a … python scripts/screenshots.py --suffix -200pct

Walks the ISP tree along one path and saves every page type under docs/screenshots/ as
``<page>-<lang><suffix>.png``: home, the case information, a date question with the date read
back in words, a refused date, a choice question with its help open, the review and the
result. Needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C  # noqa: E402
from wizard.casefile import CaseInfo  # noqa: E402
from wizard.gui.app import create_window  # noqa: E402
from wizard.gui.interview import Step  # noqa: E402

QUESTION_SHOT = 6  # the page asking whether the notice was effective
DATE_SHOT = 1  # the page asking when the infringing act began
# The date typed on the date pages: refused, then right (as a worker in each language might).
TYPED = {"zh": ("2022年2月30日", "2022年3月1日"), "en": ("2022-02-30", "2022/3/1")}
PAGES = ("home", "info", "date", "date-refused", "question", "review", "result")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--suffix", default="", help="added to each name, e.g. -200pct")
    parser.add_argument("--only", nargs="*", choices=PAGES, help="only these pages")
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
    for i, answer in enumerate(answers):
        if i == DATE_SHOT:
            wrong, right = TYPED[args.lang]
            field.set_text(wrong)  # as typed, then Enter: refused with the reason
            view.go_next()
            shot("date-refused")
            field.set_text(right)
            shot("date")
        if i == QUESTION_SHOT:
            shot("question")
        window.case.answer(date.fromisoformat(answer) if answer[:4].isdigit() else answer)
        view.step = Step.REVIEW if window.case.session.is_finished else Step.QUESTION
        view.render()
    if not window.case.session.is_finished:
        shot("question")
        raise SystemExit(f"the answers stop at {window.case.session.current.id}")
    shot("review")
    view.go_next()
    shot("result")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
