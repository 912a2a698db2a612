"""Render the committed report samples: PDFs and PNG pages under docs/report-sample/.

    python scripts/report_sample.py        (needs pdftoppm from poppler-utils)

Two reports of the thirty-step pagination tree (tests/data/long_path.json, fifteen cited
articles), one in Chinese and one in English, to look at how long reports break across pages.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.casefile import CaseInfo  # noqa: E402
from wizard.catalog import load_library  # noqa: E402
from wizard.engine import Session  # noqa: E402
from wizard.model import ChoiceQuestion  # noqa: E402
from wizard.pdf import ensure_gui_application, write_pdf  # noqa: E402
from wizard.report import ReportOptions, build_report  # noqa: E402
from wizard.treefile import load_tree  # noqa: E402

OUT = ROOT / "docs" / "report-sample"
INFO = CaseInfo(
    client_name="王小明",
    worker_name="李见人",
    organisation="某市法律援助中心",
    case_number="2026-法援-0123",
    consultation_date=date(2026, 11, 29),
    notes=(
        "当事人称：侵权帖子在通知后仍保留了两周。\n"
        "The client says the posts stayed up two weeks after the notice."
    ),
)


def main() -> int:
    ensure_gui_application()
    library = load_library()
    tree = load_tree(ROOT / "tests" / "data" / "long_path.json")
    session = Session(tree)
    day = date(2025, 9, 1)
    while not session.is_finished:
        node = session.current
        session.answer(node.choices[0].id if isinstance(node, ChoiceQuestion) else day)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    for lang in ("zh", "en"):
        report = build_report(
            session, INFO, library, ReportOptions(lang, datetime(2026, 11, 29, 10, 30))
        )
        pdf = OUT / f"report-{lang}.pdf"
        pages = write_pdf(report, pdf)
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", str(pdf), str(OUT / f"report-{lang}")], check=True
            )
        sys.stdout.write(f"{pdf.relative_to(ROOT)}: {pages} pages\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
