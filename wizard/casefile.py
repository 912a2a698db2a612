"""Case files: a whole case — its information and its assessments — saved as versioned JSON.

Format (``format_version`` 3)::

    {"format": "liability-wizard-case", "format_version": 3, "saved_at": "…",
     "case": {"client_name": "…", "worker_name": "…", "organisation": "…",
              "case_number": "…", "consultation_date": "2026-11-29", "notes": "…"},
     "assessments": [
       {"id": "3f2a…", "about": "张三（保证人）",
        "tree": {"id": "guarantor", "version": "2.0.0", "content_hash": "…"},
        "parties": {"debtor": ["某公司"], "guarantor": ["张三", "李四"]},
        "answers": {"node_id": ANSWER, …},
        "set_aside": {"node_id": ANSWER}}]}

An ANSWER is a choice id, a date ``YYYY-MM-DD``, a month ``YYYY-MM`` or ``"unknown"``, an
amount as a decimal string (``"120000.00"``), a list of choice ids (multiple choice), a list
of events ``{"kind": "demand", "date": "2024-03-01", "until": …, "party": "guarantor",
"person": "张三"}`` (the case's history), or null for an information page. ``answers`` are the
pages of the path in order; ``set_aside`` are answers that fell off the path and are offered
again as defaults.

Versions 1 and 2 held one assessment at the top level (``tree``, ``answers``, ``set_aside``,
the parties under ``case``); they read as a case with that one assessment. Only ``format``,
``format_version`` and each assessment's ``tree.id`` and ``answers`` are required, so a
hand-written answers file is a case file too. Loading never writes; saving is atomic.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from wizard.answers import (
    UNKNOWN_TEXT,
    MonthDate,
    Unknown,
    parse_amount_answer,
    parse_date_answer,
)
from wizard.atomicio import write_text_atomic
from wizard.case import Assessment, Case, CaseInfo
from wizard.deadlines import EVENT_KINDS, Event
from wizard.engine import Answer, Session
from wizard.errors import CaseFileError, EngineError
from wizard.model import DateQuestion, EventsQuestion, MoneyQuestion, MultiQuestion, Node, Tree

FORMAT = "liability-wizard-case"
FORMAT_VERSION = 3
#: Versions this wizard reads: 1 and 2 hold one assessment; version 1 answers are a subset
#: of version 2's.
READABLE_VERSIONS = (1, 2, 3)
#: A case file is a few kilobytes; anything far larger is not one of ours.
MAX_BYTES = 20 * 1024 * 1024
MAX_TEXT = 5_000_000  # characters in one case field: a long interview, not a book
MAX_NAME = 500  # characters in one party's name
MAX_NAMES = 200  # names of one party (shareholders, partners)


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
    """A case file of one assessment, as one session with the case information."""

    info: CaseInfo
    session: Session
    notices: tuple[LoadNotice, ...]


@dataclass(frozen=True)
class LoadedWholeCase:
    case: Case
    #: What to tell the user, per assessment id.
    notices: dict[str, tuple[LoadNotice, ...]]


def case_info_json(info: CaseInfo) -> dict[str, Any]:
    """The case information as JSON values (dates as YYYY-MM-DD)."""
    return {
        "client_name": info.client_name,
        "worker_name": info.worker_name,
        "organisation": info.organisation,
        "case_number": info.case_number,
        "consultation_date": info.consultation_date.isoformat(),
        "notes": info.notes,
    }


def _assessment_json(
    session: Session, parties: Iterable[tuple[str, tuple[str, ...]]], about: str, ident: str
) -> dict[str, Any]:
    set_aside = {
        node_id: encode_answer(value)
        for node_id, value in session.remembered_answers().items()
        if node_id not in session.answers
    }
    return {
        "id": ident,
        "about": about,
        "tree": {
            "id": session.tree.id,
            "version": session.tree.version,
            "content_hash": session.tree.content_hash,
        },
        "parties": {party: list(names) for party, names in parties},
        "answers": {node_id: encode_answer(v) for node_id, v in session.answers.items()},
        "set_aside": set_aside,
    }


def case_to_json(case: Case) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "saved_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "case": case_info_json(case.info),
        "assessments": [
            _assessment_json(a.session, a.parties, a.about, a.id) for a in case.assessments
        ],
    }


def to_json(info: CaseInfo, session: Session, about: str = "") -> dict[str, Any]:
    """A case of one assessment (the walk, the single-tree app) as JSON."""
    data = case_to_json(Case(replace(info, parties=())))
    data["assessments"] = [_assessment_json(session, info.parties, about, "1")]
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise CaseFileError(path, f"cannot save: {exc.strerror or exc}") from exc


def save_case(path: Path, info: CaseInfo, session: Session) -> None:
    """Write a case of one assessment atomically: the old file stays whole if anything fails."""
    _write(path, to_json(info, session))


def save_whole_case(path: Path, case: Case) -> None:
    """Write the whole case atomically."""
    _write(path, case_to_json(case))


def read_case_json(path: Path) -> dict[str, Any]:
    """Read and check a case file of any readable version; returns it in the shape of version
    3 (an older file as a case of one assessment). Raises CaseFileError, never writes."""
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
    if version not in READABLE_VERSIONS:
        readable = ", ".join(str(v) for v in READABLE_VERSIONS)
        raise CaseFileError(
            path,
            f"has format version {version!r}; this version of the wizard reads {readable}",
        )
    case = raw.setdefault("case", {})
    if not isinstance(case, dict):
        raise CaseFileError(path, "/case: must be an object")
    if version < 3:
        one = {k: raw[k] for k in ("tree", "answers", "set_aside") if k in raw}
        one["parties"] = case.get("parties", {})
        _check_assessment(path, one, "", version, "/case/parties")
        one.update(id="1", about="")
        return {**raw, "case": case, "assessments": [one]}
    assessments = raw.get("assessments")
    if not isinstance(assessments, list):
        raise CaseFileError(path, "/assessments: missing; the case file holds no assessments")
    for index, one in enumerate(assessments):
        where = f"/assessments/{index}"
        if not isinstance(one, dict):
            raise CaseFileError(path, f"{where}: must be an object")
        _check_assessment(path, one, where, version, f"{where}/parties")
        for key in ("id", "about"):
            if not isinstance(one.get(key, ""), str):
                raise CaseFileError(path, f"{where}/{key}: must be text")
        if len(one.get("about", "")) > MAX_NAME:
            raise CaseFileError(path, f"{where}/about: longer than {MAX_NAME} characters")
    return raw


def _check_assessment(
    path: Path, one: dict[str, Any], where: str, version: int, parties_at: str
) -> None:
    tree = one.get("tree")
    if not isinstance(tree, dict) or not isinstance(tree.get("id"), str):
        raise CaseFileError(
            path, f"{where}/tree/id: missing; the case file does not say which tree it uses"
        )
    if "answers" not in one:
        raise CaseFileError(path, f"{where}/answers: missing; the case file holds no answers")
    for key in ("answers", "set_aside"):
        value = one.get(key, {})
        if not isinstance(value, dict):
            raise CaseFileError(path, f"{where}/{key}: must map node ids to answers")
        for node_id, answer in value.items():
            problem = _answer_shape_problem(answer, version)
            if problem:
                raise CaseFileError(path, f"{where}/{key}/{node_id}: {problem}")
    parties = one.get("parties", {})
    if not isinstance(parties, dict) or not all(
        isinstance(k, str)
        and isinstance(v, list)
        and all(isinstance(n, str) and len(n) <= MAX_NAME for n in v)
        and len(v) <= MAX_NAMES
        for k, v in parties.items()
    ):
        raise CaseFileError(path, f"{parties_at}: must map party ids to lists of names")


def _answer_shape_problem(answer: Any, version: int) -> str | None:
    """What is wrong with the JSON shape of a stored answer (its fit to the tree comes later)."""
    if isinstance(answer, str | None):
        return None
    if version < 2:
        return "must be a text, a date or null"
    if isinstance(answer, list):
        if all(isinstance(a, str) for a in answer):
            return None
        if all(isinstance(a, dict) for a in answer):
            for event in answer:
                if not isinstance(event.get("kind"), str) or not isinstance(event.get("date"), str):
                    return "an event needs a kind and a date"
                for key in ("until", "party", "person"):
                    if key in event and not isinstance(event[key], str | None):
                        return f"an event's {key} must be text"
            return None
    return "must be a text, a date, an amount, a list of choices or of events, or null"


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


def _names(parties: Mapping[str, list[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    info = CaseInfo()
    for party, names in sorted(parties.items()):
        info = info.with_names(party, tuple(names))
    return info.parties


def load_whole_case(path: Path, trees: Mapping[str, Tree]) -> LoadedWholeCase:
    """Load a case file and replay each assessment's answers on the current version of its
    tree; an older file is a case of one assessment."""
    raw = read_case_json(path)
    info = case_info_from_json(path, raw["case"])
    case = Case(info)
    notices: dict[str, tuple[LoadNotice, ...]] = {}
    for index, one in enumerate(raw["assessments"]):
        tree_ref = one["tree"]
        tree = trees.get(tree_ref["id"])
        if tree is None:
            where = f"/assessments/{index}/tree/id: " if raw["format_version"] >= 3 else ""
            raise CaseFileError(
                path, f"{where}uses the tree '{tree_ref['id']}', which is not available"
            )
        found: list[LoadNotice] = []
        saved_version = tree_ref.get("version")
        saved_hash = tree_ref.get("content_hash")
        if (saved_version and saved_version != tree.version) or (
            saved_hash and saved_hash != tree.content_hash
        ):
            found.append(
                LoadNotice(
                    "tree_changed",
                    detail=f"saved with version {saved_version or '?'}, now {tree.version}",
                )
            )
        parties = _names(one.get("parties", {}))
        session, replay_notices = replay(
            tree, one["answers"], one.get("set_aside", {}), info.consultation_date, parties
        )
        ident = one.get("id") or str(index + 1)
        if any(a.id == ident for a in case.assessments):
            ident = f"{ident}-{index + 1}"
        case.assessments.append(Assessment(session, parties, one.get("about", ""), ident))
        notices[ident] = (*found, *replay_notices)
    return LoadedWholeCase(case, notices)


def load_case(path: Path, trees: Mapping[str, Tree]) -> LoadedCase:
    """Load a case file of one assessment (any version) as one session."""
    loaded = load_whole_case(path, trees)
    assessments = loaded.case.assessments
    if len(assessments) != 1:
        raise CaseFileError(
            path,
            f"/assessments: holds {len(assessments)} assessments; open it as a whole case",
        )
    (one,) = assessments
    return LoadedCase(one.info(loaded.case.info), one.session, loaded.notices[one.id])


def replay(
    tree: Tree,
    answers: Mapping[str, Any],
    set_aside: Mapping[str, Any],
    consultation: date | None = None,
    names: Iterable[tuple[str, tuple[str, ...]]] = (),
) -> tuple[Session, list[LoadNotice]]:
    """Rebuild a session by answering from ``answers``; report what did not fit."""
    session = Session(tree, consultation)
    session.set_names(dict(names))
    notices: list[LoadNotice] = []
    used: set[str] = set()
    while not session.is_finished:
        node = session.current
        if node.id not in answers:
            notices.append(LoadNotice("incomplete", node.id))
            break
        try:
            value = decode_answer(node, answers[node.id])
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
            continue
        try:
            value = decode_answer(node, value)
        except EngineError:
            notices.append(LoadNotice("answer_dropped", node_id, "the answer no longer fits"))
            continue
        if session.fits(node, value):
            session.remember(node_id, value)
            if node_id in answers:
                notices.append(LoadNotice("set_aside", node_id))
        else:
            notices.append(LoadNotice("answer_dropped", node_id, "the answer no longer fits"))
    return session, notices


def encode_answer(value: Answer) -> Any:
    """An engine answer as JSON (see the module's docstring)."""
    match value:
        case date() | MonthDate():
            return value.isoformat()
        case Unknown():
            return UNKNOWN_TEXT
        case Decimal():
            return f"{value:.2f}"
        case tuple() if all(isinstance(v, Event) for v in value):
            return [_encode_event(e) for e in value]  # type: ignore[arg-type]
        case tuple():
            return list(value)
    return value


def _encode_event(event: Event) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": event.kind, "date": event.on.isoformat()}
    if event.until is not None:
        data["until"] = event.until.isoformat()
    if event.party:
        data["party"] = event.party
    if event.person:
        data["person"] = event.person
    return data


def decode_answer(node: Node, raw: Any) -> Answer:
    """A stored answer in the engine's form for ``node``; EngineError when it cannot be."""
    try:
        match node:
            case DateQuestion():
                return parse_date_answer(raw) if isinstance(raw, str) else raw
            case MoneyQuestion():
                return parse_amount_answer(raw) if isinstance(raw, str) else raw
            case MultiQuestion():
                return tuple(raw) if isinstance(raw, list) else raw
            case EventsQuestion():
                if not isinstance(raw, list):
                    raise EngineError(f"{node.id}: a list of events is required")
                return tuple(_decode_event(e) for e in raw)
    except (ValueError, TypeError, KeyError) as exc:
        raise EngineError(f"{node.id}: {exc}") from None
    return raw


def _decode_event(raw: dict[str, Any]) -> Event:
    until = raw.get("until")
    kind = raw["kind"]
    if kind not in EVENT_KINDS:
        raise ValueError(f"'{kind}' is not a kind of event")
    on = parse_date_answer(raw["date"])
    until_value = parse_date_answer(until) if until else None
    if isinstance(on, Unknown) or isinstance(until_value, Unknown):
        raise ValueError("an event needs its date")
    return Event(kind, on, until_value, raw.get("party") or "", person=raw.get("person") or "")
