"""The trees available to a front end: every valid tree of a folder, and why others are not."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from wizard import resources
from wizard.atomicio import write_text_atomic
from wizard.errors import Problem, TreeError
from wizard.model import Tree
from wizard.statutes import StatuteLibrary
from wizard.treefile import load_tree, schema_key
from wizard.validate import check_tree, tree_files

log = logging.getLogger(__name__)


@dataclass
class Catalog:
    trees: dict[str, Tree] = field(default_factory=dict)
    unavailable: dict[str, list[Problem]] = field(default_factory=dict)  # file → problems

    def find(self, name: str) -> Tree:
        """A tree by id, or by the path of its file."""
        if name in self.trees:
            return self.trees[name]
        for tree in self.trees.values():
            if tree.source and Path(tree.source).resolve() == Path(name).resolve():
                return tree
        for source, problems in self.unavailable.items():
            if Path(source).stem == name or Path(source).resolve() == Path(name).resolve():
                raise TreeError(problems)
        known = ", ".join(sorted(self.trees)) or "none"
        raise TreeError([Problem(name, "(tree)", f"no such tree (available: {known})")])


def load_library() -> StatuteLibrary:
    return StatuteLibrary.load(resources.statutes_dir())


def load_catalog(
    library: StatuteLibrary, paths: list[Path] | None = None, schema_cache: Path | None = None
) -> Catalog:
    """Load and validate every tree; a broken tree is listed as unavailable, never fatal.

    Args:
        schema_cache: a file remembering which tree contents passed the JSON Schema, so that a
            front end starts fast; every semantic check still runs. ``validate`` uses none.
    """
    catalog = Catalog()
    # A frozen bundle ships the keys of the trees it was built with (build.spec writes them).
    known_valid = _read_cache(schema_cache) | _read_cache(resources.bundled_schema_cache())
    passed: set[str] = set()
    for path in tree_files(paths or [resources.trees_dir()]):
        try:
            tree = load_tree(path, known_valid)
            passed.add(schema_key(tree.content_hash))
        except TreeError as exc:
            catalog.unavailable[str(path)] = exc.problems
            continue
        problems = check_tree(tree, library)
        if tree.id in catalog.trees:
            other = catalog.trees[tree.id].source
            problems.append(
                Problem(str(path), "(tree)", f"tree id '{tree.id}' is also used by {other}")
            )
        if problems:
            catalog.unavailable[str(path)] = problems
            log.warning("tree %s is unavailable: %d problems", path, len(problems))
        else:
            catalog.trees[tree.id] = tree
    if schema_cache is not None and passed != known_valid:
        _write_cache(schema_cache, passed)
    return catalog


def _read_cache(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))["passed_schema"]
        return frozenset(str(k) for k in keys)
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()


def _write_cache(path: Path, keys: set[str]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps({"passed_schema": sorted(keys)}))
    except OSError as exc:  # a cache: failing to write it only costs time
        log.warning("cannot write %s: %s", path, exc)
