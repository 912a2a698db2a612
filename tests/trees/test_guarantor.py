"""Golden paths through the guarantor tree (legal-coverage.md §3 incl. §3.5, §7; §0.4, §0.6–0.8).

A case is given as answers by question id (``case(side, **answers)``); the walk answers
whatever the tree asks next, so a test names only the facts that matter to it. Dates are the
legal facts; the consultation date is 2026-12-05 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from scripts.sample_paths import GUARANTOR_RELEASED
from scripts.trees import guarantor as generator
from tests.helpers import library, tree
from wizard.answer_text import fill
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Result, Session
from wizard.model import ChoiceQuestion, DateQuestion
from wizard.report import render_report, text_values
from wizard.validate import _sides_reaching, check_tree

ON = date(2026, 12, 5)
TREE_FILE = generator.OUT

NEW_JOINT = dict(
    conclusion_date=date(2022, 3, 1),
    what_signed="guarantee",
    main_valid="valid",
    guarantor_kind="person",
    type_wording="joint",
    extension="none",
    maturity_kind="fixed",
    due_date=date(2024, 8, 31),
)
NEW_GENERAL = {**NEW_JOINT, "type_wording": "general"}
OLD_DEFAULT = {**NEW_JOINT, "conclusion_date": date(2019, 5, 1), "type_wording": "none"}
TAIL = dict(
    debt_amount=Decimal(100000),
    history=(),
    changes=("none",),
    changes_j=("none",),
    co_guarantors="single",
    exception="none",
)
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(
        ("creditor", ("甲银行",)),
        ("debtor", ("乙公司",)),
        ("guarantor", ("张三",)),
        ("co_guarantor", ("李四",)),
        ("joiner", ("丙公司",)),
        ("issuer", ("丁集团",)),
    ),
)
JOINT_LABEL, GENERAL_LABEL, NONE_LABEL = "连带责任", "一般保证责任", "不承担责任"


def case(side: str, *, on: date = ON, **answers: Any) -> Session:
    """Walk the tree for ``side``, answering each question from ``answers`` (or the tail)."""
    given = {**TAIL, **answers}
    # A joint guarantee asks the changes without the general guarantor's option (changes_j).
    if "changes" in answers and "changes_j" not in answers:
        given["changes_j"] = tuple(c for c in answers["changes"] if c != "assets_neglected")
    session = Session(tree("guarantor"), on)
    session.answer(side)
    while not session.is_finished:
        question = session.current.id
        assert question in given, f"the walk asks '{question}', which the test does not answer"
        session.answer(given[question])
    return session


def joint(side: str = "creditor", **answers: Any) -> Session:
    return case(side, **{**NEW_JOINT, **answers})


def general(side: str = "creditor", **answers: Any) -> Session:
    return case(side, **{**NEW_GENERAL, **answers})


def old(side: str = "creditor", **answers: Any) -> Session:
    """A guarantee signed in 2019 that says nothing of its kind (joint and several then)."""
    return case(side, **{**OLD_DEFAULT, **answers})


def cites(result: Result) -> list[str]:
    return [library().cite(c, "zh") for f in result.findings for c in f.basis]


def deadline(result: Result, name: str):
    found = [d for d in result.deadlines if d.spec.id == name]
    assert found, f"no deadline {name}: {[d.spec.id for d in result.deadlines]}"
    return found[0].deadline


def texts(session: Session, lang: str = "zh") -> list[str]:
    """Every text of the result, filled with the case's names and figures."""
    result = session.result()
    values = text_values(session, NAMES, result)
    found = [result.summary, *(w.text for w in result.warnings), *result.defences]
    found += [*result.next_steps, *result.evidence, *result.recourse]
    for part in result.parts:
        found += [part.node.title, part.node.remaining_liability]
        for f in part.findings:
            found += [f.liable, f.scope, f.order, f.sublabel]
    found += [s.significance for s in result.reasoning]
    return [fill(t.get(lang), lang, values) for t in found if t is not None]  # type: ignore[arg-type]


def summary(session: Session) -> str:
    result = session.result()
    return fill(result.summary.zh, "zh", text_values(session, NAMES, result))


# --- the tree itself ------------------------------------------------------------------------------


def test_tree_validates() -> None:
    assert check_tree(tree("guarantor"), library()) == []


def test_the_committed_tree_is_the_generators_output() -> None:
    assert TREE_FILE.read_text(encoding="utf-8") == generator.render()


def test_metadata() -> None:
    t = tree("guarantor")
    assert t.format_version == 2 and t.version == "2.1.1"
    assert str(t.last_legal_review) == "2026-12-05"
    assert [s.id for s in t.sides] == ["creditor", "guarantor", "joiner", "paid"]
    assert [s.id for s in t.sides if s.claimed_against] == ["guarantor", "joiner"]


# --- every outcome from each side that can reach it -----------------------------------------------

RUNNING_DUE = date(2026, 9, 30)  # six months end 2027-03-30: running at the consultation date
BANKRUPT = (Event("bankruptcy_accepted", date(2025, 3, 10), party="debtor"),)
TERMINATED = (
    Event("judgment_effective", date(2024, 5, 10), date(2024, 5, 20), "debtor"),
    Event("enforcement_applied", date(2024, 6, 3), party="debtor"),
    Event("enforcement_terminated", date(2025, 11, 20), party="debtor"),
)
CLAIM_SIDES = ("creditor", "guarantor", "joiner")

# code → (answers, finding labels)
GOLDEN: dict[str, tuple[dict[str, Any], list[str]]] = {
    "G-A": (
        {
            **NEW_JOINT,
            "joint_action": "demanded",
            "act_date": date(2025, 1, 10),
            "period_a": "none",
        },
        [JOINT_LABEL],
    ),
    "G-A2": (
        {**NEW_JOINT, "due_date": RUNNING_DUE, "joint_action": "nothing", "period_n": "none"},
        [JOINT_LABEL],
    ),
    "G-B": (
        {
            **NEW_GENERAL,
            "general_action": "sued",
            "act_date": date(2024, 12, 2),
            "period_a": "none",
        },
        [GENERAL_LABEL],
    ),
    "G-B2": (
        {**NEW_GENERAL, "due_date": RUNNING_DUE, "general_action": "nothing", "period_n": "none"},
        [GENERAL_LABEL],
    ),
    "G-C": (
        {
            **NEW_GENERAL,
            "general_action": "sued",
            "act_date": date(2024, 12, 2),
            "period_a": "none",
            "history": BANKRUPT,
        },
        [GENERAL_LABEL],
    ),
    "G-C2": (
        {
            **NEW_GENERAL,
            "general_action": "sued",
            "act_date": date(2024, 12, 2),
            "period_a": "none",
            "history": TERMINATED,
        },
        [GENERAL_LABEL],
    ),
    "G-D": ({**NEW_JOINT, "joint_action": "debtor_only", "period_n": "none"}, [NONE_LABEL]),
    # The period ends 2024-09-18 (roll-over); a demand "some day in September 2024" is open.
    "G-D2": (
        {
            **NEW_JOINT,
            "due_date": date(2024, 3, 15),
            "joint_action": "demanded",
            "act_date": MonthDate(2024, 9),
            "period_a": "none",
        },
        [JOINT_LABEL],
    ),
    "G-D3": ({**NEW_JOINT, "maturity_kind": "grace_not_demanded"}, [JOINT_LABEL]),
    "G-E2": (
        {
            **NEW_JOINT,
            "joint_action": "demanded",
            "act_date": date(2025, 1, 10),
            "period_a": "none",
            "changes": ("new_for_old",),
        },
        [NONE_LABEL],
    ),
    "G-F": (
        {
            **NEW_JOINT,
            "guarantor_kind": "company",
            "company_resolution": "not_reviewed",
            "fault_guarantee": "both",
            "joint_action": "demanded",
            "act_date": date(2025, 1, 10),
            "period_a": "none",
            "debt_amount": Decimal(1000000),
            "cannot_pay": Decimal(600000),
        },
        ["赔偿责任"],
    ),
    "G-F2": (
        {**NEW_JOINT, "guarantor_kind": "barred", "fault_guarantee": "creditor_only"},
        [NONE_LABEL],
    ),
    "G-G": (
        {
            **NEW_JOINT,
            "what_signed": "accession",
            "acc_due_date": date(2024, 8, 31),
            "acc_amount": Decimal(80000),
            "acc_history": (),
        },
        [JOINT_LABEL],
    ),
    "G-G2": (
        {
            **NEW_JOINT,
            "what_signed": "accession",
            "guarantor_kind": "company",
            "company_resolution": "not_reviewed",
            "acc_fault": "both",
            "acc_amount": Decimal(80000),
            "acc_cannot_pay": Decimal(50000),
        },
        ["赔偿责任"],
    ),
    "G-I": ({**NEW_JOINT, "what_signed": "comfort"}, [NONE_LABEL]),
}
PAID = dict(
    conclusion_date=date(2022, 1, 20),
    what_signed="guarantee",
    paid_how="paid",
    paid_date=date(2025, 8, 1),
    paid_amount=Decimal(300000),
    recovered=Decimal(0),
    paid_knew_barred="no",
    co_paid="single",
    paid_history=(),
)
# Findings met on the way (finding nodes) and the final outcome they lead to.
ON_THE_WAY = {
    "G-E": ({**GOLDEN["G-A"][0], "changes": ("increased",)}, "G-A", [NONE_LABEL, JOINT_LABEL]),
    "G-H": ({**GOLDEN["G-A"][0], "co_guarantors": "no_shares"}, "G-A", [JOINT_LABEL, JOINT_LABEL]),
}


@pytest.mark.parametrize("side", CLAIM_SIDES)
@pytest.mark.parametrize("code", sorted(GOLDEN))
def test_every_outcome_from_each_claim_side(code: str, side: str) -> None:
    answers, labels = GOLDEN[code]
    session = case(side, **answers)
    result = session.result()
    assert session.outcome is not None and session.outcome.code == code
    assert [f.label for f in result.findings] == labels
    assert all(f.basis for f in result.findings)
    # Written for the side: the summary variant and the defences.
    claimed = side != "creditor"
    assert bool(result.defences) == claimed
    if claimed:
        assert "你" in summary(session)


@pytest.mark.parametrize("side", CLAIM_SIDES)
@pytest.mark.parametrize("code", sorted(ON_THE_WAY))
def test_findings_met_on_the_way(code: str, side: str) -> None:
    answers, final, labels = ON_THE_WAY[code]
    session = case(side, **answers)
    result = session.result()
    assert [p.node.code for p in result.parts] == [code, final]
    assert [f.label for f in result.findings] == labels


def test_the_comfort_letter_from_the_side_that_paid() -> None:
    session = case("paid", **GOLDEN["G-I"][0])
    assert session.outcome.code == "G-I"  # type: ignore[union-attr]
    assert "你本来不负有为债务人（乙公司）还款的义务" in summary(session)


@pytest.mark.parametrize(
    ("answers", "code"),
    [
        (PAID, "G-R"),
        ({**PAID, "what_signed": "accession", "acc_recourse": "agreed"}, "G-R2"),
    ],
)
def test_the_side_that_paid(answers: dict[str, Any], code: str) -> None:
    session = case("paid", **answers)
    assert session.outcome.code == code  # type: ignore[union-attr]
    assert session.result().defences == ()


def test_the_golden_cases_cover_every_outcome_and_side_that_reaches_it() -> None:
    t = tree("guarantor")
    side_question = t.side_question
    assert side_question is not None
    reach = _sides_reaching(t, side_question, {s.id for s in t.sides})
    covered = {(code, side) for code in GOLDEN for side in CLAIM_SIDES}
    covered |= {(code, side) for code in ON_THE_WAY for side in CLAIM_SIDES}
    covered |= {("G-I", "paid"), ("G-R", "paid"), ("G-R2", "paid")}
    wanted = {(n.code, s) for n in t.result_nodes for s in reach.get(n.id, set())}
    assert wanted == covered


# --- computed, not asked: the creditor's act against the guarantee period -------------------------


@pytest.mark.parametrize(
    ("due", "act", "code"),
    [
        (date(2024, 3, 31), date(2024, 9, 30), "G-A"),  # the last day itself (a Monday)
        (date(2024, 3, 31), date(2024, 10, 1), "G-D"),  # the day after
        # 2024-09-15 is a Sunday and 09-16/17 are 中秋: the period ends on 09-18.
        (date(2024, 3, 15), date(2024, 9, 18), "G-A"),
        (date(2024, 3, 15), date(2024, 9, 19), "G-D"),
    ],
)
def test_a_demand_on_a_joint_guarantor_against_the_period(due: date, act: date, code: str) -> None:
    session = joint(due_date=due, joint_action="demanded", act_date=act, period_a="none")
    assert session.outcome.code == code  # type: ignore[union-attr]
    step = next(s for s in session.reasoning() if s.node.id == "cmp_acted")
    shown = fill(step.significance.zh, "zh", text_values(session, NAMES, session.result()))  # type: ignore[union-attr]
    name = "gk_6m" if code == "G-A" else "gp_6m"  # in time: the row says the period was kept
    end = deadline(session.result(), name).end
    assert f"{act.year}年{act.month}月{act.day}日" in shown
    assert f"{end.year}年{end.month}月{end.day}日" in shown  # type: ignore[union-attr]


@pytest.mark.parametrize(("act", "code"), [(date(2024, 9, 18), "G-B"), (date(2024, 9, 19), "G-D")])
def test_a_suit_against_the_debtor_under_a_general_guarantee(act: date, code: str) -> None:
    session = general(
        due_date=date(2024, 3, 15), general_action="sued", act_date=act, period_a="none"
    )
    assert session.outcome.code == code  # type: ignore[union-attr]


@pytest.mark.parametrize(("on", "code"), [(date(2024, 9, 18), "G-A2"), (date(2024, 9, 19), "G-D")])
def test_no_act_yet_the_consultation_date_decides(on: date, code: str) -> None:
    session = joint(on=on, due_date=date(2024, 3, 15), joint_action="nothing", period_n="none")
    assert session.outcome.code == code  # type: ignore[union-attr]
    if code == "G-A2":
        assert "保证期间到2024年9月18日才届满" in summary(session)


@pytest.mark.parametrize(
    ("period", "act", "code"),
    [
        ("y1", date(2025, 9, 1), "G-A"),  # 2024-08-31 + 1 year = 2025-08-31, a Sunday → 09-01
        ("y1", date(2025, 9, 2), "G-D"),
        ("y2", date(2026, 8, 31), "G-A"),
        ("y3", date(2027, 8, 31), "G-A"),
        ("early", date(2025, 3, 1), "G-D"),  # counts as none: six months, 2025-02-28
    ],
)
def test_agreed_periods(period: str, act: date, code: str) -> None:
    session = joint(joint_action="demanded", act_date=act, period_a=period, on=date(2027, 9, 1))
    assert session.outcome.code == code  # type: ignore[union-attr]


@pytest.mark.parametrize(("act", "code"), [(date(2025, 6, 30), "G-A"), (date(2025, 7, 1), "G-D")])
def test_an_agreed_last_day(act: date, code: str) -> None:
    session = joint(
        joint_action="demanded", act_date=act, period_a="other", agreed_end_a=date(2025, 6, 30)
    )
    assert session.outcome.code == code  # type: ignore[union-attr]


def test_a_demand_known_only_to_the_month() -> None:
    due = date(2024, 3, 15)  # the period ends on 2024-09-18
    inside = joint(
        due_date=due, joint_action="demanded", act_date=MonthDate(2024, 8), period_a="none"
    )
    assert inside.outcome.code == "G-A"  # type: ignore[union-attr]
    assert inside.result().findings[0].depends_on == ()
    after = joint(
        due_date=due, joint_action="demanded", act_date=MonthDate(2024, 10), period_a="none"
    )
    assert after.outcome.code == "G-D"  # type: ignore[union-attr]
    straddling = joint(
        due_date=due, joint_action="demanded", act_date=MonthDate(2024, 9), period_a="none"
    )
    result = straddling.result()
    assert straddling.outcome.code == "G-D2"  # type: ignore[union-attr]
    assert result.findings[0].depends_on == ("act_date",)
    (fact,) = result.facts_to_verify
    assert fact.question.id == "act_date" and fact.findings == result.findings
    assert "EMS回执" in fact.evidence[0].zh and fact.effect is not None


def test_an_unknown_due_date_leaves_the_period_open() -> None:
    session = joint(
        due_date=UNKNOWN, joint_action="demanded", act_date=date(2025, 1, 10), period_a="none"
    )
    assert session.outcome.code == "G-D2"  # type: ignore[union-attr]
    result = session.result()
    assert "due_date" in result.findings[0].depends_on
    assert deadline(result, "gp_6m").status == "missing"


def test_whether_a_demand_reached_the_guarantor_is_unknown() -> None:
    lapsed = joint(joint_action="unknown", period_n="none")
    assert lapsed.outcome.code == "G-D2"  # type: ignore[union-attr]
    assert lapsed.result().findings[0].depends_on == ("joint_action",)
    running = joint(due_date=RUNNING_DUE, joint_action="unknown", period_n="none")
    assert running.outcome.code == "G-A2"  # type: ignore[union-attr]
    assert any("尚不清楚" in w.text.zh for w in running.result().warnings)


def test_the_wrong_act_does_not_keep_the_guarantee() -> None:
    # A general guarantor chased by letters only; a joint guarantor whose co-guarantor was asked.
    letters = general(general_action="letters", period_n="none")
    assert letters.outcome.code == "G-D"  # type: ignore[union-attr]
    co_only = joint(joint_action="co_only", period_n="none")
    assert co_only.outcome.code == "G-D"  # type: ignore[union-attr]
    assert "担保制度解释第29条第1款" in cites(co_only.result())
    withdrawn = general(general_action="withdrawn", period_n="none")
    assert "担保制度解释第31条第1款" in cites(withdrawn.result())


def test_an_extension_without_consent_keeps_the_original_start() -> None:
    session = joint(
        extension="not_consented",
        ext_due_date=date(2025, 8, 31),
        joint_action="nothing",
        period_n="none",
    )
    steps = [s for s in session.reasoning() if s.node.id == "extension"]
    assert [library().cite(c, "zh") for c in steps[0].citations] == ["民法典第695条第2款"]


# --- the case's history ---------------------------------------------------------------------------

IN_TIME = dict(joint_action="demanded", act_date=date(2025, 1, 10), period_a="none")


def test_a_suit_against_the_guarantor_is_pending() -> None:
    session = joint(**IN_TIME, history=(Event("suit", date(2026, 3, 2), party="guarantor"),))
    result = session.result()
    assert deadline(result, "gd_joint_new").status == "pending"
    assert "诉讼进行中，诉讼时效不会届满" in summary(session)
    assert not any("届满前起诉保证人" in t for t in texts(session))


def test_an_acknowledgement_by_the_guarantor_restarts_the_limitation() -> None:
    plain = joint(**IN_TIME).result()
    assert deadline(plain, "gd_joint_new").end == date(2028, 1, 10)
    iou = joint(**IN_TIME, history=(Event("acknowledgement", date(2026, 2, 1), party="guarantor"),))
    limitation = deadline(iou.result(), "gd_joint_new")
    assert limitation.end == date(2029, 2, 1)
    assert "interrupted" in [s.key for s in limitation.steps]
    # An acknowledgement by the debtor does not interrupt the guarantee debt (only the main debt).
    debtor = joint(**IN_TIME, history=(Event("acknowledgement", date(2026, 2, 1), party="debtor"),))
    assert deadline(debtor.result(), "gd_joint_new").end == date(2028, 1, 10)
    assert deadline(debtor.result(), "main_lim_3y").end == date(2029, 2, 1)


def test_a_judgment_against_the_guarantor_gives_the_enforcement_period() -> None:
    judged = (
        Event("suit", date(2025, 6, 2), party="guarantor"),
        Event("judgment_effective", date(2026, 1, 5), date(2026, 1, 20), "guarantor"),
    )
    session = joint(**IN_TIME, history=judged)
    result = session.result()
    assert deadline(result, "gd_joint_new").status == "decided"
    assert deadline(result, "enf_guarantor").end == date(2028, 1, 20)
    assert "申请强制执行" in summary(session)
    assert not any("前起诉保证人" in t for t in texts(session))


def test_a_first_instance_judgment_served_gives_the_appeal_period() -> None:
    served = (
        Event("suit", date(2025, 6, 2), party="guarantor"),
        Event("judgment_served", date(2026, 11, 25), party="guarantor"),
    )
    result = joint("guarantor", **IN_TIME, history=served).result()
    assert deadline(result, "appeal_guarantor").end == date(2026, 12, 10)


def test_the_main_debts_limitation_is_a_defence() -> None:
    # Due 2021-06-30, demand on the guarantor in time, nothing against the debtor since.
    barred = joint(
        due_date=date(2021, 6, 30),
        joint_action="demanded",
        act_date=date(2021, 9, 1),
        period_a="none",
        history=(Event("acknowledgement", date(2023, 5, 1), party="guarantor"),),
    )
    result = barred.result()
    assert deadline(result, "main_lim_3y").end == date(2024, 7, 1)
    # Both the guarantee debt's limitation (2023-05-01 + 3y, a holiday → 2026-05-06) and the
    # main debt's have run out: the conclusion says both.
    assert "保证债务的诉讼时效已于2026年5月6日届满" in summary(barred)
    assert "主债务的诉讼时效也已于2024年7月1日届满" in summary(barred)
    guarantor = joint(
        "guarantor",
        due_date=date(2021, 6, 30),
        joint_action="demanded",
        act_date=date(2021, 9, 1),
        period_a="none",
    )
    assert any("主债务的诉讼时效已于2024年7月1日届满" in t for t in texts(guarantor))
    # A suit against the debtor keeps the main debt alive: no such defence.
    sued = joint(
        due_date=date(2021, 6, 30),
        joint_action="demanded",
        act_date=date(2021, 9, 1),
        period_a="none",
        history=(Event("suit", date(2024, 3, 1), party="debtor"),),
    )
    assert deadline(sued.result(), "main_lim_3y").status == "pending"
    assert "主债务的诉讼时效已于" not in summary(sued)


# --- enforcement posture of a general guarantee ---------------------------------------------------

GEN_IN = dict(general_action="sued", act_date=date(2024, 12, 2), period_a="none")


def test_after_a_ruling_ending_enforcement_the_guarantor_can_be_sued_now() -> None:
    creditor = general(**GEN_IN, history=TERMINATED)
    result = creditor.result()
    assert creditor.outcome.code == "G-C2"  # type: ignore[union-attr]
    limitation = deadline(result, "gd_gen_spent")
    assert limitation.end == date(2028, 11, 20)
    assert "担保制度解释第28条第1款第1项" in cites(result)
    assert "现在就可以起诉保证人（张三）" in summary(creditor)
    # The date is the table's (with the safe day to act when provisional), not the summary's.
    assert "届满日和稳妥的行事日期见期限表" in summary(creditor)
    guarantor = general("guarantor", **GEN_IN, history=TERMINATED)
    assert "你的先诉抗辩权已经消灭" in summary(guarantor)
    assert "至2028年11月20日届满" in summary(guarantor)
    assert not any("主张先诉抗辩权" in t for t in texts(guarantor))


def test_a_year_after_the_enforcement_application_without_a_ruling() -> None:
    applied = (
        Event("judgment_effective", date(2024, 5, 10), party="debtor"),
        Event("enforcement_applied", date(2024, 6, 3), party="debtor"),
    )
    session = general(**GEN_IN, history=applied)
    assert session.outcome.code == "G-C2"  # type: ignore[union-attr]
    limitation = deadline(session.result(), "gd_gen_year")
    assert limitation.unrolled_end == date(2028, 6, 3)  # a Saturday
    assert "担保制度解释第28条第1款第2项" in cites(session.result())
    # Less than a year before the consultation date: the right is not spent yet.
    recent = general(
        **GEN_IN,
        history=(Event("enforcement_applied", date(2026, 6, 3), party="debtor"),),
    )
    assert recent.outcome.code == "G-B"  # type: ignore[union-attr]


def test_while_the_suit_runs_the_general_guarantor_may_insist_on_the_debtor_first() -> None:
    session = general("guarantor", **GEN_IN)
    assert session.outcome.code == "G-B"  # type: ignore[union-attr]
    assert "先诉抗辩权" in summary(session)
    assert "担保制度解释第26条第1款" in cites(session.result()) or any(
        "驳回起诉" in t for t in texts(session)
    )


def test_the_debtors_bankruptcy() -> None:
    session = general("guarantor", **GEN_IN, history=BANKRUPT)
    result = session.result()
    assert session.outcome.code == "G-C"  # type: ignore[union-attr]
    basis = cites(result)
    for wanted in ("民法典第687条第2款第2项", "担保制度解释第23条第1款", "担保制度解释第22条"):
        assert wanted in basis
    assert "利息计算至法院受理破产申请之日" in result.findings[0].scope.zh
    assert deadline(result, "gd_gen_bankr").end == date(2028, 3, 10)
    assert any("既没有申报债权也没有通知你" in d.zh for d in result.defences)
    joint_bankrupt = joint(**IN_TIME, history=BANKRUPT).result()
    assert "担保制度解释第23条第1款" in cites(joint_bankrupt)


def test_a_claim_filed_in_bankruptcy_only_is_contested() -> None:
    session = general(
        general_action="bankruptcy_claim", act_date=date(2024, 12, 2), period_a="none"
    )
    assert session.outcome.code == "G-C"  # type: ignore[union-attr]
    assert "contested" in [w.kind for w in session.result().warnings]


def test_a_statutory_exception_starts_the_limitation_when_the_creditor_learnt_of_it() -> None:
    session = general(**GEN_IN, exception="missing", exception_date=date(2025, 4, 1))
    result = session.result()
    assert session.outcome.code == "G-C"  # type: ignore[union-attr]
    assert deadline(result, "gd_gen_exc").end == date(2028, 4, 3)  # 04-01 + 3y is a Saturday
    assert "担保制度解释第28条第2款" in cites(result)


# --- old law (guarantees signed before 2021) ------------------------------------------------------


def _old_cites(session: Session) -> list[str]:
    result = session.result()
    found = [c for f in result.findings for c in f.basis]
    found += [c for d in result.deadlines for c in d.spec.basis]
    found += [c for w in result.warnings for c in w.basis]
    found += [c for s in result.reasoning for c in s.citations]
    return [library().cite(c, "zh") for c in found]


def test_an_old_guarantee_without_a_kind_is_joint_and_cites_old_law_everywhere() -> None:
    session = old(
        "creditor",
        due_date=date(2020, 3, 31),
        joint_action="demanded",
        act_date=date(2020, 8, 3),
        period_a="none",
    )
    assert session.outcome.code == "G-A"  # type: ignore[union-attr]
    cited = _old_cites(session)
    assert "担保法第19条" in cited and "担保法解释第34条第2款" in cited
    # The one Civil Code article is 192, on a limitation that ran out in 2023 (under the Code).
    assert not [
        c for c in cited if c.startswith(("民法典第", "担保制度解释")) and c != "民法典第192条"
    ], cited


def test_an_old_general_guarantee_counts_limitation_from_the_judgment() -> None:
    session = old(
        "creditor",
        type_wording="general",
        due_date=date(2020, 3, 31),
        general_action="sued",
        act_date=date(2020, 6, 1),
        period_a="none",
        history=(Event("judgment_effective", date(2020, 11, 20), party="debtor"),),
        judgment_date=date(2020, 11, 20),
    )
    result = session.result()
    assert session.outcome.code == "G-B"  # type: ignore[union-attr]
    limitation = deadline(result, "gd_gen_old")
    assert limitation.end == date(2023, 11, 20)
    spec = next(d.spec for d in result.deadlines if d.spec.id == "gd_gen_old")
    assert [library().cite(c, "zh") for c in spec.basis] == [
        "担保法解释第34条第1款",
        "民法总则第188条第1款",
    ]
    assert not [c for c in _old_cites(session) if c.startswith(("民法典第", "担保制度解释"))]


@pytest.mark.parametrize(
    ("due", "bridging"),
    [
        (date(2018, 6, 30), False),  # two years ended 2020-06-30: no period running in 2021
        (date(2019, 6, 30), True),  # running on 2021-01-01
        (date(2021, 3, 31), False),  # due after 2021: contested, no bridging rule
    ],
)
def test_the_bridging_rule_only_for_periods_running_on_1_january_2021(
    due: date, bridging: bool
) -> None:
    session = old(
        "creditor",
        due_date=due,
        joint_action="nothing",
        period_n="unclear",
        on=date(2019, 1, 1) if due.year == 2018 else ON,
    )
    result = session.result()
    spec = next(d.spec for d in result.deadlines if d.spec.id == "gp_2y")
    cited = [library().cite(c, "zh") for c in spec.basis]
    assert "担保法解释第32条第2款" in cited
    assert ("民法典时间效力规定第27条" in cited) == bridging
    contested = [w for w in result.warnings if w.kind == "contested"]
    assert bool(contested) == (due.year == 2021)


def test_an_old_maximum_amount_guarantee_with_an_unclear_period_has_six_months() -> None:
    session = old(
        "creditor",
        maturity_kind="ceiling",
        due_date=date(2020, 3, 31),
        joint_action="demanded",
        act_date=date(2020, 10, 9),
        period_a="unclear",
    )
    assert session.outcome.code == "G-D"  # type: ignore[union-attr]
    result = session.result()
    spec = next(d.spec for d in result.deadlines if d.spec.id == "gp_6m")
    assert "担保法解释第37条" in [library().cite(c, "zh") for c in spec.basis]


def test_old_law_has_no_cannot_pay_exception() -> None:
    session = old(
        "guarantor",
        type_wording="general",
        due_date=date(2020, 3, 31),
        general_action="sued",
        act_date=date(2020, 6, 1),
        period_a="none",
        exception="cannot_pay",
    )
    assert session.outcome.code == "G-B"  # type: ignore[union-attr]
    assert any("不是法定的先诉抗辩权例外" in w.text.zh for w in session.result().warnings)


def test_old_written_waiver() -> None:
    session = old(
        "creditor",
        type_wording="general",
        due_date=date(2020, 3, 31),
        general_action="sued",
        act_date=date(2020, 6, 1),
        period_a="none",
        exception="waiver",
    )
    assert session.outcome.code == "G-C"  # type: ignore[union-attr]
    assert "担保法第17条第3款第3项" in cites(session.result())


# --- validity: company guarantees, barred guarantors, void main contracts -------------------------

COMPANY = dict(guarantor_kind="company", company_resolution="not_reviewed", fault_guarantee="both")


def test_a_company_guarantee_without_a_checked_resolution_is_half_of_what_cannot_be_paid() -> None:
    session = joint(**COMPANY, **IN_TIME, debt_amount=Decimal(1000000), cannot_pay=Decimal(600000))
    result = session.result()
    assert session.outcome.code == "G-F"  # type: ignore[union-attr]
    (finding,) = result.findings
    assert finding.label == "赔偿责任"
    assert "最多300,000.00元" in fill(finding.scope.zh, "zh", text_values(session, NAMES, result))
    basis = cites(result)
    assert "担保制度解释第17条第1款第1项" in basis and "担保制度解释第7条第1款第2项" in basis
    assert "公司法(2018)第16条" in basis  # signed before 2024-07-01
    later = joint(
        **COMPANY,
        **IN_TIME,
        conclusion_date=date(2024, 7, 1),
        debt_amount=Decimal(10),
        cannot_pay=Decimal(10),
    )
    assert "公司法第15条" in cites(later.result())
    # Nothing about a void main contract on this route.
    assert not any("主合同无效" in t or "三分之一" in t for t in texts(session))


def test_when_what_the_debtor_cannot_pay_is_unknown_the_cap_is_half_the_debt() -> None:
    session = joint(**COMPANY, **IN_TIME, debt_amount=Decimal(1000000), cannot_pay=UNKNOWN)
    result = session.result()
    scope = fill(result.findings[0].scope.zh, "zh", text_values(session, NAMES, result))
    assert "500,000.00元" in scope


def test_a_void_main_contract_gives_at_most_a_third() -> None:
    session = joint(
        main_valid="void",
        fault_main="guarantor_fault",
        **IN_TIME,
        debt_amount=Decimal(90000),
        cannot_pay=Decimal(90000),
    )
    result = session.result()
    assert session.outcome.code == "G-F"  # type: ignore[union-attr]
    assert "最多30,000.00元" in fill(
        result.findings[0].scope.zh, "zh", text_values(session, NAMES, result)
    )
    assert "担保制度解释第17条第2款" in cites(result)
    assert any("主合同无效的依据" in e.zh for e in result.evidence)
    no_fault = joint(main_valid="void", fault_main="no_fault")
    assert no_fault.outcome.code == "G-F2"  # type: ignore[union-attr]


def test_old_law_a_creditor_without_fault_gets_joint_liability_in_damages() -> None:
    session = old(
        "creditor",
        guarantor_kind="barred",
        fault_guarantee="guarantor_only",
        due_date=date(2020, 3, 31),
        joint_action="demanded",
        act_date=date(2020, 8, 3),
        period_a="none",
        cannot_pay=Decimal(1000),
    )
    (finding,) = session.result().findings
    assert finding.label == "连带责任" and finding.sublabel is not None
    assert "连带赔偿责任" in finding.sublabel.zh
    assert library().cite(finding.basis[0], "zh") == "担保法解释第7条"


def test_an_unchecked_resolution_unknown_keeps_the_route_and_says_what_depends_on_it() -> None:
    session = joint(guarantor_kind="company", company_resolution="unknown", **IN_TIME)
    result = session.result()
    assert session.outcome.code == "G-A"  # type: ignore[union-attr]
    assert result.findings[0].depends_on == ("company_resolution",)
    (fact,) = result.facts_to_verify
    assert fact.question.id == "company_resolution" and fact.evidence and fact.effect
    assert any(w.kind == "missing_fact" and "二分之一" in w.text.zh for w in result.warnings)


def test_a_listed_company_not_relying_on_its_disclosure_owes_nothing() -> None:
    session = joint("guarantor", guarantor_kind="listed", listed_disclosure="not_relied")
    result = session.result()
    assert session.outcome.code == "G-F2"  # type: ignore[union-attr]
    assert cites(result) == ["担保制度解释第9条第2款"]
    assert "既不承担保证责任，也不承担赔偿责任" in summary(session)


def test_a_void_guarantee_with_the_period_missed_owes_no_compensation() -> None:
    new = joint(**COMPANY, joint_action="nothing", period_n="none")
    assert new.outcome.code == "G-D"  # type: ignore[union-attr]
    assert "担保制度解释第33条" in cites(new.result())
    before_2021 = old(
        "creditor",
        **COMPANY,
        due_date=date(2020, 3, 31),
        joint_action="nothing",
        period_n="none",
        cannot_pay=Decimal(1000),
    )
    assert before_2021.outcome.code == "G-F"  # type: ignore[union-attr]
    assert "contested" in [w.kind for w in before_2021.result().warnings]


# --- released and partly released -----------------------------------------------------------------


def test_a_released_guarantor_is_told_so_and_what_remains() -> None:
    session = joint("guarantor", joint_action="debtor_only", period_n="none")
    result = session.result()
    assert "你不再承担保证责任，保证责任已经消灭" in summary(session)
    (finding,) = result.findings
    assert finding.label == "不承担责任" and "保证责任已经消灭" in finding.scope.zh
    assert session.outcome.remaining_liability is not None  # type: ignore[union-attr]
    assert "仍应向" in session.outcome.remaining_liability.zh  # type: ignore[union-attr]
    assert any("签字" in d.zh for d in result.defences)


def test_partial_releases_are_several_facts_at_once() -> None:
    session = joint(**IN_TIME, changes=("increased", "debtor_collateral", "assigned_unnotified"))
    result = session.result()
    assert [p.node.code for p in result.parts] == ["G-E", "G-A"]
    assert [f.label for f in result.findings] == [NONE_LABEL, NONE_LABEL, JOINT_LABEL]
    assert {"民法典第695条第1款", "民法典第392条"} <= set(cites(result))


def test_a_new_loan_for_an_old_one_releases_the_guarantor() -> None:
    session = joint(**IN_TIME, changes=("new_for_old",))
    assert session.outcome.code == "G-E2"  # type: ignore[union-attr]
    assert cites(session.result()) == ["担保制度解释第16条第1款第2项"]


def test_co_guarantors() -> None:
    agreed = joint(**IN_TIME, co_guarantors="shares_agreed").result()
    assert [f.label for f in agreed.findings] == ["按份责任", JOINT_LABEL]
    many_general = general(**GEN_IN, co_guarantors="no_shares").result()
    assert [f.label for f in many_general.findings] == [GENERAL_LABEL, GENERAL_LABEL]
    before_2021 = old(
        "guarantor",
        due_date=date(2020, 3, 31),
        joint_action="demanded",
        act_date=date(2020, 8, 3),
        period_a="none",
        co_guarantors="no_shares",
    ).result()
    assert "担保法解释第19条" in cites(before_2021)
    assert any("担保法第12条" in r.zh for r in before_2021.recourse)


# --- debt accession -------------------------------------------------------------------------------

ACCESSION = dict(GOLDEN["G-G"][0])


def test_a_debt_accession_is_a_joint_debt_not_a_guarantee() -> None:
    session = case("joiner", **ACCESSION)
    result = session.result()
    (finding,) = result.findings
    assert finding.label == "连带责任" and finding.sublabel.zh == "连带债务（债务加入）"  # type: ignore[union-attr]
    # 合同编通则解释51(2) (the debtor's defences against the joiner in recourse) is no basis
    # of the creditor's claim.
    assert cites(result) == ["民法典第552条", "担保制度解释第36条第2款"]
    assert any("合同编通则解释第51条第1款" in r.zh for r in result.recourse)
    assert not any("保证合同" in t for t in texts(session))
    # An acknowledgement by the debtor interrupts against the party who joined too (joint debt).
    acknowledged = case(
        "creditor",
        **{
            **ACCESSION,
            "acc_history": (Event("acknowledgement", date(2026, 3, 2), party="debtor"),),
        },
    )
    assert deadline(acknowledged.result(), "acc_lim_3y").end == date(2029, 3, 2)


def test_an_old_accession_applies_the_civil_code_by_the_temporal_rule() -> None:
    session = case("creditor", **{**ACCESSION, "conclusion_date": date(2020, 5, 1)})
    assert "民法典时间效力规定第3条" in cites(session.result())


def test_a_company_accession_without_resolution() -> None:
    session = case("creditor", **GOLDEN["G-G2"][0])
    result = session.result()
    assert "担保制度解释第12条" in cites(result)
    assert "最多25,000.00元" in fill(
        result.findings[0].scope.zh, "zh", text_values(session, NAMES, result)
    )


# --- the side that paid: recourse and shares ------------------------------------------------------


def test_same_contract_three_guarantors_share_what_the_debtor_cannot_pay() -> None:
    session = case("paid", **{**PAID, "co_paid": "same_contract", "co_count": "three"})
    result = session.result()
    assert [f.label for f in result.findings] == ["清偿责任", "按份责任"]
    shares = fill(result.findings[1].scope.zh, "zh", text_values(session, NAMES, result))
    assert "每人分担100,000.00元" in shares
    assert "担保制度解释第13条第2款" in cites(result)
    assert deadline(result, "recourse_lim").end == date(2028, 8, 1)


def test_separate_guarantees_without_agreement_share_nothing_under_the_civil_code() -> None:
    result = case("paid", **{**PAID, "co_paid": "separate"}).result()
    assert [f.label for f in result.findings] == ["清偿责任", "不承担责任"]
    assert "担保制度解释第13条第3款" in cites(result)


def test_old_law_co_guarantors_share_equally() -> None:
    session = case(
        "paid",
        **{
            **PAID,
            "conclusion_date": date(2018, 7, 1),
            "co_paid": "separate",
            "co_count": "two",
            "recovered": Decimal(20000),
        },
    )
    result = session.result()
    shares = fill(result.findings[1].scope.zh, "zh", text_values(session, NAMES, result))
    assert "每人140,000.00元" in shares
    assert {"担保法第31条", "担保法第12条", "担保法解释第20条第2款"} <= set(cites(result))


def test_paying_a_debt_known_to_be_time_barred_loses_recourse() -> None:
    result = case("paid", **{**PAID, "paid_knew_barred": "yes"}).result()
    assert result.findings[0].label == "不承担责任"
    assert "诉讼时效规定第18条第2款" in cites(result)


def test_buying_the_claim_counts_as_paying() -> None:
    result = case("paid", **{**PAID, "paid_how": "bought_claim"}).result()
    assert "担保制度解释第14条" in cites(result)


def test_ordered_but_not_paid_has_no_recourse_limitation_yet() -> None:
    result = case("paid", **{**PAID, "paid_how": "ordered", "paid_date": UNKNOWN}).result()
    assert "你实际支付后" in "".join(f.scope.zh for f in result.findings)
    assert not [d for d in result.deadlines if d.spec.id == "recourse_lim"]


@pytest.mark.parametrize(
    ("recourse", "label"),
    [("agreed", "清偿责任"), ("not_agreed", "清偿责任"), ("harmful", "不承担责任")],
)
def test_a_joiner_who_paid(recourse: str, label: str) -> None:
    session = case("paid", **{**PAID, "what_signed": "accession", "acc_recourse": recourse})
    result = session.result()
    assert [f.label for f in result.findings] == [label]
    assert "合同编通则解释第51条第1款" in cites(result)


# --- the report -----------------------------------------------------------------------------------


def test_the_report_for_a_guarantor_puts_the_defences_first_and_fills_names() -> None:
    session = general("guarantor", **GEN_IN, history=TERMINATED)
    html = render_report(session, NAMES, library())
    assert html.index("可以提出的抗辩") < html.index("推理过程")
    assert "保证人（张三）" in html and "债务人（乙公司）" in html
    assert "500,000.00元" not in html and "100,000.00元" in html
    for note in tree("guarantor").notes:
        assert note.zh not in html


def test_english_texts_are_filled_too() -> None:
    session = joint("guarantor", **IN_TIME)
    assert all("{" not in t for t in texts(session, "en"))


# --- the sample path for the GUI tests ------------------------------------------------------------


def test_the_sample_path_uses_only_side_choice_and_date_questions() -> None:
    session = Session(tree("guarantor"), ON)
    for answer in GUARANTOR_RELEASED:
        node = session.current
        assert node.id == "side" or isinstance(node, ChoiceQuestion | DateQuestion)
        session.answer(answer)
    assert session.outcome is not None and session.outcome.code == "G-D"


# --- the review of 2026-12-05: each finding on the reviewer's story -------------------------------


def filled(session: Session, part: str) -> list[str]:
    """One part of the result (next_steps, evidence, defences, recourse), filled."""
    result = session.result()
    values = text_values(session, NAMES, result)
    return [fill(t.zh, "zh", values) for t in getattr(result, part)]


def warnings_zh(session: Session) -> list[str]:
    result = session.result()
    values = text_values(session, NAMES, result)
    return [fill(w.text.zh, "zh", values) for w in result.warnings]


def report_html(session: Session) -> str:
    return render_report(session, NAMES, library())


OLD_JOINT_17 = dict(
    OLD_DEFAULT,
    conclusion_date=date(2019, 11, 20),
    due_date=date(2020, 8, 15),
    joint_action="demanded",
    act_date=date(2021, 2, 18),  # the period's last day after the 2021 Spring Festival
    period_a="none",
    debt_amount=Decimal(450000),
    history=(
        Event("acknowledgement", date(2022, 5, 10), party="guarantor"),
        Event("demand", date(2023, 3, 1), party="debtor"),
    ),
)


def test_review_1_story_17_both_limitations_have_run_out() -> None:
    session = case("creditor", **OLD_JOINT_17)
    result = session.result()
    assert session.outcome.code == "G-A"  # type: ignore[union-attr]
    assert deadline(result, "gd_joint_old").end == date(2025, 5, 12)
    assert deadline(result, "main_lim_3y").end == date(2026, 3, 2)
    text = summary(session)
    assert "保证债务的诉讼时效已于2025年5月12日届满" in text
    assert "主债务的诉讼时效也已于2026年3月2日届满" in text
    assert "除非他在届满后同意履行" in text
    steps = filled(session, "next_steps")
    assert not any("届满前（见期限表）起诉保证人（张三）" in t for t in steps)
    assert not any("对债务人（乙公司）催告或者起诉" in t for t in steps)
    assert any("此后的催告不能使它重新计算" in t for t in steps)
    # The stale caution to act by the earlier of the two limitations is gone.
    assert not any("以两者中较早的日期为准行事" in w for w in warnings_zh(session))
    assert any(w.kind == "caution" and "届满后义务人同意履行" in w.text.zh for w in result.warnings)
    assert "民法典第192条" in [library().cite(c, "zh") for w in result.warnings for c in w.basis]


def test_review_1_story_23_recourse_after_its_limitation_ran_out() -> None:
    session = case(
        "paid",
        **{
            **PAID,
            "conclusion_date": date(2019, 6, 1),
            "paid_how": "enforced",
            "paid_date": date(2022, 8, 8),
            "paid_amount": Decimal(400000),
            "co_paid": "separate",
            "co_count": "two",
        },
    )
    result = session.result()
    assert deadline(result, "recourse_lim").end == date(2025, 8, 8)
    assert deadline(result, "shares_lim").end == date(2025, 8, 8)
    text = summary(session)
    assert "向债务人（乙公司）追偿的诉讼时效已于2025年8月8日届满" in text
    assert "其他保证人（李四）也可以拒绝分担" in text
    assert [f.label for f in result.findings] == ["清偿责任", "按份责任"]
    assert "诉讼时效已经届满" in result.findings[0].sublabel.zh  # type: ignore[union-attr]
    steps = filled(session, "next_steps")
    assert not any("在追偿的诉讼时效届满前" in t for t in steps)
    assert not any("书面要求其他保证人（李四）分担" in t for t in steps)
    assert any("催告不能使它重新计算" in t for t in steps)


def test_review_1_story_10_no_advice_to_interrupt_a_main_debt_already_barred() -> None:
    session = old(
        "creditor",
        due_date=date(2020, 3, 31),
        joint_action="demanded",
        act_date=date(2021, 9, 1),
        period_a="unclear",  # two years for an old guarantee, to 2022-03-31
        history=(
            Event("demand", date(2022, 12, 1), party="debtor"),
            Event("acknowledgement", date(2023, 7, 15), party="guarantor"),
            Event("suit", date(2026, 5, 10), party="guarantor"),
        ),
    )
    result = session.result()
    assert deadline(result, "main_lim_3y").end == date(2025, 12, 1)
    assert deadline(result, "gd_joint_old").status == "pending"
    assert "主债务的诉讼时效已于2025年12月1日届满" in summary(session)
    assert not any("对债务人（乙公司）催告或者起诉" in t for t in filled(session, "next_steps"))


GENERAL_18 = dict(
    NEW_GENERAL,
    conclusion_date=date(2022, 7, 1),
    due_date=date(2023, 7, 1),  # six months end 2024-01-01, 元旦 → 2024-01-02
    general_action="sued",
    act_date=date(2023, 11, 20),
    period_a="none",
    debt_amount=Decimal(900000),
    history=(
        Event("suit", date(2023, 11, 20), party="debtor"),
        Event("judgment_effective", date(2025, 1, 10), party="debtor"),
        Event("enforcement_applied", date(2025, 2, 1), party="debtor"),
    ),
)


def test_review_2_story_18_a_year_after_the_application_enforcement_is_not_over() -> None:
    session = case("guarantor", **GENERAL_18)
    result = session.result()
    assert session.outcome.code == "G-C2"  # type: ignore[union-attr]
    assert deadline(result, "gd_gen_year").end == date(2029, 2, 1)
    spec = next(d.spec for d in result.deadlines if d.spec.id == "gd_gen_year")
    assert "满一年之日起三年" in spec.label.zh and "四年" in spec.label.zh
    # The row says the limitation itself is three years; the engine's "4年" is the year plus three.
    assert spec.note is not None and "诉讼时效期间为三年" in spec.note.zh
    assert "诉讼时效期间为三年，自法院收到执行申请之日满一年起算" in report_html(session)
    (finding,) = result.findings
    assert "已满一年" in finding.order.zh and "执行已经终结" not in finding.order.zh
    assert "担保制度解释第28条第1款第2项" in cites(result)
    all_texts = texts(session)
    assert not any("执行不能" in t or "执行已经终结" in t for t in all_texts)
    assert not any("核对终结执行的裁定" in t for t in all_texts)
    assert "仍有财产可供执行" in summary(session) and "主要抗辩" in summary(session)
    assert any("仍有财产可供执行" in d for d in filled(session, "defences"))


def test_review_3_story_5_only_a_claim_filed_and_the_period_has_ended() -> None:
    session = general(
        conclusion_date=date(2022, 1, 10),
        type_wording="none",
        due_date=date(2023, 12, 31),
        general_action="bankruptcy_claim",
        act_date=date(2025, 8, 1),
        period_a="y2",
        debt_amount=Decimal(2000000),
        history=(
            Event("bankruptcy_accepted", date(2025, 6, 18), party="debtor"),
            Event("equal_effect", date(2025, 8, 1), party="debtor"),
        ),
    )
    result = session.result()
    assert session.outcome.code == "G-C"  # type: ignore[union-attr]
    text = summary(session)
    assert "保证期间已于2025年12月31日届满" in text and "存在争议" in text
    assert "请立即起诉保证人（张三）" in text
    assert "你已在保证期间内对债务人（乙公司）行使了权利" not in text
    (finding,) = result.findings
    assert "有争议" in finding.sublabel.zh  # type: ignore[union-attr]
    assert {"担保制度解释第23条第1款", "担保制度解释第22条", "民法典第687条第2款第2项"} <= set(
        cites(result)
    )
    steps = filled(session, "next_steps")
    assert not any("向管理人申报债权" in t for t in steps)
    # The period is known to have ended: no advice for a period still running.
    assert any(t.startswith("立即起诉保证人（张三），主张申报债权即在保证期间内") for t in steps)
    assert not any("尚未届满的，务必在届满前起诉" in t for t in steps)
    assert not any("对债务人起诉或者申请仲裁的材料" in t for t in filled(session, "evidence"))
    assert not any("在保证期间内同时起诉" in w for w in warnings_zh(session))
    # The period row is not marked as kept, and the reasoning says the filing is contested.
    assert [d.spec.id for d in result.deadlines if d.spec.kind == "guarantee_period"] == ["gp_2y"]
    step = next(s for s in session.reasoning() if s.node.id == "cmp_acted")
    assert "申报债权" in step.significance.zh and "存在争议" in step.significance.zh  # type: ignore[union-attr]
    guarantor = general(
        "guarantor",
        conclusion_date=date(2022, 1, 10),
        type_wording="none",
        due_date=date(2023, 12, 31),
        general_action="bankruptcy_claim",
        act_date=date(2025, 8, 1),
        period_a="y2",
        history=(Event("bankruptcy_accepted", date(2025, 6, 18), party="debtor"),),
    )
    assert "这是你的主要抗辩" in summary(guarantor)


OLD_JOINT_11 = dict(
    OLD_DEFAULT,
    conclusion_date=date(2020, 8, 1),
    type_wording="joint",
    due_date=date(2021, 6, 30),
    joint_action="demanded",
    act_date=date(2022, 3, 1),
    period_a="unclear",
    debt_amount=Decimal(700000),
    history=(
        Event("demand", date(2024, 5, 1), party="debtor"),
        Event("suit", date(2025, 2, 20), party="guarantor"),
        Event("judgment_served", date(2026, 11, 25), party="guarantor"),
    ),
)


def test_review_4_story_11_the_appeal_and_the_contested_period_lead() -> None:
    session = case("guarantor", **OLD_JOINT_11)
    result = session.result()
    assert deadline(result, "appeal_guarantor").end == date(2026, 12, 10)
    text = summary(session)
    assert "上诉期至2026年12月10日届满" in text
    assert "你的主要抗辩是保证期间" in text and "已于2021年12月30日届满" in text
    assert "你不能以保证期间届满为由免责" not in text
    steps = filled(session, "next_steps")
    assert any("2026年12月10日或者之前向上一级人民法院提起上诉" in t for t in steps)
    assert not any("列为共同被告" in t for t in texts(session))
    assert not any("终结本次执行程序" in t for t in filled(session, "evidence"))
    assert any("保证期间只有六个月" in d for d in filled(session, "defences"))
    html = report_html(session)
    assert "最近的期限：对一审判决的上诉期间" in html
    # The creditor's side, before any suit: the contested point is in the conclusion too.
    history = (
        Event("demand", date(2024, 5, 1), party="debtor"),
        Event("acknowledgement", date(2024, 6, 3), party="guarantor"),
    )
    creditor = case("creditor", **{**OLD_JOINT_11, "history": history})
    assert "可能以此主张不再承担保证责任" in summary(creditor)
    assert any("已于2021年12月30日届满" in w for w in warnings_zh(creditor))


COMPANY_8 = dict(
    NEW_JOINT,
    conclusion_date=date(2022, 4, 15),
    guarantor_kind="company",
    company_resolution="not_reviewed",
    fault_guarantee="both",
    due_date=date(2023, 10, 31),
    joint_action="demanded",
    act_date=date(2024, 3, 1),
    period_a="none",
    debt_amount=Decimal(800000),
    cannot_pay=UNKNOWN,
)


def test_review_5_story_8_a_void_company_guarantee_gets_its_limitations() -> None:
    session = case("creditor", **COMPANY_8)
    result = session.result()
    assert session.outcome.code == "G-F"  # type: ignore[union-attr]
    assert deadline(result, "main_inv_3y").end == date(2026, 11, 2)
    assert deadline(result, "main_inv_3y").status == "passed"
    assert deadline(result, "comp_lim").end == date(2027, 3, 1)
    text = summary(session)
    assert "在保证期间内依法行使了权利" in text
    assert "主债务的诉讼时效已于2026年11月2日届满" in text
    assert "请先向债务人（乙公司）追讨，并在保证期间内依法行使权利" not in text
    assert "最多为尚欠债务的二分之一，即400,000.00元" in fill(
        result.findings[0].scope.zh, "zh", text_values(session, NAMES, result)
    )
    steps = filled(session, "next_steps")
    assert not any(t.startswith("先向债务人（乙公司）追讨") for t in steps)
    assert any("赔偿请求的诉讼时效届满前" in t for t in steps)
    assert any(
        w.kind == "contested" and "赔偿的诉讼时效从何时起算" in w.text.zh for w in result.warnings
    )


def test_review_5_story_19_a_void_main_contract_and_the_compensation_claims_limitation() -> None:
    session = joint(
        conclusion_date=date(2022, 7, 1),
        main_valid="void",
        fault_main="guarantor_fault",
        due_date=date(2023, 7, 1),
        joint_action="demanded",
        act_date=date(2023, 10, 10),
        period_a="none",
        debt_amount=Decimal(900000),
        cannot_pay=Decimal(600000),
    )
    result = session.result()
    assert "最多200,000.00元" in fill(
        result.findings[0].scope.zh, "zh", text_values(session, NAMES, result)
    )
    assert not [d for d in result.deadlines if d.spec.id.startswith("main_")]
    assert deadline(result, "comp_lim").end == date(2026, 10, 10)  # a working Saturday
    assert "已于2026年10月10日届满" in summary(session)
    assert any("立即起诉保证人（张三）" in t for t in filled(session, "next_steps"))


OLD_GENERAL_24 = dict(
    OLD_DEFAULT,
    conclusion_date=date(2020, 3, 1),
    type_wording="general",
    due_date=date(2020, 12, 31),
    general_action="sued",
    act_date=date(2021, 3, 1),
    period_a="none",
    debt_amount=Decimal(600000),
    history=(
        Event("suit", date(2021, 3, 1), party="debtor"),
        Event("judgment_effective", date(2021, 10, 15), party="debtor"),
        Event("enforcement_applied", date(2021, 11, 1), party="debtor"),
        Event("enforcement_terminated", date(2022, 6, 1), party="debtor"),
    ),
    judgment_date=date(2021, 10, 15),
)


def test_review_6_story_24_expired_on_either_reckoning() -> None:
    session = case("creditor", **OLD_GENERAL_24)
    result = session.result()
    assert session.outcome.code == "G-C2"  # type: ignore[union-attr]
    assert deadline(result, "gd_gen_old").end == date(2024, 10, 15)
    # 2025-06-01 + roll-over: Sunday and the 端午 rest day → 2025-06-03.
    assert deadline(result, "gd_gen_old_term").end == date(2025, 6, 3)
    text = summary(session)
    assert "已于2024年10月15日届满" in text and "也已于2025年6月3日届满" in text
    assert "尚未届满的，请尽快起诉" not in text
    steps = filled(session, "next_steps")
    assert not any("在诉讼时效届满前" in t for t in steps)
    assert not any(t.endswith("诉讼时效从送达之日起算。") for t in steps)
    assert "担保法解释第36条第1款" in cites(result)
    assert not [c for c in _old_cites(session) if c.startswith("担保制度解释")]
    # The judgment's day is asked again after the history; the question says why.
    assert "与案件经过中记录的生效日相同" in tree("guarantor").node("judgment_date").text.zh


def test_review_7_story_16_a_month_only_due_date_against_a_known_demand() -> None:
    session = joint(
        conclusion_date=date(2022, 2, 10),
        due_date=MonthDate(2024, 3),
        joint_action="demanded",
        act_date=date(2024, 9, 15),
        period_a="none",
    )
    result = session.result()
    assert session.outcome.code == "G-D2"  # type: ignore[union-attr]
    text = summary(session)
    assert "2024年3月" in text and "在2024年9月15日或者之后的，要求及时" in text
    period = deadline(result, "gp_6m")
    assert (period.end, period.latest_end) == (date(2024, 9, 2), date(2024, 9, 30))
    assert deadline(result, "main_lim_3y").end == date(2027, 3, 1)
    assert deadline(result, "gd_joint_new").end is not None
    all_texts = texts(session)
    assert not any("保证期间尚未届满的，请立即依法行使权利" in t for t in all_texts)
    assert not any(
        "（一般保证）" in t or "对债务人（乙公司）提起诉讼、申请仲裁" in t for t in all_texts
    )
    assert "最近的期限：主债务的诉讼时效" in report_html(session)


def test_review_7_story_22_every_possible_period_is_computed() -> None:
    session = joint(
        conclusion_date=date(2024, 3, 1),
        due_date=date(2025, 6, 30),
        joint_action="unknown",
        period_n="unknown",
    )
    result = session.result()
    assert session.outcome.code == "G-D2"  # type: ignore[union-attr]
    ends = {d.spec.id: d.deadline.end for d in result.deadlines}
    assert ends["gpu_6m_new"] == date(2025, 12, 30)
    assert ends["gpu_1y"] == date(2026, 6, 30)
    assert ends["gpu_2y_new"] == date(2027, 6, 30)
    assert ends["gpu_3y"] == date(2028, 6, 30)
    assert ends["main_lim_3y"] == date(2028, 6, 30)
    assert "请立即书面要求保证人（张三）承担保证责任" in summary(session)
    assert not any("确定主债务的确切到期日" in t for t in filled(session, "next_steps"))


@pytest.mark.parametrize(
    ("answers", "labels"),
    [
        # story 6: same contract, paid under a judgment
        (
            {**PAID, "paid_how": "enforced", "paid_amount": Decimal(600000),
             "paid_date": date(2025, 3, 1), "co_paid": "same_contract", "co_count": "two"},
            ["清偿责任", "按份责任"],
        ),
        # story 7: bought the claim, separate guarantees
        (
            {**PAID, "conclusion_date": date(2021, 9, 1), "paid_how": "bought_claim",
             "paid_date": date(2026, 3, 10), "paid_amount": Decimal(500000), "co_paid": "separate"},
            ["清偿责任", "不承担责任"],
        ),
        # story 13: a joiner who paid, no agreement on recourse
        (
            {**PAID, "conclusion_date": date(2022, 9, 1), "what_signed": "accession",
             "paid_how": "enforced", "paid_date": date(2025, 10, 10),
             "paid_amount": Decimal(300000), "acc_recourse": "not_agreed"},
            ["清偿责任"],
        ),
    ],
)  # fmt: skip
def test_review_8_the_debtors_duty_to_reimburse_is_its_own_debt(
    answers: dict[str, Any], labels: list[str]
) -> None:
    session = case("paid", **answers)
    result = session.result()
    assert [f.label for f in result.findings] == labels
    assert not any("上面认定你不能追偿的部分" in t for t in texts(session))
    if answers["what_signed"] == "accession":
        text = summary(session)
        assert "没有约定追偿权" in text
        assert "约定了追偿权的，按约定" not in text and "损害" not in text
        assert deadline(result, "recourse_lim").end == date(2028, 10, 10)


def test_review_9_story_12_the_joiner_gets_no_creditor_evidence() -> None:
    session = case(
        "joiner",
        **{
            **ACCESSION,
            "conclusion_date": date(2021, 3, 1),
            "acc_due_date": date(2021, 12, 31),
            "acc_amount": Decimal(300000),
            "acc_history": (Event("demand", date(2024, 11, 1), party="joiner"),),
        },
    )
    result = session.result()
    assert deadline(result, "acc_lim_3y").end == date(2027, 11, 1)
    assert "合同编通则解释第51条第2款" not in cites(result)
    assert not any("催告、起诉等中断时效的凭证" in t for t in filled(session, "evidence"))
    assert any("民法典第553条" in d for d in filled(session, "defences"))
    assert not any(d.spec.kind == "guarantee_period" for d in result.deadlines)


def test_review_10_a_guarantor_is_shown_the_creditors_deadlines_as_the_other_sides() -> None:
    session = joint(
        "guarantor",
        conclusion_date=date(2023, 3, 1),
        due_date=date(2024, 4, 4),
        joint_action="demanded",
        act_date=date(2024, 10, 8),
        period_a="none",
    )
    result = session.result()
    for d in result.deadlines:
        assert d.spec.acts == ("creditor",), d.spec.id
    html = report_html(session)
    assert "对方的期限：" in html and "最近的期限：" not in html
    assert "对方须在此日或之前行事" in html
    # The guarantor's own limitation defence is computed, not "check whether it ran out".
    assert any("保证债务的诉讼时效至2027年10月8日届满" in d for d in filled(session, "defences"))
    assert not any(d.startswith("核对保证债务的诉讼时效") for d in filled(session, "defences"))
    paid = case("paid", **PAID).result()
    assert all(d.spec.acts == ("paid",) for d in paid.deadlines)


def test_review_11_story_9_the_companys_main_defence_with_the_figure() -> None:
    session = joint(
        "guarantor",
        conclusion_date=date(2024, 9, 1),
        guarantor_kind="company",
        company_resolution="unknown",
        due_date=date(2025, 9, 1),
        joint_action="demanded",
        act_date=date(2026, 1, 20),
        period_a="none",
        debt_amount=Decimal(500000),
        history=(Event("suit", date(2026, 6, 1), party="guarantor"),),
    )
    result = session.result()
    assert "主要抗辩是担保对公司不发生效力" in summary(session)
    defences = filled(session, "defences")
    assert any(
        "担保制度解释第7条第3款" in d and "250,000.00元" in d and "公司法第15条" in d
        for d in defences
    )
    assert any("250,000.00元" in w for w in warnings_zh(session))
    assert deadline(result, "gd_joint_new").status == "pending"
    assert any("出示签约时审查的公司决议" in t for t in filled(session, "next_steps"))


def test_review_12_story_1_the_row_says_the_period_was_kept() -> None:
    session = joint(
        conclusion_date=date(2023, 3, 1),
        due_date=date(2024, 6, 30),
        joint_action="demanded",
        act_date=date(2024, 12, 30),  # the last day, a Monday
        period_a="none",
    )
    result = session.result()
    assert session.outcome.code == "G-A"  # type: ignore[union-attr]
    kept = next(d for d in result.deadlines if d.spec.kind == "guarantee_period")
    assert kept.spec.id == "gk_6m" and kept.deadline.end == date(2024, 12, 30)
    label = fill(kept.spec.label.zh, "zh", text_values(session, NAMES, result))
    assert "已于2024年12月30日在期间内依法行使权利" in label
    assert deadline(result, "gd_joint_new").end == date(2027, 12, 30)
    html = report_html(session)
    assert "最近的期限：主债务的诉讼时效" in html and "注意：保证期间" not in html


def test_review_13_no_joinder_advice_and_judgment_recourse_only_for_old_law() -> None:
    for side in ("guarantor", "joiner"):
        for answers in (IN_TIME, {**IN_TIME, "history": TERMINATED}):
            assert not any("列为共同被告" in t for t in texts(joint(side, **answers)))
    new_paid = case("paid", **{**PAID, "paid_how": "enforced"})
    assert not any("判决已写明追偿权" in t or "追偿权的" in t for t in texts(new_paid))
    old_paid = case("paid", **{**PAID, "conclusion_date": date(2019, 6, 1), "paid_how": "enforced"})
    assert any("担保法解释第42条第1款" in t for t in filled(old_paid, "next_steps"))


def test_review_14_story_21_an_extension_without_consent_cites_695_2() -> None:
    session = joint(
        "guarantor",
        extension="not_consented",
        due_date=date(2023, 5, 31),
        ext_due_date=date(2024, 5, 31),
        joint_action="demanded",
        act_date=date(2024, 7, 1),
        period_a="none",
    )
    assert session.outcome.code == "G-D"  # type: ignore[union-attr]
    assert "民法典第695条第2款" in cites(session.result())


def test_review_15_story_2_the_released_creditor_gets_the_main_debts_date() -> None:
    session = joint(
        conclusion_date=date(2023, 3, 1),
        due_date=date(2024, 6, 30),
        joint_action="demanded",
        act_date=date(2024, 12, 31),  # a day late
        period_a="none",
    )
    assert session.outcome.code == "G-D"  # type: ignore[union-attr]
    assert deadline(session.result(), "main_lim_3y").end == date(2027, 6, 30)
    steps = filled(session, "next_steps")
    assert any("主债务的诉讼时效至2027年6月30日届满" in t for t in steps)
    assert not any(t.startswith("检查是否还有其他保证人") for t in steps)
    # The guarantor's side of it asks no history and shows no main-debt row.
    guarantor = joint(
        "guarantor",
        conclusion_date=date(2023, 3, 1),
        due_date=date(2024, 6, 30),
        joint_action="demanded",
        act_date=date(2024, 12, 31),
        period_a="none",
        history=None,
    )
    assert "history" not in guarantor.answers
    assert not [d for d in guarantor.result().deadlines if d.spec.id.startswith("main_")]


def test_review_16_story_4_the_summary_leaves_the_provisional_date_to_the_table() -> None:
    session = general(
        conclusion_date=date(2021, 5, 10),
        due_date=date(2022, 5, 10),
        general_action="sued",
        act_date=date(2022, 9, 1),
        period_a="none",
        history=(
            Event("suit", date(2022, 9, 1), party="debtor"),
            Event("judgment_effective", date(2023, 3, 15), party="debtor"),
            Event("enforcement_applied", date(2023, 4, 10), party="debtor"),
            Event("enforcement_terminated", date(2024, 2, 20), party="debtor"),
        ),
    )
    limitation = deadline(session.result(), "gd_gen_spent")
    assert (limitation.end, limitation.act_by) == (date(2027, 2, 22), date(2027, 2, 19))
    assert "2027年2月22日" not in summary(session)
    assert (
        "最近的期限：保证债务的诉讼时效（自终结执行的裁定送达债权人之日起三年），请在 2027年2月19日"
        in report_html(session)
    )


def test_review_17_story_14_the_author_of_a_comfort_letter_is_named_as_such() -> None:
    session = case(
        "creditor", **{**NEW_JOINT, "conclusion_date": date(2023, 5, 1), "what_signed": "comfort"}
    )
    result = session.result()
    (finding,) = result.findings
    assert (
        fill(finding.liable.zh, "zh", text_values(session, NAMES, result))
        == "出具承诺文件的第三人（丁集团）"
    )
    assert not any("保证人（张三）" in t for t in texts(session))


def test_review_18_the_joint_path_does_not_offer_the_general_guarantors_option() -> None:
    t = tree("guarantor")
    joint_changes = t.node("changes_j")
    general_changes = t.node("changes")
    assert "assets_neglected" not in [c.id for c in joint_changes.choices]  # type: ignore[attr-defined]
    assert "assets_neglected" in [c.id for c in general_changes.choices]  # type: ignore[attr-defined]
    session = joint(**IN_TIME)
    assert "changes_j" in session.answers and "changes" not in session.answers
    # story 15: a general guarantor chased by letters only — no suit evidence.
    released = case(
        "guarantor",
        **{**NEW_JOINT, "conclusion_date": date(2021, 6, 15), "type_wording": "none",
           "due_date": date(2023, 6, 15), "general_action": "letters", "period_n": "none"},
    )  # fmt: skip
    assert released.outcome.code == "G-D"  # type: ignore[union-attr]
    assert not any("对债务人起诉或者申请仲裁的材料" in t for t in filled(released, "evidence"))
    assert any("只向你或者债务人（乙公司）催告不算" in t for t in filled(released, "next_steps"))


# --- second re-review (2026-12-05) ---------------------------------------------------------------

STORY_2C = dict(
    conclusion_date=date(2021, 3, 1),
    extension="not_consented",
    due_date=date(2022, 6, 30),
    ext_due_date=date(2024, 6, 30),
    joint_action="demanded",
    act_date=date(2022, 9, 1),
    period_a="none",
    debt_amount=Decimal(400000),
    history=(
        Event("demand", date(2022, 9, 1), party="guarantor"),
        Event("suit", date(2025, 8, 1), party="guarantor"),
    ),
)


def test_rereview_1_story_2c_the_main_debt_runs_from_the_extended_due_date() -> None:
    for side in ("guarantor", "creditor"):
        session = joint(side, **STORY_2C)
        result = session.result()
        ids = [d.spec.id for d in result.deadlines]
        assert "main_lim_3y" not in ids
        main = deadline(result, "main_lim_3y_x")
        assert main.end == date(2027, 6, 30) and main.status != "passed"
        # The guarantee period stays on the original due date (six months).
        assert deadline(result, "gk_6m").end == date(2022, 12, 30)
        joined = "\n".join(texts(session))
        assert "主债务的诉讼时效已于" not in joined
        assert "2025年6月30日" not in joined
    guarantor = joint("guarantor", **STORY_2C)
    assert any(
        "主债务的诉讼时效至2027年6月30日届满，目前尚未届满" in d
        for d in filled(guarantor, "defences")
    )


def test_rereview_2_story_9_the_time_bar_must_have_been_raised_at_first_instance() -> None:
    session = old(
        "guarantor",
        conclusion_date=date(2020, 6, 1),
        type_wording="joint",
        due_date=date(2021, 6, 30),
        joint_action="demanded",
        act_date=date(2022, 8, 15),
        period_a="unclear",
        debt_amount=Decimal(1500000),
        history=(
            Event("demand", date(2023, 5, 1), party="debtor"),
            Event("demand", date(2022, 8, 15), party="guarantor"),
            Event("suit", date(2024, 1, 10), party="guarantor"),
            Event("judgment_served", date(2026, 11, 25), party="guarantor"),
        ),
    )
    result = session.result()
    assert deadline(result, "appeal_guarantor").end == date(2026, 12, 10)
    assert deadline(result, "main_lim_3y").end == date(2026, 5, 6)
    steps = filled(session, "next_steps")
    appeal = next(t for t in steps if "提起上诉" in t)
    assert "一审没有提出的，二审不予支持" in appeal and "诉讼时效规定第3条第1款" in appeal
    assert "保证期间是否届满不是诉讼时效抗辩" in appeal
    bar = next(d for d in filled(session, "defences") if "主债务的诉讼时效已于" in d)
    assert "担保法第20条第1款" in bar and "担保法解释第35条" in bar and "诉讼时效规定第3条" in bar
    assert "民法典第701条" not in bar
    basis = [library().cite(c, "zh") for w in result.warnings for c in w.basis]
    assert {"担保法第20条第1款", "担保法解释第35条", "诉讼时效规定第3条第1款"} <= set(basis)
    assert "民法典第701条" not in basis


def test_rereview_3_story_2c_new_law_bases_of_the_main_debt_defence() -> None:
    # Story 2c with the debt not extended: the main debt is barred on 2025-06-30.
    facts = {**STORY_2C, "extension": "none"}
    facts.pop("ext_due_date")
    session = joint("guarantor", **facts)
    result = session.result()
    assert deadline(result, "main_lim_3y").status == "passed"
    bar = next(d for d in filled(session, "defences") if "主债务的诉讼时效已于" in d)
    assert "民法典第701条" in bar and "担保制度解释第35条" in bar and "担保法" not in bar
    basis = [library().cite(c, "zh") for w in result.warnings for c in w.basis]
    assert {"民法典第701条", "诉讼时效规定第18条第1款", "担保制度解释第35条"} <= set(basis)


def test_rereview_4_story_6_the_joiner_is_told_to_appeal() -> None:
    session = joint(
        "joiner",
        conclusion_date=date(2022, 8, 1),
        what_signed="accession",
        guarantor_kind="company",
        company_resolution="unknown",
        acc_due_date=date(2023, 3, 31),
        acc_amount=Decimal(300000),
        acc_history=(
            Event("demand", date(2025, 5, 10), party="joiner"),
            Event("suit", date(2026, 9, 1), party="joiner"),
            Event("judgment_served", date(2026, 11, 25), party="joiner"),
        ),
    )
    assert deadline(session.result(), "appeal_joiner").end == date(2026, 12, 10)
    steps = filled(session, "next_steps")
    assert any("2026年12月10日或者之前向上一级人民法院提起上诉" in t for t in steps)
    assert any("民法典第552条" in t for t in steps)
    assert any("担保制度解释第12条" in t and "二分之一" in t for t in steps)


def test_rereview_5_story_8c_an_unchecking_creditor_is_at_fault_too() -> None:
    session = joint(
        "creditor",
        conclusion_date=date(2022, 6, 15),
        guarantor_kind="company",
        company_resolution="not_reviewed",
        fault_guarantee="guarantor_only",
        due_date=date(2024, 3, 15),
        joint_action="demanded",
        act_date=date(2024, 6, 1),
        period_a="none",
        debt_amount=Decimal(1000000),
        cannot_pay=UNKNOWN,
        history=(Event("demand", date(2024, 6, 1), party="guarantor"),),
    )
    result = session.result()
    (finding,) = result.findings
    assert "双方都有过错" in finding.sublabel.zh  # type: ignore[union-attr]
    assert "担保制度解释第17条第1款第2项" not in cites(result)
    assert "担保制度解释第17条第1款第1项" in cites(result)
    assert any("500,000.00元" in t for t in texts(session))
    assert any("本报告按双方都有过错处理" in w for w in warnings_zh(session))


def test_rereview_6_story_8_no_placeholder_for_an_amount_never_asked() -> None:
    session = joint(
        "creditor",
        conclusion_date=date(2022, 6, 15),
        guarantor_kind="company",
        company_resolution="unknown",
        due_date=MonthDate(2024, 3),
        joint_action="demanded",
        act_date=MonthDate(2024, 9),
        period_a="none",
        debt_amount=UNKNOWN,
    )
    html = report_html(session)
    assert "未询问" not in html
    assert any("最多为债务人不能清偿部分的二分之一。" in w for w in warnings_zh(session))


def test_rereview_7_story_7_no_silent_creditor_defence_after_a_filed_claim() -> None:
    session = general(
        "guarantor",
        conclusion_date=date(2023, 1, 10),
        type_wording="general",
        due_date=date(2024, 12, 31),
        period_a="y1",
        general_action="bankruptcy_claim",
        act_date=date(2025, 6, 1),
        debt_amount=Decimal(2000000),
        history=(
            Event("bankruptcy_accepted", date(2025, 4, 15), party="debtor"),
            Event("equal_effect", date(2025, 6, 1), party="debtor"),
            Event("demand", date(2025, 10, 1), party="guarantor"),
            Event("suit", date(2026, 3, 1), party="guarantor"),
        ),
    )
    joined = "\n".join(texts(session))
    assert "既没有申报债权也没有通知你" not in joined
    assert "不得要求先执行债务人" not in session.outcome.title.zh  # type: ignore[union-attr]
    assert "可以提出其他抗辩" in session.outcome.title.zh  # type: ignore[union-attr]


def test_rereview_9_story_3_the_headline_allows_the_defences() -> None:
    session = case("creditor", **OLD_JOINT_17)
    assert session.outcome.code == "G-A"  # type: ignore[union-attr]
    assert "但可以提出抗辩" in session.outcome.title.zh  # type: ignore[union-attr]


def test_rereview_11_story_2_no_old_law_text_in_a_new_law_reasoning() -> None:
    session = joint(
        "guarantor",
        conclusion_date=date(2022, 3, 1),
        due_date=date(2024, 2, 29),
        joint_action="demanded",
        act_date=date(2024, 10, 10),
        period_a="unclear",
    )
    assert not any("2021年以前签署" in s for s in texts(session))


def test_rereview_8_story_5_share_after_the_recourse_lapsed() -> None:
    session = case(
        "paid",
        conclusion_date=date(2018, 5, 1),
        what_signed="guarantee",
        paid_how="paid",
        paid_date=date(2022, 3, 1),
        paid_amount=Decimal(600000),
        recovered=Decimal(0),
        paid_knew_barred="no",
        co_paid="separate",
        co_count="two",
        paid_history=(Event("demand", date(2024, 12, 20), party="co_guarantor"),),
    )
    result = session.result()
    assert deadline(result, "recourse_lim").end == date(2025, 3, 3)
    steps = filled(session, "next_steps")
    assert not any("先向债务人（乙公司）追偿；确定不能追偿的部分后" in t for t in steps)
    assert any("现在就书面要求其他保证人（李四）分担" in t for t in steps)
    contested = [w for w in result.warnings if w.kind == "contested" and "不能追偿" in w.text.zh]
    assert contested
    assert [library().cite(c, "zh") for c in contested[0].basis] == ["担保法解释第20条第2款"]
