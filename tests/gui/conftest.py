"""Fixtures for the desktop app: a main window with its own settings, autosave and trees."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.helpers import EXAMPLE_TREE, FORMAT2_EXAMPLE, shipped_tree_files
from wizard.gui.app import create_window
from wizard.gui.main_window import MainWindow


@pytest.fixture
def trees_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "trees"
    folder.mkdir()
    for path in [*shipped_tree_files(), EXAMPLE_TREE, FORMAT2_EXAMPLE]:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def autosave_dir(tmp_path: Path) -> Path:
    return tmp_path / "app-data" / "autosave"


@pytest.fixture
def make_window(qtbot, settings: QSettings, autosave_dir: Path, trees_dir: Path):  # type: ignore[no-untyped-def]
    """Build main windows on demand (a second one simulates the next start)."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = create_window(
            QApplication.instance(),
            settings,
            autosave_dir,
            [trees_dir],  # type: ignore[arg-type]
        )
        made.append(window)
        qtbot.addWidget(window)
        window.resize(1100, 750)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    yield make
    for window in made:  # the next test starts with no translators of this one
        window.language.uninstall()


@pytest.fixture
def window(make_window) -> MainWindow:  # type: ignore[no-untyped-def]
    return make_window()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """Message boxes would block the test: record them and answer "Discard"."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append((kind, f"{title}: {text}"))
            return answer

        return show

    monkeypatch.setattr(
        QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard)
    )
    monkeypatch.setattr(
        QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok)
    )
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    yield shown
