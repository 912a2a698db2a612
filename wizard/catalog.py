"""The trees available to a front end: every valid tree of a folder, and why others are not.

This module is imported before the desktop app's first window: what loading a tree needs
(the schema check, the model, the validator) is imported when a tree is loaded.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wizard import resources
from wizard.atomicio import write_text_atomic
from wizard.errors import Problem, TreeError
from wizard.tree_index import TreeSummary, summary_of, tree_file_name, tree_files

if TYPE_CHECKING:
    from wizard.model import Tree
    from wizard.statutes import StatuteLibrary

log = logging.getLogger(__name__)


@dataclass
class Catalog:
    trees: dict[str, Tree] = field(default_factory=dict)
    unavailable: dict[str, list[Problem]] = field(default_factory=dict)  # file → problems
    #: What the home page lists: the valid trees, by id.
    summaries: list[TreeSummary] = field(default_factory=list)

    @property
    def known_unavailable(self) -> dict[str, list[Problem]]:
        """The trees found broken so far (all of them: this catalog is loaded)."""
        return self.unavailable

    def find(self, name: str) -> Tree:
        """A tree by id, or by the path of its file."""
        if name in self.trees:
            return self.trees[name]
        for tree in self.trees.values():
            if tree.source and Path(tree.source).resolve() == Path(name).resolve():
                return tree
        for source, problems in self.unavailable.items():
            if tree_file_name(source) == name or Path(source).resolve() == Path(name).resolve():
                raise TreeError(problems)
        known = ", ".join(sorted(self.trees)) or "none"
        raise TreeError([Problem(name, "(tree)", f"no such tree (available: {known})")])


def load_library() -> StatuteLibrary:
    from wizard.statutes import StatuteLibrary

    return StatuteLibrary.load(resources.statutes_dir())


def load_catalog(
    library: StatuteLibrary, paths: list[Path] | None = None, schema_cache: Path | None = None
) -> Catalog:
    """Load and validate every tree; a broken tree is listed as unavailable, never fatal.

    Args:
        schema_cache: a file remembering which tree contents passed the JSON Schema, so that a
            front end starts fast; every semantic check still runs. ``validate`` uses none.
    """
    return CatalogLoader(library, paths, schema_cache).finish()


class CatalogLoader:
    """Loads a folder's trees one at a time (so a front end can do it between events)."""

    def __init__(
        self,
        library: StatuteLibrary,
        paths: list[Path] | None = None,
        schema_cache: Path | None = None,
    ) -> None:
        self.library = library
        self.catalog = Catalog()
        self.files = tree_files(paths or [resources.trees_dir()])
        self._next = 0
        self._schema_cache = schema_cache
        # A frozen bundle ships the keys of the trees it was built with (build.spec writes them).
        self._known_valid = _read_cache(schema_cache) | _read_cache(
            resources.bundled_schema_cache()
        )
        self._passed: set[str] = set()
        self._finished = False

    @property
    def done(self) -> bool:
        return self._next >= len(self.files)

    def load_next(self) -> None:
        """Load and validate the next tree file."""
        from wizard.treefile import load_tree, schema_key
        from wizard.validate import check_tree

        path = self.files[self._next]
        self._next += 1
        catalog = self.catalog
        try:
            tree = load_tree(path, self._known_valid)
            self._passed.add(schema_key(tree.content_hash))
        except TreeError as exc:
            catalog.unavailable[str(path)] = exc.problems
            return
        problems = check_tree(tree, self.library)
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

    def finish(self) -> Catalog:
        """Load what is left; the catalog, complete."""
        while not self.done:
            self.load_next()
        catalog = self.catalog
        if not self._finished:
            self._finished = True
            catalog.summaries = [
                summary_of(t, self.library) for t in sorted(catalog.trees.values(), key=_by_id)
            ]
            if self._schema_cache is not None and self._passed != self._known_valid:
                _write_cache(self._schema_cache, self._passed)
        return catalog


def _by_id(tree: Tree) -> str:
    return tree.id


class DeferredCatalog:
    """A catalog listed from the tree index (``wizard.tree_index``) and loaded in steps.

    ``summaries`` and ``known_unavailable`` never wait; ``trees``, ``unavailable`` and
    ``find`` load whatever is not loaded yet first, so every use of a tree sees it loaded and
    validated. A front end calls :meth:`step` between events until :attr:`loaded`.
    """

    def __init__(self, summaries: list[TreeSummary], loader: Callable[[], CatalogLoader]):
        self.summaries = summaries
        self._make_loader = loader
        self._loader: CatalogLoader | None = None

    @property
    def loader(self) -> CatalogLoader:
        if self._loader is None:
            self._loader = self._make_loader()
        return self._loader

    @property
    def loaded(self) -> bool:
        return self._loader is not None and self._loader.done

    def step(self) -> bool:
        """Load the next tree; whether any is left."""
        if not self.loader.done:
            self.loader.load_next()
        if self.loader.done:
            self._complete()
            return False
        return True

    def _complete(self) -> Catalog:
        catalog = self.loader.finish()
        self.summaries = catalog.summaries
        return catalog

    @property
    def trees(self) -> dict[str, Tree]:
        return self._complete().trees

    @property
    def unavailable(self) -> dict[str, list[Problem]]:
        return self._complete().unavailable

    @property
    def known_unavailable(self) -> dict[str, list[Problem]]:
        return self._loader.catalog.unavailable if self._loader is not None else {}

    def find(self, name: str) -> Tree:
        return self._complete().find(name)


def _read_cache(path: Path | None) -> frozenset[str]:
    if path is None:
        return frozenset()
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))["passed_schema"]
        return frozenset(str(k) for k in keys)
    except (OSError, ValueError, KeyError, TypeError):
        return frozenset()


def _write_cache(path: Path, keys: set[str]) -> None:
    write_cache_file(path, json.dumps({"passed_schema": sorted(keys)}))


def write_cache_file(path: Path, text: str) -> None:
    """Write a cache (the schema cache, the tree index) unless it already holds ``text``;
    failing to write one only costs time at the next start, so it is logged, not raised."""
    try:
        if path.is_file() and path.read_text(encoding="utf-8") == text:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, text)
    except OSError as exc:
        log.warning("cannot write %s: %s", path, exc)
