"""Rules a client's report must keep, per tree: texts that would contradict the answers.

One module per tree (``tests/report_rules/<tree id>.py``, with a list ``RULES``); this module
holds what they share and collects them in ``BY_TREE``.

Each rule says: on a path where ``applies(session)`` holds, no text of the report (summary,
findings, warnings, defences, next steps, evidence, recourse, deadline rows) may match
``pattern``. Tree authors add rules for their tree here (e.g. ISP: after the content was
removed, no next step asks for its removal); ``tests/test_report_text.py`` checks them on random
walks of every shipped tree, together with the rules every tree keeps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from wizard.engine import Session


@dataclass(frozen=True)
class Rule:
    description: str
    applies: Callable[[Session], bool]
    pattern: re.Pattern[str]


def answered(question: str, *choices: str) -> Callable[[Session], bool]:
    """The path answered ``question`` with one of ``choices`` (or ticked one, if several)."""

    def check(session: Session) -> bool:
        value = session.answers.get(question)
        if isinstance(value, tuple):
            return any(v in choices for v in value)
        return value in choices

    return check


def event_recorded(question: str, *kinds: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        value = session.answers.get(question)
        return isinstance(value, tuple) and any(getattr(e, "kind", "") in kinds for e in value)

    return check


#: What no report of any tree may contain: authors' remarks, references to the specification,
#: outcome codes used as cross-references, unfilled placeholders.
EVERY_TREE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("a reference to the specification", re.compile(r"legal-coverage|§\s*\d")),
    (
        "an author's remark about the tree",
        re.compile(r"本树|本评估树|this tree\b|the tree's author"),
    ),
    (
        "an outcome code as a cross-reference",
        re.compile(r"见\s*[A-Z]{1,4}-[A-Z0-9]{1,3}\b|see [A-Z]{1,4}-[A-Z0-9]{1,3}\b"),
    ),
    ("an outcome code", re.compile(r"\b(?:ISP|SH|G|P|JT|AG|DM|PL|EX)-[A-Z0-9]{1,3}\b")),
    ("an unfilled placeholder", re.compile(r"\{(?:party|amount|date|deadline)\.[a-z0-9_]+\}")),
    ("a remark about what the library lacks", re.compile(r"语料|corpus|资料库中没有")),
)


def reached(*nodes: str) -> Callable[[Session], bool]:
    """The path passed one of ``nodes`` (e.g. a law-version marker of a tree)."""

    def check(session: Session) -> bool:
        return any(step.node_id in nodes for step in session.path)

    return check


def either(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: any(check(session) for check in checks)


def neither(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not any(check(session) for check in checks)


def passed_node(*node_ids: str) -> Callable[[Session], bool]:
    """The path passed one of these nodes (e.g. a finding node of a route)."""

    def check(session: Session) -> bool:
        return any(step.node_id in node_ids for step in session.path)

    return check


def not_(check: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not check(session)


def new_law_case(session: Session) -> bool:
    """The act from 2021, and the days of knowledge and payment not before it: no old-law text
    belongs here."""
    act, knew = session.answers.get("act_date"), session.answers.get("knew_date")
    if not isinstance(act, date) or act < date(2021, 1, 1):
        return False
    for later in (knew, session.answers.get("paid_date")):
        first_day = getattr(later, "first_day", later)  # a date known only to the month
        if isinstance(first_day, date) and first_day < act:
            return False
    return True


def always(_session: Session) -> bool:
    return True


def _collect() -> dict[str, list[Rule]]:
    import importlib
    import pkgutil

    found: dict[str, list[Rule]] = {}
    for module in pkgutil.iter_modules(__path__):
        found[module.name] = importlib.import_module(f"{__name__}.{module.name}").RULES
    return found


#: Per tree id: the rules its answers impose. Tree authors: add a module for your tree.
BY_TREE: dict[str, list[Rule]] = _collect()
