"""Case files, format version 2: every answer type round-trips; version 1 files still open."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.helpers import tree
from tests.test_format2 import NAMES, example
from wizard.answers import UNKNOWN, MonthDate
from wizard.casefile import load_case, save_case
from wizard.deadlines import Event
from wizard.errors import CaseFileError

TREES = {"example_guarantee": tree("example_guarantee"), "example_notice": tree("example_notice")}


def _full_session():
    history = (
        Event("acknowledgement", MonthDate(2025, 2), party="guarantor"),
        Event("judgment_effective", date(2026, 3, 1), date(2026, 3, 15), "guarantor"),
    )
    return example(
        "guarantor",
        Decimal("100000.5"),
        UNKNOWN,
        "joint",
        MonthDate(2024, 3),
        "yes",
        date(2024, 8, 20),
        history,
        ("guarantee_contract", "loan_contract"),
    )


def test_every_answer_type_round_trips(tmp_path: Path) -> None:
    session = _full_session()
    path = tmp_path / "case.json"
    save_case(path, NAMES, session)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 3
    assert raw["assessments"][0]["answers"]["debt_amount"] == "100000.50"
    assert raw["assessments"][0]["answers"]["repaid"] == "unknown"
    assert raw["assessments"][0]["answers"]["due_date"] == "2024-03"
    assert raw["assessments"][0]["answers"]["papers"] == ["guarantee_contract", "loan_contract"]
    assert raw["assessments"][0]["answers"]["history"][1] == {
        "kind": "judgment_effective",
        "date": "2026-03-01",
        "until": "2026-03-15",
        "party": "guarantor",
    }
    assert raw["assessments"][0]["parties"]["guarantor"] == ["张三", "李四"]
    loaded = load_case(path, TREES)
    assert loaded.notices == ()
    assert loaded.session.answers == session.answers
    assert loaded.info.names("guarantor") == ("张三", "李四")
    assert loaded.session.outcome.code == session.outcome.code  # type: ignore[union-attr]


def test_a_version_1_file_opens(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 1,
                "tree": {"id": "example_notice"},
                "case": {"client_name": "张三", "consultation_date": "2026-01-05"},
                "answers": {
                    "posted_date": "2022-01-05",
                    "notice_valid": "yes",
                    "acted_in_time": "no",
                },
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    loaded = load_case(path, TREES)
    assert loaded.session.is_finished and loaded.info.client_name == "张三"
    assert loaded.info.parties == ()


def test_answers_that_no_longer_fit_are_set_aside_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    save_case(path, NAMES, _full_session())
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["answers"]["history"][0]["kind"] = (
        "obstacle"  # not an event this question asks
    )
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    loaded = load_case(path, TREES)
    assert [n.kind for n in loaded.notices][:1] == ["answer_dropped"]
    assert loaded.notices[0].node_id == "history"
    assert loaded.session.current.id == "history"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda raw: raw["assessments"][0]["answers"].update(papers=[1, 2]),
            "/assessments/0/answers/papers: must be",
        ),
        (
            lambda raw: raw["assessments"][0]["answers"].update(history=[{"kind": "demand"}]),
            "/assessments/0/answers/history: an event needs a kind and a date",
        ),
        (
            lambda raw: raw["assessments"][0].update(parties={"guarantor": "张三"}),
            "/assessments/0/parties: must map party ids to lists of names",
        ),
        (
            lambda raw: raw["assessments"][0].update(parties={"guarantor": ["x" * 501]}),
            "/assessments/0/parties: must map party ids to lists of names",
        ),
    ],
)
def test_malformed_format_2_answers_are_refused(tmp_path: Path, change, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "case.json"
    save_case(path, NAMES, _full_session())
    raw = json.loads(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseFileError, match=message.replace("[", r"\[")):
        load_case(path, TREES)


def test_version_1_answers_of_format_2_types_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    save_case(path, NAMES, _full_session())
    raw = json.loads(path.read_text(encoding="utf-8"))
    one = raw.pop("assessments")[0]
    raw.update(format_version=1, tree=one["tree"], answers=one["answers"])
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(CaseFileError, match="must be a text, a date or null"):
        load_case(path, TREES)
