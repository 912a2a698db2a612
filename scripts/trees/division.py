"""Generate trees/division.json: debts of a legal person that was divided or merged.

    python scripts/trees/division.py          # write the tree
    python scripts/trees/division.py --check  # exit 1 if the committed file differs

The law (legal-coverage.md §5.3): 民法典67 (民法总则67 from 2017-10-01, 民法通则44(2) before);
for companies 公司法221/223 (from 2024-07-01) and 公司法(2018)174/176 (2018-10-26 – 2024-06-30).
The tree is written here because every finding, warning and deadline carries the same date
conditions (which law was in force on the day of the division or merger).
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

PATH = ROOT / "trees" / "division.json"

CC, GP, GPC = "civil_code", "general_provisions_civil_law_2017", "general_principles_civil_law_1986"
CO, CO18 = "company_law_2023", "company_law_2018"
LIM, CPL = "spc_limitation_provisions", "civil_procedure_law"

COMPANY = ans("person_type", "company")
OTHER = ans("person_type", "other")
CREDITOR, SUCCESSOR = side("creditor"), side("successor")
JUDGMENT = event("history", "judgment_effective")
NO_JUDGMENT = NOT(JUDGMENT)
SUIT_PENDING = ALL(event("history", "suit"), NO_JUDGMENT)
NO_EVENTS = ans("history_gate", "none")
OLD_DUE = before("due_date", "2017-10-01")
NEW_DUE = on_after("due_date", "2017-10-01")
#: On the facts recorded (no demand, acknowledgement, suit …), limitation has run out.
PASSED_NO_EVENTS = ALL(
    NO_EVENTS,
    ANY(
        ALL(NEW_DUE, {"deadline": "limitation_plain", "passed": True}),
        ALL(OLD_DUE, {"deadline": "limitation_plain_2y", "passed": True}),
    ),
)
#: Limitation may still be running: events were recorded, it runs, or it cannot be told.
MAY_RUN = ANY(
    ans("history_gate", "some"),
    ALL(NEW_DUE, {"deadline": "limitation_plain", "passed": False}),
    ALL(OLD_DUE, {"deadline": "limitation_plain_2y", "passed": False}),
    und(PASSED_NO_EVENTS),
)
AGREED = ANY(ans("agreement", "written"), ALL(ans("agreement", "oral"), OTHER))


# --- which law was in force on a date -------------------------------------------------------


def civil(q: str) -> J:
    """民法典 in force (or the date is not known: the current law is shown, with a warning)."""
    return ANY(on_after(q, "2021-01-01"), unknown(q))


def provisions(q: str) -> J:
    return between(q, "2017-10-01", "2021-01-01")


def principles(q: str) -> J:
    return before(q, "2017-10-01")


def company_2023(q: str) -> J:
    return ALL(COMPANY, ANY(on_after(q, "2024-07-01"), unknown(q)))


def company_2018(q: str) -> J:
    # A month-only date in October 2018 straddles 2018-10-26; the earlier text was the same.
    return ALL(
        COMPANY,
        ANY(
            between(q, "2018-10-26", "2024-07-01"),
            ALL({"month_only": q}, und(on_after(q, "2018-10-26"))),
        ),
    )


def company_older(q: str) -> J:
    return ALL(COMPANY, before(q, "2018-10-26"))


def general_cites(q: str, article: int, paragraph: int) -> list[J]:
    """民法典 / 民法总则 article ``article``, or 民法通则44(2), as in force on ``q``."""
    return [
        C(CC, article, paragraph, when=civil(q)),
        C(GP, article, paragraph, when=provisions(q)),
        C(GPC, 44, 2, when=principles(q)),
    ]


def company_cites(q: str, new: tuple[int, ...], old: tuple[int, ...]) -> list[J]:
    return [C(CO, *new, when=company_2023(q)), C(CO18, *old, when=company_2018(q))]


DIVISION_BASIS = general_cites("division_date", 67, 2) + company_cites(
    "division_date", (223,), (176,)
)
MERGER_BASIS = general_cites("merger_date", 67, 1) + company_cites("merger_date", (221,), (174,))


# --- deadlines ----------------------------------------------------------------------------

#: The events that bear on the claim against the debtor and its successors: a suit against the
#: recipient of moved assets (to have the transfer revoked) is not one against a debtor.
CLAIM_PARTIES = ["debtor", "successor"]
#: The one-year revocation period ends no later than the five-year one: the creditor learned of
#: the transfer on or before its fourth anniversary (the five years then bound the one year).
#: Decided on the transfer path (node revocation_order); the deadlines read where it went.
ONE_YEAR_FIRST = {"date": "knew_date", "on_or_before": {"deadline": "transfer_plus_4y"}}
FIVE_YEARS_FIRST = {"date": "knew_date", "after": {"deadline": "transfer_plus_4y"}}

DEADLINES: J = {
    "limitation": {
        "id": "limitation",
        "kind": "limitation",
        "label": T("这笔债权的诉讼时效", "Limitation of the claim"),
        "from": "due_date",
        "add": {"years": 3},
        "basis": [
            C(CC, 188, 1, when=on_after("due_date", "2021-01-01")),
            C(GP, 188, 1, when=between("due_date", "2017-10-01", "2021-01-01")),
        ],
        "events": {"from": "history", "parties": CLAIM_PARTIES},
        "acts": ["creditor"],
        "when": ANY(
            on_after("due_date", "2017-10-01"),
            unknown("due_date"),
            und(before("due_date", "2017-10-01")),
        ),
    },
    "limitation_2y": {
        "id": "limitation_2y",
        "kind": "limitation",
        "label": T(
            "这笔债权的诉讼时效（2017年10月1日以前到期）",
            "Limitation of the claim (due before 1 October 2017)",
        ),
        "from": "due_date",
        "add": {"years": 2},
        "basis": [C(GPC, 135)],
        "events": {"from": "history", "parties": CLAIM_PARTIES},
        "acts": ["creditor"],
        "when": before("due_date", "2017-10-01"),
    },
    # The same periods without the case's history, for conditions: "has limitation run out on
    # the recorded facts?" is only asked where no event was recorded (history_gate: none).
    "limitation_plain": {
        "id": "limitation_plain",
        "kind": "limitation",
        "label": T("这笔债权的诉讼时效（未中断）", "Limitation of the claim (uninterrupted)"),
        "from": "due_date",
        "add": {"years": 3},
        "basis": [C(CC, 188, 1)],
    },
    "limitation_plain_2y": {
        "id": "limitation_plain_2y",
        "kind": "limitation",
        "label": T(
            "这笔债权的诉讼时效（未中断，二年）",
            "Limitation of the claim (uninterrupted, two years)",
        ),
        "from": "due_date",
        "add": {"years": 2},
        "basis": [C(GPC, 135)],
    },
    "enforcement": {
        "id": "enforcement",
        "kind": "enforcement",
        "label": T("申请强制执行的期间", "Period to apply for enforcement"),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [C(CPL, 250)],
        "events": {"from": "history", "parties": CLAIM_PARTIES},
        "acts": ["creditor"],
        "when": JUDGMENT,
    },
    "appeal": {
        "id": "appeal",
        "kind": "appeal",
        "label": T("对一审判决提起上诉的期间", "Period to appeal the first-instance judgment"),
        "from": {"event": "history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [C(CPL, 171, 1)],
        "when": ALL(event("history", "judgment_served"), NO_JUDGMENT),
    },
    # The five-year period bounds the one-year one (民法典541): it is shown as the long-stop
    # of the one-year period where that ends first, and as a deadline of its own where the
    # creditor learned of the transfer so late that the five years end first (or the order
    # cannot be told). Both are computed from the same dates; only one row is shown.
    "revocation_5y": {
        "id": "revocation_5y",
        "kind": "other",
        "label": T(
            "撤销债务人转移财产行为的最长期间（自行为发生之日起五年）",
            "Longest period to have the transfer revoked (five years from the act)",
        ),
        "from": "transfer_date",
        "add": {"years": 5},
        "acts": ["creditor"],
        "long_stop_for": "revocation_1y",
        # Once the one year has run out the right is lost, and the five years no longer matter.
        "when": ALL({"reached": "one_year_first"}, NOT({"reached": "revocation_lost"})),
        "basis": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
    },
    "revocation_5y_first": {
        "id": "revocation_5y_first",
        "kind": "other",
        "label": T(
            "撤销债务人转移财产行为的最长期间（自行为发生之日起五年）",
            "Longest period to have the transfer revoked (five years from the act)",
        ),
        "from": "transfer_date",
        "add": {"years": 5},
        "acts": ["creditor"],
        "when": ALL({"reached": "transfer_date"}, NOT({"reached": "one_year_first"})),
        "basis": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
    },
    "revocation_1y": {
        "id": "revocation_1y",
        "kind": "other",
        "label": T(
            "撤销债务人转移财产行为的期间（自债权人知道之日起一年）",
            "Period to have the transfer revoked (one year from the creditor's knowledge)",
        ),
        "from": "knew_date",
        "add": {"years": 1},
        "acts": ["creditor"],
        "when": ALL({"reached": "knew_date"}, NOT({"reached": "five_years_first"})),
        "basis": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
    },
    # For the comparison above only: the day four years after the transfer.
    "transfer_plus_4y": {
        "id": "transfer_plus_4y",
        "kind": "other",
        "label": T("财产转移之日起四年", "Four years from the transfer"),
        "from": "transfer_date",
        "add": {"years": 4},
        "basis": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
    },
}
REVOCATION_LAPSED = ANY(
    {"deadline": "revocation_1y", "passed": True}, {"deadline": "revocation_5y", "passed": True}
)
REVOCATION_RUNS = ALL(
    {"deadline": "revocation_1y", "passed": False}, {"deadline": "revocation_5y", "passed": False}
)
LOST, OPEN = {"reached": "revocation_lost"}, {"reached": "revocation_open"}
#: A suit against the recipient of the assets (a revocation suit, as a rule): the periods are
#: measured against the consultation date, but the right is exercised by suing — the suit's own
#: date decides whether it was in time, which the texts then ask to compare.
SUED_TRANSFEREE = event(
    "history", "suit", "judgment_served", "judgment_effective", parties=["transferee"]
)
LOST_UNSUED = ALL(LOST, NOT(SUED_TRANSFEREE))
LOST_SUED = ALL(LOST, SUED_TRANSFEREE)
REVOCATION_OPEN_QUESTION = ALL(
    NOT({"reached": "revocation_lost"}), NOT({"reached": "revocation_open"})
)
CLAIM_DEADLINES = [{"use": n} for n in ("limitation", "limitation_2y", "enforcement", "appeal")]
#: Where the successors are 连带债务人 (民法典67(2), 公司法223 …), a demand on, an
#: acknowledgement by or a suit against one of them interrupts limitation against the others
#: too (诉讼时效规定15(2)): recorded against one successor by name, it reaches the others.
for _name in ("limitation", "limitation_2y"):
    DEADLINES[_name + "_joint"] = {
        **DEADLINES[_name],
        "events": {**DEADLINES[_name]["events"], "persons": "joint"},
    }
JOINT_CLAIM_DEADLINES = [
    {"use": n} for n in ("limitation_joint", "limitation_2y_joint", "enforcement", "appeal")
]


# --- entries shared by several outcomes ---------------------------------------------------

EVIDENCE_REGISTRY = item(
    T(
        "国家企业信用信息公示系统的登记记录（分立、合并、注销、设立登记）和相关公告",
        "Registration records from the National Enterprise Credit Information Publicity System "
        "(division, merger, deregistration, incorporation) and the public notices",
    )
)
EVIDENCE_DEBT = item(
    T(
        "证明债务的合同、借条、送货单、对账单或者判决书",
        "What proves the debt: contract, IOU, delivery notes, statements of account or judgment",
    )
)
EVIDENCE_DEMANDS = item(
    T(
        "催告函及送达凭证、对方承认欠款的材料（对账单、还款计划、部分还款记录）",
        "Demand letters with proof of delivery; what shows the debt was acknowledged (statements, "
        "repayment plans, part payments)",
    ),
    ["creditor"],
)
EVIDENCE_PAYMENTS = item(
    T("已经还款的凭证", "Proof of what has been paid"),
    ["successor"],
)

NEXT_CHECK_LIMITATION_SUCCESSOR = item(
    T(
        "核对诉讼时效：债务到期后是否有人催告、起诉，或者你方、原债务人承认过欠款。",
        "Check the limitation: whether anyone demanded payment or sued after the debt fell due, or "
        "you or the original debtor acknowledged the debt.",
    ),
    ["successor"],
    NO_JUDGMENT,
)
APPLIED = event("history", "enforcement_applied")
NEXT_ENFORCE = item(
    T(
        "在申请执行期间届满前（按期限一栏中“申请强制执行的期间”的行事日期），向人民法院申请强制执行。已经届满的，法院仍应受理，"
        "但被执行人可以提出时效异议，异议成立的不予执行。",
        "Apply to the court for enforcement before the period to apply ends (by the day to act "
        "given for it in the deadlines). After that the court still accepts the application, but "
        "the debtor may object that the period has run out, and enforcement is refused if it has.",
    ),
    ["creditor"],
    ALL(JUDGMENT, NOT(APPLIED)),
)
TERMINATED = event("history", "enforcement_terminated")
NEXT_ENFORCE_APPLIED = item(
    T(
        "已经申请强制执行：生效文书没有列明的分立、合并后的法人，可以在执行中申请追加或者变更为被执行人（见注意事项）。",
        "Enforcement has been applied for: successors the judgment does not name can be added or "
        "substituted as parties in enforcement (see the warnings).",
    ),
    ["creditor"],
    ALL(JUDGMENT, APPLIED),
)
NEXT_REAPPLY = item(
    T(
        "终结本次执行程序后，发现被执行人有可供执行的财产的，可以再次申请执行，不受申请执行时效期间的限制；"
        "请持续查找被执行人的财产线索（银行账户、不动产、车辆、对外债权）。",
        "After the termination of the current round of enforcement, a new application once the "
        "debtor's assets are found is not bound by the period to apply; keep looking for assets "
        "(bank accounts, real estate, vehicles, claims against others).",
    ),
    ["creditor"],
    ALL(JUDGMENT, TERMINATED),
)
DEFENCE_ENFORCEMENT_PERIOD = item(
    T(
        "{party.creditor}在申请执行期间（最后一日为{deadline.enforcement}）届满后才申请执行的，可以对申请执行时效提出异议，"
        "异议成立的，法院裁定不予执行。",
        "If the {party.creditor} applies for enforcement only after the period to apply ended (last "
        "day {deadline.enforcement}), object on that ground; if the objection holds, the court "
        "refuses enforcement.",
    ),
    ["successor"],
    ALL(JUDGMENT, NOT(APPLIED)),
)
ENFORCEMENT_CITATIONS = [
    # The limitation defence: raised by the debtor, at first instance; lost by a later promise.
    C(CC, 193, when=ALL(SUCCESSOR, NO_JUDGMENT)),
    C(LIM, 3, 1, when=ALL(SUCCESSOR, NO_JUDGMENT)),
    C(CC, 192, 2, when=ALL(SUCCESSOR, NO_JUDGMENT)),
    C("spc_civil_procedure_interpretation", 481, 1, when=ALL(JUDGMENT, NOT(APPLIED))),
    C(
        "spc_civil_procedure_interpretation",
        517,
        2,
        when=event("history", "enforcement_terminated"),
    ),
]
NEXT_APPEAL = item(
    T(
        "一审判决尚未生效：不服判决的，在上诉期间内（最后一日为{deadline.appeal}，见期限一栏）向原审法院提交上诉状。",
        "The first-instance judgment is not yet effective: if the client disagrees with it, file "
        "an appeal with the court of first instance within the appeal period (last day "
        "{deadline.appeal}; see the deadlines).",
    ),
    "any",
    ALL(event("history", "judgment_served"), NO_JUDGMENT),
)
NEXT_PENDING = item(
    T(
        "诉讼或者仲裁正在进行：诉讼时效在程序结束后重新计算。请确认被告包括应当承担责任的各方。",
        "A suit or arbitration is pending: limitation runs again when it ends. Make sure every party "
        "that should answer is a defendant.",
    ),
    ["creditor"],
    SUIT_PENDING,
)
WARN_NO_EVENTS = warning(
    "caution",
    T(
        "按已记录的情况，诉讼时效已经届满（见期限一栏）。如果债务到期后曾经催告、起诉，或者债务人（包括分立、合并后的法人）"
        "承认过欠款、部分还款，诉讼时效从那时起重新计算；届满后债务人又同意履行的，不得再以诉讼时效抗辩。请逐一核实。",
        "On the facts recorded, limitation has run out (see the deadlines). If anyone demanded "
        "payment or sued after the debt fell due, or a debtor (including a successor) acknowledged "
        "it or paid part, limitation ran again from then; a debtor who agreed to pay after it ran out "
        "can no longer plead it. Check each of these.",
    ),
    "any",
    PASSED_NO_EVENTS,
)
NEXT_CHECK_INTERRUPTION = item(
    T(
        "诉讼时效看来已经届满：收集债务到期后催告、起诉、对方承认欠款或者部分还款的证据；有的，从最后一次起重新计算，应当尽快起诉。",
        "Limitation appears to have run out: collect evidence of any demand, suit, acknowledgement or "
        "part payment after the debt fell due; if there was one, limitation ran again from the last, "
        "and you should sue soon.",
    ),
    ["creditor"],
    PASSED_NO_EVENTS,
)
WARN_ENFORCEMENT_PARTIES = warning(
    "unverified",
    T(
        "生效法律文书只对文书列明的当事人有执行力。文书只列原债务人、没有列{party.successor}的，要对它们的财产执行，"
        "须先在执行程序中申请追加其为被执行人：按照《最高人民法院关于民事执行中变更、追加当事人若干问题的规定》，"
        "作为被执行人的法人分立的，申请执行人可以申请追加分立后新设的法人为被执行人，对文书确定的债务承担连带责任，"
        "但分立前与申请执行人就债务清偿达成的书面协议另有约定的除外（请律师核对原文）。",
        "An effective judgment can be enforced only against those it names. Where it names only "
        "the original debtor and not the {party.successor}, they must first be added as parties "
        "in enforcement before their assets can be reached: under the SPC provisions on changing "
        "and adding parties in civil enforcement, where a legal person that is the judgment "
        "debtor was divided, the creditor may apply to add the new legal persons, which are then "
        "jointly liable for the debt, unless a written agreement with the creditor before the "
        "division says otherwise (the lawyer should check the original text).",
    ),
    ["creditor"],
    JUDGMENT,
)
WARN_ENFORCEMENT_MERGER = warning(
    "unverified",
    T(
        "生效法律文书只对文书列明的当事人有执行力。文书只列原债务人、没有列{party.successor}的，要对它的财产执行，"
        "须先在执行程序中申请变更被执行人：按照《最高人民法院关于民事执行中变更、追加当事人若干问题的规定》，"
        "作为被执行人的法人合并而终止的，申请执行人可以申请变更合并后存续或者新设的法人为被执行人（请律师核对原文）。",
        "An effective judgment can be enforced only against those it names. Where it names only "
        "the original debtor and not the {party.successor}, the party must first be substituted "
        "in enforcement: under the SPC provisions on changing and adding parties in civil "
        "enforcement, where a legal person that is the judgment debtor ended by merger, the "
        "creditor may apply to substitute the surviving or new legal person (the lawyer should "
        "check the original text).",
    ),
    ["creditor"],
    JUDGMENT,
)


def limitation_defence(sides: list[str]) -> list[J]:
    return [
        item(
            T(
                "按已记录的情况，诉讼时效已经届满（见期限一栏）：可以提出不履行的抗辩。但要核实债务到期后没有催告、起诉或者承认欠款；"
                "届满后又同意履行的，不得再以此抗辩。",
                "On the facts recorded, limitation has run out (see the deadlines): refuse to pay on "
                "that ground. Check first that there was no demand, suit or acknowledgement after the "
                "debt fell due; a debtor who agreed to pay after it ran out can no longer plead it.",
            ),
            sides,
            PASSED_NO_EVENTS,
        ),
        item(
            T(
                "诉讼时效届满的（见期限一栏），可以提出不履行的抗辩；但届满后又同意履行的，不得再以此抗辩。",
                "If limitation has run out (see the deadlines), refuse to pay on that ground — unless "
                "the debt was agreed to after it ran out.",
            ),
            sides,
            ALL(NO_JUDGMENT, ANY(ans("history_gate", "some"), und(PASSED_NO_EVENTS))),
        ),
        item(
            T(
                "诉讼时效抗辩须由你方提出，法院不会主动适用；被起诉的，应当在一审期间（答辩或者庭审中）提出，"
                "一审没有提出、到二审才提出的，一般不予支持。",
                "The limitation defence must be raised by you: the court does not apply it of its "
                "own motion. If sued, raise it at first instance (in the defence or at the "
                "hearing); raised only on appeal it is normally not heard.",
            ),
            sides,
            NO_JUDGMENT,
        ),
        item(
            T(
                "诉讼时效已经届满或者可能已经届满的，不要签署还款计划、对账确认或者还款承诺，也不要部分还款："
                "届满后同意履行的，不能再以诉讼时效届满抗辩。",
                "Where limitation has or may have run out, do not sign a repayment plan, confirm a "
                "statement or promise to pay, and pay nothing: a debtor who agrees to perform "
                "after it ran out can no longer plead it.",
            ),
            sides,
            NO_JUDGMENT,
        ),
    ]


# --- law-version warnings -----------------------------------------------------------------

WARN_DIVISION_DATE_UNKNOWN = warning(
    "missing_fact",
    T(
        "分立日期不清楚：以上按现行法律列出依据。分立发生在2021年以前的，适用当时的法律，"
        "对分立前的债务同样由分立后的法人承担连带责任；请核实分立登记日期。",
        "The date of the division is not known: the basis shown is the current law. A division "
        "before 2021 falls under the law then in force, which also made the successors jointly "
        "liable for earlier debts; verify the registration date.",
    ),
    "any",
    unknown("division_date"),
)
WARN_MERGER_DATE_UNKNOWN = warning(
    "missing_fact",
    T(
        "合并日期不清楚：以上按现行法律列出依据。合并发生在2021年以前的，适用当时的法律，"
        "同样由合并后的法人承继原债务；请核实合并登记日期。",
        "The date of the merger is not known: the basis shown is the current law. A merger before "
        "2021 falls under the law then in force, under which the successor also took over the debts; "
        "verify the registration date.",
    ),
    "any",
    unknown("merger_date"),
)
WARN_DIVISION_OLD_COMPANY_LAW = warning(
    "caution",
    T(
        "分立发生在2018年10月26日以前：当时施行的公司法（2014年3月1日起为2013年修正文本第176条，"
        "2006年1月1日起为2005年修订文本第177条）同样规定，公司分立前的债务由分立后的公司承担连带责任，"
        "但分立前与债权人就债务清偿达成的书面协议另有约定的除外（请律师核对当时的原文）。",
        "The division took place before 26 October 2018. The Company Law then in force (art. 176 of "
        "the 2013 text from 1 March 2014; art. 177 of the 2005 text from 1 January 2006) said the "
        "same: the successors are jointly liable for the company's debts from before the division, "
        "unless a written agreement with the creditor before the division provides otherwise (the "
        "lawyer should check the text then in force).",
    ),
    "any",
    ALL(company_older("division_date"), on_after("division_date", "2006-01-01")),
)
WARN_MERGER_OLD_COMPANY_LAW = warning(
    "caution",
    T(
        "合并发生在2018年10月26日以前：当时施行的公司法（2014年3月1日起为2013年修正文本第174条，"
        "2006年1月1日起为2005年修订文本第175条）同样规定，合并各方的债权、债务由合并后存续的公司"
        "或者新设的公司承继（请律师核对当时的原文）。",
        "The merger took place before 26 October 2018. The Company Law then in force (art. 174 of "
        "the 2013 text from 1 March 2014; art. 175 of the 2005 text from 1 January 2006) said the "
        "same: the surviving or new company takes over the debts (the lawyer should check the "
        "text then in force).",
    ),
    "any",
    ALL(company_older("merger_date"), on_after("merger_date", "2006-01-01")),
)
WARN_DIVISION_BEFORE_2006 = warning(
    "caution",
    T(
        "分立发生在2006年1月1日以前，当时施行的是1993年公司法，其对分立前债务的规定与现行规定不同；"
        "这样早的分立，请律师核查当时的法律和司法解释后再下结论。",
        "The division took place before 1 January 2006, under the Company Law of 1993, whose rule on "
        "earlier debts differs from today's; a lawyer should check the law and interpretations then "
        "in force before concluding.",
    ),
    "any",
    ALL(COMPANY, before("division_date", "2006-01-01")),
)
WARN_MERGER_BEFORE_2006 = warning(
    "caution",
    T(
        "合并发生在2006年1月1日以前，当时施行的是1993年公司法；请律师核查当时的规定后再下结论。",
        "The merger took place before 1 January 2006, under the Company Law of 1993; a lawyer "
        "should check the rule then in force before concluding.",
    ),
    "any",
    ALL(COMPANY, before("merger_date", "2006-01-01")),
)
WARN_DIVISION_PRINCIPLES = warning(
    "unverified",
    T(
        "分立发生在2017年10月1日以前：当时的民法通则第44条第2款只规定分立后的法人承担原法人的权利和义务，没有写明“连带”。"
        "审判实践中，连带责任依据两项规定（请律师核对原文）：当时施行的合同法规定，当事人订立合同后分立的，除债权人和债务人另有约定的以外，"
        "由分立后的法人对合同的权利和义务享有连带债权、承担连带债务；《最高人民法院关于审理与企业改制相关的民事纠纷案件若干问题的规定》规定，"
        "企业分立时对原企业债务的承担有约定并经债权人认可的，按约定处理，没有约定、约定不明或者债权人不认可的，分立后的企业承担连带责任。",
        "The division took place before 1 October 2017. Art. 44(2) of the General Principles then "
        "in force said only that the successors take over the rights and obligations, without "
        "saying 'jointly'. In court practice the joint liability rests on two rules (the lawyer "
        "should check the original texts): the Contract Law then in force made the successors of "
        "a party that divided after contracting jointly entitled and jointly liable unless "
        "creditor and debtor agreed otherwise; and the SPC provisions on civil disputes related to "
        "enterprise restructuring follow an allocation agreed at the division if the creditor "
        "accepted it, and otherwise make the successors jointly liable.",
    ),
    "any",
    ALL(OTHER, principles("division_date")),
)


# --- mechanics of 连带债务 (by the law in force on the division date) ---------------------

MECHANICS = [
    C(CC, 518, 1, when=civil("division_date")),
    C(CC, 519, when=civil("division_date")),
    C(CC, 520, when=civil("division_date")),
    C(GP, 178, when=provisions("division_date")),
    C(GPC, 87, when=principles("division_date")),
]

RECOURSE_DIVISION = [
    item(
        T(
            "分立后的一方清偿超过自己份额的，可以就超出部分向其他各方追偿，并相应地享有债权人的权利；"
            "份额按分立协议确定，没有约定或者约定不明、难以确定的，视为份额相同（民法典第519条）。",
            "A successor who paid more than its share may recover the excess from the others, with the "
            "creditor's rights; the shares follow the division agreement, and are equal where it is "
            "silent or unclear (Civil Code art. 519).",
        ),
        "any",
        civil("division_date"),
    ),
    item(
        T(
            "分立后的一方实际承担超过自己份额的，有权向其他各方追偿；份额按分立协议确定，"
            "难以确定的平均承担（民法总则第178条第2款）。",
            "A successor who paid more than its share may recover from the others; the shares follow "
            "the division agreement, equal where they cannot be determined (General Provisions art. "
            "178(2)).",
        ),
        "any",
        provisions("division_date"),
    ),
    item(
        T(
            "履行了连带义务的一方，有权要求其他负有连带义务的各方偿付他们应当承担的份额（民法通则第87条）；"
            "份额按分立协议确定。",
            "A successor who performed may require the others to pay their shares (General Principles "
            "art. 87); the shares follow the division agreement.",
        ),
        "any",
        principles("division_date"),
    ),
    item(
        T(
            "企业分立的，按照《最高人民法院关于审理与企业改制相关的民事纠纷案件若干问题的规定》，分立后的企业承担连带责任后，"
            "相互之间按约定分担，没有约定或者约定不明的，按分立时各自分得的资产比例分担（请律师核对原文）。",
            "For an enterprise, under the SPC provisions on disputes related to enterprise "
            "restructuring, successors that paid jointly share the debt as agreed, or else in "
            "proportion to the assets each received at the division (the lawyer should check the "
            "original text).",
        ),
        "any",
        ALL(OTHER, principles("division_date")),
    ),
]


# --- the tree ------------------------------------------------------------------------------


def questions() -> list[J]:
    return [
        {
            "id": "side",
            "type": "side",
            "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
            "choices": [
                {"side": "creditor", "next": "person_type"},
                {"side": "successor", "next": "person_type"},
            ],
        },
        {
            "id": "person_type",
            "type": "choice",
            "text": T(
                "欠债的原债务人是什么类型的单位？", "What kind of body is the original debtor?"
            ),
            "help": {
                "why": T(
                    "法人的分立、合并适用民法典；公司还适用公司法，公司分立前与债权人的另行约定必须是书面协议。"
                    "个体工商户、个人独资企业、合伙企业不是法人，不适用这里的规则。",
                    "Divisions and mergers of legal persons fall under the Civil Code; companies also "
                    "under the Company Law, which requires a company's agreement with a creditor before "
                    "a division to be in writing. Individual businesses, sole proprietorships and "
                    "partnerships are not legal persons and are not covered here.",
                ),
                "examples": [
                    T(
                        "名称中有“有限公司”“有限责任公司”“股份有限公司”的是公司；“××厂”“××总公司”"
                        "可能是全民所有制或者集体所有制企业，请看营业执照上的“类型”。",
                        "Names with 有限公司 or 股份有限公司 are companies; a '… factory' or '… general "
                        "company' may be a state-owned or collective enterprise: see 'type' on the "
                        "business licence.",
                    )
                ],
                "glossary": ["legal_person"],
            },
            "citations": [C(CC, 67)],
            "choices": [
                {
                    "id": "company",
                    "label": T(
                        "公司（有限责任公司或者股份有限公司）",
                        "A company (limited liability or joint stock)",
                    ),
                    "next": "what_happened",
                    "significance": T(
                        "原债务人是公司：除民法典外，适用公司法关于合并、分立的规定。",
                        "The original debtor is a company: the Company Law's rules on mergers and "
                        "divisions apply besides the Civil Code.",
                    ),
                },
                {
                    "id": "other",
                    "label": T(
                        "其他法人（如全民所有制或者集体所有制企业、事业单位、社会团体）",
                        "Another legal person (e.g. a state-owned or collective enterprise, a public "
                        "institution, an association)",
                    ),
                    "next": "what_happened",
                    "significance": T(
                        "原债务人是公司以外的法人：适用民法典关于法人合并、分立的规定。",
                        "The original debtor is a legal person other than a company: the Civil Code's "
                        "rules on mergers and divisions of legal persons apply.",
                    ),
                },
            ],
        },
        {
            "id": "what_happened",
            "type": "choice",
            "text": T("原债务人发生了什么变化？", "What happened to the original debtor?"),
            "help": {
                "why": T(
                    "分立和合并的法律后果不同：分立后的法人对分立前的债务承担连带责任；合并后由存续或者新设的法人承继债务。"
                    "没有依法办理分立、合并，只是把财产转给另一家公司的，不适用这些规则。"
                    "只是更名，或者在有限责任公司与股份有限公司之间变更类型的，仍是同一个债务人"
                    "（类型变更的，变更前的债务由变更后的公司承继），直接向它主张即可，不需要继续评估。",
                    "A division and a merger have different effects: successors of a division are "
                    "jointly liable for the earlier debts; after a merger the surviving or new legal "
                    "person takes them over. Moving assets to another company without a lawful division "
                    "or merger is not covered by these rules. A change of name, or between a limited "
                    "liability and a joint stock company, leaves the same debtor (after a change of "
                    "type the changed company takes over the debts): claim from it directly, no "
                    "further assessment is needed.",
                ),
                "examples": [
                    T(
                        "派生分立：甲公司分出乙公司，甲公司继续存在。新设分立：甲公司分成乙、丙两家，甲公司注销。"
                        "吸收合并：甲公司并入乙公司，甲公司注销。新设合并：甲、乙合并成立丙公司，甲、乙注销。",
                        "Division by spin-off: A splits off B and continues. Division by dissolution: A "
                        "becomes B and C and is deregistered. Merger by absorption: A merges into B and "
                        "is deregistered. Merger by new incorporation: A and B form C and both are "
                        "deregistered.",
                    )
                ],
                "glossary": ["division", "merger"],
            },
            "citations": [C(CC, 67, 1), C(CC, 67, 2)],
            "verify": {
                "evidence": [
                    T(
                        "国家企业信用信息公示系统中原债务人的变更记录、注销原因（如“因分立”“因合并”）"
                        "以及新设单位的设立登记",
                        "The original debtor's change records and reason for deregistration ('by "
                        "division', 'by merger') in the National Enterprise Credit Information Publicity "
                        "System, and the new bodies' incorporation records",
                    ),
                    T(
                        "分立或者合并的公告、协议",
                        "The public notice and agreement of the division or merger",
                    ),
                ],
                "effect": T(
                    "依法分立的，分立后的法人对分立前的债务承担连带责任；依法合并的，由合并后的法人承继债务；"
                    "只是转移财产的，接收财产的一方不因分立、合并的规定承担责任，只能另找依据。",
                    "A lawful division makes the successors jointly liable for the earlier debts; a "
                    "lawful merger passes the debts to the successor; a mere transfer of assets does "
                    "not make the recipient liable under these rules, only on other grounds.",
                ),
            },
            "choices": [
                {
                    "id": "division",
                    "label": T(
                        "分立：原债务人分成两个以上的单位（包括原单位继续存在、另分出新单位）",
                        "Division: the debtor became two or more bodies (including where it continues "
                        "and a new one was split off)",
                    ),
                    "next": "division_date",
                },
                {
                    "id": "merger",
                    "label": T(
                        "合并：原债务人并入另一个单位，或者与其他单位合并成立新单位",
                        "Merger: the debtor was absorbed by another body, or merged with others into a "
                        "new one",
                    ),
                    "next": "merger_date",
                },
                {
                    "id": "transfer",
                    "label": T(
                        "没有依法分立或者合并，但原债务人把财产、业务转给了另一家公司或者单位（例如老板另开一家公司继续经营）",
                        "No lawful division or merger, but the debtor moved its assets or business to "
                        "another company or body (e.g. the owner set up a new company to carry on)",
                    ),
                    "next": "transfer_date",
                },
                {
                    "id": "unknown",
                    "label": T("不清楚 / 待核实", "Not known / to verify"),
                    "unknown": True,
                    "next": "debt_amount",
                },
            ],
        },
        # --- division -------------------------------------------------------------------
        {
            "id": "division_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "分立何时完成（分立后的单位办理设立或者变更登记之日）？",
                "When was the division completed (the day the successors were registered)?",
            ),
            "label": T("分立登记之日", "the date the division was registered"),
            "significance": T(
                "分立的日期决定适用哪一版本的法律，也用来判断这笔债务是不是分立前的债务。",
                "The date decides which version of the law applies, and whether the debt is one from "
                "before the division.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "国家企业信用信息公示系统的设立、变更登记记录，营业执照，分立公告",
                        "Incorporation and change records in the National Enterprise Credit "
                        "Information Publicity System, business licences, the notice of division",
                    )
                ],
                "effect": T(
                    "分立日期决定适用的法律版本（2021年1月1日起民法典，2024年7月1日起修订后的公司法），"
                    "并决定债务是否发生在分立之前：分立前的债务由分立后的法人承担连带责任，分立后新发生的债务只由实际负债的一方承担。",
                    "The date picks the version of the law (Civil Code from 1 January 2021, the revised "
                    "Company Law from 1 July 2024) and decides whether the debt predates the division: "
                    "debts from before are owed jointly by the successors, later debts only by the body "
                    "that incurred them.",
                ),
            },
            "next": "debt_date",
        },
        {
            "id": "debt_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "这笔债务是什么时候产生的（合同签订、借款交付、货物交付或者侵权发生之日）？",
                "When did the debt arise (contract signed, loan paid out, goods delivered, or the tort)?",
            ),
            "label": T("债务产生之日", "the date the debt arose"),
            "help": {
                "why": T(
                    "只有分立前已经产生的债务由分立后的法人承担连带责任。合同在分立前签订、分立后才到期的，"
                    "仍是分立前的债务。",
                    "Only debts that arose before the division are owed jointly by the successors. A "
                    "contract signed before the division but due after it is still an earlier debt.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "合同、借条、转账记录、送货单上的日期",
                        "The dates on the contract, IOU, bank transfer or delivery notes",
                    )
                ],
                "effect": T(
                    "债务产生于分立之前的，分立后的各方承担连带责任；产生于分立之后的，只由实际负债的一方承担。",
                    "A debt from before the division is owed jointly by all successors; a later one only "
                    "by the body that incurred it.",
                ),
            },
            "next": "debt_branch",
        },
        {
            "id": "debt_branch",
            "type": "branch",
            "rules": [
                {
                    "when": {"date": "debt_date", "before": {"date": "division_date"}},
                    "next": "agreement",
                    "significance": T(
                        "债务产生于分立之前，是分立前的债务。",
                        "The debt arose before the division: it is an earlier debt.",
                    ),
                    "citations": DIVISION_BASIS,
                },
                {
                    "when": und({"date": "debt_date", "before": {"date": "division_date"}}),
                    "next": "debt_open",
                },
            ],
            "otherwise": {
                "next": "due_date",
                "significance": T(
                    "债务产生于分立登记之日或者之后，不是分立前的债务。",
                    "The debt arose on or after the day the division was registered: it is not an "
                    "earlier debt.",
                ),
            },
        },
        {
            "id": "debt_open",
            "type": "branch",
            "rules": [
                {
                    "when": {"reached": "debt_date"},
                    "next": "agreement",
                    "significance": T(
                        "无法确定债务产生在分立之前还是之后，先按分立前的债务评估；结论取决于这一事实。",
                        "It cannot be told whether the debt arose before or after the division; it is "
                        "assessed as an earlier debt, and the conclusion depends on that fact.",
                    ),
                }
            ],
            "otherwise": {"next": "agreement"},
        },
        {
            "id": "agreement",
            "type": "choice",
            "text": T(
                "分立之前，原债务人是否与债权人就这笔债务由谁清偿达成过协议？",
                "Before the division, did the original debtor and the creditor agree who would pay "
                "this debt?",
            ),
            "help": {
                "why": T(
                    "分立后的法人对分立前的债务承担连带责任，但是债权人和债务人另有约定的除外；公司的这一约定必须是分立前的书面协议。"
                    "分立各方之间的分立协议把债务分给某一方，只在它们之间有效，不能约束没有同意的债权人。",
                    "The successors are jointly liable for earlier debts unless creditor and debtor "
                    "agreed otherwise; for a company, only a written agreement made before the division "
                    "counts. A division agreement among the successors that allocates the debt binds "
                    "only them, not a creditor who did not agree.",
                ),
            },
            "citations": [C(CC, 67, 2), C(CO, 223)],
            "verify": {
                "evidence": [
                    T(
                        "债权人签字或者盖章的协议、同意函，载明这笔债务由谁清偿",
                        "An agreement or letter of consent signed or sealed by the creditor, saying who "
                        "pays this debt",
                    )
                ],
                "effect": T(
                    "有分立前的书面协议的，按协议确定由谁承担、承担多少；没有的，分立后的各方承担连带责任。",
                    "With a written agreement made before the division, it decides who pays and how "
                    "much; without one, the successors are jointly liable.",
                ),
            },
            "choices": [
                {
                    "id": "none",
                    "label": T(
                        "没有（只有分立各方之间的分立协议或者决议对债务作了分配，债权人没有参与）",
                        "No (at most the successors' own division agreement or resolution allocated the "
                        "debts; the creditor took no part)",
                    ),
                    "next": "agreement_branch",
                    "significance": T(
                        "没有与债权人的另行约定，分立后的各方承担连带债务。",
                        "No agreement with the creditor: the successors owe the debt jointly.",
                    ),
                },
                {
                    "id": "written",
                    "label": T(
                        "有，分立前与债权人签订了书面协议（或者债权人书面同意了对这笔债务的安排）",
                        "Yes, a written agreement with the creditor before the division (or the "
                        "creditor's written consent to how this debt was allocated)",
                    ),
                    "next": "agreement_branch",
                },
                {
                    "id": "oral",
                    "label": T(
                        "分立前有过约定，但只是口头的，没有书面材料",
                        "Agreed before the division, but only orally, with nothing in writing",
                    ),
                    "next": "agreement_branch",
                },
                {
                    "id": "after",
                    "label": T(
                        "分立前没有；分立之后债权人才与其中一方达成协议（如还款协议、对账确认）",
                        "Not before the division; the creditor reached an agreement with one of the "
                        "successors only afterwards (a repayment agreement, a confirmed statement)",
                    ),
                    "next": "agreement_branch",
                },
                {
                    "id": "unknown",
                    "label": T("不清楚 / 待核实", "Not known / to verify"),
                    "unknown": True,
                    "next": "agreement_branch",
                },
            ],
        },
        {
            "id": "agreement_branch",
            "type": "branch",
            "rules": [
                {
                    "when": ans("agreement", "written"),
                    "next": "agreement_terms",
                    "significance": T(
                        "分立前与债权人有书面协议：按协议确定谁承担。",
                        "A written agreement with the creditor before the division decides who pays.",
                    ),
                },
                {
                    "when": ALL(ans("agreement", "oral"), OTHER),
                    "next": "agreement_terms",
                    "significance": T(
                        "公司以外的法人：民法典没有要求另行约定采用书面形式，口头约定能够证明的也有效。",
                        "A legal person other than a company: the Civil Code does not require the "
                        "agreement to be in writing; an oral one counts if it can be proved.",
                    ),
                    "citations": [
                        C(CC, 67, 2, when=civil("division_date")),
                        C(GP, 67, 2, when=provisions("division_date")),
                    ],
                },
                {
                    "when": ALL(ans("agreement", "oral"), COMPANY),
                    "next": "debt_amount",
                    "significance": T(
                        "公司分立前与债权人的约定必须是书面协议，口头约定不能排除连带责任。",
                        "A company's agreement with a creditor before a division must be in writing; an "
                        "oral one does not displace joint liability.",
                    ),
                    "citations": company_cites("division_date", (223,), (176,)),
                },
                {"when": unknown("agreement"), "next": "debt_amount"},
            ],
            "otherwise": {"next": "debt_amount"},
        },
        {
            "id": "agreement_terms",
            "type": "choice",
            "text": T(
                "这一约定对这笔债务是怎么安排的？", "What does the agreement say about this debt?"
            ),
            "help": {
                "why": T(
                    "约定由一方独自清偿的，请在当事人信息的“约定独自清偿的一方”中填写它的名称，报告据此写明由谁清偿、谁不再承担。",
                    "If one body is to pay alone, give its name in the case information under "
                    "'body agreed to pay alone'; the report then says who pays and who is released.",
                )
            },
            "verify": {
                "evidence": [T("协议原件或者复印件", "The agreement, original or copy")],
                "effect": T(
                    "约定由一方独自清偿的，其他各方不承担；约定按份清偿的，各方只清偿自己的份额；"
                    "约定不明的，仍由分立后的各方承担连带责任。",
                    "If one body is to pay alone, the others are not liable; if each pays a share, each "
                    "owes only its share; if it is unclear, the successors remain jointly liable.",
                ),
            },
            "choices": [
                {
                    "id": "one",
                    "label": T(
                        "由其中一方（原债务人或者某一家新单位）独自清偿",
                        "One body (the original debtor or one of the new ones) pays it alone",
                    ),
                    "next": "payer_branch",
                },
                {
                    "id": "shares",
                    "label": T(
                        "分立后的各方按比例或者按金额分别清偿",
                        "The successors each pay a set proportion or amount",
                    ),
                    "next": "debt_amount",
                },
                {
                    "id": "unclear",
                    "label": T(
                        "约定不明确，看不出由谁清偿、各清偿多少",
                        "It is unclear who pays or how much each pays",
                    ),
                    "next": "debt_amount",
                    "significance": T(
                        "约定不明确的，不构成另有约定，仍由分立后的各方承担连带债务。",
                        "An unclear agreement is no agreement otherwise: the successors still owe the "
                        "debt jointly.",
                    ),
                },
                {
                    "id": "unknown",
                    "label": T(
                        "不清楚 / 待核实（没有看到协议）",
                        "Not known / to verify (the agreement was not seen)",
                    ),
                    "unknown": True,
                    "next": "debt_amount",
                },
            ],
        },
        {
            "id": "payer_branch",
            "type": "branch",
            "rules": [{"when": SUCCESSOR, "next": "agreed_payer"}],
            "otherwise": {"next": "debt_amount"},
        },
        {
            "id": "agreed_payer",
            "type": "choice",
            "text": T(
                "约定独自清偿这笔债务的，是不是你方（当事人）？",
                "Is the body the agreement names to pay alone the client?",
            ),
            "help": {
                "why": T(
                    "约定由一方独自清偿的，只有这一方向债权人清偿全部，分立后的其他各方不承担。",
                    "Where the agreement puts the debt on one body alone, only that body owes the "
                    "creditor, all of it; the other successors owe nothing.",
                )
            },
            "verify": {
                "evidence": [
                    T(
                        "协议中载明清偿义务人的条款",
                        "The clause of the agreement naming who pays",
                    )
                ],
                "effect": T(
                    "约定由你方清偿的，你方独自清偿全部；约定由其他一方清偿的，你方不承担。",
                    "If the agreement names you, you owe all of it alone; if it names another, "
                    "you owe nothing.",
                ),
            },
            "choices": [
                {
                    "id": "client",
                    "label": T("是，约定由你方独自清偿", "Yes, the client pays alone"),
                    "next": "debt_amount",
                    "significance": T(
                        "约定由你方独自清偿：你方对这笔债务承担全部清偿责任，不与其他各方连带。",
                        "The agreement puts the debt on you alone: you owe all of it, not jointly "
                        "with the others.",
                    ),
                },
                {
                    "id": "other",
                    "label": T(
                        "否，约定由其他一方（原债务人或者分立后的另一方）独自清偿",
                        "No, another body (the original debtor or another successor) pays alone",
                    ),
                    "next": "debt_amount",
                    "significance": T(
                        "约定由其他一方独自清偿：你方不承担这笔分立前的债务。",
                        "The agreement puts the debt on another body: you do not owe this "
                        "earlier debt.",
                    ),
                },
                {
                    "id": "unknown",
                    "label": T("不清楚 / 待核实", "Not known / to verify"),
                    "unknown": True,
                    "next": "debt_amount",
                },
            ],
        },
        # --- merger ---------------------------------------------------------------------
        {
            "id": "merger_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "合并何时完成（被合并的单位注销或者新单位设立登记之日）？",
                "When was the merger completed (the absorbed body deregistered, or the new one "
                "registered)?",
            ),
            "label": T("合并登记之日", "the date the merger was registered"),
            "significance": T(
                "合并的日期决定适用哪一版本的法律。",
                "The date decides which version of the law applies.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "国家企业信用信息公示系统的注销、设立或者变更登记记录，合并公告",
                        "Deregistration, incorporation or change records in the National Enterprise "
                        "Credit Information Publicity System; the notice of merger",
                    )
                ],
                "effect": T(
                    "合并日期只决定引用哪一版本的法律；各版本都规定由合并后的法人承继原债务。",
                    "The date only picks the version of the law cited; every version passes the debts "
                    "to the successor.",
                ),
            },
            "next": "debt_amount",
        },
        # --- assets moved without a division or merger ----------------------------------
        {
            "id": "transfer_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "原债务人何时把财产或者业务转给另一方？",
                "When did the debtor move its assets or business to the other party?",
            ),
            "label": T("财产转移之日", "the date of the transfer"),
            "significance": T(
                "无偿或者以明显不合理的低价转移财产的，债权人可以请求撤销，但自行为发生之日起五年内必须行使。",
                "A creditor may have a gratuitous or clearly undervalued transfer revoked, but only "
                "within five years of the act.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "转让合同、过户登记、转账记录，新公司的设立登记日期",
                        "Transfer contracts, registrations of title, bank transfers, the new company's "
                        "date of incorporation",
                    )
                ],
                "effect": T(
                    "转移日期决定撤销权的最长期间（五年）何时届满，以及适用民法典还是当时的合同法。",
                    "The date decides when the five-year limit for revocation ends, and whether the "
                    "Civil Code or the Contract Law then in force applies.",
                ),
            },
            "next": "knew_date",
        },
        {
            "id": "knew_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "债权人何时知道（或者应当知道）财产被转移？",
                "When did the creditor learn (or should have learned) of the transfer?",
            ),
            "label": T("债权人知道财产转移之日", "the date the creditor learned of the transfer"),
            "significance": T(
                "撤销权自债权人知道或者应当知道撤销事由之日起一年内行使。",
                "Revocation must be sought within one year of the day the creditor knew or should "
                "have known the grounds.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "发现转移的时间记录：查询记录、聊天记录、对方的告知",
                        "Records of when the transfer was discovered: searches, messages, the other "
                        "side's notice",
                    )
                ],
                "effect": T(
                    "知道之日起一年内没有起诉请求撤销的，撤销权消灭。",
                    "Without a suit for revocation within one year of that day, the right is lost.",
                ),
            },
            "next": "revocation_order",
        },
        {
            "id": "revocation_order",
            "type": "branch",
            "rules": [
                {
                    "when": ONE_YEAR_FIRST,
                    "next": "one_year_first",
                    "significance": T(
                        "自知道转让之日起的一年期间先于自转让之日起的五年期间届满。",
                        "The year from learning of the transfer ends before the five years from it.",
                    ),
                },
                {
                    "when": FIVE_YEARS_FIRST,
                    "next": "five_years_first",
                    "significance": T(
                        "债权人知道转让较晚：自转让之日起的五年期间先于自知道之日起的一年期间届满。",
                        "The creditor learned of the transfer late: the five years from it end "
                        "before the year from learning of it.",
                    ),
                },
                {"when": und(ONE_YEAR_FIRST), "next": "revocation_check"},
            ],
            "otherwise": {"next": "revocation_check"},
        },
        *(
            {
                "id": node_id,
                "type": "branch",
                "rules": [{"when": {"reached": "knew_date"}, "next": "revocation_check"}],
                "otherwise": {"next": "revocation_check"},
            }
            for node_id in ("one_year_first", "five_years_first")
        ),
        {
            "id": "revocation_check",
            "type": "branch",
            "rules": [
                {"when": REVOCATION_LAPSED, "next": "revocation_lost"},
                {"when": REVOCATION_RUNS, "next": "revocation_open"},
                {
                    "when": und(REVOCATION_LAPSED),
                    "next": "debt_amount",
                    "significance": T(
                        "转让日期或者知道转让的日期不确定，无法判断撤销权期间是否已经届满。",
                        "Without the exact dates of the transfer or of the creditor's knowledge it "
                        "cannot be told whether the revocation periods have run out.",
                    ),
                },
            ],
            "otherwise": {"next": "debt_amount"},
        },
        {
            "id": "revocation_lost",
            "type": "branch",
            "rules": [
                {
                    "when": {"reached": "knew_date"},
                    "next": "debt_amount",
                    "significance": T(
                        "自知道转让之日起一年或者自转让之日起五年的期间已经届满：请求撤销这一转让的权利已经消灭"
                        "（在期间届满前已经起诉请求撤销的除外）。",
                        "One year from learning of the transfer, or five years from it, has passed: "
                        "the right to have it revoked is lost (unless a suit for revocation was "
                        "brought before then).",
                    ),
                    "citations": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
                }
            ],
            "otherwise": {"next": "debt_amount"},
        },
        {
            "id": "revocation_open",
            "type": "branch",
            "rules": [
                {
                    "when": {"reached": "knew_date"},
                    "next": "debt_amount",
                    "significance": T(
                        "撤销权的一年和五年期间都还没有届满。",
                        "Neither the one-year nor the five-year period for revocation has run out.",
                    ),
                    "citations": [C(CC, 541, when=on_after("transfer_date", "2021-01-01"))],
                }
            ],
            "otherwise": {"next": "debt_amount"},
        },
        # --- common tail ----------------------------------------------------------------
        {
            "id": "debt_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T(
                "原债务人尚欠债权人多少元（本金、利息、违约金等合计）？",
                "How much does the original debtor still owe the creditor (principal, interest, "
                "penalties together)?",
            ),
            "label": T("尚欠债务", "the debt still owed"),
            "verify": {
                "evidence": [
                    T(
                        "合同、借条、对账单、判决书和还款记录",
                        "Contract, IOU, statements, judgment and repayment records",
                    )
                ],
                "effect": T(
                    "金额只决定责任的数额，不改变由谁承担。",
                    "The amount only sets how much is owed, not who owes it.",
                ),
            },
            "next": "due_date",
        },
        {
            "id": "due_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "这笔债务应当何时清偿（履行期限届满之日）？",
                "When was the debt due (the last day for performance)?",
            ),
            "label": T("债务履行期限届满日", "the debt's due date"),
            "help": {
                "why": T(
                    "诉讼时效一般从这一天起计算。分期履行的，填最后一期的到期日；侵权之债，填债权人知道损害和责任人之日。",
                    "Limitation usually runs from this day. For instalments, give the last one's due "
                    "date; for a tort, the day the creditor knew of the damage and who caused it.",
                ),
            },
            "citations": [C(CC, 188, 2), C(CC, 189)],
            "verify": {
                "evidence": [
                    T("合同或者借条上的还款期限", "The repayment date in the contract or IOU")
                ],
                "effect": T(
                    "到期日决定诉讼时效何时届满；不清楚的，无法计算诉讼时效。",
                    "The due date decides when limitation ends; without it limitation cannot be "
                    "computed.",
                ),
            },
            "next": "history_gate",
        },
        {
            "id": "history_gate",
            "type": "choice",
            "text": T(
                "债务到期后，是否发生过催告还款、对方承认欠款（对账、还款计划、部分还款）、起诉或者仲裁、判决、申请执行？",
                "Since the debt fell due, has there been a demand, an acknowledgement (statement, "
                "repayment plan, part payment), a suit or arbitration, a judgment or an enforcement "
                "application?",
            ),
            "help": {
                "why": T(
                    "这些事会使诉讼时效中断、重新计算，或者使案件进入执行阶段。向分立后的任何一方或者原债务人催告、"
                    "起诉，或者其中任何一方承认欠款，都算。",
                    "These interrupt limitation, restart it, or move the case to enforcement. A demand "
                    "on, or suit against, any successor or the original debtor counts, and so does any "
                    "of them acknowledging the debt.",
                )
            },
            "choices": [
                {
                    "id": "none",
                    "label": T("没有，或者当事人记不清", "No, or the client cannot remember"),
                    "next": "route",
                },
                {
                    "id": "some",
                    "label": T("有（下一步逐项填写）", "Yes (enter them next)"),
                    "next": "history",
                },
            ],
        },
        {
            "id": "history",
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
            "parties": ["debtor", "successor", "transferee"],
            "significance": T(
                "这些事决定诉讼时效是否中断，或者债权已经由判决确定、进入执行。",
                "These decide whether limitation was interrupted, or the claim was decided by a "
                "judgment and is in enforcement.",
            ),
            "next": "route",
        },
        {
            "id": "route",
            "type": "branch",
            "rules": [
                {"when": ans("what_happened", "merger"), "next": "merger_outcome"},
                {"when": ans("what_happened", "transfer"), "next": "transfer_outcome"},
                {
                    "when": ALL(ans("what_happened", "division"), {"reached": "agreement"}),
                    "next": "division_route",
                },
                {
                    "when": ans("what_happened", "division"),
                    "next": "later_debt_outcome",
                    "significance": T(
                        "债务产生于分立之后，分立后的其他各方不因分立承担。",
                        "The debt arose after the division: the other successors are not liable by "
                        "reason of it.",
                    ),
                    "citations": DIVISION_BASIS,
                },
                {"when": unknown("what_happened"), "next": "unknown_outcome"},
            ],
            "otherwise": {"next": "unknown_outcome"},
        },
        {
            "id": "division_route",
            "type": "branch",
            "rules": [
                {
                    "when": ALL(AGREED, ans("agreement_terms", "one")),
                    "next": "agreed_one_outcome",
                    "significance": T(
                        "债权人与原债务人另有约定由一方独自清偿，按约定承担。",
                        "The creditor and the debtor agreed that one body pays alone: the agreement "
                        "governs.",
                    ),
                    "citations": DIVISION_BASIS,
                },
                {
                    "when": ALL(AGREED, ans("agreement_terms", "shares")),
                    "next": "agreed_shares_outcome",
                    "significance": T(
                        "债权人与原债务人另有约定按份清偿，按约定承担。",
                        "The creditor and the debtor agreed that each pays a share: the agreement "
                        "governs.",
                    ),
                    "citations": DIVISION_BASIS,
                },
                {"when": unknown("agreement"), "next": "joint_outcome"},
                {"when": unknown("agreement_terms"), "next": "joint_outcome"},
            ],
            "otherwise": {
                "next": "joint_outcome",
                "significance": T(
                    "没有与债权人的有效另行约定：分立后的法人对分立前的债务承担连带债务。",
                    "No valid agreement otherwise with the creditor: the successors owe the earlier "
                    "debt jointly.",
                ),
                "citations": DIVISION_BASIS,
            },
        },
    ]


# --- outcomes ------------------------------------------------------------------------------

DEBT_BEFORE_OPEN = {"reached": "debt_open"}


def joint_outcome() -> J:
    return {
        "id": "joint_outcome",
        "type": "outcome",
        "code": "DM-B",
        "title": T(
            "分立前的债务：分立后的各方承担连带责任",
            "A debt from before the division: the successors are jointly and severally liable",
        ),
        "summary": [
            variant(
                ["successor"],
                "这笔债务{amount.debt_amount}看来产生于分立之前。分立前{party.creditor}是否与原债务人书面约定由谁清偿、"
                "怎样清偿，尚待核实：没有这样的约定的，分立后的各方（包括你方）承担连带责任，{party.creditor}可以要求你方清偿全部；"
                "有约定的，按约定处理。",
                "The debt of {amount.debt_amount} appears to predate the division. Whether the "
                "{party.creditor} agreed in writing with the original debtor, before the division, who "
                "would pay it and how is still to verify: without such an agreement every successor, "
                "you included, is jointly and severally liable and the {party.creditor} may ask you for "
                "all of it; with one, the agreement governs.",
                ANY(unknown("agreement"), unknown("agreement_terms")),
            ),
            variant(
                ["creditor"],
                "原债务人分立前欠下的这笔债务{amount.debt_amount}，由{party.successor}承担连带责任"
                "（原债务人在分立后继续存在的，也在其中）。你已经取得生效的法律文书，但它只对文书列明的当事人有执行力："
                "对文书列明的一方，可以申请执行全部债务（申请执行的期间见期限一栏）；分立后没有列在文书中的各方，"
                "须先在执行程序中申请追加为被执行人（或者另行起诉），才能对其财产执行。",
                "The debt of {amount.debt_amount} from before the division is owed jointly and severally "
                "by the {party.successor} (including the original debtor if it continues). You hold an "
                "effective judgment, but it can be enforced only against those it names: against them "
                "you may enforce the whole debt (see the deadlines for the period to apply); successors "
                "it does not name must first be added as parties in enforcement (or sued) before their "
                "assets can be reached.",
                JUDGMENT,
            ),
            variant(
                ["creditor"],
                "原债务人分立前欠下的这笔债务{amount.debt_amount}，由{party.successor}承担连带责任"
                "（原债务人在分立后继续存在的，也在其中）：你可以要求其中任何一方清偿全部，也可以要求几方或者全部一起清偿；"
                "它们之间如何分担，不影响你的请求。",
                "The debt of {amount.debt_amount} from before the division is owed jointly and severally "
                "by the {party.successor} (including the original debtor if it continues): you may ask "
                "any one of them for all of it, or several or all of them together; how they share it "
                "among themselves does not affect your claim.",
            ),
            variant(
                ["successor"],
                "这笔债务{amount.debt_amount}看来产生于分立之前，而{party.creditor}与原债务人在分立前没有有效的另行约定，"
                "因此分立后的各方（包括你方）承担连带责任：{party.creditor}可以要求你方清偿全部。"
                "分立协议把这笔债务分给其他一方的，不能对抗{party.creditor}，但你方清偿后可以依照分立协议向其他各方追偿。",
                "The debt of {amount.debt_amount} appears to predate the division, and the "
                "{party.creditor} made no valid agreement otherwise with the original debtor before it: "
                "all successors, you included, are jointly and severally liable, and the "
                "{party.creditor} may ask you for all of it. A division agreement giving the debt to "
                "another successor does not bind the {party.creditor}, but after paying you may recover "
                "from the others under it.",
            ),
        ],
        "findings": [
            {
                "label": "连带责任",
                "sublabel": T("法人分立后的连带债务", "joint and several debt after a division"),
                "liable": T(
                    "{party.successor}（原债务人在分立后继续存在的，也包括在内）",
                    "the {party.successor}, including the original debtor if it continues",
                ),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "分立前的债务{amount.debt_amount}（以合同、判决确定的数额为准），不以各方分得的财产为限",
                    "the debt from before the division, {amount.debt_amount} (as the contract or "
                    "judgment fixes it), not limited to the assets each received",
                ),
                "order": T(
                    "无先后顺序：债权人可以请求其中任何一方或者几方清偿全部或者部分",
                    "No order: the creditor may ask any one or several of them for all or part",
                ),
                "basis": DIVISION_BASIS,
            }
        ],
        "citations": MECHANICS,
        "deadlines": JOINT_CLAIM_DEADLINES,
        "defences": [
            *limitation_defence(["successor"]),
            item(
                T(
                    "如果能证明这笔债务产生于分立之后、且不是你方产生的，可以主张你方不因分立承担这笔债务。",
                    "If you can prove the debt arose after the division and was not incurred by you, "
                    "plead that the division does not make you liable for it.",
                ),
                ["successor"],
                DEBT_BEFORE_OPEN,
            ),
            item(
                T(
                    "如果能找到分立前原债务人与{party.creditor}就这笔债务清偿达成的书面协议，按协议主张。",
                    "If a written agreement on this debt between the original debtor and the "
                    "{party.creditor} from before the division turns up, rely on it.",
                ),
                ["successor"],
                ANY(unknown("agreement"), unknown("agreement_terms")),
            ),
            item(
                T(
                    "可以主张原债务人对{party.creditor}的抗辩：债务已经部分清偿、数额不符、合同未履行等。",
                    "You may raise the original debtor's defences against the {party.creditor}: part "
                    "payment, a wrong amount, the contract not performed, and the like.",
                ),
                ["successor"],
            ),
        ],
        "recourse": [
            *RECOURSE_DIVISION,
            item(
                T(
                    "分立后各方内部如何分担与你无关：你可以只向最有清偿能力的一方主张全部。",
                    "How the successors share the debt among themselves is not your concern: you may "
                    "claim all of it from the one best able to pay.",
                ),
                ["creditor"],
            ),
        ],
        "warnings": [
            WARN_DIVISION_DATE_UNKNOWN,
            WARN_DIVISION_OLD_COMPANY_LAW,
            WARN_DIVISION_BEFORE_2006,
            WARN_DIVISION_PRINCIPLES,
            warning(
                "missing_fact",
                T(
                    "债务产生之日与分立登记之日的先后尚不能确定：债务产生于分立之前的，按上述连带责任处理；"
                    "产生于分立之后的，只由实际负债的一方承担。",
                    "It is not settled whether the debt arose before or after the division was "
                    "registered: if before, the joint liability above applies; if after, only the body "
                    "that incurred it is liable.",
                ),
                "any",
                DEBT_BEFORE_OPEN,
            ),
            warning(
                "missing_fact",
                T(
                    "是否存在分立前与债权人的书面协议、协议如何安排这笔债务，尚待核实：有约定由某一方独自清偿或者按份清偿的，"
                    "按约定处理；没有的，维持连带责任。",
                    "Whether there is a written agreement with the creditor from before the division, "
                    "and what it says of this debt, is still to verify: if it puts the debt on one body, "
                    "or splits it, it governs; if not, joint liability stands.",
                ),
                "any",
                ANY(unknown("agreement"), unknown("agreement_terms")),
            ),
            warning(
                "caution",
                T(
                    "公司分立前与债权人的约定须为书面协议才能排除连带责任。只有口头约定的，仍由分立后的各方承担连带责任；"
                    "如有能够证明该约定的书面材料（含电子邮件、聊天记录等可以随时调取的数据电文），请补充核实。",
                    "Only a written agreement with the creditor before the division displaces a "
                    "company's successors' joint liability. With an oral agreement alone they remain "
                    "jointly liable; if anything in writing proves it (including e-mails or messages "
                    "that can be retrieved), check it.",
                ),
                "any",
                ALL(ans("agreement", "oral"), COMPANY),
                [
                    C(CO, 223, when=company_2023("division_date")),
                    C(CO18, 176, when=company_2018("division_date")),
                    C(CC, 469, 3),
                ],
            ),
            warning(
                "caution",
                T(
                    "分立之后债权人与其中一方达成的还款协议、对账确认，不是分立前的另行约定，不改变各方的连带责任；"
                    "但债权人明确免除其中一方债务的，其他各方在该方应当承担的份额范围内也不再承担。",
                    "A repayment agreement or confirmed statement between the creditor and one "
                    "successor after the division is no agreement otherwise and leaves the joint "
                    "liability in place; but if the creditor expressly released one successor, the "
                    "others are released to the extent of that one's share.",
                ),
                "any",
                ans("agreement", "after"),
                [C(CC, 520, 2, when=civil("division_date"))],
            ),
            warning(
                "caution",
                T(
                    "约定不明确，看不出由谁清偿、各清偿多少的，不能排除连带责任。",
                    "An agreement that does not make clear who pays, or how much each pays, does not "
                    "displace joint liability.",
                ),
                "any",
                ans("agreement_terms", "unclear"),
            ),
            warning(
                "caution",
                T(
                    "公司分立应当通知债权人并公告，但法律没有规定分立时债权人可以要求提前清偿或者提供担保。"
                    "债权人没有在公告期间申报债权或者提出异议，不影响分立后各方对分立前债务的连带责任。",
                    "A dividing company must notify its creditors and publish a notice, but the law gives "
                    "creditors no right to early payment or security on a division. A creditor who did "
                    "not file or object during the notice period keeps the successors' joint liability "
                    "for earlier debts.",
                ),
                "any",
                COMPANY,
                [
                    C(CO, 222, 2, when=company_2023("division_date")),
                    C(CO18, 175, 2, when=company_2018("division_date")),
                ],
            ),
            warning(
                "caution",
                T(
                    "向分立后的任何一方催告、起诉，或者其中任何一方承认欠款，诉讼时效对其他各方同样中断。",
                    "A demand on, or suit against, any successor, or any successor's acknowledgement, "
                    "interrupts limitation against all of them.",
                ),
                "any",
                None,
                [C(LIM, 15, 2)],
            ),
            warning(
                "contested",
                T(
                    "分立后各方内部的分担份额：分立协议有约定的按约定；没有约定的，民法典规定视为份额相同，"
                    "但也有法院依照最高人民法院关于企业改制的司法解释，按分立时各方分得的资产比例分担。追偿时请准备分立时的资产负债表和财产清单。",
                    "How the successors share the debt among themselves: as the division agreement says; "
                    "without one, the Civil Code treats the shares as equal, while some courts apply the "
                    "SPC provisions on enterprise restructuring and split it by the assets each received. "
                    "For recourse, keep the balance sheet and inventory of the division.",
                ),
                ["successor"],
                civil("division_date"),
            ),
            WARN_ENFORCEMENT_PARTIES,
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(
                T(
                    "在诉讼时效届满前，向{party.successor}中有清偿能力的一方或者全部各方书面催告或者起诉，要求连带清偿；"
                    "保存送达凭证。",
                    "Before limitation ends, demand in writing from, or sue, whichever of the "
                    "{party.successor} can pay, or all of them, for joint payment; keep proof of delivery.",
                ),
                ["creditor"],
                ALL(NO_JUDGMENT, NOT(event("history", "suit")), MAY_RUN),
            ),
            NEXT_PENDING,
            item(
                T(
                    "对{party.successor}中一方或者原债务人的起诉，诉讼时效对其他各方同样中断；其他各方有清偿能力的，"
                    "可以申请追加为共同被告，或者另行起诉。",
                    "A suit against one of the {party.successor} or the original debtor interrupts "
                    "limitation against the others too; if another can pay, apply to add it as a "
                    "co-defendant, or sue it separately.",
                ),
                ["creditor"],
                SUIT_PENDING,
            ),
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            NEXT_ENFORCE_APPLIED,
            NEXT_REAPPLY,
            NEXT_APPEAL,
            item(
                T(
                    "在国家企业信用信息公示系统查明分立后各方的名称、住所和财产线索。",
                    "Find the successors' names, addresses and assets in the National Enterprise Credit "
                    "Information Publicity System.",
                ),
                ["creditor"],
            ),
            item(
                T(
                    "核对这笔债务是否产生于分立之前、数额是否正确，查找分立前与{party.creditor}的书面协议。",
                    "Check that the debt predates the division and the amount is right; look for a "
                    "written agreement with the {party.creditor} from before the division.",
                ),
                ["successor"],
            ),
            NEXT_CHECK_LIMITATION_SUCCESSOR,
            item(
                T(
                    "清偿后保留凭证，依照分立协议向其他各方追偿。",
                    "Keep proof of any payment and recover from the other successors under the division "
                    "agreement.",
                ),
                ["successor"],
            ),
        ],
        "evidence": [
            EVIDENCE_REGISTRY,
            item(
                T(
                    "分立协议、关于分立的股东会决议（或者上级主管部门的批准文件）、分立时的资产负债表及财产清单",
                    "The division agreement, the resolution on the division (or the approving "
                    "authority's decision), and the balance sheet and inventory drawn up for it",
                )
            ),
            EVIDENCE_DEBT,
            EVIDENCE_DEMANDS,
            EVIDENCE_PAYMENTS,
        ],
    }


def agreed_outcome(kind: str) -> J:
    """DM-C (one body pays alone) or DM-E (each pays its share): the agreement governs."""
    if kind == "one":
        return {
            "id": "agreed_one_outcome",
            "type": "outcome",
            "code": "DM-C",
            "title": T(
                "分立前与债权人约定由一方独自清偿：其他各方不承担，不再连带",
                "Agreed with the creditor before the division that one body pays alone: the others "
                "are not liable, no joint liability",
            ),
            "summary": [
                variant(
                    ["creditor"],
                    "你在分立前与原债务人约定这笔债务由{party.payer}独自清偿：只能要求{party.payer}清偿全部{amount.debt_amount}，"
                    "分立后的其他各方不再承担，也不与{party.payer}承担连带责任。",
                    "You agreed with the original debtor before the division that the {party.payer} "
                    "alone would pay this debt: only the {party.payer} can be asked for the whole "
                    "{amount.debt_amount}; the other successors are not liable, jointly or otherwise.",
                ),
                variant(
                    ["successor"],
                    "{party.creditor}在分立前与原债务人约定这笔债务由你方独自清偿：你方须清偿全部{amount.debt_amount}，"
                    "这是你方自己的债务，不是连带责任；分立后的其他各方不再承担，你方清偿后一般也不能向它们追偿。",
                    "Before the division the {party.creditor} agreed with the original debtor that "
                    "you alone would pay this debt: you owe the whole {amount.debt_amount} as your "
                    "own debt, not jointly; the other successors are released, and you cannot "
                    "usually recover from them after paying.",
                    ans("agreed_payer", "client"),
                ),
                variant(
                    ["successor"],
                    "{party.creditor}在分立前与原债务人约定这笔债务由{party.payer}独自清偿：你方不承担这笔债务，"
                    "也不与{party.payer}承担连带责任。{party.creditor}向你方主张的，以这份协议答辩。",
                    "Before the division the {party.creditor} agreed with the original debtor that "
                    "the {party.payer} alone would pay this debt: you do not owe it, jointly or "
                    "otherwise. If the {party.creditor} claims from you, answer with the agreement.",
                    ans("agreed_payer", "other"),
                ),
                variant(
                    ["successor"],
                    "{party.creditor}在分立前与原债务人约定这笔债务由其中一方独自清偿，约定的是不是你方尚待核实："
                    "约定由你方清偿的，你方须清偿全部{amount.debt_amount}；约定由其他一方清偿的，你方不承担。",
                    "Before the division the {party.creditor} agreed with the original debtor that "
                    "one body alone would pay this debt; whether that is you is still to verify: if "
                    "it is, you owe the whole {amount.debt_amount}; if it is another, you owe "
                    "nothing.",
                ),
            ],
            "findings": [
                {
                    "label": "清偿责任",
                    "sublabel": T(
                        "按分立前的约定独自清偿，不是连带责任",
                        "pays alone under the agreement made before the division; not joint",
                    ),
                    "liable": T("{party.payer}", "the {party.payer}"),
                    "to_whom": T("{party.creditor}", "the {party.creditor}"),
                    "scope": T(
                        "分立前的债务{amount.debt_amount}（以合同、判决确定的数额为准）",
                        "the debt from before the division, {amount.debt_amount} (as the contract "
                        "or judgment fixes it)",
                    ),
                    "order": T(
                        "债权人只能向约定的一方请求", "The creditor may claim only from that body"
                    ),
                    "basis": DIVISION_BASIS,
                },
                {
                    "label": "不承担责任",
                    "sublabel": T("按分立前的约定", "under the agreement made before the division"),
                    "liable": T(
                        "{party.payer}以外的分立后各方（{party.successor}中的其他各方；{party.debtor}在分立后继续存在、又不是约定清偿一方的，也包括在内）",
                        "every successor other than the {party.payer} (the others of the "
                        "{party.successor}; and the {party.debtor}, if it continues and is not the "
                        "one named)",
                    ),
                    "to_whom": T("{party.creditor}", "the {party.creditor}"),
                    "scope": T(
                        "不承担这笔分立前的债务，也不与{party.payer}承担连带责任",
                        "no liability for this earlier debt, and none jointly with the "
                        "{party.payer}",
                    ),
                    "order": T("—", "—"),
                    "basis": DIVISION_BASIS,
                },
            ],
            **agreed_common(ALL(NO_JUDGMENT, NOT(event("history", "suit")), MAY_RUN)),
        }
    return {
        "id": "agreed_shares_outcome",
        "type": "outcome",
        "code": "DM-E",
        "title": T(
            "分立前与债权人约定按份清偿：各方只承担约定的份额",
            "Agreed with the creditor before the division that each pays a share: each owes only "
            "its share",
        ),
        "summary": [
            variant(
                ["creditor"],
                "你在分立前与原债务人约定这笔债务由分立后的各方按份清偿：每一方只清偿约定的份额，"
                "你不能要求任何一方清偿全部{amount.debt_amount}。",
                "You agreed with the original debtor before the division that the successors would "
                "each pay a share: each owes only its agreed share, and none can be asked for the "
                "whole {amount.debt_amount}.",
            ),
            variant(
                ["successor"],
                "{party.creditor}在分立前与原债务人约定这笔债务由分立后的各方按份清偿：你方只清偿约定的份额，"
                "可以拒绝超出份额的请求。",
                "Before the division the {party.creditor} agreed with the original debtor that the "
                "successors would each pay a share: you owe only yours and may refuse any demand "
                "beyond it.",
            ),
        ],
        "findings": [
            {
                "label": "按份责任",
                "sublabel": T(
                    "按分立前约定的份额，不是连带责任",
                    "in the shares agreed before the division; not joint and several",
                ),
                "liable": T("{party.successor}", "the {party.successor}"),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "各自只清偿约定的份额，合计为分立前的债务{amount.debt_amount}",
                    "each only its agreed share, together the earlier debt of {amount.debt_amount}",
                ),
                "order": T(
                    "债权人分别向各方请求各自的份额",
                    "The creditor claims each share from the body that owes it",
                ),
                "basis": DIVISION_BASIS,
            }
        ],
        **agreed_common(ALL(NO_JUDGMENT, NOT(event("history", "suit")), MAY_RUN), shares=True),
    }


def agreed_common(no_suit: J, shares: bool = False) -> J:
    """What DM-C and DM-E share: deadlines, defences, warnings, next steps, evidence."""
    creditor_step = (
        T(
            "在诉讼时效届满前，分别向各方书面催告或者起诉，请求各自的份额。",
            "Before limitation ends, demand in writing from, or sue, each successor for its share.",
        )
        if shares
        else T(
            "在诉讼时效届满前，向{party.payer}书面催告或者起诉。",
            "Before limitation ends, demand in writing from, or sue, the {party.payer}.",
        )
    )
    return {
        "deadlines": CLAIM_DEADLINES,
        "defences": [
            item(
                T(
                    "出示分立前与{party.creditor}达成的协议，主张按约定承担（或者不承担）。",
                    "Produce the agreement made with the {party.creditor} before the division and "
                    "rely on it.",
                ),
                ["successor"],
            ),
            *limitation_defence(["successor"]),
        ],
        "recourse": [
            item(
                T(
                    "按约定清偿后，一般不能再向其他各方追偿，除非分立协议另有安排。",
                    "Having paid under the agreement, a body cannot usually recover from the others, "
                    "unless the division agreement provides otherwise.",
                ),
                ["successor"],
            ),
            item(
                T(
                    "约定的一方不能清偿的，能否再要求其他各方承担，取决于约定的具体内容；"
                    "分立中有无偿或者低价转移财产、逃避债务情形的，可以另行主张撤销或者赔偿。",
                    "If a body cannot pay its part, whether the others can be asked depends on the "
                    "agreement's wording; where the division moved assets away for nothing or too "
                    "little to evade creditors, revocation or damages may be claimed separately.",
                ),
                ["creditor"],
            ),
        ],
        "warnings": [
            WARN_DIVISION_DATE_UNKNOWN,
            WARN_DIVISION_OLD_COMPANY_LAW,
            WARN_DIVISION_BEFORE_2006,
            WARN_DIVISION_PRINCIPLES,
            warning(
                "caution",
                T(
                    "公司分立的，约定必须是分立前与债权人达成的书面协议；请核对协议是否由债权人签字或者盖章、"
                    "日期是否在分立之前、是否明确包括这笔债务。",
                    "For a company, the agreement must be a written one with the creditor made before "
                    "the division: check that the creditor signed or sealed it, that it predates the "
                    "division, and that it clearly covers this debt.",
                ),
                "any",
                COMPANY,
            ),
            warning(
                "caution",
                T(
                    "口头约定有效，但须能够证明；对方否认的，由主张约定的一方举证。",
                    "An oral agreement counts, but must be proved; if the other side denies it, the "
                    "party relying on it bears the burden.",
                ),
                "any",
                ans("agreement", "oral"),
            ),
            warning(
                "missing_fact",
                T(
                    "债务产生之日与分立登记之日的先后尚不能确定；请一并核实。",
                    "Whether the debt arose before or after the division was registered is not "
                    "settled; verify it too.",
                ),
                "any",
                DEBT_BEFORE_OPEN,
            ),
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(creditor_step, ["creditor"], no_suit),
            NEXT_PENDING,
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            NEXT_REAPPLY,
            NEXT_APPEAL,
            item(
                T(
                    "一审判决判令你方清偿的，在上诉状中以分立前与{party.creditor}达成的书面协议为据，主张你方不承担（或者只承担约定的份额）。",
                    "If the first-instance judgment orders you to pay, rely in the appeal on the "
                    "written agreement made with the {party.creditor} before the division: you owe "
                    "nothing (or only the agreed share).",
                ),
                ["successor"],
                ALL(
                    event("history", "judgment_served"),
                    NO_JUDGMENT,
                    ANY(ans("agreed_payer", "other"), ans("agreement_terms", "shares")),
                ),
            ),
            item(
                T(
                    "被要求清偿超出约定范围的部分时，以协议答辩。",
                    "If asked for more than the agreement puts on you, answer with the agreement.",
                ),
                ["successor"],
            ),
            NEXT_CHECK_LIMITATION_SUCCESSOR,
        ],
        "evidence": [
            item(
                T(
                    "分立前与债权人达成的协议（原件），以及能证明其日期和签署人的材料",
                    "The agreement made with the creditor before the division (original), and what "
                    "proves its date and signatories",
                )
            ),
            EVIDENCE_REGISTRY,
            EVIDENCE_DEBT,
            EVIDENCE_DEMANDS,
        ],
    }


def later_debt_outcome() -> J:
    return {
        "id": "later_debt_outcome",
        "type": "outcome",
        "code": "DM-D",
        "title": T(
            "分立后产生的债务：只由产生债务的一方承担，其他各方不因分立连带承担",
            "A debt that arose after the division: owed only by the body that incurred it, not "
            "jointly by the others",
        ),
        "summary": [
            variant(
                ["creditor"],
                "这笔债务产生于分立登记之后，不是分立前的债务：只能要求与你发生这笔债务的一方清偿，"
                "分立后的其他各方不因分立承担连带责任。",
                "The debt arose after the division was registered, so it is not an earlier debt: only "
                "the body you dealt with owes it; the other successors are not jointly liable by "
                "reason of the division.",
            ),
            variant(
                ["successor"],
                "这笔债务产生于分立登记之后，不是分立前的债务：由实际产生这笔债务的一方承担。"
                "你方不是产生债务的一方的，不因分立承担这笔债务；是产生债务的一方的，须自己清偿。",
                "The debt arose after the division was registered, so it is not an earlier debt: the "
                "body that incurred it owes it. If that is not you, the division does not make you "
                "liable; if it is you, you owe it yourself.",
            ),
        ],
        "findings": [
            {
                "label": "不承担责任",
                "sublabel": T("分立后产生的债务", "a debt that arose after the division"),
                "liable": T(
                    "{party.successor}中没有产生这笔债务的各方",
                    "every one of the {party.successor} that did not incur the debt",
                ),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "不因法人分立承担这笔分立后才产生的债务",
                    "no liability, by reason of the division, for a debt that arose after it",
                ),
                "order": T("—", "—"),
                "basis": [
                    *DIVISION_BASIS,
                    C(CO, 3, 1, when=ALL(COMPANY, on_after("debt_date", "2024-07-01"))),
                    C(
                        CO18,
                        3,
                        1,
                        when=ALL(COMPANY, between("debt_date", "2018-10-26", "2024-07-01")),
                    ),
                    C(CC, 60, when=ALL(OTHER, on_after("debt_date", "2021-01-01"))),
                    C(GP, 60, when=ALL(OTHER, between("debt_date", "2017-10-01", "2021-01-01"))),
                ],
            }
        ],
        "remaining_liability": T(
            "产生这笔债务的一方（与{party.creditor}签订合同或者发生债务的单位）以其全部财产独立清偿。",
            "The body that incurred the debt (the one that contracted with, or otherwise became "
            "indebted to, the {party.creditor}) answers for it with all its assets.",
        ),
        "deadlines": CLAIM_DEADLINES,
        "defences": [
            item(
                T(
                    "你方不是产生这笔债务的一方的，以债务产生于分立之后为由，主张不承担责任。",
                    "If you did not incur the debt, plead that it arose after the division.",
                ),
                ["successor"],
            ),
            *limitation_defence(["successor"]),
        ],
        "recourse": [
            item(
                T(
                    "只能向产生债务的一方主张；分立后的其他各方为这笔债务提供了担保、加入了债务，"
                    "或者与它财产、人员、业务混同的，可以另找依据要求其承担。",
                    "Claim from the body that incurred the debt only; if another successor guaranteed it, "
                    "joined the debt, or is mixed up with it in assets, staff or business, it may be "
                    "liable on that other ground.",
                ),
                ["creditor"],
            ),
            item(
                T(
                    "其他各方被要求承担时，可以依据分立的时间和合同主体抗辩。",
                    "A successor asked to pay can answer with the date of the division and who the "
                    "contracting party was.",
                ),
                ["successor"],
            ),
        ],
        "warnings": [
            WARN_DIVISION_DATE_UNKNOWN,
            warning(
                "caution",
                T(
                    "合同在分立前签订、分立后才到期或者才交货的，是分立前产生的债务，应当按分立前的债务重新评估；"
                    "请核对填写的“债务产生之日”是否为合同签订或者债务发生之日，而不是到期日。",
                    "A contract signed before the division but due or delivered after it is an earlier "
                    "debt and should be reassessed as such: check that the date given is when the "
                    "contract was signed or the debt arose, not when it fell due.",
                ),
            ),
            warning(
                "caution",
                T(
                    "分立后的各方如果人员、业务、财产混同，或者由同一股东控制并滥用独立地位逃避债务，"
                    "债权人可以另行主张关联公司对债务承担连带责任；可以另行评估股东和关联公司的责任。",
                    "If the successors share staff, business and assets, or one shareholder controls them "
                    "and abuses their separate personality to evade debts, the creditor may claim that "
                    "the related companies are jointly liable; assess the shareholders' and related "
                    "companies' liability separately.",
                ),
                ["creditor"],
                COMPANY,
            ),
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(
                T(
                    "确认与你签订合同或者发生债务的是分立后的哪一方，向该方主张。",
                    "Establish which successor contracted with you or otherwise incurred the debt, and "
                    "claim from it.",
                ),
                ["creditor"],
                NO_JUDGMENT,
            ),
            NEXT_PENDING,
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            NEXT_REAPPLY,
            NEXT_APPEAL,
            item(
                T(
                    "收集证明分立登记日期和合同相对方的材料。",
                    "Collect what proves the registration date of the division and who the "
                    "contracting party was.",
                ),
                ["successor"],
            ),
            NEXT_CHECK_LIMITATION_SUCCESSOR,
        ],
        "evidence": [
            EVIDENCE_REGISTRY,
            item(
                T(
                    "合同、订单、发票上的签约主体和日期",
                    "The contracting party and date on the contract, orders and invoices",
                )
            ),
            EVIDENCE_DEMANDS,
        ],
    }


def merger_outcome() -> J:
    return {
        "id": "merger_outcome",
        "type": "outcome",
        "code": "DM-A",
        "title": T(
            "合并后的法人承继原债务（不是连带责任）",
            "The successor of the merger takes over the debt (not joint and several liability)",
        ),
        "summary": [
            variant(
                ["creditor"],
                "原债务人已经合并，它的债务{amount.debt_amount}由{party.successor}承继，你可以直接要求{party.successor}清偿全部。"
                "这不是连带责任：合并后只有一个债务人，即{party.successor}。你已经取得生效的法律文书："
                "文书列明的是{party.successor}的，可以对它的财产申请执行；只列原债务人的，须先在执行程序中申请把被执行人变更为{party.successor}"
                "（申请执行的期间见期限一栏）。",
                "The original debtor has merged: its debt of {amount.debt_amount} passed to the "
                "{party.successor}, from whom you can claim all of it. This is not joint and several "
                "liability: after the merger there is one debtor, the {party.successor} (the "
                "surviving or new legal person). You hold an effective judgment: if it names the "
                "{party.successor}, enforce it against its assets; if it names only the original "
                "debtor, first apply in enforcement to substitute the {party.successor} as the "
                "party (see the deadlines for the period to apply).",
                JUDGMENT,
            ),
            variant(
                ["creditor"],
                "原债务人已经合并，它的债务{amount.debt_amount}由{party.successor}承继，你可以直接要求{party.successor}清偿全部。"
                "这不是连带责任：合并后只有一个债务人，即{party.successor}；被合并而注销的原债务人不再存在。",
                "The original debtor has merged: its debt of {amount.debt_amount} passed to the "
                "{party.successor}, from whom you can claim all of it. This is not joint and several "
                "liability: after the merger there is one debtor, the {party.successor} (the "
                "surviving or new legal person); the absorbed original debtor no longer exists.",
            ),
            variant(
                ["successor"],
                "原债务人已经并入你方（或者与他方合并成立了你方），它的债务{amount.debt_amount}由你方承继，"
                "{party.creditor}可以要求你方清偿全部。这不是连带责任，而是你方作为承继人自己的债务；"
                "原债务人对{party.creditor}的一切抗辩，你方都可以主张。",
                "The original debtor merged into you (or with others to form you): its debt "
                "of {amount.debt_amount} is now yours, and the {party.creditor} may claim all of it from "
                "you. This is not joint and several liability but your own debt as successor; you may "
                "raise every defence the original debtor had against the {party.creditor}.",
            ),
        ],
        "findings": [
            {
                "label": "清偿责任",
                "sublabel": T(
                    "承继债务：合并后存续或者新设的法人是唯一的债务人，不是连带责任",
                    "succession to the debt: the surviving or new legal person is the only debtor; "
                    "not joint and several liability",
                ),
                "liable": T(
                    "{party.successor}，即合并后存续或者新设的法人",
                    "the {party.successor}, i.e. the surviving or new legal person",
                ),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "原债务人的全部债务{amount.debt_amount}，连同原债务人享有的抗辩",
                    "the original debtor's whole debt, {amount.debt_amount}, with the defences it had",
                ),
                "order": T(
                    "直接向合并后的法人请求；它是唯一的债务人",
                    "Claim directly from the successor; it is the only debtor",
                ),
                "basis": MERGER_BASIS,
            }
        ],
        "deadlines": CLAIM_DEADLINES,
        "defences": [
            *limitation_defence(["successor"]),
            item(
                T(
                    "可以主张原债务人对{party.creditor}的抗辩：债务已经部分清偿、数额不符、合同未履行等。",
                    "You may raise the original debtor's defences against the {party.creditor}: part "
                    "payment, a wrong amount, the contract not performed, and the like.",
                ),
                ["successor"],
            ),
        ],
        "recourse": [
            item(
                T(
                    "合并协议中原债务人的股东对未披露的债务作出保证或者承诺的，清偿后可以依照合并协议向其主张。",
                    "If the original debtor's shareholders warranted in the merger agreement that there "
                    "were no undisclosed debts, after paying you may claim from them under that "
                    "agreement.",
                ),
                ["successor"],
            ),
            item(
                T(
                    "合并后的法人就是债务人，不存在向其他人分担的问题。",
                    "The successor is the debtor; there is no one else to share the debt with.",
                ),
                ["creditor"],
            ),
        ],
        "warnings": [
            WARN_MERGER_DATE_UNKNOWN,
            WARN_MERGER_OLD_COMPANY_LAW,
            WARN_MERGER_BEFORE_2006,
            warning(
                "caution",
                T(
                    "公司合并时，应当通知债权人并公告；债权人自接到通知之日起三十日内，未接到通知的自公告之日起四十五日内，"
                    "可以要求公司清偿债务或者提供相应的担保。这一期限已过，只是不能再要求提前清偿或者担保，"
                    "债务仍由合并后的公司承继，不因此消灭。",
                    "A merging company must notify its creditors and publish a notice; a creditor may "
                    "demand payment or security within 30 days of the notice, or 45 days of the "
                    "publication if not notified. Missing that window only loses the right to early "
                    "payment or security: the debt still passes to the merged company and does not lapse.",
                ),
                "any",
                COMPANY,
                [
                    C(CO, 220, when=company_2023("merger_date")),
                    C(CO18, 173, when=company_2018("merger_date")),
                ],
            ),
            warning(
                "caution",
                T(
                    "吸收合并中，吸收方本身就是原债务人的，债务人没有变化，直接向它主张即可。",
                    "In a merger by absorption where the absorbing body is itself the original debtor, "
                    "nothing changes: claim from it directly.",
                ),
            ),
            WARN_ENFORCEMENT_MERGER,
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(
                T(
                    "在诉讼时效届满前，向{party.successor}书面催告或者起诉，要求清偿原债务人的债务。",
                    "Before limitation ends, demand in writing from, or sue, the {party.successor} for "
                    "the original debtor's debt.",
                ),
                ["creditor"],
                ALL(NO_JUDGMENT, NOT(event("history", "suit")), MAY_RUN),
            ),
            NEXT_PENDING,
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            NEXT_ENFORCE_APPLIED,
            NEXT_REAPPLY,
            NEXT_APPEAL,
            item(
                T(
                    "核对债务数额和已清偿的部分，准备原债务人的抗辩。",
                    "Check the amount and what has been paid, and prepare the original debtor's "
                    "defences.",
                ),
                ["successor"],
            ),
            NEXT_CHECK_LIMITATION_SUCCESSOR,
        ],
        "evidence": [
            EVIDENCE_REGISTRY,
            item(
                T(
                    "合并协议、合并决议和合并公告",
                    "The merger agreement, the resolutions on the merger and the notice",
                )
            ),
            EVIDENCE_DEBT,
            EVIDENCE_DEMANDS,
            EVIDENCE_PAYMENTS,
        ],
    }


def transfer_outcome() -> J:
    q = "transfer_date"
    new_law = on_after(q, "2021-01-01")
    return {
        "id": "transfer_outcome",
        "type": "outcome",
        "code": "DM-N",
        "title": T(
            "没有依法分立或者合并：接收财产的一方不因分立、合并的规定承担原债务",
            "No lawful division or merger: the recipient of the assets is not liable under the "
            "rules on divisions and mergers",
        ),
        "summary": [
            variant(
                ["creditor"],
                "原债务人只是把财产或者业务转给了{party.transferee}，没有依法办理分立或者合并：{party.transferee}"
                "不因法人分立、合并的规定承担原债务人的债务，原债务人仍应清偿{amount.debt_amount}。"
                "转让是无偿或者以明显不合理的低价进行的，可以在{deadline.revocation_1y}前（自转让之日起五年的期间到"
                "{deadline.revocation_5y}届满）起诉请求人民法院撤销；{party.transferee}表示过愿意加入这笔债务的，"
                "可以要求其承担；两家公司由同一股东控制并混同、用来逃避债务的，可以主张关联公司承担连带责任。",
                "The original debtor only moved its assets or business to the {party.transferee}, "
                "without a lawful division or merger: the {party.transferee} is not liable for the "
                "debt under the rules on divisions and mergers, and the original debtor still owes "
                "{amount.debt_amount}. If the transfer was for nothing or at a clearly unreasonable "
                "price, sue for its revocation before {deadline.revocation_1y} (the five-year limit "
                "ends on {deadline.revocation_5y}); if the {party.transferee} offered to join the debt, "
                "hold it to that; if one shareholder controls both companies and mixed them up to "
                "evade the debt, claim that they are jointly liable.",
                OPEN,
            ),
            variant(
                ["creditor"],
                "原债务人只是把财产或者业务转给了{party.transferee}，没有依法办理分立或者合并：{party.transferee}"
                "不因法人分立、合并的规定承担原债务人的债务，原债务人仍应清偿{amount.debt_amount}。"
                "请求撤销这一转让的期间到今天已经届满（见期限一栏）；已经对{party.transferee}起诉请求撤销的，"
                "起诉之日在期间届满之前的，撤销权已经依法行使，不受影响；在其后起诉的，撤销权已经消灭。"
                "此外还可以考虑：{party.transferee}表示过愿意加入这笔债务的，要求其承担；两家公司由同一股东控制并混同、"
                "用来逃避债务的，主张关联公司承担连带责任。",
                "The original debtor only moved its assets or business to the {party.transferee}, "
                "without a lawful division or merger: the {party.transferee} is not liable for the "
                "debt under the rules on divisions and mergers, and the original debtor still owes "
                "{amount.debt_amount}. The time to have the transfer revoked has run out by today "
                "(see the deadlines); if the {party.transferee} was sued for revocation before it "
                "ended, the right was exercised in time; if later, it is lost. Also possible: if the "
                "{party.transferee} offered to join the debt, hold it to that; if one shareholder "
                "controls both companies and mixed them up to evade the debt, claim that they are "
                "jointly liable.",
                LOST_SUED,
            ),
            variant(
                ["creditor"],
                "原债务人只是把财产或者业务转给了{party.transferee}，没有依法办理分立或者合并：{party.transferee}"
                "不因法人分立、合并的规定承担原债务人的债务，原债务人仍应清偿{amount.debt_amount}。"
                "请求撤销这一转让的期间已经届满，撤销权已经消灭；仍可以考虑：{party.transferee}表示过愿意加入这笔债务的，"
                "要求其承担；两家公司由同一股东控制并混同、用来逃避债务的，主张关联公司承担连带责任。",
                "The original debtor only moved its assets or business to the {party.transferee}, "
                "without a lawful division or merger: the {party.transferee} is not liable for the "
                "debt under the rules on divisions and mergers, and the original debtor still owes "
                "{amount.debt_amount}. The time to have the transfer revoked has run out. Still "
                "possible: if the {party.transferee} offered to join the debt, hold it to that; if "
                "one shareholder controls both companies and mixed them up to evade the debt, claim "
                "that they are jointly liable.",
                LOST_UNSUED,
            ),
            variant(
                ["creditor"],
                "原债务人只是把财产或者业务转给了{party.transferee}，没有依法办理分立或者合并：{party.transferee}"
                "不因法人分立、合并的规定承担原债务人的债务，原债务人仍应清偿{amount.debt_amount}。"
                "可以考虑其他途径：请求人民法院撤销无偿或者以明显不合理的低价进行的转让（须在自知道之日起一年、自转让之日起五年内起诉，"
                "请尽快核实这两个日期）；{party.transferee}表示过愿意加入这笔债务的，要求其承担；"
                "两家公司由同一股东控制并混同、用来逃避债务的，主张关联公司承担连带责任。",
                "The original debtor only moved its assets or business to the {party.transferee}, "
                "without a lawful division or merger: the {party.transferee} is not liable for the "
                "debt under the rules on divisions and mergers, and the original debtor still owes "
                "{amount.debt_amount}. Other routes: ask the court to revoke a transfer made for "
                "nothing or at a clearly unreasonable price (within one year of learning of it and "
                "five years of the transfer: verify both dates soon); if the {party.transferee} "
                "offered to join the debt, hold it to that; if one shareholder controls both "
                "companies and mixed them up to evade the debt, claim that they are jointly liable.",
            ),
            variant(
                ["successor"],
                "没有依法分立或者合并的，你方不因法人分立、合并的规定承担原债务人的债务。{party.creditor}已经对你方起诉："
                "起诉请求撤销转让的，请核对起诉之日：在撤销期间（见期限一栏）届满之前起诉的，撤销权已经依法行使；"
                "在其后起诉的，撤销权已经消灭，可以以此抗辩。还要注意：你方曾表示愿意加入这笔债务的，可能须与原债务人承担连带债务；"
                "与原债务人由同一股东控制、人员财产混同并用来逃避债务的，可能被认定承担连带责任。",
                "Without a lawful division or merger, the rules on divisions and mergers do not make "
                "you liable for the original debtor's debt. The {party.creditor} has sued you: if "
                "for revocation, compare the day of the suit with the revocation period (see the "
                "deadlines): a suit before it ended exercised the right in time; a later one came "
                "too late, and you may plead that. Note also: if you offered to join the debt, you "
                "may owe it jointly; if one shareholder controls you both and your staff and assets "
                "are mixed up to evade the debt, you may be held jointly liable.",
                LOST_SUED,
            ),
            variant(
                ["successor"],
                "没有依法分立或者合并的，你方不因法人分立、合并的规定承担原债务人的债务。{party.creditor}请求撤销这一转让的期间已经届满，"
                "不能再请求撤销。但要注意：你方曾表示愿意加入这笔债务的，可能须与原债务人承担连带债务；"
                "与原债务人由同一股东控制、人员财产混同并用来逃避债务的，可能被认定承担连带责任。",
                "Without a lawful division or merger, the rules on divisions and mergers do not make "
                "you liable for the original debtor's debt. The {party.creditor}'s time to have the "
                "transfer revoked has run out. But: if you offered to join the debt, you may owe it "
                "jointly; if one shareholder controls you both and your staff and assets are mixed up "
                "to evade the debt, you may be held jointly liable.",
                LOST_UNSUED,
            ),
            variant(
                ["successor"],
                "没有依法分立或者合并的，你方不因法人分立、合并的规定承担原债务人的债务。但要注意："
                "财产是无偿或者以明显不合理的低价取得的，{party.creditor}可以请求撤销转让；你方曾表示愿意加入这笔债务的，"
                "可能须与原债务人承担连带债务；与原债务人由同一股东控制、人员财产混同并用来逃避债务的，可能被认定承担连带责任。",
                "Without a lawful division or merger, the rules on divisions and mergers do not make "
                "you liable for the original debtor's debt. But: if you got the assets for nothing or "
                "at a clearly unreasonable price, the {party.creditor} may have the transfer revoked; "
                "if you offered to join the debt, you may owe it jointly; if one shareholder controls "
                "you both and your staff and assets are mixed up to evade the debt, you may be held "
                "jointly liable.",
            ),
        ],
        "findings": [
            {
                "label": "不承担责任",
                "sublabel": T(
                    "不因分立、合并的规定承担；其他依据另行判断",
                    "not under the rules on divisions and mergers; other grounds apart",
                ),
                "liable": T("{party.transferee}", "the {party.transferee}"),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "不因法人分立、合并的规定承担原债务人的债务{amount.debt_amount}",
                    "no liability, under the rules on divisions and mergers, for the original "
                    "debtor's debt of {amount.debt_amount}",
                ),
                "order": T("—", "—"),
                "basis": [
                    C(CO, 3, 1, when=company_2023(q)),
                    C(CO18, 3, 1, when=company_2018(q)),
                    C(CC, 60, when=civil(q)),
                    C(GP, 60, when=provisions(q)),
                    C(GPC, 36, 1, when=principles(q)),
                ],
            }
        ],
        "remaining_liability": T(
            "原债务人仍应以其全部财产清偿{amount.debt_amount}；{party.transferee}只有在转让被撤销、"
            "加入了债务或者被认定与原债务人混同时才承担相应责任。",
            "The original debtor still owes the {amount.debt_amount} with all its assets; the "
            "{party.transferee} answers only if the transfer is revoked, it joined the debt, or it "
            "is held to be mixed up with the original debtor.",
        ),
        "deadlines": [
            *CLAIM_DEADLINES,
            {"use": "revocation_1y"},
            {"use": "revocation_5y"},
            {"use": "revocation_5y_first"},
        ],
        "defences": [
            item(
                T(
                    "请求撤销转让的期间已经届满，撤销权已经消灭。",
                    "The time to have the transfer revoked has run out: the right is lost.",
                ),
                ["successor"],
                LOST_UNSUED,
            ),
            item(
                T(
                    "已经支付合理对价、不知道也不应当知道转让会损害债权人的，撤销的条件不具备。",
                    "If you paid a fair price and did not and should not have known the transfer would "
                    "harm creditors, revocation is not available.",
                ),
                ["successor"],
                NOT(LOST_UNSUED),
            ),
            item(
                T(
                    "{party.creditor}起诉请求撤销转让的，核对起诉之日：在撤销期间（见期限一栏）届满之后才起诉的，撤销权已经消灭，"
                    "可以以此抗辩；这一期间不适用诉讼时效中止、中断的规定。",
                    "If the {party.creditor} sued to have the transfer revoked, check the day of the "
                    "suit: one brought after the revocation period ended (see the deadlines) comes "
                    "too late, and you may plead that; this period is not suspended or interrupted "
                    "like limitation.",
                ),
                ["successor"],
                SUED_TRANSFEREE,
            ),
            item(
                T(
                    "没有向债权人表示过愿意承担或者加入这笔债务的，不构成债务加入。",
                    "If you never told the creditor you would take on or join the debt, there is no "
                    "joinder.",
                ),
                ["successor"],
            ),
            item(
                T(
                    "你方的人员、账户、业务和财产与原债务人独立的，不构成混同。",
                    "If your staff, accounts, business and assets are separate from the original "
                    "debtor's, there is no confusion of personality.",
                ),
                ["successor"],
                COMPANY,
            ),
        ],
        "recourse": [
            item(
                T(
                    "撤销成功的，转让自始没有法律约束力，财产应当返还原债务人，再用于清偿。",
                    "A revoked transfer is void from the start: the assets go back to the original "
                    "debtor and can then be used to pay.",
                ),
                ["creditor"],
                new_law,
            ),
            item(
                T(
                    "因转让被撤销而返还财产的，可以要求原债务人返还已经支付的对价。",
                    "If you must give the assets back after revocation, you may reclaim from the "
                    "original debtor what you paid for them.",
                ),
                ["successor"],
            ),
        ],
        "warnings": [
            warning(
                "caution",
                T(
                    "原债务人无偿转让财产，或者以明显不合理的低价转让而受让人知道或者应当知道，影响债权实现的，"
                    "债权人可以请求人民法院撤销；撤销权自债权人知道或者应当知道之日起一年内行使，自转让之日起五年内不行使的消灭。",
                    "If the debtor gave assets away, or sold them at a clearly unreasonable price to a "
                    "buyer who knew or should have known, harming the creditor, the creditor may ask the "
                    "court to revoke it within one year of knowing, and at most five years from the "
                    "transfer.",
                ),
                "any",
                ALL(new_law, NOT(LOST)),
                [C(CC, 538), C(CC, 539), C(CC, 541)],
            ),
            warning(
                "unverified",
                T(
                    "转让发生在2021年以前的，适用当时的合同法（第74条、第75条），规则与上述相同："
                    "无偿转让或者明显不合理的低价转让且受让人知道的，可以撤销；自知道之日起一年内、自转让之日起五年内行使"
                    "（请律师核对当时的原文）。",
                    "A transfer before 2021 falls under the Contract Law then in force (arts. 74 and "
                    "75), with the same rules: a gift, or a clearly undervalued sale to a buyer who "
                    "knew, can be revoked within one year of knowing and five years of the transfer "
                    "(the lawyer should check the text then in force).",
                ),
                "any",
                ALL(before(q, "2021-01-01"), NOT(LOST)),
            ),
            warning(
                "caution",
                T(
                    "{party.transferee}与原债务人约定加入债务并通知了债权人，或者向债权人表示愿意加入债务的，"
                    "债权人可以请求其在愿意承担的范围内与原债务人承担连带债务；只是接收财产不构成债务加入。"
                    "原债务人把债务转给{party.transferee}未经债权人同意的，原债务人仍是债务人。",
                    "If the {party.transferee} agreed with the debtor to join the debt and the "
                    "creditor was told, or it told the creditor it would join, the creditor may hold it "
                    "jointly liable within what it offered; merely receiving assets is no joinder. A "
                    "transfer of the debt to it without the creditor's consent leaves the original "
                    "debtor as debtor.",
                ),
                "any",
                None,
                [C(CC, 551, 1), C(CC, 552)],
            ),
            warning(
                "caution",
                T(
                    "两家公司由同一股东控制，人员、业务、财产混同，用来逃避债务、严重损害债权人利益的，"
                    "各公司应当对任一公司的债务承担连带责任；可以另行评估股东和关联公司的责任。",
                    "Where one shareholder controls both companies and mixes up their staff, business "
                    "and assets to evade debts, seriously harming creditors, each company is jointly "
                    "liable for the other's debts; assess the shareholders' and related companies' "
                    "liability separately.",
                ),
                "any",
                ALL(COMPANY, on_after(q, "2024-07-01")),
                [C(CO, 23, 2)],
            ),
            warning(
                "contested",
                T(
                    "转移发生在2024年7月1日以前的，当时的公司法没有明文规定关联公司之间的连带责任，"
                    "能否适用修订后的规定、或者参照股东滥用法人独立地位的规定处理，有争议；可以另行评估股东和关联公司的责任。",
                    "For a transfer before 1 July 2024 the Company Law then in force had no express rule "
                    "on related companies' joint liability; whether the revised rule applies, or the "
                    "rule on shareholders abusing a company's separate personality by analogy, is "
                    "contested. Assess the shareholders' and related companies' liability separately.",
                ),
                "any",
                ALL(COMPANY, before(q, "2024-07-01")),
            ),
            warning(
                "unverified",
                T(
                    "企业以其优质财产与他人组建新公司、而将债务留在原企业的，按照《最高人民法院关于审理与企业改制相关的民事纠纷案件若干问题的规定》，"
                    "新公司在所接收的财产范围内与原企业承担连带责任（请律师核对原文，并结合案情判断是否适用）。",
                    "Where an enterprise put its good assets into a new company with others and left "
                    "its debts behind, the SPC provisions on civil disputes related to enterprise "
                    "restructuring make the new company jointly liable with the old one up to the "
                    "assets received (the lawyer should check the original text and whether it fits "
                    "the facts).",
                ),
            ),
            warning(
                "missing_fact",
                T(
                    "转让日期或者债权人知道转让的日期不清楚，撤销权期间无法计算；请尽快核实，宁早勿晚。",
                    "Without the date of the transfer or of the creditor's knowledge the revocation "
                    "periods cannot be computed; verify them soon and act early.",
                ),
                "any",
                ANY(unknown(q), unknown("knew_date")),
            ),
            warning(
                "caution",
                T(
                    "只针对{party.transferee}的起诉（例如请求撤销转让），是否同时中断对原债务人的诉讼时效，法律没有明确规定；"
                    "期限一栏没有把它计入。稳妥起见，另行向原债务人书面催告，保存送达凭证；尚未对原债务人起诉的，也可以起诉。",
                    "Whether a suit against the {party.transferee} alone (e.g. to have the transfer "
                    "revoked) also interrupts limitation against the original debtor is not settled "
                    "by law; the deadlines do not count it. To be safe, also demand payment from the "
                    "original debtor in writing and keep proof of delivery; if he has not been sued "
                    "yet, suing him is another way.",
                ),
                ["creditor"],
                ALL(event("history", "suit", parties=["transferee"]), NO_JUDGMENT),
            ),
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(
                T(
                    "查明转让的价格、受让方是否知道原债务人欠债，收集转让合同、过户和付款记录。",
                    "Find out the price of the transfer and whether the recipient knew of the debt; "
                    "collect the transfer contract, registrations and payment records.",
                ),
                ["creditor"],
            ),
            item(
                T(
                    "转让无偿或者价格明显不合理的，在{deadline.revocation_1y}前（且不晚于{deadline.revocation_5y}）向人民法院起诉请求撤销。",
                    "If the transfer was for nothing or at a clearly unreasonable price, sue for "
                    "revocation before {deadline.revocation_1y} (and no later than "
                    "{deadline.revocation_5y}).",
                ),
                ["creditor"],
                OPEN,
            ),
            item(
                T(
                    "核实转让日期和知道转让的日期；转让无偿或者价格明显不合理、撤销权期间尚未届满的，立即起诉请求撤销。",
                    "Verify the dates of the transfer and of learning of it; if the transfer was for "
                    "nothing or at a clearly unreasonable price and the periods have not run out, sue "
                    "for revocation at once.",
                ),
                ["creditor"],
                REVOCATION_OPEN_QUESTION,
            ),
            item(
                T(
                    "在诉讼时效届满前继续向原债务人主张债权。",
                    "Keep claiming from the original debtor before limitation ends.",
                ),
                ["creditor"],
                ALL(NO_JUDGMENT, NOT(event("history", "suit", parties=CLAIM_PARTIES)), MAY_RUN),
            ),
            item(
                T(
                    "对原债务人的诉讼或者仲裁正在进行：诉讼时效在程序结束后重新计算。",
                    "A suit or arbitration against the original debtor is pending: limitation runs "
                    "again when it ends.",
                ),
                ["creditor"],
                ALL(event("history", "suit", parties=CLAIM_PARTIES), NO_JUDGMENT),
            ),
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            item(
                T(
                    "已经对原债务人申请强制执行。{party.transferee}不是生效文书的当事人，也不是分立、合并后的法人，"
                    "不能以分立、合并为由在执行中追加为被执行人；要它承担责任，须另行起诉（请求撤销转让、主张债务加入或者关联公司的连带责任）。",
                    "Enforcement against the original debtor has been applied for. The "
                    "{party.transferee} is neither named in the judgment nor a successor of a "
                    "division or merger, so it cannot be added as a party in enforcement on that "
                    "ground; to make it answer, sue it (revocation, joinder of the debt, or related "
                    "companies' joint liability).",
                ),
                ["creditor"],
                ALL(JUDGMENT, APPLIED),
            ),
            NEXT_REAPPLY,
            NEXT_APPEAL,
            item(
                T(
                    "保留支付对价的凭证和独立经营的证据（账户、人员、合同）。",
                    "Keep proof of the price paid and of separate operation (accounts, staff, "
                    "contracts).",
                ),
                ["successor"],
            ),
        ],
        "evidence": [
            item(
                T(
                    "转让合同、过户登记、付款记录和财产评估材料",
                    "The transfer contract, registrations of title, payment records and valuations",
                )
            ),
            item(
                T(
                    "两家单位的登记信息、股东和高级管理人员、办公地址、账户往来",
                    "Both bodies' registration records, shareholders and managers, addresses and "
                    "dealings between their accounts",
                )
            ),
            EVIDENCE_DEBT,
            EVIDENCE_DEMANDS,
        ],
    }


def unknown_outcome() -> J:
    return {
        "id": "unknown_outcome",
        "type": "outcome",
        "code": "DM-X",
        "title": T(
            "原债务人是否已经分立或者合并尚待核实",
            "Whether the original debtor was divided or merged is still to verify",
        ),
        "summary": [
            variant(
                ["creditor"],
                "尚不清楚原债务人是分立、合并，还是只转移了财产。请先查明：依法分立的，分立后的各方对分立前的债务"
                "{amount.debt_amount}承担连带责任；依法合并的，由合并后的法人承继债务（不是连带责任）；"
                "只是转移财产的，接收方不因此承担，需要另找依据。查明之前，诉讼时效照常计算。",
                "It is not known whether the original debtor was divided or merged, or only moved its "
                "assets. Find out first: after a lawful division the successors are jointly liable "
                "for the earlier debt of {amount.debt_amount}; after a merger the successor takes it "
                "over (not joint liability); after a mere transfer the recipient is not liable on "
                "that ground. Limitation keeps running meanwhile.",
            ),
            variant(
                ["successor"],
                "尚不清楚原债务人是分立、合并，还是只转移了财产。依法分立的，分立后的各方（包括你方）对分立前的债务承担连带责任；"
                "合并的，由合并后的法人承继；只是接收了财产的，你方不因分立、合并的规定承担。请先查明登记情况。",
                "It is not known whether the original debtor was divided or merged, or only moved its "
                "assets. After a lawful division every successor, you included, is jointly liable for "
                "the earlier debts; after a merger the successor takes them over; a mere recipient of "
                "assets is not liable on that ground. Check the registrations first.",
            ),
        ],
        "findings": [
            {
                "label": "连带责任",
                "sublabel": T(
                    "若原债务人已经依法分立（分立前的债务）",
                    "if the original debtor was lawfully divided (debts from before)",
                ),
                "liable": T("{party.successor}", "the {party.successor}"),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "分立前的债务{amount.debt_amount}", "the earlier debt of {amount.debt_amount}"
                ),
                "order": T(
                    "无先后顺序：可以请求其中任何一方清偿全部",
                    "No order: any one of them may be asked for all of it",
                ),
                "basis": [C(CC, 67, 2), C(CO, 223, when=COMPANY)],
            },
            {
                "label": "清偿责任",
                "sublabel": T(
                    "若原债务人已经合并：承继债务，不是连带责任",
                    "if the original debtor merged: succession to the debt, not joint liability",
                ),
                "liable": T("{party.successor}", "the {party.successor}"),
                "to_whom": T("{party.creditor}", "the {party.creditor}"),
                "scope": T(
                    "原债务人的全部债务{amount.debt_amount}",
                    "the original debtor's whole debt, {amount.debt_amount}",
                ),
                "order": T("直接向合并后的法人请求", "Claim directly from the successor"),
                "basis": [C(CC, 67, 1), C(CO, 221, when=COMPANY)],
            },
        ],
        "deadlines": JOINT_CLAIM_DEADLINES,
        "defences": [
            item(
                T(
                    "原债务人没有依法分立或者合并、你方只是与其有交易或者接收了部分财产的，主张不因分立、合并的规定承担。",
                    "If the original debtor was neither lawfully divided nor merged and you only dealt "
                    "with it or received some assets, plead that the rules on divisions and mergers do "
                    "not apply.",
                ),
                ["successor"],
            ),
            *limitation_defence(["successor"]),
        ],
        "recourse": [
            item(
                T(
                    "查明为分立的，清偿超过自己份额的一方可以向其他各方追偿；为合并的，合并后的法人就是债务人，不存在分担。",
                    "If it was a division, a successor who paid more than its share may recover from "
                    "the others; if a merger, the successor is the debtor and there is no sharing.",
                ),
            )
        ],
        "warnings": [
            warning(
                "missing_fact",
                T(
                    "原债务人发生了什么变化尚待核实，以上认定都取决于这一事实；以上依据按现行法律列出，"
                    "分立或者合并发生在2021年以前的，适用当时的法律。",
                    "What happened to the original debtor is still to verify, and every finding above "
                    "depends on it; the basis shown is the current law, and a division or merger before "
                    "2021 falls under the law then in force.",
                ),
            ),
            WARN_ENFORCEMENT_PARTIES,
            WARN_ENFORCEMENT_MERGER,
            WARN_NO_EVENTS,
        ],
        "next_steps": [
            item(
                T(
                    "在国家企业信用信息公示系统查询原债务人的变更、注销记录和注销原因，以及是否有新设的单位承继其业务。",
                    "Look up the original debtor's change and deregistration records, the reason for "
                    "deregistration, and any new bodies carrying on its business, in the National "
                    "Enterprise Credit Information Publicity System.",
                )
            ),
            item(
                T(
                    "查明后重新评估。在此之前，可以先向原债务人及其承继者书面催告，保存送达凭证。",
                    "Reassess once known. Meanwhile, demand in writing from the original debtor and "
                    "its successors and keep proof of delivery.",
                ),
                ["creditor"],
                ALL(NO_JUDGMENT, MAY_RUN),
            ),
            NEXT_CHECK_INTERRUPTION,
            NEXT_ENFORCE,
            NEXT_ENFORCE_APPLIED,
            NEXT_REAPPLY,
            NEXT_APPEAL,
        ],
        "evidence": [EVIDENCE_REGISTRY, EVIDENCE_DEBT, EVIDENCE_DEMANDS],
    }


NOTES = [
    T(
        "法律依据（legal-coverage.md §5.3）：民法典67；民法总则67（2017-10-01至2020-12-31的分立、合并）；"
        "民法通则44(2)（此前）；公司法221/223（2024-07-01起），公司法(2018)174/176（2018-10-26至2024-06-30）。"
        "版本按分立或者合并登记之日选择（民法典时间效力规定1；公司法时间效力规定1）。",
        "Basis (legal-coverage.md §5.3): Civil Code 67; General Provisions 67 for divisions and mergers "
        "from 2017-10-01 to 2020-12-31; General Principles 44(2) before; Company Law 221/223 from "
        "2024-07-01, Company Law (2018) 174/176 from 2018-10-26 to 2024-06-30. The version follows "
        "the registration date of the division or merger.",
    ),
    T(
        "语料只有公司法2018和2023文本。2018-10-26以前的公司分立、合并，以警示说明当时文本（2013年修正第174/176条，"
        "2005年修订第175/177条）内容相同，不引用；2006年以前（1993年公司法）提示请律师核查。2017-10-01以前的非公司法人分立，"
        "民法通则44(2)未写连带，连带来自企业改制规定第12条（不在语料中，[unverified]警示）。",
        "The corpus has only the 2018 and 2023 Company Law texts. For company divisions and mergers "
        "before 2018-10-26 a warning says that the text then in force (2013: arts. 174/176; 2005: "
        "175/177) had the same content, without citing it; before 2006 (Company Law 1993) a manual "
        "check is advised. For non-company divisions before 2017-10-01, General Principles 44(2) "
        "does not say 'jointly'; the joint liability comes from art. 12 of the SPC provisions on "
        "enterprise restructuring (not in the corpus: an [unverified] warning).",
    ),
    T(
        "合并后的法人和约定独自清偿的一方用标签“清偿责任”（自己的债务，独自全部清偿），副标签写明不是连带责任。"
        "约定由一方独自清偿的（DM-C），约定的一方由当事人信息“约定独自清偿的一方”列名；被要求清偿的一方另答是否为约定的一方。",
        "The merger's successor and the body agreed to pay alone carry the label 清偿责任 (a debt "
        "owed as one's own, alone and in full), the sublabel saying it is not joint. Where one "
        "body is agreed to pay alone (DM-C), it is named in the case information ('body agreed to "
        "pay alone'); the side asked to pay also says whether it is that body.",
    ),
    T(
        "口头约定：公司法223但书要求分立前的书面协议；民法典67(2)未要求形式，因此非公司法人的口头约定按约定处理（须举证）。"
        "分立后债权人与一方达成的协议不是67(2)的另行约定；免除按民法典520(2)。约定不明的按连带处理（企业改制规定12的思路）。",
        "Oral agreements: the proviso of Company Law 223 needs a written agreement before the "
        "division; Civil Code 67(2) sets no form, so for other legal persons an oral agreement governs "
        "if proved. An agreement between the creditor and one successor after the division is not an "
        "agreement under 67(2); a release follows Civil Code 520(2). An unclear agreement leaves joint "
        "liability (as art. 12 of the restructuring provisions).",
    ),
    T(
        "通知、公告（公司法220/222）只在与责任有关处出现：合并时债权人可以要求清偿或者担保，逾期不影响承继；"
        "分立没有这一权利，也不影响连带责任。合并进行中（尚未登记）的情形不单独评估，在问题帮助中说明。",
        "Notices (Company Law 220/222) appear only where they bear on liability: on a merger creditors "
        "may demand payment or security, and missing the window does not affect the succession; a "
        "division gives no such right and does not affect the joint liability. A merger still in "
        "progress is not assessed separately; the question's help explains it.",
    ),
    T(
        "“没有依法分立、合并，只是转移财产”另设结论：撤销权（民法典538、539、541，计算一年和五年期间），"
        "债务加入（552），关联公司（公司法23(2)，2024-07-01以前有争议，§6第2点），企业改制规定第6、7条（[unverified]）。",
        "'No lawful division or merger, assets moved' has its own outcome: revocation (Civil Code 538, "
        "539, 541, with the one- and five-year periods computed), joinder (552), related companies "
        "(Company Law 23(2); contested before 2024-07-01, §6 point 2), arts. 6 and 7 of the "
        "restructuring provisions ([unverified]).",
    ),
    T(
        "诉讼时效：自债务履行期限届满日起算，2017-10-01以前到期的声明为民法通则135的二年，由引擎按法释〔2018〕12号计算过渡；"
        "对原债务人和分立后各方整体的事件一律计入；事件只针对分立后的某一方（按名称记录）的，期限按各方分行计算："
        "连带的路径（DM-B、DM-X）上persons为joint，对一方的中断及于其他各方（诉讼时效规定15(2)）；"
        "按份或者约定由一方清偿的（DM-E、DM-C）各自计算。对接收财产一方的起诉不计入（是否中断对原债务人的时效无明文，警示）；"
        "撤销期间按咨询日判断，已对接收财产一方起诉的，不断言撤销权消灭，请比较起诉之日。"
        "执行中追加分立、合并后的法人为被执行人的依据（变更追加当事人规定第11、12条）不在语料中，以平实的警示提及并请律师核对原文；"
        "生效文书只对列明的当事人有执行力。撤销权的一年和五年期间（民法典541）：五年期间在一年期间先届满时单独作为期限，否则作为其最长期间。",
        "Limitation runs from the due date; for debts due before 2017-10-01 the two years of "
        "General Principles 135 are declared and the engine computes the transition (法释〔2018〕12号); "
        "events against the original debtor or the successors as a whole all count; events "
        "against one successor by name give a row per successor: on the joint paths (DM-B, "
        "DM-X) persons are 'joint', an interruption against one reaching the others "
        "(limitation provisions 15(2)); where shares or one payer were agreed (DM-E, DM-C) "
        "each is counted apart. A suit against the recipient of assets does not count (whether "
        "it interrupts against the debtor is not settled: a warning); the revocation periods "
        "are measured at the consultation date, so where the recipient was sued the texts do "
        "not say the right is lost but ask to compare the suit's day. Adding a successor as a party in enforcement rests on "
        "arts. 11 and 12 of the SPC provisions on changing and adding parties in enforcement, not in "
        "the corpus: a plain-words warning marked for the lawyer; a judgment binds only those it "
        "names. The one- and five-year revocation periods (Civil Code 541): the five years are a "
        "deadline of their own where they end first, else the long-stop of the one year.",
    ),
    T(
        "首条路径（自检）只用选择和日期问题：分立、两个日期相同（债务不早于分立）→ 分立后产生的债务。",
        "The first path (self-test) uses only choice and date questions: division, both dates the "
        "same (the debt not earlier than the division) → a debt that arose after the division.",
    ),
]

GLOSSARY = [
    {
        "id": "legal_person",
        "term": T("法人", "legal person"),
        "definition": T(
            "依法成立、能够独立享有民事权利和承担民事义务的组织，如公司、全民所有制或者集体所有制企业、事业单位、社会团体。"
            "个体工商户、合伙企业不是法人。",
            "An organisation established by law that holds rights and duties in its own name, such "
            "as a company, a state-owned or collective enterprise, a public institution or an "
            "association. Individual businesses and partnerships are not legal persons.",
        ),
    },
    {
        "id": "division",
        "term": T("分立", "division"),
        "definition": T(
            "一个法人依法分成两个以上法人：原法人继续存在、另分出新法人的，是派生分立；原法人解散、分成几个新法人的，是新设分立。",
            "One legal person lawfully becomes two or more: by spin-off (it continues and a new one "
            "is split off) or by dissolution (it is dissolved into several new ones).",
        ),
    },
    {
        "id": "merger",
        "term": T("合并", "merger"),
        "definition": T(
            "两个以上法人依法合为一个：一个吸收其他的，被吸收的解散，是吸收合并；几个合并设立一个新法人，各方解散，是新设合并。",
            "Two or more legal persons lawfully become one: by absorption (one absorbs the others, "
            "which are dissolved) or by new incorporation (they form a new one and are all "
            "dissolved).",
        ),
    },
]


def with_enforcement(outcome: J) -> J:
    """Every outcome: the period to apply for enforcement as a defence, and its articles. The
    recipient of moved assets (DM-N) is given no limitation plea (a revocation period is not a
    limitation period), so its outcome cites none of the plea's articles."""
    outcome["defences"] = [*outcome.get("defences", []), DEFENCE_ENFORCEMENT_PERIOD]
    citations = ENFORCEMENT_CITATIONS
    if outcome.get("code") == "DM-N":
        citations = [c for c in citations if c["law"] == "spc_civil_procedure_interpretation"]
    outcome["citations"] = [*outcome.get("citations", []), *citations]
    return outcome


def build() -> J:
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "division",
        "version": "2.1.1",
        "domain": "other",
        "title": T(
            "法人分立、合并后的债务由谁承担",
            "Debts of a legal person after a division or merger",
        ),
        "report_title": T(
            "法人分立、合并后的债务承担评估报告",
            "Assessment of liability for debts after a division or merger",
        ),
        "description": T(
            "公司或者其他法人分立、合并后，原来的债务由谁承担：分立后的各方对分立前的债务承担连带责任，"
            "除非分立前与债权人另有（书面）约定；合并后由存续或者新设的法人承继。债权人和被要求清偿的一方都可以使用；"
            "按分立、合并的日期适用民法典、民法总则或者民法通则，以及公司法（2023年修订或者2018年修正）。",
            "Who owes a company's or other legal person's debts after it was divided or merged: the "
            "successors of a division are jointly and severally liable for earlier debts unless a "
            "(written) agreement with the creditor before the division says otherwise; after a merger "
            "the surviving or new legal person takes them over. For creditors and for the body asked "
            "to pay; the Civil Code, the General Provisions or the General Principles and the Company "
            "Law (2023 or 2018) by the date of the division or merger.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [
            CC,
            GP,
            GPC,
            CO,
            CO18,
            LIM,
            CPL,
            "spc_civil_procedure_interpretation",
        ],
        "notes": NOTES,
        "sides": [
            {
                "id": "creditor",
                "label": T(
                    "债权人（要求分立、合并后的一方清偿原债务）",
                    "The creditor (asking a successor to pay the original debt)",
                ),
            },
            {
                "id": "successor",
                "label": T(
                    "被要求清偿的一方（分立、合并后的法人，或者接收了财产的公司）",
                    "The body asked to pay (a successor after a division or merger, or a company that "
                    "received the assets)",
                ),
                "claimed_against": True,
            },
        ],
        "parties": [
            {"id": "creditor", "label": T("债权人", "creditor")},
            {"id": "debtor", "label": T("原债务人", "original debtor")},
            {"id": "successor", "label": T("分立或者合并后的法人", "successor"), "many": True},
            {"id": "transferee", "label": T("接收财产的一方", "recipient of the assets")},
            {
                "id": "payer",
                "label": T("约定独自清偿的一方", "body agreed to pay alone"),
            },
        ],
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES},
        "start": "side",
        "nodes": [
            *questions(),
            *(
                with_enforcement(outcome)
                for outcome in (
                    joint_outcome(),
                    agreed_outcome("one"),
                    agreed_outcome("shares"),
                    later_debt_outcome(),
                    merger_outcome(),
                    transfer_outcome(),
                    unknown_outcome(),
                )
            ),
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    return write(build(), PATH, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
