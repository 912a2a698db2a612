"""The desktop app where Windows and macOS differ: locked files, case files handed over by the
system (command line, Finder), the .lwcase extension, printing, folders with Chinese names."""

from __future__ import annotations

import errno
import os
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.test_wizard import _walk_to_review
from wizard import atomicio
from wizard.casefile import CaseInfo
from wizard.gui.main_window import MainWindow

pytestmark = pytest.mark.gui
REAL_REPLACE = os.replace


# Every window here keeps its settings and autosaves under a user folder with a Chinese name
# and a space, as on a Windows machine whose user is 张三 (these override tests/gui/conftest.py).
@pytest.fixture
def settings(tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    path = tmp_path / "张三 的文档" / "设置" / "settings.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


@pytest.fixture
def autosave_dir(tmp_path: Path) -> Path:
    return tmp_path / "张三 的文档" / "AppData" / "Local" / "LegalAid" / "autosave"


def test_autosaves_live_in_the_user_s_own_app_data_folder(qapp) -> None:  # type: ignore[no-untyped-def]
    """Windows %LOCALAPPDATA%, macOS ~/Library/Application Support, Linux ~/.local/share."""
    from PySide6.QtCore import QCoreApplication

    from wizard.gui.app import APPLICATION, ORGANISATION, autosave_folder

    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    try:
        folder = autosave_folder()
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert folder.parts[-3:] == (ORGANISATION, APPLICATION, "autosave")
    if "XDG_DATA_HOME" not in os.environ:
        assert folder.is_relative_to(Path.home()), folder
    if sys.platform == "win32":
        assert folder.parent == Path(os.environ["LOCALAPPDATA"], ORGANISATION, APPLICATION)
    elif sys.platform == "darwin":
        assert folder.parent.parent.parent == Path.home() / "Library" / "Application Support"


def test_a_case_in_a_chinese_folder_is_autosaved_saved_and_reopened(
    qtbot, make_window, autosave_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    assert len(list(autosave_dir.glob("*.autosave.json"))) == 1
    target = tmp_path / "张三 的文档" / "案件 一.lwcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as() and not list(autosave_dir.glob("*.autosave.json"))
    window.close()
    second = make_window()
    assert second.recent_files() == [str(target)]
    assert second.open_case(target) and second.case.file == target


def _always_locked(source: object, target: object) -> None:
    raise PermissionError(errno.EACCES, "The process cannot access the file")


def test_saving_over_a_case_file_open_in_word_keeps_the_work(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_modal_questions, autosave_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    target = tmp_path / "k1.lwcase"
    target.write_text("{}", encoding="utf-8")  # the version Word has open
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomicio.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(atomicio.os, "replace", _always_locked)
    assert window.save_as() is False
    window.set_language("en")
    assert window.save_as() is False
    zh, en = [text for kind, text in no_modal_questions if kind == "critical"]
    assert f"{target} 正被其他程序打开（如 Word、WPS" in zh and "仍保留在窗口中和自动保存" in zh
    assert f"{target} is open in another program" in en and "kept in the window" in en
    assert target.read_text(encoding="utf-8") == "{}"
    assert window.isWindowModified() and window.case.file is None
    assert list(autosave_dir.glob("*.autosave.json"))
    monkeypatch.setattr(atomicio.os, "replace", REAL_REPLACE)  # Word closed: saving works again
    assert window.save_as() is True and '"answers"' in target.read_text(encoding="utf-8")


def test_exporting_over_a_report_open_in_another_program_says_so(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch, no_modal_questions
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    window.interview.next_button.click()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomicio.time, "sleep", lambda seconds: None)
    monkeypatch.setattr(atomicio.os, "replace", _always_locked)
    for kind in ("html", "pdf"):
        target = tmp_path / f"报告.{kind}"
        target.write_bytes(b"old")
        assert window.write_report(target, kind) is False
        assert target.read_bytes() == b"old"
    messages = [text for kind, text in no_modal_questions if kind == "critical"]
    assert [m.split(": ", 1)[1] for m in messages] == [
        f"{tmp_path / '报告.html'} 正被其他程序打开（如 Word、WPS、预览窗格或杀毒软件），"
        "或是只读文件，因此没有被替换。请在那个程序里关闭它，然后再保存。",
        f"{tmp_path / '报告.pdf'} 正被其他程序打开（如 Word、WPS、预览窗格或杀毒软件），"
        "或是只读文件，因此没有被替换。请在那个程序里关闭它，然后再保存。",
    ]


# --- case files handed over by the system ----------------------------------------------------


def _saved_case(tmp_path: Path, name: str) -> Path:
    from tests.helpers import walk
    from wizard.casefile import save_case

    folder = tmp_path / "张三 的文档"
    folder.mkdir(exist_ok=True)
    path = folder / name
    save_case(path, CaseInfo(case_number="K-1"), walk("example_notice", ["2022-01-05", "yes"]))
    return path


@pytest.fixture
def started_windows(monkeypatch, settings, autosave_dir: Path, trees_dir: Path, qtbot):  # type: ignore[no-untyped-def]
    """``wizard.gui.app.run`` as it starts for real, with this test's settings and trees, up
    to the event loop (the test's own loop runs instead); its windows are left here."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from wizard.gui import app

    windows: list[MainWindow] = []
    real = app.create_window

    def create(application, *args, **kwargs):  # type: ignore[no-untyped-def]
        window = real(application, settings, autosave_dir, [trees_dir])
        qtbot.addWidget(window)
        # run() takes its window down when the event loop ends; the test looks at it after.
        window.deleteLater = lambda: None  # type: ignore[method-assign]
        windows.append(window)
        return window

    monkeypatch.setattr(app, "create_window", create)
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    yield windows
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.mark.parametrize("name", ["案件 1.lwcase", "案件 1.case.json"])
def test_a_case_file_given_on_the_command_line_opens(
    started_windows: list[MainWindow], tmp_path: Path, name: str
) -> None:
    """``liability-wizard "…\\张三 的文档\\案件 1.lwcase"``, as a Windows file association runs."""
    from wizard.cli import main

    case = _saved_case(tmp_path, name)
    assert main([str(case)]) == 0
    (window,) = started_windows
    assert window.case.file == case and window.case.info.case_number == "K-1"
    assert window.stack.currentWidget() is window.interview
    assert name in window.windowTitle() and window.recent_files() == [str(case)]


def test_a_missing_case_file_on_the_command_line_is_told(
    started_windows: list[MainWindow], tmp_path: Path, no_modal_questions
) -> None:  # type: ignore[no-untyped-def]
    from wizard.cli import main

    assert main([str(tmp_path / "gone.lwcase")]) == 0
    (window,) = started_windows
    assert window.case.session is None and window.stack.currentWidget() is window.home
    ((kind, text),) = no_modal_questions
    assert kind == "critical" and "gone.lwcase: cannot read" in text


def test_finder_open_requests_before_and_after_the_window_exists(
    qtbot, qapp, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """macOS sends a double-clicked case file as an event, not on the command line."""
    from PySide6.QtGui import QFileOpenEvent

    from wizard.gui.app import FileOpenRequests

    first, second = _saved_case(tmp_path, "一.lwcase"), _saved_case(tmp_path, "二.lwcase")
    requests = FileOpenRequests(window)
    qapp.installEventFilter(requests)
    try:
        qapp.sendEvent(qapp, QFileOpenEvent(str(first)))  # at launch, before the window
        assert requests.pending == [first] and window.case.session is None
        requests.deliver_to(window)
        assert window.case.file == first and requests.pending == []
        qapp.sendEvent(qapp, QFileOpenEvent(str(second)))  # while the app runs
        qtbot.waitUntil(lambda: window.case.file == second)
    finally:
        qapp.removeEventFilter(requests)


def test_save_offers_lwcase_first_and_json_too(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _walk_to_review(qtbot, window, ["2022-01-05", "yes"])
    window.case.set_info(CaseInfo(case_number="2026/法援:12"))
    asked: list[tuple[str, str, str]] = []
    folder = tmp_path / "张三 的文档" / "案件"
    folder.mkdir(parents=True)

    def dialog(parent, caption, suggested, filters, chosen):  # type: ignore[no-untyped-def]
        asked.append((suggested, filters, chosen))
        name = "无扩展名" if len(asked) == 1 else "也无扩展名"
        return str(folder / name), filters.split(";;")[len(asked) - 1]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert window.save_as() and window.save_as()
    suggested, filters, chosen = asked[0]
    assert Path(suggested).name == f"2026-法援-12_{date.today().isoformat()}.lwcase"
    lwcase, json_files = filters.split(";;")
    assert lwcase.endswith("(*.lwcase)") and json_files.endswith("(*.case.json *.json)")
    assert chosen == lwcase
    assert sorted(p.name for p in folder.iterdir()) == ["也无扩展名.case.json", "无扩展名.lwcase"]


# --- printing: the system's dialog, A4 kept, the report's font ----------------------------------


def _result_page(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A case long enough to take several pages, on the result page."""
    _walk_to_review(qtbot, window, ["2022-01-05", "yes", "no"])
    qtbot.mouseClick(window.interview.next_button, Qt.MouseButton.LeftButton)


def _pdf_pages(path: Path) -> tuple[list[tuple[float, float]], list[str], set[str]]:
    """Page sizes in mm, page texts and the embedded fonts of a PDF."""
    import pypdf

    reader = pypdf.PdfReader(str(path))
    sizes = [
        (round(float(p.mediabox.width) / 72 * 25.4), round(float(p.mediabox.height) / 72 * 25.4))
        for p in reader.pages
    ]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    fonts.add(str(font["/BaseFont"]).lstrip("/").split("+")[-1])
    return sizes, ["".join(p.extract_text().split()) for p in reader.pages], fonts


def test_printing_keeps_a4_the_chosen_pages_and_the_report_font(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The print dialog simulated as a driver that preselects Letter, with pages 2-3 chosen;
    the "printer" writes PDF, as macOS printing and "Save as PDF" printers do."""
    from PySide6.QtGui import QPageRanges, QPageSize
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from wizard.pdf import FAMILY

    _result_page(qtbot, window)
    out = tmp_path / "打印 输出.pdf"
    seen: dict[str, object] = {}

    def dialog_accepted(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        seen.update(low=dialog.minPage(), high=dialog.maxPage(), title=printer.docName())
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the driver's default
        ranges = QPageRanges()
        ranges.addRange(2, 3)
        printer.setPageRanges(ranges)
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", dialog_accepted)
    qtbot.mouseClick(window.interview.result_page.print_button, Qt.MouseButton.LeftButton)
    sizes, texts, fonts = _pdf_pages(out)
    total = seen["high"]
    assert seen["low"] == 1 and total >= 3 and seen["title"]
    assert sizes == [(210, 297), (210, 297)]  # A4, not Letter (216 × 279)
    assert f"第2页/共{total}页" in texts[0] and f"第3页/共{total}页" in texts[1]
    assert fonts and all(name.startswith(FAMILY.replace(" ", "")) for name in fonts), fonts


def test_a_cancelled_print_dialog_prints_nothing(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    from wizard.gui import printing

    _result_page(qtbot, window)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 0)
    monkeypatch.setattr(printing, "paint_pages", lambda *a, **k: pytest.fail("printed"))
    assert printing.print_report(window.interview.report, window) is False


def test_printing_from_the_preview_keeps_a4(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    _result_page(qtbot, window)
    out = tmp_path / "preview.pdf"

    def print_from_preview(preview: QPrintPreviewDialog) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        preview.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", print_from_preview)
    qtbot.mouseClick(window.interview.result_page.preview_button, Qt.MouseButton.LeftButton)
    sizes, texts, _ = _pdf_pages(out)
    assert set(sizes) == {(210, 297)} and f"第1页/共{len(sizes)}页" in texts[0]


class _Printer:
    """What keep_report_layout asks of a QPrinter, for printers this machine does not have."""

    def __init__(self, native: bool, takes_a4: bool = True) -> None:
        from PySide6.QtPrintSupport import QPrinter

        self.format = (
            QPrinter.OutputFormat.NativeFormat if native else QPrinter.OutputFormat.PdfFormat
        )
        self.takes_a4 = takes_a4
        self.embedding: list[bool] = []

    def setPageLayout(self, layout) -> bool:  # type: ignore[no-untyped-def]
        return self.takes_a4

    def outputFormat(self):  # type: ignore[no-untyped-def]
        return self.format

    def setFontEmbeddingEnabled(self, enabled: bool) -> None:
        self.embedding.append(enabled)

    def printerName(self) -> str:
        return "Label printer"

    def pageLayout(self):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QPageLayout, QPageSize

        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6),
            QPageLayout.Orientation.Portrait,
            QMarginsF(),
        )


@pytest.mark.parametrize(
    ("platform", "native", "embedded"),
    [
        ("win32", True, False),  # a Windows driver: outlines, nothing it could substitute
        ("win32", False, True),  # "print to file" as PDF: the font embedded
        ("darwin", True, True),  # macOS prints through PDF: the font embedded
        ("linux", True, True),  # CUPS gets PDF too
    ],
)
def test_the_report_font_reaches_the_paper_on_each_system(
    monkeypatch, platform: str, native: bool, embedded: bool
) -> None:  # type: ignore[no-untyped-def]
    from wizard.gui.printing import keep_report_layout

    monkeypatch.setattr(sys, "platform", platform)
    printer = _Printer(native)
    keep_report_layout(printer)  # type: ignore[arg-type]
    assert printer.embedding == [embedded]


def test_a_printer_without_a4_is_logged(caplog) -> None:  # type: ignore[no-untyped-def]
    from wizard.gui.printing import keep_report_layout

    keep_report_layout(_Printer(native=True, takes_a4=False))  # type: ignore[arg-type]
    assert "'Label printer' does not take A4" in caplog.text and "A6" in caplog.text


def test_file_dialogs_start_in_documents_until_a_folder_was_used(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Started by a file association, the working folder may be C:\\Windows\\System32."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not Path(documents).is_dir():  # a machine without one: the home folder
        documents = str(Path.home())
    assert str(window.start_folder("case")) == documents
    window.settings.setValue("last_folder", str(tmp_path / "gone"))
    assert str(window.start_folder("case")) == documents
    window.settings.setValue("last_folder", str(tmp_path))
    assert window.start_folder("case") == tmp_path
