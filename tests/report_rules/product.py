"""Report rules for the product tree: texts the answers exclude."""

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


RULES: list[Rule] = [
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
        re.compile(r"书面要求赔偿或者起诉|选择更有赔偿能力|保存出事的产品|向人民法院申请强制执行"),
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
    Rule(
        "no advice on keeping the product for repair after a judgment, nor for food",
        lambda s: (
            s.answers.get("kind") == "food"
            or any(
                getattr(e, "kind", "") == "judgment_effective"
                for e in (s.answers.get("history") or ())
            )
        ),
        re.compile(r"不要自行维修"),
    ),
    Rule(
        "no service texts for a building, no product-liability deadline for it",
        answered("kind", "building"),
        re.compile(r"服务提供者|服务合同|美容仪器|服务过程"),
    ),
    Rule(
        "no note on a deceased victim's relatives for a living one",
        lambda s: s.answers.get("damage") in ("harm", "serious", "product_only"),
        re.compile(r"受害人死亡的"),
    ),
    Rule(
        "no claimant's 'act by the two-year date' for a party claimed against",
        answered("side", "seller", "producer"),
        re.compile(r"以二年计算的日期为准行事|请立即起诉"),
    ),
    Rule(
        "no remarks on checking texts the tool lacks, for the worker",
        lambda s: True,
        re.compile(r"请核对其条文|请核对当时的条文|引用时请以当时|本工具|请核对起诉日期"),
    ),
    Rule(
        "no 'enlarged damage' under the old tort texts (只有“发生”)",
        lambda s: (
            type(s.answers.get("damage_date")) is date
            and s.answers["damage_date"] < date(2021, 1, 1)
        ),
        re.compile(r"发生或者扩大"),
    ),
]
