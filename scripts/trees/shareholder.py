"""Generator of trees/shareholder.json (tree format 2, legal-coverage.md §2 with §2.5 and §7).

    python -m scripts.trees.shareholder          # writes trees/shareholder.json
    python -m scripts.trees.shareholder --check  # exit 1 if the file differs

The tree is written as code because one legal rule often needs several variants — by the
client's side, by the law version the dates select, by unknown facts — and helpers keep them
consistent. tests/trees/test_shareholder.py checks that the committed JSON is this output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from scripts.share_definitions import share, to_text  # noqa: E402
from scripts.trees._build import (  # noqa: E402
    T,
    all_,
    ans,
    any_,
    before,
    cite,
    ev,
    finding,
    inc,
    item,
    not_,
    on_or_after,
    passed,
    reached,
    side,
    und,
    unknown,
    variant,
    warn,
)

J = dict[str, Any]
OUT = ROOT / "trees" / "shareholder.json"

# --- laws
CC = "civil_code"
CL = "company_law_2023"
CL18 = "company_law_2018"
TE = "spc_company_law_time_effect"
J2 = "spc_company_interpretation_2"
J3 = "spc_company_interpretation_3"
LP = "spc_limitation_provisions"
CPL = "civil_procedure_law"
CPI = "spc_civil_procedure_interpretation"
EBL = "enterprise_bankruptcy_law"
RCR = "registered_capital_regulations_2024"
GI = "spc_guarantee_interpretation"
TL = "tort_liability_law_2009"
GP = "general_provisions_civil_law_2017"
GPCL = "general_principles_civil_law_1986"

NEW_LAW = "2024-07-01"  # 公司法 (2023修订) in force
CIVIL_CODE = "2021-01-01"
GENERAL_PROVISIONS = "2017-10-01"
LIQ_NEW = "2024-06-17"  # 时间效力规定6(2): cause plainly less than 15 days before 2024-07-01
LIQ_EDGE = "2024-06-16"  # the day read either way (EDGE_WARNING)

# --- sides
CRED, SH, DIR = "creditor", "shareholder", "director"
ALL = "any"
DEF = [SH, DIR]
C_ = [CRED]
S_ = [SH]
D_ = [DIR]

# --- conditions used throughout
JUDGMENT = ev("history", "judgment_effective")
ZHONGBEN = ev("history", "enforcement_terminated")
SERVED = ev("history", "judgment_served")
NO_JUDGMENT = not_(JUDGMENT)
WAGES = ans("creditor_kind", "wages")
#: A suit or arbitration against the company is pending (filed, or judged at first instance,
#: and neither decided for good nor ended otherwise).
SUIT_PENDING = all_(
    NO_JUDGMENT, ev("history", "suit", "judgment_served"), not_(ev("history", "proceedings_ended"))
)
#: A suit, demand or acknowledgement concerning a person claimed against is recorded: advice on
#: letters to sign no longer fits a client who is already sued or decided against.
PERSON_SUED = ev("person_history", "suit", "judgment_served", "judgment_effective")
#: A first-instance judgment against the persons served, not yet effective.
PERSON_JUDGED = all_(
    ev("person_history", "judgment_served"), not_(ev("person_history", "judgment_effective"))
)
#: The creditor may still sue the company in court (no judgment, no suit pending; wages go to
#: arbitration) — for texts before the company's state is asked (route D).
SUE_EARLY = all_(NO_JUDGMENT, not_(WAGES), not_(SUIT_PENDING))
DUE_QUESTIONS = ("debt_due_date", "debt_due_date_nh", "debt_due_date_j", "debt_due_date_k")
#: The due-date questions asked before the piercing route (debt_due_date_k comes later).
DUE_EARLY = DUE_QUESTIONS[:3]
ONE_SH = ans("company_type", "llc_one", "jsc_one")
MULTI_SH = ans("company_type", "llc_multi", "llc_spouses", "jsc_multi")
LLC = ans("company_type", "llc_multi", "llc_spouses", "llc_one")
JSC = ans("company_type", "jsc_multi", "jsc_one")
BANKRUPT = ans("company_state", "bankruptcy")
DISSOLVED = ans("company_state", "dissolved")
DEREGISTERED = ans("company_state", "deregistered")
#: The creditor may still sue the company in court: no judgment, no suit pending, not wages
#: (arbitration first), the company neither gone nor in bankruptcy (claims are then proved
#: with the administrator, 企业破产法19–21, 44).
SUE_COMPANY = all_(SUE_EARLY, not_(BANKRUPT), not_(DEREGISTERED))


def ability(*choices: str) -> J:
    """The answer on the company's ability to pay (asked before the routes for a company in
    existence, after the liquidation route for a dissolved one)."""
    return any_(ans("ability", *choices), ans("ability_d", *choices))


CAN_PAY = ability("can_pay")
ABILITY_UNKNOWN = ability("unknown")
#: The company's inability to pay is shown (or the company is gone or bankrupt).
UNABLE = any_(ability("cannot_pay", "enforcement_failed"), ZHONGBEN, DEREGISTERED, BANKRUPT)
ENFORCEMENT_FAILED = any_(ability("enforcement_failed"), ZHONGBEN)
OFFICE = any_(all_(side(SH), ans("sh_office", "director", "controller")), side(DIR))
CLIENT_ACTED = any_(ans("sh_office", "director"), ans("dir_role", "director"))  # the director
PERSON_KINDS = (
    "demand",
    "acknowledgement",
    "suit",
    "proceedings_ended",
    "judgment_served",
    "judgment_effective",
)
CLIENT_CONTROLLER = any_(ans("sh_office", "controller"), ans("dir_role", "controller"))
INSTRUCTED = ans("director_conduct", "instructed")
OVERDUE = inc("capital_status", "overdue")
UNEXPIRED = inc("capital_status", "unexpired")
K_FORMS = ("books_lost", "no_liquidation_dereg")
L_FORMS = ("assets_lost", "false_report", "committee_fault")
ABUSE = ("mixing", "control", "undercap")
WITHDRAWAL = ("profits", "fictitious", "related_party", "other")
SIGNS = ("insider", "low_price", "public_info")


def due_before(day: str, qs: tuple[str, ...] = DUE_QUESTIONS) -> J:
    """The company debt fell due before ``day`` (whichever due-date question the path asked)."""
    return any_(*(before(q, day) for q in qs))


def due_on_or_after(day: str, qs: tuple[str, ...] = DUE_QUESTIONS) -> J:
    return any_(*(on_or_after(q, day) for q in qs))


def due_open(day: str, qs: tuple[str, ...] = DUE_QUESTIONS) -> J:
    """Whether the debt fell due before ``day`` cannot be told (an unknown due date)."""
    return und(due_before(day, qs))


def era(question: str) -> dict[str, J]:
    """The general civil law in force on the date at ``question`` (民法典时间效力规定1)."""
    return {
        "cc": on_or_after(question, CIVIL_CODE),
        "gp": all_(on_or_after(question, GENERAL_PROVISIONS), before(question, CIVIL_CODE)),
        "gpcl": before(question, GENERAL_PROVISIONS),
    }


def joint_mechanics(question: str) -> list[J]:
    """§0.5: 连带责任 mechanics in the version the route's date selects."""
    e = era(question)
    return [
        cite(CC, 178, 1, when=e["cc"]),
        cite(CC, 178, 2, when=e["cc"]),
        cite(GP, 178, 1, when=e["gp"]),
        cite(GP, 178, 2, when=e["gp"]),
        cite(GPCL, 87, when=e["gpcl"]),
    ]


def due_mechanics(qs: tuple[str, ...] = DUE_QUESTIONS) -> list[J]:
    """§0.5 mechanics dated by the company debt (piercing of one-shareholder companies …)."""
    cc = any_(*(on_or_after(q, CIVIL_CODE) for q in qs))
    gp = any_(*(all_(on_or_after(q, GENERAL_PROVISIONS), before(q, CIVIL_CODE)) for q in qs))
    gpcl = any_(*(before(q, GENERAL_PROVISIONS) for q in qs))
    return [
        cite(CC, 178, 1, when=cc),
        cite(CC, 178, 2, when=cc),
        cite(GP, 178, 1, when=gp),
        cite(GP, 178, 2, when=gp),
        cite(GPCL, 87, when=gpcl),
    ]


def claim_mechanics(qs: tuple[str, ...] = DUE_QUESTIONS) -> list[J]:
    """§0.5 mechanics dated by the creditor's claim against the company (the liability towards
    him arises with it): 民法典178 when the debt fell due from 2021, when its date is not known, or
    when no due date was asked (a claim decided by a judgment)."""
    cc = any_(
        *(on_or_after(q, CIVIL_CODE) for q in qs),
        *(und(before(q, CIVIL_CODE)) for q in qs),
        not_(any_(*(reached(q) for q in qs))),
    )
    gp = any_(*(all_(on_or_after(q, GENERAL_PROVISIONS), before(q, CIVIL_CODE)) for q in qs))
    gpcl = any_(*(before(q, GENERAL_PROVISIONS) for q in qs))
    return [
        cite(CC, 178, 1, when=cc),
        cite(CC, 178, 2, when=cc),
        cite(GP, 178, 1, when=gp),
        cite(GP, 178, 2, when=gp),
        cite(GPCL, 87, when=gpcl),
    ]


def versioned(question: str, switch: str, new: list[J], old: list[J]) -> list[J]:
    """Citations for both sides of a switch date, and both when the date is not known."""
    out = []
    for c in new:
        out.append(
            {**c, "when": any_(on_or_after(question, switch), und(before(question, switch)))}
        )
    for c in old:
        out.append({**c, "when": any_(before(question, switch), und(before(question, switch)))})
    return out


def limitation_basis(question: str) -> list[J]:
    """The three years of 诉讼时效 in the version in force on the start date at ``question``
    (from 2017-10-01; earlier starts take the two years of 民法通则, see ``with_1986``)."""
    cc = any_(on_or_after(question, CIVIL_CODE), und(before(question, CIVIL_CODE)))
    gp = all_(on_or_after(question, GENERAL_PROVISIONS), before(question, CIVIL_CODE))
    return [
        cite(CC, 188, 1, when=cc),
        cite(CC, 188, 2, when=cc),
        cite(GP, 188, 1, when=gp),
        cite(GP, 188, 2, when=gp),
    ]


def with_1986(spec: J, when: J | None = None) -> list[J]:
    """A limitation period as two specs: three years (民法总则, 民法典) for a start on or after
    2017-10-01 (or not known), and the two years of 民法通则135 for an earlier start — the
    engine lengthens the latter if it was still running on 2017-10-01 (法释〔2018〕12号)."""
    question = spec["from"]
    new = any_(on_or_after(question, GENERAL_PROVISIONS), und(before(question, GENERAL_PROVISIONS)))
    old = before(question, GENERAL_PROVISIONS)
    base = spec.get("when")
    cond = all_(*(c for c in (base, when) if c is not None)) if (base or when) else None
    return [
        {**spec, "when": all_(cond, new) if cond else new},
        {
            **spec,
            "id": spec["id"] + "_86",
            "add": {"years": 2},
            "basis": [cite(GPCL, 135), cite(GPCL, 137)],
            "when": all_(cond, old) if cond else old,
        },
    ]


def old_of(spec: J) -> J:
    """The 民法通则 twin of a three-year limitation spec (for DEADLINES and conditions)."""
    return {
        **spec,
        "id": spec["id"] + "_86",
        "add": {"years": 2},
        "basis": [cite(GPCL, 135), cite(GPCL, 137)],
    }


def expiry_basis(*questions: str) -> list[J]:
    """The effect of limitation having run out, in the version of the period's end (approximated
    by the due date: two years under 民法通则 before 2017-10-01, three years since)."""
    new = any_(*(on_or_after(q, "2018-01-01") for q in questions))
    mid = any_(*(all_(on_or_after(q, "2015-10-01"), before(q, "2018-01-01")) for q in questions))
    old = any_(*(before(q, "2015-10-01") for q in questions))
    return [
        cite(CC, 192, 1, when=new),
        cite(CC, 193, when=new),
        cite(GP, 192, 1, when=mid),
        cite(GP, 193, when=mid),
        cite(GPCL, 135, when=old),
        cite(GPCL, 138, when=old),
    ]


# --- deadlines

CLAIM_NOTE = T(
    "从债务到期（可以主张权利）之日起算三年（2017年10月1日以前开始的为二年，到该日仍未届满的延长为三年）。"
    "向公司催告（以到达为准）、公司同意履行（欠条、对账确认、部分还款、还款计划、请求延期）、起诉或仲裁，都会使"
    "时效中断并重新计算；起诉后在诉讼结束前不会届满。本期间按记录的事件计算，没有记录的事件不会计入。",
    "Three years from the day the claim fell due (two years for a start before 1 October 2017, "
    "lengthened to three if still running on that day). A demand that reached the company, the "
    "company agreeing to pay (an IOU, a confirmed statement, a part payment, a repayment plan, a "
    "request for time), a suit or arbitration interrupt it and it starts again; while a suit is "
    "pending it does not end. Only the events recorded are counted.",
)
CLAIM_LABEL = T(
    "债权人对公司债权的诉讼时效", "Limitation of the creditor's claim against the company"
)
LIQ_NOTE = T(
    "三年期间从债权人知道或者应当知道公司无法清算（或者因未依法清算受到损失）以及责任人之日起算，"
    "通常是强制清算因无法清算而终结的裁定送达之日；公司已经注销的，是知道注销之日。法院实务中也这样起算（全国法院"
    "民商事审判工作会议纪要第16条，是会议纪要而不是司法解释）。表中计入对股东、董事、实际控制人本人的催告、承认和"
    "起诉。",
    "Three years from when the creditor knew or should have known that the company could "
    "not be liquidated (or of the loss from its not being liquidated) and who is liable — "
    "usually the day a ruling ending forced liquidation for that reason was served; for a "
    "deregistered company, the day he learned of the deregistration. Court practice counts the "
    "same way (2019 national civil and commercial trial conference minutes, item 16 — minutes, "
    "not a judicial interpretation). Demands, acknowledgements and suits against the persons "
    "themselves are counted.",
)
LIQ_NEW_NOTE = T(
    "三年期间从债权人知道或者应当知道因没有依法清算（或者违法清算）受到损失以及责任人之日起算，通常是强制清算因"
    "无法清算而终结的裁定送达之日；公司已经注销的，是知道注销之日。表中计入对董事、清算组成员本人的催告、承认和"
    "起诉。",
    "Three years from when the creditor knew or should have known of the loss from the "
    "failure to liquidate (or unlawful liquidation) and who is liable — usually the day a "
    "ruling ending forced liquidation was served; for a deregistered company, the day he "
    "learned of the deregistration. Demands, acknowledgements and suits against the directors "
    "or committee members themselves are counted.",
)
LIQ_JOINT_NOTE = T(
    "三年期间从债权人知道或者应当知道公司无法清算（或者公司未经清算即被注销）以及责任人之日起算，通常是强制清算因"
    "无法清算而终结的裁定送达之日；公司已经注销的，是知道注销之日。法院实务中也这样起算（全国法院民商事审判工作会议"
    "纪要第16条，是会议纪要而不是司法解释）。清算义务人对公司债务承担连带清偿责任，表中计入对他们本人的催告、承认和"
    "起诉，对其中一人的中断，对其他人同样有效（诉讼时效规定第15条第2款）；对其中一人的诉讼进行中，对其他人的期间"
    "也不会届满。",
    "Three years from when the creditor knew or should have known that the company could not "
    "be liquidated (or was deregistered without liquidation) and who is liable — usually the "
    "day a ruling ending forced liquidation for that reason was served; for a deregistered "
    "company, the day he learned of the deregistration. Court practice counts the same way "
    "(2019 conference minutes item 16 — minutes, not a judicial interpretation). The obligors "
    "answer jointly for the company's debt: demands, acknowledgements and suits against them are "
    "counted, and interrupting against one reaches the others (Limitation Provisions art. "
    "15(2)); while a suit against one is pending, the period against the others does not end "
    "either.",
)
LIQ_CTRL_NOTE = T(
    "三年期间从债权人知道或者应当知道公司无法清算以及是实际控制人的原因造成之日起算，通常是强制清算因无法清算而终结"
    "的裁定送达之日。实际控制人承担的是相应的责任，不是与清算义务人的连带责任：表中只计入对实际控制人本人的催告、"
    "承认和起诉。",
    "Three years from when the creditor knew or should have known that the company could not "
    "be liquidated and that the controller caused it — usually the day a ruling ending forced "
    "liquidation was served. The controller answers in proportion, not jointly with the "
    "obligors: only demands, acknowledgements and suits against the controller himself are "
    "counted.",
)
DEREG_NOTE = T(
    "公司注销后不能再向公司主张，对作出承诺的股东的请求自债权人知道或者应当知道公司注销之日起算三年"
    "（民法典第188条第2款）。简易注销经过公示，股东可能主张债权人应当更早知道；表中计入对股东本人的催告、"
    "承认和起诉，对每个股东分别计算（2024年7月1日以前注销的，股东是否彼此承担连带责任取决于承诺的内容）。",
    "Once the company is deregistered it cannot be claimed against; the claim against the "
    "shareholders who gave the undertaking runs three years from when the creditor knew or "
    "should have known of the deregistration (Civil Code art. 188(2)). The deregistration was "
    "published, so the shareholders may say he should have known earlier. Demands, "
    "acknowledgements and suits against the shareholders themselves are counted, for each "
    "shareholder on his own (before 1 July 2024 whether they answer jointly depends on what "
    "they undertook).",
)
DEREG_NOTE_JOINT = T(
    "公司注销后不能再向公司主张，对作出承诺的股东的请求自债权人知道或者应当知道公司注销之日起算三年"
    "（民法典第188条第2款）。简易注销经过公示，股东可能主张债权人应当更早知道；表中计入对股东本人的催告、"
    "承认和起诉，作出承诺的股东承担连带责任，对其中一人的中断，对其他人同样有效"
    "（诉讼时效规定第15条第2款）。",
    "Once the company is deregistered it cannot be claimed against; the claim against the "
    "shareholders who gave the undertaking runs three years from when the creditor knew or "
    "should have known of the deregistration (Civil Code art. 188(2)). The deregistration was "
    "published, so the shareholders may say he should have known earlier. Demands, "
    "acknowledgements and suits against the shareholders themselves are counted; they answer "
    "jointly, so interrupting against one reaches the others (Limitation Provisions art. "
    "15(2)).",
)
DEREG_CAUTIOUS_NOTE = T(
    "债权人知道公司注销的日期不清楚，这里从注销登记之日起算，是保守的算法；查明知道的日期后请重新评估。表中计入"
    "对股东本人的催告、承认和起诉。",
    "When the creditor learned of the deregistration is not known, so this counts from the "
    "deregistration itself — the cautious way; assess again once the day is known. Demands, "
    "acknowledgements and suits against the shareholders themselves are counted.",
)
DIRECTOR_NOTE = T(
    "三年期间从债权人知道或者应当知道受到损害以及责任人之日起算（民法典第188条第2款）。表中计入对董事、实际控制人"
    "本人的催告、承认和起诉。",
    "Three years from when the creditor knew or should have known of the damage and who caused "
    "it (Civil Code art. 188(2)). Demands, acknowledgements and suits against the persons "
    "themselves are counted.",
)
DIRECTOR_CAUTIOUS_NOTE = T(
    "债权人知道受到损害的日期不清楚，这里从行为之日起算，是保守的算法：期间从知道或者应当知道受到损害以及责任人"
    "之日起算，通常晚于行为之日。表中计入对董事、实际控制人本人的催告、承认和起诉。",
    "When the creditor learned of the damage is not known, so this counts from the act — the "
    "cautious way: the period runs from when he knew or should have known of the damage and who "
    "caused it, usually later. Demands, acknowledgements and suits against the persons "
    "themselves are counted.",
)

DEADLINES: dict[str, J] = {
    "claim_limitation": {
        "id": "claim_limitation",
        "kind": "limitation",
        "label": CLAIM_LABEL,
        "from": "debt_due_date",
        "add": {"years": 3},
        "basis": limitation_basis("debt_due_date"),
        "note": CLAIM_NOTE,
        "events": {"from": "history"},
        "acts": [CRED],
    },
    "claim_limitation_nh": {
        "id": "claim_limitation_nh",
        "kind": "limitation",
        "label": CLAIM_LABEL,
        "from": "debt_due_date_nh",
        "add": {"years": 3},
        "basis": limitation_basis("debt_due_date_nh"),
        "note": CLAIM_NOTE,
        "acts": [CRED],
    },
    "enforcement": {
        "id": "enforcement",
        "kind": "enforcement",
        "label": T(
            "对公司的判决、裁决申请强制执行的期间",
            "Period to apply for enforcement of the judgment or award against the company",
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [cite(CPL, 250, 1), cite(CPL, 250, 2)],
        "note": T(
            "对公司的债权已由判决（裁决）确定，不再计算诉讼时效。申请执行的期间为二年，从判决确定的"
            "最后履行日起算（没有规定履行期间的，从生效之日起算）；中断、中止适用诉讼时效的规定。",
            "The claim against the company is decided: limitation no longer runs. The period to "
            "apply for enforcement is two years from the last day of performance the judgment sets "
            "(or its effective date); it is interrupted and suspended like limitation.",
        ),
        "events": {"from": "history"},
        "acts": [CRED],
    },
    "appeal": {
        "id": "appeal",
        "kind": "appeal",
        "label": T("一审判决的上诉期", "Period to appeal the first-instance judgment"),
        "from": {"event": "history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [cite(CPL, 171, 1)],
        "note": T(
            "从一审判决书送达之日起十五日，期间不中断、不延长。上诉后，判决在二审结束前不生效。",
            "Fifteen days from service of the first-instance judgment; never interrupted or "
            "extended. Once appealed, the judgment is not effective until the appeal ends.",
        ),
    },
    "joint_after_judgment": {
        "id": "joint_after_judgment",
        "kind": "limitation",
        "label": T(
            "对承担连带责任的股东另行起诉的诉讼时效（对公司的判决生效后重新计算）",
            "Limitation of a separate suit against the shareholder liable jointly (running again "
            "once the judgment against the company took effect)",
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"]},
        "add": {"years": 3},
        "basis": [cite(LP, 15, 2)],
        "note": T(
            "对公司的起诉同样中断对与公司承担连带责任的股东的诉讼时效；诉讼结束（判决生效）后，"
            "三年期间重新计算。这是保守的算法：债权人是在判决之后才知道股东滥用行为的，期间可能从知道之日起算"
            "（民法典第188条第2款）。表中只计入对股东本人的催告、承认和起诉。",
            "A suit against the company also interrupts limitation against a shareholder liable "
            "jointly with it; the three years run again when the proceedings end (the judgment "
            "took effect). This is the cautious count: a creditor who learned of the abuse only "
            "later may run the period from then (Civil Code art. 188(2)). Only demands, "
            "acknowledgements and suits against the shareholder himself are counted here.",
        ),
        "events": {
            "from": "person_history",
            "parties": ["shareholder", "controller"],
            "persons": "joint",
        },
        "acts": [CRED],
    },
    "liquidation_claim": {
        "id": "liquidation_claim",
        "kind": "limitation",
        "label": T(
            "对清算义务人等主张清算赔偿责任的诉讼时效（自知道受到损失之日起）",
            "Limitation of the damages claim against the liquidation obligors and others (from "
            "when the creditor learned of the loss)",
        ),
        "from": "liq_learned_date",
        "add": {"years": 3},
        "basis": limitation_basis("liq_learned_date"),
        "note": LIQ_NOTE,
        "events": {"from": "person_history"},
        "acts": [CRED],
    },
    "liquidation_claim_new": {
        "id": "liquidation_claim_new",
        "kind": "limitation",
        "label": T(
            "对董事、清算组成员主张清算赔偿责任的诉讼时效（自知道受到损失之日起）",
            "Limitation of the damages claim against the directors or committee members (from "
            "when the creditor learned of the loss)",
        ),
        "from": "liq_learned_date",
        "add": {"years": 3},
        "basis": limitation_basis("liq_learned_date"),
        "note": LIQ_NEW_NOTE,
        "events": {"from": "person_history", "parties": ["director"]},
        "acts": [CRED],
    },
    "director_claim": {
        "id": "director_claim",
        "kind": "limitation",
        "label": T(
            "对董事、高级管理人员（及指使者）个人请求赔偿的诉讼时效",
            "Limitation of the damages claim against the director or officer (and whoever "
            "instructed him)",
        ),
        "from": "director_learned_date",
        "add": {"years": 3},
        "basis": limitation_basis("director_learned_date"),
        "note": DIRECTOR_NOTE,
        "events": {"from": "person_history", "parties": ["director", "controller"]},
        "acts": [CRED],
    },
    "director_claim_act": {
        "id": "director_claim_act",
        "kind": "limitation",
        "label": T(
            "对董事、高级管理人员（及指使者）个人请求赔偿的诉讼时效（自行为之日起，保守计算）",
            "Limitation of the damages claim against the director or officer (and whoever "
            "instructed him), counted cautiously from the act",
        ),
        "from": "director_date",
        "add": {"years": 3},
        "basis": limitation_basis("director_date"),
        "note": DIRECTOR_CAUTIOUS_NOTE,
        "events": {"from": "person_history", "parties": ["director", "controller"]},
        "acts": [CRED],
    },
    "dereg_claim": {
        "id": "dereg_claim",
        "kind": "limitation",
        "label": T(
            "对作出承诺的股东主张责任的诉讼时效（自知道公司注销之日起）",
            "Limitation of the claim against the shareholders who gave the undertaking (from "
            "when the creditor learned of the deregistration)",
        ),
        "from": "dereg_learned_date",
        "add": {"years": 3},
        "basis": limitation_basis("dereg_learned_date"),
        "note": DEREG_NOTE,
        "events": {"from": "person_history", "parties": ["shareholder"]},
        "acts": [CRED],
    },
    "dereg_claim_cautious": {
        "id": "dereg_claim_cautious",
        "kind": "limitation",
        "label": T(
            "对作出承诺的股东主张责任的诉讼时效（自注销登记之日起，保守计算）",
            "Limitation of the claim against the shareholders who gave the undertaking (from "
            "the deregistration, counted cautiously)",
        ),
        "from": "dereg_date",
        "add": {"years": 3},
        "basis": limitation_basis("dereg_date"),
        "note": DEREG_CAUTIOUS_NOTE,
        "events": {"from": "person_history", "parties": ["shareholder"]},
        "acts": [CRED],
    },
    "labour_arbitration": {
        "id": "labour_arbitration",
        # A limitation in kind: the year is interrupted and suspended (劳动争议调解仲裁法27(2)(3),
        # not in the corpus, so named in plain words), and the case's history is counted.
        "kind": "limitation",
        "label": T(
            "申请劳动仲裁的时效（自劳动关系终止之日起一年）",
            "Time limit for labour arbitration (one year from the end of the employment)",
        ),
        "from": "employment_end",
        "add": {"years": 1},
        "basis": [cite(CC, 188, 1)],
        "note": T(
            "劳动争议申请仲裁的时效期间为一年；劳动关系存续期间拖欠劳动报酬的，劳动者申请仲裁不受这一年的限制，但劳动"
            "关系终止的，应当自终止之日起一年内提出。劳动者向用人单位主张权利、用人单位同意履行，或者一方向有关部门请求"
            "权利救济的，仲裁时效中断，从中断时起重新计算一年；这里已按记录的催告、承认、申请仲裁等经过计算（按照劳动争议"
            "调解仲裁法第二十七条的规定，请律师核对原文；民法典第188条第1款规定，法律对时效另有规定的，依照其规定）。"
            "还有未记录的催告或者承认的，请补记后重新计算。",
            "Labour arbitration must be applied for within one year; for wages owed during the "
            "employment the year does not run while it lasts, but once it has ended, arbitration "
            "must be sought within one year of the end. A claim made on the employer, its "
            "agreeing to pay, or a request to the authorities for relief interrupts the time "
            "limit, and a new year runs from the interruption; the demands, acknowledgements and "
            "applications recorded are counted here (as provided by art. 27 of the Labour Dispute "
            "Mediation and Arbitration Law — have a lawyer check the text; Civil Code art. 188(1) "
            "defers to special time limits set by law). Record any demand or acknowledgement not "
            "yet recorded and compute again.",
        ),
        "events": {"from": "history"},
        "acts": [CRED],
    },
    "forfeiture_window": {
        "id": "forfeiture_window",
        "kind": "other",
        "label": T(
            "失权股权应当转让或者注销的六个月期间",
            "Six months within which forfeited shares must be transferred or cancelled",
        ),
        "from": "forfeiture_date",
        "add": {"months": 6},
        "basis": [cite(CL, 52, 2)],
        "note": T(
            "自失权通知发出之日起六个月内，失权的股权既没有转让也没有注销的，由公司其他股东按照出资比例"
            "足额缴纳相应出资。",
            "If within six months of the forfeiture notice the shares are neither transferred nor "
            "cancelled, the other shareholders must pay the capital in proportion to their "
            "contributions.",
        ),
        "acts": [SH],
    },
    "forfeiture_objection": {
        "id": "forfeiture_objection",
        "kind": "other",
        "label": T(
            "对失权有异议的起诉期间（按通知发出之日保守计算）",
            "Period to sue against the forfeiture (counted cautiously from the notice)",
        ),
        "from": "forfeiture_date",
        "add": {"days": 30},
        "basis": [cite(CL, 52, 3)],
        "note": T(
            "法律从接到失权通知之日起算三十日；这里按发出之日计算，接到得更晚的，期间相应推后。",
            "The law counts thirty days from receipt of the notice; counted here from its sending, "
            "so a later receipt gives a later end.",
        ),
        "when": side(SH),
        "acts": [SH],
    },
    "grace_period": {
        "id": "grace_period",
        "kind": "other",
        "label": T(
            "催缴宽限期最早的届满日（此前不得发出失权通知）",
            "Earliest end of the grace period (no forfeiture notice before it)",
        ),
        "from": "demand_date",
        "add": {"days": 60},
        "basis": [cite(CL, 52, 1)],
        "note": T(
            "宽限期自公司发出催缴书之日起不少于六十日；催缴书写明更长期限的，以写明的为准。",
            "At least sixty days from the day the company sent the demand; a longer period stated "
            "in the demand prevails.",
        ),
        "acts": [SH],
    },
}
DEADLINES["liquidation_claim_d"] = {
    **DEADLINES["liquidation_claim"],
    "id": "liquidation_claim_d",
    "from": "dereg_learned_date",
    "basis": limitation_basis("dereg_learned_date"),
}
DEADLINES["liquidation_claim_new_d"] = {
    **DEADLINES["liquidation_claim_new"],
    "id": "liquidation_claim_new_d",
    "from": "dereg_learned_date",
    "basis": limitation_basis("dereg_learned_date"),
}
#: The two-year twins of the company claim's limitation (for the time-bar markers).
for _name in ("claim_limitation", "claim_limitation_nh"):
    DEADLINES[_name + "_86"] = old_of(DEADLINES[_name])


#: The claim against the company has run out of limitation at the consultation date (or may
#: have): the branches after the due date record it by passing a marker node, which later
#: conditions read (the two due-date questions lie on different paths).
BARRED = reached("time_barred")
BARRED_OPEN = reached("time_bar_open")

# --- the steps that cannot wait: every result node lists them first (identical entries merge)

STEP_ENFORCE = item(
    C_,
    "在申请执行的期间内（见期限）对{party.company}申请强制执行；执行中查不到财产的，取得终结本次执行程序的裁定。",
    "Apply for enforcement against the {party.company} within the period (see the deadlines); "
    "if no assets are found, obtain the ruling ending enforcement.",
    when=all_(JUDGMENT, not_(ZHONGBEN)),
)
STEP_APPEAL = item(
    ALL,
    "一审判决送达后十五日内可以上诉（见期限）；不上诉的，判决期满生效。",
    "An appeal lies within fifteen days of service of the first-instance judgment (see the "
    "deadlines); without one, the judgment takes effect when the time runs out.",
    when=all_(SERVED, not_(all_(side(*DEF), PERSON_JUDGED))),
)
#: The client claimed against has been served a first-instance judgment: the answer is behind
#: him, the appeal is what remains, and a time-bar plea first raised on appeal fails unless new
#: evidence shows the claim was time-barred (诉讼时效规定3(1)).
STEP_APPEAL_DEF = item(
    DEF,
    "一审判决已经送达，一审的答辩阶段已经结束：不服判决的，在上诉期内（见期限）提起上诉，把上列抗辩作为上诉理由，"
    "并提交支持它们的证据；不上诉的，判决期满生效。一审中没有提出诉讼时效抗辩，到二审才提出的，法院不予支持，除非"
    "基于新的证据能够证明对方的请求权已过诉讼时效期间（诉讼时效规定第3条第1款）。",
    "The first-instance judgment has been served and the first-instance defence is behind you: "
    "if you disagree, appeal within the period (see the deadlines), with the defences listed as "
    "grounds and the evidence for them; without an appeal the judgment takes effect. A "
    "limitation plea not raised at first instance and first raised on appeal fails, unless new "
    "evidence shows the claim was time-barred (Limitation Provisions art. 3(1)).",
    when=PERSON_JUDGED,
)
STEP_URGENT = item(
    C_,
    "对公司债权的诉讼时效可能已经届满或者即将届满（见期限）：请立即核实确切的到期日，并马上向{party.company}发出"
    "书面催告（以EMS寄送并保存回执，以到达为准）或者起诉；已经届满的，催告不能使时效重新计算。",
    "Limitation of the claim against the company may have run out or be about to (see the "
    "deadlines): verify the exact due date at once and send the {party.company} a written "
    "demand now (by EMS, keeping the receipt; it counts on arrival) or sue; once the period has "
    "run out, a demand no longer restarts it.",
    when=all_(BARRED_OPEN, not_(BANKRUPT), not_(DEREGISTERED)),
)
STEP_BANKRUPT = item(
    C_,
    "公司已进入破产程序：在法院确定的债权申报期限内向管理人申报债权（申报债权使诉讼时效中断）。不要再对公司单独起诉、"
    "申请保全或者执行：破产申请受理后，对公司财产的保全措施应当解除、执行程序应当中止，有关公司的民事诉讼只能向受理"
    "破产申请的法院提起。",
    "The company is in bankruptcy: prove your claim with the administrator within the period "
    "the court set (proving it interrupts limitation). Do not sue, attach or enforce against the "
    "company on your own: once the petition is accepted, attachments of its assets are lifted, "
    "enforcement stops, and suits concerning it go only to the bankruptcy court.",
    when=all_(BANKRUPT, not_(WAGES)),
)
STEP_BANKRUPT_WAGES = item(
    C_,
    "公司已进入破产程序：公司所欠职工的工资和经济补偿金不必申报，由管理人调查后列出清单并公示；请核对清单，有异议的"
    "要求管理人更正，管理人不更正的，可以向受理破产申请的法院起诉。",
    "The company is in bankruptcy: wages and severance owed to employees need not be proved; the "
    "administrator lists and publishes them. Check the list, ask him to correct it, and if he "
    "will not, sue in the bankruptcy court.",
    when=all_(BANKRUPT, WAGES),
)
#: The year for labour arbitration has run, counting the recorded history (undetermined where
#: the employment's end is unknown or was not asked: the ordinary step then).
LABOUR_BARRED = passed("labour_arbitration")
STEP_ARBITRATION = item(
    C_,
    "先向劳动争议仲裁委员会申请仲裁（劳动关系已经终止的，在终止之日起一年内，有中断的从中断时起重新计算一年，见期限），"
    "取得裁决后再向股东等人主张；申请前保存好工资条、考勤和劳动合同。",
    "Apply to the labour arbitration commission first (once the employment has ended, within a "
    "year of its end, or of the last interruption — see the deadlines) and claim from "
    "shareholders and others once there is an award; keep pay slips, attendance records and the "
    "contract.",
    when=all_(WAGES, NO_JUDGMENT, not_(BANKRUPT), any_(not_(LABOUR_BARRED), und(LABOUR_BARRED))),
)
STEP_ARBITRATION_LATE = item(
    C_,
    "申请劳动仲裁的一年按记录的经过已经届满（见期限），工资请求可能已过仲裁时效：请立即查找有没有向公司要求支付、公司"
    "同意支付（欠条、对账、部分支付、还款计划）或者向劳动监察等部门投诉等使时效中断的事实，有的补记后重新计算；仍应尽快"
    "申请仲裁，时效须由用人单位提出抗辩才起作用。用人单位以时效抗辩成立的，对公司的请求得不到支持，股东等人对这笔公司债务"
    "的补充赔偿责任也随之落空（公司法解释三第19条第2款）。申请前保存好工资条、考勤和劳动合同。",
    "Counting the events recorded, the year for labour arbitration has run (see the deadlines): "
    "the wage claim may be time-barred. Look at once for anything that interrupted it — a demand "
    "for payment, the company agreeing to pay (IOU, statement, part payment, repayment plan), a "
    "complaint to the labour inspectorate or another authority — record it and compute again. "
    "Apply for arbitration soon all the same: the time bar works only if the employer pleads "
    "it. If it does, the claim against the company fails, and with it the supplementary "
    "liability of shareholders and others for this company debt. Keep pay slips, attendance "
    "records and the contract.",
    when=all_(WAGES, NO_JUDGMENT, not_(BANKRUPT), LABOUR_BARRED),
)
#: SH-P comes before the company's state is asked: only the steps that do not depend on it.
LEAD_STEPS_EARLY = [STEP_ENFORCE, STEP_APPEAL, STEP_APPEAL_DEF]
LEAD_STEPS = [
    STEP_ENFORCE,
    STEP_APPEAL,
    STEP_APPEAL_DEF,
    STEP_URGENT,
    STEP_BANKRUPT,
    STEP_BANKRUPT_WAGES,
    STEP_ARBITRATION,
    STEP_ARBITRATION_LATE,
]

PAYMENT_EVIDENCE = item(
    ALL,
    "国家企业信用信息公示系统的股东及出资信息、变更记录和年度报告（打印或者公证）",
    "The public credit system's shareholder and capital data, changes and annual reports "
    "(printed or notarised)",
)
CLAIM_DEREG_LABEL = T(
    "为稳妥，向{party.shareholder}等对公司债务负责的人书面要求或者起诉的期限（按对已注销公司债权的诉讼时效计算）",
    "To be safe, the day by which to demand in writing from, or sue, "
    "{party.shareholder} and others answering for the company's debt (counted as the "
    "limitation of the claim against the deregistered company)",
)
CLAIM_DEREG_NOTE = T(
    "公司已经注销，不能再向公司催告或者起诉；这一日期按对公司债权的诉讼时效计算（从债务到期之日起算三年，2017年10月1日"
    "以前开始的为二年，到该日仍未届满的延长为三年；注销前对公司的催告、公司承认、起诉已经计入）。股东等人可能援用公司债务的"
    "时效抗辩，这一点有争议；为稳妥，请在此日前向他们书面要求或者起诉。对他们本人的请求另有自己的期间，见期限中的其他各行。",
    "The company is deregistered and can no longer be sent a demand or sued; this day is counted "
    "as the limitation of the claim against the company (three years from the due date; two "
    "years for a start before 1 October 2017, lengthened to three if still running on that "
    "day; demands, acknowledgements and suits before the deregistration are counted). The "
    "shareholders and others may plead the company debt's limitation, a contested point; to be "
    "safe, demand from them in writing or sue them before this day. The claims against them "
    "have periods of their own, in the other rows.",
)


def dereg_twin(spec: J) -> J:
    """The company claim's limitation as the safe day to act against the persons, once the
    company is deregistered (it can no longer be claimed against itself)."""
    return {**spec, "id": spec["id"] + "_dereg", "label": CLAIM_DEREG_LABEL,
            "note": CLAIM_DEREG_NOTE}  # fmt: skip


CLAIM_DEADLINES = [
    *with_1986(
        DEADLINES["claim_limitation"],
        all_(reached("debt_due_date"), not_(WAGES), not_(DEREGISTERED)),
    ),
    *with_1986(
        DEADLINES["claim_limitation_nh"],
        all_(reached("debt_due_date_nh"), not_(WAGES), not_(DEREGISTERED)),
    ),
    *with_1986(
        dereg_twin(DEADLINES["claim_limitation"]),
        all_(reached("debt_due_date"), not_(WAGES), DEREGISTERED),
    ),
    *with_1986(
        dereg_twin(DEADLINES["claim_limitation_nh"]),
        all_(reached("debt_due_date_nh"), not_(WAGES), DEREGISTERED),
    ),
]
LEARNED_LIQ = reached("liq_learned_date")
LEARNED_DEREG = all_(reached("dereg_learned_date"), not_(reached("liq_learned_date")))
#: 解释二18(1), 19, 11/23 (SH-L): damages, each person for himself — events count separately.
LIQ_DEADLINES_OLD = [
    *with_1986(DEADLINES["liquidation_claim"], LEARNED_LIQ),
    *with_1986(DEADLINES["liquidation_claim_d"], LEARNED_DEREG),
]
#: 解释二18(2), 20(1) (SH-K): the obligors answer jointly (连带清偿), so an interruption against
#: one reaches the others (诉讼时效规定15(2)) — events.persons "joint" over the obligors' parties:
#: the shareholders of an LLC (with the actual controller where deregistered without
#: liquidation, 20(1)), the directors and controlling shareholder of a JSC. The controller's
#: 'corresponding' liability under 18(3) is no joint debt: his own events count for him alone.
LIQ_JOINT_LABEL = T(
    "对清算义务人等主张连带清偿责任的诉讼时效（自知道无法清算或者公司注销之日起）",
    "Limitation of the claim against the liquidation obligors for joint payment (from when the "
    "creditor learned that liquidation was impossible or of the deregistration)",
)
K_DEREG = inc("liq_failures", "no_liquidation_dereg")
#: A client who was no obligor under the old rules (解释二18, 20) is not shown the obligors' rows.
NO_OBLIGOR_CLIENT = any_(
    all_(side(DIR), LLC, ans("dir_role", "director", "liquidator")),
    all_(side(DIR), JSC, ans("dir_role", "liquidator")),
    all_(side(SH), JSC, ans("sh_office", "none")),
)
LIQ_JOINT_PARTIES = [
    (["shareholder"], "", all_(LLC, not_(K_DEREG))),
    (["shareholder", "controller"], "_c", all_(LLC, K_DEREG)),
    (["director", "controller"], "_j", JSC),
]


def liq_joint(spec: J, parties: list[str], suffix: str) -> J:
    return {
        **spec,
        "id": spec["id"] + "_joint" + suffix,
        "label": LIQ_JOINT_LABEL,
        "note": LIQ_JOINT_NOTE,
        "events": {"from": "person_history", "parties": parties, "persons": "joint"},
    }


DEADLINES["liquidation_claim_ctrl"] = {
    **DEADLINES["liquidation_claim"],
    "id": "liquidation_claim_ctrl",
    "label": T(
        "对实际控制人主张相应责任的诉讼时效（自知道无法清算之日起）",
        "Limitation of the claim against the actual controller for his part (from when the "
        "creditor learned that liquidation was impossible)",
    ),
    "note": LIQ_CTRL_NOTE,
    "events": {"from": "person_history", "parties": ["controller"]},
}
for _parties, _suffix, _when in LIQ_JOINT_PARTIES:  # named, for the demand letter
    DEADLINES["liquidation_claim_joint" + _suffix] = liq_joint(
        DEADLINES["liquidation_claim"], _parties, _suffix
    )
LIQ_DEADLINES_K = [
    *(
        d
        for parties, suffix, when in LIQ_JOINT_PARTIES
        for d in [
            *with_1986(
                liq_joint(DEADLINES["liquidation_claim"], parties, suffix),
                all_(LEARNED_LIQ, when, not_(NO_OBLIGOR_CLIENT)),
            ),
            *with_1986(
                liq_joint(DEADLINES["liquidation_claim_d"], parties, suffix),
                all_(LEARNED_DEREG, when, not_(NO_OBLIGOR_CLIENT)),
            ),
        ]
    ),
    *with_1986(
        DEADLINES["liquidation_claim_ctrl"],
        all_(
            LEARNED_LIQ,
            LLC,
            inc("liq_failures", "books_lost"),
            not_(K_DEREG),
            # only where it concerns the client: a shareholder sued as an obligor is not told
            # the creditor's date against a third person
            any_(side(CRED), ans("dir_role", "controller"), ans("sh_office", "controller")),
        ),
    ),
]
LIQ_DEADLINES_NEW = [
    {**DEADLINES["liquidation_claim_new"], "when": LEARNED_LIQ},
    {**DEADLINES["liquidation_claim_new_d"], "when": LEARNED_DEREG},
]
#: No demand, acknowledgement, suit or decision is recorded against the persons claimed against:
#: only then may a limitation period of the claims against them still have run out (an event
#: recorded interrupts it or shows the claim is in court). A limitation defence is offered only
#: then; the deadline rows show the period either way.
NO_PERSON_EVENTS = not_(
    ev(
        "person_history",
        "demand",
        "acknowledgement",
        "suit",
        "proceedings_ended",
        "judgment_served",
        "judgment_effective",
    )
)
LIQ_LIMIT_OPEN = NO_PERSON_EVENTS
LIQ_NEW_LIMIT_OPEN = NO_PERSON_EVENTS
DIRECTOR_LIMIT_OPEN = NO_PERSON_EVENTS
DEREG_LIMIT_OPEN = NO_PERSON_EVENTS
DIRECTOR_DEADLINES = [
    *with_1986(DEADLINES["director_claim"], not_(unknown("director_learned_date"))),
    *with_1986(DEADLINES["director_claim_act"], unknown("director_learned_date")),
]
#: From 1 July 2024 the shareholders who gave the undertaking answer jointly (公司法240(3)): an
#: interruption against one reaches the others. Before, each answers as his undertaking says —
#: whether jointly is doubtful, so each person's events count for him alone.
DEREG_JOINT = on_or_after("dereg_date", NEW_LAW)
DEREG_SEPARATE = any_(before("dereg_date", NEW_LAW), und(before("dereg_date", NEW_LAW)))


def joint_twin(spec: J, suffix: str) -> J:
    """A deadline whose persons are 连带债务人 (events.persons 'joint')."""
    return {**spec, "id": spec["id"] + suffix, "events": {**spec["events"], "persons": "joint"}}


DEADLINES["dereg_claim_240"] = {
    **joint_twin(DEADLINES["dereg_claim"], "_240"),
    "note": DEREG_NOTE_JOINT,
}
DEADLINES["dereg_claim_cautious_240"] = joint_twin(DEADLINES["dereg_claim_cautious"], "_240")
DEREG_DEADLINES = [
    *with_1986(DEADLINES["dereg_claim"], all_(not_(unknown("dereg_learned_date")), DEREG_SEPARATE)),
    *with_1986(
        DEADLINES["dereg_claim_cautious"], all_(unknown("dereg_learned_date"), DEREG_SEPARATE)
    ),
    {
        **DEADLINES["dereg_claim_240"],
        "when": all_(not_(unknown("dereg_learned_date")), DEREG_JOINT),
    },
    {
        **DEADLINES["dereg_claim_cautious_240"],
        "when": all_(unknown("dereg_learned_date"), DEREG_JOINT),
    },
]


# --- the opening: side, role, the case's history, the company claim

NODES: list[J] = []


def node(n: J) -> J:
    if n["type"] == "multi":
        n["choices"] = [{k: v for k, v in c.items() if k != "next"} for c in n["choices"]]
    if n["type"] in ("finding", "outcome"):
        n.setdefault("recourse", [])
        lead = LEAD_STEPS_EARLY if n["id"] == "find_sh_p" else LEAD_STEPS
        n["next_steps"] = [*lead, *n.get("next_steps", [])]
    NODES.append(n)
    return n


def choice(cid: str, zh: str, en: str, nxt: str, sig: J | None = None,
           cites: list[J] | None = None, unknown_: bool = False,
           exclusive: bool = False) -> J:  # fmt: skip
    c: J = {"id": cid, "label": T(zh, en), "next": nxt}
    if sig is not None:
        c["significance"] = sig
    if cites:
        c["citations"] = cites
    if unknown_:
        c["unknown"] = True
    if exclusive:
        c["exclusive"] = True
    return c


def rule(when: J, nxt: str, sig: J | None = None, cites: list[J] | None = None) -> J:
    r: J = {"when": when, "next": nxt}
    if sig is not None:
        r["significance"] = sig
    if cites:
        r["citations"] = cites
    return r


def otherwise(nxt: str, sig: J | None = None, cites: list[J] | None = None) -> J:
    r: J = {"next": nxt}
    if sig is not None:
        r["significance"] = sig
    if cites:
        r["citations"] = cites
    return r


def branch(nid: str, rules: list[J], other: J) -> J:
    return node({"id": nid, "type": "branch", "rules": rules, "otherwise": other})


node(
    {
        "id": "side",
        "type": "side",
        "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
        "help": {
            "why": T(
                "同一项法律认定，对债权人和被要求承担责任的人意义不同：债权人要知道可以找谁、要求多少；"
                "被要求的人要知道对方的请求能否成立、可以提出哪些抗辩。既是股东又担任董事、经理或法定代表人的，"
                "请选“股东”，下一步再说明职务。",
                "The same finding means different things to the creditor (whom to claim from, for h"
                "ow "
                "much) and to the person claimed against (whether the claim holds, which defences h"
                "e "
                "has). A shareholder who is also a director, manager or legal representative choose"
                "s "
                "'shareholder' and gives the office next.",
            )
        },
        "choices": [
            {"side": CRED, "next": "creditor_kind"},
            {"side": SH, "next": "sh_role"},
            {"side": DIR, "next": "dir_role"},
        ],
    }
)

node(
    {
        "id": "creditor_kind",
        "type": "choice",
        "text": T(
            "债权人对公司的是什么债权？", "What is the creditor's claim against the company?"
        ),
        "help": {
            "why": T(
                "股东、董事等对公司债务的责任，对各种债权人都一样，劳动者被拖欠的工资也是公司的债务。"
                "不同的是对公司本身的请求：劳动争议一般要先申请劳动仲裁，时效规则也不同。",
                "Shareholders and directors answer in the same way to every kind of creditor; wages"
                " owed "
                "to an employee are company debts too. What differs is the claim against the compan"
                "y "
                "itself: a labour dispute usually goes to labour arbitration first, with its own ti"
                "me "
                "limits.",
            )
        },
        "choices": [
            choice(
                "trade",
                "合同债权（货款、借款、服务费、租金等）",
                "A contract claim (price, loan, fees, rent …)",
                "history_gate",
            ),
            choice(
                "wages",
                "劳动者被拖欠的工资、经济补偿等",
                "Wages or severance owed to an employee",
                "history_gate",
                T(
                    "劳动争议一般须先经劳动仲裁；取得仲裁裁决或判决后，股东等人的责任与其他债权人相同。",
                    "A labour dispute usually goes to labour arbitration first; once there is an aw"
                    "ard "
                    "or judgment, shareholders and others answer as to any creditor.",
                ),
            ),
            choice(
                "tort",
                "侵权损害赔偿（人身伤害、财产损失等）",
                "Damages for a tort (injury, damage to property …)",
                "history_gate",
            ),
        ],
    }
)

node(
    {
        "id": "sh_role",
        "type": "choice",
        "text": T(
            "当事人与公司股权是什么关系？", "How does the client hold, or once hold, the shares?"
        ),
        "help": {
            "why": T(
                "转让了股权的原股东和受让股权的人，责任规则不同（公司法第88条）：出资未到期时转让的，由受让人缴纳，"
                "原股东承担补充责任；出资已逾期时转让的，双方在出资不足的范围内承担连带责任，受让人能证明善意的除外。",
                "A transferor and a transferee answer differently (Company Law art. 88): shares "
                "transferred before the capital fell due — the transferee pays and the transferor a"
                "nswers "
                "for what he fails to pay; shares transferred with capital overdue — both answer jo"
                "intly "
                "within the shortfall, unless the transferee proves good faith.",
            )
        },
        "citations": [cite(CL, 88, 1), cite(CL, 88, 2)],
        "choices": [
            choice(
                "holder",
                "现在的股东，股权不是从别人那里受让来的",
                "A present shareholder who did not acquire the shares from another",
                "sh_office",
            ),
            choice(
                "transferor",
                "原股东：已经把股权转让给了别人",
                "A former shareholder who transferred the shares",
                "sh_office",
            ),
            choice(
                "transferee",
                "现在的股东：股权是从别人那里受让来的",
                "A present shareholder who acquired the shares from another",
                "sh_office",
            ),
        ],
    }
)

node(
    {
        "id": "sh_office",
        "type": "choice",
        "text": T(
            "当事人是否同时担任公司的董事、经理或法定代表人，或者是不担任董事的控股股东、实际控制人？",
            "Is the client also a director, manager or legal representative of the company, or a "
            "controlling shareholder or actual controller who holds no directorship?",
        ),
        "help": {
            "why": T(
                "滥用公司独立地位的控股股东常常也是董事或法定代表人。作为股东，他可能因人格否认对公司债务承担连带责任；"
                "作为董事，执行职务时因故意或者重大过失损害债权人的，还要承担自己的赔偿责任（公司法第191条）。"
                "两项会分别列出，但同一损失只能受偿一次。",
                "A controlling shareholder who abuses the company is often its director or legal "
                "representative too. As shareholder he may answer jointly for the company's debts "
                "(veil piercing); as director he also answers for damage he caused by intent or gro"
                "ss "
                "negligence (Company Law art. 191). Both are listed, but one loss is paid only once"
                ".",
            ),
            "glossary": ["controlling_shareholder"],
        },
        "choices": [
            choice("none", "都不是，只是股东", "Neither; only a shareholder", "history_gate"),
            choice(
                "director",
                "担任董事、经理等高级管理人员或法定代表人",
                "Director, manager or other officer, or legal representative",
                "history_gate",
            ),
            choice(
                "controller",
                "是控股股东或实际控制人，但不担任董事",
                "Controlling shareholder or actual controller without a directorship",
                "history_gate",
            ),
        ],
    }
)

node(
    {
        "id": "dir_role",
        "type": "choice",
        "text": T("当事人在公司是什么身份？", "What is the client's position in the company?"),
        "help": {
            "why": T(
                "董事、高级管理人员可能因执行职务损害债权人而承担赔偿责任（公司法第191条），也可能作为清算义务人"
                "承担清算责任；实际控制人指使他人损害债权人的，承担连带责任；清算组成员违法清算的，承担赔偿责任。"
                "当事人同时是股东的，请返回选择“股东”一方。",
                "Directors and officers may answer for damage done in office (Company Law art. 191)"
                " or "
                "as liquidation obligors; an actual controller who instructs others to harm a credi"
                "tor "
                "answers jointly; liquidation committee members answer for unlawful liquidation. A "
                "client who is also a shareholder should go back and choose 'shareholder'.",
            ),
            "glossary": ["controlling_shareholder"],
        },
        "choices": [
            choice(
                "director",
                "董事、经理、副经理、财务负责人等（包括担任法定代表人的董事或经理）",
                "Director, manager, deputy manager, financial officer … (incl. a director or "
                "manager who is the legal representative)",
                "history_gate",
            ),
            choice(
                "controller",
                "实际控制人（通过投资关系、协议等实际支配公司，但不是登记的股东）",
                "Actual controller (controls the company through investment, agreements … "
                "without being a registered shareholder)",
                "history_gate",
            ),
            choice(
                "liquidator", "清算组成员", "Member of the liquidation committee", "history_gate"
            ),
        ],
    }
)

HISTORY_KINDS = [
    "demand", "acknowledgement", "suit", "proceedings_ended", "equal_effect", "obstacle",
    "judgment_served", "judgment_effective", "enforcement_applied", "enforcement_terminated",
]  # fmt: skip

node(
    {
        "id": "history_gate",
        "type": "choice",
        "text": T(
            "债权人对公司的这笔债权，是否发生过下列事情：向公司催告、公司承认（欠条、对账确认、部分还款、还款计划、"
            "请求延期）、起诉或仲裁、判决或裁决、申请执行、终结本次执行程序（终本）？",
            "Has any of this happened to the creditor's claim against the company: a demand to the "
            "company, the company acknowledging the debt (IOU, confirmed statement, part payment, "
            "repayment plan, request for time), a suit or arbitration, a judgment or award, an "
            "application for enforcement, a ruling ending enforcement for lack of assets (终本)?",
        ),
        "help": {
            "why": T(
                "这些事决定对公司的债权是否还在诉讼时效内，或者已经由判决确定：已有生效判决或裁决的，不再计算诉讼时效，"
                "而是计算申请执行的期间。",
                "They decide whether the claim against the company is still within limitation, or "
                "already decided: after an effective judgment or award, limitation no longer runs; "
                "the "
                "period to apply for enforcement does.",
            ),
            "glossary": ["limitation_period", "zhongben"],
        },
        "citations": [cite(CC, 195), cite(CPL, 250, 1)],
        "choices": [
            choice("no", "都没有", "None of these", "debt_due_date_nh"),
            choice("yes", "有（逐项记录）", "Yes (record each)", "history"),
        ],
    }
)

node(
    {
        "id": "history",
        "type": "events",
        "text": T(
            "请逐项记录债权人对公司的这笔债权发生过的事。日期以催告到达公司、公司承认、提起诉讼或仲裁、裁判生效或送达"
            "之日为准；判决或裁决生效的，同时填写它确定的最后履行日；劳动仲裁裁决也按“裁决生效”记录。",
            "Record each event of the creditor's claim against the company, dated by when the deman"
            "d "
            "reached the company, the company acknowledged, the suit or arbitration was filed, the "
            "decision took effect or was served; for an effective judgment or award give also the "
            "last day of performance it sets; a labour arbitration award counts as an award.",
        ),
        "kinds": HISTORY_KINDS,
        "significance": T(
            "这些事决定对公司债权的诉讼时效是否中断，或者已由判决确定（此后计算申请执行的期间）。",
            "They decide whether limitation against the company was interrupted, or the claim was "
            "decided (after which the enforcement period runs).",
        ),
        "next": "due_branch",
    }
)

branch(
    "due_branch",
    [
        rule(
            JUDGMENT,
            "person_gate",
            T(
                "对公司的债权已经由生效判决或裁决确定：不再计算诉讼时效，而是计算申请执行的期间。",
                "The claim against the company is decided by an effective judgment or award: "
                "limitation no longer runs; the period to apply for enforcement does.",
            ),
            [cite(CPL, 250, 1)],
        ),
    ],
    otherwise("debt_due_date"),
)

DUE_TEXT = T(
    "公司应当向债权人履行这笔债务的日期是哪一天？（约定的付款日、借款到期日；工资为应当发放之日；"
    "侵权赔偿为知道受到损害以及公司是责任人之日）",
    "From which day could the creditor demand payment from the company? (the agreed payment "
    "day or maturity; for wages, the pay day; for a tort, the day the creditor knew of the damage "
    "and that the company was liable)",
)
DUE_LABEL = T("债权人可以向公司主张权利之日", "the day the creditor could claim from the company")
DUE_VERIFY = {
    "evidence": [
        T("合同、借条或对账单上的付款日期", "The payment date in the contract, IOU or statement"),
        T("工资条、劳动合同（工资发放日）", "Pay slips, the employment contract (pay day)"),
    ],
    "effect": T(
        "这一天决定对公司债权的诉讼时效何时届满，也决定是否适用2024年7月1日起施行的公司法第54条（未到期出资提前"
        "缴纳）以及只有一个股东的公司的规则。只知道月份的，期限按该月最早一天提示最早可能的届满日；不清楚的，"
        "期限无法计算，相关结论以时效未届满为前提。",
        "It decides when limitation against the company ends, and whether Company Law art. 54 (in "
        "force from 1 July 2024) and the one-shareholder rules apply. Known only to the month, the "
        "deadline shows the earliest possible end; unknown, no deadline can be computed and the "
        "findings assume limitation has not run out.",
    ),
}
DUE_SIG = T(
    "对公司债权的三年诉讼时效从这一天起算；它在2024年7月1日之前还是之后，也决定未到期出资能否依公司法第54条"
    "要求提前缴纳。",
    "The three-year limitation against the company runs from this day; whether it is before "
    "or after 1 July 2024 also decides whether capital not yet due can be called early under "
    "Company Law art. 54.",
)
for qid, nxt in (("debt_due_date", "time_bar"), ("debt_due_date_nh", "time_bar_nh")):
    node(
        {
            "id": qid,
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": DUE_TEXT,
            "label": DUE_LABEL,
            "significance": DUE_SIG,
            "help": {
                "why": T(
                    "诉讼时效为三年，自债权人知道或者应当知道权利受到损害以及义务人之日起计算；约定了履行期限的，"
                    "一般从期限届满时起算。",
                    "Limitation is three years from when the creditor knew or should have known of "
                    "the "
                    "damage and the obligor; with an agreed due date, usually from that date.",
                ),
                "glossary": ["limitation_period"],
            },
            "citations": [cite(CC, 188, 2), cite(LP, 4)],
            "verify": DUE_VERIFY,
            "next": nxt,
        }
    )


def _passed_for(name: str, due_q: str) -> J:
    """The company claim's limitation (two or three years by the due date) has passed."""
    new = on_or_after(due_q, GENERAL_PROVISIONS)
    old = before(due_q, GENERAL_PROVISIONS)
    return any_(all_(new, passed(name)), all_(old, passed(name + "_86")))


BARRED_SIG = T(
    "按记录的经过计算，债权人对公司债权的诉讼时效已经届满。",
    "Counting the events recorded, limitation of the creditor's claim against the company has run "
    "out.",
)
OPEN_SIG = T(
    "对公司债权的诉讼时效是否已经届满，取决于尚不确切的日期；下面的结论以未届满为前提。",
    "Whether limitation against the company has run out depends on a date not yet known exactly; "
    "the findings below assume it has not.",
)
WAGES_SIG = T(
    "劳动报酬争议先经劳动仲裁，仲裁时效与民事诉讼时效不同，这里不以三年诉讼时效判断。",
    "A wage dispute goes to labour arbitration first, whose time limit differs from civil "
    "limitation; the three-year period is not applied here.",
)
for bid, name, due_q in (
    ("time_bar", "claim_limitation", "debt_due_date"),
    ("time_bar_nh", "claim_limitation_nh", "debt_due_date_nh"),
):
    branch(
        bid,
        [
            rule(WAGES, "employment", WAGES_SIG),
            rule(_passed_for(name, due_q), "time_barred"),
            rule(und(_passed_for(name, due_q)), "time_bar_open"),
        ],
        otherwise(
            "person_gate",
            T(
                "对公司的债权仍在诉讼时效期间内。",
                "The claim against the company is still within limitation.",
            ),
        ),
    )

# Markers: the time bar decided on either path, for the conditions that come later.
branch(
    "time_barred",
    [rule(reached("debt_due_date"), "person_gate", BARRED_SIG, expiry_basis("debt_due_date"))],
    otherwise("person_gate", BARRED_SIG, expiry_basis("debt_due_date_nh")),
)
branch(
    "time_bar_open",
    [rule(reached("debt_due_date"), "person_gate", OPEN_SIG)],
    otherwise("person_gate", OPEN_SIG),
)

node(
    {
        "id": "employment",
        "type": "choice",
        "text": T(
            "劳动者与公司的劳动关系是否已经终止（解除、终止劳动合同，或者实际离职）？",
            "Has the employee's employment with the company ended (contract terminated or ended, "
            "or he in fact left)?",
        ),
        "help": {
            "why": T(
                "劳动争议申请仲裁的时效为一年；劳动关系存续期间拖欠工资的，不受一年的限制，但劳动关系终止的，应当自终止"
                "之日起一年内申请仲裁（按照劳动争议调解仲裁法第二十七条的规定，请律师核对原文）。",
                "Labour arbitration must be sought within one year; for wages owed during the "
                "employment the year does not run while it lasts, but once it ends arbitration "
                "must be sought within one year of the end (art. 27 of the Labour Dispute "
                "Mediation and Arbitration Law — have a lawyer check the text).",
            )
        },
        "choices": [
            choice(
                "ended",
                "已经终止",
                "It has ended",
                "employment_end",
                T(
                    "申请劳动仲裁的一年从劳动关系终止之日起算。",
                    "The year for labour arbitration runs from the end of the employment.",
                ),
            ),
            choice(
                "ongoing",
                "还没有终止，仍在职",
                "Not yet; still employed",
                "person_gate",
                T(
                    "劳动关系存续期间拖欠工资的，申请仲裁不受一年时效的限制；劳动关系终止后一年内须申请仲裁。",
                    "While the employment lasts, arbitration for unpaid wages is not barred by the "
                    "year; after it ends, arbitration must be sought within a year.",
                ),
            ),
        ],
    }
)

node(
    {
        "id": "employment_end",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T("劳动关系是哪一天终止的？", "On which day did the employment end?"),
        "label": T("劳动关系终止之日", "the day the employment ended"),
        "significance": T(
            "申请劳动仲裁的一年时效从这一天起算。",
            "The one-year time limit for labour arbitration runs from this day.",
        ),
        "verify": {
            "evidence": [
                T(
                    "解除或者终止劳动合同的通知、离职证明、最后的考勤和工资记录",
                    "The notice ending the contract, the leaving certificate, the last attendance "
                    "and pay records",
                )
            ],
            "effect": T(
                "决定申请劳动仲裁的一年何时届满；不清楚的，期限无法计算，请尽快申请仲裁。",
                "It decides when the year for labour arbitration ends; unknown, no deadline can be "
                "computed — apply for arbitration soon.",
            ),
        },
        "next": "person_gate",
    }
)

DUE_ASKED = ("debt_due_date", "debt_due_date_nh")
node(
    {
        "id": "find_sh_q",
        "type": "finding",
        "code": "SH-Q",
        "title": T(
            "对公司的债权已过诉讼时效：公司和对这笔债务负责的人可以拒绝履行",
            "The claim against the company is time-barred: the company and those who answer for "
            "the debt may refuse to pay",
        ),
        "summary": [
            variant(
                C_,
                "按记录的经过计算，你对{party.company}的债权已过诉讼时效。{party.company}可以拒绝履行；依出资不足或"
                "抽逃出资要求股东承担补充赔偿责任，以你对公司的债权未过诉讼时效为前提；对公司债务承担连带责任的人"
                "（如被人格否认的股东）也可以提出同一抗辩。法院不会主动适用时效：对方不提出的，仍可判决履行；时效届满后"
                "公司又同意履行的，不得再以时效抗辩。请先核对有没有遗漏的催告、承认或起诉。",
                "Counting the events recorded, your claim against the {party.company} is time-barre"
                "d. "
                "The {party.company} may refuse to pay; shareholders can be held to make good unpai"
                "d or "
                "withdrawn capital only while your claim against the company is not time-barred; th"
                "ose "
                "liable jointly for the company's debt (e.g. a shareholder whose company is pierced"
                ") "
                "may raise the same defence. Courts do not apply limitation of their own motion, an"
                "d a "
                "company that agrees to pay after the period may no longer plead it. First check fo"
                "r "
                "demands, acknowledgements or suits not recorded.",
            ),
            variant(
                S_,
                "你的首要抗辩：按记录的经过，债权人对{party.company}的债权已过诉讼时效。债权人依出资不足或抽逃出资"
                "要求你承担补充赔偿责任，以其对公司的债权未过诉讼时效为前提；依人格否认等要求你对公司债务承担连带责任的，"
                "你也可以主张这笔债务已过时效。这一抗辩必须由你在一审中提出，法院不会主动适用。请核对债权人是否在期间内"
                "向公司催告、公司是否承认过债务或者被起诉——这些会使时效中断。",
                "Your first defence: counting the events recorded, the creditor's claim against the"
                " "
                "{party.company} is time-barred. A claim that you make good unpaid or withdrawn cap"
                "ital "
                "requires the claim against the company not to be time-barred; against a claim that"
                " you "
                "answer jointly for the company's debt (veil piercing …) you may plead the same. Yo"
                "u "
                "must raise it yourself at first instance; courts do not apply it of their own moti"
                "on. "
                "Check whether the creditor made demands, the company acknowledged the debt or was "
                "sued "
                "within the period — each interrupts it.",
            ),
            variant(
                D_,
                "按记录的经过，债权人对{party.company}的债权已过诉讼时效：债权人要求你对公司债务承担的责任（如清算义务人"
                "的清偿责任），你可以主张这笔债务已过时效；这一抗辩须由你在一审中提出。你本人因故意或者重大过失直接给债权人"
                "造成的损害，是另一项请求，时效另行计算。",
                "Counting the events recorded, the creditor's claim against the {party.company} is "
                "time-barred: against a claim that you answer for the company's debt (e.g. as "
                "liquidation obligor) you may plead it, at first instance. Damage you caused the cr"
                "editor "
                "yourself by intent or gross negligence is a separate claim with its own period.",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                T(
                    "{party.company}，以及对这笔公司债务负责的股东、清算义务人等",
                    "the {party.company}, and the shareholders, liquidation obligors and others who"
                    " "
                    "answer for this debt",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "提出诉讼时效抗辩后，可以拒绝履行这笔已过时效的公司债务；股东以出资、抽逃出资为限的补充赔偿责任"
                    "也因此不成立",
                    "once limitation is pleaded, they may refuse to pay this time-barred company de"
                    "bt; "
                    "the shareholders' liability within unpaid or withdrawn capital falls away with"
                    " it",
                ),
                T(
                    "须由义务人在一审中主张；法院不主动适用",
                    "must be pleaded by the obligor at first instance; "
                    "courts do not apply it of their own motion",
                ),
                [*expiry_basis(*DUE_ASKED), cite(J3, 19, 2)],
                sublabel=T("提出诉讼时效抗辩后", "once limitation is pleaded"),
            )
        ],
        "remaining_liability": T(
            "{party.company}仍是这笔债务的债务人，债务本身并不消灭：公司自愿履行的，不得请求返还；对方没有提出时效抗辩的，"
            "法院仍可判决履行。董事、高级管理人员"
            "对债权人的个人侵权责任另计时效。",
            "The debt itself survives: what the company pays voluntarily cannot be claimed back, an"
            "d "
            "without the plea a court may still order payment. A director's or officer's own tort "
            "liability to the creditor has its own period.",
        ),
        "deadlines": [
            *CLAIM_DEADLINES,
        ],
        "defences": [
            item(
                DEF,
                "债权人对公司的债权已过诉讼时效：以出资、抽逃出资为限的补充赔偿责任，以该债权未过时效为前提"
                "（公司法解释三第19条第2款）；对公司债务的连带责任，也可以主张这笔债务的时效抗辩。须在一审中提出。",
                "The creditor's claim against the company is time-barred: liability within unpaid o"
                "r "
                "withdrawn capital requires that claim to be alive (Interpretation III art. 19(2));"
                " "
                "against joint liability for the company's debt the same plea is open. Raise it at "
                "first instance.",
            ),
        ],
        "warnings": [
            warn(
                "missing_fact",
                ALL,
                "结论只以记录的事件为依据：有没有记录的催告（以到达公司为准）、公司承认（欠条、对账确认、部分还款、"
                "还款计划、请求延期），或者起诉、仲裁、申请支付令、申报破产债权等，时效会中断并重新计算，结论随之改变。",
                "The conclusion rests on the events recorded: a demand that reached the company, an"
                " "
                "acknowledgement (IOU, confirmed statement, part payment, repayment plan, request f"
                "or "
                "time), a suit, arbitration, payment order or proof of claim in bankruptcy not "
                "recorded would interrupt limitation and change it.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "查找是否有遗漏的催告（特别是有送达凭证的）、公司的对账确认、部分还款或还款承诺，以及起诉、仲裁记录；"
                "有的，补充记录后重新评估。",
                "Look for demands not recorded (especially with proof of delivery), confirmed "
                "statements, part payments or promises to pay, suits or arbitrations; if any, recor"
                "d "
                "them and assess again.",
            ),
            item(
                C_,
                "时效届满后公司在催款通知上签字、盖章或者同意还款的，不得再以时效抗辩：可以尝试让公司书面确认债务。",
                "A company that signs or stamps a payment demand or agrees to pay after the period "
                "may "
                "no longer plead limitation: try to obtain its written confirmation of the debt.",
            ),
            item(
                DEF,
                "在答辩中明确提出诉讼时效抗辩，并要求债权人举证其主张的中断事由（催告送达凭证、公司的书面承认、"
                "起诉记录）。",
                "Plead limitation expressly in the defence, and require the creditor to prove any "
                "interruption he relies on (proof of delivery of demands, the company's written "
                "acknowledgement, suit records).",
            ),
        ],
        "evidence": [
            item(
                C_,
                "催告函及送达凭证、公司出具的欠条或还款计划、起诉材料（如有）",
                "Demand letters with proof of delivery, the company's IOUs or repayment plans, suit"
                " "
                "papers (if any)",
            ),
        ],
        "next": "out_sum",
    }
)

node(
    {
        "id": "person_gate",
        "type": "choice",
        "text": T(
            "债权人是否已经直接向股东、董事、实际控制人或清算义务人等个人（包括当事人本人）提出过要求或者起诉，"
            "或者他们书面承认过这项责任？",
            "Has the creditor already made a demand on, or sued, a shareholder, director, controlle"
            "r "
            "or liquidation obligor personally (the client included), or has one of them acknowledg"
            "ed "
            "the liability in writing?",
        ),
        "help": {
            "why": T(
                "对这些人的某些请求有自己的诉讼时效（依人格否认、清算责任、董事责任、简易注销承诺提出的请求）：对他们本人"
                "的催告、承认或起诉会使时效中断；已经起诉的，诉讼结束前不会届满。",
                "Some claims against these persons have their own limitation (veil piercing, "
                "liquidation, directors, simplified deregistration): a demand on them, their "
                "acknowledgement or a suit against them interrupts it; while a suit is pending it d"
                "oes "
                "not end.",
            )
        },
        "choices": [
            choice("no", "没有", "No", "route_d_gate"),
            choice("yes", "有（逐项记录）", "Yes (record each)", "person_history"),
        ],
    }
)

node(
    {
        "id": "person_history",
        "type": "events",
        "text": T(
            "请逐项记录对股东（包括原股东、受让人）、董事、实际控制人等个人发生的事，并选择针对的是谁。",
            "Record each event concerning a shareholder (a former shareholder or transferee "
            "included), director or controller personally, and whom it concerned.",
        ),
        "kinds": list(PERSON_KINDS),
        "parties": ["shareholder", "transferor", "transferee", "director", "controller"],
        "significance": T(
            "这些事决定对这些人本人的请求的诉讼时效是否中断。",
            "They decide whether limitation of the claims against these persons was interrupted.",
        ),
        "next": "route_d_gate",
    }
)


def tort_mechanics(question: str, condition: J) -> list[J]:
    """§0.5 for joint tortfeasors: 民法典178 from 2021, 侵权责任法13–14 before."""
    cc = any_(on_or_after(question, CIVIL_CODE), und(before(question, CIVIL_CODE)))
    old = any_(before(question, CIVIL_CODE), und(before(question, CIVIL_CODE)))
    return [
        cite(CC, 178, 1, when=all_(condition, cc)),
        cite(CC, 178, 2, when=all_(condition, cc)),
        cite(TL, 13, when=all_(condition, old)),
        cite(TL, 14, when=all_(condition, old)),
    ]


def with_condition(condition: J, citations: list[J]) -> list[J]:
    return [
        {**c, "when": all_(condition, c["when"]) if "when" in c else condition} for c in citations
    ]


# --- route D: directors, officers and those who instruct them (公司法191; 民法典1169(1))

branch(
    "route_d_gate",
    [
        rule(all_(side(SH), ans("sh_office", "none")), "company_state"),
        rule(all_(side(DIR), ans("dir_role", "liquidator")), "company_state"),
    ],
    otherwise("director_conduct"),
)

node(
    {
        "id": "director_conduct",
        "type": "choice",
        "text": T(
            "董事、经理等高级管理人员（包括担任法定代表人的董事或经理）在执行职务时，是否因故意或者重大过失直接给债权人"
            "造成了损害？是否有控股股东或实际控制人指使？",
            "Did a director or officer (incl. a director or manager who is the legal representative"
            "), "
            "acting in office, directly harm the creditor by intent or gross negligence? Was he "
            "instructed by a controlling shareholder or actual controller?",
        ),
        "help": {
            "why": T(
                "董事、高级管理人员执行职务给他人造成损害的，公司承担赔偿责任；董事、高级管理人员存在故意或者重大过失的，"
                "也应当承担赔偿责任（公司法第191条，2024年7月1日起施行）。这是他本人的赔偿责任，不是对公司全部债务的"
                "连带责任。指使他实施侵权行为的人，与他承担连带责任（民法典第1169条第1款）。公司法第192条规定的是控股股东、"
                "实际控制人指示董事损害公司或者股东利益的责任，债权人不能单独依据该条请求赔偿。",
                "Where a director or officer harms another in office, the company pays damages; a "
                "director or officer acting with intent or gross negligence pays too (Company Law a"
                "rt. "
                "191, from 1 July 2024). That is his own liability for damage, not joint liability "
                "for "
                "all the company's debts. Whoever instructed him to commit the tort answers jointly"
                " with "
                "him (Civil Code art. 1169(1)). Company Law art. 192 concerns harm to the company o"
                "r its "
                "shareholders; a creditor cannot claim on it alone.",
            ),
            "examples": [
                T(
                    "明知公司已无力履行，仍以公司名义签约收取预付款后转走",
                    "Signing for the company and taking prepayments though he knew it could not "
                    "perform, then moving the money away",
                ),
                T("以虚假的财务资料骗取货物或借款", "Obtaining goods or loans with false accounts"),
            ],
            "glossary": ["gross_negligence", "controlling_shareholder"],
        },
        "citations": [cite(CL, 191), cite(CC, 1169, 1), cite(CL, 192)],
        "choices": [
            choice("none", "没有，或者暂时没有证据", "No, or no evidence yet", "company_state"),
            choice(
                "fault",
                "有：董事或高级管理人员故意或者重大过失直接损害了债权人，没有人指使",
                "Yes: a director or officer harmed the creditor by intent or gross negligence, on "
                "no one's instruction",
                "director_date",
                T(
                    "董事、高级管理人员本人可能承担赔偿责任。",
                    "The director or officer may answer for the damage himself.",
                ),
            ),
            choice(
                "instructed",
                "有，而且是控股股东或实际控制人指使的",
                "Yes, and a controlling shareholder or actual controller instructed it",
                "director_date",
                T(
                    "指使者与实施行为的董事、高级管理人员承担连带责任。",
                    "Whoever instructed it answers jointly with the director or officer.",
                ),
            ),
        ],
    }
)

node(
    {
        "id": "director_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "董事、高级管理人员实施该行为是在什么时候？（持续的，填与本案损害有关的行为日期）",
            "When did the director or officer act? (for continuing conduct, the act that caused thi"
            "s "
            "damage)",
        ),
        "label": T("董事、高级管理人员实施损害行为之日", "the day the director or officer acted"),
        "significance": T(
            "2024年7月1日以后的行为适用公司法第191条；此前的行为不适用该条，只能依一般侵权规则追究。",
            "Acts from 1 July 2024 fall under Company Law art. 191; earlier acts do not, and only "
            "general tort rules apply.",
        ),
        "help": {
            "why": T(
                "公司法第191条不在公司法时间效力规定溯及适用的条款之列：2024年7月1日以前的行为适用当时的法律。",
                "Company Law art. 191 is not among the provisions the SPC made retroactive: earlier"
                " acts "
                "are judged by the law then in force.",
            )
        },
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "以公司名义签订的合同、收款和转账记录",
                    "Contracts signed for the company, receipts and transfers",
                ),
                T("会议记录、邮件、聊天记录", "Minutes, e-mails, chat records"),
            ],
            "effect": T(
                "2024年7月1日以后的行为：董事、高级管理人员依公司法第191条承担赔偿责任；此前的行为：只有在其行为本身构成"
                "侵权时才依一般侵权规则承担。日期也是对其个人请求的诉讼时效的保守起算点。",
                "From 1 July 2024: liability under Company Law art. 191; earlier: only where his ow"
                "n act "
                "was a tort, under general tort rules. The date is also the cautious start of limit"
                "ation "
                "against him.",
            ),
        },
        "next": "director_learned_date",
    }
)

node(
    {
        "id": "director_learned_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "债权人是哪一天知道（或者应当知道）受到这一损害以及谁是责任人的？（例如借款到期没有归还、货款被转走之日）",
            "When did the creditor learn (or should he have learned) of this damage and who caused "
            "it? (e.g. the day a loan was not repaid when due, or the money was moved away)",
        ),
        "label": T(
            "债权人知道受到损害以及责任人之日",
            "the day the creditor learned of the damage and who caused it",
        ),
        "significance": T(
            "对董事、高级管理人员（及指使者）个人请求的三年诉讼时效从这一天起算。",
            "The three-year limitation of the claim against the director or officer (and whoever "
            "instructed him) runs from this day.",
        ),
        "citations": [cite(CC, 188, 2)],
        "verify": {
            "evidence": [
                T(
                    "借款或者货款到期日的凭证、发现款项被转走的记录",
                    "Proof of when the loan or price fell due, records of when the transfer of the "
                    "money came to light",
                )
            ],
            "effect": T(
                "决定对董事等个人的请求何时过诉讼时效；不清楚的，从行为之日保守计算。",
                "It decides when the claim against the director and others becomes time-barred; "
                "unknown, it is counted cautiously from the act.",
            ),
        },
        "next": "d_instruction_gate",
    }
)

branch(
    "d_instruction_gate",
    [
        rule(
            all_(CLIENT_CONTROLLER, ans("director_conduct", "fault")),
            "company_state",
            T(
                "没有人指使：控股股东、实际控制人不因董事、高级管理人员自己的行为对债权人承担责任。",
                "No instruction: a controlling shareholder or controller does not answer to the "
                "creditor for the director's own act.",
            ),
        ),
    ],
    otherwise("find_sh_p"),
)

D_NEW = on_or_after("director_date", NEW_LAW)
D_OLD = before("director_date", NEW_LAW)
D_OPEN = und(before("director_date", NEW_LAW))
D_ERA = era("director_date")
D_VERSION = T(
    "行为时间决定适用的规则，见下列认定。", "When he acted decides the rule; see the findings."
)

node(
    {
        "id": "find_sh_p",
        "type": "finding",
        "code": "SH-P",
        "title": T(
            "董事、高级管理人员对债权人的赔偿责任（及指使者的连带责任）",
            "The director's or officer's liability to the creditor (and joint liability of whoever "
            "instructed him)",
        ),
        "summary": [
            variant(
                C_,
                "{party.director}执行职务时故意或者重大过失直接损害了你，由{party.controller}指使：除{party.company}"
                "应当赔偿外，{party.director}本人也要承担赔偿责任，{party.controller}作为指使者与其承担连带责任；范围是"
                "该行为给你造成的实际损失，不是公司的全部债务。",
                "The {party.director} harmed you in office by intent or gross negligence, on the "
                "{party.controller}'s instruction: besides the {party.company}, the {party.director"
                "} "
                "answers for the damage himself, and the {party.controller} jointly with him — for "
                "the "
                "loss this act caused you, not for all the company's debts.",
                when=INSTRUCTED,
            ),
            variant(
                C_,
                "{party.director}执行职务时故意或者重大过失直接损害了你：除{party.company}应当赔偿外，{party.director}"
                "本人也要承担赔偿责任，范围是该行为给你造成的实际损失。这是他自己的赔偿责任，不是对公司全部债务的连带"
                "责任。",
                "The {party.director} harmed you in office by intent or gross negligence: besides t"
                "he "
                "{party.company}, he answers for the loss this act caused you himself. That is his "
                "own "
                "liability for damage, not joint liability for all the company's debts.",
            ),
            variant(
                DEF,
                "对方主张{party.controller}指使你实施了损害行为：作为实施行为的人，除{party.company}赔偿外，你本人也要"
                "承担赔偿责任，指使者与你承担连带责任；范围是该行为造成的实际损失，不是公司的全部债务。你的主要抗辩："
                "没有故意或者重大过失（一般过失不够）；行为属于执行职务，应由公司承担；损害与你的行为没有因果关系。",
                "The creditor says the {party.controller} had you commit the harmful act: as the on"
                "e "
                "who acted you answer for the damage besides the {party.company}, and he jointly wi"
                "th "
                "you — for the loss it caused, not all the company's debts. Your main defences: no "
                "intent or gross negligence (ordinary negligence is not enough); the act was the "
                "company's, done in office; no causal link.",
                when=all_(CLIENT_ACTED, INSTRUCTED),
            ),
            variant(
                DEF,
                "对方主张你在执行职务时因故意或者重大过失直接损害了债权人：除{party.company}赔偿外，你本人也要承担赔偿"
                "责任，范围是该行为造成的实际损失，不是对公司全部债务的连带责任。你的主要抗辩：没有故意或者重大过失（一般"
                "过失不够）；行为属于执行职务，应由公司承担；损害与你的行为没有因果关系。",
                "The creditor says you harmed him in office by intent or gross negligence: besides "
                "the "
                "{party.company}, you answer for the loss the act caused — not jointly for all the "
                "company's debts. Your main defences: no intent or gross negligence (ordinary "
                "negligence is not enough); the act was the company's, done in office; no causal "
                "link.",
                when=CLIENT_ACTED,
            ),
            variant(
                DEF,
                "对方主张你指使{party.director}实施了损害债权人的行为：作为教唆者，你与实施行为的人承担连带责任，范围是"
                "该行为造成的实际损失。你的主要抗辩：没有作出指示，或者指示与损害没有关系；实施行为的人本身不构成侵权。",
                "The creditor says you instructed the {party.director} to harm him: as instigator y"
                "ou "
                "answer jointly with whoever acted, for the loss the act caused. Your main defences"
                ": "
                "no instruction, or none linked to the damage; the act itself was no tort.",
            ),
        ],
        "findings": [
            finding(
                "赔偿责任",
                T(
                    "{party.director}（须有故意或者重大过失）",
                    "the {party.director} (if acting with intent or gross negligence)",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "其执行职务的行为给债权人造成的实际损失",
                    "the loss his act in office caused the creditor",
                ),
                T(
                    "{party.company}对该损害承担赔偿责任，董事、高级管理人员也应当承担；法律没有规定二者连带，不是连带责任；"
                    "债权人就同一损失合计受偿不超过损失本身",
                    "the {party.company} pays damages, and so must he; the law makes them not joint"
                    "ly "
                    "liable — this is not joint liability; the creditor recovers the same loss only"
                    " once",
                ),
                [cite(CL, 191)],
                sublabel=T("公司法第191条", "Company Law art. 191"),
                when=D_NEW,
            ),
            finding(
                "赔偿责任",
                T("{party.director}本人", "the {party.director} himself"),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "其本人的侵权行为给债权人造成的损害",
                    "the damage his own tort caused the creditor",
                ),
                T(
                    "2024年7月1日以前的行为不适用公司法第191条：须证明其本人的过错、损害和因果关系；执行职务造成他人损害的，"
                    "原则上由公司承担",
                    "acts before 1 July 2024 are outside Company Law art. 191: his own fault, damag"
                    "e and "
                    "causation must be shown; damage done in office is in principle the company's",
                ),
                [
                    cite(CC, 1165, 1, when=all_(D_OLD, D_ERA["cc"])),
                    cite(TL, 6, 1, when=before("director_date", CIVIL_CODE)),
                    cite(TE, 1, 2, when=D_OLD),
                ],
                sublabel=T(
                    "一般侵权责任（2024年7月1日以前的行为）",
                    "general tort liability (acts before 1 July 2024)",
                ),
                when=D_OLD,
            ),
            finding(
                "赔偿责任",
                T("{party.director}", "the {party.director}"),
                T("{party.creditor}", "the {party.creditor}"),
                T("其行为给债权人造成的损害", "the damage his act caused the creditor"),
                T(
                    "行为在2024年7月1日以后的，依公司法第191条与公司各自承担赔偿责任（不是连带责任）；此前的，只有其行为本身"
                    "构成侵权时才承担",
                    "acts from 1 July 2024: damages under Company Law art. 191 alongside the compan"
                    "y "
                    "(not joint liability); earlier acts: only where his own act was a tort",
                ),
                [cite(CL, 191), cite(CC, 1165, 1)],
                sublabel=T("行为日期待核实", "date of the act to verify"),
                when=D_OPEN,
                depends_on=["director_date"],
            ),
            finding(
                "连带责任",
                T(
                    "{party.controller}（指使者）与实施行为的{party.director}",
                    "the {party.controller} (who instructed) and the {party.director} who acted",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T("该行为给债权人造成的损害", "the damage the act caused the creditor"),
                T(
                    "没有先后，债权人可以请求其中任何一人承担全部",
                    "no order: the creditor may claim all of it from either",
                ),
                [
                    cite(CC, 1169, 1, when=any_(D_ERA["cc"], und(D_ERA["cc"]))),
                    cite(
                        TL, 9, 1, when=any_(before("director_date", CIVIL_CODE), und(D_ERA["cc"]))
                    ),
                ],
                sublabel=T("教唆侵权", "instigating a tort"),
                when=INSTRUCTED,
            ),
        ],
        "citations": [
            *tort_mechanics("director_date", INSTRUCTED),
        ],
        "deadlines": DIRECTOR_DEADLINES,
        "defences": [
            item(
                DEF,
                "你没有作出指示，或者你的指示与造成损害的行为没有关系：行为是{party.director}自行决定的。",
                "You gave no instruction, or none linked to the harmful act: the {party.director} "
                "decided on his own.",
                when=all_(CLIENT_CONTROLLER, INSTRUCTED),
            ),
            item(
                DEF,
                "没有故意或者重大过失：一般的经营判断失误或疏忽，不构成公司法第191条的责任。",
                "No intent or gross negligence: an ordinary business misjudgment or oversight is no"
                "t "
                "enough for Company Law art. 191.",
                when=any_(D_NEW, D_OPEN),
            ),
            item(
                DEF,
                "行为在2024年7月1日以前：公司法第191条不溯及适用；执行职务造成他人损害的，原则上由公司承担，"
                "只有你本人的行为构成侵权时才承担责任。",
                "The act was before 1 July 2024: Company Law art. 191 does not reach back; damage d"
                "one "
                "in office is in principle the company's, and you answer only if your own act was a"
                " "
                "tort.",
                when=D_OLD,
            ),
            item(
                DEF,
                "损害与你的行为没有因果关系，或者债权人的损失另有原因（例如公司本来就无力履行）。",
                "No causal link between your act and the loss, or the loss has another cause (e.g. "
                "the company could not have paid anyway).",
            ),
            item(
                DEF,
                "诉讼时效：自债权人知道或者应当知道损害以及你是责任人之日起三年（见期限）。",
                "Limitation: three years from when the creditor knew or should have known of the "
                "damage and that you caused it (see the deadlines).",
                when=DIRECTOR_LIMIT_OPEN,
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "公司法第191条没有写明董事、高级管理人员与公司之间是连带、不真正连带还是补充关系，学说和实务有分歧；"
                "确定的是：它不是对公司全部债务的连带责任，债权人就同一损失只能受偿一次。",
                "Company Law art. 191 does not say whether the director and the company answer "
                "jointly, in the alternative or in sequence; views differ. What is settled: it is n"
                "o "
                "joint liability for all the company's debts, and one loss is paid only once.",
                when=any_(D_NEW, D_OPEN),
                basis=[cite(CL, 191)],
            ),
            warn(
                "contested",
                ALL,
                "2024年7月1日以前的行为：公司法第191条不在溯及适用的条款之列；能否依公司法时间效力规定第4条第6项适用，"
                "尚无定论。",
                "Acts before 1 July 2024: Company Law art. 191 is not among the retroactive "
                "provisions; whether item 6 of art. 4 of the SPC temporal-effect provisions lets it"
                " "
                "apply is unsettled.",
                when=D_OLD,
                basis=[cite(TE, 4, 1, 6)],
            ),
            warn(
                "caution",
                ALL,
                "控股股东、实际控制人指示董事、高级管理人员损害公司利益的，与其对公司承担连带责任（公司法第192条，"
                "也适用于2024年7月1日以前的行为）。这一请求属于公司（破产时由管理人行使），追回的财产可以用来清偿债权人。",
                "A controller who instructs directors to harm the company answers jointly to the "
                "company (Company Law art. 192, applied to earlier acts too). That claim belongs to"
                " the "
                "company (in bankruptcy, the administrator); what it recovers pays the creditors.",
                when=INSTRUCTED,
                basis=[cite(CL, 192), cite(TE, 4, 1, 5)],
            ),
        ],
        "recourse": [
            item(
                ALL,
                "{party.company}承担赔偿责任后，可以向有故意或者重大过失的董事、高级管理人员追偿。",
                "The {party.company}, having paid, may recover from the director or officer who "
                "acted with intent or gross negligence.",
                when=any_(D_NEW, D_OPEN),
            ),
            item(
                ALL,
                "连带责任人之间按各自责任大小分担；难以确定的平均分担；多付的一方可以向其他人追偿。",
                "Between those jointly liable the burden follows their shares of responsibility, "
                "equally if these cannot be told; whoever paid more recovers from the others.",
                when=INSTRUCTED,
            ),
        ],
        "next_steps": [
            item(
                C_,
                "另行起诉{party.director}，请求其个人承担赔偿责任。",
                "Sue the {party.director} separately for his own liability.",
                when=JUDGMENT,
            ),
            item(
                C_,
                "把作出指使的{party.controller}一并列为被告，请求其承担连带责任，并收集指示的证据。",
                "Join the {party.controller} who instructed him, claiming joint liability, and coll"
                "ect "
                "proof of the instruction.",
                when=INSTRUCTED,
            ),
            item(
                DEF,
                "整理能证明你尽到合理注意、按公司决策执行职务的材料（会议记录、审批单、往来邮件）。",
                "Gather what shows you took reasonable care and acted on company decisions (minutes"
                ", "
                "approvals, e-mails).",
                when=not_(CLIENT_CONTROLLER),
            ),
            item(
                DEF,
                "整理能证明你没有作出这一指示的材料（往来邮件、聊天记录、会议记录、审批流程），以及行为是董事、高级管理人员"
                "自行决定的证据。",
                "Gather what shows you gave no such instruction (e-mails, chats, minutes, approval "
                "records) and that the director or officer decided on his own.",
                when=CLIENT_CONTROLLER,
            ),
        ],
        "evidence": [
            item(
                ALL,
                "以公司名义签订的合同、收款和资金去向记录",
                "Contracts signed for the company, receipts, where the money went",
            ),
            item(
                ALL,
                "董事会、股东会记录，审批单，邮件和聊天记录",
                "Board and shareholder minutes, approvals, e-mails and chats",
            ),
            item(
                ALL,
                "指示存在或者不存在的证据（书面指示、录音、证人）",
                "Proof of the instruction or of its "
                "absence (written orders, recordings, witnesses)",
                when=INSTRUCTED,
            ),
        ],
        "next": "company_state",
    }
)


def dated(f: J, det: J, open_: J, zh: str, en: str, question: str) -> list[J]:
    """A finding for one side of a switch date: as it stands when the date decides, and as a
    conditional finding ("若…") when the date is not known well enough."""
    base_when = f.get("when")
    sure = {**f, "when": all_(base_when, det) if base_when else det}
    sub = f.get("sublabel")
    cond_sub = T(zh + ("：" + sub["zh"] if sub else ""), en + (": " + sub["en"] if sub else ""))
    maybe = {
        **f,
        "sublabel": cond_sub,
        "when": all_(base_when, open_) if base_when else open_,
        "depends_on": sorted({*f.get("depends_on", []), question}),
    }
    return [sure, maybe]


# --- the company: state, type, ability to pay

node(
    {
        "id": "company_state",
        "type": "choice",
        "text": T("公司现在的登记状态是？", "What is the company's registered state now?"),
        "help": {
            "why": T(
                "公司解散、注销或者进入破产，决定要审查哪些责任：解散后要清算，未缴的出资（包括未到期的）都是清算财产；"
                "注销后要看注销是否合法；破产后股东欠缴的出资由管理人追收。可以在国家企业信用信息公示系统查询。",
                "Dissolution, deregistration or bankruptcy decide which liabilities to examine: a "
                "dissolved company must be liquidated and all unpaid capital (due or not) belongs t"
                "o "
                "the estate; after deregistration, whether it was lawful; in bankruptcy the "
                "administrator collects unpaid capital. The public enterprise credit system shows t"
                "he "
                "state.",
            ),
            "glossary": ["gsxt", "dissolution_cause", "bankruptcy_acceptance"],
        },
        "choices": [
            choice(
                "operating",
                "正常存续（没有解散、没有注销，也没有进入破产程序）",
                "Existing (not dissolved, not deregistered, not in bankruptcy)",
                "state_gate",
            ),
            choice(
                "dissolved",
                "已出现解散事由但还没有注销（营业执照被吊销、营业期限届满、股东会决议解散、被责令关闭或者撤销、"
                "法院判决解散）",
                "A cause of dissolution has arisen but it is not deregistered (licence revoked, ter"
                "m "
                "expired, resolution to dissolve, ordered closed, dissolved by a court)",
                "state_gate",
                T(
                    "公司应当清算：审查清算义务人是否依法清算；股东未缴的出资（包括未到期的）都属于清算财产。",
                    "The company must be liquidated: were the obligors diligent? All unpaid capital"
                    ", "
                    "due or not, belongs to the estate.",
                ),
                [cite(J2, 22, 1)],
            ),
            choice(
                "deregistered",
                "已经注销",
                "Deregistered",
                "state_gate",
                T(
                    "公司已经不存在：审查注销是否合法，以及股东的出资情况。",
                    "The company no longer exists: was its deregistration lawful, and what of the "
                    "shareholders' capital?",
                ),
            ),
            choice(
                "bankruptcy",
                "法院已经受理对公司的破产申请",
                "A court has accepted a bankruptcy petition",
                "state_gate",
                T(
                    "管理人要求股东缴纳全部未缴出资，不受出资期限限制；债权人应当向管理人申报债权。",
                    "The administrator calls in all unpaid capital whatever its term; creditors "
                    "prove their claims with him.",
                ),
                [cite(EBL, 35)],
            ),
        ],
    }
)

branch(
    "state_gate",
    [
        rule(
            all_(BARRED, not_(DEREGISTERED)),
            "find_sh_q",
            T(
                "对公司的债权已过诉讼时效，公司仍然存在：公司可以提出时效抗辩，股东等人对这笔公司债务的责任也随之难以"
                "成立。",
                "The claim against the company is time-barred and the company still exists: it may "
                "plead limitation, and the liability of shareholders and others for this debt falls "
                "with it.",
            ),
        ),
    ],
    otherwise("company_type"),
)

node(
    {
        "id": "company_type",
        "type": "choice",
        "text": T(
            "公司是什么类型？有几个股东？",
            "What kind of company is it, with how many shareholders?",
        ),
        "help": {
            "why": T(
                "只有一个股东的公司，由股东证明公司财产独立于自己的财产，证明不了的对公司债务承担连带责任。2024年7月1日"
                "以前，这一规则只适用于一人有限责任公司；新公司法第23条第3款扩大到只有一个股东的股份有限公司。清算义务人"
                "也因公司类型不同：旧规则下有限责任公司为全体股东，股份有限公司为董事和控股股东。",
                "In a one-shareholder company the shareholder must prove the company's assets were "
                "separate from his own, or answer jointly for its debts. Before 1 July 2024 this he"
                "ld "
                "only for one-person limited liability companies; Company Law art. 23(3) extends it"
                " to "
                "one-shareholder joint stock companies. The liquidation obligors also differ: under"
                " the "
                "old rules, all shareholders of a limited liability company; directors and controll"
                "ing "
                "shareholders of a joint stock company.",
            ),
            "glossary": ["one_shareholder_company", "spouse_company"],
        },
        "citations": [cite(CL, 23, 3), cite(CL18, 63)],
        "choices": [
            choice(
                "llc_multi",
                "有限责任公司，两个以上股东（不是只有夫妻二人）",
                "Limited liability company, two or more shareholders (not only a married couple)",
                "state_branch",
            ),
            choice(
                "llc_spouses",
                "有限责任公司，股东只有夫妻二人",
                "Limited liability company owned only by a married couple",
                "state_branch",
                T(
                    "法院对夫妻公司能否视为一人公司、倒置举证责任有分歧；这里按两个股东的公司处理，并提示这一争议。",
                    "Courts differ on treating a spouses' company as a one-person company; it is "
                    "treated here as having two shareholders, and the point is flagged.",
                ),
            ),
            choice(
                "llc_one",
                "有限责任公司，只有一个股东",
                "Limited liability company, one shareholder",
                "state_branch",
                T(
                    "唯一股东须自己证明公司财产独立于自己的财产。",
                    "The sole shareholder must prove the company's assets were separate from his.",
                ),
            ),
            choice(
                "jsc_multi",
                "股份有限公司，两个以上股东",
                "Joint stock company, two or more shareholders",
                "state_branch",
            ),
            choice(
                "jsc_one",
                "股份有限公司，只有一个股东",
                "Joint stock company, one shareholder",
                "state_branch",
                T(
                    "举证责任倒置适用于2024年7月1日以后的情形（公司法第23条第3款）；此前公司法(2018)第63条只适用于一人"
                    "有限责任公司。",
                    "The reversed burden applies from 1 July 2024 (Company Law art. 23(3)); before,"
                    " "
                    "Company Law (2018) art. 63 covered one-person limited liability companies only"
                    ".",
                ),
            ),
        ],
    }
)

branch(
    "state_branch",
    [
        rule(
            all_(ans("company_state", "operating"), ZHONGBEN),
            "debt_amount",
            T(
                "执行法院已经裁定终结本次执行程序：公司不能清偿已有证明。",
                "The enforcement court ended enforcement for lack of assets: the company's inabilit"
                "y "
                "to pay is shown.",
            ),
            [cite(CPI, 517, 1)],
        ),
        rule(ans("company_state", "operating"), "ability"),
    ],
    otherwise("debt_amount"),
)


def ability_question(qid: str, nxt: str) -> None:
    node(
        {
            "id": qid,
            "type": "choice",
            "text": T("公司能否清偿这笔债务？", "Can the company pay this debt?"),
            "help": {
                "why": T(
                    "股东的大多数责任是补充的：公司不能清偿的部分，才由股东在一定范围内补上（公司法解释三第13条第2款）；要求"
                    "未到期的出资提前缴纳，也以公司不能清偿到期债务为前提（公司法第54条）；人格否认要求严重损害债权人。"
                    "最有力的证明是执行中查不到财产、法院裁定终结本次执行程序。",
                    "Most shareholder liabilities are supplementary: they cover what the company ca"
                    "nnot "
                    "pay (Interpretation III art. 13(2)); calling capital early needs the company t"
                    "o be "
                    "unable to pay a due debt (Company Law art. 54); piercing needs serious harm to"
                    " "
                    "creditors. The strongest proof is enforcement that found no assets, ended by a"
                    " ruling.",
                ),
                "glossary": ["zhongben"],
            },
            "citations": [cite(J3, 13, 2), cite(CL, 54)],
            "verify": {
                "evidence": [
                    T(
                        "执行裁定、终结本次执行程序裁定、法院的财产调查结果",
                        "Enforcement rulings, the ruling ending enforcement, the court's asset sear"
                        "ch",
                    ),
                    T(
                        "公司停业、账户余额、欠缴税款社保、其他被执行记录（中国执行信息公开网）",
                        "Proof the company stopped trading, its account balances, unpaid taxes, oth"
                        "er "
                        "enforcement cases against it",
                    ),
                ],
                "effect": T(
                    "能证明公司不能清偿的，补充赔偿责任和提前缴纳出资的前提具备，人格否认的“严重损害”通常也成立；公司有财产可供"
                    "清偿的，应当先向公司主张和执行。",
                    "If the company's inability to pay is shown, supplementary liability and early "
                    "calls "
                    "on capital can follow, and piercing's 'serious harm' usually holds; if it has "
                    "assets, "
                    "claim and enforce against it first.",
                ),
            },
            "choices": [
                choice(
                    "can_pay",
                    "公司正常经营，有足够的财产可供清偿（或者已知有可供执行的财产）",
                    "It trades and has enough assets (or assets are known that can be seized)",
                    nxt,
                    T(
                        "公司有清偿能力时，股东原则上只以出资为限承担责任，应当先向公司主张。",
                        "While the company can pay, shareholders answer only within their capital; "
                        "claim "
                        "from the company first.",
                    ),
                ),
                choice(
                    "cannot_pay",
                    "公司明显不能清偿（停业、账户没有余额、资不抵债、还有其他判决没有履行）",
                    "It plainly cannot pay (stopped trading, empty accounts, insolvent, other judgm"
                    "ents "
                    "unpaid)",
                    nxt,
                    T(
                        "公司不能清偿还需要在诉讼中证明；补充责任在对公司执行不足时才实际承担。",
                        "The inability still has to be shown in court; supplementary liability bite"
                        "s only "
                        "once enforcement against the company falls short.",
                    ),
                ),
                choice(
                    "enforcement_failed",
                    "对公司强制执行没有结果（执行中查不到可供执行的财产）",
                    "Enforcement against it found nothing to seize",
                    nxt,
                    T(
                        "公司不能清偿已经由执行程序证明。",
                        "Its inability to pay is shown by enforcement.",
                    ),
                ),
                choice(
                    "unknown",
                    "公司不付款，但是否有能力清偿不清楚",
                    "It does not pay, but whether it can is not known",
                    nxt,
                    T(
                        "公司能否清偿待核实：补充责任、提前缴纳出资和人格否认的结论以公司不能清偿为前提。",
                        "Whether it can pay is to be verified: supplementary liability, early calls"
                        " on "
                        "capital and piercing assume it cannot.",
                    ),
                    unknown_=True,
                ),
            ],
        }
    )


ability_question("ability", "after_ability")
ability_question("ability_d", "piercing_branch")

branch(
    "after_ability",
    [
        rule(
            all_(ans("ability", "can_pay"), ONE_SH, not_(side(DIR))),
            "debt_amount",
            T(
                "公司有清偿能力，但只有一个股东的公司，股东不能证明财产独立的，对公司债务承担连带责任，不以公司不能清偿"
                "为前提。",
                "The company can pay, but in a one-shareholder company the shareholder who cannot "
                "prove separate assets answers jointly whether or not the company can pay.",
            ),
        ),
        rule(
            ans("ability", "can_pay"),
            "final",
            T(
                "公司有清偿能力：股东等的补充责任、提前缴纳出资和人格否认的前提都不具备，应当先向公司主张。",
                "The company can pay: supplementary liability, early calls on capital and piercing "
                "lack their premise; claim from the company first.",
            ),
        ),
    ],
    otherwise("debt_amount"),
)

node(
    {
        "id": "debt_amount",
        "type": "money",
        "allow_unknown": True,
        "text": T(
            "公司欠债权人的这笔债务（本金、利息、违约金等）合计多少元？",
            "How much does the company owe the creditor in all (principal, interest, penalties …)?",
        ),
        "label": T("公司所欠的债务", "the company's debt"),
        "significance": T(
            "各项责任都以这笔债务为上限。", "Every liability is capped by this debt."
        ),
        "verify": {
            "evidence": [
                T(
                    "合同、借条、对账单或判决书确定的金额",
                    "The amount in the contract, IOU, statement or judgment",
                )
            ],
            "effect": T(
                "只影响各项责任的数额，不影响是否承担责任。",
                "It changes the amounts only, not whether anyone is liable.",
            ),
        },
        "next": "dereg_branch",
    }
)

branch(
    "dereg_branch",
    [
        rule(DEREGISTERED, "dereg_type"),
        rule(DISSOLVED, "dissolution_date"),
    ],
    otherwise("piercing_branch"),
)


# --- deregistration (公司法240(3); 解释二20)

node(
    {
        "id": "dereg_type",
        "type": "choice",
        "text": T("公司是怎样注销的？", "How was the company deregistered?"),
        "help": {
            "why": T(
                "简易注销须全体股东承诺公司没有债务或者已经清偿全部债务；承诺不实的，股东对注销登记前的债务承担连带责任"
                "（公司法第240条第3款）。普通注销须先清算；没有依法清算就注销的，清算义务人等承担责任。被吊销满三年后由"
                "登记机关注销的，原股东、清算义务人的责任不受影响（公司法第241条第2款）。注销档案可以向登记机关调取。",
                "A simplified deregistration needs all shareholders' undertaking that the company h"
                "ad "
                "no debts or had paid them all; if untrue, they answer jointly for the debts before"
                " "
                "deregistration (Company Law art. 240(3)). An ordinary deregistration needs a "
                "liquidation first; deregistering without one makes the obligors liable. Removal by"
                " the "
                "registry three years after revocation leaves the shareholders' and obligors' "
                "liability intact (art. 241(2)). The file can be obtained from the registry.",
            ),
            "glossary": ["simplified_deregistration", "liquidation_obligor"],
        },
        "citations": [cite(CL, 240, 1), cite(CL, 240, 3), cite(CL, 241, 2)],
        "choices": [
            choice(
                "simplified",
                "简易注销（全体股东承诺公司没有债务或者已经清偿全部债务，没有清算）",
                "Simplified deregistration (all shareholders undertook there were no unpaid debts; "
                "no liquidation)",
                "dereg_date",
            ),
            choice(
                "ordinary",
                "普通注销（成立了清算组，提交了清算报告）",
                "Ordinary deregistration (a liquidation committee, a liquidation report)",
                "dereg_date",
            ),
            choice(
                "no_liquidation",
                "没有经过依法清算就办理了注销（例如提交了虚假的清算报告或材料）",
                "Deregistered without a lawful liquidation (e.g. on a false report)",
                "dereg_date",
            ),
            choice(
                "by_registry",
                "被吊销营业执照满三年后，由登记机关直接注销",
                "Removed by the registry three years after the licence was revoked",
                "dereg_date",
                T(
                    "登记机关依法注销的，原股东、清算义务人的责任不受影响。",
                    "Removal by the registry leaves the shareholders' and obligors' liability "
                    "intact.",
                ),
                [cite(CL, 241, 2)],
            ),
            choice(
                "unsure",
                "不清楚（请调取注销档案）",
                "Not known (obtain the deregistration file)",
                "dereg_date",
                T(
                    "注销方式待核实：按没有依法清算的情形审查清算责任。",
                    "How it was deregistered is to be verified: liquidation liability is examined a"
                    "s "
                    "for a company not lawfully liquidated.",
                ),
            ),
        ],
    }
)

node(
    {
        "id": "dereg_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "公司是哪一天注销的？（以准予注销登记之日为准）",
            "On which day was the company deregistered (the day the registry approved it)?",
        ),
        "label": T("公司注销登记之日", "the day of the deregistration"),
        "significance": T(
            "注销时对公司的债权是否还在诉讼时效内，看这一天；2024年7月1日以后的简易注销适用公司法第240条第3款，此前的"
            "不适用该条（该条不溯及），依公司法解释二第20条处理。",
            "Whether the claim against the company was still within limitation when it was "
            "deregistered turns on this day; simplified deregistrations from 1 July 2024 fall "
            "under Company Law art. 240(3), earlier ones do not (it is not retroactive) and "
            "Interpretation II art. 20 applies.",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "公示系统的注销信息、准予注销登记通知书",
                    "The registry's deregistration notice, the public record",
                )
            ],
            "effect": T(
                "注销时对公司的债权还在诉讼时效内的，对股东等人的请求自知道注销之日起另行计算；注销前已过时效的，股东等人"
                "可以提出时效抗辩。2024年7月1日以后简易注销的，承诺不实的股东对注销前的债务承担连带责任；此前注销的，按"
                "承诺的内容承担相应的民事责任。",
                "If the claim was still within limitation at deregistration, the claim against "
                "shareholders and others runs from when the creditor learned of it; if it had "
                "already run out, they may plead limitation. Simplified deregistration from 1 July "
                "2024: shareholders who gave a false undertaking answer jointly for the earlier "
                "debts; earlier: as their undertaking says.",
            ),
        },
        "next": "dereg_learned_date",
    }
)

node(
    {
        "id": "dereg_learned_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "债权人是哪一天知道公司已经注销的？",
            "When did the creditor learn that the company had been deregistered?",
        ),
        "label": T("债权人知道公司注销之日", "the day the creditor learned of the deregistration"),
        "significance": T(
            "公司注销后只能向股东等人主张：对他们的请求，诉讼时效自债权人知道或者应当知道公司注销以及责任人之日起算。",
            "Once the company is gone, only shareholders and others can be claimed from: "
            "limitation of those claims runs from when the creditor knew or should have known of "
            "the deregistration and who is liable.",
        ),
        "citations": [cite(CC, 188, 2)],
        "verify": {
            "evidence": [
                T(
                    "债权人查询公示系统的记录、得知注销的聊天记录或者通知",
                    "The creditor's search of the public record, the message or notice by which he "
                    "learned of it",
                )
            ],
            "effect": T(
                "决定对股东等人的请求何时过诉讼时效；不清楚的，从注销登记之日保守计算。简易注销经过公示，股东可能主张债权人"
                "应当更早知道。",
                "It decides when the claims against shareholders and others become time-barred; "
                "unknown, they are counted cautiously from the deregistration. The deregistration "
                "was published, so the shareholders may say the creditor should have known "
                "earlier.",
            ),
        },
        "next": "dereg_after",
    }
)


branch(
    "dereg_after",
    [
        rule(all_(ans("dereg_type", "simplified"), side(CRED, SH)), "m_era"),
        rule(
            ans("dereg_type", "simplified"),
            "dissolution_date",
            T(
                "董事不因简易注销的承诺承担责任；审查是否应当清算而没有清算。",
                "Directors do not answer for the shareholders' undertaking; was a required "
                "liquidation skipped?",
            ),
        ),
    ],
    otherwise("dissolution_date"),
)

M_NEW = on_or_after("dereg_date", NEW_LAW)
M_OLD = before("dereg_date", NEW_LAW)
M_OPEN = und(before("dereg_date", NEW_LAW))
# The era of the deregistration decided by a branch, so that a month-only date wholly on one
# side of 1 July 2024 (e.g. "2024-04") leaves no finding marked as resting on the exact day: the
# findings read the route taken, not the date (review finding 5).
branch(
    "m_era",
    [
        rule(
            M_OPEN,
            "find_sh_m",
            T(
                "注销的日期待核实：2024年7月1日以后注销的适用公司法第240条第3款，此前注销的按当时的规定。",
                "The date of deregistration is to be verified: from 1 July 2024 Company Law art. "
                "240(3) applies, before it the rules then in force.",
            ),
        ),
        rule(
            M_NEW,
            "m_era_new",
            T(
                "公司在2024年7月1日以后注销：适用公司法第240条第3款。",
                "Deregistered from 1 July 2024: Company Law art. 240(3) applies.",
            ),
            [cite(CL, 240, 3)],
        ),
        rule(
            M_OLD,
            "m_era_old",
            T(
                "公司在2024年7月1日以前注销：公司法第240条第3款不溯及适用，按当时的规定（公司法解释二第20条第2款）。",
                "Deregistered before 1 July 2024: Company Law art. 240(3) does not reach back; the "
                "rules then in force apply (Interpretation II art. 20(2)).",
            ),
            [cite(J2, 20, 2), cite(TE, 1, 2)],
        ),
    ],
    otherwise("find_sh_m"),
)
for _mark in ("m_era_new", "m_era_old"):
    branch(_mark, [rule(side(CRED, SH), "find_sh_m")], otherwise("find_sh_m"))
M_NEW_ROUTE = reached("m_era_new")
M_OLD_ROUTE = reached("m_era_old")
node(
    {
        "id": "find_sh_m",
        "type": "finding",
        "code": "SH-M",
        "title": T(
            "简易注销的承诺不实：作出承诺的股东对注销前的债务承担责任",
            "A false undertaking in a simplified deregistration: the shareholders who gave it answe"
            "r for "
            "the debts before deregistration",
        ),
        "summary": [
            variant(
                C_,
                "{party.company}通过简易程序注销，全体股东承诺没有债务，而你的债权当时没有清偿，承诺不实。你可以直接起诉"
                "作出承诺的{party.shareholder}：他们对注销登记前的债务（{amount.debt_amount}）承担连带责任。",
                "The {party.company} was deregistered by the simplified procedure on all shareholde"
                "rs' "
                "undertaking that it had no debts, while your claim was unpaid: the undertaking was"
                " "
                "false. Sue the {party.shareholder} who gave it directly: they answer jointly for t"
                "he "
                "debts before deregistration ({amount.debt_amount}).",
                when=M_NEW,
            ),
            variant(
                C_,
                "{party.company}在2024年7月1日以前通过简易程序注销，全体股东承诺没有债务，而你的债权当时没有清偿。作出承诺的"
                "{party.shareholder}按承诺的内容承担相应的民事责任；承诺书写明对公司债务承担责任的，通常为公司没有清偿的债务"
                "（{amount.debt_amount}）。",
                "The {party.company} was deregistered by the simplified procedure before 1 July 202"
                "4 "
                "on the shareholders' undertaking that it had no debts, while your claim was unpaid"
                ". "
                "The {party.shareholder} who gave it answer as the undertaking says — usually for "
                "what the company left unpaid ({amount.debt_amount}).",
                when=M_OLD,
            ),
            variant(
                C_,
                "{party.company}通过简易程序注销，承诺不实；注销日期待核实：2024年7月1日以后注销的，作出承诺的股东对注销登记前的"
                "债务承担连带责任；此前注销的，按承诺的内容承担相应的民事责任。",
                "The {party.company} was deregistered on a false undertaking; the date is to be "
                "verified: from 1 July 2024 the shareholders who gave it answer jointly for the deb"
                "ts "
                "before deregistration; before, as the undertaking says.",
            ),
            variant(
                S_,
                "对方主张：{party.company}简易注销时你承诺公司没有债务，而对方的债权当时没有清偿，你应当对注销登记前的债务承担"
                "连带责任。你可以抗辩：这笔债务在注销登记时并不存在或者已经清偿；你没有作出承诺（例如签名不是你的）。",
                "The creditor says that when the {party.company} was deregistered by the simplified"
                " "
                "procedure you undertook it had no debts while his claim was unpaid, so you answer "
                "jointly for the debts before deregistration. You may answer: the debt did not exis"
                "t "
                "or was paid then; you gave no undertaking (e.g. the signature is not yours).",
                when=M_NEW,
            ),
            variant(
                S_,
                "对方主张：{party.company}在2024年7月1日以前简易注销时你作出了承诺，而对方的债权当时没有清偿，你应当按承诺的内容"
                "承担责任。你可以抗辩：承诺的内容并不包括对公司债务承担责任；这笔债务在注销时并不存在或者已经清偿；你没有作出"
                "承诺。",
                "The creditor says that at the simplified deregistration before 1 July 2024 you gav"
                "e "
                "an undertaking while his claim was unpaid, so you answer as it says. You may answe"
                "r: "
                "the undertaking did not cover the company's debts; the debt did not exist or was p"
                "aid "
                "then; you gave none.",
                when=M_OLD,
            ),
            variant(
                S_,
                "对方主张你在{party.company}简易注销时作出了不实的承诺；注销日期待核实：2024年7月1日以后注销的，承诺不实的股东"
                "对注销前的债务承担连带责任；此前注销的，按承诺的内容承担责任。你可以抗辩：债务在注销时并不存在或者已经清偿；"
                "你没有作出承诺。",
                "The creditor says you gave a false undertaking when the {party.company} was "
                "deregistered; the date is to be verified: from 1 July 2024 such shareholders answe"
                "r "
                "jointly for the earlier debts; before, as the undertaking says. You may answer: th"
                "e "
                "debt did not exist or was paid; you gave none.",
            ),
        ],
        "findings": [
            *dated(
                finding(
                    "连带责任",
                    T(
                        "作出承诺的全体股东{party.shareholder}",
                        "all shareholders who gave the undertaking ({party.shareholder})",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "公司注销登记前产生的债务（本案{amount.debt_amount}）",
                        "the company's debts arising before deregistration (here {amount.debt_amoun"
                        "t})",
                    ),
                    T(
                        "公司已经注销，直接向股东主张；股东之间没有先后，债权人可以请求其中任何一人承担全部",
                        "the company is gone: claim from the shareholders directly, in no order; an"
                        "y one may "
                        "be asked for all of it",
                    ),
                    [cite(CL, 240, 3), cite(CL, 240, 1)],
                    sublabel=T("公司法第240条第3款", "Company Law art. 240(3)"),
                ),
                M_NEW_ROUTE,
                und(before("dereg_date", NEW_LAW)),
                "若在2024年7月1日以后注销",
                "if deregistered from 1 July 2024",
                "dereg_date",
            ),
            *dated(
                finding(
                    "相应的责任",
                    T(
                        "在注销登记时作出承诺的股东{party.shareholder}（或者第三人）",
                        "the {party.shareholder} (or third parties) who gave the undertaking at "
                        "deregistration",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "按承诺的内容确定；承诺“对公司债务承担责任”的，通常为公司没有清偿的债务（本案{amount.debt_amount}）",
                        "as the undertaking says; one to 'answer for the company's debts' usually c"
                        "overs "
                        "what the company left unpaid (here {amount.debt_amount})",
                    ),
                    T(
                        "公司已经注销，直接向作出承诺的人主张",
                        "the company is gone: claim from those who gave the undertaking directly",
                    ),
                    [cite(J2, 20, 2), cite(TE, 1, 2)],
                    sublabel=T(
                        "按注销时所作承诺承担的民事责任（2024年7月1日以前的简易注销）",
                        "liability as undertaken at deregistration (before 1 July 2024)",
                    ),
                ),
                M_OLD_ROUTE,
                M_OPEN,
                "若在2024年7月1日以前注销",
                "if deregistered before 1 July 2024",
                "dereg_date",
            ),
        ],
        "citations": joint_mechanics("dereg_date"),
        "deadlines": DEREG_DEADLINES,
        "defences": [
            item(
                S_,
                "注销登记时这笔债务并不存在或者已经清偿，承诺属实。",
                "The debt did not exist, or was paid, at deregistration: the undertaking was true.",
            ),
            item(
                S_,
                "你没有作出承诺（承诺书上的签名不是你的，或者你当时已不是股东）。",
                "You gave no undertaking (the signature is not yours, or you were no longer a "
                "shareholder).",
            ),
            item(
                S_,
                "诉讼时效：自债权人知道或者应当知道公司注销之日起三年（见期限）。",
                "Limitation: three years from when the creditor knew or should have known of the "
                "deregistration (see the deadlines).",
                when=DEREG_LIMIT_OPEN,
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "2024年7月1日以前的简易注销：公司法第240条第3款不溯及适用；能否依公司法时间效力规定第4条第6项适用，尚不"
                "明确。承诺书写明由全体投资人承担连带责任的，可以依约定主张连带责任；未经清算即注销导致无法清算的，还可以"
                "依公司法解释二第20条第1款主张清偿责任。",
                "Simplified deregistrations before 1 July 2024: Company Law art. 240(3) does not re"
                "ach "
                "back; whether item 6 of art. 4 of the SPC temporal-effect provisions applies is "
                "unclear. An undertaking that all investors answer jointly can be relied on as "
                "agreed; where deregistering without liquidation made liquidation impossible, "
                "Interpretation II art. 20(1) also gives a claim.",
                when=any_(M_OLD, M_OPEN),
                basis=[cite(TE, 4, 1, 6), cite(CC, 178, 3), cite(J2, 20, 1)],
            ),
            warn(
                "caution",
                ALL,
                "只要注销前已经产生、没有清偿的债务存在（包括当时正在诉讼中的），承诺就不真实，股东不能以“不知道”为由免责。",
                "If any debt arising before deregistration was unpaid (including one then in court)"
                ", "
                "the undertaking was untrue; not knowing is no excuse.",
            ),
        ],
        "recourse": [
            item(
                ALL,
                "股东之间按各自责任大小分担；难以确定的平均分担；多付的一方可以向其他股东追偿。",
                "Among the shareholders the burden follows their shares of responsibility, equally "
                "if these cannot be told; whoever paid more recovers from the others.",
                when=any_(M_NEW, M_OPEN),
            ),
        ],
        "next_steps": [
            item(
                C_,
                "向登记机关调取简易注销档案和全体投资人承诺书，直接起诉作出承诺的全体股东。",
                "Obtain the deregistration file and the investors' undertaking from the registry, a"
                "nd "
                "sue all shareholders who gave it.",
            ),
            item(
                S_,
                "调取注销档案，核对承诺书的内容、签名和注销时的债务情况。",
                "Obtain the file; check the undertaking's wording and signatures, and the debts at "
                "deregistration.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "简易注销公告、全体投资人承诺书",
                "The simplified deregistration notice and the investors' undertaking",
            ),
            item(
                ALL,
                "注销前已产生债务的证据（合同、送货单、判决）",
                "Proof the debt arose before deregistration (contract, delivery notes, judgment)",
            ),
        ],
        "next": "dissolution_date",
    }
)


RENEW = warn(
    "caution",
    ALL,
    "公司法解释二、解释三是针对旧公司法制定的（2020年修正本），2024年7月1日以后继续适用于与新公司法不冲突的部分；"
    "最高人民法院可能已经发布新的公司法司法解释，替代这里引用的条文，使用前请核对。",
    "Interpretations II and III were made for the old Company Law (2020 texts) and still apply "
    "where they do not conflict with the new one; the SPC may since have issued a new "
    "interpretation replacing the articles cited — check before relying on them.",
)

# --- liquidation (解释二18–20, 22; 公司法232, 238; 时间效力规定6)

DD = "dissolution_date"
#: 时间效力规定6(2): a cause "至公司法施行日未满十五日". From 2024-06-17 the fifteen days of
#: 公司法(2018)183 had plainly not run by 1 July 2024; a cause on 2024-06-16 is read a day
#: apart — counted under 民法典201 (the first day not counted) its fifteen days end on 1 July,
#: the day the new law took effect; counted otherwise they had run. Both readings are shown.
L_OLD = before(DD, LIQ_EDGE)
L_EDGE = all_(on_or_after(DD, LIQ_EDGE), before(DD, LIQ_NEW))
L_NEW = on_or_after(DD, LIQ_NEW)
L_UND = any_(und(before(DD, LIQ_EDGE)), und(before(DD, LIQ_NEW)))
L_OPEN = any_(L_UND, L_EDGE)
L_RESTART = all_(on_or_after(DD, LIQ_EDGE), before(DD, NEW_LAW))  # 6(2): 15 days run again
L_NEAR = L_OPEN
EDGE_WARNING = warn(
    "contested",
    ALL,
    "解散事由出现在2024年6月16日前后：公司法时间效力规定第6条第2款对“至公司法施行日未满十五日”的解散事由适用公司法"
    "第232条。按民法典第201条不计算开始的当日，6月16日出现的解散事由，十五日到2024年7月1日（公司法施行日）才届满，"
    "可以认为未满十五日，适用第232条（董事在损失范围内赔偿）；也有理解认为至施行日已满十五日，适用当时的规则（可能"
    "连带清偿）。两种结论都列出；6月15日以前出现的适用当时的规则，6月17日以后出现的适用第232条。",
    "A cause of dissolution around 16 June 2024: art. 6(2) of the temporal-effect provisions "
    "applies Company Law art. 232 where the cause arose 'less than fifteen days' before the law "
    "took effect. Counting under Civil Code art. 201 (the first day not counted), the fifteen "
    "days from 16 June end on 1 July 2024, the day the law took effect, so they had not run and "
    "art. 232 applies (directors pay damages within the loss); another reading holds they had "
    "run, so the old rules apply (possibly joint liability to pay). Both findings are given; "
    "causes up to 15 June follow the old rules, causes from 17 June art. 232.",
    when=L_NEAR,
    basis=[cite(TE, 6, 2), cite(CL18, 183), cite(CC, 201, 1)],
)

node(
    {
        "id": "dissolution_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "公司的解散事由是哪一天出现的？（营业执照被吊销之日、营业期限届满之日、股东会作出解散决议之日、解散判决生效之日等）",
            "On which day did the cause of dissolution arise? (licence revoked, term expired, "
            "resolution to dissolve, dissolution judgment effective …)",
        ),
        "label": T("解散事由出现之日", "the day the cause of dissolution arose"),
        "significance": T(
            "清算责任适用新法还是旧规则，看解散事由出现的日期，不看起诉日期。",
            "Whether liquidation liability follows the new or the old rules depends on when the cau"
            "se "
            "of dissolution arose, not on when anyone sued.",
        ),
        "help": {
            "why": T(
                "解散事由出现在2024年7月1日以前的，适用当时的规定：有限责任公司的股东、股份有限公司的董事和控股股东是清算"
                "义务人（公司法解释二第18—20条）。出现在2024年7月1日以前但至该日不满十五日的，适用公司法第232条，清算期限"
                "从2024年7月1日重新计算（公司法时间效力规定第6条第2款）。此后出现的，董事是清算义务人，未及时清算造成损失的"
                "承担赔偿责任（公司法第232条第3款）。",
                "A cause that arose before 1 July 2024 follows the rules then in force: the "
                "shareholders of a limited liability company, the directors and controlling "
                "shareholders of a joint stock company are the liquidation obligors (Interpretation"
                " II "
                "arts. 18–20). One that arose less than fifteen days before that day falls under "
                "Company Law art. 232, the fifteen days running again from 1 July 2024 (temporal-ef"
                "fect "
                "provisions art. 6(2)). Later causes: the directors are the obligors and answer for"
                " the "
                "loss from not liquidating in time (art. 232(3)).",
            ),
            "glossary": ["dissolution_cause", "liquidation_obligor"],
        },
        "citations": [cite(TE, 6, 1), cite(TE, 6, 2), cite(CL, 232, 1)],
        "verify": {
            "evidence": [
                T(
                    "吊销营业执照的决定书或公示系统的吊销信息",
                    "The revocation decision or the public record of it",
                ),
                T(
                    "公司章程（营业期限）、解散决议、解散判决",
                    "The articles (term), the resolution to dissolve, the dissolution judgment",
                ),
            ],
            "effect": T(
                "2024年6月17日以前出现的，按当时的规则：无法清算时清算义务人可能对公司债务承担连带清偿责任；此后出现的，"
                "董事作为清算义务人在损失范围内承担赔偿责任。6月16日、17日前后，对“不满十五日”有一日之差的不同理解。",
                "Before 17 June 2024: the old rules, under which the obligors may answer jointly fo"
                "r "
                "all the company's debts when liquidation is impossible; from then: the directors "
                "answer for the loss. Around 16–17 June the fifteen days can be read a day apart.",
            ),
        },
        "next": "liq_failures",
    }
)

node(
    {
        "id": "liq_failures",
        "type": "multi",
        "text": T(
            "清算义务人有没有依法清算？实际情况是（可多选）：",
            "Was the company lawfully liquidated? What happened (several allowed):",
        ),
        "help": {
            "why": T(
                "旧规则下：没有及时清算导致公司财产贬值、流失的，在造成损失的范围内赔偿（公司法解释二第18条第1款）；因怠于"
                "履行义务导致主要财产、账册、重要文件灭失而无法清算的，对公司债务承担连带清偿责任（第18条第2款）；恶意处置"
                "财产或者以虚假清算报告骗取注销的，承担相应赔偿责任（第19条）；未经清算即注销导致无法清算的，承担清偿责任"
                "（第20条第1款）。新法下都是在损失范围内的赔偿责任（公司法第232条第3款、第238条第2款）。",
                "Old rules: not liquidating in time so that assets lost value — damages within the "
                "loss "
                "(Interpretation II art. 18(1)); neglect that lost the main assets, books or record"
                "s so "
                "that liquidation is impossible — joint liability for the company's debts (18(2)); "
                "bad "
                "faith disposal or a false report to deregister — damages (art. 19); deregistering "
                "without liquidation so that it became impossible — liability to pay (art. 20(1)). "
                "New law: damages within the loss throughout (Company Law arts. 232(3), 238(2)).",
            ),
            "glossary": ["liquidation_obligor"],
        },
        "citations": [
            cite(J2, 18, 1),
            cite(J2, 18, 2),
            cite(J2, 19),
            cite(J2, 20, 1),
            cite(CL, 232, 3),
            cite(CL, 238, 2),
        ],
        "verify": {
            "evidence": [
                T(
                    "强制清算的申请、因无法清算而终结的裁定",
                    "The application for forced liquidation and the "
                    "ruling ending it for impossibility",
                ),
                T(
                    "清算组备案、清算公告、清算报告、注销档案",
                    "The liquidation committee filing, notices, report, the deregistration file",
                ),
                T("账册、财产下落不明的证据", "Proof that books or assets are missing"),
            ],
            "effect": T(
                "查明没有依法清算、造成损失或者无法清算的，相关的人承担清算责任；依法清算了的，这一途径不成立。",
                "If liquidation was neglected and caused loss or became impossible, those responsib"
                "le "
                "answer; if it was done lawfully, this route fails.",
            ),
        },
        "choices": [
            choice(
                "books_lost",
                "没有及时清算，公司的主要财产、账册、重要文件已经灭失，无法清算",
                "Not liquidated in time; the main assets, books or records are lost and liquidation"
                " "
                "is impossible",
                "liq_branch",
            ),
            choice(
                "assets_lost",
                "没有及时清算，公司财产贬值、流失、毁损或者灭失（仍能清算）",
                "Not liquidated in time; assets lost value or were lost (liquidation still possible"
                ")",
                "liq_branch",
            ),
            choice(
                "no_liquidation_dereg",
                "没有经过依法清算就办理了注销",
                "Deregistered without a lawful liquidation",
                "liq_branch",
            ),
            choice(
                "false_report",
                "解散后恶意处置公司财产，或者以虚假的清算报告骗取注销登记",
                "Assets disposed of in bad faith after dissolution, or a false liquidation report t"
                "o "
                "deregister",
                "liq_branch",
            ),
            choice(
                "committee_fault",
                "成立了清算组，但清算组成员违法清算（例如没有通知已知的债权人）造成损失",
                "A liquidation committee acted unlawfully (e.g. did not notify a known creditor) an"
                "d "
                "caused loss",
                "liq_branch",
            ),
            choice(
                "none",
                "依法清算了，或者暂时没有证据",
                "Lawfully liquidated, or no evidence yet",
                "liq_branch",
                exclusive=True,
            ),
            choice("unknown", "不清楚", "Not known", "liq_branch", unknown_=True),
        ],
        "next": "liq_branch",
    }
)

branch(
    "liq_branch",
    [
        rule(all_(inc("liq_failures", *K_FORMS, *L_FORMS), DISSOLVED), "forced_liq"),
        rule(all_(inc("liq_failures", *K_FORMS, *L_FORMS), DEREGISTERED), "k_branch"),
        rule(inc("liq_failures", *K_FORMS, *L_FORMS), "liq_learned_date"),
    ],
    otherwise("liq_end"),
)

node(
    {
        "id": "forced_liq",
        "type": "choice",
        "text": T(
            "债权人（或者其他人）是否已经申请法院强制清算？",
            "Has the creditor (or anyone) applied to the court for a forced liquidation?",
        ),
        "help": {
            "why": T(
                "公司逾期不成立清算组进行清算的，债权人可以申请法院指定有关人员组成清算组进行清算。法院因主要财产、账册、重要"
                "文件灭失等无法清算而裁定终结强制清算的，这一裁定是证明“无法清算”的有力证据，送达之日通常也是对清算义务人等"
                "的请求开始计算诉讼时效之日。",
                "If no liquidation committee is formed in time, a creditor may ask the court to "
                "appoint one. A ruling ending the forced liquidation because the main assets, "
                "books or records are lost is strong proof that liquidation is impossible, and its "
                "service usually starts limitation of the claims against the obligors.",
            )
        },
        "citations": [cite(CL, 233, 1), cite(CL18, 183)],
        "choices": [
            choice(
                "ended",
                "法院已经裁定终结强制清算（无法清算或者无法全面清算）",
                "The court ended the forced liquidation (it could not be carried out, or not in "
                "full)",
                "liq_learned_date",
                T(
                    "无法清算已经由法院的裁定证明。",
                    "The court's ruling shows that liquidation is impossible.",
                ),
            ),
            choice(
                "pending",
                "已经申请，强制清算还在进行",
                "Applied for; the forced liquidation is under way",
                "liq_learned_date",
            ),
            choice("none", "没有申请", "No application", "liq_learned_date"),
        ],
    }
)

node(
    {
        "id": "liq_learned_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "债权人是哪一天知道或者应当知道公司无法清算（或者因没有依法清算受到损失）的？通常是强制清算因无法清算而终结的"
            "裁定送达之日；没有申请强制清算的，是得知公司财产、账册灭失或者公司被注销之日。",
            "When did the creditor learn (or should he have learned) that the company could not be "
            "liquidated, or of the loss from its not being liquidated? Usually the day a ruling end"
            "ing "
            "forced liquidation for that reason was served; without one, the day he learned the "
            "assets or books were lost or the company deregistered.",
        ),
        "label": T(
            "债权人知道无法清算或者受到损失之日",
            "the day the creditor learned of the impossibility or loss",
        ),
        "significance": T(
            "对清算义务人、清算组成员请求的三年诉讼时效从这一天起算。",
            "The three-year limitation against the obligors and committee members runs from this da"
            "y.",
        ),
        "citations": [cite(CC, 188, 2)],
        "verify": {
            "evidence": [
                T(
                    "终结强制清算程序的裁定及送达回证",
                    "The ruling ending forced liquidation and its proof of service",
                ),
                T(
                    "公示系统的注销公告或吊销信息",
                    "The public record of the deregistration or revocation",
                ),
            ],
            "effect": T(
                "决定对清算义务人等的请求何时过诉讼时效；不清楚的，期限无法计算。",
                "It decides when the claim against the obligors becomes time-barred; unknown, no "
                "deadline can be computed.",
            ),
        },
        "next": "k_branch",
    }
)

K_SIG = T(
    "解散事由出现在2024年6月16日以前，至公司法施行日已满十五日：适用当时的法律和司法解释。",
    "The cause arose before 16 June 2024, fifteen days or more before the new law: the law and "
    "interpretations then in force apply.",
)
K_OPEN_SIG = T(
    "解散事由出现的日期待核实，或者出现在有不同理解的2024年6月16日：分别列出适用旧规则和新法时的结论。",
    "The date of the cause is to be verified, or it is 16 June 2024, which is read either way: "
    "the findings under the old rules and under the new law are both given.",
)
branch(
    "k_branch",
    [
        rule(all_(inc("liq_failures", *K_FORMS), L_OLD), "k_era_old", K_SIG, [cite(TE, 6, 1)]),
        rule(all_(inc("liq_failures", *K_FORMS), L_OPEN), "find_sh_k", K_OPEN_SIG),
    ],
    otherwise("l_branch"),
)
# The old rules decided by the route, not by the date: a month-only cause of dissolution wholly
# before 16 June 2024 (e.g. "2023-10") leaves the findings not marked as resting on the exact
# day (as m_era does for the deregistration date).
branch("k_era_old", [rule(side(CRED, SH), "find_sh_k")], otherwise("find_sh_k"))
K_OLD_ROUTE = reached("k_era_old")


def k_variants(sides: list[str], zh: str, en: str, when: J | None = None) -> list[J]:
    """A summary for the old liquidation rules: as it stands, and prefixed "若…" when the date of
    the cause is not known well enough or is the day read either way (2024-06-16)."""
    det = all_(when, L_OLD) if when else L_OLD
    edge = all_(when, L_EDGE) if when else L_EDGE
    opn = all_(when, L_UND) if when else L_UND
    return [
        variant(sides, zh, en, when=det),
        variant(
            sides,
            "解散事由出现在2024年6月16日，是否“至公司法施行日未满十五日”有不同理解（见注意事项）：若按当时的规则，"
            + zh
            + "若适用公司法第232条，见下一项。",
            "The cause of dissolution arose on 16 June 2024, which is read either way as to "
            "'less than fifteen days' before the new law (see the warnings): under the old "
            "rules, " + en + " Under Company Law art. 232, see the next finding.",
            when=edge,
        ),
        variant(
            sides,
            "解散事由出现的日期待核实；若在2024年6月16日以前出现，适用当时的规则："
            + zh
            + "若在此后出现，适用公司法第232条（见下一项）。",
            "The date of the cause of dissolution is to be verified; if it arose before 16 June "
            "2024, the old rules apply: " + en + " If later, Company Law art. 232 applies (see "
            "the next finding).",
            when=opn,
        ),
    ]


def k_find(f: J) -> list[J]:
    return dated(
        f,
        K_OLD_ROUTE,
        L_OPEN,
        "若适用2024年7月1日以前的清算规则",
        "if the old liquidation rules apply",
        DD,
    )


K_BASIS_OLD = cite(TE, 6, 1)
#: An actual controller the answers name: the client himself, or one against whom an event was
#: recorded (the creditor's own report lists him as a possible defendant). A shareholder or
#: director client who was never asked about one is not shown a finding against him.
CONTROLLER_NAMED = any_(
    side(CRED),
    CLIENT_CONTROLLER,
    {"event": "person_history", "kinds": list(PERSON_KINDS), "parties": ["controller"]},
)
#: A director-side client who was no obligor under the old rules (解释二18, 20).
NOT_OBLIGOR_D = any_(
    all_(LLC, ans("dir_role", "director", "liquidator")), all_(JSC, ans("dir_role", "liquidator"))
)
node(
    {
        "id": "find_sh_k",
        "type": "finding",
        "code": "SH-K",
        "title": T(
            "无法清算或者未经清算即注销：清算义务人等对公司债务的清偿责任（2024年7月1日以前的清算规则）",
            "Liquidation impossible, or deregistered without one: the obligors' liability to pay "
            "the company's debts (the liquidation rules before 1 July 2024)",
        ),
        "summary": [
            variant(
                DEF,
                "你的首要抗辩：解散事由出现在2024年6月16日，从这一天起算的清算组成立期限（十五日）到2024年7月1日公司法施行之日"
                "才届满，属于“至公司法施行日未满十五日”，依公司法时间效力规定第6条第2款应当适用公司法第232条：清算义务人只在"
                "怠于清算给债权人造成的损失范围内承担赔偿责任（见下一项），不对公司债务承担连带清偿责任。对方可能主张至施行日已满"
                "十五日、适用当时的规则（连带清偿，本项），这一点有不同理解。",
                "Your first defence: the cause of dissolution arose on 16 June 2024, and the fifteen "
                "days to form the liquidation committee ended only on 1 July 2024, the day the new "
                "Company Law took effect — 'less than fifteen days' before it, so under art. 6(2) of "
                "the temporal-effect provisions Company Law art. 232 applies: the obligors answer "
                "only for the loss their neglect caused the creditor (next finding), not jointly "
                "for the company's debts. The creditor may say the fifteen days had run and the old "
                "rules apply (joint liability to pay, this finding); the point is read both ways.",
                when=all_(L_EDGE, any_(ans("sh_office", "director"), ans("dir_role", "director"))),
            ),
            variant(
                S_,
                "你的首要抗辩：解散事由出现在2024年6月16日，从这一天起算的清算组成立期限（十五日）到2024年7月1日公司法施行之日"
                "才届满，属于“至公司法施行日未满十五日”，依公司法时间效力规定第6条第2款应当适用公司法第232条：董事是清算义务人，"
                "你不担任董事，不因没有及时清算承担责任。对方可能主张至施行日已满十五日、适用当时的规则（本项），这一点有不同"
                "理解。",
                "Your first defence: the cause of dissolution arose on 16 June 2024, and the fifteen "
                "days to form the liquidation committee ended only on 1 July 2024, the day the new "
                "Company Law took effect — 'less than fifteen days' before it, so under art. 6(2) of "
                "the temporal-effect provisions Company Law art. 232 applies: the directors are the "
                "obligors, and holding no directorship you do not answer for the failure to "
                "liquidate. The creditor may say the fifteen days had run and the old rules apply "
                "(this finding); the point is read both ways.",
                when=L_EDGE,
            ),
            *k_variants(
                C_,
                "按你选择的情形，{party.company}没有经过清算就办理了注销，导致无法清算。你可以请求有限责任公司的股东（股份有限"
                "公司的董事和控股股东）以及实际控制人对公司债务承担清偿责任，范围是公司对你的全部债务（{amount.debt_amount}），"
                "不以他们的出资额为限。",
                "On the facts chosen, the {party.company} was deregistered without a liquidation, so "
                "that none is possible. You may hold the shareholders of a limited liability company "
                "(the directors and controlling shareholder of a joint stock company) and the "
                "actual controller liable to pay the company's debt to you ({amount.debt_amount}), "
                "not limited to their capital.",
                when=not_(inc("liq_failures", "books_lost")),
            ),
            *k_variants(
                C_,
                "按你选择的情形，清算义务人怠于履行清算义务，导致{party.company}无法清算。你可以请求他们对公司债务承担"
                "连带清偿责任，范围是公司对你的全部债务（{amount.debt_amount}），不以他们的出资额为限；他们之间没有先后。",
                "On the facts chosen, the liquidation obligors neglected their duty and the "
                "{party.company} cannot be liquidated. You may hold them jointly liable for the "
                "company's debt to you ({amount.debt_amount}) in full, not limited to their capital"
                ", "
                "in no order among them.",
            ),
            *k_variants(
                S_,
                "对方主张：你作为有限责任公司的股东，是当时规则下的清算义务人，怠于履行义务导致{party.company}无法清算，"
                "应当对公司债务承担连带清偿责任（{amount.debt_amount}）。如果你既不是董事会或者监事会成员，也没有选派人员"
                "担任，并且从未参与公司经营管理，可以据此抗辩；你还可以抗辩无法清算与你的不作为没有因果关系。",
                "The creditor says that as a shareholder of a limited liability company you were a "
                "liquidation obligor under the old rules and your neglect made liquidation impossib"
                "le, "
                "so you answer jointly for the company's debt ({amount.debt_amount}). If you sat on "
                "no board, appointed no one and never took part in management, you may plead it; "
                "you may also answer that your inaction did not cause the impossibility.",
                when=LLC,
            ),
            *k_variants(
                S_,
                "股份有限公司只有董事和控股股东是当时规则下的清算义务人：你既不担任董事，也不是控股股东，不承担这一连带清偿"
                "责任。",
                "In a joint stock company only the directors and controlling shareholders were "
                "liquidation obligors under the old rules: you are neither, and do not bear this jo"
                "int "
                "liability.",
                when=all_(JSC, ans("sh_office", "none")),
            ),
            *k_variants(
                S_,
                "对方主张：你作为股份有限公司的董事或控股股东，是当时规则下的清算义务人，怠于履行义务导致{party.company}"
                "无法清算，应当对公司债务承担连带清偿责任（{amount.debt_amount}）。你可以抗辩：无法清算与你的不作为没有因果"
                "关系。",
                "The creditor says that as a director or controlling shareholder of a joint stock "
                "company you were a liquidation obligor under the old rules and your neglect made "
                "liquidation impossible, so you answer jointly for the company's debt "
                "({amount.debt_amount}). You may answer: your inaction did not cause the "
                "impossibility.",
            ),
            *k_variants(
                D_,
                "当时的规则下，清算义务人是有限责任公司的全体股东、股份有限公司的董事和控股股东：你不在其列，不因此承担连带"
                "清偿责任（清算组成员违法清算的责任另见关于赔偿责任的一项）。",
                "Under the old rules the obligors were the shareholders of a limited liability "
                "company and the directors and controlling shareholders of a joint stock company: "
                "you are none of them and do not bear this joint liability (a committee member's "
                "liability for unlawful liquidation is a separate finding).",
                when=NOT_OBLIGOR_D,
            ),
            *k_variants(
                D_,
                "对方主张：你作为股份有限公司的董事，是当时规则下的清算义务人，怠于履行义务导致{party.company}无法清算，应当"
                "对公司债务承担连带清偿责任（{amount.debt_amount}）。你可以抗辩：无法清算与你的不作为没有因果关系。",
                "The creditor says that as a director of a joint stock company you were a "
                "liquidation obligor under the old rules and your neglect made liquidation "
                "impossible, so you answer jointly for the company's debt ({amount.debt_amount}). "
                "You may answer: your inaction did not cause it.",
                when=all_(JSC, ans("dir_role", "director")),
            ),
            *k_variants(
                D_,
                "对方主张：{party.company}未经清算即办理注销，导致无法清算，你作为实际控制人应当与清算义务人一起对公司债务承担"
                "清偿责任（{amount.debt_amount}）。你可以抗辩：你不是实际控制人，或者注销与你无关。",
                "The creditor says the {party.company} was deregistered without liquidation so that"
                " "
                "it cannot be liquidated, and that as its actual controller you answer with the "
                "obligors for its debt ({amount.debt_amount}). You may answer: you were not its "
                "controller, or had no part in the deregistration.",
                when=inc("liq_failures", "no_liquidation_dereg"),
            ),
            *k_variants(
                D_,
                "对方主张无法清算是你（实际控制人）的原因造成的：你对公司债务承担相应的民事责任，范围与你的原因力相应，不是"
                "当然的全部债务。你可以抗辩：无法清算不是你造成的。",
                "The creditor says you, as actual controller, caused the impossibility: you answer "
                "for the company's debts in proportion to your part, not automatically for all of "
                "them. You may answer: you did not cause it.",
            ),
        ],
        "findings": [
            *k_find(
                finding(
                    "连带责任",
                    T(
                        "有限责任公司的全体股东{party.shareholder}（清算义务人）",
                        "all shareholders of the limited liability company ({party.shareholder}), t"
                        "he "
                        "liquidation obligors",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "公司对债权人的全部债务（{amount.debt_amount}）",
                        "the company's whole debt to the creditor ({amount.debt_amount})",
                    ),
                    T(
                        "公司无法清算时直接请求；清算义务人之间没有先后，债权人可以请求其中任何一人清偿全部",
                        "claim directly once liquidation is impossible; in no order among the oblig"
                        "ors, any "
                        "one may be asked for all",
                    ),
                    [cite(J2, 18, 2), K_BASIS_OLD],
                    sublabel=T("连带清偿责任", "joint liability to pay"),
                    when=all_(LLC, inc("liq_failures", "books_lost")),
                )
            ),
            *k_find(
                finding(
                    "连带责任",
                    T(
                        "股份有限公司的董事{party.director}和控股股东{party.controller}（清算义务人）",
                        "the directors ({party.director}) and controlling shareholder ({party.contr"
                        "oller}) "
                        "of the joint stock company, the liquidation obligors",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "公司对债权人的全部债务（{amount.debt_amount}）",
                        "the company's whole debt to the creditor ({amount.debt_amount})",
                    ),
                    T(
                        "公司无法清算时直接请求；清算义务人之间没有先后",
                        "claim directly once liquidation is "
                        "impossible; in no order among the obligors",
                    ),
                    [cite(J2, 18, 2), K_BASIS_OLD],
                    sublabel=T("连带清偿责任", "joint liability to pay"),
                    when=all_(JSC, inc("liq_failures", "books_lost")),
                )
            ),
            *k_find(
                finding(
                    "连带责任",
                    T(
                        "有限责任公司的股东{party.shareholder}，以及公司的实际控制人{party.controller}",
                        "the shareholders ({party.shareholder}) and the actual controller "
                        "({party.controller}) of the limited liability company",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "公司对债权人的全部债务（{amount.debt_amount}）",
                        "the company's whole debt to the creditor ({amount.debt_amount})",
                    ),
                    T(
                        "公司已经注销，直接请求；责任人之间没有先后",
                        "the company is gone: claim directly, in no order",
                    ),
                    [cite(J2, 20, 1), K_BASIS_OLD],
                    sublabel=T(
                        "清偿责任（未经清算即注销）",
                        "liability to pay (deregistered without liquidation)",
                    ),
                    when=all_(LLC, inc("liq_failures", "no_liquidation_dereg")),
                )
            ),
            *k_find(
                finding(
                    "连带责任",
                    T(
                        "股份有限公司的董事{party.director}、控股股东以及公司的实际控制人{party.controller}",
                        "the directors ({party.director}), controlling shareholder and actual contr"
                        "oller "
                        "({party.controller}) of the joint stock company",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "公司对债权人的全部债务（{amount.debt_amount}）",
                        "the company's whole debt to the creditor ({amount.debt_amount})",
                    ),
                    T(
                        "公司已经注销，直接请求；责任人之间没有先后",
                        "the company is gone: claim directly, in no order",
                    ),
                    [cite(J2, 20, 1), K_BASIS_OLD],
                    sublabel=T(
                        "清偿责任（未经清算即注销）",
                        "liability to pay (deregistered without liquidation)",
                    ),
                    when=all_(JSC, inc("liq_failures", "no_liquidation_dereg")),
                )
            ),
            *k_find(
                finding(
                    "相应的责任",
                    T("实际控制人{party.controller}", "the actual controller ({party.controller})"),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "因其原因导致无法清算的，对公司债务承担相应的民事责任",
                        "where the impossibility is his "
                        "doing, liability for the company's debts in proportion",
                    ),
                    T(
                        "须证明无法清算是实际控制人的原因造成",
                        "it must be shown that he caused the impossibility",
                    ),
                    [cite(J2, 18, 3), K_BASIS_OLD],
                    sublabel=T(
                        "若无法清算是实际控制人造成的", "if the controller caused the impossibility"
                    ),
                    when=all_(inc("liq_failures", "books_lost"), CONTROLLER_NAMED),
                )
            ),
            *k_find(
                finding(
                    "不承担责任",
                    T(
                        "股份有限公司中既不担任董事、也不是控股股东的股东",
                        "the shareholders of the joint stock company who are "
                        "neither "
                        "directors nor controlling shareholders",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "不是当时规则下的清算义务人，不因无法清算承担连带清偿责任",
                        "they were no liquidation "
                        "obligors under the old rules and bear no joint liability for the impossibi"
                        "lity",
                    ),
                    T("—", "—"),
                    [cite(J2, 18, 2), cite(J2, 20, 1)],
                    when=all_(side(SH), JSC, ans("sh_office", "none")),
                )
            ),
            *k_find(
                finding(
                    "不承担责任",
                    T(
                        "当事人（董事、高级管理人员或者清算组成员，不是当时规则下的清算义务人）",
                        "the client (a director, officer or committee member, no obligor under the"
                        " old rules)",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "不是当时规则下的清算义务人，不因无法清算承担连带清偿责任",
                        "they were no liquidation "
                        "obligors under the old rules and bear no joint liability for the impossibi"
                        "lity",
                    ),
                    T("—", "—"),
                    [cite(J2, 18, 2)],
                    when=all_(side(DIR), NOT_OBLIGOR_D),
                )
            ),
        ],
        "citations": [*joint_mechanics(DD), cite(J2, 21)],
        "deadlines": LIQ_DEADLINES_K,
        "defences": [
            item(
                S_,
                "如果你既不是董事会或者监事会成员，也没有选派人员担任，并且从未参与公司经营管理：法院实务认为这样的小股东"
                "不承担连带清偿责任（全国法院民商事审判工作会议纪要第14条，是会议纪要，不是司法解释）。",
                "If you sat on no board, appointed no one and never took part in management: courts "
                "hold such a minority shareholder not jointly liable (2019 conference minutes item "
                "14 — minutes, not a judicial interpretation).",
                when=LLC,
            ),
            item(
                DEF,
                "无法清算与你的不作为没有因果关系（例如账册早已被他人控制或者灭失）：法院实务要求二者之间有因果关系"
                "（全国法院民商事审判工作会议纪要第15条，是会议纪要，不是司法解释）。",
                "Your inaction did not cause the impossibility (e.g. the books were in others' hand"
                "s "
                "or lost already): courts require the causal link (2019 conference minutes item 15 "
                "— "
                "minutes, not a judicial interpretation).",
            ),
            item(
                DEF,
                "解散事由出现在2024年6月16日：至公司法施行日未满十五日，依公司法时间效力规定第6条第2款适用公司法第232条，"
                "只在怠于清算造成的损失范围内承担赔偿责任，不承担连带清偿责任。",
                "The cause arose on 16 June 2024, less than fifteen days before the new law: under "
                "art. 6(2) of the temporal-effect provisions Company Law art. 232 applies — damages "
                "within the loss only, not joint liability to pay.",
                when=L_EDGE,
            ),
            item(
                DEF,
                "诉讼时效：自债权人知道或者应当知道公司无法清算之日起三年（见期限）。",
                "Limitation: three years from when the creditor knew or should have known that "
                "liquidation was impossible (see the deadlines).",
                when=LIQ_LIMIT_OPEN,
            ),
            item(
                S_,
                "股份有限公司的股东，既不担任董事、也不是控股股东的，不是清算义务人。",
                "A joint stock company's shareholder who is neither director nor controlling "
                "shareholder is no liquidation obligor.",
                when=JSC,
            ),
            item(
                D_,
                "有限责任公司的董事不是当时规则下的清算义务人（清算义务人是全体股东）。",
                "A director of a limited liability company was no liquidation obligor under the old"
                " "
                "rules (all shareholders were).",
                when=LLC,
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "民法典第70条第2款规定法人的董事等为清算义务人，但法律、行政法规另有规定的依照其规定；对2021年至2024年6月"
                "出现解散事由的有限责任公司，实务中多数仍以全体股东为清算义务人，也有意见认为应以董事为清算义务人。",
                "Civil Code art. 70(2) makes a legal person's directors its liquidation obligors "
                "unless a law or regulation provides otherwise; for limited liability companies "
                "whose cause of dissolution arose from 2021 to June 2024, most courts still treat "
                "all shareholders as obligors, while some hold the directors are.",
                when=all_(LLC, on_or_after(DD, CIVIL_CODE), any_(L_OLD, L_OPEN)),
                basis=[cite(CC, 70, 2)],
            ),
            warn(
                "unverified",
                ALL,
                "小股东未参与经营管理不承担责任、要求因果关系、时效从知道无法清算时起算，出自全国法院民商事审判工作会议纪要"
                "第14—16条；它是会议纪要，不是司法解释，反映的是法院的做法。",
                "That minority shareholders outside management are not liable, that a causal link i"
                "s "
                "needed, and that limitation runs from learning of the impossibility come from item"
                "s "
                "14–16 of the 2019 conference minutes — court practice, not a judicial "
                "interpretation.",
            ),
            warn(
                "contested",
                ALL,
                "公司法解释二第20条第1款只写“清偿责任”，没有写“连带”；这里按多数实务把多名责任人的责任作为连带责任（他们"
                "之间按过错大小分担，第21条），也有法院认定不同。",
                "Interpretation II art. 20(1) says 'liability to pay', not 'jointly'; it is treated"
                " "
                "here, as in most practice, as joint among several persons (who share by fault, art"
                ". "
                "21); some courts differ.",
                when=inc("liq_failures", "no_liquidation_dereg"),
                basis=[cite(J2, 20, 1), cite(J2, 21)],
            ),
            EDGE_WARNING,
            RENEW,
        ],
        "recourse": [
            item(
                ALL,
                "承担了责任的人可以请求其他负有责任的股东、董事、控股股东或实际控制人按过错大小分担。",
                "Whoever paid may ask the other responsible shareholders, directors, controlling "
                "shareholders or controllers to share by fault.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "申请法院指定清算组强制清算；强制清算因无法清算而终结的裁定，是证明“无法清算”的有力证据。",
                "Apply for a court-ordered liquidation; a ruling ending it as impossible is strong "
                "proof that liquidation cannot be done.",
                when=all_(DISSOLVED, ans("forced_liq", "none")),
            ),
            item(
                C_,
                "强制清算正在进行：在清算组公告的期限内申报债权；程序因无法清算而终结的，取得终结的裁定及送达回证。",
                "The forced liquidation is under way: prove your claim with the committee in time; "
                "if it ends as impossible, obtain the ruling and its proof of service.",
                when=ans("forced_liq", "pending"),
            ),
            item(
                C_,
                "起诉清算义务人，请求对公司债务承担清偿责任；无法清算是实际控制人造成的，可以一并请求实际控制人承担相应的"
                "责任。",
                "Sue the liquidation obligors for the company's debt; where the actual controller "
                "caused the impossibility, claim his corresponding liability in the same suit.",
                when=not_(K_DEREG),
            ),
            item(
                C_,
                "公司未经清算即注销：起诉清算义务人和实际控制人，请求对公司债务承担清偿责任。",
                "The company was deregistered without liquidation: sue the liquidation obligors and "
                "the actual controller for the company's debt.",
                when=K_DEREG,
            ),
            item(
                DEF,
                "收集你没有参与经营管理、账册不在你控制之下、无法清算另有原因的证据。",
                "Collect proof that you took no part in management, did not hold the books, and tha"
                "t "
                "the impossibility had other causes.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "解散事由的证明（吊销决定、营业期限、解散决议或判决）",
                "Proof of the cause of dissolution (revocation, term, resolution or judgment)",
            ),
            item(
                ALL,
                "强制清算的申请和因无法清算而终结的裁定",
                "The forced liquidation application and the ruling ending it",
                when=ans("forced_liq", "ended", "pending"),
            ),
            item(
                ALL,
                "股东名册、公示信息、任职记录（确定清算义务人）",
                "Register of shareholders, public record, appointments (who the obligors were)",
            ),
            item(
                ALL,
                "注销档案（注销登记材料、清算报告或其缺失）",
                "The deregistration file (its papers, the liquidation report or its absence)",
                when=DEREGISTERED,
            ),
        ],
        "next": "l_branch",
    }
)

L_SIG = T(
    "没有依法清算或者违法清算造成损失：审查在损失范围内的赔偿责任。",
    "Neglected or unlawful liquidation caused loss: damages within the loss.",
)
branch(
    "l_branch",
    [
        rule(inc("liq_failures", *L_FORMS), "find_sh_l", L_SIG),
        rule(
            all_(inc("liq_failures", *K_FORMS), L_NEW),
            "find_sh_l",
            T(
                "解散事由出现在2024年6月17日以后：董事是清算义务人，按公司法第232条承担赔偿责任。",
                "The cause arose from 17 June 2024: the directors are the obligors and answer under"
                " "
                "Company Law art. 232.",
            ),
            [cite(CL, 232, 1), cite(CL, 232, 3)],
        ),
        rule(all_(inc("liq_failures", *K_FORMS), L_OPEN), "find_sh_l", K_OPEN_SIG),
    ],
    otherwise("liq_end"),
)


def l_old(f: J) -> list[J]:
    return dated(
        f,
        L_OLD,
        L_OPEN,
        "若适用2024年7月1日以前的清算规则",
        "if the old liquidation rules apply",
        DD,
    )


def l_new(f: J) -> list[J]:
    return dated(
        f,
        L_NEW,
        L_OPEN,
        "若适用公司法第232条",
        "if Company Law art. 232 applies",
        DD,
    )


LOSS = T(
    "没有依法清算给债权人造成的损失：如果及时依法清算，债权人本来可以得到的清偿",
    "the loss from the failure to liquidate: what the creditor would have received from a "
    "timely lawful liquidation",
)
node(
    {
        "id": "find_sh_l",
        "type": "finding",
        "code": "SH-L",
        "title": T(
            "清算义务人、清算组成员的赔偿责任（以造成的损失为限）",
            "Damages owed by the liquidation obligors or committee members (within the loss caused"
            ")",
        ),
        "summary": [
            variant(
                C_,
                "按你选择的情形，没有依法清算或者违法清算给你造成了损失：责任人在造成的损失范围内承担赔偿责任，这不是对公司"
                "全部债务的连带责任；你须证明损失，即如果及时依法清算，你本来可以得到多少清偿。谁是责任人取决于解散事由出现的"
                "时间，见下列认定。",
                "On the facts chosen, neglected or unlawful liquidation caused you loss: those "
                "responsible pay damages within that loss — not joint liability for all the company"
                "'s "
                "debts. You must show the loss: what a timely lawful liquidation would have paid yo"
                "u. "
                "Who is responsible depends on when the cause of dissolution arose; see the finding"
                "s.",
            ),
            variant(
                S_,
                "解散事由出现在2024年6月17日以后：董事是清算义务人。你不担任董事，不是清算义务人，不因没有及时清算承担赔偿"
                "责任；如果你是清算组成员，或者恶意处置了公司财产，另当别论。",
                "The cause arose from 17 June 2024: the directors are the liquidation obligors. Hol"
                "ding "
                "no directorship, you are not one and do not answer for the failure to liquidate in"
                " "
                "time — unless you sat on the liquidation committee or disposed of company assets i"
                "n "
                "bad faith.",
                when=all_(
                    L_NEW,
                    ans("sh_office", "none"),
                    not_(inc("liq_failures", "false_report", "committee_fault")),
                ),
            ),
            variant(
                D_,
                "对方主张没有依法清算或者违法清算给其造成了损失，要求你在损失范围内赔偿。你的首要抗辩：若按当时的规则（解散"
                "事由至公司法施行日已满十五日的理解），有限责任公司的清算义务人是全体股东，不是董事（公司法解释二第18条），"
                "你只担任董事，不是清算义务人，不因没有及时清算承担责任；若适用公司法第232条，清算组成立的十五日期限自2024年"
                "7月1日重新起算，至2024年7月16日届满，你在此前已经组织清算的，没有怠于履行清算义务。你还可以抗辩：即使依法"
                "清算，债权人也得不到清偿（例如公司解散时已无财产），所以没有损失或者没有因果关系；损失数额。",
                "The creditor says neglected or unlawful liquidation caused him loss and claims "
                "damages within it. Your first defence: under the old rules (reading the fifteen "
                "days as run by the day the new law took effect) the obligors of a limited "
                "liability company are its shareholders, not its directors (Interpretation II art. "
                "18) — as a director only you were no obligor; under Company Law art. 232 the "
                "fifteen days to form the committee ran again from 1 July 2024 and ended on 16 July "
                "2024, and if you set the liquidation in motion by then you did not neglect it. You "
                "may also answer: a lawful liquidation would have paid him nothing (e.g. no assets "
                "at dissolution), so no loss or no causal link; the amount.",
                when=all_(L_EDGE, LLC, ans("dir_role", "director")),
            ),
            variant(
                DEF,
                "对方主张没有依法清算或者违法清算给其造成了损失，要求你在损失范围内赔偿；这不是对公司全部债务的连带责任。"
                "解散事由出现在2024年7月1日以前、至该日未满十五日，清算组成立的十五日期限自2024年7月1日重新起算，至2024年"
                "7月16日届满（公司法时间效力规定第6条第2款、公司法第232条第1款）。你可以抗辩：你在2024年7月16日以前已经"
                "组织清算，或者清算不能进行另有原因；即使依法清算，债权人也得不到清偿（例如公司解散时已无财产），所以没有"
                "损失或者没有因果关系；损失数额。",
                "The creditor says neglected or unlawful liquidation caused him loss and claims "
                "damages within it — not joint liability for all the company's debts. The cause "
                "arose before 1 July 2024 but less than fifteen days before it, so the fifteen days "
                "to form the committee ran again from 1 July 2024 and ended on 16 July 2024 "
                "(temporal-effect provisions art. 6(2), Company Law art. 232(1)). You may answer: "
                "you set the liquidation in motion by 16 July 2024, or it could not proceed for "
                "other reasons; a lawful liquidation would have paid him nothing (e.g. no assets at "
                "dissolution), so no loss or no causal link; the amount.",
                when=all_(
                    L_RESTART,
                    not_(L_EDGE),
                    any_(ans("sh_office", "director"), ans("dir_role", "director")),
                ),
            ),
            variant(
                DEF,
                "对方主张没有依法清算或者违法清算给其造成了损失，要求你在损失范围内赔偿；这不是对公司全部债务的连带责任。"
                "你可以抗辩：即使依法清算，债权人也得不到清偿（例如公司解散时已无财产），所以没有损失或者没有因果关系；损失"
                "数额；你已经及时组织清算，或者清算不能进行另有原因。",
                "The creditor says neglected or unlawful liquidation caused him loss and claims "
                "damages within it — not joint liability for all the company's debts. You may "
                "answer: a lawful liquidation would have paid him nothing (e.g. no assets at "
                "dissolution), so no loss or no causal link; the amount; you did set the "
                "liquidation in motion in time, or it could not proceed for other reasons.",
                when=all_(
                    any_(L_NEW, L_OPEN),
                    any_(ans("sh_office", "director"), ans("dir_role", "director")),
                ),
            ),
            variant(
                DEF,
                "对方主张没有依法清算或者违法清算给其造成了损失，要求你在损失范围内赔偿；这不是对公司全部债务的连带责任。"
                "你可以抗辩：你不是清算义务人或者清算组成员；即使依法清算，债权人也得不到清偿（例如公司解散时已无财产），"
                "所以没有损失或者没有因果关系；损失数额。",
                "The creditor says neglected or unlawful liquidation caused him loss and claims "
                "damages within it — not joint liability for all the company's debts. You may answe"
                "r: "
                "you were no obligor or committee member; a lawful liquidation would have paid him "
                "nothing (e.g. no assets at dissolution), so no loss or no causal link; the amount.",
            ),
        ],
        "findings": [
            *l_old(
                finding(
                    "赔偿责任",
                    T(
                        "有限责任公司的股东{party.shareholder}（清算义务人）",
                        "the shareholders "
                        "({party.shareholder}) of the limited liability company, the obligors",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "因没有及时清算造成的公司财产贬值、流失、毁损或者灭失的损失范围内",
                        "within the loss from the assets losing value or being lost through delay",
                    ),
                    T(
                        "债权人须证明损失；不是对公司全部债务的连带责任",
                        "the creditor must prove the loss; no "
                        "joint liability for all the company's debts",
                    ),
                    [cite(J2, 18, 1), K_BASIS_OLD],
                    when=all_(LLC, inc("liq_failures", "assets_lost")),
                )
            ),
            *l_old(
                finding(
                    "赔偿责任",
                    T(
                        "股份有限公司的董事{party.director}和控股股东{party.controller}（清算义务人）",
                        "the directors ({party.director}) and controlling shareholder ({party.contr"
                        "oller}) "
                        "of the joint stock company, the obligors",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "因没有及时清算造成的公司财产贬值、流失、毁损或者灭失的损失范围内",
                        "within the loss from the assets losing value or being lost through delay",
                    ),
                    T(
                        "债权人须证明损失；不是对公司全部债务的连带责任",
                        "the creditor must prove the loss; no "
                        "joint liability for all the company's debts",
                    ),
                    [cite(J2, 18, 1), K_BASIS_OLD],
                    when=all_(JSC, inc("liq_failures", "assets_lost")),
                )
            ),
            *l_old(
                finding(
                    "赔偿责任",
                    T(
                        "恶意处置公司财产或者以虚假清算报告骗取注销的股东（股份有限公司为董事、控股股东），以及实际控制人"
                        "{party.controller}",
                        "the shareholders (in a joint stock company, directors and controlling shar"
                        "eholder) "
                        "and actual controller ({party.controller}) who disposed of assets in bad f"
                        "aith or "
                        "deregistered on a false report",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T("给债权人造成的损失", "the loss caused to the creditor"),
                    T("直接向责任人主张", "claim directly from those responsible"),
                    [cite(J2, 19), K_BASIS_OLD],
                    sublabel=T("相应的赔偿责任", "corresponding damages"),
                    when=inc("liq_failures", "false_report"),
                )
            ),
            *l_old(
                finding(
                    "赔偿责任",
                    T("清算组成员", "the liquidation committee members"),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "因违法清算（如没有通知、公告债权人）给债权人造成的损失",
                        "the loss from unlawful liquidation (e.g. no notice to creditors)",
                    ),
                    T("直接向清算组成员主张", "claim from the committee members directly"),
                    [cite(J2, 11, 2), cite(J2, 23, 1), cite(CL18, 189, 3), K_BASIS_OLD],
                    when=inc("liq_failures", "committee_fault"),
                )
            ),
            *l_new(
                finding(
                    "赔偿责任",
                    T(
                        "公司的董事{party.director}（清算义务人）",
                        "the company's directors, the liquidation obligors",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "没有及时履行清算义务给债权人造成的损失",
                        "the loss from not liquidating in time",
                    ),
                    T(
                        "债权人须证明损失；不是对公司全部债务的连带责任",
                        "the creditor must prove the loss; no "
                        "joint liability for all the company's debts",
                    ),
                    [cite(CL, 232, 3), cite(CL, 232, 1), cite(TE, 6, 2, when=L_RESTART)],
                    when=inc("liq_failures", "books_lost", "assets_lost", "no_liquidation_dereg"),
                )
            ),
            *l_new(
                finding(
                    "赔偿责任",
                    T(
                        "有故意或者重大过失的清算组成员",
                        "committee members acting with intent or gross negligence",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "因其故意或者重大过失给债权人造成的损失",
                        "the loss their intent or gross negligence caused the creditor",
                    ),
                    T("直接向该清算组成员主张", "claim from the member directly"),
                    [cite(CL, 238, 2)],
                    when=inc("liq_failures", "committee_fault", "false_report"),
                )
            ),
            *l_new(
                finding(
                    "不承担责任",
                    T(
                        "不担任董事的股东",
                        "the shareholders who hold no directorship",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "不是清算义务人，不因没有及时清算承担赔偿责任",
                        "they are no liquidation obligors and do "
                        "not answer for the failure to liquidate in time",
                    ),
                    T("—", "—"),
                    [cite(CL, 232, 1)],
                    when=all_(
                        side(SH),
                        ans("sh_office", "none"),
                        inc("liq_failures", "books_lost", "assets_lost", "no_liquidation_dereg"),
                    ),
                )
            ),
        ],
        "deadlines": [
            *[{**d, "when": all_(d["when"], any_(L_OLD, L_OPEN))} for d in LIQ_DEADLINES_OLD],
            *[{**d, "when": all_(d["when"], L_NEW)} for d in LIQ_DEADLINES_NEW],
        ],
        "defences": [
            item(
                D_,
                "若适用2024年7月1日以前的清算规则（解散事由出现在2024年6月16日以前，或者6月16日按“已满十五日”理解）："
                "有限责任公司的清算义务人是全体股东，不是董事（公司法解释二第18条第1款、第2款）。你只担任董事，不是清算"
                "义务人，不因没有及时清算承担赔偿责任（作为清算组成员违法清算的除外）。",
                "If the old liquidation rules apply (a cause before 16 June 2024, or 16 June read "
                "as fifteen days run): the obligors of a limited liability company are its "
                "shareholders, not its directors (Interpretation II art. 18(1), (2)). As a director "
                "only you were no obligor and do not answer for the failure to liquidate in time "
                "(save unlawful acts as a committee member).",
                when=all_(L_OPEN, LLC, ans("dir_role", "director")),
            ),
            item(
                DEF,
                "清算组成立的十五日期限依公司法时间效力规定第6条第2款自2024年7月1日重新起算，至2024年7月16日届满（公司法"
                "第232条第1款）：你在这一天以前已经组织清算组开始清算的，没有怠于履行清算义务。",
                "Under art. 6(2) of the temporal-effect provisions the fifteen days to form the "
                "liquidation committee ran again from 1 July 2024 and ended on 16 July 2024 "
                "(Company Law art. 232(1)): if you had a committee formed and the liquidation begun "
                "by then, you did not neglect the duty.",
                when=all_(
                    L_RESTART, any_(ans("sh_office", "director"), ans("dir_role", "director"))
                ),
            ),
            item(
                DEF,
                "即使依法清算，债权人也得不到清偿（公司解散时已无财产）：没有损失或者没有因果关系。",
                "A lawful liquidation would have paid the creditor nothing (no assets at "
                "dissolution): no loss, or no causal link.",
            ),
            item(
                S_,
                "适用公司法第232条的（解散事由出现在2024年6月17日以后，或者6月16日按“未满十五日”理解），清算义务人是"
                "董事：你不担任董事，不是清算义务人；也不是清算组成员。",
                "Where Company Law art. 232 applies (a cause from 17 June 2024, or on 16 June read "
                "as 'less than fifteen days' before the new law), the directors are the obligors: "
                "holding no directorship you were no obligor, nor a committee member.",
                when=all_(any_(L_NEW, L_OPEN), ans("sh_office", "none", "controller")),
            ),
            item(
                D_,
                "你不是董事，也不是清算组成员：实际控制人不是清算义务人，除非恶意处置财产或者骗取注销。",
                "You were neither director nor committee member: a controller is no obligor unless "
                "he "
                "disposed of assets in bad faith or deregistered by fraud.",
                when=ans("dir_role", "controller"),
            ),
            item(
                DEF,
                "清算组已依法书面通知已知债权人并公告。",
                "The committee notified known creditors in "
                "writing and published notice as required.",
                when=inc("liq_failures", "committee_fault"),
            ),
            item(
                DEF,
                "诉讼时效：自债权人知道或者应当知道受到损失以及责任人之日起三年（见期限）。",
                "Limitation: three years from when the creditor knew or should have known of the "
                "loss and who caused it (see the deadlines).",
                when=any_(
                    all_(any_(L_OLD, L_OPEN), LIQ_LIMIT_OPEN), all_(L_NEW, LIQ_NEW_LIMIT_OPEN)
                ),
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "民法典第70条第2款规定法人的董事等为清算义务人，但法律、行政法规另有规定的依照其规定；对2021年至2024年6月"
                "出现解散事由的有限责任公司，实务中多数仍以全体股东为清算义务人，也有意见认为应以董事为清算义务人。",
                "Civil Code art. 70(2) makes a legal person's directors its liquidation obligors "
                "unless a law or regulation provides otherwise; for limited liability companies "
                "whose cause of dissolution arose from 2021 to June 2024, most courts still treat "
                "all shareholders as obligors, while some hold the directors are.",
                when=all_(LLC, on_or_after(DD, CIVIL_CODE), any_(L_OLD, L_OPEN)),
                basis=[cite(CC, 70, 2)],
            ),
            warn(
                "caution",
                ALL,
                "赔偿责任以损失为限：要证明如果依法清算，债权人本来可以得到多少清偿（例如公司解散时的资产负债情况）。",
                "Damages are capped by the loss: show what a lawful liquidation would have paid (e."
                "g. "
                "the assets and debts at dissolution).",
            ),
            warn(
                "caution",
                ALL,
                "新法下股东不再是清算义务人：不兼任董事的股东原则上不承担清算赔偿责任；但不担任董事而实际执行公司事务的"
                "控股股东、实际控制人，负有与董事相同的义务。",
                "Under the new law shareholders are no longer obligors: one who is not a director i"
                "n "
                "principle bears no liquidation damages; but a controlling shareholder or controlle"
                "r "
                "who runs the company without a directorship owes a director's duties.",
                when=any_(L_NEW, L_OPEN),
                basis=[cite(CL, 180, 3)],
            ),
            warn(
                "contested",
                ALL,
                "没有经过清算就注销：公司法解释二第20条第1款（清偿责任）能否继续适用于新法下的公司，尚不明确；这里按公司法"
                "第232条第3款的赔偿责任处理。",
                "Deregistered without liquidation: whether Interpretation II art. 20(1) (liability "
                "to "
                "pay) still applies under the new law is unclear; it is treated here as damages und"
                "er "
                "Company Law art. 232(3).",
                when=all_(any_(L_NEW, L_OPEN), inc("liq_failures", "no_liquidation_dereg")),
                basis=[cite(J2, 20, 1)],
            ),
            EDGE_WARNING,
        ],
        "recourse": [
            item(
                ALL,
                "多人承担赔偿责任的，内部按各自过错分担。",
                "Several persons liable share the damages by fault.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "收集证明损失的材料：公司解散时的财产状况、财产后来的去向、清算报告与实际情况的差异；起诉清算义务人"
                "或者清算组成员，请求在损失范围内赔偿。",
                "Collect proof of the loss — the assets at dissolution, where they went, how the "
                "report differs from reality — and sue the obligors or committee members for it.",
            ),
            item(
                DEF,
                "收集公司解散时已无可供清偿财产的证据（财务报表、执行记录），以及你已经及时组织清算或者不负责清算的证据。",
                "Collect proof that there was nothing to pay creditors at dissolution (accounts, "
                "enforcement records), and that you set the liquidation in motion in time or that "
                "it was not your task.",
            ),
        ],
        "evidence": [
            item(ALL, "解散事由的证明和日期", "Proof and date of the cause of dissolution"),
            item(ALL, "清算组备案、清算公告、清算报告", "The committee filing, notices and report"),
            item(
                ALL,
                "公司解散时的财务报表、资产清单，以及财产被处置的证据",
                "Accounts and asset lists at dissolution, and proof of disposals",
            ),
        ],
        "next": "liq_end",
    }
)

branch(
    "liq_end",
    [
        rule(all_(DISSOLVED, not_(ZHONGBEN)), "ability_d"),
    ],
    otherwise("piercing_branch"),
)


# --- veil piercing (公司法23; 公司法(2018)20(3), 63)

DUE_NEW = due_on_or_after(NEW_LAW)
DUE_OLD = due_before(NEW_LAW)
DUE_OPEN = due_open(NEW_LAW)
E_NEW = due_on_or_after(NEW_LAW, DUE_EARLY)  # in the piercing route
E_OLD = due_before(NEW_LAW, DUE_EARLY)
E_OPEN = due_open(NEW_LAW, DUE_EARLY)

branch(
    "piercing_branch",
    [
        rule(side(CRED, SH), "pierce_gate"),
    ],
    otherwise("dir_capital_gate"),
)

branch(
    "pierce_gate",
    [
        rule(all_(CAN_PAY, not_(ONE_SH)), "final"),
        rule(all_(ONE_SH, JUDGMENT), "debt_due_date_j"),
        rule(ONE_SH, "one_person_branch"),
    ],
    otherwise("abuse_forms"),
)

node(
    {
        "id": "debt_due_date_j",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "判决确定的这笔债务，原来应当在哪一天履行？（合同约定的付款日、借款到期日等）",
            "On which day was the debt the judgment decided originally due? (the agreed payment day"
            ", "
            "maturity …)",
        ),
        "label": DUE_LABEL,
        "significance": T(
            "已有判决的，这一天不再用来计算诉讼时效，只用来判断适用新公司法还是旧规则。",
            "With a judgment, this day no longer counts for limitation; it decides only whether the"
            " "
            "new Company Law or the old rules apply.",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "判决书认定的履行期限、合同或借条",
                    "The due date found in the judgment, the contract or IOU",
                )
            ],
            "effect": T(
                "2024年7月1日以后到期的，适用公司法第23条第3款、第54条；此前到期的，适用当时的规则。",
                "Due from 1 July 2024: Company Law arts. 23(3) and 54 apply; earlier: the old rules"
                ".",
            ),
        },
        "next": "one_person_branch",
    }
)

ONE_NEW_SIG = T(
    "只有一个股东的公司，股东须证明公司财产独立于自己的财产（2024年7月1日以后：公司法第23条第3款）。",
    "In a one-shareholder company the shareholder must prove separate assets (from 1 "
    "July 2024: Company Law art. 23(3)).",
)
branch(
    "one_person_branch",
    [
        rule(
            all_(ans("company_type", "llc_one"), E_NEW),
            "separation",
            ONE_NEW_SIG,
            [cite(CL, 23, 3)],
        ),
        rule(
            all_(ans("company_type", "llc_one"), E_OLD),
            "separation",
            T(
                "一人有限责任公司，债务在2024年7月1日以前：依当时的公司法(2018)第63条，同样由股东证明财产独立。",
                "A one-person limited liability company, debt before 1 July 2024: under Company Law"
                " "
                "(2018) art. 63 then in force, the shareholder likewise must prove separate assets"
                ".",
            ),
            [cite(CL18, 63), cite(TE, 1, 2)],
        ),
        rule(
            all_(ans("company_type", "jsc_one"), E_NEW),
            "separation",
            ONE_NEW_SIG,
            [cite(CL, 23, 3)],
        ),
        rule(
            any_(ans("company_type", "llc_one"), E_OPEN),
            "separation",
            T(
                "债务的日期待核实：按只有一个股东的公司审查，适用的条文取决于日期。",
                "The debt's date is to be verified: examined as a one-shareholder company; which "
                "article applies depends on the date.",
            ),
        ),
    ],
    otherwise(
        "abuse_forms",
        T(
            "只有一个股东的股份有限公司，债务在2024年7月1日以前：公司法(2018)第63条只适用于一人有限责任公司，"
            "不倒置举证责任，由债权人证明股东滥用。",
            "A one-shareholder joint stock company, debt before 1 July 2024: Company Law (2018) "
            "art. 63 covered only one-person limited liability companies; the burden is not "
            "reversed and the creditor must prove abuse.",
        ),
        [cite(CL18, 63), cite(CL18, 20, 3), cite(TE, 1, 2)],
    ),
)

node(
    {
        "id": "separation",
        "type": "choice",
        "text": T(
            "公司唯一的股东能否证明公司的财产独立于他自己的财产？",
            "Can the sole shareholder prove the company's assets were separate from his own?",
        ),
        "help": {
            "why": T(
                "对只有一个股东的公司，法律先推定财产混同：由股东拿出证据证明公司财产独立，证明不了的，对公司债务承担连带"
                "责任。常见的证明材料是每年经会计师事务所审计的财务会计报告、公司独立的银行账户和完整账簿、股东与公司之间的"
                "往来都有合同和记录。举证责任在股东——没有把握的，请选“不能证明”。",
                "For a one-shareholder company the law presumes mixing: the shareholder must prove "
                "the "
                "company's assets were separate, or answer jointly for its debts. Usual proof: audi"
                "ted "
                "annual accounts, the company's own bank accounts and complete books, contracts and"
                " "
                "records for every dealing between them. The burden is his — if in doubt, choose "
                "'cannot prove'.",
            ),
            "glossary": ["one_shareholder_company", "asset_mixing"],
        },
        "citations": [cite(CL, 23, 3), cite(CL18, 63), cite(CL18, 62)],
        "choices": [
            choice(
                "cannot",
                "不能证明，或者没有把握（有财产混同的迹象，没有审计报告或独立账簿）",
                "Cannot, or not sure (signs of mixing, no audited accounts or separate books)",
                "find_sh_c",
                T(
                    "股东不能证明财产独立，对公司债务承担连带责任。",
                    "Unable to prove separate assets, the shareholder answers jointly for the "
                    "company's debts.",
                ),
            ),
            choice(
                "can_prove",
                "能够证明（有历年审计报告、独立的账户和账簿，往来都有记录）",
                "Can (audited accounts every year, separate accounts and books, every dealing "
                "recorded)",
                "abuse_gate",
                T(
                    "推定被推翻；债权人仍可以证明股东有其他滥用行为。",
                    "The presumption is rebutted; the creditor may still prove other abuse.",
                ),
            ),
        ],
    }
)

C_NEW = cite(CL, 23, 3, when=any_(E_NEW, E_OPEN))
C_OLD = [cite(CL18, 63, when=any_(E_OLD, E_OPEN)), cite(TE, 1, 2, when=E_OLD)]
node(
    {
        "id": "find_sh_c",
        "type": "finding",
        "code": "SH-C",
        "title": T(
            "只有一个股东的公司：股东不能证明财产独立，对公司债务承担连带责任",
            "One-shareholder company: the shareholder who cannot prove separate assets answers join"
            "tly "
            "for the company's debts",
        ),
        "summary": [
            variant(
                C_,
                "{party.company}只有一个股东。{party.shareholder}不能证明公司财产独立于自己的财产的，对公司债务承担连带"
                "责任：你可以请求{party.company}或者{party.shareholder}清偿全部债务（{amount.debt_amount}），不以出资额为限，"
                "也不以公司不能清偿为前提。你只需证明公司只有一个股东，财产独立由股东举证。",
                "The {party.company} has one shareholder. Unless the {party.shareholder} proves the"
                " "
                "company's assets were separate from his, he answers jointly for its debts: you may"
                " "
                "claim the whole debt ({amount.debt_amount}) from the company or from him, not "
                "limited to his capital and whether or not the company can pay. You need only show "
                "there is one shareholder; separation is his to prove.",
            ),
            variant(
                S_,
                "举证责任在你：作为唯一股东，你须证明公司财产独立于你自己的财产；证明不了的，对公司债务承担连带责任"
                "（{amount.debt_amount}），不以出资额为限。能够证明的材料：历年经审计的财务会计报告、公司独立的银行账户和"
                "完整账簿、你与公司之间每笔往来的合同和凭证。",
                "The burden is yours: as sole shareholder you must prove the company's assets were "
                "separate from your own, or answer jointly for its debts ({amount.debt_amount}), no"
                "t "
                "limited to your capital. What proves it: audited accounts for every year, the "
                "company's own bank accounts and complete books, contracts and vouchers for every "
                "dealing between you and it.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "公司唯一的股东{party.shareholder}（与{party.company}）",
                    "the sole shareholder ({party.shareholder}), with the {party.company}",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "公司对债权人的全部债务（{amount.debt_amount}），不以出资额为限",
                    "the company's whole debt to the creditor ({amount.debt_amount}), not limited t"
                    "o "
                    "his capital",
                ),
                T(
                    "没有先后：债权人可以请求公司或者股东清偿全部或者一部分；股东能证明财产独立的除外",
                    "no order: the creditor may claim all or part from the company or the sharehold"
                    "er — "
                    "unless he proves separate assets",
                ),
                [C_NEW, *C_OLD],
            ),
        ],
        "citations": due_mechanics(DUE_EARLY),
        "deadlines": [
            *CLAIM_DEADLINES,
            {**DEADLINES["joint_after_judgment"], "when": JUDGMENT},
        ],
        "defences": [
            item(
                S_,
                "拿出证据证明公司财产独立：历年审计报告、独立账户和账簿、往来合同和凭证。",
                "Prove the company's assets were separate: audited accounts, separate accounts and "
                "books, contracts and vouchers for every dealing.",
            ),
            item(
                S_,
                "诉讼时效：对公司的债权可能已过诉讼时效（见期限）；已经届满的，你可以提出时效抗辩。",
                "Limitation: the claim against the company may be time-barred (see the "
                "deadlines); if so, you may plead it.",
                when=BARRED_OPEN,
            ),
            item(
                S_,
                "诉讼时效：对你另行起诉的诉讼时效从对公司的判决生效后重新计算（见期限）；期间届满后才对你主张的，可以提出"
                "时效抗辩。",
                "Limitation: against you it runs again from when the judgment against the company "
                "took effect (see the deadlines); a claim brought after it ran out may be met "
                "with the plea.",
                when=all_(JUDGMENT, NO_PERSON_EVENTS),
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "一人有限责任公司在2024年7月1日以前每年须编制经会计师事务所审计的财务会计报告，缺少审计报告通常是股东证明不了"
                "财产独立的重要证据；新公司法没有这项专门规定，缺少审计只是证据之一。",
                "Before 1 July 2024 a one-person limited liability company had to have its annual "
                "accounts audited; missing audits usually defeat the shareholder's proof. The new l"
                "aw "
                "has no such rule; a missing audit is only one piece of evidence.",
                when=any_(E_OLD, E_OPEN),
                basis=[cite(CL18, 62)],
            ),
            warn(
                "caution",
                ALL,
                "一人有限责任公司为股东的债务提供担保、因此无力清偿其他债务的，提供担保时的股东不能证明公司财产独立的，也要对"
                "其他债权人承担连带责任。",
                "Where a one-person limited liability company guaranteed its shareholder's debt and"
                " "
                "so cannot pay others, the shareholder at that time who cannot prove separate asset"
                "s "
                "answers jointly to them.",
                when=ans("company_type", "llc_one"),
                basis=[cite(GI, 10)],
            ),
            warn(
                "caution",
                ALL,
                "同一损失只能受偿一次：唯一股东同时担任董事或法定代表人、又依公司法第191条对同一损害承担赔偿责任的，两项可以"
                "一并主张，但合计受偿不超过债权本身。",
                "One loss is paid only once: if the sole shareholder is also the director and answe"
                "rs "
                "under art. 191 for the same damage, both may be claimed but the total recovered "
                "cannot exceed the claim.",
                when=reached("find_sh_p"),
            ),
        ],
        "recourse": [
            item(
                ALL,
                "股东承担责任后可以向公司追偿，但公司通常已无财产。",
                "The shareholder who paid may "
                "recover from the company, which usually has nothing left.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "起诉{party.company}和唯一的股东，请求股东对公司债务承担连带责任；请求法院责令股东提交历年审计报告、"
                "账簿和银行流水。",
                "Sue the {party.company} and the sole shareholder for joint liability; ask the cour"
                "t "
                "to order him to produce the audited accounts, books and bank statements.",
                when=SUE_COMPANY,
            ),
            item(
                C_,
                "另行起诉唯一的股东，请求其对判决确定的公司债务承担连带责任。",
                "Sue the sole shareholder separately for joint liability for the debt the judgment "
                "decided.",
                when=JUDGMENT,
            ),
            item(
                S_,
                "整理历年审计报告、公司账簿和银行流水，证明公司财产与你个人财产分开。",
                "Assemble the audited accounts, books and bank statements showing the company's "
                "assets were kept apart from yours.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "营业执照或公示信息（证明公司只有一个股东）",
                "The licence or public record (one shareholder)",
            ),
            item(
                ALL,
                "公司历年年度报告、审计报告（或证明缺失）",
                "Annual reports and audits (or their absence)",
            ),
            item(
                ALL,
                "公司款项进入股东个人账户的银行流水、微信或支付宝收款记录",
                "Bank, WeChat or Alipay "
                "records of company money paid to the shareholder's own accounts",
            ),
        ],
        "next": "abuse_gate",
    }
)

branch(
    "abuse_gate",
    [
        rule(CAN_PAY, "final"),
    ],
    otherwise("abuse_forms"),
)

node(
    {
        "id": "abuse_forms",
        "type": "multi",
        "text": T(
            "有没有证据证明股东滥用公司的独立地位逃避债务？存在下列哪些情形（可多选）？",
            "Is there evidence that a shareholder abused the company's separate existence to evade "
            "its debts? Which of these hold (several allowed)?",
        ),
        "help": {
            "why": T(
                "让股东对公司的全部债务承担连带责任（人格否认），须同时具备：股东滥用公司法人独立地位和股东有限责任；逃避债务；"
                "严重损害债权人利益（通常表现为公司无力清偿）。只有实施滥用行为的股东承担责任。法院实务中常见三类情形，可以"
                "同时存在：人格混同（核心是财产混同）、过度支配与控制、资本显著不足。",
                "Holding a shareholder jointly liable for all the company's debts (veil piercing) "
                "needs: abuse of the company's separate existence and of limited liability; evasion"
                " of "
                "debts; serious harm to creditors (usually the company cannot pay). Only the "
                "shareholder who abused answers. Courts see three patterns, which can hold together"
                ": "
                "mixing of identities (above all of assets), excessive control, grossly inadequate "
                "capital.",
            ),
            "examples": [
                T(
                    "公司收入打进股东个人银行卡或微信，股东用公司账户付家庭开支",
                    "Company income paid into the shareholder's own card or WeChat; family bills pa"
                    "id "
                    "from the company account",
                ),
                T(
                    "公司负债后，股东把业务和资产转到自己控制的新公司",
                    "After the debts arose, the shareholder moved the business and assets to a new "
                    "company he controls",
                ),
            ],
            "glossary": ["veil_piercing", "asset_mixing"],
        },
        "citations": [cite(CL, 23, 1), cite(CL18, 20, 3), cite(CC, 83, 2)],
        "verify": {
            "evidence": [
                T(
                    "公司与股东之间的银行流水、账簿、审计报告",
                    "Bank statements between company and shareholder, books, audits",
                ),
                T(
                    "资产、业务、人员被转移或者混用的记录",
                    "Records of assets, business or staff moved or shared",
                ),
            ],
            "effect": T(
                "任何一种情形，加上公司不能清偿（严重损害债权人），实施滥用的股东对公司债务承担连带责任；都没有的，股东仍以出资"
                "为限承担责任。",
                "Any one of them, with the company unable to pay (serious harm), makes the abusing "
                "shareholder jointly liable for the company's debts; none, and shareholders answer "
                "only within their capital.",
            ),
        },
        "choices": [
            choice(
                "mixing",
                "人格混同：公司与股东财产混同、账户共用、账簿不分",
                "Mixing: company and shareholder assets mixed, shared accounts, no separate books",
                "abuse_branch",
                T(
                    "财产混同是否认公司人格最常见的理由。",
                    "Mixed assets are the commonest ground for piercing.",
                ),
            ),
            choice(
                "control",
                "过度支配与控制：股东随意转移公司资产、利润，把公司当工具",
                "Excessive control: the shareholder moves assets and profits at will, uses the "
                "company as a tool",
                "abuse_branch",
                T(
                    "过度支配使公司失去独立意志。",
                    "Excessive control deprives the company of a will of its own.",
                ),
            ),
            choice(
                "undercap",
                "资本显著不足：公司的资本与经营风险明显不相称",
                "Grossly inadequate capital for the risks of the business",
                "abuse_branch",
                T("资本显著不足的认定很严格，须谨慎。", "Inadequate capital is found sparingly."),
            ),
            choice(
                "none",
                "都没有，或者没有这类证据",
                "None, or no such evidence",
                "abuse_branch",
                exclusive=True,
            ),
            choice("unknown", "不清楚", "Not known", "abuse_branch", unknown_=True),
        ],
        "next": "abuse_branch",
    }
)

branch(
    "abuse_branch",
    [
        rule(inc("abuse_forms", *ABUSE), "conduct_date"),
    ],
    otherwise("capital_branch"),
)

CD = "conduct_date"
P_NEW = on_or_after(CD, NEW_LAW)
P_OLD = before(CD, NEW_LAW)
P_OPEN = und(before(CD, NEW_LAW))
node(
    {
        "id": "conduct_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "这些滥用行为主要发生在什么时候？（持续的，填与本案债务有关、能够证明的行为日期）",
            "When did the abuse mainly take place? (for continuing conduct, the provable act that "
            "bears on this debt)",
        ),
        "label": T("滥用行为发生之日", "the day of the abuse"),
        "significance": T(
            "2024年7月1日以后的行为适用公司法第23条；此前的行为适用公司法(2018)第20条第3款。",
            "Acts from 1 July 2024 fall under Company Law art. 23; earlier acts under Company Law "
            "(2018) art. 20(3).",
        ),
        "help": {
            "why": T(
                "关联公司之间的横向人格否认（公司法第23条第2款），是2023年修订新增的规定。公司法时间效力规定没有“持续性事实”"
                "的一般规则：行为跨越2024年7月1日的，以能够证明的、与本案债务有关的行为日期为准。",
                "Horizontal piercing between sister companies (Company Law art. 23(2)) is new in 20"
                "23. "
                "The SPC temporal-effect provisions have no rule for continuing facts: for conduct "
                "spanning 1 July 2024, use the provable act bearing on this debt.",
            )
        },
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "显示转账、转移资产或混用的银行流水和合同及其日期",
                    "Bank records and contracts showing the transfers or mixing, with dates",
                )
            ],
            "effect": T(
                "决定适用公司法第23条还是公司法(2018)第20条第3款；结论（连带责任）相同，关联公司之间的横向否认在2024年7月1日"
                "以前没有明文规定。",
                "It decides between Company Law art. 23 and Company Law (2018) art. 20(3); the resu"
                "lt "
                "(joint liability) is the same, but horizontal piercing had no express basis before"
                " 1 "
                "July 2024.",
            ),
        },
        "next": "took_part_branch",
    }
)

branch(
    "took_part_branch",
    [
        rule(all_(side(SH), MULTI_SH), "sh_took_part"),
    ],
    otherwise("sh_a_branch"),
)

node(
    {
        "id": "sh_took_part",
        "type": "choice",
        "text": T(
            "当事人本人是否实施或者参与了这些行为？",
            "Did the client himself commit or take part in these acts?",
        ),
        "help": {
            "why": T(
                "人格否认只针对实施滥用行为的股东；没有参与的股东仍以出资为限承担责任。",
                "Piercing reaches only the shareholder who abused; the others still answer only "
                "within their capital.",
            )
        },
        "choices": [
            choice(
                "yes",
                "是，或者对方有证据证明当事人参与",
                "Yes, or the creditor can prove it",
                "sh_a_branch",
            ),
            choice(
                "no",
                "没有，当事人只是出资，没有参与经营和这些行为",
                "No; the client only invested and took no part",
                "sh_a_branch",
                T(
                    "没有参与滥用的股东不因人格否认承担责任。",
                    "A shareholder who took no part is not reached by piercing.",
                ),
            ),
        ],
    }
)

branch(
    "sh_a_branch",
    [
        rule(reached("find_sh_c"), "horizontal"),
    ],
    otherwise("find_sh_a"),
)

JOINT_RECOURSE = item(
    ALL,
    "连带责任人之间按各自责任大小分担；难以确定的平均分担；多付的一方可以向其他人追偿。向公司追偿通常没有实际意义。",
    "Among those jointly liable the burden follows their shares of responsibility, equally if "
    "these cannot be told; whoever paid more recovers from the others. Recovering from the "
    "company is usually pointless.",
)
A_BASIS = [
    cite(CL, 23, 1, when=any_(P_NEW, P_OPEN)),
    cite(CL18, 20, 3, when=any_(P_OLD, P_OPEN)),
    cite(TE, 1, 2, when=P_OLD),
    cite(CC, 83, 2, when=any_(on_or_after(CD, CIVIL_CODE), und(before(CD, CIVIL_CODE)))),
]
PASSIVE = all_(side(SH), ans("sh_took_part", "no"))
A_MAIN = dict(
    liable=T(
        "{party.abuser}（与{party.company}）",
        "the {party.abuser} (with the {party.company})",
    ),
    to_whom=T("{party.creditor}", "the {party.creditor}"),
    scope=T(
        "公司对债权人的全部债务（{amount.debt_amount}，含本金、利息、违约金等），不以其出资额为限",
        "the company's whole debt to the creditor ({amount.debt_amount}, principal, interest, "
        "penalties …), not limited to his capital",
    ),
    order=T(
        "没有先后：债权人可以请求公司或者该股东清偿全部或者一部分",
        "no order: the creditor may claim all or part from the company or that shareholder",
    ),
)
node(
    {
        "id": "find_sh_a",
        "type": "finding",
        "code": "SH-A",
        "title": T(
            "人格否认：滥用权利的股东对公司债务承担连带责任",
            "Veil piercing: the abusing shareholder answers jointly for the company's debts",
        ),
        "summary": [
            variant(
                C_,
                "按你选择的情形，{party.abuser}滥用公司法人独立地位和股东有限责任逃避债务，严重损害了你的利益，应当对公司债务"
                "承担连带责任：你可以请求{party.company}或者该股东清偿全部债务（{amount.debt_amount}），不以其出资额为限。人格否认只在本案中、只针对实施滥用的股东；没有参与的股东仍以出资为限承担责任。",
                "On the facts chosen, the {party.abuser} abused the company's separate existence "
                "and limited liability to evade its debts, seriously harming you, and answers "
                "jointly for the company's debts: you may claim the whole debt "
                "({amount.debt_amount}) from the {party.company} or from him, not limited to his "
                "capital. Piercing works only in this case and only against the abusing shareholder"
                "; "
                "the others still answer only within their capital.",
                when=MULTI_SH,
            ),
            variant(
                C_,
                "按你选择的情形，唯一的股东滥用公司法人独立地位和股东有限责任逃避债务，严重损害了你的利益：他应当对公司债务"
                "承担连带责任，你可以请求{party.company}或者{party.shareholder}清偿全部债务（{amount.debt_amount}），不以其"
                "出资额为限。人格否认只在本案中适用。",
                "On the facts chosen, the sole shareholder abused the company's separate existence "
                "and limited liability to evade its debts, seriously harming you: he answers "
                "jointly for its debts, and you may claim the whole debt ({amount.debt_amount}) "
                "from the {party.company} or the {party.shareholder}, not limited to his capital. "
                "Piercing works only in this case.",
            ),
            variant(
                S_,
                "你的抗辩：人格否认只针对实施滥用行为的股东。你没有参与这些行为，不因公司人格被否认而对公司债务承担责任，仍以"
                "认缴的出资为限承担责任（如有欠缴或者抽逃出资，见其他认定）。对方主张你参与的，须由对方证明。",
                "Your defence: piercing reaches only the shareholder who abused. You took no part, "
                "so "
                "it does not make you liable for the company's debts; you answer only within your "
                "subscribed capital (for unpaid or withdrawn capital see the other findings). If th"
                "e "
                "creditor says you took part, he must prove it.",
                when=ans("sh_took_part", "no"),
            ),
            variant(
                S_,
                "对方主张你滥用公司法人独立地位和股东有限责任逃避债务，要求你对公司债务承担连带责任（{amount.debt_amount}），"
                "不以你的出资额为限。人格否认是例外，法院适用很谨慎，由债权人证明：你可以抗辩没有滥用行为（公司有独立的账户和"
                "账簿，你与公司的往来都有合同和记录），也没有逃避债务的目的或者后果（其他抗辩见下）。",
                "The creditor says you abused the company's separate existence and limited liability "
                "to evade its debts and claims that you answer jointly for them "
                "({amount.debt_amount}), not limited to your capital. Piercing is an exception, "
                "applied with caution, and the creditor must prove it: you may answer that there "
                "was no abuse (the company had its own accounts and books, every dealing with you "
                "is documented) and no aim or effect of evading debts (the other defences follow).",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                T(
                    "当事人（没有参与滥用的股东）",
                    "the client, a shareholder who took no part in the abuse",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "不因人格否认对公司债务承担责任；仍以认缴的出资为限承担责任",
                    "not liable for the "
                    "company's debts through piercing; still answers within the subscribed capital",
                ),
                T("—", "—"),
                A_BASIS,
                when=PASSIVE,
            ),
            finding(
                "连带责任",
                **A_MAIN,
                basis=A_BASIS,
                when=all_(not_(ABILITY_UNKNOWN), not_(ans("sh_took_part", "no"))),
            ),
            finding(
                "连带责任",
                **A_MAIN,
                basis=A_BASIS,
                sublabel=T(
                    "若公司不能清偿（严重损害债权人）", "if the company cannot pay (serious harm)"
                ),
                when=all_(ABILITY_UNKNOWN, not_(ans("sh_took_part", "no"))),
                depends_on=["ability"],
            ),
            finding(
                "连带责任",
                **A_MAIN,
                basis=A_BASIS,
                sublabel=T("实施滥用行为的其他股东", "the other shareholder who abused"),
                when=PASSIVE,
            ),
            finding(
                "不承担责任",
                T(
                    "没有参与滥用行为的其他股东",
                    "the other shareholders who took no part in the abuse",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "不因人格否认承担责任（如有欠缴或者抽逃出资，见相应的认定）",
                    "not liable through piercing "
                    "(for unpaid or withdrawn capital see those findings)",
                ),
                T("—", "—"),
                A_BASIS,
                when=all_(MULTI_SH, not_(PASSIVE)),
            ),
        ],
        "remaining_liability": T(
            "{party.company}以其全部财产对这笔债务承担责任；滥用行为得到证明的，{party.abuser}与{party.company}承担"
            "连带责任。",
            "The {party.company} answers for this debt with all its assets; if the abuse is "
            "proved, the {party.abuser} answers jointly with it.",
        ),
        "citations": joint_mechanics(CD),
        "deadlines": [
            *CLAIM_DEADLINES,
            {**DEADLINES["joint_after_judgment"], "when": JUDGMENT},
        ],
        "defences": [
            item(
                S_,
                "你没有实施或者参与滥用行为：人格否认只针对实施滥用的股东。",
                "You committed or took part "
                "in no abuse: piercing reaches only the shareholder who abused.",
            ),
            item(
                S_,
                "没有滥用：公司有独立的银行账户和完整账簿，你与公司之间的资金往来都有合同、凭证和正当理由。",
                "No abuse: the company had its own bank accounts and complete books, and every "
                "payment between you and it has a contract, voucher and reason.",
            ),
            item(
                S_,
                "没有严重损害债权人：公司有财产可供清偿。",
                "No serious harm to creditors: the company has assets to pay.",
                when=not_(UNABLE),
            ),
            item(
                S_,
                "诉讼时效：对公司的债权可能已过诉讼时效（见期限）；已经届满的，你可以提出时效抗辩。",
                "Limitation: the claim against the company may be time-barred (see the "
                "deadlines); if so, you may plead it.",
                when=BARRED_OPEN,
            ),
            item(
                S_,
                "诉讼时效：对你另行起诉的诉讼时效从对公司的判决生效后重新计算（见期限）；期间届满后才对你主张的，可以提出"
                "时效抗辩。",
                "Limitation: against you it runs again from when the judgment against the company "
                "took effect (see the deadlines); a claim brought after it ran out may be met "
                "with the plea.",
                when=all_(JUDGMENT, NO_PERSON_EVENTS),
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "人格否认是例外，法院适用很谨慎：须证明滥用行为、逃避债务的目的或者后果，以及严重损害。判决只在本案中否认公司"
                "人格，不影响公司在其他案件中的独立地位。",
                "Piercing is an exception, applied with caution: abuse, evasion of debts as aim or "
                "effect, and serious harm must all be shown. The judgment disregards the company in"
                " "
                "this case only.",
            ),
            warn(
                "unverified",
                ALL,
                "人格混同、过度支配与控制、资本显著不足等情形，出自全国法院民商事审判工作会议纪要第10—12条；它是会议纪要，"
                "不是司法解释，反映的是法院的做法。",
                "The patterns of mixing, excessive control and inadequate capital come from items "
                "10–12 of the 2019 conference minutes — court practice, not a judicial "
                "interpretation.",
            ),
            warn(
                "contested",
                ALL,
                "夫妻公司：股东只有夫妻二人时，有的法院认为公司实质上只有一个股东，适用一人公司的举证责任倒置；也有法院不这样"
                "认定。诉讼中可以主张倒置，同时仍应尽量举证财产混同。",
                "A spouses' company: some courts treat it as one-shareholder and reverse the burden"
                ", "
                "others do not. One may argue the reversal but should still prove mixing.",
                when=ans("company_type", "llc_spouses"),
            ),
            warn(
                "caution",
                ALL,
                "公司已进入破产程序：个别债权人的人格否认之诉如何处理，与实质合并破产、管理人的职权有关，起诉前请咨询熟悉破产"
                "程序的律师。",
                "The company is in bankruptcy: how a single creditor's piercing claim proceeds depe"
                "nds "
                "on substantive consolidation and the administrator's powers — consult a lawyer "
                "versed in bankruptcy first.",
                when=BANKRUPT,
            ),
            warn(
                "caution",
                ALL,
                "同一损失只能受偿一次：实施滥用的股东同时担任董事或法定代表人、又依公司法第191条对同一损害承担赔偿责任的，"
                "两项可以一并主张，但合计受偿不超过债权本身。",
                "One loss is paid only once: if the abusing shareholder is also the director and "
                "answers under art. 191 for the same damage, both may be claimed but the total "
                "recovered cannot exceed the claim.",
                when=reached("find_sh_p"),
            ),
            warn(
                "caution",
                ALL,
                "诉讼时效：对公司的催告、起诉等，对与公司承担连带责任的股东同样发生中断的效力。",
                "Limitation: a demand on or suit against the company interrupts limitation against "
                "the shareholder liable jointly with it too.",
                basis=[cite(LP, 15, 2)],
            ),
        ],
        "recourse": [
            JOINT_RECOURSE,
        ],
        "next_steps": [
            item(
                C_,
                "在同一诉讼中起诉{party.company}和{party.abuser}，请求其对公司债务承担连带责任；申请财产保全，查封"
                "其个人财产。",
                "Sue the {party.company} and the abusing shareholder together for joint liability; "
                "apply for preservation of his assets.",
                when=SUE_COMPANY,
            ),
            item(
                C_,
                "另行起诉{party.abuser}，请求其对判决确定的公司债务承担连带责任；申请财产保全。",
                "Sue the abusing shareholder separately for joint liability for the debt the "
                "judgment decided; apply for preservation.",
                when=JUDGMENT,
            ),
            item(
                C_,
                "申请法院调取公司和股东的银行流水，证明资金往来和混同。",
                "Ask the court to obtain the "
                "company's and shareholder's bank records to prove the transfers and mixing.",
            ),
            item(
                S_,
                "整理公司独立经营的证据：独立账户和账簿、审计报告、你与公司往来的合同和凭证。",
                "Assemble proof of the company's separate operation: own accounts and books, audits"
                ", "
                "contracts and vouchers for your dealings with it.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "公司与股东个人的银行流水（公司款项进入股东账户、账户混用）",
                "Bank records of company "
                "and shareholder (company money in his accounts, shared accounts)",
            ),
            item(
                ALL,
                "公司财务账簿、审计报告（或其缺失）",
                "The company's books and audits (or their absence)",
            ),
            item(
                ALL,
                "资产、业务被转移到股东或其控制的其他公司的合同和记录",
                "Contracts and records of "
                "assets or business moved to the shareholder or his other companies",
            ),
        ],
        "next": "horizontal",
    }
)

node(
    {
        "id": "horizontal",
        "type": "choice",
        "text": T(
            "实施滥用行为的股东（或者实际控制人）是否还控制着其他公司，并利用这些公司转移资产、混用人员和财务来逃避债务？",
            "Does the abusing shareholder (or controller) also control other companies, and use the"
            "m "
            "to move assets or mix staff and finances so as to evade the debts?",
        ),
        "help": {
            "why": T(
                "股东利用其控制的两个以上公司实施滥用行为的，各公司对任一公司的债务承担连带责任（公司法第23条第2款，2024年"
                "7月1日起施行）。此前法律没有明文规定，法院参照公司法(2018)第20条第3款处理关联公司人格混同。横向否认针对的是"
                "被利用的各家公司；控制它们的股东本人，另依纵向否认判断。",
                "Where a shareholder abuses two or more companies he controls, each answers jointly"
                " "
                "for any one's debts (Company Law art. 23(2), from 1 July 2024). Before, there was "
                "no "
                "express rule; courts applied Company Law (2018) art. 20(3) by analogy to sister "
                "companies. Horizontal piercing reaches the companies used; the shareholder himself"
                " "
                "is judged under vertical piercing.",
            )
        },
        "citations": [cite(CL, 23, 2), cite(CL18, 20, 3)],
        "choices": [
            choice(
                "yes",
                "是",
                "Yes",
                "find_sh_b",
                T(
                    "被利用的关联公司对债务人公司的债务承担连带责任。",
                    "The sister companies used answer jointly for the debtor company's debts.",
                ),
            ),
            choice("no", "否，或者没有证据", "No, or no evidence", "capital_branch"),
        ],
    }
)

node(
    {
        "id": "find_sh_b",
        "type": "finding",
        "code": "SH-B",
        "title": T(
            "横向人格否认：同一股东控制的关联公司承担连带责任",
            "Horizontal piercing: sister companies under the same shareholder answer jointly",
        ),
        "summary": [
            variant(
                C_,
                "股东利用其控制的其他公司转移资产、混用人员和财务来逃避债务：被利用的关联公司{party.sister}对{party.company}"
                "欠你的债务（{amount.debt_amount}）承担连带责任，你可以请求其中任何一家清偿全部。行为在2024年7月1日以前的，"
                "法律没有明文规定，结论依参照适用，见下列认定和提示。",
                "The shareholder used other companies he controls to move assets or mix staff and "
                "finances and evade debts: the sister companies used ({party.sister}) answer jointl"
                "y "
                "for what the {party.company} owes you ({amount.debt_amount}); you may claim all of"
                " it "
                "from any one. For acts before 1 July 2024 there was no express rule; the finding r"
                "ests "
                "on analogy (see the findings and warnings).",
                when=any_(P_OLD, P_OPEN),
            ),
            variant(
                C_,
                "股东利用其控制的其他公司转移资产、混用人员和财务来逃避债务：被利用的关联公司{party.sister}对{party.company}"
                "欠你的债务（{amount.debt_amount}）承担连带责任，你可以请求其中任何一家清偿全部。",
                "The shareholder used other companies he controls to move assets or mix staff and "
                "finances and evade debts: the sister companies used ({party.sister}) answer jointl"
                "y "
                "for what the {party.company} owes you ({amount.debt_amount}); you may claim all of"
                " it "
                "from any one.",
            ),
            variant(
                S_,
                "对方还主张你控制的{party.sister}与{party.company}一起被用来逃避债务，要求这些公司承担连带责任。这是"
                "这些公司的责任；你本人的责任依纵向人格否认判断。抗辩：各公司的财产、人员、业务和财务相互独立，往来有合同和"
                "对价。",
                "The creditor also says other companies you control ({party.sister}) were used with"
                " "
                "the {party.company} to evade debts, and claims against them jointly. That is those"
                " "
                "companies' liability; yours is judged under vertical piercing. Their answer: each "
                "company's assets, staff, business and finances were separate, and dealings between"
                " "
                "them were contracted and paid for.",
            ),
        ],
        "findings": [
            finding(
                "连带责任",
                T(
                    "被同一股东控制、用来逃避债务的关联公司{party.sister}",
                    "the sister companies "
                    "({party.sister}) under the same shareholder, used to evade the debts",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "{party.company}对债权人的债务（{amount.debt_amount}）",
                    "what the {party.company} owes the creditor ({amount.debt_amount})",
                ),
                T(
                    "没有先后：债权人可以请求其中任何一家公司清偿全部",
                    "no order: any one company may be asked for all of it",
                ),
                [cite(CL, 23, 2)],
                when=P_NEW,
            ),
            finding(
                "连带责任",
                T(
                    "与{party.company}人格混同、被同一股东控制的关联公司{party.sister}",
                    "the sister companies ({party.sister}) mixed with the {party.company} under the"
                    " same "
                    "shareholder",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "{party.company}对债权人的债务（{amount.debt_amount}）",
                    "what the {party.company} owes the creditor ({amount.debt_amount})",
                ),
                T(
                    "没有先后；依据是参照适用，见提示",
                    "no order; the basis is by analogy — see the warning",
                ),
                [cite(CL18, 20, 3), cite(TE, 1, 2)],
                sublabel=T(
                    "关联公司人格混同（2024年7月1日以前的行为，参照适用）",
                    "mixed sister companies (acts before 1 July 2024, by analogy)",
                ),
                when=P_OLD,
            ),
            finding(
                "连带责任",
                T(
                    "被同一股东控制、用来逃避债务的关联公司{party.sister}",
                    "the sister companies "
                    "({party.sister}) under the same shareholder, used to evade the debts",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "{party.company}对债权人的债务（{amount.debt_amount}）",
                    "what the {party.company} owes the creditor ({amount.debt_amount})",
                ),
                T("没有先后", "no order"),
                [cite(CL, 23, 2), cite(CL18, 20, 3)],
                sublabel=T(
                    "行为日期待核实：2024年7月1日以后依公司法第23条第2款，此前参照适用",
                    "date of the acts to verify: from 1 July 2024 under art. 23(2), before by "
                    "analogy",
                ),
                when=P_OPEN,
                depends_on=[CD],
            ),
        ],
        "citations": joint_mechanics(CD),
        "deadlines": [
            *CLAIM_DEADLINES,
        ],
        "defences": [
            item(
                S_,
                "各公司的财产、人员、业务和财务相互独立，相互之间的往来有合同和对价。",
                "Each company's assets, staff, business and finances were separate; dealings betwee"
                "n "
                "them were contracted and paid for.",
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "2024年7月1日以前的横向人格否认：旧法没有明文规定。能否依公司法时间效力规定第4条第6项直接适用公司法第23条"
                "第2款，还是参照公司法(2018)第20条第3款（法院也参考最高人民法院指导案例15号和全国法院民商事审判工作会议纪要"
                "第11条），尚无定论；结论通常相同，诉状中宜同时援引。",
                "Horizontal piercing for acts before 1 July 2024 had no express rule. Whether Compa"
                "ny "
                "Law art. 23(2) applies through item 6 of art. 4 of the temporal-effect provisions,"
                " or "
                "Company Law (2018) art. 20(3) by analogy (courts also draw on SPC Guiding Case 15 "
                "and "
                "item 11 of the 2019 conference minutes), is unsettled; the result is usually the "
                "same — plead both.",
                when=any_(P_OLD, P_OPEN),
                basis=[cite(TE, 4, 1, 6), cite(CL18, 20, 3)],
            ),
            warn(
                "caution",
                ALL,
                "横向否认针对的是被利用的关联公司；控制它们的股东本人是否承担连带责任，另依纵向人格否认判断。",
                "Horizontal piercing reaches the sister companies; whether the controlling sharehol"
                "der "
                "himself answers is judged under vertical piercing.",
            ),
        ],
        "recourse": [
            JOINT_RECOURSE,
        ],
        "next_steps": [
            item(
                C_,
                "把被利用的关联公司列为被告，请求其承担连带责任，并申请对其财产保全。",
                "Sue the sister companies used for joint liability and apply for preservation of "
                "their assets.",
            ),
            item(
                S_,
                "整理各公司独立经营的证据（各自的账户、账簿、员工社保、业务合同）。",
                "Assemble proof that each company ran separately (own accounts, books, staff social"
                " "
                "insurance, contracts).",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "各公司的登记信息（同一股东或实际控制人、同一地址、同一高管）",
                "Each company's registration (same shareholder or controller, address, officers)",
            ),
            item(
                ALL,
                "银行流水显示资金在各公司之间无偿流转",
                "Bank records of money moving between them for nothing",
            ),
            item(
                ALL,
                "员工社保由不同公司交纳、人员混用的证据",
                "Proof of staff paid or insured by the other companies, shared staff",
            ),
        ],
        "next": "capital_branch",
    }
)


# --- capital (公司法解释三13, 14, 18, 26; 公司法49–54, 88, 99; 解释二22; 企业破产法35)

branch(
    "capital_branch",
    [
        rule(CAN_PAY, "final"),
    ],
    otherwise("capital_status"),
)

NOT_LIMITED = warn(
    "caution",
    ALL,
    "出资责任和抽逃出资的返还责任本身不适用诉讼时效（基于投资关系产生的缴付出资请求权），股东不能以出资义务已过时效"
    "抗辩；但债权人请求股东承担补充赔偿责任，以其对公司的债权未过诉讼时效为前提（已由生效判决确定的，在申请执行期间"
    "内）。",
    "The duty to contribute capital, or to return withdrawn capital, is not subject to "
    "limitation (a claim for capital arising from investment), so a shareholder cannot plead "
    "that it is time-barred; but a creditor may hold him to it only while the creditor's claim "
    "against the company is not time-barred (once decided by a judgment, within the enforcement "
    "period).",
    basis=[cite(LP, 1, 1, 3), cite(J3, 19, 1), cite(J3, 19, 2)],
)
NOT_YET_SHOWN_D = warn(
    "caution",
    DEF,
    "公司不能清偿还没有经执行程序证明：补充责任以公司财产不足清偿为前提，公司有可供执行的财产的，应当先执行公司的财产。",
    "The company's inability to pay is not yet shown by enforcement: supplementary liability "
    "presupposes that its assets fall short; whatever it has must be enforced against first.",
    when=all_(not_(ENFORCEMENT_FAILED), ans("company_state", "operating", "dissolved")),
)
NOT_YET_SHOWN = warn(
    "caution",
    C_,
    "公司不能清偿还没有经执行程序证明：补充责任在执行公司财产不足时才实际承担。起诉时可以一并起诉公司和股东，判决会"
    "写明股东对公司不能清偿的部分承担责任。",
    "The company's inability to pay is not yet shown by enforcement: supplementary liability "
    "bites only once enforcement against the company falls short. Company and shareholder may "
    "be sued together; the judgment will say the shareholder answers for what the company "
    "cannot pay.",
    when=all_(
        not_(ENFORCEMENT_FAILED), ans("company_state", "operating", "dissolved"), SUE_COMPANY
    ),
)
NOT_YET_SHOWN_J = warn(
    "caution",
    C_,
    "公司不能清偿还没有经执行程序证明：补充责任在执行公司财产不足时才实际承担，请先申请执行对公司的判决。",
    "The company's inability to pay is not yet shown by enforcement: supplementary liability "
    "bites only once enforcement against the company falls short — enforce the judgment first.",
    when=all_(not_(ENFORCEMENT_FAILED), ans("company_state", "operating", "dissolved"), JUDGMENT),
)

node(
    {
        "id": "capital_status",
        "type": "multi",
        "text": T(
            "股东（包括当事人）是否已经按公司章程缴足了认缴的出资？（有的已到期没缴、有的还没到期的，两项都选）",
            "Have the shareholders (the client included) paid the capital they subscribed under the"
            " "
            "articles? (if some is overdue and some not yet due, tick both)",
        ),
        "help": {
            "why": T(
                "每个股东认缴多少、什么时候缴，写在公司章程里，并在国家企业信用信息公示系统公示。已到期没缴的（逾期），债权人"
                "可以要求该股东在未出资本息范围内对公司不能清偿的部分承担补充赔偿责任——只在欠缴的数额内，不是对全部债务负责。"
                "还没到期的（未届期），只在法定情形下才须提前缴纳。公司解散或者破产的，未缴的出资不论是否到期都要缴纳。",
                "The articles say what each shareholder subscribed and by when; the public credit "
                "system shows it. For capital overdue, a creditor may hold the shareholder liable "
                "within the unpaid capital and interest for what the company cannot pay — not for a"
                "ll "
                "its debts. Capital not yet due must be paid early only where the law says so. On "
                "dissolution or bankruptcy all unpaid capital, due or not, must be paid.",
            ),
            "glossary": [
                "subscribed_capital",
                "paid_in_capital",
                "contribution_due",
                "articles_of_association",
            ],
        },
        "citations": [cite(CL, 49, 1), cite(J3, 13, 2), cite(J3, 20)],
        "verify": {
            "evidence": [
                T(
                    "公司章程及历次章程修正案（认缴额、出资方式和出资日期）",
                    "The articles and every amendment (amounts, form and dates of contributions)",
                ),
                T(
                    "国家企业信用信息公示系统的股东及出资信息、年度报告",
                    "The public credit system's shareholder and capital data, annual reports",
                ),
                T("验资报告、出资进账凭证", "Capital verification reports, payment vouchers"),
            ],
            "effect": T(
                "有逾期未缴的出资，股东在未出资本息范围内承担补充赔偿责任；只有未到期的，看能否要求提前缴纳；都已缴足的，"
                "出资责任不成立。债权人提出使人合理怀疑股东没有缴足的证据后，由股东证明已经缴足。",
                "Capital overdue: the shareholder answers within it; only capital not yet due: can "
                "it "
                "be called early? All paid: no capital liability. Once the creditor shows reasonabl"
                "e "
                "doubt, the shareholder must prove payment.",
            ),
        },
        "choices": [
            choice(
                "overdue",
                "有股东的出资期限已到但没有缴足（或者非货币出资作价明显过高）",
                "Some capital is overdue and unpaid (or a non-cash contribution was grossly "
                "overvalued)",
                "capital_amounts",
                T(
                    "逾期未缴出资的股东在未出资本息范围内承担补充赔偿责任。",
                    "A shareholder with overdue capital answers within it.",
                ),
            ),
            choice(
                "unexpired",
                "有股东没有缴足，但章程规定的出资期限还没到",
                "Some capital is unpaid but not yet due under the articles",
                "capital_amounts",
                T(
                    "未到期的出资只在法定情形下才须提前缴纳。",
                    "Capital not yet due is called early only where the law says so.",
                ),
            ),
            choice("all_paid", "都已经缴足", "All paid", "capital_amounts", exclusive=True),
            choice("unknown", "不清楚", "Not known", "capital_amounts", unknown_=True),
        ],
        "next": "capital_amounts",
    }
)

branch(
    "capital_amounts",
    [
        rule(OVERDUE, "overdue_amount"),
        rule(UNEXPIRED, "unexpired_amount"),
    ],
    otherwise("withdrawal"),
)

node(
    {
        "id": "overdue_amount",
        "type": "money",
        "allow_unknown": True,
        "text": T(
            "已到期而没有缴纳的出资本金合计多少元？（不含利息）",
            "How much capital is overdue and unpaid, principal only (no interest)?",
        ),
        "label": T("逾期未缴的出资", "the overdue capital"),
        "significance": T(
            "补充赔偿责任以未缴出资的本金和利息为限。",
            "Supplementary liability is capped by the unpaid capital and its interest.",
        ),
        "verify": {
            "evidence": [
                T(
                    "公司章程、公示系统的认缴额与实缴额",
                    "The articles; subscribed and paid-in amounts in the public record",
                )
            ],
            "effect": T(
                "决定补充赔偿责任的上限，不影响是否承担。",
                "It sets the cap, not whether there is liability.",
            ),
        },
        "next": "overdue_due_date",
    }
)

OD = "overdue_due_date"
OD_NEW = any_(on_or_after(OD, NEW_LAW), und(before(OD, NEW_LAW)))
OD_OLD = any_(before(OD, NEW_LAW), und(before(OD, NEW_LAW)))
node(
    {
        "id": "overdue_due_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "逾期没缴的出资，按公司章程应当在哪一天缴纳？（有几笔的，填最早到期的一笔）",
            "By which day should the overdue capital have been paid under the articles? (if "
            "several sums, the earliest)",
        ),
        "label": T("出资应当缴纳之日", "the day the capital was due"),
        "significance": T(
            "股东按期足额缴纳出资的义务，依出资到期时有效的公司法：2024年7月1日以后到期的依公司法，此前到期的依公司法"
            "(2018)；未出资的利息一般也从这一天起算。",
            "The duty to pay capital in full when due follows the Company Law in force when it "
            "fell due: the new law from 1 July 2024, Company Law (2018) before; interest on the "
            "unpaid capital usually runs from this day too.",
        ),
        "citations": [cite(CL, 49, 1), cite(CL18, 28, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "公司章程及历次修正案（出资日期）、公示系统的认缴和实缴信息",
                    "The articles and their amendments (due dates), the public record of "
                    "subscribed and paid-in capital",
                )
            ],
            "effect": T(
                "只决定引用的条文和利息的起算，不影响逾期未缴出资的股东承担补充赔偿责任。",
                "It decides only the articles cited and from when interest runs, not whether the "
                "shareholder with overdue capital answers.",
            ),
        },
        "next": "after_overdue_amount",
    }
)

branch(
    "after_overdue_amount",
    [
        rule(all_(side(CRED, SH), UNEXPIRED), "unexpired_amount"),
        rule(side(CRED, SH), "nominee"),
    ],
    otherwise("find_sh_e"),
)

node(
    {
        "id": "unexpired_amount",
        "type": "money",
        "allow_unknown": True,
        "text": T("尚未到期的认缴出资合计多少元？", "How much subscribed capital is not yet due?"),
        "label": T("未到期的出资", "the capital not yet due"),
        "significance": T(
            "提前缴纳或者清算、破产时缴纳的数额以此为限。",
            "What may be called early, or on liquidation or bankruptcy, is capped by it.",
        ),
        "verify": {
            "evidence": [
                T(
                    "公司章程、公示系统的认缴额与实缴额",
                    "The articles; subscribed and paid-in amounts in the public record",
                )
            ],
            "effect": T(
                "决定提前缴纳等责任的上限，不影响是否承担。",
                "It sets the cap, not whether there is liability.",
            ),
        },
        "next": "nominee",
    }
)

node(
    {
        "id": "nominee",
        "type": "choice",
        "text": T(
            "没有缴足出资的股东，是否只是替别人代持的名义股东，或者股权只是为担保借款才登记在出借人名下？",
            "Is the shareholder with unpaid capital only a nominee holding for someone else, or are"
            " "
            "the shares registered to a lender only as security for a loan?",
        ),
        "help": {
            "why": T(
                "对公司债权人来说，登记的股东就是股东：名义股东不能以“只是代持”为由拒绝，承担后可以向实际出资人追偿。股权只是为"
                "担保借款过户到出借人名下的（股权让与担保），出借人不因出资不足、抽逃出资对公司债务负责，应当追究原来的股东。",
                "To a creditor the registered shareholder is the shareholder: a nominee cannot refu"
                "se "
                "as 'only a nominee', and recovers from the real investor. Shares transferred to a "
                "lender only as security leave the lender free of capital liability; the original "
                "shareholder answers.",
            ),
            "glossary": ["nominee_shareholder", "equity_security_transfer"],
        },
        "citations": [cite(J3, 26, 1), cite(J3, 26, 2), cite(GI, 69)],
        "choices": [
            choice(
                "registered",
                "都不是，登记的股东就是真正的投资人",
                "Neither; the registered holder is the real investor",
                "transfer",
            ),
            choice(
                "nominee",
                "登记的股东只是代持（名义股东）",
                "The registered holder is a nominee",
                "transfer",
                T(
                    "名义股东不能以代持对抗公司债权人，承担后可以向实际出资人追偿。",
                    "A nominee cannot rely on it against creditors; he recovers from the real "
                    "investor.",
                ),
                [cite(J3, 26, 1)],
            ),
            choice(
                "security",
                "股权只是为担保借款才登记在出借人名下",
                "The shares are registered to a lender only as security",
                "transfer",
                T(
                    "作为名义股东的出借人不因出资不足、抽逃出资承担责任，应当追究原来的股东。",
                    "The lender holding them is not liable for capital defects; the original "
                    "shareholder is.",
                ),
                [cite(GI, 69)],
            ),
        ],
    }
)

node(
    {
        "id": "transfer",
        "type": "choice",
        "text": T(
            "没有缴足出资的股权是否转让过？如果转让了，转让时这笔出资是否已经到期？",
            "Were the shares with unpaid capital transferred? If so, was the capital already due at"
            " "
            "the transfer?",
        ),
        "help": {
            "why": T(
                "出资未到期时转让的：由受让人缴纳，受让人未按期足额缴纳的，转让人承担补充责任（公司法第88条第1款，也适用于2024年"
                "7月1日以前的转让）。出资已经逾期时转让的：转让人与受让人在出资不足的范围内承担连带责任，受让人不知道且不应当"
                "知道的除外（第88条第2款，只适用于2024年7月1日以后的转让；此前的转让适用公司法解释三第18条，须证明受让人知道"
                "或者应当知道）。",
                "Transferred before the capital was due: the transferee pays, and the transferor "
                "answers for what he fails to pay (Company Law art. 88(1), also for transfers befor"
                "e 1 "
                "July 2024). Transferred when overdue: both answer jointly within the shortfall, "
                "unless the transferee neither knew nor should have known (art. 88(2), for transfer"
                "s "
                "from 1 July 2024; earlier ones fall under Interpretation III art. 18, which needs "
                "proof "
                "that the transferee knew or should have known).",
            )
        },
        "citations": [cite(CL, 88, 1), cite(CL, 88, 2), cite(TE, 4, 1, 1), cite(J3, 18, 1)],
        "choices": [
            choice("no", "没有转让", "No transfer", "capital_dispatch"),
            choice(
                "before_due",
                "转让了，转让时出资还没到期",
                "Transferred while the capital was not yet due",
                "transfer_date",
            ),
            choice(
                "after_due",
                "转让了，转让时出资已经逾期没缴（或者作价明显过高）",
                "Transferred with the capital overdue (or grossly overvalued)",
                "transfer_date",
            ),
        ],
    }
)

TD = "transfer_date"
X_NEW = on_or_after(TD, NEW_LAW)
X_OLD = before(TD, NEW_LAW)
X_OPEN = und(before(TD, NEW_LAW))
node(
    {
        "id": "transfer_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "股权是哪一天转让的？（以变更登记或者记载于股东名册之日为准；只有转让协议的，填协议签订之日）",
            "When were the shares transferred? (the day of registration or entry in the register; "
            "failing that, the day of the agreement)",
        ),
        "label": T("股权转让之日", "the day of the share transfer"),
        "significance": T(
            "转让日期决定适用公司法第88条还是公司法解释三第18条。",
            "The date decides between Company Law art. 88 and Interpretation III art. 18.",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2), cite(TE, 4, 1, 1)],
        "verify": {
            "evidence": [
                T(
                    "股权转让协议、变更登记档案、股东名册",
                    "The transfer agreement, the registry file, the register of shareholders",
                )
            ],
            "effect": T(
                "出资逾期后转让的：2024年7月1日以后转让的，由受让人证明自己不知道且不应当知道；此前转让的，由债权人证明受让人"
                "知道或者应当知道。出资未到期时转让的，新旧都适用公司法第88条第1款。",
                "Overdue capital: for transfers from 1 July 2024 the transferee must prove good fai"
                "th; "
                "for earlier ones the creditor must prove he knew or should have known. Capital not"
                " "
                "yet due: art. 88(1) either way.",
            ),
        },
        "next": "transfer_branch",
    }
)

branch(
    "transfer_branch",
    [
        rule(ans("transfer", "before_due"), "find_sh_i"),
    ],
    otherwise("transferee_signs"),
)

node(
    {
        "id": "transferee_signs",
        "type": "multi",
        "text": T(
            "有没有下列表明受让人受让时知道或者应当知道出资已经逾期的情形（可多选）？",
            "Does anything show that the transferee knew or should have known the capital was "
            "overdue when he took the shares (several allowed)?",
        ),
        "help": {
            "why": T(
                "判断受让人是否知道或者应当知道，通常看：公示系统是否显示实缴为零或者不足、出资日期已过；受让人是不是公司的董事、"
                "高管，或者原股东的亲属、关联公司；转让价格是否为零或者明显偏低。2024年7月1日以后的转让，由受让人证明自己不"
                "知道且不应当知道；此前的转让，由债权人证明受让人知道或者应当知道。",
                "Usual signs: the public record showed nothing or too little paid in, the due date "
                "passed; the transferee was a director or officer, or a relative or affiliate of th"
                "e "
                "transferor; the price was nil or far too low. For transfers from 1 July 2024 the "
                "transferee must prove he neither knew nor should have known; for earlier ones the "
                "creditor must prove that he did.",
            )
        },
        "citations": [cite(CL, 88, 2), cite(J3, 18, 1)],
        "verify": {
            "evidence": [
                T(
                    "受让时公示系统的出资信息截图",
                    "Screenshots of the public capital record at the time",
                ),
                T("转让价格及付款凭证", "The price and proof of its payment"),
                T(
                    "受让人的任职、亲属或者关联关系材料",
                    "The transferee's posts, family or business ties",
                ),
            ],
            "effect": T(
                "有这些情形的，受让人很难证明善意，与转让人承担连带责任；都没有的，2024年7月1日以后的转让由受让人举证善意，此前"
                "的转让受让人不承担责任，除非债权人另有证据。",
                "With such signs the transferee can hardly prove good faith and answers jointly; wi"
                "th "
                "none, for transfers from 1 July 2024 he must still prove good faith, and for earli"
                "er "
                "ones he is not liable unless the creditor has other proof.",
            ),
        },
        "choices": [
            choice(
                "insider",
                "受让人是公司的董事、高级管理人员，或者原股东的亲属、关联方",
                "The transferee was a director or officer, or the transferor's relative or "
                "affiliate",
                "find_sh_j",
            ),
            choice(
                "low_price",
                "转让价格为零或者明显偏低",
                "The price was nil or far too low",
                "find_sh_j",
            ),
            choice(
                "public_info",
                "受让时公示系统显示实缴不足、出资日期已过",
                "The public record showed capital unpaid and overdue",
                "find_sh_j",
            ),
            choice("none", "都没有", "None of these", "find_sh_j", exclusive=True),
            choice("unknown", "不清楚", "Not known", "find_sh_j", unknown_=True),
        ],
        "next": "find_sh_j",
    }
)

ROLE_TRANSFEROR = all_(side(SH), ans("sh_role", "transferor"))
#: The shareholder-side client is the one who owes the overdue capital (not the other party of
#: a transfer).
CLIENT_OWES = not_(
    any_(
        all_(ans("sh_role", "transferee"), ans("transfer", "after_due")),
        all_(ans("sh_role", "transferor"), ans("transfer", "before_due")),
    )
)
ROLE_TRANSFEREE = all_(side(SH), ans("sh_role", "transferee"))
ROLE_OTHER = all_(side(SH), ans("sh_role", "holder"))
SIGNS_ANY = inc("transferee_signs", *SIGNS)
SIGNS_NOT = inc("transferee_signs", "none", "unknown")
X_OLD_BASIS = cite(TE, 4, 1, 1, when=any_(X_OLD, X_OPEN))
SHORTFALL = T(
    "出资不足的范围内（未缴出资本金{amount.overdue_amount}及利息），对公司不能清偿的部分",
    "within the shortfall (unpaid capital {amount.overdue_amount} and interest), for what "
    "the company cannot pay",
)
SHORTFALL_NOAMOUNT = T(
    "出资不足的范围内（未缴出资本息），对公司不能清偿的部分",
    "within the shortfall (unpaid capital and interest), for what the company cannot pay",
)


def with_amount(f: J, amount_when: J, scope: J, scope_plain: J) -> list[J]:
    """A finding whose scope names a figure when the amount was asked, and none otherwise."""
    base = f.get("when")
    return [
        {**f, "scope": scope, "when": all_(base, amount_when) if base else amount_when},
        {
            **f,
            "scope": scope_plain,
            "when": all_(base, not_(amount_when)) if base else not_(amount_when),
        },
    ]


node(
    {
        "id": "find_sh_i",
        "type": "finding",
        "code": "SH-I",
        "title": T(
            "出资未到期时转让股权：受让人缴纳出资，转让人承担补充责任",
            "Shares transferred before the capital was due: the transferee pays, the transferor "
            "answers for what he does not",
        ),
        "summary": [
            variant(
                C_,
                "股东在出资期限届满前转让了股权：缴纳这笔出资的义务随股权转给了受让人{party.transferee}；受让人未按期足额缴纳"
                "的，转让人{party.transferor}对其未缴的部分承担补充责任——这是补充责任，不是连带责任。这一规则也适用于2024年"
                "7月1日以前的转让。你可以通过出资责任的途径（见其他认定）向受让人主张，同时要求转让人承担补充责任。",
                "The shares were transferred before the capital was due: the duty to pay it passed "
                "to "
                "the transferee ({party.transferee}); for what he fails to pay when due, the "
                "transferor ({party.transferor}) answers in second place — supplementary, not joint"
                ", "
                "liability. The rule also covers transfers before 1 July 2024. Claim from the "
                "transferee by the capital routes (see the other findings) and hold the transferor "
                "to "
                "his supplementary liability.",
                when=X_OLD,
            ),
            variant(
                C_,
                "股东在出资期限届满前转让了股权：缴纳这笔出资的义务随股权转给了受让人{party.transferee}；受让人未按期足额缴纳"
                "的，转让人{party.transferor}对其未缴的部分承担补充责任——这是补充责任，不是连带责任。你可以通过出资责任的途径"
                "（见其他认定）向受让人主张，同时要求转让人承担补充责任。",
                "The shares were transferred before the capital was due: the duty to pay it passed "
                "to "
                "the transferee ({party.transferee}); for what he fails to pay when due, the "
                "transferor ({party.transferor}) answers in second place — supplementary, not joint"
                ", "
                "liability. Claim from the transferee by the capital routes (see the other findings"
                ") "
                "and hold the transferor to his supplementary liability.",
            ),
            variant(
                S_,
                "你虽然已经转让了股权，但受让人{party.transferee}未按期足额缴纳出资的，你要对其未缴的部分承担补充责任（不是连带"
                "责任）。你可以抗辩：受让人已经缴纳；出资期限还没到，也没有依法提前到期；应当先由受让人缴纳，受让人能够缴纳的，"
                "你不承担。你承担后可以向受让人追偿。",
                "Though you transferred the shares, you answer in second place for what the "
                "transferee ({party.transferee}) fails to pay when due (supplementary, not joint, "
                "liability). You may answer: the transferee has paid; the capital is not yet due an"
                "d "
                "has not been lawfully called early; the transferee must pay first, and while he ca"
                "n, "
                "you owe nothing. Having paid, you recover from him.",
                when=ROLE_TRANSFEROR,
            ),
            variant(
                S_,
                "缴纳这笔出资的义务随股权转给了你：出资到期（或者依法提前到期）时由你缴纳；公司不能清偿时，债权人可以要求你在未"
                "出资范围内承担责任（见其他认定）。原股东只对你未缴的部分承担补充责任。",
                "The duty to pay this capital passed to you with the shares: you pay when it falls "
                "due "
                "(or is lawfully called early); if the company cannot pay, creditors may hold you t"
                "o "
                "it within the unpaid capital (see the other findings). The former holder answers o"
                "nly "
                "for what you fail to pay.",
                when=ROLE_TRANSFEREE,
            ),
            variant(
                S_,
                "相关股权在出资到期前转让：缴纳义务由受让人承担，转让人对受让人未缴的部分承担补充责任（不是连带责任）。",
                "The shares were transferred before the capital was due: the transferee must pay, a"
                "nd "
                "the transferor answers for what he does not (supplementary, not joint, liability)"
                ".",
            ),
        ],
        "findings": [
            finding(
                "出资责任",
                T(
                    "受让人{party.transferee}（现在的股东）",
                    "the transferee ({party.transferee}), now the shareholder",
                ),
                T(
                    "{party.company}；公司不能清偿时，债权人可以依其他认定向其主张",
                    "the {party.company}; if it "
                    "cannot pay, creditors may claim as the other findings say",
                ),
                T("受让股权对应的未缴出资", "the unpaid capital of the shares acquired"),
                T(
                    "按章程规定的期限缴纳，或者依法提前缴纳；这是出资责任，不是连带责任",
                    "to be paid when due under the articles, or when lawfully called early; a "
                    "duty to contribute, not joint liability",
                ),
                [cite(CL, 88, 1), X_OLD_BASIS],
            ),
            finding(
                "补充责任",
                T("{party.transferor}（转让人）", "the {party.transferor} (the transferor)"),
                T("{party.company}及其债权人", "the {party.company} and its creditors"),
                T("受让人未按期足额缴纳的出资", "what the transferee fails to pay when due"),
                T(
                    "只有在受让人未按期足额缴纳时才承担；先找受让人；这是补充责任，不是连带责任",
                    "only if the transferee fails to pay in time; the transferee first; supplementa"
                    "ry, "
                    "not joint, liability",
                ),
                [cite(CL, 88, 1), X_OLD_BASIS],
            ),
        ],
        "defences": [
            item(
                S_,
                "受让人已经按期缴纳，或者出资期限还没到、也没有依法提前到期。",
                "The transferee has paid, or the capital is not yet due and has not been called "
                "early.",
                when=ROLE_TRANSFEROR,
            ),
            item(
                S_,
                "补充责任：应当先由受让人缴纳，受让人能够缴纳的，你不承担。",
                "Supplementary: the transferee pays first; while he can, you owe nothing.",
                when=ROLE_TRANSFEROR,
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "受让人的出资是因公司不能清偿到期债务而被要求提前缴纳（公司法第54条）、而不是按原定期限到期的，转让人是否也要"
                "承担补充责任，实务中看法不一。",
                "Whether the transferor also answers where the transferee's capital was called earl"
                "y "
                "because the company could not pay (art. 54), rather than falling due, is disputed"
                ".",
                basis=[cite(CL, 54)],
            ),
            warn(
                "caution",
                ALL,
                "转让是为了逃避出资义务的（例如公司负债后转给没有清偿能力的人、零元转让），法院可能不予保护。请收集转让价格、"
                "受让人的身份和财产状况、转让时公司的负债情况。",
                "A transfer made to escape the duty (e.g. to someone without means after the debts "
                "arose, for nothing) may not be protected: collect the price, the transferee's "
                "identity and means, and the company's debts at the time.",
            ),
            warn(
                "caution",
                ALL,
                "2024年7月1日以前，不少法院认为转让未届期股权的原股东原则上不再承担出资责任；公司法时间效力规定第4条第1项改变了"
                "这一点，使公司法第88条第1款也适用于此前的转让。",
                "Before 1 July 2024 many courts freed the transferor of capital not yet due; item 1"
                " "
                "of art. 4 of the temporal-effect provisions changed that, applying art. 88(1) to "
                "earlier transfers too.",
                when=X_OLD,
                basis=[cite(TE, 4, 1, 1)],
            ),
            NOT_LIMITED,
        ],
        "recourse": [
            item(
                ALL,
                "转让人承担补充责任后，可以向受让人追偿（受让人才是缴纳出资的义务人）；转让协议另有约定的，按约定处理。",
                "The transferor who paid recovers from the transferee (who owes the capital); the "
                "transfer agreement may say otherwise.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "起诉时把受让人和转让人一并列为被告：请求受让人承担出资责任，转让人对受让人未缴的部分承担补充责任。",
                "Sue the transferee and the transferor together: the transferee for the capital, "
                "the transferor for what the transferee does not pay.",
            ),
            item(
                ALL,
                "调取股权转让协议和变更登记档案，确认转让日期和转让时章程规定的出资期限。",
                "Obtain the transfer agreement and the registry file: the date and the due date of "
                "the capital at the time.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "股权转让协议、付款凭证、股东名册和变更登记档案",
                "The transfer agreement, payment, register and registry file",
            ),
            item(
                ALL,
                "转让时有效的公司章程（出资额和出资期限）",
                "The articles in force at the transfer (amount and due date)",
            ),
        ],
        "next": "capital_dispatch",
    }
)

J_FINDINGS: list[J] = []
for f in (
    finding(
        "连带责任",
        T(
            "转让人{party.transferor}与受让人{party.transferee}",
            "the transferor ({party.transferor}) and transferee ({party.transferee})",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "对债权人：限于公司不能清偿的部分；转让人与受让人之间没有先后",
            "towards the creditor: what the company cannot pay; no order between them",
        ),
        [cite(CL, 88, 2), cite(J3, 13, 2)],
        when=all_(X_NEW, SIGNS_ANY),
    ),
    finding(
        "连带责任",
        T(
            "转让人{party.transferor}与受让人{party.transferee}",
            "the transferor ({party.transferor}) and transferee ({party.transferee})",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "对债权人：限于公司不能清偿的部分；受让人能证明自己不知道且不应当知道的，由转让人单独承担",
            "towards the creditor: what the company cannot pay; if the transferee proves he "
            "neither knew nor should have known, the transferor answers alone",
        ),
        [cite(CL, 88, 2), cite(J3, 13, 2)],
        sublabel=T("受让人证明善意的除外", "unless the transferee proves good faith"),
        when=all_(X_NEW, SIGNS_NOT),
        depends_on=["transferee_signs"],
    ),
    finding(
        "连带责任",
        T(
            "未缴足出资的转让人{party.transferor}与知道或者应当知道的受让人{party.transferee}",
            "the transferor ({party.transferor}) and the transferee "
            "({party.transferee}) who knew or should have known",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "先由公司清偿；不足部分由转让人补充赔偿，受让人与转让人承担连带责任",
            "the company first; the transferor for the rest, with the transferee jointly",
        ),
        [cite(J3, 18, 1), cite(J3, 13, 2), cite(TE, 1, 2)],
        when=all_(X_OLD, SIGNS_ANY),
    ),
    finding(
        "连带责任",
        T(
            "未缴足出资的转让人{party.transferor}与受让人{party.transferee}",
            "the transferor ({party.transferor}) and the transferee ({party.transferee})",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "须由债权人证明受让人知道或者应当知道",
            "the creditor must prove the transferee knew or should have known",
        ),
        [cite(J3, 18, 1), cite(J3, 13, 2), cite(TE, 1, 2)],
        sublabel=T("若能证明受让人知道或者应当知道", "if the transferee is shown to have known"),
        when=all_(X_OLD, inc("transferee_signs", "unknown")),
        depends_on=["transferee_signs"],
    ),
    finding(
        "连带责任",
        T(
            "转让人{party.transferor}与受让人{party.transferee}",
            "the transferor ({party.transferor}) and transferee ({party.transferee})",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "对债权人：限于公司不能清偿的部分；转让人与受让人之间没有先后",
            "towards the creditor: what the company cannot pay; no order between them",
        ),
        [cite(CL, 88, 2), cite(J3, 18, 1), cite(J3, 13, 2)],
        when=all_(X_OPEN, SIGNS_ANY),
    ),
    finding(
        "连带责任",
        T(
            "转让人{party.transferor}与受让人{party.transferee}",
            "the transferor ({party.transferor}) and transferee ({party.transferee})",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        SHORTFALL,
        T(
            "2024年7月1日以后转让的，受让人能证明善意的由转让人单独承担；此前转让的，须由债权人证明受让人知情",
            "for transfers from 1 July 2024 the transferor answers alone if the transferee "
            "proves good faith; for earlier ones the creditor must prove the transferee knew",
        ),
        [cite(CL, 88, 2), cite(J3, 18, 1), cite(J3, 13, 2)],
        sublabel=T("转让日期待核实", "date of transfer to verify"),
        when=all_(X_OPEN, SIGNS_NOT),
        depends_on=[TD, "transferee_signs"],
    ),
):
    J_FINDINGS += with_amount(f, OVERDUE, SHORTFALL, SHORTFALL_NOAMOUNT)
J_FINDINGS.append(
    finding(
        "不承担责任",
        T("受让人{party.transferee}", "the transferee ({party.transferee})"),
        T("{party.creditor}", "the {party.creditor}"),
        T(
            "没有证据证明受让时知道或者应当知道出资逾期的，不与转让人承担连带责任",
            "without proof that he knew or should have known the capital was overdue, no joint "
            "liability with the transferor",
        ),
        T(
            "须由债权人证明受让人知情（2024年7月1日以前的转让）",
            "the creditor must prove he knew (transfers before 1 July 2024)",
        ),
        [cite(J3, 18, 1), cite(TE, 1, 2)],
        when=all_(X_OLD, inc("transferee_signs", "none")),
    )
)

node(
    {
        "id": "find_sh_j",
        "type": "finding",
        "code": "SH-J",
        "title": T(
            "出资逾期后转让股权：转让人与受让人的责任",
            "Shares transferred with capital overdue: the transferor's and transferee's liability",
        ),
        "summary": [
            variant(
                C_,
                "股东在出资已经逾期时把股权转让给了{party.transferee}，而且有受让人知道或者应当知道的情形（所选情形）：转让人与"
                "受让人在出资不足的范围内，对{party.company}不能清偿的部分承担连带责任。",
                "The shares were transferred to the {party.transferee} with the capital overdue, an"
                "d "
                "there are signs that he knew or should have known: transferor and transferee answe"
                "r "
                "jointly, within the shortfall, for what the {party.company} cannot pay.",
                when=SIGNS_ANY,
            ),
            variant(
                C_,
                "股东在出资已经逾期时把股权转让给了{party.transferee}。2024年7月1日以后的转让：转让人与受让人在出资不足的范围内"
                "承担连带责任；受让人须自己证明不知道且不应当知道，能证明的，由转让人单独承担。",
                "The shares were transferred to the {party.transferee} with the capital overdue. Fo"
                "r "
                "a transfer from 1 July 2024, transferor and transferee answer jointly within the "
                "shortfall; the transferee must prove he neither knew nor should have known, and if"
                " "
                "he does, the transferor answers alone.",
                when=X_NEW,
            ),
            variant(
                C_,
                "股东在出资已经逾期时把股权转让给了{party.transferee}。2024年7月1日以前的转让，须由你证明受让人受让时知道或者应当"
                "知道；目前没有（或者还不清楚有没有）这样的证据，只能要求转让人{party.transferor}在未出资本息范围内承担补充"
                "赔偿责任；找到证据的，可以请求受让人承担连带责任。",
                "The shares were transferred to the {party.transferee} with the capital overdue. Fo"
                "r "
                "a transfer before 1 July 2024 you must prove the transferee knew or should have "
                "known; without such proof, only the transferor ({party.transferor}) answers within"
                " "
                "the unpaid capital; with it, the transferee answers jointly.",
                when=X_OLD,
            ),
            variant(
                C_,
                "股东在出资已经逾期时把股权转让给了{party.transferee}，转让日期待核实：2024年7月1日以后转让的，受让人须证明自己"
                "善意；此前转让的，须由你证明受让人知情。",
                "The shares were transferred to the {party.transferee} with the capital overdue; th"
                "e "
                "date is to be verified: for a transfer from 1 July 2024 the transferee must prove "
                "good faith; for an earlier one you must prove he knew.",
            ),
            variant(
                S_,
                "你的抗辩：受让时你不知道也不应当知道出资已经逾期（公司法第88条第2款但书），举证责任在你。能证明的材料：受让时"
                "查询的公示系统截图显示已实缴或者出资期限未届至；正常的转让价格和付款凭证；你与公司、原股东没有关联，也不在公司"
                "任职。能证明的，由原股东单独承担，你不承担。",
                "Your defence: when you took the shares you neither knew nor should have known the "
                "capital was overdue (art. 88(2), proviso); the burden is yours. What proves it: th"
                "e "
                "public record at the time showing capital paid or not yet due; a normal price and "
                "proof of payment; no tie to the company or the former holder, no post in the compa"
                "ny. "
                "If you prove it, the former holder answers alone.",
                when=all_(ans("sh_role", "transferee"), X_NEW, SIGNS_NOT),
            ),
            variant(
                S_,
                "对方有你受让时知道或者应当知道出资逾期的迹象（所选情形）：你很难证明善意，要与原股东在出资不足的范围内，对公司"
                "不能清偿的部分承担连带责任；承担后可以依转让协议向原股东追偿。",
                "There are signs that you knew or should have known the capital was overdue: good "
                "faith will be hard to prove, and you answer jointly with the former holder, within"
                " "
                "the shortfall, for what the company cannot pay; having paid, you may recover from "
                "him under the transfer agreement.",
                when=all_(ans("sh_role", "transferee"), SIGNS_ANY),
            ),
            variant(
                S_,
                "你的抗辩（2024年7月1日以前的转让）：须由债权人证明你受让时知道或者应当知道出资逾期；没有这样的证据，你不与原股东"
                "承担连带责任。",
                "Your defence (a transfer before 1 July 2024): the creditor must prove you knew or "
                "should have known the capital was overdue; without that proof you bear no joint "
                "liability with the former holder.",
                when=all_(ans("sh_role", "transferee"), X_OLD, not_(SIGNS_ANY)),
            ),
            variant(
                S_,
                "转让日期待核实：2024年7月1日以后转让的，你须证明受让时不知道也不应当知道出资逾期（受让时的公示信息、正常价格、"
                "与公司和原股东没有关联），能证明的不承担责任；此前转让的，须由债权人证明你知情。",
                "The date of transfer is to be verified: for a transfer from 1 July 2024 you must "
                "prove you neither knew nor should have known (the public record, a normal price, n"
                "o "
                "ties), and then owe nothing; for an earlier one the creditor must prove you knew.",
                when=all_(ans("sh_role", "transferee"), X_OPEN, not_(SIGNS_ANY)),
            ),
            variant(
                S_,
                "你在出资已经逾期时转让了股权：你仍须在未出资本息范围内，对公司不能清偿的部分承担补充赔偿责任；受让人知情的，还与"
                "你承担连带责任。你可以抗辩：实际欠缴的数额比对方主张的少（已经缴纳的部分由你举证）；公司还有财产可供执行；已经向"
                "其他债权人承担过同一数额。",
                "You transferred the shares with the capital overdue: you still answer within the "
                "unpaid capital and interest for what the company cannot pay; a transferee who knew"
                " "
                "answers jointly with you. You may answer: less is unpaid than claimed (your burden "
                "to prove what was paid); the "
                "company has assets to seize; you already paid the same amount to another creditor"
                ".",
                when=ROLE_TRANSFEROR,
            ),
            variant(
                S_,
                "相关股权在出资逾期后转让：转让人仍在未出资本息范围内承担补充赔偿责任；受让人知道或者应当知道的，与转让人承担连带"
                "责任。",
                "The shares were transferred with capital overdue: the transferor still answers "
                "within it; a transferee who knew or should have known answers jointly with him.",
            ),
        ],
        "findings": J_FINDINGS,
        "remaining_liability": T(
            "转让人{party.transferor}仍在未出资本息范围内，对公司不能清偿的部分承担补充赔偿责任。",
            "The transferor ({party.transferor}) still answers within the unpaid capital and "
            "interest for what the company cannot pay.",
        ),
        "citations": joint_mechanics(TD),
        "defences": [
            item(
                S_,
                "受让时不知道也不应当知道出资逾期：受让时的公示系统截图、正常价格和付款凭证、与公司和原股东没有关联。",
                "You neither knew nor should have known: the public record at the time, a normal "
                "price and its payment, no tie to the company or the former holder.",
                when=ans("sh_role", "transferee"),
            ),
            item(
                S_,
                "实际欠缴的数额比对方主张的少（已经缴纳的部分由你举证），或者公司还有财产可供执行。",
                "Less is unpaid than claimed (your burden to prove what was paid), or the company "
                "has assets to seize.",
                when=ROLE_TRANSFEROR,
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "对2024年7月1日以前的转让，公司法第88条第2款不溯及适用：由债权人证明受让人知道或者应当知道，而不是由受让人证明"
                "自己善意。",
                "For transfers before 1 July 2024 art. 88(2) does not reach back: the creditor must"
                " "
                "prove the transferee knew or should have known, not the transferee his good faith"
                ".",
                when=X_OLD,
                basis=[cite(TE, 1, 2)],
            ),
            NOT_LIMITED,
            RENEW,
        ],
        "recourse": [
            item(
                ALL,
                "受让人承担责任后，可以向没有缴足出资的转让人追偿，当事人另有约定的除外。",
                "A transferee who paid recovers from the transferor, unless agreed otherwise.",
                when=X_OLD,
            ),
            item(
                ALL,
                "受让人承担责任后，可以依转让协议向转让人追偿；连带责任人之间按各自责任大小分担。",
                "A transferee who paid may recover from the transferor under their agreement; "
                "between those jointly liable the burden follows their shares.",
                when=any_(X_NEW, X_OPEN),
            ),
        ],
        "next_steps": [
            item(
                C_,
                "把公司、转让人和受让人列为共同被告：请求转让人在未出资本息范围内对公司不能清偿的部分承担补充赔偿责任，"
                "受让人承担连带责任。",
                "Sue the company, the transferor and the transferee together: the transferor "
                "within the unpaid capital for what the company cannot pay, the transferee jointly"
                ".",
                when=SUE_COMPANY,
            ),
            item(
                C_,
                "起诉转让人和受让人：请求转让人在未出资本息范围内对判决确定而公司不能清偿的部分承担补充赔偿责任，受让人"
                "承担连带责任。",
                "Sue the transferor and transferee: the transferor within the unpaid capital for wh"
                "at "
                "the company cannot pay of the judgment debt, the transferee jointly.",
                when=JUDGMENT,
            ),
            item(
                ALL,
                "收集受让人知道或者应当知道（或者不知道）的证据：任职记录、亲属或者关联关系、转让价格、受让时的公示信息。",
                "Collect the evidence of what the transferee knew: posts, family or business ties, "
                "the price, the public record at the time.",
            ),
        ],
        "evidence": [
            item(ALL, "股权转让协议、价格及付款凭证", "The transfer agreement, price and payment"),
            item(
                ALL,
                "受让时公示系统的出资信息（截图或者公证）",
                "The public capital record at the time (screenshots or notarised)",
            ),
            item(
                ALL,
                "受让人与公司、转让人的关系（任职、亲属、关联公司）的材料",
                "The transferee's ties to "
                "the company and the transferor (posts, family, affiliates)",
            ),
        ],
        "next": "capital_dispatch",
    }
)

branch(
    "capital_dispatch",
    [
        rule(
            BANKRUPT,
            "find_sh_g",
            T(
                "公司已进入破产程序：管理人要求股东缴纳全部认缴而未缴的出资，不受出资期限限制。",
                "The company is in bankruptcy: the administrator calls in all unpaid capital "
                "whatever its term.",
            ),
            [cite(EBL, 35)],
        ),
        rule(
            any_(DISSOLVED, DEREGISTERED),
            "find_sh_n",
            T(
                "公司已解散或者注销：股东尚未缴纳的出资（包括未到期的）都是清算财产。",
                "The company is dissolved or deregistered: all unpaid capital, due or not, belongs "
                "to the estate.",
            ),
            [cite(J2, 22, 1)],
        ),
        rule(OVERDUE, "shortfall_origin"),
    ],
    otherwise("unexpired_gate"),
)

node(
    {
        "id": "shortfall_origin",
        "type": "choice",
        "text": T("逾期没缴的是哪一次的出资？", "Which contribution is overdue?"),
        "help": {
            "why": T(
                "公司设立时股东没有缴足的，设立时的其他股东（股份有限公司的发起人）要与该股东在出资不足的范围内承担连带责任。增资"
                "时没有缴足的，没有尽到核查、催缴义务的董事、高级管理人员可能承担相应的责任。其他情况一般只涉及欠缴的股东本人。",
                "A shortfall at formation makes the other founding shareholders (promoters of a joi"
                "nt "
                "stock company) jointly liable within it. A shortfall on a capital increase may mak"
                "e "
                "the directors and officers who failed to check and call it answer in proportion. "
                "Otherwise only the shareholder himself answers.",
            ),
            "glossary": ["promoter"],
        },
        "citations": [cite(CL, 50), cite(CL, 99), cite(J3, 13, 3), cite(J3, 13, 4)],
        "choices": [
            choice(
                "formation",
                "公司设立时应当缴足的出资（或者设立时作价明显过高的非货币出资）",
                "Capital due at formation (or a non-cash contribution grossly overvalued at "
                "formation)",
                "formation_date",
                T(
                    "设立时的其他股东（发起人）在出资不足的范围内承担连带责任。",
                    "The other founders answer jointly within the shortfall.",
                ),
            ),
            choice(
                "increase",
                "公司增资时认缴的出资",
                "Capital subscribed on an increase",
                "forfeiture",
                T(
                    "没有尽到义务的董事、高级管理人员可能承担相应的责任。",
                    "Directors and officers who failed in their duty may answer in proportion.",
                ),
            ),
            choice(
                "later",
                "其他（例如设立时约定以后分期缴纳、到期没缴的出资）",
                "Other (e.g. instalments agreed at formation to be paid later)",
                "forfeiture",
                T("一般只涉及欠缴的股东本人。", "As a rule only the shareholder himself answers."),
            ),
        ],
    }
)

FD = "formation_date"
F_NEW = on_or_after(FD, NEW_LAW)
F_OLD = before(FD, NEW_LAW)
F_OPEN = und(before(FD, NEW_LAW))
node(
    {
        "id": "formation_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "公司是哪一天成立的？（营业执照上的“成立日期”）",
            "When was the company formed? (the 'date of formation' on its licence)",
        ),
        "label": T("公司成立之日", "the day the company was formed"),
        "significance": T(
            "2024年7月1日以后成立的，设立时出资不足适用公司法第50条（股份有限公司第99条）；此前成立的，适用公司法解释三第13条"
            "第3款。",
            "Formed from 1 July 2024: a shortfall at formation falls under Company Law art. 50 (art"
            ". "
            "99 for joint stock companies); earlier: Interpretation III art. 13(3).",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "营业执照或者公示系统的成立日期",
                    "The date of formation on the licence or the public record",
                )
            ],
            "effect": T(
                "只决定适用的条文，设立时的其他股东都承担连带责任。",
                "It decides only which "
                "article applies; the other founders answer jointly either way.",
            ),
        },
        "next": "forfeiture",
    }
)

E_WHO = [
    (
        all_(not_(ans("transfer", "before_due", "after_due")), ans("nominee", "registered")),
        T("{party.defaulter}", "the {party.defaulter}"),
    ),
    (
        all_(not_(ans("transfer", "before_due", "after_due")), ans("nominee", "nominee")),
        T(
            "{party.defaulter}（登记的股东，即使只是代持的名义股东）",
            "the {party.defaulter} (the registered shareholder, even if only a nominee)",
        ),
    ),
    (
        all_(not_(ans("transfer", "before_due", "after_due")), ans("nominee", "security")),
        T(
            "原股东（为担保借款把股权登记在出借人名下的股东）",
            "the original shareholder (who registered the shares to a lender as security)",
        ),
    ),
    (
        ans("transfer", "before_due"),
        T(
            "受让人{party.transferee}（受让时出资还没到期，缴纳义务随股权转给了受让人）",
            "the transferee ({party.transferee}) — the capital was not yet due at the transfer, so "
            "the duty passed to him",
        ),
    ),
    (
        ans("transfer", "after_due"),
        T(
            "没有缴足出资就转让股权的原股东{party.transferor}",
            "the {party.transferor}, who transferred the shares with the capital unpaid",
        ),
    ),
    (
        side(DIR),
        T(
            "{party.defaulter}（增资时没有缴足出资）",
            "the {party.defaulter} (who did not pay in full on the increase)",
        ),
    ),
]
E_SCOPE = T(
    "在未出资本息范围内（未缴出资本金{amount.overdue_amount}及自应缴之日起的利息），对{party.company}不能清偿的部分"
    "承担；不超过公司所欠的{amount.debt_amount}；已经向其他债权人承担过的部分不再承担",
    "within the unpaid capital and interest (principal {amount.overdue_amount}, with interest "
    "from the due date), for what the {party.company} cannot pay; at most the "
    "{amount.debt_amount} it owes; less what was already paid to other creditors",
)
E_ORDER = T(
    "先由公司清偿；公司财产不足清偿的部分由股东补充承担；这是补充责任，不是连带责任",
    "the company first; the shareholder makes good what its assets cannot pay; supplementary, "
    "not joint, liability",
)
E_BASIS = [
    cite(J3, 13, 2),
    cite(CL, 49, 1, when=all_(LLC, OD_NEW)),
    cite(CL18, 28, 1, when=all_(LLC, OD_OLD)),
    cite(CL, 98, 1, when=all_(JSC, OD_NEW)),
    cite(CL18, 83, 1, when=all_(JSC, OD_OLD)),
    cite(TE, 1, 2, when=before(OD, NEW_LAW)),
    cite(J3, 26, 1, when=ans("nominee", "nominee")),
    cite(CL, 88, 1, when=ans("transfer", "before_due")),
    cite(TE, 4, 1, 1, when=all_(ans("transfer", "before_due"), any_(X_OLD, X_OPEN))),
]
E_FINDINGS = [
    finding(
        "补充责任",
        who,
        T("{party.creditor}", "the {party.creditor}"),
        E_SCOPE,
        E_ORDER,
        E_BASIS,
        sublabel=T("补充赔偿责任，不是连带责任", "supplementary liability for damages, not joint"),
        when=cond,
    )
    for cond, who in E_WHO
]
INCREASE = any_(
    ans("shortfall_origin", "increase"), all_(side(DIR), inc("dir_capital", "increase_unpaid"))
)
#: 公司法解释三13(4): the directors and officers who failed to check and call the capital.
E4 = finding(
    "相应的责任",
    T(
        "未尽忠实、勤勉义务（没有核查、催缴）而使增资没有缴足的董事、高级管理人员{party.director}",
        "the directors and officers ({party.director}) whose breach of duty (no check, no call) "
        "left the increase unpaid",
    ),
    T("{party.creditor}", "the {party.creditor}"),
    T(
        "与其过错相应的部分，以欠缴股东的补充赔偿责任（未缴出资本金{amount.overdue_amount}及利息）为限；对债权人的清偿"
        "合计不超过公司所欠的{amount.debt_amount}",
        "in proportion to their fault, within the shareholder's own liability (principal "
        "{amount.overdue_amount} and interest); in all, at most the {amount.debt_amount} the "
        "company owes",
    ),
    T(
        "与欠缴的股东一并被诉；承担后可以向该股东追偿；不是连带责任。该款所说的“公司法第一百四十七条第一款”是2018年"
        "公司法关于忠实、勤勉义务的规定，现为公司法第180条",
        "sued with the shareholder; having paid, they recover from him; not joint liability. The "
        "'Company Law art. 147(1)' the paragraph refers to is the 2018 law's duty of loyalty and "
        "diligence, now Company Law art. 180",
    ),
    [
        cite(J3, 13, 4),
        cite(CL18, 147, 1, when=OD_OLD),
        cite(CL, 180, 2, when=OD_NEW),
        cite(CL, 51, 1, when=OD_NEW),
    ],
)
NOT_CALLED = ans("forfeiture", "none")
E_FINDINGS += [
    {**E4, "when": all_(INCREASE, side(DIR))},
    {
        **E4,
        "sublabel": T(
            "若董事、高级管理人员没有核查、催缴",
            "if the directors and officers neither checked nor called it",
        ),
        "when": all_(INCREASE, side(CRED, SH), NOT_CALLED),
    },
    finding(
        "不承担责任",
        T(
            "为担保借款而登记为股东的出借人",
            "the lender registered as shareholder only as security",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        T(
            "不因出资不足承担责任；应当追究原来的股东",
            "not liable for the capital shortfall; the original shareholder is",
        ),
        T("—", "—"),
        [cite(GI, 69)],
        when=ans("nominee", "security"),
    ),
]

node(
    {
        "id": "find_sh_e",
        "type": "finding",
        "code": "SH-E",
        "title": T(
            "逾期未缴出资：股东在未出资本息范围内承担补充赔偿责任（增资时未尽催缴义务的董事、高级管理人员承担相应的责任）",
            "Overdue capital: the shareholder answers within the unpaid capital and interest (and "
            "directors or officers who failed to call a capital increase answer correspondingly)",
        ),
        "summary": [
            variant(
                C_,
                "有股东没有按期缴足出资。你可以请求{party.defaulter}在未出资本息范围内（本金{amount.overdue_amount}及利息），"
                "对{party.company}不能清偿的部分承担补充赔偿责任。这不是连带责任，也不是对全部债务负责：先由公司清偿，股东只补足公司不能清偿的"
                "部分，以欠缴的出资加利息为上限；该股东已经向其他债权人承担过的，其他债权人不能再就同一数额请求，应尽快主张。",
                "The {party.defaulter} did not pay his capital in full when due (principal "
                "{amount.overdue_amount}). You may hold him liable within the unpaid capital and "
                "interest for what the {party.company} cannot pay. This is not joint liability and "
                "not "
                "liability for the whole debt: the company pays first, the shareholder makes good w"
                "hat "
                "it cannot, up to the unpaid capital and interest; once he has paid that to one "
                "creditor, others cannot claim it again — act soon.",
            ),
            variant(
                S_,
                "你的抗辩：股权只是为担保借款才登记在你名下，你不因出资不足对公司债务承担责任（担保制度解释第69条），应当追究原来"
                "的股东。",
                "Your defence: the shares are registered to you only as security for a loan, so you"
                " "
                "are not liable for the capital shortfall (Guarantee Interpretation art. 69); the "
                "original shareholder is.",
                when=all_(ans("nominee", "security"), ans("sh_role", "holder", "transferee")),
            ),
            variant(
                S_,
                "这一项的责任人是{party.transferor}：他没有缴足出资就转让了股权，仍在未出资本息范围内（本金"
                "{amount.overdue_amount}及利息）对{party.company}不能清偿的部分承担补充赔偿责任。你作为受让人是否与他承担连带"
                "责任，见关于股权转让的一项。",
                "The liable person here is the {party.transferor}: he transferred the shares with t"
                "he "
                "capital unpaid and still answers within it (principal {amount.overdue_amount} and "
                "interest) for what the {party.company} cannot pay. Whether you, as transferee, ans"
                "wer "
                "jointly with him is the finding on the transfer.",
                when=all_(ans("sh_role", "transferee"), ans("transfer", "after_due")),
            ),
            variant(
                S_,
                "这一项的责任人是{party.transferee}：出资义务随股权转给了他，他在未出资本息范围内（本金{amount.overdue_amount}"
                "及利息）对{party.company}不能清偿的部分承担补充赔偿责任。你对他未按期缴纳的部分承担补充责任，见关于股权转让"
                "的一项。",
                "The liable person here is the {party.transferee}: the duty passed to him with the "
                "shares, and he answers within the unpaid capital (principal {amount.overdue_amount"
                "} "
                "and interest) for what the {party.company} cannot pay. You answer for what he fail"
                "s "
                "to pay — see the finding on the transfer.",
                when=all_(ans("sh_role", "transferor"), ans("transfer", "before_due")),
            ),
            variant(
                S_,
                "对方可以要求你在未出资本息范围内（本金{amount.overdue_amount}及利息），对{party.company}不能清偿的部分承担补充"
                "赔偿责任——这不是连带责任，以欠缴的出资加利息为限。你可以抗辩：实际欠缴的数额比对方主张的少"
                "（已经缴纳的部分由你举证）；已经向其他债权人承担过同一数额（其他抗辩见下）。你不能以出资义务本身过了诉讼时效抗辩。",
                "The creditor may hold you liable within the unpaid capital and interest (principal"
                " "
                "{amount.overdue_amount}) for what the {party.company} cannot pay — not joint "
                "liability, capped by the unpaid capital and interest. You may answer: less is "
                "unpaid than claimed (your burden to prove what was paid); you already paid the same amount to another creditor (the "
                "other defences follow). You cannot plead that the duty to contribute is itself "
                "time-barred.",
            ),
            variant(
                D_,
                "对方主张：股东在公司增资时没有缴足出资，你作为董事、高级管理人员没有尽到核查、催缴的义务，应当承担相应的责任——"
                "范围与你的过错相应，并以该股东未出资本息（本金{amount.overdue_amount}及利息）为限，不是连带责任。你可以抗辩：已经"
                "核查并书面催缴；出资期限届满时你不在任；你承担后可以向该股东追偿。",
                "The creditor says a shareholder did not pay his share of a capital increase and th"
                "at "
                "you, as director or officer, failed to check and call it, so you answer in "
                "proportion to your fault, within his unpaid capital and interest (principal "
                "{amount.overdue_amount}) — not joint liability. You may answer: you checked and "
                "called it in writing; you were not in office when it fell due; having paid, you "
                "recover from the shareholder.",
            ),
        ],
        "findings": E_FINDINGS,
        "defences": [
            item(
                S_,
                "已经缴纳了一部分的，只在实际欠缴的本息范围内承担（已经缴纳的部分由你证明：进账凭证、验资报告、财产权转移手续）。",
                "Part was paid: you answer only within what is actually unpaid and its interest "
                "(your proof of what was paid: payment vouchers, verification, transfer of title).",
                when=CLIENT_OWES,
            ),
            item(
                S_,
                "公司还有财产可供执行：补充责任以公司不能清偿为前提。",
                "The company has assets to "
                "seize: supplementary liability presupposes it cannot pay.",
                when=not_(ENFORCEMENT_FAILED),
            ),
            item(
                S_,
                "已经向其他债权人承担过同一数额的补充赔偿责任，不再重复承担。",
                "You already paid the same amount to another creditor and need not pay it twice.",
                when=CLIENT_OWES,
            ),
            item(
                S_,
                "债权人对公司的债权可能已过诉讼时效（见期限）：已经届满的，可以据此抗辩（公司法解释三第19条第2款）。",
                "The creditor's claim against the company may be time-barred (see the deadlines): "
                "if so, plead it (Interpretation III art. 19(2)).",
                when=any_(BARRED, BARRED_OPEN),
            ),
            item(
                D_,
                "已经核查股东出资并书面催缴（公司发出的催缴书、失权通知）；或者出资期限届满时你不在任。",
                "You checked the capital and "
                "called it in writing; or you were not in office when it fell due.",
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "欠缴出资不等于人格否认：这名股东只在欠缴的本息范围内负责，不对公司的全部债务承担连带责任。要让股东对全部债务"
                "负责，须另外证明他滥用了公司的独立地位。",
                "Unpaid capital is not veil piercing: the shareholder answers only within the unpai"
                "d "
                "capital and interest, not jointly for all the company's debts. That would need pro"
                "of "
                "of abuse.",
                when=not_(side(DIR)),
            ),
            warn(
                "caution",
                ALL,
                "先到先得：股东向某一个债权人承担了补充赔偿责任后，其他债权人不能就同一数额再次请求。",
                "First come, first served: once the shareholder has paid one creditor, others canno"
                "t "
                "claim the same amount.",
                basis=[cite(J3, 13, 2)],
            ),
            NOT_LIMITED,
            NOT_YET_SHOWN,
            NOT_YET_SHOWN_J,
            NOT_YET_SHOWN_D,
            warn(
                "caution",
                ALL,
                "董事会应当核查股东出资，发现逾期未缴的由公司书面催缴；未及时催缴给公司造成损失的，负有责任的董事对公司承担赔偿"
                "责任（这一请求属于公司）。",
                "The board must check contributions and the company must call overdue capital in "
                "writing; directors whose failure caused the company loss owe damages to the compan"
                "y "
                "(a claim of the company).",
                when=INCREASE,
                basis=[cite(CL, 51, 1), cite(CL, 51, 2)],
            ),
            warn(
                "caution",
                ALL,
                "公司已经书面催缴这笔增资出资（或者已经发出失权通知）：董事、高级管理人员已经履行了核查、催缴的义务，一般不因"
                "增资没有缴足而依公司法解释三第13条第4款承担责任；债权人认为催缴流于形式的，须另有证据。",
                "The company called this capital in writing (or sent a forfeiture notice): the "
                "directors and officers did check and call it, so as a rule they do not answer "
                "under Interpretation III art. 13(4) for the shortfall; a creditor who says the "
                "call was a sham needs other proof.",
                when=all_(INCREASE, ans("forfeiture", "demanded", "forfeited")),
                basis=[cite(J3, 13, 4), cite(CL, 51, 1)],
            ),
            RENEW,
        ],
        "recourse": [
            item(
                ALL,
                "名义股东承担责任后，可以向实际出资人追偿。",
                "A nominee who paid recovers from the real investor.",
                when=ans("nominee", "nominee"),
            ),
            item(
                ALL,
                "董事、高级管理人员承担责任后，可以向欠缴出资的股东追偿。",
                "Directors and officers who paid recover from the shareholder.",
                when=all_(INCREASE, any_(side(DIR), NOT_CALLED)),
            ),
            item(
                ALL,
                "股东补足的是自己欠公司的出资，不能向公司追偿；公司或者其他股东也可以要求他向公司缴足出资。",
                "The shareholder pays his own debt of capital and cannot recover it from the compan"
                "y; "
                "the company or other shareholders may also require him to pay it in.",
                when=not_(side(DIR)),
            ),
        ],
        "next_steps": [
            item(
                C_,
                "在同一诉讼中起诉{party.company}和欠缴出资的股东，请求股东在未出资本息范围内对公司不能清偿的部分承担补充"
                "赔偿责任；利息一般从出资应缴之日起算。",
                "Sue the {party.company} and the shareholder together, claiming his supplementary "
                "liability within the unpaid capital and interest (interest usually from the due "
                "date).",
                when=SUE_COMPANY,
            ),
            item(
                C_,
                "另行起诉欠缴出资的股东，请求其在未出资本息范围内对判决确定而公司不能清偿的部分承担补充赔偿责任。",
                "Sue the shareholder separately within the unpaid capital for what the company "
                "cannot pay of the judgment debt.",
                when=JUDGMENT,
            ),
            item(
                DEF,
                "收集已经缴纳出资（哪怕只是一部分）或者已经核查、催缴的证据。",
                "Collect proof of any capital paid (even in part) or that it was checked and called.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "公司章程及历次章程修正案（认缴额、出资方式和出资日期）",
                "The articles and every amendment (amounts, form and due dates)",
            ),
            PAYMENT_EVIDENCE,
            item(
                ALL,
                "验资报告、出资进账凭证（或者证明没有这些凭证的材料）",
                "Verification reports and payment vouchers (or proof that there are none)",
            ),
            item(
                ALL,
                "代持协议或者其他证明代持的材料",
                "The nominee agreement or other proof of nominee holding",
                when=ans("nominee", "nominee"),
            ),
            item(
                ALL,
                "增资的股东会决议、董事会记录、催缴情况",
                "The resolution on the increase, board minutes, calls made",
                when=INCREASE,
            ),
        ],
        "next": "after_sh_e",
    }
)

branch(
    "after_sh_e",
    [
        rule(all_(side(CRED, SH), ans("shortfall_origin", "formation")), "find_sh_f"),
        rule(side(CRED, SH), "forfeiture_branch"),
    ],
    otherwise("dir_withdrawal_branch"),
)

F_SCOPE = T(
    "出资不足的范围内（未缴出资本金{amount.overdue_amount}及利息），对公司不能清偿的部分",
    "within the shortfall (principal {amount.overdue_amount} and interest), for what the "
    "company cannot pay",
)
F_ORDER = T(
    "与欠缴出资的股东之间没有先后；对债权人限于公司不能清偿的部分",
    "no order between them and the defaulting shareholder; towards the creditor, what the "
    "company cannot pay",
)
F_FINDINGS: list[J] = []
for f in (
    finding(
        "连带责任",
        T(
            "公司设立时的其他股东与没有足额出资的股东",
            "the other founding shareholders and the one who did not pay in full",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        F_SCOPE,
        F_ORDER,
        [cite(CL, 50)],
        when=LLC,
    ),
    finding(
        "连带责任",
        T(
            "其他发起人与没有足额缴纳股款的发起人",
            "the other promoters and the one who did not pay in full",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        F_SCOPE,
        F_ORDER,
        [cite(CL, 99)],
        when=JSC,
    ),
):
    F_FINDINGS += dated(
        f, F_NEW, F_OPEN, "若公司在2024年7月1日以后成立", "if formed from 1 July 2024", FD
    )
for f in (
    finding(
        "连带责任",
        T(
            "公司的发起人（设立时的其他股东）与没有履行出资义务的股东",
            "the founders (the other founding shareholders) and the defaulting shareholder",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        F_SCOPE,
        F_ORDER,
        [cite(J3, 13, 3), cite(TE, 1, 2)],
        when=LLC,
    ),
    finding(
        "连带责任",
        T("其他发起人与没有缴足出资的发起人", "the other promoters and the defaulting promoter"),
        T("{party.creditor}", "the {party.creditor}"),
        F_SCOPE,
        F_ORDER,
        [cite(J3, 13, 3), cite(CL18, 93, 1), cite(CL18, 93, 2), cite(TE, 1, 2)],
        when=JSC,
    ),
):
    F_FINDINGS += dated(
        f, F_OLD, F_OPEN, "若公司在2024年7月1日以前成立", "if formed before 1 July 2024", FD
    )

node(
    {
        "id": "find_sh_f",
        "type": "finding",
        "code": "SH-F",
        "title": T(
            "公司设立时出资不足：设立时的其他股东在出资不足范围内承担连带责任",
            "A shortfall at formation: the other founders answer jointly within it",
        ),
        "summary": [
            variant(
                C_,
                "股东在公司设立时没有按章程缴足出资（或者非货币出资作价明显过高）。设立时的其他股东（股份有限公司为其他发起人）"
                "与该股东在出资不足的范围内承担连带责任：你可以请求其中任何一人在这一范围内，对公司不能清偿的部分承担责任。这一"
                "连带责任以出资不足的数额为限，不是对公司全部债务的连带责任。",
                "A shareholder did not pay in full at formation (or a non-cash contribution was "
                "grossly overvalued). The other founders (promoters) answer jointly with him within"
                " "
                "the shortfall: you may claim from any of them, within it, what the company cannot "
                "pay. "
                "The joint liability is capped by the shortfall; it is not joint liability for all "
                "the "
                "company's debts.",
            ),
            variant(
                S_,
                "对方主张：你作为公司设立时的股东（发起人），与没有缴足出资的股东在出资不足的范围内承担连带责任（以出资不足的"
                "数额为限，不是对公司全部债务的连带责任）。你可以抗辩：你不是设立时的股东；欠缴的出资不是设立时应当缴纳的（例如"
                "成立后才到期的分期出资）；该股东已经缴足。你承担后可以向该股东追偿。",
                "The creditor says that as a founding shareholder (promoter) you answer jointly wit"
                "h "
                "the one who did not pay in full, within the shortfall (capped by it — not all the "
                "company's debts). You may answer: you were no founder; the capital was not due at "
                "formation (e.g. an instalment due later); it has been paid. Having paid, you recov"
                "er "
                "from him.",
            ),
        ],
        "findings": F_FINDINGS,
        "citations": claim_mechanics(DUE_EARLY),
        "defences": [
            item(S_, "你不是公司设立时的股东（发起人）。", "You were not a founding shareholder."),
            item(
                S_,
                "欠缴的出资不是设立时应当缴纳的，而是成立后才到期的分期出资。",
                "The unpaid capital was not due at formation but an instalment falling due later.",
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "公司在2024年7月1日以前成立、作为出资的非货币财产的实际价额显著低于章程所定价额的，由交付该出资的股东补足"
                "差额，设立时的其他股东承担连带责任。",
                "For a company formed before 1 July 2024, where a non-cash contribution was worth "
                "far less than the articles said, the contributor makes up the difference and the "
                "other founders answer jointly.",
                when=all_(LLC, any_(F_OLD, F_OPEN)),
                basis=[cite(CL18, 30)],
            ),
            warn(
                "contested",
                ALL,
                "“设立时”没有缴足，是否包括设立时认缴、但约定以后才到期的分期出资，存在争议；较多观点限于设立时依章程应当实缴的"
                "部分，以及作价不实的非货币出资。",
                "Whether 'at formation' covers instalments subscribed then but due later is "
                "disputed; most views limit it to what the articles required paid at formation, and"
                " "
                "overvalued non-cash contributions.",
            ),
            NOT_LIMITED,
        ],
        "recourse": [
            item(
                ALL,
                "承担了责任的其他股东（发起人）可以向没有出资的股东追偿。",
                "The founders who paid recover from the defaulting shareholder.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "把公司设立时的全体股东（发起人）一并列为被告，请求其与欠缴的股东承担连带责任。",
                "Join all founding shareholders (promoters), claiming joint liability with the "
                "defaulting one.",
            ),
            item(
                ALL,
                "调取设立登记档案，确认设立时的股东名单、章程规定的缴纳时间和非货币出资的评估报告。",
                "Obtain the formation file: the founders, the payment dates in the articles, the "
                "valuation of non-cash contributions.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "设立时的公司章程、股东名单和设立登记档案",
                "The articles at formation, the founders and the formation file",
            ),
            item(
                ALL,
                "验资报告、评估报告（非货币出资）、财产权转移手续",
                "Verification and valuation reports, transfers of title",
            ),
        ],
        "next": "forfeiture_branch",
    }
)

node(
    {
        "id": "forfeiture",
        "type": "choice",
        "text": T(
            "公司是否已经向欠缴出资的股东发出书面催缴书，或者已经通知其丧失股权（失权）？",
            "Has the company sent the defaulting shareholder a written call, or notified him that h"
            "e "
            "forfeits his shares?",
        ),
        "help": {
            "why": T(
                "股东逾期未缴的，公司书面催缴，可以给不少于六十日的宽限期；宽限期届满仍不缴的，经董事会决议可以书面通知其丧失"
                "未缴出资的股权。失权的股权六个月内既没转让也没注销的，由其他股东按出资比例足额缴纳（公司法第52条，2024年7月1日"
                "起施行；股份有限公司依第107条同样适用）。股东对失权有异议的，应在接到通知之日起三十日内起诉。",
                "The company calls overdue capital in writing and may give at least sixty days' gra"
                "ce; "
                "if still unpaid, the board may resolve to notify him that he forfeits the unpaid "
                "shares. If within six months they are neither transferred nor cancelled, the other"
                " "
                "shareholders pay in proportion (Company Law art. 52, from 1 July 2024; art. 107 fo"
                "r "
                "joint stock companies). An objection must be brought to court within thirty days o"
                "f "
                "receiving the notice.",
            ),
            "glossary": ["forfeiture"],
        },
        "citations": [
            cite(CL, 51, 1),
            cite(CL, 52, 1),
            cite(CL, 52, 2),
            cite(CL, 52, 3),
            cite(CL, 107),
        ],
        "choices": [
            choice("none", "没有，或者不清楚", "No, or not known", "find_sh_e"),
            choice(
                "demanded",
                "已经发出书面催缴书，还没有失权",
                "A written call was sent; no forfeiture yet",
                "demand_date",
            ),
            choice(
                "forfeited", "已经发出失权通知", "A forfeiture notice was sent", "forfeiture_date"
            ),
        ],
    }
)

node(
    {
        "id": "demand_date",
        "type": "date",
        "text": T("催缴书是哪一天发出的？", "On which day was the written call sent?"),
        "label": T("催缴书发出之日", "the day the call was sent"),
        "significance": T(
            "用来计算宽限期最早的届满日。", "It gives the earliest end of the grace period."
        ),
        "citations": [cite(CL, 52, 1)],
        "next": "find_sh_e",
    }
)

node(
    {
        "id": "forfeiture_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T("失权通知是哪一天发出的？", "On which day was the forfeiture notice sent?"),
        "label": T("失权通知发出之日", "the day the forfeiture notice was sent"),
        "significance": T(
            "失权的股权六个月内没有转让或者注销的，由其他股东按出资比例缴纳。",
            "If the forfeited shares are neither transferred nor cancelled within six "
            "months, the other shareholders pay in proportion.",
        ),
        "citations": [cite(CL, 52, 2)],
        "verify": {
            "evidence": [
                T(
                    "失权通知、董事会决议及送达记录",
                    "The notice, the board resolution and proof of delivery",
                )
            ],
            "effect": T(
                "决定六个月是否已满、其他股东是否已经须按比例缴纳。",
                "It decides whether the six months have run and the others must pay.",
            ),
        },
        "next": "forfeited_fate",
    }
)

node(
    {
        "id": "forfeited_fate",
        "type": "choice",
        "text": T("失权的股权后来怎样了？", "What became of the forfeited shares?"),
        "choices": [
            choice("transferred", "已经依法转让", "Lawfully transferred", "forfeiture_mark"),
            choice(
                "cancelled",
                "已经减少注册资本并注销",
                "Cancelled by reducing the registered capital",
                "forfeiture_mark",
            ),
            choice("neither", "既没有转让也没有注销", "Neither", "forfeiture_mark"),
        ],
    }
)

FORFEIT_DUE_SIG = T(
    "失权后六个月已满，股权既没有转让也没有注销：其他股东须按出资比例足额缴纳。",
    "Six months have passed with the shares neither transferred nor cancelled: the other "
    "shareholders must pay in proportion.",
)
FORFEIT_OPEN_SIG = T(
    "失权通知的日期待核实：六个月是否已满不能确定。",
    "The date of the notice is to be verified: whether six months have passed is open.",
)
branch(
    "forfeiture_mark",
    [
        rule(all_(ans("forfeited_fate", "neither"), passed("forfeiture_window")), "forfeit_due"),
        rule(
            all_(ans("forfeited_fate", "neither"), und(passed("forfeiture_window"))),
            "forfeit_open",
        ),
    ],
    otherwise("find_sh_e"),
)
# Markers read by the conditions after the findings on overdue capital.
branch(
    "forfeit_due",
    [rule(JSC, "find_sh_e", FORFEIT_DUE_SIG, [cite(CL, 52, 2), cite(CL, 107)])],
    otherwise("find_sh_e", FORFEIT_DUE_SIG, [cite(CL, 52, 2)]),
)
branch(
    "forfeit_open",
    [rule(JSC, "find_sh_e", FORFEIT_OPEN_SIG, [cite(CL, 107)])],
    otherwise("find_sh_e", FORFEIT_OPEN_SIG),
)
FORFEIT_DUE = reached("forfeit_due")
FORFEIT_OPEN = reached("forfeit_open")

branch(
    "forfeiture_branch",
    [
        rule(FORFEIT_DUE, "find_sh_o"),
        rule(FORFEIT_OPEN, "find_sh_o"),
    ],
    otherwise("unexpired_gate"),
)

O_FINDING = finding(
    "出资责任",
    T(
        "公司的其他股东（按各自的出资比例）",
        "the other shareholders (in proportion to their contributions)",
    ),
    T("{party.company}", "the {party.company}"),
    T(
        "失权股权对应的未缴出资（本金{amount.overdue_amount}），按出资比例分担",
        "the unpaid capital of "
        "the forfeited shares (principal {amount.overdue_amount}), shared in proportion",
    ),
    T(
        "失权后六个月内股权没有转让或者注销时；缴入公司；不是对公司债务的连带责任",
        "once six months pass with the shares neither transferred nor cancelled; paid to the "
        "company; not joint liability for the company's debts",
    ),
    [cite(CL, 52, 2), cite(CL, 107, when=JSC)],
)
node(
    {
        "id": "find_sh_o",
        "type": "finding",
        "code": "SH-O",
        "title": T(
            "失权后的补足：其他股东按出资比例缴纳失权股权的出资",
            "After forfeiture: the other shareholders pay the forfeited capital in proportion",
        ),
        "summary": [
            variant(
                C_,
                "欠缴出资的股东已经失权，失权的股权六个月内既没有转让也没有注销：公司的其他股东须按出资比例足额缴纳相应出资"
                "（本金{amount.overdue_amount}），缴入公司。这是他们对公司的出资责任，不是对公司债务的连带责任；公司能收回的出资"
                "增加了可供执行的财产。",
                "The defaulting shareholder forfeited his shares, and within six months they were "
                "neither transferred nor cancelled: the other shareholders must pay the capital "
                "(principal {amount.overdue_amount}) into the company in proportion. That is their "
                "duty to the company, not joint liability for its debts; what the company collects "
                "adds to the assets you can enforce against.",
                when=FORFEIT_DUE,
            ),
            variant(
                C_,
                "欠缴出资的股东已经失权，失权的股权既没有转让也没有注销，但失权通知的日期待核实：自通知发出之日起满六个月的，公司"
                "的其他股东须按出资比例足额缴纳相应出资（缴入公司），这不是对公司债务的连带责任。",
                "The defaulting shareholder forfeited his shares, neither transferred nor cancelled"
                ", "
                "but the date of the notice is to be verified: six months after it, the other "
                "shareholders must pay the capital into the company in proportion — not joint "
                "liability for its debts.",
            ),
            variant(
                S_,
                "失权的股权六个月内既没有转让也没有注销的，公司的其他股东须按出资比例足额缴纳相应出资（缴入公司），不是对公司债务"
                "的连带责任。你是其他股东的，可以抗辩：股权已经转让或者注销，或者六个月还没有届满；你是失权的股东的，对失权有异议"
                "应当在接到通知之日起三十日内起诉。",
                "If the forfeited shares are neither transferred nor cancelled within six months, t"
                "he "
                "other shareholders must pay the capital into the company in proportion — not joint"
                " "
                "liability for its debts. As one of them you may answer that the shares were "
                "transferred or cancelled, or the six months have not run; as the shareholder who "
                "forfeited, any objection must go to court within thirty days of receiving the "
                "notice.",
            ),
        ],
        "findings": [
            {**O_FINDING, "when": FORFEIT_DUE},
            {
                **O_FINDING,
                "sublabel": T(
                    "若失权通知发出已满六个月", "if six months have passed since the notice"
                ),
                "when": FORFEIT_OPEN,
                "depends_on": ["forfeiture_date"],
            },
        ],
        "deadlines": [
            {**DEADLINES["forfeiture_window"], "when": reached("forfeiture_date")},
            {
                **DEADLINES["forfeiture_objection"],
                "when": all_(side(SH), reached("forfeiture_date")),
            },
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "其他股东不按比例缴纳的，债权人能否要求他们在这一数额内对公司不能清偿的部分承担补充赔偿责任，法律没有明文规定，"
                "实务中多参照逾期未缴出资的规则处理。",
                "Whether a creditor may hold the other shareholders, if they do not pay, liable "
                "within that amount for what the company cannot pay has no express rule; practice "
                "mostly follows the rule for overdue capital.",
                basis=[cite(J3, 13, 2)],
            ),
            warn(
                "contested",
                ALL,
                "失权的股东对失权以前已经逾期的出资，是否还要向债权人承担补充赔偿责任，法律没有明确规定，存在争议。",
                "Whether the shareholder who forfeited still answers to creditors for capital "
                "overdue before the forfeiture is unsettled.",
            ),
            warn(
                "caution",
                ALL,
                "失权制度自2024年7月1日起施行；此前公司以股东会决议解除股东资格的，在减资或者他人补缴之前，债权人仍可以请求相关"
                "当事人承担责任。",
                "Forfeiture exists from 1 July 2024; where a company earlier expelled a shareholder"
                " by "
                "resolution, creditors may still claim from those concerned until the capital is "
                "reduced or paid by others.",
                when=any_(
                    before("forfeiture_date", NEW_LAW), und(before("forfeiture_date", NEW_LAW))
                ),
                basis=[cite(J3, 17, 2)],
            ),
        ],
        "next_steps": [
            item(
                C_,
                "要求公司向其他股东追收失权股权对应的出资，关注股权是否转让或者注销。",
                "Press the company to collect the forfeited capital from the other shareholders, an"
                "d "
                "watch whether the shares are transferred or cancelled.",
            ),
            item(
                S_,
                "核对失权通知的日期、股权的去向；有异议的，在期限内起诉。",
                "Check the notice date and "
                "what became of the shares; object in court in time if need be.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "催缴书、失权通知、董事会决议及送达记录",
                "The call, the forfeiture notice, the board resolution and proof of delivery",
            ),
            item(
                ALL,
                "股东名册、公示系统的股权变更和减资记录",
                "The register and the public record of transfers and capital reductions",
            ),
        ],
        "next": "unexpired_gate",
    }
)

branch(
    "unexpired_gate",
    [
        rule(UNEXPIRED, "unexpired_due_branch"),
    ],
    otherwise("withdrawal"),
)

branch(
    "unexpired_due_branch",
    [
        rule(all_(JUDGMENT, not_(reached("debt_due_date_j"))), "debt_due_date_k"),
    ],
    otherwise("unexpired_switch"),
)

node(
    {
        "id": "debt_due_date_k",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "判决确定的这笔债务，原来应当在哪一天履行？（合同约定的付款日、借款到期日等）",
            "On which day was the debt the judgment decided originally due? (the agreed payment day"
            ", "
            "maturity …)",
        ),
        "label": DUE_LABEL,
        "significance": T(
            "已有判决的，这一天不再用来计算诉讼时效，只用来判断是否适用公司法第54条。",
            "With a judgment, this day no longer counts for limitation; it decides only whether "
            "Company Law art. 54 applies.",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T(
                    "判决书认定的履行期限、合同或借条",
                    "The due date found in the judgment, the contract or IOU",
                )
            ],
            "effect": T(
                "2024年7月1日以后到期的，公司不能清偿时可以要求出资未到期的股东提前缴纳；此前到期的，只在例外情形下才可以。",
                "Due from 1 July 2024: capital not yet due can be called if the company cannot pay;"
                " "
                "earlier, only in the exceptional cases.",
            ),
        },
        "next": "unexpired_switch",
    }
)

branch(
    "unexpired_switch",
    [
        rule(
            DUE_NEW,
            "find_sh_g",
            T(
                "债权在2024年7月1日以后到期：适用公司法第54条，公司不能清偿到期债务时，可以要求出资未到期的股东提前缴纳。",
                "The claim fell due from 1 July 2024: Company Law art. 54 applies — if the company "
                "cannot pay a due debt, shareholders may be required to pay capital not yet due.",
            ),
            [cite(TE, 1, 1), cite(CL, 54)],
        ),
        rule(
            DUE_OPEN,
            "jiumin_exception",
            T(
                "债权的到期日待核实：分别审查适用公司法第54条和当时规则的情形。",
                "The due date is to be verified: both Company Law art. 54 and the old practice are "
                "examined.",
            ),
        ),
    ],
    otherwise(
        "jiumin_exception",
        T(
            "债权在2024年7月1日以前到期：公司法第54条不在溯及适用之列，按当时的规则——股东享有出资期限利益，只在例外"
            "情形下才提前承担责任。",
            "The claim fell due before 1 July 2024: art. 54 is not retroactive; under the rules "
            "then, shareholders keep the benefit of their term except in exceptional cases.",
        ),
        [cite(TE, 1, 2)],
    ),
)

node(
    {
        "id": "jiumin_exception",
        "type": "choice",
        "text": T("是否有下列情形之一？", "Does either of these hold?"),
        "help": {
            "why": T(
                "2024年7月1日以前，法律没有规定未到期的出资可以提前到期。法院的做法是只在两种例外情形下，支持债权人请求出资未到期"
                "的股东在未出资范围内承担补充赔偿责任：一是公司作为被执行人，穷尽执行措施仍没有财产可供执行，已经具备破产原因，"
                "但没有申请破产；二是公司债务产生以后，股东会决议或者以其他方式延长了股东的出资期限。",
                "Before 1 July 2024 no statute allowed capital not yet due to be called early. Cour"
                "ts "
                "held shareholders liable within such capital only in two cases: the company, as "
                "judgment debtor, had nothing left to enforce against and met the bankruptcy test b"
                "ut "
                "no petition was filed; or the contribution term was extended after the debt arose"
                ".",
            )
        },
        "citations": [cite(J3, 13, 2), cite(EBL, 2, 1)],
        "choices": [
            choice(
                "no_assets",
                "公司作为被执行人没有财产可供执行，已经具备破产原因，但没有申请破产",
                "The company, as judgment debtor, has nothing to enforce against and meets the "
                "bankruptcy test, but no petition was filed",
                "jiumin_branch",
                T(
                    "符合实务中的例外情形，可以请求股东在未出资范围内承担补充赔偿责任。",
                    "A recognised exception: the shareholders may be held within the unpaid capital"
                    ".",
                ),
            ),
            choice(
                "extended",
                "公司债务产生以后，股东延长了出资期限",
                "The contribution term was extended after the debt arose",
                "jiumin_branch",
                T(
                    "债务产生后延长出资期限逃避债务，不受保护。",
                    "Extending the term after the debt arose to escape it is not protected.",
                ),
            ),
            choice("neither", "都没有，或者不清楚", "Neither, or not known", "jiumin_branch"),
        ],
    }
)

branch(
    "jiumin_branch",
    [
        rule(ans("jiumin_exception", "no_assets", "extended"), "find_sh_g"),
        rule(DUE_OPEN, "find_sh_g"),
    ],
    otherwise(
        "withdrawal",
        T(
            "没有例外情形：出资未到期的股东仍享有期限利益。",
            "No exception: the shareholders keep the benefit of their term.",
        ),
    ),
)

G_WHO = T("{party.undue}", "the {party.undue}")
G_WHO_TRANSFEREE = T(
    "受让人{party.transferee}（股权在出资到期前已经转让，缴纳义务随股权转给了受让人）",
    "the transferee ({party.transferee}) — the shares were transferred before the capital was "
    "due, and the duty passed with them",
)
TRANSFERRED_EARLY = ans("transfer", "before_due")


def g_who(f: J) -> list[J]:
    """A finding on capital not yet due, naming the transferee where the shares passed to him
    before the capital was due (公司法88(1))."""
    base = f.get("when")
    return [
        {**f, "liable": G_WHO_TRANSFEREE, "when": all_(base, TRANSFERRED_EARLY)},
        {**f, "when": all_(base, not_(TRANSFERRED_EARLY))},
    ]


G54 = finding(
    "出资责任",
    G_WHO,
    T(
        "{party.company}；已到期债权的债权人有权提出这一要求",
        "the {party.company}; a creditor with a due claim may demand it",
    ),
    T(
        "各股东未到期的未缴出资，以{amount.unexpired_amount}为限；债权人据此得到的清偿不超过公司所欠的"
        "{amount.debt_amount}",
        "each one's unpaid capital not yet due, at most {amount.unexpired_amount}; what the "
        "creditor obtains from it is at most the {amount.debt_amount} the company owes",
    ),
    T(
        "以公司不能清偿到期债务为前提，不要求公司已经具备破产原因；提前缴纳的出资缴入公司还是直接向起诉的债权人清偿，有争议；"
        "不是连带责任",
        "requires the company to be unable to pay a due debt, not insolvency; whether it is paid "
        "into the company or to the suing creditor is disputed; not joint liability",
    ),
    [cite(CL, 54)],
    sublabel=T("提前缴纳出资（加速到期）", "early payment of capital (acceleration)"),
)
G_OLD = finding(
    "补充责任",
    G_WHO,
    T("{party.creditor}", "the {party.creditor}"),
    T(
        "在未出资（{amount.unexpired_amount}）的范围内，对公司不能清偿的部分；不超过公司所欠的{amount.debt_amount}",
        "within the unpaid capital ({amount.unexpired_amount}), for what the company cannot pay; "
        "at most the {amount.debt_amount} it owes",
    ),
    T(
        "先由公司清偿；须证明例外情形（执行不能且具备破产原因，或者债务产生后延长了出资期限）；不是连带责任",
        "the company first; the exception must be shown (enforcement failed and insolvency, or "
        "the term extended after the debt arose); not joint liability",
    ),
    [cite(J3, 13, 2), cite(TE, 1, 2)],
    sublabel=T(
        "补充赔偿责任（2024年7月1日以前到期债权的例外情形）",
        "supplementary liability (exception for claims due before 1 July 2024)",
    ),
)
EXCEPTION = ans("jiumin_exception", "no_assets", "extended")
NOT_BANKRUPT = not_(BANKRUPT)
G_FINDINGS = [
    finding(
        "出资责任",
        T(
            "尚未缴足出资的股东（出资是否到期都一样）",
            "the shareholders with unpaid capital, due or not",
        ),
        T(
            "{party.company}（由管理人收取，列入破产财产，按程序向全体债权人分配）",
            "the "
            "{party.company} (collected by the administrator for the estate, shared among all "
            "creditors)",
        ),
        T("认缴而未缴的全部出资", "all subscribed capital still unpaid"),
        T(
            "破产申请受理后由管理人追收；个别债权人不能要求向自己清偿；不是连带责任",
            "collected by the "
            "administrator once the petition is accepted; no single creditor may take it; not joint"
            " "
            "liability",
        ),
        [cite(EBL, 35)],
        sublabel=T(
            "向管理人缴纳，不受出资期限限制", "paid to the administrator, whatever the term"
        ),
        when=BANKRUPT,
    ),
    *g_who({**G54, "when": all_(NOT_BANKRUPT, DUE_NEW, not_(ABILITY_UNKNOWN))}),
    *g_who(
        {
            **G54,
            "sublabel": T("若公司不能清偿到期债务", "if the company cannot pay a due debt"),
            "when": all_(NOT_BANKRUPT, DUE_NEW, ABILITY_UNKNOWN),
            "depends_on": ["ability"],
        }
    ),
    *g_who(
        {
            **G54,
            "sublabel": T("若债权在2024年7月1日以后到期", "if the claim fell due from 1 July 2024"),
            "when": all_(NOT_BANKRUPT, DUE_OPEN),
            "depends_on": list(DUE_QUESTIONS),
        }
    ),
    *g_who({**G_OLD, "when": all_(NOT_BANKRUPT, DUE_OLD, EXCEPTION)}),
    *g_who(
        {
            **G_OLD,
            "sublabel": T(
                "若债权在2024年7月1日以前到期，且有例外情形",
                "if the claim fell due before 1 July 2024 and the exception holds",
            ),
            "when": all_(NOT_BANKRUPT, DUE_OPEN, EXCEPTION),
            "depends_on": list(DUE_QUESTIONS),
        }
    ),
    finding(
        "不承担责任",
        T(
            "为担保借款而登记为股东的出借人",
            "the lender registered as shareholder only as security",
        ),
        T("{party.creditor}", "the {party.creditor}"),
        T(
            "不因出资不足承担责任；应当追究原来的股东",
            "not liable for the capital shortfall; the original shareholder is",
        ),
        T("—", "—"),
        [cite(GI, 69)],
        when=all_(ans("nominee", "security"), not_(reached("find_sh_e"))),
    ),
]
node(
    {
        "id": "find_sh_g",
        "type": "finding",
        "code": "SH-G",
        "title": T(
            "未到期的出资：提前缴纳，2024年7月1日以前到期债权的例外情形（补充赔偿责任），或者破产时由管理人追收",
            "Capital not yet due: paid early, the exceptions for debts due before 1 July 2024 "
            "(supplementary liability), or collected by the administrator in bankruptcy",
        ),
        "summary": [
            variant(
                ALL,
                "{party.company}已进入破产程序：管理人要求股东缴纳全部认缴而未缴的出资，不受出资期限限制，缴入破产财产，按程序向"
                "全体债权人分配；这不是对债权人个人的连带责任。",
                "The {party.company} is in bankruptcy: the administrator calls in all unpaid "
                "capital, whatever its term, for the estate shared among all creditors — not joint "
                "liability to any single creditor.",
                when=BANKRUPT,
            ),
            variant(
                C_,
                "股东认缴的出资（{amount.unexpired_amount}）还没到期，但{party.company}不能清偿到期债务：你作为已到期债权的债权人，"
                "可以要求这些股东提前缴纳出资。这是出资责任，以未缴的出资为限，不是对公司债务的连带责任；缴入公司还是直接向你清偿"
                "有争议。",
                "The shareholders' capital ({amount.unexpired_amount}) is not yet due, but the "
                "{party.company} cannot pay a due debt: as a creditor with a due claim you may requ"
                "ire "
                "them to pay early. That is a duty to contribute, capped by the unpaid capital — no"
                "t "
                "joint liability for the company's debts; whether it goes to the company or to you "
                "is "
                "disputed.",
                when=DUE_NEW,
            ),
            variant(
                C_,
                "你的债权在2024年7月1日以前到期：公司法第54条不在溯及适用之列，一般按当时的规则处理（对2024年7月1日以后才"
                "提出的请求能否适用第54条，存在争议，见注意事项）。有例外情形（所选情形），可以请求出资未到期的股东在未出资"
                "（{amount.unexpired_amount}）的范围内，对公司不能清偿的部分承担补充赔偿责任——不是连带责任。",
                "Your claim fell due before 1 July 2024: art. 54 is not among the retroactive "
                "provisions, so the rules then in force generally apply (whether art. 54 reaches a "
                "demand made after 1 July 2024 is disputed — see the warnings). An exception holds, "
                "so the shareholders whose capital is not yet due answer within it "
                "({amount.unexpired_amount}) for what the company cannot pay — not joint "
                "liability.",
                when=DUE_OLD,
            ),
            variant(
                C_,
                "债权的到期日待核实：2024年7月1日以后到期的，公司不能清偿时可以要求出资未到期的股东提前缴纳（公司法第54条）；此前"
                "到期的，只在例外情形下才能要求。",
                "The due date is to be verified: from 1 July 2024 the shareholders can be required "
                "to "
                "pay early if the company cannot pay (art. 54); earlier, only in the exceptional "
                "cases.",
            ),
            variant(
                S_,
                "这一项的义务人是受让人{party.transferee}：你在出资到期前转让了股权，缴纳这笔出资的义务随股权转给了他，对方"
                "可以要求他提前缴纳或者在未出资范围内承担责任（{amount.unexpired_amount}）。你不是这一项的义务人：你只在受让人"
                "未按期足额缴纳时承担补充责任（公司法第88条第1款，见关于股权转让的一项）；对因公司不能清偿到期债务而提前到期的"
                "出资，转让人是否也要承担补充责任，有争议。",
                "The one liable here is the transferee ({party.transferee}): you transferred the "
                "shares before the capital was due and the duty passed to him, so the creditor may "
                "require him to pay early or answer within the unpaid capital "
                "({amount.unexpired_amount}). You are not liable under this finding: you answer "
                "only for what he fails to pay when due (Company Law art. 88(1), see the finding "
                "on the transfer); whether a transferor also answers for capital called early "
                "because the company cannot pay its due debts is disputed.",
                when=all_(ROLE_TRANSFEROR, TRANSFERRED_EARLY),
            ),
            variant(
                S_,
                "对方可以要求你提前缴纳未到期的出资（{amount.unexpired_amount}）——这是出资责任，以未缴的出资为限，不是连带"
                "责任。你可以抗辩：公司能够清偿到期债务；实际未缴的数额比对方主张的少（其他抗辩见下）。",
                "The creditor may require you to pay your capital not yet due "
                "({amount.unexpired_amount}) early — a duty to contribute, capped by it, not joint "
                "liability. You may answer: the company can pay its due debts; less is unpaid than "
                "claimed (the other defences follow).",
                when=DUE_NEW,
            ),
            variant(
                S_,
                "对方的债权在2024年7月1日以前到期：公司法第54条不在溯及适用之列，对方须证明例外情形（所选情形），你才在未出资"
                "（{amount.unexpired_amount}）的范围内对公司不能清偿的部分承担补充赔偿责任——不是连带责任。对方可能主张对"
                "2024年7月1日以后才提出的请求适用第54条，存在争议（见注意事项）。",
                "The creditor's claim fell due before 1 July 2024: art. 54 is not retroactive, so he "
                "must prove the exception before you answer within the unpaid capital "
                "({amount.unexpired_amount}) for what the company cannot pay — not joint liability. "
                "He may argue that art. 54 reaches a demand made after 1 July 2024; that is "
                "disputed (see the warnings).",
                when=DUE_OLD,
            ),
            variant(
                S_,
                "对方债权的到期日待核实：2024年7月1日以后到期的，公司不能清偿到期债务时，对方可以要求你提前缴纳未到期的出资"
                "（{amount.unexpired_amount}，公司法第54条）；此前到期的，对方须证明例外情形。这是出资责任，不是连带责任。",
                "The due date of the creditor's claim is to be verified: from 1 July 2024, if the "
                "company cannot pay its due debts, he may require you to pay your capital not yet "
                "due early ({amount.unexpired_amount}, art. 54); earlier, he must prove an "
                "exception. A duty to contribute, not joint liability.",
            ),
        ],
        "findings": G_FINDINGS,
        "defences": [
            item(
                S_,
                "你在出资到期前已经转让股权：提前缴纳的义务人是受让人，你只在受让人未按期足额缴纳时承担补充责任（公司法第88条"
                "第1款）；对因公司不能清偿到期债务而提前到期的出资是否也要承担，有争议。",
                "You transferred the shares before the capital was due: the transferee must pay "
                "early, and you answer only for what he fails to pay when due (Company Law art. "
                "88(1)); whether that reaches capital called early because the company cannot pay "
                "is disputed.",
                when=all_(ROLE_TRANSFEROR, TRANSFERRED_EARLY),
            ),
            item(
                S_,
                "公司能够清偿到期债务：提前缴纳以公司不能清偿到期债务为前提。",
                "The company can pay its due debts: early payment requires that it cannot.",
                when=all_(NOT_BANKRUPT, not_(ENFORCEMENT_FAILED)),
            ),
            item(
                S_,
                "对方的债权还没有到期。",
                "The creditor's claim is not yet due.",
                when=all_(NOT_BANKRUPT, NO_JUDGMENT),
            ),
            item(
                S_,
                "债权在2024年7月1日以前到期：公司法第54条不溯及适用；对方须证明例外情形。",
                "The claim "
                "fell due before 1 July 2024: art. 54 does not reach back; the creditor must prove "
                "an "
                "exception.",
                when=all_(NOT_BANKRUPT, any_(DUE_OLD, DUE_OPEN)),
            ),
        ],
        "warnings": [
            warn(
                "contested",
                ALL,
                "提前缴纳的出资是缴入公司（“入库”），还是可以直接向起诉的债权人清偿，法律没有写明，实务中有分歧。起诉时可以请求"
                "股东在未出资范围内向原告清偿，同时备位请求向公司缴纳。",
                "Whether capital paid early goes into the company or may go straight to the suing "
                "creditor is not stated; practice differs. Claim payment to the claimant within the"
                " "
                "unpaid capital, and in the alternative payment to the company.",
                when=all_(NOT_BANKRUPT, any_(DUE_NEW, DUE_OPEN)),
                basis=[cite(CL, 54)],
            ),
            warn(
                "contested",
                ALL,
                "公司法第54条不在溯及适用的条款之列：这里以债权的到期日判断。公司在2024年7月1日以前就已不能清偿、此后才提出"
                "请求的，能否适用第54条存在争议。",
                "Art. 54 is not retroactive; the due date decides here. Where the company was alrea"
                "dy "
                "unable to pay before 1 July 2024 and the demand came later, whether art. 54 applie"
                "s "
                "is disputed.",
                when=NOT_BANKRUPT,
                basis=[cite(TE, 1, 2)],
            ),
            warn(
                "unverified",
                ALL,
                "2024年7月1日以前的例外情形出自全国法院民商事审判工作会议纪要第6条；它是会议纪要，不是司法解释，反映的是法院的"
                "做法，不能作为唯一依据。",
                "The exceptions for claims due before 1 July 2024 come from item 6 of the 2019 "
                "conference minutes — court practice, not a judicial interpretation, and not a basi"
                "s "
                "on its own.",
                when=all_(NOT_BANKRUPT, EXCEPTION),
            ),
            warn(
                "caution",
                ALL,
                "破产申请受理后，个别债权人起诉股东、要求向自己承担出资责任的请求一般不被支持；应当向管理人申报债权，并书面督促"
                "管理人追收股东欠缴的出资。",
                "Once bankruptcy is accepted, a single creditor's suit to have a shareholder pay hi"
                "m "
                "is generally refused; prove your claim with the administrator and press him in "
                "writing to collect unpaid capital.",
                when=BANKRUPT,
            ),
            warn(
                "caution",
                ALL,
                "公司法第54条以“公司不能清偿到期债务”为前提：还没有执行程序证明的，要用其他证据证明（公司书面表示无力付款、已经"
                "停业、账户余额不足、有其他未履行的判决）。",
                "Art. 54 requires the company to be unable to pay a due debt: without enforcement "
                "records, prove it otherwise (its written statement, closure, empty accounts, other"
                " "
                "unpaid judgments).",
                when=all_(NOT_BANKRUPT, not_(ENFORCEMENT_FAILED)),
                basis=[cite(CL, 54)],
            ),
            warn(
                "caution",
                ALL,
                "出资期限调整：2024年6月30日前登记设立的有限责任公司，剩余认缴出资期限自2027年7月1日起超过5年的，应当在2027年6月"
                "30日前调整到5年以内；股份有限公司的发起人应当在2027年6月30日前缴足股款。这项调整本身不会使出资现在就到期。",
                "Term adjustment: limited liability companies registered by 30 June 2024 with a "
                "remaining term running more than five years past 1 July 2027 must cut it to five "
                "years by 30 June 2027; promoters of joint stock companies must pay in full by then"
                ". "
                "The adjustment does not itself make capital due now.",
                basis=[cite(RCR, 2, 1)],
            ),
            NOT_LIMITED,
        ],
        "recourse": [
            item(
                ALL,
                "提前缴纳的是股东自己的出资义务，缴纳后不能向公司或者其他股东追偿，股东权利不受影响。",
                "What is paid early is the shareholder's own capital: no recourse against the compa"
                "ny "
                "or others, and his rights as shareholder stand.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "书面要求出资未到期的股东提前缴纳出资；随后起诉{party.company}和这些股东。",
                "Demand "
                "early payment from the shareholders in writing; then sue the {party.company} and "
                "them.",
                when=all_(NOT_BANKRUPT, any_(DUE_NEW, DUE_OPEN), SUE_COMPANY),
            ),
            item(
                C_,
                "书面要求出资未到期的股东提前缴纳出资；随后起诉这些股东（对公司的债权已由判决确定）。",
                "Demand "
                "early payment from the shareholders in writing; then sue them (the claim against t"
                "he "
                "company is decided).",
                when=all_(NOT_BANKRUPT, any_(DUE_NEW, DUE_OPEN), JUDGMENT),
            ),
            item(
                C_,
                "书面要求管理人追收股东欠缴的全部出资（不受出资期限限制）。",
                "Ask the administrator in writing to collect all the unpaid capital, whatever its "
                "term.",
                when=BANKRUPT,
            ),
            item(
                C_,
                "收集例外情形的证据（终本裁定、资不抵债的证明，或者延长出资期限的股东会决议及其日期），起诉出资未到期的"
                "股东。",
                "Collect proof of the exception (the ruling ending enforcement, insolvency, or the "
                "resolution extending the term and its date) and sue the shareholders.",
                when=all_(NOT_BANKRUPT, EXCEPTION),
            ),
            item(
                S_,
                "准备出资期限的证据（章程、公示信息）。",
                "Gather proof of the term of the capital (articles, public record).",
            ),
            item(
                S_,
                "核对公司的清偿能力和对方债权的到期日。",
                "Check the company's means and the due date of the claim.",
                when=all_(NO_JUDGMENT, not_(ENFORCEMENT_FAILED)),
            ),
        ],
        "evidence": [
            item(
                ALL,
                "公司章程及历次修正案（出资期限及其变更日期）",
                "The articles and amendments (the terms and when they changed)",
            ),
            item(
                ALL,
                "证明公司不能清偿到期债务的材料（终本裁定、执行记录、停业或者账户冻结的证据）",
                "Proof that the company cannot pay its due debts (ruling ending enforcement, record"
                "s, "
                "closure, frozen accounts)",
                when=NOT_BANKRUPT,
            ),
            item(
                ALL,
                "破产受理裁定、管理人的联系方式、债权申报材料",
                "The order accepting bankruptcy, the administrator's details, the proof of claim",
                when=BANKRUPT,
            ),
        ],
        "next": "withdrawal",
    }
)

node(
    {
        "id": "find_sh_n",
        "type": "finding",
        "code": "SH-N",
        "title": T(
            "公司解散时未缴的出资：股东和设立时的股东在未缴出资范围内承担连带清偿责任",
            "Capital unpaid at dissolution: the shareholders and founders answer jointly within it",
        ),
        "summary": [
            variant(
                C_,
                "公司解散后，股东还没有缴纳的出资——已到期没缴的和还没到期的——都是清算财产。公司财产不足以清偿债务的，你可以请求"
                "没有缴足出资的股东，以及公司设立时的其他股东或者发起人，在未缴出资的范围内对公司债务承担连带清偿责任。这一连带"
                "责任以未缴出资为限，不是对公司全部债务的连带责任。",
                "Once the company is dissolved, all capital still unpaid — overdue or not yet due —"
                " "
                "belongs to the estate. If the company's assets cannot pay its debts, you may hold "
                "the "
                "shareholders with unpaid capital, and the other founders or promoters, jointly lia"
                "ble "
                "within the unpaid capital. The joint liability is capped by that capital; it is no"
                "t "
                "joint liability for all the company's debts.",
            ),
            variant(
                S_,
                "公司解散后，你未缴的出资（不论是否到期）都是清算财产：公司财产不足以清偿债务的，你要在未缴出资的范围内对公司"
                "债务承担连带清偿责任；你是设立时的股东的，还可能对其他股东的未缴出资承担这一责任。这不是对公司全部债务的连带"
                "责任。你可以抗辩：实际未缴的数额比对方主张的少；公司财产足以清偿；你不是设立时的股东（只对自己未缴的部分负责）。",
                "Once the company is dissolved, your unpaid capital (due or not) belongs to the "
                "estate: if its assets cannot pay its debts, you answer jointly within your unpaid "
                "capital; as a founder you may also answer for others' unpaid capital. It is not jo"
                "int "
                "liability for all the company's debts. You may answer: less is unpaid than claimed; the "
                "company's assets suffice; you were no founder (and answer only for your own share)"
                ".",
            ),
        ],
        "findings": [
            *[
                finding(
                    "连带责任",
                    T(
                        "没有缴足出资的股东，以及公司设立时的其他股东或者发起人",
                        "the shareholders with unpaid capital, and the other founders or promoters",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    scope,
                    T(
                        "公司财产不足以清偿债务时；不以出资期限届满为前提；以未缴出资为限",
                        "when the company's assets cannot pay its debts; whether or not the capital"
                        " is due; "
                        "capped by the unpaid capital",
                    ),
                    [cite(J2, 22, 2), cite(J2, 22, 1)],
                    sublabel=T("连带清偿责任", "joint liability to pay"),
                    when=cond,
                )
                for cond, scope in (
                    (
                        all_(OVERDUE, UNEXPIRED),
                        T(
                            "未缴出资的范围内（已到期未缴{amount.overdue_amount}，未到期{amount.unexpired_amount}）",
                            "within the unpaid capital (overdue {amount.overdue_amount}, not yet du"
                            "e "
                            "{amount.unexpired_amount})",
                        ),
                    ),
                    (
                        all_(OVERDUE, not_(UNEXPIRED)),
                        T(
                            "未缴出资的范围内（{amount.overdue_amount}）",
                            "within the unpaid capital ({amount.overdue_amount})",
                        ),
                    ),
                    (
                        all_(UNEXPIRED, not_(OVERDUE)),
                        T(
                            "未缴出资的范围内（未到期的{amount.unexpired_amount}也计算在内）",
                            "within the unpaid "
                            "capital (the {amount.unexpired_amount} not yet due included)",
                        ),
                    ),
                )
            ],
            finding(
                "不承担责任",
                T(
                    "为担保借款而登记为股东的出借人",
                    "the lender registered as shareholder only as security",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "不因出资不足承担责任；应当追究原来的股东",
                    "not liable for the capital shortfall; the original shareholder is",
                ),
                T("—", "—"),
                [cite(GI, 69)],
                when=ans("nominee", "security"),
            ),
        ],
        "citations": joint_mechanics(DD),
        "defences": [
            item(
                S_,
                "实际未缴的数额比对方主张的少：只在实际未缴的范围内负责（已经缴纳的部分由你举证）。",
                "Less is unpaid than claimed: you answer only within what is actually unpaid (your "
                "burden to prove what was paid).",
            ),
            item(
                S_,
                "你不是公司设立时的股东：只对自己未缴的出资负责。",
                "You were no founder: you answer only for your own unpaid capital.",
            ),
        ],
        "warnings": [
            warn(
                "caution",
                ALL,
                "公司法解释二第22条第1款引用的是旧公司法的条文序号；解散事由出现在2024年7月1日以后的公司，一般认为这一规则继续"
                "适用，但新的司法解释可能作出调整。",
                "Interpretation II art. 22(1) cites articles of the old Company Law; the rule is "
                "generally held to apply to later dissolutions too, but a new interpretation may "
                "change it.",
                basis=[cite(J2, 22, 1)],
            ),
            warn(
                "contested",
                ALL,
                "设立时的其他股东是否也要对成立以后才到期的分期出资承担连带清偿责任，实务中有争议。",
                "Whether the founders also answer for instalments falling due after formation is "
                "disputed.",
            ),
            NOT_LIMITED,
            RENEW,
        ],
        "recourse": [
            item(
                ALL,
                "设立时的其他股东或者发起人承担责任后，可以向没有缴足出资的股东追偿；连带责任人之间按各自责任大小分担。",
                "Founders who paid recover from the shareholder who did not; among those jointly "
                "liable the burden follows their shares.",
            ),
        ],
        "next_steps": [
            item(
                C_,
                "公司进入清算程序的，在申报期内向清算组申报债权，并书面要求清算组追收股东未缴的出资；清算不能进行的，直接"
                "起诉没有缴足出资的股东和设立时的股东。",
                "Once a liquidation starts, prove your claim with the committee in time and ask it "
                "in "
                "writing to collect the unpaid capital; if it cannot proceed, sue the shareholders "
                "with unpaid capital and the founders directly.",
                when=all_(DISSOLVED, not_(reached("find_sh_k"))),
            ),
            item(
                C_,
                "直接起诉没有缴足出资的股东和设立时的股东，请求其在未缴出资范围内承担连带清偿责任。",
                "Sue the shareholders with unpaid capital and the founders for joint liability with"
                "in "
                "it.",
                when=any_(DEREGISTERED, reached("find_sh_k")),
            ),
            item(
                S_,
                "准备出资已经缴纳的凭证，核对章程记载的认缴额和出资期限。",
                "Gather proof of what you paid "
                "and check the subscribed amounts and terms in the articles.",
            ),
        ],
        "evidence": [
            item(
                ALL,
                "公司章程及历次修正案、公示系统的出资信息",
                "The articles and amendments; the public capital record",
            ),
            item(
                ALL,
                "解散事由的证明（吊销决定、营业期限、解散决议、解散判决）",
                "Proof of the cause of dissolution",
            ),
            item(
                ALL,
                "清算组备案、清算公告、清算报告（如有）",
                "The committee filing, notices and report (if any)",
            ),
        ],
        "next": "withdrawal",
    }
)


# --- withdrawn capital (公司法解释三12, 14; 公司法53)

node(
    {
        "id": "withdrawal",
        "type": "multi",
        "text": T(
            "公司成立后，是否有股东把已经缴纳的出资又拿回去了（抽逃出资）？有哪些情形（可多选）？",
            "After formation, did a shareholder take back capital he had paid in? In which ways "
            "(several allowed)?",
        ),
        "help": {
            "why": T(
                "抽逃出资是股东缴了出资以后，没有经过减资等法定程序又把钱或者财产拿回去。抽逃的股东在抽逃出资本息范围内，对公司"
                "不能清偿的部分承担补充赔偿责任；协助抽逃的其他股东、董事、高级管理人员或者实际控制人与他承担连带责任。",
                "Withdrawal is taking paid-in capital back without a lawful reduction of capital. T"
                "he "
                "shareholder who withdrew answers within the withdrawn capital and interest for wha"
                "t "
                "the company cannot pay; other shareholders, directors, officers or controllers who"
                " "
                "helped answer jointly with him.",
            ),
            "glossary": ["capital_withdrawal"],
        },
        "citations": [cite(J3, 12), cite(J3, 14, 2), cite(CL, 53, 1)],
        "verify": {
            "evidence": [
                T(
                    "验资后公司账户的银行流水（出资到账后是否很快转给股东或者其关联方）",
                    "The company's bank "
                    "statements after capital came in (was it soon paid to the shareholder or his "
                    "affiliates?)",
                ),
                T(
                    "所谓借款、采购合同是否真实的材料（有无货物、发票、还款）",
                    "Whether the 'loans' or 'purchases' were real (goods, invoices, repayment)",
                ),
            ],
            "effect": T(
                "查明抽逃的，抽逃的股东在抽逃出资本息范围内承担补充赔偿责任；没有抽逃的，这一途径不成立。可以在诉讼中申请法院"
                "调取银行流水。",
                "If withdrawal is shown, the shareholder answers within it; if not, this route fail"
                "s. "
                "The court can be asked to obtain bank statements.",
            ),
        },
        "choices": [
            choice(
                "profits",
                "做假账虚增利润进行分配",
                "False accounts inflating profits for distribution",
                "withdrawal_branch",
            ),
            choice(
                "fictitious",
                "虚构债权债务把出资转出",
                "Fictitious debts used to move the capital out",
                "withdrawal_branch",
            ),
            choice(
                "related_party",
                "利用关联交易把出资转出",
                "Related-party deals used to move it out",
                "withdrawal_branch",
            ),
            choice(
                "other",
                "其他未经法定程序抽回出资（例如验资后立即转走）",
                "Otherwise taken back without "
                "lawful procedure (e.g. moved out right after verification)",
                "withdrawal_branch",
            ),
            choice(
                "none",
                "没有，或者没有发现",
                "No, or none found",
                "withdrawal_branch",
                exclusive=True,
            ),
            choice(
                "unknown",
                "有迹象，但还不能确定",
                "There are signs but nothing certain",
                "withdrawal_branch",
                unknown_=True,
            ),
        ],
        "next": "withdrawal_branch",
    }
)

branch(
    "withdrawal_branch",
    [
        rule(inc("withdrawal", *WITHDRAWAL), "withdrawn_amount"),
    ],
    otherwise("final"),
)

node(
    {
        "id": "withdrawn_amount",
        "type": "money",
        "allow_unknown": True,
        "text": T(
            "抽逃的出资本金合计多少元？（不含利息）",
            "How much capital was withdrawn, principal only?",
        ),
        "label": T("抽逃的出资", "the withdrawn capital"),
        "significance": T(
            "补充赔偿责任以抽逃出资的本息为限。",
            "Liability is capped by the withdrawn capital and interest.",
        ),
        "verify": {
            "evidence": [T("出资转出的银行流水", "Bank records of the capital moved out")],
            "effect": T(
                "决定责任的上限，不影响是否承担。",
                "It sets the cap, not whether there is liability.",
            ),
        },
        "next": "withdrawal_date",
    }
)

WD = "withdrawal_date"
W_NEW = on_or_after(WD, NEW_LAW)
W_OLD = before(WD, NEW_LAW)
node(
    {
        "id": "withdrawal_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": T(
            "抽逃出资是什么时候发生的？（发生多次的，填第一次）",
            "When was the capital withdrawn? (if several times, the first)",
        ),
        "label": T("抽逃出资之日", "the day of the withdrawal"),
        "significance": T(
            "日期决定“不得抽逃出资”的依据是公司法第53条还是公司法(2018)第35条；对债权人的补充赔偿责任，两个时期都适用公司法"
            "解释三第14条第2款。",
            "The date decides between Company Law art. 53 and Company Law (2018) art. 35 for the "
            "prohibition; towards creditors, Interpretation III art. 14(2) applies in both periods"
            ".",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "verify": {
            "evidence": [
                T("出资转出的银行流水及其日期", "The bank records of the transfer out, with dates")
            ],
            "effect": T(
                "只决定引用的条文和董事等对公司的连带赔偿责任（2024年7月1日以后），不影响对债权人的补充赔偿责任。",
                "It decides only the articles cited and directors' joint liability to the "
                "company (from 1 July 2024), not the liability to creditors.",
            ),
        },
        "next": "helpers_branch",
    }
)

branch(
    "helpers_branch",
    [
        rule(side(DIR), "find_sh_h"),
    ],
    otherwise("withdrawal_helpers"),
)

HELPERS = ("shareholders", "directors", "officers", "controller")
node(
    {
        "id": "withdrawal_helpers",
        "type": "multi",
        "text": T(
            "谁协助了抽逃（例如签字批准转账、制作虚假合同）？（可多选）",
            "Who helped the withdrawal (e.g. approved the transfer, drew up false contracts)? (seve"
            "ral "
            "allowed)",
        ),
        "help": {
            "why": T(
                "协助抽逃出资的其他股东、董事、高级管理人员或者实际控制人，与抽逃的股东承担连带责任，范围与抽逃股东相同。要查明是谁"
                "批准、经办了转账。",
                "Other shareholders, directors, officers or controllers who helped answer jointly "
                "with the shareholder who withdrew, within the same limits. Find out who approved a"
                "nd "
                "handled the transfers.",
            )
        },
        "citations": [cite(J3, 14, 2)],
        "verify": {
            "evidence": [
                T(
                    "审批单、董事会记录、银行付款授权",
                    "Approvals, board minutes, bank payment mandates",
                )
            ],
            "effect": T(
                "查明协助者的，他们与抽逃的股东承担连带责任。",
                "Those shown to have helped answer jointly with the shareholder.",
            ),
        },
        "choices": [
            choice("shareholders", "其他股东", "Other shareholders", "find_sh_h"),
            choice("directors", "董事", "Directors", "find_sh_h"),
            choice(
                "officers",
                "经理、财务负责人等高级管理人员",
                "Managers, financial officers and other officers",
                "find_sh_h",
            ),
            choice("controller", "实际控制人", "The actual controller", "find_sh_h"),
            choice("none", "没有人协助", "No one", "find_sh_h", exclusive=True),
            choice("unknown", "不清楚", "Not known", "find_sh_h", unknown_=True),
        ],
        "next": "find_sh_h",
    }
)

H_HELPED = any_(inc("withdrawal_helpers", *HELPERS), side(DIR))
#: Who helped the withdrawal (公司法解释三14(2)), each named as the case information allows.
H_WHO = [
    (
        T("其他股东", "other shareholders"),
        inc("withdrawal_helpers", "shareholders"),
    ),
    (
        T("{party.director}", "{party.director}"),
        any_(
            inc("withdrawal_helpers", "directors", "officers"),
            all_(side(DIR), ans("dir_role", "director")),
        ),
    ),
    (
        T("{party.controller}", "{party.controller}"),
        any_(
            inc("withdrawal_helpers", "controller"),
            all_(side(DIR), ans("dir_role", "controller")),
        ),
    ),
]
H_BASIS = [
    cite(J3, 14, 2),
    cite(J3, 12),
    cite(CL, 53, 1, when=W_NEW),
    cite(CL18, 35, when=W_OLD),
    cite(TE, 1, 2, when=W_OLD),
]
node(
    {
        "id": "find_sh_h",
        "type": "finding",
        "code": "SH-H",
        "title": T(
            "抽逃出资：返还公司（破产时由管理人追回），或者股东在抽逃出资本息范围内对债权人承担补充赔偿责任、协助者承担"
            "连带责任",
            "Withdrawn capital: returned to the company (recovered by the administrator in "
            "bankruptcy), or the shareholder answers to the creditor within it and those who helped "
            "answer jointly",
        ),
        "summary": [
            variant(
                C_,
                "{party.company}已进入破产程序：抽逃的出资一般由管理人追回，列入破产财产；个别债权人起诉股东的请求可能不被支持。",
                "The {party.company} is in bankruptcy: withdrawn capital is usually recovered by th"
                "e "
                "administrator for the estate; a single creditor's suit may be refused.",
                when=BANKRUPT,
            ),
            variant(
                C_,
                "{party.withdrawer}在公司成立后抽回了出资（本金{amount.withdrawn_amount}）。你可以请求其在抽逃出资本息范围内，"
                "对{party.company}不能清偿的部分承担补充赔偿责任——这不是连带责任，以抽逃的本息为限，对你的清偿不超过公司所欠"
                "的{amount.debt_amount}；协助抽逃的人与其承担连带责任。已经向其他债权人承担过的部分，不再重复承担。",
                "The {party.withdrawer} took capital back after formation (principal "
                "{amount.withdrawn_amount}). You may hold him liable within the withdrawn capital a"
                "nd "
                "interest for what the {party.company} cannot pay — not joint liability, capped by "
                "what was withdrawn; those who helped answer jointly with him. What he already paid"
                " "
                "another creditor is not paid twice.",
                when=H_HELPED,
            ),
            variant(
                C_,
                "{party.withdrawer}在公司成立后抽回了出资（本金{amount.withdrawn_amount}）。你可以请求其在抽逃出资本息范围内，"
                "对{party.company}不能清偿的部分承担补充赔偿责任——这不是连带责任，以抽逃的本息为限，对你的清偿不超过公司所欠"
                "的{amount.debt_amount}。已经向其他债权人承担过的部分，不再重复承担。",
                "The {party.withdrawer} took capital back after formation (principal "
                "{amount.withdrawn_amount}). You may hold him liable within the withdrawn capital a"
                "nd "
                "interest for what the {party.company} cannot pay — not joint liability, capped by "
                "what was withdrawn. What he already paid another creditor is not paid twice.",
            ),
            variant(
                S_,
                "对方主张有股东（包括你）抽逃了出资（本金{amount.withdrawn_amount}），要求在抽逃出资本息范围内，对{party.company}"
                "不能清偿的部分承担补充赔偿责任——这不是连带责任，以抽逃的本息为限。你可以抗辩：转出有真实的交易基础（借款已经"
                "归还、货物已经交付）；已经返还公司；已经向其他债权人承担过（其他抗辩见下）。",
                "The creditor says a shareholder (you among them) took back capital (principal "
                "{amount.withdrawn_amount}) and claims liability within it and interest for what th"
                "e "
                "{party.company} cannot pay — not joint liability, capped by what was withdrawn. Yo"
                "u "
                "may answer: the payment out had a real basis (a loan repaid, goods delivered); it "
                "was returned; you already paid another creditor (the other defences follow).",
            ),
            variant(
                D_,
                "对方主张你协助股东抽逃出资，要求你与该股东承担连带责任，范围与该股东相同：抽逃出资本息（本金"
                "{amount.withdrawn_amount}）范围内，公司不能清偿的部分。你可以抗辩：你没有参与决定或者办理转出；转出有真实的交易"
                "基础（其他抗辩见下）。你承担后可以向抽逃的股东追偿。",
                "The creditor says you helped a shareholder withdraw capital and claims you answer "
                "jointly with him, within the same limits: the withdrawn capital and interest "
                "(principal {amount.withdrawn_amount}) for what the company cannot pay. You may "
                "answer: you took no part in deciding or making the payment; it had a real basis (the "
                "other defences follow). Having paid, you recover from the shareholder.",
            ),
        ],
        "findings": [
            finding(
                "补充责任",
                T("{party.withdrawer}", "the {party.withdrawer}"),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "在抽逃出资本息范围内（本金{amount.withdrawn_amount}及利息），对{party.company}不能清偿的部分；不超过公司"
                    "所欠的{amount.debt_amount}；已经向其他债权人承担过的部分不再承担",
                    "within the withdrawn capital and interest (principal {amount.withdrawn_amount}), "
                    "for what the {party.company} cannot pay; at most the {amount.debt_amount} it "
                    "owes; less what was already paid to other creditors",
                ),
                T(
                    "先由公司清偿，不足部分由该股东补充承担；不是连带责任",
                    "the company first, the shareholder for the rest; not joint liability",
                ),
                H_BASIS,
                sublabel=T("补充赔偿责任", "supplementary liability for damages"),
                when=NOT_BANKRUPT,
            ),
            finding(
                "出资责任",
                T("{party.withdrawer}", "the {party.withdrawer}"),
                T(
                    "{party.company}（由管理人追回）",
                    "the {party.company} (recovered by the administrator)",
                ),
                T(
                    "抽逃的出资本息（本金{amount.withdrawn_amount}）",
                    "the withdrawn capital and interest (principal {amount.withdrawn_amount})",
                ),
                T(
                    "向公司返还，列入破产财产；不是对债权人个人的连带责任",
                    "returned to the company for the estate; not joint liability to any creditor",
                ),
                [
                    cite(J3, 14, 1),
                    cite(CL, 53, 2, when=W_NEW),
                    cite(CL18, 35, when=W_OLD),
                    cite(TE, 1, 2, when=W_OLD),
                ],
                sublabel=T("返还抽逃的出资", "return of the withdrawn capital"),
                when=BANKRUPT,
            ),
            *[
                finding(
                    "连带责任",
                    T(
                        "协助抽逃出资的" + who["zh"] + "（与{party.withdrawer}一起）",
                        "the " + who["en"] + " who helped the withdrawal (with the "
                        "{party.withdrawer})",
                    ),
                    T(
                        "{party.company}（由管理人追回）",
                        "the {party.company} (recovered by the administrator)",
                    ),
                    T(
                        "抽逃的出资本息（本金{amount.withdrawn_amount}）",
                        "the withdrawn capital and interest (principal {amount.withdrawn_amount})",
                    ),
                    T(
                        "对公司承担，与抽逃的股东之间没有先后",
                        "owed to the company, in no order with the shareholder",
                    ),
                    [cite(J3, 14, 1)],
                    when=all_(helped, BANKRUPT),
                )
                for who, helped in H_WHO
            ],
            *[
                finding(
                    "连带责任",
                    T(
                        "协助抽逃出资的" + who["zh"] + "（与{party.withdrawer}一起）",
                        "the " + who["en"] + " who helped the withdrawal (with the "
                        "{party.withdrawer})",
                    ),
                    T("{party.creditor}", "the {party.creditor}"),
                    T(
                        "与抽逃股东的补充赔偿责任范围相同（抽逃出资本息，本金{amount.withdrawn_amount}，不超过公司所欠的"
                        "{amount.debt_amount}）",
                        "the same as the shareholder's (withdrawn capital and interest, principal "
                        "{amount.withdrawn_amount}, at most the {amount.debt_amount} the company "
                        "owes)",
                    ),
                    T(
                        "与抽逃的股东之间没有先后，债权人可以请求其中任何一人承担",
                        "no order between them and the shareholder; any one may be asked",
                    ),
                    [cite(J3, 14, 2)],
                    when=all_(helped, NOT_BANKRUPT),
                )
                for who, helped in H_WHO
            ],
        ],
        "citations": with_condition(H_HELPED, claim_mechanics()),
        "defences": [
            item(
                DEF,
                "转出有真实的交易基础（借款已经归还、货物已经交付、服务已经提供）。",
                "The payment out had "
                "a real basis (a loan repaid, goods delivered, services rendered).",
            ),
            item(
                S_,
                "已经把抽回的出资返还公司，或者已经向其他债权人承担过同一数额。",
                "The capital was returned "
                "to the company, or the same amount paid to another creditor.",
            ),
            item(
                D_,
                "你没有参与决定或者办理转出。",
                "You took no part in deciding or making the payment.",
            ),
        ],
        "warnings": [
            warn(
                "missing_fact",
                ALL,
                "是否有人协助抽逃还不清楚：查明批准、经办转账的人（审批单、董事会记录、银行付款授权）。",
                "Whether anyone helped is not known: find who approved and handled the transfers "
                "(approvals, minutes, bank mandates).",
                when=inc("withdrawal_helpers", "unknown"),
            ),
            warn(
                "caution",
                ALL,
                "对公司而言，2024年7月1日以后的抽逃，负有责任的董事、监事、高级管理人员与抽逃的股东对公司的损失承担连带赔偿责任；"
                "公司或者管理人可以据此追偿。",
                "Towards the company, for withdrawals from 1 July 2024, the directors, supervisors "
                "and officers responsible answer jointly with the shareholder for the company's los"
                "s; "
                "the company or administrator can recover on that basis.",
                when=W_NEW,
                basis=[cite(CL, 53, 2)],
            ),
            warn(
                "caution",
                ALL,
                "公司已进入破产程序：抽逃的出资一般由管理人追回，个别债权人起诉股东的请求可能不被支持。",
                "The company is in bankruptcy: the administrator usually recovers withdrawn capital"
                "; "
                "a single creditor's suit may be refused.",
                when=BANKRUPT,
            ),
            NOT_LIMITED,
            NOT_YET_SHOWN,
            NOT_YET_SHOWN_J,
            NOT_YET_SHOWN_D,
            RENEW,
        ],
        "recourse": [
            item(
                ALL,
                "协助者承担责任后，可以向抽逃出资的股东追偿。",
                "Helpers who paid recover from the shareholder who withdrew.",
                when=H_HELPED,
            ),
            item(
                ALL,
                "名义股东承担责任后，可以向实际出资人追偿。",
                "A nominee who paid recovers from the real investor.",
                when=ans("nominee", "nominee"),
            ),
        ],
        "next_steps": [
            item(
                C_,
                "在诉讼中申请法院调取公司和股东的银行流水，证明出资转出而没有真实的交易基础；请求股东在抽逃出资本息范围内"
                "承担补充赔偿责任，协助者承担连带责任。",
                "Ask the court to obtain the company's and shareholder's bank statements to show th"
                "e "
                "capital left without a real basis; claim the shareholder's supplementary liability"
                " "
                "and the helpers' joint liability.",
                when=NOT_BANKRUPT,
            ),
            item(
                C_,
                "书面要求管理人追回抽逃的出资。",
                "Ask the administrator in writing to recover the withdrawn capital.",
                when=BANKRUPT,
            ),
            item(
                DEF,
                "收集转出有真实交易基础的凭证（合同、发票、送货单、还款记录）。",
                "Collect proof that the "
                "payment out had a real basis (contracts, invoices, delivery notes, repayments).",
            ),
        ],
        "evidence": [
            item(ALL, "验资报告及出资进账凭证", "Verification report and capital payment vouchers"),
            item(
                ALL,
                "出资转出的银行流水（转给股东或者其关联方的记录）",
                "Bank records of the capital moved out (to the shareholder or his affiliates)",
            ),
            item(
                ALL,
                "批准转账的董事会、股东会记录和审批单",
                "Board or shareholder minutes and approvals of the transfers",
            ),
        ],
        "next": "final",
    }
)


# --- the director's own capital questions

branch(
    "dir_capital_gate",
    [
        rule(CAN_PAY, "final"),
    ],
    otherwise("dir_capital"),
)

node(
    {
        "id": "dir_capital",
        "type": "multi",
        "text": T(
            "对方是否还主张当事人对股东的出资问题负责？（可多选）",
            "Does the creditor also hold the client answerable for a shareholder's capital? (severa"
            "l "
            "allowed)",
        ),
        "help": {
            "why": T(
                "股东在增资时没有缴足出资，未尽核查、催缴义务的董事、高级管理人员承担相应的责任；协助股东抽逃出资的董事、高级管理"
                "人员或者实际控制人，与该股东承担连带责任。",
                "Directors and officers who failed to check and call capital on an increase answer "
                "in "
                "proportion; directors, officers or controllers who helped a shareholder withdraw "
                "capital answer jointly with him.",
            )
        },
        "citations": [cite(J3, 13, 4), cite(J3, 14, 2)],
        "verify": {
            "evidence": [
                T(
                    "增资决议、催缴记录、转账审批单",
                    "The increase resolution, calls made, approvals of transfers",
                )
            ],
            "effect": T(
                "对方能证明的，当事人在股东的出资（抽逃）范围内承担相应的责任或者连带责任。",
                "What the creditor can prove makes the client answer, in proportion or "
                "jointly, within the shareholder's capital.",
            ),
        },
        "choices": [
            choice(
                "increase_unpaid",
                "增资时股东没有缴足出资，当事人作为董事、高级管理人员没有核查、催缴",
                "A shareholder did not pay on an increase, and the client as director or officer "
                "neither checked nor called it",
                "dir_capital_branch",
            ),
            choice(
                "helped_withdrawal",
                "当事人协助股东抽逃了出资",
                "The client helped a shareholder withdraw capital",
                "dir_capital_branch",
            ),
            choice("none", "都没有", "Neither", "dir_capital_branch", exclusive=True),
            choice("unknown", "不清楚", "Not known", "dir_capital_branch", unknown_=True),
        ],
        "next": "dir_capital_branch",
    }
)

branch(
    "dir_capital_branch",
    [
        rule(inc("dir_capital", "increase_unpaid"), "overdue_amount"),
        rule(inc("dir_capital", "helped_withdrawal"), "withdrawn_amount"),
    ],
    otherwise("final"),
)

branch(
    "dir_withdrawal_branch",
    [
        rule(inc("dir_capital", "helped_withdrawal"), "withdrawn_amount"),
    ],
    otherwise("final"),
)


# --- the end: every finding, or none

FINDING_NODES = [
    "find_sh_q",
    "find_sh_p",
    "find_sh_m",
    "find_sh_k",
    "find_sh_l",
    "find_sh_c",
    "find_sh_a",
    "find_sh_b",
    "find_sh_i",
    "find_sh_j",
    "find_sh_e",
    "find_sh_f",
    "find_sh_o",
    "find_sh_g",
    "find_sh_n",
    "find_sh_h",
]
branch(
    "final",
    [
        rule(
            any_(*(reached(n) for n in FINDING_NODES if n != "find_sh_q")),
            "out_sum",
            T(
                "本案至少有一项责任成立，逐项列出。",
                "At least one liability holds; each is listed.",
            ),
        ),
    ],
    otherwise(
        "out_none",
        T(
            "没有发现使股东、董事等人对公司债务承担责任的情形。",
            "Nothing makes shareholders, directors or others answer for the company's debt.",
        ),
    ),
)

#: A director sued only for his own liability — the loss from not liquidating under Company Law
#: art. 232(3), with a period of its own in its row — and not on a capital route that rests on
#: the company claim (解释三13(4), 19(2)): the creditor's date against the company is a third
#: person's date to him and is not shown, so that his own row leads (as the controller's row is
#: shown only to whom it concerns).
DIR_OWN_LIQ = all_(
    side(DIR),
    reached("find_sh_l"),
    L_NEW,
    LEARNED_LIQ,
    inc("dir_capital", "none"),
    not_(unknown("liq_learned_date")),
)
DEADLINE_USES = [
    *[{**d, "when": all_(d["when"], not_(DIR_OWN_LIQ))} for d in CLAIM_DEADLINES],
    {**DEADLINES["enforcement"], "when": all_(JUDGMENT, not_(ZHONGBEN))},
    {**DEADLINES["appeal"], "when": SERVED},
    # the judgment served on the person claimed against, recorded only against him
    {
        **DEADLINES["appeal"],
        "id": "appeal_person",
        "from": {"event": "person_history", "kinds": ["judgment_served"]},
        "when": all_(PERSON_JUDGED, not_(SERVED)),
    },
    {**DEADLINES["grace_period"], "when": reached("demand_date")},
    {**DEADLINES["labour_arbitration"], "when": all_(reached("employment_end"), NO_JUDGMENT)},
]
SPOUSES_WARNING = warn(
    "contested",
    ALL,
    "夫妻公司：公司的股东只有夫妻二人。有的法院认为这样的公司实质上只有一个股东，适用只有一个股东的公司的规则，由股东"
    "证明公司财产独立于自己的财产，证明不了的对公司债务承担连带责任；也有法院不这样认定，仍由债权人证明股东滥用。这里"
    "按两个股东的公司评估；诉讼中可以主张倒置举证责任，同时仍应尽量举证财产混同。",
    "A spouses' company: its only shareholders are a married couple. Some courts treat it as in "
    "substance a one-shareholder company, so the shareholders must prove the company's assets "
    "were separate from theirs or answer jointly for its debts; others do not, and the creditor "
    "must prove abuse. It is assessed here as a company with two shareholders; in court one may "
    "argue the reversed burden, but should still prove mixing as far as possible.",
    when=ans("company_type", "llc_spouses"),
    basis=[cite(CL, 23, 3), cite(CL18, 63)],
)
ONE_JSC_WARNING = warn(
    "contested",
    ALL,
    "只有一个股东的股份有限公司：由股东证明公司财产独立的规则（公司法第23条第3款）自2024年7月1日起才及于股份有限公司，"
    "此前公司法(2018)第63条只适用于一人有限责任公司，公司法第23条第3款也不在溯及适用之列。这里按公司债务的到期日判断；"
    "也有观点认为应看财产混同的事实发生在什么时候——混同在2024年7月1日以前的，不倒置举证责任；在此以后仍然持续的，"
    "可以适用第23条第3款。存在争议，请收集混同发生和持续的时间的证据。",
    "A joint stock company with one shareholder: the rule that the shareholder must prove "
    "separate assets (Company Law art. 23(3)) reaches joint stock companies only from 1 July "
    "2024; Company Law (2018) art. 63 covered one-person limited liability companies only, and "
    "art. 23(3) is not retroactive. The due date of the debt decides here; another view looks "
    "at when the mixing happened — before 1 July 2024, no reversed burden; continuing after it, "
    "art. 23(3) may apply. The point is contested: collect proof of when the mixing began and "
    "how long it lasted.",
    when=ans("company_type", "jsc_one"),
    basis=[cite(CL, 23, 3), cite(CL18, 63), cite(TE, 1, 2)],
)
DEREG_LIMIT_WARNING = warn(
    "contested",
    ALL,
    "公司已经注销（{date.dereg_date}）：注销后不能再向公司主张。对股东等人的请求（简易注销的承诺、未经清算即注销等），"
    "诉讼时效一般自债权人知道或者应当知道公司注销以及责任人之日起另行计算（见期限）。按记录的经过，对公司债权本身的"
    "诉讼时效于{deadline.claim_limitation}届满（见期限中以“为稳妥”开头的一行）：公司在此之前注销的，股东等人可能"
    "仍主张他们的责任以公司债务为限、可以援用公司债务的时效抗辩，这一点存在争议；公司在此之后才注销的，股东等人可以"
    "援用这一抗辩。稳妥起见，尽早向股东等人书面要求（以EMS寄送，以到达为准）或者起诉。",
    "The company is deregistered ({date.dereg_date}): it can no longer be claimed against. "
    "Claims against shareholders and others (the undertaking in a simplified deregistration, "
    "deregistration without liquidation …) generally run their own limitation from when the "
    "creditor knew or should have known of the deregistration and who is liable (see the "
    "deadlines). Counting the events recorded, limitation of the claim against the company "
    "itself ends on {deadline.claim_limitation} (see the row beginning 'To be safe'): if "
    "the company was deregistered before that, the shareholders and others may still argue that "
    "their liability follows the company's debt and plead its limitation — contested; if it was "
    "deregistered after, they may plead it. To be safe, make a written demand on them soon (by "
    "EMS; it counts on arrival) or sue.",
    when=all_(DEREGISTERED, reached("debt_due_date")),
    basis=[cite(CC, 188, 2), cite(LP, 15, 2)],
)
DEREG_LIMIT_WARNING_NH = {
    **DEREG_LIMIT_WARNING,
    "text": T(
        DEREG_LIMIT_WARNING["text"]["zh"]
        .replace("{deadline.claim_limitation}", "{deadline.claim_limitation_nh}")
        .replace("按记录的经过，", "")
        .replace("（见期限中以“为稳妥”开头的一行）", ""),
        DEREG_LIMIT_WARNING["text"]["en"]
        .replace("{deadline.claim_limitation}", "{deadline.claim_limitation_nh}")
        .replace("Counting the events recorded, limitation", "Limitation")
        .replace(" (see the row beginning 'To be safe')", ""),
    ),
    "when": all_(DEREGISTERED, reached("debt_due_date_nh")),
}
BANKRUPT_WARNING = warn(
    "caution",
    ALL,
    "公司已进入破产程序：破产申请受理后，对公司财产的保全措施应当解除、执行程序应当中止，已经开始的有关公司的诉讼或者"
    "仲裁中止，新的诉讼只能向受理破产申请的法院提起；债权人应当在法院确定的期限内向管理人申报债权，申报债权使诉讼时效"
    "中断。",
    "The company is in bankruptcy: once the petition is accepted, attachments of its assets are "
    "lifted, enforcement stops, pending suits or arbitrations about it are stayed, and new suits "
    "go only to the bankruptcy court; creditors prove their claims with the administrator within "
    "the period the court sets, which interrupts limitation.",
    when=BANKRUPT,
    basis=[
        cite(EBL, 19),
        cite(EBL, 20),
        cite(EBL, 21),
        cite(EBL, 48, 1),
        cite(EBL, 48, 2, when=WAGES),
        cite(LP, 11, 1, 2),
    ],
)
COMMON_WARNINGS = [
    warn(
        "caution",
        DEF,
        "一审判决已经送达：一审期间没有提出诉讼时效抗辩、在二审期间才提出的，法院不予支持，但基于新的证据能够证明"
        "对方的请求权已过诉讼时效期间的除外；以诉讼时效期间届满为由申请再审或者提出再审抗辩的，也不予支持。",
        "A first-instance judgment has been served: a limitation plea not raised at first instance "
        "and first raised on appeal fails, unless new evidence shows the claim was time-barred; "
        "nor can the end of the limitation period found a retrial or a plea in one.",
        when=PERSON_JUDGED,
        basis=[cite(LP, 3, 1), cite(LP, 3, 2)],
    ),
    warn(
        "caution",
        ALL,
        "已有终结本次执行程序的裁定：以后发现公司有可供执行的财产，可以再次申请执行，不受申请执行期间的限制。",
        "Enforcement was ended for lack of assets: if assets turn up, enforcement can be applied "
        "for again, free of the two-year period.",
        when=ZHONGBEN,
        basis=[cite(CPI, 517, 2)],
    ),
    warn(
        "caution",
        ALL,
        "劳动争议一般须先申请劳动仲裁，仲裁时效为一年：劳动关系存续期间拖欠工资的不受一年的限制，劳动关系终止的，应当自"
        "终止之日起一年内申请（按照劳动争议调解仲裁法第二十七条的规定，请律师核对原文；见期限）。取得裁决或者判决后，"
        "再向股东等人主张。",
        "A labour dispute usually goes to labour arbitration first, within one year: while the "
        "employment lasts, unpaid wages are not barred by the year, but once it ends arbitration "
        "must be sought within a year of the end (art. 27 of the Labour Dispute Mediation and "
        "Arbitration Law — have a lawyer check the text; see the deadlines). Claim from "
        "shareholders and others once there is an award or judgment.",
        when=all_(WAGES, NO_JUDGMENT, not_(BANKRUPT)),
    ),
    warn(
        "caution",
        ALL,
        "按记录的经过，申请劳动仲裁的一年已经届满（见期限），工资请求可能已过仲裁时效：用人单位提出时效抗辩且成立的，对公司"
        "的请求得不到支持，股东等人以这笔公司债务为对象的责任（如补充赔偿责任）也随之不能成立。是否有未记录的中断事由（要求"
        "公司支付、公司同意支付、向劳动监察等部门投诉），须先核实。",
        "Counting the events recorded, the year for labour arbitration has run (see the "
        "deadlines), so the wage claim may be time-barred: if the employer pleads it "
        "successfully, the claim against the company fails, and so does any liability of "
        "shareholders and others for this company debt (such as supplementary liability). First "
        "check for interruptions not recorded (a demand on the company, its agreeing to pay, a "
        "complaint to the labour inspectorate or another authority).",
        when=all_(WAGES, NO_JUDGMENT, not_(BANKRUPT), LABOUR_BARRED),
        basis=[cite(J3, 19, 2)],
    ),
    warn(
        "missing_fact",
        ALL,
        "劳动关系终止的日期不清楚，申请劳动仲裁的一年无法计算：请尽快核实，并尽早申请仲裁。",
        "When the employment ended is not known, so the year for labour arbitration cannot be "
        "computed: verify it soon, and apply for arbitration early.",
        when=unknown("employment_end"),
    ),
    warn(
        "caution",
        ALL,
        "期限按“没有催告、承认或起诉”计算：如果有，请补充记录，期限会改变。",
        "The deadlines assume no demand, acknowledgement or suit; if there was one, record it — "
        "the deadlines change.",
        when=all_(reached("debt_due_date_nh"), not_(WAGES), NO_PERSON_EVENTS),
    ),
    warn(
        "caution",
        ALL,
        "债权人对公司债权的诉讼时效按“没有向公司催告、公司没有承认、没有对公司提起诉讼”计算：如果有，请补充记录，期限会改变。"
        "对个人的期限已经计入所记录的、对个人本人的催告、承认和起诉。",
        "The limitation of the creditor's claim against the company assumes no demand on it, no "
        "acknowledgement by it and no suit against it; if there was one, record it — the "
        "deadline changes. The periods against the persons count the events recorded against "
        "them.",
        when=all_(
            reached("debt_due_date_nh"), not_(WAGES), not_(NO_PERSON_EVENTS), not_(DIR_OWN_LIQ)
        ),
    ),
    BANKRUPT_WARNING,
    DEREG_LIMIT_WARNING,
    DEREG_LIMIT_WARNING_NH,
    SPOUSES_WARNING,
    ONE_JSC_WARNING,
    warn(
        "missing_fact",
        ALL,
        "股东的出资情况不清楚，没有评估出资责任。请调取公司章程（认缴额和出资日期）、公示系统的出资信息和年度报告；债权人"
        "提出使人合理怀疑股东没有缴足的证据后，由股东证明已经缴足。查清后请重新评估。",
        "The shareholders' capital is not known, so capital liability was not assessed. Obtain "
        "the articles (amounts and dates) and the public capital record; once the creditor shows "
        "reasonable doubt, the shareholder must prove payment. Assess again once known.",
        when=inc("capital_status", "unknown"),
        basis=[cite(J3, 20)],
    ),
    warn(
        "missing_fact",
        ALL,
        "是否抽逃出资尚不确定，没有作出抽逃出资的认定。可以在诉讼中申请法院调取公司银行流水，查看出资到账后是否很快转给"
        "股东或者其关联方。",
        "Whether capital was withdrawn is not certain, so no finding was made. Ask the court to "
        "obtain the company's bank statements: did capital leave for the shareholder or his "
        "affiliates soon after it came in?",
        when=inc("withdrawal", "unknown"),
    ),
    warn(
        "missing_fact",
        ALL,
        "是否存在滥用公司独立地位的情形尚不清楚，没有作出人格否认的认定。请收集公司与股东之间的银行流水、账簿和资产去向的"
        "材料后重新评估。",
        "Whether the company was abused is not known, so no piercing finding was made. Collect "
        "bank statements between company and shareholder, the books and where the assets went, "
        "and assess again.",
        when=inc("abuse_forms", "unknown"),
    ),
    warn(
        "missing_fact",
        ALL,
        "是否依法清算尚不清楚，没有作出清算责任的认定。请调取清算组备案、清算报告和注销档案，或者申请强制清算。",
        "Whether the company was lawfully liquidated is not known, so no liquidation finding was "
        "made. Obtain the committee filing, report and deregistration file, or apply for forced "
        "liquidation.",
        when=inc("liq_failures", "unknown"),
    ),
    warn(
        "missing_fact",
        ALL,
        "公司的注销方式待核实：请向登记机关调取注销档案（简易注销的全体投资人承诺书，或者清算报告）。",
        "How the company was deregistered is to be verified: obtain the file from the registry "
        "(the investors' undertaking, or the liquidation report).",
        when=ans("dereg_type", "unsure"),
    ),
    warn(
        "contested",
        ALL,
        "股东出资尚未到期、债权在2024年7月1日以前到期，又没有例外情形：一般不能要求股东提前出资；但对2024年7月1日以后才向"
        "股东提出的请求，部分法院可能直接适用公司法第54条，存在争议。另一条路是申请公司破产：破产申请受理后，管理人要求"
        "股东缴纳全部未缴出资，不受出资期限限制。",
        "Capital not yet due, a claim due before 1 July 2024 and no exception: early payment "
        "cannot usually be required; some courts may apply art. 54 to demands made after that "
        "day — disputed. Another way is a bankruptcy petition: once accepted, the administrator "
        "calls in all unpaid capital whatever its term.",
        when=ans("jiumin_exception", "neither"),
        basis=[cite(CL, 54), cite(EBL, 35)],
    ),
    warn(
        "caution",
        ALL,
        "出资期限调整：2024年6月30日前登记设立的有限责任公司，剩余认缴出资期限自2027年7月1日起超过5年的，应当在2027年6月"
        "30日前调整到5年以内；股份有限公司的发起人应当在2027年6月30日前缴足股款。这项调整本身不会使出资现在就到期，但调整后"
        "的期限届满仍不缴的，即为逾期未缴。",
        "Term adjustment: limited liability companies registered by 30 June 2024 with a "
        "remaining term running more than five years past 1 July 2027 must cut it to five years "
        "by 30 June 2027; promoters of joint stock companies must pay in full by then. The "
        "adjustment does not itself make capital due now, but capital unpaid at the adjusted "
        "term is overdue.",
        when=all_(UNEXPIRED, ans("company_state", "operating"), not_(reached("find_sh_g"))),
        basis=[cite(RCR, 2, 1)],
    ),
    warn(
        "caution",
        DEF,
        "已有对你本人的生效判决的，这里列出的抗辩原则上应当在诉讼中提出；判决生效后只能通过再审等程序救济，请咨询律师。",
        "Where a judgment against you personally is already effective, these defences belonged "
        "in that suit; after it, only a retrial or the like can help — consult a lawyer.",
        when=all_(side(SH, DIR), ev("person_history", "judgment_effective")),
    ),
]
COMMON_STEPS = [
    item(
        C_,
        "记下对公司债权的诉讼时效届满日（见期限），在届满前书面催告（以EMS寄送并保存回执，以到达为准）或者起诉，使时效"
        "中断。",
        "Note when limitation against the company ends (see the deadlines), and before then "
        "demand in writing (by EMS, keeping the receipt; it counts on arrival) or sue, to "
        "interrupt it.",
        when=all_(SUE_COMPANY, not_(BARRED_OPEN), not_(BARRED)),
    ),
    item(
        C_,
        "对公司的诉讼正在进行：不必另行催告或者起诉公司；判决生效后公司不履行的，在二年内申请强制执行"
        "（民事诉讼法第二百五十条）。对股东等人的请求可以另行起诉，或者在对公司执行不能后再主张。",
        "The suit against the company is under way: no further demand or suit against it is "
        "needed; if it does not pay once the judgment takes effect, apply for enforcement "
        "within two years (Civil Procedure Law art. 250). Claims against shareholders and "
        "others may be brought separately, or once enforcement against the company fails.",
        when=SUIT_PENDING,
    ),
    item(
        C_,
        "公司已经注销，不能再向公司催告或者起诉：直接向应当承担责任的股东等人书面要求（以EMS寄送并保存回执，以到达为准）"
        "或者起诉，使对他们的诉讼时效中断。",
        "The company is deregistered and can no longer be demanded from or sued: make a written "
        "demand directly on the shareholders and others who answer (by EMS, keeping the receipt; "
        "it counts on arrival) or sue them, which interrupts limitation against them.",
        when=DEREGISTERED,
    ),
    item(
        C_,
        "终本裁定已经证明公司不能清偿：对股东等人另行起诉时，分别写明每个人的请求和法律依据（连带、补充、出资、赔偿），"
        "并申请财产保全；也可以在执行程序中申请追加符合条件的股东为被执行人（按照最高人民法院关于民事执行中变更、追加"
        "当事人的规定，请律师核对原文）。",
        "The ruling ending enforcement shows the company cannot pay: suing shareholders and "
        "others separately, state each claim and its basis (joint, supplementary, capital, "
        "damages) and apply for preservation; or ask the enforcement court to add qualifying "
        "shareholders as judgment debtors (under the SPC provisions on changing and adding "
        "parties in enforcement — have a lawyer check the text).",
        when=ZHONGBEN,
    ),
    item(
        DEF,
        "对方寄来的催款函、对账单，签字前先咨询律师：书面同意履行会使诉讼时效中断，时效届满后同意履行的不得再以时效"
        "抗辩。",
        "Before signing any payment demand or statement the creditor sends, take advice: agreeing "
        "in writing to pay interrupts limitation, and after it has run out forfeits the plea.",
        when=not_(PERSON_SUED),
    ),
    item(
        DEF,
        "收到起诉状后，在答辩期内提交答辩状，对每项请求逐一答辩并提交证据；诉讼时效抗辩（如有）须在一审中提出。",
        "Once served, file a defence in time, answering each claim with the evidence; a "
        "limitation plea, if any, must be raised at first instance.",
        when=not_(ev("person_history", "judgment_served", "judgment_effective")),
    ),
]
COMMON_EVIDENCE = [
    item(
        ALL,
        "债权凭证：合同、送货单、借条、对账单、判决书或者裁决书",
        "The documents of the debt: contract, delivery notes, IOU, statements, judgment or award",
    ),
    item(
        ALL,
        "对公司强制执行的材料：执行裁定、终结本次执行程序的裁定、财产调查结果",
        "Enforcement papers: rulings, the ruling ending enforcement, the asset search",
        when=JUDGMENT,
    ),
    PAYMENT_EVIDENCE,
]
#: Evidence of mixing or of money moved out fits only where abuse or withdrawal is in question.
MONEY_FLOWS = any_(
    inc("abuse_forms", *ABUSE, "unknown"),
    inc("withdrawal", *WITHDRAWAL, "unknown"),
    ans("separation", "cannot"),
)

node(
    {
        "id": "out_sum",
        "type": "outcome",
        "code": "SH-SUM",
        "title": T("综合结论：本案的各项认定", "Overall: the findings in this case"),
        "summary": [
            variant(
                C_,
                "按记录的经过，你对公司的债权已过诉讼时效（见下列第一项）：对方提出时效抗辩的，公司以及以公司债务为对象的股东等人"
                "的责任都难以成立。请先核对有没有遗漏的催告、承认或起诉。下列其他各项（如有）是另行计算时效的请求。",
                "Counting the events recorded, your claim against the company is time-barred (the "
                "first finding below): once that is pleaded, neither the company nor shareholders "
                "answering for its debt are likely to be held liable. First check for demands, "
                "acknowledgements or suits not recorded. Any other findings below are claims with "
                "their own periods.",
                when=reached("find_sh_q"),
            ),
            variant(
                DEF,
                "你的首要抗辩：债权人对公司的债权已过诉讼时效（见下列第一项）。下列其他各项（如有）是另行计算时效的请求，请逐项"
                "准备抗辩。",
                "Your first defence: the creditor's claim against the company is time-barred (the "
                "first finding below). Any other findings below are claims with their own periods; "
                "prepare a defence to each.",
                when=reached("find_sh_q"),
            ),
            variant(
                C_,
                "按记录的经过，申请劳动仲裁的一年已经届满（见期限），你的工资请求可能已过仲裁时效：请先查找并补记使时效中断的"
                "事实（要求公司支付、公司同意支付、向有关部门投诉）。下列各项以对公司的请求成立为前提；公司提出时效抗辩且成立的，"
                "股东等人对这笔公司债务的责任也随之不能成立。",
                "Counting the events recorded, the year for labour arbitration has run (see the "
                "deadlines), so your wage claim may be time-barred: first look for and record "
                "anything that interrupted it (a demand on the company, its agreeing to pay, a "
                "complaint to an authority). The findings below presuppose the claim against the "
                "company; if the company pleads the time bar successfully, the liability of "
                "shareholders and others for this company debt fails with it.",
                when=all_(WAGES, NO_JUDGMENT, not_(BANKRUPT), LABOUR_BARRED),
            ),
            variant(
                C_,
                "下面逐项列出本案中可以追究的责任，每项写明责任人、范围、顺序和依据。各项可以同时主张，但范围和顺序不同；你从"
                "各方得到的清偿合计不能超过你的债权（{amount.debt_amount}）。",
                "Each liability that can be pursued is listed below, with who, for what, in which "
                "order and on what basis. They may be claimed together, but their scope and order "
                "differ; what you recover from all of them together cannot exceed your claim "
                "({amount.debt_amount}).",
                when=reached("debt_amount"),
            ),
            variant(
                C_,
                "下面逐项列出本案中可以追究的责任，每项写明责任人、范围、顺序和依据。各项可以同时主张，但范围和顺序不同；你从"
                "各方得到的清偿合计不能超过你的损失或者债权本身。",
                "Each liability that can be pursued is listed below, with who, for what, in which "
                "order and on what basis. They may be claimed together, but their scope and order "
                "differ; what you recover from all of them together cannot exceed your loss or "
                "claim.",
            ),
            variant(
                DEF,
                "下面逐项列出对方可能据以要求你（以及其他人）承担责任的理由，每项先写你可以提出的抗辩和能证明它的材料。各项责任的"
                "范围和顺序不同；对方从各方得到的清偿合计不能超过其债权。",
                "Each ground on which the creditor may hold you (and others) liable is listed below"
                ", "
                "each starting with your defences and what proves them. Their scope and order diffe"
                "r; "
                "what the creditor recovers from everyone together cannot exceed his claim.",
            ),
        ],
        "findings": [],
        "deadlines": DEADLINE_USES,
        "warnings": COMMON_WARNINGS,
        "recourse": [
            item(
                ALL,
                "最终的债务人是公司：因人格否认、清算责任或者董事责任承担了连带责任、赔偿责任的人，可以向公司追偿（公司通常"
                "已无财产）。股东在未出资、抽逃出资本息范围内或者提前缴纳出资所付的款项，是履行他自己对公司的出资义务，不能向"
                "公司追偿。",
                "The company is the final debtor: those who paid through piercing, liquidation or "
                "director liability may recover from it (it usually has nothing). What a "
                "shareholder pays within his unpaid or withdrawn capital, or as early capital, "
                "discharges his own duty to the company and cannot be recovered from it.",
                when=not_(reached("find_sh_q")),
            ),
        ],
        "next_steps": [
            item(
                C_,
                "一次起诉公司和所有可能承担责任的人，分别写明每个人的请求和法律依据（连带、补充、出资、赔偿），请法院在判决中"
                "写明各自的范围和顺序；同时申请财产保全。",
                "Sue the company and everyone who may be liable at once, stating each claim and its "
                "basis (joint, supplementary, capital, damages), and ask the court to state each "
                "scope and order in its judgment; apply for preservation at the same time.",
                when=all_(SUE_COMPANY, not_(reached("find_sh_q"))),
            ),
            item(
                C_,
                "在起诉{party.company}的同时把{party.director}列为被告，写明其个人的故意或者重大过失和因果关系。",
                "Sue the {party.director} together with the {party.company}, setting out his own "
                "intent or gross negligence and the causal link.",
                when=all_(reached("find_sh_p"), SUE_COMPANY),
            ),
            item(
                C_,
                "起诉{party.director}，请求其个人承担赔偿责任，写明其个人的故意或者重大过失和因果关系。",
                "Sue the {party.director} for his own liability, setting out his own intent or "
                "gross negligence and the causal link.",
                when=all_(reached("find_sh_p"), SUE_EARLY, any_(BANKRUPT, DEREGISTERED)),
            ),
            item(
                C_,
                "另行起诉股东等人时，分别写明每个人的请求和法律依据（连带、补充、出资、赔偿），并申请财产保全。",
                "Suing shareholders and others separately, state each claim and its basis (joint, "
                "supplementary, capital, damages), and apply for preservation.",
                when=all_(JUDGMENT, not_(ZHONGBEN), not_(reached("find_sh_q"))),
            ),
            *COMMON_STEPS,
        ],
        "evidence": [
            *COMMON_EVIDENCE,
            item(
                ALL,
                "登记机关的公司登记档案（内档）：设立、增资、股权变更材料",
                "The registry's company file: formation, increases, share transfers",
                when=all_(not_(reached("find_sh_q")), reached("capital_status")),
            ),
            item(
                ALL,
                "公司与股东、关联公司之间资金往来的银行流水",
                "Bank statements of payments between the company, its shareholders and affiliates",
                when=MONEY_FLOWS,
            ),
        ],
    }
)

D_NEW_BASIS = any_(not_(DUE_OLD), DUE_OPEN)
D_OLD_BASIS = any_(DUE_OLD, DUE_OPEN)
node(
    {
        "id": "out_none",
        "type": "outcome",
        "code": "SH-D",
        "title": T(
            "没有发现股东等人的责任：公司以其全部财产承担债务",
            "No liability of shareholders or others found: the company answers with all its assets",
        ),
        "summary": [
            variant(
                C_,
                "{party.company}有清偿能力：股东以认缴的出资为限对公司承担责任，补充责任、提前缴纳出资和人格否认的前提都不具备。"
                "请先向公司主张、起诉并申请强制执行；对公司执行不成（取得终本裁定）后，再来评估股东等人的责任。",
                "The {party.company} can pay: shareholders answer only within their subscribed "
                "capital, and supplementary liability, early calls and piercing lack their premise."
                " "
                "Claim from the company, sue and enforce first; if enforcement fails (a ruling endi"
                "ng "
                "it), assess the shareholders and others again.",
                when=all_(CAN_PAY, NO_JUDGMENT),
            ),
            variant(
                C_,
                "{party.company}有清偿能力：股东以认缴的出资为限对公司承担责任，补充责任、提前缴纳出资和人格否认的前提都不具备。"
                "请在申请执行的期间内对公司申请强制执行；执行不成（取得终本裁定）后，再来评估股东等人的责任。",
                "The {party.company} can pay: shareholders answer only within their subscribed "
                "capital, and supplementary liability, early calls and piercing lack their premise."
                " "
                "Apply for enforcement against the company in time; if it fails (a ruling ending it"
                "), "
                "assess the shareholders and others again.",
                when=CAN_PAY,
            ),
            variant(
                C_,
                "根据你的回答，没有发现使股东、董事等人对这笔公司债务承担责任的情形：公司以其全部财产对自己的债务负责，股东以认缴"
                "的出资为限对公司承担责任。情况有变化时（例如对公司执行不能、出资到期、发现抽逃或者混同的证据），可以重新评估。",
                "On your answers nothing makes shareholders, directors or others answer for this "
                "company debt: the company answers with all its assets, shareholders only within "
                "their subscribed capital. If things change (enforcement fails, capital falls due, "
                "evidence of withdrawal or mixing appears), assess again.",
            ),
            variant(
                S_,
                "你的抗辩：{party.company}有清偿能力。你以认缴的出资为限对公司承担责任；对方要求你以出资、抽逃出资为限承担补充"
                "责任，或者要求提前缴纳出资，都以公司不能清偿为前提，人格否认也要求严重损害债权人。对方应当先向公司主张。",
                "Your defence: the {party.company} can pay. You answer only within your subscribed "
                "capital; liability within unpaid or withdrawn capital, or early payment, requires "
                "that the company cannot pay, and piercing requires serious harm to creditors. The "
                "creditor must claim from the company first.",
                when=CAN_PAY,
            ),
            variant(
                S_,
                "根据你的回答，没有发现使你对这笔公司债务承担责任的情形：你以认缴的出资为限对公司承担责任（你的抗辩见下）。请保留"
                "能证明这些事实的材料；对方提出新的证据时，可以重新评估。",
                "On your answers nothing makes you answer for this company debt: you answer only "
                "within your subscribed capital (your defences follow). Keep the proof of these fac"
                "ts; "
                "if the creditor brings new evidence, assess again.",
            ),
            variant(
                D_,
                "根据你的回答，没有发现使你对这笔公司债务承担个人责任的情形：公司以其全部财产对自己的债务负责；董事、高级管理人员、"
                "实际控制人不因职务对公司债务承担个人责任，除非执行职务时故意或者重大过失损害了债权人、负有清算责任，或者协助了"
                "抽逃出资等。",
                "On your answers nothing makes you personally answer for this company debt: the "
                "company answers with all its assets; directors, officers and controllers do not "
                "answer for its debts by holding office — only for harm done in office by intent or"
                " "
                "gross negligence, liquidation duties, helping a withdrawal and the like.",
            ),
        ],
        "findings": [
            finding(
                "不承担责任",
                T("公司的股东{party.shareholder}", "the shareholders ({party.shareholder})"),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "对公司债务不承担个人责任，只以认缴的出资额（认购的股份）为限对公司承担责任",
                    "no personal liability for the company's debts; liable to the company only with"
                    "in "
                    "the subscribed capital (shares)",
                ),
                T("—", "—"),
                [
                    cite(CL, 4, 1, when=D_NEW_BASIS),
                    cite(CL, 3, 1, when=D_NEW_BASIS),
                    cite(CL18, 3, 2, when=D_OLD_BASIS),
                    cite(CL18, 3, 1, when=D_OLD_BASIS),
                ],
                sublabel=T("股东有限责任", "shareholders' limited liability"),
                when=not_(side(DIR)),
                depends_on=["abuse_forms", "capital_status", "withdrawal"],
            ),
            finding(
                "不承担责任",
                T(
                    "董事、高级管理人员或者实际控制人{party.director}",
                    "the directors, officers or controller ({party.director})",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "不因职务对公司债务承担个人责任",
                    "no personal liability for the company's debts by holding office",
                ),
                T("—", "—"),
                [cite(CL, 3, 1, when=D_NEW_BASIS), cite(CL18, 3, 1, when=D_OLD_BASIS)],
                when=side(DIR),
            ),
            finding(
                "不承担责任",
                T(
                    "公司唯一的股东{party.shareholder}（已证明公司财产独立于自己的财产）",
                    "the sole shareholder ({party.shareholder}), having proved the company's assets"
                    " "
                    "were separate",
                ),
                T("{party.creditor}", "the {party.creditor}"),
                T(
                    "不因只有一个股东而对公司债务承担连带责任",
                    "no joint liability for the company's debts for being its only shareholder",
                ),
                T("—", "—"),
                [
                    cite(CL, 23, 3, when=any_(DUE_NEW, DUE_OPEN)),
                    cite(CL18, 63, when=any_(DUE_OLD, DUE_OPEN)),
                ],
                when=ans("separation", "can_prove"),
            ),
        ],
        "remaining_liability": T(
            "{party.company}以其全部财产对这笔债务承担责任。",
            "The {party.company} answers for this debt with all its assets.",
        ),
        "deadlines": DEADLINE_USES,
        "defences": [
            item(
                DEF,
                "公司有清偿能力：补充责任、提前缴纳出资都以公司不能清偿为前提，人格否认也要求严重损害债权人。",
                "The company can pay: supplementary liability and early calls need it unable to pay"
                ", "
                "and piercing needs serious harm to creditors.",
                when=CAN_PAY,
            ),
            item(
                S_,
                "出资已经缴足：保留进账凭证、验资报告和公示系统的实缴信息。",
                "Capital paid in full: keep "
                "the vouchers, verification and the public paid-in record.",
                when=inc("capital_status", "all_paid"),
            ),
            item(
                S_,
                "没有滥用公司独立地位：公司有独立的账户和账簿，你与公司的往来都有合同和记录。",
                "No abuse: "
                "the company had its own accounts and books, and every dealing with you is "
                "documented.",
                when=inc("abuse_forms", "none"),
            ),
            item(
                S_,
                "没有抽逃出资：出资到账后用于公司经营，转出的款项都有真实的交易基础。",
                "No withdrawal: "
                "the capital was used in the business, and every payment out had a real basis.",
                when=inc("withdrawal", "none"),
            ),
            item(
                S_,
                "能够证明公司财产独立于你自己的财产：历年审计报告、独立的账户和账簿。",
                "You can prove the "
                "company's assets were separate: audited accounts, separate accounts and books.",
                when=ans("separation", "can_prove"),
            ),
            item(
                DEF,
                "债权人对公司的债权可能已过诉讼时效（取决于确切的到期日，见期限）：已经届满的，你和公司都可以提出时效抗辩，"
                "须在一审中提出。",
                "The creditor's claim against the company may be time-barred (it turns on the exact "
                "due date; see the deadlines): if so, you and the company may plead limitation, at "
                "first instance.",
                when=BARRED_OPEN,
            ),
        ],
        "warnings": [
            *COMMON_WARNINGS,
            warn(
                "caution",
                ALL,
                "公司已经注销，又没有发现其他责任人：这笔债权实际上难以实现；发现新的事实（例如注销前未经清算、股东未缴出资）时"
                "请重新评估。",
                "The company is deregistered and no one else was found liable: the claim can hardly"
                " "
                "be recovered; if new facts emerge (no liquidation before deregistration, unpaid "
                "capital), assess again.",
                when=DEREGISTERED,
            ),
        ],
        "next_steps": [
            item(
                C_,
                "向{party.company}发出书面催款函（以EMS寄送并保存回执，可以中断时效），起诉公司并申请强制执行；同时申请"
                "财产保全。",
                "Send the {party.company} a written demand (by EMS, keeping the receipt — it "
                "interrupts limitation), sue it and enforce; apply for preservation too.",
                when=all_(SUE_COMPANY, not_(BARRED_OPEN)),
            ),
            item(
                C_,
                "对公司执行不能（取得终本裁定）以后，重新评估股东的出资责任和人格否认责任。",
                "Once "
                "enforcement against the company fails (a ruling ending it), assess the shareholder"
                "s' "
                "capital and piercing liability again.",
                when=not_(any_(ZHONGBEN, DEREGISTERED, BANKRUPT)),
            ),
            *COMMON_STEPS,
            item(
                DEF,
                "保留能证明出资已经缴足、公司独立经营的材料。",
                "Keep the proof that capital was paid and the company ran separately.",
            ),
        ],
        "evidence": [
            *COMMON_EVIDENCE,
            item(
                C_,
                "公司财产线索（银行账户、不动产、车辆、应收账款）",
                "Leads to the company's assets (bank accounts, real estate, vehicles, receivables)",
                when=not_(DEREGISTERED),
            ),
        ],
    }
)


# --- the tree


NOTES = [
    T(
        "结构：先问当事人的立场和身份、对公司债权的经过（事件）和到期日、对个人发生的事，再依次审查：董事和指使者（公司法"
        "第191条、民法典第1169条第1款）、公司的登记状态、注销和清算、人格否认、出资（逾期、转让、失权、未到期、解散和破产）、"
        "抽逃出资。每条途径成立的，记录为一个中间结论（SH-A至SH-Q），最后汇总为SH-SUM；什么都没有发现的为SH-D。对公司的"
        "债权已过诉讼时效的，先审查董事责任和公司的登记状态：公司仍然存在的，记录SH-Q后直接汇总；公司已经注销的，不以SH-Q"
        "截断（注销后对股东等人的请求自知道注销之日起另行计算，股东能否援用公司债务的时效抗辩有争议，以提示说明）。",
        "Structure: first the client's side and role, the history and due date of the claim "
        "against the company and what happened to persons; then in turn directors and "
        "instigators (Company Law art. 191, Civil Code art. 1169(1)), the company's state, "
        "deregistration and liquidation, piercing, capital (overdue, transfers, forfeiture, not "
        "yet due, dissolution and bankruptcy), withdrawn capital. Each route that holds is a "
        "finding node (SH-A … SH-Q), summed up in SH-SUM; nothing found is SH-D. A time-barred "
        "claim against the company: the directors and the company's state are examined first; "
        "a company that still exists records SH-Q and goes to the summary; a deregistered one is "
        "not cut off (claims against shareholders and others run from learning of the "
        "deregistration; whether they may plead the company debt's limitation is contested and "
        "said in a warning).",
    ),
    T(
        "代码：legal-coverage.md §2.2的SH-A至SH-N保留原义；新增SH-O（失权后其他股东按比例补足，公司"
        "法第52条第2款，§7）、"
        "SH-P（董事、高级管理人员对第三人的赔偿责任及指使者的连带责任，§2.1第8点和§7）、SH-Q（对公司的债权已过诉讼时效）。"
        "§2.2列在SH-D下的几种情形（证明财产独立的唯一股东、未参与滥用的股东、善意受让人）作为所在途径结论中的“不承担责任”"
        "认定出现，对被要求承担责任的一方放在摘要开头。",
        "Codes: SH-A … SH-N keep their meaning from legal-coverage.md §2.2; new are SH-O "
        "(forfeiture: the other shareholders pay in proportion, Company Law art. 52(2), §7), SH-P "
        "(directors' and officers' liability to third parties and the instigator's joint "
        "liability, §2.1 item 8 and §7) and SH-Q (the claim against the company is time-barred). "
        "The cases §2.2 lists under SH-D (a sole shareholder who proves separation, a passive "
        "co-shareholder, a bona fide transferee) appear as 不承担责任 findings within their route, "
        "and lead the summary for the person claimed against.",
    ),
    T(
        "时间效力：公司法第191条、第240条第3款、第88条第2款、第54条不溯及（§7）；第88条第1款依时间效力规定第4条第1项溯及。"
        "新旧公司法以法律事实的日期判断：董事行为之日、注销之日、股权转让之日、债务到期日（第54条和只有一个股东的公司）、"
        "滥用行为之日、公司成立之日、出资应缴之日、抽逃之日、解散事由出现之日（第6条：6月15日以前旧规则，6月17日以后第232条，"
        "6月16日按民法典第201条计算十五日到7月1日才届满，两种理解都列出并提示）。适用旧法的每一步都引用时间效力规定第1条"
        "第2款（清算为第6条第1款）。只有一个股东的公司以债务日期判断版本，是作者的判断；看混同事实发生时间的另一种观点以"
        "提示说明。连带责任的一般规则（民法典第178条等）按债权人对公司债权的到期日选择版本。",
        "Temporal effect: Company Law arts. 191, 240(3), 88(2) and 54 are not retroactive (§7); "
        "art. 88(1) is, by art. 4 item 1 of the temporal-effect provisions. The version follows "
        "the date of the legal fact: the director's act, the deregistration, the transfer, the "
        "debt's due date (art. 54 and one-shareholder companies), the abuse, the formation, the "
        "day the capital was due, the withdrawal, the cause of dissolution (art. 6: old rules up "
        "to 15 June 2024, art. 232 from 17 June; 16 June, whose fifteen days counted under Civil "
        "Code art. 201 end on 1 July, gets both findings and a warning). Every old-law step cites "
        "art. 1(2) of the provisions (art. 6(1) for liquidation). Dating one-shareholder companies "
        "by the debt is the authors' judgement; the view that looks at when the mixing happened "
        "is a warning. The general joint-liability rules (Civil Code art. 178 …) follow the due "
        "date of the creditor's claim against the company.",
    ),
    T(
        "期限：对公司的债权没有判决时计算诉讼时效（按事件中断；2017年10月1日以前到期的按民法通则第135条二年，由引擎按"
        "法释〔2018〕12号延长），有生效判决或裁决时计算申请执行的期间（民事诉讼法第250条），有终本裁定时提示民诉法解释第517条"
        "第2款；一审判决送达的计算上诉期；劳动报酬没有裁决的计算一年的劳动仲裁时效（劳动争议调解仲裁法不在法条库中，依据写"
        "民法典第188条第1款“法律另有规定的，依照其规定”，注释中说明并请律师核对；按诉讼时效的种类计算，读入案件经过，催告、"
        "承认使其中断、申请仲裁使其在程序中不届满，第27条第2款只以文字说明；届满的，结论、提示和下一步说明可能已过仲裁"
        "时效以及对股东等人的影响）。对股东等人的请求另计：人格否认在对公司的"
        "判决生效后重新起算（诉讼时效规定第15条第2款）；清算责任自知道无法清算或者受到损失之日起（民法典第188条第2款；九民纪要"
        "第16条只作提示；新法下只计对董事的事件）；董事责任自知道受到损害之日（不清楚的，自行为之日保守计算）；注销后对股东的"
        "请求自知道注销之日（不清楚的，自注销之日保守计算）。出资和抽逃出资责任不适用诉讼时效（诉讼时效规定第1条第3项、公司法"
        "解释三第19条），只在这些结论中提示。每个期限写明由哪一方行事（acts）。对个人的事件可以只针对一人："
        "2024年7月1日以后简易注销时作出承诺的股东（公司法第240条第3款）、判决后的人格否认（第23条）和旧规则下对"
        "公司债务承担连带清偿责任的清算义务人（公司法解释二第18条第2款、第20条第1款：有限责任公司的股东，未经清算"
        "即注销的还有实际控制人；股份有限公司的董事和控股股东）是连带债务人，对一人的中断及于其他人（persons joint，"
        "诉讼时效规定第15条第2款）；其余（董事、第18条第1款的赔偿、第18条第3款实际控制人的相应责任、2024年7月1日"
        "以前的承诺）是否连带有疑问或者不是连带，各人分别计算。",
        "Deadlines: without a judgment, limitation against the company (interrupted by the "
        "events; for debts due before 1 October 2017 the two years of 民法通则135, lengthened by "
        "the engine under 法释〔2018〕12号); with an effective judgment or award, the enforcement "
        "period (Civil Procedure Law art. 250), with a note on CPL Interpretation art. 517(2) "
        "after a ruling ending enforcement; the appeal period after service of a first-instance "
        "judgment; for wages without an award, the one-year labour arbitration time limit (the "
        "Labour Dispute Mediation and Arbitration Law is not in the statute library: the row "
        "cites Civil Code art. 188(1), 'where the law provides otherwise', and its note names the "
        "law for a lawyer to check; computed as a limitation reading the case's history, so "
        "demands and acknowledgements interrupt it and an application keeps it from ending, art. "
        "27(2) named in words only; once run, the conclusion, a warning and the step say the "
        "claim may be time-barred and what that means for shareholders and others). Claims "
        "against the persons run on their own: piercing from "
        "the judgment against the company (Limitation Provisions art. 15(2)); liquidation from "
        "learning it was impossible or of the loss (Civil Code art. 188(2); the 2019 minutes "
        "item 16 only as a note; under the new law only events against directors count); "
        "directors from learning of the damage (unknown: from the act, cautiously); claims after "
        "deregistration from learning of it (unknown: from the deregistration, cautiously). "
        "Capital and withdrawn-capital liability is not subject to limitation (Limitation "
        "Provisions art. 1(3), Interpretation III art. 19), said only on those findings. Every "
        "deadline says which side acts by it. Events may concern one person: the shareholders "
        "who undertook at a simplified deregistration from 1 July 2024 (Company Law art. 240(3)), "
        "the abusers after a judgment (art. 23) and the obligors liable jointly to pay under the "
        "old liquidation rules (Interpretation II arts. 18(2), 20(1): an LLC's shareholders, with "
        "the controller where deregistered without liquidation; a JSC's directors and "
        "controlling shareholder) are joint debtors, so an interruption against one reaches the "
        "others (persons joint, Limitation Provisions art. 15(2)); for the rest (directors, "
        "damages under art. 18(1), the controller's corresponding liability under 18(3), "
        "undertakings before July 2024) joint liability is doubtful or absent and each counts "
        "on his own.",
    ),
    T(
        "引擎与格式的限制：（1）以事件为起点的期限（对公司的判决生效后对股东的时效）不能按事件日期选择依据的版本，依据写为诉讼时效"
        "规定第15条第2款；（2）事件早于期限起算日的，引擎仍按中断计算，可能使期限提前（保守）；（3）一个期限只能读取一个事件"
        "问题，对公司的事件不能同时计入对股东的时效，表中注明；（4）“不清楚”的单选答案会使其后所有认定都标注为取决于该事实，"
        "因此各途径中可能不清楚的事实尽量用多选题或日期，并把出资途径放在最后；（5）条件只能比较每条路径上都问过的日期和事件："
        "对公司债权是否已过时效由两个到期日问题各自的分支判断后经过标记节点（time_barred、time_bar_open）记录；失权六个月同样"
        "用标记节点；注销之日与对公司债权时效届满日的先后无法比较（后者读取的事件问题不在每条路径上），以提示写出两个日期；"
        "对个人请求的时效抗辩只在没有记录对个人的事件时列出；（6）认定的条件读取只知道月份的日期时，引擎总是把它标注为取决于"
        "该事实，因此简易注销的新旧法由分支m_era判断后经标记节点（m_era_new、m_era_old）记录，整月都在2024年7月1日同一侧的"
        "月份不再标注；（7）被告的答辩期没有起算事件（起诉状副本送达），不作为期限计算。",
        "Engine and format limits: (1) a deadline running from an event (limitation against the "
        "shareholder after the judgment against the company) cannot pick its basis by the event's "
        "date, so it cites Limitation Provisions art. 15(2); (2) an event before a deadline's start"
        " still interrupts it in the engine, which may bring the date forward (cautious); (3) a "
        "deadline reads one events question, so events against the company do not count towards "
        "limitation against the shareholder — the rows say so; (4) a 'not known' single-choice "
        "answer marks every later finding as depending on it, so facts that may be unknown are "
        "asked as multiple choice or dates where possible, and the capital route comes last; (5) "
        "conditions compare only dates and events asked on every path: whether the claim against "
        "the company is time-barred is decided on each due-date path and recorded by marker nodes "
        "(time_barred, time_bar_open), likewise the six months after forfeiture; the day of "
        "deregistration cannot be compared with the end of the company claim's limitation (which "
        "reads an events question not asked on every path), so a warning prints both dates; a "
        "limitation defence against a person is offered only where no event against persons is "
        "recorded; (6) a finding whose condition reads a month-only date is always marked as "
        "resting on it, so the era of a simplified deregistration is decided by the branch m_era "
        "and recorded by marker nodes (m_era_new, m_era_old): a month wholly on one side of 1 "
        "July 2024 is no longer marked; (7) the defendant's period to answer has no starting "
        "event (service of the complaint) and is not computed.",
    ),
    T(
        "尚待核实：最高人民法院在2024年后可能发布统一的公司法司法解释，替代公司法解释二、三的部分条文（§6第8项）；破产中个别"
        "债权人向股东主张出资、执行中追加股东为被执行人的规定（最高人民法院关于民事执行中变更、追加当事人的规定）、劳动争议调解"
        "仲裁法，不在法条库中，只在文字中点名并请律师核对；九民纪要第6、10—16条和指导案例15号只作为实务提示出现。",
        "To verify: the SPC may have issued a consolidated Company Law interpretation after 2024 "
        "replacing parts of Interpretations II and III (§6 item 8); the rules on single creditors "
        "claiming capital in bankruptcy, on adding shareholders as judgment debtors (the SPC "
        "provisions on changing and adding parties in enforcement), and the Labour Dispute "
        "Mediation and Arbitration Law are not in the statute library and are only named in "
        "plain words for a lawyer to check; items 6 and 10–16 of the 2019 minutes and Guiding "
        "Case 15 appear only as practice warnings.",
    ),
]


GLOSSARY: list[J] = [
    {
        "id": "limited_liability",
        "term": T("有限责任", "limited liability (有限责任)"),
        "definition": T(
            "股东只以自己认缴的出资额（股份有限公司为认购的股份）为限对公司承担责任；公司的债务由公司用自己的全部财产偿还，原则上与股东个人财产无关。",
            "A shareholder answers only up to the capital he subscribed (in a joint stock company, "
            "the shares he took); the company pays its debts from its own assets, which as a rule a"
            "re separate from the shareholders' personal property.",
        ),
    },
    {
        "id": "joint_several",
        "term": T("连带责任", "joint and several liability (连带责任)"),
        "definition": T(
            "几个人对同一笔债务都要负责，债权人可以找其中任何一个人或几个人要求偿还全部或部分；多付的人再按份额向其他人追偿。连带责任只能由法律规定或当事人约定，不能因为“公平”推定。",
            "Several people are each liable for the same debt: the creditor can claim all or part o"
            "f it from any one or more of them, and whoever pays more than his share recovers the e"
            "xcess from the others. It arises only by law or agreement, never merely because it see"
            "ms fair.",
        ),
    },
    {
        "id": "supplementary",
        "term": T("补充责任（补充赔偿责任）", "supplementary liability (补充责任, 补充赔偿责任)"),
        "definition": T(
            "先由公司清偿，公司清偿不了的部分，才由负补充责任的人在一定范围内（如未缴出资本息）补上。与连带责任不同：它有先后顺序，并且有上限。",
            "The company pays first; only what it cannot pay is made up by the person with suppleme"
            "ntary liability, within a limit (such as the unpaid capital plus interest). Unlike joi"
            "nt and several liability it has an order and a cap.",
        ),
    },
    {
        "id": "subscribed_capital",
        "term": T("认缴出资", "subscribed capital (认缴)"),
        "definition": T(
            "股东承诺向公司投入的出资额，写在公司章程里，并登记为注册资本。认缴了不等于已经交了钱。",
            "The amount a shareholder promises to put into the company, written in the articles of "
            "association and registered as registered capital. Subscribing is not the same as havin"
            "g paid.",
        ),
    },
    {
        "id": "paid_in_capital",
        "term": T("实缴出资", "paid-in capital (实缴)"),
        "definition": T(
            "股东实际已经交给公司的出资（钱已经打进公司账户，或者实物、知识产权等已经过户给公司）。可在国家企业信用信息公示系统查看“实缴出资额”。",
            "The capital actually handed over (money paid into the company's account, or property o"
            "r IP transferred to it). The National Enterprise Credit Information Publicity System s"
            "hows the 'paid-in amount'.",
        ),
    },
    {
        "id": "contribution_due",
        "term": T("出资期限（到期/未届期）", "contribution due date (to-date / not yet due)"),
        "definition": T(
            "公司章程规定的股东缴纳出资的最后日期。日期已过还没缴足叫“逾期未缴”；日期还没到叫“未届期”。2024年7月1日后成立的有限责任公司，出资须在成立之日起5年内缴足。",
            "The last date by which the articles of association require a shareholder to pay in. If"
            " it has passed and the capital is unpaid, the capital is overdue; if it has not yet co"
            "me, it is not yet due. For limited liability companies set up from 1 July 2024, capita"
            "l must be fully paid within 5 years of formation.",
        ),
    },
    {
        "id": "acceleration",
        "term": T("出资加速到期", "acceleration of capital contributions"),
        "definition": T(
            "出资期限还没到，但因为公司不能清偿到期债务（公司法第54条）或公司破产（企业破产法第35条），股东须提前缴纳出资。",
            "Shareholders must pay capital before its due date because the company cannot pay debts"
            " that are due (Company Law Art. 54) or is in bankruptcy (Enterprise Bankruptcy Law Art"
            ". 35).",
        ),
    },
    {
        "id": "capital_withdrawal",
        "term": T("抽逃出资", "withdrawal of capital (抽逃出资)"),
        "definition": T(
            "股东交了出资之后，没有经过减资等法定程序，又把钱或财产拿回去，例如验资后立即转走、虚构交易转出、虚增利润分红。",
            "A shareholder takes the paid-in money or property back out without a lawful procedure "
            "such as a capital reduction, e.g. moving it out right after it was verified, through s"
            "ham deals, or through dividends from inflated profits.",
        ),
    },
    {
        "id": "veil_piercing",
        "term": T("法人人格否认", "piercing the corporate veil (人格否认)"),
        "definition": T(
            "在个案中不承认公司与股东是彼此独立的人：股东滥用公司的独立地位逃避债务、严重损害债权人的，要对公司的债务承担连带责任。这是例外，只针对实施滥用的股东。",
            "In a particular case the court disregards the separation between company and sharehold"
            "er: a shareholder who abused the company's separate status to escape debts and serious"
            "ly harmed creditors becomes jointly and severally liable for the company's debts. It i"
            "s an exception and reaches only the shareholder who abused.",
        ),
    },
    {
        "id": "asset_mixing",
        "term": T("财产混同", "mixing of assets (财产混同)"),
        "definition": T(
            "公司的钱和股东的钱分不开：例如公司收入进股东个人银行卡或微信、股东用公司账户付家庭开支、公司和股东共用账户、公司没有独立账簿、公司财产登记在股东名下。这是人格否认中最常见、最核心的情形。",
            "The company's money and the shareholder's cannot be told apart: e.g. company income go"
            "es into the shareholder's personal bank card or WeChat, family bills are paid from the"
            " company account, they share one account, the company keeps no separate books, or comp"
            "any property is registered in the shareholder's name. It is the most common and centra"
            "l ground for piercing.",
        ),
    },
    {
        "id": "one_shareholder_company",
        "term": T("只有一个股东的公司（一人公司）", "one-shareholder company (一人公司)"),
        "definition": T(
            "只有一个自然人股东或一个法人股东的公司。营业执照“类型”一栏通常写“自然人独资”或“法人独资”。股东要自己证明公司财产与自己的财产是分开的。",
            "A company with a single shareholder, a person or a company. The 'type' field of the bu"
            "siness licence usually reads 自然人独资 or 法人独资. The shareholder must prove that t"
            "he company's assets were kept apart from his own.",
        ),
    },
    {
        "id": "spouse_company",
        "term": T("夫妻公司", "spouse company (夫妻公司)"),
        "definition": T(
            "股东只有夫妻两人的有限责任公司。它在法律上是两个股东的公司，但有的法院认为实质上是一人公司。",
            "A limited liability company whose only shareholders are a married couple. Legally it h"
            "as two shareholders, but some courts treat it as a one-shareholder company in substanc"
            "e.",
        ),
    },
    {
        "id": "zhongben",
        "term": T("终本裁定", "ruling terminating the current enforcement (终本裁定)"),
        "definition": T(
            "“终结本次执行程序”裁定：法院执行时查不到可供执行的财产，暂时结束这次执行。它是证明“公司不能清偿”最常用的材料；以后发现财产还可以恢复执行。",
            "A ruling 'terminating the current round of enforcement': the court found no assets to "
            "enforce against and closes this round for now. It is the usual proof that the company "
            "cannot pay; enforcement can resume if assets are found later.",
        ),
    },
    {
        "id": "gsxt",
        "term": T(
            "国家企业信用信息公示系统", "National Enterprise Credit Information Publicity System"
        ),
        "definition": T(
            "官方的企业信息网站（www.gsxt.gov.cn），免费查询公司的成立日期、类型、股东、认缴和实缴出资、变更记录、年度报告、吊销和注销信息。更详细的登记档案（内档）可以向登记机关或由律师、法院调取。",
            "The official company information website (www.gsxt.gov.cn): free look-up of a company'"
            "s date of formation, type, shareholders, subscribed and paid-in capital, changes, annu"
            "al reports, revocation and deregistration. The full registration file can be obtained "
            "from the registry, or through a lawyer or the court.",
        ),
    },
    {
        "id": "nominee_shareholder",
        "term": T("名义股东（代持）", "nominee shareholder (代持)"),
        "definition": T(
            "登记为股东的人其实是替别人（实际出资人）持有股权。对公司债权人来说，登记的人就是股东，不能以代持为由推卸责任。",
            "The registered shareholder holds the shares for someone else (the real investor). Towa"
            "rds the company's creditors the registered person is the shareholder and cannot escape"
            " liability by pointing to the arrangement.",
        ),
    },
    {
        "id": "equity_security_transfer",
        "term": T("股权让与担保", "transfer of shares as security (股权让与担保)"),
        "definition": T(
            "债务人（股东）为了担保借款，把股权过户到出借人名下，还清后再转回。出借人只是名义上的股东，不对出资瑕疵承担责任。",
            "A debtor who is a shareholder transfers his shares into the lender's name to secure a "
            "loan, to be transferred back on repayment. The lender is a shareholder in name only an"
            "d is not liable for defects in the capital.",
        ),
    },
    {
        "id": "promoter",
        "term": T("发起人（设立时的股东）", "promoter / founding shareholder"),
        "definition": T(
            "参与设立公司、在公司成立时就是股东的人。股份有限公司叫“发起人”。他们对设立时其他股东的出资不足负有连带责任。",
            "Those who set up the company and were its shareholders at formation; in a joint stock "
            "company they are called promoters. They are jointly liable for shortfalls in the other"
            " founders' contributions at formation.",
        ),
    },
    {
        "id": "forfeiture",
        "term": T("失权", "forfeiture of shares (失权)"),
        "definition": T(
            "股东逾期不缴出资，经公司书面催缴、宽限期（不少于60日）届满仍不缴，公司经董事会决议书面通知其丧失未缴出资对应的股权（2024年7月1日起的新制度）。",
            "A shareholder who does not pay overdue capital after a written demand and a grace peri"
            "od of at least 60 days loses the shares for the unpaid part, by a board resolution and"
            " written notice (a new mechanism from 1 July 2024).",
        ),
    },
    {
        "id": "dissolution_cause",
        "term": T("解散事由", "cause of dissolution (解散事由)"),
        "definition": T(
            "使公司应当解散的事实：章程规定的营业期限届满或其他解散事由出现、股东会决议解散、合并或分立、被吊销营业执照或责令关闭或被撤销、法院判决解散。除合并分立外，出现后都要清算。",
            "A fact that requires the company to be wound up: the business term in the articles exp"
            "ires or another cause stated there occurs, a shareholders' resolution to dissolve, a m"
            "erger or division, revocation of the business licence, an order to close or cancellati"
            "on, or a court judgment dissolving it. Except for mergers and divisions, liquidation m"
            "ust follow.",
        ),
    },
    {
        "id": "liquidation_obligor",
        "term": T("清算义务人", "liquidation obligor (清算义务人)"),
        "definition": T(
            "公司解散后负责及时组成清算组开始清算的人。解散事由出现在2024年7月1日前：有限责任公司为全体股东，股份有限公司为董事和控股股东；此后为董事。",
            "The people who must form a liquidation group and start liquidating promptly after diss"
            "olution. Dissolution cause before 1 July 2024: all shareholders of a limited liability"
            " company, the directors and controlling shareholder of a joint stock company; from the"
            "n: the directors.",
        ),
    },
    {
        "id": "simplified_deregistration",
        "term": T("简易注销", "simplified deregistration (简易注销)"),
        "definition": T(
            "公司在存续期间没有债务或已清偿全部债务的，经全体股东承诺，不经清算程序直接注销登记。承诺不实的，股东要对注销前的债务负责。",
            "A company that never had debts, or has paid them all, may be struck off without a liqu"
            "idation on an undertaking by all shareholders. If the undertaking is untrue, the share"
            "holders answer for the debts incurred before deregistration.",
        ),
    },
    {
        "id": "controlling_shareholder",
        "term": T("控股股东、实际控制人", "controlling shareholder, actual controller"),
        "definition": T(
            "控股股东：持股超过50%，或虽不足50%但表决权足以对股东会决议产生重大影响的股东。实际控制人：通过投资关系、协议或其他安排实际支配公司行为的人（公司法第265条）。",
            "Controlling shareholder: holds more than 50%, or less but with enough votes to influen"
            "ce shareholder resolutions decisively. Actual controller: whoever in fact directs the "
            "company through investment, agreements or other arrangements (Company Law Art. 265).",
        ),
    },
    {
        "id": "gross_negligence",
        "term": T("故意或者重大过失", "intent or gross negligence"),
        "definition": T(
            "故意：明知会损害他人而有意为之。重大过失：连一般人都会注意到的风险也完全不顾。普通的经营失误、判断错误不算。",
            "Intent: harming someone knowingly and on purpose. Gross negligence: ignoring a risk th"
            "at anyone would have noticed. Ordinary business mistakes or errors of judgement do not"
            " count.",
        ),
    },
    {
        "id": "limitation_period",
        "term": T("诉讼时效", "limitation period (诉讼时效)"),
        "definition": T(
            "向法院请求保护权利的期间，一般为三年，从知道或应当知道权利受损和义务人时起算；催告、起诉、对方同意履行会使时效中断并重新计算。过了时效，对方可以拒绝履行。",
            "The period for asking a court to protect a right, normally three years from when the c"
            "reditor knew or should have known of the harm and who is liable; a demand, a lawsuit o"
            "r the debtor agreeing to pay interrupts it and it starts again. After it expires the d"
            "ebtor may refuse to pay.",
        ),
    },
    {
        "id": "bankruptcy_acceptance",
        "term": T("破产申请受理", "acceptance of a bankruptcy petition"),
        "definition": T(
            "法院裁定受理对公司的破产申请。此后债权人要向管理人申报债权，个别清偿无效，股东欠缴的出资由管理人追收。",
            "The court's ruling accepting a bankruptcy petition against the company. From then on c"
            "reditors file their claims with the administrator, individual payments are void, and t"
            "he administrator collects any unpaid capital.",
        ),
    },
    {
        "id": "articles_of_association",
        "term": T("公司章程", "articles of association (公司章程)"),
        "definition": T(
            "公司的基本规则文件，写明每个股东认缴多少出资、用什么方式、什么时候缴。可以向登记机关调取，历次修改的章程修正案也要一并调取。",
            "The company's basic rule book, stating how much each shareholder subscribed, in what f"
            "orm and by when. It can be obtained from the registry; get every later amendment too.",
        ),
    },
]


ZH_PARTY_WORDS = [
    # The placeholder prints the party's label and the names ("股东（张三）"): drop the word the
    # label already says, or the placeholder where the label would say more than meant.
    ("董事{party.director}和控股股东{party.controller}", "董事和控股股东"),
    (
        "董事{party.director}、控股股东以及公司的实际控制人{party.controller}",
        "董事、控股股东以及公司的实际控制人",
    ),
    ("公司的董事{party.director}（清算义务人）", "公司的董事（清算义务人）"),
    ("董事、高级管理人员{party.director}", "{party.director}"),
    ("实际控制人{party.director}", "实际控制人"),
    ("实际控制人{party.controller}", "实际控制人"),
    ("控股股东{party.controller}", "控股股东"),
    ("股东{party.shareholder}", "{party.shareholder}"),
    ("受让人{party.transferee}", "{party.transferee}"),
    ("原股东{party.transferor}", "{party.transferor}"),
    ("转让人{party.transferor}", "{party.transferor}"),
    ("关联公司{party.sister}", "{party.sister}"),
]
EN_PARTY_WORDS = re.compile(
    r"\b(?:sole shareholder|shareholders?|transferor|transferee|directors?|controlling "
    r"shareholder|actual controller|controller|sister companies( used)?) \(\{party\.(\w+)\}\)"
)


def party_words(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) >= {"zh", "en"} and isinstance(value.get("zh"), str):
            zh, en = value["zh"], value["en"]
            for old, new in ZH_PARTY_WORDS:
                zh = zh.replace(old, new)
            en = EN_PARTY_WORDS.sub(lambda m: "{party." + m.group(2) + "}", en)
            return {**value, "zh": zh, "en": en}
        return {k: party_words(v) for k, v in value.items()}
    if isinstance(value, list):
        return [party_words(v) for v in value]
    return value


def build() -> J:
    raw: J = {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "shareholder",
        "version": "2.1.3",
        "domain": "shareholder",
        "title": T(
            "公司股东、董事等对公司债务的责任",
            "Liability of shareholders, directors and others for a company's debts",
        ),
        "description": T(
            "评估公司的股东（以及转让或者受让股权的人）、董事、高级管理人员、实际控制人和清算义务人是否、以何种方式对公司债务"
            "承担责任：出资不足、未到期出资提前缴纳、抽逃出资、股权转让、代持、失权；人格否认（纵向、横向、只有一个股东的"
            "公司）；清算与注销；董事责任和指使者的连带责任。为债权人和被要求承担责任的人分别写明结论、抗辩和期限；按2024年"
            "7月1日新旧公司法的适用规则选择法律版本；几种责任可以同时成立，逐项列出。",
            "Assesses whether and how a company's shareholders (and those who transferred or "
            "acquired shares), directors, officers, controllers and liquidation obligors answer "
            "for its debts: unpaid capital, early calls, withdrawal, transfers, nominees, "
            "forfeiture; veil piercing (vertical, horizontal, one-shareholder companies); "
            "liquidation and deregistration; directors and those who instruct them. Written for "
            "the creditor and for the person claimed against, with defences and deadlines; the "
            "law version follows the 1 July 2024 Company Law's transition rules; several "
            "liabilities can hold at once and each is listed.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [CL, CL18, TE, J2, J3, CC, LP, CPL, CPI, EBL, RCR, GI, TL, GP, GPCL],
        "notes": NOTES,
        "sides": [
            {
                "id": CRED,
                "label": T(
                    "公司的债权人（包括被拖欠工资的劳动者）",
                    "The company's creditor (incl. an employee owed wages)",
                ),
            },
            {
                "id": SH,
                "label": T(
                    "被要求承担责任的股东、原股东（转让人）或者受让人",
                    "A shareholder, former shareholder (transferor) or transferee claimed against",
                ),
                "claimed_against": True,
            },
            {
                "id": DIR,
                "label": T(
                    "被要求承担责任的董事、高级管理人员、实际控制人或者清算组成员",
                    "A director, officer, controller or liquidation committee member "
                    "claimed against",
                ),
                "claimed_against": True,
            },
        ],
        "parties": [
            {"id": "company", "label": T("公司", "company")},
            {"id": "creditor", "label": T("债权人", "creditor")},
            {"id": "shareholder", "label": T("股东", "shareholder"), "many": True},
            {"id": "transferor", "label": T("原股东", "former shareholder")},
            {"id": "transferee", "label": T("受让人", "transferee")},
            {
                "id": "director",
                "label": T("董事、高级管理人员", "director or officer"),
                "many": True,
            },
            {
                "id": "controller",
                "label": T(
                    "控股股东或者实际控制人", "controlling shareholder or actual controller"
                ),
            },
            {"id": "sister", "label": T("关联公司", "sister company"), "many": True},
            {
                "id": "defaulter",
                "label": T(
                    "未按期足额缴纳出资的股东", "shareholder who did not pay his capital in full"
                ),
                "many": True,
            },
            {
                "id": "withdrawer",
                "label": T("抽逃出资的股东", "shareholder who withdrew capital"),
                "many": True,
            },
            {
                "id": "abuser",
                "label": T("实施滥用行为的股东", "shareholder who abused the company"),
                "many": True,
            },
            {
                "id": "undue",
                "label": T("出资期限未到的股东", "shareholder whose capital is not yet due"),
                "many": True,
            },
        ],
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": NODES,
    }
    return share(party_words(json.loads(json.dumps(raw))))


def render() -> str:
    return to_text(build()) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        if not same:
            sys.stderr.write(f"{OUT}: differs from the generator's output\n")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
