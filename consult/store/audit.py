"""The audit trail: one event per write, naming the record but never its content."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from consult.store.models import AuditEvent


@dataclass(frozen=True)
class AuditRow:
    """One event as the audit log shows it; `at` is UTC."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    record_type: str
    record_id: int | None
    detail: str | None


@dataclass(frozen=True)
class AuditFilter:
    """Which events: by actor (exact), action (a prefix: "photo" finds "photo.import"), the
    days `since` to `until` (both included, UTC), newest first, `limit` at a time.

    `before` pages on: the (at, id) of the last row of the previous page. A key, not an
    offset, so the thousandth page costs what the first does."""

    actor: str | None = None
    action: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = 500
    before: tuple[dt.datetime, int] | None = None


def record_event(
    session: Session,
    actor: str,
    action: str,
    record_type: str,
    record_id: int | None,
    detail: str | None = None,
) -> None:
    session.add(
        AuditEvent(
            actor=actor,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )
    )


def _like_prefix(prefix: str) -> str:
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def find_events(session: Session, wanted: AuditFilter) -> list[AuditRow]:
    """The events `wanted`, newest first. The order is that of the index on `at` (ties by id),
    so a page is read off the index, however many rows the table holds."""
    query = select(AuditEvent)
    if wanted.actor is not None:
        query = query.where(AuditEvent.actor == wanted.actor)
    if wanted.action:
        query = query.where(AuditEvent.action.like(_like_prefix(wanted.action), escape="\\"))
    if wanted.since is not None:
        query = query.where(AuditEvent.at >= dt.datetime.combine(wanted.since, dt.time()))
    if wanted.until is not None:
        end = dt.datetime.combine(wanted.until + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEvent.at < end)
    if wanted.before is not None:
        at, event_id = wanted.before
        query = query.where(
            or_(AuditEvent.at < at, and_(AuditEvent.at == at, AuditEvent.id < event_id))
        )
    query = query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(wanted.limit)
    return [
        AuditRow(
            id=event.id,
            at=event.at,
            actor=event.actor,
            action=event.action,
            record_type=event.record_type,
            record_id=event.record_id,
            detail=event.detail,
        )
        for event in session.scalars(query)
    ]


def distinct_actors(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEvent.actor).distinct()))


def distinct_actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEvent.action).distinct()))
