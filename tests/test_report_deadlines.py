"""The deadline to act on first, as the report's conclusion states it: for the client's side,
never a long-stop while the period it bounds is computed, and 'act now' once the safe day has
passed."""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

from tests.helpers import library, raw_format2_example, tree
from wizard.casefile import CaseInfo
from wizard.engine import Session
from wizard.report import render_report
from wizard.treefile import build_tree, expand_definitions

ON = date(2026, 12, 5)
NAMES = CaseInfo(consultation_date=ON, parties=(("guarantor", ("张三",)),))


def walk(side: str, due: object, demand: object, on: date = ON, raw: dict | None = None) -> str:
    chosen = build_tree(expand_definitions(raw)) if raw is not None else tree("example_guarantee")
    session = Session(chosen, on)
    answers = [side, Decimal(100000), Decimal(0), "joint", due]
    answers += ["yes", demand, (), ("guarantee_contract",)] if demand else ["no"]
    for answer in answers:
        session.answer(answer)  # type: ignore[arg-type]
    assert session.is_finished
    return render_report(session, CaseInfo(consultation_date=on, parties=NAMES.parties), library())


def test_the_creditor_is_told_to_act_and_the_guarantor_whose_deadline_it_is() -> None:
    creditor = walk("creditor", date(2024, 3, 31), date(2024, 8, 20))
    guarantor = walk("guarantor", date(2024, 3, 31), date(2024, 8, 20))
    assert "最近的期限：保证债务的诉讼时效" in creditor
    assert "请在此日或之前行事" in creditor and "对方须在" not in creditor
    assert "对方的期限：保证债务的诉讼时效" in guarantor
    assert "对方须在此日或之前行事" in guarantor and "请在此日或之前行事" not in guarantor


def test_a_month_only_date_that_may_have_passed_is_urgent() -> None:
    # Due in 2026-06: the six-month guarantee period ends between 12-01 and 12-31.
    from wizard.answers import MonthDate

    html = walk("creditor", MonthDate(2026, 6), None)
    assert "紧急：保证期间" in html and "可能已经届满" in html
    assert "此日已过，请立即行事" in html


def test_a_passed_safe_day_before_the_last_day_says_act_now() -> None:
    # Due 2026-06-06: six months end on Sunday 2026-12-06, rolled to Monday 12-07; on Saturday
    # 12-05 the day is still ahead. On Monday 12-07 itself it is today.
    ahead = walk("creditor", date(2026, 6, 6), None)
    assert "最近的期限：保证期间" in ahead
    # A provisional 2027 end whose act-by day has passed: due 2026-07-31, six months end on
    # Sunday 2027-01-31, at least Monday 02-01 (2027 not yet published), act by Friday 01-29;
    # asked on Saturday 01-30.
    late = walk("creditor", date(2026, 7, 31), None, on=date(2027, 1, 30))
    assert "紧急：保证期间（" in late and "最后一日为 2027年2月1日" in late and "请立即行事" in late


def test_a_long_stop_never_leads_while_the_period_it_bounds_is_computed() -> None:
    raw = copy.deepcopy(raw_format2_example())
    deadlines = raw["definitions"]["deadlines"]
    deadlines["long_stop"] = {
        "id": "long_stop",
        "kind": "other",
        "label": {"zh": "最长期间（自债务到期起五年）", "en": "Long-stop (five years)"},
        "from": "due_date",
        "add": {"years": 5},
        "basis": [{"law": "civil_code", "article": 692, "paragraph": 2}],
        "long_stop_for": "guarantee_period",
        "acts": ["creditor"],
    }
    still_open = next(n for n in raw["nodes"] if n["id"] == "still_open")
    still_open["deadlines"] = [*still_open.get("deadlines", []), {"use": "long_stop"}]
    # Due 2023-03-31: the six months ended in 2023; the five years run to 2028 — the headline
    # must not send the creditor to 2028.
    html = walk("creditor", date(2026, 8, 31), None, raw=raw)
    assert "最近的期限：保证期间" in html
    assert "最近的期限：最长期间" not in html
    assert "两者以先届满者为准" in html


def test_a_safe_day_from_another_debtors_suit_leads_and_names_the_last_day() -> None:
    """A suit against another joint debtor ended; the period runs again from its end (民法典195),
    but counted from the filing — a contested reading — it ends sooner: the row's day to act
    by is that safe day, and it names the later last day (worker walk I2)."""
    from wizard.deadlines import DeadlineRequest, Event, compute
    from wizard.engine import ComputedDeadline, Result
    from wizard.model import Period
    from wizard.report import _deadline, report_strings

    on = date(2022, 1, 4)
    request = DeadlineRequest(
        "limitation",
        date(2019, 1, 10),
        Period(years=3),
        (
            Event("suit", date(2020, 3, 2), joint=True),
            Event("judgment_effective", date(2021, 6, 1), date(2021, 6, 15), joint=True),
        ),
    )
    deadline = compute(request, on)
    assert deadline.end == date(2024, 6, 3) and deadline.act_by == date(2023, 3, 2)
    guarantee = tree("example_guarantee")
    spec = next(d for n in guarantee.outcomes for d in n.deadlines if d.kind == "limitation")
    row = _deadline(
        ComputedDeadline(spec, deadline, request),
        report_strings()["zh"],
        "zh",
        library(),
        lambda text: text.zh if text else "",
        Result(guarantee.outcomes[0], (), ()),
        on,
    )
    assert row["act_by"] == "2023年3月2日（星期四）"
    assert (
        row["end_note"]
        == "稳妥之日（自起诉之日起算）；自程序终结时起算，最后一日为 2024年6月3日（星期一）"
    )
