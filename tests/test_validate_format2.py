"""The validator's format-2 rules: one broken tree per rule, reported by file and node id."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import library, raw_format2_example
from wizard.validate import validate_paths

Raw = dict[str, Any]


def node(raw: Raw, node_id: str) -> dict[str, Any]:
    return next(n for n in raw["nodes"] if n["id"] == node_id)


def _no_side_node(raw: Raw) -> None:
    raw["nodes"][0] = {
        "id": "side",
        "type": "choice",
        "text": {"zh": "立场？", "en": "Side?"},
        "choices": [
            {"id": "a", "label": {"zh": "甲", "en": "A"}, "next": "debt_amount"},
            {"id": "b", "label": {"zh": "乙", "en": "B"}, "next": "debt_amount"},
        ],
    }


def _undeclared_side_offered(raw: Raw) -> None:
    node(raw, "side")["choices"].append({"side": "platform", "next": "debt_amount"})


def _declared_side_missing(raw: Raw) -> None:
    raw["sides"].append({"id": "co_guarantor", "label": {"zh": "共同保证人", "en": "co-guarantor"}})


def _side_node_without_sides(raw: Raw) -> None:
    del raw["sides"]
    for n in raw["nodes"]:  # keep the rest valid: summaries as plain texts
        if n["type"] == "outcome":
            n["summary"] = {"zh": n["summary"][0]["zh"], "en": n["summary"][0]["en"]}


def _plain_summary(raw: Raw) -> None:
    node(raw, "liable")["summary"] = {"zh": "结论", "en": "Outcome"}


def _summary_for_one_side(raw: Raw) -> None:
    node(raw, "liable")["summary"].pop()


def _next_step_for_no_side(raw: Raw) -> None:
    node(raw, "liable")["next_steps"].append({"zh": "起诉", "en": "Sue"})


def _undeclared_side_in_condition(raw: Raw) -> None:
    node(raw, "liable")["next_steps"][0]["side"] = ["platform"]


def _two_unknown_choices(raw: Raw) -> None:
    choices = node(raw, "demanded")["choices"]
    choices[1]["unknown"] = True


def _exclusive_on_a_choice(raw: Raw) -> None:
    node(raw, "demanded")["choices"][0]["exclusive"] = True


def _unknown_without_evidence(raw: Raw) -> None:
    del node(raw, "due_date")["verify"]


def _unknown_condition_on_a_sure_question(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {"unknown": "guarantee_type_x"}


def _unknown_condition_on_a_plain_question(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {"unknown": "debt_amount"}


def _month_only_not_allowed(raw: Raw) -> None:
    node(raw, "due_date")["allow_month"] = False
    node(raw, "liable")["evidence"][0]["when"] = {"month_only": "due_date"}


def _includes_on_a_choice(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {
        "answer": "guarantee_type",
        "includes_any": ["joint"],
    }


def _includes_an_unoffered_choice(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {"answer": "papers", "includes_any": ["receipt"]}


def _comparison_not_asked_on_every_path(raw: Raw) -> None:
    # demand_date is asked only after "demanded: yes"; EX-E is also reached without it.
    node(raw, "still_open")["evidence"][0]["when"] = {
        "date": "demand_date",
        "before": {"date": "due_date"},
    }


def _comparison_with_an_undefined_deadline(raw: Raw) -> None:
    node(raw, "period_branch")["rules"][0]["when"] = {
        "date": "demand_date",
        "on_or_before": {"deadline": "guarantee_period_x"},
    }


def _unknown_not_handled_by_a_branch(raw: Raw) -> None:
    node(raw, "period_branch")["rules"].pop(1)
    # the outcome reached only through the removed rule must stay reachable
    node(raw, "period_branch")["otherwise"]["next"] = "released"
    node(raw, "demanded")["choices"][2]["next"] = "depends"


def _event_condition_with_a_kind_not_asked(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {"event": "history", "kinds": ["obstacle"]}


def _event_condition_with_a_party_not_asked(raw: Raw) -> None:
    node(raw, "liable")["evidence"][0]["when"] = {
        "event": "history",
        "kinds": ["demand"],
        "parties": ["creditor"],
    }


def _events_about_an_undeclared_party(raw: Raw) -> None:
    node(raw, "history")["parties"].append("notary")


def _events_on_a_guarantee_period(raw: Raw) -> None:
    raw["definitions"]["deadlines"]["guarantee_period"]["events"] = {"from": "history"}


def _events_from_a_date_question(raw: Raw) -> None:
    raw["definitions"]["deadlines"]["guarantee_debt_limitation"]["events"] = {"from": "due_date"}


def _deadline_acted_on_by_an_undeclared_side(raw: Raw) -> None:
    raw["definitions"]["deadlines"]["guarantee_debt_limitation"]["acts"] = ["platform"]


def _long_stop_of_an_undeclared_deadline(raw: Raw) -> None:
    raw["definitions"]["deadlines"]["guarantee_period"]["long_stop_for"] = "limitation_x"


def _joint_persons_of_single_parties(raw: Raw) -> None:
    raw["definitions"]["deadlines"]["guarantee_debt_limitation"]["events"] = {
        "from": "history",
        "parties": ["debtor"],
        "persons": "joint",
    }


def _amount_of_nothing(raw: Raw) -> None:
    raw["amounts"][0]["difference"] = ["debt_amount", "paid_back"]


def _amount_of_itself(raw: Raw) -> None:
    raw["amounts"] = [{"id": "outstanding", "sum": ["debt_amount", "outstanding"]}]


def _amount_named_as_a_node(raw: Raw) -> None:
    raw["amounts"].append({"id": "repaid", "sum": ["debt_amount", "debt_amount"]})


def _placeholder_party(raw: Raw) -> None:
    node(raw, "liable")["title"]["zh"] = "{party.platform}承担责任"


def _placeholder_amount(raw: Raw) -> None:
    node(raw, "liable")["title"]["zh"] = "{amount.half}"


def _placeholder_date(raw: Raw) -> None:
    node(raw, "liable")["title"]["en"] = "{date.debt_amount}"


def _placeholder_deadline(raw: Raw) -> None:
    node(raw, "released")["title"]["zh"] = "{deadline.limitation}"


def _placeholder_kind(raw: Raw) -> None:
    node(raw, "released")["title"]["zh"] = "{name.creditor}"


def _format_1_with_format_2_features(raw: Raw) -> None:
    raw["format_version"] = 1


CASES: list[tuple[str, Callable[[Raw], None], str, str]] = [
    ("no side question", _no_side_node, "(tree)", "declares sides but has 0 side questions"),
    (
        "undeclared side offered",
        _undeclared_side_offered,
        "side",
        "offers side 'platform', which the tree does not declare",
    ),
    (
        "declared side missing",
        _declared_side_missing,
        "side",
        "does not offer the declared side 'co_guarantor'",
    ),
    (
        "side question, no sides",
        _side_node_without_sides,
        "side",
        "asks the client's side, but the tree declares no sides",
    ),
    ("plain summary", _plain_summary, "liable", "summary: written for no side"),
    (
        "summary for one side",
        _summary_for_one_side,
        "liable",
        "summary: no variant for side 'guarantor'",
    ),
    ("next step for no side", _next_step_for_no_side, "liable", "next_steps[3]: no side condition"),
    (
        "undeclared side in a condition",
        _undeclared_side_in_condition,
        "liable",
        "names side 'platform', which the tree does not declare",
    ),
    ("two unknown choices", _two_unknown_choices, "demanded", "more than one 不清楚 answer"),
    (
        "exclusive on a choice",
        _exclusive_on_a_choice,
        "demanded (/nodes/5/choices/0)",
        "'exclusive' was unexpected",
    ),
    (
        "unknown without evidence",
        _unknown_without_evidence,
        "due_date",
        "names no evidence that would settle it",
    ),
    (
        "unknown of no question",
        _unknown_condition_on_a_sure_question,
        "liable",
        "reads 'guarantee_type_x', which is not a node",
    ),
    (
        "unknown of a sure question",
        _unknown_condition_on_a_plain_question,
        "liable",
        "reads 'debt_amount', which offers no 不清楚 answer",
    ),
    (
        "month only not allowed",
        _month_only_not_allowed,
        "liable",
        "does not allow a month-only date",
    ),
    ("includes on a choice", _includes_on_a_choice, "liable", "which is not a MultiQuestion"),
    (
        "includes an unoffered choice",
        _includes_an_unoffered_choice,
        "liable",
        "names choice 'receipt', not offered at 'papers'",
    ),
    (
        "comparison not asked on every path",
        _comparison_not_asked_on_every_path,
        "still_open",
        "reads 'demand_date', which some paths to this node never ask",
    ),
    (
        "undefined deadline",
        _comparison_with_an_undefined_deadline,
        "period_branch",
        "compares with deadline 'guarantee_period_x', which definitions.deadlines does not define",
    ),
    (
        "unknown not handled",
        _unknown_not_handled_by_a_branch,
        "period_branch",
        "no rule of this branch handles that",
    ),
    (
        "event kind not asked",
        _event_condition_with_a_kind_not_asked,
        "liable",
        "names 'obstacle', not asked at 'history'",
    ),
    (
        "event party not asked",
        _event_condition_with_a_party_not_asked,
        "liable",
        "names party 'creditor', not asked at 'history'",
    ),
    (
        "events about an undeclared party",
        _events_about_an_undeclared_party,
        "history",
        "asks about party 'notary', which the tree does not declare",
    ),
    (
        "deadline acted on by an undeclared side",
        _deadline_acted_on_by_an_undeclared_side,
        "(definitions)",
        "is acted on by side 'platform', which the tree does not define",
    ),
    (
        "long-stop of an undeclared deadline",
        _long_stop_of_an_undeclared_deadline,
        "(definitions)",
        "is the long-stop period of 'limitation_x', which no deadline of the tree declares",
    ),
    (
        "joint persons of parties with one name",
        _joint_persons_of_single_parties,
        "(definitions)",
        "says its persons are joint debtors, but none of its parties holds several names",
    ),
    (
        "events on a guarantee period",
        _events_on_a_guarantee_period,
        "(definitions)",
        "a guarantee_period is never interrupted or suspended; it takes no events",
    ),
    (
        "events from a date question",
        _events_from_a_date_question,
        "(definitions)",
        "reads 'due_date', which is not a EventsQuestion",
    ),
    (
        "amount of nothing",
        _amount_of_nothing,
        "(tree)",
        "amount 'outstanding' uses 'paid_back', which is neither an amount nor a money question",
    ),
    (
        "amount of itself",
        _amount_of_itself,
        "(tree)",
        "amount 'outstanding' is computed from itself",
    ),
    (
        "amount named as a node",
        _amount_named_as_a_node,
        "(tree)",
        "amount 'repaid' has the id of a node",
    ),
    (
        "placeholder party",
        _placeholder_party,
        "liable",
        "{party.platform} names a party the tree does not declare",
    ),
    (
        "placeholder amount",
        _placeholder_amount,
        "liable",
        "{amount.half} names neither an amount nor a money question",
    ),
    ("placeholder date", _placeholder_date, "liable", "{date.debt_amount} names no date question"),
    (
        "placeholder deadline",
        _placeholder_deadline,
        "released",
        "{deadline.limitation} names no deadline of definitions",
    ),
    ("placeholder kind", _placeholder_kind, "released", "{name.creditor} is not a placeholder"),
    (
        "format 1 with format 2 features",
        _format_1_with_format_2_features,
        "(tree)",
        "uses format 2 features",
    ),
]


def test_the_example_is_valid() -> None:
    from tests.helpers import FORMAT2_EXAMPLE

    assert validate_paths([FORMAT2_EXAMPLE], library()) == []


@pytest.mark.parametrize(
    ("mutate", "where", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_rule_is_reported_by_file_and_node(
    tmp_path: Path, mutate: Callable[[Raw], None], where: str, message: str
) -> None:
    raw = raw_format2_example()
    mutate(raw)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    problems = validate_paths([path], library())
    lines = [str(p) for p in problems]
    expected = f"{path}: {where}: "
    assert any(line.startswith(expected) and message in line for line in lines), lines
