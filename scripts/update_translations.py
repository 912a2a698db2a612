"""Update the Qt translation sources from the code, then compile them.

    python scripts/update_translations.py

Runs ``pyside6-lupdate`` over wizard/gui/ (keeping existing translations; obsolete ones are
dropped) into resources/translations/wizard_<locale>.ts, then ``pyside6-lrelease`` into the
``.qm`` files the app loads. Translate new strings in the ``.ts`` files (Qt Linguist, or any
editor) and run it again; tests/gui/test_translations.py fails while a string is untranslated
or a ``.qm`` is stale. It also compiles ``qt_extra_<locale>.ts``: the few strings of Qt's own
dialogs that Qt's translations miss, edited by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "wizard" / "gui").glob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALES = ("zh_CN", "en")
#: Hand-written translations of Qt's own strings that Qt's qtbase files lack (not lupdated).
QT_EXTRA = sorted(TRANSLATIONS.glob("qt_extra_*.ts"))


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent)
    )
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def lupdate() -> None:
    for locale in LOCALES:
        ts = TRANSLATIONS / f"wizard_{locale}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                locale,
                *map(str, SOURCES),
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    lupdate()
    for locale in LOCALES:
        lrelease(TRANSLATIONS / f"wizard_{locale}.ts", TRANSLATIONS / f"wizard_{locale}.qm")
    for ts in QT_EXTRA:
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
