"""Shared definitions: `{"use": name}` entries expand to the same model as written-out ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts.share_definitions import share, to_text
from tests.helpers import library, raw_example
from wizard.errors import TreeError
from wizard.treefile import build_tree, expand_definitions, load_tree
from wizard.validate import check_tree


def _with_repeats() -> dict:
    """The worked example with the same evidence item and warning in two outcomes."""
    raw = raw_example()
    outcomes = [n for n in raw["nodes"] if n["type"] == "outcome"]
    warning = {"kind": "caution", "text": {"zh": "核对日期。", "en": "Check the dates."}}
    for outcome in outcomes[:2]:
        outcome["evidence"].append({"zh": "身份证明", "en": "Proof of identity"})
        outcome["warnings"] = [warning]
    return raw


def test_sharing_keeps_the_model_and_is_idempotent() -> None:
    raw = _with_repeats()
    shared = share(json.loads(json.dumps(raw)))
    assert shared["definitions"]["notes"] and shared["definitions"]["warnings"]
    assert {"use": "caution_check_the_dates"} in shared["nodes"][4]["warnings"]
    assert build_tree(expand_definitions(shared)).nodes == build_tree(raw).nodes
    assert share(json.loads(json.dumps(shared))) == shared


def test_shared_tree_file_validates(tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    path.write_text(to_text(share(_with_repeats())), encoding="utf-8")
    assert check_tree(load_tree(path), library()) == []


def test_unknown_definition_is_reported_by_node(tmp_path: Path) -> None:
    raw = share(_with_repeats())
    raw["nodes"][4]["evidence"].append({"use": "no_such_entry"})
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TreeError) as error:
        load_tree(path)
    assert str(error.value.problems[0]) == (
        f"{path}: out_enlarged: evidence: uses 'no_such_entry', which definitions.notes "
        "does not define"
    )


#: A condition long enough to be worth sharing (longer than a reference to it).
_LATE_NOTICE = {
    "all": [
        {"answer": "notice_valid", "in": ["yes"]},
        {"date": "posted_date", "on_or_after": "2021-01-01"},
    ]
}


def _with_repeated_condition() -> dict:
    """The worked example with the same condition on different texts of two outcomes."""
    raw = raw_example()
    for node in raw["nodes"]:
        if node["id"] in ("out_enlarged", "out_timely"):
            node["evidence"].append(
                {
                    "text": {"zh": f"送达凭证（{node['id']}）", "en": f"Proof ({node['id']})"},
                    "when": json.loads(json.dumps(_LATE_NOTICE)),
                }
            )
            node["next_steps"].append(
                {
                    "text": {"zh": f"核对日期（{node['id']}）", "en": f"Check ({node['id']})"},
                    "when": {"not": json.loads(json.dumps(_LATE_NOTICE))},
                }
            )
    return raw


def _shared_condition_names(raw: dict) -> list[str]:
    return list(raw["definitions"]["conditions"])


def test_a_repeated_condition_is_written_once_and_keeps_the_model(tmp_path: Path) -> None:
    raw = _with_repeated_condition()
    shared = share(json.loads(json.dumps(raw)))
    (name,) = _shared_condition_names(shared)
    assert shared["definitions"]["conditions"][name] == _LATE_NOTICE
    text = json.dumps(shared, ensure_ascii=False)
    assert text.count('"notice_valid", "in"') == 1 and text.count(f'"use": "{name}"') == 4
    before, after = build_tree(raw), build_tree(expand_definitions(shared))
    assert after.nodes == before.nodes
    assert share(json.loads(json.dumps(shared))) == shared
    # Built once: every node that uses it holds the same object.
    uses = [i.when for n in after.outcomes for i in n.evidence if i.when is not None]
    assert len(uses) == 2 and uses[0] is uses[1]
    path = tmp_path / "shared.json"
    path.write_text(to_text(shared), encoding="utf-8")
    assert check_tree(load_tree(path), library()) == []


def test_a_short_or_single_condition_stays_where_it_is() -> None:
    raw = raw_example()
    for node in raw["nodes"]:
        if node["id"] in ("out_enlarged", "out_timely"):  # short, though repeated
            node["evidence"].append(
                {"text": {"zh": "通知", "en": "Notice"}, "when": {"reached": "notice_valid"}}
            )
    shared = share(raw)
    assert "conditions" not in shared.get("definitions", {})


def _load_problems(raw: dict, tmp_path: Path) -> list[str]:
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    try:
        return [str(p).removeprefix(f"{path}: ") for p in check_tree(load_tree(path), library())]
    except TreeError as error:
        return [str(p).removeprefix(f"{path}: ") for p in error.problems]


def test_an_unknown_shared_condition_is_reported_by_the_node_using_it(tmp_path: Path) -> None:
    raw = share(_with_repeated_condition())
    node = next(n for n in raw["nodes"] if n["id"] == "out_timely")
    node["evidence"][-1]["when"] = {"all": [{"use": "no_such_condition"}]}
    assert _load_problems(raw, tmp_path) == [
        "out_timely: a condition uses 'no_such_condition', which definitions.conditions "
        "does not define"
    ]


def test_shared_conditions_in_a_circle_are_reported(tmp_path: Path) -> None:
    raw = share(_with_repeated_condition())
    raw["definitions"]["conditions"]["first"] = {"not": {"use": "second"}}
    raw["definitions"]["conditions"]["second"] = {"any": [{"use": "first"}]}
    assert _load_problems(raw, tmp_path) == [
        "(definitions): shared conditions use each other: first → second → first"
    ]


def test_a_shared_condition_is_checked_in_each_node_that_uses_it(tmp_path: Path) -> None:
    """It reads notice_valid: fine in the outcomes, but not in the question asked before it."""
    raw = share(_with_repeated_condition())
    (name,) = _shared_condition_names(raw)
    node = next(n for n in raw["nodes"] if n["id"] == "notice_valid")
    node["citations"][0]["when"] = {"use": name}
    assert _load_problems(raw, tmp_path) == [
        "notice_valid: a condition reads 'notice_valid', which is never answered before this node"
    ]
