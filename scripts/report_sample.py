"""Render the committed report samples: PDFs and PNG previews under docs/report-sample/.

    python scripts/report_sample.py        (needs pdftoppm from poppler-utils)

One Chinese report per shipped tree from a realistic case (the answer paths of
scripts/sample_paths.py, with the parties' names a worker would type), one English report, and
the report of a whole case of three assessments. The first two pages of each become PNG
previews; the README links them. Regenerate after a tree or the report changes, and look at the
PNGs before committing them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts import sample_paths as sp  # noqa: E402
from wizard.case import Case, CaseInfo  # noqa: E402
from wizard.case_report import build_case_report  # noqa: E402
from wizard.catalog import load_catalog, load_library  # noqa: E402
from wizard.model import Lang  # noqa: E402
from wizard.pdf import ensure_gui_application, write_pdf  # noqa: E402
from wizard.report import Report, ReportOptions, build_report  # noqa: E402

OUT = ROOT / "docs" / "report-sample"
CONSULTATION = date(2026, 12, 5)
GENERATED = datetime(2026, 12, 5, 10, 30)
INFO = CaseInfo(
    client_name="王小明",
    worker_name="李见人",
    organisation="某市法律援助中心",
    case_number="2026-法援-0123",
    consultation_date=CONSULTATION,
)


@dataclass(frozen=True)
class Sample:
    tree: str
    path: list[sp.PathEntry]
    names: dict[str, str] = field(default_factory=dict)
    about: str = ""
    client: str = "王小明"  # the client, on the side the path takes


SAMPLES = [
    Sample(
        "isp", sp.ISP_NOTICE_NOT_ACTED, {"platform": "某购物平台", "user": "某网店"}, "某购物平台"
    ),
    Sample(
        "shareholder",
        sp.SHAREHOLDER_VEIL_PIERCED,
        {
            "company": "某某贸易有限公司",
            "shareholder": "赵六、钱七",
            "creditor": "某某建材有限公司",
        },
        "赵六、钱七",
        "某某建材有限公司",
    ),
    Sample(
        "guarantor",
        sp.GUARANTOR_RELEASED,
        {"creditor": "某小额贷款公司", "debtor": "孙某", "guarantor": "王小明"},
        "王小明（保证人）",
    ),
    Sample(
        "partnership",
        sp.PARTNERSHIP_PARTNER_LEFT,
        {**sp.PARTNERSHIP_PARTNER_LEFT_NAMES, "creditor": "某某食品批发部"},
        "某某小吃店",
        "某某食品批发部",
    ),
    Sample(
        "joint_tort",
        sp.JOINT_TORT_FIGHT,
        {"victim": "王小明", "actors": "甲、乙、丙"},
        "甲、乙、丙",
    ),
    Sample(
        "agency",
        sp.AGENCY_COLLUSION,
        {"principal": "某某科技有限公司", "agent": "孙某", "counterparty": "某某商贸公司"},
        "孙某",
        "某某科技有限公司",
    ),
    Sample(
        "division",
        sp.DIVISION_LATER_DEBT,
        {"creditor": "某某钢材公司", "debtor": "某某实业有限公司", "successor": "甲公司、乙公司"},
        "甲公司、乙公司",
        "某某钢材公司",
    ),
    Sample(
        "product",
        sp.PRODUCT_PRODUCER_DEFECT,
        {"victim": "王小明", "producer": "某电器厂", "seller": "某超市"},
        "某电器厂",
    ),
]


def main() -> int:
    ensure_gui_application()
    library = load_library()
    trees = load_catalog(library).trees
    OUT.mkdir(parents=True, exist_ok=True)
    for old in [*OUT.glob("*.png"), *OUT.glob("*.pdf")]:
        old.unlink()
    case = Case(INFO)
    for sample in SAMPLES:
        assessment = case.add(trees[sample.tree], sample.about)
        for party, names in sample.names.items():
            assessment.set_names(party, tuple(names.split("、")))
        sp.answer_all(assessment.session, sample.path)
        info = replace(assessment.info(INFO), client_name=sample.client)
        _write(f"{sample.tree}-zh", build_report(assessment.session, info, library, _options("zh")))
        if sample.tree == "shareholder":
            en = build_report(assessment.session, info, library, _options("en"))
            _write(f"{sample.tree}-en", en)
    whole = Case(INFO)
    whole.assessments = [
        a for a in case.assessments if a.tree.id in ("shareholder", "guarantor", "partnership")
    ]
    _write("whole-case-zh", build_case_report(whole, library, _options("zh")))
    return 0


def _options(lang: Lang) -> ReportOptions:
    return ReportOptions(lang, GENERATED)


def _write(name: str, report: Report) -> None:
    pdf = OUT / f"{name}.pdf"
    pages = write_pdf(report, pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-l", "2", str(pdf), str(OUT / name)], check=True
        )
    sys.stdout.write(f"{pdf.relative_to(ROOT)}: {pages} pages\n")


if __name__ == "__main__":
    raise SystemExit(main())
