"""The report on A4 pages, as PDF or on paper, through Qt's text engine (no browser).

The same paged document serves the PDF, the print preview and the printer: the report HTML is
laid out in a QTextDocument whose page height leaves room for a running footer (case number,
tree and version, generation time, "第 X 页 / 共 Y 页"); rows, boxes and the signature block are
kept whole and headings with what follows (:func:`keep_together`), and every page is painted
with its footer. The bundled font (resources/fonts, see
docs/decisions/005-report-font.md) makes the output the same everywhere and keeps the PDF's
text layer exact.

Needs a QGuiApplication; :func:`ensure_gui_application` makes one for the command line.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
from collections.abc import Collection
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from wizard import resources
from wizard.atomicio import replace
from wizard.errors import WizardError
from wizard.report import Report

log = logging.getLogger(__name__)

FAMILY = "Wizard Serif SC"
FONT_FILES = ("WizardSerifSC-Regular.otf", "WizardSerifSC-Bold.otf")
BODY_POINT_SIZE = 10.5
FOOTER_POINT_SIZE = 8
A4_MARGINS_MM = QMarginsF(18, 18, 18, 14)
FOOTER_MM = 10  # space at the foot of each page for the running footer
#: A heading needs this many body lines after it on the same page, else it moves on.
LINES_AFTER_HEADING = 3


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen where there is no display)."""
    app = QGuiApplication.instance()
    if app is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        )
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([sys.argv[0] if sys.argv else "liability-wizard"])
    return app  # type: ignore[return-value]


_FONT_LOCK = threading.Lock()
_FONT_DATA: dict[str, bytes] = {}


def font_data(name: str) -> bytes | None:
    """The font file ``name`` from its ``.xz`` copy (the frozen app ships the fonts so, a third
    smaller; decision 010), or None where the plain file is there. Thread-safe: the app
    decompresses ahead in a thread (:func:`preload_fonts`) while it loads the trees."""
    packed = resources.fonts_dir() / f"{name}.xz"
    if (resources.fonts_dir() / name).exists() or not packed.exists():
        return None
    with _FONT_LOCK:
        if name not in _FONT_DATA:
            import lzma

            _FONT_DATA[name] = lzma.decompress(packed.read_bytes())
        return _FONT_DATA[name]


def preload_fonts() -> None:
    """Decompress the report font now (no Qt: any thread), so that registering is quick."""
    for name in FONT_FILES:
        font_data(name)


@cache
def register_fonts() -> str:
    """Register the bundled report font once; returns its family name."""
    for name in FONT_FILES:
        path = resources.fonts_dir() / name
        data = font_data(name)
        if data is not None:
            loaded = QFontDatabase.addApplicationFontFromData(QByteArray(data))
        else:
            loaded = QFontDatabase.addApplicationFont(str(path))
        if loaded < 0:
            raise WizardError(f"{path}: the report font could not be loaded")
    return FAMILY


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        A4_MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def _document(report: Report, device: QPagedPaintDevice) -> tuple[QTextDocument, float, float]:
    """The report laid out for ``device``: (document, body height, footer height) in pixels."""
    family = register_fonts()
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(report.html)
    rect = device.pageLayout().paintRectPixels(device.resolution())
    footer = FOOTER_MM / 25.4 * device.resolution()
    body = rect.height() - footer
    paginate(document, QSizeF(rect.width(), body))
    return document, body, footer


def paginate(document: QTextDocument, page: QSizeF) -> None:
    """Lay ``document`` out on pages of ``page`` size, kept together and split cleanly.

    Each page break set by :func:`keep_together` makes Qt lay the document out again from
    there to its end, and so would each paragraph split by :func:`split_at_page_breaks`. Both
    go through the document from the top, and what they change never moves what comes
    before it; so the part not yet looked at is hidden (:class:`_Shown`) and shown a few
    items at a time: each relayout stops where the shown part does, and the whole document
    is laid out about once.
    """
    items = root_items(document)
    shown = _Shown(document, items)
    document.setPageSize(page)
    # Qt lays large documents out lazily; positions are only right once layout is complete.
    document.size()
    keep_together(document, page.height(), items, shown)
    shown.show_all()
    split_at_page_breaks(document, page.height())


def root_items(document: QTextDocument) -> list[QTextBlock | QTextFrame]:
    """The blocks and frames (tables) directly in the document, in order."""
    items: list[QTextBlock | QTextFrame] = []
    it = document.rootFrame().begin()
    while not it.atEnd():
        # Ask for the frame only where there is one: PySide6 returns None from
        # currentFrame() without a reference, and on Python 3.11 (where None is not immortal)
        # thousands of such calls end in "deallocating None" at interpreter shutdown.
        block = it.currentBlock()
        items.append(block if block.isValid() else it.currentFrame())
        it += 1
    return items


def _span(document: QTextDocument, item: QTextBlock | QTextFrame) -> tuple[float, float]:
    layout = document.documentLayout()
    rect = (
        layout.frameBoundingRect(item)
        if isinstance(item, QTextFrame)
        else layout.blockBoundingRect(item)
    )
    return rect.top(), rect.bottom()


def _is_header_table(item: QTextBlock | QTextFrame) -> bool:
    """A table that only holds a header row (``<thead>``): it belongs with the row after it."""
    if not isinstance(item, QTextTable):
        return False
    header_rows = item.format().toTableFormat().headerRowCount()
    return header_rows > 0 and item.rows() <= header_rows


def _is_empty_block(item: QTextBlock | QTextFrame) -> bool:
    return isinstance(item, QTextBlock) and not item.text().strip()


def _break_before(document: QTextDocument, item: QTextBlock | QTextFrame) -> None:
    if isinstance(item, QTextFrame):
        fmt = item.frameFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        item.setFrameFormat(fmt)
    else:
        new = QTextBlockFormat()
        new.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(item).mergeBlockFormat(new)
    document.size()  # finish the new layout before reading positions again


def _has_break(item: QTextBlock | QTextFrame) -> bool:
    fmt = item.frameFormat() if isinstance(item, QTextFrame) else item.blockFormat()
    return bool(fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def keep_together(
    document: QTextDocument,
    page_height: float,
    items: list[QTextBlock | QTextFrame] | None = None,
    shown: _Shown | None = None,
) -> None:
    """Paginate like a document, not a web page (Qt splits anything at a line):

    - a table (a "row table" of the report, the conclusion box, the signature block) that would
      cross a page foot moves whole to the next page, unless it is taller than a page;
    - the header row of a run of row tables goes with the first row;
    - a heading goes with what follows it: the next table (header and first row), or a few
      lines of text.

    One pass from the top: what needs moving is found in document order, and a move only
    shifts what comes after it, so after each move only the few items whose decision looks
    at the moved one are looked at again. ``shown``: the part of the document not yet
    reached is hidden (see :func:`paginate`); it is shown as the pass needs it.
    """
    if items is None:
        items = root_items(document)
    index = 0
    while index < len(items):
        if shown is not None:
            shown.through(_reach(items, index))
        target = _needs_move(document, items, index, page_height)
        if target is not None and not _has_break(target) and _span(document, target)[0] > 0:
            _break_before(document, target)
            index = _look_again_from(items, _index_of(items, target, index))
            continue
        index += 1


def _reach(items: list[QTextBlock | QTextFrame], index: int) -> int:
    """The last item :func:`_needs_move` may look at for ``items[index]``."""
    seen = 0
    i = index
    while i + 1 < len(items) and seen < 2:
        i += 1
        if not _is_empty_block(items[i]):
            seen += 1
    return i


def _look_again_from(items: list[QTextBlock | QTextFrame], moved: int) -> int:
    """The first item whose decision may look at ``items[moved]`` (the inverse of _reach)."""
    seen = 0
    i = moved
    while i > 0 and seen < 2:
        i -= 1
        if not _is_empty_block(items[i]):
            seen += 1
    return i


def _index_of(
    items: list[QTextBlock | QTextFrame], target: QTextBlock | QTextFrame, index: int
) -> int:
    """The index of ``target``, one of the items at or just before ``index``."""
    for i in range(index, -1, -1):
        if items[i] is target:
            return i
    raise ValueError("not an item")


def _item_range(item: QTextBlock | QTextFrame) -> tuple[int, int]:
    """The document positions an item takes, from its first to after its last."""
    if isinstance(item, QTextFrame):
        return item.firstPosition() - 1, item.lastPosition() + 1
    return item.position(), item.position() + item.length()


class _Shown:
    """Which root items of a document are shown; the rest are hidden (QTextBlock.setVisible).

    Qt skips hidden blocks when it lays a document out, so a relayout after a change costs
    what is shown after the change, not the rest of the document. Hiding never moves what
    is shown: layout runs from the top down.
    """

    #: Show this many characters at a time (about a page of report text): fewer relayouts
    #: of what is already shown, against longer relayouts after each page break set.
    CHUNK = 1500

    def __init__(self, document: QTextDocument, items: list[QTextBlock | QTextFrame]):
        self.document = document
        self.items = items
        self.count = 0  # items[:count] are shown
        block = document.begin()
        while block.isValid():
            block.setVisible(False)
            block = block.next()

    def through(self, index: int) -> None:
        """Show the items up to ``items[index]``, and a chunk more."""
        if index < self.count:
            return
        start = _item_range(self.items[self.count])[0]
        end = _item_range(self.items[index])[1]
        last = index
        while last + 1 < len(self.items) and end - start < self.CHUNK:
            last += 1
            end = _item_range(self.items[last])[1]
        self._show(start, end)
        self.count = last + 1

    def show_all(self) -> None:
        if self.count < len(self.items):
            self.through(len(self.items) - 1)

    def _show(self, start: int, end: int) -> None:
        block = self.document.findBlock(max(start, 0))
        while block.isValid() and block.position() < end:
            block.setVisible(True)
            block = block.next()
        # Tell the layout: it lays the document out again from ``start``.
        self.document.markContentsDirty(start, end - start)


def split_at_page_breaks(document: QTextDocument, page_height: float) -> None:
    """Split each paragraph that runs over a page foot into two paragraphs there.

    Qt paints a page by clipping the whole document, and QTextLayout::draw also paints the
    line just above the clip: the last line of a page was painted again, out of sight, on the
    next one, and text copied from the PDF (or read by a screen reader) had it twice. A page
    break between paragraphs has no line before the clip. The two halves keep the paragraph's
    formats; only the margins at the cut go (they would fall on the page break anyway).

    A cut leaves the lines after it where they were (the later half starts on the page its
    first line was already on), so all the cuts found in one layout are made at once, from
    the last, and Qt lays the document out again once; the loop only goes round again if
    that layout still has a paragraph over a page foot.
    """
    for _ in range(400):
        cuts = _cuts(document, page_height)
        if not cuts:
            return
        edit = QTextCursor(document)
        edit.beginEditBlock()  # one relayout for all the cuts, at endEditBlock
        for block, position in reversed(cuts):
            _cut(document, block, position)
        edit.endEditBlock()


def _cut(document: QTextDocument, block: QTextBlock, position: int) -> None:
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    first = QTextBlockFormat(block.blockFormat())
    second = QTextBlockFormat(block.blockFormat())
    first.setBottomMargin(0)
    second.setTopMargin(0)
    second.setTextIndent(0)
    second.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.insertBlock(second, cursor.charFormat())
    QTextCursor(block).setBlockFormat(first)


def _cuts(document: QTextDocument, page_height: float) -> list[tuple[QTextBlock, int]]:
    """Each paragraph whose lines lie on two pages, and where the later page starts."""
    layout = document.documentLayout()
    cuts = []
    block = document.begin()
    while block.isValid():
        lines = block.layout()
        count = lines.lineCount() if lines is not None else 0
        if count > 1:
            top = layout.blockBoundingRect(block).top()
            first_page = _page(top + lines.lineAt(0).y(), page_height)
            # Pages only grow down a paragraph: one on a single page needs no look at its lines.
            if first_page != _page(top + lines.lineAt(count - 1).y(), page_height):
                for i in range(1, count):
                    if _page(top + lines.lineAt(i).y(), page_height) != first_page:
                        cuts.append((block, block.position() + lines.lineAt(i).textStart()))
                        break
        block = block.next()
    return cuts


def _needs_move(
    document: QTextDocument,
    items: list[QTextBlock | QTextFrame],
    index: int,
    page_height: float,
) -> QTextBlock | QTextFrame | None:
    """What to move to the next page so that ``items[index]`` stays together, if anything."""
    item = items[index]
    if isinstance(item, QTextBlock) and item.blockFormat().headingLevel():
        unit_end = _heading_unit_end(document, items, index)
        top, _ = _span(document, item)
        if _page(top, page_height) != _page(unit_end - 0.5, page_height) and (
            unit_end - top < page_height
        ):
            return item
        return None
    if not isinstance(item, QTextFrame):
        return None
    top, bottom = _span(document, item)
    if bottom - top >= page_height or _page(top, page_height) == _page(bottom - 0.5, page_height):
        return None
    # Take the header row along, and a heading right above it.
    target: QTextBlock | QTextFrame = item
    before = _previous_item(items, index)
    if before is not None and _is_header_table(items[before]):
        target = items[before]
        heading = _previous_item(items, before)
        if heading is not None and _is_heading(items[heading]):
            target = items[heading]
    elif before is not None and _is_heading(items[before]):
        target = items[before]
    return target


def _previous_item(items: list[QTextBlock | QTextFrame], index: int) -> int | None:
    """The index of the nearest item before ``index`` that is not an empty block."""
    i = index - 1
    while i >= 0 and _is_empty_block(items[i]):
        i -= 1
    return i if i >= 0 else None


def _is_heading(item: QTextBlock | QTextFrame) -> bool:
    return isinstance(item, QTextBlock) and bool(item.blockFormat().headingLevel())


def _heading_unit_end(
    document: QTextDocument, items: list[QTextBlock | QTextFrame], index: int
) -> float:
    """Where what must stay with the heading at ``items[index]`` ends."""
    heading = items[index]
    _, heading_bottom = _span(document, heading)
    i = index + 1
    while i < len(items) and _is_empty_block(items[i]):
        i += 1
    if i >= len(items):
        return heading_bottom
    following = items[i]
    if isinstance(following, QTextFrame):
        end = _span(document, following)[1]
        if _is_header_table(following):
            j = i + 1
            while j < len(items) and _is_empty_block(items[j]):
                j += 1
            if j < len(items):
                end = _span(document, items[j])[1]
        return end
    assert isinstance(heading, QTextBlock)
    line = (heading_bottom - _span(document, heading)[0]) / max(heading.layout().lineCount(), 1)
    return min(_span(document, following)[1], heading_bottom + LINES_AFTER_HEADING * line)


def _page(y: float, page_height: float) -> int:
    return int(max(y, 0) // page_height)


def page_count(report: Report, device: QPagedPaintDevice) -> int:
    """How many pages the report takes on ``device`` (as laid out for its page layout)."""
    return _document(report, device)[0].pageCount()


def paint_pages(
    report: Report, device: QPagedPaintDevice, only: Collection[int] | None = None
) -> int:
    """Paint the paginated report with its footers on ``device``; returns the page count.

    ``only``: the page numbers (from 1) to paint, e.g. a range chosen in the print dialog;
    every page by default. Footers still count all pages ("第 2 页 / 共 9 页").
    """
    document, body, footer = _document(report, device)
    pages = document.pageCount()
    width = document.pageSize().width()
    wanted = [i for i in range(pages) if only is None or i + 1 in only]
    painter = QPainter()
    if not painter.begin(device):
        raise WizardError("cannot paint the report on this device")
    try:
        footer_font = QFont(FAMILY)
        footer_font.setPointSizeF(FOOTER_POINT_SIZE)
        for index in wanted:
            if index != wanted[0]:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body)
            document.drawContents(painter, QRectF(0, index * body, width, body))
            painter.restore()
            painter.save()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            line_y = body + footer * 0.25
            painter.drawLine(0, int(line_y), int(width), int(line_y))
            area = QRectF(0, line_y, width, footer * 0.75)
            flags = Qt.AlignmentFlag.AlignVCenter
            # Case and tree on the left, generation time after them, the page on the right:
            # one line that never overlaps, whatever the language's lengths.
            label = report.page_label.format(page=index + 1, pages=pages)
            label_width = painter.fontMetrics().horizontalAdvance(label) + 12
            left = QRectF(area.left(), area.top(), area.width() - label_width, area.height())
            text = " · ".join(t for t in (report.footer_left, report.footer_center) if t)
            text = painter.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideMiddle, int(left.width())
            )
            painter.drawText(left, flags | Qt.AlignmentFlag.AlignLeft, text)
            painter.drawText(area, flags | Qt.AlignmentFlag.AlignRight, label)
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(report: Report, path: Path) -> int:
    """Write the report as an A4 PDF, atomically; returns the page count."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WizardError(f"{path}: the folder does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(page_layout())
        writer.setResolution(300)
        writer.setTitle(report.title)
        writer.setCreator("liability-wizard")
        pages = paint_pages(report, writer)
        del writer  # closes the file
        # QPdfWriter fails silently (e.g. an unwritable folder): check what it wrote.
        with tmp.open("rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise WizardError(f"{path}: the PDF could not be written")
        replace(tmp, path)  # retried while another program holds the old PDF open
        return pages
    except OSError as exc:
        raise WizardError(f"{path}: cannot write the PDF: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
