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
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from scripts.sample_paths import NOT_KNOWN, History, PathEntry, Ticks, Typed
from wizard.gui.main_window import MainWindow
from wizard.model import ChoiceQuestion, DateQuestion, EventsQuestion, MoneyQuestion, MultiQuestion

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


def answer(window: MainWindow, value: PathEntry, date_text: str | None = None) -> None:
    """Answer the question on show as a worker would, then Enter: a choice by its number key,
    ticks by theirs (Tab and Space past the ninth), a date or an amount typed as text (a date
    in ``date_text``'s spelling if given), "不清楚" by Tab to its box and Space, the case's
    history event by event in its form (``add_events``)."""
    settle()
    page = window.interview.question_page
    node = window.case.session.current  # type: ignore[union-attr]
    if isinstance(node, DateQuestion | MoneyQuestion):
        field = page.date_field if isinstance(node, DateQuestion) else page.money_field
        assert focused() is field.edit, "a date or amount question puts the focus in its text"
        if value == NOT_KNOWN:
            tab_until(field.unknown_box)
            key(Qt.Key.Key_Space)
            assert field.value() is not None, "the box says the client does not know"
        else:
            replace_text(date_text or (value.text if isinstance(value, Typed) else str(value)))
    elif isinstance(node, MultiQuestion):
        ids = value.ids if isinstance(value, Ticks) else (str(value),)
        for choice_id in ids:
            number = [c.id for c in node.choices].index(choice_id) + 1
            if number <= 9:
                key(Qt.Key(Qt.Key.Key_0 + number))
            else:
                tab_until(page.choices.buttons()[number - 1])
                key(Qt.Key.Key_Space)
        assert page.choices.value() == tuple(c.id for c in node.choices if c.id in ids)
    elif isinstance(node, EventsQuestion):
        assert isinstance(value, History), f"{node.id} asks for the case's history"
        add_events(window, value)
    elif isinstance(node, ChoiceQuestion):
        number = [c.id for c in node.choices].index(str(value)) + 1
        key(Qt.Key(Qt.Key.Key_0 + number))
    key(Qt.Key.Key_Return)


def pick(combo: QComboBox, data: str) -> None:
    """Choose the item of the focused combo box that stands for ``data``, by arrow keys."""
    assert focused() is combo
    key(Qt.Key.Key_Home)
    for _ in range(combo.findData(data)):
        key(Qt.Key.Key_Down)
    assert combo.currentData() == data, (combo.currentData(), data)


def add_events(window: MainWindow, history: History) -> None:
    """Fill in the history's form once per event — kind by arrows, dates typed, against whom
    by arrows — each added with Enter; the focus ends back on the kind, the form empty."""
    editor = window.interview.question_page.events_editor
    for event in history.events:
        settle()
        before = len(editor.events())
        assert focused() is editor.kind, "the form starts at the kind of event"
        pick(editor.kind, event.kind)
        key(Qt.Key.Key_Tab)
        assert focused() is editor.on.edit
        type_text(event.on)
        if event.until:
            tab_until(editor.until.edit)
            type_text(event.until)
        if event.party:
            tab_until(editor.party)
            pick(editor.party, event.party)
        key(Qt.Key.Key_Return)  # adds it
        assert len(editor.events()) == before + 1, editor.problem.text()


#: A date written four ways, as the issue lists them, cycled through the path's dates.
SPELLINGS = (
    lambda d: d,  # 2022-03-01
    lambda d: f"{d[:4]}/{int(d[5:7])}/{int(d[8:])}",  # 2022/3/1
    lambda d: f"{d[:4]}年{int(d[5:7])}月{int(d[8:])}日",  # 2022年3月1日
    lambda d: d.replace("-", ""),  # 20220301
)


def answer_path(window: MainWindow, answers: list[PathEntry]) -> None:
    """Answer a path by keyboard (scripts/sample_paths.py), spelling each ISO date
    differently."""
    dates = 0
    for value in answers:
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            answer(window, value, SPELLINGS[dates % len(SPELLINGS)](value))
            dates += 1
        else:
            answer(window, value)


def type_names(window: MainWindow, names: dict[str, str]) -> None:
    """On the case information page: Tab to each party's line and type its names."""
    fields = {party.id: line for party, _label, line in window.interview.info_page.party_fields}
    for party_id, text in names.items():
        tab_until(fields[party_id])
        type_text(text)
