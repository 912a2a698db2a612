"""The trees available to a front end: every valid tree of a folder, and why others are not."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from wizard import resources
from wizard.errors import Problem, TreeError
from wizard.model import Tree
from wizard.statutes import StatuteLibrary
from wizard.treefile import load_tree
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


def load_catalog(library: StatuteLibrary, paths: list[Path] | None = None) -> Catalog:
    """Load and validate every tree; a broken tree is listed as unavailable, never fatal."""
    catalog = Catalog()
    for path in tree_files(paths or [resources.trees_dir()]):
        try:
            tree = load_tree(path)
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
    return catalog
