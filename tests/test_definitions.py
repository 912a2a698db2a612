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
