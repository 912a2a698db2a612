"""The report of a whole case: a first page that answers the client's question for all its
assessments — who owes what to whom, on which basis, in which order, by which deadline, the
earliest act-by day first — then each assessment in full, and one appendix of the articles cited
anywhere, each once.

Built from the same per-assessment context as the report of one assessment
(``wizard.report.report_context``) and the same template pieces, so an assessment reads the same
in both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from wizard import __version__
from wizard.answer_text import fill
from wizard.case import Assessment, Case
from wizard.casefile import CaseInfo, case_info_json
from wizard.deadline_text import format_date
from wizard.engine import Result
from wizard.model import Citation, Lang
from wizard.report import (
    Report,
    ReportOptions,
    _appendix,
    _environment,
    _laws,
    build_report,
    lead_deadline,
    lead_words,
    report_context,
    report_strings,
    text_values,
)
from wizard.statutes import StatuteLibrary

CASE_TEMPLATE = "case_report.html.j2"
#: The first page's words for each assessment's lead deadline (report.json).
OVERVIEW_KEYS = {
    "own": "overview_own",
    "other": "overview_other",
    "passed": "overview_passed",
    "uncertain": "overview_uncertain",
    "now": "overview_now",
}


@dataclass(frozen=True)
class _Lead:
    """An assessment's deadline to act on first, as the overview sorts and shows it."""

    rank: int  # 0 the client's own, 1 the other side's, 2 passed, 3 none
    day: date | None
    text: str


def build_case_report(
    case: Case, library: StatuteLibrary, options: ReportOptions | None = None
) -> Report:
    """The report of every assessment of ``case`` (finished ones; an unfinished assessment has
    no result yet). One finished assessment gives the report of that assessment alone."""
    options = options or ReportOptions()
    if options.generated_at is None:
        options = replace(options, generated_at=datetime.now().astimezone())
    finished = [a for a in case.assessments if a.session.is_finished]
    if not finished:
        raise ValueError("no assessment of the case has reached a result")
    if len(finished) == 1:
        only = finished[0]
        return build_report(only.session, only.info(case.info), library, options)
    context = case_report_context(case, finished, library, options)
    t = context["t"]
    case_number = case.info.case_number or t["not_given"]
    trees = " · ".join(
        dict.fromkeys(f"{a['tree']['id']} {a['tree']['version']}" for a in context["assessments"])
    )
    return Report(
        html=_environment().get_template(CASE_TEMPLATE).render(**context),
        title=f"{context['title']} {case.info.case_number}".strip(),
        footer_left=f"{t['case_number']} {case_number} · {trees}",
        footer_center=f"{t['generated_at']} {context['generated_at']}",
        page_label=t["page_of"],
    )


def case_report_context(
    case: Case,
    assessments: list[Assessment],
    library: StatuteLibrary,
    options: ReportOptions,
) -> dict[str, Any]:
    lang = options.lang
    strings = report_strings()
    t: dict[str, str] = strings[lang]
    # The app's calculator links number one assessment's rows; a whole case has none.
    options = replace(options, calculator_links=False)
    sections = []
    groups: list[tuple[tuple[int, date, int], dict[str, Any]]] = []
    citations: list[Citation] = []
    for number, assessment in enumerate(assessments, start=1):
        info = assessment.info(case.info)
        context = report_context(assessment.session, info, library, options)
        result = assessment.session.result(info.consultation_date)
        citations.extend(result.all_citations)
        heading = t["assessment_heading"].format(n=number, title=assessment.title(lang))
        sections.append({**context, "number": number, "heading": heading})
        # The deadline belongs to the assessment, not to each finding: a finding may have
        # no period of its own (a capital call), so it is stated once, over the findings.
        lead = _lead(assessment, info, result, t, lang)
        group = {
            "heading": heading,
            "outcome": context["outcome"]["title"],
            "deadline": lead.text,
            "findings": context["findings"],
        }
        groups.append(((lead.rank, lead.day or date.max, number), group))
    groups.sort(key=lambda pair: pair[0])
    generated = options.generated_at or datetime.now().astimezone()
    title = t["case_report_title"]
    all_citations = tuple(citations)
    return {
        "lang": lang,
        "t": t,
        "app_version": __version__,
        "generated_at": generated.strftime("%Y-%m-%d %H:%M"),
        "title": title,
        "subtitle": t["assessments_count"].format(n=len(sections)),
        "consultation_date": format_date(case.info.consultation_date, lang),
        "case": case_info_json(case.info),
        "overview": [group for _key, group in groups],
        "assessments": sections,
        "laws": _laws(all_citations, library, t),
        "appendix": _appendix(all_citations, library),
    }


def lead_text(assessment: Assessment, info: CaseInfo, lang: Lang) -> str:
    """A finished assessment's deadline to act on first, in the words of the combined report's
    first page (the desktop app's case overview shows it too). ``info``: the case's."""
    own = assessment.info(info)
    result = assessment.session.result(own.consultation_date)
    return _lead(assessment, own, result, report_strings()[lang], lang).text


def _lead(
    assessment: Assessment, info: CaseInfo, result: Result, t: dict[str, str], lang: Lang
) -> _Lead:
    """The overview's deadline cell: the assessment's deadline to act on first."""
    lead = lead_deadline(result)
    if lead is None:
        return _Lead(3, None, t["overview_no_deadline"])
    values = text_values(assessment.session, info, result)
    label = fill(lead.row.spec.label.get(lang), lang, values)
    text = lead_words(lead, label, t, lang, info.consultation_date, OVERVIEW_KEYS, weekday=False)
    rank = {"own": 0, "other": 1, "passed": 2}[lead.whose]
    return _Lead(rank, lead.day, text)
