"""Check a PyInstaller one-folder bundle: it carries the app's data and no unused Qt parts.

    python scripts/check_bundle.py dist/liability-wizard

Fails (exit 1) if any file of QtWebEngine, Qml, Quick or Multimedia is in the bundle, or if
trees, statutes, templates, letters, python-docx's default document, fonts or translations
(the app's and Qt's own qtbase_zh_CN.qm) are missing; prints the bundle's size.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FORBIDDEN = re.compile(r"webengine|qml|quick|multimedia", re.IGNORECASE)
REQUIRED = (
    "trees/isp.json.xz",  # compact and xz-compressed (docs/decisions/010-fast-start.md)
    "trees/tree.schema.json",
    "resources/statutes/civil_code.json",
    "resources/templates/report.html.j2",
    "resources/templates/letter.html.j2",
    "resources/letters/guarantor_demand.json",
    "docx/templates/default.docx",  # python-docx builds every letter from it
    "resources/i18n/report.json",
    "resources/fonts/WizardSerifSC-Regular.otf.xz",
    "resources/fonts/WizardSerifSC-Bold.otf.xz",
    "resources/fonts/OFL.txt",
    "resources/translations/wizard_zh_CN.qm",
    "resources/translations/qt_extra_zh_CN.qm",
    "translations/qtbase_zh_CN.qm",  # Qt's own dialogs in Chinese (wizard/gui/language.py)
    "resources/icons/app.png",
)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        sys.stderr.write(__doc__ or "")
        return 2
    bundle = Path(argv[0])
    # Symbolic links (PyInstaller links versioned .so names) would count their targets twice.
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    relative = {p.relative_to(bundle).as_posix() for p in files}
    forbidden = sorted(r for r in relative if FORBIDDEN.search(r))
    missing = [r for r in REQUIRED if not any(path.endswith(r) for path in relative)]
    size = sum(p.stat().st_size for p in files)
    sys.stdout.write(f"{bundle}: {len(files)} files, {size / 2**20:.1f} MiB\n")
    for path in forbidden:
        sys.stdout.write(f"forbidden in the bundle: {path}\n")
    for path in missing:
        sys.stdout.write(f"missing from the bundle: {path}\n")
    return 1 if forbidden or missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
