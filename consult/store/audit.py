"""The audit trail: one event per write, naming the record but never its content."""

from __future__ import annotations

from sqlalchemy.orm import Session

from consult.store.models import AuditEvent


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
