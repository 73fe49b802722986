"""The fonts shipped for printed documents, offered to the window too.

A patient's name in Chinese, Japanese or Korean script needs glyphs the platform's fonts may
lack (a minimal Linux install has none): without them Qt draws empty boxes in the list and on
every page. Qt falls back to an application font for a character its family lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from consult.config import resource_path

# The fallback fonts of the handout (consult/handout/fonts.py), for the scripts DejaVu lacks.
FALLBACK_FONTS = ("DroidSansFallbackFull.ttf", "NanumSquareR.ttf")


def add_shipped_fonts() -> list[str]:
    """Offer the shipped fallback fonts to the window; the families added (none twice)."""
    families: list[str] = []
    for name in FALLBACK_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families
