"""The Qt binding keeps Python's reference counts: calls that return nothing do not eat None.

PySide6 6.12.0 on Python 3.11 returned None from every void method without a reference, so
each QPainter.save or QLabel.setText took one from None and a session ended with "deallocating
None" (pyproject.toml excludes that release). This test fails on any release that does it again,
before a user's app crashes. From Python 3.12 None is immortal and the count does not move.
"""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QWidget

CALLS = 200  # few enough that a broken binding fails here rather than crashing


def none_references() -> int:
    gc.collect()
    return sys.getrefcount(None)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    label = QLabel()
    widget = QWidget()
    before = none_references()
    for _ in range(CALLS):
        painter.save()
        painter.setFont(QFont("Serif"))
        painter.setPen(QPen(QColor("#0b57d0"), 2))
        painter.drawLine(0, 0, 10, 10)
        painter.drawText(QRectF(0, 0, 40, 20), Qt.AlignmentFlag.AlignLeft, "x")
        painter.restore()
        label.setText("连带责任")
        widget.setVisible(False)
    painter.end()
    lost = before - none_references()
    # A handful may move for ordinary reasons; a broken binding loses one per call (1,600).
    assert lost < CALLS // 10, f"{lost} references to None lost in {8 * CALLS} calls"
