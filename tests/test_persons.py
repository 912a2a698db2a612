"""Events against one person of a party that holds several names (a demand on 张三 of the
guarantors 张三、李四): the deadline is computed per person, the report names each row's person,
the case file and the walk keep who it was."""

from __future__ import annotations

import copy
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

from tests.helpers import library, raw_format2_example
from wizard.casefile import CaseInfo, load_case, save_case
from wizard.deadlines import Event
from wizard.engine import OTHERS, Session
from wizard.report import render_report
from wizard.textwalk import TextWalk
from wizard.treefile import build_tree, expand_definitions

ON = date(2026, 12, 5)
GUARANTORS = ("张三", "李四")
INFO = CaseInfo(consultation_date=ON, parties=(("guarantor", GUARANTORS),))


def example(persons: str | None = None):
    raw = copy.deepcopy(raw_format2_example())
    if persons:
        raw["definitions"]["deadlines"]["guarantee_debt_limitation"]["events"]["persons"] = persons
    return build_tree(expand_definitions(raw))


def creditor(*history: Event, persons: str | None = None, names=GUARANTORS) -> Session:
    """A joint guarantee demanded in time on 2024-08-20; the limitation then runs three years."""
    session = Session(example(persons), ON)
    session.set_names({"guarantor": names} if names else {})
    for answer in (
        "creditor",
        Decimal(100000),
        Decimal(0),
        "joint",
        date(2024, 3, 31),
        "yes",
        date(2024, 8, 20),
        history,
        ("guarantee_contract",),
    ):
        session.answer(answer)  # type: ignore[arg-type]
    assert session.is_finished
    return session


def rows(session: Session) -> dict[str, object]:
    return {
        d.person or "*": d.deadline
        for d in session.result().deadlines
        if d.spec.id == "guarantee_debt_limitation"
    }


def demand_on(person: str, day: date = date(2025, 6, 1), kind: str = "demand") -> Event:
    return Event(kind, day, party="guarantor", person=person)  # type: ignore[arg-type]


def test_without_a_person_named_there_is_one_row() -> None:
    only = rows(creditor(Event("demand", date(2025, 6, 1), party="guarantor")))
    assert list(only) == ["*"] and only["*"].unrolled_end == date(2028, 6, 1)


def test_a_demand_on_one_of_several_interrupts_for_him_alone() -> None:
    found = rows(creditor(demand_on("张三")))
    assert list(found) == ["张三", "李四"]
    assert found["张三"].unrolled_end == date(2028, 6, 1)
    assert found["李四"].unrolled_end == date(2027, 8, 20)


def test_joint_debtors_share_an_interruption_and_a_suit_but_not_a_judgment() -> None:
    found = rows(creditor(demand_on("张三"), persons="joint"))
    assert found["李四"].unrolled_end == date(2028, 6, 1)
    assert any(s.key == "interrupted" and s.value("joint") for s in found["李四"].steps)
    sued = rows(creditor(demand_on("张三", kind="suit"), persons="joint"))
    assert sued["张三"].status == "pending"
    # The suit against 张三 holds 李四's period too until it ends; the safe day is stated.
    assert sued["李四"].status == "pending"
    safe = next(s for s in sued["李四"].steps if s.key == "joint_suit_safe_day")
    assert safe.value("safe") == date(2028, 6, 1)
    judged = rows(
        creditor(
            demand_on("张三", date(2025, 1, 10), "suit"),
            Event("judgment_effective", date(2025, 6, 1), party="guarantor", person="张三"),
            persons="joint",
        )
    )
    assert judged["张三"].status == "decided" and judged["李四"].status == "running"
    assert judged["李四"].unrolled_end == date(2028, 6, 1)  # three years from the judgment


def test_a_whole_party_event_counts_for_every_person() -> None:
    found = rows(
        creditor(Event("acknowledgement", date(2025, 2, 1), party="guarantor"), demand_on("张三"))
    )
    assert found["李四"].unrolled_end == date(2028, 2, 1)
    assert found["张三"].unrolled_end == date(2028, 6, 1)


def test_without_the_names_the_unnamed_are_the_others() -> None:
    found = rows(creditor(demand_on("张三"), names=()))
    assert list(found) == ["张三", OTHERS]
    assert found[OTHERS].unrolled_end == date(2027, 8, 20)


def test_the_report_names_each_rows_person_and_the_history_whom_it_concerned() -> None:
    html = render_report(creditor(demand_on("张三")), INFO, library())
    assert "保证债务的诉讼时效（自要求保证人承担责任之日起三年）（张三）" in html
    assert "保证债务的诉讼时效（自要求保证人承担责任之日起三年）（李四）" in html
    assert "保证人（张三）" in html
    # The conclusion leads with the earliest: 李四's, which no demand interrupted.
    assert "2027年8月20日" in html[: html.index("认定与依据")]


def test_the_case_file_keeps_the_person(tmp_path: Path) -> None:
    session = creditor(demand_on("李四"))
    path = tmp_path / "case.json"
    save_case(path, INFO, session)
    loaded = load_case(path, {session.tree.id: session.tree})
    (event,) = loaded.session.answers["history"]
    assert event.person == "李四"
    assert rows(loaded.session)["李四"].unrolled_end == date(2028, 6, 1)


def test_the_walk_takes_one_person_by_number() -> None:
    session = Session(example(), ON)
    names = ["", "", "张三、李四"]
    answers = ["1", "100000", "0", "1", "2024-03-31", "1", "2024-08-20", "1 2025-06-01 1.2", ""]
    typed = "\n".join([*names, *answers, "1", ""])
    out = io.StringIO()
    walk = TextWalk(session, library(), "zh", io.StringIO(typed + "\n"), out, CaseInfo(ON))
    assert walk.ask_parties() and walk.run(), out.getvalue()
    (event,) = walk.session.answers["history"]
    assert (event.party, event.person) == ("guarantor", "李四")
    assert "1.2 李四" in out.getvalue()


def test_a_judgment_against_one_person_gives_no_enforcement_period_against_another() -> None:
    session = creditor(
        demand_on("张三", date(2025, 1, 10), "suit"),
        Event("judgment_effective", date(2025, 6, 1), party="guarantor", person="张三"),
    )
    found = {
        d.person: d.deadline
        for d in session.result().deadlines
        if d.spec.id == "enforcement_against_guarantor"
    }
    assert found["张三"].end is not None
    assert found["李四"].status == "missing" and found["李四"].end is None
