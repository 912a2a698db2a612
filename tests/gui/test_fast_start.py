"""The app's fast start: the home page from the tree index, the trees loaded after the paint.

docs/decisions/010-fast-start.md. The first start (no index) loads the trees before the window
and writes the index; later starts list the trees from it, and load and validate every tree
after the first paint, or at once when one is used before that.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from wizard.catalog import Catalog, DeferredCatalog
from wizard.gui.app import create_window, finish_start
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def start(qtbot, request, settings: QSettings, autosave_dir: Path, trees_dir: Path):  # type: ignore[no-untyped-def]
    def make() -> MainWindow:
        window = create_window(
            QApplication.instance(),  # type: ignore[arg-type]
            settings,
            autosave_dir,
            [trees_dir],
            deferred=True,
        )
        qtbot.addWidget(window)
        request.addfinalizer(window.language.uninstall)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def _tree_buttons(window: MainWindow) -> dict[str, str]:
    return {
        b.objectName(): b.text()
        for b in window.home.findChildren(QPushButton)
        if b.objectName().startswith("tree-") and b.isVisibleTo(window.home)
    }


def test_the_first_start_loads_the_trees_and_writes_the_index(
    start, autosave_dir: Path, trees_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    window = start()
    assert isinstance(window.catalog, Catalog)  # no index yet: loaded before the window
    index = json.loads((autosave_dir.parent / "tree-index.json").read_text("utf-8"))
    assert set(index["trees"]) == {str(p) for p in trees_dir.glob("*.json")}
    assert index["trees"][str(trees_dir / "isp.json")]["summary"]["title"]["zh"]


def test_a_later_start_lists_the_trees_before_loading_them(start, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = start()
    listed = _tree_buttons(first)
    first.close()
    window = start()
    catalog = window.catalog
    assert isinstance(catalog, DeferredCatalog) and not catalog.loaded
    assert _tree_buttons(window) == listed  # the same page, before any tree is loaded
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget().objectName() == min(listed)  # the first card, as ever
    finish_start(window)
    qtbot.waitUntil(lambda: catalog.loaded and window._interview is not None, timeout=20_000)
    assert _tree_buttons(window) == listed and not catalog.unavailable
    assert set(catalog.trees) == {name.removeprefix("tree-") for name in listed}


def test_a_tree_chosen_before_loading_is_loaded_and_validated_first(start, qtbot) -> None:  # type: ignore[no-untyped-def]
    start().close()
    window = start()
    assert not window.catalog.loaded  # type: ignore[union-attr]
    qtbot.mouseClick(window.findChild(QPushButton, "tree-isp"), Qt.MouseButton.LeftButton)
    assert window.catalog.loaded  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.interview
    assert window.case.session is not None and window.case.session.tree.id == "isp"


def test_a_changed_tree_file_is_loaded_before_the_window(start, trees_dir: Path) -> None:  # type: ignore[no-untyped-def]
    start().close()
    tree = trees_dir / "isp.json"
    tree.write_text(tree.read_text("utf-8") + "\n", encoding="utf-8")
    window = start()
    assert isinstance(window.catalog, Catalog)  # the index no longer matches: loaded now


def test_a_listed_tree_that_no_longer_validates_is_reported_when_chosen(
    start, qtbot, trees_dir: Path, no_modal_questions
) -> None:  # type: ignore[no-untyped-def]
    """The index matched the file's size and time, but the tree fails now (e.g. the app's
    rules changed): choosing it says why, and the home page lists it as unavailable."""
    start().close()
    tree = trees_dir / "isp.json"
    stamp = tree.stat()
    text = tree.read_text("utf-8")
    at = text.index('"start": "') + len('"start": "')
    other = "x" if text[at] != "x" else "y"
    tree.write_text(text[:at] + other + text[at + 1 :], encoding="utf-8")  # start: no node
    os.utime(tree, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # the same size and time
    window = start()
    assert isinstance(window.catalog, DeferredCatalog)
    assert "tree-isp" in _tree_buttons(window)
    qtbot.mouseClick(window.findChild(QPushButton, "tree-isp"), Qt.MouseButton.LeftButton)
    assert [kind for kind, _ in no_modal_questions] == ["warning"]
    assert "does not resolve to a node" in no_modal_questions[0][1]
    assert window.stack.currentWidget() is window.home
    assert "tree-isp" not in _tree_buttons(window)
    assert window.home.findChild(QLabel, "unavailable-tree") is not None
