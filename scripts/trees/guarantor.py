"""Generates trees/guarantor.json (legal-coverage.md §3 incl. §3.5 and §7; §0.4, §0.6–0.8).

    python scripts/trees/guarantor.py            # write trees/guarantor.json
    python scripts/trees/guarantor.py --check    # exit 1 if the file differs from the output

The tree is written here, not by hand, because it serves four sides, two law versions (the
guarantee concluded before or from 2021-01-01) and a dozen routes, and the same condition (the
kind of guarantee, the period family, the law) selects texts and citations in many places. Each
condition and each shared text is written once below. `tests/trees/test_guarantor.py` checks that
the committed JSON equals this script's output.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.share_definitions import share, to_text  # noqa: E402
from scripts.trees._guarantor_dsl import (  # noqa: E402
    Json,
    all_,
    ans,
    any_,
    branch,
    choice,
    cite,
    date_before,
    date_from,
    event,
    finding,
    includes,
    not_,
    note,
    otherwise,
    passed,
    reached,
    rule,
    side,
    t,
    undetermined,
    unknown,
    variant,
    warn,
)

OUT = ROOT / "trees" / "guarantor.json"
VERSION = "2.1.1"
REVIEWED = "2026-12-05"

# --- laws --------------------------------------------------------------------------------------

CC = "civil_code"
GL = "guarantee_law_1995"
GLI = "spc_guarantee_law_interpretation_2000"
GI = "spc_guarantee_interpretation"
TE = "spc_civil_code_time_effect"
CO = "company_law_2023"
CO18 = "company_law_2018"
LP = "spc_limitation_provisions"
CPL = "civil_procedure_law"
GPCL = "general_principles_civil_law_1986"
GP = "general_provisions_civil_law_2017"
EBL = "enterprise_bankruptcy_law"
CGI = "spc_contract_general_interpretation"
LAWS = [CC, GL, GI, GLI, TE, CO, CO18, LP, CPL, GPCL, GP, EBL, CGI]

# --- sides -------------------------------------------------------------------------------------

C = ["creditor"]
G = ["guarantor", "joiner"]  # claimed against: a guarantor, or a third party who joined the debt
P = ["paid"]
CG = ["creditor", "guarantor", "joiner"]

# --- conditions --------------------------------------------------------------------------------

OLD = date_before("conclusion_date", "2021-01-01")
NEW = date_from("conclusion_date", "2021-01-01")
CO_NEW = date_from("conclusion_date", "2024-07-01")
CO_OLD = date_before("conclusion_date", "2024-07-01")

GUAR = ans("what_signed", "guarantee", "credit_support")
ACC = ans("what_signed", "accession")

# The kind of guarantee is decided once (type_default) and recorded by a marker node, so that
# the many texts and citations that depend on it read one small condition.
JOINT = reached("t_joint")
GENERAL = reached("t_general")
W_JOINT = ans("type_wording", "joint")
W_GENERAL = ans("type_wording", "general")
W_NONE = ans("type_wording", "none")


def per(*choices: str, q: str | None = None) -> Json:
    """The guarantee period as agreed: asked after the creditor's act (period_a) or when there
    was none (period_n); ``q`` names one of them where only it can have been asked."""
    if q is not None:
        return ans(q, *choices)
    return any_(ans("period_a", *choices), ans("period_n", *choices))


CEIL = ans("maturity_kind", "ceiling")
NOT_CEIL = ans("maturity_kind", "fixed", "grace")
GRACE = ans("maturity_kind", "grace")


# The families of guarantee periods, each a named deadline from the start date (due_date).
def fam_conditions(q: str | None = None) -> dict[str, Json]:
    return {
        "gp_6m": any_(
            per("none", "early", "m6", q=q),
            all_(NEW, per("unclear", q=q)),
            all_(OLD, CEIL, per("unclear", q=q)),
        ),
        "gp_1y": per("y1", q=q),
        "gp_2y": any_(per("y2", q=q), all_(OLD, NOT_CEIL, per("unclear", q=q))),
        "gp_3y": per("y3", q=q),
    }


# The period family is likewise recorded by marker nodes after the period question.
FAM = {
    fam: reached(f"fa_{fam[3:]}", f"fn_{fam[3:]}") for fam in ("gp_6m", "gp_1y", "gp_2y", "gp_3y")
}
FAM_A = {fam: reached(f"fa_{fam[3:]}") for fam in FAM}  # after an act
FAM_N = {fam: reached(f"fn_{fam[3:]}") for fam in FAM}  # without one
FAMILY_WORDS = {
    "gp_6m": ("六个月", "six months"),
    "gp_1y": ("一年", "one year"),
    "gp_2y": ("二年", "two years"),
    "gp_3y": ("三年", "three years"),
}

IN_TIME = reached("m_in_time")
LATE = reached("m_late")
LAPSED = reached("m_lapsed")
RUNNING = reached("m_running")
OPEN = reached("m_open", "m_lapse_open")
OPEN_ACT = reached("m_open")  # the creditor acted, but whether in time is open
RELEASED = any_(LATE, LAPSED)
# An old guarantee with an unclear period and a main debt due from 2021: the act was within the
# two years counted here but after six months, which the guarantor may argue (contested).
CONTESTED6 = reached("m_contested6")

MAIN_VOID = ans("main_valid", "void")
INV_GUAR = all_(
    ans("main_valid", "valid"),
    any_(ans("guarantor_kind", "barred"), ans("company_resolution", "not_reviewed")),
)
INVALID = all_(GUAR, any_(MAIN_VOID, INV_GUAR))
VALID = all_(GUAR, not_(any_(MAIN_VOID, INV_GUAR)))
COMPANY_UNKNOWN = any_(unknown("company_resolution"), unknown("listed_disclosure"))

GEN_IN = all_(GENERAL, IN_TIME)
BANKR = any_(event("bankruptcy_accepted", "debtor"), ans("general_action", "bankruptcy_claim"))
BANKR_EVENT = event("bankruptcy_accepted", "debtor")
# The creditor of a general guarantee only filed a claim in the debtor's bankruptcy: whether that
# is "suing the debtor" within the guarantee period is contested (§6 item 6).
CLAIM_ONLY = ans("general_action", "bankruptcy_claim")
TERM = event("enforcement_terminated", "debtor")
YEAR_RAW = all_(event("enforcement_applied", "debtor"), passed("enf_year"))
YEAR = all_(NEW, YEAR_RAW)
EXC = any_(ans("exception", "missing", "waiver"), all_(NEW, ans("exception", "cannot_pay")))
# The posture of a general guarantee after a timely suit, decided once in `dispatch` (in this
# order) and recorded by marker nodes that the outcomes' texts and deadlines read.
D_BANKR = all_(GEN_IN, BANKR)
D_TERM = all_(GEN_IN, not_(BANKR), TERM)
D_YEAR = all_(GEN_IN, not_(BANKR), not_(TERM), YEAR)
D_YEAR_OPEN = all_(GEN_IN, not_(BANKR), not_(TERM), undetermined(YEAR))
D_EXC = all_(GEN_IN, not_(BANKR), not_(TERM), not_(YEAR), EXC)
R_BANKR = reached("r_bankr")
R_TERM = reached("r_term")
R_YEAR = reached("r_year")
R_YEAR_OPEN = reached("r_year_open")
R_EXC = reached("r_exc")

G_SUED = event("suit", "guarantor")
G_JUDGED = event("judgment_effective", "guarantor")
D_JUDGED = event("judgment_effective", "debtor")
G_IN_COURT = any_(G_SUED, G_JUDGED)

CO_MANY = ans("co_guarantors", "no_shares")
CO_SHARES = ans("co_guarantors", "shares_agreed")

# Paid side.
PAID = ans("paid_how", "paid", "enforced", "bought_claim")
ORDERED = ans("paid_how", "ordered")
SHARE_NEW = all_(NEW, ans("co_paid", "agreed_joint", "same_contract"))
SHARE_NEW_AGREED = all_(NEW, ans("co_paid", "agreed_shares"))
SHARE_OLD = all_(OLD, ans("co_paid", "agreed_joint", "same_contract", "separate"))
SHARE_OLD_AGREED = all_(OLD, ans("co_paid", "agreed_shares"))
SHARING = any_(SHARE_NEW, SHARE_NEW_AGREED, SHARE_OLD, SHARE_OLD_AGREED)
NO_SHARING = any_(
    all_(NEW, ans("co_paid", "separate", "creditor_shares")),
    all_(OLD, ans("co_paid", "creditor_shares")),
)
EQUAL_COUNT = {"two": "share_2", "three": "share_3", "four": "share_4"}

# --- shared texts ------------------------------------------------------------------------------

GUARANTOR = t("{party.guarantor}", "the {party.guarantor}")
CREDITOR = t("{party.creditor}", "the {party.creditor}")
DEBTOR = t("{party.debtor}", "the {party.debtor}")
JOINER = t("{party.joiner}", "the {party.joiner}")
DASH = t("—", "—")


def act_words(joint: bool) -> tuple[str, str]:
    if joint:
        return ("要求{party.guarantor}承担保证责任", "require the {party.guarantor} to perform")
    return (
        "对{party.debtor}提起诉讼或者申请仲裁",
        "sue or start arbitration against the {party.debtor}",
    )


# === questions =================================================================================


def side_node() -> Json:
    return {
        "id": "side",
        "type": "side",
        "text": t("当事人在这件事中是哪一方？", "Which side is the client on?"),
        "help": {
            "why": t(
                "结论、下一步、证据和风险提示都按当事人的立场来写：债权人想让谁还钱，被要求还钱的人可以怎样抗辩，已经还了钱的人可以向谁要回。",
                "The conclusion, next steps, evidence and warnings are written for the client's side: whom a creditor can make pay, how a person asked to pay can answer, whom someone who has paid can recover from.",
            )
        },
        "choices": [
            {"side": "creditor", "next": "conclusion_date"},
            {"side": "guarantor", "next": "conclusion_date"},
            {"side": "joiner", "next": "conclusion_date"},
            {"side": "paid", "next": "conclusion_date"},
        ],
    }


def conclusion_date() -> Json:
    return {
        "id": "conclusion_date",
        "type": "date",
        "text": t(
            "第三人是哪一天签署保证合同或者承诺文件（担保书、还款承诺、差额补足函等）的？",
            "When did the third party sign the guarantee or the written undertaking (letter of guarantee, repayment undertaking, shortfall-funding letter …)?",
        ),
        "label": t(
            "保证合同或者承诺文件的签署日", "the day the guarantee or undertaking was signed"
        ),
        "help": {
            "why": t(
                "签署日决定适用的法律：2021年1月1日以前签署的，适用担保法和担保法解释；此后签署的，适用民法典和担保制度解释。这里问的是签署文件的日期，不是起诉的日期。",
                "The signing date decides the law: signed before 1 Jan 2021, the Guarantee Law and its 2000 Interpretation apply; from then on, the Civil Code and the SPC Interpretation on Guarantees. This is the day the document was signed, not the day of any suit.",
            ),
            "examples": [
                t(
                    "借款合同中的保证条款：以保证人签字的日期为准。",
                    "A guarantee clause in the loan contract: the day the guarantor signed.",
                ),
                t(
                    "只记得月份的：填该月的任何一天即可。这个日期只用来确定适用的法律（以2021年1月1日为界，公司担保另以2024年7月1日为界），同一个月内不会改变结论。",
                    "Only the month is known: any day of that month will do. The date serves only to pick the law (the lines are 1 Jan 2021, and 1 Jul 2024 for company guarantees), which never changes within a month.",
                ),
            ],
            "glossary": ["guarantee"],
        },
        "significance": t(
            "签署日决定适用的法律版本。",
            "The signing date decides which version of the law applies.",
        ),
        "citations": [cite(TE, 1, 1), cite(TE, 1, 2)],
        "next": "law_switch",
    }


def law_switch() -> Json:
    return branch(
        "law_switch",
        [
            rule(
                OLD,
                "what_signed",
                t(
                    "文件在2021年1月1日以前签署：适用担保法和担保法解释（当时的法律），民法典的保证规则不适用。",
                    "Signed before 1 Jan 2021: the Guarantee Law and its 2000 Interpretation (the law then in force) apply, not the Civil Code's rules on guarantees.",
                ),
                [cite(TE, 1, 2)],
            )
        ],
        otherwise(
            "what_signed",
            t(
                "文件在2021年1月1日以后签署：适用民法典和担保制度解释。",
                "Signed on or after 1 Jan 2021: the Civil Code and the SPC Interpretation on Guarantees apply.",
            ),
            [cite(TE, 1, 1)],
        ),
    )


def what_signed() -> Json:
    return {
        "id": "what_signed",
        "type": "choice",
        "text": t(
            "第三人签署的文件写的是什么？",
            "What does the document the third party signed say?",
        ),
        "help": {
            "why": t(
                "保证和债务加入的后果完全不同：保证人有保证期间的保护，一般保证人还有先诉抗辩权；加入债务的人与债务人承担连带债务，没有保证期间。",
                "A guarantee and a debt accession differ completely: a guarantor is protected by the guarantee period, and a general guarantor may insist the debtor be pursued first; someone who joined the debt owes it jointly with the debtor, with no guarantee period.",
            ),
            "examples": [
                t(
                    "“本人自愿为借款人提供连带责任保证”——保证。",
                    "'I guarantee the borrower's debt jointly and severally' — a guarantee.",
                ),
                t(
                    "“本人与借款人共同偿还上述借款”——债务加入。",
                    "'I will repay this loan together with the borrower' — a debt accession.",
                ),
                t(
                    "第三人以自己的房产等提供抵押、质押的（物的担保），或者银行开立的独立保函，适用各自的专门规定，这里的问题不适用于它们。",
                    "A third party's mortgage or pledge of its own property (security in rem), or a bank's independent guarantee, follows its own rules; these questions do not cover them.",
                ),
                t(
                    "“如借款人未能按期还款，本公司将督促其还款”——只是安慰函。",
                    "'If the borrower does not repay on time, we will urge him to' — a mere comfort letter.",
                ),
            ],
            "glossary": ["guarantee", "debt_accession"],
        },
        "citations": [cite(GI, 36, when=NEW), cite(GL, 6, when=OLD), cite(CC, 552)],
        "choices": [
            choice(
                "guarantee",
                "保证：保证合同、借款合同中的保证条款或者担保书，写明“保证”“担保”",
                "A guarantee: a guarantee contract, a guarantee clause in the loan contract, or a letter of guarantee",
                "side_route",
                t(
                    "文件约定在债务人不履行时由第三人履行或者承担责任，是保证。",
                    "The third party undertakes to perform or answer if the debtor does not: a guarantee.",
                ),
                [cite(CC, 681, when=NEW), cite(GL, 6, when=OLD)],
            ),
            choice(
                "credit_support",
                "差额补足、流动性支持等承诺，或者看不出是保证还是加入债务",
                "A shortfall-funding or liquidity-support undertaking, or a text that could be either a guarantee or an accession",
                "side_route",
                t(
                    "具有担保意思的增信文件按保证处理；难以确定是保证还是债务加入的，认定为保证。",
                    "A credit-support undertaking meant as security is a guarantee; one that cannot be told apart from an accession is treated as a guarantee.",
                ),
                [cite(GI, 36, 1, when=NEW), cite(GI, 36, 3, when=NEW), cite(GL, 6, when=OLD)],
            ),
            choice(
                "accession",
                "加入债务：写明“共同还款”“共同承担”“加入债务”等",
                "Joining the debt: 'repay together', 'bear the debt jointly', 'join the debt' and the like",
                "side_route",
                t(
                    "第三人表示与债务人共同承担债务，是债务加入（不是保证）：与债务人承担连带债务。",
                    "The third party undertakes to bear the debt together with the debtor: a debt accession, not a guarantee; it owes the debt jointly with the debtor.",
                ),
                [cite(CC, 552), cite(GI, 36, 2, when=NEW), cite(TE, 3, when=OLD)],
            ),
            choice(
                "comfort",
                "只是表示督促还款、协调、尽力支持等（安慰函）",
                "Only a promise to urge repayment, help or do its best (a comfort letter)",
                "out_comfort",
                t(
                    "文件既没有担保的意思，也没有加入债务的意思：不是保证，也不是债务加入。",
                    "The document shows no intent to secure the debt or to join it: neither a guarantee nor an accession.",
                ),
                [cite(GI, 36, 4, when=NEW), cite(GL, 6, when=OLD)],
            ),
        ],
    }


def side_route() -> Json:
    # Every side is routed by a rule; 'otherwise' is never taken. It points at a node every
    # side may reach anyway, so that the validator, which lets 'otherwise' carry all sides,
    # does not think the paid side reaches the claim routes.
    return branch(
        "side_route",
        [
            rule(side("paid"), "paid_how"),
            rule(all_(side(*CG), ACC), "guarantor_kind"),
            rule(side(*CG), "main_valid"),
        ],
        otherwise("out_comfort"),
    )


def main_valid() -> Json:
    return {
        "id": "main_valid",
        "type": "choice",
        "text": t(
            "被担保的主合同（借款合同等）是否有效？",
            "Is the main contract (the loan contract or the like) valid?",
        ),
        "help": {
            "why": t(
                "主合同无效的，保证合同随之无效，保证人只可能按过错承担赔偿责任。没有无效的事由（如违反法律强制性规定、恶意串通）的，选“有效”。",
                "If the main contract is void the guarantee is void too, and the guarantor can at most owe fault-based compensation. Without a ground of invalidity (breach of a mandatory rule, collusion …) choose 'valid'.",
            ),
            "examples": [
                t(
                    "保证合同约定“保证独立于主合同”或者“对主合同无效的后果也承担保证责任”的，这一约定本身无效：主合同有效时不影响保证；主合同无效时保证仍然无效。",
                    "A clause making the guarantee 'independent of the main contract', or covering the consequences of its invalidity, is itself void: with a valid main contract the guarantee stands; with a void one the guarantee is void all the same.",
                )
            ],
        },
        "citations": [cite(GI, 2, 1, when=NEW)],
        "choices": [
            choice(
                "valid",
                "有效（没有无效的事由）",
                "Valid (no ground of invalidity)",
                "guarantor_kind",
                t("主合同有效。", "The main contract is valid."),
            ),
            choice(
                "void",
                "已被认定无效，或者明显无效",
                "Held void, or plainly void",
                "guarantor_kind",
                t(
                    "主合同无效的，保证合同无效。",
                    "A void main contract makes the guarantee void.",
                ),
                [cite(CC, 682, 1, when=NEW), cite(GL, 5, 1, when=OLD)],
            ),
        ],
    }


def guarantor_kind() -> Json:
    return {
        "id": "guarantor_kind",
        "type": "choice",
        "text": t(
            "提供保证（或者加入债务）的是谁？",
            "Who gave the guarantee (or joined the debt)?",
        ),
        "help": {
            "why": t(
                "公司提供担保须经董事会或者股东会决议，债权人应当审查决议；机关法人、公益性学校和医院等不得为保证人。",
                "A company's guarantee needs a board or shareholders' resolution, which the creditor must check; state organs and non-profit schools, hospitals and the like may not guarantee.",
            )
        },
        "choices": [
            choice("person", "自然人", "A natural person", "kind_route"),
            choice(
                "company",
                "公司（非上市公司）",
                "A company (not listed)",
                "kind_route",
                t(
                    "公司对外担保须按章程经董事会或者股东会决议。",
                    "A company's guarantee needs a board or shareholders' resolution under its articles.",
                ),
                [cite(CO, 15, when=CO_NEW), cite(CO18, 16, when=CO_OLD)],
            ),
            choice(
                "listed",
                "上市公司（或者其公开披露的控股子公司）",
                "A listed company (or a disclosed subsidiary it controls)",
                "kind_route",
                t(
                    "上市公司担保须经决议并公开披露。",
                    "A listed company's guarantee needs a resolution and its public disclosure.",
                ),
                [cite(GI, 9, 1, when=NEW), cite(CO18, 16, when=OLD)],
            ),
            choice(
                "branch",
                "公司的分公司（分支机构）",
                "A branch of a company",
                "kind_route",
                t(
                    "分支机构以自己的名义担保，也须经公司决议或者授权。",
                    "A branch guaranteeing in its own name also needs the company's resolution or authority.",
                ),
                [cite(GI, 11, 1, when=NEW), cite(GL, 10, when=OLD), cite(GL, 29, when=OLD)],
            ),
            choice(
                "barred",
                "机关法人、以公益为目的的学校、幼儿园、医院等，或者居委会、村委会",
                "A state organ, a non-profit school, kindergarten or hospital, or a residents' or villagers' committee",
                "kind_route",
                t(
                    "这些主体原则上不得为保证人，其提供的保证无效。",
                    "These may not, as a rule, be guarantors: their guarantee is void.",
                ),
                [
                    cite(CC, 683, when=NEW),
                    cite(GI, 5, when=NEW),
                    cite(GI, 6, 1, when=NEW),
                    cite(GL, 8, when=OLD),
                    cite(GL, 9, when=OLD),
                    cite(GLI, 3, when=OLD),
                ],
            ),
            choice(
                "other",
                "其他企业或者组织（合伙企业、个人独资企业等）",
                "Another business or organisation (a partnership, a sole proprietorship …)",
                "kind_route",
            ),
        ],
    }


def kind_route() -> Json:
    return branch(
        "kind_route",
        [
            rule(all_(ans("guarantor_kind", "listed"), NEW), "listed_disclosure"),
            rule(ans("guarantor_kind", "company", "listed", "branch"), "company_resolution"),
        ],
        otherwise("validity_route"),
    )


def company_resolution() -> Json:
    return {
        "id": "company_resolution",
        "type": "choice",
        "text": t(
            "签约时，债权人是否审查了公司同意担保（或者加入债务）的董事会或者股东会决议？",
            "When signing, did the creditor check the company's board or shareholders' resolution approving the guarantee (or the accession)?",
        ),
        "help": {
            "why": t(
                "法定代表人未经决议以公司名义担保，债权人审查了决议的是善意，担保对公司有效；没有审查的，担保对公司不发生效力，公司最多按过错承担赔偿责任。",
                "A legal representative who signs without a resolution binds the company only towards a creditor in good faith, i.e. one who checked the resolution; otherwise the guarantee does not bind the company, which owes at most fault-based compensation.",
            ),
            "examples": [
                t(
                    "银行留存了加盖公司印章的股东会决议复印件——审查了。",
                    "The bank kept a sealed copy of the shareholders' resolution — checked.",
                ),
                t(
                    "担保公司提供担保、公司为全资子公司担保、三分之二以上表决权股东签字同意——无须决议。",
                    "A guarantee company, a guarantee for a wholly owned subsidiary, or shareholders with two thirds of the votes signed — no resolution needed.",
                ),
            ],
        },
        "citations": [
            cite(GI, 7, when=NEW),
            cite(GI, 8, when=NEW),
            cite(GI, 12, when=all_(NEW, ACC)),
            cite(CO, 15, when=CO_NEW),
            cite(CO18, 16, when=CO_OLD),
            cite(GLI, 11, when=OLD),
        ],
        "verify": {
            "evidence": [
                t(
                    "债权人留存的公司决议、章程及审查记录",
                    "The resolution, the articles and the record of checking kept by the creditor",
                ),
                t("签约时的往来函件、会议纪要", "Correspondence and minutes from the signing"),
            ],
            "effect": t(
                "审查了决议（或者无须决议）的，担保（或者债务加入）对公司有效；没有审查的，对公司不发生效力，公司最多承担不超过债务人不能清偿部分二分之一的赔偿责任。",
                "Checked (or no resolution needed): the guarantee (or the accession) binds the company. Not checked: it does not, and the company owes at most compensation up to half of what the debtor cannot pay.",
            ),
        },
        "choices": [
            choice(
                "reviewed",
                "审查了决议（决议看起来真实、合规；分公司担保的，审查了公司的决议或者书面授权）",
                "Checked the resolution (it looked genuine and regular; for a branch, the company's resolution or written authority)",
                "validity_route",
                t(
                    "债权人审查了决议，是善意相对人：担保对公司有效。",
                    "The creditor checked the resolution and is in good faith: the guarantee binds the company.",
                ),
                [cite(GI, 7, 1, 1, when=NEW), cite(GI, 7, 3, when=NEW), cite(GLI, 11, when=OLD)],
            ),
            choice(
                "exempt",
                "无须决议：担保公司或者金融机构开立保函、为全资子公司担保、三分之二以上表决权股东签字同意、一人公司为其股东担保",
                "No resolution needed: a guarantee company or a bank guarantee, a guarantee for a wholly owned subsidiary, shareholders with two thirds of the votes signed, a one-person company guaranteeing its shareholder",
                "validity_route",
                t(
                    "属于无须决议的情形：公司不能以没有决议为由拒绝承担。",
                    "No resolution was needed: the company cannot refuse for want of one.",
                ),
                [cite(GI, 8, 1, when=NEW), cite(GI, 10, when=NEW), cite(GLI, 11, when=OLD)],
            ),
            choice(
                "not_reviewed",
                "没有审查决议（或者明知没有决议）",
                "Did not check (or knew there was none)",
                "validity_route",
                t(
                    "债权人没有审查决议，不是善意相对人：担保对公司不发生效力。",
                    "The creditor did not check and is not in good faith: the guarantee does not bind the company.",
                ),
                [
                    cite(GI, 7, 1, 2, when=NEW),
                    cite(CO, 15, when=CO_NEW),
                    cite(CO18, 16, when=CO_OLD),
                    cite(GLI, 11, when=OLD),
                ],
            ),
            choice(
                "unknown",
                "不清楚 / 待核实",
                "Not known / to verify",
                "validity_route",
                unknown=True,
            ),
        ],
    }


def listed_disclosure() -> Json:
    return {
        "id": "listed_disclosure",
        "type": "choice",
        "text": t(
            "债权人是否根据上市公司公开披露的、担保事项已经董事会或者股东大会通过的信息签约？",
            "Did the creditor sign relying on the listed company's public disclosure that the board or the shareholders' meeting approved the guarantee?",
        ),
        "help": {
            "why": t(
                "与上市公司订立担保合同，债权人没有依据公开披露的决议信息签约的，上市公司既不承担担保责任，也不承担赔偿责任。",
                "A creditor who did not rely on the listed company's published approval gets neither guarantee liability nor compensation from it.",
            )
        },
        "citations": [cite(GI, 9)],
        "verify": {
            "evidence": [
                t(
                    "证券交易所网站上的担保公告及其日期",
                    "The guarantee announcement on the stock exchange's website and its date",
                ),
            ],
            "effect": t(
                "依据公告签约的，上市公司承担担保责任；没有依据公告的，上市公司不承担任何责任。",
                "Relied on the announcement: the listed company is bound. Did not: it owes nothing.",
            ),
        },
        "choices": [
            choice(
                "relied",
                "是，依据公告签约",
                "Yes, relied on the announcement",
                "validity_route",
                t(
                    "依据公开披露的信息签约：担保对上市公司有效。",
                    "Signed relying on the disclosure: the guarantee binds the listed company.",
                ),
                [cite(GI, 9, 1)],
            ),
            choice(
                "not_relied",
                "否，没有公告或者没有依据公告",
                "No announcement, or not relied on",
                "validity_route",
                t(
                    "没有依据公开披露的信息签约：担保对上市公司不发生效力，也不产生赔偿责任。",
                    "Not relying on a disclosure: the guarantee does not bind the listed company, which owes no compensation either.",
                ),
                [cite(GI, 9, 2)],
            ),
            choice(
                "unknown",
                "不清楚 / 待核实",
                "Not known / to verify",
                "validity_route",
                unknown=True,
            ),
        ],
    }


def validity_route() -> Json:
    acc_company_bad = all_(ACC, ans("company_resolution", "not_reviewed"))
    return branch(
        "validity_route",
        [
            rule(
                all_(ACC, ans("listed_disclosure", "not_relied")),
                "out_acc_invalid",
            ),
            rule(acc_company_bad, "acc_fault"),
            rule(ACC, "acc_due_date"),
            rule(ans("listed_disclosure", "not_relied"), "out_no_comp"),
            rule(
                MAIN_VOID,
                "fault_main",
                t(
                    "主合同无效，保证合同随之无效：只可能按过错承担赔偿责任。",
                    "The main contract is void, and so is the guarantee: only fault-based compensation is possible.",
                ),
                [cite(CC, 682, when=NEW), cite(GL, 5, when=OLD)],
            ),
            rule(
                ans("guarantor_kind", "barred"),
                "fault_guarantee",
                t(
                    "保证人不具有担保资格，保证合同无效：只可能按过错承担赔偿责任。",
                    "The guarantor may not give guarantees, so the guarantee is void: only fault-based compensation is possible.",
                ),
                [cite(CC, 683, when=NEW), cite(CC, 682, 2, when=NEW), cite(GL, 5, 2, when=OLD)],
            ),
            rule(
                ans("company_resolution", "not_reviewed"),
                "fault_guarantee",
                t(
                    "担保对公司不发生效力：公司只可能按过错承担赔偿责任。",
                    "The guarantee does not bind the company: only fault-based compensation is possible.",
                ),
                [cite(GI, 7, 1, 2, when=NEW), cite(GLI, 11, when=OLD), cite(GL, 5, 2, when=OLD)],
            ),
        ],
        otherwise("type_wording"),
    )


def fault_guarantee() -> Json:
    return {
        "id": "fault_guarantee",
        "type": "choice",
        "text": t(
            "保证（或者担保对公司）无效，是谁的过错？",
            "The guarantee is void (or does not bind the company): whose fault is it?",
        ),
        "help": {
            "why": t(
                "主合同有效而保证无效的，赔偿责任按过错确定：双方都有过错的，保证人最多赔偿债务人不能清偿部分的二分之一；只有保证人有过错的，赔偿不能清偿的全部；只有债权人有过错的，保证人不赔偿。没有审查公司决议的债权人本身有过错。",
                "With a valid main contract and a void guarantee, compensation follows fault: both at fault, the guarantor pays at most half of what the debtor cannot pay; only the guarantor, all of it; only the creditor, nothing. A creditor who did not check the company's resolution is itself at fault.",
            )
        },
        "citations": [cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD), cite(GL, 5, 2, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "签约经过的材料：谁知道或者应当知道无效的原因",
                    "What happened at signing: who knew or should have known the ground of invalidity",
                ),
            ],
            "effect": t(
                "双方都有过错：最多赔偿二分之一；只有保证人有过错：赔偿全部不能清偿部分；只有债权人有过错：不赔偿。",
                "Both at fault: at most half; only the guarantor: all that cannot be paid; only the creditor: nothing.",
            ),
        },
        "choices": [
            choice(
                "both",
                "双方都有过错（例如债权人没有审查决议，保证人也明知不能担保）",
                "Both (e.g. the creditor did not check the resolution and the guarantor knew it could not guarantee)",
                "fault_route",
                t(
                    "债权人与保证人都有过错：保证人的赔偿不超过债务人不能清偿部分的二分之一。",
                    "Both at fault: the guarantor's compensation is at most half of what the debtor cannot pay.",
                ),
                [cite(GI, 17, 1, 1, when=NEW), cite(GLI, 7, when=OLD)],
            ),
            choice(
                "guarantor_only",
                "只有保证人有过错，债权人不知道也不应当知道（债权人没有审查公司决议的，不适用）",
                "Only the guarantor; the creditor neither knew nor should have known (not where the creditor did not check the company's resolution)",
                "fault_route",
                t(
                    "只有保证人有过错：对债务人不能清偿的部分承担赔偿责任（债权人没有审查公司决议的除外，见注意事项）。",
                    "Only the guarantor at fault: it compensates all that the debtor cannot pay (not where the creditor did not check the company's resolution; see the warnings).",
                ),
                [cite(GI, 17, 1, 2, when=NEW), cite(GLI, 7, when=OLD)],
            ),
            choice(
                "creditor_only",
                "只有债权人有过错",
                "Only the creditor",
                "fault_route",
                t(
                    "只有债权人有过错：保证人不承担赔偿责任。",
                    "Only the creditor at fault: the guarantor owes no compensation.",
                ),
                [cite(GI, 17, 1, 3, when=NEW), cite(GL, 5, 2, when=OLD)],
            ),
            choice(
                "unknown", "不清楚 / 待核实", "Not known / to verify", "fault_route", unknown=True
            ),
        ],
    }


def fault_main() -> Json:
    return {
        "id": "fault_main",
        "type": "choice",
        "text": t(
            "主合同无效，保证人对此有没有过错（例如知道借款用于违法用途仍提供保证）？",
            "The main contract is void: was the guarantor at fault (e.g. it knew the loan served an unlawful purpose)?",
        ),
        "help": {
            "why": t(
                "主合同无效导致保证无效的，保证人没有过错的不承担责任；有过错的，赔偿不超过债务人不能清偿部分的三分之一。",
                "Where a void main contract voids the guarantee, a guarantor without fault owes nothing; one at fault pays at most a third of what the debtor cannot pay.",
            )
        },
        "citations": [cite(GI, 17, 2, when=NEW), cite(GLI, 8, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "保证人签约时知道的情况（往来函件、证人）",
                    "What the guarantor knew at signing (correspondence, witnesses)",
                )
            ],
            "effect": t(
                "有过错：最多赔偿三分之一；没有过错：不赔偿。",
                "At fault: at most a third; not at fault: nothing.",
            ),
        },
        "choices": [
            choice(
                "guarantor_fault",
                "保证人有过错",
                "The guarantor was at fault",
                "fault_route",
                t(
                    "保证人有过错：赔偿不超过债务人不能清偿部分的三分之一。",
                    "The guarantor was at fault: compensation at most a third of what the debtor cannot pay.",
                ),
                [cite(GI, 17, 2, when=NEW), cite(GLI, 8, when=OLD)],
            ),
            choice(
                "no_fault",
                "保证人没有过错",
                "The guarantor was not at fault",
                "fault_route",
                t(
                    "保证人没有过错：不承担赔偿责任。",
                    "The guarantor was not at fault: no compensation.",
                ),
                [cite(GI, 17, 2, when=NEW), cite(GLI, 8, when=OLD)],
            ),
            choice(
                "unknown", "不清楚 / 待核实", "Not known / to verify", "fault_route", unknown=True
            ),
        ],
    }


def fault_route() -> Json:
    return branch(
        "fault_route",
        [
            rule(
                any_(ans("fault_guarantee", "creditor_only"), ans("fault_main", "no_fault")),
                "out_no_comp",
            )
        ],
        otherwise("type_wording"),
    )


def acc_fault() -> Json:
    return {
        "id": "acc_fault",
        "type": "choice",
        "text": t(
            "公司加入债务对公司不发生效力，是谁的过错？",
            "The company's accession does not bind it: whose fault is it?",
        ),
        "help": {
            "why": t(
                "法定代表人未经决议以公司名义加入债务的，参照公司担保的规则：债权人没有审查决议的，加入对公司不发生效力，公司按过错承担赔偿责任。",
                "A legal representative joining a debt in the company's name without a resolution is treated like a company guarantee: a creditor who did not check gets no accession, only fault-based compensation.",
            )
        },
        "citations": [cite(GI, 12, when=NEW), cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "签约经过的材料：公司是否知道、谁应当知道没有决议",
                    "What happened at signing: did the company know, who should have known there was no resolution",
                )
            ],
            "effect": t(
                "双方都有过错：公司最多赔偿二分之一；只有公司有过错：赔偿全部不能清偿部分；只有债权人有过错：不赔偿。",
                "Both at fault: the company pays at most half; only the company: all that cannot be paid; only the creditor: nothing.",
            ),
        },
        "choices": [
            choice(
                "both",
                "双方都有过错",
                "Both",
                "acc_amount",
                t("债权人与公司都有过错。", "Both the creditor and the company were at fault."),
            ),
            choice(
                "company_only",
                "只有公司有过错",
                "Only the company",
                "acc_amount",
                t("只有公司有过错。", "Only the company was at fault."),
            ),
            choice(
                "creditor_only",
                "只有债权人有过错",
                "Only the creditor",
                "out_acc_invalid",
                t(
                    "只有债权人有过错：公司不承担赔偿责任。",
                    "Only the creditor at fault: the company owes no compensation.",
                ),
            ),
            choice(
                "unknown", "不清楚 / 待核实", "Not known / to verify", "acc_amount", unknown=True
            ),
        ],
    }


def type_wording() -> Json:
    return {
        "id": "type_wording",
        "type": "choice",
        "text": t(
            "保证合同对保证方式是怎么约定的？",
            "What does the guarantee say about the kind of guarantee?",
        ),
        "help": {
            "why": t(
                "连带责任保证的债权人可以直接找保证人；一般保证的保证人在对债务人强制执行仍不能清偿之前可以拒绝承担（先诉抗辩权）。没有约定或者约定不明确的：2021年以前签署的按连带责任保证，此后签署的按一般保证。",
                "Under a joint and several guarantee the creditor may go straight to the guarantor; a general guarantor may refuse until enforcement against the debtor has failed. If the contract is silent or unclear: signed before 2021, it is joint and several; from 2021, general.",
            ),
            "examples": [
                t(
                    "“债务人不能履行（无力偿还）时由保证人承担”——一般保证。",
                    "'The guarantor pays if the debtor cannot (is unable to) pay' — general.",
                ),
                t(
                    "“债务人不履行（未偿还）时保证人即承担”“无条件承担”——连带责任保证。",
                    "'The guarantor pays if the debtor does not pay', 'unconditionally' — joint and several.",
                ),
            ],
            "glossary": ["general_guarantee", "joint_guarantee", "benefit_of_discussion"],
        },
        "citations": [cite(GI, 25, when=NEW), cite(CC, 686, 2, when=NEW), cite(GL, 19, when=OLD)],
        "choices": [
            choice(
                "joint",
                "连带责任保证（或者写明债务人不履行、未偿还时即由保证人承担，无条件承担）",
                "Joint and several (or: the guarantor pays as soon as the debtor does not pay; unconditionally)",
                "type_default",
                t(
                    "约定为连带责任保证：债权人可以直接要求保证人承担。",
                    "Agreed as joint and several: the creditor may go straight to the guarantor.",
                ),
                [cite(CC, 688, 1, when=NEW), cite(GI, 25, 2, when=NEW), cite(GL, 18, 1, when=OLD)],
            ),
            choice(
                "general",
                "一般保证（或者写明债务人不能履行、无力偿还时才由保证人承担）",
                "General (or: the guarantor pays only if the debtor cannot pay)",
                "type_default",
                t(
                    "约定为一般保证：保证人享有先诉抗辩权。",
                    "Agreed as a general guarantee: the guarantor may insist the debtor be pursued first.",
                ),
                [cite(CC, 687, 1, when=NEW), cite(GI, 25, 1, when=NEW), cite(GL, 17, 1, when=OLD)],
            ),
            choice(
                "none",
                "没有约定，或者约定不明确",
                "Not stated, or unclear",
                "type_default",
            ),
        ],
    }


def type_default() -> Json:
    return branch(
        "type_default",
        [
            rule(
                all_(W_NONE, OLD),
                "t_joint",
                t(
                    "2021年以前签署、没有约定保证方式：按连带责任保证承担保证责任。",
                    "Signed before 2021 and silent on the kind: a joint and several guarantee.",
                ),
                [cite(GL, 19)],
            ),
            rule(
                all_(W_NONE, NEW),
                "t_general",
                t(
                    "2021年以后签署、没有约定或者约定不明确：按一般保证承担保证责任。",
                    "Signed from 2021 and silent or unclear on the kind: a general guarantee.",
                ),
                [cite(CC, 686, 2)],
            ),
            rule(W_JOINT, "t_joint"),
        ],
        otherwise("t_general"),
    )


def type_markers() -> list[Json]:
    return [
        branch(m, [rule(reached("side"), "extension")], otherwise("extension"))
        for m in ("t_joint", "t_general")
    ]


def extension() -> Json:
    return {
        "id": "extension",
        "type": "choice",
        "text": t(
            "债权人和债务人是否变更过主债务的履行期限（展期）？",
            "Did the creditor and the debtor change the main debt's due date (an extension)?",
        ),
        "help": {
            "why": t(
                "展期未经保证人书面同意的，保证期间仍从原定的履行期限届满之日起算；下一题请填写原定日期。",
                "An extension without the guarantor's written consent does not move the guarantee period: it still runs from the original due date, which is the date to give next.",
            )
        },
        "choices": [
            choice("none", "没有展期", "No extension", "maturity_kind"),
            choice(
                "consented",
                "展期了，保证人书面同意",
                "Extended, with the guarantor's written consent",
                "maturity_kind",
                t(
                    "保证人书面同意展期：保证期间从展期后的履行期限届满之日起算。",
                    "The guarantor agreed in writing: the period runs from the extended due date.",
                ),
                [cite(CC, 695, 2, when=NEW), cite(GLI, 30, 2, when=OLD)],
            ),
            choice(
                "not_consented",
                "展期了，保证人没有书面同意",
                "Extended, without the guarantor's written consent",
                "maturity_kind",
                t(
                    "展期未经保证人书面同意：保证期间仍从原定的履行期限届满之日起算。",
                    "No written consent: the period still runs from the original due date.",
                ),
                [cite(CC, 695, 2, when=NEW), cite(GLI, 30, 2, when=OLD)],
            ),
        ],
    }


def maturity_kind() -> Json:
    return {
        "id": "maturity_kind",
        "type": "choice",
        "text": t("主债务的履行期限是怎么约定的？", "How was the main debt's due date agreed?"),
        "help": {
            "why": t(
                "保证期间从主债务履行期限届满之日起算；没有约定履行期限的，从债权人要求债务人还款时给的宽限期届满之日起算；最高额保证另有起算规则。",
                "The guarantee period runs from the main debt's due date; without one, from the end of the grace period the creditor gave when demanding payment; a maximum-amount guarantee has its own start.",
            ),
            "glossary": ["guarantee_period"],
        },
        "choices": [
            choice(
                "fixed",
                "约定了到期日（分期还款的，以最后一期为准）",
                "A due date was agreed (for instalments, the last one)",
                "due_date",
            ),
            choice(
                "grace",
                "没有约定到期日，债权人已经要求债务人还款并给了宽限期",
                "No due date; the creditor demanded payment and gave a grace period",
                "due_date",
                t(
                    "没有约定履行期限：保证期间自宽限期届满之日起算。",
                    "No due date: the period runs from the end of the grace period.",
                ),
                [cite(CC, 692, 3, when=NEW), cite(GLI, 33, when=OLD)],
            ),
            choice(
                "grace_not_demanded",
                "没有约定到期日，债权人还没有要求债务人还款",
                "No due date, and the creditor has not yet demanded payment from the debtor",
                "out_not_started",
                t(
                    "没有约定履行期限，债权人也还没有要求还款：保证期间尚未开始计算。",
                    "No due date and no demand yet: the guarantee period has not begun.",
                ),
                [cite(CC, 692, 3, when=NEW), cite(GLI, 33, when=OLD)],
            ),
            choice(
                "ceiling",
                "最高额保证（为一定期间内连续发生的借款提供保证）",
                "A maximum-amount guarantee (for loans made over a period)",
                "due_date",
                t(
                    "最高额保证：保证期间按约定起算；没有约定的，按法定规则确定起算日。",
                    "A maximum-amount guarantee: the period starts as agreed, else as the rules say.",
                ),
                [cite(GI, 30, when=NEW), cite(GLI, 37, when=OLD)],
            ),
        ],
    }


def due_date() -> Json:
    return {
        "id": "due_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "保证期间从哪一天起算？填写主债务的履行期限届满日（到期日）；没有约定到期日的，填宽限期届满日；最高额保证填合同约定的起算日，没有约定的，填债权确定之日（或者最后到期的借款的到期日）。",
            "From which day does the guarantee period run? Give the main debt's due date; without one, the end of the grace period; for a maximum-amount guarantee, the start the contract sets, else the day the secured claims were fixed (or the last loan's due date).",
        ),
        "label": t(
            "主债务到期日（保证期间起算日）",
            "the main debt's due date (start of the guarantee period)",
        ),
        "help": {
            "why": t(
                "保证期间从这一天起算；没有展期的，主债务的诉讼时效也从这一天起算。展期未经保证人书面同意的，这里填原定的到期日，展期后的到期日在下一题填写。",
                "The guarantee period runs from this day, and so does the main debt's limitation if there was no extension. After an extension without the guarantor's written consent, give the original due date here and the extended one next.",
            ),
            "examples": [
                t(
                    "借款合同约定2024年8月31日还款：填2024-08-31。",
                    "The loan contract says repay on 31 Aug 2024: give 2024-08-31.",
                ),
            ],
        },
        "significance": t(
            "保证期间从这一天起算（开始的当日不计入）。",
            "The guarantee period runs from this day (the day itself not counted).",
        ),
        "citations": [
            cite(CC, 692, 2, when=NEW),
            cite(GL, 25, 1, when=OLD),
            cite(GL, 26, 1, when=OLD),
        ],
        "verify": {
            "evidence": [
                t(
                    "借款合同或者借条上的还款日期；展期协议",
                    "The repayment date in the loan contract or IOU; any extension agreement",
                ),
                t(
                    "催款通知及其送达凭证（载明宽限期）",
                    "The demand for payment with proof of delivery (stating the grace period)",
                ),
            ],
            "effect": t(
                "到期日决定保证期间的届满日：只知道月份的，届满日只能确定一个范围，结论可能取决于确切日期；不清楚的，无法判断保证期间是否已经届满。",
                "The due date fixes the end of the guarantee period: known only to the month, the end is a range and the conclusion may turn on the exact day; unknown, whether the period is over cannot be told.",
            ),
        },
        "next": "ext_route",
    }


EXT_NC = ans("extension", "not_consented")


def ext_route() -> Json:
    return branch(
        "ext_route",
        [rule(EXT_NC, "ext_due_date")],
        otherwise("action_route"),
    )


def ext_due_date() -> Json:
    """The extended due date: the main debt's limitation runs from it, while the guarantee
    period stays on the original date (民法典695(2); 担保法解释30(2))."""
    return {
        "id": "ext_due_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "展期后主债务的到期日是哪一天？",
            "What is the main debt's due date after the extension?",
        ),
        "label": t(
            "展期后的主债务到期日（主债务诉讼时效起算日）",
            "the main debt's extended due date (start of its limitation)",
        ),
        "help": {
            "why": t(
                "展期未经保证人书面同意，只是保证期间仍按原定日期计算；在债权人和债务人之间展期有效，主债务到展期后的日期才到期，主债务的诉讼时效从展期后的到期日起算。",
                "Without the guarantor's written consent only the guarantee period stays on the original date; between the creditor and the debtor the extension is valid, so the main debt falls due, and its limitation runs, from the extended date.",
            ),
            "examples": [
                t(
                    "原定2022年6月30日还款，展期协议改为2024年6月30日：填2024-06-30。",
                    "Due 30 Jun 2022, extended to 30 Jun 2024: give 2024-06-30.",
                ),
            ],
        },
        "significance": t(
            "主债务的诉讼时效从展期后的到期日起算（保证期间不受影响）。",
            "The main debt's limitation runs from the extended due date (the guarantee period does not move).",
        ),
        "citations": [
            cite(CC, 695, 2, when=NEW),
            cite(GLI, 30, 2, when=OLD),
        ],
        "verify": {
            "evidence": [
                t(
                    "展期协议（载明展期后的还款日期）",
                    "The extension agreement (with the new due date)",
                ),
            ],
            "effect": t(
                "展期后的到期日决定主债务的诉讼时效何时届满；不清楚的，无法计算主债务的诉讼时效。",
                "The extended due date fixes when the main debt's limitation ends; unknown, it cannot be computed.",
            ),
        },
        "next": "action_route",
    }


def action_route() -> Json:
    return branch(
        "action_route",
        [rule(JOINT, "joint_action")],
        otherwise("general_action"),
    )


def joint_action() -> Json:
    return {
        "id": "joint_action",
        "type": "choice",
        "text": t(
            "连带责任保证：债权人是否要求过保证人承担保证责任？",
            "Joint and several guarantee: has the creditor required the guarantor to perform?",
        ),
        "help": {
            "why": t(
                "连带责任保证的债权人必须在保证期间内要求保证人承担保证责任，否则保证人不再承担。只向债务人催讨或者只起诉债务人不算；要求其他保证人也不算。",
                "Under a joint and several guarantee the creditor must require the guarantor to perform within the guarantee period, or the guarantor is released. Demanding from, or suing, only the debtor does not count; nor does demanding from another guarantor.",
            ),
            "glossary": ["guarantee_period"],
        },
        "citations": [cite(CC, 693, 2, when=NEW), cite(GL, 26, 2, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "要求保证人承担保证责任的书面通知及送达凭证（EMS回执、签收记录、短信或者微信记录）",
                    "The written demand on the guarantor and proof of delivery (EMS receipt, signed receipt, text or WeChat messages)",
                ),
                t(
                    "起诉状副本送达保证人的送达回证",
                    "The court's proof of service of the statement of claim on the guarantor",
                ),
            ],
            "effect": t(
                "在保证期间内要求过的，保证人不能以保证期间届满免责；从未要求且保证期间已经届满的，保证人不再承担保证责任。",
                "Required within the period: the period's end does not release the guarantor. Never required and the period over: the guarantor is released.",
            ),
        },
        "choices": [
            choice(
                "demanded",
                "书面要求过保证人（催告函、律师函、短信等，已经到达保证人）",
                "Yes, in writing (a demand letter, a lawyer's letter, a text …) that reached the guarantor",
                "act_date",
            ),
            choice(
                "sued_served",
                "起诉或者申请仲裁要求保证人承担，起诉状（仲裁申请书）副本已送达保证人（撤诉的也算）",
                "Sued or started arbitration against the guarantor, and the statement of claim was served on him (even if later withdrawn)",
                "act_date",
                t(
                    "起诉状副本已经送达保证人：即使撤诉，也算在保证期间内要求过保证人。",
                    "The statement of claim was served: even if withdrawn, the guarantor was required to perform.",
                ),
                [cite(GI, 31, 2, when=NEW)],
            ),
            choice(
                "debtor_only",
                "只向债务人催讨或者只起诉了债务人",
                "Only demanded from, or sued, the debtor",
                "period_n",
                t(
                    "只向债务人主张，不能保住对连带责任保证人的权利。",
                    "Going only after the debtor does not keep the right against a joint and several guarantor.",
                ),
                [cite(CC, 693, 2, when=NEW), cite(GL, 26, 2, when=OLD)],
            ),
            choice(
                "co_only",
                "只要求了其他保证人",
                "Only required another guarantor",
                "period_n",
                t(
                    "向其他保证人行使权利，不等于向这个保证人行使权利。",
                    "Acting against another guarantor is not acting against this one.",
                ),
                [cite(GI, 29, 1, when=NEW)],
            ),
            choice(
                "withdrawn_unserved",
                "起诉保证人后撤诉，起诉状副本没有送达保证人",
                "Sued the guarantor but withdrew before the statement of claim was served",
                "period_n",
                t(
                    "起诉状副本没有送达就撤诉的，不算要求过保证人。",
                    "Withdrawn before service: the guarantor was not required to perform.",
                ),
                [cite(GI, 31, 2, when=NEW)],
            ),
            choice("nothing", "还没有要求过保证人", "Not yet", "period_n"),
            choice("unknown", "不清楚 / 待核实", "Not known / to verify", "period_n", unknown=True),
        ],
    }


def general_action() -> Json:
    return {
        "id": "general_action",
        "type": "choice",
        "text": t(
            "一般保证：债权人是否对债务人提起过诉讼或者申请过仲裁？",
            "General guarantee: has the creditor sued the debtor or started arbitration against him?",
        ),
        "help": {
            "why": t(
                "一般保证的债权人必须在保证期间内对债务人提起诉讼或者申请仲裁，否则保证人不再承担。只是催告债务人或者保证人（哪怕是书面的）都不算。",
                "Under a general guarantee the creditor must sue or arbitrate against the debtor within the guarantee period, or the guarantor is released. Demands on the debtor or the guarantor, even in writing, do not count.",
            ),
            "glossary": ["guarantee_period", "benefit_of_discussion"],
        },
        "citations": [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "法院的受理通知书或者立案材料（载明起诉日期）；仲裁委员会的受理通知",
                    "The court's notice of acceptance or filing record (with the date of filing); the arbitration commission's notice",
                ),
            ],
            "effect": t(
                "在保证期间内起诉或者仲裁的，保证责任得以保全；没有的，保证人不再承担保证责任。",
                "Sued or arbitrated within the period: the guarantee is kept. Otherwise the guarantor is released.",
            ),
        },
        "choices": [
            choice(
                "sued",
                "起诉或者申请仲裁了债务人（没有撤回）",
                "Sued or arbitrated against the debtor (not withdrawn)",
                "act_date",
            ),
            choice(
                "notarised",
                "持有赋予强制执行效力的公证债权文书，已申请强制执行",
                "Holds a notarised deed with enforcement effect and applied for enforcement",
                "act_date",
                t(
                    "依公证债权文书在保证期间内申请强制执行，与起诉具有同样的效果。",
                    "Applying to enforce a notarised enforceable deed within the period has the same effect as suing.",
                ),
                [cite(GI, 27, when=NEW)],
            ),
            choice(
                "bankruptcy_claim",
                "债务人进入破产程序，债权人只申报了债权",
                "The debtor is in bankruptcy and the creditor only filed a claim",
                "act_date",
            ),
            choice(
                "withdrawn",
                "起诉或者仲裁后又撤回了，没有再起诉",
                "Sued or arbitrated but withdrew, and did not start again",
                "period_n",
                t(
                    "撤诉后没有在保证期间内再起诉或者仲裁的，视为没有起诉。",
                    "Withdrawn and not restarted within the period: as if never sued.",
                ),
                [cite(GI, 31, 1, when=NEW)],
            ),
            choice(
                "letters",
                "只是催告了债务人或者保证人",
                "Only sent demands to the debtor or the guarantor",
                "period_n",
                t(
                    "一般保证中，催告不能保住对保证人的权利：必须对债务人起诉或者仲裁。",
                    "Under a general guarantee a demand keeps nothing: the debtor must be sued or taken to arbitration.",
                ),
                [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)],
            ),
            choice("nothing", "还没有采取行动", "Nothing yet", "period_n"),
            choice("unknown", "不清楚 / 待核实", "Not known / to verify", "period_n", unknown=True),
        ],
    }


def act_date() -> Json:
    return {
        "id": "act_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "债权人这样做是在哪一天？书面要求以到达保证人之日为准；起诉、仲裁以向法院或者仲裁机构提交起诉状（申请书）之日为准；申请执行、申报债权以提交申请之日为准。",
            "On which day did the creditor do so? A written demand counts from the day it reached the guarantor; a suit or arbitration from the day the claim was filed; an enforcement application or a claim in bankruptcy from the day it was lodged.",
        ),
        "label": t("债权人行使权利之日", "the day the creditor acted"),
        "help": {
            "why": t(
                "这个日期与保证期间的届满日比较，决定保证责任是否保住；书面要求到达保证人时生效。连带责任保证的保证债务诉讼时效也从这一天起算。",
                "This day, compared with the end of the guarantee period, decides whether the guarantee was kept; a written demand takes effect when it arrives. For a joint and several guarantee the guarantee debt's limitation also runs from it.",
            )
        },
        "significance": t(
            "债权人行使权利之日，与保证期间的届满日比较；书面要求以到达之日为准。",
            "The day the creditor acted, compared with the last day of the guarantee period; a written demand counts from its arrival.",
        ),
        "citations": [cite(CC, 137, 2, when=all_(NEW, JOINT))],
        "verify": {
            "evidence": [
                t(
                    "EMS回执或者签收记录（载明到达日期）",
                    "The EMS receipt or signed acknowledgement with its date",
                ),
                t(
                    "法院或者仲裁机构的收件、立案记录",
                    "The court's or arbitral body's record of receipt and filing",
                ),
            ],
            "effect": t(
                "在保证期间届满日或者之前的，保证责任得以保全；之后的，保证人不再承担保证责任。只知道月份而保证期间在该月中届满的，结论取决于确切日期。",
                "On or before the last day of the guarantee period, the guarantee is kept; after it, the guarantor is released. Known only to the month, and the period ends within that month, the conclusion turns on the exact day.",
            ),
        },
        "next": "period_a",
    }


PERIOD_CHOICES = [
    ("none", "没有约定保证期间", "No guarantee period was agreed"),
    (
        "early",
        "约定的保证期间早于主债务到期日，或者与之同时届满",
        "The agreed period ends before, or on, the main debt's due date",
    ),
    (
        "unclear",
        "约定不明确，例如“直至主债务本息还清时为止”",
        "Unclear, e.g. 'until principal and interest are repaid'",
    ),
    ("m6", "主债务到期之日起六个月", "Six months from the due date"),
    ("y1", "主债务到期之日起一年", "One year from the due date"),
    ("y2", "主债务到期之日起二年（两年）", "Two years from the due date"),
    ("y3", "主债务到期之日起三年", "Three years from the due date"),
    ("other", "约定了到某一天为止（其他期限）", "Until a stated day (another period)"),
]
PERIOD_SIGNIFICANCE = {
    "none": (
        t(
            "没有约定保证期间：保证期间为主债务履行期限届满之日起六个月。",
            "No agreed period: six months from the main debt's due date.",
        ),
        [
            cite(CC, 692, 2, when=NEW),
            cite(GL, 25, 1, when=all_(OLD, GENERAL)),
            cite(GL, 26, 1, when=all_(OLD, JOINT)),
        ],
    ),
    "early": (
        t(
            "约定的保证期间早于或者等于主债务履行期限的，视为没有约定：六个月。",
            "A period ending before or with the main debt counts as none: six months.",
        ),
        [cite(CC, 692, 2, when=NEW), cite(GLI, 32, 1, when=OLD)],
    ),
    "unclear": (
        t(
            "约定不明确：保证期间按法律对约定不明的规定确定（见所列依据和期限表中的保证期间）。",
            "Unclear: the period is the one the law sets for an unclear agreement (see the rules cited and the guarantee period in the deadlines).",
        ),
        [
            cite(CC, 692, 2, when=NEW),
            cite(GI, 32, when=NEW),
            cite(GLI, 32, 2, when=all_(OLD, NOT_CEIL)),
            cite(GLI, 37, when=all_(OLD, CEIL)),
        ],
    ),
}


def family_route(id_: str, question: str, prefix: str, cmp_next: str) -> list[Json]:
    """After the period question: the family of the guarantee period, recorded by markers."""
    conds = fam_conditions(question)
    nodes = [
        branch(
            id_,
            [
                rule(conds[fam], f"{prefix}_{fam[3:]}")
                for fam in ("gp_6m", "gp_1y", "gp_2y", "gp_3y")
            ],
            otherwise(cmp_next),
        )
    ]
    nodes += [
        branch(f"{prefix}_{fam[3:]}", [rule(reached("side"), cmp_next)], otherwise(cmp_next))
        for fam in ("gp_6m", "gp_1y", "gp_2y", "gp_3y")
    ]
    return nodes


def period_question(id_: str, other_next: str, cmp_next: str) -> Json:
    choices = []
    for cid, zh, en in PERIOD_CHOICES:
        sig, cites = PERIOD_SIGNIFICANCE.get(cid, (None, None))
        if cid in ("m6", "y1", "y2", "y3"):
            sig = t("按约定的保证期间计算。", "The agreed guarantee period applies.")
            cites = [
                cite(CC, 692, 2, when=NEW),
                cite(GL, 25, 2, when=all_(OLD, GENERAL)),
                cite(GL, 26, 2, when=all_(OLD, JOINT)),
            ]
        choices.append(choice(cid, zh, en, other_next if cid == "other" else cmp_next, sig, cites))
    choices.append(
        choice("unknown", "不清楚 / 待核实", "Not known / to verify", cmp_next, unknown=True)
    )
    return {
        "id": id_,
        "type": "choice",
        "text": t(
            "保证合同对保证期间是怎么约定的？",
            "What does the guarantee say about the guarantee period?",
        ),
        "help": {
            "why": t(
                "保证期间是债权人必须行使权利的期间，不发生中止、中断和延长；过了保证期间，保证人不再承担保证责任。",
                "The guarantee period is the time in which the creditor must act; it is never suspended, interrupted or extended, and once it is over the guarantor is released.",
            ),
            "glossary": ["guarantee_period"],
        },
        "citations": [cite(CC, 692, when=NEW), cite(GLI, 31, when=OLD), cite(GLI, 32, when=OLD)],
        "verify": {
            "evidence": [
                t("保证合同中的保证期间条款", "The guarantee period clause of the guarantee")
            ],
            "effect": t(
                "保证期间的长短决定其届满日，从而决定债权人是否及时行使了权利。",
                "The period's length fixes its last day, and so whether the creditor acted in time.",
            ),
        },
        "choices": choices,
    }


def agreed_end(id_: str, next_: str) -> Json:
    return {
        "id": id_,
        "type": "date",
        "text": t(
            "约定的保证期间到哪一天为止？", "On which day does the agreed guarantee period end?"
        ),
        "label": t("约定的保证期间届满日", "the agreed last day of the guarantee period"),
        "significance": t(
            "保证期间按约定的日期届满。", "The guarantee period ends on the agreed day."
        ),
        "citations": [
            cite(CC, 692, 2, when=NEW),
            cite(GL, 25, 2, when=all_(OLD, GENERAL)),
            cite(GL, 26, 2, when=all_(OLD, JOINT)),
        ],
        "next": next_,
    }


def _act(joint: bool, done: bool = True) -> tuple[str, str]:
    if joint:
        return (
            ("要求保证人承担保证责任", "required the guarantor to perform")
            if done
            else ("要求保证人承担保证责任", "require the guarantor to perform")
        )
    return (
        (
            "对债务人提起诉讼、申请仲裁或者申请执行",
            "sued, arbitrated or applied for enforcement against the debtor",
        )
        if done
        else ("对债务人提起诉讼或者申请仲裁", "sue or arbitrate against the debtor")
    )


def _type_cites(joint: bool) -> list[Json]:
    if joint:
        return [cite(CC, 693, 2, when=NEW), cite(GL, 26, 2, when=OLD)]
    return [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)]


def cmp_acted() -> Json:
    """The creditor acted on act_date: within the period (a family of deadlines from due_date)?"""
    rules: list[Json] = [
        rule(
            all_(
                GENERAL, CLAIM_ONLY, cond, {"date": "act_date", "on_or_before": {"deadline": fam}}
            ),
            "m_in_time",
            t(
                f"债权人于{{date.act_date}}在债务人的破产程序中申报债权，保证期间至{{deadline.{fam}}}届满：申报在保证期间内；只申报债权是否等于对债务人提起诉讼或者申请仲裁，存在争议（见注意事项）。",
                f"The creditor filed its claim in the debtor's bankruptcy on {{date.act_date}}; the guarantee period ends on {{deadline.{fam}}}: the filing was within it; whether filing alone counts as suing or arbitrating against the debtor is contested (see the warnings).",
            ),
            [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)],
        )
        for fam, cond in FAM_A.items()
    ]
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint)
        for fam, cond in FAM_A.items():
            rules.append(
                rule(
                    all_(kind, cond, {"date": "act_date", "on_or_before": {"deadline": fam}}),
                    "m_in_time",
                    t(
                        f"债权人于{{date.act_date}}{zh_act}，保证期间至{{deadline.{fam}}}届满：在保证期间内。",
                        f"The creditor {en_act} on {{date.act_date}}; the guarantee period ends on {{deadline.{fam}}}: within the period.",
                    ),
                    _type_cites(joint),
                )
            )
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        for fam, cond in FAM_A.items():
            rules.append(
                rule(
                    all_(
                        kind,
                        cond,
                        undetermined({"date": "act_date", "on_or_before": {"deadline": fam}}),
                    ),
                    "m_open",
                    t(
                        f"债权人行使权利之日（{{date.act_date}}）或者保证期间届满日（{{deadline.{fam}}}）尚不确定：无法判断是否在保证期间内。",
                        f"The day the creditor acted ({{date.act_date}}) or the period's last day ({{deadline.{fam}}}) is not certain: whether it was in time cannot be told.",
                    ),
                )
            )
    rules.append(
        rule(
            unknown("period_a"),
            "m_open",
            t(
                "保证期间的约定不清楚：无法判断债权人是否及时行使了权利。",
                "The agreed period is not known: whether the creditor acted in time cannot be told.",
            ),
        )
    )
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint)
        for fam, cond in FAM_A.items():
            rules.append(
                rule(
                    all_(kind, cond, {"date": "act_date", "after": {"deadline": fam}}),
                    "m_late",
                    t(
                        f"债权人于{{date.act_date}}才{zh_act}，保证期间已于{{deadline.{fam}}}届满：晚于保证期间。",
                        f"The creditor {en_act} only on {{date.act_date}}; the guarantee period ended on {{deadline.{fam}}}: too late.",
                    ),
                    _type_cites(joint),
                )
            )
    return branch("cmp_acted", rules, otherwise("m_late"))


def cmp_acted_agreed() -> Json:
    rules = [
        rule(
            all_(
                GENERAL, CLAIM_ONLY, {"date": "act_date", "on_or_before": {"date": "agreed_end_a"}}
            ),
            "m_in_time",
            t(
                "债权人于{date.act_date}在债务人的破产程序中申报债权，约定的保证期间至{date.agreed_end_a}届满：申报在保证期间内；只申报债权是否等于对债务人提起诉讼或者申请仲裁，存在争议（见注意事项）。",
                "The creditor filed its claim in the debtor's bankruptcy on {date.act_date}; the agreed period ends on {date.agreed_end_a}: the filing was within it; whether filing alone counts as suing or arbitrating against the debtor is contested (see the warnings).",
            ),
            [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)],
        )
    ]
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint)
        rules.append(
            rule(
                all_(kind, {"date": "act_date", "on_or_before": {"date": "agreed_end_a"}}),
                "m_in_time",
                t(
                    f"债权人于{{date.act_date}}{zh_act}，约定的保证期间至{{date.agreed_end_a}}届满：在保证期间内。",
                    f"The creditor {en_act} on {{date.act_date}}; the agreed period ends on {{date.agreed_end_a}}: within the period.",
                ),
                _type_cites(joint),
            )
        )
    rules.append(
        rule(
            undetermined({"date": "act_date", "on_or_before": {"date": "agreed_end_a"}}),
            "m_open",
            t(
                "债权人行使权利之日（{date.act_date}）尚不确定：无法判断是否在约定的保证期间（至{date.agreed_end_a}）内。",
                "The day the creditor acted ({date.act_date}) is not certain: whether it was within the agreed period (to {date.agreed_end_a}) cannot be told.",
            ),
        )
    )
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint)
        rules.append(
            rule(
                kind,
                "m_late",
                t(
                    f"债权人于{{date.act_date}}才{zh_act}，约定的保证期间已于{{date.agreed_end_a}}届满：晚于保证期间。",
                    f"The creditor {en_act} only on {{date.act_date}}; the agreed period ended on {{date.agreed_end_a}}: too late.",
                ),
                _type_cites(joint),
            )
        )
    return branch("cmp_acted_agreed", rules, otherwise("m_late"))


ACTION_UNKNOWN = any_(unknown("joint_action"), unknown("general_action"))


def cmp_not_acted() -> Json:
    """No act (or the wrong one): has the period passed at the consultation date?"""
    rules: list[Json] = [
        rule(
            unknown("period_n"),
            "m_lapse_open",
            t(
                "保证期间的约定不清楚：无法判断保证期间是否已经届满。",
                "The agreed period is not known: whether it is over cannot be told.",
            ),
        )
    ]
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint, done=False)
        for fam, cond in FAM_N.items():
            rules.append(
                rule(
                    all_(kind, cond, ACTION_UNKNOWN, any_(passed(fam), undetermined(passed(fam)))),
                    "m_lapse_open",
                    t(
                        f"保证期间至{{deadline.{fam}}}届满；债权人在此之前是否{zh_act}尚不清楚。",
                        f"The guarantee period ends on {{deadline.{fam}}}; whether the creditor did {en_act} before then is not known.",
                    ),
                )
            )
            rules.append(
                rule(
                    all_(kind, cond, passed(fam)),
                    "m_lapsed",
                    t(
                        f"保证期间已于{{deadline.{fam}}}届满，债权人在此之前没有{zh_act}。",
                        f"The guarantee period ended on {{deadline.{fam}}} and the creditor did not {en_act} before then.",
                    ),
                    _type_cites(joint),
                )
            )
            rules.append(
                rule(
                    all_(kind, cond, undetermined(passed(fam))),
                    "m_lapse_open",
                    t(
                        f"保证期间的届满日（{{deadline.{fam}}}起）取决于确切的起算日：无法判断是否已经届满。",
                        f"The period's last day (from {{deadline.{fam}}}) turns on the exact start: whether it is over cannot be told.",
                    ),
                )
            )
            rules.append(
                rule(
                    all_(kind, cond, passed(fam, False)),
                    "m_running",
                    t(
                        f"保证期间至{{deadline.{fam}}}届满，尚未届满：债权人仍可以在此之前{zh_act}。",
                        f"The guarantee period runs until {{deadline.{fam}}}: the creditor can still {en_act} before then.",
                    ),
                    _type_cites(joint),
                )
            )
    return branch("cmp_not_acted", rules, otherwise("m_lapse_open"))


def cmp_not_acted_agreed() -> Json:
    over = {"date": "agreed_end_n", "before": "consultation_date"}
    rules = [
        rule(
            all_(ACTION_UNKNOWN, over),
            "m_lapse_open",
            t(
                "约定的保证期间已于{date.agreed_end_n}届满；债权人在此之前是否行使了权利尚不清楚。",
                "The agreed period ended on {date.agreed_end_n}; whether the creditor acted before then is not known.",
            ),
        ),
    ]
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = _act(joint, done=False)
        rules.append(
            rule(
                all_(kind, over),
                "m_lapsed",
                t(
                    f"约定的保证期间已于{{date.agreed_end_n}}届满，债权人在此之前没有{zh_act}。",
                    f"The agreed period ended on {{date.agreed_end_n}} and the creditor did not {en_act} before then.",
                ),
                _type_cites(joint),
            )
        )
    return branch(
        "cmp_not_acted_agreed",
        rules,
        otherwise(
            "m_running",
            t(
                "约定的保证期间至{date.agreed_end_n}届满，尚未届满。",
                "The agreed period runs until {date.agreed_end_n}: not over yet.",
            ),
        ),
    )


def markers() -> list[Json]:
    """Where the period comparison ended; later branches read them with ``reached``."""
    # A branch needs a rule; this one always holds and leaves no line in the reasoning.
    nodes = [
        branch(m, [rule(reached("side"), "after_period")], otherwise("after_period"))
        for m in ("m_late", "m_open", "m_lapsed", "m_running", "m_lapse_open", "m_contested6")
    ]
    # In time as counted here (two years), but after six months: the contested old-law case.
    contested = all_(
        OLD,
        NOT_CEIL,
        per("unclear", q="period_a"),
        date_from("due_date", "2021-01-01"),
        {"date": "act_date", "after": {"deadline": "gp_6m"}},
    )
    nodes.insert(
        0,
        branch(
            "m_in_time",
            [
                rule(
                    contested,
                    "m_contested6",
                    t(
                        "按六个月计算，保证期间已于{deadline.gp_6m}届满，债权人在此之后才行使权利：保证期间是二年还是六个月存在争议，见注意事项。",
                        "Counted at six months the period ended on {deadline.gp_6m}, before the creditor acted: whether it is two years or six months is contested (see the warnings).",
                    ),
                    [cite(GLI, 32, 2), cite(GI, 32), cite(TE, 27)],
                ),
                rule(
                    undetermined(contested),
                    "m_contested6",
                    t(
                        "按六个月计算，保证期间于{deadline.gp_6m}届满；债权人行使权利之日是否在此之后，取决于确切日期：保证期间是二年还是六个月存在争议，见注意事项。",
                        "Counted at six months the period ended on {deadline.gp_6m}; whether the creditor acted after that turns on the exact day: whether it is two years or six months is contested (see the warnings).",
                    ),
                    [cite(GLI, 32, 2), cite(GI, 32), cite(TE, 27)],
                ),
                rule(reached("side"), "after_period"),
            ],
            otherwise("after_period"),
        ),
    )
    return nodes


def after_period() -> Json:
    # The case's history is asked wherever a limitation is computed: on the released route for
    # the creditor (the claim against the debtor), where it is open whether the creditor acted
    # in time, and (after the amounts) on the liable and the void-guarantee routes.
    return branch(
        "after_period",
        [
            rule(
                all_(OLD, INVALID, RELEASED),
                "debt_amount",
                t(
                    "保证期间内没有依法行使权利；保证合同无效时此点对赔偿责任的影响，2021年以前的法律没有明文规定。",
                    "The creditor did not act within the guarantee period; for a void guarantee before 2021 the law says nothing express on what that does to compensation.",
                ),
            ),
            rule(all_(RELEASED, side(*C)), "history"),
            rule(RELEASED, "out_released"),
            rule(OPEN, "history"),
        ],
        otherwise("debt_amount"),
    )


def debt_amount() -> Json:
    return {
        "id": "debt_amount",
        "type": "money",
        "allow_unknown": True,
        "text": t(
            "债务人尚欠多少元？（本金、利息、违约金等合计）",
            "How much does the debtor still owe, in yuan? (principal, interest, penalties …)",
        ),
        "label": t("尚欠的主债务", "the debt still owed"),
        "significance": t(
            "保证人（或者加入债务的人）承担责任的范围以此为限，且不超过债务人应当承担的责任。",
            "The guarantor (or the party who joined the debt) answers at most for this, and never beyond the debtor's own liability.",
        ),
        "verify": {
            "evidence": [
                t(
                    "借款合同、借条、还款记录和利息计算表",
                    "The loan contract, the IOU, the repayment record and the interest calculation",
                )
            ],
            "effect": t(
                "金额决定责任范围的数字；不影响是否承担责任。",
                "The amount gives the figure of the liability, not whether there is one.",
            ),
        },
        "next": "after_amount",
    }


def after_amount() -> Json:
    return branch("after_amount", [rule(INVALID, "cannot_pay")], otherwise("history"))


def cannot_pay() -> Json:
    return {
        "id": "cannot_pay",
        "type": "money",
        "allow_unknown": True,
        "text": t(
            "债务人不能清偿的部分是多少元？（强制执行后仍未清偿的金额；还没有执行完毕的，选不清楚）",
            "How much can the debtor not pay, in yuan? (what remains unpaid after enforcement; choose 'not known' if enforcement has not ended)",
        ),
        "label": t("债务人不能清偿的部分", "what the debtor cannot pay"),
        "significance": t(
            "无效担保的赔偿责任以债务人不能清偿的部分为基数。",
            "Compensation for a void guarantee is measured on what the debtor cannot pay.",
        ),
        "verify": {
            "evidence": [
                t(
                    "终结本次执行程序裁定、执行款分配记录",
                    "The ruling ending enforcement and the record of sums distributed",
                )
            ],
            "effect": t(
                "数额决定赔偿的上限；不清楚的，按尚欠债务计算可能的最高额。",
                "The figure sets the cap; not known, the highest possible cap is computed on the whole debt.",
            ),
        },
        "next": "history",
    }


HISTORY_KINDS = [
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
    "bankruptcy_accepted",
]


def history() -> Json:
    return {
        "id": "history",
        "type": "events",
        "text": t(
            "此后还发生了哪些事？逐项记录日期和对象（债务人或者保证人）：催告、书面确认或者还款、起诉或者仲裁、一审判决送达、判决生效、申请强制执行、终结本次执行程序裁定送达、法院受理破产申请等。",
            "What happened since? Record each with its date and against whom (the debtor or the guarantor): demands, written confirmations or payments, suits or arbitration, service of a first-instance judgment, a judgment taking effect, an enforcement application, service of a ruling ending enforcement, acceptance of a bankruptcy petition.",
        ),
        "help": {
            "why": t(
                "这些事决定诉讼时效是否中断、是否已由判决确定、申请执行的期间，以及一般保证人的先诉抗辩权是否已经消灭。前面回答过的对保证人的第一次要求可以不再记录；那次要求就是起诉保证人的，请记录这次起诉（诉讼进行中，诉讼时效不会届满）。对债务人的起诉也请记录。",
                "These decide whether limitation was interrupted or replaced by a judgment, the period to apply for enforcement, and whether a general guarantor's right to have the debtor pursued first is spent. The first demand on the guarantor given before need not be repeated; if it was a suit against the guarantor, record the suit (limitation cannot run out while it is pending). Record suits against the debtor too.",
            ),
            "examples": [
                t(
                    "终结执行裁定（因债务人无财产可供执行）送达：记为“终结本次执行程序”。",
                    "A ruling ending enforcement because the debtor has no assets, when served: record it as 'enforcement terminated'.",
                ),
            ],
        },
        "kinds": HISTORY_KINDS,
        "parties": ["debtor", "guarantor"],
        "significance": t(
            "诉讼时效因请求、同意履行、起诉等中断；判决生效后计算申请执行的期间。",
            "Limitation is interrupted by demands, acknowledgements and suits; after a judgment the period to apply for enforcement runs.",
        ),
        "next": "post_history",
    }


def post_history() -> Json:
    return branch(
        "post_history",
        [
            rule(OPEN, "out_depends"),
            # A void guarantee whose period was missed: no compensation under the new law
            # (担保制度解释33); under the old law the point is open, so compensation is assessed.
            rule(all_(INVALID, any_(OLD, not_(RELEASED))), "out_invalid"),
            rule(RELEASED, "out_released"),
            rule(all_(GENERAL, IN_TIME, OLD, D_JUDGED), "judgment_date"),
        ],
        otherwise("exception_gate"),
    )


def judgment_date() -> Json:
    return {
        "id": "judgment_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "对债务人的判决（或者仲裁裁决）是哪一天生效的？（与案件经过中记录的生效日相同；这里单独填写，用于确定保证债务诉讼时效的起算日和所适用的法律）",
            "On which day did the judgment (or award) against the debtor take effect? (The same day as recorded in the history; asked again here to fix the start of the guarantee debt's limitation and the law that applies.)",
        ),
        "label": t("对债务人的判决生效之日", "the day the judgment against the debtor took effect"),
        "significance": t(
            "2021年以前签署的一般保证，保证合同的诉讼时效从判决或者仲裁裁决生效之日起算。",
            "For a general guarantee signed before 2021, the guarantee's limitation runs from the day the judgment or award took effect.",
        ),
        "citations": [cite(GLI, 34, 1)],
        "verify": {
            "evidence": [t("判决书及生效证明", "The judgment and its certificate of effect")],
            "effect": t(
                "决定保证债务诉讼时效的起算日。",
                "It fixes the start of the guarantee debt's limitation.",
            ),
        },
        "next": "exception_gate",
    }


def exception_gate() -> Json:
    return branch(
        "exception_gate",
        [rule(all_(GEN_IN, not_(BANKR), not_(TERM)), "exception")],
        otherwise("changes_route"),
    )


def exception() -> Json:
    return {
        "id": "exception",
        "type": "choice",
        "text": t(
            "是否有下列使一般保证人不能再要求“先执行债务人”的情形？",
            "Is there any of these, which stop a general guarantor from insisting that the debtor be pursued first?",
        ),
        "help": {
            "why": t(
                "一般保证人原则上可以在对债务人强制执行仍不能清偿之前拒绝承担；有法定例外情形的，债权人可以直接要求一般保证人承担。",
                "A general guarantor may as a rule refuse until enforcement against the debtor fails; in the statutory exceptions the creditor may go to him directly.",
            ),
            "glossary": ["benefit_of_discussion"],
        },
        "citations": [cite(CC, 687, 2, when=NEW), cite(GL, 17, 3, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "债务人下落不明、无财产可供执行的证明（公安机关或者法院的材料）",
                    "Proof that the debtor is missing with no assets (police or court records)",
                ),
                t(
                    "债务人财产不足以清偿的证据（查询记录、执行记录）",
                    "Evidence that the debtor's assets are insufficient (asset searches, enforcement records)",
                ),
                t("保证人书面放弃先诉抗辩权的文件", "The guarantor's written waiver"),
            ],
            "effect": t(
                "有例外情形的，保证人不能以先诉抗辩权拒绝，债权人现在就可以要求其承担；没有的，须先对债务人强制执行。",
                "With an exception the guarantor cannot refuse and can be asked to pay now; without one, enforcement against the debtor comes first.",
            ),
        },
        "choices": [
            choice("none", "没有", "None", "exception_date_gate"),
            choice(
                "missing",
                "债务人下落不明（或者迁居、移居境外），且没有财产可供执行",
                "The debtor is missing (or has moved, or gone abroad) and has no assets to enforce against",
                "exception_date_gate",
                t(
                    "债务人下落不明且无财产可供执行：保证人不得行使先诉抗辩权。",
                    "The debtor is missing with no assets: the guarantor cannot insist on the debtor first.",
                ),
                [
                    cite(CC, 687, 2, 1, when=NEW),
                    cite(GL, 17, 3, 1, when=OLD),
                    cite(GLI, 25, when=OLD),
                ],
            ),
            choice(
                "cannot_pay",
                "债权人有证据证明债务人的财产不足以履行全部债务，或者丧失履行能力",
                "The creditor can prove the debtor's assets do not cover the debt, or that he cannot perform",
                "exception_date_gate",
                t(
                    "2021年以后签署的一般保证：债权人证明债务人财产不足的，保证人不得行使先诉抗辩权；2021年以前签署的，这不是法定例外。",
                    "For a general guarantee signed from 2021, proof that the debtor's assets fall short ends the right; for one signed before 2021, this is no statutory exception.",
                ),
                [cite(CC, 687, 2, 3, when=NEW), cite(GL, 17, 3, when=OLD)],
            ),
            choice(
                "waiver",
                "保证人书面表示放弃先诉抗辩权",
                "The guarantor waived the right in writing",
                "exception_date_gate",
                t(
                    "保证人书面放弃：不得再行使先诉抗辩权。",
                    "Waived in writing: the right cannot be invoked.",
                ),
                [cite(CC, 687, 2, 4, when=NEW), cite(GL, 17, 3, 3, when=OLD)],
            ),
            choice(
                "unknown",
                "不清楚 / 待核实",
                "Not known / to verify",
                "exception_date_gate",
                unknown=True,
            ),
        ],
    }


def exception_date_gate() -> Json:
    return branch(
        "exception_date_gate",
        [rule(all_(NEW, ans("exception", "missing", "cannot_pay", "waiver")), "exception_date")],
        otherwise("changes_route"),
    )


def exception_date() -> Json:
    return {
        "id": "exception_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "债权人是哪一天知道（或者应当知道）这一情形的？（书面放弃的，填放弃文件到达债权人之日）",
            "On which day did the creditor learn (or should have learnt) of it? (for a written waiver, the day it reached the creditor)",
        ),
        "label": t("债权人知道例外情形之日", "the day the creditor learnt of the exception"),
        "significance": t(
            "一般保证的债权人在保证期间内起诉了债务人，又证明有法定例外情形的，保证债务的诉讼时效自知道或者应当知道该情形之日起算。",
            "Where the creditor sued the debtor in time and proves a statutory exception, the guarantee debt's limitation runs from the day he knew or should have known of it.",
        ),
        "citations": [cite(GI, 28, 2)],
        "verify": {
            "evidence": [
                t(
                    "载明日期的证明材料（查询回执、公告、放弃文件的送达凭证）",
                    "Dated proof (search receipts, notices, proof of delivery of the waiver)",
                )
            ],
            "effect": t(
                "决定保证债务诉讼时效的起算日。",
                "It fixes the start of the guarantee debt's limitation.",
            ),
        },
        "next": "changes_route",
    }


def CH(*choices: str) -> Json:
    """Ticked at the changes question (one for each kind of guarantee)."""
    return any_(includes("changes", *choices), includes("changes_j", *choices))


def changes_route() -> Json:
    return branch("changes_route", [rule(JOINT, "changes_j")], otherwise("changes"))


def changes(joint: bool = False) -> Json:
    node = changes_general()
    if joint:
        # The general guarantor's release for neglected assets (698) is not offered.
        node["id"] = "changes_j"
        node["choices"] = [c for c in node["choices"] if c["id"] != "assets_neglected"]
    return node


def changes_general() -> Json:
    return {
        "id": "changes",
        "type": "multi",
        "text": t(
            "是否发生过下列情况？（可多选）",
            "Did any of these happen? (several allowed)",
        ),
        "help": {
            "why": t(
                "这些情况使保证人对一部分债务不再承担保证责任，或者改变承担的顺序。",
                "They release the guarantor from part of the debt, or change the order in which he answers.",
            )
        },
        "choices": [
            {"id": "none", "label": t("都没有", "None of these"), "exclusive": True},
            {
                "id": "increased",
                "label": t(
                    "债权人和债务人未经保证人书面同意，加重了债务（提高利率、增加借款等）",
                    "Creditor and debtor increased the debt without the guarantor's written consent (higher interest, more money …)",
                ),
                "significance": t(
                    "保证人对未经其书面同意加重的部分不承担保证责任。",
                    "The guarantor does not answer for an increase he did not consent to in writing.",
                ),
                "citations": [cite(CC, 695, 1, when=NEW), cite(GLI, 30, 1, when=OLD)],
            },
            {
                "id": "transferred",
                "label": t(
                    "债权人未经保证人书面同意，允许债务人把债务转给他人",
                    "The creditor let the debtor pass the debt to someone else without the guarantor's written consent",
                ),
                "significance": t(
                    "保证人对未经其同意转移的债务不再承担保证责任。",
                    "The guarantor is released from the debt transferred without his consent.",
                ),
                "citations": [
                    cite(CC, 697, 1, when=NEW),
                    cite(GL, 23, when=OLD),
                    cite(GLI, 29, when=OLD),
                ],
            },
            {
                "id": "assigned_unnotified",
                "label": t(
                    "债权人把债权转让给了他人，没有通知保证人",
                    "The creditor assigned the claim to someone else without telling the guarantor",
                ),
                "significance": t(
                    "债权已经转让：2021年以后签署的保证，转让没有通知保证人的，对保证人不发生效力；此前签署的，保证人在原保证范围内对受让人继续承担保证责任。",
                    "The claim was assigned: for guarantees signed from 2021 an assignment not notified to the guarantor has no effect on him; for earlier ones the guarantor stays bound to the assignee within the original scope.",
                ),
                "citations": [
                    cite(CC, 696, 1, when=NEW),
                    cite(GL, 22, when=OLD),
                    cite(GLI, 28, when=OLD),
                ],
            },
            {
                "id": "debtor_collateral",
                "label": t(
                    "债务人自己为同一债务提供了抵押或者质押",
                    "The debtor himself gave a mortgage or pledge for the same debt",
                ),
                "significance": t(
                    "没有另外约定的，债权人应当先就债务人自己提供的物的担保实现债权。",
                    "Unless agreed otherwise, the creditor must first realise the debtor's own collateral.",
                ),
                "citations": [cite(CC, 392, when=NEW), cite(GL, 28, 1, when=OLD)],
            },
            {
                "id": "collateral_released",
                "label": t(
                    "债权人放弃了债务人自己提供的抵押或者质押",
                    "The creditor gave up a mortgage or pledge the debtor himself had given",
                ),
                "significance": t(
                    "保证人在债权人丧失优先受偿权益的范围内免除保证责任。",
                    "The guarantor is released to the extent of the priority the creditor gave up.",
                ),
                "citations": [
                    cite(CC, 409, 2, when=NEW),
                    cite(CC, 435, when=NEW),
                    cite(GL, 28, 2, when=OLD),
                ],
            },
            {
                "id": "assets_neglected",
                "label": t(
                    "（一般保证）保证人向债权人提供了债务人可供执行财产的真实情况，债权人放弃或者怠于执行",
                    "(General guarantee) The guarantor told the creditor of the debtor's real assets and the creditor gave them up or failed to pursue them",
                ),
                "significance": t(
                    "一般保证人在其提供的可供执行财产的价值范围内不再承担保证责任。",
                    "A general guarantor is released up to the value of the assets he pointed out.",
                ),
                "citations": [cite(CC, 698, when=NEW), cite(GLI, 24, when=OLD)],
            },
            {
                "id": "new_for_old",
                "label": t(
                    "这笔借款是用来偿还同一债权人的旧借款（以新贷还旧贷），保证人不是旧借款的保证人，提供保证时也不知道",
                    "The loan repaid an older loan from the same creditor (new loan for old), the guarantor did not guarantee the old loan and did not know",
                ),
                "significance": t(
                    "以新贷还旧贷，新贷的保证人不知道也不应当知道的，不承担保证责任。",
                    "New loan for old: a guarantor of the new loan who neither knew nor should have known is not liable.",
                ),
                "citations": [cite(GI, 16, 1, 2, when=NEW), cite(GLI, 39, when=OLD)],
            },
        ],
        "next": "co_guarantors",
    }


def co_guarantors() -> Json:
    return {
        "id": "co_guarantors",
        "type": "choice",
        "text": t(
            "同一债务还有没有其他保证人？与债权人约定了各自的份额吗？",
            "Are there other guarantors of the same debt? Did each agree a share with the creditor?",
        ),
        "help": {
            "why": t(
                "没有约定份额的，债权人可以要求任何一个保证人在其保证范围内承担全部；约定了份额的，各自只按份额承担。对一个保证人行使权利，不能保住对其他保证人的权利。",
                "Without agreed shares, the creditor may claim the whole from any guarantor within his guarantee; with shares, each answers for his share. Acting against one guarantor keeps nothing against the others.",
            )
        },
        "citations": [cite(CC, 699, when=NEW), cite(GL, 12, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "全部保证合同（是否同一份合同、有无份额和相互追偿的约定）",
                    "Every guarantee contract (one document or several; shares; mutual recourse)",
                )
            ],
            "effect": t(
                "有其他保证人而没有约定份额的，每个保证人都可能被要求承担全部；约定了份额的，只按份额承担。",
                "Other guarantors without shares: each may be asked for the whole; with shares: each for his own.",
            ),
        },
        "choices": [
            choice("single", "只有这一个保证人", "This is the only guarantor", "final_route"),
            choice(
                "shares_agreed",
                "有其他保证人，与债权人约定了各自的保证份额",
                "Others too, each with a share agreed with the creditor",
                "final_route",
                t(
                    "约定了保证份额：各保证人按份额承担保证责任。",
                    "Shares agreed: each guarantor answers for his share.",
                ),
                [cite(CC, 699, when=NEW), cite(GL, 12, when=OLD), cite(GLI, 21, when=OLD)],
            ),
            choice(
                "no_shares",
                "有其他保证人，没有约定份额",
                "Others too, with no agreed shares",
                "final_route",
                t(
                    "没有约定保证份额：债权人可以请求任何一个保证人在其保证范围内承担。",
                    "No shares: the creditor may claim from any guarantor within his guarantee.",
                ),
                [cite(CC, 699, when=NEW), cite(GL, 12, when=OLD), cite(GLI, 19, when=OLD)],
            ),
            choice(
                "unknown", "不清楚 / 待核实", "Not known / to verify", "final_route", unknown=True
            ),
        ],
    }


PARTIAL = any_(
    CH("increased", "transferred", "debtor_collateral", "collateral_released"),
    all_(GENERAL, includes("changes", "assets_neglected")),
)


def final_route() -> Json:
    return branch(
        "final_route",
        [
            rule(CH("new_for_old"), "out_new_for_old"),
            rule(PARTIAL, "f_partial"),
        ],
        otherwise("co_route"),
    )


def co_route() -> Json:
    return branch(
        "co_route",
        [rule(ans("co_guarantors", "shares_agreed", "no_shares"), "f_co")],
        otherwise("dispatch"),
    )


def dispatch() -> Json:
    return branch(
        "dispatch",
        [
            rule(all_(RUNNING, JOINT), "out_joint_running"),
            rule(all_(RUNNING, GENERAL), "out_general_running"),
            rule(JOINT, "out_joint"),
            rule(D_BANKR, "r_bankr"),
            rule(D_TERM, "r_term"),
            rule(D_YEAR, "r_year"),
            rule(
                D_YEAR_OPEN,
                "r_year_open",
                t(
                    "申请执行是否已满一年取决于确切日期。",
                    "Whether a year has passed since the enforcement application turns on the exact dates.",
                ),
            ),
            rule(D_EXC, "r_exc"),
        ],
        otherwise("out_general"),
    )


def posture_markers() -> list[Json]:
    targets = {
        "r_bankr": "out_general_exception",
        "r_exc": "out_general_exception",
        "r_term": "out_general_spent",
        "r_year": "out_general_spent",
        "r_year_open": "out_general_spent",
    }
    return [branch(m, [rule(reached("side"), nxt)], otherwise(nxt)) for m, nxt in targets.items()]


# --- debt accession ----------------------------------------------------------------------------


def acc_due_date() -> Json:
    return {
        "id": "acc_due_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "加入的债务何时到期？（加入时已经到期的，填加入之日）",
            "When did the debt that was joined fall due? (if already due when joined, the day of joining)",
        ),
        "label": t("加入的债务的到期日", "the due date of the debt joined"),
        "significance": t(
            "加入债务的人对债权人的债务从这一天起可以请求，诉讼时效从这一天起算。",
            "From this day the creditor can claim from the party who joined, and limitation runs.",
        ),
        "verify": {
            "evidence": [
                t(
                    "借款合同或者借条上的还款日期；加入债务的承诺文件",
                    "The repayment date in the loan contract or IOU; the accession undertaking",
                )
            ],
            "effect": t("决定诉讼时效的起算日。", "It fixes the start of limitation."),
        },
        "next": "acc_amount",
    }


def acc_amount() -> Json:
    node = debt_amount()
    node["id"] = "acc_amount"
    node["significance"] = t(
        "加入债务的人在其愿意承担的范围内承担，且不超过债务人应当承担的责任。",
        "The party who joined answers within what it agreed to bear, never beyond the debtor's own liability.",
    )
    node["next"] = "acc_after_amount"
    return node


def acc_after_amount() -> Json:
    return branch(
        "acc_after_amount",
        [rule(ans("company_resolution", "not_reviewed"), "acc_cannot_pay")],
        otherwise("acc_history"),
    )


def acc_cannot_pay() -> Json:
    node = cannot_pay()
    node["id"] = "acc_cannot_pay"
    node["significance"] = t(
        "加入对公司不发生效力时，赔偿责任以债务人不能清偿的部分为基数。",
        "Where the accession does not bind the company, compensation is measured on what the debtor cannot pay.",
    )
    node["next"] = "out_acc_invalid"
    return node


def acc_history() -> Json:
    return {
        "id": "acc_history",
        "type": "events",
        "text": t(
            "此后发生了哪些事？逐项记录日期和对象（债务人或者加入债务的人）：催告、书面确认或者还款、起诉或者仲裁、判决送达、判决生效、申请强制执行等。",
            "What happened since? Record each with its date and against whom (the debtor or the party who joined): demands, confirmations or payments, suits or arbitration, judgments served or taking effect, enforcement applications.",
        ),
        "help": {
            "why": t(
                "加入债务的人与债务人承担连带债务：对其中一人发生的中断事由，对另一人同样发生效力。",
                "The party who joined and the debtor owe the debt jointly: an interruption against one of them interrupts against the other.",
            )
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
            "bankruptcy_accepted",
        ],
        "parties": ["debtor", "joiner"],
        "significance": t(
            "诉讼时效因请求、同意履行、起诉等中断；判决生效后计算申请执行的期间。",
            "Limitation is interrupted by demands, acknowledgements and suits; after a judgment the period to apply for enforcement runs.",
        ),
        "next": "out_accession",
    }


# --- the side that has paid ----------------------------------------------------------------------


def paid_how() -> Json:
    return {
        "id": "paid_how",
        "type": "choice",
        "text": t("你是怎样承担责任的？", "How did you answer for the debt?"),
        "help": {
            "why": t(
                "承担了保证责任（或者加入的债务）之后，才能向债务人追偿、要求其他保证人分担；受让债权人的债权，视为承担了保证责任。",
                "Recourse against the debtor and shares from other guarantors arise once you have paid; buying the creditor's claim counts as paying.",
            )
        },
        "choices": [
            choice(
                "paid",
                "已经向债权人清偿（全部或者部分）",
                "Paid the creditor (in full or in part)",
                "paid_date",
            ),
            choice(
                "enforced",
                "法院执行了我的财产，或者我按生效判决付了款",
                "The court enforced against my assets, or I paid under a judgment",
                "paid_date",
            ),
            choice(
                "bought_claim",
                "我受让（买下）了债权人的债权",
                "I bought the creditor's claim",
                "paid_date",
                t(
                    "保证人受让债权的，视为承担了保证责任。",
                    "A guarantor who buys the claim is treated as having paid.",
                ),
                [cite(GI, 14, when=NEW)],
            ),
            choice(
                "ordered",
                "法院判决我承担责任，但我还没有付款",
                "A court ordered me to pay, but I have not paid yet",
                "paid_date",
            ),
        ],
    }


def paid_date() -> Json:
    return {
        "id": "paid_date",
        "type": "date",
        "allow_month": True,
        "allow_unknown": True,
        "text": t(
            "你是哪一天付款（或者被扣划、受让债权）的？分次付款的，填最后一次；被判决承担而还没有付款的，选不清楚。",
            "On which day did you pay (or were your funds taken, or did you buy the claim)? For several payments, the last; ordered to pay but not yet paid, choose 'not known'.",
        ),
        "label": t("承担责任之日", "the day you paid"),
        "significance": t(
            "追偿的诉讼时效从承担责任之日起算。",
            "Limitation for recourse runs from the day you paid.",
        ),
        "citations": [cite(GLI, 42, 2, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "转账凭证、收据或者执行扣划记录；债权转让协议",
                    "Transfer records, receipts or enforcement records; the assignment agreement",
                )
            ],
            "effect": t(
                "只知道月份的，追偿时效的届满日是一个范围，以最早的为准；不清楚的，追偿时效无法计算。",
                "Known only to the month, the end of limitation is a range; go by the earliest. Not known, the limitation of the recourse cannot be computed.",
            ),
        },
        "next": "paid_amount",
    }


def paid_amount() -> Json:
    return {
        "id": "paid_amount",
        "type": "money",
        "text": t(
            "你已经支付（或者被判决支付）了多少元？",
            "How much have you paid (or been ordered to pay), in yuan?",
        ),
        "label": t("你承担的金额", "the amount you paid"),
        "significance": t(
            "追偿以你实际承担的范围为限，且不超过主债务。",
            "Recourse is limited to what you actually paid, and never beyond the main debt.",
        ),
        "next": "recovered",
    }


def recovered() -> Json:
    return {
        "id": "recovered",
        "type": "money",
        "allow_unknown": True,
        "text": t(
            "已经从债务人或者其他保证人那里收回了多少元？（没有收回填0）",
            "How much have you already recovered from the debtor or other guarantors? (0 if nothing)",
        ),
        "label": t("已收回的金额", "the amount recovered"),
        "verify": {
            "evidence": [t("收款记录", "Records of sums received")],
            "effect": t(
                "决定还能追偿和要求分担的数额。",
                "It decides how much is left to recover and to share.",
            ),
        },
        "next": "paid_split",
    }


def paid_split() -> Json:
    return branch("paid_split", [rule(ACC, "acc_recourse")], otherwise("paid_knew_barred"))


def paid_knew_barred() -> Json:
    return {
        "id": "paid_knew_barred",
        "type": "choice",
        "text": t(
            "你付款时，债权人对债务人的诉讼时效是否已经届满？",
            "When you paid, had the creditor's claim against the debtor already become time-barred?",
        ),
        "help": {
            "why": t(
                "主债务时效届满后，保证人没有主张时效抗辩就付了款的，向债务人追偿一般得不到支持，除非债务人同意偿还。",
                "A guarantor who paid a time-barred debt without pleading the bar generally cannot recover from the debtor, unless the debtor agrees to pay.",
            )
        },
        "citations": [cite(LP, 18), cite(GI, 35, when=NEW), cite(GLI, 35, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "主债务的到期日、催收和起诉记录",
                    "The main debt's due date and the record of demands and suits",
                )
            ],
            "effect": t(
                "没有届满：可以追偿；已经届满而你仍付款：追偿通常得不到支持，除非债务人同意。",
                "Not barred: recourse lies. Barred and you paid anyway: recourse usually fails unless the debtor agrees.",
            ),
        },
        "choices": [
            choice(
                "no",
                "没有届满（或者是按判决、在执行中付款）",
                "No (or I paid under a judgment or in enforcement)",
                "co_paid",
            ),
            choice(
                "yes",
                "已经届满，我知道（或者应当知道）仍然付了款",
                "Yes, and I knew (or should have known) but paid anyway",
                "co_paid",
                t(
                    "明知主债务时效届满仍承担责任的，向债务人追偿一般不予支持。",
                    "Paying a debt known to be time-barred generally bars recourse against the debtor.",
                ),
                [cite(LP, 18, 2), cite(GI, 35, when=NEW)],
            ),
            choice("unknown", "不清楚 / 待核实", "Not known / to verify", "co_paid", unknown=True),
        ],
    }


def co_paid() -> Json:
    return {
        "id": "co_paid",
        "type": "choice",
        "text": t(
            "同一债务还有没有其他保证人（或者提供抵押、质押的第三人）？你们之间有什么约定？",
            "Are there other guarantors (or third parties who gave collateral) for the same debt? What did you agree among yourselves?",
        ),
        "help": {
            "why": t(
                "2021年以后签署的：担保人之间约定了相互追偿或者连带共同担保，或者在同一份合同上签字的，才能要求其他担保人分担；否则只能向债务人追偿。2021年以前签署的：没有与债权人约定份额的共同保证人之间可以相互分担。",
                "Signed from 2021: you can ask other guarantors to share only if you agreed mutual recourse or a joint guarantee, or all signed the same contract; otherwise only the debtor. Signed before 2021: co-guarantors without shares agreed with the creditor share among themselves.",
            )
        },
        "citations": [cite(GI, 13, when=NEW), cite(GL, 12, when=OLD), cite(GLI, 20, when=OLD)],
        "verify": {
            "evidence": [
                t(
                    "全部担保合同；担保人之间的协议",
                    "Every security contract; any agreement among the security providers",
                )
            ],
            "effect": t(
                "决定能否以及按什么比例要求其他担保人分担。",
                "It decides whether, and in what proportion, the others share.",
            ),
        },
        "choices": [
            choice("single", "没有其他担保人", "No other security provider", "co_count_gate"),
            choice(
                "creditor_shares",
                "有，各自与债权人约定了保证份额（按份承担）",
                "Yes; each agreed a share with the creditor",
                "co_count_gate",
            ),
            choice(
                "agreed_shares",
                "有，我们约定了相互追偿和各自分担的份额",
                "Yes; we agreed mutual recourse and each one's share",
                "co_count_gate",
            ),
            choice(
                "agreed_joint",
                "有，我们约定承担连带共同担保，或者约定可以相互追偿但没有约定份额",
                "Yes; we agreed a joint guarantee, or mutual recourse without shares",
                "co_count_gate",
            ),
            choice(
                "same_contract",
                "有，没有上述约定，但大家在同一份合同上签字、盖章或者按指印",
                "Yes; no such agreement, but all signed, sealed or fingerprinted the same contract",
                "co_count_gate",
            ),
            choice(
                "separate",
                "有，没有约定，也不是在同一份合同上签的",
                "Yes; no agreement, and not the same contract",
                "co_count_gate",
            ),
            choice(
                "unknown", "不清楚 / 待核实", "Not known / to verify", "co_count_gate", unknown=True
            ),
        ],
    }


def co_count_gate() -> Json:
    return branch(
        "co_count_gate", [rule(any_(SHARE_NEW, SHARE_OLD), "co_count")], otherwise("paid_history")
    )


def co_count() -> Json:
    return {
        "id": "co_count",
        "type": "choice",
        "text": t(
            "包括你在内，一共有几个保证人（担保人）？",
            "How many guarantors (security providers) are there, you included?",
        ),
        "choices": [
            choice("two", "2个", "Two", "paid_history"),
            choice("three", "3个", "Three", "paid_history"),
            choice("four", "4个", "Four", "paid_history"),
            choice("more", "5个或者更多", "Five or more", "paid_history"),
        ],
    }


def acc_recourse() -> Json:
    return {
        "id": "acc_recourse",
        "type": "choice",
        "text": t("你与债务人对追偿有没有约定？", "Did you and the debtor agree on recourse?"),
        "help": {
            "why": t(
                "加入债务的人履行后，约定了追偿权的按约定追偿；没有约定的，可以依照不当得利等规定在已履行的范围内要求债务人返还，但知道或者应当知道加入债务会损害债务人利益的除外。",
                "After paying, a party who joined the debt recovers as agreed; without an agreement, it may claim from the debtor what it paid (unjust enrichment and the like), unless it knew or should have known that joining would harm the debtor.",
            )
        },
        "citations": [cite(CGI, 51, when=NEW)],
        "choices": [
            choice("agreed", "约定了追偿权", "Recourse was agreed", "paid_history"),
            choice("not_agreed", "没有约定", "No agreement", "paid_history"),
            choice(
                "harmful",
                "没有约定，而且我知道（或者应当知道）加入债务会损害债务人的利益",
                "No agreement, and I knew (or should have known) that joining would harm the debtor",
                "paid_history",
            ),
        ],
    }


def paid_history() -> Json:
    return {
        "id": "paid_history",
        "type": "events",
        "text": t(
            "付款之后，你向债务人或者其他保证人追讨过吗？逐项记录日期和对象：催告、对方书面确认或者还款、起诉、判决生效、法院受理债务人破产申请等。",
            "Since paying, have you pursued the debtor or the other guarantors? Record each with its date and against whom: demands, written confirmations or payments, suits, judgments, acceptance of the debtor's bankruptcy.",
        ),
        "help": {
            "why": t(
                "这些事中断追偿的诉讼时效。", "These interrupt the limitation of your recourse."
            ),
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
            "bankruptcy_accepted",
        ],
        "parties": ["debtor", "co_guarantor"],
        "significance": t(
            "追偿的诉讼时效因请求、同意履行、起诉等中断。",
            "Limitation for recourse is interrupted by demands, acknowledgements and suits.",
        ),
        "next": "paid_outcome_route",
    }


def paid_outcome_route() -> Json:
    return branch("paid_outcome_route", [rule(ACC, "out_acc_recourse")], otherwise("out_recourse"))


# === deadlines =================================================================================


def _gp_basis(fam: str) -> list[Json]:
    gen, joint = all_(OLD, GENERAL), all_(OLD, JOINT)
    basis: list[Json] = [cite(CC, 692, 2, when=NEW)]
    if fam == "gp_6m":
        basis += [
            cite(GI, 32, when=all_(NEW, NOT_CEIL, per("unclear"))),
            cite(GL, 25, 1, when=all_(gen, NOT_CEIL, per("none"))),
            cite(GL, 26, 1, when=all_(joint, NOT_CEIL, per("none"))),
            cite(GLI, 32, 1, when=all_(OLD, NOT_CEIL, per("early"))),
            cite(GLI, 37, when=all_(OLD, CEIL, per("none", "early", "unclear"))),
            cite(
                TE,
                27,
                when=all_(
                    OLD,
                    NOT_CEIL,
                    per("none"),
                    date_from("due_date", "2020-07-02"),
                    date_before("due_date", "2021-01-01"),
                ),
            ),
        ]
    if fam == "gp_2y":
        basis += [
            cite(GLI, 32, 2, when=all_(OLD, NOT_CEIL, per("unclear"))),
            cite(
                TE,
                27,
                when=all_(
                    OLD,
                    NOT_CEIL,
                    per("unclear"),
                    date_from("due_date", "2019-01-02"),
                    date_before("due_date", "2021-01-01"),
                ),
            ),
        ]
    agreed = {"gp_6m": "m6", "gp_1y": "y1", "gp_2y": "y2", "gp_3y": "y3"}[fam]
    basis += [
        cite(GL, 25, 2, when=all_(gen, per(agreed))),
        cite(GL, 26, 2, when=all_(joint, per(agreed))),
        cite(CC, 692, 3, when=all_(NEW, GRACE)),
        cite(GLI, 33, when=all_(OLD, GRACE)),
        cite(GI, 30, 2, when=all_(NEW, CEIL, per("none", "early", "unclear"))),
        cite(GI, 30, 1, when=all_(NEW, CEIL, per("m6", "y1", "y2", "y3"))),
        cite(CC, 692, 1, when=NEW),
        cite(GLI, 31, when=OLD),
    ]
    return basis


def _limitation_basis(question: str, start_rule: list[Json]) -> list[Json]:
    """A three-year limitation: the rule that starts it, and 188 of the law in force then."""
    return [
        *start_rule,
        cite(CC, 188, 1, when=date_from(question, "2021-01-01")),
        cite(
            GP,
            188,
            1,
            when=all_(date_from(question, "2017-10-01"), date_before(question, "2021-01-01")),
        ),
    ]


def deadlines() -> dict[str, Json]:
    d: dict[str, Json] = {}
    months = {
        "gp_6m": {"months": 6},
        "gp_1y": {"years": 1},
        "gp_2y": {"years": 2},
        "gp_3y": {"years": 3},
    }
    for fam, cond in FAM.items():
        zh, en = FAMILY_WORDS[fam]
        d[fam] = {
            "id": fam,
            "kind": "guarantee_period",
            "label": t(f"保证期间（自起算日起{zh}）", f"Guarantee period ({en} from its start)"),
            "from": "due_date",
            "add": months[fam],
            "basis": _gp_basis(fam),
            "when": all_(GUAR, cond, not_(all_(IN_TIME, not_(CLAIM_ONLY)))),
        }
        # The same period where the creditor acted within it: the row says it was kept, lest
        # "passed" read like a lapse.
        kept = "gk_" + fam[3:]
        d[kept] = {
            **d[fam],
            "id": kept,
            "label": t(
                f"保证期间（自起算日起{zh}；债权人已于{{date.act_date}}在期间内依法行使权利）",
                f"Guarantee period ({en} from its start; the creditor acted within it on {{date.act_date}})",
            ),
            "when": all_(GUAR, cond, IN_TIME, not_(CLAIM_ONLY)),
        }
    # The period where what the guarantee says of it is not known: each possible length.
    period_unknown = any_(unknown("period_a"), unknown("period_n"))
    for key, add, zh, en, law, basis in (
        (
            "gpu_6m_new",
            {"months": 6},
            "没有约定、约定为六个月或者约定不明确的：自起算日起六个月",
            "if none was agreed, six months were agreed, or it is unclear: six months from its start",
            NEW,
            [cite(CC, 692, 2), cite(GI, 32), cite(CC, 692, 1)],
        ),
        (
            "gpu_6m_old",
            {"months": 6},
            "没有约定或者约定为六个月的：自起算日起六个月",
            "if none or six months were agreed: six months from its start",
            OLD,
            [
                cite(GL, 25, 1, when=GENERAL),
                cite(GL, 26, 1, when=JOINT),
                cite(GLI, 31),
            ],
        ),
        (
            "gpu_1y",
            {"years": 1},
            "约定为一年的：自起算日起一年",
            "if one year was agreed: one year from its start",
            None,
            [cite(CC, 692, 2, when=NEW), cite(CC, 692, 1, when=NEW), cite(GLI, 31, when=OLD)],
        ),
        (
            "gpu_2y_new",
            {"years": 2},
            "约定为二年的：自起算日起二年",
            "if two years were agreed: two years from its start",
            NEW,
            [cite(CC, 692, 2), cite(CC, 692, 1)],
        ),
        (
            "gpu_2y_old",
            {"years": 2},
            "约定为二年或者约定不明确的：自起算日起二年",
            "if two years were agreed, or it is unclear: two years from its start",
            OLD,
            [cite(GLI, 32, 2), cite(GLI, 31)],
        ),
        (
            "gpu_3y",
            {"years": 3},
            "约定为三年的：自起算日起三年",
            "if three years were agreed: three years from its start",
            None,
            [cite(CC, 692, 2, when=NEW), cite(CC, 692, 1, when=NEW), cite(GLI, 31, when=OLD)],
        ),
    ):
        d[key] = {
            "id": key,
            "kind": "guarantee_period",
            "label": t(
                f"保证期间（约定尚待核实；{zh}）", f"Guarantee period (terms to verify; {en})"
            ),
            "from": "due_date",
            "add": add,
            "basis": basis,
            "when": all_(GUAR, NOT_CEIL, period_unknown, law),
        }
    gd_label = t(
        "保证债务的诉讼时效（自要求保证人承担保证责任之日起三年）",
        "Limitation of the guarantee debt (three years from the demand on the guarantor)",
    )
    g_events = {"from": "history", "parties": ["guarantor"]}
    d["gd_joint_new"] = {
        "id": "gd_joint_new",
        "kind": "limitation",
        "label": gd_label,
        "from": "act_date",
        "add": {"years": 3},
        "basis": [cite(CC, 694, 2), cite(CC, 188, 1)],
        "events": g_events,
        "when": all_(NEW, JOINT, any_(IN_TIME, OPEN_ACT)),
    }
    d["gd_joint_old"] = {
        "id": "gd_joint_old",
        "kind": "limitation",
        "label": gd_label,
        "from": "act_date",
        "add": {"years": 3},
        "basis": _limitation_basis("act_date", [cite(GLI, 34, 2)]),
        "events": g_events,
        "when": all_(OLD, JOINT, any_(IN_TIME, OPEN_ACT), date_from("act_date", "2017-10-01")),
    }
    d["gd_joint_old_2y"] = {
        "id": "gd_joint_old_2y",
        "kind": "limitation",
        "label": t(
            "保证债务的诉讼时效（自要求保证人承担保证责任之日起二年）",
            "Limitation of the guarantee debt (two years from the demand on the guarantor)",
        ),
        "from": "act_date",
        "add": {"years": 2},
        "basis": [cite(GLI, 34, 2), cite(GPCL, 135)],
        "events": g_events,
        "when": all_(OLD, JOINT, any_(IN_TIME, OPEN_ACT), date_before("act_date", "2017-10-01")),
    }
    d["gd_gen_spent"] = {
        "id": "gd_gen_spent",
        "kind": "limitation",
        "label": t(
            "保证债务的诉讼时效（自终结执行的裁定送达债权人之日起三年）",
            "Limitation of the guarantee debt (three years from service on the creditor of the ruling ending enforcement)",
        ),
        "from": {"event": "history", "kinds": ["enforcement_terminated"]},
        "add": {"years": 3},
        "basis": [cite(CC, 694, 1), cite(GI, 28, 1, 1), cite(CC, 188, 1)],
        "events": g_events,
        "when": all_(NEW, R_TERM),
    }
    d["gd_gen_year"] = {
        "id": "gd_gen_year",
        "kind": "limitation",
        "label": t(
            "保证债务的诉讼时效（自法院收到执行申请满一年之日起三年，即自收到申请之日起四年）",
            "Limitation of the guarantee debt (three years from one year after the court received the enforcement application, i.e. four years from its receipt)",
        ),
        "from": {"event": "history", "kinds": ["enforcement_applied"]},
        "add": {"years": 4},
        "basis": [cite(CC, 694, 1), cite(GI, 28, 1, 2), cite(CC, 188, 1)],
        # The engine counts from a question or an event; the limitation starts a year after the
        # application's receipt, so the row counts the year and the three years as four.
        "note": t(
            "诉讼时效期间为三年，自法院收到执行申请之日满一年起算；计算过程中的“4年”是收到申请后的一年加上三年。满一年之前时效尚未起算，这期间的催告或者确认不使它提前起算或者重新计算。",
            "The limitation is three years, starting once the court has held the enforcement application for a year; the '4 years' in the steps is that year plus the three. Before the year is over the limitation has not started, and a demand or confirmation in that year neither starts nor restarts it.",
        ),
        "events": g_events,
        "when": R_YEAR,
    }
    d["gd_gen_bankr"] = {
        "id": "gd_gen_bankr",
        "kind": "limitation",
        "label": t(
            "保证债务的诉讼时效（自法院受理债务人破产申请之日起三年）",
            "Limitation of the guarantee debt (three years from acceptance of the debtor's bankruptcy)",
        ),
        "from": {"event": "history", "kinds": ["bankruptcy_accepted"]},
        "add": {"years": 3},
        "basis": [cite(CC, 694, 1), cite(GI, 28, 2), cite(CC, 188, 1)],
        "events": g_events,
        "when": all_(NEW, R_BANKR),
    }
    d["gd_gen_exc"] = {
        "id": "gd_gen_exc",
        "kind": "limitation",
        "label": t(
            "保证债务的诉讼时效（自债权人知道例外情形之日起三年）",
            "Limitation of the guarantee debt (three years from the creditor learning of the exception)",
        ),
        "from": "exception_date",
        "add": {"years": 3},
        "basis": [cite(CC, 694, 1), cite(GI, 28, 2), cite(CC, 188, 1)],
        "events": g_events,
        "when": all_(NEW, R_EXC),
    }
    old_gen_label = t(
        "保证合同的诉讼时效（自对债务人的判决生效之日起）",
        "Limitation of the guarantee (from the day the judgment against the debtor took effect)",
    )
    d["gd_gen_old"] = {
        "id": "gd_gen_old",
        "kind": "limitation",
        "label": old_gen_label,
        "from": "judgment_date",
        "add": {"years": 3},
        "basis": _limitation_basis("judgment_date", [cite(GLI, 34, 1)]),
        "events": g_events,
        "when": all_(OLD, GEN_IN, date_from("judgment_date", "2017-10-01")),
    }
    d["gd_gen_old_2y"] = {
        "id": "gd_gen_old_2y",
        "kind": "limitation",
        "label": old_gen_label,
        "from": "judgment_date",
        "add": {"years": 2},
        "basis": [cite(GLI, 34, 1), cite(GPCL, 135)],
        "events": g_events,
        "when": all_(OLD, GEN_IN, date_before("judgment_date", "2017-10-01")),
    }
    d["gd_gen_old_term"] = {
        "id": "gd_gen_old_term",
        "kind": "limitation",
        "label": t(
            "保证合同的诉讼时效（另一种计算：对债务人申请执行中断时效，自终结执行的裁定送达之日起重新计算三年）",
            "Limitation of the guarantee (the other reckoning: the enforcement application against the debtor interrupted it, and three years run again from service of the ruling ending enforcement)",
        ),
        "from": {"event": "history", "kinds": ["enforcement_terminated"]},
        "add": {"years": 3},
        "basis": [
            cite(GLI, 34, 1),
            cite(GLI, 36, 1),
            cite(CC, 188, 1, when=date_from("judgment_date", "2021-01-01")),
        ],
        "events": g_events,
        "when": all_(OLD, R_TERM),
    }
    # The main debt's limitation: the creditor's claim against the debtor, and a defence the
    # guarantor may raise (民法典701). Not where the debtor was sued under a general guarantee
    # (in court or decided), nor for a maximum-amount guarantee (many debts); on the released
    # route only for the creditor, who alone was asked the history there.
    main_when = all_(
        VALID,
        NOT_CEIL,
        any_(
            all_(not_(RELEASED), any_(JOINT, RUNNING, OPEN)),
            all_(RELEASED, side(*C)),
        ),
    )
    main_label = t(
        "主债务的诉讼时效（对债务人的请求；保证人也可以援用）",
        "Limitation of the main debt (the claim against the debtor; the guarantor may raise it too)",
    )
    # After an extension without the guarantor's consent the main debt falls due on the
    # extended date (the guarantee period alone stays on the original one: 民法典695(2)).
    for suffix, start, on_path in (
        ("", "due_date", not_(EXT_NC)),
        ("_x", "ext_due_date", EXT_NC),
    ):
        d[f"main_lim_3y{suffix}"] = {
            "id": f"main_lim_3y{suffix}",
            "kind": "limitation",
            "label": main_label,
            "from": start,
            "add": {"years": 3},
            "basis": _limitation_basis(
                start,
                [
                    cite(CC, 188, 2, when=date_from(start, "2021-01-01")),
                    cite(
                        GP,
                        188,
                        2,
                        when=all_(date_from(start, "2017-10-01"), date_before(start, "2021-01-01")),
                    ),
                ],
            ),
            "events": {"from": "history", "parties": ["debtor"]},
            "when": all_(main_when, on_path, date_from(start, "2017-10-01")),
        }
        d[f"main_lim_2y{suffix}"] = {
            "id": f"main_lim_2y{suffix}",
            "kind": "limitation",
            "label": main_label,
            "from": start,
            "add": {"years": 2},
            "basis": [cite(GPCL, 135), cite(GPCL, 137)],
            "events": {"from": "history", "parties": ["debtor"]},
            "when": all_(main_when, on_path, date_before(start, "2017-10-01")),
        }
    # A void guarantee (or one not binding a company): the creditor's claim against the debtor,
    # and the claim for compensation against the guarantor, whose start the law does not fix —
    # counted, to be safe, from the creditor's demand on the guarantor.
    inv_label = t(
        "主债务的诉讼时效（对债务人的请求）",
        "Limitation of the main debt (the claim against the debtor)",
    )
    for name in ("main_lim_3y", "main_lim_2y", "main_lim_3y_x", "main_lim_2y_x"):
        inv = name.replace("main_lim", "main_inv")
        d[inv] = {
            **d[name],
            "id": inv,
            "label": inv_label,
            # Not where the main contract is void: restitution has its own start.
            "when": all_(GUAR, INV_GUAR, NOT_CEIL, *d[name]["when"]["all"][1:]),
        }
    comp_label = t(
        "赔偿请求的诉讼时效（稳妥起见，自要求保证人之日起算）",
        "Limitation of the claim for compensation (counted, to be safe, from the demand on the guarantor)",
    )
    comp_when = all_(INVALID, JOINT, IN_TIME)
    d["comp_lim"] = {
        "id": "comp_lim",
        "kind": "limitation",
        "label": comp_label,
        "from": "act_date",
        "add": {"years": 3},
        "basis": _limitation_basis("act_date", []),
        "events": g_events,
        "when": all_(comp_when, date_from("act_date", "2017-10-01")),
    }
    d["comp_lim_2y"] = {
        "id": "comp_lim_2y",
        "kind": "limitation",
        "label": comp_label,
        "from": "act_date",
        "add": {"years": 2},
        "basis": [cite(GPCL, 135)],
        "events": g_events,
        "when": all_(comp_when, date_before("act_date", "2017-10-01")),
    }
    d["enf_guarantor"] = {
        "id": "enf_guarantor",
        "kind": "enforcement",
        "label": t(
            "对保证人申请强制执行的期间", "Period to apply for enforcement against the guarantor"
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [cite(CPL, 250, 1), cite(CPL, 250, 2)],
        "events": g_events,
        "when": G_JUDGED,
    }
    d["appeal_guarantor"] = {
        "id": "appeal_guarantor",
        "kind": "appeal",
        "label": t("对一审判决的上诉期间", "Period to appeal the first-instance judgment"),
        "from": {"event": "history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [cite(CPL, 171, 1)],
        "when": all_(event("judgment_served", "guarantor"), not_(G_JUDGED)),
    }
    d["enf_debtor"] = {
        "id": "enf_debtor",
        "kind": "enforcement",
        "label": t(
            "对债务人申请强制执行的期间", "Period to apply for enforcement against the debtor"
        ),
        "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [cite(CPL, 250, 1), cite(CPL, 250, 2)],
        "events": {"from": "history", "parties": ["debtor"]},
        "when": all_(GEN_IN, D_JUDGED, not_(TERM), not_(BANKR)),
    }
    d["enf_year"] = {
        "id": "enf_year",
        "kind": "other",
        "label": t(
            "法院收到执行申请满一年之日",
            "One year from the court's receipt of the enforcement application",
        ),
        "from": {"event": "history", "kinds": ["enforcement_applied"]},
        "add": {"years": 1},
        "basis": [cite(GI, 28, 1, 2)],
        "when": R_YEAR,
    }
    acc_events = {"from": "acc_history", "parties": ["joiner"], "joint_parties": ["debtor"]}
    acc_label = t("加入的债务的诉讼时效", "Limitation of the debt joined")
    d["acc_lim_3y"] = {
        "id": "acc_lim_3y",
        "kind": "limitation",
        "label": acc_label,
        "from": "acc_due_date",
        "add": {"years": 3},
        "basis": _limitation_basis(
            "acc_due_date",
            [
                cite(CC, 188, 2, when=date_from("acc_due_date", "2021-01-01")),
                cite(
                    GP,
                    188,
                    2,
                    when=all_(
                        date_from("acc_due_date", "2017-10-01"),
                        date_before("acc_due_date", "2021-01-01"),
                    ),
                ),
            ],
        ),
        "events": acc_events,
        "when": date_from("acc_due_date", "2017-10-01"),
    }
    d["acc_lim_2y"] = {
        "id": "acc_lim_2y",
        "kind": "limitation",
        "label": acc_label,
        "from": "acc_due_date",
        "add": {"years": 2},
        "basis": [cite(GPCL, 135), cite(GPCL, 137)],
        "events": acc_events,
        "when": date_before("acc_due_date", "2017-10-01"),
    }
    d["enf_joiner"] = {
        "id": "enf_joiner",
        "kind": "enforcement",
        "label": t(
            "对加入债务的人申请强制执行的期间",
            "Period to apply for enforcement against the party who joined",
        ),
        "from": {"event": "acc_history", "kinds": ["judgment_effective"], "use": "until"},
        "add": {"years": 2},
        "basis": [cite(CPL, 250, 1), cite(CPL, 250, 2)],
        "events": {"from": "acc_history", "parties": ["joiner"], "joint_parties": ["debtor"]},
        "when": event("judgment_effective", "joiner", "acc_history"),
    }
    d["appeal_joiner"] = {
        "id": "appeal_joiner",
        "kind": "appeal",
        "label": t("对一审判决的上诉期间", "Period to appeal the first-instance judgment"),
        "from": {"event": "acc_history", "kinds": ["judgment_served"]},
        "add": {"days": 15},
        "basis": [cite(CPL, 171, 1)],
        "when": all_(
            event("judgment_served", "joiner", "acc_history"),
            not_(event("judgment_effective", "joiner", "acc_history")),
        ),
    }
    rec_start_new = [
        cite(CC, 700, when=all_(NEW, GUAR)),
        cite(CGI, 51, 1, when=all_(NEW, ACC)),
        cite(GLI, 42, 2, when=all_(OLD, GUAR)),
    ]
    d["recourse_lim"] = {
        "id": "recourse_lim",
        "kind": "limitation",
        "label": t(
            "向债务人追偿的诉讼时效（自你承担责任之日起）",
            "Limitation of your recourse against the debtor (from the day you paid)",
        ),
        "from": "paid_date",
        "add": {"years": 3},
        "basis": _limitation_basis("paid_date", rec_start_new),
        "events": {"from": "paid_history", "parties": ["debtor"]},
        "when": all_(PAID, date_from("paid_date", "2017-10-01")),
    }
    d["recourse_lim_2y"] = {
        "id": "recourse_lim_2y",
        "kind": "limitation",
        "label": t(
            "向债务人追偿的诉讼时效（自你承担责任之日起）",
            "Limitation of your recourse against the debtor (from the day you paid)",
        ),
        "from": "paid_date",
        "add": {"years": 2},
        "basis": [cite(GLI, 42, 2, when=GUAR), cite(GPCL, 135)],
        "events": {"from": "paid_history", "parties": ["debtor"]},
        "when": all_(PAID, date_before("paid_date", "2017-10-01")),
    }
    d["shares_lim"] = {
        "id": "shares_lim",
        "kind": "limitation",
        "label": t(
            "要求其他保证人分担的诉讼时效（稳妥起见自你付款之日起算）",
            "Limitation of your claim for shares from the other guarantors (counted, to be safe, from the day you paid)",
        ),
        "from": "paid_date",
        "add": {"years": 3},
        "basis": _limitation_basis("paid_date", [cite(GI, 13, when=NEW), cite(GL, 12, when=OLD)]),
        "events": {"from": "paid_history", "parties": ["co_guarantor"]},
        "when": all_(PAID, SHARING, date_from("paid_date", "2017-10-01")),
    }
    d["shares_lim_2y"] = {
        "id": "shares_lim_2y",
        "kind": "limitation",
        "label": d["shares_lim"]["label"],
        "from": "paid_date",
        "add": {"years": 2},
        "basis": [cite(GL, 12), cite(GPCL, 135)],
        "events": {"from": "paid_history", "parties": ["co_guarantor"]},
        "when": all_(PAID, SHARING, date_before("paid_date", "2017-10-01")),
    }
    # Who acts by each deadline: the creditor by the guarantee period, his limitations and the
    # enforcement periods; the one who paid by his recourse; an appeal by either party.
    for name, spec in d.items():
        if spec["kind"] == "appeal":
            continue
        spec["acts"] = P if name.startswith(("recourse_", "shares_")) else C
    return d


DL = deadlines()


def passed_when(name: str) -> Json:
    """The named deadline has passed, on a path where it applies (its own ``when``)."""
    return all_(DL[name]["when"], passed(name))


def not_passed_when(name: str) -> Json:
    """The named deadline applies and has not surely passed: running, held by a pending suit,
    decided, or (month-only dates) perhaps passed."""
    return all_(DL[name]["when"], any_(passed(name, False), undetermined(passed(name))))


MAIN_NAMES = ("main_lim_3y", "main_lim_2y", "main_lim_3y_x", "main_lim_2y_x")
AMOUNT_KNOWN = all_(reached("debt_amount"), not_(unknown("debt_amount")))
MAIN_PASSED = any_(*(passed_when(n) for n in MAIN_NAMES))
MAIN_APPLIES = all_(GUAR, NOT_CEIL, any_(JOINT, RUNNING))
GP_USES = [{"use": fam} for fam in FAM] + [{"use": "gk_" + fam[3:]} for fam in FAM]
GPU_NAMES = ("gpu_6m_new", "gpu_6m_old", "gpu_1y", "gpu_2y_new", "gpu_2y_old", "gpu_3y")
GPU_USES = [{"use": n} for n in GPU_NAMES]
INV_MAIN_NAMES = ("main_inv_3y", "main_inv_2y", "main_inv_3y_x", "main_inv_2y_x")
COMP_NAMES = ("comp_lim", "comp_lim_2y")
INV_USES = [{"use": n} for n in (*INV_MAIN_NAMES, *COMP_NAMES)]
# Where it is open whether the creditor acted in time: has the period surely ended (at its
# latest possible day), or may it still be running (any possible term)?
PERIOD_OVER = any_(*(all_(FAM[fam], passed(fam)) for fam in FAM))
PERIOD_MAY_RUN = any_(
    *(all_(FAM[fam], any_(passed(fam, False), undetermined(passed(fam)))) for fam in FAM),
    *(all_(DL[n]["when"], passed(n, False)) for n in GPU_NAMES),
    per("other"),
)
GD_JOINT = [{"use": n} for n in ("gd_joint_new", "gd_joint_old", "gd_joint_old_2y")]
GD_OLD_GENERAL = [{"use": "gd_gen_old"}, {"use": "gd_gen_old_2y"}]
GD_EXCEPTION = [{"use": "gd_gen_bankr"}, {"use": "gd_gen_exc"}, *GD_OLD_GENERAL]
GD_SPENT = [{"use": "gd_gen_spent"}, {"use": "gd_gen_year"}, *GD_OLD_GENERAL]
COURT_USES = [{"use": "enf_guarantor"}, {"use": "appeal_guarantor"}]
MAIN_USES = [{"use": n} for n in MAIN_NAMES]


# === shared outcome entries ====================================================================

COMPANY_KIND = ans("guarantor_kind", "company", "listed", "branch")


def shared_warnings() -> dict[str, Json]:
    old_unclear = all_(OLD, NOT_CEIL, per("unclear"), date_from("due_date", "2021-01-01"))
    basis_unclear = [cite(GLI, 32, 2), cite(GI, 32), cite(TE, 27)]
    return {
        "old_unclear_creditor": warn(
            "contested",
            "2021年以前签署、保证期间约定不明确（如“直至本息还清为止”）、主债务在2021年以后才到期的，保证期间是主债务到期之日起二年还是六个月，存在争议。本报告按二年计算；稳妥起见，请在{deadline.gp_6m}前行使权利。",
            "Signed before 2021 with an unclear period (e.g. 'until fully repaid') and a main debt due after 1 Jan 2021: whether the period is two years or six months from the due date is contested. This report counts two years; to be safe, act before {deadline.gp_6m}.",
            C,
            all_(old_unclear, passed("gp_6m", False), not_(CONTESTED6)),
            basis_unclear,
        ),
        "old_unclear_creditor_late": warn(
            "contested",
            "2021年以前签署、保证期间约定不明确（如“直至本息还清为止”）、主债务在2021年以后才到期的，保证期间是主债务到期之日起二年还是六个月，存在争议。本报告按二年计算；按六个月计算，保证期间已于{deadline.gp_6m}届满，{party.guarantor}可能以此主张不再承担保证责任，法院是否支持尚无定论。",
            "Signed before 2021 with an unclear period (e.g. 'until fully repaid') and a main debt due after 1 Jan 2021: whether the period is two years or six months from the due date is contested. This report counts two years; counted at six months the period ended on {deadline.gp_6m}, and the {party.guarantor} may argue he is released — how a court will decide is not settled.",
            C,
            any_(CONTESTED6, all_(old_unclear, passed("gp_6m"), not_(IN_TIME))),
            basis_unclear,
        ),
        "old_unclear_guarantor": warn(
            "contested",
            "2021年以前签署、保证期间约定不明确、主债务在2021年以后才到期的，保证期间是二年还是六个月，存在争议。本报告按二年计算；你可以主张只有六个月（至{deadline.gp_6m}），{party.creditor}此后才行使权利的，你不再承担保证责任。",
            "Signed before 2021 with an unclear period and a main debt due after 1 Jan 2021: two years or six months is contested. This report counts two years; you may argue six months (to {deadline.gp_6m}), after which the {party.creditor} came too late.",
            G,
            old_unclear,
            basis_unclear,
        ),
        "resolution_unknown": warn(
            "missing_fact",
            "债权人是否审查了公司同意担保的决议尚待核实：审查了（或者无须决议）的，以上结论成立；没有审查的，担保对公司不发生效力，公司只按过错承担赔偿责任，最多为债务人不能清偿部分的二分之一（债务人完全不能清偿的，最多为尚欠{amount.debt_amount}的一半，即{amount.half_debt}）。",
            "Whether the creditor checked the company's resolution is still to verify: if it did (or none was needed), the above holds; if not, the guarantee does not bind the company, which owes only fault-based compensation of at most half of what the debtor cannot pay (if the debtor can pay nothing, at most half of the {amount.debt_amount} owed, i.e. {amount.half_debt}).",
            "any",
            all_(GUAR, unknown("company_resolution"), AMOUNT_KNOWN),
            [cite(GI, 7, when=NEW), cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD)],
        ),
        # Where the amount is never asked.
        "resolution_unknown_plain": warn(
            "missing_fact",
            "债权人是否审查了公司同意担保的决议尚待核实：审查了（或者无须决议）的，以上结论成立；没有审查的，担保对公司不发生效力，公司只按过错承担赔偿责任，最多为债务人不能清偿部分的二分之一。",
            "Whether the creditor checked the company's resolution is still to verify: if it did (or none was needed), the above holds; if not, the guarantee does not bind the company, which owes only fault-based compensation of at most half of what the debtor cannot pay.",
            "any",
            all_(GUAR, unknown("company_resolution")),
            [cite(GI, 7, when=NEW), cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD)],
        ),
        # Without the amount (not asked on this path, or unknown): no figure.
        "resolution_unknown_no_amount": warn(
            "missing_fact",
            "债权人是否审查了公司同意担保的决议尚待核实：审查了（或者无须决议）的，以上结论成立；没有审查的，担保对公司不发生效力，公司只按过错承担赔偿责任，最多为债务人不能清偿部分的二分之一。",
            "Whether the creditor checked the company's resolution is still to verify: if it did (or none was needed), the above holds; if not, the guarantee does not bind the company, which owes only fault-based compensation of at most half of what the debtor cannot pay.",
            "any",
            all_(GUAR, unknown("company_resolution"), not_(AMOUNT_KNOWN)),
            [cite(GI, 7, when=NEW), cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD)],
        ),
        "listed_unknown": warn(
            "missing_fact",
            "债权人是否依据上市公司公开披露的决议信息签约尚待核实：没有依据的，上市公司既不承担担保责任，也不承担赔偿责任。",
            "Whether the creditor relied on the listed company's published approval is still to verify: if not, the listed company owes neither the guarantee nor compensation.",
            "any",
            unknown("listed_disclosure"),
            [cite(GI, 9, 2)],
        ),
        "old_company_practice": warn(
            "unverified",
            "2021年以前的公司担保：要求债权人审查公司决议，主要来自审判实践（2019年的全国法院民商事审判工作会议纪要），该纪要不是司法解释，各地法院的把握可能不同。",
            "Company guarantees before 2021: the duty to check the company's resolution comes mainly from court practice (the 2019 national conference minutes), which are not a judicial interpretation; courts may differ.",
            "any",
            all_(OLD, COMPANY_KIND),
        ),
        "old_credit_support": warn(
            "unverified",
            "2021年以前签署的差额补足等承诺，或者难以区分是保证还是加入债务的文件，法律没有明文规定如何定性；审判实践中一般按保证处理。",
            "Before 2021 the law did not say how to treat shortfall-funding undertakings or texts that could be either; courts generally treated them as guarantees.",
            "any",
            all_(OLD, ans("what_signed", "credit_support")),
        ),
        "joiner_is_guarantor": warn(
            "caution",
            "你签的文件按保证处理（写明了保证，或者难以区分是保证还是加入债务）：你可以享有保证人的保护，例如保证期间，一般保证时还有先诉抗辩权。",
            "Your document is treated as a guarantee (it says so, or cannot be told apart from an accession): you have a guarantor's protections, such as the guarantee period and, for a general guarantee, the right to have the debtor pursued first.",
            ["joiner"],
            GUAR,
            [cite(GI, 36, 3, when=NEW)],
        ),
        "guarantor_is_joiner": warn(
            "caution",
            "你签的文件写明与债务人共同承担债务，构成债务加入，不是保证：没有保证期间，也没有先诉抗辩权。",
            "Your document says you bear the debt together with the debtor: that is a debt accession, not a guarantee — no guarantee period and no right to have the debtor pursued first.",
            ["guarantor"],
            ACC,
            [cite(CC, 552)],
        ),
        "bankruptcy_claim_creditor": warn(
            "contested",
            "一般保证中，只在债务人的破产程序中申报债权，是否等于在保证期间内对债务人“提起诉讼或者申请仲裁”，法律没有明文规定，存在争议；法院认为不等于的，保证人不再承担保证责任。",
            "Under a general guarantee, whether filing a claim in the debtor's bankruptcy counts as 'suing or arbitrating against the debtor' within the period is not settled; a court that holds it does not will release the guarantor.",
            C,
            ans("general_action", "bankruptcy_claim"),
            [cite(CC, 693, 1, when=NEW), cite(CC, 687, 2, 2, when=NEW), cite(GL, 25, 2, when=OLD)],
        ),
        "bankruptcy_claim_guarantor": warn(
            "contested",
            "{party.creditor}只在破产程序中申报了债权，没有起诉或者申请仲裁：你可以主张其没有在保证期间内依法行使权利，保证责任已经消灭。这一点存在争议，法院可能认为申报债权已经足够。",
            "The {party.creditor} only filed a claim in the bankruptcy, without suing or arbitrating: you may argue it did not act within the guarantee period and the guarantee is extinguished. This is contested; a court may hold the filing enough.",
            G,
            ans("general_action", "bankruptcy_claim"),
            [cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)],
        ),
        "bankruptcy_running": warn(
            "contested",
            "{party.debtor}已进入破产程序：一般保证人不能再要求先执行{party.debtor}，但保证期间仍须保全。只在破产程序中申报债权是否等于对{party.debtor}起诉，存在争议：稳妥起见，在保证期间内申报债权，并起诉{party.guarantor}。债权只计息到法院受理破产申请之日。",
            "The {party.debtor} is in bankruptcy: a general guarantor can no longer insist on the debtor first, but the guarantee period must still be kept. Whether filing a claim counts as suing the {party.debtor} is contested: to be safe, file the claim and sue the {party.guarantor} within the period. Interest stops on the day the petition was accepted.",
            "any",
            all_(GENERAL, RUNNING, BANKR_EVENT),
            [
                cite(CC, 687, 2, 2, when=NEW),
                cite(GI, 22, when=NEW),
                cite(GI, 23, 1, when=NEW),
                cite(GL, 17, 3, 2, when=OLD),
                cite(GLI, 44, when=OLD),
            ],
        ),
        "old_bankruptcy_six_months": warn(
            "caution",
            "2021年以前签署的保证：债权人申报债权后在破产程序中未受清偿的部分，保证人仍应承担；要求保证人承担的，应当在破产程序终结后六个月内提出。",
            "For a guarantee signed before 2021: the guarantor still answers for what the bankruptcy does not pay, but the demand on him must be made within six months after the bankruptcy proceedings end.",
            "any",
            all_(OLD, BANKR_EVENT),
            [cite(GLI, 44, 2)],
        ),
        "old_bankruptcy_interest": warn(
            "contested",
            "2021年以前签署的保证，债务人破产后保证债务是否同样从受理破产申请之日起停止计息，当时的法律没有规定，存在争议。",
            "For a guarantee signed before 2021, whether the guarantee debt also stops bearing interest from the acceptance of the debtor's bankruptcy was not regulated and is contested.",
            "any",
            all_(OLD, BANKR_EVENT),
            [cite(EBL, 46, 2), cite(GLI, 44)],
        ),
        "co_unknown": warn(
            "missing_fact",
            "是否还有其他保证人尚待核实：有的，须对每个保证人分别在其保证期间内行使权利；没有约定份额的，每个保证人都可能被要求承担全部。",
            "Whether there are other guarantors is still to verify: if so, each must be acted against within his own period; without agreed shares, each may be asked for the whole.",
            "any",
            unknown("co_guarantors"),
            [cite(CC, 699, when=NEW), cite(GI, 29, 1, when=NEW), cite(GL, 12, when=OLD)],
        ),
        "action_unknown_running": warn(
            "missing_fact",
            "是否已经在保证期间内行使过权利尚不清楚；保证期间尚未届满，在届满前依法行使权利即可。",
            "Whether the creditor already acted is not known; the period is still running, and acting before it ends is enough.",
            "any",
            all_(ACTION_UNKNOWN, RUNNING),
        ),
        "main_limitation_creditor": warn(
            "caution",
            "{party.guarantor}可以主张{party.debtor}对你的抗辩，包括主债务的诉讼时效届满：主债务的时效（见期限表）届满后，即使保证债务的时效还没有届满，也可能要不回来。以两者中较早的日期为准行事；对{party.debtor}催告、起诉可以中断主债务的时效。",
            "The {party.guarantor} may raise the {party.debtor}'s defences, including the main debt's limitation: once that runs out (see the deadlines), you may lose even if the guarantee debt's own limitation has not. Act by the earlier of the two; a demand on, or suit against, the {party.debtor} interrupts the main debt's limitation.",
            C,
            all_(JOINT, any_(IN_TIME, RUNNING), NOT_CEIL, not_(MAIN_PASSED)),
            [cite(CC, 701, when=NEW), cite(LP, 18, 1, when=NEW), cite(GL, 20, 1, when=OLD)],
        ),
        **{
            f"main_defence_{v}": warn(
                "caution",
                "主债务的诉讼时效已经届满的，保证人可以主张债务人的诉讼时效抗辩，债务人放弃的也可以；保证人知道或者应当知道届满仍提供保证或者承担保证责任的除外。这一抗辩须在一审中提出：一审没有提出、二审才提出的，法院不予支持（基于新的证据能够证明时效已经届满的除外），也不能以此申请再审。",
                "Once the main debt's limitation has run out, the guarantor may plead it, even if the debtor waived it — not if he guaranteed or paid knowing or having to know it had run out. The defence must be raised at first instance: raised only on appeal it fails (unless new evidence shows the period had run), and it is no ground for a retrial.",
                G,
                all_(law, MAIN_PASSED),
                basis,
            )
            for v, law, basis in (
                (
                    "new",
                    NEW,
                    [cite(CC, 701), cite(LP, 18, 1), cite(GI, 35), cite(LP, 3, 1), cite(LP, 3, 2)],
                ),
                ("old", OLD, [cite(GL, 20, 1), cite(GLI, 35), cite(LP, 3, 1), cite(LP, 3, 2)]),
            )
        },
        "old_general_interruption": warn(
            "caution",
            "2021年以前签署的一般保证，主债务的诉讼时效中断的，保证债务的诉讼时效也中断；期限表只计入针对保证人的事件，实际届满日可能更晚，稳妥起见以表中日期为准。",
            "For a general guarantee signed before 2021, interrupting the main debt's limitation also interrupts the guarantee's; the deadlines count only events against the guarantor, so the real end may be later — go by the date shown to be safe.",
            C,
            all_(OLD, GEN_IN, not_(TERM)),
            [cite(GLI, 36, 1)],
        ),
        "old_general_term": warn(
            "contested",
            "2021年以前签署的一般保证，主债务的诉讼时效中断的，保证债务的诉讼时效也中断。对债务人申请强制执行是否使保证合同的诉讼时效中断、执行以终结执行的裁定结束后是否自送达之日重新计算，存在不同理解（现行规定也从终结执行的裁定送达之日起算保证债务的诉讼时效）。期限表列出两种算法：自判决生效之日起算，以及自终结执行的裁定送达之日起算；以较早的日期为稳妥。",
            "For a general guarantee signed before 2021, interrupting the main debt's limitation also interrupts the guarantee's. Whether the enforcement application against the debtor interrupted the guarantee's limitation, and whether it runs again from service of the ruling ending enforcement, is read differently (the current rule, too, counts the guarantee debt's limitation from that service). The deadlines show both: from the judgment's effect, and from service of the ruling; the earlier is the safe one.",
            "any",
            all_(OLD, R_TERM),
            [cite(GLI, 36, 1), cite(GLI, 34, 1)],
        ),
        "old_no_cannot_pay": warn(
            "caution",
            "2021年以前签署的一般保证，“债务人财产不足以清偿”不是法定的先诉抗辩权例外：仍须先对债务人强制执行。",
            "For a general guarantee signed before 2021, 'the debtor's assets fall short' is no statutory exception: enforcement against the debtor still comes first.",
            "any",
            all_(OLD, ans("exception", "cannot_pay")),
            [cite(GL, 17, 3)],
        ),
        "old_general_judgment_after_2021": warn(
            "contested",
            "2021年以前签署的一般保证，对债务人的判决在2021年以后才生效的：保证合同的诉讼时效是自判决生效之日起算（当时的司法解释），还是自先诉抗辩权消灭之日（执行终结）起算（现行规定），存在争议。本报告按判决生效之日计算，对债权人是稳妥的日期。",
            "A general guarantee signed before 2021, with the judgment against the debtor taking effect after 1 Jan 2021: whether the guarantee's limitation runs from the judgment (the 2000 Interpretation) or from the end of enforcement (the current rule) is contested. This report counts from the judgment, the safe date for a creditor.",
            "any",
            all_(OLD, GEN_IN, date_from("judgment_date", "2021-01-01"), not_(TERM)),
            [cite(GLI, 34, 1), cite(GI, 28)],
        ),
        "old_general_no_judgment": warn(
            "contested",
            "2021年以前签署的一般保证，出现先诉抗辩权例外情形而对债务人还没有生效判决的，保证合同的诉讼时效从何时起算，当时的法律没有规定；稳妥起见，尽快起诉保证人或者书面催告。",
            "A general guarantee signed before 2021 with an exception to the right but no judgment against the debtor yet: when the guarantee's limitation starts was not regulated; to be safe, sue or demand from the guarantor soon.",
            "any",
            all_(OLD, GEN_IN, not_(D_JUDGED)),
            [cite(GLI, 34, 1)],
        ),
        "exception_unknown": warn(
            "missing_fact",
            "是否存在使一般保证人不能要求先执行债务人的情形尚待核实：存在的，可以现在就要求保证人承担。",
            "Whether an exception to the right to have the debtor pursued first applies is still to verify: if one does, the guarantor can be asked to pay now.",
            "any",
            unknown("exception"),
        ),
        "suit_not_recorded": warn(
            "missing_fact",
            "你回答已起诉保证人，但案件经过中没有记录这次起诉：诉讼进行中诉讼时效不会届满，请补充记录，期限表才能反映实际情况。",
            "You said the guarantor was sued, but the history records no suit: limitation cannot run out while a suit is pending; add it so the deadlines reflect the case.",
            "any",
            all_(ans("joint_action", "sued_served"), not_(G_IN_COURT)),
        ),
    }


WARNINGS_GUAR = [
    {"use": n}
    for n in (
        "old_unclear_creditor",
        "old_unclear_creditor_late",
        "old_unclear_guarantor",
        "resolution_unknown",
        "resolution_unknown_no_amount",
        "listed_unknown",
        "old_company_practice",
        "old_credit_support",
        "joiner_is_guarantor",
        "co_unknown",
    )
]


def shared_notes() -> dict[str, Json]:
    return {
        "recourse_700": note(
            "{party.guarantor}承担保证责任后，可以在承担的范围内向{party.debtor}追偿，并享有{party.creditor}对{party.debtor}的权利（包括{party.debtor}自己提供的抵押、质押）（民法典第700条）。",
            "A guarantor who has paid may recover what he paid from the {party.debtor}, with the {party.creditor}'s rights against the {party.debtor}, including any collateral the {party.debtor} gave (Civil Code art. 700).",
            "any",
            all_(NEW, GUAR),
        ),
        "recourse_31": note(
            "{party.guarantor}承担保证责任后，有权向{party.debtor}追偿（担保法第31条）；追偿的诉讼时效自承担责任之日起算（担保法解释第42条第2款）。",
            "A guarantor who has paid may recover from the {party.debtor} (Guarantee Law art. 31); limitation for that runs from the day he paid (2000 Interpretation art. 42(2)).",
            "any",
            all_(OLD, GUAR),
        ),
        "recourse_co_new": note(
            "保证人之间：约定了相互追偿或者连带共同担保，或者都在同一份合同上签字、盖章、按指印的，承担了保证责任的保证人可以要求{party.co_guarantor}按比例分担向{party.debtor}不能追偿的部分；约定了分担份额的按约定；除此之外只能向{party.debtor}追偿（担保制度解释第13条）。",
            "Among the guarantors: if they agreed mutual recourse or a joint guarantee, or all signed the same contract, the one who paid may ask the {party.co_guarantor} to share, in proportion, what cannot be recovered from the {party.debtor}; agreed shares are followed; otherwise only the {party.debtor} answers (SPC Interpretation on Guarantees art. 13).",
            "any",
            all_(NEW, CO_MANY),
        ),
        "recourse_co_old": note(
            "保证人之间：承担了保证责任的保证人，可以要求{party.co_guarantor}分担向{party.debtor}不能追偿的部分，按内部约定的比例，没有约定的平均分担（担保法第12条、担保法解释第20条第2款）。",
            "Among the guarantors: the one who paid may ask the {party.co_guarantor} to share what cannot be recovered from the {party.debtor}, by the ratio they agreed, else equally (Guarantee Law art. 12; 2000 Interpretation art. 20(2)).",
            "any",
            all_(OLD, CO_MANY),
        ),
        "recourse_bankruptcy": note(
            "{party.guarantor}清偿了{party.creditor}的全部债权后，可以代替{party.creditor}在破产程序中受偿；在此之前可以以将来的求偿权申报债权（{party.creditor}已申报全部债权的除外）。{party.debtor}的和解协议或者重整计划执行完毕后，不能再向{party.debtor}追偿（企业破产法第51条、担保制度解释第23条第2款、第3款）。",
            "Once the {party.guarantor} has paid the {party.creditor} in full he takes the {party.creditor}'s place in the bankruptcy; before that he may file his future recourse claim (unless the {party.creditor} filed the whole claim). After a composition or reorganisation plan has been carried out, there is no recourse against the {party.debtor} (Enterprise Bankruptcy Law art. 51; SPC Interpretation on Guarantees art. 23(2), (3)).",
            "any",
            all_(NEW, BANKR_EVENT),
        ),
        "evidence_contract": note(
            "保证合同或者承诺文件（保证方式、保证期间、保证范围的约定）",
            "The guarantee or undertaking (what it says on the kind, the period and the scope)",
            "any",
        ),
        "evidence_loan": note(
            "借款合同或者借条、还款记录、利息计算表",
            "The loan contract or IOU, the repayment record and the interest calculation",
            "any",
        ),
        "evidence_demand": note(
            "要求保证人承担保证责任的书面通知及送达凭证（EMS回执、签收记录），或者起诉状副本的送达回证",
            "The written demand on the guarantor with proof of delivery (EMS receipt, signed receipt), or proof of service of the statement of claim",
            "any",
            all_(JOINT, ans("joint_action", "demanded", "sued_served", "withdrawn_unserved")),
        ),
        "evidence_suit": note(
            "对债务人起诉或者申请仲裁的材料（受理通知书、立案日期）",
            "The papers of the suit or arbitration against the debtor (notice of acceptance, filing date)",
            "any",
            all_(
                GENERAL,
                any_(ans("general_action", "sued", "withdrawn"), event("suit", "debtor")),
            ),
        ),
        "evidence_notarised": note(
            "赋予强制执行效力的公证债权文书及强制执行申请材料（载明申请日期）",
            "The notarised deed with enforcement effect and the enforcement application (with its date)",
            "any",
            all_(GENERAL, ans("general_action", "notarised")),
        ),
        "evidence_company": note(
            "公司章程、同意担保的决议，以及债权人审查决议的记录",
            "The company's articles, the resolution approving the guarantee and the creditor's record of checking it",
            "any",
            COMPANY_KIND,
        ),
        "evidence_judgments": note(
            "判决书（或者仲裁裁决书）及其送达回证、生效证明",
            "The judgments (or awards) with their proofs of service and certificates of effect",
            "any",
            event(["judgment_effective", "judgment_served"]),
        ),
        "evidence_termination": note(
            "终结本次执行程序裁定（或者终结执行裁定）及其送达回证",
            "The ruling ending enforcement with its proof of service",
            "any",
            event("enforcement_terminated"),
        ),
        "evidence_bankruptcy": note(
            "法院受理债务人破产申请的裁定、债权申报材料",
            "The court's ruling accepting the debtor's bankruptcy, and the proof of claim",
            "any",
            BANKR,
        ),
        "evidence_main_void": note(
            "主合同无效的依据（判决书或者无效事由的证据）",
            "What makes the main contract void (a judgment, or evidence of the ground)",
            "any",
            MAIN_VOID,
        ),
    }


EVIDENCE_GUAR = [
    {"use": n}
    for n in (
        "evidence_contract",
        "evidence_loan",
        "evidence_demand",
        "evidence_suit",
        "evidence_notarised",
        "evidence_company",
        "evidence_judgments",
        "evidence_termination",
        "evidence_bankruptcy",
        "evidence_main_void",
    )
]
RECOURSE_GUAR = [
    {"use": n}
    for n in (
        "recourse_700",
        "recourse_31",
        "recourse_co_new",
        "recourse_co_old",
        "recourse_bankruptcy",
    )
]

# Mechanics of joint liability (§0.5), cited on the joint leaves by law version.
MECHANICS_JOINT = [
    cite(CC, 178, 1, when=NEW),
    cite(CC, 700, when=NEW),
    cite(GL, 18, 2, when=OLD),
    cite(GL, 31, when=OLD),
]


def type_basis(joint: bool) -> list[Json]:
    """The rule that makes the guarantee joint and several or general, by law and wording."""
    if joint:
        return [
            cite(CC, 688, 1, when=all_(NEW, W_JOINT)),
            cite(GI, 25, 2, when=all_(NEW, W_JOINT)),
            cite(GL, 18, 1, when=all_(OLD, W_JOINT)),
            cite(GL, 19, when=all_(OLD, W_NONE)),
        ]
    return [
        cite(CC, 687, 1, when=all_(NEW, W_GENERAL)),
        cite(GI, 25, 1, when=all_(NEW, W_GENERAL)),
        cite(CC, 686, 2, when=all_(NEW, W_NONE)),
        cite(GL, 17, 1, when=all_(OLD, W_GENERAL)),
    ]


SCOPE_BASIS = [cite(CC, 691, when=NEW), cite(GI, 3, 1, when=NEW), cite(GL, 21, when=OLD)]


# === outcomes ==================================================================================


def outcome(id_: str, code: str, title: Json, summary: list[Json], findings: list[Json], *,
            deadlines: list[Json] | None = None, defences: list[Json] | None = None,
            recourse: list[Json] | None = None, warnings: list[Json] | None = None,
            next_steps: list[Json], evidence: list[Json], citations: list[Json] | None = None,
            remaining: Json | None = None, next_: str | None = None) -> Json:  # fmt: skip
    node: Json = {
        "id": id_,
        "type": "finding" if next_ else "outcome",
        "code": code,
        "title": title,
    }
    node["summary"] = summary
    node["findings"] = findings
    if remaining is not None:
        node["remaining_liability"] = remaining
    if deadlines:
        node["deadlines"] = deadlines
    if defences:
        node["defences"] = defences
    node["recourse"] = recourse or []
    if warnings:
        node["warnings"] = warnings
    node["next_steps"] = next_steps
    node["evidence"] = evidence
    if citations:
        node["citations"] = citations
    if next_:
        node["next"] = next_
    return node


BANKR_SCOPE = t(
    "尚欠的主债务{amount.debt_amount}（利息计算至法院受理破产申请之日），以保证合同约定的保证范围为限，且不超过{party.debtor}应当承担的责任",
    "the {amount.debt_amount} still owed (interest only up to the day the court accepted the bankruptcy petition), within the guarantee's scope and never beyond the {party.debtor}'s own liability",
)
NO_FIGURE_SCOPE = t(
    "尚欠的主债务（主债权及利息、违约金、损害赔偿金和实现债权的费用，保证合同另有约定的按约定），且不超过{party.debtor}应当承担的责任",
    "the debt still owed (principal, interest, penalties, damages and the costs of enforcing the claim, unless the guarantee says otherwise), never beyond the {party.debtor}'s own liability",
)
NO_FIGURE_GENERAL_SCOPE = t(
    "{party.debtor}的财产依法强制执行后仍不能履行的部分，以尚欠的主债务和保证范围为限",
    "what remains unpaid after enforcement against the {party.debtor}'s assets, within the debt owed and the guarantee's scope",
)
PLAIN_SCOPE = t(
    "尚欠的主债务{amount.debt_amount}（主债权及利息、违约金、损害赔偿金和实现债权的费用，保证合同另有约定的按约定），且不超过{party.debtor}应当承担的责任",
    "the {amount.debt_amount} still owed (principal, interest, penalties, damages and the costs of enforcing the claim, unless the guarantee says otherwise), never beyond the {party.debtor}'s own liability",
)
BANKR_BASIS = [cite(GI, 23, 1, when=NEW), cite(GI, 22, when=NEW), cite(GLI, 44, 1, when=OLD)]


def joint_findings(
    sublabel: Json, order: Json, extra: list[Json], depends: list[str] | None = None
) -> list[Json]:
    liable = t(
        "{party.guarantor}（与{party.debtor}）", "the {party.guarantor} (with the {party.debtor})"
    )
    return [
        finding(
            "连带责任",
            liable,
            CREDITOR,
            PLAIN_SCOPE,
            order,
            [
                *type_basis(True),
                cite(CC, 688, 2, when=NEW),
                cite(GL, 18, 2, when=OLD),
                *extra,
                *SCOPE_BASIS,
            ],
            sublabel,
            not_(BANKR_EVENT),
            depends,
        ),
        finding(
            "连带责任",
            liable,
            CREDITOR,
            BANKR_SCOPE,
            order,
            [
                *type_basis(True),
                cite(CC, 688, 2, when=NEW),
                cite(GL, 18, 2, when=OLD),
                *extra,
                *BANKR_BASIS,
                *SCOPE_BASIS,
            ],
            sublabel,
            BANKR_EVENT,
            depends,
        ),
    ]


JOINT_ORDER = t(
    "没有先后顺序：{party.creditor}可以要求{party.debtor}履行，也可以直接要求{party.guarantor}在保证范围内承担保证责任",
    "No order: the {party.creditor} may ask the {party.debtor}, or go straight to the {party.guarantor} within the guarantee's scope",
)

GD_JOINT_NAMES = ("gd_joint_new", "gd_joint_old", "gd_joint_old_2y")
D_SUED = event("suit", "debtor")


MAIN_DEF_BASIS = (
    (
        NEW,
        "（民法典第701条、诉讼时效规定第18条第1款；例外见担保制度解释第35条）",
        "(Civil Code 701; Limitation Provisions 18(1); exception: Guarantee Interpretation 35)",
    ),
    (
        OLD,
        "（担保法第20条第1款；例外见担保法解释第35条）",
        "(Guarantee Law 20(1); exception: Guarantee Law Interpretation 35)",
    ),
)
FIRST_INSTANCE_ZH = "诉讼时效抗辩须在一审中提出：一审期间没有提出、二审期间才提出的，法院不予支持（基于新的证据能够证明时效已经届满的除外），也不能以此申请再审（诉讼时效规定第3条）。"
FIRST_INSTANCE_EN = "A limitation defence must be raised at first instance: raised only on appeal it fails (unless new evidence shows the period had run), and it is no ground for a retrial (Limitation Provisions 3)."


def def_main() -> list[Json]:
    """The main debt's limitation as the guarantor's defence (民法典701; 担保法20(1)), by its
    state, with its basis by the guarantee's law and the first-instance rule (诉讼时效规定3)."""
    out = []
    for name in MAIN_NAMES:
        when = DL[name]["when"]
        for law, basis_zh, basis_en in MAIN_DEF_BASIS:
            out += [
                note(
                    f"主债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：你可以主张{{party.debtor}}的时效抗辩而拒绝承担；{{party.debtor}}放弃抗辩的，你仍可以主张。但你知道或者应当知道时效届满仍提供保证或者承担了责任的，不能再以此抗辩{basis_zh}。"
                    + FIRST_INSTANCE_ZH,
                    f"The main debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): you may plead the {{party.debtor}}'s limitation defence and refuse, even if the {{party.debtor}} waived it — not if you guaranteed or paid knowing it had run out {basis_en}. "
                    + FIRST_INSTANCE_EN,
                    G,
                    all_(law, passed_when(name)),
                ),
                note(
                    f"主债务的诉讼时效至{{deadline.{name}}}届满，目前尚未届满：届满前{{party.creditor}}没有向{{party.debtor}}催告、起诉，{{party.debtor}}也没有确认债务或者还款的，届满后你可以主张{{party.debtor}}的时效抗辩{basis_zh}。",
                    f"The main debt's limitation runs until {{deadline.{name}}}: if by then the {{party.creditor}} has not demanded from or sued the {{party.debtor}}, and the {{party.debtor}} has not confirmed the debt or paid, you may plead its limitation defence afterwards {basis_en}.",
                    G,
                    all_(law, when, passed(name, False), not_(any_(D_SUED, D_JUDGED))),
                ),
                note(
                    f"主债务的诉讼时效的届满日尚不确定（见期限表）：届满后你可以主张{{party.debtor}}的时效抗辩{basis_zh}；对{{party.debtor}}的催告、起诉会中断主债务的时效。",
                    f"When the main debt's limitation ends is not certain (see the deadlines): once it has, you may plead the {{party.debtor}}'s limitation defence {basis_en}; demands on, or suits against, the {{party.debtor}} interrupt it.",
                    G,
                    all_(law, when, undetermined(passed(name))),
                ),
            ]
    return out


def def_gd(names: tuple[str, ...]) -> list[Json]:
    """The guarantee debt's own limitation as a defence, by its state."""
    out = []
    for name in names:
        out += [
            note(
                f"保证债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：你可以提出不履行的抗辩；但届满后你又同意履行（例如在催款通知上签字确认、制定还款计划）的，不能再以此抗辩。",
                f"The guarantee debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): you may refuse to pay — not if you agreed to pay after that (e.g. signed a demand confirming it, or agreed a repayment plan).",
                G,
                passed_when(name),
            ),
            note(
                f"保证债务的诉讼时效至{{deadline.{name}}}届满，目前尚未届满：届满前{{party.creditor}}没有起诉你或者书面催告你、你也没有同意履行的，届满后你可以拒绝履行。",
                f"The guarantee debt's limitation runs until {{deadline.{name}}}: if by then the {{party.creditor}} has not sued you or demanded in writing, and you have not agreed to pay, you may refuse afterwards.",
                G,
                all_(DL[name]["when"], passed(name, False), not_(G_IN_COURT)),
            ),
        ]
    return out


DEF_RESOLUTION = [
    note(
        "主张担保对公司不发生效力：公司对外担保须经董事会或者股东会决议，{party.creditor}须证明签约时审查了同意担保的决议（担保制度解释第7条第3款）；不能证明的，担保对公司不发生效力，公司不承担保证责任，最多按过错赔偿，不超过{party.debtor}不能清偿部分的二分之一（{party.debtor}完全不能清偿的，最多{amount.half_debt}）。"
        + law,
        "Plead that the guarantee does not bind the company: a company guarantee needs a board or shareholders' resolution, and the {party.creditor} must show it checked one when signing (SPC Interpretation on Guarantees art. 7(3)); if it cannot, the guarantee does not bind the company, which owes at most fault-based compensation of half of what the {party.debtor} cannot pay (at most {amount.half_debt} if the {party.debtor} can pay nothing)."
        + law_en,
        G,
        all_(NEW, unknown("company_resolution"), when),
    )
    for law, law_en, when in (
        ("（公司法第15条）", " (Company Law art. 15)", CO_NEW),
        ("（公司法(2018)第16条）", " (Company Law (2018) art. 16)", CO_OLD),
    )
] + [
    note(
        "主张担保对公司不发生效力：公司对外担保须经董事会或者股东会决议（公司法(2018)第16条），{party.creditor}没有审查决议的，担保对公司不发生效力，公司最多按过错赔偿。2021年以前的这一规则主要来自审判实践，请律师评估。",
        "Plead that the guarantee does not bind the company: a company guarantee needs a board or shareholders' resolution (Company Law (2018) art. 16); if the {party.creditor} did not check one, the guarantee does not bind the company, which owes at most fault-based compensation. Before 2021 this rule came mainly from court practice; take a lawyer's view.",
        G,
        all_(OLD, unknown("company_resolution")),
    ),
]
NS_G_RESOLUTION = note(
    "要求{party.creditor}出示签约时审查的公司决议及审查记录；同时收集公司章程和没有作出决议的证明。",
    "Ask the {party.creditor} to produce the resolution it checked and its record of checking; gather the company's articles and proof that no resolution was made.",
    G,
    all_(GUAR, unknown("company_resolution")),
)
DEF_DEBTOR = note(
    "你可以主张{party.debtor}对{party.creditor}的抗辩，例如债务已部分清偿、利息或者违约金过高、合同未履行；{party.debtor}对{party.creditor}有抵销权或者撤销权的，你可以在相应范围内拒绝承担。",
    "You may raise the {party.debtor}'s defences against the {party.creditor}, such as part payment, excessive interest or penalties, or non-performance; where the {party.debtor} could set off or rescind, you may refuse to that extent.",
    G,
)
DEF_SCOPE = note(
    "超出{party.debtor}应当承担的责任范围的部分（例如专门约定的保证人违约金），你可以不承担。",
    "You need not pay more than the {party.debtor} owes (e.g. a penalty agreed for the guarantor alone).",
    G,
    NEW,
)
DEF_ASSIGNED = note(
    "债权转让没有通知你：转让对你不发生效力，你向原债权人履行仍然有效。",
    "The claim was assigned without notice to you: the assignment has no effect on you, and paying the original creditor discharges you.",
    G,
    all_(NEW, CH("assigned_unnotified")),
)
CLAIM_FILED = any_(ans("general_action", "bankruptcy_claim"), event("equal_effect", "debtor"))
DEF_BANKR_SILENT = note(
    "{party.creditor}知道{party.debtor}破产，却既没有申报债权也没有通知你，致使你不能预先行使追偿权的：你在该债权在破产程序中可能受偿的范围内免除责任。",
    "If the {party.creditor} knew of the {party.debtor}'s bankruptcy but neither filed a claim nor told you, so that you could not file in advance, you are released to the extent the claim could have been paid in the bankruptcy.",
    G,
    all_(BANKR_EVENT, not_(CLAIM_FILED)),
)
DEF_CO_29 = note(
    "你与其他保证人之间有相互追偿权，而{party.creditor}没有在保证期间内向其他保证人行使权利，致使你承担后不能向其追偿的：你可以在不能追偿的范围内主张免责。",
    "If you have mutual recourse with the other guarantors and the {party.creditor} let their guarantee periods pass, so that you could not recover from them, you are released to that extent.",
    G,
    all_(NEW, CO_MANY),
)


def defences_liable() -> list[Json]:
    return [
        *DEF_RESOLUTION,
        *def_main(),
        *def_gd(GD_JOINT_NAMES),
        DEF_DEBTOR,
        DEF_SCOPE,
        DEF_ASSIGNED,
        DEF_BANKR_SILENT,
        DEF_CO_29,
    ]


NS_G_CHECK = note(
    "核对{party.creditor}行使权利的日期和方式与保证期间（见推理过程和期限表），以及主债务数额、已还款和利息的计算。",
    "Check when and how the {party.creditor} acted against the guarantee period (see the reasoning and the deadlines), and the amount owed, the payments and the interest.",
    G,
)
NS_G_JUDGED = note(
    "已有生效判决确定你的责任：按判决履行；认为判决确有错误的，可以咨询律师是否申请再审（申请再审不停止执行）。",
    "An effective judgment fixes your liability: comply; if you think it is wrong, ask a lawyer about applying for a retrial (which does not stay enforcement).",
    G,
    G_JUDGED,
)
# A first-instance judgment served on the guarantor, not yet in effect: the appeal decides.
APPEAL_OPEN = all_(DL["appeal_guarantor"]["when"], passed("appeal_guarantor", False))
APPEAL_LAPSED = passed_when("appeal_guarantor")
NS_G_APPEAL = note(
    "一审判决已经送达你：不服的，务必在{deadline.appeal_guarantor}或者之前向上一级人民法院提起上诉（通过原审法院递交上诉状；邮寄的，以交邮之日为准），并在上诉中提出“可以提出的抗辩”中列出的抗辩；逾期不上诉，一审判决即发生法律效力。注意：诉讼时效抗辩（包括主债务的诉讼时效届满）只有一审中已经提出的，二审才予以审理；一审没有提出的，二审不予支持，除非基于新的证据能够证明时效已经届满（诉讼时效规定第3条第1款）。保证期间是否届满不是诉讼时效抗辩，不受这一限制。",
    "A first-instance judgment has been served on you: if you disagree, appeal to the court above on or before {deadline.appeal_guarantor} (file the appeal through the trial court; by post, the day of posting counts), raising the defences listed under 'defences'; if you do not, the judgment takes effect. Note: a limitation defence (including the main debt's limitation) counts on appeal only if raised at first instance, unless new evidence shows the period had run (Limitation Provisions 3(1)). Whether the guarantee period ended is not a limitation defence and is not so limited.",
    G,
    APPEAL_OPEN,
)
NS_G_APPEAL_LAPSED = note(
    "一审判决的上诉期已于{deadline.appeal_guarantor}届满：没有上诉的，判决已经生效，请在案件经过中记录判决生效，按判决履行；认为判决确有错误的，可以咨询律师是否申请再审。",
    "The appeal period against the first-instance judgment ended on {deadline.appeal_guarantor}: without an appeal the judgment is in effect — record it in the history and comply; if you think it is wrong, ask a lawyer about a retrial.",
    G,
    APPEAL_LAPSED,
)
NS_G_BANKR = note(
    "{party.debtor}已进入破产程序：你尚未清偿的，可以以将来的求偿权向管理人申报债权（{party.creditor}已申报全部债权的除外）。",
    "The {party.debtor} is in bankruptcy: before paying you may file your future recourse claim with the administrator (unless the {party.creditor} filed the whole claim).",
    G,
    BANKR_EVENT,
)
NS_C_ENFORCE_G = note(
    "已有判决确定{party.guarantor}的责任：在申请执行的期间内（见期限表）申请强制执行。",
    "A judgment fixes the {party.guarantor}'s liability: apply for enforcement within the period (see the deadlines).",
    C,
    G_JUDGED,
)
NS_C_BANKR = note(
    "向管理人申报债权；同时可以起诉{party.guarantor}，在破产程序中未受清偿的部分仍可要求{party.guarantor}承担。债权只计息到法院受理破产申请之日。",
    "File your claim with the administrator; you may also sue the {party.guarantor}, who still answers for what the bankruptcy does not pay. Interest stops on the day the petition was accepted.",
    C,
    all_(BANKR_EVENT, not_(CLAIM_FILED)),
)
NS_C_ASSIGNED = note(
    "债权转让尚未通知{party.guarantor}的，书面通知{party.guarantor}并保存送达凭证。",
    "If the assignment has not been notified to the {party.guarantor}, notify him in writing and keep proof of delivery.",
    C,
    CH("assigned_unnotified"),
)
NS_C_CO = note(
    "对其他每个保证人，分别在其保证期间内依法行使权利：对{party.guarantor}行使权利，不能保住对{party.co_guarantor}的权利。",
    "Act against each other guarantor within his own period: acting against the {party.guarantor} keeps nothing against the {party.co_guarantor}.",
    C,
    ans("co_guarantors", "shares_agreed", "no_shares", "unknown"),
)


def liable_warnings(*extra: str) -> list[Json]:
    names = [
        "old_unclear_creditor",
        "old_unclear_creditor_late",
        "old_unclear_guarantor",
        "resolution_unknown",
        "resolution_unknown_no_amount",
        "listed_unknown",
        "old_company_practice",
        "old_credit_support",
        "joiner_is_guarantor",
        "co_unknown",
        "old_bankruptcy_interest",
        "old_bankruptcy_six_months",
        "main_defence_new",
        "main_defence_old",
        *extra,
    ]
    return [{"use": n} for n in names]


def liable_evidence() -> list[Json]:
    return [
        {"use": n}
        for n in (
            "evidence_contract",
            "evidence_loan",
            "evidence_demand",
            "evidence_suit",
            "evidence_notarised",
            "evidence_company",
            "evidence_judgments",
            "evidence_termination",
            "evidence_bankruptcy",
        )
    ]


MAIN_BARRED_VARIANTS = [
    variant(
        C,
        f"{{party.guarantor}}的保证责任没有因保证期间而消灭，但主债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断时效的记录）：{{party.guarantor}}可以主张{{party.debtor}}的时效抗辩而拒绝承担，{{party.debtor}}也可以拒绝。请立即核实是否曾向{{party.debtor}}催告、起诉，或者{{party.debtor}}曾书面确认、部分还款；有的，补充记录后再看结论。",
        f"The guarantee was not lost to the guarantee period, but the main debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): the {{party.guarantor}} may plead the {{party.debtor}}'s limitation defence and refuse, and so may the {{party.debtor}}. Check at once whether you ever demanded from or sued the {{party.debtor}}, or he confirmed the debt in writing or paid part; if so, record it and look again.",
        passed_when(name),
    )
    for name in MAIN_NAMES
] + [
    variant(
        G,
        f"主债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断时效的记录）：即使{{party.creditor}}在保证期间内要求了你，你也可以主张{{party.debtor}}的时效抗辩而拒绝承担；{{party.debtor}}放弃该抗辩的，你仍可以主张。但你知道或者应当知道时效届满仍提供保证或者承担了责任的，不能再以此抗辩{basis_zh}。请核实{{party.creditor}}是否曾向{{party.debtor}}催告、起诉。",
        f"The main debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): even if the {{party.creditor}} required you to perform in time, you may plead the {{party.debtor}}'s limitation defence and refuse, even if the {{party.debtor}} waived it — not if you guaranteed or paid knowing it had run out {basis_en}. Check whether the {{party.creditor}} ever demanded from or sued the {{party.debtor}}.",
        all_(law, passed_when(name)),
    )
    for name in MAIN_NAMES
    for law, basis_zh, basis_en in MAIN_DEF_BASIS
]


def gd_passed_variants(names: tuple[str, ...], creditor_zh: str, creditor_en: str) -> list[Json]:
    """The summary where the guarantee debt's own limitation has run out: with the main debt's
    too, then alone; for the creditor (``creditor_zh`` says how the guarantee was kept) and the
    guarantor."""
    out: list[Json] = []
    for gd in names:
        for main in MAIN_NAMES:
            out.append(
                variant(
                    C,
                    f"{creditor_zh}但保证债务的诉讼时效已于{{deadline.{gd}}}届满，主债务的诉讼时效也已于{{deadline.{main}}}届满（案件经过中没有在此之前中断时效的记录）：{{party.guarantor}}可以拒绝履行，除非他在届满后同意履行（例如在催款通知上签字确认、制定还款计划）；{{party.debtor}}也可以拒绝清偿。届满后的催告不能使时效重新计算。请立即核实届满前是否曾书面催告、起诉{{party.guarantor}}或者{{party.debtor}}，或者对方曾书面确认、部分还款；有的，补充记录后再看结论。",
                    f"{creditor_en} But the guarantee debt's limitation ran out on {{deadline.{gd}}}, and the main debt's on {{deadline.{main}}} (the history records no interruption before then): the {{party.guarantor}} may refuse unless he agreed to pay after that (e.g. signed a demand confirming it, or agreed a repayment plan), and the {{party.debtor}} may refuse too. A demand after expiry does not restart it. Check at once whether before then you demanded from or sued the {{party.guarantor}} or the {{party.debtor}}, or either confirmed the debt or paid part; if so, record it and look again.",
                    all_(passed_when(gd), passed_when(main)),
                )
            )
        out.append(
            variant(
                C,
                f"{creditor_zh}但保证债务的诉讼时效已于{{deadline.{gd}}}届满（案件经过中没有在此之前中断时效的记录）：{{party.guarantor}}可以拒绝履行，除非他在届满后同意履行（例如在催款通知上签字确认、制定还款计划）。届满后的催告不能使时效重新计算。请立即核实届满前是否曾书面催告或者起诉{{party.guarantor}}，或者他曾书面确认、部分还款；有的，补充记录后再看结论。{{party.debtor}}仍应清偿（主债务的诉讼时效见期限表）。",
                f"{creditor_en} But the guarantee debt's limitation ran out on {{deadline.{gd}}} (the history records no interruption before then): the {{party.guarantor}} may refuse unless he agreed to pay after that (e.g. signed a demand confirming it, or agreed a repayment plan). A demand after expiry does not restart it. Check at once whether before then you demanded from or sued him, or he confirmed the debt or paid part; if so, record it and look again. The {{party.debtor}} still owes the debt (for its limitation see the deadlines).",
                passed_when(gd),
            )
        )
        out.append(
            variant(
                G,
                f"保证债务的诉讼时效已于{{deadline.{gd}}}届满（案件经过中没有在此之前中断时效的记录）：你可以提出不履行的抗辩，拒绝承担保证责任；但届满后你又同意履行（例如在催款通知上签字确认、制定还款计划）的，不能再以此抗辩，已经自愿履行的也不能要回。请核实{{party.creditor}}在届满前是否书面催告或者起诉过你。",
                f"The guarantee debt's limitation ran out on {{deadline.{gd}}} (the history records no interruption before then): you may refuse to pay under the guarantee — not if you agreed to pay after that (e.g. signed a demand confirming it, or agreed a repayment plan), and what you paid of your own accord you cannot take back. Check whether the {{party.creditor}} demanded in writing from, or sued, you before then.",
                passed_when(gd),
            )
        )
    return out


CONTESTED_ZH = "你的主要抗辩是保证期间：保证合同签署于2021年以前，保证期间约定不明确，主债务在2021年以后才到期，保证期间是二年还是六个月存在争议。本报告按二年计算（至{deadline.gp_2y}），{party.creditor}于{date.act_date}要求你，在期间内；按六个月计算，保证期间已于{deadline.gp_6m}届满，{party.creditor}此后才要求你，你不再承担保证责任。"
CONTESTED_EN = "Your main defence is the guarantee period: the guarantee was signed before 2021 with an unclear period and a main debt due after 1 Jan 2021, and whether the period is two years or six months is contested. This report counts two years (to {deadline.gp_2y}), within which the {party.creditor} required you to perform on {date.act_date}; counted at six months the period ended on {deadline.gp_6m}, before the {party.creditor} acted, and you would be released."
CONTESTED_GEN = [
    variant(
        G,
        "你的主要抗辩是保证期间：保证合同签署于2021年以前，保证期间约定不明确，主债务在2021年以后才到期，保证期间是二年还是六个月存在争议。按六个月计算，保证期间已于{deadline.gp_6m}届满，{party.creditor}于{date.act_date}才对{party.debtor}提起诉讼（或者仲裁），你不再承担保证责任；按二年计算（本报告的计算，至{deadline.gp_2y}），{party.creditor}在期间内起诉了{party.debtor}，你须承担一般保证责任（见认定），并可以提出其他抗辩。",
        "Your main defence is the guarantee period: the guarantee was signed before 2021 with an unclear period and a main debt due after 1 Jan 2021, and whether the period is two years or six months is contested. Counted at six months it ended on {deadline.gp_6m}, before the {party.creditor} sued (or arbitrated against) the {party.debtor} on {date.act_date}, and you are released; counted at two years (as this report does, to {deadline.gp_2y}) the {party.creditor} acted in time and you answer as a general guarantor (see the findings), with your other defences.",
        all_(CONTESTED6, not_(G_JUDGED)),
    ),
    variant(
        C,
        "你于{date.act_date}对{party.debtor}提起诉讼（或者仲裁）。保证合同签署于2021年以前，保证期间约定不明确，主债务在2021年以后才到期，保证期间是二年还是六个月存在争议：按二年计算（本报告的计算，至{deadline.gp_2y}），你在期间内行使了权利，{party.guarantor}须承担一般保证责任（见认定和下一步）；按六个月计算，保证期间已于{deadline.gp_6m}届满，{party.guarantor}可能以此主张不再承担保证责任。",
        "You sued (or arbitrated against) the {party.debtor} on {date.act_date}. The guarantee was signed before 2021 with an unclear period and a main debt due after 1 Jan 2021, and whether the period is two years or six months is contested: counted at two years (as this report does, to {deadline.gp_2y}) you acted in time and the {party.guarantor} answers as a general guarantor (see the findings and next steps); counted at six months it ended on {deadline.gp_6m}, and the {party.guarantor} may argue he is released.",
        all_(CONTESTED6, not_(G_JUDGED)),
    ),
]
DEF_CONTESTED_GEN = note(
    "保证期间只有六个月：你可以主张保证期间自主债务到期之日起六个月，已于{deadline.gp_6m}届满，{party.creditor}于{date.act_date}才对{party.debtor}提起诉讼（或者仲裁），你不再承担保证责任（2021年以前签署、约定不明确而主债务在2021年以后到期的，二年还是六个月存在争议）。",
    "The period is only six months: you may argue it ran six months from the due date and ended on {deadline.gp_6m}, before the {party.creditor} sued (or arbitrated against) the {party.debtor} on {date.act_date}, so you are released (two years or six months is contested for a pre-2021 guarantee with an unclear period and a main debt due after 2021).",
    G,
    CONTESTED6,
)
APPEAL_ZH = "一审判决已经送达你，上诉期至{deadline.appeal_guarantor}届满：不服的，务必在此之前向上一级人民法院提起上诉，否则一审判决发生法律效力。"
APPEAL_EN = "A first-instance judgment has been served on you and the appeal period ends on {deadline.appeal_guarantor}: if you disagree, appeal to the court above by then, or the judgment takes effect."


def out_joint() -> Json:
    kept_c = (
        "你已于{date.act_date}在保证期间内要求{party.guarantor}承担保证责任，保证责任没有因保证期间而消灭；",
        "You required the {party.guarantor} to perform on {date.act_date}, within the guarantee period, so the guarantee was not lost to it.",
    )
    gd_live = any_(*(not_passed_when(n) for n in GD_JOINT_NAMES))
    gd_passed = any_(*(passed_when(n) for n in GD_JOINT_NAMES))
    main_live = any_(*(not_passed_when(n) for n in MAIN_NAMES))
    return outcome(
        "out_joint",
        "G-A",
        t(
            "连带责任保证：保证人与债务人承担连带责任，但可以提出抗辩（见结论）",
            "Joint and several guarantee: the guarantor answers jointly with the debtor, subject to his defences (see the conclusion)",
        ),
        [
            # The guarantor: an appeal to bring, the contested period, limitations run out.
            variant(
                G,
                APPEAL_ZH + CONTESTED_ZH,
                APPEAL_EN + " " + CONTESTED_EN,
                all_(APPEAL_OPEN, CONTESTED6),
            ),
            variant(
                G,
                APPEAL_ZH
                + "{party.creditor}已于{date.act_date}在保证期间内要求你承担保证责任；上诉中可以提出{party.debtor}对{party.creditor}的抗辩和诉讼时效抗辩（见“可以提出的抗辩”）；诉讼时效抗辩（包括主债务的诉讼时效届满）一审中没有提出的，二审不予支持，除非有新的证据证明时效已经届满。",
                APPEAL_EN
                + " The {party.creditor} required you to perform on {date.act_date}, within the guarantee period; on appeal you may raise the {party.debtor}'s defences and limitation defences (see the defences); a limitation defence (including the main debt's) not raised at first instance fails on appeal unless new evidence shows the period had run.",
                APPEAL_OPEN,
            ),
            variant(
                G,
                CONTESTED_ZH
                + "{party.creditor}起诉你的，在答辩中提出；此外还可以提出{party.debtor}对{party.creditor}的抗辩和诉讼时效抗辩（见“可以提出的抗辩”）。",
                CONTESTED_EN
                + " Raise it in your defence if sued, together with the {party.debtor}'s defences and limitation (see the defences).",
                all_(CONTESTED6, not_(G_JUDGED)),
            ),
            variant(
                G,
                "{party.creditor}已于{date.act_date}在保证期间内要求你承担保证责任，保证期间不能使你免责。你的主要抗辩是担保对公司不发生效力：公司对外担保须经董事会或者股东会决议，{party.creditor}须证明签约时审查了决议；不能证明的，公司不承担保证责任，最多按过错赔偿，不超过{party.debtor}不能清偿部分的二分之一（{party.debtor}完全不能清偿的，最多{amount.half_debt}）。能证明的，公司须在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任，仍可以提出“可以提出的抗辩”中的其他抗辩。",
                "The {party.creditor} required you to perform on {date.act_date}, within the guarantee period, so the period does not release you. Your main defence is that the guarantee does not bind the company: a company guarantee needs a board or shareholders' resolution, and the {party.creditor} must show it checked one when signing; if it cannot, the company owes no guarantee, at most fault-based compensation of half of what the {party.debtor} cannot pay (at most {amount.half_debt} if the {party.debtor} can pay nothing). If it can, the company answers jointly with the {party.debtor} for the {amount.debt_amount} owed, within the guarantee's scope, and may still raise the other defences listed.",
                all_(unknown("company_resolution"), not_(G_JUDGED)),
            ),
            *gd_passed_variants(GD_JOINT_NAMES, *kept_c),
            *MAIN_BARRED_VARIANTS,
            variant(
                C,
                "你于{date.act_date}要求{party.guarantor}承担保证责任。保证合同签署于2021年以前，保证期间约定不明确，主债务在2021年以后才到期，保证期间是二年还是六个月存在争议：按二年计算（本报告的计算，至{deadline.gp_2y}），你在期间内要求了{party.guarantor}，他应当在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任；按六个月计算，保证期间已于{deadline.gp_6m}届满，{party.guarantor}可能以此主张不再承担保证责任。保证债务的诉讼时效见期限表。",
                "You required the {party.guarantor} to perform on {date.act_date}. The guarantee was signed before 2021 with an unclear period and a main debt due after 1 Jan 2021, and whether the period is two years or six months is contested: counted at two years (as this report does, to {deadline.gp_2y}) you acted in time and he answers jointly with the {party.debtor} for the {amount.debt_amount} owed, within the guarantee's scope; counted at six months it ended on {deadline.gp_6m}, and he may argue he is released. For the guarantee debt's limitation see the deadlines.",
                all_(CONTESTED6, not_(G_IN_COURT)),
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内要求{party.guarantor}承担保证责任，并已取得确定其责任的生效判决：{party.guarantor}应当与{party.debtor}对债务承担连带责任。请在申请执行的期间内（见期限表）申请强制执行。",
                "You required the {party.guarantor} to perform on {date.act_date}, within the guarantee period, and a judgment now fixes his liability: he answers jointly with the {party.debtor}. Apply for enforcement within the period (see the deadlines).",
                G_JUDGED,
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内要求{party.guarantor}承担保证责任，并已起诉{party.guarantor}：{party.guarantor}应当在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任。诉讼进行中，诉讼时效不会届满。",
                "You required the {party.guarantor} to perform on {date.act_date}, within the guarantee period, and have sued him: he answers jointly with the {party.debtor} for the {amount.debt_amount} still owed, within the guarantee's scope. While the suit is pending limitation cannot run out.",
                G_SUED,
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内要求{party.guarantor}承担保证责任，保证责任已经保住：{party.guarantor}应当在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任，你可以直接要求{party.guarantor}清偿，不必先找{party.debtor}。保证债务的诉讼时效自该日起算（届满日和稳妥的行事日期见期限表），请在届满前起诉{party.guarantor}，或者再次书面催告并保存送达凭证以中断时效。",
                "You required the {party.guarantor} to perform on {date.act_date}, within the guarantee period, so the guarantee is kept: he answers jointly with the {party.debtor} for the {amount.debt_amount} still owed, within the guarantee's scope, and you may go to him directly. The guarantee debt's limitation runs from that day (see the deadlines for its end and the safe day to act): sue the {party.guarantor} before it ends, or demand again in writing and keep proof of delivery to interrupt it.",
            ),
            variant(
                G,
                "{party.creditor}已于{date.act_date}在保证期间内要求你承担保证责任，并已取得确定你的责任的生效判决。请按判决履行；承担后可以向{party.debtor}追偿。",
                "The {party.creditor} required you to perform on {date.act_date}, within the guarantee period, and an effective judgment now fixes your liability. Comply; after paying you may recover from the {party.debtor}.",
                G_JUDGED,
            ),
            variant(
                G,
                "{party.creditor}已于{date.act_date}在保证期间内要求你承担保证责任，你不能以保证期间届满为由免责。{party.creditor}可以要求你在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任，不必先找{party.debtor}。你可以提出{party.debtor}对{party.creditor}的抗辩（包括主债务的诉讼时效届满）和保证债务的诉讼时效抗辩（见“可以提出的抗辩”）；承担后可以向{party.debtor}追偿。",
                "The {party.creditor} required you to perform on {date.act_date}, within the guarantee period: the period's end does not release you. The {party.creditor} may ask you to pay the {amount.debt_amount} still owed, jointly with the {party.debtor} and within the guarantee's scope, without going to the {party.debtor} first. You may raise the {party.debtor}'s defences (including the main debt's limitation) and the guarantee debt's own limitation (see the defences); after paying you may recover from the {party.debtor}.",
            ),
        ],
        joint_findings(
            t("连带责任保证", "joint and several guarantee"),
            JOINT_ORDER,
            [
                cite(CC, 693, 2, when=NEW),
                cite(CC, 694, 2, when=NEW),
                cite(GL, 26, 2, when=OLD),
                cite(GLI, 34, 2, when=OLD),
                cite(GI, 31, 2, when=all_(NEW, ans("joint_action", "sued_served"))),
            ],
        ),
        deadlines=[*GP_USES, *GD_JOINT, *MAIN_USES, *COURT_USES],
        defences=[
            note(
                "保证期间只有六个月：你可以主张保证期间自主债务到期之日起六个月，已于{deadline.gp_6m}届满，{party.creditor}于{date.act_date}才要求你，你不再承担保证责任（2021年以前签署、约定不明确而主债务在2021年以后到期的，二年还是六个月存在争议）。",
                "The period is only six months: you may argue it ran six months from the due date and ended on {deadline.gp_6m}, before the {party.creditor} acted on {date.act_date}, so you are released (two years or six months is contested for a pre-2021 guarantee with an unclear period and a main debt due after 2021).",
                G,
                CONTESTED6,
            ),
            *defences_liable(),
        ],
        recourse=RECOURSE_GUAR,
        warnings=[
            *liable_warnings("main_limitation_creditor", "suit_not_recorded"),
            warn(
                "caution",
                "诉讼时效届满后，义务人可以提出不履行的抗辩；但届满后义务人同意履行（书面确认、在催款通知上签字、还款计划、部分还款）的，不得再以时效届满为由抗辩，已经自愿履行的，不得请求返还。",
                "Once limitation has run out the obligor may refuse to perform; but if he agrees to perform afterwards (a written confirmation, signing a demand, a repayment plan, a part payment) he can no longer plead it, and what he paid of his own accord he cannot take back.",
                "any",
                any_(gd_passed, MAIN_PASSED),
                [
                    cite(CC, 192, when=date_from("act_date", "2018-01-01")),
                    cite(LP, 19, when=date_from("act_date", "2018-01-01")),
                ],
            ),
        ],
        next_steps=[
            NS_C_ENFORCE_G,
            note(
                "推进对{party.guarantor}的诉讼；判决生效后，在申请执行的期间内申请强制执行。",
                "Pursue the suit against the {party.guarantor}; once the judgment takes effect, apply for enforcement within the period.",
                C,
                all_(G_SUED, not_(G_JUDGED)),
            ),
            note(
                "在保证债务的诉讼时效届满前（见期限表）起诉{party.guarantor}（可以与{party.debtor}一并起诉），或者再次书面催告{party.guarantor}并保存送达凭证，以中断时效。",
                "Before the guarantee debt's limitation ends (see the deadlines), sue the {party.guarantor} (together with the {party.debtor} if you like), or demand again in writing and keep proof of delivery to interrupt it.",
                C,
                all_(gd_live, not_(G_IN_COURT)),
            ),
            note(
                "保证债务的诉讼时效已经届满，此后的催告不能使它重新计算：可以请{party.guarantor}书面确认债务或者同意履行（届满后同意履行的，不得再以时效抗辩）；同时立即核实届满前是否有催告、起诉或者{party.guarantor}书面确认、还款的凭证，有的补充记录。",
                "The guarantee debt's limitation has run out and a demand will not restart it: ask the {party.guarantor} to confirm the debt in writing or agree to pay (agreeing after expiry bars the plea); and check at once for any demand, suit, written confirmation or payment before it ran out — if there is one, record it.",
                C,
                all_(gd_passed, not_(G_IN_COURT)),
            ),
            note(
                "同时留意主债务的诉讼时效（见期限表）：在届满前对{party.debtor}催告或者起诉，保存凭证。",
                "Mind the main debt's limitation too (see the deadlines): demand from, or sue, the {party.debtor} before it ends, and keep proof.",
                C,
                all_(main_live, NOT_CEIL, not_(any_(D_JUDGED, D_SUED))),
            ),
            note(
                "保证人可能主张保证期间只有六个月（已于{deadline.gp_6m}届满）：准备好保证合同原件和主张二年的理由（签署于2021年以前、约定不明确），必要时请律师评估。",
                "The guarantor may argue the period was only six months (ended {deadline.gp_6m}): keep the original guarantee and the grounds for two years (signed before 2021, unclear terms) ready, and take a lawyer's view if needed.",
                C,
                CONTESTED6,
            ),
            NS_C_BANKR,
            NS_C_ASSIGNED,
            NS_C_CO,
            NS_G_APPEAL,
            NS_G_APPEAL_LAPSED,
            NS_G_CHECK,
            NS_G_RESOLUTION,
            NS_G_JUDGED,
            NS_G_BANKR,
        ],
        evidence=liable_evidence(),
        citations=MECHANICS_JOINT,
    )


def fam_variants(
    sides: list[str], zh: str, en: str, extra: Json | None = None, as_note: bool = False
) -> list[Json]:
    """One text per guarantee-period family (a summary variant, or a list entry with
    ``as_note``); ``{END}`` stands for the period's last day."""
    if as_note:

        def make(s: list[str], z: str, e: str, w: Json) -> Json:
            return note(z, e, s, w)
    else:

        def make(s: list[str], z: str, e: str, w: Json) -> Json:
            return variant(s, z, e, w)

    out = []
    for fam, cond in FAM.items():
        end = f"{{deadline.{fam}}}"
        out.append(
            make(sides, zh.replace("{END}", end), en.replace("{END}", end), all_(cond, extra))
        )
    end = "{date.agreed_end_n}"
    out.append(
        make(sides, zh.replace("{END}", end), en.replace("{END}", end), all_(per("other"), extra))
    )
    return out


def out_joint_running() -> Json:
    return outcome(
        "out_joint_running",
        "G-A2",
        t(
            "连带责任保证：保证期间尚未届满，须在期间内要求保证人承担",
            "Joint and several guarantee: the period is still running; the guarantor must be required to perform within it",
        ),
        [
            *MAIN_BARRED_VARIANTS,
            *fam_variants(
                C,
                "保证期间到{END}才届满。你在此之前书面要求{party.guarantor}承担保证责任（以到达{party.guarantor}为准，保存送达凭证），{party.guarantor}就应当在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任；到期仍没有要求的，{party.guarantor}不再承担保证责任。只向{party.debtor}催讨或者只起诉{party.debtor}，不能保住对{party.guarantor}的权利。",
                "The guarantee period runs until {END}. Require the {party.guarantor} in writing to perform before then (it counts when it arrives; keep proof of delivery) and he answers jointly with the {party.debtor} for the {amount.debt_amount} still owed, within the guarantee's scope; if you do not, he is released. Going only after the {party.debtor} does not keep the right against him.",
            ),
            *fam_variants(
                G,
                "保证期间到{END}才届满。{party.creditor}在此之前要求你承担保证责任的，你须在保证范围内与{party.debtor}对尚欠的{amount.debt_amount}承担连带责任；到期仍没有要求你的，你不再承担保证责任。{party.creditor}只向{party.debtor}催讨或者起诉{party.debtor}，不影响这一点。",
                "The guarantee period runs until {END}. If the {party.creditor} requires you to perform before then, you answer jointly with the {party.debtor} for the {amount.debt_amount} still owed, within the guarantee's scope; if not, you are released. Going only after the {party.debtor} does not change that.",
            ),
        ],
        joint_findings(
            t(
                "连带责任保证，须在保证期间内请求保证人",
                "joint and several guarantee, if required within the guarantee period",
            ),
            t(
                "{party.creditor}须在保证期间届满前要求{party.guarantor}承担保证责任",
                "The {party.creditor} must require the {party.guarantor} to perform before the guarantee period ends",
            ),
            [cite(CC, 693, 2, when=NEW), cite(GL, 26, 2, when=OLD)],
        ),
        deadlines=[*GP_USES, *MAIN_USES, *COURT_USES],
        defences=[
            note(
                "保证期间届满前没有收到{party.creditor}要求你承担保证责任的通知或者起诉状的，期间届满后你不再承担保证责任；之后收到的要求，不能恢复保证责任。",
                "If no demand or statement of claim reaches you before the period ends, you are released, and a later demand cannot revive the guarantee.",
                G,
            ),
            *def_main(),
            *DEF_RESOLUTION,
            DEF_DEBTOR,
            DEF_SCOPE,
            DEF_ASSIGNED,
            DEF_BANKR_SILENT,
        ],
        recourse=RECOURSE_GUAR,
        warnings=liable_warnings("main_limitation_creditor", "action_unknown_running"),
        next_steps=[
            *fam_variants(
                C,
                "在{END}前书面要求{party.guarantor}承担保证责任（EMS寄送并保存回执，或者起诉{party.guarantor}并确保起诉状副本送达）。",
                "Before {END}, require the {party.guarantor} in writing to perform (EMS with a receipt, or sue him and make sure the statement of claim is served).",
                as_note=True,
            ),
            NS_C_BANKR,
            NS_C_ASSIGNED,
            NS_C_CO,
            NS_G_CHECK,
            NS_G_RESOLUTION,
            NS_G_BANKR,
        ],
        evidence=liable_evidence(),
        citations=MECHANICS_JOINT,
    )


GENERAL_ORDER = t(
    "先诉：先就主合同纠纷审判或者仲裁，并就{party.debtor}的财产依法强制执行；{party.guarantor}只对仍不能履行的部分承担",
    "Debtor first: the main dispute is tried or arbitrated and the {party.debtor}'s assets are enforced against; the {party.guarantor} answers only for what remains unpaid",
)
GENERAL_SCOPE = t(
    "{party.debtor}的财产依法强制执行后仍不能履行的部分，以尚欠的{amount.debt_amount}和保证范围为限",
    "what remains unpaid after enforcement against the {party.debtor}'s assets, within the {amount.debt_amount} still owed and the guarantee's scope",
)


def general_basis(extra: list[Json]) -> list[Json]:
    return [
        *type_basis(False),
        cite(CC, 687, 2, when=NEW),
        cite(GL, 17, 2, when=OLD),
        *extra,
        *SCOPE_BASIS,
    ]


def out_general() -> Json:
    acted_basis = [
        cite(CC, 693, 1, when=NEW),
        cite(CC, 694, 1, when=NEW),
        cite(GI, 26, when=NEW),
        cite(GI, 27, when=all_(NEW, ans("general_action", "notarised"))),
        cite(GL, 25, 2, when=OLD),
        cite(GLI, 34, 1, when=OLD),
    ]
    return outcome(
        "out_general",
        "G-B",
        t(
            "一般保证：保证人对执行债务人后仍不能清偿的部分承担，目前仍可要求先执行债务人",
            "General guarantee: the guarantor answers for what enforcement against the debtor leaves unpaid, and may still insist on the debtor first",
        ),
        [
            *CONTESTED_GEN,
            variant(
                C,
                "你已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁、申请执行），保证责任已经保住。这是一般保证：{party.guarantor}只对{party.debtor}的财产依法强制执行后仍不能履行的部分承担保证责任。对{party.debtor}的判决已经生效：请在申请执行的期间内（见期限表）申请强制执行；执行终结（终结本次执行程序）而仍未受偿的，{party.guarantor}的先诉抗辩权即告消灭，届时可以要求其承担。",
                "You sued (or arbitrated against, or applied to enforce against) the {party.debtor} on {date.act_date}, within the guarantee period, so the guarantee is kept. It is a general guarantee: the {party.guarantor} answers only for what enforcement against the {party.debtor} leaves unpaid. The judgment against the {party.debtor} is in effect: apply for enforcement within the period (see the deadlines); once enforcement ends without full payment, the {party.guarantor} can no longer insist on the debtor first and can be asked to pay.",
                all_(NEW, D_JUDGED),
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁），保证责任已经保住。这是一般保证：{party.guarantor}只对{party.debtor}的财产依法强制执行后仍不能履行的部分承担保证责任；保证合同的诉讼时效自对{party.debtor}的判决（或者仲裁裁决）生效之日起算（见期限表）。请尽快对{party.debtor}申请强制执行；保证合同的诉讼时效尚未届满的，在届满前起诉{party.guarantor}或者书面催告以中断时效。",
                "You sued (or arbitrated against) the {party.debtor} on {date.act_date}, within the guarantee period, so the guarantee is kept. It is a general guarantee: the {party.guarantor} answers only for what enforcement against the {party.debtor} leaves unpaid; the guarantee's limitation runs from the day the judgment (or award) against the {party.debtor} took effect (see the deadlines). Enforce against the {party.debtor} quickly, and sue the {party.guarantor}, or demand in writing, before that limitation ends.",
                all_(OLD, D_JUDGED),
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁、申请执行），保证责任已经保住。这是一般保证：{party.guarantor}只对{party.debtor}的财产依法强制执行后仍不能履行的部分承担保证责任。请推进对{party.debtor}的诉讼并申请强制执行；也可以一并起诉{party.debtor}和{party.guarantor}，判决会写明{party.guarantor}只对执行不能的部分承担。保证债务的诉讼时效在对{party.debtor}的执行以终结执行的裁定结束（自裁定送达你之日起），或者法院收到执行申请满一年后，才开始计算。",
                "You sued (or arbitrated against, or applied to enforce against) the {party.debtor} on {date.act_date}, within the guarantee period, so the guarantee is kept. It is a general guarantee: the {party.guarantor} answers only for what enforcement against the {party.debtor} leaves unpaid. Pursue the case and enforce; you may also sue the {party.debtor} and the {party.guarantor} together, and the judgment will limit the {party.guarantor} to what enforcement cannot recover. The guarantee debt's limitation starts only when enforcement ends with a ruling (from its service on you), or a year after the court received the enforcement application.",
                NEW,
            ),
            variant(
                C,
                "你已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁、申请执行），保证责任已经保住。这是一般保证：{party.guarantor}只对{party.debtor}的财产依法强制执行后仍不能履行的部分承担保证责任。请推进对{party.debtor}的诉讼并申请强制执行；也可以一并起诉{party.debtor}和{party.guarantor}，判决会写明{party.guarantor}只对执行不能的部分承担。保证合同的诉讼时效自对{party.debtor}的判决（或者仲裁裁决）生效之日起计算。",
                "You sued (or arbitrated against, or applied to enforce against) the {party.debtor} on {date.act_date}, within the guarantee period, so the guarantee is kept. It is a general guarantee: the {party.guarantor} answers only for what enforcement against the {party.debtor} leaves unpaid. Pursue the case and enforce; you may also sue the {party.debtor} and the {party.guarantor} together, and the judgment will limit the {party.guarantor} to what enforcement cannot recover. The guarantee's limitation runs from the day the judgment (or award) against the {party.debtor} takes effect.",
            ),
            variant(
                G,
                "{party.creditor}已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁），你不能以保证期间届满为由免责。但这是一般保证：在主合同纠纷经审判或者仲裁、并就{party.debtor}的财产依法强制执行仍不能履行之前，你可以拒绝承担保证责任（先诉抗辩权）。{party.creditor}只起诉你的，可以要求驳回起诉；一并起诉的，判决应当写明你只对执行不能的部分承担。",
                "The {party.creditor} sued (or arbitrated against) the {party.debtor} on {date.act_date}, within the guarantee period: the period's end does not release you. But it is a general guarantee: until the dispute is tried or arbitrated and enforcement against the {party.debtor} has failed, you may refuse to pay. If you alone are sued, ask for the suit to be dismissed; if sued together with the {party.debtor}, the judgment must limit you to what enforcement cannot recover.",
                NEW,
            ),
            variant(
                G,
                "{party.creditor}已于{date.act_date}在保证期间内对{party.debtor}提起诉讼（或者仲裁），你不能以保证期间届满为由免责。但这是一般保证：在主合同纠纷经审判或者仲裁、并就{party.debtor}的财产依法强制执行仍不能履行之前，你可以拒绝承担保证责任（先诉抗辩权）。",
                "The {party.creditor} sued (or arbitrated against) the {party.debtor} on {date.act_date}, within the guarantee period: the period's end does not release you. But it is a general guarantee: until the dispute is tried or arbitrated and enforcement against the {party.debtor} has failed, you may refuse to pay.",
            ),
        ],
        [
            finding(
                "一般保证责任",
                GUARANTOR,
                CREDITOR,
                GENERAL_SCOPE,
                GENERAL_ORDER,
                general_basis(acted_basis),
                t(
                    "一般保证，享有先诉抗辩权",
                    "general guarantee, with the right to have the debtor pursued first",
                ),
            )
        ],
        deadlines=[*GP_USES, *GD_OLD_GENERAL, {"use": "enf_debtor"}, *COURT_USES],
        defences=[
            DEF_CONTESTED_GEN,
            note(
                "主张先诉抗辩权：在对{party.debtor}的财产依法强制执行仍不能履行之前，拒绝承担保证责任。",
                "Invoke the right to have the debtor pursued first: refuse until enforcement against the {party.debtor}'s assets has failed.",
                G,
            ),
            note(
                "{party.creditor}没有起诉{party.debtor}而只起诉你的，要求法院驳回起诉。",
                "If the {party.creditor} sues only you, without suing the {party.debtor}, ask the court to dismiss the suit.",
                G,
                NEW,
            ),
            *def_gd(("gd_gen_old", "gd_gen_old_2y")),
            *DEF_RESOLUTION,
            DEF_DEBTOR,
            DEF_SCOPE,
            DEF_ASSIGNED,
            DEF_CO_29,
        ],
        recourse=RECOURSE_GUAR,
        warnings=liable_warnings(
            "old_general_interruption",
            "old_general_judgment_after_2021",
            "old_no_cannot_pay",
            "exception_unknown",
        ),
        next_steps=[
            note(
                "对{party.debtor}的判决生效后，在申请执行的期间内申请强制执行；执行终结而未全部受偿的，保存终结本次执行程序裁定及其送达回证，再要求{party.guarantor}承担。",
                "Once the judgment against the {party.debtor} takes effect, apply for enforcement within the period; if enforcement ends short, keep the ruling ending it and its proof of service, then turn to the {party.guarantor}.",
                C,
                not_(event("enforcement_applied", "debtor")),
            ),
            note(
                "执行已经申请：督促执行；法院收到执行申请满一年仍未作出终结执行的裁定的，保证债务的诉讼时效自满一年之日起算。",
                "Enforcement is under way: press it; if a year passes from the court's receipt of the application without a ruling ending it, the guarantee debt's limitation starts then.",
                C,
                all_(NEW, event("enforcement_applied", "debtor")),
            ),
            note(
                "保证债务的诉讼时效已经开始计算（自判决生效之日起）：在届满前起诉{party.guarantor}或者书面催告。",
                "The guarantee's limitation is running (from the judgment): sue the {party.guarantor} or demand in writing before it ends.",
                C,
                all_(OLD, D_JUDGED, not_(G_IN_COURT)),
            ),
            NS_C_ENFORCE_G,
            NS_C_ASSIGNED,
            NS_C_CO,
            NS_G_CHECK,
            NS_G_RESOLUTION,
            note(
                "{party.creditor}要求你承担时，核对对{party.debtor}的执行是否已经终结；尚未终结的，主张先诉抗辩权。",
                "When the {party.creditor} asks you to pay, check whether enforcement against the {party.debtor} has ended; if not, invoke your right.",
                G,
            ),
            note(
                "你知道{party.debtor}有可供执行的财产的，书面告知{party.creditor}财产的真实情况并保存凭证：{party.creditor}放弃或者怠于执行的，你在该财产价值范围内不再承担。",
                "If you know of assets of the {party.debtor}, tell the {party.creditor} in writing and keep proof: if it then gives them up or neglects them, you are released up to their value.",
                G,
            ),
            NS_G_JUDGED,
        ],
        evidence=liable_evidence(),
    )


def out_general_running() -> Json:
    return outcome(
        "out_general_running",
        "G-B2",
        t(
            "一般保证：保证期间尚未届满，须在期间内起诉债务人",
            "General guarantee: the period is still running; the debtor must be sued within it",
        ),
        [
            variant(
                C,
                "你回答还没有对{party.debtor}提起诉讼或者申请仲裁，但案件经过中记录了对{party.debtor}的生效判决：请核实起诉（或者仲裁）的日期。这是一般保证，只有在保证期间（见期限表）内对{party.debtor}起诉或者仲裁，{party.guarantor}才承担保证责任，而且只对执行不能的部分承担。",
                "You said the {party.debtor} has not been sued, but the history records a judgment against him: check when the suit (or arbitration) began. It is a general guarantee: the {party.guarantor} answers only if the {party.debtor} was sued or taken to arbitration within the guarantee period (see the deadlines), and only for what enforcement cannot recover.",
                D_JUDGED,
            ),
            variant(
                G,
                "你回答{party.creditor}还没有对{party.debtor}提起诉讼或者申请仲裁，但案件经过中记录了对{party.debtor}的生效判决：请核实起诉（或者仲裁）的日期。这是一般保证：{party.creditor}在保证期间（见期限表）内对{party.debtor}起诉或者仲裁的，你须承担一般保证责任（享有先诉抗辩权）；否则你不再承担保证责任。",
                "You said the {party.debtor} has not been sued, but the history records a judgment against him: check when the suit (or arbitration) began. It is a general guarantee: if the {party.creditor} sued or arbitrated against the {party.debtor} within the guarantee period (see the deadlines), you answer as a general guarantor (and may insist on the debtor first); otherwise you are released.",
                D_JUDGED,
            ),
            *fam_variants(
                C,
                "这是一般保证，保证期间到{END}才届满。请在此之前对{party.debtor}提起诉讼或者申请仲裁（只向{party.debtor}或者{party.guarantor}催告都不够），否则{party.guarantor}不再承担保证责任。起诉后，{party.guarantor}只对{party.debtor}的财产依法强制执行后仍不能履行的部分承担保证责任。",
                "It is a general guarantee and the period runs until {END}. Sue or arbitrate against the {party.debtor} before then (demands on the {party.debtor} or the {party.guarantor} are not enough), or the {party.guarantor} is released. After that he answers only for what enforcement against the {party.debtor} leaves unpaid.",
            ),
            *fam_variants(
                G,
                "这是一般保证，保证期间到{END}才届满。{party.creditor}在此之前对{party.debtor}提起诉讼或者申请仲裁的，你仍须承担一般保证责任（享有先诉抗辩权）；到期仍没有起诉或者仲裁的，你不再承担保证责任。{party.creditor}只向你催告，不能保住对你的权利。",
                "It is a general guarantee and the period runs until {END}. If the {party.creditor} sues or arbitrates against the {party.debtor} before then, you remain a general guarantor (with the right to have the debtor pursued first); if not, you are released. Demands on you alone keep nothing.",
            ),
        ],
        [
            finding(
                "一般保证责任",
                GUARANTOR,
                CREDITOR,
                GENERAL_SCOPE,
                GENERAL_ORDER,
                general_basis([cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)]),
                t(
                    "一般保证，须在保证期间内起诉或者仲裁债务人",
                    "general guarantee, if the debtor is sued or taken to arbitration within the period",
                ),
            )
        ],
        deadlines=[*GP_USES, *MAIN_USES],
        defences=[
            note(
                "保证期间届满前{party.creditor}没有对{party.debtor}起诉或者申请仲裁的，你不再承担保证责任；只向你催告不算。",
                "If the {party.creditor} does not sue or arbitrate against the {party.debtor} before the period ends, you are released; demands on you do not count.",
                G,
            ),
            note(
                "即使{party.creditor}及时起诉了{party.debtor}，在对{party.debtor}强制执行仍不能清偿之前，你也可以拒绝承担（先诉抗辩权）。",
                "Even if the {party.creditor} sues the {party.debtor} in time, you may refuse until enforcement against him fails.",
                G,
            ),
            *def_main(),
            *DEF_RESOLUTION,
            DEF_DEBTOR,
            DEF_ASSIGNED,
        ],
        recourse=RECOURSE_GUAR,
        warnings=liable_warnings("action_unknown_running", "bankruptcy_running"),
        next_steps=[
            *fam_variants(
                C,
                "在{END}前对{party.debtor}提起诉讼或者申请仲裁（持有赋予强制执行效力的公证债权文书的，申请强制执行），保存立案材料；起诉后不要撤诉，撤诉而未在期间内重新起诉的，视为没有起诉。",
                "Before {END}, sue or arbitrate against the {party.debtor} (or, with an enforceable notarised deed, apply for enforcement) and keep the filing papers; do not withdraw — a withdrawn suit not restarted within the period counts as none.",
                not_(D_JUDGED),
                as_note=True,
            ),
            note(
                "核实对{party.debtor}起诉（或者仲裁）的日期和案号，与保证期间比较。",
                "Check the date and case number of the suit (or arbitration) against the {party.debtor}, against the guarantee period.",
                "any",
                D_JUDGED,
            ),
            note(
                "{party.debtor}已进入破产程序的：申报债权，并在保证期间内同时起诉{party.guarantor}（债务人破产后，一般保证人不能再要求先执行债务人）。",
                "If the {party.debtor} is in bankruptcy: file the claim, and also sue the {party.guarantor} within the period (after the debtor's bankruptcy a general guarantor cannot insist on the debtor first).",
                C,
                BANKR_EVENT,
            ),
            NS_C_ASSIGNED,
            NS_C_CO,
            NS_G_CHECK,
            NS_G_RESOLUTION,
            NS_G_BANKR,
        ],
        evidence=liable_evidence(),
    )


EXC_REASONS = {
    # reason: (condition, zh, en, basis)
    "bankr": (
        BANKR,
        "人民法院已经受理{party.debtor}的破产案件",
        "the court has accepted the {party.debtor}'s bankruptcy",
        [
            cite(CC, 687, 2, 2, when=NEW),
            cite(GI, 23, 1, when=NEW),
            cite(GI, 22, when=NEW),
            cite(GL, 17, 3, 2, when=OLD),
            cite(GLI, 44, when=OLD),
        ],
    ),
    "missing": (
        ans("exception", "missing"),
        "{party.debtor}下落不明（或者迁居、移居境外）且没有财产可供执行",
        "the {party.debtor} is missing (or moved away or abroad) with no assets to enforce against",
        [
            cite(CC, 687, 2, 1, when=NEW),
            cite(GI, 28, 2, when=NEW),
            cite(GL, 17, 3, 1, when=OLD),
            cite(GLI, 25, when=OLD),
        ],
    ),
    "cannot_pay": (
        ans("exception", "cannot_pay"),
        "债权人有证据证明{party.debtor}的财产不足以履行全部债务或者丧失履行能力",
        "the creditor can prove the {party.debtor}'s assets do not cover the debt, or that he cannot perform",
        [cite(CC, 687, 2, 3), cite(GI, 28, 2)],
    ),
    "waiver": (
        ans("exception", "waiver"),
        "{party.guarantor}书面表示放弃先诉抗辩权",
        "the {party.guarantor} waived the right in writing",
        [cite(CC, 687, 2, 4, when=NEW), cite(GI, 28, 2, when=NEW), cite(GL, 17, 3, 3, when=OLD)],
    ),
}


# The guarantee period (of the family that applies) has surely ended.
CLAIM_GP_OVER = any_(*(all_(FAM[fam], passed(fam)) for fam in FAM))


def claim_only_variants() -> list[Json]:
    """The creditor only filed its claim in the debtor's bankruptcy: by whether the guarantee
    period has since ended (each family, or an agreed last day)."""
    ends = [(f"{{deadline.{fam}}}", FAM[fam], passed(fam)) for fam in FAM]
    # An agreed last day: a comparison with the consultation date needs the day asked on every
    # path here, so one text serves both states.
    out = [
        variant(
            C,
            "你只在{party.debtor}的破产程序中申报了债权（{date.act_date}），没有对{party.debtor}提起诉讼或者申请仲裁；约定的保证期间至{date.agreed_end_a}届满。申报债权是否等于在保证期间内“对债务人提起诉讼或者申请仲裁”，法律没有明文规定，存在争议：法院认为不等于的，{party.guarantor}不再承担保证责任。保证期间尚未届满的，请在届满前起诉{party.guarantor}；已经届满的，请立即起诉，主张申报债权即在期间内依法行使了权利。",
            "You only filed your claim in the {party.debtor}'s bankruptcy ({date.act_date}), without suing or arbitrating; the agreed guarantee period ends on {date.agreed_end_a}. Whether filing counts as acting within the period is not settled: a court that holds it does not will release the {party.guarantor}. If the period is still running, sue him before it ends; if it has ended, sue at once, arguing the filing was acting within it.",
            all_(R_BANKR, CLAIM_ONLY, per("other", q="period_a"), not_(G_IN_COURT)),
        ),
        variant(
            G,
            "{party.creditor}只在{party.debtor}的破产程序中申报了债权，没有对{party.debtor}提起诉讼或者申请仲裁；约定的保证期间至{date.agreed_end_a}届满。申报债权是否足够存在争议：期间届满前{party.creditor}没有起诉或者仲裁的，你可以主张不再承担保证责任；法院认为申报已经足够的，你须在保证范围内承担（{party.debtor}破产，你不能要求先执行{party.debtor}）。",
            "The {party.creditor} only filed its claim in the {party.debtor}'s bankruptcy, without suing or arbitrating; the agreed guarantee period ends on {date.agreed_end_a}. Whether the filing is enough is contested: if the {party.creditor} did not sue or arbitrate before the period ended, you may argue you are released; if a court holds the filing enough, you answer within the guarantee's scope (the {party.debtor} is bankrupt).",
            all_(R_BANKR, CLAIM_ONLY, per("other", q="period_a")),
        ),
    ]
    for end, cond, over in ends:
        out += [
            variant(
                C,
                f"你只在{{party.debtor}}的破产程序中申报了债权（{{date.act_date}}），没有对{{party.debtor}}提起诉讼或者申请仲裁，保证期间已于{end}届满。申报债权是否等于在保证期间内“对债务人提起诉讼或者申请仲裁”，法律没有明文规定，存在争议，而这一点决定本案：法院认为等于的，{{party.guarantor}}不能再要求先执行{{party.debtor}}（破产案件已经受理），应当在保证范围内承担保证责任；认为不等于的，{{party.guarantor}}不再承担保证责任。请立即起诉{{party.guarantor}}，主张申报债权即在保证期间内依法行使了权利。",
                f"You only filed your claim in the {{party.debtor}}'s bankruptcy ({{date.act_date}}), without suing or arbitrating against him, and the guarantee period ended on {end}. Whether filing counts as 'suing or arbitrating against the debtor' within the period is not settled in law, and it decides this case: if a court holds it does, the {{party.guarantor}} can no longer insist on the debtor first (the bankruptcy was accepted) and answers within the guarantee's scope; if not, he is released. Sue the {{party.guarantor}} at once, arguing that the filing was acting within the period.",
                all_(R_BANKR, CLAIM_ONLY, cond, over, not_(G_IN_COURT)),
            ),
            variant(
                C,
                f"你只在{{party.debtor}}的破产程序中申报了债权（{{date.act_date}}），没有对{{party.debtor}}提起诉讼或者申请仲裁。申报债权是否等于在保证期间内“对债务人提起诉讼或者申请仲裁”，存在争议；保证期间到{end}才届满：稳妥起见，请在此之前起诉{{party.guarantor}}（{{party.debtor}}破产后，一般保证人不能再要求先执行债务人），不要只依靠申报债权。",
                f"You only filed your claim in the {{party.debtor}}'s bankruptcy ({{date.act_date}}), without suing or arbitrating against him. Whether filing counts as acting within the period is contested; the period runs until {end}: to be safe, sue the {{party.guarantor}} before then (after the debtor's bankruptcy a general guarantor cannot insist on the debtor first), rather than rely on the filing.",
                all_(R_BANKR, CLAIM_ONLY, cond, not_(over), not_(G_IN_COURT)),
            ),
            variant(
                G,
                f"{{party.creditor}}只在{{party.debtor}}的破产程序中申报了债权，没有对{{party.debtor}}提起诉讼或者申请仲裁，保证期间已于{end}届满：你可以主张{{party.creditor}}没有在保证期间内依法行使权利，你不再承担保证责任——这是你的主要抗辩。申报债权是否足够存在争议，法院也可能认为已经足够；那样的话，你须在保证范围内承担（{{party.debtor}}破产，你不能要求先执行{{party.debtor}}），承担后可以向{{party.debtor}}追偿。",
                f"The {{party.creditor}} only filed its claim in the {{party.debtor}}'s bankruptcy, without suing or arbitrating against him, and the guarantee period ended on {end}: you may argue it did not act within the period and you are released — your main defence. Whether filing is enough is contested and a court may hold it is; then you answer within the guarantee's scope (the {{party.debtor}} is bankrupt, so you cannot insist on him first), and may recover from him after paying.",
                all_(R_BANKR, CLAIM_ONLY, cond, over),
            ),
            variant(
                G,
                f"{{party.creditor}}只在{{party.debtor}}的破产程序中申报了债权，没有对{{party.debtor}}提起诉讼或者申请仲裁；保证期间到{end}才届满。申报债权是否等于在保证期间内依法行使权利存在争议；{{party.creditor}}在此之前起诉你的，你须在保证范围内承担（{{party.debtor}}破产，你不能要求先执行{{party.debtor}}）；到期仍没有起诉或者仲裁的，你可以主张不再承担保证责任。",
                f"The {{party.creditor}} only filed its claim in the {{party.debtor}}'s bankruptcy, without suing or arbitrating; the guarantee period runs until {end}. Whether the filing counts is contested; if the {{party.creditor}} sues you before then, you answer within the guarantee's scope (the {{party.debtor}} is bankrupt); if it does not, you may argue you are released.",
                all_(R_BANKR, CLAIM_ONLY, cond, not_(over)),
            ),
        ]
    return out


def out_general_exception() -> Json:
    exc_names = ("gd_gen_bankr", "gd_gen_exc", "gd_gen_old", "gd_gen_old_2y")
    exc_live = any_(*(not_passed_when(n) for n in exc_names))
    exc_passed = any_(*(passed_when(n) for n in exc_names))
    summary = [
        *claim_only_variants(),
        *gd_passed_variants(
            exc_names,
            "你已在保证期间内对{party.debtor}行使了权利（{date.act_date}），{party.guarantor}不能再要求先执行{party.debtor}；",
            "You acted against the {party.debtor} within the guarantee period ({date.act_date}), and the {party.guarantor} can no longer insist on the debtor first.",
        ),
        *CONTESTED_GEN,
    ]
    findings = []
    for key, (cond, zh, en, basis) in EXC_REASONS.items():
        route = R_BANKR if key == "bankr" else all_(R_EXC, cond)
        summary.append(
            variant(
                C,
                f"你已在保证期间内对{{party.debtor}}行使了权利（{{date.act_date}}）。{zh}，{{party.guarantor}}不能再要求先执行{{party.debtor}}：你现在就可以要求{{party.guarantor}}在保证范围内承担保证责任。请尽快起诉{{party.guarantor}}或者书面催告，并注意保证债务的诉讼时效（见期限表）。",
                f"You acted against the {{party.debtor}} within the guarantee period ({{date.act_date}}). Since {en}, the {{party.guarantor}} can no longer insist on the debtor first: you can ask him to pay now, within the guarantee's scope. Sue him or demand in writing soon, and mind the guarantee debt's limitation (see the deadlines).",
                all_(route, not_(G_IN_COURT)),
            )
        )
        summary.append(
            variant(
                G,
                f"{{party.creditor}}已在保证期间内对{{party.debtor}}行使了权利（{{date.act_date}}）。{zh}，你不能再以先诉抗辩权拒绝：{{party.creditor}}现在就可以要求你在保证范围内承担保证责任。保证债务的诉讼时效届满后你可以拒绝；承担后可以向{{party.debtor}}追偿。",
                f"The {{party.creditor}} acted against the {{party.debtor}} within the guarantee period ({{date.act_date}}). Since {en}, you can no longer insist on the debtor first: you can be asked to pay now, within the guarantee's scope. Once the guarantee debt's limitation has run out you may refuse; after paying you may recover from the {{party.debtor}}.",
                route,
            )
        )
        scope = BANKR_SCOPE if key == "bankr" else PLAIN_SCOPE
        findings.append(
            finding(
                "一般保证责任",
                GUARANTOR,
                CREDITOR,
                scope,
                t(
                    "不必先执行{party.debtor}的财产：{party.creditor}可以直接要求{party.guarantor}承担",
                    "No need to enforce against the {party.debtor} first: the {party.creditor} may go straight to the {party.guarantor}",
                ),
                general_basis([cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD), *basis]),
                t(
                    "一般保证，不得行使先诉抗辩权",
                    "general guarantee, without the right to have the debtor pursued first",
                ),
                all_(route, not_(CLAIM_ONLY)) if key == "bankr" else route,
            )
        )
        if key == "bankr":
            findings.append(
                finding(
                    "一般保证责任",
                    GUARANTOR,
                    CREDITOR,
                    scope,
                    t(
                        "以申报债权视为在保证期间内对{party.debtor}行使了权利为前提（有争议）；成立的，不必先执行{party.debtor}的财产",
                        "Only if filing the claim counts as acting against the {party.debtor} within the guarantee period (contested); if so, no need to enforce against the {party.debtor} first",
                    ),
                    general_basis([cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD), *basis]),
                    t(
                        "一般保证，不得行使先诉抗辩权——以申报债权足以保全保证责任为前提（有争议）",
                        "general guarantee, without the right to have the debtor pursued first — if filing the claim kept the guarantee (contested)",
                    ),
                    all_(route, CLAIM_ONLY),
                )
            )
    summary.append(
        variant(
            C,
            "你已在保证期间内对{party.debtor}行使了权利，并已起诉{party.guarantor}：{party.guarantor}不能再要求先执行{party.debtor}，诉讼进行中诉讼时效不会届满；已有判决的，请在申请执行的期间内申请强制执行（见期限表）。",
            "You acted against the {party.debtor} within the guarantee period and have sued the {party.guarantor}: he can no longer insist on the debtor first, and limitation cannot run out while the suit is pending; if there is a judgment, apply for enforcement within the period (see the deadlines).",
            G_IN_COURT,
        )
    )
    return outcome(
        "out_general_exception",
        "G-C",
        t(
            "一般保证：有法定例外情形，保证人不能要求先执行债务人，但可以提出其他抗辩（见结论）",
            "General guarantee: a statutory exception applies, so the guarantor cannot insist on the debtor first, but may raise other defences (see the conclusion)",
        ),
        summary,
        findings,
        deadlines=[*GP_USES, *GD_EXCEPTION, *COURT_USES],
        defences=[
            DEF_CONTESTED_GEN,
            note(
                "核对例外情形是否真实存在（例如{party.debtor}是否确实下落不明且没有财产、书面放弃是否是你本人签署）；不存在的，仍可以主张先诉抗辩权。",
                "Check that the exception is real (is the {party.debtor} truly missing with no assets; did you yourself sign the waiver); if not, you may still insist on the debtor first.",
                G,
                not_(BANKR),
            ),
            *def_gd(("gd_gen_bankr", "gd_gen_exc", "gd_gen_old", "gd_gen_old_2y")),
            *DEF_RESOLUTION,
            DEF_DEBTOR,
            DEF_SCOPE,
            DEF_ASSIGNED,
            DEF_BANKR_SILENT,
            DEF_CO_29,
        ],
        recourse=RECOURSE_GUAR,
        warnings=liable_warnings(
            "bankruptcy_claim_creditor",
            "bankruptcy_claim_guarantor",
            "old_general_interruption",
            "old_general_judgment_after_2021",
            "old_general_no_judgment",
        ),
        next_steps=[
            note(
                "在保证债务的诉讼时效届满前（见期限表）起诉{party.guarantor}（或者书面催告并保存送达凭证），并保存证明例外情形的证据。",
                "Before the guarantee debt's limitation ends (see the deadlines), sue the {party.guarantor} (or demand in writing and keep proof), and keep the evidence of the exception.",
                C,
                all_(not_(BANKR), exc_live, not_(G_IN_COURT)),
            ),
            note(
                "在保证债务的诉讼时效届满前（见期限表）起诉{party.guarantor}（或者书面催告并保存送达凭证），并保存法院受理{party.debtor}破产申请的裁定。",
                "Before the guarantee debt's limitation ends (see the deadlines), sue the {party.guarantor} (or demand in writing and keep proof), and keep the court's ruling accepting the {party.debtor}'s bankruptcy.",
                C,
                all_(BANKR, not_(CLAIM_ONLY), exc_live, not_(G_IN_COURT)),
            ),
            note(
                "立即起诉{party.guarantor}，主张申报债权即在保证期间内依法行使了权利。保存法院受理破产申请的裁定、债权申报材料及其申报日期。",
                "Sue the {party.guarantor} at once, arguing that filing the claim was acting within the guarantee period. Keep the ruling accepting the bankruptcy and the proof of claim with its date.",
                C,
                all_(CLAIM_ONLY, CLAIM_GP_OVER, not_(G_IN_COURT)),
            ),
            note(
                "立即起诉{party.guarantor}：保证期间尚未届满的，务必在届满前起诉；已经届满的，主张申报债权即在保证期间内依法行使了权利。保存法院受理破产申请的裁定、债权申报材料及其申报日期。",
                "Sue the {party.guarantor} at once: while the guarantee period runs, before it ends; if it has ended, arguing that filing the claim was acting within it. Keep the ruling accepting the bankruptcy and the proof of claim with its date.",
                C,
                all_(
                    CLAIM_ONLY,
                    any_(not_(CLAIM_GP_OVER), undetermined(CLAIM_GP_OVER)),
                    not_(G_IN_COURT),
                ),
            ),
            note(
                "保证债务的诉讼时效已经届满，此后的催告不能使它重新计算：可以请{party.guarantor}书面确认债务或者同意履行（届满后同意履行的，不得再以时效抗辩）；同时立即核实届满前是否有催告、起诉或者{party.guarantor}书面确认、还款的凭证，有的补充记录。",
                "The guarantee debt's limitation has run out and a demand will not restart it: ask the {party.guarantor} to confirm the debt in writing or agree to pay (agreeing after expiry bars the plea); and check at once for any demand, suit, written confirmation or payment before it ran out — if there is one, record it.",
                C,
                all_(exc_passed, not_(G_IN_COURT)),
            ),
            NS_C_ENFORCE_G,
            NS_C_BANKR,
            NS_C_ASSIGNED,
            NS_C_CO,
            NS_G_CHECK,
            NS_G_RESOLUTION,
            NS_G_BANKR,
            NS_G_JUDGED,
        ],
        evidence=[
            *liable_evidence(),
            note(
                "证明例外情形的材料（下落不明、财产不足的证据，书面放弃文件）",
                "Evidence of the exception (the debtor missing or without assets; the written waiver)",
                "any",
                not_(BANKR),
            ),
        ],
    )


OLD_GD_NAMES = ("gd_gen_old", "gd_gen_old_2y")


def old_term_variants() -> list[Json]:
    """An old-law general guarantee after enforcement against the debtor ended: the guarantee's
    limitation counted from the judgment (担保法解释34(1)) and, the other reckoning, again from
    service of the ruling ending enforcement (the enforcement application interrupted it,
    担保法解释36(1)) — by which of them has run out."""
    term = "gd_gen_old_term"
    out: list[Json] = []
    head_c = "你已在保证期间内（{date.act_date}）对{party.debtor}提起诉讼，对{party.debtor}的强制执行已经终结而没有全部受偿：{party.guarantor}不能再以先诉抗辩权拒绝。"
    head_c_en = "You sued the {party.debtor} within the guarantee period ({date.act_date}) and enforcement against him has ended without full payment: the {party.guarantor} can no longer insist on the debtor first."
    head_g = "{party.creditor}已在保证期间内对{party.debtor}提起诉讼，对{party.debtor}的强制执行已经终结而没有全部清偿：你不能再以先诉抗辩权拒绝。"
    head_g_en = "The {party.creditor} sued the {party.debtor} within the guarantee period and enforcement against him has ended without full payment: you can no longer insist on the debtor first."
    for old in OLD_GD_NAMES:
        both = all_(passed_when(old), passed_when(term), not_(G_IN_COURT))
        first_only = all_(passed_when(old), not_passed_when(term), not_(G_IN_COURT))
        out += [
            variant(
                C,
                head_c
                + f"但保证合同的诉讼时效已经届满：自对{{party.debtor}}的判决生效之日起算，已于{{deadline.{old}}}届满；即使计入对{{party.debtor}}申请执行带来的中断、自终结执行的裁定送达之日重新计算，也已于{{deadline.{term}}}届满。除非届满前曾书面催告或者起诉{{party.guarantor}}、他曾书面确认或者还款（案件经过中没有记录），或者他在届满后同意履行，{{party.guarantor}}可以拒绝承担；此后的催告不能使时效重新计算。",
                head_c_en
                + f" But the guarantee's limitation has run out: counted from the judgment against the {{party.debtor}} it ended on {{deadline.{old}}}; even counting the interruption by the enforcement application and running again from service of the ruling ending enforcement, it ended on {{deadline.{term}}}. Unless before then you demanded from or sued the {{party.guarantor}}, or he confirmed the debt or paid (none is recorded), or he agreed to pay afterwards, he may refuse; a demand now does not restart it.",
                both,
            ),
            variant(
                G,
                head_g
                + f"但保证合同的诉讼时效已经届满：自对{{party.debtor}}的判决生效之日起算，已于{{deadline.{old}}}届满；即使计入对{{party.debtor}}申请执行带来的中断、自终结执行的裁定送达之日重新计算，也已于{{deadline.{term}}}届满。你可以提出时效抗辩，拒绝承担；但届满前{{party.creditor}}书面催告或者起诉过你、你书面确认或者还款过，或者届满后你同意履行的除外。",
                head_g_en
                + f" But the guarantee's limitation has run out: counted from the judgment against the {{party.debtor}} it ended on {{deadline.{old}}}; even counting the interruption by the enforcement application and running again from service of the ruling ending enforcement, it ended on {{deadline.{term}}}. You may plead limitation and refuse — not if before then the {{party.creditor}} demanded from or sued you, or you confirmed the debt or paid, or if you agreed to pay afterwards.",
                both,
            ),
            variant(
                C,
                head_c
                + f"保证合同的诉讼时效自对{{party.debtor}}的判决生效之日起算，已于{{deadline.{old}}}届满；但对{{party.debtor}}申请执行中断了时效、自终结执行的裁定送达之日重新计算的，至{{deadline.{term}}}届满。哪种算法成立存在争议：请立即起诉{{party.guarantor}}，主张时效因申请执行而中断。",
                head_c_en
                + f" Counted from the judgment against the {{party.debtor}}, the guarantee's limitation ended on {{deadline.{old}}}; if the enforcement application interrupted it and it ran again from service of the ruling ending enforcement, it ends on {{deadline.{term}}}. Which reckoning holds is contested: sue the {{party.guarantor}} at once and argue the interruption.",
                first_only,
            ),
            variant(
                G,
                head_g
                + f"保证合同的诉讼时效自对{{party.debtor}}的判决生效之日起算，已于{{deadline.{old}}}届满，你可以以此抗辩；{{party.creditor}}可能主张对{{party.debtor}}申请执行中断了时效、自终结执行的裁定送达之日重新计算（至{{deadline.{term}}}），哪种算法成立存在争议。",
                head_g_en
                + f" Counted from the judgment against the {{party.debtor}}, the guarantee's limitation ended on {{deadline.{old}}}, and you may plead it; the {{party.creditor}} may argue the enforcement application interrupted it and it runs again from service of the ruling ending enforcement (to {{deadline.{term}}}) — which reckoning holds is contested.",
                first_only,
            ),
        ]
    return out


def out_general_spent() -> Json:
    year_open = R_YEAR_OPEN
    spent_passed = [
        variant(
            C,
            f"{{party.guarantor}}的先诉抗辩权已经消灭，但保证债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：{{party.guarantor}}可以拒绝履行，除非他在届满后同意履行；此后的催告不能使时效重新计算。请核实是否曾在此之前书面催告或者起诉{{party.guarantor}}。",
            f"The {{party.guarantor}}'s right to have the debtor pursued first is spent, but the guarantee debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): he may refuse unless he agreed to pay afterwards, and a demand now does not restart it. Check whether you demanded in writing from, or sued, him before then.",
            all_(passed_when(name), not_(G_IN_COURT)),
        )
        for name in ("gd_gen_spent", "gd_gen_year")
    ] + [
        variant(
            G,
            f"保证债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：你可以提出不履行的抗辩；届满后你又同意履行的除外。",
            f"The guarantee debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): you may refuse, unless you agreed to pay after that.",
            all_(passed_when(name), not_(G_IN_COURT)),
        )
        for name in ("gd_gen_spent", "gd_gen_year")
    ]
    summary = [
        *spent_passed,
        *old_term_variants(),
        *CONTESTED_GEN,
        variant(
            C,
            "你已在保证期间内对{party.debtor}提起诉讼并申请了强制执行；你也已起诉{party.guarantor}：{party.guarantor}不能再要求先执行{party.debtor}，诉讼进行中诉讼时效不会届满；已有判决的，请在申请执行的期间内申请强制执行（见期限表）。",
            "You sued the {party.debtor} within the guarantee period and applied for enforcement; you have also sued the {party.guarantor}: he can no longer insist on the debtor first, and limitation cannot run out while the suit is pending; if there is a judgment, apply for enforcement within the period (see the deadlines).",
            G_IN_COURT,
        ),
        variant(
            C,
            "你已在保证期间内（{date.act_date}）对{party.debtor}提起诉讼，对{party.debtor}的强制执行已经以终结本次执行程序（或者终结执行）的裁定结束，你没有全部受偿：{party.guarantor}的先诉抗辩权已经消灭。你现在就可以起诉{party.guarantor}，要求其对执行不能的部分承担保证责任。保证债务的诉讼时效自该裁定送达你之日起算（届满日和稳妥的行事日期见期限表），请在此之前起诉（或者书面催告以中断时效）。",
            "You sued the {party.debtor} within the guarantee period ({date.act_date}); enforcement against him ended with a ruling terminating it, and you were not paid in full: the {party.guarantor}'s right to have the debtor pursued first is spent. You can sue the {party.guarantor} now for what enforcement did not recover. The guarantee debt's limitation runs from service of that ruling on you (see the deadlines for its end and the safe day to act): sue before then (or demand in writing to interrupt it).",
            all_(NEW, R_TERM),
        ),
        variant(
            C,
            "你已在保证期间内（{date.act_date}）对{party.debtor}提起诉讼并申请强制执行；法院收到执行申请已满一年，仍没有作出终结执行的裁定：保证债务的诉讼时效自满一年之日起算（见期限表），你现在可以起诉{party.guarantor}，或者书面催告以中断时效。对{party.debtor}的执行仍在进行：{party.guarantor}能证明{party.debtor}仍有财产可供执行的，可以要求先执行该财产。",
            "You sued the {party.debtor} within the guarantee period ({date.act_date}) and applied for enforcement; a year has passed since the court received the application without a ruling ending it: the guarantee debt's limitation runs from the end of that year (see the deadlines), and you can sue the {party.guarantor} now, or demand in writing to interrupt it. Enforcement against the {party.debtor} is still under way: if the {party.guarantor} shows the {party.debtor} still has assets, those come first.",
            R_YEAR,
        ),
        variant(
            C,
            "你已在保证期间内（{date.act_date}）对{party.debtor}提起诉讼并申请强制执行；法院收到执行申请是否已满一年，取决于确切日期。已满一年（或者执行以终结执行的裁定结束）的，{party.guarantor}的先诉抗辩权已经消灭，你可以起诉{party.guarantor}；稳妥起见，按最早可能的日期计算诉讼时效（见期限表），尽快起诉。",
            "You sued the {party.debtor} within the guarantee period ({date.act_date}) and applied for enforcement; whether a year has passed since the court received the application turns on the exact dates. If it has (or enforcement ended with a ruling), the {party.guarantor}'s right is spent and you can sue him; to be safe, count limitation from the earliest possible day (see the deadlines) and sue soon.",
            year_open,
        ),
        *[
            variant(
                C,
                f"你已在保证期间内（{{date.act_date}}）对{{party.debtor}}提起诉讼，对{{party.debtor}}的强制执行已经终结而没有全部受偿：{{party.guarantor}}不能再以先诉抗辩权拒绝，你现在就可以起诉{{party.guarantor}}。保证合同的诉讼时效自对{{party.debtor}}的判决生效之日起算，至{{deadline.{old}}}届满（稳妥的日期）；计入对{{party.debtor}}申请执行带来的中断、自终结执行的裁定送达之日重新计算的，至{{deadline.gd_gen_old_term}}届满。请在较早的日期前起诉{{party.guarantor}}（或者书面催告以中断时效）。",
                f"You sued the {{party.debtor}} within the guarantee period ({{date.act_date}}) and enforcement against him has ended without full payment: the {{party.guarantor}} can no longer insist on the debtor first, and you can sue him now. The guarantee's limitation runs from the judgment against the {{party.debtor}} to {{deadline.{old}}} (the safe date); counting the interruption by the enforcement application, from service of the ruling ending enforcement to {{deadline.gd_gen_old_term}}. Sue the {{party.guarantor}} (or demand in writing to interrupt it) before the earlier one.",
                all_(OLD, R_TERM, DL[old]["when"]),
            )
            for old in OLD_GD_NAMES
        ],
        variant(
            G,
            "{party.creditor}已在保证期间内对{party.debtor}提起诉讼，对{party.debtor}的强制执行已经以终结执行的裁定结束而没有全部清偿：你的先诉抗辩权已经消灭，不能再以此拒绝。{party.creditor}现在可以起诉你，要求你对执行不能的部分承担保证责任；保证债务的诉讼时效自该裁定送达{party.creditor}之日起算，至{deadline.gd_gen_spent}届满（中断的除外），届满后你可以拒绝。",
            "The {party.creditor} sued the {party.debtor} within the guarantee period, and enforcement against him ended with a ruling, unpaid in part: your right to have the debtor pursued first is spent. The {party.creditor} can sue you now for what enforcement did not recover; the guarantee debt's limitation runs from service of that ruling on the {party.creditor} and ends on {deadline.gd_gen_spent} unless interrupted, after which you may refuse.",
            all_(NEW, R_TERM),
        ),
        variant(
            G,
            "{party.creditor}已在保证期间内对{party.debtor}提起诉讼并申请强制执行。法院收到执行申请已满一年，仍没有作出终结执行的裁定：保证债务的诉讼时效自满一年之日起算，至{deadline.gd_gen_year}届满（中断的除外），{party.creditor}现在可以起诉你。但对{party.debtor}的执行并没有终结：你能证明{party.debtor}仍有财产可供执行的，可以拒绝承担，要求先执行该财产——这是你的主要抗辩。",
            "The {party.creditor} sued the {party.debtor} within the guarantee period and applied for enforcement. A year has passed since the court received the application without a ruling ending it: the guarantee debt's limitation runs from the end of that year, until {deadline.gd_gen_year} unless interrupted, and the {party.creditor} can sue you now. But enforcement against the {party.debtor} has not ended: if you can show the {party.debtor} still has assets to enforce against, you may refuse and insist they come first — your main defence.",
            R_YEAR,
        ),
        variant(
            G,
            "{party.creditor}已在保证期间内对{party.debtor}提起诉讼并申请强制执行；法院收到执行申请是否已满一年，取决于确切日期。已满一年的，{party.creditor}可以起诉你，除非你能证明{party.debtor}仍有财产可供执行。",
            "The {party.creditor} sued the {party.debtor} within the guarantee period and applied for enforcement; whether a year has passed since the court received the application turns on the exact dates. If it has, you can be sued, unless you can show the {party.debtor} still has assets.",
            year_open,
        ),
        *[
            variant(
                G,
                f"{{party.creditor}}已在保证期间内对{{party.debtor}}提起诉讼，对{{party.debtor}}的强制执行已经终结而没有全部清偿：你不能再以先诉抗辩权拒绝，{{party.creditor}}现在可以起诉你。保证合同的诉讼时效自对{{party.debtor}}的判决生效之日起算，至{{deadline.{old}}}届满；{{party.creditor}}可能主张对{{party.debtor}}申请执行中断了时效、自终结执行的裁定送达之日重新计算（至{{deadline.gd_gen_old_term}}）。届满后你可以拒绝。",
                f"The {{party.creditor}} sued the {{party.debtor}} within the guarantee period and enforcement against him has ended without full payment: you can no longer insist on the debtor first, and the {{party.creditor}} can sue you now. The guarantee's limitation runs from the judgment against the {{party.debtor}} to {{deadline.{old}}}; the {{party.creditor}} may argue the enforcement application interrupted it and it runs again from service of the ruling ending enforcement (to {{deadline.gd_gen_old_term}}). Once it has run out you may refuse.",
                all_(OLD, R_TERM, DL[old]["when"]),
            )
            for old in OLD_GD_NAMES
        ],
    ]
    spent_scope = t(
        "对{party.debtor}强制执行后仍未受偿的部分，以尚欠的{amount.debt_amount}和保证范围为限",
        "what enforcement against the {party.debtor} did not recover, within the {amount.debt_amount} still owed and the guarantee's scope",
    )
    spent_order = t(
        "对{party.debtor}的执行已经终结：{party.creditor}现在可以要求{party.guarantor}承担",
        "Enforcement against the {party.debtor} has ended: the {party.creditor} may now turn to the {party.guarantor}",
    )
    year_order = t(
        "法院收到对{party.debtor}的执行申请已满一年，仍未作出终结执行的裁定：{party.creditor}现在可以要求{party.guarantor}承担；{party.guarantor}证明{party.debtor}仍有财产可供执行的除外",
        "A year has passed since the court received the enforcement application against the {party.debtor} without a ruling ending it: the {party.creditor} may now turn to the {party.guarantor}, unless he shows the {party.debtor} still has assets",
    )
    label = t(
        "一般保证，先诉抗辩权已经消灭",
        "general guarantee, the right to have the debtor pursued first is spent",
    )
    year_label = t(
        "一般保证，执行申请已满一年，保证债务的诉讼时效已经起算",
        "general guarantee, a year since the enforcement application: the guarantee debt's limitation runs",
    )
    findings = [
        finding(
            "一般保证责任",
            GUARANTOR,
            CREDITOR,
            spent_scope,
            spent_order,
            general_basis([cite(CC, 693, 1), cite(CC, 694, 1), cite(GI, 28, 1, 1)]),
            label,
            all_(NEW, R_TERM),
        ),
        finding(
            "一般保证责任",
            GUARANTOR,
            CREDITOR,
            GENERAL_SCOPE,
            year_order,
            general_basis([cite(CC, 693, 1), cite(CC, 694, 1), cite(GI, 28, 1, 2)]),
            year_label,
            any_(R_YEAR, year_open),
        ),
        finding(
            "一般保证责任",
            GUARANTOR,
            CREDITOR,
            spent_scope,
            spent_order,
            general_basis([cite(GL, 25, 2), cite(GLI, 34, 1), cite(GLI, 36, 1)]),
            label,
            all_(OLD, R_TERM),
        ),
    ]
    old_passed = any_(*(passed_when(n) for n in OLD_GD_NAMES))
    old_live = any_(*(not_passed_when(n) for n in OLD_GD_NAMES))
    term_live = not_passed_when("gd_gen_old_term")
    term_passed = passed_when("gd_gen_old_term")
    new_live = any_(not_passed_when("gd_gen_spent"), not_passed_when("gd_gen_year"))
    new_passed = any_(passed_when("gd_gen_spent"), passed_when("gd_gen_year"))
    return outcome(
        "out_general_spent",
        "G-C2",
        t(
            "一般保证：保证债务的诉讼时效已经开始计算，现在可以要求保证人承担",
            "General guarantee: the guarantee debt's limitation has begun; the guarantor can be sued now",
        ),
        summary,
        findings,
        deadlines=[*GP_USES, *GD_SPENT, {"use": "gd_gen_old_term"}, *COURT_USES],
        defences=[
            DEF_CONTESTED_GEN,
            note(
                "对{party.debtor}的执行并没有终结：你有证据证明{party.debtor}仍有财产可供执行的，可以拒绝承担，要求先执行该财产（先诉抗辩权仍在，保证债务的诉讼时效也不从满一年之日起算）。",
                "Enforcement against the {party.debtor} has not ended: if you can show the {party.debtor} still has assets to enforce against, you may refuse and insist they come first (the right stands, and the guarantee debt's limitation does not run from the end of that year).",
                G,
                any_(R_YEAR, year_open),
            ),
            *def_gd(("gd_gen_spent", "gd_gen_year")),
            *DEF_RESOLUTION,
            *[
                note(
                    f"保证合同的诉讼时效自对{{party.debtor}}的判决生效之日起算，已于{{deadline.{old}}}届满（案件经过中没有针对你的中断记录）：你可以提出时效抗辩；{{party.creditor}}可能主张对{{party.debtor}}申请执行中断了时效（自终结执行的裁定送达之日重新计算，至{{deadline.gd_gen_old_term}}），存在争议。届满后你同意履行的，不能再以此抗辩。",
                    f"Counted from the judgment against the {{party.debtor}}, the guarantee's limitation ended on {{deadline.{old}}} (no interruption against you is recorded): you may plead it; the {{party.creditor}} may argue the enforcement application interrupted it (running again from service of the ruling ending enforcement, to {{deadline.gd_gen_old_term}}) — contested. Not if you agreed to pay after it ran out.",
                    G,
                    all_(OLD, R_TERM, passed_when(old), not_(G_IN_COURT)),
                )
                for old in OLD_GD_NAMES
            ],
            DEF_DEBTOR,
            DEF_SCOPE,
            DEF_ASSIGNED,
            DEF_CO_29,
        ],
        recourse=RECOURSE_GUAR,
        warnings=[
            *liable_warnings(
                "old_general_interruption",
                "old_general_term",
                "old_general_judgment_after_2021",
                "exception_unknown",
            ),
            warn(
                "caution",
                "诉讼时效届满后，义务人可以提出不履行的抗辩；但届满后义务人同意履行（书面确认、在催款通知上签字、还款计划、部分还款）的，不得再以时效届满为由抗辩，已经自愿履行的，不得请求返还。",
                "Once limitation has run out the obligor may refuse to perform; but if he agrees to perform afterwards (a written confirmation, signing a demand, a repayment plan, a part payment) he can no longer plead it, and what he paid of his own accord he cannot take back.",
                "any",
                all_(any_(new_passed, all_(old_passed, term_passed)), not_(G_IN_COURT)),
                [cite(CC, 192), cite(LP, 19)],
            ),
        ],
        next_steps=[
            note(
                "现在就起诉{party.guarantor}，要求其对执行不能的部分承担保证责任；在诉讼时效届满前（见期限表）起诉，或者先书面催告并保存送达凭证以中断时效。",
                "Sue the {party.guarantor} now for what enforcement did not recover; do so before the limitation ends (see the deadlines), or first demand in writing and keep proof of delivery to interrupt it.",
                C,
                all_(
                    any_(all_(NEW, R_TERM, new_live), all_(OLD, R_TERM, old_live)), not_(G_IN_COURT)
                ),
            ),
            note(
                "现在就起诉{party.guarantor}（或者先书面催告并保存送达凭证）：法院收到执行申请已满一年，保证债务的诉讼时效正在计算（见期限表）。同时督促对{party.debtor}的执行；{party.guarantor}提出{party.debtor}仍有可供执行的财产的，先申请执行该财产。",
                "Sue the {party.guarantor} now (or first demand in writing and keep proof): a year has passed since the court received the enforcement application and the guarantee debt's limitation is running (see the deadlines). Press the enforcement against the {party.debtor} too; if the {party.guarantor} points out assets of the {party.debtor}, have them enforced first.",
                C,
                all_(any_(R_YEAR, year_open), new_live, not_(G_IN_COURT)),
            ),
            note(
                "立即起诉{party.guarantor}，主张对{party.debtor}申请执行中断了保证合同的诉讼时效、自终结执行的裁定送达之日重新计算（至期限表所列日期）；同时核实是否曾书面催告或者起诉{party.guarantor}，或者他曾书面确认、还款。",
                "Sue the {party.guarantor} at once, arguing the enforcement application against the {party.debtor} interrupted the guarantee's limitation and it runs again from service of the ruling ending enforcement (to the date in the table); and check whether you ever demanded from or sued the {party.guarantor}, or he confirmed the debt or paid.",
                C,
                all_(OLD, R_TERM, old_passed, term_live, not_(G_IN_COURT)),
            ),
            note(
                "保证债务的诉讼时效已经届满，此后的催告不能使它重新计算：可以请{party.guarantor}书面确认债务或者同意履行（届满后同意履行的，不得再以时效抗辩）；同时立即核实届满前是否有催告、起诉或者{party.guarantor}书面确认、还款的凭证，有的补充记录。",
                "The guarantee debt's limitation has run out and a demand will not restart it: ask the {party.guarantor} to confirm the debt in writing or agree to pay (agreeing after expiry bars the plea); and check at once for any demand, suit, written confirmation or payment before it ran out — if there is one, record it.",
                C,
                all_(
                    any_(new_passed, all_(OLD, R_TERM, old_passed, term_passed)), not_(G_IN_COURT)
                ),
            ),
            note(
                "保存终结本次执行程序裁定（或者终结执行裁定）及其送达回证：保证债务的诉讼时效从送达之日起算。",
                "Keep the ruling ending enforcement and its proof of service: the guarantee debt's limitation runs from service.",
                C,
                all_(NEW, TERM),
            ),
            note(
                "保存终结本次执行程序裁定（或者终结执行裁定）及其送达回证：按计入执行中断的算法，保证合同的诉讼时效从送达之日重新计算。",
                "Keep the ruling ending enforcement and its proof of service: counting the interruption by enforcement, the guarantee's limitation runs again from service.",
                C,
                all_(OLD, TERM),
            ),
            NS_C_ENFORCE_G,
            NS_C_ASSIGNED,
            NS_C_CO,
            note(
                "核对终结执行的裁定及其送达日期、执行中已受偿的数额，只对仍未受偿的部分承担。",
                "Check the ruling ending enforcement, its date of service and what enforcement recovered; you answer only for the rest.",
                G,
                TERM,
            ),
            note(
                "对{party.debtor}的执行仍在进行：收集{party.debtor}仍有可供执行财产的证据（财产线索、查控记录），书面提交执行法院并告知{party.creditor}，主张先执行该财产；同时核对法院收到执行申请的日期和执行中已受偿的数额。",
                "Enforcement against the {party.debtor} is still under way: gather evidence that the {party.debtor} still has assets (leads, search records), put it in writing to the enforcing court and the {party.creditor}, and insist they come first; also check when the court received the application and what enforcement has recovered.",
                G,
                any_(R_YEAR, year_open),
            ),
            NS_G_JUDGED,
        ],
        evidence=[
            *liable_evidence(),
            note(
                "执行申请书及法院的收件记录（载明收到日期）",
                "The enforcement application and the court's record of receipt (with its date)",
                "any",
                event("enforcement_applied", "debtor"),
            ),
            note(
                "{party.debtor}仍有可供执行财产的证据（财产线索、查控记录）",
                "Evidence that the {party.debtor} still has assets to enforce against (leads, search records)",
                G,
                any_(R_YEAR, year_open),
            ),
        ],
    )


def released_findings() -> list[Json]:
    release_basis = [
        cite(CC, 693, 1, when=all_(NEW, GENERAL)),
        cite(CC, 693, 2, when=all_(NEW, JOINT)),
        cite(GI, 34, 2, when=NEW),
        cite(GI, 29, 1, when=all_(NEW, ans("joint_action", "co_only"))),
        cite(GI, 31, 1, when=all_(NEW, ans("general_action", "withdrawn"))),
        cite(GL, 25, 2, when=all_(OLD, GENERAL)),
        cite(GL, 26, 2, when=all_(OLD, JOINT)),
        cite(GLI, 31, when=OLD),
        # An extension without the guarantor's written consent leaves the period running from
        # the original due date.
        cite(CC, 695, 2, when=all_(NEW, ans("extension", "not_consented"))),
        cite(GLI, 30, 2, when=all_(OLD, ans("extension", "not_consented"))),
    ]
    return [
        finding(
            "不承担责任",
            GUARANTOR,
            CREDITOR,
            t(
                "不再承担保证责任：保证责任已经消灭，也不因此承担赔偿责任",
                "no longer liable under the guarantee: it is extinguished, and no compensation is owed on that account",
            ),
            DASH,
            release_basis,
            t(
                "保证期间内没有依法行使权利，保证责任消灭",
                "the creditor did not act within the guarantee period; the guarantee is extinguished",
            ),
            VALID,
        ),
        finding(
            "不承担责任",
            GUARANTOR,
            CREDITOR,
            t(
                "保证合同无效（或者对其不发生效力），债权人又没有在保证期间内依法行使权利：不承担赔偿责任",
                "the guarantee is void (or does not bind it) and the creditor did not act within the guarantee period: no compensation is owed",
            ),
            DASH,
            [cite(GI, 33), *release_basis],
            t("不承担赔偿责任", "no compensation"),
            INVALID,
        ),
    ]


def out_released() -> Json:
    late = LATE
    lapsed = LAPSED
    summary = []
    for joint in (True, False):
        kind = JOINT if joint else GENERAL
        zh_act, en_act = act_words(joint)
        summary += [
            variant(
                C,
                f"你于{{date.act_date}}才{zh_act}，已经晚于保证期间（见推理过程和期限表）。{{party.guarantor}}不再承担保证责任，保证责任已经消灭；此后即使{{party.guarantor}}在催款通知上签字，也不能恢复，除非另行成立了新的保证。{{party.debtor}}仍应清偿全部债务，请直接向{{party.debtor}}主张（主债务的诉讼时效见期限表）。",
                f"You did {en_act} only on {{date.act_date}}, after the guarantee period ended (see the reasoning and the deadlines). The {{party.guarantor}} is released: the guarantee is extinguished, and his later signature on a demand would not revive it unless a new guarantee was made. The {{party.debtor}} still owes everything; claim from him.",
                all_(kind, late),
            ),
            variant(
                C,
                f"保证期间已经届满，在此之前你没有{zh_act}（见推理过程和期限表）。{{party.guarantor}}不再承担保证责任，保证责任已经消灭；此后即使{{party.guarantor}}在催款通知上签字，也不能恢复，除非另行成立了新的保证。{{party.debtor}}仍应清偿全部债务，请直接向{{party.debtor}}主张（主债务的诉讼时效见期限表）。",
                f"The guarantee period is over and you did not {en_act} before it ended (see the reasoning and the deadlines). The {{party.guarantor}} is released: the guarantee is extinguished, and his later signature on a demand would not revive it unless a new guarantee was made. The {{party.debtor}} still owes everything; claim from him.",
                all_(kind, lapsed),
            ),
            variant(
                G,
                f"{{party.creditor}}于{{date.act_date}}才{zh_act}，已经晚于保证期间（见推理过程和期限表）：你不再承担保证责任，保证责任已经消灭，被起诉时可以以此抗辩。{{party.debtor}}的债务不受影响。",
                f"The {{party.creditor}} did {en_act} only on {{date.act_date}}, after the guarantee period ended (see the reasoning and the deadlines): you are released — the guarantee is extinguished, and you can say so if sued. The {{party.debtor}}'s debt is unaffected.",
                all_(kind, late),
            ),
            variant(
                G,
                f"保证期间已经届满，在此之前{{party.creditor}}没有{zh_act}（见推理过程和期限表）：你不再承担保证责任，保证责任已经消灭，被起诉时可以以此抗辩。{{party.debtor}}的债务不受影响。",
                f"The guarantee period is over and the {{party.creditor}} did not {en_act} before it ended (see the reasoning and the deadlines): you are released — the guarantee is extinguished, and you can say so if sued. The {{party.debtor}}'s debt is unaffected.",
                all_(kind, lapsed),
            ),
        ]
    return outcome(
        "out_released",
        "G-D",
        t(
            "保证人不再承担保证责任：保证期间内没有依法行使权利",
            "The guarantor is released: the creditor did not act within the guarantee period",
        ),
        summary,
        released_findings(),
        remaining=t(
            "{party.debtor}仍应向{party.creditor}清偿全部尚欠债务；其他保证人或者担保人是否仍须承担，取决于对他们各自是否及时行使了权利。",
            "The {party.debtor} still owes the {party.creditor} the whole debt; whether other guarantors or security providers still answer depends on whether the {party.creditor} acted against each of them in time.",
        ),
        deadlines=[*GP_USES, *MAIN_USES],
        defences=[
            note(
                "主张{party.creditor}没有在保证期间内依法行使权利，保证责任已经消灭；保证期间是否届满、是否及时行使权利，是法院应当查明的基本事实。",
                "Plead that the {party.creditor} did not act within the guarantee period, so the guarantee is extinguished; whether it did is a basic fact the court must establish.",
                G,
                NEW,
            ),
            note(
                "主张{party.creditor}没有在保证期间内依法行使权利，你已经免除保证责任。",
                "Plead that the {party.creditor} did not act within the guarantee period, so you are released.",
                G,
                OLD,
            ),
            note(
                "保证责任消灭后，即使你在催款通知上签字、盖章或者按指印，{party.creditor}也不能据此要求你继续承担，除非能证明成立了新的保证合同；不要在催款通知上签字确认。",
                "Once released, even if you sign, seal or fingerprint a demand, the {party.creditor} cannot hold you to the guarantee unless it proves a new guarantee was made; do not sign such a demand.",
                G,
                NEW,
            ),
        ],
        warnings=[
            {"use": n}
            for n in (
                "old_unclear_creditor",
                "old_unclear_creditor_late",
                "old_unclear_guarantor",
                "old_credit_support",
                "joiner_is_guarantor",
            )
        ],
        next_steps=[
            *[
                note(
                    f"向{{party.debtor}}主张全部债权：主债务的诉讼时效至{{deadline.{name}}}届满（见期限表），在此之前起诉{{party.debtor}}，或者书面催告并保存送达凭证以中断时效。",
                    f"Claim the whole debt from the {{party.debtor}}: the main debt's limitation runs until {{deadline.{name}}} (see the deadlines); sue him before then, or demand in writing and keep proof of delivery to interrupt it.",
                    C,
                    all_(DL[name]["when"], passed(name, False), not_(any_(D_SUED, D_JUDGED))),
                )
                for name in MAIN_NAMES
            ],
            *[
                note(
                    f"主债务的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：{{party.debtor}}可以拒绝清偿，除非其在届满后同意履行。请立即核实是否曾向{{party.debtor}}催告、起诉，或者{{party.debtor}}曾书面确认、部分还款；有的，补充记录后再看结论。",
                    f"The main debt's limitation ran out on {{deadline.{name}}} (the history records no interruption before then): the {{party.debtor}} may refuse unless it agreed to pay afterwards. Check at once whether you ever demanded from or sued it, or it confirmed the debt in writing or paid part; if so, record it and look again.",
                    C,
                    passed_when(name),
                )
                for name in MAIN_NAMES
            ],
            note(
                "推进对{party.debtor}的诉讼；判决生效后，在申请执行的期间内申请强制执行。",
                "Pursue the case against the {party.debtor}; once the judgment takes effect, apply for enforcement within the period.",
                C,
                any_(D_SUED, D_JUDGED),
            ),
            note(
                "还有其他保证人或者担保物的，分别核对：对每个保证人须在其各自的保证期间内依法行使权利。",
                "If there are other guarantors or collateral, check each: every guarantor must be acted against within his own period.",
                C,
            ),
            note(
                "保存证明保证期间内没有收到要求（或者只收到针对{party.debtor}的催告）的材料，不要在催款通知上签字确认保证责任。",
                "Keep what shows that no demand reached you in time (or only demands on the {party.debtor}); do not sign any demand confirming the guarantee.",
                G,
                JOINT,
            ),
            note(
                "保存证明保证期间内{party.creditor}没有对{party.debtor}提起诉讼或者申请仲裁的材料（只向你或者{party.debtor}催告不算），不要在催款通知上签字确认保证责任。",
                "Keep what shows that the {party.creditor} did not sue or arbitrate against the {party.debtor} within the period (demands on you or the {party.debtor} do not count); do not sign any demand confirming the guarantee.",
                G,
                GENERAL,
            ),
        ],
        evidence=[
            {"use": "evidence_contract"},
            {"use": "evidence_loan"},
            {"use": "evidence_demand"},
            {"use": "evidence_suit"},
        ],
    )


def invalid_maybe(
    sublabel: Json, extra: list[Json], depends: list[str] | None = None
) -> list[Json]:
    """The compensation a void guarantee may still give, by why it is void (no figures yet)."""
    order = t("以{party.debtor}不能清偿为前提", "Only for what the {party.debtor} cannot pay")
    return [
        finding(
            "赔偿责任",
            GUARANTOR,
            CREDITOR,
            t(
                "按过错赔偿，以{party.debtor}不能清偿的部分为限：双方都有过错的不超过二分之一；只有保证人有过错的为全部；只有债权人有过错的不赔偿",
                "fault-based compensation, limited to what the {party.debtor} cannot pay: at most half if both were at fault; all of it if only the guarantor; nothing if only the creditor",
            ),
            order,
            [cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD), *extra],
            sublabel,
            INV_GUAR,
            depends,
        ),
        finding(
            "赔偿责任",
            GUARANTOR,
            CREDITOR,
            t(
                "按过错赔偿：保证人有过错的，不超过{party.debtor}不能清偿部分的三分之一；没有过错的不赔偿",
                "fault-based compensation: at most a third of what the {party.debtor} cannot pay if the guarantor was at fault; nothing if not",
            ),
            order,
            [
                cite(CC, 682, 1, when=NEW),
                cite(GI, 17, 2, when=NEW),
                cite(GL, 5, 1, when=OLD),
                cite(GLI, 8, when=OLD),
                *extra,
            ],
            sublabel,
            MAIN_VOID,
            depends,
        ),
    ]


def out_depends() -> Json:
    cause_warnings = [
        warn(
            "missing_fact",
            "债权人行使权利的确切日期尚待核实（只知道月份或者不清楚）：在保证期间届满日或者之前的，保证责任得以保全；之后的，保证人不再承担保证责任。",
            "The exact day the creditor acted is still to verify (known only to the month, or not at all): on or before the period's last day, the guarantee is kept; after it, the guarantor is released.",
            "any",
            any_({"month_only": "act_date"}, unknown("act_date")),
        ),
        warn(
            "missing_fact",
            "主债务的到期日（保证期间起算日）尚待核实：保证期间的届满日取决于它。",
            "The main debt's due date (the start of the period) is still to verify: the period's last day depends on it.",
            "any",
            any_({"month_only": "due_date"}, unknown("due_date")),
        ),
        warn(
            "missing_fact",
            "保证合同对保证期间的约定尚待核实。",
            "What the guarantee says about the guarantee period is still to verify.",
            "any",
            any_(unknown("period_a"), unknown("period_n")),
        ),
        warn(
            "missing_fact",
            "债权人是否在保证期间内行使过权利尚待核实：行使过的，保证人应当承担；没有的，保证人不再承担保证责任。",
            "Whether the creditor acted within the period is still to verify: if so, the guarantor is liable; if not, released.",
            "any",
            ACTION_UNKNOWN,
        ),
    ]
    depends = ["act_date", "due_date", "period_a", "period_n", "joint_action", "general_action"]
    findings = [
        finding(
            "连带责任",
            t(
                "{party.guarantor}（与{party.debtor}）",
                "the {party.guarantor} (with the {party.debtor})",
            ),
            CREDITOR,
            NO_FIGURE_SCOPE,
            JOINT_ORDER,
            [
                *type_basis(True),
                cite(CC, 693, 2, when=NEW),
                cite(GL, 26, 2, when=OLD),
                *SCOPE_BASIS,
            ],
            t(
                "连带责任保证，若在保证期间内要求了保证人",
                "joint and several guarantee, if the guarantor was required to perform within the period",
            ),
            all_(VALID, JOINT),
            depends,
        ),
        finding(
            "一般保证责任",
            GUARANTOR,
            CREDITOR,
            NO_FIGURE_GENERAL_SCOPE,
            GENERAL_ORDER,
            general_basis([cite(CC, 693, 1, when=NEW), cite(GL, 25, 2, when=OLD)]),
            t(
                "一般保证，若在保证期间内起诉或者仲裁了债务人",
                "general guarantee, if the debtor was sued or taken to arbitration within the period",
            ),
            all_(VALID, GENERAL),
            depends,
        ),
        *invalid_maybe(
            t(
                "保证无效，若在保证期间内依法行使了权利",
                "void guarantee, if the creditor acted within the period",
            ),
            [cite(GI, 33, when=NEW)],
            depends,
        ),
    ]
    return outcome(
        "out_depends",
        "G-D2",
        t(
            "保证人是否承担责任，取决于尚待核实的日期或者事实",
            "Whether the guarantor is liable turns on dates or facts still to verify",
        ),
        [
            variant(
                C,
                "你于{date.act_date}要求了{party.guarantor}承担保证责任，但主债务只知道在{date.due_date}到期：保证期间的届满日因此只能确定一个范围（见期限表），要求是否及时取决于确切的到期日——届满日（含因节假日顺延）在{date.act_date}或者之后的，要求及时，{party.guarantor}应当在保证范围内与{party.debtor}承担连带责任；早于该日的，{party.guarantor}不再承担保证责任。请立即调取借款合同等确定确切的到期日。",
                "You required the {party.guarantor} to perform on {date.act_date}, but the main debt is known to fall due only in {date.due_date}: the end of the guarantee period is a range (see the deadlines), and whether you were in time turns on the exact due date — if the last day (after any holiday roll-over) is on or after {date.act_date}, you were, and he answers jointly with the {party.debtor}; if earlier, he is released. Get the loan contract and fix the exact due date at once.",
                all_(
                    JOINT,
                    OPEN_ACT,
                    {"month_only": "due_date"},
                    not_(any_(unknown("act_date"), {"month_only": "act_date"})),
                ),
            ),
            variant(
                C,
                "保证合同对保证期间的约定，以及是否在保证期间内要求过{party.guarantor}，都尚待核实（见“需要核实的事实”）。期限表列出每种可能的约定下保证期间的届满日：已经届满的情形，只有当时及时要求过{party.guarantor}，他才承担；尚未届满的情形，现在要求仍然来得及。请立即书面要求{party.guarantor}承担保证责任（以到达为准，保存送达凭证），不要等核实的结果；同时查明保证合同的约定和过去的催告记录。",
                "What the guarantee says of its period, and whether you required the {party.guarantor} to perform within it, are both to verify (see 'facts to verify'). The deadlines show the period's last day under each possible term: where it has ended, he answers only if you required him in time; where it has not, requiring him now is still in time. Require the {party.guarantor} in writing now (it counts on arrival; keep proof of delivery), without waiting; and find the guarantee's terms and the record of past demands.",
                all_(JOINT, any_(unknown("period_a"), unknown("period_n"))),
            ),
            variant(
                C,
                "保证合同对保证期间的约定尚待核实（见“需要核实的事实”）。期限表列出每种可能的约定下保证期间的届满日：已经届满的情形，只有当时及时对{party.debtor}提起诉讼或者申请仲裁，{party.guarantor}才承担；尚未届满的情形，请立即对{party.debtor}提起诉讼或者申请仲裁。",
                "What the guarantee says of its period is to verify (see 'facts to verify'). The deadlines show the period's last day under each possible term: where it has ended, the {party.guarantor} answers only if you sued or arbitrated against the {party.debtor} in time; where it has not, sue or arbitrate against the {party.debtor} now.",
                all_(GENERAL, any_(unknown("period_a"), unknown("period_n"))),
            ),
            variant(
                C,
                "能否要求{party.guarantor}承担责任，取决于尚待核实的事实（见“需要核实的事实”）：在保证期间内依法行使了权利的，{party.guarantor}应当承担；否则不再承担保证责任。保证期间最迟也已经届满（见期限表），现在才行使权利已经来不及；请尽快取得下列证据，查明当时是否及时。",
                "Whether the {party.guarantor} can be made to answer turns on facts still to verify (see 'facts to verify'): if you acted within the guarantee period, he is liable; if not, released. The period has ended even at its latest (see the deadlines), so acting now comes too late; get the evidence below quickly to show whether you acted in time.",
                PERIOD_OVER,
            ),
            variant(
                C,
                "能否要求{party.guarantor}承担责任，取决于尚待核实的事实（见“需要核实的事实”）：在保证期间内依法行使了权利的，{party.guarantor}应当承担；否则不再承担保证责任。保证期间尚未届满的，请立即依法行使权利；请尽快取得下列证据。",
                "Whether the {party.guarantor} can be made to answer turns on facts still to verify (see 'facts to verify'): if you acted within the guarantee period, he is liable; if not, released. If the period may still be running, act now; get the evidence below quickly.",
            ),
            variant(
                G,
                "你是否仍须承担，取决于尚待核实的事实（见“需要核实的事实”）：{party.creditor}在保证期间内依法行使了权利的，你须承担；否则你不再承担保证责任。请核实下列证据。",
                "Whether you still answer turns on facts still to verify (see 'facts to verify'): if the {party.creditor} acted within the guarantee period, you are liable; if not, released. Check the evidence below.",
            ),
        ],
        findings,
        deadlines=[*GP_USES, *GPU_USES, *GD_JOINT, *MAIN_USES],
        defences=[
            note(
                "要求{party.creditor}举证证明其在保证期间内依法行使了权利（送达凭证、立案材料）。",
                "Ask the {party.creditor} to prove it acted within the guarantee period (proof of delivery, filing papers).",
                G,
            )
        ],
        recourse=[{"use": "recourse_700"}, {"use": "recourse_31"}],
        warnings=[
            *cause_warnings,
            *[
                {"use": n}
                for n in (
                    "old_unclear_creditor",
                    "old_unclear_creditor_late",
                    "old_unclear_guarantor",
                    "resolution_unknown",
                    "resolution_unknown_no_amount",
                    "listed_unknown",
                    "old_company_practice",
                    "old_credit_support",
                    "joiner_is_guarantor",
                )
            ],
        ],
        next_steps=[
            note(
                "调取EMS回执、签收记录、法院立案或者送达材料，确定行使权利的确切日期（以及是否行使过）。",
                "Obtain the EMS receipt, signed acknowledgement, or the court's filing and service records to fix whether and on which day the creditor acted.",
                "any",
                any_(unknown("act_date"), {"month_only": "act_date"}, ACTION_UNKNOWN),
            ),
            note(
                "调取借款合同或者借条，确定主债务的确切到期日。",
                "Get the loan contract or IOU to fix the main debt's exact due date.",
                "any",
                any_(unknown("due_date"), {"month_only": "due_date"}),
            ),
            note(
                "调取保证合同，确定对保证期间的约定。",
                "Get the guarantee to fix what it says of the period.",
                "any",
                any_(unknown("period_a"), unknown("period_n")),
            ),
            note(
                "保证期间可能尚未届满：立即书面要求{party.guarantor}承担保证责任（以到达为准，EMS寄送并保存回执），或者起诉{party.guarantor}并确保起诉状副本送达。",
                "The period may still be running: require the {party.guarantor} in writing now (it counts on arrival; EMS with a receipt), or sue him and make sure the statement of claim is served.",
                C,
                all_(JOINT, PERIOD_MAY_RUN),
            ),
            note(
                "保证期间可能尚未届满：立即对{party.debtor}提起诉讼或者申请仲裁（只向{party.debtor}或者{party.guarantor}催告都不够），保存立案材料。",
                "The period may still be running: sue or arbitrate against the {party.debtor} now (demands on the {party.debtor} or the {party.guarantor} are not enough), and keep the filing papers.",
                C,
                all_(GENERAL, PERIOD_MAY_RUN),
            ),
            *[
                note(
                    f"同时留意主债务的诉讼时效（至{{deadline.{name}}}，见期限表）：在届满前对{{party.debtor}}催告或者起诉，保存凭证。",
                    f"Mind the main debt's limitation too (to {{deadline.{name}}}, see the deadlines): demand from, or sue, the {{party.debtor}} before it ends, and keep proof.",
                    C,
                    all_(DL[name]["when"], passed(name, False), not_(any_(D_SUED, D_JUDGED))),
                )
                for name in MAIN_NAMES
            ],
            note(
                "不要在催款通知上签字确认保证责任。",
                "Do not sign any demand confirming the guarantee.",
                G,
            ),
        ],
        evidence=[
            {"use": "evidence_contract"},
            {"use": "evidence_loan"},
            {"use": "evidence_demand"},
            {"use": "evidence_suit"},
            {"use": "evidence_company"},
            {"use": "evidence_main_void"},
        ],
    )


def out_not_started() -> Json:
    return outcome(
        "out_not_started",
        "G-D3",
        t(
            "保证期间尚未开始计算：主债务没有约定履行期限，也还没有要求债务人还款",
            "The guarantee period has not begun: no due date was agreed and no demand was made on the debtor",
        ),
        [
            variant(
                C,
                "主债务没有约定履行期限，你也还没有要求{party.debtor}还款：保证期间尚未开始计算。请书面要求{party.debtor}在合理的宽限期内还款（保存送达凭证）；宽限期届满之日起，保证期间开始计算，没有约定的为六个月，你须在期间内依法行使权利（连带责任保证：要求{party.guarantor}承担；一般保证：对{party.debtor}起诉或者仲裁）。",
                "No due date was agreed and you have not demanded payment from the {party.debtor}: the guarantee period has not begun. Demand payment from the {party.debtor} in writing with a reasonable grace period (keep proof of delivery); the guarantee period runs from the end of the grace period, six months unless agreed, and you must act within it (joint guarantee: require the {party.guarantor}; general guarantee: sue or arbitrate against the {party.debtor}).",
            ),
            variant(
                G,
                "主债务没有约定履行期限，{party.creditor}也还没有要求{party.debtor}还款：保证期间尚未开始计算。{party.creditor}要求{party.debtor}还款并给出的宽限期届满后，保证期间才开始计算；{party.creditor}须在期间内依法行使权利，否则你不再承担保证责任。",
                "No due date was agreed and the {party.creditor} has not demanded payment from the {party.debtor}: the guarantee period has not begun. It starts when the grace period of a demand on the {party.debtor} ends; the {party.creditor} must act within it, or you are released.",
            ),
        ],
        [
            finding(
                "连带责任",
                t(
                    "{party.guarantor}（与{party.debtor}）",
                    "the {party.guarantor} (with the {party.debtor})",
                ),
                CREDITOR,
                NO_FIGURE_SCOPE,
                JOINT_ORDER,
                [
                    *type_basis(True),
                    cite(CC, 692, 3, when=NEW),
                    cite(GLI, 33, when=OLD),
                    *SCOPE_BASIS,
                ],
                t(
                    "连带责任保证，保证期间尚未起算",
                    "joint and several guarantee; the period has not begun",
                ),
                all_(VALID, JOINT),
            ),
            finding(
                "一般保证责任",
                GUARANTOR,
                CREDITOR,
                NO_FIGURE_GENERAL_SCOPE,
                GENERAL_ORDER,
                general_basis([cite(CC, 692, 3, when=NEW), cite(GLI, 33, when=OLD)]),
                t("一般保证，保证期间尚未起算", "general guarantee; the period has not begun"),
                all_(VALID, GENERAL),
            ),
            *invalid_maybe(
                t(
                    "保证无效：以后可能承担的赔偿责任",
                    "void guarantee: compensation that may be owed later",
                ),
                [cite(GI, 33, when=NEW)],
            ),
        ],
        defences=[
            note(
                "目前{party.creditor}还不能要求你承担保证责任；保证期间开始后，{party.creditor}没有在期间内依法行使权利的，你不再承担保证责任。",
                "For now the {party.creditor} cannot hold you to the guarantee; once the period begins, if it does not act within it, you are released.",
                G,
            )
        ],
        recourse=[{"use": "recourse_700"}, {"use": "recourse_31"}],
        warnings=[
            {"use": n}
            for n in (
                "resolution_unknown_plain",
                "listed_unknown",
                "old_company_practice",
                "old_credit_support",
                "joiner_is_guarantor",
            )
        ],
        next_steps=[
            note(
                "书面要求{party.debtor}在合理的宽限期内还款，以EMS寄送并保存回执；记下宽限期届满日。",
                "Demand payment from the {party.debtor} in writing with a reasonable grace period, by EMS with a receipt; note the day it ends.",
                C,
            ),
            note(
                "留意{party.creditor}是否以及何时要求{party.debtor}还款；保存收到的通知。",
                "Watch whether and when the {party.creditor} demands payment from the {party.debtor}; keep any notice you receive.",
                G,
            ),
        ],
        evidence=[
            {"use": "evidence_contract"},
            {"use": "evidence_loan"},
            {"use": "evidence_company"},
        ],
    )


def f_partial() -> Json:
    nl = t("—", "—")
    return outcome(
        "f_partial",
        "G-E",
        t("保证人对部分债务不承担保证责任", "The guarantor is released from part of the debt"),
        [
            variant(
                C,
                "下列部分不能要求{party.guarantor}承担（见认定）；其余部分按下面的结论处理。{party.debtor}仍应清偿全部债务。",
                "You cannot ask the {party.guarantor} for the parts below (see the findings); for the rest see the conclusion that follows. The {party.debtor} still owes everything.",
            ),
            variant(
                G,
                "对下列部分你不承担保证责任（见认定）；其余部分按下面的结论处理。",
                "You are not liable for the parts below (see the findings); for the rest see the conclusion that follows.",
            ),
        ],
        [
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "未经{party.guarantor}书面同意而加重的部分（例如提高的利息、增加的借款）",
                    "the increase made without the {party.guarantor}'s written consent (e.g. higher interest, added loans)",
                ),
                nl,
                [cite(CC, 695, 1, when=NEW), cite(GLI, 30, 1, when=OLD)],
                t("对加重的部分", "for the increase"),
                CH("increased"),
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "未经{party.guarantor}书面同意而转移给他人的债务",
                    "the debt passed to someone else without the {party.guarantor}'s written consent",
                ),
                nl,
                [cite(CC, 697, 1, when=NEW), cite(GL, 23, when=OLD), cite(GLI, 29, when=OLD)],
                t("对转移的债务", "for the debt transferred"),
                CH("transferred"),
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "{party.debtor}自己提供的抵押、质押能够清偿的部分：没有另外约定的，{party.creditor}应当先就该担保物实现债权",
                    "what the {party.debtor}'s own mortgage or pledge can pay: unless agreed otherwise, the {party.creditor} must realise it first",
                ),
                t(
                    "先就{party.debtor}自己提供的担保物实现债权，不足部分再由{party.guarantor}承担",
                    "The {party.debtor}'s own collateral first; the {party.guarantor} answers for the shortfall",
                ),
                [cite(CC, 392, when=NEW), cite(GL, 28, 1, when=OLD)],
                t(
                    "对债务人自己的担保物能够清偿的部分",
                    "for what the debtor's own collateral covers",
                ),
                CH("debtor_collateral"),
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "{party.creditor}放弃{party.debtor}自己提供的抵押、质押而丧失的优先受偿部分（{party.guarantor}承诺仍然提供担保的除外）",
                    "the priority the {party.creditor} lost by giving up the {party.debtor}'s own mortgage or pledge (unless the {party.guarantor} promised to stay bound)",
                ),
                nl,
                [cite(CC, 409, 2, when=NEW), cite(CC, 435, when=NEW), cite(GL, 28, 2, when=OLD)],
                t("在放弃担保物的范围内", "to the extent of the collateral given up"),
                CH("collateral_released"),
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "{party.guarantor}提供的{party.debtor}可供执行财产的价值范围内",
                    "up to the value of the {party.debtor}'s assets the {party.guarantor} pointed out",
                ),
                nl,
                [cite(CC, 698, when=NEW), cite(GLI, 24, when=OLD)],
                t("在提供的可供执行财产的价值范围内", "up to the value of the assets pointed out"),
                all_(GENERAL, includes("changes", "assets_neglected")),
            ),
        ],
        remaining=t(
            "{party.guarantor}对其余部分仍按下面的结论承担；{party.debtor}仍应清偿全部债务。",
            "For the rest the {party.guarantor} answers as the conclusion below says; the {party.debtor} still owes the whole debt.",
        ),
        defences=[
            note(
                "对上列部分，主张不承担保证责任；注意保存证明加重、转移或者放弃担保物的材料，以及你没有书面同意的事实。",
                "For those parts, plead that you are not liable; keep the proof of the increase, transfer or release, and that you did not consent in writing.",
                G,
            )
        ],
        next_steps=[
            note(
                "只就其余部分要求{party.guarantor}承担；被免除的部分只能向{party.debtor}主张。",
                "Ask the {party.guarantor} only for the rest; claim the released parts from the {party.debtor}.",
                C,
            ),
            note(
                "计算被免除部分的数额（加重的利息、转移的债务、担保物的价值），核对{party.creditor}请求的金额。",
                "Work out the released amounts (added interest, debt transferred, value of the collateral) and check the sum claimed.",
                G,
            ),
        ],
        evidence=[
            note(
                "变更主合同、转移债务或者放弃担保物的协议和记录",
                "The agreements and records of the change, the transfer or the release",
                "any",
            ),
        ],
        next_="co_route",
    )


def out_new_for_old() -> Json:
    return outcome(
        "out_new_for_old",
        "G-E2",
        t(
            "保证人不承担保证责任：以新贷偿还旧贷，保证人不知情",
            "The guarantor is not liable: the loan repaid an old loan without his knowledge",
        ),
        [
            variant(
                C,
                "这笔借款用于偿还旧借款（以新贷还旧贷），{party.guarantor}不是旧借款的保证人，提供保证时也不知道这一点：{party.guarantor}不承担保证责任。除非你有证据证明{party.guarantor}当时知道或者应当知道；否则只能向{party.debtor}主张。",
                "The loan repaid an older loan (new for old), the {party.guarantor} did not guarantee the old one and did not know: he is not liable, unless you can prove he knew or should have known; otherwise claim from the {party.debtor} only.",
            ),
            variant(
                G,
                "这笔借款用于偿还旧借款（以新贷还旧贷），你不是旧借款的保证人，提供保证时也不知道：你不承担保证责任，除非{party.creditor}证明你当时知道或者应当知道。",
                "The loan repaid an older loan (new for old), you did not guarantee the old one and did not know: you are not liable, unless the {party.creditor} proves you knew or should have known.",
            ),
        ],
        [
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                t(
                    "对以新贷偿还旧贷的借款，不承担保证责任",
                    "no liability for the loan that repaid the old one",
                ),
                DASH,
                [cite(GI, 16, 1, 2, when=NEW), cite(GLI, 39, when=OLD)],
                t("以新贷还旧贷，保证人不知情", "new loan for old, unknown to the guarantor"),
            )
        ],
        remaining=t(
            "{party.debtor}仍应向{party.creditor}清偿全部债务。",
            "The {party.debtor} still owes the {party.creditor} the whole debt.",
        ),
        defences=[
            note(
                "主张借款用于以新贷还旧贷而你不知情，要求{party.creditor}举证你知道或者应当知道。",
                "Plead that the loan repaid an old one without your knowledge, and put the {party.creditor} to proof that you knew.",
                G,
            )
        ],
        next_steps=[
            note(
                "收集证明{party.guarantor}知道借款用途的材料；没有的，向{party.debtor}主张。",
                "Gather proof that the {party.guarantor} knew the loan's purpose; failing that, claim from the {party.debtor}.",
                C,
            ),
            note(
                "收集证明借款用于偿还旧借款的材料（资金流水）。",
                "Gather proof that the loan repaid the old one (the money trail).",
                G,
            ),
        ],
        evidence=[
            note(
                "新旧借款合同及资金流水",
                "The old and new loan contracts and the money trail",
                "any",
            ),
            {"use": "evidence_contract"},
        ],
    )


def invalid_scope(frac: str, acc: bool = False) -> list[tuple[Json, Json]]:
    """Scope texts for a cap of a half or a third of what the debtor cannot pay: known/unknown."""
    zh_f, en_f, amt, amt_debt = {
        "half": ("二分之一", "half", "half_cannot_pay", "half_debt"),
        "third": ("三分之一", "a third", "third_cannot_pay", "third_debt"),
    }[frac]
    cp = "cannot_pay"
    if acc:
        amt, amt_debt, cp = f"acc_{amt}", f"acc_{amt_debt}", "acc_cannot_pay"
    return [
        (
            not_(unknown(cp)),
            t(
                f"不超过{{party.debtor}}不能清偿部分（{{amount.{cp}}}）的{zh_f}，即最多{{amount.{amt}}}",
                f"at most {en_f} of what the {{party.debtor}} cannot pay ({{amount.{cp}}}), i.e. at most {{amount.{amt}}}",
            ),
        ),
        (
            unknown(cp),
            t(
                f"不超过{{party.debtor}}不能清偿部分的{zh_f}；{{party.debtor}}完全不能清偿时，最多为尚欠债务的{zh_f}，即{{amount.{amt_debt}}}",
                f"at most {en_f} of what the {{party.debtor}} cannot pay; if he can pay nothing, at most {en_f} of the debt, i.e. {{amount.{amt_debt}}}",
            ),
        ),
    ]


def full_scope(acc: bool = False) -> list[tuple[Json, Json]]:
    cp, debt = ("acc_cannot_pay", "acc_amount") if acc else ("cannot_pay", "debt_amount")
    return [
        (
            not_(unknown(cp)),
            t(
                f"{{party.debtor}}不能清偿的部分，即{{amount.{cp}}}",
                f"what the {{party.debtor}} cannot pay, i.e. {{amount.{cp}}}",
            ),
        ),
        (
            unknown(cp),
            t(
                f"{{party.debtor}}不能清偿的部分（最多为尚欠的{{amount.{debt}}}）",
                f"what the {{party.debtor}} cannot pay (at most the {{amount.{debt}}} owed)",
            ),
        ),
    ]


BARRED = ans("guarantor_kind", "barred")
NOT_REVIEWED = ans("company_resolution", "not_reviewed")
INVALID_REASON_BASIS = [
    cite(CC, 683, when=all_(NEW, BARRED)),
    cite(GI, 5, when=all_(NEW, BARRED)),
    cite(GI, 6, 1, when=all_(NEW, BARRED)),
    cite(CC, 682, 2, when=all_(NEW, BARRED)),
    cite(GI, 7, 1, 2, when=all_(NEW, NOT_REVIEWED)),
    cite(GI, 11, 4, when=all_(NEW, NOT_REVIEWED, ans("guarantor_kind", "branch"))),
    cite(CO, 15, when=all_(CO_NEW, NOT_REVIEWED)),
    cite(CO18, 16, when=all_(CO_OLD, NOT_REVIEWED)),
    cite(GL, 8, when=all_(OLD, BARRED)),
    cite(GL, 9, when=all_(OLD, BARRED)),
    cite(GLI, 3, when=all_(OLD, BARRED)),
    cite(GLI, 11, when=all_(OLD, NOT_REVIEWED)),
    cite(GL, 5, 2, when=OLD),
    cite(GI, 33, when=NEW),
]
# Why the guarantee is void, in each finding; the full list is the outcome's further basis.
INVALID_WHY = [
    cite(GI, 7, 1, 2, when=all_(NEW, NOT_REVIEWED)),
    cite(CO, 15, when=all_(CO_NEW, NOT_REVIEWED)),
    cite(CO18, 16, when=all_(CO_OLD, NOT_REVIEWED)),
    cite(CC, 683, when=all_(NEW, BARRED)),
    cite(GLI, 11, when=all_(OLD, NOT_REVIEWED)),
    cite(GLI, 3, when=all_(OLD, BARRED)),
]


def out_invalid() -> Json:
    valid_main = ans("main_valid", "valid")
    fg = "fault_guarantee"
    fm = "fault_main"
    label_comp = "赔偿责任"
    order = t(
        "以{party.debtor}不能清偿为前提：先向{party.debtor}追讨",
        "Only for what the {party.debtor} cannot pay: pursue the {party.debtor} first",
    )
    findings: list[Json] = []
    for when_amt, scope in invalid_scope("half"):
        findings.append(
            finding(
                label_comp,
                GUARANTOR,
                CREDITOR,
                scope,
                order,
                [cite(GI, 17, 1, 1, when=NEW), cite(GLI, 7, when=OLD), *INVALID_WHY],
                t(
                    "保证无效，双方都有过错：不超过二分之一",
                    "void guarantee, both at fault: at most half",
                ),
                # A creditor who did not check the resolution is at fault by definition
                # (担保制度解释7(3)): "only the guarantor" cannot stand, at most half.
                all_(
                    valid_main,
                    any_(ans(fg, "both"), all_(NOT_REVIEWED, ans(fg, "guarantor_only"))),
                    when_amt,
                ),
            )
        )
    for when_amt, scope in full_scope():
        findings.append(
            finding(
                label_comp,
                GUARANTOR,
                CREDITOR,
                scope,
                order,
                [cite(GI, 17, 1, 2), *INVALID_WHY],
                t("保证无效，只有保证人有过错", "void guarantee, only the guarantor at fault"),
                all_(NEW, valid_main, not_(NOT_REVIEWED), ans(fg, "guarantor_only"), when_amt),
            )
        )
    findings.append(
        finding(
            "连带责任",
            t(
                "{party.guarantor}（与{party.debtor}）",
                "the {party.guarantor} (with the {party.debtor})",
            ),
            CREDITOR,
            t(
                "{party.creditor}的经济损失，即尚欠的{amount.debt_amount}",
                "the {party.creditor}'s loss, i.e. the {amount.debt_amount} owed",
            ),
            t(
                "{party.guarantor}与{party.debtor}承担连带赔偿责任：可以要求任何一方赔偿全部",
                "The {party.guarantor} and the {party.debtor} answer jointly: either may be asked for the whole",
            ),
            [cite(GLI, 7), *INVALID_WHY],
            t(
                "连带赔偿责任（保证无效，债权人无过错）",
                "joint liability in damages (void guarantee, the creditor without fault)",
            ),
            all_(OLD, valid_main, not_(NOT_REVIEWED), ans(fg, "guarantor_only")),
        )
    )
    for when_amt, scope in invalid_scope("third"):
        findings.append(
            finding(
                label_comp,
                GUARANTOR,
                CREDITOR,
                scope,
                order,
                [
                    cite(CC, 682, 1, when=NEW),
                    cite(GI, 17, 2, when=NEW),
                    cite(GL, 5, 1, when=OLD),
                    cite(GLI, 8, when=OLD),
                ],
                t(
                    "主合同无效，保证人有过错：不超过三分之一",
                    "void main contract, the guarantor at fault: at most a third",
                ),
                all_(MAIN_VOID, ans(fm, "guarantor_fault"), when_amt),
            )
        )
    findings.append(
        finding(
            label_comp,
            GUARANTOR,
            CREDITOR,
            t(
                "视过错而定：双方都有过错的，不超过{party.debtor}不能清偿部分的二分之一（最多{amount.half_debt}）；只有保证人有过错的，为不能清偿的全部；只有债权人有过错的，不赔偿",
                "depends on fault: both at fault, at most half of what the {party.debtor} cannot pay (at most {amount.half_debt}); only the guarantor, all of it; only the creditor, nothing",
            ),
            order,
            [cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD), *INVALID_WHY],
            t("保证无效，过错尚待核实", "void guarantee, fault still to verify"),
            all_(valid_main, unknown(fg)),
            [fg],
        )
    )
    findings.append(
        finding(
            label_comp,
            GUARANTOR,
            CREDITOR,
            t(
                "视过错而定：保证人有过错的，不超过{party.debtor}不能清偿部分的三分之一（最多{amount.third_debt}）；没有过错的，不赔偿",
                "depends on fault: if the guarantor was at fault, at most a third of what the {party.debtor} cannot pay (at most {amount.third_debt}); if not, nothing",
            ),
            order,
            [cite(CC, 682, 1, when=NEW), cite(GI, 17, 2, when=NEW), cite(GLI, 8, when=OLD)],
            t(
                "主合同无效，保证人的过错尚待核实",
                "void main contract, the guarantor's fault still to verify",
            ),
            all_(MAIN_VOID, unknown(fm)),
            [fm],
        )
    )
    intro = {
        "void_c": (
            "主合同无效，保证合同随之无效：你不能要求{party.guarantor}承担保证责任，只能按过错要求其赔偿，以{party.debtor}不能清偿的部分为基数（见认定中的数额）；先向{party.debtor}主张无效后的返还和赔偿。",
            "The main contract is void and so is the guarantee: you cannot hold the {party.guarantor} to it, only claim fault-based compensation measured on what the {party.debtor} cannot pay (see the figures in the findings); first claim restitution and damages from the {party.debtor}.",
        ),
        "inv_c": (
            "保证无效（或者担保对{party.guarantor}不发生效力）：你不能要求{party.guarantor}承担保证责任，只能按过错要求其赔偿，以{party.debtor}不能清偿的部分为基数（见认定中的数额）；先向{party.debtor}追讨。",
            "The guarantee is void (or does not bind the {party.guarantor}): you cannot hold him to it, only claim fault-based compensation measured on what the {party.debtor} cannot pay (see the figures in the findings); pursue the {party.debtor} first.",
        ),
        "void_g": (
            "主合同无效，保证合同随之无效：你不承担保证责任。但你有过错的，{party.creditor}可以要求你赔偿，最多为{party.debtor}不能清偿部分的三分之一（见认定中的数额）。",
            "The main contract is void and so is the guarantee: you are not liable under it. If you were at fault the {party.creditor} may claim compensation, at most a third of what the {party.debtor} cannot pay (see the figures in the findings).",
        ),
        "inv_g": (
            "保证无效（或者担保对你不发生效力）：你不承担保证责任。但{party.creditor}可以按过错要求你赔偿，以{party.debtor}不能清偿的部分为基数（见认定中的数额）；只有{party.creditor}有过错的，你不赔偿。",
            "The guarantee is void (or does not bind you): you are not liable under it. But the {party.creditor} may claim fault-based compensation measured on what the {party.debtor} cannot pay (see the figures in the findings); if only the {party.creditor} was at fault, you owe nothing.",
        ),
    }
    # What the guarantee period did, by law version (担保制度解释33 only for the new law).
    states = [
        (
            all_(NEW, IN_TIME),
            "你已于{date.act_date}在保证期间内依法行使了权利，{party.guarantor}不能以保证期间届满为由拒绝赔偿。",
            "You acted within the guarantee period on {date.act_date}, so the {party.guarantor} cannot refuse compensation because the period ended.",
            "{party.creditor}已于{date.act_date}在保证期间内依法行使了权利，你不能以保证期间届满为由拒绝赔偿。",
            "The {party.creditor} acted within the guarantee period on {date.act_date}, so you cannot refuse compensation because the period ended.",
        ),
        (
            all_(OLD, IN_TIME),
            "你已于{date.act_date}在保证期间内依法行使了权利。",
            "You acted within the guarantee period on {date.act_date}.",
            "{party.creditor}已于{date.act_date}在保证期间内依法行使了权利。",
            "The {party.creditor} acted within the guarantee period on {date.act_date}.",
        ),
        (
            all_(NEW, RUNNING),
            "保证期间尚未届满（见期限表）：请在届满前依法行使权利，否则{party.guarantor}连赔偿责任也不承担。",
            "The guarantee period is still running (see the deadlines): act before it ends, or the {party.guarantor} owes no compensation either.",
            "保证期间尚未届满（见期限表）：{party.creditor}在届满前没有依法行使权利的，你连赔偿责任也不承担。",
            "The guarantee period is still running (see the deadlines): if the {party.creditor} does not act before it ends, you owe no compensation either.",
        ),
        (
            all_(OLD, RUNNING),
            "保证期间尚未届满（见期限表），请在届满前依法行使权利。",
            "The guarantee period is still running (see the deadlines); act before it ends.",
            "保证期间尚未届满（见期限表）。",
            "The guarantee period is still running (see the deadlines).",
        ),
        (
            all_(OLD, RELEASED),
            "你没有在保证期间内依法行使权利；这是否使{party.guarantor}也不承担赔偿责任，当时的法律没有明文规定，存在争议。",
            "You did not act within the guarantee period; whether that also frees the {party.guarantor} from compensation was not regulated then and is contested.",
            "{party.creditor}没有在保证期间内依法行使权利；你可以主张因此也不承担赔偿责任，但当时的法律没有明文规定，存在争议。",
            "The {party.creditor} did not act within the guarantee period; you may argue that frees you from compensation too, but the law then said nothing express — contested.",
        ),
    ]
    summary: list[Json] = []
    kept = states[0]
    for inv in INV_MAIN_NAMES:
        for extra, zh_in, en_in in ((kept[0], kept[1], " " + kept[2]), (None, "", "")):
            summary.append(
                variant(
                    C,
                    f"保证无效（或者担保对{{party.guarantor}}不发生效力），你只能按过错要求{{party.guarantor}}赔偿，以{{party.debtor}}不能清偿的部分为基数（见认定中的数额）。{zh_in}但主债务的诉讼时效已于{{deadline.{inv}}}届满（案件经过中没有在此之前中断的记录）：{{party.debtor}}可以拒绝清偿，{{party.guarantor}}也可能以此拒绝赔偿。请立即核实是否曾向{{party.debtor}}催告、起诉，或者{{party.debtor}}曾书面确认、部分还款；有的，补充记录后再看结论。",
                    f"The guarantee is void (or does not bind the {{party.guarantor}}), so you can only claim fault-based compensation measured on what the {{party.debtor}} cannot pay (see the figures in the findings).{en_in} But the main debt's limitation ran out on {{deadline.{inv}}} (the history records no interruption before then): the {{party.debtor}} may refuse to pay, and the {{party.guarantor}} may rely on that too. Check at once whether you demanded from or sued the {{party.debtor}}, or it confirmed the debt or paid part; if so, record it and look again.",
                    all_(passed_when(inv), extra),
                )
            )
    for comp in COMP_NAMES:
        for key, cond in (("void", MAIN_VOID), ("inv", None)):
            summary += [
                variant(
                    C,
                    intro[key + "_c"][0]
                    + f"你已于{{date.act_date}}在保证期间内依法行使了权利；但赔偿请求的诉讼时效如果自你要求{{party.guarantor}}之日起算，已于{{deadline.{comp}}}届满（案件经过中没有在此之前中断的记录），{{party.guarantor}}可能以此抗辩。这一时效从何时起算，法律没有明文规定（也有观点认为应当自{{party.debtor}}不能清偿的数额确定之日起算）：请立即起诉{{party.guarantor}}，并核实是否曾再次催告或者起诉他，或者他曾书面确认。",
                    intro[key + "_c"][1]
                    + f" You acted within the guarantee period on {{date.act_date}}; but counted from your demand on the {{party.guarantor}}, the limitation of the claim for compensation ran out on {{deadline.{comp}}} (no interruption is recorded), and he may plead it. When it starts is not settled (another view counts from when what the {{party.debtor}} cannot pay is established): sue the {{party.guarantor}} at once, and check whether you demanded from or sued him again, or he confirmed in writing.",
                    all_(cond, passed_when(comp)),
                ),
                variant(
                    G,
                    intro[key + "_g"][0]
                    + f"赔偿请求的诉讼时效如果自{{party.creditor}}要求你之日起算，已于{{deadline.{comp}}}届满（案件经过中没有在此之前中断的记录）：你可以提出时效抗辩；这一时效从何时起算存在争议。",
                    intro[key + "_g"][1]
                    + f" Counted from the {{party.creditor}}'s demand on you, the limitation of the claim for compensation ran out on {{deadline.{comp}}} (no interruption is recorded): you may plead it; when it starts is contested.",
                    all_(cond, passed_when(comp)),
                ),
            ]
    for key, cond in (("void", MAIN_VOID), ("inv", None)):
        for when, zc, ec, zg, eg in states:
            summary.append(
                variant(
                    C, intro[key + "_c"][0] + zc, intro[key + "_c"][1] + " " + ec, all_(cond, when)
                )
            )
            summary.append(
                variant(
                    G, intro[key + "_g"][0] + zg, intro[key + "_g"][1] + " " + eg, all_(cond, when)
                )
            )
        summary.append(variant(C, *intro[key + "_c"], cond))
        summary.append(variant(G, *intro[key + "_g"], cond))
    return outcome(
        "out_invalid",
        "G-F",
        t(
            "保证无效或者对保证人不发生效力：按过错承担赔偿责任",
            "The guarantee is void or does not bind the guarantor: fault-based compensation",
        ),
        summary,
        findings,
        deadlines=[*GP_USES, *INV_USES],
        defences=[
            note(
                "主张保证合同无效（或者对你不发生效力），不承担保证责任；赔偿以{party.debtor}不能清偿为前提，{party.creditor}应当先向{party.debtor}追讨。",
                "Plead that the guarantee is void (or does not bind you): no guarantee liability; compensation only for what the {party.debtor} cannot pay, after the {party.creditor} has pursued him.",
                G,
            ),
            note(
                "{party.creditor}没有在保证期间内依法行使权利的，你连赔偿责任也不承担。",
                "If the {party.creditor} did not act within the guarantee period, you owe no compensation either.",
                G,
                all_(NEW, not_(IN_TIME)),
            ),
            *[
                note(
                    f"主债务的诉讼时效已于{{deadline.{inv}}}届满（案件经过中没有在此之前中断的记录）：{{party.debtor}}可以拒绝清偿，你也可以主张{{party.creditor}}不能再要求你赔偿。",
                    f"The main debt's limitation ran out on {{deadline.{inv}}} (the history records no interruption before then): the {{party.debtor}} may refuse to pay, and you may argue the {{party.creditor}} can no longer claim compensation from you.",
                    G,
                    passed_when(inv),
                )
                for inv in INV_MAIN_NAMES
            ],
            *[
                note(
                    f"赔偿请求的诉讼时效（稳妥起见自{{party.creditor}}要求你之日起算）已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：你可以提出时效抗辩；这一时效从何时起算存在争议。",
                    f"The limitation of the claim for compensation (counted, to be safe, from the {{party.creditor}}'s demand on you) ran out on {{deadline.{name}}} (no interruption is recorded): you may plead it; when it starts is contested.",
                    G,
                    passed_when(name),
                )
                for name in COMP_NAMES
            ],
            note(
                "{party.creditor}知道或者应当知道无效的原因（例如没有审查公司决议）的，也有过错：你的赔偿不超过二分之一。",
                "If the {party.creditor} knew or should have known why it is void (e.g. it did not check the resolution), it is at fault too: at most half.",
                G,
                ans("main_valid", "valid"),
            ),
        ],
        recourse=[
            note(
                "{party.guarantor}承担赔偿责任后，可以在承担的范围内向{party.debtor}追偿。",
                "After paying compensation the {party.guarantor} may recover it from the {party.debtor}.",
                "any",
                NEW,
            ),
            note(
                "{party.guarantor}承担赔偿责任后，可以向{party.debtor}追偿（担保法解释第9条）。",
                "After paying compensation the {party.guarantor} may recover it from the {party.debtor} (2000 Interpretation art. 9).",
                "any",
                OLD,
            ),
            note(
                "公司因法定代表人越权担保而承担赔偿责任的，可以要求法定代表人赔偿公司的损失。",
                "A company that pays because its legal representative exceeded his powers may claim its loss from him.",
                "any",
                all_(NEW, NOT_REVIEWED),
            ),
        ],
        warnings=[
            warn(
                "contested",
                "2021年以前签署的保证无效，而债权人没有在保证期间内依法行使权利：保证人是否因此也不承担赔偿责任，当时的法律没有明文规定，存在争议。",
                "A void guarantee signed before 2021 where the creditor did not act within the guarantee period: whether that also removes compensation was not regulated then and is contested.",
                "any",
                all_(OLD, RELEASED),
            ),
            warn(
                "missing_fact",
                "过错的分担尚待核实：它决定赔偿是全部、不超过二分之一，还是不赔偿。",
                "Who was at fault is still to verify: it decides whether compensation is all, at most half, or nothing.",
                "any",
                unknown("fault_guarantee"),
            ),
            warn(
                "missing_fact",
                "保证人对主合同无效有没有过错尚待核实：有过错的，赔偿不超过不能清偿部分的三分之一；没有的，不赔偿。",
                "Whether the guarantor was at fault for the void main contract is still to verify: if so, at most a third of what cannot be paid; if not, nothing.",
                "any",
                unknown("fault_main"),
            ),
            warn(
                "caution",
                "没有审查公司决议的债权人不是善意相对人，本身有过错：因此不能认定只有保证人有过错，本报告按双方都有过错处理，赔偿不超过{party.debtor}不能清偿部分的二分之一。",
                "A creditor who did not check the company's resolution is not in good faith and is itself at fault: the guarantor cannot be the only one at fault, so this report treats both as at fault — at most half of what the {party.debtor} cannot pay.",
                "any",
                all_(NOT_REVIEWED, ans("fault_guarantee", "guarantor_only")),
                [
                    cite(GI, 7, 3, when=NEW),
                    cite(GI, 7, 1, 2, when=NEW),
                    cite(GI, 17, 1, 1, when=NEW),
                ],
            ),
            warn(
                "contested",
                "保证无效时，债权人请求保证人赔偿的诉讼时效从何时起算，法律没有明文规定：本报告稳妥起见自{party.creditor}要求{party.guarantor}之日起算；也有观点认为应当自{party.debtor}不能清偿的数额确定之日起算。",
                "When the limitation of a claim for compensation under a void guarantee starts is not settled: this report counts, to be safe, from the {party.creditor}'s demand on the {party.guarantor}; another view counts from when what the {party.debtor} cannot pay is established.",
                "any",
                all_(JOINT, IN_TIME),
            ),
            warn(
                "caution",
                "主合同无效后，对{party.debtor}的返还和赔偿请求的诉讼时效，不从原定的还款日起算；请尽快向{party.debtor}主张，并请律师确定起算日。",
                "Once the main contract is void, the limitation of the claims for restitution and damages against the {party.debtor} does not run from the agreed repayment day; claim from the {party.debtor} soon and have a lawyer fix its start.",
                C,
                MAIN_VOID,
            ),
            {"use": "old_company_practice"},
            {"use": "old_credit_support"},
            {"use": "joiner_is_guarantor"},
            {"use": "old_unclear_creditor"},
            {"use": "old_unclear_creditor_late"},
            {"use": "old_unclear_guarantor"},
        ],
        next_steps=[
            note(
                "先向{party.debtor}追讨（起诉并申请执行，主债务的诉讼时效见期限表），确定{party.debtor}不能清偿的数额；可以一并起诉{party.guarantor}，要求其按过错赔偿。",
                "Pursue the {party.debtor} first (sue and enforce; for the main debt's limitation see the deadlines) to fix what he cannot pay; you may sue the {party.guarantor} at the same time for fault-based compensation.",
                C,
                all_(
                    INV_GUAR,
                    not_(any_(D_SUED, D_JUDGED)),
                    any_(*(not_passed_when(n) for n in INV_MAIN_NAMES)),
                ),
            ),
            note(
                "先向{party.debtor}主张无效后的返还和赔偿（起诉并申请执行），确定{party.debtor}不能清偿的数额；可以一并起诉{party.guarantor}，要求其按过错赔偿。",
                "First claim restitution and damages from the {party.debtor} (sue and enforce) to fix what he cannot pay; you may sue the {party.guarantor} at the same time for fault-based compensation.",
                C,
                all_(MAIN_VOID, not_(any_(D_SUED, D_JUDGED))),
            ),
            note(
                "推进对{party.debtor}的诉讼和执行，确定{party.debtor}不能清偿的数额；可以一并起诉{party.guarantor}，要求其按过错赔偿。",
                "Pursue the case and enforcement against the {party.debtor} to fix what he cannot pay; you may sue the {party.guarantor} at the same time for fault-based compensation.",
                C,
                any_(D_SUED, D_JUDGED),
            ),
            note(
                "主债务的诉讼时效已经届满：立即核实是否曾向{party.debtor}催告、起诉，或者{party.debtor}曾书面确认、部分还款（有的，补充记录）；{party.debtor}届满后同意履行的，不得再以时效抗辩。",
                "The main debt's limitation has run out: check at once whether you demanded from or sued the {party.debtor}, or it confirmed the debt or paid part (if so, record it); if it agrees to pay after expiry, it can no longer plead it.",
                C,
                any_(*(passed_when(n) for n in INV_MAIN_NAMES)),
            ),
            note(
                "在赔偿请求的诉讼时效届满前（见期限表）起诉{party.guarantor}要求赔偿，或者书面催告并保存送达凭证以中断时效。",
                "Before the limitation of the claim for compensation ends (see the deadlines), sue the {party.guarantor} for it, or demand in writing and keep proof of delivery to interrupt it.",
                C,
                all_(any_(*(not_passed_when(n) for n in COMP_NAMES)), not_(G_IN_COURT)),
            ),
            note(
                "赔偿请求的诉讼时效按最早的起算日计算已经届满：立即起诉{party.guarantor}，主张时效应当自{party.debtor}不能清偿的数额确定之日起算；同时核实是否曾再次催告、起诉{party.guarantor}，或者他曾书面确认，有的补充记录。",
                "Counted from the earliest possible start, the limitation of the claim for compensation has run out: sue the {party.guarantor} at once, arguing it runs from when what the {party.debtor} cannot pay is established; and check whether you demanded from or sued him again, or he confirmed in writing — if so, record it.",
                C,
                all_(any_(*(passed_when(n) for n in COMP_NAMES)), not_(G_IN_COURT)),
            ),
            *fam_variants(
                C,
                "保证期间到{END}届满：在此之前依法行使权利，否则{party.guarantor}连赔偿责任也不承担。",
                "The guarantee period runs until {END}: act before then, or the {party.guarantor} owes no compensation either.",
                all_(NEW, RUNNING),
                as_note=True,
            ),
            note(
                "收集证明{party.creditor}知道或者应当知道无效原因的材料，以减轻赔偿。",
                "Gather proof that the {party.creditor} knew or should have known why the guarantee is void, to reduce compensation.",
                G,
            ),
        ],
        evidence=[
            {"use": "evidence_contract"},
            {"use": "evidence_loan"},
            {"use": "evidence_company"},
            {"use": "evidence_main_void"},
            note(
                "债务人财产的执行情况（不能清偿的数额）",
                "The state of enforcement against the debtor (what he cannot pay)",
                "any",
            ),
        ],
        citations=INVALID_REASON_BASIS,
    )


def out_no_comp() -> Json:
    listed = ans("listed_disclosure", "not_relied")
    creditor_only = ans("fault_guarantee", "creditor_only")
    no_fault = ans("fault_main", "no_fault")
    scope = t("不承担保证责任，也不承担赔偿责任", "neither the guarantee nor compensation")
    return outcome(
        "out_no_comp",
        "G-F2",
        t(
            "保证人既不承担保证责任，也不承担赔偿责任",
            "The guarantor owes neither the guarantee nor compensation",
        ),
        [
            variant(
                C,
                "上市公司担保没有依据其公开披露的决议信息签订：担保对{party.guarantor}不发生效力，{party.guarantor}既不承担保证责任，也不承担赔偿责任。只能向{party.debtor}主张。",
                "The listed company's guarantee was not made relying on its published approval: it does not bind the {party.guarantor}, who owes neither the guarantee nor compensation. Claim from the {party.debtor} only.",
                listed,
            ),
            variant(
                C,
                "保证无效，且只有你（债权人）一方有过错：{party.guarantor}既不承担保证责任，也不承担赔偿责任。只能向{party.debtor}主张。",
                "The guarantee is void and only you, the creditor, were at fault: the {party.guarantor} owes neither the guarantee nor compensation. Claim from the {party.debtor} only.",
                creditor_only,
            ),
            variant(
                C,
                "主合同无效，保证合同随之无效，{party.guarantor}对此没有过错：{party.guarantor}既不承担保证责任，也不承担赔偿责任。只能向{party.debtor}主张无效后的返还和赔偿。",
                "The main contract is void and so is the guarantee, and the {party.guarantor} was not at fault: he owes neither the guarantee nor compensation. Claim restitution and damages from the {party.debtor} only.",
                no_fault,
            ),
            variant(
                G,
                "上市公司担保没有依据其公开披露的决议信息签订：担保对你不发生效力，你既不承担保证责任，也不承担赔偿责任。",
                "The guarantee was not made relying on your published approval: it does not bind you, and you owe neither the guarantee nor compensation.",
                listed,
            ),
            variant(
                G,
                "保证无效，且只有{party.creditor}有过错：你既不承担保证责任，也不承担赔偿责任。",
                "The guarantee is void and only the {party.creditor} was at fault: you owe neither the guarantee nor compensation.",
                creditor_only,
            ),
            variant(
                G,
                "主合同无效，保证合同随之无效，你对此没有过错：你既不承担保证责任，也不承担赔偿责任。",
                "The main contract is void and so is the guarantee, and you were not at fault: you owe neither the guarantee nor compensation.",
                no_fault,
            ),
        ],
        [
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                scope,
                DASH,
                [cite(GI, 9, 2)],
                t(
                    "上市公司担保未依据公开披露的信息订立",
                    "listed company's guarantee not made on its disclosure",
                ),
                listed,
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                scope,
                DASH,
                [
                    cite(GI, 17, 1, 3, when=NEW),
                    cite(GL, 5, 2, when=OLD),
                    *INVALID_WHY,
                ],
                t("保证无效，只有债权人有过错", "void guarantee, only the creditor at fault"),
                creditor_only,
            ),
            finding(
                "不承担责任",
                GUARANTOR,
                CREDITOR,
                scope,
                DASH,
                [
                    cite(CC, 682, 1, when=NEW),
                    cite(GI, 17, 2, when=NEW),
                    cite(GL, 5, 1, when=OLD),
                    cite(GLI, 8, when=OLD),
                ],
                t("主合同无效，保证人没有过错", "void main contract, the guarantor not at fault"),
                no_fault,
            ),
        ],
        remaining=t(
            "{party.debtor}对{party.creditor}的责任不受影响，{party.creditor}只能向{party.debtor}主张。",
            "The {party.debtor}'s own liability to the {party.creditor} is unaffected; the {party.creditor} can claim only from him.",
        ),
        defences=[
            note(
                "主张担保对你不发生效力（或者无效），且你没有过错，不承担任何责任。",
                "Plead that the guarantee does not bind you (or is void) and you were not at fault: you owe nothing.",
                G,
            ),
        ],
        warnings=[{"use": "old_company_practice"}, {"use": "joiner_is_guarantor"}],
        next_steps=[
            note(
                "向{party.debtor}主张债权，注意对{party.debtor}的诉讼时效。",
                "Claim from the {party.debtor}; mind the limitation against him.",
                C,
            ),
            note(
                "保存证明担保无效或者不发生效力、以及你没有过错的材料。",
                "Keep what shows the guarantee is void or does not bind you, and that you were not at fault.",
                G,
            ),
        ],
        evidence=[
            {"use": "evidence_contract"},
            {"use": "evidence_company"},
            {"use": "evidence_main_void"},
            note(
                "上市公司的担保公告（或者没有公告的查询记录）",
                "The listed company's announcement (or a search showing none)",
                "any",
                listed,
            ),
        ],
    )


MECHANICS_ACC = [
    cite(CC, 553),
    cite(CC, 178, 1, when=NEW),
    cite(CC, 518, 1, when=NEW),
    cite(CC, 519, when=NEW),
    cite(CC, 520, when=NEW),
    cite(GP, 178, when=all_(OLD, date_from("conclusion_date", "2017-10-01"))),
    cite(GPCL, 87, when=date_before("conclusion_date", "2017-10-01")),
]
J_SIDES = G  # the party asked to pay (whatever its own word for the document)
ACC_JUDGED = event("judgment_effective", "joiner", "acc_history")
ACC_SUED = event("suit", "joiner", "acc_history")


def out_accession() -> Json:
    basis = [
        cite(CC, 552),
        cite(GI, 36, 2, when=NEW),
        cite(TE, 3, when=OLD),
    ]
    liable = t("{party.joiner}（与{party.debtor}）", "the {party.joiner} (with the {party.debtor})")
    return outcome(
        "out_accession",
        "G-G",
        t(
            "债务加入：加入债务的人与债务人承担连带债务",
            "Debt accession: the party who joined owes the debt jointly with the debtor",
        ),
        [
            variant(
                C,
                "{party.joiner}表示与{party.debtor}共同承担债务，构成债务加入：你可以要求{party.joiner}在其愿意承担的范围内与{party.debtor}对尚欠的{amount.acc_amount}承担连带债务，可以要求任何一方或者双方清偿。债务加入没有保证期间，{party.joiner}也不能要求先找{party.debtor}；诉讼时效与主债务一样计算（见期限表），对其中一方的催告、起诉，对另一方同样中断时效。已有判决的，请在申请执行的期间内申请强制执行。",
                "The {party.joiner} undertook to bear the debt with the {party.debtor}: a debt accession. You may ask the {party.joiner}, within what it agreed to bear, to pay the {amount.acc_amount} owed jointly with the {party.debtor}, from either or both. There is no guarantee period and the {party.joiner} cannot insist on the {party.debtor} first; limitation runs as for the main debt (see the deadlines), and a demand on or suit against one interrupts it for the other. With a judgment, apply for enforcement within the period.",
            ),
            variant(
                J_SIDES,
                "你签的文件表示与{party.debtor}共同承担债务，构成债务加入：{party.creditor}可以直接要求你在你愿意承担的范围内与{party.debtor}对尚欠的{amount.acc_amount}承担连带债务，不必先找{party.debtor}；你不能主张保证期间，也没有先诉抗辩权。你可以提出{party.debtor}对{party.creditor}的抗辩（例如诉讼时效届满、已部分清偿）。你还款后，可以按约定向{party.debtor}追偿；没有约定的，可以在已还款的范围内要求{party.debtor}返还（你知道或者应当知道加入债务会损害{party.debtor}利益的除外）。",
                "Your document says you bear the debt with the {party.debtor}: a debt accession. The {party.creditor} may ask you directly, within what you agreed to bear, to pay the {amount.acc_amount} owed jointly with the {party.debtor}; you cannot rely on a guarantee period or insist on the {party.debtor} first. You may raise the {party.debtor}'s defences (limitation, part payment …). After paying you may recover from the {party.debtor} as agreed, or, without agreement, what you paid (unless you knew or should have known that joining would harm the {party.debtor}).",
            ),
        ],
        [
            finding(
                "连带责任",
                liable,
                CREDITOR,
                t(
                    "尚欠的{amount.acc_amount}，以{party.joiner}愿意承担的债务范围为限",
                    "the {amount.acc_amount} owed, within what the {party.joiner} agreed to bear",
                ),
                t(
                    "没有先后顺序：可以要求{party.joiner}或者{party.debtor}清偿全部或者部分",
                    "No order: the {party.joiner} or the {party.debtor} may be asked for all or part",
                ),
                basis,
                t("连带债务（债务加入）", "joint debt (debt accession)"),
            )
        ],
        deadlines=[
            {"use": "acc_lim_3y"},
            {"use": "acc_lim_2y"},
            {"use": "enf_joiner"},
            {"use": "appeal_joiner"},
        ],
        defences=[
            note(
                "核对文件的措辞：如果写的是在{party.debtor}不履行或者不能履行时才承担，或者难以确定是加入债务还是保证，应当按保证处理，你可以主张保证期间等保证人的抗辩。",
                "Check the wording: if it says you pay only if the {party.debtor} does not or cannot, or it cannot be told whether it is an accession or a guarantee, it is a guarantee, and you may raise a guarantor's defences such as the guarantee period.",
                J_SIDES,
            ),
            note(
                "主张{party.debtor}对{party.creditor}的抗辩，例如已部分清偿、利息或者违约金过高、诉讼时效届满（见期限表）；加入债务的人可以援用债务人的抗辩，一般参照民法典第553条关于债务转移的规定处理。",
                "Raise the {party.debtor}'s defences, such as part payment, excessive interest or penalties, or limitation (see the deadlines); a party who joined the debt may use the debtor's defences, generally by analogy with Civil Code art. 553 on the transfer of debts.",
                J_SIDES,
            ),
            note(
                "你承担的范围以你在文件中愿意承担的数额为限。",
                "You answer only up to what you agreed in the document to bear.",
                J_SIDES,
            ),
        ],
        recourse=[
            note(
                "{party.joiner}履行后：与{party.debtor}约定了追偿权的，按约定追偿；没有约定的，可以依照不当得利等规定，在已履行的范围内请求{party.debtor}返还，但知道或者应当知道加入债务会损害{party.debtor}利益的除外（合同编通则解释第51条第1款）。",
                "After paying, the {party.joiner} recovers from the {party.debtor} as agreed; without agreement, what it paid, on unjust enrichment and similar rules, unless it knew or should have known that joining would harm the {party.debtor} (SPC Contract Interpretation art. 51(1)).",
                "any",
                NEW,
            ),
            note(
                "{party.joiner}履行后向{party.debtor}追偿：有约定的按约定；没有约定的，可以请求{party.debtor}返还不当得利。2021年以前加入债务的追偿规则没有明文规定，请律师个案判断。",
                "After paying, the {party.joiner} recovers from the {party.debtor} as agreed, or else as unjust enrichment; for accessions before 2021 there was no express rule, so take a lawyer's view.",
                "any",
                OLD,
            ),
        ],
        warnings=[
            warn(
                "caution",
                "2021年以前的债务加入，当时的法律没有专门规定，参照民法典关于债务加入的规定处理；相关的审判实践主要来自2019年的全国法院民商事审判工作会议纪要（不是司法解释）。",
                "Accessions before 2021 had no specific rule then; the Civil Code's rule is applied by analogy, and practice came mainly from the 2019 national conference minutes (not a judicial interpretation).",
                "any",
                OLD,
                [cite(TE, 3), cite(CC, 552)],
            ),
            warn(
                "caution",
                "机关法人、以公益为目的的学校和医院等加入债务的效力，法律没有明文规定，实践中可能参照其不得提供担保的规则认定无效。",
                "Whether a state organ, a non-profit school or hospital can validly join a debt is not regulated; courts may apply the bar on their giving guarantees by analogy.",
                "any",
                ans("guarantor_kind", "barred"),
            ),
            warn(
                "missing_fact",
                "债权人是否审查了公司同意加入债务的决议尚待核实：没有审查的，加入对公司不发生效力，公司只按过错承担赔偿责任，最多为{party.debtor}不能清偿部分的二分之一。",
                "Whether the creditor checked the company's resolution is still to verify: if not, the accession does not bind the company, which owes at most fault-based compensation of half of what the {party.debtor} cannot pay.",
                "any",
                unknown("company_resolution"),
                [cite(GI, 12, when=NEW), cite(GI, 7, when=NEW), cite(GI, 17, 1, when=NEW)],
            ),
            warn(
                "missing_fact",
                "债权人是否依据上市公司公开披露的决议信息签约尚待核实：没有依据的，加入对上市公司不发生效力，上市公司也不承担赔偿责任。",
                "Whether the creditor relied on the listed company's published approval is still to verify: if not, the accession does not bind it and it owes no compensation.",
                "any",
                unknown("listed_disclosure"),
                [cite(GI, 12), cite(GI, 9, 2)],
            ),
            {"use": "guarantor_is_joiner"},
        ],
        next_steps=[
            note(
                "在诉讼时效届满前起诉{party.joiner}和{party.debtor}（或者其中一方），或者书面催告并保存送达凭证以中断时效。",
                "Before limitation ends, sue the {party.joiner} and the {party.debtor} (or either), or demand in writing and keep proof of delivery to interrupt it.",
                C,
                not_(any_(ACC_JUDGED, ACC_SUED)),
            ),
            note(
                "已有判决的，在申请执行的期间内（见期限表）申请强制执行。",
                "With a judgment, apply for enforcement within the period (see the deadlines).",
                C,
                ACC_JUDGED,
            ),
            note(
                "一审判决已经送达你：不服的，务必在{deadline.appeal_joiner}或者之前向上一级人民法院提起上诉（通过原审法院递交上诉状；邮寄的，以交邮之日为准），逾期不上诉，一审判决即发生法律效力（民事诉讼法第171条第1款）。上诉中主张：你只在文件中愿意承担的范围内承担（民法典第552条），以及“可以提出的抗辩”中列出的其他抗辩；诉讼时效抗辩一审中没有提出的，二审不予支持，除非基于新的证据能够证明时效已经届满（诉讼时效规定第3条第1款）。",
                "A first-instance judgment has been served on you: if you disagree, appeal to the court above on or before {deadline.appeal_joiner} (through the trial court; by post, the day of posting counts), or the judgment takes effect (Civil Procedure Law 171(1)). On appeal argue that you answer only within what you agreed to bear (Civil Code 552), and the other defences listed; a limitation defence not raised at first instance fails on appeal unless new evidence shows the period had run (Limitation Provisions 3(1)).",
                J_SIDES,
                all_(DL["appeal_joiner"]["when"], passed("appeal_joiner", False)),
            ),
            note(
                "上诉中还应主张：公司加入债务须经董事会或者股东会决议，{party.creditor}须证明签约时审查了决议；不能证明的，加入对公司不发生效力，公司最多按过错赔偿，不超过{party.debtor}不能清偿部分的二分之一（担保制度解释第12条、第7条第1款、第17条第1款第1项）。",
                "On appeal also argue that a company's accession needs a board or shareholders' resolution, which the {party.creditor} must show it checked; if it cannot, the accession does not bind the company, which owes at most fault-based compensation of half of what the {party.debtor} cannot pay (Guarantee Interpretation 12, 7(1), 17(1)(i)).",
                J_SIDES,
                all_(
                    NEW,
                    unknown("company_resolution"),
                    DL["appeal_joiner"]["when"],
                    passed("appeal_joiner", False),
                ),
            ),
            note(
                "上诉中还应主张：公司加入债务须经董事会或者股东会决议，{party.creditor}须证明签约时审查了决议；不能证明的，加入对公司不发生效力，公司最多按过错赔偿（公司法(2018)第16条）。",
                "On appeal also argue that a company's accession needs a board or shareholders' resolution, which the {party.creditor} must show it checked; if it cannot, the accession does not bind the company, which owes at most fault-based compensation (Company Law (2018) 16).",
                J_SIDES,
                all_(
                    OLD,
                    unknown("company_resolution"),
                    DL["appeal_joiner"]["when"],
                    passed("appeal_joiner", False),
                ),
            ),
            note(
                "一审判决的上诉期已于{deadline.appeal_joiner}届满：没有上诉的，判决已经生效，请在案件经过中记录判决生效，按判决履行；认为判决确有错误的，可以咨询律师是否申请再审。",
                "The appeal period ended on {deadline.appeal_joiner}: without an appeal the judgment is in effect — record it in the history and comply; if you think it is wrong, ask a lawyer about a retrial.",
                J_SIDES,
                passed_when("appeal_joiner"),
            ),
            note(
                "核对加入债务的文件中你愿意承担的范围，以及主债务的数额和时效；保存与{party.debtor}之间关于追偿的约定。",
                "Check how much you agreed to bear, the amount and limitation of the main debt, and keep any agreement with the {party.debtor} on recourse.",
                J_SIDES,
            ),
        ],
        evidence=[
            note("加入债务的承诺文件或者协议", "The accession undertaking or agreement", "any"),
            {"use": "evidence_loan"},
            note(
                "催告、起诉等中断时效的凭证",
                "Proof of demands, suits and other interruptions",
                C,
            ),
            note(
                "收到的催告函、起诉状等材料（核对时效和金额）",
                "The demands and statements of claim you received (to check limitation and the amount)",
                J_SIDES,
            ),
            note(
                "公司章程和同意加入债务的决议",
                "The company's articles and the resolution approving the accession",
                "any",
                COMPANY_KIND,
            ),
        ],
        citations=MECHANICS_ACC,
    )


def out_acc_invalid() -> Json:
    listed = ans("listed_disclosure", "not_relied")
    af = "acc_fault"
    basis = [
        cite(GI, 12, when=NEW),
        cite(GI, 7, 1, 2, when=NEW),
        cite(CO, 15, when=CO_NEW),
        cite(CO18, 16, when=CO_OLD),
        cite(GLI, 11, when=OLD),
    ]
    order = t("以{party.debtor}不能清偿为前提", "Only for what the {party.debtor} cannot pay")
    company = t("{party.joiner}", "the {party.joiner}")
    findings = [
        finding(
            "不承担责任",
            company,
            CREDITOR,
            t("不承担连带债务，也不承担赔偿责任", "neither the joint debt nor compensation"),
            DASH,
            [cite(GI, 12), cite(GI, 9, 2)],
            t(
                "上市公司加入债务未依据公开披露的信息",
                "listed company's accession not made on its disclosure",
            ),
            listed,
        ),
        finding(
            "不承担责任",
            company,
            CREDITOR,
            t("不承担连带债务，也不承担赔偿责任", "neither the joint debt nor compensation"),
            DASH,
            [*basis, cite(GI, 17, 1, 3, when=NEW), cite(GL, 5, 2, when=OLD)],
            t("只有债权人有过错", "only the creditor at fault"),
            ans(af, "creditor_only"),
        ),
    ]
    for when_amt, scope in invalid_scope("half", acc=True):
        findings.append(
            finding(
                "赔偿责任",
                company,
                CREDITOR,
                scope,
                order,
                [*basis, cite(GI, 17, 1, 1, when=NEW), cite(GLI, 7, when=OLD)],
                t(
                    "加入对公司不发生效力，双方都有过错",
                    "the accession does not bind the company; both at fault",
                ),
                all_(ans(af, "both"), when_amt),
            )
        )
    for when_amt, scope in full_scope(acc=True):
        findings.append(
            finding(
                "赔偿责任",
                company,
                CREDITOR,
                scope,
                order,
                [*basis, cite(GI, 17, 1, 2, when=NEW), cite(GLI, 7, when=OLD)],
                t(
                    "加入对公司不发生效力，只有公司有过错",
                    "the accession does not bind the company; only the company at fault",
                ),
                all_(ans(af, "company_only"), when_amt),
            )
        )
    findings.append(
        finding(
            "赔偿责任",
            company,
            CREDITOR,
            t(
                "视过错而定：双方都有过错的，不超过{party.debtor}不能清偿部分的二分之一（最多{amount.acc_half_debt}）；只有公司有过错的，为不能清偿的全部；只有债权人有过错的，不赔偿",
                "depends on fault: both, at most half of what the {party.debtor} cannot pay (at most {amount.acc_half_debt}); only the company, all of it; only the creditor, nothing",
            ),
            order,
            [*basis, cite(GI, 17, 1, when=NEW), cite(GLI, 7, when=OLD)],
            t(
                "加入对公司不发生效力，过错尚待核实",
                "the accession does not bind the company; fault still to verify",
            ),
            unknown(af),
            [af],
        )
    )
    return outcome(
        "out_acc_invalid",
        "G-G2",
        t(
            "公司加入债务对公司不发生效力：至多按过错承担赔偿责任",
            "The company's accession does not bind it: at most fault-based compensation",
        ),
        [
            variant(
                C,
                "{party.joiner}的法定代表人以公司名义加入债务，你没有审查公司决议（或者没有依据上市公司的公告）：加入对公司不发生效力，你不能要求{party.joiner}承担连带债务，至多按过错要求其赔偿（见认定）。请向{party.debtor}主张。",
                "The {party.joiner}'s legal representative joined the debt in its name and you did not check the resolution (or rely on the listed company's announcement): the accession does not bind the company; you cannot claim the joint debt, at most fault-based compensation (see the findings). Claim from the {party.debtor}.",
            ),
            variant(
                J_SIDES,
                "以你（公司）的名义加入债务没有经过公司决议（或者没有依据上市公司的公告），{party.creditor}也没有审查：加入对你不发生效力，你不承担连带债务，至多按过错承担赔偿责任（见认定）。",
                "The accession in your (the company's) name had no resolution (or was not made on the listed company's announcement) and the {party.creditor} did not check: it does not bind you; you owe no joint debt, at most fault-based compensation (see the findings).",
            ),
        ],
        findings,
        remaining=t(
            "{party.debtor}仍应向{party.creditor}清偿全部债务。",
            "The {party.debtor} still owes the {party.creditor} the whole debt.",
        ),
        defences=[
            note(
                "主张加入债务未经公司决议、{party.creditor}没有审查，对公司不发生效力；赔偿以{party.debtor}不能清偿为前提。",
                "Plead that the accession had no resolution and the {party.creditor} did not check, so it does not bind the company; compensation only for what the {party.debtor} cannot pay.",
                J_SIDES,
            ),
        ],
        recourse=[
            note(
                "公司承担赔偿责任后，可以要求越权的法定代表人赔偿公司的损失。",
                "A company that pays compensation may claim its loss from the legal representative who exceeded his powers.",
                "any",
                NEW,
            ),
        ],
        warnings=[
            warn(
                "unverified",
                "2021年以前以公司名义加入债务的效力，当时没有明文规定；参照公司担保规则处理主要来自审判实践（2019年的全国法院民商事审判工作会议纪要，不是司法解释）。",
                "For accessions in a company's name before 2021 there was no express rule; treating them like company guarantees comes from court practice (the 2019 conference minutes, not a judicial interpretation).",
                "any",
                OLD,
            ),
        ],
        next_steps=[
            note(
                "向{party.debtor}主张全部债权；需要时一并要求{party.joiner}按过错赔偿。",
                "Claim the whole debt from the {party.debtor}; if need be, also claim fault-based compensation from the {party.joiner}.",
                C,
            ),
            note(
                "保存证明没有公司决议、{party.creditor}没有审查的材料。",
                "Keep what shows there was no resolution and the {party.creditor} did not check.",
                J_SIDES,
            ),
        ],
        evidence=[
            note("加入债务的承诺文件或者协议", "The accession undertaking or agreement", "any"),
            note(
                "公司章程、决议（或者没有决议的证明）",
                "The company's articles and any resolution (or proof there was none)",
                "any",
            ),
        ],
    )


def f_co() -> Json:
    liable_all = t(
        "{party.guarantor}和{party.co_guarantor}",
        "the {party.guarantor} and the {party.co_guarantor}",
    )
    return outcome(
        "f_co",
        "G-H",
        t("同一债务有多个保证人", "Several guarantors of the same debt"),
        [
            variant(
                C,
                "同一债务还有{party.co_guarantor}提供保证。对{party.guarantor}行使权利，不能保住对{party.co_guarantor}的权利：须分别在各自的保证期间内依法行使权利。没有约定份额的，你可以要求任何一个保证人在其保证范围内承担全部。",
                "The {party.co_guarantor} also guaranteed the debt. Acting against the {party.guarantor} keeps nothing against the {party.co_guarantor}: act against each within his own period. Without agreed shares you may claim the whole from any of them, within his guarantee.",
            ),
            variant(
                G,
                "同一债务还有{party.co_guarantor}提供保证。没有约定份额的，{party.creditor}可以要求你在保证范围内承担全部，你不能以其他保证人也应承担为由只付一部分；约定了份额的，你只按份额承担。",
                "The {party.co_guarantor} also guaranteed the debt. Without agreed shares, the {party.creditor} may ask you for the whole within your guarantee, and you cannot pay only a part because others guaranteed too; with agreed shares, you answer only for yours.",
            ),
        ],
        [
            finding(
                "连带责任",
                liable_all,
                CREDITOR,
                t(
                    "每个保证人在其保证范围内都可能被要求承担全部",
                    "each guarantor may be asked for the whole, within his guarantee",
                ),
                t(
                    "{party.creditor}可以请求任何一个保证人承担；须对每个保证人分别在其保证期间内行使权利",
                    "The {party.creditor} may claim from any guarantor; it must act against each within his own period",
                ),
                [
                    cite(CC, 699, when=NEW),
                    cite(GI, 29, 1, when=NEW),
                    cite(GL, 12, when=OLD),
                    cite(GLI, 19, when=OLD),
                    cite(GLI, 20, 1, when=OLD),
                ],
                t("共同保证（没有约定份额）", "co-guarantee without agreed shares"),
                all_(CO_MANY, JOINT),
            ),
            finding(
                "一般保证责任",
                liable_all,
                CREDITOR,
                t(
                    "每个保证人在其保证范围内都可能被要求承担执行不能的全部",
                    "each guarantor may be asked for all that enforcement cannot recover, within his guarantee",
                ),
                t(
                    "每个保证人仍享有先诉抗辩权；须对每个保证人分别在其保证期间内行使权利",
                    "Each may still insist on the debtor first; the creditor must act within each one's period",
                ),
                [
                    cite(CC, 699, when=NEW),
                    cite(GI, 29, 1, when=NEW),
                    cite(GL, 12, when=OLD),
                    cite(GLI, 19, when=OLD),
                ],
                t("共同保证（没有约定份额）", "co-guarantee without agreed shares"),
                all_(CO_MANY, GENERAL),
            ),
            finding(
                "按份责任",
                liable_all,
                CREDITOR,
                t("各保证人按约定的保证份额承担", "each guarantor for his agreed share"),
                t("各自按份额承担", "Each for his share"),
                [cite(CC, 699, when=NEW), cite(GL, 12, when=OLD), cite(GLI, 21, when=OLD)],
                t("按份共同保证", "co-guarantee in agreed shares"),
                CO_SHARES,
            ),
        ],
        defences=[
            note(
                "约定了保证份额的，只按你的份额承担。",
                "With agreed shares, pay only yours.",
                G,
                CO_SHARES,
            ),
            DEF_CO_29,
        ],
        recourse=[{"use": "recourse_co_new"}, {"use": "recourse_co_old"}],
        next_steps=[
            NS_C_CO,
            note(
                "收集全部保证合同，核对是否在同一份合同上签字、有无相互追偿或者份额的约定。",
                "Collect every guarantee contract: one document or several, any mutual recourse or shares.",
                G,
            ),
        ],
        evidence=[note("全部保证合同", "Every guarantee contract", "any")],
        next_="dispatch",
    )


def out_comfort() -> Json:
    return outcome(
        "out_comfort",
        "G-I",
        t(
            "承诺文件不构成保证，也不构成债务加入",
            "The undertaking is neither a guarantee nor a debt accession",
        ),
        [
            variant(
                C,
                "文件只是表示督促还款、协调或者尽力支持，没有担保或者加入债务的意思：你不能要求{party.issuer}承担保证责任或者连带责任；但可以依据文件要求其履行其中约定的义务（例如督促、协调），或者承担相应的民事责任。请向{party.debtor}主张债权。",
                "The document only promises to urge repayment, help or do its best, with no intent to secure or join the debt: you cannot hold the {party.issuer} to a guarantee or joint liability, only to what it actually promised (e.g. to urge or mediate), or to liability for breaching that. Claim from the {party.debtor}.",
            ),
            variant(
                G,
                "你出具的文件只是表示督促还款、协调或者尽力支持，不构成保证，也不构成债务加入：{party.creditor}不能要求你承担保证责任或者连带责任，只能要求你履行文件中实际承诺的事项。",
                "Your document only promises to urge repayment, help or do your best: it is neither a guarantee nor an accession. The {party.creditor} cannot hold you to a guarantee or joint liability, only to what you actually promised.",
            ),
            variant(
                P,
                "你出具的文件只是表示督促还款、协调或者尽力支持，不构成保证，也不构成债务加入：你本来不负有为{party.debtor}还款的义务。已经付款的，能否要回、向谁要回（例如请求{party.debtor}偿还），取决于付款时的具体情况，请律师个案判断。",
                "Your document only promised to urge repayment, help or do your best: it is neither a guarantee nor an accession, and you never owed the {party.debtor}'s debt. Whether, and from whom, you can get back what you paid (e.g. from the {party.debtor}) depends on how you came to pay; take a lawyer's view.",
            ),
        ],
        [
            finding(
                "不承担责任",
                t("{party.issuer}", "the {party.issuer}"),
                CREDITOR,
                t(
                    "不承担保证责任，也不承担连带责任；只按文件实际承诺的事项承担相应的责任（如有）",
                    "neither a guarantee nor joint liability; only liability for what the document actually promised (if anything)",
                ),
                DASH,
                [cite(GI, 36, 4, when=NEW), cite(GL, 6, when=OLD)],
                t("安慰函等不构成保证", "a comfort letter is not a guarantee"),
            )
        ],
        remaining=t(
            "{party.debtor}仍应向{party.creditor}清偿全部债务；{party.issuer}只按文件实际承诺的事项承担相应的责任（如有）。",
            "The {party.debtor} still owes the {party.creditor} the whole debt; the {party.issuer} answers only for what the document actually promised, if anything.",
        ),
        defences=[
            note(
                "主张文件没有担保或者加入债务的意思，不承担保证责任或者连带责任。",
                "Plead that the document shows no intent to secure or join the debt: no guarantee, no joint liability.",
                G,
            ),
        ],
        warnings=[
            warn(
                "caution",
                "是否构成保证或者债务加入，取决于文件的全部措辞和签署背景；措辞中有“代为偿还”“承担还款责任”等内容的，可能构成保证或者债务加入，请律师审阅原件。",
                "Whether it is a guarantee or an accession turns on the whole wording and context; words like 'repay on his behalf' or 'bear the repayment' may make it one — have a lawyer read the original.",
                "any",
            ),
            warn(
                "unverified",
                "2021年以前出具的承诺文件，当时没有专门规定，按照保证的定义判断。",
                "For undertakings before 2021 there was no specific rule; the definition of a guarantee decides.",
                "any",
                OLD,
            ),
        ],
        next_steps=[
            note(
                "向{party.debtor}主张全部债权。", "Claim the whole debt from the {party.debtor}.", C
            ),
            note(
                "保存文件原件，拒绝按保证或者连带责任付款。",
                "Keep the original and decline to pay as a guarantor or joint debtor.",
                G,
            ),
            note(
                "整理付款凭证和付款的原因，咨询律师能否要回。",
                "Gather the payment records and why you paid, and ask a lawyer whether you can get it back.",
                P,
            ),
        ],
        evidence=[
            note(
                "承诺文件原件及签署背景的材料",
                "The original document and what shows how it came to be signed",
                "any",
            )
        ],
    )


ME = t("你（已承担责任的保证人）", "you (the guarantor who paid)")
ME_J = t("你（已还款的加入债务的人）", "you (the party who joined and paid)")
KNEW = ans("paid_knew_barred", "yes")


def share_scopes() -> list[tuple[Json, Json]]:
    """What each other guarantor bears, by the arrangement and the number of guarantors."""
    out = []
    prop_zh = (
        "向{party.debtor}不能追偿的部分（目前尚未收回{amount.unrecovered}），由各担保人按比例分担"
    )
    prop_en = "what cannot be recovered from the {party.debtor} (so far {amount.unrecovered} outstanding), shared among the guarantors in proportion"
    for count, amount in EQUAL_COUNT.items():
        n = {"two": "两", "three": "三", "four": "四"}[count]
        n_en = {"two": "two", "three": "three", "four": "four"}[count]
        out.append(
            (
                all_(SHARE_NEW, ans("co_count", count)),
                t(
                    f"{prop_zh}；各担保人担保的数额相同的，每人分担{{amount.{amount}}}（{n}人平均）",
                    f"{prop_en}; if each secured the same amount, {{amount.{amount}}} each ({n_en} equal shares)",
                ),
            )
        )
        out.append(
            (
                all_(SHARE_OLD, ans("co_count", count)),
                t(
                    f"向{{party.debtor}}不能追偿的部分（目前尚未收回{{amount.unrecovered}}），没有约定比例的平均分担：每人{{amount.{amount}}}（{n}人平均）",
                    f"what cannot be recovered from the {{party.debtor}} (so far {{amount.unrecovered}} outstanding), equally without an agreed ratio: {{amount.{amount}}} each ({n_en} equal shares)",
                ),
            )
        )
    out.append((all_(SHARE_NEW, ans("co_count", "more")), t(prop_zh, prop_en)))
    out.append(
        (
            all_(SHARE_OLD, ans("co_count", "more")),
            t(
                "向{party.debtor}不能追偿的部分（目前尚未收回{amount.unrecovered}），没有约定比例的平均分担",
                "what cannot be recovered from the {party.debtor} (so far {amount.unrecovered} outstanding), equally without an agreed ratio",
            ),
        )
    )
    out.append((SHARE_NEW_AGREED, t("按你们约定的分担份额", "the shares you agreed")))
    out.append(
        (
            SHARE_OLD_AGREED,
            t(
                "向{party.debtor}不能追偿的部分（目前尚未收回{amount.unrecovered}），按你们内部约定的比例分担",
                "what cannot be recovered from the {party.debtor} (so far {amount.unrecovered} outstanding), by the ratio you agreed",
            ),
        )
    )
    return out


def share_basis() -> list[Json]:
    return [
        cite(GI, 13, 1, when=any_(SHARE_NEW_AGREED, all_(NEW, ans("co_paid", "agreed_joint")))),
        cite(GI, 13, 2, when=all_(NEW, ans("co_paid", "same_contract"))),
        cite(GI, 14, when=all_(NEW, ans("paid_how", "bought_claim"))),
        cite(GL, 12, when=OLD),
        cite(GLI, 19, when=OLD),
        cite(GLI, 20, 2, when=OLD),
    ]


REC_PASSED = any_(passed_when("recourse_lim"), passed_when("recourse_lim_2y"))
# Not surely run out: running, open (month-only), or not computable (the day of payment unknown).
REC_LIVE = any_(
    not_passed_when("recourse_lim"), not_passed_when("recourse_lim_2y"), unknown("paid_date")
)
SHARES_PASSED = any_(passed_when("shares_lim"), passed_when("shares_lim_2y"))
SHARES_LIVE = any_(
    not_passed_when("shares_lim"), not_passed_when("shares_lim_2y"), unknown("paid_date")
)
# After the limitation ran out the obligor may refuse; agreeing to pay afterwards, or paying,
# waives that (民法典192; 诉讼时效规定19) — both in force when these limitations end (2021 on,
# for a start from 2018 on).
AFTER_EXPIRY_BASIS = [
    cite(CC, 192, when=date_from("paid_date", "2018-01-01")),
    cite(LP, 19, 1, when=date_from("paid_date", "2018-01-01")),
]


def rec_passed_variants(acc: bool) -> list[Json]:
    """The summary where the limitation of the recourse has run out (no interruption recorded)."""
    out = []
    what = (
        ("你已经还款（{amount.paid_amount}）", "You have paid ({amount.paid_amount})")
        if acc
        else (
            "你已经承担了保证责任（{amount.paid_amount}）",
            "You have paid ({amount.paid_amount})",
        )
    )
    for name in ("recourse_lim", "recourse_lim_2y"):
        both = []
        if not acc:
            both = [
                variant(
                    P,
                    f"{what[0]}，但向{{party.debtor}}追偿的诉讼时效已于{{deadline.{name}}}届满，要求{{party.co_guarantor}}分担的诉讼时效也已届满（案件经过中没有在此之前中断的记录）：{{party.debtor}}可以拒绝偿还，{{party.co_guarantor}}也可以拒绝分担。此后催告不能使时效重新计算；除非对方在届满后同意履行（书面确认、还款计划、部分还款），你只能等对方自愿偿还（自愿偿还的，不得要求返还）。请核实付款后是否曾向对方催告、起诉，或者对方书面确认过；有的，补充记录后再看结论。",
                    f"{what[1]}, but the limitation of your recourse against the {{party.debtor}} ran out on {{deadline.{name}}}, and that of your claim for shares from the {{party.co_guarantor}} too (the history records no interruption before then): the {{party.debtor}} may refuse to repay and the {{party.co_guarantor}} may refuse to share. A demand now does not restart it; unless they agree to pay after that (a written confirmation, a repayment plan, a part payment), you depend on their paying of their own accord (which they cannot then take back). Check whether you demanded from or sued them, or they confirmed in writing, after you paid; if so, record it and look again.",
                    all_(passed_when(name), SHARING, SHARES_PASSED, not_(KNEW)),
                )
            ]
        out += both
        out.append(
            variant(
                P,
                f"{what[0]}，但向{{party.debtor}}追偿的诉讼时效已于{{deadline.{name}}}届满（案件经过中没有在此之前中断的记录）：{{party.debtor}}可以拒绝偿还。此后催告不能使时效重新计算；除非{{party.debtor}}在届满后同意偿还（书面确认、还款计划、部分还款），你只能等其自愿偿还（自愿偿还的，不得要求返还）。请核实付款后是否曾向{{party.debtor}}催告、起诉，或者{{party.debtor}}书面确认过；有的，补充记录后再看结论。"
                + ("" if acc else "其他保证人是否分担，见认定和期限表。"),
                f"{what[1]}, but the limitation of your recourse against the {{party.debtor}} ran out on {{deadline.{name}}} (the history records no interruption before then): the {{party.debtor}} may refuse to repay. A demand now does not restart it; unless the {{party.debtor}} agrees to repay after that (a written confirmation, a repayment plan, a part payment), you depend on its paying of its own accord (which it cannot then take back). Check whether you demanded from or sued it, or it confirmed in writing, after you paid; if so, record it and look again."
                + (
                    ""
                    if acc
                    else " For shares from the other guarantors see the findings and the deadlines."
                ),
                all_(passed_when(name), not_(KNEW) if not acc else None),
            )
        )
    return out


def out_recourse() -> Json:
    paid_scope = t(
        "你承担的{amount.paid_amount}（已收回的扣除后，尚有{amount.unrecovered}），以主债务的范围为限；并享有{party.creditor}对{party.debtor}的权利，包括{party.debtor}自己提供的抵押、质押",
        "the {amount.paid_amount} you paid ({amount.unrecovered} after what you recovered), within the main debt; with the {party.creditor}'s rights against the {party.debtor}, including collateral the {party.debtor} gave",
    )
    debtor_cases = [
        (
            all_(PAID, REC_LIVE),
            paid_scope,
            t(
                "{party.debtor}是最终的债务人，应当在你承担的范围内向你偿还",
                "The {party.debtor} bears the debt in the end and must repay you what you paid",
            ),
            t("追偿：由债务人最终承担", "recourse: the debtor bears it in the end"),
        ),
        (
            all_(PAID, REC_PASSED),
            paid_scope,
            t(
                "追偿的诉讼时效已经届满（见期限表）：{party.debtor}可以提出不履行的抗辩，届满后同意偿还或者自愿偿还的除外",
                "The limitation of the recourse has run out (see the deadlines): the {party.debtor} may refuse, unless it agreed to repay after that or repays of its own accord",
            ),
            t("追偿：诉讼时效已经届满", "recourse: its limitation has run out"),
        ),
        (
            ORDERED,
            t(
                "你实际支付后，在支付的范围内（判决数额{amount.paid_amount}），以主债务的范围为限",
                "once you pay, what you paid (the judgment says {amount.paid_amount}), within the main debt",
            ),
            t(
                "{party.debtor}是最终的债务人，应当在你承担的范围内向你偿还",
                "The {party.debtor} bears the debt in the end and must repay you what you paid",
            ),
            t("追偿：由债务人最终承担", "recourse: the debtor bears it in the end"),
        ),
    ]
    recourse_basis = [
        cite(CC, 700, when=NEW),
        cite(GI, 18, 1, when=NEW),
        cite(GI, 14, when=all_(NEW, ans("paid_how", "bought_claim"))),
        cite(GL, 31, when=OLD),
        cite(GLI, 42, when=OLD),
        cite(GLI, 43, when=OLD),
    ]
    findings: list[Json] = []
    for when, scope, order, sublabel in debtor_cases:
        findings.append(
            finding(
                "清偿责任",
                DEBTOR,
                ME,
                scope,
                order,
                recourse_basis,
                sublabel,
                all_(when, not_(KNEW)),
                ["paid_knew_barred"],
            )
        )
    findings.append(
        finding(
            "不承担责任",
            DEBTOR,
            ME,
            t(
                "你明知主债务的诉讼时效已经届满仍然付款：{party.debtor}可以拒绝你的追偿，但{party.debtor}同意偿还的除外",
                "you paid knowing the main debt was time-barred: the {party.debtor} may refuse, unless it agrees to repay",
            ),
            DASH,
            [cite(LP, 18, 2), cite(GI, 35, when=NEW)],
            t("追偿不受支持", "no recourse"),
            KNEW,
        )
    )
    for when, scope in share_scopes():
        findings.append(
            finding(
                "按份责任",
                t("{party.co_guarantor}", "the {party.co_guarantor}"),
                ME,
                scope,
                t(
                    "先向{party.debtor}追偿；不能追偿的部分，由其他担保人分担（约定了份额的按约定）",
                    "Recover from the {party.debtor} first; the others share what cannot be recovered (or as agreed)",
                ),
                share_basis(),
                t("其他保证人分担", "shares of the other guarantors"),
                when,
            )
        )
    findings.append(
        finding(
            "不承担责任",
            t("{party.co_guarantor}", "the {party.co_guarantor}"),
            ME,
            t(
                "不分担你承担的部分：你只能向{party.debtor}追偿",
                "they do not share what you paid: only the {party.debtor} answers to you",
            ),
            DASH,
            [
                cite(GI, 13, 3, when=all_(NEW, ans("co_paid", "separate"))),
                cite(CC, 699, when=all_(NEW, ans("co_paid", "creditor_shares"))),
                cite(GL, 12, when=OLD),
                cite(GLI, 21, when=OLD),
            ],
            t("其他保证人不分担", "no shares from the other guarantors"),
            NO_SHARING,
        )
    )
    findings.append(
        finding(
            "按份责任",
            t("{party.co_guarantor}", "the {party.co_guarantor}"),
            ME,
            t(
                "取决于你们之间的约定：约定了相互追偿或者连带共同担保、或者在同一份合同上签字的，按比例分担向{party.debtor}不能追偿的部分；否则不分担",
                "depends on what you agreed: mutual recourse or a joint guarantee, or the same contract, means sharing in proportion what cannot be recovered from the {party.debtor}; otherwise no sharing",
            ),
            DASH,
            [cite(GI, 13, when=NEW), cite(GL, 12, when=OLD), cite(GLI, 20, 2, when=OLD)],
            t("其他保证人是否分担，尚待核实", "whether the others share is still to verify"),
            unknown("co_paid"),
            ["co_paid"],
        )
    )
    share_steps = any_(SHARE_NEW, SHARE_OLD, SHARE_OLD_AGREED)
    return outcome(
        "out_recourse",
        "G-R",
        t(
            "已承担责任的保证人：向债务人追偿，以及其他保证人是否分担",
            "A guarantor who has paid: recourse against the debtor, and shares from the other guarantors",
        ),
        [
            variant(
                P,
                "你明知主债务的诉讼时效已经届满仍然付款：{party.debtor}可以拒绝你的追偿，除非{party.debtor}同意偿还。其他保证人是否分担见认定。",
                "You paid knowing the main debt was time-barred: the {party.debtor} may refuse your recourse unless it agrees to repay. For shares from the other guarantors see the findings.",
                KNEW,
            ),
            variant(
                P,
                "法院判决你承担责任，你还没有付款：付款后才能向{party.debtor}追偿（在你承担的范围内），并享有{party.creditor}对{party.debtor}的权利；能否要求其他保证人分担见认定。",
                "A court ordered you to pay and you have not yet paid: once you pay, you may recover it from the {party.debtor}, with the {party.creditor}'s rights against him; for shares from the other guarantors see the findings.",
                ORDERED,
            ),
            *rec_passed_variants(acc=False),
            variant(
                P,
                "你已经承担了保证责任（{amount.paid_amount}）：可以在承担的范围内向{party.debtor}追偿，并享有{party.creditor}对{party.debtor}的权利（包括{party.debtor}自己提供的抵押、质押）。能否要求其他保证人分担、分担多少，见认定。追偿的诉讼时效自你付款之日起算（见期限表）。",
                "You have paid ({amount.paid_amount}): you may recover it from the {party.debtor}, with the {party.creditor}'s rights against him (including collateral he gave). Whether and how much the other guarantors share: see the findings. Limitation for recourse runs from the day you paid (see the deadlines).",
            ),
        ],
        findings,
        deadlines=[
            {"use": "recourse_lim"},
            {"use": "recourse_lim_2y"},
            {"use": "shares_lim"},
            {"use": "shares_lim_2y"},
        ],
        recourse=[
            note(
                "{party.debtor}已进入破产程序的：以你对{party.debtor}的求偿权向管理人申报债权；你清偿了债权人的全部债权后，可以代替债权人在破产程序中受偿。和解协议或者重整计划执行完毕后，不能再向{party.debtor}追偿。",
                "If the {party.debtor} is in bankruptcy: file your recourse claim with the administrator; once the creditor is paid in full you take its place. After a composition or reorganisation plan has been carried out, there is no recourse against the {party.debtor}.",
                P,
                all_(NEW, event("bankruptcy_accepted", "debtor", "paid_history")),
            ),
        ],
        warnings=[
            warn(
                "contested",
                "2021年以后签署的共同担保，“按比例分担”的比例法律没有规定：通常按各担保人担保的数额比例，担保数额相同的平均分担；存在争议。",
                "For co-securities signed from 2021 the law does not say what the 'proportion' is: usually the ratio of the amounts each secured, equal if the amounts are equal; contested.",
                P,
                SHARE_NEW,
            ),
            warn(
                "caution",
                "其他保证人的保证期间已经届满、债权人没有向其行使权利的，该保证人可能已经免除保证责任，不再分担；请核对每个保证人的保证期间。",
                "If another guarantor's guarantee period passed without the creditor acting against him, he may be released and owe no share; check each one's period.",
                P,
                SHARING,
            ),
            warn(
                "contested",
                "如果你付款时自己的保证期间已经届满（本可以拒绝付款），能否向{party.debtor}追偿、能否要求其他保证人分担，存在争议。",
                "If your own guarantee period had already ended when you paid (so you could have refused), whether you can recover from the {party.debtor} or ask others to share is contested.",
                P,
                PAID,
            ),
            warn(
                "contested",
                "你向{party.debtor}追偿的诉讼时效已经届满：其他保证人分担的是“向债务人不能追偿的部分”，{party.co_guarantor}可以主张，因你自己没有及时追偿而追不回的部分不属于不能追偿，不应由其分担。这一点存在争议，分担请求可能得不到支持或者被减少。",
                "Your recourse against the {party.debtor} is time-barred: the other guarantors share what cannot be recovered from the debtor, and the {party.co_guarantor} may argue that what you lost by letting your recourse lapse is not that, and refuse to share. This is contested; the claim may fail or be reduced.",
                P,
                all_(PAID, REC_PASSED, SHARING),
                [cite(GI, 13, when=NEW), cite(GLI, 20, 2, when=OLD)],
            ),
            warn(
                "missing_fact",
                "你付款时主债务的诉讼时效是否已经届满尚待核实：已经届满而你知道仍付款的，追偿通常得不到支持。",
                "Whether the main debt was time-barred when you paid is still to verify: if it was and you knew, recourse usually fails.",
                P,
                unknown("paid_knew_barred"),
            ),
            warn(
                "unverified",
                "2021年以前签署的保证：明知主债务时效届满仍付款后能否追偿，当时的司法解释没有明确规定，本报告参照现行规定。",
                "For guarantees signed before 2021, whether recourse lies after paying a debt known to be time-barred was not expressly regulated; this report follows the current rule.",
                P,
                all_(OLD, KNEW),
            ),
            warn(
                "caution",
                "诉讼时效届满后，对方可以拒绝履行；但对方届满后同意履行（书面确认、还款计划等）的，不得再以时效届满为由抗辩，已经自愿履行的，不得请求返还。",
                "Once limitation has run out the other side may refuse; but if it agrees to pay afterwards (a written confirmation, a repayment plan …) it can no longer plead it, and what it paid of its own accord it cannot take back.",
                P,
                all_(any_(REC_PASSED, all_(SHARING, SHARES_PASSED)), not_(KNEW)),
                AFTER_EXPIRY_BASIS,
            ),
        ],
        next_steps=[
            note(
                "书面要求{party.debtor}偿还（EMS寄送并保存回执），或者在追偿的诉讼时效届满前（见期限表）起诉{party.debtor}。",
                "Demand repayment from the {party.debtor} in writing (EMS with a receipt), or sue him before the limitation of your recourse ends (see the deadlines).",
                P,
                all_(PAID, REC_LIVE, not_(KNEW)),
            ),
            note(
                "2021年以前签署的保证：判决主文写明了你对{party.debtor}的追偿权的（担保法解释第42条第1款），可以向法院询问能否依该判决对{party.debtor}申请执行；没有写明的，须另行起诉{party.debtor}。",
                "A guarantee signed before 2021: if the judgment's operative part states your recourse against the {party.debtor} (2000 Interpretation art. 42(1)), ask the court whether you can enforce it against him on that judgment; if not, sue him separately.",
                P,
                all_(OLD, ans("paid_how", "enforced"), REC_LIVE, not_(KNEW)),
            ),
            note(
                "追偿的诉讼时效已经届满，此后催告不能使它重新计算：可以请{party.debtor}书面确认债务或者制定还款计划（届满后同意履行的，不得再以时效抗辩）；同时核实付款后是否曾向{party.debtor}催告、起诉，或者{party.debtor}书面确认过，有的补充记录。",
                "The limitation of your recourse has run out and a demand will not restart it: ask the {party.debtor} to confirm the debt in writing or agree a repayment plan (agreeing after expiry bars the plea); and check whether you demanded from or sued it, or it confirmed in writing, after you paid — if so, record it.",
                P,
                all_(PAID, REC_PASSED, not_(KNEW)),
            ),
            note(
                "按判决付款后，保存付款凭证，再向{party.debtor}追偿。",
                "Pay under the judgment, keep the receipts, then recover from the {party.debtor}.",
                P,
                ORDERED,
            ),
            note(
                "先向{party.debtor}追偿；确定不能追偿的部分后，书面要求{party.co_guarantor}分担，并保存凭证（分担的诉讼时效见期限表）。",
                "Recover from the {party.debtor} first; once what cannot be recovered is known, ask the {party.co_guarantor} in writing for their shares and keep proof (for the limitation see the deadlines).",
                P,
                all_(share_steps, any_(ORDERED, SHARES_LIVE), not_(REC_PASSED)),
            ),
            note(
                "你对{party.debtor}的追偿已经超过诉讼时效：现在就书面要求{party.co_guarantor}分担（EMS寄送并保存回执），在分担请求的诉讼时效届满前（见期限表）起诉；{party.co_guarantor}可能以你自己没有及时追偿为由拒绝分担（见注意事项）。",
                "Your recourse against the {party.debtor} is time-barred: ask the {party.co_guarantor} in writing for their shares now (EMS with a receipt) and sue before the limitation of that claim ends (see the deadlines); the {party.co_guarantor} may refuse because you let the recourse lapse (see the warnings).",
                P,
                all_(share_steps, SHARES_LIVE, REC_PASSED),
            ),
            note(
                "按约定的份额，书面要求{party.co_guarantor}分担。",
                "Ask the {party.co_guarantor} in writing for their agreed shares.",
                P,
                all_(SHARE_NEW_AGREED, any_(ORDERED, SHARES_LIVE)),
            ),
        ],
        evidence=[
            note(
                "付款凭证（转账记录、收据、执行扣划记录）或者债权转让协议",
                "Proof of payment (transfers, receipts, enforcement records) or the assignment agreement",
                P,
            ),
            note(
                "判决书、执行裁定书",
                "The judgment and enforcement rulings",
                P,
                ans("paid_how", "enforced", "ordered"),
            ),
            note(
                "保证合同（全部保证人的）及担保人之间的协议",
                "The guarantee contracts (of every guarantor) and any agreement among them",
                P,
            ),
            note(
                "借款合同或者借条（主债务的范围）",
                "The loan contract or IOU (the scope of the main debt)",
                P,
            ),
            note(
                "付款后向{party.debtor}或者{party.co_guarantor}催告、对方书面确认或者还款的凭证",
                "Proof of demands on, or confirmations or payments by, the {party.debtor} or the {party.co_guarantor} since you paid",
                P,
                PAID,
            ),
        ],
    )


def out_acc_recourse() -> Json:
    scope_paid = t(
        "你已履行的{amount.paid_amount}（已收回的扣除后，尚有{amount.unrecovered}）",
        "the {amount.paid_amount} you paid ({amount.unrecovered} after what you recovered)",
    )
    scope_ordered = t(
        "你实际履行后，在履行的范围内（判决数额{amount.paid_amount}）",
        "once you pay, what you paid (the judgment says {amount.paid_amount})",
    )
    passed_order = t(
        "追偿的诉讼时效已经届满（见期限表）：{party.debtor}可以提出不履行的抗辩，届满后同意偿还或者自愿偿还的除外",
        "The limitation of the recourse has run out (see the deadlines): the {party.debtor} may refuse, unless it agreed to repay after that or repays of its own accord",
    )
    findings = []
    for when_paid, scope, late in (
        (all_(PAID, REC_LIVE), scope_paid, False),
        (all_(PAID, REC_PASSED), scope_paid, True),
        (ORDERED, scope_ordered, False),
    ):
        findings.append(
            finding(
                "清偿责任",
                DEBTOR,
                ME_J,
                scope,
                passed_order if late else t("按你们的约定追偿", "Recover as agreed"),
                [cite(CGI, 51, 1, when=NEW), cite(GPCL, 84, 2, when=OLD)],
                t("追偿（按约定）", "recourse (as agreed)"),
                all_(when_paid, ans("acc_recourse", "agreed")),
            )
        )
        findings.append(
            finding(
                "清偿责任",
                DEBTOR,
                ME_J,
                scope,
                passed_order
                if late
                else t(
                    "依照不当得利等规定，在已履行的范围内请求{party.debtor}返还",
                    "Claim from the {party.debtor} what you paid, on unjust enrichment and similar rules",
                ),
                [cite(CGI, 51, 1, when=NEW), cite(CC, 985, when=NEW), cite(GPCL, 92, when=OLD)],
                t(
                    "没有约定追偿权：在已履行的范围内返还",
                    "no agreed recourse: repayment of what you paid",
                ),
                all_(when_paid, ans("acc_recourse", "not_agreed")),
            )
        )
    findings.append(
        finding(
            "不承担责任",
            DEBTOR,
            ME_J,
            t(
                "你知道或者应当知道加入债务会损害{party.debtor}的利益：{party.debtor}可以拒绝返还",
                "you knew or should have known joining would harm the {party.debtor}: it may refuse to repay",
            ),
            DASH,
            [cite(CGI, 51, 1, when=NEW), cite(GPCL, 92, when=OLD)],
            t("追偿不受支持", "no recourse"),
            ans("acc_recourse", "harmful"),
        )
    )
    how = {
        "agreed": (
            "你与{party.debtor}约定了追偿权：可以按约定向{party.debtor}追偿（见认定）。",
            "You agreed recourse with the {party.debtor}: recover from it as agreed (see the findings).",
        ),
        "not_agreed": (
            "你与{party.debtor}没有约定追偿权：可以依照不当得利等规定，在已履行的范围内请求{party.debtor}返还（见认定）。",
            "You agreed no recourse with the {party.debtor}: you may claim back what you paid, on unjust enrichment and similar rules (see the findings).",
        ),
    }
    summary = [
        variant(
            P,
            "你作为加入债务的人已经还款，但没有与{party.debtor}约定追偿权，而且你知道（或者应当知道）加入债务会损害{party.debtor}的利益：{party.debtor}可以拒绝返还，除非其自愿偿还。",
            "You joined the debt and paid, with no agreed recourse, knowing (or having to know) that joining would harm the {party.debtor}: it may refuse to repay unless it pays of its own accord.",
            ans("acc_recourse", "harmful"),
        ),
        *[
            variant(
                P,
                "法院判决你还款，你还没有付款：付款后才能追偿。"
                + zh
                + "追偿的诉讼时效自付款之日起算。",
                "A court ordered you to pay and you have not paid yet: recourse comes once you pay. "
                + en
                + " Its limitation runs from the day you pay.",
                all_(ORDERED, ans("acc_recourse", key)),
            )
            for key, (zh, en) in how.items()
        ],
        *rec_passed_variants(acc=True),
        *[
            variant(
                P,
                "你作为加入债务的人已经还款。"
                + zh
                + "追偿的诉讼时效自你还款之日起算（见期限表）。",
                "You joined the debt and have paid. "
                + en
                + " Limitation runs from the day you paid (see the deadlines).",
                ans("acc_recourse", key),
            )
            for key, (zh, en) in how.items()
        ],
    ]
    return outcome(
        "out_acc_recourse",
        "G-R2",
        t(
            "加入债务的人还款后：向债务人追偿",
            "A party who joined the debt and paid: recourse against the debtor",
        ),
        summary,
        findings,
        deadlines=[{"use": "recourse_lim"}, {"use": "recourse_lim_2y"}],
        warnings=[
            warn(
                "unverified",
                "2021年以前加入债务的追偿规则没有明文规定，本报告参照一般的合同和不当得利规则，请律师个案判断。",
                "For accessions before 2021 recourse was not expressly regulated; this report follows the general contract and unjust enrichment rules — take a lawyer's view.",
                P,
                OLD,
            ),
            warn(
                "caution",
                "诉讼时效届满后，{party.debtor}可以拒绝履行；但其届满后同意履行（书面确认、还款计划等）的，不得再以时效届满为由抗辩，已经自愿履行的，不得请求返还。",
                "Once limitation has run out the {party.debtor} may refuse; but if it agrees to pay afterwards (a written confirmation, a repayment plan …) it can no longer plead it, and what it paid of its own accord it cannot take back.",
                P,
                all_(REC_PASSED, ans("acc_recourse", "agreed", "not_agreed")),
                AFTER_EXPIRY_BASIS,
            ),
        ],
        next_steps=[
            note(
                "书面要求{party.debtor}偿还（EMS寄送并保存回执），或者在追偿的诉讼时效届满前（见期限表）起诉{party.debtor}。",
                "Demand repayment from the {party.debtor} in writing (EMS with a receipt), or sue it before the limitation ends (see the deadlines).",
                P,
                all_(PAID, REC_LIVE, ans("acc_recourse", "agreed", "not_agreed")),
            ),
            note(
                "追偿的诉讼时效已经届满，此后催告不能使它重新计算：可以请{party.debtor}书面确认债务或者制定还款计划（届满后同意履行的，不得再以时效抗辩）；同时核实还款后是否曾向{party.debtor}催告、起诉，或者{party.debtor}书面确认过，有的补充记录。",
                "The limitation of your recourse has run out and a demand will not restart it: ask the {party.debtor} to confirm the debt in writing or agree a repayment plan (agreeing after expiry bars the plea); and check whether you demanded from or sued it, or it confirmed in writing, after you paid — if so, record it.",
                P,
                all_(PAID, REC_PASSED, ans("acc_recourse", "agreed", "not_agreed")),
            ),
            note(
                "按判决付款后，保存付款凭证，再向{party.debtor}追偿。",
                "Pay under the judgment, keep the receipts, then recover from the {party.debtor}.",
                P,
                ORDERED,
            ),
        ],
        evidence=[
            note(
                "付款凭证（转账记录、收据、执行扣划记录）",
                "Proof of payment (transfers, receipts, enforcement records)",
                P,
            ),
            note(
                "加入债务的文件，以及与{party.debtor}关于追偿的约定",
                "The accession document and any agreement with the {party.debtor} on recourse",
                P,
                ans("acc_recourse", "agreed"),
            ),
            note(
                "加入债务的文件",
                "The accession document",
                P,
                ans("acc_recourse", "not_agreed", "harmful"),
            ),
        ],
    )


# === the tree ===================================================================================

NOTES = [
    t(
        "树由 scripts/trees/guarantor.py 生成（tests/trees/test_guarantor.py 核对提交的 JSON 与生成结果一致）。改动请改脚本，再运行它。",
        "Generated by scripts/trees/guarantor.py (tests/trees/test_guarantor.py checks the committed JSON equals its output). Change the script, then run it.",
    ),
    t(
        "立场：债权人；被要求承担责任的保证人；被要求还款的加入债务的人；已经承担责任、要求追偿或者分担的保证人（或者加入债务的人）。文件的性质（保证、债务加入、安慰函）由“文件写的是什么”决定，不由立场决定：自称加入债务而文件按保证处理的，报告按保证写，并给出提示。",
        "Sides: the creditor; a guarantor claimed against; a party who joined the debt and is claimed against; a guarantor (or joiner) who paid and seeks recourse or shares. What the document is (guarantee, accession, comfort letter) is decided by its wording, not by the side: a self-described joiner whose document is a guarantee gets the guarantee route with a caution.",
    ),
    t(
        "保证期间的比较由工具计算：债权人行使权利之日（act_date）与保证期间的届满日（自 due_date 起六个月、一年、二年或者三年，含顺延）比较；约定具体截止日的，与该日直接比较（不顺延，见下一条）。没有行使权利的，比较保证期间与咨询日期。比较结果记在 m_* 标记节点上，后面的分支用 reached 读取，因为不是每条路径都问 act_date。",
        "The guarantee period is compared by the tool: the day the creditor acted (act_date) against the period's last day (six months, one, two or three years from due_date, roll-over included); an agreed calendar end is compared directly (no roll-over, see next note). Without an act, the period is compared with the consultation date. The result is recorded by the m_* marker nodes, which later branches read with 'reached', because not every path asks act_date.",
    ),
    t(
        "保证方式（t_joint/t_general）、保证期间的长短（fa_*/fn_*）和一般保证的执行状态（r_*）也各由一组标记节点记录：判断只做一次，后面的文字和依据读取“是否经过该节点”，树因此小很多（JSON Schema 校验是加载时最慢的一步）。标记节点没有法律意义的文字，不出现在推理过程中。",
        "The kind of guarantee (t_joint/t_general), the period's length (fa_*/fn_*) and a general guarantee's enforcement posture (r_*) are likewise recorded by marker nodes: each is decided once and later texts and citations read whether the path passed the marker, which keeps the tree far smaller (the JSON Schema check is the slowest part of loading). Markers carry no text and do not appear in the reasoning.",
    ),
    t(
        "约定“到某日为止”的保证期间，直接与该日比较，不按民法典第203条顺延：合同约定的截止日是否顺延有不同理解，按约定日比较对债权人是稳妥的。格式不能从一个日期加零天生成期限，所以这种情形没有期限行。",
        "A period agreed 'until a day' is compared with that day directly, without the roll-over of Civil Code art. 203: whether an agreed calendar end rolls over is debatable, and the agreed day is the safe reading for a creditor. The format cannot build a deadline of zero days from a date, so this case has no deadline row.",
    ),
    t(
        "民法典时间效力规定第27条只在保证期间于2021年1月1日仍在进行时引用（约定不明：主债务在2019年1月2日至2020年12月31日到期；没有约定：2020年7月2日至2020年12月31日到期）。2021年以前签署、约定不明、主债务在2021年以后到期的，按二年计算并给出“有争议”提示（覆盖要求第7节）。",
        "Art. 27 of the Temporal Effect Provisions is cited only when the guarantee period was running on 1 Jan 2021 (unclear term: main debt due 2 Jan 2019 – 31 Dec 2020; no term: due 2 Jul 2020 – 31 Dec 2020). A pre-2021 guarantee with an unclear term and a main debt due after 2021 is counted at two years with a 'contested' warning (coverage spec §7).",
    ),
    t(
        "一般保证的先诉抗辩权和保证债务诉讼时效，按案件经过（events）判断：法院受理破产申请（687(2)(二)；担保制度解释23(1)、22）优先；终本裁定送达债权人（担保制度解释28(1)(一)）；法院收到执行申请满一年未作裁定（28(1)(二)，按收到之日加四年计算，2月29日收到的可能差一天）；其他例外（28(2)，问知道之日）。2021年以前签署的一般保证，诉讼时效自判决生效之日起算（担保法解释34(1)，问判决生效日）。",
        "A general guarantor's right and the guarantee debt's limitation follow the history: an accepted bankruptcy first (687(2)(ii); Guarantee Interpretation arts. 23(1), 22); service of a ruling ending enforcement (art. 28(1)(i)); a year from the court's receipt of the enforcement application without a ruling (art. 28(1)(ii), computed as receipt + 4 years, a day off for a 29 Feb receipt); other exceptions (art. 28(2), from the day the creditor learnt of them). For pre-2021 general guarantees limitation runs from the judgment's effect (2000 Interpretation art. 34(1); the date is asked).",
    ),
    t(
        "主债务的诉讼时效（保证人可以援用的抗辩，民法典701）在连带责任保证、尚未起诉的一般保证、是否及时行使权利尚待核实的情形，以及债权人一方保证期间已经失效的情形（对债务人的请求）中计算；一般保证中债权人已起诉债务人的，主债务在诉讼中或者已由判决确定，不显示。保证无效时另列“主债务的诉讼时效（对债务人的请求）”（主合同无效的除外：返还请求另有起算日，只给提示），以及赔偿请求的诉讼时效（稳妥起见自要求保证人之日起算，起算日有争议）。最高额保证不计算（多笔债权）。展期未经保证人书面同意的，另问展期后的到期日：保证期间仍从原定日期起算（民法典695(2)；担保法解释30(2)），主债务的诉讼时效从展期后的到期日起算（期限 main_lim_*_x、main_inv_*_x）。保证人援用主债务时效抗辩的依据按保证的法律版本写入抗辩文字和提示（新法：民法典701、诉讼时效规定18(1)、例外担保制度解释35；旧法：担保法20(1)、例外担保法解释35），并提示诉讼时效规定3（须在一审中提出）。为此，保证期间失效（债权人一方）、尚待核实和保证无效的路径也询问案件经过。",
        "The main debt's limitation (a defence the guarantor may raise, Civil Code art. 701) is computed for joint guarantees, general guarantees not yet sued on, cases where it is open whether the creditor acted in time, and — for the creditor — where the guarantee lapsed (the claim against the debtor); once the debtor was sued under a general guarantee it is in court or decided and not shown. For void guarantees a separate row 'the main debt's limitation (the claim against the debtor)' (not where the main contract is void: restitution has its own start; a caution only) and the compensation claim's limitation (counted, to be safe, from the demand on the guarantor; its start is contested). Not computed for maximum-amount guarantees (many debts). The released (creditor), open and void routes therefore ask the case's history too.",
    ),
    t(
        "2021年以前签署的一般保证，主债务时效中断也使保证债务时效中断（担保法解释36(1)）；引擎的 joint_parties 会引用诉讼时效规定15(2)，不是这条依据，所以判决生效之日起算的期限只计入针对保证人的事件，并提示实际届满日可能更晚。对债务人的执行以终本裁定结束的，另列一行自该裁定送达之日起算三年（计入执行申请的中断；与现行28(1)(一)的起算日相同），结论按两行是否届满分别说明。判决生效日仍单独询问：格式不能比较事件的日期，而民法通则/民法总则的时效长短取决于它。",
        "For pre-2021 general guarantees an interruption of the main debt also interrupts the guarantee (2000 Interpretation art. 36(1)); the engine's joint_parties would cite Limitation Provisions art. 15(2), which is not that basis, so the row from the judgment counts only events against the guarantor, with a caution that the real end may be later. Where enforcement against the debtor ended with a ruling, a second row runs three years from its service (counting the enforcement application's interruption; the same start as today's art. 28(1)(i)), and the conclusion speaks to which of the two has run out. The judgment's date is still asked on its own: the format cannot compare an event's date, and the General Principles / General Provisions period turns on it.",
    ),
    t(
        "担保法第24条（变更主合同未经同意则保证人免责）与担保法解释第30条（只对加重部分免责、展期不影响保证期间）不一致，按担保法解释第30条处理。担保法第25条第2款后半句（起诉后保证期间适用时效中断）已由担保法解释第31条、第34条吸收，不据此延长保证期间。",
        "Guarantee Law art. 24 (any change without consent frees the guarantor) and 2000 Interpretation art. 30 (only the increase; an extension does not move the period) differ; the tree follows art. 30. The second half of Guarantee Law art. 25(2) was absorbed by Interpretation arts. 31 and 34; the period is never extended on that ground.",
    ),
    t(
        "结论代码：G-A/G-A2 连带责任保证（已行使/期间未届满）；G-B/G-B2 一般保证（先诉抗辩权仍在/期间未届满）；G-C 例外情形；G-C2 执行不能、先诉抗辩权消灭；G-D 保证期间内未行使权利；G-D2 取决于待核实的事实；G-D3 保证期间尚未起算；G-E 部分免责（中间认定）；G-E2 以新贷还旧贷；G-F 无效担保的赔偿责任；G-F2 不承担任何责任；G-G 债务加入；G-G2 公司加入债务不发生效力；G-H 共同保证（中间认定）；G-I 安慰函（第7节要求的单独结论）；G-R/G-R2 已承担责任者的追偿。",
        "Outcome codes: G-A/G-A2 joint guarantee (acted / period running); G-B/G-B2 general guarantee (right still there / period running); G-C exception; G-C2 enforcement failed, right spent; G-D not acted within the period; G-D2 turns on facts to verify; G-D3 period not begun; G-E partial release (finding on the way); G-E2 new loan for old; G-F compensation for a void guarantee; G-F2 nothing owed; G-G accession; G-G2 company accession not binding; G-H co-guarantors (finding on the way); G-I comfort letter (its own outcome, §7); G-R/G-R2 recourse of one who paid.",
    ),
    t(
        "已承担责任者对债务人的追偿，标签用“清偿责任”（债务人在保证人或者加入债务的人承担的范围内独自全部偿还；担保制度解释18(1)、合同编通则解释51(1)）；其他保证人的分担是“按份责任”。",
        "Recourse against the debtor is labelled 清偿责任 (the debtor alone repays all the guarantor or joiner paid; Guarantee Interpretation art. 18(1), Contract Interpretation art. 51(1)); the other guarantors' shares are 按份责任.",
    ),
    t(
        "2021年以前的债务加入：依据民法典时间效力规定第3条适用民法典第552条；追偿依据（合同编通则解释第51条只适用于民法典施行后的法律事实）按民法通则第84条（约定）和第92条（不当得利），并给出“未核实”提示。",
        "Accessions before 2021: Civil Code art. 552 via art. 3 of the Temporal Effect Provisions; for recourse (Contract Interpretation art. 51 covers only facts after the Civil Code) General Principles arts. 84 (agreement) and 92 (unjust enrichment), with an 'unverified' warning.",
    ),
    t(
        "有争议（第6节第6项）：一般保证中，债权人只在破产程序中申报债权，是否等于在保证期间内起诉债务人。导向G-C；推理、认定和结论都说明这一点有争议，保证期间已经届满的，结论说明此点决定案件结果（申报不足的，保证人依民法典693(1)免责）。保证期间一行不标“已保全”。",
        "Contested (§6 item 6): whether, under a general guarantee, filing a claim in the debtor's bankruptcy counts as suing the debtor within the period. Goes to G-C; the reasoning, the finding and the conclusion say it is contested, and where the period has since ended the conclusion says it decides the case (if filing is not enough, the guarantor is released under art. 693(1)). The period row is not marked as kept.",
    ),
    t(
        "诉讼时效起算日早于2017年10月1日的，按民法通则第135条声明二年，2017年10月1日仍在进行（含中断后重新计算）的，由期限引擎按法释〔2018〕12号改为三年；2017年10月1日至2020年12月31日起算的，按民法总则第188条计三年。",
        "Limitation starting before 1 Oct 2017 is declared at two years (General Principles art. 135); the deadline engine lengthens one still running on that day (also after an interruption) to three years (法释〔2018〕12号); starting 1 Oct 2017 – 31 Dec 2020, three years under General Provisions art. 188.",
    ),
    t(
        "在期间内行使了权利的路径上，保证期间一行的标签写明“债权人已于某日在期间内依法行使权利”（gk_* 期限），以免“已届满”读作失效。保证期间的约定不清楚时，列出每种可能约定的届满日（gpu_* 期限）。",
        "Where the creditor acted in time, the guarantee period's row says so in its label (the gk_* deadlines), lest 'passed' read as a lapse. Where the agreed period is not known, the row of each possible term is shown (the gpu_* deadlines).",
    ),
    t(
        "2021年以前签署、约定不明确、主债务在2021年以后到期，而债权人在六个月之后、二年之内行使权利的，由标记节点 m_contested6 记录；保证人一方的结论以此为主要抗辩，债权人一方提示风险。",
        "A pre-2021 guarantee with an unclear period and a main debt due from 2021, where the creditor acted after six months but within two years, is recorded by the marker m_contested6; the guarantor's conclusion leads with it as the main defence and the creditor is warned.",
    ),
    t(
        "担保制度解释28(1)(二)：诉讼时效自法院收到执行申请满一年之日起算三年。格式不能从另一个期限的届满日起算，所以期限写成自收到申请之日起四年（标签和期限行的说明写明时效是三年），2月29日收到的可能差一天；满一年之前记录的催告、确认会被引擎当作中断（实际上时效尚未起算），期限行的说明提示这一点。",
        "Guarantee Interpretation art. 28(1)(ii): limitation runs three years from the day the court has held the enforcement application for a year. The format cannot start a deadline at another deadline's end, so it is written as four years from receipt (the label and the row's note say the limitation is three years); a 29 Feb receipt may be a day off; a demand or confirmation recorded within that year would be counted by the engine as an interruption although the limitation has not started, which the row's note points out.",
    ),
    t(
        "付款日（paid_date）在已经承担责任的一方的每条路径上都询问（被判决而尚未付款的选不清楚），因为追偿时效是否届满的文字读它。",
        "The day of payment (paid_date) is asked on every path of the side that paid (one ordered to pay but not yet paid answers 'not known'), because the texts on whether the recourse's limitation has run out read it.",
    ),
    t(
        "“是否发生过下列情况”按保证方式分为两题：连带责任保证的一题（changes_j）不提供一般保证人提供财产线索的选项（民法典698）。条件用 CH(...) 读两题。",
        "'Did any of these happen' is two questions by the kind of guarantee: the joint one (changes_j) does not offer the general guarantor's release for pointed-out assets (Civil Code art. 698). Conditions read both with CH(...).",
    ),
    t(
        "安慰函的出具人是单独的当事人（issuer），报告不把他写成保证人。",
        "The author of a comfort letter is a party of its own (issuer), so the report never calls him a guarantor.",
    ),
    t(
        "加入债务的人援用债务人的抗辩：参照民法典553（债务转移）说明；合同编通则解释51(2)是追偿时债务人对加入债务的人的抗辩，不作为债权人请求的依据。",
        "A joiner's use of the debtor's defences is explained by analogy with Civil Code art. 553 (transfer of debts); Contract Interpretation art. 51(2) concerns the debtor's defences against the joiner in recourse and is no basis of the creditor's claim.",
    ),
    t(
        "保证人一方写了几个人的，事件可以只针对其中一人，期限按人分行。期限的 events 保持默认的按人分别计算（separate）：几个保证人之间是否连带债务人，2021年以前取决于是否约定了保证份额（担保法12），2021年以后存在争议（民法典699、担保制度解释13、29(1)），树不按人询问份额，按人分别计算给出较早的日期。加入债务的人与债务人是连带债务人（民法典552），以 joint_parties 表示。",
        "Where the guarantor side names several people, an event may concern one of them and the deadline gets a row per person. The deadlines keep the default 'separate' persons: whether several guarantors are joint debtors turns, before 2021, on whether shares were agreed (Guarantee Law art. 12) and is contested from 2021 (Civil Code art. 699, Guarantee Interpretation arts. 13, 29(1)); the tree does not ask shares per person, so each person's events count for him alone, giving the earlier date. A joiner and the debtor are joint debtors (Civil Code art. 552), expressed by joint_parties.",
    ),
]


GLOSSARY = [
    {
        "id": "guarantee",
        "term": t("保证", "guarantee"),
        "definition": t(
            "第三人（保证人）与债权人约定，债务人不履行到期债务时，由保证人履行债务或者承担责任。",
            "A third party (the guarantor) agrees with the creditor to perform or answer if the debtor does not pay when due.",
        ),
    },
    {
        "id": "debt_accession",
        "term": t("债务加入", "debt accession"),
        "definition": t(
            "第三人表示愿意与债务人共同承担债务：与债务人承担连带债务，没有保证期间，也没有先诉抗辩权。",
            "A third party undertakes to bear the debt together with the debtor: a joint debt, with no guarantee period and no right to have the debtor pursued first.",
        ),
    },
    {
        "id": "guarantee_period",
        "term": t("保证期间", "guarantee period"),
        "definition": t(
            "债权人必须在其中依法行使权利的期间；不发生中止、中断和延长。没有约定的，为主债务履行期限届满之日起六个月。",
            "The period in which the creditor must act against the guarantee; never suspended, interrupted or extended. Six months from the main debt's due date unless agreed otherwise.",
        ),
    },
    {
        "id": "general_guarantee",
        "term": t("一般保证", "general guarantee"),
        "definition": t(
            "约定债务人不能履行债务时才由保证人承担的保证；保证人享有先诉抗辩权。",
            "A guarantee under which the guarantor pays only what the debtor cannot; the guarantor may insist that the debtor be pursued first.",
        ),
    },
    {
        "id": "joint_guarantee",
        "term": t("连带责任保证", "joint and several guarantee"),
        "definition": t(
            "约定保证人与债务人对债务承担连带责任的保证：债务人到期不履行的，债权人可以直接要求保证人承担。",
            "A guarantee under which guarantor and debtor are jointly liable: if the debtor does not pay when due, the creditor may go straight to the guarantor.",
        ),
    },
    {
        "id": "benefit_of_discussion",
        "term": t("先诉抗辩权", "right to have the debtor pursued first"),
        "definition": t(
            "一般保证人在主合同纠纷经审判或者仲裁、并就债务人财产依法强制执行仍不能履行之前，可以拒绝承担保证责任的权利。",
            "A general guarantor's right to refuse until the main dispute has been tried or arbitrated and enforcement against the debtor's assets has failed.",
        ),
    },
]

AMOUNTS = [
    {
        "id": "half_cannot_pay",
        "label": t("不能清偿部分的二分之一", "half of what cannot be paid"),
        "fraction": ["cannot_pay", 1, 2],
    },
    {
        "id": "third_cannot_pay",
        "label": t("不能清偿部分的三分之一", "a third of what cannot be paid"),
        "fraction": ["cannot_pay", 1, 3],
    },
    {
        "id": "half_debt",
        "label": t("尚欠债务的二分之一", "half of the debt owed"),
        "fraction": ["debt_amount", 1, 2],
    },
    {
        "id": "third_debt",
        "label": t("尚欠债务的三分之一", "a third of the debt owed"),
        "fraction": ["debt_amount", 1, 3],
    },
    {
        "id": "acc_half_cannot_pay",
        "label": t("不能清偿部分的二分之一", "half of what cannot be paid"),
        "fraction": ["acc_cannot_pay", 1, 2],
    },
    {
        "id": "acc_half_debt",
        "label": t("尚欠债务的二分之一", "half of the debt owed"),
        "fraction": ["acc_amount", 1, 2],
    },
    {
        "id": "unrecovered",
        "label": t("尚未收回的金额", "the amount not yet recovered"),
        "difference": ["paid_amount", "recovered"],
    },
    {
        "id": "share_2",
        "label": t("两人平均分担的一份", "one of two equal shares"),
        "fraction": ["unrecovered", 1, 2],
    },
    {
        "id": "share_3",
        "label": t("三人平均分担的一份", "one of three equal shares"),
        "fraction": ["unrecovered", 1, 3],
    },
    {
        "id": "share_4",
        "label": t("四人平均分担的一份", "one of four equal shares"),
        "fraction": ["unrecovered", 1, 4],
    },
]


def nodes() -> list[Json]:
    return [
        side_node(),
        conclusion_date(),
        law_switch(),
        what_signed(),
        side_route(),
        main_valid(),
        guarantor_kind(),
        kind_route(),
        company_resolution(),
        listed_disclosure(),
        validity_route(),
        fault_guarantee(),
        fault_main(),
        fault_route(),
        acc_fault(),
        type_wording(),
        type_default(),
        *type_markers(),
        extension(),
        maturity_kind(),
        due_date(),
        ext_route(),
        ext_due_date(),
        action_route(),
        joint_action(),
        general_action(),
        act_date(),
        period_question("period_a", "agreed_end_a", "fam_a"),
        period_question("period_n", "agreed_end_n", "fam_n"),
        *family_route("fam_a", "period_a", "fa", "cmp_acted"),
        *family_route("fam_n", "period_n", "fn", "cmp_not_acted"),
        agreed_end("agreed_end_a", "cmp_acted_agreed"),
        agreed_end("agreed_end_n", "cmp_not_acted_agreed"),
        cmp_acted(),
        cmp_acted_agreed(),
        cmp_not_acted(),
        cmp_not_acted_agreed(),
        *markers(),
        after_period(),
        debt_amount(),
        after_amount(),
        cannot_pay(),
        history(),
        post_history(),
        judgment_date(),
        exception_gate(),
        exception(),
        exception_date_gate(),
        exception_date(),
        changes_route(),
        changes(),
        changes(joint=True),
        co_guarantors(),
        final_route(),
        f_partial(),
        co_route(),
        f_co(),
        dispatch(),
        *posture_markers(),
        acc_due_date(),
        acc_amount(),
        acc_after_amount(),
        acc_cannot_pay(),
        acc_history(),
        paid_how(),
        paid_date(),
        paid_amount(),
        recovered(),
        paid_split(),
        paid_knew_barred(),
        co_paid(),
        co_count_gate(),
        co_count(),
        acc_recourse(),
        paid_history(),
        paid_outcome_route(),
        out_joint(),
        out_joint_running(),
        out_general(),
        out_general_running(),
        out_general_exception(),
        out_general_spent(),
        out_released(),
        out_depends(),
        out_not_started(),
        out_new_for_old(),
        out_invalid(),
        out_no_comp(),
        out_accession(),
        out_acc_invalid(),
        out_comfort(),
        out_recourse(),
        out_acc_recourse(),
    ]


def build() -> Json:
    tree: Json = {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "guarantor",
        "version": VERSION,
        "domain": "guarantor",
        "title": t(
            "保证人与债务加入：谁承担责任、承担什么、到何时",
            "Guarantors and debt accession: who answers, for what, until when",
        ),
        "description": t(
            "评估保证人（或者加入债务的第三人）是否、如何承担责任：文件的性质、保证的效力、保证方式、保证期间（由工具计算是否及时行使了权利）、先诉抗辩权与执行、破产、共同保证人、追偿。2021年以前签署的适用担保法和担保法解释，此后签署的适用民法典和担保制度解释。可从债权人、被要求承担责任的保证人或者加入债务的人、已经承担责任要求追偿的人的立场使用。",
            "Whether and how a guarantor (or a third party who joined the debt) answers: what the document is, its validity, the kind of guarantee, the guarantee period (the tool computes whether the creditor acted in time), the right to have the debtor pursued first and enforcement, bankruptcy, co-guarantors, recourse. Guarantees signed before 2021 follow the Guarantee Law and its 2000 Interpretation; later ones the Civil Code and the SPC Interpretation on Guarantees. For the creditor, a guarantor or joiner asked to pay, and one who has paid.",
        ),
        "last_legal_review": REVIEWED,
        "laws": LAWS,
        "notes": NOTES,
        "sides": [
            {
                "id": "creditor",
                "label": t(
                    "债权人（要求保证人或者加入债务的人还款）",
                    "The creditor (wants the guarantor or the party who joined the debt to pay)",
                ),
            },
            {
                "id": "guarantor",
                "label": t(
                    "保证人（被要求承担保证责任）", "A guarantor (asked to pay under the guarantee)"
                ),
                "claimed_against": True,
            },
            {
                "id": "joiner",
                "label": t(
                    "加入债务的第三人（被要求还款）",
                    "A third party who joined the debt (asked to pay)",
                ),
                "claimed_against": True,
            },
            {
                "id": "paid",
                "label": t(
                    "已经还款（或者被判决还款）的保证人或者加入债务的人，要求债务人偿还或者其他保证人分担",
                    "A guarantor or joiner who has paid (or was ordered to), seeking repayment from the debtor or shares from co-guarantors",
                ),
            },
        ],
        "parties": [
            {"id": "creditor", "label": t("债权人", "creditor")},
            {"id": "debtor", "label": t("债务人", "debtor")},
            {"id": "guarantor", "label": t("保证人", "guarantor"), "many": True},
            {"id": "co_guarantor", "label": t("其他保证人", "other guarantors"), "many": True},
            {"id": "joiner", "label": t("加入债务的人", "party who joined the debt")},
            {
                "id": "issuer",
                "label": t("出具承诺文件的第三人", "third party who gave the undertaking"),
            },
        ],
        "amounts": AMOUNTS,
        "glossary": GLOSSARY,
        "definitions": {
            "deadlines": DL,
            "warnings": shared_warnings(),
            "notes": shared_notes(),
        },
        "start": "side",
        "nodes": nodes(),
    }
    return share(tree)


def render() -> str:
    return to_text(build()) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = render()
    if "--check" in args:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            sys.stderr.write(
                f"{OUT} differs from the generator's output; run scripts/trees/guarantor.py\n"
            )
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{OUT}: {len(text.encode()) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
