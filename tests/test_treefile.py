"""Reading tree files: clear messages for malformed input, located by line, pointer or node."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import raw_example
from wizard.errors import TreeError
from wizard.treefile import load_tree


def _problems(path: Path) -> list[str]:
    with pytest.raises(TreeError) as info:
        load_tree(path)
    return [str(p) for p in info.value.problems]


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{\n  "id": "x",\n  "version": \n}', encoding="utf-8")
    assert _problems(path) == [f"{path}: line 4 column 1: malformed JSON: Expecting value"]


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(b'{"title": "' + "连带".encode("gbk") + b'"}')
    assert "not UTF-8 text" in _problems(path)[0]


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(raw_example()).encode("utf-8"))
    assert load_tree(path).id == "example_notice"


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    assert "duplicate key 'id'" in _problems(path)[0]


def test_schema_error_names_node_and_pointer(tmp_path: Path) -> None:
    raw = raw_example()
    raw["nodes"][2]["choices"][0]["next"] = 42
    path = tmp_path / "t.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    problems = _problems(path)
    assert any(p.startswith(f"{path}: notice_valid (/nodes/2/choices/0/next): ") for p in problems)


def test_unknown_label_is_refused(tmp_path: Path) -> None:
    raw = raw_example()
    raw["nodes"][4]["findings"][0]["label"] = "共同责任"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    assert any("out_enlarged (/nodes/4/findings/0/label)" in p for p in _problems(path))


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in _problems(tmp_path / "none.json")[0]


def test_content_hash_is_stable_and_sensitive() -> None:
    from wizard.treefile import content_hash

    raw = raw_example()
    assert content_hash(raw) == content_hash(json.loads(json.dumps(raw)))
    raw["version"] = "1.0.1"
    assert content_hash(raw) != content_hash(raw_example())


def test_a_compressed_tree_file_loads_as_the_plain_one(tmp_path: Path) -> None:
    """The frozen app ships its trees compact and xz-compressed (decision 010)."""
    import lzma

    from tests.helpers import library
    from wizard.catalog import load_catalog
    from wizard.tree_index import tree_file_name, tree_files

    raw = raw_example()
    plain = tmp_path / "plain" / "example.json"
    packed = tmp_path / "packed" / "example.json.xz"
    plain.parent.mkdir()
    packed.parent.mkdir()
    plain.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
    packed.write_bytes(lzma.compress(json.dumps(raw, ensure_ascii=False).encode("utf-8")))
    assert load_tree(packed).nodes == load_tree(plain).nodes
    assert load_tree(packed).content_hash == load_tree(plain).content_hash
    assert tree_files([packed.parent]) == [packed] and tree_file_name(packed) == "example"
    assert list(load_catalog(library(), [packed.parent]).trees) == [raw["id"]]


def test_a_broken_compressed_tree_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "broken.json.xz"
    path.write_bytes(b"not xz at all")
    with pytest.raises(TreeError) as error:
        load_tree(path)
    assert str(error.value.problems[0]).startswith(f"{path}: (file): not an xz file")
