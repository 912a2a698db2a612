"""Deadlines as PRC law computes them (legal-coverage.md §0.4).

A deadline runs from a start date for a period, and then follows what happened since:

- period arithmetic: 民法典201 (the start day is not counted), 202 (a month or year period ends
  on the corresponding day of the last month, or its last day if there is none);
- the last day moves past rest days: 民法典203 for substantive periods, 民事诉讼法85 for
  procedural ones, with the official arrangements or, for a year not yet published, the
  statutory holidays (``wizard.holidays``; such a result is *provisional*);
- limitation (诉讼时效) is interrupted by a demand that reached the obligor, the obligor's
  acknowledgement, a suit or arbitration (the new period runs from the end of the
  proceedings) and acts of equal effect (民法典195; 诉讼时效规定8, 10, 11, 14); suspended by an
  obstacle in its last six months (194); capped at twenty years from the damage (188(2)); once
  a judgment decides the claim, what runs is the period to apply for enforcement;
- the period to apply for enforcement (民事诉讼法250) is interrupted and suspended like
  limitation; appeal periods (171) and guarantee periods (民法典692(1)) never are.

Each result keeps its steps (start, each event, roll-over) with the articles in force on the
day of each step, so a report can show how the date was reached. A date known only to the
month gives a range of end dates; an unknown start gives no date at all, only what is missing.
Texts for the steps are in ``wizard.deadline_text``.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from wizard.answers import MonthDate, Unknown, date_range
from wizard.errors import WizardError
from wizard.holidays import DayStatus, day_status
from wizard.model import Citation, Period, Text

#: Days within this distance of the consultation date count as "near".
NEAR_DAYS = 30

DeadlineKind = Literal[
    "limitation", "guarantee_period", "enforcement", "appeal", "counter_notice", "other"
]
DEADLINE_KINDS: tuple[DeadlineKind, ...] = (
    "limitation",
    "guarantee_period",
    "enforcement",
    "appeal",
    "counter_notice",
    "other",
)

EventKind = Literal[
    "demand",  # 权利人请求履行，到达义务人 (195(1); 诉讼时效规定8)
    "acknowledgement",  # 义务人同意履行：借条、确认、部分履行、还款计划、请求延期 (195(2); 规定14)
    "suit",  # 起诉或申请仲裁 (195(3); 规定10) — the period runs again when the proceedings end
    "equal_effect",  # 支付令、申报破产债权、诉前保全… (195(4); 规定11) — like a suit, until it ends
    "interruption",  # an interruption of unspecified kind (the calculator's --interrupted)
    "proceedings_ended",  # 诉讼或仲裁终结而未作实体裁判（撤诉、驳回起诉等）
    "obstacle",  # 不可抗力等障碍 from ``on`` to ``until`` (194)
    "judgment_effective",  # 判决、裁定、仲裁裁决生效; ``until``: last day of performance
    "enforcement_applied",  # 申请强制执行
    "enforcement_terminated",  # 终结本次执行程序裁定 (终本)
    "judgment_served",  # 一审判决送达 (上诉期 15 日)
    "ruling_served",  # 一审裁定送达 (上诉期 10 日)
    "bankruptcy_accepted",  # 人民法院受理债务人破产申请
    "liquidation_impossible",  # 强制清算因无法清算而终结的裁定送达
]
EVENT_KINDS: tuple[EventKind, ...] = EventKind.__args__  # type: ignore[attr-defined]

#: Events with a second date: an obstacle's end, a judgment's last day of performance.
EVENTS_WITH_UNTIL = ("obstacle", "judgment_effective")
#: Events that interrupt a limitation or enforcement period at once.
INSTANT_INTERRUPTIONS = frozenset({"demand", "acknowledgement", "equal_effect", "interruption"})
# (An enforcement period takes equal_effect at once; a limitation holds it until the
# procedure ends, as a suit — see _scenario.)
#: Events that act on a period at all (the rest only anchor other deadlines).
PERIOD_EVENTS = INSTANT_INTERRUPTIONS | {
    "suit",
    "proceedings_ended",
    "obstacle",
    "judgment_effective",
    "enforcement_applied",
    "enforcement_terminated",
}

Regime = Literal["civil_code", "general_provisions", "general_principles"]
CIVIL_CODE_START = date(2021, 1, 1)
GENERAL_PROVISIONS_START = date(2017, 10, 1)

Status = Literal[
    "running",  # runs; ``end`` is the last day
    "passed",  # the last day is before the consultation date
    "uncertain",  # month-only dates: passed or not depends on the exact day
    "pending",  # a suit or arbitration is pending: the period runs again when it ends
    "suspended",  # an obstacle continues: the period ends six months after it ends
    "decided",  # limitation: a judgment decided the claim; the enforcement period runs
    "applied",  # enforcement: applied for in time
    "missing",  # cannot be computed: a fact is missing
]


class DeadlineError(WizardError):
    """A request the law does not allow, e.g. interrupting a guarantee period (692(1)).

    ``key`` names the message in resources/i18n/deadlines.json (``errors``), ``values`` fill
    it; ``wizard.deadline_text.error_text`` words it in the UI language.
    """

    def __init__(
        self, key: str, basis: tuple[Citation, ...] = (), values: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(key)
        self.key = key
        self.basis = basis
        self.values = values


@dataclass(frozen=True)
class Event:
    """Something that happened since the start: a demand, an IOU, a suit, a judgment …"""

    kind: EventKind
    on: date | MonthDate
    until: date | MonthDate | None = None  # obstacle: the day it ended; judgment: performance
    party: str = ""  # against whom (a party role of the tree), "" when not said
    joint: bool = False  # happened to another 连带债务人; reaches this one (规定15(2))
    #: One of the party's names when the event concerned only that person (a demand on 甲
    #: of 行为人（甲、乙）); "" when it concerned the party as a whole.
    person: str = ""


@dataclass(frozen=True)
class DeadlineRequest:
    kind: DeadlineKind
    start: date | MonthDate | Unknown | None
    period: Period
    events: tuple[Event, ...] = ()
    #: The rule giving the period (e.g. 民法典692(2)); default per kind and date.
    basis: tuple[Citation, ...] = ()
    #: Why it starts on that day (e.g. 民法典189 for instalments); default per kind and date.
    start_basis: tuple[Citation, ...] = ()
    #: Limitation: the day of the damage, from which the 20-year cap runs (default: start).
    cap_start: date | MonthDate | None = None
    #: What the start date is, in a few words (e.g. "主债务履行期限届满日"), for the steps.
    start_label: Text | str = ""
    #: What to ask for when the start date is unknown (e.g. the date question's text).
    missing_label: Text | str = ""


@dataclass(frozen=True)
class DeadlineStep:
    """One line of how a deadline was reached; ``wizard.deadline_text`` words it."""

    key: str
    on: date | None = None
    values: tuple[tuple[str, object], ...] = ()
    basis: tuple[Citation, ...] = ()

    def value(self, name: str) -> object:
        return dict(self.values).get(name)


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    status: Status
    end: date | None  # the last day after roll-over (the earliest, when a range)
    unrolled_end: date | None  # before roll-over (民法典201–202 alone)
    latest_end: date | None  # the latest possible last day; equals ``end`` unless a range
    provisional: bool  # rests on a year whose holiday arrangement is not yet published
    act_by: date | None  # act on or before this day to be safe (provisional or a range)
    days_left: int | None  # from the consultation date to ``end``; negative when passed
    steps: tuple[DeadlineStep, ...]
    missing: tuple[str, ...] = ()  # facts that would be needed to compute it
    unpublished_years: tuple[int, ...] = ()

    @property
    def is_range(self) -> bool:
        return self.end is not None and self.latest_end is not None and self.latest_end != self.end

    @property
    def computed(self) -> bool:
        return self.end is not None

    @property
    def basis(self) -> tuple[Citation, ...]:
        first: dict[tuple[str, int, int | None, int | None], Citation] = {}
        for step in self.steps:
            for citation in step.basis:
                first.setdefault(citation.key, citation)
        return tuple(first.values())

    @property
    def near(self) -> bool:
        return self.days_left is not None and 0 <= self.days_left <= NEAR_DAYS

    @property
    def display_status(self) -> str:
        """``status``, with ``running`` split into ``today``, ``near`` and ``open``."""
        if self.status != "running":
            return self.status
        if self.days_left == 0:
            return "today"
        return "near" if self.near else "open"


# --- calendar arithmetic ---------------------------------------------------------------


def add_period(start: date, period: Period) -> date:
    """The nominal last day of a period running from ``start`` (民法典201–202)."""
    months = period.months + 12 * period.years
    end = start
    if months:
        year, month0 = divmod(start.month - 1 + months, 12)
        year += start.year
        last = calendar.monthrange(year, month0 + 1)[1]
        end = date(year, month0 + 1, min(start.day, last))
    return end + timedelta(days=period.days)


def _months_before(day: date, months: int) -> date:
    return add_period(day, Period(months=-months))


@dataclass(frozen=True)
class Rolled:
    """A last day moved past rest days."""

    unrolled: date
    end: date
    skipped: tuple[DayStatus, ...]  # the rest days passed over, in order
    provisional: bool
    unpublished_years: tuple[int, ...]
    act_by: date | None  # when provisional: the last working day on or before ``unrolled``
    unrolled_status: DayStatus


def roll(unrolled: date) -> Rolled:
    """Move a last day that is a rest day to the first day after the rest (民法典203(1))."""
    skipped: list[DayStatus] = []
    day = unrolled
    status = day_status(day)
    first = status
    unpublished = set()
    while True:
        if not status.published:
            unpublished.add(day.year)
        if not status.rest:
            break
        skipped.append(status)
        day += timedelta(days=1)
        status = day_status(day)
    provisional = bool(unpublished)
    act_by = None
    if provisional:
        # The year's arrangement may add rest days or turn a weekend into a working day; the
        # real last day is never before ``unrolled`` (rolling only moves it later), so the
        # last day on or before it that is surely a working day is safe to act on.
        act_by = unrolled
        while day_status(act_by).rest:
            act_by -= timedelta(days=1)
    return Rolled(
        unrolled, day, tuple(skipped), provisional, tuple(sorted(unpublished)), act_by, first
    )


# --- law versions -----------------------------------------------------------------------


def regime(day: date) -> Regime:
    """Which general civil law governs a step on ``day`` (民法典时间效力规定1)."""
    if day >= CIVIL_CODE_START:
        return "civil_code"
    if day >= GENERAL_PROVISIONS_START:
        return "general_provisions"
    return "general_principles"


_GENERAL_LAW = {
    "civil_code": "civil_code",
    "general_provisions": "general_provisions_civil_law_2017",
    "general_principles": "general_principles_civil_law_1986",
}


def _c(law: str, article: int, paragraph: int | None = None, item: int | None = None) -> Citation:
    return Citation(law, article, paragraph, item)


def _general(day: date, article: int, paragraph: int | None = None, item: int | None = None):
    """An article of 民法典 or 民法总则 (same numbers for 188–203) as in force on ``day``."""
    return _c(_GENERAL_LAW[regime(day)], article, paragraph, item)


def limitation_start_basis(day: date) -> tuple[Citation, ...]:
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 137),)
    return (_general(day, 188, 2),)


def limitation_period_basis(day: date) -> tuple[Citation, ...]:
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 135),)
    return (_general(day, 188, 1),)


def _arithmetic_basis(day: date, period: Period, procedural: bool = False) -> tuple[Citation, ...]:
    if procedural:
        return (_c("civil_procedure_law", 85, 2),)
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 154, 2),)
    cites = [_general(day, 201, 1)]
    if period.months or period.years:
        cites.append(_general(day, 202))
    return tuple(cites)


def _roll_basis(day: date, procedural: bool) -> tuple[Citation, ...]:
    if procedural:
        return (_c("civil_procedure_law", 85, 3),)
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 154, 3),)
    return (_general(day, 203, 1),)


_INTERRUPTION_ITEM = {"demand": 1, "acknowledgement": 2, "suit": 3, "equal_effect": 4}
_PROVISIONS_ARTICLE = {"demand": 8, "acknowledgement": 14, "suit": 10, "equal_effect": 11}


def _interruption_basis(kind: str, day: date) -> tuple[Citation, ...]:
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 140),)
    item = _INTERRUPTION_ITEM.get(kind)
    cites = [_general(day, 195, None, item)]
    # 诉讼时效规定 as amended in 2020 governs from 2021; earlier steps cite the law alone.
    if regime(day) == "civil_code" and kind in _PROVISIONS_ARTICLE:
        cites.append(_c("spc_limitation_provisions", _PROVISIONS_ARTICLE[kind]))
    return tuple(cites)


def _restart_after_proceedings(on: date, period: Period) -> tuple[date, DeadlineStep]:
    """The period runs again in full from the end of proceedings (民法典195): its new
    unrolled last day, and the step that says so."""
    unrolled = add_period(on, period)
    step = DeadlineStep(
        "restart_after_proceedings",
        on,
        (("unrolled", unrolled), ("period", period)),
        _interruption_basis("restart", on),
    )
    return unrolled, step


def _after_end_basis(end: date, on: date) -> tuple[Citation, ...]:
    """Why a step on ``on`` no longer interrupts a limitation that ended on ``end``: the
    period of the law it ran and ended under, and the defence of the law of ``on`` where that
    is another law (a period that ended in 2013 ended under 民法通则, not 民法典192)."""
    basis = [] if regime(end) == regime(on) else list(limitation_period_basis(end))
    if regime(on) != "general_principles":
        basis.append(_general(on, 192, 1))
    return tuple(basis)


def _suspension_basis(day: date) -> tuple[Citation, ...]:
    if regime(day) == "general_principles":
        return (_c("general_principles_civil_law_1986", 139),)
    return (_general(day, 194),)


#: Every article the engine may cite by itself; scripts/sync_statutes.py ships them.
ENGINE_CITATIONS: tuple[Citation, ...] = (
    *(
        _c(_GENERAL_LAW[r], a)
        for r in ("civil_code", "general_provisions")
        for a in (188, 192, 194, 195, 201, 202, 203)
    ),
    *(_c("general_principles_civil_law_1986", a) for a in (135, 137, 139, 140, 154)),
    _c("civil_code", 192),
    _c("general_provisions_civil_law_2017", 192),
    _c("civil_code", 692),
    *(_c("spc_limitation_provisions", a) for a in (8, 10, 11, 14, 15, 19)),
    *(_c("civil_procedure_law", a) for a in (85, 86, 171, 250)),
    _c("spc_civil_procedure_interpretation", 517),
    _c("public_holidays_measures", 2),
)


_PERIOD_PART = re.compile(r"(\d+)\s*([ymd])")


def parse_period(text: str) -> Period:
    """``3y``, ``6m``, ``15d`` or a combination such as ``1y6m``."""
    cleaned = text.strip().lower()
    parts = _PERIOD_PART.findall(cleaned)
    if not parts or "".join(n + u for n, u in parts) != cleaned.replace(" ", ""):
        raise ValueError(f"'{text}' is not a period such as 3y, 6m or 15d")
    amounts = {"y": 0, "m": 0, "d": 0}
    for number, unit in parts:
        amounts[unit] += int(number)
    if not any(amounts.values()) or max(amounts.values()) > 10000:
        raise ValueError(f"'{text}' is not a usable period")
    return Period(days=amounts["d"], months=amounts["m"], years=amounts["y"])


def default_period(kind: DeadlineKind) -> Period:
    return {
        "limitation": Period(years=3),
        "guarantee_period": Period(months=6),
        "enforcement": Period(years=2),
        "appeal": Period(days=15),
        "counter_notice": Period(days=15),
        "other": Period(years=3),
    }[kind]


def _default_basis(kind: DeadlineKind, start: date, period: Period) -> tuple[Citation, ...]:
    match kind:
        case "limitation":
            return limitation_period_basis(start)
        case "enforcement":
            return (_c("civil_procedure_law", 250, 1),)
        case "appeal":
            paragraph = 2 if period == Period(days=10) else 1
            return (_c("civil_procedure_law", 171, paragraph),)
        case "guarantee_period":
            return (_c("civil_code", 692, 2),) if start >= CIVIL_CODE_START else ()
    return ()


def _default_start_basis(kind: DeadlineKind, start: date) -> tuple[Citation, ...]:
    match kind:
        case "limitation":
            return limitation_start_basis(start)
        case "enforcement":
            return (_c("civil_procedure_law", 250, 2),)
        case "appeal":
            return (_c("civil_procedure_law", 85, 2),)
    return ()


# --- computing --------------------------------------------------------------------------


def check_request(request: DeadlineRequest) -> None:
    """Refuse what the law does not allow for this kind of period."""
    acting = [e for e in request.events if e.kind in INSTANT_INTERRUPTIONS | {"suit", "obstacle"}]
    if acting and request.kind == "guarantee_period":
        raise DeadlineError("guarantee_period_fixed", (_c("civil_code", 692, 1),))
    if acting and request.kind == "appeal":
        raise DeadlineError("procedural_fixed", (_c("civil_procedure_law", 86),))
    if acting and request.kind in ("counter_notice", "other"):
        raise DeadlineError("not_interruptible")
    for event in request.events:
        if (
            event.kind == "obstacle"
            and event.until is not None
            and date_range(event.until)[1] < date_range(event.on)[0]
        ):
            raise DeadlineError(
                "obstacle_order", values=(("on", str(event.on)), ("until", str(event.until)))
            )


def compute(request: DeadlineRequest, on: date) -> Deadline:
    """The deadline at the consultation date ``on``.

    Raises:
        DeadlineError: for a request the law does not allow (see :func:`check_request`).
    """
    check_request(request)
    if request.start is None or isinstance(request.start, Unknown):
        return Deadline(
            kind=request.kind,
            status="missing",
            end=None,
            unrolled_end=None,
            latest_end=None,
            provisional=False,
            act_by=None,
            days_left=None,
            steps=(DeadlineStep("missing_start", values=(("what", request.missing_label),)),),
            missing=("start",),
        )
    scenarios = [_scenario(request, start, events, on) for start, events in _expand(request)]
    earliest = min(scenarios, key=_order_key)
    latest = max(scenarios, key=_order_key)
    if earliest.end is None or latest.end is None or earliest.end == latest.end:
        result = earliest
        if latest.status != earliest.status and {earliest.status, latest.status} <= {
            "running",
            "passed",
        }:
            result = replace(result, status="uncertain")
        return result
    # Month-only dates: a range of last days. The earliest is the one to act by.
    status: Status = earliest.status
    if earliest.status in ("running", "passed"):
        if on > latest.end:
            status = "passed"
        elif on <= earliest.end:
            status = "running"
        else:
            status = "uncertain"
    range_step = DeadlineStep(
        "range",
        values=(("earliest", earliest.end), ("latest", latest.end)),
    )
    return replace(
        earliest,
        status=status,
        latest_end=latest.end,
        act_by=earliest.act_by or earliest.end,
        steps=(*earliest.steps, range_step),
        unpublished_years=tuple(sorted({*earliest.unpublished_years, *latest.unpublished_years})),
        provisional=earliest.provisional or latest.provisional,
    )


def _order_key(deadline: Deadline) -> tuple[int, date]:
    # Scenarios without a last day (pending, decided …) sort after those with one.
    return (0, deadline.end) if deadline.end is not None else (1, date.max)


_MAX_EXPANDED = 4  # month-only values expanded to both ends; more would be 2**n scenarios


def _expand(request: DeadlineRequest) -> Iterable[tuple[date, tuple[_Exact, ...]]]:
    """Exact scenarios: every month-only date at the first and at the last day of its month."""
    partial: list[MonthDate] = []
    start = request.start
    assert start is not None and not isinstance(start, Unknown)
    if isinstance(start, MonthDate):
        partial.append(start)
    for event in request.events:
        for value in (event.on, event.until):
            if isinstance(value, MonthDate) and value not in partial:
                partial.append(value)
    choices: list[tuple[bool, ...]]
    if len(partial) <= _MAX_EXPANDED:
        choices = list(itertools.product((False, True), repeat=len(partial)))
    else:
        choices = [(False,) * len(partial), (True,) * len(partial)]
    for choice in choices:
        pick = dict(zip(partial, choice, strict=True))

        def exact(value: date | MonthDate | None, pick: dict[MonthDate, bool] = pick):
            if isinstance(value, MonthDate):
                return value.last_day if pick[value] else value.first_day
            return value

        events = tuple(
            _Exact(e, exact(e.on), exact(e.until))  # type: ignore[arg-type]
            for e in request.events
            if e.kind in PERIOD_EVENTS
        )
        yield exact(start), events  # type: ignore[misc]


@dataclass(frozen=True)
class _Exact:
    event: Event
    on: date
    until: date | None


_SAME_DAY_ORDER = {"judgment_effective": 0, "proceedings_ended": 1}


def _scenario(
    request: DeadlineRequest, start: date, events: tuple[_Exact, ...], on: date
) -> Deadline:
    kind = request.kind
    period = request.period
    procedural = kind in ("appeal", "enforcement")
    steps: list[DeadlineStep] = [
        DeadlineStep(
            "start",
            start,
            (("kind", kind), ("label", request.start_label)),
            request.start_basis or _default_start_basis(kind, start),
        )
    ]
    unrolled = add_period(start, period)
    steps.append(
        DeadlineStep(
            "period",
            start,
            (("period", period), ("unrolled", unrolled), ("kind", kind)),
            (
                *(request.basis or _default_basis(kind, start, period)),
                *_arithmetic_basis(start, period, procedural),
            ),
        )
    )
    # A 民法通则 period of one or two years still running on 2017-10-01 became the three years
    # of 民法总则188; one (re)starting from that day is three years; one that ended before
    # stays ended (法释〔2018〕12号 arts. 1–3, repealed 2021 but governing those periods).
    lengthen = eligible = _lengthened_by_general_provisions(request, start, period)
    current_start = start
    state: Status = "running"
    joint_pending = False  # pending because of a suit against another joint debtor
    # The safe day counted from that suit's filing (contested reading): while still ahead, it
    # is the day to act by, though the better reading's last day is later.
    joint_safe: date | None = None
    joint_restart: date | None = None  # the period ran again from here when that suit ended
    for ex in sorted(events, key=lambda x: (x.on, _SAME_DAY_ORDER.get(x.event.kind, 2))):
        if lengthen and ex.on >= GENERAL_PROVISIONS_START:
            lengthen = False
            period, unrolled = _transition_2017(state, period, current_start, unrolled, steps)
        if ex.on <= start and ex.event.kind in INSTANT_INTERRUPTIONS | {
            "proceedings_ended",
            "obstacle",
        }:
            # An interruption or an obstacle on or before the day the period starts acts on
            # nothing (a demand before the judgment cannot shorten the enforcement period); a
            # suit or a judgment keeps its effect whenever it came.
            continue
        event = ex.event
        joint = (("joint", event.joint),)
        ended = event.kind in ("proceedings_ended", "judgment_effective")
        if event.joint and joint_pending and state == "pending" and ended:
            # The suit against the other joint debtor is over: the interruption it carried
            # to this one (诉讼时效规定15(2)) ends with it, and the period runs again from
            # that day (民法典195); the judgment itself decides nothing about this debtor.
            joint_pending = False
            unrolled, step = _restart_after_proceedings(ex.on, period)
            current_start = joint_restart = ex.on
            state = "running"
            steps.append(step)
            continue
        if event.joint and event.kind not in INSTANT_INTERRUPTIONS | {"suit"}:
            # Against another 连带债务人 only an interruption reaches this debtor (诉讼时效规定
            # 15(2)); a judgment or the end of proceedings against him decides nothing here.
            continue
        if (
            event.joint
            and event.kind in ("suit", "equal_effect")
            and state == "running"
            and kind == "limitation"
        ):
            # A suit against another joint debtor interrupts this one's period too, and — the
            # better reading of 民法典195 with 诉讼时效规定15(2) — until those proceedings end;
            # counting from the filing is the safe day, said in the step, since it is contested.
            # (A date before which the period counted from the filing already ran out is
            # not revived: the interruption must come inside the period.)
            current_end = roll(unrolled).end
            if ex.on <= current_end:
                state = "pending"
                joint_pending = True
                safe = roll(add_period(ex.on, period)).end
                joint_safe = safe
                pending_key = "suit_pending" if event.kind == "suit" else "equal_effect_pending"
                steps.append(
                    DeadlineStep(pending_key, ex.on, joint, _interruption_basis(event.kind, ex.on))
                )
                steps.append(
                    DeadlineStep(
                        "joint_suit_safe_day",
                        ex.on,
                        (("safe", safe), ("period", period), ("passed", safe < on)),
                        (_c("spc_limitation_provisions", 15, 2),)
                        if regime(ex.on) == "civil_code"
                        else (),
                    )
                )
                continue
        if event.joint and event.kind == "suit":
            # Reaching an enforcement period, or after this period ended: as before, an
            # interruption on the day of filing (which after the end acts on nothing).
            ex = _Exact(replace(event, kind="interruption"), ex.on, ex.until)
            event = ex.event
        if state == "pending" and event.kind == "suit" and not event.joint:
            joint_pending = False  # this debtor's own suit: his own proceedings now
            joint_safe = None
        if state == "pending":
            if event.kind == "proceedings_ended":
                unrolled, step = _restart_after_proceedings(ex.on, period)
                current_start = ex.on
                state = "running"
                steps.append(step)
            elif event.kind == "judgment_effective" and kind == "limitation":
                state = "decided"
                steps.append(_decided_step(ex))
            continue
        if state in ("decided", "applied", "suspended"):
            if state == "applied" and event.kind == "enforcement_terminated":
                steps.append(
                    DeadlineStep(
                        "enforcement_terminated",
                        ex.on,
                        basis=(_c("spc_civil_procedure_interpretation", 517, 2),),
                    )
                )
            continue
        current_end = roll(unrolled).end
        if ex.on > current_end:
            if (
                event.kind == "acknowledgement"
                and kind in ("limitation", "enforcement")
                and not event.joint
            ):
                # Agreeing to pay after the end binds only the one who agreed (民法典192(2)):
                # another joint debtor's promise revives nothing against this one.
                if eligible and ex.on >= GENERAL_PROVISIONS_START:
                    period = THREE_YEARS
                unrolled = add_period(ex.on, period)
                current_start = ex.on
                steps.append(
                    DeadlineStep(
                        "acknowledged_after_end",
                        ex.on,
                        (("end", current_end), ("unrolled", unrolled)),
                        (_c("civil_code", 192, 2), _c("spc_limitation_provisions", 19, 1))
                        if ex.on >= CIVIL_CODE_START
                        else (),
                    )
                )
            elif event.kind == "judgment_effective" and kind == "limitation":
                state = "decided"
                steps.append(_decided_step(ex))
            elif event.kind in INSTANT_INTERRUPTIONS | {"suit", "obstacle", "enforcement_applied"}:
                steps.append(
                    DeadlineStep(
                        "after_end",
                        ex.on,
                        (("event", event.kind), ("end", current_end)),
                        _after_end_basis(current_end, ex.on) if kind == "limitation" else (),
                    )
                )
            continue
        match event.kind:
            case "equal_effect" if kind == "limitation":
                # 申报破产债权, 支付令, 诉前保全 … (诉讼时效规定11): like a suit, the period runs
                # again only when that procedure ends (民法典195), not from the day it began.
                state = "pending"
                steps.append(
                    DeadlineStep(
                        "equal_effect_pending",
                        ex.on,
                        joint,
                        _interruption_basis("equal_effect", ex.on),
                    )
                )
            case "demand" | "acknowledgement" | "equal_effect" | "interruption":
                if kind == "enforcement" and event.kind == "equal_effect":
                    continue
                unrolled = add_period(ex.on, period)
                current_start = ex.on
                basis = _interruption_basis(event.kind, ex.on)
                if kind == "enforcement":
                    basis = (_c("civil_procedure_law", 250, 1), *basis)
                if event.joint and regime(ex.on) == "civil_code":
                    basis = (*basis, _c("spc_limitation_provisions", 15, 2))
                steps.append(
                    DeadlineStep(
                        "interrupted",
                        ex.on,
                        (("event", event.kind), ("unrolled", unrolled), ("period", period), *joint),
                        basis,
                    )
                )
            case "suit":
                if kind == "limitation":
                    state = "pending"
                    steps.append(
                        DeadlineStep(
                            "suit_pending", ex.on, joint, _interruption_basis("suit", ex.on)
                        )
                    )
            case "proceedings_ended":
                unrolled = add_period(ex.on, period)
                current_start = ex.on
                steps.append(
                    DeadlineStep(
                        "restart_after_proceedings",
                        ex.on,
                        (("unrolled", unrolled), ("period", period)),
                        _interruption_basis("restart", ex.on),
                    )
                )
            case "obstacle":
                unrolled, suspended, step = _suspend(unrolled, ex, kind)
                steps.append(step)
                if suspended:
                    state = "suspended"
            case "judgment_effective":
                if kind == "limitation":
                    state = "decided"
                    steps.append(_decided_step(ex))
            case "enforcement_applied":
                if kind == "enforcement":
                    state = "applied"
                    steps.append(
                        DeadlineStep(
                            "enforcement_applied", ex.on, basis=(_c("civil_procedure_law", 250, 1),)
                        )
                    )
    if lengthen:
        period, unrolled = _transition_2017(state, period, current_start, unrolled, steps)
    if state != "running":
        return Deadline(
            kind=kind,
            status=state,
            end=None,
            unrolled_end=None,
            latest_end=None,
            provisional=False,
            act_by=None,
            days_left=None,
            steps=tuple(steps),
        )
    if kind == "limitation":
        cap_from = date_range(request.cap_start)[0] if request.cap_start else start
        cap = add_period(cap_from, Period(years=20))
        if unrolled > cap:
            unrolled = cap
            steps.append(
                DeadlineStep(
                    "cap", cap_from, (("unrolled", cap),), limitation_start_basis(cap_from)
                )
            )
    rolled = roll(unrolled)
    steps.extend(_roll_steps(rolled, procedural))
    days_left = (rolled.end - on).days
    status: Status = "passed" if days_left < 0 else "running"
    act_by = rolled.act_by
    # (A later interruption of this debtor's own restarts the period on both readings.)
    if joint_safe is not None and current_start == joint_restart and on <= joint_safe < rolled.end:
        act_by = min(act_by or joint_safe, joint_safe)
    return Deadline(
        kind=kind,
        status=status,
        end=rolled.end,
        unrolled_end=rolled.unrolled,
        latest_end=rolled.end,
        provisional=rolled.provisional,
        act_by=act_by,
        days_left=days_left,
        steps=tuple(steps),
        unpublished_years=rolled.unpublished_years,
    )


THREE_YEARS = Period(years=3)


def _lengthened_by_general_provisions(
    request: DeadlineRequest, start: date, period: Period
) -> bool:
    """A limitation period of 民法通则135 or 136 (two years, one year) starting before
    2017-10-01: 民法总则188's three years may reach it."""
    if request.kind != "limitation" or regime(start) != "general_principles":
        return False
    if period not in (Period(years=1), Period(years=2)):
        return False
    basis = request.basis or limitation_period_basis(start)
    return any(
        c.law == "general_principles_civil_law_1986" and c.article in (135, 136) for c in basis
    )


def _transition_2017(
    state: Status, period: Period, current_start: date, unrolled: date, steps: list[DeadlineStep]
) -> tuple[Period, date]:
    """The period and its unrolled end once 民法总则 is in force (法释〔2018〕12号 arts. 1–3):
    a period still running on 2017-10-01 runs three years from its (re)start; one held by a
    suit runs three years when it starts again; one that had ended stays ended."""
    if state == "running":
        if roll(unrolled).end < GENERAL_PROVISIONS_START:
            return period, unrolled
        unrolled = add_period(current_start, THREE_YEARS)
        steps.append(
            DeadlineStep(
                "transition_2017",
                GENERAL_PROVISIONS_START,
                (("unrolled", unrolled), ("period", THREE_YEARS)),
                (_c("general_provisions_civil_law_2017", 188, 1),),
            )
        )
        return THREE_YEARS, unrolled
    if state in ("pending", "suspended"):
        steps.append(
            DeadlineStep(
                "transition_2017_later",
                GENERAL_PROVISIONS_START,
                (("period", THREE_YEARS),),
                (_c("general_provisions_civil_law_2017", 188, 1),),
            )
        )
        return THREE_YEARS, unrolled
    return period, unrolled


def _decided_step(ex: _Exact) -> DeadlineStep:
    return DeadlineStep(
        "decided",
        ex.on,
        (("performance_end", ex.until),),
        (_c("civil_procedure_law", 250, 2),),
    )


def _suspend(unrolled: date, ex: _Exact, kind: DeadlineKind) -> tuple[date, bool, DeadlineStep]:
    """民法典194 (民法总则194): an obstacle in the last six months ends the period six months
    after it ends; 民法通则139: the period stops while it lasts and then runs on."""
    window_start = _months_before(unrolled, 6)
    basis = _suspension_basis(max(ex.on, window_start))
    if kind == "enforcement":
        basis = (_c("civil_procedure_law", 250, 1), *basis)
    if ex.until is None:
        if ex.on <= unrolled:
            return unrolled, True, DeadlineStep("suspended_open", ex.on, (), basis)
    elif ex.until >= window_start and ex.on <= unrolled:
        old_law = regime(max(ex.on, window_start)) == "general_principles"
        if old_law:
            new = unrolled + (ex.until - max(ex.on, window_start))
        else:
            new = add_period(ex.until, Period(months=6))
        new = max(new, unrolled)
        return (
            new,
            False,
            DeadlineStep(
                "suspended_general_principles" if old_law else "suspended",
                ex.on,
                (("until", ex.until), ("window_start", window_start), ("unrolled", new)),
                basis,
            ),
        )
    return (
        unrolled,
        False,
        DeadlineStep(
            "obstacle_outside", ex.on, (("until", ex.until), ("window_start", window_start))
        ),
    )


def _roll_steps(rolled: Rolled, procedural: bool) -> list[DeadlineStep]:
    steps = []
    first = rolled.unrolled_status
    if first.make_up_workday:
        steps.append(
            DeadlineStep("make_up_workday", rolled.unrolled, (("holiday", first.holiday),))
        )
    if rolled.skipped:
        reasons = tuple(
            dict.fromkeys((s.kind, s.holiday) for s in rolled.skipped if s.kind is not None)
        )
        basis = _roll_basis(rolled.unrolled, procedural)
        if any(not s.published and s.kind == "holiday" for s in rolled.skipped):
            basis = (*basis, _c("public_holidays_measures", 2))
        steps.append(
            DeadlineStep(
                "rolled",
                rolled.unrolled,
                (
                    ("end", rolled.end),
                    ("reasons", reasons),
                    ("official", all(s.published for s in rolled.skipped)),
                ),
                basis,
            )
        )
    if rolled.provisional:
        steps.append(
            DeadlineStep(
                "provisional",
                rolled.end,
                (
                    ("years", rolled.unpublished_years),
                    ("act_by", rolled.act_by),
                    ("end", rolled.end),
                ),
                (_c("public_holidays_measures", 2),),
            )
        )
    return steps
