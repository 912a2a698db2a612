"""What differs on Windows and macOS, tested on every system by simulation where it must be.

A locked case file (Windows), the console's encoding (a GBK console, redirected output), a
case file named on the command line (Windows' file association) or sent by Finder (macOS),
the macOS bundle's document types, and folders with Chinese names and spaces.
"""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import ROOT, raw_example, walk
from wizard import atomicio
from wizard.casefile import CaseInfo, save_case
from wizard.console import configure_console, configure_stream

INFO = CaseInfo(client_name="张三", case_number="P-1", consultation_date=date(2026, 11, 29))


# --- a case file another program holds open (Windows) ----------------------------------------


def _locked_for(times: int, calls: list[Path]) -> Callable[[object, object], None]:
    """``os.replace`` as Windows does it while Word holds the target open ``times`` times."""
    real = os.replace

    def replace(source: object, target: object) -> None:
        calls.append(Path(str(target)))
        if len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real(source, target)  # type: ignore[arg-type]

    return replace


@pytest.fixture
def windows_rename(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Renames behave as on Windows (a locked target refuses them); pauses are recorded."""
    pauses: list[float] = []
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(atomicio.time, "sleep", pauses.append)
    return pauses


def test_a_locked_case_file_is_saved_once_the_other_program_lets_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_rename: list[float]
) -> None:
    path = tmp_path / "case.lwcase"
    path.write_text("old", encoding="utf-8")
    calls: list[Path] = []
    monkeypatch.setattr(atomicio.os, "replace", _locked_for(2, calls))
    save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert calls == [path, path, path]
    assert windows_rename == [0.05, 0.1]  # a virus scan's moment, not the full wait
    assert '"client_name": "张三"' in path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.lwcase"]


def test_a_file_that_stays_locked_is_a_clear_error_and_nothing_is_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_rename: list[float]
) -> None:
    path = tmp_path / "report.html"
    path.write_text("<p>old</p>", encoding="utf-8")
    monkeypatch.setattr(atomicio.os, "replace", _locked_for(1000, []))
    with pytest.raises(atomicio.FileInUseError) as raised:
        atomicio.write_text_atomic(path, "<p>new</p>")
    assert str(raised.value) == f"{path}: {atomicio.IN_USE_MESSAGE}"
    assert isinstance(raised.value, PermissionError) and raised.value.errno == errno.EACCES
    assert sum(windows_rename) == pytest.approx(atomicio.SAVE_PATIENCE)
    assert path.read_text(encoding="utf-8") == "<p>old</p>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_an_autosave_gives_up_sooner_and_never_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_rename: list[float]
) -> None:
    from wizard.autosave import Autosave

    saver = Autosave(tmp_path / "autosave")
    saver.write(INFO, walk("example_notice", ["2022-01-05"]))
    before = saver.path.read_bytes()
    monkeypatch.setattr(atomicio.os, "replace", _locked_for(1000, []))
    saver.write(INFO, walk("example_notice", ["2022-01-05", "no"]))  # logged, not raised
    assert sum(windows_rename) == pytest.approx(atomicio.AUTOSAVE_PATIENCE)
    assert saver.path.read_bytes() == before


def test_a_locked_pdf_is_a_clear_error(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windows_rename: list[float]
) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import library
    from wizard.errors import WizardError
    from wizard.pdf import write_pdf
    from wizard.report import ReportOptions, build_report

    path = tmp_path / "报告.pdf"
    path.write_bytes(b"%PDF-old")
    report = build_report(
        walk("example_notice", ["2022-01-05", "yes", "no"]), INFO, library(), ReportOptions("zh")
    )
    monkeypatch.setattr(atomicio.os, "replace", _locked_for(1000, []))
    with pytest.raises(WizardError, match="cannot write the PDF: the file is open in another"):
        write_pdf(report, path)
    assert path.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["报告.pdf"]


def test_elsewhere_a_refused_rename_fails_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux and macOS rename over open files: a PermissionError there is not a lock."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(atomicio.time, "sleep", lambda s: pytest.fail("must not wait"))
    monkeypatch.setattr(atomicio.os, "replace", _locked_for(1000, []))
    with pytest.raises(PermissionError) as raised:
        atomicio.write_text_atomic(tmp_path / "x.html", "x")
    assert not isinstance(raised.value, atomicio.FileInUseError)


# --- the console: a GBK console, redirected output, no console at all ----------------------

#: Text GBK cannot encode: an emoji sequence, a CJK radical, a check mark.
NOT_GBK = "👩‍⚖️ ⺠ ✓"


class _Console(io.TextIOWrapper):
    """A console stream (isatty) with the given encoding, over bytes we can inspect."""

    def isatty(self) -> bool:
        return True


def test_a_gbk_console_shows_what_it_can_and_replaces_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    raw = io.BytesIO()
    console = _Console(raw, encoding="gbk")
    configure_stream(console)
    console.write(f"民法典第1195条 {NOT_GBK}\n")
    console.flush()
    assert console.encoding == "gbk"
    assert raw.getvalue().decode("gbk") == "民法典第1195条 " + "?" * 4 + " ? ?\n"


def test_redirected_output_is_utf8_whatever_the_code_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    for code_page in ("cp936", "cp1252", "ascii"):
        raw = io.BytesIO()
        redirected = io.TextIOWrapper(raw, encoding=code_page)
        configure_stream(redirected)
        redirected.write(f"民法典 {NOT_GBK}\n")
        redirected.flush()
        assert raw.getvalue().decode("utf-8") == f"民法典 {NOT_GBK}\n", code_page


def test_pythonioencoding_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONIOENCODING", "gbk")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="gbk")
    configure_stream(stream)
    assert (stream.encoding, stream.errors) == ("gbk", "replace")
    monkeypatch.setenv("PYTHONIOENCODING", "gbk:strict")
    stream = io.TextIOWrapper(io.BytesIO(), encoding="gbk", errors="strict")
    configure_stream(stream)
    assert (stream.encoding, stream.errors) == ("gbk", "strict")


def test_no_console_at_all_is_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed Windows build has no console: sys.stdout and sys.stderr are None."""
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    configure_console()
    try:
        sys.stdout.write(f"民法典 {NOT_GBK}\n")  # type: ignore[union-attr]
        sys.stderr.write("error\n")  # type: ignore[union-attr]
    finally:
        sys.stdout.close()  # type: ignore[union-attr]
        sys.stderr.close()  # type: ignore[union-attr]


def test_streams_someone_else_installed_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """E.g. pytest's capture or a GUI's log window: not the process's own streams."""
    installed = io.TextIOWrapper(io.BytesIO(), encoding="cp1252", errors="strict")
    monkeypatch.setattr(sys, "stdout", installed)
    configure_console()
    assert sys.stdout is installed and (installed.encoding, installed.errors) == (
        "cp1252",
        "strict",
    )


def _cli(
    args: list[str], *, env: dict[str, str] | None = None, stdin: str = ""
) -> subprocess.CompletedProcess[bytes]:
    """``python -m wizard …`` with this system's own stream encodings (no UTF-8 mode)."""
    environment = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")
    }
    environment.update(QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        input=stdin.encode("ascii"),
        capture_output=True,
        cwd=ROOT,
        env=environment,
        check=False,
    )


@pytest.fixture
def tree_beyond_gbk(tmp_path: Path) -> Path:
    """The example tree, its first question asked with characters GBK cannot encode."""
    raw = raw_example()
    raw["nodes"][0]["text"]["zh"] += NOT_GBK
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_walk_on_a_gbk_console(tree_beyond_gbk: Path, tmp_path: Path) -> None:
    done = _cli(
        ["walk", str(tree_beyond_gbk), "--out", str(tmp_path / "r.html")],
        env={"PYTHONIOENCODING": "gbk"},
        stdin="2023-04-04\n2\n",
    )
    assert done.returncode == 0, done.stderr.decode("gbk", "replace")
    out = done.stdout.decode("gbk")
    assert "侵权内容何时发布？" + "?" * 4 + " ? ?" in out
    assert "结论：未发出有效通知" in out


def test_walk_redirected_writes_utf8(tree_beyond_gbk: Path, tmp_path: Path) -> None:
    """On Windows this is the ANSI code page switched to UTF-8; elsewhere UTF-8 already."""
    done = _cli(
        ["walk", str(tree_beyond_gbk), "--out", str(tmp_path / "报告.html")],
        stdin="2023-04-04\n2\n",
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    out = done.stdout.decode("utf-8")  # strict: any other encoding fails here
    assert f"侵权内容何时发布？{NOT_GBK}" in out and "结论：未发出有效通知" in out
    assert f"report written to {tmp_path / '报告.html'}" in out


def test_every_command_is_covered_even_help(tree_beyond_gbk: Path) -> None:
    """The console is set up before argparse: its Chinese help survives an ASCII console."""
    done = _cli(["--help"], env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr
    assert b"? Joint Liability Wizard" in done.stdout
    done = _cli(["validate", str(tree_beyond_gbk)], env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0, done.stderr


# --- case files handed over by the system ----------------------------------------------------


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    """The app's start, recorded instead of run: which case file it was asked to open."""
    import wizard.gui.app

    calls: list[Path | None] = []
    monkeypatch.setattr(
        wizard.gui.app, "run", lambda argv=None, case_file=None: calls.append(case_file) or 0
    )
    return calls


@pytest.mark.parametrize(
    "name", ["案件 1.lwcase", "K-1.case.json", "hand-written.json", "UPPER.LWCASE"]
)
def test_a_case_file_on_the_command_line_opens_in_the_app(
    started: list[Path | None], tmp_path: Path, name: str
) -> None:
    """What Windows runs for a double-clicked case file: ``liability-wizard "C:\\…\\x.lwcase"``."""
    from wizard.cli import main

    case = tmp_path / "张三 的文档" / name
    assert main([str(case)]) == 0
    assert started == [case]


def test_a_relative_case_file_is_opened_by_its_full_path(
    started: list[Path | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard.cli import main

    monkeypatch.chdir(tmp_path)
    assert main(["k1.lwcase"]) == 0
    assert started == [Path.cwd() / "k1.lwcase"] and started[0].is_absolute()  # type: ignore[union-attr]


def test_finder_s_process_number_is_ignored(started: list[Path | None], tmp_path: Path) -> None:
    from wizard.cli import main

    assert main(["-psn_0_4711"]) == 0
    assert main(["-psn_0_4711", str(tmp_path / "k.lwcase")]) == 0
    assert started == [None, tmp_path / "k.lwcase"]


def test_commands_are_not_mistaken_for_case_files(
    started: list[Path | None], capsys: pytest.CaptureFixture[str]
) -> None:
    from wizard.cli import main

    assert main(["validate", str(ROOT / "docs" / "examples" / "example-tree.json")]) == 0
    assert started == []


def test_the_macos_bundle_registers_the_case_file_type() -> None:
    import plistlib

    from scripts.pyinstaller_options import BUNDLE_ID, CASE_EXTENSION, CASE_UTI, info_plist
    from wizard.gui.main_window import CASE_SUFFIX
    from wizard.start import CASE_FILE_SUFFIXES

    plist = plistlib.loads(plistlib.dumps(info_plist("1.2.3")))  # a valid property list
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == CASE_UTI == f"{BUNDLE_ID}.case"
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [CASE_EXTENSION]
    assert "public.json" in declared["UTTypeConformsTo"]
    owned, alternate = plist["CFBundleDocumentTypes"]
    assert owned["LSItemContentTypes"] == [CASE_UTI] and owned["LSHandlerRank"] == "Owner"
    assert alternate["LSItemContentTypes"] == ["public.json"]
    assert alternate["LSHandlerRank"] == "Alternate"
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert f".{CASE_EXTENSION}" == CASE_SUFFIX == CASE_FILE_SUFFIXES[0]
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "info_plist=info_plist(VERSION)" in spec and "argv_emulation=False" in spec


# --- folders with Chinese names and spaces; line endings ----------------------------------------


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "张三 的文档"
    folder.mkdir()
    return folder


def test_the_command_line_in_a_chinese_folder_with_spaces(user_folder: Path) -> None:
    tree = user_folder / "评估 树.json"
    tree.write_text(json.dumps(raw_example(), ensure_ascii=False), encoding="utf-8")
    case, html, pdf = (user_folder / n for n in ("案件 1.lwcase", "报告 1.html", "报告 1.pdf"))
    done = _cli(
        ["walk", str(tree), "--save", str(case), "--client", "张三", "--out", str(html)],
        stdin="2023-04-04\n2\n",
    )
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"case saved to {case}" in out and f"report written to {html}" in out
    assert "张三" in html.read_text(encoding="utf-8")
    done = _cli(["report", str(tree), "--answers", str(case), "--out", str(pdf)])
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert pdf.read_bytes().startswith(b"%PDF-")
    done = _cli(["validate", str(tree), str(html)])
    assert done.returncode == 1 and f"{html}: " in done.stdout.decode("utf-8")


def test_the_app_installed_in_a_chinese_folder_with_spaces_passes_its_selftest(
    user_folder: Path,
) -> None:
    """A copy of the app under ``张三 的文档`` (as under C:\\Users\\张三 …): trees, statutes,
    templates and the report font are all found and work there."""
    import shutil

    app = user_folder / "连带责任 向导"
    shutil.copytree(ROOT / "wizard", app / "wizard", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "trees", app / "trees")
    shutil.copytree(ROOT / "resources", app / "resources")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from wizard import resources; from wizard.cli import main; "
            "code = main(); print(resources.data_root(), file=sys.stderr); sys.exit(code)",
            "--selftest",
        ],
        capture_output=True,
        cwd=app,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(app)},
        check=False,
    )
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, out + err
    assert out.startswith("selftest ok:")
    assert err.strip().endswith(str(app))  # the copy's data, not the checkout's


def test_exported_files_have_the_same_bytes_on_every_system(qapp, user_folder: Path) -> None:  # type: ignore[no-untyped-def]
    """UTF-8 with LF line endings, written as bytes: Windows' text mode would make CRLF."""
    from tests.helpers import library
    from wizard.report import ReportOptions, build_report

    session = walk("example_notice", ["2022-01-05", "yes", "no"])
    case = user_folder / "案件.lwcase"
    save_case(case, INFO, session)
    report = build_report(session, INFO, library(), ReportOptions("zh"))
    html = user_folder / "报告.html"
    atomicio.write_text_atomic(html, report.html)
    for path in (case, html):
        data = path.read_bytes()
        assert b"\r" not in data and data.count(b"\n") > 10, path.name
        data.decode("utf-8")
    assert html.read_bytes() == report.html.encode("utf-8")
    assert b'<meta charset="utf-8">' in html.read_bytes()  # browsers, Word and WPS read UTF-8
