"""Report rules for the agency tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    answered,
    event_recorded,
    new_law_case,
    not_,
)

RULES: list[Rule] = [
    Rule(
        "no claimant advice to the agent",
        answered("side", "agent"),
        re.compile(r"向人民法院起诉|提出请求，并保留送达凭证|向人民法院申请强制执行"),
    ),
    Rule(
        "no suit advice after a judgment",
        event_recorded("history", "judgment_effective"),
        re.compile(r"向人民法院起诉"),
    ),
    Rule(
        "no enforcement advice without a judgment",
        not_(event_recorded("history", "judgment_effective")),
        re.compile(r"在申请执行期间内|按生效判决履行|判决确定的义务应当履行"),
    ),
    Rule(
        "no advice for a pending suit without one",
        not_(event_recorded("history", "suit")),
        re.compile(r"诉讼正在进行|已经被起诉的"),
    ),
    Rule("no old law in a Civil Code case", new_law_case, re.compile(r"民法通则|民法总则|合同法")),
    Rule(
        "no ratification request after ratification",
        answered("ratified", "ratified"),
        re.compile(r"催告.{0,20}追认"),
    ),
]
