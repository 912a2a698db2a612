"""Write repeated deadlines, warnings and list entries of a tree once, in its `definitions`.

    python scripts/share_definitions.py trees/guarantor.json [--check]

Every entry of an outcome's or finding's `deadlines`, `warnings`, `recourse`, `next_steps` or
`evidence` that appears more than once in the tree moves to `definitions` under a generated
name, and each use becomes `{"use": name}`. The tree's model is unchanged (the script checks
this before writing); bump the tree's version after running it, since its content hash moves.
Entries already shared are kept; re-running changes nothing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.treefile import SHARED_LISTS, build_tree, expand_definitions  # noqa: E402


def _key(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return slug[:40].rstrip("_") or "entry"


def _name(section: str, item: dict[str, Any], taken: set[str]) -> str:
    if section == "deadlines":
        base = item["id"]
    elif section == "warnings":
        base = f"{item['kind']}_{_slug(item['text']['en'])}"
    else:
        text = item.get("text", item)
        base = _slug(text["en"])
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def share(raw: dict[str, Any]) -> dict[str, Any]:
    definitions = raw.setdefault("definitions", {})
    counts: Counter[tuple[str, str]] = Counter()
    for node in raw["nodes"]:
        for key, section in SHARED_LISTS.items():
            for item in node.get(key, ()):
                if not (isinstance(item, dict) and set(item) == {"use"}):
                    counts[(section, _key(item))] += 1
    names: dict[tuple[str, str], str] = {}
    for section in ("deadlines", "warnings", "notes"):
        existing = definitions.get(section, {})
        taken = set(existing)
        for name, item in existing.items():
            names[(section, _key(item))] = name
        for (sect, key), count in counts.items():
            if sect == section and count > 1 and (sect, key) not in names:
                item = json.loads(key)
                name = _name(section, item, taken)
                existing[name] = item
                names[(sect, key)] = name
        if existing:
            definitions[section] = dict(sorted(existing.items()))
    for node in raw["nodes"]:
        for key, section in SHARED_LISTS.items():
            if key in node:
                node[key] = [
                    {"use": names[(section, _key(item))]}
                    if (section, _key(item)) in names
                    else item
                    for item in node[key]
                ]
    if not any(definitions.values()):
        raw.pop("definitions")
    return raw


def to_text(value: Any, indent: int = 0, width: int = 100) -> str:
    """Tree JSON for people: texts, citations and other short values on one line."""
    compact = json.dumps(value, ensure_ascii=False)
    is_text = isinstance(value, dict) and set(value) == {"zh", "en"}
    if not isinstance(value, dict | list) or is_text or len(compact) + indent <= width:
        return compact
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, list):
        items = [inner + to_text(v, indent + 2, width) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    items = [
        f"{inner}{json.dumps(k, ensure_ascii=False)}: {to_text(v, indent + 2, width)}"
        for k, v in value.items()
    ]
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="+", type=Path)
    args = parser.parse_args(argv)
    for path in args.trees:
        original = json.loads(path.read_text(encoding="utf-8"))
        before = build_tree(expand_definitions(json.loads(json.dumps(original))))
        shared = share(json.loads(json.dumps(original)))
        after = build_tree(expand_definitions(json.loads(json.dumps(shared))))
        if before.nodes != after.nodes:
            raise SystemExit(f"{path}: sharing would change the tree's model; nothing written")
        text = to_text(shared) + "\n"
        old_size = path.stat().st_size
        path.write_text(text, encoding="utf-8")
        sys.stdout.write(f"{path}: {old_size / 1e3:.0f} kB → {len(text.encode()) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
