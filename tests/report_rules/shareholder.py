"""Report rules for the shareholder tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    always,
    answered,
    either,
    event_recorded,
    neither,
    not_,
    passed_node,
)
from wizard.engine import Session

#: The shareholder tree's findings on capital, where the no-limitation rule belongs.
SHAREHOLDER_CAPITAL = ("find_sh_e", "find_sh_f", "find_sh_g", "find_sh_h", "find_sh_i",
                       "find_sh_j", "find_sh_n")  # fmt: skip

#: Advice to demand payment from the company or to sue it.
SUE_OR_DEMAND_COMPANY = re.compile(
    r"在同一诉讼中起诉|一次起诉公司|在届满前书面催告|发出书面催款函|在起诉.{0,20}的同时把"
)


def suit_pending(session: Session) -> bool:
    """A suit against the company is recorded, neither decided for good nor ended."""
    return event_recorded("history", "suit", "judgment_served")(session) and not event_recorded(
        "history", "judgment_effective", "proceedings_ended"
    )(session)


def transferor_of_unexpired_shares(session: Session) -> bool:
    return answered("side", "shareholder")(session) and (
        answered("sh_role", "transferor")(session) and answered("transfer", "before_due")(session)
    )


def labour_year_run(session: Session) -> bool:
    """The year for labour arbitration has run, counting the recorded history."""
    return any(
        d.spec.id == "labour_arbitration" and d.deadline is not None
        and d.deadline.status == "passed"
        for d in session.result().deadlines
    )  # fmt: skip


RULES: list[Rule] = [
    Rule(
        "the labour-arbitration year counts the recorded interruptions",
        always,
        re.compile(r"会使仲裁时效中断，这里没有计入"),
    ),
    Rule(
        "no 'arbitrate within the year' once the labour-arbitration year has run",
        labour_year_run,
        re.compile(r"在终止之日起一年内，有中断|within a year of its end, or of the last"),
    ),
    Rule(
        "no creditor advice to a person claimed against",
        answered("side", "shareholder", "director"),
        re.compile(
            r"起诉公司|申请财产保全|列为(共同)?被告|在申报期限?内|你可以请求|你可以要求|你可以直接起诉|"
            r"书面催告|你作为已到期债权的债权人|Sue the|apply for preservation"
        ),
    ),
    Rule(
        "no suit against the company, or interrupting its limitation, after a judgment",
        event_recorded("history", "judgment_effective"),
        re.compile(r"起诉公司|一并起诉|在起诉公司的同时|催款函（以EMS|使时效中断|sue the company"),
    ),
    Rule(
        "no labour-arbitration text for a creditor who is not owed wages",
        not_(answered("creditor_kind", "wages")),
        re.compile(r"劳动仲裁|劳动争议|labour arbitration"),
    ),
    Rule(
        "no summary or text saying 'above' for what the report prints below",
        always,
        re.compile(r"上述|上面|如上|\babove\b"),
    ),
    Rule(
        "the no-limitation rule for capital only where a capital finding is made",
        not_(passed_node(*SHAREHOLDER_CAPITAL)),
        re.compile(r"缴付出资请求权|诉讼时效规定第1条第3项|claim for capital arising"),
    ),
    Rule(
        "no advice to enforce a judgment that does not exist",
        not_(event_recorded("history", "judgment_effective")),
        re.compile(r"申请执行的期间内|enforce the judgment"),
    ),
    # --- the review of 2026-12
    Rule(
        "no checking by hand what the tool computes or states as contested",
        always,
        re.compile(r"人工核对|check by hand"),
    ),
    Rule(
        "no suit against, demand on or attachment of a company in bankruptcy",
        answered("company_state", "bankruptcy"),
        SUE_OR_DEMAND_COMPANY,
    ),
    Rule(
        "no demand on or suit against a company that no longer exists",
        answered("company_state", "deregistered"),
        SUE_OR_DEMAND_COMPANY,
    ),
    Rule(
        "no advice to sue or demand from the company while a suit against it is pending",
        suit_pending,
        SUE_OR_DEMAND_COMPANY,
    ),
    Rule(
        "no advice on letters to sign once the person claimed against is sued",
        either(event_recorded("person_history", "suit", "judgment_served", "judgment_effective")),
        re.compile(r"签字前先咨询律师"),
    ),
    Rule(
        "a limitation defence against a person only where nothing against persons is recorded",
        either(
            event_recorded(
                "person_history",
                "demand",
                "acknowledgement",
                "suit",
                "proceedings_ended",
                "judgment_served",
                "judgment_effective",
            )
        ),
        re.compile(r"请求已过诉讼时效|诉讼时效：自债权人知道|对你另行起诉的诉讼时效"),
    ),
    Rule(
        "no 'the company can pay' defence once enforcement against it has failed",
        either(
            event_recorded("history", "enforcement_terminated"),
            answered("ability", "enforcement_failed"),
        ),
        re.compile(r"公司能够清偿到期债务：|公司有能力清偿、没有严重损害"),
    ),
    Rule(
        "no directors' liability under 解释三13(4) where the company called the capital",
        neither(
            answered("side", "director"), not_(answered("forfeiture", "demanded", "forfeited"))
        ),
        re.compile(r"未尽忠实、勤勉义务（没有核查、催缴）"),
    ),
    Rule(
        "the transferor of shares not yet paid up is not told to pay them early himself",
        transferor_of_unexpired_shares,
        re.compile(r"对方可以要求你提前缴纳"),
    ),
    Rule(
        "no advice to seek a forced liquidation once the court has ruled on one",
        answered("forced_liq", "ended"),
        re.compile(r"申请法院指定清算组强制清算"),
    ),
    Rule(
        "no 'the shares were transferred' aside where no transfer was made",
        not_(answered("transfer", "before_due", "after_due")),
        re.compile(r"股权已转让的，为受让人|股权在出资到期前已经转让"),
    ),
    Rule(
        "no 'answer the complaint' step once a first-instance judgment is served on the person",
        event_recorded("person_history", "judgment_served", "judgment_effective"),
        re.compile(r"收到起诉状后，在答辩期内提交答辩状"),
    ),
    Rule(
        "the piercing finding is not stated as settled in the remaining-liability line",
        always,
        re.compile(r"仍须承担责任的一方：实施滥用行为的股东"),
    ),
]
