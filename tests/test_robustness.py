"""Every row of the bad-input matrix (docs/robustness.md) has a test, and the doc lists them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.robustness_cases import ROWS


@pytest.mark.parametrize("row_id", sorted(ROWS, key=lambda r: (r[0], int(r[1:]))))
def test_row(row_id: str, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    # qapp: rows that lay out a PDF need Qt; a QApplication (not the QGuiApplication the
    # command line would make) keeps later widget tests in the same run working.
    _, check = ROWS[row_id]
    check(tmp_path)


def test_the_matrix_in_the_docs_matches_the_tests() -> None:
    text = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| (\w\d+) \| ([^|]+?) \|", text, flags=re.MULTILINE))
    assert set(documented) == set(ROWS), "docs/robustness.md and tests/robustness_cases.py differ"
    for row_id, (description, _) in ROWS.items():
        assert documented[row_id] == description, row_id


def test_rows_are_counted(capsys: pytest.CaptureFixture[str]) -> None:
    kinds = {"T": "trees", "C": "case files", "W": "writes", "U": "user text", "O": "offline"}
    counts = {name: sum(r.startswith(k) for r in ROWS) for k, name in kinds.items()}
    with capsys.disabled():
        print(  # noqa: T201 (the count is meant to show in the test log)
            f"\nrobustness matrix: {len(ROWS)} rows — "
            + ", ".join(f"{v} {k}" for k, v in counts.items())
        )
    assert sum(counts.values()) == len(ROWS)
