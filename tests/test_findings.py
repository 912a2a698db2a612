"""Several routes in one case: finding nodes on the path all appear in the result."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.helpers import ROOT, library
from wizard.engine import Session
from wizard.treefile import build_tree, load_tree
from wizard.validate import check_tree

MULTI = ROOT / "tests" / "data" / "multi_route.json"


def session(*answers: str) -> Session:
    s = Session(load_tree(MULTI))
    for a in answers:
        s.answer(a)
    return s


def test_multi_route_tree_is_valid() -> None:
    assert check_tree(load_tree(MULTI), library()) == []


def test_two_routes_give_two_findings_and_the_final_outcome() -> None:
    result = session("yes", "yes").result(date(2026, 1, 1))
    assert result.codes == ("MR-A", "MR-B", "MR-C")
    assert [f.label for f in result.findings] == ["连带责任", "补充责任"]
    assert [p.node.code for p in result.parts] == ["MR-A", "MR-B", "MR-C"]
    # Finding nodes are passed by the engine, not shown as pages.
    assert session("yes", "yes").progress.steps_taken == 2


def test_one_route_and_none() -> None:
    assert session("no", "yes").result().codes == ("MR-B", "MR-C")
    none = session("no", "no").result()
    assert none.codes == ("MR-D",) and none.findings[0].label == "不承担责任"


def test_back_over_a_finding_node_removes_it() -> None:
    s = session("yes")
    s.back()
    assert s.current.id == "route_a" and s.path == ()


def test_outcome_without_findings_must_follow_a_finding(tmp_path: Path) -> None:
    raw = json.loads(MULTI.read_text(encoding="utf-8"))
    decide = next(n for n in raw["nodes"] if n["id"] == "decide")
    decide["otherwise"]["next"] = "combined"
    problems = check_tree(build_tree(raw, "m.json"), library())
    assert [(p.where, p.message) for p in problems] == [
        ("none", "not reachable from the start node"),
        ("combined", "has no findings, and a path reaches it without passing a finding node"),
    ]


def test_reached_condition_must_read_an_earlier_node() -> None:
    raw = json.loads(MULTI.read_text(encoding="utf-8"))
    route_a = next(n for n in raw["nodes"] if n["id"] == "find_a")
    route_a["findings"][0]["when"] = {"reached": "find_b"}
    problems = check_tree(build_tree(raw, "m.json"), library())
    assert [(p.where, p.message) for p in problems] == [
        ("find_a", "a condition reads 'find_b', which never comes before")
    ]


def test_report_lists_every_finding_of_every_route() -> None:
    from wizard.casefile import CaseInfo
    from wizard.report import render_report

    html = render_report(session("yes", "yes"), CaseInfo(), library())
    # Each route's findings in path order, named by their route (no outcome codes).
    assert html.index("结论MR-A") < html.index("结论MR-B")
    assert "连带责任" in html and "补充责任" in html
