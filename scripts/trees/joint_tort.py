"""Generate ``trees/joint_tort.json``: torts by several persons (数人侵权), legal-coverage.md §5.1.

    python scripts/trees/joint_tort.py          # writes trees/joint_tort.json
    python scripts/trees/joint_tort.py --check  # exits 1 if the file differs from the output

Why a generator: every finding, defence and recourse line cites the law in force for the facts —
民法典 for acts from 2021 (or damage appearing from 2021, 民法典时间效力规定24), 侵权责任法 for
2010-07-01 … 2020-12-31, 民法通则 before — and every limitation runs under the regime of its
own start date (民法典/民法总则 three years, 民法通则 one year for bodily injury or two years).
Written out by hand, the same three-way conditions would repeat a few hundred times.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "trees" / "joint_tort.json"
sys.path.insert(0, str(ROOT))

from scripts.trees.common import ALL as all_  # noqa: E402
from scripts.trees.common import ANY as any_  # noqa: E402
from scripts.trees.common import NOT as not_  # noqa: E402
from scripts.trees.common import C, T, ans, before, side, unknown, write  # noqa: E402
from scripts.trees.common import on_after as on_or_after  # noqa: E402

J = dict[str, Any]

CC = "civil_code"
TLL = "tort_liability_law_2009"
GPCL = "general_principles_civil_law_1986"
GP = "general_provisions_civil_law_2017"
TE = "spc_civil_code_time_effect"
LIM = "spc_limitation_provisions"
TI = "spc_tort_interpretation_1"
CPL = "civil_procedure_law"


def ev(*kinds: str) -> J:
    return {"event": "history", "kinds": list(kinds)}


def rev(*kinds: str) -> J:
    return {"event": "recourse_history", "kinds": list(kinds)}


# The law of the facts (民法典时间效力规定1, 24): 民法典 if the act ended on or after 2021-01-01 or
# its damage appeared then; 侵权责任法 for acts from 2010-07-01; 民法通则 before.
DAMAGE_NEW = on_or_after("damage_date", "2021-01-01")
IS_CC = any_(on_or_after("act_date", "2021-01-01"), DAMAGE_NEW)
IS_TLL = all_(
    on_or_after("act_date", "2010-07-01"), before("act_date", "2021-01-01"), not_(DAMAGE_NEW)
)
IS_GPCL = all_(before("act_date", "2010-07-01"), not_(DAMAGE_NEW))
OLD = any_(IS_TLL, IS_GPCL)


def cite_at(law: str, when: J, *specs: tuple[int, ...]) -> list[J]:
    return [C(law, *spec, when=when) for spec in specs]


def versions(
    cc: list[tuple[int, ...]],
    tll: list[tuple[int, ...]],
    gpcl: list[tuple[int, ...]],
    extra_cc: list[J] | None = None,
) -> list[J]:
    """The same rule as cited for each version of the law, each under its condition."""
    cites = cite_at(CC, IS_CC, *cc)
    cites += [dict(c, when=IS_CC) for c in extra_cc or ()]
    return cites + cite_at(TLL, IS_TLL, *tll) + cite_at(GPCL, IS_GPCL, *gpcl)


def vnotes(cc: J, tll: J, gpcl: J, side_: Any = "any", when: J | None = None) -> list[J]:
    """A list entry in the words of each version of the law."""
    out = []
    for text, cond in ((cc, IS_CC), (tll, IS_TLL), (gpcl, IS_GPCL)):
        out.append(
            {"text": text, "side": side_, "when": cond if when is None else all_(when, cond)}
        )
    return out


# Routes ------------------------------------------------------------------------------------
JOINT = ans("pattern", "joint")
INSTIGATE = ans("pattern", "instigate")
ADULT = all_(INSTIGATE, ans("capacity", "adult"))
LIMITED = all_(INSTIGATE, ans("capacity", "limited"))
DANGER = ans("pattern", "danger")
SEPARATE = ans("pattern", "separate")
SUFFICIENT = all_(SEPARATE, ans("sufficiency", "all_sufficient"))
PARTIAL = all_(SEPARATE, ans("sufficiency", "all_partial"))
MIXED = all_(SEPARATE, ans("sufficiency", "mixed"))
ENV = ans("environment", "yes")
INJURY = ans("harm", "injury", "death")
PROPERTY = ans("harm", "property")
DEATH = ans("harm", "death")
FAULT = ans("victim_fault", "yes")
FAULT_OR_UNKNOWN = ans("victim_fault", "yes", "unknown")
LOSS_KNOWN = ans("loss_known", "known")
LOSS_OPEN = ans("loss_known", "not_yet")
COMMON_INJURY = all_(any_(JOINT, ADULT, DANGER), INJURY)
# Routes on which everyone liable is jointly and severally liable for the whole (or, mixed, for a
# part): an interruption against one reaches the others.
JOINT_ROUTE = not_(
    any_(LIMITED, PARTIAL, unknown("pattern"), all_(SEPARATE, unknown("sufficiency")))
)
AMOUNT_OPEN = any_(LOSS_OPEN, unknown("damage_amount"))
AMOUNT_GIVEN = all_(LOSS_KNOWN, not_(unknown("damage_amount")))
# A client claimed against who, on his own account, took no part in causing the harm.
CLIENT_NOT_LIABLE = any_(
    ans("joint_role", "present_only"),
    ans("role_adult", "present_only"),
    ans("role_limited", "present_only"),
    ans("danger_role", "not_part"),
    ans("separate_role", "no_causation"),
    ans("identified_who", "other"),
)

# History ---------------------------------------------------------------------------------
SUED = ev("suit", "judgment_served", "judgment_effective")
NO_SUIT = not_(SUED)
PENDING = all_(ev("suit"), not_(ev("judgment_served", "judgment_effective", "proceedings_ended")))
SERVED = all_(ev("judgment_served"), not_(ev("judgment_effective")))
JUDGED = ev("judgment_effective")
NOT_JUDGED = not_(JUDGED)
TERMINATED = ev("enforcement_terminated")
# Everyone who may be liable was named in the effective judgment: nobody left to sue.
ALL_JUDGED = all_(JUDGED, ans("judged_all", "yes"))
R_SUED = rev("suit", "judgment_served", "judgment_effective")
R_PENDING = all_(
    rev("suit"), not_(rev("judgment_served", "judgment_effective", "proceedings_ended"))
)
R_SERVED = all_(rev("judgment_served"), not_(rev("judgment_effective")))
R_JUDGED = rev("judgment_effective")
# Police and criminal proceedings (诉讼时效规定13): the report interrupts the limitation period;
# after a decision not to open, to drop the case or not to prosecute it runs again from the day the
# decision became known, after a criminal trial from the day the judgment took effect; a police
# matter handled as a public-order case (治安处罚, 调解) from the day that handling ended (民法典195:
# "从中断、有关程序终结时起"). The dates are asked with the question, not as events of the history, so
# that they act on the claim against everyone liable for the harm reported — the instigators and
# the guardian alike — rather than on the one person an event would name.
CRIMINAL = ans("criminal", "police", "no_case", "pending", "decided")
CRIM_RESTART = ans("criminal", "police", "no_case", "decided")
CRIM_PENDING = ans("criminal", "pending")
CRIM_DECIDED = ans("criminal", "decided")
CRIM_TRIAL = ans("criminal", "pending", "decided")

# Limitation start: the day the injured side knew or should have known of the damage and of who
# is liable (民法典188(2)), asked on every path of the injured and claimed sides; before
# 2017-10-01 民法通则135/136 (法律另有规定). A 民法通则 period still running on 2017-10-01 becomes
# three years (the engine, 法释〔2018〕12号); environmental damage always had three years
# (环境保护法66; 135 "法律另有规定的除外").
NEW_REGIME = "2017-10-01"
CC_DAY = "2021-01-01"
START_OLD = before("knew_date", NEW_REGIME)
NOT_ENV = not_(ENV)


# --- deadlines ----------------------------------------------------------------------------

PER_ZH = "只针对其中一人的事，在案件经过中记为针对该人，下表按人分别计算。"
PER_EN = "A thing that concerned one person only is recorded against him, and the table counts for each person."
NOTE_JOINT = T(
    "对其中一个连带责任人发生的中断事由（要求赔偿、承诺赔偿、起诉等），对其他连带责任人同样发生中断效力（诉讼时效规定第15条第2款；2021年以前发生的事，适用该规定2008年文本的相同规则）。"
    + PER_ZH
    + "只起诉了其中一人的，对其他人的诉讼时效同样中断，直到该诉讼终结才重新计算（判决只约束被判决的人）；从起诉之日重新计算是另一种看法，下表在计算过程中列出依此计算的稳妥日期。",
    "An interruption against one of those jointly and severally liable (a demand, a promise to pay, a suit …) interrupts against the others too (SPC Limitation Provisions art. 15(2); before 2021 the same rule of their 2008 text). "
    + PER_EN
    + " A suit against one only interrupts the period against the others too, until that suit ends (a judgment binds only those it names); counting again from the filing is another view, and the calculation gives that safe day.",
)
NOTE_SEVERAL = T(
    "按份责任：对一个行为人发生的中断事由，只对该行为人发生效力。" + PER_ZH,
    "Several liability: an interruption against one actor acts against him only. " + PER_EN,
)
NOTE_SPLIT = T(
    "教唆人、帮助人与监护人之间不是连带责任：对一方发生的中断事由，不当然对另一方发生效力，受害方须对双方分别主张权利。这里只计算针对该方的事件。"
    + PER_ZH,
    "The instigators or helpers and the guardian are not jointly and severally liable: an interruption against one does not necessarily reach the other, so the injured side must claim against each. Only the events against that party are counted here. "
    + PER_EN,
)
NOTE_UNKNOWN = T(
    "属于连带责任的，对其中一人发生的中断事由对其他人同样发生效力；属于按份责任的，只对该人发生效力。"
    + PER_ZH
    + "在核实以前，下表对每个人只计算针对该人（或者整个一方）的事件，这是最稳妥的日期。",
    "If the liability is joint and several, an interruption against one reaches the others; if it is several, it acts only against him. "
    + PER_EN
    + " Until the facts are verified the table counts for each person only the events against him (or his whole side): the safest date.",
)
NOTE_ONE = T(
    "已经查明的具体侵权人单独承担责任：对其他人要求赔偿、起诉等，不中断对他的诉讼时效。" + PER_ZH,
    "The identified tortfeasor answers alone: a demand on or suit against the others does not interrupt the period against him. "
    + PER_EN,
)
NOTE_MIXED = T(
    "只造成部分损害的人只在共同造成的那部分范围内与其他人承担连带责任：对其中一人发生的中断事由（要求赔偿、承诺赔偿、起诉等）是否及于另一人，下表按不及于计算，这是最稳妥的日期。"
    + PER_ZH,
    "The one who caused part of the harm is jointly liable with the others only for that part: whether an interruption against one (a demand, a promise, a suit …) reaches the other, the table counts as if it did not — the safest date. "
    + PER_EN,
)
NOTE_ENV = T(
    "环境污染、生态破坏造成损害的，提起赔偿诉讼的时效期间为三年，从知道或者应当知道受到损害时起计算（按照环境保护法第66条；2015年以前为1989年环境保护法第42条，请律师核对原文），属于民法通则第135条“法律另有规定”的情形。",
    "Claims for damage from pollution have a three-year limitation period from the day the damage was or should have been known (under the Environmental Protection Law art. 66; before 2015 art. 42 of the 1989 law — have a lawyer check the text), one of the cases 'otherwise provided by law' in General Principles art. 135.",
)


# The periods of a limitation, by the day it (re)starts: (suffix, period in years, condition on
# that day besides the route, label, basis of the period, note).
def _regimes(q: str) -> list[tuple[str, int, J, J, list[J], J | None]]:
    # A Civil Code case (act or damage from 2021) cannot have a period that started before
    # 2017-10-01: such a date is a slip, and the three years of 188 are counted.
    new = any_(on_or_after(q, NEW_REGIME), unknown(q), all_(before(q, NEW_REGIME), IS_CC))
    old = all_(before(q, NEW_REGIME), not_(IS_CC))
    return [
        (
            "",
            3,
            new,
            T("（三年）", " (three years)"),
            [
                C(
                    CC,
                    188,
                    1,
                    when=any_(
                        on_or_after(q, CC_DAY), unknown(q), all_(before(q, NEW_REGIME), IS_CC)
                    ),
                ),
                C(
                    GP,
                    188,
                    1,
                    when=all_(on_or_after(q, NEW_REGIME), before(q, CC_DAY)),
                ),
            ],
            None,
        ),
        (
            "_injury_1986",
            1,
            all_(old, INJURY, NOT_ENV),
            T(
                "（民法通则：身体受到伤害，一年；2017年10月1日仍未届满的为三年）",
                " (General Principles: bodily injury, one year; three if still running on 2017-10-01)",
            ),
            [C(GPCL, 136, 1, 1)],
            None,
        ),
        (
            "_property_1986",
            2,
            all_(old, PROPERTY, NOT_ENV),
            T(
                "（民法通则：二年；2017年10月1日仍未届满的为三年）",
                " (General Principles: two years; three if still running on 2017-10-01)",
            ),
            [C(GPCL, 135)],
            None,
        ),
        (
            "_env_1986",
            3,
            all_(old, ENV),
            T("（环境污染损害：三年）", " (damage from pollution: three years)"),
            [C(GPCL, 135)],
            NOTE_ENV,
        ),
    ]


def _restart_basis(q: str, report: bool) -> list[J]:
    """Why a period runs again from ``q``: the end of the police or criminal proceedings, or
    (``report``) the report itself, as the law in force on that day words it."""
    cc = any_(on_or_after(q, CC_DAY), unknown(q))
    gp = all_(on_or_after(q, NEW_REGIME), before(q, CC_DAY))
    old = before(q, NEW_REGIME)
    if report:
        return [
            C(CC, 195, 1, 4, when=cc),
            C(LIM, 13, 1, when=cc),
            C(GP, 195, 1, 4, when=gp),
            C(GPCL, 140, when=old),
        ]
    return [
        C(CC, 195, when=cc),
        C(LIM, 13, 2, when=all_(cc, ans("criminal", "no_case", "decided"))),
        C(LIM, 13, 1, when=all_(cc, ans("criminal", "police"))),
        C(GP, 195, when=gp),
        C(GPCL, 140, when=old),
    ]


# Where each limitation runs from (answers decide which applies; the others' ``when`` is false):
# the day of knowledge; the end of the police or criminal proceedings; the report while a
# criminal case is pending (the earliest day the period could end, never later than the truth).
# Two branches on the criminal path mark what the comparisons found: a report made after the
# period counted from the day of knowledge had ended ("report_late": it interrupted nothing), and a
# criminal case pending for longer than that cautious period ("pending_long": no date yet).
REPORT_LATE_NODE, PENDING_LONG_NODE = "report_late", "pending_long"
LATE = {"reached": REPORT_LATE_NODE}
LONG = {"reached": PENDING_LONG_NODE}
FROM_KNEW = any_(not_(CRIMINAL), LATE)
FROM_END = all_(CRIM_RESTART, not_(LATE))
FROM_REPORT = all_(CRIM_PENDING, not_(LATE), not_(LONG))


def limitation_set(
    prefix: str,
    label: J,
    note: J | None,
    parties: list[str] | None = None,
    when: J | None = None,
    with_events: bool = True,
    starts: tuple[str, ...] = ("knew", "end", "report"),
    persons: str | None = None,
) -> dict[str, J]:
    """The injured person's limitation, one spec per start and regime of its start day;
    ``persons`` "joint" where those liable are 连带债务人 (an interruption against one of them
    reaches the others, 诉讼时效规定15(2))."""
    events: J = {"from": "history"}
    if parties:
        events["parties"] = parties
    if persons:
        events["persons"] = persons
    specs: dict[str, J] = {}
    for start in starts:
        q, route, infix, what = {
            "knew": ("knew_date", FROM_KNEW, "", T("", "")),
            "end": (
                "criminal_end_date",
                FROM_END,
                "_end",
                T(
                    "（报案后，自处理结束之日重新计算）",
                    " (after the report, from the end of the proceedings)",
                ),
            ),
            "report": (
                "report_date",
                FROM_REPORT,
                "_report",
                T(
                    "（刑事或者治安案件处理中，自报案之日计算的稳妥日期）",
                    " (proceedings pending: the cautious date counted from the report)",
                ),
            ),
        }[start]
        regimes = _regimes(q)[:1] if start == "report" else _regimes(q)
        for suffix, years, cond, period, basis, extra_note in regimes:
            name = f"{prefix}{infix}{suffix}"
            if start != "knew":
                basis = [*_restart_basis(q, start == "report"), *basis]
            spec: J = {
                "id": name,
                "kind": "limitation",
                "label": {
                    "zh": label["zh"] + what["zh"] + period["zh"],
                    "en": label["en"] + what["en"] + period["en"],
                },
                "from": q,
                "add": {"years": years},
                "basis": basis,
                "when": all_(*(c for c in (when, route, cond) if c is not None)),
                "cap_from": "act_date",
            }
            notes = [n for n in (note, extra_note) if n is not None]
            if notes:
                spec["note"] = T("".join(n["zh"] for n in notes), " ".join(n["en"] for n in notes))
            if with_events:
                spec["events"] = events
                spec["acts"] = ["injured"]
            specs[name] = spec
    return specs


LIM_ALL = limitation_set(
    "lim",
    T("受害方请求赔偿的诉讼时效", "Limitation of the claim for compensation"),
    NOTE_JOINT,
    persons="joint",
)
# The identified tortfeasor among dangerous actors answers alone; in the mixed case the actors are
# 连带 only for the part caused together (doubtful: each on his own, the earlier date). A client
# who says he took no part, caused nothing or is not the identified one keeps the joint rows: if
# the victim's claim against him succeeds at all, it is as one jointly liable.
LIM_ONE = limitation_set(
    "lim_one", T("受害方请求赔偿的诉讼时效", "Limitation of the claim for compensation"), NOTE_ONE
)
LIM_MIX = limitation_set(
    "lim_mix", T("受害方请求赔偿的诉讼时效", "Limitation of the claim for compensation"), NOTE_MIXED
)
LIM_SEV = limitation_set(
    "lim_sev",
    T("受害方请求各行为人承担其份额的诉讼时效", "Limitation of the claims for each actor's share"),
    NOTE_SEVERAL,
)
LIM_UNK = limitation_set(
    "lim_unk",
    T("受害方请求赔偿的诉讼时效", "Limitation of the claim for compensation"),
    NOTE_UNKNOWN,
)
GUARD_LIABLE = ans("guardian_duty", "failed", "unknown")
# 1169(2): the instigators and the guardian are not 连带, so the client claimed against sees only
# his own side's rows — another's expiry is no defence of his (侵权责任编解释一11, 12).
CLIENT_GUARDIAN = all_(side("claimed"), ans("role_limited", "guardian"))
CLIENT_INSTIGATOR = all_(side("claimed"), ans("role_limited", "instigator"))
LIM_INST = limitation_set(
    "lim_inst",
    T(
        "受害方对教唆人、帮助人请求赔偿的诉讼时效",
        "Limitation of the claim against the instigators or helpers",
    ),
    NOTE_SPLIT,
    parties=["instigators"],
    when=not_(CLIENT_GUARDIAN),
)
LIM_GUARD = limitation_set(
    "lim_guard",
    T("受害方对监护人请求赔偿的诉讼时效", "Limitation of the claim against the guardian"),
    NOTE_SPLIT,
    parties=["guardian"],
    when=all_(GUARD_LIABLE, not_(CLIENT_INSTIGATOR)),
)

# The limitation from the day of knowledge alone, and the cautious one from a report (never
# shown): whether a report came while the first was still running, whether a pending criminal
# case has outlasted the second, and — without any event or police matter — whether the period has
# ended, for the texts. With events recorded, or a police matter, the texts stay open and send the
# reader to the computed rows.
LIM_PLAIN = limitation_set(
    "plain", T("诉讼时效", "Limitation"), None, with_events=False, starts=("knew",)
)
PLAIN_REPORT = {
    "plain_report": dict(LIM_PLAIN["plain"], id="plain_report", **{"from": "report_date"})
}
for _specs, _q in ((LIM_PLAIN, "knew_date"), (PLAIN_REPORT, "report_date")):
    for (_suffix, _, _cond, _label, _basis, _note), _spec in zip(
        _regimes(_q)[: len(_specs)], _specs.values(), strict=True
    ):
        _spec.update(when=_cond, basis=_basis)  # the regime only


def _plain_passed(specs: dict[str, J], passed: bool) -> J:
    return any_(*(all_(s["when"], {"deadline": n, "passed": passed}) for n, s in specs.items()))


def _exact(q: str) -> J:
    return all_(not_(unknown(q)), not_({"month_only": q}))


EXACT_REPORT = _exact("report_date")
EXACT_REPORT_AND_KNEW = all_(EXACT_REPORT, _exact("knew_date"))
REPORT_LATE = any_(
    *(
        all_(spec["when"], {"date": "report_date", "after": {"deadline": name}})
        for name, spec in LIM_PLAIN.items()
    )
)
# A criminal case pending since before 2017-10-01 has outlasted any period it interrupted.
PENDING_TOO_LONG = any_(before("report_date", NEW_REGIME), _plain_passed(PLAIN_REPORT, True))

NO_EVENTS = ans("history_any", "no")
_PASSED = _plain_passed(LIM_PLAIN, True)
_RUNNING = _plain_passed(LIM_PLAIN, False)
TIME_BARRED = all_(NO_EVENTS, not_(CRIMINAL), _PASSED)
TIME_RUNNING = all_(NO_EVENTS, not_(CRIMINAL), _RUNNING)
TIME_OPEN = any_(not_(NO_EVENTS), CRIMINAL, {"undetermined": _PASSED})
NOT_BARRED = any_(TIME_RUNNING, TIME_OPEN)

ENFORCE_BASE = {
    "kind": "enforcement",
    "from": {"event": "history", "kinds": ["judgment_effective"], "use": "until"},
    "add": {"years": 2},
    "basis": [C(CPL, 250, 1)],
    "acts": ["injured"],
}
ENFORCE = {
    "id": "enforcement",
    **ENFORCE_BASE,
    "label": T("申请强制执行的期间", "Period to apply for enforcement"),
    "events": {"from": "history"},
    "when": JUDGED,
}
ENFORCE_INST = {
    "id": "enforcement_inst",
    **ENFORCE_BASE,
    "label": T(
        "对教唆人、帮助人申请强制执行的期间",
        "Period to apply for enforcement against the instigators or helpers",
    ),
    "events": {"from": "history", "parties": ["instigators"]},
    "when": all_(JUDGED, not_(CLIENT_GUARDIAN)),
}
ENFORCE_GUARD = {
    "id": "enforcement_guard",
    **ENFORCE_BASE,
    "label": T(
        "对监护人申请强制执行的期间", "Period to apply for enforcement against the guardian"
    ),
    "events": {"from": "history", "parties": ["guardian"]},
    "when": all_(JUDGED, GUARD_LIABLE, not_(CLIENT_INSTIGATOR)),
}
APPEAL = {
    "id": "appeal",
    "kind": "appeal",
    "label": T("对一审判决提起上诉的期间", "Period to appeal the first-instance judgment"),
    "from": {"event": "history", "kinds": ["judgment_served"]},
    "add": {"days": 15},
    "basis": [C(CPL, 171, 1)],
    "when": SERVED,
}

REC_LABEL = T(
    "向其他责任人请求偿还的诉讼时效（自当事人的支付超过自己份额之日起计算）",
    "Limitation of the claim against the others (from the day the client's payments exceeded his share)",
)
NOTE_RECOURSE = T(
    "追偿时每个人只偿还自己应当分担的份额：对其中一人要求偿还、对方承诺或者起诉，只对该人中断诉讼时效。只针对其中某一个人的事（如只向钱某要求偿还），在追偿经过中记为针对该人，下表按人分别计算。下表只对当事人本人以外的其他责任人计算（当事人本人的名称在“当事人本人”一栏，不在其他各方的名单中）。超过份额以后又支付的部分，各自从支付之日起计算，期限更晚；按这里最早的日期行事最稳妥。",
    "In recourse each owes only his own share: a demand on, promise by or suit against one of them interrupts the limitation period against him only. Record a thing that concerned one person only (a demand on one of them) as against him: the table then counts for each person. The table counts only for the others, not for the client (whose name is in the field “the client”, not in the other lists). Payments made after the share was exceeded each run from their own day, later; acting by the earliest date here is safest.",
)
REC_NEW = {
    "id": "recourse_limitation",
    "kind": "limitation",
    "label": {"zh": REC_LABEL["zh"] + "（三年）", "en": REC_LABEL["en"] + " (three years)"},
    "from": "paid_date",
    "add": {"years": 3},
    "basis": [
        C(CC, 188, 1, when=on_or_after("paid_date", CC_DAY)),
        C(
            GP,
            188,
            1,
            when=all_(on_or_after("paid_date", NEW_REGIME), before("paid_date", CC_DAY)),
        ),
    ],
    "when": on_or_after("paid_date", NEW_REGIME),
    "events": {"from": "recourse_history"},
    "note": NOTE_RECOURSE,
    "acts": ["payer"],
}
REC_OLD = {
    "id": "recourse_limitation_1986",
    "kind": "limitation",
    "label": {
        "zh": REC_LABEL["zh"] + "（民法通则：二年）",
        "en": REC_LABEL["en"] + " (General Principles: two years)",
    },
    "from": "paid_date",
    "add": {"years": 2},
    "basis": [C(GPCL, 135)],
    "when": before("paid_date", NEW_REGIME),
    "events": {"from": "recourse_history"},
    "note": NOTE_RECOURSE,
    "acts": ["payer"],
}
# The recourse limitation has ended for every one of the others (per-person rows: all of them).
# (A deadline's own "when" does not guard the condition: each is read only where it applies.)
REC_PASSED = any_(
    all_(REC_NEW["when"], {"deadline": "recourse_limitation", "passed": True}),
    all_(REC_OLD["when"], {"deadline": "recourse_limitation_1986", "passed": True}),
)
REC_ENFORCE = {
    "id": "recourse_enforcement",
    "kind": "enforcement",
    "label": T(
        "就追偿判决申请强制执行的期间", "Period to apply for enforcement of the recourse judgment"
    ),
    "from": {"event": "recourse_history", "kinds": ["judgment_effective"], "use": "until"},
    "add": {"years": 2},
    "basis": [C(CPL, 250, 1)],
    "events": {"from": "recourse_history"},
    "when": R_JUDGED,
    "acts": ["payer"],
}
REC_APPEAL = {
    "id": "recourse_appeal",
    "kind": "appeal",
    "label": T(
        "对追偿案件一审判决提起上诉的期间", "Period to appeal the first-instance recourse judgment"
    ),
    "from": {"event": "recourse_history", "kinds": ["judgment_served"]},
    "add": {"days": 15},
    "basis": [C(CPL, 171, 1)],
    "when": R_SERVED,
}

DEADLINES: dict[str, J] = {
    **LIM_PLAIN,
    **PLAIN_REPORT,
    **LIM_ALL,
    **LIM_ONE,
    **LIM_MIX,
    **LIM_SEV,
    **LIM_UNK,
    **LIM_INST,
    **LIM_GUARD,
    "enforcement": ENFORCE,
    "enforcement_inst": ENFORCE_INST,
    "enforcement_guard": ENFORCE_GUARD,
    "appeal": APPEAL,
    "recourse_limitation": REC_NEW,
    "recourse_limitation_1986": REC_OLD,
    "recourse_enforcement": REC_ENFORCE,
    "recourse_appeal": REC_APPEAL,
}


def uses(*names: str) -> list[J]:
    return [{"use": n} for n in names]


VICTIM_DEADLINES = [*uses(*LIM_ALL), *uses("enforcement", "appeal")]
ONE_DEADLINES = [*uses(*LIM_ONE), *uses("enforcement", "appeal")]
MIX_DEADLINES = [*uses(*LIM_MIX), *uses("enforcement", "appeal")]
SEVERAL_DEADLINES = [*uses(*LIM_SEV), *uses("enforcement", "appeal")]
UNKNOWN_DEADLINES = [*uses(*LIM_UNK), *uses("enforcement", "appeal")]
SPLIT_DEADLINES = [
    *uses(*LIM_INST),
    *uses(*LIM_GUARD),
    *uses("enforcement_inst", "enforcement_guard", "appeal"),
]
PAYER_DEADLINES = uses(
    "recourse_limitation", "recourse_limitation_1986", "recourse_enforcement", "recourse_appeal"
)


# --- the interview ------------------------------------------------------------------------

SIDES = [
    {
        "id": "injured",
        "label": T(
            "受害的一方（被侵权人，或者死者的近亲属）",
            "The injured side (the injured person, or a deceased's close relatives)",
        ),
    },
    {
        "id": "claimed",
        "label": T(
            "被要求赔偿的一方（被指参与侵权的人，或者其监护人）",
            "Claimed against (one of those said to have caused the harm, or his guardian)",
        ),
        "claimed_against": True,
    },
    {
        "id": "payer",
        "label": T(
            "已经赔偿、想让其他责任人分担的一方",
            "Has paid and wants the others to bear their shares",
        ),
    },
]

PARTIES = [
    {"id": "victim", "label": T("被侵权人", "injured person")},
    {"id": "actors", "label": T("行为人", "actors"), "many": True},
    {"id": "instigators", "label": T("教唆人、帮助人", "instigators or helpers"), "many": True},
    {"id": "guardian", "label": T("监护人", "guardian")},
    # The client who paid and seeks recourse: his own field, so that the recourse rows are
    # computed only against the others (as the partnership tree's "当事人本人").
    {"id": "self", "label": T("当事人本人", "the client")},
]

AMOUNTS = [
    {
        "id": "share_2",
        "label": T("平均分担时每人的份额（二人）", "each one's equal share (two persons)"),
        "fraction": ["damage_amount", 1, 2],
    },
    {
        "id": "share_3",
        "label": T("平均分担时每人的份额（三人）", "each one's equal share (three persons)"),
        "fraction": ["damage_amount", 1, 3],
    },
    {
        "id": "share_4",
        "label": T("平均分担时每人的份额（四人）", "each one's equal share (four persons)"),
        "fraction": ["damage_amount", 1, 4],
    },
    {
        "id": "pshare_2",
        "label": T("平均分担时每人的份额（二人）", "each one's equal share (two persons)"),
        "fraction": ["total_amount", 1, 2],
    },
    {
        "id": "pshare_3",
        "label": T("平均分担时每人的份额（三人）", "each one's equal share (three persons)"),
        "fraction": ["total_amount", 1, 3],
    },
    {
        "id": "pshare_4",
        "label": T("平均分担时每人的份额（四人）", "each one's equal share (four persons)"),
        "fraction": ["total_amount", 1, 4],
    },
    {
        "id": "excess_det",
        "label": T("超过自己份额的支付", "payment beyond one's own share"),
        "difference": ["paid_amount", "own_share"],
    },
    {
        "id": "excess_2",
        "label": T("超过平均份额的支付（二人）", "payment beyond the equal share (two persons)"),
        "difference": ["paid_amount", "pshare_2"],
    },
    {
        "id": "excess_3",
        "label": T("超过平均份额的支付（三人）", "payment beyond the equal share (three persons)"),
        "difference": ["paid_amount", "pshare_3"],
    },
    {
        "id": "excess_4",
        "label": T("超过平均份额的支付（四人）", "payment beyond the equal share (four persons)"),
        "difference": ["paid_amount", "pshare_4"],
    },
]

GLOSSARY = [
    {
        "id": "joint_liability",
        "term": T("连带责任", "joint and several liability"),
        "definition": T(
            "几个责任人中的每一个都要对全部损失负责：受害人可以请求其中任何一人、几人或者全体赔偿全部损失；一人赔偿后，可以就超过自己份额的部分向其他人追偿。",
            "Each of those liable answers for the whole loss: the injured person may claim all of it from any one, several or all of them; one who paid more than his share recovers the excess from the others.",
        ),
    },
    {
        "id": "several_liability",
        "term": T("按份责任", "several (proportionate) liability"),
        "definition": T(
            "每个责任人只对自己的份额负责，不对其他人的份额负责。",
            "Each answers for his own share only, not for the others'.",
        ),
    },
    {
        "id": "instigation",
        "term": T("教唆、帮助", "instigating or helping"),
        "definition": T(
            "教唆是用言语等方式促使他人实施侵权行为（怂恿、指使、唆使）；帮助是为他人实施侵权行为提供便利（递工具、望风、拦住受害人等）。",
            "Instigating is urging someone to commit the act (egging on, ordering); helping is making it easier (handing a weapon, keeping watch, blocking the victim's way).",
        ),
    },
    {
        "id": "common_danger",
        "term": T("共同危险行为", "a dangerous act by several persons"),
        "definition": T(
            "二人以上都实施了危及他人人身、财产安全的行为，损害只是其中某人或者某几人的行为造成的，但不知道是谁。",
            "Two or more persons each did something dangerous to others; only one or some of them caused the harm, and it is not known who.",
        ),
    },
    {
        "id": "capacity",
        "term": T("民事行为能力", "civil capacity"),
        "definition": T(
            "不满8周岁的未成年人是无民事行为能力人，8周岁以上的未成年人是限制民事行为能力人（2017年10月1日以前按民法通则为10周岁）；16周岁以上、以自己的劳动收入为主要生活来源的未成年人，视为完全民事行为能力人。不能辨认或者不能完全辨认自己行为的成年人，是无或者限制民事行为能力人。",
            "A minor under 8 has no civil capacity, a minor of 8 or more limited capacity (before 2017-10-01, under the General Principles, 10); a minor of 16 or more living mainly on his own earnings counts as fully capable. An adult who cannot (fully) understand his acts has no or limited capacity.",
        ),
    },
    {
        "id": "limitation",
        "term": T("诉讼时效", "limitation period"),
        "definition": T(
            "请求人民法院保护民事权利的期间，一般为三年，从知道或者应当知道受到损害以及义务人之日起计算；要求赔偿、对方承诺赔偿、起诉、报案等会使它中断并重新计算。届满后，对方可以拒绝赔偿。",
            "The period to ask a court to protect a right, normally three years from the day one knew or should have known of the damage and who is liable; a demand, a promise to pay, a suit or a report to the police interrupts it and it starts again. After it ends the other side may refuse to pay.",
        ),
    },
]

UNKNOWN_LABEL = T("不清楚 / 待核实", "Not known / to verify")


def choice(
    cid: str,
    label: J,
    nxt: str,
    significance: J | None = None,
    citations: list[J] | None = None,
    is_unknown: bool = False,
) -> J:
    c: J = {"id": cid, "label": label, "next": nxt}
    if significance is not None:
        c["significance"] = significance
    if citations:
        c["citations"] = citations
    if is_unknown:
        c["unknown"] = True
    return c


def branch(
    node_id: str,
    rules: list[tuple[J, str] | tuple[J, str, J] | tuple[J, str, J, list[J]]],
    otherwise: str,
    otherwise_sig: J | None = None,
) -> J:
    out = []
    for rule in rules:
        r: J = {"when": rule[0], "next": rule[1]}
        if len(rule) > 2:
            r["significance"] = rule[2]  # type: ignore[misc]
        if len(rule) > 3:
            r["citations"] = rule[3]  # type: ignore[misc]
        out.append(r)
    other: J = {"next": otherwise}
    if otherwise_sig is not None:
        other["significance"] = otherwise_sig
    return {"id": node_id, "type": "branch", "rules": out, "otherwise": other}


JOINT_CITES = versions([(1168,)], [(8,)], [(130,)])
INSTIGATE_CITES = versions([(1169, 1)], [(9, 1)], [(130,)])
LIMITED_CITES = versions([(1169, 2)], [(9, 2)], [(133, 1)])
DANGER_CITES = versions([(1170,)], [(10,)], [(130,)])
SUFFICIENT_CITES = versions([(1171,)], [(11,)], [(130,)])
PARTIAL_CITES = versions([(1172,)], [(12,)], [(106, 2)])
FAULT_CITES = versions([(1173,)], [(26,)], [(131,)])
SHARES_CITES = versions([(178, 2)], [(14, 1)], [(87,)])
RECOURSE_CITES = versions([(178, 2)], [(14, 2)], [(87,)])
DEATH_CITES = versions([(1181, 1)], [(18, 1)], [])
ENV_CITES = versions([(1229,), (1230,), (1231,)], [(65,), (66,), (67,)], [(124,)])


def questions() -> list[J]:
    return [
        {
            "id": "side",
            "type": "side",
            "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
            "help": {
                "why": T(
                    "同一件事，受害人、被要求赔偿的人和已经赔偿的人要做的事不同：报告按当事人的立场写结论、抗辩和下一步。",
                    "The injured person, the person claimed against and the one who has paid each need different advice: the report is written for the client's side.",
                )
            },
            "choices": [
                {"side": "injured", "next": "act_date"},
                {"side": "claimed", "next": "act_date"},
                {"side": "payer", "next": "act_date"},
            ],
        },
        {
            "id": "act_date",
            "type": "date",
            "allow_month": True,
            "text": T("侵权行为是哪一天发生的？", "On what day was the harmful act done?"),
            "label": T("侵权行为发生日", "the day of the act"),
            "help": {
                "why": T(
                    "行为发生的时间决定适用哪部法律：2021年1月1日以后适用民法典，2010年7月1日至2020年12月31日适用侵权责任法，更早的适用民法通则。行为持续了一段时间的（如长期排污），填写行为结束的日期；仍在持续的，填写咨询当日。",
                    "The day decides the law: the Civil Code from 2021-01-01, the Tort Liability Law from 2010-07-01 to 2020-12-31, the General Principles before. For an act that went on for a while (e.g. years of discharges) give the day it ended; if it still goes on, the day of the consultation.",
                ),
                "examples": [
                    T(
                        "2023年5月20日晚在烧烤店门口被三人殴打：填2023-05-20。",
                        "Beaten by three men outside a barbecue stall on the evening of 20 May 2023: enter 2023-05-20.",
                    )
                ],
            },
            "significance": T(
                "行为发生的时间决定适用的法律。", "The day of the act decides which law applies."
            ),
            "citations": [C(TE, 1, 1), C(TE, 1, 3)],
            "verify": {
                "evidence": [
                    T(
                        "报警回执、病历（首次就诊日期）、照片视频等能证明事发日期的材料",
                        "The police receipt, medical records (first visit), photos or videos that show the day",
                    )
                ],
                "effect": T(
                    "只知道月份不影响判断适用哪部法律；诉讼时效从行为当天起算的，只能算出一个日期范围，以最早的日期为准。",
                    "A month is enough to tell which law applies; a limitation counted from that day becomes a range, and the earliest date is the one to act by.",
                ),
            },
            "next": "act_branch",
        },
        branch(
            "act_branch",
            [
                (before("act_date", "2021-01-01"), "damage_later"),
                ({"undetermined": before("act_date", "2021-01-01")}, "damage_later"),
            ],
            "law_branch",
        ),
        {
            "id": "damage_later",
            "type": "choice",
            "text": T(
                "损害后果是在行为发生时就出现的吗？", "Did the damage appear when the act was done?"
            ),
            "help": {
                "why": T(
                    "侵权行为发生在2021年以前、但损害后果在2021年1月1日以后才出现的，适用民法典。",
                    "An act before 2021 whose damage appeared only from 2021-01-01 falls under the Civil Code.",
                )
            },
            "citations": [C(TE, 24)],
            "choices": [
                choice(
                    "same_time",
                    T(
                        "是，当时就出现了（受伤、财物损坏等）",
                        "Yes, at once (injury, damaged property …)",
                    ),
                    "law_branch",
                ),
                choice(
                    "later",
                    T(
                        "不是，后来才出现（如伤病后来才发作、损失后来才发生）",
                        "No, later (an illness that broke out later, a loss that came later)",
                    ),
                    "damage_date",
                ),
            ],
        },
        {
            "id": "damage_date",
            "type": "date",
            "allow_month": True,
            "text": T("损害后果是什么时候出现的？", "When did the damage appear?"),
            "label": T("损害后果出现之日", "the day the damage appeared"),
            "significance": T(
                "损害后果出现的时间可能改变适用的法律。",
                "When the damage appeared may change the law that applies.",
            ),
            "citations": [C(TE, 24)],
            "verify": {
                "evidence": [
                    T(
                        "诊断证明、检查报告或者损失发生的记录",
                        "The diagnosis, test reports or records of when the loss occurred",
                    )
                ],
                "effect": T(
                    "损害后果在2021年1月1日以后出现的，适用民法典；以前出现的，适用当时的法律。",
                    "Damage appearing from 2021-01-01 brings the Civil Code; earlier damage, the law of the time.",
                ),
            },
            "next": "law_branch",
        },
        branch(
            "law_branch",
            [
                (
                    on_or_after("act_date", "2021-01-01"),
                    "harm",
                    T(
                        "侵权行为发生在2021年1月1日以后（或者持续到该日以后），适用民法典。",
                        "The act was done (or went on) from 2021-01-01: the Civil Code applies.",
                    ),
                    [C(TE, 1, 1)],
                ),
                (
                    DAMAGE_NEW,
                    "harm",
                    T(
                        "侵权行为发生在2021年以前，但损害后果在2021年1月1日以后才出现，适用民法典。",
                        "The act was before 2021 but its damage appeared from 2021-01-01: the Civil Code applies.",
                    ),
                    [C(TE, 24)],
                ),
                (
                    on_or_after("act_date", "2010-07-01"),
                    "harm",
                    T(
                        "侵权行为发生在2010年7月1日至2020年12月31日之间，适用当时有效的侵权责任法（数人侵权的规定与民法典基本相同）。",
                        "The act was between 2010-07-01 and 2020-12-31: the Tort Liability Law then in force applies (its rules on torts by several persons match the Civil Code's).",
                    ),
                    [C(TE, 1, 2)],
                ),
                ({"undetermined": on_or_after("act_date", "2010-07-01")}, "harm"),
            ],
            "harm",
            T(
                "侵权行为发生在2010年7月1日侵权责任法施行以前，适用民法通则和当时的司法解释。",
                "The act was before the Tort Liability Law took effect on 2010-07-01: the General Principles and the judicial interpretations of the time apply.",
            ),
        ),
        {
            "id": "harm",
            "type": "choice",
            "text": T("造成了什么损害？", "What harm was done?"),
            "help": {
                "why": T(
                    "受害人死亡的，由近亲属请求赔偿；2017年10月1日以前知道受伤的，民法通则规定了较短的诉讼时效。",
                    "If the victim died, the close relatives claim; for injuries known before 2017-10-01 the General Principles set a shorter limitation period.",
                )
            },
            "choices": [
                choice(
                    "injury",
                    T(
                        "人身伤害（可以同时有财产损失）",
                        "Bodily injury (with or without damage to property)",
                    ),
                    "pattern",
                ),
                choice(
                    "death",
                    T("受害人死亡", "The victim died"),
                    "pattern",
                    T(
                        "被侵权人死亡的，其近亲属有权请求侵权人承担侵权责任。",
                        "If the injured person died, the close relatives may claim.",
                    ),
                    DEATH_CITES,
                ),
                choice("property", T("只有财产损失", "Damage to property only"), "pattern"),
            ],
        },
        {
            "id": "pattern",
            "type": "choice",
            "text": T(
                "损害是怎样由几个人造成的？（选最接近的一项）",
                "How did several persons cause the harm? (choose the closest)",
            ),
            "help": {
                "why": T(
                    "几个人造成同一损害时，法律按行为方式分别规定：共同实施、教唆帮助、共同危险和每个人都足以造成全部损害的，承担连带责任；各自只造成一部分的，按份承担。",
                    "The law sorts harm by several persons by how it was done: acting together, instigating or helping, a dangerous act by several, or separate acts each enough for the whole harm give joint and several liability; separate acts each causing part give several liability.",
                ),
                "examples": [
                    T(
                        "三个人约好一起去打人，或者在饭桌上吵起来后一起动手：共同实施。",
                        "Three men agree to beat someone, or join in a fight that broke out at dinner: acting together.",
                    ),
                    T(
                        "一个人动手，另一个人在旁边喊“打他”，或者递了棍子、拦住受害人：教唆、帮助。",
                        "One hits, another shouts 'hit him', hands him a stick or blocks the victim: instigating or helping.",
                    ),
                    T(
                        "几个孩子同时朝一个方向扔石头，一块石头砸伤了路人，不知道是谁扔的：共同危险。",
                        "Several children throw stones in one direction and one hits a passer-by, no one knows whose: a dangerous act by several.",
                    ),
                    T(
                        "两家工厂事先没有联系，各自向同一条河排污，下游鱼塘的鱼死了：分别侵权。",
                        "Two factories that never agreed on anything each discharge into the same river and the fish in a pond downstream die: separate acts.",
                    ),
                ],
                "glossary": [
                    "joint_liability",
                    "several_liability",
                    "instigation",
                    "common_danger",
                ],
            },
            "verify": {
                "evidence": [
                    T(
                        "报警记录和询问笔录、证人证言、监控视频",
                        "Police records and statements, witnesses, CCTV",
                    ),
                    T(
                        "刑事案件材料（起诉书、判决书）、鉴定意见",
                        "Criminal case papers (indictment, judgment), expert opinions",
                    ),
                ],
                "effect": T(
                    "属于共同实施、教唆帮助、共同危险（不能确定具体侵权人）或者每个人的行为都足以造成全部损害的，行为人承担连带责任；各自的行为只造成部分损害的，按份承担。",
                    "Acting together, instigating or helping, a dangerous act by several (the actual tortfeasor unknown) or separate acts each enough for the whole harm: joint and several liability; separate acts each causing part: several liability.",
                ),
            },
            "choices": [
                choice(
                    "joint",
                    T(
                        "几个人一起实施了侵权行为（事先商量好，或者当场一起动手、一起砸东西）",
                        "Several persons did it together (agreed beforehand, or joined in on the spot)",
                    ),
                    "joint_branch",
                    T(
                        "二人以上共同实施侵权行为造成损害的，应当承担连带责任。",
                        "Two or more who commit a tort together and cause harm are jointly and severally liable.",
                    ),
                    JOINT_CITES,
                ),
                choice(
                    "instigate",
                    T(
                        "有人直接动手，另有人教唆（怂恿、指使）或者帮助（递工具、望风、拦人）",
                        "Someone did it, others instigated (egged on, ordered) or helped (handed a weapon, kept watch, blocked the way)",
                    ),
                    "capacity",
                    T(
                        "教唆、帮助他人实施侵权行为的，应当与行为人承担连带责任；被教唆、帮助的是未成年人等的，另有规则。",
                        "Instigators and helpers are jointly and severally liable with the actor; other rules apply where the actor is a minor or lacks capacity.",
                    ),
                    [*INSTIGATE_CITES[:2]],
                ),
                choice(
                    "danger",
                    T(
                        "几个人各自做了危险的事（如同时朝一个方向扔石头、放鞭炮），只有某个人或者某几个人造成了损害，但不知道是谁",
                        "Several each did something dangerous (throwing stones, firecrackers); one or some caused the harm, but it is not known who",
                    ),
                    "identified",
                    T(
                        "共同危险行为：不能确定具体侵权人的，行为人承担连带责任；能够确定的，由该侵权人承担。",
                        "A dangerous act by several: if the actual tortfeasor cannot be identified all are jointly and severally liable; if he can, he alone is liable.",
                    ),
                    DANGER_CITES[:2],
                ),
                choice(
                    "separate",
                    T(
                        "几个人事先没有联系，各自的行为凑在一起造成了同一损害（如两家工厂分别排污）",
                        "Several who had nothing to do with each other each did something, and together caused one harm (two factories discharging)",
                    ),
                    "environment",
                    T(
                        "分别实施侵权行为造成同一损害的，要看每个人的行为是否足以造成全部损害。",
                        "For separate acts causing one harm, it matters whether each act alone was enough for the whole harm.",
                    ),
                    [*SUFFICIENT_CITES[:2], *PARTIAL_CITES[:2]],
                ),
                choice("unknown", UNKNOWN_LABEL, "after_pattern", is_unknown=True),
            ],
        },
        branch("joint_branch", [(side("claimed"), "joint_role")], "after_pattern"),
        {
            "id": "joint_role",
            "type": "choice",
            "text": T("当事人在其中做了什么？", "What did the client do?"),
            "help": {
                "why": T(
                    "只有参与了共同侵权行为的人才承担连带责任；只是在场、没有参与的人不承担。",
                    "Only those who took part in the joint act are jointly and severally liable; mere presence is not enough.",
                ),
                "glossary": ["instigation"],
            },
            "choices": [
                choice(
                    "took_part",
                    T(
                        "参与了（动了手，或者与其他人商量好一起做）",
                        "Took part (joined in, or agreed with the others)",
                    ),
                    "after_pattern",
                ),
                choice(
                    "present_only",
                    T(
                        "只是在场，既没有动手，也没有言语或者行为上的鼓动、帮助",
                        "Was only there: neither joined in nor egged on or helped in word or deed",
                    ),
                    "after_pattern",
                    T(
                        "没有参与共同侵权行为的人，不承担责任；但在场起哄、阻拦劝架等可能被认定为帮助。",
                        "Someone who did not take part is not liable; but cheering on or stopping others from intervening may count as helping.",
                    ),
                ),
            ],
        },
        {
            "id": "capacity",
            "type": "choice",
            "text": T("直接动手的人是什么情况？", "Who was the person who did the act?"),
            "help": {
                "why": T(
                    "被教唆、帮助的人是完全民事行为能力人的，教唆人、帮助人与他承担连带责任；是未成年人或者不能完全辨认自己行为的人的，由教唆人、帮助人承担侵权责任，监护人未尽到监护职责的承担相应的责任。",
                    "If the actor has full capacity, the instigators and helpers are jointly and severally liable with him; if he is a minor or cannot fully understand his acts, the instigators and helpers are liable and the guardian bears a corresponding liability if he failed in his duty.",
                ),
                "glossary": ["capacity"],
            },
            "citations": [C(CC, 18, 2), C(CC, 19), C(GPCL, 11, 2), C(GPCL, 12)],
            "choices": [
                choice(
                    "adult",
                    T(
                        "完全民事行为能力人（成年人，或者16周岁以上、以自己的劳动收入为主要生活来源的未成年人）",
                        "Fully capable (an adult, or a minor of 16 or more living mainly on his own earnings)",
                    ),
                    "adult_branch",
                    T(
                        "教唆、帮助完全民事行为能力人实施侵权行为的，与行为人承担连带责任。",
                        "Instigating or helping a fully capable person: jointly and severally liable with him.",
                    ),
                    INSTIGATE_CITES,
                ),
                choice(
                    "limited",
                    T(
                        "未成年人（不满18周岁），或者不能辨认、不能完全辨认自己行为的成年人",
                        "A minor (under 18), or an adult who cannot (fully) understand his acts",
                    ),
                    "guardian_duty",
                    T(
                        "教唆、帮助无民事行为能力人、限制民事行为能力人的，应当承担侵权责任；监护人未尽到监护职责的，承担相应的责任。",
                        "Instigating or helping a person without full capacity: the instigator or helper is liable; the guardian, if he failed in his duty, bears a corresponding liability.",
                    ),
                    versions([(1169, 2)], [(9, 2)], []),
                ),
            ],
        },
        branch("adult_branch", [(side("claimed"), "role_adult")], "after_pattern"),
        {
            "id": "role_adult",
            "type": "choice",
            "text": T("当事人在其中是什么角色？", "What was the client's part?"),
            "help": {"glossary": ["instigation"]},
            "choices": [
                choice("actor", T("直接动手的人", "Did the act"), "after_pattern"),
                choice(
                    "instigator", T("教唆或者帮助的人", "Instigated or helped"), "after_pattern"
                ),
                choice(
                    "present_only",
                    T(
                        "只是在场，没有动手，也没有教唆、帮助",
                        "Was only there: neither did it, nor instigated or helped",
                    ),
                    "after_pattern",
                    T(
                        "没有实施、教唆或者帮助的人，不承担责任。",
                        "Someone who neither did, instigated nor helped is not liable.",
                    ),
                ),
            ],
        },
        {
            "id": "guardian_duty",
            "type": "choice",
            "text": T(
                "直接动手者的监护人（通常是父母）是否尽到了监护职责？",
                "Did the actor's guardian (usually a parent) fulfil his duty?",
            ),
            "help": {
                "why": T(
                    "监护人未尽到监护职责的，在相应范围内承担责任；已经尽到的，不承担责任，全部由教唆人、帮助人承担。",
                    "A guardian who failed in his duty answers within that failure; one who fulfilled it is not liable, and the instigators or helpers bear everything.",
                ),
                "examples": [
                    T(
                        "明知孩子有打架的习惯仍放任其深夜在外游荡：一般认为没有尽到监护职责。",
                        "Letting a child known for fighting roam at night: usually a failure of the duty.",
                    )
                ],
            },
            "verify": {
                "evidence": [
                    T(
                        "监护人平时管教情况的证据：学校、村（居）委会的说明，证人证言，以往的处理记录",
                        "What shows how the guardian looked after the child: statements of the school or residents' committee, witnesses, earlier incidents",
                    )
                ],
                "effect": T(
                    "未尽到监护职责的，监护人在相应范围内承担责任；已经尽到的，监护人不承担责任。",
                    "Failed: the guardian answers within the failure; fulfilled: the guardian is not liable.",
                ),
            },
            "choices": [
                choice("failed", T("没有尽到", "Failed"), "limited_branch"),
                choice("fulfilled", T("已经尽到", "Fulfilled it"), "limited_branch"),
                choice("unknown", UNKNOWN_LABEL, "limited_branch", is_unknown=True),
            ],
        },
        branch(
            "limited_branch",
            [(side("claimed"), "role_limited"), (side("payer"), "payer_role_limited")],
            "after_pattern",
        ),
        {
            "id": "role_limited",
            "type": "choice",
            "text": T("当事人在其中是什么角色？", "What was the client's part?"),
            "choices": [
                choice(
                    "instigator", T("教唆或者帮助的人", "Instigated or helped"), "after_pattern"
                ),
                choice(
                    "guardian",
                    T(
                        "直接动手者（未成年人等）本人或者他的监护人",
                        "The actor himself (a minor …) or his guardian",
                    ),
                    "after_pattern",
                ),
                choice(
                    "present_only",
                    T("只是在场，没有教唆、帮助", "Was only there: neither instigated nor helped"),
                    "after_pattern",
                ),
            ],
        },
        {
            "id": "payer_role_limited",
            "type": "choice",
            "text": T("当事人是以什么身份赔偿的？", "In what role did the client pay?"),
            "choices": [
                choice(
                    "instigator", T("教唆或者帮助的人", "As instigator or helper"), "after_pattern"
                ),
                choice(
                    "guardian", T("直接动手者的监护人", "As the actor's guardian"), "after_pattern"
                ),
            ],
        },
        {
            "id": "identified",
            "type": "choice",
            "text": T(
                "是否已经查明具体是谁的行为造成了损害？",
                "Has it been established whose act actually caused the harm?",
            ),
            "help": {
                "why": T(
                    "能够确定具体侵权人的，由该侵权人承担责任；不能确定的，全部行为人承担连带责任。只证明自己的行为没有造成损害，不能代替查明具体侵权人。",
                    "If the actual tortfeasor is identified, he alone is liable; if not, all who did the dangerous act are jointly and severally liable. Proving that one's own act did not cause it does not replace identifying who did.",
                ),
                "examples": [
                    T(
                        "公安机关的调查或者鉴定查明是谁扔的石头打中了受害人。",
                        "The police or an expert established whose stone hit the victim.",
                    )
                ],
                "glossary": ["common_danger"],
            },
            "verify": {
                "evidence": [
                    T(
                        "公安机关的调查结论、鉴定意见、证人证言、监控视频",
                        "The police findings, expert opinions, witnesses, CCTV",
                    )
                ],
                "effect": T(
                    "已经查明的，只由具体侵权人承担责任；没有查明的，全部行为人承担连带责任。",
                    "Identified: only the actual tortfeasor is liable; not identified: all actors are jointly and severally liable.",
                ),
            },
            "choices": [
                choice("not_identified", T("没有查明", "No"), "danger_open"),
                choice(
                    "identified",
                    T("已经查明", "Yes"),
                    "danger_known",
                    T(
                        "能够确定具体侵权人的，由侵权人承担责任。",
                        "Where the actual tortfeasor can be identified, he is liable.",
                    ),
                    DANGER_CITES[:2],
                ),
                choice("unknown", UNKNOWN_LABEL, "danger_open", is_unknown=True),
            ],
        },
        branch("danger_open", [(side("claimed"), "danger_role")], "after_pattern"),
        branch("danger_known", [(side("claimed", "payer"), "identified_who")], "after_pattern"),
        {
            "id": "danger_role",
            "type": "choice",
            "text": T(
                "当事人是否也实施了这种危险行为？", "Did the client also do the dangerous act?"
            ),
            "choices": [
                choice(
                    "took_part",
                    T(
                        "实施了（如也扔了石头），只是不确定是不是自己造成的",
                        "Yes (e.g. also threw stones), though it is not clear whose caused the harm",
                    ),
                    "after_pattern",
                    T(
                        "不能确定具体侵权人的，实施危险行为的人都要承担连带责任。",
                        "With the actual tortfeasor unknown, everyone who did the dangerous act is jointly and severally liable.",
                    ),
                ),
                choice("not_part", T("没有实施，只是在场", "No, was only there"), "after_pattern"),
            ],
        },
        {
            "id": "identified_who",
            "type": "choice",
            "text": T("查明的具体侵权人是谁？", "Who was identified as the actual tortfeasor?"),
            "choices": [
                choice("client", T("就是当事人", "The client"), "after_pattern"),
                choice("other", T("是其他人", "Someone else"), "after_pattern"),
            ],
        },
        {
            "id": "environment",
            "type": "choice",
            "text": T(
                "是否属于污染环境、破坏生态造成的损害？",
                "Was the harm caused by pollution or damage to the ecology?",
            ),
            "help": {
                "why": T(
                    "污染环境、破坏生态的，行为人要自己证明行为与损害之间没有因果关系；几个污染者之间的责任大小按污染物的种类、浓度、排放量等确定。",
                    "In pollution cases the polluter must prove that his act did not cause the harm; among several polluters, shares follow the kind, concentration and amount of pollutants and similar factors.",
                )
            },
            "choices": [
                choice(
                    "yes",
                    T("是", "Yes"),
                    "sufficiency",
                    T(
                        "污染环境、破坏生态的，适用环境侵权的特别规则。",
                        "The special rules on environmental torts apply.",
                    ),
                    ENV_CITES,
                ),
                choice("no", T("否", "No"), "sufficiency"),
            ],
        },
        {
            "id": "sufficiency",
            "type": "choice",
            "text": T(
                "每个人的行为单独来看，是否都足以造成全部损害？",
                "Was each person's act alone enough to cause the whole harm?",
            ),
            "help": {
                "examples": [
                    T(
                        "两家工厂排放的污水各自都足以让鱼全部死亡：都足以造成全部损害。",
                        "Each factory's discharge alone would have killed all the fish: each enough for the whole harm.",
                    ),
                    T(
                        "两家工厂的排污合在一起才使鱼死亡：各自只造成一部分。",
                        "Only the two discharges together killed the fish: each caused part.",
                    ),
                ]
            },
            "verify": {
                "evidence": [
                    T(
                        "鉴定意见（如环境损害鉴定、伤情鉴定）、监测数据、专家意见",
                        "Expert opinions (environmental damage, injuries), monitoring data",
                    )
                ],
                "effect": T(
                    "每个人的行为都足以造成全部损害的，行为人承担连带责任；各自只造成一部分的，按份承担；有的足以、有的不足以的，通常在共同造成的部分内连带（有争议）。",
                    "Each enough for the whole: joint and several liability; each causing part: several liability; some enough and some not: usually joint for the part caused together (contested).",
                ),
            },
            "choices": [
                choice(
                    "all_sufficient",
                    T(
                        "是，每个人的行为单独都足以造成全部损害",
                        "Yes, each alone was enough for the whole harm",
                    ),
                    "sep_branch",
                    T(
                        "每个人的侵权行为都足以造成全部损害的，行为人承担连带责任。",
                        "Where each act alone was enough for the whole harm, the actors are jointly and severally liable.",
                    ),
                    SUFFICIENT_CITES,
                ),
                choice(
                    "all_partial",
                    T(
                        "否，每个人的行为只造成一部分，合在一起才造成全部损害",
                        "No, each caused part; only together did they cause the whole",
                    ),
                    "partial_branch",
                    T(
                        "能够确定责任大小的，各自承担相应的责任；难以确定的，平均承担。",
                        "Each answers for his share as far as it can be determined; otherwise equally.",
                    ),
                    PARTIAL_CITES,
                ),
                choice(
                    "mixed",
                    T(
                        "有的人足以造成全部损害，有的人只造成一部分",
                        "Some were enough for the whole harm, others caused part",
                    ),
                    "sep_branch",
                ),
                choice("unknown", UNKNOWN_LABEL, "sep_branch", is_unknown=True),
            ],
        },
        branch("sep_branch", [(side("claimed"), "separate_role")], "after_pattern"),
        branch(
            "partial_branch",
            [
                (side("claimed"), "separate_role"),
                (side("injured"), "shares_known"),
                (side("payer"), "after_pattern"),
            ],
            "after_pattern",
        ),
        {
            "id": "separate_role",
            "type": "choice",
            "text": T(
                "当事人的行为与这一损害有没有因果关系？",
                "Did the client's act contribute to this harm?",
            ),
            "help": {
                "why": T(
                    "行为与损害没有因果关系的，不承担责任。污染环境、破坏生态的，由行为人证明没有因果关系。",
                    "No causal link, no liability. In pollution cases the actor must prove there was none.",
                )
            },
            "choices": [
                choice(
                    "contributed",
                    T("有（当事人的行为是造成损害的原因之一）", "Yes (it was one of the causes)"),
                    "sep_role_done",
                ),
                choice(
                    "no_causation",
                    T(
                        "没有（当事人的行为与该损害无关）",
                        "No (it had nothing to do with the harm)",
                    ),
                    "sep_role_done",
                ),
            ],
        },
        branch(
            "sep_role_done",
            [(all_(PARTIAL, ans("separate_role", "contributed")), "shares_known")],
            "after_pattern",
        ),
        {
            "id": "shares_known",
            "type": "choice",
            "text": T(
                "各责任人的责任大小能否确定？",
                "Can each person's share of responsibility be determined?",
            ),
            "help": {
                "why": T(
                    "责任人之间按各自责任大小分担；难以确定的，平均承担。",
                    "Those liable share according to their responsibility; where it cannot be determined, equally.",
                ),
                "examples": [
                    T(
                        "判决书、鉴定意见或者各方的协议已经确定了各自的比例或者数额。",
                        "A judgment, an expert opinion or an agreement fixed each one's proportion or amount.",
                    )
                ],
            },
            "choices": [
                choice(
                    "determinable",
                    T(
                        "能确定（如判决、鉴定或者协议已经确定了各自的比例或者数额）",
                        "Yes (a judgment, expert opinion or agreement fixed the shares)",
                    ),
                    "victim_fault",
                ),
                choice(
                    "equal",
                    T("难以确定", "No"),
                    "count",
                    T(
                        "难以确定责任大小的，平均承担。",
                        "Where the shares cannot be determined, they are equal.",
                    ),
                    [dict(c, when=all_(c["when"], SEPARATE)) for c in PARTIAL_CITES[:2]]
                    + [dict(c, when=all_(c["when"], not_(SEPARATE))) for c in SHARES_CITES],
                ),
            ],
        },
        {
            "id": "count",
            "type": "choice",
            "text": T(
                "分别实施侵权行为、应当按份承担责任的行为人一共有几个？",
                "How many actors, each answering for a share, are there in all?",
            ),
            "choices": [
                choice("c2", T("2人", "2"), "victim_fault"),
                choice("c3", T("3人", "3"), "victim_fault"),
                choice("c4", T("4人", "4"), "victim_fault"),
                choice("more", T("5人或者更多", "5 or more"), "victim_fault"),
            ],
        },
        # The validator counts every side as reaching a branch's otherwise; this one is never
        # taken (every side has a rule), and its outcome is written for every side. A client
        # claimed against who took no part is not asked about the victim's fault: it decides
        # nothing for him.
        branch(
            "after_pattern",
            [
                (side("payer"), "paid_date"),
                (all_(side("claimed"), CLIENT_NOT_LIABLE), "knew_date"),
                (side("injured", "claimed"), "victim_fault"),
            ],
            "jt_u",
        ),
        {
            "id": "victim_fault",
            "type": "choice",
            "text": T(
                "受害人自己对损害的发生或者扩大有没有过错？",
                "Was the injured person at fault for the harm or for its growing worse?",
            ),
            "help": {
                "examples": [
                    T(
                        "人身伤害：受害人先动手挑衅、醉酒闹事，或者受伤后不及时治疗使伤情加重。",
                        "Injury: he struck first or provoked, was drunk and disorderly, or left his injury untreated so that it grew worse.",
                    ),
                    T(
                        "财产损失：受害人发现污染或者损坏后，没有采取力所能及的措施，放任损失扩大。",
                        "Property: having noticed the pollution or damage, he did nothing within his power and let the loss grow.",
                    ),
                ]
            },
            "verify": {
                "evidence": [
                    T(
                        "监控视频、证人证言、询问笔录；人身伤害的，就医记录；财产损失的，发现损失后采取措施的记录",
                        "CCTV, witnesses, police statements; for an injury the medical records, for property what was done once the loss was noticed",
                    )
                ],
                "effect": T(
                    "受害人有过错的，可以减轻侵权人的责任；没有过错的，不减轻。",
                    "Fault of the injured person may reduce the liability; without it, nothing is reduced.",
                ),
            },
            "choices": [
                choice("no", T("没有", "No"), "knew_date"),
                choice(
                    "yes",
                    T("有", "Yes"),
                    "knew_date",
                    T(
                        "被侵权人对损害的发生或者扩大有过错的，可以减轻侵权人的责任。",
                        "Fault of the injured person may reduce the liability.",
                    ),
                    FAULT_CITES,
                ),
                choice("unknown", UNKNOWN_LABEL, "knew_date", is_unknown=True),
            ],
        },
        {
            "id": "knew_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "受害方是哪一天知道受到损害、并且知道应当由谁负责的？（多数情况下就是事发当天；伤情后来才确诊、后来才查明是谁的，填那一天）",
                "On what day did the injured side learn of the harm and of who was responsible? (Usually the day itself; if the injury was diagnosed or the culprit found out later, that day)",
            ),
            "help": {
                "why": T(
                    "诉讼时效从知道或者应当知道权利受到损害以及义务人之日起计算（2021年1月1日起为民法典第188条第2款，2017年10月1日至2020年12月31日为民法总则第188条第2款，此前为民法通则第137条）。这一天在2017年10月1日以前的，民法通则规定身体受到伤害的诉讼时效为一年、其他为二年，在2017年10月1日尚未届满的改为三年；环境污染损害一直是三年。",
                    "The limitation period runs from the day one knew or should have known of the damage and of who is liable (from 2021 Civil Code art. 188(2), from 2017-10-01 General Provisions art. 188(2), before that General Principles art. 137). For a day before 2017-10-01 the General Principles gave one year for bodily injury and two for the rest, which became three years if still running on 2017-10-01; damage from pollution always had three.",
                ),
                "glossary": ["limitation"],
            },
            "label": T(
                "知道受到损害及责任人之日", "the day the harm and those liable became known"
            ),
            "significance": T(
                "诉讼时效从知道或者应当知道权利受到损害以及义务人之日起计算。",
                "The limitation period runs from the day one knew or should have known of the damage and of who is liable.",
            ),
            "citations": [C(CC, 188, 2), C(GP, 188, 2), C(GPCL, 137)],
            "verify": {
                "evidence": [
                    T(
                        "诊断证明、鉴定意见上的日期，查明责任人的公安机关材料",
                        "The dates of the diagnosis or expert opinion; the police papers that named those liable",
                    )
                ],
                "effect": T(
                    "诉讼时效从这一天起算；不清楚的，无法计算诉讼时效，应当尽快核实，并尽早主张权利。",
                    "The limitation period runs from this day; without it the period cannot be computed — verify it and claim early.",
                ),
            },
            "next": "criminal",
        },
        {
            "id": "criminal",
            "type": "choice",
            "text": T(
                "有没有报警，或者有没有刑事案件？",
                "Was it reported to the police, or is there a criminal case?",
            ),
            "help": {
                "why": T(
                    "向公安机关、检察院或者法院报案、控告，请求保护民事权利的，诉讼时效从报案之日起中断；不立案、撤销案件、不起诉的，从知道该决定之日起重新计算；进入刑事审理的，从刑事裁判文书生效之日起重新计算；公安机关作为治安案件处理的，通常参照这些规定从处理结束之日起重新计算（法律没有明文规定，稳妥起见以报案之日计算）。报案涉及的是这一损害，对应当为这一损害负责的各方都发生效力，所以报案和处理结果的日期在这里回答，不要再记入后面的案件经过。",
                    "Reporting to the police, procuratorate or court to protect one's civil rights interrupts the limitation period from the day of the report; after a decision not to open or to drop the case or not to prosecute it runs again from the day one learnt of it; after a criminal trial, from the day the criminal judgment took effect; after a public-order case, by analogy usually from the day its handling ended (no rule says so; the report day is the safe one). The report concerns this harm and acts against everyone liable for it, so its dates are asked here and are not to be recorded again in the history that follows.",
                )
            },
            "choices": [
                choice(
                    "none",
                    T("没有报警，也没有刑事案件", "No report, no criminal case"),
                    "loss_known",
                ),
                choice(
                    "police",
                    T(
                        "报了警，公安机关作为治安案件处理（治安处罚或者调解），已经处理完毕",
                        "Reported; the police handled it as a public-order case (a penalty or mediation), now concluded",
                    ),
                    "report_date",
                    T(
                        "报案使诉讼时效中断，公安机关处理结束后重新计算。",
                        "The report interrupted the limitation period; it runs again once the police handling ended.",
                    ),
                ),
                choice(
                    "no_case",
                    T(
                        "报了警（或者控告），但公安机关不立案、撤销案件，或者检察院决定不起诉",
                        "Reported, but the police did not open or dropped the case, or the procuratorate decided not to prosecute",
                    ),
                    "report_date",
                    T(
                        "不立案、撤销案件、不起诉的，诉讼时效从知道或者应当知道该决定之日起重新计算。",
                        "The limitation period runs again from the day the decision was or should have been known.",
                    ),
                ),
                choice(
                    "pending",
                    T(
                        "刑事案件（或者治安案件）正在侦查、审查起诉、审理或者处理中",
                        "A criminal (or public-order) case is under investigation, review, trial or handling",
                    ),
                    "report_date",
                    T(
                        "报案或者控告之日起诉讼时效中断，案件结束后重新计算。",
                        "The limitation period was interrupted on the day of the report and runs again once the case ends.",
                    ),
                ),
                choice(
                    "decided",
                    T("刑事判决（裁定）已经生效", "A criminal judgment (ruling) has taken effect"),
                    "report_date",
                    T(
                        "刑事案件进入审理阶段的，诉讼时效从刑事裁判文书生效之日起重新计算。",
                        "After a criminal trial the limitation period runs again from the day the criminal judgment took effect.",
                    ),
                ),
            ],
        },
        {
            "id": "report_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "是哪一天报警（报案、控告）的？",
                "On what day was it reported to the police (or a complaint lodged)?",
            ),
            "label": T("报案或者控告之日", "the day of the report"),
            "significance": T(
                "报案或者控告之日起诉讼时效中断。",
                "The limitation period was interrupted on the day of the report.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "报警回执、受案回执或者立案决定书，询问笔录上的日期",
                        "The police receipt or the decision to open the case; the dates on the statements",
                    )
                ],
                "effect": T(
                    "报案只能中断尚未届满的诉讼时效；刑事案件仍在进行的，从报案之日计算稳妥的期限。",
                    "A report interrupts only a period still running; while the case is pending, the cautious date counts from the report.",
                ),
            },
            "next": "report_route",
        },
        branch("report_route", [(CRIM_PENDING, "report_known")], "criminal_end_date"),
        {
            "id": "criminal_end_date",
            "type": "date",
            "allow_month": True,
            "allow_unknown": True,
            "text": T(
                "报案以后的处理是哪一天结束的？（不立案、撤销案件、不起诉的，填当事人知道该决定的日期；刑事判决、裁定的，填生效日期；治安处罚或者调解的，填处理决定作出或者调解结束的日期）",
                "On what day did the handling of the report end? (No case opened, case dropped or no prosecution: the day the client learnt of the decision; a criminal judgment or ruling: the day it took effect; a public-order penalty or mediation: the day of the decision or the end of the mediation)",
            ),
            "label": T("报案后处理结束之日", "the day the handling of the report ended"),
            "significance": T(
                "诉讼时效从报案后的处理结束之日起重新计算。",
                "The limitation period runs again from the day the handling of the report ended.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "不予立案通知书、撤销案件决定书、不起诉决定书及送达回执；刑事判决书、裁定书及生效证明；治安处罚决定书或者调解协议",
                        "The notice not to open the case, the decision to drop it or not to prosecute and proof of its delivery; the criminal judgment or ruling and proof that it took effect; the public-order penalty decision or mediation agreement",
                    )
                ],
                "effect": T(
                    "诉讼时效从这一天起重新计算；不清楚的，无法计算诉讼时效。",
                    "The limitation period runs again from this day; without it the period cannot be computed.",
                ),
            },
            "next": "report_known",
        },
        # The comparisons below read dates the client may not know; they are made only where
        # both are known to the day, so that an unknown date does not mark every finding as
        # resting on it (a report of unknown date is taken to have come in time).
        branch(
            "report_known",
            [(EXACT_REPORT_AND_KNEW, "report_check")],
            "after_report",
        ),
        branch(
            "report_check",
            [
                (
                    REPORT_LATE,
                    REPORT_LATE_NODE,
                    T(
                        "报案时，从知道受到损害之日起算的诉讼时效已经届满，报案不能使其中断。",
                        "When the report was made, the period counted from the day of knowledge had ended; the report could not interrupt it.",
                    ),
                ),
                ({"undetermined": REPORT_LATE}, "after_report"),
            ],
            "after_report",
        ),
        # Marks only (read with "reached"): both ways lead on.
        branch(REPORT_LATE_NODE, [(CRIM_PENDING, "after_report")], "after_report"),
        branch("after_report", [(all_(CRIM_PENDING, EXACT_REPORT), "pending_check")], "loss_known"),
        branch(
            "pending_check",
            [
                (
                    PENDING_TOO_LONG,
                    PENDING_LONG_NODE,
                    T(
                        "刑事案件自报案以来已超过一个完整的诉讼时效期间仍在进行：诉讼时效在案件结束前不会届满。",
                        "The criminal case has been pending for longer than a whole limitation period since the report: the period does not end before the case does.",
                    ),
                ),
                ({"undetermined": PENDING_TOO_LONG}, "loss_known"),
            ],
            "loss_known",
        ),
        branch(PENDING_LONG_NODE, [(CRIM_PENDING, "loss_known")], "loss_known"),
        {
            "id": "loss_known",
            "type": "choice",
            "text": T(
                "全部损失现在能算出大致金额吗？", "Can the whole loss be put at a figure now?"
            ),
            "choices": [
                choice(
                    "not_yet",
                    T(
                        "还不能（仍在治疗、尚未做伤残鉴定或者损失评估）",
                        "Not yet (still in treatment, no disability or loss assessment yet)",
                    ),
                    "history_any",
                ),
                choice("known", T("能算出", "Yes"), "damage_amount"),
            ],
        },
        {
            "id": "damage_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T(
                "全部损失（或者判决、调解、和解确定的全部赔偿额）是多少元？",
                "How much is the whole loss (or the whole compensation fixed by a judgment, mediation or settlement)?",
            ),
            "label": T("全部损失", "the whole loss"),
            "significance": T(
                "全部损失决定责任的范围；平均分担时决定每人的份额。",
                "The whole loss sets the scope of liability, and each one's share when shares are equal.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "医疗费票据、误工证明、伤残鉴定，财产损失的发票或者评估报告",
                        "Medical bills, proof of lost earnings, the disability assessment, invoices or valuations of property",
                    ),
                    T(
                        "判决书、调解书或者和解协议",
                        "The judgment, mediation statement or settlement",
                    ),
                ],
                "effect": T(
                    "全部损失决定各人承担的数额。", "The whole loss decides what each has to bear."
                ),
            },
            "next": "history_any",
        },
        {
            "id": "history_any",
            "type": "choice",
            "text": T(
                "事发后，有没有向对方要求赔偿、对方写过欠条或者承诺赔偿、赔过一部分钱，或者起诉、判决等情况？",
                "Since then, has compensation been demanded, has anyone signed an IOU, promised or paid part, or has there been a suit or a judgment?",
            ),
            "choices": [
                choice("no", T("没有", "No"), "route"),
                choice("yes", T("有", "Yes"), "history"),
            ],
        },
        {
            "id": "history",
            "type": "events",
            "text": T(
                "请按时间记录事发后发生的事（要求赔偿、欠条或者承诺、部分赔偿、起诉、判决、申请执行等），并写明针对的是谁。",
                "Record what happened since, in order (demands, IOUs or promises, part payments, suits, judgments, enforcement), and against whom.",
            ),
            "help": {
                "why": T(
                    "这些事决定诉讼时效是否中断、是否已有判决（判决后应当遵守的是申请执行期间）。“针对”填这件事是对谁做的：向谁要求赔偿、谁写的欠条或者付的钱、起诉了谁、判决了谁、对谁申请执行；同一件事涉及几方的（如同时起诉教唆人和监护人），对每一方各记录一次。一方有几个人（如两个行为人）而这件事只针对其中一人的（只向甲要求赔偿、只起诉了甲、只有甲写了欠条），选这个人本人，不要选整个一方：诉讼时效和申请执行期间按人分别计算。报警和刑事案件的日期已经在前面回答，不要在这里重复记录；刑事附带民事诉讼记为“提起诉讼”，附带民事判决生效记为“判决生效”。判决生效的，第二个日期填判决规定的履行期限的最后一日（判决没有规定履行期限的，不填）：申请执行的期间从这一天起计算。向人民调解委员会申请调解，记为“与提起诉讼具有同等效力的行为”。",
                    "These decide whether the limitation period was interrupted, or whether a judgment already decided the claim (then the period to apply for enforcement runs). 'Against whom' is the person the thing was done to or by: whom compensation was demanded from, who signed the IOU or paid, whom you sued, who was judged, against whom enforcement was sought; a thing that concerns several (suing the instigator and the guardian together) is recorded once for each. Where a side has several persons (two actors) and the thing concerned only one of them (a demand on A only, a suit against A only, an IOU signed by A only), choose that person, not the whole side: the periods are then computed for each person. The police and criminal dates were asked before: do not record them again here; an ancillary civil action in the criminal case is a 'suit', its judgment 'judgment effective'. For a judgment give as the second date the last day it sets for performance (none if it sets none): the period to apply for enforcement runs from that day. An application to a people's mediation committee is 'an act of equal effect to a suit'.",
                ),
                "examples": [
                    T(
                        "2023-06-01 向张三寄出要求赔偿的律师函，张三签收（要求赔偿，针对张三本人）；2023-07-15 李四写下欠条（义务人同意履行，针对李四本人）；2023-09-01 同时起诉张三和李四（提起诉讼，针对他们所在的一方）。",
                        "2023-06-01 a lawyer's letter demanding compensation reached Zhang San (demand, against Zhang San himself); 2023-07-15 Li Si signed an IOU (acknowledgement, against Li Si himself); 2023-09-01 both were sued (suit, against their side).",
                    )
                ],
            },
            "kinds": [
                "demand",
                "acknowledgement",
                "equal_effect",
                "interruption",
                "suit",
                "proceedings_ended",
                "obstacle",
                "judgment_served",
                "judgment_effective",
                "enforcement_applied",
                "enforcement_terminated",
            ],
            "parties": ["actors", "instigators", "guardian"],
            "significance": T(
                "案件经过决定诉讼时效和申请执行期间。",
                "The history decides the limitation period and the period to apply for enforcement.",
            ),
            "next": "judged_gate",
        },
        branch("judged_gate", [(all_(side("injured"), JUDGED), "judged_all")], "route"),
        {
            "id": "judged_all",
            "type": "choice",
            "text": T(
                "生效判决是否判令所有可能承担责任的人（行为人、教唆人帮助人等）承担责任？",
                "Does the effective judgment order everyone who may be liable (the actors, instigators or helpers …) to pay?",
            ),
            "help": {
                "why": T(
                    "判决只约束被判决的人：没有被列为被告的人，还须另行起诉；全部责任人都已被判决的，只需申请执行。",
                    "A judgment binds only those it names: anyone not sued must be sued separately; if all have been judged, only enforcement remains.",
                )
            },
            "choices": [
                choice("yes", T("是，全部都被判决承担责任", "Yes, all of them"), "route"),
                choice(
                    "no",
                    T("没有，还有人没有被起诉或者判决", "No, some were not sued or judged"),
                    "route",
                ),
                choice("unknown", UNKNOWN_LABEL, "route", is_unknown=True),
            ],
            "verify": {
                "evidence": [
                    T(
                        "判决书：当事人一栏列出的被告，判决主文判令谁承担责任",
                        "The judgment: the defendants it lists, and whom its operative part orders to pay",
                    )
                ],
                "effect": T(
                    "判决没有列明的人，还须另行起诉；都已列明的，只需申请执行。",
                    "Anyone the judgment does not name must still be sued; if all are named, only enforcement remains.",
                ),
            },
        },
        {
            "id": "paid_date",
            "type": "date",
            "allow_month": True,
            "text": T(
                "当事人支付的赔偿是哪一天超过自己应当承担的份额的？（一次付清的，填付款日；分几次支付的，填累计金额第一次超过自己份额的那次付款的日期；还没有超过的，填最后一次付款的日期）",
                "On what day did the client's payments first exceed his own share? (One payment: its day; several: the day of the payment that first took the total beyond his share; not yet beyond it: the day of the last payment)",
            ),
            "help": {
                "why": T(
                    "追偿的权利在支付超过自己份额时产生，诉讼时效从那时起计算；以后再支付的部分，各自从支付之日起计算。以最早的那一天为准最稳妥。",
                    "The right of recourse arises when one's payments exceed one's share, and its limitation runs from then; later payments each run from their own day. The earliest day is the safe one.",
                )
            },
            "label": T(
                "当事人的支付超过自己份额之日", "the day the client's payments exceeded his share"
            ),
            "significance": T(
                "向其他责任人请求偿还的诉讼时效，从支付超过自己份额之日起计算。",
                "The limitation of the claim against the others runs from the day the payments exceeded one's share.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "转账记录、收条、法院的执行款收据",
                        "Transfer records, receipts, the court's receipt for enforced payments",
                    )
                ],
                "effect": T(
                    "只知道月份的，诉讼时效只能算出一个范围，以最早的日期为准。",
                    "With the month only, the limitation period is a range; act by the earliest date.",
                ),
            },
            "next": "paid_amount",
        },
        {
            "id": "paid_amount",
            "type": "money",
            "text": T("当事人一共支付了多少元？", "How much did the client pay in all?"),
            "label": T("当事人已支付的赔偿", "what the client paid"),
            "significance": T(
                "只有超过自己份额的部分才能向其他人请求偿还。",
                "Only what exceeds one's own share can be claimed from the others.",
            ),
            "next": "total_amount",
        },
        {
            "id": "total_amount",
            "type": "money",
            "allow_unknown": True,
            "text": T(
                "全部赔偿额（判决、调解、和解确定的，或者受害人的全部损失）是多少元？",
                "How much is the whole compensation (as fixed by a judgment, mediation or settlement, or the victim's whole loss)?",
            ),
            "label": T("全部赔偿额", "the whole compensation"),
            "significance": T(
                "平均分担时，全部赔偿额决定每人的份额。",
                "With equal shares, the whole compensation decides each one's share.",
            ),
            "verify": {
                "evidence": [
                    T(
                        "判决书、调解书或者和解协议；损失的票据和鉴定意见",
                        "The judgment, mediation statement or settlement; bills and assessments of the loss",
                    )
                ],
                "effect": T(
                    "全部赔偿额决定每人的份额和当事人多付了多少。",
                    "The whole compensation decides each one's share and how much the client overpaid.",
                ),
            },
            "next": "payer_branch",
        },
        branch(
            "payer_branch",
            [
                (all_(LIMITED, ans("payer_role_limited", "guardian")), "own_share"),
                (LIMITED, "recourse_gate"),
                (all_(DANGER, ans("identified", "identified")), "recourse_gate"),
            ],
            "payer_shares",
        ),
        {
            "id": "payer_shares",
            "type": "choice",
            "text": T(
                "各责任人之间的责任大小能否确定？",
                "Can each one's share of responsibility be determined?",
            ),
            "help": {
                "why": T(
                    "责任人之间按各自责任大小分担；难以确定的，平均承担。当事人只能就超过自己份额的部分请求其他人偿还。",
                    "Those liable share according to their responsibility, equally where it cannot be determined. Only what exceeds his own share can the client claim from the others.",
                ),
            },
            "choices": [
                choice(
                    "determinable",
                    T(
                        "能确定（如判决、鉴定或者协议已经确定了各自的比例或者数额）",
                        "Yes (a judgment, expert opinion or agreement fixed the shares)",
                    ),
                    "own_share",
                ),
                choice(
                    "equal",
                    T("难以确定", "No"),
                    "payer_count",
                    T(
                        "难以确定责任大小的，平均承担。",
                        "Where the shares cannot be determined, they are equal.",
                    ),
                    [dict(c, when=all_(c["when"], SEPARATE)) for c in PARTIAL_CITES[:2]]
                    + [dict(c, when=all_(c["when"], not_(SEPARATE))) for c in SHARES_CITES],
                ),
            ],
        },
        {
            "id": "payer_count",
            "type": "choice",
            "text": T(
                "应当承担责任的一共有几个人（包括当事人）？",
                "How many are liable in all (the client included)?",
            ),
            "choices": [
                choice("c2", T("2人", "2"), "recourse_gate"),
                choice("c3", T("3人", "3"), "recourse_gate"),
                choice("c4", T("4人", "4"), "recourse_gate"),
                choice("more", T("5人或者更多", "5 or more"), "recourse_gate"),
            ],
        },
        {
            "id": "own_share",
            "type": "money",
            "allow_unknown": True,
            "text": T("当事人自己应当承担的份额是多少元？", "How much was the client's own share?"),
            "label": T("当事人应当承担的份额", "the client's own share"),
            "verify": {
                "evidence": [
                    T(
                        "判决书、调解书或者和解协议中关于各自份额的内容；鉴定意见",
                        "What the judgment, mediation statement or settlement says of the shares; expert opinions",
                    )
                ],
                "effect": T(
                    "份额决定当事人多付了多少、可以向其他人请求偿还多少。",
                    "The share decides how much the client overpaid and can claim from the others.",
                ),
            },
            "next": "recourse_gate",
        },
        {
            "id": "recourse_gate",
            "type": "choice",
            "text": T(
                "支付之后，有没有向其他责任人要求分担、对方承诺分担或者付过一部分，或者起诉追偿、判决等情况？",
                "Since paying, has the client demanded their shares from the others, has anyone promised or paid part, or has there been a suit or a judgment?",
            ),
            "choices": [
                choice("no", T("没有", "No"), "route_payer"),
                choice("yes", T("有", "Yes"), "recourse_history"),
            ],
        },
        {
            "id": "recourse_history",
            "type": "events",
            "text": T(
                "请按时间记录支付之后发生的事，并写明针对的是其他责任人中的谁。",
                "Record what happened since the payment, in order, and which of the others it concerned.",
            ),
            "help": {
                "why": T(
                    "这些事决定追偿请求的诉讼时效是否中断、是否已有判决。追偿时每个人只偿还自己的份额，诉讼时效按人分别计算：只向其中一人要求偿还、只起诉了其中一人的，选这个人本人，不要选整个一方。当事人本人的名称请填在案件信息的“当事人本人”一栏，不要列入行为人、教唆人帮助人或者监护人的名单：追偿的期限只对其他责任人计算。",
                    "These decide whether the limitation of the claim against the others was interrupted, or whether a judgment decided it. In recourse each owes only his own share and the period runs for each separately: a demand on or suit against one of them only is recorded against that person, not the whole side. Enter the client's own name in the case information under “the client”, not among the actors, instigators or guardian: the recourse periods are computed only against the others.",
                )
            },
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
            "parties": ["actors", "instigators", "guardian"],
            "significance": T(
                "追偿的经过决定其诉讼时效和申请执行期间。",
                "The history of the claim decides its limitation and the period to apply for enforcement.",
            ),
            "next": "route_payer",
        },
    ]


# --- warnings -----------------------------------------------------------------------------


def W(
    kind: str,
    zh: str,
    en: str,
    when: J | None = None,
    basis: list[J] | None = None,
    side_: Any = "any",
) -> J:
    w: J = {"kind": kind, "text": T(zh, en), "side": side_}
    if basis:
        w["basis"] = basis
    if when is not None:
        w["when"] = when
    return w


OLD_CPL_ZH = "当时适用的是修正前的民事诉讼法（2008年4月1日至2012年12月31日为2007年修正本第215条，2013年1月1日至2021年12月31日为2012年、2017年修正本第239条，2022年1月1日至2023年12月31日为2021年修正本第246条；期间的计算也依照各该文本“期间”一章的规定，请律师核对原文），内容与现行第250条相同：期间二年，从判决规定的履行期间的最后一日起计算，中止、中断适用诉讼时效的规定。下表的日期不受影响，但引用的是现行条文。"
OLD_CPL_EN = "the Civil Procedure Law as it then stood governed it (2008-04-01 to 2012-12-31 the 2007 text art. 215, 2013-01-01 to 2021-12-31 the 2012 and 2017 texts art. 239, 2022-01-01 to 2023-12-31 the 2021 text art. 246; the counting of periods under each text's chapter on periods — have a lawyer check the texts), to the same effect as today's art. 250: two years from the last day for performance the judgment set, suspended and interrupted as limitation is. The dates below stand, but the articles cited are today's."
WARNINGS: dict[str, J] = {
    "enforce_old_cpl": W(
        "caution",
        "申请执行的期间在2024年1月1日以前开始计算的，" + OLD_CPL_ZH,
        "Where the period to apply for enforcement began before 2024-01-01, " + OLD_CPL_EN,
        all_(JUDGED, before("act_date", "2024-01-01")),
    ),
    "enforce_1991": W(
        "caution",
        "判决规定的履行期间在2008年4月1日以前届满的，申请执行的期限依照当时的民事诉讼法（1991年文本第219条）：一方是自然人的为一年，双方是法人或者其他组织的为六个月，比下表按二年计算的期间短；新旧规定如何衔接，请律师核对原文。",
        "Where the judgment's last day for performance fell before 2008-04-01, the time to apply for enforcement followed the Civil Procedure Law then in force (the 1991 text art. 219): one year where a party was a natural person, six months where both were legal persons or other organisations, shorter than the two years counted below; have a lawyer check the texts and how the old and new rules meet.",
        all_(JUDGED, before("act_date", "2008-04-01")),
    ),
    "rec_enforce_old_cpl": W(
        "caution",
        "就追偿判决申请执行的期间在2024年1月1日以前开始计算的，" + OLD_CPL_ZH,
        "Where the period to apply for enforcement of the recourse judgment began before 2024-01-01, "
        + OLD_CPL_EN,
        all_(R_JUDGED, before("paid_date", "2024-01-01")),
        side_=["payer"],
    ),
    "police_restart": W(
        "contested",
        "公安机关作为治安案件处理（治安处罚或者调解）以后，诉讼时效从哪一天重新计算，法律没有明文规定：最高人民法院关于诉讼时效的规定只就不立案、撤销案件、不起诉和刑事裁判生效的情形作了规定，“期限”部分从处理结束之日重新计算，是参照这些规定的看法。也可能被认为报案只在报案之日中断、从报案之日起重新计算，届满的日期会更早。稳妥起见，请在从报案之日起计算的期间届满前主张权利或者起诉。",
        "After the police handled the matter as a public-order case (a penalty or mediation), the law does not say from when the limitation period runs again: the SPC's limitation provisions name only a decision not to open or to drop a case, not to prosecute, and a criminal judgment taking effect; the deadlines count from the end of the handling by analogy with them. It may instead be held that the report interrupted the period on its day and it ran again from then, which ends earlier. To be safe, claim or sue before the period counted from the report ends.",
        ans("criminal", "police"),
    ),
    "old_law_1986": W(
        "unverified",
        "侵权行为发生在2010年7月1日侵权责任法施行以前：当时的法律只规定了共同侵权的连带责任（民法通则第130条）；教唆帮助、共同危险和分别侵权的规则见于当时最高人民法院的司法解释（《关于贯彻执行〈民法通则〉若干问题的意见》第148条，《关于审理人身损害赔偿案件适用法律若干问题的解释》第3条至第5条），与现行规定不完全相同——例如共同危险行为人能够证明损害不是由其行为造成的，可以不承担责任；教唆、帮助限制民事行为能力人的，承担主要责任；监护人尽了监护责任的，只能适当减轻责任。以上结论请对照当时的规定律师复核。",
        "The act was before the Tort Liability Law took effect on 2010-07-01. The law of the time provided only for the joint liability of joint tortfeasors (General Principles art. 130); instigation and help, dangerous acts by several and separate acts were governed by SPC interpretations of the time (Opinions on the General Principles art. 148; Interpretation on Personal Injury Compensation arts. 3–5), which differ from today's rules — e.g. a participant in a dangerous act who proved his act did not cause the harm was not liable; instigating a person of limited capacity meant bearing the main share; a guardian who did his duty had his liability only reduced. Have a lawyer check these conclusions against the rules of the time.",
        when=IS_GPCL,
    ),
    "limitation_1986_death": W(
        "contested",
        "诉讼时效的起算日在2017年10月1日民法总则施行以前：受害人死亡的赔偿请求，适用民法通则第136条第1项“身体受到伤害要求赔偿的”一年，还是第135条的二年，有不同认识。下面的期限按一年计算（在2017年10月1日仍未届满的，按三年计算）；按一年已经届满的，请律师核对按二年是否仍未届满。",
        "The limitation period started before the General Provisions took effect on 2017-10-01: whether a claim for a death took the one year of General Principles art. 136(1) ('bodily injury') or the two years of art. 135 is disputed. The deadline below uses one year (three if it was still running on 2017-10-01); if one year has ended, have a lawyer check whether two had not.",
        when=all_(
            DEATH,
            NOT_ENV,
            any_(
                all_(FROM_KNEW, START_OLD),
                # A report or criminal case ended before 2017 belongs to an act before it (a
                # later act with such dates is a typing error, not a 民法通则 case).
                all_(
                    FROM_END,
                    before("criminal_end_date", NEW_REGIME),
                    before("act_date", NEW_REGIME),
                ),
                all_(
                    FROM_REPORT, before("report_date", NEW_REGIME), before("act_date", NEW_REGIME)
                ),
            ),
        ),
        basis=[C(GPCL, 135), C(GPCL, 136, 1, 1)],
    ),
    "paid_before_act": W(
        "missing_fact",
        "录入的支付赔偿之日早于侵权行为发生之日，诉讼时效可能算错：请核对这两个日期。",
        "The day of payment is entered as earlier than the day of the act, so the limitation period may be wrong: check both dates.",
        when={"date": "paid_date", "before": {"date": "act_date"}},
        side_=["payer"],
    ),
    "knew_unknown_injured": W(
        "missing_fact",
        "不清楚受害方何时知道受到损害及责任人，诉讼时效无法计算：请尽快核实；在核实之前，应当尽早以书面形式要求赔偿或者起诉。",
        "It is not known when the injured side learnt of the harm and of those liable, so the limitation period cannot be computed: verify it, and until then demand compensation in writing or sue early.",
        when=unknown("knew_date"),
        side_=["injured"],
    ),
    "knew_unknown_claimed": W(
        "missing_fact",
        "不清楚受害方何时知道受到损害及责任人，无法判断诉讼时效是否已经届满。",
        "It is not known when the injured side learnt of the harm and of those liable, so whether the limitation period has ended cannot be told.",
        when=unknown("knew_date"),
        side_=["claimed"],
    ),
    "report_unknown": W(
        "missing_fact",
        "不清楚是哪一天报案的：刑事案件仍在进行时，诉讼时效的稳妥日期无法计算。请调取报警回执或者受案回执核实；刑事案件结束前诉讼时效不会届满，但稳妥起见，请尽早提起附带民事诉讼或者起诉。",
        "The day of the report is not known, so while the case is pending the cautious date cannot be computed. Get the police receipt to verify it; the period does not end before the case does, but to be safe bring the ancillary civil action or sue early.",
        when=all_(CRIM_PENDING, unknown("report_date")),
    ),
    "end_unknown": W(
        "missing_fact",
        "不清楚报案以后的处理是哪一天结束的（知道不立案、撤销案件或者不起诉决定之日，刑事裁判生效之日，或者治安处理结束之日）：诉讼时效从这一天起重新计算，缺少这一天就无法计算。请调取相关决定书、判决书及其送达或者生效的证明。",
        "It is not known on what day the handling of the report ended (the day the decision not to open, to drop the case or not to prosecute became known, the day the criminal judgment took effect, or the day the public-order handling ended): the limitation period runs again from that day and cannot be computed without it. Get the decision or judgment and proof of its delivery or effect.",
        when=all_(CRIM_RESTART, unknown("criminal_end_date")),
    ),
    "report_late": W(
        "caution",
        "报案之日，从知道受到损害之日起算的诉讼时效（不计其他事件）已经届满：报案、控告只能中断尚未届满的诉讼时效，所以下面的期限没有计入报案和此后的程序。如果报案以前另有要求赔偿、对方承诺赔偿等中断事由，使诉讼时效在报案时仍在进行，报案仍然有效：请在案件经过中补充记录，并请律师核对。",
        "On the day of the report the period counted from the day of knowledge (without other events) had ended: a report interrupts only a period still running, so the deadline below leaves out the report and what followed. If a demand, a promise to pay or another interruption kept the period running until the report, the report did count: record it in the history and have a lawyer check.",
        when=LATE,
    ),
    "criminal_pending": W(
        "caution",
        "刑事（治安）案件正在进行：诉讼时效自报案之日起中断；不立案、撤销案件、不起诉的，自知道该决定之日起重新计算；刑事案件进入审理阶段的，自刑事裁判文书生效之日起重新计算。案件结束以前诉讼时效不会届满。下面的期限从报案之日计算，是最早可能届满的日期：在此之前起诉或者提起附带民事诉讼，无论刑事案件何时结束都没有超过诉讼时效。",
        "A criminal (or public-order) case is under way: the limitation period was interrupted on the day of the report; after a decision not to open, to drop the case or not to prosecute it runs again from the day that decision becomes known, after a criminal trial from the day the judgment takes effect. It does not end while the case is pending. The deadline below counts from the report and is the earliest the period could end: suing or bringing the ancillary action before it is in time whenever the criminal case ends.",
        when=all_(CRIM_PENDING, not_(LATE), not_(LONG)),
        basis=[C(LIM, 13, when=on_or_after("report_date", CC_DAY))],
        side_=["injured"],
    ),
    "criminal_pending_claimed": W(
        "caution",
        "刑事（治安）案件正在进行：受害方的诉讼时效自报案之日起中断，案件结束后（不立案、撤销案件、不起诉的决定为受害方知道之日，或者刑事裁判文书生效之日）重新计算，在此之前不会届满。下面的期限从报案之日计算，是最早可能届满的日期，不是受害方的最后期限。",
        "A criminal (or public-order) case is under way: the injured side's limitation period was interrupted on the day of the report and runs again when the case ends (the day he learns of a decision not to open, to drop the case or not to prosecute, or the day the criminal judgment takes effect); it does not end before that. The deadline below counts from the report: it is the earliest the period could end, not the injured side's last day.",
        when=all_(CRIM_PENDING, not_(LATE), not_(LONG)),
        basis=[C(LIM, 13, when=on_or_after("report_date", CC_DAY))],
        side_=["claimed"],
    ),
    "pending_long": W(
        "caution",
        "刑事（治安）案件自报案以来已经超过一个完整的诉讼时效期间，仍在进行：诉讼时效自报案之日中断，案件结束后才重新计算，现在还不会届满，所以下面没有列出诉讼时效的日期。请在刑事诉讼中提起附带民事诉讼，或者在案件结束后尽快起诉，并留存案件结束的日期。",
        "The criminal (or public-order) case has been pending for longer than a whole limitation period since the report: the period was interrupted by the report and runs again only when the case ends, so it cannot end yet and no date is listed below. Bring the ancillary civil action in the criminal case, or sue soon after it ends, and keep a record of the day it ends.",
        when=all_(CRIM_PENDING, LONG, not_(LATE)),
        basis=[C(LIM, 13, when=on_or_after("report_date", CC_DAY))],
        side_=["injured"],
    ),
    "pending_long_claimed": W(
        "caution",
        "刑事（治安）案件自报案以来已经超过一个完整的诉讼时效期间，仍在进行：受害方的诉讼时效自报案之日中断，案件结束后才重新计算，现在还没有届满，不能以诉讼时效届满为由抗辩。",
        "The criminal (or public-order) case has been pending for longer than a whole limitation period since the report: the injured side's period was interrupted by the report and runs again only when the case ends, so it has not ended and cannot be pleaded.",
        when=all_(CRIM_PENDING, LONG, not_(LATE)),
        basis=[C(LIM, 13, when=on_or_after("report_date", CC_DAY))],
        side_=["claimed"],
    ),
    "ancillary_scope": W(
        "caution",
        "因犯罪行为受到损害的，无论在刑事诉讼中提起附带民事诉讼，还是刑事案件结束后另行提起民事诉讼，法院通常只支持物质损失（医疗费、护理费、交通费、误工费、丧葬费等），一般不支持精神损害抚慰金，死亡赔偿金、残疾赔偿金也常常不予支持（按照最高人民法院关于适用刑事诉讼法的解释（2021年）第175条、第192条、第200条，请律师核对原文；各地做法不完全一致）。起诉前请向律师或者承办人员确认可以请求的项目。",
        "For harm caused by a crime, whether in an ancillary civil action or in a separate civil suit after the criminal case, courts usually award only material loss (medical, care, travel costs, lost earnings, funeral costs), as a rule no compensation for mental distress, and often no death or disability compensation (under the SPC's 2021 interpretation of the Criminal Procedure Law arts. 175, 192, 200 — have a lawyer check the text; practice varies). Before suing, confirm with a lawyer or the court which items can be claimed.",
        when=all_(CRIM_PENDING, INJURY, NOT_JUDGED),
        side_=["injured"],
    ),
    "separate_suit_scope": W(
        "caution",
        "刑事判决已经生效、另行提起民事诉讼的，法院通常只支持因犯罪行为造成的物质损失（医疗费、护理费、交通费、误工费、丧葬费等），一般不支持精神损害抚慰金，死亡赔偿金、残疾赔偿金也常常不予支持（按照最高人民法院关于适用刑事诉讼法的解释（2021年）第175条、第192条、第200条，请律师核对原文；各地做法不完全一致）。起诉前请向律师确认可以请求的项目。",
        "After the criminal judgment, a separate civil suit usually brings only the material loss caused by the crime (medical, care, travel costs, lost earnings, funeral costs), as a rule no compensation for mental distress, and often no death or disability compensation (under the SPC's 2021 interpretation of the Criminal Procedure Law arts. 175, 192, 200 — have a lawyer check the text; practice varies). Before suing, confirm with a lawyer which items can be claimed.",
        when=all_(CRIM_DECIDED, INJURY, NOT_JUDGED),
        side_=["injured"],
    ),
    "victim_fault": W(
        "caution",
        "受害人对损害的发生或者扩大也有过错，可以减轻侵权人的责任；减轻多少，由法院根据双方的过错程度和行为对损害所起的作用确定。",
        "The injured person was also at fault for the harm or its growth, which may reduce the liability; by how much is for the court, weighing each side's fault and contribution.",
        when=FAULT,
        basis=FAULT_CITES,
    ),
    "knew_before_act": W(
        "missing_fact",
        "录入的知道受到损害之日早于侵权行为发生之日，诉讼时效可能算错：请核对这两个日期。",
        "The day the harm became known is entered as earlier than the day of the act, so the limitation period may be wrong: check both dates.",
        when={"date": "knew_date", "before": {"date": "act_date"}},
    ),
    "victim_fault_unknown": W(
        "missing_fact",
        "受害人自己有没有过错尚待核实：有过错的，可以减轻侵权人的责任。",
        "Whether the injured person was also at fault is still to verify: if so, the liability may be reduced.",
        when=unknown("victim_fault"),
    ),
    "death": W(
        "caution",
        "受害人已经死亡：由其近亲属请求赔偿；支付了医疗费、丧葬费等合理费用的人，也可以请求赔偿这些费用。",
        "The victim died: the close relatives claim; whoever paid the medical or funeral costs may claim those too.",
        when=DEATH,
        basis=[*versions([(1181, 1), (1181, 2)], [(18, 1), (18, 2)], [])],
    ),
    "release_cc": W(
        "caution",
        "与其中一个连带责任人和解并免除其责任的，其他责任人在该人应当承担的份额范围内不再承担责任。和解、出具谅解书或者放弃对部分人的请求前，请先咨询律师，并在协议中写明是否只免除该人的份额。",
        "Releasing one of those jointly liable in a settlement releases the others to the extent of his share. Before settling, signing a letter of forgiveness or dropping a claim against anyone, consult a lawyer and say in writing that only that person's share is released.",
        when=IS_CC,
        basis=[C(CC, 468), C(CC, 520, 2)],
        side_=["injured"],
    ),
    "release_old": W(
        "caution",
        "与部分责任人和解、出具谅解书或者放弃对部分人的请求，可能减少其他人应当承担的数额，请先咨询律师。",
        "Settling with, forgiving or dropping the claim against some of those liable may reduce what the others owe: consult a lawyer first.",
        when=OLD,
        side_=["injured"],
    ),
    "judged_joint": W(
        "caution",
        "生效判决只约束判决列明的人：对没有被列为被告的其他连带责任人，判决不能申请执行，仍须另行起诉。对其中一人起诉，对其他连带责任人同样中断诉讼时效；“期限”部分按民法典第一百九十五条，从该诉讼终结（判决生效）之日起对他们重新计算；也有意见认为从起诉之日重新计算，计算过程中列出依此计算的稳妥日期。按起诉之日计算已经届满的，请律师判断，并尽快起诉。",
        "A judgment binds only those it names: against a jointly liable person who was not a defendant it cannot be enforced, and he must be sued separately. Suing one of them interrupted the limitation period against the others too; the deadlines run it again against them from the end of that suit (the judgment taking effect; Civil Code art. 195); another view runs it from the filing, and the calculation gives that safe day too. If the period counted from the filing has ended, have a lawyer judge it and sue at once.",
        when=all_(JUDGED, JOINT_ROUTE, not_(ALL_JUDGED)),
        side_=["injured"],
    ),
    "presence": W(
        "caution",
        "是否“只是在场”要靠证据认定：在场呐喊助威、阻拦他人劝架、递送工具、望风、堵住受害人去路等，都可能被认定为帮助，从而与行为人承担连带责任。",
        "Whether someone was 'only there' is a question of proof: cheering on, stopping others from intervening, handing over tools, keeping watch or blocking the victim's way may all count as helping, with joint and several liability.",
        basis=INSTIGATE_CITES,
        side_=["claimed"],
    ),
    "danger_proof_cc": W(
        "caution",
        "只证明自己的行为没有造成损害，不能免除责任；只有确定了具体侵权人，才由该侵权人单独承担。",
        "Proving that one's own act did not cause the harm is not enough: only when the actual tortfeasor is identified does he bear it alone.",
        when=IS_CC,
        basis=[C(CC, 1170, when=IS_CC)],
    ),
    "danger_proof_tll": W(
        "contested",
        "侵权责任法第10条只规定确定了具体侵权人的由其承担责任。此前的司法解释允许共同危险行为人以证明损害不是由其行为造成的为由免责，侵权责任法施行后能否继续这样主张，审判实践中有不同做法，请律师复核。",
        "Tort Liability Law art. 10 releases the others only when the actual tortfeasor is identified. An earlier SPC interpretation let a participant escape by proving his act did not cause the harm; whether that still held under the Tort Liability Law was handled differently by courts — have a lawyer check.",
        when=IS_TLL,
        basis=[C(TLL, 10, when=IS_TLL)],
    ),
    "identified_unknown": W(
        "missing_fact",
        "是否已经查明具体侵权人尚待核实：已经查明的，只由该侵权人承担责任，其他行为人不承担。",
        "Whether the actual tortfeasor has been identified is still to verify: if so, he alone is liable and the others are not.",
        when=unknown("identified"),
    ),
    "guardian_unknown": W(
        "missing_fact",
        "监护人是否尽到监护职责尚待核实：尽到的，监护人不承担责任；没有尽到的，在相应范围内承担责任。",
        "Whether the guardian fulfilled his duty is still to verify: if he did, he is not liable; if not, he answers within his failure.",
        when=unknown("guardian_duty"),
    ),
    "instigator_no_excuse": W(
        "caution",
        "教唆人、帮助人不能以不知道且不应当知道行为人是未成年人或者不能完全辨认自己行为的人为由，主张不承担责任，也不能主张与监护人承担连带责任。",
        "An instigator or helper cannot escape by saying he neither knew nor should have known that the actor lacked full capacity, nor claim to be jointly liable with the guardian.",
        when=IS_CC,
        basis=[C(TI, 11, when=IS_CC)],
    ),
    "guardian_share_old": W(
        "contested",
        "侵权责任法第9条第2款只规定监护人“承担相应的责任”：监护人与教唆人、帮助人如何分担，监护人先行赔偿后能否向教唆人、帮助人追偿，当时没有明文规定（最高人民法院2024年的相关解释针对的是民法典），请律师复核。",
        "Tort Liability Law art. 9(2) says only that the guardian bears 'a corresponding liability': how he and the instigators share, and whether a guardian who paid first can recover from them, was not written down then (the SPC's 2024 interpretation concerns the Civil Code) — have a lawyer check.",
        when=IS_TLL,
        basis=[C(TLL, 9, 2, when=IS_TLL)],
    ),
    "mixed": W(
        "contested",
        "有的行为足以造成全部损害、有的只造成一部分，法律对此没有明文规定。通常的处理是：足以造成全部损害的行为人对全部损害负责，并与其他行为人在共同造成的那部分损害范围内承担连带责任（最高人民法院关于生态环境侵权的司法解释对污染环境、破坏生态的情形作了这样的规定）；其他案件是否同样处理有争议，请律师复核。",
        "The law does not say what happens when some acts were enough for the whole harm and others caused part. The usual answer: whoever's act was enough answers for the whole, jointly with the others for the part they caused together (the SPC's interpretation on environmental torts says so for pollution); whether other cases follow it is contested — have a lawyer check.",
        when=all_(MIXED, NOT_ENV),
        basis=[*SUFFICIENT_CITES[:2], *PARTIAL_CITES[:2]],
    ),
    "mixed_env": W(
        "caution",
        "污染环境、破坏生态，有的行为足以造成全部损害、有的只造成一部分的：足以造成全部损害的侵权人对全部损害承担责任，并与其他侵权人就共同造成的损害部分承担连带责任（按照最高人民法院关于审理生态环境侵权责任纠纷案件适用法律若干问题的解释（2023年）第7条；此前2015年的环境侵权责任解释第3条第3款作了相同规定；请律师核对原文）。",
        "Pollution where some discharges were enough for the whole harm and others caused part: whoever's discharge was enough answers for the whole, jointly with the others for the part they caused together (under art. 7 of the SPC's 2023 interpretation on ecological and environmental torts; art. 3(3) of its 2015 interpretation on environmental torts said the same before — have a lawyer check the text).",
        when=all_(MIXED, ENV),
        basis=[*SUFFICIENT_CITES[:2], *PARTIAL_CITES[:2]],
    ),
    "several_interruption": W(
        "caution",
        "按份责任：对一个行为人要求赔偿、对方承诺赔偿或者起诉，只对该行为人中断诉讼时效，对其他行为人不发生效力；请对每一个人分别主张权利。",
        "Several liability: a demand on, a promise by or a suit against one actor interrupts the limitation period against him only; claim against each of them.",
        side_=["injured"],
    ),
    "environment_cc": W(
        "caution",
        "污染环境、破坏生态的，行为人应当就法律规定的不承担责任或者减轻责任的情形，以及其行为与损害之间不存在因果关系承担举证责任；几个侵权人之间的责任大小，根据污染物的种类、浓度、排放量，破坏生态的方式、范围、程度，以及行为对损害后果所起的作用等因素确定。",
        "In pollution cases the actor must prove the grounds for no or reduced liability and that his act did not cause the harm; among several, shares follow the kind, concentration and amount of pollutants, the manner, extent and degree of the damage to the ecology, and each act's part in the harm.",
        when=all_(SEPARATE, ENV, IS_CC),
        basis=[C(CC, 1230), C(CC, 1231)],
    ),
    "environment_tll": W(
        "caution",
        "污染环境的，污染者应当就法律规定的不承担责任或者减轻责任的情形，以及其行为与损害之间不存在因果关系承担举证责任；几个污染者之间的责任大小，根据污染物的种类、排放量等因素确定。",
        "In pollution cases the polluter must prove the grounds for no or reduced liability and that his act did not cause the harm; among several polluters, shares follow the kind and amount of pollutants and similar factors.",
        when=all_(SEPARATE, ENV, IS_TLL),
        basis=[C(TLL, 66), C(TLL, 67)],
    ),
    "punitive_env": W(
        "caution",
        "侵权人违反法律规定故意污染环境、破坏生态造成严重后果的，被侵权人有权请求相应的惩罚性赔偿；有证据证明故意和严重后果的，可以一并请求。",
        "Where the tortfeasor polluted or damaged the ecology intentionally and in breach of the law with serious consequences, the injured person may also claim corresponding punitive damages; claim them if the intent and the consequences can be proved.",
        when=all_(SEPARATE, ENV, on_or_after("act_date", CC_DAY)),
        basis=[C(CC, 1232)],
        side_=["injured"],
    ),
    "payer_defences": W(
        "caution",
        "被追偿的人可以向当事人主张他对受害人本来可以主张的抗辩（如诉讼时效届满、受害人有过错）。当事人未经判决自愿赔偿的，对方可能争议赔偿数额是否合理，请保留损失的证据。",
        "Those asked to contribute may raise against the client the defences they had against the injured person (limitation, the victim's fault). Where the client paid without a judgment, they may dispute the amount; keep the evidence of the loss.",
        when=IS_CC,
        basis=[C(CC, 519, 2)],
        side_=["payer"],
    ),
    "payer_mixed": W(
        "contested",
        "有的行为足以造成全部损害、有的只造成一部分时，责任人之间如何分担没有明文规定，追偿的数额有争议，请律师复核。",
        "Where some acts were enough for the whole harm and others not, how those liable share is not written down; the amount of recourse is contested — have a lawyer check.",
        when=MIXED,
        side_=["payer"],
    ),
    "payer_excess_not_joint": W(
        "contested",
        "按份责任人之间没有连带责任人那样的追偿权。当事人多付的部分能否收回、向谁收回（请求受害人返还，或者主张代其他行为人清偿后向其求偿），取决于当事人付款时的情况，有争议，请律师复核。",
        "Several debtors have no right of recourse like joint debtors. Whether the client can get back what he overpaid, and from whom (the injured person, or the other actors as having paid their debt), depends on how he came to pay and is contested — have a lawyer check.",
        side_=["payer"],
    ),
    "payer_instigator": W(
        "contested",
        "教唆人、帮助人应当承担全部侵权责任；监护人只在未尽到监护职责的范围内与其共同承担。教唆人、帮助人赔偿后能否要求监护人分担其相应的部分，法律没有明文规定，有争议，请律师复核。",
        "The instigator or helper bears the whole liability; the guardian shares only within his failure of duty. Whether an instigator who paid can ask the guardian for that part is not written down and is contested — have a lawyer check.",
        when=ans("payer_role_limited", "instigator"),
        side_=["payer"],
    ),
    "payer_identified_other": W(
        "contested",
        "已经查明造成损害的是其他人：当事人本不应当承担责任。已经支付的赔偿能否、以及向谁请求偿还（具体侵权人或者受害人），取决于付款时的情况（例如是否依据当时的判决付款），有争议，请律师复核。",
        "Someone else was identified as having caused the harm, so the client was not liable. Whether and from whom (the actual tortfeasor or the injured person) he can get back what he paid depends on how he came to pay (e.g. under a judgment given before) and is contested — have a lawyer check.",
        side_=["payer"],
    ),
}


# --- next steps, evidence, defences, recourse ---------------------------------------------


def N(zh: str, en: str, side_: Any, when: J | None = None) -> J:
    n: J = {"text": T(zh, en), "side": side_}
    if when is not None:
        n["when"] = when
    return n


INJ, CLA, PAY = ["injured"], ["claimed"], ["payer"]
NOTES: dict[str, J] = {
    # injured
    "inj_demand": N(
        "尽快以书面形式（EMS、短信、微信等能够留存的方式）向责任人要求赔偿，并保留送达凭证：要求到达对方即中断诉讼时效。",
        "Demand compensation in writing (EMS, text or WeChat messages that can be kept) and keep proof of delivery: a demand that arrives interrupts the limitation period.",
        INJ,
        all_(NO_SUIT, NOT_JUDGED, NOT_BARRED),
    ),
    "inj_sue_joint": N(
        "协商不成的，在诉讼时效届满前向人民法院起诉。可以起诉全部连带责任人，也可以只起诉其中有赔偿能力的人；一并起诉全部责任人，便于查明事实和日后执行。",
        "If talks fail, sue before the limitation period ends. You may sue all those jointly liable or only those who can pay; suing all together makes the facts easier to establish and the judgment easier to enforce.",
        INJ,
        all_(NO_SUIT, NOT_BARRED, not_(COMMON_INJURY), not_(MIXED)),
    ),
    "inj_sue_joint_injury": N(
        "协商不成的，在诉讼时效届满前向人民法院起诉，最好一并起诉全部共同侵权人。人身损害赔偿案件中只起诉部分共同侵权人的，法院通常会追加其他共同侵权人为共同被告；在诉讼中放弃对其中某人的请求的，其他人对该人应当承担的份额不再承担连带责任（按照最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释第2条，请律师核对原文）。",
        "If talks fail, sue before the limitation period ends, preferably all the joint tortfeasors together. In a personal injury case the court usually joins the other joint tortfeasors as co-defendants when only some are sued; dropping the claim against one of them in the suit releases the others from joint liability for his share (under art. 2 of the SPC's interpretation on personal injury compensation — have a lawyer check the text).",
        INJ,
        all_(NO_SUIT, NOT_BARRED, COMMON_INJURY),
    ),
    "inj_sue_mixed": N(
        "协商不成的，在诉讼时效届满前向人民法院起诉，并把行为足以造成全部损害的行为人列为被告：他要对全部损失负责。只造成部分损害的行为人，只在共同造成的那部分范围内承担连带责任；只起诉他的，只能在那部分范围内得到赔偿。",
        "If talks fail, sue before the limitation period ends and make the actor whose act was enough for the whole harm a defendant: he answers for the whole loss. The actor who caused part answers jointly only within the part caused together; suing him alone brings no more than that part.",
        INJ,
        all_(NO_SUIT, NOT_BARRED, MIXED),
    ),
    "inj_sue_several": N(
        "协商不成的，在诉讼时效届满前起诉全部行为人，请求法院确定各自的份额；只起诉一人的，只能得到该人的份额。",
        "If talks fail, sue all the actors before the limitation period ends and ask the court to fix each one's share; suing only one brings only his share.",
        INJ,
        all_(NO_SUIT, NOT_BARRED),
    ),
    "inj_sue_split": N(
        "协商不成的，在诉讼时效届满前一并起诉{party.instigators}和{party.guardian}（直接行为人可以列为共同被告），请求教唆人、帮助人承担全部赔偿责任，监护人在相应范围内承担责任。",
        "If talks fail, sue the {party.instigators} and the {party.guardian} together before the limitation period ends (the actor may be joined as co-defendant): the instigators or helpers for full compensation, the guardian within his failure.",
        INJ,
        all_(NO_SUIT, NOT_BARRED),
    ),
    "inj_sue_identified": N(
        "协商不成的，在诉讼时效届满前起诉已经查明的具体侵权人。",
        "If talks fail, sue the identified tortfeasor before the limitation period ends.",
        INJ,
        all_(NO_SUIT, NOT_BARRED),
    ),
    "inj_pending": N(
        "诉讼正在进行：及时补充证据，必要时申请伤残等级或者损失鉴定；不要在庭外放弃对部分被告的请求。",
        "The suit is pending: add evidence in time, apply for a disability or loss assessment if needed, and do not drop claims against any defendant out of court.",
        INJ,
        PENDING,
    ),
    "inj_appeal": N(
        "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见“期限”部分）。",
        "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadlines).",
        INJ,
        SERVED,
    ),
    "inj_enforce_joint": N(
        "对方不按判决履行的，在申请执行期间内向人民法院申请强制执行；可以申请执行任何一个被判决承担连带责任的人的财产。",
        "If they do not pay as judged, apply to the court for enforcement within the period to apply; you may enforce against any of those held jointly and severally liable.",
        INJ,
        all_(JUDGED, not_(TERMINATED)),
    ),
    "inj_enforce": N(
        "对方不按判决履行的，在申请执行期间内向人民法院申请强制执行。",
        "If they do not pay as judged, apply to the court for enforcement within the period to apply.",
        INJ,
        all_(JUDGED, not_(TERMINATED)),
    ),
    "inj_sue_others": N(
        "判决没有列明全部连带责任人的：对没有被列为被告的人，判决不能申请执行，仍须另行起诉。对其中一人的起诉同样中断了对他们的诉讼时效，“期限”部分从该诉讼终结之日起对他们重新计算；稳妥起见，请在计算过程中列出的、从起诉之日计算的日期之前起诉；已经过了这一日期的，请律师判断，并尽快起诉。",
        "If the judgment does not name everyone jointly liable: it cannot be enforced against those who were not defendants, and they must be sued separately. The suit against one interrupted the limitation period against them too: the deadlines run it again from the end of that suit; to be safe, sue them before the day counted from the filing that the calculation gives; if that day has passed, have a lawyer judge it and sue at once.",
        INJ,
        all_(JUDGED, JOINT_ROUTE, not_(ALL_JUDGED)),
    ),
    "inj_reenforce": N(
        "法院已经裁定终结本次执行程序：发现被执行人有可供执行的财产时，可以再次申请执行。",
        "The court closed this round of enforcement: when assets of the judgment debtor come to light, apply again.",
        INJ,
        TERMINATED,
    ),
    "inj_ancillary": N(
        "刑事案件正在进行：可以在刑事诉讼中提起附带民事诉讼，也可以等刑事案件结束后另行提起民事诉讼。",
        "A criminal case is under way: you may bring an ancillary civil action in it, or sue separately once the criminal case is over.",
        INJ,
        all_(ans("criminal", "pending"), NO_SUIT),
    ),
    "inj_assess": N(
        "治疗结束后申请伤残等级鉴定，整理医疗费、误工、护理、交通等票据，算出全部损失。",
        "When treatment ends, apply for a disability assessment and gather the bills for treatment, lost earnings, care and travel to put a figure on the loss.",
        INJ,
        all_(LOSS_OPEN, INJURY),
    ),
    "inj_value": N(
        "整理财产损失的凭证，必要时申请评估，算出全部损失。",
        "Gather the proof of the property loss and have it valued if needed.",
        INJ,
        all_(LOSS_OPEN, PROPERTY),
    ),
    "inj_legal_aid": N(
        "经济困难的，可以申请法律援助；起诉时可以申请缓交、减交诉讼费。",
        "If money is short, apply for legal aid; court fees can be deferred or reduced on application.",
        INJ,
        NOT_JUDGED,
    ),
    # claimed
    "cla_evidence": N(
        "整理能证明自己在事件中实际作用的证据（监控视频、证人、通话记录、聊天记录），以及受害人过错的证据。",
        "Gather evidence of what you actually did (CCTV, witnesses, call and chat records) and of any fault of the injured person.",
        CLA,
        FAULT_OR_UNKNOWN,
    ),
    "cla_evidence_own": N(
        "整理能证明自己在事件中实际作用的证据（监控视频、证人、通话记录、聊天记录）。",
        "Gather evidence of what you actually did (CCTV, witnesses, call and chat records).",
        CLA,
        not_(FAULT_OR_UNKNOWN),
    ),
    "cla_settle": N(
        "与{party.victim}协商和解的，在协议中写明和解金额是否了结全部损失、是否免除你的全部责任，并保留付款凭证。",
        "If you settle with the {party.victim}, write down whether the sum settles the whole loss and releases you entirely, and keep proof of payment.",
        CLA,
        all_(NO_SUIT, NOT_JUDGED),
    ),
    "cla_defend": N(
        "已经被起诉的，在答辩期内提交答辩状和证据，提出本报告列出的抗辩；认为还有没有被起诉的其他责任人的，可以申请法院追加其参加诉讼。",
        "If you have been sued, file a defence and evidence within the time for a defence, raising the defences listed in this report; if others who were not sued are liable too, ask the court to join them.",
        CLA,
        PENDING,
    ),
    "cla_appeal": N(
        "对一审判决不服的，在判决书送达之日起十五日内提起上诉（见“期限”部分）。",
        "To challenge the first-instance judgment, appeal within fifteen days of service (see the deadlines).",
        CLA,
        SERVED,
    ),
    "cla_pay_joint": N(
        "按生效判决履行；你实际支付超过自己份额的，保留付款凭证，向其他连带责任人追偿。",
        "Pay as judged; if you pay more than your share, keep the receipts and recover the excess from the others jointly liable.",
        CLA,
        JUDGED,
    ),
    "cla_pay": N(
        "按生效判决履行，并保留付款凭证。", "Pay as judged and keep the receipts.", CLA, JUDGED
    ),
    "cla_criminal": N(
        "刑事案件中积极赔偿、取得谅解，可能被作为从轻处罚的情节；赔偿时写明赔偿款是否包括民事赔偿的全部，以免重复承担。",
        "In the criminal case, paying compensation and obtaining forgiveness may count in mitigation; say in writing whether the payment covers all civil compensation, so as not to pay twice.",
        CLA,
        ans("criminal", "pending"),
    ),
    # payer
    "pay_demand": N(
        "以书面形式要求其他责任人偿还各自应当分担的部分，并保留送达凭证。",
        "Demand in writing that each of the others pay back his share, and keep proof of delivery.",
        PAY,
        all_(not_(R_SUED), any_(not_(REC_PASSED), {"undetermined": REC_PASSED})),
    ),
    "pay_sue": N(
        "协商不成的，在诉讼时效届满前起诉其他责任人；每个人只在其应当分担而没有支付的份额内向你偿还。",
        "If talks fail, sue the others before the limitation period ends; each owes you only the unpaid part of his own share.",
        PAY,
        all_(not_(R_SUED), any_(not_(REC_PASSED), {"undetermined": REC_PASSED})),
    ),
    "pay_barred": N(
        "向其他责任人请求偿还的诉讼时效已经届满（见“期限”部分）：对方可以以此拒绝偿还，届满以后再提出的要求也不能使诉讼时效重新计算。仍然可以起诉，法院不会主动适用诉讼时效，但对方提出诉讼时效届满的抗辩的，请求得不到支持。对方在届满以后书面同意偿还或者自愿偿还的，不能再以诉讼时效届满为由拒绝或者要求返还：先争取对方书面确认愿意偿还或者自愿支付，再决定是否起诉。",
        "The limitation of the claim against the others has ended (see the deadlines): they may refuse to pay on that ground, and a demand made after the end does not start it again. A suit is still possible, since the court does not apply limitation of its own motion, but the claim fails if they raise the defence. If after the end they agree in writing to pay, or pay of their own accord, they can no longer refuse on that ground or ask for the money back: seek such a written agreement or a voluntary payment first, then decide whether to sue.",
        PAY,
        all_(not_(R_SUED), REC_PASSED),
    ),
    "pay_pending": N(
        "追偿诉讼正在进行：补充付款凭证和份额的证据。",
        "The recourse suit is pending: add the receipts and the evidence of the shares.",
        PAY,
        R_PENDING,
    ),
    "pay_appeal": N(
        "对追偿案件的一审判决不服的，在判决书送达之日起十五日内提起上诉（见“期限”部分）。",
        "To challenge the first-instance recourse judgment, appeal within fifteen days of service (see the deadlines).",
        PAY,
        R_SERVED,
    ),
    "pay_enforce": N(
        "对方不按追偿判决履行的，在申请执行期间内向人民法院申请强制执行。",
        "If they do not pay as judged, apply for enforcement within the period to apply.",
        PAY,
        R_JUDGED,
    ),
    # evidence
    "ev_injury": N(
        "病历、诊断证明、医疗费票据，伤残等级鉴定意见，误工、护理、交通等费用的证明",
        "Medical records and bills, the disability assessment, proof of lost earnings, care and travel costs",
        "any",
        ans("harm", "injury"),
    ),
    "ev_death": N(
        "死亡证明、近亲属关系的证明（户口簿等）、医疗费和丧葬费票据",
        "The death certificate, proof of the close relationship (household register), medical and funeral bills",
        "any",
        DEATH,
    ),
    "ev_property": N(
        "财产损失的证明：购买凭证、维修或者评估报告、照片",
        "Proof of the property loss: purchase receipts, repair or valuation reports, photos",
        "any",
        PROPERTY,
    ),
    "ev_police": N(
        "报警回执、询问笔录、公安机关的处理决定或者刑事案件材料（起诉书、判决书）",
        "The police receipt, statements, the police decision or criminal case papers (indictment, judgment)",
        "any",
        CRIMINAL,
    ),
    "ev_scene": N(
        "现场照片、监控视频、证人证言、聊天记录、通话记录",
        "Photos of the scene, CCTV, witnesses, chat and call records",
        "any",
    ),
    "ev_joint": N(
        "证明几个人一起实施的证据（事先商量的聊天记录、同伙的陈述、视频中的分工）",
        "Evidence that they acted together (chats planning it, what the others said, who did what on video)",
        "any",
        JOINT,
    ),
    "ev_instigate": N(
        "证明教唆或者帮助的证据（录音、聊天记录、证人证言）",
        "Evidence of the instigation or help (recordings, chats, witnesses)",
        "any",
        INSTIGATE,
    ),
    "ev_capacity": N(
        "直接行为人的年龄或者行为能力的证明（身份证、户口簿、医学鉴定），以及监护人监护情况的证据",
        "Proof of the actor's age or capacity (ID, household register, medical assessment) and of how the guardian looked after him",
        "any",
        LIMITED,
    ),
    "ev_danger": N(
        "现场勘查、鉴定意见或者公安机关的调查结论（能否确定具体侵权人）",
        "The scene investigation, expert opinions or police findings (whether the actual tortfeasor can be identified)",
        "any",
        DANGER,
    ),
    "ev_env": N(
        "环境监测数据、排污许可和排污记录、环境损害鉴定意见",
        "Environmental monitoring data, discharge permits and records, an environmental damage assessment",
        "any",
        all_(SEPARATE, ENV),
    ),
    "ev_causation": N(
        "鉴定意见或者专家意见：每个行为与损害之间的因果关系及其作用大小",
        "Expert opinions on how each act contributed to the harm",
        "any",
        SEPARATE,
    ),
    "ev_judgment": N(
        "判决书（及生效证明）、送达回证",
        "The judgment (and proof that it took effect), proof of service",
        "any",
        ev("judgment_served", "judgment_effective"),
    ),
    "ev_fault": N(
        "受害人过错的证据（视频、证人证言、询问笔录、就医记录）",
        "Evidence of the injured person's fault (video, witnesses, statements, medical records)",
        CLA,
        all_(FAULT_OR_UNKNOWN, INJURY),
    ),
    "ev_fault_property": N(
        "受害人过错的证据（视频、证人证言，受害人发现损失后是否采取措施的记录）",
        "Evidence of the injured person's fault (video, witnesses, records of whether he acted once he noticed the loss)",
        CLA,
        all_(FAULT_OR_UNKNOWN, PROPERTY),
    ),
    "ev_assets": N(
        "被执行人财产的线索：房产、车辆、银行账户、工作单位和收入、经营的企业或者股权",
        "Leads to the judgment debtors' assets: real estate, vehicles, bank accounts, employer and income, businesses or shares",
        INJ,
        JUDGED,
    ),
    "ev_payer": N(
        "付款凭证、收条，据以付款的判决书、调解书或者和解协议",
        "Proof of payment and receipts; the judgment, mediation statement or settlement under which the client paid",
        PAY,
    ),
    "ev_payer_shares": N(
        "各责任人份额的依据（判决书、鉴定意见、协议）",
        "What fixes each one's share (judgment, expert opinion, agreement)",
        PAY,
    ),
    # defences (claimed)
    "def_amount": N(
        "要求对方逐项证明损失；对伤残等级、误工时间、费用等有异议的，可以申请重新鉴定。",
        "Make the other side prove each item of loss; if you dispute the disability grade, time off work or costs, ask for a new assessment.",
        CLA,
        INJURY,
    ),
    "def_amount_property": N(
        "要求对方逐项证明损失；对损失数额、评估或者鉴定结论有异议的，可以申请重新评估或者鉴定。",
        "Make the other side prove each item of loss; if you dispute the amount or the valuation or expert opinion, ask for a new one.",
        CLA,
        PROPERTY,
    ),
    "def_paid": N(
        "已经赔偿的部分（包括刑事案件中的退赔、赔偿），应当从赔偿总额中扣除。",
        "What has been paid already (including restitution or compensation in the criminal case) must be deducted.",
        CLA,
    ),
    "def_several": N(
        "只在自己的份额内承担责任；超过自己份额的请求，可以拒绝。",
        "Answer only for your own share; refuse any claim beyond it.",
        CLA,
    ),
    "def_identify": N(
        "能够证明具体侵权人是谁的，由该侵权人承担责任，你不承担。",
        "If you can show who the actual tortfeasor was, he is liable and you are not.",
        CLA,
    ),
    "def_present": N(
        "证明自己只是在场，没有参与实施、教唆或者帮助（监控视频、证人、当时的位置和通话记录）。",
        "Prove you were only there and did not take part, instigate or help (CCTV, witnesses, where you were, call records).",
        CLA,
    ),
    "def_identified_other": N(
        "提交查明具体侵权人的证据（公安机关的调查结论、鉴定意见等），主张不承担责任。",
        "Produce the evidence identifying the actual tortfeasor (police findings, expert opinion) and plead that you are not liable.",
        CLA,
    ),
}

# After an effective judgment the evidence of the tort itself is spent (for the injured side only
# when the judgment names everyone liable — the others must still be sued): what counts then is
# the judgment and the judgment debtors' assets.
SPENT = any_(ALL_JUDGED, all_(side("claimed"), JUDGED))
for _key in (
    "ev_injury",
    "ev_death",
    "ev_property",
    "ev_police",
    "ev_scene",
    "ev_joint",
    "ev_instigate",
    "ev_env",
    "ev_causation",
    "ev_fault",
    "ev_fault_property",
):
    _when = NOTES[_key].get("when")
    NOTES[_key]["when"] = not_(SPENT) if _when is None else all_(_when, not_(SPENT))

# With events recorded the texts cannot tell whether the limitation has ended: their "open"
# variants say what to do either way.
OPEN_ZH = "（诉讼时效是否已经届满，见“期限”部分；已经届满的，对方可以拒绝赔偿。）"
OPEN_EN = " (Whether the limitation period has ended: see the deadlines; once it has, they may refuse to pay.)"
for _key in (
    "inj_demand",
    "inj_sue_joint",
    "inj_sue_joint_injury",
    "inj_sue_mixed",
    "inj_sue_several",
    "inj_sue_split",
    "inj_sue_identified",
):
    _note = NOTES[_key]
    _when = _note["when"]
    NOTES[_key] = dict(
        _note, when=all_(*[c for c in _when["all"] if c is not NOT_BARRED], TIME_RUNNING)
    )
    NOTES[_key + "_open"] = dict(
        _note,
        text=T(_note["text"]["zh"] + OPEN_ZH, _note["text"]["en"] + OPEN_EN),
        when=all_(*[c for c in _when["all"] if c is not NOT_BARRED], TIME_OPEN),
    )
NOTES["inj_demand_open"]["text"] = T(
    "尽快以书面形式（EMS、短信、微信等能够留存的方式）向责任人要求赔偿，并保留送达凭证：诉讼时效届满前，要求到达对方即中断诉讼时效（见“期限”部分）。",
    "Demand compensation in writing (EMS, text or WeChat messages that can be kept) and keep proof of delivery: before the limitation period ends, a demand that arrives interrupts it (see the deadlines).",
)

FIRST_INSTANCE_ZH = "这一抗辩须在一审期间提出，法院不会主动审查（诉讼时效规定第2条、第3条第1款）。"
FIRST_INSTANCE_EN = " The defence must be raised at first instance; the court will not raise it itself (SPC Limitation Provisions arts. 2, 3(1))."
ACK = ev("acknowledgement")
BEFORE_JUDGMENT = all_(NOT_JUDGED, not_(SERVED))
NOTES["def_limitation_barred"] = N(
    "诉讼时效已经届满（见“期限”部分）：可以拒绝赔偿。" + FIRST_INSTANCE_ZH,
    "The limitation period has ended (see the deadlines): you may refuse to pay."
    + FIRST_INSTANCE_EN,
    CLA,
    all_(TIME_BARRED, BEFORE_JUDGMENT),
)
NOTES["def_limitation_open"] = N(
    "诉讼时效届满的（见“期限”部分），可以拒绝赔偿。" + FIRST_INSTANCE_ZH,
    "If the limitation period has ended (see the deadlines), you may refuse to pay."
    + FIRST_INSTANCE_EN,
    CLA,
    all_(TIME_OPEN, BEFORE_JUDGMENT, not_(ACK)),
)
# An IOU, promise or part payment after the period ended binds the one who gave it, not the
# others (民法典192(2); 诉讼时效规定19(1)); 诉讼时效规定15(2) spreads interruptions only.
_ACK_ZH = "诉讼时效届满的（见“期限”部分），可以拒绝赔偿。但届满以后出具欠条、承诺赔偿或者支付部分赔偿的人，不得再以诉讼时效届满为由抗辩{basis}；这只约束作出承诺或者付款的人本人：你自己没有在届满以后作出这种表示的，仍可以提出这一抗辩。"
_ACK_EN = "If the limitation period has ended (see the deadlines), you may refuse to pay. But whoever signed an IOU, promised or paid part after it ended can no longer plead it{basis}; that binds only the one who did so: if you did not, you still can."
NOTES["def_limitation_ack"] = N(
    _ACK_ZH.format(basis="（民法典第192条第2款，诉讼时效规定第19条第1款）") + FIRST_INSTANCE_ZH,
    _ACK_EN.format(basis=" (Civil Code art. 192(2); SPC Limitation Provisions art. 19(1))")
    + FIRST_INSTANCE_EN,
    CLA,
    all_(TIME_OPEN, BEFORE_JUDGMENT, ACK, IS_CC),
)
NOTES["def_limitation_ack_old"] = N(
    _ACK_ZH.format(basis="") + FIRST_INSTANCE_ZH,
    _ACK_EN.format(basis="") + FIRST_INSTANCE_EN,
    CLA,
    all_(TIME_OPEN, BEFORE_JUDGMENT, ACK, OLD),
)
NOTES["def_limitation_ack_any"] = dict(
    NOTES["def_limitation_ack"], when=all_(BEFORE_JUDGMENT, ACK, IS_CC)
)
NOTES["def_limitation_ack_old_any"] = dict(
    NOTES["def_limitation_ack_old"], when=all_(BEFORE_JUDGMENT, ACK, OLD)
)
NOTES["def_limitation_served"] = N(
    "一审判决已经送达：诉讼时效抗辩应当在一审期间提出；一审中没有提出的，二审中只有基于新的证据能够证明对方的请求权已过诉讼时效期间，才能提出（诉讼时效规定第3条第1款）。",
    "The first-instance judgment has been served: the limitation defence belonged at first instance; if it was not raised there, it can be raised on appeal only on new evidence that the claim was time-barred (SPC Limitation Provisions art. 3(1)).",
    CLA,
    SERVED,
)
NOTES["cla_no_iou"] = N(
    "诉讼时效届满后出具欠条、承诺赔偿或者支付部分赔偿的，不能再以诉讼时效届满为由抗辩：核对“期限”部分之前，不要急于签字或者付款。",
    "Signing an IOU, promising to pay or paying part after the limitation period has ended loses the limitation defence: check the deadlines before signing or paying anything.",
    CLA,
    all_(any_(TIME_BARRED, TIME_OPEN), NOT_JUDGED, NO_SUIT, not_(ACK)),
)
NOTES["def_limitation_any"] = N(
    "诉讼时效届满的（见“期限”部分），可以拒绝赔偿。" + FIRST_INSTANCE_ZH,
    "If the limitation period has ended (see the deadlines), you may refuse to pay."
    + FIRST_INSTANCE_EN,
    CLA,
    all_(BEFORE_JUDGMENT, not_(ACK)),
)
NOTES["cla_no_iou_any"] = N(
    "诉讼时效届满后出具欠条、承诺赔偿或者支付部分赔偿的，不能再以诉讼时效届满为由抗辩：核对“期限”部分之前，不要急于签字或者付款。",
    "Signing an IOU, promising to pay or paying part after the limitation period has ended loses the limitation defence: check the deadlines before signing or paying anything.",
    CLA,
    all_(NOT_JUDGED, NO_SUIT, not_(ACK)),
)
NOTES["inj_demand_any"] = N(
    "尽快以书面形式（EMS、短信、微信等能够留存的方式）向责任人要求赔偿，并保留送达凭证：诉讼时效届满前，要求到达对方即中断诉讼时效。",
    "Demand compensation in writing (EMS, text or WeChat messages that can be kept) and keep proof of delivery: before the limitation period ends, a demand that arrives interrupts it.",
    INJ,
    all_(NO_SUIT, NOT_JUDGED),
)
NOTES["inj_sue_any"] = N(
    "核实事实后，协商不成的，向人民法院起诉可能承担责任的全部行为人；注意“期限”部分的诉讼时效，届满后对方可以拒绝赔偿。",
    "Once the facts are verified and talks fail, sue all the actors who may be liable; mind the limitation period among the deadlines — after it ends they may refuse to pay.",
    INJ,
    NO_SUIT,
)
NOTES["inj_barred"] = N(
    "诉讼时效已经届满：对方仍可以自愿赔偿，届满后对方同意赔偿（如出具欠条、承诺赔偿）的，不能再以时效届满为由拒绝；起诉的，对方一旦提出时效抗辩，请求将得不到支持。请先核实有没有漏记的中断事由（书面要求赔偿、对方承诺或者部分赔偿、申请调解等），有的请补充记录；报过警的，请补充报案和处理结果的日期。",
    "The limitation period has ended: they may still pay of their own accord, and once they agree to pay after the end (an IOU, a promise) they cannot plead it; if you sue and they plead limitation, the claim fails. First check for any interruption not yet recorded (a written demand, a promise or part payment, an application for mediation) and record it; if it was reported to the police, give the dates of the report and of its outcome.",
    INJ,
    TIME_BARRED,
)

DEF_FAULT = vnotes(
    T(
        "主张受害人对损害的发生或者扩大也有过错，请求减轻责任（民法典第1173条）。",
        "Plead the injured person's own fault for the harm or its growth to reduce the liability (Civil Code art. 1173).",
    ),
    T(
        "主张受害人对损害的发生也有过错，请求减轻责任（侵权责任法第26条）。",
        "Plead the injured person's own fault for the harm to reduce the liability (Tort Liability Law art. 26).",
    ),
    T(
        "主张受害人对损害的发生也有过错，请求减轻责任（民法通则第131条）。",
        "Plead the injured person's own fault for the harm to reduce the liability (General Principles art. 131).",
    ),
    CLA,
    FAULT_OR_UNKNOWN,
)
DEF_SELF_DEFENCE = vnotes(
    T(
        "属于正当防卫的，不承担责任；超过必要限度的，只承担适当的责任（民法典第181条）。",
        "Self-defence means no liability; beyond what was necessary, only an appropriate liability (Civil Code art. 181).",
    ),
    T(
        "属于正当防卫的，不承担责任；超过必要限度的，只承担适当的责任（侵权责任法第30条）。",
        "Self-defence means no liability; beyond what was necessary, only an appropriate liability (Tort Liability Law art. 30).",
    ),
    T(
        "属于正当防卫的，不承担责任；超过必要限度的，只承担适当的责任（民法通则第128条）。",
        "Self-defence means no liability; beyond what was necessary, only an appropriate liability (General Principles art. 128).",
    ),
    CLA,
)
DEF_SUFFICIENT = vnotes(
    T(
        "主张自己的行为不足以造成全部损害：成立的，只按份承担（民法典第1172条）。",
        "Plead that your act alone was not enough for the whole harm: if so, you answer only for your share (Civil Code art. 1172).",
    ),
    T(
        "主张自己的行为不足以造成全部损害：成立的，只按份承担（侵权责任法第12条）。",
        "Plead that your act alone was not enough for the whole harm: if so, you answer only for your share (Tort Liability Law art. 12).",
    ),
    T(
        "主张自己的行为不足以造成全部损害：成立的，只按份承担。",
        "Plead that your act alone was not enough for the whole harm: if so, you answer only for your share.",
    ),
    CLA,
)
DEF_GUARDIAN = vnotes(
    T(
        "已经尽到监护职责的，不承担责任；没有尽到的，只在未尽职责的范围内承担，不与教唆人、帮助人承担连带责任，双方实际支付的总额不超过受害人的损失（侵权责任编解释一第11条、第12条）。",
        "Having done your duty as guardian, you are not liable; otherwise you answer only within your failure, not jointly with the instigators or helpers, and what both pay in all cannot exceed the loss (SPC Tort Interpretation I arts. 11, 12).",
    ),
    T(
        "已经尽到监护责任的，不承担责任；没有尽到的，只承担相应的责任（侵权责任法第9条第2款）。",
        "Having done your duty as guardian, you are not liable; otherwise only a corresponding liability (Tort Liability Law art. 9(2)).",
    ),
    T(
        "尽了监护责任的，可以适当减轻责任（民法通则第133条第1款）。",
        "Having done your duty as guardian, your liability may be reduced (General Principles art. 133(1)).",
    ),
    CLA,
    ans("role_limited", "guardian"),
)
DEF_NO_CAUSE = [
    N(
        "证明自己的行为与损害之间没有因果关系：污染环境、破坏生态的，这一举证责任在你。",
        "Prove that your act did not cause the harm: in a pollution case the burden of proof is yours.",
        CLA,
        ENV,
    ),
    N(
        "证明自己的行为与损害之间没有因果关系。",
        "Prove that your act did not cause the harm.",
        CLA,
        ans("environment", "no"),
    ),
]

RECOURSE_JOINT = vnotes(
    T(
        "连带责任人之间按各自责任大小分担，难以确定的平均分担；实际承担超过自己份额的，可以就超出部分向其他连带责任人追偿（民法典第178条第2款）。",
        "Those jointly liable share by their responsibility, equally where it cannot be determined; one who paid more than his share recovers the excess from the others (Civil Code art. 178(2)).",
    ),
    T(
        "连带责任人之间按各自责任大小确定赔偿数额，难以确定的平均承担；支付超出自己赔偿数额的，可以向其他连带责任人追偿（侵权责任法第14条）。",
        "Those jointly liable bear amounts by their responsibility, equally where it cannot be determined; one who paid more than his amount recovers from the others (Tort Liability Law art. 14).",
    ),
    T(
        "履行了连带义务的人，有权要求其他负有连带义务的人偿付他应当承担的份额（民法通则第87条）。",
        "One who performed the joint obligation may require the others to pay him their shares (General Principles art. 87).",
    ),
)
FULFILLED = ans("guardian_duty", "fulfilled")
INSTIGATOR_CLIENT = ans("role_limited", "instigator")
RECOURSE_SPLIT = [
    N(
        "{party.guardian}先行支付赔偿后，可以就超过自己相应责任的部分向{party.instigators}追偿（侵权责任编解释一第12条第2款）。",
        "A {party.guardian} who pays first may recover from the {party.instigators} what he paid beyond his corresponding liability (SPC Tort Interpretation I art. 12(2)).",
        ["injured", "claimed"],
        all_(IS_CC, GUARD_LIABLE, not_(INSTIGATOR_CLIENT)),
    ),
    N(
        "你应当承担侵权人应当承担的全部责任，赔偿后不能向其他人追偿：{party.guardian}已经尽到监护职责，不承担责任。",
        "You bear the whole liability and cannot recover from anyone after paying: the {party.guardian} fulfilled his duty and is not liable.",
        CLA,
        all_(INSTIGATOR_CLIENT, FULFILLED, not_(IS_GPCL)),
    ),
    N(
        "{party.guardian}先行支付赔偿后，可以就超过其相应责任的部分向你追偿（侵权责任编解释一第12条第2款）。你赔偿后能否要求{party.guardian}分担其相应的部分，法律没有明文规定，有争议。",
        "If the {party.guardian} pays first, he may recover from you what exceeds his corresponding liability (SPC Tort Interpretation I art. 12(2)). Whether you can make him bear his corresponding part after you pay is not written down and is contested.",
        CLA,
        all_(INSTIGATOR_CLIENT, GUARD_LIABLE, IS_CC),
    ),
]
RECOURSE_SEVERAL = [
    N(
        "按份责任人之间不发生追偿：各自只承担自己的份额。",
        "Several debtors have no recourse against each other: each bears only his own share.",
        "any",
    )
]


# --- outcomes -----------------------------------------------------------------------------


def S(sides: list[str], zh: str, en: str, when: J | None = None) -> J:
    s: J = {"side": sides, "zh": zh, "en": en}
    if when is not None:
        s["when"] = when
    return s


J_INJ = T(
    "已有生效判决：对判决列明的责任人，不再计算诉讼时效，其不履行的，请在申请执行期间内申请强制执行；没有被列为被告的其他责任人不受判决约束，对他们仍须另行起诉。",
    " A judgment has taken effect: against those it names limitation no longer runs, and if they do not pay, apply for enforcement within the period to apply; others liable who were not defendants are not bound by it and must still be sued.",
)
J_INJ_ALL = T(
    "已有生效判决，判令全部责任人承担责任：不再计算诉讼时效，他们不履行的，请在申请执行期间内申请强制执行。",
    " A judgment has taken effect against all those liable: limitation no longer runs, and if they do not pay, apply for enforcement within the period to apply.",
)
J_CLA = T(
    "案件已有生效判决：判决确定的义务应当履行，这里的分析不能改变生效判决（有异议的，只能依法申请再审）。",
    " A judgment has taken effect: what it orders must be done, and this assessment does not change it (only a retrial could).",
)


BARRED_INJ = T(
    "但诉讼时效已经届满（见“期限”部分）：对方可以以此拒绝赔偿；请先核实有没有要求赔偿、对方承诺、报警等中断时效的事由。",
    " But the limitation period has ended (see the deadlines): they may refuse to pay on that ground; check first for anything that interrupted it — a demand, a promise, a police report.",
)
BARRED_CLA = T(
    "另外，诉讼时效已经届满（见“期限”部分），你可以以此拒绝赔偿。",
    " Besides, the limitation period has ended (see the deadlines): you may refuse to pay on that ground.",
)


def judged(sides: list[str], zh: str, en: str, when: J | None = None) -> list[J]:
    """A summary for these sides, with variants for a case decided by a judgment and for a
    limitation period that has ended (``when``: a further condition on all three)."""
    extra = J_INJ if sides == INJ else J_CLA
    barred = BARRED_INJ if sides == INJ else BARRED_CLA

    def cond(c: J | None) -> J | None:
        if when is None:
            return c
        return when if c is None else all_(when, c)

    all_judged = (
        [S(sides, zh + J_INJ_ALL["zh"], en + J_INJ_ALL["en"], cond(ALL_JUDGED))]
        if sides == INJ
        else []
    )
    return [
        *all_judged,
        S(sides, zh + extra["zh"], en + extra["en"], cond(JUDGED)),
        S(sides, zh + barred["zh"], en + barred["en"], cond(TIME_BARRED)),
        S(sides, zh, en, cond(None)),
    ]


def F(
    label: str,
    liable: J,
    to_whom: J,
    scope: J,
    order: J,
    basis: list[J],
    sublabel: J | None = None,
    when: J | None = None,
    depends_on: list[str] | None = None,
) -> J:
    f: J = {"label": label}
    if sublabel is not None:
        f["sublabel"] = sublabel
    f.update({"liable": liable, "to_whom": to_whom, "scope": scope, "order": order, "basis": basis})
    if when is not None:
        f["when"] = when
    if depends_on:
        f["depends_on"] = depends_on
    return f


WHOLE_PAID = T(
    "全部损失（全部赔偿额{amount.total_amount}）",
    "the whole loss (whole compensation {amount.total_amount})",
)
WHOLE_PAID_OPEN = T(
    "全部损失（全部赔偿额尚待核实）",
    "the whole loss (the whole compensation is still to verify)",
)
# The injured person's own fault reduces what those liable owe (民法典1173, 侵权责任法26, 民法通则131):
# by how much is for the court.
FAULT_SUFFIX = [
    (
        T(
            "，因受害人自己的过错相应减轻（减轻多少由法院确定）",
            ", reduced for the injured person's own fault (by how much is for the court)",
        ),
        FAULT,
    ),
    (T("", ""), not_(FAULT)),
]


def with_loss(make: Any, known: J, open_: J, when: J | None = None, payer: bool = False) -> list[J]:
    """The finding with the loss as a figure where it was asked (else without), reduced where the
    injured person was at fault; for a client who paid (``payer``: a route he reaches), with the
    whole compensation he gave."""
    cases = [
        (
            T(scope["zh"] + suffix["zh"], scope["en"] + suffix["en"]),
            all_(amount, fault),
        )
        for scope, amount in ((known, AMOUNT_GIVEN), (open_, AMOUNT_OPEN))
        for suffix, fault in FAULT_SUFFIX
    ]
    if payer:
        cases += [
            (WHOLE_PAID, all_(side("payer"), not_(unknown("total_amount")))),
            (WHOLE_PAID_OPEN, all_(side("payer"), unknown("total_amount"))),
        ]
    return [make(scope, cond if when is None else all_(when, cond)) for scope, cond in cases]


VICTIM = T("{party.victim}", "the {party.victim}")
RELATIVES = T("{party.victim}的近亲属", "the close relatives of the {party.victim}")
WHOLE_LOSS = T("全部损失（{amount.damage_amount}）", "the whole loss ({amount.damage_amount})")
WHOLE_OPEN = T("全部损失（数额尚待确定）", "the whole loss (amount yet to be fixed)")
JOINT_ORDER = T(
    "没有先后顺序：可以请求其中任何一人、几人或者全体承担全部赔偿责任；一人赔偿后，其他人在相应范围内不再承担",
    "No order: the whole may be claimed from any one, several or all of them; what one pays discharges the others to that extent",
)


def for_claimant(findings: list[J]) -> list[J]:
    """Findings owed to the injured person, owed to his close relatives where he died (民法典
    1181(1), 侵权责任法18(1)): the claim is theirs, not the deceased's."""
    out = []
    for f in findings:
        if f["to_whom"] != VICTIM:
            out.append(f)
            continue
        for to_whom, cond in ((VICTIM, not_(DEATH)), (RELATIVES, DEATH)):
            when = cond if "when" not in f else all_(f["when"], cond)
            out.append(dict(f, to_whom=to_whom, when=when))
    return out


LIMITATION_WARNINGS = uses(
    "enforce_old_cpl",
    "enforce_1991",
    "police_restart",
    "knew_before_act",
    "limitation_1986_death",
    "knew_unknown_injured",
    "knew_unknown_claimed",
    "report_unknown",
    "end_unknown",
    "report_late",
    "criminal_pending",
    "criminal_pending_claimed",
    "pending_long",
    "pending_long_claimed",
)
VICTIM_WARNINGS = [
    *uses("old_law_1986"),
    *LIMITATION_WARNINGS,
    *uses(
        "ancillary_scope",
        "separate_suit_scope",
        "victim_fault",
        "victim_fault_unknown",
        "death",
        "judged_joint",
    ),
]
NOT_LIABLE_WARNINGS = [*uses("old_law_1986"), *LIMITATION_WARNINGS]
PAYER_WARNINGS = uses(
    "old_law_1986", "paid_before_act", "payer_defences", "payer_mixed", "rec_enforce_old_cpl"
)
ENV_WARNINGS = uses("environment_cc", "environment_tll", "punitive_env")
INJURED_STEPS_JOINT = uses(
    "inj_demand",
    "inj_demand_open",
    "inj_sue_joint",
    "inj_sue_joint_open",
    "inj_sue_joint_injury",
    "inj_sue_joint_injury_open",
    "inj_sue_mixed",
    "inj_sue_mixed_open",
    "inj_barred",
    "inj_pending",
    "inj_appeal",
    "inj_enforce_joint",
    "inj_reenforce",
    "inj_sue_others",
    "inj_ancillary",
    "inj_assess",
    "inj_value",
    "inj_legal_aid",
)
CLAIMED_STEPS_JOINT = uses(
    "cla_evidence",
    "cla_evidence_own",
    "cla_settle",
    "cla_no_iou",
    "cla_defend",
    "cla_appeal",
    "cla_pay_joint",
    "cla_criminal",
)
PAYER_STEPS = uses(
    "pay_demand", "pay_sue", "pay_barred", "pay_pending", "pay_appeal", "pay_enforce"
)
EVIDENCE = uses(
    "ev_injury",
    "ev_death",
    "ev_property",
    "ev_police",
    "ev_scene",
    "ev_joint",
    "ev_instigate",
    "ev_capacity",
    "ev_danger",
    "ev_env",
    "ev_causation",
    "ev_judgment",
    "ev_assets",
    "ev_fault",
    "ev_fault_property",
)
PAYER_EVIDENCE = uses("ev_payer", "ev_payer_shares")
CLAIMED_DEFENCES_JOINT = [
    *uses(
        "def_limitation_barred",
        "def_limitation_open",
        "def_limitation_ack",
        "def_limitation_ack_old",
        "def_limitation_served",
    ),
    *DEF_FAULT,
    *uses("def_amount", "def_amount_property", "def_paid"),
]


def outcome(
    node_id: str, code: str, title: J, summary: list[J], findings: list[J], **rest: Any
) -> J:
    node: J = {
        "id": node_id,
        "type": "outcome",
        "code": code,
        "title": title,
        "summary": summary,
        "findings": findings,
    }
    for key in (
        "remaining_liability",
        "deadlines",
        "defences",
        "recourse",
        "warnings",
        "next_steps",
        "evidence",
        "citations",
    ):
        if key in rest:
            node[key] = rest.pop(key)
    assert not rest, rest
    node["findings"] = for_claimant(node["findings"])
    node.setdefault("recourse", [])
    return node


INJURY_CITES = [
    *versions([(1179,)], [(16,)], [(119,)]),
]
INJURY_CITES = [dict(c, when=all_(c["when"], INJURY)) for c in INJURY_CITES]
ENV_OUTCOME_CITES = [dict(c, when=all_(c["when"], SEPARATE, ENV)) for c in ENV_CITES]
# Where the finding itself cites the sharing rule (1231 / 侵权责任法67), the outcome does not again.
ENV_OUTCOME_CITES_SEVERAL = [
    c for c in ENV_OUTCOME_CITES if (c["law"], c["article"]) not in ((CC, 1231), (TLL, 67))
]


def joint_finding(
    liable: J, basis: list[J], sublabel: J | None = None, when: J | None = None
) -> list[J]:
    return with_loss(
        lambda scope, cond: F(
            "连带责任", liable, VICTIM, scope, JOINT_ORDER, basis, sublabel, cond
        ),
        WHOLE_LOSS,
        WHOLE_OPEN,
        when,
    )


JT_A = outcome(
    "jt_a",
    "JT-A",
    T(
        "共同侵权：全体行为人承担连带责任",
        "Joint tort: all who took part are jointly and severally liable",
    ),
    [
        *judged(
            INJ,
            "{party.actors}共同实施侵权行为造成损害，应当承担连带责任：你可以请求其中任何一人、几人或者全体承担全部赔偿责任，不必分清每个人动手多少、各自造成了多少损害。",
            "The {party.actors} acted together and caused the harm, so they are jointly and severally liable: you may claim full compensation from any one, several or all of them, without showing who did how much.",
        ),
        *judged(
            CLA,
            "你参与了共同侵权行为，应当与其他行为人承担连带责任：受害方可以要求你一人承担全部赔偿责任。你实际赔偿超过自己份额的部分，可以向其他行为人追偿。你可以提出受害人也有过错、正当防卫等抗辩。",
            "You took part in the joint tort, so you are jointly and severally liable with the others: the injured side may claim full compensation from you alone. What you pay beyond your own share you can recover from the others. You may plead the victim's own fault or self-defence.",
        ),
    ],
    joint_finding(
        T("全体{party.actors}", "all the {party.actors}, who acted together"),
        versions([(1168,), (178, 1)], [(8,), (13,)], [(130,), (87,)]),
        T("共同侵权", "joint tort"),
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[*CLAIMED_DEFENCES_JOINT, *DEF_SELF_DEFENCE],
    recourse=RECOURSE_JOINT,
    warnings=[*VICTIM_WARNINGS, *uses("release_cc", "release_old")],
    next_steps=[*INJURED_STEPS_JOINT, *CLAIMED_STEPS_JOINT],
    evidence=EVIDENCE,
    citations=INJURY_CITES,
)

JT_B = outcome(
    "jt_b",
    "JT-B",
    T(
        "教唆、帮助他人侵权：教唆人、帮助人与行为人承担连带责任",
        "Instigating or helping: the instigators or helpers and the actor are jointly and severally liable",
    ),
    [
        *judged(
            INJ,
            "{party.instigators}教唆或者帮助{party.actors}实施侵权行为，应当与{party.actors}承担连带责任：你可以请求其中任何一人、几人或者全体承担全部赔偿责任，包括没有亲自动手的教唆人、帮助人。",
            "The {party.instigators} instigated or helped the {party.actors}, so they are jointly and severally liable with them: you may claim full compensation from any one, several or all of them, including those who did not act themselves.",
        ),
        *judged(
            CLA,
            "你教唆或者帮助{party.actors}实施侵权行为，应当与{party.actors}承担连带责任：即使你没有亲自动手，受害方也可以要求你承担全部赔偿责任。你实际赔偿超过自己份额的部分，可以向其他责任人追偿。",
            "You instigated or helped the {party.actors}, so you are jointly and severally liable with them: even though you did not act yourself, the injured side may claim full compensation from you. What you pay beyond your share you can recover from the others.",
            ans("role_adult", "instigator"),
        ),
        *judged(
            CLA,
            "你直接实施了侵权行为，教唆或者帮助你的{party.instigators}与你承担连带责任：受害方可以要求你承担全部赔偿责任；你实际赔偿超过自己份额的部分，可以向{party.instigators}追偿。",
            "You did the act, and the {party.instigators} who egged you on or helped are jointly and severally liable with you: the injured side may claim full compensation from you; what you pay beyond your share you can recover from the {party.instigators}.",
        ),
    ],
    joint_finding(
        T("{party.instigators}与{party.actors}", "the {party.instigators} and the {party.actors}"),
        versions([(1169, 1), (178, 1)], [(9, 1), (13,)], [(130,), (87,)]),
        T("教唆、帮助他人实施侵权行为", "instigating or helping a tort"),
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[*CLAIMED_DEFENCES_JOINT, *DEF_SELF_DEFENCE],
    recourse=RECOURSE_JOINT,
    warnings=[*VICTIM_WARNINGS, *uses("release_cc", "release_old")],
    next_steps=[*INJURED_STEPS_JOINT, *CLAIMED_STEPS_JOINT],
    evidence=EVIDENCE,
    citations=INJURY_CITES,
)

SPLIT_INSTIGATOR_BASIS = versions([(1169, 2)], [(9, 2)], [(130,)], extra_cc=[C(TI, 12, 1)])
SPLIT_GUARDIAN_BASIS = versions([(1169, 2)], [(9, 2)], [(133, 1)], extra_cc=[C(TI, 12, 1)])

JT_C = outcome(
    "jt_c",
    "JT-C",
    T(
        "教唆、帮助未成年人等侵权：教唆人、帮助人承担侵权责任，监护人承担相应的责任",
        "Instigating or helping a minor or a person lacking capacity: the instigators or helpers are liable, the guardian bears a corresponding liability",
    ),
    [
        *judged(
            INJ,
            "直接动手的{party.actors}是未成年人或者不能完全辨认自己行为的人。{party.instigators}教唆或者帮助了他，应当承担侵权责任，你可以请求{party.instigators}承担全部赔偿责任。{party.guardian}已经尽到监护职责，不承担责任。",
            "The {party.actors} who did the act is a minor or cannot fully understand his acts. The {party.instigators} who egged him on or helped are liable, and you may claim full compensation from them. The {party.guardian} fulfilled his duty and is not liable.",
            all_(FULFILLED, not_(IS_GPCL)),
        ),
        *judged(
            INJ,
            "直接动手的{party.actors}是未成年人或者不能完全辨认自己行为的人。{party.instigators}教唆或者帮助了他，应当承担侵权责任，你可以请求{party.instigators}承担全部赔偿责任；{party.guardian}没有尽到监护职责的，在相应的范围内承担责任。这不是连带责任：{party.guardian}不对全部损失负责，各方实际支付的总额也不会超过你的损失。",
            "The {party.actors} who did the act is a minor or cannot fully understand his acts. The {party.instigators} who egged him on or helped are liable, and you may claim full compensation from them; the {party.guardian}, if he failed in his duty, answers within that failure. This is not joint and several liability: the {party.guardian} does not answer for the whole, and what all pay together cannot exceed your loss.",
        ),
        *judged(
            CLA,
            "你教唆或者帮助未成年人（或者不能完全辨认自己行为的人）{party.actors}实施侵权行为，应当承担侵权人应当承担的全部责任：受害方可以要求你承担全部赔偿责任。{party.guardian}已经尽到监护职责，不承担责任，你赔偿后也不能要求他分担。",
            "You egged on or helped the {party.actors}, a minor or a person who cannot fully understand his acts, so you bear the whole liability: the injured side may claim full compensation from you. The {party.guardian} fulfilled his duty and is not liable, so you cannot make him share what you pay.",
            all_(ans("role_limited", "instigator"), FULFILLED, not_(IS_GPCL)),
        ),
        *judged(
            CLA,
            "你教唆或者帮助未成年人（或者不能完全辨认自己行为的人）{party.actors}实施侵权行为，应当承担侵权人应当承担的全部责任：受害方可以要求你承担全部赔偿责任。{party.guardian}没有尽到监护职责的，只在相应的范围内与你共同承担，不是与你承担连带责任的人；他先行赔偿的，可以就超过自己相应责任的部分向你追偿。",
            "You egged on or helped the {party.actors}, a minor or a person who cannot fully understand his acts, so you bear the whole liability: the injured side may claim full compensation from you. The {party.guardian}, if he failed in his duty, shares only within that failure and is not jointly liable with you; if he pays first, he may recover from you what exceeds his corresponding part.",
            ans("role_limited", "instigator"),
        ),
        *judged(
            CLA,
            "{party.instigators}应当承担全部侵权责任。监护人已经尽到监护职责的，不承担责任；你应当准备证明已经尽到监护职责的证据。",
            "The {party.instigators} bear the whole liability. A guardian who fulfilled his duty is not liable; prepare the evidence that you did.",
            all_(FULFILLED, not_(IS_GPCL)),
        ),
        *judged(
            CLA,
            "{party.instigators}应当承担侵权责任。按照当时的民法通则，监护人尽了监护责任的，只能适当减轻其责任；你应当准备证明已经尽到监护责任的证据。",
            "The {party.instigators} are liable. Under the General Principles then in force, a guardian who did his duty only had his liability reduced; prepare the evidence that you did.",
            IS_GPCL,
        ),
        *judged(
            CLA,
            "{party.instigators}应当承担全部侵权责任。监护人没有尽到监护职责的，只在相应的范围内承担责任，不与{party.instigators}承担连带责任，双方实际支付的总额不超过受害人的损失；已经尽到监护职责的，不承担责任。",
            "The {party.instigators} bear the whole liability. A guardian who failed in his duty answers only within that failure, not jointly with the {party.instigators}, and what both pay together cannot exceed the loss; one who fulfilled his duty is not liable.",
        ),
    ],
    [
        *with_loss(
            lambda scope, cond: F(
                "赔偿责任",
                T("{party.instigators}", "the {party.instigators}"),
                VICTIM,
                scope,
                T(
                    "可以直接请求教唆人、帮助人承担全部赔偿责任",
                    "Full compensation may be claimed from the instigators or helpers directly",
                ),
                SPLIT_INSTIGATOR_BASIS,
                T(
                    "承担侵权人应当承担的全部责任，不是与监护人的连带责任",
                    "the whole liability, not jointly with the guardian",
                ),
                cond,
            ),
            WHOLE_LOSS,
            WHOLE_OPEN,
        ),
        F(
            "相应的责任",
            T("{party.guardian}", "the {party.guardian}"),
            VICTIM,
            T(
                "与其未尽到监护职责相应的部分；与教唆人、帮助人实际支付的总额不超过全部损失",
                "the part matching his failure of duty; what he and the instigators pay together cannot exceed the whole loss",
            ),
            T(
                "与教唆人、帮助人共同承担，但不是连带责任",
                "Alongside the instigators or helpers, but not jointly and severally",
            ),
            SPLIT_GUARDIAN_BASIS,
            T("在未尽到监护职责的范围内", "within his failure of duty"),
            ans("guardian_duty", "failed"),
        ),
        F(
            "相应的责任",
            T("{party.guardian}", "the {party.guardian}"),
            VICTIM,
            T("与其未尽到监护职责相应的部分", "the part matching his failure of duty"),
            T(
                "与教唆人、帮助人共同承担，但不是连带责任",
                "Alongside the instigators or helpers, but not jointly and severally",
            ),
            SPLIT_GUARDIAN_BASIS,
            T("若未尽到监护职责", "if he failed in his duty"),
            unknown("guardian_duty"),
            ["guardian_duty"],
        ),
        F(
            "不承担责任",
            T("{party.guardian}", "the {party.guardian}"),
            VICTIM,
            T(
                "已经尽到监护职责，不承担责任；全部损失由教唆人、帮助人承担",
                "he fulfilled his duty and is not liable; the instigators or helpers bear the whole loss",
            ),
            T("—", "—"),
            SPLIT_GUARDIAN_BASIS,
            None,
            all_(ans("guardian_duty", "fulfilled"), not_(IS_GPCL)),
        ),
        F(
            "相应的责任",
            T("{party.guardian}", "the {party.guardian}"),
            VICTIM,
            T(
                "尽了监护责任的，可以适当减轻其责任",
                "having done his duty, his liability may be reduced",
            ),
            T("—", "—"),
            [C(GPCL, 133, 1)],
            T(
                "民法通则时期：尽了监护责任的，只能适当减轻责任",
                "under the General Principles: a guardian who did his duty only has his liability reduced",
            ),
            all_(ans("guardian_duty", "fulfilled"), IS_GPCL),
        ),
    ],
    deadlines=SPLIT_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        ),
        *DEF_FAULT,
        *DEF_GUARDIAN,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=RECOURSE_SPLIT,
    warnings=[
        *VICTIM_WARNINGS,
        *uses("guardian_unknown", "instigator_no_excuse", "guardian_share_old"),
    ],
    next_steps=[
        *uses(
            "inj_demand",
            "inj_demand_open",
            "inj_sue_split",
            "inj_sue_split_open",
            "inj_barred",
            "inj_pending",
            "inj_appeal",
            "inj_enforce",
            "inj_reenforce",
            "inj_ancillary",
            "inj_assess",
            "inj_value",
            "inj_legal_aid",
        ),
        *uses(
            "cla_evidence",
            "cla_evidence_own",
            "cla_settle",
            "cla_no_iou",
            "cla_defend",
            "cla_appeal",
            "cla_pay",
            "cla_criminal",
        ),
    ],
    evidence=EVIDENCE,
    citations=INJURY_CITES,
)

JT_D = outcome(
    "jt_d",
    "JT-D",
    T(
        "共同危险行为：不能确定具体侵权人，全体行为人承担连带责任",
        "Dangerous act by several: the actual tortfeasor unknown, all who took part are jointly and severally liable",
    ),
    [
        *judged(
            INJ,
            "{party.actors}都实施了危及他人安全的行为，损害是其中某个人或者某几个人造成的，但不能确定是谁：全体行为人承担连带责任，你可以请求其中任何一人、几人或者全体承担全部赔偿责任。将来查明具体侵权人的，只由该侵权人承担责任。",
            "The {party.actors} each did something dangerous; one or some of them caused the harm, but it cannot be told who: all of them are jointly and severally liable, and you may claim full compensation from any one, several or all. If the actual tortfeasor is identified later, he alone is liable.",
        ),
        *judged(
            CLA,
            "你也实施了危险行为，而具体是谁造成的损害不能确定：你要与其他行为人承担连带责任，受害方可以要求你承担全部赔偿责任。只证明自己的行为没有造成损害还不够；只有确定了具体侵权人，才由该侵权人单独承担。你实际赔偿超过自己份额的部分，可以向其他行为人追偿。",
            "You too did the dangerous act, and who caused the harm cannot be told: you are jointly and severally liable with the others, and the injured side may claim full compensation from you. Proving that your own act did not cause it is not enough; only if the actual tortfeasor is identified does he bear it alone. What you pay beyond your share you can recover from the others.",
        ),
    ],
    joint_finding(
        T("实施了危险行为的全体{party.actors}", "all the {party.actors} who did the dangerous act"),
        versions([(1170,), (178, 1)], [(10,), (13,)], [(130,), (87,)]),
        T(
            "共同危险行为，不能确定具体侵权人",
            "dangerous act by several, actual tortfeasor unknown",
        ),
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
            "def_identify",
        ),
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *VICTIM_WARNINGS,
        *uses(
            "identified_unknown", "danger_proof_cc", "danger_proof_tll", "release_cc", "release_old"
        ),
    ],
    next_steps=[*INJURED_STEPS_JOINT, *CLAIMED_STEPS_JOINT],
    evidence=EVIDENCE,
    citations=INJURY_CITES,
)

IDENTIFIED = T("已经查明的具体侵权人", "the identified actual tortfeasor")
DANGER_ALONE_BASIS = versions([(1170,)], [(10,)], [(130,)])
DANGER_RELEASE_BASIS = versions([(1170,)], [(10,)], [(106, 2)])

ALONE_FINDINGS = [
    *with_loss(
        lambda scope, cond: F(
            "赔偿责任",
            IDENTIFIED,
            VICTIM,
            scope,
            T("由具体侵权人单独承担", "The actual tortfeasor alone"),
            DANGER_ALONE_BASIS,
            T("具体侵权人单独承担，不是连带责任", "the actual tortfeasor alone, not jointly"),
            cond,
        ),
        WHOLE_LOSS,
        WHOLE_OPEN,
    ),
    F(
        "不承担责任",
        T(
            "实施了危险行为、但没有造成损害的其他行为人",
            "the others who did the dangerous act but did not cause the harm",
        ),
        VICTIM,
        T("对该损害不承担赔偿责任", "no liability for this harm"),
        T("—", "—"),
        DANGER_RELEASE_BASIS,
    ),
]

JT_E = outcome(
    "jt_e",
    "JT-E",
    T(
        "共同危险行为：已经查明具体侵权人，由该侵权人承担责任",
        "Dangerous act by several: the actual tortfeasor identified and alone liable",
    ),
    [
        *judged(
            INJ,
            "已经查明具体是谁的行为造成了损害：由该具体侵权人承担赔偿责任，其他实施了危险行为的人不承担责任。请向具体侵权人请求赔偿。",
            "It has been established whose act caused the harm: that person alone is liable, and the others who did the dangerous act are not. Claim compensation from him.",
        ),
        *judged(
            CLA,
            "已经查明是你的行为造成了损害：由你承担赔偿责任，其他实施了危险行为的人不承担责任，你也不能向他们追偿。你仍可以就受害人的过错（如有）、损失数额等提出抗辩。",
            "It has been established that your act caused the harm: you are liable, the others who did the dangerous act are not, and you cannot recover from them. You may still raise the victim's own fault, if any, and dispute the amount.",
        ),
    ],
    ALONE_FINDINGS,
    deadlines=ONE_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        ),
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    warnings=VICTIM_WARNINGS,
    next_steps=[
        *uses(
            "inj_demand",
            "inj_demand_open",
            "inj_sue_identified",
            "inj_sue_identified_open",
            "inj_barred",
            "inj_pending",
            "inj_appeal",
            "inj_enforce",
            "inj_reenforce",
            "inj_ancillary",
            "inj_assess",
            "inj_value",
            "inj_legal_aid",
        ),
        *uses(
            "cla_evidence",
            "cla_evidence_own",
            "cla_settle",
            "cla_no_iou",
            "cla_defend",
            "cla_appeal",
            "cla_pay",
            "cla_criminal",
        ),
    ],
    evidence=EVIDENCE,
    citations=INJURY_CITES,
)

JT_RE = outcome(
    "jt_re",
    "JT-RE",
    T(
        "共同危险行为：当事人就是查明的具体侵权人，不能向其他人追偿",
        "Dangerous act by several: the client is the identified tortfeasor and cannot recover from the others",
    ),
    [
        S(
            PAY,
            "已经查明是你的行为造成了损害：应当由你承担全部赔偿责任，其他实施了危险行为的人不承担责任。你已经支付的{amount.paid_amount}是你自己的责任，不能向他们追偿；{party.victim}尚未得到赔偿的部分，仍由你承担。",
            "It has been established that your act caused the harm: the whole liability is yours and the others who did the dangerous act are not liable. The {amount.paid_amount} you paid was your own debt and cannot be recovered from them; what the {party.victim} is still owed remains yours to pay.",
        )
    ],
    [
        F(
            "赔偿责任",
            T("当事人（已经查明的具体侵权人）", "the client (the identified actual tortfeasor)"),
            VICTIM,
            WHOLE_PAID,
            T("由具体侵权人单独承担", "The actual tortfeasor alone"),
            DANGER_ALONE_BASIS,
            T("具体侵权人单独承担，不是连带责任", "the actual tortfeasor alone, not jointly"),
        ),
        ALONE_FINDINGS[-1],
    ],
    warnings=uses("old_law_1986"),
    next_steps=[
        N(
            "对{party.victim}尚未得到赔偿的部分，按判决或者协议履行，并保留付款凭证。",
            "Pay what the {party.victim} is still owed as judged or agreed, and keep the receipts.",
            PAY,
        ),
    ],
    evidence=uses("ev_payer", "ev_danger"),
)

JT_O = outcome(
    "jt_o",
    "JT-O",
    T(
        "共同危险行为：具体侵权人是他人，当事人不承担责任",
        "Dangerous act by several: someone else was identified, the client is not liable",
    ),
    judged(
        CLA,
        "已经查明造成损害的是其他人：只由该具体侵权人承担责任。你虽然也实施了危险行为，但不承担赔偿责任；被起诉的，可以提交查明具体侵权人的证据抗辩。",
        "Someone else was identified as having caused the harm: he alone is liable. Although you too did the dangerous act, you are not liable; if sued, produce the evidence identifying him.",
    ),
    [
        F(
            "不承担责任",
            T(
                "当事人（实施了危险行为、但没有造成损害）",
                "the client (did the dangerous act but did not cause the harm)",
            ),
            VICTIM,
            T("对该损害不承担赔偿责任", "no liability for this harm"),
            T("—", "—"),
            DANGER_RELEASE_BASIS,
        )
    ],
    remaining_liability=T(
        "已经查明的具体侵权人对受害方承担全部赔偿责任。",
        "The identified actual tortfeasor remains liable to the injured side for the whole loss.",
    ),
    deadlines=VICTIM_DEADLINES,
    defences=uses(
        "def_identified_other",
        "def_limitation_barred",
        "def_limitation_open",
        "def_limitation_ack",
        "def_limitation_ack_old",
        "def_limitation_served",
    ),
    warnings=NOT_LIABLE_WARNINGS,
    next_steps=uses("cla_evidence", "cla_evidence_own", "cla_defend", "cla_appeal", "cla_pay"),
    evidence=uses("ev_danger", "ev_scene", "ev_judgment"),
)

JT_RO = outcome(
    "jt_ro",
    "JT-RO",
    T(
        "共同危险行为：具体侵权人是他人，当事人本不承担责任",
        "Dangerous act by several: someone else was identified, the client was not liable",
    ),
    [
        S(
            PAY,
            "已经查明造成损害的是其他人：本应由该具体侵权人单独承担责任，你不承担赔偿责任。你已经支付的{amount.paid_amount}能否收回、向谁收回（具体侵权人或者{party.victim}），取决于你付款时的情况（例如是否依据当时的判决付款），有争议，请律师复核。",
            "Someone else was identified as having caused the harm: he alone should bear it, and you are not liable. Whether and from whom (the actual tortfeasor or the {party.victim}) you can get back the {amount.paid_amount} you paid depends on how you came to pay (e.g. under a judgment given before) and is contested — have a lawyer check.",
        )
    ],
    [
        F(
            "不承担责任",
            T(
                "当事人（实施了危险行为、但没有造成损害）",
                "the client (did the dangerous act but did not cause the harm)",
            ),
            VICTIM,
            T("对该损害不承担赔偿责任", "no liability for this harm"),
            T("—", "—"),
            DANGER_RELEASE_BASIS,
        )
    ],
    remaining_liability=T(
        "已经查明的具体侵权人对受害方承担全部赔偿责任。",
        "The identified actual tortfeasor remains liable to the injured side for the whole loss.",
    ),
    deadlines=PAYER_DEADLINES,
    warnings=uses("old_law_1986", "paid_before_act", "payer_identified_other"),
    next_steps=[
        N(
            "请律师根据付款时的情况判断能否请求具体侵权人或者{party.victim}返还已经支付的赔偿，并注意“期限”部分的诉讼时效。",
            "Have a lawyer judge, from how you came to pay, whether you can claim back what you paid from the actual tortfeasor or the {party.victim}; mind the limitation period among the deadlines.",
            PAY,
        ),
    ],
    evidence=uses("ev_payer", "ev_danger"),
)

FAULT_RULE = versions([(1165, 1)], [(6, 1)], [(106, 2)])
JT_N = outcome(
    "jt_n",
    "JT-N",
    T("没有参与侵权行为：当事人不承担责任", "Did not take part: the client is not liable"),
    judged(
        CLA,
        "你只是在场，没有参与实施，也没有教唆或者帮助：你不是侵权人，不对这一损害承担赔偿责任。但是否参与要靠证据认定：在场呐喊助威、阻拦他人劝架、递送工具、望风等，都可能被认定为帮助，从而与行为人承担连带责任。",
        "You were only there: you neither took part nor instigated or helped, so you are not a tortfeasor and not liable for this harm. But whether you took part is a matter of proof: cheering on, stopping others from intervening, handing over tools or keeping watch may count as helping, with joint and several liability.",
    ),
    [
        F(
            "不承担责任",
            T("当事人", "the client"),
            VICTIM,
            T(
                "对该损害不承担赔偿责任（以能够证明没有参与实施、教唆或者帮助为前提）",
                "no liability for this harm (provided it can be shown that he neither took part, instigated nor helped)",
            ),
            T("—", "—"),
            [
                *[dict(c, when=all_(c["when"], JOINT)) for c in JOINT_CITES],
                *[
                    dict(c, when=all_(c["when"], INSTIGATE))
                    for c in versions([(1169,)], [(9,)], [(130,)])
                ],
                *[dict(c, when=all_(c["when"], DANGER)) for c in DANGER_CITES],
                *FAULT_RULE,
            ],
        )
    ],
    remaining_liability=T(
        "实际参与实施、教唆或者帮助的其他人，仍应当依法对受害方承担责任。",
        "The others who actually took part, instigated or helped remain liable to the injured side as the law provides.",
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[
        *uses(
            "def_present",
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        )
    ],
    warnings=[*NOT_LIABLE_WARNINGS, *uses("presence")],
    next_steps=uses("cla_evidence", "cla_evidence_own", "cla_defend", "cla_appeal", "cla_pay"),
    evidence=[
        *uses("ev_scene", "ev_police", "ev_judgment"),
        N(
            "证明当时自己所在位置和所做事情的材料（通话记录、消费记录、证人）",
            "Records of where you were and what you did (calls, payments, witnesses)",
            CLA,
        ),
    ],
)

JT_P = outcome(
    "jt_p",
    "JT-P",
    T("行为与损害没有因果关系：当事人不承担责任", "No causal link: the client is not liable"),
    [
        *judged(
            CLA,
            "你的行为与这一损害没有因果关系：你不是造成同一损害的行为人之一，不承担赔偿责任。这一点要靠证据证明；污染环境、破坏生态的案件中，要由你自己证明没有因果关系。",
            "Your act did not contribute to this harm: you are not one of those who caused it and are not liable. This must be proved; in a pollution case it is for you to prove that there was no causal link.",
        ),
    ],
    [
        F(
            "不承担责任",
            T("当事人", "the client"),
            VICTIM,
            T(
                "对该损害不承担赔偿责任（以能够证明没有因果关系为前提）",
                "no liability for this harm (provided the absence of a causal link is shown)",
            ),
            T("—", "—"),
            [
                *FAULT_RULE,
                *[dict(c, when=all_(c["when"], ENV)) for c in versions([(1230,)], [(66,)], [])],
            ],
        )
    ],
    remaining_liability=T(
        "行为与损害有因果关系的其他行为人，仍应当依法对受害方承担责任。",
        "The other actors whose acts caused the harm remain liable to the injured side as the law provides.",
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[
        *DEF_NO_CAUSE,
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        ),
    ],
    warnings=[*NOT_LIABLE_WARNINGS, *uses("environment_cc", "environment_tll")],
    next_steps=uses("cla_evidence", "cla_evidence_own", "cla_defend", "cla_appeal", "cla_pay"),
    evidence=uses("ev_causation", "ev_env", "ev_scene", "ev_judgment"),
)

JT_F = outcome(
    "jt_f",
    "JT-F",
    T(
        "分别侵权，每个人的行为都足以造成全部损害：行为人承担连带责任",
        "Separate acts, each enough for the whole harm: the actors are jointly and severally liable",
    ),
    [
        *judged(
            INJ,
            "{party.actors}分别实施侵权行为造成同一损害，每个人的行为都足以造成全部损害：行为人承担连带责任，你可以请求其中任何一人、几人或者全体承担全部赔偿责任。",
            "The {party.actors} acted separately and caused one harm, each act alone being enough for all of it: they are jointly and severally liable, and you may claim full compensation from any one, several or all of them.",
        ),
        *judged(
            CLA,
            "你的行为单独就足以造成全部损害，所以即使其他人也有行为，你也要与他们承担连带责任：受害方可以要求你承担全部赔偿责任。你实际赔偿超过自己份额的部分，可以向其他行为人追偿。能够证明自己的行为不足以造成全部损害的，只按份承担。",
            "Your act alone was enough for the whole harm, so even though others acted too you are jointly and severally liable with them: the injured side may claim full compensation from you. What you pay beyond your share you can recover from the others. If you can show your act alone was not enough, you answer only for your share.",
        ),
    ],
    joint_finding(
        T(
            "行为足以造成全部损害的全体{party.actors}",
            "all the {party.actors}, each of whose acts was enough for the whole harm",
        ),
        versions([(1171,), (178, 1)], [(11,), (13,)], [(130,), (87,)]),
        T(
            "分别侵权，每个人的行为都足以造成全部损害",
            "separate acts, each enough for the whole harm",
        ),
    ),
    deadlines=VICTIM_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        ),
        *DEF_SUFFICIENT,
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[*VICTIM_WARNINGS, *ENV_WARNINGS, *uses("release_cc", "release_old")],
    next_steps=[*INJURED_STEPS_JOINT, *CLAIMED_STEPS_JOINT],
    evidence=EVIDENCE,
    citations=[*INJURY_CITES, *ENV_OUTCOME_CITES],
)

DET = ans("shares_known", "determinable")
EQUAL = ans("shares_known", "equal")
PDET = ans("payer_shares", "determinable")
PEQUAL = ans("payer_shares", "equal")


def eq(n: str) -> J:
    return all_(EQUAL, ans("count", n))


def peq(n: str) -> J:
    return all_(PEQUAL, ans("payer_count", n))


SEVERAL_BASIS = [
    *PARTIAL_CITES,
    *[dict(c, when=all_(c["when"], ENV)) for c in versions([(1231,)], [(67,)], [])],
]


def several_scope(cond: J, scope: J, when: J | None = None) -> J:
    return F(
        "按份责任",
        T("{party.actors}各自", "each of the {party.actors} separately"),
        VICTIM,
        scope,
        T(
            "各自承担自己的份额，相互之间没有连带关系；一人不能赔付的部分，不能要求其他人承担",
            "Each pays his own share; none answers for another's, and what one cannot pay the others need not",
        ),
        SEVERAL_BASIS,
        T("分别侵权，各自只造成部分损害", "separate acts, each causing part of the harm"),
        cond if when is None else all_(when, cond),
    )


NO_FAULT = not_(FAULT)
SEVERAL_FINDINGS = [
    several_scope(
        all_(DET, NO_FAULT),
        T("与各自责任大小相应的份额", "a share matching each one's responsibility"),
    ),
    several_scope(
        all_(DET, FAULT),
        T(
            "与各自责任大小相应的份额，因受害人自己的过错相应减轻（减轻多少由法院确定）",
            "a share matching each one's responsibility, reduced for the injured person's own fault (by how much is for the court)",
        ),
    ),
    *[
        several_scope(
            all_(eq(f"c{n}"), AMOUNT_GIVEN, NO_FAULT),
            T(
                f"平均承担：每人{{amount.share_{n}}}（全部损失{{amount.damage_amount}}的{frac}）",
                f"equal shares: {{amount.share_{n}}} each ({frac_en} of the whole loss of {{amount.damage_amount}})",
            ),
        )
        for n, frac, frac_en in (
            ("2", "二分之一", "one half"),
            ("3", "三分之一", "one third"),
            ("4", "四分之一", "one quarter"),
        )
    ],
    several_scope(
        all_(EQUAL, NO_FAULT, any_(ans("count", "more"), AMOUNT_OPEN)),
        T(
            "平均承担：全部损失按责任人数平均分担",
            "equal shares: the whole loss divided by the number of those liable",
        ),
    ),
    several_scope(
        all_(EQUAL, FAULT),
        T(
            "平均承担：全部损失因受害人自己的过错相应减轻（减轻多少由法院确定）后，按责任人数平均分担",
            "equal shares: the whole loss, reduced for the injured person's own fault (by how much is for the court), divided by the number of those liable",
        ),
    ),
]

JT_G = outcome(
    "jt_g",
    "JT-G",
    T(
        "分别侵权，各自只造成部分损害：按份责任",
        "Separate acts, each causing part of the harm: several liability",
    ),
    [
        *judged(
            INJ,
            "{party.actors}分别实施侵权行为造成同一损害，但每个人的行为都只造成了一部分：他们各自承担相应的责任（按份责任），不是连带责任。你需要分别向每个人请求其份额，一个人不能赔付的部分，不能要求其他人承担。",
            "The {party.actors} acted separately and caused one harm, each causing only part: each answers for his own share (several liability), not jointly and severally. You must claim each one's share from him; what one cannot pay, the others need not.",
        ),
        *judged(
            CLA,
            "你的行为只造成了损害的一部分，与其他行为人之间是按份责任：你只承担与自己责任大小相应的份额（难以确定的，平均承担），不对其他人的份额负责。",
            "Your act caused only part of the harm, so you and the others are severally liable: you answer only for a share matching your responsibility (equal shares if it cannot be determined), not for the others'.",
        ),
    ],
    SEVERAL_FINDINGS,
    deadlines=SEVERAL_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
            "def_several",
        ),
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=RECOURSE_SEVERAL,
    warnings=[*VICTIM_WARNINGS, *ENV_WARNINGS, *uses("several_interruption")],
    next_steps=[
        *uses(
            "inj_demand",
            "inj_demand_open",
            "inj_sue_several",
            "inj_sue_several_open",
            "inj_barred",
            "inj_pending",
            "inj_appeal",
            "inj_enforce",
            "inj_reenforce",
            "inj_ancillary",
            "inj_assess",
            "inj_value",
            "inj_legal_aid",
        ),
        *uses(
            "cla_evidence",
            "cla_evidence_own",
            "cla_settle",
            "cla_no_iou",
            "cla_defend",
            "cla_appeal",
            "cla_pay",
            "cla_criminal",
        ),
    ],
    evidence=EVIDENCE,
    citations=[*INJURY_CITES, *ENV_OUTCOME_CITES_SEVERAL],
)

MIXED_ENV_ZH = "最高人民法院关于生态环境侵权的司法解释对此作了规定：足以造成全部损害的侵权人对全部损害承担责任，并与只造成部分损害的侵权人就共同造成的那部分损害承担连带责任。"
MIXED_ENV_EN = "The SPC's interpretation on environmental torts settles it: whoever's discharge was enough answers for the whole harm, jointly with those who caused part for the part caused together."
MIXED_OPEN_ZH = "法律对此没有明文规定，通常的处理是：行为足以造成全部损害的人对全部损失负责，并与只造成部分损害的人在共同造成的那部分范围内承担连带责任；这一结论有争议。"
MIXED_OPEN_EN = "The law does not say what happens here; the usual answer is that those whose act was enough answer for the whole loss, jointly with those who caused part for the part caused together — a contested view."
JT_M = outcome(
    "jt_m",
    "JT-M",
    T(
        "分别侵权，有的行为足以造成全部损害、有的只造成一部分：在共同造成的部分内连带",
        "Separate acts, some enough for the whole harm and some not: joint liability for the part caused together",
    ),
    [
        *judged(
            INJ,
            "有的行为人的行为足以造成全部损害，有的只造成一部分。"
            + MIXED_ENV_ZH
            + "你可以请求行为足以造成全部损害的人承担全部赔偿责任；只造成部分损害的人，只在共同造成的那部分范围内与他连带。",
            "Some acts were enough for the whole harm, others caused part. "
            + MIXED_ENV_EN
            + " You may claim full compensation from the one whose act was enough; the one who caused part answers jointly only within that part.",
            ENV,
        ),
        *judged(
            INJ,
            "有的行为人的行为足以造成全部损害，有的只造成一部分。"
            + MIXED_OPEN_ZH
            + "按这一处理，你可以请求行为足以造成全部损害的人承担全部赔偿责任；只造成部分损害的人，只对该部分负责。",
            "Some acts were enough for the whole harm, others caused part. "
            + MIXED_OPEN_EN
            + " On that view you may claim full compensation from the one whose act was enough; the one who caused part answers only for that part.",
        ),
        *judged(
            CLA,
            "有的行为足以造成全部损害，有的只造成一部分。"
            + MIXED_ENV_ZH
            + "你的行为足以造成全部损害的，你对全部损失负责；你的行为只造成一部分的，你只在这一部分的范围内与其他人承担连带责任。",
            "Some acts were enough for the whole harm, others caused part. "
            + MIXED_ENV_EN
            + " If yours was enough, you answer for the whole loss; if yours caused part, you answer jointly only within that part.",
            ENV,
        ),
        *judged(
            CLA,
            "有的行为足以造成全部损害，有的只造成一部分。"
            + MIXED_OPEN_ZH
            + "按这一处理，你的行为足以造成全部损害的，你对全部损失负责；你的行为只造成一部分的，你只在这一部分的范围内与其他人承担连带责任。",
            "Some acts were enough for the whole harm, others caused part. "
            + MIXED_OPEN_EN
            + " On that view, if yours was enough you answer for the whole loss; if yours caused part, you answer jointly only within that part.",
        ),
    ],
    [
        *(
            F(
                "连带责任",
                T("全体{party.actors}", "all the {party.actors}"),
                VICTIM,
                T(
                    "只造成部分损害的行为人所造成的那部分损失（共同造成的部分）",
                    "the part of the loss caused by those whose act caused only part (the part caused together)",
                ),
                T(
                    "在这一部分范围内，可以请求其中任何一人承担；只造成部分损害的行为人不对其余部分负责",
                    "Within that part, any of them may be asked to pay it; those who caused part answer for nothing beyond it",
                ),
                versions([(1171,), (1172,)], [(11,), (12,)], [(130,)]),
                T(sub_zh, sub_en),
                cond,
            )
            for sub_zh, sub_en, cond in (
                ("在共同造成的部分范围内", "for the part caused together", ENV),
                (
                    "在共同造成的部分范围内（有争议）",
                    "for the part caused together (contested)",
                    NOT_ENV,
                ),
            )
        ),
        *(
            F(
                "赔偿责任",
                T(
                    "{party.actors}中行为足以造成全部损害的人",
                    "those of the {party.actors} whose act was enough for the whole harm",
                ),
                VICTIM,
                T(
                    "其余的损失（受害人自己有过错的，相应减轻）",
                    "the rest of the loss (reduced if the injured person was at fault)",
                ),
                T(
                    "只由行为足以造成全部损害的行为人承担",
                    "Borne only by those whose act was enough for the whole harm",
                ),
                versions([(1171,)], [(11,)], [(130,)]),
                T(sub_zh, sub_en),
                cond,
            )
            for sub_zh, sub_en, cond in (
                ("超出共同造成部分的损失", "the loss beyond the part caused together", ENV),
                (
                    "超出共同造成部分的损失（有争议）",
                    "the loss beyond the part caused together (contested)",
                    NOT_ENV,
                ),
            )
        ),
    ],
    deadlines=MIX_DEADLINES,
    defences=[
        *uses(
            "def_limitation_barred",
            "def_limitation_open",
            "def_limitation_ack",
            "def_limitation_ack_old",
            "def_limitation_served",
        ),
        *DEF_SUFFICIENT,
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=RECOURSE_JOINT,
    warnings=[
        *VICTIM_WARNINGS,
        *uses("mixed", "mixed_env"),
        *ENV_WARNINGS,
        *uses("release_cc", "release_old"),
    ],
    next_steps=[*INJURED_STEPS_JOINT, *CLAIMED_STEPS_JOINT],
    evidence=EVIDENCE,
    citations=[*INJURY_CITES, *ENV_OUTCOME_CITES],
)

PATTERN_UNKNOWN = unknown("pattern")
SUFFICIENCY_UNKNOWN = unknown("sufficiency")
JOINT_IF = T(
    "若属共同实施、教唆帮助完全民事行为能力人、共同危险（不能确定具体侵权人）或者每个人的行为都足以造成全部损害",
    "if they acted together, instigated or helped a fully capable actor, did a dangerous act with the tortfeasor unknown, or each act alone was enough",
)
SUFFICIENT_IF = T(
    "若每个人的行为都足以造成全部损害", "if each act alone was enough for the whole harm"
)
SEVERAL_IF = T("若各自的行为只造成部分损害", "if each act caused only part of the harm")
UNKNOWN_PATTERN_BASIS = versions(
    [(1168,), (1169, 1), (1170,), (1171,), (178, 1)],
    [(8,), (9, 1), (10,), (11,), (13,)],
    [(130,), (87,)],
)
UNKNOWN_SUFFICIENCY_BASIS = versions([(1171,), (178, 1)], [(11,), (13,)], [(130,), (87,)])

JT_U = outcome(
    "jt_u",
    "JT-U",
    T(
        "行为方式待核实：可能是连带责任，也可能是按份责任",
        "How the harm was caused is still to verify: joint and several, or several liability",
    ),
    [
        S(
            INJ,
            "各行为人是分别实施的行为，但每个人的行为是否足以造成全部损害还不清楚：都足以造成全部损害的，行为人承担连带责任，你可以向任何一人请求全部赔偿；各自只造成一部分的，按份承担，你要分别向每个人请求其份额。请先通过鉴定等核实。",
            "The actors acted separately, but whether each act alone was enough for the whole harm is not known: if so, they are jointly and severally liable and you may claim the whole from any one; if each caused part, each answers for his share and you must claim from each. Verify it first, e.g. by an expert opinion.",
            SUFFICIENCY_UNKNOWN,
        ),
        S(
            INJ,
            "几个人是怎样造成损害的还不清楚：共同实施、教唆帮助、共同危险（不能确定具体侵权人）或者每个人的行为都足以造成全部损害的，行为人承担连带责任，你可以向任何一人请求全部赔偿；各自的行为只造成一部分损害的，按份承担。请先核实事实。",
            "How the several persons caused the harm is not known: acting together, instigating or helping, a dangerous act with the tortfeasor unknown, or separate acts each enough for the whole harm mean joint and several liability, and you may claim the whole from any one; separate acts each causing part mean several liability. Verify the facts first.",
        ),
        S(
            CLA,
            "几个人是怎样造成损害的还不清楚：如果属于共同实施、教唆帮助、共同危险或者每个人的行为都足以造成全部损害，你可能要与其他人承担连带责任，被要求承担全部赔偿责任；如果各自只造成一部分，你只承担自己的份额。请先核实事实，准备相应的证据。",
            "How the several persons caused the harm is not known: if they acted together, instigated or helped, did a dangerous act, or each act was enough for the whole harm, you may be jointly and severally liable for the whole loss; if each caused part, you answer only for your share. Verify the facts first and prepare the evidence.",
        ),
        S(
            PAY,
            "你能否向其他人追偿、追偿多少，取决于这是不是连带责任：属于连带责任的，你可以就超过自己份额的部分向其他连带责任人追偿；属于按份责任的，你只应当承担自己的份额，多付的部分不能依连带责任的规则追偿。请先核实几个人是怎样造成损害的。",
            "Whether and how much you can recover from the others depends on whether the liability is joint and several: if it is, you recover what you paid beyond your share from the others; if it is several, you owed only your share and what you overpaid cannot be recovered under the rules for joint debtors. Verify first how the harm was caused.",
        ),
    ],
    [
        *with_loss(
            lambda scope, cond: F(
                "连带责任",
                T("各{party.actors}", "the {party.actors}"),
                VICTIM,
                scope,
                JOINT_ORDER,
                UNKNOWN_PATTERN_BASIS,
                T(JOINT_IF["zh"], JOINT_IF["en"]),
                all_(cond, PATTERN_UNKNOWN),
            ),
            WHOLE_LOSS,
            WHOLE_OPEN,
            payer=True,
        ),
        *with_loss(
            lambda scope, cond: F(
                "连带责任",
                T("各{party.actors}", "the {party.actors}"),
                VICTIM,
                scope,
                JOINT_ORDER,
                UNKNOWN_SUFFICIENCY_BASIS,
                SUFFICIENT_IF,
                all_(cond, SUFFICIENCY_UNKNOWN),
            ),
            WHOLE_LOSS,
            WHOLE_OPEN,
            payer=True,
        ),
        F(
            "按份责任",
            T("每个行为人各自", "each actor separately"),
            VICTIM,
            T(
                "与各自责任大小相应的份额；难以确定的，平均承担",
                "a share matching each one's responsibility; equal shares if it cannot be determined",
            ),
            T("各自承担自己的份额，相互之间没有连带关系", "Each pays his own share only"),
            PARTIAL_CITES,
            SEVERAL_IF,
        ),
    ],
    deadlines=[*UNKNOWN_DEADLINES, *PAYER_DEADLINES],
    defences=[
        *uses(
            "def_limitation_any",
            "def_limitation_ack_any",
            "def_limitation_ack_old_any",
            "def_limitation_served",
        ),
        *DEF_FAULT,
        *uses("def_amount", "def_amount_property", "def_paid"),
    ],
    recourse=[*RECOURSE_JOINT],
    # Not the date check: the validator counts JT-U as reachable before the day of knowledge.
    warnings=[
        *(w for w in VICTIM_WARNINGS if w != {"use": "knew_before_act"}),
        *uses("release_cc", "release_old", "payer_defences"),
    ],
    next_steps=[
        N(
            "先核实几个人是怎样造成损害的：调取报警记录、询问笔录、监控视频，询问证人，必要时申请鉴定。",
            "First find out how the harm was caused: get the police records and statements and the CCTV, talk to witnesses, ask for an expert opinion if needed.",
            "any",
            CRIMINAL,
        ),
        N(
            "先核实几个人是怎样造成损害的：收集监控视频、现场照片，询问证人，必要时申请鉴定。",
            "First find out how the harm was caused: get the CCTV and photos of the scene, talk to witnesses, ask for an expert opinion if needed.",
            "any",
            not_(CRIMINAL),
        ),
        *uses(
            "inj_demand_any",
            "inj_sue_any",
            "inj_pending",
            "inj_appeal",
            "inj_enforce_joint",
            "inj_reenforce",
            "inj_ancillary",
            "inj_assess",
            "inj_value",
            "inj_legal_aid",
        ),
        *uses(
            "cla_evidence",
            "cla_evidence_own",
            "cla_settle",
            "cla_no_iou_any",
            "cla_defend",
            "cla_appeal",
            "cla_pay_joint",
            "cla_criminal",
        ),
        *PAYER_STEPS,
    ],
    evidence=[*EVIDENCE, *PAYER_EVIDENCE],
    citations=INJURY_CITES,
)

# Payer ------------------------------------------------------------------------------------
SHARE_CASES = [
    (PDET, "{amount.own_share}", "{amount.excess_det}"),
    (peq("c2"), "{amount.pshare_2}", "{amount.excess_2}"),
    (peq("c3"), "{amount.pshare_3}", "{amount.excess_3}"),
    (peq("c4"), "{amount.pshare_4}", "{amount.excess_4}"),
]
MORE = all_(PEQUAL, ans("payer_count", "more"))
ROUTE_BASIS = [
    *[dict(c, when=all_(c["when"], JOINT)) for c in JOINT_CITES],
    *[dict(c, when=all_(c["when"], ADULT)) for c in INSTIGATE_CITES],
    *[dict(c, when=all_(c["when"], DANGER)) for c in DANGER_CITES],
    *[dict(c, when=all_(c["when"], any_(SUFFICIENT, MIXED))) for c in SUFFICIENT_CITES],
    *[dict(c, when=all_(c["when"], MIXED)) for c in PARTIAL_CITES],
    *versions([(178, 1)], [(13,)], [(87,)]),
]
RECOURSE_BASIS = [*RECOURSE_CITES, C(CC, 519, 2, when=IS_CC), C(CC, 519, 3, when=IS_CC)]
PAID_BY_CLIENT = T("当事人", "the client")


def recourse_findings(scope: J, cond: J) -> list[J]:
    """What the others owe the client who paid beyond his share, as the law of the facts words
    it: the Civil Code adds that a share one cannot pay is borne by the others in proportion
    (519(3)); the older law has no such rule."""
    order_cc = T(
        "分别向每个人追偿，每人以其应当分担而尚未支付的份额为限；其中一人不能偿还的，由其他人按比例分担",
        "Claim from each separately, each up to the unpaid part of his own share; what one cannot pay the others share in proportion",
    )
    order_old = T(
        "分别向每个人追偿，每人以其应当分担而尚未支付的份额为限",
        "Claim from each separately, each up to the unpaid part of his own share",
    )
    return [
        F(
            "按份责任",
            T("其他连带责任人各自", "each of the other jointly liable persons"),
            PAID_BY_CLIENT,
            scope,
            order,
            RECOURSE_BASIS,
            T("追偿", "recourse"),
            all_(cond, law),
        )
        for order, law in ((order_cc, IS_CC), (order_old, OLD))
    ]


JT_R = outcome(
    "jt_r",
    "JT-R",
    T(
        "已经赔偿超过自己的份额：可以向其他连带责任人追偿",
        "Paid more than one's share: recovery from the others jointly liable",
    ),
    [
        S(
            PAY,
            "你与其他人对{party.victim}承担连带责任，并已就超出自己份额的部分取得追偿判决：对方不履行的，请在申请执行期间内申请强制执行。",
            "You and the others are jointly and severally liable to the {party.victim}, and you hold a judgment for what you paid beyond your share: if they do not pay, apply for enforcement within the period to apply.",
            R_JUDGED,
        ),
        *[
            S(
                PAY,
                f"你与其他人对{{party.victim}}承担连带责任，已经支付了{{amount.paid_amount}}。连带责任人之间按各自责任大小分担，难以确定的平均分担：你的份额为{own}，超过份额的部分{excess}，可以向其他连带责任人追偿，每个人只在其应当分担而没有支付的份额内向你偿还。",
                f"You and the others are jointly and severally liable to the {{party.victim}}, and you have paid {{amount.paid_amount}}. Those jointly liable share by their responsibility, equally if it cannot be determined: your share is {own}, and the {excess} beyond it you can recover from the others, each up to the unpaid part of his own share.",
                cond,
            )
            for cond, own, excess in SHARE_CASES
        ],
        S(
            PAY,
            "你与其他人对{party.victim}承担连带责任，已经支付了{amount.paid_amount}。连带责任人之间按各自责任大小分担，难以确定的按人数平均分担：你支付超过自己份额的部分，可以向其他连带责任人追偿，每个人只在其应当分担而没有支付的份额内向你偿还。",
            "You and the others are jointly and severally liable to the {party.victim}, and you have paid {amount.paid_amount}. Those jointly liable share by their responsibility, equally by head if it cannot be determined: what you paid beyond your share you can recover from the others, each up to the unpaid part of his own share.",
        ),
    ],
    [
        F(
            "连带责任",
            T("全体连带责任人（包括当事人）", "all those jointly liable (the client included)"),
            VICTIM,
            T(
                "{party.victim}的全部损失（全部赔偿额{amount.total_amount}）",
                "the whole loss of the {party.victim} (whole compensation {amount.total_amount})",
            ),
            JOINT_ORDER,
            ROUTE_BASIS,
        ),
        *[
            f
            for cond, own, excess in SHARE_CASES
            for f in recourse_findings(
                T(
                    f"当事人支付的{{amount.paid_amount}}超过其份额{own}的部分：{excess}",
                    f"what the client paid ({{amount.paid_amount}}) beyond his share of {own}: {excess}",
                ),
                cond,
            )
        ],
        *recourse_findings(
            T(
                "当事人支付超过按人数平均计算的份额的部分",
                "what the client paid beyond his equal share by head",
            ),
            MORE,
        ),
    ],
    deadlines=PAYER_DEADLINES,
    recourse=[*RECOURSE_JOINT],
    warnings=[*PAYER_WARNINGS, *uses("identified_unknown")],
    next_steps=PAYER_STEPS,
    evidence=PAYER_EVIDENCE,
)

JT_R0 = outcome(
    "jt_r0",
    "JT-R0",
    T("支付没有超过自己的份额：暂时不能追偿", "Paid no more than one's share: no recovery yet"),
    [
        S(
            PAY,
            f"你已经支付了{{amount.paid_amount}}，没有超过你应当承担的份额{own}：连带责任人只能就超过自己份额的部分追偿，所以你现在还不能向其他人追偿。受害方尚未得到赔偿的部分，你和其他人仍要承担连带责任；你以后支付的总额超过自己的份额时，可以就超出部分追偿。",
            f"You have paid {{amount.paid_amount}}, no more than your share of {own}: only what exceeds one's own share can be recovered, so you cannot claim from the others yet. For what the injured side is still owed you and the others remain jointly and severally liable; once your payments exceed your share, you can recover the excess.",
            cond,
        )
        for cond, own, _ in SHARE_CASES
    ],
    [
        F(
            "不承担责任",
            T("其他连带责任人", "the others jointly liable"),
            PAID_BY_CLIENT,
            T(
                "对当事人已经支付的{amount.paid_amount}不负偿还义务（没有超过当事人自己的份额）",
                "nothing to repay of the {amount.paid_amount} the client paid (it does not exceed his own share)",
            ),
            T("—", "—"),
            RECOURSE_CITES,
        )
    ],
    remaining_liability=T(
        "对受害方尚未得到赔偿的损失，全体连带责任人（包括当事人）仍承担连带责任；当事人以后支付的总额超过自己的份额时，可以就超出部分追偿。",
        "For what the injured side is still owed, all those jointly liable (the client included) remain jointly and severally liable; once the client's payments exceed his share, he can recover the excess.",
    ),
    recourse=[*RECOURSE_JOINT],
    warnings=uses("old_law_1986", "paid_before_act"),
    next_steps=[
        N(
            "保留全部付款凭证；以后继续赔偿、总额超过自己份额时，再向其他连带责任人追偿。",
            "Keep every receipt; once further payments take you beyond your share, claim the excess from the others.",
            PAY,
        ),
        N(
            "受害方仍可以就尚未得到赔偿的部分请求你或者其他连带责任人赔偿。再向你主张的，先核对他的诉讼时效是否已经届满（从他知道受到损害及责任人之日起算，期间内的要求赔偿、起诉等会使其中断）：届满的，可以拒绝；已有生效判决的，按判决履行。",
            "The injured side may still claim what he is owed from you or the others jointly liable. If he claims from you again, first check whether his limitation period has ended (from the day he knew of the harm and of those liable, interrupted by demands, suits and the like within it): if it has, you may refuse; if a judgment has taken effect, pay as judged.",
            PAY,
        ),
        N(
            "核对自己的份额：判决、协议确定的份额或者平均份额是否计算正确。",
            "Check your share: whether the share fixed by a judgment or agreement, or the equal share, was worked out right.",
            PAY,
        ),
    ],
    evidence=PAYER_EVIDENCE,
)

JT_R2 = outcome(
    "jt_r2",
    "JT-R2",
    T(
        "按份责任：各自只负担自己的份额，不适用连带责任人之间的追偿",
        "Several liability: each bears his own share; no recourse as between joint debtors",
    ),
    [
        *[
            S(
                PAY,
                f"各行为人的行为只造成部分损害，对{{party.victim}}是按份责任：你只应当承担自己的份额{own}。你已经支付了{{amount.paid_amount}}；超过自己份额的部分{excess}，不能依连带责任人之间的追偿规则向其他人追偿。能否收回、向谁收回，取决于你付款时的情况，有争议，请律师复核。",
                f"Each actor caused only part of the harm, so the liability to the {{party.victim}} is several: you owed only your share of {own}. You paid {{amount.paid_amount}}; the {excess} beyond your share cannot be recovered under the rules for joint debtors. Whether and from whom it can be got back depends on how you came to pay and is contested — have a lawyer check.",
                cond,
            )
            for cond, own, excess in SHARE_CASES
        ],
        S(
            PAY,
            "各行为人的行为只造成部分损害，对{party.victim}是按份责任：你只应当承担自己的份额。你已经支付了{amount.paid_amount}；超过自己份额的部分，不能依连带责任人之间的追偿规则向其他人追偿。能否收回、向谁收回，取决于你付款时的情况，有争议，请律师复核。",
            "Each actor caused only part of the harm, so the liability to the {party.victim} is several: you owed only your share. You paid {amount.paid_amount}; what exceeds your share cannot be recovered under the rules for joint debtors. Whether and from whom it can be got back depends on how you came to pay and is contested — have a lawyer check.",
        ),
    ],
    [
        *[
            F(
                "按份责任",
                T("每个行为人各自（包括当事人）", "each actor separately (the client included)"),
                VICTIM,
                T(f"各自的份额；当事人的份额为{own}", f"each one's share; the client's is {own}"),
                T("各自承担自己的份额，相互之间没有连带关系", "Each pays his own share only"),
                SEVERAL_BASIS,
                T("分别侵权，各自只造成部分损害", "separate acts, each causing part of the harm"),
                cond,
            )
            for cond, own, _ in SHARE_CASES
        ],
        F(
            "按份责任",
            T("每个行为人各自（包括当事人）", "each actor separately (the client included)"),
            VICTIM,
            T(
                "平均承担：全部损失按责任人数平均分担",
                "equal shares: the whole loss divided by the number of those liable",
            ),
            T("各自承担自己的份额，相互之间没有连带关系", "Each pays his own share only"),
            SEVERAL_BASIS,
            T("分别侵权，各自只造成部分损害", "separate acts, each causing part of the harm"),
            MORE,
        ),
    ],
    deadlines=PAYER_DEADLINES,
    recourse=RECOURSE_SEVERAL,
    warnings=uses("old_law_1986", "paid_before_act", "payer_excess_not_joint"),
    next_steps=[
        N(
            "请律师根据付款时的情况（是否依据判决付款、是否明知超过自己的份额）判断多付部分能否收回、向谁收回，并注意“期限”部分的诉讼时效。",
            "Have a lawyer judge, from how you came to pay (under a judgment? knowing it exceeded your share?), whether and from whom the overpayment can be got back; mind the limitation period among the deadlines.",
            PAY,
        ),
        *uses("pay_pending", "pay_appeal", "pay_enforce"),
    ],
    evidence=PAYER_EVIDENCE,
)

GUARDIAN_PAID = ans("payer_role_limited", "guardian")
INSTIGATOR_PAID = ans("payer_role_limited", "instigator")

JT_R3 = outcome(
    "jt_r3",
    "JT-R3",
    T(
        "教唆、帮助未成年人等侵权后的分担",
        "Sharing after a tort by a minor or a person lacking capacity who was instigated or helped",
    ),
    [
        S(
            PAY,
            "你作为监护人已经尽到监护职责，本不承担责任。教唆人、帮助人{party.instigators}应当承担全部侵权责任：你已经支付的{amount.paid_amount}，可以向{party.instigators}追偿。",
            "As guardian you did your duty and owed nothing. The {party.instigators} bear the whole liability: you can recover the {amount.paid_amount} you paid from them.",
            all_(GUARDIAN_PAID, FULFILLED, IS_CC),
        ),
        S(
            PAY,
            "你作为监护人已经支付了{amount.paid_amount}。教唆人、帮助人{party.instigators}应当承担全部侵权责任，你只在未尽到监护职责的范围内承担相应的责任（{amount.own_share}）：你支付超过自己相应责任的部分（{amount.excess_det}），可以向{party.instigators}追偿。",
            "As guardian you have paid {amount.paid_amount}. The {party.instigators} bear the whole liability, and you only a liability matching your failure of duty ({amount.own_share}): what you paid beyond it ({amount.excess_det}) you can recover from the {party.instigators}.",
            all_(GUARDIAN_PAID, IS_CC),
        ),
        S(
            PAY,
            "你作为监护人已经支付了{amount.paid_amount}。教唆人、帮助人{party.instigators}应当承担侵权责任，监护人只承担相应的责任；你支付超过自己相应责任的部分（{amount.excess_det}）能否向{party.instigators}追偿，当时的法律没有明文规定，有争议，请律师复核。",
            "As guardian you have paid {amount.paid_amount}. The {party.instigators} are liable and the guardian bears only a corresponding liability; whether you can recover from them what you paid beyond it ({amount.excess_det}) was not written into the law of the time and is contested — have a lawyer check.",
            GUARDIAN_PAID,
        ),
        S(
            PAY,
            "你作为教唆人、帮助人应当承担全部侵权责任，你已经支付的{amount.paid_amount}是你自己的责任。监护人只在未尽到监护职责的范围内承担相应的责任；能否要求监护人分担这一部分，法律没有明文规定，有争议。",
            "As instigator or helper you bear the whole liability, and the {amount.paid_amount} you paid was your own debt. The guardian answers only within his failure of duty; whether you can make him bear that part is not written down and is contested.",
        ),
    ],
    [
        F(
            "赔偿责任",
            T("{party.instigators}", "the {party.instigators}"),
            T("当事人（监护人）", "the client (the guardian)"),
            T(
                "当事人支付的全部{amount.paid_amount}",
                "all the {amount.paid_amount} the client paid",
            ),
            T("由教唆人、帮助人最终承担", "Finally borne by the instigators or helpers"),
            [C(CC, 1169, 2, when=IS_CC), C(TI, 12, 2, when=IS_CC)],
            T("追偿：监护人已经尽到监护职责", "recourse: the guardian did his duty"),
            all_(GUARDIAN_PAID, FULFILLED, IS_CC),
        ),
        F(
            "赔偿责任",
            T("{party.instigators}", "the {party.instigators}"),
            T("当事人（监护人）", "the client (the guardian)"),
            T(
                "当事人支付的超过其相应责任的部分（{amount.excess_det}）",
                "what the client paid beyond his corresponding liability ({amount.excess_det})",
            ),
            T("由教唆人、帮助人最终承担", "Finally borne by the instigators or helpers"),
            [C(CC, 1169, 2, when=IS_CC), C(TI, 12, 2, when=IS_CC)],
            T(
                "追偿：超过监护人相应责任的部分",
                "recourse: the part beyond the guardian's corresponding liability",
            ),
            all_(GUARDIAN_PAID, not_(FULFILLED), IS_CC),
        ),
        F(
            "相应的责任",
            T("当事人（监护人）", "the client (the guardian)"),
            VICTIM,
            T(
                "与未尽到监护职责相应的部分；超过部分能否向教唆人、帮助人追偿有争议",
                "the part matching the failure of duty; whether the excess can be recovered from the instigators is contested",
            ),
            T(
                "与教唆人、帮助人共同承担，但不是连带责任",
                "Alongside the instigators or helpers, but not jointly and severally",
            ),
            versions([], [(9, 2)], [(133, 1)]),
            T("当时的法律", "the law of the time"),
            all_(GUARDIAN_PAID, OLD),
        ),
        F(
            "赔偿责任",
            T("当事人（教唆人、帮助人）", "the client (instigator or helper)"),
            VICTIM,
            T(
                "{party.victim}的全部损失（全部赔偿额{amount.total_amount}）",
                "the whole loss of the {party.victim} (whole compensation {amount.total_amount})",
            ),
            T("由教唆人、帮助人承担全部责任", "The instigators or helpers bear the whole"),
            SPLIT_INSTIGATOR_BASIS,
            T("承担侵权人应当承担的全部责任", "the whole liability"),
            INSTIGATOR_PAID,
        ),
    ],
    deadlines=PAYER_DEADLINES,
    recourse=[
        N(
            "监护人先行支付赔偿后，可以就超过自己相应责任的部分向{party.instigators}追偿（侵权责任编解释一第12条第2款）。",
            "A guardian who pays first may recover from the {party.instigators} what he paid beyond his corresponding liability (SPC Tort Interpretation I art. 12(2)).",
            PAY,
            all_(IS_CC, GUARDIAN_PAID),
        )
    ],
    warnings=uses(
        "old_law_1986",
        "paid_before_act",
        "payer_instigator",
        "guardian_share_old",
        "guardian_unknown",
    ),
    next_steps=[
        N(
            "以书面形式要求{party.instigators}偿还超过你相应责任的部分，并保留送达凭证；协商不成的，在诉讼时效届满前起诉。",
            "Demand in writing that the {party.instigators} repay what you paid beyond your corresponding liability, keeping proof of delivery; if talks fail, sue before the limitation period ends.",
            PAY,
            all_(GUARDIAN_PAID, not_(R_SUED)),
        ),
        N(
            "请律师判断能否要求监护人分担其相应的部分。",
            "Have a lawyer judge whether the guardian can be made to bear his corresponding part.",
            PAY,
            INSTIGATOR_PAID,
        ),
        *uses("pay_pending", "pay_appeal", "pay_enforce"),
    ],
    evidence=[*PAYER_EVIDENCE, *uses("ev_capacity")],
)


# --- routing ------------------------------------------------------------------------------

NOT_MORE = any_(
    *(
        all_(cond, {"amount": amount, "at_most": "0.00"})
        for cond, amount in (
            (PDET, "excess_det"),
            (peq("c2"), "excess_2"),
            (peq("c3"), "excess_3"),
            (peq("c4"), "excess_4"),
        )
    )
)


def identified_as(who: str) -> J:
    return all_(DANGER, ans("identified", "identified"), ans("identified_who", who))


def routes() -> list[J]:
    return [
        branch(
            "route",
            [(side("claimed"), "route_claimed"), (side("injured"), "route_injured")],
            "jt_u",
        ),
        branch(
            "route_injured",
            [
                (PATTERN_UNKNOWN, "jt_u"),
                (JOINT, "jt_a"),
                (ADULT, "jt_b"),
                (LIMITED, "jt_c"),
                (all_(DANGER, ans("identified", "identified")), "jt_e"),
                (DANGER, "jt_d"),
                (SUFFICIENT, "jt_f"),
                (PARTIAL, "jt_g"),
                (MIXED, "jt_m"),
            ],
            "jt_u",
        ),
        branch(
            "route_claimed",
            [
                (PATTERN_UNKNOWN, "jt_u"),
                (all_(JOINT, ans("joint_role", "present_only")), "jt_n"),
                (JOINT, "jt_a"),
                (all_(ADULT, ans("role_adult", "present_only")), "jt_n"),
                (ADULT, "jt_b"),
                (all_(LIMITED, ans("role_limited", "present_only")), "jt_n"),
                (LIMITED, "jt_c"),
                (identified_as("other"), "jt_o"),
                (all_(DANGER, ans("identified", "identified")), "jt_e"),
                (all_(DANGER, ans("danger_role", "not_part")), "jt_n"),
                (DANGER, "jt_d"),
                (all_(SEPARATE, ans("separate_role", "no_causation")), "jt_p"),
                (SUFFICIENT, "jt_f"),
                (PARTIAL, "jt_g"),
                (MIXED, "jt_m"),
            ],
            "jt_u",
        ),
        branch(
            "route_payer",
            [
                (PATTERN_UNKNOWN, "jt_u"),
                (all_(SEPARATE, SUFFICIENCY_UNKNOWN), "jt_u"),
                (PARTIAL, "jt_r2"),
                (LIMITED, "jt_r3"),
                (identified_as("client"), "jt_re"),
                (identified_as("other"), "jt_ro"),
                (
                    NOT_MORE,
                    "jt_r0",
                    T(
                        "当事人支付的没有超过自己的份额。",
                        "The client paid no more than his own share.",
                    ),
                    RECOURSE_CITES,
                ),
                (
                    {"undetermined": NOT_MORE},
                    "jt_r",
                    T(
                        "当事人的份额或者全部损失尚待核实，无法算出多付了多少。",
                        "The client's share or the whole loss is still to verify, so the overpayment cannot be computed.",
                    ),
                ),
            ],
            "jt_r",
            T("当事人支付的超过了自己的份额。", "The client paid more than his own share."),
        ),
    ]


OUTCOMES = [
    JT_A,
    JT_B,
    JT_C,
    JT_D,
    JT_E,
    JT_O,
    JT_N,
    JT_P,
    JT_F,
    JT_G,
    JT_M,
    JT_U,
    JT_R,
    JT_R0,
    JT_R2,
    JT_R3,
    JT_RE,
    JT_RO,
]

NOTES_FOR_REVIEWERS = [
    T(
        "范围：数人侵权（民法典1168–1172），按行为时间适用民法典、侵权责任法（2010-07-01至2020-12-31）或者民法通则（此前）；损害后果在2021年以后出现的适用民法典（民法典时间效力规定24）。持续行为以结束日为准（同规定1(3)）。",
        "Scope: torts by several persons (Civil Code 1168–1172); the law follows the day of the act — Civil Code, Tort Liability Law (2010-07-01 … 2020-12-31) or General Principles (before); damage appearing from 2021 brings the Civil Code (Time-Effect Provisions art. 24). A continuing act counts by its last day (art. 1(3)).",
    ),
    T(
        "民法通则时期（2010-07-01以前）的教唆帮助、共同危险、分别侵权规则在民通意见148条和人身损害赔偿解释3–5条，参考资料中没有原文（[unverified]）：结论以民法通则130/106(2)/133为依据，并加“请律师复核”的提示。",
        "Before 2010-07-01 the rules on instigation, dangerous acts and separate acts were in the Opinions on the General Principles art. 148 and the Personal Injury Interpretation arts. 3–5, which the reference texts lack ([unverified]): findings rest on General Principles 130/106(2)/133 with a manual-review warning.",
    ),
    T(
        "诉讼时效：起算日为知道之日（188(2)/民法通则137）；起算日在2017-10-01以前的，人身伤害（含死亡）按民法通则136(1)一年、财产损失按135二年声明，引擎按法释〔2018〕12号计算过渡（当日仍在进行的改为三年），不再要求人工核对；受害人死亡是否适用136(1)有争议（警示）。环境污染损害按环境保护法66（参考资料中没有，以文字提示）为三年，以民法通则135“法律另有规定的除外”为依据。20年最长期间从行为日起算（损害后出现时偏早，属保守）。",
        "Limitation: from the day of knowledge (188(2) / General Principles 137); for starts before 2017-10-01 one year for injury or death (General Principles 136(1)) and two for property (135) are declared, and the engine computes the 2017 transition (SPC 2018 interpretation: three years if still running then) — no manual check. Whether 136(1) covers death claims is disputed (warning). Pollution damage has three years under the Environmental Protection Law art. 66 (not in the reference texts; named in plain words), cited through 135's 'unless the law provides otherwise'. The 20-year cap runs from the act (early where the damage came later, i.e. cautious).",
    ),
    T(
        "报案（诉讼时效规定13）：报案和处理结束的日期在“有没有报警”之后以日期问题询问，不作为案件经过的事件记录：报案涉及的是这一损害，对为其负责的各方（包括教唆人、帮助人和监护人）都发生效力，而事件只能针对一方。处理结束（知道不立案、撤销案件、不起诉之日，刑事裁判生效之日，治安处理结束之日）后，诉讼时效从该日重新计算（期间的起算日即为该日；引擎的第一步仍引用188(2)/137作为起算依据，重新计算的依据在第二步：195/13(2)/140）。刑事案件仍在进行的，从报案之日计算稳妥日期；超过一个完整期间仍在进行的，不列日期，只作提示。报案晚于从知道之日起算的期间（不计其他事件）的，报案不中断，改按知道之日计算并提示。两处比较只在两个日期都确切时进行，避免不清楚的日期把每项认定都标为“取决于待核实的事实”。",
        "Police reports (Limitation Provisions art. 13): the dates of the report and of the end of its handling are asked as date questions after the police question, not recorded as events: the report concerns this harm and acts against everyone liable for it (instigators, helpers and the guardian alike), while an event names one party. After the handling ended (the day a decision not to open, to drop or not to prosecute became known, the day a criminal judgment took effect, the day a public-order case ended) the period runs again from that day (the period starts there; the engine's first step still cites 188(2)/137 as the start rule, the restart rule is cited in the second step: 195 / 13(2) / 140). While a criminal case is pending the cautious date counts from the report; pending for longer than a whole period, no date is given, only a warning. A report later than the period counted from the day of knowledge (without other events) interrupts nothing: that period is shown, with a warning. The two comparisons run only with both dates known to the day, so that an unknown date does not mark every finding as resting on it.",
    ),
    T(
        "第二次复核（2026-12-05）后：被要求赔偿的监护人或者教唆人、帮助人（1169(2)）只看到自己一方的诉讼时效和申请执行期间：两方不是连带，另一方的届满不是他的抗辩。受害方已有生效判决的，问判决是否判令全部责任人承担责任（judged_all）：都判了的，不再提示另行起诉；判决后的证据清单列被执行人财产线索，不再列侵权事实的证据（ev_danger、ev_capacity除外：它们也用在追偿的结局上，那里没有案件经过）。申请执行期间在2024年以前开始的，法条库只有2023年民事诉讼法：以注意事项用文字说明当时的文本（2007年修正本215条、2012/2017年修正本239条、2021年修正本246条；2008年4月1日以前为1991年文本219条，期间较短），不作为引用。治安案件处理结束后重新计算是类推（诉讼时效规定13只列不立案、撤销案件、不起诉、刑事裁判生效），以“有争议”注意事项提示以报案之日为稳妥日期。时效在2021年以前届满、届满后的请求在2021年以后的，计算过程第192条第1款由引擎按请求之日引用（引擎的做法，树无法改）。",
        "After the second review (2026-12-05): a guardian or an instigator claimed against (1169(2)) sees only his own side's limitation and enforcement rows: the two are not jointly liable, and the other's expiry is no defence of his. With an effective judgment the injured side is asked whether it names everyone liable (judged_all): if so, no advice to sue the others; after a judgment the evidence list gives leads to the debtors' assets, not the evidence of the tort (except ev_danger and ev_capacity, also used on recourse outcomes with no history). An enforcement period that began before 2024: the library has only the 2023 Civil Procedure Law, so a caution names the text then in force in words (2007 text art. 215, 2012/2017 art. 239, 2021 art. 246; before 2008-04-01 the 1991 text art. 219, shorter), not as a citation. The restart after public-order handling is by analogy (Limitation Provisions art. 13 names other cases): a contested warning gives the report day as the safe one. Where a period ended before 2021 and a demand came after, the step cites art. 192(1) by the day of the demand (the engine's doing; the tree cannot change it).",
    ),
    T(
        "连带责任人之间的中断（诉讼时效规定15(2)）：事件按角色（行为人、教唆人帮助人、监护人）记录，只针对一方中某一个人的记为针对该人，引擎按人分别计算。全体承担连带责任的路线（1168、1169(1)、1170未查明、1171，以及当事人主张自己不承担责任的路线：对他的请求若成立即为连带）声明persons joint：对一人的中断及于他人；对一人起诉，对他人的诉讼时效中断至该诉讼终结（引擎按民法典195；自起诉之日重新计算的稳妥日期在计算过程中列出，以注意事项说明两种看法）；判决只约束被判决的人，申请执行期间按人计算。已经查明具体侵权人（1170后段）和混合情形（部分连带，是否及于他人有疑问）、按份（1172）、行为方式不明、1169(2)的教唆人和监护人、追偿：按人分别计算（默认），取较早的日期。届满后一人出具欠条只约束本人（192(2)、规定19(1)），对其他连带责任人不发生效力。追偿时当事人本人有自己的一栏“当事人本人”（如合伙树），不列入行为人等名单，追偿的诉讼时效和申请执行期间只对其他人计算（当事人本人不在追偿事件的对象中）。引擎不能从名单中排除一个名字：当事人本人仍被列入行为人名单时，会多出他本人的一行，事件问题的说明和期限注释提醒填写人。",
        "Interruption among joint debtors (art. 15(2)): events are recorded by role (actors, instigators, guardian); one that concerned only one person of a role is recorded against him and the engine computes per person. Routes where everyone is jointly liable for the whole (1168, 1169(1), 1170 unidentified, 1171, and the routes where the client says he is not liable: a claim against him, if it succeeds, is joint) declare persons joint: an interruption against one reaches the others; a suit against one interrupts against the others on filing (the engine's cautious reading; the view that it runs again from the end of that suit is given in a caution); a judgment binds only those it names, and enforcement periods are per person. The identified tortfeasor (1170, second clause), the mixed case (joint for a part only; doubtful whether it reaches the other), several liability (1172), the unknown route, 1169(2)'s instigators and guardian and recourse are per person (the default), the earlier date. An IOU signed by one after the period ended binds only him (192(2), Provisions 19(1)) and has no effect on the other joint debtors. In recourse the client has his own field, “the client” (as in the partnership tree), kept off the lists of actors etc., so the recourse limitation and enforcement rows are computed only against the others (he is no target of the recourse events). The engine cannot drop one name from a list: a client still listed among the actors gets a row of his own; the events question's help and the deadline's note tell the worker.",
    ),
    T(
        "共同危险（1170）：民法典下只有确定具体侵权人才能免责，仅证明自己没有造成损害不够；侵权责任法时期是否还能按人身损害赔偿解释第4条举证免责有争议（警示）。",
        "Dangerous acts (1170): under the Civil Code only identifying the actual tortfeasor releases the others — proving one's own non-causation is not enough; whether the Personal Injury Interpretation art. 4 defence survived under the Tort Liability Law is contested (warning).",
    ),
    T(
        "1169(2)：教唆人承担全部责任（赔偿责任），监护人相应的责任，不是连带（侵权责任编解释一11、12，适用于民法典案件；解释一26条：施行后尚未审结的一审、二审案件适用）。民法通则时期监护人尽责只能减轻（133），单列一个认定。",
        "1169(2): the instigator bears the whole (赔偿责任), the guardian a corresponding liability, not joint (SPC Tort Interpretation I arts. 11, 12, for Civil Code cases; art. 26: applies to first- and second-instance cases pending when it took effect). Under the General Principles a guardian who did his duty only had his liability reduced (133): a finding of its own.",
    ),
    T(
        "1171与1172混合（部分足以、部分不足以）：污染环境的，按生态环境侵权解释（法释〔2023〕5号）第7条、此前环境侵权解释（2015）第3条第3款处理，不标为有争议（参考资料中没有，以文字提示并请律师核对原文）；其他案件法律无明文，按通说处理（部分连带），标为有争议。足以造成全部损害的行为人不能单独列名（当事人信息只按角色收集姓名）。",
        "Mixed 1171/1172 cases: for pollution, art. 7 of the SPC's 2023 ecological tort interpretation (art. 3(3) of the 2015 one before) settles it — not marked contested (not in the reference texts; named in words, to be checked by a lawyer); elsewhere there is no rule and the usual view (joint for the part caused together) is marked contested. The actor whose act was enough cannot be named apart (names are collected by role).",
    ),
    T(
        "追偿（178(2)、519）：追偿诉讼时效从当事人的支付超过自己份额之日起算（此后的支付各自起算，以最早者为稳妥），属设计决定；支付没有超过份额的，不列追偿期限。按份责任下多付的部分不能依178(2)追偿，不当得利或者代为清偿的途径有争议，只作警示。",
        "Recourse (178(2), 519): its limitation runs from the day the client's payments exceeded his share (later payments each from their own day; the earliest is the safe one) — a design decision; with no payment beyond the share no recourse period is listed. Overpayment under several liability cannot be recovered under 178(2); unjust enrichment or subrogation is contested and only warned of.",
    ),
    T(
        "受害人过错：民法典1173包括损害的“扩大”，侵权责任法26和民法通则131只写“发生”；同一问题，按版本引用。正当防卫（181/侵权责任法30/民法通则128）作为被告的抗辩列出。",
        "The victim's fault: Civil Code 1173 covers the harm's growth too, Tort Liability Law 26 and General Principles 131 only its occurrence; one question, cited by version. Self-defence (181 / TLL 30 / GPCL 128) is listed as a defence.",
    ),
]


def build() -> J:
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "joint_tort",
        "version": "2.1.1",
        "domain": "other",
        "title": T(
            "数人侵权：共同侵权、教唆帮助、共同危险与分别侵权",
            "Torts by several persons: joint torts, instigation, dangerous acts and separate acts",
        ),
        "report_title": T(
            "数人侵权责任评估报告", "Assessment of liability for harm caused by several persons"
        ),
        "description": T(
            "几个人造成同一损害时，谁承担连带责任、谁按份承担、谁不承担：共同侵权（民法典第1168条）、教唆帮助（第1169条）、共同危险（第1170条）、分别侵权（第1171条、第1172条）、受害人过错（第1173条），责任人之间的分担和追偿（第178条）；2021年以前的行为适用侵权责任法或者民法通则。按受害人、被要求赔偿的人或者已经赔偿的人的立场作出结论，并根据案件经过计算诉讼时效。",
            "When several persons cause one harm: who is jointly and severally liable, who answers for a share, who is not liable — joint torts (Civil Code art. 1168), instigation and help (1169), dangerous acts by several (1170), separate acts (1171, 1172), the victim's own fault (1173), and sharing and recourse among those liable (178); acts before 2021 under the Tort Liability Law or the General Principles. Written for the injured side, the person claimed against or the one who paid, with the limitation period computed from the case's history.",
        ),
        "last_legal_review": "2026-12-05",
        "laws": [CC, TLL, GPCL, GP, TE, LIM, TI, CPL],
        "notes": NOTES_FOR_REVIEWERS,
        "sides": SIDES,
        "parties": PARTIES,
        "amounts": AMOUNTS,
        "glossary": GLOSSARY,
        "definitions": {"deadlines": DEADLINES, "warnings": WARNINGS, "notes": NOTES},
        "start": "side",
        "nodes": [*questions(), *routes(), *OUTCOMES],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if trees/joint_tort.json differs"
    )
    args = parser.parse_args(argv)
    return write(build(), OUT, check=args.check)


if __name__ == "__main__":
    raise SystemExit(main())
