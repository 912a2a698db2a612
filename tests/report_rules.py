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


def outcome_is(*codes: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        return session.outcome is not None and session.outcome.code in codes

    return check


def signed_before_2021(session: Session) -> bool:
    value = session.answers.get("conclusion_date")
    last = getattr(value, "last_day", value)
    return last is not None and str(last) < "2021-01-01"


def signed_from_2021(session: Session) -> bool:
    value = session.answers.get("conclusion_date")
    first = getattr(value, "first_day", value)
    return first is not None and str(first) >= "2021-01-01"


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def event_against(question: str, kind: str, party: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        value = session.answers.get(question)
        return isinstance(value, tuple) and any(
            getattr(e, "kind", "") == kind and getattr(e, "party", "") == party for e in value
        )

    return check


#: Per tree id: the rules its answers impose. Tree authors: add yours.
BY_TREE: dict[str, list[Rule]] = {
    "guarantor": [
        Rule(
            "no creditor advice to a guarantor or a joiner claimed against",
            answered("side", "guarantor", "joiner"),
            re.compile(
                r"(?:书面要求|起诉|催告)(?:保证人|加入债务的人)（"
                r"|Require the guarantor|sue the guarantor"
            ),
        ),
        Rule(
            "no advice to sue the debtor after a judgment against him",
            event_against("history", "judgment_effective", "debtor"),
            re.compile(r"对债务人（[^）]*）提起诉讼或者申请仲裁（|前对债务人（[^）]*）提起诉讼"),
        ),
        Rule(
            "no advice to sue the guarantor after a judgment against him",
            event_against("history", "judgment_effective", "guarantor"),
            re.compile(r"前起诉保证人（|现在就起诉保证人（"),
        ),
        Rule(
            "no right to have the debtor pursued first once enforcement against him ended",
            all_of(outcome_is("G-C2"), answered("side", "guarantor", "joiner")),
            re.compile(r"(?:可以|仍可以|有权)(?:主张|行使)先诉抗辩权|主张先诉抗辩权："),
        ),
        Rule(
            "an old-law guarantee: no Civil Code or 2020 Interpretation articles in the texts",
            all_of(signed_before_2021, answered("what_signed", "guarantee", "credit_support")),
            re.compile(
                r"民法典第\d|担保制度解释第|Civil Code art|Interpretation on Guarantees art"
            ),
        ),
        Rule(
            "a new-law case: no Guarantee Law articles in the texts",
            signed_from_2021,
            re.compile(r"担保法(?:解释)?第\d|Guarantee Law art|2000 Interpretation art"),
        ),
        Rule(
            "a valid main contract: nothing about a void one",
            answered("main_valid", "valid"),
            re.compile(r"主合同无效|三分之一|main contract is void|a third of"),
        ),
        Rule(
            "a debt accession is never worded as a guarantee contract",
            all_of(
                answered("what_signed", "accession"),
                answered("side", "creditor", "guarantor", "joiner"),
            ),
            re.compile(r"保证合同|guarantee contract"),
        ),
        Rule(
            "a released guarantor is not told he answers",
            outcome_is("G-D", "G-F2", "G-E2", "G-I"),
            re.compile(r"应当(?:在保证范围内)?与债务人（[^）]*）(?:对[^，。]*)?承担连带责任"),
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
