"""How dates read in the window: the locale's medium date, the month's short name and the
full year in the user's order ("6 Dec 2026" in en_GB, "Dec 6, 2026" in en_US), never a
two-digit year nor a day/month order to guess."""

from __future__ import annotations

import datetime as dt
import functools
import re
from enum import Enum, auto

from PySide6.QtCore import QLocale

# What the long date adds to the medium one: the weekday and the separators after it.
_WEEKDAY = re.compile(r"dddd[\s,،]*")
# Three numbers with separators: year first (1994-03-18) or last (18/03/1994, 18.3.94).
NUMERIC_DATE = re.compile(r"(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})")


class DateProblem(Enum):
    """Why typed text is not a date, so the message can say what to change."""

    UNREADABLE = auto()
    SHORT_YEAR = auto()  # 05/06/90: the century is not guessed
    NO_SUCH_DAY = auto()  # 31/02/1990


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's medium date as a Qt pattern: its long date without the weekday, the
    month's name shortened. Qt has no medium format of its own; the short one writes 12/6/26."""
    long = (locale or QLocale()).dateFormat(QLocale.FormatType.LongFormat)
    return _WEEKDAY.sub("", long).strip(" ,،").replace("MMMM", "MMM")


def show_date(day: dt.date | None) -> str:
    """A date as the window writes it everywhere (see `date_pattern`); "" for None."""
    return QLocale().toString(day, date_pattern()) if day is not None else ""


_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def dates_shown(text: str) -> str:
    """A message of the domain's (which writes dates as 2026-12-08) with its dates written as
    the window writes them."""

    def shown(found: re.Match[str]) -> str:
        try:
            return show_date(dt.date(*(int(part) for part in found.groups())))
        except ValueError:
            return found.group(0)

    return _ISO_DAY.sub(shown, text)


def show_time(moment: dt.datetime, seconds: bool = False) -> str:
    """A moment the records keep in UTC (naive), in the computer's local time; `seconds` for
    a log, whose events may come seconds apart."""
    local = moment.replace(tzinfo=dt.UTC).astimezone() if moment.tzinfo is None else moment
    clock = "HH:mm:ss" if seconds else "HH:mm"
    return QLocale().toString(local.replace(tzinfo=None), f"{date_pattern()}, {clock}")


def read_date(text: str) -> dt.date | None:
    """A date typed as 1994-03-18, 18/03/1994, 18.03.1994, 18 Mar 1994 or as the window shows
    it; None if unreadable. Day before month, as the patient search reads dates too."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for form in ("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", date_pattern(), "d MMM yyyy", "d MMMM yyyy"):
        day = QLocale().toDate(text, form)
        if day.isValid():
            return dt.date(day.year(), day.month(), day.day())
    return None


def date_problem(text: str) -> DateProblem | None:
    """Why `read_date` cannot read `text`; None when it can."""
    if read_date(text) is not None:
        return None
    parts = NUMERIC_DATE.fullmatch(text.strip())
    if parts is None:
        return DateProblem.UNREADABLE
    first, month, last = parts.groups()
    year, day = (first, last) if len(first) == 4 else (last, first)
    if len(year) != 4:
        return DateProblem.SHORT_YEAR
    try:
        dt.date(int(year), int(month), int(day))
    except ValueError:
        return DateProblem.NO_SUCH_DAY
    return DateProblem.UNREADABLE


def language_name(code: str) -> str:
    """A handout language code with its name in the window's language beside it: "English
    (en)"; in a French window "anglais (en)", "portugais brésilien (pt-BR)". Qt names
    languages in English only: the names come from Babel's locale data (CLDR)."""
    from consult.ui.i18n import shipped_language

    # The words' language: a window in a language not shipped speaks English.
    names = _language_names(shipped_language(QLocale()) or "en")
    name = names.get(code.replace("-", "_")) or names.get(code.split("-")[0])
    return f"{name} ({code})" if name else code


@functools.lru_cache(maxsize=4)
def _language_names(window_language: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(window_language).languages)
