"""The session dates as an iCalendar file (RFC 5545) the patient can add to a phone.

One all-day event per session, and one for the test patch when there is one (the time is
agreed at the desk), each with a reminder a few days before to stop retinoid and acid
products. No patient name or health detail goes in the file
beyond the dates themselves: it ends up on phones and in cloud calendars.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from icalendar import Alarm, Calendar, Event

from consult.domain.clinic import ClinicDetails

PRODUCT_ID = "-//consult//patient handout//EN"


def session_calendar(
    dates: Sequence[dt.date],
    words: Mapping[str, Any],
    clinic: ClinicDetails,
    plan_uid: str,
    stamp: dt.date,
    test_patch: dt.date | None = None,
) -> bytes:
    """The `.ics` bytes for `dates` (and the `test_patch` day before them, if any).
    `plan_uid` is the plan's random UUID: each event's id is made from it and the event's
    name, so the same plan exported again updates its events instead of adding them twice,
    and nothing of the patient is in it. `stamp` (the consultation date) makes the output
    reproducible."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    plan = uuid.UUID(plan_uid)
    stamped = dt.datetime.combine(stamp, dt.time(0, 0), tzinfo=dt.UTC)
    location = ", ".join(
        part.strip()
        for part in (clinic.name, *clinic.address.splitlines(), clinic.phone)
        if part.strip()
    )
    events = [
        (f"session/{number}", day, words["summary"].format(number=number, count=len(dates)))
        for number, day in enumerate(dates, start=1)
    ]
    if test_patch is not None:
        events.insert(0, ("test-patch", test_patch, words["test_patch_summary"]))
    for name, day, summary in events:
        event = Event()
        event.add("uid", f"{uuid.uuid5(plan, name)}@consult")
        event.add("dtstamp", stamped)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        event.add("summary", summary)
        event.add("description", words["description"])
        event.add("transp", "OPAQUE")
        if location:
            event.add("location", location)
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", words["reminder"])
        alarm.add("trigger", -dt.timedelta(days=words["reminder_days_before"]))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
