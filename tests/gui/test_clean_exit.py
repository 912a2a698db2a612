"""Quitting after a whole assessment is clean: exit status 0, nothing on stderr, ten times.

Each run is a fresh process (``tests/gui/exit_driver.py``) that starts the app as
``python -m wizard`` does, works through an assessment by keyboard, saves the report through
the file dialog, quits with Ctrl+Q and discards the case, and then shuts the interpreter down:
a crash or a fatal error at that point only shows in a separate process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNS = 10
#: What Qt's offscreen platform says of itself (it cannot raise windows, grab the keyboard or
#: pass size hints); nothing else may appear on stderr.
PLATFORM_NOTES = re.compile(r"^This plugin does not support [\w() ]+$")

pytestmark = pytest.mark.gui


def test_quitting_after_an_assessment_is_clean_ten_times(tmp_path: Path) -> None:
    for run in range(RUNS):
        home = tmp_path / f"home-{run}"
        out = tmp_path / f"out-{run}"
        out.mkdir(parents=True)
        env = {
            **os.environ,
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "PYTHONFAULTHANDLER": "1",  # a crash prints where it happened
        }
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        lang = ("zh", "en")[run % 2]
        proc = subprocess.run(
            [sys.executable, "-m", "tests.gui.exit_driver", str(out), lang],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        noise = [
            line for line in proc.stderr.splitlines() if line and not PLATFORM_NOTES.match(line)
        ]
        assert proc.returncode == 0 and not noise, (
            f"run {run + 1}: exit status {proc.returncode}\n{proc.stderr}\n{proc.stdout}"
        )
        assert (out / "report.pdf").read_bytes().startswith(b"%PDF-")
        # The unsaved-case question was asked with Qt's buttons in the UI language.
        buttons = {"zh": "保存 | 取消 | 丢弃", "en": "Save | Cancel | Discard"}[lang]
        assert f"buttons: {buttons}" in proc.stdout
