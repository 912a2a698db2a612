"""The validator: every shipped tree passes, and a broken copy is reported for each rule."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ROOT, library, raw_example, shipped_tree_files, tree_from_raw
from wizard.cli import main
from wizard.validate import check_tree, validate_paths


@pytest.mark.parametrize("path", shipped_tree_files(), ids=lambda p: p.stem)
def test_shipped_tree_is_valid(path: Path) -> None:
    assert validate_paths([path], library()) == []


def test_example_tree_is_valid() -> None:
    assert check_tree(tree_from_raw(raw_example()), library()) == []


def test_validate_command_on_shipped_trees_exits_0() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "validate", "trees/"],
        cwd=ROOT,
        capture_output=True,
        encoding="utf-8",  # the CLI writes UTF-8 when redirected (wizard/console.py)
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def node(raw: dict[str, Any], node_id: str) -> dict[str, Any]:
    return next(n for n in raw["nodes"] if n["id"] == node_id)


def _duplicate_id(raw: dict[str, Any]) -> None:
    node(raw, "out_timely")["id"] = "out_enlarged"


def _unresolved_next(raw: dict[str, Any]) -> None:
    node(raw, "notice_valid")["choices"][0]["next"] = "no_such_node"


def _unreachable(raw: dict[str, Any]) -> None:
    orphan = copy.deepcopy(node(raw, "out_timely"))
    orphan["id"], orphan["code"] = "orphan", "EX-Z"
    raw["nodes"].append(orphan)


def _cycle(raw: dict[str, Any]) -> None:
    node(raw, "acted_in_time")["choices"][0]["next"] = "notice_valid"


def _dead_end(raw: dict[str, Any]) -> None:
    # A loop with no way out: from these nodes no path ends in an outcome.
    node(raw, "acted_in_time")["choices"] = [
        {"id": "a", "label": {"zh": "甲", "en": "A"}, "next": "acted_in_time"},
        {"id": "b", "label": {"zh": "乙", "en": "B"}, "next": "acted_in_time"},
    ]


def _unknown_article(raw: dict[str, Any]) -> None:
    node(raw, "out_enlarged")["findings"][0]["basis"][0]["article"] = 9999


def _unknown_paragraph(raw: dict[str, Any]) -> None:
    node(raw, "out_enlarged")["findings"][0]["basis"][0]["paragraph"] = 7


def _unknown_item(raw: dict[str, Any]) -> None:
    node(raw, "out_enlarged")["findings"][0]["basis"][0]["item"] = 2


def _unknown_law(raw: dict[str, Any]) -> None:
    node(raw, "out_timely")["citations"][0]["law"] = "no_such_law"


def _law_not_listed(raw: dict[str, Any]) -> None:
    raw["laws"].remove("tort_liability_law_2009")


def _empty_language(raw: dict[str, Any]) -> None:
    node(raw, "acted_in_time")["text"]["en"] = "  "


def _unknown_glossary_term(raw: dict[str, Any]) -> None:
    node(raw, "notice_valid")["help"]["glossary"] = ["no_such_term"]


def _condition_on_later_question(raw: dict[str, Any]) -> None:
    node(raw, "law_switch")["rules"][0]["when"] = {"answer": "acted_in_time", "in": ["yes"]}


def _condition_on_wrong_type(raw: dict[str, Any]) -> None:
    node(raw, "out_enlarged")["findings"][0]["basis"][0]["when"] = {
        "date": "notice_valid",
        "before": "2021-01-01",
    }


def _deadline_from_non_date(raw: dict[str, Any]) -> None:
    node(raw, "out_enlarged")["deadlines"] = [
        {
            "id": "limit",
            "kind": "limitation",
            "label": {"zh": "诉讼时效", "en": "Limitation"},
            "from": "acted_in_time",
            "add": {"years": 3},
            "basis": [{"law": "civil_code", "article": 1194}],
        }
    ]


def _deadline_date_not_always_asked(raw: dict[str, Any]) -> None:
    # A date asked only when the notice was valid; both answers lead on to the same outcome.
    raw["nodes"].append(
        {
            "id": "notice_date",
            "type": "date",
            "text": {"zh": "通知何时到达？", "en": "When did the notice arrive?"},
            "next": "acted_in_time",
        }
    )
    choices = node(raw, "notice_valid")["choices"]
    choices[0]["next"] = "notice_date"
    choices[1]["next"] = "acted_in_time"
    node(raw, "out_enlarged")["deadlines"] = [
        {
            "id": "limit",
            "kind": "limitation",
            "label": {"zh": "诉讼时效", "en": "Limitation"},
            "from": "notice_date",
            "add": {"years": 3},
            "basis": [{"law": "civil_code", "article": 1194}],
        }
    ]


def _no_one_remains_liable(raw: dict[str, Any]) -> None:
    del node(raw, "out_timely")["remaining_liability"]


def _duplicate_outcome_code(raw: dict[str, Any]) -> None:
    node(raw, "out_timely")["code"] = "EX-A"


BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("unique ids", _duplicate_id, "out_enlarged", "duplicate node id"),
    ("next resolves", _unresolved_next, "notice_valid", "next 'no_such_node' does not resolve"),
    ("reachable", _unreachable, "orphan", "not reachable from the start node"),
    ("no cycles", _cycle, "notice_valid", "cycle: notice_valid → acted_in_time → notice_valid"),
    ("paths end in outcome", _dead_end, "acted_in_time", "does not end in an outcome"),
    (
        "citation: article",
        _unknown_article,
        "out_enlarged",
        "第9999条 is not in the statute library",
    ),
    ("citation: paragraph", _unknown_paragraph, "out_enlarged", "not 第7款"),
    ("citation: item", _unknown_item, "out_enlarged", "not 第2项"),
    ("citation: law", _unknown_law, "out_timely", "unknown law 'no_such_law'"),
    ("law listed", _law_not_listed, "out_enlarged", "which the tree's laws do not list"),
    ("both languages", _empty_language, "acted_in_time", "text: the en text is empty"),
    ("glossary", _unknown_glossary_term, "notice_valid", "'no_such_term' is not defined"),
    ("condition order", _condition_on_later_question, "law_switch", "never answered before"),
    ("condition type", _condition_on_wrong_type, "out_enlarged", "not a DateQuestion"),
    ("deadline start", _deadline_from_non_date, "out_enlarged", "not a DateQuestion"),
    (
        "deadline date on every path",
        _deadline_date_not_always_asked,
        "out_enlarged",
        "reads 'notice_date', which some paths to this node never ask",
    ),
    ("remaining liability", _no_one_remains_liable, "out_timely", "remaining_liability"),
    ("unique codes", _duplicate_outcome_code, "(tree)", "outcome code EX-A is used by 2"),
]


@pytest.mark.parametrize(
    ("rule", "breaker", "where", "message"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_broken_tree_is_reported_by_file_and_node(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    rule: str,
    breaker: Callable[[dict[str, Any]], None],
    where: str,
    message: str,
) -> None:
    raw = raw_example()
    breaker(raw)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    expected_prefix = f"{path}: {where}: "
    assert any(line.startswith(expected_prefix) and message in line for line in lines), lines


def test_missing_language_is_reported_with_node_and_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = raw_example()
    del node(raw, "acted_in_time")["text"]["en"]
    path = tmp_path / "no-en.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"{path}: acted_in_time (/nodes/3/text): 'en' is a required property" in out


def test_duplicate_tree_ids_across_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(
            json.dumps(raw_example(), ensure_ascii=False), encoding="utf-8"
        )
    assert main(["validate", str(tmp_path)]) == 1
    assert "tree id 'example_notice' is also used by" in capsys.readouterr().out


def test_other_trees_still_validate_when_one_is_broken(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(json.dumps(raw_example()), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    problems = validate_paths([tmp_path], library())
    assert [p.file for p in problems] == [str(tmp_path / "bad.json")]


def test_schema_cache_skips_only_unchanged_trees(tmp_path: Path) -> None:
    from wizard.catalog import load_catalog

    tree_file = tmp_path / "trees" / "example.json"
    tree_file.parent.mkdir()
    raw = raw_example()
    tree_file.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    cache = tmp_path / "cache.json"
    assert list(load_catalog(library(), [tree_file.parent], cache).trees) == ["example_notice"]
    assert json.loads(cache.read_text(encoding="utf-8"))["passed_schema"]
    # A changed tree is checked again: a schema error is still found with the cache present.
    node(raw, "notice_valid")["choices"][0]["label"] = "not a text object"
    tree_file.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    catalog = load_catalog(library(), [tree_file.parent], cache)
    assert not catalog.trees and "notice_valid (/nodes/2/choices/0/label)" in str(
        catalog.unavailable[str(tree_file)][0]
    )
