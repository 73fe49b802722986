"""Folding names for search: case- and accent-insensitive (`Zoë` → `zoe`, `Müller` → `muller`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from consult.domain.messages import Message

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


# How much of a value a message quotes: enough to recognise it, never a screenful.
QUOTE_MAX = 80
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    if ch.isprintable():
        return ch
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _clip(text: str, limit: int | None) -> tuple[str, bool]:
    pieces: list[str] = []
    length = 0
    for ch in text:
        if limit is not None and length >= limit:
            return "".join(pieces), True
        piece = _escape(ch)
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces), False


def escaped(text: str, limit: int | None = QUOTE_MAX) -> str:
    """`text` safe to print in a message: every character that is not printable (controls
    such as ESC or a newline, a lone surrogate, a bidirectional override) written as its
    escape (`\\x1b`, `\\n`, `\\ud800`), and cut after about `limit` characters with `…`.
    Backslashes are left as they are, so escaping twice changes nothing."""
    shown, cut = _clip(text, limit)
    return f"{shown}…" if cut else shown


def quoted(value: object, limit: int = QUOTE_MAX) -> str:
    """A value from the input as a message quotes it: text in quotes, escaped and cut (with
    its length when cut), so a hostile or huge value still gives one short line."""
    text = value if isinstance(value, str) else repr(value)
    shown, cut = _clip(text, limit)
    if isinstance(value, str):
        shown = f"'{shown}…'" if cut else f"'{shown}'"
    elif cut:
        shown = f"{shown}…"
    return f"{shown} ({len(text):,} characters)" if cut else shown


def unknown(kind: Message, value: object, known: Iterable[str]) -> Message:
    """ "unknown <kind> '<value>'" and what would be accepted: the closest known id for a
    slip of the keyboard, the whole list for a short value, nothing more for a huge one
    (which no list would help, and which must still give one short line). `kind` is a
    message (`kind.zone`), so a translation words it too."""
    names = list(known)
    shown = quoted(value)
    if not isinstance(value, str) or len(value) > QUOTE_MAX:
        return Message("unknown.id", kind=kind, value=shown)
    # Imported here: only a refused input gets this far, and difflib costs ~2 ms of every
    # command that loads this module.
    import difflib

    close = difflib.get_close_matches(value, names, n=1)
    if close:
        return Message("unknown.close", kind=kind, value=shown, close=quoted(close[0]))
    return Message("unknown.known", kind=kind, value=shown, known=", ".join(names))


_SURROGATE = re.compile("[\ud800-\udfff]")


def unstorable(text: str) -> Message | str:
    """Why `text` cannot be kept or printed, or "": a NUL character (PostgreSQL refuses it)
    or a lone surrogate (half of a character, which no file or database can encode)."""
    if "\x00" in text:
        return Message("text.nul")
    found = _SURROGATE.search(text)
    if found:
        return Message("text.broken_character", character=_escape(found.group()))
    return ""
