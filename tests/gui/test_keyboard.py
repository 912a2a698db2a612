"""The keyboard never traps: Tab goes round every page, Enter presses the focused button, and
the documented shortcuts work in both languages. Keys only, on the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED
from tests.gui import keys
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def tab_round(backwards: bool = False) -> list[QWidget]:
    """Press Tab from the focused control until the focus comes back to it; the stops."""
    start = keys.focused()
    stops = [start]
    for _ in range(keys.MAX_TABS):
        if backwards:
            keys.key(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            keys.key(Qt.Key.Key_Tab)
        if keys.focused() is start:
            return stops
        stops.append(keys.focused())
    raise AssertionError(f"Tab is trapped: it never came back to {start!r}; stops {stops[-5:]}")


def in_order(stops: list[QWidget], expected: list[QWidget]) -> bool:
    """Whether ``expected`` are all among the round of ``stops`` in that order, going round
    from the first of them."""
    firsts = list(dict.fromkeys(stops))
    if expected[0] in firsts:
        at = firsts.index(expected[0])
        firsts = firsts[at:] + firsts[:at]
    positions = [firsts.index(w) for w in expected if w in firsts]
    return len(positions) == len(expected) and positions == sorted(positions)


def start(window: MainWindow, tree_id: str) -> None:
    keys.tab_until(window.home.findChild(QPushButton, f"tree-{tree_id}"))
    keys.key(Qt.Key.Key_Return)


def test_tab_goes_round_every_page_in_reading_order(window: MainWindow) -> None:
    view = window.interview
    buttons = [view.help_button, view.back_button, view.next_button, view.cancel_button]

    # Home: the trees in order, then "Open case file"; the first tree has the focus.
    ids = sorted(window.catalog.trees)
    trees = [window.home.findChild(QPushButton, f"tree-{t}") for t in ids]
    assert keys.focused() is trees[0]
    assert in_order(tab_round(), [*trees, window.home._open_button])  # type: ignore[attr-defined]

    start(window, "isp")
    info = view.info_page
    date = info.consultation_date
    stops = tab_round()
    expected = [info.client, info.worker, info.organisation, info.case_number, date.edit]
    expected += [date.calendar_button]
    expected += [line for _party, _label, line in info.party_fields]  # the parties' names
    assert len(info.party_fields) == len(window.catalog.trees["isp"].parties)
    expected += [info.notes, view.next_button, view.cancel_button]
    assert stops == expected  # Back is disabled on the first page
    assert list(reversed(tab_round(backwards=True)[1:])) == stops[1:]

    keys.key(Qt.Key.Key_Return)  # Enter in the client's name goes on
    page = view.question_page
    keys.answer(window, ISP_NOTICE_NOT_ACTED[0])  # the first questions: choices
    keys.answer(window, ISP_NOTICE_NOT_ACTED[1])
    keys.tab_until(page.date_field.edit, backwards=True)
    # A date question: its text, the calendar button, the help (and its links), the buttons.
    stops = tab_round()
    assert in_order(stops, [page.date_field.edit, page.date_field.calendar_button, page.help])
    assert in_order(stops, [page.help, view.help_button, view.back_button, view.cancel_button])
    keys.type_text(ISP_NOTICE_NOT_ACTED[2])
    assert in_order(tab_round(), [page.date_field.edit, *buttons])  # Next is a stop now

    keys.key(Qt.Key.Key_Return)
    keys.answer_path(window, ISP_NOTICE_NOT_ACTED[3:])
    assert view.step is Step.REVIEW
    review = view.review_page
    changes = review.tab_chain()[1:]
    assert len(changes) == len(ISP_NOTICE_NOT_ACTED)
    stops = tab_round()
    assert in_order(stops, [review.table, *changes, view.back_button, view.next_button])

    keys.tab_until(view.next_button)
    keys.key(Qt.Key.Key_Return)
    result = view.result_page
    stops = tab_round()
    assert in_order(stops, [*result.tab_chain(), view.back_button, view.cancel_button])


def test_the_notes_and_the_help_do_not_swallow_tab(window: MainWindow) -> None:
    start(window, "example_notice")
    keys.tab_until(window.interview.info_page.notes)
    keys.type_text("one")
    keys.key(Qt.Key.Key_Tab)
    assert keys.focused() is window.interview.next_button
    assert window.interview.info_page.notes.toPlainText() == "one"


def test_enter_presses_the_focused_button(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = window.interview
    start(window, "example_notice")
    keys.key(Qt.Key.Key_Return)
    keys.answer(window, "2022-01-05")
    assert view.step is Step.QUESTION

    keys.tab_until(view.back_button)
    keys.key(Qt.Key.Key_Return)  # Back, not Next
    assert window.case.session.current.id == "posted_date"  # type: ignore[union-attr]

    keys.answer(window, "2022-01-05")
    keys.tab_until(view.help_button)
    keys.key(Qt.Key.Key_Return)
    assert not view.question_page.help.isVisible()
    keys.key(Qt.Key.Key_Return)
    assert view.question_page.help.isVisible()

    keys.answer(window, "yes")
    keys.answer(window, "no")
    change = view.review_page.findChild(QPushButton, "change-notice_valid")
    keys.tab_until(change)
    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.QUESTION and window.case.session.current.id == "notice_valid"  # type: ignore[union-attr]
    keys.answer(window, "yes")  # replays to the review
    assert view.step is Step.REVIEW

    keys.tab_until(view.review_page.table)
    keys.key(Qt.Key.Key_Return)  # Enter on the table goes on, as on the Next button
    assert view.step is Step.RESULT
    keys.tab_until(view.result_page.restart_button)
    keys.key(Qt.Key.Key_Return)  # "Start another assessment": asks, then home
    assert window.stack.currentWidget() is window.home
    keys.tab_until(window.home.findChild(QPushButton, "tree-isp"))
    start(window, "isp")
    keys.tab_until(view.cancel_button)
    keys.key(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.home


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_documented_shortcuts_work_in_both_languages(
    window: MainWindow, lang: str, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """README: 1–9 choose, Enter goes on, Alt+B back, F1 help, Alt+Down calendar, Ctrl+S
    saves, Ctrl+O opens, Ctrl+Q quits (asking about unsaved work)."""
    window.set_language(lang)  # type: ignore[arg-type]
    keys.settle()
    view = window.interview
    start(window, "example_notice")
    keys.key(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N: Next
    assert view.step is Step.QUESTION
    keys.answer(window, "2022-01-05")
    keys.key(Qt.Key.Key_2)
    assert view.question_page.group.checkedId() == 1
    keys.key(Qt.Key.Key_1)
    assert view.question_page.group.checkedId() == 0
    keys.key(Qt.Key.Key_F1)
    assert not view.question_page.help.isVisible()
    keys.key(Qt.Key.Key_F1)
    assert view.question_page.help.isVisible()
    keys.key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Alt+B: Back
    assert window.case.session.current.id == "posted_date"  # type: ignore[union-attr]
    keys.key(Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.question_page.date_field._popup.isVisible()  # type: ignore[union-attr]
    keys.key(Qt.Key.Key_Escape)
    keys.key(Qt.Key.Key_Return)

    saved = tmp_path / "k.case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved.exists() and not window.isWindowModified()
    opened: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (opened.append(a[1]), ("", ""))[1]
    )
    keys.key(Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [{"zh": "打开案件文件", "en": "Open case file"}[lang]]
    keys.answer(window, "no")  # unsaved work again
    keys.key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # quit (the unsaved-case question was answered Discard)


def test_the_focus_ring_never_squeezes_a_buttons_text(window: MainWindow) -> None:
    """The focused look (a border and padding from a style sheet) fits in the room the button
    has unfocused, long bold tree titles on the home page included."""
    from wizard.gui.look import FOCUS_PADDING_X, FOCUS_WIDTH

    for button in window.home.findChildren(QPushButton):
        if button.isVisible() and button.text():
            text = button.text().replace("&", "")
            room = button.width() - 2 * (round(FOCUS_WIDTH) + FOCUS_PADDING_X)
            assert button.fontMetrics().horizontalAdvance(text) <= room, text
