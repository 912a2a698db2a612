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
    """Victim's fault, police (none), day of knowledge, loss, history."""
    out: list[Any] = [fault, "none", knew]
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
        ["claimed", *NEW, "danger", "identified", "other", *T],
        "JT-O",
        [NONE],
        ["民法典第1170条"],
    ),
    (
        "N_present_at_a_fight",
        ["claimed", *NEW, "joint", "present_only", *T],
        "JT-N",
        [NONE],
        ["民法典第1168条", "民法典第1165条第1款"],
    ),
    (
        "N_present_instigation",
        ["claimed", *NEW, "instigate", "adult", "present_only", *T],
        "JT-N",
        [NONE],
        ["民法典第1169条", "民法典第1165条第1款"],
    ),
    (
        "N_present_minor",
        ["claimed", *NEW, "instigate", "limited", "failed", "present_only", *T],
        "JT-N",
        [NONE],
        ["民法典第1169条", "民法典第1165条第1款"],
    ),
    (
        "N_no_dangerous_act",
        ["claimed", *NEW, "danger", "not_identified", "not_part", *T],
        "JT-N",
        [NONE],
        ["民法典第1170条", "民法典第1165条第1款"],
    ),
    (
        "P_pollution_no_causation",
        ["claimed", "2024-10-01", "property", "separate", "yes", "all_partial", "no_causation", *T],
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
        d.zh.startswith("诉讼时效已经届满（见下方期限）：可以拒绝赔偿") for d in claimed.defences
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
        # 民法通则136(1): one year for bodily injury (and, contested, for death).
        (
            "2016-09-30",
            "injury",
            "lim_injury_1986",
            date(2017, 9, 30),
        ),  # a make-up working Saturday
        ("2016-05-10", "death", "lim_injury_1986", date(2017, 5, 10)),
        # two years, still running on 2017-10-01: three (法释〔2018〕12号2)
        ("2016-05-10", "property", "lim_property_1986", date(2019, 5, 10)),
        (
            "2017-10-01",
            "injury",
            "lim",
            date(2020, 10, 9),
        ),  # 民法总则188: rolled past the 2020 holidays
    ],
)
def test_limitation_before_and_after_2017_10_01(knew: str, harm: str, spec: str, end: date) -> None:
    session = jt("injured", knew, "same_time", harm, "joint", *tail(knew))
    row = limitation(session)
    assert (row.spec.id, row.deadline.end) == (spec, end)
    kinds = [w.kind for w in session.result().warnings]
    assert ("contested" in kinds) == (knew < "2017-10-01")


def test_the_one_year_trap_is_explained_and_the_2017_transition_is_a_step() -> None:
    session = jt("injured", "2016-10-10", "same_time", "injury", "joint", *tail("2016-10-10"))
    row = limitation(session)
    assert [library().cite(c, "zh") for c in row.deadline.basis][:2] == [
        "民法通则第137条",
        "民法通则第136条第1项",
    ]
    assert "transition_2017" in [s.key for s in row.deadline.steps]
    (warning,) = [w for w in session.result().warnings if w.kind == "contested"]
    assert (
        "身体受到伤害要求赔偿的，诉讼时效期间为一年" in warning.text.zh
        and "人工复核" in warning.text.zh
    )


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
    ).result()
    assert limitation_status(result) == "decided"
    (enforcement,) = [d for d in result.deadlines if d.spec.kind == "enforcement"]
    assert enforcement.deadline.end == date(2027, 2, 1)  # 2027-01-31 is a Sunday
    assert "申请执行期间内申请强制执行" in result.summary.zh
    assert not any("向人民法院起诉" in s.zh for s in result.next_steps)


def limitation_status(result: Any) -> str:
    (row,) = [d for d in result.deadlines if d.spec.kind == "limitation"]
    return row.deadline.status


def test_a_criminal_report_is_counted_as_the_cautious_date_with_a_warning() -> None:
    events = [Event("equal_effect", date(2023, 3, 2), party="actors")]
    session = jt(
        "injured",
        "2023-03-01",
        "injury",
        "joint",
        "no",
        "pending",
        "2023-03-01",
        "not_yet",
        tuple(events),
    )
    row = limitation(session)
    assert row.deadline.end == date(2026, 3, 2)
    result = session.result()
    (warning,) = [w for w in result.warnings if "刑事案件正在进行" in w.text.zh]
    assert [library().cite(c, "zh") for c in warning.basis] == ["诉讼时效规定第13条"]
    assert "最保守" in warning.text.zh
    assert any("附带民事诉讼" in s.zh for s in result.next_steps)


def test_a_criminal_judgment_restarts_the_period() -> None:
    events = [
        Event("equal_effect", date(2023, 3, 2), party="actors"),
        Event("interruption", date(2024, 9, 1), party="actors"),
    ]
    session = jt(
        "injured",
        "2023-03-01",
        "injury",
        "joint",
        "no",
        "decided",
        "2023-03-01",
        "not_yet",
        tuple(events),
    )
    assert limitation(session).deadline.end == date(2027, 9, 1)


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
