"""The matrix of bad inputs (docs/robustness.md): one function per row, each asserting what the
user gets. tests/test_robustness.py runs every row; a test keeps the doc's table in step."""

from __future__ import annotations

import errno
import html
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.helpers import library, raw_example, tree, walk
from wizard import atomicio, autosave
from wizard.casefile import CaseInfo, load_case, save_case
from wizard.catalog import load_catalog
from wizard.engine import Session
from wizard.errors import CaseFileError
from wizard.treefile import load_tree
from wizard.validate import validate_paths

Row = Callable[[Path], None]
ROWS: dict[str, tuple[str, Row]] = {}


def row(row_id: str, description: str) -> Callable[[Row], Row]:
    def register(check: Row) -> Row:
        ROWS[row_id] = (description, check)
        return check

    return register


def _problems(path: Path) -> list[str]:
    return [str(p) for p in validate_paths([path], library())]


def _write(path: Path, raw: object) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def _chain_tree(length: int) -> dict:
    """A valid tree whose path is ``length`` yes/no questions deep, then two outcomes."""
    raw = raw_example()
    outcomes = [n for n in raw["nodes"] if n["type"] == "outcome"][:2]
    nodes = []
    for i in range(length):
        nxt = f"q{i + 1}" if i + 1 < length else outcomes[0]["id"]
        nodes.append(
            {
                "id": f"q{i}",
                "type": "choice",
                "text": {"zh": f"第{i}问", "en": f"Question {i}"},
                "choices": [
                    {"id": "yes", "label": {"zh": "是", "en": "Yes"}, "next": nxt},
                    {"id": "no", "label": {"zh": "否", "en": "No"}, "next": outcomes[1]["id"]},
                ],
            }
        )
    raw.update(id=f"chain_{length}", start="q0", nodes=nodes + outcomes)
    for outcome in outcomes:  # no conditions on questions this tree does not have
        for finding in outcome["findings"]:
            finding["basis"] = [{"law": "civil_code", "article": 1194}]
        outcome.pop("deadlines", None)
    return raw


# --- trees -------------------------------------------------------------------------------


@row("T1", "tree: malformed JSON")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_text('{"id": "x",\n  "nodes": [', encoding="utf-8")
    assert _problems(path) == [f"{path}: line 2 column 13: malformed JSON: Expecting value"]


@row("T2", "tree: schema violation (wrong type)")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][2]["choices"][0]["next"] = 7
    assert any(
        "notice_valid (/nodes/2/choices/0/next)" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T3", "tree: semantic error (next does not resolve)")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][2]["choices"][0]["next"] = "nowhere"
    assert any(
        ": notice_valid: next 'nowhere' does not resolve" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T4", "tree: unknown law")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][5]["citations"][0]["law"] = "no_such_law"
    assert any(
        "out_timely: citation does not resolve: unknown law" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T5", "tree: unknown article or paragraph")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][5]["citations"][0]["article"] = 99999
    assert any(
        "第99999条 is not in the statute library" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T6", "tree: missing translation")
def _(tmp: Path) -> None:
    raw = raw_example()
    del raw["nodes"][3]["text"]["en"]
    assert any(
        "acted_in_time (/nodes/3/text): 'en' is a required property" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T7", "tree: empty translation")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][3]["text"]["zh"] = ""
    assert any(
        "acted_in_time: text: the zh text is empty" in p
        for p in _problems(_write(tmp / "t.json", raw))
    )


@row("T8", "tree: 100 levels deep")
def _(tmp: Path) -> None:
    path = _write(tmp / "deep.json", _chain_tree(100))
    assert _problems(path) == []
    session = Session(load_tree(path))
    for _ in range(100):
        session.answer("yes")
    assert session.is_finished and session.progress.steps_taken == 100


@row("T9", "tree: 10,000 nodes")
def _(tmp: Path) -> None:
    path = _write(tmp / "big.json", _chain_tree(10_000))
    assert _problems(path) == []
    assert Session(load_tree(path)).progress.longest_remaining == 10_000


@row("T10", "tree: the same tree id in two files")
def _(tmp: Path) -> None:
    _write(tmp / "a.json", raw_example())
    _write(tmp / "b.json", raw_example())
    problems = [str(p) for p in validate_paths([tmp], library())]
    assert problems == [
        f"{tmp / 'b.json'}: (tree): tree id 'example_notice' is also used by {tmp / 'a.json'}"
    ]


@row("T11", "tree: non-UTF-8 bytes")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_bytes(json.dumps(raw_example(), ensure_ascii=False).encode("gb18030"))
    assert "not UTF-8 text; save the file as UTF-8" in _problems(path)[0]


@row("T12", "tree: UTF-8 with a byte order mark")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(raw_example()).encode())
    assert _problems(path) == []


@row("T13", "tree: JSON nested 100,000 levels")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert _problems(path) == [f"{path}: (json): nested too deeply to read"]


@row("T14", "tree: duplicate keys in an object")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    assert _problems(path) == [f"{path}: (json): duplicate key 'id'"]


@row("T15", "tree: empty file")
def _(tmp: Path) -> None:
    path = tmp / "t.json"
    path.write_text("", encoding="utf-8")
    assert _problems(path) == [f"{path}: line 1 column 1: malformed JSON: Expecting value"]


@row("T16", "tree: a broken tree beside good ones")
def _(tmp: Path) -> None:
    (tmp / "broken.json").write_text("{", encoding="utf-8")
    _write(tmp / "good.json", raw_example())
    catalog = load_catalog(library(), [tmp])
    assert list(catalog.trees) == ["example_notice"]
    assert list(catalog.unavailable) == [str(tmp / "broken.json")]


# --- case files --------------------------------------------------------------------------

INFO = CaseInfo(client_name="张三", case_number="R-1", consultation_date=date(2026, 11, 29))
TREES = {"example_notice": tree("example_notice")}


def _case(tmp: Path) -> Path:
    path = tmp / "case.json"
    save_case(path, INFO, walk("example_notice", ["2022-01-05", "yes", "no"]))
    return path


def _refused(path: Path, message: str) -> None:
    before = path.read_bytes()
    with pytest.raises(CaseFileError, match=message):
        load_case(path, TREES)
    assert path.read_bytes() == before  # never damaged


@row("C1", "case file: truncated")
def _(tmp: Path) -> None:
    path = _case(tmp)
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    _refused(path, "is damaged or incomplete: malformed JSON at line")


@row("C2", "case file: not JSON at all")
def _(tmp: Path) -> None:
    path = tmp / "case.json"
    path.write_bytes(bytes(range(256)))
    _refused(path, "is not UTF-8 text")


@row("C3", "case file: wrong format version")
def _(tmp: Path) -> None:
    path = _case(tmp)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["format_version"] = 4
    _refused(_write(path, raw), "has format version 4; this version of the wizard reads 1, 2, 3")


@row("C4", "case file: unknown tree")
def _(tmp: Path) -> None:
    path = _case(tmp)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["tree"]["id"] = "retired_tree"
    _refused(_write(path, raw), "uses the tree 'retired_tree', which is not available")


@row("C5", "case file: the tree's version changed")
def _(tmp: Path) -> None:
    path = _case(tmp)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["tree"].update(version="0.9.0", content_hash="x")
    loaded = load_case(_write(path, raw), TREES)
    assert [n.kind for n in loaded.notices] == ["tree_changed"] and loaded.session.is_finished


@row("C6", "case file: answers that no longer fit the tree")
def _(tmp: Path) -> None:
    path = _case(tmp)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["answers"]["acted_in_time"] = "removed_choice"
    raw["assessments"][0]["answers"]["gone_question"] = "yes"
    loaded = load_case(_write(path, raw), TREES)
    kinds = sorted((n.kind, n.node_id) for n in loaded.notices)
    assert ("answer_dropped", "acted_in_time") in kinds and (
        "answer_dropped",
        "gone_question",
    ) in kinds
    assert loaded.session.current.id == "acted_in_time"


@row("C7", "case file: 50 MB")
def _(tmp: Path) -> None:
    path = tmp / "case.json"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(CaseFileError, match="too large to be a case file"):
        load_case(path, TREES)
    assert path.stat().st_size == 50 * 1024 * 1024


@row("C8", "case file: 1 MB of notes")
def _(tmp: Path) -> None:
    path = tmp / "case.json"
    notes = "备注。" * 350_000  # about 1 MB of UTF-8
    save_case(path, CaseInfo(notes=notes), walk("example_notice", ["2022-01-05", "no"]))
    assert path.stat().st_size > 1_000_000
    assert load_case(path, TREES).info.notes == notes


@row("C9", "case file: saving to a read-only location")
def _(tmp: Path) -> None:
    path = _case(tmp)
    before = path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomicio.tempfile, "mkstemp", refuse)
        with pytest.raises(CaseFileError, match="cannot save: Permission denied"):
            save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert path.read_bytes() == before


@row("C10", "case file: disk full while saving")
def _(tmp: Path) -> None:
    path = _case(tmp)
    before = path.read_bytes()
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle: object) -> None:
            self.handle = handle

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomicio.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
        with pytest.raises(CaseFileError, match="No space left on device"):
            save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp.iterdir()) == ["case.json"]


@row("C13", "case file: open in another program while saving (Windows)")
def _(tmp: Path) -> None:
    path = _case(tmp)
    before = path.read_bytes()
    tries: list[object] = []
    pauses: list[float] = []

    def locked(source: object, target: object) -> None:
        tries.append(target)  # what Windows says while Word or WPS holds the file open
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        patch.setattr(atomicio.os, "replace", locked)
        patch.setattr(atomicio.time, "sleep", pauses.append)
        with pytest.raises(CaseFileError, match="cannot save: the file is open in another program"):
            save_case(path, INFO, walk("example_notice", ["2022-01-05", "no"]))
    assert len(tries) > 3 and sum(pauses) == pytest.approx(atomicio.SAVE_PATIENCE)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp.iterdir()) == ["case.json"]


@row("C11", "case file: JSON that is not an object")
def _(tmp: Path) -> None:
    path = tmp / "case.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    _refused(path, "is not a case file")


@row("C12", "case file: answers of the wrong type")
def _(tmp: Path) -> None:
    path = _case(tmp)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["assessments"][0]["answers"]["notice_valid"] = 3
    _refused(
        _write(path, raw),
        "/assessments/0/answers/notice_valid: must be a text, a date, an amount, a list of "
        "choices or of events, or null",
    )


# --- atomic writes -------------------------------------------------------------------------


def _interrupted(write: Callable[[], None], path: Path) -> None:
    """Run ``write`` with the writer killed after it has begun writing; the old file survives."""
    before = path.read_bytes()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(atomicio.os, "fsync", lambda fd: (_ for _ in ()).throw(KeyboardInterrupt()))
        with pytest.raises(KeyboardInterrupt):
            write()
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(f".{path.name}")] == []


@row("W1", "atomic write: case file writer killed mid-way")
def _(tmp: Path) -> None:
    path = _case(tmp)
    _interrupted(lambda: save_case(path, INFO, walk("example_notice", ["2019-01-01", "no"])), path)


@row("W2", "atomic write: autosave writer killed mid-way")
def _(tmp: Path) -> None:
    saver = autosave.Autosave(tmp)
    saver.write(INFO, walk("example_notice", ["2022-01-05"]))
    _interrupted(
        lambda: saver.write(INFO, walk("example_notice", ["2022-01-05", "no"])), saver.path
    )


@row("W3", "atomic write: exported report killed mid-way")
def _(tmp: Path) -> None:
    path = tmp / "report.html"
    path.write_text("<p>old report</p>", encoding="utf-8")
    _interrupted(lambda: atomicio.write_text_atomic(path, "<p>new report</p>"), path)


@row("W4", "autosave: removed when the case is saved or discarded")
def _(tmp: Path) -> None:
    folder = tmp / "app-data" / "autosave"
    saver = autosave.Autosave(folder)
    saver.write(INFO, walk("example_notice", ["2022-01-05"]))
    assert [e.path for e in autosave.pending(folder)] == [saver.path]
    saver.discard()
    assert autosave.pending(folder) == []
    for _ in range(2):
        autosave.Autosave(folder).write(INFO, walk("example_notice", ["2022-01-05"]))
    assert autosave.clear(folder) == 2 and autosave.pending(folder) == []


@row("W5", "autosave, case file and report: readable by their owner only")
def _(tmp: Path) -> None:
    if os.name != "posix":
        pytest.skip(
            "POSIX permission bits; on Windows these files are protected by the ACL of the "
            "per-user folder they live in (README: where files live)"
        )
    from wizard.pdf import ensure_gui_application, write_pdf
    from wizard.report import ReportOptions, build_report

    folder = tmp / "app-data" / "autosave"
    saver = autosave.Autosave(folder)
    session = walk("example_notice", ["2022-01-05", "yes", "no"])
    saver.write(INFO, session)
    assert folder.stat().st_mode & 0o777 == 0o700
    assert saver.path.stat().st_mode & 0o777 == 0o600
    save_case(tmp / "new.lwcase", INFO, session)
    atomicio.write_text_atomic(tmp / "report.html", "<p>report</p>")
    ensure_gui_application()
    write_pdf(build_report(session, INFO, library(), ReportOptions("zh")), tmp / "report.pdf")
    for name in ("new.lwcase", "report.html", "report.pdf"):
        assert (tmp / name).stat().st_mode & 0o777 == 0o600, name


# --- user text -----------------------------------------------------------------------------

HOSTILE_TEXTS = {
    "emoji": "👩‍⚖️📄✅ 当事人😀",
    "rtl": "مرحبا بالعالم שלום",
    "combining": "e\u0301\u0302\u0303 Z̴̡̛a̷l̸g̶o̵",
    "long word": "没有空格的长字符串" * 300 + "x" * 3000,
    "markup": "<script>alert(1)</script> & <b>bold</b> {{ 7*7 }} {% raw %}",
    "10,000 characters": "备注很长。" * 2000,
}


@row("U1", "user text: emoji, RTL, combining marks, long words, 10,000 characters, markup")
def _(tmp: Path) -> None:
    from wizard.pdf import ensure_gui_application, write_pdf
    from wizard.report import ReportOptions, build_report

    ensure_gui_application()
    session = walk("example_notice", ["2022-01-05", "yes", "no"])
    for name, text in HOSTILE_TEXTS.items():
        info = CaseInfo(client_name=text[:500], notes=text, case_number=name)
        report = build_report(session, info, library(), ReportOptions("zh"))
        assert html.escape(text, quote=False) in report.html  # verbatim, never markup
        assert "<script>" not in report.html
        assert write_pdf(report, tmp / f"{len(name)}.pdf") >= 1


@row("U2", "user text: a user folder named 张三 的文档")
def _(tmp: Path) -> None:
    from wizard.pdf import ensure_gui_application, write_pdf
    from wizard.report import ReportOptions, build_report

    folder = tmp / "张三 的文档" / "案件 资料"
    folder.mkdir(parents=True)
    session = walk("example_notice", ["2022-01-05", "yes", "no"])
    case = folder / "案件 1.lwcase"
    save_case(case, INFO, session)
    assert load_case(case, TREES).session.snapshot() == session.snapshot()
    saver = autosave.Autosave(folder / "自动 保存", case)
    saver.write(INFO, session)
    assert [Path(e.case_file) for e in autosave.pending(saver.folder)] == [case]
    report = build_report(session, INFO, library(), ReportOptions("zh"))
    atomicio.write_text_atomic(folder / "报告 1.html", report.html)
    ensure_gui_application()
    assert write_pdf(report, folder / "报告 1.pdf") >= 1
    tree_file = _write(folder / "评估 树.json", raw_example())
    assert _problems(tree_file) == []
    broken = folder / "损坏 的.json"
    broken.write_text("{", encoding="utf-8")
    assert _problems(broken)[0].startswith(f"{broken}: line 1")


@row("O1", "offline: no code path opens a network socket")
def _(tmp: Path) -> None:
    import socket

    with pytest.raises(RuntimeError, match="network access in a test"):
        socket.create_connection(("127.0.0.1", 9))


@row("T17", "tree: a date the calendar does not have")
def _(tmp: Path) -> None:
    raw = raw_example()
    raw["nodes"][1]["rules"][0]["when"]["before"] = "2021-02-30"
    assert _problems(_write(tmp / "t.json", raw)) == [
        f"{tmp / 't.json'}: law_switch (/nodes/1/rules/0/when/before): '2021-02-30' is not a date"
    ]
