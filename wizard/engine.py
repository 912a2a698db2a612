"""The interview engine: walks a tree, keeps answers by node id, resolves the outcome.

Imports no Qt. A front end shows :attr:`Session.current`, sends the user's choice back with
:meth:`Session.answer`, and may :meth:`~Session.back`, :meth:`~Session.jump_to` an earlier
question or :meth:`~Session.change_answer`.

Answers are kept by node id (docs/decisions/001-answers-by-node-id.md): when a change takes the
path elsewhere, answers that fall off the path are set aside — never part of the path, the
result or the report — and offered again as defaults (:meth:`Session.remembered`) if the path
comes back to their question.

Format 2 answers (docs/tree-format.md): a date may be a ``MonthDate`` or ``UNKNOWN``; a multiple
choice is a tuple of choice ids; an amount a ``Decimal`` (or ``UNKNOWN``); the case's history a
tuple of ``deadlines.Event``. Conditions are three-valued (``wizard.conditions``); a finding
that rests on an unknown fact is reported with the facts to verify.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import TypeAlias

from wizard import deadlines
from wizard.amounts import Amount, amount_value
from wizard.answers import (
    EARLIEST_DATE,
    LATEST_DATE,
    UNKNOWN,
    MonthDate,
    Unknown,
    date_range,
    parse_amount_answer,
    parse_date_answer,
)
from wizard.conditions import Facts, evaluate, reads
from wizard.errors import EngineError
from wizard.model import (
    AllOf,
    AnyOf,
    BranchNode,
    ChoiceQuestion,
    Citation,
    Condition,
    DateQuestion,
    DeadlineSpec,
    EventsQuestion,
    Finding,
    FindingNode,
    InfoNode,
    IsUnknown,
    MoneyQuestion,
    MultiQuestion,
    Node,
    Not,
    Note,
    OutcomeNode,
    Question,
    ResultNode,
    Text,
    Tree,
    Undetermined,
    Warning,
)
from wizard.treegraph import longest_steps_to_outcome

#: A choice id, a date (full, month-only or unknown), several choice ids, an amount, the
#: case's history, or None for an info page.
Answer: TypeAlias = (
    str
    | date
    | MonthDate
    | Unknown
    | Decimal
    | tuple[str, ...]
    | tuple[deadlines.Event, ...]
    | None
)

__all__ = ["EARLIEST_DATE", "LATEST_DATE", "Answer", "Session"]


@dataclass(frozen=True)
class Step:
    """One step on the path: a page the user answered, or a step the engine took by itself."""

    node_id: str
    answer: Answer = None
    rule: int | None = None  # for branch steps: index of the rule taken, -1 for ``otherwise``
    auto: bool = False  # a branch or finding node the engine passed without asking
    reads: frozenset[str] = frozenset()  # branch steps: the questions its rules read

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
    #: The chosen label (Text), the labels chosen (tuple of Text), a date, MonthDate, UNKNOWN,
    #: an amount, the events recorded, or None for a step the engine took.
    answer: object
    significance: Text | None
    citations: tuple[Citation, ...]


#: The row of a per-person deadline for the persons of a party no event named, when the
#: party's names are not known (the report calls them "the others").
OTHERS = "<others>"


@dataclass(frozen=True)
class ComputedDeadline:
    """A deadline of the result: what the tree says of it, and what the engine computed."""

    spec: DeadlineSpec
    deadline: deadlines.Deadline  # status "missing" when its start date is not known
    request: deadlines.DeadlineRequest  # what was computed (the calculator window reopens it)
    #: The one person of ``party`` this row is for, when the history named persons of a party
    #: that holds several names ("" for the whole party, or for the persons no event named
    #: when their names are not known: ``OTHERS``).
    person: str = ""
    party: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.spec.id, self.party, self.person)


@dataclass(frozen=True)
class ResultPart:
    """What one finding node or the outcome contributes, resolved for this path."""

    node: ResultNode
    summary: Text  # the variant for this path (by side, …)
    findings: tuple[Finding, ...]  # ``depends_on``: the unknown facts each one rests on
    deadlines: tuple[ComputedDeadline, ...]
    warnings: tuple[Warning, ...]
    recourse: tuple[Text, ...]
    next_steps: tuple[Text, ...]
    evidence: tuple[Text, ...]
    citations: tuple[Citation, ...]  # the node's further citations
    defences: tuple[Text, ...] = ()


@dataclass(frozen=True)
class FactToVerify:
    """An answer the client did not know (or knew only to the month), and what turns on it."""

    question: Question
    answer: Answer
    findings: tuple[Finding, ...]  # the findings of this result that depend on it
    evidence: tuple[Text, ...]  # what would prove it
    effect: Text | None  # how each answer would change the findings


@dataclass(frozen=True)
class Result:
    """The outcome reached, with every finding node met on the way (``parts``, in path order)."""

    outcome: OutcomeNode
    parts: tuple[ResultPart, ...]
    reasoning: tuple[ReasoningStep, ...]
    facts_to_verify: tuple[FactToVerify, ...] = ()
    side: str | None = None

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(p.node.code for p in self.parts if p.findings or p.node is self.outcome)

    @property
    def summary(self) -> Text:
        return next(p.summary for p in self.parts if p.node is self.outcome)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(f for p in self.parts for f in p.findings)

    @property
    def deadlines(self) -> tuple[ComputedDeadline, ...]:
        seen: dict[tuple[str, str, str], ComputedDeadline] = {}
        for p in self.parts:
            for d in p.deadlines:
                seen.setdefault(d.key, d)
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
    def defences(self) -> tuple[Text, ...]:
        return tuple(dict.fromkeys(t for p in self.parts for t in p.defences))

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
        groups += [d.deadline.basis for d in self.deadlines]
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


def _tests_unknown(condition: Condition | None) -> bool:
    """Whether a condition asks about an unknown fact itself (``unknown``, ``undetermined``)."""
    match condition:
        case IsUnknown() | Undetermined():
            return True
        case AllOf(conditions=cs) | AnyOf(conditions=cs):
            return any(_tests_unknown(c) for c in cs)
        case Not(condition=c):
            return _tests_unknown(c)
    return False


def is_unknown_answer(node: Node, value: Answer) -> bool:
    """Whether an answer is "不清楚", or a date known only to the month."""
    if isinstance(value, Unknown | MonthDate):
        return True
    if isinstance(node, ChoiceQuestion) and isinstance(value, str):
        choice = node.choice(value)
        return bool(choice and choice.unknown)
    if isinstance(node, MultiQuestion) and isinstance(value, tuple):
        return any((c := node.choice(v)) is not None and c.unknown for v in value)
    return False


class Session:
    """One walk through one tree."""

    def __init__(self, tree: Tree, consultation: date | None = None) -> None:
        self.tree = tree
        self._consultation = consultation or date.today()
        self._names: dict[str, tuple[str, ...]] = {}
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
    def consultation(self) -> date:
        """The case's consultation date: conditions compare with it, deadlines count to it."""
        return self._consultation

    def set_consultation(self, day: date) -> None:
        """Change the consultation date; the path re-flows if a condition reads it."""
        if day == self._consultation:
            return
        self._consultation = day
        self._reflow()

    @property
    def names(self) -> Mapping[str, tuple[str, ...]]:
        """The parties' names by party id, as the case information gives them."""
        return self._names

    def set_names(self, names: Mapping[str, Sequence[str]]) -> None:
        """The parties' names: a history naming single persons makes per-person deadlines,
        and a condition on such a deadline depends on who the persons are."""
        cleaned = {party: tuple(n) for party, n in names.items() if n}
        if cleaned == self._names:
            return
        self._names = cleaned
        self._reflow()

    @property
    def side(self) -> str | None:
        """The client's side, once the tree's side question is answered."""
        question = self.tree.side_question
        value = self.answers.get(question.id) if question else None
        return value if isinstance(value, str) else None

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
        self._remembered[node_id] = self.checked(node, value)

    def snapshot(self) -> tuple[tuple[Step, ...], str]:
        """The state that decides what the user sees: the path and the current page."""
        return (tuple(self._steps), self._current)

    # --- actions ----------------------------------------------------------------------

    def answer(self, value: Answer = None) -> None:
        """Answer the current page and move on (for an info page, ``value`` is None)."""
        node = self.current
        value = self.checked(node, value)
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

    def _reflow(self) -> None:
        """Walk the path again from the start with the answers given (e.g. a new date)."""
        self._steps.clear()
        self._current = self.tree.start
        self._take_branches()
        self.replay_remembered()

    def fits(self, node: Node, value: Answer) -> bool:
        try:
            self.checked(node, value)
        except EngineError:
            return False
        return True

    # --- conditions and results ---------------------------------------------------------

    def facts(self) -> Facts:
        answers = self.answers
        return Facts(
            tree=self.tree,
            answers=answers,
            passed=frozenset(s.node_id for s in self._steps),
            consultation=self._consultation,
            deadline_range=self._named_range,
            amount=lambda amount_id: amount_value(self.tree, amount_id, answers),
            deadline_status=self._named_status,
        )

    def evaluate(self, condition: Condition | None) -> bool | None:
        """True, False, or None when an unknown fact leaves the condition open."""
        return evaluate(condition, self.facts())

    def holds(self, condition: Condition | None) -> bool:
        """Whether a condition surely holds on the answers of the current path."""
        return evaluate(condition, self.facts()) is True

    def amount(self, amount_id: str) -> Amount:
        """A money answer or a declared computation on this path."""
        return amount_value(self.tree, amount_id, self.answers)

    def _named_status(self, name: str) -> str | None:
        """The named deadline's status; computed per person, one status only if all agree
        (else None: whether it has passed depends on whom the question is about)."""
        spec = self.tree.named_deadline(name)
        if spec is None:
            return None
        statuses = {d.deadline.status for d in self._computed(spec, self._consultation)}
        return statuses.pop() if len(statuses) == 1 else None

    def _named_range(self, name: str) -> tuple[date, date] | None:
        spec = self.tree.named_deadline(name)
        if spec is None:
            return None
        rows = [d.deadline for d in self._computed(spec, self._consultation)]
        if any(d.end is None or d.latest_end is None for d in rows):
            return None
        return min(d.end for d in rows), max(d.latest_end for d in rows)  # type: ignore[type-var]

    def _computed(self, spec: DeadlineSpec, consultation: date) -> list[ComputedDeadline]:
        """The deadline's rows: one, or one per person when the history names persons."""
        persons = self._persons(spec)
        if not persons:
            request = self.deadline_request(spec)
            return [ComputedDeadline(spec, deadlines.compute(request, consultation), request)]
        rows = []
        for party, person in persons:
            request = self.deadline_request(spec, (party, person))
            rows.append(
                ComputedDeadline(
                    spec, deadlines.compute(request, consultation), request, person, party
                )
            )
        return rows

    def _persons(self, spec: DeadlineSpec) -> list[tuple[str, str]]:
        """(party, person) for each row of a deadline whose events name single persons."""
        if spec.events is None or spec.kind not in ("limitation", "enforcement"):
            return []
        recorded = self.answers.get(spec.events.question)
        named: dict[str, list[str]] = {}
        for event in recorded if isinstance(recorded, tuple) else ():
            if not isinstance(event, deadlines.Event) or not event.person:
                continue
            if spec.events.parties and event.party not in spec.events.parties:
                continue
            named.setdefault(event.party, [])
            if event.person not in named[event.party]:
                named[event.party].append(event.person)
        rows = []
        for party, persons in named.items():
            known = self._names.get(party, ())
            everyone = [*known, *(p for p in persons if p not in known)]
            rows.extend((party, person) for person in everyone)
            if not known:
                rows.append((party, OTHERS))
        return rows

    def result(self, consultation: date | None = None) -> Result:
        """The resolved outcome; deadlines are measured from ``consultation`` (default: the
        session's consultation date)."""
        outcome = self.outcome
        if outcome is None:
            raise EngineError("the interview has not reached an outcome yet")
        consultation = consultation or self._consultation
        positions = {s.node_id: i for i, s in enumerate(self._steps)}
        met = [self.tree.node(s.node_id) for s in self._steps if s.auto]
        nodes = [n for n in met if isinstance(n, FindingNode)] + [outcome]
        parts = []
        for node in nodes:
            position = positions.get(node.id, len(self._steps))
            parts.append(self._resolve(node, consultation, position))
        return Result(
            outcome=outcome,
            parts=tuple(parts),
            reasoning=self.reasoning(),
            facts_to_verify=self._facts_to_verify(parts),
            side=self.side,
        )

    def _resolve(self, node: ResultNode, consultation: date, position: int) -> ResultPart:
        facts = self.facts()

        def holds(condition: Condition | None) -> bool:
            return evaluate(condition, facts) is True

        def cites(citations: Iterable[Citation]) -> tuple[Citation, ...]:
            return tuple(c for c in citations if holds(c.when))

        def notes(items: Iterable[Note]) -> tuple[Text, ...]:
            return tuple(n.text for n in items if holds(n.when))

        route_reads = self._route_reads(position)
        findings = tuple(
            Finding(
                label=f.label,
                liable=f.liable,
                to_whom=f.to_whom,
                scope=f.scope,
                order=f.order,
                basis=cites(f.basis),
                sublabel=f.sublabel,
                # Its own condition counts only where it asks about an unknown fact itself: a
                # month-only date that decides the condition either way leaves nothing open.
                depends_on=self._unknown_among(
                    route_reads
                    | reads(f.when, self.tree)
                    | self._open_basis_reads(f.basis, facts)
                    | set(f.depends_on),
                    position,
                ),
            )
            for f in node.findings
            if holds(f.when)
        )
        computed = []
        for spec in node.deadlines:
            if not holds(spec.when):
                continue
            spec = replace(spec, basis=cites(spec.basis))
            computed.extend(self._computed(spec, consultation))
        summary = next((v.text for v in node.summary_variants if holds(v.when)), node.summary)
        return ResultPart(
            node=node,
            summary=summary,
            findings=findings,
            deadlines=tuple(computed),
            warnings=tuple(
                Warning(w.kind, w.text, cites(w.basis)) for w in node.warnings if holds(w.when)
            ),
            recourse=notes(node.recourse),
            next_steps=notes(node.next_steps),
            evidence=notes(node.evidence),
            citations=cites(node.citations),
            defences=notes(node.defences),
        )

    def _route_reads(self, position: int) -> set[str]:
        """The questions that decided the route to the step at ``position``: what the branch
        rules before it read when an unknown or month-only fact took part in the decision, and
        choice questions answered "不清楚" (their answer *is* the route). Conservative: a
        finding after such a decision is marked as resting on the fact even where the paths
        rejoin, since its wording or markers may still turn on it."""
        found: set[str] = set()
        for step in self._steps[:position]:
            if step.auto:
                found |= step.reads
            else:
                node = self.tree.node(step.node_id)
                if isinstance(node, ChoiceQuestion) and is_unknown_answer(node, step.answer):
                    found.add(node.id)
        return found

    def _open_basis_reads(self, basis: Iterable[Citation], facts: Facts) -> set[str]:
        """The facts an unknown answer leaves open for choosing the finding's articles (e.g. the
        law version when the date is not known)."""
        found: set[str] = set()
        for citation in basis:
            if citation.when is not None and evaluate(citation.when, facts) is None:
                found |= reads(citation.when, self.tree)
        return found

    def _unknown_among(self, question_ids: set[str], position: int) -> tuple[str, ...]:
        """Those of ``question_ids`` answered "不清楚" or month-only before ``position``."""
        unknown = []
        for step in self._steps[:position]:
            if (
                step.is_page
                and step.node_id in question_ids
                and is_unknown_answer(self.tree.node(step.node_id), step.answer)
            ):
                unknown.append(step.node_id)
        return tuple(unknown)

    def _facts_to_verify(self, parts: list[ResultPart]) -> tuple[FactToVerify, ...]:
        facts = []
        for step in self._steps:
            if not step.is_page:
                continue
            node = self.tree.node(step.node_id)
            if not is_unknown_answer(node, step.answer):
                continue
            assert not isinstance(node, InfoNode | BranchNode | FindingNode | OutcomeNode)
            verify = getattr(node, "verify", None)
            facts.append(
                FactToVerify(
                    question=node,
                    answer=step.answer,
                    findings=tuple(f for p in parts for f in p.findings if node.id in f.depends_on),
                    evidence=verify.evidence if verify else (),
                    effect=verify.effect if verify else None,
                )
            )
        return tuple(facts)

    def deadline_request(
        self, spec: DeadlineSpec, person: tuple[str, str] | None = None
    ) -> deadlines.DeadlineRequest:
        """What to compute for a deadline of the tree on this path (for one person of a party,
        when ``person`` is (party, name))."""
        answers = self.answers
        start: date | MonthDate | Unknown | None = None
        missing: Text | str = spec.start
        start_label: Text | str = ""
        if spec.start_event is not None:
            start, missing = self._event_start(spec)
        else:
            value = answers.get(spec.start)
            if isinstance(value, date | MonthDate | Unknown):
                start = value
            question = self.tree.node(spec.start) if self.tree.has_node(spec.start) else None
            if isinstance(question, DateQuestion):
                missing = question.label or question.text
                start_label = question.label or ""
        events: tuple[deadlines.Event, ...] = ()
        if spec.events is not None and spec.kind in ("limitation", "enforcement"):
            events = self._events_for(spec, person)
        cap = answers.get(spec.cap_from) if spec.cap_from else None
        return deadlines.DeadlineRequest(
            kind=spec.kind,
            start=start,
            period=spec.period,
            events=events,
            basis=spec.basis,
            cap_start=cap if isinstance(cap, date | MonthDate) else None,
            start_label=start_label,
            missing_label=missing,
        )

    def _event_start(self, spec: DeadlineSpec) -> tuple[date | MonthDate | None, Text | str]:
        assert spec.start_event is not None
        from wizard.deadline_text import strings  # the events' names, for "missing: …"

        source = spec.start_event
        names = strings()
        missing = Text(
            zh="、".join(names["zh"]["events"][k] for k in source.kinds),
            en="; ".join(names["en"]["events"][k] for k in source.kinds),
        )
        recorded = self.answers.get(source.question)
        found = [
            e
            for e in (recorded if isinstance(recorded, tuple) else ())
            if isinstance(e, deadlines.Event) and e.kind in source.kinds
        ]
        if not found:
            return None, missing
        latest = max(found, key=lambda e: date_range(e.on)[1])
        if source.use_until and latest.until is not None:
            return latest.until, missing
        return latest.on, missing

    def _events_for(
        self, spec: DeadlineSpec, person: tuple[str, str] | None = None
    ) -> tuple[deadlines.Event, ...]:
        """The events acting on the deadline — for one person: those against his party as a
        whole and against him; those against another person of the parties only as
        interruptions reaching him, and only if the persons are joint debtors."""
        source = spec.events
        assert source is not None
        recorded = self.answers.get(source.question)
        chosen = []
        for event in recorded if isinstance(recorded, tuple) else ():
            if not isinstance(event, deadlines.Event):
                continue
            if not source.parties or event.party in source.parties:
                if person is None or not event.person or (event.party, event.person) == person:
                    chosen.append(event)
                elif source.persons == "joint":
                    chosen.append(replace(event, joint=True))
            elif event.party in source.joint_parties:
                chosen.append(replace(event, joint=True))
        return tuple(chosen)

    def reasoning(self) -> tuple[ReasoningStep, ...]:
        """The path as the report's reasoning: each step with why it matters and its basis."""
        facts = self.facts()

        def cites(citations: Iterable[Citation]) -> tuple[Citation, ...]:
            return tuple(c for c in citations if evaluate(c.when, facts) is True)

        lines = []
        for step in self._steps:
            node = self.tree.node(step.node_id)
            match node:
                case ChoiceQuestion():
                    choice = node.choice(str(step.answer))
                    assert choice is not None
                    lines.append(
                        ReasoningStep(
                            node, choice.label, choice.significance, cites(choice.citations)
                        )
                    )
                case MultiQuestion():
                    chosen = [c for c in node.choices if c.id in (step.answer or ())]
                    meaning = [c.significance for c in chosen if c.significance is not None]
                    lines.append(
                        ReasoningStep(
                            node,
                            tuple(c.label for c in chosen),
                            Text(
                                zh="".join(m.zh for m in meaning),
                                en=" ".join(m.en for m in meaning),
                            )
                            if meaning
                            else None,
                            unique_citations(c for ch in chosen for c in cites(ch.citations)),
                        )
                    )
                case DateQuestion() | MoneyQuestion() | EventsQuestion():
                    lines.append(ReasoningStep(node, step.answer, node.significance, ()))
                case BranchNode():
                    rule = node.otherwise if step.rule == -1 else node.rules[step.rule or 0]
                    if rule.significance is not None or rule.citations:
                        lines.append(
                            ReasoningStep(node, None, rule.significance, cites(rule.citations))
                        )
                case FindingNode():
                    bases = (
                        c
                        for f in node.findings
                        if evaluate(f.when, facts) is True
                        for c in cites(f.basis)
                    )
                    lines.append(ReasoningStep(node, None, node.title, unique_citations(bases)))
                case InfoNode():
                    continue
        return tuple(lines)

    # --- internals --------------------------------------------------------------------

    def checked(self, node: Node, value: Answer) -> Answer:
        """The answer in its engine form; raises EngineError when it does not fit ``node``."""
        match node:
            case ChoiceQuestion():
                if not isinstance(value, str) or node.choice(value) is None:
                    offered = ", ".join(c.id for c in node.choices)
                    raise EngineError(f"{node.id}: '{value}' is not one of the choices ({offered})")
                return value
            case MultiQuestion():
                return self._checked_multi(node, value)
            case DateQuestion():
                return self._checked_date(node, value)
            case MoneyQuestion():
                return self._checked_money(node, value)
            case EventsQuestion():
                return self._checked_events(node, value)
            case InfoNode():
                if value is not None:
                    raise EngineError(f"{node.id}: an information page takes no answer")
                return None
            case OutcomeNode():
                raise EngineError("the interview is finished; go back to change an answer")
        raise EngineError(f"{node.id}: cannot be answered")

    def _checked_multi(self, node: MultiQuestion, value: Answer) -> tuple[str, ...]:
        if isinstance(value, str):
            value = tuple(v for v in value.split(",") if v)
        if not isinstance(value, tuple | list) or not value:
            raise EngineError(f"{node.id}: choose at least one")
        chosen = set(value)
        offered = [c.id for c in node.choices]
        unknown = chosen - set(offered)
        if unknown:
            first = sorted(unknown)[0]
            raise EngineError(
                f"{node.id}: '{first}' is not one of the choices ({', '.join(offered)})"
            )
        alone = [c.id for c in node.choices if (c.exclusive or c.unknown) and c.id in chosen]
        if alone and len(chosen) > 1:
            raise EngineError(f"{node.id}: '{alone[0]}' cannot be chosen with other answers")
        return tuple(c for c in offered if c in chosen)

    def _checked_date(self, node: DateQuestion, value: Answer) -> date | MonthDate | Unknown:
        if isinstance(value, str):
            try:
                value = parse_date_answer(value)
            except ValueError:
                raise EngineError(f"{node.id}: '{value}' is not a date (YYYY-MM-DD)") from None
        if isinstance(value, Unknown):
            if not node.allow_unknown:
                raise EngineError(f"{node.id}: this date must be given")
            return UNKNOWN
        if isinstance(value, MonthDate):
            if not node.allow_month:
                raise EngineError(f"{node.id}: give the day too (YYYY-MM-DD)")
            if value.last_day < EARLIEST_DATE or value.first_day > LATEST_DATE:
                raise EngineError(f"{node.id}: {value} is outside the dates the wizard accepts")
            return value
        if not isinstance(value, date):
            raise EngineError(f"{node.id}: a date is required")
        if not EARLIEST_DATE <= value <= LATEST_DATE:
            raise EngineError(
                f"{node.id}: {value.isoformat()} is outside "
                f"{EARLIEST_DATE.isoformat()}–{LATEST_DATE.isoformat()}"
            )
        return value

    def _checked_money(self, node: MoneyQuestion, value: Answer) -> Decimal | Unknown:
        if isinstance(value, str):
            try:
                value = parse_amount_answer(value)
            except ValueError as exc:
                raise EngineError(f"{node.id}: {exc}") from None
        if isinstance(value, Unknown):
            if not node.allow_unknown:
                raise EngineError(f"{node.id}: this amount must be given")
            return UNKNOWN
        if not isinstance(value, Decimal) or value < 0:
            raise EngineError(f"{node.id}: an amount in yuan is required")
        return value

    def _checked_events(self, node: EventsQuestion, value: Answer) -> tuple[deadlines.Event, ...]:
        if not isinstance(value, tuple | list):
            raise EngineError(f"{node.id}: a list of events is required (it may be empty)")
        events = []
        for event in value:
            if not isinstance(event, deadlines.Event):
                raise EngineError(f"{node.id}: not an event: {event!r}")
            if event.kind not in node.kinds:
                raise EngineError(f"{node.id}: '{event.kind}' is not an event this question asks")
            if event.party and event.party not in node.parties:
                raise EngineError(f"{node.id}: '{event.party}' is not a party of this question")
            if event.person and not event.party:
                raise EngineError(f"{node.id}: an event names {event.person!r} but no party")
            for day in (event.on, event.until):
                if day is not None:
                    lo, hi = date_range(day)
                    if hi < EARLIEST_DATE or lo > LATEST_DATE:
                        raise EngineError(f"{node.id}: {day} is outside the dates accepted")
            if event.until is not None and date_range(event.until)[1] < date_range(event.on)[0]:
                raise EngineError(f"{node.id}: {event.kind} ends before it begins")
            events.append(event)
        return tuple(sorted(events, key=lambda e: date_range(e.on)[0]))

    def _next_of(self, node: Node, value: Answer) -> str:
        if isinstance(node, ChoiceQuestion):
            choice = node.choice(str(value))
            assert choice is not None
            return choice.next
        assert isinstance(
            node, MultiQuestion | DateQuestion | MoneyQuestion | EventsQuestion | InfoNode
        )
        return node.next

    def _take_branches(self) -> None:
        """Pass branch and finding nodes from the current node until a page to show."""
        guard = len(self.tree.nodes) + 1
        while isinstance(node := self.current, BranchNode | FindingNode):
            if isinstance(node, FindingNode):
                self._steps.append(Step(node.id, auto=True))
                self._current = node.next
            else:
                facts = self.facts()
                index = -1
                read: set[str] = set()
                open_fact = False  # an unknown or month-only fact decided the route
                for i, rule in enumerate(node.rules):
                    read |= reads(rule.when, self.tree)
                    value = evaluate(rule.when, facts)
                    open_fact = open_fact or value is None
                    if value is True:
                        index = i
                        open_fact = open_fact or _tests_unknown(rule.when)
                        break
                rule = node.otherwise if index == -1 else node.rules[index]
                kept = frozenset(read) if open_fact else frozenset()
                self._steps.append(Step(node.id, None, index, auto=True, reads=kept))
                self._current = rule.next
            guard -= 1
            if guard < 0:
                raise EngineError(f"{node.id}: automatic steps loop without reaching a page")
