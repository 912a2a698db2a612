"""Starting the desktop app: Qt application, settings, language, trees, main window."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wizard import __version__, resources
from wizard.catalog import load_catalog, load_library
from wizard.gui.language import LanguageManager
from wizard.gui.look import apply_look
from wizard.gui.main_window import MainWindow
from wizard.pdf import register_fonts

log = logging.getLogger(__name__)

ORGANISATION = "LegalAid"
APPLICATION = "liability-wizard"


def app_data_folder() -> Path:
    """The per-user app-data folder (QStandardPaths), for autosaves and caches."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def autosave_folder() -> Path:
    return app_data_folder() / "autosave"


def create_window(
    app: QApplication,
    settings: QSettings | None = None,
    autosave_dir: Path | None = None,
    tree_paths: list[Path] | None = None,
) -> MainWindow:
    """Everything but the event loop; tests build the window through this."""
    settings = settings or QSettings()
    apply_look(app)
    language = LanguageManager(app)
    lang = str(settings.value("language", "zh"))
    language.set_language("en" if lang == "en" else "zh")
    register_fonts()  # the report view shows the same font as the PDF
    library = load_library()
    # Remember which trees passed the schema, so the next start skips that slow check.
    cache = (autosave_dir or autosave_folder()).parent / "schema-cache.json"
    catalog = load_catalog(library, tree_paths, schema_cache=cache)
    return MainWindow(catalog, library, settings, language, autosave_dir or autosave_folder())


class _QuitAfterFirstPaint(QObject):
    """For start-up benchmarks (LW_EXIT_AFTER_SHOW=1): quit once the window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.icons_dir() / "app.png")))
    window = create_window(app)  # type: ignore[arg-type]
    if os.environ.get("LW_EXIT_AFTER_SHOW") == "1":
        probe = _QuitAfterFirstPaint(window)
        window.installEventFilter(probe)
    window.show()
    code = app.exec()
    # Take the window down now, while Python is whole: left to interpreter shutdown, Qt would
    # destroy it in an order that can call into Python objects that are already gone.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
