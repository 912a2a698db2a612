"""Report rules for the guarantor tree: texts the answers exclude."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.report_rules import Rule, answered
from wizard.engine import Session


def outcome_is(*codes: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        return session.outcome is not None and session.outcome.code in codes

    return check


def signed_before_2021(session: Session) -> bool:
    value = session.answers.get("conclusion_date")
    last = getattr(value, "last_day", value)
    return last is not None and str(last) < "2021-01-01"


def signed_from_2021(session: Session) -> bool:
    value = session.answers.get("conclusion_date")
    first = getattr(value, "first_day", value)
    return first is not None and str(first) >= "2021-01-01"


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def event_against(question: str, kind: str, party: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        value = session.answers.get(question)
        return isinstance(value, tuple) and any(
            getattr(e, "kind", "") == kind and getattr(e, "party", "") == party for e in value
        )

    return check


def passed(*names: str) -> Callable[[Session], bool]:
    """One of these deadlines of the result has surely passed (not pending, not open)."""

    def check(session: Session) -> bool:
        return session.outcome is not None and any(
            d.spec.id in names and d.deadline.status == "passed" for d in session.result().deadlines
        )

    return check


def reached_node(*nodes: str) -> Callable[[Session], bool]:
    def check(session: Session) -> bool:
        return any(step.node_id in nodes for step in session.path)

    return check


RULES: list[Rule] = [
    Rule(
        "no creditor advice to a guarantor or a joiner claimed against",
        answered("side", "guarantor", "joiner"),
        re.compile(
            r"(?:书面要求|起诉|催告)(?:保证人|加入债务的人)（"
            r"|Require the guarantor|sue the guarantor"
        ),
    ),
    Rule(
        "no advice to sue the debtor after a judgment against him",
        event_against("history", "judgment_effective", "debtor"),
        re.compile(r"对债务人（[^）]*）提起诉讼或者申请仲裁（|前对债务人（[^）]*）提起诉讼"),
    ),
    Rule(
        "no advice to sue the guarantor after a judgment against him",
        event_against("history", "judgment_effective", "guarantor"),
        re.compile(r"前起诉保证人（|现在就起诉保证人（"),
    ),
    Rule(
        "no right to have the debtor pursued first once enforcement against him ended",
        all_of(outcome_is("G-C2"), answered("side", "guarantor", "joiner")),
        re.compile(r"(?:可以|仍可以|有权)(?:主张|行使)先诉抗辩权|主张先诉抗辩权："),
    ),
    Rule(
        "an old-law guarantee: no Civil Code or 2020 Interpretation articles in the texts",
        all_of(signed_before_2021, answered("what_signed", "guarantee", "credit_support")),
        re.compile(r"民法典第\d|担保制度解释第|Civil Code art|Interpretation on Guarantees art"),
    ),
    Rule(
        "a new-law case: no Guarantee Law articles in the texts",
        signed_from_2021,
        re.compile(r"担保法(?:解释)?第\d|Guarantee Law art|2000 Interpretation art"),
    ),
    Rule(
        "a valid main contract: nothing about a void one",
        answered("main_valid", "valid"),
        re.compile(r"主合同无效|三分之一|main contract is void|a third of"),
    ),
    Rule(
        "a debt accession is never worded as a guarantee contract",
        all_of(
            answered("what_signed", "accession"),
            answered("side", "creditor", "guarantor", "joiner"),
        ),
        re.compile(r"保证合同|guarantee contract"),
    ),
    Rule(
        "a released guarantor is not told he answers",
        outcome_is("G-D", "G-F2", "G-E2", "G-I"),
        re.compile(r"应当(?:在保证范围内)?与债务人（[^）]*）(?:对[^，。]*)?承担连带责任"),
    ),
    Rule(
        "no advice to interrupt the guarantee debt's limitation once it has run out",
        passed("gd_joint_new", "gd_joint_old", "gd_joint_old_2y", "gd_gen_spent", "gd_gen_year"),
        re.compile(
            r"届满前（见期限表）起诉保证人（|再次书面催告保证人（[^）]*）并保存送达凭证，以中断时效"
        ),
    ),
    Rule(
        "no advice to demand from the debtor to interrupt a main debt already time-barred",
        passed("main_lim_3y", "main_lim_2y", "main_inv_3y", "main_inv_2y"),
        re.compile(
            r"在届满前对债务人（[^）]*）催告或者起诉|先向债务人（[^）]*）追讨（起诉并申请执行"
        ),
    ),
    Rule(
        "no recourse by suit 'within the limitation' once it has run out",
        passed("recourse_lim", "recourse_lim_2y"),
        re.compile(r"在追偿的诉讼时效届满前|在追偿的诉讼时效内起诉"),
    ),
    Rule(
        "no joinder of the debtor demanded by a guarantor (民诉法解释66 covers a general guarantor "
        "sued alone; the judgment-states-recourse rule has no Civil Code counterpart)",
        lambda session: True,
        re.compile(r"列为共同被告|要求判决写明你承担后"),
    ),
    Rule(
        "a year after the enforcement application, enforcement is not said to have ended",
        reached_node("r_year"),
        re.compile(r"执行已经终结|执行不能|核对终结执行的裁定|enforcement .*has ended"),
    ),
    Rule(
        "a creditor who only filed in the bankruptcy is not told to file",
        answered("general_action", "bankruptcy_claim"),
        re.compile(r"向管理人申报债权；|在保证期间内同时起诉"),
    ),
    Rule(
        "a creditor who only filed in the bankruptcy, the period over, is not told to sue before "
        "it ends",
        all_of(
            answered("general_action", "bankruptcy_claim"),
            passed("gp_6m", "gp_1y", "gp_2y", "gp_3y"),
        ),
        re.compile(r"尚未届满的，务必在届满前起诉"),
    ),
    Rule(
        "a creditor who acted within the guarantee period is not told to act within it",
        reached_node("m_in_time"),
        re.compile(r"并在保证期间内依法行使权利|保证期间尚未届满的，请立即依法行使权利"),
    ),
    Rule(
        "a judgment's statement of recourse (担保法解释42(1)) only for old-law guarantees",
        all_of(signed_from_2021, answered("side", "paid")),
        re.compile(r"判决已写明追偿权|判决主文写明了你对"),
    ),
    Rule(
        "the recourse report does not speak of parts not recoverable where none is found",
        all_of(answered("side", "paid"), answered("paid_knew_barred", "no")),
        re.compile(r"上面认定你不能追偿的部分"),
    ),
    Rule(
        "no placeholder figure in any report",
        lambda session: True,
        re.compile(r"（未询问）"),
    ),
    Rule(
        "a creditor who did not check the resolution is never found the only one without fault",
        answered("company_resolution", "not_reviewed"),
        re.compile(r"保证无效，只有保证人有过错"),
    ),
    Rule(
        "a filed bankruptcy claim: no defence for a creditor who neither filed nor notified",
        answered("general_action", "bankruptcy_claim"),
        re.compile(r"既没有申报债权也没有通知你"),
    ),
    Rule(
        "no old-law period text for a guarantee signed from 2021",
        signed_from_2021,
        re.compile(r"2021年以前签署的为二年"),
    ),
    Rule(
        "the main debt's defence for a pre-2021 guarantee does not cite the Civil Code's 701",
        signed_before_2021,
        re.compile(r"民法典第701条、诉讼时效规定第18条"),
    ),
]
