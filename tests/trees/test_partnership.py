"""Golden paths of the partnership tree (trees/partnership.json): one or more per outcome P-A … P-K.

Each path is the answers in order (choice ids, dates); branch nodes are taken by the engine.
Every path opens with the kind of arrangement (for a professional firm, then its form), the date
the debt arose (contract signed / tort) and the date it fell due (limitation starts there).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import assert_golden, cited, library, tree, walk

CONSULTATION = date(2026, 11, 29)

JOINT, LIMITED, NO = "连带责任", "有限责任", "不承担责任"
TIME_EFFECT = "spc_civil_code_time_effect"

# --- common openings ------------------------------------------------------------------------
GEN = ["general", "2022-03-01", "2022-09-01", "partnership_debt"]
SPEC = ["special", "2022-03-01", "2022-09-01", "partnership_debt"]
LTD = ["limited", "2022-03-01", "2022-09-01", "partnership_debt"]
LAW_FIRM = ["professional", "special_form", "2022-03-01", "2022-09-01", "partnership_debt"]

# (name, answers, outcome code, finding labels, citations of the findings' bases)
GOLDEN = [
    # P-A: general partner of a general / limited partnership that cannot pay.
    (
        "A_general_partner",
        [*GEN, "cannot_pay", "partner"],
        "P-A",
        [JOINT],
        ["合伙企业法第2条第2款", "合伙企业法第38条", "合伙企业法第39条", "合伙企业法第92条第1款"],
    ),
    (
        "A_gp_of_limited_partnership_not_yet_shown",
        [*LTD, "not_shown", "gp"],
        "P-A",
        [JOINT],
        ["合伙企业法第2条第3款", "合伙企业法第38条", "合伙企业法第39条"],
    ),
    (
        "A_new_partner_joined_before_the_debt",
        [*GEN, "cannot_pay", "new_partner", "2021-05-01", "debt_after_entry"],
        "P-A",
        [JOINT],
        ["合伙企业法第2条第2款", "合伙企业法第38条", "合伙企业法第39条", "合伙企业法第92条第1款"],
    ),
    # P-B: new general partner, debt from before his entry.
    (
        "B_new_partner_pre_entry_debt",
        [*GEN, "cannot_pay", "new_partner", "2023-01-10", "debt_before_entry"],
        "P-B",
        [JOINT],
        ["合伙企业法第44条第2款", "合伙企业法第39条"],
    ),
    (
        "B_new_gp_of_limited_partnership",
        [*LTD, "cannot_pay", "new_gp", "2023-01-10", "debt_before_entry"],
        "P-B",
        [JOINT],
        ["合伙企业法第44条第2款", "合伙企业法第39条", "合伙企业法第60条"],
    ),
    # P-C: contract signed before the exit, debt due after it: still liable (art. 53).
    (
        "C_left_after_contract_before_maturity",
        [
            "general",
            "2020-05-01",
            "2023-05-01",
            "partnership_debt",
            "cannot_pay",
            "departed",
            "2021-06-30",
            "cause_before_exit",
        ],
        "P-C",
        [JOINT],
        ["合伙企业法第53条", "合伙企业法第39条"],
    ),
    # P-D: no liability as a partner — cause after exit, personal debt, lender, left early.
    (
        "D_departed_before_the_cause",
        [*GEN, "cannot_pay", "departed", "2021-06-30", "cause_after_exit_known"],
        "P-D",
        [NO],
        ["合伙企业法第53条"],
    ),
    (
        "D_personal_debt_of_a_partner",
        ["general", "2022-03-01", "2022-09-01", "personal_debt"],
        "P-D",
        [NO],
        ["合伙企业法第42条第1款", "合伙企业法第41条"],
    ),
    (
        "D_personal_debt_unregistered_partnership",
        ["contract", "2022-03-01", "2022-09-01", "personal_debt"],
        "P-D",
        [NO],
        ["民法典第975条"],
    ),
    (
        "D_fixed_return_lender",
        ["not_partnership", "2022-03-01", "2022-09-01", "lender"],
        "P-D",
        [NO],
        ["民法典第967条"],
    ),
    (
        "D_lender_old_debt",
        ["not_partnership", "2019-03-01", "2019-09-01", "lender"],
        "P-D",
        [NO],
        ["民法通则第30条"],
    ),
    (
        "D_helper_in_individual_business_2018",
        ["not_partnership", "2018-03-01", "2018-09-01", "sole_trader"],
        "P-D",
        [NO],
        ["民法总则第56条第1款"],
    ),
    (
        "D_left_unregistered_partnership_before_the_debt",
        ["contract", "2023-03-01", "2023-09-01", "partnership_debt", "left_before"],
        "P-D",
        [NO],
        ["民法典第973条"],
    ),
    (
        "D_departed_lp_after_exit",
        [*LTD, "not_shown", "departed_lp", "2021-06-30", "cause_after_exit_known"],
        "P-D",
        [NO],
        ["合伙企业法第81条"],
    ),
    # P-E: limited partner, new limited partner, departed limited partner.
    (
        "E_limited_partner",
        [*LTD, "cannot_pay", "lp", "not_held_out"],
        "P-E",
        [LIMITED],
        ["合伙企业法第2条第3款"],
    ),
    (
        "E_new_limited_partner",
        [*LTD, "cannot_pay", "new_lp", "not_held_out"],
        "P-E",
        [LIMITED],
        ["合伙企业法第77条", "合伙企业法第2条第3款"],
    ),
    (
        "E_departed_limited_partner",
        [*LTD, "cannot_pay", "departed_lp", "2022-06-30", "cause_before_exit"],
        "P-E",
        [LIMITED],
        ["合伙企业法第81条"],
    ),
    (
        "E_gp_turned_lp_later_debt",
        [*LTD, "cannot_pay", "gp_to_lp", "after_conversion", "not_held_out"],
        "P-E",
        [LIMITED],
        ["合伙企业法第2条第3款"],
    ),
    # P-F: limited partner held out as a general partner.
    (
        "F_apparent_general_partner",
        [*LTD, "cannot_pay", "lp", "held_out"],
        "P-F",
        [JOINT],
        ["合伙企业法第76条第1款", "合伙企业法第39条"],
    ),
    # P-G: special general partnership, malpractice by intent or gross negligence.
    (
        "G_special_gp_gross_negligence",
        [*SPEC, "cannot_pay", "gross_fault"],
        "P-G",
        [JOINT, LIMITED],
        ["合伙企业法第57条第1款", "合伙企业法第57条第1款"],
    ),
    (
        "G_law_firm_special_form",
        [*LAW_FIRM, "cannot_pay", "gross_fault"],
        "P-G",
        [JOINT, LIMITED],
        [
            "合伙企业法第57条第1款",
            "合伙企业法第107条",
            "合伙企业法第57条第1款",
            "合伙企业法第107条",
        ],
    ),
    # P-H: special general partnership, other debts.
    (
        "H_special_gp_rent",
        [*SPEC, "cannot_pay", "other_debt", "partner"],
        "P-H",
        [JOINT],
        ["合伙企业法第57条第2款", "合伙企业法第39条"],
    ),
    (
        "H_special_gp_ordinary_negligence",
        [*SPEC, "not_shown", "practice_no_gross", "partner"],
        "P-H",
        [JOINT],
        ["合伙企业法第57条第2款", "合伙企业法第39条"],
    ),
    # P-I: converted partners.
    (
        "I_lp_became_gp",
        [*LTD, "cannot_pay", "lp_to_gp"],
        "P-I",
        [JOINT],
        ["合伙企业法第83条", "合伙企业法第2条第3款"],
    ),
    (
        "I_gp_became_lp_debt_while_gp",
        [*LTD, "cannot_pay", "gp_to_lp", "while_gp"],
        "P-I",
        [JOINT],
        ["合伙企业法第84条"],
    ),
    # P-J: unregistered partnership; the law follows the date of the debt.
    (
        "J_unregistered_2019_debt",
        ["contract", "2019-06-01", "2019-12-01", "partnership_debt", "partner_at_debt"],
        "P-J",
        [JOINT],
        ["民法通则第35条第2款"],
    ),
    (
        "J_unregistered_2023_debt",
        ["contract", "2023-06-01", "2023-12-01", "partnership_debt", "partner_at_debt"],
        "P-J",
        [JOINT],
        ["民法典第973条"],
    ),
    # P-K: former general partners after deregistration / bankruptcy.
    (
        "K_deregistered",
        [*GEN, "deregistered", "partner"],
        "P-K",
        [JOINT],
        ["合伙企业法第91条", "合伙企业法第2条第2款"],
    ),
    (
        "K_bankrupt_limited_partnership",
        [*LTD, "bankrupt", "gp"],
        "P-K",
        [JOINT],
        ["合伙企业法第92条第2款", "合伙企业法第2条第3款"],
    ),
]


@pytest.mark.parametrize(
    ("answers", "code", "labels", "citations"),
    [g[1:] for g in GOLDEN],
    ids=[g[0] for g in GOLDEN],
)
def test_golden_path(
    answers: list[str], code: str, labels: list[str], citations: list[str]
) -> None:
    session = assert_golden("partnership", answers, code, labels, citations, CONSULTATION)
    assert session.is_finished
    for citation in session.result(CONSULTATION).all_citations:
        assert library().check(citation) is None


def test_every_outcome_has_a_golden_path() -> None:
    codes = {o.code for o in tree("partnership").outcomes}
    assert codes == {f"P-{c}" for c in "ABCDEFGHIJK"}
    assert {g[2] for g in GOLDEN} == codes


def test_old_and_new_unregistered_partnerships_cite_different_laws() -> None:
    old = walk(
        "partnership",
        ["contract", "2019-06-01", "2019-12-01", "partnership_debt", "partner_at_debt"],
    )
    new = walk(
        "partnership",
        ["contract", "2023-06-01", "2023-12-01", "partnership_debt", "partner_at_debt"],
    )
    assert old.outcome is not None and new.outcome is not None
    assert old.outcome.code == new.outcome.code == "P-J"
    assert cited(old) == ["民法通则第35条第2款"]
    assert cited(new) == ["民法典第973条"]
    # The reasoning shows why: 民法典时间效力规定 art. 1(2) for the old debt, 1(1) for the new.
    old_switch = [r for r in old.result(CONSULTATION).reasoning if r.node.id == "law_switch"]
    new_switch = [r for r in new.result(CONSULTATION).reasoning if r.node.id == "law_switch"]
    old_basis = old_switch[0].citations[0]
    new_basis = new_switch[0].citations[0]
    assert (old_basis.law, old_basis.article, old_basis.paragraph) == (TIME_EFFECT, 1, 2)
    assert (new_basis.law, new_basis.article, new_basis.paragraph) == (TIME_EFFECT, 1, 1)
    # Recourse follows the same law: 民法通则35(2) second sentence vs 民法典973 second sentence.
    assert any("民法通则第35条第2款" in r.zh for r in old.result(CONSULTATION).recourse)
    assert any("民法典第973条" in r.zh for r in new.result(CONSULTATION).recourse)
    # The trap of 民法通则35(1) (internal shares only) is shown for the old debt alone.
    old_warnings = [w.text.zh for w in old.result(CONSULTATION).warnings]
    assert any("第35条第1款" in w for w in old_warnings)
    assert not any("第35条第1款" in w.text.zh for w in new.result(CONSULTATION).warnings)


def test_partner_who_left_after_the_contract_but_before_maturity_is_liable() -> None:
    # Contract signed 2020-05-01, exit effective 2021-06-30, debt due 2023-05-01.
    s = walk(
        "partnership",
        [
            "general",
            "2020-05-01",
            "2023-05-01",
            "partnership_debt",
            "cannot_pay",
            "departed",
            "2021-06-30",
            "cause_before_exit",
        ],
    )
    assert s.outcome is not None and s.outcome.code == "P-C"
    result = s.result(CONSULTATION)
    assert result.findings[0].label == JOINT
    assert "合伙企业法第53条" in cited(s)
    assert s.answers["exit_date"] == date(2021, 6, 30)


def test_special_partnership_splits_liability() -> None:
    s = walk("partnership", [*SPEC, "cannot_pay", "gross_fault"])
    result = s.result(CONSULTATION)
    culpable, others = result.findings
    assert (culpable.label, others.label) == (JOINT, LIMITED)
    assert culpable.sublabel is not None and "无限连带责任" in culpable.sublabel.zh
    assert others.sublabel is not None and "财产份额为限" in others.sublabel.zh
    # The firm recovers from the culpable partner afterwards (art. 58).
    assert {(c.law, c.article) for c in result.citations} >= {
        ("partnership_enterprise_law", 58),
        ("partnership_enterprise_law", 59),
    }


def test_limitation_is_three_years_from_maturity() -> None:
    s = walk("partnership", [*GEN, "cannot_pay", "partner"])  # due 2022-09-01
    (deadline,) = s.result(date(2025, 8, 1)).deadlines
    assert deadline.spec.id == "limitation" and deadline.spec.kind == "limitation"
    assert deadline.deadline.computed
    assert deadline.deadline.end == date(2025, 9, 1)  # a Monday
    assert deadline.deadline.days_left == 31
    basis = {(c.law, c.article, c.paragraph) for c in deadline.spec.basis}
    assert ("civil_code", 188, 1) in basis


def test_limitation_end_on_a_weekend_moves_to_monday() -> None:
    # Due 2022-03-08 → nominal end 2025-03-08, a Saturday → Monday 2025-03-10 (民法典203).
    s = walk(
        "partnership",
        ["general", "2022-01-01", "2022-03-08", "partnership_debt", "cannot_pay", "partner"],
    )
    (deadline,) = s.result(CONSULTATION).deadlines
    assert deadline.deadline.computed
    assert deadline.deadline.unrolled_end == date(2025, 3, 8)
    assert deadline.deadline.end == date(2025, 3, 10)
    assert deadline.deadline.status == "passed"


def test_old_maturity_uses_the_two_year_period_and_is_flagged() -> None:
    s = walk(
        "partnership",
        ["contract", "2014-01-10", "2014-06-30", "partnership_debt", "partner_at_debt"],
    )
    result = s.result(CONSULTATION)
    assert [d.spec.id for d in result.deadlines] == ["limitation_old"]
    assert result.deadlines[0].deadline.computed
    assert result.deadlines[0].deadline.unrolled_end == date(2016, 6, 30)
    assert any(w.kind == "missing_fact" for w in result.warnings)


def test_interruption_is_explained_on_every_outcome() -> None:
    for name, answers, *_ in GOLDEN:
        result = walk("partnership", answers).result(CONSULTATION)
        bases = {(c.law, c.article, c.paragraph, c.item) for w in result.warnings for c in w.basis}
        assert ("spc_limitation_provisions", 15, 2, None) in bases, name
        assert ("civil_code", 195, 1, 2) in bases, name


def test_every_outcome_path_computes_its_deadline() -> None:
    for name, answers, *_ in GOLDEN:
        result = walk("partnership", answers).result(CONSULTATION)
        assert result.deadlines, name
        assert all(d.deadline.computed for d in result.deadlines), name


def test_no_liability_outcome_names_who_remains_liable() -> None:
    s = walk(
        "partnership", [*GEN, "cannot_pay", "departed", "2021-06-30", "cause_after_exit_known"]
    )
    assert s.outcome is not None and s.outcome.remaining_liability is not None


def test_unregistered_exit_is_flagged_as_contested() -> None:
    s = walk(
        "partnership",
        [*GEN, "cannot_pay", "departed", "2021-06-30", "cause_after_exit_unregistered"],
    )
    result = s.result(CONSULTATION)
    assert result.outcome.code == "P-D"
    contested = [w for w in result.warnings if w.kind == "contested"]
    assert contested
    assert ("civil_code", 65) in {(c.law, c.article) for c in contested[0].basis}


def test_apparent_general_partner_lists_proof_of_belief() -> None:
    result = walk("partnership", [*LTD, "cannot_pay", "lp", "held_out"]).result(CONSULTATION)
    assert any("有理由相信" in e.zh for e in result.evidence)
    assert any("营业执照" in e.zh or "登记" in e.zh for e in result.evidence)


def test_pre_2007_enterprise_debt_is_flagged() -> None:
    result = walk(
        "partnership",
        ["general", "2005-03-01", "2005-09-01", "partnership_debt", "cannot_pay", "partner"],
    ).result(CONSULTATION)
    assert any(w.kind == "unverified" and "1997" in w.text.zh for w in result.warnings)
