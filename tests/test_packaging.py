"""A regular (non-editable) install carries every subpackage and every data file."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers import ROOT


def test_wheel_contains_the_gui_and_the_data(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in ("wizard/gui/app.py", "wizard/gui/main_window.py", "wizard/pdf.py"):
        assert module in names
    data = {
        n.split(".data/data/share/liability-wizard/", 1)[1] for n in names if ".data/data/" in n
    }
    for path in (
        "trees/isp.json",
        "trees/tree.schema.json",
        "resources/templates/report.html.j2",
        "resources/templates/case_report.html.j2",
        "resources/templates/_report_parts.html.j2",
        "resources/fonts/WizardSerifSC-Regular.otf",
        "resources/fonts/OFL.txt",
        "resources/translations/wizard_zh_CN.qm",
        "resources/translations/qt_extra_zh_CN.qm",
        "resources/i18n/report.json",
        "resources/triage/triage.json",
        "resources/triage/triage.schema.json",
        "resources/statutes/civil_code.json",
    ):
        assert path in data, path


def test_the_bundle_keeps_only_the_qt_translation_the_app_loads() -> None:
    from scripts.pyinstaller_options import wanted

    def kept(dest: str) -> bool:
        return wanted((dest, "/src/" + dest, "DATA"))

    assert kept("PySide6/Qt/translations/qtbase_zh_CN.qm")  # Qt's dialogs in Chinese
    assert kept("resources/translations/qt_extra_zh_CN.qm")  # the app's own files stay
    assert kept("resources/translations/wizard_zh_CN.qm")
    assert not kept("PySide6/Qt/translations/qtbase_de.qm")
    assert not kept("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert not kept("PySide6\\Qt\\translations\\qtdeclarative_zh_CN.qm")
