"""Generate trees/partnership.json (tree format 2) — partners' liability for a partnership's debts.

    python -m scripts.trees.partnership          # write trees/partnership.json
    python -m scripts.trees.partnership --check  # exit 1 if the committed file differs

Why a generator: format 2 has no repeating group ("for each partner ask …"), so one result with
several partners is built from a chain of per-position steps — for each position the partners
named in the case can be in (partner when the debt arose, joined later, left, limited partner,
converted, at fault in a special general partnership, "only a fixed-return investor"), a branch
asks whether that position is ticked, asks its dates and amounts, and records a finding node.
Every finding node carries summaries for three sides and conditions on the law version; writing
that by hand would repeat the same texts dozens of times. The legal specification is
legal-coverage.md §4 (with §4.4 and §7) and §0.4, §0.6–0.8; the authors' notes in the tree say
what was decided and what is open.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "trees" / "partnership.json"

Json = dict[str, Any]


# --- small builders ------------------------------------------------------------------------


def T(zh: str, en: str) -> Json:
    return {"zh": zh, "en": en}


def C(
    law: str,
    article: int,
    paragraph: int | None = None,
    item: int | None = None,
    when: Json | None = None,
) -> Json:
    c: Json = {"law": law, "article": article}
    if paragraph is not None:
        c["paragraph"] = paragraph
    if item is not None:
        c["item"] = item
    if when is not None:
        c["when"] = when
    return c


PEL = "partnership_enterprise_law"
CC = "civil_code"
GPCL = "general_principles_civil_law_1986"
GPV = "general_provisions_civil_law_2017"
TE = "spc_civil_code_time_effect"
LIM = "spc_limitation_provisions"
CPL = "civil_procedure_law"
CPI = "spc_civil_procedure_interpretation"


def A(question: str, *choices: str) -> Json:
    return {"answer": question, "in": list(choices)}


def INC(question: str, *choices: str) -> Json:
    return {"answer": question, "includes_any": list(choices)}


def ALL(*conditions: Json) -> Json:
    return {"all": list(conditions)}


def ANY(*conditions: Json) -> Json:
    return {"any": list(conditions)}


def NOT(condition: Json) -> Json:
    return {"not": condition}


def SIDE(*sides: str) -> Json:
    return {"side": list(sides)}


def REACHED(node: str) -> Json:
    return {"reached": node}


def UND(condition: Json) -> Json:
    return {"undetermined": condition}


def UNKNOWN(question: str) -> Json:
    return {"unknown": question}


def EVENT(*kinds: str, parties: list[str] | None = None, question: str = "history") -> Json:
    e: Json = {"event": question, "kinds": list(kinds)}
    if parties:
        e["parties"] = parties
    return e


def BEFORE(q: str, other: str) -> Json:
    return {"date": q, "before": {"date": other}}


def ON_OR_AFTER(q: str, other: str) -> Json:
    return {"date": q, "on_or_after": {"date": other}}


def item(text: Json, side: str | list[str] = "any", when: Json | None = None) -> Json:
    """A next step, evidence item, recourse entry or defence, for the sides given."""
    e: Json = {"text": text, "side": side}
    if when is not None:
        e["when"] = when
    return e


def warning(
    kind: str,
    text: Json,
    side: str | list[str] = "any",
    when: Json | None = None,
    basis: list[Json] | None = None,
) -> Json:
    w: Json = {"kind": kind, "text": text, "side": side}
    if basis:
        w["basis"] = basis
    if when is not None:
        w["when"] = when
    return w


def variant(text: Json, side: list[str], when: Json | None = None) -> Json:
    v: Json = {"side": side, **text}
    if when is not None:
        v["when"] = when
    return v


def finding(
    label: str,
    liable: Json,
    to_whom: Json,
    scope: Json,
    order: Json,
    basis: list[Json],
    sublabel: Json | None = None,
    when: Json | None = None,
    depends_on: list[str] | None = None,
) -> Json:
    f: Json = {"label": label}
    if sublabel is not None:
        f["sublabel"] = sublabel
    f.update({"liable": liable, "to_whom": to_whom, "scope": scope, "order": order, "basis": basis})
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f


# --- sides, parties, facts the conditions read ------------------------------------------------

CRED = ["creditor", "investor"]  # the partnership's creditor (a lender-investor is one too)
DEF = ["partner"]  # a partner claimed against
PAY = ["payer"]
INV = ["investor"]

#: Every party a partnership debt can be claimed from or recorded against, in the events list
#: ("self": the client, a partner claimed against, named on his own).
PARTNER_PARTIES = [
    "self",
    "partner",
    "new_partner",
    "departed",
    "lp",
    "new_lp",
    "departed_lp",
    "gp_to_lp",
    "lp_to_gp",
    "at_fault",
    "others",
    "investor",
]

REGISTERED = A("kind", "general", "special", "limited", "professional")
UNREG = A("kind", "unregistered")
LIMITED = A("kind", "limited")
SPECIAL = ANY(A("kind", "special"), A("professional_form", "special_form"))
GENERAL_FORM = ANY(A("kind", "general"), A("professional_form", "ordinary_form"))
PROFESSIONAL = A("kind", "professional")
PROF_ORDINARY = A("professional_form", "ordinary_form")
DISSOLVED = A("can_pay", "bankrupt", "deregistered")
BANKRUPT = A("can_pay", "bankrupt")
DEREGISTERED = A("can_pay", "deregistered")
CANNOT_PAY = A("can_pay", "cannot_pay")
NOT_SHOWN = A("can_pay", "not_shown")

# The law of the debt: the day it arose (民法典时间效力规定第1条).
OLD = {"date": "debt_date", "before": "2021-01-01"}
NEW = {"date": "debt_date", "on_or_after": "2021-01-01"}
DEBT_UNKNOWN = UNKNOWN("debt_date")
NEW_OR_UNKNOWN = ANY(NEW, DEBT_UNKNOWN)
OLD_OR_UNKNOWN = ANY(OLD, DEBT_UNKNOWN)
MID = ALL({"date": "debt_date", "on_or_after": "2017-10-01"}, OLD)
EARLY = {"date": "debt_date", "before": "2017-10-01"}
BEFORE_2007 = ALL(REGISTERED, {"date": "debt_date", "before": "2007-06-01"})

# Limitation: the law of the day the period starts (the engine does the same for its steps).
M_NEW = {"date": "maturity_date", "on_or_after": "2021-01-01"}
M_MID = ALL(
    {"date": "maturity_date", "on_or_after": "2017-10-01"},
    {"date": "maturity_date", "before": "2021-01-01"},
)
M_OLD = {"date": "maturity_date", "before": "2017-10-01"}
INSTALMENTS = A("instalments", "yes")

JUDGED = EVENT("judgment_effective")
SERVED = EVENT("judgment_served")
PENDING_SUIT = ALL(EVENT("suit"), NOT(EVENT("proceedings_ended", "judgment_effective")))
NO_COURT = NOT(EVENT("suit", "judgment_served", "judgment_effective"))
TERMINATED = EVENT("enforcement_terminated")
AGAINST_FIRM = EVENT("demand", "acknowledgement", "suit", "equal_effect", parties=["firm"])
FIRM_JUDGED = EVENT("judgment_effective", parties=["firm"])
JUDGED_PARTNERS = EVENT("judgment_effective", parties=["venture", *PARTNER_PARTIES])
ENFORCEMENT_PASSED = ALL(JUDGED, {"deadline": "enforcement", "passed": True})
ENFORCEMENT_OPEN = ALL(
    JUDGED,
    ANY(
        NOT({"deadline": "enforcement", "passed": True}),
        UND({"deadline": "enforcement", "passed": True}),
    ),
)


def client_is(position: str) -> Json:
    """The client (a partner claimed against) is in this position."""
    return ALL(SIDE("partner"), ANY(*(A(q, position) for q in CLIENT_QUESTIONS[position])))


#: Positions and the questions that offer them: the multiple choice of the partners to assess
#: and, for a partner claimed against, the question of his own position.
POSITIONS = {
    "g": ["partner", "new_partner", "departed", "investor"],
    "l": [
        "gp",
        "new_partner",
        "departed",
        "lp",
        "new_lp",
        "departed_lp",
        "gp_to_lp",
        "lp_to_gp",
        "investor",
    ],
    "u": ["partner", "new_partner", "departed", "investor"],
    "f": ["at_fault", "others"],
}
CLIENT_POSITIONS = {
    "g": ["partner", "new_partner", "departed"],
    "l": ["gp", "new_partner", "departed", "lp", "new_lp", "departed_lp", "gp_to_lp", "lp_to_gp"],
    "u": ["partner", "new_partner", "departed"],
    "f": ["at_fault", "others"],
}
CLIENT_QUESTIONS: dict[str, list[str]] = {}
for _group, _positions in CLIENT_POSITIONS.items():
    for _p in _positions:
        CLIENT_QUESTIONS.setdefault(_p, []).append(f"client_pos_{_group}")


def ticked(position: str) -> Json:
    """The position is ticked among the partners to assess, or is the client's own."""
    conditions = [INC(f"positions_{g}", position) for g, ps in POSITIONS.items() if position in ps]
    conditions += [A(q, position) for q in CLIENT_QUESTIONS.get(position, [])]
    return ANY(*conditions)


def others_ticked(position: str) -> Json:
    """Others than the client are ticked in this position."""
    return ANY(*(INC(f"positions_{g}", position) for g, ps in POSITIONS.items() if position in ps))


#: The party whose names a position's findings print: a limited partnership's general partners
#: are the "合伙人" of the case information, as every partner of a general partnership is (one
#: name field for them, so that a name typed in either place is never lost).
POS_PARTY = {"gp": "partner"}


def party_of(position: str) -> str:
    return POS_PARTY.get(position, position)


SIDES = [
    {
        "id": "creditor",
        "label": T(
            "债权人（要求合伙或者合伙人还债的一方）",
            "The creditor (wants the partnership or its partners to pay)",
        ),
    },
    {
        "id": "partner",
        "label": T(
            "被要求还债的合伙人（普通合伙人、有限合伙人、退伙或者后来入伙的合伙人）",
            "A partner asked to pay (general or limited, who left or joined later)",
        ),
        "claimed_against": True,
    },
    {
        "id": "payer",
        "label": T(
            "已经替合伙还债、要求其他合伙人分担的合伙人",
            "A partner who paid more than his share and wants the others to contribute",
        ),
    },
    {
        "id": "investor",
        "label": T(
            "出钱约定固定回报、不确定自己算不算合伙人的人",
            "Someone who put in money for a fixed return and is unsure whether he is a partner",
        ),
    },
]

PARTIES = [
    {"id": "creditor", "label": T("债权人", "creditor"), "many": True},
    {"id": "firm", "label": T("合伙企业", "partnership enterprise")},
    {"id": "venture", "label": T("合伙", "partnership")},
    {"id": "self", "label": T("当事人本人", "the client")},
    {"id": "partner", "label": T("合伙人", "partner"), "many": True},
    {"id": "new_partner", "label": T("新入伙的合伙人", "partner who joined later"), "many": True},
    {"id": "departed", "label": T("退伙人", "partner who left"), "many": True},
    {"id": "lp", "label": T("有限合伙人", "limited partner"), "many": True},
    {
        "id": "new_lp",
        "label": T("新入伙的有限合伙人", "limited partner who joined later"),
        "many": True,
    },
    {"id": "departed_lp", "label": T("退伙的有限合伙人", "limited partner who left"), "many": True},
    {
        "id": "gp_to_lp",
        "label": T("转为有限合伙人的原普通合伙人", "general partner who became a limited partner"),
        "many": True,
    },
    {
        "id": "lp_to_gp",
        "label": T("转为普通合伙人的原有限合伙人", "limited partner who became a general partner"),
        "many": True,
    },
    {"id": "at_fault", "label": T("有过错的合伙人", "partner at fault"), "many": True},
    {"id": "others", "label": T("其他合伙人", "other partners"), "many": True},
    {"id": "investor", "label": T("固定回报出资人", "fixed-return investor"), "many": True},
]

GLOSSARY = [
    (
        "general_partner",
        T("普通合伙人", "general partner (普通合伙人)"),
        T(
            "对合伙企业债务承担无限连带责任的合伙人：合伙企业还不起的部分，要用自己的全部个人财产来还，而且债权人可以找其中任何一人要全部。普通合伙企业的合伙人都是普通合伙人。",
            "A partner jointly and severally liable without limit for the partnership's debts: what the partnership cannot pay, he must pay from all his own property, and the creditor may ask any one general partner for the whole. Every partner of a general partnership is a general partner.",
        ),
    ),
    (
        "limited_partner",
        T("有限合伙人", "limited partner (有限合伙人)"),
        T(
            "有限合伙企业中以其认缴的出资额为限对合伙企业债务承担责任的合伙人。有限合伙人不执行合伙事务，不得对外代表企业；登记材料中载明其姓名和认缴出资额。",
            "A partner of a limited partnership liable for its debts only up to the contribution he subscribed. He does not run the business or represent it; the registration shows his name and subscribed contribution.",
        ),
    ),
    (
        "unlimited_joint_liability",
        T("无限连带责任", "unlimited joint and several liability (无限连带责任)"),
        T(
            "“无限”：不以出资额为限，以个人全部财产承担；“连带”：债权人可以向任何一个或者几个责任人请求清偿全部债务，多付的人再向其他人追偿。",
            '"Unlimited": not capped at the contribution — all personal property is at stake. "Joint and several": the creditor may demand the whole debt from any one or several of those liable; whoever pays more than his share recovers the excess from the others.',
        ),
    ),
    (
        "unlimited_liability",
        T("无限责任", "unlimited liability, alone (无限责任)"),
        T(
            "一个人以自己的全部财产承担责任，但只有他一人承担，没有别人与他连带。特殊的普通合伙企业中只有一个合伙人在执业中故意或者重大过失造成债务的，由他承担无限责任。",
            "One person answers with all he owns, but alone — no one is jointly liable with him. In a special general partnership, a debt caused by one partner's intent or gross negligence in professional work falls on him alone without limit.",
        ),
    ),
    (
        "joint_liability",
        T("连带责任", "joint and several liability (连带责任)"),
        T(
            "数人对同一债务都负全部清偿责任，债权人可以请求其中部分或者全部人承担；内部按份额分担并可追偿。连带责任只能由法律规定或者当事人约定。",
            "Several persons are each liable for the whole debt; the creditor may claim from some or all of them; internally they share and recover from each other. It exists only where a statute or an agreement says so.",
        ),
    ),
    (
        "limited_liability",
        T("有限责任", "limited liability (有限责任)"),
        T(
            "责任有上限：有限合伙人以认缴出资额为限；特殊的普通合伙企业中无过错的合伙人以其在合伙企业中的财产份额为限；退伙的有限合伙人以退伙时取回的财产为限。有限责任不是连带责任。",
            "Liability with a cap: a limited partner up to his subscribed contribution; a blameless partner of a special general partnership up to his share in the partnership property; a limited partner who left up to what he took out on leaving. It is not joint and several liability.",
        ),
    ),
    (
        "several_liability",
        T("按份责任", "several liability (按份责任)"),
        T(
            "每人只按自己的份额负责，不能向一人要全部。合伙人之间的追偿就是按份的：多付的合伙人只能向每个其他合伙人要回他那一份。",
            "Each answers only for his own share; no one can be asked for the whole. Recovery among partners is several: the partner who overpaid can ask each of the others only for that partner's share.",
        ),
    ),
    (
        "entry",
        T("入伙", "joining a partnership (入伙)"),
        T(
            "新合伙人加入已经存在的合伙，通常要全体合伙人同意并订立书面入伙协议。合伙企业的新普通合伙人对入伙前的债务也承担无限连带责任。",
            "A new partner joining an existing partnership, normally with every partner's consent and a written entry agreement. A new general partner of a partnership enterprise is also liable without limit for debts from before he joined.",
        ),
    ),
    (
        "exit",
        T("退伙", "leaving a partnership (退伙)"),
        T(
            "合伙人退出合伙：协议退伙、声明退伙、当然退伙（如死亡、个人丧失偿债能力，以退伙事由实际发生之日为退伙生效日）或者被除名（以被除名人接到除名通知之日为生效日）。合伙企业的合伙人退伙后还应办理变更登记。",
            "A partner leaving: by agreement, by notice, by operation of law (e.g. death or insolvency — effective the day the event occurs) or by expulsion (effective the day he receives the notice). A partnership enterprise should then register the change.",
        ),
    ),
    (
        "debt_cause",
        T("退伙前的原因", "a cause before the exit (退伙前的原因)"),
        T(
            "判断退伙人是否要负责，看债务的“原因”（如合同签订、借款交付、侵权行为发生）是否在退伙生效之前，不看债务何时到期、何时被发现或者何时起诉。",
            "Whether a partner who left is liable depends on whether the debt's cause (the contract signed, the loan paid out, the tort committed) came before his exit took effect — not on when the debt fell due, was discovered or sued on.",
        ),
    ),
    (
        "apparent_gp",
        T("表见普通合伙", "apparent general partner (表见普通合伙)"),
        T(
            "有限合伙人的言行让交易相对人有理由相信他是普通合伙人（例如以执行事务合伙人身份签约、名片或者宣传材料称其为普通合伙人），并因此与其交易。此时该有限合伙人对这笔交易承担与普通合伙人同样的责任。",
            "A limited partner whose conduct gave the other party reason to believe he was a general partner (e.g. he signed as managing partner), so that it dealt with him. For that transaction he is liable like a general partner.",
        ),
    ),
    (
        "special_gp",
        T("特殊的普通合伙企业", "special general partnership (特殊的普通合伙企业)"),
        T(
            "以专业知识和专门技能提供有偿服务的机构（如会计师事务所）可以采用的形式，名称中标明“特殊普通合伙”。执业中因故意或者重大过失造成的债务，由有过错的合伙人承担无限责任（数人的为无限连带责任），其他合伙人只以其在企业中的财产份额为限；其他债务由全体合伙人承担无限连带责任。",
            "A form for firms selling professional expertise (e.g. accounting firms), with \"特殊普通合伙\" in the name. A debt caused by a partner's intent or gross negligence in professional work falls on the partner at fault without limit (several at fault: jointly); the others answer only with their share in the firm's property. All other debts fall on all partners jointly and without limit.",
        ),
    ),
    (
        "gross_negligence",
        T("故意或者重大过失", "intent or gross negligence (故意或者重大过失)"),
        T(
            "故意：明知会造成损害仍然去做；重大过失：连一般从业人员都不会犯的严重疏忽，例如审计师根本不做基本的核查程序。一般的疏忽属于“非因故意或者重大过失”。",
            'Intent: doing it knowing the harm will follow. Gross negligence: a lapse no ordinary professional would make, e.g. an auditor skipping basic checks altogether. Ordinary carelessness is "not intent or gross negligence".',
        ),
    ),
    (
        "contract_partnership",
        T("没有登记的合伙（合伙合同、个人合伙）", "unregistered partnership (合伙合同, 个人合伙)"),
        T(
            "两人以上为共同事业订立的共享利益、共担风险的协议，没有登记为合伙企业（旧法称“个人合伙”）。合伙人对合伙债务承担连带责任：2021年起发生的债务依民法典第973条，之前的依民法通则第35条。",
            "An agreement of two or more persons to share profit and risk in a common venture, not registered as a partnership enterprise (the old law's 个人合伙). The partners are jointly and severally liable for its debts: Civil Code art. 973 for debts from 2021, General Principles art. 35 before.",
        ),
    ),
    (
        "property_share",
        T("财产份额", "share in the partnership property (财产份额)"),
        T(
            "合伙人在合伙企业财产中所占的份额。合伙人的个人债权人可以请求法院强制执行这一份额，但不能直接要求合伙企业或者其他合伙人替他还债。",
            "A partner's share in the partnership's property. A partner's personal creditor may have it enforced by the court, but cannot ask the partnership or the other partners to pay for him.",
        ),
    ),
    (
        "subscribed_contribution",
        T("认缴出资额", "subscribed contribution (认缴出资额)"),
        T(
            "合伙人在合伙协议和登记中承诺投入的出资数额，不论是否已经实际缴纳。有限合伙人的责任以此为限；已经实际缴纳的部分已是合伙企业的财产。",
            "The contribution a partner undertook in the agreement and the registration, paid or not. A limited partner's liability is capped at it; what he has paid in is already the partnership's property.",
        ),
    ),
    (
        "loss_sharing",
        T("亏损分担比例", "loss-sharing ratio (亏损分担比例)"),
        T(
            "合伙人之间分担亏损的比例：按合伙协议；没有约定或者约定不明确的协商；协商不成按实缴出资比例；无法确定的平均分担。它只在合伙人内部起作用，决定追偿的数额，不能对抗债权人。",
            "How partners share losses among themselves: as agreed; failing that, as they negotiate; failing that, by paid-in contributions; failing that, equally. It works only among partners and decides recovery; it does not bind creditors.",
        ),
    ),
    (
        "recourse",
        T("追偿", "recourse (追偿)"),
        T(
            "替别人多付了钱的连带责任人，事后向其他责任人要回超过自己份额的部分。",
            "A jointly liable person who paid more than his share recovers the excess from the others afterwards.",
        ),
    ),
    (
        "personal_debt",
        T("合伙人的个人债务", "a partner's personal debt"),
        T(
            "与合伙无关、以合伙人个人名义欠下的债务（如个人消费借款）。合伙和其他合伙人不对它负责。",
            "A debt a partner owes in his own name, unrelated to the partnership (e.g. a personal loan). Neither the partnership nor the other partners answer for it.",
        ),
    ),
    (
        "fixed_return",
        T("固定回报的“投资”", '"investment" for a fixed return'),
        T(
            "约定无论盈亏都按固定数额或者固定比例拿回报、不分担亏损的出钱，不符合合伙“共享利益、共担风险”的特征，通常被认定为借款（名为投资、实为借贷）。",
            'Money put in for a fixed return whatever the profit or loss, with no share in losses, lacks the partnership\'s "sharing profit and risk" and is usually treated as a loan.',
        ),
    ),
    (
        "limitation",
        T("诉讼时效", "limitation period (诉讼时效)"),
        T(
            "向法院请求保护权利的期限，一般为三年（2017年10月1日前为二年），从知道或者应当知道权利受到损害以及义务人之日起计算。期间届满，对方可以拒绝履行。",
            "The period for asking a court to protect a right: generally three years (two before 2017-10-01) from when the holder knew or should have known of the damage and the obligor. Once it has run out, the obligor may refuse to perform.",
        ),
    ),
    (
        "interruption",
        T("诉讼时效中断", "interruption of limitation (诉讼时效中断)"),
        T(
            "在时效期间内催告对方、对方同意履行（写借条、确认欠款、部分还款、请求延期）或者起诉等，已经经过的期间作废，重新计算。",
            "A demand, the obligor's agreement to perform (an IOU, a confirmation, a part payment, a request for more time) or a suit within the period wipes out the time run so far; the period starts again.",
        ),
    ),
    (
        "deregistration",
        T("注销", "deregistration (注销)"),
        T(
            "合伙企业清算结束后在登记机关办理注销登记，企业从此不存在。原普通合伙人对企业存续期间的债务仍承担无限连带责任。",
            "After winding up, the partnership enterprise is struck off the register and ceases to exist. Its former general partners remain liable without limit for its debts.",
        ),
    ),
    (
        "individual_business",
        T("个体工商户", "individual business (个体工商户)"),
        T(
            "自然人经登记从事工商业经营。债务由经营者个人财产承担；家庭经营的以家庭财产承担。帮忙经营的亲友、雇员不是合伙人。",
            "A natural person registered to trade. Its debts are the operator's (or, if the family runs it, the family's). Helping relatives and employees are not partners.",
        ),
    ),
    (
        "guakao",
        T("挂靠", "guakao (挂靠)"),
        T(
            "个人或者企业借用他人的资质、名义经营。这不是合伙；被挂靠方是否承担责任由专门规则决定。",
            "Doing business under someone else's licence or name. It is not a partnership; whether the lending party is liable is decided by the specific rules.",
        ),
    ),
]


UNLIMITED_POSITIONS = [
    "partner",
    "gp",
    "new_partner",
    "departed",
    "gp_to_lp",
    "lp_to_gp",
    "at_fault",
]
#: The parties of the partners whose liability is unlimited, and the client named on his own.
UNLIMITED_PARTIES = [
    "self",
    "partner",
    "new_partner",
    "departed",
    "gp_to_lp",
    "lp_to_gp",
    "at_fault",
]


def judged(position: str) -> Json:
    return EVENT("judgment_effective", parties=[party_of(position)])


#: The client is a partner whose liability is unlimited (the positions the row of limitation
#: against the partners covers).
CLIENT_UNLIMITED = ANY(*(client_is(p) for p in UNLIMITED_POSITIONS if p in CLIENT_QUESTIONS))
#: A judgment against some partners, while others ticked were not parties to it.
SOME_NOT_JUDGED = ALL(
    REGISTERED,
    JUDGED_PARTNERS,
    ANY(*(ALL(ticked(p), NOT(judged(p))) for p in UNLIMITED_POSITIONS)),
)
#: The client (a partner) was a party to an effective judgment, or was not.
CLIENT_JUDGED = ANY(
    ALL(SIDE("partner"), EVENT("judgment_effective", parties=["self"])),
    *(ALL(client_is(p), judged(p)) for p in CLIENT_QUESTIONS),
    ALL(SIDE("partner"), UNREG, EVENT("judgment_effective", parties=["venture"])),
)
CLIENT_NOT_JUDGED = ALL(SIDE("partner"), JUDGED, NOT(CLIENT_JUDGED))


# --- deadlines ---------------------------------------------------------------------------


def limitation_basis(start: str, instalments: bool) -> list[Json]:
    """The rule giving the three years, as in force on the day the period starts (and 189 for
    instalments); periods starting before 2017-10-01 are declared separately with 民法通则135's
    two years, which the engine lengthens where they were still running on that day."""
    new = {"date": start, "on_or_after": "2021-01-01"}
    mid = ALL({"date": start, "on_or_after": "2017-10-01"}, {"date": start, "before": "2021-01-01"})
    basis = [C(CC, 188, 1, when=new)]
    if instalments:
        basis.append(C(CC, 189, when=ALL(new, INSTALMENTS)))
    basis.append(C(GPV, 188, 1, when=mid))
    if instalments:
        basis.append(C(GPV, 189, when=ALL(mid, INSTALMENTS)))
    return basis


#: Who acts by a deadline: the claimant for his limitation and enforcement periods.
BY_CREDITOR = ["creditor", "investor"]
BY_PAYER = ["payer"]


def by_law_of_start(name: str, spec: Json, start: str) -> dict[str, Json]:
    """The deadline twice: three years from 2017-10-01 on (民法总则188 / 民法典188) and
    民法通则135's two years for a period starting earlier — the engine lengthens the two years
    to three where they were still running on 2017-10-01 (法释〔2018〕12号). A start not known
    takes the three years (the row then says what is missing)."""
    after = ANY({"date": start, "on_or_after": "2017-10-01"}, UNKNOWN(start))
    before = {"date": start, "before": "2017-10-01"}
    own = spec.get("when")
    new = dict(spec, when=ALL(own, after) if own else after)
    old = dict(
        spec,
        id=spec["id"] + "_1986",
        add={"years": 2},
        basis=[C(GPCL, 135)],
        when=ALL(own, before) if own else before,
    )
    return {name: new, name + "_1986": old}


LIM_NOTE_JOINT = T(
    "对其中一个承担无限连带责任的合伙人发生的催告、承认或者起诉，对其他承担无限连带责任的合伙人同样中断；不及于只承担有限责任的合伙人。事件请注明针对谁。",
    "A demand, acknowledgement or suit against one of the partners liable jointly and without limit interrupts the period against the others too; not against partners with limited liability. Record against whom each event was.",
)

AGAINST_FIRM_ROW = ALL(REGISTERED, AGAINST_FIRM)
FIRM_TERMINATED = ALL(REGISTERED, EVENT("enforcement_terminated", parties=["firm"]))

DEADLINES: Json = {
    **by_law_of_start(
        "lim_firm",
        {
            "id": "lim_firm",
            "kind": "limitation",
            "label": T("对合伙企业的诉讼时效", "Limitation against the partnership enterprise"),
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {"from": "history", "parties": ["firm"]},
            "acts": BY_CREDITOR,
            # A deregistered enterprise no longer exists: the claim is against its partners.
            "when": ALL(REGISTERED, NOT(DEREGISTERED)),
        },
        "maturity_date",
    ),
    # The client, a partner liable without limit: his own row (review 2, finding 3). The other
    # partners liable without limit are his joint debtors (合伙企业法39): what interrupts against
    # them interrupts against him (诉讼时效规定15(2)); events against the enterprise are not
    # counted here (contested, told in a warning).
    **by_law_of_start(
        "lim_self",
        {
            "id": "lim_self",
            "kind": "limitation",
            "label": T("对你的诉讼时效", "Limitation against you"),
            "note": T(
                "你与其他承担无限连带责任的合伙人是连带债务人：对其中任何一人发生的催告、承认或者起诉，对你同样中断（起诉的，中断到诉讼终结）。对合伙企业发生的事不计入（是否也及于你有争议，见注意事项）。",
                "You and the other partners liable jointly without limit are joint debtors: a demand, acknowledgement or suit against any of them interrupts the period against you too (a suit, until the proceedings end). Events against the enterprise are not counted (whether they reach you is contested: see the cautions).",
            ),
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {
                "from": "history",
                "parties": ["self"],
                "joint_parties": [p for p in UNLIMITED_PARTIES if p != "self"],
            },
            "acts": BY_CREDITOR,
            "when": ALL(REGISTERED, CLIENT_UNLIMITED),
        },
        "maturity_date",
    ),
    **by_law_of_start(
        "lim_self_u",
        {
            "id": "lim_self_u",
            "kind": "limitation",
            "label": T("对你的诉讼时效", "Limitation against you"),
            "note": T(
                "你与其他合伙人是连带债务人：对合伙或者其中任何一个合伙人发生的催告、承认或者起诉，对你同样中断（起诉的，中断到诉讼终结）。",
                "You and the other partners are joint debtors: a demand, acknowledgement or suit against the partnership or any partner interrupts the period against you too (a suit, until the proceedings end).",
            ),
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {
                "from": "history",
                "parties": ["self"],
                "joint_parties": ["venture", *(p for p in PARTNER_PARTIES if p != "self")],
            },
            "acts": BY_CREDITOR,
            "when": ALL(UNREG, SIDE("partner")),
        },
        "maturity_date",
    ),
    **by_law_of_start(
        "lim_partners",
        {
            "id": "lim_partners",
            "kind": "limitation",
            "label": T(
                "对普通合伙人的诉讼时效（只计对合伙人本人发生的中断）",
                "Limitation against the general partners (counting only events against partners)",
            ),
            "note": LIM_NOTE_JOINT,
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {"from": "history", "parties": UNLIMITED_PARTIES, "persons": "joint"},
            "acts": BY_CREDITOR,
            "when": REGISTERED,
        },
        "maturity_date",
    ),
    **by_law_of_start(
        "lim_partners_reach",
        {
            "id": "lim_partners_reach",
            "kind": "limitation",
            "label": T(
                "对普通合伙人的诉讼时效——如果对合伙企业的中断也及于合伙人（有争议）",
                "Limitation against the general partners — if events against the enterprise reach them too (contested)",
            ),
            "note": T(
                "把对合伙企业发生的催告、承认和起诉也计入，比照连带债务人之间中断的规则；合伙企业与合伙人之间是否适用这一规则没有定论，对合伙企业的判决本身也不约束合伙人。不能据此拖延。",
                "Counts demands, acknowledgements and suits against the enterprise too, by analogy with the rule on joint debtors; whether that rule applies between an enterprise and its partners is unsettled, and a judgment against the enterprise does not itself bind them. Do not wait on it.",
            ),
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {
                "from": "history",
                "parties": UNLIMITED_PARTIES,
                "joint_parties": ["firm"],
                "persons": "joint",
            },
            "acts": BY_CREDITOR,
            "when": AGAINST_FIRM_ROW,
        },
        "maturity_date",
    ),
    "lim_partners_alt": {
        "id": "lim_partners_alt",
        "kind": "limitation",
        "label": T(
            "对普通合伙人的诉讼时效——如果从合伙企业被确认不能清偿时起算（有争议）",
            "Limitation against the general partners — if it starts when the enterprise is found unable to pay (contested)",
        ),
        "note": T(
            "从对合伙企业终结本次执行程序的裁定起算三年（此时合伙企业不能清偿已经确定）；此后对合伙人本人发生的中断也计入。这一起算点是否被采纳没有定论，不能据此拖延。",
            "Three years from the ruling ending the current enforcement against the enterprise (when its inability to pay became certain); later events against the partners themselves are counted. Whether a court accepts this start is unsettled; do not wait on it.",
        ),
        "from": {"event": "history", "kinds": ["enforcement_terminated"]},
        "add": {"years": 3},
        "basis": [C(CC, 188, 1, when=M_NEW)],
        "events": {"from": "history", "parties": UNLIMITED_PARTIES, "persons": "joint"},
        "acts": BY_CREDITOR,
        "when": FIRM_TERMINATED,
    },
    **by_law_of_start(
        "lim_partners_u",
        {
            "id": "lim_partners_u",
            "kind": "limitation",
            "label": T("对合伙人的诉讼时效", "Limitation against the partners"),
            "note": T(
                "对其中一个合伙人发生的催告、承认或者起诉，对其他承担连带责任的合伙人同样中断。",
                "A demand, acknowledgement or suit against one partner interrupts the period against the other jointly liable partners too.",
            ),
            "from": "maturity_date",
            "add": {"years": 3},
            "basis": limitation_basis("maturity_date", True),
            "events": {"from": "history", "persons": "joint"},
            "acts": BY_CREDITOR,
            "when": UNREG,
        },
        "maturity_date",
    ),
    "lim_not_judged": {
        "id": "lim_not_judged",
        "kind": "limitation",
        "label": T(
            "对没有被判决的合伙人的诉讼时效——如果对其他责任人的起诉中断也及于他们",
            "Limitation against partners not named in the judgment — if the suit against the others interrupted it for them too",
        ),
        "note": T(
            "自判决生效之日（诉讼终结）起重新计算三年；此后对他们本人发生的催告、承认或者起诉没有计入。",
            "Three years again from the day the judgment took effect (the end of the proceedings); later demands, acknowledgements or suits against them are not counted.",
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"]},
        "add": {"years": 3},
        "basis": [C(LIM, 15, 2)],
        "acts": BY_CREDITOR,
        "when": ANY(SOME_NOT_JUDGED, CLIENT_NOT_JUDGED),
    },
    "enforcement": {
        "id": "enforcement",
        "kind": "enforcement",
        "label": T(
            "申请执行的期间（生效判决、裁定或者仲裁裁决）",
            "Period to apply for enforcement (effective judgment, ruling or award)",
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250)],
        "events": {"from": "history"},
        "acts": BY_CREDITOR,
        "when": JUDGED,
    },
    "appeal": {
        "id": "appeal",
        "kind": "appeal",
        "label": T("对一审判决的上诉期", "Appeal period against the first-instance judgment"),
        "from": {"event": "history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [C(CPL, 171, 1)],
        "when": ALL(SERVED, NOT(JUDGED)),
    },
    **by_law_of_start(
        "lim_recourse",
        {
            "id": "lim_recourse",
            "kind": "limitation",
            "label": T(
                "向其他合伙人追偿的诉讼时效", "Limitation of the claim against the other partners"
            ),
            "from": "pay_date",
            "add": {"years": 3},
            "basis": limitation_basis("pay_date", False),
            "events": {"from": "recourse_history", "parties": ["others"]},
            "acts": BY_PAYER,
        },
        "pay_date",
    ),
    "enforcement_recourse": {
        "id": "enforcement_recourse",
        "kind": "enforcement",
        "label": T(
            "申请执行的期间（追偿判决）", "Period to apply for enforcement (judgment on recovery)"
        ),
        "from": {"event": "recourse_history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250)],
        "events": {"from": "recourse_history"},
        "acts": BY_PAYER,
        "when": EVENT("judgment_effective", question="recourse_history"),
    },
    **by_law_of_start(
        "lim_personal",
        {
            "id": "lim_personal",
            "kind": "limitation",
            "label": T(
                "对欠债的合伙人的诉讼时效（个人债务）",
                "Limitation against the indebted partner (personal debt)",
            ),
            "from": "personal_due_date",
            "add": {"years": 3},
            "basis": limitation_basis("personal_due_date", False),
            "events": {"from": "personal_history"},
            "acts": ["creditor"],
        },
        "personal_due_date",
    ),
    "enforcement_personal": {
        "id": "enforcement_personal",
        "kind": "enforcement",
        "label": T(
            "申请执行的期间（对欠债的合伙人的判决）",
            "Period to apply for enforcement (judgment against the indebted partner)",
        ),
        "from": {"event": "personal_history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250)],
        "events": {"from": "personal_history"},
        "acts": ["creditor"],
        "when": EVENT("judgment_effective", question="personal_history"),
    },
}


#: A partner claimed against whose own liability is limited: events against him do not reach the
#: general partners (he is no joint debtor of theirs), so their rows leave him out.
CLIENT_LIMITED = ALL(
    SIDE("partner"), ANY(*(client_is(p) for p in ("lp", "new_lp", "departed_lp", "others")))
)


#: The condition of a row before the client's kind split it (the conditions below read only the
#: rows of creditors and of partners liable without limit, never the twins).
BASE_WHEN: dict[str, Json] = {}


def _without_client(names: tuple[str, ...]) -> None:
    """Each row counting events against the client gets a twin for a client of limited
    liability that leaves them out (same label, an id of its own)."""
    for name in names:
        spec = DEADLINES[name]
        BASE_WHEN[name] = spec["when"]
        events = dict(spec["events"])
        events["parties"] = [p for p in events["parties"] if p != "self"]
        DEADLINES[name] = dict(spec, when=ALL(spec["when"], NOT(CLIENT_LIMITED)))
        DEADLINES[name + "_lpc"] = dict(
            spec,
            id=spec["id"] + "_lpc",
            events=events,
            when=ALL(spec["when"], CLIENT_LIMITED),
        )


_without_client(
    (
        "lim_partners",
        "lim_partners_1986",
        "lim_partners_reach",
        "lim_partners_reach_1986",
        "lim_partners_alt",
    )
)


#: A debt from one or more partners' intent or gross negligence in practice, in a special general
#: partnership (合伙企业法57(1)): only the partners at fault are liable without limit.
FAULT_DEBT = A("special_debt_kind", "gross_fault")
FAULT_LABELS = {
    "lim_partners": T(
        "对有过错的合伙人的诉讼时效（只计对他们本人发生的中断）",
        "Limitation against the partners at fault (counting only events against them)",
    ),
    "lim_partners_reach": T(
        "对有过错的合伙人的诉讼时效——如果对合伙企业的中断也及于他们（有争议）",
        "Limitation against the partners at fault — if events against the enterprise reach them too (contested)",
    ),
    "lim_partners_alt": T(
        "对有过错的合伙人的诉讼时效——如果从合伙企业被确认不能清偿时起算（有争议）",
        "Limitation against the partners at fault — if it starts when the enterprise is found unable to pay (contested)",
    ),
}
FAULT_NOTE = T(
    "只计对有过错的合伙人发生的催告、承认或者起诉；有过错的合伙人有几人的，对其中一人的中断及于其他有过错的合伙人。对你和其他没有过错的合伙人发生的事不计入：你们只以在合伙企业中的财产份额为限承担责任，不是他们的连带债务人。",
    "Counts only demands, acknowledgements and suits against the partners at fault; where several are at fault, an interruption against one reaches the others. Events against you and the other partners without fault are not counted: you answer only with your share in the enterprise and are not their joint debtors.",
)


def _fault_rows(names: tuple[str, ...]) -> None:
    """A client without fault in a special general partnership (limited liability, 57(1)): the
    rows of his limited-liability twin are about the partners at fault, so they say so and count
    the events against them alone (second review, finding 6)."""
    for name in names:
        spec = DEADLINES[name + "_lpc"]
        base = name.removesuffix("_1986")
        events = dict(spec["events"], parties=["at_fault"])
        note = FAULT_NOTE
        if base != "lim_partners":
            note = T(
                spec["note"]["zh"]
                + "对你和其他没有过错的合伙人发生的事不计入：你们只以在合伙企业中的财产份额为限承担责任，不是他们的连带债务人。",
                spec["note"]["en"]
                + " Events against you and the other partners without fault are not counted: you answer only with your share in the enterprise and are not their joint debtors.",
            )
        DEADLINES[name + "_lpc"] = dict(spec, when=ALL(spec["when"], NOT(FAULT_DEBT)))
        DEADLINES[name + "_flt"] = dict(
            spec,
            id=name + "_flt",
            label=FAULT_LABELS[base],
            note=note,
            events=events,
            when=ALL(spec["when"], FAULT_DEBT),
        )


_fault_rows(
    (
        "lim_partners",
        "lim_partners_1986",
        "lim_partners_reach",
        "lim_partners_reach_1986",
        "lim_partners_alt",
    )
)


#: The client is a partner liable without limit: he sees the limitation against himself, not
#: the creditor's rows against the others or the contested counts (those are told in words),
#: so that his own limitation leads the conclusion (review 2, findings 3 and 4b).
CLIENT_OWN_ROW = ANY(ALL(REGISTERED, CLIENT_UNLIMITED), ALL(UNREG, SIDE("partner")))


def _not_for_the_client(names: tuple[str, ...]) -> None:
    for name in names:
        spec = DEADLINES[name]
        BASE_WHEN.setdefault(name, spec["when"])
        DEADLINES[name] = dict(spec, when=ALL(spec["when"], NOT(CLIENT_OWN_ROW)))


_not_for_the_client(
    (
        "lim_partners",
        "lim_partners_1986",
        "lim_partners_reach",
        "lim_partners_reach_1986",
        "lim_partners_alt",
        "lim_partners_u",
        "lim_partners_u_1986",
        # A suit against another partner is in his own row (joint debtors); one against the
        # enterprise alone is the contested count told in words.
        "lim_not_judged",
    )
)


def shown(name: str) -> Json:
    """The condition under which a named deadline is a row of the result (for a row split by
    the client's kind, the condition before the split: see BASE_WHEN)."""
    return BASE_WHEN.get(name) or DEADLINES[name]["when"]


def passed(*names: str) -> Json:
    """One of these rows is shown and has passed at the consultation date."""
    return ANY(*(ALL(shown(n), {"deadline": n, "passed": True}) for n in names))


def alive(*names: str) -> Json:
    """One of these rows is shown and has not (surely) passed."""
    return ANY(
        *(
            ALL(
                shown(n),
                ANY(
                    {"deadline": n, "passed": False},
                    UND({"deadline": n, "passed": True}),
                ),
            )
            for n in names
        )
    )


def both(name: str) -> tuple[str, str]:
    """A row and its 民法通则 twin."""
    return (name, name + "_1986")


def rows(name: str) -> tuple[str, ...]:
    """A row, its 民法通则 twin and, where there is one, their twins for a client of limited
    liability: every row of the result."""
    names = (name, name + "_1986") if name + "_1986" in DEADLINES else (name,)
    return (
        *names,
        *(n + "_lpc" for n in names if n + "_lpc" in DEADLINES),
        *(n + "_flt" for n in names if n + "_flt" in DEADLINES),
    )


#: Limitation against the partners, counting their own events, has run out …
LIM_PARTNERS_PASSED = passed(*both("lim_partners"), *both("lim_partners_u"))
LIM_PARTNERS_NOT_PASSED = ANY(NOT(LIM_PARTNERS_PASSED), UND(LIM_PARTNERS_PASSED))
#: … while a contested way of counting (events against the enterprise; the start when it was
#: found unable to pay) leaves it open.
PARTNERS_CONTESTED_ALIVE = alive(*both("lim_partners_reach"), "lim_partners_alt")
LIM_PARTNERS_PLAINLY_PASSED = ALL(LIM_PARTNERS_PASSED, NOT(PARTNERS_CONTESTED_ALIVE))
LIM_PARTNERS_CONTESTED = ALL(LIM_PARTNERS_PASSED, PARTNERS_CONTESTED_ALIVE)
LIM_PARTNERS_MAYBE_PASSED = ANY(
    *(
        ALL(shown(n), UND({"deadline": n, "passed": True}))
        for n in (*both("lim_partners"), *both("lim_partners_u"))
    )
)
LIM_RECOURSE_PASSED = passed(*both("lim_recourse"))
LIM_PERSONAL_PASSED = passed(*both("lim_personal"))
#: The enterprise's own limitation has run out. A partner claimed against sees that row only
#: then, with the contested point of relying on it (review 2, finding 3); a running one is the
#: creditor's and would lead his conclusion instead of his own limitation (finding 4b).
LIM_FIRM_PASSED = passed(*both("lim_firm"))
for _name in both("lim_firm"):
    BASE_WHEN.setdefault(_name, DEADLINES[_name]["when"])
    DEADLINES[_name] = dict(
        DEADLINES[_name],
        when=ALL(DEADLINES[_name]["when"], ANY(NOT(CLIENT_OWN_ROW), LIM_FIRM_PASSED)),
    )
#: The client's own limitation has run out while a contested count (events against the
#: enterprise; the start at the enterprise's 终本) leaves it open: the dates in words.
REACH_ALIVE_NEW = ALL(NOT(M_OLD), alive("lim_partners_reach"))
REACH_ALIVE_OLD = ALL(M_OLD, alive("lim_partners_reach_1986"))
ALT_ALIVE = alive("lim_partners_alt")


def has_end(name: str) -> Json:
    """The named deadline has a last day (the debt fell due before any last day it can have, so
    this is undetermined exactly when the row has none: a suit still pending, an obstacle)."""
    return {"date": "maturity_date", "before": {"deadline": name}}


#: The contested count of events against the enterprise, leaving out the events against the
#: client himself: its last day is the least the client's period runs to on that count (events
#: only ever interrupt). Read in words where a suit against the client keeps the full count open
#: (fifth walk, story p2); never a row of the result.
for _name in both("lim_partners_reach"):
    _spec = DEADLINES[_name]
    DEADLINES[_name + "_xself"] = dict(
        _spec,
        id=_spec["id"] + "_xself",
        events=dict(_spec["events"], parties=[p for p in UNLIMITED_PARTIES if p != "self"]),
        when=ALL(BASE_WHEN[_name], CLIENT_OWN_ROW),
    )


# --- shared texts --------------------------------------------------------------------------

DEBT = "{amount.debt_amount}"

ORDER_REG = T(
    "先以合伙企业的全部财产清偿；合伙企业不能清偿到期债务的，债权人可以要求其中任何一人或者几人清偿全部，不受合伙人内部出资比例或者亏损分担约定的限制",
    "The enterprise's property pays first; if it cannot pay the debt when due, the creditor may ask any one or more of them for the whole, whatever the partners' internal contribution or loss-sharing agreement",
)
ORDER_U = T(
    "债权人可以要求其中任何一人或者几人清偿全部；合伙人之间的出资比例或者分担约定只在内部起作用",
    "The creditor may ask any one or more of them for the whole; the partners' contribution ratios or sharing agreement work only among themselves",
)
SCOPE_REG = T(
    "合伙企业财产不足清偿的部分，以个人全部财产承担，不以出资额为限；尚欠债务：" + DEBT,
    "What the enterprise's property cannot pay, with all personal property, not capped at the contribution (debt outstanding: "
    + DEBT
    + ")",
)
SCOPE_U = T(
    "全部合伙债务，以个人全部财产承担；尚欠债务：" + DEBT,
    "The whole partnership debt, with all personal property (debt outstanding: " + DEBT + ")",
)
TO_CREDITOR = T("{party.creditor}", "the {party.creditor}")
NO_ORDER = T("—", "—")


def order_split(f: Json) -> list[Json]:
    """The same finding for a registered enterprise (its property pays first) and for an
    unregistered partnership (no enterprise), each with its own order."""
    out = []
    for kind, order in ((REGISTERED, ORDER_REG), (UNREG, ORDER_U)):
        g = dict(f, order=order)
        g["when"] = ALL(kind, f["when"]) if "when" in f else kind
        out.append(g)
    return out


def reg_unlimited_basis(*first: Json) -> list[Json]:
    """A general partner's unlimited liability, with the state of the enterprise."""
    return [
        *first,
        C(PEL, 38),
        C(PEL, 39),
        C(PEL, 92, 1, when=CANNOT_PAY),
        C(PEL, 92, 2, when=BANKRUPT),
        C(PEL, 91, when=DEREGISTERED),
    ]


#: The rule that makes a partner of this kind of firm liable without limit.
KIND_BASIS = [
    C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
    C(PEL, 57, 2, when=SPECIAL),
    C(PEL, 107, when=A("professional_form", "special_form")),
    C(CC, 102, 2, when=ALL(PROF_ORDINARY, NEW_OR_UNKNOWN)),
    C(CC, 104, when=ALL(PROF_ORDINARY, NEW_OR_UNKNOWN)),
    C(GPV, 102, 2, when=ALL(PROF_ORDINARY, MID)),
    C(GPV, 104, when=ALL(PROF_ORDINARY, MID)),
    C(PEL, 2, 3, when=LIMITED),
    C(PEL, 60, when=LIMITED),
]
U_BASIS = [
    C(CC, 967, when=NEW_OR_UNKNOWN),
    C(CC, 973, when=NEW_OR_UNKNOWN),
    C(GPCL, 30, when=OLD_OR_UNKNOWN),
    C(GPCL, 35, 2, when=OLD_OR_UNKNOWN),
]

W_NOT_SHOWN = warning(
    "caution",
    T(
        "尚未证明合伙企业不能清偿到期债务。普通合伙人的责任以合伙企业不能清偿为前提：应先向合伙企业主张；实践中通常将合伙企业和普通合伙人一并起诉，请求判令普通合伙人对合伙企业不能清偿的部分承担无限连带责任。",
        "It has not been shown that the enterprise cannot pay the debt when due. The general partners' liability presupposes that it cannot: claim from the enterprise first; in practice the enterprise and its general partners are sued together, asking that the partners answer without limit for what it cannot pay.",
    ),
    side=CRED,
    when=NOT_SHOWN,
    basis=[C(PEL, 38), C(PEL, 39), C(PEL, 92, 1)],
)
W_NOT_SHOWN_DEF = warning(
    "caution",
    T(
        "尚未证明合伙企业不能清偿到期债务：普通合伙人的责任以合伙企业不能清偿为前提，债权人应当先以合伙企业的财产受偿。但合伙企业和合伙人被一并起诉时，法院通常一并判决合伙人对合伙企业不能清偿的部分承担责任。",
        "It has not been shown that the enterprise cannot pay: a general partner's liability presupposes that it cannot, and the creditor must look to the enterprise's property first. When the enterprise and its partners are sued together, though, courts usually hold the partners liable for what the enterprise cannot pay in the same judgment.",
    ),
    side=DEF,
    when=NOT_SHOWN,
    basis=[C(PEL, 38), C(PEL, 39)],
)
W_DISSOLVED = warning(
    "caution",
    T(
        "合伙企业已经注销，但原普通合伙人对合伙企业存续期间的债务仍承担无限连带责任；注销时没有清偿的部分，可以向他们主张。",
        "The enterprise has been deregistered, but its former general partners remain liable without limit for its debts; what was left unpaid can be claimed from them.",
    ),
    when=DEREGISTERED,
    basis=[C(PEL, 91)],
)
W_BANKRUPT = warning(
    "caution",
    T(
        "合伙企业已被宣告破产，但普通合伙人对合伙企业债务的无限连带责任不因此消灭；破产程序中未受清偿的部分，仍可以向普通合伙人主张。",
        "The enterprise has been declared bankrupt, but its general partners' unlimited joint liability survives; what the bankruptcy did not pay can still be claimed from them.",
    ),
    when=BANKRUPT,
    basis=[C(PEL, 92, 2)],
)
W_PROF_ORDINARY = warning(
    "unverified",
    T(
        "采用普通合伙形式的非企业专业服务机构（如普通合伙律师事务所）不是合伙企业法意义上的合伙企业，其合伙人的责任首先依其专门法律（如律师法）确定。这里参照普通合伙企业的规则评估，需要人工核对该机构的专门法律。",
        "A non-enterprise professional firm in ordinary partnership form (e.g. a law firm) is not a partnership enterprise under the Partnership Enterprise Law; its partners' liability is set first by its own statute (e.g. the Lawyers Law). This assessment applies the rules for general partnerships by analogy: check the firm's own statute.",
    ),
    when=PROF_ORDINARY,
)
W_PROFESSIONAL = warning(
    "caution",
    T(
        "该机构不是合伙企业，而是依照有关法律采取合伙制的专业服务机构（如律师事务所），其设立和合伙人变更由主管部门（律师事务所为司法行政机关）管理；其合伙人承担责任的形式可以适用合伙企业法的规定。下文所称“合伙企业”，在本案中指该机构；查询合伙人时应当向其主管部门查询，而不是企业登记机关。",
        'The firm is not a partnership enterprise but a professional firm in partnership form under its own statute (e.g. a law firm), set up and supervised, with its changes of partners, by its supervising authority (for a law firm, the justice bureau); its partners\' form of liability may follow the Partnership Enterprise Law. Where the text below says "the enterprise", it means this firm; ask its supervising authority, not the enterprise registry, who its partners are.',
    ),
    when=PROFESSIONAL,
    basis=[C(PEL, 107)],
)
W_SPECIAL_UNKNOWN = warning(
    "missing_fact",
    T(
        "尚不清楚这笔债务是不是某个合伙人在执业活动中因故意或者重大过失造成的。如果是，该合伙人承担无限责任（数人有过错的承担无限连带责任），其他合伙人只以其在合伙企业中的财产份额为限承担责任；如果不是，全体合伙人承担无限连带责任。",
        "It is not known whether a partner caused this debt by intent or gross negligence in professional work. If so, that partner answers without limit (several at fault: jointly), and the others only with their share in the firm's property; if not, all partners are jointly liable without limit.",
    ),
    when=A("special_debt_kind", "unknown"),
    basis=[C(PEL, 57, 1), C(PEL, 57, 2)],
)
W_DEBT_UNKNOWN_U = warning(
    "missing_fact",
    T(
        "债务发生日期不清楚：2021年1月1日前发生的，适用民法通则关于个人合伙的规定（第30条、第35条）；之后发生的，适用民法典（第967条、第973条）。两者都规定合伙人对合伙债务承担连带责任，但要核实日期以确定适用的法律和诉讼时效。",
        "The day the debt arose is not known: before 2021-01-01 the General Principles' rules on individual partnerships apply (arts. 30, 35); from then on, the Civil Code (arts. 967, 973). Both make the partners jointly liable, but the date decides the law and the limitation period: verify it.",
    ),
    when=ALL(UNREG, DEBT_UNKNOWN),
)


TO_INVESTOR = T("你（{party.investor}）", "you (the {party.investor})")


def _when(f: Json, condition: Json) -> Json:
    return ALL(f["when"], condition) if "when" in f else condition


def _name_client(text: Json, party: str) -> tuple[Json, Json]:
    """The liable party's text naming the client too, and naming him alone."""
    slot = "{party." + party + "}"
    assert slot in text["zh"] and slot in text["en"], (text, party)
    with_others = T(
        text["zh"].replace(slot, "{party.self}、" + slot, 1),
        text["en"].replace("the " + slot, slot, 1).replace(slot, "{party.self} and the " + slot, 1),
    )
    alone = T(
        text["zh"].replace(slot, "{party.self}", 1),
        text["en"].replace("the " + slot, slot, 1).replace(slot, "{party.self}", 1),
    )
    return with_others, alone


def for_each_side(findings: list[Json], position: str | None) -> list[Json]:
    """Findings as each side reads them: a partner claimed against in this position is named in
    it (as "当事人本人", with the others in the position if any were ticked); an investor who lent
    the money is the one the partners owe."""
    out: list[Json] = []
    me = client_is(position) if position in CLIENT_QUESTIONS else None
    for f in findings:
        owed_to_creditor = f["to_whom"] == TO_CREDITOR
        plain = [me] if me is not None else []
        if owed_to_creditor:
            plain.append(SIDE(*INV))
            out.append(dict(f, to_whom=TO_INVESTOR, when=_when(f, SIDE(*INV))))
        out.append(dict(f, when=_when(f, NOT(ANY(*plain)))) if plain else f)
        if me is not None:
            party = party_of(position)  # type: ignore[arg-type]
            with_others, alone = _name_client(f["liable"], party)
            others = others_ticked(position)  # type: ignore[arg-type]
            out.append(dict(f, liable=with_others, when=_when(f, ALL(me, others))))
            out.append(dict(f, liable=alone, when=_when(f, ALL(me, NOT(others)))))
    return [_ordered(f) for f in out]


def _ordered(f: Json) -> Json:
    """The keys of a finding in the order the other findings have them."""
    keys = [
        "label",
        "sublabel",
        "liable",
        "to_whom",
        "scope",
        "order",
        "basis",
        "when",
        "depends_on",
    ]
    return {k: f[k] for k in keys if k in f}


def both_days(text: Json, question: str) -> Json:
    """The text with "退伙：{date.q}" read as the earliest and the latest day of several."""
    last = question + "_last"
    zh = re.sub(
        r"([^（；：，。]+)：\{date\." + question + r"\}",
        lambda m: f"最早{m.group(1)}：{{date.{question}}}；最晚{m.group(1)}：{{date.{last}}}",
        text["zh"],
    )
    en = re.sub(
        r"([A-Za-z][A-Za-z ]*): \{date\." + question + r"\}",
        lambda m: f"first {m.group(1)}: {{date.{question}}}; last {m.group(1)}: {{date.{last}}}",
        text["en"],
    )
    assert "{date." + last + "}" in zh and "{date." + last + "}" in en, text
    return T(zh, en)


def position_node(
    node_id: str,
    code: str,
    title: Json,
    *,
    position: str,
    cred: Json,
    self_: Json,
    other: Json,
    findings: list[Json],
    next_node: str,
    cred_steps: list[Json] = (),
    self_steps: list[Json] = (),
    evidence: list[Json] = (),
    warnings: list[Json] = (),
    recourse: list[Json] = (),
    defences: list[Json] = (),
    remaining: Json | None = None,
    variants: list[Json] = (),
    several: str | None = None,
) -> Json:
    """A finding about the partners in one position, written for every side that reaches it.
    ``variants`` come first (e.g. several partners in the position with different dates);
    ``several`` names the date question of the position whose earliest and latest day are
    then both printed where the text gives the day."""
    me = client_is(position) if position in CLIENT_QUESTIONS else None
    summary = list(variants)
    if several is not None:
        flag = A(several.removesuffix("_date") + "_several", "yes")
        summary.append(variant(both_days(cred, several), CRED, flag))
        if me is not None:
            summary.append(variant(both_days(self_, several), DEF, ALL(me, flag)))
    summary.append(variant(cred, CRED))
    if me is not None:
        summary.append(variant(self_, DEF, me))
    summary.append(variant(other, DEF))
    node: Json = {
        "id": node_id,
        "type": "finding",
        "code": code,
        "title": title,
        "summary": summary,
        "findings": for_each_side(findings, position),
    }
    if remaining is not None:
        node["remaining_liability"] = remaining
    node["warnings"] = list(warnings)
    node["recourse"] = list(recourse)
    steps = [item(s, CRED) for s in cred_steps] + [item(s, DEF, me) for s in self_steps]
    assert me is not None or not (self_steps or defences)
    node["next_steps"] = steps or [
        item(T("把本项认定与其他各项一起核对。", "Check this finding together with the others."))
    ]
    if EV_REGISTRY in evidence:
        # A professional firm is not in the enterprise register: its supervising authority is.
        evidence = [*(dict(e, when=NOT(PROFESSIONAL)) if e == EV_REGISTRY else e for e in evidence)]
        evidence.append(EV_PRACTICE)
    node["evidence"] = list(evidence) or [
        item(T("合伙协议、入伙或者退伙协议", "The partnership agreement, entry or exit agreements"))
    ]
    node["defences"] = [item(d, DEF, me) for d in defences]
    node["next"] = next_node
    return node


def investor_basis(date_question: str) -> list[Json]:
    """Why a fixed-return investor who bears no losses is not a partner, by the law of the day."""
    new = ANY({"date": date_question, "on_or_after": "2021-01-01"}, UNKNOWN(date_question))
    old = ANY({"date": date_question, "before": "2021-01-01"}, UNKNOWN(date_question))
    strictly_old = {"date": date_question, "before": "2021-01-01"}
    # 民法典967 (共享利益、共担风险) for money put in from 2021; before, 民法通则30 for an
    # unregistered partnership and, for an enterprise, 合伙企业法33(2) (no partner may be spared
    # all losses) — the nearest rule the law then in force had.
    return [
        C(CC, 967, when=new),
        C(GPCL, 30, when=ALL(UNREG, old)),
        C(PEL, 33, 2, when=ALL(REGISTERED, strictly_old)),
    ]


# --- the findings, one position at a time -------------------------------------------------

EV_REGISTRY = item(
    T(
        "合伙企业登记信息（国家企业信用信息公示系统查询结果或者登记机关调取的档案），载明合伙人及其类型、认缴出资和变更记录",
        "The enterprise's registration (public credit information system or the registry's file): its partners, their kind, subscriptions and changes",
    ),
)
EV_PRACTICE = item(
    T(
        "该机构的执业许可证和主管部门（律师事务所为司法行政机关）的执业信息，载明合伙人及其变更",
        "The firm's practice licence and its supervising authority's records (for a law firm, the justice bureau), showing its partners and changes",
    ),
    "any",
    A("kind", "professional"),
)
EV_CONTRACT = item(
    T(
        "形成债务的合同、借条、送货单或者侵权事实的证据，载明日期和金额",
        "The contract, IOU, delivery notes or proof of the tort that created the debt, with dates and amounts",
    ),
)
EV_AGREEMENT_U = item(
    T(
        "合伙协议（书面或者聊天记录、分红记录等能证明合伙关系的材料）",
        "The partnership agreement (written, or chats, profit payouts and other proof of the partnership)",
    ),
)
# Recourse among partners follows the partnership rules, not the general rule on joint
# liability (民法典178 / 民法总则178 / 民法通则87): the loss-sharing ratio decides.
REC_40 = item(
    T(
        "合伙人清偿数额超过其亏损分担比例的，有权向其他合伙人追偿（合伙企业法第40条）。亏损分担比例按合伙协议的约定；没有约定或者约定不明确的，由合伙人协商决定；协商不成的，按实缴出资比例；无法确定出资比例的，平均分担（合伙企业法第33条第1款）。",
        "A partner who pays more than his loss-sharing ratio may recover the excess from the other partners (Partnership Enterprise Law art. 40). The ratio is as the partnership agreement says; failing that, as the partners agree; failing that, by paid-in contributions; if those cannot be told, equal (art. 33(1)).",
    ),
    "any",
    # A debt from one partner's intent or gross negligence in practice is his alone: the firm
    # recovers from him (合伙企业法58), and nobody shares it by art. 40 (second review, finding 6).
    ALL(REGISTERED, NOT(ALL(A("special_debt_kind", "gross_fault"), A("fault_count", "one")))),
)
REC_U_NEW = item(
    T(
        "清偿合伙债务超过自己应当承担份额的合伙人，有权向其他合伙人追偿（民法典第973条）；份额按合伙合同的约定；没有约定或者约定不明确的，由合伙人协商决定；协商不成的，按实缴出资比例；无法确定出资比例的，平均分担（民法典第972条）。",
        "A partner who pays more than his share may recover from the others (Civil Code art. 973); shares follow the partnership contract; failing that, as the partners agree; failing that, by paid-in contributions; if those cannot be told, equal (art. 972).",
    ),
    "any",
    ALL(UNREG, NEW_OR_UNKNOWN),
)
REC_U_OLD = item(
    T(
        "偿还合伙债务超过自己应当承担数额的合伙人，有权向其他合伙人追偿；应当承担的数额按出资比例或者协议的约定确定（民法通则第35条）。",
        "A partner who pays more than his share of the partnership's debt may recover from the others; shares follow the contributions or the agreement (General Principles art. 35).",
    ),
    "any",
    ALL(UNREG, OLD_OR_UNKNOWN),
)
STEP_CHECK_DATES = T(
    "核对债务发生日、你入伙或者退伙的日期以及登记材料：它们决定你是否要对这笔债务负责。",
    "Check the day the debt arose, the day you joined or left and the registration: they decide whether you answer for this debt.",
)


def mixed_findings(
    single: Json,
    *,
    flag: Json,
    last: str,
    liable_who: Json,
    liable_sub: Json,
    other_label: str,
    other_who: Json,
    other_sub: Json,
    other_scope: Json,
    other_order: Json,
    other_basis: list[Json],
) -> list[Json]:
    """A "depends" finding for one person, and for several with different days the two
    groups the earliest and the latest day split them into, to be checked person by person."""
    return [
        dict(single, when=_when(single, NOT(flag))),
        dict(
            single,
            liable=liable_who,
            sublabel=liable_sub,
            when=_when(single, flag),
            depends_on=[last],
        ),
        finding(
            other_label,
            other_who,
            TO_CREDITOR,
            other_scope,
            other_order,
            other_basis,
            sublabel=other_sub,
            when=flag,
            depends_on=[last],
        ),
    ]


def several_warning(flag: Json, text: Json) -> Json:
    return warning("missing_fact", text, when=flag)


LP_FULL = {"amount": "lp_unpaid", "at_most": "0.00"}
LP_OWES = ANY(NOT(LP_FULL), UND(LP_FULL))
NEW_LP_FULL = {"amount": "new_lp_unpaid", "at_most": "0.00"}
NEW_LP_OWES = ANY(NOT(NEW_LP_FULL), UND(NEW_LP_FULL))


def dissolved_variants(cred: Json, self_: Json, position: str) -> list[Json]:
    """The texts of a bankrupt or deregistered enterprise, each saying which it is."""
    out = []
    for state, zh, en in (
        (DEREGISTERED, "已经注销", "has been deregistered"),
        (BANKRUPT, "已被宣告破产", "has been declared bankrupt"),
    ):

        def one(text: Json, zh: str = zh, en: str = en) -> Json:
            return T(
                text["zh"].replace("已被宣告破产或者已经注销", zh),
                text["en"].replace("has been declared bankrupt or deregistered", en),
            )

        out.append(variant(one(cred), CRED, state))
        out.append(variant(one(self_), DEF, ALL(client_is(position), state)))
    return out


def findings_nodes() -> list[Json]:
    nodes: list[Json] = []
    add = nodes.append

    # P-A: a partner of a general partnership (or a professional firm in ordinary form) who
    # was a partner when the debt arose.
    add(
        position_node(
            "f_partner",
            "P-A",
            T(
                "合伙人对合伙企业不能清偿的债务承担无限连带责任",
                "The partners are jointly liable without limit for what the enterprise cannot pay",
            ),
            position="partner",
            cred=T(
                "{party.partner}是债务发生时的合伙人：{party.firm}不能清偿到期债务的，你可以要求其中任何一人或者几人以个人全部财产清偿全部债务。",
                "The {party.partner} were partners when the debt arose: if the {party.firm} cannot pay when due, you may ask any one or more of them to pay the whole from all their own property.",
            ),
            self_=T(
                "你是债务发生时的合伙人：{party.firm}不能清偿到期债务的，{party.creditor}可以要求你以个人全部财产清偿全部债务，合伙协议中的出资比例或者亏损分担约定不能对抗债权人；你多付的部分可以向其他合伙人追偿。",
                "You were a partner when the debt arose: if the {party.firm} cannot pay when due, the {party.creditor} may ask you to pay the whole from all your property; the partnership agreement's ratios do not bind the creditor. You may recover what you pay beyond your share from the other partners.",
            ),
            other=T(
                "{party.partner}是债务发生时的合伙人，对{party.firm}不能清偿的债务承担无限连带责任。",
                "The {party.partner} were partners when the debt arose and are liable without limit.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    reg_unlimited_basis(*KIND_BASIS),
                    sublabel=T("无限连带责任", "unlimited joint and several liability"),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF, W_PROF_ORDINARY, W_SPECIAL_UNKNOWN],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "核实{party.partner}在债务发生时是登记在册的合伙人，之后没有退伙。",
                    "Confirm that the {party.partner} were registered partners when the debt arose and have not left since.",
                )
            ],
            self_steps=[
                T(
                    "核对债务是否以{party.firm}名义或者为其经营发生，以及{party.firm}是否确实不能清偿。",
                    "Check that the debt was incurred in the {party.firm}'s name or for its business, and whether it really cannot pay.",
                )
            ],
            evidence=[EV_REGISTRY, EV_CONTRACT],
            defences=[
                T(
                    "{party.firm}尚未被证明不能清偿到期债务的，可以要求债权人先以合伙企业的财产受偿（合伙企业法第38条、第39条）。",
                    "If the {party.firm} has not been shown unable to pay, ask that the creditor look to its property first (Partnership Enterprise Law arts. 38, 39).",
                )
            ],
            next_node="p_gp",
        )
    )
    # P-K: the same partners after bankruptcy or deregistration.
    add(
        position_node(
            "f_partner_dissolved",
            "P-K",
            T(
                "合伙企业破产或者注销后，原合伙人仍承担无限连带责任",
                "After bankruptcy or deregistration the partners remain liable without limit",
            ),
            position="partner",
            variants=dissolved_variants(
                T(
                    "{party.firm}已被宣告破产或者已经注销，但{party.partner}作为债务发生时的普通合伙人，仍对这笔债务承担无限连带责任：你可以要求其中任何一人清偿全部。",
                    "The {party.firm} has been declared bankrupt or deregistered, but the {party.partner}, its general partners when the debt arose, remain liable without limit: you may ask any one of them for the whole.",
                ),
                T(
                    "{party.firm}已被宣告破产或者已经注销，但你作为原普通合伙人，仍对合伙企业存续期间的这笔债务承担无限连带责任；你多付的部分可以向其他合伙人追偿。",
                    "The {party.firm} has been declared bankrupt or deregistered, but as a former general partner you remain liable without limit for this debt; you may recover what you pay beyond your share from the others.",
                ),
                "partner",
            ),
            cred=T(
                "{party.firm}已被宣告破产或者已经注销，但{party.partner}作为债务发生时的普通合伙人，仍对这笔债务承担无限连带责任：你可以要求其中任何一人清偿全部。",
                "The {party.firm} has been declared bankrupt or deregistered, but the {party.partner}, its general partners when the debt arose, remain liable without limit: you may ask any one of them for the whole.",
            ),
            self_=T(
                "{party.firm}已被宣告破产或者已经注销，但你作为原普通合伙人，仍对合伙企业存续期间的这笔债务承担无限连带责任；你多付的部分可以向其他合伙人追偿。",
                "The {party.firm} has been declared bankrupt or deregistered, but as a former general partner you remain liable without limit for this debt; you may recover what you pay beyond your share from the others.",
            ),
            other=T(
                "{party.partner}作为原普通合伙人，仍承担无限连带责任。",
                "The {party.partner}, former general partners, remain liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    T(
                        "破产程序中未受清偿的部分或者注销时未清偿的债务，以个人全部财产承担；尚欠债务："
                        + DEBT,
                        "What the bankruptcy did not pay, or what was left unpaid at deregistration, with all personal property (debt outstanding: "
                        + DEBT
                        + ")",
                    ),
                    T(
                        "债权人可以要求其中任何一人或者几人清偿全部",
                        "The creditor may ask any one or more of them for the whole",
                    ),
                    [
                        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
                        C(PEL, 57, 2, when=SPECIAL),
                        C(PEL, 107, when=A("professional_form", "special_form")),
                        C(PEL, 92, 2, when=BANKRUPT),
                        C(PEL, 91, when=DEREGISTERED),
                    ],
                    sublabel=T("无限连带责任", "unlimited joint and several liability"),
                )
            ],
            warnings=[W_DISSOLVED, W_BANKRUPT, W_PROF_ORDINARY, W_SPECIAL_UNKNOWN],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "调取破产程序的分配方案或者终结裁定（已被宣告破产的），或者注销登记材料和清算报告（已经注销的），确定仍未受清偿的数额。",
                    "Obtain the bankruptcy distribution or closing ruling (if bankrupt), or the deregistration file and liquidation report (if deregistered), to fix what remains unpaid.",
                )
            ],
            evidence=[
                EV_REGISTRY,
                EV_CONTRACT,
                item(
                    T(
                        "破产程序终结裁定或者注销登记材料",
                        "The ruling closing the bankruptcy or the deregistration file",
                    )
                ),
            ],
            next_node="p_gp",
        )
    )
    # P-H: a special general partnership's ordinary debts (and debts whose cause is not known).
    add(
        position_node(
            "f_partner_special",
            "P-H",
            T(
                "特殊的普通合伙企业的一般债务：全体合伙人承担无限连带责任",
                "A special general partnership's ordinary debts: all partners jointly liable without limit",
            ),
            position="partner",
            cred=T(
                "这笔债务不是合伙人在执业中因故意或者重大过失造成的（或者尚不清楚），由全体合伙人承担无限连带责任：{party.firm}不能清偿的，你可以要求{party.partner}中任何一人清偿全部。",
                "This debt was not caused by a partner's intent or gross negligence in professional work (or that is not known), so all partners answer jointly without limit: whatever the {party.firm} cannot pay, you may ask any of the {party.partner} for.",
            ),
            self_=T(
                "这笔债务不属于合伙人执业中故意或者重大过失造成的债务（或者尚不清楚），你和其他合伙人一起承担无限连带责任；你多付的部分可以向其他合伙人追偿。",
                "This debt is not one caused by a partner's intent or gross negligence in professional work (or that is not known): you answer jointly and without limit with the other partners, and may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.partner}承担无限连带责任。",
                "The {party.partner} are liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    reg_unlimited_basis(
                        C(PEL, 2, 2, when=A("kind", "special")),
                        C(PEL, 57, 2),
                        C(PEL, 107, when=PROFESSIONAL),
                    ),
                    sublabel=T("无限连带责任", "unlimited joint and several liability"),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF, W_SPECIAL_UNKNOWN],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "查询{party.firm}的登记信息，确认债务发生时的全部合伙人，并询问其执业风险基金和职业保险。",
                    "Look up the {party.firm}'s registration for every partner when the debt arose, and ask about its professional risk fund and insurance.",
                )
            ],
            self_steps=[
                T(
                    "核实这笔债务的成因：如果是某个合伙人执业中的故意或者重大过失造成的，其他合伙人只以其在合伙企业中的财产份额为限承担责任。",
                    "Establish how the debt arose: if a partner's intent or gross negligence in professional work caused it, the other partners answer only with their share in the firm's property.",
                )
            ],
            evidence=[EV_REGISTRY, EV_CONTRACT],
            next_node="p_gp",
        )
    )
    # P-J: a partner of an unregistered partnership when the debt arose.
    add(
        position_node(
            "f_u_partner",
            "P-J",
            T(
                "没有登记的合伙：合伙人对合伙债务承担连带责任",
                "Unregistered partnership: the partners are jointly and severally liable",
            ),
            position="partner",
            cred=T(
                "{party.partner}是{party.venture}的合伙人，对合伙债务承担连带责任：你可以要求其中任何一人或者几人清偿全部；合伙人之间的出资比例或者分担约定不能对抗你。",
                "The {party.partner} are partners of the {party.venture} and jointly liable for its debts: you may ask any one or more of them for the whole; their internal ratios do not bind you.",
            ),
            self_=T(
                "你是{party.venture}的合伙人，对这笔合伙债务承担连带责任：{party.creditor}可以要求你清偿全部，合伙人之间的分担约定不能对抗债权人；你多付的部分可以向其他合伙人追偿。",
                "You are a partner of the {party.venture} and jointly liable for this debt: the {party.creditor} may ask you for the whole, and the partners' sharing agreement does not bind the creditor; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.partner}是合伙人，承担连带责任。",
                "The {party.partner} are partners and jointly liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                )
            ],
            warnings=[W_DEBT_UNKNOWN_U],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "收集能证明{party.partner}是合伙人的材料（合伙协议、分红记录、以合伙名义对外经营的材料）。",
                    "Gather proof that the {party.partner} are partners (the agreement, profit payouts, dealings in the partnership's name).",
                )
            ],
            self_steps=[
                T(
                    "整理合伙协议和出资、分担的约定，用于事后向其他合伙人追偿。",
                    "Keep the agreement and the contribution and sharing terms, for recovering from the other partners later.",
                )
            ],
            evidence=[EV_AGREEMENT_U, EV_CONTRACT],
            next_node="p_gp",
        )
    )

    # P-A2 / P-K2: the general partners of a limited partnership.
    add(
        position_node(
            "f_gp",
            "P-A2",
            T(
                "有限合伙企业的普通合伙人承担无限连带责任",
                "A limited partnership's general partners are jointly liable without limit",
            ),
            position="gp",
            cred=T(
                "{party.partner}是{party.firm}的普通合伙人：{party.firm}不能清偿到期债务的，你可以要求其中任何一人或者几人以个人全部财产清偿全部债务。",
                "The {party.partner} are the {party.firm}'s general partners: if it cannot pay when due, you may ask any one or more of them to pay the whole from all their own property.",
            ),
            self_=T(
                "你是{party.firm}的普通合伙人：{party.firm}不能清偿到期债务的，{party.creditor}可以要求你以个人全部财产清偿全部债务；你多付的部分可以向其他合伙人追偿。",
                "You are a general partner of the {party.firm}: if it cannot pay when due, the {party.creditor} may ask you to pay the whole from all your property; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.partner}是普通合伙人，承担无限连带责任。",
                "The {party.partner} are general partners and liable without limit.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    reg_unlimited_basis(C(PEL, 2, 3), C(PEL, 60)),
                    sublabel=T("无限连带责任", "unlimited joint and several liability"),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "查询{party.firm}的登记信息，确认普通合伙人（执行事务合伙人）是谁。",
                    "Look up the {party.firm}'s registration to see who its general (managing) partners are.",
                )
            ],
            evidence=[EV_REGISTRY, EV_CONTRACT],
            defences=[
                T(
                    "{party.firm}尚未被证明不能清偿到期债务的，可以要求债权人先以合伙企业的财产受偿（合伙企业法第38条、第39条）。",
                    "If the {party.firm} has not been shown unable to pay, ask that the creditor look to its property first (Partnership Enterprise Law arts. 38, 39).",
                )
            ],
            next_node="p_new",
        )
    )
    add(
        position_node(
            "f_gp_dissolved",
            "P-K2",
            T(
                "有限合伙企业破产或者注销后，普通合伙人仍承担无限连带责任",
                "After bankruptcy or deregistration the general partners remain liable without limit",
            ),
            position="gp",
            variants=dissolved_variants(
                T(
                    "{party.firm}已被宣告破产或者已经注销，但{party.partner}作为普通合伙人仍承担无限连带责任：你可以要求其中任何一人清偿全部。",
                    "The {party.firm} has been declared bankrupt or deregistered, but the {party.partner}, its general partners, remain liable without limit: you may ask any one of them for the whole.",
                ),
                T(
                    "{party.firm}已被宣告破产或者已经注销，但你作为普通合伙人，仍对这笔债务承担无限连带责任；你多付的部分可以向其他普通合伙人追偿。",
                    "The {party.firm} has been declared bankrupt or deregistered, but as a general partner you remain liable without limit; you may recover what you pay beyond your share.",
                ),
                "gp",
            ),
            cred=T(
                "{party.firm}已被宣告破产或者已经注销，但{party.partner}作为普通合伙人仍承担无限连带责任：你可以要求其中任何一人清偿全部。",
                "The {party.firm} has been declared bankrupt or deregistered, but the {party.partner}, its general partners, remain liable without limit: you may ask any one of them for the whole.",
            ),
            self_=T(
                "{party.firm}已被宣告破产或者已经注销，但你作为普通合伙人，仍对这笔债务承担无限连带责任；你多付的部分可以向其他普通合伙人追偿。",
                "The {party.firm} has been declared bankrupt or deregistered, but as a general partner you remain liable without limit; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.partner}作为普通合伙人仍承担无限连带责任。",
                "The {party.partner}, general partners, remain liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.partner}", "the {party.partner}"),
                    TO_CREDITOR,
                    T(
                        "破产程序中未受清偿的部分或者注销时未清偿的债务，以个人全部财产承担；尚欠债务："
                        + DEBT,
                        "What the bankruptcy did not pay, or what was left unpaid at deregistration, with all personal property (debt outstanding: "
                        + DEBT
                        + ")",
                    ),
                    T(
                        "债权人可以要求其中任何一人或者几人清偿全部",
                        "The creditor may ask any one or more of them for the whole",
                    ),
                    [C(PEL, 2, 3), C(PEL, 92, 2, when=BANKRUPT), C(PEL, 91, when=DEREGISTERED)],
                    sublabel=T("无限连带责任", "unlimited joint and several liability"),
                )
            ],
            warnings=[W_DISSOLVED, W_BANKRUPT, W_BANKRUPT],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "调取破产程序的分配方案或者终结裁定（已被宣告破产的），或者注销登记材料和清算报告（已经注销的），确定仍未受清偿的数额。",
                    "Obtain the bankruptcy distribution or closing ruling (if bankrupt), or the deregistration file and liquidation report (if deregistered), to fix what remains unpaid.",
                )
            ],
            evidence=[EV_REGISTRY, EV_CONTRACT],
            next_node="p_new",
        )
    )

    # P-B: a general partner who joined a partnership enterprise later — liable either way.
    new_before = BEFORE("debt_date", "entry_date")
    new_after = ON_OR_AFTER("debt_date", "entry_date")
    new_basis_tail = [
        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
        C(PEL, 57, 2, when=SPECIAL),
        C(PEL, 107, when=A("professional_form", "special_form")),
        C(PEL, 2, 3, when=LIMITED),
        C(PEL, 60, when=LIMITED),
        C(PEL, 39),
        C(PEL, 92, 2, when=BANKRUPT),
        C(PEL, 91, when=DEREGISTERED),
    ]
    liable_new = T("{party.new_partner}", "the {party.new_partner}")
    new_several = A("entry_several", "yes")
    add(
        position_node(
            "f_new",
            "P-B",
            T(
                "新入伙的普通合伙人对合伙企业债务承担无限连带责任，包括入伙前的债务",
                "A general partner who joined later is jointly liable without limit, also for debts from before he joined",
            ),
            position="new_partner",
            several="entry_date",
            cred=T(
                "{party.new_partner}是后来入伙的（入伙：{date.entry_date}；债务发生：{date.debt_date}）。不论债务发生在其入伙之前还是之后，新入伙的普通合伙人都对合伙企业债务承担无限连带责任；入伙协议中“对入伙前的债务不负责”的约定不能对抗你。",
                "The {party.new_partner} joined later (joined: {date.entry_date}; debt arose: {date.debt_date}). Whether the debt came before or after he joined, a new general partner answers for the enterprise's debts jointly and without limit; an entry agreement excusing him from earlier debts does not bind you.",
            ),
            self_=T(
                "你是后来入伙的（入伙：{date.entry_date}；债务发生：{date.debt_date}）。新入伙的普通合伙人对入伙前合伙企业的债务同样承担无限连带责任，入伙协议中的免责约定不能对抗债权人；但你可以依入伙协议和原合伙人的告知义务向其他合伙人追偿。",
                "You joined later (joined: {date.entry_date}; debt arose: {date.debt_date}). A new general partner is also liable for debts from before he joined; an exemption in the entry agreement does not bind the creditor, but you may recover from the other partners under that agreement and their duty to disclose.",
            ),
            other=T(
                "{party.new_partner}虽是后来入伙，也对这笔债务承担无限连带责任。",
                "The {party.new_partner} joined later but are liable without limit.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_new,
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    [
                        C(PEL, 44, 2, when=ANY(new_before, UND(new_before), new_several)),
                        C(PEL, 44, 1, when=ANY(new_after, UND(new_before))),
                        *new_basis_tail,
                    ],
                    sublabel=T(
                        "无限连带责任，入伙前已经发生的债务也不例外",
                        "unlimited joint liability, debts from before he joined included",
                    ),
                ),
            ],
            warnings=[
                W_NOT_SHOWN,
                W_NOT_SHOWN_DEF,
                W_DISSOLVED,
                W_BANKRUPT,
                W_PROF_ORDINARY,
                W_SPECIAL_UNKNOWN,
            ],
            recourse=[
                REC_40,
                item(
                    T(
                        "原合伙人订立入伙协议时应当如实告知合伙企业的经营状况和财务状况（合伙企业法第43条第2款）；隐瞒债务的，新合伙人可以依入伙协议向其主张。",
                        "On entry the existing partners must disclose the enterprise's business and finances (Partnership Enterprise Law art. 43(2)); a new partner kept in the dark may claim against them under the entry agreement.",
                    ),
                    DEF,
                ),
            ],
            cred_steps=[
                T(
                    "调取{party.firm}的变更登记材料，确认{party.new_partner}入伙的日期。",
                    "Obtain the {party.firm}'s change registrations to confirm when the {party.new_partner} joined.",
                )
            ],
            self_steps=[
                T(
                    "保存入伙协议和原合伙人对债务情况的告知材料，用于事后追偿。",
                    "Keep the entry agreement and what the existing partners told you about the debts, for recovery later.",
                )
            ],
            evidence=[EV_REGISTRY, EV_CONTRACT, item(T("入伙协议", "The entry agreement"))],
            next_node="p_departed",
        )
    )

    # P-J2 … P-J4: someone who joined an unregistered partnership later.
    liable_new_u = T("{party.new_partner}", "the {party.new_partner}")
    add(
        position_node(
            "f_u_new_post",
            "P-J2",
            T(
                "债务发生前已经加入的合伙人承担连带责任",
                "A partner who had joined before the debt arose is jointly liable",
            ),
            position="new_partner",
            several="entry_date",
            cred=T(
                "{party.new_partner}在债务发生时已经加入合伙（入伙：{date.entry_date}；债务发生：{date.debt_date}），和其他合伙人一样对这笔合伙债务承担连带责任。",
                "The {party.new_partner} had joined when the debt arose (joined: {date.entry_date}; debt arose: {date.debt_date}) and are jointly liable for it like the other partners.",
            ),
            self_=T(
                "你在债务发生时已经加入合伙（入伙：{date.entry_date}；债务发生：{date.debt_date}），对这笔合伙债务承担连带责任；你多付的部分可以向其他合伙人追偿。",
                "You had joined when the debt arose (joined: {date.entry_date}; debt arose: {date.debt_date}) and are jointly liable for it; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.new_partner}在债务发生时已经入伙，承担连带责任。",
                "The {party.new_partner} had joined when the debt arose and are liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_new_u,
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                    sublabel=T("债务发生时已经入伙", "had joined when the debt arose"),
                )
            ],
            warnings=[W_DEBT_UNKNOWN_U],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "收集证明{party.new_partner}入伙日期的材料（入伙协议、出资凭证、聊天记录）。",
                    "Gather proof of when the {party.new_partner} joined (entry agreement, payment of the contribution, chats).",
                )
            ],
            evidence=[EV_AGREEMENT_U, EV_CONTRACT],
            next_node="p_departed",
        )
    )
    W_U_NEW_PRE = warning(
        "contested",
        T(
            "没有登记为合伙企业的合伙，法律没有规定后来加入的合伙人是否要对加入前已经发生的合伙债务负责。一种看法依“合伙人对合伙债务承担连带责任”的文字认为全体合伙人都要负责；另一种看法认为，除非他在加入时同意承担此前的债务，否则只对加入后发生的债务负责。入伙时的约定和对外的表示很关键。",
            'For a partnership not registered as an enterprise, no statute says whether a partner who joined later answers for debts from before he joined. One view reads "the partners are jointly liable for the partnership\'s debts" to cover all partners; another holds him liable only for later debts unless he agreed on joining to take on earlier ones. What was agreed on joining, and how he presented himself, matter.',
        ),
        basis=[C(CC, 973, when=NEW_OR_UNKNOWN), C(GPCL, 35, 2, when=OLD_OR_UNKNOWN)],
    )
    add(
        position_node(
            "f_u_new_pre",
            "P-J3",
            T(
                "后来加入的合伙人对加入前的合伙债务：有争议",
                "A partner who joined later, for debts from before he joined: contested",
            ),
            position="new_partner",
            several="entry_date",
            cred=T(
                "这笔债务发生在{party.new_partner}加入合伙之前（债务发生：{date.debt_date}；入伙：{date.entry_date}）。他是否要承担连带责任，法律没有明文规定，有争议；可以一并主张，但不能只依靠他。",
                "The debt arose before the {party.new_partner} joined (debt arose: {date.debt_date}; joined: {date.entry_date}). Whether he is jointly liable is not settled by statute and is contested; you may claim against him too, but do not rely on him alone.",
            ),
            self_=T(
                "这笔债务发生在你加入合伙之前（债务发生：{date.debt_date}；入伙：{date.entry_date}）。你是否要对它承担连带责任有争议：你可以主张只对加入后发生的债务负责，除非你加入时同意承担此前的债务。",
                "The debt arose before you joined (debt arose: {date.debt_date}; joined: {date.entry_date}). Whether you are jointly liable for it is contested: you may argue that you answer only for later debts, unless you agreed on joining to take on earlier ones.",
            ),
            other=T(
                "{party.new_partner}是在债务发生后才加入的，是否要负责有争议。",
                "The {party.new_partner} joined after the debt arose; whether they are liable is contested.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_new_u,
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                    sublabel=T(
                        "有争议：加入前已经发生的合伙债务",
                        "contested: a debt from before he joined",
                    ),
                )
            ],
            warnings=[W_U_NEW_PRE, W_DEBT_UNKNOWN_U],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "查明{party.new_partner}加入时是否同意承担此前的债务（入伙协议、聊天记录）。",
                    "Find out whether the {party.new_partner} agreed on joining to take on earlier debts (entry agreement, chats).",
                )
            ],
            self_steps=[
                T(
                    "找出入伙时关于此前债务的约定或者沟通记录。",
                    "Find what was agreed or said about earlier debts when you joined.",
                )
            ],
            evidence=[
                EV_AGREEMENT_U,
                EV_CONTRACT,
                item(
                    T(
                        "入伙协议或者入伙时的沟通记录",
                        "The entry agreement or messages exchanged on joining",
                    )
                ),
            ],
            defences=[
                T(
                    "这笔债务发生在你加入之前；你没有同意承担此前的债务的，可以主张不负责（有争议）。",
                    "The debt arose before you joined; if you never agreed to take on earlier debts, you may argue you are not liable (contested).",
                )
            ],
            next_node="p_departed",
        )
    )
    add(
        position_node(
            "f_u_new_either",
            "P-J4",
            T(
                "后来加入的合伙人：取决于入伙与债务发生的先后",
                "A partner who joined later: depends on which came first",
            ),
            position="new_partner",
            cred=T(
                "无法确定债务发生在{party.new_partner}加入之前还是之后（入伙：{date.entry_date}；债务发生：{date.debt_date}）。加入之后发生的，他承担连带责任；加入之前发生的，是否负责有争议。",
                "It cannot be told whether the debt arose before or after the {party.new_partner} joined (joined: {date.entry_date}; debt arose: {date.debt_date}). If after, he is jointly liable; if before, that is contested.",
            ),
            self_=T(
                "无法确定债务发生在你加入之前还是之后（入伙：{date.entry_date}；债务发生：{date.debt_date}）。加入之后发生的，你承担连带责任；加入之前发生的，是否负责有争议。",
                "It cannot be told whether the debt arose before or after you joined (joined: {date.entry_date}; debt arose: {date.debt_date}). If after, you are jointly liable; if before, that is contested.",
            ),
            other=T(
                "{party.new_partner}是否负责取决于入伙与债务发生的先后，需要核实日期。",
                "Whether the {party.new_partner} are liable depends on which came first; verify the dates.",
            ),
            findings=mixed_findings(
                finding(
                    "连带责任",
                    liable_new_u,
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                    sublabel=T(
                        "若债务发生在其加入之后；加入之前的有争议",
                        "if the debt arose after he joined; before, contested",
                    ),
                ),
                flag=A("entry_several", "yes"),
                last="entry_date_last",
                liable_who=T(
                    "{party.new_partner}中债务发生时已经加入的人",
                    "those of the {party.new_partner} who had joined when the debt arose",
                ),
                liable_sub=T(
                    "逐人核对：债务发生前已经加入的人",
                    "person by person: those who had joined before the debt arose",
                ),
                other_label="连带责任",
                other_who=T(
                    "{party.new_partner}中债务发生后才加入的人",
                    "those of the {party.new_partner} who joined after the debt arose",
                ),
                other_sub=T(
                    "有争议：债务发生后才加入的人",
                    "contested: those who joined after the debt arose",
                ),
                other_scope=SCOPE_U,
                other_order=ORDER_U,
                other_basis=U_BASIS,
            ),
            variants=[
                variant(
                    T(
                        "{party.new_partner}加入的日期不同（债务发生：{date.debt_date}；最早入伙：{date.entry_date}；最晚入伙：{date.entry_date_last}）：债务发生前已经加入的，承担连带责任；债务发生后才加入的，是否负责有争议。请逐人核对入伙的日期。",
                        "The {party.new_partner} joined on different days (debt arose: {date.debt_date}; first joined: {date.entry_date}; last joined: {date.entry_date_last}): those who had joined before the debt are jointly liable; for those who joined after, it is contested. Check each one's date.",
                    ),
                    CRED,
                    A("entry_several", "yes"),
                )
            ],
            warnings=[
                W_U_NEW_PRE,
                W_DEBT_UNKNOWN_U,
                several_warning(
                    A("entry_several", "yes"),
                    T(
                        "几个后来加入的合伙人日期不同：要逐人比较其加入的日期与债务发生的日期（{date.debt_date}），结论因人而异。",
                        "Several partners joined on different days: compare each one's date with the day the debt arose ({date.debt_date}); the result differs from person to person.",
                    ),
                ),
            ],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "核实{party.new_partner}加入的日期和债务发生的日期。",
                    "Verify when the {party.new_partner} joined and when the debt arose.",
                )
            ],
            self_steps=[
                T(
                    "核实你加入的日期和债务发生的日期。",
                    "Verify when you joined and when the debt arose.",
                )
            ],
            evidence=[EV_AGREEMENT_U, EV_CONTRACT],
            next_node="p_departed",
        )
    )

    # P-C, P-C2, P-D, P-D8: a general partner who left a partnership enterprise (art. 53).
    liable_dep = T("{party.departed}", "the {party.departed}")
    dep_basis = [
        C(PEL, 53),
        C(PEL, 60, when=LIMITED),
        C(PEL, 2, 3, when=LIMITED),
        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
        C(PEL, 57, 2, when=SPECIAL),
        C(PEL, 92, 2, when=BANKRUPT),
        C(PEL, 91, when=DEREGISTERED),
    ]
    ev_exit = item(
        T(
            "退伙协议、退伙通知或者除名通知，以及合伙企业的变更登记材料，载明退伙生效的日期",
            "The exit agreement, notice of leaving or of expulsion, and the change registration, showing when the exit took effect",
        )
    )
    several_exits = A("exit_several", "yes")
    exit_dates = T(
        "最早退伙：{date.exit_date}；最晚退伙：{date.exit_date_last}",
        "first exit: {date.exit_date}; last exit: {date.exit_date_last}",
    )

    def w_unregistered_exit(question: str) -> Json:
        return dict(w_unregistered_exit_text, when=A(question, "not_registered", "unknown"))

    w_unregistered_exit_text = warning(
        "contested",
        T(
            "退伙没有办理变更登记、债权人也不知道其已经退伙的，债权人可能主张信赖登记，要求在债务原因发生前已经退伙的人照旧负责。合伙企业法对此没有明文规定；有观点通过非法人组织参照适用法人规则的规定，主张“登记的事项与实际不一致的，不得对抗善意相对人”，有争议。",
            "If the exit was not registered and the creditor did not know of it, the creditor may argue that he relied on the register and hold someone who left before the debt's cause liable as before. The Partnership Enterprise Law does not say; one view applies the rule that unregistered changes cannot be set up against a good-faith counterparty through the provision applying legal-person rules to unincorporated organisations. Contested.",
        ),
        basis=[
            C(CC, 65, when=NEW_OR_UNKNOWN),
            C(CC, 108, when=NEW_OR_UNKNOWN),
            C(GPV, 65, when=MID),
            C(GPV, 108, when=MID),
        ],
    )
    d_exit_first = T(
        "退伙在这笔债务的原因发生之前已经生效的，退伙人对它不承担责任（合伙企业法第53条只及于基于退伙前的原因发生的债务）：请提交退伙协议、变更登记等证明退伙生效日期的材料。",
        "If your exit took effect before the debt's cause arose, you are not liable for it (Partnership Enterprise Law art. 53 reaches only debts with a cause before the exit): produce the exit agreement, the change registration and other proof of when it took effect.",
    )
    d_registered = T(
        "只对原因发生在你退伙之后的债务：退伙已经办理变更登记或者债权人当时知道你已经退伙的，债权人不能以信赖登记为由要求你负责。原因发生在退伙之前的债务，不论是否登记，你都要负责（合伙企业法第53条）。",
        "Only for a debt whose cause arose after your exit: if the exit was registered or the creditor knew you had left, he cannot hold you liable on the strength of the register. For a debt whose cause came before the exit you answer whether or not it was registered (Partnership Enterprise Law art. 53).",
    )
    add(
        position_node(
            "f_departed_liable",
            "P-C",
            T(
                "退伙人对基于退伙前原因发生的债务承担无限连带责任",
                "A partner who left is jointly liable without limit for debts with a cause before his exit",
            ),
            position="departed",
            several="exit_date",
            cred=T(
                "这笔债务的原因发生在{party.departed}退伙之前（债务发生：{date.debt_date}；退伙：{date.exit_date}），即使债务在退伙后才到期，退伙人仍承担无限连带责任。",
                "The debt's cause came before the {party.departed} left (debt arose: {date.debt_date}; exit: {date.exit_date}); even if it fell due after the exit, they remain jointly liable without limit.",
            ),
            self_=T(
                "这笔债务的原因发生在你退伙之前（债务发生：{date.debt_date}；退伙：{date.exit_date}），你虽已退伙，仍须对它承担无限连带责任；你清偿后可以向其他合伙人追偿超过你份额的部分。",
                "The debt's cause came before you left (debt arose: {date.debt_date}; exit: {date.exit_date}): although you have left, you remain jointly liable without limit; after paying you may recover from the other partners what exceeds your share.",
            ),
            other=T(
                "{party.departed}虽已退伙，但债务原因发生在退伙之前，承担无限连带责任。",
                "The {party.departed} have left, but the debt's cause came first, so they are liable without limit.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_dep,
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    dep_basis,
                    sublabel=T(
                        "无限连带责任：基于退伙前的原因发生的债务",
                        "unlimited joint liability: a debt with a cause before the exit",
                    ),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF, W_PROF_ORDINARY],
            recourse=[
                REC_40,
                item(
                    T(
                        "退伙时合伙企业财产少于合伙企业债务的，退伙人应当按亏损分担比例分担亏损（合伙企业法第54条）；退伙结算中已经分担的，追偿时应当计入。",
                        "If the enterprise's property was less than its debts when he left, the departing partner must bear his share of the loss (Partnership Enterprise Law art. 54); what he bore in the exit settlement counts in recovery.",
                    ),
                    "any",
                ),
            ],
            cred_steps=[
                T(
                    "调取{party.firm}的变更登记材料和{party.departed}的退伙材料，核实退伙生效的日期。",
                    "Obtain the {party.firm}'s change registration and the {party.departed}'s exit papers to confirm when the exit took effect.",
                )
            ],
            self_steps=[
                T(
                    "保存退伙协议和退伙结算材料，用于向其他合伙人追偿。",
                    "Keep the exit agreement and settlement, for recovery from the other partners.",
                )
            ],
            evidence=[ev_exit, EV_CONTRACT],
            next_node="p_lp",
        )
    )
    add(
        position_node(
            "f_departed_depends",
            "P-C2",
            T(
                "退伙人是否承担责任取决于债务原因与退伙的先后",
                "Whether the partner who left is liable depends on which came first",
            ),
            position="departed",
            variants=[
                variant(
                    T(
                        "{party.departed}退伙的日期不同（债务发生：{date.debt_date}；"
                        + exit_dates["zh"]
                        + "）：退伙在这笔债务的原因发生之后才生效的人，承担无限连带责任；在此之前已经退伙的人，不承担责任。请逐人核对退伙生效的日期。",
                        "The {party.departed} left on different days (debt arose: {date.debt_date}; "
                        + exit_dates["en"]
                        + "): those whose exit took effect after the debt's cause are liable without limit; those who had left before are not. Check each one's exit date.",
                    ),
                    CRED,
                    several_exits,
                ),
                variant(
                    T(
                        "退伙人的退伙日期不同（债务发生：{date.debt_date}；"
                        + exit_dates["zh"]
                        + "）：退伙在这笔债务的原因发生之后才生效的人，承担无限连带责任；在此之前已经退伙的人，不承担责任。请核对你自己退伙生效的确切日期。",
                        "The partners who left did so on different days (debt arose: {date.debt_date}; "
                        + exit_dates["en"]
                        + "): those whose exit took effect after the debt's cause are liable without limit; those who had left before are not. Establish the exact day your own exit took effect.",
                    ),
                    DEF,
                    ALL(client_is("departed"), several_exits),
                ),
            ],
            cred=T(
                "无法确定这笔债务的原因是否发生在{party.departed}退伙之前（债务发生：{date.debt_date}；退伙：{date.exit_date}）。在退伙之前的，退伙人承担无限连带责任；在退伙之后的，不承担责任。",
                "It cannot be told whether the debt's cause came before the {party.departed} left (debt arose: {date.debt_date}; exit: {date.exit_date}). If before, they are jointly liable without limit; if after, they are not liable.",
            ),
            self_=T(
                "无法确定这笔债务的原因是否发生在你退伙之前（债务发生：{date.debt_date}；退伙：{date.exit_date}）。在退伙之前的，你仍承担无限连带责任；在退伙之后的，你不承担责任。",
                "It cannot be told whether the debt's cause came before you left (debt arose: {date.debt_date}; exit: {date.exit_date}). If before, you remain jointly liable without limit; if after, you are not liable.",
            ),
            other=T(
                "{party.departed}是否负责取决于债务原因与其退伙的先后，需要核实日期。",
                "Whether the {party.departed} are liable depends on which came first; verify the dates.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_dep,
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    dep_basis,
                    sublabel=T(
                        "若债务的原因发生在退伙生效之前",
                        "if the debt's cause came before the exit took effect",
                    ),
                    when=NOT(several_exits),
                ),
                finding(
                    "连带责任",
                    T(
                        "{party.departed}中退伙在债务原因发生之后才生效的人",
                        "those of the {party.departed} whose exit took effect after the debt's cause",
                    ),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    dep_basis,
                    sublabel=T(
                        "逐人核对：退伙在债务原因发生之后才生效的人",
                        "person by person: those who left after the debt's cause",
                    ),
                    when=several_exits,
                    depends_on=["exit_date_last"],
                ),
                finding(
                    "不承担责任",
                    T(
                        "{party.departed}中在债务原因发生前已经退伙的人：对这笔债务不承担责任（被免除的一方）",
                        "those of the {party.departed} who had left before the debt's cause: not liable for this debt (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "这笔合伙企业债务，尚欠" + DEBT,
                        "this debt of the enterprise (" + DEBT + ")",
                    ),
                    NO_ORDER,
                    [C(PEL, 53), C(PEL, 60, when=LIMITED)],
                    sublabel=T(
                        "逐人核对：在债务原因发生前已经退伙的人",
                        "person by person: those who had left before the debt's cause",
                    ),
                    when=several_exits,
                    depends_on=["exit_date_last"],
                ),
            ],
            warnings=[
                warning(
                    "missing_fact",
                    T(
                        "结论取决于债务原因（合同签订、借款交付或者侵权行为）与退伙生效的确切日期；同一天发生的，要查明先后。",
                        "The conclusion depends on the exact days of the debt's cause (contract, loan paid out, tort) and of the exit; if they fell on the same day, establish which came first.",
                    ),
                    when=NOT(several_exits),
                ),
                warning(
                    "missing_fact",
                    T(
                        "同一类中的几个退伙人退伙日期不同：要逐人比较其退伙生效的日期与债务原因发生的日期（{date.debt_date}），结论因人而异。",
                        "Several partners who left did so on different days: compare each one's exit with the day of the debt's cause ({date.debt_date}); the result differs from person to person.",
                    ),
                    when=several_exits,
                ),
                w_unregistered_exit("exit_registered_open"),
                W_NOT_SHOWN,
                W_NOT_SHOWN_DEF,
            ],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "逐一核实债务原因发生的日期和{party.departed}中每个人退伙生效的日期。",
                    "Verify when the debt's cause arose and when each of the {party.departed} left.",
                )
            ],
            self_steps=[
                T(
                    "找出退伙生效日期的证明（退伙协议、除名通知送达的日期、变更登记等）。",
                    "Find proof of when your exit took effect (exit agreement, day the expulsion notice reached you, change registration).",
                )
            ],
            evidence=[ev_exit, EV_CONTRACT],
            defences=[d_exit_first, d_registered],
            next_node="p_lp",
        )
    )
    # A departed general partner answers, like the others, only for what the enterprise cannot pay.
    nodes[-1]["defences"].append(
        item(
            T(
                "{party.firm}尚未被证明不能清偿到期债务的，可以要求债权人先以合伙企业的财产受偿（合伙企业法第38条、第39条）。",
                "If the {party.firm} has not been shown unable to pay, ask that the creditor look to its property first (Partnership Enterprise Law arts. 38, 39).",
            ),
            DEF,
            ALL(nodes[-1]["defences"][0]["when"], NOT_SHOWN),
        )
    )
    add(
        position_node(
            "f_departed_free",
            "P-D",
            T(
                "退伙人对退伙后才发生的债务不承担责任",
                "A partner who left is not liable for a debt whose cause came after his exit",
            ),
            position="departed",
            several="exit_date",
            cred=T(
                "这笔债务的原因发生在{party.departed}退伙之后（退伙：{date.exit_date}；债务发生：{date.debt_date}），退伙已经登记或者你当时知道：退伙人对它不承担责任；应向债务发生时的合伙人主张。",
                "The debt's cause came after the {party.departed} left (exit: {date.exit_date}; debt arose: {date.debt_date}), and the exit was registered or known to you: they are not liable for it; claim from those who were partners when it arose.",
            ),
            self_=T(
                "这笔债务的原因发生在你退伙之后（退伙：{date.exit_date}；债务发生：{date.debt_date}），你对它不承担责任，被起诉时可以据此抗辩。",
                "The debt's cause came after you left (exit: {date.exit_date}; debt arose: {date.debt_date}): you are not liable for it, and can say so if sued.",
            ),
            other=T(
                "{party.departed}在债务原因发生前已经退伙，不承担责任。",
                "The {party.departed} left before the debt's cause arose and are not liable.",
            ),
            findings=[
                finding(
                    "不承担责任",
                    T(
                        "{party.departed}：对这笔债务不承担责任（被免除的一方）",
                        "the {party.departed}: not liable for this debt (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "这笔合伙企业债务，尚欠" + DEBT,
                        "this debt of the enterprise (" + DEBT + ")",
                    ),
                    NO_ORDER,
                    [C(PEL, 53), C(PEL, 60, when=LIMITED)],
                )
            ],
            remaining=T(
                "这笔债务仍由{party.firm}以其财产清偿；不足的部分，由债务发生时在伙的普通合伙人承担无限连带责任。",
                "The {party.firm} still owes this debt; what its property cannot pay falls on the general partners of the day the debt arose, jointly and without limit.",
            ),
            self_steps=[
                T(
                    "保存退伙协议、变更登记材料以及债权人知道你已经退伙的证据。",
                    "Keep the exit agreement, the change registration and proof that the creditor knew you had left.",
                )
            ],
            cred_steps=[
                T(
                    "把请求集中于{party.firm}和债务发生时在伙的合伙人。",
                    "Direct the claim at the {party.firm} and those who were partners when the debt arose.",
                )
            ],
            evidence=[ev_exit],
            defences=[
                T(
                    "这笔债务的原因发生在你退伙生效之后，你不是债务发生时的合伙人（合伙企业法第53条）；退伙已经登记或者债权人当时知道你已经退伙。",
                    "The debt's cause came after your exit took effect: you were not a partner when it arose (Partnership Enterprise Law art. 53); the exit was registered or the creditor knew you had left.",
                )
            ],
            next_node="p_lp",
        )
    )
    add(
        position_node(
            "f_departed_contested",
            "P-D8",
            T(
                "退伙没有登记、债权人也不知道：退伙人是否仍要负责有争议",
                "Exit not registered and unknown to the creditor: whether the partner who left is liable is contested",
            ),
            position="departed",
            several="exit_date",
            cred=T(
                "这笔债务的原因发生在{party.departed}退伙之后（退伙：{date.exit_date}；债务发生：{date.debt_date}）。依合伙企业法第53条，退伙人对它不承担责任；但退伙没有办理变更登记、你当时也不知道其已经退伙（或者这一点待核实），你可以主张信赖登记，要求他照旧负责——这一点有争议，不能只依靠他。",
                "The debt's cause came after the {party.departed} left (exit: {date.exit_date}; debt arose: {date.debt_date}). Under art. 53 he is not liable for it; but the exit was not registered (or that is to verify) and you did not know of it, so you may argue reliance on the register and hold him liable as before — a contested point; do not rely on him alone.",
            ),
            self_=T(
                "这笔债务的原因发生在你退伙之后（退伙：{date.exit_date}；债务发生：{date.debt_date}）。依合伙企业法第53条，你对它不承担责任；但退伙没有办理变更登记（或者是否登记待核实），债权人可能主张他信赖登记、不知道你已经退伙，要求你照旧负责——这一点有争议；办理了登记或者债权人当时知道的，这一主张不能成立。",
                "The debt's cause came after you left (exit: {date.exit_date}; debt arose: {date.debt_date}). Under art. 53 you are not liable for it; but the exit was not registered (or that is to verify), so the creditor may argue that he relied on the register and did not know you had left — a contested point.",
            ),
            other=T(
                "{party.departed}在债务原因发生前已经退伙，但退伙没有登记：是否仍要负责有争议。",
                "The {party.departed} left before the debt's cause, but the exit was not registered: whether they are still liable is contested.",
            ),
            findings=[
                finding(
                    "不承担责任",
                    T(
                        "{party.departed}：依合伙企业法第53条对这笔债务不承担责任（被免除的一方）",
                        "the {party.departed}: not liable for this debt under art. 53 (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "这笔合伙企业债务，尚欠" + DEBT,
                        "this debt of the enterprise (" + DEBT + ")",
                    ),
                    NO_ORDER,
                    [C(PEL, 53), C(PEL, 60, when=LIMITED)],
                    sublabel=T(
                        "若不采信赖登记的主张", "unless reliance on the register is accepted"
                    ),
                ),
                finding(
                    "连带责任",
                    liable_dep,
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    [
                        C(CC, 65, when=NEW_OR_UNKNOWN),
                        C(CC, 108, when=NEW_OR_UNKNOWN),
                        C(GPV, 65, when=MID),
                        C(GPV, 108, when=MID),
                        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
                        C(PEL, 2, 3, when=LIMITED),
                    ],
                    sublabel=T(
                        "有争议：若法院支持债权人对登记的信赖",
                        "contested: if the court upholds the creditor's reliance on the register",
                    ),
                ),
            ],
            remaining=T(
                "这笔债务仍由{party.firm}以其财产清偿；不足的部分，由债务发生时在伙的普通合伙人承担无限连带责任。",
                "The {party.firm} still owes this debt; what its property cannot pay falls on the general partners of the day the debt arose, jointly and without limit.",
            ),
            warnings=[w_unregistered_exit("exit_registered"), W_NOT_SHOWN, W_NOT_SHOWN_DEF],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "保存登记信息显示{party.departed}仍是合伙人的查询结果（注明查询日期）以及你与其交易时的往来材料；起诉时可以把他一并列为被告，但主要依靠债务发生时在伙的合伙人。",
                    "Keep the register extract still showing the {party.departed} as partners (with the date of the search) and your dealings at the time; you may sue them too, but rely chiefly on those who were partners when the debt arose.",
                )
            ],
            self_steps=[
                T(
                    "找出债权人当时知道你已经退伙的证据（通知、往来函件、公告等），并督促合伙企业补办变更登记。",
                    "Find proof that the creditor knew you had left (notices, correspondence, announcements), and press the enterprise to register the change.",
                )
            ],
            evidence=[ev_exit],
            defences=[
                T(
                    "这笔债务的原因发生在你退伙生效之后，你不是债务发生时的合伙人（合伙企业法第53条）；合伙企业法没有规定退伙人因未办理变更登记而对退伙后的债务负责。",
                    "The debt's cause came after your exit took effect: you were not a partner when it arose (Partnership Enterprise Law art. 53); the Partnership Enterprise Law makes no one liable for later debts merely because the exit was not registered.",
                ),
                T(
                    "债权人当时知道或者应当知道你已经退伙的，不是善意相对人，不能以信赖登记为由要求你负责。",
                    "If the creditor knew or should have known you had left, he is not a good-faith counterparty and cannot rely on the register against you.",
                ),
            ],
            next_node="p_lp",
        )
    )

    # P-J5, P-J6, P-D4: someone who left an unregistered partnership.
    ev_exit_u = item(
        T(
            "退出合伙的协议、通知或者聊天记录，载明退出的日期",
            "The agreement, notice or messages showing when he left the partnership",
        )
    )
    add(
        position_node(
            "f_u_departed_liable",
            "P-J5",
            T(
                "退出合伙的人对其在伙期间发生的合伙债务仍承担连带责任",
                "A partner who left remains jointly liable for debts that arose while he was a partner",
            ),
            position="departed",
            several="exit_date",
            cred=T(
                "这笔债务发生时{party.departed}还是合伙人（债务发生：{date.debt_date}；退出：{date.exit_date}），退出合伙不影响其对这笔合伙债务的连带责任。",
                "The {party.departed} were still partners when the debt arose (debt arose: {date.debt_date}; left: {date.exit_date}); leaving does not end their joint liability for it.",
            ),
            self_=T(
                "这笔债务发生时你还是合伙人（债务发生：{date.debt_date}；退出：{date.exit_date}），你虽然已经退出，仍对它承担连带责任；你多付的部分可以向其他合伙人追偿。",
                "You were still a partner when the debt arose (debt arose: {date.debt_date}; left: {date.exit_date}): although you have left, you remain jointly liable; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.departed}在债务发生时还是合伙人，承担连带责任。",
                "The {party.departed} were partners when the debt arose and are liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    liable_dep,
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                    sublabel=T("债务发生时仍是合伙人", "still a partner when the debt arose"),
                )
            ],
            warnings=[W_DEBT_UNKNOWN_U],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "收集证明{party.departed}在债务发生时仍是合伙人的材料。",
                    "Gather proof that the {party.departed} were still partners when the debt arose.",
                )
            ],
            evidence=[EV_AGREEMENT_U, ev_exit_u, EV_CONTRACT],
            next_node="p_lp",
        )
    )
    add(
        position_node(
            "f_u_departed_depends",
            "P-J6",
            T(
                "退出合伙的人是否负责取决于债务发生与退出的先后",
                "Whether the partner who left is liable depends on which came first",
            ),
            position="departed",
            cred=T(
                "无法确定这笔债务发生时{party.departed}是否还是合伙人（债务发生：{date.debt_date}；退出：{date.exit_date}）。还是合伙人的，承担连带责任；已经退出的，不承担责任。",
                "It cannot be told whether the {party.departed} were still partners when the debt arose (debt arose: {date.debt_date}; left: {date.exit_date}). If they were, they are jointly liable; if they had left, they are not.",
            ),
            self_=T(
                "无法确定这笔债务发生时你是否还是合伙人（债务发生：{date.debt_date}；退出：{date.exit_date}）。还是合伙人的，你承担连带责任；已经退出的，你不承担责任。",
                "It cannot be told whether you were still a partner when the debt arose (debt arose: {date.debt_date}; left: {date.exit_date}). If you were, you are jointly liable; if you had left, you are not.",
            ),
            other=T(
                "{party.departed}是否负责取决于债务发生与其退出的先后，需要核实日期。",
                "Whether the {party.departed} are liable depends on which came first; verify the dates.",
            ),
            findings=mixed_findings(
                finding(
                    "连带责任",
                    liable_dep,
                    TO_CREDITOR,
                    SCOPE_U,
                    ORDER_U,
                    U_BASIS,
                    sublabel=T(
                        "若债务发生时其仍是合伙人", "if he was still a partner when the debt arose"
                    ),
                ),
                flag=A("exit_several", "yes"),
                last="exit_date_last",
                liable_who=T(
                    "{party.departed}中债务发生时仍是合伙人的人",
                    "those of the {party.departed} still partners when the debt arose",
                ),
                liable_sub=T(
                    "逐人核对：债务发生后才退出的人",
                    "person by person: those who left after the debt arose",
                ),
                other_label="不承担责任",
                other_who=T(
                    "{party.departed}中在债务发生前已经退出的人：对这笔债务不承担责任（被免除的一方）",
                    "those of the {party.departed} who had left before the debt arose: not liable for this debt (released)",
                ),
                other_sub=T(
                    "逐人核对：债务发生前已经退出的人",
                    "person by person: those who had left before the debt arose",
                ),
                other_scope=T("这笔合伙债务，尚欠" + DEBT, "this partnership debt (" + DEBT + ")"),
                other_order=NO_ORDER,
                other_basis=U_BASIS,
            ),
            variants=[
                variant(
                    T(
                        "{party.departed}退出合伙的日期不同（债务发生：{date.debt_date}；最早退出：{date.exit_date}；最晚退出：{date.exit_date_last}）：债务发生时还是合伙人的，承担连带责任；已经退出的，不承担责任。请逐人核对退出的日期。",
                        "The {party.departed} left on different days (debt arose: {date.debt_date}; first left: {date.exit_date}; last left: {date.exit_date_last}): those still partners when the debt arose are jointly liable; those who had left are not. Check each one's date.",
                    ),
                    CRED,
                    A("exit_several", "yes"),
                )
            ],
            warnings=[
                warning(
                    "missing_fact",
                    T(
                        "结论取决于债务发生与退出合伙的确切日期；同一天发生的，要查明先后。",
                        "The conclusion depends on the exact days the debt arose and the partner left; if the same day, establish which came first.",
                    ),
                    when=NOT(A("exit_several", "yes")),
                ),
                several_warning(
                    A("exit_several", "yes"),
                    T(
                        "几个退出合伙的人日期不同：要逐人比较其退出的日期与债务发生的日期（{date.debt_date}），结论因人而异。",
                        "Several who left did so on different days: compare each one's date with the day the debt arose ({date.debt_date}); the result differs from person to person.",
                    ),
                ),
                W_DEBT_UNKNOWN_U,
            ],
            recourse=[REC_U_NEW, REC_U_OLD],
            cred_steps=[
                T(
                    "核实债务发生的日期和{party.departed}退出的日期。",
                    "Verify when the debt arose and when the {party.departed} left.",
                )
            ],
            self_steps=[T("找出你退出合伙的日期的证明。", "Find proof of when you left.")],
            evidence=[EV_AGREEMENT_U, ev_exit_u, EV_CONTRACT],
            next_node="p_lp",
        )
    )
    add(
        position_node(
            "f_u_departed_free",
            "P-D4",
            T(
                "债务发生前已经退出合伙的人不承担责任",
                "Someone who left before the debt arose is not liable",
            ),
            position="departed",
            several="exit_date",
            cred=T(
                "{party.departed}在这笔债务发生前已经退出合伙（退出：{date.exit_date}；债务发生：{date.debt_date}），不是债务发生时的合伙人，对它不承担责任。",
                "The {party.departed} left before the debt arose (left: {date.exit_date}; debt arose: {date.debt_date}); they were not partners then and are not liable for it.",
            ),
            self_=T(
                "你在这笔债务发生前已经退出合伙（退出：{date.exit_date}；债务发生：{date.debt_date}），对它不承担责任，被起诉时可以据此抗辩。",
                "You left before the debt arose (left: {date.exit_date}; debt arose: {date.debt_date}): you are not liable for it, and can say so if sued.",
            ),
            other=T(
                "{party.departed}在债务发生前已经退出，不承担责任。",
                "The {party.departed} left before the debt arose and are not liable.",
            ),
            findings=[
                finding(
                    "不承担责任",
                    T(
                        "{party.departed}：对这笔债务不承担责任（被免除的一方）",
                        "the {party.departed}: not liable for this debt (released)",
                    ),
                    TO_CREDITOR,
                    T("这笔合伙债务，尚欠" + DEBT, "this partnership debt (" + DEBT + ")"),
                    NO_ORDER,
                    U_BASIS,
                )
            ],
            remaining=T(
                "这笔债务由债务发生时的合伙人承担连带责任。",
                "The partners of the day the debt arose are jointly liable for it.",
            ),
            warnings=[
                warning(
                    "contested",
                    T(
                        "退出后仍以合伙人身份对外活动、债权人有理由相信其仍是合伙人的，债权人可能主张其照旧负责，有争议。",
                        "If he still acted as a partner after leaving and the creditor had reason to believe he still was one, the creditor may argue he remains liable; contested.",
                    ),
                ),
                W_DEBT_UNKNOWN_U,
            ],
            cred_steps=[
                T(
                    "核实{party.departed}退出后是否仍以合伙人身份与你交易。",
                    "Check whether the {party.departed} still dealt with you as partners after leaving.",
                )
            ],
            self_steps=[
                T(
                    "保存退出合伙的协议、通知以及对外告知的记录。",
                    "Keep the exit agreement, notice and what was told to outsiders.",
                )
            ],
            evidence=[ev_exit_u],
            defences=[
                T(
                    "你在这笔债务发生前已经退出合伙，不是债务发生时的合伙人。",
                    "You left before the debt arose and were not a partner then.",
                )
            ],
            next_node="p_lp",
        )
    )

    # P-F, P-E: limited partners.
    w_lp_direct = warning(
        "contested",
        T(
            "债权人能否直接请求有限合伙人在未缴出资范围内向自己清偿（而不是缴入合伙企业），法律没有明文规定，各地做法不一；通常的做法是在起诉合伙企业时一并请求有限合伙人在未缴出资范围内承担责任。",
            "Whether a creditor may ask a limited partner to pay his unpaid subscription to the creditor directly (rather than into the enterprise) is not settled by statute and courts differ; the usual course is to sue the enterprise and ask that the limited partner answer within his unpaid subscription.",
        ),
        side=CRED,
        basis=[C(PEL, 2, 3), C(PEL, 65)],
    )
    w_lp_direct_def = warning(
        "contested",
        T(
            "债权人能否直接要求有限合伙人在未缴出资范围内向其清偿（而不是缴入合伙企业），法律没有明文规定，各地做法不一；已经足额缴纳出资的，一般不再承担。",
            "Whether a creditor may make a limited partner pay his unpaid subscription to the creditor directly (rather than into the enterprise) is not settled by statute and courts differ; once the subscription is fully paid, nothing more is generally owed.",
        ),
        side=DEF,
        basis=[C(PEL, 2, 3), C(PEL, 65)],
    )
    w_lp_limitation = warning(
        "caution",
        T(
            "有限合伙人缴付出资的义务不适用诉讼时效，但你对合伙企业的债权本身必须在诉讼时效内主张。",
            "A limited partner's duty to pay in his subscription is not subject to limitation, but your own claim against the enterprise must be brought in time.",
        ),
        side=CRED,
        basis=[C(LIM, 1, 1, 3)],
    )
    w_lp_limitation_def = warning(
        "caution",
        T(
            "缴付认缴出资的义务本身不适用诉讼时效；债权人对合伙企业的债权已过诉讼时效的，你可以主张这一抗辩，但法律对此没有明文规定。",
            "The duty to pay in a subscribed contribution is not itself subject to limitation; if the creditor's claim against the enterprise is time-barred you may plead that, though no statute says so expressly.",
        ),
        side=DEF,
        basis=[C(LIM, 1, 1, 3)],
    )
    add(
        position_node(
            "f_apparent_gp",
            "P-F",
            T(
                "被合理相信为普通合伙人的有限合伙人，对这笔交易承担与普通合伙人同样的责任",
                "A limited partner reasonably taken for a general partner answers like one for that transaction",
            ),
            position="lp",
            cred=T(
                "你有理由相信{party.lp}是普通合伙人并因此与其交易：{party.lp}对这笔交易承担与普通合伙人同样的无限连带责任，不以认缴出资额为限。",
                "You had reason to believe the {party.lp} were general partners and dealt with them on that basis: for this transaction they answer like general partners, jointly and without limit, not capped at their subscription.",
            ),
            self_=T(
                "{party.creditor}有理由相信你是普通合伙人并因此与你交易的，你对这笔交易承担与普通合伙人同样的无限连带责任。你可以抗辩：对方知道你是有限合伙人，或者没有合理理由相信你是普通合伙人。",
                "If the {party.creditor} had reason to believe you were a general partner and dealt with you on that basis, you answer for this transaction like a general partner, jointly and without limit. You may argue that the creditor knew you were a limited partner, or had no good reason to think otherwise.",
            ),
            other=T(
                "{party.lp}被合理相信为普通合伙人的，对这笔交易承担与普通合伙人同样的责任。",
                "The {party.lp}, reasonably taken for general partners, answer like them for this transaction.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.lp}", "the {party.lp}"),
                    TO_CREDITOR,
                    T(
                        "这笔交易产生的债务，以个人全部财产承担，不以认缴出资额为限；尚欠债务："
                        + DEBT,
                        "The debt from this transaction ("
                        + DEBT
                        + "), with all personal property, not capped at the subscription",
                    ),
                    ORDER_REG,
                    [C(PEL, 76, 1)],
                    sublabel=T(
                        "与普通合伙人同样的无限连带责任（仅限这笔交易）",
                        "unlimited joint liability like a general partner (this transaction only)",
                    ),
                )
            ],
            warnings=[
                W_NOT_SHOWN,
                W_NOT_SHOWN_DEF,
                warning(
                    "caution",
                    T(
                        "有限合伙人未经授权以合伙企业名义与他人交易、给合伙企业或者其他合伙人造成损失的，还应当对合伙企业或者其他合伙人承担赔偿责任。",
                        "A limited partner who dealt in the enterprise's name without authority also owes damages to the enterprise or the other partners for any loss.",
                    ),
                    side=DEF,
                    basis=[C(PEL, 76, 2)],
                ),
            ],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "保存使你相信{party.lp}是普通合伙人的材料：以执行事务合伙人身份签字的合同、名片、宣传材料等。",
                    "Keep what made you believe the {party.lp} were general partners: contracts signed as managing partner, business cards, brochures.",
                )
            ],
            self_steps=[
                T(
                    "找出对方当时知道你是有限合伙人的证据（如登记信息、合同中的表述）。",
                    "Find proof that the creditor knew you were a limited partner (registration, wording of the contract).",
                )
            ],
            evidence=[
                EV_REGISTRY,
                EV_CONTRACT,
                item(
                    T(
                        "签约时的身份表示：名片、签字页、宣传材料",
                        "How he presented himself: cards, signature pages, brochures",
                    )
                ),
            ],
            defences=[
                T(
                    "对方知道你是有限合伙人，或者没有合理理由相信你是普通合伙人的，你只以认缴出资额为限承担责任（合伙企业法第2条第3款、第76条第1款）。",
                    "If the creditor knew you were a limited partner, or had no good reason to think otherwise, you answer only up to your subscription (Partnership Enterprise Law arts. 2(3), 76(1)).",
                )
            ],
            next_node="p_new_lp",
        )
    )
    add(
        position_node(
            "f_lp",
            "P-E",
            T(
                "有限合伙人以认缴的出资额为限承担有限责任",
                "The limited partners answer only up to their subscribed contributions",
            ),
            position="lp",
            variants=[
                variant(
                    T(
                        "{party.lp}是有限合伙人，认缴的{amount.lp_subscribed}已经全部实缴：实缴的出资已是{party.firm}的财产，你不能再要求其个人另行清偿；这不是连带责任。",
                        "The {party.lp} are limited partners whose subscription of {amount.lp_subscribed} is fully paid in: what was paid in already belongs to the {party.firm}, and nothing more can be claimed from them personally; this is not joint and several liability.",
                    ),
                    CRED,
                    LP_FULL,
                ),
                variant(
                    T(
                        "你是有限合伙人，认缴的{amount.lp_subscribed}已经全部实缴：你以认缴的出资额为限承担的责任已经履行，不再以个人财产另行清偿合伙企业的债务，也不承担连带责任。",
                        "You are a limited partner and your subscription of {amount.lp_subscribed} is fully paid in: your liability up to the subscription is met; you owe nothing more personally for the enterprise's debts, and are not jointly liable.",
                    ),
                    DEF,
                    ALL(client_is("lp"), LP_FULL),
                ),
            ],
            cred=T(
                "{party.lp}是有限合伙人，只以认缴的出资额为限承担有限责任，不是连带责任：认缴共{amount.lp_subscribed}，已实缴的出资已是{party.firm}的财产；尚未实缴的{amount.lp_unpaid}是还能向其个人主张的上限，而且只以{party.firm}不能清偿的部分为限，最多为尚欠的债务，本案为{amount.lp_cap}。",
                "The {party.lp} are limited partners and answer only up to their subscriptions — limited, not joint and several, liability: {amount.lp_subscribed} subscribed in all; what was paid in already belongs to the {party.firm}; the {amount.lp_unpaid} not yet paid in caps what can still be claimed from them personally, and only for what the {party.firm} cannot pay, never more than the debt outstanding (here at most {amount.lp_cap}).",
            ),
            self_=T(
                "你是有限合伙人，只以认缴的出资额为限承担责任，不承担连带责任：认缴{amount.lp_subscribed}，尚未实缴{amount.lp_unpaid}；你最多只须在{party.firm}不能清偿的范围内补足未缴的出资，而且不超过尚欠的债务，本案最多为{amount.lp_cap}。",
                "You are a limited partner and answer only up to your subscription, not jointly and severally: {amount.lp_subscribed} subscribed, {amount.lp_unpaid} not yet paid in; at most you must make up the unpaid part for what the {party.firm} cannot pay, never more than the debt outstanding (here at most {amount.lp_cap}).",
            ),
            other=T(
                "{party.lp}是有限合伙人，只以认缴出资额为限承担责任，尚未实缴{amount.lp_unpaid}，不与你承担连带责任。",
                "The {party.lp} are limited partners, liable only up to their subscriptions ({amount.lp_unpaid} unpaid), not jointly with you.",
            ),
            findings=[
                finding(
                    "有限责任",
                    T("{party.lp}", "the {party.lp}"),
                    TO_CREDITOR,
                    T(
                        "以认缴的出资额为限（认缴共{amount.lp_subscribed}，各人以本人认缴额为限）；已实缴的出资已是合伙企业财产，个人仍须拿出的是尚未实缴的{amount.lp_unpaid}，以合伙企业不能清偿的部分为限，最多为{amount.lp_cap}",
                        "Up to the subscribed contribution ({amount.lp_subscribed} in all; each up to his own); what was paid in already belongs to the enterprise; what remains personally is the {amount.lp_unpaid} not yet paid in, only for what the enterprise cannot pay, at most {amount.lp_cap}",
                    ),
                    T(
                        "这不是连带责任；先以合伙企业财产清偿",
                        "Not joint and several liability; the enterprise's property pays first",
                    ),
                    [C(PEL, 2, 3), C(PEL, 65)],
                    sublabel=T(
                        "有限责任，不是连带责任", "limited liability, not joint and several"
                    ),
                    when=LP_OWES,
                ),
                finding(
                    "有限责任",
                    T("{party.lp}", "the {party.lp}"),
                    TO_CREDITOR,
                    T(
                        "认缴的出资{amount.lp_subscribed}已经全部实缴，已是合伙企业的财产；个人无须再拿出",
                        "The subscription ({amount.lp_subscribed}) is fully paid in and belongs to the enterprise; nothing more is owed personally",
                    ),
                    T(
                        "这不是连带责任；债务由合伙企业财产和普通合伙人承担",
                        "Not joint and several liability; the debt falls on the enterprise's property and the general partners",
                    ),
                    [C(PEL, 2, 3)],
                    sublabel=T(
                        "有限责任，已足额实缴：不再另行承担",
                        "limited liability, fully paid in: nothing more to pay",
                    ),
                    when=LP_FULL,
                ),
            ],
            warnings=[
                w_lp_direct,
                w_lp_direct_def,
                w_lp_limitation,
                w_lp_limitation_def,
                warning(
                    "missing_fact",
                    T(
                        "尚不清楚债权人是否有理由相信该有限合伙人是普通合伙人。如果有，并因此与其交易，该有限合伙人对这笔交易承担与普通合伙人同样的无限连带责任。",
                        "It is not known whether the creditor had reason to believe the limited partner was a general partner. If so, and it dealt with him on that basis, he answers for this transaction like a general partner, without limit.",
                    ),
                    when=A("lp_held_out", "unknown"),
                    basis=[C(PEL, 76, 1)],
                ),
            ],
            cred_steps=[
                T(
                    "查询登记信息中{party.lp}的认缴出资额和实缴情况。",
                    "Look up the {party.lp}'s subscribed and paid-in contributions in the registration.",
                )
            ],
            self_steps=[
                T(
                    "准备实缴出资的凭证（银行转账记录、验资材料）。",
                    "Prepare proof of what you paid in (bank transfers, capital verification).",
                )
            ],
            evidence=[
                EV_REGISTRY,
                item(
                    T(
                        "有限合伙人实缴出资的凭证",
                        "Proof of the limited partner's paid-in contribution",
                    )
                ),
            ],
            defences=[
                T(
                    "你只以认缴的出资额为限承担责任；已经缴纳的部分不再重复承担（合伙企业法第2条第3款）。",
                    "You answer only up to your subscription, and not twice for what you paid in (Partnership Enterprise Law art. 2(3)).",
                )
            ],
            next_node="p_new_lp",
        )
    )
    new_lp_before = BEFORE("debt_date", "new_lp_entry_date")
    # The day of joining picks only the article (77 for debts from before, 2(3) after); the
    # liability is the same either way, so the finding does not rest on that day.
    new_lp_basis = [
        C(PEL, 77, when=ANY(new_lp_before, UND(new_lp_before))),
        C(PEL, 2, 3, when=ANY(ON_OR_AFTER("debt_date", "new_lp_entry_date"), UND(new_lp_before))),
    ]
    add(
        position_node(
            "f_new_lp",
            "P-E2",
            T(
                "新入伙的有限合伙人以认缴的出资额为限承担有限责任",
                "A limited partner who joined later answers only up to his subscription",
            ),
            position="new_lp",
            variants=[
                variant(
                    T(
                        "{party.new_lp}是后来入伙的有限合伙人（入伙：{date.new_lp_entry_date}；债务发生：{date.debt_date}），认缴的{amount.new_lp_subscribed}已经全部实缴：对这笔债务以认缴出资额为限的责任已经履行，你不能再要求其个人另行清偿；这不是连带责任。",
                        "The {party.new_lp} joined later as limited partners (joined: {date.new_lp_entry_date}; debt arose: {date.debt_date}) and their subscription of {amount.new_lp_subscribed} is fully paid in: their liability up to it is met, and nothing more can be claimed from them personally; this is not joint and several liability.",
                    ),
                    CRED,
                    NEW_LP_FULL,
                ),
                variant(
                    T(
                        "你是后来入伙的有限合伙人（入伙：{date.new_lp_entry_date}；债务发生：{date.debt_date}），认缴的{amount.new_lp_subscribed}已经全部实缴：你以认缴出资额为限的责任已经履行，不再以个人财产另行清偿这笔债务，也不承担连带责任。",
                        "You joined later as a limited partner (joined: {date.new_lp_entry_date}; debt arose: {date.debt_date}) and your subscription of {amount.new_lp_subscribed} is fully paid in: your liability up to it is met; you owe nothing more personally for this debt and are not jointly liable.",
                    ),
                    DEF,
                    ALL(client_is("new_lp"), NEW_LP_FULL),
                ),
            ],
            cred=T(
                "{party.new_lp}是后来入伙的有限合伙人（入伙：{date.new_lp_entry_date}；债务发生：{date.debt_date}），对这笔债务以认缴出资额为限承担有限责任，不是连带责任：认缴共{amount.new_lp_subscribed}，尚未实缴{amount.new_lp_unpaid}，个人还须拿出的以合伙企业不能清偿的部分为限，最多为{amount.new_lp_cap}。",
                "The {party.new_lp} joined later as limited partners (joined: {date.new_lp_entry_date}; debt arose: {date.debt_date}); they answer for this debt up to their subscriptions — limited, not joint and several: {amount.new_lp_subscribed} subscribed, {amount.new_lp_unpaid} not yet paid in; what they still owe personally is only for what the enterprise cannot pay, at most {amount.new_lp_cap}.",
            ),
            self_=T(
                "你是后来入伙的有限合伙人（入伙：{date.new_lp_entry_date}；债务发生：{date.debt_date}），对这笔债务只以认缴出资额为限承担责任，不承担连带责任：认缴{amount.new_lp_subscribed}，尚未实缴{amount.new_lp_unpaid}；最多只须在合伙企业不能清偿的范围内补足，不超过{amount.new_lp_cap}。",
                "You joined later as a limited partner (joined: {date.new_lp_entry_date}; debt arose: {date.debt_date}); you answer for this debt only up to your subscription, not jointly: {amount.new_lp_subscribed} subscribed, {amount.new_lp_unpaid} not yet paid in; at most you make up the unpaid part for what the enterprise cannot pay, never more than {amount.new_lp_cap}.",
            ),
            other=T(
                "{party.new_lp}是后来入伙的有限合伙人，只以认缴出资额为限承担责任，不与你承担连带责任。",
                "The {party.new_lp} joined later as limited partners, liable only up to their subscriptions, not jointly with you.",
            ),
            findings=[
                finding(
                    "有限责任",
                    T("{party.new_lp}", "the {party.new_lp}"),
                    TO_CREDITOR,
                    T(
                        "以认缴的出资额为限：认缴共{amount.new_lp_subscribed}，各人以本人认缴额为限；尚未实缴{amount.new_lp_unpaid}，以合伙企业不能清偿的部分为限，最多为{amount.new_lp_cap}",
                        "Up to the subscribed contribution ({amount.new_lp_subscribed} in all, each up to his own; {amount.new_lp_unpaid} not yet paid in, only for what the enterprise cannot pay, at most {amount.new_lp_cap})",
                    ),
                    T(
                        "这不是连带责任；先以合伙企业财产清偿",
                        "Not joint and several liability; the enterprise's property pays first",
                    ),
                    new_lp_basis,
                    sublabel=T(
                        "有限责任，入伙前的债务也是如此",
                        "limited liability, for debts from before he joined too",
                    ),
                    when=NEW_LP_OWES,
                ),
                finding(
                    "有限责任",
                    T("{party.new_lp}", "the {party.new_lp}"),
                    TO_CREDITOR,
                    T(
                        "认缴的出资{amount.new_lp_subscribed}已经全部实缴，已是合伙企业的财产；个人无须再拿出",
                        "The subscription ({amount.new_lp_subscribed}) is fully paid in and belongs to the enterprise; nothing more is owed personally",
                    ),
                    T(
                        "这不是连带责任；债务由合伙企业财产和普通合伙人承担",
                        "Not joint and several liability; the debt falls on the enterprise's property and the general partners",
                    ),
                    new_lp_basis,
                    sublabel=T(
                        "有限责任，已足额实缴：不再另行承担",
                        "limited liability, fully paid in: nothing more to pay",
                    ),
                    when=NEW_LP_FULL,
                ),
            ],
            warnings=[w_lp_direct, w_lp_direct_def, w_lp_limitation, w_lp_limitation_def],
            cred_steps=[
                T(
                    "查询登记信息中{party.new_lp}的入伙日期、认缴出资额和实缴情况。",
                    "Look up when the {party.new_lp} joined and their subscribed and paid-in contributions.",
                )
            ],
            self_steps=[
                T(
                    "准备入伙协议和实缴出资的凭证。",
                    "Prepare the entry agreement and proof of what you paid in.",
                )
            ],
            evidence=[EV_REGISTRY, item(T("入伙协议", "The entry agreement"))],
            defences=[
                T(
                    "你只以认缴的出资额为限承担责任，入伙前的债务也是如此（合伙企业法第77条）。",
                    "You answer only up to your subscription, for debts from before you joined too (Partnership Enterprise Law art. 77).",
                )
            ],
            next_node="p_departed_lp",
        )
    )

    # P-E3, P-E4, P-D5: a limited partner who left (art. 81).
    ev_exit_lp = item(
        T(
            "退伙协议、退伙结算材料和变更登记，载明退伙日期和取回的财产",
            "The exit agreement, settlement and change registration, showing the exit date and what was taken out",
        )
    )
    add(
        position_node(
            "f_departed_lp",
            "P-E3",
            T(
                "退伙的有限合伙人以退伙时取回的财产为限承担责任",
                "A limited partner who left answers up to what he took out on leaving",
            ),
            position="departed_lp",
            several="departed_lp_exit_date",
            cred=T(
                "这笔债务的原因发生在{party.departed_lp}退伙之前（债务发生：{date.debt_date}；退伙：{date.departed_lp_exit_date}），其以退伙时从{party.firm}取回的财产{amount.departed_lp_withdrawn}为限承担责任，不是连带责任。",
                "The debt's cause came before the {party.departed_lp} left (debt arose: {date.debt_date}; exit: {date.departed_lp_exit_date}); they answer up to what they took out of the {party.firm} on leaving ({amount.departed_lp_withdrawn}) — limited, not joint and several, liability.",
            ),
            self_=T(
                "这笔债务的原因发生在你退伙之前（债务发生：{date.debt_date}；退伙：{date.departed_lp_exit_date}），你以退伙时取回的财产{amount.departed_lp_withdrawn}为限承担责任，不承担连带责任。",
                "The debt's cause came before you left (debt arose: {date.debt_date}; exit: {date.departed_lp_exit_date}); you answer up to what you took out on leaving ({amount.departed_lp_withdrawn}), not jointly.",
            ),
            other=T(
                "{party.departed_lp}以退伙时取回的财产为限承担责任，不与你承担连带责任。",
                "The {party.departed_lp} answer up to what they took out on leaving, not jointly with you.",
            ),
            findings=[
                finding(
                    "有限责任",
                    T("{party.departed_lp}", "the {party.departed_lp}"),
                    TO_CREDITOR,
                    T(
                        "以退伙时从合伙企业中取回的财产为限：{amount.departed_lp_withdrawn}",
                        "Up to what was taken out of the enterprise on leaving ({amount.departed_lp_withdrawn})",
                    ),
                    T(
                        "这不是连带责任；先以合伙企业财产清偿",
                        "Not joint and several liability; the enterprise's property pays first",
                    ),
                    [C(PEL, 81)],
                    sublabel=T("以退伙时取回的财产为限", "up to what was taken out on leaving"),
                )
            ],
            cred_steps=[
                T(
                    "调取{party.departed_lp}的退伙结算材料，查明其退伙时取回的财产。",
                    "Obtain the {party.departed_lp}'s exit settlement to see what they took out.",
                )
            ],
            self_steps=[
                T(
                    "保存退伙结算材料，证明你取回的财产数额。",
                    "Keep the exit settlement proving what you took out.",
                )
            ],
            evidence=[ev_exit_lp],
            defences=[
                T(
                    "你只以退伙时取回的财产为限承担责任（合伙企业法第81条）。",
                    "You answer only up to what you took out on leaving (Partnership Enterprise Law art. 81).",
                )
            ],
            next_node="p_gp_to_lp",
        )
    )
    add(
        position_node(
            "f_departed_lp_depends",
            "P-E4",
            T(
                "退伙的有限合伙人：取决于债务原因与退伙的先后",
                "A limited partner who left: depends on which came first",
            ),
            position="departed_lp",
            cred=T(
                "无法确定这笔债务的原因是否发生在{party.departed_lp}退伙之前（债务发生：{date.debt_date}；退伙：{date.departed_lp_exit_date}）。在退伙之前的，其以退伙时取回的财产{amount.departed_lp_withdrawn_open}为限承担责任；在退伙之后的，不承担责任。",
                "It cannot be told whether the debt's cause came before the {party.departed_lp} left (debt arose: {date.debt_date}; exit: {date.departed_lp_exit_date}). If before, they answer up to what they took out ({amount.departed_lp_withdrawn_open}); if after, not at all.",
            ),
            self_=T(
                "无法确定这笔债务的原因是否发生在你退伙之前（债务发生：{date.debt_date}；退伙：{date.departed_lp_exit_date}）。在退伙之前的，你以退伙时取回的财产{amount.departed_lp_withdrawn_open}为限承担责任；之后的，你不承担责任。",
                "It cannot be told whether the debt's cause came before you left (debt arose: {date.debt_date}; exit: {date.departed_lp_exit_date}). If before, you answer up to what you took out ({amount.departed_lp_withdrawn_open}); if after, not at all.",
            ),
            other=T(
                "{party.departed_lp}是否负责取决于债务原因与其退伙的先后，最多以退伙时取回的财产为限。",
                "Whether the {party.departed_lp} answer depends on which came first; at most up to what they took out.",
            ),
            findings=mixed_findings(
                finding(
                    "有限责任",
                    T("{party.departed_lp}", "the {party.departed_lp}"),
                    TO_CREDITOR,
                    T(
                        "以退伙时从合伙企业中取回的财产为限：{amount.departed_lp_withdrawn_open}",
                        "Up to what was taken out of the enterprise on leaving ({amount.departed_lp_withdrawn_open})",
                    ),
                    T(
                        "这不是连带责任；先以合伙企业财产清偿",
                        "Not joint and several liability; the enterprise's property pays first",
                    ),
                    [C(PEL, 81)],
                    sublabel=T(
                        "若债务的原因发生在退伙之前", "if the debt's cause came before the exit"
                    ),
                ),
                flag=A("departed_lp_exit_several", "yes"),
                last="departed_lp_exit_date_last",
                liable_who=T(
                    "{party.departed_lp}中退伙在债务原因发生之后才生效的人",
                    "those of the {party.departed_lp} whose exit took effect after the debt's cause",
                ),
                liable_sub=T(
                    "逐人核对：退伙在债务原因发生之后才生效的人，以各自取回的财产为限",
                    "person by person: those who left after the debt's cause, each up to what he took out",
                ),
                other_label="不承担责任",
                other_who=T(
                    "{party.departed_lp}中在债务原因发生前已经退伙的人：对这笔债务不承担责任（被免除的一方）",
                    "those of the {party.departed_lp} who had left before the debt's cause: not liable for this debt (released)",
                ),
                other_sub=T(
                    "逐人核对：在债务原因发生前已经退伙的人",
                    "person by person: those who had left before the debt's cause",
                ),
                other_scope=T(
                    "这笔合伙企业债务，尚欠" + DEBT, "this debt of the enterprise (" + DEBT + ")"
                ),
                other_order=NO_ORDER,
                other_basis=[C(PEL, 81)],
            ),
            variants=[
                variant(
                    T(
                        "{party.departed_lp}退伙的日期不同（债务发生：{date.debt_date}；最早退伙：{date.departed_lp_exit_date}；最晚退伙：{date.departed_lp_exit_date_last}）：退伙在债务原因发生之后才生效的人，以退伙时取回的财产为限承担责任，合计{amount.departed_lp_withdrawn_open}；在此之前已经退伙的人，不承担责任。请逐人核对。",
                        "The {party.departed_lp} left on different days (debt arose: {date.debt_date}; first exit: {date.departed_lp_exit_date}; last exit: {date.departed_lp_exit_date_last}): those who left after the debt's cause answer up to what they took out ({amount.departed_lp_withdrawn_open} in all); those who had left before are not liable. Check each.",
                    ),
                    CRED,
                    A("departed_lp_exit_several", "yes"),
                )
            ],
            warnings=[
                warning(
                    "missing_fact",
                    T(
                        "结论取决于债务原因与退伙生效的确切日期。",
                        "The conclusion depends on the exact days of the debt's cause and of the exit.",
                    ),
                ),
                several_warning(
                    A("departed_lp_exit_several", "yes"),
                    T(
                        "几个退伙的有限合伙人日期不同：要逐人比较其退伙生效的日期与债务原因发生的日期（{date.debt_date}），结论因人而异。",
                        "Several limited partners left on different days: compare each one's exit with the day of the debt's cause ({date.debt_date}); the result differs from person to person.",
                    ),
                ),
            ],
            cred_steps=[
                T(
                    "核实债务原因发生的日期和{party.departed_lp}退伙生效的日期。",
                    "Verify when the debt's cause arose and when the {party.departed_lp}'s exit took effect.",
                )
            ],
            self_steps=[T("找出退伙生效日期的证明。", "Find proof of when your exit took effect.")],
            evidence=[ev_exit_lp],
            next_node="p_gp_to_lp",
        )
    )
    add(
        position_node(
            "f_departed_lp_free",
            "P-D5",
            T(
                "有限合伙人对退伙后才发生的债务不承担责任",
                "A limited partner who left is not liable for a debt whose cause came after his exit",
            ),
            position="departed_lp",
            several="departed_lp_exit_date",
            cred=T(
                "这笔债务的原因发生在{party.departed_lp}退伙之后（退伙：{date.departed_lp_exit_date}；债务发生：{date.debt_date}），其对这笔债务不承担责任。",
                "The debt's cause came after the {party.departed_lp} left (exit: {date.departed_lp_exit_date}; debt arose: {date.debt_date}); they are not liable for it.",
            ),
            self_=T(
                "这笔债务的原因发生在你退伙之后（退伙：{date.departed_lp_exit_date}；债务发生：{date.debt_date}），你对它不承担责任。",
                "The debt's cause came after you left (exit: {date.departed_lp_exit_date}; debt arose: {date.debt_date}): you are not liable for it.",
            ),
            other=T(
                "{party.departed_lp}在债务原因发生前已经退伙，不承担责任。",
                "The {party.departed_lp} left before the debt's cause and are not liable.",
            ),
            findings=[
                finding(
                    "不承担责任",
                    T(
                        "{party.departed_lp}：对这笔债务不承担责任（被免除的一方）",
                        "the {party.departed_lp}: not liable for this debt (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "这笔合伙企业债务，尚欠" + DEBT,
                        "this debt of the enterprise (" + DEBT + ")",
                    ),
                    NO_ORDER,
                    [C(PEL, 81)],
                )
            ],
            remaining=T(
                "这笔债务仍由{party.firm}以其财产清偿；不足的部分，由普通合伙人承担无限连带责任。",
                "The {party.firm} still owes this debt; what its property cannot pay falls on the general partners, jointly and without limit.",
            ),
            cred_steps=[
                T(
                    "把请求集中于{party.firm}和普通合伙人。",
                    "Direct the claim at the {party.firm} and its general partners.",
                )
            ],
            self_steps=[
                T(
                    "保存退伙协议和变更登记材料。",
                    "Keep the exit agreement and change registration.",
                )
            ],
            evidence=[ev_exit_lp],
            defences=[
                T(
                    "这笔债务的原因发生在你退伙之后（合伙企业法第81条）。",
                    "The debt's cause came after your exit (Partnership Enterprise Law art. 81).",
                )
            ],
            next_node="p_gp_to_lp",
        )
    )

    # P-I, P-I3, P-E5: a general partner who became a limited partner (art. 84).
    ev_conversion = item(
        T(
            "转变身份的全体合伙人决定和变更登记材料，载明转变的日期",
            "The partners' decision and the change registration showing when the conversion took place",
        )
    )
    add(
        position_node(
            "f_gp_to_lp_liable",
            "P-I",
            T(
                "转为有限合伙人的原普通合伙人，对其作为普通合伙人期间的债务承担无限连带责任",
                "A general partner who became a limited partner answers without limit for debts from his time as general partner",
            ),
            position="gp_to_lp",
            several="conversion_date",
            cred=T(
                "这笔债务发生在{party.gp_to_lp}仍是普通合伙人的期间（债务发生：{date.debt_date}；转为有限合伙人：{date.conversion_date}），其仍承担无限连带责任。",
                "The debt arose while the {party.gp_to_lp} were still general partners (debt arose: {date.debt_date}; became limited partners: {date.conversion_date}); they remain jointly liable without limit.",
            ),
            self_=T(
                "这笔债务发生在你仍是普通合伙人的期间（债务发生：{date.debt_date}；转为有限合伙人：{date.conversion_date}），你虽已转为有限合伙人，仍对它承担无限连带责任。",
                "The debt arose while you were still a general partner (debt arose: {date.debt_date}; became limited partner: {date.conversion_date}): although you are now a limited partner, you remain jointly liable without limit.",
            ),
            other=T(
                "{party.gp_to_lp}对其作为普通合伙人期间发生的这笔债务，承担无限连带责任。",
                "The {party.gp_to_lp} are liable without limit for this debt from their time as general partners.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.gp_to_lp}", "the {party.gp_to_lp}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    [C(PEL, 84)],
                    sublabel=T(
                        "无限连带责任：作为普通合伙人期间发生的债务",
                        "unlimited joint liability: a debt from his time as general partner",
                    ),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "调取变更登记材料，核实{party.gp_to_lp}转为有限合伙人的日期。",
                    "Obtain the change registration to confirm when the {party.gp_to_lp} converted.",
                )
            ],
            evidence=[ev_conversion, EV_CONTRACT],
            next_node="p_lp_to_gp",
        )
    )
    add(
        position_node(
            "f_gp_to_lp_depends",
            "P-I3",
            T(
                "转为有限合伙人的原普通合伙人：取决于债务发生与转变的先后",
                "A general partner turned limited partner: depends on which came first",
            ),
            position="gp_to_lp",
            cred=T(
                "无法确定这笔债务是否发生在{party.gp_to_lp}转为有限合伙人之前（债务发生：{date.debt_date}；转变：{date.conversion_date}）。之前发生的，其承担无限连带责任；之后发生的，只以认缴出资额为限。",
                "It cannot be told whether the debt arose before the {party.gp_to_lp} converted (debt arose: {date.debt_date}; converted: {date.conversion_date}). If before, they answer without limit; if after, only up to their subscription.",
            ),
            self_=T(
                "无法确定这笔债务是否发生在你转为有限合伙人之前（债务发生：{date.debt_date}；转变：{date.conversion_date}）。之前发生的，你承担无限连带责任；之后发生的，只以认缴出资额为限。",
                "It cannot be told whether the debt arose before you converted (debt arose: {date.debt_date}; converted: {date.conversion_date}). If before, you answer without limit; if after, only up to your subscription.",
            ),
            other=T(
                "{party.gp_to_lp}的责任取决于债务发生与其转变身份的先后。",
                "The {party.gp_to_lp}'s liability depends on which came first.",
            ),
            findings=mixed_findings(
                finding(
                    "连带责任",
                    T("{party.gp_to_lp}", "the {party.gp_to_lp}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    [C(PEL, 84)],
                    sublabel=T(
                        "若债务发生在其作为普通合伙人期间",
                        "if the debt arose while he was a general partner",
                    ),
                ),
                flag=A("conversion_several", "yes"),
                last="conversion_date_last",
                liable_who=T(
                    "{party.gp_to_lp}中债务发生时仍是普通合伙人的人",
                    "those of the {party.gp_to_lp} still general partners when the debt arose",
                ),
                liable_sub=T(
                    "逐人核对：债务发生后才转为有限合伙人的人",
                    "person by person: those who converted after the debt arose",
                ),
                other_label="有限责任",
                other_who=T(
                    "{party.gp_to_lp}中债务发生前已经转为有限合伙人的人",
                    "those of the {party.gp_to_lp} who had converted before the debt arose",
                ),
                other_sub=T(
                    "逐人核对：债务发生前已经转变的人；有限责任，不是连带责任",
                    "person by person: those who had converted before; limited, not joint and several, liability",
                ),
                other_scope=T("以认缴的出资额为限", "Up to the subscribed contribution"),
                other_order=T(
                    "这不是连带责任；先以合伙企业财产清偿",
                    "Not joint and several liability; the enterprise's property pays first",
                ),
                other_basis=[C(PEL, 2, 3)],
            ),
            variants=[
                variant(
                    T(
                        "{party.gp_to_lp}转为有限合伙人的日期不同（债务发生：{date.debt_date}；最早转变：{date.conversion_date}；最晚转变：{date.conversion_date_last}）：债务发生时仍是普通合伙人的，承担无限连带责任；已经转为有限合伙人的，只以认缴出资额为限。请逐人核对。",
                        "The {party.gp_to_lp} converted on different days (debt arose: {date.debt_date}; first: {date.conversion_date}; last: {date.conversion_date_last}): those still general partners when the debt arose answer without limit; those already limited partners only up to their subscription. Check each.",
                    ),
                    CRED,
                    A("conversion_several", "yes"),
                )
            ],
            warnings=[
                warning(
                    "missing_fact",
                    T(
                        "结论取决于债务发生与转变身份的确切日期。",
                        "The conclusion depends on the exact days of the debt and of the conversion.",
                    ),
                ),
                several_warning(
                    A("conversion_several", "yes"),
                    T(
                        "几人转变身份的日期不同：要逐人比较其转变的日期与债务发生的日期（{date.debt_date}），结论因人而异。",
                        "Several converted on different days: compare each one's date with the day the debt arose ({date.debt_date}); the result differs from person to person.",
                    ),
                ),
            ],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "核实{party.gp_to_lp}转为有限合伙人的日期。",
                    "Verify when the {party.gp_to_lp} converted.",
                )
            ],
            self_steps=[
                T("找出转变身份生效日期的证明。", "Find proof of when your conversion took effect.")
            ],
            evidence=[ev_conversion, EV_CONTRACT],
            next_node="p_lp_to_gp",
        )
    )
    add(
        position_node(
            "f_gp_to_lp_limited",
            "P-E5",
            T(
                "转为有限合伙人后发生的债务：以认缴出资额为限",
                "A debt after the conversion to limited partner: up to the subscription",
            ),
            position="gp_to_lp",
            several="conversion_date",
            cred=T(
                "这笔债务发生在{party.gp_to_lp}转为有限合伙人之后（转变：{date.conversion_date}；债务发生：{date.debt_date}），其只以认缴出资额为限承担有限责任，不是连带责任。",
                "The debt arose after the {party.gp_to_lp} became limited partners (converted: {date.conversion_date}; debt arose: {date.debt_date}); they answer only up to their subscription — limited, not joint and several.",
            ),
            self_=T(
                "这笔债务发生在你转为有限合伙人之后（转变：{date.conversion_date}；债务发生：{date.debt_date}），你只以认缴出资额为限承担责任，不承担连带责任。",
                "The debt arose after you became a limited partner (converted: {date.conversion_date}; debt arose: {date.debt_date}); you answer only up to your subscription, not jointly.",
            ),
            other=T(
                "{party.gp_to_lp}对这笔债务只以认缴出资额为限承担责任。",
                "The {party.gp_to_lp} answer for this debt only up to their subscriptions.",
            ),
            findings=[
                finding(
                    "有限责任",
                    T("{party.gp_to_lp}", "the {party.gp_to_lp}"),
                    TO_CREDITOR,
                    T("以认缴的出资额为限", "Up to the subscribed contribution"),
                    T(
                        "这不是连带责任；先以合伙企业财产清偿",
                        "Not joint and several liability; the enterprise's property pays first",
                    ),
                    [C(PEL, 2, 3)],
                    sublabel=T(
                        "有限责任，不是连带责任", "limited liability, not joint and several"
                    ),
                )
            ],
            warnings=[w_lp_direct, w_lp_direct_def],
            cred_steps=[
                T(
                    "查询登记信息中{party.gp_to_lp}的认缴出资额和实缴情况。",
                    "Look up the {party.gp_to_lp}'s subscription and paid-in contribution.",
                )
            ],
            evidence=[ev_conversion, EV_REGISTRY],
            defences=[
                T(
                    "这笔债务发生在你转为有限合伙人之后，你只以认缴出资额为限承担责任（合伙企业法第2条第3款）。",
                    "The debt arose after you became a limited partner: you answer only up to your subscription (Partnership Enterprise Law art. 2(3)).",
                )
            ],
            next_node="p_lp_to_gp",
        )
    )
    # P-I2: a limited partner who became a general partner (art. 83).
    add(
        position_node(
            "f_lp_to_gp",
            "P-I2",
            T(
                "转为普通合伙人的原有限合伙人承担无限连带责任，包括其作为有限合伙人期间的债务",
                "A limited partner who became a general partner answers without limit, also for debts from his time as limited partner",
            ),
            position="lp_to_gp",
            cred=T(
                "{party.lp_to_gp}已转为普通合伙人：对{party.firm}的债务承担无限连带责任，其作为有限合伙人期间发生的债务也不例外。",
                "The {party.lp_to_gp} have become general partners: they answer for the {party.firm}'s debts jointly and without limit, including debts from their time as limited partners.",
            ),
            self_=T(
                "你已转为普通合伙人，对{party.firm}的债务承担无限连带责任，你作为有限合伙人期间发生的债务也不例外；你多付的部分可以向其他合伙人追偿。",
                "You have become a general partner and answer for the {party.firm}'s debts jointly and without limit, including those from your time as limited partner; you may recover what you pay beyond your share.",
            ),
            other=T(
                "{party.lp_to_gp}已转为普通合伙人，承担无限连带责任。",
                "The {party.lp_to_gp} have become general partners and are liable.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.lp_to_gp}", "the {party.lp_to_gp}"),
                    TO_CREDITOR,
                    SCOPE_REG,
                    ORDER_REG,
                    [C(PEL, 83), C(PEL, 2, 3), C(PEL, 39)],
                    sublabel=T(
                        "无限连带责任，包括其作为有限合伙人期间发生的债务",
                        "unlimited joint liability, including debts from his time as limited partner",
                    ),
                )
            ],
            warnings=[W_NOT_SHOWN, W_NOT_SHOWN_DEF],
            recourse=[REC_40],
            cred_steps=[
                T(
                    "调取变更登记材料，确认{party.lp_to_gp}已转为普通合伙人。",
                    "Obtain the change registration confirming the {party.lp_to_gp} became general partners.",
                )
            ],
            evidence=[ev_conversion, EV_CONTRACT],
            next_node="p_at_fault",
        )
    )

    # P-G … P-G4: a special general partnership's debt caused by intent or gross negligence.
    fault_basis = [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL), C(PEL, 38)]
    fault_order = T(
        "先以合伙企业的财产（包括执业风险基金和职业保险赔款）清偿；不足的部分由有过错的合伙人承担",
        "The firm's property (including its professional risk fund and insurance) pays first; what remains falls on the partner(s) at fault",
    )
    fault_scope = T(
        "合伙企业财产不足清偿的部分，以个人全部财产承担；尚欠债务：" + DEBT,
        "What the firm's property cannot pay, with all personal property (debt outstanding: "
        + DEBT
        + ")",
    )
    w_fault_dissolved = warning(
        "contested",
        T(
            "合伙企业已被宣告破产或者已经注销。此后无过错的合伙人是否仍只以其财产份额为限承担责任，法律没有明文规定，有争议。",
            "The firm has been declared bankrupt or deregistered. Whether the partners not at fault then still answer only with their share is not settled by statute; contested.",
        ),
        when=DISSOLVED,
        basis=[C(PEL, 57, 1), C(PEL, 91, when=DEREGISTERED), C(PEL, 92, 2, when=BANKRUPT)],
    )
    D_NOT_GROSS = T(
        "你可以主张自己只是一般过失，不是故意或者重大过失：这样这笔债务属于执业中非因故意或者重大过失造成的债务，由全体合伙人承担无限连带责任（合伙企业法第57条第2款），你清偿超过自己份额的，可以向其他合伙人追偿。是否构成重大过失，由法院根据执业准则认定。",
        "You may argue that you were merely careless, not intentional or grossly negligent: the debt is then one not caused by intent or gross negligence, borne by all partners jointly without limit (Partnership Enterprise Law art. 57(2)), and you may recover from the others what you pay beyond your share. Whether the negligence was gross is for the court, measured against the professional standards.",
    )
    W_AUDIT = warning(
        "unverified",
        T(
            "如果这笔债务来自会计师事务所的审计业务：按照最高人民法院关于审理涉及会计师事务所在审计业务活动中民事侵权赔偿案件的若干规定（请律师核对原文），事务所只有过失的，一般按其过失程度承担相应的赔偿责任，而不是对全部损失负责；有故意的，才与被审计单位承担连带责任。请核对这一规定与本案是否适用。",
            "If this debt comes from an accounting firm's audit work: under the SPC provisions on civil tort compensation cases involving accounting firms' audit activities (have a lawyer check the text), a firm that was only negligent is generally liable in proportion to its fault, not for the whole loss; only intent makes it jointly liable with the audited entity. Check whether those provisions fit this case.",
        ),
        when=A("kind", "special"),
    )
    rec_58 = item(
        T(
            "合伙企业以其财产对外承担责任后，有过错的合伙人应当按照合伙协议的约定赔偿合伙企业的损失（合伙企业法第58条）。",
            "After the firm has paid from its property, the partner at fault must compensate the firm's loss as the partnership agreement provides (Partnership Enterprise Law art. 58).",
        ),
        "any",
    )
    step_fund = T(
        "询问{party.firm}的执业风险基金和职业保险，要求其先行赔付。",
        "Ask about the {party.firm}'s professional risk fund and liability insurance, and claim on them first.",
    )
    ev_fault = item(
        T(
            "证明执业中故意或者重大过失的材料（工作底稿、报告、行业协会或者监管部门的认定）",
            "Proof of intent or gross negligence in the professional work (working papers, the report, findings of the professional body or regulator)",
        )
    )
    add(
        position_node(
            "f_fault_one",
            "P-G",
            T(
                "一个合伙人执业中故意或者重大过失造成的债务：由他一人承担无限责任",
                "A debt caused by one partner's intent or gross negligence: he alone answers without limit",
            ),
            position="at_fault",
            cred=T(
                "这笔债务是{party.at_fault}一人在执业活动中因故意或者重大过失造成的：{party.firm}财产不足清偿的部分，由他以个人全部财产承担无限责任。这是他一个人的责任，不是连带责任；其他合伙人只以其在合伙企业中的财产份额为限承担责任。",
                "The debt was caused by the {party.at_fault} alone, by intent or gross negligence in professional work: what the {party.firm}'s property cannot pay, he answers for with all he owns. This is his liability alone, not joint and several; the other partners answer only with their share in the firm's property.",
            ),
            self_=T(
                "这笔债务是你在执业活动中因故意或者重大过失造成的，而且只有你一人有过错：{party.firm}财产不足清偿的部分，由你以个人全部财产承担无限责任，其他合伙人不与你连带；{party.firm}对外清偿后，还可以按合伙协议要求你赔偿其损失。",
                "The debt was caused by your intent or gross negligence in professional work, and by you alone: what the {party.firm}'s property cannot pay, you answer for with all you own; the other partners are not jointly liable with you, and the firm may claim its loss from you under the partnership agreement.",
            ),
            other=T(
                "这笔债务是{party.at_fault}一人执业中的故意或者重大过失造成的，由他一人承担无限责任；你不与他承担连带责任。",
                "The debt was caused by the {party.at_fault} alone; he answers without limit, and you are not jointly liable with him.",
            ),
            findings=[
                finding(
                    "无限责任",
                    T(
                        "{party.at_fault}（只有他一人有过错）",
                        "the {party.at_fault} (the only partner at fault)",
                    ),
                    TO_CREDITOR,
                    fault_scope,
                    T(
                        "先以合伙企业的财产（包括执业风险基金和职业保险赔款）清偿；不足的部分由他一人承担，其他合伙人不与他连带",
                        "The firm's property (including its risk fund and insurance) pays first; what remains falls on him alone, not jointly with the others",
                    ),
                    fault_basis,
                    sublabel=T("一人承担，不是连带责任", "alone, not joint and several"),
                )
            ],
            warnings=[w_fault_dissolved, W_AUDIT],
            recourse=[rec_58],
            cred_steps=[
                step_fund,
                T(
                    "收集证明{party.at_fault}执业中故意或者重大过失的证据。",
                    "Gather proof of the {party.at_fault}'s intent or gross negligence.",
                ),
            ],
            self_steps=[
                T(
                    "核实是否确实只有你一人有过错；其他合伙人也有故意或者重大过失的，由有过错的合伙人承担无限连带责任，你可以向他们追偿。",
                    "Check whether you really were the only one at fault; if other partners were too, those at fault share the liability jointly and you may recover from them.",
                )
            ],
            evidence=[ev_fault, EV_CONTRACT, EV_REGISTRY],
            defences=[
                T(
                    "合伙企业的财产（包括执业风险基金、职业保险）应当先用于清偿；你承担的只是其不足的部分。",
                    "The firm's property, including its risk fund and insurance, must pay first; you answer only for what remains.",
                ),
                D_NOT_GROSS,
            ],
            next_node="p_others",
        )
    )
    add(
        position_node(
            "f_fault_several",
            "P-G2",
            T(
                "数个合伙人执业中故意或者重大过失造成的债务：有过错的合伙人承担无限连带责任",
                "A debt caused by several partners' intent or gross negligence: those at fault are jointly liable without limit",
            ),
            position="at_fault",
            cred=T(
                "这笔债务是{party.at_fault}在执业活动中因故意或者重大过失共同造成的：{party.firm}财产不足清偿的部分，他们承担无限连带责任，你可以要求其中任何一人清偿全部；其他合伙人只以其在合伙企业中的财产份额为限。",
                "The debt was caused by the {party.at_fault} by intent or gross negligence in professional work: what the {party.firm}'s property cannot pay, they answer for jointly and without limit, and you may ask any one of them for the whole; the other partners answer only with their share.",
            ),
            self_=T(
                "这笔债务是你和其他有过错的合伙人在执业中因故意或者重大过失造成的：你们对{party.firm}财产不足清偿的部分承担无限连带责任；你多付的部分可以向其他有过错的合伙人追偿。",
                "The debt was caused by you and other partners at fault: together you answer jointly and without limit for what the {party.firm}'s property cannot pay; you may recover what you pay beyond your share from the others at fault.",
            ),
            other=T(
                "{party.at_fault}对这笔债务承担无限连带责任；你不与他们连带。",
                "The {party.at_fault} are jointly liable without limit for this debt; you are not liable jointly with them.",
            ),
            findings=[
                finding(
                    "连带责任",
                    T("{party.at_fault}", "the {party.at_fault}"),
                    TO_CREDITOR,
                    fault_scope,
                    fault_order,
                    fault_basis,
                    sublabel=T(
                        "无限连带责任（有过错的合伙人之间）",
                        "unlimited joint liability (among the partners at fault)",
                    ),
                )
            ],
            warnings=[w_fault_dissolved, W_AUDIT],
            recourse=[rec_58, REC_40],
            cred_steps=[
                step_fund,
                T(
                    "收集证明{party.at_fault}执业中故意或者重大过失的证据。",
                    "Gather proof of the {party.at_fault}'s intent or gross negligence.",
                ),
            ],
            evidence=[ev_fault, EV_CONTRACT, EV_REGISTRY],
            defences=[
                T(
                    "合伙企业的财产（包括执业风险基金、职业保险）应当先用于清偿。",
                    "The firm's property, including its risk fund and insurance, must pay first.",
                ),
                D_NOT_GROSS,
            ],
            next_node="p_others",
        )
    )
    add(
        position_node(
            "f_fault_unknown",
            "P-G3",
            T(
                "执业中故意或者重大过失造成的债务：有过错者是一人还是数人待核实",
                "A debt caused by intent or gross negligence: whether one or several partners were at fault is to verify",
            ),
            position="at_fault",
            cred=T(
                "这笔债务是{party.at_fault}在执业中因故意或者重大过失造成的，但尚不清楚有过错的是一人还是数人：一人的，由他承担无限责任；数人的，由他们承担无限连带责任。其他合伙人只以其在合伙企业中的财产份额为限。",
                "The debt was caused by the {party.at_fault}'s intent or gross negligence, but it is not known whether one or several were at fault: one answers alone without limit; several answer jointly without limit. The other partners answer only with their share.",
            ),
            self_=T(
                "这笔债务是有过错的合伙人执业中造成的，尚不清楚有过错的是你一人还是数人：只有你一人的，你承担无限责任；数人的，你们承担无限连带责任。",
                "The debt was caused by the fault of partners including you; it is not known whether you alone or several: alone, you answer without limit; several, you answer jointly without limit.",
            ),
            other=T(
                "有过错的{party.at_fault}承担无限责任或者无限连带责任；你不与他们连带。",
                "The {party.at_fault} answer without limit, alone or jointly; you are not liable jointly with them.",
            ),
            findings=[
                finding(
                    "无限责任",
                    T("{party.at_fault}", "the {party.at_fault}"),
                    TO_CREDITOR,
                    fault_scope,
                    fault_order,
                    fault_basis,
                    sublabel=T(
                        "若只有一人有过错：一人承担，不是连带责任",
                        "if only one partner was at fault: alone, not joint and several",
                    ),
                    depends_on=["fault_count"],
                ),
                finding(
                    "连带责任",
                    T("{party.at_fault}", "the {party.at_fault}"),
                    TO_CREDITOR,
                    fault_scope,
                    fault_order,
                    fault_basis,
                    sublabel=T(
                        "若有数人有过错：无限连带责任",
                        "if several were at fault: unlimited joint liability",
                    ),
                    depends_on=["fault_count"],
                ),
            ],
            warnings=[
                warning(
                    "missing_fact",
                    T(
                        "有过错的合伙人是一人还是数人，决定是无限责任还是无限连带责任。",
                        "Whether one or several partners were at fault decides between liability alone and joint liability.",
                    ),
                ),
                w_fault_dissolved,
                W_AUDIT,
            ],
            recourse=[rec_58],
            cred_steps=[
                step_fund,
                T(
                    "查明哪些合伙人参与了造成损害的执业活动。",
                    "Establish which partners took part in the work that caused the harm.",
                ),
            ],
            evidence=[ev_fault, EV_CONTRACT, EV_REGISTRY],
            defences=[
                T(
                    "合伙企业的财产（包括执业风险基金、职业保险）应当先用于清偿。",
                    "The firm's property, including its risk fund and insurance, must pay first.",
                ),
                D_NOT_GROSS,
            ],
            next_node="p_others",
        )
    )
    add(
        position_node(
            "f_others",
            "P-G4",
            T(
                "无过错的合伙人以其在合伙企业中的财产份额为限承担责任",
                "The partners not at fault answer only with their share in the firm's property",
            ),
            position="others",
            cred=T(
                "{party.others}对这笔债务没有过错，只以其在{party.firm}中的财产份额为限承担有限责任，不是连带责任：他们个人的其他财产不受追及。",
                "The {party.others} were not at fault and answer only with their share in the {party.firm}'s property — limited, not joint and several, liability: their other property is out of reach.",
            ),
            self_=T(
                "这笔债务是其他合伙人执业中的故意或者重大过失造成的，你没有过错：你只以你在{party.firm}中的财产份额为限承担责任，不承担连带责任，你个人的其他财产不受追及。",
                "The debt was caused by other partners' intent or gross negligence, not by you: you answer only with your share in the {party.firm}'s property, not jointly, and your other property is out of reach.",
            ),
            other=T(
                "{party.others}没有过错，只以其在合伙企业中的财产份额为限承担责任。",
                "The {party.others} were not at fault and answer only with their share in the firm's property.",
            ),
            findings=[
                finding(
                    "有限责任",
                    T("{party.others}", "the {party.others}"),
                    TO_CREDITOR,
                    T("以其在合伙企业中的财产份额为限", "Up to their share in the firm's property"),
                    T(
                        "这不是连带责任；合伙企业的财产先用于清偿",
                        "Not joint and several liability; the firm's property pays first",
                    ),
                    [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL)],
                    sublabel=T(
                        "以在合伙企业中的财产份额为限", "up to the share in the firm's property"
                    ),
                )
            ],
            warnings=[w_fault_dissolved],
            cred_steps=[
                T(
                    "把请求集中于{party.firm}的财产和有过错的合伙人。",
                    "Direct the claim at the {party.firm}'s property and the partners at fault.",
                )
            ],
            self_steps=[
                T(
                    "收集证明这笔债务由其他合伙人执业中的故意或者重大过失造成、你没有参与的材料。",
                    "Gather proof that other partners' intent or gross negligence caused the debt and that you took no part.",
                )
            ],
            evidence=[ev_fault, EV_REGISTRY],
            defences=[
                T(
                    "这笔债务是其他合伙人在执业中因故意或者重大过失造成的，你只以你在合伙企业中的财产份额为限承担责任（合伙企业法第57条第1款）。",
                    "The debt was caused by other partners' intent or gross negligence in professional work: you answer only with your share in the firm's property (Partnership Enterprise Law art. 57(1)).",
                )
            ],
            next_node="p_investor",
        )
    )

    # P-D2, P-N, P-N2, P-N3: someone who says he only put in money for a fixed return.
    investor_free_basis = investor_basis("debt_date")
    u_basis_only = [dict(c, when=ALL(UNREG, c["when"])) for c in U_BASIS]
    as_partner_basis = [
        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
        C(PEL, 2, 3, when=LIMITED),
        C(PEL, 39, when=REGISTERED),
        *u_basis_only,
    ]
    liable_inv = T("{party.investor}", "the {party.investor}")
    scope_any = T(
        "全部债务，以个人全部财产承担；尚欠债务：" + DEBT,
        "The whole debt (outstanding: " + DEBT + "), with all personal property",
    )
    w_loan = warning(
        "contested",
        T(
            "名为投资、实为借贷的认定，看约定的实质：是否只拿固定回报、不分担亏损，是否参与经营，是否登记为合伙人或者对外以合伙人身份出现。法院会综合判断。",
            'Whether an "investment" is really a loan turns on the substance: a fixed return with no share in losses, no part in the business, not registered or presented as a partner. Courts weigh it all.',
        ),
    )
    w_lp_registered = warning(
        "caution",
        T(
            "在有限合伙企业中登记为有限合伙人的，只以认缴出资额为限承担责任。",
            "Someone registered as a limited partner of a limited partnership answers only up to his subscription.",
        ),
        when=LIMITED,
        basis=[C(PEL, 2, 3)],
    )
    ev_investment = item(
        T(
            "出资或者借款的协议、收款凭证和回报支付记录",
            "The investment or loan agreement, receipts and records of the returns paid",
        )
    )
    add(
        position_node(
            "f_claimed_investor_free",
            "P-D2",
            T(
                "只拿固定回报、不分担亏损的出资人不是合伙人，不承担责任",
                "A fixed-return investor who bears no losses is not a partner and not liable",
            ),
            position="investor",
            cred=T(
                "{party.investor}只约定拿固定回报、不分担亏损，也没有登记为合伙人或者对外以合伙人身份出现：他不是合伙人，对这笔合伙债务不承担责任；他出的钱通常被认定为借款。",
                "The {party.investor} agreed only to a fixed return, bears no losses and was neither registered nor presented as a partner: he is not a partner and not liable for this debt; his money is usually treated as a loan.",
            ),
            self_=T("", ""),
            other=T(
                "{party.investor}只拿固定回报、不分担亏损，不是合伙人，不对合伙债务承担责任。",
                "The {party.investor} takes a fixed return and bears no losses; he is not a partner and does not answer for the partnership's debt.",
            ),
            findings=[
                finding(
                    "不承担责任",
                    T(
                        "{party.investor}：不作为合伙人对这笔债务承担责任（被免除的一方）",
                        "the {party.investor}: not liable for this debt as a partner (released)",
                    ),
                    TO_CREDITOR,
                    T("这笔合伙债务，尚欠" + DEBT, "this partnership debt (" + DEBT + ")"),
                    NO_ORDER,
                    investor_free_basis,
                )
            ],
            remaining=T(
                "这笔债务仍由合伙及其合伙人依各自的规则承担；出资人对合伙享有的，是借款债权。",
                "The partnership and its partners still owe this debt under their own rules; the investor holds a loan claim against the partnership.",
            ),
            warnings=[w_loan],
            cred_steps=[
                T(
                    "查明{party.investor}是否分享利润、分担亏损，是否登记或者对外以合伙人身份出现。",
                    "Find out whether the {party.investor} shares profit and loss, and whether he was registered or presented as a partner.",
                )
            ],
            evidence=[ev_investment],
            next_node="to_result",
        )
    )
    add(
        position_node(
            "f_claimed_investor_registered",
            "P-N",
            T(
                "约定固定回报、但登记为合伙人或者对外以合伙人身份出现的人：对外可能按合伙人承担",
                "A fixed-return investor registered or presented as a partner: may answer as a partner to outsiders",
            ),
            position="investor",
            cred=T(
                "{party.investor}虽然与合伙人约定只拿固定回报，但登记为合伙人或者对外以合伙人身份出现：内部约定不能对抗信赖登记或者其表示的债权人，你可以要求他作为合伙人承担责任，但这一点有争议。",
                "The {party.investor} agreed internally to a fixed return, but was registered or presented as a partner: the internal agreement does not bind a creditor who relied on the register or on how he presented himself, and you may hold him liable as a partner — a contested point.",
            ),
            self_=T("", ""),
            other=T(
                "{party.investor}对外可能被认定为合伙人，作为合伙人承担责任（有争议）。",
                "The {party.investor} may be treated as a partner towards outsiders and be liable as one (contested).",
            ),
            findings=order_split(
                finding(
                    "连带责任",
                    liable_inv,
                    TO_CREDITOR,
                    scope_any,
                    ORDER_REG,
                    as_partner_basis,
                    sublabel=T(
                        "对外按合伙人承担（有争议）", "as a partner towards outsiders (contested)"
                    ),
                )
            ),
            warnings=[w_loan, w_lp_registered],
            cred_steps=[
                T(
                    "保存{party.investor}登记为合伙人或者对外以合伙人身份出现的证据。",
                    "Keep proof that the {party.investor} was registered or presented as a partner.",
                )
            ],
            evidence=[ev_investment, item(EV_REGISTRY["text"], "any", REGISTERED)],
            next_node="to_result",
        )
    )
    add(
        position_node(
            "f_claimed_investor_partner",
            "P-N2",
            T(
                "实际分享利润、分担亏损的“投资人”是合伙人",
                'An "investor" who shares profit and loss is a partner',
            ),
            position="investor",
            cred=T(
                "{party.investor}实际分享利润、分担亏损，虽然自称只是投资人，仍是合伙人，应当作为合伙人对这笔债务承担责任。",
                "The {party.investor} actually shares profit and loss; whatever he calls himself, he is a partner and answers for this debt as one.",
            ),
            self_=T("", ""),
            other=T(
                "{party.investor}实际分享利润、分担亏损，是合伙人，作为合伙人承担责任。",
                "The {party.investor} shares profit and loss and is a partner, liable as one.",
            ),
            findings=order_split(
                finding(
                    "连带责任",
                    liable_inv,
                    TO_CREDITOR,
                    scope_any,
                    ORDER_REG,
                    as_partner_basis,
                    sublabel=T("作为合伙人", "as a partner"),
                )
            ),
            warnings=[w_lp_registered],
            cred_steps=[
                T(
                    "保存{party.investor}分红、分担亏损或者参与经营的证据。",
                    "Keep proof that the {party.investor} took profits, bore losses or ran the business.",
                )
            ],
            evidence=[ev_investment],
            next_node="to_result",
        )
    )
    add(
        position_node(
            "f_claimed_investor_unknown",
            "P-N3",
            T(
                "自称投资人的人是否是合伙人，待核实",
                "Whether the self-styled investor is a partner is to verify",
            ),
            position="investor",
            cred=T(
                "尚不清楚{party.investor}与合伙人约定的是固定回报还是共担盈亏：共担盈亏（或者登记、对外表示为合伙人）的，他作为合伙人承担责任；只拿固定回报、不分担亏损的，他不承担责任。",
                "It is not known whether the {party.investor} agreed to a fixed return or to share profit and loss: sharing (or registered or presented as a partner), he answers as a partner; a fixed return with no share in losses, he is not liable.",
            ),
            self_=T("", ""),
            other=T(
                "{party.investor}是否是合伙人待核实。",
                "Whether the {party.investor} is a partner is to verify.",
            ),
            findings=[
                *order_split(
                    finding(
                        "连带责任",
                        liable_inv,
                        TO_CREDITOR,
                        scope_any,
                        ORDER_REG,
                        as_partner_basis,
                        sublabel=T(
                            "若其分享利润、分担亏损，或者登记、对外表示为合伙人",
                            "if he shares profit and loss, or was registered or presented as a partner",
                        ),
                        depends_on=["claimed_investor_terms"],
                    )
                ),
                finding(
                    "不承担责任",
                    T(
                        "{party.investor}：若只拿固定回报、不分担亏损，不作为合伙人承担责任",
                        "the {party.investor}: if he takes only a fixed return and bears no losses, not liable as a partner",
                    ),
                    TO_CREDITOR,
                    T("这笔合伙债务，尚欠" + DEBT, "this partnership debt (" + DEBT + ")"),
                    NO_ORDER,
                    investor_free_basis,
                    sublabel=T("若只拿固定回报", "if only a fixed return"),
                    depends_on=["claimed_investor_terms"],
                ),
            ],
            warnings=[w_loan, w_lp_registered],
            cred_steps=[
                T(
                    "查明{party.investor}的出资协议和实际分红、分担亏损的情况。",
                    "Find the {party.investor}'s agreement and whether he actually took profits or bore losses.",
                )
            ],
            evidence=[ev_investment],
            next_node="to_result",
        )
    )

    # P-D3: the client put in money for a fixed return and wants it back — a creditor.
    nodes.append(
        {
            "id": "f_investor_lender",
            "type": "finding",
            "code": "P-D3",
            "title": T(
                "只拿固定回报、不分担亏损的出资人不是合伙人，而是债权人",
                "A fixed-return investor who bears no losses is not a partner but a creditor",
            ),
            "summary": [
                {
                    "when": INC("investor_goal", "claimed"),
                    **T(
                        "你约定只拿固定回报、不分担亏损，也没有登记为合伙人或者对外以合伙人身份出现：你不是合伙人，{party.creditor}要求你作为合伙人还债的，你不承担责任。你出的钱通常被认定为借款，你是合伙的债权人，可以像其他债权人一样要求合伙及其合伙人还款；下面的金额、日期和期限都是你自己要回的这笔钱，与{party.creditor}的债务无关。",
                        "You agreed only to a fixed return, bear no losses and were neither registered nor presented as a partner: you are not a partner and not liable when the {party.creditor} asks you to pay as one. Your money is usually treated as a loan, so you are the partnership's creditor and may claim from it and its partners like any creditor; the amount, dates and deadlines below are those of your own money, not of the {party.creditor}'s debt.",
                    ),
                },
                T(
                    "你约定只拿固定回报、不分担亏损，也没有登记为合伙人或者对外以合伙人身份出现：你不是合伙人，不对合伙的债务负责；你出的钱通常被认定为借款，你是合伙的债权人，可以像其他债权人一样要求合伙及其合伙人还款。",
                    "You agreed only to a fixed return, bear no losses and were neither registered nor presented as a partner: you are not a partner and do not answer for the partnership's debts; your money is usually treated as a loan, so you are the partnership's creditor and may claim from it and its partners like any creditor.",
                ),
            ],
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "你（{party.investor}）：不作为合伙人对合伙的债务承担责任（被免除的一方）",
                        "you (the {party.investor}): not liable for the partnership's debts as a partner (released)",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "{party.creditor}向你主张的合伙债务，以及合伙的其他债务",
                        "the partnership debt the {party.creditor} claims from you, and its other debts",
                    ),
                    NO_ORDER,
                    investor_basis("debt_date"),
                    when=INC("investor_goal", "claimed"),
                ),
                finding(
                    "不承担责任",
                    T(
                        "你（{party.investor}）：不作为合伙人对合伙的债务承担责任",
                        "you (the {party.investor}): not liable for the partnership's debts as a partner",
                    ),
                    T(
                        "日后要求你作为合伙人还债的合伙债权人",
                        "any creditor of the partnership who may ask you to pay as a partner",
                    ),
                    T("合伙的债务", "the partnership's debts"),
                    NO_ORDER,
                    investor_basis("debt_date"),
                    when=NOT(INC("investor_goal", "claimed")),
                ),
            ],
            "remaining_liability": T(
                "合伙的债务由合伙人依各自的规则承担；你自己的借款债权，下面按合伙的债务分析。",
                "The partnership's debts fall on its partners under their own rules; your own loan claim is assessed below as a partnership debt.",
            ),
            "warnings": [
                w_loan,
                warning(
                    "caution",
                    T(
                        "你可以请求按约定的回报（利息）偿还，但约定的利率超过合同成立时一年期贷款市场报价利率四倍的部分不受保护。",
                        "You may claim the agreed return (interest), but any part of an agreed rate above four times the one-year loan prime rate at the contract's date is not protected.",
                    ),
                    when=ANY(
                        {"date": "debt_date", "on_or_after": "2020-08-20"}, UNKNOWN("debt_date")
                    ),
                    basis=[C("spc_private_lending_provisions", 25, 1)],
                ),
                warning(
                    "caution",
                    T(
                        "款项在2020年8月20日以前交付：到2020年8月19日为止的回报，可以请求按当时的民间借贷司法解释计算（请律师核对当时的利率上限）；自2020年8月20日起的部分，按起诉时的标准，即不超过合同成立时一年期贷款市场报价利率的四倍。",
                        "The money was paid before 2020-08-20: the return up to 2020-08-19 may be claimed under the private-lending interpretation of the time (have a lawyer check its cap); from 2020-08-20 the standard at the time of suit applies — no more than four times the one-year loan prime rate at the contract's date.",
                    ),
                    when={"date": "debt_date", "before": "2020-08-20"},
                    basis=[
                        C("spc_private_lending_provisions", 31, 2),
                        C("spc_private_lending_provisions", 25, 1),
                    ],
                ),
            ],
            "recourse": [],
            "next_steps": [
                item(
                    T(
                        "整理出资协议、付款凭证和已经收到的回报记录，计算尚欠的本金和回报。",
                        "Put together the agreement, proof of payment and the returns received, and work out the principal and returns still owed.",
                    )
                ),
                item(
                    T(
                        "{party.creditor}要求你作为合伙人还债的：答辩时提交出资协议和回报记录，说明你只拿固定回报、不分担亏损、不参与经营，没有登记为合伙人，也没有对外以合伙人身份出现，因此不是合伙人，不对合伙的债务负责。",
                        "If the {party.creditor} asks you to pay as a partner: in your defence, produce the agreement and the record of returns showing a fixed return, no share in losses, no part in the business, no registration or appearance as a partner — so you are not a partner and not liable for the partnership's debts.",
                    ),
                    "any",
                    INC("investor_goal", "claimed"),
                ),
            ],
            "evidence": [ev_investment],
            "next": "law_branch",
        }
    )
    return nodes


# --- the questions ----------------------------------------------------------------------


def choice(
    cid: str,
    label: Json,
    next_node: str,
    significance: Json | None = None,
    citations: list[Json] | None = None,
    unknown: bool = False,
) -> Json:
    c: Json = {"id": cid, "label": label, "next": next_node}
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    if unknown:
        c["unknown"] = True
    return c


def rule(
    when: Json,
    next_node: str,
    significance: Json | None = None,
    citations: list[Json] | None = None,
) -> Json:
    r: Json = {"when": when, "next": next_node}
    if significance is not None:
        r["significance"] = significance
    if citations:
        r["citations"] = citations
    return r


def branch(
    node_id: str, rules: list[Json], otherwise: str, otherwise_significance: Json | None = None
) -> Json:
    o: Json = {"next": otherwise}
    if otherwise_significance is not None:
        o["significance"] = otherwise_significance
    return {"id": node_id, "type": "branch", "rules": rules, "otherwise": o}


def date_q(
    node_id: str,
    text: Json,
    label: Json,
    next_node: str,
    evidence: list[Json],
    effect: Json | None = None,
    significance: Json | None = None,
    help_: Json | None = None,
) -> Json:
    q: Json = {
        "id": node_id,
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": text,
        "label": label,
    }
    if help_:
        q["help"] = help_
    if significance:
        q["significance"] = significance
    verify: Json = {"evidence": evidence}
    if effect:
        verify["effect"] = effect
    q["verify"] = verify
    q["next"] = next_node
    return q


def money_q(
    node_id: str,
    text: Json,
    label: Json,
    next_node: str,
    unknown: bool = False,
    evidence: list[Json] | None = None,
    effect: Json | None = None,
    significance: Json | None = None,
) -> Json:
    q: Json = {"id": node_id, "type": "money", "text": text, "label": label}
    if unknown:
        q["allow_unknown"] = True
        q["verify"] = {"evidence": evidence or []}
        if effect:
            q["verify"]["effect"] = effect
    if significance:
        q["significance"] = significance
    q["next"] = next_node
    return q


def SAME(q: str, other: str) -> Json:
    """Both dates the same day (which came first is then to verify)."""
    return ALL(
        {"date": q, "on_or_after": {"date": other}}, {"date": other, "on_or_after": {"date": q}}
    )


def several_dates(
    stem: str,
    *,
    party: str,
    first_text: Json,
    first_label: Json,
    several_text: Json,
    no_label: Json,
    yes_label: Json,
    last_text: Json,
    last_label: Json,
    evidence: list[Json],
    effect: Json,
    single_next: str,
    several_next: str,
    last_next: str,
    glossary: list[str] | None = None,
    help_why: Json | None = None,
) -> list[Json]:
    """The day of a position's change (joining, leaving, converting) for several people in it:
    the earliest day, whether anyone changed later, and then the latest day — the earliest and
    the latest decide whether the debt came before all, after all, or between them."""
    help_: Json = {
        "why": help_why
        or T(
            "几个人的日期不同的，先填最早的一个，下一题再填最晚的一个；两者之间发生的债务，要逐人比较。",
            "If several people's days differ, enter the earliest here and the latest next; for a debt between them, compare each person.",
        )
    }
    if glossary:
        help_["glossary"] = glossary
    first = date_q(
        f"{stem}_date",
        first_text,
        first_label,
        f"{stem}_several",
        evidence,
        effect,
        help_=help_,
    )
    several = {
        "id": f"{stem}_several",
        "type": "choice",
        "text": several_text,
        "help": {
            "why": T(
                "同一类中的几个人日期不同、结论可能不同时，工具比较最早和最晚的日期，并在结论中说明要逐人核对的部分。",
                "Where several people in one position have different days and the result may differ, the tool compares the earliest and the latest day and says in the result what to check person by person.",
            )
        },
        "choices": [
            choice("no", no_label, single_next),
            choice("yes", yes_label, several_next),
        ],
    }
    last = date_q(f"{stem}_date_last", last_text, last_label, last_next, evidence, effect)
    assert party
    return [first, several, last]


YES_NO_UNKNOWN = ("yes", "no", "unknown")
UNKNOWN_LABEL = T("不清楚 / 待核实", "Not known / to verify")


def question_nodes() -> list[Json]:
    n: list[Json] = []
    add = n.append
    add_all = n.extend
    add(
        {
            "id": "side",
            "type": "side",
            "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
            "help": {
                "why": T(
                    "同一笔合伙债务，对债权人、被要求还债的合伙人、多付了钱的合伙人和只拿固定回报的出资人，结论和该做的事都不同。",
                    "The same partnership debt means different things, and calls for different steps, for the creditor, a partner asked to pay, a partner who paid more than his share and a fixed-return investor.",
                )
            },
            "choices": [{"side": s["id"], "next": "kind"} for s in SIDES],
        }
    )
    add(
        {
            "id": "kind",
            "type": "choice",
            "text": T("这件事涉及的是哪一种合伙？", "What kind of partnership is it?"),
            "help": {
                "why": T(
                    "登记的合伙企业适用合伙企业法；没有登记的合伙适用民法典关于合伙合同的规定，2021年1月1日前发生的债务适用民法通则关于个人合伙的规定。登记情况可以在国家企业信用信息公示系统查询。",
                    "A registered partnership enterprise falls under the Partnership Enterprise Law; an unregistered partnership under the Civil Code's partnership-contract rules, or the General Principles' rules on individual partnerships for debts before 2021-01-01. Registration can be checked on the national enterprise credit information system.",
                ),
                "glossary": [
                    "general_partner",
                    "limited_partner",
                    "special_gp",
                    "contract_partnership",
                    "individual_business",
                    "guakao",
                ],
            },
            "choices": [
                choice(
                    "general",
                    T(
                        "登记的普通合伙企业（名称中有“普通合伙”）",
                        'A registered general partnership ("普通合伙" in the name)',
                    ),
                    "after_kind",
                    T(
                        "普通合伙企业的合伙人对合伙企业债务承担无限连带责任。",
                        "The partners of a general partnership are jointly liable without limit for its debts.",
                    ),
                    [C(PEL, 2, 2)],
                ),
                choice(
                    "special",
                    T(
                        "登记的特殊的普通合伙企业（名称中有“特殊普通合伙”，如会计师事务所）",
                        'A registered special general partnership ("特殊普通合伙" in the name, e.g. an accounting firm)',
                    ),
                    "after_kind",
                    T(
                        "特殊的普通合伙企业的合伙人按照合伙企业法第57条承担责任：执业过错造成的债务和其他债务不同。",
                        "A special general partnership's partners answer under art. 57: debts from professional fault differ from other debts.",
                    ),
                    [C(PEL, 55, 2), C(PEL, 57, 1), C(PEL, 57, 2)],
                ),
                choice(
                    "limited",
                    T(
                        "登记的有限合伙企业（名称中有“有限合伙”）",
                        'A registered limited partnership ("有限合伙" in the name)',
                    ),
                    "after_kind",
                    T(
                        "有限合伙企业的普通合伙人承担无限连带责任，有限合伙人以认缴出资额为限。",
                        "A limited partnership's general partners answer without limit, its limited partners up to their subscriptions.",
                    ),
                    [C(PEL, 2, 3)],
                ),
                choice(
                    "professional",
                    T(
                        "采用合伙制、但没有登记为合伙企业的专业服务机构（如合伙制律师事务所）",
                        "A professional firm in partnership form not registered as a partnership enterprise (e.g. a partnership law firm)",
                    ),
                    "professional_form",
                    T(
                        "非企业专业服务机构的合伙人可以适用特殊的普通合伙企业合伙人的责任规则。",
                        "The partners of a non-enterprise professional firm may answer under the rules for special general partnerships.",
                    ),
                    [C(PEL, 107)],
                ),
                choice(
                    "unregistered",
                    T(
                        "没有登记为合伙企业的合伙（只有合伙协议或者口头约定，旧称“个人合伙”）",
                        'A partnership not registered as an enterprise (only a written or oral agreement; the old law\'s "individual partnership")',
                    ),
                    "after_kind",
                    T(
                        "没有登记的合伙，合伙人对合伙债务承担连带责任；适用哪部法律取决于债务发生的日期。",
                        "In an unregistered partnership the partners are jointly liable for its debts; which law applies depends on when the debt arose.",
                    ),
                ),
                choice(
                    "not_partnership",
                    T(
                        "其实不是合伙：个体工商户的亲属或者帮工、领取工资的雇员、挂靠经营（借用他人名义）",
                        "Not a partnership at all: a relative or helper of an individual business, a salaried employee, or business done under someone else's name",
                    ),
                    "after_kind",
                    T(
                        "合伙须共享利益、共担风险；帮工、雇员和挂靠都不是合伙。",
                        "A partnership means sharing profit and risk; helpers, employees and borrowed names are not partnerships.",
                    ),
                ),
            ],
        }
    )
    add(
        {
            "id": "professional_form",
            "type": "choice",
            "text": T(
                "该专业服务机构采用哪种合伙形式？", "Which partnership form does the firm use?"
            ),
            "choices": [
                choice(
                    "special_form",
                    T("特殊的普通合伙形式", "Special general partnership form"),
                    "after_kind",
                    T(
                        "其合伙人的责任适用合伙企业法关于特殊的普通合伙企业的规定。",
                        "Its partners answer under the rules for special general partnerships.",
                    ),
                    [C(PEL, 107)],
                ),
                choice(
                    "ordinary_form",
                    T("普通合伙形式", "Ordinary partnership form"),
                    "after_kind",
                    T(
                        "其合伙人的责任依其专门法律确定，这里参照普通合伙企业的规则评估。",
                        "Its partners' liability is set by the firm's own statute; the rules for general partnerships are applied by analogy.",
                    ),
                ),
            ],
        }
    )
    # Every side is routed by a rule of its own, so that the sides reaching each result are
    # known (the validator follows side conditions; the last way on is never taken).
    add(
        branch(
            "after_kind",
            [
                rule(A("kind", "not_partnership"), "np_date"),
                rule(SIDE("payer"), "pay_amount"),
                rule(SIDE("investor"), "investor_terms"),
                rule(SIDE("creditor", "partner"), "debt_nature"),
            ],
            "np_date",
        )
    )
    # --- not a partnership
    add(
        date_q(
            "np_date",
            T(
                "这笔债务是什么时候发生的？（合同签订、借款交付或者侵权行为发生之日）",
                "When did the debt arise? (contract signed, loan paid out or tort committed)",
            ),
            T("债务发生之日", "the day the debt arose"),
            "not_partner_kind",
            [
                T(
                    "合同、借条或者侵权事实的证据，载明日期",
                    "The contract, IOU or proof of the tort, with its date",
                )
            ],
            T(
                "日期决定适用民法典还是当时的法律。",
                "The date decides whether the Civil Code or the law then in force applies.",
            ),
        )
    )
    add(
        {
            "id": "not_partner_kind",
            "type": "choice",
            "text": T(
                "被当作合伙人的人实际上是什么身份？",
                "What is the person taken for a partner really?",
            ),
            "choices": [
                choice(
                    "sole_trader",
                    T(
                        "个体工商户经营者的亲属或者帮工",
                        "A relative or helper of an individual business's operator",
                    ),
                    "out_not_partnership",
                    T(
                        "个体工商户的债务由经营者个人或者家庭财产承担，帮工不是合伙人。",
                        "An individual business's debts fall on the operator or the family; a helper is not a partner.",
                    ),
                    [
                        C(
                            CC,
                            56,
                            1,
                            when=ANY(
                                {"date": "np_date", "on_or_after": "2021-01-01"}, UNKNOWN("np_date")
                            ),
                        ),
                        C(
                            GPV,
                            56,
                            1,
                            when=ALL(
                                {"date": "np_date", "on_or_after": "2017-10-01"},
                                {"date": "np_date", "before": "2021-01-01"},
                            ),
                        ),
                    ],
                ),
                choice(
                    "employee",
                    T("领取工资或者提成的雇员", "An employee paid a wage or commission"),
                    "out_not_partnership",
                    T(
                        "雇员不分担经营风险，不是合伙人。",
                        "An employee bears no business risk and is not a partner.",
                    ),
                ),
                choice(
                    "guakao",
                    T(
                        "挂靠：他人借用当事人的资质或者名义经营",
                        "Guakao: someone else did business under this person's licence or name",
                    ),
                    "out_not_partnership",
                    T(
                        "挂靠不是合伙；被挂靠方是否承担责任由专门规则决定。",
                        "Guakao is not a partnership; whether the lending party is liable is for the specific rules.",
                    ),
                ),
            ],
        }
    )
    # --- what the debt is
    add(
        {
            "id": "debt_nature",
            "type": "choice",
            "text": T(
                "这笔债务是合伙的债务，还是某个合伙人自己的个人债务？",
                "Is this the partnership's debt, or a partner's own personal debt?",
            ),
            "help": {
                "why": T(
                    "以合伙名义或者为合伙经营发生的是合伙的债务；合伙人以个人名义欠下、与合伙无关的是他的个人债务，合伙和其他合伙人不负责。",
                    "A debt incurred in the partnership's name or for its business is the partnership's; a partner's own debt unrelated to it is his alone.",
                ),
                "glossary": ["personal_debt", "property_share"],
            },
            "choices": [
                # The personal debt comes first: the app's self-test walks the first choices, and only
                # this way needs no amount, history or multiple choice (widgets pending).
                choice(
                    "personal_debt",
                    T(
                        "某个合伙人与合伙无关的个人债务",
                        "A partner's personal debt unrelated to the partnership",
                    ),
                    "personal_side",
                    T(
                        "合伙人的个人债务不是合伙的债务。",
                        "A partner's personal debt is not the partnership's.",
                    ),
                ),
                choice(
                    "partnership_debt",
                    T(
                        "合伙的债务（以合伙名义或者为合伙经营发生）",
                        "The partnership's debt (in its name or for its business)",
                    ),
                    "debt_amount",
                ),
            ],
        }
    )
    add(branch("personal_side", [rule(SIDE("partner"), "personal_client")], "personal_amount"))
    add(
        {
            "id": "personal_client",
            "type": "choice",
            "text": T(
                "当事人是欠债的合伙人本人，还是其他合伙人？",
                "Is the client the partner who owes the debt, or another partner?",
            ),
            "help": {
                "why": T(
                    "欠债的合伙人本人要以个人财产清偿，他在合伙中的收益和财产份额也可以被用于清偿；其他合伙人和合伙本身不负责。",
                    "The indebted partner pays from his own property, and his profits and share in the partnership can be used too; the other partners and the partnership itself do not answer.",
                )
            },
            "choices": [
                choice(
                    "debtor",
                    T("欠债的合伙人本人", "The partner who owes the debt"),
                    "personal_amount",
                ),
                choice(
                    "other_partner",
                    T(
                        "其他合伙人（被要求替他还债，或者合伙财产被要求用于清偿）",
                        "Another partner (asked to pay for him, or the partnership's property is sought)",
                    ),
                    "personal_amount",
                ),
            ],
        }
    )
    add(
        money_q(
            "personal_amount",
            T(
                "这笔个人债务现在尚欠多少元？（本金、利息等合计）",
                "How much of this personal debt is still owed? (principal, interest)",
            ),
            T("尚欠的个人债务", "the personal debt outstanding"),
            "personal_debt_date",
            unknown=True,
            evidence=[
                T("借条、合同、转账或者还款记录", "The IOU, contract, transfers or repayments")
            ],
            effect=T(
                "金额不改变谁负责，只决定要清偿多少。",
                "The amount does not change who is liable, only how much is owed.",
            ),
        )
    )
    add(
        date_q(
            "personal_debt_date",
            T(
                "这笔个人债务是哪一天发生的？（借款交付、合同签订之日）",
                "When did this personal debt arise? (loan paid out, contract signed)",
            ),
            T("个人债务发生之日", "the day the personal debt arose"),
            "personal_due_date",
            [T("借条、合同或者转账记录，载明日期", "The IOU, contract or transfer, with the date")],
            T(
                "没有登记的合伙：2021年1月1日以前发生的债务，当时的法律对合伙人的债权人能否代位行使合伙人的权利没有规定，依民法典时间效力规定第3条适用民法典。",
                "Unregistered partnership: for a debt from before 2021-01-01 the law then in force said nothing on whether a partner's creditor may exercise the partner's rights, so the Civil Code applies under art. 3 of the SPC rules on its temporal effect.",
            ),
        )
    )
    add(
        date_q(
            "personal_due_date",
            T(
                "这笔个人债务何时到期？（约定的还款日；分期的，填最后一期）",
                "When did this personal debt fall due? (the agreed repayment day; for instalments, the last)",
            ),
            T("个人债务到期之日", "the personal debt's due date"),
            "personal_history",
            [T("借条或者合同中的还款日期", "The repayment date in the IOU or contract")],
            T(
                "诉讼时效从到期之日起计算；只知道月份的，最后一日是一个范围，应当按最早的一日行事；不清楚的，无法计算。",
                "Limitation runs from the due date; known only to the month, the last day is a range — act by the earliest; not known, it cannot be computed.",
            ),
            T("诉讼时效从这一天起计算。", "Limitation runs from this day."),
        )
    )
    add(
        {
            "id": "personal_history",
            "type": "events",
            "text": T(
                "到期以后发生了哪些事？（催告、借条或者确认欠款、部分还款、起诉、判决、执行等；没有的直接结束）",
                "What has happened since it fell due? (demands, IOUs or confirmations, part payments, suits, judgments, enforcement; none: finish)",
            ),
            "help": {
                "why": T(
                    "催告、欠债人承认债务或者起诉会中断诉讼时效；判决生效后要看的是申请执行的期间。",
                    "Demands, the debtor's acknowledgement and suits interrupt limitation; after an effective judgment the period to apply for enforcement counts.",
                ),
                "glossary": ["limitation", "interruption"],
            },
            "kinds": [
                "demand",
                "acknowledgement",
                "suit",
                "proceedings_ended",
                "equal_effect",
                "obstacle",
                "judgment_effective",
                "enforcement_applied",
                "enforcement_terminated",
            ],
            "parties": ["partner", "self"],
            "significance": T(
                "这些事决定对欠债的合伙人的诉讼时效是否中断，或者债权已由判决确定。",
                "These decide whether limitation against the indebted partner was interrupted, or the claim decided by a judgment.",
            ),
            "next": "personal_branch",
        }
    )
    add(
        branch(
            "personal_branch",
            [rule(REGISTERED, "out_personal", citations=[C(PEL, 41), C(PEL, 42, 1)])],
            "out_personal_u",
        )
    )
    # --- the fixed-return investor
    add(
        {
            "id": "investor_terms",
            "type": "choice",
            "text": T("出钱时与合伙人约定的是什么？", "What was agreed when the money was put in?"),
            "help": {
                "why": T(
                    "合伙是共享利益、共担风险；只拿固定回报、不分担亏损的，通常是借款而不是合伙。",
                    "A partnership shares profit and risk; a fixed return with no share in losses is usually a loan, not a partnership.",
                ),
                "glossary": ["fixed_return"],
            },
            "verify": {
                "evidence": [
                    T(
                        "出资或者借款协议、回报支付记录、登记信息（登记为合伙企业的）",
                        "The investment or loan agreement, records of returns paid, the registration (if registered)",
                    )
                ],
                "effect": T(
                    "只拿固定回报、不分担亏损且没有以合伙人身份出现的，不是合伙人；分担亏损或者登记、对外表示为合伙人的，可能要作为合伙人承担责任。",
                    "A fixed return with no losses, never presented as a partner: not a partner. Sharing losses, or registered or presented as a partner: may answer as one.",
                ),
            },
            "choices": [
                choice(
                    "fixed_no_loss",
                    T(
                        "只拿固定回报（固定金额或者固定比例），不分担亏损，没有登记为合伙人，也没有对外以合伙人身份出现",
                        "A fixed return only, no share in losses, not registered or presented as a partner",
                    ),
                    "investor_goal",
                ),
                choice(
                    "registered_or_held_out",
                    T(
                        "约定固定回报，但登记为合伙人，或者对外以合伙人身份出现",
                        "A fixed return, but registered or presented to outsiders as a partner",
                    ),
                    "investor_goal",
                ),
                choice(
                    "shares_losses",
                    T("按比例分享利润、也分担亏损", "A share of profit, and of losses too"),
                    "investor_goal",
                ),
                choice("unknown", UNKNOWN_LABEL, "investor_goal", unknown=True),
            ],
        }
    )
    add(
        {
            "id": "investor_goal",
            "type": "multi",
            "text": T(
                "当事人想解决什么问题？（可多选）",
                "What does the client want to settle? (several allowed)",
            ),
            "help": {
                "why": T(
                    "被合伙的债权人要求作为合伙人还债，和想要回投入的钱，可能同时发生；两者都选的，结论一并说明。",
                    "Being asked to pay a partnership creditor as a partner and wanting the money back can happen together; tick both and the result covers both.",
                )
            },
            "choices": [
                {
                    "id": "claimed",
                    "label": T(
                        "合伙的债权人要求当事人作为合伙人还债",
                        "A creditor of the partnership wants the client to pay as a partner",
                    ),
                },
                {
                    "id": "money_back",
                    "label": T(
                        "当事人想要回投入的钱和约定的回报",
                        "The client wants the money and the agreed return back",
                    ),
                },
            ],
            "next": "investor_route",
        }
    )
    add(
        branch(
            "investor_route",
            [
                rule(
                    ALL(INC("investor_goal", "money_back"), A("investor_terms", "fixed_no_loss")),
                    "debt_amount",
                    T(
                        "只拿固定回报、不分担亏损：这笔钱通常被认定为借款，当事人是合伙的债权人；下面按合伙的债务评估他的借款债权。",
                        "A fixed return and no losses: the money is usually a loan and the client a creditor of the partnership; his loan claim is assessed below as a partnership debt.",
                    ),
                ),
            ],
            "invest_date",
        )
    )
    add(
        date_q(
            "invest_date",
            T("当事人是哪一天出钱的？", "When did the client put the money in?"),
            T("出资之日", "the day the money was put in"),
            "investor_route2",
            [
                T(
                    "转账记录、收条或者出资协议，载明日期",
                    "Bank transfer, receipt or the agreement, with the date",
                )
            ],
            T(
                "2021年1月1日前的，适用当时的法律（民法通则）；之后的，适用民法典。",
                "Before 2021-01-01 the law then in force (the General Principles) applies; after, the Civil Code.",
            ),
        )
    )
    add(
        branch(
            "investor_route2",
            [
                rule(
                    A("investor_terms", "fixed_no_loss"),
                    "out_investor_free",
                    T(
                        "只拿固定回报、不分担亏损：当事人不是合伙人。",
                        "A fixed return and no losses: the client is not a partner.",
                    ),
                ),
            ],
            "out_investor",
        )
    )
    # --- the partner who paid
    add(
        money_q(
            "pay_amount",
            T(
                "当事人已经替合伙向债权人清偿了多少元？",
                "How much has the client paid the partnership's creditor?",
            ),
            T("已清偿的金额", "the amount paid"),
            "own_share",
        )
    )
    add(
        money_q(
            "own_share",
            T(
                "按照合伙协议或者法律规定的分担方法，当事人自己应当承担其中多少元？",
                "Of that debt, how much should the client bear under the agreement or the statutory sharing rule?",
            ),
            T("当事人应当承担的份额", "the client's own share"),
            "pay_date",
            unknown=True,
            evidence=[
                T(
                    "合伙协议中的亏损分担或者出资比例条款；没有约定的，实缴出资的凭证",
                    "The agreement's loss-sharing or contribution clause; failing that, proof of paid-in contributions",
                )
            ],
            effect=T(
                "份额决定能向其他合伙人要回多少：已清偿的金额超过自己份额的部分，由其他合伙人按比例偿还。",
                "The share decides how much can be recovered: what the client paid beyond it is owed by the others in proportion.",
            ),
        )
    )
    add(
        date_q(
            "pay_date",
            T(
                "当事人是哪一天清偿的？（分几次的，填付款累计第一次超过自己应承担份额的那一天）",
                "When did the client pay? (If in several payments, the day the payments first "
                "went beyond his own share)",
            ),
            T("清偿之日", "the day of payment"),
            "payer_debt_date",
            [
                T(
                    "转账记录、收条或者法院的执行记录",
                    "Bank transfers, receipts or the court's enforcement record",
                )
            ],
            T(
                "追偿的诉讼时效从清偿之日起算；分几次清偿的，稳妥起见，从付款第一次超过自己份额之日起算，"
                "以后每一次付款的追偿不会比它更早届满。",
                "Limitation for recovery runs from the payment; for several payments, to be safe, "
                "from the day they first went beyond his share — recovery of a later payment "
                "cannot run out earlier.",
            ),
        )
    )
    add(
        date_q(
            "payer_debt_date",
            T(
                "被清偿的那笔合伙债务是哪一天发生的？",
                "When did the partnership debt that was paid arise?",
            ),
            T("合伙债务发生之日", "the day the partnership debt arose"),
            "recourse_history",
            [
                T(
                    "形成债务的合同或者借条，载明日期",
                    "The contract or IOU that created the debt, with its date",
                )
            ],
            T(
                "没有登记的合伙，2021年1月1日前发生的债务适用民法通则。",
                "For an unregistered partnership, debts before 2021-01-01 fall under the General Principles.",
            ),
        )
    )
    add(
        {
            "id": "recourse_history",
            "type": "events",
            "text": T(
                "清偿之后，向其他合伙人追偿时发生了哪些事？（催告、对方承认、起诉、判决等；没有的直接结束）",
                "What has happened since in recovering from the other partners? (demands, acknowledgements, suits, judgments; none: finish)",
            ),
            "kinds": [
                "demand",
                "acknowledgement",
                "suit",
                "proceedings_ended",
                "judgment_served",
                "judgment_effective",
                "enforcement_applied",
            ],
            "parties": ["others"],
            "significance": T(
                "这些事决定追偿的诉讼时效是否中断，或者已由判决确定。",
                "These decide whether the limitation for recovery was interrupted, or decided by a judgment.",
            ),
            "next": "payer_route",
        }
    )
    add(
        branch(
            "payer_route",
            [
                rule(
                    UNKNOWN("own_share"),
                    "out_payer_unknown",
                    T("当事人应当承担的份额尚不清楚。", "The client's own share is not known."),
                ),
                rule(
                    {"amount": "excess", "at_most": "0.00"},
                    "out_payer_none",
                    T(
                        "当事人清偿的没有超过自己应当承担的份额。",
                        "The client paid no more than his own share.",
                    ),
                ),
            ],
            "out_payer",
            T("当事人清偿的超过了自己应当承担的份额。", "The client paid more than his own share."),
        )
    )
    # --- the partnership's debt
    add(
        money_q(
            "debt_amount",
            T(
                "这笔债务现在尚欠多少元？（本金、利息、违约金等合计；当事人是出钱拿固定回报、要回这笔钱的，填他投入的本金和尚欠的回报，不填别人向他主张的债务）",
                "How much of the debt is still owed? (principal, interest, penalties; for a fixed-return investor who wants his money back, the principal he put in and the return still owed — not a debt someone else claims from him)",
            ),
            T("尚欠的债务", "the debt outstanding"),
            "debt_date",
            unknown=True,
            evidence=[
                T(
                    "合同、借条、对账单或者还款记录",
                    "The contract, IOU, statements of account or repayment records",
                )
            ],
            effect=T(
                "金额决定各合伙人承担责任的数额，不改变谁要负责。",
                "The amount decides how much each partner answers for, not who is liable.",
            ),
            significance=T(
                "无限责任以全部债务为限，有限责任另有上限。",
                "Unlimited liability covers the whole debt; limited liability has its own cap.",
            ),
        )
    )
    add(
        date_q(
            "debt_date",
            T(
                "这笔债务是哪一天发生的？（合同签订、借款交付或者侵权行为发生之日；出钱拿固定回报的当事人，填他出钱之日）",
                "When did the debt arise? (contract signed, loan paid out or tort committed; for a fixed-return investor, the day he put the money in)",
            ),
            T("债务发生之日", "the day the debt arose"),
            "instalments",
            [
                T(
                    "形成债务的合同、借条、转账记录或者侵权事实的证据，载明日期",
                    "The contract, IOU, transfer or proof of the tort that created the debt, with its date",
                )
            ],
            T(
                "这个日期决定：退伙或者入伙的合伙人是否要负责（与其退伙、入伙日期比较）；没有登记的合伙适用民法通则还是民法典。只知道月份或者不清楚的，与同月的退伙、入伙日期比较时结论待定。",
                "This date decides whether partners who left or joined answer for the debt (compared with their dates), and, for an unregistered partnership, whether the General Principles or the Civil Code apply. Known only to the month or not at all, comparisons with exits or entries in the same month stay open.",
            ),
            T(
                "退伙人对基于退伙前的原因发生的债务负责；新入伙的普通合伙人对入伙前的债务也负责。",
                "A partner who left answers for debts with a cause before his exit; a new general partner also for debts from before he joined.",
            ),
            {
                "why": T(
                    "“债务发生”指它的原因：合同签订、借款交付或者侵权行为发生，不是到期或者起诉之日。",
                    '"Arose" means its cause — contract, loan, tort — not when it fell due or was sued on.',
                ),
                "glossary": ["debt_cause"],
            },
        )
    )
    add(
        {
            "id": "instalments",
            "type": "choice",
            "text": T(
                "这笔债务是否约定分期履行（分期还款、分期付款）？",
                "Was the debt to be paid in instalments?",
            ),
            "choices": [
                choice(
                    "yes",
                    T("是，分期履行", "Yes, in instalments"),
                    "maturity_date",
                    T(
                        "分期履行的债务，诉讼时效从最后一期履行期限届满之日起计算（期限一栏列出所依据的条文）。",
                        "For an instalment debt, limitation runs from the last instalment's due date (the deadline row gives the article).",
                    ),
                ),
                choice("no", T("否，一次履行", "No, in one payment"), "maturity_date"),
            ],
        }
    )
    add(
        date_q(
            "maturity_date",
            T(
                "债务何时到期？（应当还款或者履行的日期；分期的，填最后一期的履行期限届满日；侵权造成的债务，填知道或者应当知道损害和责任人之日；出钱拿固定回报的当事人，填约定返还他的钱之日）",
                "When did the debt fall due? (the day payment was due; for instalments, the last instalment's due date; for a tort, the day the harm and those liable were or should have been known; for a fixed-return investor, the day his money was to be paid back)",
            ),
            T(
                "债务履行期限届满日（分期的为最后一期；侵权的为知道损害和责任人之日）",
                "the due date (the last instalment's, if by instalments; for a tort, the day the harm and those liable were known)",
            ),
            "lender_branch",
            [
                T(
                    "合同、借条中的还款日期或者分期还款计划",
                    "The repayment date or instalment schedule in the contract or IOU",
                )
            ],
            T(
                "诉讼时效从到期之日起计算：只知道月份的，最后一日是一个范围，应当按最早的一日行事；不清楚的，无法计算诉讼时效。",
                "Limitation runs from the due date; without it, the limitation period cannot be computed.",
            ),
            T("诉讼时效从这一天起计算。", "Limitation runs from this day."),
        )
    )
    add(branch("lender_branch", [rule(SIDE(*INV), "f_investor_lender")], "law_branch"))
    add(
        branch(
            "law_branch",
            [
                rule(
                    ALL(UNREG, DEBT_UNKNOWN),
                    "reg_branch",
                    T(
                        "债务发生日期不清楚：2021年1月1日前发生的适用民法通则，之后的适用民法典，两者都规定合伙人承担连带责任。",
                        "The debt's date is not known: before 2021-01-01 the General Principles apply, after it the Civil Code; both make the partners jointly liable.",
                    ),
                ),
                rule(
                    ALL(UNREG, OLD),
                    "reg_branch",
                    T(
                        "债务发生在2021年1月1日前：适用当时的法律——民法通则关于个人合伙的规定（第30条、第35条）。",
                        "The debt arose before 2021-01-01: the law then in force applies — the General Principles on individual partnerships (arts. 30, 35).",
                    ),
                    [C(TE, 1, 2), C(GPCL, 30), C(GPCL, 35, 2)],
                ),
                rule(
                    ALL(UNREG, NEW),
                    "reg_branch",
                    T(
                        "债务发生在2021年1月1日以后：适用民法典关于合伙合同的规定（第967条、第973条）。",
                        "The debt arose on or after 2021-01-01: the Civil Code's partnership-contract rules apply (arts. 967, 973).",
                    ),
                    [C(TE, 1, 1), C(CC, 967), C(CC, 973)],
                ),
            ],
            "reg_branch",
        )
    )
    add(branch("reg_branch", [rule(REGISTERED, "can_pay")], "history"))
    add(
        {
            "id": "can_pay",
            "type": "choice",
            "text": T(
                "合伙企业现在的状况如何？它能否清偿这笔到期债务？",
                "What is the enterprise's state now? Can it pay this debt?",
            ),
            "help": {
                "why": T(
                    "合伙企业的债务先以其全部财产清偿；合伙企业不能清偿到期债务的，普通合伙人承担无限连带责任。破产或者注销不免除普通合伙人的责任。",
                    "The enterprise's property pays its debts first; if it cannot pay when due, the general partners answer without limit. Bankruptcy or deregistration does not release them.",
                ),
                "glossary": ["deregistration"],
            },
            "choices": [
                choice(
                    "not_shown",
                    T("仍在经营，尚未证明不能清偿", "Still trading; not shown unable to pay"),
                    "history",
                    T(
                        "普通合伙人的责任以合伙企业不能清偿为前提，应先以合伙企业财产清偿。",
                        "The general partners' liability presupposes that the enterprise cannot pay; its property pays first.",
                    ),
                    [C(PEL, 38), C(PEL, 39)],
                ),
                choice(
                    "cannot_pay",
                    T(
                        "不能清偿到期债务（无财产可供执行、资不抵债等）",
                        "Cannot pay its due debts (no assets to enforce against, insolvent …)",
                    ),
                    "history",
                    T(
                        "合伙企业不能清偿到期债务，债权人可以要求普通合伙人清偿。",
                        "The enterprise cannot pay: the creditor may ask the general partners to pay.",
                    ),
                    [C(PEL, 39), C(PEL, 92, 1)],
                ),
                choice(
                    "bankrupt",
                    T("已被宣告破产", "Declared bankrupt"),
                    "history",
                    T(
                        "宣告破产后，普通合伙人对合伙企业债务仍应承担无限连带责任。",
                        "After bankruptcy the general partners remain liable without limit.",
                    ),
                    [C(PEL, 92, 2)],
                ),
                choice(
                    "deregistered",
                    T("已经注销", "Deregistered"),
                    "history",
                    T(
                        "注销后，原普通合伙人对合伙企业存续期间的债务仍应承担无限连带责任。",
                        "After deregistration the former general partners remain liable without limit.",
                    ),
                    [C(PEL, 91)],
                ),
            ],
        }
    )
    add(
        {
            "id": "history",
            "type": "events",
            "text": T(
                "到目前为止发生了哪些事？（催告、借条或者确认欠款、还款计划、部分还款、起诉、判决、执行等；请注明针对谁；没有的直接结束；出钱拿固定回报的当事人，只填他为要回自己的钱做的事，别人起诉他的不填）",
                "What has happened so far? (demands, IOUs or confirmations, repayment plans, part payments, suits, judgments, enforcement; say against whom; none: finish; for a fixed-return investor, only what he did to get his own money back, not a suit against him)",
            ),
            "help": {
                "why": T(
                    "催告、对方承认债务或者起诉会中断诉讼时效；判决生效后要看的是申请执行的期间；一审判决送达后有上诉期。对合伙企业发生的事是否也对合伙人发生效力有争议，所以要注明针对谁；针对被要求还债的当事人本人的，选“当事人本人”。",
                    'Demands, acknowledgements and suits interrupt limitation; after an effective judgment the period to apply for enforcement counts; a first-instance judgment served opens the appeal period. Whether events against the enterprise also count against its partners is contested, so say against whom; for events against the client himself (a partner asked to pay), choose "the client".',
                ),
                "glossary": ["limitation", "interruption"],
            },
            "kinds": [
                "demand",
                "acknowledgement",
                "suit",
                "proceedings_ended",
                "equal_effect",
                "obstacle",
                "judgment_served",
                "judgment_effective",
                "enforcement_applied",
                "enforcement_terminated",
            ],
            "parties": ["firm", "venture", *PARTNER_PARTIES],
            "significance": T(
                "这些事决定诉讼时效是否中断，或者债权已由判决确定。",
                "These decide whether limitation was interrupted, or the claim decided by a judgment.",
            ),
            "next": "group_branch",
        }
    )
    # --- which partners, in which positions
    add(
        branch(
            "group_branch",
            [
                rule(ALL(LIMITED, SIDE("partner")), "client_pos_l"),
                rule(LIMITED, "positions_l"),
                rule(ALL(UNREG, SIDE("partner")), "client_pos_u"),
                rule(UNREG, "positions_u"),
                rule(SPECIAL, "special_debt_kind"),
            ],
            "g_entry",
        )
    )
    add(branch("g_entry", [rule(SIDE("partner"), "client_pos_g")], "positions_g"))
    add(
        {
            "id": "special_debt_kind",
            "type": "choice",
            "text": T("这笔债务是怎么产生的？", "How did this debt arise?"),
            "help": {
                "why": T(
                    "特殊的普通合伙企业中，合伙人执业中因故意或者重大过失造成的债务，由有过错的合伙人承担无限责任或者无限连带责任，其他合伙人以其财产份额为限；其他债务由全体合伙人承担无限连带责任。",
                    "In a special general partnership, a debt caused by a partner's intent or gross negligence in professional work falls on the partner(s) at fault without limit, the others only up to their share; all other debts fall on all partners jointly without limit.",
                ),
                "glossary": ["gross_negligence", "special_gp"],
            },
            "verify": {
                "evidence": [
                    T(
                        "造成损害的执业活动的材料：工作底稿、报告、行业协会或者监管部门的认定",
                        "Papers on the work that caused the harm: working papers, the report, findings of the professional body or regulator",
                    )
                ],
                "effect": T(
                    "执业中故意或者重大过失造成的，只由有过错的合伙人无限承担，其他合伙人以财产份额为限；否则全体合伙人承担无限连带责任。",
                    "Caused by intent or gross negligence in professional work: only the partners at fault answer without limit, the others up to their share; otherwise all partners answer jointly without limit.",
                ),
            },
            "choices": [
                choice(
                    "gross_fault",
                    T(
                        "一个或者数个合伙人在执业活动中因故意或者重大过失造成",
                        "Caused by one or more partners' intent or gross negligence in professional work",
                    ),
                    "fault_count",
                    T(
                        "有过错的合伙人承担无限责任或者无限连带责任，其他合伙人以其在合伙企业中的财产份额为限。",
                        "The partners at fault answer without limit, alone or jointly; the others up to their share in the firm's property.",
                    ),
                    [C(PEL, 57, 1)],
                ),
                choice(
                    "no_gross",
                    T(
                        "执业活动中产生，但不是故意或者重大过失",
                        "Arose in professional work, but not by intent or gross negligence",
                    ),
                    "g_entry",
                    T(
                        "非因故意或者重大过失造成的债务，由全体合伙人承担无限连带责任。",
                        "A debt not caused by intent or gross negligence falls on all partners jointly without limit.",
                    ),
                    [C(PEL, 57, 2)],
                ),
                choice(
                    "other_debt",
                    T(
                        "其他债务（房租、工资、采购、借款等）",
                        "Another debt (rent, wages, purchases, a loan …)",
                    ),
                    "g_entry",
                    T(
                        "合伙企业的其他债务，由全体合伙人承担无限连带责任。",
                        "The firm's other debts fall on all partners jointly without limit.",
                    ),
                    [C(PEL, 57, 2)],
                ),
                choice(
                    "unknown",
                    UNKNOWN_LABEL,
                    "g_entry",
                    T(
                        "是否为执业中故意或者重大过失造成尚不清楚：先按全体合伙人承担无限连带责任评估，并标明取决于这一事实。",
                        "Whether intent or gross negligence caused it is not known: assessed as all partners' joint liability, marked as depending on that fact.",
                    ),
                    unknown=True,
                ),
            ],
        }
    )
    add(
        {
            "id": "fault_count",
            "type": "choice",
            "text": T("有过错的合伙人是一人还是数人？", "Was one partner at fault, or several?"),
            "help": {
                "why": T(
                    "一人有过错的，由他一人承担无限责任，不是连带责任；数人有过错的，他们之间承担无限连带责任。",
                    "One partner at fault answers alone without limit — not jointly; several at fault answer jointly without limit.",
                ),
                "glossary": ["unlimited_liability", "unlimited_joint_liability"],
            },
            "verify": {
                "evidence": [
                    T(
                        "参与该项执业活动的人员名单、签字的报告",
                        "Who worked on the engagement; the signed report",
                    )
                ],
                "effect": T(
                    "一人：无限责任；数人：无限连带责任。",
                    "One: liable alone without limit; several: jointly without limit.",
                ),
            },
            "choices": [
                choice(
                    "one",
                    T("一人", "One"),
                    "f_entry_branch",
                    T(
                        "一个合伙人有过错：由他一人承担无限责任。",
                        "One partner at fault: he alone answers without limit.",
                    ),
                    [C(PEL, 57, 1)],
                ),
                choice(
                    "several",
                    T("数人", "Several"),
                    "f_entry_branch",
                    T(
                        "数个合伙人有过错：由他们承担无限连带责任。",
                        "Several partners at fault: they answer jointly without limit.",
                    ),
                    [C(PEL, 57, 1)],
                ),
                choice("unknown", UNKNOWN_LABEL, "f_entry_branch", unknown=True),
            ],
        }
    )
    add(branch("f_entry_branch", [rule(SIDE("partner"), "client_pos_f")], "positions_f"))

    labels = {
        "partner": T(
            "债务发生时已是合伙人，且一直没有退伙",
            "A partner when the debt arose, and has not left",
        ),
        "gp": T(
            "普通合伙人，债务发生时已在伙且没有退伙",
            "A general partner when the debt arose, and has not left",
        ),
        "new_partner": T("后来入伙的合伙人", "A partner who joined later"),
        "departed": T("已经退伙的合伙人", "A partner who has left"),
        "lp": T(
            "有限合伙人（债务发生时已在伙且没有退伙）",
            "A limited partner (in when the debt arose, and has not left)",
        ),
        "new_lp": T("后来入伙的有限合伙人", "A limited partner who joined later"),
        "departed_lp": T("已经退伙的有限合伙人", "A limited partner who has left"),
        "gp_to_lp": T(
            "由普通合伙人转为有限合伙人的合伙人", "A general partner who became a limited partner"
        ),
        "lp_to_gp": T(
            "由有限合伙人转为普通合伙人的合伙人", "A limited partner who became a general partner"
        ),
        "at_fault": T(
            "有过错的合伙人（执业中故意或者重大过失）",
            "A partner at fault (intent or gross negligence in the work)",
        ),
        "others": T("没有过错的其他合伙人", "The other partners, not at fault"),
        "investor": T(
            "自称只是出钱拿固定回报的“投资人”",
            "Someone who says he only put in money for a fixed return",
        ),
    }
    limited_labels = {
        "new_partner": T("后来入伙的普通合伙人", "A general partner who joined later"),
        "departed": T("已经退伙的普通合伙人", "A general partner who has left"),
    }
    for group in ("g", "l", "u", "f"):
        own = limited_labels if group == "l" else {}
        add(
            {
                "id": f"client_pos_{group}",
                "type": "choice",
                "text": T("当事人本人属于哪一种情形？", "Which of these is the client?"),
                "help": {
                    "why": T(
                        "合伙人的责任取决于他的身份（普通或者有限合伙人）以及入伙、退伙、转变身份的时间。",
                        "A partner's liability turns on his kind (general or limited) and on when he joined, left or changed kind.",
                    )
                },
                "choices": [
                    choice(p, own.get(p, labels[p]), f"positions_{group}")
                    for p in CLIENT_POSITIONS[group]
                ],
            }
        )
        add(
            {
                "id": f"positions_{group}",
                "type": "multi",
                "text": T(
                    "还有哪些人需要一并评估？请按情形选择（可多选；当事人本人是合伙人的，不必重复）。各人的姓名或者名称填在案件信息中对应的当事人栏；当事人本人填在“当事人本人”栏。",
                    'Who else is to be assessed? Tick their positions (several allowed; a client who is a partner need not be ticked again). Enter their names under the matching party in the case information, the client\'s own under "the client".',
                ),
                "help": {
                    "why": T(
                        "同一笔债务，不同情形的合伙人责任、依据和范围不同；结果逐类列出，每一类对应案件信息中的一栏。",
                        "For the same debt, partners in different positions answer differently; the result lists each position, one field of the case information each.",
                    )
                },
                "choices": [
                    *({"id": p, "label": own.get(p, labels[p])} for p in POSITIONS[group]),
                    {
                        "id": "none",
                        "label": T(
                            "没有其他需要评估的人，或者还不清楚合伙人是谁",
                            "No one else to assess, or the partners are not yet known",
                        ),
                        "exclusive": True,
                    },
                ],
                "next": "p_partner",
            }
        )
    # --- one position after the other: ticked? its dates and amounts, then its finding
    add(branch("p_partner", [rule(ticked("partner"), "partner_route")], "p_gp"))
    add(
        branch(
            "partner_route",
            [
                rule(UNREG, "f_u_partner"),
                rule(DISSOLVED, "f_partner_dissolved"),
                rule(SPECIAL, "f_partner_special"),
            ],
            "f_partner",
        )
    )
    add(branch("p_gp", [rule(ticked("gp"), "gp_route")], "p_new"))
    add(branch("gp_route", [rule(DISSOLVED, "f_gp_dissolved")], "f_gp"))
    add(branch("p_new", [rule(ticked("new_partner"), "entry_date")], "p_departed"))
    add_all(
        several_dates(
            "entry",
            party="new_partner",
            first_text=T(
                "{party.new_partner}是哪一天入伙的？（几人日期不同的，填最早入伙的一人）",
                "When did the {party.new_partner} join? (if on different days, the earliest)",
            ),
            first_label=T(
                "入伙之日（几人的，最早的一人）", "the day of joining (the earliest, if several)"
            ),
            several_text=T(
                "{party.new_partner}中，是否还有人在更晚的日期入伙？",
                "Did any of the {party.new_partner} join on a later day?",
            ),
            no_label=T(
                "没有：只有一人，或者几人同一天入伙", "No: one person, or several on the same day"
            ),
            yes_label=T("有：几人在不同日期入伙", "Yes: several joined on different days"),
            last_text=T("其中最晚入伙的人是哪一天入伙的？", "When did the last of them join?"),
            last_label=T("最晚一人的入伙之日", "the day the last of them joined"),
            evidence=[
                T(
                    "入伙协议、变更登记材料或者出资凭证，载明日期",
                    "The entry agreement, change registration or proof of contribution, with the date",
                )
            ],
            effect=T(
                "与债务发生之日比较，决定债务发生时他是否已经入伙；对入伙前已经发生的债务是否负责，因合伙是否登记而不同。几人日期不同的，逐人比较。",
                "Compared with the day the debt arose, it decides whether he had joined when the debt arose; whether he answers for earlier debts depends on whether the partnership is registered. If several joined on different days, compare each.",
            ),
            glossary=["entry"],
            single_next="new_route",
            several_next="entry_date_last",
            last_next="entry_last_route",
        )
    )
    new_before = BEFORE("debt_date", "entry_date")
    new_same = SAME("debt_date", "entry_date")
    add(
        branch(
            "new_route",
            [
                rule(
                    ALL(UNREG, new_before),
                    "f_u_new_pre",
                    T("债务发生在其入伙之前。", "The debt arose before he joined."),
                ),
                rule(
                    ALL(UNREG, ANY(UND(new_before), new_same)),
                    "f_u_new_either",
                    T(
                        "无法确定债务发生在入伙之前还是之后（或者同一天入伙，先后待查）。",
                        "It cannot be told whether the debt came before or after he joined (or he joined that same day).",
                    ),
                ),
                rule(
                    UNREG,
                    "f_u_new_post",
                    T("债务发生时其已经入伙。", "He had joined when the debt arose."),
                ),
            ],
            "f_new",
            T(
                "登记的合伙企业的新普通合伙人，对入伙前后的债务都承担无限连带责任。",
                "A new general partner of a registered enterprise answers without limit for debts before and after he joined.",
            ),
        )
    )
    last_before = BEFORE("debt_date", "entry_date_last")
    add(
        branch(
            "entry_last_route",
            [
                # A registered enterprise's new partners are liable either way (44).
                rule(
                    REGISTERED,
                    "f_new",
                    T(
                        "登记的合伙企业的新普通合伙人，对入伙前后的债务都承担无限连带责任。",
                        "A new general partner of a registered enterprise answers without limit for debts before and after he joined.",
                    ),
                ),
                rule(
                    new_before,
                    "f_u_new_pre",
                    T(
                        "债务发生在他们全部入伙之前。",
                        "The debt arose before any of them joined.",
                    ),
                ),
                rule(
                    ANY(
                        UND(new_before),
                        new_same,
                        last_before,
                        UND(last_before),
                        SAME("debt_date", "entry_date_last"),
                    ),
                    "f_u_new_either",
                    T(
                        "几人入伙的日期不同：有人在债务发生前已经入伙，有人在之后才入伙（或者先后待查），要逐人比较。",
                        "They joined on different days: some before the debt arose, some after (or which came first is open); compare each.",
                    ),
                ),
            ],
            "f_u_new_post",
            T("债务发生时他们都已经入伙。", "All of them had joined when the debt arose."),
        )
    )
    add(branch("p_departed", [rule(ticked("departed"), "exit_date")], "p_lp"))
    add_all(
        several_dates(
            "exit",
            party="departed",
            first_text=T(
                "{party.departed}的退伙是哪一天生效的？（几人日期不同的，填最早退伙的一人）",
                "When did the exit of the {party.departed} take effect? (if on different days, the earliest)",
            ),
            first_label=T(
                "退伙生效之日（几人的，最早的一人）",
                "the day the exit took effect (the earliest, if several)",
            ),
            several_text=T(
                "{party.departed}中，是否还有人在更晚的日期退伙？",
                "Did any of the {party.departed} leave on a later day?",
            ),
            no_label=T(
                "没有：只有一人，或者几人同一天退伙", "No: one person, or several on the same day"
            ),
            yes_label=T("有：几人在不同日期退伙", "Yes: several left on different days"),
            last_text=T(
                "其中最晚退伙的人，退伙是哪一天生效的？",
                "When did the exit of the last of them take effect?",
            ),
            last_label=T("最晚一人的退伙生效之日", "the day the last of them left"),
            evidence=[
                T(
                    "退伙协议、退伙通知、除名通知的送达记录或者变更登记材料，载明日期",
                    "The exit agreement, notice of leaving, proof of service of the expulsion notice or the change registration, with the date",
                )
            ],
            effect=T(
                "与债务发生之日比较：债务的原因发生在退伙之前的，退伙人仍要负责；之后的，不负责。几人日期不同的，逐人比较。",
                "Compared with the day the debt arose: a cause before the exit keeps him liable; one after does not. If several left on different days, compare each.",
            ),
            glossary=["exit", "debt_cause"],
            help_why=T(
                "当然退伙以退伙事由实际发生之日为退伙生效日；被除名的，以接到除名通知之日为准。",
                "An exit by operation of law takes effect when the event occurs; an expulsion when the notice is received.",
            ),
            single_next="departed_route",
            several_next="exit_date_last",
            last_next="departed_last_route",
        )
    )
    before_exit = BEFORE("debt_date", "exit_date")
    same_day_exit = SAME("debt_date", "exit_date")
    before_last_exit = BEFORE("debt_date", "exit_date_last")
    open_last_exit = ANY(
        UND(before_last_exit), SAME("debt_date", "exit_date_last"), before_last_exit
    )
    sig_liable_u = T("债务发生时其还是合伙人。", "He was still a partner when the debt arose.")
    sig_open_u = T(
        "无法确定债务发生时其是否还是合伙人。",
        "It cannot be told whether he was still a partner when the debt arose.",
    )
    sig_free_u = T("债务发生前其已经退出合伙。", "He had left before the debt arose.")
    sig_liable = T("债务的原因发生在退伙之前。", "The debt's cause came before the exit.")
    sig_open = T(
        "无法确定债务的原因是否发生在退伙之前。",
        "It cannot be told whether the debt's cause came before the exit.",
    )
    sig_mixed = T(
        "几人退伙的日期不同：有人在债务的原因发生前已经退伙，有人在之后才退伙（或者先后待查），要逐人比较。",
        "They left on different days: some before the debt's cause, some after (or which came first is open); compare each.",
    )
    sig_free = T("债务的原因发生在退伙之后。", "The debt's cause came after the exit.")
    add(
        branch(
            "departed_route",
            [
                rule(ALL(UNREG, before_exit), "f_u_departed_liable", sig_liable_u),
                rule(
                    ALL(UNREG, ANY(UND(before_exit), same_day_exit)),
                    "f_u_departed_depends",
                    sig_open_u,
                ),
                rule(UNREG, "f_u_departed_free", sig_free_u),
                rule(before_exit, "f_departed_liable", sig_liable, [C(PEL, 53)]),
                rule(ANY(UND(before_exit), same_day_exit), "exit_registered_open", sig_open),
            ],
            "exit_registered",
            sig_free,
        )
    )
    add(
        branch(
            "departed_last_route",
            [
                rule(ALL(UNREG, before_exit), "f_u_departed_liable", sig_liable_u),
                rule(
                    ALL(UNREG, ANY(UND(before_exit), same_day_exit, open_last_exit)),
                    "f_u_departed_depends",
                    sig_mixed,
                ),
                rule(UNREG, "f_u_departed_free", sig_free_u),
                rule(before_exit, "f_departed_liable", sig_liable, [C(PEL, 53)]),
                rule(
                    ANY(UND(before_exit), same_day_exit, open_last_exit),
                    "exit_registered_open",
                    sig_mixed,
                ),
            ],
            "exit_registered",
            T(
                "债务的原因发生在他们全部退伙之后。",
                "The debt's cause came after all of them had left.",
            ),
        )
    )
    registered_verify = {
        "evidence": [
            T(
                "合伙企业的变更登记记录；通知债权人的函件或者记录",
                "The enterprise's change registration; letters or messages telling the creditor",
            )
        ],
        "effect": T(
            "已登记或者债权人知道的，在债务原因发生前退伙的人不负责没有争议；没有登记、债权人又不知道的，债权人可能主张信赖登记，有争议。",
            "Registered or known to the creditor: someone who left before the debt's cause is clearly not liable. Neither: the creditor may argue reliance on the register — contested.",
        ),
    }
    for qid, free_node, contested_node, unknown_node in (
        ("exit_registered", "f_departed_free", "f_departed_contested", "f_departed_contested"),
        (
            "exit_registered_open",
            "f_departed_depends",
            "f_departed_depends",
            "f_departed_depends",
        ),
    ):
        add(
            {
                "id": qid,
                "type": "choice",
                "text": T(
                    "退伙是否办理了变更登记，或者债权人当时知道其已经退伙？",
                    "Was the exit registered, or did the creditor know of it at the time?",
                ),
                "help": {
                    "why": T(
                        "退伙后合伙企业应当办理变更登记。没有登记、债权人又不知道其已经退伙的，债权人可能主张信赖登记，要求退伙人照旧负责。",
                        "After an exit the enterprise should register the change. If it did not and the creditor did not know, the creditor may argue that he relied on the register.",
                    )
                },
                "verify": registered_verify,
                "choices": [
                    choice(
                        "registered",
                        T(
                            "已经办理变更登记，或者债权人当时知道",
                            "Registered, or the creditor knew",
                        ),
                        free_node,
                    ),
                    choice(
                        "not_registered",
                        T(
                            "没有办理变更登记，债权人也不知道",
                            "Not registered, and the creditor did not know",
                        ),
                        contested_node,
                        T(
                            "登记仍显示其为合伙人，债权人可能主张信赖登记（有争议）。",
                            "The register still shows him as a partner; the creditor may claim reliance on it (contested).",
                        ),
                    ),
                    choice("unknown", UNKNOWN_LABEL, unknown_node, unknown=True),
                ],
            }
        )
    add(branch("p_lp", [rule(ticked("lp"), "lp_held_out")], "p_new_lp"))
    add(
        {
            "id": "lp_held_out",
            "type": "choice",
            "text": T(
                "在这笔交易中，债权人是否有理由相信{party.lp}是普通合伙人，并因此与其交易？",
                "In this transaction, did the creditor have reason to believe the {party.lp} was a general partner, and deal with him on that basis?",
            ),
            "help": {
                "why": T(
                    "例如有限合伙人以执行事务合伙人身份签约，名片或者宣传材料称其为普通合伙人。",
                    "E.g. the limited partner signed as managing partner, or cards or brochures called him a general partner.",
                ),
                "glossary": ["apparent_gp"],
            },
            "verify": {
                "evidence": [
                    T(
                        "合同签字页、名片、宣传材料、往来函件",
                        "Signature pages, business cards, brochures, correspondence",
                    )
                ],
                "effect": T(
                    "有理由相信的，有限合伙人对这笔交易承担与普通合伙人同样的责任；否则只以认缴出资额为限。",
                    "If so, the limited partner answers for this transaction like a general partner; otherwise only up to his subscription.",
                ),
            },
            "choices": [
                choice(
                    "yes",
                    T("是", "Yes"),
                    "f_apparent_gp",
                    T(
                        "第三人有理由相信有限合伙人为普通合伙人并与其交易。",
                        "The third party had reason to take the limited partner for a general partner.",
                    ),
                    [C(PEL, 76, 1)],
                ),
                choice("no", T("否", "No"), "lp_subscribed"),
                choice("unknown", UNKNOWN_LABEL, "lp_subscribed", unknown=True),
            ],
        }
    )
    add(
        money_q(
            "lp_subscribed",
            T(
                "{party.lp}认缴的出资额是多少元？（数人的填合计）",
                "What did the {party.lp} subscribe? (the total, if several)",
            ),
            T("有限合伙人认缴的出资额", "the limited partners' subscription"),
            "lp_paid",
            significance=T(
                "有限合伙人以认缴的出资额为限承担责任。",
                "A limited partner answers up to his subscription.",
            ),
        )
    )
    add(
        money_q(
            "lp_paid",
            T("其中已经实际缴纳了多少元？", "How much of it has been paid in?"),
            T("有限合伙人已实缴的出资", "the limited partners' paid-in contribution"),
            "f_lp",
            unknown=True,
            evidence=[
                T(
                    "登记信息中的实缴出资、银行转账记录、验资材料",
                    "Paid-in contribution in the registration, bank transfers, capital verification",
                )
            ],
            effect=T(
                "尚未实缴的部分，是还能向有限合伙人个人主张的数额。",
                "What is unpaid is what can still be claimed from the limited partner personally.",
            ),
        )
    )
    add(branch("p_new_lp", [rule(ticked("new_lp"), "new_lp_entry_date")], "p_departed_lp"))
    add(
        date_q(
            "new_lp_entry_date",
            T(
                "{party.new_lp}是哪一天入伙的？（几人日期不同的，填最早入伙的一人）",
                "When did the {party.new_lp} join? (if on different days, the earliest)",
            ),
            T("有限合伙人入伙之日", "the day the limited partner joined"),
            "new_lp_subscribed",
            [
                T(
                    "入伙协议或者变更登记材料，载明日期",
                    "The entry agreement or change registration, with the date",
                )
            ],
            T(
                "入伙前的债务，新入伙的有限合伙人也以认缴出资额为限承担责任；日期只影响适用的条文。",
                "For debts from before he joined, a new limited partner also answers up to his subscription; the date only changes the article applied.",
            ),
        )
    )
    add(
        money_q(
            "new_lp_subscribed",
            T(
                "{party.new_lp}认缴的出资额是多少元？（数人的填合计）",
                "What did the {party.new_lp} subscribe? (the total, if several)",
            ),
            T("新入伙的有限合伙人认缴的出资额", "the later limited partners' subscription"),
            "new_lp_paid",
        )
    )
    add(
        money_q(
            "new_lp_paid",
            T("其中已经实际缴纳了多少元？", "How much of it has been paid in?"),
            T("新入伙的有限合伙人已实缴的出资", "the later limited partners' paid-in contribution"),
            "f_new_lp",
            unknown=True,
            evidence=[
                T(
                    "登记信息中的实缴出资、银行转账记录",
                    "Paid-in contribution in the registration, bank transfers",
                )
            ],
            effect=T(
                "尚未实缴的部分，是还能向其个人主张的数额。",
                "What is unpaid is what can still be claimed from him personally.",
            ),
        )
    )
    add(
        branch(
            "p_departed_lp", [rule(ticked("departed_lp"), "departed_lp_exit_date")], "p_gp_to_lp"
        )
    )
    add_all(
        several_dates(
            "departed_lp_exit",
            party="departed_lp",
            first_text=T(
                "{party.departed_lp}的退伙是哪一天生效的？（几人日期不同的，填最早退伙的一人）",
                "When did the exit of the {party.departed_lp} take effect? (if on different days, the earliest)",
            ),
            first_label=T(
                "有限合伙人退伙生效之日（几人的，最早的一人）",
                "the day the limited partner's exit took effect (the earliest, if several)",
            ),
            several_text=T(
                "{party.departed_lp}中，是否还有人在更晚的日期退伙？",
                "Did any of the {party.departed_lp} leave on a later day?",
            ),
            no_label=T(
                "没有：只有一人，或者几人同一天退伙", "No: one person, or several on the same day"
            ),
            yes_label=T("有：几人在不同日期退伙", "Yes: several left on different days"),
            last_text=T(
                "其中最晚退伙的人，退伙是哪一天生效的？",
                "When did the exit of the last of them take effect?",
            ),
            last_label=T("最晚一人的退伙生效之日", "the day the last of them left"),
            evidence=[
                T(
                    "退伙协议或者变更登记材料，载明日期",
                    "The exit agreement or change registration, with the date",
                )
            ],
            effect=T(
                "债务的原因发生在退伙之前的，以退伙时取回的财产为限承担责任；之后的，不负责。几人日期不同的，逐人比较。",
                "A cause before the exit: liable up to what he took out; after: not liable. If several left on different days, compare each.",
            ),
            single_next="departed_lp_route",
            several_next="departed_lp_exit_date_last",
            last_next="departed_lp_last_route",
        )
    )
    before_lp_exit = BEFORE("debt_date", "departed_lp_exit_date")
    same_day_lp_exit = SAME("debt_date", "departed_lp_exit_date")
    before_lp_last = BEFORE("debt_date", "departed_lp_exit_date_last")
    open_lp_last = ANY(
        before_lp_last, UND(before_lp_last), SAME("debt_date", "departed_lp_exit_date_last")
    )
    lp_liable_sig = T("债务的原因发生在退伙之前。", "The debt's cause came before the exit.")
    lp_open_sig = T(
        "无法确定债务的原因是否发生在退伙之前。",
        "It cannot be told whether the debt's cause came before the exit.",
    )
    lp_free_sig = T("债务的原因发生在退伙之后。", "The debt's cause came after the exit.")
    add(
        branch(
            "departed_lp_route",
            [
                rule(before_lp_exit, "departed_lp_withdrawn", lp_liable_sig, [C(PEL, 81)]),
                rule(
                    ANY(UND(before_lp_exit), same_day_lp_exit),
                    "departed_lp_withdrawn_open",
                    lp_open_sig,
                ),
            ],
            "f_departed_lp_free",
            lp_free_sig,
        )
    )
    add(
        branch(
            "departed_lp_last_route",
            [
                rule(before_lp_exit, "departed_lp_withdrawn", lp_liable_sig, [C(PEL, 81)]),
                rule(
                    ANY(UND(before_lp_exit), same_day_lp_exit, open_lp_last),
                    "departed_lp_withdrawn_open",
                    T(
                        "几人退伙的日期不同：有人在债务的原因发生前已经退伙，有人在之后才退伙（或者先后待查），要逐人比较。",
                        "They left on different days: some before the debt's cause, some after (or which came first is open); compare each.",
                    ),
                ),
            ],
            "f_departed_lp_free",
            T(
                "债务的原因发生在他们全部退伙之后。",
                "The debt's cause came after all of them had left.",
            ),
        )
    )
    for qid, target in (
        ("departed_lp_withdrawn", "f_departed_lp"),
        ("departed_lp_withdrawn_open", "f_departed_lp_depends"),
    ):
        add(
            money_q(
                qid,
                T(
                    "{party.departed_lp}退伙时从合伙企业中取回了多少财产（折合元；数人的填合计）？",
                    "How much did the {party.departed_lp} take out of the enterprise on leaving (in yuan; the total, if several)?",
                ),
                T("退伙时取回的财产", "what was taken out on leaving"),
                target,
                unknown=True,
                evidence=[T("退伙结算协议、付款记录", "The exit settlement and payment records")],
                effect=T(
                    "取回的财产是退伙的有限合伙人承担责任的上限。",
                    "What was taken out caps the departed limited partner's liability.",
                ),
            )
        )
    add(branch("p_gp_to_lp", [rule(ticked("gp_to_lp"), "conversion_date")], "p_lp_to_gp"))
    add_all(
        several_dates(
            "conversion",
            party="gp_to_lp",
            first_text=T(
                "{party.gp_to_lp}由普通合伙人转为有限合伙人，是哪一天生效的？（几人日期不同的，填最早的一人）",
                "When did the {party.gp_to_lp}'s conversion to limited partner take effect? (if on different days, the earliest)",
            ),
            first_label=T(
                "转为有限合伙人之日（几人的，最早的一人）",
                "the day of the conversion to limited partner (the earliest, if several)",
            ),
            several_text=T(
                "{party.gp_to_lp}中，是否还有人在更晚的日期转为有限合伙人？",
                "Did any of the {party.gp_to_lp} convert on a later day?",
            ),
            no_label=T(
                "没有：只有一人，或者几人同一天转变", "No: one person, or several on the same day"
            ),
            yes_label=T("有：几人在不同日期转变", "Yes: several converted on different days"),
            last_text=T(
                "其中最晚转变的人，是哪一天转为有限合伙人的？",
                "When did the last of them convert?",
            ),
            last_label=T("最晚一人转为有限合伙人之日", "the day the last of them converted"),
            evidence=[
                T(
                    "全体合伙人的决定和变更登记材料，载明日期",
                    "The partners' decision and the change registration, with the date",
                )
            ],
            effect=T(
                "作为普通合伙人期间发生的债务，仍承担无限连带责任；之后的，以认缴出资额为限。几人日期不同的，逐人比较。",
                "Debts from his time as general partner: unlimited joint liability; later ones: up to his subscription. If several converted on different days, compare each.",
            ),
            single_next="conversion_route",
            several_next="conversion_date_last",
            last_next="conversion_last_route",
        )
    )
    before_conv = BEFORE("debt_date", "conversion_date")
    same_day_conv = SAME("debt_date", "conversion_date")
    before_conv_last = BEFORE("debt_date", "conversion_date_last")
    conv_liable_sig = T(
        "债务发生在其作为普通合伙人期间。", "The debt arose while he was a general partner."
    )
    add(
        branch(
            "conversion_route",
            [
                rule(before_conv, "f_gp_to_lp_liable", conv_liable_sig, [C(PEL, 84)]),
                rule(
                    ANY(UND(before_conv), same_day_conv),
                    "f_gp_to_lp_depends",
                    T(
                        "无法确定债务是否发生在转变身份之前。",
                        "It cannot be told whether the debt arose before the conversion.",
                    ),
                ),
            ],
            "f_gp_to_lp_limited",
            T(
                "债务发生在其转为有限合伙人之后。",
                "The debt arose after he became a limited partner.",
            ),
        )
    )
    add(
        branch(
            "conversion_last_route",
            [
                rule(before_conv, "f_gp_to_lp_liable", conv_liable_sig, [C(PEL, 84)]),
                rule(
                    ANY(
                        UND(before_conv),
                        same_day_conv,
                        before_conv_last,
                        UND(before_conv_last),
                        SAME("debt_date", "conversion_date_last"),
                    ),
                    "f_gp_to_lp_depends",
                    T(
                        "几人转变的日期不同：有人在债务发生前已经转为有限合伙人，有人在之后才转变（或者先后待查），要逐人比较。",
                        "They converted on different days: some before the debt arose, some after (or which came first is open); compare each.",
                    ),
                ),
            ],
            "f_gp_to_lp_limited",
            T(
                "债务发生在他们全部转为有限合伙人之后。",
                "The debt arose after all of them had become limited partners.",
            ),
        )
    )
    add(branch("p_lp_to_gp", [rule(ticked("lp_to_gp"), "f_lp_to_gp")], "p_at_fault"))
    add(branch("p_at_fault", [rule(ticked("at_fault"), "fault_route")], "p_others"))
    add(
        branch(
            "fault_route",
            [
                rule(A("fault_count", "one"), "f_fault_one"),
                rule(A("fault_count", "several"), "f_fault_several"),
            ],
            "f_fault_unknown",
        )
    )
    add(branch("p_others", [rule(ticked("others"), "f_others")], "p_investor"))
    add(branch("p_investor", [rule(ticked("investor"), "claimed_investor_terms")], "to_result"))
    add(
        {
            "id": "claimed_investor_terms",
            "type": "choice",
            "text": T(
                "自称只是投资人的{party.investor}与合伙人约定的是什么？",
                "What did the self-styled investor, the {party.investor}, agree with the partners?",
            ),
            "help": {"glossary": ["fixed_return"]},
            "verify": {
                "evidence": [
                    T(
                        "出资或者借款协议、回报支付记录、登记信息（登记为合伙企业的）",
                        "The investment or loan agreement, records of returns paid, the registration (if registered)",
                    )
                ],
                "effect": T(
                    "只拿固定回报、不分担亏损且没有以合伙人身份出现的，不是合伙人、不承担责任；分担亏损或者登记、对外表示为合伙人的，作为合伙人承担责任。",
                    "A fixed return with no losses, never presented as a partner: not a partner and not liable. Sharing losses, or registered or presented as a partner: liable as a partner.",
                ),
            },
            "choices": [
                choice(
                    "fixed_no_loss",
                    T(
                        "只拿固定回报，不分担亏损，没有登记为合伙人，也没有对外以合伙人身份出现",
                        "A fixed return only, no share in losses, not registered or presented as a partner",
                    ),
                    "f_claimed_investor_free",
                ),
                choice(
                    "registered_or_held_out",
                    T(
                        "约定固定回报，但登记为合伙人，或者对外以合伙人身份出现",
                        "A fixed return, but registered or presented as a partner",
                    ),
                    "f_claimed_investor_registered",
                ),
                choice(
                    "shares_losses",
                    T("分享利润，也分担亏损", "A share of profit and of losses"),
                    "f_claimed_investor_partner",
                ),
                choice("unknown", UNKNOWN_LABEL, "f_claimed_investor_unknown", unknown=True),
            ],
        }
    )
    position_findings = [
        "f_partner",
        "f_partner_dissolved",
        "f_partner_special",
        "f_u_partner",
        "f_gp",
        "f_gp_dissolved",
        "f_new",
        "f_u_new_pre",
        "f_u_new_post",
        "f_u_new_either",
        "f_departed_liable",
        "f_departed_depends",
        "f_departed_free",
        "f_departed_contested",
        "f_u_departed_liable",
        "f_u_departed_depends",
        "f_u_departed_free",
        "f_apparent_gp",
        "f_lp",
        "f_new_lp",
        "f_departed_lp",
        "f_departed_lp_depends",
        "f_departed_lp_free",
        "f_gp_to_lp_liable",
        "f_gp_to_lp_depends",
        "f_gp_to_lp_limited",
        "f_lp_to_gp",
        "f_fault_one",
        "f_fault_several",
        "f_fault_unknown",
        "f_others",
        "f_claimed_investor_free",
        "f_claimed_investor_registered",
        "f_claimed_investor_partner",
        "f_claimed_investor_unknown",
    ]
    add(
        branch(
            "to_result",
            [rule(ANY(*(REACHED(f) for f in position_findings)), "result")],
            "result_unknown_partners",
        )
    )
    return n


# --- the results --------------------------------------------------------------------------

JOINT_NODES = [
    "f_partner",
    "f_partner_dissolved",
    "f_partner_special",
    "f_u_partner",
    "f_gp",
    "f_gp_dissolved",
    "f_new",
    "f_u_new_post",
    "f_departed_liable",
    "f_u_departed_liable",
    "f_gp_to_lp_liable",
    "f_lp_to_gp",
    "f_fault_several",
    "f_apparent_gp",
]
ALONE_NODES = ["f_fault_one"]
LIMITED_NODES = ["f_lp", "f_new_lp", "f_departed_lp", "f_gp_to_lp_limited", "f_others"]
FREE_NODES = ["f_departed_free", "f_u_departed_free", "f_departed_lp_free"]
OPEN_NODES = [
    "f_departed_depends",
    "f_departed_contested",
    "f_u_departed_depends",
    "f_departed_lp_depends",
    "f_gp_to_lp_depends",
    "f_u_new_either",
    "f_fault_unknown",
    "f_u_new_pre",
]
NODE_POSITION = {
    "f_partner": "partner",
    "f_partner_dissolved": "partner",
    "f_partner_special": "partner",
    "f_u_partner": "partner",
    "f_gp": "gp",
    "f_gp_dissolved": "gp",
    "f_new": "new_partner",
    "f_u_new_post": "new_partner",
    "f_u_new_pre": "new_partner",
    "f_u_new_either": "new_partner",
    "f_departed_liable": "departed",
    "f_departed_depends": "departed",
    "f_departed_free": "departed",
    "f_departed_contested": "departed",
    "f_u_departed_liable": "departed",
    "f_u_departed_depends": "departed",
    "f_u_departed_free": "departed",
    "f_apparent_gp": "lp",
    "f_lp": "lp",
    "f_new_lp": "new_lp",
    "f_departed_lp": "departed_lp",
    "f_departed_lp_depends": "departed_lp",
    "f_departed_lp_free": "departed_lp",
    "f_gp_to_lp_liable": "gp_to_lp",
    "f_gp_to_lp_depends": "gp_to_lp",
    "f_gp_to_lp_limited": "gp_to_lp",
    "f_lp_to_gp": "lp_to_gp",
    "f_fault_one": "at_fault",
    "f_fault_several": "at_fault",
    "f_fault_unknown": "at_fault",
    "f_others": "others",
}


def client_reached(nodes: list[str]) -> Json:
    """The client (a partner) reached one of these findings about his own position."""
    return ALL(SIDE("partner"), ANY(*(ALL(client_is(NODE_POSITION[n]), REACHED(n)) for n in nodes)))


def common_result_parts() -> Json:
    """Deadlines, warnings, steps and evidence shared by the two results of a partnership debt."""
    not_decided = NOT(EVENT("judgment_served", "judgment_effective"))
    time_bar_basis = [
        C(CC, 192, 1, when=M_NEW),
        C(CC, 193, when=M_NEW),
        C(GPV, 192, 1, when=M_MID),
        C(GPV, 193, when=M_MID),
    ]
    sue_now = ALL(NO_COURT, LIM_PARTNERS_NOT_PASSED, NOT(LIM_PARTNERS_MAYBE_PASSED))
    return {
        "deadlines": [
            {"use": d}
            for d in (
                *rows("lim_firm"),
                *rows("lim_self"),
                *rows("lim_self_u"),
                *rows("lim_partners"),
                *rows("lim_partners_reach"),
                *rows("lim_partners_alt"),
                *rows("lim_partners_u"),
                "lim_not_judged",
                "appeal",
                "enforcement",
            )
        ],
        "warnings": [
            W_PROFESSIONAL,
            warning(
                "contested",
                T(
                    "向合伙企业催告、起诉或者合伙企业承认债务，是否同时中断对合伙人的诉讼时效，有不同看法。稳妥起见，对每一个要追究的合伙人分别催告，或者一并起诉。",
                    "Whether a demand on the enterprise, a suit against it or its acknowledgement also interrupts limitation against the partners is disputed. To be safe, make a demand on each partner you intend to pursue, or sue them together.",
                ),
                side=CRED,
                when=ALL(REGISTERED, NOT(DEREGISTERED)),
                basis=[C(LIM, 15, 2)],
            ),
            warning(
                "contested",
                T(
                    "对合伙企业发生的催告、起诉或者承认，是否也中断对你的诉讼时效，有不同看法：你可以主张只计对你本人和与你连带的其他普通合伙人发生的事，但不能指望法院一定支持。",
                    "Whether events against the enterprise also interrupt limitation against you is disputed: you may argue that only events against you count, but a court may not agree.",
                ),
                side=DEF,
                when=ALL(REGISTERED, NOT(DEREGISTERED)),
                basis=[C(LIM, 15, 2)],
            ),
            warning(
                "contested",
                T(
                    "合伙人责任的诉讼时效从何时起算有不同看法：这里从债务履行期限届满之日起算；也有看法认为，从合伙企业被确认不能清偿时起算。记录了对合伙企业终结本次执行程序的，期限一栏另按这种看法计算。",
                    "When limitation against the partners starts is disputed: it is counted here from the debt's due date; another view starts it when the enterprise is found unable to pay. Where the end of enforcement against the enterprise is recorded, the deadlines show that count too.",
                ),
                when=ALL(REGISTERED, NOT(CLIENT_OWN_ROW)),
            ),
            warning(
                "contested",
                T(
                    "合伙人责任的诉讼时效从何时起算有不同看法：这里从债务履行期限届满之日起算；也有看法认为，从合伙企业被确认不能清偿时起算。",
                    "When limitation against the partners starts is disputed: it is counted here from the debt's due date; another view starts it when the enterprise is found unable to pay.",
                ),
                when=ALL(REGISTERED, CLIENT_OWN_ROW),
            ),
            warning(
                "contested",
                T(
                    "对合伙企业的诉讼时效已经届满（见期限一栏），但对你的诉讼时效另行计算。合伙人能否援用合伙企业的诉讼时效抗辩、以此拒绝承担责任，有不同看法：可以在一审中一并提出，但法院不一定支持。",
                    "Limitation against the enterprise has run out (see the deadlines), but limitation against you is counted separately. Whether a partner may rely on the enterprise's limitation defence and refuse to pay on that ground is disputed: plead it in the first instance too, but a court may not accept it.",
                ),
                side=DEF,
                when=ALL(REGISTERED, CLIENT_UNLIMITED, LIM_FIRM_PASSED),
                basis=[C(PEL, 38), C(PEL, 39)],
            ),
            warning(
                "missing_fact",
                T(
                    "记录为针对合伙人的确认、还款计划或者部分还款，要查明是他以个人名义作出的，还是代表{party.firm}（例如作为执行事务合伙人）作出的：代表合伙企业作出的，对合伙企业同样中断，对合伙企业的诉讼时效也就没有届满。",
                    "For an acknowledgement, repayment plan or part payment recorded against a partner, establish whether it was made in his own name or for the {party.firm} (e.g. as managing partner): if for the enterprise, it interrupted limitation against the enterprise as well, and that limitation has not run out.",
                ),
                side=DEF,
                when=ALL(
                    REGISTERED,
                    CLIENT_UNLIMITED,
                    LIM_FIRM_PASSED,
                    EVENT("acknowledgement", parties=UNLIMITED_PARTIES),
                ),
            ),
            warning(
                "unverified",
                T(
                    "债务发生在现行合伙企业法施行（2007年6月1日）之前，当时适用1997年合伙企业法（当时还没有有限合伙和特殊的普通合伙），这里按现行法评估，请律师核对旧法原文。",
                    "The debt arose before the current Partnership Enterprise Law (2007-06-01); the 1997 law applied then (with no limited or special general partnerships). This assessment follows the current law: have a lawyer check the old text.",
                ),
                when=BEFORE_2007,
            ),
            warning(
                "caution",
                T(
                    "没有登记的合伙在诉讼中以全体合伙人为共同诉讼人；起诉时应当列明全体合伙人，有字号的注明字号。",
                    "In court, an unregistered partnership's partners are joint parties: name them all, with the trade name if there is one.",
                ),
                side=CRED,
                when=UNREG,
                basis=[C(CPI, 60)],
            ),
            warning(
                "unverified",
                T(
                    "判决只针对合伙企业、合伙企业的财产不足清偿的：按照最高人民法院关于民事执行中变更、追加当事人的规定（请律师核对原文），申请执行人可以申请执行法院追加普通合伙人为被执行人，对合伙企业不能清偿的债务承担责任；法院准许追加的，不必另行起诉合伙人。",
                    "Where the judgment is against the enterprise alone and its property falls short: under the SPC provisions on changing and adding parties in civil enforcement (have a lawyer check the text), the applicant may ask the enforcing court to add the general partners as judgment debtors for what the enterprise cannot pay; if the court does, no separate suit against them is needed.",
                ),
                side=CRED,
                when=ALL(REGISTERED, FIRM_JUDGED, NOT(JUDGED_PARTNERS)),
            ),
            warning(
                "unverified",
                T(
                    "判决只针对合伙企业的：按照最高人民法院关于民事执行中变更、追加当事人的规定（请律师核对原文），债权人可能申请执行法院追加普通合伙人为被执行人。收到追加的申请或者裁定时，可以就你是否是债务发生时的普通合伙人、合伙企业是否确实不能清偿等提出异议。",
                    "Where the judgment is against the enterprise alone: under the SPC provisions on changing and adding parties in civil enforcement (have a lawyer check the text), the creditor may ask the enforcing court to add the general partners as judgment debtors. If served with such an application or ruling, you may object — e.g. that you were not a general partner when the debt arose, or that the enterprise can pay.",
                ),
                side=DEF,
                when=ALL(REGISTERED, FIRM_JUDGED, NOT(JUDGED_PARTNERS)),
            ),
            warning(
                "caution",
                T(
                    "判决只约束被列为当事人的人：对没有被判决的合伙人，不能凭这份判决申请执行，诉讼时效一栏写的“已由判决确定”对他们并不适用。对承担连带责任的合伙人之一起诉，一般认为也中断对其他连带责任人的诉讼时效，从诉讼终结之日起重新计算三年（见“对没有被判决的合伙人的诉讼时效”一栏）；请尽快另行起诉他们，或者在执行中申请追加。",
                    'A judgment binds only those named in it: it cannot be enforced against partners who were not parties, and the limitation row\'s "decided by judgment" is not accurate for them. A suit against one jointly liable partner is generally taken to interrupt limitation against the others, with three years running again from the end of the proceedings; sue them separately soon, or apply to add them in enforcement.',
                ),
                side=CRED,
                when=SOME_NOT_JUDGED,
                basis=[C(LIM, 15, 2), C(CC, 195, 1, 3)],
            ),
            warning(
                "caution",
                T(
                    "按记录，申请执行的期间已经届满：仍然可以申请执行，法院应当受理；但被执行人提出异议、经审查成立的，裁定不予执行。请核对期间内有无中断执行时效的事由。",
                    "On the record, the period to apply for enforcement has run out: an application is still accepted, but if the debtor objects and the objection holds, enforcement is refused. Check for anything that interrupted the period.",
                ),
                side=CRED,
                when=ENFORCEMENT_PASSED,
                basis=[C(CPI, 481, 1)],
            ),
            warning(
                "caution",
                T(
                    "按记录的事件计算，对承担无限连带责任的合伙人的诉讼时效已经届满：他们可以拒绝履行，法院不会主动适用诉讼时效。请核对是否还有没有记录的催告、借条、部分还款或者起诉。",
                    "On the events recorded, limitation against the partners liable jointly without limit has run out: they may refuse to pay, though a court will not raise it by itself. Check for demands, IOUs, part payments or suits not yet recorded.",
                ),
                side=CRED,
                when=LIM_PARTNERS_PLAINLY_PASSED,
                basis=time_bar_basis,
            ),
            warning(
                "contested",
                T(
                    "只计对合伙人本人发生的事件，对普通合伙人的诉讼时效已经届满；但按有争议的计算方法（对合伙企业的催告、承认或者起诉也及于合伙人，或者从合伙企业被确认不能清偿时起算），尚未届满，见期限一栏。合伙人可以提出时效抗辩，法院不会主动适用，最终由法院认定。请立即行动，不要等待。",
                    "Counting only events against the partners themselves, limitation against the general partners has run out; on the contested counts (events against the enterprise reaching the partners, or a start when the enterprise was found unable to pay) it has not — see the deadlines. The partners may plead limitation, a court will not raise it by itself, and the court decides. Act now; do not wait.",
                ),
                side=CRED,
                when=LIM_PARTNERS_CONTESTED,
                basis=time_bar_basis,
            ),
            warning(
                "contested",
                T(
                    "只计对你本人和其他普通合伙人发生的事件，对你的诉讼时效已经届满；但债权人可能主张对合伙企业的催告、承认或者起诉也及于你，或者诉讼时效从合伙企业被确认不能清偿时起算，按这些有争议的计算尚未届满（日期见下）。时效抗辩仍应在一审中提出，由法院认定。",
                    "Counting only events against you and the other general partners, limitation against you has run out; but the creditor may argue that events against the enterprise reach you, or that limitation starts when the enterprise was found unable to pay, and on those contested counts it has not (dates below). Still plead limitation in the first instance; the court decides.",
                ),
                side=DEF,
                when=ALL(CLIENT_UNLIMITED, LIM_PARTNERS_CONTESTED),
                basis=time_bar_basis,
            ),
            *(
                w
                for name, alive_when in (
                    ("lim_partners_reach", REACH_ALIVE_NEW),
                    ("lim_partners_reach_1986", REACH_ALIVE_OLD),
                )
                for w in (
                    warning(
                        "contested",
                        T(
                            "如果对合伙企业的催告、承认或者起诉也及于你（比照连带债务人之间中断的规则），对你的诉讼时效最后一日为{deadline."
                            + name
                            + "}。",
                            "If demands, acknowledgements and suits against the enterprise reach you too (by analogy with joint debtors), limitation against you ends on {deadline."
                            + name
                            + "}.",
                        ),
                        side=DEF,
                        when=ALL(
                            CLIENT_UNLIMITED, LIM_PARTNERS_CONTESTED, alive_when, has_end(name)
                        ),
                        basis=[C(LIM, 15, 2)],
                    ),
                    # A suit against the client keeps that count open: no last day yet (p2).
                    warning(
                        "contested",
                        T(
                            "如果对合伙企业的催告、承认或者起诉也及于你（比照连带债务人之间中断的规则），对你的诉讼时效没有届满：只计对合伙企业和其他合伙人发生的事件，最后一日为{deadline."
                            + name
                            + "_xself}；再加上对你本人发生的事件：针对你的起诉（或者与起诉效力相同的程序）在它届满前使它中断，程序终结前不会届满，终结后重新计算三年。",
                            "If demands, acknowledgements and suits against the enterprise reach you too (by analogy with joint debtors), limitation against you has not run out: counting only events against the enterprise and the other partners it ends on {deadline."
                            + name
                            + "_xself}; adding the events against you, the suit (or equivalent proceedings) against you interrupted it before it ended, so it cannot end while those proceedings last and runs three years afresh when they end.",
                        ),
                        side=DEF,
                        when=ALL(
                            CLIENT_UNLIMITED,
                            LIM_PARTNERS_CONTESTED,
                            alive_when,
                            UND(has_end(name)),
                            has_end(name + "_xself"),
                        ),
                        basis=[C(LIM, 15, 2), C(CC, 195, 1, 3), C(CC, 195, 1, 4)],
                    ),
                    warning(
                        "contested",
                        T(
                            "如果对合伙企业的催告、承认或者起诉也及于你（比照连带债务人之间中断的规则），对你的诉讼时效没有届满，但现在没有确定的最后一日：起诉、仲裁等程序终结后，才能从终结之日重新计算。",
                            "If demands, acknowledgements and suits against the enterprise reach you too (by analogy with joint debtors), limitation against you has not run out, but it has no fixed last day yet: it is counted afresh from the day pending proceedings end.",
                        ),
                        side=DEF,
                        when=ALL(
                            CLIENT_UNLIMITED,
                            LIM_PARTNERS_CONTESTED,
                            alive_when,
                            UND(has_end(name)),
                            UND(has_end(name + "_xself")),
                        ),
                        basis=[C(LIM, 15, 2), C(CC, 195, 1, 3)],
                    ),
                )
            ),
            warning(
                "contested",
                T(
                    "如果诉讼时效从合伙企业被确认不能清偿时起算（对合伙企业终结本次执行程序的裁定），对你的诉讼时效最后一日为{deadline.lim_partners_alt}。",
                    "If limitation starts when the enterprise was found unable to pay (the ruling ending the current enforcement against it), limitation against you ends on {deadline.lim_partners_alt}.",
                ),
                side=DEF,
                when=ALL(
                    CLIENT_UNLIMITED, LIM_PARTNERS_CONTESTED, ALT_ALIVE, has_end("lim_partners_alt")
                ),
            ),
            warning(
                "contested",
                T(
                    "如果诉讼时效从合伙企业被确认不能清偿时起算（对合伙企业终结本次执行程序的裁定），对你的诉讼时效没有届满，但现在没有确定的最后一日：起诉、仲裁等程序终结后，才能从终结之日重新计算。",
                    "If limitation starts when the enterprise was found unable to pay (the ruling ending the current enforcement against it), limitation against you has not run out, but it has no fixed last day yet: it is counted afresh from the day pending proceedings end.",
                ),
                side=DEF,
                when=ALL(
                    CLIENT_UNLIMITED,
                    LIM_PARTNERS_CONTESTED,
                    ALT_ALIVE,
                    UND(has_end("lim_partners_alt")),
                ),
                basis=[C(CC, 195, 1, 3)],
            ),
        ],
        "recourse": [
            item(
                T(
                    "合伙人之间的出资比例、亏损分担约定只在内部起作用，不能对抗债权人；多付的合伙人事后据此追偿。",
                    "The partners' contribution and loss-sharing terms work only among themselves and do not bind the creditor; whoever pays more recovers under them afterwards.",
                ),
                "any",
                NOT(ALL(FAULT_DEBT, A("fault_count", "one"))),
            ),
            REC_40,
            REC_U_NEW,
            REC_U_OLD,
        ],
        "next_steps": [
            item(
                T(
                    "向{party.firm}和要追究的每一位合伙人分别发出书面催告（以EMS寄送并保存回执），在诉讼时效届满前起诉{party.firm}，并请求判令承担无限连带责任的合伙人对其不能清偿的部分承担责任。",
                    "Send a written demand to the {party.firm} and to each partner you intend to pursue (by EMS, keeping the receipt), and before limitation runs out sue the {party.firm}, asking that the partners liable jointly without limit answer for what it cannot pay.",
                ),
                CRED,
                ALL(REGISTERED, NOT(DISSOLVED), sue_now),
            ),
            item(
                T(
                    "向破产管理人申报债权；对破产程序中未受清偿的部分，向每一位普通合伙人分别书面催告（以EMS寄送并保存回执），并在诉讼时效届满前起诉他们。",
                    "File the claim with the bankruptcy administrator; for what the bankruptcy does not pay, send each general partner a written demand (by EMS, keeping the receipt) and sue them before limitation runs out.",
                ),
                CRED,
                ALL(BANKRUPT, sue_now),
            ),
            item(
                T(
                    "{party.firm}已经注销，不能再起诉它：向每一位原普通合伙人分别书面催告（以EMS寄送并保存回执），并在诉讼时效届满前起诉他们。",
                    "The {party.firm} has been deregistered and can no longer be sued: send each former general partner a written demand (by EMS, keeping the receipt) and sue them before limitation runs out.",
                ),
                CRED,
                ALL(DEREGISTERED, sue_now),
            ),
            item(
                T(
                    "向每一位合伙人书面催告（以EMS寄送并保存回执），在诉讼时效届满前以全体合伙人为共同被告起诉。",
                    "Send each partner a written demand (by EMS, keeping the receipt), and before limitation runs out sue all the partners together.",
                ),
                CRED,
                ALL(UNREG, sue_now),
            ),
            item(
                T(
                    "按记录的事件，对合伙人的诉讼时效可能已经届满（到期日只知道月份，最后一日是一个范围）：请立即查清确切日期，并立即书面催告、起诉。",
                    "On the events recorded, limitation against the partners may have run out (the due date is known only to the month, so the last day is a range): find the exact day and send written demands and sue at once.",
                ),
                CRED,
                ALL(NO_COURT, LIM_PARTNERS_MAYBE_PASSED, NOT(UNKNOWN("maturity_date"))),
            ),
            item(
                T(
                    "债务的到期日不清楚，诉讼时效无法计算，可能已经届满：请立即从合同、借条、对账单或者往来记录中查清到期日；在此之前，尽快向每一位合伙人书面催告（以EMS寄送并保存回执）。",
                    "The due date is not known, so limitation cannot be computed and may have run out: find the due date at once from the contract, IOU, statements or correspondence; meanwhile send each partner a written demand (by EMS, keeping the receipt) without delay.",
                ),
                CRED,
                ALL(NO_COURT, UNKNOWN("maturity_date")),
            ),
            item(
                T(
                    "按记录的事件，对合伙人的诉讼时效已经届满：先核对有没有未记录的催告、借条、部分还款或者起诉；合伙人在时效届满后书面同意还款或者部分还款的，不能再以诉讼时效抗辩。仍然起诉的，合伙人提出时效抗辩时，这一部分请求得不到支持。",
                    "On the events recorded, limitation against the partners has run out: first look for demands, IOUs, part payments or suits not recorded; a partner who agrees in writing to pay, or pays in part, after expiry can no longer plead limitation. A suit brought anyway fails on this point if a partner pleads it.",
                ),
                CRED,
                ALL(NO_COURT, LIM_PARTNERS_PLAINLY_PASSED),
            ),
            item(
                T(
                    "对普通合伙人的诉讼时效是否已经届满有争议（见期限一栏）：立即起诉{party.firm}和普通合伙人，请求判令普通合伙人对合伙企业不能清偿的部分承担责任，并主张对{party.firm}的催告、承认（例如执行事务合伙人代表合伙企业签署的还款计划）或者起诉也中断了对合伙人的诉讼时效，或者诉讼时效应从合伙企业被确认不能清偿时起算；同时核对有没有未记录的、针对合伙人本人的催告、借条或者部分还款。",
                    "Whether limitation against the general partners has run out is contested (see the deadlines): sue the {party.firm} and the general partners now, asking that the partners answer for what the enterprise cannot pay, and argue that the demand on, acknowledgement by (e.g. a repayment plan the managing partner signed for it) or suit against the {party.firm} also interrupted limitation against them, or that it starts when the enterprise was found unable to pay; and look for demands, IOUs or part payments against the partners themselves not yet recorded.",
                ),
                CRED,
                ALL(NO_COURT, LIM_PARTNERS_CONTESTED, NOT(DEREGISTERED)),
            ),
            item(
                T(
                    "对原普通合伙人的诉讼时效是否已经届满有争议（见期限一栏）：立即起诉原普通合伙人，并主张对合伙企业的催告、承认或者起诉也中断了对他们的诉讼时效；同时核对有没有未记录的、针对他们本人的催告、借条或者部分还款。",
                    "Whether limitation against the former general partners has run out is contested (see the deadlines): sue them now, arguing that the demand on, acknowledgement by or suit against the enterprise also interrupted limitation against them; and look for demands, IOUs or part payments against them not yet recorded.",
                ),
                CRED,
                ALL(NO_COURT, LIM_PARTNERS_CONTESTED, DEREGISTERED),
            ),
            item(
                T(
                    "诉讼正在进行：还要追究的合伙人尚未成为被告的，在诉讼中申请追加其为被告。",
                    "A suit is pending: apply to add as defendants any partners you still intend to pursue.",
                ),
                CRED,
                ALL(PENDING_SUIT, not_decided),
            ),
            item(
                T(
                    "一审判决已经送达：不服的，在上诉期内提起上诉。",
                    "The first-instance judgment has been served: appeal within the appeal period if you disagree.",
                ),
                "any",
                ALL(SERVED, NOT(JUDGED)),
            ),
            item(
                T(
                    "判决已经生效：在申请执行的期间内申请强制执行。",
                    "The judgment is effective: apply for enforcement within the period.",
                ),
                CRED,
                ALL(ENFORCEMENT_OPEN, NOT(EVENT("enforcement_applied"))),
            ),
            item(
                T(
                    "判决只针对合伙企业的：合伙企业的财产不足清偿时，首先向执行法院申请追加普通合伙人为被执行人（见注意事项）；法院不准许追加的，立即另行起诉普通合伙人。对普通合伙人的诉讼时效是否已经届满有争议，见期限一栏。",
                    "Where the judgment is against the enterprise alone: if its property falls short, first ask the enforcing court to add the general partners as judgment debtors (see the warnings); if it refuses, sue the general partners at once. Whether limitation against them has run out is contested; see the deadlines.",
                ),
                CRED,
                ALL(REGISTERED, FIRM_JUDGED, NOT(JUDGED_PARTNERS)),
            ),
            item(
                T(
                    "已经终结本次执行程序的，发现可供执行的财产后可以再次申请执行，不受申请执行期间的限制（民诉法解释第517条第2款）。",
                    "Where enforcement was terminated for now, a new application once assets are found is not bound by the enforcement period (Civil Procedure Interpretation art. 517(2)).",
                ),
                CRED,
                TERMINATED,
            ),
            item(
                T(
                    "查询合伙企业的登记信息（国家企业信用信息公示系统），确认合伙人及其类型、入伙和退伙的日期。",
                    "Look up the enterprise's registration (national enterprise credit information system) for its partners, their kind and when they joined or left.",
                ),
                CRED,
                ALL(REGISTERED, NOT(PROFESSIONAL)),
            ),
            item(
                T(
                    "向该机构的主管部门（律师事务所为司法行政机关）查询其执业许可和合伙人名单，确认合伙人、入伙和退伙的日期。",
                    "Ask the firm's supervising authority (for a law firm, the justice bureau) for its practice licence and list of partners, with when they joined or left.",
                ),
                CRED,
                PROFESSIONAL,
            ),
            item(
                T(
                    "在核实之前，不要签署确认欠款的文件或者还款计划：这会中断诉讼时效；诉讼时效届满后签字确认的，不能再以诉讼时效抗辩。",
                    "Do not sign a confirmation of the debt or a repayment plan before checking: it interrupts limitation, and after limitation has run out, signing means you can no longer plead it.",
                ),
                DEF,
                not_decided,
            ),
            item(
                T(
                    "收到起诉状后，在答辩期内提出本报告“可以提出的抗辩”一节列出的抗辩；需要时申请法律援助。",
                    "Once served with the claim, raise the defences listed under “defences you can raise” in this report within the time for the defence; ask for legal aid if needed.",
                ),
                DEF,
                not_decided,
            ),
            item(
                T(
                    "对你的判决已经生效：按判决履行；清偿超过自己份额的，向其他合伙人追偿。",
                    "The judgment against you is effective: comply, and recover from the other partners what you pay beyond your share.",
                ),
                DEF,
                CLIENT_JUDGED,
            ),
            item(
                T(
                    "判决没有把你列为当事人：它不直接约束你；对你的诉讼时效见“对你的诉讼时效”一栏和注意事项。债权人另行起诉你或者在执行中申请追加你的，再依下面的认定和抗辩应对。",
                    "The judgment does not name you: it does not bind you directly; for limitation against you see the row “limitation against you” and the cautions. If the creditor sues you separately or applies to add you in enforcement, answer with the findings and defences below.",
                ),
                DEF,
                CLIENT_NOT_JUDGED,
            ),
        ],
        "evidence": [
            EV_CONTRACT,
            item(
                T(
                    "催告函及送达凭证、借条或者确认欠款的文件、还款记录（证明诉讼时效中断）",
                    "Demand letters with proof of delivery, IOUs or confirmations, repayment records (proof that limitation was interrupted)",
                ),
                CRED,
            ),
            item(EV_REGISTRY["text"], CRED, ALL(REGISTERED, NOT(PROFESSIONAL))),
            item(EV_PRACTICE["text"], CRED, PROFESSIONAL),
            item(EV_AGREEMENT_U["text"], CRED, UNREG),
            item(
                T(
                    "判决书、裁定书及生效证明",
                    "The judgment or ruling and proof that it is effective",
                ),
                "any",
                JUDGED,
            ),
            item(
                T(
                    "你入伙、退伙、转变身份的协议和登记材料；你的出资和还款凭证",
                    "Your entry, exit or conversion agreements and registrations; proof of your contributions and payments",
                ),
                DEF,
            ),
        ],
        "defences": [
            item(
                T(
                    "按记录，申请执行的期间已经届满：债权人申请执行的，你可以提出异议，异议成立的，法院裁定不予执行（民诉法解释第481条第1款）。",
                    "On the record, the period to apply for enforcement has run out: if the creditor applies, object; if the objection holds, the court refuses enforcement (Civil Procedure Interpretation art. 481(1)).",
                ),
                DEF,
                ALL(CLIENT_JUDGED, {"deadline": "enforcement", "passed": True}),
            ),
            # The enterprise's inability to pay is the premise of a general partner's liability;
            # while it is not established, it is a defence (fifth walk, story p2). The findings of
            # the partners (f_partner, f_gp) and of a departed partner whose exit date decides
            # have their own.
            item(
                T(
                    "尚未证明{party.firm}不能清偿到期债务：合伙企业对其债务应先以其全部财产清偿（合伙企业法第38条），合伙企业不能清偿到期债务的，合伙人才承担无限连带责任（合伙企业法第39条）；合伙企业不能清偿到期债务的，债权人可以申请对它破产清算，也可以要求普通合伙人清偿（合伙企业法第92条第1款）。可以要求债权人先以合伙企业的财产受偿；与合伙企业一并被起诉的，请求只判令你对合伙企业不能清偿的部分承担责任。",
                    "It has not been shown that the {party.firm} cannot pay the debt when due: the enterprise pays its debts from all its property first (Partnership Enterprise Law art. 38), and only if it cannot pay do the partners answer jointly without limit (art. 39); if it cannot pay, the creditor may apply for its bankruptcy liquidation or claim from the general partners (art. 92(1)). Ask that the creditor look to the enterprise's property first; if sued together with the enterprise, ask that you be held liable only for what it cannot pay.",
                ),
                DEF,
                ALL(
                    REGISTERED,
                    NOT_SHOWN,
                    NOT(CLIENT_JUDGED),
                    client_reached(
                        [
                            *(n for n in JOINT_NODES if n not in ("f_partner", "f_gp")),
                            *ALONE_NODES,
                            "f_departed_contested",
                            "f_gp_to_lp_depends",
                        ]
                    ),
                ),
            ),
            item(
                T(
                    "按记录的事件计算，对你的诉讼时效已经届满：可以提出不履行义务的抗辩；须在一审中提出，法院不会主动适用。",
                    "On the events recorded, limitation against you has run out: plead it — in the first instance; the court will not raise it by itself.",
                ),
                DEF,
                ALL(CLIENT_UNLIMITED, LIM_PARTNERS_PASSED, NOT(CLIENT_JUDGED)),
            ),
            item(
                T(
                    "核对债务数额：只对尚欠的部分负责，已经清偿的部分应当扣除。",
                    "Check the amount: you answer only for what is still owed; what was paid comes off.",
                ),
                DEF,
            ),
        ],
    }


PARTNER_SUMMARIES = [
    (
        JOINT_NODES,
        T(
            "结论：这笔债务尚欠{amount.debt_amount}，对方可以要求你对它承担连带责任，也就是清偿全部，不以你的出资额或者内部分担比例为限；你清偿超过自己份额的部分，可以向其他承担责任的合伙人追偿。下面列出你和其他合伙人各自的责任、你可以提出的抗辩和期限。",
            "Conclusion: you can be made to answer jointly for this debt ({amount.debt_amount} outstanding) — to pay the whole, not capped at your contribution or internal share; what you pay beyond your share you may recover from the other liable partners. Below: each partner's liability, your defences and the deadlines.",
        ),
    ),
    (
        ALONE_NODES,
        T(
            "结论：这笔债务由你一人承担无限责任，不是连带责任：合伙企业财产不足清偿的部分，以你的个人全部财产承担。下面列出其他合伙人的责任、你可以提出的抗辩和期限。",
            "Conclusion: you alone answer for this debt without limit — not jointly: what the firm's property cannot pay falls on all you own. Below: the others' liability, your defences and the deadlines.",
        ),
    ),
    (
        LIMITED_NODES,
        T(
            "结论：你对这笔债务只承担有限责任，不是连带责任；上限见下面关于你的认定。",
            "Conclusion: you bear only limited liability for this debt, not joint and several liability; the cap is in the finding about you below.",
        ),
    ),
    (
        FREE_NODES,
        T(
            "结论：你对这笔债务不承担责任；被起诉时可以依下面的理由抗辩。",
            "Conclusion: you are not liable for this debt; if sued, rely on the grounds below.",
        ),
    ),
    (
        OPEN_NODES,
        T(
            "结论：你是否承担责任、承担什么责任，取决于下面列出的待核实事实或者有争议的问题；请先核实。",
            "Conclusion: whether and how you are liable depends on the facts to verify or the contested point below; verify them first.",
        ),
    ),
]


def result_nodes() -> list[Json]:
    n: list[Json] = []
    common = common_result_parts()
    joint_nodes = [n for n in JOINT_NODES if n != "f_apparent_gp"]
    #: What the client would bear: 无限责任 alone (one partner at fault), 连带责任 in an
    #: unregistered partnership, 无限连带责任 otherwise.
    bears = (
        (ALONE_NODES, None, "无限责任", "without limit"),
        (joint_nodes, UNREG, "连带责任", "jointly"),
        (joint_nodes, REGISTERED, "无限连带责任", "jointly and without limit"),
    )
    #: Whether the enterprise cannot pay is not established: the client's liability is told as
    #: conditional on it (fifth walk, story p2).
    if_unable = (
        (
            ALL(REGISTERED, NOT_SHOWN),
            "如果{party.firm}不能清偿到期债务，",
            "If the {party.firm} cannot pay, ",
        ),
        (NOT(ALL(REGISTERED, NOT_SHOWN)), "", ""),
    )
    time_barred = [
        variant(
            T(
                f"结论：{cz}你对这笔债务本应承担{zh}，但按记录的事件，对你的诉讼时效已经届满：被起诉时你可以提出诉讼时效抗辩（须在一审中提出）。请先核对有没有未记录的催告、借条、部分还款或者起诉；在此之前不要签字确认欠款。",
                f"Conclusion: {ce}you would answer for this debt {en}, but on the events recorded limitation against you has run out: if sued, plead it (in the first instance). First check for demands, IOUs, part payments or suits not recorded; sign no confirmation of the debt meanwhile.",
            ),
            DEF,
            ALL(
                client_reached(nodes),
                *([kind] if kind else []),
                cond,
                LIM_PARTNERS_PLAINLY_PASSED,
                NOT(CLIENT_JUDGED),
            ),
        )
        for nodes, kind, zh, en in bears
        for cond, cz, ce in if_unable
    ]
    barred_if_own_events = [
        variant(
            T(
                f"结论：{cz}你对这笔债务本应承担{zh}。对你的诉讼时效是否已经届满有争议，两种计算都要看到：只计对你本人和其他普通合伙人发生的事件，已经届满（报告中“已于……届满”的日期按这种计算）；但债权人可能主张对合伙企业的催告、承认或者起诉也及于你，或者诉讼时效从合伙企业被确认不能清偿时起算，这样计算尚未届满（日期见注意事项）。被起诉时在一审中提出诉讼时效抗辩，由法院认定；在此之前不要签字确认欠款。",
                f"Conclusion: {ce}you would answer for this debt {en}. Whether limitation against you has run out is contested, and both counts matter: counting only events against you and the other general partners, it has run out (the report's “ran out on …” date is on that count); but the creditor may argue that events against the enterprise reach you, or that limitation starts when the enterprise was found unable to pay, and on that count it has not (dates in the warnings). If sued, plead limitation in the first instance and let the court decide; sign no confirmation of the debt meanwhile.",
            ),
            DEF,
            ALL(
                client_reached(nodes),
                *([kind] if kind else []),
                cond,
                LIM_PARTNERS_CONTESTED,
                NOT(CLIENT_JUDGED),
            ),
        )
        for nodes, kind, zh, en in bears
        for cond, cz, ce in if_unable
    ]
    partner_variants = [
        *time_barred,
        *barred_if_own_events,
        # Whether the enterprise cannot pay is not established: the liability is conditional.
        variant(
            T(
                "结论：这笔债务尚欠{amount.debt_amount}。如果{party.firm}不能清偿到期债务，对方可以要求你对它不能清偿的部分承担连带责任，也就是清偿全部，不以你的出资额或者内部分担比例为限；你清偿超过自己份额的部分，可以向其他承担责任的合伙人追偿。现在尚未证明它不能清偿：可以要求债权人先以合伙企业的财产受偿。下面列出你和其他合伙人各自的责任、你可以提出的抗辩和期限。",
                "Conclusion: this debt has {amount.debt_amount} outstanding. If the {party.firm} cannot pay it, you can be made to answer jointly for what it cannot pay — the whole, not capped at your contribution or internal share; what you pay beyond your share you may recover from the other liable partners. It has not yet been shown that it cannot pay: ask that the creditor look to its property first. Below: each partner's liability, your defences and the deadlines.",
            ),
            DEF,
            ALL(REGISTERED, NOT_SHOWN, client_reached(JOINT_NODES)),
        ),
        variant(
            T(
                "结论：如果{party.firm}不能清偿到期债务，这笔债务由你一人承担无限责任，不是连带责任：合伙企业财产不足清偿的部分，以你的个人全部财产承担。现在尚未证明它不能清偿：可以要求债权人先以合伙企业的财产受偿。下面列出其他合伙人的责任、你可以提出的抗辩和期限。",
                "Conclusion: if the {party.firm} cannot pay, you alone answer for this debt without limit — not jointly: what the firm's property cannot pay falls on all you own. It has not yet been shown that it cannot pay: ask that the creditor look to its property first. Below: the others' liability, your defences and the deadlines.",
            ),
            DEF,
            ALL(REGISTERED, NOT_SHOWN, client_reached(ALONE_NODES)),
        ),
        *(variant(text, DEF, client_reached(nodes)) for nodes, text in PARTNER_SUMMARIES),
    ]
    n.append(
        {
            "id": "result",
            "type": "outcome",
            "code": "P-R",
            "title": T(
                "合伙债务：逐一评估各合伙人的责任",
                "A partnership debt: each partner's liability in turn",
            ),
            "summary": [
                variant(
                    T(
                        "{party.firm}已经注销，这笔债务尚欠{amount.debt_amount}，由原普通合伙人继续承担无限连带责任；下面逐一列出每一类合伙人的责任、依据和范围。承担无限连带责任的，你可以要求其中任何一人清偿全部；认定不承担责任的，一般不必再向其主张（有争议或者待核实的，见各项认定）。请在下列期限内行动。",
                        "The {party.firm} has been deregistered; its former general partners remain liable without limit for this debt ({amount.debt_amount} outstanding). Below, each kind of partner with his liability, basis and scope. Those liable jointly without limit can each be asked for the whole; those found not liable need not usually be pursued (where contested or to verify, see the finding). Act within the deadlines below.",
                    ),
                    CRED,
                    DEREGISTERED,
                ),
                variant(
                    T(
                        "{party.firm}已被宣告破产：这笔债务尚欠{amount.debt_amount}，先在破产程序中受偿，未受清偿的部分由普通合伙人承担无限连带责任；下面逐一列出每一类合伙人的责任、依据和范围。认定不承担责任的，一般不必再向其主张（有争议或者待核实的，见各项认定）。请在下列期限内行动。",
                        "The {party.firm} has been declared bankrupt: this debt ({amount.debt_amount} outstanding) is paid first in the bankruptcy, and what remains unpaid falls on the general partners without limit. Below, each kind of partner with his liability, basis and scope. Those found not liable need not usually be pursued (where contested or to verify, see the finding). Act within the deadlines below.",
                    ),
                    CRED,
                    BANKRUPT,
                ),
                variant(
                    T(
                        "这笔债务尚欠{amount.debt_amount}，先由{party.firm}以其全部财产清偿；下面逐一列出每一类合伙人的责任、依据和范围。承担无限连带责任的，你可以要求其中任何一人清偿全部；承担有限责任的，以各自的上限为限；认定不承担责任的，一般不必再向其主张（有争议或者待核实的，见各项认定）。请在下列期限内行动。",
                        "The {party.firm} pays this debt ({amount.debt_amount} outstanding) from all its property first; below, each kind of partner with his liability, basis and scope. Those liable jointly without limit can each be asked for the whole; those with limited liability up to their caps; those found not liable need not usually be pursued (where contested or to verify, see the finding). Act within the deadlines below.",
                    ),
                    CRED,
                    ALL(REGISTERED, ANY(*(REACHED(x) for x in JOINT_NODES))),
                ),
                variant(
                    T(
                        "这笔债务尚欠{amount.debt_amount}，先由{party.firm}以其全部财产清偿；下面逐一列出每一类合伙人的责任、依据和范围。请在下列期限内行动。",
                        "The {party.firm} pays this debt ({amount.debt_amount} outstanding) from all its property first; below, each kind of partner with his liability, basis and scope. Act within the deadlines below.",
                    ),
                    CRED,
                    REGISTERED,
                ),
                variant(
                    T(
                        "这笔合伙债务尚欠{amount.debt_amount}，由合伙人承担连带责任；下面逐一列出每一类合伙人的责任、依据和范围。请在下列期限内行动。",
                        "The partners are jointly liable for this debt ({amount.debt_amount} outstanding); below, each kind of partner with his liability, basis and scope. Act within the deadlines below.",
                    ),
                    CRED,
                    UNREG,
                ),
                *partner_variants,
                variant(
                    T(
                        "下面列出你和其他合伙人各自的责任、你可以提出的抗辩和期限。",
                        "Below: each partner's liability, your defences and the deadlines.",
                    ),
                    DEF,
                ),
            ],
            "findings": [],
            **common,
        }
    )
    gp_basis = reg_unlimited_basis(*KIND_BASIS)
    not_fault = NOT(A("special_debt_kind", "gross_fault"))
    n.append(
        {
            "id": "result_unknown_partners",
            "type": "outcome",
            "code": "P-R2",
            "title": T(
                "合伙债务：合伙人尚待查明时的责任",
                "A partnership debt: liability while the partners are still to be identified",
            ),
            "summary": [
                variant(
                    T(
                        "合伙人是谁尚待查明。{party.firm}已经注销（或者被宣告破产），这笔债务尚欠{amount.debt_amount}，由原普通合伙人承担无限连带责任；下面按合伙人的类型列出各自的责任。查明合伙人后，请逐一评估。",
                        "Who the partners are is still to be found out. The {party.firm} has been deregistered (or declared bankrupt); its former general partners answer without limit for this debt ({amount.debt_amount} outstanding); below, the liability of each kind of partner. Once they are known, assess each.",
                    ),
                    CRED,
                    DISSOLVED,
                ),
                variant(
                    T(
                        "合伙人是谁尚待查明。这笔债务尚欠{amount.debt_amount}，先由{party.firm}以其全部财产清偿；下面按合伙人的类型列出各自的责任。查明合伙人后，请逐一评估。",
                        "Who the partners are is still to be found out. The {party.firm} pays this debt ({amount.debt_amount} outstanding) from all its property first; below, the liability of each kind of partner. Once they are known, assess each.",
                    ),
                    CRED,
                    REGISTERED,
                ),
                variant(
                    T(
                        "合伙人是谁尚待查明。这笔合伙债务尚欠{amount.debt_amount}，由全体合伙人承担连带责任；查明合伙人后，请逐一评估。",
                        "Who the partners are is still to be found out. All partners are jointly liable for this debt ({amount.debt_amount} outstanding); once they are known, assess each.",
                    ),
                    CRED,
                    UNREG,
                ),
                variant(
                    T(
                        "请先确认其他合伙人是谁，再逐一评估。",
                        "Find out who the other partners are first, then assess each.",
                    ),
                    DEF,
                ),
            ],
            "findings": for_each_side(
                [
                    finding(
                        "连带责任",
                        T(
                            "合伙企业的全体合伙人（查询登记信息确定）",
                            "all partners of the enterprise (see the registration)",
                        ),
                        TO_CREDITOR,
                        SCOPE_REG,
                        ORDER_REG,
                        gp_basis,
                        sublabel=T("无限连带责任", "unlimited joint and several liability"),
                        when=ALL(REGISTERED, NOT(LIMITED), not_fault),
                    ),
                    finding(
                        "连带责任",
                        T(
                            "有限合伙企业的普通合伙人（查询登记信息确定）",
                            "the limited partnership's general partners (see the registration)",
                        ),
                        TO_CREDITOR,
                        SCOPE_REG,
                        ORDER_REG,
                        gp_basis,
                        sublabel=T("无限连带责任", "unlimited joint and several liability"),
                        when=LIMITED,
                    ),
                    finding(
                        "有限责任",
                        T(
                            "有限合伙企业的有限合伙人（查询登记信息确定）",
                            "the limited partnership's limited partners (see the registration)",
                        ),
                        TO_CREDITOR,
                        T("各自以认缴的出资额为限", "each up to his subscribed contribution"),
                        T(
                            "这不是连带责任；先以合伙企业财产清偿",
                            "Not joint and several liability; the enterprise's property pays first",
                        ),
                        [C(PEL, 2, 3)],
                        sublabel=T(
                            "有限责任，不是连带责任", "limited liability, not joint and several"
                        ),
                        when=LIMITED,
                    ),
                    finding(
                        "无限责任",
                        T("有过错的合伙人（一人）", "the partner at fault (one)"),
                        TO_CREDITOR,
                        T(
                            "合伙企业财产不足清偿的部分，以个人全部财产承担；尚欠债务：" + DEBT,
                            "What the firm's property cannot pay, with all personal property (debt outstanding: "
                            + DEBT
                            + ")",
                        ),
                        T(
                            "先以合伙企业的财产清偿；不足的部分由有过错的合伙人一人承担，不是连带责任",
                            "The firm's property pays first; the rest falls on the partner at fault alone, not jointly",
                        ),
                        [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL)],
                        sublabel=T("一人承担，不是连带责任", "alone, not joint and several"),
                        when=ALL(A("special_debt_kind", "gross_fault"), A("fault_count", "one")),
                    ),
                    finding(
                        "连带责任",
                        T("有过错的合伙人（数人）", "the partners at fault (several)"),
                        TO_CREDITOR,
                        T(
                            "合伙企业财产不足清偿的部分，以个人全部财产承担；尚欠债务：" + DEBT,
                            "What the firm's property cannot pay, with all personal property (debt outstanding: "
                            + DEBT
                            + ")",
                        ),
                        T(
                            "先以合伙企业的财产清偿；不足的部分由有过错的合伙人承担",
                            "The firm's property pays first; the rest falls on the partners at fault",
                        ),
                        [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL)],
                        sublabel=T(
                            "无限连带责任（有过错的合伙人之间）",
                            "unlimited joint liability (among the partners at fault)",
                        ),
                        when=ALL(
                            A("special_debt_kind", "gross_fault"), A("fault_count", "several")
                        ),
                    ),
                    finding(
                        "无限责任",
                        T("有过错的合伙人", "the partner(s) at fault"),
                        TO_CREDITOR,
                        T(
                            "合伙企业财产不足清偿的部分，以个人全部财产承担；尚欠债务：" + DEBT,
                            "What the firm's property cannot pay, with all personal property (debt outstanding: "
                            + DEBT
                            + ")",
                        ),
                        T(
                            "先以合伙企业的财产清偿；不足的部分由有过错的合伙人承担",
                            "The firm's property pays first; the rest falls on the partner(s) at fault",
                        ),
                        [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL)],
                        sublabel=T(
                            "若只有一人有过错：一人承担，不是连带责任；数人有过错的，为无限连带责任",
                            "if only one was at fault: alone, not joint and several; several at fault answer jointly without limit",
                        ),
                        when=ALL(
                            A("special_debt_kind", "gross_fault"), A("fault_count", "unknown")
                        ),
                    ),
                    finding(
                        "有限责任",
                        T("没有过错的其他合伙人", "the other partners, not at fault"),
                        TO_CREDITOR,
                        T(
                            "以其在合伙企业中的财产份额为限",
                            "up to their share in the firm's property",
                        ),
                        T("这不是连带责任", "Not joint and several liability"),
                        [C(PEL, 57, 1), C(PEL, 107, when=PROFESSIONAL)],
                        sublabel=T(
                            "以在合伙企业中的财产份额为限", "up to the share in the firm's property"
                        ),
                        when=A("special_debt_kind", "gross_fault"),
                    ),
                    finding(
                        "连带责任",
                        T("合伙的全体合伙人", "all partners of the partnership"),
                        TO_CREDITOR,
                        SCOPE_U,
                        ORDER_U,
                        U_BASIS,
                        when=UNREG,
                    ),
                ],
                None,
            ),
            **common,
        }
    )

    # P-L, P-L2: a partner's personal debt.
    debtor_client = ALL(SIDE("partner"), A("personal_client", "debtor"))
    other_client = ALL(SIDE("partner"), A("personal_client", "other_partner"))
    p_judged = EVENT("judgment_effective", question="personal_history")
    p_no_court = NOT(EVENT("suit", "judgment_effective", question="personal_history"))
    p_old = ANY(
        {"date": "personal_debt_date", "before": "2021-01-01"}, UNKNOWN("personal_debt_date")
    )
    p_new = ANY(
        {"date": "personal_debt_date", "on_or_after": "2021-01-01"}, UNKNOWN("personal_debt_date")
    )
    p_lim_passed = LIM_PERSONAL_PASSED
    p_lim_open = ANY(NOT(p_lim_passed), UND(p_lim_passed))
    p_lim_maybe = ANY(
        *(
            ALL(shown(n), UND({"deadline": n, "passed": True}))
            for n in ("lim_personal", "lim_personal_1986")
        )
    )
    personal_common: Json = {
        "deadlines": [
            {"use": "lim_personal"},
            {"use": "lim_personal_1986"},
            {"use": "enforcement_personal"},
        ],
        "next_steps_tail": [
            item(
                T(
                    "按记录的事件，对{party.partner}的诉讼时效可能已经届满（到期日只知道月份）：请立即查清确切日期，并立即起诉或者书面催告。",
                    "On the events recorded, limitation against the {party.partner} may have run out (the due date is known only to the month): find the exact day and sue or send a written demand at once.",
                ),
                ["creditor"],
                ALL(p_no_court, p_lim_maybe, NOT(UNKNOWN("personal_due_date"))),
            ),
            item(
                T(
                    "这笔个人债务的到期日不清楚，诉讼时效无法计算，可能已经届满：请立即查清到期日，并尽快向{party.partner}书面催告（以EMS寄送并保存回执）。",
                    "The personal debt's due date is not known, so limitation cannot be computed and may have run out: find the due date at once and send the {party.partner} a written demand (by EMS, keeping the receipt) without delay.",
                ),
                ["creditor"],
                ALL(p_no_court, UNKNOWN("personal_due_date")),
            ),
            item(
                T(
                    "按记录的事件，对{party.partner}的诉讼时效已经届满：他可以拒绝履行，但法院不会主动适用诉讼时效；他在届满后书面同意还款或者部分还款的，不能再以诉讼时效抗辩。先核对有没有未记录的催告、借条、部分还款或者起诉。",
                    "On the events recorded, limitation against the {party.partner} has run out: he may refuse to pay, though a court will not raise it by itself; if he agrees in writing to pay, or pays in part, after expiry, he can no longer plead it. First look for demands, IOUs, part payments or suits not recorded.",
                ),
                ["creditor"],
                ALL(p_no_court, p_lim_passed),
            ),
            item(
                T(
                    "判决已经生效：在申请执行的期间内申请强制执行，可以请求执行他从合伙中分得的收益或者他的财产份额。",
                    "The judgment is effective: apply for enforcement within the period; you may ask for enforcement against his profits from the partnership or his share in it.",
                ),
                ["creditor"],
                ALL(p_judged, NOT(EVENT("enforcement_applied", question="personal_history"))),
            ),
            item(
                T(
                    "在核实之前，不要签署确认欠款的文件或者还款计划：这会中断诉讼时效；诉讼时效届满后签字确认的，不能再以诉讼时效抗辩。",
                    "Do not sign a confirmation of the debt or a repayment plan before checking: it interrupts limitation, and after limitation has run out, signing means you can no longer plead it.",
                ),
                DEF,
                ALL(debtor_client, NOT(p_judged)),
            ),
        ],
        "defences": [
            item(
                T(
                    "按记录的事件计算，对你的诉讼时效已经届满：可以提出不履行义务的抗辩；须在一审中提出，法院不会主动适用。",
                    "On the events recorded, limitation against you has run out: plead it — in the first instance; the court will not raise it by itself.",
                ),
                DEF,
                ALL(debtor_client, p_lim_passed, NOT(p_judged)),
            ),
            item(
                T(
                    "核对债务数额：只对尚欠的部分负责，已经清偿的部分应当扣除。",
                    "Check the amount: you answer only for what is still owed; what was paid comes off.",
                ),
                DEF,
                debtor_client,
            ),
        ],
    }
    n.append(
        {
            "id": "out_personal",
            "type": "outcome",
            "code": "P-L",
            "title": T(
                "合伙人的个人债务：合伙企业和其他合伙人不负责",
                "A partner's personal debt: neither the enterprise nor the other partners answer for it",
            ),
            "summary": [
                variant(
                    T(
                        "这是{party.partner}个人的债务，尚欠{amount.personal_amount}，不是合伙企业的债务：{party.firm}和其他合伙人不承担责任。你可以要求{party.partner}以其个人财产清偿；不足的，可以用他从{party.firm}分得的收益清偿，也可以请求人民法院强制执行他在{party.firm}中的财产份额。你不能用这笔债权抵销你欠{party.firm}的债务，也不能代位行使他在{party.firm}中的权利。请在诉讼时效内主张。",
                        "This is the {party.partner}'s own debt ({amount.personal_amount} outstanding), not the enterprise's: the {party.firm} and the other partners are not liable. Ask the {party.partner} to pay from his own property; if that falls short, from the profits he draws from the {party.firm}, or have the court enforce against his share in it. You may not set this claim off against what you owe the {party.firm}, nor exercise his rights in it. Claim within the limitation period.",
                    ),
                    ["creditor"],
                ),
                variant(
                    T(
                        "这是你个人的债务，尚欠{amount.personal_amount}，不是合伙企业的债务：{party.firm}和其他合伙人不替你承担。你以个人财产清偿；不足的，你从{party.firm}分得的收益可以用于清偿，债权人也可以请求人民法院强制执行你在{party.firm}中的财产份额（其他合伙人有优先购买权；都不购买又不同意转让的，为你办理退伙结算或者削减份额的结算）。债权人不能用这笔债权抵销他欠{party.firm}的债务，也不能代位行使你在{party.firm}中的权利。",
                        "This is your own debt ({amount.personal_amount} outstanding), not the enterprise's: the {party.firm} and the other partners do not answer for it. You pay from your own property; failing that, your profits from the {party.firm} can be used, and the creditor may have the court enforce against your share in it (the other partners have a right of first refusal; if none buys and they refuse a transfer, your exit or a reduction of your share is settled). The creditor may not set the claim off against what he owes the {party.firm}, nor exercise your rights in it.",
                    ),
                    DEF,
                    debtor_client,
                ),
                variant(
                    T(
                        "这是{party.partner}个人的债务，尚欠{amount.personal_amount}，不是合伙企业的债务：{party.firm}和你都不承担责任，你可以拒绝替他清偿。人民法院强制执行他在{party.firm}中的财产份额时应当通知全体合伙人，你有优先购买权；你不购买又不同意将该份额转让给他人的，应当为他办理退伙结算，或者办理削减其财产份额的结算。",
                        "This is the {party.partner}'s own debt ({amount.personal_amount} outstanding), not the enterprise's: neither the {party.firm} nor you are liable, and you may refuse to pay for him. A court enforcing against his share must notify all partners, and you have a right of first refusal; if you neither buy nor agree to a transfer to someone else, his exit or a reduction of his share must be settled.",
                    ),
                    DEF,
                ),
            ],
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "{party.firm}和其他合伙人：对{party.partner}的个人债务不承担责任（被免除的一方）",
                        "the {party.firm} and the other partners: not liable for the {party.partner}'s personal debt (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "{party.partner}与合伙企业无关的个人债务，尚欠{amount.personal_amount}",
                        "the {party.partner}'s personal debt unrelated to the enterprise ({amount.personal_amount})",
                    ),
                    NO_ORDER,
                    [C(PEL, 41), C(PEL, 42, 1)],
                )
            ],
            "remaining_liability": T(
                "{party.partner}本人以其全部个人财产清偿这笔债务；不足的，可以以其从合伙企业分得的收益清偿，债权人也可以请求人民法院强制执行其在合伙企业中的财产份额（其他合伙人有优先购买权）。",
                "The {party.partner} pays this debt from all his own property; failing that, from his profits from the enterprise, or the creditor may have the court enforce against his share (the other partners having a right of first refusal).",
            ),
            "deadlines": personal_common["deadlines"],
            "warnings": [
                W_PROFESSIONAL,
                warning(
                    "caution",
                    T(
                        "以合伙人个人名义借款、但款项实际用于合伙经营的，可能被认定为合伙的债务；结论取决于借款的用途和对方当时的认知。",
                        "A loan taken in a partner's own name but actually used for the partnership may be held to be the partnership's debt; it turns on how the money was used and what the lender knew.",
                    ),
                ),
                warning(
                    "caution",
                    T(
                        "按记录的事件，对欠债的合伙人的诉讼时效已经届满：他可以拒绝履行，法院不会主动适用诉讼时效。",
                        "On the events recorded, limitation against the indebted partner has run out: he may refuse to pay, though a court will not raise it by itself.",
                    ),
                    side=["creditor"],
                    when=ALL(p_no_court, p_lim_passed),
                ),
            ],
            "recourse": [],
            "next_steps": [
                item(
                    T(
                        "在诉讼时效届满前起诉{party.partner}本人（或者先书面催告，中断诉讼时效）；取得生效判决后，可以申请执行他从合伙企业分得的收益，或者请求人民法院强制执行他在合伙企业中的财产份额。",
                        "Before limitation runs out, sue the {party.partner} himself (or first send a written demand, which interrupts limitation); with an effective judgment, enforce against his profits from the enterprise or ask the court to enforce against his share in it.",
                    ),
                    ["creditor"],
                    ALL(p_no_court, p_lim_open, NOT(p_lim_maybe)),
                ),
                *personal_common["next_steps_tail"],
                item(
                    T(
                        "欠债的合伙人的债权人要求你或者合伙企业替他还债的，可以拒绝；他不能用这笔债权抵销他欠合伙企业的债务，也不能代位行使欠债的合伙人在合伙企业中的权利（合伙企业法第41条）。",
                        "If the indebted partner's creditor asks you or the enterprise to pay for him, refuse; he may not set the claim off against what he owes the enterprise, nor exercise the indebted partner's rights in it (Partnership Enterprise Law art. 41).",
                    ),
                    DEF,
                    other_client,
                ),
            ],
            "evidence": [
                item(
                    T(
                        "证明这笔债务以合伙人个人名义、为个人目的发生的材料（借条、用途）",
                        "Proof that the debt was incurred in the partner's own name and for his own purposes (the IOU, its use)",
                    )
                ),
                item(
                    T(
                        "催告函及送达凭证、借条或者确认欠款的文件、还款记录（证明诉讼时效中断）",
                        "Demand letters with proof of delivery, IOUs or confirmations, repayment records (proof that limitation was interrupted)",
                    ),
                    ["creditor"],
                ),
            ],
            "defences": [
                item(
                    T(
                        "这是{party.partner}与合伙企业无关的个人债务，合伙企业和其他合伙人不负责（合伙企业法第41条、第42条）。",
                        "This is the {party.partner}'s personal debt unrelated to the enterprise; neither the enterprise nor the other partners answer for it (Partnership Enterprise Law arts. 41, 42).",
                    ),
                    DEF,
                    other_client,
                ),
                *personal_common["defences"],
            ],
            "citations": [C(PEL, 42, 2)],
        }
    )
    u_personal_basis = [
        C(CC, 975),
        C(CC, 465, 2, when=p_new),
        C(TE, 3, when=p_old),
        C(GPCL, 84, when=p_old),
    ]
    n.append(
        {
            "id": "out_personal_u",
            "type": "outcome",
            "code": "P-L2",
            "title": T(
                "合伙人的个人债务：合伙和其他合伙人不负责",
                "A partner's personal debt: neither the partnership nor the other partners answer for it",
            ),
            "summary": [
                variant(
                    T(
                        "这是{party.partner}个人的债务，尚欠{amount.personal_amount}，不是合伙的债务：{party.venture}和其他合伙人不承担责任。你可以要求{party.partner}以其个人财产清偿；你不能代位行使他作为合伙人的权利，但可以代位行使他的利益分配请求权。请在诉讼时效内主张。",
                        "This is the {party.partner}'s own debt ({amount.personal_amount} outstanding), not the partnership's: the {party.venture} and the other partners are not liable. Ask the {party.partner} to pay from his own property; you may not exercise his rights as a partner, except his claim to a distribution of profits. Claim within the limitation period.",
                    ),
                    ["creditor"],
                ),
                variant(
                    T(
                        "这是你个人的债务，尚欠{amount.personal_amount}，不是合伙的债务：{party.venture}和其他合伙人不替你承担，你以个人财产清偿。你的债权人不能代位行使你作为合伙人的权利，但可以代位行使你的利益分配请求权。",
                        "This is your own debt ({amount.personal_amount} outstanding), not the partnership's: the {party.venture} and the other partners do not answer for it; you pay from your own property. Your creditor may not exercise your rights as a partner, except your claim to a distribution of profits.",
                    ),
                    DEF,
                    debtor_client,
                ),
                variant(
                    T(
                        "这是{party.partner}个人的债务，尚欠{amount.personal_amount}，不是合伙的债务：{party.venture}和你都不承担责任，你可以拒绝替他清偿。他的债权人不能代位行使他作为合伙人的权利，但可以代位行使他的利益分配请求权。",
                        "This is the {party.partner}'s own debt ({amount.personal_amount} outstanding), not the partnership's: neither the {party.venture} nor you are liable, and you may refuse to pay for him. His creditor may not exercise his rights as a partner, except his claim to a distribution of profits.",
                    ),
                    DEF,
                ),
            ],
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "{party.venture}和其他合伙人：对{party.partner}的个人债务不承担责任（被免除的一方）",
                        "the {party.venture} and the other partners: not liable for the {party.partner}'s personal debt (released)",
                    ),
                    TO_CREDITOR,
                    T(
                        "{party.partner}与合伙无关的个人债务，尚欠{amount.personal_amount}",
                        "the {party.partner}'s personal debt unrelated to the partnership ({amount.personal_amount})",
                    ),
                    NO_ORDER,
                    u_personal_basis,
                )
            ],
            "remaining_liability": T(
                "{party.partner}本人以其全部个人财产清偿这笔债务；债权人可以代位行使其利益分配请求权。",
                "The {party.partner} pays this debt from all his own property; the creditor may exercise his claim to a distribution of profits.",
            ),
            "deadlines": personal_common["deadlines"],
            "warnings": [
                warning(
                    "caution",
                    T(
                        "以合伙人个人名义借款、但款项实际用于合伙经营的，可能被认定为合伙的债务。",
                        "A loan taken in a partner's own name but used for the partnership may be held to be the partnership's debt.",
                    ),
                ),
                warning(
                    "caution",
                    T(
                        "按记录的事件，对欠债的合伙人的诉讼时效已经届满：他可以拒绝履行，法院不会主动适用诉讼时效。",
                        "On the events recorded, limitation against the indebted partner has run out: he may refuse to pay, though a court will not raise it by itself.",
                    ),
                    side=["creditor"],
                    when=ALL(p_no_court, p_lim_passed),
                ),
            ],
            "recourse": [],
            "next_steps": [
                item(
                    T(
                        "在诉讼时效届满前起诉{party.partner}本人（或者先书面催告，中断诉讼时效）；执行时可以代位行使他的利益分配请求权。",
                        "Before limitation runs out, sue the {party.partner} himself (or first send a written demand, which interrupts limitation); in enforcement, exercise his claim to a distribution of profits.",
                    ),
                    ["creditor"],
                    ALL(p_no_court, p_lim_open, NOT(p_lim_maybe)),
                ),
                *personal_common["next_steps_tail"],
                item(
                    T(
                        "他的债权人要求你替他还债，或者要代位行使他作为合伙人的权利（利益分配请求权除外）的，可以拒绝。",
                        "If his creditor asks you to pay for him, or to exercise his rights as a partner (except the claim to profits), refuse.",
                    ),
                    DEF,
                    other_client,
                ),
            ],
            "evidence": [
                item(
                    T(
                        "证明这笔债务以合伙人个人名义、为个人目的发生的材料",
                        "Proof that the debt was incurred in the partner's own name and for his own purposes",
                    )
                ),
                item(
                    T(
                        "催告函及送达凭证、借条或者确认欠款的文件、还款记录（证明诉讼时效中断）",
                        "Demand letters with proof of delivery, IOUs or confirmations, repayment records (proof that limitation was interrupted)",
                    ),
                    ["creditor"],
                ),
            ],
            "defences": [
                item(
                    T(
                        "这是{party.partner}与合伙无关的个人债务，合伙和其他合伙人不负责。",
                        "This is the {party.partner}'s personal debt unrelated to the partnership; neither it nor the other partners answer for it.",
                    ),
                    DEF,
                    other_client,
                ),
                *personal_common["defences"],
            ],
        }
    )

    # P-D6: not a partnership at all.
    np_new = ANY({"date": "np_date", "on_or_after": "2021-01-01"}, UNKNOWN("np_date"))
    np_mid = ALL(
        {"date": "np_date", "on_or_after": "2017-10-01"},
        {"date": "np_date", "before": "2021-01-01"},
    )
    np_old = ANY({"date": "np_date", "before": "2021-01-01"}, UNKNOWN("np_date"))
    n.append(
        {
            "id": "out_not_partnership",
            "type": "outcome",
            "code": "P-D6",
            "title": T(
                "不是合伙：被当作合伙人的人不作为合伙人承担责任",
                "Not a partnership: the person taken for a partner is not liable as one",
            ),
            "summary": [
                variant(
                    T(
                        "被你当作合伙人的人，实际上是个体工商户的帮工或者亲属、雇员，或者只是被挂靠的一方：他不是合伙人，不作为合伙人承担责任。请向真正的经营者、用人单位或者挂靠经营的人主张。",
                        "The person you took for a partner is really a helper or relative of an individual business, an employee, or the party whose name was borrowed: he is not a partner and not liable as one. Claim from the real operator, the employer or whoever traded under the borrowed name.",
                    ),
                    ["creditor"],
                ),
                variant(
                    T(
                        "你实际上不是合伙人（个体工商户的帮工或者亲属、雇员，或者被挂靠的一方），不作为合伙人承担责任；被要求以合伙人身份还债时，可以据此抗辩。",
                        "You are not really a partner (a helper or relative of an individual business, an employee, or the party whose name was borrowed) and are not liable as one; say so if asked to pay as a partner.",
                    ),
                    ["partner", "investor"],
                ),
                variant(
                    T(
                        "这不是合伙，不能依合伙的规则向他人追偿；你替人还债的，可以依你们之间的实际关系另行主张。",
                        "This is not a partnership, so partnership recovery rules do not apply; if you paid for someone, claim on the basis of your actual relationship.",
                    ),
                    PAY,
                ),
            ],
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "被当作合伙人的人：不作为合伙人承担责任（被免除的一方）",
                        "the person taken for a partner: not liable as a partner (released)",
                    ),
                    TO_CREDITOR,
                    T("这笔债务", "this debt"),
                    NO_ORDER,
                    [C(CC, 967, when=np_new), C(GPCL, 30, when=np_old)],
                )
            ],
            "remaining_liability": T(
                "个体工商户的债务由经营者（家庭经营的由家庭财产）承担；雇员执行工作任务造成的损害由用人单位承担；挂靠经营的，由专门规则确定挂靠人和被挂靠人的责任。",
                "An individual business's debts fall on its operator (or the family's property); harm done by an employee at work falls on the employer; for guakao, the specific rules decide between the two.",
            ),
            "warnings": [
                warning(
                    "caution",
                    T(
                        "分享利润、参与经营决策或者对外以合伙人身份出现的，可能被认定为合伙人；结论取决于实际的约定和做法。",
                        "Sharing profits, taking part in decisions or presenting oneself as a partner may make one a partner; it turns on what was really agreed and done.",
                    ),
                    "any",
                )
            ],
            "recourse": [],
            "next_steps": [
                item(
                    T(
                        "查明实际的经营者、用人单位或者挂靠经营的人，向其主张。",
                        "Identify the real operator, employer or trader under the borrowed name, and claim from him.",
                    ),
                    ["creditor"],
                ),
                item(
                    T(
                        "准备证明你实际身份的材料（工资记录、劳动合同、挂靠协议）。",
                        "Prepare proof of your real position (pay records, employment contract, guakao agreement).",
                    ),
                    ["partner", "investor", "payer"],
                ),
            ],
            "evidence": [
                item(
                    T(
                        "工资记录、劳动合同、个体工商户登记或者挂靠协议",
                        "Pay records, employment contract, the individual business's registration or the guakao agreement",
                    ),
                    "any",
                )
            ],
            "citations": [
                C(CC, 56, 1, when=ALL(A("not_partner_kind", "sole_trader"), np_new)),
                C(GPV, 56, 1, when=ALL(A("not_partner_kind", "sole_trader"), np_mid)),
                C(CC, 1191, 1, when=ALL(A("not_partner_kind", "employee"), np_new)),
            ],
        }
    )

    # P-D7, P-O: the fixed-return investor's own position.
    inv_new = ANY({"date": "invest_date", "on_or_after": "2021-01-01"}, UNKNOWN("invest_date"))
    inv_old = ANY({"date": "invest_date", "before": "2021-01-01"}, UNKNOWN("invest_date"))
    claimed = INC("investor_goal", "claimed")
    money_back = INC("investor_goal", "money_back")
    as_partner = [
        C(PEL, 2, 2, when=ANY(A("kind", "general", "special"), PROF_ORDINARY)),
        C(PEL, 2, 3, when=LIMITED),
        C(PEL, 39, when=REGISTERED),
        C(CC, 973, when=ALL(UNREG, inv_new)),
        C(GPCL, 35, 2, when=ALL(UNREG, inv_old)),
    ]
    contribution_basis = [
        C(PEL, 51, 1, when=REGISTERED),
        C(CC, 969, 2, when=ALL(UNREG, inv_new)),
        C(CC, 978, when=ALL(UNREG, inv_new)),
        C(GPCL, 32, when=ALL(UNREG, inv_old)),
    ]
    me_inv = T("你（{party.investor}）", "you (the {party.investor})")
    defence_steps = [
        item(
            T(
                "被起诉的，在答辩中提出：你只拿固定回报、不分担亏损、不参与经营，没有登记为合伙人，也没有对外以合伙人身份出现，因此不是合伙人，不对合伙的债务负责；同时提交出资协议和回报记录。",
                "If sued, say in your defence that you take a fixed return, bear no losses, take no part in the business and were neither registered nor presented as a partner — so you are not a partner and not liable for its debts; produce the agreement and the record of returns.",
            ),
            "any",
        )
    ]
    n.append(
        {
            "id": "out_investor_free",
            "type": "outcome",
            "code": "P-D7",
            "title": T(
                "只拿固定回报、不分担亏损的出资人不是合伙人，不对合伙的债务负责",
                "A fixed-return investor who bears no losses is not a partner and not liable for the partnership's debts",
            ),
            "summary": T(
                "你约定只拿固定回报、不分担亏损，也没有登记为合伙人或者对外以合伙人身份出现：你不是合伙人，合伙的债权人不能要求你作为合伙人还债，被起诉时可以据此答辩。你出的钱通常被认定为借款，你也可以作为债权人要求还款。",
                "You agreed only to a fixed return, bear no losses and were neither registered nor presented as a partner: you are not a partner, the partnership's creditors cannot make you pay as one, and you can say so if sued. Your money is usually treated as a loan, which you may also claim back as a creditor.",
            ),
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "你（{party.investor}）：不作为合伙人对合伙的债务承担责任（被免除的一方）",
                        "you (the {party.investor}): not liable for the partnership's debts as a partner (released)",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "{party.creditor}向你主张的合伙债务，以及合伙的其他债务",
                        "the partnership debt the {party.creditor} claims from you, and its other debts",
                    ),
                    NO_ORDER,
                    investor_basis("invest_date"),
                )
            ],
            "remaining_liability": T(
                "合伙的债务由合伙人依各自的规则承担。",
                "The partnership's debts fall on its partners under their own rules.",
            ),
            "warnings": [
                warning(
                    "contested",
                    T(
                        "名为投资、实为借贷的认定，看约定的实质：是否只拿固定回报、不分担亏损，是否参与经营，是否登记为合伙人或者对外以合伙人身份出现。",
                        'Whether an "investment" is really a loan turns on the substance: a fixed return with no losses, no part in the business, not registered or presented as a partner.',
                    ),
                )
            ],
            "recourse": [],
            "next_steps": [
                *defence_steps,
                T(
                    "需要要回本金和回报的，重新评估并勾选“想要回投入的钱”。",
                    'To get the money back, assess again and tick "wants the money back".',
                ),
            ],
            "evidence": [
                T(
                    "出资或者借款协议、转账记录、回报支付记录",
                    "The investment or loan agreement, transfers, records of returns",
                )
            ],
        }
    )
    claimed_text = {
        "registered_or_held_out": T(
            "你虽然与合伙人约定只拿固定回报，但登记为合伙人或者对外以合伙人身份出现：信赖登记或者你的表示的债权人，可能要求你作为合伙人承担责任（有争议）。你承担后，可以依内部约定向其他合伙人追偿。",
            "You agreed internally to a fixed return but were registered or presented as a partner: creditors who relied on that may hold you liable as a partner (contested). If you pay, you may recover from the other partners under your internal agreement.",
        ),
        "shares_losses": T(
            "你分享利润、也分担亏损：你是合伙人，对合伙的债务作为合伙人承担责任，不能以“只是投资”为由抗辩。",
            'You share profit and loss: you are a partner and answer for the partnership\'s debts as one; "only an investment" is no defence.',
        ),
        "unknown": T(
            "尚不清楚你与合伙人约定的是固定回报还是共担盈亏：共担盈亏的，你是合伙人，要对合伙的债务负责；只拿固定回报、不分担亏损的，你不是合伙人。",
            "It is not known whether you agreed to a fixed return or to share profit and loss: sharing, you are a partner and liable for its debts; a fixed return with no losses, you are not a partner.",
        ),
    }
    money_text = T(
        "你被认定为合伙人的，投入的钱是出资，不是借款：其他合伙人不负返还的债务，你只能通过退伙结算或者合伙清算后的剩余财产分配收回。只拿固定回报、不分担亏损的，才是借款。",
        "If you count as a partner, your money is a contribution, not a loan: the other partners owe no repayment, and you recover it through the exit settlement or the winding-up. Only a fixed return with no losses makes it a loan.",
    )
    summaries = []
    for terms, text in claimed_text.items():
        summaries.append(
            {
                "when": ALL(claimed, money_back, A("investor_terms", terms)),
                **T(text["zh"] + money_text["zh"], text["en"] + " " + money_text["en"]),
            }
        )
        summaries.append({"when": ALL(claimed, A("investor_terms", terms)), **text})
    summaries.append(
        {
            "when": A("investor_terms", "unknown"),
            **T(
                claimed_text["unknown"]["zh"] + money_text["zh"],
                claimed_text["unknown"]["en"] + " " + money_text["en"],
            ),
        }
    )
    summaries.append({**money_text})
    n.append(
        {
            "id": "out_investor",
            "type": "outcome",
            "code": "P-O",
            "title": T("出资人是否被当作合伙人", "Whether the investor counts as a partner"),
            "summary": summaries,
            "findings": [
                *order_split(
                    finding(
                        "连带责任",
                        me_inv,
                        T("合伙的债权人", "the partnership's creditors"),
                        T(
                            "合伙的债务，以个人全部财产承担",
                            "the partnership's debts, with all personal property",
                        ),
                        ORDER_REG,
                        as_partner,
                        sublabel=T(
                            "对外按合伙人承担（有争议）",
                            "as a partner towards outsiders (contested)",
                        ),
                        when=ALL(claimed, A("investor_terms", "registered_or_held_out")),
                    )
                ),
                *order_split(
                    finding(
                        "连带责任",
                        me_inv,
                        T("合伙的债权人", "the partnership's creditors"),
                        T(
                            "合伙的债务，以个人全部财产承担",
                            "the partnership's debts, with all personal property",
                        ),
                        ORDER_REG,
                        as_partner,
                        sublabel=T("作为合伙人", "as a partner"),
                        when=ALL(claimed, A("investor_terms", "shares_losses")),
                    )
                ),
                *order_split(
                    finding(
                        "连带责任",
                        me_inv,
                        T("合伙的债权人", "the partnership's creditors"),
                        T(
                            "合伙的债务，以个人全部财产承担",
                            "the partnership's debts, with all personal property",
                        ),
                        ORDER_REG,
                        as_partner,
                        sublabel=T("若你分享利润、分担亏损", "if you share profit and loss"),
                        when=ALL(claimed, A("investor_terms", "unknown")),
                        depends_on=["investor_terms"],
                    )
                ),
                finding(
                    "不承担责任",
                    T(
                        "其他合伙人：不负返还你的出资和支付固定回报的债务（被免除的一方）",
                        "the other partners: no debt to repay your contribution or pay a fixed return (released)",
                    ),
                    me_inv,
                    T("你投入的出资", "the contribution you put in"),
                    NO_ORDER,
                    contribution_basis,
                    sublabel=T("你被认定为合伙人时", "if you count as a partner"),
                    when=money_back,
                ),
            ],
            "remaining_liability": T(
                "你的出资通过退伙结算或者合伙清算后的剩余财产分配收回；合伙的债务由合伙人依各自的规则承担。",
                "Your contribution comes back through the exit settlement or the winding-up; the partnership's debts fall on the partners under their own rules.",
            ),
            "warnings": [
                warning(
                    "contested",
                    T(
                        "名为投资、实为借贷的认定，看约定的实质：是否只拿固定回报、不分担亏损，是否参与经营，是否登记为合伙人或者对外以合伙人身份出现。法院会综合判断。",
                        'Whether an "investment" is really a loan turns on the substance: a fixed return with no losses, no part in the business, not registered or presented as a partner. Courts weigh it all.',
                    ),
                ),
                warning(
                    "caution",
                    T(
                        "在有限合伙企业中登记为有限合伙人的，只以认缴出资额为限承担责任。",
                        "Someone registered as a limited partner answers only up to his subscription.",
                    ),
                    when=LIMITED,
                    basis=[C(PEL, 2, 3)],
                ),
                warning(
                    "caution",
                    T(
                        "登记的合伙企业的合伙协议不得约定由部分合伙人承担全部亏损；保证某一合伙人固定回报的约定，可能因此无效。",
                        "A partnership enterprise's agreement may not put all losses on some partners; a guaranteed fixed return for one partner may be void for that reason.",
                    ),
                    when=ALL(REGISTERED, money_back, A("investor_terms", "registered_or_held_out")),
                    basis=[C(PEL, 33, 2)],
                ),
                warning(
                    "missing_fact",
                    T(
                        "约定的实质尚未核实：核实后请重新评估。",
                        "The substance of the agreement is not verified: assess again once it is.",
                    ),
                    when=A("investor_terms", "unknown"),
                ),
            ],
            "recourse": [
                {
                    "text": T(
                        "你作为合伙人清偿合伙债务超过自己份额的，可以向其他合伙人追偿。",
                        "If as a partner you pay more than your share of a partnership debt, you may recover from the others.",
                    ),
                    "when": claimed,
                },
            ],
            "next_steps": [
                T(
                    "找出出资协议、分红或者回报记录、登记信息，确定约定的实质。",
                    "Find the agreement, the record of profits or returns and the registration to establish what was really agreed.",
                ),
                {
                    "text": T(
                        "被起诉的，在答辩中依上面的认定说明你的身份；登记为合伙人或者对外以合伙人身份出现的，可以主张债权人知道你只是出资拿固定回报的人。",
                        "If sued, explain your position in your defence as found above; if you were registered or presented as a partner, you may argue that the creditor knew you were only an investor on a fixed return.",
                    ),
                    "when": claimed,
                },
                {
                    "text": T(
                        "要求退伙结算，或者在合伙终止后参与清算，收回出资。",
                        "Ask for an exit settlement, or take part in the winding-up, to get the contribution back.",
                    ),
                    "when": money_back,
                },
            ],
            "evidence": [
                T(
                    "出资或者借款协议、转账记录、分红或者回报记录",
                    "The investment or loan agreement, transfers, profit or return records",
                ),
                {
                    "text": T("合伙企业的登记信息", "The enterprise's registration"),
                    "when": REGISTERED,
                },
            ],
        }
    )

    # P-M, P-M2, P-M3: the partner who paid seeks contribution.
    pd_new = ANY(
        {"date": "payer_debt_date", "on_or_after": "2021-01-01"}, UNKNOWN("payer_debt_date")
    )
    pd_old = ANY({"date": "payer_debt_date", "before": "2021-01-01"}, UNKNOWN("payer_debt_date"))
    recourse_basis = [
        C(PEL, 40, when=REGISTERED),
        C(PEL, 33, 1, when=REGISTERED),
        C(CC, 973, when=ALL(UNREG, pd_new)),
        C(CC, 972, when=ALL(UNREG, pd_new)),
        C(GPCL, 35, 2, when=ALL(UNREG, pd_old)),
        C(GPCL, 35, 1, when=ALL(UNREG, pd_old)),
    ]
    judged_r = EVENT("judgment_effective", question="recourse_history")
    r_no_court = NOT(EVENT("suit", "judgment_effective", question="recourse_history"))
    r_passed = LIM_RECOURSE_PASSED
    r_open = ANY(NOT(r_passed), UND(r_passed))
    r_maybe = ANY(
        *(
            ALL(shown(n), UND({"deadline": n, "passed": True}))
            for n in ("lim_recourse", "lim_recourse_1986")
        )
    )
    payer_common = {
        "deadlines": [
            {"use": "lim_recourse"},
            {"use": "lim_recourse_1986"},
            {"use": "enforcement_recourse"},
        ],
        "warnings": [
            W_PROFESSIONAL,
            warning(
                "caution",
                T(
                    "按记录的事件，追偿的诉讼时效已经届满：其他合伙人可以提出不履行的抗辩，但法院不会主动适用诉讼时效；他们届满后同意履行的，不得再以诉讼时效抗辩。",
                    "On the events recorded, limitation for recovery has run out: the other partners may refuse to pay, but a court will not raise limitation by itself; if they agree to perform after expiry, they cannot then plead it.",
                ),
                when=ALL(r_no_court, r_passed),
                basis=[C(CC, 192, 1), C(CC, 192, 2), C(CC, 193)],
            ),
            warning(
                "caution",
                T(
                    "有限合伙人只以认缴的出资额为限承担责任，向其追偿也以此为限。",
                    "A limited partner answers only up to his subscription, and so does recovery from him.",
                ),
                when=LIMITED,
                basis=[C(PEL, 2, 3)],
            ),
            warning(
                "unverified",
                T(
                    "债务发生在现行合伙企业法施行（2007年6月1日）之前，请律师核对当时的法律。",
                    "The debt arose before the current Partnership Enterprise Law (2007-06-01): have a lawyer check the law of the time.",
                ),
                when=ALL(REGISTERED, {"date": "payer_debt_date", "before": "2007-06-01"}),
            ),
        ],
        "recourse": [
            {
                "text": T(
                    "被追偿的合伙人不能履行其应分担份额的，其他合伙人应当在相应范围内按比例分担（民法典第519条第3款）。",
                    "If a partner cannot pay his share, the others bear it in proportion (Civil Code art. 519(3)).",
                ),
                "when": pd_new,
            },
        ],
        "next_steps": [
            {
                "text": T(
                    "向{party.others}分别书面催告，要求各自按份额偿还，以EMS寄送并保存回执；在追偿的诉讼时效届满前起诉。",
                    "Send each of the {party.others} a written demand for his share, by EMS with a receipt, and sue before the limitation for recovery runs out.",
                ),
                "when": ALL(r_no_court, r_open, NOT(r_maybe)),
            },
            {
                "text": T(
                    "追偿的诉讼时效可能已经届满（清偿日只知道月份，最后一日是一个范围）：请立即查清确切日期，并立即书面催告、起诉。",
                    "Limitation for recovery may have run out (the day of payment is known only to the month, so the last day is a range): find the exact day and send written demands and sue at once.",
                ),
                "when": ALL(r_no_court, r_maybe),
            },
            {
                "text": T(
                    "按记录的事件，追偿的诉讼时效已经届满，但请求权并未消灭：{party.others}仍可以自愿同意偿还或者偿还，届满后书面同意偿还或者部分偿还的，不得再以诉讼时效抗辩；已经自愿偿还的，不得请求返还。可以先书面要求他们确认欠款或者偿还。起诉的，法院不会主动适用诉讼时效，对方在一审中提出时效抗辩的，请求得不到支持。请先核对有没有未记录的催告、承认或者起诉。",
                    "On the events recorded, limitation for recovery has run out, but the claim itself survives: the {party.others} may still agree to pay or pay of their own accord; one who agrees in writing or pays in part after expiry cannot then plead limitation, and what was paid voluntarily cannot be claimed back. You may first ask them in writing to confirm the debt or pay. If you sue, the court will not raise limitation by itself; if a partner pleads it in the first instance, the claim fails. First look for demands, acknowledgements or suits not recorded.",
                ),
                "when": ALL(r_no_court, r_passed),
            },
            {
                "text": T(
                    "判决已经生效：在申请执行的期间内申请强制执行。",
                    "The judgment is effective: apply for enforcement within the period.",
                ),
                "when": ALL(
                    judged_r, NOT(EVENT("enforcement_applied", question="recourse_history"))
                ),
            },
        ],
        "evidence": [
            T(
                "向债权人清偿的凭证（转账记录、收条、法院的执行记录）",
                "Proof of payment to the creditor (transfers, receipts, the court's enforcement record)",
            ),
            T(
                "合伙协议中的亏损分担或者出资比例条款；没有约定的，实缴出资的凭证",
                "The agreement's loss-sharing or contribution clause; failing that, proof of paid-in contributions",
            ),
        ],
    }
    n.append(
        {
            "id": "out_payer",
            "type": "outcome",
            "code": "P-M",
            "title": T(
                "多付的合伙人可以向其他合伙人按份追偿",
                "The partner who overpaid may recover from each of the others his share",
            ),
            "summary": T(
                "你替合伙清偿了{amount.pay_amount}，超过你应当承担的{amount.own_share}，多付的{amount.excess}可以向{party.others}追偿：每人只偿还自己应当分担的那一份，这不是连带责任，不能要求其中一人偿还全部。",
                "You paid {amount.pay_amount} for the partnership, more than your own share of {amount.own_share}; the {amount.excess} overpaid can be recovered from the {party.others}, each paying only his own share — several, not joint, liability: no one of them owes the whole.",
            ),
            "findings": [
                finding(
                    "按份责任",
                    T(
                        "{party.others}：各自按其应当分担的份额偿还",
                        "the {party.others}: each for his own share",
                    ),
                    T("已清偿的合伙人（当事人）", "the partner who paid (the client)"),
                    T(
                        "多付的{amount.excess}，即已清偿的{amount.pay_amount}减去你应当承担的{amount.own_share}；由其他合伙人按比例分担，每人只偿还自己的份额",
                        "The {amount.excess} overpaid ({amount.pay_amount} paid less your own share of {amount.own_share}), shared by the others in proportion, each paying only his own share",
                    ),
                    T(
                        "这不是连带责任：分别向每个合伙人主张其份额",
                        "Not joint and several liability: claim each partner's share from him",
                    ),
                    recourse_basis,
                    sublabel=T("追偿，按各自应当分担的份额", "recovery, each for his own share"),
                )
            ],
            **payer_common,
        }
    )
    n.append(
        {
            "id": "out_payer_none",
            "type": "outcome",
            "code": "P-M2",
            "title": T(
                "没有超过自己份额的清偿，不能追偿",
                "A payment within one's own share gives no recovery",
            ),
            "summary": T(
                "你清偿的{amount.pay_amount}没有超过你应当承担的{amount.own_share}，不能向其他合伙人追偿；尚未清偿的合伙债务，仍由合伙人对债权人承担。",
                "Your payment of {amount.pay_amount} does not exceed your own share of {amount.own_share}: there is nothing to recover from the other partners; the rest of the partnership's debt is still owed to the creditor.",
            ),
            "findings": [
                finding(
                    "不承担责任",
                    T(
                        "{party.others}：不须向你偿还（被免除的一方）",
                        "the {party.others}: owe you nothing (released)",
                    ),
                    T("已清偿的合伙人（当事人）", "the partner who paid (the client)"),
                    T("你已清偿的{amount.pay_amount}", "the {amount.pay_amount} you paid"),
                    NO_ORDER,
                    recourse_basis,
                )
            ],
            "remaining_liability": T(
                "尚未清偿的合伙债务，仍由各合伙人依各自的规则对债权人承担；你以后清偿超过自己份额的，可以就超过的部分追偿。",
                "What is still owed remains the partners' debt to the creditor under their own rules; if you later pay beyond your share, you may recover the excess.",
            ),
            **payer_common,
        }
    )
    n.append(
        {
            "id": "out_payer_unknown",
            "type": "outcome",
            "code": "P-M3",
            "title": T(
                "追偿的数额取决于你应当承担的份额",
                "How much can be recovered depends on your own share",
            ),
            "summary": [
                {
                    "when": ALL(UNREG, pd_old, NOT(pd_new)),
                    **T(
                        "你替合伙清偿了{amount.pay_amount}，但你应当承担的数额尚不清楚：超过部分，可以向{party.others}追偿。这笔债务发生在2021年以前，你应当承担的数额按出资比例或者协议的约定确定（民法通则第35条）；请先据此算出你的份额。",
                        "You paid {amount.pay_amount} for the partnership, but your own share is not known: whatever exceeds it can be recovered from the {party.others}. The debt arose before 2021, so your share follows the contributions or the agreement (General Principles art. 35); work it out on that basis first.",
                    ),
                },
                {
                    **T(
                        "你替合伙清偿了{amount.pay_amount}，但你应当承担的份额尚不清楚：超过份额的部分，可以向{party.others}按各自的比例追偿。请先算出你的份额：按合伙协议的约定；没有约定或者约定不明确的，由合伙人协商；协商不成的，按实缴出资比例；无法确定出资比例的，平均分担。",
                        "You paid {amount.pay_amount} for the partnership, but your own share is not known: whatever exceeds it can be recovered from the {party.others}, each by his ratio. Work out your share first: as the agreement says; failing that, as the partners agree; failing that, by paid-in contributions; if those cannot be told, equally.",
                    ),
                },
            ],
            "findings": [
                finding(
                    "按份责任",
                    T(
                        "{party.others}：各自按其应当分担的份额偿还",
                        "the {party.others}: each for his own share",
                    ),
                    T("已清偿的合伙人（当事人）", "the partner who paid (the client)"),
                    T(
                        "你已清偿的{amount.pay_amount}中超过你应当承担份额的部分（份额待核实）",
                        "the part of your {amount.pay_amount} beyond your own share (share to verify)",
                    ),
                    T(
                        "这不是连带责任：分别向每个合伙人主张其份额",
                        "Not joint and several liability: claim each partner's share from him",
                    ),
                    recourse_basis,
                    sublabel=T("数额待核实", "amount to verify"),
                    depends_on=["own_share"],
                )
            ],
            **payer_common,
        }
    )
    return n


# --- the tree ------------------------------------------------------------------------------

NOTES = [
    T(
        "多人同案：格式2没有“对每个合伙人分别提问”的重复结构。本树让当事人按情形勾选合伙人（债务发生时在伙、后来入伙、退伙、有限合伙人、转变身份、特殊普通合伙中有过错或者无过错、自称固定回报投资人），每种情形声明一个当事人（many），姓名在案件信息中按情形填写；债务发生时在伙的合伙人只有一栏“合伙人”（有限合伙企业的普通合伙人也填在这里），被要求还债的当事人本人有一栏“当事人本人”，在他自己那一类的认定和事件中出现。每种情形问最早的日期，再问是否有人日期更晚，有的再问最晚的日期：债务在最早之前或者最晚之后的，结论一致；在两者之间的，结论因人而异，认定分成两组并要求逐人核对。名字和日期不能一一对应，彻底解决需要引擎的重复组（对每个合伙人：姓名、情形、日期、金额）。",
        "Several partners: format 2 has no repeating group. The tree asks which positions the partners are in (partner when the debt arose, joined later, left, limited partner, converted, at fault or not in a special general partnership, self-styled fixed-return investor), declares one party per position (many: true) whose names the case information collects; the partners of the day have one field, '合伙人' (a limited partnership's general partners too), and the client claimed against has one of his own, '当事人本人', named in his own position's finding and in events. Each position asks the earliest day, whether anyone's day is later, and then the latest: a debt before the earliest or after the latest gives one result; between them the result differs by person, so the findings split into two groups to be checked one by one. Names cannot be tied to days; a repeating group in the engine (per partner: name, position, dates, amounts) would solve it.",
    ),
    T(
        "日期由工具比较：债务发生日（合同签订、借款交付、侵权行为）与入伙、退伙、转变身份的日期比较，同一天的按“先后待查”处理；只知道月份或者不清楚的，比较结果待定，走“取决于”的认定。日期只决定条文、不改变责任的（新入伙的普通合伙人第44条第1款或者第2款，新入伙的有限合伙人第77条或者第2条第3款），只在依据中按日期选择条文，认定本身不标为取决于待核实的事实。",
        "Dates are compared by the tool: the day the debt arose (contract, loan, tort) against the days of joining, leaving or converting; the same day is treated as open (which came first is to verify); month-only or unknown dates leave the comparison open and lead to the 'depends' findings. Where a date only picks the article and not the liability (a new general partner, art. 44(1) or (2); a new limited partner, art. 77 or 2(3)), it selects the basis only, and the finding is not marked as depending on it.",
    ),
    T(
        "特殊的普通合伙企业：一人有过错的，标签为“无限责任”（合伙企业法第57条第1款“无限责任”），数人的为“连带责任”（无限连带责任）；其他合伙人为“有限责任”。有过错者人数不清楚的，列出两种情形并标明取决于该事实。有过错的当事人可以主张只是一般过失（第57条第2款）；会计师事务所审计责任的专门司法解释不在引用范围内，只作为请律师核对的提示。",
        "Special general partnership: one partner at fault is labelled 无限责任 (art. 57(1) 'unlimited liability'), several 连带责任 (unlimited joint liability); the others 有限责任. If the number at fault is unknown, both are listed as depending on it. A client at fault may argue ordinary negligence (art. 57(2)); the SPC rules on accounting firms' audit liability are not cited, only flagged for a lawyer to check.",
    ),
    T(
        "没有登记的合伙：债务发生在2021年1月1日前的，全程适用民法通则第30条、第35条（含追偿：按出资比例或者协议的约定），诉讼时效按到期日适用民法总则（2017年10月1日至2020年12月31日）或者民法通则第135条；之后的适用民法典第967条、第972条、第973条。日期不清楚的两者并列。后来加入者对加入前债务的责任、退出后仍以合伙人身份出现者的责任，法律没有规定，作为争议提示。",
        "Unregistered partnerships: for debts before 2021-01-01 the General Principles arts. 30 and 35 apply throughout (recovery included: by contributions or the agreement); limitation by the due date under the General Provisions (2017-10-01 to 2020-12-31) or General Principles art. 135; later debts the Civil Code arts. 967, 972, 973. Unknown dates show both. Liability of someone who joined later for earlier debts, and of someone who left but still appeared as a partner, is not settled by statute and is shown as contested.",
    ),
    T(
        "诉讼时效分行计算：对合伙企业（注销的不再列）；对普通合伙人（只计对合伙人发生的事件）；对合伙企业的中断也及于合伙人时的另一行（有争议，记录了对合伙企业的中断时显示，判决后也保留：对合伙企业的起诉在起诉之日中断）；对合伙企业终结本次执行程序的，另列从该裁定起算的一行（另一种起算看法，有争议）。只计对合伙人本人的事件已经届满、而有争议的一行尚未届满的，结论和下一步写“有争议”，不写“已经届满”。当事人本人承担有限责任的，对他发生的事件不计入普通合伙人的各行（另有同名的行）。事件只针对同一栏中的某一人的，对合伙人的各行逐人计算；普通合伙人（合伙企业法第39条）和没有登记的合伙的合伙人（民法典第973条、民法通则第35条第2款）是连带债务人，对其中一人的中断及于其他人（events.persons joint）；追偿的各行按份，不设此项。每一行都写明由哪一方在期限内行事。被要求还债、承担无限责任的当事人本人只看到“对你的诉讼时效”一行（对他本人的事件，加上对其他承担无限责任的合伙人的事件作为连带债务人之间的中断；对合伙企业的事件不计入），不列债权人对其他合伙人的各行和有争议的各行（有争议的日期写在注意事项中），对合伙企业的一行只在已经届满时列出，并提示能否援用合伙企业的时效抗辩有争议、确认是为谁作出的要查明：这样结论领头的是他自己的诉讼时效（第二次审核第3、4条）。特殊的普通合伙企业中因执业过错发生的债务、当事人本人没有过错的：对合伙人的各行写明是对有过错的合伙人，只计对他们的事件；一人有过错的，追偿只写合伙企业法第58条，不写第40条的分担。",
        "Limitation rows: against the enterprise (none once deregistered); against the general partners (events against partners only); a row counting events against the enterprise too (contested; shown once such events are recorded, also after a judgment: a suit against the enterprise interrupts on filing); and, where enforcement against the enterprise ended for now (终本), a row counting from that ruling (the other view of the start; contested). Where the partners' own row has passed but a contested one has not, the result and next steps say the point is contested, not that the claim is time-barred. A client of limited liability: events against him do not count in the general partners' rows (twin rows of the same label). An event against one person of a field makes the partners' rows per person; general partners (art. 39) and the partners of an unregistered partnership (Civil Code art. 973, General Principles art. 35(2)) are joint debtors, so an interruption against one reaches the others (events.persons joint); recovery rows are several and do not. Every row says which side acts by it. A client claimed against who is liable without limit sees one row of his own, “limitation against you” (events against him, and those against the other partners liable without limit as interruptions between joint debtors; not those against the enterprise), not the creditor's rows against the others nor the contested rows (their dates are told in the cautions); the enterprise's row only once it has run out, with the contested point of relying on it and of whom an acknowledgement was made for — so his conclusion leads with his own limitation (second review, findings 3 and 4). A special general partnership's debt from fault in practice, the client without fault: the partners' rows are about the partners at fault and count only events against them; with one at fault, recovery is art. 58 only, not art. 40's sharing.",
    ),
    T(
        "2017年10月1日前到期的债务：期限声明民法通则第135条的二年，引擎按法释〔2018〕12号把当时尚未届满的延长为三年；不再要求人工核对。分期履行的旧债务从最后一期起算（当时的诉讼时效规定第5条，不在引用范围内，不单独提示）。",
        "Debts due before 2017-10-01: the deadline declares General Principles art. 135's two years, which the engine lengthens to three where still running on that day (法释〔2018〕12号); no hand check is asked. An old instalment debt counts from the last instalment (the limitation provisions of the time, art. 5, not cited and not flagged).",
    ),
    T(
        "有限合伙人：范围写明认缴额和未缴额，个人还须拿出的以合伙企业不能清偿的部分为限、最多为尚欠债务（金额的较小者）；已足额实缴的写明不再另行承担。债权人能否直接请求其在未缴范围内向自己清偿有不同做法，作为争议提示。缴付出资的请求不适用诉讼时效（诉讼时效规定第1条第3项）。",
        "Limited partners: the scope states the subscription and the unpaid part; what they still owe personally is only for what the enterprise cannot pay, at most the debt outstanding (the smaller amount); fully paid in, the finding says nothing more is owed. Whether a creditor may claim the unpaid part directly is disputed and shown as such. The claim to pay in a contribution is not subject to limitation (SPC Limitation Provisions art. 1(3)).",
    ),
    T(
        "固定回报出资人：不分担亏损的不是合伙人（2021年起民法典第967条；此前没有登记的合伙为民法通则第30条，合伙企业为合伙企业法第33条第2款）。想要回钱的，作为合伙的债权人进入债权人的评估，认定写明合伙人对他（而不是对案件信息中的债权人）负责，出资日期只问一次（即债务发生之日）；被当作合伙人的，单独给出结论；两者可以同时选择。登记为合伙人或者对外以合伙人身份出现的，对外是否按合伙人负责有争议。回报以民间借贷规定第25条第1款为限，2020年8月20日前交付的依第31条第2款分段。",
        "Fixed-return investors: one who bears no losses is not a partner (Civil Code art. 967 from 2021; before, General Principles art. 30 for an unregistered partnership and Partnership Enterprise Law art. 33(2) for an enterprise). One who wants the money back continues as the partnership's creditor, the findings naming him (not the case's creditor) as the one owed, his date asked once (as the day the debt arose); the debt questions tell the worker that for him the amount, dates and events are those of his own money, never of a debt someone claims from him. One claimed as a partner gets his own result; both can be ticked, and then he gets 不承担责任 towards the named creditor (民法通则30 or 民法典967 by the day he paid in) beside his own claim against the partners. Whether someone registered or presented as a partner answers as one towards outsiders is shown as contested. The return is capped by the private-lending provisions art. 25(1), split by art. 31(2) for money paid before 2020-08-20.",
    ),
    T(
        "合伙人的个人债务：登记的合伙企业依合伙企业法第41条、第42条；没有登记的合伙依民法典第975条（2021年以前的债务，当时的法律没有规定，依民法典时间效力规定第3条）以及合同相对性（民法典第465条第2款；此前民法通则第84条）。问金额、发生日、到期日和案件经过，计算对欠债的合伙人的诉讼时效；被要求还债的一方问是欠债的合伙人本人还是其他合伙人。",
        "A partner's personal debt: Partnership Enterprise Law arts. 41, 42 for registered enterprises; Civil Code art. 975 for unregistered partnerships (for debts before 2021, on which the law then said nothing, by art. 3 of the SPC rules on the Code's temporal effect) and privity (Civil Code art. 465(2); before, General Principles art. 84). The amount, the dates and the history are asked and the limitation against the indebted partner computed; a partner asked to pay says whether he is the debtor or another partner.",
    ),
    T(
        "追偿：合伙人之间按合伙的专门规则（合伙企业法第40条、第33条第1款；民法典第972条、第973条；民法通则第35条），不用民法典第178条“根据各自责任大小确定”的一般规则。追偿的诉讼时效届满的，写明其他合伙人仍可以同意履行（民法典第192条第2款）、法院不主动适用（第193条），不再写“在届满前起诉”。",
        "Recovery among partners follows the partnership rules (Partnership Enterprise Law arts. 40, 33(1); Civil Code arts. 972, 973; General Principles art. 35), not Civil Code art. 178's general 'by each one's share of responsibility'. Once recovery is time-barred, the result says the others may still agree to perform (Civil Code art. 192(2)) and the court does not raise limitation itself (art. 193), not 'sue before expiry'.",
    ),
    T(
        "执行中追加普通合伙人为被执行人的规则（最高法关于民事执行中变更、追加当事人的规定）不在引用范围内，只在提示中以平实的话写明并请律师核对；判决只针对合伙企业的，下一步先写申请追加。非企业专业服务机构（律师事务所等）的名称仍印在“合伙企业”一栏，提示说明它不是合伙企业、向主管部门而不是企业登记机关查询；其专门法律（律师法等）同样只作提示。2007年6月1日前的合伙企业债务（1997年合伙企业法）请律师核对。",
        "The rule for adding general partners as judgment debtors in enforcement (the SPC provisions on changing and adding parties in enforcement) is not cited, only described in plain words for a lawyer to check; where the judgment is against the enterprise alone, applying to add them is the first next step. A non-enterprise professional firm (a law firm …) still prints under the '合伙企业' party, with a warning that it is not a partnership enterprise and that its supervising authority, not the enterprise registry, is asked; its own statutes (Lawyers Law etc.) are flagged likewise. Enterprise debts before 2007-06-01 (1997 law) are for a lawyer to check.",
    ),
    T(
        "报告的模板把每项认定的“责任人”一栏印在“不承担责任”的认定上；本树在该栏写明“对这笔债务不承担责任（被免除的一方）”，并在“仍须承担责任的一方”写明谁仍要负责。",
        "The report template prints a 'liable party' row on 不承担责任 findings too; the tree writes 'not liable for this debt (released)' in it and names who remains liable under 'who remains liable'.",
    ),
    T(
        "判决：引擎把对某一责任人的生效判决当作对同一期限全部债务人“已由判决确定”。对没有被判决的合伙人，另列一行“对没有被判决的合伙人的诉讼时效”，自判决生效之日起重新计算三年（诉讼时效规定第15条第2款），并提示判决只约束被列为当事人的人。此后对他们本人发生的事件未计入。",
        "Judgments: the engine treats an effective judgment against one debtor as deciding the claim for every debtor of that deadline. For partners not named in the judgment a separate row counts three years again from the day it took effect (SPC Limitation Provisions art. 15(2)), with a warning that a judgment binds only its parties; later events against them are not counted.",
    ),
    T(
        "示例路径（scripts/sample_paths.py）：没有登记的合伙中有人退伙的一路经过格式2的各种问题（金额、只知道月份的日期、案件经过、多选），桌面应用的测试用键盘走完；个人债务一路要问金额和案件经过；“其实不是合伙”一路只有立场、选择和日期问题。民法总则第192条被引用于诉讼时效届满的提示，也使引擎在2017年10月1日至2020年12月31日之间的“届满后事件”步骤能找到条文。",
        "Sample paths (scripts/sample_paths.py): the unregistered partnership with a partner who left passes every question type of format 2 (money, month-only dates, the history, multiple choice) and is walked by keyboard in the desktop app's tests; the personal-debt path asks an amount and the history; the 'not a partnership' path has only side, choice and date questions. General Provisions art. 192 is cited in the time-bar warning, which also ships the article the engine cites for events after expiry between 2017-10-01 and 2020-12-31.",
    ),
    T(
        "特殊的普通合伙企业执业过错之债，只评估有过错和无过错的合伙人；此类债务中退伙或者新入伙的无过错合伙人的责任（第53条、第44条与第57条第1款的关系）没有单独处理。",
        "For a special general partnership's debt from professional fault only partners at fault and not at fault are assessed; how arts. 53 and 44 combine with art. 57(1) for partners not at fault who left or joined is not handled separately.",
    ),
]

LAWS = [
    "partnership_enterprise_law",
    "civil_code",
    "general_principles_civil_law_1986",
    "general_provisions_civil_law_2017",
    "spc_civil_code_time_effect",
    "spc_limitation_provisions",
    "civil_procedure_law",
    "spc_civil_procedure_interpretation",
    "spc_private_lending_provisions",
]


def build() -> Json:
    raw: Json = {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "partnership",
        "version": "2.1.3",
        "domain": "partnership",
        "title": T("合伙人的责任评估", "Partners' liability for a partnership's debts"),
        "description": T(
            "评估合伙的债务由哪些合伙人、以什么方式承担：普通合伙人、有限合伙人、特殊的普通合伙企业中有过错和无过错的合伙人、没有登记的合伙的合伙人，以及后来入伙、退伙、转变身份的合伙人和只拿固定回报的出资人；可以在一次评估中逐一列出几类合伙人。也评估合伙人的个人债务、多付的合伙人向其他合伙人追偿，并按案件经过计算诉讼时效、申请执行期间和上诉期。",
            "Assesses which partners answer for a partnership's debt, and how: general and limited partners, partners at fault or not in a special general partnership, partners of unregistered partnerships, partners who joined, left or changed kind, and fixed-return investors — several kinds of partner in one result. Also a partner's personal debt and a partner's recovery from the others, with limitation, enforcement and appeal periods computed from the case's history.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": LAWS,
        "notes": NOTES,
        "sides": SIDES,
        "parties": PARTIES,
        "amounts": [
            {
                "id": "lp_unpaid",
                "label": T("有限合伙人尚未实缴的出资", "the limited partners' unpaid subscription"),
                "difference": ["lp_subscribed", "lp_paid"],
            },
            {
                "id": "lp_cap",
                "label": T(
                    "有限合伙人个人还须拿出的上限",
                    "the most the limited partners still owe personally",
                ),
                "min": ["lp_unpaid", "debt_amount"],
            },
            {
                "id": "new_lp_cap",
                "label": T(
                    "新入伙的有限合伙人个人还须拿出的上限",
                    "the most the later limited partners still owe personally",
                ),
                "min": ["new_lp_unpaid", "debt_amount"],
            },
            {
                "id": "new_lp_unpaid",
                "label": T(
                    "新入伙的有限合伙人尚未实缴的出资",
                    "the later limited partners' unpaid subscription",
                ),
                "difference": ["new_lp_subscribed", "new_lp_paid"],
            },
            {
                "id": "excess",
                "label": T("超过自己份额的清偿", "what was paid beyond one's share"),
                "difference": ["pay_amount", "own_share"],
            },
        ],
        "glossary": [{"id": i, "term": term, "definition": d} for i, term, d in GLOSSARY],
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": [*question_nodes(), *findings_nodes(), *result_nodes()],
    }
    from scripts.share_definitions import share

    return share(raw)


def text() -> str:
    from scripts.share_definitions import to_text

    return to_text(build()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args(argv)
    generated = text()
    if args.check:
        current = TARGET.read_text(encoding="utf-8")
        if current != generated:
            sys.stderr.write(f"{TARGET} differs from the generator's output\n")
            return 1
        return 0
    TARGET.write_text(generated, encoding="utf-8")
    sys.stdout.write(f"{TARGET}: {len(generated.encode()) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
