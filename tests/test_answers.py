"""Answer values: typed dates (full and month-only), unknown, amounts."""

from datetime import date
from decimal import Decimal

import pytest

from wizard.answers import (
    UNKNOWN,
    AmountTextError,
    DateTextError,
    MonthDate,
    encode_date_answer,
    format_amount,
    parse_amount_answer,
    parse_amount_text,
    parse_date_answer,
    parse_date_text,
)


@pytest.mark.parametrize(
    "text",
    [
        "2024-06-30",
        "2024/6/30",
        "2024年6月30日",
        "2024年6月30号",
        "20240630",
        " 2024.06.30 ",
        "２０２４－０６－３０",
        "2024 年 6 月 30 日",
    ],
)
def test_full_dates_as_typed(text):
    assert parse_date_text(text) == date(2024, 6, 30)


@pytest.mark.parametrize("text", ["2024-06", "2024/6", "2024年6月", "2024年6月份", "202406"])
def test_month_only_dates_where_allowed(text):
    assert parse_date_text(text, allow_month=True) == MonthDate(2024, 6)
    with pytest.raises(DateTextError) as exc:
        parse_date_text(text)
    assert exc.value.reason == "month_not_allowed"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-29", "impossible"),
        ("2024-13-01", "impossible"),
        ("2024年2月30日", "impossible"),
        ("1900-01-01", "range"),
        ("2101-01-01", "range"),
        ("6/30/2024", "format"),
        ("", "format"),
        ("tomorrow", "format"),
        ("2024-6-30-1", "format"),
    ],
)
def test_rejections_say_why(text, reason):
    with pytest.raises(DateTextError) as exc:
        parse_date_text(text, allow_month=True)
    assert exc.value.reason == reason


def test_leap_day_is_a_date():
    assert parse_date_text("2024-02-29") == date(2024, 2, 29)


def test_stored_date_answers_round_trip():
    for value in (date(2024, 6, 30), MonthDate(2024, 6), UNKNOWN):
        assert parse_date_answer(encode_date_answer(value)) == value
    assert MonthDate(2024, 2).last_day == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("120000", "120000.00"),
        ("120,000.5", "120000.50"),
        ("12万", "120000.00"),
        ("1.5万元", "15000.00"),
        ("¥3,000", "3000.00"),
        ("0", "0.00"),
    ],
)
def test_amounts_as_typed(text, value):
    assert parse_amount_text(text) == Decimal(value)


@pytest.mark.parametrize("text", ["-5", "1,00", "abc", "12.345", "9" * 20])
def test_bad_amounts(text):
    with pytest.raises(AmountTextError):
        parse_amount_text(text)


def test_stored_amounts_and_format():
    assert parse_amount_answer("unknown") is UNKNOWN
    assert parse_amount_answer("1234.5") == Decimal("1234.50")
    with pytest.raises(ValueError):
        parse_amount_answer("NaN")
    assert format_amount(Decimal("1234567.8")) == "1,234,567.80元"
    assert format_amount(Decimal("5"), "en") == "CNY 5.00"
