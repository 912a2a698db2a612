"""The desktop wizard driven through its real widgets, by keyboard and by mouse."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
)

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def tree_button(window: MainWindow, tree_id: str) -> QPushButton:
    button = window.home.findChild(QPushButton, f"tree-{tree_id}")
    assert button is not None, f"no button for tree {tree_id}"
    return button


def press_enter(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Enter on whatever has the keyboard focus."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def answer_by_keyboard(qtbot, window: MainWindow, answer: str) -> None:  # type: ignore[no-untyped-def]
    page = window.interview.question_page
    qtbot.wait(1)  # let the page's deferred focus land
    if len(answer) == 8:  # a date typed as digits: YYYYMMDD
        page.date_edit.setFocus()
        page.date_edit.setSelectedSection(page.date_edit.Section.YearSection)
        qtbot.keyClicks(page.date_edit, answer)
        qtbot.keyClick(page.date_edit, Qt.Key.Key_Return)
    else:
        qtbot.keyClick(page, Qt.Key.Key_0 + int(answer))
        qtbot.keyClick(page.group.checkedButton(), Qt.Key.Key_Return)


def answer_by_mouse(qtbot, window: MainWindow, answer: str) -> None:  # type: ignore[no-untyped-def]
    page = window.interview.question_page
    button = page.findChild(QRadioButton, f"choice-{answer}")
    assert button is not None
    qtbot.wait(5)  # let the new page lay out, as it has when a user clicks
    # On its label: a radio button's clickable area is its indicator and text.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)


def test_home_lists_trees_and_reports_a_broken_one(make_window, trees_dir: Path) -> None:  # type: ignore[no-untyped-def]
    (trees_dir / "broken.json").write_text('{"id": "broken",', encoding="utf-8")
    window = make_window()
    assert tree_button(window, "example_notice").isEnabled()
    labels = [w.text() for w in window.home.findChildren(QLabel, "unavailable-tree")]
    assert len(labels) == 1
    assert "broken.json" in labels[0] and "malformed JSON" in labels[0]


def test_full_assessment_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    button = tree_button(window, "example_notice")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert window.interview.step is Step.INFO
    qtbot.keyClicks(window.interview.info_page.client, "Zhang San")
    qtbot.keyClick(window.interview.info_page.client, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Li Si")  # Tab moved to the worker's name
    window.interview.info_page.case_number.setFocus()
    qtbot.keyClicks(window.interview.info_page.case_number, "K-1")
    press_enter(qtbot)
    assert window.interview.step is Step.QUESTION
    answer_by_keyboard(qtbot, window, "20220105")
    assert window.case.session.answers["posted_date"].isoformat() == "2022-01-05"  # type: ignore[union-attr]
    answer_by_keyboard(qtbot, window, "1")  # notice valid: yes
    answer_by_keyboard(qtbot, window, "2")  # acted in time: no
    assert window.interview.step is Step.REVIEW
    assert QApplication.focusWidget() is window.interview.next_button
    qtbot.keyClick(window.interview.next_button, Qt.Key.Key_Space)
    assert window.interview.step is Step.RESULT
    html = window.interview.report_html
    assert (
        "Zhang San" in html and "Li Si" in html and "K-1" in html and "民法典第1195条第2款" in html
    )
    assert "平台对损害的扩大部分承担连带责任" in window.interview.result_page.summary.text()


def test_full_assessment_by_mouse_with_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "example_notice"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    page = window.interview.question_page
    page.date_edit.setDate(page.date_edit.date().fromString("2019-06-01", Qt.DateFormat.ISODate))
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    answer_by_mouse(qtbot, window, "yes")
    qtbot.mouseClick(window.interview.back_button, Qt.MouseButton.LeftButton)
    # Back shows the previous question with its answer kept.
    assert page.findChild(QRadioButton, "choice-yes").isChecked()
    answer_by_mouse(qtbot, window, "yes")
    answer_by_mouse(qtbot, window, "no")
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    assert "侵权责任法第36条第2款" in window.interview.report_html


def _walk_to_review(qtbot, window: MainWindow, answers: list[str]) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "example_notice"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    for answer in answers:
        if "-" in answer:
            page = window.interview.question_page
            page.date_edit.setDate(page.date_edit.date().fromString(answer, Qt.DateFormat.ISODate))
            qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
        else:
            answer_by_mouse(qtbot, window, answer)


def test_review_change_reflows_the_path(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    assert window.interview.step is Step.REVIEW
    assert window.interview.review_page.table.rowCount() == 3
    change = window.interview.review_page.findChild(QPushButton, "change-notice_valid")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    assert window.interview.step is Step.QUESTION
    answer_by_mouse(qtbot, window, "no")
    assert window.interview.step is Step.REVIEW
    assert window.interview.review_page.table.rowCount() == 2
    # Changing back replays the remembered later answer straight to the review.
    change = window.interview.review_page.findChild(QPushButton, "change-notice_valid")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    answer_by_mouse(qtbot, window, "yes")
    assert window.interview.step is Step.REVIEW
    assert window.case.session.outcome.code == "EX-A"  # type: ignore[union-attr]


def test_save_report_as_pdf_and_html(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    for kind, button in (
        ("pdf", window.interview.result_page.pdf_button),
        ("html", window.interview.result_page.html_button),
    ):
        target = tmp_path / f"report.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert target.exists(), kind
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert "民法典第1195条第2款" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_save_and_reopen_case_file(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    case = tmp_path / "k1.case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case), ""))
    window.save_action.trigger()
    assert json.loads(case.read_text(encoding="utf-8"))["answers"]["acted_in_time"] == "no"
    assert not window.isWindowModified() and "k1.case.json" in window.windowTitle()
    snapshot = window.case.session.snapshot()  # type: ignore[union-attr]
    window.close()

    second = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(case), ""))
    second.open_action.trigger()
    assert second.case.session.snapshot() == snapshot  # type: ignore[union-attr]
    assert second.interview.step is Step.REVIEW
    assert str(case) in second.recent_files()


def test_restore_after_a_crash(qtbot, make_window, autosave_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    files = list(autosave_dir.glob("*.autosave.json"))
    assert len(files) == 1
    snapshot = window.case.session.snapshot()  # type: ignore[union-attr]
    # A crash: the window is gone without closing; the autosave stays.
    window.case._autosave = None  # type: ignore[attr-defined]
    window.hide()

    second = make_window()
    resume = [
        b
        for b in second.home.findChildren(QPushButton)
        if b.isVisible() and ("autosave" in b.text().lower() or "自动保存" in b.text())
    ]
    assert resume, "no resume button on the home page"
    qtbot.mouseClick(resume[0], Qt.MouseButton.LeftButton)
    assert second.case.session.snapshot() == snapshot  # type: ignore[union-attr]
    assert second.isWindowModified()
    assert second.interview.step is Step.QUESTION


def test_close_with_unsaved_work_asks(qtbot, window: MainWindow, no_modal_questions) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05"])
    assert window.isWindowModified()
    window.close()
    assert any(kind == "question" for kind, _ in no_modal_questions)


def test_language_switch_changes_visible_labels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "example_notice"), Qt.MouseButton.LeftButton)
    assert window.interview.next_button.text() == "下一步(&N) >"
    window.language_actions["en"].trigger()
    assert window.interview.next_button.text() == "&Next >"
    assert window.file_menu.title() == "&File"
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    assert (
        window.interview.question_page.question.text() == "When was the infringing content posted?"
    )
    window.language_actions["zh"].trigger()
    assert window.interview.question_page.question.text() == "侵权内容何时发布？"
    assert window.settings.value("language") == "zh"


def test_choices_are_reached_by_tab_then_arrows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05"])
    page = window.interview.question_page
    qtbot.wait(5)
    first = page.group.button(0)
    assert first.hasFocus() or first.focusPolicy() & Qt.FocusPolicy.TabFocus
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.group.button(1).hasFocus()
    qtbot.keyClick(page.group.button(1), Qt.Key.Key_Space)
    assert page.group.button(1).isChecked()
    assert window.interview.next_button.isEnabled()


def test_every_control_is_reachable_by_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    for widget in window.findChildren(QPushButton):
        if widget.isVisible():
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.text()
            assert widget.text() or widget.accessibleName(), widget.objectName()


def _mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Alt+letter shortcuts of every visible button and label buddy, and the menu titles."""
    found: dict[str, list[str]] = {}
    widgets = window.findChildren(QPushButton) + window.findChildren(QRadioButton)
    labels = [w for w in window.findChildren(QLabel) if w.buddy() is not None]
    for widget in [*widgets, *labels]:
        if not widget.isVisible():
            continue
        match = re.search(r"&(\w)", widget.text())
        if match:
            found.setdefault(match.group(1).lower(), []).append(widget.text())
    for action in window.menuBar().actions():
        match = re.search(r"&(\w)", action.text())
        if match:
            found.setdefault(match.group(1).lower(), []).append(action.text())
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_visible_controls_share_a_mnemonic(qtbot, window: MainWindow, lang: str) -> None:  # type: ignore[no-untyped-def]
    window.set_language(lang)  # type: ignore[arg-type]
    pages = []
    qtbot.mouseClick(tree_button(window, "example_notice"), Qt.MouseButton.LeftButton)
    pages.append(_mnemonics(window))
    _walk_rest = ["2022-01-05", "yes", "no"]
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    pages.append(_mnemonics(window))
    page = window.interview.question_page
    page.date_edit.setDate(page.date_edit.date().fromString(_walk_rest[0], Qt.DateFormat.ISODate))
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    pages.append(_mnemonics(window))
    answer_by_mouse(qtbot, window, "yes")
    answer_by_mouse(qtbot, window, "no")
    pages.append(_mnemonics(window))
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    pages.append(_mnemonics(window))
    for found in pages:
        clashes = {k: v for k, v in found.items() if len(v) > 1}
        assert not clashes, clashes


def _isp_by_keyboard(qtbot, window: MainWindow, answers: list[str]) -> None:  # type: ignore[no-untyped-def]
    for answer in answers:
        node = window.case.session.current  # type: ignore[union-attr]
        if "-" in answer:
            answer_by_keyboard(qtbot, window, answer.replace("-", ""))
        else:
            index = [c.id for c in node.choices].index(answer)  # type: ignore[union-attr]
            answer_by_keyboard(qtbot, window, str(index + 1))


def test_full_isp_assessment_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    button = tree_button(window, "isp")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.keyClicks(window.interview.info_page.case_number, "ISP-1")
    qtbot.keyClick(window.interview.info_page.case_number, Qt.Key.Key_Return)
    _isp_by_keyboard(qtbot, window, ISP_C)
    assert window.interview.step is Step.REVIEW
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert window.interview.step is Step.RESULT
    assert window.case.session.outcome.code == "ISP-C"  # type: ignore[union-attr]
    html = window.interview.report_html
    assert "民法典第1195条第2款" in html and "ISP-1" in html
    target = tmp_path / "isp.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.interview.result_page.pdf_button.setFocus()
    qtbot.keyClick(window.interview.result_page.pdf_button, Qt.Key.Key_Space)
    assert target.read_bytes().startswith(b"%PDF-")


def test_full_isp_assessment_by_mouse_with_change(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "isp"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    page = window.interview.question_page
    for answer in ISP_C:
        if "-" in answer:
            page.date_edit.setDate(page.date_edit.date().fromString(answer, Qt.DateFormat.ISODate))
            qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
        else:
            answer_by_mouse(qtbot, window, answer)
    assert window.interview.step is Step.REVIEW
    # The client remembers the platform did act in time: change that answer.
    change = window.interview.review_page.findChild(QPushButton, "change-measures_timely")
    qtbot.mouseClick(change, Qt.MouseButton.LeftButton)
    answer_by_mouse(qtbot, window, "yes")
    assert window.interview.step is Step.REVIEW
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    assert window.case.session.outcome.code == "ISP-A"  # type: ignore[union-attr]
    assert window.case.session.outcome.code == "ISP-A"  # type: ignore[union-attr]


def test_failed_save_keeps_the_work(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_modal_questions, autosave_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    import errno

    from wizard import atomicio

    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    snapshot = window.case.session.snapshot()  # type: ignore[union-attr]
    target = tmp_path / "full-disk.case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomicio.os, "fsync", no_space)
    assert window.save_as() is False
    assert any(
        kind == "critical" and "No space left on device" in text
        for kind, text in no_modal_questions
    )
    assert not target.exists()
    assert window.case.session.snapshot() == snapshot  # type: ignore[union-attr]
    assert window.isWindowModified()
    assert list(autosave_dir.glob("*.autosave.json"))  # the autosave is still there


def test_a_click_on_a_choice_text_chooses_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from wizard.gui.pages import ChoiceRow

    _walk_to_review(qtbot, window, ["2022-01-05"])
    qtbot.wait(5)
    rows = window.interview.question_page.findChildren(ChoiceRow)
    qtbot.mouseClick(rows[1].label, Qt.MouseButton.LeftButton)
    assert rows[1].button.isChecked() and window.interview.next_button.isEnabled()


def test_a_tree_not_reviewed_for_a_year_is_marked_review_due(make_window, trees_dir: Path) -> None:  # type: ignore[no-untyped-def]
    example = trees_dir / "example-tree.json"
    raw = json.loads(example.read_text(encoding="utf-8"))
    raw["last_legal_review"] = "2024-01-15"
    example.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    window = make_window()

    def details(tree_id: str) -> str:
        return window.home.findChild(QLabel, f"tree-details-{tree_id}").text()

    assert "需要复核" in details("example_notice")
    assert "需要复核" not in details("isp")


def test_about_names_app_tree_and_law_versions(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTextBrowser

    from wizard.gui.about import AboutDialog

    dialog = AboutDialog(window.catalog, window.library, "zh", window)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    for tree in window.catalog.trees.values():
        assert tree.version in text and tree.last_legal_review.isoformat() in text
    assert "中华人民共和国民法典" in text and "不构成法律意见" in text


def test_changes_found_on_opening_a_case_are_told_in_the_ui_language(
    qtbot, make_window, tmp_path: Path, monkeypatch, no_modal_questions
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    case = tmp_path / "old.case.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(case), ""))
    window.save_action.trigger()
    raw = json.loads(case.read_text(encoding="utf-8"))
    raw["tree"]["version"] = "0.9.0"
    raw["answers"]["acted_in_time"] = "withdrawn_choice"
    case.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert window.open_case(case)
    (shown,) = [text for kind, text in no_modal_questions if kind == "information"]
    assert (
        "评估树已更新" in shown
        and "“平台是否及时采取了必要措施？”的回答已不适用" in shown.replace("问题“", "“")
    )
