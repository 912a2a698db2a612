"""Golden paths of the product tree (trees/product.json): producers' and sellers' liability.

Every outcome PL-A … PL-S and finding PL-P, PL-F, PL-G, PL-H from each side that can reach it
(the injured person, the seller, the producer, the one who paid and seeks recourse), both sides
of each date switch (民法通则 → 侵权责任法 2010-07-01 → 民法典 2021-01-01; 消费者权益保护法
2014-03-15; 食品安全法 2015-10-01), month-only and unknown dates, the two-year limitation against
each debtor from the case's history, the ten-year long-stop, amounts and names in the texts.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from tests.helpers import ROOT, cited, library, tree
from wizard.answer_text import fill
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Result, Session
from wizard.report import ReportOptions, render_report, text_values
from wizard.selftest import first_path

ON = date(2026, 12, 5)
JOINT, NOT_GENUINE, OWN, NONE = "连带责任", "不真正连带责任", "赔偿责任", "不承担责任"
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(
        ("victim", ("刘某",)),
        ("seller", ("好运家电商店",)),
        ("producer", ("某电器有限公司",)),
        ("carrier", ("某物流公司",)),
        ("promoter", ("某主播",)),
        ("provider", ("某美容店",)),
        ("builder", ("某房地产开发有限公司",)),
    ),
)
D = date(2024, 5, 10)  # the damage, known the same day
BOUGHT = date(2023, 11, 1)


def session(*answers: object, on: date = ON) -> Session:
    s = Session(tree("product"), on)
    for answer in answers:
        s.answer(answer)  # type: ignore[arg-type]
    assert s.is_finished, s.current.id
    return s


def product(
    side: str = "victim",
    *,
    kind: str = "product",
    damage_date: object = D,
    knew: object = D,
    delivered: object = BOUGHT,
    channel: str = "offline",
    advert: str = "no",
    damage: str = "harm",
    knowing: str | None = None,
    origin: str = "producer",
    can_name: str = "yes",
    food: tuple[object, ...] = (),
    loss: object | None = None,
    events: tuple[Event, ...] | None = None,
    safe_use: str | None = None,
    suit_date: object | None = None,
    on: date = ON,
) -> Session:
    answers: list[object] = [side, kind, damage_date, knew, delivered]
    if safe_use is None and isinstance(delivered, date) and delivered <= date(on.year - 10, 12, 1):
        safe_use = "yes"  # delivered over ten years ago: a safe-use period still runs
    if safe_use is not None:
        answers.append(safe_use)
    answers.append(channel)
    if side == "victim":
        answers.append(advert)
    answers.append(damage)
    if damage in ("serious", "death"):
        answers.append(knowing or "no")
    if damage != "product_only":
        answers.append(origin)
        if side != "producer":
            answers.append(can_name)
    answers += list(food)
    if loss is not None:
        answers.append(loss)
    answers += ["none"] if events is None else ["some", events]
    if suit_date is not None:  # ten years passed, a suit pending: when was it brought?
        answers.append(suit_date)
    return session(*answers, on=on)


def payer(
    role: str,
    origin: str,
    *,
    kind: str = "product",
    damage_date: object = D,
    paid: object = date(2025, 3, 1),
    events: tuple[Event, ...] | None = None,
) -> Session:
    history: list[object] = ["none"] if events is None else ["some", events]
    return session("payer", kind, damage_date, role, origin, paid, Decimal("80000"), *history)


def service(
    side: str = "victim",
    kind: str = "service",
    damage_date: object = D,
    events: tuple[Event, ...] | None = None,
) -> Session:
    history: list[object] = ["none"] if events is None else ["some", events]
    return session(side, kind, damage_date, damage_date, *history)


def texts(s: Session, what: str = "summary") -> str:
    result = s.result()
    values = text_values(s, NAMES, result)
    items = {
        "summary": [result.summary],
        "defences": result.defences,
        "next_steps": result.next_steps,
        "warnings": [w.text for w in result.warnings],
        "recourse": result.recourse,
        "scope": [f.scope for f in result.findings],
    }[what]
    return "\n".join(fill(t.zh, "zh", values) for t in items)


def deadline(result: Result, name: str):  # type: ignore[no-untyped-def]
    (found,) = [d.deadline for d in result.deadlines if d.spec.id == name]
    return found


def codes(s: Session) -> list[str]:
    return list(s.result().codes)


# --- every outcome, from each side --------------------------------------------------------

CC_EITHER = ["民法典第1203条第1款", "产品质量法第43条", "民法典第1202条", "产品质量法第41条第1款"]

OUTCOMES = [
    (
        "A_victim_producer_caused",
        lambda: product(advert="no"),
        ["PL-A"],
        [NOT_GENUINE, OWN],
        [*CC_EITHER, "民法典第1203条第2款", "产品质量法第43条"],
    ),
    (
        "A_seller_own_fault",
        lambda: product("seller", origin="seller"),
        ["PL-A"],
        [NOT_GENUINE, OWN],
        [*CC_EITHER, "民法典第1203条第2款", "产品质量法第43条", "产品质量法第42条第1款"],
    ),
    (
        "A_producer_third_party",
        lambda: product("producer", origin="third"),
        ["PL-A"],
        [NOT_GENUINE, OWN],
        [*CC_EITHER, "民法典第1204条"],
    ),
    (
        "A_victim_origin_unknown",
        lambda: product(origin="unknown"),
        ["PL-A"],
        [NOT_GENUINE],
        CC_EITHER,
    ),
    (
        "B_victim_unnamed_producer",
        lambda: product(can_name="no"),
        ["PL-B"],
        [OWN],
        ["产品质量法第42条第2款", "民法典第1203条第1款"],
    ),
    (
        "B_seller_unnamed_producer_2015",
        lambda: product(
            "seller",
            damage_date=date(2015, 5, 1),
            knew=date(2015, 5, 1),
            delivered=date(2015, 1, 1),
            can_name="no",
        ),
        ["PL-B"],
        [OWN],
        ["侵权责任法第42条第2款", "产品质量法第42条第2款"],
    ),
    (
        "Q_victim_product_only",
        lambda: product(damage="product_only", delivered=date(2020, 11, 1)),
        ["PL-Q"],
        [OWN],
        ["产品质量法第40条第1款", "产品质量法第40条第2款", "消费者权益保护法第24条第1款"],
    ),
    (
        "Q_seller_product_only_2022",
        lambda: product("seller", delivered=date(2022, 2, 1), damage="product_only"),
        ["PL-Q"],
        [OWN],
        [
            "产品质量法第40条第1款",
            "产品质量法第40条第2款",
            "消费者权益保护法第24条第1款",
            "民法典第617条",
            "民法典第582条",
        ],
    ),
    (
        "Q_producer_product_only",
        lambda: product("producer", damage="product_only", delivered=date(2020, 11, 1)),
        ["PL-Q"],
        [OWN],
        ["产品质量法第40条第1款", "产品质量法第40条第2款", "消费者权益保护法第24条第1款"],
    ),
    (
        "L_victim_ten_years",
        lambda: product("victim", delivered=date(2013, 5, 1), safe_use="no"),
        ["PL-L"],
        [NONE],
        ["产品质量法第45条第2款"],
    ),
    (
        "L_seller_ten_years",
        lambda: product("seller", delivered=date(2013, 5, 1), safe_use="no"),
        ["PL-L"],
        [NONE],
        ["产品质量法第45条第2款"],
    ),
    (
        "L_producer_ten_years",
        lambda: product("producer", delivered=date(2013, 5, 1), safe_use="no"),
        ["PL-L"],
        [NONE],
        ["产品质量法第45条第2款"],
    ),
    (
        "S_victim_service",
        lambda: service(),
        ["PL-S"],
        [OWN],
        ["消费者权益保护法第40条第3款", "民法典第1165条第1款"],
    ),
    (
        "S_seller_service_2015",
        lambda: service("seller", damage_date=date(2015, 5, 1)),
        ["PL-S"],
        [OWN],
        ["消费者权益保护法第40条第3款", "侵权责任法第6条第1款"],
    ),
    (
        "S_producer_service",
        lambda: service("producer"),
        ["PL-S"],
        [OWN],
        ["消费者权益保护法第40条第3款", "民法典第1165条第1款"],
    ),
    (
        "W_producer_building",
        lambda: service("producer", kind="building"),
        ["PL-W"],
        [NONE, JOINT],
        ["产品质量法第2条第3款", "民法典第1252条第1款"],
    ),
    (
        "W_victim_building",
        lambda: service(kind="building"),
        ["PL-W"],
        [NONE, JOINT],
        ["产品质量法第2条第3款", "民法典第1252条第1款"],
    ),
    (
        "W_developer_building_2012",
        lambda: service("seller", kind="building", damage_date=date(2012, 6, 1)),
        ["PL-W"],
        [NONE, JOINT],
        ["产品质量法第2条第3款", "侵权责任法第86条第1款"],
    ),
    (
        "R_seller_paid_producer_caused",
        lambda: payer("seller", "producer"),
        ["PL-R"],
        [OWN],
        ["民法典第1203条第2款", "产品质量法第43条"],
    ),
    (
        "R_producer_paid_seller_caused_2019",
        lambda: payer("producer", "seller", damage_date=date(2019, 6, 1)),
        ["PL-R"],
        [OWN],
        ["侵权责任法第43条第3款", "产品质量法第43条"],
    ),
    (
        "R_third_party_food",
        lambda: payer("seller", "third", kind="food"),
        ["PL-R"],
        [OWN],
        ["民法典第1204条"],
    ),
    (
        "R_payer_caused_it",
        lambda: payer("producer", "producer"),
        ["PL-R"],
        [NONE],
        ["民法典第1203条第2款", "产品质量法第43条"],
    ),
    (
        "R_origin_unknown",
        lambda: payer("seller", "unknown"),
        ["PL-R"],
        [OWN],
        ["民法典第1203条第2款", "民法典第1204条", "产品质量法第43条"],
    ),
]


@pytest.mark.parametrize(
    ("factory", "expected_codes", "labels", "citations"),
    [o[1:] for o in OUTCOMES],
    ids=[o[0] for o in OUTCOMES],
)
def test_golden_outcome(factory, expected_codes, labels, citations) -> None:  # type: ignore[no-untyped-def]
    s = factory()
    assert codes(s) == expected_codes
    assert [f.label for f in s.result().findings] == labels
    assert cited(s) == citations


def test_every_outcome_is_reached_from_each_side_that_can_reach_it() -> None:
    outcomes = {n.code for n in tree("product").nodes if type(n).__name__ == "OutcomeNode"}
    reached: dict[str, set[str]] = {}
    for _, factory, *_ in OUTCOMES:
        s = factory()
        reached.setdefault(s.outcome.code, set()).add(str(s.side))  # type: ignore[union-attr]
    assert set(reached) == outcomes
    claimed = {"victim", "seller", "producer"}
    assert reached["PL-A"] == reached["PL-Q"] == reached["PL-L"] == reached["PL-S"] == claimed
    assert reached["PL-W"] == claimed
    assert reached["PL-B"] == {"victim", "seller"} and reached["PL-R"] == {"payer"}


# --- findings met on the way: punitive damages, food, false advertising ---------------------


def test_punitive_damages_for_a_known_defect_causing_serious_harm() -> None:
    s = product(damage="serious", knowing="producer", loss=Decimal("100000"))
    assert codes(s) == ["PL-P", "PL-A"]
    first = s.result().findings[0]
    assert first.label == OWN and "惩罚性赔偿" in first.sublabel.zh  # type: ignore[union-attr]
    assert "不超过200,000.00元" in texts(s, "scope")
    assert cited(s)[:2] == ["民法典第1207条", "消费者权益保护法第55条第2款"]
    # Both knew: two findings; under the Tort Liability Law only knowing sale counts.
    both = product(
        damage="serious",
        knowing="both",
        loss=Decimal("100000"),
        damage_date=date(2013, 6, 1),
        knew=date(2013, 6, 1),
        delivered=date(2013, 1, 1),
    )
    assert [f.label for f in both.result().findings][:2] == [OWN, OWN]
    assert cited(both)[:2] == ["侵权责任法第47条", "侵权责任法第47条"]
    assert "民法典新增" in texts(both, "warnings") and "二倍以下" in texts(both, "warnings")


def test_no_punitive_damages_without_knowledge_or_before_2010() -> None:
    assert codes(product(damage="serious", knowing="no")) == ["PL-A"]
    old = product(
        damage="serious",
        knowing="producer",
        loss=Decimal("1000"),
        damage_date=date(2009, 6, 1),
        knew=date(2009, 6, 1),
        delivered=date(2009, 1, 1),
    )
    assert codes(old) == ["PL-A"] and cited(old)[0] == "民法通则第122条"
    unknown = product(damage="serious", knowing="unknown")
    assert codes(unknown) == ["PL-A"] and "是否明知缺陷" in texts(unknown, "warnings")


def test_food_that_failed_the_standards() -> None:
    s = product(
        kind="food", origin="producer", food=("yes", "yes", Decimal("88")), loss=Decimal("5000")
    )
    assert codes(s) == ["PL-F", "PL-A"]
    labels = [f.label for f in s.result().findings]
    assert labels == [OWN, OWN, NOT_GENUINE, OWN]
    scope = texts(s, "scope")
    assert (
        "价款十倍（880.00元）或者损失三倍（15,000.00元）" in scope
        and "不足一千元的，为一千元" in scope
    )
    assert "首负责任制" in texts(s, "warnings")
    # The seller did not know: the producer alone owes the punitive sum.
    not_known = product(kind="food", food=("yes", "no", Decimal("88")), loss=Decimal("5000"))
    assert [f.label for f in not_known.result().findings] == [OWN, NOT_GENUINE, OWN]


def test_food_before_october_2015_has_the_old_rule() -> None:
    old = product(
        kind="food",
        damage_date=date(2015, 9, 30),
        knew=date(2015, 9, 30),
        delivered=date(2015, 9, 29),
        food=("yes", "yes", Decimal("88")),
        loss=Decimal("500"),
    )
    assert codes(old) == ["PL-A"] and "只规定了价款十倍" in texts(old, "warnings")
    new = product(
        kind="food",
        damage_date=date(2015, 10, 1),
        knew=date(2015, 10, 1),
        delivered=date(2015, 9, 29),
        food=("yes", "yes", Decimal("88")),
        loss=Decimal("500"),
    )
    assert codes(new) == ["PL-F", "PL-A"]


def test_food_only_the_product_itself() -> None:
    s = product(
        kind="food", damage="product_only", food=("yes", "yes", Decimal("120")), loss=Decimal("0")
    )
    assert codes(s) == ["PL-F", "PL-Q"]
    assert "不以造成人身损害为条件" in texts(s, "warnings")


def test_false_advertising_of_goods_bearing_on_health_is_joint() -> None:
    s = product(advert="health")
    assert codes(s) == ["PL-G", "PL-A"]
    first = s.result().findings[0]
    assert first.label == JOINT and cited(s)[:2] == [
        "消费者权益保护法第45条第2款",
        "消费者权益保护法第45条第3款",
    ]
    other = product(advert="other")
    assert codes(other) == ["PL-H", "PL-A"] and cited(other)[0] == "消费者权益保护法第45条第1款"
    before = product(
        advert="health",
        damage_date=date(2014, 3, 14),
        knew=date(2014, 3, 14),
        delivered=date(2014, 1, 1),
    )
    assert codes(before) == ["PL-A"] and "2014年3月15日以前" in texts(before, "warnings")


# --- the law in force on the day of the damage ----------------------------------------------


@pytest.mark.parametrize(
    ("day", "first"),
    [
        (date(2021, 1, 1), "民法典第1203条第1款"),
        (date(2020, 12, 31), "侵权责任法第43条第1款"),
        (date(2010, 7, 1), "侵权责任法第43条第1款"),
        (date(2010, 6, 30), "民法通则第122条"),
        (MonthDate(2021, 1), "民法典第1203条第1款"),
        (UNKNOWN, "民法典第1203条第1款"),
    ],
)
def test_the_damage_date_picks_the_law(day: object, first: str) -> None:
    s = product(damage_date=day, knew=date(2010, 8, 1), delivered=date(2010, 1, 1))
    assert cited(s)[0] == first
    if day is UNKNOWN:
        assert "损害发生的日期不清楚" in texts(s, "warnings")
        assert s.result().facts_to_verify[0].question.id == "damage_date"


def test_a_product_delivered_before_2021_with_damage_after_falls_under_the_civil_code() -> None:
    s = product(damage_date=date(2021, 3, 1), knew=date(2021, 3, 1), delivered=date(2020, 5, 1))
    assert cited(s)[0] == "民法典第1203条第1款"
    assert "损害在2021年以后才出现的，适用民法典" in texts(s, "warnings")


# --- limitation and the long-stop ---------------------------------------------------------


def test_two_years_against_each_debtor_is_the_safe_date() -> None:
    result = product().result()
    seller, producer = (
        deadline(result, "limitation_seller"),
        deadline(result, "limitation_producer"),
    )
    assert seller.end == producer.end == date(2026, 5, 11)  # 2026-05-10 is a Sunday
    assert seller.status == "passed"
    # The three years of the Civil Code (contested) run to 2027-05-10: both rows are shown.
    three = deadline(result, "limitation_seller_3y")
    assert three.end == date(2027, 5, 10) and three.status == "running"
    warnings = texts(product(), "warnings")
    assert "二年还是三年" in warnings and "按民法典三年计算的尚未届满" in warnings
    assert "按已记录的情况，诉讼时效已经届满" not in warnings
    steps = texts(product(), "next_steps")
    assert "请立即起诉" in steps and "书面要求赔偿或者起诉" not in steps


def test_a_demand_on_the_seller_does_not_interrupt_against_the_producer() -> None:
    demand = Event("demand", date(2026, 3, 1), None, "seller")
    s = product(events=(demand,))
    result = s.result()
    assert deadline(result, "limitation_seller").end == date(2028, 3, 1)
    assert deadline(result, "limitation_producer").end == date(2026, 5, 11)
    assert "书面要求赔偿或者起诉" in texts(s, "next_steps")


def test_a_suit_against_the_producer_is_pending() -> None:
    suit = Event("suit", date(2026, 4, 1), None, "producer")
    s = product(events=(suit,))
    assert deadline(s.result(), "limitation_producer").status == "pending"
    steps = texts(s, "next_steps")
    assert "诉讼或者仲裁正在进行" in steps and "书面要求赔偿或者起诉" not in steps


def test_after_a_judgment_the_enforcement_period_runs() -> None:
    events = (
        Event("suit", date(2025, 1, 10), None, "seller"),
        Event("judgment_effective", date(2025, 9, 1), date(2025, 9, 15), "seller"),
    )
    s = product(events=events)
    result = s.result()
    assert deadline(result, "limitation_seller").status == "decided"
    # 2027-09-15 is 中秋 (statutory holiday; 2027's arrangement not yet published)
    assert deadline(result, "enforcement_history").end == date(2027, 9, 16)
    steps = texts(s, "next_steps")
    assert "申请强制执行" in steps and "起诉" not in steps


def test_an_appeal_period_after_a_first_instance_judgment() -> None:
    served = Event("judgment_served", date(2026, 11, 30), None, "producer")
    s = product("producer", events=(served,))
    assert deadline(s.result(), "appeal_history").end == date(2026, 12, 15)
    assert "上诉" in texts(s, "next_steps")


def test_the_ten_year_long_stop() -> None:
    lost = product(delivered=date(2014, 5, 1), safe_use="no")
    assert lost.outcome.code == "PL-L"  # type: ignore[union-attr]
    assert deadline(lost.result(), "long_stop_open").end == date(2024, 5, 6)  # 05-01…05 off
    # Sued before the ten years ended: the tool asks the day of the suit and compares.
    sued = product(
        damage_date=date(2023, 6, 1),
        knew=date(2023, 6, 1),
        delivered=date(2014, 5, 1),
        safe_use="no",
        events=(Event("suit", date(2024, 3, 1), None, "seller"),),
        suit_date=date(2024, 3, 1),
    )
    assert sued.outcome.code == "PL-A"  # type: ignore[union-attr]
    assert "起诉在十年期满前提起：对被起诉的一方，请求权已经及时行使" in texts(sued, "warnings")
    assert "请核对起诉日期" not in texts(sued, "warnings")
    kept = product(delivered=date(2014, 5, 1), safe_use="yes")
    assert kept.outcome.code == "PL-A"  # type: ignore[union-attr]
    open_ = product(delivered=date(2014, 5, 1), safe_use="unknown")
    assert "是否有尚未超过的明示安全使用期" in texts(open_, "warnings")
    unknown = product(delivered=UNKNOWN)
    assert unknown.outcome.code == "PL-A"  # type: ignore[union-attr]
    assert "交付最初消费者的日期不清楚" in texts(unknown, "warnings")


def test_an_unknown_knowledge_date_leaves_limitation_uncomputed() -> None:
    result = product(knew=UNKNOWN).result()
    assert deadline(result, "limitation_seller").status == "missing"


def test_old_knowledge_dates_warn_of_the_one_year_period() -> None:
    s = product(damage_date=date(2016, 5, 1), knew=date(2016, 5, 1), delivered=date(2016, 1, 1))
    assert "一年的诉讼时效" in texts(s, "warnings")


# --- services, online purchases, sides ---------------------------------------------------------


def test_a_service_is_not_a_product() -> None:
    s = service()
    assert "民法典第1203条第1款" not in cited(s) and "服务不是产品" in texts(s)
    result = s.result()
    assert deadline(result, "limitation_service").end == date(2027, 5, 10)
    producer = service("producer")
    assert "不是你方生产的产品" in texts(producer)


def test_an_online_purchase_points_to_the_platform_routes() -> None:
    s = product(channel="online")
    warnings = texts(s, "warnings")
    assert "网络平台责任的评估" in warnings
    assert "消费者权益保护法第44条" in [
        library().cite(c, "zh") for w in s.result().warnings for c in w.basis
    ]
    assert "网络交易平台" not in texts(product(), "warnings")


def test_a_seller_gets_defences_and_no_claimants_advice() -> None:
    s = product("seller", origin="producer")
    assert "不能以“应当找生产者”为由拒绝" in texts(s)
    defences = texts(s, "defences")
    assert "申请追加" in defences and "诉讼时效已经届满" in defences
    assert "保存出事的产品" not in texts(s, "next_steps")
    assert product().result().defences == ()


def test_a_producer_gets_the_statutory_defences() -> None:
    s = product("producer", origin="producer")
    assert "科学技术水平" in texts(s, "defences") and "最终由你方承担" in texts(s)


def test_recourse_names_the_amount_and_the_deadline() -> None:
    s = payer("seller", "producer")
    assert "可以向生产者（某电器有限公司）追偿已经赔偿的80,000.00元" in texts(s)
    assert deadline(s.result(), "limitation_recourse").end == date(2028, 3, 1)
    own = payer("producer", "producer")
    assert "不能向对方追偿" in texts(own) and "书面要求偿还" not in texts(own, "next_steps")


def test_names_and_title_in_the_report() -> None:
    s = product(advert="health")
    html = render_report(s, NAMES, library(), ReportOptions(lang="zh"))
    assert "产品、食品、服务或者房屋致损的赔偿责任评估报告" in html
    assert "生产者（某电器有限公司）" in html
    assert "广告经营者、发布者或者推荐者（某主播）" in html
    english = render_report(s, NAMES, library(), ReportOptions(lang="en"))
    assert "Assessment of liability for damage from products" in english


# --- the first path (self-test) and the sample path ------------------------------------------


def test_the_first_path_needs_no_format_2_widgets() -> None:
    assert first_path(tree("product")).outcome.code == "PL-A"  # type: ignore[union-attr]


def test_the_sample_path_for_the_desktop_app() -> None:
    from scripts.sample_paths import PRODUCT_PRODUCER_DEFECT
    from tests.helpers import walk

    assert walk("product", PRODUCT_PRODUCER_DEFECT).outcome.code == "PL-A"  # type: ignore[union-attr]


def test_the_committed_tree_is_the_generators_output() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "trees" / "product.py"), "--check"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr


# --- the independent review of 2026-12-05: its stories, walked again ---------------------


def report_text(s: Session) -> str:
    """The report as plain text (tags dropped), for what the conclusion and the rows say."""
    import html as html_lib
    import re

    rendered = render_report(s, NAMES, library(), ReportOptions(lang="zh"))
    rendered = re.sub(r"<style.*?</style>", "", rendered, flags=re.S)
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", rendered)))


def test_review_p2_two_years_passed_three_running_sue_now() -> None:
    """P-2: burn 2024-01-20, the stall names no maker: two years ended 2026-01-20, three
    (contested) run to 2027-01-20 — sue at once; the ten years are no date to act by."""
    s = product(
        damage_date=date(2024, 1, 20),
        knew=date(2024, 1, 20),
        delivered=MonthDate(2023, 11),
        origin="unknown",
        can_name="no",
    )
    assert codes(s) == ["PL-B"]
    result = s.result()
    assert deadline(result, "limitation_seller").status == "passed"
    assert deadline(result, "limitation_seller_3y").end == date(2027, 1, 20)
    assert "limitation_producer_3y" not in [d.spec.id for d in result.deadlines]
    report = report_text(s)
    lead = "最近的期限：对销售者的诉讼时效（按民法典三年计算；能否适用有争议），请在 2027年1月20日"
    assert lead in report
    assert "最长期间（自交付最初消费者之日起十年），请在" not in report
    steps = texts(s, "next_steps")
    assert "请立即起诉" in steps and "诉讼时效看来已经届满" not in steps


def test_review_the_ten_years_lead_where_they_end_first() -> None:
    """A heater bought 2017-03-01 burns in 2026-10: the ten years end 2027-03-01, before
    either limitation period; that is the date to act by."""
    s = product(damage_date=date(2026, 10, 1), knew=date(2026, 10, 1), delivered=date(2017, 3, 1))
    ids = [d.spec.id for d in s.result().deadlines]
    assert "long_stop_open" in ids and "long_stop" not in ids
    lead = "最近的期限：产品责任请求权的最长期间（自交付最初消费者之日起十年），请在 2027年3月1日"
    assert lead in report_text(s)


def test_review_p7_the_seller_is_told_the_victims_deadlines_are_not_its_own() -> None:
    """P-7: the seller sued 2026-11-20; two years (after the demand of 2024-05-01) ended
    2026-05-06, the three years did not: the defence may fail; raise it at first instance;
    the seller's own recourse runs three years from its payment."""
    events = (
        Event("demand", date(2024, 5, 1), None, "seller"),
        Event("suit", date(2026, 11, 20), None, "seller"),
    )
    s = product(
        "seller",
        damage_date=date(2024, 3, 5),
        knew=date(2024, 3, 5),
        delivered=date(2023, 9, 1),
        events=events,
    )
    result = s.result()
    ids = [d.spec.id for d in result.deadlines]
    assert "limitation_producer" not in ids and "limitation_producer_3y" not in ids
    assert deadline(result, "limitation_seller").end == date(2026, 5, 6)
    assert deadline(result, "limitation_seller_3y").status == "pending"
    report = report_text(s)
    assert "最近的期限" not in report and "请在此日或之前行事" not in report
    warnings = texts(s, "warnings")
    assert "这一抗辩不能成立" in warnings and "一审期间提出" in warnings
    assert "稳妥起见，以二年计算的日期为准行事" not in warnings
    assert "能否成立取决于法院适用二年还是三年" in texts(s, "defences")
    assert "自你方实际赔偿之日起计算" in texts(s, "recourse")
    assert "民法典第193条" in [library().cite(c, "zh") for w in result.warnings for c in w.basis]


def test_review_p7b_only_the_product_failed_the_contract_claim_has_a_deadline() -> None:
    """P-7b: only the battery burnt out: a contract claim, three years from 2024-03-05."""
    s = product(
        "seller",
        damage_date=date(2024, 3, 5),
        knew=date(2024, 3, 5),
        delivered=date(2023, 9, 1),
        damage="product_only",
    )
    assert codes(s) == ["PL-Q"]
    quality = deadline(s.result(), "limitation_quality")
    assert quality.end == date(2027, 3, 5)
    assert "对方的期限：按买卖合同向销售者主张的诉讼时效" in report_text(s)


def test_review_p9_old_judgment_terminated_enforcement_apply_again() -> None:
    """P-9: 2009 damage, judgment against the seller (2011), 终本 (2012): apply again once
    assets are found (民诉法解释517(2)); the ten years passed (2018) for the party not sued;
    no advice to keep the product; the old procedure law and the 2018 text named for the
    lawyer."""
    events = (
        Event("suit", date(2010, 3, 1), None, "seller"),
        Event("judgment_effective", date(2011, 5, 10), date(2011, 5, 20), "seller"),
        Event("enforcement_applied", date(2011, 8, 1), None, "seller"),
        Event("enforcement_terminated", date(2012, 3, 1), None, "seller"),
    )
    s = product(
        damage_date=date(2009, 12, 15),
        knew=date(2009, 12, 15),
        delivered=MonthDate(2008, 5),
        safe_use="no",
        channel="gift",
        damage="serious",
        knowing="no",
        events=events,
    )
    steps = texts(s, "next_steps")
    assert "可以再次申请执行，不受申请执行时效期间的限制" in steps
    assert "保存出事的产品" not in steps
    warnings = texts(s, "warnings")
    assert "判决没有涉及的一方" in warnings and "请核对起诉日期" not in warnings
    assert "条文序号与现行第250条不同" in warnings and "产品质量法2018年修正文本" in warnings
    assert "民法通则第131条" in [
        library().cite(c, "zh") for w in s.result().warnings for c in w.basis
    ]
    assert "扩大" not in next(w for w in warnings.split("\n") if "减轻" in w)


def test_review_p10_the_producer_and_the_carrier() -> None:
    """P-10: the carrier damaged the glass after it left the factory: the producer's argument is
    产品质量法41(2)(二); evidence for recourse against the carrier; the appeal by 2026-12-15."""
    events = (
        Event("suit", date(2026, 3, 1), None, "producer"),
        Event("suit", date(2026, 3, 1), None, "seller"),
        Event("judgment_served", date(2026, 11, 30), None, "producer"),
    )
    s = product(
        "producer",
        damage_date=date(2025, 4, 2),
        knew=date(2025, 4, 2),
        delivered=date(2025, 3, 20),
        origin="third",
        events=events,
    )
    result = s.result()
    assert "投入流通时引起损害的缺陷尚不存在" in texts(s, "defences")
    assert "产品质量法第41条第2款第2项" in [library().cite(c, "zh") for c in result.citations]
    assert any("运单" in e.zh for e in result.evidence)
    report = report_text(s)
    assert "最近的期限：对一审判决提起上诉的期间，请在 2026年12月15日" in report
    assert "一审期间（答辩或者庭审中）提出" not in texts(s, "defences")


def test_review_p11_the_influencers_joint_liability_has_its_own_deadline() -> None:
    """P-11: false health claims in a live stream: 连带 of the influencer (消保法45(3)), its own
    three years; a July 2025 month changes no finding."""
    s = product(
        damage_date=MonthDate(2025, 7),
        knew=date(2025, 7, 20),
        delivered=date(2025, 6, 15),
        channel="livestream",
        advert="health",
    )
    result = s.result()
    assert deadline(result, "limitation_promoter").end == date(2028, 7, 20)
    assert all(f.depends_on == () for f in result.findings)


def test_review_p12_after_the_judgment_the_enforcement_date_leads() -> None:
    """P-12: judgment against the seller, pay by 2025-07-10: the period ends 2027-07-10 (a
    Saturday, at least 07-12), act by 2027-07-09; the ten years (2027-05-20) do not lead."""
    events = (
        Event("demand", date(2018, 7, 1), None, "seller"),
        Event("acknowledgement", date(2020, 6, 1), None, "seller"),
        Event("suit", date(2022, 5, 1), None, "seller"),
        Event("judgment_effective", date(2025, 6, 30), date(2025, 7, 10), "seller"),
    )
    s = product(
        damage_date=date(2017, 8, 1),
        knew=date(2017, 8, 1),
        delivered=date(2017, 5, 20),
        events=events,
    )
    report = report_text(s)
    assert "最近的期限：申请强制执行的期间，请在 2027年7月9日" in report
    steps = texts(s, "next_steps")
    assert "最后一日为2027年7月12日" not in steps and "行事日期" in steps
    assert "不要自行维修" not in steps
    assert "侵权责任法第26条" in [
        library().cite(c, "zh") for w in s.result().warnings for c in w.basis
    ]


def test_review_p4_food_has_no_product_texts() -> None:
    """P-4: sausages: no repair advice, no ten-year row, the test report listed once."""
    s = product(
        kind="food",
        damage_date=date(2026, 3, 16),
        knew=date(2026, 3, 16),
        delivered=date(2026, 3, 15),
        food=("yes", "no", Decimal("50")),
        loss=Decimal("3000"),
    )
    result = s.result()
    assert not [d for d in result.deadlines if d.spec.id.startswith("long_stop")]
    steps = texts(s, "next_steps")
    assert "不要自行维修" not in steps and "保存剩余的食品" in steps
    evidence = [e.zh for e in result.evidence]
    assert len([e for e in evidence if "检验报告" in e]) == 1
    assert len([e for e in evidence if "购物凭证" in e]) == 1


def test_review_p5_p13_services_and_buildings_are_not_told_of_products() -> None:
    """P-5: a service; P-13: a ceiling that collapsed: its own outcome, the developer and the
    builder named as such, no service texts."""
    hair = service(damage_date=date(2025, 10, 5))
    report = report_text(hair)
    assert "产品、食品、服务或者房屋致损的赔偿责任评估报告" in report
    assert "因产品缺陷受到损害" not in report
    flat = service(kind="building", damage_date=date(2026, 6, 1))
    assert codes(flat) == ["PL-W"]
    text = report_text(flat).split("结论", 1)[1]  # after the case information
    assert "开发商（建设单位）或者施工单位（某房地产开发有限公司）" in text
    assert "服务提供者" not in text and "服务合同" not in text and "美容仪器" not in text
    assert deadline(flat.result(), "limitation_building").end == date(2029, 6, 1)


def test_review_p3_the_death_note_only_for_a_death() -> None:
    """P-3: a living victim who lost an eye gets no note on close relatives' claims."""
    eye = product(damage="serious", knowing="producer", loss=Decimal("300000"))
    assert "受害人死亡的" not in texts(eye, "warnings")
    died = product(damage="death", knowing="producer", loss=Decimal("300000"))
    assert "受害人死亡的" in texts(died, "warnings")
    assert codes(died) == ["PL-P", "PL-A"]


def test_review_a_suit_after_the_ten_years_loses_the_claim() -> None:
    """Ten years from 2014-05-01 ended 2024-05-06; a suit of 2024-08-01 came too late."""
    late = product(
        damage_date=date(2023, 6, 1),
        knew=date(2023, 6, 1),
        delivered=date(2014, 5, 1),
        safe_use="no",
        events=(Event("suit", date(2024, 8, 1), None, "seller"),),
        suit_date=date(2024, 8, 1),
    )
    assert codes(late) == ["PL-L"]


def test_the_advertiser_and_the_influencer_are_joint_among_themselves() -> None:
    """消保法45(3): the advertiser, publisher and recommender of a false health claim are jointly
    liable; a demand on one of them (recorded against it by name) interrupts limitation against
    the others as well (诉讼时效规定15(2)), so neither row ends three years from the damage."""
    s = Session(tree("product"), ON)
    s.set_names({"promoter": ("某广告公司", "某主播")})
    demand = Event("demand", date(2026, 3, 1), None, "promoter", person="某主播")
    for answer in (
        "victim",
        "product",
        date(2025, 7, 20),
        date(2025, 7, 20),
        date(2025, 6, 15),
        "livestream",
        "health",
        "harm",
        "producer",
        "yes",
        "some",
        (demand,),
    ):
        s.answer(answer)  # type: ignore[arg-type]
    assert s.is_finished
    rows = {
        d.person: d.deadline.end for d in s.result().deadlines if d.spec.id == "limitation_promoter"
    }
    assert rows == {"某广告公司": date(2029, 3, 1), "某主播": date(2029, 3, 1)}


def test_review_p13_the_collapse_finding_names_the_developer_and_builder() -> None:
    """P-13: the 连带 of 民法典1252(1) names the parties entered as developer and builder."""
    flat = service(kind="building", damage_date=date(2026, 6, 1))
    text = report_text(flat)
    assert "开发商（建设单位）或者施工单位（某房地产开发有限公司）中的建设单位与施工单位" in text
