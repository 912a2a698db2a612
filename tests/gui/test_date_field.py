"""Dates typed as people write them: read back in words, refused with a reason, never guessed.

Everything here is typed through the keyboard into the real widgets (tests/gui/keys.py).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from tests.gui import keys
from wizard.answers import UNKNOWN, MonthDate
from wizard.gui.date_field import CalendarPopup, DateField
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def to_date_question(window: MainWindow) -> DateField:
    """Start the example tree and go on to its first question, a date."""
    keys.tab_until(window.home.findChild(QPushButton, "tree-example_notice"))
    keys.key(Qt.Key.Key_Return)
    keys.key(Qt.Key.Key_Return)  # Enter in the client's name goes on
    assert window.interview.step is Step.QUESTION
    field = window.interview.question_page.date_field
    assert keys.focused() is field.edit
    return field


@pytest.mark.parametrize(
    "typed", ["2024-06-30", "2024/6/30", "2024年6月30日", "20240630", " 2024 - 06 - 30 "]
)
def test_each_way_of_writing_a_date_is_read_and_said_in_words(window: MainWindow, typed: str):  # type: ignore[no-untyped-def]
    field = to_date_question(window)
    keys.type_text(typed)
    assert field.value() == date(2024, 6, 30)
    assert field.feedback.text() == "2024年6月30日 星期日"
    assert field.edit.accessibleDescription() == "2024年6月30日 星期日"
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["posted_date"] == date(2024, 6, 30)  # type: ignore[union-attr]


def test_the_date_in_words_follows_the_ui_language(window: MainWindow) -> None:
    field = to_date_question(window)
    keys.type_text("2024-06-30")
    window.set_language("en")
    keys.settle()
    assert field.text() == "2024-06-30"  # what was typed stays
    assert field.feedback.text() == "Sunday, 30 June 2024"
    assert field.edit.placeholderText() == "e.g. 2024-06-30"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("2023-02-29", "没有“2023-02-29”这个日期"),  # not a leap year
        ("2024-13-01", "没有“2024-13-01”这个日期"),
        ("2024年6月31日", "没有“2024年6月31日”这个日期"),
        ("1900-01-01", "日期须在 1949-10-01 至 2100-12-31 之间"),
        ("21010101", "超出范围"),
        ("2024-06", "本问题需要具体到日"),  # a month alone: this question needs the day
        ("30/06/2024", "“30/06/2024”不是日期"),
        ("yesterday", "“yesterday”不是日期"),
    ],
)
def test_a_wrong_date_is_refused_with_a_reason(window: MainWindow, typed: str, says: str):  # type: ignore[no-untyped-def]
    field = to_date_question(window)
    keys.type_text(typed)
    keys.key(Qt.Key.Key_Return)
    assert field.value() is None
    assert says in field.problem() and says in field.feedback.text()
    assert window.interview.step is Step.QUESTION  # refused: nothing recorded, still here
    assert "posted_date" not in window.case.session.answers  # type: ignore[union-attr]
    assert keys.focused() is field.edit  # ready to correct
    keys.replace_text("2024-06-30")
    assert not field.problem() and field.feedback.text() == "2024年6月30日 星期日"


def test_text_on_its_way_to_a_date_is_not_refused_until_the_worker_leaves_it(window):  # type: ignore[no-untyped-def]
    field = to_date_question(window)
    keys.type_text("2024-06-0")  # "2024-06-05" half typed: a hint, not an error
    assert not field.problem() and field.value() is None
    assert field.feedback.text().startswith("例如 2024-06-30")
    keys.key(Qt.Key.Key_Tab)  # leaving it: now it is refused
    assert "没有“2024-06-0”这个日期" in field.problem()
    keys.tab_until(field.edit, backwards=True)
    keys.key(Qt.Key.Key_End)
    keys.type_text("5")
    assert not field.problem() and field.value() == date(2024, 6, 5)


def test_a_question_date_starts_empty_and_enter_alone_records_nothing(window: MainWindow) -> None:
    field = to_date_question(window)
    assert field.text() == "" and field.value() is None
    assert not window.interview.next_button.isEnabled()
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION
    assert window.case.session.answers == {}  # type: ignore[union-attr]
    assert "请先输入日期" in field.problem()


def test_coming_back_shows_the_date_given(window: MainWindow) -> None:
    field = to_date_question(window)
    keys.type_text("2022年1月5日")
    keys.key(Qt.Key.Key_Return)
    keys.key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    keys.settle()
    assert window.interview.step is Step.QUESTION
    assert field.text() == "2022-01-05" and field.value() == date(2022, 1, 5)


def test_the_consultation_date_starts_as_today_shown_as_text(window: MainWindow) -> None:
    keys.tab_until(window.home.findChild(QPushButton, "tree-example_notice"))
    keys.key(Qt.Key.Key_Return)
    field = window.interview.info_page.consultation_date
    assert field.text() == date.today().isoformat()
    assert field.feedback.text().startswith(f"{date.today().year}年")
    keys.tab_until(field.edit)
    keys.replace_text("2026/11/29")
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION
    assert window.case.info.consultation_date == date(2026, 11, 29)


def test_a_wrong_consultation_date_keeps_the_worker_on_the_page(window: MainWindow) -> None:
    keys.tab_until(window.home.findChild(QPushButton, "tree-example_notice"))
    keys.key(Qt.Key.Key_Return)
    field = window.interview.info_page.consultation_date
    keys.tab_until(field.edit)
    keys.replace_text("2026-02-30")
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.INFO
    assert "没有“2026-02-30”这个日期" in field.problem()
    assert window.case.info.consultation_date == date.today()  # the last valid date is kept
    keys.replace_text("")
    window.interview.next_button.click()
    assert window.interview.step is Step.INFO and "请先输入日期" in field.problem()


def _popup() -> CalendarPopup:
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, CalendarPopup), f"no calendar open ({popup!r})"
    return popup


def test_alt_down_opens_the_calendar_and_enter_picks_a_day(window: MainWindow) -> None:
    field = to_date_question(window)
    keys.type_text("2024-06-30")
    keys.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = _popup()
    assert popup.selectedDate().toString(Qt.DateFormat.ISODate) == "2024-06-30"
    keys.key(Qt.Key.Key_Left)  # the calendar has the keyboard: a day earlier
    keys.key(Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == "2024-06-29" and field.value() == date(2024, 6, 29)
    assert keys.focused() is field.edit
    assert window.interview.step is Step.QUESTION  # picking a day does not also go on


def test_escape_closes_the_calendar_and_changes_nothing(window: MainWindow) -> None:
    field = to_date_question(window)
    keys.key(Qt.Key.Key_F4)
    popup = _popup()
    keys.key(Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == ""


def test_the_calendar_button_works_by_keyboard_and_by_mouse(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    field = to_date_question(window)
    keys.key(Qt.Key.Key_Tab)
    assert keys.focused() is field.calendar_button
    keys.key(Qt.Key.Key_Return)
    popup = _popup()
    assert popup.selectedDate().toString(Qt.DateFormat.ISODate) == date.today().isoformat()
    keys.key(Qt.Key.Key_Escape)
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = _popup()
    # Click the 15th of the month on show (it appears once; the 1st–7th and 24th–31st may
    # also show from the months around it).
    view = popup.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    cell = next(
        model.index(row, col)
        for row in range(model.rowCount())
        for col in range(model.columnCount())
        if model.index(row, col).data() == 15
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    shown = date(popup.yearShown(), popup.monthShown(), 15)
    assert not popup.isVisible()
    assert field.value() == shown and field.text() == shown.isoformat()


def test_month_and_unknown_modes(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = DateField(allow_month=True)
    qtbot.addWidget(field)
    field.show()
    keys.type_text("2024年6月", into=field.edit)
    assert field.value() == MonthDate(2024, 6)
    keys.type_text("30日", into=field.edit)
    assert field.value() == date(2024, 6, 30)
    field.set_value(MonthDate(2023, 2))
    assert field.text() == "2023-02"
    field.set_allow_month(False)
    assert field.value() is None  # a month alone no longer counts
    with pytest.raises(ValueError):
        field.set_value(UNKNOWN)  # not offered
    assert field.unknown_box.isHidden()
    field.set_allow_unknown(True)
    assert not field.unknown_box.isHidden()
    qtbot.waitUntil(lambda: field.unknown_box.isVisible() and field.unknown_box.width() > 0)
    field.unknown_box.setFocus()
    keys.type_text(" ", into=field.unknown_box)  # Space ticks it
    assert field.value() is UNKNOWN and not field.edit.isEnabled()
    field.unknown_box.setChecked(False)
    assert field.value() is None and field.edit.isEnabled()
    field.set_value(UNKNOWN)
    assert field.unknown_box.isChecked() and field.value() is UNKNOWN


def test_home_then_typing_cannot_make_another_year(window: MainWindow) -> None:
    """The old date edit took Home + digits as a new year; here the text is what it says."""
    field = to_date_question(window)
    keys.type_text("2022-01-05")
    keys.key(Qt.Key.Key_Home)
    keys.type_text("2023")
    assert field.text() == "20232022-01-05" and field.value() is None
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION and "不是日期" in field.problem()
