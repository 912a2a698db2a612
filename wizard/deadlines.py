"""Period arithmetic of 民法典 arts. 201–203 (legal-coverage.md §0.4).

- art. 201: a period counted in days, months or years starts the day after the start event.
- art. 202: a month or year period ends on the corresponding day of the last month; where that
  month has no such day, on its last day.
- art. 203: a period whose last day is a statutory rest day ends on the day after the rest;
  the last day ends at 24:00.

Weekends are rest days. Official holidays (and the weekend days the State Council makes working
days) are published year by year and are not known ahead, so the engine does not move dates for
them; it flags end dates that fall in a window where holidays usually lie.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from wizard.model import Period

#: Days within this distance of the consultation date count as "near".
NEAR_DAYS = 30

# (month, first day, last day) windows where PRC public holidays usually fall. Spring Festival
# and the lunar holidays move every year, so their windows are wide on purpose.
_HOLIDAY_WINDOWS: tuple[tuple[int, int, int], ...] = (
    (1, 1, 3),  # 元旦
    (1, 20, 31),  # 春节 (earliest)
    (2, 1, 25),  # 春节 (latest)
    (4, 3, 7),  # 清明节
    (5, 1, 5),  # 劳动节
    (5, 28, 31),  # 端午节 (earliest)
    (6, 1, 25),  # 端午节 (latest)
    (9, 10, 30),  # 中秋节
    (10, 1, 8),  # 国庆节
)


def add_period(start: date, period: Period) -> date:
    """The nominal last day of a period running from ``start`` (start day not counted)."""
    months = period.months + 12 * period.years
    end = start
    if months:
        year, month0 = divmod(start.month - 1 + months, 12)
        year += start.year
        last = calendar.monthrange(year, month0 + 1)[1]
        end = date(year, month0 + 1, min(start.day, last))
    return end + timedelta(days=period.days)


def roll_past_rest_days(day: date) -> date:
    """Art. 203: a last day on a Saturday or Sunday moves to the following Monday."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def near_holiday(day: date) -> bool:
    """Whether ``day`` lies where a public holiday or its make-up working days may fall."""
    return any(m == day.month and lo <= day.day <= hi for m, lo, hi in _HOLIDAY_WINDOWS)


@dataclass(frozen=True)
class DeadlineDates:
    start: date
    nominal_end: date  # by arts. 201–202
    end: date  # after art. 203's weekend rule
    days_left: int  # from the consultation date to ``end``; negative when passed
    holiday_warning: bool

    @property
    def passed(self) -> bool:
        return self.days_left < 0

    @property
    def near(self) -> bool:
        return 0 <= self.days_left <= NEAR_DAYS

    @property
    def status(self) -> str:
        """``passed``, ``today``, ``near`` or ``open``."""
        if self.passed:
            return "passed"
        if self.days_left == 0:
            return "today"
        return "near" if self.near else "open"


def compute(start: date, period: Period, consultation: date) -> DeadlineDates:
    nominal = add_period(start, period)
    end = roll_past_rest_days(nominal)
    return DeadlineDates(
        start=start,
        nominal_end=nominal,
        end=end,
        days_left=(end - consultation).days,
        holiday_warning=near_holiday(end),
    )
