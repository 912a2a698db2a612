"""Test-only entry point: the desktop app as ``python -m wizard`` starts it, driven by keyboard
through one whole assessment, then quit, so that the interpreter's shutdown can be checked.

    python -m tests.gui.exit_driver OUT_FOLDER [zh|en]

Starts the app through ``wizard.cli.main([])`` (the real start-up), then, inside its event
loop: Tab to the ISP tree, Enter; type the case number; answer the sample path (dates typed
as text); Enter on the review; Enter on "Save as PDF" and type the file name into the file
dialog; Ctrl+Q and "Discard" in the unsaved-case question. Prints what it saw on stdout (the
standard buttons' texts, the report file) and leaves the exit status to the app.
tests/gui/test_clean_exit.py runs it ten times.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED
from tests.gui import keys
from wizard.cli import main
from wizard.gui.app import APPLICATION, ORGANISATION
from wizard.gui.main_window import MainWindow

POLL_MS = 10


def say(line: str) -> None:
    """What the driver saw, for the test to check (stdout; stderr must stay clean)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def when_modal(kind: type, action: Callable[[object], None]) -> None:
    """Run ``action`` on the next modal dialog of ``kind`` once it is on screen."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            try:
                # A window manager would give the new dialog the keyboard; bare X does not.
                dialog.activateWindow()
                assert QTest.qWaitForWindowActive(dialog), "the dialog never got the keyboard"
                action(dialog)
            except Exception:
                traceback.print_exc()
                QApplication.exit(3)
        else:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(POLL_MS, poll)


def save_pdf_in_dialog(out: Path) -> Callable[[object], None]:
    def act(dialog: object) -> None:
        assert isinstance(dialog, QFileDialog)
        keys.settle()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and keys.focused() is name, "the file name field has the focus"
        say(f"suggested file name: {name.text()}")
        keys.replace_text(str(out / "report.pdf"))
        keys.key(Qt.Key.Key_Return)

    return act


def discard_in_question(dialog: object) -> None:
    assert isinstance(dialog, QMessageBox)
    say("buttons: " + " | ".join(b.text() for b in dialog.buttons()))
    discard = dialog.button(QMessageBox.StandardButton.Discard)
    assert isinstance(discard, QPushButton)
    discard.setFocus()
    QTest.keyClick(discard, Qt.Key.Key_Space)


def assess(out: Path) -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    assert QTest.qWaitForWindowExposed(window), "the window was never shown"
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window), "the window never got the keyboard"
    keys.settle()
    keys.tab_until(window.home.findChild(QPushButton, "tree-isp"))
    keys.key(Qt.Key.Key_Return)
    keys.tab_until(window.interview.info_page.case_number)
    keys.type_text("EXIT-1")
    keys.key(Qt.Key.Key_Return)
    keys.answer_path(window, ISP_NOTICE_NOT_ACTED)
    keys.key(Qt.Key.Key_Return)  # the review: show the result
    assert window.case.session.outcome.code == "ISP-C"  # type: ignore[union-attr]
    when_modal(QFileDialog, save_pdf_in_dialog(out))
    assert keys.focused() is window.interview.result_page.pdf_button
    keys.key(Qt.Key.Key_Return)  # blocks until the file dialog is done
    report = out / "report.pdf"
    assert report.read_bytes().startswith(b"%PDF-"), "the report was not saved"
    say(f"report: {report}")
    # Without a window manager (offscreen, bare Xvfb) nothing gives the window back the focus.
    window.activateWindow()
    keys.settle()
    when_modal(QMessageBox, discard_in_question)
    keys.key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # quit


def start(out: Path) -> None:
    try:
        assess(out)
    except Exception:
        traceback.print_exc()
        QApplication.exit(3)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    app = QApplication(sys.argv[:1])  # the app's run() takes this instance
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    QSettings().setValue("language", sys.argv[2] if len(sys.argv) > 2 else "zh")
    QTimer.singleShot(0, lambda: start(out))
    raise SystemExit(main([]))
