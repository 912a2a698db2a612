"""Printing the report: the system's own print dialog, A4 kept, the report's font on paper.

On Windows and macOS ``QPrintDialog`` is the native dialog (Windows' print dialog, macOS'
print panel); elsewhere Qt's own. Whatever paper the dialog or the printer's driver preselects
(Letter, on many drivers), the report is laid out for A4 with its margins, as the PDF is; if
a printer cannot take A4 at all, the report is laid out for its paper instead and the log
says so. The pages the user picks in the dialog are printed, numbered as in the PDF.

The report's font must reach the paper unchanged. Through PDF (macOS prints through PDF,
and so do "Save as PDF" printers) Qt embeds it. On Windows, Qt's print engine hands text to
the printer driver as a font when font embedding is on, and a driver may substitute a font of
its own; with it off, Qt draws every glyph as an outline from the report font
(qtbase src/printsupport/kernel/qprintengine_win.cpp, QWin32PrintEngine::drawTextItem).
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from wizard.pdf import page_count, page_layout, paint_pages
from wizard.report import Report

log = logging.getLogger(__name__)


def report_printer(report: Report) -> QPrinter:
    """A printer set up for the report: A4 portrait, the report's margins, its title."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(report.title)
    printer.setCreator("liability-wizard")
    return printer


def keep_report_layout(printer: QPrinter) -> None:
    """After the dialog: A4 and the margins again, and glyphs that no driver can replace."""
    if not printer.setPageLayout(page_layout()):
        log.warning(
            "printer %r does not take A4 with the report's margins; printing on %s",
            printer.printerName(),
            printer.pageLayout().pageSize().name(),
        )
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    # Off only for a Windows printer driver (see the module docstring); a PDF keeps the font.
    printer.setFontEmbeddingEnabled(not (native and sys.platform == "win32"))


def chosen_pages(printer: QPrinter, pages: int) -> list[int]:
    """The page numbers (from 1) the user chose in the print dialog: all, or the ranges."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(1, pages + 1))
    return [page for page in range(1, pages + 1) if ranges.contains(page)]


def print_report(report: Report, parent: QWidget | None = None) -> bool:
    """Ask where and what to print (the system's dialog), then print; False if cancelled."""
    printer = report_printer(report)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, page_count(report, printer))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    keep_report_layout(printer)
    pages = chosen_pages(printer, page_count(report, printer))
    if not pages:
        log.info("no page of the report is in the chosen range; nothing printed")
        return False
    paint_pages(report, printer, only=pages)
    return True


def preview_report(report: Report, parent: QWidget | None = None) -> None:
    """Qt's print preview; printing from it goes through the same layout and font rules."""
    printer = report_printer(report)
    preview = QPrintPreviewDialog(printer, parent)

    def paint(device: QPrinter) -> None:
        keep_report_layout(device)
        paint_pages(report, device, only=chosen_pages(device, page_count(report, device)))

    preview.paintRequested.connect(paint)
    preview.exec()
