"""The assessment report: a finished session rendered to self-contained HTML with Jinja2.

The template (resources/templates/report.html.j2) gets plain data built here, so it holds no
legal logic. Autoescape is on and undefined names are errors: user text never becomes markup
and a missing field never prints as blank.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from wizard import __version__, resources
from wizard.casefile import CaseInfo, case_info_json
from wizard.deadline_text import format_date, format_period, status_text, steps_text
from wizard.engine import ComputedDeadline, Session
from wizard.model import Citation, Finding, Lang, Text
from wizard.statutes import StatuteLibrary

TEMPLATE = "report.html.j2"


@cache
def _environment() -> Any:
    import jinja2  # imported when a report is first rendered, not at start-up

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources.templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def report_strings() -> dict[str, Any]:
    return json.loads((resources.i18n_dir() / "report.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class ReportOptions:
    lang: Lang = "zh"
    generated_at: datetime | None = None  # default: now
    #: In the app's own view only: each deadline row links to the calculator ("calc:N").
    calculator_links: bool = False


@dataclass(frozen=True)
class Report:
    """A rendered report: the HTML and the running footer printed on every page."""

    html: str
    title: str
    footer_left: str  # case number, tree id and version
    footer_center: str  # generation time
    page_label: str  # e.g. "第 {page} 页 / 共 {pages} 页"; format with page= and pages=


def build_report(
    session: Session,
    info: CaseInfo,
    library: StatuteLibrary,
    options: ReportOptions | None = None,
) -> Report:
    """The report with what paged output (PDF, paper) needs besides the HTML."""
    options = options or ReportOptions()
    if options.generated_at is None:
        options = replace(options, generated_at=datetime.now().astimezone())
    context = report_context(session, info, library, options)
    t = context["t"]
    tree = context["tree"]
    case_number = info.case_number or t["not_given"]
    return Report(
        html=_environment().get_template(TEMPLATE).render(**context),
        title=f"{t['report_title']} {info.case_number}".strip(),
        footer_left=f"{t['case_number']} {case_number} · {tree['id']} {tree['version']}",
        footer_center=f"{t['generated_at']} {context['generated_at']}",
        page_label=t["page_of"],
    )


def render_report(
    session: Session,
    info: CaseInfo,
    library: StatuteLibrary,
    options: ReportOptions | None = None,
) -> str:
    """The report as one HTML document (inline CSS, no external resources)."""
    return build_report(session, info, library, options).html


def report_context(
    session: Session, info: CaseInfo, library: StatuteLibrary, options: ReportOptions
) -> dict[str, Any]:
    lang = options.lang
    strings = report_strings()
    t: dict[str, str] = strings[lang]
    result = session.result(info.consultation_date)
    tree = session.tree
    generated = options.generated_at or datetime.now().astimezone()

    def txt(text: Text | None) -> str:
        return text.get(lang) if text is not None else ""

    def cite(citations: tuple[Citation, ...]) -> list[str]:
        return [library.cite(c, lang) for c in citations]

    def label(name: str) -> str:
        return name if lang == "zh" else f"{name} ({strings['label_en'][name]})"

    def finding(f: Finding) -> dict[str, Any]:
        return {
            "label": label(f.label),
            "sublabel": txt(f.sublabel),
            "liable": txt(f.liable),
            "to_whom": txt(f.to_whom),
            "scope": txt(f.scope),
            "order": txt(f.order),
            "basis": cite(f.basis),
        }

    parts = [
        {
            "code": part.node.code,
            "title": txt(part.node.title),
            "summary": txt(part.node.summary),
            "is_outcome": part.node is result.outcome,
            "findings": [finding(f) for f in part.findings],
            "remaining_liability": txt(part.node.remaining_liability),
        }
        for part in result.parts
    ]
    reasoning = []
    for number, step in enumerate(result.reasoning, start=1):
        node_text = getattr(step.node, "text", None)
        if isinstance(step.answer, date):
            answer = step.answer.isoformat()
        elif isinstance(step.answer, Text):
            answer = txt(step.answer)
        else:
            answer = t["automatic_step"]
        reasoning.append(
            {
                "number": number,
                "question": txt(node_text) if isinstance(node_text, Text) else "",
                "answer": answer,
                "significance": txt(step.significance),
                "basis": cite(step.citations),
            }
        )
    all_citations = result.all_citations
    return {
        "lang": lang,
        "t": t,
        "app_version": __version__,
        "generated_at": generated.strftime("%Y-%m-%d %H:%M"),
        "tree": {
            "id": tree.id,
            "title": txt(tree.title),
            "version": tree.version,
            "last_legal_review": tree.last_legal_review.isoformat(),
            "notes": [txt(n) for n in tree.notes],
        },
        "case": case_info_json(info),
        "outcome": {
            "codes": " · ".join(result.codes),
            "title": txt(result.outcome.title),
            "summary": txt(result.outcome.summary),
        },
        "parts": parts,
        "reasoning": reasoning,
        "deadlines": [_deadline(d, t, lang, library) for d in result.deadlines],
        "deadline_rules": t["deadline_rules"],
        "calculator_links": options.calculator_links,
        "warnings": [
            {"kind": t[f"warning_{w.kind}"], "text": txt(w.text), "basis": cite(w.basis)}
            for w in result.warnings
        ],
        "recourse": [txt(x) for x in result.recourse],
        "next_steps": [txt(x) for x in result.next_steps],
        "evidence": [txt(x) for x in result.evidence],
        "further_basis": cite(result.citations),
        "laws": _laws(all_citations, library, t),
        "appendix": _appendix(all_citations, library),
    }


def _deadline(
    d: ComputedDeadline, t: dict[str, str], lang: Lang, library: StatuteLibrary
) -> dict[str, Any]:
    """A deadline row: the date first (the act-by date first when provisional), then how."""
    dl = d.deadline
    end = act_by = end_note = ""
    if dl.end is not None:
        end = format_date(dl.end, lang, weekday=True)
        if dl.act_by is not None:
            act_by = format_date(dl.act_by, lang, weekday=True)
            if dl.provisional:
                end_note = t["provisional_end"].format(end=end)
            elif dl.is_range and dl.latest_end:
                end_note = t["range_end"].format(
                    end=end, latest=format_date(dl.latest_end, lang, weekday=True)
                )
    return {
        "label": d.spec.label.get(lang),
        "kind_note": t[f"kind_{d.spec.kind}"],
        "period": format_period(d.spec.period, lang),
        "note": d.spec.note.get(lang) if d.spec.note else "",
        "computed": dl.computed,
        "end": end,
        "act_by": act_by,
        "end_note": end_note,
        "status": dl.display_status,
        "status_text": status_text(dl, lang),
        "steps": steps_text(dl, lang, library),
        "basis": [library.cite(c, lang) for c in dl.basis],
    }


def _laws(
    citations: tuple[Citation, ...], library: StatuteLibrary, t: dict[str, str]
) -> list[dict[str, str]]:
    slugs = list(dict.fromkeys(c.law for c in citations))
    laws = []
    for slug in slugs:
        law = library.law(slug)
        laws.append(
            {
                "title": law.title,
                "short_name": law.short_name.zh,
                "version_note": law.version_note,
                "effective": law.effective.isoformat(),
                "status": t[f"law_status_{law.status}"],
                "repealed": law.repealed.isoformat() if law.repealed else "",
            }
        )
    return laws


def _appendix(citations: tuple[Citation, ...], library: StatuteLibrary) -> list[dict[str, Any]]:
    """Each cited article once, grouped by law in order of first citation."""
    seen: dict[tuple[str, int], None] = {}
    for c in citations:
        seen.setdefault((c.law, c.article), None)
    entries = []
    for slug, number in seen:
        law = library.law(slug)
        article = law.article(number)
        entries.append(
            {
                "reference": library.cite(Citation(slug, number), "zh"),
                "law_title": law.title,
                "label": article.label,
                "paragraphs": article.text.split("\n"),
                "version_note": law.version_note,
                "effective": law.effective.isoformat(),
            }
        )
    return entries
