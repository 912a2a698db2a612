"""The sample paths the GUI tests, the screenshots and the benchmarks walk: each still reaches
its outcome, and those for tree format 2 pass every new question type (without Qt)."""

from __future__ import annotations

from datetime import date

import pytest

from scripts import sample_paths as paths
from tests.helpers import tree
from wizard.engine import Session
from wizard.model import EventsQuestion, MoneyQuestion, MultiQuestion

ON = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("tree_id", "path", "codes", "kinds"),
    [
        (
            "example_guarantee",
            paths.GUARANTEE_EXAMPLE_CREDITOR,
            ("EX-A",),
            {MoneyQuestion, MultiQuestion, EventsQuestion},
        ),
        ("example_guarantee", paths.GUARANTEE_EXAMPLE_UNKNOWNS, ("EX-G",), {MoneyQuestion}),
        (
            "partnership",
            paths.PARTNERSHIP_PARTNER_LEFT,
            ("P-J", "P-J5", "P-R"),
            {MoneyQuestion, MultiQuestion, EventsQuestion},
        ),
        (
            "shareholder",
            paths.SHAREHOLDER_VEIL_PIERCED,
            ("SH-A", "SH-SUM"),
            {MoneyQuestion, MultiQuestion, EventsQuestion},
        ),
    ],
)
def test_the_format_2_sample_paths(tree_id: str, path, codes, kinds) -> None:  # type: ignore[no-untyped-def]
    session = paths.answer_all(Session(tree(tree_id), ON), path)
    assert session.is_finished and session.result().codes == codes
    asked = {type(session.tree.node(s.node_id)) for s in session.path if s.is_page}
    assert kinds <= asked


def test_the_names_name_parties_of_their_trees() -> None:
    for tree_id, names in (
        ("example_guarantee", paths.GUARANTEE_EXAMPLE_NAMES),
        ("partnership", paths.PARTNERSHIP_PARTNER_LEFT_NAMES),
    ):
        declared = {p.id for p in tree(tree_id).parties}
        assert set(names) <= declared, tree_id


def test_typed_answers_become_the_engines_values() -> None:
    session = Session(tree("example_guarantee"), ON)
    paths.answer_all(session, paths.GUARANTEE_EXAMPLE_CREDITOR[:3])
    assert str(session.answers["debt_amount"]) == "120000.00"
    assert str(session.answers["repaid"]) == "30000.50"
