"""Take the README's screenshots of the desktop app (run under Xvfb, or offscreen).

    xvfb-run -a -s "-screen 0 1280x900x24" python scripts/screenshots.py [--lang zh|en]

Walks the ISP tree along one path and saves home, a question with its help open, the review
and the result under docs/screenshots/. Needs a CJK font (Debian: fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.sample_paths import ISP_NOTICE_NOT_ACTED as ISP_C  # noqa: E402
from wizard.casefile import CaseInfo  # noqa: E402
from wizard.gui.app import create_window  # noqa: E402
from wizard.gui.interview import Step  # noqa: E402

QUESTION_SHOT = 6  # the page asking whether the notice was effective


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--answers", nargs="*", default=None, help="answers of the ISP path")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    work = Path(tempfile.mkdtemp())
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("language", args.lang)
    window = create_window(app, settings, work / "autosave")
    window.resize(1180, 800)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(args.out / f"{name}-{args.lang}.png"))

    shot("home")
    window.start_assessment("isp")
    window.case.set_info(
        CaseInfo(
            client_name="王小明",
            worker_name="李律师助理",
            organisation="某市法律援助中心",
            case_number="2026-法援-0123",
            consultation_date=date(2026, 11, 29),
        )
    )
    view = window.interview
    view.begin()  # show the case information just set
    view.go_next()
    answers = args.answers or ISP_C
    for i, answer in enumerate(answers):
        if i == QUESTION_SHOT:
            shot("question")
        window.case.answer(answer)
        view.step = Step.REVIEW if window.case.session.is_finished else Step.QUESTION
        view.render()
    if not window.case.session.is_finished:
        shot("question")
        raise SystemExit(f"the answers stop at {window.case.session.current.id}")
    shot("review")
    view.go_next()
    shot("result")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
