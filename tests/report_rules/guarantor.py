"""Report rules for the guarantor tree: texts the answers exclude."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.report_rules import Rule, answered
from wizard.engine import Session


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


RULES: list[Rule] = [
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
        re.compile(r"民法典第\d|担保制度解释第|Civil Code art|Interpretation on Guarantees art"),
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
]
