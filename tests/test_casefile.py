"""Case files: round trip, clear refusal of damaged files (never overwritten), atomic saves."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import tree, walk
from wizard import atomicio
from wizard.casefile import CaseInfo, load_case, save_case
from wizard.errors import CaseFileError

INFO = CaseInfo(
    client_name="张三",
    worker_name="李四",
    organisation="某法律援助中心",
    case_number="2026-法援-001",
    consultation_date=date(2026, 11, 29),
    notes="第一行\n第二行",
)


def trees() -> dict[str, object]:
    return {"example_notice": tree("example_notice")}


def test_round_trip(tmp_path: Path) -> None:
    session = walk("example_notice", ["2022-01-05", "yes", "no"])
    session.change_answer("notice_valid", "no")  # leaves 'acted_in_time' set aside
    path = tmp_path / "case.json"
    save_case(path, INFO, session)
    loaded = load_case(path, trees())  # type: ignore[arg-type]
    assert loaded.info == INFO
    assert loaded.session.snapshot() == session.snapshot()
    assert loaded.session.remembered("acted_in_time") == "no"
    assert loaded.notices == ()


def test_saved_json_is_versioned_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "liability-wizard-case" and raw["format_version"] == 3
    assert (
        raw["assessments"][0]["tree"]["id"] == "example_notice"
        and raw["assessments"][0]["tree"]["content_hash"]
    )
    assert raw["assessments"][0]["answers"] == {"posted_date": "2022-01-05", "notice_valid": "no"}
    assert "张三" in path.read_text(encoding="utf-8")  # not \u-escaped


def _saved(tmp_path: Path) -> Path:
    path = tmp_path / "case.json"
    save_case(path, INFO, walk("example_notice", ["2022-01-05", "yes", "no"]))
    return path


def test_truncated_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    data = path.read_bytes()[:-40]
    path.write_bytes(data)
    with pytest.raises(CaseFileError, match="damaged or incomplete: malformed JSON at line"):
        load_case(path, trees())  # type: ignore[arg-type]
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda raw: raw.update(format="something-else"), "is not a case file"),
        (lambda raw: raw.update(format_version=99), "has format version 99"),
        (
            lambda raw: raw["assessments"][0]["tree"].update(id="no_such_tree"),
            "uses the tree 'no_such_tree'",
        ),
        (
            lambda raw: raw["assessments"][0].update(answers=["x"]),
            "/assessments/0/answers: must map node ids",
        ),
        (lambda raw: raw["case"].update(consultation_date="29/11/2026"), "consultation_date"),
        (lambda raw: raw["case"].update(client_name=5), "/case/client_name: must be text"),
    ],
)
def test_hand_edited_file_is_refused_with_a_clear_message(
    tmp_path: Path, edit: object, message: str
) -> None:
    path = _saved(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    edit(raw)  # type: ignore[operator]
    text = json.dumps(raw, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CaseFileError, match=message):
        load_case(path, trees())  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == text


def test_answer_that_no_longer_fits_is_dropped_with_a_notice(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["answers"]["notice_valid"] = "perhaps"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_case(path, trees())  # type: ignore[arg-type]
    kinds = [(n.kind, n.node_id) for n in loaded.notices]
    assert ("answer_dropped", "notice_valid") in kinds
    assert loaded.session.current.id == "notice_valid"
    assert not loaded.session.is_finished


def test_changed_tree_version_is_reported(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["tree"]["version"] = "0.9.0"
    raw["assessments"][0]["tree"]["content_hash"] = "0000"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_case(path, trees())  # type: ignore[arg-type]
    assert loaded.notices[0].kind == "tree_changed"
    assert "0.9.0" in loaded.notices[0].describe()
    assert loaded.session.is_finished


def test_minimal_hand_written_answers_file(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 1,
                "tree": {"id": "example_notice"},
                "answers": {"posted_date": "2019-05-01", "notice_valid": "no"},
            }
        ),
        encoding="utf-8",
    )
    loaded = load_case(path, trees())  # type: ignore[arg-type]
    assert loaded.session.outcome is not None and loaded.session.outcome.code == "EX-C"


def test_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _saved(tmp_path)
    before = path.read_bytes()

    def crash(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomicio.os, "fsync", crash)
    with pytest.raises(CaseFileError, match="No space left on device"):
        save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]  # no temp file left


@pytest.mark.skipif(
    os.name != "posix", reason="POSIX permission bits (Windows keeps only a read-only flag)"
)
def test_save_keeps_file_permissions(tmp_path: Path) -> None:
    path = _saved(tmp_path)
    os.chmod(path, 0o640)
    save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert path.stat().st_mode & 0o777 == 0o640
