"""The report on A4 pages, as PDF or on paper, through Qt's text engine (no browser).

The same paged document serves the PDF, the print preview and the printer: the report HTML is
laid out in a QTextDocument whose page height leaves room for a running footer (case number,
tree and version, generation time, "第 X 页 / 共 Y 页"), headings are kept off page feet, and
every page is painted with its footer. The bundled font (resources/fonts, see
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
from collections.abc import Collection
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
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


@cache
def register_fonts() -> str:
    """Register the bundled report font once; returns its family name."""
    for name in FONT_FILES:
        path = resources.fonts_dir() / name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
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
    document.setPageSize(QSizeF(rect.width(), body))
    # Qt lays large documents out lazily; positions are only right once layout is complete.
    document.size()
    _keep_headings_with_text(document, body)
    document.size()
    return document, body, footer


def _keep_headings_with_text(document: QTextDocument, page_height: float) -> None:
    """Move a heading that would stand at a page foot to the next page (Qt has no widow control)."""
    layout = document.documentLayout()
    for _ in range(50):  # each pass moves at least one heading; documents have far fewer
        moved = False
        block = document.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel() and not (
                fmt.pageBreakPolicy() & QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore
            ):
                rect = layout.blockBoundingRect(block)
                line = rect.height() / max(block.layout().lineCount(), 1)
                room = page_height - (rect.top() % page_height)
                if rect.top() > 0 and room < rect.height() + LINES_AFTER_HEADING * line:
                    new = QTextBlockFormat()
                    new.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).mergeBlockFormat(new)
                    document.size()  # finish the new layout before reading positions again
                    moved = True
                    break
            block = block.next()
        if not moved:
            return


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
            painter.drawText(area, flags | Qt.AlignmentFlag.AlignLeft, report.footer_left)
            painter.drawText(area, flags | Qt.AlignmentFlag.AlignHCenter, report.footer_center)
            label = report.page_label.format(page=index + 1, pages=pages)
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
