"""Building blocks for tree generators: texts, citations, conditions, nodes, list entries.

Everything returns plain JSON-ready dicts in the shape of docs/tree-format.md.
"""

from __future__ import annotations

import json
from typing import Any

J = dict[str, Any]


def T(zh: str, en: str) -> J:
    return {"zh": zh, "en": en}


def C(
    law: str,
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    when: J | None = None,
) -> J:
    c: J = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


def ans(question: str, *choices: str) -> J:
    return {"answer": question, "in": list(choices)}


def includes(question: str, *choices: str) -> J:
    return {"answer": question, "includes_any": list(choices)}


def side(*sides: str) -> J:
    return {"side": list(sides)}


def all_(*conditions: J) -> J:
    return {"all": list(conditions)}


def any_(*conditions: J) -> J:
    return {"any": list(conditions)}


def not_(condition: J) -> J:
    return {"not": condition}


def on_or_after(question: str, day: str) -> J:
    return {"date": question, "on_or_after": day}


def before(question: str, day: str) -> J:
    return {"date": question, "before": day}


def unknown(question: str) -> J:
    return {"unknown": question}


def event(question: str, *kinds: str) -> J:
    return {"event": question, "kinds": list(kinds)}


def when_all(base: J | None, extra: J | None) -> J | None:
    if base is None:
        return extra
    if extra is None:
        return base
    return all_(base, extra)


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


def S(sides: list[str], zh: str, en: str, when: J | None = None) -> J:
    """A summary variant for these sides."""
    s: J = {"side": sides, "zh": zh, "en": en}
    if when is not None:
        s["when"] = when
    return s


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


def N(zh: str, en: str, side_: Any, when: J | None = None) -> J:
    """A list entry (next step, evidence, defence, recourse) for these sides."""
    n: J = {"text": T(zh, en), "side": side_}
    if when is not None:
        n["when"] = when
    return n


def W(
    kind: str,
    zh: str,
    en: str,
    when: J | None = None,
    basis: list[J] | None = None,
    side_: Any = "any",
) -> J:
    """A warning."""
    w: J = {"kind": kind, "text": T(zh, en), "side": side_}
    if basis:
        w["basis"] = basis
    if when is not None:
        w["when"] = when
    return w


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
    """The file's text: UTF-8 JSON, one space per level, a final newline."""
    return json.dumps(tree, ensure_ascii=False, indent=1) + "\n"
