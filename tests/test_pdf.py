"""The PDF report: exact text layer, every cited article, footers, embedded font, user text."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pypdf
import pytest

from tests.helpers import ROOT, library, shipped_tree_files
from wizard.casefile import CaseInfo
from wizard.model import DateQuestion, Tree
from wizard.pdf import FAMILY, write_pdf
from wizard.report import Report, ReportOptions, build_report
from wizard.selftest import first_path
from wizard.treefile import load_tree

HOSTILE = "王<b>小</b>明 & <script>alert(1)</script>"
INFO = CaseInfo(
    client_name=HOSTILE,
    worker_name="李见人",
    organisation="某市法律援助中心",
    case_number="2026-法援-民一",
    consultation_date=date(2026, 11, 29),
    notes="备注 & <i>notes</i>",
)
TREES = [load_tree(p) for p in shipped_tree_files()]
LONG = load_tree(ROOT / "tests" / "data" / "long_path.json")


def squash(text: str) -> str:
    """Text without white space: PDF extraction breaks lines where the layout did."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path) -> tuple[list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() for page in reader.pages], reader


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[。；：])", text.split("\n")[0])[0]


@pytest.fixture(scope="module")
def rendered(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("pdf")
    results = {}
    for tree in [*TREES, LONG]:
        session = first_path(tree)
        report = build_report(
            session, INFO, library(), ReportOptions("zh", datetime(2026, 11, 29, 10, 30))
        )
        path = out / f"{tree.id}.pdf"
        pages = write_pdf(report, path)
        results[tree.id] = (session, path, pages)
    return results


@pytest.mark.parametrize("tree", [*TREES, LONG], ids=lambda t: t.id)
def test_pdf_text_layer_is_exact(rendered, tree: Tree) -> None:  # type: ignore[no-untyped-def]
    session, path, pages = rendered[tree.id]
    texts, _ = pdf_text(path)
    assert len(texts) == pages
    whole = squash("".join(texts))
    result = session.result(INFO.consultation_date)
    assert squash(result.outcome.title.zh) in whole
    for finding in result.findings:
        assert squash(finding.label) in whole
    for citation in result.all_citations:
        reference = library().cite(citation, "zh")
        article = library().article(citation.law, citation.article)
        assert squash(reference) in whole, reference
        assert squash(first_sentence(article.text)) in whole, (
            reference,
            first_sentence(article.text),
        )
    assert squash(INFO.case_number) in whole
    # No radical code points: 民 must not come out as ⺠ (docs/decisions/005-report-font.md).
    assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", whole)
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{pages}页" in squash(text)


def test_exact_characters_that_the_radical_trap_breaks(rendered) -> None:  # type: ignore[no-untyped-def]
    _, path, _ = rendered["long_path"]
    whole = squash("".join(pdf_text(path)[0]))
    for word in ("中华人民共和国民法典", "第一千一百九十五条", "李见人", "民一"):
        assert word in whole


def test_user_text_appears_literally(rendered) -> None:  # type: ignore[no-untyped-def]
    _, path, _ = rendered["long_path"]
    whole = squash("".join(pdf_text(path)[0]))
    assert squash(HOSTILE) in whole
    assert squash(INFO.notes) in whole


def test_font_is_embedded(rendered) -> None:  # type: ignore[no-untyped-def]
    _, path, _ = rendered["long_path"]
    _, reader = pdf_text(path)
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts", [font])
            for d in descendants:
                descriptor = d.get_object()["/FontDescriptor"].get_object()
                if any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    embedded.add(str(font["/BaseFont"]))
    assert embedded and all(FAMILY.replace(" ", "") in name for name in embedded), embedded


def test_long_report_paginates(rendered) -> None:  # type: ignore[no-untyped-def]
    session, _, pages = rendered["long_path"]
    assert session.progress.steps_taken == 30
    assert len(session.result().all_citations) >= 15
    assert pages >= 5


def test_a_paragraph_over_a_page_foot_is_in_the_text_once(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Numbered sentences, so every line of the text layer is different and findable.
    sentences = [f"第{n:03d}句：这一段文字很长，要跨过页脚。" for n in range(1, 400)]
    html = "<html><body>" + "".join(
        f"<p>{''.join(sentences[i : i + 40])}</p>" for i in range(0, 399, 40)
    )
    report = Report(html + "</body></html>", "长段落", "", "", "第 {page} 页 / 共 {pages} 页")
    pages = write_pdf(report, tmp_path / "long.pdf")
    texts, _ = pdf_text(tmp_path / "long.pdf")
    assert pages >= 3
    whole = "".join(re.sub(r"第\d+页/共\d+页", "", squash(text)) for text in texts)
    for sentence in sentences:
        assert whole.count(squash(sentence)) == 1, sentence


def test_english_report(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = first_path(LONG)
    report = build_report(session, INFO, library(), ReportOptions("en"))
    path = tmp_path / "en.pdf"
    pages = write_pdf(report, path)
    whole = squash("".join(pdf_text(path)[0]))
    assert "Assessmentreport" in whole
    assert f"Page1of{pages}" in whole
    assert squash(library().article("civil_code", 1195).text.split("\n")[1]) in whole


def test_unwritable_folder_is_a_clear_error(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wizard.errors import WizardError

    report = build_report(first_path(LONG), INFO, library())
    with pytest.raises(WizardError, match="does not exist"):
        write_pdf(report, tmp_path / "missing" / "r.pdf")


def test_cli_writes_pdf(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    case = tmp_path / "case.json"
    answers = {
        n.id: ("2022-03-01" if isinstance(n, DateQuestion) else "yes")
        for n in LONG.nodes
        if n.id != "done"
    }
    case.write_text(
        json.dumps(
            {
                "format": "liability-wizard-case",
                "format_version": 1,
                "tree": {"id": "long_path"},
                "case": {"case_number": "CLI-1"},
                "answers": answers,
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "wizard",
            "report",
            str(ROOT / "tests/data/long_path.json"),
            "--answers",
            str(case),
            "--out",
            str(out),
        ],
        capture_output=True,
        encoding="utf-8",  # the CLI writes UTF-8 when redirected (wizard/console.py)
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "CLI-1" in squash("".join(pdf_text(out)[0]))


def test_printing_uses_the_same_pages_as_the_pdf(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from wizard.pdf import page_layout, paint_pages

    report = build_report(first_path(LONG), INFO, library(), ReportOptions("zh"))
    pdf_pages = write_pdf(report, tmp_path / "direct.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout())
    printer.setResolution(300)
    assert paint_pages(report, printer) == pdf_pages
    assert len(pypdf.PdfReader(str(tmp_path / "printed.pdf")).pages) == pdf_pages


def test_paginating_leaves_the_reference_count_of_none_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12's QTextFrame.iterator.currentFrame() returns None without counting the
    reference (Python 3.11, where None is not immortal). Pagination walks every block of the
    report on each pass: thousands of references were taken from None per report, and after a
    dozen reports the interpreter aborted at exit ("none_dealloc") — ``--selftest`` with six
    trees did. The walk asks for the block first and never gets that None."""
    import sys

    from PySide6.QtGui import QTextDocument

    from wizard.pdf import root_items

    document = QTextDocument()
    document.setHtml("<h2>a</h2><p>b</p><table><tr><td>c</td></tr></table><p>d</p>" * 20)
    before = sys.getrefcount(None)
    for _ in range(200):
        items = root_items(document)
    assert len(items) >= 60
    assert sys.getrefcount(None) >= before - 200  # it took over 8,000 before
