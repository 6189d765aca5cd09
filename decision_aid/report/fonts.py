"""Fonts for the summary PDF, and text made safe to draw with them.

The PDF embeds Unicode TrueType fonts shipped under data/fonts (each with its licence):
DejaVu Sans for Latin, Greek, Cyrillic, Hebrew and many symbols; Noto Sans Arabic and
Noto Sans Devanagari; "DecisionAid CJK", a subset of Droid Sans Fallback, for the common
characters of Chinese, Japanese and Korean. A character
that none of them can draw is never dropped in silence: it is replaced by ``[?]`` and the
caller adds a one-line note.

Fonts hold no patient data, so their parsed form is cached for the whole process; each
PDF gets its own light copy (see :func:`_fresh_copy`).
"""

from __future__ import annotations

import copy as _copy
import functools
import threading
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from fontTools.ttLib import TTFont as FontToolsFont
from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

FONT_DIR = Path(__file__).resolve().parents[2] / "data" / "fonts"
REPLACEMENT = "[?]"
# DejaVu's Arabic is left to Noto Sans Arabic, which is drawn better.
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_JOINERS = {0x200C, 0x200D}


@dataclass(frozen=True)
class FontFile:
    family: str
    style: str
    file: str
    skip_arabic: bool = False


MAIN = "dejavu"
MAIN_FONTS = (
    FontFile(MAIN, "", "DejaVuSans.ttf", skip_arabic=True),
    FontFile(MAIN, "B", "DejaVuSans-Bold.ttf", skip_arabic=True),
)
# In order of preference: fpdf2 uses the first fallback font that has a character.
FALLBACK_FONTS = (
    FontFile("notoarabic", "", "NotoSansArabic-Regular.ttf"),
    FontFile("notodevanagari", "", "NotoSansDevanagari-Regular.ttf"),
    FontFile("cjk", "", "DecisionAidCJK-Regular.ttf"),
)


def _in_arabic(cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in _ARABIC)


@functools.cache
def coverage(font: FontFile) -> frozenset[int]:
    """The code points one font file can draw (as fpdf2 will use it)."""
    cmap = FontToolsFont(FONT_DIR / font.file, lazy=True).getBestCmap() or {}
    return frozenset(cp for cp in cmap if not (font.skip_arabic and _in_arabic(cp)))


def _unicode_range(font: FontFile) -> list[tuple[int, int]] | None:
    if not font.skip_arabic:
        return None
    ranges, start = [], 0
    for lo, hi in _ARABIC:
        ranges.append((start, lo - 1))
        start = hi + 1
    ranges.append((start, 0x10FFFF))
    return ranges


_LOCK = threading.Lock()
_TEMPLATES: dict[FontFile, tuple[TTFFont, bytes, list[str]]] = {}


def _template(font: FontFile) -> tuple[TTFFont, bytes, list[str]]:
    """The font parsed once per process (by a scratch FPDF), its bytes and glyph order."""
    with _LOCK:
        if font not in _TEMPLATES:
            scratch = FPDF()
            scratch.add_font(
                font.family, font.style, FONT_DIR / font.file, unicode_range=_unicode_range(font)
            )
            parsed = scratch.fonts[f"{font.family}{font.style}"]
            assert isinstance(parsed, TTFFont)
            order = list(parsed.ttfont.getGlyphOrder())
            _TEMPLATES[font] = (parsed, _for_embedding(font), order)
        return _TEMPLATES[font]


# Tables fpdf2 drops when it embeds a font subset; text shaping reads the font file itself.
_UNUSED_TABLES = (
    "FFTM",
    "GDEF",
    "GPOS",
    "GSUB",
    "MATH",
    "hdmx",
    "meta",
    "sbix",
    "CBDT",
    "CBLC",
    "EBDT",
    "EBLC",
    "EBSC",
    "SVG ",
    "CPAL",
    "COLR",
    "DSIG",
)


def _for_embedding(font: FontFile) -> bytes:
    """The font without the tables fpdf2 drops anyway, nor glyph names.

    Each PDF subsets a fresh copy of these bytes. Leaving out the layout tables, and
    handing each copy its glyph order instead of having it read names, makes that
    several times faster. Glyph order and outlines are unchanged.
    """
    tt = FontToolsFont(FONT_DIR / font.file, recalcTimestamp=False)
    tt.getGlyphOrder()
    for tag in _UNUSED_TABLES:
        if tag in tt:
            del tt[tag]
    tt["post"].formatType = 3.0  # no names: each copy is given the glyph order directly
    out = BytesIO()
    tt.save(out)
    return out.getvalue()


def _fresh_copy(font: FontFile, index: int) -> TTFFont:
    """A per-document copy of a cached font: shared read-only tables, its own subset.

    fpdf2 subsets ``ttfont`` in place when the PDF is written, so every document gets a
    fontTools font of its own (read lazily from bytes in memory, which is quick).
    """
    template, data, order = _template(font)
    copy = TTFFont.__new__(TTFFont)
    for name in TTFFont.__slots__:
        if hasattr(template, name):
            setattr(copy, name, getattr(template, name))
    copy.i = index
    copy.desc = _copy.copy(template.desc)  # fpdf2 numbers this object when writing
    copy.ttfont = FontToolsFont(BytesIO(data), recalcTimestamp=False, lazy=True)
    copy.ttfont.setGlyphOrder(list(order))
    copy._hbfont = None
    copy.missing_glyphs = []
    copy.biggest_size_pt = 0
    copy.subset = SubsetMap(copy)
    return copy


def add_font(pdf: FPDF, font: FontFile) -> None:
    key = f"{font.family}{font.style}"
    if key not in pdf.fonts:
        pdf.fonts[key] = _fresh_copy(font, len(pdf.fonts) + 1)


def add_main_fonts(pdf: FPDF) -> None:
    for font in MAIN_FONTS:
        add_font(pdf, font)


def _main_font(bold: bool) -> FontFile:
    return MAIN_FONTS[1] if bold else MAIN_FONTS[0]


def fallback_for(cp: int) -> FontFile | None:
    return next((f for f in FALLBACK_FONTS if cp in coverage(f)), None)


@dataclass(frozen=True)
class SafeText:
    text: str
    replaced: bool  # some characters were replaced by [?]
    fallbacks: tuple[FontFile, ...]  # fallback fonts the text needs
    complex: bool  # needs text shaping (right-to-left or Indic script)


_ATTACHING = {"Mn", "Me", "Sk"}  # marks and emoji modifiers belong to the character before


def _is_complex(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL", "AN") or 0x0900 <= ord(ch) <= 0x0DFF


def _is_flag_letter(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def make_safe(text: str, bold: bool = False, main_only: bool = False) -> SafeText:
    """Text that the PDF fonts can draw: unknown characters become a visible ``[?]``.

    A run of characters that together make one symbol (a base with marks, modifiers,
    variation selectors or zero-width joiners) becomes a single ``[?]``. Unusual spaces
    become plain spaces and line separators become new lines. With ``main_only``, only
    the main font counts (for labels drawn without fallback fonts).
    """
    main = coverage(_main_font(bold))
    out: list[str] = []
    fallbacks: dict[FontFile, None] = {}
    replaced = complex_ = False
    in_missing = joined = flag_open = False
    for ch in unicodedata.normalize("NFC", text.replace("\r\n", "\n")):
        cp = ord(ch)
        if ch == "\n" or ch == "\t":
            out.append("\n" if ch == "\n" else "    ")
            in_missing = False
            continue
        cat = unicodedata.category(ch)
        if cat in ("Zl", "Zp") or ch == "\r":
            out.append("\n")
            in_missing = False
            continue
        if in_missing and (cat in _ATTACHING or cat == "Cf"):
            joined = cp in _JOINERS  # a joiner ties the next character to this symbol
            continue
        if in_missing and (joined or (flag_open and _is_flag_letter(cp))):
            joined = flag_open = False
            continue
        fb = None if cp in main or main_only else fallback_for(cp)
        if cp in main or fb is not None:
            if fb is not None:
                fallbacks[fb] = None
            complex_ = complex_ or _is_complex(ch)
            out.append(ch)
            in_missing = False
        elif cat == "Zs":
            out.append(" ")
            in_missing = False
        elif cat != "Cf":  # an invisible format character alone is left out
            out.append(REPLACEMENT)
            replaced = in_missing = True
            joined = False
            flag_open = _is_flag_letter(cp)  # two regional letters make one flag
    ordered = tuple(f for f in FALLBACK_FONTS if f in fallbacks)
    return SafeText("".join(out), replaced, ordered, complex_)


def use_fallbacks(pdf: FPDF, needed: tuple[FontFile, ...]) -> None:
    """Add the fallback fonts a text needs (once per PDF), keeping the preference order."""
    for f in needed:
        add_font(pdf, f)
    present = tuple(f.family for f in FALLBACK_FONTS if f"{f.family}{f.style}" in pdf.fonts)
    if present:
        pdf.set_fallback_fonts(list(present), exact_match=False)
