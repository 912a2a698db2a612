"""Autosave: the case in progress, written after every change, restorable after a crash.

Qt-free: the front end says which folder (the platform's per-user app-data folder) to use.
Files are written atomically and removed once the case is saved or discarded. They are the
user's alone by the means each system has: on Linux and macOS the folder is made 0700 and the
files are created 0600; on Windows, where permission bits do not exist, the per-user
app-data folder (under the user's profile) admits only the user, SYSTEM and administrators,
and new files inherit that.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.atomicio import AUTOSAVE_PATIENCE, write_text_atomic

if TYPE_CHECKING:  # the app lists autosaves before its first window, without these
    from wizard.case import Case
    from wizard.casefile import CaseInfo
    from wizard.engine import Session

log = logging.getLogger(__name__)

SUFFIX = ".autosave.json"


@dataclass(frozen=True)
class AutosaveEntry:
    path: Path
    tree_id: str
    client_name: str
    case_number: str
    saved_at: str
    case_file: str  # the case file this autosave belongs to, or ""
    #: The tree of each assessment of the case, in order (``tree_id`` is the first).
    trees: tuple[str, ...] = ()


class Autosave:
    """The autosave file of one case in ``folder``."""

    def __init__(self, folder: Path, case_file: Path | None = None) -> None:
        self.folder = folder
        import uuid  # here: the app lists autosaves before its first window, without it

        self.path = folder / f"{uuid.uuid4().hex}{SUFFIX}"
        self.case_file = case_file

    def write(self, info: CaseInfo, session: Session) -> None:
        """Write a case of one assessment (see ``write_case``)."""
        from wizard.casefile import to_json

        self._write(to_json(info, session))

    def write_case(self, case: Case) -> None:
        """Write the whole case, every assessment of it, as its case file would hold it."""
        from wizard.casefile import case_to_json

        self._write(case_to_json(case))

    def _write(self, data: dict) -> None:
        """Write atomically; failures are logged, never raised (autosave must not interrupt)."""
        data["autosave_of"] = str(self.case_file) if self.case_file else ""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":  # Windows: the folder's inherited ACL (see above)
                with contextlib.suppress(OSError):
                    os.chmod(self.folder, 0o700)
            write_text_atomic(
                self.path,
                json.dumps(data, ensure_ascii=False, indent=1),
                patience=AUTOSAVE_PATIENCE,
            )
        except OSError as exc:
            log.warning("autosave to %s failed: %s", self.path, exc)

    def discard(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def pending(folder: Path) -> list[AutosaveEntry]:
    """Autosaves left behind (by a crash), newest first; unreadable ones are skipped."""
    entries = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            case = raw.get("case", {})
            trees = _tree_ids(raw)
            entries.append(
                AutosaveEntry(
                    path=path,
                    tree_id=trees[0] if trees else "",
                    client_name=str(case.get("client_name", "")),
                    case_number=str(case.get("case_number", "")),
                    saved_at=str(raw.get("saved_at", "")),
                    case_file=str(raw.get("autosave_of", "")),
                    trees=trees,
                )
            )
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("skipping unreadable autosave %s: %s", path, exc)
    return sorted(entries, key=lambda e: e.saved_at or datetime.min.isoformat(), reverse=True)


def _tree_ids(raw: dict) -> tuple[str, ...]:
    """The trees of the case's assessments (version 3), or of the case (versions 1, 2)."""
    if "assessments" in raw:
        return tuple(str(one["tree"]["id"]) for one in raw["assessments"])
    return (str(raw["tree"]["id"]),)


def clear(folder: Path) -> int:
    """Remove every autosave; returns how many were removed."""
    removed = 0
    for path in folder.glob(f"*{SUFFIX}"):
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed
