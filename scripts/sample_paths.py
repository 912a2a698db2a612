"""Answer paths used as samples by the screenshots, the GUI tests and the benchmarks.

A path is a list of answers in the order the pages ask them: a choice id, a date written
``YYYY-MM-DD`` (or ``YYYY-MM``), and for the other question types of tree format 2 what a
worker types or ticks: ``Typed`` (an amount or a date as typed, e.g. ``12万``,
``2024年6月``), ``NOT_KNOWN`` (the "不清楚" box of a date or an amount), ``Ticks`` (a multiple
choice) and ``History`` (the case's history, event by event). ``answer_all`` gives them to a
session as the engine's values; ``tests/gui/keys.py`` types them into the desktop app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wizard.answers import UNKNOWN, MonthDate, parse_amount_text, parse_date_text
from wizard.deadlines import Event
from wizard.engine import Answer, Session
from wizard.model import DateQuestion, EventsQuestion, MoneyQuestion, MultiQuestion, Node


@dataclass(frozen=True)
class Typed:
    """An amount or a date as a worker types it (``12万``, ``¥3,000``, ``2024年6月``)."""

    text: str


@dataclass(frozen=True)
class Ticks:
    """The choices ticked in a multiple choice, by id."""

    ids: tuple[str, ...]


@dataclass(frozen=True)
class Happened:
    """One event of the case's history as typed: its kind, date (a month alone allowed), the
    second date of an obstacle or a judgment ("" for none) and against whom ("" for none)."""

    kind: str
    on: str
    until: str = ""
    party: str = ""


@dataclass(frozen=True)
class History:
    """The case's history as recorded (an empty one is an answer too)."""

    events: tuple[Happened, ...] = ()


#: The "不清楚 / 待核实" box of a date or an amount.
NOT_KNOWN = "<not known>"

PathEntry = str | Typed | Ticks | History


def _day(text: str) -> date | MonthDate:
    return parse_date_text(text, allow_month=True)


def engine_answer(node: Node, entry: PathEntry) -> Answer:
    """What the desktop app sends the engine for ``entry`` typed or ticked at ``node``."""
    if entry == NOT_KNOWN:
        return UNKNOWN
    if isinstance(entry, Ticks) or (isinstance(node, MultiQuestion) and isinstance(entry, str)):
        return entry.ids if isinstance(entry, Ticks) else (entry,)
    if isinstance(entry, History):
        assert isinstance(node, EventsQuestion), node.id
        return tuple(
            Event(e.kind, _day(e.on), _day(e.until) if e.until else None, e.party)  # type: ignore[arg-type]
            for e in entry.events
        )
    text = entry.text if isinstance(entry, Typed) else entry
    if isinstance(node, DateQuestion):
        return _day(text)
    if isinstance(node, MoneyQuestion):
        return parse_amount_text(text)
    return text


def answer_all(session: Session, path: list[PathEntry]) -> Session:
    """Answer ``path`` page by page, as the desktop app would."""
    for entry in path:
        session.answer(engine_answer(session.current, entry))
    return session


#: A notice-and-takedown case on an e-commerce platform, walked with side, choice and date
#: questions only (the desktop app's widgets for format 2's other question types are pending):
#: counterfeits of the client's trade mark were listed in a shop from 2022-01-15; an effective
#: notice reached the platform on 2022-03-10, it took the listing down only on 2022-06-20 and
#: forwarded the notice; the seller is known — ISP-U (the seller's own liability) and ISP-C,
#: 连带责任 for the enlarged part of the damage.
ISP_NOTICE_NOT_ACTED = [
    "rights_holder", "removed_platform", "2022-06-20", "2022-01-15", "other_ip", "yes",
    "ecommerce", "no", "effective", "2022-03-10", "no", "yes", "2022-03-05", "known", "no",
]  # fmt: skip

#: The question of that path whose answer "yes" (the platform acted in time) turns ISP-C into
#: ISP-A; the GUI test changes it from the review page.
ISP_MEASURES_QUESTION = "measures_timely"

#: A creditor of a company that can still pay (shareholder tree): no history recorded, the
#: claim due on 2025-03-01, no director liability — SH-D, enforce against the company first.
#: Only side, choice and date questions, for the desktop app until it has widgets for format
#: 2's money, multiple-choice and history questions.
SHAREHOLDER_COMPANY_CAN_PAY = [
    "creditor", "trade", "no", "2025-03-01", "no", "none", "operating", "llc_multi", "can_pay",
]  # fmt: skip

#: A creditor of a partner's personal debt in a registered general partnership — P-L: the
#: partnership and the other partners are not liable; the partner's share can be enforced;
#: 50,000 lent on 2024-03-01, due 2024-09-01, nothing happened since (limitation to 2027-09-01).
#: It asks an amount and the case's history, which the desktop app's widgets do not show yet.
PARTNERSHIP_PERSONAL_DEBT = [
    "creditor", "general", "personal_debt", "50000", "2024-03-01", "2024-09-01", (),
]  # fmt: skip

#: A partner claimed against who was in fact a salaried employee — P-D6. Side, choice and date
#: questions only: the partnership path the desktop app can walk before it has widgets for
#: format 2's other question types.
PARTNERSHIP_NOT_A_PARTNER = ["partner", "not_partnership", "2022-05-01", "employee"]

#: A guarantee case with side, choice and date questions only: a guarantor under a joint and
#: several guarantee signed in 2022, whose creditor went only after the debtor; the guarantee
#: period ended on 2025-02-28 — G-D, the guarantor is released. (The creditor's side of it also
#: asks the case's history, for the limitation of the claim against the debtor.)
GUARANTOR_RELEASED = [
    "guarantor", "2022-03-01", "guarantee", "valid", "person", "joint", "none", "fixed",
    "2024-08-31", "debtor_only", "none",
]  # fmt: skip

#: A company divided in 2024; the creditor's claim arose after the division (DM-D: the other
#: successors are not liable by reason of it). Side, choice and date questions only, so the
#: desktop app can walk it before it has widgets for the format-2 question types.
DIVISION_LATER_DEBT = [
    "creditor", "company", "division", "2024-09-15", "2024-10-10", "2025-04-10", "none",
]  # fmt: skip

#: A kettle bought in a shop in 2023 burned the client in 2024; the producer caused the defect
#: (PL-A: producer and seller each liable for the whole). Side, choice and date questions only.
PRODUCT_PRODUCER_DEFECT = [
    "victim", "product", "2024-05-10", "2024-05-10", "2023-11-01", "offline", "no", "harm",
    "producer", "yes", "none",
]  # fmt: skip

#: A fight in 2022 (joint_tort): three men beat the client together, he knew them that day, the
#: loss is not yet known and nothing has happened since — JT-A, 连带责任 under 民法典1168. Only
#: side, choice and date questions, so the desktop app can walk it before the format-2 widgets
#: land.
JOINT_TORT_FIGHT = [
    "injured", "2022-03-01", "injury", "joint", "no", "2022-03-01", "none", "not_yet", "no",
]  # fmt: skip

#: A salesman who took the buyer's kickback (agency): the company (the principal) learnt of the
#: loss in 2022 and nothing has happened since — AG-A, 连带责任 under 民法典164(2). Only side,
#: choice and date questions.
AGENCY_COLLUSION = ["principal", "2022-03-01", "collusion", "2022-06-01", "not_yet", "no"]

# --- paths through every question type of tree format 2 ---------------------------------------

#: The worked example of tree format 2 (docs/examples/guarantee-example.json), from the
#: creditor's side, through every question type: a loan of 12万 guaranteed jointly by two
#: guarantors, 30,000.50 repaid, the debt due some day in June 2024 (only the month is
#: known), a demand that reached the guarantors on 2024-09-10, then the guarantors' IOU in
#: March 2025 and a demand on the debtor in September 2025 (month only); the creditor has the
#: guarantee contract and the proof of the demand — EX-A, the guarantors are liable.
GUARANTEE_EXAMPLE_CREDITOR: list[PathEntry] = [
    "creditor", Typed("12万"), Typed("¥30,000.50"), "joint", Typed("2024年6月"), "yes",
    Typed("2024/9/10"),
    History((
        Happened("acknowledgement", "2025-03-01", party="guarantor"),
        Happened("demand", "2025年9月", party="debtor"),
    )),
    Ticks(("guarantee_contract", "demand_proof")),
]  # fmt: skip

#: The names typed on the case information page for that path (one line per party).
GUARANTEE_EXAMPLE_NAMES = {
    "creditor": "某小额贷款公司",
    "debtor": "王某",
    "guarantor": "张三、李四",
}

#: The same loan from a guarantor's side, who knows neither what was repaid nor which kind of
#: guarantee he signed: "不清楚" on the amount and on the choice — EX-G, which depends on the
#: facts to verify (the report lists the evidence that would settle them).
GUARANTEE_EXAMPLE_UNKNOWNS: list[PathEntry] = [
    "guarantor", Typed("120,000"), NOT_KNOWN, "unknown",
]  # fmt: skip

#: A creditor of an unregistered partnership (a snack shop run on an oral agreement): 12万
#: owed since June 2023 (month only), due 2023-12-31; a demand on the shop, an obstacle from
#: May to July 2024, the partners' IOU in January 2025; two partners from the start and one who
#: left on 2024-10-08 (no one left later) — P-J (the partners), P-J5 (the departed partner, for
#: a debt from before he left) and P-R, 连带责任 of each. Money, month-only dates, the history
#: with parties and second dates, a multiple choice, and a question that names a party
#: ({party.departed}).
PARTNERSHIP_PARTNER_LEFT: list[PathEntry] = [
    "creditor", "unregistered", "partnership_debt", Typed("12万"), Typed("2023年6月"), "no",
    "2023-12-31",
    History((
        Happened("demand", "2024-03-01", party="venture"),
        Happened("obstacle", "2024-05-01", "2024-07-01", party="venture"),
        Happened("acknowledgement", "2025-01-15", party="partner"),
    )),
    Ticks(("partner", "departed")), "2024-10-08", "no",
]  # fmt: skip

PARTNERSHIP_PARTNER_LEFT_NAMES = {
    "venture": "某某小吃店",
    "partner": "张三、李四",
    "departed": "王五",
}

#: A trade creditor of a company with several shareholders, with a judgment (effective
#: 2025-04-20, to be paid by 2025-05-10) that could not be enforced; the shareholders mixed
#: their assets with the company's and controlled it (from May 2023, month only); the capital
#: was paid and not withdrawn — SH-A: the shareholders who abused the company's independence
#: are jointly liable for its 50万 debt.
SHAREHOLDER_VEIL_PIERCED: list[PathEntry] = [
    "creditor", "trade", "yes",
    History((
        Happened("demand", "2024-03-01"),
        Happened("judgment_effective", "2025-04-20", "2025-05-10"),
    )),
    "no", "none", "operating", "llc_multi", "enforcement_failed", Typed("50万"),
    Ticks(("mixing", "control")), Typed("2023年5月"), "no", Ticks(("all_paid",)),
    Ticks(("none",)),
]  # fmt: skip
