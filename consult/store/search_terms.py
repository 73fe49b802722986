"""What a typed search asks for, shared by the store's search and the read before it opens.

No SQLAlchemy here: `consult.store.patient_reader` answers searches with the standard
library's sqlite3 while the store loads, and must read a query exactly as the store does.
"""

from __future__ import annotations

import datetime as dt
import re

from consult.domain.text import digits, fold

_DATE_TYPED = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")

# A name prefix matching this many patients or more (a common first name, "mar") is found
# faster by walking the patients newest first until the page is full than by sorting every
# match; a rarer one is faster the other way round. Counting up to it costs well under 1 ms.
COMMON_MATCHES = 5_000


def prefix_upper(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix` (binary order)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def typed_date(query: str) -> dt.date | None:
    """The birth date typed (1994-03-18, 18/03/1994 or 18.03.1994), if the query is one."""
    text = query.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        match = _DATE_TYPED.fullmatch(text)
        if match:
            day, month, year = (int(part) for part in match.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def phone_query(query: str) -> str | None:
    """The digits a phone search starts with (at least 3, nothing but phone punctuation)."""
    number = digits(query)
    if number and len(number) >= 3 and not fold(query).strip("+()-. 0123456789"):
        return number
    return None
