"""Date arithmetic the rules need: calendar months and working days."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, clamped to the month's last day (31 Aug + 6 → 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, _days_in(year, month)))


# Written out: the calendar module (and the locale module it loads) would cost 3-5 ms of every
# `consult assess` for its monthrange alone.
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in(year: int, month: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS[month - 1]


def next_working_day(day: dt.date, working_days: Collection[int]) -> dt.date:
    """`day` itself if it is a working day (0 = Monday), else the next one."""
    while day.weekday() not in working_days:
        day += dt.timedelta(days=1)
    return day
