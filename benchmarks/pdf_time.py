"""Time to produce the PDF for the longest path of each tree, against the HTML layout alone.

    python benchmarks/pdf_time.py

For each shipped tree: the longest path found by a seeded random search, its report rendered
to PDF (pagination, headings kept with their text, footers, font embedding), as a ratio to
setting the same HTML into a QTextDocument and laying it out — the floor any Qt-based PDF
export pays. One run; compare ratios, not milliseconds.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QTextDocument

from wizard import resources
from wizard.casefile import CaseInfo
from wizard.catalog import load_catalog, load_library
from wizard.deadlines import EVENTS_WITH_UNTIL, Event
from wizard.engine import Session
from wizard.model import (
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    MoneyQuestion,
    MultiQuestion,
)
from wizard.pdf import ensure_gui_application, register_fonts, write_pdf
from wizard.report import ReportOptions, build_report

WALKS = 300


def _day(rng: random.Random) -> date:
    return date(2015, 1, 1) + timedelta(days=rng.randrange(0, 4000))


def _events(rng: random.Random, node: EventsQuestion) -> tuple[Event, ...]:
    events = []
    for _ in range(rng.randrange(0, 4)):
        kind = rng.choice(node.kinds)
        on = _day(rng)
        until = on + timedelta(days=rng.randrange(1, 400)) if kind in EVENTS_WITH_UNTIL else None
        events.append(Event(kind, on, until, rng.choice(["", *node.parties])))
    return tuple(events)


def longest_path(tree, seed: int = 7) -> Session:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    best: Session | None = None
    for _ in range(WALKS):
        session = Session(tree)
        while not session.is_finished:
            node = session.current
            if isinstance(node, ChoiceQuestion):
                session.answer(rng.choice(node.choices).id)
            elif isinstance(node, MultiQuestion):
                alone = [c.id for c in node.choices if c.exclusive or c.unknown]
                others = [c.id for c in node.choices if c.id not in alone]
                if alone and (not others or rng.random() < 0.3):
                    session.answer((rng.choice(alone),))
                else:
                    session.answer(tuple(rng.sample(others, rng.randint(1, len(others)))))
            elif isinstance(node, DateQuestion):
                session.answer(_day(rng))
            elif isinstance(node, MoneyQuestion):
                session.answer(Decimal(rng.randrange(0, 10_000_000)) / 100)
            elif isinstance(node, EventsQuestion):
                session.answer(_events(rng, node))
            else:
                session.answer(None)
        if best is None or len(session.path) > len(best.path):
            best = session
    assert best is not None
    return best


def main() -> int:
    ensure_gui_application()
    family = register_fonts()
    library = load_library()
    catalog = load_catalog(library, [resources.trees_dir()])
    out = Path(tempfile.mkdtemp())
    info = CaseInfo(case_number="BENCH-1", consultation_date=date(2026, 11, 29))
    for tree_id, tree in sorted(catalog.trees.items()):
        session = longest_path(tree)
        report = build_report(session, info, library, ReportOptions("zh"))
        start = time.perf_counter()
        document = QTextDocument()
        document.setDefaultFont(family)
        document.setHtml(report.html)
        document.size()  # lay it out
        layout_only = time.perf_counter() - start
        start = time.perf_counter()
        pages = write_pdf(report, out / f"{tree_id}.pdf")
        pdf = time.perf_counter() - start
        sys.stdout.write(
            f"{tree_id}: {session.progress.steps_taken} steps, {pages} pages: "
            f"PDF {pdf:.2f} s, HTML layout alone {layout_only:.2f} s, "
            f"ratio {pdf / layout_only:.1f}\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
