"""The deadline engine (legal-coverage.md §0.4): arithmetic, rest days, history, kinds."""

from __future__ import annotations

from datetime import date, timedelta

import chinese_calendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers import library as shipped_library
from wizard.answers import UNKNOWN, MonthDate
from wizard.deadline_text import plain_lines, step_text, steps_text, summary
from wizard.deadlines import (
    ENGINE_CITATIONS,
    Deadline,
    DeadlineError,
    DeadlineRequest,
    Event,
    add_period,
    compute,
    parse_period,
    regime,
    roll,
)
from wizard.holidays import day_status, is_published, published_years, statutory_holidays
from wizard.model import Citation, Period

ON = date(2026, 12, 5)
THREE_YEARS = Period(years=3)


def limitation(start, period=THREE_YEARS, *events, on=ON, cap_start=None) -> Deadline:
    return compute(
        DeadlineRequest("limitation", start, period, tuple(events), cap_start=cap_start), on
    )


def keys(deadline: Deadline) -> list[str]:
    return [s.key for s in deadline.steps]


def cited(deadline: Deadline) -> set[tuple[str, int]]:
    return {(c.law, c.article) for c in deadline.basis}


# --- 民法典201–202: period arithmetic ------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "period", "end"),
    [
        (date(2024, 8, 20), Period(days=15), date(2024, 9, 4)),  # start day not counted
        (date(2024, 8, 20), Period(months=6), date(2025, 2, 20)),  # §0.4 example
        (date(2024, 8, 31), Period(months=6), date(2025, 2, 28)),  # no 31 Feb: month end
        (date(2023, 8, 31), Period(months=6), date(2024, 2, 29)),  # leap year month end
        (date(2024, 1, 31), Period(months=1), date(2024, 2, 29)),
        (date(2023, 1, 31), Period(months=1), date(2023, 2, 28)),
        (date(2024, 10, 31), Period(months=4), date(2025, 2, 28)),
        (date(2024, 12, 15), Period(months=1), date(2025, 1, 15)),
        (date(2024, 2, 29), Period(years=3), date(2027, 2, 28)),  # leap day, common year
        (date(2024, 2, 29), Period(years=4), date(2028, 2, 29)),
        (date(2020, 12, 31), Period(years=2), date(2022, 12, 31)),
        (date(2024, 2, 20), Period(days=15), date(2024, 3, 6)),  # days across a leap day
        (date(2023, 2, 20), Period(days=15), date(2023, 3, 7)),
    ],
)
def test_period_arithmetic(start, period, end):
    assert add_period(start, period) == end


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("3y", Period(years=3)),
        ("6m", Period(months=6)),
        ("15d", Period(days=15)),
        ("1y6m", Period(months=6, years=1)),
        ("2Y", Period(years=2)),
    ],
)
def test_period_text(text, period):
    assert parse_period(text) == period


@pytest.mark.parametrize("text", ["", "3", "y3", "3w", "0d", "3y x", "-1y"])
def test_bad_period_text(text):
    with pytest.raises(ValueError):
        parse_period(text)


# --- 民法典203: rest days from the official arrangements ----------------------------------


@pytest.mark.parametrize(
    ("unrolled", "end"),
    [
        (date(2025, 3, 1), date(2025, 3, 3)),  # Saturday → Monday
        (date(2025, 3, 3), date(2025, 3, 3)),  # a working Monday stays
        (date(2023, 12, 30), date(2024, 1, 2)),  # Sat, Sun, 元旦
        (date(2026, 10, 3), date(2026, 10, 8)),  # 2026: 10-01 … 10-07 off
        (date(2026, 2, 14), date(2026, 2, 14)),  # Saturday, an official working day
        (date(2025, 1, 29), date(2025, 2, 5)),  # 春节 2025: 01-28 … 02-04 off
        (date(2025, 4, 4), date(2025, 4, 7)),  # 清明 + weekend
        (date(2025, 5, 1), date(2025, 5, 6)),  # 劳动节 2025: 05-01 … 05-05
        (date(2025, 5, 31), date(2025, 6, 3)),  # 端午 2025: 05-31 … 06-02
        (date(2024, 9, 15), date(2024, 9, 18)),  # 中秋 2024: 09-15 … 09-17
        (date(2025, 10, 8), date(2025, 10, 9)),  # 国庆中秋 2025: 10-01 … 10-08
        (date(2025, 9, 28), date(2025, 9, 28)),  # Sunday made a working day
    ],
)
def test_roll_over_official_arrangements(unrolled, end):
    rolled = roll(unrolled)
    assert rolled.end == end
    assert not rolled.provisional and rolled.act_by is None


def test_every_holiday_of_a_published_year_rolls_forward():
    year = max(published_years())
    holidays = chinese_calendar.get_holidays(date(year, 1, 1), date(year, 12, 31), False)
    assert len(holidays) >= 20
    for day in holidays:
        assert roll(day).end > day, day
        assert not day_status(roll(day).end).rest


def test_the_statutory_holidays_agree_with_published_years():
    # 放假办法 as revised in 2024 applies from 2025: every statutory holiday we compute for a
    # published year is a rest day in that year's official arrangement.
    for year in range(2025, max(published_years()) + 1):
        for day in statutory_holidays(year):
            assert chinese_calendar.is_holiday(day), (year, day)


def test_unpublished_year_is_provisional_with_an_act_by_date():
    year = max(published_years()) + 2
    assert not is_published(year)
    rolled = roll(date(2028, 9, 30))  # Saturday; 10-01 … 10-03 国庆节
    assert (rolled.end, rolled.provisional, rolled.act_by) == (
        date(2028, 10, 4),
        True,
        date(2028, 9, 29),
    )
    assert rolled.unpublished_years == (2028,)
    # A plain working day of an unpublished year: still provisional, safe on the day itself.
    weekday = roll(date(2028, 3, 15))
    assert weekday.end == weekday.act_by == date(2028, 3, 15) and weekday.provisional


def test_statutory_holidays_of_a_later_year_come_from_the_lunar_calendar():
    days = statutory_holidays(2028)
    assert days[date(2028, 1, 25)] == "spring_festival"  # 除夕
    assert all(days[date(2028, 1, d)] == "spring_festival" for d in (26, 27, 28))
    assert days[date(2028, 4, 4)] == "tomb_sweeping_day"
    assert days[date(2028, 5, 1)] == days[date(2028, 5, 2)] == "labour_day"
    assert days[date(2028, 5, 28)] == "dragon_boat_festival"
    assert date(2028, 10, 3) in days  # 中秋 falls on 国庆 in 2028


@given(
    st.dates(min_value=date(2004, 1, 1), max_value=date(2026, 12, 1)),
    st.sampled_from([Period(days=15), Period(months=6), Period(years=2), Period(years=3)]),
)
def test_end_is_never_a_published_rest_day_nor_before_the_unrolled_end(start, period):
    result = limitation(start, period)
    assert result.end is not None and result.unrolled_end is not None
    assert result.end >= result.unrolled_end
    if is_published(result.end.year):
        assert not chinese_calendar.is_holiday(result.end)
    # Nothing between the unrolled end and the end is a working day.
    day = result.unrolled_end
    while day < result.end:
        assert day_status(day).rest
        day += timedelta(days=1)


# --- the examples of the issue --------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "period", "interrupted", "end"),
    [
        (date(2023, 6, 30), Period(months=6), None, date(2024, 1, 2)),
        (date(2023, 10, 3), Period(years=3), None, date(2026, 10, 8)),
        (date(2025, 8, 14), Period(months=6), None, date(2026, 2, 14)),
        (date(2020, 9, 1), Period(years=3), date(2022, 8, 1), date(2025, 8, 1)),
    ],
)
def test_issue_examples(start, period, interrupted, end):
    events = (Event("interruption", interrupted),) if interrupted else ()
    assert limitation(start, period, *events).end == end


def test_issue_example_provisional():
    result = limitation(date(2025, 9, 30), Period(years=3))
    assert (result.end, result.provisional, result.act_by) == (
        date(2028, 10, 4),
        True,
        date(2028, 9, 29),
    )
    assert result.status == "running"


# --- limitation follows the case -------------------------------------------------------------


def test_a_step_with_the_effect_of_a_suit_holds_the_period_until_its_procedure_ends():
    # A claim filed in bankruptcy (诉讼时效规定11(2)): interrupted while the bankruptcy runs,
    # again from the end of that procedure (民法典195) — not three years from the filing.
    filed = limitation(date(2022, 3, 10), Period(years=3), Event("equal_effect", date(2024, 6, 3)))
    assert filed.status == "pending" and filed.end is None
    step = filed.steps[2]
    assert step.key == "equal_effect_pending"
    assert Citation("civil_code", 195, None, 4) in step.basis
    assert Citation("spc_limitation_provisions", 11) in step.basis
    ended = limitation(
        date(2022, 3, 10),
        Period(years=3),
        Event("equal_effect", date(2024, 6, 3)),
        Event("proceedings_ended", date(2025, 2, 10)),
    )
    assert ended.status == "running" and ended.unrolled_end == date(2028, 2, 10)


@pytest.mark.parametrize(
    ("kind", "item", "provision"),
    [("demand", 1, 8), ("acknowledgement", 2, 14)],
)
def test_each_kind_of_interruption_restarts_the_period(kind, item, provision):
    result = limitation(date(2022, 3, 10), Period(years=3), Event(kind, date(2024, 6, 3)))
    assert result.end == date(2027, 6, 3)
    assert keys(result)[:3] == ["start", "period", "interrupted"]
    step = result.steps[2]
    assert Citation("civil_code", 195, None, item) in step.basis
    assert Citation("spc_limitation_provisions", provision) in step.basis


def test_several_interruptions_each_restart():
    result = limitation(
        date(2019, 5, 1),
        Period(years=3),
        Event("demand", date(2021, 4, 1)),
        Event("acknowledgement", date(2023, 12, 1)),  # an IOU
    )
    assert result.end == date(2026, 12, 1)
    assert result.status == "passed" and result.days_left == -4


def test_a_suit_keeps_the_claim_alive_until_the_proceedings_end():
    pending = limitation(date(2020, 9, 1), Period(years=3), Event("suit", date(2022, 8, 1)))
    assert pending.status == "pending" and pending.end is None
    ended = limitation(
        date(2020, 9, 1),
        Period(years=3),
        Event("suit", date(2022, 8, 1)),
        Event("proceedings_ended", date(2023, 4, 10)),  # withdrawn
    )
    assert ended.end == date(2026, 4, 10) and ended.status == "passed"


def test_an_event_long_after_an_old_end_cites_the_law_the_period_ended_under():
    """A period that ended in 2013 ended under 民法通则135; a demand made in 2026 meets the
    defence of 民法典192(1), but 192 is not the only basis (joint_tort second review, 5)."""
    late = limitation(date(2011, 6, 17), Period(years=2), Event("demand", date(2026, 10, 1)))
    assert late.end == date(2013, 6, 17) and keys(late)[-1] == "after_end"
    step = [(c.law, c.article, c.paragraph) for c in late.steps[-1].basis]
    assert step == [
        ("general_principles_civil_law_1986", 135, None),
        ("civil_code", 192, 1),
    ]
    # Ended and met under the same law: that law's 192(1) alone.
    same = limitation(date(2021, 3, 1), Period(years=3), Event("demand", date(2024, 6, 1)))
    assert [(c.law, c.article) for c in same.steps[-1].basis] == [("civil_code", 192)]


def test_a_judgment_ends_limitation_and_names_the_enforcement_period():
    decided = limitation(
        date(2020, 9, 1),
        Period(years=3),
        Event("suit", date(2022, 8, 1)),
        Event("judgment_effective", date(2023, 3, 1), until=date(2023, 3, 15)),
    )
    assert decided.status == "decided" and decided.end is None
    assert decided.steps[-1].key == "decided"
    assert ("civil_procedure_law", 250) in cited(decided)


def test_events_after_the_end_do_not_revive_the_period():
    late = limitation(date(2019, 1, 10), Period(years=3), Event("demand", date(2022, 6, 1)))
    assert late.end == date(2022, 1, 10) and late.status == "passed"
    assert keys(late)[-1] == "after_end"
    # An acknowledgement after the end bars the limitation defence (民法典192(2)).
    acknowledged = limitation(
        date(2019, 1, 10), Period(years=3), Event("acknowledgement", date(2022, 6, 1))
    )
    assert "acknowledged_after_end" in keys(acknowledged)
    assert ("civil_code", 192) in cited(acknowledged)
    assert acknowledged.end == date(2025, 6, 3)  # 2025-06-01 is a Sunday, 06-02 端午 rest


def test_an_event_after_the_end_cites_192_of_the_law_then_in_force_and_it_is_shipped():
    # The period ends 2020-01-10 under 民法总则; a demand in March 2020 comes too late (192(1)).
    late = limitation(date(2017, 1, 10), Period(years=3), Event("demand", date(2020, 3, 2)))
    assert keys(late)[-1] == "after_end"
    assert ("general_provisions_civil_law_2017", 192) in cited(late)
    shipped = {(c.law, c.article) for c in ENGINE_CITATIONS}
    assert cited(late) <= shipped
    assert shipped_library().check(Citation("general_provisions_civil_law_2017", 192, 1)) is None


def test_events_before_the_start_interrupt_nothing():
    # A demand before the debt fell due, an IOU before the judgment's last day of performance:
    # the period had not started, so they neither restart nor shorten it.
    early = limitation(date(2023, 8, 31), THREE_YEARS, Event("demand", date(2023, 5, 1)))
    assert early.end == date(2026, 8, 31) and "interrupted" not in keys(early)
    enforcement = compute(
        DeadlineRequest(
            "enforcement",
            date(2024, 11, 20),
            Period(years=2),
            (Event("acknowledgement", date(2024, 1, 1)),),
        ),
        ON,
    )
    assert enforcement.end == date(2026, 11, 20) and enforcement.status == "passed"
    same_day = limitation(date(2023, 8, 31), THREE_YEARS, Event("demand", date(2023, 8, 31)))
    assert same_day.end == date(2026, 8, 31)


def test_interruption_against_another_joint_debtor_reaches_this_one():
    result = limitation(
        date(2022, 3, 10), Period(years=3), Event("demand", date(2024, 6, 3), joint=True)
    )
    assert result.end == date(2027, 6, 3)
    assert Citation("spc_limitation_provisions", 15, 2) in result.steps[2].basis


def test_another_joint_debtors_promise_after_the_end_does_not_revive_this_one():
    # Ended 2023-06-01 (a demand on 2020-06-01); the other joint debtor's written promise of
    # 2024-03-01 waives his own limitation defence only (民法典192(2)): this period stays ended.
    result = limitation(
        date(2018, 7, 1),
        THREE_YEARS,
        Event("demand", date(2020, 6, 1), joint=True),
        Event("acknowledgement", date(2024, 3, 1), joint=True),
    )
    assert result.end == date(2023, 6, 1) and result.status == "passed"
    assert "acknowledged_after_end" not in [s.key for s in result.steps]


def test_suspension_in_the_last_six_months():
    # Ends 2023-09-01; obstacle 2023-05-01 … 2023-07-01 → six months after 07-01 = 2024-01-01
    # (元旦) → 2024-01-02.
    result = limitation(
        date(2020, 9, 1), Period(years=3), Event("obstacle", date(2023, 5, 1), date(2023, 7, 1))
    )
    assert result.end == date(2024, 1, 2)
    assert "suspended" in keys(result)
    # An obstacle that ended before the last six months changes nothing.
    early = limitation(
        date(2020, 9, 1), Period(years=3), Event("obstacle", date(2022, 1, 1), date(2022, 2, 1))
    )
    assert early.end == date(2023, 9, 1) and "obstacle_outside" in keys(early)
    # An obstacle still going on: no last day yet.
    going = limitation(date(2020, 9, 1), Period(years=3), Event("obstacle", date(2023, 5, 1)))
    assert going.status == "suspended" and going.end is None


def test_suspension_under_the_general_principles_resumes_the_rest():
    # 民法通则139: the period stops while the obstacle lasts, then runs on.
    result = limitation(
        date(2014, 3, 3), Period(years=2), Event("obstacle", date(2015, 12, 3), date(2016, 1, 3))
    )
    # Unrolled end 2016-03-03; window from 2015-09-03; 31 days added → 2016-04-03 (Sunday,
    # 清明 2016-04-04 off) → 2016-04-05.
    assert result.unrolled_end == date(2016, 4, 3)
    assert result.end == date(2016, 4, 5)
    assert ("general_principles_civil_law_1986", 139) in cited(result)


def test_twenty_year_cap():
    result = limitation(
        date(2005, 3, 1),
        Period(years=3),
        Event("acknowledgement", date(2007, 1, 5)),
        Event("acknowledgement", date(2009, 12, 1)),
        Event("acknowledgement", date(2012, 11, 20)),
        Event("acknowledgement", date(2015, 10, 20)),
        Event("acknowledgement", date(2018, 10, 8)),
        Event("acknowledgement", date(2021, 9, 30)),
        Event("acknowledgement", date(2024, 9, 2)),
        on=date(2025, 1, 1),
        cap_start=date(2004, 12, 1),
    )
    assert "cap" in keys(result)
    assert result.unrolled_end == date(2024, 12, 1)
    assert result.end == date(2024, 12, 2)  # 2024-12-01 is a Sunday


def test_law_version_follows_the_date_of_each_step():
    result = limitation(
        date(2016, 5, 4),
        Period(years=2),
        Event("demand", date(2017, 12, 1)),
        Event("demand", date(2019, 11, 1)),
        Event("demand", date(2021, 6, 1)),
    )
    start, _, transition, first, second, third, *_ = result.steps
    assert start.basis == (Citation("general_principles_civil_law_1986", 137),)
    assert transition.key == "transition_2017"  # two years still running on 2017-10-01
    assert first.basis == (Citation("general_provisions_civil_law_2017", 195, None, 1),)
    assert second.basis == (Citation("general_provisions_civil_law_2017", 195, None, 1),)
    assert Citation("civil_code", 195, None, 1) in third.basis
    # Three years from each restart once 民法总则 is in force: 2024-06-01 is a Saturday.
    assert result.unrolled_end == date(2024, 6, 1)
    assert result.end == date(2024, 6, 3)
    assert regime(date(2017, 9, 30)) == "general_principles"


def test_a_restarted_old_period_still_running_on_2017_10_01_becomes_three_years():
    # 法释〔2018〕12号2: two years restarted on 2016-10-10 ran to 2018-10-10, so on 2017-10-01 it
    # was running and became three years (to 2019-10-10); each later demand restarts three years.
    result = limitation(
        date(2014, 12, 31),
        Period(years=2),
        *(Event("demand", d) for d in (date(2016, 10, 10), date(2018, 12, 1), date(2021, 9, 1))),
        Event("demand", date(2024, 8, 20)),
    )
    transition = next(s for s in result.steps if s.key == "transition_2017")
    assert transition.value("unrolled") == date(2019, 10, 10)
    assert ("general_provisions_civil_law_2017", 188) in cited(result)
    assert result.status == "running"
    assert result.unrolled_end == date(2027, 8, 20)


def test_an_old_period_that_ended_before_2017_10_01_stays_ended():
    # 法释〔2018〕12号3: two years from 2014-12-31 ended (rolled) on 2017-01-03.
    result = limitation(date(2014, 12, 31), Period(years=2), Event("demand", date(2018, 3, 1)))
    assert "transition_2017" not in keys(result)
    assert result.status == "passed"
    assert result.end == date(2017, 1, 3)


def test_a_one_year_injury_period_running_on_2017_10_01_becomes_three_years():
    basis = (Citation("general_principles_civil_law_1986", 136, None, 1),)
    result = compute(
        DeadlineRequest("limitation", date(2017, 3, 1), Period(years=1), basis=basis), ON
    )
    assert "transition_2017" in keys(result)
    assert result.unrolled_end == date(2020, 3, 1)


def test_a_special_two_year_period_is_not_lengthened():
    # 产品质量法45(1) is a special rule of its own law, not 民法通则135.
    basis = (Citation("product_quality_law", 45, 1),)
    result = compute(
        DeadlineRequest("limitation", date(2016, 3, 1), Period(years=2), basis=basis), ON
    )
    assert "transition_2017" not in keys(result)
    assert result.unrolled_end == date(2018, 3, 1)


def test_a_suit_across_2017_10_01_restarts_three_years_when_it_ends():
    result = limitation(
        date(2016, 3, 1),
        Period(years=2),
        Event("suit", date(2016, 9, 1)),
        Event("proceedings_ended", date(2018, 2, 1)),
    )
    assert "transition_2017_later" in keys(result)
    assert result.unrolled_end == date(2021, 2, 1)


# --- other kinds ------------------------------------------------------------------------------


def test_guarantee_periods_are_never_interrupted():
    with pytest.raises(DeadlineError) as exc:
        compute(
            DeadlineRequest(
                "guarantee_period",
                date(2024, 1, 10),
                Period(months=6),
                (Event("demand", date(2024, 3, 1)),),
            ),
            ON,
        )
    assert exc.value.basis == (Citation("civil_code", 692, 1),)
    plain = compute(DeadlineRequest("guarantee_period", date(2024, 8, 31), Period(months=6)), ON)
    assert plain.end == date(2025, 2, 28)


def test_enforcement_period():
    request = DeadlineRequest("enforcement", date(2024, 3, 15), Period(years=2))
    result = compute(request, ON)
    assert result.end == date(2026, 3, 16)  # 2026-03-15 is a Sunday
    assert ("civil_procedure_law", 250) in cited(result)
    assert ("civil_procedure_law", 85) in cited(result)  # procedural roll-over
    interrupted = compute(
        DeadlineRequest(
            "enforcement",
            date(2024, 3, 15),
            Period(years=2),
            (Event("acknowledgement", date(2025, 7, 1)),),
        ),
        ON,
    )
    assert interrupted.end == date(2027, 7, 1)
    applied = compute(
        DeadlineRequest(
            "enforcement",
            date(2024, 3, 15),
            Period(years=2),
            (
                Event("enforcement_applied", date(2024, 6, 1)),
                Event("enforcement_terminated", date(2025, 1, 20)),
            ),
        ),
        ON,
    )
    assert applied.status == "applied"
    assert ("spc_civil_procedure_interpretation", 517) in cited(applied)


def test_events_before_the_period_began_do_not_act_on_it():
    # The history of a case feeds both limitation and, after the judgment, the enforcement
    # period: a demand made before the judgment must not cut the enforcement period short.
    history = (
        Event("demand", date(2021, 9, 1)),
        Event("suit", date(2022, 8, 1)),
        Event("judgment_effective", date(2023, 6, 30), date(2023, 7, 15)),
    )
    enforcement = compute(
        DeadlineRequest("enforcement", date(2023, 7, 15), Period(years=2), history), ON
    )
    assert enforcement.end == date(2025, 7, 15)
    assert [s.key for s in enforcement.steps if s.key == "interrupted"] == []
    later = (*history, Event("demand", date(2024, 5, 6)))
    interrupted = compute(
        DeadlineRequest("enforcement", date(2023, 7, 15), Period(years=2), later), ON
    )
    assert interrupted.end == date(2026, 5, 6)


@pytest.mark.parametrize(("period", "paragraph"), [(Period(days=15), 1), (Period(days=10), 2)])
def test_appeal_periods(period, paragraph):
    result = compute(DeadlineRequest("appeal", date(2026, 9, 20), period), ON)
    expected = date(2026, 10, 8) if period.days == 15 else date(2026, 9, 30)
    assert result.end == expected
    assert Citation("civil_procedure_law", 171, paragraph) in result.basis
    with pytest.raises(DeadlineError):
        compute(
            DeadlineRequest(
                "appeal", date(2026, 9, 20), period, (Event("interruption", date(2026, 9, 25)),)
            ),
            ON,
        )


# --- unknown and month-only dates ----------------------------------------------------------


def test_unknown_start_cannot_be_computed():
    result = compute(
        DeadlineRequest("limitation", UNKNOWN, Period(years=3), missing_label="主债务到期日"), ON
    )
    assert result.status == "missing" and result.end is None
    assert "主债务到期日" in step_text(result.steps[0], "zh")


def test_month_only_start_gives_a_range_and_acts_by_the_earliest():
    result = limitation(MonthDate(2024, 6), Period(years=3))
    assert result.end == date(2027, 6, 1)  # 2027-06-01 (Tuesday; provisional year)
    assert result.latest_end == date(2027, 6, 30)
    assert result.is_range and result.act_by == date(2027, 6, 1)
    assert result.steps[-1].key == "range"


def test_month_only_event_near_the_end_makes_the_status_uncertain():
    # Ends 2024-06-14 (Friday); a demand some day in June 2024: before or after the end.
    result = limitation(
        date(2021, 6, 14), Period(years=3), Event("demand", MonthDate(2024, 6)), on=date(2026, 1, 5)
    )
    assert result.end == date(2024, 6, 14)  # the demand came too late in the worst case
    assert result.latest_end == date(2027, 6, 1)
    assert result.status == "uncertain"


# --- words ---------------------------------------------------------------------------------


def test_steps_in_both_languages_with_bases():
    library = shipped_library()
    result = limitation(date(2020, 9, 1), Period(years=3), Event("interruption", date(2022, 8, 1)))
    zh = steps_text(result, "zh", library)
    assert zh[0] == "自2020年9月1日起算，开始的当日不计入。（民法总则第188条第2款）"
    assert "民法典第195条" in zh[2]
    en = steps_text(result, "en", library)
    assert "Civil Code, Art. 195" in en[2]
    data = summary(result, "zh", library)
    assert data["end"] == "2025-08-01" and data["status"] == "passed"
    assert data["basis"][0] == "民法总则第188条第2款"
    lines = plain_lines(limitation(date(2025, 9, 30)), "zh", library, ON)
    assert lines[0].startswith("暂定：最后一日至少为 2028年10月4日（星期三）")
    assert "2028年9月29日" in lines[0]


def test_a_suit_against_another_joint_debtor_holds_this_period_until_it_ends():
    # 民法典195 with 诉讼时效规定15(2): the suit's interruption reaches this debtor and lasts
    # until those proceedings end; the other's judgment decides nothing about this debtor, his
    # period runs again from it. Counting from the filing — a contested reading — is stated
    # as the safe day.
    pending = limitation(
        date(2022, 3, 10), THREE_YEARS, Event("suit", date(2024, 6, 3), joint=True)
    )
    assert pending.status == "pending" and pending.end is None
    safe = next(s for s in pending.steps if s.key == "joint_suit_safe_day")
    assert safe.value("safe") == date(2027, 6, 3)
    over = limitation(
        date(2022, 3, 10),
        THREE_YEARS,
        Event("suit", date(2024, 6, 3), joint=True),
        Event("judgment_effective", date(2025, 1, 6), date(2025, 1, 20), joint=True),
    )
    assert over.status == "running" and over.end == date(2028, 1, 6)
    assert "decided" not in keys(over)
    # Act by the safe day while it is ahead (worker walk I2): the last day is contested.
    assert over.act_by == date(2027, 6, 3)
    assert limitation(
        date(2022, 3, 10),
        THREE_YEARS,
        Event("suit", date(2024, 6, 3), joint=True),
        Event("judgment_effective", date(2025, 1, 6), date(2025, 1, 20), joint=True),
        on=date(2027, 7, 1),
    ).act_by in (None, date(2028, 1, 6))  # once it has passed, the last day is what is left
    # A later demand to this debtor restarts the period on both readings: no earlier day.
    again = limitation(
        date(2022, 3, 10),
        THREE_YEARS,
        Event("suit", date(2024, 6, 3), joint=True),
        Event("judgment_effective", date(2025, 1, 6), date(2025, 1, 20), joint=True),
        Event("demand", date(2025, 9, 1)),
    )
    assert again.end == date(2028, 9, 1) and again.act_by in (None, again.end)
    # A suit against the other after this period ran out revives nothing.
    late = limitation(date(2020, 3, 10), THREE_YEARS, Event("suit", date(2024, 6, 3), joint=True))
    assert late.status == "passed" and late.end == date(2023, 3, 10)
    # Only interruptions and suits reach this debtor: the other's obstacle does not.
    obstacle = limitation(
        date(2022, 3, 10),
        THREE_YEARS,
        Event("obstacle", date(2024, 6, 3), date(2024, 9, 1), joint=True),
    )
    assert obstacle.end == date(2025, 3, 10)


def test_a_safe_day_already_behind_says_so():
    # Filed 2022-06-20: counted from the filing the period would have ended 2025-06-20 — the
    # step says it has passed and that the debtor may plead it, not "act before" a past day.
    pending = limitation(
        date(2021, 3, 10), THREE_YEARS, Event("suit", date(2022, 6, 20), joint=True)
    )
    step = next(s for s in pending.steps if s.key == "joint_suit_safe_day")
    assert step.value("passed") is True
    zh = step_text(step, "zh")
    assert "已于2025年6月20日届满" in zh and "之前对本债务人主张" not in zh
    ahead = limitation(date(2022, 3, 10), THREE_YEARS, Event("suit", date(2024, 6, 3), joint=True))
    assert "稳妥起见，应在2027年6月3日之前" in step_text(
        next(s for s in ahead.steps if s.key == "joint_suit_safe_day"), "zh"
    )


def test_another_joint_debtors_promise_after_the_end_revives_nothing_here():
    # 民法典192(2): agreeing to pay after the end binds only the one who agreed; before the end
    # the same promise would have interrupted this debtor's period too (规定15(2)).
    late = limitation(
        date(2021, 2, 1), THREE_YEARS, Event("acknowledgement", date(2024, 9, 1), joint=True)
    )
    assert late.status == "passed" and late.end == date(2024, 2, 1)
    assert "after_end" in keys(late) and "acknowledged_after_end" not in keys(late)
    own = limitation(date(2021, 2, 1), THREE_YEARS, Event("acknowledgement", date(2024, 9, 1)))
    assert own.unrolled_end == date(2027, 9, 1)


def test_procedural_periods_count_under_the_civil_procedure_law():
    appeal = compute(DeadlineRequest("appeal", date(2026, 9, 20), Period(days=15)), ON)
    enforcement = compute(DeadlineRequest("enforcement", date(2024, 3, 15), Period(years=2)), ON)
    for result in (appeal, enforcement):
        assert ("civil_code", 201) not in cited(result)
        assert Citation("civil_procedure_law", 85, 2) in result.steps[1].basis
