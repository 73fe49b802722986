"""The fonts of printed documents, and text marked up so every character has a glyph.

DejaVu Sans prints Latin with diacritics, Vietnamese, Greek and Cyrillic. A character it lacks is
drawn from the fallback font (Chinese, Japanese, Korean). A character neither has, or a script
that needs shaping or right-to-left order which reportlab does not do, is reported by the name of
its script, never the text itself: patient names stay out of logs.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "ConsultSans"
BOLD = "ConsultSans-Bold"
FALLBACK = "ConsultFallback"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}
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

log = logging.getLogger(__name__)
_lock = threading.Lock()


def _register(name: str, folder: Path) -> frozenset[int]:
    """Register a font once per process; the code points it has a glyph for."""
    with _lock:
        try:
            font = pdfmetrics.getFont(name)
        except KeyError:
            font = TTFont(name, str(folder / FILES[name]))
            pdfmetrics.registerFont(font)
            if name == REGULAR:
                pdfmetrics.registerFontFamily(
                    REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
                )
        return frozenset(font.face.charToGlyph)


def script_of(char: str) -> str:
    """The script of a character by its Unicode name (`CJK`, `DEVANAGARI`), for messages."""
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else f"U+{ord(char):04X}"


@dataclass
class Fonts:
    """The registered fonts, and what the texts printed so far needed that they lack."""

    folder: Path
    regular: frozenset[int] = field(init=False)
    regular_chars: frozenset[str] = field(init=False)
    fallback: frozenset[int] | None = field(default=None, init=False)
    missing: set[str] = field(default_factory=set, init=False)
    unshaped: set[str] = field(default_factory=set, init=False)

    def __post_init__(self) -> None:
        _register(BOLD, self.folder)
        self.regular = _register(REGULAR, self.folder)
        self.regular_chars = frozenset(map(chr, self.regular))

    def _fallback_has(self, code: int) -> bool:
        # Loaded on first need only: it is large, and most names never need it.
        if self.fallback is None:
            self.fallback = _register(FALLBACK, self.folder)
        return code in self.fallback

    def markup(self, text: str) -> str:
        """`text` escaped for a Paragraph, runs the main font lacks set in the fallback font."""
        # Most text is plain Latin the main font has: no need to look at each character.
        if text.isascii() or (max(text) < FIRST_SHAPED and set(text) <= self.regular_chars):
            return escape(text)
        out: list[str] = []
        run: list[str] = []
        for char in text:
            code = ord(char)
            if code in self.regular or char.isspace() or unicodedata.combining(char):
                if script_of(char) in NEEDS_SHAPING:
                    self.unshaped.add(script_of(char))
                if run:
                    out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
                    run = []
                out.append(escape(char))
            elif self._fallback_has(code):
                run.append(char)
            else:
                self.missing.add(script_of(char))
                out.append(escape(char))
        if run:
            out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
        return "".join(out)

    def warnings(self) -> tuple[str, ...]:
        """Plain sentences for what printed badly; also logged (script names only)."""
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
        for message in found:
            log.warning(message)
        return tuple(found)
