"""The project's own error types: every failure a user can cause ends in one of these."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located by node id or JSON pointer."""

    file: str
    where: str  # a node id, a JSON pointer, "line L column C", or "(tree)"
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.message}"


class WizardError(Exception):
    """Base of every error the wizard reports to its user."""


class TreeError(WizardError):
    """A tree file that cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class StatuteError(WizardError):
    """A statute file that is missing or malformed, or an article that does not exist."""


class CaseFileError(WizardError):
    """A case file that cannot be read; the file on disk is left untouched."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = str(path)
        super().__init__(f"{path}: {message}")


class EngineError(WizardError):
    """An action the current state of a session does not allow (e.g. a choice not offered)."""
