"""Write resources/letters/compensation_demand.json (要求赔偿通知书) for the tort and agency
trees (joint_tort, product, agency).

The letter is data like every letter (docs/decisions/009-letters.md); this script only spares
its author copying the trees' own conditions by hand: a letter is not offered once the
limitation has surely run out, and in the joint_tort tree that is a family of named deadlines
(three years, or the old law's one or two, from the day the injured side knew, or from the end
of the police or criminal proceedings), each applying under its own ``when``. The conditions
below are those ``when``s, read from trees/<tree>.json, so the letter follows the tree.

    python scripts/build_compensation_letter.py [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.share_definitions import inline_conditions  # noqa: E402

OUT = ROOT / "resources" / "letters" / "compensation_demand.json"

NO_SUIT = {"not": {"event": "history", "kinds": ["suit", "judgment_effective"]}}


def _tree(tree_id: str) -> dict[str, Any]:
    """The tree's JSON with its shared conditions written out where they are used."""
    return inline_conditions(json.loads((ROOT / "trees" / f"{tree_id}.json").read_text("utf-8")))


def _family(prefix: str) -> list[str]:
    """joint_tort's limitation rows for one group of persons liable (the cautious date while
    a criminal case is pending, ``*_report``, is left out: it is not the end of the period)."""
    ends = ["", "_injury_1986", "_property_1986", "_env_1986"]
    return [prefix + e for e in ends] + [prefix + "_end" + e for e in ends]


def barred(tree: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Surely true when one of ``names`` applies on the path (its ``when``) and has passed."""
    specs = tree["definitions"]["deadlines"]
    rows = []
    for name in names:
        when = specs[name].get("when")
        passed = {"deadline": name, "passed": True}
        rows.append({"all": [when, passed]} if when else passed)
    return {"any": rows}


def alive(condition: dict[str, Any]) -> dict[str, Any]:
    """Not surely barred: running, or not computable (a date not known)."""
    return {"any": [{"not": condition}, {"undetermined": condition}]}


def limitation_rows(tree: dict[str, Any], node_id: str) -> list[str]:
    node = next(n for n in tree["nodes"] if n["id"] == node_id)
    specs = tree["definitions"]["deadlines"]
    return [
        d["use"]
        for d in node.get("deadlines", ())
        if "use" in d and specs[d["use"]]["kind"] == "limitation"
    ]


def t(zh: str, en: str | None = None) -> dict[str, str]:
    return {"zh": zh, "en": en} if en else {"zh": zh}


def offers() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    jt, pr, ag = _tree("joint_tort"), _tree("product"), _tree("agency")
    out: list[dict[str, Any]] = []
    refusals: list[dict[str, Any]] = []

    # --- joint_tort: the injured side's claim on the persons liable ---------------------------
    injured = [{"side": ["injured"]}, NO_SUIT]
    why_joint = t(
        "评估认定几个人对受害方承担连带责任：受害方可以请求其中一人、数人或者全体赔偿全部损失；书面请求到达时诉讼时效中断。",
        "The assessment found several persons jointly and severally liable: the injured side may "
        "claim the whole from one, some or all of them; the written claim interrupts limitation "
        "when it arrives.",
    )
    jt_offers = [
        ("jt_a", ["actors"], "lim", why_joint),
        ("jt_b", ["instigators", "actors"], "lim", why_joint),
        ("jt_d", ["actors"], "lim", why_joint),
        ("jt_f", ["actors"], "lim", why_joint),
        (
            "jt_e",
            ["actors"],
            "lim_one",
            t(
                "评估认定查明的具体侵权人承担赔偿责任：向他书面请求赔偿，并中断诉讼时效。",
                "The assessment found the identified tortfeasor liable: claim from him in "
                "writing, which interrupts limitation.",
            ),
        ),
        (
            "jt_m",
            ["actors"],
            "lim_mix",
            t(
                "评估认定行为人在共同造成的损害范围内承担连带责任：书面请求赔偿，并中断诉讼时效。",
                "The assessment found the actors jointly liable for the damage they caused "
                "together: claim in writing, which interrupts limitation.",
            ),
        ),
        (
            "jt_g",
            ["actors"],
            "lim_sev",
            t(
                "评估认定各行为人按份承担责任：向每个行为人书面请求其份额，并分别中断诉讼时效。",
                "The assessment found each actor liable for his own share: claim each share in "
                "writing, which interrupts limitation against each.",
            ),
        ),
    ]
    for node, to, prefix, why in jt_offers:
        rows = _family(prefix)
        out.append(
            {
                "tree": "joint_tort",
                "to": to,
                "deadlines": limitation_rows(jt, node),
                "findings": [next(n["code"] for n in jt["nodes"] if n["id"] == node)],
                "values": {"day": "act_date", "loss": "damage_amount"},
                "owed_to": ["被侵权人"],
                "when": {"all": [*injured, {"reached": node}, alive(barred(jt, rows))]},
                "why": why,
            }
        )
        refusals.append(
            {
                "tree": "joint_tort",
                "when": {"all": [*injured, {"reached": node}, barred(jt, rows)]},
                "text": t(
                    "本案不生成要求赔偿通知书：受害方请求赔偿的诉讼时效期间已经届满，书面请求不能使它重新计算；对方届满后同意赔偿（书面承诺、部分赔偿）的，不得再以时效抗辩（诉讼时效规定第19条）。",
                    "No claim for compensation is generated: the injured side's limitation has "
                    "run out, and a claim does not restart it; if the other side agrees to pay "
                    "afterwards (a written promise, a part payment), it cannot then plead "
                    "limitation (SPC limitation provisions art. 19).",
                ),
            }
        )
    # JT-C: the instigator or helper of a person without full capacity; the guardian only
    # where it failed its duty (民法典1169(2)).
    inst_rows = _family("lim_inst")
    for to, guardian in ((["instigators", "guardian"], True), (["instigators"], False)):
        duty = {"answer": "guardian_duty", "in": ["failed"]}
        out.append(
            {
                "tree": "joint_tort",
                "to": to,
                "deadlines": limitation_rows(jt, "jt_c"),
                "findings": ["JT-C"],
                "values": {"day": "act_date", "loss": "damage_amount"},
                "owed_to": ["被侵权人"],
                "when": {
                    "all": [
                        *injured,
                        {"reached": "jt_c"},
                        duty if guardian else {"not": duty},
                        alive(barred(jt, inst_rows)),
                    ]
                },
                "why": t(
                    "评估认定教唆人、帮助人承担侵权责任"
                    + ("，没有尽到监护职责的监护人承担相应的责任" if guardian else "")
                    + "：书面请求赔偿，并中断诉讼时效。",
                    "The assessment found the instigator or helper liable"
                    + (
                        ", and the guardian that failed its duty liable to that extent"
                        if guardian
                        else ""
                    )
                    + ": claim in writing, which interrupts limitation.",
                ),
            }
        )
    refusals.append(
        {
            "tree": "joint_tort",
            "when": {"all": [*injured, {"reached": "jt_c"}, barred(jt, inst_rows)]},
            "text": refusals[0]["text"],
        }
    )
    # The one who paid more than his share asks the others for theirs (民法典178(2)).
    payer_rows = ["recourse_limitation", "recourse_limitation_1986"]
    no_recourse_suit = {
        "not": {"event": "recourse_history", "kinds": ["suit", "judgment_effective"]}
    }
    for node, to, extra in (
        ("jt_r", ["actors", "instigators"], []),
        ("jt_r3", ["instigators"], [{"answer": "payer_role_limited", "in": ["guardian"]}]),
    ):
        out.append(
            {
                "tree": "joint_tort",
                "to": to,
                "deadlines": payer_rows,
                "findings": [next(n["code"] for n in jt["nodes"] if n["id"] == node)],
                "values": {"day": "act_date", "loss": "total_amount"},
                "owed_to": ["当事人"],
                "when": {
                    "all": [
                        {"side": ["payer"]},
                        {"reached": node},
                        *extra,
                        no_recourse_suit,
                        alive(barred(jt, payer_rows)),
                    ]
                },
                "why": t(
                    "当事人支付的赔偿超过了自己应当承担的份额：书面要求其他责任人偿还各自的份额，并中断追偿的诉讼时效。",
                    "The client paid more than his own share: ask the others in writing to pay "
                    "back their shares, which interrupts the limitation of the recourse claim.",
                ),
            }
        )
    refusals.append(
        {
            "tree": "joint_tort",
            "when": {
                "all": [
                    {"side": ["payer"]},
                    {"reached": "jt_r"},
                    no_recourse_suit,
                    barred(jt, payer_rows),
                ]
            },
            "text": t(
                "本案不生成要求分担赔偿的通知书：追偿请求的诉讼时效期间已经届满，书面请求不能使它重新计算。",
                "No request for contribution is generated: the limitation of the recourse claim "
                "has run out, and a request does not restart it.",
            ),
        }
    )
    refusals.append(
        {
            "tree": "joint_tort",
            "when": {"all": [{"side": ["payer"]}, {"reached": "jt_r0"}]},
            "text": t(
                "本案不生成要求分担赔偿的通知书：当事人支付的还没有超过自己应当承担的份额，暂时不能向其他责任人追偿（民法典第178条第2款）。",
                "No request for contribution is generated: the client has not yet paid more than "
                "his own share, so he cannot yet recover from the others (Civil Code art. 178(2)).",
            ),
        }
    )

    # --- product: the victim's claim on the producer and/or the seller ------------------------
    victim = [{"side": ["victim"]}, NO_SUIT]
    # The tree's own test (history_check → limitations_lapsed): against both the producer
    # and the seller, the two years of 产品质量法45 have passed and the Civil Code's three too
    # (or the facts are older than 2017-10-01). A path with no history does not pass there.
    check = next(n for n in pr["nodes"] if n["id"] == "history_check")
    lapsed = next(r["when"] for r in check["rules"] if r["next"] == "limitations_lapsed")
    product_rows = [*limitation_rows(pr, "product_outcome"), "long_stop_open"]
    why_product = t(
        "产品缺陷造成损害：受害人可以向生产者请求赔偿，也可以向销售者请求赔偿（不真正连带责任）；书面请求到达时诉讼时效中断。",
        "A defective product caused the harm: the injured person may claim from the producer or "
        "from the seller (each for the whole); the written claim interrupts limitation when it "
        "arrives.",
    )
    for node, to, extra, findings, why in (
        (
            "product_outcome",
            ["producer", "seller", "promoter"],
            [{"reached": "advert_finding"}],
            ["PL-A", "PL-G"],
            t(
                why_product["zh"]
                + "为虚假广告、推荐的广告经营者、发布者或者推荐者与销售者承担连带责任。",
                why_product["en"] + " The advertiser, publisher or endorser of the false "
                "advertising is jointly liable with the seller.",
            ),
        ),
        ("product_outcome", ["producer", "seller"], [], ["PL-A"], why_product),
        (
            "unnamed_outcome",
            ["seller"],
            [],
            ["PL-B", "PL-G"],
            t(
                "销售者不能指明缺陷产品的生产者或者供货者：由销售者承担赔偿责任；书面请求到达时诉讼时效中断。",
                "The seller cannot name the producer or supplier: the seller is liable; the "
                "written claim interrupts limitation when it arrives.",
            ),
        ),
    ):
        out.append(
            {
                "tree": "product",
                "to": to,
                "deadlines": product_rows,
                "findings": findings,
                "values": {"day": "damage_date", "loss": "loss"},
                "owed_to": ["受害人"],
                "when": {"all": [*victim, {"reached": node}, *extra, alive(lapsed)]},
                "why": why,
            }
        )
    refusals.append(
        {
            "tree": "product",
            "when": {
                "all": [
                    *victim,
                    {"any": [{"reached": "product_outcome"}, {"reached": "unnamed_outcome"}]},
                    lapsed,
                ]
            },
            "text": t(
                "本案不生成要求赔偿通知书：对生产者和销售者的诉讼时效期间都已经届满（产品质量法第45条的二年，按民法典计算的三年也已届满），书面请求不能使它重新计算。",
                "No claim for compensation is generated: limitation against both the producer "
                "and the seller has run out (the two years of Product Quality Law art. 45, and "
                "the three years of the Civil Code too), and a claim does not restart it.",
            ),
        }
    )
    building_rows = ["limitation_building", "limitation_building_2y"]
    out.append(
        {
            "tree": "product",
            "to": ["builder"],
            "deadlines": building_rows,
            "findings": ["PL-W"],
            "values": {"day": "damage_date", "loss": "loss"},
            "owed_to": ["受害人"],
            "when": {
                "all": [
                    {"side": ["victim"]},
                    {"reached": "building_outcome"},
                    {"not": {"event": "building_history", "kinds": ["suit", "judgment_effective"]}},
                    alive(barred(pr, building_rows)),
                ]
            },
            "why": t(
                "建筑物倒塌、塌陷造成损害：建设单位与施工单位承担连带责任；书面请求到达时诉讼时效中断。",
                "A building collapsed: the developer and the builder are jointly liable; the "
                "written claim interrupts limitation when it arrives.",
            ),
        }
    )
    refusals.append(
        {
            "tree": "product",
            "when": {
                "all": [
                    {"side": ["victim"]},
                    {"reached": "building_outcome"},
                    {"not": {"event": "building_history", "kinds": ["suit", "judgment_effective"]}},
                    barred(pr, building_rows),
                ]
            },
            "text": t(
                "本案不生成要求赔偿通知书：对建设单位、施工单位的诉讼时效期间已经届满，书面请求不能使它重新计算。",
                "No claim for compensation is generated: limitation against the developer and "
                "the builder has run out, and a claim does not restart it.",
            ),
        }
    )
    # The seller or producer that paid asks the one that caused the defect (民法典1203(2), 1204).
    recourse_rows = ["limitation_recourse", "limitation_recourse_2y"]
    no_payer_suit = {"not": {"event": "payer_history", "kinds": ["suit", "judgment_effective"]}}
    for to, cond in (
        (
            ["producer"],
            [
                {"answer": "payer_role", "in": ["seller"]},
                {"answer": "payer_origin", "in": ["producer"]},
            ],
        ),
        (
            ["seller"],
            [
                {"answer": "payer_role", "in": ["producer"]},
                {"answer": "payer_origin", "in": ["seller"]},
            ],
        ),
        (["carrier"], [{"answer": "payer_origin", "in": ["third"]}]),
    ):
        out.append(
            {
                "tree": "product",
                "to": to,
                "deadlines": recourse_rows,
                "findings": ["PL-R"],
                "values": {"day": "payer_date", "loss": "paid_amount"},
                "owed_to": ["已经赔偿"],
                "when": {
                    "all": [
                        {"side": ["payer"]},
                        {"reached": "recourse_outcome"},
                        *cond,
                        no_payer_suit,
                        alive(barred(pr, recourse_rows)),
                    ]
                },
                "why": t(
                    "当事人已经赔偿了受害人，缺陷由对方造成：书面要求对方偿还，并中断追偿的诉讼时效。",
                    "The client compensated the injured person and the other side caused the "
                    "defect: ask it in writing to pay back, which interrupts the limitation of "
                    "the recourse claim.",
                ),
            }
        )
    refusals.append(
        {
            "tree": "product",
            "when": {
                "all": [
                    {"side": ["payer"]},
                    {"reached": "recourse_outcome"},
                    no_payer_suit,
                    barred(pr, recourse_rows),
                ]
            },
            "text": t(
                "本案不生成追偿通知书：追偿请求的诉讼时效期间已经届满，书面请求不能使它重新计算。",
                "No recourse demand is generated: the limitation of the recourse claim has run "
                "out, and a demand does not restart it.",
            ),
        }
    )

    # --- agency: the principal's or the counterparty's claim where they answer jointly --------
    open_ = [NO_SUIT, {"not": {"reached": "lim_barred"}}, {"not": {"reached": "enf_late"}}]
    for node, side, to, owed, why in (
        (
            "ag_a",
            "principal",
            ["agent", "counterparty"],
            "被代理人",
            t(
                "代理人与相对人恶意串通损害被代理人：两者承担连带责任；书面请求到达时诉讼时效中断。",
                "The agent and the counterparty colluded against the principal: they are jointly "
                "liable; the written claim interrupts limitation when it arrives.",
            ),
        ),
        (
            "ag_h",
            "principal",
            ["agent"],
            "被代理人",
            t(
                "几个受托人共同处理委托事务：对委托人承担连带责任；书面请求到达时诉讼时效中断。",
                "Several agents handled the mandate together: they are jointly liable to the "
                "principal; the written claim interrupts limitation when it arrives.",
            ),
        ),
        (
            "ag_e_old",
            "principal",
            ["counterparty", "agent"],
            "被代理人",
            t(
                "相对人明知行为人没有代理权仍与其实施行为（民法通则）：相对人与行为人承担连带责任；书面请求到达时诉讼时效中断。",
                "The counterparty knew the actor had no authority (General Principles): they are "
                "jointly liable; the written claim interrupts limitation when it arrives.",
            ),
        ),
        (
            "ag_b",
            "counterparty",
            ["principal", "agent"],
            "相对人",
            t(
                "代理事项违法：被代理人和代理人承担连带责任；书面请求到达时诉讼时效中断。",
                "The mandate was unlawful: principal and agent are jointly liable; the written "
                "claim interrupts limitation when it arrives.",
            ),
        ),
        (
            "ag_f",
            "counterparty",
            ["principal", "agent"],
            "相对人",
            t(
                "授权不明（民法通则）：被代理人承担责任，代理人负连带责任；书面请求到达时诉讼时效中断。",
                "Unclear authority (General Principles): the principal is liable, the agent "
                "jointly; the written claim interrupts limitation when it arrives.",
            ),
        ),
    ):
        out.append(
            {
                "tree": "agency",
                "to": to,
                "deadlines": limitation_rows(ag, node),
                "findings": [next(n["code"] for n in ag["nodes"] if n["id"] == node)],
                "values": {"day": "act_date", "loss": "loss_amount"},
                "owed_to": [owed],
                "when": {"all": [{"side": [side]}, {"reached": node}, *open_]},
                "why": why,
            }
        )
    refusals.append(
        {
            "tree": "agency",
            "when": {
                "all": [
                    {"side": ["principal", "counterparty"]},
                    {"reached": "lim_barred"},
                    {"any": [{"reached": n} for n in ("ag_a", "ag_h", "ag_e_old", "ag_b", "ag_f")]},
                ]
            },
            "text": t(
                "本案不生成要求赔偿通知书：请求权的诉讼时效期间已经届满，书面请求不能使它重新计算；对方届满后同意履行的，不得再以时效抗辩（诉讼时效规定第19条）。",
                "No claim for compensation is generated: limitation has run out, and a claim "
                "does not restart it; if the other side agrees to perform afterwards, it cannot "
                "then plead limitation (SPC limitation provisions art. 19).",
            ),
        }
    )
    return out, refusals


JT = {"reached": "act_date"}  # joint_tort and agency ask act_date; product does not
INJURED = {"side": ["injured"]}
VICTIM = {"side": ["victim"]}
PAYER_JT = {"all": [{"side": ["payer"]}, {"reached": "paid_amount"}, {"reached": "payer_branch"}]}
PAYER_PR = {"all": [{"side": ["payer"]}, {"reached": "recourse_outcome"}]}
AGENCY = {"reached": "situation"}

BODY: list[dict[str, Any]] = [
    # The facts, from the client's side.
    {
        "para": {
            "when": {"all": [INJURED, {"not": {"answer": "harm", "in": ["death"]}}]},
            "zh": "{{ date('day') }}，{{ to }}的侵权行为造成{{ client }}（以下简称“被侵权人”）损害（{{ choice('harm') }}；事发地点及经过：＿＿＿＿＿＿＿＿＿＿＿＿）。"
            "{% if answered('damage_amount') %}经初步计算，被侵权人的损失为{{ amount('loss') }}（明细见附件）。"
            "{% else %}被侵权人的损失尚在计算中（正在治疗的，治疗结束后另行计算），目前已经发生的损失为＿＿＿＿元（明细见附件）。{% endif %}",
        }
    },
    {
        "para": {
            "when": {"all": [INJURED, {"answer": "harm", "in": ["death"]}]},
            "zh": "{{ date('day') }}，{{ to }}的侵权行为造成＿＿＿＿（死者姓名，以下简称“被侵权人”）死亡（事发地点及经过：＿＿＿＿＿＿＿＿＿＿＿＿）。"
            "{{ client }}是被侵权人的近亲属（关系：＿＿＿＿），依法请求赔偿。"
            "{% if answered('damage_amount') %}经初步计算，损失为{{ amount('loss') }}（明细见附件）。{% endif %}",
        }
    },
    {
        "para": {
            "when": {"all": [VICTIM, {"not": {"answer": "damage", "in": ["death"]}}]},
            "zh": "{{ client }}（以下简称“受害人”）"
            "{% if answered('delivery_date') %}使用的＿＿＿＿＿＿（产品名称、型号、批号，购买时间、地点）存在缺陷，于{{ date('day') }}{{ choice('damage') }}。"
            "{% else %}于{{ date('day') }}因＿＿＿＿＿＿（建设工程名称、地址）倒塌、塌陷受到损害。{% endif %}"
            "受害人的实际损失为{% if answered('loss') %}{{ amount('loss') }}{% else %}＿＿＿＿元{% endif %}（明细见附件）。",
        }
    },
    {
        "para": {
            "when": {"all": [VICTIM, {"answer": "damage", "in": ["death"]}]},
            "zh": "＿＿＿＿（死者姓名，以下简称“受害人”）使用的＿＿＿＿＿＿（产品名称、型号、批号，购买时间、地点）存在缺陷，于{{ date('day') }}造成受害人死亡。"
            "{{ client }}是受害人的近亲属（关系：＿＿＿＿），依法请求赔偿。损失为{% if answered('loss') %}{{ amount('loss') }}{% else %}＿＿＿＿元{% endif %}（明细见附件）。",
        }
    },
    {
        "para": {
            "when": {"all": [VICTIM, {"answer": "can_name", "in": ["no"]}]},
            "zh": "上述产品由贵方销售，贵方至今未能指明该产品的生产者，也未能指明向贵方供货的人。",
        }
    },
    {
        "para": {
            "when": {"all": [VICTIM, {"reached": "advert_finding"}]},
            "zh": "受害人是因为＿＿＿＿＿＿（广告、推荐的名称、时间和发布渠道）的虚假广告（推荐）而购买、使用该产品的，该产品关系消费者的生命健康。",
        }
    },
    {
        "para": {
            "when": PAYER_JT,
            "zh": "{{ date('day') }}发生的侵权行为造成{{ party('victim') }}损害，全部赔偿额为{{ amount('loss') }}。"
            "{{ client }}（以下简称“当事人”）已于{{ date('paid_date') }}累计向{{ party('victim') }}支付赔偿{{ amount('paid_amount') }}"
            "（付款凭证见附件），超过了自己应当承担的份额。",
        }
    },
    {
        "para": {
            "when": PAYER_PR,
            "zh": "{{ client }}作为{{ choice('payer_role') }}，已于{{ date('paid_date') }}就＿＿＿＿＿＿（产品名称、型号、批号）的缺陷造成的损害，"
            "向受害人＿＿＿＿赔偿{{ amount('loss') }}（以下称“已经赔偿的一方”，赔偿协议、判决书或者调解书及付款凭证见附件）。"
            "该产品的缺陷是由贵方造成的：＿＿＿＿＿＿＿＿（缺陷的成因及证据）。",
        }
    },
    {
        "para": {
            "when": {"all": [AGENCY, {"side": ["principal"]}]},
            "zh": "{{ date('day') }}，{{ names('agent') }}以{{ client }}（以下简称“被代理人”）的名义"
            "与{{ names('counterparty') }}实施了＿＿＿＿＿＿（合同名称、编号或者行为），"
            "情况是：{{ choice('situation') }}。"
            "{% if answered('loss_amount') %}被代理人因此受到的损失为{{ amount('loss') }}（计算见附件）。{% else %}被代理人因此受到的损失为＿＿＿＿元（计算见附件）。{% endif %}",
        }
    },
    {
        "para": {
            "when": {"all": [AGENCY, {"side": ["counterparty"]}]},
            "zh": "{{ date('day') }}，{{ names('agent') }}以{{ names('principal') }}的名义与{{ client }}（以下简称“相对人”）"
            "实施了＿＿＿＿＿＿（合同名称、编号或者行为），情况是：{{ choice('situation') }}。"
            "{% if answered('loss_amount') %}相对人请求履行或者赔偿的金额为{{ amount('loss') }}（计算见附件）。{% else %}相对人请求履行或者赔偿的金额为＿＿＿＿元（计算见附件）。{% endif %}",
        }
    },
    {"findings": {"zh": "依照下列法律规定，贵方应当承担如下责任："}},
    {"heading": {"zh": "要求"}},
    {
        "numbered": [
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，向被侵权人赔偿上述损失{{ amount('loss') }}（医疗费、护理费、交通费、误工费、营养费、住院伙食补助费等，以票据为准；后续治疗、伤残等费用另行主张）。"
                },
                "when": {"all": [INJURED, {"answer": "harm", "in": ["injury"]}]},
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，赔偿死亡赔偿金、丧葬费、被扶养人生活费、精神损害抚慰金及医疗费等合计{{ amount('loss') }}。"
                },
                "when": {"all": [INJURED, {"answer": "harm", "in": ["death"]}]},
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，赔偿被侵权人的财产损失{{ amount('loss') }}。"
                },
                "when": {"all": [INJURED, {"answer": "harm", "in": ["property"]}]},
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，向受害人赔偿上述损失{{ amount('loss') }}（医疗费、护理费、误工费及其他财产损失等，以票据为准）。"
                },
                "when": VICTIM,
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，向当事人偿还超出其份额的部分＿＿＿＿元（计算：当事人已付{{ amount('paid_amount') }}，减去当事人自己的份额＿＿＿＿元；贵方应当偿还的份额＿＿＿＿元）。"
                },
                "when": PAYER_JT,
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，向已经赔偿的一方偿还上述赔偿款{{ amount('loss') }}。"
                },
                "when": PAYER_PR,
            },
            {
                "text": {
                    "zh": "请贵方自收到本通知之日起＿＿日内，赔偿上述损失{{ amount('loss') }}。"
                },
                "when": AGENCY,
            },
            {
                "zh": "收款账户：户名＿＿＿＿＿＿＿＿，开户行＿＿＿＿＿＿＿＿，账号＿＿＿＿＿＿＿＿。"
            },
            {
                "zh": "对上述事实或者金额有异议的，请在上述期限内书面提出并附依据；愿意协商的，请与＿＿＿＿（联系人、电话）联系。"
            },
            {"zh": "逾期未履行的，{{ client }}将依法向人民法院起诉，要求贵方承担责任。"},
        ]
    },
    {"para": {"zh": "本通知是{{ client }}向贵方提出的赔偿请求，到达贵方之日起诉讼时效中断。"}},
]

ATTACHMENTS = [
    {
        "zh": "请求人的身份证明（身份证复印件；单位的营业执照复印件）；由他人代为发出的，附授权委托书"
    },
    {
        "text": {"zh": "病历、诊断证明、医疗费票据、护理及误工证明等损失凭证"},
        "when": {"all": [INJURED, {"answer": "harm", "in": ["injury", "death"]}]},
    },
    {
        "text": {"zh": "病历、诊断证明、医疗费票据、护理及误工证明等损失凭证"},
        "when": {"all": [VICTIM, {"answer": "damage", "in": ["harm", "serious", "death"]}]},
    },
    {
        "text": {"zh": "死亡证明、户籍或者亲属关系证明、丧葬费票据"},
        "when": {"answer": "harm", "in": ["death"]},
    },
    {
        "text": {"zh": "死亡证明、户籍或者亲属关系证明、丧葬费票据"},
        "when": {"answer": "damage", "in": ["death"]},
    },
    {
        "text": {"zh": "财产损失的清单及价格凭证（发票、维修单、评估报告）"},
        "when": {"answer": "harm", "in": ["property"]},
    },
    {"text": {"zh": "财产损失的清单及价格凭证（发票、维修单、评估报告）"}, "when": VICTIM},
    {
        "text": {"zh": "报警回执、询问笔录、处理决定或者刑事判决书等（有的）"},
        "when": {"all": [INJURED, {"not": {"answer": "criminal", "in": ["none"]}}]},
    },
    {
        "text": {
            "zh": "购买凭证（发票、小票、订单截图）、产品及其包装、说明书和缺陷部位的照片；有鉴定或者检测报告的附上"
        },
        "when": {"all": [VICTIM, {"reached": "delivery_date"}]},
    },
    {"text": {"zh": "虚假广告、推荐的截图或者录屏"}, "when": {"reached": "advert_finding"}},
    {"text": {"zh": "赔偿协议、判决书或者调解书，以及付款凭证"}, "when": PAYER_JT},
    {"text": {"zh": "赔偿协议、判决书或者调解书，以及付款凭证"}, "when": PAYER_PR},
    {"text": {"zh": "合同、授权委托书、往来记录等证明代理行为及损失的材料"}, "when": AGENCY},
]

DELIVERY = [
    {
        "zh": "对每个收件人分别寄送（连带责任人可以择一、数人或者全体发出；稳妥起见，对每一个都发出）：用中国邮政EMS寄往其住所、经常居住地或者注册地址，详情单“内件品名”写明通知书名称，保存详情单、妥投（签收）记录和所寄通知书的复印件。"
    },
    {
        "zh": "当面送交的，请对方在通知书或者回执上签名并写明日期；也可以通过对方的微信、短信、电子邮箱发送，截图保存发送和已读、回复记录；重要的，可以请公证处办理邮寄送达的证据保全公证。"
    },
    {
        "zh": "以到达为准（民法典第137条第2款）：请把每个收件人收到的日期记入案件的“发生过的事”，并注明是针对谁，工具会重新计算诉讼时效。"
    },
    {"zh": "不要只寄原件：证据原件自己保存，随函只附复印件。"},
]

HELP = t(
    "本函是请求人向赔偿义务人提出的书面赔偿请求。权利人向义务人提出履行请求的，诉讼时效中断，从中断时起重新计算（民法典第195条第1项）；以信件主张权利的，自信件到达或者应当到达对方时中断（诉讼时效规定第8条第1款第2项）。对连带责任人中的一人中断诉讼时效的，对其他连带责任人也发生中断的效力（诉讼时效规定第15条第2款）；按份责任、不真正连带责任或者一方只承担相应责任的，稳妥起见，对每个责任人分别发出。"
    "产品责任的诉讼时效是产品质量法第45条的二年还是民法典的三年有争议：按二年的日期行动。"
    "追偿请求的诉讼时效自当事人的支付超过自己份额之日起计算。诉讼时效届满后，书面请求不能使它重新计算。寄出前请删去与收件人无关的认定。",
    "The letter is the written claim for compensation. A demand for performance interrupts "
    "limitation, which runs again from the interruption (Civil Code art. 195(1)); a claim by "
    "letter interrupts when it reaches, or should have reached, the other side (SPC limitation "
    "provisions art. 8(1)(2)). An interruption against one of persons jointly and severally "
    "liable reaches the others (art. 15(2)); where liability is several, not truly joint, or "
    "one answers only to an extent, send it to each. Whether a product claim has the two years "
    "of Product Quality Law art. 45 or the Civil Code's three is contested: act on the two. "
    "A recourse claim runs from the day the client's payment exceeded his share. Once the "
    "period has run out, a claim does not restart it. Before sending, strike out findings that "
    "do not concern the addressee.",
)


def letter() -> dict[str, Any]:
    offered, refused = offers()
    return {
        "format": "liability-wizard-letter",
        "id": "compensation_demand",
        "title": t("要求赔偿通知书", "Claim for compensation"),
        "file_name": t("要求赔偿通知书", "claim-for-compensation"),
        "summary": t(
            "书面要求侵权人、产品的生产者或者销售者、代理关系中的连带责任人赔偿，中断诉讼时效",
            "A written claim for compensation to tortfeasors, to a product's producer or seller, "
            "or to those jointly liable in an agency, that interrupts limitation",
        ),
        "signer": t("请求人", "Claimant"),
        "help": HELP,
        "offers": offered,
        "not_offered": refused,
        "body": BODY,
        "attachments": ATTACHMENTS,
        "delivery": DELIVERY,
    }


def render() -> str:
    return json.dumps(letter(), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if OUT.read_text("utf-8") != text:
            sys.stderr.write(f"{OUT} is out of date: run {Path(__file__).name}\n")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
