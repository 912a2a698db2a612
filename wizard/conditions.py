"""Evaluating a tree's declarative conditions on the facts of one path (three-valued).

A condition is True, False, or None — *undetermined* — when a fact it needs is unknown or known
only to the month and the answer would differ across its possible values (docs/tree-format.md,
"Facts not known"). A question not asked on the path makes its condition False, as in format 1.
``{"undetermined": c}`` is True exactly when ``c`` is None; texts and branch rules are taken only
when their condition is True.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wizard.answers import MonthDate, Unknown, date_range
from wizard.model import (
    AllOf,
    AmountCompare,
    AnswerIn,
    AnyOf,
    ChoiceQuestion,
    Condition,
    DateBefore,
    DateCompare,
    DateOnOrAfter,
    DateOperand,
    DeadlinePassed,
    EventRecorded,
    Includes,
    IsUnknown,
    MultiQuestion,
    Not,
    Reached,
    SideIn,
    Tree,
    Undetermined,
)

Truth = bool | None
Range = tuple[date, date]


@dataclass(frozen=True)
class Facts:
    """What a condition may read on one path."""

    tree: Tree
    answers: Mapping[str, object]
    passed: frozenset[str]  # node ids on the path, for ``reached``
    consultation: date
    #: The last day (earliest, latest) of a named deadline, or None when it has none.
    deadline_range: Callable[[str], Range | None]
    #: A money answer or computed amount: Decimal, UNKNOWN, or None when not asked.
    amount: Callable[[str], Decimal | Unknown | None]
    #: The status of a named deadline at the consultation date ("passed", "running" …).
    deadline_status: Callable[[str], str | None] = lambda _name: None

    @property
    def side(self) -> str | None:
        question = self.tree.side_question
        if question is None:
            return None
        value = self.answers.get(question.id)
        return value if isinstance(value, str) else None


def evaluate(condition: Condition | None, facts: Facts) -> Truth:
    """True, False, or None when an unknown or month-only fact leaves it open."""
    if condition is None:
        return True
    answers = facts.answers
    match condition:
        case DateBefore(question=q, switch=switch):
            return _compare(answers.get(q), "before", (switch, switch), asked=q in answers)
        case DateOnOrAfter(question=q, switch=switch):
            return _compare(answers.get(q), "on_or_after", (switch, switch), asked=q in answers)
        case DateCompare(question=q, op=op, operand=operand):
            if q not in answers:
                return False
            if operand.question is not None and operand.question not in answers:
                return False
            right = _operand_range(operand, facts)
            return _compare(answers.get(q), op, right, asked=True)
        case AnswerIn(question=q, choices=choices):
            return answers.get(q) in choices
        case SideIn(sides=sides):
            return facts.side in sides
        case IsUnknown(question=q, month_only=month_only):
            return _is_unknown(facts.tree, q, answers.get(q), month_only)
        case Includes(question=q, choices=choices, every=every):
            value = answers.get(q)
            if not isinstance(value, tuple):
                return False
            hits = [c in value for c in choices]
            return all(hits) if every else any(hits)
        case EventRecorded(question=q, kinds=kinds, parties=parties):
            events = answers.get(q)
            if not isinstance(events, tuple):
                return False
            return any(
                getattr(e, "kind", None) in kinds
                and (not parties or getattr(e, "party", "") in parties)
                for e in events
            )
        case AmountCompare(amount=a, op=op, other=other, fixed=fixed):
            left = facts.amount(a)
            right = fixed if other is None else facts.amount(other)
            if left is None or right is None:
                return False
            if isinstance(left, Unknown) or isinstance(right, Unknown):
                return None
            return left > right if op == "above" else left <= right
        case DeadlinePassed(deadline=name, passed=passed):
            status = facts.deadline_status(name)
            if status in (None, "uncertain", "missing"):
                return None
            return (status == "passed") == passed
        case Undetermined(condition=c):
            return evaluate(c, facts) is None
        case Reached(node=node_id):
            return node_id in facts.passed
        case AllOf(conditions=cs):
            values = [evaluate(c, facts) for c in cs]
            if any(v is False for v in values):
                return False
            return None if any(v is None for v in values) else True
        case AnyOf(conditions=cs):
            values = [evaluate(c, facts) for c in cs]
            if any(v is True for v in values):
                return True
            return None if any(v is None for v in values) else False
        case Not(condition=c):
            value = evaluate(c, facts)
            return None if value is None else not value
    raise TypeError(f"not a condition: {condition!r}")


def _is_unknown(tree: Tree, question_id: str, value: object, month_only: bool) -> bool:
    if month_only:
        return isinstance(value, MonthDate)
    if isinstance(value, Unknown):
        return True
    if not tree.has_node(question_id):
        return False
    node = tree.node(question_id)
    if isinstance(node, ChoiceQuestion) and isinstance(value, str):
        choice = node.choice(value)
        return bool(choice and choice.unknown)
    if isinstance(node, MultiQuestion) and isinstance(value, tuple):
        return any((c := node.choice(v)) is not None and c.unknown for v in value)
    return False


def _operand_range(operand: DateOperand, facts: Facts) -> Range | None:
    if operand.fixed is not None:
        return operand.fixed, operand.fixed
    if operand.consultation:
        return facts.consultation, facts.consultation
    if operand.question is not None:
        value = facts.answers.get(operand.question)
        return date_range(value) if isinstance(value, date | MonthDate) else None
    assert operand.deadline is not None
    return facts.deadline_range(operand.deadline)


def _compare(value: object, op: str, right: Range | None, asked: bool) -> Truth:
    if not asked:
        return False
    if not isinstance(value, date | MonthDate) or right is None:
        return None  # unknown date, or a deadline that cannot be computed
    lo, hi = date_range(value)
    r_lo, r_hi = right
    match op:
        case "before":
            return True if hi < r_lo else False if lo >= r_hi else None
        case "on_or_before":
            return True if hi <= r_lo else False if lo > r_hi else None
        case "after":
            return True if lo > r_hi else False if hi <= r_lo else None
        case "on_or_after":
            return True if lo >= r_hi else False if hi < r_lo else None
    raise ValueError(op)


# --- what a condition reads ---------------------------------------------------------------


def reads(condition: Condition | None, tree: Tree) -> set[str]:
    """The question ids a condition reads (named deadlines and amounts expanded)."""
    found: set[str] = set()
    stack: list[Condition] = [condition] if condition is not None else []
    while stack:
        match stack.pop():
            case DateBefore(question=q) | DateOnOrAfter(question=q) | AnswerIn(question=q):
                found.add(q)
            case DateCompare(question=q, operand=operand):
                found.add(q)
                if operand.question:
                    found.add(operand.question)
                if operand.deadline:
                    found |= deadline_reads(operand.deadline, tree)
            case IsUnknown(question=q) | Includes(question=q) | EventRecorded(question=q):
                found.add(q)
            case SideIn():
                if tree.side_question is not None:
                    found.add(tree.side_question.id)
            case AmountCompare(amount=a, other=other):
                found |= amount_reads(a, tree)
                if other:
                    found |= amount_reads(other, tree)
            case DeadlinePassed(deadline=name):
                found |= deadline_reads(name, tree)
            case Undetermined(condition=c) | Not(condition=c):
                stack.append(c)
            case AllOf(conditions=cs) | AnyOf(conditions=cs):
                stack.extend(cs)
    return found


def deadline_reads(name: str, tree: Tree) -> set[str]:
    spec = tree.named_deadline(name)
    if spec is None:
        return set()
    found = {spec.start} if spec.start else set()
    if spec.start_event:
        found.add(spec.start_event.question)
    if spec.events:
        found.add(spec.events.question)
    return found


def amount_reads(amount_id: str, tree: Tree, _seen: frozenset[str] = frozenset()) -> set[str]:
    """The money questions an amount is computed from (itself, if it is one)."""
    definition = tree.amount(amount_id)
    if definition is None:
        return {amount_id}
    if amount_id in _seen:
        return set()
    found: set[str] = set()
    for operand in definition.operands:
        found |= amount_reads(operand, tree, _seen | {amount_id})
    return found
