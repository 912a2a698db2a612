"""Starting the desktop app: Qt application, settings, language, trees, main window.

The window shows first; the trees, statutes and report font load right after it has painted
(docs/decisions/010-fast-start.md): this module imports only what the home page needs.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

import wizard
from wizard import resources
from wizard.catalog import (
    CatalogLoader,
    DeferredCatalog,
    load_catalog,
    load_library,
    write_cache_file,
)
from wizard.gui.language import LanguageManager
from wizard.gui.look import apply_look
from wizard.gui.main_window import MainWindow
from wizard.tree_index import index_json, read_summaries, tree_files

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


def bundled_tree_index() -> Path:
    """Written by build.spec: the home page's summaries of the bundled trees."""
    return resources.data_root() / "resources" / "tree-index.json"


def create_window(
    app: QApplication,
    settings: QSettings | None = None,
    autosave_dir: Path | None = None,
    tree_paths: list[Path] | None = None,
    deferred: bool = False,
) -> MainWindow:
    """Everything but the event loop; tests build the window through this.

    ``deferred``: list the trees from the tree index and load them later (call
    :func:`finish_start` once the window has painted); without an index entry for every tree
    file, they are loaded now. Otherwise the trees and statutes are loaded now.
    """
    settings = settings or QSettings()
    apply_look(app)
    language = LanguageManager(app)
    lang = str(settings.value("language", "zh"))
    language.set_language("en" if lang == "en" else "zh")
    data = (autosave_dir or autosave_folder()).parent
    # Remember which trees passed the schema, so the next start skips that slow check.
    schema_cache = data / "schema-cache.json"
    if deferred:
        files = tree_files(tree_paths or [resources.trees_dir()])
        summaries = read_summaries(files, data / "tree-index.json", bundled_tree_index())
        if summaries is not None:
            catalog = DeferredCatalog(
                summaries,
                lambda: CatalogLoader(window.library, tree_paths, schema_cache),
            )
            window = MainWindow(
                catalog, load_library, settings, language, autosave_dir or autosave_folder()
            )
            return window
    from wizard.pdf import register_fonts

    register_fonts()  # the report view shows the same font as the PDF
    library = load_library()
    loaded = load_catalog(library, tree_paths, schema_cache=schema_cache)
    window = MainWindow(loaded, library, settings, language, autosave_dir or autosave_folder())
    if deferred:  # no index yet: write one for the next start
        _write_index(loaded.summaries, data / "tree-index.json")
    return window


def finish_start(window: MainWindow) -> None:
    """After the first paint: load and validate the trees one per turn of the event loop
    (the window stays responsive), then make the interview's parts and register the report
    font, and write the tree index for the next start."""
    # Read from the package's metadata, which is not imported before the first window.
    QCoreApplication.instance().setApplicationVersion(wizard.__version__)  # type: ignore[union-attr]
    catalog = window.catalog
    if not isinstance(catalog, DeferredCatalog):
        return
    index = window.autosave_dir.parent / "tree-index.json"
    shown = [s.to_json() for s in catalog.summaries]
    from wizard.pdf import preload_fonts

    # The font's decompression (a frozen app's) needs no Qt and lets go of the interpreter:
    # it runs beside the trees' loading.
    fonts = threading.Thread(target=preload_fonts, name="preload-fonts", daemon=True)
    fonts.start()

    def step() -> None:
        if catalog.step():
            QTimer.singleShot(0, step)
            return
        if [s.to_json() for s in catalog.summaries] != shown or catalog.known_unavailable:
            window.trees_loaded()
        _write_index(catalog.summaries, index)
        QTimer.singleShot(0, ready)

    def ready() -> None:
        from wizard.pdf import register_fonts

        fonts.join()
        register_fonts()
        window.prepare()

    QTimer.singleShot(0, step)


def _write_index(summaries: list, path: Path) -> None:
    write_cache_file(path, index_json(summaries))


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


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, on the window's first paint (start-up benchmarks quit there:
    LW_EXIT_AFTER_SHOW=1)."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self.then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self.then)
            self.then = None
        return False


def run(argv: list[str] | None = None, case_file: Path | None = None) -> int:
    """Start the app; ``case_file`` (given on the command line, as Windows does for a
    double-clicked ``.lwcase``) is opened once the window shows."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setWindowIcon(QIcon(str(resources.icons_dir() / "app.png")))
    requests = FileOpenRequests(app)
    app.installEventFilter(requests)
    window = create_window(app, deferred=True)  # type: ignore[arg-type]
    if os.environ.get("LW_EXIT_AFTER_SHOW") == "1":
        then: Callable[[], None] = QApplication.quit
    else:
        then = lambda: finish_start(window)  # noqa: E731
    window.installEventFilter(_AfterFirstPaint(window, then))
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
