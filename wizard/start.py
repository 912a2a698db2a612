"""The program's entry point (``liability-wizard``, ``python -m wizard``, the frozen app).

With no arguments, or a case file alone (as Windows passes a double-clicked ``.lwcase``), the
desktop app starts at once, without importing the command line's modules: what the first window
does not need is imported after it shows (docs/decisions/010-fast-start.md). Anything else is a
command of ``wizard.cli``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wizard.console import configure_console

#: A case file named alone on the command line opens in the app (``.lwcase`` is the
#: extension the macOS bundle registers and Windows users associate; the JSON is the same).
CASE_FILE_SUFFIXES = (".lwcase", ".json")


def opened_case_file(argv: list[str]) -> Path | None:
    """The case file when it is all the command line holds, as Windows passes a double-clicked
    ``.lwcase`` (macOS' Finder may add a ``-psn_…`` process number; it is ignored)."""
    args = [a for a in argv if not a.startswith("-psn_")]
    if len(args) == 1 and Path(args[0]).suffix.lower() in CASE_FILE_SUFFIXES:
        return Path(args[0]).absolute()  # recent files must not depend on where we started
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    opened = opened_case_file(argv)
    if opened is not None or not [a for a in argv if not a.startswith("-psn_")]:
        configure_console()
        try:
            from wizard.gui.app import run
        except ImportError as exc:  # Qt or its system libraries are missing
            from wizard.cli import _parser

            _parser().print_usage(sys.stderr)
            sys.stderr.write(f"error: cannot start the desktop app: {exc}\n")
            return 1
        return int(run(case_file=opened))
    from wizard.cli import main as cli_main

    return cli_main(argv)
