"""The practice's outcome audit: who was treated in a window, how many sessions their course
took, how their Goodman & Baron quantitative and ECCA scores changed from the consultation to
the last follow-up, by baseline grade; adverse events by type per session; per practitioner.

Pure functions over anonymous facts: the store hands over ids and numbers, never names of
patients, and nothing here prints one.
"""

# Named tuples without `from __future__ import annotations`, as the other value types.
import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

# The grades of Goodman & Baron's qualitative scale; a course without a grade gets its own row.
GRADES = (1, 2, 3, 4)


class TreatedSession(NamedTuple):
    """A performed session (finalised, not a test patch) inside the window."""

    patient: int
    course: int | None  # the consultation whose plan it followed
    practitioner: int | None
    date: dt.date


class Baseline(NamedTuple):
    """A consultation's scores as saved when it was finalised."""

    course: int
    grade: int | None
    goodman_baron: int | None
    ecca: int | None


class FollowUpScores(NamedTuple):
    course: int
    date: dt.date
    goodman_baron: int
    ecca: int


class Event(NamedTuple):
    """An adverse event whose onset is in the window."""

    type: str
    practitioner: int | None  # who performed the session it followed, if known


class Spread(NamedTuple):
    """Median and quartiles of some values (None where there are none)."""

    count: int
    median: float | None
    q1: float | None
    q3: float | None


def spread(values: Iterable[float]) -> Spread:
    """Median and first and third quartiles (inclusive method: the quartiles of one value are
    that value, and they always lie between the smallest and the largest)."""
    ordered = sorted(values)
    if not ordered:
        return Spread(0, None, None, None)
    if len(ordered) == 1:
        return Spread(1, ordered[0], ordered[0], ordered[0])
    q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
    return Spread(len(ordered), median, q1, q3)


class Course(NamedTuple):
    """One treated patient's course as the audit counts it."""

    grade: int | None
    practitioner: int | None
    sessions: int
    goodman_baron_change: int | None  # last follow-up minus baseline; None without one
    ecca_change: int | None


class GradeRow(NamedTuple):
    grade: int | None
    patients: int
    with_follow_up: int
    sessions: Spread
    goodman_baron_change: Spread
    ecca_change: Spread


class EventRow(NamedTuple):
    type: str
    count: int
    per_session: float  # events per session performed in the window


class PractitionerRow(NamedTuple):
    practitioner: int | None
    patients: int
    sessions: int
    goodman_baron_change: Spread
    ecca_change: Spread
    events: int


class OutcomeAudit(NamedTuple):
    start: dt.date | None
    end: dt.date | None
    patients: int
    sessions: int  # performed in the window
    grades: tuple[GradeRow, ...]
    events: tuple[EventRow, ...]
    # Only when more than one practitioner performed the window's sessions.
    practitioners: tuple[PractitionerRow, ...]


def _change(now: int | None, baseline: int | None) -> int | None:
    return None if now is None or baseline is None else now - baseline


def _main_practitioner(sessions: Sequence[TreatedSession]) -> int | None:
    """Who performed most of the course's sessions in the window (the earliest on a tie)."""
    counts = Counter(s.practitioner for s in sessions)
    best = max(counts.values())
    return next(s.practitioner for s in sessions if counts[s.practitioner] == best)


def courses(
    window: Iterable[TreatedSession],
    course_sessions: Mapping[int, int],
    baselines: Mapping[int, Baseline],
    last_follow_ups: Mapping[int, FollowUpScores],
) -> list[Course]:
    """One course per treated patient: the latest consultation followed in the window.

    `course_sessions` counts each consultation's performed sessions up to the window's end;
    `last_follow_ups` holds each consultation's last follow-up up to the window's end."""
    by_patient: dict[int, list[TreatedSession]] = defaultdict(list)
    for session in sorted(window, key=lambda s: (s.date, s.course or 0)):
        by_patient[session.patient].append(session)
    found = []
    for sessions in by_patient.values():
        course = sessions[-1].course
        own = [s for s in sessions if s.course == course]
        baseline = baselines.get(course) if course is not None else None
        after = last_follow_ups.get(course) if course is not None else None
        found.append(
            Course(
                grade=baseline.grade if baseline else None,
                practitioner=_main_practitioner(own),
                sessions=course_sessions.get(course, len(own)) if course is not None else len(own),
                goodman_baron_change=_change(
                    after.goodman_baron if after else None,
                    baseline.goodman_baron if baseline else None,
                ),
                ecca_change=_change(
                    after.ecca if after else None, baseline.ecca if baseline else None
                ),
            )
        )
    return found


def _changes(found: Sequence[Course], attribute: str) -> Spread:
    return spread(v for c in found if (v := getattr(c, attribute)) is not None)


def grade_rows(found: Sequence[Course]) -> tuple[GradeRow, ...]:
    """A row for each grade (those without patients too) and one for ungraded courses when
    there are any: their patients add up to the patients treated."""
    grades: list[int | None] = list(GRADES)
    if any(c.grade not in GRADES for c in found):
        grades.append(None)
    rows = []
    for grade in grades:
        mine = [c for c in found if (c.grade if c.grade in GRADES else None) == grade]
        rows.append(
            GradeRow(
                grade=grade,
                patients=len(mine),
                with_follow_up=sum(1 for c in mine if c.goodman_baron_change is not None),
                sessions=spread(c.sessions for c in mine),
                goodman_baron_change=_changes(mine, "goodman_baron_change"),
                ecca_change=_changes(mine, "ecca_change"),
            )
        )
    return tuple(rows)


def event_rows(events: Sequence[Event], sessions: int) -> tuple[EventRow, ...]:
    """Adverse events by type, most frequent first, each with its rate per session."""
    counts = Counter(e.type for e in events)
    return tuple(
        EventRow(kind, count, count / sessions if sessions else 0.0)
        for kind, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


def practitioner_rows(
    found: Sequence[Course], window: Sequence[TreatedSession], events: Sequence[Event]
) -> tuple[PractitionerRow, ...]:
    """Per practitioner, only where more than one performed the window's sessions: patients
    by the practitioner of most of their course's sessions, sessions and events as done."""
    who = sorted({s.practitioner for s in window}, key=lambda p: (p is None, p or 0))
    if len(who) < 2:
        return ()
    sessions = Counter(s.practitioner for s in window)
    harms = Counter(e.practitioner for e in events)
    return tuple(
        PractitionerRow(
            practitioner=p,
            patients=sum(1 for c in found if c.practitioner == p),
            sessions=sessions[p],
            goodman_baron_change=_changes(
                [c for c in found if c.practitioner == p], "goodman_baron_change"
            ),
            ecca_change=_changes([c for c in found if c.practitioner == p], "ecca_change"),
            events=harms[p],
        )
        for p in who
    )


def outcome_audit(
    start: dt.date | None,
    end: dt.date | None,
    window: Sequence[TreatedSession],
    course_sessions: Mapping[int, int],
    baselines: Mapping[int, Baseline],
    last_follow_ups: Mapping[int, FollowUpScores],
    events: Sequence[Event],
) -> OutcomeAudit:
    """The whole audit of the window's facts (see `courses` for what each one holds)."""
    found = courses(window, course_sessions, baselines, last_follow_ups)
    return OutcomeAudit(
        start=start,
        end=end,
        patients=len(found),
        sessions=len(window),
        grades=grade_rows(found),
        events=event_rows(events, len(window)),
        practitioners=practitioner_rows(found, window, events),
    )
