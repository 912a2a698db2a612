"""Starting the desktop app: Qt application, settings, language, trees, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from wizard import __version__
from wizard.catalog import load_catalog, load_library
from wizard.gui.language import LanguageManager
from wizard.gui.main_window import MainWindow
from wizard.pdf import register_fonts

log = logging.getLogger(__name__)

ORGANISATION = "LegalAid"
APPLICATION = "liability-wizard"


def autosave_folder() -> Path:
    """The per-user app-data folder for autosaves (QStandardPaths)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def create_window(
    app: QApplication,
    settings: QSettings | None = None,
    autosave_dir: Path | None = None,
    tree_paths: list[Path] | None = None,
) -> MainWindow:
    """Everything but the event loop; tests build the window through this."""
    settings = settings or QSettings()
    language = LanguageManager(app)
    lang = str(settings.value("language", "zh"))
    language.set_language("en" if lang == "en" else "zh")
    register_fonts()  # the report view shows the same font as the PDF
    library = load_library()
    catalog = load_catalog(library, tree_paths)
    return MainWindow(catalog, library, settings, language, autosave_dir or autosave_folder())


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    window = create_window(app)  # type: ignore[arg-type]
    window.show()
    return app.exec()
