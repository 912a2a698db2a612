"""The About dialog: versions of the app, the trees and the laws, and the disclaimer."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wizard import __version__
from wizard.catalog import Catalog
from wizard.model import Lang
from wizard.report import report_strings
from wizard.statutes import StatuteLibrary


class AboutDialog(QDialog):
    def __init__(
        self, catalog: Catalog, library: StatuteLibrary, lang: Lang, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About the Joint Liability Wizard"))
        strings = report_strings()[lang]
        notes_heading = escape(self.tr("Authors' notes (for reviewers; not printed in reports)"))
        trees = "".join(
            f"<li>{escape(t.title.get(lang))} ({escape(t.id)}) — "
            + self.tr("version {version}, last legal review {date}").format(
                version=escape(t.version), date=t.last_legal_review.isoformat()
            )
            + (
                f"<br><i>{notes_heading}</i><ul>"
                + "".join(f"<li>{escape(n.get(lang))}</li>" for n in t.notes)
                + "</ul>"
                if t.notes
                else ""
            )
            + "</li>"
            for t in sorted(catalog.trees.values(), key=lambda t: t.id)
        )
        laws = "".join(
            f"<li>{escape(law.title)}：{escape(law.version_note)}</li>"
            for law in sorted(library.laws, key=lambda law: law.slug)
        )
        app_name = escape(self.tr("Joint Liability Wizard"))
        trees_heading = escape(self.tr("Decision trees"))
        laws_heading = escape(self.tr("Law versions"))
        html = (
            f"<h2>{app_name} {escape(__version__)}</h2>"
            f"<h3>{trees_heading}</h3><ul>{trees}</ul>"
            f"<h3>{laws_heading}</h3><ul>{laws}</ul>"
            f"<h3>{escape(strings['disclaimer_title'])}</h3><p>{escape(strings['disclaimer'])}</p>"
        )
        browser = QTextBrowser()
        browser.setHtml(html)
        browser.setAccessibleName(self.windowTitle())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)
