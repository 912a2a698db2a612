"""Golden paths of the agency tree (trees/agency.json, legal-coverage.md §5.2).

Each path is the answers in order: the side, the day of the agency act, what happened (and for
an unlawful matter who knew, for acting without authority whether the principal ratified and
what the counterparty believed), the day the claiming side learnt of its loss, the loss and the
history. Branch nodes are taken by the engine. Acting without authority also asks whether the
actor was the principal's employee and, before 2017-10-01, whether the principal knew and kept
silent (``na`` writes those answers).

The tests after the golden paths lock in the fixes of the independent review of 2026-12-05
(findings F1–F22, its stories cited by number).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from scripts.sample_paths import AGENCY_COLLUSION
from scripts.trees import agency as generator
from scripts.trees.common import render
from tests.helpers import ROOT, cited, library, tree
from wizard.answers import UNKNOWN
from wizard.casefile import CaseInfo
from wizard.deadlines import Event
from wizard.engine import Session
from wizard.model import ChoiceQuestion, DateQuestion
from wizard.report import render_report

ON = date(2026, 12, 5)
JOINT, DAMAGES, CORRESPONDING, NONE = "连带责任", "赔偿责任", "相应的责任", "不承担责任"
NAMES = CaseInfo(
    consultation_date=ON,
    parties=(("principal", ("甲公司",)), ("agent", ("王某",)), ("counterparty", ("乙公司",))),
)


def ag(*answers: Any, on: date = ON) -> Session:
    session = Session(tree("agency"), on)
    for answer in answers:
        session.answer(answer)
    return session


def tail(knew: Any = "2024-10-01", loss: Any = None, events: Any = None) -> list[Any]:
    out: list[Any] = [knew]
    out += ["not_yet"] if loss is None else ["known", loss]
    out += ["no"] if events is None else ["yes", tuple(events)]
    return out


T = tail()
CC_COLLUSION = ["民法典第164条第2款", "民法典第178条第1款", "合同编通则解释第23条第1款"]
CC_NOT_BOUND = ["合同编通则解释第23条第1款"]
SETTLE, RELATIVE = "清偿责任", "相应的责任"


def na(
    ratified: str, belief: str | None = None, employee: str = "no", silent: str | None = None
) -> list[Any]:
    """Acting without authority: the employee question, ratification, (before 2017-10-01) the
    principal's silence, and the counterparty's belief."""
    out = ["no_authority", employee, ratified]
    if silent is not None:
        out.append(silent)
    if belief is not None:
        out.append(belief)
    return out


OLD_T = tail("2016-06-01")

GOLDEN: list[tuple[str, list[Any], str, list[str], list[str]]] = [
    *(
        (
            f"A_{side}",
            [side, "2024-05-01", "collusion", *T],
            "AG-A",
            [JOINT, NONE],
            CC_COLLUSION + CC_NOT_BOUND,
        )
        for side in ("principal", "agent", "counterparty")
    ),
    (
        "B_counterparty",
        ["counterparty", "2024-05-01", "illegal", ("agent_knew",), *T],
        "AG-B",
        [JOINT],
        ["民法典第167条", "民法典第178条第1款"],
    ),
    (
        "B_principal",
        ["principal", "2024-05-01", "illegal", ("agent_knew", "principal_knew"), *T],
        "AG-B",
        [JOINT],
        ["民法典第167条", "民法典第178条第1款"],
    ),
    (
        "B_agent",
        ["agent", "2024-05-01", "illegal", ("principal_knew",), *T],
        "AG-B",
        [JOINT],
        ["民法典第167条", "民法典第178条第1款"],
    ),
    *(
        (
            f"B0_{side}",
            [side, "2024-05-01", "illegal", ("neither",), *T],
            "AG-B0",
            [NONE],
            ["民法典第167条"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"R_{side}",
            [side, "2024-05-01", *na("ratified"), *T],
            "AG-R",
            [SETTLE, NONE],
            ["民法典第171条第1款", "民法典第503条"] * 2,
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"C_{side}",
            [side, "2024-05-01", *na(ratified, "reason_to_believe"), *T],
            "AG-C",
            [SETTLE, NONE, DAMAGES],
            ["民法典第172条", "民法典第172条", "民法典第164条第1款", "民法典第929条第2款"],
        )
        for side, ratified in (
            ("principal", "refused"),
            ("counterparty", "refused"),
            ("agent", "pending"),
        )
    ),
    *(
        (
            f"W_{side}",
            [side, "2024-05-01", *na("refused", belief, "within"), *T],
            "AG-W",
            [SETTLE, NONE],
            ["民法典第170条第2款", "合同编通则解释第21条第3款", "民法典第170条第1款"],
        )
        for side, belief in (
            ("principal", "good_faith"),
            ("counterparty", "good_faith"),
            ("agent", "reason_to_believe"),
        )
    ),
    *(
        (
            f"P_{side}",
            [side, "2024-05-01", *na("pending", "good_faith"), *T],
            "AG-P",
            [SETTLE, DAMAGES],
            ["民法典第171条第1款", "民法典第503条", "民法典第171条第3款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"D_{side}",
            [side, "2024-05-01", *na("refused", "good_faith"), *T],
            "AG-D",
            [DAMAGES, NONE],
            ["民法典第171条第3款", "民法典第171条第1款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"E_{side}",
            [side, "2024-05-01", *na("refused", "knew"), *T],
            "AG-E",
            [CORRESPONDING, NONE],
            ["民法典第171条第4款", "民法典第171条第1款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"E1_{side}",
            [side, "2016-05-01", *na("refused", "knew", silent="denied"), *OLD_T],
            "AG-E1",
            [JOINT, NONE],
            ["民法通则第66条第4款", "民法通则第87条", "民法通则第66条第1款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"V_{side}",
            [side, "2024-05-01", *na("refused", "unknown"), *T],
            "AG-V",
            [SETTLE, DAMAGES, CORRESPONDING],
            ["民法典第172条", "民法典第171条第3款", "民法典第171条第4款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"Z_{side}",
            [side, "2016-05-01", *na("refused", "reason_to_believe", silent="denied"), *OLD_T],
            "AG-Z",
            [SETTLE, DAMAGES],
            ["民法通则第63条第2款", "民法通则第66条第1款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"F_{side}",
            [side, "2016-05-01", "unclear", *OLD_T],
            "AG-F",
            [JOINT],
            ["民法通则第65条第3款", "民法通则第87条"],
        )
        for side in ("principal", "counterparty")
    ),
    (
        "F_agent_2019",
        ["agent", "2019-05-01", "unclear", *tail("2019-06-01")],
        "AG-F",
        [JOINT],
        ["民法通则第65条第3款", "民法总则第178条第1款"],
    ),
    *(
        (
            f"G_{side}",
            [side, "2024-05-01", "unclear", *T],
            "AG-G",
            [NONE],
            ["民法典第178条第3款", "民法典第165条"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"H_{side}",
            [side, "2024-05-01", "several_agents", *T],
            "AG-H",
            [JOINT],
            ["民法典第932条", "民法典第178条第1款"],
        )
        for side in ("principal", "agent", "counterparty")
    ),
    *(
        (
            f"U_{side}",
            [side, "2024-05-01", "unknown", *T],
            "AG-U",
            [JOINT, SETTLE, DAMAGES],
            [
                "民法典第164条第2款",
                "民法典第167条",
                "民法典第178条第1款",
                "民法典第172条",
                "民法典第171条第3款",
            ],
        )
        for side in ("principal", "agent", "counterparty")
    ),
]


@pytest.mark.parametrize(
    ("name", "answers", "code", "labels", "citations"), GOLDEN, ids=[g[0] for g in GOLDEN]
)
def test_golden_path(
    name: str, answers: list[Any], code: str, labels: list[str], citations: list[str]
) -> None:
    session = ag(*answers)
    assert session.outcome is not None and session.outcome.code == code
    assert [f.label for f in session.result().findings] == labels
    assert cited(session) == citations


def test_every_outcome_is_reached_from_every_side() -> None:
    reached = {(ag(*g[1]).outcome.code, g[1][0]) for g in GOLDEN}  # type: ignore[union-attr]
    codes = {node.code for node in tree("agency").result_nodes}
    for code in codes:
        assert {s for c, s in reached if c == code} == {"principal", "counterparty", "agent"}, code


def test_the_committed_tree_is_the_generators_output() -> None:
    assert (ROOT / "trees" / "agency.json").read_text(encoding="utf-8") == render(generator.build())


def test_the_sample_path_uses_only_side_choice_and_date_questions() -> None:
    session = ag(*AGENCY_COLLUSION)
    assert session.outcome is not None and session.outcome.code == "AG-A"
    for step in session.path:
        if step.is_page:
            assert isinstance(tree("agency").node(step.node_id), ChoiceQuestion | DateQuestion)


# --- the law of the facts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        ("2021-01-01", CC_COLLUSION + CC_NOT_BOUND),
        ("2020-12-31", ["民法总则第164条第2款", "民法总则第178条第1款", "民法总则第154条"]),
        ("2017-10-01", ["民法总则第164条第2款", "民法总则第178条第1款", "民法总则第154条"]),
        ("2017-09-30", ["民法通则第66条第3款", "民法通则第87条", "民法通则第58条第1款第4项"]),
    ],
)
def test_the_law_follows_the_day_of_the_act(act: str, expected: list[str]) -> None:
    assert cited(ag("principal", act, "collusion", *tail("2024-10-01"))) == expected


def test_the_knowing_counterparty_trap_switches_on_2017_10_01() -> None:
    before = ag(
        "principal", "2017-09-30", *na("refused", "knew", silent="denied"), *tail("2017-10-15")
    )
    after = ag("principal", "2017-10-01", *na("refused", "knew"), *tail("2017-10-15"))
    assert (before.outcome.code, after.outcome.code) == ("AG-E1", "AG-E")
    assert before.result().findings[0].label == JOINT
    assert after.result().findings[0].label == CORRESPONDING
    (contested,) = [w for w in after.result().warnings if w.kind == "contested"]
    assert "民法通则第66条第4款" in contested.text.zh and "民法总则" in contested.text.zh


def test_unclear_authority_is_joint_only_under_the_old_law() -> None:
    assert ag("counterparty", "2020-12-31", "unclear", *T).outcome.code == "AG-F"
    new = ag("counterparty", "2021-01-01", "unclear", *T)
    assert new.outcome.code == "AG-G"
    assert "不承担责任" in [f.label for f in new.result().findings]
    gp = ag("counterparty", "2019-05-01", "unclear", *tail("2019-06-01")).result()
    assert any(w.kind == "contested" and "民法通则第65条第3款" in w.text.zh for w in gp.warnings)


def test_under_the_general_principles_should_have_known_is_not_enough() -> None:
    actual = ag(
        "counterparty", "2016-05-01", "illegal", ("agent_knew",), "actual", *tail("2016-06-01")
    )
    assert (actual.outcome.code, cited(actual)) == ("AG-B", ["民法通则第67条", "民法通则第87条"])
    should = ag(
        "counterparty", "2016-05-01", "illegal", ("agent_knew",), "should_only", *tail("2016-06-01")
    )
    assert should.outcome.code == "AG-B0"
    assert "只是应当知道" in should.result().summary.zh
    modern = ag("counterparty", "2024-05-01", "illegal", ("agent_knew",), *T)
    assert modern.outcome.code == "AG-B" and "knowledge_kind" not in modern.answers


def test_an_old_unauthorised_act_names_the_contract_law_to_check() -> None:
    result = ag(
        "agent", "2016-05-01", *na("refused", "good_faith", silent="denied"), *tail("2016-06-01")
    ).result()
    assert any(w.kind == "unverified" and "合同法" in w.text.zh for w in result.warnings)
    assert "民法典" not in result.summary.zh and "按民法通则" in result.summary.zh


def test_collusion_under_the_civil_code_cites_the_contract_interpretation() -> None:
    result = ag("principal", "2024-05-01", "collusion", *T).result()
    (caution,) = [w for w in result.warnings if "高度可能性" in w.text.zh]
    assert [library().cite(c, "zh") for c in caution.basis] == ["合同编通则解释第23条第2款"]


# --- unknown facts -------------------------------------------------------------------------------


def test_who_knew_unknown_makes_the_joint_finding_conditional() -> None:
    result = ag("counterparty", "2024-05-01", "illegal", ("unknown",), *T).result()
    (finding,) = result.findings
    assert finding.depends_on == ("who_knew",) and finding.sublabel.zh.startswith("若")
    assert result.facts_to_verify[0].question.id == "who_knew"


def test_ratification_unknown_is_flagged() -> None:
    result = ag("counterparty", "2024-05-01", *na("unknown", "good_faith"), *T).result()
    assert all("ratified" in f.depends_on for f in result.findings)
    assert any("是否追认尚待核实" in w.text.zh for w in result.warnings)


def test_a_pending_ratification_brings_the_thirty_day_request() -> None:
    result = ag("counterparty", "2024-05-01", *na("pending", "good_faith"), *T).result()
    assert any("三十日内" in s.zh for s in result.next_steps)
    refused = ag("counterparty", "2024-05-01", *na("refused", "good_faith"), *T).result()
    assert not any("三十日内" in s.zh for s in refused.next_steps)


# --- limitation and history ----------------------------------------------------------------------


def limitation(session: Session) -> Any:
    (row,) = [d for d in session.result().deadlines if d.spec.kind == "limitation"]
    return row


def test_limitation_three_years_or_the_old_two() -> None:
    new = limitation(ag("principal", "2022-03-01", "collusion", *tail("2022-06-01")))
    assert (new.spec.id, new.deadline.end, new.deadline.status) == (
        "limitation_joint",
        date(2025, 6, 3),
        "passed",
    )
    old = limitation(ag("principal", "2015-03-01", "collusion", *tail("2015-06-01")))
    assert (old.spec.id, old.deadline.end) == ("limitation_joint_1986", date(2017, 6, 1))
    unauthorised = limitation(ag("counterparty", "2022-03-01", *na("refused", "good_faith"), *T))
    assert unauthorised.spec.id == "limitation"


def test_a_passed_limitation_changes_the_summary_and_the_defences() -> None:
    barred = ag("principal", "2022-03-01", "collusion", *tail("2022-06-01")).result()
    assert "诉讼时效已经届满" in barred.summary.zh
    agent = ag("agent", "2022-03-01", "collusion", *tail("2022-06-01")).result()
    assert any(
        d.zh.startswith("诉讼时效已经届满（见期限表）：可以拒绝履行") for d in agent.defences
    )
    running = ag("principal", "2024-05-01", "collusion", *T).result()
    assert "诉讼时效已经届满" not in running.summary.zh


def test_history_interrupts_and_a_judgment_brings_enforcement() -> None:
    events = [Event("demand", date(2024, 3, 1), party="agent")]
    session = ag(
        "principal", "2023-05-01", "several_agents", *tail("2024-01-01", Decimal(300000), events)
    )
    row = limitation(session)
    assert row.deadline.end == date(2027, 3, 1) and "interrupted" in [
        s.key for s in row.deadline.steps
    ]
    judged = [
        Event("suit", date(2024, 3, 1), party="agent"),
        Event("judgment_effective", date(2025, 3, 10), date(2025, 3, 31), party="agent"),
    ]
    result = ag("principal", "2023-05-01", "collusion", *tail("2024-01-01", events=judged)).result()
    (enforcement,) = [d for d in result.deadlines if d.spec.kind == "enforcement"]
    assert enforcement.deadline.end == date(2027, 3, 31)
    assert not any("向人民法院起诉" in s.zh for s in result.next_steps)
    assert "在申请执行的期间届满前申请强制执行" in result.summary.zh


def test_an_unknown_day_of_knowledge_computes_nothing() -> None:
    session = ag("principal", "2024-05-01", "collusion", *tail(UNKNOWN))
    assert limitation(session).deadline.status == "missing"
    assert any(w.kind == "missing_fact" for w in session.result().warnings)


def test_names_and_amounts_fill_the_report() -> None:
    session = ag("principal", "2024-05-01", "collusion", *tail("2024-10-01", Decimal(250000)))
    html = render_report(session, NAMES, library())
    assert "代理人（王某）与相对人（乙公司）恶意串通" in html
    assert "被代理人（甲公司）因此受到的损失（250,000.00元）" in html
    defendant = render_report(ag("agent", "2024-05-01", "collusion", *T), NAMES, library())
    assert defendant.index("可以提出的抗辩") < defendant.index("推理过程")
    assert "向人民法院起诉" not in defendant


# --- the independent review of 2026-12-05 ----------------------------------------------------

STORY_NAMES = CaseInfo(
    consultation_date=ON,
    parties=(("principal", ("甲公司",)), ("agent", ("张三",)), ("counterparty", ("乙公司",))),
)


def ev(kind: str, on: str, party: str = "agent", until: str | None = None) -> Event:
    return Event(
        kind, date.fromisoformat(on), date.fromisoformat(until) if until else None, party=party
    )


def texts(result: Any) -> str:
    """Every client text of a result, for absence checks."""
    parts = [result.summary.zh]
    for group in (result.next_steps, result.defences, result.evidence, result.recourse):
        parts += [t.zh for t in group]
    parts += [w.text.zh for w in result.warnings]
    for f in result.findings:
        parts += [f.scope.zh, f.order.zh, f.liable.zh] + ([f.sublabel.zh] if f.sublabel else [])
    return "\n".join(parts)


def report(session: Session) -> str:
    """The report's text, tags dropped and spaces made plain."""
    html = render_report(session, STORY_NAMES, library())
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html).replace("\xa0", " "))


# F1 — a period restarted after 2017-10-01 runs three years (story 27, 14).
STORY_27 = [
    "counterparty",
    "2016-10-10",
    *na("refused", "good_faith", silent="denied"),
    *tail(
        "2016-12-01",
        Decimal(150000),
        [ev("demand", "2018-10-01"), ev("suit", "2021-06-01")],
    ),
]


def test_f1_a_demand_after_2017_restarts_three_years_and_the_suit_was_in_time() -> None:
    session = ag(*STORY_27)
    row = limitation(session)
    assert row.spec.id == "limitation_1986" and row.deadline.status == "pending"
    keys = [s.key for s in row.deadline.steps]
    assert keys.index("transition_2017") < keys.index("interrupted") < keys.index("suit_pending")
    assert "after_end" not in keys
    html = report(session)
    assert "已届满" not in html and "能否适用三年" not in html
    assert "民法通则：二年" not in html
    without_suit = [*STORY_27[:-1], (ev("demand", "2018-10-01"),)]
    row = limitation(ag(*without_suit))
    # 2018-10-01 + 3 years = 2021-10-01, in the 2021 National Day break: 2021-10-08.
    assert (row.deadline.end, row.deadline.status) == (date(2021, 10, 8), "passed")


# F2 — a period still running on 2017-10-01 runs three years (stories 26, 10, 9).
def test_f2_a_period_running_on_2017_10_01_takes_three_years() -> None:
    story_26 = ag(
        "principal",
        "2016-03-01",
        "collusion",
        *tail(
            "2016-08-01",
            Decimal(700000),
            [
                ev("suit", "2019-03-01"),
                ev("suit", "2019-03-01", "counterparty"),
                ev("judgment_served", "2026-11-30"),
            ],
        ),
    )
    result = story_26.result()
    assert limitation(story_26).deadline.status == "pending"
    (appeal,) = [d for d in result.deadlines if d.spec.kind == "appeal"]
    assert appeal.deadline.end == date(2026, 12, 15)
    assert "届满" not in result.summary.zh.replace("届满前", "")
    assert not any("人工复核" in w.text.zh and "三年" in w.text.zh for w in result.warnings)
    plain = limitation(ag("principal", "2016-03-01", "collusion", *tail("2016-08-01")))
    assert plain.deadline.end == date(2019, 8, 1)
    story_10 = ag(
        "counterparty",
        "2015-10-08",
        "unclear",
        *tail("2016-01-15", events=[ev("suit", "2018-11-20", "principal")]),
    )
    assert "after_end" not in [s.key for s in limitation(story_10).deadline.steps]
    story_9 = ag(
        "agent",
        "2016-04-10",
        *na("refused", "knew", silent="denied"),
        *tail("2016-06-01", events=[ev("demand", "2017-05-01")]),
    )
    assert limitation(story_9).deadline.end == date(2020, 5, 6)


# F3 — ratification still open: the act is pending (stories 15, 22).
def test_f3_a_pending_ratification_is_not_a_refusal() -> None:
    agent = ag("agent", "2025-11-03", *na("pending", "good_faith"), *tail("2026-11-20")).result()
    assert agent.outcome.code == "AG-P"
    assert "效力待定" in agent.summary.zh and "争取被代理人（甲公司）追认" in report(
        ag("agent", "2025-11-03", *na("pending", "good_faith"), *tail("2026-11-20"))
    )
    assert [f.label for f in agent.findings] == [SETTLE, DAMAGES]
    assert all(f.sublabel.zh.startswith("若") for f in agent.findings)
    assert not any(f.label == NONE for f in agent.findings)
    counterparty = ag("counterparty", "2026-10-15", *na("pending", "good_faith"), *T).result()
    steps = " ".join(s.zh for s in counterparty.next_steps)
    assert "三十日内" in steps and "撤销" in steps
    assert "没有追认：" not in counterparty.summary.zh
    knew = ag("counterparty", "2024-05-01", *na("pending", "knew"), *T).result()
    assert [f.label for f in knew.findings] == [SETTLE, CORRESPONDING]
    assert not any("撤销" in s.zh for s in knew.next_steps)
    gp = ag("counterparty", "2019-05-01", *na("pending", "good_faith"), *tail("2019-06-01"))
    assert any("一个月内" in s.zh for s in gp.result().next_steps)


# F4 — a judgment debtor after the period to apply for enforcement (stories 25, 21).
STORY_25 = [
    "agent",
    "2022-04-01",
    "collusion",
    *tail(
        "2022-07-01",
        Decimal(400000),
        [ev("suit", "2023-05-01"), ev("judgment_effective", "2024-03-01", until="2024-03-11")],
    ),
]


def test_f4_the_judgment_debtor_is_not_told_to_pay_after_the_enforcement_period() -> None:
    result = ag(*STORY_25).result()
    everything = texts(result)
    assert "按判决履行，并保留付款凭证" not in everything
    assert "判决确定的义务应当履行" not in everything
    assert "民诉法解释第481条第1款" in everything and "不要付款" in everything
    assert any("第481条第2款" in s.zh for s in result.next_steps)
    story_21 = ag(
        "principal",
        "2015-06-01",
        *na("refused", "good_faith", silent="denied"),
        *tail(
            "2015-08-01",
            Decimal(200000),
            [
                ev("suit", "2017-07-01", "principal"),
                ev("judgment_effective", "2018-03-01", "principal", "2018-03-11"),
            ],
        ),
    ).result()
    (enforcement,) = [d for d in story_21.deadlines if d.spec.kind == "enforcement"]
    assert enforcement.deadline.end == date(2020, 3, 11)
    assert any("第481条第1款" in s.zh for s in story_21.next_steps)
    running = ag(
        "agent",
        "2022-04-01",
        "collusion",
        *tail(
            "2022-07-01",
            events=[
                ev("suit", "2023-05-01"),
                ev("judgment_effective", "2025-03-01", until="2025-03-11"),
            ],
        ),
    ).result()
    assert any("按判决履行" in s.zh for s in running.next_steps)


# F5 — the creditor after a late period or an application (stories 10, 3).
def test_f5_enforcement_advice_follows_the_state_of_enforcement() -> None:
    story_10 = ag(
        "counterparty",
        "2015-10-08",
        "unclear",
        *tail(
            "2016-01-15",
            events=[
                ev("suit", "2018-11-20", "principal"),
                ev("judgment_effective", "2019-12-20", "principal", "2019-12-30"),
            ],
        ),
    ).result()
    steps = " ".join(s.zh for s in story_10.next_steps)
    assert "看来已经届满" in steps and "第481条第1款" in steps and "第250条第1款" in steps
    assert "在申请执行的期间届满前" not in texts(story_10)
    story_3 = ag(
        "principal",
        "2016-05-12",
        "collusion",
        *tail(
            "2016-09-01",
            events=[
                ev("demand", "2017-08-01"),
                ev("suit", "2019-07-01"),
                ev("judgment_effective", "2020-12-10", until="2020-12-20"),
                ev("enforcement_applied", "2021-03-01"),
                ev("enforcement_terminated", "2022-06-30"),
            ],
        ),
    ).result()
    everything = texts(story_3)
    assert "第517条第2款" in everything and "限制消费" in everything
    assert "在申请执行的期间届满前" not in everything and "看来已经届满" not in everything
    assert "回扣" not in everything


# F6 — apparent authority binds the principal (stories 18, 7, 24).
def test_f6_apparent_authority_is_a_finding_against_the_principal() -> None:
    story_18 = ag(
        "counterparty",
        "2024-05-20",
        *na("refused", "reason_to_believe"),
        *tail(
            "2024-07-01",
            Decimal(500000),
            [
                ev("suit", "2025-03-01", "principal"),
                ev("judgment_served", "2026-11-28", "principal"),
            ],
        ),
    )
    result = story_18.result()
    first = result.findings[0]
    assert (first.label, first.to_whom.zh) == (SETTLE, "{party.counterparty}")
    assert first.liable.zh == "{party.principal}" and "{amount.loss_amount}" in first.scope.zh
    recourse = result.findings[2]
    assert recourse.label == DAMAGES and "loss_amount" not in recourse.scope.zh
    assert any(w.kind == "contested" and "备用请求" in w.text.zh for w in result.warnings)
    html = report(story_18)
    assert (
        "清偿责任（表见代理：代理行为有效，按约定承担）：被代理人（甲公司） → 相对人（乙公司）"
        in html
    )
    story_7 = ag(
        "principal", "2020-05-10", *na("refused", "reason_to_believe"), *tail("2020-09-01")
    )
    assert cited(story_7)[0] == "民法总则第172条"
    assert any("诉讼时效一般为三年" in s.zh for s in story_7.result().next_steps)


# F7 — what the counterparty believed is unknown: both routes stay open (stories 8, 19).
def test_f7_an_unknown_belief_keeps_the_route_against_the_principal() -> None:
    story_8 = ag("counterparty", "2025-03", *na("refused", "unknown"), *tail("2025-04"))
    result = story_8.result()
    (apparent,) = [f for f in result.findings if f.label == SETTLE]
    assert apparent.depends_on == ("belief",)
    assert any(f"向{'{party.principal}'}（表见代理）" in s.zh for s in result.next_steps)
    assert "被代理人（甲公司）和代理人（张三）提出请求" in report(story_8)
    story_19 = ag("principal", "2023-09", "unknown", *tail(UNKNOWN, Decimal(350000)))
    result = story_19.result()
    assert SETTLE in [f.label for f in result.findings] and "表见代理" in result.summary.zh
    assert all("knew_date" not in f.depends_on for f in result.findings)
    assert "350,000.00元" in report(story_19)


# F8 — an expired claim with its history recorded (story 17).
def test_f8_an_expired_claim_with_history_gets_the_expired_claim_steps() -> None:
    result = ag(
        "counterparty",
        "2018-07-01",
        *na("refused", "knew"),
        *tail("2018-09-01", Decimal(100000), [ev("demand", "2021-08-20")]),
    ).result()
    steps = " ".join(s.zh for s in result.next_steps)
    assert "诉讼时效已经届满：" in steps and "请求到达对方，诉讼时效即中断" not in steps
    assert "诉讼时效已经届满" in result.summary.zh


# F9 — the claimant's limitation is the other side's deadline (stories 16, 20, 24).
@pytest.mark.parametrize(
    "answers",
    [
        ["principal", "2024-02-01", *na("ratified"), "2024-04-01", "not_yet", "no"],
        ["principal", "2024-06-10", "illegal", ("neither",), "2024-08-01", "not_yet", "no"],
        ["agent", "2025-06-10", *na("unknown", "reason_to_believe"), *tail("2025-08-01")],
    ],
)
def test_f9_the_obligor_is_not_told_to_act_by_the_claimants_limitation(answers: list[Any]) -> None:
    session = ag(*answers)
    row = limitation(session)
    assert session.result().side not in row.spec.acts
    html = report(session)
    assert "对方的期限：请求权的诉讼时效" in html
    assert "最近的期限：请求权的诉讼时效" not in html


# F10 — a principal's or counterparty's own defences are not headed as the other side's.
def test_f10_own_defences_of_the_principal_go_to_the_next_steps() -> None:
    result = ag("principal", "2022-06-15", "unclear", *tail("2022-09-01")).result()
    assert not any("按委托书的文字" in d.zh for d in result.defences)
    assert any(s.zh.startswith("你可以提出的抗辩：按委托书的文字") for s in result.next_steps)
    for answers in (
        ["principal", "2024-05-01", "collusion", *T],
        ["counterparty", "2024-05-01", *na("refused", "knew"), *tail("2024-10-01", events=[])],
    ):
        html = report(ag(*answers))
        assert "见下方期限" not in html


# F11 — evidence and defences for the side accused of collusion (stories 2, 17).
def test_f11_the_accused_gets_evidence_of_a_fair_deal_and_the_standard_of_proof() -> None:
    story_2 = ag(
        "counterparty",
        "2019-08-20",
        "collusion",
        *tail("2020-06", Decimal(800000), [ev("suit", "2023-04-10", "counterparty")]),
    ).result()
    evidence = " ".join(e.zh for e in story_2.evidence)
    assert "价格公允的证据" in evidence and "价格明显不合理的证据" not in evidence
    assert "回扣、好处费等利益往来的证据" not in evidence
    assert any("民诉法解释第109条" in s.zh for s in story_2.next_steps)
    story_17 = ag(
        "counterparty", "2018-07-01", *na("refused", "knew"), *tail("2018-09-01")
    ).result()
    assert not any("相对人知道或者应当知道没有代理权的证据" in e.zh for e in story_17.evidence)


# F12 — collusion: the principal is not bound; not "void" under the Civil Code (stories 1, 2).
def test_f12_collusion_does_not_make_the_act_void_under_the_civil_code() -> None:
    story_1 = ag("principal", "2024-03-15", "collusion", *tail("2024-05-10", Decimal(500000)))
    result = story_1.result()
    assert "无效" not in result.summary.zh and "不承担该行为产生的民事责任" in result.summary.zh
    not_bound = [f for f in result.findings if f.label == NONE]
    assert [library().cite(c, "zh") for f in not_bound for c in f.basis] == CC_NOT_BOUND
    old = ag("principal", "2019-08-20", "collusion", *tail("2020-06-01")).result()
    (contested,) = [w for w in old.warnings if w.kind == "contested"]
    assert "“他人”" in contested.text.zh and "追认" in contested.text.zh


# F13 — an agent who did not know, under 167's second limb (story 5).
def test_f13_the_innocent_agent_gets_the_dispute_and_the_first_defence() -> None:
    result = ag(
        "agent",
        "2023-04-01",
        "illegal",
        ("principal_knew",),
        *tail("2023-06-01", Decimal(80000), [ev("suit", "2026-10-20")]),
    ).result()
    (finding,) = result.findings
    assert finding.label == JOINT and "有争议" in finding.sublabel.zh
    assert result.defences[0].zh.startswith("你不知道也不应当知道代理事项违法")
    assert any(w.kind == "contested" and "不知情的代理人" in w.text.zh for w in result.warnings)
    assert "（被代理人：已经表示反对）" not in texts(result)


# F14 — unclear authority 2017-10-01 … 2020-12-31: the agent's first defence (story 12).
def test_f14_the_agent_argues_that_65_3_did_not_survive_the_general_provisions() -> None:
    result = ag(
        "agent", "2019-06-18", "unclear", *tail("2019-10-10", events=[ev("demand", "2022-09-01")])
    ).result()
    assert "首要抗辩" in result.summary.zh
    assert "民法总则对委托代理作了全面规定" in result.defences[0].zh
    assert "第165条" in result.defences[0].zh
    assert "争议" in result.findings[0].sublabel.zh


# F15 — before 2017-10-01: knowing silence is consent; the pending state (stories 9, 21).
def test_f15_knowing_silence_before_2017_is_consent() -> None:
    silent = ag("counterparty", "2016-04-10", *na("refused", silent="silent"), *tail("2016-06-01"))
    result = silent.result()
    assert result.outcome.code == "AG-R" and "视为同意" in result.summary.zh
    assert result.outcome.title.zh == "被代理人追认或者视为同意：由被代理人承担"
    assert cited(silent)[0] == "民法通则第66条第1款"
    assert any(w.kind == "contested" and "第48条第2款" in w.text.zh for w in result.warnings)
    pending = ag(
        "counterparty", "2016-04-10", *na("pending", "good_faith", silent="not_known"), *OLD_T
    ).result()
    assert pending.outcome.code == "AG-P"
    assert any("一个月内" in s.zh and "合同法第48条" in s.zh for s in pending.next_steps)
    story_9 = ag(
        "agent", "2016-04-10", *na("refused", "knew", silent="denied"), *tail("2016-06-01")
    ).result()
    assert not any("相对人不知道没有代理权" in d.zh for d in story_9.defences)
    open_ = ag(
        "agent", "2016-04-10", *na("refused", "knew", silent="unknown"), *tail("2016-06-01")
    ).result()
    assert any("视为同意" in d.zh for d in open_.defences)


# F16 — after an effective judgment no merits defences or evidence (stories 14, 25, 3, 7).
def test_f16_no_merits_advice_after_an_effective_judgment() -> None:
    story_14 = ag(
        "agent",
        "2016-03-01",
        "several_agents",
        *tail(
            "2016-05-01",
            events=[
                ev("demand", "2018-03-01"),
                ev("suit", "2019-02-01"),
                ev("judgment_effective", "2019-12-01", until="2019-12-11"),
                ev("enforcement_applied", "2020-03-01"),
                ev("enforcement_terminated", "2020-09-01"),
            ],
        ),
    ).result()
    everything = texts(story_14)
    assert not story_14.defences
    assert "整理能说明自己在交易中实际作用" not in everything
    assert "授权委托书、委托合同" not in everything
    story_25 = texts(ag(*STORY_25).result())
    assert "否认恶意串通" not in story_25 and "价格公允" not in story_25
    assert "你可以就是否串通" not in story_25
    story_7 = ag(
        "principal",
        "2020-05-10",
        *na("refused", "reason_to_believe"),
        *tail(
            "2020-09-01",
            events=[
                ev("suit", "2021-08-01", "principal"),
                ev("judgment_served", "2026-11-25", "principal"),
            ],
        ),
    ).result()
    assert "不要急于签字" not in texts(story_7)
    evidence = " ".join(e.zh for e in story_7.evidence)
    assert "一审判决书和送达回证" in evidence and "生效判决书" not in evidence


# F17 — "不承担责任" of 167 says what it releases from (stories 20, 23).
def test_f17_the_release_is_only_from_joint_liability_for_unlawful_agency() -> None:
    result = ag("principal", "2024-06-10", "illegal", ("neither",), *T).result()
    (finding,) = result.findings
    assert finding.label == NONE and finding.sublabel.zh == "仅指不承担违法代理的连带责任"


# F18 — an employee acting in the organisation's name (story 6).
def test_f18_an_employee_binds_or_makes_the_organisation_answer_for_its_fault() -> None:
    within = ag("counterparty", "2023-03-01", *na("refused", "good_faith", "within"), *T)
    assert within.outcome.code == "AG-W"
    assert cited(within)[:2] == ["民法典第170条第2款", "合同编通则解释第21条第3款"]
    assert "不得对抗善意相对人" in within.result().summary.zh
    beyond = ag("counterparty", "2023-03-01", *na("refused", "good_faith", "beyond"), *T)
    result = beyond.result()
    assert result.outcome.code == "AG-D"
    (fault,) = [f for f in result.findings if f.label == RELATIVE]
    assert fault.liable.zh == "{party.principal}"
    assert [library().cite(c, "zh") for c in fault.basis] == [
        "合同编通则解释第21条第1款",
        "民法典第157条",
    ]
    assert "相应的赔偿责任" in result.summary.zh
    old = ag(
        "counterparty", "2016-03-01", *na("refused", "good_faith", "beyond", "denied"), *OLD_T
    ).result()
    assert any("民法通则第43条" in w.text.zh for w in old.warnings)


# F19 — one of several joint agents acting alone (166).
def test_f19_one_of_several_joint_agents_acting_alone_is_acting_without_authority() -> None:
    session = ag("counterparty", "2024-05-01", "one_of_joint", "refused", "good_faith", *T)
    result = session.result()
    assert result.outcome.code == "AG-D"
    (caution,) = [w for w in result.warnings if "共同行使代理权" in w.text.zh]
    assert [library().cite(c, "zh") for c in caution.basis] == ["民法典第166条"]
    assert "请律师核对原文" in caution.text.zh
    several = ag("counterparty", "2024-05-01", "several_agents", *T).result()
    assert "按无权代理处理" in several.summary.zh


# F20 — citations follow the version of the facts.
def test_f20_the_old_enforcement_text_and_the_version_of_the_start_of_limitation() -> None:
    result = ag(*STORY_25).result()
    assert any("2021年修正本第246条" in w.text.zh for w in result.warnings)
    knew = tree("agency").node("knew_date")
    assert len(knew.citations) == 3 and all(c.when is not None for c in knew.citations)
    act = tree("agency").node("act_date")
    assert "合同法" in act.help.why.zh


# F21, F22 — authors' remarks, wording.
def test_f22_wording() -> None:
    several = report(ag("principal", "2022-08-01", "several_agents", *tail("2023-02-10")))
    assert "等各受托人" not in several and "（代理人（" not in several
    history = tree("agency").node("history")
    assert "结束日" in history.help.why.zh
    for answers in (STORY_27, STORY_25):
        assert "本工具" not in report(ag(*answers))
    should = ag(
        "counterparty", "2016-05-01", "illegal", ("agent_knew",), "should_only", *OLD_T
    ).result()
    assert any(w.kind == "contested" and "第67条" in w.text.zh for w in should.warnings)


# Events against one of several agents (main's per-person rows): the routes of 连带 liability
# share an interruption among the persons of a side (诉讼时效规定15(2)); the others do not.
TWO_AGENTS = {"agent": ("张三", "李四")}


def on_one(*answers: Any) -> Session:
    session = Session(tree("agency"), ON)
    session.set_names(TWO_AGENTS)
    for answer in answers:
        session.answer(answer)
    return session


def rows(session: Session) -> dict[str, Any]:
    return {
        d.person or "*": d.deadline
        for d in session.result().deadlines
        if d.spec.kind == "limitation"
    }


def iou(person: str, on: str = "2024-01-05", kind: str = "acknowledgement") -> Event:
    return Event(kind, date.fromisoformat(on), party="agent", person=person)  # type: ignore[arg-type]


def test_an_iou_by_one_of_two_joint_agents_interrupts_for_both() -> None:
    """Story 13: 张三 alone signed the IOU; under 932 李四 owes jointly, so it reaches him."""
    session = on_one(
        "principal",
        "2022-08-01",
        "several_agents",
        *tail("2023-02-10", Decimal(300000), [iou("张三")]),
    )
    found = rows(session)
    assert list(found) == ["张三", "李四"]
    assert {d.end for d in found.values()} == {date(2027, 1, 5)}
    assert all(d.status != "passed" for d in found.values())
    result = session.result()
    assert "届满" not in result.summary.zh.replace("届满前", "")
    assert any(
        "相互承担连带责任" in (d.spec.note.zh if d.spec.note else "") for d in result.deadlines
    )


def test_a_demand_on_one_of_two_actors_without_joint_liability_stays_with_him() -> None:
    """Acting without authority (171(3)): each actor's interruptions are his own."""
    session = on_one(
        "counterparty",
        "2022-03-01",
        *na("refused", "good_faith"),
        *tail("2022-06-01", events=[iou("张三", "2025-05-20", "demand")]),
    )
    found = rows(session)
    assert found["张三"].end == date(2028, 5, 22) and found["张三"].status != "passed"
    assert found["李四"].status == "passed"
    # One row passed, the other running: the outcome says neither "expired" nor "running".
    summary = session.result().summary.zh
    assert "诉讼时效已经届满" not in summary
