"""When a photo could have been taken, and whether it sits near its visit."""

import datetime as dt

from consult.domain.photo import days_from_visit, taken_in_future

NOW = dt.datetime(2026, 12, 6, 12, 0)


def test_a_camera_clock_some_hours_ahead_is_not_the_future_but_days_ahead_are():
    assert not taken_in_future(NOW + dt.timedelta(hours=5), NOW)
    assert taken_in_future(NOW + dt.timedelta(days=2), NOW)


def test_a_photo_more_than_a_week_from_its_visit_is_flagged_with_the_days():
    visit = dt.date(2026, 10, 1)
    assert days_from_visit(dt.datetime(2026, 10, 8, 9, 0), visit) is None
    assert days_from_visit(dt.datetime(2026, 11, 24, 9, 0), visit) == 54
    assert days_from_visit(dt.datetime(2026, 9, 20, 9, 0), visit) == 11
