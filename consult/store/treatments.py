"""Treatment sessions as performed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.treatment import TreatmentDetails, TreatmentRecord
from consult.store.models import TreatmentSession


def _record(row: TreatmentSession) -> TreatmentRecord:
    details = TreatmentDetails(
        date=row.date,
        device=row.device,
        depth_mm=dict(row.depth_mm),
        passes=row.passes,
        product=row.product,
        lot=row.lot,
        reaction=row.reaction,
        notes=row.notes,
        consultation_id=row.consultation_id,
    )
    return TreatmentRecord(row.id, row.patient_id, details, row.finalised, row.created_at)


def add(
    session: Session, patient_id: int, details: TreatmentDetails, finalised: bool
) -> TreatmentRecord:
    row = TreatmentSession(
        patient_id=patient_id,
        consultation_id=details.consultation_id,
        date=details.date,
        device=details.device,
        depth_mm=dict(details.depth_mm),
        passes=details.passes,
        product=details.product,
        lot=details.lot,
        reaction=details.reaction,
        notes=details.notes,
        finalised=finalised,
    )
    session.add(row)
    session.flush()
    return _record(row)


def for_patient(session: Session, patient_id: int) -> list[TreatmentRecord]:
    rows = session.scalars(
        select(TreatmentSession)
        .where(TreatmentSession.patient_id == patient_id)
        .order_by(TreatmentSession.date, TreatmentSession.id)
    )
    return [_record(row) for row in rows]
