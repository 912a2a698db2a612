"""Random walks through every tree: always an outcome; back() restores the state exactly."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import EXAMPLE_TREE, FORMAT2_EXAMPLE, ROOT, library, shipped_tree_files, tree
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import CaseInfo
from wizard.deadlines import EVENTS_WITH_UNTIL, Event
from wizard.engine import Session
from wizard.model import (
    BranchNode,
    ChoiceQuestion,
    DateQuestion,
    EventsQuestion,
    FindingNode,
    InfoNode,
    MoneyQuestion,
    MultiQuestion,
    Node,
    Tree,
)
from wizard.report import ReportOptions, render_report
from wizard.treefile import load_tree

MULTI_ROUTE = ROOT / "tests" / "data" / "multi_route.json"
TREES = [load_tree(p) for p in [*shipped_tree_files(), EXAMPLE_TREE, FORMAT2_EXAMPLE, MULTI_ROUTE]]

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
            case DateQuestion() | MultiQuestion() | MoneyQuestion() | EventsQuestion() | InfoNode():
                expected = node.next
            case BranchNode():
                rule = node.otherwise if step.rule == -1 else node.rules[step.rule or 0]
                expected = rule.next
            case FindingNode():
                expected = node.next
    assert session.current.id == expected


AMOUNTS = st.decimals(min_value=0, max_value=10_000_000, places=2, allow_nan=False)


def _date_for(data: st.DataObject, node: DateQuestion) -> object:
    options = [DATES]
    if node.allow_month:
        options.append(DATES.map(lambda d: MonthDate(d.year, d.month)))
    if node.allow_unknown:
        options.append(st.just(UNKNOWN))
    return data.draw(st.one_of(options))


def _events_for(data: st.DataObject, node: EventsQuestion) -> tuple[Event, ...]:
    events = []
    for _ in range(data.draw(st.integers(0, 4))):
        kind = data.draw(st.sampled_from(node.kinds))
        on = data.draw(DATES)
        until = None
        if kind in EVENTS_WITH_UNTIL and data.draw(st.booleans()):
            until = data.draw(st.dates(min_value=on, max_value=date(2031, 12, 31)))
        party = data.draw(st.sampled_from(["", *node.parties]))
        events.append(Event(kind, on, until, party))
    return tuple(events)


def _answer_for(data: st.DataObject, node: Node) -> object:
    match node:
        case ChoiceQuestion():
            return data.draw(st.sampled_from([c.id for c in node.choices]))
        case MultiQuestion():
            alone = [c.id for c in node.choices if c.exclusive or c.unknown]
            others = [c.id for c in node.choices if c.id not in alone]
            if alone and data.draw(st.booleans()):
                return (data.draw(st.sampled_from(alone)),)
            return tuple(data.draw(st.lists(st.sampled_from(others), min_size=1, unique=True)))
        case DateQuestion():
            return _date_for(data, node)
        case MoneyQuestion():
            if node.allow_unknown and data.draw(st.booleans()):
                return UNKNOWN
            return data.draw(AMOUNTS)
        case EventsQuestion():
            return _events_for(data, node)
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
        # "Missing" is right for a date the client does not know or an event not recorded,
        # never for a date question this path did not ask.
        asked = deadline.request.start is not None or deadline.spec.start_event is not None
        assert asked, (
            f"{result.outcome.id}: deadline {deadline.spec.id} reads a date this path never asked"
        )
    for fact in result.facts_to_verify:
        assert fact.evidence, f"{fact.question.id}: unknown, with no evidence to settle it"
    names = CaseInfo(parties=tuple((p.id, ("某某",)) for p in t.parties))
    for lang in ("zh", "en"):
        html = render_report(session, names, library(), ReportOptions(lang=lang))
        for placeholder in ("{party.", "{amount.", "{date.", "{deadline."):
            assert placeholder not in html, f"{result.outcome.id}: {placeholder} left in the report"
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
