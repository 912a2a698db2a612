"""The GitHub workflows: valid (JSON Schema, checked offline), and .github/workflows/ci.yml
keeps issue #24's promises: the README's test command on Linux, Windows and macOS with Python
3.11 and the newest supported Python, the bundle built and self-tested on all three, the
statute reference compared where it is available."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from packaging.specifiers import SpecifierSet
from ruamel.yaml import YAML

from tests.helpers import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECK = [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows"]
SYSTEMS = {"ubuntu-latest", "windows-latest", "macos-latest"}


def _load(path: Path) -> dict[str, Any]:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def ci() -> dict[str, Any]:
    return _load(ROOT / ".github" / "workflows" / "ci.yml")


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(str(step.get("run", "")) for step in job["steps"])


def test_the_workflows_are_valid_github_actions_workflows() -> None:
    """The schema check that .ci/run makes too; any attempt to fetch a schema fails here."""
    unreachable = "http://127.0.0.1:9"
    env = {**os.environ, "HTTP_PROXY": unreachable, "HTTPS_PROXY": unreachable, "NO_PROXY": ""}
    done = subprocess.run(
        [*CHECK, *map(str, WORKFLOWS)],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert {w.name for w in WORKFLOWS} >= {"ci.yml", "release.yml"}


def test_the_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        (ROOT / ".github" / "workflows" / "ci.yml")
        .read_text(encoding="utf-8")
        .replace("runs-on: ${{ matrix.os }}", "run-on: ${{ matrix.os }}", 1),
        encoding="utf-8",
    )
    done = subprocess.run(
        [*CHECK, str(broken)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 1


def test_ci_runs_on_every_push_and_pull_request(ci: dict[str, Any]) -> None:
    assert set(ci["on"]) == {"push", "pull_request"}
    assert ci["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_readme_test_command_on_three_systems_and_two_pythons(ci: dict[str, Any]) -> None:
    job = ci["jobs"]["test"]
    assert set(job["strategy"]["matrix"]["os"]) == SYSTEMS
    assert job["strategy"]["fail-fast"] is False
    pythons = job["strategy"]["matrix"]["python"]
    assert pythons[0] == "3.11"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in ("pip install -e '.[test]'", "python -m pytest"):
        assert command in readme and command in _runs(job), command


def test_the_newest_python_is_one_the_dependencies_support(ci: dict[str, Any]) -> None:
    newest = ci["jobs"]["test"]["strategy"]["matrix"]["python"][-1]
    supported = SpecifierSet(metadata.metadata("PySide6-Essentials")["Requires-Python"])
    assert f"{newest}.0" in supported
    declared = SpecifierSet(
        re.search(r'requires-python = "([^"]+)"', (ROOT / "pyproject.toml").read_text("utf-8"))[1]  # type: ignore[index]
    )
    assert f"{newest}.0" in declared


def test_the_bundle_is_built_and_self_tested_on_three_systems(ci: dict[str, Any]) -> None:
    job = ci["jobs"]["bundle"]
    assert set(job["strategy"]["matrix"]["os"]) == SYSTEMS
    runs = _runs(job)
    assert "pyinstaller --noconfirm" in runs and "build.spec" in runs
    assert "scripts/check_bundle.py dist/liability-wizard" in runs
    assert "scripts/check_open_case.py" in runs
    selftests = {
        step["if"].split("'")[1]
        for step in job["steps"]
        if "--selftest" in str(step.get("run", "")) and "if" in step
    }
    assert selftests == {"Linux", "Windows", "macOS"}


def test_the_statute_reference_is_compared_where_available(ci: dict[str, Any]) -> None:
    runs = _runs(ci["jobs"]["test"])
    assert "WIZARD_STATUTE_REFERENCE=" in runs and "::notice" in runs
    reference_test = (ROOT / "tests" / "test_statutes_reference.py").read_text(encoding="utf-8")
    assert "reason=" in reference_test  # skipped with its visible reason (pytest -ra)


def test_local_ci_checks_the_workflows_too() -> None:
    local = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/" in local
    assert "scripts/check_open_case.py dist/liability-wizard/liability-wizard" in local
