"""A patient's whole record as one JSON document (`consult export`): the facts, every
consultation as its assessment document with scores and plan, the course (sessions and test
patches with their addenda, adverse events, follow-ups, plan revisions), photos, signed
consents (what was signed, by whom, what became of it, the PDF's SHA-256; the PDF itself goes
beside the JSON in a practice export).

Keys are only ever added to the format, never renamed: a reader of an earlier export still
finds what it knew (a session's `product` and `lot` are its lot of kind "other", as sessions
recorded before lots per consumable kept them: its lot of kind "other", else its cartridge
lot)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from consult import __version__
from consult.domain.access import Permission
from consult.domain.consent import ConsentKind, ConsentRecord
from consult.domain.consultation import ConsultationRecord, date_items, draft_document
from consult.domain.document import finding_document
from consult.domain.photo import PhotoRecord
from consult.domain.practitioner import PractitionerRecord
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.treatment import (
    NEEDLES_LOT,
    AdverseEventRecord,
    Change,
    FollowUpRecord,
    RevisionRecord,
    SessionRecord,
)
from consult.services.access import CurrentUser
from consult.services.course import compare_follow_up
from consult.store import consents, consultations, patients, photos, practitioners, treatments
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
        # "given-first", "family-first", or null: automatic, by language and script.
        "name_order": details.name_order,
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


def _session(record: SessionRecord) -> dict[str, Any]:
    d = record.draft
    # Readers of the keys from before `lots` find the session's lot there: its "other" lot
    # as always, else the lot of its needles (the one a recall asks about).
    other = d.lots.get("other") or d.lots.get(NEEDLES_LOT)
    return {
        "id": record.id,
        "date": d.date.isoformat(),
        "consultation_id": d.consultation_id,
        "device": d.device,
        "depth_mm": dict(d.depths_mm),
        "passes": d.passes,
        "product": other.product if other else "",
        "lot": other.number if other else "",
        "reaction": d.reaction,
        "notes": d.notes,
        "finalised": record.is_final,
        # Sessions keep the moment they were signed; one recorded before 0004 was signed
        # when it was recorded.
        "created_at": _when(record.finalised_at),
        "kind": d.kind,
        "number": d.number,
        "practitioner_id": d.practitioner_id,
        "finalised_at": _when(record.finalised_at),
        "pre_session_check": dict(d.check),
        "pre_session_reasons": dict(d.check_reasons),
        "device_model": d.device_model,
        "needles": d.needles,
        "lots": {
            kind: {"number": lot.number, "expiry": _when(lot.expiry), "product": lot.product}
            for kind, lot in d.lots.items()
        },
        "anaesthetic": {"agent": d.anaesthetic, "minutes": d.anaesthetic_minutes},
        "depth_reasons": dict(d.depth_reasons),
        "speed": d.speed,
        "endpoint": d.endpoint,
        "adjuncts": [{"id": a.id, "zones": list(a.zones)} for a in d.adjuncts],
        "pain": d.pain,
        "aftercare_given": d.aftercare_given,
        "test_patch": {
            "zone": d.patch_zone,
            "read_on": _when(d.patch_read_on),
            "result": d.patch_result,
        }
        if d.kind == "test_patch"
        else None,
        "addenda": [
            {
                "id": a.id,
                "practitioner_id": a.practitioner_id,
                "at": _when(a.at),
                "field": a.field,
                "text": a.text,
            }
            for a in record.addenda
        ],
    }


def _event(record: AdverseEventRecord) -> dict[str, Any]:
    d = record.details
    return {
        "id": record.id,
        "session_id": d.session_id,
        "type": d.type,
        "onset": d.onset.isoformat(),
        "severity": d.severity,
        "action": d.action,
        "resolved_on": _when(d.resolved_on),
        "notes": d.notes,
    }


def _change(change: Change) -> dict[str, float | None]:
    return {"baseline": change.baseline, "now": change.now, "change": change.change}


def _follow_up(
    record: FollowUpRecord, baseline: ConsultationRecord | None, rules: Rules
) -> dict[str, Any]:
    d = record.details
    comparison = compare_follow_up(record, baseline) if baseline is not None else None
    return {
        "id": record.id,
        "date": d.date.isoformat(),
        "consultation_id": d.consultation_id,
        "session_id": d.session_id,
        "practitioner_id": d.practitioner_id,
        "findings": [finding_document(f, rules) for f in d.findings],
        "global_grade": d.global_grade,
        "scores": {
            "goodman_baron_quantitative": record.scores.goodman_baron_quantitative,
            "ecca": record.scores.ecca,
        },
        "notes": d.notes,
        # Beside the consultation it follows, as the window shows it: per score and per zone.
        "comparison": {
            "scores": {
                "goodman_baron_quantitative": _change(comparison.goodman_baron_quantitative),
                "ecca": _change(comparison.ecca),
                "grade": _change(comparison.grade),
            },
            "zones": {zone: _change(change) for zone, change in comparison.counts.items()},
        }
        if comparison is not None
        else None,
    }


def _revision(record: RevisionRecord) -> dict[str, Any]:
    d = record.details
    return {
        "id": record.id,
        "consultation_id": d.consultation_id,
        "date": d.date.isoformat(),
        "practitioner_id": d.practitioner_id,
        "sessions_total": d.sessions_total,
        "interval_weeks": d.interval_weeks,
        "remaining_dates": [day.isoformat() for day in d.remaining_dates],
        "needle_depth_mm": dict(d.depths_mm),
        "reason": d.reason,
        "created_at": _when(record.created_at),
    }


def _photo(photo: PhotoRecord) -> dict[str, Any]:
    visit = photo.visit
    return {
        "id": photo.id,
        "file": f"photos/{photo.path}",
        "sha256": photo.sha256,
        "view": photo.view.value,
        "zone": photo.zone,
        "visit": (
            None
            if visit is None
            else {"kind": visit.kind.value, "id": visit.id, "date": visit.date.isoformat()}
        ),
        "taken_at": _when(photo.taken_at),
        "taken_from": photo.taken_from.value,
        "lighting": photo.lighting.value,
        "uses": sorted(use.value for use in photo.uses),
        "retired_at": _when(photo.retired_at),
    }


def consent_file(patient_id: int, consent_id: int) -> str:
    """Where a practice export puts a signed consent's PDF: beside the patient's JSON."""
    return f"patients/patient-{patient_id}-consent-{consent_id}.pdf"


def _consent(record: ConsentRecord) -> dict[str, Any]:
    answers = record.answers
    guardian = answers.guardian
    return {
        "id": record.id,
        "kind": answers.kind.value,
        "form_version": answers.form_version,
        "language": answers.language,
        "consultation_id": record.consultation_id,
        "status": record.status.value,
        "signed_on": answers.signed_on.isoformat(),
        "signed_at": _when(record.signed_at),
        "patient_name": answers.patient.name,
        "guardian_name": guardian.name if guardian else None,
        "guardian_relationship": guardian.relationship if guardian else None,
        "practitioner_name": answers.practitioner.name,
        # A name typed in place of a drawn signature (a keyboard user).
        "typed": answers.typed,
        "statements": list(answers.statements),
        "photo_uses": (
            sorted(answers.photo_uses) if answers.kind == ConsentKind.PHOTO_USE else None
        ),
        "status_reason": record.status_reason,
        "status_changed_at": _when(record.status_changed_at),
        "reflection_reason": record.reflection_reason,
        "sha256": record.sha256,
        "file": consent_file(record.patient_id, record.id),
    }


def practitioner_entry(record: PractitionerRecord) -> dict[str, Any]:
    """A practitioner as the exports give them; `active` is false once they left."""
    return {"id": record.id, "name": record.name, "active": record.active}


def _practitioner_ids(
    history: list[ConsultationRecord],
    sessions: list[SessionRecord],
    follow_ups: list[FollowUpRecord],
    revisions: list[RevisionRecord],
) -> list[int | None]:
    """Every practitioner id the export's records carry (None where no one is named).
    Signed consents are not among them: they keep the practitioner's name as signed, not an
    id."""
    ids = [record.practitioner_id for record in history]
    for record in sessions:
        ids.append(record.draft.practitioner_id)
        ids.extend(addendum.practitioner_id for addendum in record.addenda)
    ids.extend(record.details.practitioner_id for record in follow_ups)
    ids.extend(record.details.practitioner_id for record in revisions)
    return ids


def export_patient(
    database: Database, rules: Rules, patient_id: int, *, current: CurrentUser
) -> dict[str, Any]:
    """Everything kept about one patient, read in one transaction (a consistent picture).

    Raises `NotAllowed` unless `current` may open clinical records, `NotFound` for an
    unknown id.
    """
    current.require(Permission.CLINICAL)
    with database.read() as session:
        patient = patients.get(session, patient_id)
        history = consultations.history(session, patient_id, date_items(rules))
        sessions = treatments.sessions_for_patient(session, patient_id)
        events = treatments.events_for_patient(session, patient_id)
        follow_ups = treatments.follow_ups_for_patient(session, patient_id)
        revisions = [
            revision for record in history for revision in treatments.revisions(session, record.id)
        ]
        pictures = photos.for_patient(session, patient_id, include_retired=True)
        signed = consents.for_patient(session, patient_id)
        named = practitioners.by_ids(
            session, _practitioner_ids(history, sessions, follow_ups, revisions)
        )
    baselines = {record.id: record for record in history}
    return {
        "schema": EXPORT_SCHEMA,
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "app_version": __version__,
        "patient": _patient(patient),
        "consultations": [_consultation(r, patient, rules) for r in reversed(history)],
        "treatment_sessions": [_session(t) for t in sessions],
        "photos": [_photo(p) for p in pictures],
        "adverse_events": [_event(e) for e in events],
        "follow_ups": [
            _follow_up(f, baselines.get(f.details.consultation_id), rules) for f in follow_ups
        ],
        "plan_revisions": sorted(
            (_revision(r) for r in revisions), key=lambda r: (r["created_at"], r["id"])
        ),
        "signed_consents": [_consent(c) for c in signed],
        "practitioners": [practitioner_entry(p) for p in named],
    }
