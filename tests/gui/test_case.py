"""No false "unsaved changes": only what a saved case file would hold counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from tests.gui import keys
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_same_answer_again_changes_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = window.interview
    window.start_assessment("example_notice")
    assert not window.isWindowModified()
    info = view.info_page
    qtbot.keyClicks(info.client, "X")  # typed, and typed back
    info.flush()
    assert window.isWindowModified()
    qtbot.keyClick(info.client, Qt.Key.Key_Backspace)
    info.flush()
    assert not window.isWindowModified()
    view.go_next()  # the case information as it was: nothing changed
    assert not window.isWindowModified()
    keys.type_text("2022-01-05", into=view.question_page.date_field.edit)
    view.go_next()
    view.question_page.choose(1)
    view.go_next()
    view.question_page.choose(2)
    view.go_next()
    assert view.step is Step.REVIEW and window.isWindowModified()
    case = tmp_path / "same.case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case), ""))
    window.save_action.trigger()
    assert not window.isWindowModified()

    # Back, then the same answer again.
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert window.isWindowModified()  # the last answer is set aside for now
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.step is Step.REVIEW and not window.isWindowModified()

    # "Change", then the same choice again: straight back to the review, nothing to save.
    change = view.review_page.findChild(QPushButton, "change-notice_valid")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    view.question_page.choose(1)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.step is Step.REVIEW and not window.isWindowModified()

    # The same date retyped in another spelling is the same date.
    qtbot.mouseClick(
        view.review_page.findChild(QPushButton, "change-posted_date"), Qt.MouseButton.LeftButton
    )
    view.question_page.date_field.edit.clear()
    keys.type_text("2022年1月5日", into=view.question_page.date_field.edit)
    view.go_next()
    assert view.step is Step.REVIEW and not window.isWindowModified()

    # A real change is unsaved work; changing it back is not.
    qtbot.mouseClick(
        view.review_page.findChild(QPushButton, "change-acted_in_time"), Qt.MouseButton.LeftButton
    )
    view.question_page.choose(1)
    view.go_next()
    assert window.isWindowModified()
    qtbot.mouseClick(
        view.review_page.findChild(QPushButton, "change-acted_in_time"), Qt.MouseButton.LeftButton
    )
    view.question_page.choose(2)
    view.go_next()
    assert not window.isWindowModified()
    assert not list(window.autosave_dir.glob("*.autosave.json"))  # nothing to restore either
