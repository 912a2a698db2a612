"""``liability-wizard --selftest``: prove a build works, without a display.

Loads and validates every bundled tree, walks one path per tree headlessly, writes each
report as PDF to a temporary folder and checks it, checks that Qt's own Chinese strings load
(dialogs), then prints one line and returns 0;
on any failure it prints what failed and returns 1. Used by CI on the frozen bundle and by the
release workflow on each platform.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from wizard import __version__, resources
from wizard.casefile import CaseInfo
from wizard.catalog import load_catalog, load_library
from wizard.engine import Session
from wizard.errors import WizardError
from wizard.model import (
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    MoneyQuestion,
    MultiQuestion,
    Tree,
)
from wizard.statutes import StatuteLibrary

SAMPLE_DATE = date(2022, 3, 1)
SAMPLE_AMOUNT = Decimal("100000.00")


def first_path(tree: Tree) -> Session:
    """The first choice at every question, one fixed date and amount, no events: a path that
    always exists (format 2's multiple choice, money and events questions included)."""
    session = Session(tree)
    while not session.is_finished:
        node = session.current
        if isinstance(node, ChoiceQuestion):
            session.answer(node.choices[0].id)
        elif isinstance(node, MultiQuestion):
            session.answer((node.choices[0].id,))
        elif isinstance(node, DateQuestion):
            session.answer(SAMPLE_DATE)
        elif isinstance(node, MoneyQuestion):
            session.answer(SAMPLE_AMOUNT)
        elif isinstance(node, EventsQuestion):
            session.answer(())
        else:
            session.answer(None)
    return session


def _say(line: str) -> None:
    """Print the summary; a windowed Windows build has no stdout, so LW_SELFTEST_LOG may name
    a file that gets the same line (the release workflow reads it)."""
    if sys.stdout is not None:
        sys.stdout.write(line)
        sys.stdout.flush()
    log_file = os.environ.get("LW_SELFTEST_LOG")
    if log_file:
        with open(log_file, "a", encoding="utf-8") as handle:
            handle.write(line)


def _check_calendar() -> None:
    """The holiday dataset and the lunar calendar are bundled and give the known answers."""
    from wizard import deadlines
    from wizard.model import Period

    checks = (
        (date(2023, 10, 3), date(2026, 10, 8), False),  # 2026 arrangement: 10-01 … 10-07 off
        (date(2025, 9, 30), date(2028, 10, 4), True),  # statutory holidays of 2028
    )
    for start, expected, provisional in checks:
        request = deadlines.DeadlineRequest("limitation", start, Period(years=3))
        result = deadlines.compute(request, start)
        if (result.end, result.provisional) != (expected, provisional):
            raise WizardError(f"deadline from {start}: {result.end}, expected {expected}")


def _check_letters(
    trees: dict[str, Tree], library: StatuteLibrary, info: CaseInfo, folder: Path
) -> str:
    """Every letter checks against its trees; one is written as .docx (python-docx and its
    default template are bundled) and as PDF, and the .docx opens again."""
    import docx

    from wizard.letter_output import write_letter
    from wizard.letters import OfferedLetter, check_letter, load_letters, render_letter

    letters = load_letters()
    if not letters:
        raise WizardError("no letters found")
    for letter in letters:
        problems = check_letter(letter, trees, library)
        if problems:
            raise WizardError(f"letter {problems[0]}")
    letter = letters[0]
    offer = letter.offers[0]
    rendered = render_letter(
        OfferedLetter(letter, offer), first_path(trees[offer.tree]), info, library, "zh"
    )
    written = write_letter(rendered, folder)
    reopened = docx.Document(str(written[0]))
    if not reopened.paragraphs or reopened.paragraphs[0].text != rendered.title:
        raise WizardError(f"{written[0].name}: the letter does not open again as written")
    if not written[1].read_bytes().startswith(b"%PDF-"):
        raise WizardError(f"{written[1].name}: not a PDF")
    return f"{len(letters)} letters (one written as .docx and PDF)"


def run_selftest() -> int:
    start = time.perf_counter()
    try:
        from wizard.pdf import ensure_gui_application, write_pdf
        from wizard.report import ReportOptions, build_report

        ensure_gui_application()
        from wizard.gui.language import qt_translation_loads

        if not qt_translation_loads("zh_CN"):
            raise WizardError("Qt's own Chinese strings (qtbase_zh_CN.qm) are missing")
        library = load_library()
        catalog = load_catalog(library, [resources.trees_dir()])
        if catalog.unavailable:
            problems = "; ".join(str(p) for ps in catalog.unavailable.values() for p in ps[:3])
            raise WizardError(f"invalid bundled tree(s): {problems}")
        if not catalog.trees:
            raise WizardError(f"no trees found in {resources.trees_dir()}")
        _check_calendar()
        info = CaseInfo(case_number="SELFTEST", consultation_date=date.today())
        summary = []
        with tempfile.TemporaryDirectory() as folder:
            for tree_id, tree in sorted(catalog.trees.items()):
                session = first_path(tree)
                for lang in ("zh", "en"):
                    report = build_report(session, info, library, ReportOptions(lang))
                    path = Path(folder) / f"{tree_id}-{lang}.pdf"
                    pages = write_pdf(report, path)
                    data = path.read_bytes()
                    if pages < 1 or not data.startswith(b"%PDF-") or b"WizardSerifSC" not in data:
                        raise WizardError(f"{tree_id}: the {lang} PDF is not right ({pages} pages)")
                summary.append(f"{tree_id} {tree.version} → {session.outcome.code}")  # type: ignore[union-attr]
            letters = _check_letters(catalog.trees, library, info, Path(folder))
    except (WizardError, OSError, ImportError) as exc:
        _say(f"selftest FAILED: {exc}\n")
        return 1
    seconds = time.perf_counter() - start
    _say(
        f"selftest ok: liability-wizard {__version__}, {len(summary)} trees "
        f"({', '.join(summary)}), PDF zh+en each, {letters}, holiday calendar ok, "
        "Qt dialogs in Chinese, "
        f"{seconds:.1f} s\n"
    )
    return 0
