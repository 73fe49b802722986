"""The practitioners: listed, added, renamed, deactivated and reactivated. Returns domain
records, never ORM rows."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.practitioner import PractitionerRecord
from consult.store.errors import NotFound
from consult.store.models import Practitioner


def _to_record(row: Practitioner) -> PractitionerRecord:
    return PractitionerRecord(id=row.id, name=row.name, active=row.active)


def list_all(session: Session) -> list[PractitionerRecord]:
    """Every practitioner, by name (case ignored), then in the order they were added."""
    rows = session.scalars(select(Practitioner).order_by(Practitioner.id))
    return sorted((_to_record(row) for row in rows), key=lambda r: r.name.casefold())


def get(session: Session, practitioner_id: int) -> PractitionerRecord:
    row = session.get(Practitioner, practitioner_id)
    if row is None:
        raise NotFound(f"no practitioner with id {practitioner_id}")
    return _to_record(row)


def by_ids(session: Session, ids: Iterable[int | None]) -> list[PractitionerRecord]:
    """The practitioners with these ids, by id, each once; None (no one named) and an id
    with no practitioner are left out."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return []
    rows = session.scalars(
        select(Practitioner).where(Practitioner.id.in_(wanted)).order_by(Practitioner.id)
    )
    return [_to_record(row) for row in rows]


def add(session: Session, name: str) -> PractitionerRecord:
    row = Practitioner(name=name)
    session.add(row)
    session.flush()
    return _to_record(row)


def set_active(session: Session, practitioner_id: int, active: bool) -> PractitionerRecord:
    row = session.get(Practitioner, practitioner_id)
    if row is None:
        raise NotFound(f"no practitioner with id {practitioner_id}")
    row.active = active
    session.flush()
    return _to_record(row)


def rename(session: Session, practitioner_id: int, name: str) -> PractitionerRecord:
    row = session.get(Practitioner, practitioner_id)
    if row is None:
        raise NotFound(f"no practitioner with id {practitioner_id}")
    row.name = name
    session.flush()
    return _to_record(row)
