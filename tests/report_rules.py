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

def passed_node(*node_ids: str) -> Callable[[Session], bool]:
    """The path passed one of these nodes (e.g. a finding node of a route)."""

    def check(session: Session) -> bool:
        return any(step.node_id in node_ids for step in session.path)

    return check


def not_(check: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not check(session)


def always(_session: Session) -> bool:
    return True


#: The shareholder tree's findings on capital, where the no-limitation rule belongs.
SHAREHOLDER_CAPITAL = ("find_sh_e", "find_sh_f", "find_sh_g", "find_sh_h", "find_sh_i",
                       "find_sh_j", "find_sh_n")  # fmt: skip

#: Per tree id: the rules its answers impose. Tree authors: add yours.
BY_TREE: dict[str, list[Rule]] = {
    "shareholder": [
        Rule(
            "no creditor advice to a person claimed against",
            answered("side", "shareholder", "director"),
            re.compile(
                r"起诉公司|申请财产保全|列为(共同)?被告|在申报期限?内|你可以请求|你可以要求|你可以直接起诉|"
                r"书面催告|你作为已到期债权的债权人|Sue the|apply for preservation"
            ),
        ),
        Rule(
            "no suit against the company, or interrupting its limitation, after a judgment",
            event_recorded("history", "judgment_effective"),
            re.compile(
                r"起诉公司|一并起诉|在起诉公司的同时|催款函（以EMS|使时效中断|sue the company"
            ),
        ),
        Rule(
            "no labour-arbitration text for a creditor who is not owed wages",
            not_(answered("creditor_kind", "wages")),
            re.compile(r"劳动仲裁|劳动争议|labour arbitration"),
        ),
        Rule(
            "no summary or text saying 'above' for what the report prints below",
            always,
            re.compile(r"上述|上面|如上|\babove\b"),
        ),
        Rule(
            "the no-limitation rule for capital only where a capital finding is made",
            not_(passed_node(*SHAREHOLDER_CAPITAL)),
            re.compile(r"缴付出资请求权|诉讼时效规定第1条第3项|claim for capital arising"),
        ),
        Rule(
            "no advice to enforce a judgment that does not exist",
            not_(event_recorded("history", "judgment_effective")),
            re.compile(r"申请执行的期间内|enforce the judgment"),
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
