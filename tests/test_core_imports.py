"""The core imports no Qt (docs/decisions/003-qt-free-core.md)."""

import subprocess
import sys

CORE = [
    "wizard.model",
    "wizard.treefile",
    "wizard.validate",
    "wizard.treegraph",
    "wizard.engine",
    "wizard.deadlines",
    "wizard.statutes",
    "wizard.casefile",
    "wizard.report",
    "wizard.graph",
    "wizard.catalog",
    "wizard.cli",
]


def test_core_loads_no_qt() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in CORE)
        + ("bad = [m for m in sys.modules if m.startswith('PySide6')]\nassert not bad, bad\n")
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


#: What the desktop app's first window must not wait for (docs/decisions/010-fast-start.md):
#: the engine, the trees' loader and validator, reports, PDF, the command line.
NOT_BEFORE_THE_FIRST_WINDOW = [
    "wizard.engine",
    "wizard.treefile",
    "wizard.validate",
    "wizard.report",
    "wizard.pdf",
    "wizard.cli",
    "wizard.gui.interview",
    "jinja2",
    "jsonschema",
    "importlib.metadata",
]


def test_the_first_window_imports_only_what_the_home_page_needs() -> None:
    code = (
        "import sys\n"
        "import wizard.start, wizard.gui.app\n"
        f"early = [m for m in {NOT_BEFORE_THE_FIRST_WINDOW!r} if m in sys.modules]\n"
        "assert not early, early\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
