"""Reading tree files: bytes → JSON → schema check → the frozen model of ``wizard.model``.

Every failure becomes a :class:`~wizard.errors.TreeError` whose problems name the file and the
place: ``line L column C`` for malformed JSON, the node id and JSON pointer for schema errors.
Semantic checks (ids resolve, no cycles, citations exist …) are in ``wizard.validate``.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from wizard import resources
from wizard.errors import Problem, TreeError
from wizard.model import (
    AllOf,
    AmountCompare,
    AmountDef,
    AnswerIn,
    AnyOf,
    BranchNode,
    BranchRule,
    Choice,
    ChoiceQuestion,
    Citation,
    Condition,
    DateBefore,
    DateCompare,
    DateOnOrAfter,
    DateOperand,
    DateQuestion,
    DeadlinePassed,
    DeadlineSpec,
    EventRecorded,
    EventSource,
    EventsQuestion,
    EventStart,
    Finding,
    FindingNode,
    GlossaryTerm,
    Help,
    Includes,
    InfoNode,
    IsUnknown,
    MoneyQuestion,
    MultiQuestion,
    Node,
    Not,
    Note,
    OutcomeNode,
    Party,
    Period,
    Reached,
    Side,
    SideIn,
    Text,
    Tree,
    Undetermined,
    Verify,
    Warning,
)

_MAX_SCHEMA_PROBLEMS = 50


@cache
def _validator() -> Any:
    # Imported here: jsonschema takes a tenth of a second to import, and the app skips the
    # schema for trees it has checked before (see wizard/catalog.py).
    import jsonschema

    schema = json.loads(resources.tree_schema_path().read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def read_json(path: Path) -> Any:
    """Parse a UTF-8 JSON file (a BOM is tolerated), refusing duplicate keys. A file named
    ``*.json.xz`` is read through xz (the frozen app ships its trees so, decision 010)."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TreeError([Problem(name, "(file)", f"cannot read: {exc.strerror or exc}")]) from exc
    if name.endswith(".xz"):
        import lzma

        try:
            data = lzma.decompress(data)
        except lzma.LZMAError as exc:
            raise TreeError([Problem(name, "(file)", f"not an xz file: {exc}")]) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TreeError(
            [Problem(name, f"byte {exc.start}", "not UTF-8 text; save the file as UTF-8")]
        ) from exc

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj:
                raise ValueError(f"duplicate key '{key}'")
            obj[key] = value
        return obj

    try:
        return json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise TreeError(
            [Problem(name, f"line {exc.lineno} column {exc.colno}", f"malformed JSON: {exc.msg}")]
        ) from exc
    except ValueError as exc:
        raise TreeError([Problem(name, "(json)", str(exc))]) from exc
    except RecursionError as exc:
        raise TreeError([Problem(name, "(json)", "nested too deeply to read")]) from exc


@cache
def _fast_check() -> Callable[[Any], bool]:
    from wizard.schema_check import compile_schema

    return compile_schema(json.loads(resources.tree_schema_path().read_text(encoding="utf-8")))


def schema_problems(raw: Any, name: str) -> list[Problem]:
    """Problems the JSON Schema finds, each located by node id (where known) and pointer, and
    dates the calendar does not have.

    A compiled yes/no check answers first (``wizard.schema_check``, which also checks the
    dates): a valid tree costs one quick pass; only a broken one goes through ``jsonschema``,
    which explains each error, and :func:`date_problems`.
    """
    if _fast_check()(raw):
        return []
    return _explained_schema_problems(raw, name) or date_problems(raw, name)


def _explained_schema_problems(raw: Any, name: str) -> list[Problem]:
    problems = []
    errors = sorted(_validator().iter_errors(raw), key=lambda e: list(map(str, e.absolute_path)))
    for error in errors[:_MAX_SCHEMA_PROBLEMS]:
        path = list(error.absolute_path)
        pointer = "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)
        where = pointer if path else "(tree)"
        if len(path) >= 2 and path[0] == "nodes" and isinstance(path[1], int):
            node = raw["nodes"][path[1]]
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                where = f"{node['id']} ({pointer})"
        message = error.message if len(error.message) <= 300 else error.message[:297] + "..."
        problems.append(Problem(name, where, message))
    if len(errors) > _MAX_SCHEMA_PROBLEMS:
        problems.append(
            Problem(name, "(tree)", f"{len(errors) - _MAX_SCHEMA_PROBLEMS} more schema errors")
        )
    return problems


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: building or checking a tree makes tens of
    thousands of objects that all live on, and a collection every few hundred of them only
    costs time (a fifth of loading a large tree). Restored afterwards; nests."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_tree(path: Path, known_valid: frozenset[str] = frozenset()) -> Tree:
    """Read a tree file and build its model; raises TreeError on unreadable or invalid input.

    Args:
        known_valid: content hashes (see :func:`schema_key`) of trees that already passed
            the schema, whose check is skipped (it is the slow part of loading a large tree).
    """
    with gc_paused():
        raw = read_json(path)
        digest = content_hash(raw)
        if schema_key(digest) not in known_valid:
            problems = schema_problems(raw, str(path))
            if problems:
                raise TreeError(problems)
        return build_tree(expand_definitions(raw, str(path)), source=str(path), digest=digest)


#: Lists of outcome and finding nodes whose entries may be ``{"use": name}``, and the part of
#: ``definitions`` each name is looked up in.
SHARED_LISTS = {
    "deadlines": "deadlines",
    "warnings": "warnings",
    "recourse": "notes",
    "next_steps": "notes",
    "evidence": "notes",
    "defences": "notes",
}


def expand_definitions(raw: dict[str, Any], name: str = "") -> dict[str, Any]:
    """Replace every ``{"use": name}`` by its entry in the tree's ``definitions``.

    Shared deadlines, warnings and list entries are written once (docs/tree-format.md); the
    model is the same as if each had been written out where it is used.
    """
    definitions = raw.get("definitions")
    if not definitions:
        return raw
    problems = []
    nodes = []
    for node in raw["nodes"]:
        node = dict(node)
        for key, section in SHARED_LISTS.items():
            if key not in node:
                continue
            items = []
            for item in node[key]:
                if isinstance(item, dict) and set(item) == {"use"}:
                    shared = definitions.get(section, {}).get(item["use"])
                    if shared is None:
                        problems.append(
                            Problem(
                                name or raw["id"],
                                node["id"],
                                f"{key}: uses '{item['use']}', which definitions.{section} "
                                "does not define",
                            )
                        )
                        continue
                    item = shared
                items.append(item)
            node[key] = items
        nodes.append(node)
    if problems:
        raise TreeError(problems)
    return {**raw, "nodes": nodes}


_DATE_KEYS = ("before", "on_or_before", "after", "on_or_after", "last_legal_review")


def date_problems(raw: Any, name: str) -> list[Problem]:
    """Dates the schema's YYYY-MM-DD pattern lets through but the calendar does not (02-30)."""
    problems = []
    # A JSON pointer is built only for a problem: the stack holds each value's parent chain.
    stack: list[tuple[str, Any, Any]] = [("(tree)", None, raw)]
    while stack:
        where, chain, value = stack.pop()
        if isinstance(value, dict):
            if chain is not None and chain[1] == ("nodes", None):  # a node: /nodes/N
                where = str(value.get("id", where))
            for key, child in value.items():
                if key in _DATE_KEYS and isinstance(child, str) and child != CONSULTATION:
                    try:
                        date.fromisoformat(child)
                    except ValueError:
                        pointer = _pointer((key, chain))
                        problems.append(
                            Problem(name, f"{where} ({pointer})", f"'{child}' is not a date")
                        )
                elif isinstance(child, dict | list):
                    stack.append((where, (key, chain), child))
        elif isinstance(value, list):
            stack.extend(
                (where, (i, chain), child)
                for i, child in enumerate(value)
                if isinstance(child, dict | list)
            )
    return problems


def _pointer(chain: Any) -> str:
    parts = []
    while chain is not None:
        parts.append(str(chain[0]))
        chain = chain[1]
    return "/" + "/".join(reversed(parts))


def schema_key(digest: str) -> str:
    """A tree's content hash together with the schema's: the key of a passed schema check."""
    return f"{_schema_hash()}:{digest}"


@cache
def _schema_hash() -> str:
    return hashlib.sha256(resources.tree_schema_path().read_bytes()).hexdigest()[:16]


def content_hash(raw: Any) -> str:
    # check_circular off: parsed JSON has no cycles, and the check costs a fifth of the time.
    canonical = json.dumps(
        raw, sort_keys=True, ensure_ascii=False, separators=(",", ":"), check_circular=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


# --- building the model from schema-valid JSON ------------------------------------------


@dataclass
class _Build:
    """What building one tree shares between its parts.

    ``named`` are the raw ``definitions.conditions``; each is built once and the same object
    is used wherever it is named, so a condition shared by many texts is one object that the
    validator checks once per node. ``made`` does the same for raw entries that
    ``expand_definitions`` put in several places (a shared deadline or note is one dict).
    """

    source: str
    named: dict[str, Any]
    built: dict[str, Condition] = field(default_factory=dict)
    building: list[str] = field(default_factory=list)
    made: dict[tuple[str, int], Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    holder: str = "(definitions)"


#: The tree being built in this thread (conditions read shared conditions through it).
_BUILD: ContextVar[_Build | None] = ContextVar("tree_build", default=None)


def build_tree(raw: dict[str, Any], source: str = "", digest: str = "") -> Tree:
    """The model of a schema-valid tree whose ``{"use": …}`` entries are expanded.

    Raises TreeError when a ``{"use": name}`` condition names no shared condition, or shared
    conditions use each other in a circle.
    """
    definitions = raw.get("definitions") or {}
    build = _Build(source or raw["id"], definitions.get("conditions", {}))
    token = _BUILD.set(build)
    try:
        tree = _build_tree(raw, definitions, source, digest, build)
    finally:
        _BUILD.reset(token)
    if build.problems:
        raise TreeError(build.problems)
    return tree


def _build_tree(
    raw: dict[str, Any], definitions: dict[str, Any], source: str, digest: str, build: _Build
) -> Tree:
    sides = tuple(
        Side(s["id"], _text(s["label"]), bool(s.get("claimed_against", False)))
        for s in raw.get("sides", ())
    )
    side_labels = {side.id: side.label for side in sides}
    named_deadlines = tuple(
        (name, _deadline(d)) for name, d in definitions.get("deadlines", {}).items()
    )
    for name in build.named:  # every shared condition is checked, used or not
        _named_condition(name)
    nodes = []
    for node in raw["nodes"]:
        build.holder = str(node.get("id"))
        nodes.append(_node(node, side_labels))
    return Tree(
        id=raw["id"],
        version=raw["version"],
        domain=raw["domain"],
        title=_text(raw["title"]),
        description=_text(raw["description"]),
        last_legal_review=date.fromisoformat(raw["last_legal_review"]),
        laws=tuple(raw["laws"]),
        start=raw["start"],
        nodes=tuple(nodes),
        glossary=tuple(
            GlossaryTerm(g["id"], _text(g["term"]), _text(g["definition"]))
            for g in raw.get("glossary", ())
        ),
        notes=tuple(_text(n) for n in raw.get("notes", ())),
        content_hash=digest or content_hash(raw),
        source=source,
        format_version=raw.get("format_version", 1),
        report_title=_opt_text(raw.get("report_title")),
        sides=sides,
        parties=tuple(
            Party(p["id"], _text(p["label"]), bool(p.get("many", False)))
            for p in raw.get("parties", ())
        ),
        amounts=tuple(_amount(a) for a in raw.get("amounts", ())),
        named_deadlines=named_deadlines,
    )


def _once(kind: str, raw: dict[str, Any], make: Callable[[dict[str, Any]], Any]) -> Any:
    """``make(raw)``, built once per raw object while a tree is built (shared entries)."""
    build = _BUILD.get()
    if build is None:
        return make(raw)
    key = (kind, id(raw))  # raw is alive for the whole build, so its id is not reused
    made = build.made.get(key)
    if made is None:
        made = build.made[key] = make(raw)
    return made


def _named_condition(name: str) -> Condition:
    build = _BUILD.get()
    if build is None:  # a letter's or a triage rule's condition: there are no definitions
        raise ValueError(f"uses '{name}', but shared conditions exist only in a tree")
    if name not in build.named:
        build.problems.append(
            Problem(
                build.source,
                build.holder,
                f"a condition uses '{name}', which definitions.conditions does not define",
            )
        )
        return AllOf(())
    if name in build.built:
        return build.built[name]
    if name in build.building:
        circle = " → ".join([*build.building[build.building.index(name) :], name])
        build.problems.append(
            Problem(build.source, "(definitions)", f"shared conditions use each other: {circle}")
        )
        return AllOf(())
    build.building.append(name)
    try:
        condition = _condition(build.named[name])
    finally:
        build.building.pop()
    build.built[name] = condition
    return condition


def _amount(raw: dict[str, Any]) -> AmountDef:
    label = _opt_text(raw.get("label"))
    if "fraction" in raw:
        of, numerator, denominator = raw["fraction"]
        return AmountDef(raw["id"], "fraction", (of,), numerator, denominator, label)
    for op in ("sum", "difference", "min"):
        if op in raw:
            return AmountDef(raw["id"], op, tuple(raw[op]), label=label)  # type: ignore[arg-type]
    raise ValueError(f"amount {raw['id']}: no computation")  # the schema prevents this


def _text(raw: dict[str, str]) -> Text:
    return Text(zh=raw["zh"], en=raw["en"])


def _opt_text(raw: dict[str, str] | None) -> Text | None:
    return _text(raw) if raw is not None else None


CONSULTATION = "consultation_date"
_COMPARE_OPS = ("before", "on_or_before", "after", "on_or_after")


def _date_operand(raw: Any) -> DateOperand:
    if raw == CONSULTATION:
        return DateOperand(consultation=True)
    if isinstance(raw, str):
        return DateOperand(fixed=date.fromisoformat(raw))
    if "date" in raw:
        return DateOperand(question=raw["date"])
    return DateOperand(deadline=raw["deadline"])


def _condition(raw: dict[str, Any]) -> Condition:
    if "use" in raw:
        return _named_condition(raw["use"])
    return _once("condition", raw, _make_condition)


def _make_condition(raw: dict[str, Any]) -> Condition:
    if "date" in raw:
        op = next(o for o in _COMPARE_OPS if o in raw)
        operand = raw[op]
        # A fixed switch date keeps the simple forms every format-1 tree uses.
        if isinstance(operand, str) and operand != CONSULTATION and op == "before":
            return DateBefore(raw["date"], date.fromisoformat(operand))
        if isinstance(operand, str) and operand != CONSULTATION and op == "on_or_after":
            return DateOnOrAfter(raw["date"], date.fromisoformat(operand))
        return DateCompare(raw["date"], op, _date_operand(operand))
    if "in" in raw:
        return AnswerIn(raw["answer"], tuple(raw["in"]))
    if "includes_any" in raw:
        return Includes(raw["answer"], tuple(raw["includes_any"]))
    if "includes_all" in raw:
        return Includes(raw["answer"], tuple(raw["includes_all"]), every=True)
    if "side" in raw:
        return SideIn(tuple(raw["side"]))
    if "unknown" in raw:
        return IsUnknown(raw["unknown"])
    if "month_only" in raw:
        return IsUnknown(raw["month_only"], month_only=True)
    if "event" in raw:
        return EventRecorded(raw["event"], tuple(raw["kinds"]), tuple(raw.get("parties", ())))
    if "amount" in raw:
        op = "above" if "above" in raw else "at_most"
        other = raw[op]
        if isinstance(other, str):
            return AmountCompare(raw["amount"], op, fixed=Decimal(other))
        return AmountCompare(raw["amount"], op, other=other["amount"])
    if "deadline" in raw:
        return DeadlinePassed(raw["deadline"], bool(raw["passed"]))
    if "undetermined" in raw:
        return Undetermined(_condition(raw["undetermined"]))
    if "reached" in raw:
        return Reached(raw["reached"])
    if "all" in raw:
        return AllOf(tuple(_condition(c) for c in raw["all"]))
    if "any" in raw:
        return AnyOf(tuple(_condition(c) for c in raw["any"]))
    return Not(_condition(raw["not"]))


def parse_condition(raw: dict[str, Any]) -> Condition:
    """A condition written in the tree format's condition language (docs/tree-format.md), as
    other data files use it too (the letters of ``wizard.letters``)."""
    return _condition(raw)


def _when(raw: dict[str, Any]) -> Condition | None:
    """A ``when`` condition, combined with a ``side`` list (format 2) when both are given."""
    return _once("when", raw, _make_when)


def _make_when(raw: dict[str, Any]) -> Condition | None:
    when = _condition(raw["when"]) if "when" in raw else None
    side = raw.get("side")
    if isinstance(side, list):
        by_side = SideIn(tuple(side))
        return by_side if when is None else AllOf((by_side, when))
    return when


def _any_side(raw: dict[str, Any]) -> bool:
    return raw.get("side") == "any"


def _citations(raw: list[dict[str, Any]] | None) -> tuple[Citation, ...]:
    return tuple(
        Citation(c["law"], c["article"], c.get("paragraph"), c.get("item"), _when(c))
        for c in raw or ()
    )


def _help(raw: dict[str, Any] | None) -> Help:
    raw = raw or {}
    return Help(
        why=_opt_text(raw.get("why")),
        examples=tuple(_text(e) for e in raw.get("examples", ())),
        glossary=tuple(raw.get("glossary", ())),
    )


def _notes(raw: list[dict[str, Any]]) -> tuple[Note, ...]:
    return tuple(
        Note(_text(n["text"]), _when(n), _any_side(n)) if "text" in n else Note(_text(n))
        for n in raw
    )


def _verify(raw: dict[str, Any] | None) -> Verify | None:
    if raw is None:
        return None
    return Verify(tuple(_text(e) for e in raw["evidence"]), _opt_text(raw.get("effect")))


def _summary(raw: Any) -> tuple[Text, tuple[Note, ...]]:
    """A summary written once, or as variants by side or condition (format 2)."""
    if isinstance(raw, dict):
        return _text(raw), ()
    variants = tuple(Note(_text(v), _when(v), _any_side(v)) for v in raw)
    plain = next((v.text for v in variants if v.when is None), variants[-1].text)
    return plain, variants


def _choice(raw: dict[str, Any], next_: str = "") -> Choice:
    return Choice(
        raw["id"],
        _text(raw["label"]),
        raw.get("next", next_),
        _opt_text(raw.get("significance")),
        _citations(raw.get("citations")),
        unknown=bool(raw.get("unknown", False)),
        exclusive=bool(raw.get("exclusive", False)),
    )


def _node(raw: dict[str, Any], side_labels: dict[str, Text] | None = None) -> Node:
    kind = raw["type"]
    common = {"id": raw["id"]}
    if kind == "choice":
        return ChoiceQuestion(
            **common,
            text=_text(raw["text"]),
            choices=tuple(_choice(c) for c in raw["choices"]),
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
            verify=_verify(raw.get("verify")),
        )
    if kind == "side":
        labels = side_labels or {}
        return ChoiceQuestion(
            **common,
            text=_text(raw["text"]),
            choices=tuple(
                Choice(
                    c["side"],
                    _text(c["label"]) if "label" in c else labels.get(c["side"], Text("", "")),
                    c["next"],
                    _opt_text(c.get("significance")),
                    _citations(c.get("citations")),
                )
                for c in raw["choices"]
            ),
            help=_help(raw.get("help")),
            asks_side=True,
        )
    if kind == "multi":
        return MultiQuestion(
            **common,
            text=_text(raw["text"]),
            choices=tuple(_choice(c, raw["next"]) for c in raw["choices"]),
            next=raw["next"],
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
            verify=_verify(raw.get("verify")),
        )
    if kind == "date":
        return DateQuestion(
            **common,
            text=_text(raw["text"]),
            next=raw["next"],
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
            significance=_opt_text(raw.get("significance")),
            allow_month=bool(raw.get("allow_month", False)),
            allow_unknown=bool(raw.get("allow_unknown", False)),
            label=_opt_text(raw.get("label")),
            verify=_verify(raw.get("verify")),
        )
    if kind == "money":
        return MoneyQuestion(
            **common,
            text=_text(raw["text"]),
            next=raw["next"],
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
            significance=_opt_text(raw.get("significance")),
            allow_unknown=bool(raw.get("allow_unknown", False)),
            label=_opt_text(raw.get("label")),
            verify=_verify(raw.get("verify")),
        )
    if kind == "events":
        return EventsQuestion(
            **common,
            text=_text(raw["text"]),
            next=raw["next"],
            kinds=tuple(raw["kinds"]),
            parties=tuple(raw.get("parties", ())),
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
            significance=_opt_text(raw.get("significance")),
        )
    if kind == "info":
        return InfoNode(
            **common,
            text=_text(raw["text"]),
            next=raw["next"],
            body=_opt_text(raw.get("body")),
            help=_help(raw.get("help")),
            citations=_citations(raw.get("citations")),
        )
    if kind == "branch":
        return BranchNode(
            **common,
            rules=tuple(_rule(r) for r in raw["rules"]),
            otherwise=_rule(raw["otherwise"]),
        )
    summary, variants = _summary(raw["summary"])
    result_fields = {
        "code": raw["code"],
        "title": _text(raw["title"]),
        "summary": summary,
        "summary_variants": variants,
        "defences": _notes(raw.get("defences", ())),
        "findings": tuple(_finding(f) for f in raw["findings"]),
        "remaining_liability": _opt_text(raw.get("remaining_liability")),
        "deadlines": tuple(_deadline(d) for d in raw.get("deadlines", ())),
        "recourse": _notes(raw["recourse"]),
        "warnings": tuple(
            Warning(w["kind"], _text(w["text"]), _citations(w.get("basis")), _when(w), _any_side(w))
            for w in raw.get("warnings", ())
        ),
        "next_steps": _notes(raw["next_steps"]),
        "evidence": _notes(raw["evidence"]),
        "citations": _citations(raw.get("citations")),
    }
    if kind == "finding":
        return FindingNode(**common, **result_fields, next=raw["next"])
    return OutcomeNode(**common, **result_fields)


def _rule(raw: dict[str, Any]) -> BranchRule:
    return BranchRule(
        next=raw["next"],
        when=_when(raw),
        significance=_opt_text(raw.get("significance")),
        citations=_citations(raw.get("citations")),
    )


def _finding(raw: dict[str, Any]) -> Finding:
    return Finding(
        label=raw["label"],
        liable=_text(raw["liable"]),
        to_whom=_text(raw["to_whom"]),
        scope=_text(raw["scope"]),
        order=_text(raw["order"]),
        basis=_citations(raw["basis"]),
        sublabel=_opt_text(raw.get("sublabel")),
        when=_when(raw),
        depends_on=tuple(raw.get("depends_on", ())),
    )


def _deadline(raw: dict[str, Any]) -> DeadlineSpec:
    return _once("deadline", raw, _make_deadline)  # type: ignore[no-any-return]


def _make_deadline(raw: dict[str, Any]) -> DeadlineSpec:
    add = raw["add"]
    start = raw["from"]
    start_event = None
    if isinstance(start, dict):
        start_event = EventStart(start["event"], tuple(start["kinds"]), start.get("use") == "until")
        start = ""
    events = raw.get("events")
    return DeadlineSpec(
        id=raw["id"],
        kind=raw["kind"],
        label=_text(raw["label"]),
        start=start,
        period=Period(add.get("days", 0), add.get("months", 0), add.get("years", 0)),
        basis=_citations(raw["basis"]),
        note=_opt_text(raw.get("note")),
        when=_when(raw),
        start_event=start_event,
        events=EventSource(
            events["from"],
            tuple(events.get("parties", ())),
            tuple(events.get("joint_parties", ())),
            events.get("persons", "separate"),
        )
        if events
        else None,
        cap_from=raw.get("cap_from"),
        acts=tuple(raw.get("acts", ())),
        long_stop_for=raw.get("long_stop_for"),
    )
