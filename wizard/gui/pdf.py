"""Report HTML to PDF and to paper through Qt (QTextDocument, QPdfWriter, QPrinter)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from wizard.errors import WizardError

A4_MARGINS_MM = QMarginsF(18, 20, 18, 22)


def report_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def write_pdf(html: str, path: Path) -> None:
    """Write the report as an A4 PDF, atomically: the old file survives any failure."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WizardError(f"{path}: the folder does not exist")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                A4_MARGINS_MM,
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setResolution(300)
        writer.setTitle(path.stem)
        writer.setCreator("liability-wizard")
        report_document(html).print_(writer)
        del writer  # finishes the file
        # QPdfWriter fails silently (e.g. unwritable folder): check what it wrote.
        with tmp.open("rb") as handle:
            if handle.read(5) != b"%PDF-":
                raise WizardError(f"{path}: the PDF could not be written")
        os.replace(tmp, path)
    except OSError as exc:
        raise WizardError(f"{path}: cannot write the PDF: {exc.strerror or exc}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def print_html(html: str, printer: QPrinter) -> None:
    """Print the same document the PDF is made from."""
    report_document(html).print_(printer)
