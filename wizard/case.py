"""A whole case: what the worker records once (client, worker, dates, notes) and any number of
assessments — the same or different trees, each about a named party, each with its own walk.

Qt-free. The case file (``wizard.casefile``) stores it; the combined report renders it; the
desktop app shows it as the case overview. Facts entered in one assessment are offered in the
others (``known_names``, ``known_dates``) so a worker types a name or a date once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date

from wizard.answers import MonthDate
from wizard.engine import Session
from wizard.model import DateQuestion, Text, Tree


@dataclass(frozen=True)
class CaseInfo:
    client_name: str = ""
    worker_name: str = ""
    organisation: str = ""
    case_number: str = ""
    consultation_date: date = field(default_factory=date.today)
    notes: str = ""
    #: The names of the parties the tree declares, by party id (format 2). In a whole case each
    #: assessment holds its own (its tree's party ids); ``Assessment.info`` puts them here.
    parties: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def names(self, party_id: str) -> tuple[str, ...]:
        return dict(self.parties).get(party_id, ())

    def with_names(self, party_id: str, names: tuple[str, ...]) -> CaseInfo:
        kept = {k: v for k, v in self.parties if k != party_id}
        cleaned = tuple(n.strip() for n in names if n.strip())
        if cleaned:
            kept[party_id] = cleaned
        return replace(self, parties=tuple(sorted(kept.items())))


def _new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Assessment:
    """One tree walked for the case: whom it is about, its parties' names, its answers."""

    session: Session
    parties: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Whom the assessment is about, in the worker's words (e.g. "张三（保证人）"); may be "".
    about: str = ""
    id: str = field(default_factory=_new_id)

    def __post_init__(self) -> None:
        self.session.set_names(dict(self.parties))

    @property
    def tree(self) -> Tree:
        return self.session.tree

    def names(self, party_id: str) -> tuple[str, ...]:
        return dict(self.parties).get(party_id, ())

    def set_names(self, party_id: str, names: tuple[str, ...]) -> None:
        self.parties = CaseInfo(parties=self.parties).with_names(party_id, names).parties
        self.session.set_names(dict(self.parties))

    def info(self, case: CaseInfo) -> CaseInfo:
        """The case information as this assessment's report and texts see it."""
        return replace(case, parties=self.parties)

    def title(self, lang: str) -> str:
        """The tree's title, and whom it is about."""
        name = self.tree.title.get(lang)  # type: ignore[arg-type]
        if not self.about:
            return name
        return f"{name}（{self.about}）" if lang == "zh" else f"{name} ({self.about})"


@dataclass(frozen=True)
class KnownDate:
    """A date answered in another assessment, offered where a date is asked."""

    value: date | MonthDate
    question: Text  # the question's short label (or its text)
    assessment: str  # the other assessment's title


@dataclass
class Case:
    info: CaseInfo = field(default_factory=CaseInfo)
    assessments: list[Assessment] = field(default_factory=list)

    def add(
        self,
        tree: Tree,
        about: str = "",
        parties: dict[str, tuple[str, ...]] | None = None,
    ) -> Assessment:
        """A new assessment of ``tree`` at the end of the case."""
        assessment = Assessment(
            Session(tree, self.info.consultation_date),
            tuple(sorted((k, tuple(v)) for k, v in (parties or {}).items() if v)),
            about,
        )
        self.assessments.append(assessment)
        return assessment

    def remove(self, assessment_id: str) -> None:
        self.assessments = [a for a in self.assessments if a.id != assessment_id]

    def find(self, assessment_id: str) -> Assessment:
        for assessment in self.assessments:
            if assessment.id == assessment_id:
                return assessment
        raise KeyError(assessment_id)

    def set_info(self, info: CaseInfo) -> None:
        """New case information; every assessment counts to its consultation date."""
        self.info = replace(info, parties=())
        for assessment in self.assessments:
            assessment.session.set_consultation(info.consultation_date)

    def known_names(self, exclude: str = "") -> tuple[str, ...]:
        """Every name entered in the case (the assessments' parties and whom they are
        about), first use first — offered wherever a name is asked."""
        seen: dict[str, None] = {}
        for assessment in self.assessments:
            if assessment.id == exclude:
                continue
            for _party, names in assessment.parties:
                seen.update(dict.fromkeys(names))
        return tuple(seen)

    def known_dates(self, exclude: str = "") -> tuple[KnownDate, ...]:
        """Dates answered in the other assessments, with what they were the date of."""
        found: list[KnownDate] = []
        for assessment in self.assessments:
            if assessment.id == exclude:
                continue
            title = assessment.title("zh")
            for node_id, value in assessment.session.answers.items():
                node = assessment.tree.node(node_id)
                if isinstance(node, DateQuestion) and isinstance(value, date | MonthDate):
                    found.append(KnownDate(value, node.label or node.text, title))
        unique: dict[tuple[object, str], KnownDate] = {}
        for known in found:
            unique.setdefault((known.value, known.question.zh), known)
        return tuple(unique.values())
