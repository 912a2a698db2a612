"""What the home page shows of each tree, without loading the trees: a light index.

Loading and validating all trees takes a good part of a second; the desktop app shows its first
window before that (docs/decisions/010-fast-start.md). The home page needs only each tree's id,
title, description, version, review date and the short names of its laws. Those come from:

- the index the app wrote after its last full load (a file in the per-user app-data folder),
  for each tree file whose size and modification time are unchanged;
- the index a frozen bundle ships (build.spec writes it), for each bundled tree file of the
  same name and size;
- otherwise nowhere: the app then loads the trees before it shows the window, as before.

The trees are still loaded and validated in full, right after the first paint or when one is
first used; the index only spares the wait. Qt-free, and it imports nothing heavy.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.model import Tree
    from wizard.statutes import StatuteLibrary

log = logging.getLogger(__name__)

INDEX_FORMAT = 1


@dataclass(frozen=True)
class TreeSummary:
    """A tree as the home page lists it. Texts are by language ("zh", "en")."""

    id: str
    source: str  # the tree file
    version: str
    last_legal_review: date
    title: dict[str, str]
    description: dict[str, str]
    laws: dict[str, str]  # the short names of its laws, joined, by language

    def to_json(self) -> dict[str, Any]:
        raw = asdict(self)
        raw["last_legal_review"] = self.last_legal_review.isoformat()
        del raw["source"]
        return raw

    @classmethod
    def from_json(cls, raw: dict[str, Any], source: str) -> TreeSummary:
        return cls(
            id=str(raw["id"]),
            source=source,
            version=str(raw["version"]),
            last_legal_review=date.fromisoformat(raw["last_legal_review"]),
            title=_texts(raw["title"]),
            description=_texts(raw["description"]),
            laws=_texts(raw["laws"]),
        )


def _texts(raw: Any) -> dict[str, str]:
    if not (isinstance(raw, dict) and isinstance(raw.get("zh"), str) and "en" in raw):
        raise ValueError("not a text in zh and en")
    return {"zh": raw["zh"], "en": str(raw["en"])}


def summary_of(tree: Tree, library: StatuteLibrary) -> TreeSummary:
    """The summary of a loaded tree (the law names as the home page joins them)."""
    names = {
        lang: ("、" if lang == "zh" else "; ").join(
            library.law(slug).short_name.get(lang) for slug in tree.laws if slug in library
        )
        for lang in ("zh", "en")
    }
    return TreeSummary(
        id=tree.id,
        source=tree.source,
        version=tree.version,
        last_legal_review=tree.last_legal_review,
        title={"zh": tree.title.zh, "en": tree.title.en},
        description={"zh": tree.description.zh, "en": tree.description.en},
        laws=names,
    )


TREE_SUFFIXES = (".json", ".json.xz")  # .json.xz: as the frozen app ships them


def tree_files(paths: list[Path]) -> list[Path]:
    """The tree files named, folders expanded to their ``*.json`` and ``*.json.xz`` (the
    schema file excluded)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(
                p
                for p in path.iterdir()
                if p.name.endswith(TREE_SUFFIXES) and not p.name.endswith(".schema.json")
            )
        else:
            files.append(path)
    return files


def tree_file_name(path: str | Path) -> str:
    """A tree file's name without its suffixes: ``isp`` for ``isp.json`` and ``isp.json.xz``."""
    name = Path(path).name
    for suffix in sorted(TREE_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _read(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("format") != INDEX_FORMAT:
        return {}
    entries = raw.get("trees")
    return entries if isinstance(entries, dict) else {}


def read_summaries(
    files: list[Path], cache: Path | None, bundled: Path | None = None
) -> list[TreeSummary] | None:
    """The summaries of ``files`` from the indexes, or None if any file is not in them (or
    an index entry cannot be read): then the trees must be loaded to be listed."""
    own, shipped = _read(cache), _read(bundled)
    found = []
    for path in files:
        stamp = _stamp(path)
        if stamp is None:
            return None
        entry = own.get(str(path))
        matches = isinstance(entry, dict) and [entry.get("size"), entry.get("mtime_ns")] == [*stamp]
        if not matches:
            entry = shipped.get(path.name)
            matches = isinstance(entry, dict) and entry.get("size") == stamp[0]
        if not matches:
            return None
        try:
            found.append(TreeSummary.from_json(entry["summary"], str(path)))  # type: ignore[index]
        except (KeyError, TypeError, ValueError):
            return None
    return found


def index_json(summaries: list[TreeSummary], key: str = "path") -> str:
    """An index of ``summaries`` (their files as they are now), keyed by the file's path
    (the app's own index) or by its name (``key="name"``, the index a bundle ships)."""
    trees = {}
    for summary in summaries:
        path = Path(summary.source)
        stamp = _stamp(path)
        if stamp is None:
            continue
        trees[str(path) if key == "path" else path.name] = {
            "size": stamp[0],
            "mtime_ns": stamp[1],
            "summary": summary.to_json(),
        }
    return json.dumps({"format": INDEX_FORMAT, "trees": trees}, ensure_ascii=False, indent=1)
