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
