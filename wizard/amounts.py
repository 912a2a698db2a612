"""The declared computations over money answers (tree format 2, ``amounts``).

Exact decimals to the fen. An amount is UNKNOWN when an operand is unknown, and None when an
operand was not asked on the path. ``difference`` never goes below zero (what the debtor cannot
pay cannot be negative); ``fraction`` rounds half up to the fen.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

from wizard.answers import CENT, UNKNOWN, Unknown
from wizard.model import Tree

Amount = Decimal | Unknown | None


def amount_value(tree: Tree, amount_id: str, answers: Mapping[str, object]) -> Amount:
    """A money answer or a computed amount on this path."""
    return _value(tree, amount_id, answers, frozenset())


def _value(
    tree: Tree, amount_id: str, answers: Mapping[str, object], seen: frozenset[str]
) -> Amount:
    definition = tree.amount(amount_id)
    if definition is None:
        value = answers.get(amount_id)
        return value if isinstance(value, Decimal | Unknown) else None
    if amount_id in seen:  # a cycle; the validator reports it
        return None
    values = [_value(tree, o, answers, seen | {amount_id}) for o in definition.operands]
    if any(v is None for v in values):
        return None
    if any(isinstance(v, Unknown) for v in values):
        return UNKNOWN
    numbers: list[Decimal] = values  # type: ignore[assignment]
    match definition.op:
        case "sum":
            result = sum(numbers, Decimal(0))
        case "difference":
            result = max(numbers[0] - sum(numbers[1:], Decimal(0)), Decimal(0))
        case "min":
            result = min(numbers)
        case "fraction":
            result = numbers[0] * definition.numerator / definition.denominator
    return result.quantize(CENT, rounding=ROUND_HALF_UP)
