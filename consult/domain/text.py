"""Folding names for search: case- and accent-insensitive (`Zoë` → `zoe`, `Müller` → `muller`)."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark to strip but are read as plain Latin letters.
_PLAIN = str.maketrans(
    {"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th"}
)
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case, without accents, compatibility forms unified."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped.translate(_PLAIN))


def search_tokens(text: str) -> list[str]:
    """The folded words of `text`, in order, each once."""
    return list(dict.fromkeys(_WORD.findall(fold(text))))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())
