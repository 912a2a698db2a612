"""The desktop wizard driven through its real widgets, by keyboard and by mouse."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QRadioButton,
)

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C
from tests.gui import keys
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def tree_button(window: MainWindow, tree_id: str) -> QPushButton:
    button = window.home.findChild(QPushButton, f"tree-{tree_id}")
    assert button is not None, f"no button for tree {tree_id}"
    return button


def type_date(qtbot, window: MainWindow, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a date into the question's field (replacing what it holds) and press Next."""
    field = window.interview.question_page.date_field
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    keys.type_text(text, into=field.edit)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)


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
    """Keys only, from the home page to the result: Tab, typing, Enter."""
    info = window.interview.info_page
    keys.tab_until(tree_button(window, "example_notice"))
    keys.key(Qt.Key.Key_Return)  # Enter on a focused button presses it
    assert window.interview.step is Step.INFO
    assert keys.focused() is info.client
    keys.type_text("Zhang San")
    keys.key(Qt.Key.Key_Tab)
    keys.type_text("Li Si")  # Tab moved to the worker's name
    keys.tab_until(info.case_number)
    keys.type_text("K-1")
    keys.key(Qt.Key.Key_Tab)
    assert keys.focused() is info.consultation_date.edit
    keys.replace_text("2026年11月29日")
    keys.tab_until(info.notes)  # past the calendar button, not trapped in the date
    keys.type_text("Met at the desk.")
    keys.key(Qt.Key.Key_Tab)  # the notes do not swallow Tab either
    keys.tab_until(window.interview.next_button)
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.QUESTION
    keys.answer(window, "2022-01-05", "2022/1/5")
    assert window.case.session.answers["posted_date"].isoformat() == "2022-01-05"  # type: ignore[union-attr]
    keys.answer(window, "yes")  # notice valid
    keys.answer(window, "no")  # acted in time
    assert window.interview.step is Step.REVIEW
    assert keys.focused() is window.interview.next_button
    keys.key(Qt.Key.Key_Return)  # Enter continues from the review page
    assert window.interview.step is Step.RESULT
    html = window.interview.report_html
    assert all(t in html for t in ("Zhang San", "Li Si", "K-1", "Met at the desk.", "2026-11-29"))
    assert "民法典第1195条第2款" in html
    assert "平台对损害的扩大部分承担连带责任" in window.interview.result_page.summary.text()


def test_full_assessment_by_mouse_with_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "example_notice"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    page = window.interview.question_page
    type_date(qtbot, window, "2019-06-01")
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
            type_date(qtbot, window, answer)
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
    assert (
        json.loads(case.read_text(encoding="utf-8"))["assessments"][0]["answers"]["acted_in_time"]
        == "no"
    )
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
    type_date(qtbot, window, _walk_rest[0])
    pages.append(_mnemonics(window))
    answer_by_mouse(qtbot, window, "yes")
    answer_by_mouse(qtbot, window, "no")
    pages.append(_mnemonics(window))
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    pages.append(_mnemonics(window))
    for found in pages:
        clashes = {k: v for k, v in found.items() if len(v) > 1}
        assert not clashes, clashes


def test_full_isp_assessment_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The ISP tree by keys alone, its dates typed in each way people write them."""
    keys.tab_until(tree_button(window, "isp"))
    keys.key(Qt.Key.Key_Return)
    keys.tab_until(window.interview.info_page.case_number)
    keys.type_text("ISP-1")
    keys.key(Qt.Key.Key_Return)  # Enter in a one-line field goes on
    keys.answer_path(window, ISP_C)
    assert window.interview.step is Step.REVIEW
    answers = window.case.session.answers  # type: ignore[union-attr]
    dates = [a.isoformat() for a in answers.values() if hasattr(a, "isoformat")]
    assert dates == [a for a in ISP_C if a[:2] == "20"]  # each date typed as the path says
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.RESULT
    assert window.case.session.outcome.code == "ISP-C"  # type: ignore[union-attr]
    html = window.interview.report_html
    assert "民法典第1195条第2款" in html and "ISP-1" in html
    target = tmp_path / "isp.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert keys.focused() is window.interview.result_page.pdf_button
    keys.key(Qt.Key.Key_Return)
    assert target.read_bytes().startswith(b"%PDF-")


def test_full_isp_assessment_by_mouse_with_change(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(tree_button(window, "isp"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)
    for answer in ISP_C:
        if "-" in answer:
            type_date(qtbot, window, answer)
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
    raw["assessments"][0]["tree"]["version"] = "0.9.0"
    raw["assessments"][0]["answers"]["acted_in_time"] = "withdrawn_choice"
    case.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert window.open_case(case)
    (shown,) = [text for kind, text in no_modal_questions if kind == "information"]
    assert (
        "评估树已更新" in shown
        and "“平台是否及时采取了必要措施？”的回答已不适用" in shown.replace("问题“", "“")
    )


def test_progress_is_told_in_words(window: MainWindow) -> None:
    view = window.interview
    window.start_assessment("example_notice")
    assert view.progress_label.text() == "开始提问前"
    view.go_next()
    assert view.progress_label.text() == "第 1 步，最多还有 2 步"
    assert view.progress.accessibleDescription() == view.progress_label.text()
    assert view.progress_label.buddy() is view.progress
    assert view.progress.height() <= 8  # a thin bar, not an empty box
    keys.type_text("2022-01-05", into=view.question_page.date_field.edit)
    view.go_next()
    view.question_page.choose(1)
    view.go_next()
    assert view.progress_label.text() == "第 3 步，最后一步"
    view.question_page.choose(2)
    view.go_next()
    assert view.progress_label.text() == "已回答 3 个问题"
    window.set_language("en")
    assert view.progress_label.text() == "3 questions answered"
