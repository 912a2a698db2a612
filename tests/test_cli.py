"""The command line: report, walk, graph."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import EXAMPLE_TREE, ROOT, library, tree, walk
from wizard.casefile import CaseInfo, save_case
from wizard.cli import main
from wizard.engine import Session
from wizard.textwalk import TextWalk


def _case(tmp_path: Path, answers: list[str]) -> Path:
    path = tmp_path / "case.json"
    info = CaseInfo(
        case_number="A-1", client_name="<script>x</script>", consultation_date=date(2026, 1, 5)
    )
    save_case(path, info, walk("example_notice", answers))
    return path


def test_report_command_writes_html(tmp_path: Path) -> None:
    case = _case(tmp_path, ["2022-01-05", "yes", "no"])
    out = tmp_path / "report.html"
    assert main(["report", str(EXAMPLE_TREE), "--answers", str(case), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "民法典第1195条第2款" in html and "&lt;script&gt;x&lt;/script&gt;" in html


def test_report_command_refuses_unfinished_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _case(tmp_path, ["2022-01-05"])
    out = tmp_path / "report.html"
    assert main(["report", str(EXAMPLE_TREE), "--answers", str(case), "--out", str(out)]) == 1
    assert "stop at 'notice_valid' before an outcome" in capsys.readouterr().err
    assert not out.exists()


def test_report_command_refuses_a_damaged_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = tmp_path / "case.json"
    case.write_text('{"format": "liability-wizard-case", "format_versi', encoding="utf-8")
    assert (
        main(
            ["report", str(EXAMPLE_TREE), "--answers", str(case), "--out", str(tmp_path / "r.html")]
        )
        == 1
    )
    assert "damaged or incomplete" in capsys.readouterr().err


def test_text_walk_with_back_and_help() -> None:
    keys = "2019-03-01\n?\n1\nb\n1\n2\n"
    out = io.StringIO()
    walker = TextWalk(Session(tree("example_notice")), library(), "zh", io.StringIO(keys), out)
    assert walker.run()
    assert walker.session.outcome is not None and walker.session.outcome.code == "EX-A"
    text = out.getvalue()
    assert "【民法典第1195条第1款】" in text  # the help shows the cited paragraph
    assert "必要措施" in text
    assert "结论：平台对损害的扩大部分承担连带责任" in text and "EX-A" not in text


def test_text_walk_quit_and_end_of_input() -> None:
    walker = TextWalk(
        Session(tree("example_notice")), library(), "en", io.StringIO("q\n"), io.StringIO()
    )
    assert not walker.run()
    walker = TextWalk(
        Session(tree("example_notice")), library(), "en", io.StringIO(""), io.StringIO()
    )
    assert not walker.run()


def test_walk_command_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    saved = tmp_path / "case.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "wizard",
            "walk",
            str(EXAMPLE_TREE),
            "--lang",
            "en",
            "--out",
            str(out),
            "--save",
            str(saved),
            "--case-number",
            "W-9",
        ],
        input="2023-04-04\n2\n",
        capture_output=True,
        encoding="utf-8",  # the CLI writes UTF-8 when redirected (wizard/console.py)
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Outcome: " in done.stdout and "EX-C" not in done.stdout
    assert "W-9" in out.read_text(encoding="utf-8")
    assert json.loads(saved.read_text(encoding="utf-8"))["assessments"][0]["answers"] == {
        "posted_date": "2023-04-04",
        "notice_valid": "no",
    }


@pytest.mark.parametrize("fmt", ["dot", "mermaid"])
def test_graph_marks_outcomes_and_highlights_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    case = _case(tmp_path, ["2022-01-05", "yes", "no"])
    assert main(["graph", str(EXAMPLE_TREE), "--format", fmt, "--answers", str(case)]) == 0
    out = capsys.readouterr().out
    if fmt == "dot":
        assert out.startswith('digraph "example_notice"')
        assert '"out_enlarged" [label="EX-A:' in out and "doubleoctagon" in out
        assert '"notice_valid" -> "acted_in_time" [label="是" color="#c00000" penwidth=2.5];' in out
        assert '"notice_valid" -> "out_no_notice" [label="否"];' in out
    else:
        assert out.startswith("flowchart TD")
        assert "out_enlarged[[" in out and ":::outcome" in out
        assert "class posted_date,law_switch,notice_valid,acted_in_time,out_enlarged taken;" in out


def test_unknown_tree_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "no_such_tree"]) == 1
    assert "no such tree" in capsys.readouterr().err


def test_the_readme_case_file_example_produces_a_report(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("This one is complete", 1)[1].split("```json", 1)[1].split("```", 1)[0]
    case = tmp_path / "case.json"
    case.write_text(block, encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", "isp", "--answers", str(case), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "民法典第1195条第2款" in html and "2026-法援-0123" in html
