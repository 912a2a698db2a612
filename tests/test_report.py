"""The HTML report: contents in both languages, user text escaped, law versions named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import jinja2
import pytest

from tests.helpers import library, walk
from wizard.casefile import CaseInfo
from wizard.report import ReportOptions, render_report

INFO = CaseInfo(
    client_name="王五",
    worker_name="赵六",
    organisation="某法律援助中心",
    case_number="2026-法援-007",
    consultation_date=date(2026, 11, 29),
    notes="客户称：帖子仍在。",
)


def render(lang: str = "zh", info: CaseInfo = INFO, answers: list[str] | None = None) -> str:
    session = walk("example_notice", answers or ["2022-01-05", "yes", "no"])
    return render_report(
        session,
        info,
        library(),
        ReportOptions(lang=lang, generated_at=datetime(2026, 11, 29, 10, 0)),  # type: ignore[arg-type]
    )


def test_report_states_conclusion_first_then_reasoning_and_appendix() -> None:
    html = render()
    conclusion = html.index("平台对损害的扩大部分承担连带责任")
    reasoning = html.index("推理过程")
    appendix = html.index("附录：引用条文全文")
    assert conclusion < reasoning < appendix
    assert "民法典第1195条第2款" in html
    # The appendix quotes the full official text of the article.
    assert library().article("civil_code", 1195).text.split("\n")[1] in html
    assert "免责声明" in html and "不构成法律意见" in html


def test_report_names_tree_and_law_versions() -> None:
    html = render()
    # The tree by its title and version (in the footer too: the PDF prints the id there).
    assert "示例：网络平台接到通知后的责任" in html
    assert "版本 1.0.0" in html
    assert "2021年1月1日起施行" in html  # the Civil Code's version note


def test_old_facts_cite_the_repealed_law_and_say_so() -> None:
    html = render(answers=["2019-05-01", "yes", "no"])
    assert "侵权责任法第36条第2款" in html
    assert "已废止（适用于此前的事实）" in html


def test_english_report_keeps_statutes_in_chinese() -> None:
    html = render("en")
    assert "<h1>Assessment report</h1>" in html  # the tree names no report title
    assert "连带责任 (joint and several liability)" in html
    assert "Civil Code, Art. 1195(2)" in html
    assert library().article("civil_code", 1195).text.split("\n")[1] in html


@pytest.mark.parametrize(
    "hostile",
    ["<script>alert(1)</script>", "Tom & Jerry", "<b>bold</b>", "{{ 7*7 }}", "{% raw %}"],
)
def test_user_text_is_escaped_never_markup(hostile: str) -> None:
    info = replace(INFO, client_name=hostile, notes=hostile, case_number=hostile)
    html = render(info=info)
    if "<" in hostile:
        assert hostile not in html
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert escaped in html
    assert "<script>" not in html


def test_missing_context_is_an_error_not_a_blank() -> None:
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()
    from wizard.report import _environment

    assert _environment().undefined is jinja2.StrictUndefined
    assert _environment().autoescape is True


def test_empty_case_fields_print_as_not_given() -> None:
    html = render(info=CaseInfo(consultation_date=date(2026, 11, 29)))
    # client, case number and worker; the organisation line is left out when empty
    assert html.count("（未填写）") == 3
