"""Small builders for writing a format-2 tree in Python: texts, citations, conditions, list
entries. Every builder returns the plain JSON structure of docs/tree-format.md."""

from __future__ import annotations

from typing import Any

J = dict[str, Any]


def T(zh: str, en: str) -> J:
    """A text in both languages."""
    return {"zh": zh, "en": en}


# --- citations ------------------------------------------------------------------------------


def cite(law: str, article: int, paragraph: int | None = None, item: int | None = None,
         when: J | None = None) -> J:  # fmt: skip
    c: J = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


def cites_when(when: J, *citations: J) -> list[J]:
    """The same condition on several citations (combined with any they carry)."""
    out = []
    for c in citations:
        c = dict(c)
        c["when"] = when if "when" not in c else all_(when, c["when"])
        out.append(c)
    return out


# --- conditions -----------------------------------------------------------------------------


def side(*sides: str) -> J:
    return {"side": list(sides)}


def ans(question: str, *choices: str) -> J:
    return {"answer": question, "in": list(choices)}


def inc(question: str, *choices: str) -> J:
    return {"answer": question, "includes_any": list(choices)}


def ev(question: str, *kinds: str) -> J:
    return {"event": question, "kinds": list(kinds)}


def before(question: str, day: str) -> J:
    return {"date": question, "before": day}


def on_or_after(question: str, day: str) -> J:
    return {"date": question, "on_or_after": day}


def und(condition: J) -> J:
    return {"undetermined": condition}


def unknown(question: str) -> J:
    return {"unknown": question}


def reached(node: str) -> J:
    return {"reached": node}


def passed(deadline: str, value: bool = True) -> J:
    return {"deadline": deadline, "passed": value}


def all_(*conditions: J) -> J:
    flat = [c for c in conditions if c is not None]
    return flat[0] if len(flat) == 1 else {"all": flat}


def any_(*conditions: J) -> J:
    flat = [c for c in conditions if c is not None]
    return flat[0] if len(flat) == 1 else {"any": flat}


def not_(condition: J) -> J:
    return {"not": condition}


# --- list entries ---------------------------------------------------------------------------


def _sides(sides: str | list[str] | tuple[str, ...]) -> str | list[str]:
    return "any" if sides == "any" else list(sides)


def item(sides: str | list[str] | tuple[str, ...], zh: str, en: str, when: J | None = None) -> J:
    """A next step, evidence item, recourse entry or defence, for some sides."""
    entry: J = {"side": _sides(sides), "text": T(zh, en)}
    if when is not None:
        entry["when"] = when
    return entry


def warn(kind: str, sides: str | list[str] | tuple[str, ...], zh: str, en: str,
         when: J | None = None, basis: list[J] | None = None) -> J:  # fmt: skip
    entry: J = {"kind": kind, "side": _sides(sides), "text": T(zh, en)}
    if basis:
        entry["basis"] = basis
    if when is not None:
        entry["when"] = when
    return entry


def variant(sides: str | list[str] | tuple[str, ...], zh: str, en: str,
            when: J | None = None) -> J:  # fmt: skip
    """A summary variant for some sides (and a further condition)."""
    entry: J = {"side": _sides(sides), "zh": zh, "en": en}
    if when is not None:
        entry["when"] = when
    return entry


def finding(label: str, liable: J, to_whom: J, scope: J, order: J, basis: list[J],
            sublabel: J | None = None, when: J | None = None,
            depends_on: list[str] | None = None) -> J:  # fmt: skip
    f: J = {"label": label}
    if sublabel is not None:
        f["sublabel"] = flat_sublabel(sublabel)
    f.update(liable=liable, to_whom=to_whom, scope=scope, order=order, basis=basis)
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f


def flat_sublabel(text: J) -> J:
    """The report prints a sublabel in parentheses after the label: "X（Y）" becomes "X，Y" so
    that parentheses do not nest."""
    zh, en = text["zh"], text["en"]
    if zh.endswith("）") and "（" in zh:
        head, _, tail = zh[:-1].partition("（")
        zh = f"{head}，{tail}"
    if en.endswith(")") and " (" in en:
        head, _, tail = en[:-1].partition(" (")
        en = f"{head}, {tail}"
    return {"zh": zh, "en": en}


def use(name: str) -> J:
    return {"use": name}
