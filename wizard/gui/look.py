"""The app's look: a readable base type size and high-contrast focus rings on the native style.

The platform's style stays (Fusion here, the Windows or macOS style there); a proxy over it
only draws the keyboard focus as a 2-pixel ring in a colour that stands out against both the
window and the controls, so a worker always sees where a key press will go.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

# The focus ring: 2 px, dark blue (6.6:1 on white, over 5:1 on light grey buttons).
FOCUS_COLOUR = QColor("#0b57d0")
FOCUS_WIDTH = 2.0
# Body text no smaller than this (points): Chinese at 9 pt is hard to read across a desk.
MIN_POINT_SIZE = 10.5

_RINGED = (
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)
# A widget with this property set draws its own ring (e.g. around a whole choice row).
OWN_RING = "ownFocusRing"


class FocusRingStyle(QProxyStyle):
    """The base style, with a strong ring around whatever has the keyboard focus."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            # Radio buttons, check boxes, list and table items: a ring instead of dots.
            if widget is None or not widget.property(OWN_RING):
                ring(painter, QRectF(option.rect).adjusted(-1, -1, 1, 1))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            ring(painter, QRectF(option.rect))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, QAbstractScrollArea
        ):
            # Room for the whole ring around text browsers, tables and lists.
            return max(value, round(FOCUS_WIDTH))
        return value

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # The frame of a text browser, table or list with the keyboard focus.
        if (
            element == QStyle.ControlElement.CE_ShapedFrame
            and widget is not None
            and widget.hasFocus()
        ):
            ring(painter, QRectF(option.rect))


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
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle(app.style().name()))
    font = app.font()
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
