"""Signed consents: kept whole (the PDF in the row), their status changed, never deleted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from consult.domain.consent import (
    ConsentAnswers,
    ConsentKind,
    ConsentRecord,
    ConsentStatus,
    Party,
    Signature,
)
from consult.store.errors import NotFound
from consult.store.models import SignedConsent, utcnow


def _party(data: dict[str, Any]) -> Party:
    return Party(
        name=data["name"],
        signature=Signature.from_json(data["signature"]),
        relationship=data.get("relationship", ""),
    )


def _party_json(party: Party) -> dict[str, Any]:
    return {
        "name": party.name,
        "relationship": party.relationship,
        "signature": party.signature.to_json(),
    }


def _answers_json(answers: ConsentAnswers) -> dict[str, Any]:
    return {
        "statements": list(answers.statements),
        "ticked": list(answers.ticked),
        "patient": _party_json(answers.patient),
        "guardian": _party_json(answers.guardian) if answers.guardian else None,
        "practitioner": _party_json(answers.practitioner),
        "photo_uses": sorted(answers.photo_uses),
        "plan_dates": [day.isoformat() for day in answers.plan_dates],
    }


def _record(row: SignedConsent) -> ConsentRecord:
    data = row.answers
    answers = ConsentAnswers(
        kind=ConsentKind(row.kind),
        form_version=row.form_version,
        language=row.language,
        signed_on=row.signed_on,
        statements=tuple(data["statements"]),
        ticked=tuple(data["ticked"]),
        patient=_party(data["patient"]),
        practitioner=_party(data["practitioner"]),
        guardian=_party(data["guardian"]) if data.get("guardian") else None,
        photo_uses=frozenset(data.get("photo_uses") or ()),
        plan_dates=tuple(dt.date.fromisoformat(day) for day in data.get("plan_dates") or ()),
    )
    return ConsentRecord(
        id=row.id,
        patient_id=row.patient_id,
        consultation_id=row.consultation_id,
        answers=answers,
        sha256=row.sha256,
        signed_at=row.signed_at,
        status=ConsentStatus(row.status),
        status_reason=row.status_reason,
        status_changed_at=row.status_changed_at,
        reflection_reason=row.reflection_reason,
    )


def add(
    session: Session,
    patient_id: int,
    consultation_id: int | None,
    answers: ConsentAnswers,
    pdf: bytes,
    sha256: str,
) -> ConsentRecord:
    guardian = answers.guardian
    row = SignedConsent(
        patient_id=patient_id,
        consultation_id=consultation_id,
        kind=answers.kind.value,
        form_version=answers.form_version,
        language=answers.language,
        signed_on=answers.signed_on,
        signed_at=utcnow(),
        patient_name=answers.patient.name,
        guardian_name=guardian.name if guardian else "",
        guardian_relationship=guardian.relationship if guardian else "",
        practitioner_name=answers.practitioner.name,
        typed=answers.typed,
        answers=_answers_json(answers),
        pdf=pdf,
        sha256=sha256,
        status=ConsentStatus.SIGNED.value,
        status_reason="",
        reflection_reason="",
    )
    session.add(row)
    session.flush()
    return _record(row)


def _row(session: Session, consent_id: int) -> SignedConsent:
    row = session.get(SignedConsent, consent_id)
    if row is None:
        raise NotFound(f"no consent {consent_id}")
    return row


def get(session: Session, consent_id: int) -> ConsentRecord:
    return _record(_row(session, consent_id))


def pdf(session: Session, consent_id: int) -> bytes:
    return _row(session, consent_id).pdf


def for_patient(session: Session, patient_id: int) -> list[ConsentRecord]:
    """The patient's consents, oldest first (the PDFs are not read)."""
    rows = session.scalars(
        select(SignedConsent)
        .where(SignedConsent.patient_id == patient_id)
        .order_by(SignedConsent.signed_at, SignedConsent.id)
    )
    return [_record(row) for row in rows]


def with_hash(session: Session, sha256: str) -> ConsentRecord | None:
    row = session.scalars(
        select(SignedConsent).where(SignedConsent.sha256 == sha256).limit(1)
    ).first()
    return _record(row) if row is not None else None


def set_status(
    session: Session, consent_id: int, status: ConsentStatus, reason: str, at: dt.datetime
) -> ConsentRecord:
    row = _row(session, consent_id)
    row.status = status.value
    row.status_reason = reason
    row.status_changed_at = at
    session.flush()
    return _record(row)


def set_reflection_reason(session: Session, consent_id: int, reason: str) -> ConsentRecord:
    row = _row(session, consent_id)
    row.reflection_reason = reason
    session.flush()
    return _record(row)
