"""Golden paths through the guarantor tree (legal-coverage.md §3): outcomes, bases, deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import cited, library, tree, walk
from wizard.engine import Session
from wizard.validate import check_tree

CONSULTATION = date(2026, 11, 29)


def guarantee(
    concluded: str,
    *,
    type_: str = "none",
    changes: str = "none",
    collateral: str = "none",
    co: str = "single",
    extension: str = "none",
    maturity: tuple[str, str] = ("fixed", "2024-08-31"),
    period: str = "none",
    action: tuple[str | None, ...] = (),
    barred: str = "no",
    signed: str = "guarantee",
    validity: tuple[str, ...] = ("valid", "person"),
) -> list[str | None]:
    """Answers for a guarantee, page by page, with the action pages given last.

    An invalid guarantee skips the questions on scope and co-guarantors.
    """
    invalid = {"void", "barred", "no_review", "listed_no_disclosure"} & set(validity)
    scope = () if invalid else (changes, collateral, co)
    return [
        concluded,
        signed,
        *validity,
        type_,
        *scope,
        extension,
        *maturity,
        period,
        *action,
        barred,
    ]


def deadline(session: Session, kind: str):
    found = [d for d in session.result(CONSULTATION).deadlines if d.spec.kind == kind]
    assert len(found) == 1, [d.spec.id for d in found]
    assert found[0].deadline.computed
    return found[0]


def warning_texts(session: Session) -> list[str]:
    return [w.text.zh for w in session.result(CONSULTATION).warnings]


def test_tree_validates() -> None:
    assert check_tree(tree("guarantor"), library()) == []


# --- the date switch: the same facts in 2020 and 2022 -------------------------------------------


def test_no_type_agreed_2020_is_joint_liability_guarantee() -> None:
    s = walk("guarantor", guarantee("2020-06-01", action=("demanded", "2025-01-10")))
    assert s.outcome is not None and s.outcome.code == "G-A"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "连带责任" and finding.sublabel is not None
    assert finding.sublabel.zh == "连带责任保证"
    assert "担保法第19条第1款" in cited(s)
    assert not any(c.startswith("民法典") for c in cited(s))


def test_no_type_agreed_2022_is_general_guarantee() -> None:
    s = walk(
        "guarantor", guarantee("2022-06-01", action=("sued_debtor", "ruling", "2025-06-03", "none"))
    )
    assert s.outcome is not None and s.outcome.code == "G-B"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "一般保证责任"
    assert "民法典第686条第2款" in cited(s) and "民法典第687条第2款" in cited(s)
    assert not any(c.startswith("担保法") for c in cited(s))


def test_same_facts_reach_different_action_questions() -> None:
    old = walk("guarantor", guarantee("2020-12-31")[:-1])
    new = walk("guarantor", guarantee("2021-01-01")[:-1])
    # A joint-liability guarantee is preserved by calling on the guarantor, a general one by
    # suing the debtor.
    assert old.current.id == "joint_action"
    assert new.current.id == "general_action"
    [old_default] = [r for r in old.reasoning() if r.node.id == "type_default"]
    [new_default] = [r for r in new.reasoning() if r.node.id == "type_default"]
    assert [(c.law, c.article) for c in old_default.citations] == [("guarantee_law_1995", 19)]
    assert [(c.law, c.article) for c in new_default.citations] == [("civil_code", 686)]


# --- G-A ----------------------------------------------------------------------------------------


def test_joint_wording_gives_joint_liability_with_limitation_from_arrival() -> None:
    s = walk("guarantor", guarantee("2022-03-01", type_="joint", action=("demanded", "2025-01-10")))
    assert s.outcome is not None and s.outcome.code == "G-A"
    assert cited(s)[:3] == ["民法典第688条第1款", "担保制度解释第25条第2款", "民法典第688条第2款"]
    period = deadline(s, "guarantee_period")
    assert period.deadline.end == date(2025, 2, 28)  # 2024-08-31 + 6 months, month-end rule
    assert period.deadline.status == "passed"
    limitation = deadline(s, "limitation")
    assert limitation.deadline.end == date(2028, 1, 10)
    assert limitation.deadline.days_left == (date(2028, 1, 10) - CONSULTATION).days
    result = s.result(CONSULTATION)
    assert any("民法典第700条" in r.zh for r in result.recourse)
    # The tool cannot compare the two dates: it tells the user to.
    assert any("不比较两个日期" in t for t in warning_texts(s))


def test_joint_not_yet_acted_shows_days_left_and_what_to_do() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2025-05-01", type_="joint", maturity=("fixed", "2026-10-15"), action=("not_yet",)
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-A"
    period = deadline(s, "guarantee_period")
    assert period.deadline.end == date(2027, 4, 15)
    assert period.deadline.days_left == (date(2027, 4, 15) - CONSULTATION).days
    assert any("尚未保住" in t for t in warning_texts(s))


# --- G-B / G-C -----------------------------------------------------------------------------------


def test_general_guarantee_limitation_from_service_of_final_ruling() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2022-06-01", type_="general", action=("sued_debtor", "ruling", "2025-06-03", "none")
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-B"
    assert "担保制度解释第25条第1款" in cited(s) and "民法典第687条第1款" in cited(s)
    limitation = deadline(s, "limitation")
    assert [c.article for c in limitation.spec.basis][:2] == [694, 28]
    assert limitation.deadline.end == date(2028, 6, 5)  # 2028-06-03 is a Saturday


def test_general_guarantee_enforcement_without_ruling_counts_one_year_plus_three() -> None:
    s = walk(
        "guarantor",
        guarantee("2022-06-01", action=("sued_debtor", "enforcement", "2025-03-10", "none")),
    )
    limitation = deadline(s, "limitation")
    assert limitation.deadline.unrolled_end == date(2029, 3, 10)  # a Saturday
    assert limitation.deadline.end == date(2029, 3, 12)


def test_old_general_guarantee_limitation_from_final_judgment() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2019-05-01",
            type_="general",
            maturity=("fixed", "2020-03-31"),
            action=("sued_debtor", "effective", "2020-11-20", "none"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-B"
    assert "担保法第17条第2款" in cited(s)
    limitation = deadline(s, "limitation")
    assert [(c.law, c.article) for c in limitation.spec.basis] == [
        ("spc_guarantee_law_interpretation_2000", 34),
        ("general_provisions_civil_law_2017", 188),
    ]
    assert limitation.deadline.end == date(2023, 11, 20)


def test_old_guarantee_has_no_cannot_pay_exception() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2019-05-01",
            type_="general",
            maturity=("fixed", "2020-03-31"),
            action=("sued_debtor", "pending", "cannot_pay"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-B"
    assert any("不是担保法规定的先诉抗辩权例外" in t for t in warning_texts(s))


def test_bankruptcy_accepted_removes_the_benefit_of_discussion() -> None:
    s = walk(
        "guarantor",
        guarantee("2022-06-01", action=("sued_debtor", "pending", "bankruptcy", "2025-05-08")),
    )
    assert s.outcome is not None and s.outcome.code == "G-C"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "一般保证责任"
    assert "民法典第687条第2款第2项" in cited(s)
    limitation = deadline(s, "limitation")
    assert limitation.spec.basis[0].article == 28 and limitation.spec.basis[0].paragraph == 2
    assert limitation.deadline.end == date(2028, 5, 8)
    assert any("停止计息" in t for t in warning_texts(s))


def test_bankruptcy_claim_only_is_contested() -> None:
    s = walk("guarantor", guarantee("2022-06-01", action=("bankruptcy_claim", "2025-05-06")))
    assert s.outcome is not None and s.outcome.code == "G-C"
    kinds = [w.kind for w in s.result(CONSULTATION).warnings]
    assert "contested" in kinds


def test_old_written_waiver() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2018-01-15",
            type_="general",
            maturity=("fixed", "2019-01-15"),
            action=("sued_debtor", "pending", "waiver"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-C"
    assert "担保法第17条第3款第3项" in cited(s)


# --- G-D: the guarantee period lapsed -------------------------------------------------------------


def test_letters_to_a_general_guarantor_do_not_preserve_the_guarantee() -> None:
    s = walk("guarantor", guarantee("2022-06-01", action=("letters_only",)))
    assert s.outcome is not None and s.outcome.code == "G-D"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "不承担责任"
    assert "民法典第693条第1款" in cited(s) and "担保制度解释第34条第2款" in cited(s)
    assert s.outcome.remaining_liability is not None
    period = deadline(s, "guarantee_period")
    assert period.deadline.end == date(2025, 2, 28) and period.deadline.status == "passed"
    assert any("常见陷阱" in t for t in warning_texts(s))


def test_old_joint_guarantee_only_the_debtor_was_sued() -> None:
    s = walk("guarantor", guarantee("2019-03-01", action=("debtor_only",)))
    assert s.outcome is not None and s.outcome.code == "G-D"
    assert cited(s) == ["担保法第26条第2款", "担保法解释第31条第1款"]


def test_withdrawn_suit_lapses_general_guarantee() -> None:
    s = walk("guarantor", guarantee("2022-06-01", action=("withdrew",)))
    assert s.outcome is not None and s.outcome.code == "G-D"
    assert "担保制度解释第31条第1款" in cited(s)


def test_invalid_guarantee_and_lapsed_period_no_compensation_either() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2022-06-01", validity=("valid", "company", "no_review", "both"), action=("nothing",)
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-D"
    assert "担保制度解释第33条第1款" in cited(s)


# --- G-E -----------------------------------------------------------------------------------------


def test_increase_without_consent_is_excluded() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2022-06-01", type_="joint", changes="increased", action=("demanded", "2025-01-10")
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-E"
    labels = [f.label for f in s.result(CONSULTATION).findings]
    assert labels == ["不承担责任", "连带责任"]
    assert cited(s)[0] == "民法典第695条第1款"


def test_released_collateral_old_law() -> None:
    s = walk(
        "guarantor",
        guarantee("2020-02-01", collateral="released", action=("demanded", "2024-10-10")),
    )
    assert s.outcome is not None and s.outcome.code == "G-E"
    assert "担保法第28条第2款" in cited(s) and "担保法第19条第1款" in cited(s)


def test_refinancing_releases_the_whole_guarantee() -> None:
    s = walk(
        "guarantor",
        guarantee("2022-06-01", changes="refinanced", action=("sued_debtor", "pending", "none")),
    )
    assert s.outcome is not None and s.outcome.code == "G-E"
    assert [f.label for f in s.result(CONSULTATION).findings] == ["不承担责任"]
    assert "担保制度解释第16条第1款第2项" in cited(s)


# --- G-F: invalid guarantee -----------------------------------------------------------------------


def test_company_guarantee_without_resolution_both_at_fault() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2022-06-01",
            type_="joint",
            validity=("valid", "company", "no_review", "both"),
            action=("demanded", "2025-01-10"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-F"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "赔偿责任"
    assert cited(s) == [
        "担保制度解释第17条第1款第1项",
        "民法典第682条第2款",
        "担保制度解释第7条第1款第2项",
    ]
    # Art. 33: the guarantee period still matters for an invalid guarantee.
    assert deadline(s, "guarantee_period").deadline.end == date(2025, 2, 28)


def test_company_guarantee_2023_cites_company_law_2018_and_2024_the_new_one() -> None:
    old_cl = walk(
        "guarantor",
        guarantee("2023-06-01", validity=("valid", "company", "reviewed"), action=("not_yet",)),
    )
    new_cl = walk(
        "guarantor",
        guarantee("2024-07-01", validity=("valid", "company", "reviewed"), action=("not_yet",)),
    )

    def company_law(s: Session) -> list[str]:
        step = next(r for r in s.result(CONSULTATION).reasoning if r.node.id == "guarantor_kind")
        return sorted({c.law for c in step.citations})

    assert company_law(old_cl) == ["company_law_2018"]
    assert company_law(new_cl) == ["company_law_2023"]


def test_void_main_contract_caps_at_one_third() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2022-06-01",
            validity=("void", "person", "guarantor_fault"),
            action=("sued_debtor", "pending", "none"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-F"
    assert cited(s)[0] == "担保制度解释第17条第2款"
    assert "三分之一" in s.result(CONSULTATION).findings[0].sublabel.zh


def test_old_invalid_guarantee_creditor_without_fault_is_joint_compensation() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2019-06-01",
            validity=("valid", "barred", "guarantor_only"),
            action=("demanded", "2020-05-01"),
        ),
    )
    assert s.outcome is not None and s.outcome.code == "G-F"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "连带责任"
    assert cited(s)[:3] == ["担保法解释第7条第1款", "担保法第5条第2款", "担保法第8条第1款"]


def test_listed_company_without_disclosure_owes_nothing() -> None:
    s = walk("guarantor", ["2022-06-01", "guarantee", "valid", "company", "listed_no_disclosure"])
    assert s.outcome is not None and s.outcome.code == "G-F"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "不承担责任"
    assert cited(s) == ["担保制度解释第9条第2款", "担保制度解释第9条第3款"]
    assert s.result(CONSULTATION).deadlines == ()


def test_only_creditor_at_fault() -> None:
    s = walk("guarantor", ["2022-06-01", "guarantee", "valid", "barred", "creditor_only"])
    assert s.outcome is not None and s.outcome.code == "G-F"
    assert s.result(CONSULTATION).findings[0].label == "不承担责任"
    assert "担保制度解释第17条第1款第3项" in cited(s)


# --- G-G: debt accession --------------------------------------------------------------------------


def test_joint_repayment_wording_is_debt_accession_without_guarantee_period() -> None:
    s = walk("guarantor", ["2022-06-01", "accession", "valid", "person", "2024-12-31", "no"])
    assert s.outcome is not None and s.outcome.code == "G-G"
    [finding] = s.result(CONSULTATION).findings
    assert finding.label == "连带责任" and finding.sublabel is not None
    assert finding.sublabel.zh == "连带债务（债务加入）"
    assert cited(s)[:4] == [
        "民法典第552条第1款",
        "民法典第518条第1款",
        "民法典第518条第2款",
        "担保制度解释第36条第2款",
    ]
    deadlines = s.result(CONSULTATION).deadlines
    assert [d.spec.kind for d in deadlines] == ["limitation"]  # no guarantee period
    assert deadlines[0].deadline.computed and deadlines[0].deadline.end == date(2027, 12, 31)


def test_accession_limitation_runs_afresh_after_interruption() -> None:
    s = walk(
        "guarantor",
        ["2022-06-01", "accession", "valid", "person", "2024-12-31", "yes", "2025-10-12"],
    )
    limitation = deadline(s, "limitation")
    assert limitation.deadline.end == date(2028, 10, 12)
    assert "诉讼时效规定第15条第2款" in [library().cite(c, "zh") for c in limitation.spec.basis]


def test_old_accession_applies_civil_code_through_temporal_rule() -> None:
    s = walk("guarantor", ["2020-06-01", "accession", "valid", "person", "2020-12-31", "no"])
    assert s.outcome is not None and s.outcome.code == "G-G"
    assert "民法典时间效力规定第3条第1款" in cited(s)
    limitation = deadline(s, "limitation")
    # 31 Dec 2023 is a Sunday and 1 Jan 2024 元旦 (official arrangement): the period ends 2 Jan.
    assert limitation.deadline.unrolled_end == date(2023, 12, 31)
    assert limitation.deadline.end == date(2024, 1, 2)


# --- G-H: co-guarantors ---------------------------------------------------------------------------


def test_co_guarantors_under_the_civil_code_have_no_automatic_recourse() -> None:
    s = walk(
        "guarantor",
        guarantee("2022-06-01", type_="joint", co="separate", action=("demanded", "2025-01-10")),
    )
    assert s.outcome is not None and s.outcome.code == "G-H"
    result = s.result(CONSULTATION)
    assert [f.label for f in result.findings] == ["连带责任"]
    assert "民法典第699条第1款" in cited(s)
    assert any("担保制度解释第13条第3款" in r.zh for r in result.recourse)
    assert any("第29条" not in t and "不等于向其他保证人" in t for t in warning_texts(s))


def test_old_co_guarantors_are_joint_co_guarantors_with_recourse() -> None:
    s = walk("guarantor", guarantee("2019-06-01", co="separate", action=("demanded", "2020-01-10")))
    assert s.outcome is not None and s.outcome.code == "G-H"
    assert {"担保法第12条第1款", "担保法解释第19条第1款", "担保法解释第20条第1款"} <= set(cited(s))
    assert any("担保法第12条" in r.zh for r in s.result(CONSULTATION).recourse)


def test_same_contract_co_guarantors_share_under_art_13_2() -> None:
    s = walk(
        "guarantor",
        guarantee("2022-06-01", co="same_contract", action=("sued_debtor", "pending", "none")),
    )
    assert s.outcome is not None and s.outcome.code == "G-H"
    assert [f.label for f in s.result(CONSULTATION).findings] == ["一般保证责任"]
    assert any("第13条第2款" in r.zh for r in s.result(CONSULTATION).recourse)


# --- G-I: comfort letter --------------------------------------------------------------------------


def test_comfort_letter() -> None:
    s = walk("guarantor", ["2022-06-01", "comfort"])
    assert s.outcome is not None and s.outcome.code == "G-I"
    assert s.result(CONSULTATION).findings[0].label == "不承担责任"
    assert cited(s) == ["担保制度解释第36条第4款", "民法典第178条第3款"]


# --- guarantee-period arithmetic ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("concluded", "maturity", "period", "nominal", "end"),
    [
        # month-end rule: no 31 Feb
        ("2022-06-01", "2024-08-31", "none", date(2025, 2, 28), date(2025, 2, 28)),
        # leap year: 29 Feb exists in 2024
        ("2022-06-01", "2023-08-31", "none", date(2024, 2, 29), date(2024, 2, 29)),
        # "until fully repaid": 6 months under the Civil Code …
        ("2022-06-01", "2024-08-20", "unclear", date(2025, 2, 20), date(2025, 2, 20)),
        # … but 2 years for an old guarantee (2000 Interpretation art. 32(2), Temporal Effect 27);
        # 2021-02-28 is a Sunday, so the period ends on Monday 1 March.
        ("2018-06-01", "2019-02-28", "unclear", date(2021, 2, 28), date(2021, 3, 1)),
        # agreed one year from 29 Feb 2020: no 29 Feb in 2021, and the 28th is a Sunday
        ("2019-06-01", "2020-02-29", "y1", date(2021, 2, 28), date(2021, 3, 1)),
        # agreed period ending on or before maturity counts as none
        ("2022-06-01", "2024-08-31", "early", date(2025, 2, 28), date(2025, 2, 28)),
        ("2019-06-01", "2020-04-30", "early", date(2020, 10, 30), date(2020, 10, 30)),
        # agreed 3 years
        ("2022-06-01", "2024-01-31", "y3", date(2027, 1, 31), date(2027, 2, 1)),
    ],
)
def test_guarantee_period_end(
    concluded: str, maturity: str, period: str, nominal: date, end: date
) -> None:
    s = walk(
        "guarantor",
        guarantee(concluded, maturity=("fixed", maturity), period=period, action=("not_yet",)),
    )
    gp = deadline(s, "guarantee_period")
    assert (gp.deadline.unrolled_end, gp.deadline.end) == (nominal, end)


def test_old_unclear_period_cites_two_year_rule_and_bridging_article() -> None:
    s = walk(
        "guarantor",
        guarantee(
            "2018-06-01", maturity=("fixed", "2019-02-28"), period="unclear", action=("not_yet",)
        ),
    )
    gp = deadline(s, "guarantee_period")
    assert [library().cite(c, "zh") for c in gp.spec.basis] == [
        "担保法解释第31条第1款",
        "担保法解释第32条第2款",
        "民法典时间效力规定第27条第1款",
    ]


def test_bridging_rule_cited_only_where_it_applies() -> None:
    """Temporal Effect art. 27 bridges only periods still running on 1 Jan 2021."""
    s = walk(
        "guarantor",
        guarantee(
            "2017-06-01", maturity=("fixed", "2018-06-30"), period="unclear", action=("not_yet",)
        ),
    )
    gp = deadline(s, "guarantee_period")
    assert [library().cite(c, "zh") for c in gp.spec.basis] == [
        "担保法解释第31条第1款",
        "担保法解释第32条第2款",
    ]
    assert gp.deadline.status == "passed"


def test_no_maturity_agreed_runs_from_end_of_grace_period() -> None:
    s = walk(
        "guarantor", guarantee("2022-06-01", maturity=("none", "2025-03-16"), action=("not_yet",))
    )
    gp = deadline(s, "guarantee_period")
    assert gp.spec.start == "grace_end_date"
    assert "民法典第692条第3款" in [library().cite(c, "zh") for c in gp.spec.basis]
    assert gp.deadline.end == date(2025, 9, 16)


def test_maximum_amount_guarantee_runs_from_determination() -> None:
    s = walk(
        "guarantor",
        guarantee("2023-01-01", maturity=("ceiling", "2025-06-30"), action=("not_yet",)),
    )
    gp = deadline(s, "guarantee_period")
    assert "担保制度解释第30条第2款" in [library().cite(c, "zh") for c in gp.spec.basis]
    assert gp.deadline.end == date(2025, 12, 30)


def test_extension_without_consent_does_not_move_the_period() -> None:
    s = walk(
        "guarantor", guarantee("2022-06-01", extension="not_consented", action=("letters_only",))
    )
    assert s.outcome is not None and s.outcome.code == "G-D"
    assert any("不随展期顺延" in t for t in warning_texts(s))


def test_special_period_is_not_computed_but_flagged() -> None:
    s = walk("guarantor", guarantee("2022-06-01", period="other", action=("not_yet",)))
    result = s.result(CONSULTATION)
    assert [d.spec.kind for d in result.deadlines] == []
    assert "missing_fact" in [w.kind for w in result.warnings]


def test_guarantee_period_and_limitation_are_never_confused() -> None:
    """Every guarantee-period deadline is of kind guarantee_period and cites period rules;
    every limitation deadline is of kind limitation and cites a 3-year rule."""
    t = tree("guarantor")
    for outcome in t.outcomes:
        for spec in outcome.deadlines:
            if spec.id.startswith("gp_"):
                assert spec.kind == "guarantee_period", spec.id
            else:
                assert spec.id.startswith("lim_") and spec.kind == "limitation", spec.id
                assert any(c.article in (188, 195) for c in spec.basis), spec.id


def test_every_outcome_is_covered_by_a_golden_path() -> None:
    codes = {o.code for o in tree("guarantor").outcomes}
    assert codes == {"G-A", "G-B", "G-C", "G-D", "G-E", "G-F", "G-G", "G-H", "G-I"}
