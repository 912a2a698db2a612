"""Tree format 2 in the engine: sides, unknown and month-only facts, several facts at once,
dates compared, amounts, the case's history, names — on the worked example tree and on small
trees built here."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from tests.helpers import library, raw_format2_example, tree, walk
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.errors import EngineError
from wizard.report import render_report
from wizard.treefile import build_tree, expand_definitions

ON = date(2026, 12, 5)
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(("creditor", ("某银行",)), ("debtor", ("王五",)), ("guarantor", ("张三", "李四"))),
)


def example(*answers: object, consultation: date = ON) -> Session:
    session = Session(tree("example_guarantee"), consultation)
    for answer in answers:
        session.answer(answer)  # type: ignore[arg-type]
    return session


def joint(side: str, due: object, demanded: str, demand: object = None, *rest: object) -> Session:
    """The example up to the guarantee-period branch, with 100,000 owed and 30,000 repaid."""
    answers: list[object] = [side, Decimal("100000"), Decimal("30000"), "joint", due, demanded]
    if demanded == "yes":
        answers += [demand, (), ("guarantee_contract",)]
    return example(*answers, *rest)


# --- sides and summaries ----------------------------------------------------------------------


def test_the_summary_is_written_for_the_clients_side() -> None:
    creditor = joint("creditor", date(2024, 3, 31), "yes", date(2024, 8, 20)).result()
    guarantor = joint("guarantor", date(2024, 3, 31), "yes", date(2024, 8, 20)).result()
    assert creditor.outcome.code == guarantor.outcome.code == "EX-A"
    assert creditor.summary.zh.startswith("你已在保证期间内要求")
    assert guarantor.summary.zh.startswith("{party.creditor}已在保证期间内要求你")
    assert creditor.defences == () and len(guarantor.defences) == 2
    assert creditor.side == "creditor" and guarantor.side == "guarantor"
    # Next steps: each side gets its own.
    assert all("起诉" in s.zh for s in creditor.next_steps)
    assert all("抗辩" in s.zh for s in guarantor.next_steps)


def test_the_report_puts_a_defendants_defences_first_and_names_the_parties() -> None:
    session = joint("guarantor", date(2024, 3, 31), "yes", date(2024, 8, 20))
    html = render_report(session, NAMES, library())
    assert "当事人立场" in html and "保证人（被要求还款的一方）" in html
    assert html.index("可以提出的抗辩") < html.index("推理过程")
    assert "保证人（张三；李四）" not in html  # names are joined with 、 inside the text
    assert "保证人（张三、李四）" in html and "债务人（王五）" in html
    assert "70,000.00元" in html
    creditor_html = render_report(
        joint("creditor", date(2024, 3, 31), "yes", date(2024, 8, 20)), NAMES, library()
    )
    assert "可以提出的抗辩" not in creditor_html


def test_names_are_escaped_in_the_report() -> None:
    hostile = CaseInfo(consultation_date=ON, parties=(("guarantor", ("<b>x</b>&",)),))
    html = render_report(joint("creditor", date(2024, 3, 31), "no"), hostile, library())
    assert "&lt;b&gt;x&lt;/b&gt;&amp;" in html and "<b>x</b>" not in html


def test_authors_notes_never_reach_the_report() -> None:
    session = joint("creditor", date(2024, 3, 31), "no")
    html = render_report(session, NAMES, library())
    assert tree("example_guarantee").notes[0].zh not in html
    assert "作者说明" not in html


# --- dates compared, three-valued -------------------------------------------------------------


def test_a_demand_within_the_guarantee_period_is_computed_not_asked() -> None:
    # Due 2024-03-31: the period ends 2024-09-30 (a Monday).
    assert joint("creditor", date(2024, 3, 31), "yes", date(2024, 9, 30)).outcome.code == "EX-A"
    assert joint("creditor", date(2024, 3, 31), "yes", date(2024, 10, 1)).outcome.code == "EX-B"


def test_the_roll_over_counts_in_the_comparison() -> None:
    # Due 2024-03-15: 2024-09-15 is a Sunday and 09-16/17 are 中秋: the period ends 09-18.
    assert joint("creditor", date(2024, 3, 15), "yes", date(2024, 9, 18)).outcome.code == "EX-A"
    assert joint("creditor", date(2024, 3, 15), "yes", date(2024, 9, 19)).outcome.code == "EX-B"


def test_a_month_only_date_decides_when_the_whole_month_does() -> None:
    assert joint("creditor", date(2024, 3, 31), "yes", MonthDate(2024, 8)).outcome.code == "EX-A"
    assert joint("creditor", date(2024, 3, 31), "yes", MonthDate(2024, 10)).outcome.code == "EX-B"
    straddling = joint("creditor", date(2024, 3, 15), "yes", MonthDate(2024, 9))
    assert straddling.outcome.code == "EX-C"
    unknown = joint("creditor", date(2024, 3, 15), "yes", UNKNOWN)
    assert unknown.outcome.code == "EX-C"


def test_findings_that_rest_on_an_unknown_fact_say_so() -> None:
    result = joint("creditor", date(2024, 3, 15), "yes", MonthDate(2024, 9)).result()
    (finding,) = result.findings
    assert finding.depends_on == ("demand_date",)
    (fact,) = result.facts_to_verify
    assert fact.question.id == "demand_date" and fact.findings == (finding,)
    assert fact.evidence[0].zh.startswith("EMS回执")
    # A month-only date that decided nothing: listed to verify, but no finding rests on it.
    decided = joint("creditor", date(2024, 3, 31), "yes", MonthDate(2024, 8)).result()
    assert decided.findings[0].depends_on == ()
    assert [f.question.id for f in decided.facts_to_verify] == ["demand_date"]
    assert decided.facts_to_verify[0].findings == ()


def test_an_unknown_choice_makes_the_route_depend_on_it() -> None:
    result = example("guarantor", Decimal(1000), Decimal(0), "unknown").result()
    assert result.outcome.code == "EX-G"
    assert result.findings[0].depends_on == ("guarantee_type",)
    assert result.facts_to_verify[0].effect is not None


def test_the_consultation_date_decides_whether_the_period_has_passed() -> None:
    running = joint("creditor", date(2026, 9, 30), "no")
    assert running.outcome.code == "EX-E"
    passed = joint("creditor", date(2026, 3, 31), "no")
    assert passed.outcome.code == "EX-B"
    # Moving the consultation date re-flows the path.
    running.set_consultation(date(2027, 6, 1))
    assert running.outcome.code == "EX-B"


def test_a_deadline_in_a_text_is_its_computed_last_day() -> None:
    session = joint("creditor", date(2026, 9, 30), "no")
    html = render_report(session, NAMES, library())
    assert "保证期间到2027年3月30日才届满" in html  # 2027 is provisional; a Tuesday


# --- several facts at once; amounts ------------------------------------------------------------


def test_multiple_choice_rules() -> None:
    session = joint("creditor", date(2024, 3, 31), "yes", date(2024, 8, 20))
    node = tree("example_guarantee").node("papers")
    assert session.checked(node, ["loan_contract", "guarantee_contract"]) == (
        "guarantee_contract",
        "loan_contract",
    )
    with pytest.raises(EngineError, match="cannot be chosen with other answers"):
        session.checked(node, ("none", "loan_contract"))
    with pytest.raises(EngineError, match="choose at least one"):
        session.checked(node, ())
    with pytest.raises(EngineError, match="not one of the choices"):
        session.checked(node, ("receipt",))


def test_evidence_leaves_out_the_papers_the_client_has() -> None:
    has_contract = joint("creditor", date(2024, 3, 31), "yes", date(2024, 8, 20)).result()
    texts = [e.zh for e in has_contract.evidence]
    assert "保证合同（原件或复印件）" not in texts and "催告函及送达凭证" in texts


@pytest.mark.parametrize(
    ("debt", "repaid", "outstanding"),
    [
        (Decimal("100000"), Decimal("30000"), Decimal("70000.00")),
        (Decimal("100000"), Decimal("150000"), Decimal("0.00")),  # never below zero
        (Decimal("0.10"), Decimal("0.05"), Decimal("0.05")),
    ],
)
def test_amounts_are_exact(debt: Decimal, repaid: Decimal, outstanding: Decimal) -> None:
    session = example("creditor", debt, repaid)
    assert session.amount("outstanding") == outstanding


def test_an_unknown_amount_makes_its_computation_unknown() -> None:
    session = example("creditor", Decimal("100000"), UNKNOWN)
    assert session.amount("outstanding") is UNKNOWN
    assert example("creditor", Decimal("100000")).amount("outstanding") is None  # not yet asked


def test_amount_operations() -> None:
    raw = raw_format2_example()
    raw["amounts"] = [
        {"id": "total", "sum": ["debt_amount", "repaid"]},
        {"id": "half", "fraction": ["debt_amount", 1, 2]},
        {"id": "third", "fraction": ["debt_amount", 1, 3]},
        {"id": "smaller", "min": ["debt_amount", "repaid"]},
        {"id": "outstanding", "difference": ["debt_amount", "repaid"]},
    ]
    session = Session(build_tree(expand_definitions(raw)), ON)
    for answer in ("creditor", Decimal("100.00"), Decimal("40")):
        session.answer(answer)
    assert session.amount("total") == Decimal("140.00")
    assert session.amount("half") == Decimal("50.00")
    assert session.amount("third") == Decimal("33.33")
    assert session.amount("smaller") == Decimal("40.00")


def test_money_answers() -> None:
    session = example("creditor")
    node = session.current
    assert session.checked(node, "120000.5") == Decimal("120000.50")
    with pytest.raises(EngineError, match="must be given"):
        session.checked(node, UNKNOWN)
    with pytest.raises(EngineError):
        session.checked(node, "-1")


# --- the case's history ------------------------------------------------------------------------


def test_history_feeds_the_guarantee_debts_limitation() -> None:
    history = (
        Event("acknowledgement", date(2025, 2, 1), party="guarantor"),
        Event("demand", date(2026, 5, 1), party="debtor"),  # against the debtor: does not count
    )
    session = example(
        "creditor",
        Decimal(100000),
        Decimal(0),
        "joint",
        date(2024, 3, 31),
        "yes",
        date(2024, 8, 20),
        history,
        ("guarantee_contract",),
    )
    (limitation,) = session.result().deadlines
    assert limitation.deadline.end == date(2028, 2, 1)  # from the IOU, 2025-02-01
    assert "interrupted" in [s.key for s in limitation.deadline.steps]
    suit = (Event("suit", date(2025, 6, 1), party="guarantor"),)
    pending = example(
        "creditor",
        Decimal(100000),
        Decimal(0),
        "joint",
        date(2024, 3, 31),
        "yes",
        date(2024, 8, 20),
        suit,
        ("none",),
    )
    assert pending.result().deadlines[0].deadline.status == "pending"
    html = render_report(pending, NAMES, library())
    assert "案件经过" in html and "提起诉讼或者申请仲裁" in html


def test_events_are_checked() -> None:
    session = joint("creditor", date(2024, 3, 31), "yes", date(2024, 8, 20))
    node = tree("example_guarantee").node("history")
    with pytest.raises(EngineError, match="not an event this question asks"):
        session.checked(node, (Event("obstacle", date(2025, 1, 1)),))
    with pytest.raises(EngineError, match="not a party of this question"):
        session.checked(node, (Event("demand", date(2025, 1, 1), party="judge"),))
    with pytest.raises(EngineError, match="ends before it begins"):
        session.checked(
            node, (Event("judgment_effective", date(2025, 1, 1), date(2024, 1, 1)),)
        )  # not offered either; the order is checked first for kinds offered
    ordered = session.checked(
        node,
        (Event("demand", date(2025, 3, 1)), Event("acknowledgement", MonthDate(2025, 1))),
    )
    assert [e.kind for e in ordered] == ["acknowledgement", "demand"]


# --- back and change ---------------------------------------------------------------------------


def test_back_and_change_keep_the_new_answers() -> None:
    session = joint("creditor", date(2024, 3, 31), "yes", MonthDate(2024, 8))
    assert session.outcome.code == "EX-A"
    session.change_answer("due_date", MonthDate(2024, 3))
    # Due some day in March: the period ends some day in September; August is still inside.
    assert session.outcome.code == "EX-A"
    session.change_answer("demand_date", UNKNOWN)
    assert session.outcome.code == "EX-C"
    session.back()
    assert session.current.id == "papers"
    assert session.remembered("papers") == ("guarantee_contract",)
    session.replay_remembered()
    assert session.outcome.code == "EX-C"


def test_walk_helper_accepts_stored_forms() -> None:
    # Stored answers (case files, the CLI) are text; the engine reads them.
    session = walk(
        "example_guarantee",
        ["guarantor", "5000", "unknown", "joint", "2024-03", "yes", "2024-08"],
    )
    assert session.answers["due_date"] == MonthDate(2024, 3)
    assert session.answers["repaid"] is UNKNOWN


def test_copy_of_raw_is_not_shared() -> None:
    raw: dict[str, Any] = raw_format2_example()
    other = raw_format2_example()
    raw["id"] = "changed"
    assert other["id"] == "example_guarantee"
    assert copy.deepcopy(raw) == raw
