"""Report rules for the agency tree: texts the answers exclude."""

from __future__ import annotations

import re

from tests.report_rules import (
    Rule,
    always,
    answered,
    event_recorded,
    new_law_case,
    not_,
    reached,
)

JUDGED = event_recorded("history", "judgment_effective")


def _all(*checks):  # type: ignore[no-untyped-def]
    return lambda session: all(check(session) for check in checks)


RULES: list[Rule] = [
    Rule(
        "no claimant advice to the agent",
        answered("side", "agent"),
        re.compile(r"向人民法院起诉|提出请求，并保留送达凭证|向人民法院申请强制执行"),
    ),
    Rule(
        "no suit advice after a judgment",
        JUDGED,
        re.compile(r"向人民法院起诉"),
    ),
    Rule(
        "no enforcement advice without a judgment",
        not_(JUDGED),
        re.compile(
            r"在申请执行期间内|在申请执行的期间届满前|按生效判决履行|按判决履行|判决确定的义务应当履行"
        ),
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
    # The review of 2026-12-05.
    Rule(
        "no pay-as-judged advice once the period to apply for enforcement has run (F4)",
        reached("enf_late"),
        re.compile(r"判决确定的义务应当履行|按判决履行，并保留付款凭证|在申请执行的期间届满前"),
    ),
    Rule(
        "no 'apply within the period' once enforcement was applied for (F5)",
        event_recorded("history", "enforcement_applied"),
        re.compile(r"在申请执行的期间届满前|申请执行的期间看来已经届满"),
    ),
    Rule(
        "no merits advice after an effective judgment (F16)",
        JUDGED,
        re.compile(
            r"否认恶意串通|整理能说明自己在交易中实际作用|价格明显不合理的证据|回扣、好处费|"
            r"价格公允的证据|你可以就是否串通|不要急于签字"
        ),
    ),
    Rule(
        "no signing caution once sued (F16)",
        event_recorded("history", "suit", "judgment_served"),
        re.compile(r"不要急于签字"),
    ),
    Rule(
        "no claimant's evidence of collusion for the side accused of it (F11)",
        _all(answered("situation", "collusion"), answered("side", "agent", "counterparty")),
        re.compile(r"价格明显不合理的证据|回扣、好处费等利益往来的证据"),
    ),
    Rule(
        "collusion under the Civil Code: not bound, not void (F12)",
        _all(new_law_case, answered("situation", "collusion")),
        re.compile(r"该行为无效|行为无效，你不受"),
    ),
    Rule(
        "no refusal while ratification is pending (F3)",
        _all(
            answered("ratified", "pending"),
            not_(answered("belief", "reason_to_believe")),
            not_(answered("employee", "within")),
        ),
        re.compile(r"没有追认：|你没有追认|未被追认"),
    ),
    Rule(
        "no deadline 'below' the defences, no garbled defence, no authors' remarks (F10, F13, F21)",
        always,
        re.compile(r"见下方期限|（被代理人：已经表示反对）|本工具|能否适用三年"),
    ),
    Rule(
        "no merely contested 2017 transition (F1, F2)",
        always,
        re.compile(r"民法总则诉讼时效的过渡规定|民法通则：二年"),
    ),
]
