"""Time from an answer to the next page painted, over a full ISP walk in the real window, and
over a partnership walk through tree format 2's question types (amounts, the case's history,
a multiple choice).

    QT_QPA_PLATFORM=offscreen python benchmarks/step_latency.py

Prints the median and worst step, and the ratio of the median to a plain QWizard page change
painted in the same run (machines are noisy: compare ratios, not milliseconds).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QWizard, QWizardPage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C
from scripts.sample_paths import PARTNERSHIP_PARTNER_LEFT, PathEntry, engine_answer
from wizard.gui.app import create_window
from wizard.gui.interview import Step

ROUNDS = 20


def wizard_baseline(app: QApplication) -> list[float]:
    """A QWizard going back and forth between two pages, painted each time."""
    wizard = QWizard()
    for text in ("第一页：一个问题？", "第二页：另一个问题？"):
        page = QWizardPage()
        page.setTitle(text)
        QLabel(text, page)
        wizard.addPage(page)
    wizard.resize(1100, 750)
    wizard.show()
    app.processEvents()
    times = []
    for _ in range(ROUNDS * len(ISP_C) // 2):
        for step in (wizard.next, wizard.back):
            start = time.perf_counter()
            step()
            wizard.repaint()
            times.append(time.perf_counter() - start)
    return times


def wizard_steps(app: QApplication, tree_id: str, path: list[PathEntry]) -> list[float]:
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    window = create_window(app, settings, work / "autosave")
    window.resize(1100, 750)
    window.show()
    app.processEvents()
    times = []
    for _ in range(ROUNDS):
        window.start_assessment(tree_id)
        view = window.interview
        view.go_next()
        for entry in path:
            start = time.perf_counter()
            # What go_next does with the page's value.
            window.case.answer(engine_answer(window.case.session.current, entry))
            view.step = Step.REVIEW if window.case.session.is_finished else Step.QUESTION
            view.render()
            window.repaint()
            times.append(time.perf_counter() - start)
        window.case.close()
    return times


def main() -> int:
    app = QApplication(sys.argv)
    baseline = wizard_baseline(app)
    base = statistics.median(baseline)
    sys.stdout.write(f"plain QWizard page change painted: median {base * 1000:.1f} ms\n")
    for name, tree_id, path in (
        ("ISP", "isp", ISP_C),
        ("partnership (format 2 types)", "partnership", PARTNERSHIP_PARTNER_LEFT),
    ):
        steps = wizard_steps(app, tree_id, path)
        median = statistics.median(steps)
        sys.stdout.write(
            f"{name}: answer → next page painted: median {median * 1000:.1f} ms, "
            f"worst {max(steps) * 1000:.1f} ms over {len(steps)} steps; "
            f"ratio to the QWizard page change {median / base:.1f}\n"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
