"""The interview engine: walks a tree, keeps answers by node id, resolves the outcome.

Imports no Qt. A front end shows :attr:`Session.current`, sends the user's choice back with
:meth:`Session.answer`, and may :meth:`~Session.back`, :meth:`~Session.jump_to` an earlier
question or :meth:`~Session.change_answer`.

Answers are kept by node id (docs/decisions/001-answers-by-node-id.md): when a change takes the
path elsewhere, answers that fall off the path are set aside — never part of the path, the
result or the report — and offered again as defaults (:meth:`Session.remembered`) if the path
comes back to their question.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeAlias

from wizard import deadlines
from wizard.errors import EngineError
from wizard.model import (
    AllOf,
    AnswerIn,
    AnyOf,
    BranchNode,
    ChoiceQuestion,
    Citation,
    Condition,
    DateBefore,
    DateOnOrAfter,
    DateQuestion,
    DeadlineSpec,
    Finding,
    FindingNode,
    InfoNode,
    Node,
    Not,
    Note,
    OutcomeNode,
    Reached,
    ResultNode,
    Text,
    Tree,
    Warning,
)
from wizard.treegraph import longest_steps_to_outcome

Answer: TypeAlias = str | date | None  # choice id, date, or None for an info page

#: Dates outside this range are surely typing mistakes.
EARLIEST_DATE = date(1949, 10, 1)
LATEST_DATE = date(2100, 12, 31)


@dataclass(frozen=True)
class Step:
    """One step on the path: a page the user answered, or a step the engine took by itself."""

    node_id: str
    answer: Answer = None
    rule: int | None = None  # for branch steps: index of the rule taken, -1 for ``otherwise``
    auto: bool = False  # a branch or finding node the engine passed without asking

    @property
    def is_page(self) -> bool:
        return not self.auto


@dataclass(frozen=True)
class Progress:
    steps_taken: int  # pages answered so far
    longest_remaining: int  # most pages that may still come, the current one included


@dataclass(frozen=True)
class ReasoningStep:
    """A line of the report's reasoning path."""

    node: Node
    answer: Text | date | None  # the chosen label, the date entered, or None
    significance: Text | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class ComputedDeadline:
    """A deadline of the result: what the tree says of it, and what the engine computed."""

    spec: DeadlineSpec
    deadline: deadlines.Deadline  # status "missing" when its start date is not known
    request: deadlines.DeadlineRequest  # what was computed (the calculator window reopens it)


@dataclass(frozen=True)
class ResultPart:
    """What one finding node or the outcome contributes, resolved for this path."""

    node: ResultNode
    findings: tuple[Finding, ...]
    deadlines: tuple[ComputedDeadline, ...]
    warnings: tuple[Warning, ...]
    recourse: tuple[Text, ...]
    next_steps: tuple[Text, ...]
    evidence: tuple[Text, ...]
    citations: tuple[Citation, ...]  # the node's further citations


@dataclass(frozen=True)
class Result:
    """The outcome reached, with every finding node met on the way (``parts``, in path order)."""

    outcome: OutcomeNode
    parts: tuple[ResultPart, ...]
    reasoning: tuple[ReasoningStep, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.node.code for p in self.parts if p.findings or p.node is self.outcome)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for p in self.parts for f in p.findings)

    @property
    def deadlines(self) -> tuple[ComputedDeadline, ...]:
        seen: dict[str, ComputedDeadline] = {}
        for p in self.parts:
            for d in p.deadlines:
                seen.setdefault(d.spec.id, d)
        return tuple(seen.values())

    @property
    def warnings(self) -> tuple[Warning, ...]:
        return tuple(dict.fromkeys(w for p in self.parts for w in p.warnings))

    @property
    def recourse(self) -> tuple[Text, ...]:
        return tuple(dict.fromkeys(t for p in self.parts for t in p.recourse))

    @property
    def next_steps(self) -> tuple[Text, ...]:
        return tuple(dict.fromkeys(t for p in self.parts for t in p.next_steps))

    @property
    def evidence(self) -> tuple[Text, ...]:
        return tuple(dict.fromkeys(t for p in self.parts for t in p.evidence))

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The parts' further citations, each once."""
        return unique_citations(c for p in self.parts for c in p.citations)

    @property
    def all_citations(self) -> tuple[Citation, ...]:
        """Every article cited on the path and in the result, once each, in order of use."""
        seen: dict[tuple[str, int], Citation] = {}
        groups: list[Iterable[Citation]] = [s.citations for s in self.reasoning]
        groups += [f.basis for f in self.findings]
        groups += [d.spec.basis for d in self.deadlines]
        groups += [w.basis for w in self.warnings]
        groups.append(self.citations)
        for group in groups:
            for c in group:
                seen.setdefault((c.law, c.article), c)
        return tuple(seen.values())


def unique_citations(citations: Iterable[Citation]) -> tuple[Citation, ...]:
    """Each cited article, paragraph and item once, in the order first cited."""
    first: dict[tuple[str, int, int | None, int | None], Citation] = {}
    for citation in citations:
        first.setdefault(citation.key, citation)
    return tuple(first.values())


class Session:
    """One walk through one tree."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self._longest = longest_steps_to_outcome(tree)
        self._steps: list[Step] = []
        self._remembered: dict[str, Answer] = {}
        self._acknowledged: set[str] = set()  # info pages the user has read
        self._current = tree.start
        self._take_branches()

    # --- state ------------------------------------------------------------------------

    @property
    def current(self) -> Node:
        """The page to show: a question, an info page or the outcome (never a branch)."""
        return self.tree.node(self._current)

    @property
    def path(self) -> tuple[Step, ...]:
        return tuple(self._steps)

    @property
    def answers(self) -> dict[str, Answer]:
        """Answers on the current path only, by node id."""
        return {s.node_id: s.answer for s in self._steps if s.is_page}

    @property
    def is_finished(self) -> bool:
        return isinstance(self.current, OutcomeNode)

    @property
    def outcome(self) -> OutcomeNode | None:
        node = self.current
        return node if isinstance(node, OutcomeNode) else None

    @property
    def can_go_back(self) -> bool:
        return any(s.is_page for s in self._steps)

    @property
    def progress(self) -> Progress:
        taken = sum(1 for s in self._steps if s.is_page)
        return Progress(taken, self._longest[self._current])

    def remembered(self, node_id: str) -> Answer:
        """The answer given earlier at ``node_id`` (on or off the path), as a default."""
        return self._remembered.get(node_id)

    def remembered_answers(self) -> dict[str, Answer]:
        """Every answer given in this session by node id, on and off the path."""
        return dict(self._remembered)

    def remember(self, node_id: str, value: Answer) -> None:
        """Offer ``value`` as the default when the path reaches ``node_id``."""
        node = self.tree.node(node_id)
        self._remembered[node_id] = self._checked(node, value)

    def snapshot(self) -> tuple[tuple[Step, ...], str]:
        """The state that decides what the user sees: the path and the current page."""
        return (tuple(self._steps), self._current)

    # --- actions ----------------------------------------------------------------------

    def answer(self, value: Answer = None) -> None:
        """Answer the current page and move on (for an info page, ``value`` is None)."""
        node = self.current
        value = self._checked(node, value)
        self._steps.append(Step(node.id, value))
        if value is None:
            self._acknowledged.add(node.id)
        else:
            self._remembered[node.id] = value
        self._current = self._next_of(node, value)
        self._take_branches()

    def back(self) -> None:
        """Return to the page answered last; its answer is kept as the default."""
        if not self.can_go_back:
            raise EngineError("already at the first question")
        while True:
            step = self._steps.pop()
            if step.is_page:
                self._current = step.node_id
                return

    def jump_to(self, node_id: str) -> None:
        """Go back to a page answered earlier on the path (the review page's "Change")."""
        index = next(
            (i for i, s in enumerate(self._steps) if s.node_id == node_id and s.is_page),
            None,
        )
        if index is None:
            raise EngineError(f"'{node_id}' is not a page on the current path")
        del self._steps[index:]
        self._current = node_id

    def change_answer(self, node_id: str, value: Answer) -> None:
        """Change an earlier answer and re-flow the path.

        Later pages that the new path still passes are answered again with what the user said
        before, so only questions that are new to the path stop the replay.
        """
        self.jump_to(node_id)
        self.answer(value)
        self.replay_remembered()

    def replay_remembered(self) -> None:
        """Answer pages from remembered answers until one has none, or an outcome is reached."""
        while not self.is_finished:
            node = self.current
            if isinstance(node, InfoNode):
                if node.id not in self._acknowledged:
                    return
                self.answer(None)
                continue
            value = self._remembered.get(node.id)
            if value is None or not self.fits(node, value):
                return
            self.answer(value)

    def fits(self, node: Node, value: Answer) -> bool:
        try:
            self._checked(node, value)
        except EngineError:
            return False
        return True

    # --- conditions and results ---------------------------------------------------------

    def holds(self, condition: Condition | None) -> bool:
        """Evaluate a condition on the answers of the current path."""
        if condition is None:
            return True
        answers = self.answers
        match condition:
            case DateBefore(question=q, switch=switch):
                value = answers.get(q)
                return isinstance(value, date) and value < switch
            case DateOnOrAfter(question=q, switch=switch):
                value = answers.get(q)
                return isinstance(value, date) and value >= switch
            case AnswerIn(question=q, choices=choices):
                return answers.get(q) in choices
            case Reached(node=node_id):
                return any(s.node_id == node_id for s in self._steps)
            case AllOf(conditions=cs):
                return all(self.holds(c) for c in cs)
            case AnyOf(conditions=cs):
                return any(self.holds(c) for c in cs)
            case Not(condition=c):
                return not self.holds(c)
        raise TypeError(f"not a condition: {condition!r}")

    def result(self, consultation: date | None = None) -> Result:
        """The resolved outcome; deadlines are measured from ``consultation`` (default today)."""
        outcome = self.outcome
        if outcome is None:
            raise EngineError("the interview has not reached an outcome yet")
        consultation = consultation or date.today()
        met = [self.tree.node(s.node_id) for s in self._steps if s.auto]
        nodes = [n for n in met if isinstance(n, FindingNode)] + [outcome]
        return Result(
            outcome=outcome,
            parts=tuple(self._resolve(node, consultation) for node in nodes),
            reasoning=self.reasoning(),
        )

    def _resolve(self, node: ResultNode, consultation: date) -> ResultPart:

        def cites(citations: Iterable[Citation]) -> tuple[Citation, ...]:
            return tuple(c for c in citations if self.holds(c.when))

        def notes(items: Iterable[Note]) -> tuple[Text, ...]:
            return tuple(n.text for n in items if self.holds(n.when))

        findings = tuple(
            Finding(
                label=f.label,
                liable=f.liable,
                to_whom=f.to_whom,
                scope=f.scope,
                order=f.order,
                basis=cites(f.basis),
                sublabel=f.sublabel,
            )
            for f in node.findings
            if self.holds(f.when)
        )
        computed = []
        for spec in node.deadlines:
            if not self.holds(spec.when):
                continue
            spec = replace(spec, basis=cites(spec.basis))
            request = self._deadline_request(spec)
            computed.append(
                ComputedDeadline(spec, deadlines.compute(request, consultation), request)
            )
        return ResultPart(
            node=node,
            findings=findings,
            deadlines=tuple(computed),
            warnings=tuple(
                Warning(w.kind, w.text, cites(w.basis)) for w in node.warnings if self.holds(w.when)
            ),
            recourse=notes(node.recourse),
            next_steps=notes(node.next_steps),
            evidence=notes(node.evidence),
            citations=cites(node.citations),
        )

    def reasoning(self) -> tuple[ReasoningStep, ...]:
        """The path as the report's reasoning: each step with why it matters and its basis."""
        lines = []
        for step in self._steps:
            node = self.tree.node(step.node_id)
            match node:
                case ChoiceQuestion():
                    choice = node.choice(str(step.answer))
                    assert choice is not None
                    lines.append(
                        ReasoningStep(
                            node,
                            choice.label,
                            choice.significance,
                            tuple(c for c in choice.citations if self.holds(c.when)),
                        )
                    )
                case DateQuestion():
                    lines.append(
                        ReasoningStep(node, step.answer, node.significance, ())  # type: ignore[arg-type]
                    )
                case BranchNode():
                    rule = node.otherwise if step.rule == -1 else node.rules[step.rule or 0]
                    if rule.significance is not None or rule.citations:
                        lines.append(
                            ReasoningStep(
                                node,
                                None,
                                rule.significance,
                                tuple(c for c in rule.citations if self.holds(c.when)),
                            )
                        )
                case FindingNode():
                    bases = (
                        c
                        for f in node.findings
                        if self.holds(f.when)
                        for c in f.basis
                        if self.holds(c.when)
                    )
                    lines.append(ReasoningStep(node, None, node.title, unique_citations(bases)))
                case InfoNode():
                    continue
        return tuple(lines)

    def _deadline_request(self, spec: DeadlineSpec) -> deadlines.DeadlineRequest:
        start = self.answers.get(spec.start)
        question = self.tree.node(spec.start) if self.tree.has_node(spec.start) else None
        return deadlines.DeadlineRequest(
            kind=spec.kind,
            start=start if isinstance(start, date) else None,
            period=spec.period,
            basis=spec.basis,
            missing_label=question.text if isinstance(question, DateQuestion) else spec.start,
        )

    # --- internals --------------------------------------------------------------------

    def _checked(self, node: Node, value: Answer) -> Answer:
        match node:
            case ChoiceQuestion():
                if not isinstance(value, str) or node.choice(value) is None:
                    offered = ", ".join(c.id for c in node.choices)
                    raise EngineError(f"{node.id}: '{value}' is not one of the choices ({offered})")
                return value
            case DateQuestion():
                if isinstance(value, str):
                    try:
                        value = date.fromisoformat(value)
                    except ValueError:
                        raise EngineError(
                            f"{node.id}: '{value}' is not a date (YYYY-MM-DD)"
                        ) from None
                if not isinstance(value, date):
                    raise EngineError(f"{node.id}: a date is required")
                if not EARLIEST_DATE <= value <= LATEST_DATE:
                    raise EngineError(
                        f"{node.id}: {value.isoformat()} is outside "
                        f"{EARLIEST_DATE.isoformat()}–{LATEST_DATE.isoformat()}"
                    )
                return value
            case InfoNode():
                if value is not None:
                    raise EngineError(f"{node.id}: an information page takes no answer")
                return None
            case OutcomeNode():
                raise EngineError("the interview is finished; go back to change an answer")
        raise EngineError(f"{node.id}: cannot be answered")

    def _next_of(self, node: Node, value: Answer) -> str:
        if isinstance(node, ChoiceQuestion):
            choice = node.choice(str(value))
            assert choice is not None
            return choice.next
        assert isinstance(node, DateQuestion | InfoNode)
        return node.next

    def _take_branches(self) -> None:
        """Pass branch and finding nodes from the current node until a page to show."""
        guard = len(self.tree.nodes) + 1
        while isinstance(node := self.current, BranchNode | FindingNode):
            if isinstance(node, FindingNode):
                self._steps.append(Step(node.id, auto=True))
                self._current = node.next
            else:
                index = next((i for i, r in enumerate(node.rules) if self.holds(r.when)), -1)
                rule = node.otherwise if index == -1 else node.rules[index]
                self._steps.append(Step(node.id, None, index, auto=True))
                self._current = rule.next
            guard -= 1
            if guard < 0:
                raise EngineError(f"{node.id}: automatic steps loop without reaching a page")
