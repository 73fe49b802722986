"""A patient's whole record as one JSON document (`consult export`): the facts, every
consultation as its assessment document with scores and plan, performed sessions, photos."""

from __future__ import annotations

import datetime as dt
from typing import Any

from consult import __version__
from consult.domain.consultation import ConsultationRecord, date_items, draft_document
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.store import consultations, patients, photos, treatments
from consult.store.database import Database

EXPORT_SCHEMA = "consult.patient-export/1"


def _when(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _patient(record: PatientRecord) -> dict[str, Any]:
    details = record.details
    answers = details.fitzpatrick_answers
    return {
        "id": record.id,
        "given_names": details.given_names,
        "family_name": details.family_name,
        "date_of_birth": details.date_of_birth.isoformat(),
        "sex": details.sex,
        "phone": details.phone,
        "email": details.email,
        "fitzpatrick": details.fitzpatrick,
        "fitzpatrick_questionnaire": (
            {"id": answers.questionnaire_id, "answers": list(answers.answers)} if answers else None
        ),
        "language": details.language,
        "notes": details.notes,
        "archived": record.archived,
        "created_at": _when(record.created_at),
        "updated_at": _when(record.updated_at),
    }


def _consultation(
    record: ConsultationRecord, patient: PatientRecord, rules: Rules
) -> dict[str, Any]:
    draft, scores, plan = record.draft, record.scores, record.plan
    return {
        "id": record.id,
        "status": record.status,
        "practitioner_id": record.practitioner_id,
        "rules_version": record.rules_version,
        "created_at": _when(record.created_at),
        "updated_at": _when(record.updated_at),
        "finalised_at": _when(record.finalised_at),
        "assessment": draft_document(draft, patient, rules),
        "acknowledged_precautions": sorted(draft.acknowledged),
        "qualitative_answers": dict(draft.qualitative_answers),
        "notes": draft.notes,
        "plan_edits": draft.plan_choices.to_json(),
        "scores": None
        if scores is None
        else {
            "goodman_baron_quantitative": scores.goodman_baron_quantitative,
            "ecca": scores.ecca,
            "qualitative_suggested": scores.qualitative_suggested,
            "qualitative_used": scores.qualitative_used,
        },
        "plan": None
        if plan is None
        else {
            "status": plan.status,
            "grade": plan.grade,
            "sessions": {
                "min": plan.sessions_min,
                "suggested": plan.sessions_suggested,
                "max": plan.sessions_max,
                "final": plan.sessions_final,
            },
            "interval_weeks": {
                "suggested": plan.interval_suggested_weeks,
                "final": plan.interval_final_weeks,
            },
            "start": _when(plan.start),
            "dates": [day.isoformat() for day in plan.dates],
            "needle_depth_mm": dict(plan.depths_mm),
            "overrides": [
                {
                    "field": o.changed.key,
                    "suggested": o.texts[0],
                    "final": o.texts[1],
                    "reason": o.reason,
                }
                for o in plan.overrides
            ],
            "rules_version": plan.rules_version,
            "engine": dict(plan.detail),
        },
    }


def export_patient(database: Database, rules: Rules, patient_id: int) -> dict[str, Any]:
    """Everything kept about one patient, read in one transaction (a consistent picture).

    Raises `NotFound` for an unknown id.
    """
    with database.read() as session:
        patient = patients.get(session, patient_id)
        history = consultations.history(session, patient_id, date_items(rules))
        sessions = treatments.for_patient(session, patient_id)
        pictures = photos.for_patient(session, patient_id)
    return {
        "schema": EXPORT_SCHEMA,
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "patient": _patient(patient),
        "consultations": [_consultation(r, patient, rules) for r in reversed(history)],
        "treatment_sessions": [
            {
                "id": t.id,
                "date": t.details.date.isoformat(),
                "consultation_id": t.details.consultation_id,
                "device": t.details.device,
                "depth_mm": dict(t.details.depth_mm),
                "passes": t.details.passes,
                "product": t.details.product,
                "lot": t.details.lot,
                "reaction": t.details.reaction,
                "notes": t.details.notes,
                "finalised": t.finalised,
                "created_at": _when(t.created_at),
            }
            for t in sessions
        ],
        "photos": [
            {
                "id": p.id,
                "file": f"photos/{p.path}",
                "sha256": p.sha256,
                "zone": p.zone,
                "taken_at": _when(p.taken_at),
                "marketing_consent": p.marketing_consent,
                "consultation_id": p.consultation_id,
            }
            for p in pictures
        ],
    }
