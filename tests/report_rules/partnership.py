"""Report rules for the partnership tree: texts the answers exclude."""

from __future__ import annotations

import re
from collections.abc import Callable

from tests.report_rules import Rule, answered, event_recorded
from wizard.answers import UNKNOWN
from wizard.engine import Session


def unregistered(session: Session) -> bool:
    return session.answers.get("kind") == "unregistered"


def all_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: all(check(session) for check in checks)


def none_of(*checks: Callable[[Session], bool]) -> Callable[[Session], bool]:
    return lambda session: not any(check(session) for check in checks)


RULES: list[Rule] = [
    Rule(
        "no creditor advice to a partner claimed against",
        answered("side", "partner"),
        re.compile(
            r"发出书面催告|书面催告（|届满前起诉|申请强制执行|追加其为被告|共同被告起诉|请求判令"
            r"|Send (each|a written)|[Aa]pply for enforcement within|sue (the|all)"
        ),
    ),
    Rule(
        "no suit advice once a judgment decided the claim against the partners",
        lambda s: any(
            getattr(e, "kind", "") == "judgment_effective" and getattr(e, "party", "") != "firm"
            for e in s.answers.get("history") or ()
        ),
        re.compile(r"届满前起诉|共同被告起诉|在诉讼中申请追加|before limitation runs out sue"),
    ),
    Rule(
        "no appeal advice once the judgment is effective",
        event_recorded("history", "judgment_effective"),
        re.compile(r"上诉期内提起上诉|appeal within the appeal period"),
    ),
    Rule(
        "no suit advice for recovery after a judgment on it",
        event_recorded("recourse_history", "judgment_effective"),
        re.compile(r"届满前起诉"),
    ),
    Rule(
        "no advice to sue within limitation once the recorded events show it has run out",
        lambda s: any(
            d.spec.id in ("lim_partners", "lim_partners_u", "lim_self", "lim_self_u")
            and d.deadline.status == "passed"
            for d in s.result().deadlines
        ),
        re.compile(r"在诉讼时效届满前起诉|在诉讼时效届满前以全体合伙人"),
    ),
    Rule(
        "an unregistered partnership is never called a partnership enterprise",
        unregistered,
        re.compile(
            r"(?<!登记为)(?<!不是)(?<!登记的)合伙企业|partnership enterprise"
            r"|Partnership Enterprise Law|\bthe enterprise\b"
        ),
    ),
    Rule(
        "a deregistered enterprise is not sued and has no limitation of its own",
        answered("can_pay", "deregistered"),
        re.compile(
            r"起诉合伙企业（|届满前起诉合伙企业|对合伙企业的诉讼时效|sue the partnership enterprise"
        ),
    ),
    Rule(
        "a time-barred recovery claim is not sued on 'before expiry'",
        lambda s: any(
            d.spec.id.startswith("lim_recourse") and d.deadline.status == "passed"
            for d in s.result().deadlines
        ),
        re.compile(r"届满前起诉"),
    ),
    Rule(
        "recovery among partners never by 178's 'each one's share of responsibility'",
        lambda s: True,
        re.compile(r"根据各自责任大小确定|according to each one's share of responsibility"),
    ),
    Rule(
        "an unknown due date is not called month-only",
        lambda s: s.answers.get("maturity_date") == UNKNOWN,
        re.compile(r"到期日只知道月份|due date is known only to the month"),
    ),
    Rule(
        "no doubled brackets around an amount to verify",
        lambda s: True,
        re.compile(r"（（金额待核实）|（金额待核实））"),
    ),
    Rule(
        "a partner liable without limit sees his own limitation, not the creditor's rows",
        lambda s: any(d.spec.id.startswith("lim_self") for d in s.result().deadlines),
        re.compile(
            r"对普通合伙人的诉讼时效|对没有被判决的合伙人的诉讼时效"
            r"|Limitation against the general partners|partners not named in the judgment"
        ),
    ),
    Rule(
        "a partner without fault sees rows about the partners at fault, not 'the general partners'",
        lambda s: any(d.spec.id.endswith("_flt") for d in s.result().deadlines),
        re.compile(r"对普通合伙人的诉讼时效|Limitation against the general partners"),
    ),
    Rule(
        "no limited partner rules outside a limited partnership",
        none_of(answered("kind", "limited"), answered("side", "investor", "payer")),
        re.compile(r"有限合伙人|limited partner"),
    ),
    Rule(
        "no special-partnership fault rules outside a special general partnership",
        all_of(
            none_of(answered("kind", "special"), answered("professional_form", "special_form")),
            none_of(answered("side", "investor", "payer")),
        ),
        re.compile(r"执业风险基金|故意或者重大过失|gross negligence"),
    ),
]
