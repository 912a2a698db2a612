"""Golden paths of the division tree (trees/division.json): debts after a division or merger.

Every outcome DM-A … DM-X from both sides (the creditor, the body asked to pay), both sides of
each date switch (民法通则 → 民法总则 2017-10-01, → 民法典 2021-01-01; 公司法(2018) from
2018-10-26, 公司法 from 2024-07-01), month-only and unknown dates, the case's history feeding
the deadlines (a demand, an IOU, a pending suit, a judgment and its enforcement period, a
first-instance judgment and its appeal period), amounts and names in the texts.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from tests.helpers import ROOT, cited, library, tree
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Result, Session
from wizard.report import ReportOptions, render_report
from wizard.selftest import first_path

ON = date(2026, 12, 5)
JOINT, NONE, SHARES, OWN = "连带责任", "不承担责任", "按份责任", "清偿责任"
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(
        ("creditor", ("王某",)),
        ("debtor", ("甲贸易有限公司",)),
        ("successor", ("乙公司", "丙公司")),
        ("transferee", ("丁公司",)),
        ("payer", ("丙公司",)),
    ),
)
DEBT = Decimal("300000")


def session(*answers: object, on: date = ON) -> Session:
    s = Session(tree("division"), on)
    for answer in answers:
        s.answer(answer)  # type: ignore[arg-type]
    assert s.is_finished, s.current.id
    return s


def division(
    side: str = "creditor",
    kind: str = "company",
    divided: object = date(2024, 9, 15),
    arose: object = date(2023, 5, 10),
    agreement: tuple[str, ...] = ("none",),
    due: object = date(2023, 8, 31),
    events: tuple[Event, ...] | None = None,
    amount: object = DEBT,
) -> Session:
    """A division whose debt predates it (unless ``arose`` says otherwise)."""
    history: list[object] = ["none"] if events is None else ["some", events]
    return session(side, kind, "division", divided, arose, *agreement, amount, due, *history)


def merger(
    side: str = "creditor",
    kind: str = "company",
    merged: object = date(2024, 9, 15),
    due: object = date(2023, 8, 31),
    events: tuple[Event, ...] | None = None,
) -> Session:
    history: list[object] = ["none"] if events is None else ["some", events]
    return session(side, kind, "merger", merged, DEBT, due, *history)


def text(result: Result, what: str = "summary") -> str:
    from wizard.answer_text import fill
    from wizard.report import text_values

    values = text_values(last[0], NAMES, result)
    if what == "summary":
        return fill(result.summary.zh, "zh", values)
    items = {
        "defences": result.defences,
        "next_steps": result.next_steps,
        "warnings": [w.text for w in result.warnings],
        "recourse": result.recourse,
        "evidence": result.evidence,
    }[what]
    return "\n".join(fill(t.zh, "zh", values) for t in items)


last: list[Session] = []


def result_of(s: Session) -> Result:
    last[:] = [s]
    return s.result()


def deadline(result: Result, name: str):  # type: ignore[no-untyped-def]
    (found,) = [d.deadline for d in result.deadlines if d.spec.id == name]
    return found


# --- every outcome, from each side --------------------------------------------------------

OUTCOMES = [
    # (name, session factory, code, labels, citations)
    (
        "B_creditor_2024_division_company",
        lambda: division(),
        "DM-B",
        [JOINT],
        ["民法典第67条第2款", "公司法第223条"],
    ),
    (
        "B_successor_2024_division_company",
        lambda: division("successor"),
        "DM-B",
        [JOINT],
        ["民法典第67条第2款", "公司法第223条"],
    ),
    (
        "C_creditor_written_one_pays",
        lambda: division(agreement=("written", "one")),
        "DM-C",
        [OWN, NONE],
        ["民法典第67条第2款", "公司法第223条"] * 2,
    ),
    (
        "C_successor_written_one_pays",
        lambda: division("successor", agreement=("written", "one", "other")),
        "DM-C",
        [OWN, NONE],
        ["民法典第67条第2款", "公司法第223条"] * 2,
    ),
    (
        "C_other_legal_person_oral_agreement",
        lambda: division("successor", "other", agreement=("oral", "one", "client")),
        "DM-C",
        [OWN, NONE],
        ["民法典第67条第2款"] * 2,
    ),
    (
        "E_creditor_shares",
        lambda: division(agreement=("written", "shares")),
        "DM-E",
        [SHARES],
        ["民法典第67条第2款", "公司法第223条"],
    ),
    (
        "E_successor_shares",
        lambda: division("successor", agreement=("written", "shares")),
        "DM-E",
        [SHARES],
        ["民法典第67条第2款", "公司法第223条"],
    ),
    (
        "D_creditor_debt_after_division",
        lambda: session(
            "creditor",
            "company",
            "division",
            date(2022, 3, 1),
            date(2022, 5, 1),
            date(2022, 9, 1),
            "none",
        ),
        "DM-D",
        [NONE],
        ["民法典第67条第2款", "公司法(2018)第176条", "公司法(2018)第3条第1款"],
    ),
    (
        "D_successor_debt_after_division_other",
        lambda: session(
            "successor",
            "other",
            "division",
            date(2022, 3, 1),
            date(2022, 5, 1),
            date(2022, 9, 1),
            "none",
        ),
        "DM-D",
        [NONE],
        ["民法典第67条第2款", "民法典第60条"],
    ),
    (
        "A_creditor_merger_2024",
        lambda: merger(),
        "DM-A",
        [OWN],
        ["民法典第67条第1款", "公司法第221条"],
    ),
    (
        "A_successor_merger_2022",
        lambda: merger("successor", merged=date(2022, 3, 1)),
        "DM-A",
        [OWN],
        ["民法典第67条第1款", "公司法(2018)第174条"],
    ),
    (
        "N_creditor_assets_moved",
        lambda: session(
            "creditor",
            "company",
            "transfer",
            date(2025, 3, 1),
            date(2026, 2, 10),
            DEBT,
            date(2024, 12, 31),
            "none",
        ),
        "DM-N",
        [NONE],
        ["公司法第3条第1款", "民法典第60条"],
    ),
    (
        "N_transferee_assets_moved_2019",
        lambda: session(
            "successor",
            "company",
            "transfer",
            date(2019, 3, 1),
            UNKNOWN,
            DEBT,
            date(2018, 12, 31),
            "none",
        ),
        "DM-N",
        [NONE],
        ["公司法(2018)第3条第1款", "民法总则第60条"],
    ),
    (
        "X_creditor_unknown_change",
        lambda: session("creditor", "company", "unknown", DEBT, date(2024, 12, 31), "none"),
        "DM-X",
        [JOINT, OWN],
        ["民法典第67条第2款", "公司法第223条", "民法典第67条第1款", "公司法第221条"],
    ),
    (
        "X_successor_unknown_change_other",
        lambda: session("successor", "other", "unknown", DEBT, date(2024, 12, 31), "none"),
        "DM-X",
        [JOINT, OWN],
        ["民法典第67条第2款", "民法典第67条第1款"],
    ),
]


@pytest.mark.parametrize(
    ("factory", "code", "labels", "citations"),
    [o[1:] for o in OUTCOMES],
    ids=[o[0] for o in OUTCOMES],
)
def test_golden_outcome(factory, code: str, labels: list[str], citations: list[str]) -> None:  # type: ignore[no-untyped-def]
    s = factory()
    assert s.outcome is not None and s.outcome.code == code
    result = s.result()
    assert [f.label for f in result.findings] == labels
    assert cited(s) == citations


def test_every_outcome_is_reached_from_both_sides() -> None:
    codes = {n.code for n in tree("division").nodes if getattr(n, "code", None)}
    reached: dict[str, set[str]] = {}
    for _, factory, code, *_ in OUTCOMES:
        s = factory()
        reached.setdefault(code, set()).add(str(s.side))
    assert set(reached) == codes
    assert all(sides == {"creditor", "successor"} for sides in reached.values()), reached


# --- the law in force on the day of the division or merger ---------------------------------


@pytest.mark.parametrize(
    ("divided", "expected"),
    [
        (date(2024, 7, 1), ["民法典第67条第2款", "公司法第223条"]),
        (date(2024, 6, 30), ["民法典第67条第2款", "公司法(2018)第176条"]),
        (date(2021, 1, 1), ["民法典第67条第2款", "公司法(2018)第176条"]),
        (date(2020, 12, 31), ["民法总则第67条第2款", "公司法(2018)第176条"]),
        (date(2018, 10, 26), ["民法总则第67条第2款", "公司法(2018)第176条"]),
        (date(2018, 10, 25), ["民法总则第67条第2款"]),
        (date(2017, 10, 1), ["民法总则第67条第2款"]),
        (date(2017, 9, 30), ["民法通则第44条第2款"]),
        (MonthDate(2018, 10), ["民法总则第67条第2款", "公司法(2018)第176条"]),
        (UNKNOWN, ["民法典第67条第2款", "公司法第223条"]),
    ],
)
def test_the_division_date_picks_the_law(divided: object, expected: list[str]) -> None:
    s = division(divided=divided, arose=date(2010, 1, 1), due=date(2016, 1, 1))
    assert s.outcome.code == "DM-B"  # type: ignore[union-attr]
    assert cited(s) == expected


def test_an_old_company_division_names_the_text_then_in_force() -> None:
    old = result_of(division(divided=date(2015, 6, 1), arose=date(2014, 1, 1)))
    warnings = text(old, "warnings")
    assert "2013年修正文本第176条" in warnings and "2005年修订文本第177条" in warnings
    # 民法通则44(2) alone says nothing of 连带 for non-companies: the SPC rule is flagged.
    other = result_of(division(kind="other", divided=date(2015, 6, 1), arose=date(2014, 1, 1)))
    assert "企业改制" in text(other, "warnings") and "2013年修正文本" not in text(other, "warnings")
    before_2006 = result_of(division(divided=date(2005, 6, 1), arose=date(2004, 1, 1)))
    assert "1993年公司法" in text(before_2006, "warnings")
    new = result_of(division())
    assert "2013年修正" not in text(new, "warnings") and "民法通则" not in text(new, "warnings")


def test_an_unknown_division_date_is_a_fact_to_verify() -> None:
    result = result_of(division(divided=UNKNOWN, arose=date(2020, 1, 1)))
    assert "分立日期不清楚" in text(result, "warnings")
    (finding,) = result.findings
    assert "division_date" in finding.depends_on
    assert [f.question.id for f in result.facts_to_verify] == ["division_date"]


@pytest.mark.parametrize(
    ("merged", "expected"),
    [
        (date(2024, 7, 1), ["民法典第67条第1款", "公司法第221条"]),
        (date(2024, 6, 30), ["民法典第67条第1款", "公司法(2018)第174条"]),
        (date(2020, 12, 31), ["民法总则第67条第1款", "公司法(2018)第174条"]),
        (date(2017, 9, 30), ["民法通则第44条第2款"]),
    ],
)
def test_the_merger_date_picks_the_law(merged: date, expected: list[str]) -> None:
    assert cited(merger(merged=merged)) == expected


def test_a_merger_is_not_joint_liability_and_says_so() -> None:
    result = result_of(merger())
    (finding,) = result.findings
    assert finding.label == OWN and "不是连带责任" in finding.sublabel.zh  # type: ignore[union-attr]
    assert "这不是连带责任" in text(result)
    successor = result_of(merger("successor"))
    assert "这不是连带责任" in text(successor) and "抗辩" in text(successor)


# --- the debt's date against the division's ------------------------------------------------


def test_a_debt_after_the_division_is_not_joint() -> None:
    result = result_of(
        session(
            "creditor",
            "company",
            "division",
            date(2022, 3, 1),
            date(2022, 3, 1),
            date(2022, 9, 1),
            "none",
        )
    )
    assert result.outcome.code == "DM-D"
    assert "不因分立承担连带责任" in text(result)


def test_a_debt_the_day_before_the_division_is_joint() -> None:
    assert division(divided=date(2022, 3, 1), arose=date(2022, 2, 28)).outcome.code == "DM-B"  # type: ignore[union-attr]


def test_month_only_dates_in_the_same_month_leave_the_order_open() -> None:
    result = result_of(division(divided=MonthDate(2022, 3), arose=MonthDate(2022, 3)))
    assert result.outcome.code == "DM-B"
    (finding,) = result.findings
    assert set(finding.depends_on) == {"division_date", "debt_date"}
    assert "先后尚不能确定" in text(result, "warnings")
    assert "产生于分立之后" in text(
        division("successor", divided=MonthDate(2022, 3), arose=MonthDate(2022, 3)).result(),
        "defences",
    )


def test_a_month_only_debt_date_before_the_division_month_decides() -> None:
    result = division(divided=MonthDate(2022, 3), arose=MonthDate(2022, 1)).result()
    assert result.findings[0].depends_on == ()


# --- agreements with the creditor ----------------------------------------------------------


def test_an_oral_agreement_does_not_displace_a_companys_joint_liability() -> None:
    result = result_of(division(agreement=("oral",)))
    assert result.outcome.code == "DM-B"
    assert "须为书面协议" in text(result, "warnings")


def test_an_agreement_after_the_division_leaves_joint_liability() -> None:
    result = result_of(division(agreement=("after",)))
    assert result.outcome.code == "DM-B"
    assert "免除" in text(result, "warnings")
    assert "民法典第520条第2款" in [
        library().cite(c, "zh") for w in result.warnings for c in w.basis
    ]


def test_an_unclear_agreement_leaves_joint_liability() -> None:
    result = result_of(division(agreement=("written", "unclear")))
    assert result.outcome.code == "DM-B" and "约定不明确" in text(result, "warnings")


def test_an_unknown_agreement_makes_the_finding_conditional() -> None:
    result = result_of(division("successor", agreement=("unknown",)))
    assert result.outcome.code == "DM-B"
    assert result.findings[0].depends_on == ("agreement",)
    assert text(result).startswith(
        "这笔债务300,000.00元看来产生于分立之前。分立前债权人（王某）是否"
    )
    terms = result_of(division(agreement=("written", "unknown")))
    assert terms.findings[0].depends_on == ("agreement_terms",)


# --- deadlines from the case's history -----------------------------------------------------


def test_a_demand_on_one_successor_interrupts_limitation() -> None:
    demand = Event("demand", date(2025, 3, 1), None, "successor")
    result = result_of(division(events=(demand,)))
    limitation = deadline(result, "limitation")
    assert limitation.status == "running" and limitation.end == date(2028, 3, 1)
    assert "在诉讼时效届满前" in text(result, "next_steps")


def test_without_events_limitation_runs_from_the_due_date() -> None:
    result = result_of(division())
    limitation = deadline(result, "limitation")
    assert limitation.status == "passed" and limitation.end == date(2026, 8, 31)
    # On the facts recorded limitation has run out: no "sue before it ends", but check events.
    assert "在诉讼时效届满前" not in text(result, "next_steps")
    assert "诉讼时效看来已经届满" in text(result, "next_steps")
    successor = result_of(division("successor"))
    assert "按已记录的情况，诉讼时效已经届满" in text(successor, "defences")


def test_an_acknowledgement_restarts_limitation() -> None:
    iou = Event("acknowledgement", date(2026, 1, 20), None, "debtor")
    limitation = deadline(division(events=(iou,)).result(), "limitation")
    assert limitation.end == date(2029, 1, 22)  # 2029-01-20 is a Saturday


def test_a_pending_suit_is_never_passed() -> None:
    suit = Event("suit", date(2026, 6, 1), None, "successor")
    result = result_of(division(events=(suit,)))
    assert deadline(result, "limitation").status == "pending"
    steps = text(result, "next_steps")
    assert "诉讼或者仲裁正在进行" in steps and "书面催告或者起诉" not in steps


def test_after_a_judgment_the_enforcement_period_runs() -> None:
    events = (
        Event("suit", date(2024, 1, 10), None, "debtor"),
        Event("judgment_effective", date(2024, 11, 5), date(2024, 11, 20), "debtor"),
    )
    result = result_of(division(events=events))
    assert deadline(result, "limitation").status == "decided"
    enforcement = deadline(result, "enforcement")
    assert enforcement.end == date(2026, 11, 20) and enforcement.status == "passed"
    steps = text(result, "next_steps")
    assert "申请强制执行" in steps and "起诉" not in steps
    assert "追加" in text(result, "warnings")
    assert text(result).find("生效的法律文书") > 0


def test_a_first_instance_judgment_served_gives_the_appeal_period() -> None:
    served = Event("judgment_served", date(2026, 11, 27), None, "successor")
    result = result_of(division("successor", events=(served,)))
    appeal = deadline(result, "appeal")
    assert appeal.end == date(2026, 12, 14)  # 12-12 is a Saturday
    assert "上诉" in text(result, "next_steps")


def test_a_debt_due_before_october_2017_has_two_years() -> None:
    result = merger(merged=date(2016, 3, 1), due=date(2015, 1, 1)).result()
    old = deadline(result, "limitation_2y")
    assert old.end == date(2017, 1, 3) and [d.spec.id for d in result.deadlines] == [
        "limitation_2y"
    ]


def test_the_revocation_periods_are_computed() -> None:
    result = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2025, 3, 1),
            date(2026, 2, 10),
            DEBT,
            date(2024, 12, 31),
            "none",
        )
    )
    assert deadline(result, "revocation_1y").end == date(2027, 2, 10)
    assert deadline(result, "revocation_5y").end == date(2030, 3, 1)
    warnings = text(result, "warnings")
    assert "撤销" in warnings and "合同法" not in warnings
    assert "2027年2月10日前（且不晚于2030年3月1日）" in text(result, "next_steps")
    lapsed = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2025, 3, 1),
            date(2025, 9, 1),
            DEBT,
            date(2024, 12, 31),
            "none",
        )
    )
    assert "撤销权已经消灭" in text(lapsed) and "起诉请求撤销" not in text(lapsed, "next_steps")
    transferee = result_of(
        session(
            "successor",
            "company",
            "transfer",
            date(2025, 3, 1),
            date(2025, 9, 1),
            DEBT,
            date(2024, 12, 31),
            "none",
        )
    )
    assert "撤销权已经消灭" in text(transferee, "defences")
    # A transfer of 2019 under the Contract Law, assessed in 2024 with the knowledge date unknown.
    old = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2019, 3, 1),
            UNKNOWN,
            DEBT,
            date(2018, 12, 31),
            "none",
            on=date(2024, 1, 1),
        )
    )
    assert "合同法（第74条、第75条）" in text(old, "warnings")
    assert "撤销权期间无法计算" in text(old, "warnings")


# --- the client's side in the texts --------------------------------------------------------


def test_a_successor_gets_defences_and_no_creditor_advice() -> None:
    result = result_of(division("successor", events=(Event("demand", date(2025, 3, 1)),)))
    assert result.defences and "催告或者起诉" not in text(result, "next_steps")
    assert "可以主张原债务人对债权人（王某）的抗辩" in text(result, "defences")
    assert "追偿" in text(result, "next_steps")
    assert division().result().defences == ()


def test_names_and_amounts_fill_the_report() -> None:
    s = division(events=(Event("demand", date(2025, 3, 1), None, "successor"),))
    html = render_report(s, NAMES, library(), ReportOptions(lang="zh"))
    assert "分立或者合并后的法人（乙公司、丙公司）" in html
    assert "300,000.00元" in html and "债权人（王某）" in html
    assert "法人分立、合并后的债务承担评估报告" in html
    english = render_report(s, NAMES, library(), ReportOptions(lang="en"))
    assert "300,000.00" in english and "jointly and severally" in english


def test_an_unknown_amount_is_shown_as_to_verify() -> None:
    result = result_of(division(amount=UNKNOWN))
    assert "金额待核实" in text(result)


# --- the first path (self-test) uses only side, choice and date questions -------------------


def test_the_first_path_needs_no_format_2_widgets() -> None:
    s = first_path(tree("division"))
    assert s.outcome.code == "DM-D"  # type: ignore[union-attr]


def test_the_committed_tree_is_the_generators_output() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "trees" / "division.py"), "--check"],
        capture_output=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_sample_path_for_the_desktop_app() -> None:
    from scripts.sample_paths import DIVISION_LATER_DEBT
    from tests.helpers import walk

    assert walk("division", DIVISION_LATER_DEBT).outcome.code == "DM-D"  # type: ignore[union-attr]


# --- the independent review of 2026-12-05: its stories, walked again ---------------------


def report_text(s: Session, names: CaseInfo = NAMES) -> str:
    """The report as plain text (tags dropped), for what the conclusion and the rows say."""
    import html as html_lib
    import re

    rendered = render_report(s, names, library(), ReportOptions(lang="zh"))
    rendered = re.sub(r"<style.*?</style>", "", rendered, flags=re.S)
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", rendered)))


def story_names(**parties: tuple[str, ...]) -> CaseInfo:
    return CaseInfo(consultation_date=ON, parties=tuple(sorted(parties.items())))


def test_review_d5b_an_old_claim_kept_alive_by_demands_is_not_expired() -> None:
    """D-5b: due 2014-12-31 (民法通则135, two years), demands 2016-10-10, 2018-12-01, 2021-09-01,
    2024-08-20: the period running on 2017-10-01 became three years, each demand restarted it."""
    events = (
        Event("demand", date(2016, 10, 10), None, "debtor"),
        Event("demand", date(2018, 12, 1), None, "successor"),
        Event("demand", date(2021, 9, 1), None, "successor"),
        Event("demand", date(2024, 8, 20), None, "successor"),
    )
    s = division(
        kind="other",
        divided=date(2015, 6, 1),
        arose=date(2014, 5, 1),
        due=date(2014, 12, 31),
        events=events,
        amount=Decimal("150000"),
    )
    result = result_of(s)
    limitation = deadline(result, "limitation_2y")
    assert limitation.status == "running" and limitation.end == date(2027, 8, 20)
    assert "在诉讼时效届满前" in text(result, "next_steps")
    assert "2018年10月10日届满" not in report_text(s)
    # The successor's side of the same facts with only the first demand and a suit in 2026:
    # three years from 2016-10-10 ended on 2019-10-10; the defence is raised at first instance.
    late = result_of(
        division(
            "successor",
            kind="other",
            divided=date(2015, 6, 1),
            arose=date(2014, 5, 1),
            due=date(2014, 12, 31),
            events=(
                Event("demand", date(2016, 10, 10), None, "debtor"),
                Event("suit", date(2026, 10, 20), None, "successor"),
            ),
        )
    )
    old = deadline(late, "limitation_2y")
    assert old.status == "passed" and old.end == date(2019, 10, 10)
    defences = text(late, "defences")
    assert "一审期间" in defences and "不要签署还款计划" in defences
    assert {"民法典第193条", "诉讼时效规定第3条第1款"} <= set(
        library().cite(c, "zh") for c in late.citations
    )


def test_review_d5_old_law_joint_liability_and_recourse_in_plain_words() -> None:
    """D-5: before 2017 the 连带 of a non-company's successors rests on 合同法90 and the SPC
    restructuring provisions (not in the library: named in words for the lawyer, not cited);
    recourse among enterprises follows the assets received."""
    result = result_of(
        division("successor", kind="other", divided=date(2015, 6, 1), arose=date(2014, 5, 1))
    )
    warnings = text(result, "warnings")
    assert "合同法规定" in warnings and "企业改制" in warnings and "请律师核对原文" in warnings
    assert "请核对该规定的条文" not in warnings
    assert "资产比例" in text(result, "recourse")


def test_review_d7_lost_revocation_never_leads_with_the_five_years() -> None:
    """D-7: no division; assets moved 2024-03, learned 2025-02-10: the year ran out on
    2026-02-10; the five-year long-stop (2029) is no deadline to act by, and nothing suggests
    adding successors in enforcement."""
    events = (
        Event("suit", date(2024, 2, 20), None, "debtor"),
        Event("judgment_effective", date(2024, 9, 10), date(2024, 9, 20), "debtor"),
        Event("enforcement_applied", date(2024, 10, 8), None, "debtor"),
        Event("enforcement_terminated", date(2025, 1, 15), None, "debtor"),
    )
    s = session(
        "creditor",
        "company",
        "transfer",
        MonthDate(2024, 3),
        date(2025, 2, 10),
        Decimal("400000"),
        date(2023, 12, 31),
        "some",
        events,
    )
    result = result_of(s)
    assert "撤销权已经消灭" in text(result)
    ids = [d.spec.id for d in result.deadlines]
    assert "revocation_1y" in ids and "revocation_5y" not in ids
    assert deadline(result, "revocation_1y").end == date(2026, 2, 10)
    report = report_text(s)
    assert "最长期间（自行为发生之日起五年），请在" not in report
    lapsed = "注意：撤销债务人转移财产行为的期间（自债权人知道之日起一年）已于 2026年2月10日 届满"
    assert lapsed in report
    steps = text(result, "next_steps")
    assert "可以再次申请执行" in steps and "不能以分立、合并为由在执行中追加" in steps
    assert "分立、合并后的法人，可以在执行中申请追加" not in steps
    assert "追加分立后新设的法人" not in text(result, "warnings")


def test_review_revocation_where_the_five_years_end_first() -> None:
    """Learned of a 2021 transfer only in 2025-12: the five years (2026-03-01) end before the
    year; that is the deadline, and the right is lost."""
    result = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2021, 3, 1),
            date(2025, 12, 1),
            DEBT,
            date(2024, 12, 31),
            "none",
        )
    )
    ids = [d.spec.id for d in result.deadlines]
    assert "revocation_5y_first" in ids and "revocation_1y" not in ids
    assert deadline(result, "revocation_5y_first").end == date(2026, 3, 2)  # 03-01 is a Sunday
    assert "撤销权已经消灭" in text(result)
    running = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2022, 3, 1),
            date(2026, 11, 1),
            DEBT,
            date(2024, 12, 31),
            "none",
        )
    )
    # Learned 2026-11-01: the year ends 2027-11-01, the five years on 2027-03-01 — first.
    assert deadline(running, "revocation_5y_first").end == date(2027, 3, 1)
    assert "revocation_1y" not in [d.spec.id for d in running.deadlines]


def test_review_d11_a_judgment_against_the_debtor_does_not_reach_the_successors() -> None:
    """D-11: judgment against 乙 (2022), division in 2023, 终本: the judgment binds only 乙;
    丙 must be added as a party in enforcement; a new application after 终本 is not time-barred."""
    events = (
        Event("suit", date(2022, 6, 1), None, "debtor"),
        Event("judgment_effective", date(2022, 11, 10), date(2022, 11, 20), "debtor"),
        Event("enforcement_applied", date(2023, 2, 1), None, "debtor"),
        Event("enforcement_terminated", date(2023, 8, 30), None, "debtor"),
    )
    s = division(
        divided=date(2023, 6, 15),
        arose=date(2021, 4, 1),
        due=date(2022, 3, 31),
        events=events,
        amount=Decimal("1200000"),
    )
    result = result_of(s)
    summary = text(result)
    assert "可以就其中任何一方的财产申请执行全部债务" not in summary
    assert "只对文书列明的当事人有执行力" in summary and "追加为被执行人" in summary
    warnings = text(result, "warnings")
    assert "追加分立后新设的法人为被执行人" in warnings and "请律师核对原文" in warnings
    assert "申请前请核对" not in warnings
    assert "可以再次申请执行，不受申请执行时效期间的限制" in text(result, "next_steps")
    assert "民诉法解释第517条第2款" in [library().cite(c, "zh") for c in result.citations]
    assert cited(s) == ["民法典第67条第2款", "公司法(2018)第176条"]


def test_review_d1_d9_d10_the_agreement_names_who_pays_alone() -> None:
    """D-1: written agreement before the division that 丙 alone pays: 丙 owes all (清偿责任),
    the others are released. D-9: the successor named elsewhere is released and appeals with
    the agreement. D-10: the successor named is the client and owes it alone."""
    names = story_names(
        creditor=("甲建材公司",),
        debtor=("乙建筑有限公司",),
        successor=("丙公司",),
        payer=("丙公司",),
    )
    iou = Event("acknowledgement", date(2025, 2, 15), None, "debtor")
    s = division(
        divided=date(2025, 3, 10),
        arose=date(2024, 5, 20),
        agreement=("written", "one"),
        due=date(2024, 11, 30),
        events=(iou,),
        amount=Decimal("500000"),
    )
    result = result_of(s)
    pays, released = result.findings
    assert (pays.label, released.label) == (OWN, NONE)
    report = report_text(s, names)
    payer = "清偿责任（按分立前的约定独自清偿，不是连带责任） ：约定独自清偿的一方（丙公司） →"
    assert payer in report
    assert "只能要求约定独自清偿的一方（丙公司）清偿全部500,000.00元" in report
    assert deadline(result, "limitation").end == date(2028, 2, 15)
    # D-9: the client is not the one named; a first-instance judgment against it is appealed.
    served = (
        Event("suit", date(2026, 3, 10), None, "successor"),
        Event("judgment_served", date(2026, 11, 25), None, "successor"),
    )
    other = result_of(
        division(
            "successor",
            divided=date(2025, 1, 20),
            arose=date(2024, 6, 15),
            agreement=("written", "one", "other"),
            due=date(2024, 10, 31),
            events=served,
        )
    )
    summary = text(other)
    assert "你方不承担这笔债务" in summary and "是约定的一方的" not in summary
    assert "在上诉状中以分立前" in text(other, "next_steps")
    assert deadline(other, "appeal").end == date(2026, 12, 10)
    # D-10: a collective enterprise, oral agreement, the client is the one named.
    own = result_of(
        division(
            "successor",
            kind="other",
            divided=MonthDate(2022, 5),
            arose=date(2021, 6, 1),
            agreement=("oral", "one", "client"),
            due=date(2021, 12, 31),
            events=(Event("acknowledgement", date(2024, 11, 15), None, "debtor"),),
        )
    )
    assert "你方须清偿全部" in text(own) and "不是连带责任" in text(own)
    assert "口头约定有效，但须能够证明" in text(own, "warnings")
    assert deadline(own, "limitation").end == date(2027, 11, 15)


def test_review_d15_d16_the_creditors_deadlines_are_the_other_sides() -> None:
    """D-15, D-16: a successor or recipient is told the creditor's limitation or revocation
    period is the other side's, never to act by it."""
    demand = Event("demand", date(2026, 9, 1), None, "successor")
    shares = division(
        "successor",
        divided=date(2025, 5, 6),
        arose=date(2024, 9, 1),
        agreement=("written", "shares"),
        due=date(2025, 3, 31),
        events=(demand,),
    )
    report = report_text(shares)
    assert "对方的期限：这笔债权的诉讼时效" in report
    assert "最近的期限：这笔债权的诉讼时效" not in report
    assert "对方须在此日或之前行事" in report
    recipient = session(
        "successor",
        "company",
        "transfer",
        date(2025, 9, 10),
        date(2026, 1, 15),
        Decimal("400000"),
        date(2025, 6, 30),
        "some",
        (Event("suit", date(2026, 11, 10), None, "transferee"),),
    )
    report = report_text(recipient)
    assert "对方的期限：撤销债务人转移财产行为的期间" in report
    assert "最近的期限" not in report
    # D-16: the suit against the recipient does not keep the claim against the debtor alive.
    limitation = deadline(recipient.result(), "limitation")
    assert limitation.status == "running" and limitation.end == date(2028, 6, 30)
    creditor = result_of(
        session(
            "creditor",
            "company",
            "transfer",
            date(2025, 9, 10),
            date(2026, 1, 15),
            Decimal("400000"),
            date(2025, 6, 30),
            "some",
            (Event("suit", date(2026, 11, 10), None, "transferee"),),
        )
    )
    assert "是否同时中断对原债务人的诉讼时效" in text(creditor, "warnings")
    assert "继续向原债务人主张债权" in text(creditor, "next_steps")


def test_review_d4_a_suit_against_one_successor_reaches_the_others() -> None:
    """D-4: a 2019 division; the suit against one successor interrupts limitation against
    the others (诉讼时效规定15(2)) and the others can be added or sued."""
    events = (
        Event("demand", date(2022, 6, 1), None, "debtor"),
        Event("suit", date(2025, 5, 20), None, "successor"),
    )
    result = result_of(
        division(
            divided=date(2019, 8, 15), arose=date(2019, 3, 1), due=date(2019, 12, 31), events=events
        )
    )
    assert "诉讼时效对其他各方同样中断" in text(result, "warnings")
    assert "诉讼时效规定第15条第2款" in [
        library().cite(c, "zh") for w in result.warnings for c in w.basis
    ]
    assert "申请追加为共同被告" in text(result, "next_steps")
    assert deadline(result, "limitation").status == "pending"


def test_review_d2_wording_fits_a_division_that_dissolved_the_debtor() -> None:
    """D-2: in a 新设分立 the original debtor no longer exists; the text says so conditionally."""
    result = result_of(division())
    assert "包括分立后继续存在的原债务人" not in text(result)
    assert "原债务人在分立后继续存在的，也在其中" in text(result)


def test_review_d3_d12_a_merger_is_a_debt_owed_alone() -> None:
    """D-3, D-12: 清偿责任, no stitched role names; D-12: due 2017-06-30, the two years running
    on 2017-10-01 became three (2020-06-30): expired."""
    s = merger(merged=date(2025, 4, 1), due=date(2024, 6, 30))
    result = result_of(s)
    assert [f.label for f in result.findings] == ["清偿责任"]
    assert "合并后存续或者新设的分立或者合并后的法人" not in report_text(s)
    old = result_of(
        merger(
            "successor",
            merged=date(2020, 5, 20),
            due=date(2017, 6, 30),
            events=(Event("demand", date(2026, 11, 1), None, "successor"),),
        )
    )
    limitation = deadline(old, "limitation_2y")
    assert limitation.status == "passed" and limitation.end == date(2020, 6, 30)
    assert "不要签署还款计划" in text(old, "defences")


def _per_person(*answers: object) -> Session:
    """A session with the names set first, so that events against one successor by name give
    a deadline row per successor."""
    s = Session(tree("division"), ON)
    s.set_names({"successor": ("乙机械有限公司", "丙机械有限公司")})
    for answer in answers:
        s.answer(answer)  # type: ignore[arg-type]
    assert s.is_finished, s.current.id
    return s


def test_review_d4_d8_a_suit_against_one_successor_by_name() -> None:
    """D-4, D-8: the suit was brought against 丙 alone. It is recorded against 丙, not against
    both successors; the claim against 丙 is pending, and against 乙 — a joint debtor (公司法
    (2018)176) — the suit interrupts limitation too (诉讼时效规定15(2)), so 乙's row runs
    again from the filing day."""
    events = (
        Event("demand", date(2022, 6, 1), None, "debtor"),
        Event("suit", date(2025, 5, 20), None, "successor", person="丙机械有限公司"),
    )
    s = _per_person(
        "creditor",
        "company",
        "division",
        date(2019, 8, 15),
        date(2019, 3, 1),
        "none",
        Decimal("200000"),
        date(2019, 12, 31),
        "some",
        events,
    )
    result = result_of(s)
    rows = {d.person: d.deadline for d in result.deadlines if d.spec.id == "limitation"}
    assert rows["丙机械有限公司"].status == "pending"
    # The suit against 丙 holds 乙's period too until it ends; from the filing — the safe,
    # contested reading — it would end 2028-05-22 (2028-05-20 is a Saturday).
    assert rows["乙机械有限公司"].status == "pending"
    safe = next(s for s in rows["乙机械有限公司"].steps if s.key == "joint_suit_safe_day")
    assert safe.value("safe") == date(2028, 5, 22)
    names = story_names(
        creditor=("甲钢材公司",),
        debtor=("乙机械有限公司",),
        successor=("乙机械有限公司", "丙机械有限公司"),
    )
    report = report_text(s, names)
    assert "这笔债权的诉讼时效（乙机械有限公司）" in report
    assert "这笔债权的诉讼时效（丙机械有限公司）" in report
    assert "提起诉讼或者申请仲裁 分立或者合并后的法人（丙机械有限公司）" in report
    assert "申请追加为共同被告" in text(result, "next_steps")


def test_an_agreed_share_keeps_each_successors_limitation_apart() -> None:
    """按份 under the pre-division agreement (DM-E): a demand on one successor does not
    interrupt limitation against the other (no joint debt, 诉讼时效规定15(2) does not apply)."""
    demand = Event("demand", date(2026, 9, 1), None, "successor", person="丙机械有限公司")
    s = _per_person(
        "creditor",
        "company",
        "division",
        date(2025, 5, 6),
        date(2024, 9, 1),
        "written",
        "shares",
        DEBT,
        date(2024, 3, 31),
        "some",
        (demand,),
    )
    result = result_of(s)
    rows = {d.person: d.deadline for d in result.deadlines if d.spec.id == "limitation"}
    assert rows["丙机械有限公司"].end == date(2029, 9, 3)  # 2029-09-01 is a Saturday
    assert rows["乙机械有限公司"].end == date(2027, 3, 31)


def test_review_d16_the_recipient_is_cited_no_limitation_plea() -> None:
    """D-16: the recipient of moved assets has no limitation defence in its texts, and the
    report lists none of the plea's articles (民法典193, 192(2); 诉讼时效规定3) for it."""
    recipient = session(
        "successor",
        "company",
        "transfer",
        date(2025, 9, 10),
        date(2026, 1, 15),
        Decimal("400000"),
        date(2025, 6, 30),
        "some",
        (Event("suit", date(2026, 11, 10), None, "transferee"),),
    )
    cites = [library().cite(c, "zh") for c in recipient.result().citations]
    assert "民法典第193条" not in cites and "诉讼时效规定第3条第1款" not in cites


@pytest.mark.parametrize("side", ["creditor", "successor"])
def test_a_suit_against_the_recipient_is_not_told_the_revocation_is_lost(side: str) -> None:
    """The year to have the transfer revoked has run out by the consultation date, but the
    creditor sued the recipient before that: a revocation suit brought in time exercised the
    right (民法典541). Neither side is told flatly that the right is lost; both compare the
    suit's day with the period."""
    s = session(
        side,
        "company",
        "transfer",
        date(2024, 3, 1),
        date(2025, 2, 10),
        Decimal("400000"),
        date(2023, 12, 31),
        "some",
        (Event("suit", date(2025, 12, 1), None, "transferee"),),
    )
    result = result_of(s)
    summary = text(result)
    assert "撤销权已经消灭；仍可以考虑" not in summary
    assert "不能再请求撤销" not in summary
    if side == "creditor":
        assert "起诉之日在期间届满之前的，撤销权已经依法行使" in summary
    else:
        assert "请核对起诉之日" in summary
        defences = text(result, "defences")
        assert "请求撤销转让的期间已经届满，撤销权已经消灭" not in defences
        assert "在撤销期间（见期限一栏）届满之后才起诉的" in defences
