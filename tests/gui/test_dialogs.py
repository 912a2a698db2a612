"""Dialogs in the UI language (Qt's own strings too), starting in the last folder used for
their kind of file, with a file name that carries the case number and date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
)

from tests.gui import keys
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow, file_name_part

pytestmark = pytest.mark.gui


def test_qt_dialogs_speak_the_ui_language(window: MainWindow) -> None:
    """Qt's own strings (qtbase) are loaded: standard buttons and file dialogs in Chinese."""
    assert window.language.qt_translated
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    assert sorted(b.text() for b in box.buttons()) == sorted(["保存", "丢弃", "取消"])
    dialog = QFileDialog(window)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert labels == {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："}
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"保存(&S)", "取消"} <= buttons
    printing = QPrintDialog(QPrinter(), window)
    english = [
        w.text()
        for w in printing.findChildren(QLabel) + printing.findChildren(QAbstractButton)
        if re.search("[A-Za-z]{3}", w.text())
    ]
    assert not english, english
    window.set_language("en")
    assert not window.language.qt_translated
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Discard)
    assert [b.text() for b in box.buttons()] == ["Discard"]


def test_file_dialogs_start_in_the_last_folder_of_their_kind_with_a_useful_name(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    cases, reports = tmp_path / "cases", tmp_path / "reports"
    cases.mkdir()
    reports.mkdir()
    asked: list[tuple[str, str]] = []  # (caption, suggested path) of each dialog

    def answer_with(path: Path):  # type: ignore[no-untyped-def]
        def dialog(parent, caption, suggested, *args, **kwargs):  # type: ignore[no-untyped-def]
            asked.append((caption, suggested))
            return str(path), ""

        return dialog

    window = make_window()
    window.start_assessment("example_notice")
    info = window.interview.info_page
    keys.type_text("2026/法援:0123", into=info.case_number)  # characters no file name may hold
    info.consultation_date.set_value(date(2026, 11, 29))
    window.interview.go_next()
    assert window.case.info.case_number == "2026/法援:0123"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_with(cases / "a.case.json"))
    window.save_as()
    caption, suggested = asked[-1]
    assert caption == "保存案件文件"
    assert Path(suggested).name == "2026-法援-0123_2026-11-29.lwcase"

    keys.type_text("2022-01-05", into=window.interview.question_page.date_field.edit)
    window.interview.go_next()
    window.interview.question_page.choose(1)
    window.interview.go_next()
    window.interview.question_page.choose(2)
    window.interview.go_next()
    window.interview.go_next()
    assert window.interview.step is Step.RESULT
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_with(reports / "r.pdf"))
    window.export("pdf")
    caption, suggested = asked[-1]
    assert caption == "保存报告"
    assert Path(suggested).name == "2026-法援-0123_2026-11-29_评估报告.pdf"
    assert Path(suggested).parent != cases  # reports have their own folder
    assert (reports / "r.pdf").exists()

    # Each kind starts where it was last saved, also after a restart.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer_with(Path()))
    window.export("html")
    assert Path(asked[-1][1]).parent == reports
    assert Path(asked[-1][1]).name == "2026-法援-0123_2026-11-29_评估报告.html"
    window.save_as()
    assert Path(asked[-1][1]).parent == cases
    window.case.close()
    window.close()
    second = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer_with(Path()))
    second.open_case_dialog()
    assert asked[-1] == ("打开案件文件", str(cases))
    second.start_assessment("isp")
    second.save_as()
    assert Path(asked[-1][1]).parent == cases
    assert Path(asked[-1][1]).name == f"isp_{date.today().isoformat()}.lwcase"  # no number


def test_file_name_parts_are_safe_everywhere() -> None:
    assert file_name_part('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
    assert file_name_part(" .2026-法援-0123. ") == "2026-法援-0123"
    assert file_name_part("x" * 200) == "x" * 80
