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
    """The per-user app-data folder (QStandardPaths), for autosaves and caches.

    The local one: on Windows ``%LOCALAPPDATA%\\LegalAid\\liability-wizard``, which a
    roaming profile does not copy to a server (autosaves hold a client's data and are gone once
    the case is saved); on macOS and Linux the same folder as AppDataLocation.
    """
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


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


class FileOpenRequests(QObject):
    """Case files the system asks the app to open while it runs.

    On macOS a double-click on a ``.lwcase`` in Finder, "Open With" or a drop on the Dock icon
    arrives as a QFileOpenEvent (an Apple Event), not on the command line. Requests that come
    before the window exists wait for it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window: MainWindow | None = None
        self.pending: list[Path] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not event.file():  # type: ignore[attr-defined]
            return False
        path = Path(event.file())  # type: ignore[attr-defined]
        log.info("asked to open %s", path)
        if self.window is None:
            self.pending.append(path)
        else:  # not inside the event filter: opening may ask about unsaved work
            window = self.window
            QTimer.singleShot(0, lambda: window.open_case(path))
        return True

    def deliver_to(self, window: MainWindow, first: Path | None = None) -> None:
        """Open ``first`` (from the command line) and what arrived so far; later ones at once."""
        self.window = window
        for path in [*([first] if first else []), *self.pending]:
            window.open_case(path)
        self.pending.clear()


class _QuitAfterFirstPaint(QObject):
    """For start-up benchmarks (LW_EXIT_AFTER_SHOW=1): quit once the window has painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def run(argv: list[str] | None = None, case_file: Path | None = None) -> int:
    """Start the app; ``case_file`` (given on the command line, as Windows does for a
    double-clicked ``.lwcase``) is opened once the window shows."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources.icons_dir() / "app.png")))
    requests = FileOpenRequests(app)
    app.installEventFilter(requests)
    window = create_window(app)  # type: ignore[arg-type]
    if os.environ.get("LW_EXIT_AFTER_SHOW") == "1":
        probe = _QuitAfterFirstPaint(window)
        window.installEventFilter(probe)
    window.show()
    requests.deliver_to(window, case_file)
    try:
        code = app.exec()
    finally:
        app.removeEventFilter(requests)
    # Take the window down now, while Python is whole: left to interpreter shutdown, Qt would
    # destroy it in an order that can call into Python objects that are already gone.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
