"""Deadlines in words: each step, the status, and the calculator's summary, in zh or en.

The engine (``wizard.deadlines``) keeps steps as data; this module words them for the report,
the terminal calculator and the desktop calculator alike. Strings live in
``resources/i18n/deadlines.json``.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from typing import Any

from wizard import resources
from wizard.answers import MonthDate
from wizard.deadlines import Deadline, DeadlineError, DeadlineStep
from wizard.model import Citation, Lang, Period, Text
from wizard.statutes import StatuteLibrary


@cache
def strings() -> dict[str, Any]:
    return json.loads((resources.i18n_dir() / "deadlines.json").read_text(encoding="utf-8"))


def format_date(value: date | MonthDate, lang: Lang, weekday: bool = False) -> str:
    t = strings()[lang]
    if isinstance(value, MonthDate):
        return f"{value.year}年{value.month}月" if lang == "zh" else value.isoformat()
    text = t["date"].format(y=value.year, m=value.month, d=value.day, iso=value.isoformat())
    if weekday:
        day = t["weekdays"][value.weekday()]
        text += f"（{day}）" if lang == "zh" else f" ({day})"
    return text


def format_period(period: Period, lang: Lang) -> str:
    t = strings()[lang]
    parts = []
    for unit in ("years", "months", "days"):
        n = getattr(period, unit)
        if n:
            parts.append(t[f"period_{unit}"].format(n=n))
    return " + ".join(parts) if parts else t["period_days"].format(n=0)


def kind_name(kind: str, lang: Lang) -> str:
    return strings()[lang]["kinds"][kind]


def event_name(kind: str, lang: Lang) -> str:
    return strings()[lang]["events"][kind]


def event_short_name(kind: str, lang: Lang) -> str:
    """The event in a few words, for lists and pickers."""
    return strings()[lang]["events_short"][kind]


def holiday_name(key: str | None, lang: Lang) -> str:
    names = strings()[lang]["holidays"]
    return names.get(key or "unknown", names["unknown"])


def cite_all(citations: tuple[Citation, ...], library: StatuteLibrary, lang: Lang) -> list[str]:
    return [library.cite(c, lang) for c in citations]


def step_text(
    step: DeadlineStep,
    lang: Lang,
    library: StatuteLibrary | None = None,
    kind: str = "limitation",
    with_basis: bool = True,
) -> str:
    """One step in words, with its basis in brackets when a library is given."""
    t = strings()[lang]
    values: dict[str, Any] = dict(step.values)

    def d(value: object) -> str:
        return format_date(value, lang) if isinstance(value, date | MonthDate) else ""

    fields: dict[str, str] = {
        "on": d(step.on),
        "kind": kind_name(str(values.get("kind", kind)), lang),
        "label": "",
        "joint": t["steps"]["joint"] if values.get("joint") else "",
    }
    for name, value in values.items():
        if isinstance(value, date | MonthDate):
            fields[name] = d(value)
        elif isinstance(value, Period):
            fields[name] = format_period(value, lang)
    if "event" in values:
        fields["event"] = event_name(str(values["event"]), lang)
    if step.key == "start" and values.get("label"):
        fields["label"] = t["start_label"].format(label=_localised(values["label"], lang))
    if step.key == "decided":
        end = values.get("performance_end")
        fields["performance"] = (
            t["steps"]["performance"].format(date=d(end)) if isinstance(end, date) else ""
        )
    if step.key == "rolled":
        reasons = values.get("reasons", ())
        fields["reasons"] = t["list_sep"].join(
            holiday_name(holiday if kind_ == "holiday" else "weekend", lang)
            for kind_, holiday in reasons  # type: ignore[attr-defined]
        )
        fields["source"] = t["steps"][
            "rolled_official" if values.get("official") else "rolled_statutory"
        ]
    if step.key == "make_up_workday":
        fields["holiday"] = holiday_name(str(values.get("holiday")), lang)
    if step.key == "provisional":
        fields["years"] = t["list_sep"].join(str(y) for y in values.get("years", ()))  # type: ignore[attr-defined]
    if step.key == "missing_start":
        fields["what"] = _localised(values.get("what"), lang) or t["missing_start"]
    template = t["steps"][step.key]
    if step.key == "joint_suit_safe_day" and values.get("passed"):
        template = t["steps"]["joint_suit_safe_day_passed"]  # that day is behind us
    text = template.format_map(_Blank(fields))
    if with_basis and library is not None and step.basis:
        text += t["basis_open"] + t["list_sep"].join(cite_all(step.basis, library, lang))
        text += t["basis_close"]
    return text


def _localised(value: object, lang: Lang) -> str:
    if isinstance(value, Text):
        return value.get(lang)
    return str(value) if value else ""


class _Blank(dict):  # type: ignore[type-arg]
    """format_map that leaves a missing field empty rather than failing on a rare step."""

    def __missing__(self, key: str) -> str:
        return ""


def status_text(deadline: Deadline, lang: Lang) -> str:
    t = strings()[lang]["status"]
    days = abs(deadline.days_left) if deadline.days_left is not None else 0
    return t[deadline.display_status].format(days=days)


def steps_text(deadline: Deadline, lang: Lang, library: StatuteLibrary | None = None) -> list[str]:
    return [step_text(s, lang, library, deadline.kind) for s in deadline.steps]


def summary(deadline: Deadline, lang: Lang, library: StatuteLibrary) -> dict[str, Any]:
    """The calculator's answer as plain JSON data (``liability-wizard deadline --json``)."""

    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "kind": deadline.kind,
        "end": iso(deadline.end),
        "unrolled_end": iso(deadline.unrolled_end),
        "latest_end": iso(deadline.latest_end),
        "provisional": deadline.provisional,
        "act_by": iso(deadline.act_by),
        "status": deadline.status,
        "days_left": deadline.days_left,
        "unpublished_years": list(deadline.unpublished_years),
        "missing": list(deadline.missing),
        "steps": steps_text(deadline, lang, library),
        "basis": cite_all(deadline.basis, library, lang),
    }


def plain_lines(deadline: Deadline, lang: Lang, library: StatuteLibrary, on: date) -> list[str]:
    """The calculator's answer in plain words: the date to act by first, then how."""
    t = strings()[lang]["calculator"]
    kind = kind_name(deadline.kind, lang)
    lines = []
    if deadline.end is None:
        lines.append(t["not_computed"].format(kind=kind, status=status_text(deadline, lang)))
    else:
        end = format_date(deadline.end, lang, weekday=True)
        if deadline.provisional and deadline.act_by:
            act_by = format_date(deadline.act_by, lang, weekday=True)
            lines.append(t["provisional"].format(end=end, act_by=act_by))
        elif deadline.is_range and deadline.latest_end:
            latest = format_date(deadline.latest_end, lang, weekday=True)
            lines.append(t["end_range"].format(kind=kind, end=end, latest=latest))
        else:
            lines.append(t["end"].format(kind=kind, end=end))
        if deadline.is_range and deadline.act_by and not deadline.provisional:
            lines.append(t["act_by"].format(act_by=format_date(deadline.act_by, lang, True)))
        if deadline.unrolled_end and deadline.unrolled_end != deadline.end:
            lines.append(t["unrolled"].format(unrolled=format_date(deadline.unrolled_end, lang)))
        lines.append(
            t["status"].format(on=format_date(on, lang), status=status_text(deadline, lang))
        )
    lines.append(t["steps"])
    lines += [f"  {i}. {text}" for i, text in enumerate(steps_text(deadline, lang, library), 1)]
    basis = cite_all(deadline.basis, library, lang)
    if basis:
        lines.append(t["basis"] + strings()[lang]["list_sep"].join(basis))
    return lines


def error_text(error: DeadlineError, lang: Lang, library: StatuteLibrary | None = None) -> str:
    """Why the engine refused a request, in words, with the article that says so."""
    t = strings()[lang]
    text = t["errors"][error.key].format_map(_Blank(dict(error.values)))
    if library is not None and error.basis:
        text += t["basis_open"] + t["list_sep"].join(cite_all(error.basis, library, lang))
        text += t["basis_close"]
    return text
