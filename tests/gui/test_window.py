"""The main window at a desk: a first size that fits the screen, and its geometry remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

from wizard.gui.app import create_window
from wizard.gui.main_window import MainWindow, first_window_geometry

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("screen", "size"),
    [
        ((1920, 1040), (1536, 884)),  # most of a common screen
        ((1280, 860), (1100, 731)),  # at least 1100×720 where it fits
        ((1366, 728), (1100, 688)),  # a small laptop: the height that there is
        ((1024, 600), (1004, 560)),  # smaller still: all of it, leaving room for the frame
    ],
)
def test_the_first_window_takes_most_of_the_screen(screen, size) -> None:  # type: ignore[no-untyped-def]
    available = QRect(0, 30, *screen)
    geometry = first_window_geometry(available)
    assert (geometry.width(), geometry.height()) == size
    assert available.contains(geometry) and geometry.center() == available.center()


def test_the_first_window_fits_the_screen_and_its_geometry_is_remembered(
    qtbot, request, settings: QSettings, autosave_dir: Path, trees_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    def make() -> MainWindow:  # as the app makes it: no size given
        made = create_window(QApplication.instance(), settings, autosave_dir, [trees_dir])  # type: ignore[arg-type]
        qtbot.addWidget(made)
        request.addfinalizer(made.language.uninstall)
        return made

    window = make()
    available = window.screen().availableGeometry()
    assert window.geometry() == first_window_geometry(available)
    window.show()
    qtbot.waitExposed(window)
    window.setGeometry(QRect(20, 40, 700, 500))
    window.close()
    again = make()
    assert again.geometry() == QRect(20, 40, 700, 500)
