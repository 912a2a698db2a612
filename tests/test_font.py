"""The bundled report font covers every character the app prints, and all of GB 2312."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QRawFont

from tests.helpers import ROOT
from wizard import resources
from wizard.pdf import FONT_FILES


def project_characters() -> set[str]:
    files = [*(ROOT / "trees").glob("*.json"), *(ROOT / "resources").rglob("*")]
    chars: set[str] = set()
    for path in files:
        if path.is_file() and path.suffix in (".json", ".j2", ".ts"):
            chars |= set(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and not c.isspace()}


def gb2312() -> set[str]:
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def has_glyph(font: QRawFont, char: str) -> bool:
    return font.glyphIndexesForString(char)[0] != 0


@pytest.mark.parametrize("name", FONT_FILES)
def test_font_covers_project_text_and_gb2312(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    font = QRawFont(str(resources.fonts_dir() / name), 12)
    assert font.isValid()
    # Qt's own cmap lookup (supportsCharacter goes through fontconfig's charset, which leaves
    # out some ranges of a subset font that renders them fine).
    missing = sorted(c for c in project_characters() | gb2312() if not has_glyph(font, c))
    assert not missing, f"{name} lacks {''.join(missing[:80])}: run scripts/build_font.py"


def test_regular_face_covers_rare_name_characters(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QRawFont(str(resources.fonts_dir() / FONT_FILES[0]), 12)
    for c in "喆堃玥昇淼燊鑫":
        assert has_glyph(font, c), c


def test_no_radical_code_points_in_the_font(qapp) -> None:  # type: ignore[no-untyped-def]
    font = QRawFont(str(resources.fonts_dir() / FONT_FILES[0]), 12)
    assert not any(has_glyph(font, chr(c)) for c in range(0x2E80, 0x2FE0))


def test_licence_ships_with_the_font() -> None:
    text = (resources.fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in text


def test_a_compressed_font_is_read_as_the_plain_one(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The frozen app ships the font xz-compressed (decision 010): its bytes come back whole,
    and Qt registers them as the same family."""
    import lzma

    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    from wizard import pdf

    name = FONT_FILES[1]  # the smaller face
    original = (resources.fonts_dir() / name).read_bytes()
    (tmp_path / f"{name}.xz").write_bytes(lzma.compress(original))
    monkeypatch.setattr(resources, "fonts_dir", lambda: tmp_path)
    monkeypatch.setattr(pdf, "_FONT_DATA", {})
    pdf.preload_fonts()  # FONT_FILES[0] has no copy here: skipped
    assert pdf.font_data(name) == original and pdf.font_data(FONT_FILES[0]) is None
    loaded = QFontDatabase.addApplicationFontFromData(QByteArray(pdf.font_data(name)))
    assert pdf.FAMILY in QFontDatabase.applicationFontFamilies(loaded)
