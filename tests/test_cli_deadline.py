"""``liability-wizard deadline``: the calculator's interface and the issue's examples."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import ROOT
from wizard.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["deadline", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("args", "end"),
    [
        (["--from", "2023-06-30", "--period", "6m"], "2024-01-02"),
        (["--from", "2023-10-03", "--period", "3y"], "2026-10-08"),
        (["--from", "2025-08-14", "--period", "6m"], "2026-02-14"),
        (["--from", "2020-09-01", "--period", "3y", "--interrupted", "2022-08-01"], "2025-08-01"),
        (["--from", "2023-10-03"], "2026-10-08"),  # limitation, 3 years by default
        (["--from", "2024-03-15", "--kind", "enforcement"], "2026-03-16"),  # 2 years
        (["--from", "2026-09-20", "--kind", "appeal"], "2026-10-08"),  # 15 days
        (["--from", "2024-08-31", "--kind", "guarantee_period"], "2025-02-28"),  # 6 months
    ],
)
def test_examples(capsys, args, end):
    code, out, _ = run(capsys, *args, "--on", "2026-12-05", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["end"] == end
    assert set(data) >= {
        "end",
        "unrolled_end",
        "provisional",
        "act_by",
        "status",
        "days_left",
        "steps",
        "basis",
    }
    assert data["status"] in ("running", "passed")
    assert data["steps"] and data["basis"]


def test_provisional_example(capsys):
    code, out, _ = run(
        capsys, "--from", "2025-09-30", "--period", "3y", "--json", "--on", "2026-12-05"
    )
    data = json.loads(out)
    assert code == 0
    assert (data["end"], data["unrolled_end"], data["provisional"], data["act_by"]) == (
        "2028-10-04",
        "2028-09-30",
        True,
        "2028-09-29",
    )
    assert (data["status"], data["days_left"]) == ("running", 669)


def test_status_uses_on(capsys):
    _, out, _ = run(
        capsys, "--from", "2023-06-30", "--period", "6m", "--on", "2024-01-02", "--json"
    )
    assert json.loads(out)["status"] == "running" and json.loads(out)["days_left"] == 0
    _, out, _ = run(
        capsys, "--from", "2023-06-30", "--period", "6m", "--on", "2024-01-03", "--json"
    )
    assert json.loads(out)["status"] == "passed"


def test_suspension(capsys):
    _, out, _ = run(
        capsys,
        "--from",
        "2020-09-01",
        "--suspended",
        "2023-05-01:2023-07-01",
        "--on",
        "2023-12-01",
        "--json",
    )
    assert json.loads(out)["end"] == "2024-01-02"
    _, out, _ = run(
        capsys, "--from", "2020-09-01", "--suspended", "2023-05-01:", "--on", "2023-12-01", "--json"
    )
    data = json.loads(out)
    assert data["end"] is None and data["status"] == "suspended"


def test_plain_words_in_each_language(capsys):
    code, out, _ = run(capsys, "--from", "2025-09-30", "--on", "2026-12-05", "--lang", "zh")
    assert code == 0
    first = out.splitlines()[0]
    assert (
        first
        == "暂定：最后一日至少为 2028年10月4日（星期三）；请在 2028年9月29日（星期五） 或之前行事"
    )
    assert "民法典第203条第1款" in out and "放假办法第2条" in out
    code, out, _ = run(capsys, "--from", "2023-10-03", "--on", "2026-12-05", "--lang", "en")
    assert out.splitlines()[0] == "Last day of the limitation period: 2026-10-08 (Thu)"
    assert "passed (58 days ago)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2024-02-30"], "impossible"),
        (["--from", "soon"], "not a date"),
        (["--from", "2024-01-01", "--period", "3w"], "not a period"),
        (["--from", "2024-01-01", "--kind", "forever"], "invalid choice"),
        (["--from", "2024-01-01", "--suspended", "2024-05-01"], "FROM:TO"),
        (["--from", "2024-01-01", "--on", "2024-06"], "give the day"),
        (["--period", "3y"], "--from"),
    ],
)
def test_invalid_input_exits_2_with_a_message(capsys, args, message):
    with pytest.raises(SystemExit) as exc:
        main(["deadline", *args])
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_law_refusals_exit_2_citing_the_rule(capsys):
    code, _, err = run(
        capsys,
        "--from",
        "2024-01-10",
        "--kind",
        "guarantee_period",
        "--interrupted",
        "2024-03-01",
        "--lang",
        "zh",
    )
    assert code == 2 and "民法典第692条第1款" in err and "保证期间不发生中止、中断和延长" in err
    code, _, err = run(
        capsys,
        "--from",
        "2024-01-10",
        "--kind",
        "appeal",
        "--interrupted",
        "2024-01-12",
        "--lang",
        "en",
    )
    assert code == 2 and "Art. 86" in err
    code, _, err = run(capsys, "--from", "2024-01-10", "--suspended", "2024-05-01:2024-04-01")
    assert code == 2


def test_from_the_command_line():
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "wizard",
            "deadline",
            "--from",
            "2025-08-14",
            "--period",
            "6m",
            "--on",
            "2026-01-05",
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["end"] == "2026-02-14" and data["status"] == "running"
