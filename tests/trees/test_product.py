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
    if damage == "serious":
        answers.append(knowing or "no")
    if damage != "product_only":
        answers.append(origin)
        if side != "producer":
            answers.append(can_name)
    answers += list(food)
    if loss is not None:
        answers.append(loss)
    answers += ["none"] if events is None else ["some", events]
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
        "S_producer_building",
        lambda: service("producer", kind="building"),
        ["PL-S"],
        [NONE, JOINT],
        ["产品质量法第2条第3款", "民法典第1252条第1款"],
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
    warnings = texts(product(), "warnings")
    assert "二年还是三年" in warnings and "按已记录的情况，诉讼时效已经届满" in warnings
    assert "书面要求赔偿或者起诉" not in texts(product(), "next_steps")


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
    assert deadline(lost.result(), "long_stop").end == date(2024, 5, 6)  # 05-01…05 off
    # Sued before the ten years ended: the claim was exercised; the worker compares the dates.
    sued = product(
        damage_date=date(2023, 6, 1),
        knew=date(2023, 6, 1),
        delivered=date(2014, 5, 1),
        safe_use="no",
        events=(Event("suit", date(2024, 3, 1), None, "seller"),),
    )
    assert sued.outcome.code == "PL-A"  # type: ignore[union-attr]
    assert "起诉在十年期满前提起的" in texts(sued, "warnings")
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
    assert "产品责任评估报告" in html and "生产者（某电器有限公司）" in html
    assert "广告经营者、发布者或者推荐者（某主播）" in html
    english = render_report(s, NAMES, library(), ReportOptions(lang="en"))
    assert "Product liability assessment" in english


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
