"""Dates and numbers in printed documents, written the way the document's language writes them.

Babel's CLDR data (not month names kept in each translation) decides: "1 December 2026",
"1 de diciembre de 2026", "1. Dezember 2026"; "1.5" and "1,5".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

# The English texts are written in British English ("colour") and date the British way: day,
# month, year. Every other language code is a CLDR locale as it stands (`pt-BR` is pt_BR).
_LOCALES = {"en": "en-GB"}


@dataclass(frozen=True)
class BabelFormats:
    """`LocalFormats` (consult.domain.handout_texts) for one CLDR locale."""

    locale: Locale

    def date(self, day: dt.date) -> str:
        return format_date(day, format="long", locale=self.locale)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self.locale)


def printed_formats(language: str) -> BabelFormats:
    """How a document in `language` (a handout folder's name: `en`, `pt-BR`) writes dates and
    numbers. A language CLDR does not know is refused by `Locale.parse` (ValueError)."""
    return BabelFormats(Locale.parse(_LOCALES.get(language, language), sep="-"))
