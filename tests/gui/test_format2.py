"""The question types of tree format 2 in the desktop app, driven by keyboard through the real
widgets: the parties' names, the client's side, amounts, dates known to the month or not at
all, choices with "不清楚", multiple choices, the case's history, the review and "Change"."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFrame, QPushButton

from scripts.sample_paths import (
    GUARANTEE_EXAMPLE_CREDITOR,
    GUARANTEE_EXAMPLE_NAMES,
    GUARANTEE_EXAMPLE_UNKNOWNS,
    PARTNERSHIP_PARTNER_LEFT,
    PARTNERSHIP_PARTNER_LEFT_NAMES,
    SHAREHOLDER_VEIL_PIERCED,
    History,
    PathEntry,
    engine_answer,
)
from tests.gui import keys
from wizard.answers import UNKNOWN, MonthDate
from wizard.deadlines import Event
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui

GUARANTEE = "example_guarantee"


def start(window: MainWindow, tree_id: str, names: dict[str, str] | None = None) -> None:
    """From home, by keys: the tree, the parties' names typed, on to the first question."""
    keys.tab_until(window.home.findChild(QPushButton, f"tree-{tree_id}"))
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.INFO
    keys.type_names(window, names or {})
    keys.key(Qt.Key.Key_Return)  # Enter in a name's line goes on
    assert window.interview.step is Step.QUESTION


def to_question(window: MainWindow, tree_id: str, path: list[PathEntry]) -> None:
    """Start ``tree_id`` and give ``path`` (as the app would send it) up to the next page."""
    window.start_assessment(tree_id)
    view = window.interview
    view.go_next()
    for entry in path:
        window.case.answer(engine_answer(window.case.session.current, entry))  # type: ignore[union-attr]
    view.step = Step.QUESTION
    view.render()
    keys.settle()


def review_row(window: MainWindow, node_id: str) -> tuple[str, str]:
    """The question and the answer the review shows for ``node_id``."""
    table = window.interview.review_page.table
    for row in range(table.rowCount()):
        if table.cellWidget(row, 2).objectName() == f"change-{node_id}":
            return table.item(row, 0).text(), table.item(row, 1).text()
    raise AssertionError(f"{node_id} is not on the review page")


def review_answer(window: MainWindow, node_id: str) -> str:
    return review_row(window, node_id)[1]


def change(window: MainWindow, node_id: str) -> None:
    """Tab to the review's "Change" button of ``node_id`` and press Enter."""
    keys.tab_until(window.interview.review_page.findChild(QPushButton, f"change-{node_id}"))
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION
    assert window.case.session.current.id == node_id  # type: ignore[union-attr]


def test_the_guarantee_example_by_keyboard(window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every question type of the worked example, keys only; the review says each answer in
    words, "Change" shows it again for every type; the names reach the report."""
    start(window, GUARANTEE, GUARANTEE_EXAMPLE_NAMES)
    page = window.interview.question_page
    assert page.note.isVisible() and "报告" in page.note.text()  # the side comes first
    keys.answer_path(window, GUARANTEE_EXAMPLE_CREDITOR)
    view = window.interview
    assert view.step is Step.REVIEW
    answers = window.case.session.answers  # type: ignore[union-attr]
    assert answers["debt_amount"] == Decimal("120000.00")
    assert answers["repaid"] == Decimal("30000.50")
    assert answers["due_date"] == MonthDate(2024, 6)
    assert answers["demand_date"] == date(2024, 9, 10)
    assert answers["history"] == (
        Event("acknowledgement", date(2025, 3, 1), None, "guarantor"),
        Event("demand", MonthDate(2025, 9), None, "debtor"),
    )
    assert answers["papers"] == ("guarantee_contract", "demand_proof")
    assert window.case.info.names("guarantor") == ("张三", "李四")

    # The review: every answer in words.
    assert review_answer(window, "side") == "债权人（要求保证人还款的一方）"
    assert review_answer(window, "debt_amount") == "120,000.00元"
    assert review_answer(window, "repaid") == "30,000.50元"
    assert review_answer(window, "due_date") == "2024年6月（只知道月份）"
    assert review_answer(window, "demand_date") == "2024年9月10日"
    assert review_answer(window, "history").splitlines() == [
        "2025年3月1日 义务人同意履行（借条、还款计划等）（对保证人（张三、李四））",
        "2025年9月（只知道月份） 请求履行（已到达）（对债务人（王某））",
    ]
    assert review_answer(window, "papers") == "保证合同、催告函及送达凭证"

    # "Change" shows the answer given, for each type; the same answer again goes back.
    change(window, "debt_amount")
    assert page.money_field.text() == "120,000.00"
    assert page.money_field.feedback.text() == "120,000.00元"
    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.REVIEW
    change(window, "due_date")
    assert page.date_field.text() == "2024-06" and page.date_field.value() == MonthDate(2024, 6)
    assert page.date_field.feedback.text() == "2024年6月（只知道月份）"
    keys.key(Qt.Key.Key_Return)
    change(window, "papers")
    assert [b.isChecked() for b in page.choices.buttons()] == [True, False, True, False]
    keys.key(Qt.Key.Key_2)  # the loan contract too
    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.REVIEW
    assert review_answer(window, "papers") == "保证合同、借款合同或借条、催告函及送达凭证"
    change(window, "history")
    editor = page.events_editor
    assert [e.kind for e in editor.events()] == ["acknowledgement", "demand"]
    assert editor.table.item(0, 2).text() == "保证人（张三、李四）"
    keys.tab_until(editor.table)
    keys.key(Qt.Key.Key_Down)  # the second event
    keys.key(Qt.Key.Key_Delete)
    assert [e.kind for e in editor.events()] == ["acknowledgement"]
    keys.key(Qt.Key.Key_Return)  # Enter in the list goes on
    assert view.step is Step.REVIEW
    assert len(review_answer(window, "history").splitlines()) == 1

    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.RESULT
    assert window.case.session.outcome.code == "EX-A"  # type: ignore[union-attr]
    html = view.report_html
    assert "保证人（张三、李四）" in html and "120,000.00元" in html

    # Names are case data: saved with the case and back when it is opened.
    case = tmp_path / "guarantee.lwcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case), ""))
    window.save_action.trigger()
    saved = json.loads(case.read_text(encoding="utf-8"))
    assert saved["assessments"][0]["parties"]["guarantor"] == ["张三", "李四"]
    assert saved["assessments"][0]["answers"]["history"] == [
        {"kind": "acknowledgement", "date": "2025-03-01", "party": "guarantor"}
    ]


def test_reopened_case_shows_the_names_on_the_case_information(
    qtbot, make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.waitUntil(window.isActiveWindow)  # the keyboard goes to it
    start(window, GUARANTEE, {"guarantor": "张三，李四", "debtor": "王某"})  # a full-width comma
    assert window.case.info.names("guarantor") == ("张三", "李四")
    case = tmp_path / "names.lwcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case), ""))
    window.save_action.trigger()
    window.close()

    second = make_window()
    assert second.open_case(case)
    second.interview.begin()
    fields = {p.id: line for p, _label, line in second.interview.info_page.party_fields}
    assert fields["guarantor"].text() == "张三、李四" and fields["debtor"].text() == "王某"
    assert fields["creditor"].text() == ""
    second.set_language("en")
    assert fields["guarantor"].text() == "张三、李四"  # what is typed stays
    labels = {p.id: label.text() for p, label, _line in second.interview.info_page.party_fields}
    assert labels["guarantor"] == "Guarantor (one or more):"


def test_names_are_shown_as_typed_never_as_markup(window: MainWindow) -> None:
    """A name is user text: in the question, the help, the history and the review it is
    shown as typed."""
    names = {"departed": "<b>王五</b>", "partner": "A&B"}
    start(window, "partnership", names)
    keys.answer_path(window, PARTNERSHIP_PARTNER_LEFT[:-1])
    page = window.interview.question_page
    assert window.case.session.current.id == "exit_date"  # type: ignore[union-attr]
    assert page.question.textFormat() == Qt.TextFormat.PlainText
    assert page.question.text() == "退伙人（<b>王五</b>）的退伙是哪一天生效的？"
    assert "<b>王五" not in page.help.toHtml()  # the help escapes what it fills in
    keys.answer(window, "2024-10-08")
    assert window.interview.step is Step.REVIEW
    assert "（<b>王五</b>）" in review_row(window, "exit_date")[0]
    assert "合伙人（A&B）" in review_answer(window, "history")
    keys.key(Qt.Key.Key_Return)
    card = window.interview.result_page.summary
    assert card.summary.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;王五&lt;/b&gt;" in window.interview.report_html


def test_the_partnership_path_by_keyboard(window: MainWindow) -> None:
    """Money, month-only dates, the history with parties and an obstacle's end, a multiple
    choice, and a question naming the departed partner."""
    start(window, "partnership", PARTNERSHIP_PARTNER_LEFT_NAMES)
    keys.answer_path(window, PARTNERSHIP_PARTNER_LEFT[:-1])
    page = window.interview.question_page
    assert page.question.text() == "退伙人（王五）的退伙是哪一天生效的？"
    keys.answer(window, PARTNERSHIP_PARTNER_LEFT[-1])
    assert window.interview.step is Step.REVIEW
    answers = window.case.session.answers  # type: ignore[union-attr]
    assert answers["debt_date"] == MonthDate(2023, 6)
    assert answers["history"][1] == Event("obstacle", date(2024, 5, 1), date(2024, 7, 1), "venture")
    assert answers["positions_u"] == ("partner", "departed")
    assert "2024年5月1日 障碍（不可抗力等） 至 2024年7月1日" in review_answer(window, "history")
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.result().codes == ("P-J", "P-J5", "P-R")  # type: ignore[union-attr]


def test_the_shareholder_path_by_keyboard(window: MainWindow) -> None:
    """A history without parties (a judgment with its last day of performance), an amount,
    multiple choices with "none" and "不清楚"."""
    start(window, "shareholder")
    keys.answer_path(window, SHAREHOLDER_VEIL_PIERCED)
    assert window.interview.step is Step.REVIEW
    answers = window.case.session.answers  # type: ignore[union-attr]
    assert answers["history"][1] == Event(
        "judgment_effective", date(2025, 4, 20), date(2025, 5, 10)
    )
    assert answers["debt_amount"] == Decimal("500000.00")
    assert answers["withdrawal"] == ("none",)
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.result().codes == ("SH-A", "SH-SUM")  # type: ignore[union-attr]


def test_not_known_on_an_amount_and_on_a_choice(window: MainWindow) -> None:
    start(window, GUARANTEE)
    keys.answer_path(window, GUARANTEE_EXAMPLE_UNKNOWNS[:3])
    answers = window.case.session.answers  # type: ignore[union-attr]
    assert answers["repaid"] is UNKNOWN
    page = window.interview.question_page
    # The "不清楚" choice is set apart: a line above it, its label in italics.
    rows = page.choices._rows  # type: ignore[attr-defined]
    widgets = [rows.itemAt(i).widget() for i in range(rows.count())]
    assert isinstance(widgets[-2], QFrame) and widgets[-2].frameShape() == QFrame.Shape.HLine
    assert widgets[-1].label.font().italic() and widgets[-1].label.text() == "不清楚 / 待核实"
    # The help says what would prove it.
    help_text = page.help.toPlainText()
    assert "可以证明的证据" in help_text and "保证合同或借款合同中的保证条款" in help_text
    keys.answer(window, GUARANTEE_EXAMPLE_UNKNOWNS[3])
    assert window.interview.step is Step.REVIEW
    assert review_answer(window, "repaid") == "不清楚（待核实）"
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.outcome.code == "EX-G"  # type: ignore[union-attr]
    assert "保证合同或借款合同中的保证条款" in window.interview.report_html
    # Back to the amount: "not known" is shown ticked, the text field off.
    keys.key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # result → review
    change(window, "repaid")
    assert page.money_field.unknown_box.isChecked() and not page.money_field.edit.isEnabled()
    assert keys.focused() is page.money_field.unknown_box


@pytest.mark.parametrize(
    ("typed", "value", "says"),
    [
        ("120000", "120000.00", "120,000.00元"),
        ("120,000.50", "120000.50", "120,000.50元"),
        ("12万", "120000.00", "120,000.00元"),
        ("¥3,000", "3000.00", "3,000.00元"),
        ("３０００元", "3000.00", "3,000.00元"),  # full-width digits
    ],
)
def test_amounts_are_read_as_people_write_them(
    window: MainWindow, typed: str, value: str, says: str
) -> None:
    start(window, GUARANTEE)
    keys.answer(window, "creditor")
    field = window.interview.question_page.money_field
    assert keys.focused() is field.edit and field.unknown_box.isHidden()  # must be given
    keys.type_text(typed)
    assert field.value() == Decimal(value) and field.feedback.text() == says
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["debt_amount"] == Decimal(value)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("abc", "“abc”不是金额"),
        ("12,34", "“12,34”不是金额"),
        ("-500", "金额不能小于零"),
        ("20000000000000", "金额太大"),
        ("", "请先输入金额"),
    ],
)
def test_a_wrong_amount_is_refused_with_a_reason(window: MainWindow, typed: str, says: str) -> None:
    start(window, GUARANTEE)
    keys.answer(window, "creditor")
    field = window.interview.question_page.money_field
    if typed:
        keys.type_text(typed)
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION
    assert says in field.problem() and says in field.feedback.text()
    assert "debt_amount" not in window.case.session.answers  # type: ignore[union-attr]
    assert keys.focused() is field.edit
    keys.replace_text("5000")
    assert not field.problem() and field.feedback.text() == "5,000.00元"


def test_the_amount_in_words_follows_the_language(window: MainWindow) -> None:
    start(window, GUARANTEE)
    keys.answer(window, "creditor")
    field = window.interview.question_page.money_field
    keys.type_text("12万")
    window.set_language("en")
    keys.settle()
    assert field.text() == "12万" and field.feedback.text() == "CNY 120,000.00"


def test_a_month_or_not_known_where_the_question_allows_it(window: MainWindow) -> None:
    to_question(window, GUARANTEE, ["creditor", "12万", "30000", "joint"])
    page = window.interview.question_page
    field = page.date_field
    assert window.case.session.current.id == "due_date"  # type: ignore[union-attr]
    assert field.allow_month and not field.unknown_box.isHidden()
    assert "2024-06" in page.keys_hint.text()
    keys.type_text("2024年6月")
    assert field.value() == MonthDate(2024, 6)
    assert field.feedback.text() == "2024年6月（只知道月份）"
    keys.replace_text("2024-06-30")
    assert field.value() == date(2024, 6, 30)
    keys.tab_until(field.unknown_box)
    keys.key(Qt.Key.Key_Space)
    assert field.value() is UNKNOWN and not field.edit.isEnabled()
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["due_date"] is UNKNOWN  # type: ignore[union-attr]
    assert window.case.session.current.id == "demanded"  # type: ignore[union-attr]


def test_multiple_choice_none_and_not_known_stand_alone(window: MainWindow) -> None:
    to_question(window, "shareholder", SHAREHOLDER_VEIL_PIERCED[:10])
    view = window.interview
    page = view.question_page
    assert window.case.session.current.id == "abuse_forms"  # type: ignore[union-attr]
    assert all(isinstance(b, QCheckBox) for b in page.choices.buttons())
    assert not view.next_button.isEnabled()  # at least one is needed

    def ticked() -> tuple[str, ...] | None:
        return page.choices.value()  # type: ignore[return-value]

    keys.key(Qt.Key.Key_1)
    keys.key(Qt.Key.Key_2)
    assert ticked() == ("mixing", "control") and view.next_button.isEnabled()
    keys.key(Qt.Key.Key_4)  # "none of these" clears the others
    assert ticked() == ("none",)
    keys.key(Qt.Key.Key_1)  # and another clears it
    assert ticked() == ("mixing",)
    keys.key(Qt.Key.Key_5)  # "不清楚" too
    assert ticked() == ("unknown",)
    keys.key(Qt.Key.Key_5)  # a number key toggles
    assert ticked() is None and not view.next_button.isEnabled()
    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.QUESTION and page.choices.problem.isVisible()
    assert "至少勾选一项" in page.choices.problem.text()
    keys.key(Qt.Key.Key_Space)  # the focus is on the first: Space ticks it
    assert ticked() == ("mixing",) and not page.choices.problem.isVisible()
    keys.key(Qt.Key.Key_Down)  # arrows move between the boxes
    keys.key(Qt.Key.Key_Space)
    assert ticked() == ("mixing", "control")
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["abuse_forms"] == ("mixing", "control")  # type: ignore[union-attr]


def test_the_history_editor_by_keyboard(window: MainWindow) -> None:
    """Add, refuse, sort, change and remove events with keys alone; Next refuses an event left
    in the form; an empty history is an answer."""
    to_question(window, "partnership", PARTNERSHIP_PARTNER_LEFT[:7])
    view = window.interview
    editor = view.question_page.events_editor
    assert window.case.session.current.id == "history"  # type: ignore[union-attr]
    assert keys.focused() is editor.kind and view.next_button.isEnabled()
    assert editor.empty_note.isVisible()

    # Against whom is required where the question lists parties.
    keys.pick(editor.kind, "demand")
    keys.key(Qt.Key.Key_Tab)
    keys.type_text("2024-03-01")
    keys.key(Qt.Key.Key_Return)
    assert editor.events() == () and "请选择针对谁" in editor.problem.text()
    assert keys.focused() is editor.party
    keys.pick(editor.party, "venture")
    keys.key(Qt.Key.Key_Return)
    assert editor.events() == (Event("demand", date(2024, 3, 1), None, "venture"),)
    assert keys.focused() is editor.kind and not editor.on.text()  # a fresh form

    # An earlier event goes first in the list; a month alone will do.
    keys.pick(editor.kind, "acknowledgement")
    keys.key(Qt.Key.Key_Tab)
    keys.type_text("2023年12月")
    keys.tab_until(editor.party)
    keys.pick(editor.party, "partner")
    keys.key(Qt.Key.Key_Return)
    assert [e.kind for e in editor.events()] == ["acknowledgement", "demand"]
    assert editor.table.item(0, 0).text() == "2023年12月（只知道月份）"

    # An obstacle's end cannot come before it; an open obstacle is "not yet ended".
    keys.pick(editor.kind, "obstacle")
    keys.key(Qt.Key.Key_Tab)
    keys.type_text("2024-05-01")
    keys.tab_until(editor.until.edit)
    keys.type_text("2024-04-01")
    keys.tab_until(editor.party)
    keys.pick(editor.party, "venture")
    keys.key(Qt.Key.Key_Return)
    assert len(editor.events()) == 2 and "不能早于" in editor.problem.text()

    # Next with an event still in the form: refused, nothing lost.
    view.go_next()
    assert view.step is Step.QUESTION and "还没有加入列表" in editor.problem.text()
    keys.tab_until(editor.until.edit)
    keys.replace_text("")
    keys.key(Qt.Key.Key_Return)
    assert editor.events()[-1] == Event("obstacle", date(2024, 5, 1), None, "venture")
    assert editor.table.item(2, 0).text() == "2024年5月1日 （尚未结束）"

    # F2 on a selected event puts it in the form; Enter saves the change, re-sorted.
    keys.tab_until(editor.table)
    keys.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first row
    keys.key(Qt.Key.Key_F2)
    assert keys.focused() is editor.kind and editor.on.text() == "2023-12"
    assert editor.add_button.text() == "应用修改(&A)"
    keys.key(Qt.Key.Key_Tab)
    keys.replace_text("2025-01-15")
    keys.key(Qt.Key.Key_Return)
    assert [e.kind for e in editor.events()] == ["demand", "obstacle", "acknowledgement"]
    assert editor.events()[-1].on == date(2025, 1, 15)

    # Tab goes round the page and is never trapped in the list or the form.
    stops = []
    for _ in range(keys.MAX_TABS):
        keys.key(Qt.Key.Key_Tab)
        stops.append(keys.focused())
        if keys.focused() is editor.kind:
            break
    else:
        raise AssertionError("Tab never came back to the form")
    for widget in (editor.add_button, view.question_page.help, view.next_button, editor.table):
        assert widget in stops

    # Delete removes the selected event; with nothing left in the form, Enter goes on.
    keys.tab_until(editor.table)
    keys.key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row
    keys.key(Qt.Key.Key_Delete)
    assert [e.kind for e in editor.events()] == ["demand", "obstacle"]
    keys.tab_until(editor.kind)
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["history"] == (  # type: ignore[union-attr]
        Event("demand", date(2024, 3, 1), None, "venture"),
        Event("obstacle", date(2024, 5, 1), None, "venture"),
    )


def test_an_empty_history_is_an_answer(window: MainWindow) -> None:
    to_question(window, GUARANTEE, GUARANTEE_EXAMPLE_CREDITOR[:7])
    editor = window.interview.question_page.events_editor
    assert window.case.session.current.id == "history"  # type: ignore[union-attr]
    assert not editor.table.isColumnHidden(2)  # against whom: the question lists parties
    keys.key(Qt.Key.Key_Return)
    assert window.case.session.answers["history"] == ()  # type: ignore[union-attr]
    keys.key(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert window.case.session.current.id == "history" and editor.events() == ()  # type: ignore[union-attr]


def test_the_language_switch_keeps_what_is_entered(window: MainWindow) -> None:
    to_question(window, GUARANTEE, GUARANTEE_EXAMPLE_CREDITOR[:7])
    editor = window.interview.question_page.events_editor
    keys.add_events(
        window,
        History((GUARANTEE_EXAMPLE_CREDITOR[7].events[0],)),  # type: ignore[union-attr]
    )
    keys.key(Qt.Key.Key_Tab)  # from the kind to the date
    keys.type_text("2025-05")
    window.set_language("en")
    keys.settle()
    assert len(editor.events()) == 1 and editor.on.text() == "2025-05"
    assert editor.table.item(0, 1).text() == "acknowledgement (IOU, repayment plan …)"
    assert editor.table.item(0, 2).text() == "guarantor"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_controls_of_the_new_pages_share_a_mnemonic(window: MainWindow, lang: str) -> None:
    from tests.gui.test_wizard import _mnemonics

    window.set_language(lang)  # type: ignore[arg-type]
    window.start_assessment(GUARANTEE)
    pages = [_mnemonics(window)]
    window.interview.go_next()
    for entry in GUARANTEE_EXAMPLE_CREDITOR:
        keys.settle()
        pages.append(_mnemonics(window))
        keys.answer(window, entry)
    for found in pages:
        clashes = {k: v for k, v in found.items() if len(v) > 1}
        assert not clashes, clashes
