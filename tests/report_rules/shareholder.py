"""Report rules for the shareholder tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    always,
    answered,
    event_recorded,
    not_,
    passed_node,
)

#: The shareholder tree's findings on capital, where the no-limitation rule belongs.
SHAREHOLDER_CAPITAL = ("find_sh_e", "find_sh_f", "find_sh_g", "find_sh_h", "find_sh_i",
                       "find_sh_j", "find_sh_n")  # fmt: skip

RULES: list[Rule] = [
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
]
