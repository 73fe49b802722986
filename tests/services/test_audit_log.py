"""The audit log query and its CSV export (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import stat

import pytest
from sqlalchemy import select

from consult.services.audit_log import AuditFilter, AuditLogService
from consult.store.audit import record_event
from consult.store.models import AuditEvent

DAY = dt.datetime(2026, 3, 10, 9, 0)


def _event(session, at, actor, action, record_id=None, detail=None):
    record_event(session, actor, action, action.split(".")[0], record_id, detail)
    session.flush()
    row = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    row.at = at


@pytest.fixture
def log(database):
    with database.write() as session:
        _event(session, DAY, "ana", "patient.add", 1)
        _event(session, DAY + dt.timedelta(hours=1), "ben", "photo.import", 7)
        _event(session, DAY + dt.timedelta(days=1), "ana", "photo.delete", 7, "=HYPERLINK(x)")
        _event(session, DAY + dt.timedelta(days=2), "ana", "patient_x.add", 2)
        # Two events in the same second: paging must not skip nor repeat one.
        _event(session, DAY + dt.timedelta(days=3), "ben", "consent.sign", 3)
        _event(session, DAY + dt.timedelta(days=3), "ben", "consent.sign", 4)
    return AuditLogService(database)


def test_newest_first_with_filters(log):
    everything = log.events(AuditFilter())
    assert [e.record_id for e in everything] == [4, 3, 2, 7, 7, 1]
    assert [e.action for e in log.events(AuditFilter(actor="ana"))] == [
        "patient_x.add",
        "photo.delete",
        "patient.add",
    ]
    assert {e.action for e in log.events(AuditFilter(action="photo"))} == {
        "photo.import",
        "photo.delete",
    }
    # The prefix is literal: "_" is not a wildcard.
    assert [e.action for e in log.events(AuditFilter(action="patient_"))] == ["patient_x.add"]
    one_day = AuditFilter(since=dt.date(2026, 3, 10), until=dt.date(2026, 3, 10))
    assert [e.actor for e in log.events(one_day)] == ["ben", "ana"]
    assert log.events(AuditFilter(actor="nobody")) == []


def test_paging_by_key_sees_every_event_once(log):
    seen = []
    page = AuditFilter(limit=2)
    while rows := log.events(page):
        seen.extend(row.id for row in rows)
        page = AuditFilter(limit=2, before=(rows[-1].at, rows[-1].id))
    assert seen == [e.id for e in log.events(AuditFilter())]
    assert len(set(seen)) == 6


def test_actors_and_actions_for_the_filters(log):
    assert log.actors() == ["ana", "ben"]
    assert log.actions() == sorted(
        {"patient.add", "photo.import", "photo.delete", "patient_x.add", "consent.sign"}
    )


def test_export_is_private_complete_and_safe_in_a_spreadsheet(log, tmp_path, monkeypatch):
    monkeypatch.setattr("consult.services.audit_log._EXPORT_PAGE", 4)  # two pages
    path = tmp_path / "audit.csv"
    assert log.export_csv(AuditFilter(), path) == 6
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [int(r["record_id"]) for r in rows] == [4, 3, 2, 7, 7, 1]
    assert rows[-1]["at_utc"] == "2026-03-10T09:00:00Z"
    assert rows[3]["detail"] == "'=HYPERLINK(x)"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert log.export_csv(AuditFilter(actor="ben", action="photo"), path) == 1
