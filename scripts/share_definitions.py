"""Write repeated deadlines, warnings, list entries and conditions of a tree once, in its
`definitions`.

    python scripts/share_definitions.py trees/guarantor.json [--check]

Every entry of an outcome's or finding's `deadlines`, `warnings`, `recourse`, `next_steps` or
`evidence` that appears more than once in the tree moves to `definitions` under a generated
name, and each use becomes `{"use": name}`. So does every condition longer than a reference to
it that is written more than once (`definitions.conditions`): generated trees repeat the same
conditions in many texts, and a tree that writes each once is a fraction of the size and loads
that much faster. The tree's model is unchanged (the script checks this before writing); bump
the tree's version after running it, since its content hash moves. Entries already shared are
kept; re-running changes nothing.
"""

from __future__ import annotations

import argparse
import hashlib
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
    share_conditions(raw)
    if not any(definitions.values()):
        raw.pop("definitions")
    return raw


#: A condition shorter than this (compact JSON) stays where it is written: a reference to it
#: would be nearly as long.
MIN_SHARED_CONDITION = 80


def _children(condition: dict[str, Any]) -> list[dict[str, Any]]:
    for key in ("all", "any"):
        if key in condition:
            return list(condition[key])
    for key in ("not", "undetermined"):
        if key in condition:
            return [condition[key]]
    return []


def _with_children(condition: dict[str, Any], children: list[Any]) -> dict[str, Any]:
    for key in ("all", "any"):
        if key in condition:
            return {**condition, key: children}
    for key in ("not", "undetermined"):
        if key in condition:
            return {**condition, key: children[0]}
    return condition


def _roots(value: Any) -> list[tuple[dict[str, Any], str]]:
    """The ``when`` conditions in a tree: (the object holding one, the key)."""
    found = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            for key, child in item.items():
                if key == "when" and isinstance(child, dict):
                    found.append((item, key))
                elif isinstance(child, dict | list):
                    stack.append(child)
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _describe(condition: dict[str, Any]) -> str:
    """Words for a condition's generated name (the name also carries a digest of it)."""
    for key in ("all", "any"):
        if key in condition:
            return key + "_" + "_".join(_describe(c) for c in condition[key][:2])
    if "not" in condition:
        return "not_" + _describe(condition["not"])
    if "undetermined" in condition:
        return "open_" + _describe(condition["undetermined"])
    if "answer" in condition:
        choices = (
            condition.get("in") or condition.get("includes_any") or condition.get("includes_all")
        )
        return f"{condition['answer']}_{'_'.join((choices or [])[:2])}"
    for key, words in (("reached", "at_{}"), ("use", "{}"), ("unknown", "{}_unknown")):
        if key in condition:
            return words.format(condition[key])
    if "side" in condition:
        return "side_" + "_".join(condition["side"])
    if "event" in condition:
        return "_".join(condition["kinds"][:2])
    if "deadline" in condition:
        return f"{condition['deadline']}_{'passed' if condition.get('passed') else 'running'}"
    return "_".join(str(v) for v in condition.values() if isinstance(v, str))


def _condition_name(condition: dict[str, Any], key: str, taken: set[str]) -> str:
    # The digest keeps a name when other conditions come and go: regenerating a tree after a
    # change renames nothing else.
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    name = f"{_slug(_describe(condition))[:40].rstrip('_')}_{digest}"
    while name in taken:
        name += "x"
    taken.add(name)
    return name


def _count_written(
    roots: list[tuple[dict[str, Any], str]], shared: set[str], every: dict[str, dict[str, Any]]
) -> Counter[str]:
    """How often each of ``shared`` is written once all of them are written once."""
    used: Counter[str] = Counter()

    def count(condition: dict[str, Any], top: bool) -> None:
        key = _key(condition)
        if key in shared and not top:
            used[key] += 1
            return
        for child in _children(condition):
            count(child, False)

    for holder, key in roots:
        count(holder[key], False)
    for key in shared:
        count(every[key], True)
    return used


def inline_conditions(raw: dict[str, Any]) -> dict[str, Any]:
    """The tree with every ``{"use": name}`` condition written out again (for data files that
    copy a tree's conditions and have no ``definitions`` of their own)."""
    named = raw.get("definitions", {}).get("conditions", {})

    def inline(condition: dict[str, Any]) -> dict[str, Any]:
        if "use" in condition:
            return inline(named[condition["use"]])
        children = _children(condition)
        return _with_children(condition, [inline(c) for c in children]) if children else condition

    tree = json.loads(json.dumps(raw))
    for holder, key in _roots(tree):
        holder[key] = inline(holder[key])
    return tree


def _written_length(condition: dict[str, Any], shared: set[str]) -> int:
    """The length of a condition as written with the ``shared`` ones inside it referred to."""
    reference = len(json.dumps({"use": "x" * 40}))

    def written(item: dict[str, Any], top: bool) -> Any:
        if not top and _key(item) in shared:
            return "r" * (reference - 2)  # a JSON string of a reference's length
        children = _children(item)
        return _with_children(item, [written(c, False) for c in children]) if children else item

    return len(_key(written(condition, True)))


def share_conditions(raw: dict[str, Any]) -> None:
    """Move every condition written more than once (and longer than a reference to it) to
    ``definitions.conditions``, and write ``{"use": name}`` where it was."""
    definitions = raw.setdefault("definitions", {})
    existing: dict[str, Any] = definitions.get("conditions", {})
    roots = _roots({k: v for k, v in raw.items() if k != "definitions"}) + _roots(
        {k: v for k, v in definitions.items() if k != "conditions"}
    )
    every: dict[str, dict[str, Any]] = {}
    counts: Counter[str] = Counter()
    stack = [holder[key] for holder, key in roots]
    while stack:
        condition = stack.pop()
        key = _key(condition)
        counts[key] += 1
        every[key] = condition
        stack.extend(_children(condition))
    shared = {
        k
        for k, n in counts.items()
        if n > 1 and len(k) >= MIN_SHARED_CONDITION and "use" not in every[k]
    }
    # Count again as written once shared: a condition inside a shared one is written once
    # there, so it may no longer be repeated. Repeat until every shared one is used twice.
    # A condition is shared only if it is still long once the shared ones inside it are
    # references ({"not": {"use": …}} is not worth a name of its own).
    while True:
        used = _count_written(roots, shared, every)
        rare = {
            k
            for k in shared
            if used[k] < 2 or _written_length(every[k], shared) < MIN_SHARED_CONDITION
        }
        if not rare:
            break
        shared -= rare
    names = {_key(c): name for name, c in existing.items()}
    taken = set(existing)
    for key in sorted(shared):
        if key not in names:
            names[key] = _condition_name(every[key], key, taken)

    def replace(condition: dict[str, Any], top: bool = False) -> dict[str, Any]:
        key = _key(condition)
        if key in names and not top:
            return {"use": names[key]}
        children = _children(condition)
        if not children:
            return condition
        return _with_children(condition, [replace(c) for c in children])

    for holder, key in roots:
        holder[key] = replace(holder[key])
    written = dict(existing)
    written.update(
        {name: replace(every[key], top=True) for key, name in names.items() if key in every}
    )
    if written:
        definitions["conditions"] = dict(sorted(written.items()))


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
