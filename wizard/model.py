"""The decision-tree model: immutable dataclasses built from a validated tree file.

Nothing here reads files or knows about Qt; ``wizard.treefile`` builds these objects and
``wizard.engine`` walks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: The fixed top-level liability labels of legal-coverage.md §0.1, in display order.
LIABILITY_LABELS: tuple[str, ...] = (
    "连带责任",
    "补充责任",
    "一般保证责任",
    "按份责任",
    "不真正连带责任",
    "相应的责任",
    "出资责任",
    "赔偿责任",
    "有限责任",
    "无限责任",
    # The debtor's own debt, or a successor's (合并后的法人 under 民法典67(1)): the whole, alone,
    # as one's own — not jointly with anyone, not compensation for fault. Not in §0.1's list;
    # 赔偿责任 there means fault-based compensation, which misnames a debt taken over.
    "清偿责任",
    "不承担责任",
)

NO_LIABILITY = "不承担责任"


@dataclass(frozen=True)
class Text:
    """A user-visible text in both languages."""

    zh: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Citation:
    """A reference to an article, optionally to its paragraph (款) and item (项)."""

    law: str
    article: int
    paragraph: int | None = None
    item: int | None = None
    when: Condition | None = None

    @property
    def key(self) -> tuple[str, int, int | None, int | None]:
        return (self.law, self.article, self.paragraph, self.item)


# --- conditions -------------------------------------------------------------------------


@dataclass(frozen=True)
class DateBefore:
    """True when the date answered at ``question`` is strictly before ``switch``."""

    question: str
    switch: date


@dataclass(frozen=True)
class DateOnOrAfter:
    """True when the date answered at ``question`` is on or after ``switch``."""

    question: str
    switch: date


@dataclass(frozen=True)
class AnswerIn:
    """True when the choice answered at ``question`` is one of ``choices``."""

    question: str
    choices: tuple[str, ...]


CompareOp = Literal["before", "on_or_before", "after", "on_or_after"]


@dataclass(frozen=True)
class DateOperand:
    """The right-hand side of a date comparison: exactly one of the fields is set."""

    fixed: date | None = None  # a fixed day, e.g. a law's switch date
    question: str | None = None  # another date answer
    deadline: str | None = None  # the last day of a named deadline (definitions.deadlines)
    consultation: bool = False  # the consultation date ("today" of the case)


@dataclass(frozen=True)
class DateCompare:
    """True when the date at ``question`` is ``op`` the operand; undetermined (None) when a
    month-only or unknown date, or an uncomputable deadline, leaves it open."""

    question: str
    op: CompareOp
    operand: DateOperand


@dataclass(frozen=True)
class SideIn:
    """True when the client's side (the tree's side question) is one of ``sides``."""

    sides: tuple[str, ...]


@dataclass(frozen=True)
class IsUnknown:
    """True when the answer at ``question`` is "不清楚 / 待核实" (or month-only, if asked)."""

    question: str
    month_only: bool = False  # true for a date known only to the month instead


@dataclass(frozen=True)
class Includes:
    """Multiple choice: true when the answer includes any (or all) of ``choices``."""

    question: str
    choices: tuple[str, ...]
    every: bool = False


@dataclass(frozen=True)
class EventRecorded:
    """True when the case's history at ``question`` records an event of one of ``kinds``
    (against one of ``parties``, when given)."""

    question: str
    kinds: tuple[str, ...]
    parties: tuple[str, ...] = ()


@dataclass(frozen=True)
class AmountCompare:
    """True when amount ``amount`` (a money question or a computed amount) is above / at most
    the other amount or a fixed figure; undetermined when either is unknown."""

    amount: str
    op: Literal["above", "at_most"]
    other: str | None = None
    fixed: Decimal | None = None


@dataclass(frozen=True)
class DeadlinePassed:
    """True when the named deadline has passed at the consultation date (``passed`` false:
    when it has not); undetermined when month-only or unknown dates leave it open."""

    deadline: str
    passed: bool = True


@dataclass(frozen=True)
class Undetermined:
    """True when ``condition`` cannot be decided because a fact is unknown or month-only."""

    condition: Condition


@dataclass(frozen=True)
class Reached:
    """True when the path passes the node ``node`` (e.g. a finding node of another route)."""

    node: str


@dataclass(frozen=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    condition: Condition


Condition = (
    DateBefore
    | DateOnOrAfter
    | DateCompare
    | AnswerIn
    | SideIn
    | IsUnknown
    | Includes
    | EventRecorded
    | AmountCompare
    | DeadlinePassed
    | Undetermined
    | Reached
    | AllOf
    | AnyOf
    | Not
)


# --- help and glossary ------------------------------------------------------------------


@dataclass(frozen=True)
class Help:
    why: Text | None = None
    examples: tuple[Text, ...] = ()
    glossary: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verify:
    """For a fact the client may not know: what would prove it, and what turns on it."""

    evidence: tuple[Text, ...]
    effect: Text | None = None  # how each answer would change the findings


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: Text
    definition: Text


# --- nodes ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: str
    label: Text
    next: str
    significance: Text | None = None
    citations: tuple[Citation, ...] = ()
    unknown: bool = False  # the "不清楚 / 待核实" answer
    exclusive: bool = False  # multiple choice: chosen alone (e.g. "none of these")


@dataclass(frozen=True)
class ChoiceQuestion:
    """One answer out of several. ``asks_side``: the tree's side question, whose choice ids
    are the declared sides (format 2)."""

    id: str
    text: Text
    choices: tuple[Choice, ...]
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    asks_side: bool = False
    verify: Verify | None = None

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    @property
    def successors(self) -> tuple[str, ...]:
        return tuple(c.next for c in self.choices)

    @property
    def may_be_unknown(self) -> bool:
        return any(c.unknown for c in self.choices)


@dataclass(frozen=True)
class MultiQuestion:
    """Several facts that can hold at once (format 2): the answer is a set of choice ids."""

    id: str
    text: Text
    choices: tuple[Choice, ...]  # their ``next`` is unused: the node has one ``next``
    next: str
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    verify: Verify | None = None

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)

    @property
    def may_be_unknown(self) -> bool:
        return any(c.unknown for c in self.choices)


@dataclass(frozen=True)
class DateQuestion:
    id: str
    text: Text
    next: str
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    significance: Text | None = None
    allow_month: bool = False  # a date known only to the month (format 2)
    allow_unknown: bool = False  # "不清楚" (format 2)
    label: Text | None = None  # the date in a few words, e.g. 主债务履行期限届满日
    verify: Verify | None = None

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)

    @property
    def may_be_unknown(self) -> bool:
        return self.allow_unknown or self.allow_month


@dataclass(frozen=True)
class MoneyQuestion:
    """An amount in yuan, exact to the fen (format 2)."""

    id: str
    text: Text
    next: str
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    significance: Text | None = None
    allow_unknown: bool = False
    label: Text | None = None
    verify: Verify | None = None

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)

    @property
    def may_be_unknown(self) -> bool:
        return self.allow_unknown


@dataclass(frozen=True)
class EventsQuestion:
    """The case's history: a list of dated events (format 2); feeds the deadline engine."""

    id: str
    text: Text
    next: str
    kinds: tuple[str, ...]  # the event kinds offered (wizard.deadlines.EVENT_KINDS)
    parties: tuple[str, ...] = ()  # the party roles an event can be against
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    significance: Text | None = None

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)

    @property
    def may_be_unknown(self) -> bool:
        return False


@dataclass(frozen=True)
class InfoNode:
    id: str
    text: Text
    next: str
    body: Text | None = None
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class BranchRule:
    next: str
    when: Condition | None = None  # None: the ``otherwise`` rule
    significance: Text | None = None
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class BranchNode:
    """A step the engine takes by itself, from earlier answers (e.g. a date switch)."""

    id: str
    rules: tuple[BranchRule, ...]
    otherwise: BranchRule

    @property
    def successors(self) -> tuple[str, ...]:
        return (*(r.next for r in self.rules), self.otherwise.next)


# --- outcomes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """One liability finding: who answers to whom, for what, on what basis."""

    label: str
    liable: Text
    to_whom: Text
    scope: Text
    order: Text
    basis: tuple[Citation, ...]
    sublabel: Text | None = None
    when: Condition | None = None
    depends_on: tuple[str, ...] = ()  # questions whose unknown answer makes it conditional


@dataclass(frozen=True)
class Period:
    days: int = 0
    months: int = 0
    years: int = 0


DeadlineKind = Literal[
    "limitation", "guarantee_period", "enforcement", "appeal", "counter_notice", "other"
]


@dataclass(frozen=True)
class EventStart:
    """A deadline that runs from an event of the case's history (e.g. a judgment's last day
    of performance): the latest event of ``kinds`` at ``question``."""

    question: str
    kinds: tuple[str, ...]
    use_until: bool = False  # run from the event's second date (performance end) if given


@dataclass(frozen=True)
class EventSource:
    """Which events of the history act on a deadline: those against ``parties`` (all when
    empty) and, as interruptions reaching this debtor, those against ``joint_parties``
    (诉讼时效规定15(2))."""

    question: str
    parties: tuple[str, ...] = ()
    joint_parties: tuple[str, ...] = ()
    #: When events name single persons of these parties, the deadline is computed per person.
    #: "joint": the persons are 连带债务人 — an interruption against one reaches the others
    #: (诉讼时效规定15(2)); "separate": each person's events count for him alone.
    persons: Literal["joint", "separate"] = "separate"


@dataclass(frozen=True)
class DeadlineSpec:
    id: str
    kind: DeadlineKind
    label: Text
    start: str  # id of the date question the period runs from ("" when ``start_event``)
    period: Period
    basis: tuple[Citation, ...]
    note: Text | None = None
    when: Condition | None = None
    start_event: EventStart | None = None
    events: EventSource | None = None
    cap_from: str | None = None  # limitation: the date question of the damage (20 years)
    # The sides that must act by this deadline (the creditor, for his limitation); empty: every
    # side. To any other side the report shows it as the other side's deadline.
    acts: tuple[str, ...] = ()
    # A long-stop period (最长期间) of the deadline named here: the right ends at whichever
    # comes first, so this one is never the deadline to act on while that one is computed.
    long_stop_for: str | None = None


@dataclass(frozen=True)
class Warning:
    kind: Literal["contested", "missing_fact", "unverified", "caution"]
    text: Text
    basis: tuple[Citation, ...] = ()
    when: Condition | None = None
    any_side: bool = False  # written for every side (format 2: "side": "any")


@dataclass(frozen=True)
class Note:
    """A conditional list entry (recourse, next step, evidence item, defence, summary)."""

    text: Text
    when: Condition | None = None
    any_side: bool = False  # written for every side (format 2: "side": "any")


@dataclass(frozen=True)
class ResultNode:
    """What a result says: an outcome (a leaf) or a finding met on the way (``FindingNode``)."""

    id: str
    code: str
    title: Text
    summary: Text
    findings: tuple[Finding, ...]
    remaining_liability: Text | None = None
    deadlines: tuple[DeadlineSpec, ...] = ()
    recourse: tuple[Note, ...] = ()
    warnings: tuple[Warning, ...] = ()
    next_steps: tuple[Note, ...] = ()
    evidence: tuple[Note, ...] = ()
    citations: tuple[Citation, ...] = ()
    #: Format 2: the summary as variants (by side or other condition); the first that holds
    #: is the summary, ``summary`` itself when none does.
    summary_variants: tuple[Note, ...] = ()
    #: Format 2: what a person claimed against can answer (shown first for that side).
    defences: tuple[Note, ...] = ()


@dataclass(frozen=True)
class OutcomeNode(ResultNode):
    """A leaf: the interview ends here."""

    @property
    def successors(self) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True)
class FindingNode(ResultNode):
    """A finding recorded on the way, after which the interview goes on.

    Several legal routes can apply to one case (e.g. piercing against one shareholder and
    补充责任 of another): each route ends in a finding node, and the result lists every
    finding node on the path together with the final outcome.
    """

    next: str = ""

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)


Node = (
    ChoiceQuestion
    | MultiQuestion
    | DateQuestion
    | MoneyQuestion
    | EventsQuestion
    | InfoNode
    | BranchNode
    | FindingNode
    | OutcomeNode
)
Question = ChoiceQuestion | MultiQuestion | DateQuestion | MoneyQuestion | EventsQuestion
QUESTION_TYPES = (ChoiceQuestion, MultiQuestion, DateQuestion, MoneyQuestion, EventsQuestion)


# --- format 2: sides, parties, amounts ------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """A side the client can be on (claimant, person claimed against, co-debtor who paid …)."""

    id: str
    label: Text
    claimed_against: bool = False  # defences come first in the report


@dataclass(frozen=True)
class Party:
    """A party whose name the case information collects (platform, company, guarantors …)."""

    id: str
    label: Text
    many: bool = False


AmountOp = Literal["sum", "difference", "fraction", "min"]


@dataclass(frozen=True)
class AmountDef:
    """A declared computation over money answers (e.g. 担保制度解释17(1): half of what the
    debtor cannot pay). ``difference`` is never below zero; ``fraction`` is
    ``numerator/denominator`` of its one operand."""

    id: str
    op: AmountOp
    operands: tuple[str, ...]  # money question ids or other amount ids
    numerator: int = 1
    denominator: int = 1
    label: Text | None = None


# --- the tree ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Tree:
    id: str
    version: str
    domain: str
    title: Text
    description: Text
    last_legal_review: date
    laws: tuple[str, ...]
    start: str
    nodes: tuple[Node, ...]
    glossary: tuple[GlossaryTerm, ...] = ()
    notes: tuple[Text, ...] = ()  # authors' notes: never printed in a client's report
    content_hash: str = ""
    source: str = ""  # the file it was read from, for messages
    format_version: int = 1
    report_title: Text | None = None  # e.g. 保证责任评估报告
    sides: tuple[Side, ...] = ()
    parties: tuple[Party, ...] = ()
    amounts: tuple[AmountDef, ...] = ()
    #: Deadlines that conditions compare dates with (``{"deadline": name}``), by name.
    named_deadlines: tuple[tuple[str, DeadlineSpec], ...] = ()

    def __post_init__(self) -> None:
        # An index by id; nodes are unique by id once the tree has validated.
        index = {n.id: n for n in self.nodes}
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_glossary_index", {g.id: g for g in self.glossary})
        object.__setattr__(self, "_named_deadlines", dict(self.named_deadlines))
        # The distinct ids each node leads to that exist: graph walks read them many times.
        object.__setattr__(
            self,
            "_successors",
            {n.id: tuple(dict.fromkeys(x for x in n.successors if x in index)) for n in self.nodes},
        )

    def successors(self, node_id: str) -> tuple[str, ...]:
        """The distinct ids the node leads to that exist in the tree."""
        return self._successors[node_id]  # type: ignore[attr-defined,no-any-return]

    def node(self, node_id: str) -> Node:
        return self._index[node_id]  # type: ignore[attr-defined]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._index  # type: ignore[attr-defined]

    def term(self, term_id: str) -> GlossaryTerm:
        return self._glossary_index[term_id]  # type: ignore[attr-defined]

    @property
    def side_question(self) -> ChoiceQuestion | None:
        return next((n for n in self.nodes if isinstance(n, ChoiceQuestion) and n.asks_side), None)

    def side(self, side_id: str) -> Side | None:
        return next((s for s in self.sides if s.id == side_id), None)

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def amount(self, amount_id: str) -> AmountDef | None:
        return next((a for a in self.amounts if a.id == amount_id), None)

    def named_deadline(self, name: str) -> DeadlineSpec | None:
        return self._named_deadlines.get(name)  # type: ignore[attr-defined,no-any-return]

    @property
    def outcomes(self) -> tuple[OutcomeNode, ...]:
        return tuple(n for n in self.nodes if isinstance(n, OutcomeNode))

    @property
    def result_nodes(self) -> tuple[ResultNode, ...]:
        """Outcomes and finding nodes: every node that carries findings."""
        return tuple(n for n in self.nodes if isinstance(n, ResultNode))
