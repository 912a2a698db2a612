"""Generate ``trees/agency.json``: liability in agency (代理), legal-coverage.md §5.2.

    python scripts/trees/agency.py          # writes trees/agency.json
    python scripts/trees/agency.py --check  # exits 1 if the file differs from the output

The law follows the day of the agency act: 民法典 from 2021-01-01; 民法总则 from 2017-10-01, which
prevails over the 民法通则 where they differ (a later law of the same organ); the 民法通则 before.
The traps of the old law — 65(3) unclear authority and 66(4) a counterparty who knew, both 连带 —
are outcomes of their own.
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
    unknown,
    uses,
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

NEW_REGIME = "2017-10-01"
IS_CC = on_or_after("act_date", "2021-01-01")
IS_GP = all_(on_or_after("act_date", NEW_REGIME), before("act_date", "2021-01-01"))
IS_GPCL = before("act_date", NEW_REGIME)
OLD = before("act_date", "2021-01-01")


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
NO_AUTHORITY = ans("situation", "no_authority")
UNCLEAR = ans("situation", "unclear")
SEVERAL = ans("situation", "several_agents")
KNEW_ILLEGAL = includes("who_knew", "agent_knew", "principal_knew")
RATIFIED = ans("ratified", "ratified")
PENDING = ans("ratified", "pending")
BELIEF = ans("belief", "reason_to_believe")
GOOD_FAITH = ans("belief", "good_faith")
KNEW = ans("belief", "knew")
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

# --- deadlines ---------------------------------------------------------------------------

START_OLD = before("knew_date", NEW_REGIME)
LIM_NOTE = T(
    "连带责任人中一人发生的中断事由（要求履行、承诺、起诉等），对其他连带责任人同样发生中断效力（诉讼时效规定第15条第2款）；不是连带责任的，只对事件所针对的人有效。下表把记录的全部事件都计算在内。",
    "For those jointly and severally liable, an interruption against one (a demand, a promise, a suit …) interrupts against the others too (SPC Limitation Provisions art. 15(2)); otherwise it acts only against the one it concerns. Every event recorded is counted below.",
)


def limitation_specs(prefix: str, with_events: bool) -> dict[str, J]:
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
            "zh": label["zh"] + "（民法通则：二年）",
            "en": label["en"] + " (General Principles: two years)",
        },
        "from": "knew_date",
        "add": {"years": 2},
        "basis": [C(GPCL, 135)],
        "when": START_OLD,
        "cap_from": "act_date",
    }
    if with_events:
        for spec in (new, old):
            spec["events"] = {"from": "history"}
            spec["note"] = LIM_NOTE
    return {new["id"]: new, old["id"]: old}


LIMITATION = limitation_specs("limitation", True)
PLAIN = limitation_specs("plain", False)
NO_EVENTS = ans("history_any", "no")
_PASSED = any_(*(all_(s["when"], {"deadline": n, "passed": True}) for n, s in PLAIN.items()))
_RUNNING = any_(*(all_(s["when"], {"deadline": n, "passed": False}) for n, s in PLAIN.items()))
TIME_BARRED = all_(NO_EVENTS, _PASSED)
TIME_RUNNING = all_(NO_EVENTS, _RUNNING)
TIME_OPEN = any_(not_(NO_EVENTS), {"undetermined": _PASSED})

DEADLINES: dict[str, J] = {
    **PLAIN,
    **LIMITATION,
    "enforcement": {
        "id": "enforcement",
        "kind": "enforcement",
        "label": T("申请强制执行的期间", "Period to apply for enforcement"),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250, 1)],
        "events": {"from": "history"},
        "when": JUDGED,
    },
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
OUTCOME_DEADLINES = uses(*LIMITATION, "enforcement", "appeal")

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
            "没有代理权、超越代理权或者代理权终止后，仍然以被代理人的名义实施行为。未经被代理人追认的，对被代理人不发生效力。",
            "Acting in another's name without authority, beyond it, or after it ended. Unless the principal ratifies, the act does not bind him.",
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
AMOUNTS: list[J] = []
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
                    "行为的时间决定适用哪部法律：2021年1月1日以后适用民法典；2017年10月1日至2020年12月31日适用民法总则（与民法通则不一致的，适用民法总则）；更早的适用民法通则。",
                    "The day decides the law: the Civil Code from 2021-01-01; the General Provisions from 2017-10-01 to 2020-12-31 (prevailing over the General Principles where they differ); the General Principles before.",
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
                    "situation",
                    T(
                        "行为在2021年1月1日以后，适用民法典。",
                        "The act was done from 2021-01-01: the Civil Code applies.",
                    ),
                    [C(TE, 1, 1)],
                ),
                (
                    on_or_after("act_date", NEW_REGIME),
                    "situation",
                    T(
                        "行为在2017年10月1日至2020年12月31日之间，适用当时的法律：民法总则的代理规定与民法通则不一致的，适用民法总则。",
                        "The act was between 2017-10-01 and 2020-12-31: the law of the time applies, the General Provisions prevailing over the General Principles where they differ.",
                    ),
                    [C(TE, 1, 2)],
                ),
                ({"undetermined": on_or_after("act_date", NEW_REGIME)}, "situation"),
            ],
            "situation",
            T(
                "行为在2017年10月1日民法总则施行以前，适用民法通则。",
                "The act was before the General Provisions took effect on 2017-10-01: the General Principles apply.",
            ),
            [C(TE, 1, 2)],
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
                    "恶意串通和违法代理，相关的人承担连带责任；无权代理原则上由行为人自己承担，不是连带责任。",
                    "Collusion and unlawful agency bring joint and several liability; acting without authority is, as a rule, the actor's own liability, not joint.",
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
                    "ratified",
                    T(
                        "无权代理未经追认的，对被代理人不发生效力。",
                        "Acting without authority does not bind the principal unless he ratifies.",
                    ),
                    versions([(171, 1)], [(171, 1)], [(66, 1)]),
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
            "id": "ratified",
            "type": "choice",
            "text": T("被代理人是否追认了这一行为？", "Has the principal ratified the act?"),
            "help": {
                "why": T(
                    "追认的，行为对被代理人发生效力。被代理人已经开始履行合同义务或者接受相对人履行的，视为追认。相对人可以催告被代理人在收到通知之日起三十日内（民法总则：一个月）追认，未作表示的，视为拒绝。",
                    "Ratified, the act binds the principal. Starting to perform or accepting the counterparty's performance counts as ratification. The counterparty may ask the principal to ratify within thirty days of the notice (General Provisions: one month); silence is refusal.",
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
                    "belief",
                ),
                choice(
                    "pending",
                    T(
                        "还没有问过被代理人，或者在等待答复",
                        "Not asked yet, or waiting for an answer",
                    ),
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
                "why": T("诉讼时效从这一天起计算。", "The limitation period runs from this day.")
            },
            "significance": T(
                "诉讼时效从知道或者应当知道权利受到损害以及义务人之日起计算。",
                "The limitation period runs from the day one knew or should have known of the damage and of who is liable.",
            ),
            "citations": [C(CC, 188, 2)],
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
            "text": T("损失能算出大致金额吗？", "Can the loss be put at a figure?"),
            "choices": [
                choice("not_yet", T("还不能", "Not yet"), "history_any"),
                choice("known", T("能算出", "Yes"), "loss_amount"),
            ],
        },
        {
            "id": "loss_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T("损失是多少元？", "How much is the loss?"),
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
                choice("no", T("没有", "No"), "route"),
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
                    "这些事决定诉讼时效是否中断、是否已有判决。",
                    "These decide whether the limitation period was interrupted, or a judgment decided the claim.",
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
            "next": "route",
        },
    ]


# --- list entries ---------------------------------------------------------------------------


def claim_steps(sides: list[str], whom_zh: str, whom_en: str) -> list[J]:
    """What the claiming side does, by the case's history and the limitation's state."""
    return [
        N(
            f"以书面形式（EMS、短信、微信等能够留存的方式）向{whom_zh}提出请求，并保留送达凭证：诉讼时效届满前，请求到达对方即中断诉讼时效。",
            f"Make the claim on {whom_en} in writing (EMS, text or WeChat messages that can be kept) and keep proof of delivery: before the limitation period ends, a claim that arrives interrupts it.",
            sides,
            all_(NO_SUIT, NOT_JUDGED, any_(TIME_RUNNING, TIME_OPEN)),
        ),
        N(
            f"协商不成的，在诉讼时效届满前向人民法院起诉{whom_zh}。",
            f"If talks fail, sue {whom_en} before the limitation period ends.",
            sides,
            all_(NO_SUIT, TIME_RUNNING),
        ),
        N(
            f"协商不成的，向人民法院起诉{whom_zh}（诉讼时效是否已经届满，见下方期限；已经届满的，对方可以拒绝履行）。",
            f"If talks fail, sue {whom_en} (whether the limitation period has ended: see the deadlines below; once it has, they may refuse).",
            sides,
            all_(NO_SUIT, TIME_OPEN),
        ),
        N(
            "诉讼时效已经届满：对方仍可以自愿履行，届满后对方同意履行的，不能再以时效届满为由拒绝；起诉的，对方一旦提出时效抗辩，请求将得不到支持。请先核实有没有漏记的中断事由，有的请补充记录。",
            "The limitation period has ended: they may still pay of their own accord, and once they agree to after the end they cannot plead it; if you sue and they plead limitation, the claim fails. First check for any interruption not yet recorded.",
            sides,
            TIME_BARRED,
        ),
        N(
            "诉讼正在进行：及时补充证据。",
            "The suit is pending: add evidence in time.",
            sides,
            PENDING_SUIT,
        ),
        N(
            "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见下方期限）。",
            "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadline below).",
            sides,
            SERVED,
        ),
        N(
            "对方不按判决履行的，在申请执行期间内向人民法院申请强制执行。",
            "If they do not perform as judged, apply for enforcement within the period to apply.",
            sides,
            JUDGED,
        ),
    ]


def defend_steps(sides: list[str]) -> list[J]:
    return [
        N(
            "整理能说明自己在交易中实际作用的证据（授权文件、往来记录、价格依据）。",
            "Gather evidence of your actual part in the dealings (authority papers, correspondence, the basis of the price).",
            sides,
        ),
        N(
            "诉讼时效届满后出具欠条、承诺履行或者支付一部分的，不能再以诉讼时效届满为由抗辩：核对下方期限之前，不要急于签字或者付款。",
            "Signing an IOU, promising or paying part after the limitation period has ended loses that defence: check the deadlines below before signing or paying anything.",
            sides,
            all_(any_(TIME_BARRED, TIME_OPEN), NOT_JUDGED),
        ),
        N(
            "已经被起诉的，在答辩期内提交答辩状和证据，提出本报告列出的抗辩。",
            "If you have been sued, file a defence and evidence within the time for a defence, raising the defences listed in this report.",
            sides,
            PENDING_SUIT,
        ),
        N(
            "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见下方期限）。",
            "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadline below).",
            sides,
            SERVED,
        ),
        N(
            "按生效判决履行，并保留付款凭证。",
            "Perform as judged and keep the receipts.",
            sides,
            JUDGED,
        ),
    ]


def limitation_defences(sides: list[str]) -> list[J]:
    return [
        N(
            "诉讼时效已经届满（见下方期限）：可以拒绝履行。这一抗辩须在一审期间提出，法院不会主动审查（诉讼时效规定第2条、第3条）。",
            "The limitation period has ended (see the deadlines below): you may refuse. The defence must be raised at first instance; the court will not raise it itself (SPC Limitation Provisions arts. 2, 3).",
            sides,
            TIME_BARRED,
        ),
        N(
            "诉讼时效届满的（见下方期限），可以拒绝履行；这一抗辩须在一审期间提出（诉讼时效规定第2条、第3条）。",
            "If the limitation period has ended (see the deadlines below), you may refuse; the defence must be raised at first instance (SPC Limitation Provisions arts. 2, 3).",
            sides,
            all_(TIME_OPEN, NOT_JUDGED),
        ),
    ]


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
        "contested",
        "知道受到损害的日期在2017年10月1日民法总则施行以前：下面的期限按民法通则第135条的二年计算；期间在2017年10月1日仍未届满的，能否适用三年，取决于最高人民法院关于民法总则诉讼时效的过渡规定，请人工复核。",
        "The loss became known before 2017-10-01: the deadline below uses the two years of General Principles art. 135; whether a period still running on 2017-10-01 took three years depends on the SPC's transitional rules — check by hand.",
        START_OLD,
        [C(GPCL, 135)],
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
]

EVIDENCE = [
    N(
        "授权委托书、委托合同或者其他授权材料",
        "The letter of authority, the mandate or other authority papers",
        "any",
    ),
    N(
        "以被代理人名义签订的合同、交易记录、付款凭证",
        "The contract signed in the principal's name, transaction records, payments",
        "any",
    ),
    N("双方往来的聊天记录、邮件、录音", "Chats, e-mails and recordings between the parties", "any"),
    N(
        "判决书（及生效证明）、送达回证",
        "The judgment (and proof that it took effect), proof of service",
        "any",
        event("history", "judgment_served", "judgment_effective"),
    ),
]


def loss_scope(make: Any, known: J, open_: J, when: J | None = None) -> list[J]:
    out = []
    for scope, cond in ((known, LOSS_KNOWN), (open_, LOSS_OPEN)):
        out.append(make(scope, cond if when is None else all_(when, cond)))
    return out


P, A, CP = "{party.principal}", "{party.agent}", "{party.counterparty}"
PE, AE, CPE = "the {party.principal}", "the {party.agent}", "the {party.counterparty}"
JOINT_ORDER = T(
    "没有先后顺序：权利人可以请求其中任何一方或者全体承担全部责任；一方承担后，其他人在相应范围内不再承担",
    "No order: the claimant may claim the whole from either or all; what one pays discharges the others to that extent",
)
DASH = T("—", "—")


def judged_and_barred(
    sides: list[str], zh: str, en: str, claimant: bool, when: J | None = None
) -> list[J]:
    """Summary variants: decided by a judgment, limitation ended, otherwise."""
    if claimant:
        j = T(
            "案件已有生效判决，诉讼时效不再计算：对方不履行的，请在申请执行期间内申请强制执行。",
            " A judgment has taken effect, so limitation no longer runs: if they do not perform, apply for enforcement within the period to apply.",
        )
        b = T(
            "但诉讼时效已经届满（见下方期限）：对方可以以此拒绝；请先核实有没有中断时效的事由。",
            " But the limitation period has ended (see the deadlines below): they may refuse on that ground; check first for anything that interrupted it.",
        )
    else:
        j = T(
            "案件已有生效判决：判决确定的义务应当履行，这里的分析不能改变生效判决。",
            " A judgment has taken effect: what it orders must be done, and this assessment does not change it.",
        )
        b = T(
            "另外，诉讼时效已经届满（见下方期限），你可以以此拒绝。",
            " Besides, the limitation period has ended (see the deadlines below): you may refuse on that ground.",
        )

    def cond(c: J | None) -> J | None:
        if when is None:
            return c
        return when if c is None else all_(when, c)

    return [
        S(sides, zh + j["zh"], en + j["en"], cond(JUDGED)),
        S(sides, zh + b["zh"], en + b["en"], cond(TIME_BARRED)),
        S(sides, zh, en, cond(None)),
    ]


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

COLLUSION_BASIS = versions(
    [(164, 2), (178, 1)], [(164, 2), (178, 1)], [(66, 3), (87,)], extra_cc=[C(CGI, 23, 1)]
)
VOID_BASIS = versions([(154,)], [(154,)], [(58, 1, 4)], extra_cc=[C(CGI, 23, 1)])

AG_A = outcome(
    "ag_a",
    "AG-A",
    T(
        "代理人与相对人恶意串通：两者对被代理人承担连带责任",
        "Agent and counterparty colluded: both are jointly and severally liable to the principal",
    ),
    [
        *judged_and_barred(
            PRINCIPAL,
            f"{A}与{CP}恶意串通，损害了你的利益：该行为无效，你不受其约束；两者对你的损失承担连带责任，你可以请求其中任何一方或者双方赔偿全部损失。",
            f"The {{party.agent}} and {CPE} colluded to your harm: the act is void and does not bind you, and both are jointly and severally liable for your loss — you may claim all of it from either or both.",
            True,
        ),
        *judged_and_barred(
            AGENT,
            f"如果确实与{CP}恶意串通、损害了{P}，你要与{CP}对{P}的损失承担连带责任。是否串通要有证据证明，你可以就是否串通、损失大小提出抗辩；你实际赔偿超过自己份额的部分，可以向{CP}追偿。",
            f"If you did collude with {CPE} to the harm of {PE}, you are jointly and severally liable with {CPE} for that loss. Collusion must be proved; you may dispute it and the amount, and recover from {CPE} what you pay beyond your share.",
            False,
        ),
        *judged_and_barred(
            COUNTERPARTY,
            f"如果确实与{A}恶意串通、损害了{P}，该行为无效，{P}不受约束，你还要与{A}对{P}的损失承担连带责任。你可以就是否串通、损失大小提出抗辩。",
            f"If you did collude with the {{party.agent}} to the harm of {PE}, the act is void and does not bind {PE}, and you are jointly and severally liable with the {{party.agent}} for the loss. You may dispute the collusion and the amount.",
            False,
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
                "恶意串通实施的行为无效，被代理人不因该行为对相对人承担责任",
                "the collusive act is void; the principal owes the counterparty nothing under it",
            ),
            DASH,
            VOID_BASIS,
        ),
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "否认恶意串通：应当由对方证明双方明知损害被代理人仍相互勾结；价格是否合理、是否收受利益是关键事实。",
            "Deny collusion: the other side must prove that both knowingly worked together to the principal's harm; whether the price was fair and whether anyone took a benefit are the key facts.",
            ["agent", "counterparty"],
        ),
        N(
            "对损失数额提出异议，要求对方证明。",
            "Dispute the amount of the loss and make the other side prove it.",
            ["agent", "counterparty"],
        ),
        *limitation_defences(["agent", "counterparty"]),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "法院综合交易习惯、价格是否显失公平、相关人员是否获取不正当利益、履行情况等，认为存在恶意串通的高度可能性的，可以要求代理人和相对人就合同订立、履行过程作出陈述；无正当理由拒绝或者陈述不合理又不能提供证据的，可以认定恶意串通。",
            "Where, weighing the course of dealing, whether the price was grossly unfair, whether anyone took an improper benefit and how the contract was performed, collusion is highly likely, the court may require the agent and counterparty to explain how the contract was made and performed; an unjustified refusal, or an implausible account without evidence, may establish collusion.",
            IS_CC,
            [C(CGI, 23, 2, when=IS_CC)],
        ),
    ],
    next_steps=[
        N(
            f"书面通知{CP}：该行为系恶意串通，你不承认其效力，并要求返还已经取得的财产。",
            f"Tell {CPE} in writing that the act was collusive and you do not accept it, and demand back what was handed over.",
            PRINCIPAL,
            all_(NO_SUIT, NOT_JUDGED),
        ),
        *claim_steps(PRINCIPAL, f"{A}和{CP}", f"the {{party.agent}} and {CPE}"),
        *defend_steps(["agent", "counterparty"]),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "价格明显不合理的证据（同期市场价格、评估报告）",
            "Evidence that the price was plainly unreasonable (market prices of the time, valuations)",
            "any",
        ),
        N(
            "回扣、好处费等利益往来的证据（转账记录、证人）",
            "Evidence of kickbacks or other benefits (transfers, witnesses)",
            "any",
        ),
    ],
)

ILLEGAL_BASIS = versions([(167,), (178, 1)], [(167,), (178, 1)], [(67,), (87,)])
WHO_UNKNOWN = unknown("who_knew")

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
        *judged_and_barred(
            COUNTERPARTY,
            f"代理事项违法，且{A}或者{P}知道：两者对你的损失承担连带责任，你可以请求其中任何一方或者双方赔偿全部损失。",
            f"The matter was unlawful and the {{party.agent}} or {PE} knew: both are jointly and severally liable for your loss — you may claim all of it from either or both.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"代理事项违法，且你或者{A}知道：你与{A}对受害人的损失承担连带责任；你实际承担超过自己份额的部分，可以向{A}追偿。",
            "The matter was unlawful and you or the {party.agent} knew: you and the {party.agent} are jointly and severally liable for the loss of those harmed; what you pay beyond your share you can recover from the {party.agent}.",
            False,
        ),
        *judged_and_barred(
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
            not_(WHO_UNKNOWN),
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
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "主张自己不知道也不应当知道代理事项违法（被代理人：已经表示反对）。",
            "Plead that you neither knew nor should have known (principal: that you objected).",
            ["principal", "agent"],
        ),
        *limitation_defences(["principal", "agent"]),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "民法通则第67条只规定“知道”，不包括“应当知道”：本案适用民法通则，须证明代理人或者被代理人确实知道。",
            "General Principles art. 67 says only 'knew', not 'should have known': under it, actual knowledge of the agent or the principal must be proved.",
            IS_GPCL,
            [C(GPCL, 67)],
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
        *defend_steps(["principal", "agent"]),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "证明代理事项违法以及谁知情的证据",
            "Evidence that the matter was unlawful and who knew",
            "any",
        ),
    ],
)

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
            f"代理人或者被代理人只是应当知道、并非确实知道代理事项违法：按民法通则第67条，不构成违法代理的连带责任。你只能按一般规则请求：代理人在权限内实施的行为，后果由{P}承受；因过错造成你损害的，向有过错的一方请求赔偿。",
            f"The agent or the principal only should have known, not actually knew, that the matter was unlawful: under General Principles art. 67 there is no joint liability for unlawful agency. Claim under the general rules: acts within the authority bind {PE}; for harm caused by fault, claim from whoever was at fault.",
            ans("knowledge_kind", "should_only"),
        ),
        S(
            COUNTERPARTY,
            f"代理人和被代理人都不知道、也不应当知道代理事项违法，不构成违法代理的连带责任。你只能按一般规则请求：代理人在权限内实施的行为，后果由{P}承受；因过错造成你损害的，向有过错的一方请求赔偿。",
            f"Neither the agent nor the principal knew or should have known that the matter was unlawful, so there is no joint liability for unlawful agency. Claim under the general rules: acts within the authority bind {PE}; for harm caused by fault, claim from whoever was at fault.",
        ),
        S(
            ["principal", "agent"],
            f"代理人或者被代理人只是应当知道、并非确实知道代理事项违法：按民法通则第67条，你们不因违法代理承担连带责任。但代理人在权限内实施的行为，后果由{P}承受；因过错造成他人损害的，有过错的一方仍应赔偿。",
            f"The agent or the principal only should have known, not actually knew: under General Principles art. 67 you are not jointly liable for unlawful agency. Acts within the authority still bind {PE}, and whoever caused harm by fault still answers for it.",
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
                "不因代理事项违法而承担连带责任",
                "no joint liability on the ground of unlawful agency",
            ),
            DASH,
            versions([(167,)], [(167,)], [(67,)]),
        )
    ],
    remaining_liability=T(
        f"代理人在代理权限内实施的行为，后果由{P}承受；因过错造成他人损害的，有过错的一方依法承担赔偿责任。",
        f"Acts within the authority bind {PE}; whoever caused harm by fault answers for it as the law provides.",
    ),
    deadlines=OUTCOME_DEADLINES,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "民法通则第67条只规定“知道”；只是应当知道的，按当时的规定不构成连带责任。",
            "General Principles art. 67 says only 'knew'; should-have-known did not bring joint liability then.",
            ans("knowledge_kind", "should_only"),
            [C(GPCL, 67)],
        ),
    ],
    next_steps=[
        N(
            "核实代理人、被代理人是否知道或者应当知道代理事项违法：有证据证明知道的，结论会改变。",
            "Check whether the agent or the principal knew or should have known: evidence that they did changes the result.",
            "any",
        ),
        *defend_steps(["principal", "agent"]),
    ],
    evidence=EVIDENCE,
)

RATIFY_BASIS = versions([(171, 1), (503,)], [(171, 1)], [(66, 1)])

AG_R = outcome(
    "ag_r",
    "AG-R",
    T("被代理人已经追认：由被代理人承担", "The principal ratified: the act binds the principal"),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"{P}已经追认：行为对{P}发生效力，你应当请求{P}履行；{A}不再对你承担无权代理的责任。",
            f"{PE} ratified: the act binds {PE}, so claim performance from {PE}; the {{party.agent}} no longer answers to you for acting without authority.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"你已经追认（开始履行或者接受对方履行的，视为追认）：行为对你发生效力，你应当按约定对{CP}履行。",
            f"You ratified (starting to perform or accepting performance counts as ratifying): the act binds you and you must perform towards {CPE}.",
            False,
        ),
        *judged_and_barred(
            AGENT,
            f"{P}已经追认：行为对{P}发生效力，你不再对{CP}承担无权代理的责任。",
            f"{PE} ratified: the act binds {PE}, and you no longer answer to {CPE} for acting without authority.",
            False,
        ),
    ],
    [
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
        )
    ],
    remaining_liability=T(
        f"{P}按追认的行为对{CP}承担义务。", f"{PE} owes {CPE} what the ratified act provides."
    ),
    deadlines=OUTCOME_DEADLINES,
    defences=[*limitation_defences(["agent"])],
    warnings=COMMON_WARNINGS,
    next_steps=[
        *claim_steps(COUNTERPARTY, P, PE),
        N(
            "按追认的合同履行，并保留履行凭证。",
            "Perform the ratified contract and keep proof.",
            PRINCIPAL,
            NOT_JUDGED,
        ),
        N("保存被代理人追认的证据。", "Keep the evidence of the ratification.", AGENT),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "被代理人追认的书面意见，或者开始履行、接受履行的记录",
            "The written ratification, or records of performing or accepting performance",
            "any",
        ),
    ],
)

AGENT_TO_PRINCIPAL = versions([(164, 1), (929, 2)], [(164, 1)], [(66, 2)])

AG_C = outcome(
    "ag_c",
    "AG-C",
    T(
        "构成表见代理：由被代理人承担，行为人对被代理人赔偿",
        "Apparent authority: the principal is bound, the actor compensates the principal",
    ),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"你有理由相信{A}有代理权，构成表见代理：代理行为有效，你可以请求{P}履行。",
            f"You had reason to believe the {{party.agent}} had authority — apparent authority: the act is valid and you may claim performance from {PE}.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"{CP}有理由相信{A}有代理权，构成表见代理：代理行为对你有效，你应当履行；你因此受到的损失，可以向{A}请求赔偿。你可以抗辩{CP}并无合理理由相信（如明知授权已经终止、交易明显异常）。",
            f"{CPE} had reason to believe the {{party.agent}} had authority — apparent authority: the act binds you and you must perform; you may claim your loss from the {{party.agent}}. You may argue that {CPE} had no reasonable ground to believe (e.g. knew the authority had ended, or the deal was plainly abnormal).",
            False,
        ),
        *judged_and_barred(
            AGENT,
            f"构成表见代理：由{P}对{CP}承担；但{P}因此受到的损失，可以向你请求赔偿。",
            f"Apparent authority: {PE} is bound towards {CPE}, but may claim from you the loss this caused.",
            False,
        ),
    ],
    [
        F(
            "不承担责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T(
                "代理行为有效，由被代理人对相对人承担；行为人不对相对人承担无权代理的责任",
                "the act is valid and binds the principal; the actor does not answer to the counterparty for acting without authority",
            ),
            DASH,
            versions([(172,)], [(172,)], []),
        ),
        *loss_scope(
            lambda scope, cond: F(
                "赔偿责任",
                T(A, "the {party.agent}"),
                T(P, PE),
                scope,
                T("被代理人承担后，向行为人请求", "The principal claims after bearing it"),
                AGENT_TO_PRINCIPAL,
                T("行为人对被代理人", "the actor to the principal"),
                cond,
            ),
            LOSS_P,
            LOSS_P_OPEN,
        ),
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            f"主张{CP}没有合理理由相信行为人有代理权（例如明知授权已经终止、交易明显异常、没有核实授权）。",
            f"Argue that {CPE} had no reasonable ground to believe in the authority (knew it had ended, the deal was plainly abnormal, nothing was checked).",
            PRINCIPAL,
        ),
        N(
            "主张被代理人的损失与自己的行为无关，或者数额不实。",
            "Argue that the principal's loss was not caused by your act, or is overstated.",
            AGENT,
        ),
        *limitation_defences(["principal", "agent"]),
    ],
    warnings=COMMON_WARNINGS,
    next_steps=[
        *claim_steps(COUNTERPARTY, P, PE),
        N(
            f"履行后，向{A}请求赔偿因此受到的损失。",
            "After performing, claim the loss from the {party.agent}.",
            PRINCIPAL,
        ),
        *defend_steps(["principal", "agent"]),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "相对人相信有代理权的依据（盖章的委托书或者合同、以往交易、工作证件）",
            "What made the counterparty believe in the authority (sealed authority or contract, past dealings, work ID)",
            "any",
        ),
    ],
)

AG_D = outcome(
    "ag_d",
    "AG-D",
    T(
        "无权代理未被追认：行为人对善意相对人承担责任，不是连带责任",
        "Unratified act without authority: the actor answers to a good-faith counterparty — not jointly with the principal",
    ),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"{A}没有代理权，{P}没有追认：行为对{P}不发生效力。你可以请求{A}履行，或者请求赔偿损失，但赔偿不超过{P}追认时你所能获得的利益。这不是连带责任，{P}不承担。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: the act does not bind {PE}. You may claim performance or damages from the {{party.agent}}, damages being no more than ratification would have given you. This is not joint and several liability; {PE} owes nothing.",
            True,
            not_(IS_GPCL),
        ),
        *judged_and_barred(
            COUNTERPARTY,
            f"{A}没有代理权，{P}没有追认：按民法通则，未经追认的行为由{A}承担民事责任，{P}不承担。这不是连带责任。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: under the General Principles the {{party.agent}} answers for the unratified act and {PE} does not. This is not joint and several liability.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"{A}没有代理权，你没有追认：行为对你不发生效力，你不承担；{CP}只能向{A}主张。注意：开始履行或者接受对方履行的，视为追认。",
            f"The {{party.agent}} had no authority and you did not ratify: the act does not bind you and you owe nothing; {CPE} can only claim from the {{party.agent}}. Beware: performing or accepting performance counts as ratifying.",
            False,
        ),
        *judged_and_barred(
            AGENT,
            f"你没有代理权，{P}没有追认：{CP}可以请求你履行，或者请求赔偿损失，但赔偿以{P}追认时{CP}所能获得的利益为限。{P}不与你承担连带责任。",
            f"You had no authority and {PE} did not ratify: {CPE} may claim performance or damages from you, damages being no more than ratification would have given {CPE}. {PE} is not jointly liable with you.",
            False,
            not_(IS_GPCL),
        ),
        *judged_and_barred(
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
            not_(IS_GPCL),
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
            IS_GPCL,
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
            versions([(171, 1)], [(171, 1)], [(66, 1)]),
        ),
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            f"主张{CP}知道或者应当知道你没有代理权（则按各自过错分担，而不是由你全部承担）。",
            f"Argue that {CPE} knew or should have known you had no authority (then the loss is shared by fault, not all yours).",
            AGENT,
        ),
        N(
            f"赔偿不超过{P}追认时{CP}所能获得的利益。",
            f"Damages cannot exceed what ratification would have given {CPE}.",
            AGENT,
            not_(IS_GPCL),
        ),
        *limitation_defences(["agent"]),
    ],
    warnings=[
        *COMMON_WARNINGS,
        W(
            "unverified",
            "2017年10月1日以前订立的合同，当时的合同法对无权代理和表见代理另有规定（第48条、第49条），与民法通则第66条一并适用，请对照原文人工复核。",
            "For contracts made before 2017-10-01 the Contract Law of the time had its own rules on acting without authority and apparent authority (arts. 48, 49), applied together with General Principles art. 66 — check by hand against the text.",
            IS_GPCL,
        ),
        W(
            "missing_fact",
            "被代理人是否追认尚待核实：追认的，行为对被代理人发生效力。",
            "Whether the principal ratified is still to verify: if he did, the act binds him.",
            unknown("ratified"),
        ),
    ],
    next_steps=[
        N(
            f"可以催告{P}在收到通知之日起三十日内予以追认，未作表示的视为拒绝；追认前，你作为善意相对人也可以通知撤销。",
            f"You may ask {PE} to ratify within thirty days of the notice, silence being refusal; before ratification you, in good faith, may also revoke by notice.",
            COUNTERPARTY,
            all_(PENDING, IS_CC),
        ),
        N(
            f"可以催告{P}在收到通知之日起一个月内予以追认，未作表示的视为拒绝；追认前，你作为善意相对人也可以通知撤销。",
            f"You may ask {PE} to ratify within one month of the notice, silence being refusal; before ratification you, in good faith, may also revoke by notice.",
            COUNTERPARTY,
            all_(PENDING, IS_GP),
        ),
        N(
            "收到催告的，明确表示是否追认；不追认的，不要履行或者接受履行。",
            "If asked to ratify, answer clearly; if you do not ratify, neither perform nor accept performance.",
            PRINCIPAL,
            PENDING,
        ),
        *claim_steps(COUNTERPARTY, A, "the {party.agent}"),
        *defend_steps(AGENT),
    ],
    evidence=EVIDENCE,
)

AG_E = outcome(
    "ag_e",
    "AG-E",
    T(
        "相对人知道没有代理权：按各自过错承担，不是连带责任",
        "The counterparty knew of the lack of authority: each answers by his fault — not jointly",
    ),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"你知道或者应当知道{A}没有代理权：行为对{P}不发生效力，你与{A}按照各自的过错承担责任。你的损失中，只有与{A}过错相应的部分可以向他请求。",
            f"You knew or should have known the {{party.agent}} had no authority: the act does not bind {PE}, and you and the {{party.agent}} answer each by your fault. Only the part of your loss matching the {{party.agent}}'s fault can be claimed from him.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"{CP}知道或者应当知道{A}没有代理权，你又没有追认：行为对你不发生效力，你不承担。",
            f"{CPE} knew or should have known the {{party.agent}} had no authority, and you did not ratify: the act does not bind you and you owe nothing.",
            False,
        ),
        *judged_and_barred(
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
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "按过错分担：指出相对人明知没有代理权仍然交易的过错。",
            "Sharing by fault: point to the counterparty's fault in dealing despite knowing.",
            AGENT,
        ),
        *limitation_defences(["agent"]),
    ],
    warnings=[
        *COMMON_WARNINGS,
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
        *defend_steps(AGENT),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "相对人知道或者应当知道没有代理权的证据",
            "Evidence that the counterparty knew or should have known of the lack of authority",
            "any",
        ),
    ],
)

AG_E_OLD = outcome(
    "ag_e_old",
    "AG-E1",
    T(
        "2017年10月1日以前相对人明知没有代理权：相对人与行为人负连带责任（民法通则）",
        "Before 2017-10-01, a counterparty who knew of the lack of authority: counterparty and actor jointly liable (General Principles)",
    ),
    [
        *judged_and_barred(
            PRINCIPAL,
            f"行为在2017年10月1日以前，{CP}知道{A}没有代理权还与其实施行为：按民法通则，给你造成损害的，由{CP}和{A}负连带责任，你可以请求其中任何一方赔偿全部损失。未经追认的行为对你不发生效力。",
            f"The act was before 2017-10-01 and {CPE} knew the {{party.agent}} had no authority: under the General Principles, {CPE} and the {{party.agent}} are jointly liable for the harm to you, and you may claim the whole from either. The unratified act does not bind you.",
            True,
        ),
        *judged_and_barred(
            COUNTERPARTY,
            f"行为在2017年10月1日以前，你知道{A}没有代理权还与其实施行为：按民法通则，给他人（例如被代理人）造成损害的，由你和{A}负连带责任；你自己的损失不能要求{P}承担。",
            f"The act was before 2017-10-01 and you knew the {{party.agent}} had no authority: under the General Principles you and the {{party.agent}} are jointly liable for harm to others (such as {PE}); your own loss cannot be put on {PE}.",
            False,
        ),
        *judged_and_barred(
            AGENT,
            f"行为在2017年10月1日以前，{CP}知道你没有代理权还与你实施行为：按民法通则，给他人（例如被代理人）造成损害的，由你和{CP}负连带责任。",
            f"The act was before 2017-10-01 and {CPE} knew you had no authority: under the General Principles you and {CPE} are jointly liable for harm to others (such as {PE}).",
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
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "主张相对人不知道没有代理权（则由行为人承担，不是连带）。",
            "Argue that the counterparty did not know (then the actor alone is liable, not jointly).",
            ["agent", "counterparty"],
        ),
        *limitation_defences(["agent", "counterparty"]),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "caution",
            "这是民法通则的规定：民法总则（2017年10月1日起）和民法典改为相对人与行为人按照各自的过错承担责任，不再是连带责任。本案行为在此之前，仍适用民法通则。",
            "This is the General Principles' rule: from 2017-10-01 the General Provisions and then the Civil Code share the loss by fault instead of joint liability. The act here came before, so the General Principles still apply.",
            None,
            [C(GPCL, 66, 4)],
        ),
        W(
            "unverified",
            "2017年10月1日以前订立的合同，当时的合同法对无权代理和表见代理另有规定（第48条、第49条），请对照原文人工复核。",
            "For contracts made before 2017-10-01 the Contract Law of the time had its own rules on acting without authority and apparent authority (arts. 48, 49) — check by hand against the text.",
        ),
    ],
    next_steps=[
        *claim_steps(PRINCIPAL, f"{CP}和{A}", f"{CPE} and the {{party.agent}}"),
        *defend_steps(["agent", "counterparty"]),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "相对人知道没有代理权的证据",
            "Evidence that the counterparty knew of the lack of authority",
            "any",
        ),
    ],
)

AG_V = outcome(
    "ag_v",
    "AG-V",
    T(
        "无权代理：相对人是否善意待核实",
        "Acting without authority: whether the counterparty was in good faith is still to verify",
    ),
    [
        S(
            ALL,
            f"{A}没有代理权，{P}没有追认，行为对{P}不发生效力，{P}不承担（但{CP}有理由相信有代理权的，构成表见代理，由{P}承担）。{CP}善意的，可以请求{A}履行或者赔偿；{CP}知道或者应当知道没有代理权的，按各自过错分担。请先核实{CP}当时的认识。",
            f"The {{party.agent}} had no authority and {PE} did not ratify, so the act does not bind {PE} (unless {CPE} had reason to believe in the authority — apparent authority binds {PE}). If {CPE} was in good faith, he may claim performance or damages from the {{party.agent}}; if he knew or should have known, the loss is shared by fault. Verify what {CPE} knew.",
            not_(IS_GPCL),
        ),
        S(
            ALL,
            f"{A}没有代理权，{P}没有追认：按民法通则，未经追认的行为由{A}承担民事责任，{P}不承担（{CP}有理由相信有代理权的，当时的合同法规定为表见代理）。{CP}知道{A}没有代理权还与其实施行为，给他人造成损害的，由{CP}和{A}负连带责任。请先核实{CP}当时的认识。",
            f"The {{party.agent}} had no authority and {PE} did not ratify: under the General Principles the {{party.agent}} answers for the unratified act and {PE} does not (where {CPE} had reason to believe in the authority, the Contract Law of the time made it apparent authority). If {CPE} knew and dealt with him anyway, {CPE} and the {{party.agent}} are jointly liable for harm to others. Verify what {CPE} knew.",
        ),
    ],
    [
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
            not_(IS_GPCL),
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
            IS_GPCL,
            ["belief"],
        ),
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            f"主张{CP}知道或者应当知道你没有代理权。",
            f"Argue that {CPE} knew or should have known you had no authority.",
            AGENT,
        ),
        *limitation_defences(["agent"]),
    ],
    warnings=[
        *COMMON_WARNINGS,
        W(
            "missing_fact",
            "相对人当时是否知道行为人没有代理权尚待核实。",
            "What the counterparty knew of the authority is still to verify.",
        ),
    ],
    next_steps=[
        N(
            "核实相对人当时的认识：授权材料、以往交易、交易是否明显异常。",
            "Verify what the counterparty knew: authority papers, past dealings, whether the deal was plainly abnormal.",
            "any",
        ),
        *claim_steps(COUNTERPARTY, A, "the {party.agent}"),
        *defend_steps(AGENT),
    ],
    evidence=EVIDENCE,
)

AG_Z = outcome(
    "ag_z",
    "AG-Z",
    T(
        "2017年10月1日以前的表见代理：需按当时的合同法人工复核",
        "Apparent authority before 2017-10-01: check by hand under the Contract Law of the time",
    ),
    [
        S(
            ALL,
            f"行为在2017年10月1日以前。民法通则只规定未经追认的行为由行为人承担；相对人有理由相信行为人有代理权的，当时由合同法第49条规定为表见代理、代理行为有效。{CP}确有理由相信的，由{P}承担；否则由{A}承担。请对照当时的规定人工复核。",
            f"The act was before 2017-10-01. The General Principles only made the actor answer for an unratified act; where the counterparty had reason to believe in the authority, the Contract Law art. 49 of the time made the act valid (apparent authority). If {CPE} truly had reason to believe, {PE} is bound; otherwise the {{party.agent}} answers. Check by hand against the rules of the time.",
        )
    ],
    [
        F(
            "赔偿责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T("未经追认的行为产生的民事责任", "the liability for the unratified act"),
            T("未经追认的行为，由行为人承担民事责任", "The actor answers for an unratified act"),
            [C(GPCL, 66, 1)],
            T("若不构成表见代理", "unless it was apparent authority"),
        )
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "主张构成表见代理，应当由被代理人承担。",
            "Argue apparent authority: the principal is bound.",
            AGENT,
        ),
        *limitation_defences(["agent"]),
    ],
    warnings=[
        *COMMON_WARNINGS,
        W(
            "unverified",
            "表见代理在2017年10月1日以前由合同法第49条规定，其原文需对照核实；结论请人工复核。",
            "Before 2017-10-01 apparent authority was governed by Contract Law art. 49, whose text must be checked; review the conclusion by hand.",
        ),
    ],
    next_steps=[
        N(
            "请律师按当时的合同法和民法通则复核是否构成表见代理。",
            "Have a lawyer check under the Contract Law and General Principles of the time whether there was apparent authority.",
            "any",
        ),
        *claim_steps(COUNTERPARTY, f"{P}或者{A}", f"{PE} or the {{party.agent}}"),
        *defend_steps(AGENT),
    ],
    evidence=[
        *EVIDENCE,
        N("相对人相信有代理权的依据", "What made the counterparty believe in the authority", "any"),
    ],
)

AG_F = outcome(
    "ag_f",
    "AG-F",
    T(
        "授权不明（民法通则）：被代理人承担民事责任，代理人负连带责任",
        "Unclear authority (General Principles): the principal answers, the agent jointly",
    ),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"授权委托书授权不明：按民法通则第65条第3款，{P}应当向你承担民事责任，{A}负连带责任，你可以请求其中任何一方承担全部责任。",
            f"The letter of authority was unclear: under General Principles art. 65(3), {PE} answers to you and the {{party.agent}} is jointly liable — you may claim the whole from either.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            f"授权委托书授权不明：按民法通则第65条第3款，你应当向{CP}承担民事责任，{A}负连带责任；你承担超过自己份额的部分，可以向{A}追偿。",
            f"The letter of authority was unclear: under General Principles art. 65(3) you answer to {CPE} and the {{party.agent}} is jointly liable; what you pay beyond your share you can recover from the {{party.agent}}.",
            False,
        ),
        *judged_and_barred(
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
                [C(GPCL, 65, 3), C(GPCL, 87, when=IS_GPCL), C(GP, 178, 1, when=IS_GP)],
                T("委托书授权不明", "unclear letter of authority"),
                cond,
            ),
            LOSS_CP,
            LOSS_CP_OPEN,
        )
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "主张授权并非不明：按授权委托书的文字、交易习惯可以确定权限的，不适用这一规定。",
            "Argue that the authority was not unclear: if the wording and practice settle its scope, the rule does not apply.",
            ["principal", "agent"],
        ),
        *limitation_defences(["principal", "agent"]),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "contested",
            "民法总则没有授权不明时代理人负连带责任的规定。2017年10月1日至2020年12月31日的行为能否继续适用民法通则第65条第3款，有不同认识；民法典施行后已不再有这一规定。请人工复核。",
            "The General Provisions have no rule making the agent jointly liable for unclear authority. Whether General Principles art. 65(3) still applied to acts between 2017-10-01 and 2020-12-31 is disputed; the Civil Code has no such rule. Check by hand.",
            IS_GP,
            [C(GPCL, 65, 3)],
        ),
    ],
    next_steps=[
        *claim_steps(COUNTERPARTY, f"{P}和{A}", f"{PE} and the {{party.agent}}"),
        *defend_steps(["principal", "agent"]),
    ],
    evidence=EVIDENCE,
)

AG_G = outcome(
    "ag_g",
    "AG-G",
    T(
        "授权不明（民法典）：代理人不负连带责任",
        "Unclear authority (Civil Code): the agent is not jointly liable",
    ),
    [
        *judged_and_barred(
            COUNTERPARTY,
            f"民法典没有授权不明时代理人负连带责任的规定：授权范围按委托书的文字和交易习惯解释；在授权范围内或者构成表见代理的，由{P}承担；超出授权又不构成表见代理的，按无权代理处理，由{A}向你承担，{P}不承担。",
            f"The Civil Code does not make the agent jointly liable for unclear authority: its scope is read from the wording and practice; within it, or with apparent authority, {PE} is bound; beyond it without apparent authority, it is acting without authority — the {{party.agent}} answers to you and {PE} does not.",
            True,
        ),
        *judged_and_barred(
            PRINCIPAL,
            "民法典没有授权不明时代理人负连带责任的规定：在授权范围内（按委托书的文字和交易习惯解释）或者构成表见代理的，由你承担；否则按无权代理处理，你不承担。",
            "The Civil Code does not make the agent jointly liable for unclear authority: within the authority (read from the wording and practice), or with apparent authority, you are bound; otherwise it is acting without authority and you are not.",
            False,
        ),
        *judged_and_barred(
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
        )
    ],
    remaining_liability=T(
        f"在授权范围内或者构成表见代理的，由{P}承担；超出授权又不构成表见代理的，由{A}依无权代理的规定对{CP}承担（民法典第171条）。",
        f"Within the authority, or with apparent authority, {PE} is bound; beyond it without apparent authority, the {{party.agent}} answers to {CPE} for acting without authority (Civil Code art. 171).",
    ),
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "按委托书的文字和交易习惯说明授权范围。",
            "Show the scope of the authority from the wording and the practice.",
            ["principal", "agent"],
        ),
        *limitation_defences(["principal", "agent"]),
    ],
    warnings=COMMON_WARNINGS,
    next_steps=[
        N(
            "根据授权委托书的文字、交易习惯确定授权范围，判断是否超出授权、是否构成表见代理。",
            "Settle the scope of the authority from the wording and practice: was it exceeded, was there apparent authority?",
            "any",
        ),
        *claim_steps(COUNTERPARTY, f"{P}或者{A}", f"{PE} or the {{party.agent}}"),
        *defend_steps(["principal", "agent"]),
    ],
    evidence=EVIDENCE,
    citations=[C(CC, 171), C(CC, 172)],
)

AG_H = outcome(
    "ag_h",
    "AG-H",
    T(
        "几个受托人共同处理委托事务：对委托人承担连带责任",
        "Several agents acting together: jointly and severally liable to the principal",
    ),
    [
        *judged_and_barred(
            PRINCIPAL,
            f"{A}等几个受托人共同处理委托事务，给你造成损失：他们对你承担连带责任，你可以请求其中任何一人或者全体赔偿全部损失。",
            "Several agents (the {party.agent}) handled the matter together and caused you a loss: they are jointly and severally liable to you — you may claim the whole from any one or all.",
            True,
        ),
        *judged_and_barred(
            AGENT,
            f"你与其他受托人共同处理委托事务，对{P}的损失承担连带责任；你实际赔偿超过自己份额的部分，可以向其他受托人追偿。",
            f"You handled the matter together with other agents and are jointly and severally liable for {PE}'s loss; what you pay beyond your share you can recover from the others.",
            False,
        ),
        S(
            COUNTERPARTY,
            f"受托人之间对委托人承担连带责任，是委托人与受托人之间的关系；你与受托人交易的效果，按代理权限确定：在授权范围内的，由{P}承担。",
            f"The agents' joint liability runs to the principal; the effect of your dealings with them follows their authority: within it, {PE} is bound.",
        ),
    ],
    [
        *loss_scope(
            lambda scope, cond: F(
                "连带责任",
                T(
                    f"共同处理委托事务的{A}等各受托人",
                    "each of the agents who acted together (the {party.agent} and others)",
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
    deadlines=OUTCOME_DEADLINES,
    defences=[
        N(
            "主张没有与其他受托人共同处理该事务，或者损失与自己的处理无关。",
            "Argue that you did not act together with the others, or that the loss has nothing to do with your part.",
            AGENT,
        ),
        *limitation_defences(["agent"]),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *COMMON_WARNINGS,
        W(
            "unverified",
            "2021年以前的委托，受托人的连带责任由当时的合同法第409条规定，其原文需对照核实；结论请人工复核。",
            "For mandates before 2021 the agents' joint liability was in Contract Law art. 409 of the time, whose text must be checked; review the conclusion by hand.",
            OLD,
        ),
    ],
    next_steps=[
        *claim_steps(PRINCIPAL, f"{A}等各受托人", "the {party.agent} and the other agents"),
        *defend_steps(AGENT),
        N(
            "核实自己与受托人交易的内容是否在授权范围内。",
            "Check whether your dealings with the agents were within their authority.",
            COUNTERPARTY,
        ),
    ],
    evidence=[
        *EVIDENCE,
        N(
            "委托合同中关于几个受托人共同处理事务的约定",
            "The mandate's terms on several agents acting together",
            "any",
        ),
    ],
)

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
            "代理中只有法律规定的几种情形是连带责任：代理人与相对人恶意串通损害被代理人；代理事项违法而代理人或者被代理人知道；几个受托人共同处理委托事务。无权代理未被追认的，原则上由行为人对善意相对人承担，不是连带责任。请先核实发生了什么。",
            "In agency only the cases the law names bring joint liability: agent and counterparty colluding against the principal; an unlawful matter known to the agent or the principal; several agents acting together. An unratified act without authority is, as a rule, the actor's own liability to a good-faith counterparty, not joint. Verify first what happened.",
        )
    ],
    [
        F(
            "连带责任",
            T("相关的代理人、相对人或者被代理人", "the agent, counterparty or principal concerned"),
            T("受到损害的人", "those harmed"),
            T("因此造成的损失", "the loss caused"),
            JOINT_ORDER,
            versions(
                [(164, 2), (167,), (178, 1)], [(164, 2), (167,), (178, 1)], [(66, 3), (67,), (87,)]
            ),
            T("若属恶意串通或者违法代理", "if there was collusion or an unlawful agency"),
        ),
        F(
            "赔偿责任",
            T(A, "the {party.agent}"),
            T(CP, CPE),
            T("履行债务或者赔偿损失", "performance or damages"),
            T("不是连带责任", "not joint"),
            versions([(171, 3)], [(171, 3)], [(66, 1)]),
            T("若属无权代理且未被追认", "if it was an unratified act without authority"),
        ),
    ],
    deadlines=OUTCOME_DEADLINES,
    defences=[*limitation_defences(["agent"])],
    recourse=RECOURSE_JOINT,
    warnings=COMMON_WARNINGS,
    next_steps=[
        N(
            "核实授权材料、交易过程和各方当时的认识。",
            "Verify the authority papers, how the deal was made and what each side knew.",
            "any",
        ),
        *claim_steps(["principal", "counterparty"], "责任人", "those liable"),
        *defend_steps(AGENT),
    ],
    evidence=EVIDENCE,
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
                        "民法通则只规定“知道”，只是应当知道的，不构成连带。",
                        "The General Principles require actual knowledge; should-have-known is not enough.",
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
                    all_(NO_AUTHORITY, RATIFIED),
                    "ag_r",
                    T(
                        "被代理人追认，行为对其发生效力。",
                        "The principal ratified, so the act binds him.",
                    ),
                    versions([(171, 1)], [(171, 1)], [(66, 1)]),
                ),
                (
                    all_(NO_AUTHORITY, BELIEF, IS_GPCL),
                    "ag_z",
                    T(
                        "2017年10月1日以前的表见代理，由当时的合同法规定。",
                        "Apparent authority before 2017-10-01 was a matter for the Contract Law of the time.",
                    ),
                ),
                (
                    all_(NO_AUTHORITY, BELIEF),
                    "ag_c",
                    T(
                        "相对人有理由相信行为人有代理权：表见代理，代理行为有效。",
                        "The counterparty had reason to believe: apparent authority, the act is valid.",
                    ),
                    versions([(172,)], [(172,)], []),
                ),
                (
                    all_(NO_AUTHORITY, KNEW, IS_GPCL),
                    "ag_e_old",
                    T(
                        "民法通则：相对人明知没有代理权，与行为人负连带责任。",
                        "General Principles: a counterparty who knew is jointly liable with the actor.",
                    ),
                    [C(GPCL, 66, 4)],
                ),
                (
                    all_(NO_AUTHORITY, KNEW),
                    "ag_e",
                    T(
                        "相对人知道或者应当知道没有代理权：按各自过错承担。",
                        "The counterparty knew or should have known: each answers by his fault.",
                    ),
                    versions([(171, 4)], [(171, 4)], []),
                ),
                (
                    all_(NO_AUTHORITY, GOOD_FAITH),
                    "ag_d",
                    T(
                        "善意相对人可以请求行为人履行或者赔偿。",
                        "A good-faith counterparty may claim performance or damages from the actor.",
                    ),
                    versions([(171, 3)], [(171, 3)], [(66, 1)]),
                ),
                (NO_AUTHORITY, "ag_v"),
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


OUTCOMES = [AG_A, AG_B, AG_B0, AG_R, AG_C, AG_D, AG_E, AG_E_OLD, AG_V, AG_Z, AG_F, AG_G, AG_H, AG_U]

NOTES_FOR_REVIEWERS = [
    T(
        "版本：行为日在2021-01-01以后适用民法典；2017-10-01至2020-12-31适用民法总则，与民法通则不一致的适用民法总则（新法优于旧法，全国人大关于民法总则草案的说明）；此前适用民法通则。legal-coverage.md §5.2把民法通则65(3)、66(3)、66(4)的陷阱写成“2021年以前的事实”，这里改为：66(4)只适用于2017-10-01以前（此后民法总则171(4)按过错），65(3)在2017-10-01至2020-12-31之间有争议（警示），66(3)与164(2)内容相同。",
        "Versions: the Civil Code from 2021-01-01; the General Provisions from 2017-10-01 to 2020-12-31, prevailing over the General Principles where they differ (later law; the NPC's explanation of the draft); the General Principles before. legal-coverage.md §5.2 places the traps of General Principles 65(3), 66(3), 66(4) on 'facts before 2021'; here 66(4) applies only before 2017-10-01 (then General Provisions 171(4), by fault), 65(3) is contested for 2017-10-01 … 2020-12-31 (warning), and 66(3) matches 164(2).",
    ),
    T(
        "合同法（1999）第48、49、409条不在参考资料中：2017-10-01以前的表见代理单列AG-Z（人工复核）；无权代理、共同受托的旧法结论带[unverified]警示。",
        "Contract Law (1999) arts. 48, 49, 409 are not in the reference texts: apparent authority before 2017-10-01 is an outcome of its own (AG-Z, manual review); old-law findings on acting without authority and joint agents carry an [unverified] warning.",
    ),
    T(
        "民法通则67只规定“知道”：旧法下只是应当知道的，不构成连带（AG-B0）。",
        "General Principles 67 says only 'knew': under it, should-have-known does not bring joint liability (AG-B0).",
    ),
    T(
        "恶意串通：民法典案件引合同编通则解释23（不受约束、连带赔偿、举证的高度可能性规则；解释69条：施行后尚未终审的案件适用）。",
        "Collusion: Civil Code cases cite the Contract Interpretation art. 23 (not bound, joint damages, the high-probability rule of proof; art. 69: applies to cases not finally decided when it took effect).",
    ),
    T(
        "授权不明（民法典）：没有连带责任的规定，连带只能由法律规定或者约定（178(3)）；结论为代理人不承担连带责任，其余按解释、表见代理或者无权代理处理。",
        "Unclear authority (Civil Code): no rule of joint liability, which needs a law or an agreement (178(3)); the agent is not jointly liable, the rest follows interpretation, apparent authority or acting without authority.",
    ),
]


def build() -> J:
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "agency",
        "version": "2.0.0",
        "domain": "other",
        "title": T(
            "代理：恶意串通、违法代理、无权代理与表见代理",
            "Agency: collusion, unlawful agency, acting without authority and apparent authority",
        ),
        "report_title": T("代理责任评估报告", "Assessment of liability in agency"),
        "description": T(
            "代理中谁承担连带责任、谁单独承担、谁不承担：代理人与相对人恶意串通（民法典第164条第2款）、违法代理（第167条）、无权代理与追认（第171条）、表见代理（第172条）、授权不明、共同受托（第932条）；2021年以前的行为适用民法总则或者民法通则（第65条第3款、第66条、第67条）。按被代理人、相对人或者代理人的立场作出结论，并根据案件经过计算诉讼时效。",
            "In agency, who is jointly and severally liable, who alone, who not at all: collusion of agent and counterparty (Civil Code art. 164(2)), unlawful agency (167), acting without authority and ratification (171), apparent authority (172), unclear authority, several agents (932); acts before 2021 under the General Provisions or the General Principles (65(3), 66, 67). Written for the principal, the counterparty or the agent, with the limitation period computed from the case's history.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [CC, GP, GPCL, TE, LIM, CGI, CPL],
        "notes": NOTES_FOR_REVIEWERS,
        "sides": SIDES,
        "parties": PARTIES,
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": [*questions(), *routes(), *OUTCOMES],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if trees/agency.json differs")
    args = parser.parse_args(argv)
    return write(build(), OUT, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
