"""Report rules for the division tree: texts the answers exclude."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from tests.report_rules import Rule, answered, event_recorded
from wizard.engine import Session


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def not_(check: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not check(session)


def date_on_or_after(question: str, day: str) -> Callable[[Session], bool]:
    """The exact date answered at ``question`` is on or after ``day`` (YYYY-MM-DD)."""

    def check(session: Session) -> bool:
        value = session.answers.get(question)
        return type(value) is date and value.isoformat() >= day

    return check


def recipient_sued(session: Session) -> bool:
    """A suit (or its judgment) against the recipient of moved assets is recorded."""
    value = session.answers.get("history")
    return isinstance(value, tuple) and any(
        getattr(e, "kind", "") in ("suit", "judgment_served", "judgment_effective")
        and getattr(e, "party", "") == "transferee"
        for e in value
    )


RULES: list[Rule] = [
    Rule(
        "no creditor advice to the body asked to pay",
        answered("side", "successor"),
        re.compile(r"书面催告或者起诉|向人民法院申请强制执行|申请变更或者追加|继续向原债务人主张"),
    ),
    Rule(
        "no defences written for a creditor",
        answered("side", "creditor"),
        re.compile(r"你方"),
    ),
    Rule(
        "no suit advice after a judgment",
        event_recorded("history", "judgment_effective"),
        re.compile(r"书面催告或者起诉|起诉请求撤销以外"),
    ),
    Rule(
        "no new suit advice while a suit is pending",
        all_of(
            event_recorded("history", "suit"),
            not_(event_recorded("history", "judgment_effective")),
        ),
        re.compile(r"书面催告或者起诉"),
    ),
    Rule(
        "a merger is never called joint liability",
        answered("what_happened", "merger"),
        re.compile(r"(?<!不是)连带责任(?!保证)|连带债务"),
    ),
    Rule(
        "a debt after the division is not said to be owed jointly",
        all_of(answered("what_happened", "division"), not_(lambda s: "agreement" in s.answers)),
        re.compile(r"对分立前的债务承担连带|承担连带责任：|连带债务（"),
    ),
    Rule(
        "no old general law in a case wholly under the Civil Code",
        all_of(
            date_on_or_after("division_date", "2021-01-01"),
            date_on_or_after("due_date", "2021-01-01"),
        ),
        re.compile(r"民法通则|民法总则|1993年公司法|2013年修正"),
    ),
    Rule(
        "no company-law rules for a legal person that is not a company",
        answered("person_type", "other"),
        re.compile(r"公司法第|公司分立应当|公司合并时"),
    ),
    Rule(
        "a judgment is never said to be enforceable against every successor",
        event_recorded("history", "judgment_effective"),
        re.compile(r"可以就其中任何一方的财产申请执行"),
    ),
    Rule(
        "no adding of successors in enforcement where assets were only moved",
        answered("what_happened", "transfer"),
        re.compile(r"可以在执行中申请追加或者变更为被执行人|追加分立后新设的法人"),
    ),
    Rule(
        "no remarks on checking texts the tool lacks, for the worker",
        lambda session: True,
        re.compile(
            r"请核对该规定的条文|申请前请核对|请核对当时的条文|引用时请以当时的文本为准|本工具|人工核查"
        ),
    ),
    Rule(
        "a successor the agreement does not name is not told it may owe the debt",
        answered("agreed_payer", "other"),
        re.compile(r"是约定的一方的|须清偿全部"),
    ),
    Rule(
        "the body agreed to pay alone is not told it is released",
        answered("agreed_payer", "client"),
        re.compile(r"你方不承担这笔债务|你方不是约定的一方"),
    ),
    Rule(
        "a recipient already sued is not told flatly that revocation is lost",
        all_of(answered("what_happened", "transfer"), recipient_sued),
        re.compile(r"不能再请求撤销|撤销权已经消灭；仍可以考虑"),
    ),
]
