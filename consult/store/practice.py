"""The practice's patients in id order, a page at a time: the practice export streams them
rather than read every record at once."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.store.models import Patient


def patient_ids(session: Session, after: int = 0, limit: int = 1000) -> list[int]:
    """Up to `limit` patient ids greater than `after`, smallest first."""
    query = select(Patient.id).where(Patient.id > after).order_by(Patient.id).limit(limit)
    return list(session.scalars(query))
