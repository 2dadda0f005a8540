#!/usr/bin/python3
"""Makes the certificate's fonts (AyTQ Serif) from Liberation Serif 2.1.5.

Why: Liberation Serif's TrueType hinting (fpgm, prep, cvt and per-glyph instructions) does
nothing for a printed PDF, yet React-PDF re-encodes it into the embedded subset of every
certificate, which doubles the PDF's size and much of its render time. The SIL OFL lets us
modify the font but not keep its Reserved Font Names (Liberation, Tinos, Arimo, Cousine), so
the result is renamed. Outlines, metrics, kerning and every character are unchanged.

Run from this folder (needs Debian's fonttools: apt-get install fonttools):
    apt-get download fonts-liberation2 && dpkg-deb -x fonts-liberation2_2.1.5-1_all.deb src
    ./build-certificate-fonts.py src/usr/share/fonts/truetype/liberation2
"""
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "AyTQ Serif"
POSTSCRIPT_FAMILY = "AyTQSerif"
STYLES = ["Regular", "Bold", "Italic"]
DESCRIPTION = (
    "Liberation Serif 2.1.5 with its TrueType hinting removed, renamed as the SIL Open Font "
    "License requires of a modified version. Made for the certificates of Access your teaching "
    "qualifications."
)


def without_hinting(source: Path) -> TTFont:
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(glyphs=font.getGlyphOrder())
    subsetter.subset(font)
    return font


def renamed(font: TTFont, style: str) -> TTFont:
    names = {
        1: FAMILY,
        3: f"{FAMILY} {style}",
        4: FAMILY if style == "Regular" else f"{FAMILY} {style}",
        6: f"{POSTSCRIPT_FAMILY}-{style}",
        10: DESCRIPTION,
    }
    table = font["name"]
    for record in list(table.names):
        if record.nameID == 7:  # The trademark notice names a Reserved Font Name; it no longer applies.
            table.removeNames(nameID=7)
        elif record.nameID in names:
            table.setName(names[record.nameID], record.nameID, record.platformID, record.platEncID, record.langID)
    return font


def main(source_dir: str) -> None:
    for style in STYLES:
        font = renamed(without_hinting(Path(source_dir) / f"LiberationSerif-{style}.ttf"), style)
        font.save(Path(__file__).parent / f"AyTQSerif-{style}.ttf")


if __name__ == "__main__":
    main(sys.argv[1])
