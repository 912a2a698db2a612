"""Triage: short client stories suggest the trees that apply, with the parties' names; the rules
file is checked like a tree; the terminal command saves a case of the chosen assessments."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest

from tests.helpers import library
from wizard.case import Case, CaseInfo
from wizard.casefile import load_whole_case
from wizard.catalog import load_catalog
from wizard.cli import main
from wizard.triage import (
    TriageError,
    create_assessments,
    default_path,
    load_triage,
    split_names,
    suggest,
)
from wizard.triage_text import TriageWalk

TREES = load_catalog(library()).trees
TRIAGE = load_triage(trees=TREES)

#: Short stories as a worker would record them: (what happened, the client's side, papers,
#: names typed) → the trees that should be suggested, in order.
STORIES = [
    (
        "A supplier owed by a company whose boss guaranteed the loan",
        {
            "happened": ("company", "guarantee"),
            "role": "claimant",
            "papers": ("contract", "guarantee"),
            "company_names": "某某贸易有限公司",
            "shareholder_names": "赵六",
            "debtor_names": "某某贸易有限公司",
            "guarantor_names": "赵六",
        },
        ["shareholder", "guarantor"],
    ),
    (
        "A creditor of a snack shop run by three partners",
        {
            "happened": ("partnership",),
            "role": "claimant",
            "papers": ("iou",),
            "firm_names": "某某小吃店",
            "partner_names": "张三、李四，王五",
        },
        ["partnership"],
    ),
    (
        "A platform user defamed, and her shop listing taken down",
        {
            "happened": ("online",),
            "role": "claimant",
            "papers": ("screenshots",),
            "platform_names": "某购物平台",
            "user_names": "某网店",
        },
        ["isp"],
    ),
    (
        "A man beaten by three others after a quarrel",
        {
            "happened": ("several_harm",),
            "role": "claimant",
            "papers": ("medical", "police"),
            "actor_names": "甲、乙、丙",
        },
        ["joint_tort"],
    ),
    (
        "A company whose salesman took the buyer's kickback",
        {
            "happened": ("agency",),
            "role": "claimant",
            "papers": ("contract",),
            "agent_names": "业务员孙某",
            "principal_names": "某某科技有限公司",
        },
        ["agency"],
    ),
    (
        "A supplier whose debtor company was split in two",
        {
            "happened": ("restructure",),
            "role": "claimant",
            "papers": ("contract", "registry"),
            "company_names": "某某实业有限公司",
            "successor_names": "甲公司、乙公司",
        },
        ["division"],
    ),
    (
        "A buyer burnt by an exploding pressure cooker",
        {
            "happened": ("product",),
            "role": "claimant",
            "papers": ("receipts", "medical"),
            "producer_names": "某电器厂",
            "seller_names": "某超市",
        },
        ["product"],
    ),
    (
        "A guarantor who paid and wants it back (the guarantee found only in the papers)",
        {
            "happened": ("other",),
            "role": "paid",
            "papers": ("guarantee", "receipts"),
            "debtor_names": "王某",
            "guarantor_names": "",
        },
        ["guarantor"],
    ),
    (
        "A shareholder sued for the company's debt, the company merged away",
        {
            "happened": ("company", "restructure"),
            "role": "claimed",
            "papers": ("judgment",),
            "company_names": "某某公司",
        },
        ["shareholder", "division"],
    ),
    (
        "Nothing that the trees cover",
        {"happened": ("other",), "role": "unsure", "papers": ("none",)},
        [],
    ),
]


@pytest.mark.parametrize(("story", "answers", "expected"), STORIES, ids=[s[0] for s in STORIES])
def test_stories_suggest_the_trees_that_apply(
    story: str, answers: dict[str, object], expected: list[str]
) -> None:
    found = suggest(TRIAGE, answers)  # type: ignore[arg-type]
    assert [s.tree for s in found] == expected, story
    for item in found:
        assert item.why.zh and item.why.en
        assert "本树" not in item.why.zh and "§" not in item.why.zh


def test_every_shipped_tree_is_suggested_by_some_story() -> None:
    suggested = {tree for _s, _a, expected in STORIES for tree in expected}
    assert suggested == set(TREES), "a shipped tree without a triage story"


def test_names_fill_the_parties_and_say_whom_it_is_about() -> None:
    answers = dict(STORIES[1][1])
    (found,) = suggest(TRIAGE, answers)  # type: ignore[arg-type]
    assert found.about == "某某小吃店"
    assert dict(found.parties)["partner"] == ("张三", "李四", "王五")
    (shareholders, guarantor) = suggest(TRIAGE, STORIES[0][1])  # type: ignore[arg-type]
    assert shareholders.about == "某某贸易有限公司的股东等"
    assert dict(guarantor.parties) == {"debtor": ("某某贸易有限公司",), "guarantor": ("赵六",)}
    en = suggest(TRIAGE, STORIES[0][1], "en")  # type: ignore[arg-type]
    assert en[0].about == "the shareholders etc. of 某某贸易有限公司"


def test_two_platforms_are_two_assessments_and_the_complainant_is_named() -> None:
    """A defamatory post on one platform and a listing taken down on another are two disputes
    (whole-case worker walk, A4): one assessment per platform. The client claimed against
    starts as the accused user, and whoever complained is named as the other side."""
    answers = {
        "happened": ("online",),
        "role": "claimed",
        "platform_names": "好物商城、微言社区",
        "user_names": "吃瓜大王",
        "complainant_names": "某品牌公司",
    }
    shown = {q.id for q in TRIAGE.shown(answers)}  # type: ignore[arg-type]
    assert "complainant_names" in shown
    mall, forum = suggest(TRIAGE, answers)  # type: ignore[arg-type]
    assert (mall.about, forum.about) == ("好物商城", "微言社区")
    assert dict(mall.parties)["platform"] == ("好物商城",)
    assert dict(forum.parties)["platform"] == ("微言社区",)
    assert dict(mall.parties)["claimant"] == ("某品牌公司",)
    assert mall.side == forum.side == "accused_user"
    made = create_assessments(Case(CaseInfo()), (mall, forum), TREES)  # type: ignore[arg-type]
    assert [a.names("platform") for a in made] == [("好物商城",), ("微言社区",)]
    # A client asking for compensation may have had his own listing removed too (the worker
    # walk's story): who complained is asked whatever the role; the side is left to the worker.
    claimant = {**answers, "role": "claimant"}
    assert "complainant_names" in {q.id for q in TRIAGE.shown(claimant)}  # type: ignore[arg-type]
    assert {s.side for s in suggest(TRIAGE, claimant)} == {""}  # type: ignore[arg-type]


def test_answers_to_questions_no_longer_shown_are_ignored() -> None:
    answers = {**STORIES[3][1], "platform_names": "某平台"}  # typed, then 'online' unticked
    (found,) = suggest(TRIAGE, answers)  # type: ignore[arg-type]
    assert found.tree == "joint_tort"
    assert "platform_names" not in {q.id for q in TRIAGE.shown(answers)}  # type: ignore[arg-type]


def test_confirmed_suggestions_become_assessments() -> None:
    case = Case(CaseInfo(client_name="王小明"))
    made = create_assessments(case, suggest(TRIAGE, STORIES[0][1]), TREES)  # type: ignore[arg-type]
    assert [a.tree.id for a in made] == ["shareholder", "guarantor"]
    assert made[1].names("guarantor") == ("赵六",) and made[1].about == "赵六"
    assert made[0].names("company") == ("某某贸易有限公司",)
    # The client asks others to pay: both start from the creditor's side, already answered.
    assert [a.session.answers.get(a.tree.side_question.id) for a in made] == [  # type: ignore[union-attr]
        "creditor",
        "creditor",
    ]
    paid = create_assessments(Case(CaseInfo()), suggest(TRIAGE, STORIES[7][1]), TREES)  # type: ignore[arg-type]
    assert paid[0].session.answers == {"side": "paid"}
    unsure = create_assessments(Case(CaseInfo()), suggest(TRIAGE, STORIES[2][1]), TREES)  # type: ignore[arg-type]
    assert not unsure[0].session.answers  # the ISP side does not follow from the role alone


def test_split_names() -> None:
    assert split_names(" 张三、李四，王五; 赵六\n") == ("张三", "李四", "王五", "赵六")
    assert split_names("  ") == ()


def _broken(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    raw = json.loads(default_path().read_text(encoding="utf-8"))
    raw = copy.deepcopy(raw)
    change(raw)
    path = tmp_path / "triage.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["rules"][0].update(tree="no_such_tree"), "the tree 'no_such_tree' is not"),
        (lambda r: r["rules"][1]["parties"].update(boss="company_names"), "has no party 'boss'"),
        (
            lambda r: r["rules"][0].update(when={"answer": "happened", "has": "moon"}),
            "no choice 'moon'",
        ),
        (
            lambda r: r["rules"][0].update(when={"answer": "role", "has": "paid"}),
            "'has' reads a multi question",
        ),
        (lambda r: r["rules"][0].update(when={"answer": "nothing", "is": "x"}), "reads 'nothing'"),
        (lambda r: r["questions"][0].update(when={"answer": "role", "is": "paid"}), "asked later"),
        (lambda r: r["rules"].append(dict(r["rules"][0])), "duplicate rule id"),
        (lambda r: r["rules"][0].update(names_from="role"), "'role' is not a names question"),
        (lambda r: r["rules"][1].update(sides={"claimant": "nobody"}), "has no side 'nobody'"),
        (lambda r: r["rules"][1].update(sides={"moon": "creditor"}), "'role' has no choice 'moon'"),
        (lambda r: r["rules"][1].pop("side_from"), "side_from and sides go together"),
        (
            lambda r: (
                r["rules"][1].update(each=True, names_from=None) or r["rules"][1].pop("names_from")
            ),
            "'each' needs names_from",
        ),
        (lambda r: r["questions"][1].pop("text"), "/questions/1"),
        (lambda r: r.update(format_version=9), "/format_version"),
    ],
)
def test_broken_rules_are_named_by_place(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    path = _broken(tmp_path, change)
    with pytest.raises(TriageError) as caught:
        load_triage(path, TREES)
    assert message in str(caught.value)
    assert str(path) in str(caught.value)


def test_validate_command_checks_triage_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(default_path())]) == 0
    path = _broken(tmp_path, lambda r: r["rules"][0].update(tree="no_such_tree"))
    assert main(["validate", str(path)]) == 1
    assert "no_such_tree" in capsys.readouterr().out


def test_terminal_triage_keeps_the_chosen_suggestions() -> None:
    typed = "2 3\n1\n2 3\n某某贸易有限公司\n赵六\n某某贸易有限公司\n赵六\n2\n"
    out = io.StringIO()
    chosen = TriageWalk(TRIAGE, TREES, "zh", io.StringIO(typed), out).run()
    assert chosen is not None and [c.tree for c in chosen] == ["guarantor"]
    text = out.getvalue()
    assert "建议的评估" in text and "保证人：赵六" in text


def test_terminal_triage_retries_a_wrong_number_and_stops_at_end_of_input() -> None:
    out = io.StringIO()
    assert TriageWalk(TRIAGE, TREES, "en", io.StringIO("42\n"), out).run() is None
    assert "Please enter one of the numbers listed." in out.getvalue()


def test_triage_command_saves_a_case_of_the_chosen_assessments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = "4 5\n1\n2 9\n某某小吃店\n张三、李四\n甲、乙\n\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    path = tmp_path / "case.lwcase"
    code = main(
        ["triage", "--save", str(path), "--client", "王小明", "--consultation-date", "2026-12-05"]
    )
    assert code == 0, capsys.readouterr()
    case = load_whole_case(path, TREES).case
    assert case.info.client_name == "王小明"
    assert [(a.tree.id, a.about) for a in case.assessments] == [
        ("partnership", "某某小吃店"),
        ("joint_tort", "甲、乙"),
    ]
    assert case.assessments[0].names("partner") == ("张三", "李四")
