"""Every UI string is translated in both languages, and the compiled .qm files are current."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.update_translations import LOCALES, QT_EXTRA, TRANSLATIONS, lrelease, tool


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_is_translated(locale: str) -> None:
    root = ET.parse(TRANSLATIONS / f"wizard_{locale}.ts").getroot()
    untranslated = [
        m.findtext("source")
        for m in root.iter("message")
        if not (m.findtext("translation") or "").strip()
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert not untranslated, f"{locale}: translate these, then run scripts/update_translations.py"


@pytest.mark.parametrize("locale", LOCALES)
def test_ts_covers_every_string_in_the_code(locale: str, tmp_path: Path) -> None:
    """lupdate on the current code finds no string the .ts does not have."""
    ts = tmp_path / f"wizard_{locale}.ts"
    ts.write_bytes((TRANSLATIONS / f"wizard_{locale}.ts").read_bytes())
    sources = sorted((TRANSLATIONS.parent.parent / "wizard" / "gui").glob("*.py"))
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    fresh = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    shipped = {
        m.findtext("source")
        for m in ET.parse(TRANSLATIONS / f"wizard_{locale}.ts").getroot().iter("message")
    }
    assert fresh == shipped, "run scripts/update_translations.py"


@pytest.mark.parametrize("locale", LOCALES)
def test_qm_is_compiled_from_the_current_ts(locale: str, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    lrelease(TRANSLATIONS / f"wizard_{locale}.ts", qm)
    assert qm.read_bytes() == (TRANSLATIONS / f"wizard_{locale}.qm").read_bytes()


@pytest.mark.parametrize("ts", QT_EXTRA, ids=lambda p: p.name)
def test_qt_extra_qm_is_compiled_from_its_ts(ts: Path, tmp_path: Path) -> None:
    qm = tmp_path / "fresh.qm"
    lrelease(ts, qm)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes()
