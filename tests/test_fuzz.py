"""Mutated trees and case files: the loaders accept them or raise the project's own errors.

Hypothesis drops keys, swaps in wrong types, random strings, huge numbers and deep nesting at
random places of valid inputs. Whatever comes out, reading it must end in a model or in a
TreeError / CaseFileError with a message — never a KeyError, TypeError or a crash.
"""

from __future__ import annotations

import contextlib
import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import library, raw_example, tree, walk
from wizard.casefile import CaseInfo, load_case, to_json
from wizard.errors import CaseFileError, TreeError
from wizard.treefile import load_tree
from wizard.validate import check_tree

JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=30),
    st.just("2022-02-30"),
    st.just(""),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.recursive(st.just([]), lambda inner: st.lists(inner, max_size=2), max_leaves=40),
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every location inside a JSON value (dict keys and list indexes)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, original: Any) -> Any:
    value = copy.deepcopy(original)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        locations = [p for p in _paths(value) if p]
        if not locations:
            break
        where = draw(st.sampled_from(locations))
        parent = value
        for step in where[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["drop", "replace", "nest"]))
        if action == "drop" and isinstance(parent, dict):
            del parent[where[-1]]
        elif action == "drop" and isinstance(parent, list):
            parent.pop(where[-1])
        elif action == "nest":
            parent[where[-1]] = {"x": [parent[where[-1]]] * 2}
        else:
            parent[where[-1]] = draw(JUNK)
    return value


def _write(raw: Any) -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / "fuzz.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@given(mutated(raw_example()))
def test_mutated_tree_is_accepted_or_refused_cleanly(raw: Any) -> None:
    path = _write(raw)
    try:
        loaded = load_tree(path)
    except TreeError as exc:
        assert exc.problems and all(p.file == str(path) for p in exc.problems)
        return
    check_tree(loaded, library())  # returns problems; must not raise


@given(st.binary(max_size=200))
def test_random_bytes_as_a_tree(data: bytes) -> None:
    path = Path(tempfile.mkdtemp()) / "bytes.json"
    path.write_bytes(data)
    with contextlib.suppress(TreeError):
        load_tree(path)


CASE = to_json(
    CaseInfo(client_name="张三", notes="x"), walk("example_notice", ["2022-01-05", "yes", "no"])
)


@given(mutated(CASE))
def test_mutated_case_file_is_accepted_or_refused_cleanly(raw: Any) -> None:
    path = _write(raw)
    before = path.read_bytes()
    try:
        loaded = load_case(path, {"example_notice": tree("example_notice")})
    except CaseFileError as exc:
        assert str(path) in str(exc)
    else:
        loaded.session.snapshot()  # a usable session
    assert path.read_bytes() == before  # loading never writes
