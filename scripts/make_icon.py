"""Draw the app icon, resources/icons/app.png (1024 px), with the bundled font.

    python scripts/make_icon.py

PyInstaller turns this one image into the Windows .ico and the macOS .icns at build time
(with Pillow, from the `build` extra), so there is a single source image to maintain.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402

from wizard.pdf import ensure_gui_application, register_fonts  # noqa: E402

SIZE = 1024
SEAL_RED = QColor("#a61b29")


def main() -> int:
    ensure_gui_application()
    family = register_fonts()
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = SIZE * 0.06
    outer = QRectF(margin, margin, SIZE - 2 * margin, SIZE - 2 * margin)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SEAL_RED)
    painter.drawRoundedRect(outer, SIZE * 0.16, SIZE * 0.16)
    painter.setPen(QPen(QColor("white"), SIZE * 0.025))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = outer.adjusted(SIZE * 0.07, SIZE * 0.07, -SIZE * 0.07, -SIZE * 0.07)
    painter.drawRoundedRect(inner, SIZE * 0.1, SIZE * 0.1)
    font = QFont(family)
    font.setBold(True)
    font.setPixelSize(int(SIZE * 0.56))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, "连")
    painter.end()
    out = ROOT / "resources" / "icons" / "app.png"
    image.save(str(out))
    sys.stdout.write(f"{out.relative_to(ROOT)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
