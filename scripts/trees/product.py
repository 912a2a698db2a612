"""Generate trees/product.json: product liability of producers and sellers.

    python scripts/trees/product.py          # write the tree
    python scripts/trees/product.py --check  # exit 1 if the committed file differs

The law (legal-coverage.md §5.4): 民法典1202–1207 (侵权责任法41–47 for damage from 2010-07-01
to 2020-12-31, 民法通则122 before), 产品质量法40–46, 消费者权益保护法40, 44, 45, 55, 食品安全法148.
The producer and the seller are each liable for the whole (不真正连带责任); the final burden
rests on whoever caused the defect. Written here because every finding and warning carries the
same date conditions (the law in force on the day the damage appeared).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from scripts.trees.common import (
    ALL,
    ANY,
    NOT,
    ROOT,
    C,
    J,
    T,
    ans,
    before,
    between,
    event,
    item,
    on_after,
    side,
    und,
    unknown,
    variant,
    warning,
    write,
)

PATH = ROOT / "trees" / "product.json"

CC, TORT, GPC, GP = (
    "civil_code",
    "tort_liability_law_2009",
    "general_principles_civil_law_1986",
    "general_provisions_civil_law_2017",
)
PQL, CPL_LAW, FOOD, ECOM = (
    "product_quality_law",
    "consumer_protection_law",
    "food_safety_law",
    "ecommerce_law",
)
ONLINE1, TORT1, TIME = (
    "spc_online_consumption_1",
    "spc_tort_interpretation_1",
    "spc_civil_code_time_effect",
)
CIVPRO, CIVPRO_I = "civil_procedure_law", "spc_civil_procedure_interpretation"
LIM = "spc_limitation_provisions"

VICTIM, SELLER, PRODUCER, PAYER = (side("victim"), side("seller"), side("producer"), side("payer"))
FOODS = ans("kind", "food")
PRODUCTS = ans("kind", "product")
SERIOUS = ans("damage", "serious", "death")
PRODUCT_ONLY = ans("damage", "product_only")
ONLINE = ans("channel", "online", "livestream")
CONSUMER = ans("channel", "offline", "online", "livestream", "gift")

# --- the law in force on the day the damage appeared ---------------------------------------


def code(q: str = "damage_date") -> J:
    """民法典 (or the date unknown: the current law is shown, with a warning)."""
    return ANY(on_after(q, "2021-01-01"), unknown(q))


def tort_law(q: str = "damage_date") -> J:
    return between(q, "2010-07-01", "2021-01-01")


def principles(q: str = "damage_date") -> J:
    return before(q, "2010-07-01")


def by_date(cc: J | None, tort: J | None, gpc: J | None, q: str = "damage_date") -> list[J]:
    """One citation per period, each conditional on the damage date."""
    out = []
    for cite, when in ((cc, code(q)), (tort, tort_law(q)), (gpc, principles(q))):
        if cite is not None:
            out.append({**cite, "when": when})
    return out


def cite(law: str, article: int, paragraph: int | None = None, item_: int | None = None) -> J:
    return C(law, article, paragraph, item_)


BASIS_EITHER = [
    *by_date(cite(CC, 1203, 1), cite(TORT, 43, 1), cite(GPC, 122)),
    cite(PQL, 43),
]
BASIS_PRODUCER = by_date(cite(CC, 1202), cite(TORT, 41), None)
BASIS_RECOURSE_PRODUCER = [*by_date(cite(CC, 1203, 2), cite(TORT, 43, 2), None), cite(PQL, 43)]
BASIS_RECOURSE_SELLER = [*by_date(cite(CC, 1203, 2), cite(TORT, 43, 3), None), cite(PQL, 43)]
BASIS_THIRD = by_date(cite(CC, 1204), cite(TORT, 44), cite(GPC, 122))
BASIS_UNNAMED = [*by_date(None, cite(TORT, 42, 2), None), cite(PQL, 42, 2)]
BASIS_PUNITIVE = by_date(cite(CC, 1207), cite(TORT, 47), None)

# --- deadlines --------------------------------------------------------------------------------

OLD_KNEW = before("knew_date", "2017-10-01")
#: Known on or after 2017-10-01 (or not known): the three years of 民法总则 / 民法典188 compete
#: with the two of 产品质量法45(1) (a contested point), so both periods are computed.
NEW_KNEW = ANY(on_after("knew_date", "2017-10-01"), unknown("knew_date"), und(OLD_KNEW))
VICTIM_ACTS = ["victim"]


def general_3y_basis(q: str = "knew_date") -> list[J]:
    """民法典188(1), or 民法总则188(1) for a start from 2017-10-01 to 2020-12-31."""
    return [
        C(CC, 188, 1, when=ANY(on_after(q, "2021-01-01"), unknown(q))),
        C(GP, 188, 1, when=between(q, "2017-10-01", "2021-01-01")),
    ]


def not_the_other_defendant(party: str) -> J:
    """A limitation against the seller is no concern of a producer client, and vice versa."""
    return NOT(side("producer" if party == "seller" else "seller"))


def product_limitation(name: str, party: str, label: J) -> J:
    return {
        "id": name,
        "kind": "limitation",
        "label": label,
        "from": "knew_date",
        "add": {"years": 2},
        "basis": [C(PQL, 45, 1)],
        "events": {"from": "history", "parties": [party]},
        "cap_from": "damage_date",
        "acts": VICTIM_ACTS,
        "when": not_the_other_defendant(party),
    }


def three_year_limitation(name: str, party: str, label: J) -> J:
    return {
        "id": name,
        "kind": "limitation",
        "label": label,
        "from": "knew_date",
        "add": {"years": 3},
        "basis": general_3y_basis(),
        "events": {"from": "history", "parties": [party]},
        "cap_from": "damage_date",
        "acts": VICTIM_ACTS,
        "when": ALL(NEW_KNEW, not_the_other_defendant(party)),
    }


def general_limitation(
    name: str, history: str, parties: list[str], label: J, persons: str = "separate"
) -> tuple[J, J]:
    """A claim outside 产品质量法45 (contract, service, advertising): three years, or the two
    of 民法通则135 for damage known before 2017-10-01 (the engine applies the transition).
    ``persons`` "joint": the persons of the parties are 连带债务人 (an interruption against one
    reaches the others, 诉讼时效规定15(2))."""
    events = {
        "from": history,
        **({"parties": parties} if parties else {}),
        **({"persons": persons} if persons != "separate" else {}),
    }
    return (
        {
            "id": name,
            "kind": "limitation",
            "label": label,
            "from": "knew_date",
            "add": {"years": 3},
            "basis": general_3y_basis(),
            "events": events,
            "cap_from": "damage_date",
            "acts": VICTIM_ACTS,
            "when": NEW_KNEW,
        },
        {
            "id": f"{name}_2y",
            "kind": "limitation",
            "label": label,
            "from": "knew_date",
            "add": {"years": 2},
            "basis": [C(GPC, 135)],
            "events": events,
            "cap_from": "damage_date",
            "acts": VICTIM_ACTS,
            "when": OLD_KNEW,
        },
    )


SUED_OR_DECIDED = event("history", "suit", "judgment_effective")
#: The ten years must not lead: the claim was sued on, or every limitation period has run out
#: (on no events: the plain periods; with events: node limitations_lapsed, after the history).
LONG_STOP_QUIET = ANY(
    SUED_OR_DECIDED,
    ALL(
        ans("history_gate", "none"),
        ANY(
            ALL(OLD_KNEW, {"deadline": "limitation_plain", "passed": True}),
            ALL(
                ANY(on_after("knew_date", "2017-10-01"), unknown("knew_date")),
                {"deadline": "limitation_plain_3y", "passed": True},
            ),
        ),
    ),
    {"reached": "limitations_lapsed"},
)

LONG_STOP_LABEL = T(
    "产品责任请求权的最长期间（自交付最初消费者之日起十年）",
    "Longest period for product liability claims (ten years from delivery to the first consumer)",
)

DEADLINES: J = {
    "limitation_seller": product_limitation(
        "limitation_seller",
        "seller",
        T(
            "对销售者的诉讼时效（按产品质量法二年计算）",
            "Limitation against the seller (two years under the Product Quality Law)",
        ),
    ),
    "limitation_seller_3y": three_year_limitation(
        "limitation_seller_3y",
        "seller",
        T(
            "对销售者的诉讼时效（按民法典三年计算；能否适用有争议）",
            "Limitation against the seller (three years under the Civil Code; contested)",
        ),
    ),
    "limitation_producer": product_limitation(
        "limitation_producer",
        "producer",
        T(
            "对生产者的诉讼时效（按产品质量法二年计算）",
            "Limitation against the producer (two years under the Product Quality Law)",
        ),
    ),
    "limitation_producer_3y": three_year_limitation(
        "limitation_producer_3y",
        "producer",
        T(
            "对生产者的诉讼时效（按民法典三年计算；能否适用有争议）",
            "Limitation against the producer (three years under the Civil Code; contested)",
        ),
    ),
    # Without the case's history, for conditions ("has it run out on the facts recorded?").
    "limitation_plain": {
        "id": "limitation_plain",
        "kind": "limitation",
        "label": T("诉讼时效（二年，未中断）", "Limitation (two years, uninterrupted)"),
        "from": "knew_date",
        "add": {"years": 2},
        "basis": [C(PQL, 45, 1)],
        "cap_from": "damage_date",
    },
    "limitation_plain_3y": {
        "id": "limitation_plain_3y",
        "kind": "limitation",
        "label": T("诉讼时效（三年，未中断）", "Limitation (three years, uninterrupted)"),
        "from": "knew_date",
        "add": {"years": 3},
        "basis": general_3y_basis(),
        "cap_from": "damage_date",
    },
    # The ten years of 产品质量法45(2) bound the limitation (the right ends at whichever comes
    # first). While a limitation period is still open the earliest row leads, the ten years
    # included; once the claim was sued on, or every limitation period has run out, the ten
    # years must not send anyone to act (long_stop_for). Food has no such row.
    "long_stop": {
        "id": "long_stop",
        "kind": "other",
        "label": LONG_STOP_LABEL,
        "from": "delivery_date",
        "add": {"years": 10},
        "basis": [C(PQL, 45, 2)],
        "acts": VICTIM_ACTS,
        "long_stop_for": "limitation_seller",
        "when": ALL(PRODUCTS, ANY(LONG_STOP_QUIET, und(LONG_STOP_QUIET))),
    },
    "long_stop_open": {
        "id": "long_stop_open",
        "kind": "other",
        "label": LONG_STOP_LABEL,
        "from": "delivery_date",
        "add": {"years": 10},
        "basis": [C(PQL, 45, 2)],
        "acts": VICTIM_ACTS,
        "when": ALL(PRODUCTS, NOT(LONG_STOP_QUIET)),
    },
}
for _spec in (
    *general_limitation(
        "limitation_service",
        "service_history",
        [],
        T("对服务提供者的诉讼时效", "Limitation against the service provider"),
    ),
    *general_limitation(
        "limitation_building",
        "building_history",
        [],
        T(
            "对开发商（建设单位）、施工单位的诉讼时效",
            "Limitation against the developer and the builder",
        ),
    ),
    *general_limitation(
        "limitation_quality",
        "history",
        ["seller"],
        T(
            "按买卖合同向销售者主张的诉讼时效",
            "Limitation of the contract claim against the seller",
        ),
    ),
    *general_limitation(
        "limitation_promoter",
        "history",
        ["promoter"],
        T(
            "对广告经营者、发布者或者推荐者的诉讼时效",
            "Limitation against the advertiser, publisher or recommender",
        ),
        # Only on the joint path (消保法45(3)): the advertiser, publisher and recommender are
        # jointly liable, a demand on one reaches the others.
        persons="joint",
    ),
):
    DEADLINES[_spec["id"]] = _spec
DEADLINES["limitation_recourse"] = {
    "id": "limitation_recourse",
    "kind": "limitation",
    "label": T(
        "追偿请求的诉讼时效（自赔偿之日起计算）",
        "Limitation of the claim for recourse (from the day of payment)",
    ),
    "from": "paid_date",
    "add": {"years": 3},
    "basis": general_3y_basis("paid_date"),
    "events": {"from": "payer_history"},
    "acts": ["payer"],
    "when": ANY(
        on_after("paid_date", "2017-10-01"),
        unknown("paid_date"),
        und(before("paid_date", "2017-10-01")),
    ),
}
DEADLINES["limitation_recourse_2y"] = {
    "id": "limitation_recourse_2y",
    "kind": "limitation",
    "label": T(
        "追偿请求的诉讼时效（自赔偿之日起计算）",
        "Limitation of the claim for recourse (from the day of payment)",
    ),
    "from": "paid_date",
    "add": {"years": 2},
    "basis": [C(GPC, 135)],
    "events": {"from": "payer_history"},
    "acts": ["payer"],
    "when": before("paid_date", "2017-10-01"),
}


def enforcement(history: str) -> tuple[J, J]:
    judgment = event(history, "judgment_effective")
    return (
        {
            "id": f"enforcement_{history}",
            "kind": "enforcement",
            "label": T("申请强制执行的期间", "Period to apply for enforcement"),
            "from": {"event": history, "kinds": ["judgment_effective"], "use": "until"},
            "add": {"years": 2},
            "basis": [C(CIVPRO, 250)],
            "events": {"from": history},
            "acts": ["payer"] if history == "payer_history" else VICTIM_ACTS,
            "when": judgment,
        },
        {
            "id": f"appeal_{history}",
            "kind": "appeal",
            "label": T("对一审判决提起上诉的期间", "Period to appeal the first-instance judgment"),
            "from": {"event": history, "kinds": ["judgment_served"]},
            "add": {"days": 15},
            "basis": [C(CIVPRO, 171, 1)],
            "when": ALL(event(history, "judgment_served"), NOT(judgment)),
        },
    )


for _history in ("history", "service_history", "building_history", "payer_history"):
    for _spec in enforcement(_history):
        DEADLINES[_spec["id"]] = _spec

PRODUCT_DEADLINES = [
    {"use": n}
    for n in (
        "limitation_seller",
        "limitation_seller_3y",
        "limitation_producer",
        "limitation_producer_3y",
        "long_stop",
        "long_stop_open",
        "enforcement_history",
        "appeal_history",
    )
]
SERVICE_DEADLINES = [
    {"use": n}
    for n in (
        "limitation_service",
        "limitation_service_2y",
        "enforcement_service_history",
        "appeal_service_history",
    )
]
BUILDING_DEADLINES = [
    {"use": n}
    for n in (
        "limitation_building",
        "limitation_building_2y",
        "enforcement_building_history",
        "appeal_building_history",
    )
]
PAYER_DEADLINES = [
    {"use": n}
    for n in (
        "limitation_recourse",
        "limitation_recourse_2y",
        "enforcement_payer_history",
        "appeal_payer_history",
    )
]

# --- the case's history -------------------------------------------------------------------

JUDGMENT = event("history", "judgment_effective")
NO_JUDGMENT = NOT(JUDGMENT)
SUED = event("history", "suit")
APPLIED = event("history", "enforcement_applied")
TERMINATED = event("history", "enforcement_terminated")
NO_EVENTS = ans("history_gate", "none")
#: On the facts recorded (no event), the two years of 产品质量法45(1) have run out …
PASSED_NO_EVENTS = ALL(NO_EVENTS, {"deadline": "limitation_plain", "passed": True})
#: … and so have the three years (or only the two apply: damage known before 2017-10-01).
ALL_PASSED_NO_EVENTS = ALL(
    NO_EVENTS,
    ANY(
        ALL(OLD_KNEW, {"deadline": "limitation_plain", "passed": True}),
        ALL(
            ANY(on_after("knew_date", "2017-10-01"), unknown("knew_date")),
            {"deadline": "limitation_plain_3y", "passed": True},
        ),
    ),
)
#: The two years have run out, the three have not: the contested window.
TWO_ONLY_NO_EVENTS = ALL(
    PASSED_NO_EVENTS,
    on_after("knew_date", "2017-10-01"),
    {"deadline": "limitation_plain_3y", "passed": False},
)
MAY_RUN = ANY(
    ans("history_gate", "some"),
    {"deadline": "limitation_plain", "passed": False},
    und(PASSED_NO_EVENTS),
)
CLAIM_NOW = ALL(NO_JUDGMENT, NOT(SUED), MAY_RUN)
#: With the history entered: every limitation period against both has run out (the three
#: years where they may apply). Read only after the events question (node history_check).
HISTORY_LAPSED = ALL(
    {"deadline": "limitation_seller", "passed": True},
    {"deadline": "limitation_producer", "passed": True},
    ANY(
        OLD_KNEW,
        ALL(
            {"deadline": "limitation_seller_3y", "passed": True},
            {"deadline": "limitation_producer_3y", "passed": True},
        ),
    ),
)

UNKNOWN_CHOICE = {
    "id": "unknown",
    "label": T("不清楚 / 待核实", "Not known / to verify"),
    "unknown": True,
}


def choice(cid: str, zh: str, en: str, nxt: str, significance: J | None = None,
           citations: list[J] | None = None) -> J:  # fmt: skip
    c: J = {"id": cid, "label": T(zh, en), "next": nxt}
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    return c


def unknown_choice(nxt: str) -> J:
    return {**UNKNOWN_CHOICE, "next": nxt}


def history_nodes(
    gate: str, history: str, nxt: str, parties: list[str], after: str | None = None
) -> list[J]:
    """The gate ("anything since?") and the events question; ``after`` the events (default
    ``nxt``)."""
    return [
        {
            "id": gate,
            "type": "choice",
            "text": T(
                "损害发生后，是否发生过要求赔偿、对方承认（书面答应赔偿、部分赔偿）、起诉或者仲裁、判决、申请执行？",
                "Since the damage, has there been a claim for compensation, an acknowledgement (a "
                "written promise to pay, a part payment), a suit or arbitration, a judgment or an "
                "enforcement application?",
            ),
            "help": {
                "why": T(
                    "这些事会使诉讼时效中断、重新计算，或者使案件进入执行阶段。",
                    "These interrupt and restart limitation, or move the case to enforcement.",
                )
            },
            "choices": [
                choice("none", "没有，或者当事人记不清", "No, or the client cannot remember", nxt),
                choice("some", "有（下一步逐项填写）", "Yes (enter them next)", history),
            ],
        },
        {
            "id": history,
            "type": "events",
            "text": T(
                "请逐项填写发生过的事：类型、日期、针对哪一方。",
                "Enter what happened: kind, date, and against whom.",
            ),
            "kinds": [
                "demand",
                "acknowledgement",
                "suit",
                "proceedings_ended",
                "judgment_served",
                "judgment_effective",
                "enforcement_applied",
                "enforcement_terminated",
            ],
            "parties": parties,
            "significance": T(
                "这些事决定诉讼时效是否中断，或者已经由判决确定、进入执行。",
                "These decide whether limitation was interrupted, or the claim was decided by a "
                "judgment and is in enforcement.",
            ),
            "next": after or nxt,
        },
    ]


DAMAGE_DATE_VERIFY = {
    "evidence": [
        T(
            "病历、诊断证明、事故照片或者视频、报警记录、维修或者鉴定记录",
            "Medical records, photographs or video of the accident, police reports, repair or "
            "expert reports",
        )
    ],
    "effect": T(
        "损害发生的日期决定适用哪一版本的法律：2021年1月1日起适用民法典，2010年7月1日至2020年12月31日适用侵权责任法，此前适用民法通则。",
        "The date decides the version of the law: the Civil Code from 1 January 2021, the Tort "
        "Liability Law from 1 July 2010 to 31 December 2020, the General Principles before.",
    ),
}


def questions() -> list[J]:
    return [
        {
            "id": "side",
            "type": "side",
            "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
            "choices": [
                {"side": "victim", "next": "kind"},
                {"side": "seller", "next": "kind"},
                {"side": "producer", "next": "kind"},
                {"side": "payer", "next": "payer_kind"},
            ],
        },
        {
            "id": "kind",
            "type": "choice",
            "text": T("造成损害的是什么？", "What caused the damage?"),
            "help": {
                "why": T(
                    "产品责任只适用于经过加工、制作，用于销售的产品；服务和房屋等建设工程本身不是产品（建设工程使用的建筑材料、构配件和设备是产品）。"
                    "食品另有食品安全法的规定。",
                    "Product liability covers only goods processed or made for sale; services, and "
                    "buildings and other construction works as such, are not products (the "
                    "materials, components and equipment used in them are). Food also falls under "
                    "the Food Safety Law.",
                ),
                "examples": [
                    T(
                        "电动车电池起火、燃气灶爆炸、药品或者化妆品致伤：产品。饭店的饭菜、超市的食品、保健食品：食品。"
                        "美容、理发、维修、培训：服务。房屋本身开裂：建设工程。",
                        "An e-bike battery fire, an exploding gas stove, an injury from a medicine or "
                        "cosmetic: a product. Restaurant meals, food from a supermarket, health foods: "
                        "food. Beauty treatment, haircuts, repairs, training: a service. Cracks in "
                        "the house itself: construction works.",
                    )
                ],
                "glossary": ["product", "defect"],
            },
            "citations": [C(PQL, 2, 2), C(PQL, 2, 3)],
            "choices": [
                choice(
                    "product",
                    "产品（买来的或者使用的商品，如电器、车辆、药品、化妆品、建筑材料）",
                    "A product (goods bought or used: appliances, vehicles, medicines, cosmetics, "
                    "building materials)",
                    "damage_date",
                    T(
                        "产品缺陷致人损害，适用产品责任的规定。",
                        "Damage from a product defect: product liability applies.",
                    ),
                ),
                choice(
                    "food",
                    "食品（包括饮料、饭店的饭菜、保健食品）",
                    "Food (including drinks, restaurant meals, health foods)",
                    "damage_date",
                    T(
                        "食品是产品，同时适用食品安全法关于赔偿的规定。",
                        "Food is a product, and the Food Safety Law's rules on compensation apply too.",
                    ),
                ),
                choice(
                    "service",
                    "服务（美容、理发、维修、培训、运输等）",
                    "A service (beauty treatment, haircuts, repairs, training, transport …)",
                    "damage_date",
                    T(
                        "服务不是产品，不适用产品责任。",
                        "A service is not a product: product liability does not apply.",
                    ),
                ),
                choice(
                    "building",
                    "房屋等建设工程本身（不是其中使用的材料或者设备）",
                    "A building or other construction works as such (not materials or equipment used in it)",
                    "damage_date",
                    T(
                        "建设工程不适用产品质量法，不适用产品责任。",
                        "Construction works fall outside the Product Quality Law and product liability.",
                    ),
                    [C(PQL, 2, 3)],
                ),
            ],
        },
        {
            "id": "damage_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T("损害是哪一天发生（出现）的？", "On what day did the damage occur (appear)?"),
            "label": T("损害发生之日", "the date of the damage"),
            "significance": T(
                "损害发生的日期决定适用哪一版本的法律。",
                "The date of the damage decides which version of the law applies.",
            ),
            "citations": [C(TIME, 24)],
            "verify": DAMAGE_DATE_VERIFY,
            "next": "knew_date",
        },
        {
            "id": "knew_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "受害人何时知道（或者应当知道）受到损害？",
                "When did the injured person learn (or should have learned) of the damage?",
            ),
            "label": T("知道受到损害之日", "the date the damage became known"),
            "help": {
                "why": T(
                    "诉讼时效从这一天起计算。通常与损害发生之日相同；损害过了一段时间才显现的（如药品的副作用），填确诊或者发现之日。",
                    "Limitation runs from this day. Usually the same day as the damage; where the "
                    "harm showed only later (a medicine's side effect), give the day it was "
                    "diagnosed or discovered.",
                )
            },
            "citations": [C(PQL, 45, 1)],
            "verify": {
                "evidence": [
                    T(
                        "首次就诊记录、发现损害的记录",
                        "The first medical visit, or a record of when the damage was found",
                    )
                ],
                "effect": T(
                    "这一日期决定诉讼时效何时届满；不清楚的，无法计算。",
                    "This date decides when limitation ends; without it, it cannot be computed.",
                ),
            },
            "next": "kind_branch",
        },
        {
            "id": "kind_branch",
            "type": "branch",
            "rules": [
                {"when": ans("kind", "service"), "next": "service_gate"},
                {"when": ans("kind", "building"), "next": "building_gate"},
            ],
            "otherwise": {"next": "delivery_date"},
        },
        *history_nodes("service_gate", "service_history", "not_product_outcome", ["provider"]),
        *history_nodes("building_gate", "building_history", "building_outcome", ["builder"]),
        {
            "id": "delivery_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "这件产品何时交付给最初的消费者（第一次卖给个人使用者之日）？",
                "When was the product delivered to its first consumer (first sold to a user)?",
            ),
            "label": T("产品交付最初消费者之日", "the date the product reached its first consumer"),
            "help": {
                "why": T(
                    "产品缺陷致损的赔偿请求权，自缺陷产品交付最初消费者满十年丧失，但尚未超过明示的安全使用期的除外。"
                    "自己买的新产品，填购买或者收货之日。",
                    "A claim for damage from a product defect is lost ten years after the product "
                    "reached its first consumer, unless a stated safe-use period has not yet "
                    "expired. For a new product the client bought, give the day of purchase or "
                    "delivery.",
                )
            },
            "citations": [C(PQL, 45, 2)],
            "verify": {
                "evidence": [
                    T(
                        "发票、购物小票、订单或者收货记录",
                        "Invoice, receipt, order or delivery record",
                    )
                ],
                "effect": T(
                    "交付已满十年、又没有尚未届满的安全使用期的，请求权丧失。",
                    "After ten years, without a safe-use period still running, the claim is lost.",
                ),
            },
            "next": "long_stop_check",
        },
        {
            "id": "long_stop_check",
            "type": "branch",
            "rules": [
                {
                    "when": {"deadline": "long_stop", "passed": True},
                    "next": "safe_use",
                    "significance": T(
                        "产品交付最初消费者已满十年。",
                        "Ten years have passed since the product reached its first consumer.",
                    ),
                    "citations": [C(PQL, 45, 2)],
                },
                {"when": und({"deadline": "long_stop", "passed": True}), "next": "channel"},
            ],
            "otherwise": {"next": "channel"},
        },
        {
            "id": "safe_use",
            "type": "choice",
            "text": T(
                "产品上是否标明了安全使用期（有效期、使用年限），而且至今尚未超过？",
                "Does the product state a safe-use period (expiry, service life) that has not yet "
                "run out?",
            ),
            "verify": {
                "evidence": [
                    T(
                        "产品标签、说明书上的安全使用期",
                        "The safe-use period on the label or in the instructions",
                    )
                ],
                "effect": T(
                    "尚未超过明示的安全使用期的，十年期满后仍可以请求赔偿；否则请求权丧失。",
                    "Within a stated safe-use period the claim survives the ten years; otherwise it "
                    "is lost.",
                ),
            },
            "choices": [
                choice(
                    "yes",
                    "是，标明的安全使用期尚未超过",
                    "Yes, the stated safe-use period has not run out",
                    "channel",
                    T(
                        "尚未超过明示的安全使用期，请求权没有因十年期满而丧失。",
                        "The stated safe-use period has not run out: the claim survives the ten years.",
                    ),
                ),
                choice(
                    "no",
                    "否（没有标明，或者已经超过）",
                    "No (none stated, or it has run out)",
                    "channel",
                    T(
                        "产品交付最初消费者满十年，产品缺陷致损的赔偿请求权丧失。",
                        "Ten years after delivery to the first consumer, the claim for damage from "
                        "the defect is lost.",
                    ),
                    [C(PQL, 45, 2)],
                ),
                unknown_choice("channel"),
            ],
        },
        {
            "id": "channel",
            "type": "choice",
            "text": T(
                "受害人与这件产品是什么关系？", "How did the injured person come to the product?"
            ),
            "help": {
                "why": T(
                    "产品责任保护所有因缺陷受到损害的人，不限于购买者；但食品安全法的惩罚性赔偿和消费者权益保护法的规定只保护消费者，"
                    "网上购买的还涉及平台的责任。",
                    "Product liability protects anyone harmed by a defect, not only the buyer; but "
                    "the Food Safety Law's punitive damages and the Consumer Protection Law protect "
                    "consumers, and online purchases bring in the platform.",
                )
            },
            "choices": [
                choice("offline", "自己在实体店购买", "Bought it in a shop", "advert_branch"),
                choice(
                    "online",
                    "自己在网上购买（电商平台、网店）",
                    "Bought it online (e-commerce platform, online shop)",
                    "advert_branch",
                ),
                choice("livestream", "在直播间购买", "Bought it in a live stream", "advert_branch"),
                choice(
                    "gift",
                    "不是自己买的，但作为使用者使用（家人购买、别人赠送、借用）",
                    "Did not buy it but used it (bought by family, a gift, borrowed)",
                    "advert_branch",
                ),
                choice(
                    "bystander",
                    "与产品无关的旁人（如被别人的产品伤到）",
                    "A bystander (e.g. hurt by someone else's product)",
                    "advert_branch",
                ),
            ],
        },
        {
            "id": "advert_branch",
            "type": "branch",
            "rules": [{"when": VICTIM, "next": "advert"}],
            "otherwise": {"next": "damage"},
        },
        {
            "id": "advert",
            "type": "choice",
            "text": T(
                "受害人是否因为虚假的广告，或者他人（代言人、网红、主播、社会团体）的虚假推荐而购买或者使用这件产品？",
                "Did the injured person buy or use the product because of a false advertisement, "
                "or a false recommendation by someone (an endorser, influencer, streamer, "
                "association)?",
            ),
            "help": {
                "why": T(
                    "关系消费者生命健康的商品做虚假广告或者虚假推荐的，广告经营者、发布者和推荐者与经营者承担连带责任。",
                    "Where goods bearing on consumers' life and health were falsely advertised or "
                    "recommended, the advertising agency, the publisher and the recommender are "
                    "jointly liable with the business.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "广告截图或者录屏、推荐视频、宣传材料",
                        "Screenshots or recordings of the advertisement, recommendation videos, promotional material",
                    )
                ],
                "effect": T(
                    "关系生命健康的商品的虚假广告或者推荐，广告经营者、发布者、推荐者承担连带责任；其他商品，只有在不能提供经营者真实名称、地址和有效联系方式时才承担赔偿责任。",
                    "For goods bearing on life and health the advertiser, publisher and recommender "
                    "are jointly liable; for other goods they are liable only if they cannot give "
                    "the business's real name, address and contact details.",
                ),
            },
            "choices": [
                choice(
                    "health",
                    "是，而且商品关系生命健康（食品、药品、医疗器械、保健品、儿童用品、电器安全等）",
                    "Yes, and the goods bear on life and health (food, medicines, medical devices, "
                    "health products, children's goods, electrical safety …)",
                    "damage",
                ),
                choice(
                    "other",
                    "是，但商品与生命健康无关",
                    "Yes, but the goods do not bear on life and health",
                    "damage",
                ),
                choice("no", "否", "No", "damage"),
                unknown_choice("damage"),
            ],
        },
        {
            "id": "damage",
            "type": "choice",
            "text": T("缺陷造成了什么损害？", "What damage did the defect cause?"),
            "help": {
                "why": T(
                    "造成死亡或者健康严重损害的，可能还有惩罚性赔偿；只有产品本身坏了、没有伤人也没有损坏其他财产的，一般按买卖合同向销售者主张。",
                    "Death or serious harm to health may also bring punitive damages; where only the "
                    "product itself failed, with no injury and no other property damaged, the claim "
                    "is normally one in contract against the seller.",
                )
            },
            "choices": [
                choice(
                    "harm",
                    "造成人身伤害（不严重）或者损坏了产品以外的其他财产",
                    "An injury (not serious), or damage to property other than the product",
                    "defect_origin",
                ),
                choice(
                    "serious",
                    "造成健康严重损害（如残疾、失明、器官损伤），受害人在世",
                    "Serious harm to health (disability, blindness, organ damage); the injured "
                    "person is alive",
                    "knowing",
                ),
                choice(
                    "product_only",
                    "只有产品本身损坏或者不能使用（没有伤人，也没有损坏其他财产）",
                    "Only the product itself failed or broke (no injury, no other property damaged)",
                    "food_branch",
                ),
                choice("death", "造成受害人死亡", "The injured person died", "knowing"),
            ],
        },
        {
            "id": "knowing",
            "type": "choice",
            "text": T(
                "生产者或者销售者是否明知产品有缺陷仍然生产、销售，或者发现缺陷后没有及时停止销售、警示、召回？",
                "Did the producer or seller make or sell the product knowing of the defect, or fail "
                "to stop sales, warn or recall once the defect was found?",
            ),
            "help": {
                "why": T(
                    "明知缺陷仍然生产、销售，或者没有采取有效补救措施，造成死亡或者健康严重损害的，被侵权人有权请求惩罚性赔偿。",
                    "Making or selling with knowledge of the defect, or failing to take effective "
                    "remedial measures, where death or serious harm to health results, allows "
                    "punitive damages.",
                ),
                "examples": [
                    T(
                        "已经收到同类事故投诉仍继续销售；质检报告不合格仍出厂；被责令召回而未召回。",
                        "Selling on after complaints of the same accident; shipping despite a failed "
                        "inspection; not recalling when ordered to.",
                    )
                ],
            },
            "citations": [C(CC, 1206, 1), C(CC, 1207)],
            "verify": {
                "evidence": [
                    T(
                        "投诉记录、召回公告、监管部门的处罚或者抽检不合格通报、内部邮件",
                        "Complaint records, recall notices, regulators' penalties or failed "
                        "inspection reports, internal e-mails",
                    )
                ],
                "effect": T(
                    "能够证明明知或者未召回的，可以请求惩罚性赔偿；不能证明的，只能请求赔偿实际损失。",
                    "If knowledge or a failure to recall can be proved, punitive damages may be "
                    "claimed; otherwise only the actual loss.",
                ),
            },
            "choices": [
                choice(
                    "producer",
                    "是，生产者明知（或者没有召回）",
                    "Yes, the producer knew (or did not recall)",
                    "defect_origin",
                ),
                choice(
                    "seller",
                    "是，销售者明知（或者没有停止销售）",
                    "Yes, the seller knew (or did not stop selling)",
                    "defect_origin",
                ),
                choice("both", "生产者和销售者都明知", "Both knew", "defect_origin"),
                choice("no", "否，或者没有证据", "No, or there is no evidence", "defect_origin"),
                unknown_choice("defect_origin"),
            ],
        },
        {
            "id": "defect_origin",
            "type": "choice",
            "text": T("产品的缺陷是怎么造成的？", "How did the defect come about?"),
            "help": {
                "why": T(
                    "对受害人，生产者和销售者都要赔偿全部；但最终由造成缺陷的一方承担：先赔偿的一方可以向它追偿。",
                    "Towards the injured person the producer and the seller each owe the whole; but "
                    "the one that caused the defect bears it in the end, and the one that paid first "
                    "can recover from it.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "质量鉴定意见、检验报告、产品说明书、进货和储存记录",
                        "An expert quality opinion, inspection reports, the instructions, purchase and storage records",
                    )
                ],
                "effect": T(
                    "只影响最终由谁承担（追偿），不影响受害人可以向哪一方请求全部赔偿。",
                    "This decides only who bears the loss in the end (recourse), not whom the injured "
                    "person may ask for all of it.",
                ),
            },
            "choices": [
                choice(
                    "producer",
                    "生产时造成（设计、制造、说明或者警示不足）",
                    "In production (design, manufacture, missing instructions or warnings)",
                    "name_branch",
                ),
                choice(
                    "seller",
                    "销售者的过错造成（储存不当、擅自改装、销售过期产品等）",
                    "By the seller's fault (poor storage, unauthorised alteration, selling expired goods …)",
                    "name_branch",
                ),
                choice(
                    "third",
                    "运输者、仓储者等第三人的过错造成",
                    "By the fault of a carrier, warehouse or other third party",
                    "name_branch",
                ),
                unknown_choice("name_branch"),
            ],
        },
        {
            "id": "name_branch",
            "type": "branch",
            "rules": [{"when": PRODUCER, "next": "food_branch"}],
            "otherwise": {"next": "can_name"},
        },
        {
            "id": "can_name",
            "type": "choice",
            "text": T(
                "销售者能否指明这件产品的生产者，或者指明向它供货的人？",
                "Can the seller name the product's producer, or who supplied it?",
            ),
            "help": {
                "why": T(
                    "销售者既不能指明缺陷产品的生产者，也不能指明供货者的，由销售者承担赔偿责任（例如“三无产品”）。",
                    "A seller who can name neither the producer nor the supplier of the defective "
                    "product is itself liable (e.g. goods with no maker's name or address).",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "产品标签上的厂名厂址、进货单据、供货合同",
                        "The maker's name and address on the label, purchase documents, the supply contract",
                    )
                ],
                "effect": T(
                    "不能指明的，销售者承担赔偿责任，不能再向他人追偿；能够指明的，生产者和销售者都可以被请求赔偿。",
                    "If it cannot, the seller is liable and has no one to recover from; if it can, "
                    "both the producer and the seller can be asked to pay.",
                ),
            },
            "choices": [
                choice(
                    "yes",
                    "能（产品标明了生产者，或者销售者能说出进货来源）",
                    "Yes (the producer is on the product, or the seller can say where it came from)",
                    "food_branch",
                ),
                choice(
                    "no",
                    "不能（没有厂名厂址，销售者也说不出从哪里进的货）",
                    "No (no maker's name or address, and the seller cannot say where it came from)",
                    "food_branch",
                    T(
                        "销售者不能指明生产者和供货者，应当承担赔偿责任。",
                        "The seller cannot name the producer or the supplier: it is liable.",
                    ),
                    BASIS_UNNAMED,
                ),
                unknown_choice("food_branch"),
            ],
        },
        {
            "id": "food_branch",
            "type": "branch",
            "rules": [{"when": FOODS, "next": "food_standard"}],
            "otherwise": {"next": "loss_branch"},
        },
        {
            "id": "food_standard",
            "type": "choice",
            "text": T(
                "这份食品是否不符合食品安全标准（如变质、过期、含有非食用物质、致病菌超标）？",
                "Did the food fail the food safety standards (spoiled, past its date, containing "
                "non-food substances, pathogens over the limits)?",
            ),
            "help": {
                "why": T(
                    "生产不符合食品安全标准的食品，或者经营明知是不符合食品安全标准的食品，消费者除要求赔偿损失外，还可以要求支付价款十倍或者损失三倍的赔偿金，不足一千元的为一千元；"
                    "但标签、说明书只有不影响食品安全且不会误导消费者的瑕疵的除外。",
                    "For food made in breach of the food safety standards, or sold knowing it was, "
                    "a consumer may claim, besides the loss, ten times the price or three times the "
                    "loss, at least 1,000 yuan; not for a flaw of label or instructions that neither "
                    "affects safety nor misleads.",
                )
            },
            "citations": [C(FOOD, 148, 2)],
            "verify": {
                "evidence": [
                    T(
                        "食品检验报告、监管部门的抽检或者处罚通报、食品实物和包装、购物凭证",
                        "A food test report, regulators' inspection or penalty notices, the food and its packaging, the receipt",
                    )
                ],
                "effect": T(
                    "不符合食品安全标准的，可以请求价款十倍或者损失三倍的赔偿金；符合的，只能请求赔偿实际损失。",
                    "If it failed the standards, ten times the price or three times the loss may be "
                    "claimed; if not, only the actual loss.",
                ),
            },
            "choices": [
                choice("yes", "是", "Yes", "seller_knew"),
                choice(
                    "label",
                    "只是标签、说明书有不影响食品安全、不会误导的小瑕疵",
                    "Only a flaw of label or instructions that neither affects safety nor misleads",
                    "loss_branch",
                ),
                choice("no", "否", "No", "loss_branch"),
                unknown_choice("loss_branch"),
            ],
        },
        {
            "id": "seller_knew",
            "type": "choice",
            "text": T(
                "销售者（经营者）是否明知这份食品不符合食品安全标准？",
                "Did the seller (the business) know the food failed the standards?",
            ),
            "help": {
                "why": T(
                    "生产者生产不符合食品安全标准的食品即须支付惩罚性赔偿金；经营者只有在明知的情况下才须支付。销售明显过期的食品，一般可以认定明知。",
                    "A producer of such food owes the punitive sum in any case; a seller only if it "
                    "knew. Selling food clearly past its date is usually taken as knowledge.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "生产日期和保质期、进货查验记录",
                        "The production date and shelf life, the seller's purchase inspection records",
                    )
                ],
                "effect": T(
                    "明知的，也可以向销售者请求价款十倍或者损失三倍的赔偿金；不明知的，只能向生产者请求。",
                    "If it knew, the punitive sum can also be claimed from the seller; if not, only "
                    "from the producer.",
                ),
            },
            "choices": [
                choice(
                    "yes", "是（如销售过期食品）", "Yes (e.g. selling food past its date)", "price"
                ),
                choice("no", "否", "No", "price"),
                unknown_choice("price"),
            ],
        },
        {
            "id": "price",
            "type": "money",
            "allow_unknown": True,
            "text": T("这份食品的价款是多少元？", "What was the price of the food, in yuan?"),
            "label": T("食品价款", "the price of the food"),
            "verify": {
                "evidence": [T("购物小票、发票、订单", "Receipt, invoice, order")],
                "effect": T(
                    "价款的十倍是惩罚性赔偿金的一种计算方法。",
                    "Ten times the price is one way to compute the punitive sum.",
                ),
            },
            "next": "loss",
        },
        {
            "id": "loss_branch",
            "type": "branch",
            "rules": [
                {
                    "when": ALL(SERIOUS, ans("knowing", "producer", "seller", "both")),
                    "next": "loss",
                },
            ],
            "otherwise": {"next": "history_gate"},
        },
        {
            "id": "loss",
            "type": "money",
            "allow_unknown": True,
            "text": T(
                "受害人的实际损失大约是多少元（医疗费、误工费、财产损失等）？",
                "Roughly how much is the actual loss, in yuan (medical costs, lost earnings, property "
                "damage …)?",
            ),
            "label": T("实际损失", "the actual loss"),
            "verify": {
                "evidence": [
                    T(
                        "医疗费票据、误工证明、财产损失的评估或者发票",
                        "Medical bills, proof of lost earnings, valuations or invoices for damaged property",
                    )
                ],
                "effect": T(
                    "损失决定赔偿数额，也是惩罚性赔偿的计算基础。",
                    "The loss sets the compensation and is the base for punitive damages.",
                ),
            },
            "next": "history_gate",
        },
        *history_nodes(
            "history_gate", "history", "route", ["seller", "producer", "promoter"], "history_check"
        ),
        {
            "id": "history_check",
            "type": "branch",
            "rules": [
                {
                    "when": ALL(ans("safe_use", "no"), SUED, NO_JUDGMENT),
                    "next": "first_suit_date",
                },
                {"when": SUED_OR_DECIDED, "next": "route"},
                {"when": HISTORY_LAPSED, "next": "limitations_lapsed"},
                {"when": und(HISTORY_LAPSED), "next": "route"},
            ],
            "otherwise": {"next": "route"},
        },
        {
            "id": "first_suit_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "第一次就这一损害起诉（或者申请仲裁）是哪一天？",
                "On what day was the first suit (or arbitration) over this damage brought?",
            ),
            "label": T("第一次起诉之日", "the day of the first suit"),
            "help": {
                "why": T(
                    "产品交付最初消费者已满十年：起诉在十年期满前提起的，请求权已经及时行使；期满后才起诉的，请求权已经丧失。",
                    "Ten years have passed since delivery to the first consumer: a suit brought "
                    "before they ended exercised the claim in time; one brought after came too "
                    "late.",
                )
            },
            "citations": [C(PQL, 45, 2)],
            "verify": {
                "evidence": [
                    T(
                        "起诉状、法院的受理通知书或者立案材料",
                        "The statement of claim, the court's notice of acceptance or filing "
                        "records",
                    )
                ],
                "effect": T(
                    "十年期满前起诉的，请求权已经及时行使；期满后才起诉的，请求权已经丧失（明示的安全使用期尚未超过的除外）。",
                    "A suit before the ten years ended exercised the claim in time; one after came "
                    "too late (unless a stated safe-use period is still running).",
                ),
            },
            "next": "suit_in_time",
        },
        {
            "id": "suit_in_time",
            "type": "branch",
            "rules": [
                {
                    "when": {"date": "first_suit_date", "on_or_before": {"deadline": "long_stop"}},
                    "next": "suit_in_time_yes",
                    "significance": T(
                        "起诉在产品交付最初消费者满十年之前提起：请求权已经及时行使。",
                        "The suit came before ten years from delivery to the first consumer: the "
                        "claim was exercised in time.",
                    ),
                    "citations": [C(PQL, 45, 2)],
                },
                {
                    "when": {"date": "first_suit_date", "after": {"deadline": "long_stop"}},
                    "next": "long_stop_outcome",
                    "significance": T(
                        "起诉时产品交付最初消费者已满十年：请求权已经丧失。",
                        "When the suit came, ten years had passed since delivery to the first "
                        "consumer: the claim was lost.",
                    ),
                    "citations": [C(PQL, 45, 2)],
                },
                {
                    "when": und(
                        {"date": "first_suit_date", "on_or_before": {"deadline": "long_stop"}}
                    ),
                    "next": "route",
                },
            ],
            "otherwise": {"next": "route"},
        },
        {
            "id": "suit_in_time_yes",
            "type": "branch",
            "rules": [{"when": {"reached": "first_suit_date"}, "next": "route"}],
            "otherwise": {"next": "route"},
        },
        {
            "id": "limitations_lapsed",
            "type": "branch",
            "rules": [{"when": {"reached": "history"}, "next": "route"}],
            "otherwise": {"next": "route"},
        },
        *route_nodes(),
        # --- the one who paid and seeks recourse -----------------------------------------
        {
            "id": "payer_kind",
            "type": "choice",
            "text": T("赔偿是因为什么产品？", "What was the compensation for?"),
            "choices": [
                choice(
                    "product", "产品缺陷造成的损害", "Damage from a defective product", "payer_date"
                ),
                choice("food", "食品造成的损害", "Damage from food", "payer_date"),
            ],
        },
        {
            "id": "payer_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "受害人的损害是哪一天发生的？", "On what day did the injured person's damage occur?"
            ),
            "label": T("损害发生之日", "the date of the damage"),
            "significance": T(
                "损害发生的日期决定适用哪一版本的法律。",
                "The date of the damage decides which version of the law applies.",
            ),
            "verify": DAMAGE_DATE_VERIFY,
            "next": "payer_role",
        },
        {
            "id": "payer_role",
            "type": "choice",
            "text": T("赔偿了受害人的是谁？", "Who compensated the injured person?"),
            "choices": [
                choice(
                    "seller", "销售者（当事人是销售者）", "The seller (the client)", "payer_origin"
                ),
                choice(
                    "producer",
                    "生产者（当事人是生产者）",
                    "The producer (the client)",
                    "payer_origin",
                ),
            ],
        },
        {
            "id": "payer_origin",
            "type": "choice",
            "text": T("产品的缺陷是谁造成的？", "Who caused the defect?"),
            "verify": {
                "evidence": [
                    T(
                        "质量鉴定意见、检验报告、判决书中对缺陷原因的认定",
                        "An expert quality opinion, inspection reports, what a judgment found about the cause",
                    )
                ],
                "effect": T(
                    "缺陷由谁造成，决定能否追偿、向谁追偿。",
                    "Who caused the defect decides whether, and from whom, the payer can recover.",
                ),
            },
            "choices": [
                choice(
                    "producer",
                    "生产者（设计、制造、说明或者警示不足）",
                    "The producer (design, manufacture, instructions or warnings)",
                    "paid_date",
                ),
                choice("seller", "销售者的过错", "The seller's fault", "paid_date"),
                choice(
                    "third",
                    "运输者、仓储者等第三人的过错",
                    "A carrier, warehouse or other third party's fault",
                    "paid_date",
                ),
                unknown_choice("paid_date"),
            ],
        },
        {
            "id": "paid_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T("当事人是哪一天赔偿的？", "On what day did the client pay?"),
            "label": T("实际赔偿之日", "the day of payment"),
            "help": {
                "why": T(
                    "追偿的诉讼时效从实际赔偿之日起计算；分次赔偿的，填最后一次。",
                    "Limitation of recourse runs from the day of payment; if paid in parts, the last "
                    "one.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "转账记录、收条、调解书或者判决书及执行记录",
                        "Bank transfers, receipts, a mediation agreement or judgment and its enforcement record",
                    )
                ],
                "effect": T(
                    "赔偿日期决定追偿的诉讼时效何时届满。",
                    "The day of payment decides when limitation of recourse ends.",
                ),
            },
            "next": "paid_amount",
        },
        {
            "id": "paid_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T("当事人赔偿了多少元？", "How much did the client pay, in yuan?"),
            "label": T("已赔偿金额", "the amount paid"),
            "verify": {
                "evidence": [T("转账记录、收条", "Bank transfers, receipts")],
                "effect": T(
                    "追偿以实际赔偿的数额为限。", "Recourse is limited to what was actually paid."
                ),
            },
            "next": "payer_gate",
        },
        *history_nodes(
            "payer_gate", "payer_history", "recourse_outcome", ["producer", "seller", "carrier"]
        ),
    ]


# --- the route after the history: findings met on the way, then the outcome -------------

KNOWING = ans("knowing", "producer", "seller", "both")
# A rule of a branch is written twice, for a damage date on or after the day the rule came in
# and for an unknown one: a rule that itself asks "unknown?" marks every finding after it as
# depending on the date, which a month-only date that decides nothing must not do.
FOOD_PUNITIVE_FACTS = ALL(FOODS, ans("food_standard", "yes"), CONSUMER)


def dated_rules(facts: J, day: str, nxt: str, significance: J | None = None,
                citations: list[J] | None = None) -> list[J]:  # fmt: skip
    """Two branch rules: ``facts`` with the damage on or after ``day``, and with it unknown."""
    rules = []
    for when in (ALL(facts, on_after("damage_date", day)), ALL(facts, unknown("damage_date"))):
        rule: J = {"when": when, "next": nxt}
        if significance is not None:
            rule["significance"] = significance
        if citations:
            rule["citations"] = citations
        rules.append(rule)
    return rules


def route_nodes() -> list[J]:
    return [
        {
            "id": "route",
            "type": "branch",
            "rules": [
                {
                    "when": ALL(ans("safe_use", "no"), NOT(SUED_OR_DECIDED)),
                    "next": "long_stop_outcome",
                    "significance": T(
                        "产品交付最初消费者已满十年，没有尚未超过的明示安全使用期，期满前也没有起诉：赔偿请求权已经丧失。",
                        "Ten years since delivery to the first consumer, no stated safe-use period "
                        "running, and no suit before: the claim is lost.",
                    ),
                    "citations": [C(PQL, 45, 2)],
                },
                *dated_rules(
                    ALL(SERIOUS, KNOWING),
                    "2010-07-01",
                    "punitive_finding",
                    T(
                        "明知缺陷仍然生产、销售（或者没有采取有效补救措施），造成死亡或者健康严重损害。",
                        "Made or sold knowing of the defect (or without effective remedial measures), "
                        "causing death or serious harm to health.",
                    ),
                    BASIS_PUNITIVE,
                ),
                {"when": unknown("knowing"), "next": "food_route"},
            ],
            "otherwise": {"next": "food_route"},
        },
        punitive_finding(),
        {
            "id": "food_route",
            "type": "branch",
            "rules": [
                *dated_rules(
                    FOOD_PUNITIVE_FACTS,
                    "2015-10-01",
                    "food_finding",
                    T(
                        "食品不符合食品安全标准，消费者可以另外请求惩罚性赔偿金。",
                        "The food failed the food safety standards: the consumer may claim a "
                        "punitive sum besides the loss.",
                    ),
                    [C(FOOD, 148, 2)],
                ),
                {"when": unknown("food_standard"), "next": "advert_route"},
                {"when": unknown("seller_knew"), "next": "advert_route"},
            ],
            "otherwise": {"next": "advert_route"},
        },
        food_finding(),
        {
            "id": "advert_route",
            "type": "branch",
            "rules": [
                *dated_rules(
                    ALL(VICTIM, ans("advert", "health")),
                    "2014-03-15",
                    "advert_finding",
                    T(
                        "关系消费者生命健康的商品的虚假广告或者虚假推荐，广告经营者、发布者和推荐者与经营者承担连带责任。",
                        "A false advertisement or recommendation of goods bearing on life and health: "
                        "the advertiser, publisher and recommender are jointly liable with the business.",
                    ),
                    [C(CPL_LAW, 45, 2), C(CPL_LAW, 45, 3)],
                ),
                *dated_rules(
                    ALL(VICTIM, ans("advert", "other")), "2014-03-15", "advert_other_finding"
                ),
                {"when": unknown("advert"), "next": "main_route"},
            ],
            "otherwise": {"next": "main_route"},
        },
        advert_finding(),
        advert_other_finding(),
        {
            "id": "main_route",
            "type": "branch",
            "rules": [
                {
                    "when": PRODUCT_ONLY,
                    "next": "quality_outcome",
                    "significance": T(
                        "只有产品本身损坏：一般按买卖合同向销售者主张。",
                        "Only the product itself failed: normally a contract claim against the seller.",
                    ),
                },
                {
                    "when": ALL(side("victim", "seller"), ans("can_name", "no")),
                    "next": "unnamed_outcome",
                    "significance": T(
                        "销售者不能指明缺陷产品的生产者，也不能指明供货者。",
                        "The seller can name neither the producer nor the supplier.",
                    ),
                    "citations": BASIS_UNNAMED,
                },
                {"when": unknown("can_name"), "next": "product_outcome"},
            ],
            "otherwise": {
                "next": "product_outcome",
                "significance": T(
                    "受害人可以向生产者请求赔偿，也可以向销售者请求赔偿。",
                    "The injured person may claim from the producer or from the seller.",
                ),
                "citations": BASIS_EITHER,
            },
        },
    ]


CLAIMED = ["seller", "producer"]
P55 = on_after("damage_date", "2014-03-15")


def punitive_finding() -> J:
    knowing_producer = ans("knowing", "producer", "both")
    knowing_seller = ans("knowing", "seller", "both")
    scope = T(
        "相应的惩罚性赔偿，由法院根据明知的情节和损害后果确定；依照消费者权益保护法，受害人可以请求所受损失二倍以下的惩罚性赔偿，即不超过{amount.double_loss}",
        "Punitive damages in proportion, set by the court on the knowledge and the harm; under "
        "the Consumer Protection Law the injured person may claim up to twice the loss, i.e. at "
        "most {amount.double_loss}",
    )
    basis = [*BASIS_PUNITIVE, C(CPL_LAW, 55, 2, when=P55)]
    return {
        "id": "punitive_finding",
        "type": "finding",
        "code": "PL-P",
        "title": T(
            "明知缺陷造成死亡或者健康严重损害：可以另外请求惩罚性赔偿",
            "Death or serious harm from a known defect: punitive damages may be claimed as well",
        ),
        "summary": [
            variant(
                ["victim"],
                "明知产品有缺陷仍然生产、销售（或者没有及时停止销售、警示、召回），造成死亡或者健康严重损害的，除赔偿实际损失外，"
                "{party.victim}还可以请求明知的一方承担惩罚性赔偿。",
                "Where the product was made or sold with knowledge of the defect (or sales were not "
                "stopped, nor warnings or a recall given), causing death or serious harm to health, "
                "the {party.victim} may claim punitive damages from the party that knew, besides "
                "the actual loss.",
            ),
            variant(
                CLAIMED,
                "{party.victim}主张你方明知缺陷仍然生产、销售（或者没有及时召回），并已造成死亡或者健康严重损害：如果能够证明，"
                "明知的一方除赔偿实际损失外，还要承担惩罚性赔偿。是否明知由{party.victim}举证。",
                "The {party.victim} says the product was made or sold with knowledge of the defect "
                "(or not recalled in time), causing death or serious harm: if proved, the party that "
                "knew owes punitive damages besides the actual loss. The {party.victim} must prove "
                "the knowledge.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T("惩罚性赔偿：明知缺陷", "punitive damages: known defect"),
                "liable": T("{party.producer}", "the {party.producer}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": scope,
                "order": T(
                    "在赔偿实际损失之外另行承担", "On top of compensation for the actual loss"
                ),
                "basis": basis,
                "when": knowing_producer,
            },
            {
                "label": "赔偿责任",
                "sublabel": T("惩罚性赔偿：明知缺陷", "punitive damages: known defect"),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": scope,
                "order": T(
                    "在赔偿实际损失之外另行承担", "On top of compensation for the actual loss"
                ),
                "basis": basis,
                "when": knowing_seller,
            },
        ],
        "defences": [
            item(
                T(
                    "惩罚性赔偿以明知缺陷（或者没有采取有效补救措施）并造成死亡或者健康严重损害为条件；不明知的，只赔偿实际损失。",
                    "Punitive damages need knowledge of the defect (or a failure to take effective "
                    "remedial measures) and death or serious harm; without knowledge only the actual "
                    "loss is owed.",
                ),
                CLAIMED,
            )
        ],
        "recourse": [
            item(
                T(
                    "惩罚性赔偿由明知缺陷的一方自己承担，不能向不明知的一方追偿。",
                    "Punitive damages are borne by the party that knew of the defect and cannot be "
                    "passed to one that did not.",
                )
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "损害发生在2021年以前的，当时的侵权责任法只对“明知产品存在缺陷仍然生产、销售”规定惩罚性赔偿；"
                    "“没有采取有效补救措施（停止销售、警示、召回）”是民法典新增的情形。",
                    "For damage before 2021, the Tort Liability Law then in force allowed punitive "
                    "damages only for making or selling with knowledge of the defect; a failure to "
                    "take remedial measures (stop sales, warn, recall) was added by the Civil Code.",
                ),
                "any",
                tort_law(),
            ),
            warning(
                "caution",
                T(
                    "损害发生在2014年3月15日以前的，消费者权益保护法还没有“所受损失二倍以下”的规定，惩罚性赔偿的数额由法院酌定。",
                    "For damage before 15 March 2014 the Consumer Protection Law did not yet set "
                    "'up to twice the loss'; the court fixes the punitive sum.",
                ),
                "any",
                ALL(tort_law(), before("damage_date", "2014-03-15")),
            ),
        ],
        "next_steps": [
            item(
                T(
                    "收集能证明明知的材料：同类投诉、召回公告、监管部门的抽检不合格通报或者处罚决定。",
                    "Collect proof of knowledge: similar complaints, recall notices, regulators' "
                    "failed-inspection notices or penalty decisions.",
                ),
                ["victim"],
            ),
            item(
                T(
                    "收集能证明不知道缺陷、已经及时采取补救措施的材料（检验合格报告、召回和警示记录）。",
                    "Collect what shows the defect was not known, or that remedial measures were taken "
                    "in time (passed inspections, recall and warning records).",
                ),
                CLAIMED,
            ),
        ],
        "evidence": [
            item(
                T(
                    "医疗诊断证明、伤残鉴定或者死亡证明",
                    "Medical diagnosis, disability assessment or death certificate",
                ),
            )
        ],
        "next": "food_route",
    }


def food_finding() -> J:
    scope = T(
        "价款十倍（{amount.ten_price}）或者损失三倍（{amount.three_loss}），由消费者选择；增加赔偿的金额不足一千元的，为一千元",
        "Ten times the price ({amount.ten_price}) or three times the loss ({amount.three_loss}), "
        "as the consumer chooses; at least 1,000 yuan",
    )
    return {
        "id": "food_finding",
        "type": "finding",
        "code": "PL-F",
        "title": T(
            "不符合食品安全标准的食品：另外可以请求价款十倍或者损失三倍的赔偿金",
            "Food that failed the safety standards: ten times the price or three times the loss "
            "may be claimed as well",
        ),
        "summary": [
            variant(
                ["victim"],
                "食品不符合食品安全标准：{party.victim}除要求赔偿损失外，还可以向生产者（以及明知的销售者）要求支付价款十倍或者损失三倍的赔偿金，"
                "增加赔偿的金额不足一千元的，为一千元。接到赔偿要求的一方应当先行赔付，不得推诿。",
                "The food failed the safety standards: besides the loss, the {party.victim} may "
                "claim ten times the price or three times the loss from the producer (and from a "
                "seller who knew), at least 1,000 yuan. Whoever receives the claim must pay first "
                "and may not pass it on.",
            ),
            variant(
                ["seller"],
                "食品不符合食品安全标准：{party.victim}可以要求生产者支付价款十倍或者损失三倍的赔偿金（不足一千元的为一千元）；"
                "你方作为经营者，只有明知不符合食品安全标准仍然销售的，才须支付这一赔偿金。接到赔偿要求的，应当先行赔付损失，再向责任方追偿。",
                "The food failed the safety standards: the {party.victim} may claim ten times the "
                "price or three times the loss from the producer (at least 1,000 yuan); you as the "
                "seller owe that sum only if you sold knowing it failed the standards. Having "
                "received a claim, pay the loss first and recover from whoever is responsible.",
            ),
            variant(
                ["producer"],
                "食品不符合食品安全标准：生产者无论是否明知，都要向{party.victim}支付价款十倍或者损失三倍的赔偿金（不足一千元的为一千元），"
                "标签、说明书只有不影响食品安全且不会误导消费者的瑕疵的除外。",
                "The food failed the safety standards: the producer owes the {party.victim} ten "
                "times the price or three times the loss (at least 1,000 yuan) whether or not it "
                "knew, unless only the label or instructions have a flaw that neither affects "
                "safety nor misleads.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "食品安全法惩罚性赔偿金：生产者", "Food Safety Law punitive sum: the producer"
                ),
                "liable": T("{party.producer}", "the {party.producer}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": scope,
                "order": T("在赔偿损失之外另行支付", "On top of compensation for the loss"),
                "basis": [C(FOOD, 148, 2)],
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "食品安全法惩罚性赔偿金：明知的经营者",
                    "Food Safety Law punitive sum: a seller who knew",
                ),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": scope,
                "order": T("在赔偿损失之外另行支付", "On top of compensation for the loss"),
                "basis": [C(FOOD, 148, 2)],
                "when": ans("seller_knew", "yes"),
            },
        ],
        "defences": [
            item(
                T(
                    "经营者不知道食品不符合食品安全标准的，不支付惩罚性赔偿金（仍须赔偿损失）；能够证明已经履行进货查验义务的，可以作为不明知的证据。",
                    "A seller that did not know the food failed the standards owes no punitive sum "
                    "(the loss is still owed); proof that it inspected its purchases as required "
                    "helps show it did not know.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "只是标签、说明书存在不影响食品安全且不会对消费者造成误导的瑕疵的，不支付惩罚性赔偿金。",
                    "No punitive sum is owed for a flaw of label or instructions that neither affects "
                    "safety nor misleads consumers.",
                ),
                CLAIMED,
            ),
        ],
        "recourse": [],
        "warnings": [
            warning(
                "caution",
                T(
                    "这里引用的是现行的食品安全法（2025年修正）。损害发生在2025年12月1日以前的，适用当时施行的文本（请律师核对当时的原文）。",
                    "The Food Safety Law cited is the current (2025) text. Damage before 1 December "
                    "2025 falls under the text then in force (the lawyer should check it).",
                ),
                "any",
                before("damage_date", "2025-12-01"),
            ),
            warning(
                "unverified",
                T(
                    "审判实践中，食品不符合食品安全标准的，消费者请求惩罚性赔偿金不以造成人身损害为条件（《最高人民法院关于审理食品安全民事纠纷案件适用法律若干问题的解释（一）》，请律师核对原文）。",
                    "In court practice the punitive sum for food that failed the standards does not "
                    "require personal injury (the SPC interpretation on food safety civil disputes; "
                    "the lawyer should check the original text).",
                ),
                "any",
                PRODUCT_ONLY,
            ),
        ],
        "next_steps": [
            item(
                T(
                    "要求赔偿损失时，一并向{party.producer}（以及明知的销售者）要求支付价款十倍或者损失三倍的赔偿金（不足一千元的为一千元）；"
                    "赔偿损失向{party.producer}或者{party.seller}哪一方要求都可以，接到要求的一方应当先行赔付。",
                    "When claiming the loss, claim the punitive sum too (ten times the price or "
                    "three times the loss, at least 1,000 yuan) from the {party.producer} (and a "
                    "seller who knew); the loss may be claimed from the {party.producer} or the "
                    "{party.seller}, and whichever is asked must pay first.",
                ),
                ["victim"],
                NO_JUDGMENT,
            ),
        ],
        "evidence": [
            item(
                T(
                    "检验报告或者监管部门的抽检、处罚通报",
                    "A test report, or the regulators' inspection or penalty notice",
                )
            ),
        ],
        "next": "advert_route",
    }


def advert_finding() -> J:
    return {
        "id": "advert_finding",
        "type": "finding",
        "code": "PL-G",
        "title": T(
            "关系生命健康的商品的虚假广告、虚假推荐：广告经营者、发布者、推荐者与经营者承担连带责任",
            "False advertising or recommendation of goods bearing on life and health: the "
            "advertiser, publisher and recommender are jointly liable with the business",
        ),
        "summary": [
            variant(
                ["victim"],
                "商品关系消费者生命健康、因虚假广告或者虚假推荐而购买、使用的：设计、制作、发布虚假广告的广告经营者、发布者，"
                "以及在其中推荐商品的组织或者个人（代言人、网红、主播等），与提供商品的经营者承担连带责任，"
                "{party.victim}可以要求其中任何一方赔偿全部损失。",
                "Goods bearing on life and health, bought or used because of a false advertisement "
                "or recommendation: its maker and publisher and any recommender (endorser, "
                "influencer, streamer) are jointly and severally liable with the business.",
            )
        ],
        "findings": [
            {
                "label": "连带责任",
                "sublabel": T(
                    "虚假广告、虚假推荐（关系生命健康的商品）",
                    "false advertising or recommendation (goods bearing on life and health)",
                ),
                "liable": T(
                    "{party.promoter}，与提供商品的{party.seller}",
                    "the {party.promoter}, with the {party.seller} that supplied the goods",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "消费者因此受到的全部损害", "the whole damage the consumer suffered as a result"
                ),
                "order": T(
                    "无先后顺序：可以请求其中任何一方或者几方赔偿全部或者部分",
                    "No order: any one or several of them may be asked for all or part",
                ),
                "basis": [C(CPL_LAW, 45, 2), C(CPL_LAW, 45, 3)],
            }
        ],
        "citations": by_date(cite(CC, 178), cite(TORT, 13), None),
        "deadlines": [{"use": "limitation_promoter"}, {"use": "limitation_promoter_2y"}],
        "recourse": [
            item(
                T(
                    "连带责任人之间按各自责任大小分担；实际承担超过自己份额的，可以向其他连带责任人追偿。",
                    "The jointly liable share by their respective responsibility; one who paid more "
                    "than its share may recover from the others.",
                ),
                ["victim"],
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "对{party.promoter}的请求依据消费者权益保护法第45条，不是产品质量法规定的产品缺陷赔偿请求，"
                    "诉讼时效按一般规定计算（见期限一栏），与对生产者、销售者的期限分别计算。",
                    "The claim against the {party.promoter} rests on art. 45 of the Consumer "
                    "Protection Law, not on the Product Quality Law's claim for a defect: the "
                    "general limitation applies (see the deadlines), counted apart from the "
                    "periods against the producer and the seller.",
                ),
                ["victim"],
            )
        ],
        "next_steps": [
            item(
                T(
                    "在诉讼时效届满前（见期限一栏），可以把{party.promoter}与销售者、生产者一并起诉，或者单独要求其承担连带责任。",
                    "Before limitation ends (see the deadlines), sue the {party.promoter} together "
                    "with the seller and producer, or claim from it alone under its joint "
                    "liability.",
                ),
                ["victim"],
                ALL(NO_JUDGMENT, NOT(SUED)),
            ),
            item(
                T(
                    "保存广告、推荐视频或者直播的录屏、截图，查明广告经营者、发布者和推荐者的身份。",
                    "Keep recordings or screenshots of the advertisement, recommendation video or "
                    "live stream, and identify the advertiser, publisher and recommender.",
                ),
                ["victim"],
            ),
        ],
        "evidence": [
            item(
                T(
                    "广告或者推荐的录屏、截图及其发布平台、时间",
                    "Recordings or screenshots of the advertisement or recommendation, where and when published",
                ),
                ["victim"],
            )
        ],
        "next": "main_route",
    }


def advert_other_finding() -> J:
    return {
        "id": "advert_other_finding",
        "type": "finding",
        "code": "PL-H",
        "title": T(
            "虚假广告（与生命健康无关的商品）：广告经营者、发布者不能提供经营者的真实信息时才承担赔偿责任",
            "False advertising of other goods: the advertiser and publisher are liable only if they "
            "cannot give the business's real details",
        ),
        "summary": [
            variant(
                ["victim"],
                "商品与生命健康无关：受害人可以向经营者要求赔偿；发布虚假广告的广告经营者、发布者不能提供经营者的真实名称、地址和有效联系方式的，"
                "应当承担赔偿责任。推荐者在这种情形下不承担连带责任。",
                "The goods do not bear on life and health: claim from the business; an advertising "
                "agency or publisher of the false advertisement that cannot give the business's "
                "real name, address and contact details is liable itself. A recommender is not "
                "jointly liable here.",
            )
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "不能提供经营者真实名称、地址和有效联系方式时",
                    "if unable to give the business's real name, address and contact details",
                ),
                "liable": T(
                    "{party.promoter}（广告经营者、发布者）",
                    "the {party.promoter} (advertising agency or publisher)",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "消费者因虚假广告受到的损害",
                    "the damage the consumer suffered from the false advertisement",
                ),
                "order": T(
                    "先向经营者请求；广告经营者、发布者不能提供经营者的真实信息的，由其赔偿",
                    "Claim from the business; if the advertiser or publisher cannot give its real "
                    "details, from them",
                ),
                "basis": [C(CPL_LAW, 45, 1)],
            }
        ],
        "recourse": [
            item(
                T(
                    "广告经营者、发布者赔偿后，可以依法向提供商品的经营者追偿。",
                    "An advertiser or publisher that paid may seek recourse from the business that "
                    "supplied the goods.",
                ),
                ["victim"],
            )
        ],
        "evidence": [
            item(
                T(
                    "广告的录屏、截图及其发布平台、时间",
                    "Recordings or screenshots of the advertisement, where and when published",
                ),
                ["victim"],
            )
        ],
        "next_steps": [
            item(
                T(
                    "要求广告经营者、发布者提供经营者的真实名称、地址和有效联系方式，并保存其答复。",
                    "Ask the advertiser and publisher for the business's real name, address and "
                    "contact details, and keep their answer.",
                ),
                ["victim"],
            )
        ],
        "next": "main_route",
    }


# --- entries shared by the product outcomes ---------------------------------------------

LIMITATION_CONTEST_BASIS = [
    C(PQL, 45, 1),
    C(CC, 188, 1, when=ANY(on_after("knew_date", "2021-01-01"), unknown("knew_date"))),
    C(GP, 188, 1, when=between("knew_date", "2017-10-01", "2021-01-01")),
]
WARN_LIMITATION = warning(
    "contested",
    T(
        "二年还是三年：产品质量法第45条第1款规定，因产品缺陷造成损害要求赔偿的诉讼时效为二年，自知道或者应当知道权益受到损害时起计算；"
        "民法典规定一般诉讼时效为三年，但法律另有规定的依照其规定。多数意见认为仍适用二年的特别规定，也有观点认为应适用三年。"
        "期限一栏两种都列出：稳妥起见，以二年计算的日期为准行事；二年已经届满、三年尚未届满的，仍应立即起诉，主张适用三年，"
        "但法院可能适用二年而驳回请求。",
        "Two years or three: art. 45(1) of the Product Quality Law gives two years for claims "
        "for damage from a product defect, from when the damage was or should have been known; the "
        "Civil Code's general period is three years unless a law provides otherwise. Most hold the "
        "special two years still applies; some say three. The deadlines show both: to be safe, act "
        "by the two-year date; where the two years have run out and the three have not, still sue "
        "at once and argue for three years, though the court may apply two and dismiss the claim.",
    ),
    ["victim"],
    ANY(on_after("knew_date", "2017-10-01"), unknown("knew_date")),
    LIMITATION_CONTEST_BASIS,
)
WARN_LIMITATION_CLAIMED = warning(
    "contested",
    T(
        "二年还是三年：产品质量法第45条第1款规定，因产品缺陷造成损害要求赔偿的诉讼时效为二年；民法典规定一般诉讼时效为三年，"
        "但法律另有规定的依照其规定。多数意见认为仍适用二年，也有观点认为应适用三年。按二年计算已经届满、按三年计算尚未届满的"
        "（见期限一栏），你方可以提出诉讼时效抗辩，但法院如果适用三年，这一抗辩不能成立，仍须赔偿。诉讼时效抗辩须由你方在一审期间提出，"
        "法院不会主动适用。",
        "Two years or three: art. 45(1) of the Product Quality Law gives two years for claims for "
        "damage from a product defect; the Civil Code's general period is three years unless a law "
        "provides otherwise. Most hold the two years still apply; some say three. Where the two "
        "years have run out and the three have not (see the deadlines), you may plead limitation, "
        "but if the court applies three years the plea fails and you must pay. The plea must be "
        "raised by you at first instance; the court does not apply it of its own motion.",
    ),
    ["seller", "producer"],
    ALL(ANY(on_after("knew_date", "2017-10-01"), unknown("knew_date")), NO_JUDGMENT),
    [*LIMITATION_CONTEST_BASIS, C(CC, 193), C(LIM, 3, 1)],
)
WARN_OLD_LIMITATION = warning(
    "contested",
    T(
        "受害人在2017年10月1日以前知道损害的，当时的民法通则对身体受到伤害要求赔偿规定了一年的诉讼时效；产品缺陷致损适用产品质量法的二年，"
        "一般认为特别规定优先（期限一栏按二年计算），但也有按一年计算的做法；按一年计算的日期更早。",
        "Where the damage was known before 1 October 2017, the General Principles then in force "
        "gave one year for claims for bodily injury; product defect claims take the Product "
        "Quality Law's two years, the special rule generally prevailing (the deadlines count two "
        "years), but some courts counted one year, which ends earlier.",
    ),
    "any",
    OLD_KNEW,
    [C(GPC, 136, 1, 1)],
)
WARN_OLD_GENERAL_LIMITATION = warning(
    "caution",
    T(
        "受害人在2017年10月1日以前知道损害的，期限一栏按当时民法通则的二年计算；但身体受到伤害要求赔偿的，当时的诉讼时效为一年，"
        "按一年计算的日期更早。",
        "Where the damage was known before 1 October 2017, the deadlines count the two years of the "
        "General Principles then in force; but a claim for bodily injury then had one year, which "
        "ends earlier.",
    ),
    "any",
    OLD_KNEW,
    [C(GPC, 135), C(GPC, 136, 1, 1)],
)
WARN_NOT_JOINT = warning(
    "caution",
    T(
        "生产者和销售者的责任是不真正连带责任，不是连带责任：受害人可以向任何一方请求全部赔偿，一方赔偿后另一方对受害人不再负责；"
        "但两者之间不按份额分担，而是由造成缺陷的一方最终承担全部。对其中一方催告、起诉是否对另一方中断诉讼时效，有争议；"
        "稳妥起见，对两方分别计算、分别主张（见期限一栏）。",
        "The producer's and the seller's liability is 'non-genuine' joint liability, not joint "
        "and several liability: the injured person may claim the whole from either, and once one "
        "pays the other owes nothing more; but they do not share the loss — whoever caused the "
        "defect bears it all in the end. Whether a demand on or suit against one interrupts "
        "limitation against the other is contested: to be safe, count and claim against each "
        "separately (see the deadlines).",
    ),
)
WARN_VICTIM_FAULT = warning(
    "caution",
    T(
        "受害人对同一损害的发生或者扩大也有过错的（如不按说明书使用、擅自改装），可以减轻生产者、销售者的责任。",
        "If the injured person was also at fault in causing or enlarging the same damage (ignoring "
        "the instructions, modifying the product), the producer's and seller's liability may be "
        "reduced.",
    ),
    "any",
    code(),
    [C(CC, 1173)],
)
WARN_VICTIM_FAULT_OLD = warning(
    "caution",
    T(
        "受害人对损害的发生也有过错的（如不按说明书使用、擅自改装），可以减轻生产者、销售者的责任。",
        "If the injured person was also at fault in causing the damage (ignoring the "
        "instructions, modifying the product), the producer's and seller's liability may be "
        "reduced.",
    ),
    "any",
    before("damage_date", "2021-01-01"),
    [C(TORT, 26, when=tort_law()), C(GPC, 131, when=principles())],
)
WARN_ONLINE = warning(
    "caution",
    T(
        "网上或者直播间购买的：网络交易平台不能提供销售者的真实名称、地址和有效联系方式的，消费者可以要求平台赔偿；"
        "平台知道或者应当知道销售者侵害消费者权益而没有采取必要措施的，与销售者承担连带责任；平台自营的，平台就是销售者；"
        "直播间运营者没有标明自己不是销售者的，可以按销售者追究；对关系消费者生命健康的商品，平台对平台内经营者的资质资格未尽到审核义务，"
        "或者对消费者未尽到安全保障义务的，依法承担相应的责任。平台和直播间的责任，请另行使用关于网络平台责任的评估（网络交易平台对消费者的责任）。",
        "Bought online or in a live stream: if the platform cannot give the seller's real name, "
        "address and contact details, the consumer may claim from the platform; a platform that "
        "knew or should have known the seller was harming consumers and took no necessary "
        "measures is jointly liable with it; a platform selling on its own account is the seller; "
        "a live-stream operator that did not show it was not the seller can be treated as the "
        "seller; for goods bearing on consumers' life and health, a platform that failed to check "
        "the seller's qualifications or to safeguard consumers bears the corresponding liability. "
        "For the platform's and the stream's liability, use the assessment of online platforms' "
        "liability to consumers as well.",
    ),
    "any",
    ONLINE,
    [
        C(CPL_LAW, 44),
        C(ECOM, 38, 1, when=on_after("delivery_date", "2019-01-01")),
        C(ECOM, 38, 2, when=on_after("delivery_date", "2019-01-01")),
        C(ONLINE1, 4, when=on_after("delivery_date", "2022-03-15")),
        C(
            ONLINE1,
            12,
            when=ALL(ans("channel", "livestream"), on_after("delivery_date", "2022-03-15")),
        ),
    ],
)
WARN_DEATH = warning(
    "caution",
    T(
        "受害人死亡的，由其近亲属请求赔偿；支付了医疗费、丧葬费等合理费用的人，可以请求赔偿这些费用。",
        "Where the injured person died, the close relatives claim; whoever paid the medical, "
        "funeral and similar reasonable costs may claim those costs.",
    ),
    "any",
    ans("damage", "death"),
    by_date(cite(CC, 1181), cite(TORT, 18), cite(GPC, 119)),
)
WARN_LONG_STOP_SUED = warning(
    "caution",
    T(
        "产品交付最初消费者已满十年，但起诉在十年期满前提起：对被起诉的一方，请求权已经及时行使；"
        "对没有被起诉的一方，请求权已经丧失（明示的安全使用期尚未超过的除外）。",
        "Ten years have passed since delivery to the first consumer, but the suit was brought "
        "before they ended: against the party sued, the claim was exercised in time; against a "
        "party not sued, it is lost (unless a stated safe-use period is still running).",
    ),
    "any",
    {"reached": "suit_in_time_yes"},
)
WARN_LONG_STOP_SUIT_OPEN = warning(
    "missing_fact",
    T(
        "产品交付最初消费者已满十年，起诉日期又不确定，无法判断起诉是否在十年期满前提起：期满前起诉的，请求权已经及时行使；"
        "期满后才起诉的，请求权已经丧失。请核实起诉日期（起诉状、法院受理通知书）。",
        "Ten years have passed since delivery and the date of the suit is uncertain, so it cannot "
        "be told whether the suit came before they ended: if it did, the claim was exercised in "
        "time; if not, it is lost. Verify the date of the suit (statement of claim, the court's "
        "notice of acceptance).",
    ),
    "any",
    ALL({"reached": "first_suit_date"}, NOT({"reached": "suit_in_time_yes"})),
)
WARN_LONG_STOP_JUDGMENT = warning(
    "caution",
    T(
        "产品交付最初消费者已满十年：生效判决确定的赔偿不受影响，按判决申请执行；判决没有涉及的一方，"
        "因产品缺陷要求赔偿的请求权已经丧失（明示的安全使用期尚未超过的除外）。",
        "Ten years have passed since delivery to the first consumer: what the effective judgment "
        "awarded stands and is enforced; against a party the judgment does not concern, the claim "
        "for damage from the defect is lost (unless a stated safe-use period is still running).",
    ),
    "any",
    ALL(ans("safe_use", "no"), JUDGMENT),
)
WARN_DAMAGE_DATE_UNKNOWN = warning(
    "missing_fact",
    T(
        "损害发生的日期不清楚：以上按现行法律（民法典）列出依据。损害发生在2021年以前的，适用当时的侵权责任法（2010年7月1日以前为民法通则），"
        "生产者、销售者承担责任的规则基本相同；请核实日期。",
        "The date of the damage is not known: the basis shown is the current law (the Civil "
        "Code). Damage before 2021 falls under the Tort Liability Law then in force (the General "
        "Principles before 1 July 2010), whose rules for producers and sellers are much the same; "
        "verify the date.",
    ),
    "any",
    unknown("damage_date"),
)
WARN_LONG_STOP_UNKNOWN = warning(
    "missing_fact",
    T(
        "产品交付最初消费者的日期不清楚：满十年的，赔偿请求权丧失（尚未超过明示的安全使用期的除外）。请核实购买日期。",
        "The date the product reached its first consumer is not known: after ten years the claim "
        "is lost (unless a stated safe-use period has not run out). Verify the date of purchase.",
    ),
    "any",
    und({"deadline": "long_stop", "passed": True}),
)
WARN_SAFE_USE_UNKNOWN = warning(
    "missing_fact",
    T(
        "产品交付已满十年，是否有尚未超过的明示安全使用期尚待核实：没有的，赔偿请求权已经丧失。",
        "Ten years have passed since delivery; whether a stated safe-use period is still running "
        "is to verify: if not, the claim is lost.",
    ),
    "any",
    unknown("safe_use"),
)
WARN_TIME_EFFECT = warning(
    "caution",
    T(
        "产品在2021年以前交付、损害在2021年以后才出现的，适用民法典。",
        "A product delivered before 2021 whose damage appeared after 2021 falls under the Civil Code.",
    ),
    "any",
    ALL(before("delivery_date", "2021-01-01"), on_after("damage_date", "2021-01-01")),
    [C(TIME, 24)],
)
WARN_FOOD_OLD = warning(
    "caution",
    T(
        "损害发生在2015年10月1日以前的，当时的食品安全法只规定了价款十倍的赔偿金，没有“损失三倍、最低一千元”；请按当时的规定核查。",
        "For damage before 1 October 2015 the Food Safety Law then in force gave ten times the "
        "price only, without 'three times the loss, at least 1,000 yuan'; check under that rule.",
    ),
    "any",
    ALL(FOODS, ans("food_standard", "yes"), before("damage_date", "2015-10-01")),
)
WARN_FOOD_FIRST = warning(
    "caution",
    T(
        "食品的生产者和经营者实行首负责任制：接到消费者赔偿要求的一方应当先行赔付，不得推诿；属于另一方责任的，赔偿后再向其追偿。",
        "For food, whichever of producer and seller receives the consumer's claim must pay first "
        "and may not pass it on; if the other is responsible, it recovers from it afterwards.",
    ),
    "any",
    FOODS,
    [C(FOOD, 148, 1)],
)
WARN_ADVERT_OLD = warning(
    "caution",
    T(
        "损害发生在2014年3月15日以前的，当时的消费者权益保护法还没有广告经营者、发布者和推荐者承担连带责任的规定；请按当时的消费者权益保护法和广告法核查。",
        "For damage before 15 March 2014 the Consumer Protection Law then in force did not yet "
        "make advertisers, publishers and recommenders jointly liable; check under the consumer "
        "and advertising laws then in force.",
    ),
    "any",
    ALL(ans("advert", "health", "other"), before("damage_date", "2014-03-15")),
)
WARN_ADVERT_UNKNOWN = warning(
    "missing_fact",
    T(
        "是否因虚假广告或者推荐购买尚待核实：关系生命健康的商品的虚假广告、推荐，广告经营者、发布者和推荐者与经营者承担连带责任。",
        "Whether a false advertisement or recommendation led to the purchase is to verify: for "
        "goods bearing on life and health, the advertiser, publisher and recommender are jointly "
        "liable with the business.",
    ),
    "any",
    unknown("advert"),
)
WARN_PUNITIVE_UNKNOWN = warning(
    "missing_fact",
    T(
        "生产者或者销售者是否明知缺陷（或者没有及时召回）尚待核实：能够证明的，造成死亡或者健康严重损害时可以另外请求惩罚性赔偿。",
        "Whether the producer or seller knew of the defect (or failed to recall in time) is to "
        "verify: if proved, punitive damages may be claimed for death or serious harm.",
    ),
    "any",
    ALL(SERIOUS, unknown("knowing")),
)
WARN_FOOD_UNKNOWN = warning(
    "missing_fact",
    T(
        "食品是否不符合食品安全标准、销售者是否明知，尚待核实：不符合的，消费者还可以请求价款十倍或者损失三倍的赔偿金。",
        "Whether the food failed the safety standards, and whether the seller knew, is to "
        "verify: if it failed, the consumer may also claim ten times the price or three times "
        "the loss.",
    ),
    "any",
    ALL(FOODS, ANY(unknown("food_standard"), unknown("seller_knew"))),
)
WARN_NO_EVENTS = warning(
    "caution",
    T(
        "按已记录的情况，诉讼时效已经届满（见期限一栏）。如果损害发生后曾经要求赔偿、起诉，或者对方承认、部分赔偿过，"
        "诉讼时效从那时起重新计算；届满后对方又同意赔偿的，不得再以诉讼时效抗辩。请逐一核实。",
        "On the facts recorded, limitation has run out (see the deadlines). If compensation was "
        "claimed, a suit brought, or the other side acknowledged or paid part after the damage, "
        "limitation ran again from then; a party that agreed to pay after it ran out can no longer "
        "plead it. Check each of these.",
    ),
    "any",
    ALL_PASSED_NO_EVENTS,
)
WARN_TWO_YEARS_ONLY = warning(
    "contested",
    T(
        "按已记录的情况，按产品质量法二年计算的诉讼时效已经届满，按民法典三年计算的尚未届满（见期限一栏）：能否获得支持，取决于法院适用二年还是三年。"
        "损害发生后曾经要求赔偿、起诉，或者对方承认、部分赔偿过的，诉讼时效从那时起重新计算，请逐一核实。",
        "On the facts recorded, the two years of the Product Quality Law have run out and the "
        "three of the Civil Code have not (see the deadlines): whether the claim succeeds depends "
        "on which the court applies. If compensation was claimed, a suit brought, or the other "
        "side acknowledged or paid part after the damage, limitation ran again from then: check "
        "each of these.",
    ),
    "any",
    TWO_ONLY_NO_EVENTS,
)
WARN_ENFORCEMENT = warning(
    "caution",
    T(
        "已经取得生效判决的，不再计算诉讼时效，应当在申请执行期间内申请强制执行；期间届满后申请的，法院仍应受理，但被执行人可以提出时效异议。",
        "With an effective judgment, limitation no longer runs: apply for enforcement within the "
        "period to apply; a later application is still accepted, but the debtor may object that "
        "the period has run out.",
    ),
    "any",
    ALL(JUDGMENT, NOT(APPLIED)),
    [C(CIVPRO_I, 481, 1)],
)
WARN_OLD_PROCEDURE = warning(
    "caution",
    T(
        "判决在2024年1月1日以前生效的，申请执行期间依照当时施行的民事诉讼法计算（条文序号与现行第250条不同）；"
        "2008年4月1日以后生效的，同样为二年；更早的判决期间更短，请律师核对当时的原文。",
        "For a judgment that took effect before 1 January 2024, the period to apply for "
        "enforcement follows the Civil Procedure Law then in force (under another article number "
        "than today's art. 250); from 1 April 2008 it was likewise two years; for earlier "
        "judgments it was shorter: the lawyer should check the text then in force.",
    ),
    "any",
    ALL(JUDGMENT, before("damage_date", "2024-01-01")),
)
WARN_PQL_TEXT = warning(
    "caution",
    T(
        "这里引用的是产品质量法2018年修正文本。损害发生在此前的，适用当时施行的文本；关于生产者、销售者的赔偿责任和诉讼时效的条文"
        "（第40条至第46条），内容与现行文本相同（请律师核对当时的原文）。",
        "The Product Quality Law cited is the 2018 text. Damage before then falls under the text "
        "then in force; its articles on producers' and sellers' liability and on limitation "
        "(arts. 40–46) read the same as today's (the lawyer should check the text then in force).",
    ),
    "any",
    before("damage_date", "2018-12-29"),
)

NEXT_CLAIM_VICTIM = item(
    T(
        "在诉讼时效届满前（见期限一栏：以按二年计算的日期为稳妥的期限），向{party.producer}、{party.seller}或者两者一并书面要求赔偿或者起诉；"
        "可以选择更有赔偿能力的一方，也可以将两者列为共同被告。",
        "Before limitation ends (see the deadlines: the two-year date is the safe one), claim in "
        "writing from, or sue, the {party.producer}, the {party.seller} or both; choose the one "
        "better able to pay, or name both as defendants.",
    ),
    ["victim"],
    ALL(CLAIM_NOW, NOT(TWO_ONLY_NO_EVENTS)),
)
NEXT_SUE_NOW = item(
    T(
        "按二年计算的诉讼时效已经届满，按三年计算的尚未届满：请立即起诉（不要只是催告），在起诉状中主张适用民法典规定的三年诉讼时效；"
        "对方可能以二年抗辩，法院采纳的，请求将被驳回。",
        "The two years have run out, the three have not: sue at once (a demand alone is not "
        "enough), arguing in the statement of claim that the Civil Code's three years apply; the "
        "other side may plead the two years, and if the court agrees the claim will be dismissed.",
    ),
    ["victim"],
    ALL(TWO_ONLY_NO_EVENTS, NO_JUDGMENT),
)
NEXT_PENDING = item(
    T(
        "诉讼或者仲裁正在进行：诉讼时效在程序结束后重新计算。需要时申请追加另一方为被告。",
        "A suit or arbitration is pending: limitation runs again when it ends. Where needed, ask "
        "to add the other party as a defendant.",
    ),
    ["victim"],
    ALL(SUED, NO_JUDGMENT),
)
NEXT_CHECK_INTERRUPTION = item(
    T(
        "诉讼时效看来已经届满：收集损害发生后要求赔偿、起诉、对方承认或者部分赔偿的证据；有的，从最后一次起重新计算，应当尽快起诉。",
        "Limitation appears to have run out: collect evidence of any claim, suit, acknowledgement "
        "or part payment after the damage; if there was one, limitation ran again from the last, "
        "and you should sue soon.",
    ),
    ["victim"],
    ALL_PASSED_NO_EVENTS,
)


def enforcement_steps(history: str) -> list[J]:
    """After a judgment in ``history``: enforce, or apply again after 终本; the appeal."""
    judgment = event(history, "judgment_effective")
    applied = event(history, "enforcement_applied")
    return [
        item(
            T(
                "在申请执行期间届满前（按期限一栏中“申请强制执行的期间”的行事日期），向人民法院申请强制执行。",
                "Apply to the court for enforcement before the period to apply ends (by the day to "
                "act given for it in the deadlines).",
            ),
            ["payer"] if history == "payer_history" else ["victim"],
            ALL(judgment, NOT(applied)),
        ),
        item(
            T(
                "已经申请强制执行、法院终结本次执行程序的：发现被执行人有可供执行的财产的，可以再次申请执行，不受申请执行时效期间的限制；"
                "请持续查找被执行人的财产线索（银行账户、不动产、车辆、对外债权）。",
                "Where enforcement was applied for and the court ended the current round: once the "
                "debtor's assets are found, apply again — the period to apply does not bar it; "
                "keep looking for assets (bank accounts, real estate, vehicles, claims against "
                "others).",
            ),
            ["payer"] if history == "payer_history" else ["victim"],
            ALL(judgment, event(history, "enforcement_terminated")),
        ),
        item(
            T(
                "一审判决尚未生效：不服判决的，在上诉期间内（最后一日为{deadline.appeal_"
                + history
                + "}，见期限一栏）向原审法院提交上诉状。",
                "The first-instance judgment is not yet effective: if the client disagrees with it, "
                "file an appeal with the court of first instance within the appeal period (last "
                "day {deadline.appeal_" + history + "}; see the deadlines).",
            ),
            "any",
            ALL(event(history, "judgment_served"), NOT(judgment)),
        ),
    ]


def claimed_limitation_basics(sides: list[str], judgment: J) -> list[J]:
    """What a party claimed against should know of limitation outside product liability."""
    return [
        item(
            T(
                "诉讼时效届满的（见期限一栏），可以提出诉讼时效抗辩；抗辩须在一审期间提出，法院不会主动适用；"
                "届满后又同意赔偿的，不得再以此抗辩。",
                "If limitation has run out (see the deadlines), plead it — at first instance, as "
                "the court does not apply it of its own motion; one who agreed to pay after it ran "
                "out can no longer plead it.",
            ),
            sides,
            NOT(judgment),
        )
    ]


NEXT_KEEP_PRODUCT = item(
    T(
        "保存出事的产品、包装、说明书和购物凭证，不要自行维修或者丢弃；需要时申请产品质量鉴定。",
        "Keep the product, its packaging, instructions and receipt; do not repair or discard it; "
        "ask for an expert quality opinion where needed.",
    ),
    ["victim"],
    ALL(PRODUCTS, NO_JUDGMENT),
)
NEXT_KEEP_FOOD = item(
    T(
        "保存剩余的食品、包装和购物凭证，不要丢弃；需要时送检，或者向市场监督管理部门投诉举报。",
        "Keep what is left of the food, its packaging and the receipt; do not throw them away; "
        "have it tested where needed, or complain to the market regulator.",
    ),
    ["victim"],
    ALL(FOODS, NO_JUDGMENT),
)
EVIDENCE_PRODUCT = item(
    T(
        "出事的产品、包装、说明书和标签（厂名厂址）",
        "The product itself, its packaging, instructions and label (maker's name and address)",
    ),
    "any",
    PRODUCTS,
)
EVIDENCE_FOOD = item(
    T(
        "剩余的食品、包装和标签（生产者名称、生产日期、保质期）",
        "What is left of the food, its packaging and label (producer, production date, shelf life)",
    ),
    "any",
    FOODS,
)
EVIDENCE_PURCHASE = item(
    T(
        "购物凭证：发票、小票、订单或者转账记录",
        "Proof of purchase: invoice, receipt, order or payment record",
    )
)
EVIDENCE_HARM = item(
    T(
        "损害的证据：病历、医疗费票据、误工证明、财产损失照片和评估",
        "Proof of the damage: medical records and bills, proof of lost earnings, photographs and "
        "valuations of damaged property",
    )
)
EVIDENCE_EXPERT = item(
    T(
        "产品质量鉴定意见或者检验报告（缺陷及其原因）",
        "An expert quality opinion or inspection report (the defect and its cause)",
    ),
    "any",
    PRODUCTS,
)
EVIDENCE_SUPPLY = item(
    T(
        "进货合同、进货单据、供货商信息和进货查验记录",
        "Purchase contracts and documents, the supplier's details, purchase inspection records",
    ),
    ["seller"],
)
EVIDENCE_PRODUCTION = item(
    T(
        "生产记录、出厂检验报告、产品投入流通的时间以及当时的技术标准",
        "Production records, factory inspection reports, when the product was put into circulation "
        "and the technical standards of the time",
    ),
    ["producer"],
)

PRODUCT_WARNINGS = [
    WARN_LONG_STOP_SUED,
    WARN_LONG_STOP_SUIT_OPEN,
    WARN_LONG_STOP_JUDGMENT,
    WARN_DEATH,
    WARN_DAMAGE_DATE_UNKNOWN,
    WARN_LIMITATION,
    WARN_LIMITATION_CLAIMED,
    WARN_OLD_LIMITATION,
    WARN_NO_EVENTS,
    WARN_TWO_YEARS_ONLY,
    WARN_LONG_STOP_UNKNOWN,
    WARN_SAFE_USE_UNKNOWN,
    WARN_TIME_EFFECT,
    WARN_ONLINE,
    WARN_FOOD_FIRST,
    WARN_FOOD_OLD,
    WARN_FOOD_UNKNOWN,
    WARN_ADVERT_OLD,
    WARN_ADVERT_UNKNOWN,
    WARN_PUNITIVE_UNKNOWN,
    WARN_ENFORCEMENT,
    WARN_OLD_PROCEDURE,
    WARN_PQL_TEXT,
]


ORIGIN_PRODUCER = ans("defect_origin", "producer")
ORIGIN_SELLER = ans("defect_origin", "seller")
ORIGIN_THIRD = ans("defect_origin", "third")
#: The seller's or producer's future claim for recourse: three years from the payment.
RECOURSE_CITATIONS = [
    C(
        CC,
        188,
        1,
        when=ALL(
            side("seller", "producer"),
            NOT(ANY(ALL(SELLER, ORIGIN_SELLER), ALL(PRODUCER, ORIGIN_PRODUCER))),
        ),
    )
]


def limitation_defences(sides: list[str]) -> list[J]:
    return [
        item(
            T(
                "按已记录的情况，诉讼时效已经届满（见期限一栏）：可以提出诉讼时效抗辩。但要核实损害发生后没有被要求赔偿、起诉或者作出承认；"
                "届满后又同意赔偿的，不得再以此抗辩。",
                "On the facts recorded, limitation has run out (see the deadlines): plead it. Check "
                "first that there was no claim, suit or acknowledgement after the damage; one who "
                "agreed to pay after it ran out can no longer plead it.",
            ),
            sides,
            ALL_PASSED_NO_EVENTS,
        ),
        item(
            T(
                "按产品质量法二年计算的诉讼时效已经届满的（见期限一栏），可以提出诉讼时效抗辩；"
                "按民法典三年计算尚未届满的，这一抗辩能否成立取决于法院适用二年还是三年（见注意事项）。",
                "If the two years of the Product Quality Law have run out (see the deadlines), "
                "plead limitation; where the three years of the Civil Code have not, whether the "
                "plea holds depends on which the court applies (see the warnings).",
            ),
            sides,
            ALL(
                NO_JUDGMENT,
                ANY(ans("history_gate", "some"), TWO_ONLY_NO_EVENTS, und(PASSED_NO_EVENTS)),
            ),
        ),
        item(
            T(
                "诉讼时效抗辩须由你方提出，法院不会主动适用；被起诉的，应当在一审期间（答辩或者庭审中）提出。"
                "可能已经届满的，不要书面答应赔偿，也不要部分赔偿。",
                "The limitation plea must be raised by you; the court does not apply it of its own "
                "motion. If sued, raise it at first instance (in the defence or at the hearing). "
                "Where it may have run out, do not promise in writing to pay, and pay nothing.",
            ),
            sides,
            ALL(NO_JUDGMENT, NOT(event("history", "judgment_served"))),
        ),
        item(
            T(
                "{party.victim}须证明产品存在缺陷、受到损害，以及缺陷与损害之间的因果关系。",
                "The {party.victim} must prove the defect, the damage, and that the defect caused "
                "it.",
            ),
            sides,
        ),
    ]


# --- outcomes -------------------------------------------------------------------------------


def product_outcome() -> J:
    return {
        "id": "product_outcome",
        "type": "outcome",
        "code": "PL-A",
        "title": T(
            "生产者和销售者承担不真正连带责任：受害人可以向任何一方请求全部赔偿，最终由造成缺陷的一方承担",
            "The producer and the seller are each liable for the whole (non-genuine joint "
            "liability): the injured person may claim all from either; whoever caused the defect "
            "bears it in the end",
        ),
        "summary": [
            variant(
                ["victim"],
                "{party.victim}可以向{party.producer}请求赔偿，也可以向{party.seller}请求赔偿，任何一方都应当赔偿全部损失。"
                "这是不真正连带责任：一方赔偿后，另一方对受害人不再负责；它们之间最终由造成缺陷的一方承担，但这不影响你的请求。",
                "The {party.victim} may claim from the {party.producer} or from the {party.seller}, "
                "and either must pay the whole loss. This is non-genuine joint liability: once one "
                "pays, the other owes the injured person nothing more; between them, whoever caused "
                "the defect bears it in the end, which does not affect your claim.",
            ),
            variant(
                ["seller"],
                "{party.victim}可以直接要求你方（销售者）赔偿全部损失，你方不能以“应当找生产者”为由拒绝。缺陷是你方的过错造成的，"
                "最终由你方承担；{party.producer}赔偿后可以向你方追偿。",
                "The {party.victim} may ask you (the seller) for the whole loss, and you cannot "
                "refuse by pointing to the producer. The defect was caused by your fault, so you bear "
                "it in the end; if the {party.producer} pays, it can recover from you.",
                ORIGIN_SELLER,
            ),
            variant(
                ["seller"],
                "{party.victim}可以直接要求你方（销售者）赔偿全部损失，你方不能以“应当找生产者”为由拒绝。缺陷不是你方造成的，"
                "你方赔偿后可以向造成缺陷的{party.producer}（或者运输者、仓储者等第三人）追偿。",
                "The {party.victim} may ask you (the seller) for the whole loss, and you cannot "
                "refuse by pointing to the producer. The defect was not your doing: after paying "
                "you may recover from the {party.producer} (or the carrier, warehouse or other third "
                "party) that caused it.",
                ANY(ORIGIN_PRODUCER, ORIGIN_THIRD),
            ),
            variant(
                ["seller"],
                "{party.victim}可以直接要求你方（销售者）赔偿全部损失，你方不能以“应当找生产者”为由拒绝。缺陷由谁造成尚待查明："
                "由生产者造成的，你方赔偿后可以向{party.producer}追偿；因你方过错造成的，最终由你方承担。",
                "The {party.victim} may ask you (the seller) for the whole loss, and you cannot "
                "refuse by pointing to the producer. Who caused the defect is still to establish: "
                "if the producer, you may recover from the {party.producer} after paying; if your "
                "fault, you bear it in the end.",
            ),
            variant(
                ["producer"],
                "{party.victim}可以直接要求你方（生产者）赔偿全部损失。生产者承担无过错责任：只有证明产品未投入流通、投入流通时引起损害的缺陷尚不存在，"
                "或者投入流通时的科学技术水平尚不能发现缺陷，才不承担赔偿责任。缺陷因销售者的过错造成的，你方赔偿后可以向{party.seller}追偿。",
                "The {party.victim} may ask you (the producer) for the whole loss. A producer is "
                "liable without fault: only by proving that the product was not put into "
                "circulation, that the defect did not exist when it was, or that science and "
                "technology could not then detect it, does it escape liability. If the seller's "
                "fault caused the defect, you may recover from the {party.seller} after paying.",
                ORIGIN_SELLER,
            ),
            variant(
                ["producer"],
                "{party.victim}可以直接要求你方（生产者）赔偿全部损失。生产者承担无过错责任：只有证明产品未投入流通、投入流通时引起损害的缺陷尚不存在，"
                "或者投入流通时的科学技术水平尚不能发现缺陷，才不承担赔偿责任。缺陷因运输者、仓储者等第三人的过错造成的，你方赔偿后可以向其追偿。",
                "The {party.victim} may ask you (the producer) for the whole loss. A producer is "
                "liable without fault: only by proving that the product was not put into "
                "circulation, that the defect did not exist when it was, or that science and "
                "technology could not then detect it, does it escape liability. If a carrier, "
                "warehouse or other third party caused the defect, you may recover from it after "
                "paying.",
                ORIGIN_THIRD,
            ),
            variant(
                ["producer"],
                "{party.victim}可以直接要求你方（生产者）赔偿全部损失。生产者承担无过错责任：只有证明产品未投入流通、投入流通时引起损害的缺陷尚不存在，"
                "或者投入流通时的科学技术水平尚不能发现缺陷，才不承担赔偿责任。缺陷是生产中造成的，最终由你方承担；{party.seller}赔偿后可以向你方追偿。",
                "The {party.victim} may ask you (the producer) for the whole loss. A producer is "
                "liable without fault: only by proving that the product was not put into "
                "circulation, that the defect did not exist when it was, or that science and "
                "technology could not then detect it, does it escape liability. A defect from "
                "production is yours to bear in the end; if the {party.seller} pays, it can recover "
                "from you.",
                ORIGIN_PRODUCER,
            ),
            variant(
                ["producer"],
                "{party.victim}可以直接要求你方（生产者）赔偿全部损失。生产者承担无过错责任：只有证明产品未投入流通、投入流通时引起损害的缺陷尚不存在，"
                "或者投入流通时的科学技术水平尚不能发现缺陷，才不承担赔偿责任。缺陷由谁造成尚待查明：因销售者或者第三人的过错造成的，你方赔偿后可以追偿。",
                "The {party.victim} may ask you (the producer) for the whole loss. A producer is "
                "liable without fault: only by proving that the product was not put into "
                "circulation, that the defect did not exist when it was, or that science and "
                "technology could not then detect it, does it escape liability. Who caused the "
                "defect is still to establish: if the seller's or a third party's fault, you may "
                "recover after paying.",
            ),
        ],
        "findings": [
            {
                "label": "不真正连带责任",
                "sublabel": T(
                    "产品缺陷：生产者、销售者各自对全部损失负责",
                    "product defect: producer and seller each liable for the whole",
                ),
                "liable": T(
                    "{party.producer}和{party.seller}",
                    "the {party.producer} and the {party.seller}",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "因缺陷受到的全部损失：人身损害赔偿（医疗费、误工费、残疾或者死亡赔偿金等）和缺陷产品以外的其他财产损失",
                    "the whole loss from the defect: compensation for personal injury (medical "
                    "costs, lost earnings, disability or death compensation …) and damage to "
                    "property other than the defective product",
                ),
                "order": T(
                    "无先后顺序：受害人可以向任何一方请求全部赔偿；一方赔偿后，另一方对受害人不再负责，最终由造成缺陷的一方承担",
                    "No order: the injured person may claim the whole from either; once one pays, "
                    "the other owes nothing more; whoever caused the defect bears it in the end",
                ),
                "basis": [*BASIS_EITHER, *BASIS_PRODUCER, C(PQL, 41, 1)],
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷由生产者造成", "final burden: the producer caused the defect"
                ),
                "liable": T("{party.producer}", "the {party.producer}"),
                "to_whom": T("先行赔偿的{party.seller}", "the {party.seller}, if it paid first"),
                "scope": T("销售者已经赔偿的全部数额", "everything the seller paid"),
                "order": T("销售者赔偿后追偿", "Recovered by the seller after paying"),
                "basis": BASIS_RECOURSE_PRODUCER,
                "when": ORIGIN_PRODUCER,
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷因销售者的过错造成",
                    "final burden: the seller's fault caused the defect",
                ),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T(
                    "先行赔偿的{party.producer}", "the {party.producer}, if it paid first"
                ),
                "scope": T("生产者已经赔偿的全部数额", "everything the producer paid"),
                "order": T("生产者赔偿后追偿", "Recovered by the producer after paying"),
                "basis": [*BASIS_RECOURSE_SELLER, C(PQL, 42, 1)],
                "when": ORIGIN_SELLER,
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷因运输者、仓储者等第三人的过错造成",
                    "final burden: a carrier, warehouse or other third party caused the defect",
                ),
                "liable": T("{party.carrier}", "the {party.carrier}"),
                "to_whom": T(
                    "先行赔偿的{party.producer}或者{party.seller}",
                    "the {party.producer} or {party.seller} that paid",
                ),
                "scope": T("生产者或者销售者已经赔偿的数额", "what the producer or seller paid"),
                "order": T(
                    "生产者、销售者赔偿后追偿", "Recovered by the producer or seller after paying"
                ),
                "basis": BASIS_THIRD,
                "when": ORIGIN_THIRD,
            },
        ],
        "deadlines": PRODUCT_DEADLINES,
        "citations": [
            C(PQL, 41, 2, 2, when=ALL(PRODUCER, ORIGIN_THIRD)),
            *RECOURSE_CITATIONS,
        ],
        "defences": [
            *limitation_defences(CLAIMED),
            item(
                T(
                    "生产者能够证明未将产品投入流通、产品投入流通时引起损害的缺陷尚不存在，或者将产品投入流通时的科学技术水平尚不能发现缺陷存在的，不承担赔偿责任。",
                    "A producer that proves it did not put the product into circulation, that the "
                    "defect did not exist when it did, or that science and technology could not "
                    "then detect it, is not liable.",
                ),
                ["producer"],
            ),
            item(
                T(
                    "销售者不能以“应当找生产者”拒绝赔偿；可以在赔偿后向造成缺陷的一方追偿，或者在诉讼中申请追加{party.producer}参加诉讼。",
                    "A seller cannot refuse by pointing to the producer; it may recover from whoever "
                    "caused the defect after paying, or ask to join the {party.producer} to the suit.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "缺陷是在你方将产品投入流通之后，因运输者、仓储者等第三人的过错造成的：可以主张产品投入流通时引起损害的缺陷尚不存在，"
                    "不承担赔偿责任（须由你方举证，如出厂检验记录、交付承运人时的验货和签收记录）；不能证明的，赔偿后向{party.carrier}追偿。",
                    "The defect arose after you put the product into circulation, through a carrier's, "
                    "warehouse's or other third party's fault: plead that the defect causing the "
                    "damage did not exist when the product was put into circulation (you must prove "
                    "it: factory inspection records, the check and receipt on handover to the "
                    "carrier); failing that, pay and recover from the {party.carrier}.",
                ),
                ["producer"],
                ORIGIN_THIRD,
            ),
            item(
                T(
                    "受害人自己也有过错的（如违反说明书使用、擅自改装），主张减轻责任。",
                    "If the injured person was also at fault (ignoring the instructions, modifying "
                    "the product), ask for a reduction.",
                ),
                CLAIMED,
            ),
        ],
        "recourse": [
            item(
                T(
                    "你方赔偿后向造成缺陷的一方追偿的请求，诉讼时效为三年，自你方实际赔偿之日起计算（不适用产品质量法的二年）；"
                    "追偿以实际赔偿的数额为限，请保存赔偿协议、判决和付款凭证。",
                    "Your claim for recourse against whoever caused the defect, once you have paid, "
                    "has three years' limitation from the day you pay (not the Product Quality "
                    "Law's two years); it is limited to what you paid: keep the settlement, "
                    "judgment and proof of payment.",
                ),
                ["seller", "producer"],
                NOT(ANY(ALL(SELLER, ORIGIN_SELLER), ALL(PRODUCER, ORIGIN_PRODUCER))),
            ),
            item(
                T(
                    "缺陷由生产者造成的，销售者赔偿后有权向生产者追偿；因销售者的过错使产品存在缺陷的，生产者赔偿后有权向销售者追偿；"
                    "因运输者、仓储者等第三人的过错造成的，生产者、销售者赔偿后有权向第三人追偿。",
                    "If the producer caused the defect, a seller that paid may recover from it; if "
                    "the seller's fault caused it, a producer that paid may recover from the seller; "
                    "if a carrier, warehouse or other third party's fault caused it, whoever paid may "
                    "recover from that party.",
                ),
            ),
        ],
        "warnings": [
            WARN_NOT_JOINT,
            WARN_VICTIM_FAULT,
            WARN_VICTIM_FAULT_OLD,
            warning(
                "caution",
                T(
                    "受害人是买受人、缺陷还损坏了其他财产的，缺陷产品本身的损失也可以一并向生产者或者销售者请求赔偿。",
                    "Where the injured person bought the product and the defect also damaged other "
                    "property, the loss of the product itself may be claimed from the producer or "
                    "seller as well.",
                ),
                "any",
                ans("channel", "offline", "online", "livestream"),
                [C(TORT1, 19)],
            ),
            warning(
                "missing_fact",
                T(
                    "销售者能否指明生产者或者供货者尚待核实：不能指明的，由销售者承担赔偿责任，也无从追偿。",
                    "Whether the seller can name the producer or supplier is to verify: if not, the "
                    "seller is liable and has no one to recover from.",
                ),
                "any",
                unknown("can_name"),
            ),
            *PRODUCT_WARNINGS,
        ],
        "next_steps": [
            NEXT_CLAIM_VICTIM,
            NEXT_SUE_NOW,
            NEXT_PENDING,
            NEXT_CHECK_INTERRUPTION,
            *enforcement_steps("history"),
            NEXT_KEEP_PRODUCT,
            NEXT_KEEP_FOOD,
            item(
                T(
                    "保存进货凭证，通知{party.producer}（或者供货者）；赔偿后保留凭证，向造成缺陷的一方追偿。",
                    "Keep the purchase documents and notify the {party.producer} (or supplier); after "
                    "paying keep proof and recover from whoever caused the defect.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "调取生产记录和出厂检验报告，评估能否证明法定的免责事由；需要时申请产品质量鉴定。",
                    "Retrieve production records and factory inspection reports, and weigh whether a "
                    "statutory defence can be proved; ask for an expert opinion where needed.",
                ),
                ["producer"],
            ),
            item(
                T(
                    "在诉讼中申请追加{party.carrier}为第三人，或者赔偿后另行起诉追偿；保存运输合同、运单和交接记录。",
                    "Ask the court to join the {party.carrier} as a third party, or sue it for "
                    "recourse after paying; keep the carriage contract, waybills and handover "
                    "records.",
                ),
                ["seller", "producer"],
                ALL(ORIGIN_THIRD, NO_JUDGMENT),
            ),
        ],
        "evidence": [
            EVIDENCE_PRODUCT,
            EVIDENCE_FOOD,
            EVIDENCE_PURCHASE,
            EVIDENCE_HARM,
            EVIDENCE_EXPERT,
            EVIDENCE_SUPPLY,
            EVIDENCE_PRODUCTION,
            item(
                T(
                    "运输、仓储合同和运单，交付承运人时的验货记录，收货时的签收和异议记录（缺陷何时、因谁产生）",
                    "Carriage and storage contracts and waybills, the check on handover to the "
                    "carrier, the receipt and any complaint on delivery (when and through whom the "
                    "defect arose)",
                ),
                ["seller", "producer"],
                ORIGIN_THIRD,
            ),
        ],
    }


def unnamed_outcome() -> J:
    return {
        "id": "unnamed_outcome",
        "type": "outcome",
        "code": "PL-B",
        "title": T(
            "销售者不能指明生产者或者供货者：由销售者承担赔偿责任",
            "The seller can name neither producer nor supplier: the seller is liable",
        ),
        "summary": [
            variant(
                ["victim"],
                "{party.seller}既不能指明这件缺陷产品的生产者，也不能指明供货者，应当由{party.seller}承担赔偿责任："
                "{party.victim}可以要求{party.seller}赔偿全部损失。",
                "The {party.seller} can name neither the producer nor the supplier of the defective "
                "product, so it is liable itself: the {party.victim} may claim the whole loss from "
                "the {party.seller}.",
            ),
            variant(
                ["seller"],
                "你方既不能指明这件缺陷产品的生产者，也不能指明供货者，应当由你方承担赔偿责任，而且无从追偿。"
                "如果能找到进货凭证、供货人信息，尽快提供：能够指明的，你方仍须先赔偿，但可以向造成缺陷的一方追偿。",
                "You can name neither the producer nor the supplier of the defective product, so you "
                "are liable yourself, with no one to recover from. If purchase documents or the "
                "supplier's details can be found, produce them soon: you would still pay first, but "
                "could recover from whoever caused the defect.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "销售者不能指明生产者、供货者",
                    "the seller can name neither producer nor supplier",
                ),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "因缺陷受到的全部损失：人身损害赔偿和缺陷产品以外的其他财产损失",
                    "the whole loss from the defect: personal injury and damage to other property",
                ),
                "order": T("直接向销售者请求", "Claim directly from the seller"),
                "basis": [*BASIS_UNNAMED, *by_date(cite(CC, 1203, 1), None, cite(GPC, 122))],
            }
        ],
        "deadlines": [
            d
            for d in PRODUCT_DEADLINES
            if d["use"] not in ("limitation_producer", "limitation_producer_3y")
        ],
        "defences": [
            *limitation_defences(["seller"]),
            item(
                T(
                    "能够指明生产者或者供货者的（厂名厂址、进货单据、供货合同），不适用这一规则。",
                    "If the producer or supplier can be named (maker's name and address, purchase "
                    "documents, supply contract), this rule does not apply.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "受害人自己也有过错的，主张减轻责任。",
                    "If the injured person was also at fault, ask for a reduction.",
                ),
                ["seller"],
            ),
        ],
        "recourse": [
            item(
                T(
                    "日后查明生产者或者供货者的，销售者赔偿后可以向造成缺陷的一方追偿。",
                    "If the producer or supplier is later identified, a seller that paid may recover "
                    "from whoever caused the defect.",
                ),
            )
        ],
        "warnings": [WARN_VICTIM_FAULT, WARN_VICTIM_FAULT_OLD, *PRODUCT_WARNINGS],
        "next_steps": [
            NEXT_CLAIM_VICTIM,
            NEXT_SUE_NOW,
            NEXT_PENDING,
            NEXT_CHECK_INTERRUPTION,
            *enforcement_steps("history"),
            NEXT_KEEP_PRODUCT,
            NEXT_KEEP_FOOD,
            item(
                T(
                    "查找进货凭证、供货人的信息和付款记录。",
                    "Look for purchase documents, the supplier's details and payment records.",
                ),
                ["seller"],
            ),
        ],
        "evidence": [
            EVIDENCE_PRODUCT,
            EVIDENCE_FOOD,
            EVIDENCE_PURCHASE,
            EVIDENCE_HARM,
            EVIDENCE_SUPPLY,
        ],
    }


def quality_outcome() -> J:
    bought = ans("channel", "offline", "online", "livestream")
    return {
        "id": "quality_outcome",
        "type": "outcome",
        "code": "PL-Q",
        "title": T(
            "只有产品本身损坏：按买卖合同向销售者主张修理、更换、退货或者赔偿",
            "Only the product itself failed: a contract claim against the seller for repair, "
            "replacement, return or damages",
        ),
        "summary": [
            variant(
                ["victim"],
                "缺陷没有伤人，也没有损坏其他财产，只有产品本身坏了：买受人可以按买卖合同要求{party.seller}修理、更换、退货或者赔偿损失；"
                "{party.seller}赔偿后，属于生产者责任的，再向{party.producer}追偿。这不是不真正连带责任。",
                "The defect hurt no one and damaged no other property; only the product itself "
                "failed: the buyer may ask the {party.seller}, under the contract of sale, to "
                "repair, replace, take back or pay for it; the {party.seller} then recovers from "
                "the {party.producer} if it was the producer's fault. This is not non-genuine joint "
                "liability.",
                bought,
            ),
            variant(
                ["victim"],
                "缺陷没有伤人，也没有损坏其他财产，只有产品本身坏了，而受害人不是买受人：按买卖合同主张的，应当由购买者向{party.seller}要求修理、更换、退货或者赔偿损失。",
                "The defect hurt no one and damaged no other property; only the product failed, and "
                "the client did not buy it: a contract claim for repair, replacement, return or "
                "damages belongs to the buyer, against the {party.seller}.",
            ),
            variant(
                ["seller"],
                "只有产品本身坏了：买受人可以按买卖合同要求你方修理、更换、退货或者赔偿损失；属于生产者或者供货者责任的，你方处理后可以向其追偿。",
                "Only the product itself failed: the buyer may ask you, under the contract of sale, "
                "to repair, replace, take back or pay for it; if it was the producer's or supplier's "
                "fault, you may recover from them afterwards.",
            ),
            variant(
                ["producer"],
                "只有产品本身坏了：买受人一般按买卖合同向销售者主张；销售者修理、更换、退货或者赔偿后，属于生产者责任的，可以向你方追偿。"
                "买受人能否直接以产品缺陷为由要求你方赔偿产品本身的损失，有争议。",
                "Only the product itself failed: the buyer normally claims from the seller under "
                "the contract; a seller that repaired, replaced, took back or paid may recover from "
                "you if it was the producer's fault. Whether the buyer can claim the product's own "
                "loss directly from you for the defect is contested.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "买卖合同：修理、更换、退货或者赔偿损失",
                    "contract of sale: repair, replacement, return or damages",
                ),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T("买受人", "the buyer"),
                "scope": T(
                    "修理、更换、退货，或者赔偿产品本身的损失",
                    "repair, replacement, return, or the loss of the product itself",
                ),
                "order": T(
                    "向销售者请求；销售者承担后，属于生产者或者供货者责任的，向其追偿",
                    "Claim from the seller; it recovers from the producer or supplier if at fault",
                ),
                "basis": [
                    C(PQL, 40, 1),
                    C(PQL, 40, 2),
                    C(CPL_LAW, 24, 1, when=on_after("delivery_date", "2014-03-15")),
                    C(
                        CC,
                        617,
                        when=ANY(on_after("delivery_date", "2021-01-01"), unknown("delivery_date")),
                    ),
                    C(
                        CC,
                        582,
                        when=ANY(on_after("delivery_date", "2021-01-01"), unknown("delivery_date")),
                    ),
                ],
            }
        ],
        "deadlines": [
            {"use": n}
            for n in (
                "limitation_quality",
                "limitation_quality_2y",
                "enforcement_history",
                "appeal_history",
            )
        ],
        "defences": [
            item(
                T(
                    "核对产品是否确有质量问题、是否超过质量保证期或者三包期、是否因使用不当损坏。",
                    "Check whether the product really has a quality problem, whether the warranty "
                    "period has run out, and whether misuse broke it.",
                ),
                CLAIMED,
            ),
            *claimed_limitation_basics(["seller"], JUDGMENT),
        ],
        "recourse": [
            item(
                T(
                    "销售者修理、更换、退货或者赔偿后，属于生产者或者向其供货的其他销售者的责任的，销售者有权向其追偿。",
                    "A seller that repaired, replaced, took back or paid may recover from the "
                    "producer or the supplier responsible.",
                ),
            )
        ],
        "warnings": [
            warning(
                "contested",
                T(
                    "产品缺陷只造成产品本身损坏、没有造成其他损害的，买受人能否依产品责任直接请求生产者赔偿产品本身的损失，有争议；"
                    "缺陷同时造成其他财产损害的，产品本身的损失可以一并请求。稳妥的做法是按买卖合同向销售者主张。",
                    "Where the defect damaged only the product itself, whether the buyer may claim "
                    "that loss directly from the producer in product liability is contested; where "
                    "it also damaged other property, the product's own loss may be claimed with it. "
                    "The safe route is a contract claim against the seller.",
                ),
                "any",
                None,
                [C(TORT1, 19)],
            ),
            warning(
                "caution",
                T(
                    "买卖发生在2021年以前的，适用当时的合同法关于质量不符合约定的违约责任规定，内容与此相同（请律师核对当时的原文）。",
                    "For a sale before 2021, the Contract Law then in force governed a breach of "
                    "quality terms, with the same content (the lawyer should check the text then "
                    "in force).",
                ),
                "any",
                before("delivery_date", "2021-01-01"),
            ),
            warning(
                "caution",
                T(
                    "期限一栏是按买卖合同主张的诉讼时效。此外，买受人须在约定的检验期间内，没有约定的在发现或者应当发现质量问题后的合理期间内，"
                    "通知{party.seller}质量不符合约定；质量保证期、三包期另有规定的，按其处理。",
                    "The deadlines give the limitation of the contract claim. Besides, the buyer "
                    "must tell the {party.seller} of the defect within the agreed inspection period, "
                    "or else within a reasonable time of finding it; warranty and repair periods "
                    "apply as well.",
                ),
                ["victim", "seller"],
                NO_JUDGMENT,
                [
                    C(
                        CC,
                        621,
                        when=ANY(on_after("delivery_date", "2021-01-01"), unknown("delivery_date")),
                    )
                ],
            ),
            warning(
                "caution",
                T(
                    "受害人在2017年10月1日以前知道质量问题的，期限一栏按当时民法通则的二年计算；但出售质量不合格的商品未声明的，"
                    "当时的诉讼时效为一年，按一年计算的日期更早。",
                    "Where the defect was known before 1 October 2017, the deadlines count the two "
                    "years of the General Principles then in force; but for goods of substandard "
                    "quality sold without saying so, limitation was then one year, which ends "
                    "earlier.",
                ),
                "any",
                OLD_KNEW,
                [C(GPC, 135), C(GPC, 136, 1, 2)],
            ),
            WARN_TIME_EFFECT,
            WARN_DAMAGE_DATE_UNKNOWN,
            WARN_ONLINE,
            WARN_FOOD_FIRST,
            WARN_FOOD_OLD,
            WARN_FOOD_UNKNOWN,
            WARN_ADVERT_OLD,
            WARN_ADVERT_UNKNOWN,
            WARN_ENFORCEMENT,
        ],
        "next_steps": [
            item(
                T(
                    "凭购物凭证要求{party.seller}修理、更换或者退货；拒绝的，可以向市场监督管理部门投诉、申请调解或者起诉。",
                    "With the receipt, ask the {party.seller} to repair, replace or take back the "
                    "product; if it refuses, complain to the market regulator, seek mediation or sue.",
                ),
                ["victim"],
                ALL(bought, NO_JUDGMENT, NOT(SUED)),
            ),
            item(
                T(
                    "请购买者凭购物凭证向{party.seller}主张。",
                    "Have the buyer claim from the {party.seller} with the receipt.",
                ),
                ["victim"],
                ALL(NOT(bought), NO_JUDGMENT),
            ),
            NEXT_PENDING,
            *enforcement_steps("history"),
            NEXT_KEEP_PRODUCT,
            NEXT_KEEP_FOOD,
            item(
                T(
                    "核实质量问题和三包责任；属于生产者或者供货者责任的，保存处理记录，向其追偿。",
                    "Check the quality problem and the warranty obligations; if the producer or "
                    "supplier is responsible, keep records and recover from it.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "核实产品质量问题的原因，保存出厂检验记录，准备应对销售者的追偿。",
                    "Establish the cause of the quality problem, keep factory inspection records, "
                    "and prepare for the seller's claim for recourse.",
                ),
                ["producer"],
            ),
        ],
        "evidence": [
            EVIDENCE_PRODUCT,
            EVIDENCE_FOOD,
            EVIDENCE_PURCHASE,
            EVIDENCE_EXPERT,
            EVIDENCE_SUPPLY,
        ],
    }


def long_stop_outcome() -> J:
    return {
        "id": "long_stop_outcome",
        "type": "outcome",
        "code": "PL-L",
        "title": T(
            "产品交付最初消费者已满十年：产品缺陷致损的赔偿请求权已经丧失",
            "Ten years since delivery to the first consumer: the claim for damage from the defect "
            "is lost",
        ),
        "summary": [
            variant(
                ["victim"],
                "这件产品交付最初消费者已满十年，又没有尚未超过的明示安全使用期：因产品缺陷造成损害要求赔偿的请求权已经丧失，"
                "{party.producer}和{party.seller}可以据此拒绝赔偿。这一期间不因催告、起诉而中断或者延长。",
                "Ten years have passed since the product reached its first consumer, with no stated "
                "safe-use period still running: the claim for damage from the defect is lost, and "
                "the {party.producer} and {party.seller} may refuse to pay on that ground. This "
                "period is not interrupted or extended by demands or suits.",
            ),
            variant(
                CLAIMED,
                "这件产品交付最初消费者已满十年，又没有尚未超过的明示安全使用期：{party.victim}因产品缺陷要求赔偿的请求权已经丧失，你方可以据此拒绝赔偿。",
                "Ten years have passed since the product reached its first consumer, with no stated "
                "safe-use period still running: the {party.victim}'s claim for damage from the "
                "defect is lost, and you may refuse to pay on that ground.",
            ),
        ],
        "findings": [
            {
                "label": "不承担责任",
                "sublabel": T("赔偿请求权已因十年期满而丧失", "the claim is lost after ten years"),
                "liable": T(
                    "{party.producer}和{party.seller}",
                    "the {party.producer} and the {party.seller}",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "不再就这件产品的缺陷造成的损害承担赔偿责任",
                    "no more liability for damage from this product's defect",
                ),
                "order": T("—", "—"),
                "basis": [C(PQL, 45, 2)],
            }
        ],
        "remaining_liability": T(
            "因产品缺陷要求赔偿的请求权已经丧失，没有人再依产品责任承担；有人承诺了更长的质量保证、或者损害另有原因（如他人的过错）的，另行核实。",
            "The claim for damage from the defect is lost; no one answers in product liability. "
            "If someone promised a longer warranty, or the damage has another cause (someone's "
            "fault), check that separately.",
        ),
        "deadlines": [{"use": "long_stop"}, {"use": "long_stop_open"}],
        "recourse": [
            item(
                T(
                    "请求权已经丧失，没有赔偿，也就没有追偿。",
                    "The claim is lost: with no compensation there is no recourse.",
                )
            )
        ],
        "defences": [
            item(
                T(
                    "以产品交付最初消费者已满十年、没有尚未超过的明示安全使用期为由，主张请求权已经丧失。",
                    "Plead that ten years have passed since delivery to the first consumer, with no "
                    "stated safe-use period still running.",
                ),
                CLAIMED,
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "请核实交付日期：以产品第一次交付给消费者之日为准，二手产品也从最初交付之日起算。",
                    "Verify the date: it is the day the product was first delivered to a consumer; "
                    "for second-hand goods too the first delivery counts.",
                ),
            ),
            WARN_DAMAGE_DATE_UNKNOWN,
        ],
        "next_steps": [
            item(
                T(
                    "核实购买日期和产品上是否标明了更长的安全使用期；核实损害是否另有原因（如安装、维修者的过错）。",
                    "Check the purchase date and whether a longer safe-use period is stated; check "
                    "whether the damage has another cause (the fault of an installer or repairer).",
                ),
                ["victim"],
            ),
            item(
                T(
                    "保存证明产品出厂和最初销售日期的材料。",
                    "Keep what proves when the product left the factory and was first sold.",
                ),
                CLAIMED,
            ),
        ],
        "evidence": [EVIDENCE_PURCHASE, EVIDENCE_PRODUCT],
    }


def not_product_outcome() -> J:
    s_judgment = event("service_history", "judgment_effective")
    return {
        "id": "not_product_outcome",
        "type": "outcome",
        "code": "PL-S",
        "title": T(
            "服务不是产品：不适用产品责任，由提供服务的经营者按服务合同或者过错承担",
            "A service is not a product: product liability does not apply; the provider answers "
            "under the service contract or for fault",
        ),
        "summary": [
            variant(
                ["victim"],
                "损害来自服务，服务不是产品：不适用产品责任，不存在生产者和销售者的不真正连带责任。消费者在接受服务时受到损害的，"
                "可以向提供服务的经营者要求赔偿；经营者有过错的，承担侵权责任，违反服务合同的，承担违约责任。",
                "The damage came from a service, and a service is not a product: product liability, "
                "and the non-genuine joint liability of producer and seller, do not apply. A consumer "
                "harmed while receiving a service may claim from the business that provided it, in "
                "tort if it was at fault, or for breach of the service contract.",
            ),
            variant(
                ["seller"],
                "你方提供的是服务，不是产品：不适用产品责任。对方须按服务合同或者侵权的规则证明你方违约或者有过错；"
                "你方在服务中使用的产品（材料、设备）有缺陷的，可以另行向其生产者、销售者主张。",
                "What you provided is a service, not a product: product liability does not apply. "
                "The other side must prove a breach of contract or fault under the ordinary rules; "
                "if a product (material, equipment) you used was defective, you may claim against "
                "its producer or seller.",
            ),
            variant(
                ["producer"],
                "造成损害的是服务，不是你方生产的产品：不适用产品责任。只有损害确实来自你方产品（如服务中使用的材料、设备）的缺陷时，"
                "才按产品责任处理，需要重新评估。",
                "The damage came from a service, not from your product: product liability does not "
                "apply. Only if your product (a material or equipment used in the service) was in "
                "fact defective and caused the damage does product liability apply; reassess then.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "服务：按服务合同或者过错承担，不是产品责任",
                    "a service: under the service contract or for fault, not product liability",
                ),
                "liable": T("{party.provider}", "the {party.provider}"),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "因服务受到的损失（违约或者有过错时）",
                    "the loss caused by the service (where in breach or at fault)",
                ),
                "order": T(
                    "向提供服务的经营者请求", "Claim from the business that provided the service"
                ),
                "basis": [
                    C(CPL_LAW, 40, 3),
                    *by_date(cite(CC, 1165, 1), cite(TORT, 6, 1), cite(GPC, 106, 2)),
                ],
            },
        ],
        "deadlines": SERVICE_DEADLINES,
        "defences": [
            item(
                T(
                    "对方须证明你方违约或者有过错，以及损害与服务之间的因果关系。",
                    "The other side must prove a breach or fault, and that the service caused the "
                    "damage.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "损害不是来自你方产品的缺陷的，不承担产品责任。",
                    "If the damage did not come from a defect of your product, you bear no product "
                    "liability.",
                ),
                ["producer"],
            ),
            *claimed_limitation_basics(["seller"], s_judgment),
        ],
        "recourse": [
            item(
                T(
                    "服务中使用的产品（材料、设备）有缺陷的，服务提供者赔偿后，可以向该产品的生产者、销售者追偿。",
                    "If a product used in the service (material, equipment) was defective, the "
                    "provider may recover from its producer or seller after paying.",
                ),
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "损害实际来自服务中使用的产品（如美容仪器、染发剂、维修换上的零件）的缺陷的，"
                    "该产品的生产者、销售者按产品责任承担：请把“造成损害的是什么”改为“产品”重新评估。",
                    "If the damage in fact came from a defect of a product used in the service (a "
                    "beauty device, a hair dye, a part fitted in a repair), its producer and seller "
                    "answer in product liability: reassess with 'a product' as the cause.",
                ),
            ),
            WARN_OLD_GENERAL_LIMITATION,
            warning(
                "caution",
                T(
                    "已经取得生效判决的，应当在申请执行期间内申请强制执行。",
                    "With an effective judgment, apply for enforcement within the period to apply.",
                ),
                "any",
                s_judgment,
            ),
            WARN_DAMAGE_DATE_UNKNOWN,
        ],
        "next_steps": [
            item(
                T(
                    "在诉讼时效届满前（见期限一栏），向提供服务的经营者书面要求赔偿或者起诉。",
                    "Before limitation ends (see the deadlines), claim in writing from, or sue, the "
                    "service provider.",
                ),
                ["victim"],
                ALL(NOT(s_judgment), NOT(event("service_history", "suit"))),
            ),
            *enforcement_steps("service_history"),
            item(
                T(
                    "保存服务合同或者收费凭证、服务过程的记录（预约、聊天记录、照片）和损害的证据。",
                    "Keep the service contract or receipts, records of the service (bookings, "
                    "messages, photographs) and proof of the damage.",
                ),
                ["victim"],
                NOT(s_judgment),
            ),
            item(
                T(
                    "保存服务记录和所用产品的来源凭证。",
                    "Keep service records and proof of where the products used came from.",
                ),
                ["seller"],
            ),
        ],
        "evidence": [
            item(
                T(
                    "服务合同、收费凭证、预约或者聊天记录",
                    "The service contract, receipts, bookings or messages",
                )
            ),
            EVIDENCE_HARM,
        ],
    }


def building_outcome() -> J:
    b_judgment = event("building_history", "judgment_effective")
    collapse_law = ANY(on_after("damage_date", "2010-07-01"), unknown("damage_date"))
    return {
        "id": "building_outcome",
        "type": "outcome",
        "code": "PL-W",
        "title": T(
            "房屋等建设工程本身不是产品：不适用产品责任，按购房合同、建设工程合同或者建筑物倒塌的规则承担",
            "A building as such is not a product: product liability does not apply; the purchase "
            "or construction contract, or the rule on collapsing buildings, does",
        ),
        "summary": [
            variant(
                ["victim"],
                "损害来自房屋等建设工程本身：建设工程不适用产品质量法和产品责任。房屋质量问题按购房合同或者建设工程合同向{party.builder}主张；"
                "建筑物、构筑物倒塌、塌陷造成损害的，由建设单位与施工单位承担连带责任，但能够证明不存在质量缺陷的除外。",
                "The damage came from a building or other construction works as such, which fall "
                "outside the Product Quality Law and product liability. Defects of a home are "
                "claimed from the {party.builder} under the purchase or construction contract; where "
                "a building or structure collapses, the developer and the builder are jointly liable "
                "unless they prove there was no quality defect.",
            ),
            variant(
                ["seller"],
                "损害来自房屋等建设工程本身，不是产品：不适用产品责任。对方须按购房合同、建设工程合同或者侵权的规则主张；"
                "建筑物、构筑物倒塌、塌陷造成损害的，建设单位与施工单位承担连带责任，能够证明不存在质量缺陷的除外。",
                "The damage came from a building as such, not a product: product liability does not "
                "apply. The other side must claim under the purchase or construction contract or in "
                "tort; where a building or structure collapses, the developer and the builder are "
                "jointly liable unless they prove there was no quality defect.",
            ),
            variant(
                ["producer"],
                "损害来自房屋等建设工程本身，不是你方生产的产品：不适用产品责任。只有损害确实来自你方提供的建筑材料、构配件或者设备的缺陷时，"
                "才按产品责任处理，需要重新评估。",
                "The damage came from a building as such, not from your product: product liability "
                "does not apply. Only if a building material, component or equipment you supplied "
                "was in fact defective and caused the damage does product liability apply; reassess "
                "then.",
            ),
        ],
        "findings": [
            {
                "label": "不承担责任",
                "sublabel": T(
                    "建设工程不适用产品责任", "construction works are outside product liability"
                ),
                "liable": T(
                    "生产者、销售者（产品责任的规则）",
                    "producers and sellers (the product liability rules)",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T(
                    "房屋等建设工程本身的质量问题不按产品责任追究",
                    "defects of the building or works as such are not pursued in product liability",
                ),
                "order": T("—", "—"),
                "basis": [C(PQL, 2, 3)],
            },
            {
                "label": "连带责任",
                "sublabel": T(
                    "若建筑物、构筑物倒塌或者塌陷造成损害",
                    "if a building or structure collapsed and caused the damage",
                ),
                "liable": T(
                    "{party.builder}中的建设单位与施工单位",
                    "the developer and the builder among the {party.builder}",
                ),
                "to_whom": T("{party.victim}", "the {party.victim}"),
                "scope": T("倒塌、塌陷造成的损害", "the damage from the collapse"),
                "order": T(
                    "无先后顺序；建设单位与施工单位能够证明不存在质量缺陷的除外",
                    "No order; unless the developer and builder prove there was no quality defect",
                ),
                "basis": by_date(cite(CC, 1252, 1), cite(TORT, 86, 1), None),
                "when": collapse_law,
            },
        ],
        "remaining_liability": T(
            "房屋质量问题由{party.builder}按购房合同或者建设工程合同承担；倒塌、塌陷的，由建设单位与施工单位承担连带责任。",
            "The {party.builder} answers for defects of the home under the purchase or "
            "construction contract; for a collapse, the developer and the builder are jointly "
            "liable.",
        ),
        "deadlines": BUILDING_DEADLINES,
        "defences": [
            item(
                T(
                    "建筑物倒塌、塌陷的，能够证明不存在质量缺陷的，不承担连带责任；其他质量问题，对方须按合同证明违约。",
                    "For a collapse, proof that there was no quality defect defeats the joint "
                    "liability; for other defects, the other side must prove a breach of contract.",
                ),
                ["seller"],
            ),
            item(
                T(
                    "损害不是来自你方提供的材料、构配件或者设备的缺陷的，不承担产品责任。",
                    "If the damage did not come from a defect of a material, component or equipment "
                    "you supplied, you bear no product liability.",
                ),
                ["producer"],
            ),
            *claimed_limitation_basics(["seller"], b_judgment),
        ],
        "recourse": [
            item(
                T(
                    "建设单位、施工单位赔偿后，有其他责任人的（如勘察、设计、监理单位，或者提供有缺陷材料的生产者），有权向其追偿。",
                    "A developer or builder that paid may recover from others responsible (surveyor, "
                    "designer, supervisor, or the producer of a defective material).",
                ),
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "损害实际来自房屋中使用的建筑材料、构配件或者设备（如燃气设备、电器、门窗五金）的缺陷的，"
                    "其生产者、销售者按产品责任承担：请把“造成损害的是什么”改为“产品”重新评估。",
                    "If the damage in fact came from a defective building material, component or "
                    "equipment in the house (a gas fitting, an appliance, window hardware), its "
                    "producer and seller answer in product liability: reassess with 'a product' as "
                    "the cause.",
                ),
            ),
            warning(
                "caution",
                T(
                    "房屋在保修期内出现质量问题的，可以先要求{party.builder}保修；购房合同对质量、保修另有约定的，按约定处理。",
                    "Defects within the warranty period can first be put to the {party.builder} for "
                    "repair; the purchase contract's terms on quality and warranty apply as well.",
                ),
                ["victim"],
            ),
            WARN_OLD_GENERAL_LIMITATION,
            WARN_DAMAGE_DATE_UNKNOWN,
        ],
        "next_steps": [
            item(
                T(
                    "在诉讼时效届满前（见期限一栏），向{party.builder}书面要求修复、赔偿或者起诉；倒塌、塌陷造成损害的，可以要求建设单位和施工单位承担连带责任。",
                    "Before limitation ends (see the deadlines), demand repair or damages in writing "
                    "from, or sue, the {party.builder}; for a collapse, claim from the developer and "
                    "the builder jointly.",
                ),
                ["victim"],
                ALL(NOT(b_judgment), NOT(event("building_history", "suit"))),
            ),
            *enforcement_steps("building_history"),
            item(
                T(
                    "保存现场照片、视频和受损物品，申请房屋质量鉴定；需要时请物业或者住建部门到场记录。",
                    "Keep photographs, video and the damaged things; ask for an expert opinion on the "
                    "building's quality, and have the property manager or the housing authority "
                    "record the scene where needed.",
                ),
                ["victim"],
                NOT(b_judgment),
            ),
            item(
                T(
                    "调取施工、验收和保修记录，核实质量缺陷的成因以及勘察、设计、监理和材料供应方的责任。",
                    "Retrieve construction, acceptance and warranty records, and establish the cause "
                    "of the defect and the responsibility of surveyor, designer, supervisor and "
                    "suppliers.",
                ),
                ["seller"],
            ),
        ],
        "evidence": [
            item(
                T(
                    "购房合同、房屋交付和保修文件（质量保证书、住宅使用说明书）",
                    "The purchase contract, handover and warranty documents",
                )
            ),
            item(
                T(
                    "现场照片、视频，房屋质量鉴定意见",
                    "Photographs and video of the scene; an expert opinion on the building's quality",
                )
            ),
            EVIDENCE_HARM,
        ],
    }


def recourse_outcome() -> J:
    q = "payer_date"
    seller_paid, producer_paid = ans("payer_role", "seller"), ans("payer_role", "producer")
    by_producer, by_seller = ans("payer_origin", "producer"), ans("payer_origin", "seller")
    by_third = ans("payer_origin", "third")
    own_fault = ANY(ALL(seller_paid, by_seller), ALL(producer_paid, by_producer))
    food = ans("payer_kind", "food")
    p_judgment = event("payer_history", "judgment_effective")
    return {
        "id": "recourse_outcome",
        "type": "outcome",
        "code": "PL-R",
        "title": T(
            "赔偿后的追偿：最终由造成缺陷的一方承担",
            "Recourse after paying: whoever caused the defect bears it in the end",
        ),
        "summary": [
            variant(
                ["payer"],
                "你方（销售者）赔偿了{party.victim}，而缺陷是生产者造成的：可以向{party.producer}追偿已经赔偿的{amount.paid_amount}。",
                "You (the seller) compensated the {party.victim}, and the producer caused the "
                "defect: you may recover the {amount.paid_amount} paid from the {party.producer}.",
                ALL(seller_paid, by_producer),
            ),
            variant(
                ["payer"],
                "你方（生产者）赔偿了{party.victim}，而缺陷是销售者的过错造成的：可以向{party.seller}追偿已经赔偿的{amount.paid_amount}。",
                "You (the producer) compensated the {party.victim}, and the seller's fault caused "
                "the defect: you may recover the {amount.paid_amount} paid from the {party.seller}.",
                ALL(producer_paid, by_seller),
            ),
            variant(
                ["payer"],
                "你方赔偿了{party.victim}，而缺陷是运输者、仓储者等第三人的过错造成的：可以向{party.carrier}追偿已经赔偿的{amount.paid_amount}。",
                "You compensated the {party.victim}, and a carrier, warehouse or other third party "
                "caused the defect: you may recover the {amount.paid_amount} paid from the "
                "{party.carrier}.",
                by_third,
            ),
            variant(
                ["payer"],
                "缺陷是你方自己造成的：你方赔偿的{amount.paid_amount}最终由你方承担，不能向对方追偿。",
                "You caused the defect yourselves: the {amount.paid_amount} you paid is yours to "
                "bear, with no recourse against the other side.",
                own_fault,
            ),
            variant(
                ["payer"],
                "缺陷由谁造成尚待查明：由对方（或者运输者、仓储者等第三人）造成的，可以追偿已经赔偿的{amount.paid_amount}；由你方自己造成的，不能追偿。",
                "Who caused the defect is still to establish: if the other side (or a carrier, "
                "warehouse or other third party), you may recover the {amount.paid_amount} paid; if "
                "you, there is no recourse.",
            ),
        ],
        "findings": [
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷由生产者造成", "final burden: the producer caused the defect"
                ),
                "liable": T("{party.producer}", "the {party.producer}"),
                "to_whom": T("已经赔偿的{party.seller}", "the {party.seller}, which paid"),
                "scope": T("已赔偿的{amount.paid_amount}", "the {amount.paid_amount} paid"),
                "order": T("销售者赔偿后追偿", "Recovered by the seller after paying"),
                "basis": [
                    *by_date(cite(CC, 1203, 2), cite(TORT, 43, 2), None, q),
                    C(PQL, 43),
                    C(FOOD, 148, 1, when=food),
                ],
                "when": ALL(seller_paid, by_producer),
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷因销售者的过错造成",
                    "final burden: the seller's fault caused the defect",
                ),
                "liable": T("{party.seller}", "the {party.seller}"),
                "to_whom": T("已经赔偿的{party.producer}", "the {party.producer}, which paid"),
                "scope": T("已赔偿的{amount.paid_amount}", "the {amount.paid_amount} paid"),
                "order": T("生产者赔偿后追偿", "Recovered by the producer after paying"),
                "basis": [
                    *by_date(cite(CC, 1203, 2), cite(TORT, 43, 3), None, q),
                    C(PQL, 43),
                    C(FOOD, 148, 1, when=food),
                ],
                "when": ALL(producer_paid, by_seller),
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "最终责任：缺陷因运输者、仓储者等第三人的过错造成",
                    "final burden: a carrier, warehouse or other third party caused the defect",
                ),
                "liable": T("{party.carrier}", "the {party.carrier}"),
                "to_whom": T("已经赔偿的生产者或者销售者", "the producer or seller that paid"),
                "scope": T("已赔偿的{amount.paid_amount}", "the {amount.paid_amount} paid"),
                "order": T("赔偿后追偿", "Recovered after paying"),
                "basis": by_date(cite(CC, 1204), cite(TORT, 44), cite(GPC, 122), q),
                "when": by_third,
            },
            {
                "label": "不承担责任",
                "sublabel": T("缺陷由已经赔偿的一方自己造成", "the payer caused the defect itself"),
                "liable": T(
                    "生产者或者销售者中没有造成缺陷的一方",
                    "whichever of producer and seller did not cause the defect",
                ),
                "to_whom": T("已经赔偿的一方", "the party that paid"),
                "scope": T("不承担追偿", "no liability to reimburse"),
                "order": T("—", "—"),
                "basis": [*by_date(cite(CC, 1203, 2), cite(TORT, 43, 2), None, q), C(PQL, 43)],
                "when": own_fault,
            },
            {
                "label": "赔偿责任",
                "sublabel": T(
                    "若缺陷由对方或者第三人造成",
                    "if the other side or a third party caused the defect",
                ),
                "liable": T(
                    "造成缺陷的一方（生产者、销售者或者运输者、仓储者等第三人）",
                    "whoever caused the defect (producer, seller, or a carrier, warehouse or other "
                    "third party)",
                ),
                "to_whom": T("已经赔偿的一方", "the party that paid"),
                "scope": T("已赔偿的{amount.paid_amount}", "the {amount.paid_amount} paid"),
                "order": T("赔偿后追偿", "Recovered after paying"),
                "basis": [
                    *by_date(cite(CC, 1203, 2), cite(TORT, 43, 2), None, q),
                    *by_date(cite(CC, 1204), cite(TORT, 44), cite(GPC, 122), q),
                    C(PQL, 43),
                ],
                "when": unknown("payer_origin"),
            },
        ],
        "deadlines": PAYER_DEADLINES,
        "recourse": [
            item(
                T(
                    "追偿以实际赔偿的数额为限；赔偿超出受害人依法应得范围的部分，对方可以拒绝偿还。",
                    "Recourse is limited to what was actually paid; the other side may refuse what "
                    "exceeded the injured person's lawful entitlement.",
                ),
                ["payer"],
            )
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "追偿须证明缺陷由对方造成；赔偿前最好通知对方参加诉讼或者协商，以免对方对赔偿数额提出异议。",
                    "Recourse requires proof that the other side caused the defect; before paying, "
                    "bring the other side into the suit or talks, so it cannot dispute the amount.",
                ),
                "any",
                NOT(own_fault),
            ),
            warning(
                "caution",
                T(
                    "合同对质量责任另有约定的（如供货合同的质量保证、赔偿条款），按约定处理。",
                    "A contract term on quality liability (a warranty or indemnity in the supply "
                    "contract) governs between the parties.",
                ),
                "any",
                None,
                [C(PQL, 40, 4)],
            ),
            warning(
                "missing_fact",
                T(
                    "缺陷由谁造成尚待查明：请取得质量鉴定意见，或者查阅判决书对缺陷原因的认定。",
                    "Who caused the defect is still to establish: obtain an expert quality opinion, "
                    "or see what the judgment found.",
                ),
                "any",
                unknown("payer_origin"),
            ),
        ],
        "next_steps": [
            item(
                T(
                    "在追偿的诉讼时效届满前（见期限一栏），向造成缺陷的一方书面要求偿还或者起诉。",
                    "Before the limitation of recourse ends (see the deadlines), claim in writing "
                    "from, or sue, whoever caused the defect.",
                ),
                ["payer"],
                ALL(NOT(own_fault), NOT(p_judgment)),
            ),
            *enforcement_steps("payer_history"),
            item(
                T(
                    "检查供货合同、采购合同中的质量条款，看能否依约向上游主张。",
                    "Check the quality terms of the supply or purchase contract for a contractual "
                    "claim upstream.",
                ),
                ["payer"],
                own_fault,
            ),
        ],
        "evidence": [
            item(
                T(
                    "赔偿协议、调解书或者判决书，以及付款凭证",
                    "The settlement, mediation agreement or judgment, and proof of payment",
                )
            ),
            item(
                T(
                    "证明缺陷原因的质量鉴定意见或者检验报告",
                    "An expert opinion or inspection report on the cause of the defect",
                )
            ),
            item(T("供货合同、进货单据", "Supply contracts and purchase documents")),
        ],
    }


NOTES = [
    T(
        "法律依据（legal-coverage.md §5.4）：民法典1202–1207（损害出现在2021年以后，民法典时间效力规定24）；侵权责任法41–47（2010-07-01至2020-12-31）；"
        "民法通则122（此前）；产品质量法40–46（2018年修正文本，相关条文自2000年起内容未变）；消费者权益保护法40、44、45、55（2013年修正，2014-03-15起）；"
        "食品安全法148（语料为2025年修正文本，损害早于2025-12-01的以警示提示核对当时文本；2015-10-01以前没有三倍、一千元的规则）。",
        "Basis (legal-coverage.md §5.4): Civil Code 1202–1207 (damage appearing from 2021, Civil "
        "Code time-effect provisions art. 24); Tort Liability Law 41–47 (2010-07-01 to 2020-12-31); "
        "General Principles 122 before; Product Quality Law 40–46 (2018 text; these articles "
        "unchanged since 2000); Consumer Protection Law 40, 44, 45, 55 (2013 text, from "
        "2014-03-15); Food Safety Law 148 (the corpus has the 2025 text; a warning asks to check "
        "the text in force for damage before 2025-12-01; before 2015-10-01 there was no "
        "three-times / 1,000-yuan rule).",
    ),
    T(
        "标签：生产者与销售者对受害人为不真正连带责任（§0.1）；最终责任和追偿用“赔偿责任”（副标签“最终责任”）；惩罚性赔偿、食品安全法赔偿金、广告经营者（45(1)）用“赔偿责任”；"
        "虚假广告关系生命健康的45(2)(3)为“连带责任”。",
        "Labels: producer and seller are 不真正连带责任 towards the victim (§0.1); the final burden "
        "and recourse are 赔偿责任 (sublabel 'final burden'); punitive damages, the Food Safety Law "
        "sum and the advertiser under 45(1) are 赔偿责任; false advertising of goods bearing on life "
        "and health (45(2)(3)) is 连带责任.",
    ),
    T(
        "诉讼时效（§6第4点）：对销售者和生产者分别计算（不真正连带，中断是否及于另一方有争议）；2017-10-01以后知道损害的，"
        "二年（产品质量法45(1)）和三年（民法典/民法总则188，有争议）两行都算，二年已满三年未满时提示立即起诉、主张三年；"
        "被起诉一方看到有争议的抗辩和一审提出（民法典193，诉讼时效规定3）。2017-10-01以前知道损害的只算二年，"
        "民法通则136(1)一年作为有争议的警示。十年最长期间（45(2)）：诉讼时效仍在进行时与其并列（最早的一行领先），"
        "已经起诉或者诉讼时效都已届满时用long_stop_for，不再领先；满十年且没有尚未超过的安全使用期：未起诉的直接PL-L，"
        "正在诉讼的询问第一次起诉之日并比较，已有判决的提示判决不受影响。被要求赔偿的一方只看到针对自己的诉讼时效。"
        "同一方有几个名称、事件只针对其中一个的，按名称分行计算：只有虚假广告连带（消保法45(3)）的广告经营者、发布者、推荐者"
        "之间为joint；销售者、生产者、开发商和施工单位各自计算（不真正连带，或者合同之债，有疑问时取早）。",
        "Limitation (§6 point 4): counted separately against seller and producer (whether "
        "interruption reaches the other is contested); for damage known from 2017-10-01 both the "
        "two years (Product Quality Law 45(1)) and the three (Civil Code / General Provisions 188, "
        "contested) are computed; with two passed and three running the injured person is told "
        "to sue at once and argue three; a party claimed against is told the plea may fail and "
        "must be raised at first instance (Civil Code 193, limitation provisions 3). Known before "
        "2017-10-01: two years only, the one year of General Principles 136(1) a contested "
        "warning. The ten-year long-stop (45(2)) stands beside a running limitation (the earliest "
        "row leads); once sued on, or with every limitation run out, it carries long_stop_for and "
        "never leads. Ten years passed with no safe-use period: no suit → PL-L; a suit pending → "
        "the day of the first suit is asked and compared; a judgment → it stands. A party claimed "
        "against sees only the limitation against itself. Where a party holds several names and "
        "an event concerns one of them, rows are per name: only the advertiser, publisher and "
        "recommender jointly liable for a false health claim (消保法45(3)) are 'joint'; sellers, "
        "producers, developers and builders are counted apart (不真正连带 or contract debts; "
        "in doubt, the earlier date).",
    ),
    T(
        "服务不是产品：服务走PL-S，房屋等建设工程本身走PL-W（产品质量法2(3)，倒塌塌陷民法典1252(1)），都不引用1203；"
        "服务中使用的产品或者房屋中的材料设备有缺陷的，提示改选“产品”重新评估。"
        "网上购买：不在本树中评估平台责任，以平实的话提示另行使用网络平台责任的评估（消保法44、电子商务法38、网络消费规定一）。",
        "A service is not a product: services go to PL-S, buildings and other works as such to "
        "PL-W (Product Quality Law 2(3); a collapse under Civil Code 1252(1)), neither citing "
        "1203; where a product used in the service, or a material in the building, was defective, "
        "the worker is told to reassess with 'a product'. Online purchases: platform liability is not assessed here; plain words "
        "point to the assessment of online platforms (Consumer Protection Law 44, E-Commerce Law 38, "
        "online consumption provisions (I)).",
    ),
    T(
        "只有产品本身损坏（PL-Q）：按买卖合同向销售者主张（产品质量法40、民法典617/582、消保法24）；侵权责任编解释一19只在缺陷同时造成其他财产损害时把产品本身的损失纳入产品责任，"
        "仅产品本身损坏能否直接请求生产者，有争议，作为警示。2021年以前的买卖，合同法（不在语料中）以警示提示。",
        "Only the product failed (PL-Q): a contract claim against the seller (Product Quality Law "
        "40, Civil Code 617/582, Consumer Protection Law 24); art. 19 of the tort interpretation (I) "
        "brings the product's own loss into product liability where other property was also "
        "damaged; whether the product's own loss alone can be claimed from the producer is "
        "contested: a warning. Sales before 2021: the Contract Law (not in the corpus) in a warning.",
    ),
    T(
        "食品安全法148(2)惩罚性赔偿不以人身损害为条件的审判实践（食品安全民事纠纷解释（一）第10条）不在语料中，以[unverified]警示提及。"
        "没有“取较大值”的金额运算，价款十倍和损失三倍两个数额都列出，由消费者选择；一千元的下限写在文字中。",
        "That the Food Safety Law 148(2) sum does not require personal injury (SPC food safety "
        "interpretation (I) art. 10) is not in the corpus: an [unverified] warning. The amounts have "
        "no 'maximum' operation, so ten times the price and three times the loss are both shown for "
        "the consumer to choose; the 1,000-yuan floor is in the text.",
    ),
    T(
        "首条路径（自检）只用选择和日期问题：受害人、产品、实体店、人身伤害或者其他财产损失 → PL-A。",
        "The first path (self-test) uses only choice and date questions: victim, a product, bought "
        "in a shop, injury or other property → PL-A.",
    ),
]

GLOSSARY = [
    {
        "id": "product",
        "term": T("产品", "product"),
        "definition": T(
            "经过加工、制作，用于销售的产品。建设工程本身不是产品，但建设工程使用的建筑材料、构配件和设备是产品；服务不是产品。",
            "Goods processed or made for sale. Construction works as such are not products, but "
            "the building materials, components and equipment used in them are; services are not "
            "products.",
        ),
    },
    {
        "id": "defect",
        "term": T("缺陷", "defect"),
        "definition": T(
            "产品存在危及人身、他人财产安全的不合理的危险；产品有保障人体健康和人身、财产安全的国家标准、行业标准的，是指不符合该标准。",
            "An unreasonable danger to people or other property; where national or industry "
            "safety standards exist, failing them.",
        ),
    },
]


def build() -> J:
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "product",
        "version": "2.1.1",
        "domain": "other",
        "title": T(
            "产品缺陷致损：生产者和销售者的责任",
            "Damage from defective products: producers' and sellers' liability",
        ),
        "report_title": T(
            "产品、食品、服务或者房屋致损的赔偿责任评估报告",
            "Assessment of liability for damage from products, food, services or buildings",
        ),
        "description": T(
            "产品缺陷造成他人损害的，受害人可以向生产者请求赔偿，也可以向销售者请求赔偿（不真正连带责任），最终由造成缺陷的一方承担；"
            "销售者不能指明生产者或者供货者的，由销售者承担；明知缺陷造成死亡或者健康严重损害的惩罚性赔偿；食品的价款十倍或者损失三倍；"
            "虚假广告的连带责任；诉讼时效（二年）和十年最长期间；服务不是产品。受害人、被要求赔偿的销售者或者生产者、赔偿后追偿的一方都可以使用。",
            "Where a defective product harms someone, the injured person may claim from the producer "
            "or from the seller (non-genuine joint liability), and whoever caused the defect bears "
            "it in the end; a seller that can name neither producer nor supplier is liable itself; "
            "punitive damages for a known defect causing death or serious harm; ten times the price "
            "or three times the loss for food; joint liability for false advertising; the two-year "
            "limitation and the ten-year long-stop; services are not products. For the injured "
            "person, the seller or producer asked to pay, and the one that paid and seeks recourse.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [
            CC,
            TORT,
            GPC,
            GP,
            PQL,
            CPL_LAW,
            FOOD,
            ECOM,
            ONLINE1,
            TORT1,
            TIME,
            CIVPRO,
            CIVPRO_I,
            LIM,
        ],
        "notes": NOTES,
        "sides": [
            {
                "id": "victim",
                "label": T(
                    "受害人（受到损害、要求赔偿的消费者、使用人或者旁人）",
                    "The injured person (consumer, user or bystander claiming for the damage)",
                ),
            },
            {
                "id": "seller",
                "label": T(
                    "被要求赔偿的销售者（或者服务提供者、开发商、施工单位）",
                    "The seller asked to pay (or the service provider, developer or builder)",
                ),
                "claimed_against": True,
            },
            {
                "id": "producer",
                "label": T("被要求赔偿的生产者", "The producer asked to pay"),
                "claimed_against": True,
            },
            {
                "id": "payer",
                "label": T(
                    "已经赔偿、要求追偿的生产者或者销售者",
                    "The producer or seller that paid and seeks recourse",
                ),
            },
        ],
        "parties": [
            {"id": "victim", "label": T("受害人", "injured person")},
            {"id": "seller", "label": T("销售者", "seller")},
            {"id": "producer", "label": T("生产者", "producer")},
            {
                "id": "carrier",
                "label": T("运输者、仓储者等第三人", "carrier, warehouse or other third party"),
            },
            {
                "id": "promoter",
                "label": T("广告经营者、发布者或者推荐者", "advertiser, publisher or recommender"),
                "many": True,
            },
            {"id": "provider", "label": T("服务提供者", "service provider")},
            {
                "id": "builder",
                "label": T(
                    "开发商（建设单位）或者施工单位", "developer (construction unit) or builder"
                ),
            },
        ],
        "amounts": [
            {
                "id": "double_loss",
                "label": T("损失的二倍", "twice the loss"),
                "fraction": ["loss", 2, 1],
            },
            {
                "id": "three_loss",
                "label": T("损失的三倍", "three times the loss"),
                "fraction": ["loss", 3, 1],
            },
            {
                "id": "ten_price",
                "label": T("价款的十倍", "ten times the price"),
                "fraction": ["price", 10, 1],
            },
        ],
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": [
            *questions(),
            product_outcome(),
            unnamed_outcome(),
            quality_outcome(),
            long_stop_outcome(),
            not_product_outcome(),
            building_outcome(),
            recourse_outcome(),
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    return write(build(), PATH, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
