"""The command line: ``liability-wizard`` / ``python -m wizard``.

Sub-commands: ``validate``, ``report``, ``walk`` and ``graph``; with none, the desktop app.
A thin front end over the core: everything it does, the core does.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from wizard import __version__, graph
from wizard.atomicio import write_text_atomic
from wizard.casefile import CaseInfo, LoadedCase, load_case, read_case_json, save_case
from wizard.catalog import load_catalog, load_library
from wizard.console import configure_console
from wizard.engine import Session
from wizard.errors import EngineError, WizardError
from wizard.model import ChoiceQuestion, DateQuestion, InfoNode, Lang, OutcomeNode, Tree
from wizard.report import ReportOptions, build_report
from wizard.statutes import StatuteLibrary
from wizard.validate import tree_files, validate_paths

log = logging.getLogger(__name__)

#: A case file named alone on the command line opens in the app (``.lwcase`` is the
#: extension the macOS bundle registers and Windows users associate; the JSON is the same).
CASE_FILE_SUFFIXES = (".lwcase", ".json")


def main(argv: list[str] | None = None) -> int:
    configure_console()  # every command's output survives a GBK console and redirection
    parser = _parser()
    argv = sys.argv[1:] if argv is None else argv
    opened = _opened_case_file(argv)
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
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("report", help="render the report of a saved case file")
    p.add_argument("tree", help="tree id (e.g. isp) or path of a tree file")
    p.add_argument(
        "--answers", type=Path, required=True, help="case file with the answers (see README)"
    )
    p.add_argument("--out", type=Path, required=True, help="the report to write (.html or .pdf)")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser(
        "walk", help="answer a tree's questions in the terminal, then write a report"
    )
    p.add_argument("tree", help="tree id (e.g. isp) or path of a tree file")
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
        "--consultation-date",
        type=date.fromisoformat,
        default=None,
        help="YYYY-MM-DD (default: today)",
    )
    p.set_defaults(func=cmd_walk)

    p = sub.add_parser("graph", help="print a tree as a Graphviz or Mermaid graph")
    p.add_argument("tree", help="tree id (e.g. isp) or path of a tree file")
    p.add_argument("--format", choices=("dot", "mermaid"), default="dot")
    p.add_argument("--answers", type=Path, help="case file whose path is highlighted")
    p.add_argument("--lang", choices=("zh", "en"), default="zh")
    p.set_defaults(func=cmd_graph)
    return parser


def _opened_case_file(argv: list[str]) -> Path | None:
    """The case file when it is all the command line holds, as Windows passes a double-clicked
    ``.lwcase`` (macOS' Finder may add a ``-psn_…`` process number; it is ignored)."""
    args = [a for a in argv if not a.startswith("-psn_")]
    if len(args) == 1 and Path(args[0]).suffix.lower() in CASE_FILE_SUFFIXES:
        return Path(args[0]).absolute()  # recent files must not depend on where we started
    return None


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

    paths = args.paths or [resources.trees_dir()]
    problems = validate_paths(paths, load_library())
    for problem in problems:
        sys.stdout.write(f"{problem}\n")
    if problems:
        sys.stderr.write(f"{len(problems)} problem(s)\n")
        return 1
    files = tree_files(paths)
    sys.stderr.write(f"{len(files)} tree file(s) valid: {', '.join(f.name for f in files)}\n")
    return 0


def _tree_and_library(name: str) -> tuple[Tree, StatuteLibrary]:
    library = load_library()
    catalog = load_catalog(library, [Path(name)] if name.endswith(".json") else None)
    return catalog.find(name), library


def _case_for(path: Path, tree: Tree) -> LoadedCase:
    """Load a case file for ``tree``, saying so plainly when it belongs to another tree."""
    saved_for = read_case_json(path)["tree"]["id"]
    if saved_for != tree.id:
        raise WizardError(f"{path}: this case file is for the tree '{saved_for}', not '{tree.id}'")
    return load_case(path, {tree.id: tree})


def cmd_report(args: argparse.Namespace) -> int:
    tree, library = _tree_and_library(args.tree)
    loaded = _case_for(args.answers, tree)
    for notice in loaded.notices:
        sys.stderr.write(f"note: {notice.describe()}\n")
    if not loaded.session.is_finished:
        sys.stderr.write(
            f"error: {args.answers}: the answers stop at '{loaded.session.current.id}' "
            "before an outcome\n"
        )
        return 1
    _write_report(args.out, loaded.session, loaded.info, library, args.lang)
    return 0


def _write_report(
    out: Path, session: Session, info: CaseInfo, library: StatuteLibrary, lang: Lang
) -> None:
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise WizardError(f"{out}: the report must be .html or .pdf")
    report = build_report(session, info, library, ReportOptions(lang=lang))
    if suffix == ".pdf":
        from wizard.pdf import ensure_gui_application, write_pdf

        ensure_gui_application()
        pages = write_pdf(report, out)
        sys.stdout.write(f"report written to {out} ({pages} pages)\n")
        return
    try:
        write_text_atomic(out, report.html)
    except OSError as exc:
        raise WizardError(f"{out}: cannot write the report: {exc.strerror or exc}") from exc
    sys.stdout.write(f"report written to {out}\n")


def cmd_graph(args: argparse.Namespace) -> int:
    tree, _ = _tree_and_library(args.tree)
    path: list[str] = []
    if args.answers:
        session = _case_for(args.answers, tree).session
        path = [s.node_id for s in session.path] + [session.current.id]
    render = graph.to_dot if args.format == "dot" else graph.to_mermaid
    sys.stdout.write(render(tree, args.lang, path))
    return 0


def cmd_walk(args: argparse.Namespace) -> int:
    tree, library = _tree_and_library(args.tree)
    info = CaseInfo(
        client_name=args.client,
        worker_name=args.worker,
        organisation=args.organisation,
        case_number=args.case_number,
        consultation_date=args.consultation_date or date.today(),
    )
    walker = TextWalk(Session(tree), library, args.lang, sys.stdin, sys.stdout)
    if not walker.run():
        return 1
    if args.save:
        save_case(args.save, info, walker.session)
        sys.stdout.write(f"case saved to {args.save}\n")
    out = args.out or Path(f"report-{tree.id}-{info.consultation_date.isoformat()}.html")
    _write_report(out, walker.session, info, library, args.lang)
    return 0


# --- the text-mode walk -----------------------------------------------------------------

_PROMPTS = {
    "zh": {
        "keys": "（数字选择，b 返回，? 帮助，q 退出）",
        "date": "请输入日期 YYYY-MM-DD（b 返回，? 帮助，q 退出）",
        "info": "按回车继续（b 返回，q 退出）",
        "why": "为什么问：",
        "example": "例：",
        "quit": "已退出，未生成报告。",
        "first": "已经是第一个问题。",
        "invalid": "无效输入：",
        "outcome": "结论",
        "progress": "第 {n} 步，最多还有 {left} 步",
    },
    "en": {
        "keys": "(number to choose, b back, ? help, q quit)",
        "date": "Enter a date YYYY-MM-DD (b back, ? help, q quit)",
        "info": "Press Enter to continue (b back, q quit)",
        "why": "Why we ask: ",
        "example": "Example: ",
        "quit": "Quit; no report written.",
        "first": "This is the first question.",
        "invalid": "Invalid input: ",
        "outcome": "Outcome",
        "progress": "Step {n}, at most {left} to go",
    },
}


class TextWalk:
    """An interactive walk through a session on text streams (the ``walk`` command)."""

    def __init__(
        self, session: Session, library: StatuteLibrary, lang: Lang, stdin: TextIO, stdout: TextIO
    ) -> None:
        self.session = session
        self.library = library
        self.lang = lang
        self._in = stdin
        self._out = stdout
        self._p = _PROMPTS[lang]

    def say(self, text: str = "") -> None:
        self._out.write(text + "\n")
        self._out.flush()

    def ask(self, prompt: str) -> str | None:
        self._out.write(prompt + "\n> ")
        self._out.flush()
        line = self._in.readline()
        return None if line == "" else line.strip()

    def run(self) -> bool:
        """Walk until an outcome (True) or until the user quits or input ends (False)."""
        actions: dict[type, Callable[[], str | None]] = {
            ChoiceQuestion: self._choice,
            DateQuestion: self._date,
            InfoNode: self._info,
        }
        while not self.session.is_finished:
            node = self.session.current
            progress = self.session.progress
            self.say()
            self.say(
                self._p["progress"].format(
                    n=progress.steps_taken + 1, left=progress.longest_remaining
                )
            )
            reply = actions[type(node)]()
            if reply is None or reply.lower() == "q":
                self.say(self._p["quit"])
                return False
            if reply.lower() == "b":
                if self.session.can_go_back:
                    self.session.back()
                else:
                    self.say(self._p["first"])
            elif reply == "?":
                self._help()
        outcome = self.session.outcome
        assert isinstance(outcome, OutcomeNode)
        self.say()
        self.say(f"{self._p['outcome']} {outcome.code}: {outcome.title.get(self.lang)}")
        self.say(outcome.summary.get(self.lang))
        return True

    def _choice(self) -> str | None:
        node = self.session.current
        assert isinstance(node, ChoiceQuestion)
        self.say(node.text.get(self.lang))
        default = self.session.remembered(node.id)
        for i, choice in enumerate(node.choices, start=1):
            mark = " *" if choice.id == default else ""
            self.say(f"  {i}. {choice.label.get(self.lang)}{mark}")
        reply = self.ask(self._p["keys"])
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        if reply == "" and default is not None:
            self.session.answer(default)
            return ""
        if reply.isdigit() and 1 <= int(reply) <= len(node.choices):
            self.session.answer(node.choices[int(reply) - 1].id)
            return ""
        self.say(self._p["invalid"] + reply)
        return ""

    def _date(self) -> str | None:
        node = self.session.current
        assert isinstance(node, DateQuestion)
        self.say(node.text.get(self.lang))
        default = self.session.remembered(node.id)
        prompt = self._p["date"] + (f" [{default}]" if default else "")
        reply = self.ask(prompt)
        if reply is None or reply.lower() in ("q", "b", "?"):
            return reply
        try:
            self.session.answer(reply or default)
        except EngineError as exc:
            self.say(self._p["invalid"] + str(exc))
        return ""

    def _info(self) -> str | None:
        node = self.session.current
        assert isinstance(node, InfoNode)
        self.say(node.text.get(self.lang))
        if node.body:
            self.say(node.body.get(self.lang))
        reply = self.ask(self._p["info"])
        if reply is None or reply.lower() in ("q", "b"):
            return reply
        self.session.answer(None)
        return ""

    def _help(self) -> None:
        node = self.session.current
        help_ = getattr(node, "help", None)
        if help_ is not None:
            if help_.why:
                self.say(self._p["why"] + help_.why.get(self.lang))
            for example in help_.examples:
                self.say(self._p["example"] + example.get(self.lang))
            for term_id in help_.glossary:
                term = self.session.tree.term(term_id)
                self.say(f"· {term.term.get(self.lang)}: {term.definition.get(self.lang)}")
        for citation in getattr(node, "citations", ()):
            self.say(f"【{self.library.cite(citation, self.lang)}】{self.library.quote(citation)}")
