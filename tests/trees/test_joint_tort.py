"""Golden paths of the joint tort tree (trees/joint_tort.json, legal-coverage.md §5.1).

Each path is the answers in order: the side, the day of the act (for an act before 2021 whether
the damage appeared at once), the harm, how several persons caused it and the client's part;
then, for the injured side and the side claimed against, the victim's own fault, the police, the
day the injured side learnt of the harm and of those liable, the loss and the history; for the
side that paid, the day and amount paid, the whole compensation, the shares and the history of
the recourse claim. Branch nodes are taken by the engine.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from scripts.sample_paths import JOINT_TORT_FIGHT
from scripts.trees import joint_tort as generator
from scripts.trees.common import render
from tests.helpers import ROOT, cited, library, tree
from wizard.answers import UNKNOWN
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.model import ChoiceQuestion, DateQuestion
from wizard.report import render_report

ON = date(2026, 12, 5)
D = Decimal
JOINT, SEVERAL, DAMAGES, CORRESPONDING, NONE = (
    "连带责任",
    "按份责任",
    "赔偿责任",
    "相应的责任",
    "不承担责任",
)
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(
        ("victim", ("张三",)),
        ("actors", ("李四", "王五")),
        ("instigators", ("赵六",)),
        ("guardian", ("钱七",)),
    ),
)


def jt(*answers: Any, on: date = ON) -> Session:
    session = Session(tree("joint_tort"), on)
    for answer in answers:
        session.answer(answer)
    return session


def tail(
    knew: Any = "2024-10-01", *, fault: str = "no", loss: Any = None, events: Any = None
) -> list[Any]:
    """Victim's fault, day of knowledge, police (none), loss, history."""
    out: list[Any] = [fault, knew, "none"]
    out += ["not_yet"] if loss is None else ["known", loss]
    out += ["no"] if events is None else ["yes", tuple(events)]
    return out


PAID, TOTAL = D(60000), D(90000)


def pay(
    *pattern: Any,
    paid_on: str = "2024-03-15",
    paid: Any = PAID,
    total: Any = TOTAL,
    shares: tuple[Any, ...] = ("equal", "c3"),
    events: Any = None,
    act: str = "2023-06-01",
) -> Session:
    opening = ["payer", act, *(["same_time"] if act < "2021" else []), "injury"]
    history = ["no"] if events is None else ["yes", tuple(events)]
    return jt(*opening, *pattern, paid_on, paid, total, *shares, *history)


NEW = ["2024-10-01", "injury"]
T = tail()
TN = T[1:]  # a client who took no part is not asked about the victim's fault

# (name, answers, outcome, finding labels, citations of the findings' bases)
GOLDEN: list[tuple[str, list[Any], str, list[str], list[str]]] = [
    (
        "A_injured",
        ["injured", *NEW, "joint", *T],
        "JT-A",
        [JOINT],
        ["民法典第1168条", "民法典第178条第1款"],
    ),
    (
        "A_claimed",
        ["claimed", *NEW, "joint", "took_part", *T],
        "JT-A",
        [JOINT],
        ["民法典第1168条", "民法典第178条第1款"],
    ),
    (
        "B_injured",
        ["injured", *NEW, "instigate", "adult", *T],
        "JT-B",
        [JOINT],
        ["民法典第1169条第1款", "民法典第178条第1款"],
    ),
    (
        "B_instigator",
        ["claimed", *NEW, "instigate", "adult", "instigator", *T],
        "JT-B",
        [JOINT],
        ["民法典第1169条第1款", "民法典第178条第1款"],
    ),
    (
        "B_actor",
        ["claimed", *NEW, "instigate", "adult", "actor", *T],
        "JT-B",
        [JOINT],
        ["民法典第1169条第1款", "民法典第178条第1款"],
    ),
    (
        "C_injured_guardian_failed",
        ["injured", *NEW, "instigate", "limited", "failed", *T],
        "JT-C",
        [DAMAGES, CORRESPONDING],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第1款"] * 2,
    ),
    (
        "C_injured_guardian_did_his_duty",
        ["injured", *NEW, "instigate", "limited", "fulfilled", *T],
        "JT-C",
        [DAMAGES, NONE],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第1款"] * 2,
    ),
    (
        "C_claimed_guardian",
        ["claimed", *NEW, "instigate", "limited", "failed", "guardian", *T],
        "JT-C",
        [DAMAGES, CORRESPONDING],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第1款"] * 2,
    ),
    (
        "C_claimed_instigator",
        ["claimed", *NEW, "instigate", "limited", "failed", "instigator", *T],
        "JT-C",
        [DAMAGES, CORRESPONDING],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第1款"] * 2,
    ),
    (
        "D_injured",
        ["injured", *NEW, "danger", "not_identified", *T],
        "JT-D",
        [JOINT],
        ["民法典第1170条", "民法典第178条第1款"],
    ),
    (
        "D_claimed",
        ["claimed", *NEW, "danger", "not_identified", "took_part", *T],
        "JT-D",
        [JOINT],
        ["民法典第1170条", "民法典第178条第1款"],
    ),
    (
        "E_injured",
        ["injured", *NEW, "danger", "identified", *T],
        "JT-E",
        [DAMAGES, NONE],
        ["民法典第1170条", "民法典第1170条"],
    ),
    (
        "E_claimed_is_the_one",
        ["claimed", *NEW, "danger", "identified", "client", *T],
        "JT-E",
        [DAMAGES, NONE],
        ["民法典第1170条", "民法典第1170条"],
    ),
    (
        "O_claimed_someone_else",
        ["claimed", *NEW, "danger", "identified", "other", *TN],
        "JT-O",
        [NONE],
        ["民法典第1170条"],
    ),
    (
        "N_present_at_a_fight",
        ["claimed", *NEW, "joint", "present_only", *TN],
        "JT-N",
        [NONE],
        ["民法典第1168条", "民法典第1165条第1款"],
    ),
    (
        "N_present_instigation",
        ["claimed", *NEW, "instigate", "adult", "present_only", *TN],
        "JT-N",
        [NONE],
        ["民法典第1169条", "民法典第1165条第1款"],
    ),
    (
        "N_present_minor",
        ["claimed", *NEW, "instigate", "limited", "failed", "present_only", *TN],
        "JT-N",
        [NONE],
        ["民法典第1169条", "民法典第1165条第1款"],
    ),
    (
        "N_no_dangerous_act",
        ["claimed", *NEW, "danger", "not_identified", "not_part", *TN],
        "JT-N",
        [NONE],
        ["民法典第1170条", "民法典第1165条第1款"],
    ),
    (
        "P_pollution_no_causation",
        [
            "claimed",
            "2024-10-01",
            "property",
            "separate",
            "yes",
            "all_partial",
            "no_causation",
            *TN,
        ],
        "JT-P",
        [NONE],
        ["民法典第1165条第1款", "民法典第1230条"],
    ),
    (
        "F_injured",
        ["injured", "2024-10-01", "property", "separate", "yes", "all_sufficient", *T],
        "JT-F",
        [JOINT],
        ["民法典第1171条", "民法典第178条第1款"],
    ),
    (
        "F_claimed",
        [
            "claimed",
            "2024-10-01",
            "property",
            "separate",
            "no",
            "all_sufficient",
            "contributed",
            *T,
        ],
        "JT-F",
        [JOINT],
        ["民法典第1171条", "民法典第178条第1款"],
    ),
    (
        "G_injured_pollution_equal",
        ["injured", "2024-10-01", "property", "separate", "yes", "all_partial", "equal", "c2", *T],
        "JT-G",
        [SEVERAL],
        ["民法典第1172条", "民法典第1231条"],
    ),
    (
        "G_claimed_shares_fixed",
        [
            "claimed",
            "2024-10-01",
            "property",
            "separate",
            "no",
            "all_partial",
            "contributed",
            "determinable",
            *T,
        ],
        "JT-G",
        [SEVERAL],
        ["民法典第1172条"],
    ),
    (
        "M_injured",
        ["injured", "2024-10-01", "property", "separate", "yes", "mixed", *T],
        "JT-M",
        [JOINT, DAMAGES],
        ["民法典第1171条", "民法典第1172条", "民法典第1171条"],
    ),
    (
        "M_claimed",
        ["claimed", "2024-10-01", "property", "separate", "no", "mixed", "contributed", *T],
        "JT-M",
        [JOINT, DAMAGES],
        ["民法典第1171条", "民法典第1172条", "民法典第1171条"],
    ),
    (
        "U_injured_how_unknown",
        ["injured", *NEW, "unknown", *T],
        "JT-U",
        [JOINT, SEVERAL],
        [
            "民法典第1168条",
            "民法典第1169条第1款",
            "民法典第1170条",
            "民法典第1171条",
            "民法典第178条第1款",
            "民法典第1172条",
        ],
    ),
    (
        "U_claimed_sufficiency_unknown",
        ["claimed", "2024-10-01", "property", "separate", "no", "unknown", "contributed", *T],
        "JT-U",
        [JOINT, SEVERAL],
        ["民法典第1171条", "民法典第178条第1款", "民法典第1172条"],
    ),
]

PAYER_GOLDEN: list[tuple[str, tuple[Any, ...], dict[str, Any], str, list[str], list[str]]] = [
    (
        "R_paid_beyond_equal_share",
        ("joint",),
        {},
        "JT-R",
        [JOINT, SEVERAL],
        [
            "民法典第1168条",
            "民法典第178条第1款",
            "民法典第178条第2款",
            "民法典第519条第2款",
            "民法典第519条第3款",
        ],
    ),
    (
        "R0_paid_within_share",
        ("joint",),
        {"paid": D(20000)},
        "JT-R0",
        [NONE],
        ["民法典第178条第2款"],
    ),
    ("R2_several", ("separate", "no", "all_partial"), {}, "JT-R2", [SEVERAL], ["民法典第1172条"]),
    (
        "R3_guardian",
        ("instigate", "limited", "failed", "guardian"),
        {"shares": (D(20000),)},
        "JT-R3",
        [DAMAGES],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第2款"],
    ),
    (
        "R3_instigator",
        ("instigate", "limited", "failed", "instigator"),
        {"shares": ()},
        "JT-R3",
        [DAMAGES],
        ["民法典第1169条第2款", "侵权责任编解释一第12条第1款"],
    ),
    (
        "RE_identified_tortfeasor_paid",
        ("danger", "identified", "client"),
        {"shares": ()},
        "JT-RE",
        [DAMAGES, NONE],
        ["民法典第1170条", "民法典第1170条"],
    ),
    (
        "RO_someone_else_identified",
        ("danger", "identified", "other"),
        {"shares": ()},
        "JT-RO",
        [NONE],
        ["民法典第1170条"],
    ),
    (
        "U_payer_how_unknown",
        ("unknown",),
        {},
        "JT-U",
        [JOINT, SEVERAL],
        [
            "民法典第1168条",
            "民法典第1169条第1款",
            "民法典第1170条",
            "民法典第1171条",
            "民法典第178条第1款",
            "民法典第1172条",
        ],
    ),
]


@pytest.mark.parametrize(
    ("name", "answers", "code", "labels", "citations"), GOLDEN, ids=[g[0] for g in GOLDEN]
)
def test_golden_path(
    name: str, answers: list[Any], code: str, labels: list[str], citations: list[str]
) -> None:
    session = jt(*answers)
    assert session.outcome is not None and session.outcome.code == code
    result = session.result()
    assert [f.label for f in result.findings] == labels
    assert cited(session) == citations


@pytest.mark.parametrize(
    ("name", "pattern", "options", "code", "labels", "citations"),
    PAYER_GOLDEN,
    ids=[g[0] for g in PAYER_GOLDEN],
)
def test_golden_path_of_the_one_who_paid(
    name: str,
    pattern: tuple[Any, ...],
    options: dict[str, Any],
    code: str,
    labels: list[str],
    citations: list[str],
) -> None:
    session = pay(*pattern, **options)
    assert session.outcome is not None and session.outcome.code == code
    assert [f.label for f in session.result().findings] == labels
    assert cited(session) == citations


def test_every_outcome_is_reached_from_every_side_that_can_reach_it() -> None:
    reached = {(jt(*g[1]).outcome.code, g[1][0]) for g in GOLDEN}  # type: ignore[union-attr]
    reached |= {(pay(*g[1], **g[2]).outcome.code, "payer") for g in PAYER_GOLDEN}  # type: ignore[union-attr]
    codes = {node.code for node in tree("joint_tort").result_nodes}
    assert {code for code, _ in reached} == codes
    both = frozenset({"injured", "claimed"})
    expected = {
        **dict.fromkeys(["JT-A", "JT-B", "JT-C", "JT-D", "JT-E", "JT-F", "JT-G", "JT-M"], both),
        **dict.fromkeys(["JT-N", "JT-O", "JT-P"], frozenset({"claimed"})),
        **dict.fromkeys(
            ["JT-R", "JT-R0", "JT-R2", "JT-R3", "JT-RE", "JT-RO"], frozenset({"payer"})
        ),
        "JT-U": both | {"payer"},
    }
    for code, sides in expected.items():
        assert {side for c, side in reached if c == code} == sides, code


def test_the_committed_tree_is_the_generators_output() -> None:
    committed = (ROOT / "trees" / "joint_tort.json").read_text(encoding="utf-8")
    assert committed == render(generator.build())
    assert json.loads(committed)["id"] == "joint_tort"


def test_the_sample_path_uses_only_side_choice_and_date_questions() -> None:
    session = jt(*JOINT_TORT_FIGHT)
    assert session.outcome is not None and session.outcome.code == "JT-A"
    for step in session.path:
        node = tree("joint_tort").node(step.node_id)
        if step.is_page:
            assert isinstance(node, ChoiceQuestion | DateQuestion), node.id


# --- the law of the facts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (["2021-01-01", "injury"], ["民法典第1168条", "民法典第178条第1款"]),
        (["2020-12-31", "same_time", "injury"], ["侵权责任法第8条", "侵权责任法第13条"]),
        # Damage that appears from 2021 brings the Civil Code (民法典时间效力规定24).
        (["2020-12-31", "later", "2021-01", "injury"], ["民法典第1168条", "民法典第178条第1款"]),
        (["2020-06-01", "later", "2020-12", "injury"], ["侵权责任法第8条", "侵权责任法第13条"]),
        (["2010-07-01", "same_time", "injury"], ["侵权责任法第8条", "侵权责任法第13条"]),
        (["2010-06-30", "same_time", "injury"], ["民法通则第130条", "民法通则第87条"]),
        (["2009-06", "same_time", "property"], ["民法通则第130条", "民法通则第87条"]),
    ],
)
def test_the_law_follows_the_day_of_the_act(opening: list[str], expected: list[str]) -> None:
    session = jt("injured", *opening, "joint", *tail("2024-10-01"))
    assert cited(session) == expected


def test_reasoning_names_the_time_effect_rule() -> None:
    session = jt("injured", "2020-12-31", "later", "2021-01", "injury", "joint", *T)
    bases = [library().cite(c, "zh") for step in session.result().reasoning for c in step.citations]
    assert "民法典时间效力规定第24条" in bases


def test_before_2010_the_rules_of_the_time_are_flagged_for_manual_review() -> None:
    result = jt(
        "injured",
        "2008-05-01",
        "same_time",
        "injury",
        "danger",
        "not_identified",
        *tail("2008-05-01"),
    ).result()
    assert cited(
        jt(
            "injured",
            "2008-05-01",
            "same_time",
            "injury",
            "danger",
            "not_identified",
            *tail("2008-05-01"),
        )
    ) == [
        "民法通则第130条",
        "民法通则第87条",
    ]
    (old,) = [w for w in result.warnings if w.kind == "unverified"]
    assert "人身损害赔偿" in old.text.zh and "证明损害不是由其行为造成" in old.text.zh
    modern = jt("injured", *NEW, "danger", "not_identified", *T).result()
    assert all(w.kind != "unverified" for w in modern.warnings)


def test_under_the_old_law_a_guardian_who_did_his_duty_only_has_his_liability_reduced() -> None:
    session = jt(
        "injured",
        "2009-06-01",
        "same_time",
        "injury",
        "instigate",
        "limited",
        "fulfilled",
        *tail("2009-06-01"),
    )
    assert [f.label for f in session.result().findings] == [DAMAGES, CORRESPONDING]
    assert cited(session) == ["民法通则第130条", "民法通则第133条第1款"]
    tll = jt(
        "injured",
        "2015-06-01",
        "same_time",
        "injury",
        "instigate",
        "limited",
        "failed",
        *tail("2015-06-01"),
    )
    assert cited(tll) == ["侵权责任法第9条第2款", "侵权责任法第9条第2款"]
    assert any(
        w.kind == "contested" and "侵权责任法第9条第2款" in w.text.zh for w in tll.result().warnings
    )


def test_proving_ones_own_act_harmless_is_no_defence_under_the_civil_code() -> None:
    new = jt("claimed", *NEW, "danger", "not_identified", "took_part", *T).result()
    assert any("只证明自己的行为没有造成损害，不能免除责任" in w.text.zh for w in new.warnings)
    old = jt(
        "claimed",
        "2015-06-01",
        "same_time",
        "injury",
        "danger",
        "not_identified",
        "took_part",
        *tail("2015-06-01"),
    )
    assert any(
        w.kind == "contested" and "侵权责任法第10条" in w.text.zh for w in old.result().warnings
    )


def test_the_victims_fault_is_cited_in_the_version_of_the_facts() -> None:
    def fault_basis(opening: list[str]) -> list[str]:
        result = jt("injured", *opening, "joint", *tail("2024-10-01", fault="yes")).result()
        (warning,) = [
            w for w in result.warnings if "受害人对损害的发生或者扩大也有过错" in w.text.zh
        ]
        return [library().cite(c, "zh") for c in warning.basis]

    assert fault_basis(NEW) == ["民法典第1173条"]
    assert fault_basis(["2015-06-01", "same_time", "injury"]) == ["侵权责任法第26条"]
    assert fault_basis(["2009-06-01", "same_time", "injury"]) == ["民法通则第131条"]


# --- limitation ------------------------------------------------------------------------------


def limitation(session: Session) -> Any:
    (row,) = [d for d in session.result().deadlines if d.spec.kind == "limitation"]
    return row


def test_three_years_from_the_day_of_knowledge_rolled_past_the_weekend() -> None:
    row = limitation(jt("injured", "2022-03-01", "injury", "joint", *tail("2022-03-01")))
    assert row.spec.id == "lim" and row.deadline.end == date(2025, 3, 3)  # 2025-03-01 is a Saturday
    assert row.deadline.status == "passed"
    assert [library().cite(c, "zh") for c in row.deadline.basis][:2] == [
        "民法典第188条第2款",
        "民法典第188条第1款",
    ]


def test_a_passed_limitation_changes_the_advice() -> None:
    barred = jt("injured", "2022-03-01", "injury", "joint", *tail("2022-03-01")).result()
    assert "诉讼时效已经届满" in barred.summary.zh
    steps = " ".join(s.zh for s in barred.next_steps)
    assert "届满前向人民法院起诉" not in steps and "对方一旦提出时效抗辩" in steps
    running = jt("injured", "2024-10-01", "injury", "joint", *T).result()
    assert "诉讼时效已经届满" not in running.summary.zh
    assert "届满前向人民法院起诉" in " ".join(s.zh for s in running.next_steps)
    claimed = jt(
        "claimed", "2022-03-01", "injury", "joint", "took_part", *tail("2022-03-01")
    ).result()
    assert any(
        d.zh.startswith("诉讼时效已经届满（见“期限”部分）：可以拒绝赔偿") for d in claimed.defences
    )
    claimed_running = jt("claimed", *NEW, "joint", "took_part", *T).result()
    assert not any("拒绝赔偿" in d.zh for d in claimed_running.defences)


def test_the_start_day_of_the_limitation_is_asked_and_month_only_gives_a_range() -> None:
    row = limitation(jt("injured", "2024-03-01", "injury", "joint", *tail("2024-03")))
    assert (row.deadline.end, row.deadline.latest_end) == (date(2027, 3, 1), date(2027, 3, 31))
    result = jt("injured", "2024-03-01", "injury", "joint", *tail("2024-03")).result()
    assert [f.question.id for f in result.facts_to_verify] == ["knew_date"]


def test_an_unknown_day_of_knowledge_computes_nothing_and_says_so() -> None:
    session = jt("injured", "2024-03-01", "injury", "joint", *tail(UNKNOWN))
    row = limitation(session)
    assert row.deadline.status == "missing" and row.deadline.end is None
    result = session.result()
    assert any(
        w.kind == "missing_fact" and "诉讼时效无法计算" in w.text.zh for w in result.warnings
    )
    assert "诉讼时效已经届满" not in result.summary.zh


@pytest.mark.parametrize(
    ("knew", "harm", "spec", "end"),
    [
        # 民法通则136(1): one year for bodily injury, ended before 2017-10-01: stays ended
        # (2017-09-30 is a make-up working Saturday).
        ("2016-09-30", "injury", "lim_injury_1986", date(2017, 9, 30)),
        ("2016-05-10", "death", "lim_injury_1986", date(2017, 5, 10)),
        # two years, still running on 2017-10-01: three (法释〔2018〕12号2), computed by the engine
        ("2016-05-10", "property", "lim_property_1986", date(2019, 5, 10)),
        # 民法总则188: rolled past the 2020 holidays
        ("2017-10-01", "injury", "lim", date(2020, 10, 9)),
    ],
)
def test_limitation_before_and_after_2017_10_01(knew: str, harm: str, spec: str, end: date) -> None:
    session = jt("injured", knew, "same_time", harm, "joint", *tail(knew))
    row = limitation(session)
    assert (row.spec.id, row.deadline.end) == (spec, end)
    warnings = session.result().warnings
    # The transition is computed, not left to the worker; only the death claims' one year stays
    # a contested point.
    assert not any("律师复核" in w.text.zh and "过渡" in w.text.zh for w in warnings)
    assert ("contested" in [w.kind for w in warnings]) == (harm == "death")


def test_the_one_year_running_on_2017_10_01_became_three_years() -> None:
    session = jt("injured", "2016-10-10", "same_time", "injury", "joint", *tail("2016-10-10"))
    row = limitation(session)
    assert [library().cite(c, "zh") for c in row.deadline.basis][:2] == [
        "民法通则第137条",
        "民法通则第136条第1项",
    ]
    assert "transition_2017" in [s.key for s in row.deadline.steps]
    assert row.deadline.end == date(2019, 10, 10)
    assert not [w for w in session.result().warnings if w.kind == "contested"]


# --- history -----------------------------------------------------------------------------------


def test_an_iou_from_one_joint_tortfeasor_interrupts_the_limitation() -> None:
    events = [Event("acknowledgement", date(2024, 5, 10), party="actors")]
    session = jt(
        "injured",
        "2023-03-01",
        "injury",
        "joint",
        *tail("2023-03-01", loss=D(80000), events=events),
    )
    row = limitation(session)
    assert row.deadline.end == date(2027, 5, 10) and row.deadline.status == "running"
    assert "interrupted" in [s.key for s in row.deadline.steps]
    assert "诉讼时效规定第15条第2款" in row.spec.note.zh


def test_a_pending_suit_never_passes_and_asks_for_no_new_suit() -> None:
    events = [Event("suit", date(2024, 5, 10), party="actors")]
    session = jt("injured", "2023-03-01", "injury", "joint", *tail("2023-03-01", events=events))
    assert limitation(session).deadline.status == "pending"
    steps = " ".join(s.zh for s in session.result().next_steps)
    assert "诉讼正在进行" in steps and "向人民法院起诉" not in steps


def test_a_judgment_served_gives_the_appeal_period() -> None:
    events = [
        Event("suit", date(2024, 5, 10), party="actors"),
        Event("judgment_served", date(2026, 11, 20), party="actors"),
    ]
    result = jt(
        "injured", "2023-03-01", "injury", "joint", *tail("2023-03-01", events=events)
    ).result()
    (appeal,) = [d for d in result.deadlines if d.spec.kind == "appeal"]
    assert appeal.deadline.end == date(2026, 12, 7)  # 15 days from 11-20 is Saturday 12-05
    assert any("十五日内提起上诉" in s.zh for s in result.next_steps)


def test_after_a_judgment_the_enforcement_period_runs() -> None:
    events = [
        Event("suit", date(2024, 5, 10), party="actors"),
        Event("judgment_effective", date(2025, 1, 10), date(2025, 1, 31), party="actors"),
    ]
    result = jt(
        "injured",
        "2023-03-01",
        "injury",
        "joint",
        *tail("2023-03-01", loss=D(80000), events=events),
        "yes",  # the judgment names everyone liable
    ).result()
    assert limitation_status(result) == "decided"
    (enforcement,) = [d for d in result.deadlines if d.spec.kind == "enforcement"]
    assert enforcement.deadline.end == date(2027, 2, 1)  # 2027-01-31 is a Sunday
    assert "申请执行期间内申请强制执行" in result.summary.zh
    assert not any("向人民法院起诉" in s.zh for s in result.next_steps)


def limitation_status(result: Any) -> str:
    (row,) = [d for d in result.deadlines if d.spec.kind == "limitation"]
    return row.deadline.status


def crim(
    criminal: str, report: Any, end: Any = None, *, knew: str = "2023-03-01", events: Any = None
) -> list[Any]:
    """Victim's fault (none), day of knowledge, the police, its dates, loss (open), history."""
    out: list[Any] = ["no", knew, criminal, report]
    if end is not None:
        out.append(end)
    out += ["not_yet"]
    out += ["no"] if events is None else ["yes", tuple(events)]
    return out


def test_a_pending_criminal_case_counts_the_cautious_date_from_the_report() -> None:
    session = jt(
        "injured",
        "2024-03-01",
        "injury",
        "joint",
        *crim("pending", "2024-03-04", knew="2024-03-01"),
    )
    row = limitation(session)
    assert row.spec.id == "lim_report" and row.deadline.end == date(2027, 3, 4)
    result = session.result()
    (warning,) = [w for w in result.warnings if "刑事（治安）案件正在进行" in w.text.zh]
    assert [library().cite(c, "zh") for c in warning.basis] == ["诉讼时效规定第13条"]
    assert "最早可能届满的日期" in warning.text.zh
    assert any("附带民事诉讼" in s.zh for s in result.next_steps)


def test_a_criminal_case_pending_longer_than_the_period_shows_no_date() -> None:
    session = jt(
        "injured",
        "2021-03-01",
        "injury",
        "joint",
        *crim("pending", "2021-03-02", knew="2021-03-01"),
    )
    result = session.result()
    assert not [d for d in result.deadlines if d.spec.kind == "limitation"]
    assert any("超过一个完整的诉讼时效期间" in w.text.zh for w in result.warnings)
    assert "届满" not in result.summary.zh


def test_a_criminal_judgment_restarts_the_period() -> None:
    session = jt(
        "injured", "2023-03-01", "injury", "joint", *crim("decided", "2023-03-02", "2024-09-01")
    )
    row = limitation(session)
    assert row.spec.id == "lim_end" and row.deadline.end == date(2027, 9, 1)
    assert [library().cite(c, "zh") for c in row.deadline.basis][:3] == [
        "民法典第188条第2款",
        "民法典第195条",
        "诉讼时效规定第13条第2款",
    ]


def test_a_report_after_the_period_had_ended_interrupts_nothing() -> None:
    session = jt(
        "injured",
        "2019-03-01",
        "same_time",
        "injury",
        "joint",
        *crim("decided", "2023-03-02", "2024-09-01", knew="2019-03-01"),
    )
    row = limitation(session)
    assert row.spec.id == "lim" and row.deadline.end == date(2022, 3, 1)
    assert any(
        "报案、控告只能中断尚未届满的诉讼时效" in w.text.zh for w in session.result().warnings
    )


def test_the_minors_case_keeps_two_limitations_apart() -> None:
    events = [Event("demand", date(2025, 2, 1), party="instigators")]
    result = jt("injured", *NEW, "instigate", "limited", "failed", *tail(events=events)).result()
    rows = {d.spec.id: d.deadline.end for d in result.deadlines}
    assert rows == {"lim_inst": date(2028, 2, 1), "lim_guard": date(2027, 10, 4)}
    fulfilled = jt("injured", *NEW, "instigate", "limited", "fulfilled", *T).result()
    assert [d.spec.id for d in fulfilled.deadlines] == ["lim_inst"]


# --- facts not known ---------------------------------------------------------------------------


def test_unknown_identification_makes_the_finding_depend_on_it() -> None:
    result = jt("injured", *NEW, "danger", "unknown", *T).result()
    assert result.outcome.code == "JT-D"
    assert result.findings[0].depends_on == ("identified",)
    (fact,) = result.facts_to_verify
    assert fact.question.id == "identified" and fact.evidence


def test_unknown_guardian_duty_gives_a_conditional_guardian_finding() -> None:
    result = jt("injured", *NEW, "instigate", "limited", "unknown", *T).result()
    guardian = result.findings[1]
    assert guardian.label == CORRESPONDING and guardian.sublabel.zh == "若未尽到监护职责"
    assert "guardian_duty" in guardian.depends_on


def test_unknown_pattern_lists_both_answers() -> None:
    result = jt("injured", *NEW, "unknown", *T).result()
    assert [f.sublabel.zh[:2] for f in result.findings] == ["若属", "若各"]
    assert result.facts_to_verify[0].question.id == "pattern"


# --- amounts and names -------------------------------------------------------------------------


def test_equal_shares_are_stated_in_money() -> None:
    session = jt(
        "injured",
        "2024-10-01",
        "property",
        "separate",
        "yes",
        "all_partial",
        "equal",
        "c2",
        *tail(loss=D("200000")),
    )
    assert session.amount("share_2") == D("100000.00")
    html = render_report(session, NAMES, library())
    assert "每人100,000.00元（全部损失200,000.00元的二分之一）" in html


def test_what_the_payer_can_recover_is_computed() -> None:
    session = pay("joint")
    assert (session.amount("pshare_3"), session.amount("excess_3")) == (
        D("30000.00"),
        D("30000.00"),
    )
    html = render_report(session, NAMES, library())
    assert "你的份额为30,000.00元，超过份额的部分30,000.00元" in html
    fixed = pay("joint", shares=("determinable", D(50000)))
    assert fixed.amount("excess_det") == D("10000.00") and fixed.outcome.code == "JT-R"


def test_an_unknown_share_leaves_the_recourse_to_verify() -> None:
    session = pay("joint", shares=("determinable", UNKNOWN))
    assert session.outcome.code == "JT-R"
    assert session.result().findings[1].depends_on == ("own_share",)
    more = pay("joint", shares=("equal", "more"))
    assert more.outcome.code == "JT-R" and "按人数平均分担" in more.result().summary.zh


def test_the_recourse_limitation_runs_from_the_payment_and_follows_its_history() -> None:
    session = pay("joint", events=[Event("demand", date(2025, 1, 10), party="actors")])
    (row,) = [d for d in session.result().deadlines if d.spec.kind == "limitation"]
    assert row.spec.id == "recourse_limitation" and row.deadline.end == date(2028, 1, 10)
    old = pay(
        "instigate",
        "limited",
        "failed",
        "guardian",
        paid_on="2016-03-15",
        act="2015-06-01",
        shares=(D(20000),),
    )
    (old_row,) = [d for d in old.result().deadlines if d.spec.kind == "limitation"]
    # Two years from 2016-03-15, running on 2017-10-01, became three (法释〔2018〕12号2).
    assert old_row.spec.id == "recourse_limitation_1986" and old_row.deadline.end == date(
        2019, 3, 15
    )
    assert cited(old) == ["侵权责任法第9条第2款"]


def test_a_recourse_judgment_gives_the_enforcement_period() -> None:
    events = [
        Event("suit", date(2025, 6, 1), party="actors"),
        Event("judgment_effective", date(2026, 1, 5), date(2026, 1, 20), party="actors"),
    ]
    result = pay("joint", events=events).result()
    (row,) = [d for d in result.deadlines if d.spec.kind == "enforcement"]
    assert row.deadline.end == date(2028, 1, 20)
    assert "取得追偿判决" in result.summary.zh


def test_names_fill_the_texts() -> None:
    session = jt("injured", *NEW, "instigate", "limited", "failed", *T)
    html = render_report(session, NAMES, library())
    assert (
        "教唆人、帮助人（赵六）教唆或者帮助了他，应当承担侵权责任" in html
        and "监护人（钱七）" in html
    )
    assert "被侵权人（张三）" in html


def test_the_defendant_gets_defences_and_no_claimant_advice() -> None:
    session = jt("claimed", *NEW, "joint", "took_part", *tail(fault="yes"))
    result = session.result()
    defences = " ".join(d.zh for d in result.defences)
    assert "民法典第1173条" in defences and "民法典第181条" in defences
    html = render_report(session, NAMES, library())
    assert html.index("可以提出的抗辩") < html.index("推理过程")
    assert "向人民法院起诉" not in html


def test_a_release_warning_for_the_injured_side_cites_the_civil_code() -> None:
    result = jt("injured", *NEW, "joint", *T).result()
    (release,) = [w for w in result.warnings if "和解" in w.text.zh]
    assert [library().cite(c, "zh") for c in release.basis] == [
        "民法典第468条",
        "民法典第520条第2款",
    ]


def test_a_day_of_knowledge_before_the_act_is_flagged() -> None:
    wrong = jt("injured", "2024-10-01", "injury", "joint", *tail("2024-09-01")).result()
    assert any("早于侵权行为发生之日" in w.text.zh for w in wrong.warnings)
    right = jt("injured", "2024-10-01", "injury", "joint", *tail("2024-10-01")).result()
    assert not any("早于侵权行为发生之日" in w.text.zh for w in right.warnings)


# --- the review of 2026-12-05: the reviewer's stories ------------------------------------------


def zh(texts: Any) -> str:
    return " ".join(t.zh for t in texts)


def rows(session: Session) -> dict[str, Any]:
    return {d.spec.id: d.deadline for d in session.result().deadlines}


MINOR_EVENTS = [
    Event("suit", date(2022, 6, 20), party="instigators"),
    Event("suit", date(2022, 6, 20), party="guardian"),
    Event("judgment_effective", date(2023, 3, 1), party="instigators"),
    Event("judgment_effective", date(2023, 3, 1), party="guardian"),
    Event("enforcement_applied", date(2024, 5, 10), party="instigators"),
    Event("enforcement_terminated", date(2025, 1, 15), party="instigators"),
]


def test_police_dates_count_for_the_instigator_and_the_guardian_alike() -> None:
    """Finding 1 and 6 (S05): the report and the dropped case restart the period against both;
    the suit of 2022-06-20 was in time. Enforcement was sought against the instigator only: the
    guardian's period ran out."""
    session = jt(
        "injured",
        "2019-05-10",
        "same_time",
        "injury",
        "instigate",
        "limited",
        "failed",
        *crim("no_case", "2019-05-10", "2019-07-01", knew="2019-05-10", events=MINOR_EVENTS),
        "yes",  # the judgment names the instigator and the guardian
    )
    found = rows(session)
    for name in ("lim_inst_end", "lim_guard_end"):
        row = found[name]
        assert row.status == "decided"
        assert row.steps[1].value("unrolled") == date(2022, 7, 1)
        assert "after_end" not in [s.key for s in row.steps]
    assert found["enforcement_inst"].status == "applied"
    guard = found["enforcement_guard"]
    assert (guard.end, guard.status) == (date(2025, 3, 3), "passed")  # 2025-03-01 a Saturday
    result = session.result()
    assert "诉讼时效已经届满" not in result.summary.zh
    assert not any("连带责任人" in w.text.zh for w in result.warnings if "判决" in w.text.zh)


def test_the_guardian_sued_after_the_restarted_period_may_plead_limitation() -> None:
    """Finding 1 (S04): the guardian's own period restarted on 2019-07-01 and ended 2022-07-01."""
    events = [
        Event("suit", date(2026, 9, 1), party="guardian"),
        Event("suit", date(2026, 9, 1), party="instigators"),
    ]
    session = jt(
        "claimed",
        "2019-05-10",
        "same_time",
        "injury",
        "instigate",
        "limited",
        "unknown",
        "guardian",
        *crim("no_case", "2019-05-10", "2019-07-01", knew="2019-05-10", events=events),
    )
    guard = rows(session)["lim_guard_end"]
    assert (guard.end, guard.status) == (date(2022, 7, 1), "passed")
    assert "诉讼时效届满的" in zh(session.result().defences)


def test_the_help_says_where_police_matters_and_events_are_recorded() -> None:
    t = tree("joint_tort")
    assert "对应当为这一损害负责的各方都发生效力" in t.node("criminal").help.why.zh
    history = t.node("history").help.why.zh
    assert "报警和刑事案件的日期已经在前面回答，不要在这里重复记录" in history
    assert "对每一方各记录一次" in history and "履行期限的最后一日" in history
    assert "police" in [c.id for c in t.node("criminal").choices]


def test_a_one_year_period_running_on_2017_10_01_ran_three_years_from_the_criminal_judgment() -> (
    None
):
    """Finding 2 (S19, S18): computed by the engine, no manual-review warning."""
    events = [
        Event("demand", date(2019, 6, 1), party="actors"),
        Event("suit", date(2021, 5, 1), party="actors"),
    ]
    opening = ["2016-08-01", "same_time", "injury", "instigate", "adult"]
    victim = jt(
        "injured",
        *opening,
        *crim("decided", "2016-08-01", "2017-03-01", knew="2016-08-01", events=events),
    )
    row = rows(victim)["lim_end_injury_1986"]
    assert "transition_2017" in [s.key for s in row.steps] and row.status == "pending"
    result = victim.result()
    assert "届满" not in result.summary.zh
    assert not any("复核" in w.text.zh and "过渡" in w.text.zh for w in result.warnings)
    helper = jt(
        "claimed",
        *opening,
        "instigator",
        *crim(
            "decided",
            "2016-08-01",
            "2017-03-01",
            knew="2016-08-01",
            events=[Event("demand", date(2026, 11, 1), party="instigators")],
        ),
    )
    row = rows(helper)["lim_end_injury_1986"]
    assert (row.end, row.status) == (date(2020, 3, 2), "passed")  # 2020-03-01 was a Sunday


def test_pollution_before_2017_has_three_years() -> None:
    """Finding 3 (S27): 环境保护法66's three years, not 民法通则135's two."""
    opening = [
        "injured",
        "2015-03-01",
        "same_time",
        "property",
        "separate",
        "yes",
        "all_sufficient",
    ]
    events = [
        Event("demand", date(2017, 12, 1), party="actors"),
        Event("suit", date(2020, 11, 20), party="actors"),
    ]
    session = jt(*opening, *tail("2015-03-10", loss=D(200000), events=events))
    row = limitation(session)
    assert row.spec.id == "lim_env_1986" and row.deadline.status == "pending"
    assert "环境保护法第66条" in row.spec.note.zh
    plain = limitation(jt(*opening, *tail("2015-03-10", loss=D(200000))))
    assert plain.deadline.end == date(2018, 3, 12)  # 2018-03-10 was a Saturday


def test_a_criminal_judgment_of_unknown_date_leaves_the_limitation_uncomputed() -> None:
    """Finding 5 (S26)."""
    session = jt(
        "injured",
        "2019-08-10",
        "same_time",
        "death",
        "joint",
        "no",
        "2019-08-10",
        "decided",
        UNKNOWN,
        UNKNOWN,
        "known",
        D(900000),
        "no",
    )
    row = limitation(session)
    assert row.deadline.status == "missing" and row.deadline.end is None
    result = session.result()
    assert "届满" not in result.summary.zh
    assert any(w.kind == "missing_fact" and "无法计算" in w.text.zh for w in result.warnings)
    assert all(not f.depends_on for f in result.findings)


def test_after_a_death_the_close_relatives_claim() -> None:
    """Finding 7 (S02, S15)."""
    session = jt(
        "injured",
        "2019-08-10",
        "same_time",
        "death",
        "joint",
        *crim(
            "decided",
            "2019-08-10",
            "2020-06-15",
            knew="2019-08-10",
            events=[
                Event("demand", date(2023, 5, 4), party="actors"),
                Event("acknowledgement", date(2024, 2, 1), party="actors"),
            ],
        ),
    )
    (finding,) = session.result().findings
    assert finding.to_whom.zh == "{party.victim}的近亲属"
    html = render_report(session, NAMES, library())
    assert "被侵权人（张三）的近亲属" in html
    row = limitation(session)
    assert row.deadline.end == date(2027, 2, 1)
    # Facts of 2019–20: the restart is cited in the law of the day, not the 2020 provisions.
    basis = [library().cite(c, "zh") for c in row.deadline.basis]
    assert "民法总则第195条" in basis and not any("第13条" in b for b in basis)


@pytest.mark.parametrize("criminal", ["decided", "pending"])
def test_a_civil_claim_after_a_crime_is_warned_of_its_narrower_scope(criminal: str) -> None:
    """Finding 8 (S02, S23)."""
    end = "2025-06-01" if criminal == "decided" else None
    session = jt("injured", *NEW, "joint", *crim(criminal, "2024-10-02", end, knew="2024-10-01"))
    (warning,) = [w for w in session.result().warnings if "物质损失" in w.text.zh]
    assert "精神损害抚慰金" in warning.text.zh and "死亡赔偿金" in warning.text.zh
    assert "刑事诉讼法的解释（2021年）" in warning.text.zh
    none = jt("injured", *NEW, "joint", *T).result()
    assert not any("物质损失" in w.text.zh for w in none.warnings)


def test_the_victims_fault_reduces_the_scope() -> None:
    """Finding 9 (S01)."""
    result = jt("injured", *NEW, "joint", *tail(fault="yes", loss=D(200000))).result()
    (finding,) = result.findings
    assert "因受害人自己的过错相应减轻" in finding.scope.zh
    assert "全部损失" not in result.summary.zh
    no_fault = jt("injured", *NEW, "joint", *tail(loss=D(200000))).result()
    assert no_fault.findings[0].scope.zh == "全部损失（{amount.damage_amount}）"


def test_mixed_pollution_follows_the_interpretation_and_is_not_called_contested() -> None:
    """Finding 10 (S09)."""
    pollution = jt(
        "injured", "2024-08-15", "property", "separate", "yes", "mixed", *tail("2024-08-20")
    ).result()
    assert "法律对此没有明文规定" not in pollution.summary.zh
    assert "生态环境侵权的司法解释" in pollution.summary.zh
    assert not any("有争议" in f.sublabel.zh for f in pollution.findings)
    assert any("第7条" in w.text.zh for w in pollution.warnings)
    steps = zh(pollution.next_steps)
    assert "把行为足以造成全部损害的行为人列为被告" in steps and "有赔偿能力" not in steps
    other = jt(
        "injured", "2024-08-15", "property", "separate", "no", "mixed", *tail("2024-08-20")
    ).result()
    assert "这一结论有争议" in other.summary.zh
    assert any(w.kind == "contested" for w in other.warnings)


def test_an_iou_after_the_end_binds_only_its_signer() -> None:
    """Finding 11 (S22)."""
    events = [Event("acknowledgement", date(2024, 9, 1), party="actors")]
    result = jt(
        "claimed",
        "2021-02-01",
        "injury",
        "joint",
        "took_part",
        *tail("2021-02-01", loss=D(70000), events=events),
    ).result()
    defences = zh(result.defences)
    assert "这只约束作出承诺或者付款的人本人" in defences and "民法典第192条第2款" in defences
    assert "不要急于签字" not in zh(result.next_steps)


def test_the_recourse_period_runs_from_the_day_the_share_was_exceeded() -> None:
    """Finding 12."""
    question = tree("joint_tort").node("paid_date")
    assert "第一次超过自己份额" in question.text.zh
    assert question.label.zh == "当事人的支付超过自己份额之日"


def test_a_client_only_present_is_not_asked_about_the_victims_fault() -> None:
    """Finding 13 (S12)."""
    session = jt(
        "claimed",
        "2025-02-14",
        "injury",
        "joint",
        "present_only",
        "2025-02-14",
        "pending",
        "2025-02-14",
        "not_yet",
        "yes",
        (Event("suit", date(2026, 10, 1), party="actors"),),
    )
    assert "victim_fault" not in [s.node_id for s in session.path]
    result = session.result()
    assert all(not f.depends_on for f in result.findings)
    remaining = result.parts[-1].node.remaining_liability
    assert "{party.actors}" not in remaining.zh and "其他人" in remaining.zh


def test_suing_some_joint_tortfeasors_for_an_injury_is_explained() -> None:
    """Finding 14 (S01)."""
    injury = zh(jt("injured", *NEW, "joint", *T).result().next_steps)
    assert "追加其他共同侵权人为共同被告" in injury and "有赔偿能力" not in injury
    property_ = zh(jt("injured", "2024-10-01", "property", "joint", *T).result().next_steps)
    assert "也可以只起诉其中有赔偿能力的人" in property_


def test_after_a_first_instance_judgment_the_defences_fit() -> None:
    """Finding 15 (S08) and the duplicated 1231 (finding 19)."""
    events = [
        Event("suit", date(2026, 6, 1), party="actors"),
        Event("judgment_served", date(2026, 11, 28), party="actors"),
    ]
    session = jt(
        "claimed",
        "2023-09-30",
        "property",
        "separate",
        "yes",
        "all_partial",
        "contributed",
        "equal",
        "c2",
        *tail("2023-10-05", loss=D(400000), events=events),
    )
    result = session.result()
    defences = zh(result.defences)
    assert "一审判决已经送达" in defences and "须在一审期间提出，法院不会主动审查" not in defences
    assert "伤残等级" not in defences
    assert "不要急于签字" not in zh(result.next_steps)
    assert "就医记录" not in zh(result.evidence)
    assert "民法典第1231条" in cited(session)
    assert "民法典第1231条" not in [library().cite(c, "zh") for c in result.citations]
    assert "就医记录" not in tree("joint_tort").node("victim_fault").help.examples[1].zh


def test_the_instigator_of_a_minor_has_no_recourse_against_a_dutiful_guardian() -> None:
    """Finding 16 (S21)."""
    result = jt(
        "claimed",
        "2025-04-12",
        "injury",
        "instigate",
        "limited",
        "fulfilled",
        "instigator",
        *tail("2025-04-12", fault="yes", loss=D(80000)),
    ).result()
    recourse = zh(result.recourse)
    assert "不能向其他人追偿" in recourse and "相应责任的部分向" not in recourse
    assert "只在未尽到" not in result.summary.zh and "已经尽到监护职责" in result.summary.zh


def test_a_payment_within_ones_share_shows_no_recourse_period() -> None:
    """Finding 17 (S17)."""
    session = pay(
        "joint",
        paid_on="2025-06-30",
        paid=D(50000),
        total=D(200000),
        shares=("determinable", D(60000)),
    )
    result = session.result()
    assert result.outcome.code == "JT-R0" and not result.deadlines
    assert "受害方仍可以就尚未得到赔偿的部分" in zh(result.next_steps)


def test_the_citations_follow_the_law_of_the_facts() -> None:
    """Finding 18: 519(3)'s proportional sharing only under the Civil Code; 浓度 only in 1231;
    the day of knowledge in every version."""
    old = pay(
        "joint",
        act="2009-06-10",
        paid_on="2024-09-10",
        paid=D(80000),
        total=D(80000),
        shares=("equal", "c2"),
    )
    recourse = [f for f in old.result().findings if f.to_whom.zh == "当事人"]
    assert recourse and all("按比例分担" not in f.order.zh for f in recourse)
    new = pay("joint")
    assert any("按比例分担" in f.order.zh for f in new.result().findings)
    tll = jt(
        "injured", "2019-03-01", "same_time", "property", "separate", "yes", "all_sufficient", *T
    ).result()
    (env,) = [w for w in tll.warnings if "举证责任" in w.text.zh]
    assert "浓度" not in env.text.zh and "种类、排放量" in env.text.zh
    knew = [library().cite(c, "zh") for c in tree("joint_tort").node("knew_date").citations]
    assert knew == ["民法典第188条第2款", "民法总则第188条第2款", "民法通则第137条"]


def test_the_cosmetic_points_of_the_review() -> None:
    """Finding 19."""
    text = (ROOT / "trees" / "joint_tort.json").read_text(encoding="utf-8")
    assert "见下方期限" not in text and "人工复核" not in text
    t = tree("joint_tort")
    assert "包括当事人" not in t.node("count").text.zh
    assert "10周岁" in t.term("capacity").definition.zh
    unknown_amount = jt("injured", *NEW, "joint", *tail(loss=UNKNOWN))
    assert "（（" not in render_report(unknown_amount, NAMES, library())
    u = jt("injured", *NEW, "unknown", *T).result()
    assert all("教唆人、帮助人" not in f.liable.zh for f in u.findings)
    assert "按份责任" in limitation(jt("injured", *NEW, "unknown", *T)).spec.note.zh
    punitive = jt("injured", "2024-10-01", "property", "separate", "yes", "all_sufficient", *T)
    assert any("惩罚性赔偿" in w.text.zh for w in punitive.result().warnings)


# Finding 4: events against one person of a party that holds several names.


def named(session: Session, **names: tuple[str, ...]) -> dict[tuple[str, str], Any]:
    """The deadline rows by (deadline, person), once the parties' names are known."""
    session.set_names(names)
    return {(d.spec.id, d.person): d.deadline for d in session.result().deadlines}


def test_a_judgment_against_one_joint_tortfeasor_leaves_the_other_to_be_sued() -> None:
    """Finding 4 (S07): only 甲 was sued, judged and enforced against. 乙's period was interrupted
    by the suit against 甲 (诉讼时效规定15(2)) — counted again from the filing, the cautious day
    — and there is no enforcement period against him."""
    events = [
        Event("suit", date(2023, 6, 1), party="actors", person="甲"),
        Event("judgment_effective", date(2024, 3, 10), party="actors", person="甲"),
        Event("enforcement_applied", date(2024, 4, 15), party="actors", person="甲"),
        Event("enforcement_terminated", date(2025, 5, 20), party="actors", person="甲"),
    ]
    session = jt(
        "injured",
        "2020-11-20",
        "same_time",
        "property",
        "separate",
        "yes",
        "all_sufficient",
        *tail("2020-11-20", loss=D(300000), events=events),
        "no",  # 乙 was not sued
    )
    found = named(session, actors=("甲", "乙"))
    assert found[("lim", "甲")].status == "decided"
    other = found[("lim", "乙")]
    # The suit against 甲 held 乙's period until 甲's judgment; it runs again from there (S07
    # of the first review: 2027-03-10), and the judgment decides nothing about 乙.
    assert other.status != "decided" and other.unrolled_end == date(2027, 3, 10)
    assert any(s.key == "joint_suit_safe_day" for s in other.steps)
    assert found[("enforcement", "甲")].status == "applied"
    assert found[("enforcement", "乙")].status == "missing"
    result = session.result()
    assert "没有被列为被告的其他责任人不受判决约束" in result.summary.zh
    (judged,) = [w for w in result.warnings if "生效判决只约束判决列明的人" in w.text.zh]
    assert "从该诉讼终结（判决生效）之日起对他们重新计算" in judged.text.zh
    assert "仍须另行起诉" in zh(result.next_steps)


def test_a_demand_on_one_several_tortfeasor_interrupts_for_him_alone() -> None:
    """Finding 4 (S11): 按份; the demand reached 庚 only."""
    session = jt(
        "injured",
        "2020-10-15",
        "later",
        "2021-03-10",
        "property",
        "separate",
        "no",
        "all_partial",
        "equal",
        "c2",
        *tail(
            "2021-03-10",
            loss=D(240000),
            events=[Event("demand", date(2023, 12, 20), party="actors", person="庚")],
        ),
    )
    found = named(session, actors=("庚", "辛"))
    assert found[("lim_sev", "庚")].end == date(2026, 12, 21)  # 2026-12-20 is a Sunday
    late = found[("lim_sev", "辛")]
    assert (late.end, late.status) == (date(2024, 3, 11), "passed")  # 2024-03-10 a Sunday


def test_a_recourse_demand_on_one_interrupts_against_him_alone() -> None:
    """Finding 4 (S16): the demand went to 钱甲 only."""
    session = pay(
        "joint",
        act="2023-04-02",
        paid_on="2025-06-30",
        paid=D(100000),
        total=D(200000),
        shares=("determinable", D(60000)),
        events=[Event("demand", date(2025, 8, 1), party="actors", person="钱甲")],
    )
    found = named(session, actors=("钱甲", "孙乙", "李丙"))
    assert found[("recourse_limitation", "钱甲")].unrolled_end == date(2028, 8, 1)
    assert found[("recourse_limitation", "李丙")].unrolled_end == date(2028, 6, 30)
    note = tree("joint_tort").named_deadline("recourse_limitation").note
    assert "只对当事人本人以外的其他责任人计算" in note.zh  # type: ignore[union-attr]


def test_an_iou_after_the_end_revives_the_period_against_its_signer_only() -> None:
    """Finding 4 (S22): 鲁一 signed an IOU after the period had ended; 韦二 keeps the defence."""
    session = jt(
        "claimed",
        "2021-02-01",
        "injury",
        "joint",
        "took_part",
        *tail(
            "2021-02-01",
            loss=D(70000),
            events=[Event("acknowledgement", date(2024, 9, 1), party="actors", person="鲁一")],
        ),
    )
    found = named(session, actors=("鲁一", "韦二"))
    assert found[("lim", "鲁一")].unrolled_end == date(2027, 9, 1)
    other = found[("lim", "韦二")]
    assert (other.end, other.status) == (date(2024, 2, 1), "passed")
    assert "after_end" in [s.key for s in other.steps]


def test_a_demand_before_the_end_on_one_joint_tortfeasor_reaches_the_other() -> None:
    """诉讼时效规定15(2) on the joint routes; not for the identified tortfeasor alone (1170)."""
    demand = [Event("demand", date(2025, 5, 1), party="actors", person="李四")]
    joint = named(jt("injured", *NEW, "joint", *tail(events=demand)), actors=("李四", "王五"))
    assert joint[("lim", "王五")].unrolled_end == date(2028, 5, 1)
    alone = named(
        jt("injured", *NEW, "danger", "identified", *tail(events=demand)), actors=("李四", "王五")
    )
    assert alone[("lim_one", "王五")].unrolled_end == date(2027, 10, 1)
    assert alone[("lim_one", "李四")].unrolled_end == date(2028, 5, 1)
    mixed = jt(
        "injured", "2024-10-01", "property", "separate", "yes", "mixed", *tail(events=demand)
    )
    assert named(mixed, actors=("李四", "王五"))[("lim_mix", "王五")].unrolled_end == date(
        2027, 10, 1
    )


def test_the_history_help_says_to_record_one_person() -> None:
    t = tree("joint_tort")
    assert "选这个人本人，不要选整个一方" in t.node("history").help.why.zh
    assert "选这个人本人，不要选整个一方" in t.node("recourse_history").help.why.zh


# --- second review (rereview-joint_tort, consultation 2026-12-05) ----------------------------


def s9(events: Any) -> Session:
    """S9: 甲化工厂 and 乙物流公司 each lit a fire enough for the whole loss (2018-11-20); 甲 paid
    the whole 600,000 on 2020-06-01."""
    return jt(
        "payer",
        "2018-11-20",
        "same_time",
        "property",
        "separate",
        "no",
        "all_sufficient",
        "2020-06-01",
        D(600000),
        D(600000),
        "equal",
        "c2",
        "yes",
        tuple(events),
    )


S9_EVENTS = [
    Event("acknowledgement", date(2022, 5, 10), party="actors", person="乙物流公司"),
    Event("demand", date(2026, 11, 20), party="actors", person="乙物流公司"),
]
S9_NAMES = CaseInfo(
    consultation_date=ON,
    parties=(("victim", ("褚某",)), ("actors", ("乙物流公司",)), ("self", ("甲化工厂",))),
)


def test_recourse_is_computed_against_the_others_only() -> None:
    """Re-review finding 1 (S9): the client has his own field; the recourse rows and the
    headline are 乙's (the 2022 confirmation interrupted; expired 2025-05-12, a Monday), never a
    row against the client himself (2023-06-01)."""
    session = s9(S9_EVENTS)
    session.set_names({"victim": ("褚某",), "actors": ("乙物流公司",), "self": ("甲化工厂",)})
    result = session.result()
    recourse = [d for d in result.deadlines if d.spec.id.startswith("recourse_")]
    assert [d.person for d in recourse] == ["乙物流公司"]
    (row,) = recourse
    assert (row.deadline.end, row.deadline.status) == (date(2025, 5, 12), "passed")
    html = render_report(session, S9_NAMES, library())
    assert "2025年5月12日" in html
    assert "2023年6月1日（星期四）" not in html  # no row of its own ends there
    assert "（甲化工厂）" not in html
    assert "甲化工厂" in html  # named as 当事人本人


def test_recourse_rows_for_two_others_leave_the_client_out() -> None:
    """Re-review finding 1 (S4 shape): with the client under 当事人本人, a demand on one of two
    others gives rows for those two only."""
    session = pay(
        "joint",
        act="2023-04-02",
        paid_on="2025-06-30",
        paid=D(100000),
        total=D(200000),
        shares=("determinable", D(60000)),
        events=[Event("demand", date(2025, 8, 1), party="actors", person="孙乙")],
    )
    session.set_names({"actors": ("孙乙", "李丙"), "self": ("钱甲",)})
    persons = [d.person for d in session.result().deadlines if d.spec.id == "recourse_limitation"]
    assert persons == ["孙乙", "李丙"]


def test_a_running_recourse_period_keeps_the_advice_to_demand_and_sue() -> None:
    """Re-review S4: 钱甲 paid on 2023-02-10 and demanded payment from 孙乙 on 2025-12-01 — the
    period runs to 2028-12-01: no "expired" advice (the 民法通则 row of a payment before
    2017-10-01 never counts here)."""
    session = pay(
        "joint",
        act="2020-08-15",
        paid_on="2023-02-10",
        paid=D(100000),
        total=D(100000),
        shares=("equal", "c2"),
        events=[Event("demand", date(2025, 12, 1), party="actors", person="孙乙")],
    )
    session.set_names({"actors": ("孙乙",), "self": ("钱甲",)})
    result = session.result()
    (row,) = [d for d in result.deadlines if d.spec.id.startswith("recourse_")]
    assert (row.person, row.deadline.unrolled_end) == ("孙乙", date(2028, 12, 1))
    steps = zh(result.next_steps)
    assert "已经届满" not in steps
    assert "在诉讼时效届满前起诉其他责任人" in steps


def test_recourse_after_expiry_advises_a_new_acknowledgement_not_a_suit_in_time() -> None:
    """Re-review finding 2 (S9): the period has run — no "sue before it ends"; the client is told
    the other side may refuse, a later demand revives nothing, and what would help."""
    session = s9(S9_EVENTS)
    session.set_names({"actors": ("乙物流公司",), "self": ("甲化工厂",)})
    steps = zh(session.result().next_steps)
    assert "在诉讼时效届满前起诉" not in steps
    assert "以书面形式要求其他责任人偿还" not in steps
    assert "对方可以以此拒绝偿还" in steps
    assert "届满以后再提出的要求也不能使诉讼时效重新计算" in steps
    assert "书面确认愿意偿还" in steps
    running = s9([Event("acknowledgement", date(2025, 5, 1), party="actors")])
    assert "在诉讼时效届满前起诉其他责任人" in zh(running.result().next_steps)


def s3() -> Session:
    """S3: 14-year-old 小明, incited by 王五, smashed 郑某's car (2022-03-15); the guardian 刘某
    (the client) got a demand on 2024-12-01 and was sued on 2026-10-20."""
    return jt(
        "claimed",
        "2022-03-15",
        "property",
        "instigate",
        "limited",
        "unknown",
        "guardian",
        *tail(
            "2022-03-15",
            loss=D(30000),
            events=[
                Event("demand", date(2024, 12, 1), party="guardian"),
                Event("suit", date(2026, 10, 20), party="guardian"),
            ],
        ),
    )


def test_the_guardian_claimed_against_sees_his_own_period_not_the_instigators() -> None:
    """Re-review finding 3 (S3): 王五's expired period is no defence of the guardian's (not 连带,
    1169(2), 侵权责任编解释一11–12); only the guardian's own running row is shown."""
    session = s3()
    result = session.result()
    ids = {d.spec.id for d in result.deadlines}
    assert not any(i.startswith(("lim_inst", "enforcement_inst")) for i in ids)
    (own,) = [d for d in result.deadlines if d.spec.id.startswith("lim_guard")]
    assert own.deadline.status != "passed"
    html = render_report(session, NAMES, library())
    assert "受害方对教唆人、帮助人请求赔偿的诉讼时效" not in html
    assert "2025年3月17日" not in html
    # finding 7: no victim fault was answered — no evidence of it asked for
    assert "受害人过错的证据" not in zh(result.next_steps)


def test_the_instigator_claimed_against_sees_his_own_period_not_the_guardians() -> None:
    session = jt(
        "claimed",
        "2022-03-15",
        "property",
        "instigate",
        "limited",
        "failed",
        "instigator",
        *tail(
            "2022-03-15",
            loss=D(30000),
            events=[Event("demand", date(2024, 12, 1), party="instigators")],
        ),
    )
    ids = {d.spec.id for d in session.result().deadlines}
    assert any(i.startswith("lim_inst") for i in ids)
    assert not any(i.startswith("lim_guard") for i in ids)


def s7(judged_all: str = "yes") -> Session:
    """S7: 蒋某 beaten 2009-03-10; criminal judgment 2009-12-20; both attackers sued 2010-11-01,
    judgment effective 2011-06-01 (pay by 2011-06-11), enforcement 2012-05-01, 终本 2013-03-01."""
    events = [
        Event("suit", date(2010, 11, 1), party="actors"),
        Event("judgment_effective", date(2011, 6, 1), date(2011, 6, 11), party="actors"),
        Event("enforcement_applied", date(2012, 5, 1), party="actors"),
        Event("enforcement_terminated", date(2013, 3, 1), party="actors"),
    ]
    return jt(
        "injured",
        "2009-03-10",
        "same_time",
        "injury",
        "joint",
        "no",
        "2009-03-10",
        "decided",
        "2009-03-10",
        "2009-12-20",
        "known",
        D(60000),
        "yes",
        tuple(events),
        judged_all,
    )


def test_an_old_judgment_says_which_civil_procedure_law_governed_in_plain_words() -> None:
    """Re-review finding 4 (S7): the enforcement period of 2011–2013 ran under the Civil
    Procedure Law as then amended (2007 text art. 215; 2012 text art. 239), not in the library:
    said in plain words, not cited."""
    result = s7().result()
    (old,) = [w for w in result.warnings if "修正前的民事诉讼法" in w.text.zh]
    assert "2007年修正本第215条" in old.text.zh and "请律师核对原文" in old.text.zh
    assert not old.citations if hasattr(old, "citations") else True
    assert not any("1991年" in w.text.zh for w in result.warnings)  # judged after 2008-04-01


def test_everyone_judged_leaves_nobody_to_sue_and_asks_for_assets() -> None:
    """Re-review finding 6 (S7): both attackers were judged — no "另行起诉" anywhere; after the
    judgment the evidence that matters is the debtors' assets, not the medical records."""
    session = s7("yes")
    result = session.result()
    texts = " ".join(
        [result.summary.zh, zh(result.next_steps), *(w.text.zh for w in result.warnings)]
    )
    assert "另行起诉" not in texts
    evidence = zh(result.evidence)
    assert "被执行人财产的线索" in evidence
    assert "病历" not in evidence
    partly = s7("no").result()
    assert "仍须另行起诉" in zh(partly.next_steps)


def test_the_injured_without_a_police_report_is_not_sent_for_police_records() -> None:
    """Re-review finding 7 (S5): no police report — no "调取报警记录"."""
    session = jt(
        "injured",
        "2024-07",
        "property",
        "separate",
        "no",
        "unknown",
        "yes",
        "2024-07",
        "none",
        "not_yet",
        "yes",
        (Event("demand", date(2025, 9, 10), party="actors", person="甲建筑公司"),),
    )
    assert "调取报警记录" not in zh(session.result().next_steps)


def test_a_restart_after_public_order_handling_is_flagged_as_contested() -> None:
    """Re-review finding 9 (S6): the restart from the end of 治安 handling rests on analogy
    (诉讼时效规定13 names other cases): a contested warning gives the report day as the safe one."""
    session = jt(
        "claimed",
        "2012-05-01",
        "same_time",
        "injury",
        "instigate",
        "adult",
        "instigator",
        "yes",
        "2012-05-01",
        "police",
        "2012-05-01",
        "2012-06-15",
        "known",
        D(50000),
        "yes",
        (Event("demand", date(2026, 10, 1), party="instigators", person="钱某"),),
    )
    (warning,) = [w for w in session.result().warnings if "治安案件" in w.text.zh]
    assert warning.kind == "contested"
    assert "从报案之日起计算的期间届满前" in warning.text.zh
