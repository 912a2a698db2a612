"""Rules a client's report must keep, per tree: texts that would contradict the answers.

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


def unregistered(session: Session) -> bool:
    return session.answers.get("kind") == "unregistered"


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def none_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not any(check(session) for check in checks)


#: Per tree id: the rules its answers impose. Tree authors: add yours.
BY_TREE: dict[str, list[Rule]] = {
    "partnership": [
        Rule(
            "no creditor advice to a partner claimed against",
            answered("side", "partner"),
            re.compile(
                r"发出书面催告|书面催告（|届满前起诉|申请强制执行|追加其为被告|共同被告起诉|请求判令"
                r"|Send (each|a written)|[Aa]pply for enforcement within|sue (the|all)"
            ),
        ),
        Rule(
            "no suit advice once a judgment decided the claim against the partners",
            lambda s: any(
                getattr(e, "kind", "") == "judgment_effective" and getattr(e, "party", "") != "firm"
                for e in s.answers.get("history") or ()
            ),
            re.compile(r"届满前起诉|共同被告起诉|在诉讼中申请追加|before limitation runs out sue"),
        ),
        Rule(
            "no appeal advice once the judgment is effective",
            event_recorded("history", "judgment_effective"),
            re.compile(r"上诉期内提起上诉|appeal within the appeal period"),
        ),
        Rule(
            "no suit advice for recovery after a judgment on it",
            event_recorded("recourse_history", "judgment_effective"),
            re.compile(r"届满前起诉"),
        ),
        Rule(
            "no advice to sue within limitation once the recorded events show it has run out",
            lambda s: any(
                d.spec.id in ("lim_partners", "lim_partners_u") and d.deadline.status == "passed"
                for d in s.result().deadlines
            ),
            re.compile(r"在诉讼时效届满前起诉|在诉讼时效届满前以全体合伙人"),
        ),
        Rule(
            "an unregistered partnership is never called a partnership enterprise",
            unregistered,
            re.compile(
                r"(?<!登记为)(?<!不是)(?<!登记的)合伙企业|partnership enterprise"
                r"|Partnership Enterprise Law|\bthe enterprise\b"
            ),
        ),
        Rule(
            "no limited partner rules outside a limited partnership",
            none_of(answered("kind", "limited"), answered("side", "investor", "payer")),
            re.compile(r"有限合伙人|limited partner"),
        ),
        Rule(
            "no special-partnership fault rules outside a special general partnership",
            all_of(
                none_of(answered("kind", "special"), answered("professional_form", "special_form")),
                none_of(answered("side", "investor", "payer")),
            ),
            re.compile(r"执业风险基金|故意或者重大过失|gross negligence"),
        ),
    ],
    "example_guarantee": [
        Rule(
            "no creditor advice to a guarantor",
            answered("side", "guarantor"),
            re.compile(r"请在保证债务诉讼时效届满前起诉|立即书面要求"),
        ),
        Rule(
            "no suit advice after a judgment",
            event_recorded("history", "judgment_effective"),
            re.compile(r"起诉\{?party|前起诉"),
        ),
    ],
}
