"""The fonts of printed documents, and text marked up so every character has a glyph.

DejaVu Sans prints Latin with diacritics, Vietnamese, Greek and Cyrillic. A character it lacks is
drawn from a fallback font: NanumSquare for Korean, Droid Sans Fallback for Chinese and Japanese.
A character none has, or a script that needs shaping or right-to-left order which reportlab does
not do, is reported by the name of its script, never the text itself: names stay out of logs.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import marshal
import os
import sys
import tempfile
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportlab
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFont, TTFontFace

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
# Where the fonts' parsed tables are kept between processes (None: parsed in each).
_parsed_fonts: Path | None = None


def keep_parsed_fonts_in(folder: Path | None) -> None:
    """Keep the fonts' parsed tables in `folder` for the next processes. reportlab reads a
    TrueType file's glyph tables in Python: 20-30 ms for each DejaVu Sans of every handout,
    where reading them back takes a third of that."""
    global _parsed_fonts
    _parsed_fonts = folder


class _RememberedFace(TTFontFace):
    """reportlab's face of a TrueType file; what its `extractInfo` works out from the file is
    read back from the cache folder when a process already worked it out for the same file
    bytes, reportlab and Python. Anything wrong with the cache only costs the parse."""

    def extractInfo(self, charInfo: int = 1) -> None:
        folder = _parsed_fonts
        if folder is None:
            super().extractInfo(charInfo)
            return
        digest = hashlib.sha256(self._ttf_data).hexdigest()[:32]
        version = f"{sys.version_info[0]}{sys.version_info[1]}"
        kept = folder / f"{digest}-reportlab{reportlab.Version}-py{version}-{charInfo}.marshal"
        with contextlib.suppress(
            OSError, EOFError, ValueError, TypeError, KeyError, AttributeError
        ):
            self._restore(marshal.loads(kept.read_bytes()))
            return
        before = dict(self.__dict__)
        super().extractInfo(charInfo)
        worked_out = {
            key: value
            for key, value in self.__dict__.items()
            if key not in before or before[key] is not value
        }
        with contextlib.suppress(OSError, ValueError, KeyError):
            _write_whole(kept, marshal.dumps(_plain(worked_out)))

    def _restore(self, kept: dict[str, Any]) -> None:
        names = kept["names"]
        values = kept["values"]
        if not all(isinstance(key, str) and not key.startswith("__") for key in values):
            raise ValueError("not a font's tables")
        self.__dict__.update(values)
        self.__dict__.update({key: TTFNameBytes(text.encode()) for key, text in names.items()})
        self._pdfScale = _scale(self.unitsPerEm)


def _scale(units_per_em: int) -> Any:
    """Glyph units to thousandths of an em, as reportlab's `extractInfo` sets `_pdfScale`."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _plain(worked_out: dict[str, Any]) -> dict[str, Any]:
    """The tables as marshal keeps them: names as text, the scale function left out (it
    follows from `unitsPerEm`). Raises ValueError (KeyError) for tables it cannot keep."""
    if _scale(worked_out["unitsPerEm"])(1234) != worked_out["_pdfScale"](1234):
        raise ValueError("reportlab scales glyph units differently")
    names = {k: v.ustr for k, v in worked_out.items() if isinstance(v, TTFNameBytes)}
    values = {k: v for k, v in worked_out.items() if k not in names and k != "_pdfScale"}
    marshal.dumps(values)  # ValueError for a value marshal cannot keep
    return {"names": names, "values": values}


def _write_whole(path: Path, data: bytes) -> None:
    """Write through a temporary file: a process reading meanwhile never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=".", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _font(name: str, path: Path) -> TTFont:
    # TTFont builds its face with the module's TTFontFace, and has no way to be given another:
    # the name points at the remembering face for the call. Every call holds _lock.
    ttfonts.TTFontFace = _RememberedFace
    try:
        return TTFont(name, str(path))
    finally:
        ttfonts.TTFontFace = TTFontFace


def _register(name: str, folder: Path) -> frozenset[int]:
    """Register a font once per process; the code points it has a glyph for."""
    with _lock:
        if name not in _coverage:
            font = _font(name, folder / FILES[name])
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
