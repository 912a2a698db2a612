"""What the case already holds, offered where it is asked again: names entered in the other
assessments (a completer on a line of names) and dates answered there (``DateField``'s menu).

The widgets only offer values; which names and dates a case holds is the core's
(``wizard.case.Case.known_names`` and ``known_dates``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from wizard.case import KnownDate
from wizard.gui.date_field import OfferedDate
from wizard.model import Lang

# What separates several names typed in one line (as wizard.triage.split_names reads them).
_SEPARATOR = re.compile(r"[、,，;；\n]")


class NamesCompleter(QCompleter):
    """Completes the name being typed in a line of several names (``张三、李`` offers ``李四``)
    from the names the case already holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_names(self, names: Iterable[str]) -> None:
        self._model.setStringList(list(names))

    def names(self) -> list[str]:
        return self._model.stringList()

    def splitPath(self, path: str) -> list[str]:
        """Complete only the last name of the line."""
        return [_SEPARATOR.split(path)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The line with its last name replaced by the one chosen."""
        chosen = super().pathFromIndex(index)
        line = self.widget()
        if not isinstance(line, QLineEdit):
            return chosen
        text = line.text()
        cut = max((m.end() for m in _SEPARATOR.finditer(text)), default=0)
        return text[:cut] + chosen


def offer_names(line: QLineEdit, names: Iterable[str]) -> NamesCompleter:
    """Give ``line`` a completer of ``names`` (or update the one it has)."""
    completer = line.completer()
    if not isinstance(completer, NamesCompleter):
        completer = NamesCompleter(line)
        line.setCompleter(completer)
    completer.set_names(names)
    return completer


def offered_dates(known: Iterable[KnownDate], lang: Lang) -> list[OfferedDate]:
    """The case's known dates as a date field offers them: the date, what it was the date of
    and in which assessment."""
    wrap = "{question}（{assessment}）" if lang == "zh" else "{question} ({assessment})"
    return [
        OfferedDate(k.value, wrap.format(question=k.question.get(lang), assessment=k.assessment))
        for k in known
    ]
