"""The engine: answering, going back, changing answers, progress and results."""

from datetime import date

import pytest

from tests.helpers import cited, tree, walk
from wizard.engine import Session
from wizard.errors import EngineError


def test_walk_to_outcome_with_reasoning() -> None:
    s = walk("example_notice", ["2022-01-05", "yes", "no"])
    assert s.is_finished and s.outcome is not None and s.outcome.code == "EX-A"
    result = s.result(date(2022, 2, 1))
    assert [f.label for f in result.findings] == ["连带责任"]
    # The branch step appears in the reasoning with its basis.
    branch = [r for r in result.reasoning if r.node.id == "law_switch"]
    assert branch and branch[0].citations[0].paragraph == 1


def test_date_switch_selects_the_law_in_force() -> None:
    assert cited(walk("example_notice", ["2020-12-31", "yes", "no"])) == ["侵权责任法第36条第2款"]
    assert cited(walk("example_notice", ["2021-01-01", "yes", "no"])) == ["民法典第1195条第2款"]


def test_back_restores_previous_state_and_keeps_answer_as_default() -> None:
    s = walk("example_notice", ["2022-01-05"])
    before = s.snapshot()
    s.answer("yes")
    s.back()
    assert s.snapshot() == before
    assert s.remembered("notice_valid") == "yes"


def test_back_at_start_is_refused() -> None:
    s = Session(tree("example_notice"))
    assert not s.can_go_back
    with pytest.raises(EngineError):
        s.back()


def test_change_answer_reflows_and_sets_aside_off_path_answers() -> None:
    s = walk("example_notice", ["2022-01-05", "yes", "no"])
    s.change_answer("notice_valid", "no")
    assert s.outcome is not None and s.outcome.code == "EX-C"
    assert "acted_in_time" not in s.answers  # off the path: never in the result
    assert s.remembered("acted_in_time") == "no"  # but offered again
    s.change_answer("notice_valid", "yes")
    # Coming back to the branch replays the remembered answer up to the outcome.
    assert s.outcome is not None and s.outcome.code == "EX-A"
    assert s.answers["acted_in_time"] == "no"


def test_change_of_a_date_keeps_later_answers() -> None:
    s = walk("example_notice", ["2022-01-05", "yes", "no"])
    s.change_answer("posted_date", "2019-06-01")
    assert s.is_finished
    assert cited(s) == ["侵权责任法第36条第2款"]


def test_jump_to_only_pages_on_the_path() -> None:
    s = walk("example_notice", ["2022-01-05", "no"])
    with pytest.raises(EngineError):
        s.jump_to("acted_in_time")
    with pytest.raises(EngineError):
        s.jump_to("law_switch")  # branches are not pages


def test_progress_counts_pages_and_longest_remaining() -> None:
    s = Session(tree("example_notice"))
    assert (s.progress.steps_taken, s.progress.longest_remaining) == (0, 3)
    s.answer("2022-01-05")
    assert (s.progress.steps_taken, s.progress.longest_remaining) == (1, 2)
    s.answer("no")
    assert (s.progress.steps_taken, s.progress.longest_remaining) == (2, 0)


@pytest.mark.parametrize("bad", ["maybe", None, 3])
def test_invalid_choice_is_refused_without_changing_state(bad: object) -> None:
    s = walk("example_notice", ["2022-01-05"])
    before = s.snapshot()
    with pytest.raises(EngineError):
        s.answer(bad)  # type: ignore[arg-type]
    assert s.snapshot() == before


@pytest.mark.parametrize("bad", ["2022-02-30", "yesterday", "1800-01-01", None])
def test_invalid_date_is_refused(bad: object) -> None:
    s = Session(tree("example_notice"))
    with pytest.raises(EngineError):
        s.answer(bad)  # type: ignore[arg-type]


def test_answering_after_the_outcome_is_refused() -> None:
    s = walk("example_notice", ["2022-01-05", "no"])
    with pytest.raises(EngineError):
        s.answer("yes")


def test_result_before_outcome_is_refused() -> None:
    with pytest.raises(EngineError):
        Session(tree("example_notice")).result()


def test_no_liability_outcome_names_who_remains_liable() -> None:
    s = walk("example_notice", ["2022-01-05", "no"])
    result = s.result()
    assert result.findings[0].label == "不承担责任"
    assert result.outcome.remaining_liability is not None


def test_conditional_citations_of_a_deadline_are_resolved() -> None:
    from tests.helpers import raw_example, tree_from_raw

    raw = raw_example()
    outcome = next(n for n in raw["nodes"] if n["id"] == "out_enlarged")
    outcome["deadlines"] = [
        {
            "id": "limitation",
            "kind": "limitation",
            "label": {"zh": "诉讼时效", "en": "Limitation"},
            "from": "posted_date",
            "add": {"years": 3},
            "basis": [
                {
                    "law": "civil_code",
                    "article": 1195,
                    "when": {"date": "posted_date", "on_or_after": "2021-01-01"},
                },
                {
                    "law": "tort_liability_law_2009",
                    "article": 36,
                    "when": {"date": "posted_date", "before": "2021-01-01"},
                },
            ],
        }
    ]
    session = Session(tree_from_raw(raw))
    for answer in ["2019-05-01", "yes", "no"]:
        session.answer(answer)
    (deadline,) = session.result(date(2020, 1, 1)).deadlines
    assert [c.law for c in deadline.spec.basis] == ["tort_liability_law_2009"]
    assert deadline.deadline is not None and deadline.deadline.unrolled_end == date(2022, 5, 1)
