"""The fonts of printed documents, and text marked up so every character has a glyph.

DejaVu Sans prints Latin with diacritics, Vietnamese, Greek and Cyrillic. A character it lacks is
drawn from a fallback font: NanumSquare for Korean, Droid Sans Fallback for Chinese and Japanese.
A character none has, or a script that needs shaping or right-to-left order which reportlab does
not do, is reported by the name of its script, never the text itself: names stay out of logs.
"""

from __future__ import annotations

import functools
import html
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "ConsultSans"
BOLD = "ConsultSans-Bold"
HANGUL_FALLBACK = "ConsultHangul"
CJK_FALLBACK = "ConsultFallback"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    HANGUL_FALLBACK: "NanumSquareR.ttf",
    CJK_FALLBACK: "DroidSansFallbackFull.ttf",
}
# Hangul goes to the Korean font; anything else the main font lacks to the first fallback that
# has it, the Chinese and Japanese one first.
HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7AF))
FALLBACKS = (CJK_FALLBACK, HANGUL_FALLBACK)
# Scripts whose letters join or run right to left: the glyphs exist but would print wrongly.
NEEDS_SHAPING = frozenset(
    {
        "ARABIC",
        "HEBREW",
        "SYRIAC",
        "THAANA",
        "NKO",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
        "THAI",
        "LAO",
        "TIBETAN",
        "MYANMAR",
        "KHMER",
    }
)

# Hebrew, the first script in NEEDS_SHAPING: text below it needs no shaping check.
FIRST_SHAPED = "\u0590"

_lock = threading.Lock()
# Code points each registered font has a glyph for, worked out once per process.
_coverage: dict[str, frozenset[int]] = {}


def _register(name: str, folder: Path) -> frozenset[int]:
    """Register a font once per process; the code points it has a glyph for."""
    with _lock:
        if name not in _coverage:
            font = TTFont(name, str(folder / FILES[name]))
            pdfmetrics.registerFont(font)
            if name == REGULAR:
                pdfmetrics.registerFontFamily(
                    REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
                )
            _coverage[name] = frozenset(font.face.charToGlyph)
        return _coverage[name]


def escape(text: str) -> str:
    """`text` for a Paragraph's markup: &, < and > escaped. (xml.sax.saxutils.escape does the
    same, but importing it brings urllib, http and ssl: 50 ms of every `consult handout`.)"""
    return html.escape(text, quote=False)


@functools.cache
def _as_characters(codes: frozenset[int]) -> frozenset[str]:
    return frozenset(map(chr, codes))


def script_of(char: str) -> str:
    """The script of a character by its Unicode name (`CJK`, `DEVANAGARI`), for messages."""
    if ord(char) > 0xFFFF:
        return "emoji and other characters beyond the Basic Multilingual Plane"
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else f"U+{ord(char):04X}"


@dataclass
class Fonts:
    """The registered fonts, and what the texts printed so far needed that they lack."""

    folder: Path
    regular: frozenset[int] = field(init=False)
    regular_chars: frozenset[str] = field(init=False)
    fallbacks: dict[str, frozenset[int]] = field(default_factory=dict, init=False)
    missing: set[str] = field(default_factory=set, init=False)
    unshaped: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        _register(BOLD, self.folder)
        self.regular = _register(REGULAR, self.folder)
        self.regular_chars = _as_characters(self.regular)

    def _has(self, name: str, code: int) -> bool:
        # Loaded on first need only: they are large, and most names never need them.
        if name not in self.fallbacks:
            self.fallbacks[name] = _register(name, self.folder)
        return code in self.fallbacks[name]

    def _fallback_for(self, code: int) -> str | None:
        if any(low <= code <= high for low, high in HANGUL) and self._has(HANGUL_FALLBACK, code):
            return HANGUL_FALLBACK
        return next((name for name in FALLBACKS if self._has(name, code)), None)

    def markup(self, text: str) -> str:
        """`text` escaped for a Paragraph, runs the main font lacks set in a fallback font."""
        # Most text is plain Latin the main font has: no need to look at each character.
        if text.isascii() or (max(text) < FIRST_SHAPED and set(text) <= self.regular_chars):
            return escape(text)
        out: list[str] = []
        run: list[str] = []
        run_font: str | None = None

        def close_run() -> None:
            if run:
                out.append(f'<font name="{run_font}">{escape("".join(run))}</font>')
                run.clear()

        for char in text:
            code = ord(char)
            # Beyond the Basic Multilingual Plane (emoji, say) reportlab writes no usable text.
            font = None if code > 0xFFFF else REGULAR if code in self.regular else None
            if font is None and char.isspace():
                font = REGULAR
            if font is None and code <= 0xFFFF:
                font = self._fallback_for(code)
            if font == REGULAR:
                close_run()
                if script_of(char) in NEEDS_SHAPING:
                    self.unshaped.add(script_of(char))
                out.append(escape(char))
            elif font is not None:
                if font != run_font:
                    close_run()
                    run_font = font
                run.append(char)
            else:
                close_run()
                self.missing.add(script_of(char))
                out.append(escape(char))
        close_run()
        return "".join(out)

    def warnings(self) -> tuple[str, ...]:
        """Plain sentences for what printed badly (script names only, never the text)."""
        found = []
        if self.missing:
            found.append(
                "Some characters (" + ", ".join(sorted(self.missing)) + ") are not in the "
                "handout fonts and print as empty boxes: check the printed name."
            )
        if self.unshaped:
            found.append(
                "Text in " + ", ".join(sorted(self.unshaped)) + " script prints without joined "
                "letters or right-to-left order: check the printed name."
            )
        return tuple(found)
