"""Building blocks shared by the tree generators: texts, citations, conditions, nodes, list
entries, writing. Everything returns plain JSON-ready dicts in the shape of docs/tree-format.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from scripts.share_definitions import share, to_text  # noqa: E402

J = dict[str, Any]


def T(zh: str, en: str) -> J:
    """A text in both languages."""
    return {"zh": zh, "en": en}


def C(law: str, article: int, paragraph: int | None = None, item: int | None = None,
      when: J | None = None) -> J:  # fmt: skip
    """A citation, optionally conditional."""
    c: J = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


def on_after(q: str, day: str) -> J:
    return {"date": q, "on_or_after": day}


def before(q: str, day: str) -> J:
    return {"date": q, "before": day}


def between(q: str, start: str, end: str) -> J:
    """``start`` <= q < ``end``."""
    return ALL(on_after(q, start), before(q, end))


def und(condition: J) -> J:
    return {"undetermined": condition}


def unknown(q: str) -> J:
    return {"unknown": q}


def ans(q: str, *choices: str) -> J:
    return {"answer": q, "in": list(choices)}


def side(*sides: str) -> J:
    return {"side": list(sides)}


def event(q: str, *kinds: str, parties: list[str] | None = None) -> J:
    c: J = {"event": q, "kinds": list(kinds)}
    if parties:
        c["parties"] = parties
    return c


def passed(deadline: str, value: bool = True) -> J:
    return {"deadline": deadline, "passed": value}


def ALL(*conditions: J) -> J:
    return {"all": list(conditions)}


def ANY(*conditions: J) -> J:
    return {"any": list(conditions)}


def NOT(condition: J) -> J:
    return {"not": condition}


def _sides(sides: str | list[str]) -> str | list[str]:
    """``"any"``, one side's name or a list of names, as the tree format writes them."""
    if sides == "any":
        return "any"
    return [sides] if isinstance(sides, str) else list(sides)


def item(text: J, sides: str | list[str] = "any", when: J | None = None) -> J:
    """A list entry (next step, evidence, recourse, defence) for some sides."""
    entry: J = {"side": _sides(sides), "text": text}
    if when is not None:
        entry["when"] = when
    return entry


def warning(kind: str, text: J, sides: str | list[str] = "any", when: J | None = None,
            basis: list[J] | None = None) -> J:  # fmt: skip
    entry: J = {"kind": kind, "side": _sides(sides), "text": text}
    if basis:
        entry["basis"] = basis
    if when is not None:
        entry["when"] = when
    return entry


def N(zh: str, en: str, sides: str | list[str], when: J | None = None) -> J:
    """:func:`item` with its text given in both languages."""
    return item(T(zh, en), sides, when)


def W(kind: str, zh: str, en: str, when: J | None = None, basis: list[J] | None = None,
      side_: str | list[str] = "any") -> J:  # fmt: skip
    """:func:`warning` with its text given in both languages."""
    return warning(kind, T(zh, en), side_, when, basis)


def variant(sides: list[str], zh: str, en: str, when: J | None = None) -> J:
    entry: J = {"side": sides, "zh": zh, "en": en}
    if when is not None:
        entry["when"] = when
    return entry


def includes(question: str, *choices: str) -> J:
    return {"answer": question, "includes_any": list(choices)}


def when_all(base: J | None, extra: J | None) -> J | None:
    if base is None:
        return extra
    if extra is None:
        return base
    return ALL(base, extra)


def choice(
    cid: str,
    label: J,
    nxt: str,
    significance: J | None = None,
    citations: list[J] | None = None,
    is_unknown: bool = False,
    exclusive: bool = False,
) -> J:
    c: J = {"id": cid, "label": label, "next": nxt}
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    if is_unknown:
        c["unknown"] = True
    if exclusive:
        c["exclusive"] = True
    return c


def branch(
    node_id: str,
    rules: list[tuple[Any, ...]],
    otherwise: str,
    otherwise_sig: J | None = None,
    otherwise_cites: list[J] | None = None,
) -> J:
    """Rules are (condition, next[, significance[, citations]])."""
    out = []
    for rule in rules:
        r: J = {"when": rule[0], "next": rule[1]}
        if len(rule) > 2 and rule[2] is not None:
            r["significance"] = rule[2]
        if len(rule) > 3 and rule[3]:
            r["citations"] = rule[3]
        out.append(r)
    other: J = {"next": otherwise}
    if otherwise_sig is not None:
        other["significance"] = otherwise_sig
    if otherwise_cites:
        other["citations"] = otherwise_cites
    return {"id": node_id, "type": "branch", "rules": out, "otherwise": other}


def F(
    label: str,
    liable: J,
    to_whom: J,
    scope: J,
    order: J,
    basis: list[J],
    sublabel: J | None = None,
    when: J | None = None,
    depends_on: list[str] | None = None,
) -> J:
    """A finding."""
    f: J = {"label": label}
    if sublabel is not None:
        f["sublabel"] = sublabel
    f.update({"liable": liable, "to_whom": to_whom, "scope": scope, "order": order})
    f["basis"] = basis
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f


def uses(*names: str) -> list[J]:
    return [{"use": n} for n in names]


def outcome(
    node_id: str, code: str, title: J, summary: list[J], findings: list[J], **rest: Any
) -> J:
    node: J = {
        "id": node_id,
        "type": "outcome",
        "code": code,
        "title": title,
        "summary": summary,
        "findings": findings,
    }
    keys = (
        "remaining_liability",
        "deadlines",
        "defences",
        "recourse",
        "warnings",
        "next_steps",
        "evidence",
        "citations",
    )
    for key in keys:
        if key in rest:
            node[key] = rest.pop(key)
    assert not rest, rest
    node.setdefault("recourse", [])
    return node


def render(tree: J) -> str:
    """The tree file's text: shared entries moved to ``definitions``, laid out for people."""
    shared = share(json.loads(json.dumps(tree)))
    return to_text(shared) + "\n"


def write(tree: J, path: Path, check: bool = False) -> int:
    text = render(tree)
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            sys.stderr.write(f"{path} is not the generator's output; run the generator\n")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{path}: {len(text.encode()) / 1e3:.0f} kB\n")
    return 0
