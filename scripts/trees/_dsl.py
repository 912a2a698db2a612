"""Small builders for tree JSON (docs/tree-format.md), so that generators read like the law.

Every function returns plain JSON values (dicts and lists); nothing here knows a tree.
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]


def T(zh: str, en: str) -> Json:
    """A text in both languages."""
    return {"zh": zh, "en": en}


def cite(
    law: str,
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    when: Json | None = None,
) -> Json:
    c: Json = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


# --- conditions ---------------------------------------------------------------------------


def ans(question: str, *choices: str) -> Json:
    return {"answer": question, "in": list(choices)}


def inc(question: str, *choices: str) -> Json:
    return {"answer": question, "includes_any": list(choices)}


def side_is(*sides: str) -> Json:
    return {"side": list(sides)}


def all_(*conditions: Json | None) -> Json:
    kept = [c for c in conditions if c is not None]
    return kept[0] if len(kept) == 1 else {"all": kept}


def any_(*conditions: Json | None) -> Json:
    kept = [c for c in conditions if c is not None]
    return kept[0] if len(kept) == 1 else {"any": kept}


def not_(condition: Json) -> Json:
    return {"not": condition}


def reached(node: str) -> Json:
    return {"reached": node}


def unknown(question: str) -> Json:
    return {"unknown": question}


def undetermined(condition: Json) -> Json:
    return {"undetermined": condition}


def on_or_after(question: str, day: str) -> Json:
    return {"date": question, "on_or_after": day}


def before(question: str, day: str) -> Json:
    return {"date": question, "before": day}


def date_cmp(question: str, op: str, deadline: str) -> Json:
    return {"date": question, op: {"deadline": deadline}}


def passed(deadline: str, value: bool = True) -> Json:
    return {"deadline": deadline, "passed": value}


def event(question: str, *kinds: str, parties: tuple[str, ...] = ()) -> Json:
    c: Json = {"event": question, "kinds": list(kinds)}
    if parties:
        c["parties"] = list(parties)
    return c


# --- list entries -------------------------------------------------------------------------


def note(zh: str, en: str, side: Any = "any", when: Json | None = None) -> Json:
    """A next step, evidence item, recourse entry or defence; ``side`` a list or "any"."""
    n: Json = {"text": T(zh, en), "side": side}
    if when is not None:
        n["when"] = when
    return n


def warn(
    kind: str,
    zh: str,
    en: str,
    side: Any = "any",
    when: Json | None = None,
    basis: list[Json] | None = None,
) -> Json:
    w: Json = {"kind": kind, "text": T(zh, en), "side": side}
    if when is not None:
        w["when"] = when
    if basis:
        w["basis"] = basis
    return w


def variant(zh: str, en: str, side: Any = None, when: Json | None = None) -> Json:
    """A summary variant."""
    v: Json = {"zh": zh, "en": en}
    if side is not None:
        v["side"] = side
    if when is not None:
        v["when"] = when
    return v


def finding(
    label: str,
    liable: Json,
    to_whom: Json,
    scope: Json,
    order: Json,
    basis: list[Json],
    sublabel: Json | None = None,
    when: Json | None = None,
    depends_on: list[str] | None = None,
) -> Json:
    f: Json = {"label": label}
    if sublabel is not None:
        f["sublabel"] = sublabel
    f.update(liable=liable, to_whom=to_whom, scope=scope, order=order, basis=basis)
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f


def use(name: str) -> Json:
    return {"use": name}


# --- nodes --------------------------------------------------------------------------------


def choice(
    label: Json,
    next_: str,
    id_: str,
    significance: Json | None = None,
    citations: list[Json] | None = None,
    unknown_: bool = False,
    exclusive: bool = False,
) -> Json:
    c: Json = {"id": id_, "label": label}
    if next_:
        c["next"] = next_
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    if unknown_:
        c["unknown"] = True
    if exclusive:
        c["exclusive"] = True
    return c


def question(
    id_: str,
    text: Json,
    choices: list[Json],
    why: Json | None = None,
    examples: list[Json] | None = None,
    glossary: list[str] | None = None,
    citations: list[Json] | None = None,
    verify: Json | None = None,
) -> Json:
    node: Json = {"id": id_, "type": "choice", "text": text}
    help_ = _help(why, examples, glossary)
    if help_:
        node["help"] = help_
    if citations:
        node["citations"] = citations
    if verify:
        node["verify"] = verify
    node["choices"] = choices
    return node


def multi(
    id_: str,
    text: Json,
    choices: list[Json],
    next_: str,
    why: Json | None = None,
    examples: list[Json] | None = None,
    citations: list[Json] | None = None,
    verify: Json | None = None,
) -> Json:
    node: Json = {"id": id_, "type": "multi", "text": text}
    help_ = _help(why, examples, None)
    if help_:
        node["help"] = help_
    if citations:
        node["citations"] = citations
    if verify:
        node["verify"] = verify
    node["next"] = next_
    node["choices"] = choices
    return node


def date_question(
    id_: str,
    text: Json,
    label: Json,
    next_: str,
    significance: Json | None = None,
    why: Json | None = None,
    examples: list[Json] | None = None,
    citations: list[Json] | None = None,
    month: bool = False,
    unknown_: bool = False,
    verify: Json | None = None,
) -> Json:
    node: Json = {"id": id_, "type": "date", "text": text, "label": label}
    if month:
        node["allow_month"] = True
    if unknown_:
        node["allow_unknown"] = True
    if significance is not None:
        node["significance"] = significance
    help_ = _help(why, examples, None)
    if help_:
        node["help"] = help_
    if citations:
        node["citations"] = citations
    if verify:
        node["verify"] = verify
    node["next"] = next_
    return node


def events_question(
    id_: str,
    text: Json,
    kinds: list[str],
    parties: list[str],
    next_: str,
    significance: Json | None = None,
    why: Json | None = None,
    examples: list[Json] | None = None,
) -> Json:
    node: Json = {"id": id_, "type": "events", "text": text}
    help_ = _help(why, examples, None)
    if help_:
        node["help"] = help_
    node.update(kinds=kinds, parties=parties)
    if significance is not None:
        node["significance"] = significance
    node["next"] = next_
    return node


def rule(
    when: Json | None,
    next_: str,
    significance: Json | None = None,
    citations: list[Json] | None = None,
) -> Json:
    r: Json = {}
    if when is not None:
        r["when"] = when
    r["next"] = next_
    if significance is not None:
        r["significance"] = significance
    if citations:
        r["citations"] = citations
    return r


def branch(id_: str, rules: list[Json], otherwise: Json) -> Json:
    return {"id": id_, "type": "branch", "rules": rules, "otherwise": otherwise}


def passing(id_: str, side: str, next_: str) -> Json:
    """A marker the path passes, read by ``reached`` (a branch whose one rule, the client's
    side, always holds where the marker stands)."""
    return {
        "id": id_,
        "type": "branch",
        "rules": [{"when": side_is(side), "next": next_}],
        "otherwise": {"next": next_},
    }


def verify(evidence: list[Json], effect: Json | None = None) -> Json:
    v: Json = {"evidence": evidence}
    if effect is not None:
        v["effect"] = effect
    return v


def _help(why: Json | None, examples: list[Json] | None, glossary: list[str] | None) -> Json:
    h: Json = {}
    if why is not None:
        h["why"] = why
    if examples:
        h["examples"] = examples
    if glossary:
        h["glossary"] = glossary
    return h
