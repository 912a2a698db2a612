"""The report of a whole case: the overview of who owes what to whom, earliest act-by day first;
each assessment in full; one appendix without repeats; the report command over several files."""

from __future__ import annotations

import re
from datetime import date, datetime
from html import unescape
from pathlib import Path

import pytest

from tests.helpers import library, tree
from tests.test_case import ON, three_assessments
from wizard.case import Case, CaseInfo
from wizard.case_report import build_case_report, lead_text
from wizard.casefile import save_case, save_whole_case
from wizard.cli import main
from wizard.report import ReportOptions, build_report, report_strings

OPTIONS = ReportOptions("zh", datetime(2026, 12, 5, 10, 0))


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def _overview(html: str) -> str:
    """The first page's table: from its heading to the first assessment."""
    t = report_strings()["zh"]
    start = html.index(f"<h2>{t['overview']}</h2>")
    return html[start : html.index('<h2 class="assessment">')]


def _overview_days(html: str) -> list[date]:
    """The act-by days of the client's own deadlines, in the overview's order."""
    days = re.findall(r"请在 (\d{4})年(\d{1,2})月(\d{1,2})日 或之前行事", _overview(html))
    return [date(int(y), int(m), int(d)) for y, m, d in days]


def test_two_assessments_of_different_trees() -> None:
    case = three_assessments()
    case.remove(case.assessments[2].id)
    report = build_case_report(case, library(), OPTIONS)
    text = _text(report.html)
    t = report_strings()["zh"]
    assert report.title == f"{t['case_report_title']} 2026-法援-0456"
    assert "shareholder" in report.footer_left and "guarantor" in report.footer_left
    assert t["assessments_count"].format(n=2) in text
    for number, assessment in enumerate(case.assessments, start=1):
        heading = t["assessment_heading"].format(n=number, title=assessment.title("zh"))
        assert report.html.count(heading) == 2  # in the overview's list and as the heading
    overview = _text(_overview(report.html))
    # Each finding of both assessments is a row: who, which liability, to whom, by when.
    assert "实施滥用行为的股东" in overview and "连带责任" in overview
    assert "保证人" in overview and "不承担责任" in overview
    assert "已届满：保证期间" in overview  # the released guarantor's passed period
    # One signature block, one appendix, each article once.
    assert report.html.count('<h2 class="appendix">') == 1
    assert report.html.count(t["signature_lawyer"]) == 1
    titles = re.findall(r'<p class="art-title">([^<]*)</p>', report.html)
    assert titles and len(titles) == len(set(titles))
    assert "民法典第83条" in " ".join(titles) and "民法典第693条" in " ".join(titles)


def test_three_assessments_the_earliest_act_by_day_first() -> None:
    case = three_assessments()
    report = build_case_report(case, library(), OPTIONS)
    days = _overview_days(report.html)
    assert len(days) >= 2 and days == sorted(days)
    overview = _text(_overview(report.html))
    # The client's own running deadlines come before one that has passed.
    assert overview.index("请在") < overview.index("已届满")
    # Partners of assessment 3 appear by name.
    assert "张三、李四" in overview and "王五" in overview


def test_one_finished_assessment_is_its_own_report() -> None:
    case = three_assessments()
    case.assessments[0].session.back()  # unfinished: left out of the report
    case.remove(case.assessments[2].id)
    only = case.assessments[1]
    combined = build_case_report(case, library(), OPTIONS)
    alone = build_report(only.session, only.info(case.info), library(), OPTIONS)
    assert combined.html == alone.html


def test_a_case_without_a_result_has_no_report() -> None:
    case = Case(CaseInfo(consultation_date=ON))
    case.add(tree("guarantor"))
    with pytest.raises(ValueError, match="no assessment"):
        build_case_report(case, library(), OPTIONS)


def test_the_english_report_of_a_whole_case() -> None:
    report = build_case_report(
        three_assessments(), library(), ReportOptions("en", OPTIONS.generated_at)
    )
    text = _text(report.html)
    assert "Who owes what to whom" in text and "Assessment 3:" in text
    assert "Deadline to act on first" in text and "谁向谁承担什么责任" not in text


def test_report_command_several_files_and_a_whole_case(tmp_path: Path) -> None:
    case = three_assessments()
    first, second = case.assessments[0], case.assessments[1]
    save_case(tmp_path / "a.json", first.info(case.info), first.session)
    save_case(tmp_path / "b.json", second.info(case.info), second.session)
    save_whole_case(tmp_path / "whole.json", case)
    out = tmp_path / "ab.html"
    assert (
        main(
            [
                "report",
                "--answers",
                str(tmp_path / "a.json"),
                "--answers",
                str(tmp_path / "b.json"),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    html = out.read_text(encoding="utf-8")
    assert "评估2：" in html and "评估3：" not in html
    out = tmp_path / "whole.html"
    assert main(["report", "--answers", str(tmp_path / "whole.json"), "--out", str(out)]) == 0
    assert "评估3：" in out.read_text(encoding="utf-8")


def test_report_command_names_a_file_of_another_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = three_assessments()
    save_whole_case(tmp_path / "whole.json", case)
    code = main(
        [
            "report",
            "shareholder",
            "--answers",
            str(tmp_path / "whole.json"),
            "--out",
            str(tmp_path / "r.html"),
        ]
    )
    assert code != 0
    assert "is for the tree 'guarantor', not 'shareholder'" in capsys.readouterr().err


def test_report_command_refuses_an_unfinished_assessment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = three_assessments()
    case.add(tree("guarantor"), "李四")
    save_whole_case(tmp_path / "whole.json", case)
    assert (
        main(
            ["report", "--answers", str(tmp_path / "whole.json"), "--out", str(tmp_path / "r.html")]
        )
        == 1
    )
    assert "before an outcome" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_a_whole_case_prints(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from wizard.pdf import write_pdf

    pages = write_pdf(
        build_case_report(three_assessments(), library(), OPTIONS), tmp_path / "r.pdf"
    )
    assert pages > 3 and (tmp_path / "r.pdf").stat().st_size > 10_000


def test_walk_a_whole_case_in_the_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Triage writes a case of assessments; `walk --case` finishes each unfinished one with the
    names triage filled in, saves the case back and reports the whole case."""
    import io

    from scripts import sample_paths as sp
    from wizard.casefile import load_whole_case

    case = three_assessments()
    last = case.assessments[1]  # the guarantor's: stop one answer short
    last.session.back()
    question = last.session.current
    wanted = sp.GUARANTOR_RELEASED[-1]
    number = [c.id for c in question.choices].index(wanted) + 1  # type: ignore[attr-defined]
    path = tmp_path / "case.lwcase"
    save_whole_case(path, case)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{number}\n"))
    out = tmp_path / "case.html"
    assert main(["walk", "--case", str(path), "--out", str(out)]) == 0, capsys.readouterr()
    printed = capsys.readouterr().out
    assert "（已完成）" in printed and "评估2：" in printed
    again = load_whole_case(path, {a.tree.id: a.tree for a in case.assessments}).case
    assert all(a.session.is_finished for a in again.assessments)
    assert again.assessments[1].names("guarantor") == ("张三",)  # not asked again
    assert "评估3：" in out.read_text(encoding="utf-8")


def test_lead_text_is_the_overview_s_deadline_cell() -> None:
    """The desktop app's case overview says each assessment's deadline as the report does."""
    case = three_assessments()
    overview = _text(_overview(build_case_report(case, library(), OPTIONS).html))
    for assessment in case.assessments:
        cell = lead_text(assessment, case.info, "zh")
        assert cell and cell in overview
    assert lead_text(case.assessments[1], case.info, "zh").startswith("已届满：保证期间")
    english = lead_text(case.assessments[1], case.info, "en")
    assert english and english != lead_text(case.assessments[1], case.info, "zh")
