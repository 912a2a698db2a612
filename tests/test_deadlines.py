"""Period arithmetic of 民法典201–203 (legal-coverage.md §0.4)."""

from datetime import date

import pytest

from wizard.deadlines import add_period, compute, near_holiday, roll_past_rest_days
from wizard.model import Period


@pytest.mark.parametrize(
    ("start", "period", "end"),
    [
        # The start day is not counted: 15 days from 2024-08-20 end on 2024-09-04.
        (date(2024, 8, 20), Period(days=15), date(2024, 9, 4)),
        # Corresponding day of the last month (legal-coverage §0.4 examples).
        (date(2024, 8, 20), Period(months=6), date(2025, 2, 20)),
        (date(2024, 8, 31), Period(months=6), date(2025, 2, 28)),
        # Month-end rule in a leap year, and across the year end.
        (date(2023, 8, 31), Period(months=6), date(2024, 2, 29)),
        (date(2024, 1, 31), Period(months=1), date(2024, 2, 29)),
        (date(2023, 1, 31), Period(months=1), date(2023, 2, 28)),
        (date(2024, 10, 31), Period(months=4), date(2025, 2, 28)),
        (date(2024, 12, 15), Period(months=1), date(2025, 1, 15)),
        # Years from 29 February end on 28 February in a common year.
        (date(2024, 2, 29), Period(years=3), date(2027, 2, 28)),
        (date(2024, 2, 29), Period(years=4), date(2028, 2, 29)),
        (date(2022, 3, 1), Period(years=3), date(2025, 3, 1)),
        (date(2020, 12, 31), Period(years=2), date(2022, 12, 31)),
        # Days across a leap day.
        (date(2024, 2, 20), Period(days=15), date(2024, 3, 6)),
        (date(2023, 2, 20), Period(days=15), date(2023, 3, 7)),
    ],
)
def test_nominal_end(start: date, period: Period, end: date) -> None:
    assert add_period(start, period) == end


@pytest.mark.parametrize(
    ("day", "rolled"),
    [
        (date(2025, 3, 1), date(2025, 3, 3)),  # Saturday → Monday
        (date(2025, 3, 2), date(2025, 3, 3)),  # Sunday → Monday
        (date(2025, 3, 3), date(2025, 3, 3)),  # Monday stays
        (date(2025, 2, 28), date(2025, 2, 28)),  # Friday stays
    ],
)
def test_rest_day_rule(day: date, rolled: date) -> None:
    assert roll_past_rest_days(day) == rolled


def test_status_relative_to_consultation_date() -> None:
    start = date(2024, 8, 20)
    d = compute(start, Period(days=15), date(2024, 9, 1))
    assert (d.end, d.days_left, d.status) == (date(2024, 9, 4), 3, "near")
    assert compute(start, Period(days=15), date(2024, 9, 4)).status == "today"
    passed = compute(start, Period(days=15), date(2024, 9, 10))
    assert passed.passed and passed.days_left == -6 and passed.status == "passed"
    assert compute(start, Period(years=3), date(2024, 9, 10)).status == "open"


def test_weekend_end_is_moved_and_both_dates_kept() -> None:
    # 2022-03-01 + 3 years = 2025-03-01, a Saturday → Monday 2025-03-03.
    d = compute(date(2022, 3, 1), Period(years=3), date(2025, 1, 1))
    assert d.nominal_end == date(2025, 3, 1)
    assert d.end == date(2025, 3, 3)


def test_holiday_window_warning() -> None:
    assert near_holiday(date(2025, 10, 3))
    assert near_holiday(date(2026, 2, 10))
    assert not near_holiday(date(2025, 3, 12))
    assert compute(date(2025, 9, 16), Period(days=15), date(2025, 9, 1)).holiday_warning
