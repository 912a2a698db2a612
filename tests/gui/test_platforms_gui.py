"""The desktop app where Windows and macOS differ: locked files, case files handed over by the
system (command line, Finder), the .lwcase extension, printing, folders with Chinese names."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui.test_wizard import _walk_to_review
from wizard import atomicio
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
REAL_REPLACE = os.replace


def _always_locked(source: object, target: object) -> None:
    raise PermissionError(errno.EACCES, "The process cannot access the file")


def test_saving_over_a_case_file_open_in_word_keeps_the_work(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_modal_questions, autosave_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    target = tmp_path / "k1.lwcase"
    target.write_text("{}", encoding="utf-8")  # the version Word has open
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomicio.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(atomicio.os, "replace", _always_locked)
    assert window.save_as() is False
    window.set_language("en")
    assert window.save_as() is False
    zh, en = [text for kind, text in no_modal_questions if kind == "critical"]
    assert f"{target} 正被其他程序打开（如 Word、WPS" in zh and "仍保留在窗口中和自动保存" in zh
    assert f"{target} is open in another program" in en and "kept in the window" in en
    assert target.read_text(encoding="utf-8") == "{}"
    assert window.isWindowModified() and window.case.file is None
    assert list(autosave_dir.glob("*.autosave.json"))
    monkeypatch.setattr(atomicio.os, "replace", REAL_REPLACE)  # Word closed: saving works again
    assert window.save_as() is True and '"answers"' in target.read_text(encoding="utf-8")


def test_exporting_over_a_report_open_in_another_program_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_modal_questions
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    window.interview.next_button.click()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomicio.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(atomicio.os, "replace", _always_locked)
    for kind in ("html", "pdf"):
        target = tmp_path / f"报告.{kind}"
        target.write_bytes(b"old")
        assert window.write_report(target, kind) is False
        assert target.read_bytes() == b"old"
    messages = [text for kind, text in no_modal_questions if kind == "critical"]
    assert [m.split(": ", 1)[1] for m in messages] == [
        f"{tmp_path / '报告.html'} 正被其他程序打开（如 Word、WPS、预览窗格或杀毒软件），"
        "或是只读文件，因此没有被替换。请在那个程序里关闭它，然后再保存。",
        f"{tmp_path / '报告.pdf'} 正被其他程序打开（如 Word、WPS、预览窗格或杀毒软件），"
        "或是只读文件，因此没有被替换。请在那个程序里关闭它，然后再保存。",
    ]
