"""Generate ``trees/agency.json``: liability in agency (代理), legal-coverage.md §5.2.

    python scripts/trees/agency.py          # writes trees/agency.json
    python scripts/trees/agency.py --check  # exits 1 if the file differs from the output

The law follows the day of the agency act: 民法典 from 2021-01-01; 民法总则 from 2017-10-01, which
prevails over the 民法通则 where they differ (a later law of the same organ); the 民法通则 before.
The traps of the old law — 65(3) unclear authority and 66(4) a counterparty who knew, both 连带 —
are outcomes of their own; 66(1) sentence 3 (silence with knowledge is consent) is asked.

Acting without authority has its pending state (效力待定: 催告, the good-faith counterparty's
撤销), its employee variant (职务代理: 民法典170, 合同编通则解释21) and one of several joint agents
acting alone (166). The limitation period of a claim that started before 2017-10-01 is declared
with its 民法通则135 two years; the engine lengthens it under 法释〔2018〕12号. Whether the
limitation or the period to apply for enforcement has ended is decided once, after the history, by
the branches ``status_plain`` / ``status_events`` and read by the outcomes through the marker
nodes ``lim_barred``, ``lim_open`` and ``enf_late`` (an events question is not asked on every path,
so an outcome cannot compare with a deadline that reads it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from scripts.trees.common import (
    ALL as all_,
)
from scripts.trees.common import (
    ANY as any_,
)
from scripts.trees.common import (
    NOT as not_,
)
from scripts.trees.common import (
    C,
    F,
    J,
    N,
    T,
    W,
    ans,
    before,
    branch,
    choice,
    event,
    includes,
    outcome,
    passed,
    und,
    unknown,
    when_all,
    write,
)
from scripts.trees.common import on_after as on_or_after
from scripts.trees.common import variant as S

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "trees" / "agency.json"

CC = "civil_code"
GP = "general_provisions_civil_law_2017"
GPCL = "general_principles_civil_law_1986"
TE = "spc_civil_code_time_effect"
LIM = "spc_limitation_provisions"
CGI = "spc_contract_general_interpretation"
CPL = "civil_procedure_law"
CPI = "spc_civil_procedure_interpretation"

NEW_REGIME = "2017-10-01"
IS_CC = on_or_after("act_date", "2021-01-01")
IS_GP = all_(on_or_after("act_date", NEW_REGIME), before("act_date", "2021-01-01"))
IS_GPCL = before("act_date", NEW_REGIME)
FROM_2017 = on_or_after("act_date", NEW_REGIME)
OLD = before("act_date", "2021-01-01")
# The same versions read from the marker passed after ``law_branch``, for findings' conditions: a
# finding whose own condition reads a date is marked as resting on it when the date is known only
# to the month, though a month always tells the version here.
AT_CC, AT_GP, AT_GPCL = ({"reached": m} for m in ("law_cc", "law_gp", "law_gpcl"))
AT_FROM_2017 = any_(AT_CC, AT_GP)
AT_OLD = any_(AT_GP, AT_GPCL)


def versions(
    cc: list[tuple[int, ...]],
    gp: list[tuple[int, ...]],
    gpcl: list[tuple[int, ...]],
    extra_cc: list[J] | None = None,
) -> list[J]:
    out = [C(CC, *spec, when=IS_CC) for spec in cc]
    out += [dict(c, when=IS_CC) for c in extra_cc or ()]
    out += [C(GP, *spec, when=IS_GP) for spec in gp]
    return out + [C(GPCL, *spec, when=IS_GPCL) for spec in gpcl]


PRINCIPAL, COUNTERPARTY, AGENT = ["principal"], ["counterparty"], ["agent"]
ALL = ["principal", "counterparty", "agent"]

COLLUSION = ans("situation", "collusion")
ILLEGAL = ans("situation", "illegal")
UNAUTH = ans("situation", "no_authority", "one_of_joint")
ONE_OF_JOINT = ans("situation", "one_of_joint")
UNCLEAR = ans("situation", "unclear")
SEVERAL = ans("situation", "several_agents")
KNEW_ILLEGAL = includes("who_knew", "agent_knew", "principal_knew")
AGENT_KNEW = includes("who_knew", "agent_knew")
PRINCIPAL_KNEW = includes("who_knew", "principal_knew")
ONLY_PRINCIPAL_KNEW = all_(PRINCIPAL_KNEW, not_(AGENT_KNEW))
WHO_UNKNOWN = unknown("who_knew")
RATIFIED = ans("ratified", "ratified")
PENDING = ans("ratified", "pending")
SILENT = ans("knew_silent", "silent")
# Ratification or knowing silence not ruled out by the answers.
CONSENT_OPEN = any_(unknown("ratified"), unknown("knew_silent"))
EMP_WITHIN = ans("employee", "within")
EMP_BEYOND = ans("employee", "beyond")
EMPLOYEE = ans("employee", "within", "beyond")
BELIEF = ans("belief", "reason_to_believe")
GOOD_FAITH = ans("belief", "good_faith")
KNEW = ans("belief", "knew")
BELIEF_UNKNOWN = unknown("belief")
LOSS_KNOWN = ans("loss_known", "known")
LOSS_OPEN = ans("loss_known", "not_yet")

SUED = event("history", "suit", "judgment_served", "judgment_effective")
NO_SUIT = not_(SUED)
PENDING_SUIT = all_(
    event("history", "suit"),
    not_(event("history", "judgment_served", "judgment_effective", "proceedings_ended")),
)
SERVED = all_(event("history", "judgment_served"), not_(event("history", "judgment_effective")))
JUDGED = event("history", "judgment_effective")
NOT_JUDGED = not_(JUDGED)
ENF_APPLIED = event("history", "enforcement_applied")
ENF_TERMINATED = event("history", "enforcement_terminated")
# Decided once after the history (see the module's docstring): the marker node passed.
TIME_BARRED = {"reached": "lim_barred"}
TIME_OPEN = any_({"reached": "lim_open"}, unknown("knew_date"))
TIME_RUNNING = all_(not_(TIME_BARRED), not_(TIME_OPEN))
ENF_LATE = {"reached": "enf_late"}
ENF_DUE = all_(JUDGED, not_(ENF_APPLIED), not_(ENF_LATE))
# The routes whose obligors are all 连带债务人 — several agents or actors under one name then
# owe jointly too (164(2), 167, 民法通则65(3) and 66(4), 932): an interruption against one of them
# reaches the others (诉讼时效规定15(2)). Elsewhere (171(3), 171(4) by fault, doubtful cases) each
# person's events count for him alone. Mirrors the order of the branch ``route``.
JOINT_ROUTE = any_(
    COLLUSION,
    all_(
        ILLEGAL,
        not_(includes("who_knew", "neither")),
        not_(all_(IS_GPCL, ans("knowledge_kind", "should_only"))),
    ),
    all_(UNAUTH, KNEW, IS_GPCL, not_(RATIFIED), not_(SILENT), not_(PENDING)),
    all_(UNCLEAR, not_(IS_CC)),
    SEVERAL,
)

# --- deadlines ---------------------------------------------------------------------------

START_OLD = before("knew_date", NEW_REGIME)
LIM_NOTE = T(
    "连带责任人中一人发生的中断事由（要求履行、承诺、起诉等），对其他连带责任人同样发生中断效力（诉讼时效规定第15条第2款）；不是连带责任的，只对事件所针对的人有效。下表把记录的全部事件都计算在内。",
    "For those jointly and severally liable, an interruption against one (a demand, a promise, a suit …) interrupts against the others too (SPC Limitation Provisions art. 15(2)); otherwise it acts only against the one it concerns. Every event recorded is counted below.",
)
PERSONS_NOTE = {
    "separate": T(
        "事件只针对同一方几个人中的一人的（例如几个行为人中的一人），只对该人计算，按人分行列出。",
        "An event that concerned only one of several persons of a side (one of several actors, say) counts for him alone; each person has a row.",
    ),
    "joint": T(
        "同一方的几个人（例如几个代理人）相互承担连带责任：针对其中一人的要求履行、承诺等中断事由，对其他人同样有效；起诉自提起时对其他人中断，判决只约束被判决的人。",
        "The persons of one side (several agents, say) are jointly and severally liable: a demand, a promise or another interruption against one of them reaches the others; a suit does so when filed, a judgment binds only those it names.",
    ),
}
OLD_NOTE = T(
    "起算于2017年10月1日以前：民法通则规定的诉讼时效期间为二年；2017年10月1日民法总则施行时尚未届满的，适用三年，此前已经届满的，仍为二年（见计算过程）。",
    "Running from before 2017-10-01: the General Principles gave two years; a period still running when the General Provisions took effect on 2017-10-01 became three years, one that had ended stayed ended (see the steps).",
)


def limitation_specs(prefix: str, with_events: bool, persons: str = "separate") -> dict[str, J]:
    label = T("请求权的诉讼时效", "Limitation of the claim")
    new: J = {
        "id": prefix,
        "kind": "limitation",
        "label": {"zh": label["zh"] + "（三年）", "en": label["en"] + " (three years)"},
        "from": "knew_date",
        "add": {"years": 3},
        "basis": [
            C(CC, 188, 1, when=any_(on_or_after("knew_date", "2021-01-01"), unknown("knew_date"))),
            C(
                GP,
                188,
                1,
                when=all_(on_or_after("knew_date", NEW_REGIME), before("knew_date", "2021-01-01")),
            ),
        ],
        "when": any_(on_or_after("knew_date", NEW_REGIME), unknown("knew_date")),
        "cap_from": "act_date",
    }
    old: J = {
        "id": prefix + "_1986",
        "kind": "limitation",
        "label": {
            "zh": label["zh"] + "（起算于2017年10月1日以前）",
            "en": label["en"] + " (running from before 2017-10-01)",
        },
        "from": "knew_date",
        "add": {"years": 2},
        "basis": [C(GPCL, 135)],
        "when": START_OLD,
        "cap_from": "act_date",
        "note": OLD_NOTE,
    }
    if with_events:
        events: J = {"from": "history"}
        if persons == "joint":
            events["persons"] = "joint"
        note = T(
            LIM_NOTE["zh"] + PERSONS_NOTE[persons]["zh"],
            LIM_NOTE["en"] + " " + PERSONS_NOTE[persons]["en"],
        )
        new["events"] = dict(events)
        new["note"] = note
        old["events"] = dict(events)
        old["note"] = T(OLD_NOTE["zh"] + note["zh"], OLD_NOTE["en"] + " " + note["en"])
    return {new["id"]: new, old["id"]: old}


LIMITATION = limitation_specs("limitation", True)
LIMITATION_JOINT = limitation_specs("limitation_joint", True, "joint")
PLAIN = limitation_specs("plain", False)


def enforcement_spec(persons: str = "separate") -> J:
    events: J = {"from": "history"}
    if persons == "joint":
        events["persons"] = "joint"
    return {
        "id": "enforcement" if persons == "separate" else "enforcement_joint",
        "kind": "enforcement",
        "label": T("申请强制执行的期间", "Period to apply for enforcement"),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250, 1)],
        "events": events,
        "when": JUDGED,
    }


ENFORCEMENT = enforcement_spec()
ENFORCEMENT_JOINT = enforcement_spec("joint")

DEADLINES: dict[str, J] = {
    **PLAIN,
    **LIMITATION,
    **LIMITATION_JOINT,
    "enforcement": ENFORCEMENT,
    "enforcement_joint": ENFORCEMENT_JOINT,
    "appeal": {
        "id": "appeal",
        "kind": "appeal",
        "label": T("对一审判决提起上诉的期间", "Period to appeal the first-instance judgment"),
        "from": {"event": "history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [C(CPL, 171, 1)],
        "when": SERVED,
    },
}


def deadlines_for(claimants: list[str], joint: bool = False) -> list[J]:
    """The outcome's deadlines: the claim's limitation and the judgment's enforcement are the
    claiming side's to act on; either side may appeal. ``joint``: the obligors are all 连带债务人
    (JOINT_ROUTE), so an event against one person of a side reaches the others."""
    limitation, enforcement = (
        (LIMITATION_JOINT, ENFORCEMENT_JOINT) if joint else (LIMITATION, ENFORCEMENT)
    )
    own = [dict(spec, acts=list(claimants)) for spec in (*limitation.values(), enforcement)]
    return [*own, {"use": "appeal"}]


def _barred(specs: dict[str, J]) -> J:
    return any_(*(all_(s["when"], passed(n)) for n, s in specs.items()))


def _by_route(joint: J, separate: J) -> J:
    """The status read from the deadline the outcome will show: the joint one on JOINT_ROUTE;
    settled whenever both agree (a route left open by an unknown fact)."""
    return any_(all_(joint, separate), all_(JOINT_ROUTE, joint), all_(not_(JOINT_ROUTE), separate))


def status_nodes() -> list[J]:
    """Whether the claim's limitation or the period to apply for enforcement has ended, decided
    once after the history; the outcomes read the marker passed."""
    barred_sig = T(
        "按录入的日期和案件经过计算，请求权的诉讼时效已经届满。",
        "Counted from the dates and history entered, the limitation period of the claim has ended.",
    )
    late_sig = T(
        "判决生效后没有申请强制执行，申请执行的期间已经届满。",
        "No enforcement was applied for after the judgment took effect, and the period to apply has ended.",
    )
    maybe_late_sig = T(
        "判决生效后没有申请强制执行，申请执行的期间可能已经届满。",
        "No enforcement was applied for after the judgment took effect, and the period to apply may have ended.",
    )
    # A claim whose start is not known at all is open without asking the branch (TIME_OPEN): a
    # branch that met the unknown day would mark every finding as resting on it.
    known = not_(unknown("knew_date"))
    enf_late = all_(
        JUDGED,
        not_(ENF_APPLIED),
        _by_route(passed("enforcement_joint"), passed("enforcement")),
    )
    lim_barred = all_(NOT_JUDGED, _by_route(_barred(LIMITATION_JOINT), _barred(LIMITATION)))
    plain_barred = _barred(PLAIN)
    always = {"reached": "history_any"}
    return [
        branch(
            "status_plain",
            [
                (all_(known, plain_barred), "lim_barred", barred_sig),
                (all_(known, und(plain_barred)), "lim_open"),
            ],
            "route",
        ),
        branch(
            "status_events",
            [
                (enf_late, "enf_late", late_sig),
                (und(enf_late), "enf_late", maybe_late_sig),
                (all_(known, lim_barred), "lim_barred", barred_sig),
                (all_(known, und(lim_barred)), "lim_open"),
            ],
            "route",
        ),
        branch("lim_barred", [(always, "route")], "route"),
        branch("lim_open", [(always, "route")], "route"),
        branch("enf_late", [(always, "route")], "route"),
    ]


# --- the interview ------------------------------------------------------------------------

SIDES = [
    {
        "id": "principal",
        "label": T(
            "被代理人（本人：别人以其名义实施行为的一方）",
            "The principal (in whose name the act was done)",
        ),
    },
    {
        "id": "counterparty",
        "label": T(
            "相对人或者受到损害的他人（与代理人打交道的一方）",
            "The counterparty, or another person harmed (who dealt with the agent)",
        ),
    },
    {
        "id": "agent",
        "label": T(
            "代理人或者行为人（以他人名义实施行为的一方）",
            "The agent or actor (who acted in another's name)",
        ),
        "claimed_against": True,
    },
]
PARTIES = [
    {"id": "principal", "label": T("被代理人", "principal")},
    {"id": "agent", "label": T("代理人", "agent"), "many": True},
    {"id": "counterparty", "label": T("相对人", "counterparty")},
]
GLOSSARY = [
    {
        "id": "joint_liability",
        "term": T("连带责任", "joint and several liability"),
        "definition": T(
            "权利人可以请求几个责任人中的任何一人、几人或者全体承担全部责任；一人承担后，可以就超过自己份额的部分向其他人追偿。",
            "The creditor may claim the whole from any one, several or all of those liable; one who paid more than his share recovers the excess from the others.",
        ),
    },
    {
        "id": "unauthorised_agency",
        "term": T("无权代理", "acting without authority"),
        "definition": T(
            "没有代理权、超越代理权或者代理权终止后，仍然以被代理人的名义实施行为。被代理人追认前，行为效力待定；未经追认的，对被代理人不发生效力。",
            "Acting in another's name without authority, beyond it, or after it ended. Until the principal decides, the act is pending; unless he ratifies, it does not bind him.",
        ),
    },
    {
        "id": "apparent_agency",
        "term": T("表见代理", "apparent authority"),
        "definition": T(
            "行为人虽然没有代理权，但相对人有理由相信他有代理权（如持有盖章的授权委托书、空白合同，或者以往一直由他代为交易），代理行为有效，由被代理人承担。",
            "The actor had no authority, but the counterparty had reason to believe he had (a sealed letter of authority, blank sealed contracts, a course of dealing through him): the act binds the principal.",
        ),
    },
    {
        "id": "collusion",
        "term": T("恶意串通", "collusion"),
        "definition": T(
            "代理人与相对人明知会损害被代理人，仍然相互勾结实施行为，例如收受回扣后以明显不合理的价格签约。",
            "The agent and the counterparty knowingly work together to the principal's harm, e.g. signing at a plainly unreasonable price in return for a kickback.",
        ),
    },
]
UNKNOWN_LABEL = T("不清楚 / 待核实", "Not known / to verify")


def mchoice(cid: str, label: J, exclusive: bool = False, is_unknown: bool = False) -> J:
    """A choice of a multiple-choice question (no ``next`` of its own)."""
    c = choice(cid, label, "-", exclusive=exclusive, is_unknown=is_unknown)
    del c["next"]
    return c


def questions() -> list[J]:
    return [
        {
            "id": "side",
            "type": "side",
            "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
            "help": {
                "why": T(
                    "被代理人、相对人和代理人要做的事不同：报告按当事人的立场写结论、抗辩和下一步。",
                    "The principal, the counterparty and the agent each need different advice: the report is written for the client's side.",
                )
            },
            "choices": [{"side": s, "next": "act_date"} for s in ALL],
        },
        {
            "id": "act_date",
            "type": "date",
            "allow_month": True,
            "text": T(
                "代理行为（如以被代理人名义签订合同）是哪一天实施的？",
                "On what day was the act done in the principal's name (e.g. the contract signed)?",
            ),
            "label": T("代理行为实施日", "the day of the agency act"),
            "help": {
                "why": T(
                    "行为的时间决定适用哪部法律：2021年1月1日以后适用民法典；2017年10月1日至2020年12月31日适用民法总则（与民法通则不一致的，适用民法总则），合同方面还适用当时的合同法；更早的适用民法通则和当时的合同法。",
                    "The day decides the law: the Civil Code from 2021-01-01; the General Provisions from 2017-10-01 to 2020-12-31 (prevailing over the General Principles where they differ), with the Contract Law of the time for contracts; before that the General Principles and the Contract Law of the time.",
                )
            },
            "significance": T(
                "行为的时间决定适用的法律。", "The day of the act decides which law applies."
            ),
            "citations": [C(TE, 1, 1), C(TE, 1, 2)],
            "verify": {
                "evidence": [
                    T(
                        "合同、授权委托书、交易记录上的日期",
                        "The dates on the contract, the letter of authority, the transaction records",
                    )
                ],
                "effect": T(
                    "只知道月份不影响判断适用哪部法律。",
                    "A month is enough to tell which law applies.",
                ),
            },
            "next": "law_branch",
        },
        branch(
            "law_branch",
            [
                (
                    IS_CC,
                    "law_cc",
                    T(
                        "行为在2021年1月1日以后，适用民法典。",
                        "The act was done from 2021-01-01: the Civil Code applies.",
                    ),
                    [C(TE, 1, 1)],
                ),
                (
                    on_or_after("act_date", NEW_REGIME),
                    "law_gp",
                    T(
                        "行为在2017年10月1日至2020年12月31日之间，适用当时的法律：民法总则的代理规定与民法通则不一致的，适用民法总则。",
                        "The act was between 2017-10-01 and 2020-12-31: the law of the time applies, the General Provisions prevailing over the General Principles where they differ.",
                    ),
                    [C(TE, 1, 2)],
                ),
                ({"undetermined": on_or_after("act_date", NEW_REGIME)}, "situation"),
            ],
            "law_gpcl",
            T(
                "行为在2017年10月1日民法总则施行以前，适用民法通则。",
                "The act was before the General Provisions took effect on 2017-10-01: the General Principles apply.",
            ),
            [C(TE, 1, 2)],
        ),
        *(
            branch(marker, [({"reached": "law_branch"}, "situation")], "situation")
            for marker in ("law_cc", "law_gp", "law_gpcl")
        ),
        {
            "id": "situation",
            "type": "choice",
            "text": T("发生了什么情况？（选最接近的一项）", "What happened? (choose the closest)"),
            "help": {
                "examples": [
                    T(
                        "业务员收了买方的回扣，把公司的货以明显低价卖给买方：恶意串通。",
                        "A salesman took the buyer's kickback and sold the company's goods at a plainly low price: collusion.",
                    ),
                    T(
                        "老板让员工代为销售明知是假冒的商品，买家受到损失：代理事项违法。",
                        "The owner had an employee sell goods both knew were counterfeit, and buyers lost: an unlawful agency.",
                    ),
                    T(
                        "已经离职的销售经理仍以公司名义签合同：代理权终止后的无权代理。",
                        "A sales manager who had left still signed contracts in the company's name: acting after authority ended.",
                    ),
                ],
                "glossary": ["collusion", "unauthorised_agency", "apparent_agency"],
            },
            "verify": {
                "evidence": [
                    T(
                        "授权委托书、合同、聊天记录和转账记录、证人证言",
                        "The letter of authority, the contract, chats and transfers, witnesses",
                    )
                ],
                "effect": T(
                    "恶意串通和违法代理，相关的人承担连带责任；无权代理原则上由行为人自己承担，不是连带责任，但被代理人追认或者构成表见代理的，由被代理人承担。",
                    "Collusion and unlawful agency bring joint and several liability; acting without authority is, as a rule, the actor's own liability, not joint — but ratification or apparent authority binds the principal.",
                ),
            },
            "choices": [
                choice(
                    "collusion",
                    T(
                        "代理人与相对人恶意串通，损害了被代理人（如收受回扣后以明显不合理的价格签约）",
                        "The agent and the counterparty colluded to the principal's harm (e.g. a plainly unreasonable price for a kickback)",
                    ),
                    "knew_date",
                    T(
                        "代理人和相对人恶意串通，损害被代理人合法权益的，应当承担连带责任。",
                        "An agent and a counterparty who collude to the principal's harm are jointly and severally liable.",
                    ),
                    versions([(164, 2)], [(164, 2)], [(66, 3)]),
                ),
                choice(
                    "illegal",
                    T(
                        "代理的事项本身违法（如代为销售假货、代为实施侵权行为），造成他人损害",
                        "The matter itself was unlawful (e.g. selling counterfeits, committing a tort), and someone was harmed",
                    ),
                    "who_knew",
                    T(
                        "代理事项违法，代理人或者被代理人知道的，两者承担连带责任。",
                        "Where the agency was unlawful and the agent or the principal knew, both are jointly and severally liable.",
                    ),
                    versions([(167,)], [(167,)], [(67,)]),
                ),
                choice(
                    "no_authority",
                    T(
                        "行为人没有代理权、超越代理权或者代理权已经终止，仍以被代理人的名义实施行为",
                        "The actor had no authority, exceeded it, or acted after it ended, still in the principal's name",
                    ),
                    "employee",
                    T(
                        "无权代理未经追认的，对被代理人不发生效力。",
                        "Acting without authority does not bind the principal unless he ratifies.",
                    ),
                    versions([(171, 1)], [(171, 1)], [(66, 1)]),
                ),
                choice(
                    "one_of_joint",
                    T(
                        "几个代理人应当共同行使代理权，其中一人未经其他代理人同意，单独以被代理人的名义实施了行为",
                        "Several agents had to act together, and one of them acted alone in the principal's name without the others' consent",
                    ),
                    "ratified",
                    T(
                        "数人为同一代理事项的代理人的，应当共同行使代理权；其中一人单独实施的，按无权代理处理。",
                        "Several agents for one matter must act together; one acting alone is treated as acting without authority.",
                    ),
                    versions([(166,)], [(166,)], []),
                ),
                choice(
                    "unclear",
                    T(
                        "授权委托书对代理事项、权限或者期限写得不清楚，相对人与代理人发生了交易",
                        "The letter of authority was unclear on the matter, the powers or the period, and the counterparty dealt with the agent",
                    ),
                    "knew_date",
                ),
                choice(
                    "several_agents",
                    T(
                        "几个受托人共同处理委托事务，给委托人造成了损失",
                        "Several agents handled the matter together and caused the principal a loss",
                    ),
                    "knew_date",
                ),
                choice("unknown", UNKNOWN_LABEL, "knew_date", is_unknown=True),
            ],
        },
        {
            "id": "who_knew",
            "type": "multi",
            "text": T(
                "谁知道或者应当知道代理事项违法？（可多选）",
                "Who knew or should have known that the matter was unlawful? (several allowed)",
            ),
            "help": {
                "why": T(
                    "代理人知道或者应当知道代理事项违法仍然实施，或者被代理人知道或者应当知道代理行为违法而不反对的，被代理人和代理人承担连带责任。",
                    "If the agent knew or should have known and still acted, or the principal knew or should have known and did not object, principal and agent are jointly and severally liable.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "双方的聊天记录、指示和汇报、价格明显异常等能说明“知道”的材料",
                        "Chats, instructions and reports, plainly abnormal prices — whatever shows they knew",
                    )
                ],
                "effect": T(
                    "任何一方知道或者应当知道的，两者承担连带责任；都不知道的，不因违法代理承担连带责任。",
                    "If either knew or should have known, both are jointly and severally liable; if neither, there is no joint liability for unlawful agency.",
                ),
            },
            "choices": [
                mchoice(
                    "agent_knew",
                    T(
                        "代理人知道或者应当知道，仍然实施",
                        "The agent knew or should have known, and still acted",
                    ),
                ),
                mchoice(
                    "principal_knew",
                    T(
                        "被代理人知道或者应当知道，没有表示反对",
                        "The principal knew or should have known, and did not object",
                    ),
                ),
                mchoice(
                    "neither",
                    T("都不知道，也不应当知道", "Neither knew nor should have known"),
                    exclusive=True,
                ),
                mchoice("unknown", UNKNOWN_LABEL, is_unknown=True),
            ],
            "next": "knowledge_branch",
        },
        branch(
            "knowledge_branch",
            [
                (all_(IS_GPCL, KNEW_ILLEGAL), "knowledge_kind"),
                ({"undetermined": IS_GPCL}, "knew_date"),
            ],
            "knew_date",
        ),
        {
            "id": "knowledge_kind",
            "type": "choice",
            "text": T(
                "是确实知道，还是只是应当知道？",
                "Did they actually know, or only should they have known?",
            ),
            "help": {
                "why": T(
                    "民法通则第67条只规定“知道”；只是应当知道的，按当时的规定不构成连带责任。",
                    "General Principles art. 67 says only 'knew'; should-have-known was not enough then.",
                )
            },
            "citations": [C(GPCL, 67)],
            "verify": {
                "evidence": [
                    T(
                        "能证明确实知道的材料：指示、聊天记录、事先的告知",
                        "What shows actual knowledge: instructions, chats, warnings given beforehand",
                    )
                ],
                "effect": T(
                    "确实知道的，承担连带责任；只是应当知道的，按民法通则不构成连带。",
                    "Actual knowledge: joint and several liability; only should-have-known: not under the General Principles.",
                ),
            },
            "choices": [
                choice("actual", T("确实知道", "Actually knew"), "knew_date"),
                choice("should_only", T("只是应当知道", "Only should have known"), "knew_date"),
                choice("unknown", UNKNOWN_LABEL, "knew_date", is_unknown=True),
            ],
        },
        {
            "id": "employee",
            "type": "choice",
            "text": T(
                "行为人是不是被代理人的工作人员（员工），以单位的名义对外实施了这一行为？",
                "Was the actor the principal's employee, acting outward in the organisation's name?",
            ),
            "help": {
                "why": T(
                    "单位的工作人员就其职权范围内的事项以单位名义实施的行为，对单位发生效力；单位对其职权范围的内部限制，不得对抗善意相对人。超越职权范围的，对单位不发生效力，但单位有过错的，可能要承担相应的赔偿责任。",
                    "What an employee does in the organisation's name within his duties binds it, and internal limits on those duties cannot be held against a counterparty in good faith. Beyond his duties it does not bind the organisation, which may still owe proportionate damages if at fault.",
                ),
                "examples": [
                    T(
                        "采购员超出公司规定的单笔金额上限签了采购合同：通常职权内，只是超出了内部限制。",
                        "A buyer signed a purchase above the company's internal limit per order: within his usual duties, beyond an internal limit.",
                    ),
                    T(
                        "业务员以公司名义对外提供担保：超出了他的职权范围。",
                        "A salesman gave a guarantee in the company's name: beyond his duties.",
                    ),
                ],
            },
            "citations": versions([(170,)], [(170,)], [(43,)]),
            "verify": {
                "evidence": [
                    T(
                        "劳动合同、工作证件、社保记录、岗位职责和单位内部的授权制度",
                        "The employment contract, work ID, social insurance records, job description and internal rules on authority",
                    )
                ],
                "effect": T(
                    "是员工、所涉事项通常属于其职权范围的，行为可能对单位发生效力；超越职权范围的，单位有过错时承担相应的赔偿责任；不是员工的，按一般的无权代理处理。",
                    "An employee within his usual duties may bind the organisation; beyond them, the organisation at fault owes proportionate damages; a non-employee is a plain case of acting without authority.",
                ),
            },
            "choices": [
                choice(
                    "within",
                    T(
                        "是员工，所涉事项通常属于他的职权范围，只是超出了单位内部的限制（如金额上限、审批程序）",
                        "An employee; the matter was within his usual duties, only beyond an internal limit (an amount cap, an approval step)",
                    ),
                    "ratified",
                    T(
                        "单位对工作人员职权范围的限制，不得对抗善意相对人。",
                        "Internal limits on an employee's duties cannot be held against a counterparty in good faith.",
                    ),
                    versions([(170, 2)], [(170, 2)], [], extra_cc=[C(CGI, 21, 3)]),
                ),
                choice(
                    "beyond",
                    T(
                        "是员工，但所涉事项超出了他的职权范围（如依法应当由股东会、董事会决议或者由法定代表人实施的事项，或者通常不属于他职权的事项）",
                        "An employee, but the matter was beyond his duties (e.g. one for the shareholders' or board's resolution or for the legal representative, or not part of his usual duties)",
                    ),
                    "ratified",
                    T(
                        "超越职权范围的，对单位不发生效力；单位有过错的，可以判决其承担相应的赔偿责任。",
                        "Beyond his duties it does not bind the organisation, which may owe proportionate damages if at fault.",
                    ),
                    versions([], [], [], extra_cc=[C(CGI, 21, 1), C(CGI, 21, 2)]),
                ),
                choice(
                    "no",
                    T(
                        "不是（如外部人员、已经离职的人）",
                        "No (an outsider, someone who had left)",
                    ),
                    "ratified",
                ),
                choice("unknown", UNKNOWN_LABEL, "ratified", is_unknown=True),
            ],
        },
        {
            "id": "ratified",
            "type": "choice",
            "text": T("被代理人是否追认了这一行为？", "Has the principal ratified the act?"),
            "help": {
                "why": T(
                    "追认的，行为对被代理人发生效力；追认以前，行为效力待定。被代理人已经开始履行合同义务或者接受相对人履行的，视为追认。相对人可以催告被代理人在收到通知之日起三十日内（2021年以前的行为：一个月）追认，未作表示的，视为拒绝。",
                    "Ratified, the act binds the principal; until then it is pending. Starting to perform or accepting the counterparty's performance counts as ratification. The counterparty may ask the principal to ratify within thirty days of the notice (acts before 2021: one month); silence is refusal.",
                ),
                "glossary": ["unauthorised_agency"],
            },
            "verify": {
                "evidence": [
                    T(
                        "追认的书面意见、履行合同或者接受履行的记录",
                        "A written ratification, records of performing or accepting performance",
                    )
                ],
                "effect": T(
                    "追认的，由被代理人承担；没有追认的，行为人承担责任或者按过错分担。",
                    "Ratified: the principal bears it; not ratified: the actor is liable, or the loss is shared by fault.",
                ),
            },
            "choices": [
                choice(
                    "ratified",
                    T(
                        "已经追认（包括已经开始履行或者接受履行）",
                        "Ratified (including by performing or accepting performance)",
                    ),
                    "knew_date",
                    None,
                    versions([(171, 1), (503,)], [(171, 1)], [(66, 1)]),
                ),
                choice(
                    "refused",
                    T("拒绝追认，或者催告后没有表示", "Refused, or said nothing when asked"),
                    "silent_branch",
                ),
                choice(
                    "pending",
                    T(
                        "还没有问过被代理人，或者在等待答复",
                        "Not asked yet, or waiting for an answer",
                    ),
                    "silent_branch",
                ),
                choice("unknown", UNKNOWN_LABEL, "silent_branch", is_unknown=True),
            ],
        },
        branch(
            "silent_branch",
            [(IS_GPCL, "knew_silent"), (und(IS_GPCL), "knew_silent")],
            "belief",
        ),
        {
            "id": "knew_silent",
            "type": "choice",
            "text": T(
                "被代理人知道有人以其名义实施这一行为后，有没有作出否认的表示？",
                "Once the principal knew that someone had acted in his name, did he deny it?",
            ),
            "help": {
                "why": T(
                    "2017年10月1日以前的行为适用民法通则：本人知道他人以本人名义实施民事行为而不作否认表示的，视为同意。",
                    "For acts before 2017-10-01 the General Principles apply: one who knows that another acted in his name and does not deny it is deemed to consent.",
                )
            },
            "citations": [C(GPCL, 66, 1)],
            "verify": {
                "evidence": [
                    T(
                        "被代理人知情的证据（通知、往来记录），以及否认或者拒绝的书面表示",
                        "Evidence that the principal knew (notices, correspondence), and any written denial or refusal",
                    )
                ],
                "effect": T(
                    "知道后不作否认表示的，视为同意，行为由被代理人承担；及时否认的，由行为人承担。",
                    "Knowing and silent: deemed consent, the principal bears the act; a timely denial leaves it with the actor.",
                ),
            },
            "choices": [
                choice(
                    "denied",
                    T("及时作出了否认或者拒绝的表示", "He denied or refused it in time"),
                    "belief",
                ),
                choice(
                    "silent",
                    T(
                        "知道以后一直没有作否认表示（包括被催告后没有表示）",
                        "He knew and never denied it (including silence when asked to ratify)",
                    ),
                    "knew_date",
                    T(
                        "本人知道他人以本人名义实施民事行为而不作否认表示的，视为同意。",
                        "One who knows that another acted in his name and does not deny it is deemed to consent.",
                    ),
                    [C(GPCL, 66, 1)],
                ),
                choice(
                    "not_known",
                    T("被代理人当时不知道", "The principal did not know at the time"),
                    "belief",
                ),
                choice("unknown", UNKNOWN_LABEL, "belief", is_unknown=True),
            ],
        },
        {
            "id": "belief",
            "type": "choice",
            "text": T(
                "相对人与行为人交易时，对他有没有代理权是怎么认识的？",
                "When dealing with the actor, what did the counterparty know or believe about his authority?",
            ),
            "help": {
                "why": T(
                    "相对人有理由相信行为人有代理权的，构成表见代理，由被代理人承担；善意但没有这样理由的，可以请求行为人履行或者赔偿；知道或者应当知道没有代理权的，按各自过错承担。",
                    "If the counterparty had reason to believe in the authority, the principal is bound (apparent authority); in good faith without such reason, he may claim performance or damages from the actor; if he knew or should have known, the loss is shared by fault.",
                ),
                "glossary": ["apparent_agency"],
            },
            "verify": {
                "evidence": [
                    T(
                        "授权委托书、加盖公章的合同或者空白合同、以往交易记录、工作证件",
                        "Letters of authority, sealed or blank sealed contracts, past dealings, work ID",
                    )
                ],
                "effect": T(
                    "三种认识分别对应表见代理、行为人的责任和按过错分担。",
                    "The three answers lead to apparent authority, the actor's liability, or sharing by fault.",
                ),
            },
            "choices": [
                choice(
                    "reason_to_believe",
                    T(
                        "有理由相信他有代理权（如持有盖章的委托书或者合同，以往一直由他代为交易）",
                        "Had reason to believe he had authority (sealed authority or contract, a course of dealing)",
                    ),
                    "knew_date",
                    None,
                    versions([(172,)], [(172,)], []),
                ),
                choice(
                    "good_faith",
                    T(
                        "不知道他没有代理权，但也没有足以相信的理由",
                        "Did not know he lacked authority, but had no strong reason to believe he had it",
                    ),
                    "knew_date",
                    None,
                    versions([(171, 3)], [(171, 3)], [(66, 1)]),
                ),
                choice(
                    "knew",
                    T(
                        "知道或者应当知道他没有代理权",
                        "Knew or should have known he had no authority",
                    ),
                    "knew_date",
                    None,
                    versions([(171, 4)], [(171, 4)], [(66, 4)]),
                ),
                choice("unknown", UNKNOWN_LABEL, "knew_date", is_unknown=True),
            ],
        },
        {
            "id": "knew_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "请求赔偿或者履行的一方是哪一天知道受到损害、并且知道应当由谁负责的？",
                "On what day did the side that claims learn of its loss and of who was responsible?",
            ),
            "label": T(
                "知道受到损害及义务人之日", "the day the loss and those liable became known"
            ),
            "help": {
                "why": T(
                    "诉讼时效从这一天起计算。无权代理的，通常是相对人知道被代理人拒绝追认、并且知道应当由谁负责之日；表见代理、被追认的，通常是相对人知道对方不履行之日。",
                    "The limitation period runs from this day. For acting without authority it is usually the day the counterparty learnt of the refusal to ratify and of who is liable; with apparent authority or ratification, the day it learnt that the other side would not perform.",
                )
            },
            "significance": T(
                "诉讼时效从知道或者应当知道权利受到损害以及义务人之日起计算。",
                "The limitation period runs from the day one knew or should have known of the damage and of who is liable.",
            ),
            "citations": versions([(188, 2)], [(188, 2)], [(137,)]),
            "verify": {
                "evidence": [
                    T(
                        "发现损失的记录、对方拒绝追认或者拒绝履行的通知、对账记录",
                        "Records of finding the loss, the notice refusing ratification or performance, statements of account",
                    )
                ],
                "effect": T(
                    "诉讼时效从这一天起算；不清楚的，无法计算诉讼时效。",
                    "The limitation period runs from this day; without it, it cannot be computed.",
                ),
            },
            "next": "loss_known",
        },
        {
            "id": "loss_known",
            "type": "choice",
            "text": T(
                "请求赔偿或者履行的一方的损失（或者请求履行的金额）能算出大致金额吗？",
                "Can the loss of the side that claims (or the sum it claims) be put at a figure?",
            ),
            "choices": [
                choice("not_yet", T("还不能", "Not yet"), "history_any"),
                choice("known", T("能算出", "Yes"), "loss_amount"),
            ],
        },
        {
            "id": "loss_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T(
                "请求赔偿或者履行的一方的损失（或者请求履行的金额）是多少元？",
                "How much is the loss of the side that claims (or the sum it claims)?",
            ),
            "label": T("损失", "the loss"),
            "verify": {
                "evidence": [
                    T(
                        "合同价款与市场价格的差额、已经支付的款项、评估报告",
                        "The gap between contract and market price, sums paid, valuations",
                    )
                ],
                "effect": T("损失决定责任的范围。", "The loss sets the scope of liability."),
            },
            "next": "history_any",
        },
        {
            "id": "history_any",
            "type": "choice",
            "text": T(
                "之后有没有要求履行或者赔偿、对方承诺或者付过一部分，或者起诉、判决等情况？",
                "Since then, has anyone demanded performance or damages, has anyone promised or paid part, or has there been a suit or a judgment?",
            ),
            "choices": [
                choice("no", T("没有", "No"), "status_plain"),
                choice("yes", T("有", "Yes"), "history"),
            ],
        },
        {
            "id": "history",
            "type": "events",
            "text": T(
                "请按时间记录发生的事，并写明针对的是谁。",
                "Record what happened, in order, and against whom.",
            ),
            "help": {
                "why": T(
                    "这些事决定诉讼时效是否中断、是否已有判决。判决、裁定或者裁决生效的，请在“结束日”填写判决确定的履行期间的最后一日（判决没有规定履行期间的，可以不填，申请执行的期间从判决生效之日起计算）。",
                    "These decide whether the limitation period was interrupted, or a judgment decided the claim. For a judgment, ruling or award that took effect, give as the second date the last day of the performance period it set (leave it out if it set none: the period to apply for enforcement then runs from the day it took effect).",
                )
            },
            "kinds": [
                "demand",
                "acknowledgement",
                "equal_effect",
                "suit",
                "proceedings_ended",
                "judgment_served",
                "judgment_effective",
                "enforcement_applied",
                "enforcement_terminated",
            ],
            "parties": ["principal", "agent", "counterparty"],
            "significance": T(
                "案件经过决定诉讼时效和申请执行期间。",
                "The history decides the limitation period and the period to apply for enforcement.",
            ),
            "next": "status_events",
        },
    ]


# --- list entries ---------------------------------------------------------------------------

P, A, CP = "{party.principal}", "{party.agent}", "{party.counterparty}"
PE, AE, CPE = "the {party.principal}", "the {party.agent}", "the {party.counterparty}"


def claim_steps(sides: list[str], whom_zh: str, whom_en: str) -> list[J]:
    """What the claiming side does, by the case's history and the limitation's state."""
    return [
        N(
            f"以书面形式（EMS、短信、微信等能够留存的方式）向{whom_zh}提出请求，并保留送达凭证：请求到达对方，诉讼时效即中断并重新计算。",
            f"Make the claim on {whom_en} in writing (EMS, text or WeChat messages that can be kept) and keep proof of delivery: a claim that arrives interrupts the limitation period, which then runs afresh.",
            sides,
            all_(NO_SUIT, TIME_RUNNING),
        ),
        N(
            f"诉讼时效是否已经届满尚不能确定（见期限表）：尽快以书面形式向{whom_zh}提出请求并保留送达凭证——期间尚未届满的，请求到达即中断诉讼时效。",
            f"Whether the limitation period has ended cannot yet be told (see the deadlines): claim on {whom_en} in writing at once and keep proof of delivery — if the period is still running, a claim that arrives interrupts it.",
            sides,
            all_(NO_SUIT, TIME_OPEN),
        ),
        N(
            f"协商不成的，在诉讼时效届满前向人民法院起诉{whom_zh}。",
            f"If talks fail, sue {whom_en} before the limitation period ends.",
            sides,
            all_(NO_SUIT, TIME_RUNNING),
        ),
        N(
            f"协商不成的，尽快向人民法院起诉{whom_zh}；诉讼时效已经届满的，对方可以拒绝履行。",
            f"If talks fail, sue {whom_en} without delay; once the limitation period has ended, they may refuse.",
            sides,
            all_(NO_SUIT, TIME_OPEN),
        ),
        N(
            "诉讼时效已经届满：对方仍可以自愿履行，届满后对方同意履行的，不能再以时效届满为由拒绝；起诉的，对方一旦提出时效抗辩，请求将得不到支持。请先核实有没有漏记的中断事由（向对方提出的请求、对方的承诺或者部分履行），有的请补充记录，不要再把希望寄托在新的催告上。",
            "The limitation period has ended: they may still pay of their own accord, and once they agree to after the end they cannot plead it; if you sue and they plead limitation, the claim fails. First check for any interruption not yet recorded (a claim you made, a promise or part payment of theirs) — a new demand now does not revive the claim.",
            sides,
            TIME_BARRED,
        ),
        N(
            "诉讼正在进行：及时补充证据，诉讼时效在诉讼期间不会届满。",
            "The suit is pending: add evidence in time; limitation does not run out while it lasts.",
            sides,
            PENDING_SUIT,
        ),
        N(
            "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见期限表）。",
            "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadlines).",
            sides,
            SERVED,
        ),
        *judgment_creditor_steps(sides),
    ]


def judgment_creditor_steps(sides: list[str]) -> list[J]:
    """After an effective judgment, for the side it entitles."""
    return [
        N(
            "对方不按判决履行的，在申请执行的期间届满前（见期限表）向人民法院申请强制执行。",
            "If they do not perform as judged, apply to the court for enforcement before the period to apply ends (see the deadlines).",
            sides,
            ENF_DUE,
        ),
        N(
            "申请执行的期间看来已经届满（见期限表）：仍然可以申请，人民法院应当受理，但对方对期间提出异议、经审查成立的，裁定不予执行（民诉法解释第481条第1款）。请先核实有没有中断这一期间的事由——你向对方催要、对方承诺履行或者部分履行（民事诉讼法第250条第1款）——有的请补充记录并保存证据；对方自愿履行的，不能再要求返还（第481条第2款）。",
            "The period to apply for enforcement seems to have ended (see the deadlines): you may still apply and the court must accept it, but if they object to the period and the objection holds, enforcement is refused (SPC Civil Procedure Interpretation art. 481(1)). First check for anything that interrupted the period — your demand, their promise or part payment (Civil Procedure Law art. 250(1)) — record it and keep proof; what they pay of their own accord they cannot take back (art. 481(2)).",
            sides,
            ENF_LATE,
        ),
        N(
            "已经申请强制执行：向执行法院提供被执行人的财产线索（房产、车辆、存款、股权、收入），跟进执行进度。",
            "Enforcement has been applied for: give the enforcement court leads to the debtor's assets (property, vehicles, deposits, shares, income) and follow its progress.",
            sides,
            all_(ENF_APPLIED, not_(ENF_TERMINATED)),
        ),
        N(
            "法院已经裁定终结本次执行程序：以后发现被执行人有可供执行的财产的，可以随时再次申请执行，不受申请执行期间的限制（民诉法解释第517条第2款）。平时留意并收集其财产线索，也可以请执行法院对其采取限制消费等措施。",
            "The court ended this round of enforcement: whenever assets are found you may apply again, with no time limit (SPC Civil Procedure Interpretation art. 517(2)). Keep gathering leads to the debtor's assets; you may also ask the enforcement court for measures such as restricting his spending.",
            sides,
            ENF_TERMINATED,
        ),
    ]


def judgment_debtor_steps(sides: list[str]) -> list[J]:
    """After an effective judgment, for a side it may order to pay."""
    return [
        N(
            "判决要求你履行的：按判决履行，并保留付款凭证。",
            "If the judgment orders you to perform: do so and keep the receipts.",
            sides,
            all_(JUDGED, not_(ENF_LATE)),
        ),
        N(
            "判决要求你履行、而申请执行的期间看来已经届满（见期限表）：在核实对方有没有中断这一期间（向你催要、你承诺履行或者部分履行）之前，不要付款，也不要签署还款承诺或者和解协议。对方申请强制执行的，你可以对申请执行期间提出异议，法院审查成立的，裁定不予执行（民诉法解释第481条第1款）；但已经履行的，不能再以不知道期间届满为由要求返还（第481条第2款）。",
            "If the judgment orders you to perform and the period to apply for enforcement seems to have ended (see the deadlines): do not pay or sign any promise or settlement before checking whether they interrupted it (a demand to you, your promise or part payment). If they apply, you may object to the period, and if the objection holds the court refuses enforcement (SPC Civil Procedure Interpretation art. 481(1)); but once you have paid you cannot claim it back for not knowing the period had ended (art. 481(2)).",
            sides,
            ENF_LATE,
        ),
    ]


def defend_steps(sides: list[str], merits: bool = True) -> list[J]:
    out = []
    if merits:
        out.append(
            N(
                "整理能说明自己在交易中实际作用的证据（授权文件、往来记录、价格依据）。",
                "Gather evidence of your actual part in the dealings (authority papers, correspondence, the basis of the price).",
                sides,
                NOT_JUDGED,
            )
        )
    return [
        *out,
        N(
            "诉讼时效届满后出具欠条、承诺履行或者支付一部分的，不能再以诉讼时效届满为由抗辩：核对期限表之前，不要急于签字或者付款。",
            "Signing an IOU, promising or paying part after the limitation period has ended loses that defence: check the deadlines before signing or paying anything.",
            sides,
            all_(any_(TIME_BARRED, TIME_OPEN), NO_SUIT),
        ),
        N(
            "已经被起诉的，在答辩期内提交答辩状和证据，提出本报告列出的抗辩。",
            "If you have been sued, file a defence and evidence within the time for a defence, raising the defences listed in this report.",
            sides,
            PENDING_SUIT,
        ),
        N(
            "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见期限表）。",
            "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadlines).",
            sides,
            SERVED,
        ),
        *judgment_debtor_steps(sides),
    ]


class Defences:
    """The client's own defences. The agent's side is the one claimed against: its report puts
    them first, headed as the client's. The principal and the counterparty are each claimant on
    some paths and claimed against on others; their report heads the defences list as the other
    side's, so their own defences go to the next steps, and the list holds what the other side
    may answer them."""

    def __init__(self) -> None:
        self.defences: list[J] = []
        self.steps: list[J] = []

    def own(self, sides: list[str], zh: str, en: str, when: J | None = None) -> Defences:
        if "agent" in sides:
            self.defences.append(N(zh, en, AGENT, when))
        others = [s for s in sides if s != "agent"]
        if others:
            self.steps.append(
                N("你可以提出的抗辩：" + zh, "A defence you can raise: " + en, others, when)
            )
        return self

    def other(self, sides: list[str], zh: str, en: str, when: J | None = None) -> Defences:
        """What the other side may answer a claimant (principal or counterparty)."""
        assert "agent" not in sides
        self.defences.append(N(zh, en, sides, when))
        return self

    def limitation(self, defendants: list[str], claimants: list[str]) -> Defences:
        self.own(
            defendants,
            "诉讼时效已经届满（见期限表）：可以拒绝履行。这一抗辩须在一审期间提出，法院不会主动审查（诉讼时效规定第2条、第3条）。",
            "The limitation period has ended (see the deadlines): you may refuse. The defence must be raised at first instance; the court will not raise it itself (SPC Limitation Provisions arts. 2, 3).",
            TIME_BARRED,
        )
        self.own(
            defendants,
            "诉讼时效届满的（见期限表），可以拒绝履行；这一抗辩须在一审期间提出（诉讼时效规定第2条、第3条）。",
            "If the limitation period has ended (see the deadlines), you may refuse; the defence must be raised at first instance (SPC Limitation Provisions arts. 2, 3).",
            all_(TIME_OPEN, NOT_JUDGED),
        )
        self.own(
            [s for s in defendants if s == "agent"],
            "判决要求你履行、而申请执行的期间已经届满的（见期限表），对方申请执行时，可以对申请执行期间提出异议（民诉法解释第481条第1款）。",
            "If the judgment orders you to perform and the period to apply for enforcement has ended (see the deadlines), you may object to the period when they apply (SPC Civil Procedure Interpretation art. 481(1)).",
            ENF_LATE,
        )
        if claimants:
            self.other(
                claimants,
                "诉讼时效已经届满的（见期限表），对方可以拒绝履行；届满后对方同意履行的，不能再以此抗辩。",
                "Once the limitation period has ended (see the deadlines), they may refuse; if they agree to perform after the end, they lose that defence.",
                all_(any_(TIME_BARRED, TIME_OPEN), NOT_JUDGED),
            )
            self.other(
                claimants,
                "申请执行的期间已经届满的（见期限表），对方可以提出异议，法院审查成立的，裁定不予执行（民诉法解释第481条第1款）。",
                "Once the period to apply for enforcement has ended (see the deadlines), they may object, and if the objection holds the court refuses enforcement (SPC Civil Procedure Interpretation art. 481(1)).",
                ENF_LATE,
            )
        return self


RECOURSE_JOINT = [
    N(
        "连带责任人之间按各自责任大小分担，难以确定的平均分担；实际承担超过自己份额的，可以向其他连带责任人追偿（民法典第178条第2款）。",
        "Those jointly liable share by their responsibility, equally where it cannot be determined; one who paid more than his share recovers the excess from the others (Civil Code art. 178(2)).",
        "any",
        IS_CC,
    ),
    N(
        "连带责任人之间按各自责任大小分担，难以确定的平均分担；实际承担超过自己份额的，可以向其他连带责任人追偿（民法总则第178条第2款）。",
        "Those jointly liable share by their responsibility, equally where it cannot be determined; one who paid more than his share recovers the excess from the others (General Provisions art. 178(2)).",
        "any",
        IS_GP,
    ),
    N(
        "履行了连带义务的人，有权要求其他负有连带义务的人偿付他应当承担的份额（民法通则第87条）。",
        "One who performed the joint obligation may require the others to pay him their shares (General Principles art. 87).",
        "any",
        IS_GPCL,
    ),
]

COMMON_WARNINGS = [
    W(
        "missing_fact",
        "录入的知道受到损害之日早于代理行为实施之日，诉讼时效可能算错：请核对这两个日期。",
        "The day the loss became known is entered as earlier than the day of the act, so the limitation period may be wrong: check both dates.",
        {"date": "knew_date", "before": {"date": "act_date"}},
    ),
    W(
        "missing_fact",
        "不清楚何时知道受到损害及义务人，诉讼时效无法计算：请尽快核实，并尽早主张权利。",
        "It is not known when the loss and those liable became known, so the limitation period cannot be computed: verify it, and claim early.",
        unknown("knew_date"),
    ),
    W(
        "caution",
        "2017年10月1日至2020年12月31日之间的代理行为，民法总则与民法通则都有效：两者规定不一致的，适用民法总则（新法优于旧法）。",
        "For acts between 2017-10-01 and 2020-12-31 both the General Provisions and the General Principles were in force; where they differ, the General Provisions apply (the later law prevails).",
        IS_GP,
    ),
    W(
        "caution",
        "申请执行的期间在2024年1月1日以前开始计算的，当时适用的是修正前的民事诉讼法（2017年修正本第239条，2022年1月1日起为2021年修正本第246条，请律师核对原文），内容与现行第250条相同：期间二年，中止、中断适用诉讼时效的规定。",
        "Where the period to apply for enforcement began before 2024-01-01, the Civil Procedure Law then in force governed it (the 2017 text art. 239, from 2022-01-01 the 2021 text art. 246 — have a lawyer check the text), to the same effect as today's art. 250: two years, suspended and interrupted as limitation is.",
        all_(JUDGED, before("act_date", "2024-01-01")),
    ),
]

ONE_OF_JOINT_WARNINGS = [
    W(
        "caution",
        "数人为同一代理事项的代理人的，应当共同行使代理权，当事人另有约定的除外；其中一人未与其他代理人协商、单独实施的代理行为，按无权代理处理（按照最高人民法院关于适用民法典总则编若干问题的解释第25条，请律师核对原文）。",
        "Several agents for one matter must act together unless agreed otherwise; an act one of them did alone, without consulting the others, is treated as acting without authority (under the SPC Interpretation on the General Part of the Civil Code art. 25 — have a lawyer check the text).",
        all_(ONE_OF_JOINT, IS_CC),
        [C(CC, 166, when=IS_CC)],
    ),
    W(
        "caution",
        "数人为同一代理事项的代理人的，应当共同行使代理权，当事人另有约定的除外；其中一人单独实施的代理行为，一般按无权代理处理。",
        "Several agents for one matter must act together unless agreed otherwise; an act one of them did alone is generally treated as acting without authority.",
        all_(ONE_OF_JOINT, IS_GP),
        [C(GP, 166, when=IS_GP)],
    ),
    W(
        "contested",
        "2017年10月1日以前，法律对几个代理人须共同行使代理权没有明确规定：约定须共同代理、其中一人单独实施的，一般按超越代理权处理，请律师复核。",
        "Before 2017-10-01 no statute said that several agents must act together: where it was agreed and one acted alone, it was generally treated as exceeding authority — have a lawyer check.",
        all_(ONE_OF_JOINT, IS_GPCL),
    ),
]

EMPLOYEE_WARNINGS = [
    W(
        "caution",
        "行为人是单位的工作人员、所涉事项通常属于其职权范围的，单位对其职权的内部限制不得对抗善意相对人：相对人不知道也不应当知道该限制的，行为对单位发生效力，单位须证明相对人知道或者应当知道该限制。",
        "Where the actor is an employee and the matter is within his usual duties, internal limits on them cannot be held against a counterparty in good faith: unless the counterparty knew or should have known of the limit, which the organisation must prove, the act binds it.",
        all_(EMP_WITHIN, IS_CC),
        [C(CC, 170, 2, when=IS_CC), C(CGI, 21, 3, when=IS_CC)],
    ),
    W(
        "caution",
        "行为人是单位的工作人员、所涉事项通常属于其职权范围的，单位对其职权的内部限制，不得对抗善意相对人。",
        "Where the actor is an employee and the matter is within his usual duties, internal limits on them cannot be held against a counterparty in good faith.",
        all_(EMP_WITHIN, IS_GP),
        [C(GP, 170, 2, when=IS_GP)],
    ),
    W(
        "caution",
        "行为人是单位的工作人员、所涉事项超越其职权范围的，合同对单位不发生效力；但单位有过错的（如管理公章、授权材料不严），可以参照民法典第157条判决其承担相应的赔偿责任；构成表见代理的，按民法典第172条处理。单位承担后，可以向有故意或者重大过失的工作人员追偿。",
        "Where the actor is an employee and the matter was beyond his duties, the contract does not bind the organisation; but if it was at fault (e.g. lax control of its seal or authority papers) it may owe proportionate damages by analogy to Civil Code art. 157; apparent authority follows art. 172. The organisation may recover from an employee who acted with intent or gross negligence.",
        all_(EMP_BEYOND, IS_CC),
        [C(CGI, 21, 1, when=IS_CC), C(CGI, 21, 4, when=IS_CC)],
    ),
    W(
        "contested",
        "行为人是单位的工作人员、所涉事项超越其职权范围的，行为对单位不发生效力；单位有过错的，能否要求其按过错承担相应的赔偿责任，2021年以前的行为没有明确规定，请律师复核。",
        "Where the actor is an employee and the matter was beyond his duties, the act does not bind the organisation; whether an organisation at fault owes proportionate damages had no express rule for acts before 2021 — have a lawyer check.",
        all_(EMP_BEYOND, IS_GP),
        [C(GP, 170, 1, when=IS_GP)],
    ),
    W(
        "contested",
        "2017年10月1日以前，企业法人对它的法定代表人和其他工作人员的经营活动承担民事责任（民法通则第43条）；员工以单位名义超越权限签订的合同，单位是否承担，当时按这一条还是按合同法关于表见代理的规定（第49条，请律师核对原文）处理，有不同认识，请律师复核。",
        "Before 2017-10-01 an enterprise legal person answered for the business activities of its legal representative and other staff (General Principles art. 43); whether it was bound by an employee's contract beyond his authority — under that article or under the Contract Law's apparent authority (art. 49; have a lawyer check the text) — is disputed: have a lawyer check.",
        all_(EMPLOYEE, IS_GPCL),
        [C(GPCL, 43, when=IS_GPCL)],
    ),
    W(
        "missing_fact",
        "行为人是否被代理人的工作人员尚待核实：是员工、所涉事项通常属于其职权范围的，行为可能对被代理人发生效力。",
        "Whether the actor was the principal's employee is still to verify: an employee acting within his usual duties may bind the principal.",
        unknown("employee"),
    ),
]

CONTRACT_LAW_OLD = W(
    "unverified",
    "2017年10月1日以前订立的合同，当时的合同法对无权代理和表见代理另有规定：相对人可以催告被代理人在一个月内予以追认，被代理人未作表示的，视为拒绝追认，合同被追认之前，善意相对人有撤销的权利（第48条）；相对人有理由相信行为人有代理权的，该代理行为有效（第49条）。这些规定与民法通则第66条一并适用，请律师核对原文。",
    "For contracts made before 2017-10-01 the Contract Law of the time had its own rules: the counterparty could ask the principal to ratify within one month, silence being refusal, and a counterparty in good faith could revoke before ratification (art. 48); where the counterparty had reason to believe in the authority, the act was valid (art. 49). They applied with General Principles art. 66 — have a lawyer check the text.",
    IS_GPCL,
)

BASE_EVIDENCE = [
    N(
        "授权委托书、委托合同或者其他授权材料",
        "The letter of authority, the mandate or other authority papers",
        "any",
        NOT_JUDGED,
    ),
    N(
        "以被代理人名义签订的合同、交易记录、付款凭证",
        "The contract signed in the principal's name, transaction records, payments",
        "any",
        NOT_JUDGED,
    ),
    N(
        "双方往来的聊天记录、邮件、录音",
        "Chats, e-mails and recordings between the parties",
        "any",
        NOT_JUDGED,
    ),
    N(
        "一审判决书和送达回证",
        "The first-instance judgment and proof of service",
        "any",
        SERVED,
    ),
    N(
        "生效判决书（或者判决生效证明）和送达回证",
        "The effective judgment (or proof that it took effect) and proof of service",
        "any",
        JUDGED,
    ),
    N(
        "向对方催要、对方承诺或者部分履行的记录（可能中断申请执行期间）",
        "Records of demands made, promises or part payments (they may interrupt the period to apply for enforcement)",
        "any",
        ENF_LATE,
    ),
    N(
        "执行申请书、受理通知和执行法院的裁定（包括终结本次执行程序的裁定）",
        "The enforcement application, its acceptance and the enforcement court's rulings (including the one ending this round of enforcement)",
        "any",
        ENF_APPLIED,
    ),
]


def loss_scope(make: Any, known: J, open_: J, when: J | None = None) -> list[J]:
    out = []
    for scope, cond in ((known, LOSS_KNOWN), (open_, LOSS_OPEN)):
        out.append(make(scope, cond if when is None else all_(when, cond)))
    return out


JOINT_ORDER = T(
    "没有先后顺序：权利人可以请求其中任何一方或者全体承担全部责任；一方承担后，其他人在相应范围内不再承担",
    "No order: the claimant may claim the whole from either or all; what one pays discharges the others to that extent",
)
DASH = T("—", "—")


def summary(
    sides: list[str],
    zh: str,
    en: str,
    claimant: bool,
    when: J | None = None,
    merits: tuple[str, str] = ("", ""),
) -> list[J]:
    """Summary variants: by the judgment and its enforcement, the limitation's end, otherwise.
    ``merits`` (what to dispute on the merits) is left out once a judgment has taken effect."""
    if claimant:
        tails = [
            (
                ENF_TERMINATED,
                "案件已有生效判决，法院已经裁定终结本次执行程序：发现对方有可供执行的财产的，可以随时再次申请执行，不受申请执行期间的限制。",
                " A judgment has taken effect and the court ended this round of enforcement: whenever assets are found, you may apply again, with no time limit.",
            ),
            (
                ENF_APPLIED,
                "案件已有生效判决，已经申请强制执行：请配合执行法院，提供对方的财产线索。",
                " A judgment has taken effect and enforcement has been applied for: help the enforcement court with leads to their assets.",
            ),
            (
                ENF_LATE,
                "案件已有生效判决，但申请执行的期间看来已经届满（见期限表）：仍然可以申请执行，但对方可以提出异议；请先核实有没有中断这一期间的事由。",
                " A judgment has taken effect, but the period to apply for enforcement seems to have ended (see the deadlines): you may still apply, but they may object; check first for anything that interrupted the period.",
            ),
            (
                JUDGED,
                "案件已有生效判决，诉讼时效不再计算：对方不履行的，请在申请执行的期间届满前申请强制执行。",
                " A judgment has taken effect, so limitation no longer runs: if they do not perform, apply for enforcement before the period to apply ends.",
            ),
            (
                TIME_BARRED,
                "但诉讼时效已经届满（见期限表）：对方可以以此拒绝；请先核实有没有中断时效的事由。",
                " But the limitation period has ended (see the deadlines): they may refuse on that ground; check first for anything that interrupted it.",
            ),
        ]
    else:
        tails = [
            (
                ENF_LATE,
                "案件已有生效判决，但申请执行的期间看来已经届满（见期限表）：除非这一期间曾经中断，判决要求你履行的，对方申请执行时你可以提出异议，法院审查成立的，裁定不予执行；付款或者签字之前请先核实。",
                " A judgment has taken effect, but the period to apply for enforcement seems to have ended (see the deadlines): unless it was interrupted, if the judgment orders you to perform you may object when they apply, and the court refuses enforcement if the objection holds; check before paying or signing anything.",
            ),
            (
                JUDGED,
                "案件已有生效判决：判决确定的义务应当履行，这里的分析不能改变生效判决。",
                " A judgment has taken effect: what it orders must be done, and this assessment does not change it.",
            ),
            (
                TIME_BARRED,
                "另外，诉讼时效已经届满（见期限表），你可以以此拒绝。",
                " Besides, the limitation period has ended (see the deadlines): you may refuse on that ground.",
            ),
        ]
    tails.append(
        (
            SERVED,
            "一审判决已经送达、尚未生效：不服的，须在上诉期间内提起上诉（见期限表）。",
            " The first-instance judgment has been served and has not taken effect: an appeal must be filed within the period to appeal (see the deadlines).",
        )
    )

    def cond(c: J | None) -> J | None:
        if when is None:
            return c
        return when if c is None else all_(when, c)

    judged = (ENF_TERMINATED, ENF_APPLIED, ENF_LATE, JUDGED)
    out = []
    for c, z, e in tails:
        m = ("", "") if any(c is j for j in judged) else merits
        out.append(S(sides, zh + m[0] + z, en + m[1] + e, cond(c)))
    return [*out, S(sides, zh + merits[0], en + merits[1], cond(None))]


# --- outcomes -----------------------------------------------------------------------------

LOSS_P = T(
    f"{P}因此受到的损失（{{amount.loss_amount}}）", f"the loss of {PE} ({{amount.loss_amount}})"
)
LOSS_P_OPEN = T(f"{P}因此受到的损失（数额尚待确定）", f"the loss of {PE} (amount yet to be fixed)")
LOSS_CP = T(
    f"{CP}因此受到的损失（{{amount.loss_amount}}）", f"the loss of {CPE} ({{amount.loss_amount}})"
)
LOSS_CP_OPEN = T(
    f"{CP}因此受到的损失（数额尚待确定）", f"the loss of {CPE} (amount yet to be fixed)"
)
OWED_CP = T(
    f"按约定应当对{CP}履行的义务（{CP}主张的金额：{{amount.loss_amount}}）",
    f"what is owed to {CPE} under the terms ({CPE} claims {{amount.loss_amount}})",
)
OWED_CP_OPEN = T(
    f"按约定应当对{CP}履行的义务（金额尚待确定）",
    f"what is owed to {CPE} under the terms (amount yet to be fixed)",
)
PERFORM = T(
    "按约定履行；不履行的，承担违约责任", "Performance as agreed; breach brings liability for it"
)

COLLUSION_BASIS = versions(
    [(164, 2), (178, 1)], [(164, 2), (178, 1)], [(66, 3), (87,)], extra_cc=[C(CGI, 23, 1)]
)
ACCUSED = ["agent", "counterparty"]

_ag_a = Defences()
_ag_a.own(
    ACCUSED,
    f"否认恶意串通：应当由{P}证明双方明知会损害{P}仍相互勾结，法院须确信该事实存在的可能性能够排除合理怀疑（民诉法解释第109条）；价格是否合理、有没有人获取利益是关键事实。",
    f"Deny collusion: {PE} must prove that both knowingly worked together to its harm, and the court must be satisfied beyond reasonable doubt (SPC Civil Procedure Interpretation art. 109); whether the price was fair and whether anyone took a benefit are the key facts.",
    NOT_JUDGED,
)
_ag_a.own(
    ACCUSED,
    "法院认为存在恶意串通的高度可能性时，可以要求你就合同订立、履行的过程作出陈述或者提供证据；无正当理由拒绝，或者陈述不合理又不能提供证据的，可以认定恶意串通（合同编通则解释第23条第2款）：请备好价格依据和交易过程的材料，作出合理说明。",
    "Where the court finds collusion highly likely, it may require you to explain how the contract was made and performed, or to produce evidence; an unjustified refusal, or an implausible account without evidence, may establish collusion (SPC Contract Interpretation art. 23(2)): have the basis of the price and the record of the dealings ready and explain them.",
    all_(IS_CC, NOT_JUDGED),
)
_ag_a.own(
    ACCUSED,
    "对损失数额提出异议，要求对方证明。",
    "Dispute the amount of the loss and make the other side prove it.",
    NOT_JUDGED,
)
_ag_a.other(
    PRINCIPAL,
    "对方可能否认恶意串通，主张价格合理、没有人获取利益：恶意串通须由你证明，法院须确信其存在的可能性能够排除合理怀疑（民诉法解释第109条）。",
    "They may deny collusion and say the price was fair and nobody took a benefit: you must prove collusion, beyond reasonable doubt (SPC Civil Procedure Interpretation art. 109).",
    NOT_JUDGED,
)
_ag_a.limitation(ACCUSED, PRINCIPAL)

AG_A = outcome(
    "ag_a",
    "AG-A",
    T(
        "代理人与相对人恶意串通：两者对被代理人承担连带责任",
        "Agent and counterparty colluded: both are jointly and severally liable to the principal",
    ),
    [
        *summary(
            PRINCIPAL,
            f"{A}与{CP}恶意串通，损害了你的利益：你可以主张不承担该行为产生的民事责任（不受其约束），并请求两者对你的损失承担连带责任——可以请求其中任何一方或者双方赔偿全部损失。你也可以选择接受（追认）该行为。",
            f"The {{party.agent}} and {CPE} colluded to your harm: you may refuse to answer for the act (it does not bind you) and hold both jointly and severally liable for your loss — claim all of it from either or both. You may also choose to accept (ratify) the act.",
            True,
            IS_CC,
        ),
        *summary(
            PRINCIPAL,
            f"{A}与{CP}恶意串通，损害了你的利益：该行为对你没有约束力（其法律依据有不同认识，见注意事项），两者对你的损失承担连带责任——你可以请求其中任何一方或者双方赔偿全部损失。",
            f"The {{party.agent}} and {CPE} colluded to your harm: the act does not bind you (its legal ground is disputed — see the warnings), and both are jointly and severally liable for your loss — claim all of it from either or both.",
            True,
        ),
        *summary(
            AGENT,
            f"如果确实与{CP}恶意串通、损害了{P}，你要与{CP}对{P}的损失承担连带责任；你实际赔偿超过自己份额的部分，可以向{CP}追偿。",
            f"If you did collude with {CPE} to the harm of {PE}, you are jointly and severally liable with {CPE} for that loss, and may recover from {CPE} what you pay beyond your share.",
            False,
            merits=(
                f"恶意串通须由{P}证明，法院须确信其存在的可能性能够排除合理怀疑；你可以就是否串通、损失大小提出抗辩。",
                f" {PE} must prove collusion beyond reasonable doubt; you may dispute it and the amount.",
            ),
        ),
        *summary(
            COUNTERPARTY,
            f"如果确实与{A}恶意串通、损害了{P}，{P}可以主张不受该行为约束，你还要与{A}对{P}的损失承担连带责任。",
            f"If you did collude with the {{party.agent}} to the harm of {PE}, {PE} may refuse to be bound by the act, and you are jointly and severally liable with the {{party.agent}} for the loss.",
            False,
            merits=(
                f"恶意串通须由{P}证明，法院须确信其存在的可能性能够排除合理怀疑；你可以就是否串通、损失大小提出抗辩。",
                f" {PE} must prove collusion beyond reasonable doubt; you may dispute it and the amount.",
            ),
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{A}和{CP}", f"the {{party.agent}} and {CPE}"),
                T(P, PE),
                scope,
                JOINT_ORDER,
                COLLUSION_BASIS,
                T("代理人与相对人恶意串通", "collusion of agent and counterparty"),
                cond,
            ),
            LOSS_P,
            LOSS_P_OPEN,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "被代理人可以主张不承担该行为产生的民事责任（也可以选择追认）",
                "the principal may refuse to answer for the act (or choose to ratify it)",
            ),
            DASH,
            [C(CGI, 23, 1)],
            when=AT_CC,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "该行为对被代理人没有约束力（也可以选择追认）",
                "the act does not bind the principal (who may choose to ratify it)",
            ),
            DASH,
            [C(GP, 154, when=IS_GP), C(GPCL, 58, 1, 4, when=IS_GPCL)],
            T("法律依据有不同认识", "its legal ground is disputed"),
            AT_OLD,
        ),
    ],
    deadlines=deadlines_for(PRINCIPAL, joint=True),
    defences=_ag_a.defences,
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "当事人对恶意串通事实的证明，人民法院确信该事实存在的可能性能够排除合理怀疑的，才认定该事实存在。",
            "Collusion is found only where the court is satisfied that its existence is beyond reasonable doubt.",
            NOT_JUDGED,
            [C(CPI, 109)],
        ),
        W(
            "caution",
            "法院综合交易习惯、价格是否显失公平、相关人员是否获取不正当利益、履行情况等，认为存在恶意串通的高度可能性的，可以要求代理人和相对人就合同订立、履行过程作出陈述；无正当理由拒绝或者陈述不合理又不能提供证据的，可以认定恶意串通。",
            "Where, weighing the course of dealing, whether the price was grossly unfair, whether anyone took an improper benefit and how the contract was performed, collusion is highly likely, the court may require the agent and counterparty to explain how the contract was made and performed; an unjustified refusal, or an implausible account without evidence, may establish collusion.",
            all_(IS_CC, NOT_JUDGED),
            [C(CGI, 23, 2, when=IS_CC)],
        ),
        W(
            "contested",
            "恶意串通、损害他人合法权益的民事法律行为无效（民法总则第154条；2017年10月1日以前为民法通则第58条第1款第4项）。被代理人本身是以其名义实施该行为的一方，能否作为“他人”主张该行为无效，还是只能主张该行为对其不发生效力，有不同认识；两种看法下被代理人都可以不受其约束，也都可以选择追认。",
            "A juristic act by which parties collude to harm another's lawful rights is void (General Provisions art. 154; before 2017-10-01 General Principles art. 58(1)(4)). Whether the principal — the party in whose name the act was done — can call it void as 'another', or can only say it does not bind him, is disputed; either way he is not bound, and either way he may choose to ratify.",
            OLD,
            [C(GP, 154, when=IS_GP), C(GPCL, 58, 1, 4, when=IS_GPCL)],
        ),
    ],
    next_steps=[
        N(
            f"书面通知{CP}：该行为系恶意串通，你不接受其约束，并要求返还已经取得的财产。",
            f"Tell {CPE} in writing that the act was collusive and you do not accept it, and demand back what was handed over.",
            PRINCIPAL,
            all_(NO_SUIT, NOT_JUDGED),
        ),
        N(
            "有证据显示恶意串通的高度可能性的（价格显失公平、有人获取不正当利益等），起诉后可以请求法院要求对方就合同订立、履行的过程作出陈述（合同编通则解释第23条第2款）。",
            "With evidence making collusion highly likely (a grossly unfair price, an improper benefit …), once you sue you may ask the court to require them to explain how the contract was made and performed (SPC Contract Interpretation art. 23(2)).",
            PRINCIPAL,
            all_(IS_CC, NOT_JUDGED),
        ),
        *claim_steps(PRINCIPAL, f"{A}和{CP}", f"the {{party.agent}} and {CPE}"),
        *_ag_a.steps,
        *defend_steps(ACCUSED),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "价格明显不合理的证据（同期市场价格、评估报告）",
            "Evidence that the price was plainly unreasonable (market prices of the time, valuations)",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        N(
            "回扣、好处费等利益往来的证据（转账记录、证人）",
            "Evidence of kickbacks or other benefits (transfers, witnesses)",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        N(
            "价格公允的证据（同期市场价格、评估报告、同类交易的价格）",
            "Evidence that the price was fair (market prices of the time, valuations, comparable deals)",
            ACCUSED,
            NOT_JUDGED,
        ),
        N(
            "交易过程正常的证据（询价、比价、审批和内部流程的记录）",
            "Evidence that the deal went through normal channels (quotes, comparisons, approvals and internal records)",
            ACCUSED,
            NOT_JUDGED,
        ),
        N(
            "没有给予或者收受回扣、好处的证据（账户流水）",
            "Evidence that no kickback or other benefit changed hands (account statements)",
            ACCUSED,
            NOT_JUDGED,
        ),
    ],
    citations=[C(CPI, 109)],
)

ILLEGAL_BASIS = versions([(167,), (178, 1)], [(167,), (178, 1)], [(67,), (87,)])
KNOWN_LIMB = all_(not_(WHO_UNKNOWN), not_(ONLY_PRINCIPAL_KNEW))

_ag_b = Defences()
_ag_b.own(
    AGENT,
    "你不知道也不应当知道代理事项违法：主张法律规定的被代理人知情而不反对时的连带责任，不及于不知情的代理人（有不同认识，见注意事项），并提供自己不知情的证据。",
    "You neither knew nor should have known that the matter was unlawful: argue that the joint liability for a principal who knew and did not object does not reach an agent who did not know (disputed — see the warnings), and show that you did not know.",
    all_(ONLY_PRINCIPAL_KNEW, NOT_JUDGED),
)
_ag_b.own(
    AGENT,
    "要求对方证明你知道或者应当知道代理事项违法。",
    "Make the other side prove that you knew or should have known the matter was unlawful.",
    all_(AGENT_KNEW, NOT_JUDGED, FROM_2017),
)
_ag_b.own(
    AGENT,
    "要求对方证明你确实知道代理事项违法：民法通则只规定“知道”。",
    "Make the other side prove that you actually knew the matter was unlawful: the General Principles speak only of knowing.",
    all_(AGENT_KNEW, NOT_JUDGED, IS_GPCL),
)
_ag_b.own(
    PRINCIPAL,
    "主张自己已经表示反对，或者并不知道也不应当知道代理行为违法，并提供证据。",
    "Argue that you objected, or that you neither knew nor should have known that the act was unlawful, and prove it.",
    all_(PRINCIPAL_KNEW, NOT_JUDGED),
)
_ag_b.other(
    COUNTERPARTY,
    "对方可能主张不知道代理事项违法，或者（被代理人）已经表示反对：请收集能说明其知情的证据。",
    "They may say they did not know the matter was unlawful, or (the principal) that it objected: gather what shows they knew.",
    NOT_JUDGED,
)
_ag_b.limitation(["principal", "agent"], COUNTERPARTY)

AG_B = outcome(
    "ag_b",
    "AG-B",
    T(
        "代理事项违法：被代理人和代理人承担连带责任",
        "An unlawful agency: principal and agent are jointly and severally liable",
    ),
    [
        S(
            ALL,
            f"代理事项违法，但谁知道或者应当知道尚待核实：{A}知道或者应当知道仍然实施，或者{P}知道或者应当知道而不反对的，两者对受害人承担连带责任；都不知道的，不因此承担连带责任。",
            f"The matter was unlawful, but who knew or should have known is still to verify: if the {{party.agent}} knew or should have known and still acted, or {PE} knew or should have known and did not object, both are jointly and severally liable to those harmed; if neither, there is no joint liability on that ground.",
            WHO_UNKNOWN,
        ),
        *summary(
            COUNTERPARTY,
            f"代理事项违法，且{A}或者{P}知道：两者对你的损失承担连带责任，你可以请求其中任何一方或者双方赔偿全部损失。",
            f"The matter was unlawful and the {{party.agent}} or {PE} knew: both are jointly and severally liable for your loss — you may claim all of it from either or both.",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"代理事项违法，且你或者{A}知道：你与{A}对受害人的损失承担连带责任；你实际承担超过自己份额的部分，可以向{A}追偿。",
            "The matter was unlawful and you or the {party.agent} knew: you and the {party.agent} are jointly and severally liable for the loss of those harmed; what you pay beyond your share you can recover from the {party.agent}.",
            False,
        ),
        *summary(
            AGENT,
            f"代理事项违法，{P}知道或者应当知道而没有表示反对，你自己不知道也不应当知道：按法律的文字，被代理人和代理人都要对受害人承担连带责任；但不知情的代理人是否也要承担连带责任，有不同认识（有力的观点认为不应承担）。实际承担超过自己份额的部分，可以向{P}追偿。",
            f"The matter was unlawful, {PE} knew or should have known and did not object, and you neither knew nor should have known: by the words of the law principal and agent are both jointly and severally liable to those harmed, but whether an agent who did not know is liable too is disputed (a strong view says not). What you pay beyond your share you can recover from {PE}.",
            False,
            ONLY_PRINCIPAL_KNEW,
            ("你不知情是你的首要抗辩。", " Your not knowing is your first defence."),
        ),
        *summary(
            AGENT,
            f"代理事项违法，且你或者{P}知道：你与{P}对受害人的损失承担连带责任；你实际承担超过自己份额的部分，可以向{P}追偿。",
            f"The matter was unlawful and you or {PE} knew: you and {PE} are jointly and severally liable for the loss of those harmed; what you pay beyond your share you can recover from {PE}.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
                T(f"{CP}或者其他受到损害的人", f"{CPE} or others harmed"),
                scope,
                JOINT_ORDER,
                ILLEGAL_BASIS,
                T(
                    "代理事项违法，代理人或者被代理人知道",
                    "unlawful agency, known to the agent or the principal",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            KNOWN_LIMB,
        ),
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
                T(f"{CP}或者其他受到损害的人", f"{CPE} or others harmed"),
                scope,
                JOINT_ORDER,
                ILLEGAL_BASIS,
                T(
                    "被代理人知道而未反对；不知情的代理人是否连带，有争议",
                    "the principal knew and did not object; whether an agent who did not know is jointly liable is disputed",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            ONLY_PRINCIPAL_KNEW,
        ),
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
                T(f"{CP}或者其他受到损害的人", f"{CPE} or others harmed"),
                scope,
                JOINT_ORDER,
                ILLEGAL_BASIS,
                T(
                    "若代理人或者被代理人知道或者应当知道代理事项违法",
                    "if the agent or the principal knew or should have known",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            WHO_UNKNOWN,
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY, joint=True),
    defences=_ag_b.defences,
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "contested",
            "民法通则第67条只规定“知道”，不包括“应当知道”：有观点认为只是应当知道的，不构成这一连带责任；也有观点认为可以根据客观情况推定知道。本案适用民法通则，请尽量证明代理人或者被代理人确实知道。",
            "General Principles art. 67 says only 'knew', not 'should have known': one view is that should-have-known does not bring this joint liability, another that knowledge may be inferred from the facts. The General Principles apply here: prove actual knowledge where you can.",
            IS_GPCL,
            [C(GPCL, 67, when=IS_GPCL)],
        ),
        W(
            "contested",
            "法律规定：被代理人知道或者应当知道代理行为违法而未作反对表示的，被代理人和代理人承担连带责任。对不知道也不应当知道代理事项违法的代理人是否也适用，有不同认识：有观点认为这时只由被代理人承担，不知情的代理人不承担连带责任。",
            "The law makes principal and agent jointly liable where the principal knew or should have known of the unlawful act and did not object. Whether that reaches an agent who neither knew nor should have known is disputed: one view is that then only the principal answers, and the innocent agent is not jointly liable.",
            ONLY_PRINCIPAL_KNEW,
            versions([(167,)], [(167,)], [(67,)]),
        ),
        W(
            "missing_fact",
            "谁知道代理事项违法尚待核实。",
            "Who knew of the unlawfulness is still to verify.",
            WHO_UNKNOWN,
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, f"{P}和{A}", f"{PE} and the {{party.agent}}"),
        N(
            "停止违法的代理事项，保存自己曾经反对或者不知情的证据。",
            "Stop the unlawful matter and keep the evidence that you objected or did not know.",
            ["principal", "agent"],
            NOT_JUDGED,
        ),
        *_ag_b.steps,
        *defend_steps(["principal", "agent"]),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "证明代理事项违法以及谁知情的证据",
            "Evidence that the matter was unlawful and who knew",
            COUNTERPARTY,
            NOT_JUDGED,
        ),
        N(
            "证明自己不知情或者已经表示反对的证据（指示、聊天记录、书面反对）",
            "Evidence that you did not know or objected (instructions, chats, a written objection)",
            ["principal", "agent"],
            NOT_JUDGED,
        ),
    ],
)

_ag_b0 = Defences().limitation(["principal", "agent"], COUNTERPARTY)

AG_B0 = outcome(
    "ag_b0",
    "AG-B0",
    T(
        "代理事项违法，但不构成违法代理的连带责任",
        "An unlawful matter, but no joint liability for unlawful agency",
    ),
    [
        S(
            COUNTERPARTY,
            f"代理人或者被代理人只是应当知道、并非确实知道代理事项违法：按民法通则第67条，一般不构成违法代理的连带责任（有不同认识，见注意事项）。你只能按一般规则请求：代理人在权限内实施的行为，后果由{P}承受；因过错造成你损害的，向有过错的一方请求赔偿。",
            f"The agent or the principal only should have known, not actually knew, that the matter was unlawful: under General Principles art. 67 there is as a rule no joint liability for unlawful agency (disputed — see the warnings). Claim under the general rules: acts within the authority bind {PE}; for harm caused by fault, claim from whoever was at fault.",
            ans("knowledge_kind", "should_only"),
        ),
        S(
            COUNTERPARTY,
            f"代理人和被代理人都不知道、也不应当知道代理事项违法，不构成违法代理的连带责任。你只能按一般规则请求：代理人在权限内实施的行为，后果由{P}承受；因过错造成你损害的，向有过错的一方请求赔偿。",
            f"Neither the agent nor the principal knew or should have known that the matter was unlawful, so there is no joint liability for unlawful agency. Claim under the general rules: acts within the authority bind {PE}; for harm caused by fault, claim from whoever was at fault.",
        ),
        S(
            ["principal", "agent"],
            f"代理人或者被代理人只是应当知道、并非确实知道代理事项违法：按民法通则第67条，你们一般不因违法代理承担连带责任（有不同认识，见注意事项）。但代理人在权限内实施的行为，后果由{P}承受；因过错造成他人损害的，有过错的一方仍应赔偿。",
            f"The agent or the principal only should have known, not actually knew: under General Principles art. 67 you are as a rule not jointly liable for unlawful agency (disputed — see the warnings). Acts within the authority still bind {PE}, and whoever caused harm by fault still answers for it.",
            ans("knowledge_kind", "should_only"),
        ),
        S(
            ["principal", "agent"],
            f"代理人和被代理人都不知道、也不应当知道代理事项违法，你们不因违法代理承担连带责任。但代理人在权限内实施的行为，后果由{P}承受；因过错造成他人损害的，有过错的一方仍应赔偿。",
            f"Neither the agent nor the principal knew or should have known that the matter was unlawful, so you are not jointly liable for unlawful agency. Acts within the authority still bind {PE}, and whoever caused harm by fault still answers for it.",
        ),
    ],
    [
        F(
            "不承担责任",
            T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
            T(f"{CP}或者其他受到损害的人", f"{CPE} or others harmed"),
            T(
                "不因代理事项违法而承担连带责任；代理行为的后果和因过错造成的损害，仍按一般规则承担",
                "no joint liability on the ground of unlawful agency; the act's effects and harm caused by fault follow the general rules",
            ),
            DASH,
            versions([(167,)], [(167,)], [(67,)]),
            T(
                "仅指不承担违法代理的连带责任",
                "released only from joint liability for unlawful agency",
            ),
        )
    ],
    remaining_liability=T(
        f"代理人在代理权限内实施的行为，后果由{P}承受；因过错造成他人损害的，有过错的一方依法承担赔偿责任。",
        f"Acts within the authority bind {PE}; whoever caused harm by fault answers for it as the law provides.",
    ),
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_b0.defences,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "contested",
            "民法通则第67条只规定“知道”：有观点认为只是应当知道的，不构成这一连带责任；也有观点认为可以根据客观情况推定知道，这时结论会改变。",
            "General Principles art. 67 says only 'knew': one view is that should-have-known does not bring this joint liability, another that knowledge may be inferred from the facts, which would change the result.",
            ans("knowledge_kind", "should_only"),
            [C(GPCL, 67)],
        ),
    ],
    next_steps=[
        N(
            "核实代理人、被代理人是否知道或者应当知道代理事项违法：有证据证明知道的，结论会改变。",
            "Check whether the agent or the principal knew or should have known: evidence that they did changes the result.",
            "any",
            NOT_JUDGED,
        ),
        *claim_steps(COUNTERPARTY, "有过错的一方", "whoever was at fault"),
        *_ag_b0.steps,
        *defend_steps(["principal", "agent"]),
    ],
    evidence=BASE_EVIDENCE,
)

RATIFY_BASIS = versions([(171, 1), (503,)], [(171, 1)], [(66, 1)])
UNAUTH_WARNINGS = [*ONE_OF_JOINT_WARNINGS, *EMPLOYEE_WARNINGS]

_ag_r = Defences()
_ag_r.own(
    AGENT,
    f"{P}已经追认（或者视为同意）：行为对{P}发生效力，你不再对{CP}承担无权代理的责任，可以以此抗辩{CP}的请求。",
    f"{PE} ratified (or is deemed to have consented): the act binds {PE}, and you no longer answer to {CPE} for acting without authority — plead that against any claim of {CPE}.",
    NOT_JUDGED,
)
_ag_r.limitation(PRINCIPAL, COUNTERPARTY)

AG_R = outcome(
    "ag_r",
    "AG-R",
    T(
        "被代理人追认或者视为同意：由被代理人承担",
        "The principal ratified or is deemed to have consented: the act binds the principal",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"{P}知道{A}以其名义实施行为而没有作否认表示：按民法通则，视为同意，行为对{P}发生效力，你可以请求{P}按约定履行（当时的合同法对催告后不作表示另有规定，见注意事项）。",
            f"{PE} knew that the {{party.agent}} acted in its name and did not deny it: under the General Principles that is consent, the act binds {PE}, and you may claim performance from {PE} (the Contract Law of the time treated silence after a request differently — see the warnings).",
            True,
            SILENT,
        ),
        *summary(
            PRINCIPAL,
            f"你知道{A}以你的名义实施行为而没有作否认表示：按民法通则，视为同意，行为对你发生效力，你应当按约定对{CP}履行（当时的合同法对催告后不作表示另有规定，见注意事项）。",
            f"You knew that the {{party.agent}} acted in your name and did not deny it: under the General Principles that is consent, the act binds you, and you must perform towards {CPE} (the Contract Law of the time treated silence after a request differently — see the warnings).",
            False,
            SILENT,
        ),
        *summary(
            AGENT,
            f"{P}知道你以其名义实施行为而没有作否认表示：按民法通则，视为同意，行为对{P}发生效力，你不再对{CP}承担无权代理的责任（当时的合同法对催告后不作表示另有规定，见注意事项）。",
            f"{PE} knew that you acted in its name and did not deny it: under the General Principles that is consent, the act binds {PE}, and you no longer answer to {CPE} for acting without authority (the Contract Law of the time treated silence after a request differently — see the warnings).",
            False,
            SILENT,
        ),
        *summary(
            COUNTERPARTY,
            f"{P}已经追认：行为对{P}发生效力，你应当请求{P}按约定履行；{A}不再对你承担无权代理的责任。",
            f"{PE} ratified: the act binds {PE}, so claim performance from {PE}; the {{party.agent}} no longer answers to you for acting without authority.",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"你已经追认（开始履行或者接受对方履行的，视为追认）：行为对你发生效力，你应当按约定对{CP}履行。",
            f"You ratified (starting to perform or accepting performance counts as ratifying): the act binds you and you must perform towards {CPE}.",
            False,
            IS_CC,
        ),
        *summary(
            PRINCIPAL,
            f"你已经追认：行为对你发生效力，你应当按约定对{CP}履行。",
            f"You ratified: the act binds you and you must perform towards {CPE}.",
            False,
        ),
        *summary(
            AGENT,
            f"{P}已经追认：行为对{P}发生效力，你不再对{CP}承担无权代理的责任。",
            f"{PE} ratified: the act binds {PE}, and you no longer answer to {CPE} for acting without authority.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                [*RATIFY_BASIS],
                T(
                    "追认后，按约定对相对人履行",
                    "ratified: performs towards the counterparty as agreed",
                ),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
        ),
        F(
            "不承担责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T(
                "追认后，行为对被代理人发生效力；行为人不再承担无权代理的责任",
                "after ratification the act binds the principal; the actor no longer answers for acting without authority",
            ),
            DASH,
            RATIFY_BASIS,
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_r.defences,
    warnings=[
        *COMMON_WARNINGS,
        *ONE_OF_JOINT_WARNINGS,
        W(
            "contested",
            "民法通则第66条第1款规定，本人知道他人以本人名义实施民事行为而不作否认表示的，视为同意；而当时的合同法规定，相对人催告被代理人追认、被代理人在一个月内未作表示的，视为拒绝追认（第48条第2款，请律师核对原文）。合同案件中被代理人沉默的，按哪一条处理有不同认识，特别是收到催告后沉默的，请律师复核。",
            "General Principles art. 66(1) deems one who knows that another acted in his name and does not deny it to consent; the Contract Law of the time deemed a principal who, asked by the counterparty, said nothing within a month to refuse (art. 48(2) — have a lawyer check the text). Which rule governs a principal's silence on a contract — above all after a request — is disputed: have a lawyer check.",
            SILENT,
            [C(GPCL, 66, 1)],
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, P, PE),
        N(
            "按追认的合同履行，并保留履行凭证。",
            "Perform the ratified contract and keep proof.",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        *_ag_r.steps,
        *defend_steps(PRINCIPAL, merits=False),
        N(
            "保存被代理人追认（或者知情而不否认）的证据。",
            "Keep the evidence of the ratification (or of knowing silence).",
            AGENT,
        ),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "被代理人追认的书面意见，或者开始履行、接受履行的记录",
            "The written ratification, or records of performing or accepting performance",
            "any",
            not_(SILENT),
        ),
        N(
            "被代理人知道有人以其名义行事、却没有否认的证据",
            "Evidence that the principal knew someone acted in its name and did not deny it",
            "any",
            SILENT,
        ),
    ],
)

AGENT_TO_PRINCIPAL = versions([(164, 1), (929, 2)], [(164, 1)], [(66, 2)])
APPARENT_BASIS = versions([(172,)], [(172,)], [])

_ag_c = Defences()
_ag_c.own(
    PRINCIPAL,
    f"主张{CP}没有合理理由相信行为人有代理权（例如明知授权已经终止、交易明显异常、没有核实授权）：表见代理须由{CP}证明。",
    f"Argue that {CPE} had no reasonable ground to believe in the authority (knew it had ended, the deal was plainly abnormal, nothing was checked): {CPE} must prove apparent authority.",
    NOT_JUDGED,
)
_ag_c.own(
    AGENT,
    "主张被代理人的损失与自己的行为无关，或者数额不实；被代理人向你请求赔偿，也受诉讼时效限制（一般为三年，自其知道或者应当知道受到损害以及义务人之日起计算）。",
    "Argue that the principal's loss was not caused by your act, or is overstated; the principal's claim against you is also subject to limitation (usually three years from when it knew or should have known of its loss and of you).",
    NOT_JUDGED,
)
_ag_c.other(
    COUNTERPARTY,
    f"{P}可能主张你没有合理理由相信（明知授权已经终止、交易明显异常、没有核实授权）：表见代理须由你证明，请备好授权外观和交易习惯的证据。",
    f"{PE} may say you had no reasonable ground to believe (you knew the authority had ended, the deal was plainly abnormal, nothing was checked): you must prove apparent authority, so have the evidence of the appearance of authority and of past dealings ready.",
    NOT_JUDGED,
)
_ag_c.limitation(PRINCIPAL, COUNTERPARTY)

ALTERNATIVE_CLAIM = W(
    "contested",
    "表见代理须由相对人证明有理由相信行为人有代理权，能否成立由法院认定。表见代理不成立的，相对人可以转而请求行为人承担无权代理的责任（履行债务或者赔偿）；但能否在同一诉讼中把行为人列为被告、同时提出备用请求，实务中做法不一，请律师确定诉讼请求的写法。",
    "Apparent authority must be proved by the counterparty and is for the court to find. If it fails, the counterparty may turn to the actor's liability for acting without authority (performance or damages); whether the actor can be joined in the same suit with that claim in the alternative is handled differently by courts — have a lawyer settle the claims.",
    None,
    versions([(172,), (171, 3)], [(172,), (171, 3)], []),
)

AG_C = outcome(
    "ag_c",
    "AG-C",
    T(
        "构成表见代理：由被代理人承担，行为人对被代理人赔偿",
        "Apparent authority: the principal is bound, the actor compensates the principal",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"你有理由相信{A}有代理权，构成表见代理：代理行为有效，{P}应当按约定对你履行，你可以请求{P}履行。表见代理须由你证明；为防表见代理不成立，可以同时保留向{A}主张无权代理责任的可能（见注意事项）。",
            f"You had reason to believe the {{party.agent}} had authority — apparent authority: the act is valid and {PE} must perform towards you, so claim performance from {PE}. You must prove it; in case it fails, keep open a claim against the {{party.agent}} for acting without authority (see the warnings).",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"{CP}有理由相信{A}有代理权，构成表见代理：代理行为对你有效，你应当按约定履行；你因此受到的损失，可以向{A}请求赔偿。",
            f"{CPE} had reason to believe the {{party.agent}} had authority — apparent authority: the act binds you and you must perform as agreed; you may claim your loss from the {{party.agent}}.",
            False,
            merits=(
                f"你可以抗辩{CP}并无合理理由相信（如明知授权已经终止、交易明显异常）。",
                f" You may argue that {CPE} had no reasonable ground to believe (e.g. knew the authority had ended, or the deal was plainly abnormal).",
            ),
        ),
        *summary(
            AGENT,
            f"构成表见代理：由{P}对{CP}承担；但{P}因此受到的损失，可以向你请求赔偿。",
            f"Apparent authority: {PE} is bound towards {CPE}, but may claim from you the loss this caused.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                APPARENT_BASIS,
                T(
                    "表见代理：代理行为有效，按约定承担",
                    "apparent authority: the act is valid and binds the principal",
                ),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
        ),
        F(
            "不承担责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T(
                "代理行为有效，由被代理人对相对人承担；行为人不对相对人承担无权代理的责任",
                "the act is valid and binds the principal; the actor does not answer to the counterparty for acting without authority",
            ),
            DASH,
            APPARENT_BASIS,
            T("表见代理成立时", "while apparent authority holds"),
        ),
        F(
            "赔偿责任",
            T(A, "the {party.agent}"),
            T(P, PE),
            T(
                "被代理人因对相对人承担而受到的损失（以实际承担的数额为准）",
                "the loss the principal suffers by answering to the counterparty (as actually borne)",
            ),
            T("被代理人承担后，向行为人请求", "The principal claims after bearing it"),
            AGENT_TO_PRINCIPAL,
            T("行为人对被代理人", "the actor to the principal"),
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_c.defences,
    warnings=[*COMMON_WARNINGS, ALTERNATIVE_CLAIM, *UNAUTH_WARNINGS],
    next_steps=[
        *claim_steps(COUNTERPARTY, P, PE),
        N(
            f"起诉时可以把{P}和{A}一并列为被告：以表见代理请求{P}履行，以{A}的无权代理责任作为备用请求；请律师确定诉讼请求的写法。",
            f"When suing you may name {PE} and the {{party.agent}} together: performance from {PE} for apparent authority, with the {{party.agent}}'s liability for acting without authority in the alternative; have a lawyer settle the claims.",
            COUNTERPARTY,
            NO_SUIT,
        ),
        N(
            f"承担后，向{A}请求赔偿因此受到的损失：这一请求的诉讼时效一般为三年，自你知道或者应当知道受到损害以及义务人之日起计算（通常是你实际承担之时），请及时主张并保留证据。",
            "Once you have borne it, claim the loss from the {party.agent}: that claim's limitation period is usually three years from when you knew or should have known of your loss and of him (usually when you actually bore it) — claim in time and keep proof.",
            PRINCIPAL,
        ),
        *_ag_c.steps,
        *defend_steps(["principal", "agent"]),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "你相信有代理权的依据（盖章的委托书或者合同、以往交易、工作证件）",
            "What made you believe in the authority (sealed authority or contract, past dealings, work ID)",
            COUNTERPARTY,
            NOT_JUDGED,
        ),
        N(
            "相对人知道或者应当知道没有代理权的证据（授权终止的通知、交易的异常之处）",
            "Evidence that the counterparty knew or should have known of the lack of authority (notice that it ended, what was abnormal in the deal)",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        N(
            "你因承担而受到损失的证据（判决、付款凭证）",
            "Evidence of the loss you bore (judgment, payment records)",
            PRINCIPAL,
        ),
    ],
)

_ag_w = Defences()
_ag_w.own(
    PRINCIPAL,
    f"证明{CP}知道或者应当知道你对工作人员职权的限制（如事先告知、合同文本或者交易习惯载明审批要求）：能证明的，行为对你不发生效力。",
    f"Prove that {CPE} knew or should have known of your limit on the employee's duties (told beforehand, stated in the contract or the course of dealing): then the act does not bind you.",
    NOT_JUDGED,
)
_ag_w.own(
    AGENT,
    f"所涉事项属于你通常的职权范围，行为对{P}发生效力：以此抗辩{CP}对你的请求。",
    f"The matter was within your usual duties, so the act binds {PE}: plead that against any claim of {CPE} on you.",
    NOT_JUDGED,
)
_ag_w.other(
    COUNTERPARTY,
    f"{P}可能主张你知道或者应当知道其对工作人员职权的内部限制：保存你不知道该限制的证据。",
    f"{PE} may say you knew or should have known of its internal limit: keep what shows you did not.",
    NOT_JUDGED,
)
_ag_w.limitation(PRINCIPAL, COUNTERPARTY)

AG_W = outcome(
    "ag_w",
    "AG-W",
    T(
        "工作人员超出单位内部限制：限制不得对抗善意相对人，由被代理人承担",
        "An employee beyond an internal limit: the limit does not bind a counterparty in good faith, the principal is bound",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"{A}是{P}的工作人员，所涉事项通常属于其职权范围，只是超出了{P}的内部限制：这种限制不得对抗善意相对人，行为对{P}发生效力，你可以请求{P}按约定履行。{P}须证明你知道或者应当知道该限制，才能不受约束。",
            f"The {{party.agent}} is an employee of {PE} and the matter was within his usual duties, only beyond an internal limit: that limit cannot be held against a counterparty in good faith, the act binds {PE}, and you may claim performance from it. To escape it, {PE} must prove you knew or should have known of the limit.",
            True,
            IS_CC,
        ),
        *summary(
            COUNTERPARTY,
            f"{A}是{P}的工作人员，所涉事项通常属于其职权范围，只是超出了{P}的内部限制：这种限制不得对抗善意相对人，行为对{P}发生效力，你可以请求{P}按约定履行。",
            f"The {{party.agent}} is an employee of {PE} and the matter was within his usual duties, only beyond an internal limit: that limit cannot be held against a counterparty in good faith, the act binds {PE}, and you may claim performance from it.",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"{A}是你的工作人员，所涉事项通常属于其职权范围：你对其职权的内部限制不得对抗善意相对人，行为对你发生效力，你应当履行，除非你能证明{CP}知道或者应当知道该限制。你承担后，可以向有故意或者重大过失的{A}追偿。",
            f"The {{party.agent}} is your employee and the matter was within his usual duties: your internal limit cannot be held against a counterparty in good faith, so the act binds you and you must perform, unless you prove {CPE} knew or should have known of the limit. Having paid, you may recover from the {{party.agent}} if he acted with intent or gross negligence.",
            False,
            IS_CC,
        ),
        *summary(
            PRINCIPAL,
            f"{A}是你的工作人员，所涉事项通常属于其职权范围：你对其职权的内部限制不得对抗善意相对人，行为对你发生效力，你应当履行，除非{CP}知道或者应当知道该限制。",
            f"The {{party.agent}} is your employee and the matter was within his usual duties: your internal limit cannot be held against a counterparty in good faith, so the act binds you and you must perform, unless {CPE} knew or should have known of the limit.",
            False,
        ),
        *summary(
            AGENT,
            f"你是{P}的工作人员，所涉事项通常属于你的职权范围：{P}的内部限制不得对抗善意相对人，行为对{P}发生效力，由{P}对{CP}承担，你不承担无权代理的责任。但{P}承担后，可以向有故意或者重大过失的你追偿。",
            f"You are an employee of {PE} and the matter was within your usual duties: {PE}'s internal limit cannot be held against a counterparty in good faith, so the act binds {PE}, which answers to {CPE}; you do not answer for acting without authority. But having paid, {PE} may recover from you if you acted with intent or gross negligence.",
            False,
            IS_CC,
        ),
        *summary(
            AGENT,
            f"你是{P}的工作人员，所涉事项通常属于你的职权范围：{P}的内部限制不得对抗善意相对人，行为对{P}发生效力，由{P}对{CP}承担，你不承担无权代理的责任。",
            f"You are an employee of {PE} and the matter was within your usual duties: {PE}'s internal limit cannot be held against a counterparty in good faith, so the act binds {PE}, which answers to {CPE}; you do not answer for acting without authority.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                versions([(170, 2)], [(170, 2)], [], extra_cc=[C(CGI, 21, 3)]),
                T(
                    "工作人员职权范围内的事项；内部限制不得对抗善意相对人",
                    "within the employee's duties; an internal limit does not bind a counterparty in good faith",
                ),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
        ),
        F(
            "不承担责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T(
                "行为对单位发生效力；工作人员不承担无权代理的责任",
                "the act binds the organisation; the employee does not answer for acting without authority",
            ),
            DASH,
            versions([(170, 1)], [(170, 1)], []),
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_w.defences,
    recourse=[
        N(
            "单位承担民事责任后，可以向有故意或者重大过失的工作人员追偿（合同编通则解释第21条第4款）。",
            "Having answered, the organisation may recover from an employee who acted with intent or gross negligence (SPC Contract Interpretation art. 21(4)).",
            "any",
            IS_CC,
        ),
    ],
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "所涉事项依法应当由单位的权力机构或者决策机构决议、由执行机构决定、由法定代表人实施，或者通常不属于该工作人员职权的，属于超越职权，结论不同：合同对单位不发生效力，单位有过错的，承担相应的赔偿责任。",
            "If the matter was one for the organisation's governing or decision-making body, its executive body or its legal representative, or not part of the employee's usual duties, it was beyond his duties and the result differs: the contract does not bind the organisation, which owes proportionate damages if at fault.",
            IS_CC,
            [C(CGI, 21, 1, when=IS_CC), C(CGI, 21, 2, when=IS_CC)],
        ),
        W(
            "caution",
            f"{CP}有理由相信{A}有代理权的，也构成表见代理，同样由{P}承担。",
            f"If {CPE} had reason to believe in the authority, that is also apparent authority, with the same result: {PE} is bound.",
            BELIEF,
            versions([(172,)], [(172,)], []),
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, P, PE),
        *_ag_w.steps,
        N(
            "保存自己的岗位职责、以往经办同类交易的记录。",
            "Keep your job description and records of similar deals you handled before.",
            AGENT,
            NOT_JUDGED,
        ),
        *defend_steps(["principal", "agent"], merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "行为人是单位工作人员的证据（劳动合同、工作证件、岗位职责、以往由其经办的交易）",
            "Evidence that the actor was an employee (employment contract, work ID, job description, deals he handled before)",
            "any",
            NOT_JUDGED,
        ),
        N(
            "单位内部限制的文件，以及是否告知过相对人的证据",
            "The internal rules on the limit, and evidence whether the counterparty was told",
            "any",
            NOT_JUDGED,
        ),
    ],
)

NOT_BOUND_BASIS = versions([(171, 1)], [(171, 1)], [(66, 1)])
GOOD_OR_OPEN = any_(GOOD_FAITH, BELIEF_UNKNOWN)
KNEW_OR_OPEN = any_(KNEW, BELIEF_UNKNOWN)
BEYOND_CC = all_(EMP_BEYOND, IS_CC)
BEYOND_AT_CC = all_(EMP_BEYOND, AT_CC)


def fault_finding(prefix_zh: str, prefix_en: str, when: J) -> J:
    """An organisation at fault for its employee's act beyond his duties (合同编通则解释21(1))."""
    return F(
        "相应的责任",
        T(P, PE),
        T(CP, CPE),
        T(
            "与被代理人的过错相应的赔偿（参照民法典第157条）；不是连带责任",
            "damages matching the principal's fault (by analogy to Civil Code art. 157); not joint",
        ),
        T("单位有过错时承担", "owed where the organisation was at fault"),
        [C(CGI, 21, 1), C(CC, 157)],
        T(
            prefix_zh + "单位有过错：相应的赔偿责任",
            prefix_en + "the organisation at fault: proportionate damages",
        ),
        when,
    )


_ag_p = Defences()
_ag_p.own(
    AGENT,
    f"{CP}知道或者应当知道你没有代理权：拒绝追认后按各自的过错承担，而不是由你全部承担；{CP}也不享有撤销的权利。",
    f"{CPE} knew or should have known you had no authority: after a refusal the loss is shared by fault, not all yours; nor may {CPE} revoke.",
    all_(KNEW, FROM_2017, NOT_JUDGED),
)
_ag_p.own(
    AGENT,
    f"拒绝追认后，赔偿不超过{P}追认时{CP}所能获得的利益。",
    f"After a refusal, damages cannot exceed what ratification would have given {CPE}.",
    all_(GOOD_OR_OPEN, FROM_2017, NOT_JUDGED),
)
_ag_p.limitation(AGENT, COUNTERPARTY)

PERIOD_CC, PERIOD_GP = ("三十日", "thirty days"), ("一个月", "one month")


def _pending_counterparty(period: tuple[str, str], belief: str) -> tuple[str, str]:
    zh = f"{A}没有代理权，{P}还没有表示是否追认：行为现在效力待定。你可以催告{P}自收到通知之日起{period[0]}内予以追认，{P}未作表示的，视为拒绝追认。{P}追认的，由{P}按约定履行；"
    en = f"The {{party.agent}} had no authority and {PE} has not yet said whether it ratifies: the act is pending. You may ask {PE} to ratify within {period[1]} of the notice; silence counts as refusal. If {PE} ratifies, it must perform as agreed; "
    if belief == "knew":
        zh += f"拒绝追认的，你与{A}按照各自的过错承担责任。你知道或者应当知道{A}没有代理权，不享有撤销的权利。"
        en += "if it refuses, you and the {party.agent} share the loss by fault. Since you knew or should have known he had no authority, you may not revoke."
    else:
        zh += f"拒绝追认的，你可以请求{A}履行债务或者赔偿损失（赔偿不超过追认时你所能获得的利益），这不是连带责任，{P}不承担。追认前，你作为善意相对人也可以通知撤销。"
        en += f"if it refuses, you may claim performance or damages from the {{party.agent}} (damages no more than ratification would have given you) — not joint liability, {PE} owes nothing. Before ratification, in good faith, you may also revoke by notice."
        if belief == "open":
            zh += f"你有理由相信{A}有代理权的，构成表见代理，{P}即使不追认也要承担（须由你证明）。"
            en += f" If you had reason to believe in his authority, that is apparent authority and binds {PE} even without ratification (you must prove it)."
    return zh, en


def _pending_agent(period: tuple[str, str], belief: str) -> tuple[str, str]:
    zh = f"你没有代理权，{P}还没有表示是否追认：行为现在效力待定。{P}追认的，行为对{P}发生效力，你不再对{CP}承担无权代理的责任——当务之急是争取{P}追认。{P}拒绝追认（或者被催告后{period[0]}内未作表示）的，"
    en = f"You had no authority and {PE} has not yet said whether it ratifies: the act is pending. If {PE} ratifies, the act binds it and you no longer answer to {CPE} for acting without authority — so get {PE} to ratify. If it refuses (or says nothing within {period[1]} of a request), "
    if belief == "knew":
        zh += f"你与{CP}按照各自的过错承担责任；"
        en += f"you and {CPE} share the loss by fault; "
    else:
        zh += f"{CP}可以请求你履行债务或者赔偿损失，赔偿不超过追认时{CP}所能获得的利益；"
        en += f"{CPE} may claim performance or damages from you, damages no more than ratification would have given {CPE}; "
    zh += f"{P}不与你承担连带责任。"
    en += f"{PE} is not jointly liable with you."
    return zh, en


PENDING_SUMMARIES = [
    *(
        s
        for law, period in ((IS_CC, PERIOD_CC), (IS_GP, PERIOD_GP))
        for belief, cond in (("knew", KNEW), ("open", BELIEF_UNKNOWN), ("good", GOOD_FAITH))
        for s in summary(
            COUNTERPARTY, *_pending_counterparty(period, belief), True, all_(law, cond)
        )
    ),
    *summary(
        COUNTERPARTY,
        f"{A}没有代理权，{P}还没有表示是否追认：行为现在效力待定。{P}追认的，由{P}承担；未经追认的，按民法通则由{A}承担民事责任，{P}不承担。当时的合同法规定可以催告{P}在一个月内追认、善意相对人在追认前可以撤销（见注意事项）。",
        f"The {{party.agent}} had no authority and {PE} has not yet said whether it ratifies: the act is pending. If {PE} ratifies, it is bound; if not, under the General Principles the {{party.agent}} answers and {PE} does not. The Contract Law of the time let you ask {PE} to ratify within one month, and a counterparty in good faith revoke before ratification (see the warnings).",
        True,
    ),
    *(
        s
        for law, period in ((IS_CC, PERIOD_CC), (IS_GP, PERIOD_GP))
        for belief, cond in (("knew", KNEW), ("good", any_(GOOD_FAITH, BELIEF_UNKNOWN)))
        for s in summary(AGENT, *_pending_agent(period, belief), False, all_(law, cond))
    ),
    *summary(
        AGENT,
        f"你没有代理权，{P}还没有表示是否追认：行为现在效力待定。{P}追认的，由{P}承担；未经追认的，按民法通则由你承担民事责任——当务之急是争取{P}追认。按民法通则，{P}知道你以其名义行事而不作否认表示的，视为同意。",
        f"You had no authority and {PE} has not yet said whether it ratifies: the act is pending. If {PE} ratifies, it is bound; if not, under the General Principles you answer — so get {PE} to ratify. Under the General Principles, if {PE} knows you acted in its name and does not deny it, that is consent.",
        False,
    ),
    *summary(
        PRINCIPAL,
        f"{A}没有代理权，行为效力待定，由你决定是否追认：追认的，行为对你发生效力；不追认的，对你不发生效力。注意：开始履行合同义务或者接受{CP}履行的，视为追认；{CP}催告后，你须在收到通知之日起三十日内表示，未作表示的，视为拒绝追认。{A}是你的工作人员、超越了职权范围：你有过错的（如管理公章、授权材料不严），即使不追认，也可能承担相应的赔偿责任。",
        f"The {{party.agent}} had no authority; the act is pending and it is for you to ratify or not: ratified, it binds you; if not, it does not. Beware: starting to perform or accepting {CPE}'s performance counts as ratifying; once {CPE} asks, you must answer within thirty days of the notice, silence being refusal. The {{party.agent}} is your employee who went beyond his duties: if you were at fault (lax control of seal or authority papers), you may owe proportionate damages even without ratifying.",
        False,
        BEYOND_CC,
    ),
    *summary(
        PRINCIPAL,
        f"{A}没有代理权，行为效力待定，由你决定是否追认：追认的，行为对你发生效力；不追认的，对你不发生效力。注意：开始履行合同义务或者接受{CP}履行的，视为追认；{CP}催告后，你须在收到通知之日起三十日内表示，未作表示的，视为拒绝追认。",
        f"The {{party.agent}} had no authority; the act is pending and it is for you to ratify or not: ratified, it binds you; if not, it does not. Beware: starting to perform or accepting {CPE}'s performance counts as ratifying; once {CPE} asks, you must answer within thirty days of the notice, silence being refusal.",
        False,
        IS_CC,
    ),
    *summary(
        PRINCIPAL,
        f"{A}没有代理权，行为效力待定，由你决定是否追认：追认的，行为对你发生效力；不追认的，对你不发生效力。{CP}催告后，你须在收到通知之日起一个月内表示，未作表示的，视为拒绝追认。",
        f"The {{party.agent}} had no authority; the act is pending and it is for you to ratify or not: ratified, it binds you; if not, it does not. Once {CPE} asks, you must answer within one month of the notice, silence being refusal.",
        False,
        IS_GP,
    ),
    *summary(
        PRINCIPAL,
        f"{A}没有代理权，行为效力待定，由你决定是否追认：追认的，由你承担；未经追认的，由{A}承担。注意：按民法通则，你知道他人以你的名义实施行为而不作否认表示的，视为同意——不愿承担的，应当及时明确表示否认。",
        "The {party.agent} had no authority; the act is pending and it is for you to ratify or not: ratified, you are bound; if not, the {party.agent} answers. Beware: under the General Principles, knowing that someone acted in your name and not denying it is consent — if you do not want to be bound, deny it clearly and in time.",
        False,
    ),
]

AG_P = outcome(
    "ag_p",
    "AG-P",
    T(
        "无权代理尚待被代理人追认：行为效力待定",
        "Acting without authority, ratification still open: the act is pending",
    ),
    PENDING_SUMMARIES,
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                [*RATIFY_BASIS],
                T("若被代理人追认", "if the principal ratifies"),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
            not_(all_(BELIEF_UNKNOWN, AT_FROM_2017)),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                [*RATIFY_BASIS, *APPARENT_BASIS],
                T(
                    "若被代理人追认，或者构成表见代理",
                    "if the principal ratifies, or there was apparent authority",
                ),
                cond,
                ["belief"],
            ),
            OWED_CP,
            OWED_CP_OPEN,
            all_(BELIEF_UNKNOWN, AT_FROM_2017),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "相对人可以选择请求行为人履行债务，或者请求赔偿",
                    "The counterparty chooses performance or damages from the actor",
                ),
                versions([(171, 3)], [(171, 3)], []),
                T(
                    "若拒绝追认：履行债务或者赔偿，以追认时相对人所能获得的利益为限；不是连带责任",
                    "if ratification is refused: performance or damages, capped at what ratification would have given; not joint",
                ),
                cond,
                ["belief"],
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            all_(GOOD_OR_OPEN, AT_FROM_2017),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "相应的责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "相对人与行为人按照各自的过错分担，不是连带责任",
                    "Shared by the fault of counterparty and actor; not joint",
                ),
                versions([(171, 4)], [(171, 4)], []),
                T("若拒绝追认：按各自的过错承担", "if ratification is refused: shared by fault"),
                cond,
                ["belief"],
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            all_(KNEW_OR_OPEN, AT_FROM_2017),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "未经追认的行为，由行为人承担民事责任",
                    "The actor answers for an unratified act",
                ),
                [C(GPCL, 66, 1)],
                T(
                    "若未经追认：行为人承担民事责任；不是连带责任",
                    "if not ratified: the actor's own liability; not joint",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            AT_GPCL,
        ),
        fault_finding("若拒绝追认、", "if ratification is refused and ", BEYOND_AT_CC),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_p.defences,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        CONTRACT_LAW_OLD,
        W(
            "missing_fact",
            "相对人当时是否知道行为人没有代理权、有没有理由相信其有代理权，尚待核实。",
            "What the counterparty knew or had reason to believe about the authority is still to verify.",
            BELIEF_UNKNOWN,
        ),
    ],
    next_steps=[
        N(
            f"可以书面催告{P}自收到通知之日起三十日内予以追认，并保留送达凭证；{P}未作表示的，视为拒绝追认。",
            f"You may ask {PE} in writing to ratify within thirty days of the notice, and keep proof of delivery; silence counts as refusal.",
            COUNTERPARTY,
            all_(IS_CC, NOT_JUDGED),
        ),
        N(
            f"可以书面催告{P}自收到通知之日起一个月内予以追认，并保留送达凭证；{P}未作表示的，视为拒绝追认。",
            f"You may ask {PE} in writing to ratify within one month of the notice, and keep proof of delivery; silence counts as refusal.",
            COUNTERPARTY,
            all_(IS_GP, NOT_JUDGED),
        ),
        N(
            f"可以书面催告{P}在一个月内予以追认（当时的合同法第48条，请律师核对原文），并保留送达凭证。",
            f"You may ask {PE} in writing to ratify within one month (Contract Law art. 48 of the time — have a lawyer check the text), and keep proof of delivery.",
            COUNTERPARTY,
            all_(IS_GPCL, NOT_JUDGED),
        ),
        N(
            f"不想再受这笔交易约束的，可以在{P}追认前以通知的方式撤销（须是善意相对人）。",
            f"If you no longer want the deal, you may revoke it by notice before {PE} ratifies (if you were in good faith).",
            COUNTERPARTY,
            all_(GOOD_OR_OPEN, NOT_JUDGED),
        ),
        N(
            f"{P}追认的，向{P}请求履行；拒绝追认的，向{A}提出请求，并留意诉讼时效（见期限表）。",
            f"If {PE} ratifies, claim performance from it; if it refuses, claim from the {{party.agent}}, minding the limitation period (see the deadlines).",
            COUNTERPARTY,
            all_(NO_SUIT, NOT_JUDGED),
        ),
        N(
            "诉讼正在进行：及时补充证据，诉讼时效在诉讼期间不会届满。",
            "The suit is pending: add evidence in time; limitation does not run out while it lasts.",
            COUNTERPARTY,
            PENDING_SUIT,
        ),
        N(
            "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见期限表）。",
            "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadlines).",
            COUNTERPARTY,
            SERVED,
        ),
        *judgment_creditor_steps(COUNTERPARTY),
        N(
            f"尽快请{P}追认，并取得书面追认（由{P}开始履行或者接受履行的，也视为追认），追认后保存证据。",
            f"Ask {PE} to ratify without delay and get it in writing ({PE}'s performing or accepting performance also counts), then keep the proof.",
            AGENT,
            all_(IS_CC, NOT_JUDGED),
        ),
        N(
            f"尽快请{P}追认，并取得书面追认，追认后保存证据。",
            f"Ask {PE} to ratify without delay, get it in writing and keep the proof.",
            AGENT,
            all_(OLD, NOT_JUDGED),
        ),
        N(
            f"决定是否追认，并在收到催告之日起三十日内书面答复{CP}：不追认的，不要履行合同，也不要接受{CP}的履行（否则视为追认）。",
            f"Decide whether to ratify and answer {CPE} in writing within thirty days of any request: if you do not ratify, neither perform nor accept {CPE}'s performance (that would count as ratifying).",
            PRINCIPAL,
            all_(IS_CC, NOT_JUDGED),
        ),
        N(
            f"决定是否追认，并在收到催告之日起一个月内书面答复{CP}；不追认的，不要履行或者接受履行。",
            f"Decide whether to ratify and answer {CPE} in writing within one month of any request; if you do not ratify, neither perform nor accept performance.",
            PRINCIPAL,
            all_(IS_GP, NOT_JUDGED),
        ),
        N(
            f"不愿承担的，及时以书面形式向{CP}表示否认，并保留证据（知道后不作否认表示的，视为同意）。",
            f"If you do not want to be bound, deny the act to {CPE} in writing in time and keep proof (knowing silence is consent).",
            PRINCIPAL,
            all_(IS_GPCL, NOT_JUDGED),
        ),
        *_ag_p.steps,
        *defend_steps(AGENT),
        *defend_steps(PRINCIPAL, merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "催告追认的通知和送达凭证，追认或者拒绝追认的书面答复",
            "The request to ratify and proof of its delivery, any written ratification or refusal",
            "any",
            NOT_JUDGED,
        ),
    ],
)

_ag_d = Defences()
_ag_d.own(
    AGENT,
    f"主张{CP}知道或者应当知道你没有代理权（则按各自过错分担，而不是由你全部承担）。",
    f"Argue that {CPE} knew or should have known you had no authority (then the loss is shared by fault, not all yours).",
    all_(FROM_2017, NOT_JUDGED),
)
_ag_d.own(
    AGENT,
    f"赔偿不超过{P}追认时{CP}所能获得的利益。",
    f"Damages cannot exceed what ratification would have given {CPE}.",
    all_(FROM_2017, NOT_JUDGED),
)
_ag_d.own(
    AGENT,
    f"主张{P}已经追认，或者知道你以其名义实施行为而没有作否认表示（视为同意）：行为由{P}承担。",
    f"Argue that {PE} ratified, or knew you acted in its name and did not deny it (deemed consent): then {PE} is bound.",
    all_(IS_GPCL, NOT_JUDGED),
)
_ag_d.own(
    PRINCIPAL,
    f"{CP}向你主张的：行为未经你追认，对你不发生效力。",
    f"Against any claim of {CPE}: you did not ratify, so the act does not bind you.",
    NOT_JUDGED,
)
_ag_d.other(
    COUNTERPARTY,
    f"{A}可能主张你知道或者应当知道其没有代理权（按过错分担），或者你请求的赔偿超过了追认时你所能获得的利益。",
    "The {party.agent} may say you knew or should have known he had no authority (sharing by fault), or that your damages exceed what ratification would have given you.",
    all_(FROM_2017, NOT_JUDGED),
)
_ag_d.limitation(["agent", "principal"], COUNTERPARTY)

BEYOND_ZH = {
    "counterparty": f"{A}是{P}的工作人员、超越了职权范围：{P}有过错的，还要对你承担相应的赔偿责任（不是连带责任）。",
    "principal": f"{A}是你的工作人员、超越了职权范围：你有过错的（如管理公章、授权材料不严），仍要对{CP}承担相应的赔偿责任。",
    "agent": f"你是{P}的工作人员、超越了职权范围：{P}有过错的，也要对{CP}承担相应的赔偿责任；{P}承担后，可以向有故意或者重大过失的你追偿。",
}
BEYOND_EN = {
    "counterparty": f" The {{party.agent}} is an employee of {PE} who went beyond his duties: if {PE} was at fault, it also owes you proportionate damages (not joint).",
    "principal": f" The {{party.agent}} is your employee who went beyond his duties: if you were at fault (lax control of seal or authority papers), you still owe {CPE} proportionate damages.",
    "agent": f" You are an employee of {PE} who went beyond his duties: if {PE} was at fault, it also owes {CPE} proportionate damages, and having paid may recover from you if you acted with intent or gross negligence.",
}


def with_beyond(side: str, zh: str, en: str, claimant: bool, when: J | None = None) -> list[J]:
    """Summary variants, first those for an employee beyond his duties under the Civil Code."""
    sides = [side]
    return [
        *summary(sides, zh + BEYOND_ZH[side], en + BEYOND_EN[side], claimant, BEYOND_CC),
        *summary(sides, zh, en, claimant, when),
    ]


AG_D = outcome(
    "ag_d",
    "AG-D",
    T(
        "无权代理未被追认：行为人对善意相对人承担责任，不是连带责任",
        "Unratified act without authority: the actor answers to a good-faith counterparty — not jointly with the principal",
    ),
    [
        *with_beyond(
            "counterparty",
            f"{A}没有代理权，{P}没有追认：行为对{P}不发生效力。你可以请求{A}履行，或者请求赔偿损失，但赔偿不超过{P}追认时你所能获得的利益。这不是连带责任，{P}不承担。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: the act does not bind {PE}. You may claim performance or damages from the {{party.agent}}, damages being no more than ratification would have given you. This is not joint and several liability; {PE} owes nothing.",
            True,
            FROM_2017,
        ),
        *summary(
            COUNTERPARTY,
            f"{A}没有代理权，{P}没有追认：按民法通则，未经追认的行为由{A}承担民事责任，{P}不承担。这不是连带责任。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: under the General Principles the {{party.agent}} answers for the unratified act and {PE} does not. This is not joint and several liability.",
            True,
        ),
        *with_beyond(
            "principal",
            f"{A}没有代理权，你没有追认：行为对你不发生效力，你不承担合同责任；{CP}只能向{A}主张。注意：开始履行或者接受对方履行的，视为追认。",
            f"The {{party.agent}} had no authority and you did not ratify: the act does not bind you and you owe nothing under it; {CPE} can only claim from the {{party.agent}}. Beware: performing or accepting performance counts as ratifying.",
            False,
            IS_CC,
        ),
        *summary(
            PRINCIPAL,
            f"{A}没有代理权，你没有追认：行为对你不发生效力，你不承担；{CP}只能向{A}主张。",
            f"The {{party.agent}} had no authority and you did not ratify: the act does not bind you and you owe nothing; {CPE} can only claim from the {{party.agent}}.",
            False,
        ),
        *with_beyond(
            "agent",
            f"你没有代理权，{P}没有追认：{CP}可以请求你履行，或者请求赔偿损失，但赔偿以{P}追认时{CP}所能获得的利益为限。{P}不与你承担连带责任。",
            f"You had no authority and {PE} did not ratify: {CPE} may claim performance or damages from you, damages being no more than ratification would have given {CPE}. {PE} is not jointly liable with you.",
            False,
            FROM_2017,
        ),
        *summary(
            AGENT,
            f"你没有代理权，{P}没有追认：按民法通则，未经追认的行为由你承担民事责任，{P}不与你承担连带责任。",
            f"You had no authority and {PE} did not ratify: under the General Principles you answer for the unratified act, and {PE} is not jointly liable with you.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "相对人可以选择请求行为人履行债务，或者请求赔偿",
                    "The counterparty chooses performance or damages from the actor",
                ),
                versions([(171, 3)], [(171, 3)], []),
                T(
                    "履行债务或者赔偿损失，以追认时相对人所能获得的利益为限；不是连带责任",
                    "performance or damages, capped at what ratification would have given; not joint",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            AT_FROM_2017,
        ),
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "未经追认的行为，由行为人承担民事责任",
                    "The actor answers for an unratified act",
                ),
                [C(GPCL, 66, 1)],
                T("行为人承担民事责任；不是连带责任", "the actor's own liability; not joint"),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            AT_GPCL,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "未经追认，行为对被代理人不发生效力",
                "unratified, the act does not bind the principal",
            ),
            DASH,
            NOT_BOUND_BASIS,
            T("不承担合同责任", "no liability under the contract"),
            BEYOND_AT_CC,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "未经追认，行为对被代理人不发生效力",
                "unratified, the act does not bind the principal",
            ),
            DASH,
            NOT_BOUND_BASIS,
            when=not_(BEYOND_AT_CC),
        ),
        fault_finding("", "", BEYOND_AT_CC),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_d.defences,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        CONTRACT_LAW_OLD,
        W(
            "missing_fact",
            "被代理人是否追认尚待核实：追认的，行为对被代理人发生效力。",
            "Whether the principal ratified is still to verify: if he did, the act binds him.",
            unknown("ratified"),
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, A, "the {party.agent}"),
        N(
            f"同时以{P}有过错为由，请求其承担相应的赔偿责任。",
            f"Also claim proportionate damages from {PE} for its fault.",
            COUNTERPARTY,
            all_(BEYOND_CC, NO_SUIT),
        ),
        N(
            "不追认的，不要履行或者接受履行。",
            "If you do not ratify, neither perform nor accept performance.",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        *_ag_d.steps,
        *defend_steps(AGENT),
        *defend_steps(PRINCIPAL, merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "被代理人拒绝追认的书面表示（或者催告后未作表示的证据）",
            "The principal's written refusal to ratify (or proof of silence after a request)",
            "any",
            NOT_JUDGED,
        ),
    ],
)

_ag_e = Defences()
_ag_e.own(
    AGENT,
    "按过错分担：指出相对人明知或者应当知道没有代理权仍然交易的过错。",
    "Sharing by fault: point to the counterparty's fault in dealing despite knowing, or when it should have known.",
    NOT_JUDGED,
)
_ag_e.own(
    PRINCIPAL,
    f"{CP}向你主张的：行为未经你追认，对你不发生效力。",
    f"Against any claim of {CPE}: you did not ratify, so the act does not bind you.",
    NOT_JUDGED,
)
_ag_e.other(
    COUNTERPARTY,
    f"{A}可能主张你明知没有代理权仍然交易，损失主要由你自己承担。",
    "The {party.agent} may say you dealt knowing he had no authority, so the loss is mostly yours.",
    NOT_JUDGED,
)
_ag_e.limitation(["agent", "principal"], COUNTERPARTY)

AG_E = outcome(
    "ag_e",
    "AG-E",
    T(
        "相对人知道没有代理权：按各自过错承担，不是连带责任",
        "The counterparty knew of the lack of authority: each answers by his fault — not jointly",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"你知道或者应当知道{A}没有代理权：行为对{P}不发生效力，你与{A}按照各自的过错承担责任。你的损失中，只有与{A}过错相应的部分可以向他请求。",
            f"You knew or should have known the {{party.agent}} had no authority: the act does not bind {PE}, and you and the {{party.agent}} answer each by your fault. Only the part of your loss matching the {{party.agent}}'s fault can be claimed from him.",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"{CP}知道或者应当知道{A}没有代理权，你又没有追认：行为对你不发生效力，你不承担。",
            f"{CPE} knew or should have known the {{party.agent}} had no authority, and you did not ratify: the act does not bind you and you owe nothing.",
            False,
        ),
        *summary(
            AGENT,
            f"{CP}知道或者应当知道你没有代理权：你们按照各自的过错承担责任，你只对与自己过错相应的部分负责，不是连带责任。",
            f"{CPE} knew or should have known you had no authority: you each answer by your fault, you only for the part matching yours — not jointly.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "相应的责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T(
                    "相对人与行为人按照各自的过错分担，不是连带责任",
                    "Shared by the fault of counterparty and actor; not joint",
                ),
                versions([(171, 4)], [(171, 4)], []),
                T("与行为人过错相应的部分", "the part matching the actor's fault"),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "未经追认，行为对被代理人不发生效力",
                "unratified, the act does not bind the principal",
            ),
            DASH,
            versions([(171, 1)], [(171, 1)], []),
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_e.defences,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        W(
            "contested",
            "民法通则第66条第4款规定，相对人知道行为人没有代理权还与其实施行为，给他人造成损害的，由相对人和行为人负连带责任；民法总则第171条第4款改为按各自过错承担。本案行为在2017年10月1日至2020年12月31日之间，两法不一致时适用民法总则，但有不同认识，请人工复核。",
            "General Principles art. 66(4) made a counterparty who knew and the actor jointly liable for harm to others; General Provisions art. 171(4) shares by fault instead. The act here falls between 2017-10-01 and 2020-12-31, when the General Provisions prevail where the two differ — but views differ; check by hand.",
            IS_GP,
            [C(GPCL, 66, 4), C(GP, 171, 4)],
        ),
        W(
            "missing_fact",
            "被代理人是否追认尚待核实：追认的，行为对被代理人发生效力。",
            "Whether the principal ratified is still to verify: if he did, the act binds him.",
            unknown("ratified"),
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, A, "the {party.agent}"),
        N(
            "不追认的，不要履行或者接受履行。",
            "If you do not ratify, neither perform nor accept performance.",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        *_ag_e.steps,
        *defend_steps(AGENT),
        *defend_steps(PRINCIPAL, merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "行为人的过错（如隐瞒没有代理权、作出不实的说明）以及你的损失的证据",
            "Evidence of the actor's fault (hiding his lack of authority, false statements) and of your loss",
            COUNTERPARTY,
            NOT_JUDGED,
        ),
        N(
            "相对人知道或者应当知道没有代理权的证据",
            "Evidence that the counterparty knew or should have known of the lack of authority",
            AGENT,
            NOT_JUDGED,
        ),
        N(
            "拒绝追认的书面表示",
            "The written refusal to ratify",
            PRINCIPAL,
            NOT_JUDGED,
        ),
    ],
)

_ag_e1 = Defences()
_ag_e1.own(
    ACCUSED,
    f"主张{P}已经追认，或者知道有人以其名义实施行为而没有作否认表示（视为同意，民法通则第66条第1款）：行为由{P}承担，就谈不上给{P}造成损害。",
    f"Argue that {PE} ratified, or knew someone acted in its name and did not deny it (deemed consent, General Principles art. 66(1)): then {PE} is bound and was not harmed by the act.",
    all_(CONSENT_OPEN, NOT_JUDGED),
)
_ag_e1.own(
    ACCUSED,
    f"对{P}的损害以及损失数额提出异议，要求其证明。",
    f"Dispute {PE}'s harm and its amount, and make it prove them.",
    NOT_JUDGED,
)
_ag_e1.own(
    COUNTERPARTY,
    f"主张自己当时不知道{A}没有代理权：不知道的，不与{A}负连带责任。",
    "Argue that you did not know the {party.agent} lacked authority: then you are not jointly liable with him.",
    NOT_JUDGED,
)
_ag_e1.other(
    PRINCIPAL,
    f"对方可能主张你已经追认或者知道后没有作否认表示（视为同意），或者{CP}并不知道{A}没有代理权：请保存你及时否认、以及{CP}知情的证据。",
    f"They may say you ratified, or knew and did not deny it (deemed consent), or that {CPE} did not know the {{party.agent}} lacked authority: keep the proof of your timely denial and of what {CPE} knew.",
    NOT_JUDGED,
)
_ag_e1.limitation(ACCUSED, PRINCIPAL)

AG_E_OLD = outcome(
    "ag_e_old",
    "AG-E1",
    T(
        "2017年10月1日以前相对人明知没有代理权：相对人与行为人负连带责任（民法通则）",
        "Before 2017-10-01, a counterparty who knew of the lack of authority: counterparty and actor jointly liable (General Principles)",
    ),
    [
        *summary(
            PRINCIPAL,
            f"行为在2017年10月1日以前，{CP}知道{A}没有代理权还与其实施行为：按民法通则，给你造成损害的，由{CP}和{A}负连带责任，你可以请求其中任何一方赔偿全部损失。未经追认的行为对你不发生效力。",
            f"The act was before 2017-10-01 and {CPE} knew the {{party.agent}} had no authority: under the General Principles, {CPE} and the {{party.agent}} are jointly liable for the harm to you, and you may claim the whole from either. The unratified act does not bind you.",
            True,
        ),
        *summary(
            COUNTERPARTY,
            f"行为在2017年10月1日以前，你知道{A}没有代理权还与其实施行为：按民法通则，给他人（例如被代理人）造成损害的，由你和{A}负连带责任；你自己的损失不能要求{P}承担。",
            f"The act was before 2017-10-01 and you knew the {{party.agent}} had no authority: under the General Principles you and the {{party.agent}} are jointly liable for harm to others (such as {PE}); your own loss cannot be put on {PE}.",
            False,
        ),
        *summary(
            AGENT,
            f"行为在2017年10月1日以前，{CP}知道你没有代理权还与你实施行为：按民法通则，给他人（例如被代理人）造成损害的，由你和{CP}负连带责任。{P}追认或者知道后没有作否认表示的，行为由{P}承担。",
            f"The act was before 2017-10-01 and {CPE} knew you had no authority: under the General Principles you and {CPE} are jointly liable for harm to others (such as {PE}). If {PE} ratified, or knew and did not deny it, {PE} bears the act.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{CP}和{A}", f"{CPE} and the {{party.agent}}"),
                T(f"受到损害的人，如{P}", f"those harmed, such as {PE}"),
                scope,
                JOINT_ORDER,
                [C(GPCL, 66, 4), C(GPCL, 87)],
                T("相对人明知行为人没有代理权", "the counterparty knew of the lack of authority"),
                cond,
            ),
            LOSS_P,
            LOSS_P_OPEN,
        ),
        F(
            "不承担责任",
            T(P, PE),
            T(CP, CPE),
            T(
                "未经追认的行为，对被代理人不发生效力",
                "unratified, the act does not bind the principal",
            ),
            DASH,
            [C(GPCL, 66, 1)],
        ),
    ],
    deadlines=deadlines_for(PRINCIPAL, joint=True),
    defences=_ag_e1.defences,
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        W(
            "caution",
            "这是民法通则的规定：民法总则（2017年10月1日起）和民法典改为相对人与行为人按照各自的过错承担责任，不再是连带责任。本案行为在此之前，仍适用民法通则。",
            "This is the General Principles' rule: from 2017-10-01 the General Provisions and then the Civil Code share the loss by fault instead of joint liability. The act here came before, so the General Principles still apply.",
            None,
            [C(GPCL, 66, 4)],
        ),
        CONTRACT_LAW_OLD,
    ],
    next_steps=[
        *claim_steps(PRINCIPAL, f"{CP}和{A}", f"{CPE} and the {{party.agent}}"),
        *_ag_e1.steps,
        *defend_steps(ACCUSED),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "相对人知道没有代理权的证据",
            "Evidence that the counterparty knew of the lack of authority",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        N(
            "被代理人追认或者知道后没有否认的证据",
            "Evidence that the principal ratified, or knew and did not deny it",
            ACCUSED,
            all_(CONSENT_OPEN, NOT_JUDGED),
        ),
    ],
)

_ag_v = Defences()
_ag_v.own(
    AGENT,
    f"主张{CP}知道或者应当知道你没有代理权；或者{CP}有理由相信你有代理权（表见代理，由{P}承担）。",
    f"Argue that {CPE} knew or should have known you had no authority; or that it had reason to believe you had it (apparent authority: {PE} is bound).",
    NOT_JUDGED,
)
_ag_v.own(
    PRINCIPAL,
    f"{CP}主张表见代理的，须由其证明有理由相信行为人有代理权：收集{CP}知道或者应当知道没有代理权的证据。",
    f"If {CPE} claims apparent authority, it must prove a reason to believe: gather evidence that it knew or should have known of the lack of authority.",
    NOT_JUDGED,
)
_ag_v.limitation(["agent", "principal"], COUNTERPARTY)

APPARENT_OPEN_BASIS = versions([(172,)], [(172,)], [(63, 2)])

AG_V = outcome(
    "ag_v",
    "AG-V",
    T(
        "无权代理：相对人当时的认识待核实",
        "Acting without authority: what the counterparty knew is still to verify",
    ),
    [
        S(
            COUNTERPARTY,
            f"{A}没有代理权，{P}没有追认。你当时的认识决定向谁主张：你有理由相信{A}有代理权的，构成表见代理，由{P}承担（须由你证明）；你善意但没有这样理由的，可以请求{A}履行或者赔偿；你知道或者应当知道没有代理权的，与{A}按各自过错分担。请先核实当时的情况，在核实之前，对{P}和{A}都主张权利，以免任何一条路被时效挡住。",
            f"The {{party.agent}} had no authority and {PE} did not ratify. What you knew decides whom to claim from: with reason to believe in the authority, apparent authority binds {PE} (you must prove it); in good faith without such reason, you may claim performance or damages from the {{party.agent}}; if you knew or should have known, the loss is shared by fault. Verify the facts, and until then claim against both {PE} and the {{party.agent}} so that neither route is lost to limitation.",
            FROM_2017,
        ),
        S(
            ["principal", "agent"],
            f"{A}没有代理权，{P}没有追认，行为原则上对{P}不发生效力。但{CP}有理由相信有代理权的，构成表见代理，由{P}承担；{CP}善意的，可以请求{A}履行或者赔偿；{CP}知道或者应当知道没有代理权的，按各自过错分担。请先核实{CP}当时的认识。",
            f"The {{party.agent}} had no authority and {PE} did not ratify, so as a rule the act does not bind {PE}. But if {CPE} had reason to believe in the authority, apparent authority binds {PE}; if {CPE} was in good faith, it may claim performance or damages from the {{party.agent}}; if it knew or should have known, the loss is shared by fault. Verify what {CPE} knew.",
            FROM_2017,
        ),
        S(
            ALL,
            f"{A}没有代理权，{P}没有追认：按民法通则，未经追认的行为由{A}承担民事责任，{P}不承担（{CP}有理由相信有代理权的，当时的合同法规定为表见代理，由{P}承担）。{CP}知道{A}没有代理权还与其实施行为，给他人造成损害的，由{CP}和{A}负连带责任。请先核实{CP}当时的认识。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: under the General Principles the {{party.agent}} answers for the unratified act and {PE} does not (where {CPE} had reason to believe in the authority, the Contract Law of the time made it apparent authority, binding {PE}). If {CPE} knew and dealt with him anyway, {CPE} and the {{party.agent}} are jointly liable for harm to others. Verify what {CPE} knew.",
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                [
                    *APPARENT_OPEN_BASIS,
                    C(CC, 170, 2, when=all_(IS_CC, EMP_WITHIN)),
                    C(GP, 170, 2, when=all_(IS_GP, EMP_WITHIN)),
                ],
                T(
                    "若相对人有理由相信行为人有代理权（表见代理），或者不知道也不应当知道单位对员工的内部限制",
                    "if the counterparty had reason to believe in the authority (apparent authority), or neither knew nor should have known of the organisation's internal limit",
                ),
                cond,
                ["belief"],
            ),
            OWED_CP,
            OWED_CP_OPEN,
            all_(EMP_WITHIN, AT_FROM_2017),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                APPARENT_OPEN_BASIS,
                T(
                    "若相对人有理由相信行为人有代理权（表见代理）",
                    "if the counterparty had reason to believe in the authority (apparent authority)",
                ),
                cond,
                ["belief"],
            ),
            OWED_CP,
            OWED_CP_OPEN,
            not_(all_(EMP_WITHIN, AT_FROM_2017)),
        ),
        F(
            "赔偿责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T("履行债务或者赔偿损失", "performance or damages"),
            T(
                "相对人选择请求行为人履行或者赔偿",
                "The counterparty chooses performance or damages",
            ),
            versions([(171, 3)], [(171, 3)], [(66, 1)]),
            T("若相对人善意", "if the counterparty was in good faith"),
            None,
            ["belief"],
        ),
        F(
            "相应的责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T("与行为人过错相应的部分", "the part matching the actor's fault"),
            T("按照各自的过错分担，不是连带责任", "Shared by fault; not joint"),
            versions([(171, 4)], [(171, 4)], []),
            T(
                "若相对人知道或者应当知道没有代理权",
                "if the counterparty knew or should have known",
            ),
            AT_FROM_2017,
            ["belief"],
        ),
        F(
            "连带责任",
            T(f"{CP}和{A}", f"{CPE} and the {{party.agent}}"),
            T(f"受到损害的人，如{P}", f"those harmed, such as {PE}"),
            T("因此造成的损害", "the harm caused"),
            JOINT_ORDER,
            [C(GPCL, 66, 4), C(GPCL, 87)],
            T(
                "若相对人知道没有代理权（民法通则）",
                "if the counterparty knew (General Principles)",
            ),
            AT_GPCL,
            ["belief"],
        ),
        fault_finding("", "", BEYOND_AT_CC),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_v.defences,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        CONTRACT_LAW_OLD,
        W(
            "missing_fact",
            "相对人当时是否知道行为人没有代理权、有没有理由相信其有代理权，尚待核实。",
            "What the counterparty knew or had reason to believe about the authority is still to verify.",
        ),
        W(
            "contested",
            "表见代理须由相对人证明有理由相信行为人有代理权。表见代理不成立时，相对人可以转而请求行为人承担无权代理的责任；能否在同一诉讼中把被代理人和行为人都列为被告、一主一备提出请求，实务中做法不一，请律师确定诉讼请求的写法。",
            "Apparent authority must be proved by the counterparty. If it fails, the counterparty may turn to the actor's liability for acting without authority; whether both principal and actor can be sued together, one claim in the alternative to the other, is handled differently by courts — have a lawyer settle the claims.",
            all_(FROM_2017, NOT_JUDGED),
            versions([(172,), (171, 3)], [(172,), (171, 3)], []),
        ),
    ],
    next_steps=[
        N(
            "核实相对人当时的认识：授权材料、以往交易、交易是否明显异常。",
            "Verify what the counterparty knew: authority papers, past dealings, whether the deal was plainly abnormal.",
            "any",
            NOT_JUDGED,
        ),
        N(
            f"在核实之前，同时向{P}（表见代理）和{A}（无权代理）主张权利；起诉时可以把两者一并列为被告，请律师确定诉讼请求的写法。",
            f"Until that is settled, claim against both {PE} (apparent authority) and the {{party.agent}} (acting without authority); when suing you may name both — have a lawyer settle the claims.",
            COUNTERPARTY,
            NO_SUIT,
        ),
        *claim_steps(COUNTERPARTY, f"{P}和{A}", f"{PE} and the {{party.agent}}"),
        *_ag_v.steps,
        *defend_steps(AGENT),
        *defend_steps(PRINCIPAL, merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "你相信有代理权的依据（盖章的委托书或者合同、以往交易、工作证件）",
            "What made you believe in the authority (sealed authority or contract, past dealings, work ID)",
            COUNTERPARTY,
            NOT_JUDGED,
        ),
        N(
            "相对人知道或者应当知道没有代理权的证据",
            "Evidence that the counterparty knew or should have known of the lack of authority",
            ["principal", "agent"],
            NOT_JUDGED,
        ),
    ],
)

_ag_z = Defences()
_ag_z.own(
    AGENT,
    f"主张构成表见代理：{CP}有理由相信你有代理权的，行为对{P}有效，由{P}承担。",
    f"Argue apparent authority: if {CPE} had reason to believe in your authority, the act binds {PE}.",
    NOT_JUDGED,
)
_ag_z.own(
    PRINCIPAL,
    f"主张{CP}没有合理理由相信行为人有代理权（明知授权已经终止、交易明显异常、没有核实授权）。",
    f"Argue that {CPE} had no reasonable ground to believe in the authority (knew it had ended, the deal was plainly abnormal, nothing was checked).",
    NOT_JUDGED,
)
_ag_z.other(
    COUNTERPARTY,
    f"{P}可能主张你没有合理理由相信：请备好授权外观和以往交易的证据。",
    f"{PE} may say you had no reasonable ground to believe: have the evidence of the appearance of authority and of past dealings ready.",
    NOT_JUDGED,
)
_ag_z.limitation(["agent", "principal"], COUNTERPARTY)

AG_Z = outcome(
    "ag_z",
    "AG-Z",
    T(
        "2017年10月1日以前的表见代理：按当时的合同法由被代理人承担，请律师复核",
        "Apparent authority before 2017-10-01: under the Contract Law of the time the principal is bound — have a lawyer check",
    ),
    [
        S(
            ALL,
            f"行为在2017年10月1日以前。民法通则只规定未经追认的行为由行为人承担；相对人有理由相信行为人有代理权的，当时的合同法规定为表见代理，该代理行为有效。{CP}确有理由相信的，由{P}承担；否则由{A}承担。请律师对照当时的规定复核。",
            f"The act was before 2017-10-01. The General Principles only made the actor answer for an unratified act; where the counterparty had reason to believe in the authority, the Contract Law of the time made it apparent authority, the act being valid. If {CPE} truly had reason to believe, {PE} is bound; otherwise the {{party.agent}} answers. Have a lawyer check against the rules of the time.",
        )
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                [C(GPCL, 63, 2)],
                T(
                    "若构成表见代理（依当时的合同法），代理行为有效，由被代理人承担",
                    "if there was apparent authority (under the Contract Law of the time), the act is valid and binds the principal",
                ),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
        ),
        F(
            "赔偿责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T("未经追认的行为产生的民事责任", "the liability for the unratified act"),
            T("未经追认的行为，由行为人承担民事责任", "The actor answers for an unratified act"),
            [C(GPCL, 66, 1)],
            T("若不构成表见代理", "unless it was apparent authority"),
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_z.defences,
    warnings=[
        *COMMON_WARNINGS,
        *UNAUTH_WARNINGS,
        W(
            "unverified",
            "表见代理在2017年10月1日以前由当时的合同法规定：相对人有理由相信行为人有代理权的，该代理行为有效（合同法第49条，请律师核对原文）。",
            "Before 2017-10-01 apparent authority was a matter for the Contract Law of the time: where the counterparty had reason to believe in the authority, the act was valid (Contract Law art. 49 — have a lawyer check the text).",
        ),
    ],
    next_steps=[
        N(
            "请律师按当时的合同法和民法通则复核是否构成表见代理。",
            "Have a lawyer check under the Contract Law and General Principles of the time whether there was apparent authority.",
            "any",
            NOT_JUDGED,
        ),
        *claim_steps(COUNTERPARTY, f"{P}或者{A}", f"{PE} or the {{party.agent}}"),
        *_ag_z.steps,
        *defend_steps(AGENT),
        *defend_steps(PRINCIPAL, merits=False),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "相对人相信有代理权的依据",
            "What made the counterparty believe in the authority",
            "any",
            NOT_JUDGED,
        ),
    ],
)

_ag_f = Defences()
_ag_f.own(
    AGENT,
    "主张民法总则施行后不再适用民法通则第65条第3款：民法总则对委托代理作了全面规定，授权委托书应当载明的事项见其第165条，其中没有授权不明时代理人负连带责任的规定；两法不一致的适用民法总则，而连带责任须由法律规定或者当事人约定（民法总则第178条第3款）。",
    "Argue that General Principles art. 65(3) no longer applied once the General Provisions took effect: they regulate agency in full, their art. 165 sets what a letter of authority must state and makes no agent jointly liable for unclear authority; where the two differ the General Provisions prevail, and joint liability needs a law or an agreement (General Provisions art. 178(3)).",
    all_(IS_GP, NOT_JUDGED),
)
_ag_f.own(
    ["principal", "agent"],
    "主张授权并非不明：按授权委托书的文字、交易习惯可以确定权限的，不适用这一规定。",
    "Argue that the authority was not unclear: if the wording and practice settle its scope, the rule does not apply.",
    NOT_JUDGED,
)
_ag_f.other(
    COUNTERPARTY,
    f"{A}可能主张民法总则施行后不再适用民法通则第65条第3款（有不同认识，见注意事项）：请同时以{P}应当承担为主张。",
    f"The {{party.agent}} may argue that General Principles art. 65(3) no longer applied after the General Provisions (disputed — see the warnings): rest your claim on {PE} too.",
    all_(IS_GP, NOT_JUDGED),
)
_ag_f.other(
    COUNTERPARTY,
    "对方可能主张授权并非不明（按委托书的文字和交易习惯可以确定权限）。",
    "They may argue that the authority was not unclear (its scope follows from the wording and practice).",
    NOT_JUDGED,
)
_ag_f.limitation(["principal", "agent"], COUNTERPARTY)

AG_F = outcome(
    "ag_f",
    "AG-F",
    T(
        "授权不明（民法通则）：被代理人承担民事责任，代理人负连带责任",
        "Unclear authority (General Principles): the principal answers, the agent jointly",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"授权委托书授权不明：按民法通则第65条第3款，{P}应当向你承担民事责任，{A}负连带责任。但行为在民法总则施行以后，这一规定是否仍然适用有不同认识（见注意事项）：请以{P}应当承担为主要主张。",
            f"The letter of authority was unclear: under General Principles art. 65(3) {PE} answers to you and the {{party.agent}} jointly. But the act came after the General Provisions took effect, and whether that rule still applied is disputed (see the warnings): rest your claim mainly on {PE}.",
            True,
            IS_GP,
        ),
        *summary(
            COUNTERPARTY,
            f"授权委托书授权不明：按民法通则第65条第3款，{P}应当向你承担民事责任，{A}负连带责任，你可以请求其中任何一方承担全部责任。",
            f"The letter of authority was unclear: under General Principles art. 65(3), {PE} answers to you and the {{party.agent}} is jointly liable — you may claim the whole from either.",
            True,
        ),
        *summary(
            PRINCIPAL,
            f"授权委托书授权不明：按民法通则第65条第3款，你应当向{CP}承担民事责任；{A}负连带责任（行为在民法总则施行以后，这一点有不同认识，见注意事项）。你承担超过自己份额的部分，可以向{A}追偿。",
            f"The letter of authority was unclear: under General Principles art. 65(3) you answer to {CPE}; the {{party.agent}} is jointly liable (disputed for acts after the General Provisions took effect — see the warnings). What you pay beyond your share you can recover from the {{party.agent}}.",
            False,
            IS_GP,
        ),
        *summary(
            PRINCIPAL,
            f"授权委托书授权不明：按民法通则第65条第3款，你应当向{CP}承担民事责任，{A}负连带责任；你承担超过自己份额的部分，可以向{A}追偿。",
            f"The letter of authority was unclear: under General Principles art. 65(3) you answer to {CPE} and the {{party.agent}} is jointly liable; what you pay beyond your share you can recover from the {{party.agent}}.",
            False,
        ),
        *summary(
            AGENT,
            f"授权委托书授权不明：按民法通则第65条第3款，{P}应当向{CP}承担民事责任，代理人负连带责任。但你的行为在民法总则施行以后，而民法总则没有这一规定，两法不一致的适用民法总则，这一点有不同认识（见注意事项）。",
            f"The letter of authority was unclear: under General Principles art. 65(3) {PE} answers to {CPE} and the agent jointly. But your act came after the General Provisions took effect, which have no such rule and prevail where the two differ — a disputed point (see the warnings).",
            False,
            IS_GP,
            (
                "你可以主张不承担连带责任，这是你的首要抗辩。",
                " You may argue that you are not jointly liable; that is your first defence.",
            ),
        ),
        *summary(
            AGENT,
            f"授权委托书授权不明：按民法通则第65条第3款，{P}应当向{CP}承担民事责任，你负连带责任；你承担超过自己份额的部分，可以向{P}追偿。",
            f"The letter of authority was unclear: under General Principles art. 65(3) {PE} answers to {CPE} and you are jointly liable; what you pay beyond your share you can recover from {PE}.",
            False,
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
                T(CP, CPE),
                scope,
                T(
                    "被代理人向相对人承担民事责任，代理人负连带责任",
                    "The principal answers to the counterparty, the agent jointly",
                ),
                [C(GPCL, 65, 3), C(GPCL, 87)],
                T("委托书授权不明", "unclear letter of authority"),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            AT_GPCL,
        ),
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(f"{P}和{A}", f"{PE} and the {{party.agent}}"),
                T(CP, CPE),
                scope,
                T(
                    "被代理人向相对人承担民事责任，代理人负连带责任",
                    "The principal answers to the counterparty, the agent jointly",
                ),
                [C(GPCL, 65, 3), C(GP, 178, 1)],
                T(
                    "委托书授权不明；代理人的连带责任在民法总则施行后是否仍然适用，有争议",
                    "unclear letter of authority; whether the agent's joint liability survived the General Provisions is disputed",
                ),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
            AT_GP,
        ),
    ],
    deadlines=deadlines_for(COUNTERPARTY, joint=True),
    defences=_ag_f.defences,
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "contested",
            "民法总则没有授权不明时代理人负连带责任的规定（其第165条只规定授权委托书应当载明的事项）。2017年10月1日至2020年12月31日的行为能否继续适用民法通则第65条第3款，有不同认识：一种看法是民法通则的这一规定没有被民法总则明文取代，仍然适用；另一种看法是民法总则对代理作了全面规定，两法不一致的适用民法总则，代理人不负连带责任。被代理人在授权范围内承担，不受这一争议影响。",
            "The General Provisions have no rule making the agent jointly liable for unclear authority (their art. 165 only says what a letter of authority must state). Whether General Principles art. 65(3) still applied to acts between 2017-10-01 and 2020-12-31 is disputed: one view is that nothing expressly replaced it, so it applied; the other that the General Provisions regulate agency in full and prevail, so the agent is not jointly liable. The principal's own liability within the authority is not affected.",
            IS_GP,
            [C(GPCL, 65, 3), C(GP, 165), C(GP, 178, 3)],
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, f"{P}和{A}", f"{PE} and the {{party.agent}}"),
        *_ag_f.steps,
        *defend_steps(["principal", "agent"]),
    ],
    evidence=BASE_EVIDENCE,
)

_ag_g = Defences()
_ag_g.own(
    ["principal", "agent"],
    "按委托书的文字和交易习惯说明授权范围。",
    "Show the scope of the authority from the wording and the practice.",
    NOT_JUDGED,
)
_ag_g.other(
    COUNTERPARTY,
    "对方可能按委托书的文字和交易习惯主张授权范围较窄、交易超出授权：请备好你理解授权范围的依据。",
    "They may read the authority narrowly from the wording and practice and say the deal went beyond it: have your reading of the authority ready.",
    NOT_JUDGED,
)
_ag_g.limitation(["principal", "agent"], COUNTERPARTY)

AG_G = outcome(
    "ag_g",
    "AG-G",
    T(
        "授权不明（民法典）：代理人不负连带责任",
        "Unclear authority (Civil Code): the agent is not jointly liable",
    ),
    [
        *summary(
            COUNTERPARTY,
            f"民法典没有授权不明时代理人负连带责任的规定：授权范围按委托书的文字和交易习惯解释；在授权范围内或者构成表见代理的，由{P}承担；超出授权又不构成表见代理的，按无权代理处理，由{A}向你承担，{P}不承担。",
            f"The Civil Code does not make the agent jointly liable for unclear authority: its scope is read from the wording and practice; within it, or with apparent authority, {PE} is bound; beyond it without apparent authority, it is acting without authority — the {{party.agent}} answers to you and {PE} does not.",
            True,
        ),
        *summary(
            PRINCIPAL,
            "民法典没有授权不明时代理人负连带责任的规定：在授权范围内（按委托书的文字和交易习惯解释）或者构成表见代理的，由你承担；否则按无权代理处理，你不承担。",
            "The Civil Code does not make the agent jointly liable for unclear authority: within the authority (read from the wording and practice), or with apparent authority, you are bound; otherwise it is acting without authority and you are not.",
            False,
        ),
        *summary(
            AGENT,
            f"民法典没有授权不明时代理人负连带责任的规定：你不因授权不明与{P}承担连带责任；但超出授权又不构成表见代理的，按无权代理由你向{CP}承担。",
            f"The Civil Code does not make the agent jointly liable for unclear authority: you are not jointly liable with {PE} on that ground; but beyond the authority, without apparent authority, you answer to {CPE} for acting without authority.",
            False,
        ),
    ],
    [
        F(
            "不承担责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T(
                "不因授权不明与被代理人承担连带责任",
                "no joint liability with the principal for unclear authority",
            ),
            DASH,
            [C(CC, 178, 3), C(CC, 165)],
            T(
                "仅指不承担授权不明的连带责任",
                "released only from joint liability for unclear authority",
            ),
        )
    ],
    remaining_liability=T(
        f"在授权范围内或者构成表见代理的，由{P}承担；超出授权又不构成表见代理的，由{A}依无权代理的规定对{CP}承担（民法典第171条）。",
        f"Within the authority, or with apparent authority, {PE} is bound; beyond it without apparent authority, the {{party.agent}} answers to {CPE} for acting without authority (Civil Code art. 171).",
    ),
    deadlines=deadlines_for(COUNTERPARTY),
    defences=_ag_g.defences,
    warnings=COMMON_WARNINGS,
    next_steps=[
        N(
            "根据授权委托书的文字、交易习惯确定授权范围，判断是否超出授权、是否构成表见代理。",
            "Settle the scope of the authority from the wording and practice: was it exceeded, was there apparent authority?",
            "any",
            NOT_JUDGED,
        ),
        *claim_steps(COUNTERPARTY, f"{P}或者{A}", f"{PE} or the {{party.agent}}"),
        *_ag_g.steps,
        *defend_steps(["principal", "agent"]),
    ],
    evidence=BASE_EVIDENCE,
    citations=[C(CC, 171), C(CC, 172)],
)

_ag_h = Defences()
_ag_h.own(
    AGENT,
    "主张没有与其他受托人共同处理该事务，或者损失与自己的处理无关。",
    "Argue that you did not act together with the others, or that the loss has nothing to do with your part.",
    NOT_JUDGED,
)
_ag_h.other(
    PRINCIPAL,
    "受托人可能主张没有共同处理该事务，或者损失与其处理无关：请保存分工和共同经办的证据。",
    "The agents may say they did not act together, or that the loss has nothing to do with their part: keep the evidence of how they shared and handled the work.",
    NOT_JUDGED,
)
_ag_h.limitation(AGENT, PRINCIPAL)

AG_H = outcome(
    "ag_h",
    "AG-H",
    T(
        "几个受托人共同处理委托事务：对委托人承担连带责任",
        "Several agents acting together: jointly and severally liable to the principal",
    ),
    [
        *summary(
            PRINCIPAL,
            f"{A}作为受托人共同处理委托事务，给你造成损失：他们对你承担连带责任，你可以请求其中任何一人或者全体赔偿全部损失。",
            "Several agents (the {party.agent}) handled the matter together and caused you a loss: they are jointly and severally liable to you — you may claim the whole from any one or all.",
            True,
        ),
        *summary(
            AGENT,
            f"你与其他受托人共同处理委托事务，对{P}的损失承担连带责任；你实际赔偿超过自己份额的部分，可以向其他受托人追偿。",
            f"You handled the matter together with other agents and are jointly and severally liable for {PE}'s loss; what you pay beyond your share you can recover from the others.",
            False,
        ),
        S(
            COUNTERPARTY,
            f"受托人之间对委托人承担连带责任，是委托人与受托人之间的关系；你与受托人交易的效果，按代理权限确定：在授权范围内的，由{P}承担。几个代理人应当共同行使代理权、而只有其中一人与你交易的，按无权代理处理（请在“发生了什么情况”中选择相应的一项重新评估）。",
            f"The agents' joint liability runs to the principal; the effect of your dealings with them follows their authority: within it, {PE} is bound. If several agents had to act together and only one dealt with you, it is treated as acting without authority (choose that answer under 'what happened' and assess again).",
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(
                    f"共同处理委托事务的各受托人：{A}",
                    "each of the agents who acted together: the {party.agent}",
                ),
                T(P, PE),
                scope,
                JOINT_ORDER,
                [
                    C(CC, 932, when=IS_CC),
                    C(CC, 178, 1, when=IS_CC),
                    C(GP, 178, 1, when=IS_GP),
                    C(GPCL, 87, when=IS_GPCL),
                ],
                T("共同受托", "joint agents"),
                cond,
            ),
            LOSS_P,
            LOSS_P_OPEN,
        )
    ],
    deadlines=deadlines_for(PRINCIPAL, joint=True),
    defences=_ag_h.defences,
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "unverified",
            "2021年以前的委托，受托人的连带责任由当时的合同法规定：两个以上的受托人共同处理委托事务的，对委托人承担连带责任（合同法第409条，请律师核对原文）。",
            "For mandates before 2021 the agents' joint liability was in the Contract Law of the time: two or more agents handling a matter together are jointly liable to the principal (Contract Law art. 409 — have a lawyer check the text).",
            OLD,
        ),
    ],
    next_steps=[
        *claim_steps(PRINCIPAL, A, "the {party.agent}"),
        *_ag_h.steps,
        *defend_steps(AGENT),
        N(
            "核实自己与受托人交易的内容是否在授权范围内。",
            "Check whether your dealings with the agents were within their authority.",
            COUNTERPARTY,
            NOT_JUDGED,
        ),
    ],
    evidence=[
        *BASE_EVIDENCE,
        N(
            "委托合同中关于几个受托人共同处理事务的约定",
            "The mandate's terms on several agents acting together",
            "any",
            NOT_JUDGED,
        ),
    ],
)

_ag_u = Defences().limitation(AGENT, ["principal", "counterparty"])

AG_U = outcome(
    "ag_u",
    "AG-U",
    T(
        "情况待核实：可能是连带责任，也可能不是",
        "The facts are still to verify: joint liability or not",
    ),
    [
        S(
            ALL,
            "代理中只有法律规定的几种情形是连带责任：代理人与相对人恶意串通损害被代理人；代理事项违法而代理人或者被代理人知道；几个受托人共同处理委托事务。在授权范围内实施，或者没有代理权但相对人有理由相信其有代理权（表见代理）、被代理人追认的，由被代理人承担。无权代理未被追认的，原则上由行为人对善意相对人承担，不是连带责任。请先核实发生了什么。",
            "In agency only the cases the law names bring joint liability: agent and counterparty colluding against the principal; an unlawful matter known to the agent or the principal; several agents acting together. Acts within the authority, or without it where the counterparty had reason to believe in it (apparent authority) or the principal ratified, bind the principal. An unratified act without authority is, as a rule, the actor's own liability to a good-faith counterparty, not joint. Verify first what happened.",
        )
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(
                    "相关的代理人、相对人或者被代理人",
                    "the agent, counterparty or principal concerned",
                ),
                T("受到损害的人", "those harmed"),
                scope,
                JOINT_ORDER,
                versions(
                    [(164, 2), (167,), (178, 1)],
                    [(164, 2), (167,), (178, 1)],
                    [(66, 3), (67,), (87,)],
                ),
                T("若属恶意串通或者违法代理", "if there was collusion or an unlawful agency"),
                cond,
            ),
            T(
                "受到损害的人因此受到的损失（{amount.loss_amount}）",
                "the loss of those harmed ({amount.loss_amount})",
            ),
            T(
                "受到损害的人因此受到的损失（数额尚待确定）",
                "the loss of those harmed (amount yet to be fixed)",
            ),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "清偿责任",
                T(P, PE),
                T(CP, CPE),
                scope,
                PERFORM,
                versions([(172,)], [(172,)], [(63, 2)]),
                T(
                    "若在授权范围内、被代理人追认，或者构成表见代理",
                    "if within the authority, ratified, or with apparent authority",
                ),
                cond,
            ),
            OWED_CP,
            OWED_CP_OPEN,
        ),
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(CP, CPE),
                scope,
                T("不是连带责任", "not joint"),
                versions([(171, 3)], [(171, 3)], [(66, 1)]),
                T("若属无权代理且未被追认", "if it was an unratified act without authority"),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
        ),
    ],
    deadlines=deadlines_for(["principal", "counterparty"]),
    defences=_ag_u.defences,
    recourse=RECOURSE_JOINT,
    warnings=COMMON_WARNINGS,
    next_steps=[
        N(
            "核实授权材料、交易过程和各方当时的认识。",
            "Verify the authority papers, how the deal was made and what each side knew.",
            "any",
            NOT_JUDGED,
        ),
        *claim_steps(
            ["principal", "counterparty"], "可能承担责任的各方", "each party who may be liable"
        ),
        *_ag_u.steps,
        *defend_steps(AGENT),
    ],
    evidence=BASE_EVIDENCE,
)


# --- routing and the tree -----------------------------------------------------------------


def routes() -> list[J]:
    return [
        branch(
            "route",
            [
                (unknown("situation"), "ag_u"),
                (
                    COLLUSION,
                    "ag_a",
                    T(
                        "代理人与相对人恶意串通：连带责任。",
                        "Collusion of agent and counterparty: joint and several liability.",
                    ),
                    versions([(164, 2)], [(164, 2)], [(66, 3)]),
                ),
                (
                    all_(ILLEGAL, includes("who_knew", "neither")),
                    "ag_b0",
                    T(
                        "代理人和被代理人都不知道代理事项违法。",
                        "Neither agent nor principal knew the matter was unlawful.",
                    ),
                ),
                (
                    all_(ILLEGAL, IS_GPCL, ans("knowledge_kind", "should_only")),
                    "ag_b0",
                    T(
                        "民法通则只规定“知道”，只是应当知道的，一般不构成连带。",
                        "The General Principles speak of actual knowledge; should-have-known is as a rule not enough.",
                    ),
                    [C(GPCL, 67)],
                ),
                (
                    ILLEGAL,
                    "ag_b",
                    T(
                        "代理事项违法：被代理人和代理人承担连带责任。",
                        "Unlawful agency: principal and agent are jointly and severally liable.",
                    ),
                    versions([(167,)], [(167,)], [(67,)]),
                ),
                (
                    all_(UNAUTH, RATIFIED),
                    "ag_r",
                    T(
                        "被代理人追认，行为对其发生效力。",
                        "The principal ratified, so the act binds him.",
                    ),
                    versions([(171, 1)], [(171, 1)], [(66, 1)]),
                ),
                (
                    all_(UNAUTH, SILENT),
                    "ag_r",
                    T(
                        "被代理人知道他人以其名义实施行为而不作否认表示，视为同意。",
                        "The principal knew someone acted in his name and did not deny it: deemed consent.",
                    ),
                    [C(GPCL, 66, 1)],
                ),
                (
                    all_(
                        UNAUTH,
                        EMP_WITHIN,
                        FROM_2017,
                        ans("belief", "good_faith", "reason_to_believe"),
                    ),
                    "ag_w",
                    T(
                        "工作人员在通常职权范围内以单位名义实施行为，单位的内部限制不得对抗善意相对人。",
                        "An employee acted in the organisation's name within his usual duties; an internal limit does not bind a counterparty in good faith.",
                    ),
                    versions([(170, 2)], [(170, 2)], [], extra_cc=[C(CGI, 21, 3)]),
                ),
                (
                    all_(UNAUTH, BELIEF, IS_GPCL),
                    "ag_z",
                    T(
                        "2017年10月1日以前的表见代理，由当时的合同法规定。",
                        "Apparent authority before 2017-10-01 was a matter for the Contract Law of the time.",
                    ),
                ),
                (
                    all_(UNAUTH, BELIEF),
                    "ag_c",
                    T(
                        "相对人有理由相信行为人有代理权：表见代理，代理行为有效。",
                        "The counterparty had reason to believe: apparent authority, the act is valid.",
                    ),
                    versions([(172,)], [(172,)], []),
                ),
                (
                    all_(UNAUTH, PENDING),
                    "ag_p",
                    T(
                        "被代理人还没有表示是否追认：行为效力待定。",
                        "The principal has not yet decided whether to ratify: the act is pending.",
                    ),
                    versions([(171, 1), (171, 2)], [(171, 1), (171, 2)], [(66, 1)]),
                ),
                (
                    all_(UNAUTH, KNEW, IS_GPCL),
                    "ag_e_old",
                    T(
                        "民法通则：相对人明知没有代理权，与行为人负连带责任。",
                        "General Principles: a counterparty who knew is jointly liable with the actor.",
                    ),
                    [C(GPCL, 66, 4)],
                ),
                (
                    all_(UNAUTH, KNEW),
                    "ag_e",
                    T(
                        "相对人知道或者应当知道没有代理权：按各自过错承担。",
                        "The counterparty knew or should have known: each answers by his fault.",
                    ),
                    versions([(171, 4)], [(171, 4)], []),
                ),
                (
                    all_(UNAUTH, GOOD_FAITH),
                    "ag_d",
                    T(
                        "善意相对人可以请求行为人履行或者赔偿。",
                        "A good-faith counterparty may claim performance or damages from the actor.",
                    ),
                    versions([(171, 3)], [(171, 3)], [(66, 1)]),
                ),
                (UNAUTH, "ag_v"),
                (
                    all_(UNCLEAR, IS_CC),
                    "ag_g",
                    T(
                        "民法典没有授权不明时代理人负连带责任的规定。",
                        "The Civil Code has no joint liability of the agent for unclear authority.",
                    ),
                    [C(CC, 178, 3)],
                ),
                (
                    UNCLEAR,
                    "ag_f",
                    T(
                        "民法通则：授权不明的，代理人负连带责任。",
                        "General Principles: unclear authority makes the agent jointly liable.",
                    ),
                    [C(GPCL, 65, 3)],
                ),
                (
                    SEVERAL,
                    "ag_h",
                    T(
                        "几个受托人共同处理委托事务：连带责任。",
                        "Several agents acting together: joint and several liability.",
                    ),
                    [C(CC, 932, when=IS_CC)],
                ),
                ({"undetermined": IS_GPCL}, "ag_u"),
            ],
            "ag_u",
        )
    ]


OUTCOMES = [
    AG_A,
    AG_B,
    AG_B0,
    AG_R,
    AG_C,
    AG_W,
    AG_P,
    AG_D,
    AG_E,
    AG_E_OLD,
    AG_V,
    AG_Z,
    AG_F,
    AG_G,
    AG_H,
    AG_U,
]

NOTES_FOR_REVIEWERS = [
    T(
        "版本：行为日在2021-01-01以后适用民法典；2017-10-01至2020-12-31适用民法总则，与民法通则不一致的适用民法总则（新法优于旧法）；此前适用民法通则和当时的合同法。legal-coverage.md §5.2把民法通则65(3)、66(3)、66(4)的陷阱写成“2021年以前的事实”，这里改为：66(4)只适用于2017-10-01以前（此后民法总则171(4)按过错），65(3)在2017-10-01至2020-12-31之间有争议（结论照65(3)，代理人的首要抗辩和警示写明争议），66(3)与164(2)内容相同。",
        "Versions: the Civil Code from 2021-01-01; the General Provisions from 2017-10-01 to 2020-12-31, prevailing over the General Principles where they differ; before that the General Principles and the Contract Law of the time. legal-coverage.md §5.2 places the traps of General Principles 65(3), 66(3), 66(4) on 'facts before 2021'; here 66(4) applies only before 2017-10-01 (then General Provisions 171(4), by fault), 65(3) is contested for 2017-10-01 … 2020-12-31 (the finding follows 65(3), the agent's first defence and a warning state the dispute), and 66(3) matches 164(2).",
    ),
    T(
        "诉讼时效：起算于2017-10-01以前的请求权声明为民法通则135的二年，由计算引擎按法释〔2018〕12号1–3条延长（该解释不在参考资料中，不作为引用）；不再提示人工复核。诉讼时效和申请执行期间是否届满，在案件经过之后由status_plain/status_events两个分支一次判定，结论通过lim_barred、lim_open、enf_late三个标记节点读取（案件经过不是每条路径都问，结论不能直接与读取它的期限比较）。事件可以只针对代理人一方中的一人：连带责任的路线（164(2)、167、民法通则65(3)和66(4)、932，见JOINT_ROUTE）用persons为joint的期限（limitation_joint、enforcement_joint），针对一人的中断及于其他人（诉讼时效规定15(2)）；其余路线（171(3)、171(4)按过错等）保持默认，各人分别计算；状态分支按路线读取对应的期限。",
        "Limitation: a claim running from before 2017-10-01 is declared with General Principles 135's two years, which the engine lengthens under 法释〔2018〕12号 arts. 1–3 (not in the reference texts, so never cited); no manual-review warning any more. Whether the limitation or the period to apply for enforcement has ended is decided once after the history by the branches status_plain / status_events and read through the marker nodes lim_barred, lim_open and enf_late (the history is not asked on every path, so an outcome cannot compare with a deadline that reads it). An event may concern one of several agents: the routes of joint liability (164(2), 167, General Principles 65(3) and 66(4), 932; JOINT_ROUTE) use the deadlines with persons 'joint' (limitation_joint, enforcement_joint), so an interruption against one reaches the others (Limitation Provisions 15(2)); the other routes (171(3), 171(4) by fault …) keep the default, each person on his own; the status branches read the deadline of the route.",
    ),
    T(
        "合同法（1999）第48、49、409条和总则编解释（法释〔2022〕6号）第25条不在参考资料中：只在警示中以“请律师核对原文”的方式提到，不作为引用。2017-10-01以前的表见代理单列AG-Z，被代理人受约束的认定以民法通则63(2)为依据并带警示。",
        "Contract Law (1999) arts. 48, 49, 409 and the SPC Interpretation on the General Part (法释〔2022〕6号) art. 25 are not in the reference texts: they are mentioned only in warnings ('have a lawyer check the text'), never cited. Apparent authority before 2017-10-01 is an outcome of its own (AG-Z); the finding that the principal is bound rests on General Principles 63(2), with a warning.",
    ),
    T(
        "无权代理：追认前效力待定（AG-P：催告三十日/民法总则一个月、善意相对人撤销）；2017-10-01以前问民法通则66(1)第三句（知道而不否认视为同意），沉默的按追认处理并警示与合同法48(2)的冲突。员工以单位名义行事（民法典170、合同编通则解释21）：通常职权内只是超出内部限制、相对人善意的，单位受约束（AG-W）；超越职权的，单位有过错时承担相应的赔偿责任（相应的责任，参照157）。几个代理人须共同代理而一人单独实施的（166），按无权代理走同一组结论。",
        "Acting without authority: pending until ratified (AG-P: a request to ratify within thirty days / one month under the General Provisions, the good-faith counterparty's revocation); before 2017-10-01 General Principles 66(1) sentence 3 is asked (knowing silence is consent), routed as ratification with a warning on the clash with Contract Law 48(2). An employee acting in the organisation's name (Civil Code 170, Contract Interpretation 21): within his usual duties and only beyond an internal limit, a good-faith counterparty binds the organisation (AG-W); beyond his duties, the organisation at fault owes proportionate damages (相应的责任, by analogy to 157). One of several joint agents acting alone (166) follows the same outcomes as acting without authority.",
    ),
    T(
        "恶意串通：被代理人“不承担民事责任”依合同编通则解释23(1)（民法典案件；解释69条：施行后尚未终审的案件适用），不写“无效”；2021年以前的行为引民法总则154/民法通则58(1)(四)并警示被代理人是否属于“他人”有争议。证明标准：民诉法解释109（排除合理怀疑），民法典案件另有合同编通则解释23(2)。违法代理167后半句对不知情代理人的效果有争议（警示、首要抗辩）；民法通则67只规定“知道”，标为有争议。",
        "Collusion: the principal 'bears no civil liability' under Contract Interpretation 23(1) (Civil Code cases; art. 69: cases not finally decided when it took effect), not 'void'; acts before 2021 cite General Provisions 154 / General Principles 58(1)(4), with a warning that whether the principal is 'another' is disputed. Standard of proof: Civil Procedure Interpretation 109 (beyond reasonable doubt), for Civil Code cases also Contract Interpretation 23(2). The effect of 167's second limb on an agent who did not know is disputed (warning, first defence); General Principles 67 says only 'knew', marked as disputed.",
    ),
    T(
        "抗辩：代理人一方是被请求的一方，报告把抗辩放在前面；被代理人和相对人在有的路径上请求、有的路径上被请求，报告把他们的抗辩栏标为“对方可能提出的抗辩”，所以他们自己的抗辩写进下一步（“你可以提出的抗辩：…”），抗辩栏只写对方可能的抗辩。诉讼时效和申请执行期间用acts标明由请求的一方行事。",
        "Defences: the agent's side is the one claimed against, and its report puts the defences first; the principal and the counterparty claim on some paths and are claimed against on others, and their reports head the defences list as the other side's, so their own defences go into the next steps ('你可以提出的抗辩：…') and the list holds what the other side may answer. The limitation and enforcement periods name the claiming side in 'acts'.",
    ),
    T(
        "授权不明（民法典）：没有连带责任的规定，连带只能由法律规定或者约定（178(3)）；结论为代理人不承担连带责任，其余按解释、表见代理或者无权代理处理。",
        "Unclear authority (Civil Code): no rule of joint liability, which needs a law or an agreement (178(3)); the agent is not jointly liable, the rest follows interpretation, apparent authority or acting without authority.",
    ),
]


def merits_warnings(node: J) -> J:
    """A judgment decided the merits: warnings on them (all but the common ones, which concern
    dates and deadlines) are left out once it has taken effect."""
    warnings = [
        w if w in COMMON_WARNINGS else dict(w, when=when_all(w.get("when"), NOT_JUDGED))
        for w in node.get("warnings", [])
    ]
    return dict(node, warnings=warnings)


def build() -> J:
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "agency",
        "version": "2.1.1",
        "domain": "other",
        "title": T(
            "代理：恶意串通、违法代理、无权代理与表见代理",
            "Agency: collusion, unlawful agency, acting without authority and apparent authority",
        ),
        "report_title": T("代理责任评估报告", "Assessment of liability in agency"),
        "description": T(
            "代理中谁承担连带责任、谁单独承担、谁不承担：代理人与相对人恶意串通（民法典第164条第2款）、违法代理（第167条）、无权代理与追认（第171条）、表见代理（第172条）、员工以单位名义行事（第170条）、授权不明、共同代理与共同受托（第166条、第932条）；2021年以前的行为适用民法总则或者民法通则（第65条第3款、第66条、第67条）。按被代理人、相对人或者代理人的立场作出结论，并根据案件经过计算诉讼时效和申请执行的期间。",
            "In agency, who is jointly and severally liable, who alone, who not at all: collusion of agent and counterparty (Civil Code art. 164(2)), unlawful agency (167), acting without authority and ratification (171), apparent authority (172), employees acting in the organisation's name (170), unclear authority, joint agents (166, 932); acts before 2021 under the General Provisions or the General Principles (65(3), 66, 67). Written for the principal, the counterparty or the agent, with the limitation period and the period to apply for enforcement computed from the case's history.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [CC, GP, GPCL, TE, LIM, CGI, CPL, CPI],
        "notes": NOTES_FOR_REVIEWERS,
        "sides": SIDES,
        "parties": PARTIES,
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": [*questions(), *status_nodes(), *routes(), *map(merits_warnings, OUTCOMES)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if trees/agency.json differs")
    args = parser.parse_args(argv)
    return write(build(), OUT, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
