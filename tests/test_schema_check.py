"""The compiled schema check says exactly what jsonschema says: valid or not.

It is the fast path of ``wizard.treefile.schema_problems``; if it ever accepted a tree that
jsonschema rejects, a broken tree would load. Compared here on every tree we ship or keep as an
example, and on thousands of random mutations of them.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import EXAMPLE_TREE, FORMAT2_EXAMPLE, ROOT, shipped_tree_files
from wizard import resources
from wizard.schema_check import UnsupportedSchema, compile_schema

SCHEMA = json.loads(resources.tree_schema_path().read_text(encoding="utf-8"))
FAST = compile_schema(SCHEMA)
SLOW = jsonschema.Draft202012Validator(SCHEMA)
TREES = {
    p.name: json.loads(p.read_text(encoding="utf-8"))
    for p in [
        *shipped_tree_files(),
        EXAMPLE_TREE,
        FORMAT2_EXAMPLE,
        ROOT / "tests/data/multi_route.json",
    ]
}


def agree(raw: Any) -> None:
    expected = not any(True for _ in SLOW.iter_errors(raw))
    assert FAST(raw) == expected, "the compiled check and jsonschema disagree"


@pytest.mark.parametrize("name", sorted(TREES))
def test_every_tree_is_valid_for_both(name: str) -> None:
    agree(TREES[name])
    assert FAST(TREES[name])


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 2000),
    st.floats(allow_nan=False, width=16),
    st.sampled_from(
        [
            "",
            "x",
            "yes",
            "2024-02-30",
            "2021-01-01",
            "连带责任",
            "Q",
            "civil_code",
            "choice",
            "date",
            "multi",
            "events",
            "outcome",
            "any",
            "demand",
        ]
    ),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["zh", "en", "id", "x", "when"]), inner, max_size=3),
    ),
    max_leaves=6,
)


def _containers(value: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _containers(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _containers(child, (*path, i))
    return found


def _at(value: Any, path: tuple) -> Any:
    for part in path:
        value = value[part]
    return value


@settings(max_examples=150)
@given(data=st.data())
def test_random_mutations_agree(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(TREES)))
    raw = copy.deepcopy(TREES[name])
    for _ in range(data.draw(st.integers(1, 3))):
        paths = [p for p in _containers(raw) if p]
        path = data.draw(st.sampled_from(paths))
        parent = _at(raw, path[:-1])
        action = data.draw(st.sampled_from(["delete", "replace", "add"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = data.draw(VALUES)
        elif isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["extra", "zh", "when", "next", "side"]))] = data.draw(
                VALUES
            )
        else:
            parent.append(data.draw(VALUES))
    agree(raw)


def test_an_unknown_keyword_is_refused() -> None:
    with pytest.raises(UnsupportedSchema):
        compile_schema({"type": "object", "patternProperties": {"^x": {}}})
