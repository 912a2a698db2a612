"""Rest days in mainland China: which days a period cannot end on (民法典203, 民事诉讼法85).

A rest day is a Saturday or Sunday that is not an official make-up working day (调休上班日), or
a day off under the State Council General Office's holiday arrangement for its year. The
arrangements come from the ``chinesecalendar`` package, a maintained dataset of every published
arrangement since 2004 (docs/decisions/006-holiday-data.md). For a year it does not cover, only
the statutory holidays of 放假办法第2条 are certain; they are computed here from the lunar
calendar (``lunar_python``) and any day of such a year is marked unpublished, so that a
deadline resting on it is reported as provisional.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Literal

log = logging.getLogger(__name__)

#: Holiday keys, as in ``chinese_calendar.Holiday`` names; the report names them by key.
HolidayKey = Literal[
    "new_years_day",
    "spring_festival",
    "tomb_sweeping_day",
    "labour_day",
    "dragon_boat_festival",
    "national_day",
    "mid_autumn_festival",
    "anti_fascist_70th_day",
]

RestKind = Literal["weekend", "holiday"]


@dataclass(frozen=True)
class DayStatus:
    """What the calendar says of one day."""

    day: date
    rest: bool
    kind: RestKind | None  # why it is a rest day
    holiday: str | None  # the holiday it belongs to (also for a make-up working day)
    make_up_workday: bool  # a Saturday or Sunday that the arrangement makes a working day
    published: bool  # whether the year's official arrangement is in the dataset


@cache
def published_years() -> range:
    """The years whose official arrangement the dataset holds."""
    from chinese_calendar import constants

    years = {d.year for d in constants.holidays} | {d.year for d in constants.workdays}
    return range(min(years), max(years) + 1)


def is_published(year: int) -> bool:
    return year in published_years()


def day_status(day: date) -> DayStatus:
    """Whether ``day`` is a rest day, and why."""
    if is_published(day.year):
        import chinese_calendar

        on_holiday_list, name = chinese_calendar.get_holiday_detail(day)
        key = _holiday_key(name)
        weekend = day.weekday() >= 5
        if on_holiday_list:
            kind: RestKind = "holiday" if key is not None else "weekend"
            return DayStatus(day, True, kind, key, False, True)
        return DayStatus(day, False, None, key, weekend, True)
    holidays = statutory_holidays(day.year)
    if day in holidays:
        return DayStatus(day, True, "holiday", holidays[day], False, False)
    if day.weekday() >= 5:
        return DayStatus(day, True, "weekend", None, False, False)
    return DayStatus(day, False, None, None, False, False)


def is_rest_day(day: date) -> bool:
    return day_status(day).rest


def _holiday_key(name: str | None) -> str | None:
    if name is None:
        return None
    from chinese_calendar import Holiday

    for holiday in Holiday:
        if name in (holiday.value, holiday.name):
            return holiday.name
    log.warning("unknown holiday name from chinese_calendar: %r", name)
    return "unknown"


@cache
def statutory_holidays(year: int) -> dict[date, str]:
    """The holidays 放假办法第2条 (2024修订) gives every citizen, for ``year``.

    元旦 1月1日; 春节 农历除夕、正月初一至初三; 清明节 农历清明当日; 劳动节 5月1日、2日;
    端午节 农历端午当日; 中秋节 农历中秋当日; 国庆节 10月1日至3日.
    """
    from lunar_python import Lunar, Solar

    def solar(lunar: Lunar) -> date:
        s = lunar.getSolar()
        return date(s.getYear(), s.getMonth(), s.getDay())

    days: dict[date, str] = {date(year, 1, 1): "new_years_day"}
    new_year = solar(Lunar.fromYmd(year, 1, 1))  # 正月初一 of the lunar year starting in ``year``
    for offset in range(-1, 3):  # 除夕 and 初一 to 初三
        days[new_year + timedelta(days=offset)] = "spring_festival"
    qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()["清明"]
    days[date(qingming.getYear(), qingming.getMonth(), qingming.getDay())] = "tomb_sweeping_day"
    days[date(year, 5, 1)] = days[date(year, 5, 2)] = "labour_day"
    days[solar(Lunar.fromYmd(year, 5, 5))] = "dragon_boat_festival"
    days[solar(Lunar.fromYmd(year, 8, 15))] = "mid_autumn_festival"
    for day in (1, 2, 3):
        days[date(year, 10, day)] = "national_day"
    return days
