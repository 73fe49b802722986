"""The outcome audit's statistics: quartiles, one course per patient, rows by grade that add
up, events per session, practitioners only where several."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from consult.domain.outcome_audit import (
    Baseline,
    Event,
    FollowUpScores,
    Spread,
    TreatedSession,
    outcome_audit,
    spread,
)

DAY = dt.date(2026, 3, 2)


def test_spread_gives_median_and_inclusive_quartiles():
    assert spread([]) == Spread(0, None, None, None)
    assert spread([4]) == Spread(1, 4, 4, 4)
    assert spread([1, 2, 3, 4, 5]) == Spread(5, 3, 2, 4)
    assert spread([4, 1, 3, 2]) == Spread(4, 2.5, 1.75, 3.25)


@given(st.lists(st.integers(-100, 100), min_size=1, max_size=40))
def test_quartiles_lie_in_order_between_the_extremes(values):
    found = spread(values)
    assert min(values) <= found.q1 <= found.median <= found.q3 <= max(values)
    assert found.count == len(values)


def session(patient, course, practitioner=1, days=0):
    return TreatedSession(patient, course, practitioner, DAY + dt.timedelta(days=days))


def test_a_patient_counts_once_with_the_latest_course_and_its_last_follow_up():
    window = [
        session(1, 10, days=0),
        session(1, 11, days=30),  # a second consultation: the course counted
        session(1, 11, days=60),
        session(2, 20),
        session(3, None),  # a session without a consultation: counted, ungraded
    ]
    baselines = {
        10: Baseline(10, 2, 5, 40),
        11: Baseline(11, 3, 12, 90),
        20: Baseline(20, 3, 8, 60),
    }
    follow_ups = {11: FollowUpScores(11, DAY, 7, 60)}
    audit = outcome_audit(None, None, window, {11: 4, 20: 1}, baselines, follow_ups, [])
    assert audit.patients == 3 and audit.sessions == 5
    rows = {row.grade: row for row in audit.grades}
    assert [row.grade for row in audit.grades] == [1, 2, 3, 4, None]
    assert sum(row.patients for row in audit.grades) == audit.patients
    assert rows[3].patients == 2 and rows[3].with_follow_up == 1
    assert rows[3].goodman_baron_change == Spread(1, -5, -5, -5)
    assert rows[3].ecca_change == Spread(1, -30, -30, -30)
    assert rows[3].sessions == Spread(2, 2.5, 1.75, 3.25)  # 4 and 1 sessions
    assert rows[None].patients == 1 and rows[None].goodman_baron_change.median is None
    assert rows[2].patients == 0 and audit.practitioners == ()


def test_events_per_session_and_practitioners_where_several():
    window = [session(1, 10, 1), session(1, 10, 1), session(2, 20, 2), session(3, 30, 2)]
    baselines = {c: Baseline(c, 4, 10, 50) for c in (10, 20, 30)}
    events = [Event("milia", 2), Event("pih", 1), Event("milia", 2)]
    audit = outcome_audit(DAY, DAY, window, {}, baselines, {}, events)
    assert [(e.type, e.count, e.per_session) for e in audit.events] == [
        ("milia", 2, 0.5),
        ("pih", 1, 0.25),
    ]
    by = {row.practitioner: row for row in audit.practitioners}
    assert by[1].patients == 1 and by[1].sessions == 2 and by[1].events == 1
    assert by[2].patients == 2 and by[2].sessions == 2 and by[2].events == 2
    # Without a follow-up, the sessions of the window are the course's.
    assert audit.grades[3].sessions == Spread(3, 1, 1, 1.5)


def test_an_empty_window_has_empty_rows_and_no_rates():
    audit = outcome_audit(DAY, DAY, [], {}, {}, {}, [Event("milia", None)])
    assert audit.patients == 0 and all(row.patients == 0 for row in audit.grades)
    assert audit.events[0].per_session == 0.0
