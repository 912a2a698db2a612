"""The assessment report: a finished session rendered to self-contained HTML with Jinja2.

The template (resources/templates/report.html.j2) gets plain data built here, so it holds no
legal logic. Autoescape is on and undefined names are errors: user text never becomes markup
and a missing field never prints as blank.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import cache
from typing import Any

from wizard import __version__, resources
from wizard.answer_text import TextValues, answer_text, date_text, fill, party_text
from wizard.casefile import CaseInfo, case_info_json
from wizard.deadline_text import event_name, format_date, format_period, status_text, steps_text
from wizard.deadlines import Deadline, Event
from wizard.deadlines import compute as compute_deadline
from wizard.engine import OTHERS, ComputedDeadline, Result, Session
from wizard.model import (
    NO_LIABILITY,
    ChoiceQuestion,
    Citation,
    EventsQuestion,
    Finding,
    Lang,
    MultiQuestion,
    Node,
    Text,
    Tree,
)
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


#: For a browser only: Qt's text engine would apply these rules to the printed page too (it
#: does not know @media), so they are added to the exported HTML file, not to the template.
BROWSER_STYLE = (
    "<style>@media screen { body { max-width: 180mm; margin: 0 auto; padding: 8mm; } }\n"
    "@media print { h2.appendix { page-break-before: always; } }</style>\n"
)


@dataclass(frozen=True)
class Report:
    """A rendered report: the HTML and the running footer printed on every page."""

    html: str
    title: str
    footer_left: str  # case number, tree id and version
    footer_center: str  # generation time
    page_label: str  # e.g. "第 {page} 页 / 共 {pages} 页"; format with page= and pages=

    @property
    def browser_html(self) -> str:
        """The HTML as saved for a browser: the same document with a screen layout."""
        return self.html.replace("</head>", BROWSER_STYLE + "</head>", 1)


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
        html=_environment().get_template(TEMPLATE).render(**context, r=context),
        title=f"{context['title']} {info.case_number}".strip(),
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


def text_values(session: Session, info: CaseInfo, result: Result) -> TextValues:
    """What the placeholders of this case's texts stand for."""
    # Per-person rows of one deadline: a text names the earliest last day, the one to act by.
    computed: dict[str, Deadline] = {}
    for row in result.deadlines:
        held = computed.get(row.spec.id)
        if held is None or (row.deadline.end and (held.end is None or row.deadline.end < held.end)):
            computed[row.spec.id] = row.deadline
    consultation = info.consultation_date

    def deadline(name: str) -> Deadline | None:
        if name in computed:
            return computed[name]
        spec = session.tree.named_deadline(name)
        if spec is None:
            return None
        return compute_deadline(session.deadline_request(spec), consultation)

    return TextValues(
        tree=session.tree,
        names=info.names,
        answers=dict(session.answers),
        amount=session.amount,
        deadline=deadline,
    )


def report_context(
    session: Session, info: CaseInfo, library: StatuteLibrary, options: ReportOptions
) -> dict[str, Any]:
    lang = options.lang
    strings = report_strings()
    t: dict[str, str] = strings[lang]
    session.set_names(dict(info.parties))  # per-person deadlines need the names
    result = session.result(info.consultation_date)
    tree = session.tree
    generated = options.generated_at or datetime.now().astimezone()
    values = text_values(session, info, result)

    def txt(text: Text | None) -> str:
        return fill(text.get(lang), lang, values) if text is not None else ""

    def cite(citations: tuple[Citation, ...]) -> list[str]:
        return [library.cite(c, lang) for c in citations]

    def label(name: str) -> str:
        return name if lang == "zh" else f"{name} ({strings['label_en'][name]})"

    def question_text(question_id: str) -> str:
        node = tree.node(question_id)
        return txt(getattr(node, "label", None) or getattr(node, "text", None))

    def finding(f: Finding) -> dict[str, Any]:
        return {
            "label": label(f.label),
            "sublabel": txt(f.sublabel),
            "liable": txt(f.liable),
            "to_whom": txt(f.to_whom),
            "scope": txt(f.scope),
            "order": txt(f.order),
            "basis": cite(f.basis),
            "depends_on": [question_text(q) for q in f.depends_on],
            "released": f.label == NO_LIABILITY,
        }

    parts = [
        {
            "title": txt(part.node.title),
            "summary": txt(part.summary),
            "is_outcome": part.node is result.outcome,
            "findings": [finding(f) for f in part.findings],
            "remaining_liability": txt(part.node.remaining_liability),
        }
        for part in result.parts
    ]
    # Findings of earlier routes name their route; the outcome's own need no name.
    findings = [
        {**f, "route": "" if part["is_outcome"] or len(result.parts) == 1 else part["title"]}
        for part in parts
        for f in part["findings"]
    ]
    reasoning = []
    for number, step in enumerate(result.reasoning, start=1):
        node_text = getattr(step.node, "text", None)
        answer = (
            answer_text(tree, step.answer, lang, info.names)
            if step.answer is not None
            else t["automatic_step"]
        )
        reasoning.append(
            {
                "number": number,
                "question": txt(node_text) if isinstance(node_text, Text) else "",
                "answer": answer,
                "significance": txt(step.significance),
                "basis": cite(step.citations),
            }
        )
    facts = [
        {
            "question": txt(getattr(fact.question, "text", None)),
            "answer": _fact_answer(tree, fact.question, fact.answer, lang, info),
            "findings": [f"{label(f.label)}{t['colon']}{txt(f.liable)}" for f in fact.findings],
            "evidence": [txt(e) for e in fact.evidence],
            "effect": txt(fact.effect),
        }
        for fact in result.facts_to_verify
    ]
    history = [
        {
            "date": date_text(event.on, lang),
            "until": date_text(event.until, lang) if event.until is not None else "",
            "event": event_name(event.kind, lang),
            "party": party_text(
                tree,
                event.party,
                (event.person,) if event.person else info.names(event.party),
                lang,
            )
            if event.party
            else "",
        }
        for node_id, value in session.answers.items()
        if isinstance(tree.node(node_id), EventsQuestion) and isinstance(value, tuple)
        for event in value
        if isinstance(event, Event)
    ]
    side = tree.side(result.side) if result.side else None
    all_citations = result.all_citations
    report_title = txt(tree.report_title) if tree.report_title else t["report_title"]
    outcome_title = txt(result.outcome.title)
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
        },
        "title": f"{report_title} — {outcome_title}",
        "report_title": report_title,
        "consultation_date": format_date(info.consultation_date, lang),
        "case": case_info_json(info),
        "parties": [
            {"label": txt(p.label), "names": t["list_sep"].join(info.names(p.id))}
            for p in tree.parties
            if info.names(p.id)
        ],
        "side": txt(side.label) if side else "",
        "defences_first": bool(side and side.claimed_against),
        "outcome": {"title": outcome_title, "summary": txt(result.summary)},
        "parts": parts,
        "findings": findings,
        "remaining": [p["remaining_liability"] for p in parts if p["remaining_liability"]],
        "first_deadline": _first_deadline(result, t, lang, txt, info.consultation_date),
        "reasoning": reasoning,
        "history": history,
        "facts_to_verify": facts,
        "deadlines": [
            _deadline(
                d, t, lang, library, _row_text(d, values, lang, t), result, info.consultation_date
            )
            for d in result.deadlines
        ],
        "deadline_rules": t["deadline_rules"],
        "calculator_links": options.calculator_links,
        "warnings": [
            {"kind": t[f"warning_{w.kind}"], "text": txt(w.text), "basis": cite(w.basis)}
            for w in result.warnings
        ],
        "defences": [txt(x) for x in result.defences],
        "recourse": [txt(x) for x in result.recourse],
        "next_steps": [txt(x) for x in result.next_steps],
        "evidence": [txt(x) for x in result.evidence],
        # Articles the findings already give as their basis are not repeated as "其他依据".
        "further_basis": cite(
            tuple(
                c
                for c in result.citations
                if c.key not in {b.key for f in result.findings for b in f.basis}
            )
        ),
        "laws": _laws(all_citations, library, t),
        "appendix": _appendix(all_citations, library),
    }


def _row_text(
    d: ComputedDeadline, values: TextValues, lang: Lang, t: dict[str, str]
) -> Callable[[Text | None], str]:
    """Texts of a deadline row: a per-person row names its person where the label names his
    party (the others, when their names are not known)."""
    if not d.person:
        return lambda text: fill(text.get(lang), lang, values) if text is not None else ""
    person = t["other_persons"] if d.person == OTHERS else d.person
    names = values.names
    row_values = replace(
        values, names=lambda party: (person,) if party == d.party else names(party)
    )

    def txt(text: Text | None) -> str:
        if text is None:
            return ""
        filled = fill(text.get(lang), lang, row_values)
        named = f"{{party.{d.party}}}" in text.get(lang)
        return filled if named else t["person_row"].format(label=filled, person=person)

    return txt


def _acts(d: ComputedDeadline, side: str | None) -> bool:
    """Whether the client's side is the one to act by this deadline."""
    return not d.spec.acts or side is None or side in d.spec.acts


def _superseded_long_stop(d: ComputedDeadline, result: Result) -> ComputedDeadline | None:
    """The computed period this long-stop (最长期间) bounds, which then decides first."""
    if d.spec.long_stop_for is None:
        return None
    for other in result.deadlines:
        if other.spec.id == d.spec.long_stop_for and other.deadline.status != "missing":
            return other
    return None


@dataclass(frozen=True)
class LeadDeadline:
    """The deadline to act on first, and whose it is."""

    row: ComputedDeadline
    whose: str  # "own" (the client's side acts by it), "other" (the other side's), "passed"

    @property
    def day(self) -> date:
        """The day to act by (the safe day of a provisional end), or the day it ended."""
        dl = self.row.deadline
        day = (dl.act_by or dl.end) if self.whose == "own" else dl.end
        assert day is not None
        return day


def lead_deadline(result: Result) -> LeadDeadline | None:
    """The client's own running or possibly passed deadline with the earliest act-by day,
    else the other side's earliest, else the first that has passed. A long-stop never leads
    while the period it bounds is computed."""
    rows = [d for d in result.deadlines if _superseded_long_stop(d, result) is None]
    open_rows = [
        d for d in rows if d.deadline.status in ("running", "uncertain") and d.deadline.end
    ]
    own = [d for d in open_rows if _acts(d, result.side)]
    if own or open_rows:
        first = min(own or open_rows, key=lambda d: d.deadline.act_by or d.deadline.end)  # type: ignore[arg-type,return-value]
        return LeadDeadline(first, "own" if own else "other")
    passed = [d for d in rows if d.deadline.status == "passed" and d.deadline.end]
    if passed:
        return LeadDeadline(min(passed, key=lambda d: d.deadline.end), "passed")  # type: ignore[arg-type,return-value]
    return None


#: The words of a lead deadline: the conclusion's sentence and the whole case's first page.
FIRST_DEADLINE_KEYS = {
    "own": "first_deadline",
    "other": "first_deadline_other",
    "passed": "first_deadline_passed",
    "uncertain": "first_deadline_uncertain",
    "now": "first_deadline_now",
}


def lead_words(
    lead: LeadDeadline,
    label: str,
    t: dict[str, str],
    lang: Lang,
    today: date,
    keys: dict[str, str],
    weekday: bool,
) -> str:
    """A lead deadline in words (``keys`` name the strings); a day already past says to act
    now. ``weekday`` adds the day of the week where the client acts by a day."""
    dl = lead.row.deadline
    assert dl.end is not None
    if lead.whose in ("other", "passed"):
        return t[keys[lead.whose]].format(label=label, day=format_date(dl.end, lang))
    if dl.status == "uncertain":
        return t[keys["uncertain"]].format(
            label=label,
            earliest=format_date(dl.end, lang),
            latest=format_date(dl.latest_end or dl.end, lang),
        )
    if lead.day < today:
        return t[keys["now"]].format(label=label, end=format_date(dl.end, lang, weekday=weekday))
    return t[keys["own"]].format(label=label, day=format_date(lead.day, lang, weekday=weekday))


def _first_deadline(
    result: Result,
    t: dict[str, str],
    lang: Lang,
    txt: Callable[[Text | None], str],
    today: date,
) -> str:
    """The conclusion's sentence on the deadline to act on first."""
    lead = lead_deadline(result)
    if lead is None:
        return ""
    label = txt(lead.row.spec.label)
    return lead_words(lead, label, t, lang, today, FIRST_DEADLINE_KEYS, weekday=True)


def _fact_answer(tree: Tree, question: Node, value: object, lang: Lang, info: CaseInfo) -> str:
    if isinstance(question, ChoiceQuestion) and isinstance(value, str):
        choice = question.choice(value)
        return choice.label.get(lang) if choice else value
    if isinstance(question, MultiQuestion) and isinstance(value, tuple):
        labels = [c.label for c in question.choices if c.id in value]
        return answer_text(tree, tuple(labels), lang, info.names)
    return answer_text(tree, value, lang, info.names)


def _deadline(
    d: ComputedDeadline,
    t: dict[str, str],
    lang: Lang,
    library: StatuteLibrary,
    txt: Callable[[Text | None], str],
    result: Result,
    today: date,
) -> dict[str, Any]:
    """A deadline row: the date first (the act-by date first when provisional), then how; for
    the side that acts by it, a day already past says to act now."""
    dl = d.deadline
    end = act_by = end_note = ""
    acts = _acts(d, result.side)
    act_by_hint = t["act_by"] if acts else t["act_by_other"]
    if dl.end is not None:
        end = format_date(dl.end, lang, weekday=True)
        if dl.act_by is not None:
            act_by = format_date(dl.act_by, lang, weekday=True)
            if acts and dl.act_by < today and dl.status in ("running", "uncertain"):
                act_by_hint = t["act_by_past"]
            if dl.provisional:
                end_note = t["provisional_end"].format(end=end)
            elif dl.is_range and dl.latest_end:
                end_note = t["range_end"].format(
                    end=end, latest=format_date(dl.latest_end, lang, weekday=True)
                )
            elif dl.act_by < dl.end:  # a safe day before the contested last day
                end_note = t["safe_end"].format(end=end)
    return {
        "label": txt(d.spec.label),
        "kind_note": t[f"kind_{d.spec.kind}"],
        "period": format_period(d.spec.period, lang),
        "note": txt(d.spec.note),
        "computed": dl.computed,
        "end": end,
        "act_by": act_by,
        "end_note": end_note,
        "act_by_hint": act_by_hint,
        "long_stop_note": _long_stop_note(d, result, t, txt),
        "status": dl.display_status,
        "status_text": status_text(dl, lang),
        "steps": steps_text(dl, lang, library),
        "basis": [library.cite(c, lang) for c in dl.basis],
    }


def _long_stop_note(
    d: ComputedDeadline, result: Result, t: dict[str, str], txt: Callable[[Text | None], str]
) -> str:
    bounded = _superseded_long_stop(d, result)
    return t["long_stop_note"].format(label=txt(bounded.spec.label)) if bounded else ""


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
