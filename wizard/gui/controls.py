"""Small widgets shared by the pages: a push button that Enter presses, and headings."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from wizard.gui.look import FOCUS_PADDING_X, FOCUS_WIDTH

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

    def sizeHint(self) -> QSize:
        """Wide enough for the text inside the focus ring too, whose border and padding
        (look.py) take more room than the native button's margins: focus never clips it."""
        hint = super().sizeHint()
        shown = re.sub("&(.)", r"\1", self.text())  # a mnemonic's "&" takes no room
        inset = 2 * (round(FOCUS_WIDTH) + FOCUS_PADDING_X)
        return QSize(
            max(hint.width(), self.fontMetrics().horizontalAdvance(shown) + inset), hint.height()
        )


def heading(text: str = "", scale: float = HEADING_SCALE) -> QLabel:
    """A bold, wrapping label ``scale`` times the body text size."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
