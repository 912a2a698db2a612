"""The app's look: a readable base type size and high-contrast focus rings on the native style.

The platform's style stays (Fusion here, the Windows or macOS style there); a style sheet only
draws the keyboard focus as a 2-pixel ring in a colour that stands out against both the window
and the controls, so a worker always sees where a key press will go.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication

# The focus ring: 2 px, dark blue (6.6:1 on white, over 5:1 on light grey buttons).
FOCUS_COLOUR = QColor("#0b57d0")
FOCUS_WIDTH = 2.0
# The focused push button's padding beside its text: with the ring's border as much room as
# a native (Fusion) button leaves, so the ring does not squeeze a long text.
FOCUS_PADDING_X = 5
# Body text no smaller than this (points): Chinese at 9 pt is hard to read across a desk.
MIN_POINT_SIZE = 10.5

# A widget with this property set draws its own ring (e.g. around a whole choice row).
OWN_RING = "ownFocusRing"


# Focus rings come from a style sheet, not from a QProxyStyle subclass: PySide6 drops a
# reference to None each time Qt calls a Python style method with no widget (thousands of times
# per repaint), and on Python 3.11 that ends in "deallocating None" at interpreter shutdown.
# The sheet only styles the focused state, so every other state keeps the native look.
FOCUS_STYLE_SHEET = f"""
QPushButton:focus, QToolButton:focus {{
    border: {FOCUS_WIDTH:.0f}px solid {FOCUS_COLOUR.name()}; border-radius: 4px;
    padding: 4px {FOCUS_PADDING_X}px; background-color: palette(button);
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QTextBrowser:focus,
QAbstractItemView:focus, QComboBox:focus, QAbstractSpinBox:focus {{
    border: {FOCUS_WIDTH:.0f}px solid {FOCUS_COLOUR.name()}; border-radius: 3px;
}}
QCheckBox:focus, QRadioButton:focus {{ outline: none; }}
"""


def ring(painter: QPainter, rect: QRectF) -> None:
    """Draw the focus ring inside ``rect``."""
    inset = FOCUS_WIDTH / 2
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(FOCUS_COLOUR, FOCUS_WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


def apply_look(app: QApplication) -> None:
    """Set the focus rings and the base type size once per application."""
    if FOCUS_STYLE_SHEET not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + FOCUS_STYLE_SHEET)
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
