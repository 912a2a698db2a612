"""Golden paths through the shareholder tree (trees/shareholder.json): answers in → codes,
liability labels and citations out; both sides of every 2024-07-01 switch."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import cited, library, tree, walk
from wizard.casefile import CaseInfo
from wizard.engine import Session
from wizard.report import render_report
from wizard.validate import check_tree

CONSULTED = date(2026, 1, 15)


# Pages in order up to the first route: client, debt due date, formation date, company type,
# company status.
def opening(
    due: str = "2025-03-01",
    formed: str = "2020-05-01",
    kind: str = "llc_multi",
    status: str = "enforcement_failed",
) -> list[str | None]:
    return ["creditor", due, formed, kind, status]


# The remaining routes answered "nothing found": no withdrawal, piercing date, no abuse, no
# sister companies, no director liability (for companies that are neither dissolved nor
# deregistered, the liquidation route is skipped).
def quiet_rest(conduct: str = "2025-01-10") -> list[str | None]:
    return ["no", conduct, "none", "no", "no"]


def labels(session: Session) -> list[str]:
    return [f.label for f in session.result(CONSULTED).findings]


def cites_of(session: Session) -> set[tuple[str, int, int | None, int | None]]:
    """Every citation of the result and the reasoning path, as (law, article, 款, 项)."""
    result = session.result(CONSULTED)
    return (
        {c.key for c in result.all_citations}
        | {c.key for step in result.reasoning for c in step.citations}
        | {c.key for f in result.findings for c in f.basis}
    )


def test_tree_is_valid() -> None:
    assert check_tree(tree("shareholder"), library()) == []


def test_outcome_codes_are_the_coverage_codes() -> None:
    codes = {n.code for n in tree("shareholder").result_nodes}
    assert codes == {f"SH-{c}" for c in "ABCDEFGHIJKLMN"} | {"SH-SUM"}


# --- SH-D: nothing found -----------------------------------------------------------------


def test_company_can_pay_no_shareholder_liability() -> None:
    s = walk("shareholder", opening(status="can_pay"))
    result = s.result(CONSULTED)
    assert result.codes == ("SH-D",)
    assert labels(s) == ["不承担责任"]
    assert cited(s) == ["公司法第4条第1款", "公司法第3条第1款"]
    assert s.outcome is not None and s.outcome.remaining_liability is not None
    assert "公司仍以其全部财产" in s.outcome.remaining_liability.zh


def test_nothing_found_after_all_routes_pre_2024_debt() -> None:
    s = walk("shareholder", [*opening(due="2023-03-01"), "all_paid", *quiet_rest("2023-01-10")])
    assert s.result(CONSULTED).codes == ("SH-D",)
    assert cited(s) == ["公司法(2018)第3条第2款", "公司法(2018)第3条第1款"]


def test_sole_shareholder_who_proves_separation_is_not_liable() -> None:
    s = walk(
        "shareholder",
        [*opening(kind="llc_one"), "all_paid", "no", "2025-01-10", "can_prove", "none", "no", "no"],
    )
    result = s.result(CONSULTED)
    assert result.codes == ("SH-D",)
    assert labels(s) == ["不承担责任", "不承担责任"]
    assert "公司法第23条第3款" in cited(s)


# --- Route A: capital --------------------------------------------------------------------


def overdue(
    *,
    nominee: str = "registered_owner",
    origin: str = "other",
    forfeiture: list[str | None] | None = None,
    **kw: str,
) -> list[str | None]:
    return [*opening(**kw), "overdue", nominee, "no", origin, *(forfeiture or ["none"])]


def test_sh_e_overdue_capital_supplementary_liability() -> None:
    s = walk("shareholder", [*overdue(), *quiet_rest()])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-E", "SH-SUM")
    assert labels(s) == ["补充责任"]
    assert result.findings[0].sublabel is not None
    assert result.findings[0].sublabel.zh == "补充赔偿责任"
    assert cited(s) == ["公司法解释三第13条第2款"]
    # The no-limitation rule for capital and the creditor's own limitation period.
    assert (("spc_company_interpretation_3", 19, 2, None)) in cites_of(s)
    (limitation,) = result.deadlines
    assert limitation.spec.kind == "limitation"
    assert limitation.deadline.computed and limitation.deadline.end == date(2028, 3, 1)


def test_sh_e_nominee_cannot_escape() -> None:
    s = walk("shareholder", [*overdue(nominee="nominee"), *quiet_rest()])
    assert cited(s) == ["公司法解释三第13条第2款", "公司法解释三第26条第1款"]
    assert any("实际出资人追偿" in r.zh for r in s.result(CONSULTED).recourse)


def test_sh_e_equity_held_as_security_lender_not_liable() -> None:
    s = walk("shareholder", [*overdue(nominee="security"), *quiet_rest()])
    assert labels(s) == ["补充责任", "不承担责任"]
    assert "担保制度解释第69条" in cited(s)


def test_sh_e_capital_increase_directors_and_forfeiture() -> None:
    s = walk(
        "shareholder",
        [*overdue(origin="increase", forfeiture=["forfeited_unresolved"]), *quiet_rest()],
    )
    assert labels(s) == ["补充责任", "相应的责任", "出资责任"]
    assert cited(s) == ["公司法解释三第13条第2款", "公司法解释三第13条第4款", "公司法第52条第2款"]


def test_forfeiture_grace_period_is_computed() -> None:
    s = walk(
        "shareholder",
        [*overdue(forfeiture=["demand_sent", "2025-03-03"]), *quiet_rest()],
    )
    deadlines = {d.spec.id: d for d in s.result(CONSULTED).deadlines}
    grace = deadlines["forfeiture_grace"]
    # 2025-05-02 falls in the 劳动节 rest (05-01 … 05-05): the period ends 05-06.
    assert grace.deadline.computed and grace.deadline.end == date(2025, 5, 6)
    assert "claim_limitation" in deadlines


@pytest.mark.parametrize(
    ("formed", "kind", "expected"),
    [
        ("2025-01-01", "llc_multi", ["公司法第50条"]),
        ("2025-01-01", "jsc_multi", ["公司法第99条"]),
        ("2019-01-01", "llc_multi", ["公司法解释三第13条第3款", "公司法(2018)第30条"]),
        (
            "2019-01-01",
            "jsc_multi",
            ["公司法解释三第13条第3款", "公司法(2018)第93条第1款", "公司法(2018)第93条第2款"],
        ),
    ],
)
def test_sh_f_founders_joint_liability_both_sides_of_switch(
    formed: str, kind: str, expected: list[str]
) -> None:
    s = walk("shareholder", [*overdue(origin="formation", formed=formed, kind=kind), *quiet_rest()])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-E", "SH-F", "SH-SUM")
    assert labels(s) == ["补充责任", "连带责任"]
    assert cited(s) == ["公司法解释三第13条第2款", *expected]


def test_sh_g_unexpired_capital_accelerated_after_2024() -> None:
    s = walk("shareholder", [*opening(), "unexpired", "registered_owner", "no", *quiet_rest()])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-G", "SH-SUM")
    assert labels(s) == ["出资责任"]
    assert cited(s) == ["公司法第54条"]
    assert any("入库" in w.text.zh for w in result.warnings)  # §6 item 1


def test_sh_g_pre_2024_debt_needs_an_exception() -> None:
    base = [*opening(due="2023-06-30"), "unexpired", "registered_owner", "no"]
    with_exception = walk("shareholder", [*base, "extended_after_debt", *quiet_rest()])
    assert with_exception.result(CONSULTED).codes == ("SH-G", "SH-SUM")
    assert labels(with_exception) == ["补充责任"]
    assert cited(with_exception) == ["公司法解释三第13条第2款"]
    assert any(w.kind == "unverified" for w in with_exception.result(CONSULTED).warnings)

    without = walk("shareholder", [*base, "neither", *quiet_rest()])
    result = without.result(CONSULTED)
    assert result.codes == ("SH-D",)
    assert any("公司法第54条" in w.text.zh and w.kind == "contested" for w in result.warnings)


def test_sh_g_bankruptcy_administrator_collects_all_capital() -> None:
    s = walk(
        "shareholder",
        [*opening(status="bankruptcy"), "both", "registered_owner", "no", *quiet_rest()],
    )
    assert s.result(CONSULTED).codes == ("SH-G", "SH-SUM")
    assert labels(s) == ["出资责任"]
    assert cited(s) == ["企业破产法第35条"]


def test_2027_capital_adjustment_warning_for_old_companies() -> None:
    s = walk(
        "shareholder",
        [*opening(formed="2015-01-01"), "unexpired", "registered_owner", "no", *quiet_rest()],
    )
    texts = [w.text.zh for w in s.result(CONSULTED).warnings]
    assert any("2027年6月30日" in t for t in texts)


def test_sh_h_withdrawal_with_helpers() -> None:
    s = walk(
        "shareholder",
        [*opening(), "all_paid", "yes", "2022-05-10", "yes", "2025-01-10", "none", "no", "no"],
    )
    result = s.result(CONSULTED)
    assert result.codes == ("SH-H", "SH-SUM")
    assert labels(s) == ["补充责任", "连带责任"]
    assert cited(s) == ["公司法解释三第14条第2款", "公司法解释三第12条", "公司法解释三第14条第2款"]
    assert "抽逃出资本息" in result.findings[0].scope.zh
    assert ("company_law_2018", 35, None, None) in cites_of(s)


def transfer(kind: str, on: str, *more: str) -> list[str | None]:
    return [
        *opening(),
        "overdue" if kind == "after_due" else "unexpired",
        "registered_owner",
        kind,
        on,
        *more,
    ]


def test_sh_i_pre_2024_unexpired_transfer_88_1_via_time_effect_art_4() -> None:
    s = walk("shareholder", [*transfer("before_due", "2022-03-01"), *quiet_rest()])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-I", "SH-G", "SH-SUM")
    assert labels(s)[:2] == ["出资责任", "补充责任"]
    assert cited(s)[:3] == [
        "公司法第88条第1款",
        "公司法第88条第1款",
        "公司法时间效力规定第4条第1项",
    ]
    assert ("spc_company_law_time_effect", 4, 1, 1) in cites_of(s)


def test_sh_i_post_2024_unexpired_transfer() -> None:
    s = walk("shareholder", [*transfer("before_due", "2024-09-01"), *quiet_rest()])
    assert s.result(CONSULTED).codes == ("SH-I", "SH-G", "SH-SUM")
    assert cited(s)[:2] == ["公司法第88条第1款", "公司法第88条第1款"]
    assert ("spc_company_law_time_effect", 4, 1, 1) not in cites_of(s)


def test_sh_j_pre_2024_overdue_transfer_interpretation_3_art_18() -> None:
    s = walk(
        "shareholder",
        [*transfer("after_due", "2023-05-01", "knew"), "other", "none", *quiet_rest()],
    )
    result = s.result(CONSULTED)
    assert result.codes == ("SH-J", "SH-E", "SH-SUM")
    assert labels(s) == ["连带责任", "补充责任"]
    assert cited(s)[:2] == ["公司法解释三第18条第1款", "公司法解释三第13条第2款"]
    assert "公司法第88条第2款" not in cited(s)


def test_sh_j_post_2024_overdue_transfer_88_2() -> None:
    s = walk(
        "shareholder",
        [*transfer("after_due", "2024-10-01", "knew"), "other", "none", *quiet_rest()],
    )
    assert s.result(CONSULTED).codes == ("SH-J", "SH-E", "SH-SUM")
    assert cited(s)[:2] == ["公司法第88条第2款", "公司法解释三第13条第2款"]


def test_unclear_knowledge_burden_depends_on_transfer_date() -> None:
    after = walk(
        "shareholder",
        [*transfer("after_due", "2024-10-01", "unclear"), "other", "none", *quiet_rest()],
    )
    assert after.result(CONSULTED).codes == ("SH-J", "SH-E", "SH-SUM")
    before = walk(
        "shareholder",
        [*transfer("after_due", "2023-10-01", "unclear"), "other", "none", *quiet_rest()],
    )
    assert before.result(CONSULTED).codes == ("SH-E", "SH-SUM")


def test_bona_fide_transferee_not_liable_seller_is() -> None:
    s = walk(
        "shareholder",
        [*transfer("after_due", "2024-10-01", "not_knew"), "other", "none", *quiet_rest()],
    )
    result = s.result(CONSULTED)
    assert result.codes == ("SH-E", "SH-SUM")
    assert labels(s) == ["补充责任", "不承担责任"]
    assert cited(s) == ["公司法解释三第13条第2款", "公司法第88条第2款"]


def test_sh_n_unpaid_capital_at_dissolution() -> None:
    s = walk(
        "shareholder",
        [
            *opening(status="dissolved"),
            "unexpired",
            "registered_owner",
            "no",
            *quiet_rest()[:4],
            "2025-02-01",
            "none",
            "no",
        ],
    )
    result = s.result(CONSULTED)
    assert result.codes == ("SH-N", "SH-SUM")
    assert labels(s) == ["连带责任"]
    assert cited(s) == ["公司法解释二第22条第2款", "公司法解释二第22条第1款"]


# --- Route B: piercing -------------------------------------------------------------------


def test_sh_a_vertical_piercing_post_2024() -> None:
    s = walk("shareholder", [*opening(), "all_paid", "no", "2025-01-10", "mixing", "no", "no"])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-A", "SH-SUM")
    assert labels(s) == ["连带责任", "不承担责任"]  # only the abusing shareholder
    assert cited(s)[:2] == ["公司法第23条第1款", "民法典第83条第2款"]


def test_sh_a_vertical_piercing_pre_2024() -> None:
    s = walk(
        "shareholder",
        [*opening(due="2023-09-01"), "all_paid", "no", "2023-01-10", "control", "no", "no"],
    )
    assert cited(s)[:2] == ["公司法(2018)第20条第3款", "民法典第83条第2款"]
    assert "公司法第23条第1款" not in cited(s)


@pytest.mark.parametrize(
    ("conduct", "expected"),
    [("2023-06-01", "公司法(2018)第63条"), ("2025-06-01", "公司法第23条第3款")],
)
def test_sh_c_one_shareholder_company_both_sides_of_switch(conduct: str, expected: str) -> None:
    s = walk(
        "shareholder",
        [*opening(kind="llc_one"), "all_paid", "no", conduct, "cannot_prove", "no", "no"],
    )
    assert s.result(CONSULTED).codes == ("SH-C", "SH-SUM")
    assert labels(s) == ["连带责任"]
    assert cited(s) == [expected]


def test_one_shareholder_jsc_reversed_burden_only_from_2024() -> None:
    new = walk("shareholder", [*opening(kind="jsc_one"), "all_paid", "no", "2025-06-01"])
    assert new.current.id == "separation"
    old = walk("shareholder", [*opening(kind="jsc_one"), "all_paid", "no", "2023-06-01"])
    assert old.current.id == "abuse"


@pytest.mark.parametrize(
    ("conduct", "expected", "contested"),
    [("2025-02-01", "公司法第23条第2款", False), ("2023-02-01", "公司法(2018)第20条第3款", True)],
)
def test_sh_b_horizontal_piercing(conduct: str, expected: str, contested: bool) -> None:
    s = walk("shareholder", [*opening(), "all_paid", "no", conduct, "none", "yes", "no"])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-B", "SH-SUM")
    assert cited(s) == [expected]
    assert (
        any(w.kind == "contested" and "第4条第6项" in w.text.zh for w in result.warnings)
        is contested
    )


def test_spouse_company_warning_not_decided() -> None:
    s = walk("shareholder", [*opening(kind="llc_spouses"), "all_paid", *quiet_rest()])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-D",)
    assert any(w.kind == "contested" and "夫妻" in w.text.zh for w in result.warnings)


# --- Route C: liquidation and deregistration ---------------------------------------------


def dissolved(on: str, *answers: str, kind: str = "llc_multi") -> list[str | None]:
    return [
        *opening(kind=kind, status="dissolved"),
        "all_paid",
        *quiet_rest()[:4],
        on,
        *answers,
        "no",
    ]


def test_sh_k_cause_before_2024_shareholders_joint_payment() -> None:
    s = walk("shareholder", dissolved("2022-05-01", "books_lost"))
    result = s.result(CONSULTED)
    assert result.codes == ("SH-K", "SH-SUM")
    assert labels(s) == ["连带责任"]
    assert cited(s) == ["公司法解释二第18条第2款", "公司法时间效力规定第6条第1款"]
    assert "股东" in result.findings[0].liable.zh


def test_sh_k_jsc_obligors_are_directors_and_controlling_shareholder() -> None:
    s = walk("shareholder", dissolved("2022-05-01", "books_lost", kind="jsc_multi"))
    assert "董事和控股股东" in s.result(CONSULTED).findings[0].liable.zh


@pytest.mark.parametrize(
    ("on", "answer", "expected"),
    [
        ("2022-05-01", "assets_lost", "公司法解释二第18条第1款"),
        ("2025-03-01", "late_liquidation", "公司法第232条第3款"),
        ("2024-06-20", "late_liquidation", "公司法第232条第3款"),  # 时间效力规定6(2)
    ],
)
def test_sh_l_liquidation_switch_by_dissolution_cause_date(
    on: str, answer: str, expected: str
) -> None:
    s = walk("shareholder", dissolved(on, answer))
    result = s.result(CONSULTED)
    assert result.codes == ("SH-L", "SH-SUM")
    assert labels(s) == ["赔偿责任"]
    assert cited(s)[0] == expected


def test_fifteen_day_window_cites_time_effect_art_6_2() -> None:
    s = walk("shareholder", dissolved("2024-06-20", "late_liquidation"))
    assert "公司法时间效力规定第6条第2款" in cited(s)
    assert any("15" in w.text.zh or "十五" in w.text.zh for w in s.result(CONSULTED).warnings)


def test_new_law_directors_are_obligors_not_shareholders() -> None:
    s = walk("shareholder", dissolved("2025-03-01", "late_liquidation"))
    finding = s.result(CONSULTED).findings[0]
    assert "董事" in finding.liable.zh and "股东" not in finding.liable.zh


def deregistered(how: str, *answers: str) -> list[str | None]:
    return [*opening(status="deregistered"), "all_paid", *quiet_rest()[:4], how, *answers, "no"]


@pytest.mark.parametrize(
    ("on", "label", "expected"),
    [
        ("2025-02-01", "连带责任", ["公司法第240条第3款", "公司法第240条第1款"]),
        ("2023-02-01", "相应的责任", ["公司法解释二第20条第2款"]),
    ],
)
def test_sh_m_false_simplified_deregistration(on: str, label: str, expected: list[str]) -> None:
    s = walk("shareholder", deregistered("simplified", on))
    assert s.result(CONSULTED).codes == ("SH-M", "SH-SUM")
    assert labels(s) == [label]
    assert cited(s) == expected


def test_deregistered_without_liquidation_old_rules() -> None:
    s = walk("shareholder", deregistered("no_liquidation", "2021-01-10", "no_liquidation_dereg"))
    assert s.result(CONSULTED).codes == ("SH-K", "SH-SUM")
    assert cited(s) == ["公司法解释二第20条第1款", "公司法时间效力规定第6条第1款"]


# --- Route D: directors, and several routes at once ---------------------------------------


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2025-01-05", ["公司法第191条", "民法典第1169条第1款"]),
        ("2022-01-05", ["民法典第1165条第1款", "民法典第1169条第1款"]),
        ("2019-01-05", ["侵权责任法第6条第1款", "侵权责任法第9条第1款"]),
    ],
)
def test_director_and_controller_liability(on: str, expected: list[str]) -> None:
    s = walk("shareholder", [*opening(), "all_paid", *quiet_rest()[:4], "controller_directed", on])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-SUM",)
    assert labels(s) == ["赔偿责任", "连带责任"]
    assert cited(s) == expected


def test_two_findings_at_once_piercing_and_unpaid_capital() -> None:
    s = walk("shareholder", [*overdue(), "no", "2025-01-10", "mixing", "no", "no"])
    result = s.result(CONSULTED)
    assert result.codes == ("SH-E", "SH-A", "SH-SUM")
    assert labels(s) == ["补充责任", "连带责任", "不承担责任"]
    assert "公司法解释三第13条第2款" in cited(s) and "公司法第23条第1款" in cited(s)
    assert [d.spec.id for d in result.deadlines] == ["claim_limitation"]


def test_piercing_report_states_who_is_liable_and_quotes_article_23() -> None:
    s = walk("shareholder", [*overdue(), "no", "2025-01-10", "mixing", "no", "no"])
    html = render_report(s, CaseInfo(consultation_date=CONSULTED), library())
    assert "实施滥用行为的股东" in html and "连带责任" in html
    assert "公司法第23条第1款" in html
    # The appendix quotes the whole of art. 23, including paragraphs 2 and 3.
    assert "股东利用其控制的两个以上公司实施前款规定行为的" in html
    assert "只有一个股东的公司，股东不能证明公司财产独立于股东自己的财产的" in html


def test_every_outcome_has_a_golden_path() -> None:
    """A guard that the tests above reach every code of the tree."""
    paths = [
        opening(status="can_pay"),
        [*overdue(), *quiet_rest()],
        [*overdue(origin="formation"), *quiet_rest()],
        [*opening(), "unexpired", "registered_owner", "no", *quiet_rest()],
        [*opening(), "all_paid", "yes", "2022-05-10", "yes", "2025-01-10", "none", "no", "no"],
        [*transfer("before_due", "2022-03-01"), *quiet_rest()],
        [*transfer("after_due", "2023-05-01", "knew"), "other", "none", *quiet_rest()],
        [
            *opening(status="dissolved"),
            "unexpired",
            "registered_owner",
            "no",
            *quiet_rest()[:4],
            "2025-02-01",
            "none",
            "no",
        ],
        [*opening(), "all_paid", "no", "2025-01-10", "mixing", "no", "no"],
        [*opening(kind="llc_one"), "all_paid", "no", "2025-06-01", "cannot_prove", "no", "no"],
        [*opening(), "all_paid", "no", "2025-02-01", "none", "yes", "no"],
        dissolved("2022-05-01", "books_lost"),
        dissolved("2025-03-01", "late_liquidation"),
        deregistered("simplified", "2025-02-01"),
    ]
    reached = {c for p in paths for c in walk("shareholder", p).result(CONSULTED).codes}
    assert reached == {n.code for n in tree("shareholder").result_nodes}
