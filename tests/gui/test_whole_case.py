"""The whole case in the desktop app: triage, the case overview, several assessments in one case
file, its autosave, the combined report, and names and dates offered across assessments."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
)

from scripts.sample_paths import (
    GUARANTOR_RELEASED,
    SHAREHOLDER_VEIL_PIERCED,
    PathEntry,
    engine_answer,
)
from tests.gui import keys
from wizard import autosave
from wizard.casefile import load_whole_case
from wizard.gui.interview import Step
from wizard.gui.main_window import MainWindow
from wizard.triage import Suggestion

pytestmark = pytest.mark.gui

#: A supplier owed by a company whose shareholders mixed its money with theirs, and whose loan
#: a third man guaranteed: triage suggests the shareholder and the guarantor trees.
STORY_NAMES = {
    "company_names": "某贸易公司",
    "shareholder_names": "张三、李四",
    "debtor_names": "某贸易公司",
    "guarantor_names": "王五",
}


def triage_story(window: MainWindow) -> None:
    """Answer the triage page by keyboard: what happened (a company, a guarantee), the client's
    side, and the names."""
    page = window.triage_page
    assert page is not None and window.stack.currentWidget() is page
    happened = {a.question.id: a for a in page.asked}
    for choice in ("company", "guarantee"):
        button = next(
            b
            for b in happened["happened"].choices.buttons()
            if b.objectName() == f"choice-{choice}"
        )
        keys.tab_until(button)
        keys.key(Qt.Key.Key_Space)
        assert button.isChecked()
    claimant = next(
        b for b in happened["role"].choices.buttons() if b.objectName() == "choice-claimant"
    )
    keys.tab_until(claimant)
    keys.key(Qt.Key.Key_Space)
    assert claimant.isChecked()
    for question, names in STORY_NAMES.items():
        line = happened[question].line
        assert line is not None and line.isVisibleTo(page), question
        keys.tab_until(line)
        keys.type_text(names)


def walk_current(window: MainWindow, path: list[PathEntry]) -> None:
    """From where the assessment opens (its first page, or the question it stopped at) to
    its result, by keyboard."""
    view = window.interview
    keys.settle()
    if view.step is Step.INFO:
        assert keys.focused() is view.info_page.client
        keys.key(Qt.Key.Key_Return)
    assert view.step is Step.QUESTION
    keys.answer_path(window, path)
    assert view.step is Step.REVIEW
    keys.key(Qt.Key.Key_Return)
    assert view.step is Step.RESULT


def answer_in_controller(window: MainWindow, assessment_id: str, path: list[PathEntry]) -> None:
    """Give an assessment its answers through the case controller (as the pages do)."""
    window.case.select(assessment_id)
    for entry in path:
        window.case.answer(engine_answer(window.case.session.current, entry))  # type: ignore[union-attr]


def two_assessment_case(window: MainWindow) -> tuple[str, str]:
    """A case of a finished shareholder and a finished guarantor assessment."""
    window.case.start_empty()
    trees = window.catalog.trees
    first = window.case.add_assessment(trees["shareholder"], "某贸易公司的股东", {})
    second = window.case.add_assessment(trees["guarantor"], "王五", {"guarantor": ("王五",)})
    answer_in_controller(window, first.id, SHAREHOLDER_VEIL_PIERCED)
    answer_in_controller(window, second.id, GUARANTOR_RELEASED)
    window.show_overview()
    return first.id, second.id


def rows(window: MainWindow) -> list[str]:
    table = window.overview.table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def test_triage_two_assessments_walked_and_a_combined_pdf(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    keys.tab_until(window.home.triage_button)
    keys.key(Qt.Key.Key_Return)
    triage_story(window)
    page = window.triage_page
    assert [s.tree for s in page.suggestions] == ["shareholder", "guarantor"]  # type: ignore[union-attr]
    why = page.findChild(QLabel, "suggestion-why-guarantor")  # type: ignore[union-attr]
    assert "王五" in why.text() and "某贸易公司" in why.text()
    keys.tab_until(page.create_button)  # type: ignore[union-attr]
    keys.key(Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.overview
    case = window.case.whole
    assert rows(window) == [a.title("zh") for a in case.assessments]  # type: ignore[union-attr]
    assert "某贸易公司" in rows(window)[0] and rows(window)[1].endswith("（王五）")
    assert [a.tree.id for a in case.assessments] == ["shareholder", "guarantor"]  # type: ignore[union-attr]
    assert case.assessments[1].names("guarantor") == ("王五",)  # type: ignore[union-attr]
    # Triage answered the client's side (a creditor in both): each starts at its second page.
    assert window.overview.result_text(case.assessments[0], case) == "进行中：第2题"  # type: ignore[union-attr,arg-type]
    assert [a.session.answers.get("side") for a in case.assessments] == ["creditor", "creditor"]  # type: ignore[union-attr]

    # The first by Enter on its row, walked to its result; back to the overview from there.
    assert keys.focused() is window.overview.table
    keys.key(Qt.Key.Key_Return)
    assert window.case.current is case.assessments[0]  # type: ignore[union-attr]
    walk_current(window, SHAREHOLDER_VEIL_PIERCED[1:])
    assert "SH-A" in window.case.session.result().codes  # type: ignore[union-attr]
    qtbot.mouseClick(window.interview.result_page.overview_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview
    assert window.overview.table.item(0, 1).text() != "尚未开始"
    assert window.overview.table.item(0, 2).text() != "—"

    # The second: Down to its row, Enter. The sample path is the guarantor's own side, so the
    # side triage gave is taken back first (as the worker would change it).
    case.assessments[1].session.back()  # type: ignore[union-attr]
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_Return)
    assert window.case.current is case.assessments[1]  # type: ignore[union-attr]
    walk_current(window, GUARANTOR_RELEASED)
    assert "G-D" in window.case.session.result().codes  # type: ignore[union-attr]

    # The combined report, on screen and as a PDF.
    window.case_report_action.trigger()
    assert window.stack.currentWidget() is window.case_report_page
    shown = window.case_report_page.view.toPlainText()
    assert "评估1" in shown and "评估2" in shown
    target = tmp_path / "合并报告.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(window.case_report_page.pdf_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF-")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        compact = "".join(text.split())
        for number, assessment in enumerate(case.assessments, start=1):  # type: ignore[union-attr]
            heading = f"评估{number}：{assessment.title('zh')}"
            assert "".join(heading.split()) in compact, heading


def test_overview_add_open_and_remove(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.start_assessment("guarantor")
    window.interview.go_next()
    keys.answer_path(window, GUARANTOR_RELEASED)
    window.interview.go_next()
    assert window.interview.step is Step.RESULT
    window.overview_action.trigger()
    assert rows(window) == [window.catalog.trees["guarantor"].title.zh]

    # Add: a tree and whom it is about, in the dialog; it opens at its first page.
    window.add_action.trigger()
    dialog = window.add_dialog
    assert dialog is not None and dialog.isVisible()
    items = [dialog.trees.item(i) for i in range(dialog.trees.count())]
    dialog.trees.setCurrentItem(next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "isp"))
    keys.type_text("某平台", into=dialog.about)
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert window.stack.currentWidget() is window.interview
    assert window.interview.step is Step.INFO
    assert "某平台" in window.interview.title.text()
    assert len(window.case.assessments) == 2 and window.isWindowModified()

    # Cancel in a case of several goes back to the overview, not home.
    qtbot.mouseClick(window.interview.cancel_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview
    assert rows(window)[1].endswith("（某平台）")
    assert window.overview.table.item(1, 1).text() == "尚未开始"

    # Open the first: its result, as it has one.
    window.overview.table.selectRow(0)
    qtbot.mouseClick(window.overview.open_button, Qt.MouseButton.LeftButton)
    assert window.interview.step is Step.RESULT
    assert "G-D" in window.case.session.result().codes  # type: ignore[union-attr]

    # Remove asks first; "No" keeps it, "Yes" removes it.
    window.overview_action.trigger()
    window.overview.table.selectRow(1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.overview.remove_button, Qt.MouseButton.LeftButton)
    assert len(rows(window)) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.overview.remove_button, Qt.MouseButton.LeftButton)
    assert [a.tree.id for a in window.case.assessments] == ["guarantor"]


def test_a_whole_case_is_saved_and_reopened_in_its_overview(
    make_window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    two_assessment_case(window)
    snapshots = [a.session.snapshot() for a in window.case.assessments]
    target = tmp_path / "whole.lwcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    raw = json.loads(target.read_text(encoding="utf-8"))
    assert raw["format_version"] == 3
    assert [a["tree"]["id"] for a in raw["assessments"]] == ["shareholder", "guarantor"]
    assert raw["assessments"][1]["parties"] == {"guarantor": ["王五"]}
    assert not window.isWindowModified()
    window.close()

    second = make_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    second.open_action.trigger()
    assert second.stack.currentWidget() is second.overview
    assert [a.session.snapshot() for a in second.case.assessments] == snapshots
    assert len(rows(second)) == 2 and not second.isWindowModified()
    assert str(target) in second.recent_files()
    assert "whole.lwcase" in second.windowTitle()


def test_a_whole_case_is_autosaved_and_restored(make_window, autosave_dir: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    two_assessment_case(window)
    (entry,) = autosave.pending(autosave_dir)
    assert entry.trees == ("shareholder", "guarantor")
    loaded = load_whole_case(entry.path, window.catalog.trees)
    assert [a.about for a in loaded.case.assessments] == ["某贸易公司的股东", "王五"]
    snapshots = [a.session.snapshot() for a in window.case.assessments]
    window.case._autosave = None  # a crash: the window goes without closing  # type: ignore[attr-defined]
    window.hide()

    second = make_window()
    resume = [
        b for b in second.home.findChildren(QPushButton) if b.isVisible() and "自动保存" in b.text()
    ]
    assert len(resume) == 1
    titles = [second.catalog.trees[t].title.zh for t in ("shareholder", "guarantor")]
    assert all(title in resume[0].text() for title in titles)
    resume[0].click()
    assert second.stack.currentWidget() is second.overview
    assert [a.session.snapshot() for a in second.case.assessments] == snapshots
    assert second.isWindowModified()


def test_a_version_2_case_file_opens_as_before(make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = {
        "format": "liability-wizard-case",
        "format_version": 2,
        "saved_at": "2025-01-01T10:00:00+08:00",
        "case": {
            "client_name": "赵六",
            "consultation_date": "2026-11-29",
            "parties": {"guarantor": ["王五"]},
        },
        "tree": {"id": "example_notice"},
        "answers": {"posted_date": "2022-01-05", "notice_valid": "yes"},
    }
    path = tmp_path / "old.case.json"
    path.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    window = make_window()
    assert window.open_case(path)
    assert window.stack.currentWidget() is window.interview
    assert window.interview.step is Step.QUESTION
    assert window.case.info.client_name == "赵六"
    assert window.case.session.current.id == "acted_in_time"  # type: ignore[union-attr]
    assert len(window.case.assessments) == 1
    # Cancel leaves a case of one assessment for home, as it always has.
    window.interview.cancel_button.click()
    assert window.stack.currentWidget() is window.home


def test_triage_by_keyboard_alone(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """From the home page through triage to the new assessment's first page, keys only."""
    keys.tab_until(window.home.triage_button)
    keys.key(Qt.Key.Key_Return)
    page = window.triage_page
    assert page is not None
    assert not page.create_button.isEnabled()  # nothing suggested yet
    triage_story(window)
    boxes = page.suggestion_boxes
    assert len(boxes) == 2 and all(b.isChecked() for b in boxes)
    keys.tab_until(boxes[0])
    keys.key(Qt.Key.Key_Space)  # the shareholders are not wanted after all
    assert [s.tree for s in page.chosen()] == ["guarantor"]
    keys.tab_until(page.create_button)
    keys.key(Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.overview
    assert [a.tree.id for a in window.case.assessments] == ["guarantor"]
    assert keys.focused() is window.overview.table
    keys.key(Qt.Key.Key_Return)
    assert window.interview.step is Step.INFO
    assert window.interview.info_page.party_fields, "the guarantor tree names its parties"
    names = {p.id: line.text() for p, _label, line in window.interview.info_page.party_fields}
    assert names["guarantor"] == "王五"


def test_triage_suggestions_follow_the_answers(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.triage_action.trigger()
    page = window.triage_page
    assert page is not None
    boxes = {a.question.id: a.box for a in page.asked}
    assert not boxes["company_names"].isVisible()
    happened = next(a for a in page.asked if a.question.id == "happened")
    company = next(b for b in happened.choices.buttons() if b.objectName() == "choice-company")  # type: ignore[union-attr]
    company.click()
    assert boxes["company_names"].isVisible()
    assert [s.tree for s in page.suggestions] == ["shareholder"]
    company.click()
    assert not boxes["company_names"].isVisible() and page.suggestions == ()
    assert not page.create_button.isEnabled()
    page.cancel_button.click()
    assert window.stack.currentWidget() is window.home


def test_names_and_dates_of_the_case_are_offered(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.case.start_empty()
    trees = window.catalog.trees
    first = window.case.add_assessment(trees["guarantor"], "王五", {"guarantor": ("王五", "赵六")})
    answer_in_controller(window, first.id, GUARANTOR_RELEASED)
    window.show_overview()
    window.add_assessment(trees["guarantor"], "孙七")

    # Names: the other assessment's, completed in a party's line.
    info = window.interview.info_page
    line = next(line for p, _label, line in info.party_fields if p.id == "guarantor")
    completer = line.completer()
    assert completer is not None and set(completer.names()) >= {"王五", "赵六"}  # type: ignore[attr-defined]
    keys.tab_until(line)
    keys.type_text("孙七、赵")
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    # Keys reach the open popup first, as Qt delivers them to the active popup.
    assert [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())] == ["赵六"]
    keys.QTest.keyClick(popup, Qt.Key.Key_Down)
    keys.QTest.keyClick(popup, Qt.Key.Key_Return)
    assert line.text() == "孙七、赵六"

    # Dates: the other assessment's, offered beside a date question.
    window.interview.go_next()
    keys.answer(window, "creditor")
    field = window.interview.question_page.date_field
    assert field.known_button.isVisible()
    offered = [o.value.isoformat() for o in field.offered_dates()]
    assert "2022-03-01" in offered and "2024-08-31" in offered
    menu = field.known_menu
    assert any("2022" in a.text() and "王五" in a.text() for a in menu.actions())

    def choose() -> None:
        shown = QApplication.activePopupWidget()
        assert isinstance(shown, QMenu)
        for _ in range(offered.index("2024-08-31") + 1):
            keys.QTest.keyClick(shown, Qt.Key.Key_Down)
        keys.QTest.keyClick(shown, Qt.Key.Key_Return)

    keys.tab_until(field.known_button)
    QTimer.singleShot(200, choose)
    keys.key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: field.text() == "2024-08-31")
    assert field.value().isoformat() == "2024-08-31"  # type: ignore[union-attr]
    assert field.edit.isEnabled()  # still the worker's to change


def test_no_known_dates_in_a_case_of_one(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.start_assessment("guarantor")
    window.interview.go_next()
    keys.answer(window, "creditor")
    assert not window.interview.question_page.date_field.known_button.isVisible()


def test_create_suggested_without_a_case_starts_one(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    suggestion = Suggestion("isp", "isp", window.catalog.trees["isp"].title, "", ())
    window.create_suggested([suggestion])
    assert window.case.is_open and [a.tree.id for a in window.case.assessments] == ["isp"]
    assert window.stack.currentWidget() is window.overview


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_controls_of_the_case_pages_share_a_mnemonic(window: MainWindow, lang: str) -> None:
    from tests.gui.test_wizard import _mnemonics

    window.set_language(lang)  # type: ignore[arg-type]
    pages = [_mnemonics(window)]  # home, with the triage button
    window.show_triage()
    pages.append(_mnemonics(window))
    two_assessment_case(window)
    pages.append(_mnemonics(window))
    window.show_case_report()
    pages.append(_mnemonics(window))
    for found in pages:
        clashes = {k: v for k, v in found.items() if len(v) > 1}
        assert not clashes, clashes
