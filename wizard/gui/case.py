"""The case being worked on: a session, its case information, its file and its autosave.

Widgets call these methods and listen to the signals; every answer goes to the engine and is
autosaved at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wizard.autosave import Autosave
from wizard.casefile import CaseInfo, LoadedCase, save_case, to_json
from wizard.engine import Answer, Session
from wizard.model import Tree

log = logging.getLogger(__name__)


class CaseController(QObject):
    """Owns one case. Signals:

    changed: the session or the case information changed (re-render).
    modified_changed(bool): whether there is unsaved work.
    file_changed(str): the case file path, "" when unsaved.

    "Unsaved work" means the case file would now be written differently from the one last
    saved or opened (or from the blank case just started): going back and giving the same
    answer again, or changing an answer to what it was, leaves nothing unsaved.
    """

    changed = Signal()
    modified_changed = Signal(bool)
    file_changed = Signal(str)

    def __init__(self, autosave_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autosave_dir = autosave_dir
        self.session: Session | None = None
        self.info = CaseInfo()
        self.file: Path | None = None
        self.modified = False
        self._autosave: Autosave | None = None
        self._saved: dict[str, Any] | None = None  # the state last saved, opened or started

    # --- starting and ending ------------------------------------------------------------

    def start(self, tree: Tree) -> None:
        self._drop_autosave()
        self.info = CaseInfo()
        self.session = Session(tree, self.info.consultation_date)
        self._set_file(None)
        self._autosave = Autosave(self._autosave_dir)
        self._saved = self._state()
        self._set_modified(False)
        self.changed.emit()

    def adopt(self, loaded: LoadedCase, file: Path | None, autosave: Path | None = None) -> None:
        """Take over a loaded case file (or a restored autosave, which stays until saved)."""
        self._drop_autosave()
        self.session = loaded.session
        self.info = loaded.info
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
        self.session = None
        self.info = CaseInfo()
        self._saved = None
        self._set_file(None)
        self._set_modified(False)

    # --- what the user does -----------------------------------------------------------

    def set_info(self, info: CaseInfo) -> None:
        if info != self.info:
            self.info = info
            if self.session is not None:
                # Conditions may compare dates with the consultation date, and deadlines
                # follow the persons the case's history names.
                self.session.set_consultation(info.consultation_date)
                self.session.set_names(dict(info.parties))
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
        """Save to ``path``; raises CaseFileError and keeps everything in memory on failure."""
        session = self._require()
        save_case(path, self.info, session)
        self._set_file(path)
        self._drop_autosave()
        self._autosave = Autosave(self._autosave_dir, path)
        self._saved = self._state()
        self._set_modified(False)

    # --- internals --------------------------------------------------------------------

    def _require(self) -> Session:
        if self.session is None:
            raise RuntimeError("no case is open")
        return self.session

    def _state(self) -> dict[str, Any] | None:
        """What a case file saved now would hold, but for the time of saving."""
        if self.session is None:
            return None
        state = to_json(self.info, self.session)
        state.pop("saved_at", None)
        return state

    def _touched(self) -> None:
        modified = self._state() != self._saved
        if self._autosave is not None and self.session is not None:
            if modified:
                self._autosave.write(self.info, self.session)
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
