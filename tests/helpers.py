"""Shared test helpers: the shipped statute library and trees, and walking a tree by answers."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from wizard import resources
from wizard.engine import Session
from wizard.model import Tree
from wizard.statutes import StatuteLibrary
from wizard.treefile import build_tree, load_tree

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_TREE = ROOT / "docs" / "examples" / "example-tree.json"
FORMAT2_EXAMPLE = ROOT / "docs" / "examples" / "guarantee-example.json"


@cache
def library() -> StatuteLibrary:
    return StatuteLibrary.load(resources.statutes_dir())


def shipped_tree_files() -> list[Path]:
    return sorted(
        p for p in resources.trees_dir().glob("*.json") if not p.name.endswith(".schema.json")
    )


@cache
def tree(tree_id: str) -> Tree:
    """A shipped tree by id (or the example tree as 'example_notice')."""
    if tree_id == "example_notice":
        return load_tree(EXAMPLE_TREE)
    if tree_id == "example_guarantee":
        return load_tree(FORMAT2_EXAMPLE)
    for path in shipped_tree_files():
        loaded = load_tree(path)
        if loaded.id == tree_id:
            return loaded
    raise KeyError(tree_id)


def walk(tree_id: str, answers: Iterable[str | None]) -> Session:
    """Answer a tree's pages in order: choice ids, 'YYYY-MM-DD' dates, None for info pages."""
    session = Session(tree(tree_id))
    for answer in answers:
        session.answer(answer)
    return session


def cited(session: Session, lang: str = "zh") -> list[str]:
    """The citations of every finding's basis, formatted as in legal-coverage.md §0.2."""
    result = session.result()
    return [library().cite(c, lang) for f in result.findings for c in f.basis]  # type: ignore[arg-type]


def raw_format2_example() -> dict[str, Any]:
    return json.loads(FORMAT2_EXAMPLE.read_text(encoding="utf-8"))


def raw_example() -> dict[str, Any]:
    return json.loads(EXAMPLE_TREE.read_text(encoding="utf-8"))


def tree_from_raw(raw: dict[str, Any], source: str = "broken.json") -> Tree:
    return build_tree(raw, source=source)


def assert_golden(
    tree_id: str,
    answers: list[str],
    code: str,
    labels: list[str],
    citations: list[str],
    consultation: date,
) -> Session:
    """A golden path: the outcome reached, its findings' labels and their exact citations."""
    session = walk(tree_id, answers)
    assert session.outcome is not None and session.outcome.code == code
    result = session.result(consultation)
    assert [f.label for f in result.findings] == labels
    assert cited(session) == citations
    return session
