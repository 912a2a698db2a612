"""The case being worked on: a whole case (its information and its assessments), the assessment
on show, its file and its autosave.

Widgets call these methods and listen to the signals; every answer goes to the engine and is
autosaved at once. The interview works on the current assessment's session; the case overview
adds, opens and removes assessments.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.autosave import Autosave
from wizard.case import Assessment, Case, KnownDate
from wizard.casefile import CaseInfo, LoadedCase, LoadedWholeCase, case_to_json, save_whole_case
from wizard.engine import Answer, Session
from wizard.model import Tree
from wizard.triage import Suggestion, create_assessments

log = logging.getLogger(__name__)


class CaseController(QObject):
    """Owns one case. Signals:

    changed: the session, the case information or the case's assessments changed (re-render).
    modified_changed(bool): whether there is unsaved work.
    file_changed(str): the case file path, "" when unsaved.

    "Unsaved work" means the case file would now be written differently from the one last
    saved or opened (or from the blank case just started): going back and giving the same
    answer again, or changing an answer to what it was, leaves nothing unsaved.

    Attributes:
        whole: the case, None when none is open.
        current: the assessment the interview shows, None when none is chosen (the case
            overview is on show, or the case has no assessment yet).
    """

    changed = Signal()
    modified_changed = Signal(bool)
    file_changed = Signal(str)

    def __init__(self, autosave_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autosave_dir = autosave_dir
        self.whole: Case | None = None
        self.current: Assessment | None = None
        self.file: Path | None = None
        self.modified = False
        self._autosave: Autosave | None = None
        self._saved: dict[str, Any] | None = None  # the state last saved, opened or started

    # --- what is open -------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.whole is not None

    @property
    def session(self) -> Session | None:
        """The current assessment's walk."""
        return self.current.session if self.current is not None else None

    @property
    def info(self) -> CaseInfo:
        """The case information as the current assessment sees it (with its parties' names)."""
        if self.whole is None:
            return CaseInfo()
        if self.current is None:
            return self.whole.info
        return self.current.info(self.whole.info)

    @property
    def assessments(self) -> list[Assessment]:
        return self.whole.assessments if self.whole is not None else []

    def known_names(self) -> tuple[str, ...]:
        """Names entered in the case's other assessments."""
        if self.whole is None:
            return ()
        return self.whole.known_names(exclude=self.current.id if self.current else "")

    def known_dates(self) -> tuple[KnownDate, ...]:
        """Dates answered in the case's other assessments."""
        if self.whole is None:
            return ()
        return self.whole.known_dates(exclude=self.current.id if self.current else "")

    # --- starting and ending ------------------------------------------------------------

    def start(self, tree: Tree) -> None:
        """A new case of one assessment of ``tree``."""
        case = Case()
        self._begin(case, case.add(tree))

    def start_empty(self) -> None:
        """A new case without assessments (triage adds them)."""
        self._begin(Case(), None)

    def _begin(self, case: Case, current: Assessment | None) -> None:
        self._drop_autosave()
        self.whole = case
        self.current = current
        self._set_file(None)
        self._autosave = Autosave(self._autosave_dir)
        self._saved = self._state()
        self._set_modified(False)
        self.changed.emit()

    def adopt(
        self,
        loaded: LoadedWholeCase | LoadedCase,
        file: Path | None,
        autosave: Path | None = None,
    ) -> None:
        """Take over a loaded case file (or a restored autosave, which stays until saved). A
        case of one assessment has it as the current one."""
        self._drop_autosave()
        if isinstance(loaded, LoadedCase):
            case = Case(replace(loaded.info, parties=()))
            case.assessments.append(Assessment(loaded.session, loaded.info.parties))
        else:
            case = loaded.case
        self.whole = case
        self.current = case.assessments[0] if len(case.assessments) == 1 else None
        self._set_file(file)
        self._autosave = Autosave(self._autosave_dir, file)
        if autosave is not None:
            self._autosave.path = autosave
        # A restored autosave is unsaved work until it is saved, whatever it holds.
        self._saved = None if autosave is not None else self._state()
        self._set_modified(autosave is not None)
        self.changed.emit()

    def close(self) -> None:
        """Discard the case (the caller has asked the user about unsaved work)."""
        self._drop_autosave()
        self.whole = None
        self.current = None
        self._saved = None
        self._set_file(None)
        self._set_modified(False)

    # --- the case's assessments -----------------------------------------------------------

    def select(self, assessment_id: str | None) -> Assessment | None:
        """Make an assessment the current one (None: none, the overview is on show)."""
        case = self._require_case()
        self.current = case.find(assessment_id) if assessment_id else None
        self.changed.emit()
        return self.current

    def add_assessment(
        self, tree: Tree, about: str = "", parties: Mapping[str, tuple[str, ...]] | None = None
    ) -> Assessment:
        """A new assessment at the end of the case (not yet the current one)."""
        added = self._require_case().add(tree, about.strip(), dict(parties or {}))
        self._touched()
        return added

    def add_suggested(
        self, suggestions: Iterable[Suggestion], trees: Mapping[str, Tree]
    ) -> list[Assessment]:
        """Triage's confirmed suggestions as new assessments, names filled in."""
        added = create_assessments(self._require_case(), list(suggestions), trees)
        self._touched()
        return added

    def remove_assessment(self, assessment_id: str) -> None:
        case = self._require_case()
        case.remove(assessment_id)
        if self.current is not None and self.current.id == assessment_id:
            self.current = None
        self._touched()

    # --- what the user does -----------------------------------------------------------

    def set_info(self, info: CaseInfo) -> None:
        """The case information and the current assessment's parties' names, as the case
        information page shows them together."""
        case = self.whole
        if case is None or info == self.info:
            return  # e.g. typing that arrives after the case was closed
        # Conditions may compare dates with the consultation date, and deadlines follow the
        # persons the case's history names.
        case.set_info(info)
        if self.current is not None:
            self.current.parties = info.parties
            self.current.session.set_names(dict(info.parties))
        self._touched()

    def answer(self, value: Answer, replay: bool = False) -> None:
        session = self._require()
        session.answer(value)
        if replay:
            session.replay_remembered()
        self._touched()

    def back(self) -> None:
        self._require().back()
        self._touched()

    def jump_to(self, node_id: str) -> None:
        self._require().jump_to(node_id)
        self._touched()

    def save(self, path: Path) -> None:
        """Save the whole case to ``path``; raises CaseFileError and keeps everything in
        memory on failure."""
        save_whole_case(path, self._require_case())
        self._set_file(path)
        self._drop_autosave()
        self._autosave = Autosave(self._autosave_dir, path)
        self._saved = self._state()
        self._set_modified(False)

    # --- internals --------------------------------------------------------------------

    def _require(self) -> Session:
        if self.current is None:
            raise RuntimeError("no assessment is open")
        return self.current.session

    def _require_case(self) -> Case:
        if self.whole is None:
            raise RuntimeError("no case is open")
        return self.whole

    def _state(self) -> dict[str, Any] | None:
        """What a case file saved now would hold, but for the time of saving."""
        if self.whole is None:
            return None
        state = case_to_json(self.whole)
        state.pop("saved_at", None)
        return state

    def _touched(self) -> None:
        modified = self._state() != self._saved
        if self._autosave is not None and self.whole is not None:
            if modified:
                self._autosave.write_case(self.whole)
            else:
                self._autosave.discard()  # nothing to restore: the file (or blank case) has it
        self._set_modified(modified)
        self.changed.emit()

    def _drop_autosave(self) -> None:
        if self._autosave is not None:
            self._autosave.discard()
            self._autosave = None

    def _set_modified(self, modified: bool) -> None:
        if modified != self.modified:
            self.modified = modified
        self.modified_changed.emit(modified)

    def _set_file(self, path: Path | None) -> None:
        self.file = path
        self.file_changed.emit(str(path) if path else "")
