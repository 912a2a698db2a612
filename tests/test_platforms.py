"""What differs on Windows and macOS, tested on every system by simulation where it must be.

A locked case file (Windows), the console's encoding (a GBK console, redirected output), a
case file named on the command line (Windows' file association) or sent by Finder (macOS),
the macOS bundle's document types, and folders with Chinese names and spaces.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import walk
from wizard import atomicio
from wizard.casefile import CaseInfo, save_case

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
