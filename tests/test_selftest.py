"""``--selftest`` passes on this installation and fails clearly when something is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


def test_selftest_passes(tmp_path: Path) -> None:
    log = tmp_path / "selftest.log"
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "--selftest"],
        capture_output=True,
        encoding="utf-8",  # the CLI writes UTF-8 when redirected (wizard/console.py)
        cwd=ROOT,
        check=False,
        env={
            **__import__("os").environ,
            "QT_QPA_PLATFORM": "offscreen",
            "LW_SELFTEST_LOG": str(log),
        },
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("selftest ok:")
    assert "isp" in done.stdout and "PDF zh+en" in done.stdout
    assert log.read_text(encoding="utf-8") == done.stdout


def test_selftest_fails_on_a_broken_tree(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    from wizard import resources, selftest

    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(resources, "trees_dir", lambda: tmp_path)
    assert selftest.run_selftest() == 1
    assert "selftest FAILED: invalid bundled tree(s)" in capsys.readouterr().out


def test_the_first_path_answers_every_question_type_of_format_2() -> None:
    from tests.helpers import tree
    from wizard.selftest import first_path

    # The worked example asks a money question, a multiple choice and the case's history.
    session = first_path(tree("example_guarantee"))
    assert session.is_finished
    kinds = {type(tree("example_guarantee").node(s.node_id)).__name__ for s in session.path}
    assert {"MoneyQuestion", "EventsQuestion", "MultiQuestion"} <= kinds
