"""Case files: a session with its case information, saved as versioned JSON.

Format (``format_version`` 1)::

    {"format": "liability-wizard-case", "format_version": 1, "saved_at": "…",
     "tree": {"id": "isp", "version": "1.0.0", "content_hash": "…"},
     "case": {"client_name": "…", "worker_name": "…", "organisation": "…",
              "case_number": "…", "consultation_date": "2026-11-29", "notes": "…"},
     "answers": {"node_id": "choice id" | "YYYY-MM-DD" | null, …},
     "set_aside": {"node_id": …}}

``answers`` are the pages of the path in order (info pages as null); ``set_aside`` are answers
that fell off the path and are offered again as defaults. Only ``format``, ``format_version``,
``tree.id`` and ``answers`` are required, so a hand-written answers file is a case file too.
Loading never writes; saving is atomic.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from wizard.atomicio import write_text_atomic
from wizard.engine import Answer, Session
from wizard.errors import CaseFileError, EngineError
from wizard.model import Tree

FORMAT = "liability-wizard-case"
FORMAT_VERSION = 1
#: A case file is a few kilobytes; anything far larger is not one of ours.
MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = 5_000_000  # characters in one case field: a long interview, not a book


@dataclass(frozen=True)
class CaseInfo:
    client_name: str = ""
    worker_name: str = ""
    organisation: str = ""
    case_number: str = ""
    consultation_date: date = field(default_factory=date.today)
    notes: str = ""


@dataclass(frozen=True)
class LoadNotice:
    """Something the user must be told about a case file that loaded."""

    kind: Literal["tree_changed", "answer_dropped", "set_aside", "incomplete"]
    node_id: str = ""
    detail: str = ""

    def describe(self) -> str:
        match self.kind:
            case "tree_changed":
                return f"the tree has changed since the case was saved ({self.detail})"
            case "answer_dropped":
                return f"{self.node_id}: the saved answer no longer fits the tree ({self.detail})"
            case "set_aside":
                return f"{self.node_id}: the saved answer is not on the path and is set aside"
            case _:
                return f"the interview stops at '{self.node_id}': it needs an answer there"


@dataclass(frozen=True)
class LoadedCase:
    info: CaseInfo
    session: Session
    notices: tuple[LoadNotice, ...]


def case_info_json(info: CaseInfo) -> dict[str, str]:
    """The case information as JSON values (dates as YYYY-MM-DD)."""
    return {
        "client_name": info.client_name,
        "worker_name": info.worker_name,
        "organisation": info.organisation,
        "case_number": info.case_number,
        "consultation_date": info.consultation_date.isoformat(),
        "notes": info.notes,
    }


def to_json(info: CaseInfo, session: Session) -> dict[str, Any]:
    set_aside = {
        node_id: _encode(value)
        for node_id, value in session.remembered_answers().items()
        if node_id not in session.answers
    }
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "tree": {
            "id": session.tree.id,
            "version": session.tree.version,
            "content_hash": session.tree.content_hash,
        },
        "case": case_info_json(info),
        "answers": {node_id: _encode(v) for node_id, v in session.answers.items()},
        "set_aside": set_aside,
    }


def save_case(path: Path, info: CaseInfo, session: Session) -> None:
    """Write the case atomically: the old file stays whole if anything fails."""
    text = json.dumps(to_json(info, session), ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise CaseFileError(path, f"cannot save: {exc.strerror or exc}") from exc


def read_case_json(path: Path) -> dict[str, Any]:
    """Read and check the envelope of a case file; raises CaseFileError, never writes."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CaseFileError(path, f"is {size:,} bytes, too large to be a case file")
        raw = json.loads(path.read_bytes().decode("utf-8-sig"))
    except CaseFileError:
        raise
    except OSError as exc:
        raise CaseFileError(path, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CaseFileError(path, f"is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise CaseFileError(
            path,
            f"is damaged or incomplete: malformed JSON at line {exc.lineno} column {exc.colno}",
        ) from exc
    except RecursionError as exc:
        raise CaseFileError(path, "is nested too deeply to be a case file") from exc
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise CaseFileError(path, f'is not a case file (no "format": "{FORMAT}")')
    version = raw.get("format_version")
    if version != FORMAT_VERSION:
        raise CaseFileError(
            path,
            f"has format version {version!r}; this version of the wizard reads {FORMAT_VERSION}",
        )
    tree = raw.get("tree")
    if not isinstance(tree, dict) or not isinstance(tree.get("id"), str):
        raise CaseFileError(
            path, "/tree/id: missing; the case file does not say which tree it uses"
        )
    if "answers" not in raw:
        raise CaseFileError(path, "/answers: missing; the case file holds no answers")
    for key in ("answers", "set_aside"):
        value = raw.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(v, str | None) for v in value.values()
        ):
            raise CaseFileError(path, f"/{key}: must map node ids to a text, a date or null")
    case = raw.get("case", {})
    if not isinstance(case, dict):
        raise CaseFileError(path, "/case: must be an object")
    return raw


def case_info_from_json(path: Path, raw: Mapping[str, Any]) -> CaseInfo:
    info = CaseInfo()
    for key in ("client_name", "worker_name", "organisation", "case_number", "notes"):
        value = raw.get(key, "")
        if not isinstance(value, str):
            raise CaseFileError(path, f"/case/{key}: must be text")
        if len(value) > MAX_TEXT:
            raise CaseFileError(path, f"/case/{key}: longer than {MAX_TEXT:,} characters")
        info = replace(info, **{key: value})
    if "consultation_date" in raw:
        try:
            info = replace(info, consultation_date=date.fromisoformat(raw["consultation_date"]))
        except (TypeError, ValueError):
            raise CaseFileError(path, "/case/consultation_date: not a date (YYYY-MM-DD)") from None
    return info


def load_case(path: Path, trees: Mapping[str, Tree]) -> LoadedCase:
    """Load a case file and replay its answers on the current version of its tree."""
    raw = read_case_json(path)
    tree_ref = raw["tree"]
    tree = trees.get(tree_ref["id"])
    if tree is None:
        raise CaseFileError(path, f"uses the tree '{tree_ref['id']}', which is not available")
    info = case_info_from_json(path, raw.get("case", {}))
    notices: list[LoadNotice] = []
    saved_version = tree_ref.get("version")
    saved_hash = tree_ref.get("content_hash")
    if (saved_version and saved_version != tree.version) or (
        saved_hash and saved_hash != tree.content_hash
    ):
        notices.append(
            LoadNotice(
                "tree_changed",
                detail=f"saved with version {saved_version or '?'}, now {tree.version}",
            )
        )
    session, replay_notices = replay(tree, raw["answers"], raw.get("set_aside", {}))
    return LoadedCase(info, session, (*notices, *replay_notices))


def replay(
    tree: Tree, answers: Mapping[str, str | None], set_aside: Mapping[str, str | None]
) -> tuple[Session, list[LoadNotice]]:
    """Rebuild a session by answering from ``answers``; report what did not fit."""
    session = Session(tree)
    notices: list[LoadNotice] = []
    used: set[str] = set()
    while not session.is_finished:
        node = session.current
        if node.id not in answers:
            notices.append(LoadNotice("incomplete", node.id))
            break
        value = answers[node.id]
        try:
            session.answer(value)
        except EngineError as exc:
            notices.append(LoadNotice("answer_dropped", node.id, str(exc)))
            used.add(node.id)
            break
        used.add(node.id)
    for node_id, value in {**set_aside, **answers}.items():
        if node_id in used or value is None:
            continue
        node = tree.node(node_id) if tree.has_node(node_id) else None
        if node is None:
            notices.append(LoadNotice("answer_dropped", node_id, "no such question in the tree"))
        elif session.fits(node, value):
            session.remember(node_id, value)
            if node_id in answers:
                notices.append(LoadNotice("set_aside", node_id))
        else:
            notices.append(LoadNotice("answer_dropped", node_id, "the answer no longer fits"))
    return session, notices


def _encode(value: Answer) -> str | None:
    return value.isoformat() if isinstance(value, date) else value
