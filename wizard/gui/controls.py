"""Small widgets shared by the pages: a push button that Enter presses, and headings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

# Heading sizes relative to the body text, used by every page (one scale, calm and even).
TITLE_SCALE = 1.4
HEADING_SCALE = 1.25
SUBHEADING_SCALE = 1.1


class PushButton(QPushButton):
    """A push button that Enter (and Return) presses when it has the focus, as Space does.

    Qt gives QPushButton that behaviour only inside dialogs (``autoDefault``); the wizard's
    pages live in a main window, where Enter on a focused button would otherwise do nothing.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAutoDefault(True)


def heading(text: str = "", scale: float = HEADING_SCALE) -> QLabel:
    """A bold, wrapping label ``scale`` times the body text size."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
