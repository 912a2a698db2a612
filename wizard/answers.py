"""Answer values beyond a choice id: partial and unknown dates, amounts, events.

Tree format 2 lets a worker say what the client actually knows: a date to the day, only the
month (``MonthDate``), or nothing (``UNKNOWN``); an amount in yuan; several facts at once; the
case's history as dated events. This module defines those values, parses what people type,
and encodes them for case files. It imports no Qt and knows nothing of trees.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final, TypeAlias

#: Dates outside this range are surely typing mistakes.
EARLIEST_DATE = date(1949, 10, 1)
LATEST_DATE = date(2100, 12, 31)

UNKNOWN_TEXT: Final = "unknown"


class Unknown:
    """The answer "不清楚 / 待核实": the client does not know. A singleton, ``UNKNOWN``."""

    _instance: Unknown | None = None

    def __new__(cls) -> Unknown:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __reduce__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = Unknown()


@dataclass(frozen=True, order=True)
class MonthDate:
    """A date known only to the month (e.g. "2024年6月")."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1–12")

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:
        return self.isoformat()


DateAnswer: TypeAlias = date | MonthDate | Unknown


def date_range(value: date | MonthDate) -> tuple[date, date]:
    """The earliest and latest day a (possibly month-only) date may be."""
    if isinstance(value, MonthDate):
        return value.first_day, value.last_day
    return value, value


class DateTextError(ValueError):
    """Typed text that is not a date; ``reason`` is one of the keys below, for messages."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.reason = reason  # "format", "impossible", "range", "month_not_allowed"
        self.text = text


_FULL_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
)
_MONTH_PATTERNS = (
    re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?$"),
    re.compile(r"^(\d{4})(\d{2})$"),
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９－／．　", "0123456789-/. ")


def parse_date_text(text: str, allow_month: bool = False) -> date | MonthDate:
    """Parse a date as people write it: ``2024-06-30``, ``2024/6/30``, ``2024年6月30日``,
    ``20240630``; with ``allow_month`` also ``2024-06``, ``2024/6``, ``2024年6月``, ``202406``.

    Raises:
        DateTextError: with ``reason`` "format" (not a date at all), "impossible" (2023-02-30),
            "range" (before 1949-10-01 or after 2100) or "month_not_allowed".
    """
    cleaned = text.strip().translate(_FULLWIDTH)
    for pattern in _FULL_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                value = date(year, month, day)
            except ValueError:
                raise DateTextError("impossible", text) from None
            if not EARLIEST_DATE <= value <= LATEST_DATE:
                raise DateTextError("range", text)
            return value
    for pattern in _MONTH_PATTERNS:
        match = pattern.match(cleaned)
        if match:
            if not allow_month:
                raise DateTextError("month_not_allowed", text)
            year, month = (int(g) for g in match.groups())
            if not 1 <= month <= 12:
                raise DateTextError("impossible", text)
            month_value = MonthDate(year, month)
            if month_value.last_day < EARLIEST_DATE or month_value.first_day > LATEST_DATE:
                raise DateTextError("range", text)
            return month_value
    raise DateTextError("format", text)


def parse_date_answer(text: str) -> DateAnswer:
    """A stored date answer: ``YYYY-MM-DD``, ``YYYY-MM`` or ``unknown`` (case files, CLI)."""
    if text == UNKNOWN_TEXT:
        return UNKNOWN
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return MonthDate(int(text[:4]), int(text[5:]))
    return date.fromisoformat(text)


def encode_date_answer(value: DateAnswer) -> str:
    return UNKNOWN_TEXT if isinstance(value, Unknown) else value.isoformat()


# --- amounts --------------------------------------------------------------------------

CENT = Decimal("0.01")
#: No claim a legal aid office sees comes near this; larger input is a typing mistake.
MAX_AMOUNT = Decimal("1000000000000")


class AmountTextError(ValueError):
    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.reason = reason  # "format", "negative", "range"
        self.text = text


_AMOUNT = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")


def parse_amount_text(text: str) -> Decimal:
    """An amount in yuan as typed: ``120000``, ``120,000.50``, ``12万`` (ten thousands),
    with or without ``元`` / ``¥``. Exact decimals, two places."""
    cleaned = text.strip().translate(_FULLWIDTH).replace("，", ",").replace("。", ".")
    cleaned = cleaned.removeprefix("¥").removeprefix("￥").removesuffix("元").strip()
    if cleaned.startswith("-"):
        raise AmountTextError("negative", text)
    factor = Decimal(1)
    if cleaned.endswith("万"):
        factor, cleaned = Decimal(10000), cleaned[:-1].strip()
    if factor != 1:
        if not re.fullmatch(r"\d+(?:\.\d{1,4})?", cleaned):
            raise AmountTextError("format", text)
        value = Decimal(cleaned) * factor
    else:
        match = _AMOUNT.match(cleaned)
        if not match:
            raise AmountTextError("format", text)
        value = Decimal(cleaned.replace(",", ""))
    if value > MAX_AMOUNT:
        raise AmountTextError("range", text)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_amount_answer(text: str) -> Decimal | Unknown:
    """A stored amount: a plain decimal string, or ``unknown``."""
    if text == UNKNOWN_TEXT:
        return UNKNOWN
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"'{text}' is not an amount") from None
    if not value.is_finite() or value < 0 or value > MAX_AMOUNT:
        raise ValueError(f"'{text}' is not an amount in range")
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(value: Decimal, lang: str = "zh") -> str:
    """``1,234,567.80元`` / ``CNY 1,234,567.80``."""
    figure = f"{value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
    return f"{figure}元" if lang == "zh" else f"CNY {figure}"
