"""Random walks through every tree: always an outcome; back() restores the state exactly."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import EXAMPLE_TREE, ROOT, library, shipped_tree_files, tree
from wizard.engine import Session
from wizard.model import (
    BranchNode,
    ChoiceQuestion,
    DateQuestion,
    FindingNode,
    InfoNode,
    Node,
    Tree,
)
from wizard.treefile import load_tree

MULTI_ROUTE = ROOT / "tests" / "data" / "multi_route.json"
TREES = [load_tree(p) for p in [*shipped_tree_files(), EXAMPLE_TREE, MULTI_ROUTE]]

# Dates around every switch the trees use (2010–2030), and a few far ones.
DATES = st.one_of(
    st.dates(min_value=date(2005, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(
        [
            date(2019, 1, 1),
            date(2020, 12, 31),
            date(2021, 1, 1),
            date(2024, 6, 30),
            date(2024, 7, 1),
        ]
    ),
)


def _assert_path_is_valid(session: Session) -> None:
    """Each step leads to the next as the tree says; the path starts at the start node."""
    t = session.tree
    steps = session.path
    expected = t.start
    for step in steps:
        assert step.node_id == expected
        node = t.node(step.node_id)
        match node:
            case ChoiceQuestion():
                choice = node.choice(str(step.answer))
                assert choice is not None
                expected = choice.next
            case DateQuestion() | InfoNode():
                expected = node.next
            case BranchNode():
                rule = node.otherwise if step.rule == -1 else node.rules[step.rule or 0]
                expected = rule.next
            case FindingNode():
                expected = node.next
    assert session.current.id == expected


def _answer_for(data: st.DataObject, node: Node) -> object:
    if isinstance(node, ChoiceQuestion):
        return data.draw(st.sampled_from([c.id for c in node.choices]))
    if isinstance(node, DateQuestion):
        return data.draw(DATES)
    return None


@pytest.mark.parametrize("t", TREES, ids=lambda t: t.id)
@given(data=st.data())
def test_random_walk(t: Tree, data: st.DataObject) -> None:
    session = Session(t)
    actions = 0
    limit = 4 * len(t.nodes) + 20
    while not session.is_finished:
        actions += 1
        assert actions < limit, "the walk does not end"
        action = data.draw(st.sampled_from(["answer", "answer", "answer", "back", "change"]))
        pages = [s.node_id for s in session.path if s.is_page]
        if action == "back" and session.can_go_back:
            before_last_answer = _state_before_last_page(session)
            session.back()
            assert session.snapshot() == before_last_answer
        elif action == "change" and pages:
            target = data.draw(st.sampled_from(pages))
            session.change_answer(target, _answer_for(data, t.node(target)))  # type: ignore[arg-type]
        else:
            before = session.snapshot()
            session.answer(_answer_for(data, session.current))  # type: ignore[arg-type]
            if session.can_go_back and not session.is_finished:
                # back() after an answer restores exactly the state before it.
                session.back()
                assert session.snapshot() == before
                session.replay_remembered()
        _assert_path_is_valid(session)
    _assert_path_is_valid(session)
    result = session.result(data.draw(DATES))
    assert result.findings, f"{result.outcome.id}: no finding applies on this path"
    for finding in result.findings:
        assert finding.basis, f"{result.outcome.id}: a {finding.label} finding has no basis here"
    for citation in result.all_citations:
        assert library().check(citation) is None
    for deadline in result.deadlines:
        assert deadline.deadline.status != "missing", (
            f"{result.outcome.id}: deadline {deadline.spec.id} reads a date this path never asked"
        )
    answered = set(session.answers)
    assert all(
        r.node.id in answered or isinstance(r.node, BranchNode | FindingNode)
        for r in result.reasoning
    )


def _state_before_last_page(session: Session) -> object:
    """Replay the path minus its last page on a fresh session and take its snapshot."""
    steps = list(session.path)
    while steps and not steps[-1].is_page:
        steps.pop()
    steps.pop()
    fresh = Session(session.tree)
    for step in steps:
        if step.is_page:
            fresh.answer(step.answer)
    return fresh.snapshot()


def test_example_tree_is_included() -> None:
    assert any(t.id == tree("example_notice").id for t in TREES)
