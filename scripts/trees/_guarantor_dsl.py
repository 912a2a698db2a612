"""Small helpers for writing tree JSON in Python: texts, citations, conditions, list entries.

Used by the tree generators in this folder; the output is plain tree JSON (docs/tree-format.md).
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]


def t(zh: str, en: str) -> Json:
    """A text in both languages."""
    return {"zh": zh, "en": en}


def cite(law: str, article: int, paragraph: int | None = None, item: int | None = None,
         when: Json | None = None) -> Json:  # fmt: skip
    c: Json = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


# --- conditions ------------------------------------------------------------------------------


def ans(question: str, *choices: str) -> Json:
    return {"answer": question, "in": list(choices)}


def all_(*conditions: Json | None) -> Json:
    parts = [c for c in conditions if c is not None]
    return parts[0] if len(parts) == 1 else {"all": parts}


def any_(*conditions: Json | None) -> Json:
    parts = [c for c in conditions if c is not None]
    return parts[0] if len(parts) == 1 else {"any": parts}


def not_(condition: Json) -> Json:
    return {"not": condition}


def side(*sides: str) -> Json:
    return {"side": list(sides)}


def event(kinds: list[str] | str, parties: list[str] | str | None = None,
          question: str = "history") -> Json:  # fmt: skip
    c: Json = {"event": question, "kinds": [kinds] if isinstance(kinds, str) else list(kinds)}
    if parties:
        c["parties"] = [parties] if isinstance(parties, str) else list(parties)
    return c


def reached(*nodes: str) -> Json:
    return any_(*({"reached": n} for n in nodes))


def unknown(question: str) -> Json:
    return {"unknown": question}


def undetermined(condition: Json) -> Json:
    return {"undetermined": condition}


def date_before(question: str, day: str) -> Json:
    return {"date": question, "before": day}


def date_from(question: str, day: str) -> Json:
    return {"date": question, "on_or_after": day}


def passed(deadline: str, yes: bool = True) -> Json:
    return {"deadline": deadline, "passed": yes}


def includes(question: str, *choices: str) -> Json:
    return {"answer": question, "includes_any": list(choices)}


# --- list entries ----------------------------------------------------------------------------


def note(zh: str, en: str, sides: list[str] | str = "any", when: Json | None = None) -> Json:
    """A list entry (next step, evidence, recourse, defence) for some sides."""
    n: Json = {"text": t(zh, en), "side": sides}
    if when is not None:
        n["when"] = when
    return n


def warn(kind: str, zh: str, en: str, sides: list[str] | str = "any",
         when: Json | None = None, basis: list[Json] | None = None) -> Json:  # fmt: skip
    w: Json = {"kind": kind, "text": t(zh, en), "side": sides}
    if when is not None:
        w["when"] = when
    if basis:
        w["basis"] = basis
    return w


def variant(sides: list[str], zh: str, en: str, when: Json | None = None) -> Json:
    v: Json = {"zh": zh, "en": en, "side": sides}
    if when is not None:
        v["when"] = when
    return v


def choice(id_: str, zh: str, en: str, next_: str, significance: Json | None = None,
           citations: list[Json] | None = None, unknown: bool = False) -> Json:  # fmt: skip
    c: Json = {"id": id_, "label": t(zh, en), "next": next_}
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    if unknown:
        c["unknown"] = True
    return c


def rule(when: Json, next_: str, significance: Json | None = None,
         citations: list[Json] | None = None) -> Json:  # fmt: skip
    r: Json = {"when": when, "next": next_}
    if significance is not None:
        r["significance"] = significance
    if citations:
        r["citations"] = citations
    return r


def otherwise(next_: str, significance: Json | None = None,
              citations: list[Json] | None = None) -> Json:  # fmt: skip
    r: Json = {"next": next_}
    if significance is not None:
        r["significance"] = significance
    if citations:
        r["citations"] = citations
    return r


def branch(id_: str, rules: list[Json], other: Json) -> Json:
    return {"id": id_, "type": "branch", "rules": rules, "otherwise": other}


def finding(label: str, liable: Json, to_whom: Json, scope: Json, order: Json,
            basis: list[Json], sublabel: Json | None = None, when: Json | None = None,
            depends_on: list[str] | None = None) -> Json:  # fmt: skip
    f: Json = {"label": label}
    if sublabel is not None:
        f["sublabel"] = sublabel
    f.update({"liable": liable, "to_whom": to_whom, "scope": scope, "order": order})
    f["basis"] = basis
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f
