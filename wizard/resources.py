"""Where the wizard's data lives: the one module that builds paths to trees and resources.

Three layouts are supported:
- a source checkout (or editable install): ``trees/`` and ``resources/`` beside ``wizard/``;
- a regular install: ``<prefix>/share/liability-wizard/`` (see pyproject's data-files);
- a PyInstaller bundle: the same two folders under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

APP_DATA_NAME = "liability-wizard"


@cache
def data_root() -> Path:
    """The folder holding ``trees/`` and ``resources/``."""
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates.append(Path(__file__).resolve().parent.parent)
    candidates.append(Path(sys.prefix) / "share" / APP_DATA_NAME)
    for root in candidates:
        if (root / "resources" / "statutes").is_dir() and (root / "trees").is_dir():
            return root
    raise FileNotFoundError(
        "cannot find the wizard's trees/ and resources/ folders; looked in "
        + ", ".join(str(c) for c in candidates)
    )


def trees_dir() -> Path:
    return data_root() / "trees"


def tree_schema_path() -> Path:
    return trees_dir() / "tree.schema.json"


def bundled_schema_cache() -> Path:
    """Written by build.spec: which bundled tree contents passed the schema at build time."""
    return data_root() / "resources" / "schema-cache.json"


def statutes_dir() -> Path:
    return data_root() / "resources" / "statutes"


def templates_dir() -> Path:
    return data_root() / "resources" / "templates"


def letters_dir() -> Path:
    """The next-step letters (one JSON file per letter, wizard/letters.py)."""
    return data_root() / "resources" / "letters"


def i18n_dir() -> Path:
    return data_root() / "resources" / "i18n"


def fonts_dir() -> Path:
    """The bundled report font and its licence."""
    return data_root() / "resources" / "fonts"


def icons_dir() -> Path:
    return data_root() / "resources" / "icons"


def translations_dir() -> Path:
    """Qt translation files (``.ts`` sources and compiled ``.qm``) of the desktop app."""
    return data_root() / "resources" / "translations"
