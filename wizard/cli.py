"""The command line: ``liability-wizard`` / ``python -m wizard``.

Sub-commands: ``validate``, ``report``, ``documents``, ``walk``, ``triage``, ``deadline`` and
``graph``; with
none, the desktop app.
A thin front end over the core: everything it does, the core does.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date
from pathlib import Path

from wizard import __version__, graph
from wizard.answers import DateTextError, MonthDate, parse_date_text
from wizard.atomicio import write_text_atomic
from wizard.case import Case
from wizard.casefile import (
    CaseInfo,
    LoadedCase,
    load_case,
    load_whole_case,
    read_case_json,
    save_case,
)
from wizard.catalog import load_catalog, load_library
from wizard.console import configure_console
from wizard.deadline_text import error_text, plain_lines, summary
from wizard.deadlines import DeadlineError, DeadlineRequest, Event, default_period, parse_period
from wizard.deadlines import compute as compute_deadline
from wizard.engine import Session
from wizard.errors import WizardError
from wizard.model import Lang, Period, Tree
from wizard.report import Report, ReportOptions, build_report
from wizard.start import opened_case_file
from wizard.statutes import StatuteLibrary
from wizard.textwalk import TextWalk
from wizard.treefile import load_tree
from wizard.validate import tree_files, validate_paths

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    configure_console()  # every command's output survives a GBK console and redirection
    parser = _parser()
    argv = sys.argv[1:] if argv is None else argv
    opened = opened_case_file(argv)
    if opened is not None:  # `liability-wizard C:\…\case.lwcase`: a file association
        return _start_app(parser, opened)
    args = parser.parse_args([a for a in argv if not a.startswith("-psn_")])
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    if args.selftest:
        from wizard.selftest import run_selftest

        return run_selftest()
    if args.command is None:
        return _start_app(parser)
    try:
        return int(args.func(args))
    except WizardError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    except BrokenPipeError:  # e.g. `graph … | head`: the reader has gone, that is fine
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="liability-wizard",
        description="连带责任评估向导 — Joint Liability Wizard. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debugging details")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation (trees, statutes, fonts, PDF) without a display, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("validate", help="check tree files; prints 'file: node-id: message'")
    p.add_argument("paths", nargs="*", type=Path, help="tree files or folders (default: trees/)")
    p.add_argument(
        "--notes",
        action="store_true",
        help="also print each tree's authors' notes (for reviewers; never in a report)",
    )
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser(
        "report",
        help="render the report of saved case files (several: one report of the whole case)",
    )
    p.add_argument(
        "tree",
        nargs="?",
        help="tree id (e.g. isp) or path of a tree file; optional, the case file names its tree",
    )
    p.add_argument(
        "--answers",
        type=Path,
        required=True,
        action="append",
        help="case file with the answers (see README); repeat it to report several files as "
        "one case (the first file's case information heads the report)",
    )
    p.add_argument("--out", type=Path, required=True, help="the report to write (.html or .pdf)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "documents",
        help="write the next-step letters that fit a saved case (.docx and .pdf)",
        description="Writes each letter the case's path offers (a notice to a platform, a "
        "demand on a guarantor …) as an editable .docx and a PDF, filled from the case file; "
        "says why a letter is not offered where the path makes it useless.",
    )
    p.add_argument("tree", help="tree id (e.g. guarantor) or path of a tree file")
    p.add_argument(
        "--answers", type=Path, required=True, help="case file with the answers (see README)"
    )
    p.add_argument("--out", type=Path, required=True, help="the folder to write the letters to")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser(
        "walk", help="answer a tree's questions in the terminal, then write a report"
    )
    p.add_argument(
        "tree", nargs="?", help="tree id (e.g. isp) or path of a tree file (not with --case)"
    )
    p.add_argument(
        "--case",
        type=Path,
        help="walk the unfinished assessments of a case file (e.g. one written by 'triage "
        "--save') in turn, saving each back into it; the report covers the whole case",
    )
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.add_argument(
        "--out", type=Path, help="report file, .html or .pdf (default: report-<tree>-<date>.html)"
    )
    p.add_argument("--save", type=Path, help="also save the answers as a case file")
    p.add_argument("--case-number", default="")
    p.add_argument("--client", default="")
    p.add_argument("--worker", default="")
    p.add_argument("--organisation", default="")
    p.add_argument(
        "--note",
        action="append",
        default=[],
        metavar="TEXT",
        help="a free note for the report (repeatable; each on its own line)",
    )
    p.add_argument(
        "--consultation-date",
        type=date.fromisoformat,
        default=None,
        help="YYYY-MM-DD (default: today)",
    )
    p.set_defaults(func=cmd_walk)

    p = sub.add_parser(
        "triage",
        help="plain questions about the client's story that suggest which trees apply; "
        "optionally save a case file with the assessments to walk",
    )
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.add_argument("--save", type=Path, help="save the chosen assessments as a case file")
    p.add_argument("--client", default="")
    p.add_argument("--case-number", default="")
    p.add_argument(
        "--consultation-date",
        type=date.fromisoformat,
        default=None,
        help="YYYY-MM-DD (default: today)",
    )
    p.add_argument("--rules", type=Path, help="triage rules file (default: the shipped rules)")
    p.set_defaults(func=cmd_triage)

    p = sub.add_parser(
        "deadline",
        help="compute a deadline: limitation, guarantee period, enforcement, appeal",
        description="The deadline calculator (legal-coverage.md §0.4): the period from a date, "
        "with its interruptions and suspensions, moved past official rest days.",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_date_or_month,
        required=True,
        metavar="YYYY-MM-DD",
        help="the day the period runs from (YYYY-MM for a date known only to the month)",
    )
    p.add_argument(
        "--period", type=_period, help="3y, 6m or 15d (default by --kind: 3y, 6m, 2y, 15d)"
    )
    p.add_argument(
        "--kind",
        choices=("limitation", "guarantee_period", "enforcement", "appeal", "other"),
        default="limitation",
    )
    p.add_argument(
        "--interrupted",
        type=_date_or_month,
        action="append",
        default=[],
        metavar="YYYY-MM-DD",
        help="a day the period was interrupted (demand reached, IOU, suit …); repeatable",
    )
    p.add_argument(
        "--suspended",
        type=_suspension,
        action="append",
        default=[],
        metavar="FROM:TO",
        help="an obstacle from FROM to TO (TO empty: not yet ended); repeatable",
    )
    p.add_argument(
        "--on",
        type=_date_or_month_exact,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day to report the status for (default: today)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--lang", choices=("zh", "en"), default=None, help="default: from LANG")
    p.set_defaults(func=cmd_deadline)

    p = sub.add_parser("graph", help="print a tree as a Graphviz or Mermaid graph")
    p.add_argument("tree", help="tree id (e.g. isp) or path of a tree file")
    p.add_argument("--format", choices=("dot", "mermaid"), default="dot")
    p.add_argument("--answers", type=Path, help="case file whose path is highlighted")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_graph)
    return parser


def _start_app(parser: argparse.ArgumentParser, case_file: Path | None = None) -> int:
    try:
        from wizard.gui.app import run
    except ImportError as exc:  # Qt or its system libraries are missing
        parser.print_usage(sys.stderr)
        sys.stderr.write(f"error: cannot start the desktop app: {exc}\n")
        return 1
    return int(run(case_file=case_file))


# --- commands ---------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    from wizard import resources
    from wizard.triage import TriageError, is_triage_file, load_triage

    paths = args.paths or [resources.trees_dir()]
    triage_files = [p for p in paths if p.is_file() and is_triage_file(p)]
    paths = [p for p in paths if p not in triage_files]
    library = load_library()
    problems = validate_paths(paths, library) if paths else []
    for path in triage_files:
        try:
            load_triage(path, load_catalog(library).trees)
        except TriageError as exc:
            problems += exc.problems
        else:
            sys.stderr.write(f"{path}: triage rules valid\n")
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s)\n")
        return 1
    files = tree_files(paths)
    if not files:
        return 0
    sys.stderr.write(f"{len(files)} tree file(s) valid: {', '.join(f.name for f in files)}\n")
    if args.notes:
        for path in files:
            tree = load_tree(path)
            sys.stdout.write(f"{path}: {tree.id} {tree.version} — {len(tree.notes)} note(s)\n")
            for number, note in enumerate(tree.notes, 1):
                sys.stdout.write(f"  {number}. {note.zh}\n     {note.en}\n")
    return 0


def _tree_and_library(name: str) -> tuple[Tree, StatuteLibrary]:
    library = load_library()
    catalog = load_catalog(library, [Path(name)] if name.endswith(".json") else None)
    return catalog.find(name), library


def _check_tree(path: Path, tree: Tree) -> None:
    """Say plainly when a case file (or one of its assessments) is for another tree."""
    for one in read_case_json(path)["assessments"]:
        saved_for = one["tree"]["id"]
        if saved_for != tree.id:
            raise WizardError(
                f"{path}: this case file is for the tree '{saved_for}', not '{tree.id}'"
            )


def _case_for(path: Path, tree: Tree) -> LoadedCase:
    """Load a case file of one assessment of ``tree``."""
    _check_tree(path, tree)
    return load_case(path, {tree.id: tree})


def cmd_report(args: argparse.Namespace) -> int:
    library = load_library()
    named = [Path(args.tree)] if args.tree and args.tree.endswith(".json") else None
    catalog = load_catalog(library, named)
    tree = catalog.find(args.tree) if args.tree else None
    case: Case | None = None
    paths: list[Path] = []
    for path in args.answers:
        if any(path.resolve() == seen.resolve() for seen in paths):
            sys.stderr.write(f"note: {path}: named twice; reported once\n")
            continue
        paths.append(path)
    for path in paths:
        if tree is not None:
            _check_tree(path, tree)
        loaded = load_whole_case(path, catalog.trees)
        for ident, notices in loaded.notices.items():
            where = f"{path}" if len(loaded.case.assessments) == 1 else f"{path} [{ident}]"
            for notice in notices:
                sys.stderr.write(f"note: {where}: {notice.describe()}\n")
        unfinished = [a for a in loaded.case.assessments if not a.session.is_finished]
        for assessment in unfinished:
            sys.stderr.write(
                f"error: {path}: the answers of '{assessment.title('en')}' stop at "
                f"'{assessment.session.current.id}' before an outcome\n"
            )
        if unfinished:
            return 1
        if case is None:
            case = loaded.case
        else:
            case.assessments.extend(loaded.case.assessments)
    assert case is not None
    _write_case_report(args.out, case, library, args.lang)
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from wizard.letters import letters_for, render_letter

    tree, library = _tree_and_library(args.tree)
    loaded = _case_for(args.answers, tree)
    for notice in loaded.notices:
        sys.stderr.write(f"note: {notice.describe()}\n")
    session = loaded.session
    if not session.is_finished:
        sys.stderr.write(
            f"error: {args.answers}: the answers stop at '{session.current.id}' before an "
            "outcome, so no letter can be chosen; complete the case first\n"
        )
        return 1
    out: Path = args.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WizardError(f"{out}: cannot create the folder: {exc.strerror or exc}") from exc
    offered, refused = letters_for(session)
    lang: Lang = args.lang
    if offered:
        from wizard.letter_output import write_letter
        from wizard.pdf import ensure_gui_application

        ensure_gui_application()
    for item in offered:
        letter = render_letter(item, session, loaded.info, library, lang)
        paths = write_letter(letter, out)
        sys.stdout.write(f"{letter.title}: {', '.join(str(p) for p in paths)}\n")
        sys.stdout.write(f"  {item.why(lang)}\n")
    for item in refused:
        sys.stdout.write(f"{item.letter.title.get(lang)} — not offered: {item.reason.get(lang)}\n")
    if not offered:
        sys.stdout.write(
            "no letter fits this case's path\n" if lang == "en" else "本案的路径没有适用的文书\n"
        )
    return 0


def _write_report(
    out: Path, session: Session, info: CaseInfo, library: StatuteLibrary, lang: Lang
) -> None:
    _check_report_suffix(out)
    _write_rendered(out, build_report(session, info, library, ReportOptions(lang=lang)))


def _write_case_report(out: Path, case: Case, library: StatuteLibrary, lang: Lang) -> None:
    from wizard.case_report import build_case_report

    _check_report_suffix(out)
    _write_rendered(out, build_case_report(case, library, ReportOptions(lang=lang)))


def _check_report_suffix(out: Path) -> None:
    if out.suffix.lower() not in (".html", ".htm", ".pdf"):
        raise WizardError(f"{out}: the report must be .html or .pdf")


def _write_rendered(out: Path, report: Report) -> None:
    if out.suffix.lower() == ".pdf":
        from wizard.pdf import ensure_gui_application, write_pdf

        ensure_gui_application()
        pages = write_pdf(report, out)
        sys.stdout.write(f"report written to {out} ({pages} pages)\n")
        return
    try:
        write_text_atomic(out, report.browser_html)
    except OSError as exc:
        raise WizardError(f"{out}: cannot write the report: {exc.strerror or exc}") from exc
    sys.stdout.write(f"report written to {out}\n")


def _date_or_month(text: str) -> date | MonthDate:
    try:
        return parse_date_text(text, allow_month=True)
    except DateTextError as exc:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date YYYY-MM-DD ({exc.reason})"
        ) from None


def _date_or_month_exact(text: str) -> date:
    value = _date_or_month(text)
    if isinstance(value, MonthDate):
        raise argparse.ArgumentTypeError(f"'{text}': give the day too (YYYY-MM-DD)")
    return value


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _suspension(text: str) -> tuple[date | MonthDate, date | MonthDate | None]:
    start, sep, end = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"'{text}' is not FROM:TO (e.g. 2023-05-01:2023-07-01)")
    return _date_or_month(start), (_date_or_month(end) if end.strip() else None)


def _default_lang() -> Lang:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def cmd_deadline(args: argparse.Namespace) -> int:
    lang: Lang = args.lang or _default_lang()
    on = args.on or date.today()
    events = [Event("interruption", day) for day in args.interrupted]
    events += [Event("obstacle", start, until) for start, until in args.suspended]
    request = DeadlineRequest(
        kind=args.kind,
        start=args.start,
        period=args.period or default_period(args.kind),
        events=tuple(events),
    )
    library = load_library()
    try:
        deadline = compute_deadline(request, on)
    except DeadlineError as exc:
        sys.stderr.write(f"error: {error_text(exc, lang, library)}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(summary(deadline, lang, library), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n".join(plain_lines(deadline, lang, library, on)) + "\n")
    return 0


def cmd_graph(args: argparse.Namespace) -> int:
    tree, _ = _tree_and_library(args.tree)
    path: list[str] = []
    if args.answers:
        session = _case_for(args.answers, tree).session
        path = [s.node_id for s in session.path] + [session.current.id]
    render = graph.to_dot if args.format == "dot" else graph.to_mermaid
    sys.stdout.write(render(tree, args.lang, path))
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    from wizard.case import Case
    from wizard.casefile import save_whole_case
    from wizard.triage import create_assessments, load_triage
    from wizard.triage_text import TriageWalk

    catalog = load_catalog(load_library())
    triage = load_triage(args.rules, catalog.trees)
    chosen = TriageWalk(triage, catalog.trees, args.lang, sys.stdin, sys.stdout).run()
    if chosen is None:
        return 1
    if not args.save:
        for item in chosen:
            sys.stdout.write(f"liability-wizard walk {item.tree}\n")
        return 0
    case = Case(
        CaseInfo(
            client_name=args.client,
            case_number=args.case_number,
            consultation_date=args.consultation_date or date.today(),
        )
    )
    create_assessments(case, chosen, catalog.trees)
    save_whole_case(args.save, case)
    sys.stdout.write(f"case saved to {args.save} ({len(case.assessments)} assessment(s))\n")
    return 0


def _walk_case(args: argparse.Namespace) -> int:
    """Each unfinished assessment of a whole case in turn; the file is saved after each, so
    quitting halfway keeps what was answered."""
    from wizard.casefile import save_whole_case

    library = load_library()
    catalog = load_catalog(library)
    loaded = load_whole_case(args.case, catalog.trees)
    case = loaded.case
    for ident, notices in loaded.notices.items():
        for notice in notices:
            sys.stderr.write(f"note: {args.case} [{ident}]: {notice.describe()}\n")
    for number, assessment in enumerate(case.assessments, start=1):
        title = assessment.title(args.lang)
        heading = f"评估{number}：{title}" if args.lang == "zh" else f"Assessment {number}: {title}"
        sys.stdout.write(f"\n=== {heading} ===\n")
        if assessment.session.is_finished:
            sys.stdout.write("（已完成）\n" if args.lang == "zh" else "(finished)\n")
            continue
        info = assessment.info(case.info)
        walker = TextWalk(assessment.session, library, args.lang, sys.stdin, sys.stdout, info)
        asked = assessment.parties or walker.ask_parties()  # names from triage are kept
        finished = bool(asked) and walker.run()
        for party, names in walker.info.parties:
            assessment.set_names(party, names)
        save_whole_case(args.case, case)
        if not finished:
            sys.stdout.write(f"case saved to {args.case}\n")
            return 1
    sys.stdout.write(f"case saved to {args.case}\n")
    out = args.out or Path(f"report-case-{case.info.consultation_date.isoformat()}.html")
    _write_case_report(out, case, library, args.lang)
    return 0


def cmd_walk(args: argparse.Namespace) -> int:
    if args.case is not None:
        if args.tree:
            raise WizardError("walk: give a tree or --case, not both")
        return _walk_case(args)
    if not args.tree:
        raise WizardError("walk: name a tree (e.g. isp), or a case file with --case")
    tree, library = _tree_and_library(args.tree)
    info = CaseInfo(
        client_name=args.client,
        worker_name=args.worker,
        organisation=args.organisation,
        case_number=args.case_number,
        consultation_date=args.consultation_date or date.today(),
        notes="\n".join(args.note),
    )
    session = Session(tree, info.consultation_date)
    walker = TextWalk(session, library, args.lang, sys.stdin, sys.stdout, info)
    if not walker.ask_parties() or not walker.run():
        return 1
    info = walker.info
    if args.save:
        save_case(args.save, info, walker.session)
        sys.stdout.write(f"case saved to {args.save}\n")
    out = args.out or Path(f"report-{tree.id}-{info.consultation_date.isoformat()}.html")
    _write_report(out, walker.session, info, library, args.lang)
    return 0
