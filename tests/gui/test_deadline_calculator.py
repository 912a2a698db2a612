"""The 期限计算 window, driven through its widgets: typed dates, events, refusals, copy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C
from tests.gui import keys
from tests.gui.test_wizard import tree_button
from wizard.answers import MonthDate
from wizard.gui.date_field import DateField
from wizard.gui.deadline_calculator import DeadlineCalculator
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_calculator(qtbot, window: MainWindow) -> DeadlineCalculator:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    calculator = window.calculator
    assert calculator is not None and calculator.isVisible()
    return calculator


def type_into(qtbot, field: QLineEdit | DateField, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a worker does: keys for ASCII, an input method's commit for Chinese."""
    if isinstance(field, DateField):
        field = field.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(field, event)


def test_typed_dates_give_the_real_deadline(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    calc = open_calculator(qtbot, window)
    type_into(qtbot, calc.on, "2026-12-05")
    type_into(qtbot, calc.start, "2025年9月30日")
    assert calc.start.feedback.text() == "2025年9月30日 星期二"  # the date read, in words
    lines = calc.result.toPlainText().splitlines()
    assert lines[0].startswith("暂定：最后一日至少为 2028年10月4日")
    assert "2028年9月29日" in lines[0]
    type_into(qtbot, calc.start, "2023/10/3")
    assert "2026年10月8日" in calc.result.toPlainText().splitlines()[0]
    assert "已届满" in calc.result.toPlainText()


def test_events_interrupt_and_a_suit_keeps_the_claim_alive(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    calc = open_calculator(qtbot, window)
    type_into(qtbot, calc.on, "2026-12-05")
    type_into(qtbot, calc.start, "2020-09-01")
    assert "2023年9月1日" in calc.result.toPlainText()
    qtbot.mouseClick(calc.add_event, Qt.MouseButton.LeftButton)
    combo = calc.events.cellWidget(0, 0)
    on = calc.events.cellWidget(0, 1)
    assert isinstance(combo, QComboBox) and isinstance(on, QLineEdit)
    combo.setCurrentIndex(combo.findData("acknowledgement"))
    type_into(qtbot, on, "20220801")
    assert "2025年8月1日" in calc.result.toPlainText().splitlines()[0]
    combo.setCurrentIndex(combo.findData("suit"))
    text = calc.result.toPlainText()
    assert "程序进行中" in text and "已届满" not in text.splitlines()[0]


def test_refusals_and_bad_dates_are_explained(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    calc = open_calculator(qtbot, window)
    type_into(qtbot, calc.start, "2024-02-30")
    assert "日历上没有这一天" in calc.error.text() and not calc.result.toPlainText()
    calc.kind.setCurrentIndex(calc.kind.findData("guarantee_period"))
    assert (calc.amount.value(), calc.unit.currentData()) == (6, "months")
    type_into(qtbot, calc.start, "2024-01-10")
    qtbot.mouseClick(calc.add_event, Qt.MouseButton.LeftButton)
    type_into(qtbot, calc.events.cellWidget(0, 1), "2024-03-01")  # a demand
    assert "民法典第692条第1款" in calc.error.text()
    qtbot.mouseClick(calc.remove_event, Qt.MouseButton.LeftButton)
    assert not calc.error.text() and "2024年7月10日" in calc.result.toPlainText()


def test_copy_and_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    calc = open_calculator(qtbot, window)
    type_into(qtbot, calc.start, "2023-06-30")
    calc.amount.setValue(6)
    calc.unit.setCurrentIndex(calc.unit.findData("months"))
    qtbot.mouseClick(calc.copy_button, Qt.MouseButton.LeftButton)
    assert "2024年1月2日" in QApplication.clipboard().text()
    window.set_language("en")
    assert calc.windowTitle() == "Deadline calculator"
    assert calc.result.toPlainText().startswith("Last day of the limitation period: 2024-01-02")


def test_reached_from_a_deadline_row_of_a_result(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    keys.tab_until(tree_button(window, "isp"))
    keys.key(Qt.Key.Key_Return)
    keys.tab_until(window.interview.info_page.case_number)
    keys.key(Qt.Key.Key_Return)
    keys.answer_path(window, ISP_C)
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.RESULT
    shown = window.interview.result_page.report.toHtml()
    assert "calc:0" in shown and "calc:" not in window.interview.report_html  # exports: no link
    window.interview.result_page.report.anchorClicked.emit(QUrl("calc:0"))
    calc = window.calculator
    assert calc is not None and calc.isVisible()
    deadline = window.interview.result.deadlines[0]  # type: ignore[union-attr]
    assert calc.kind.currentData() == deadline.spec.kind
    assert calc.start.text() == deadline.request.start.isoformat()  # type: ignore[union-attr]
    assert calc.on.text() == date.today().isoformat()
    assert deadline.deadline.end is not None
    assert f"{deadline.deadline.end.year}年" in calc.result.toPlainText()


def test_its_dates_are_typed_as_in_the_wizard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """From and On are the wizard's date fields: read back in words, the calendar on
    Alt+Down, a month alone for the start (a range of last days) but not for the day measured
    on."""
    calc = open_calculator(qtbot, window)
    type_into(qtbot, calc.on, "2026-12-05")
    type_into(qtbot, calc.start, "2024年6月")
    assert calc.start.value() == MonthDate(2024, 6)
    assert calc.start.feedback.text() == "2024年6月（只知道月份）"
    assert "最后一日在2027年6月1日至2027年6月30日之间" in calc.result.toPlainText()
    calc.activateWindow()
    qtbot.waitUntil(calc.isActiveWindow)  # the shortcut needs the keyboard
    calc.start.edit.setFocus()
    qtbot.keyClick(calc.start.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert (
        popup is not None and popup.selectedDate().toString(Qt.DateFormat.ISODate) == "2024-06-01"
    )
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    type_into(qtbot, calc.on, "2026-12")
    assert "计算至：请写明具体日期" in calc.error.text() and not calc.result.toPlainText()
    calc.on.edit.editingFinished.emit()  # leaving the field: it says why too
    assert "本问题需要具体到日" in calc.on.problem()
