"""The printed report as a lawyer sees it: checked on the paginated layout itself.

- the conclusion box stays on page 1;
- no table row is split across pages (which would leave cells empty on one page);
- the signature block is whole on one page;
- a short case gives a short report (five questions: under five pages before the appendix).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtGui import QPdfWriter, QTextTable

from tests.helpers import ROOT, library, shipped_tree_files
from tests.test_format2 import NAMES, example
from wizard.answers import MonthDate
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.pdf import _document, page_layout, root_items
from wizard.report import ReportOptions, build_report, report_strings
from wizard.selftest import first_path
from wizard.treefile import load_tree

pytestmark = pytest.mark.usefixtures("qapp")


def laid_out(session: Session, lang: str = "zh", tmp_path=None):  # type: ignore[no-untyped-def]
    report = build_report(
        session,
        NAMES,
        library(),
        ReportOptions(lang, datetime(2026, 12, 5, 9, 0)),  # type: ignore[arg-type]
    )
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageLayout(page_layout())
    writer.setResolution(300)
    document, body, _ = _document(report, writer)
    return document, body


def tables(document) -> Iterator[QTextTable]:  # type: ignore[no-untyped-def]
    for item in root_items(document):
        if isinstance(item, QTextTable):
            yield item


def row_span(document, table: QTextTable, row: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    layout = document.documentLayout()
    tops, bottoms = [], []
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
        bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
    return min(tops), max(bottoms)


def table_text(table: QTextTable) -> str:
    cursor = table.firstCursorPosition()
    cursor.setPosition(table.lastPosition(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def page(y: float, body: float) -> int:
    return int(y // body)


SESSIONS = {
    "creditor, joint, in time, history": lambda: example(
        "creditor",
        Decimal("100000"),
        Decimal("30000"),
        "joint",
        date(2024, 3, 31),
        "yes",
        date(2024, 8, 20),
        (
            Event("acknowledgement", date(2025, 2, 1), party="guarantor"),
            Event("suit", date(2026, 1, 10), party="guarantor"),
        ),
        ("guarantee_contract",),
    ),
    "guarantor, month-only, undetermined": lambda: example(
        "guarantor",
        Decimal("100000"),
        "unknown",
        "joint",
        date(2024, 3, 15),
        "yes",
        MonthDate(2024, 9),
        (),
        ("none",),
    ),
    "creditor, general guarantee": lambda: example(
        "creditor", Decimal("5000"), Decimal("0"), "general"
    ),
}
LONG = load_tree(ROOT / "tests" / "data" / "long_path.json")
TREES = {t.id: t for t in (load_tree(p) for p in shipped_tree_files())}


def all_sessions() -> dict[str, Session]:
    found = {name: make() for name, make in SESSIONS.items()}
    for tree_id, tree in sorted(TREES.items()):
        found[f"{tree_id} first path"] = first_path(tree)
    found["thirty-step path"] = first_path(LONG)
    return found


@pytest.mark.parametrize("name", [*SESSIONS, *(f"{t} first path" for t in sorted(TREES))])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_conclusion_box_is_on_page_one(name: str, lang: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document, body = laid_out(all_sessions()[name], lang, tmp_path)
    title = report_strings()[lang]["conclusion"]
    box = next(t for t in tables(document) if table_text(t).startswith(title))
    rect = document.documentLayout().frameBoundingRect(box)
    assert rect.bottom() <= body, f"the conclusion box ends on page {page(rect.bottom(), body) + 1}"


@pytest.mark.parametrize(
    "name", [*SESSIONS, *(f"{t} first path" for t in sorted(TREES)), "thirty-step path"]
)
def test_no_table_row_is_split_across_pages(name: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document, body = laid_out(all_sessions()[name], "zh", tmp_path)
    checked = 0
    for table in tables(document):
        for row in range(table.rows()):
            top, bottom = row_span(document, table, row)
            if bottom - top < body:  # a row taller than a page has to split
                assert page(top, body) == page(bottom - 0.5, body), (
                    f"a row of a table is split across pages {page(top, body) + 1}–"
                    f"{page(bottom, body) + 1}: {table_text(table)[:60]}"
                )
            checked += 1
    assert checked > 10


@pytest.mark.parametrize("name", [*SESSIONS, "thirty-step path"])
def test_the_signature_block_is_whole(name: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    document, body = laid_out(all_sessions()[name], "zh", tmp_path)
    worker = report_strings()["zh"]["signature_worker"]
    block = next(t for t in tables(document) if worker in table_text(t))
    rect = document.documentLayout().frameBoundingRect(block)
    assert page(rect.top(), body) == page(rect.bottom() - 0.5, body)


def test_the_appendix_starts_on_its_own_page(tmp_path) -> None:  # type: ignore[no-untyped-def]
    document, body = laid_out(SESSIONS["creditor, general guarantee"](), "zh", tmp_path)
    heading = report_strings()["zh"]["appendix"]
    block = next(b for b in root_items(document) if hasattr(b, "text") and b.text() == heading)
    top = document.documentLayout().blockBoundingRect(block).top()
    assert top % body < 80  # at the top of a page (after its top margin)


@pytest.mark.parametrize("name", list(SESSIONS))
def test_a_short_case_gives_a_short_report(name: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = SESSIONS[name]()
    questions = sum(1 for s in session.path if s.is_page)
    document, body = laid_out(session, "zh", tmp_path)
    heading = report_strings()["zh"]["appendix"]
    block = next(b for b in root_items(document) if hasattr(b, "text") and b.text() == heading)
    pages_before = page(document.documentLayout().blockBoundingRect(block).top(), body)
    if questions <= 5:
        assert pages_before < 5, f"{questions} questions, {pages_before} pages before the appendix"
    assert pages_before <= 2 + questions // 3
