"""The result page's "生成文书 / Documents…": the letters that fit the path, written to a
folder chosen in a dialog that starts in the report folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.test_letters import INFO
from tests.trees.test_guarantor import GOLDEN, case
from wizard.casefile import save_case
from wizard.gui.documents import DocumentsDialog

pytestmark = pytest.mark.gui


def _open(qtbot, window, tmp_path: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    """A saved case opens on its review page; Next shows the result."""
    path = tmp_path / f"{code}.lwcase"
    save_case(path, INFO, case("creditor", **GOLDEN[code][0]))
    assert window.open_case(path)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    assert window.interview.stack.currentWidget() is window.interview.result_page


def test_documents_lists_the_letters_and_writes_the_ticked_ones(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _open(qtbot, window, tmp_path, "G-A2")
    out = tmp_path / "letters"
    out.mkdir()
    window.settings.setValue("folders/report", str(tmp_path))
    asked: dict[str, object] = {}

    def choose(parent, caption, start):  # type: ignore[no-untyped-def]
        asked["start"] = start
        return str(out)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    shown: list[DocumentsDialog] = []

    def run(dialog: DocumentsDialog) -> int:
        shown.append(dialog)
        assert dialog.list.count() == 2
        assert "要求承担保证责任通知书" in dialog.list.item(0).text()
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(DocumentsDialog, "exec", run)
    button = window.interview.result_page.documents_button
    assert button.isVisible() and button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert shown and asked["start"] == str(tmp_path)
    assert sorted(p.name for p in out.iterdir()) == [
        "2026-法援-0123_要求承担保证责任通知书.docx",
        "2026-法援-0123_要求承担保证责任通知书.pdf",
    ]
    assert window.settings.value("folders/report") == str(out)


def test_documents_says_why_a_letter_is_not_offered(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _open(qtbot, window, tmp_path, "G-D")
    seen: list[DocumentsDialog] = []
    monkeypatch.setattr(DocumentsDialog, "exec", lambda d: seen.append(d) or 0)
    qtbot.mouseClick(window.interview.result_page.documents_button, Qt.MouseButton.LeftButton)
    dialog = seen[0]
    texts = [
        label.text() for label in dialog.findChildren(type(dialog.layout().itemAt(0).widget()))
    ]
    assert any("保证责任已经消灭" in t for t in texts)
    assert not dialog.save_button.isEnabled() or dialog.list.count() > 0
