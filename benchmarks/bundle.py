"""Bundle size and cold start of the frozen app, against a minimal frozen PySide6 window.

    pip install '.[build]'
    python benchmarks/bundle.py

Builds, in this run and with the same PyInstaller options (scripts/pyinstaller_options.py),
the app from build.spec and a "hello window" (a QMainWindow with a label), then measures each
one-folder bundle's size and the time from process start to the first window painted
(QT_QPA_PLATFORM=offscreen, LW_EXIT_AFTER_SHOW=1: the app quits on its first paint). The first
start after the build is the cold one; the median of five more is "warm". Prints absolute
figures and ratios; machines are noisy, so compare the ratios.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARM_RUNS = 5

HELLO = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("你好 hello"))
if os.environ.get("LW_EXIT_AFTER_SHOW") == "1":
    window.installEventFilter(Quit(window))
window.show()
sys.exit(app.exec())
"""

HELLO_SPEC = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from scripts.pyinstaller_options import EXCLUDES, STRIP, WINDOWED, wanted
a = Analysis([{script!r}], excludes=EXCLUDES)
a.binaries = [b for b in a.binaries if wanted(b)]
a.datas = [d for d in a.datas if wanted(d)]
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="hello",
          console=not WINDOWED, strip=STRIP, upx=False)
coll = COLLECT(exe, a.binaries, a.datas, strip=STRIP, upx=False, name="hello")
"""


def build(spec: Path, work: Path, dist: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--workpath",
            str(work),
            "--distpath",
            str(dist),
            str(spec),
        ],
        check=True,
        cwd=spec.parent,
    )


def size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def start_time(executable: Path, data_home: Path) -> float:
    # A fresh per-user data folder for the cold start (no schema cache, no autosave yet).
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LW_EXIT_AFTER_SHOW": "1",
        "XDG_DATA_HOME": str(data_home),
    }
    begin = time.perf_counter()
    subprocess.run(
        [str(executable)],
        env=env,
        check=True,
        timeout=60,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - begin


def main() -> int:
    temp = Path(tempfile.mkdtemp(prefix="lw-bundle-"))
    dist = temp / "dist"
    (temp / "hello.py").write_text(textwrap.dedent(HELLO), encoding="utf-8")
    (temp / "hello.spec").write_text(
        HELLO_SPEC.format(root=str(ROOT), script=str(temp / "hello.py")), encoding="utf-8"
    )
    # build.spec finds the project through SPECPATH: build it from the project folder.
    build(ROOT / "build.spec", temp / "work-app", dist)
    build(temp / "hello.spec", temp / "work-hello", dist)
    suffix = ".exe" if sys.platform == "win32" else ""
    apps = {
        "app": dist / "liability-wizard" / f"liability-wizard{suffix}",
        "hello": dist / "hello" / f"hello{suffix}",
    }
    sizes = {k: size(v.parent) for k, v in apps.items()}
    data = {k: temp / f"data-{k}" for k in apps}
    cold = {k: start_time(v, data[k]) for k, v in apps.items()}
    warm = {
        k: statistics.median(start_time(v, data[k]) for _ in range(WARM_RUNS))
        for k, v in apps.items()
    }
    mib = 2**20
    sys.stdout.write(
        f"bundle size: app {sizes['app'] / mib:.1f} MiB, hello {sizes['hello'] / mib:.1f} MiB, "
        f"ratio {sizes['app'] / sizes['hello']:.2f}\n"
        f"cold start to first window: app {cold['app']:.2f} s, hello {cold['hello']:.2f} s, "
        f"ratio {cold['app'] / cold['hello']:.2f}\n"
        f"warm start (median of {WARM_RUNS}): app {warm['app']:.2f} s, "
        f"hello {warm['hello']:.2f} s, ratio {warm['app'] / warm['hello']:.2f}\n"
    )
    shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
