"""Photo records (the files themselves live in the photos folder beside the database)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.photo import PhotoRecord
from consult.store.models import Photo


def _record(row: Photo) -> PhotoRecord:
    return PhotoRecord(
        id=row.id,
        patient_id=row.patient_id,
        consultation_id=row.consultation_id,
        path=row.path,
        sha256=row.sha256,
        zone=row.zone,
        taken_at=row.taken_at,
        marketing_consent=row.marketing_consent,
    )


def add(
    session: Session,
    patient_id: int,
    path: str,
    sha256: str,
    zone: str,
    taken_at: dt.datetime,
    marketing_consent: bool,
    consultation_id: int | None,
) -> PhotoRecord:
    row = Photo(
        patient_id=patient_id,
        consultation_id=consultation_id,
        path=path,
        sha256=sha256,
        zone=zone,
        taken_at=taken_at,
        marketing_consent=marketing_consent,
    )
    session.add(row)
    session.flush()
    return _record(row)


def for_patient(session: Session, patient_id: int) -> list[PhotoRecord]:
    rows = session.scalars(
        select(Photo).where(Photo.patient_id == patient_id).order_by(Photo.taken_at, Photo.id)
    )
    return [_record(row) for row in rows]
