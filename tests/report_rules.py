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


def not_(check: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not check(session)


def always(session: Session) -> bool:
    return True


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


#: Per tree id: the rules its answers impose. Tree authors: add yours.
BY_TREE: dict[str, list[Rule]] = {
    "agency": [
        Rule(
            "no claimant advice to the agent",
            answered("side", "agent"),
            re.compile(r"向人民法院起诉|提出请求，并保留送达凭证|向人民法院申请强制执行"),
        ),
        Rule(
            "no suit advice after a judgment",
            event_recorded("history", "judgment_effective"),
            re.compile(r"向人民法院起诉"),
        ),
        Rule(
            "no enforcement advice without a judgment",
            not_(event_recorded("history", "judgment_effective")),
            re.compile(r"在申请执行期间内|按生效判决履行|判决确定的义务应当履行"),
        ),
        Rule(
            "no advice for a pending suit without one",
            not_(event_recorded("history", "suit")),
            re.compile(r"诉讼正在进行|已经被起诉的"),
        ),
        Rule(
            "no old law in a Civil Code case", new_law_case, re.compile(r"民法通则|民法总则|合同法")
        ),
        Rule(
            "no ratification request after ratification",
            answered("ratified", "ratified"),
            re.compile(r"催告.{0,20}追认"),
        ),
    ],
    "joint_tort": [
        Rule(
            "no old law in a Civil Code case",
            new_law_case,
            re.compile(r"民法通则|侵权责任法|人身损害赔偿"),
        ),
        Rule(
            "no advice to sue or enforce for a client claimed against or who paid",
            not_(answered("side", "injured")),
            re.compile(r"向人民法院起诉|你可以请求|可以申请执行任何一个"),
        ),
        Rule(
            "no defence to the injured side",
            answered("side", "injured"),
            re.compile(r"你可以以此拒绝赔偿|可以拒绝赔偿；这一抗辩|须在一审期间提出"),
        ),
        Rule(
            "no suit advice after a judgment",
            event_recorded("history", "judgment_effective"),
            re.compile(r"向人民法院起诉|一并起诉|起诉全部|起诉已经查明"),
        ),
        Rule(
            "no enforcement advice without a judgment",
            lambda session: (
                not (
                    event_recorded("history", "judgment_effective")(session)
                    or event_recorded("recourse_history", "judgment_effective")(session)
                )
            ),
            re.compile(r"在申请执行期间内|判决确定的义务应当履行|按生效判决履行"),
        ),
        Rule(
            "no enforcement of a recourse judgment without one",
            not_(event_recorded("recourse_history", "judgment_effective")),
            re.compile(r"追偿判决"),
        ),
        Rule(
            "no advice for a pending suit without one",
            not_(event_recorded("history", "suit")),
            re.compile(r"(?<!追偿)诉讼正在进行|已经被起诉的"),
        ),
        Rule(
            "no advice for a pending recourse suit without one",
            not_(event_recorded("recourse_history", "suit")),
            re.compile(r"追偿诉讼正在进行"),
        ),
        Rule(
            "no ancillary civil action outside a pending criminal case",
            not_(answered("criminal", "pending")),
            re.compile(r"附带民事诉讼"),
        ),
        Rule(
            "no death texts without a death",
            not_(answered("harm", "death")),
            re.compile(r"近亲属请求赔偿|死亡证明|丧葬费票据"),
        ),
        Rule(
            "no property-only evidence where there was an injury",
            not_(answered("harm", "property")),
            re.compile(r"财产损失的证明：购买凭证"),
        ),
        Rule("no amount that was never asked", always, re.compile(r"（未询问）|\(not asked\)")),
        Rule(
            "no recourse claim against the others for the identified tortfeasor",
            answered("identified_who", "client"),
            re.compile(r"可以就超过自己份额的部分向其他连带责任人追偿"),
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
