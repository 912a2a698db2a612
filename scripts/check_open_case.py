"""Open a case file the way a file association does, and check that the app opened it.

    python scripts/check_open_case.py dist/liability-wizard/liability-wizard
    python scripts/check_open_case.py python -m wizard

Writes the README's complete case-file example to ``<temp>/张三 的文档/案件 1.lwcase``, runs
the given app command with that path as its only argument and LW_EXIT_AFTER_SHOW=1 (the
window quits once it has painted), then reads the app's settings: the case must be first
among its recent files. Fails (exit 1) otherwise, or if the app runs longer than two minutes
(a case file that could not be opened waits on its error dialog). On Linux the app's settings
and data go to the temporary folder; on Windows (registry) and macOS (preferences) they are
the user's own, as for any start of the app.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORGANISATION, APPLICATION = "LegalAid", "liability-wizard"  # as wizard/gui/app.py


def readme_case() -> str:
    """The README's complete, hand-written case file (tests/test_cli.py checks it works)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("This one is complete", 1)[1].split("```json", 1)[1].split("```", 1)[0]


def main(command: list[str]) -> int:
    if not command:
        sys.stderr.write(__doc__ or "")
        return 2
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "张三 的文档"
        folder.mkdir()
        case = folder / "案件 1.lwcase"
        case.write_text(readme_case(), encoding="utf-8")
        env = {**os.environ, "LW_EXIT_AFTER_SHOW": "1"}
        if sys.platform.startswith("linux"):
            env.update(XDG_CONFIG_HOME=str(Path(temp) / "config"))
            env.update(XDG_DATA_HOME=str(Path(temp) / "data"))
            os.environ["XDG_CONFIG_HOME"] = env["XDG_CONFIG_HOME"]  # read back below
        try:
            done = subprocess.run([*command, str(case)], env=env, timeout=120, check=False)
        except subprocess.TimeoutExpired:
            sys.stdout.write(f"{case}: the app did not finish; an error dialog is likely\n")
            return 1
        if done.returncode != 0:
            sys.stdout.write(f"{case}: the app exited with {done.returncode}\n")
            return 1
        from PySide6.QtCore import QSettings

        recent = QSettings(ORGANISATION, APPLICATION).value("recent_files", [])
        recent = [recent] if isinstance(recent, str) else list(recent or [])
        if not recent or Path(str(recent[0])) != case:
            sys.stdout.write(f"{case}: not opened (recent files: {recent})\n")
            return 1
        sys.stdout.write(f"{case}: opened from the command line\n")
        return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
