"""How dates read in the window: the day, the month's short name and the full year, in the
user's language ("18 Mar 1994"), never a two-digit year nor a day/month order to guess."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale

DATE_FORMAT = "d MMM yyyy"


def show_date(day: dt.date | None) -> str:
    return QLocale().toString(day, DATE_FORMAT) if day is not None else ""


def show_time(moment: dt.datetime) -> str:
    """A moment the records keep in UTC (naive), in the computer's local time."""
    local = moment.replace(tzinfo=dt.UTC).astimezone() if moment.tzinfo is None else moment
    return QLocale().toString(local.replace(tzinfo=None), f"{DATE_FORMAT}, HH:mm")


def read_date(text: str) -> dt.date | None:
    """A date typed as 1994-03-18, 18/03/1994, 18.03.1994 or 18 Mar 1994; None if unreadable.
    Day before month, as the patient search reads dates too."""
    text = text.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    for form in ("d/M/yyyy", "d.M.yyyy", "d-M-yyyy", DATE_FORMAT, "d MMMM yyyy"):
        day = QLocale().toDate(text, form)
        if day.isValid():
            return dt.date(day.year(), day.month(), day.day())
    return None


def language_name(code: str) -> str:
    """A handout language code with its name beside it: "English (en)"."""
    language = QLocale(code.replace("-", "_")).language()
    if language == QLocale.Language.C:  # a code Qt does not know
        return code
    return f"{QLocale.languageToString(language)} ({code})"


def counted(n: int, one: str, many: str) -> str:
    """`one` for a single thing, else `many` with {n} filled in; both already translated
    (`tr` keeps them apart, so a language with other plural rules can still be served)."""
    return (one if n == 1 else many).format(n=n)
