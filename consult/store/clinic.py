"""The clinic settings: one row, created on first save."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.clinic import DAY_NAMES, ClinicDetails
from consult.store.clinic_file import COLUMNS, to_details
from consult.store.models import AuditEvent, ClinicSettings, Installation, Patient

# The audit event `consult demo` records as it fills a new database: what marks a database
# of invented patients (a demo refuses a database that holds patients already).
DEMO_FILLED = "demo.fill"


def _row(session: Session) -> ClinicSettings | None:
    return session.scalars(select(ClinicSettings).order_by(ClinicSettings.id).limit(1)).first()


def get(session: Session) -> ClinicDetails | None:
    """The clinic's details, or None before they were first saved."""
    row = _row(session)
    if row is None:
        return None
    return to_details([getattr(row, column) for column in COLUMNS])


def installation_id(session: Session) -> str:
    """The database's installation id (a UUID made by its migrations)."""
    return session.scalars(select(Installation.id).limit(1)).one()


def save(session: Session, details: ClinicDetails) -> int:
    row = _row(session)
    if row is None:
        row = ClinicSettings()
        session.add(row)
    row.name = details.name
    row.address = details.address
    row.phone = details.phone
    row.email = details.email
    row.website = details.website
    row.logo_path = details.logo_path
    row.paper_size = details.paper_size
    row.working_days = ",".join(DAY_NAMES[d] for d in sorted(set(details.working_days)))
    session.flush()
    return row.id


def idle_lock_minutes(session: Session) -> int | None:
    """Minutes without input before the window locks; None before the clinic row exists
    (the default applies)."""
    row = _row(session)
    return None if row is None else row.idle_lock_minutes


def set_idle_lock_minutes(session: Session, minutes: int) -> int:
    row = _row(session)
    if row is None:
        row = ClinicSettings()
        session.add(row)
    row.idle_lock_minutes = minutes
    session.flush()
    return row.id


def plain_by_choice(session: Session) -> str | None:
    """Who kept this SQLite database unencrypted and when ("admin, 2026-12-06 12:00 UTC"),
    or None when nobody chose to."""
    row = _row(session)
    return None if row is None else row.plain_by_choice


def is_demo(session: Session) -> bool:
    """True for a database `consult demo` filled with invented patients."""
    found = select(AuditEvent.id).where(AuditEvent.action == DEMO_FILLED).limit(1)
    return session.scalar(found) is not None


def holds_patients(session: Session) -> bool:
    return session.scalar(select(Patient.id).limit(1)) is not None
