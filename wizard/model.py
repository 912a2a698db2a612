"""The decision-tree model: immutable dataclasses built from a validated tree file.

Nothing here reads files or knows about Qt; ``wizard.treefile`` builds these objects and
``wizard.engine`` walks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
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


Condition = DateBefore | DateOnOrAfter | AnswerIn | Reached | AllOf | AnyOf | Not


# --- help and glossary ------------------------------------------------------------------


@dataclass(frozen=True)
class Help:
    why: Text | None = None
    examples: tuple[Text, ...] = ()
    glossary: tuple[str, ...] = ()


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


@dataclass(frozen=True)
class ChoiceQuestion:
    id: str
    text: Text
    choices: tuple[Choice, ...]
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)

    @property
    def successors(self) -> tuple[str, ...]:
        return tuple(c.next for c in self.choices)


@dataclass(frozen=True)
class DateQuestion:
    id: str
    text: Text
    next: str
    help: Help = field(default_factory=Help)
    citations: tuple[Citation, ...] = ()
    significance: Text | None = None

    @property
    def successors(self) -> tuple[str, ...]:
        return (self.next,)


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


@dataclass(frozen=True)
class Period:
    days: int = 0
    months: int = 0
    years: int = 0


DeadlineKind = Literal[
    "limitation", "guarantee_period", "enforcement", "appeal", "counter_notice", "other"
]


@dataclass(frozen=True)
class DeadlineSpec:
    id: str
    kind: DeadlineKind
    label: Text
    start: str  # id of the date question the period runs from
    period: Period
    basis: tuple[Citation, ...]
    note: Text | None = None
    when: Condition | None = None


@dataclass(frozen=True)
class Warning:
    kind: Literal["contested", "missing_fact", "unverified", "caution"]
    text: Text
    basis: tuple[Citation, ...] = ()
    when: Condition | None = None


@dataclass(frozen=True)
class Note:
    """A conditional list entry (recourse, next step, evidence item)."""

    text: Text
    when: Condition | None = None


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


Node = ChoiceQuestion | DateQuestion | InfoNode | BranchNode | FindingNode | OutcomeNode
Question = ChoiceQuestion | DateQuestion


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
    notes: tuple[Text, ...] = ()
    content_hash: str = ""
    source: str = ""  # the file it was read from, for messages

    def __post_init__(self) -> None:
        # An index by id; nodes are unique by id once the tree has validated.
        object.__setattr__(self, "_index", {n.id: n for n in self.nodes})
        object.__setattr__(self, "_glossary_index", {g.id: g for g in self.glossary})

    def node(self, node_id: str) -> Node:
        return self._index[node_id]  # type: ignore[attr-defined]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._index  # type: ignore[attr-defined]

    def term(self, term_id: str) -> GlossaryTerm:
        return self._glossary_index[term_id]  # type: ignore[attr-defined]

    @property
    def outcomes(self) -> tuple[OutcomeNode, ...]:
        return tuple(n for n in self.nodes if isinstance(n, OutcomeNode))

    @property
    def result_nodes(self) -> tuple[ResultNode, ...]:
        """Outcomes and finding nodes: every node that carries findings."""
        return tuple(n for n in self.nodes if isinstance(n, ResultNode))
