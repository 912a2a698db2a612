"""Golden paths of the agency tree (trees/agency.json, legal-coverage.md §5.2).

Each path is the answers in order: the side, the day of the agency act, what happened (and for
an unlawful matter who knew, for acting without authority whether the principal ratified and
what the counterparty believed), the day the claiming side learnt of its loss, the loss and the
history. Branch nodes are taken by the engine.
"""

from __future__ import annotations

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
CC_VOID = ["民法典第154条", "合同编通则解释第23条第1款"]

GOLDEN: list[tuple[str, list[Any], str, list[str], list[str]]] = [
    (
        "A_principal",
        ["principal", "2024-05-01", "collusion", *T],
        "AG-A",
        [JOINT, NONE],
        CC_COLLUSION + CC_VOID,
    ),
    (
        "A_agent",
        ["agent", "2024-05-01", "collusion", *T],
        "AG-A",
        [JOINT, NONE],
        CC_COLLUSION + CC_VOID,
    ),
    (
        "A_counterparty",
        ["counterparty", "2024-05-01", "collusion", *T],
        "AG-A",
        [JOINT, NONE],
        CC_COLLUSION + CC_VOID,
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
    (
        "B0_neither_knew",
        ["counterparty", "2024-05-01", "illegal", ("neither",), *T],
        "AG-B0",
        [NONE],
        ["民法典第167条"],
    ),
    (
        "B0_principal",
        ["principal", "2024-05-01", "illegal", ("neither",), *T],
        "AG-B0",
        [NONE],
        ["民法典第167条"],
    ),
    (
        "B0_agent",
        ["agent", "2024-05-01", "illegal", ("neither",), *T],
        "AG-B0",
        [NONE],
        ["民法典第167条"],
    ),
    (
        "R_counterparty",
        ["counterparty", "2024-05-01", "no_authority", "ratified", *T],
        "AG-R",
        [NONE],
        ["民法典第171条第1款", "民法典第503条"],
    ),
    (
        "R_principal",
        ["principal", "2024-05-01", "no_authority", "ratified", *T],
        "AG-R",
        [NONE],
        ["民法典第171条第1款", "民法典第503条"],
    ),
    (
        "R_agent",
        ["agent", "2024-05-01", "no_authority", "ratified", *T],
        "AG-R",
        [NONE],
        ["民法典第171条第1款", "民法典第503条"],
    ),
    (
        "C_principal",
        ["principal", "2024-05-01", "no_authority", "refused", "reason_to_believe", *T],
        "AG-C",
        [NONE, DAMAGES],
        ["民法典第172条", "民法典第164条第1款", "民法典第929条第2款"],
    ),
    (
        "C_counterparty",
        ["counterparty", "2024-05-01", "no_authority", "refused", "reason_to_believe", *T],
        "AG-C",
        [NONE, DAMAGES],
        ["民法典第172条", "民法典第164条第1款", "民法典第929条第2款"],
    ),
    (
        "C_agent",
        ["agent", "2024-05-01", "no_authority", "pending", "reason_to_believe", *T],
        "AG-C",
        [NONE, DAMAGES],
        ["民法典第172条", "民法典第164条第1款", "民法典第929条第2款"],
    ),
    (
        "D_counterparty",
        ["counterparty", "2024-05-01", "no_authority", "refused", "good_faith", *T],
        "AG-D",
        [DAMAGES, NONE],
        ["民法典第171条第3款", "民法典第171条第1款"],
    ),
    (
        "D_principal",
        ["principal", "2024-05-01", "no_authority", "pending", "good_faith", *T],
        "AG-D",
        [DAMAGES, NONE],
        ["民法典第171条第3款", "民法典第171条第1款"],
    ),
    (
        "D_agent",
        ["agent", "2024-05-01", "no_authority", "refused", "good_faith", *T],
        "AG-D",
        [DAMAGES, NONE],
        ["民法典第171条第3款", "民法典第171条第1款"],
    ),
    (
        "E_agent",
        ["agent", "2024-05-01", "no_authority", "refused", "knew", *T],
        "AG-E",
        [CORRESPONDING, NONE],
        ["民法典第171条第4款", "民法典第171条第1款"],
    ),
    (
        "E_counterparty",
        ["counterparty", "2024-05-01", "no_authority", "refused", "knew", *T],
        "AG-E",
        [CORRESPONDING, NONE],
        ["民法典第171条第4款", "民法典第171条第1款"],
    ),
    (
        "E_principal",
        ["principal", "2024-05-01", "no_authority", "refused", "knew", *T],
        "AG-E",
        [CORRESPONDING, NONE],
        ["民法典第171条第4款", "民法典第171条第1款"],
    ),
    (
        "E1_principal_old_law",
        ["principal", "2016-05-01", "no_authority", "refused", "knew", *tail("2016-06-01")],
        "AG-E1",
        [JOINT, NONE],
        ["民法通则第66条第4款", "民法通则第87条", "民法通则第66条第1款"],
    ),
    (
        "E1_counterparty",
        ["counterparty", "2016-05-01", "no_authority", "refused", "knew", *tail("2016-06-01")],
        "AG-E1",
        [JOINT, NONE],
        ["民法通则第66条第4款", "民法通则第87条", "民法通则第66条第1款"],
    ),
    (
        "E1_agent",
        ["agent", "2016-05-01", "no_authority", "refused", "knew", *tail("2016-06-01")],
        "AG-E1",
        [JOINT, NONE],
        ["民法通则第66条第4款", "民法通则第87条", "民法通则第66条第1款"],
    ),
    (
        "V_belief_unknown",
        ["counterparty", "2024-05-01", "no_authority", "refused", "unknown", *T],
        "AG-V",
        [DAMAGES, CORRESPONDING],
        ["民法典第171条第3款", "民法典第171条第4款"],
    ),
    (
        "V_principal",
        ["principal", "2024-05-01", "no_authority", "refused", "unknown", *T],
        "AG-V",
        [DAMAGES, CORRESPONDING],
        ["民法典第171条第3款", "民法典第171条第4款"],
    ),
    (
        "V_agent",
        ["agent", "2024-05-01", "no_authority", "refused", "unknown", *T],
        "AG-V",
        [DAMAGES, CORRESPONDING],
        ["民法典第171条第3款", "民法典第171条第4款"],
    ),
    (
        "Z_old_apparent_authority",
        [
            "counterparty",
            "2016-05-01",
            "no_authority",
            "refused",
            "reason_to_believe",
            *tail("2016-06-01"),
        ],
        "AG-Z",
        [DAMAGES],
        ["民法通则第66条第1款"],
    ),
    (
        "Z_principal",
        [
            "principal",
            "2016-05-01",
            "no_authority",
            "refused",
            "reason_to_believe",
            *tail("2016-06-01"),
        ],
        "AG-Z",
        [DAMAGES],
        ["民法通则第66条第1款"],
    ),
    (
        "Z_agent",
        [
            "agent",
            "2016-05-01",
            "no_authority",
            "refused",
            "reason_to_believe",
            *tail("2016-06-01"),
        ],
        "AG-Z",
        [DAMAGES],
        ["民法通则第66条第1款"],
    ),
    (
        "F_old_unclear",
        ["counterparty", "2016-05-01", "unclear", *tail("2016-06-01")],
        "AG-F",
        [JOINT],
        ["民法通则第65条第3款", "民法通则第87条"],
    ),
    (
        "F_principal",
        ["principal", "2016-05-01", "unclear", *tail("2016-06-01")],
        "AG-F",
        [JOINT],
        ["民法通则第65条第3款", "民法通则第87条"],
    ),
    (
        "F_agent_2019",
        ["agent", "2019-05-01", "unclear", *tail("2019-06-01")],
        "AG-F",
        [JOINT],
        ["民法通则第65条第3款", "民法总则第178条第1款"],
    ),
    (
        "G_new_unclear",
        ["counterparty", "2024-05-01", "unclear", *T],
        "AG-G",
        [NONE],
        ["民法典第178条第3款", "民法典第165条"],
    ),
    (
        "G_principal",
        ["principal", "2024-05-01", "unclear", *T],
        "AG-G",
        [NONE],
        ["民法典第178条第3款", "民法典第165条"],
    ),
    (
        "G_agent",
        ["agent", "2024-05-01", "unclear", *T],
        "AG-G",
        [NONE],
        ["民法典第178条第3款", "民法典第165条"],
    ),
    (
        "H_principal",
        ["principal", "2024-05-01", "several_agents", *T],
        "AG-H",
        [JOINT],
        ["民法典第932条", "民法典第178条第1款"],
    ),
    (
        "H_agent",
        ["agent", "2024-05-01", "several_agents", *T],
        "AG-H",
        [JOINT],
        ["民法典第932条", "民法典第178条第1款"],
    ),
    (
        "H_counterparty",
        ["counterparty", "2024-05-01", "several_agents", *T],
        "AG-H",
        [JOINT],
        ["民法典第932条", "民法典第178条第1款"],
    ),
    (
        "U_unknown",
        ["principal", "2024-05-01", "unknown", *T],
        "AG-U",
        [JOINT, DAMAGES],
        ["民法典第164条第2款", "民法典第167条", "民法典第178条第1款", "民法典第171条第3款"],
    ),
    (
        "U_agent",
        ["agent", "2024-05-01", "unknown", *T],
        "AG-U",
        [JOINT, DAMAGES],
        ["民法典第164条第2款", "民法典第167条", "民法典第178条第1款", "民法典第171条第3款"],
    ),
    (
        "U_counterparty",
        ["counterparty", "2024-05-01", "unknown", *T],
        "AG-U",
        [JOINT, DAMAGES],
        ["民法典第164条第2款", "民法典第167条", "民法典第178条第1款", "民法典第171条第3款"],
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
        ("2021-01-01", CC_COLLUSION + CC_VOID),
        ("2020-12-31", ["民法总则第164条第2款", "民法总则第178条第1款", "民法总则第154条"]),
        ("2017-10-01", ["民法总则第164条第2款", "民法总则第178条第1款", "民法总则第154条"]),
        ("2017-09-30", ["民法通则第66条第3款", "民法通则第87条", "民法通则第58条第1款第4项"]),
    ],
)
def test_the_law_follows_the_day_of_the_act(act: str, expected: list[str]) -> None:
    assert cited(ag("principal", act, "collusion", *tail("2024-10-01"))) == expected


def test_the_knowing_counterparty_trap_switches_on_2017_10_01() -> None:
    before = ag("principal", "2017-09-30", "no_authority", "refused", "knew", *tail("2017-10-15"))
    after = ag("principal", "2017-10-01", "no_authority", "refused", "knew", *tail("2017-10-15"))
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
        "agent", "2016-05-01", "no_authority", "refused", "good_faith", *tail("2016-06-01")
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
    result = ag("counterparty", "2024-05-01", "no_authority", "unknown", "good_faith", *T).result()
    assert all("ratified" in f.depends_on for f in result.findings)
    assert any("是否追认尚待核实" in w.text.zh for w in result.warnings)


def test_a_pending_ratification_brings_the_thirty_day_request() -> None:
    result = ag("counterparty", "2024-05-01", "no_authority", "pending", "good_faith", *T).result()
    assert any("三十日内" in s.zh for s in result.next_steps)
    refused = ag("counterparty", "2024-05-01", "no_authority", "refused", "good_faith", *T).result()
    assert not any("三十日内" in s.zh for s in refused.next_steps)


# --- limitation and history ----------------------------------------------------------------------


def limitation(session: Session) -> Any:
    (row,) = [d for d in session.result().deadlines if d.spec.kind == "limitation"]
    return row


def test_limitation_three_years_or_the_old_two() -> None:
    new = limitation(ag("principal", "2022-03-01", "collusion", *tail("2022-06-01")))
    assert (new.spec.id, new.deadline.end, new.deadline.status) == (
        "limitation",
        date(2025, 6, 3),
        "passed",
    )
    old = limitation(ag("principal", "2015-03-01", "collusion", *tail("2015-06-01")))
    assert (old.spec.id, old.deadline.end) == ("limitation_1986", date(2017, 6, 1))


def test_a_passed_limitation_changes_the_summary_and_the_defences() -> None:
    barred = ag("principal", "2022-03-01", "collusion", *tail("2022-06-01")).result()
    assert "诉讼时效已经届满" in barred.summary.zh
    agent = ag("agent", "2022-03-01", "collusion", *tail("2022-06-01")).result()
    assert any(
        d.zh.startswith("诉讼时效已经届满（见下方期限）：可以拒绝履行") for d in agent.defences
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
    assert "申请执行期间内申请强制执行" in result.summary.zh


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
