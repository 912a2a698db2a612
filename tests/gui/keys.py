"""Driving the desktop app by keyboard alone, as a worker would (shared by the GUI tests and the
clean-exit driver).

Only real key events reach the widgets: Tab, Enter, digits, and text typed into the focused
field. Characters outside ASCII (年, 月, 日) arrive as an input method commits them, because
that is how Chinese text reaches a Qt widget (QTest cannot type them as keys).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from wizard.gui.main_window import MainWindow
from wizard.model import ChoiceQuestion, DateQuestion

#: More Tabs than any page has stops: a Tab walk that needs more is trapped somewhere.
MAX_TABS = 80


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def settle() -> None:
    """Let deferred focus changes and layouts land, as they have before a person types."""
    for _ in range(3):
        QApplication.processEvents()


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release one key on whatever has the focus."""
    QTest.keyClick(focused(), k, modifier)
    if modifier & Qt.KeyboardModifier.AltModifier:
        QTest.qWait(150)  # a button's Alt mnemonic presses it after a 100 ms animation
    settle()


def type_text(text: str, into: QWidget | None = None) -> None:
    """Type ``text`` into the focused widget (or ``into``): ASCII as key presses, the rest as
    input method commits."""
    for char in text:
        target = into or focused()
        if char.isascii():
            QTest.keyClicks(target, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(target, event)
    settle()


def replace_text(text: str) -> None:
    """Select what the focused field holds and type ``text`` over it."""
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(text)
    else:
        key(Qt.Key.Key_Delete)


def tab_until(target: QWidget, backwards: bool = False) -> int:
    """Press Tab (Shift+Tab) until ``target`` has the focus; returns how many presses."""
    for presses in range(1, MAX_TABS + 1):
        if backwards:
            key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            key(Qt.Key.Key_Tab)
        if focused() is target:
            return presses
    raise AssertionError(f"Tab never reached {target!r}; the focus is on {focused()!r}")


def answer(window: MainWindow, value: str, date_text: str | None = None) -> None:
    """Answer the question on show: a choice by its number key, a date typed as text (in
    ``date_text``'s spelling if given), then Enter."""
    settle()
    node = window.case.session.current  # type: ignore[union-attr]
    if isinstance(node, DateQuestion):
        field = window.interview.question_page.date_field
        assert focused() is field.edit, "a date question puts the focus in its text field"
        replace_text(date_text or value)
    elif isinstance(node, ChoiceQuestion):
        number = [c.id for c in node.choices].index(value) + 1
        key(Qt.Key(Qt.Key.Key_0 + number))
    key(Qt.Key.Key_Return)


#: A date written four ways, as the issue lists them, cycled through the path's dates.
SPELLINGS = (
    lambda d: d,  # 2022-03-01
    lambda d: f"{d[:4]}/{int(d[5:7])}/{int(d[8:])}",  # 2022/3/1
    lambda d: f"{d[:4]}年{int(d[5:7])}月{int(d[8:])}日",  # 2022年3月1日
    lambda d: d.replace("-", ""),  # 20220301
)


def answer_path(window: MainWindow, answers: list[str]) -> None:
    """Answer a path of choice ids and ISO dates by keyboard, spelling each date differently."""
    dates = 0
    for value in answers:
        if len(value) == 10 and value[4] == "-":
            answer(window, value, SPELLINGS[dates % len(SPELLINGS)](value))
            dates += 1
        else:
            answer(window, value)
