"""``liability-wizard walk`` with every question type of format 2."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tests.helpers import FORMAT2_EXAMPLE, library, tree
from wizard.cli import main
from wizard.engine import Session
from wizard.textwalk import TextWalk


def run_walk(keys: str) -> tuple[TextWalk, str]:
    out = io.StringIO()
    walker = TextWalk(Session(tree("example_guarantee")), library(), "zh", io.StringIO(keys), out)
    assert walker.ask_parties()
    walker.run()
    return walker, out.getvalue()


def test_names_multi_money_unknown_month_and_events() -> None:
    keys = (
        "\n".join(
            [
                "某银行",
                "王五",
                "张三、李四",  # the parties' names
                "2",  # guarantor
                "12万",  # debt
                "u",  # repaid: not known
                "1",  # joint
                "2024年3月",  # due: month only
                "1",  # demanded
                "2024-08-20",
                "2 2025-02-01 1",  # acknowledgement against the guarantor
                "9 2025-02-01",  # no such kind: refused, asked again
                "",  # no more events
                "1,2",  # papers
            ]
        )
        + "\n"
    )
    walker, out = run_walk(keys)
    session = walker.session
    assert session.outcome.code == "EX-A"  # type: ignore[union-attr]
    assert session.answers["repaid"].__class__.__name__ == "Unknown"
    assert str(session.answers["due_date"]) == "2024-03"
    assert [e.kind for e in session.answers["history"]] == ["acknowledgement"]  # type: ignore[union-attr]
    assert session.answers["papers"] == ("guarantee_contract", "loan_contract")
    assert walker.info.names("guarantor") == ("张三", "李四")
    assert "无效输入：9 2025-02-01" in out
    assert (
        "已记录：2025年2月1日 义务人同意履行（借条、还款计划等）（对保证人（张三、李四））" in out
    )
    # The end prints every finding, with names filled in.
    assert "- 认定: 连带责任（连带责任保证）" in out
    assert "责任人: 保证人（张三、李四）（与债务人（王五））" in out


def test_exclusive_choices_and_bad_input_are_explained() -> None:
    keys = (
        "\n".join(
            [
                "",
                "",
                "",
                "1",
                "1000",
                "0",
                "1",
                "2024-03-31",
                "1",
                "2024-08-20",
                "",
                "1,4",  # guarantee contract + "none": refused
                "4",
            ]
        )
        + "\n"
    )
    walker, out = run_walk(keys)
    assert "cannot be chosen with other answers" in out
    assert walker.session.answers["papers"] == ("none",)


def test_walk_command_saves_names_and_notes(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keys = "\n".join(["某银行", "", "张三", "1", "1000", "0", "3"]) + "\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(keys))
    case = tmp_path / "case.json"
    out = tmp_path / "r.html"
    code = main(
        [
            "walk",
            str(FORMAT2_EXAMPLE),
            "--save",
            str(case),
            "--out",
            str(out),
            "--note",
            "第一条",
            "--note",
            "第二条",
            "--consultation-date",
            "2026-12-05",
        ]
    )
    assert code == 0
    raw = json.loads(case.read_text(encoding="utf-8"))
    assert raw["case"]["notes"] == "第一条\n第二条"
    assert raw["assessments"][0]["parties"] == {"creditor": ["某银行"], "guarantor": ["张三"]}
    html = out.read_text(encoding="utf-8")
    assert "保证方式待核实" in html and "第二条" in html


def test_two_dashes_skip_the_remaining_names() -> None:
    keys = "\n".join(["某银行", "--", "3"]) + "\n"  # the creditor, then no more names
    walker, out = run_walk(keys)
    assert walker.info.parties == (("creditor", ("某银行",)),)
    assert "保证人的名称" not in out
