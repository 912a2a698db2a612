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


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def not_(check: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not check(session)


def date_on_or_after(question: str, day: str) -> Callable[[Session], bool]:
    """The exact date answered at ``question`` is on or after ``day`` (YYYY-MM-DD)."""
    from datetime import date

    def check(session: Session) -> bool:
        value = session.answers.get(question)
        return type(value) is date and value.isoformat() >= day

    return check


#: Per tree id: the rules its answers impose. Tree authors: add yours.
BY_TREE: dict[str, list[Rule]] = {
    "product": [
        Rule(
            "no product-liability rules for a service or a building",
            answered("kind", "service", "building"),
            re.compile(
                r"也可以向.{0,20}请求赔偿|价款十倍|惩罚性赔偿|首负责任|产品质量法第45条|交付最初消费者"
            ),
        ),
        Rule(
            "no food rules for a product that is not food",
            answered("kind", "product"),
            re.compile(r"食品安全标准|价款十倍|首负责任制|食品安全法"),
        ),
        Rule(
            "no claimant's advice to a seller or producer asked to pay",
            answered("side", "seller", "producer"),
            re.compile(
                r"书面要求赔偿或者起诉|选择更有赔偿能力|保存出事的产品|向人民法院申请强制执行"
            ),
        ),
        Rule(
            "no suit advice after a judgment",
            event_recorded("history", "judgment_effective"),
            re.compile(r"书面要求赔偿或者起诉|列为共同被告"),
        ),
        Rule(
            "no punitive damages without death or serious harm to health",
            lambda s: s.answers.get("damage") in ("harm", "product_only"),
            re.compile(r"惩罚性赔偿(?!金)"),
        ),
        Rule(
            "no platform advice for a purchase that was not online",
            lambda s: s.answers.get("channel") in ("offline", "gift", "bystander"),
            re.compile(r"网络交易平台|直播间"),
        ),
        Rule(
            "no old law in a case wholly under the Civil Code",
            all_of(
                date_on_or_after("damage_date", "2021-01-01"),
                date_on_or_after("knew_date", "2021-01-01"),
                date_on_or_after("delivery_date", "2021-01-01"),
            ),
            re.compile(r"侵权责任法|民法通则|合同法|2014年3月15日以前|2015年10月1日以前"),
        ),
        Rule(
            "no recourse advice to a payer who caused the defect",
            lambda s: (
                (s.answers.get("payer_role"), s.answers.get("payer_origin"))
                in (("seller", "seller"), ("producer", "producer"))
            ),
            re.compile(r"向造成缺陷的一方书面要求偿还"),
        ),
    ],
    "division": [
        Rule(
            "no creditor advice to the body asked to pay",
            answered("side", "successor"),
            re.compile(
                r"书面催告或者起诉|向人民法院申请强制执行|申请变更或者追加|继续向原债务人主张"
            ),
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
