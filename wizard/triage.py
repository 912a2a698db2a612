"""Triage: a few plain questions about the client's story that suggest which trees apply and to
whom, each with a sentence of why; the worker confirms and the assessments are created with the
parties' names filled in.

The questions and rules are data (``resources/triage/triage.json``, its JSON Schema beside it,
documented in docs/triage.md), checked like a tree: the schema first, then what it cannot say —
unique ids, conditions that read earlier questions and their real choices, rules that name
shipped trees and their parties. Qt-free: the desktop app's triage page and the ``triage``
command both drive it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from wizard import resources
from wizard.case import Assessment, Case
from wizard.errors import Problem, TreeError
from wizard.model import Lang, Text, Tree

FORMAT = "liability-wizard-triage"
QuestionType = Literal["choice", "multi", "names"]
#: What a triage answer is: a choice id, the ids ticked, or the names typed.
TriageAnswer = str | tuple[str, ...]


class TriageError(TreeError):
    """Triage rules that cannot be used; carries every problem found."""


# --- conditions --------------------------------------------------------------------------


@dataclass(frozen=True)
class Is:
    question: str
    choice: str

    def holds(self, answers: Mapping[str, TriageAnswer]) -> bool:
        return answers.get(self.question) == self.choice


@dataclass(frozen=True)
class Has:
    question: str
    choice: str

    def holds(self, answers: Mapping[str, TriageAnswer]) -> bool:
        ticked = answers.get(self.question, ())
        return isinstance(ticked, tuple) and self.choice in ticked


@dataclass(frozen=True)
class All:
    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, TriageAnswer]) -> bool:
        return all(p.holds(answers) for p in self.parts)


@dataclass(frozen=True)
class Any_:
    parts: tuple[Condition, ...]

    def holds(self, answers: Mapping[str, TriageAnswer]) -> bool:
        return any(p.holds(answers) for p in self.parts)


@dataclass(frozen=True)
class Not:
    part: Condition

    def holds(self, answers: Mapping[str, TriageAnswer]) -> bool:
        return not self.part.holds(answers)


Condition = Is | Has | All | Any_ | Not


def _condition(raw: Mapping[str, Any]) -> Condition:
    if "is" in raw:
        return Is(raw["answer"], raw["is"])
    if "has" in raw:
        return Has(raw["answer"], raw["has"])
    if "all" in raw:
        return All(tuple(_condition(p) for p in raw["all"]))
    if "any" in raw:
        return Any_(tuple(_condition(p) for p in raw["any"]))
    return Not(_condition(raw["not"]))


def _leaves(condition: Condition) -> list[Is | Has]:
    if isinstance(condition, Is | Has):
        return [condition]
    if isinstance(condition, Not):
        return _leaves(condition.part)
    return [leaf for part in condition.parts for leaf in _leaves(part)]


# --- the rules ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TriageChoice:
    id: str
    label: Text


@dataclass(frozen=True)
class TriageQuestion:
    id: str
    type: QuestionType
    text: Text
    choices: tuple[TriageChoice, ...] = ()
    when: Condition | None = None

    def shown(self, answers: Mapping[str, TriageAnswer]) -> bool:
        return self.when is None or self.when.holds(answers)


@dataclass(frozen=True)
class Rule:
    id: str
    tree: str
    when: Condition
    why: Text
    about: Text | None = None
    names_from: str = ""
    #: The tree's party ids filled from the names typed for a triage question.
    parties: tuple[tuple[str, str], ...] = ()
    #: The client's side in the tree by the answer to a triage choice question: the
    #: assessment starts with its side question answered (the worker can change it).
    side_from: str = ""
    sides: tuple[tuple[str, str], ...] = ()
    #: One assessment per name typed for ``names_from`` (two platforms: two disputes), that
    #: name alone filling the parties taken from ``names_from``.
    each: bool = False


@dataclass(frozen=True)
class Triage:
    version: str
    questions: tuple[TriageQuestion, ...]
    rules: tuple[Rule, ...]
    source: str = ""

    def question(self, question_id: str) -> TriageQuestion:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def shown(self, answers: Mapping[str, TriageAnswer]) -> tuple[TriageQuestion, ...]:
        """The questions to ask for these answers (a later question may depend on earlier)."""
        return tuple(q for q in self.questions if q.shown(answers))


@dataclass(frozen=True)
class Suggestion:
    """A tree that applies, about whom, why, and the names it starts with."""

    rule: str
    tree: str
    why: Text
    about: str
    parties: tuple[tuple[str, tuple[str, ...]], ...]
    side: str = ""  # the tree's side id for the client, or "" when the answers do not say


def default_path() -> Path:
    return resources.data_root() / "resources" / "triage" / "triage.json"


def schema_path() -> Path:
    return resources.data_root() / "resources" / "triage" / "triage.schema.json"


def split_names(text: str) -> tuple[str, ...]:
    """Names typed in one line: separated by 、 , ， ; ； or new lines."""
    return tuple(n.strip() for n in re.split(r"[、,，;；\n]+", text) if n.strip())


def is_triage_file(path: Path) -> bool:
    """Whether a JSON file says it holds triage rules (so ``validate`` can tell)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return False
    return isinstance(raw, dict) and raw.get("format") == FORMAT


def load_triage(path: Path | None = None, trees: Mapping[str, Tree] | None = None) -> Triage:
    """Read and check triage rules; ``trees`` (the catalog) also checks the trees and parties
    the rules name. Raises TriageError with every problem found."""
    path = path or default_path()
    name = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise TriageError([Problem(name, "(file)", f"cannot read: {exc.strerror or exc}")]) from exc
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise TriageError([Problem(name, where, f"malformed JSON: {exc.msg}")]) from exc
    problems = _schema_problems(raw, name)
    if problems:
        raise TriageError(problems)
    triage = _build(raw, name)
    problems = check_triage(triage, trees)
    if problems:
        raise TriageError(problems)
    return triage


def _schema_problems(raw: Any, name: str) -> list[Problem]:
    """A compiled yes/no check first; only broken rules go through jsonschema, which explains
    each error (as for trees, wizard/treefile.py)."""
    from wizard.schema_check import compile_schema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    if compile_schema(schema)(raw):
        return []
    import jsonschema

    validator = jsonschema.validators.validator_for(schema)(schema)
    problems = []
    for error in sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path)):
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        problems.append(Problem(name, pointer, error.message))
    return problems


def _build(raw: Mapping[str, Any], name: str) -> Triage:
    questions = tuple(
        TriageQuestion(
            q["id"],
            q["type"],
            Text(**q["text"]),
            tuple(TriageChoice(c["id"], Text(**c["label"])) for c in q.get("choices", [])),
            _condition(q["when"]) if "when" in q else None,
        )
        for q in raw["questions"]
    )
    rules = tuple(
        Rule(
            r["id"],
            r["tree"],
            _condition(r["when"]),
            Text(**r["why"]),
            Text(**r["about"]) if "about" in r else None,
            r.get("names_from", ""),
            tuple(r.get("parties", {}).items()),
            r.get("side_from", ""),
            tuple(r.get("sides", {}).items()),
            bool(r.get("each", False)),
        )
        for r in raw["rules"]
    )
    return Triage(raw["version"], questions, rules, name)


def check_triage(triage: Triage, trees: Mapping[str, Tree] | None = None) -> list[Problem]:
    """What the schema cannot say."""
    problems: list[Problem] = []

    def add(where: str, message: str) -> None:
        problems.append(Problem(triage.source, where, message))

    for qid, count in Counter(q.id for q in triage.questions).items():
        if count > 1:
            add(qid, f"duplicate question id (used by {count} questions)")
    for rid, count in Counter(r.id for r in triage.rules).items():
        if count > 1:
            add(rid, f"duplicate rule id (used by {count} rules)")
    asked_before: dict[str, TriageQuestion] = {}
    for q in triage.questions:
        if q.type == "names" and q.choices:
            add(q.id, "a names question has no choices")
        if q.type != "names" and not q.choices:
            add(q.id, f"a {q.type} question needs choices")
        for cid, count in Counter(c.id for c in q.choices).items():
            if count > 1:
                add(q.id, f"duplicate choice id '{cid}'")
        if q.when is not None:
            _check_condition(q.when, asked_before, q.id, add, "is asked later or not at all")
        asked_before[q.id] = q
    by_id = {q.id: q for q in triage.questions}
    for rule in triage.rules:
        _check_condition(rule.when, by_id, rule.id, add, "is not a question")
        names = [rule.names_from] if rule.names_from else []
        for reference in [*names, *(qid for _party, qid in rule.parties)]:
            question = by_id.get(reference)
            if question is None or question.type != "names":
                add(rule.id, f"'{reference}' is not a names question")
        for lang in ("zh", "en"):
            if rule.about and "{names}" in rule.about.get(lang) and not rule.names_from:
                add(rule.id, "the 'about' text uses {names} but the rule has no names_from")
        if bool(rule.side_from) != bool(rule.sides):
            add(rule.id, "side_from and sides go together")
        if rule.each and not rule.names_from:
            add(rule.id, "'each' needs names_from (one assessment per name typed there)")
        if rule.side_from:
            source = by_id.get(rule.side_from)
            if source is None or source.type != "choice":
                add(rule.id, f"'{rule.side_from}' is not a choice question")
            else:
                offered = {c.id for c in source.choices}
                for answer, _side in rule.sides:
                    if answer not in offered:
                        add(rule.id, f"'{rule.side_from}' has no choice '{answer}'")
        if trees is None:
            continue
        tree = trees.get(rule.tree)
        if tree is None:
            add(rule.id, f"the tree '{rule.tree}' is not available")
            continue
        known = {p.id for p in tree.parties}
        for party, _qid in rule.parties:
            if party not in known:
                add(rule.id, f"the tree '{rule.tree}' has no party '{party}'")
        sides = {side.id for side in tree.sides}
        for _answer, side in rule.sides:
            if side not in sides:
                add(rule.id, f"the tree '{rule.tree}' has no side '{side}'")
    return problems


def _check_condition(
    condition: Condition,
    questions: Mapping[str, TriageQuestion],
    where: str,
    add: Any,
    missing: str,
) -> None:
    for leaf in _leaves(condition):
        question = questions.get(leaf.question)
        if question is None:
            add(where, f"the condition reads '{leaf.question}', which {missing}")
            continue
        wanted = "choice" if isinstance(leaf, Is) else "multi"
        if question.type != wanted:
            word = "is" if isinstance(leaf, Is) else "has"
            add(where, f"'{word}' reads a {wanted} question; '{leaf.question}' is {question.type}")
        elif leaf.choice not in {c.id for c in question.choices}:
            add(where, f"'{leaf.question}' has no choice '{leaf.choice}'")


# --- suggestions -------------------------------------------------------------------------


def suggest(
    triage: Triage, answers: Mapping[str, TriageAnswer], lang: Lang = "zh"
) -> tuple[Suggestion, ...]:
    """The trees that apply to these answers, in the rules' order, each once per party."""
    shown = {q.id for q in triage.shown(answers)}
    visible = {k: v for k, v in answers.items() if k in shown}
    found: dict[tuple[str, str], Suggestion] = {}
    for rule in triage.rules:
        if not rule.when.holds(visible):
            continue
        names = _names(visible, rule.names_from)
        answer = visible.get(rule.side_from) if rule.side_from else None
        side = dict(rule.sides).get(answer, "") if isinstance(answer, str) else ""
        for group in [(n,) for n in names] if rule.each and names else [names]:
            about = ""
            if rule.about is not None and group:
                sep = "、" if lang == "zh" else ", "
                about = rule.about.get(lang).replace("{names}", sep.join(group))
            parties = tuple(
                sorted(
                    (party, group if rule.each and qid == rule.names_from else found_names)
                    for party, qid in rule.parties
                    if (found_names := _names(visible, qid))
                )
            )
            found.setdefault(
                (rule.tree, about), Suggestion(rule.id, rule.tree, rule.why, about, parties, side)
            )
    return tuple(found.values())


def _names(answers: Mapping[str, TriageAnswer], question_id: str) -> tuple[str, ...]:
    value = answers.get(question_id, ())
    if isinstance(value, str):
        return split_names(value)
    return tuple(n for n in value if n.strip())


def create_assessments(
    case: Case, suggestions: tuple[Suggestion, ...] | list[Suggestion], trees: Mapping[str, Tree]
) -> list[Assessment]:
    """The confirmed suggestions as new assessments of the case, names filled in and the
    client's side answered where the triage answers say it."""
    made = []
    for s in suggestions:
        assessment = case.add(trees[s.tree], s.about, dict(s.parties))
        question = assessment.tree.side_question
        if s.side and question is not None and assessment.session.current is question:
            assessment.session.answer(s.side)
        made.append(assessment)
    return made
