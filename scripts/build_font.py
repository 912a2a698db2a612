"""Build the report font: a subset of Noto Serif CJK SC, renamed, committed under resources/fonts.

    apt-get install fonts-noto-cjk
    pip install fonttools
    python scripts/build_font.py

Why a subset, and which (docs/decisions/005-report-font.md): the PDF must look the same on
every platform and its text layer must be exact. Qt's PDF writer maps glyphs that a CJK font
shares between a radical and an ideograph back to the radical (民 → ⺠), so the subset leaves
out the CJK Radicals Supplement, Kangxi Radicals and compatibility ideographs. It keeps ASCII,
Latin-1, common punctuation, all of GB 2312 and every character the trees, templates, statutes
and translations use; the regular face also keeps the whole CJK Unified Ideographs block, so
that clients' rarer name characters render. The family is renamed ("Wizard Serif SC") so it
never collides with a system-installed Noto, as the SIL Open Font License asks of modified
versions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
FAMILY = "Wizard Serif SC"
SOURCES = {
    "Regular": Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"),
    "Bold": Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"),
}
SOURCE_FACE = "Noto Serif CJK SC"

#: Code points whose glyphs Qt's PDF writer would map back to radicals: never in the subset.
EXCLUDED = [(0x2E80, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]
RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1
    (0x2000, 0x206F),  # general punctuation
    (0x2100, 0x215F),  # letterlike symbols, number forms
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics ①
    (0x25A0, 0x25FF),  # geometric shapes
    (0x2610, 0x2612),  # ballot boxes ☐
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # full-width forms
]
#: The whole CJK Unified Ideographs block, for clients' names outside GB 2312. Only the regular
#: face carries it: bold is used for headings and labels, whose text the project writes.
URO = (0x4E00, 0x9FFF)
FULL_BLOCK_STYLES = {"Regular"}


def gb2312() -> set[int]:
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([row, cell]).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


def project_characters() -> set[int]:
    """Every character in the texts the app shows or prints."""
    files = [*(ROOT / "trees").glob("*.json"), *(ROOT / "resources").rglob("*")]
    chars: set[int] = set()
    for path in files:
        if path.is_file() and path.suffix in (".json", ".j2", ".ts", ".html"):
            chars |= {ord(c) for c in path.read_text(encoding="utf-8")}
    return chars


def wanted(style: str) -> set[int]:
    chars = gb2312() | project_characters()
    for lo, hi in [*RANGES, *([URO] if style in FULL_BLOCK_STYLES else [])]:
        chars |= set(range(lo, hi + 1))
    return {c for c in chars if not any(lo <= c <= hi for lo, hi in EXCLUDED)}


def source_font(path: Path) -> TTFont:
    for font in TTCollection(str(path)).fonts:
        if font["name"].getDebugName(1) == SOURCE_FACE:
            return font
    raise SystemExit(f"{path}: no face named {SOURCE_FACE}")


def rename(font: TTFont, style: str) -> None:
    ps_name = f"{FAMILY.replace(' ', '')}-{style}"
    names = {
        1: FAMILY,
        2: style,
        3: f"{ps_name};subset of {SOURCE_FACE} 2.001",
        4: f"{FAMILY} {style}",
        6: ps_name,
        16: FAMILY,
        17: style,
    }
    table = font["name"]
    for name_id in (1, 2, 3, 4, 6, 16, 17, 18, 21, 22):
        table.removeNames(nameID=name_id)
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [ps_name]
        top = cff.topDictIndex[0]
        top.FullName = f"{FAMILY} {style}"
        top.FamilyName = FAMILY


def build(style: str, source: Path, codepoints: set[int]) -> Path:
    font = source_font(source)
    available = set(font.getBestCmap())
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    # No glyph substitutions: an alternate glyph (a ligature, a proportional digit) has no
    # code point of its own, and Qt's PDF writer then guesses a wrong one for the text layer
    # ("1.0.0" came out as "°.±.±"). Kerning is kept.
    options.layout_features = ["kern"]
    options.hinting = False
    options.desubroutinize = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints & available))
    subsetter.subset(font)
    rename(font, style)
    out = OUT / f"{FAMILY.replace(' ', '')}-{style}.otf"
    font.save(str(out))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for style, source in SOURCES.items():
        if not source.exists():
            raise SystemExit(f"{source} not found: apt-get install fonts-noto-cjk")
        out = build(style, source, wanted(style))
        sys.stdout.write(f"{out.relative_to(ROOT)}: {out.stat().st_size / 1e6:.1f} MB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
