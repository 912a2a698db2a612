"""A whole case: the Case model, case-file format 3 with several assessments, and the files of
format 1 and 2 that open as a case with one assessment."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from scripts import sample_paths as sp
from tests.helpers import tree
from wizard.answers import MonthDate
from wizard.case import Case, CaseInfo
from wizard.casefile import FORMAT_VERSION, load_case, load_whole_case, save_whole_case
from wizard.errors import CaseFileError

ON = date(2026, 12, 5)
TREES = {t: tree(t) for t in ("shareholder", "guarantor", "partnership", "example_notice")}


def three_assessments() -> Case:
    """A supplier owed by a company: its shareholders, the boss who guaranteed the loan, and a
    partnership that also owes him."""
    case = Case(CaseInfo(client_name="王小明", case_number="2026-法援-0456", consultation_date=ON))
    shareholders = case.add(tree("shareholder"), "某某公司的股东")
    sp.answer_all(shareholders.session, sp.SHAREHOLDER_VEIL_PIERCED)
    guarantor = case.add(tree("guarantor"), "张三（保证人）", {"guarantor": ("张三",)})
    sp.answer_all(guarantor.session, sp.GUARANTOR_RELEASED)
    partners = case.add(tree("partnership"))
    for party, names in sp.PARTNERSHIP_PARTNER_LEFT_NAMES.items():
        partners.set_names(party, tuple(names.split("、")))
    sp.answer_all(partners.session, sp.PARTNERSHIP_PARTNER_LEFT)
    return case


def test_a_whole_case_round_trips(tmp_path: Path) -> None:
    case = three_assessments()
    path = tmp_path / "case.lwcase"
    save_whole_case(path, case)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == FORMAT_VERSION == 3
    assert "parties" not in raw["case"]  # each assessment holds its own tree's parties
    assert [a["tree"]["id"] for a in raw["assessments"]] == [
        "shareholder",
        "guarantor",
        "partnership",
    ]
    loaded = load_whole_case(path, TREES)
    again = loaded.case
    assert again.info.client_name == "王小明"
    assert [a.id for a in again.assessments] == [a.id for a in case.assessments]
    assert [a.about for a in again.assessments] == ["某某公司的股东", "张三（保证人）", ""]
    assert again.assessments[2].names("partner") == ("张三", "李四")
    for before, after in zip(case.assessments, again.assessments, strict=True):
        assert after.session.is_finished
        assert after.session.outcome.code == before.session.outcome.code  # type: ignore[union-attr]
    assert all(not notices for notices in loaded.notices.values())


def test_the_same_tree_twice_about_different_parties(tmp_path: Path) -> None:
    case = Case(CaseInfo(consultation_date=ON))
    first = case.add(tree("guarantor"), "张三", {"guarantor": ("张三",)})
    second = case.add(tree("guarantor"), "李四", {"guarantor": ("李四",)})
    sp.answer_all(first.session, sp.GUARANTOR_RELEASED)
    path = tmp_path / "case.json"
    save_whole_case(path, case)
    loaded = load_whole_case(path, TREES).case
    assert [a.title("zh") for a in loaded.assessments] == [
        f"{tree('guarantor').title.zh}（张三）",
        f"{tree('guarantor').title.zh}（李四）",
    ]
    assert loaded.assessments[0].session.is_finished
    assert not loaded.assessments[1].session.answers  # not started: kept as it was
    assert second.id != first.id


def test_remove_and_find() -> None:
    case = three_assessments()
    middle = case.assessments[1]
    assert case.find(middle.id) is middle
    case.remove(middle.id)
    assert [a.tree.id for a in case.assessments] == ["shareholder", "partnership"]
    with pytest.raises(KeyError):
        case.find(middle.id)


def test_names_and_dates_entered_once_are_offered_in_the_others() -> None:
    case = three_assessments()
    guarantor = case.assessments[1]
    names = case.known_names(exclude=guarantor.id)
    assert {"张三", "李四", "王五", "某某小吃店"} <= set(names)
    assert "王五" not in case.known_names(exclude=case.assessments[2].id)
    dates = case.known_dates(exclude=case.assessments[0].id)
    values = {d.value for d in dates}
    assert date(2023, 12, 31) in values and MonthDate(2023, 6) in values
    assert all(d.assessment != case.assessments[0].title("zh") for d in dates)


def test_new_case_information_reaches_every_assessment() -> None:
    case = three_assessments()
    later = date(2027, 6, 1)
    case.set_info(CaseInfo(client_name="王小明", consultation_date=later))
    assert all(a.session.consultation == later for a in case.assessments)


def test_a_version_2_file_opens_as_a_case_of_one_assessment(tmp_path: Path) -> None:
    path = tmp_path / "v2.json"
    path.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 2,
                "tree": {"id": "guarantor"},
                "case": {
                    "client_name": "张三",
                    "consultation_date": "2026-12-05",
                    "parties": {"guarantor": ["张三"]},
                },
                "answers": {},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    case = load_whole_case(path, TREES).case
    assert len(case.assessments) == 1
    only = case.assessments[0]
    assert only.tree.id == "guarantor" and only.names("guarantor") == ("张三",)
    assert case.info.client_name == "张三" and case.info.parties == ()
    assert load_case(path, TREES).info.names("guarantor") == ("张三",)


def test_a_version_1_file_opens_as_a_case_of_one_assessment(tmp_path: Path) -> None:
    path = tmp_path / "v1.json"
    path.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 1,
                "tree": {"id": "example_notice"},
                "case": {"client_name": "李四", "consultation_date": "2026-01-05"},
                "answers": {"posted_date": "2022-01-05", "notice_valid": "yes"},
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    case = load_whole_case(path, TREES).case
    assert [a.tree.id for a in case.assessments] == ["example_notice"]
    assert case.assessments[0].session.answers["notice_valid"] == "yes"


def test_a_whole_case_is_not_opened_as_one_assessment(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    save_whole_case(path, three_assessments())
    with pytest.raises(CaseFileError, match="holds 3 assessments; open it as a whole case"):
        load_case(path, TREES)


def test_an_assessment_of_a_missing_tree_is_named(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    save_whole_case(path, three_assessments())
    with pytest.raises(CaseFileError, match=r"/assessments/1/tree/id: uses the tree 'guarantor'"):
        load_whole_case(path, {k: v for k, v in TREES.items() if k != "guarantor"})


def test_the_autosave_of_a_whole_case_names_its_trees(tmp_path: Path) -> None:
    from wizard import autosave

    case = three_assessments()
    saver = autosave.Autosave(tmp_path / "autosave")
    saver.write_case(case)
    (entry,) = autosave.pending(tmp_path / "autosave")
    assert entry.trees == ("shareholder", "guarantor", "partnership")
    assert entry.tree_id == "shareholder" and entry.client_name == "王小明"
    loaded = load_whole_case(entry.path, TREES)
    assert [a.about for a in loaded.case.assessments] == [a.about for a in case.assessments]
    assert [a.session.snapshot() for a in loaded.case.assessments] == [
        a.session.snapshot() for a in case.assessments
    ]
