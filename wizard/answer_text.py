"""Answers and texts in words: a chosen label, a date, an amount, the case's history, and the
placeholders of format 2 texts (``{party.x}``, ``{amount.x}``, ``{date.q}``, ``{deadline.x}``).

Used by the report, the review page and the terminal walk alike. Imports no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wizard.amounts import Amount
from wizard.answers import MonthDate, Unknown, format_amount
from wizard.deadline_text import event_short_name, format_date
from wizard.deadlines import Deadline, Event
from wizard.model import Lang, Text, Tree

_WORDS = {
    "zh": {
        "unknown": "不清楚（待核实）",
        "month_only": "（只知道月份）",
        "no_events": "（未记录）",
        "amount_unknown": "（金额待核实）",
        "not_asked": "（未询问）",
        "date_unknown": "（日期待核实）",
        "deadline_missing": "（无法计算）",
        "open": "（尚未结束）",
        "party": "{label}（{names}）",
        "names_sep": "、",
        "event_sep": "；",
        "until": "至",
        "against": "（对{party}）",
    },
    "en": {
        "unknown": "not known (to verify)",
        "month_only": " (month only)",
        "no_events": "(none recorded)",
        "amount_unknown": "(amount to verify)",
        "not_asked": "(not asked)",
        "date_unknown": "(date to verify)",
        "deadline_missing": "(cannot be computed)",
        "open": "(not yet ended)",
        "party": "{label} ({names})",
        "names_sep": ", ",
        "event_sep": "; ",
        "until": "to",
        "against": " (against {party})",
    },
}


def words(lang: Lang) -> dict[str, str]:
    return _WORDS[lang]


def party_text(tree: Tree, party_id: str, names: tuple[str, ...], lang: Lang) -> str:
    """ "平台（某某论坛）" — the role, with the names given in the case information."""
    party = tree.party(party_id)
    label = party.label.get(lang) if party else party_id
    if not names:
        return label
    w = words(lang)
    return w["party"].format(label=label, names=w["names_sep"].join(names))


def date_text(value: object, lang: Lang) -> str:
    if isinstance(value, Unknown):
        return words(lang)["unknown"]
    if isinstance(value, MonthDate):
        return format_date(value, lang) + words(lang)["month_only"]
    if isinstance(value, date):
        return format_date(value, lang)
    return ""


def amount_text(value: Amount, lang: Lang) -> str:
    if isinstance(value, Unknown):
        return words(lang)["amount_unknown"]
    if isinstance(value, Decimal):
        return format_amount(value, lang)
    return words(lang)["not_asked"]


def events_text(
    tree: Tree, events: tuple[Event, ...], lang: Lang, names: Callable[[str], tuple[str, ...]]
) -> str:
    """The case's history in one line per event."""
    w = words(lang)
    if not events:
        return w["no_events"]
    lines = []
    for event in events:
        line = f"{date_text(event.on, lang)} {event_short_name(event.kind, lang)}"
        if event.until is not None:
            line += f" {w['until']} {date_text(event.until, lang)}"
        elif event.kind == "obstacle":
            line += f" {w['open']}"
        if event.party:
            who = (event.person,) if event.person else names(event.party)
            line += w["against"].format(party=party_text(tree, event.party, who, lang))
        lines.append(line)
    return w["event_sep"].join(lines)


def answer_text(
    tree: Tree, value: object, lang: Lang, names: Callable[[str], tuple[str, ...]] = lambda _: ()
) -> str:
    """A reasoning step's answer in words (see ``engine.ReasoningStep.answer``)."""
    match value:
        case Text():
            return value.get(lang)
        case tuple() if all(isinstance(v, Event) for v in value) and value:
            return events_text(tree, value, lang, names)  # type: ignore[arg-type]
        case tuple() if value and all(isinstance(v, Text) for v in value):
            return words(lang)["names_sep"].join(v.get(lang) for v in value)  # type: ignore[union-attr]
        case tuple():
            return words(lang)["no_events"]
        case Decimal():
            return amount_text(value, lang)
        case Unknown() | MonthDate() | date():
            return date_text(value, lang)
    return ""


_PLACEHOLDER = re.compile(r"\{(party|amount|date|deadline)\.([a-z0-9_]+)\}")


@dataclass(frozen=True)
class TextValues:
    """What the placeholders of a path's texts stand for."""

    tree: Tree
    names: Callable[[str], tuple[str, ...]]  # party id → the names given
    answers: dict[str, object]
    amount: Callable[[str], Amount]
    deadline: Callable[[str], Deadline | None]


def fill(text: str, lang: Lang, values: TextValues) -> str:
    """Replace ``{party.x}`` and the others by the case's names, figures and dates."""
    if "{" not in text:
        return text

    def one(match: re.Match[str]) -> str:
        kind, name = match.groups()
        w = words(lang)
        match kind:
            case "party":
                return party_text(values.tree, name, values.names(name), lang)
            case "amount":
                return amount_text(values.amount(name), lang)
            case "date":
                value = values.answers.get(name)
                return date_text(value, lang) if value is not None else w["date_unknown"]
            case "deadline":
                deadline = values.deadline(name)
                if deadline is None or deadline.end is None:
                    return w["deadline_missing"]
                return format_date(deadline.end, lang)
        return match.group(0)

    return _PLACEHOLDER.sub(one, text)
