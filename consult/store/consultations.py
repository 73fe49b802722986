"""Consultations: drafts, final ones with their plans, and a patient's history.

Returns domain records, never ORM rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, selectinload

from consult.domain.consultation import (
    ConsultationDraft,
    ConsultationRecord,
    ConsultationStatus,
    FinalPlan,
    Override,
    PlanChoices,
    SavedPlan,
    SavedScores,
)
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.plan_status import PlanStatus
from consult.store.compact import (
    decode_detail,
    decode_screening,
    detail_text_ids,
    encode_detail,
    encode_screening,
    screening_text_ids,
)
from consult.store.errors import NotFound, StoreError, require_version
from consult.store.models import (
    Consultation,
    FindingRecord,
    Photo,
    PlannedSession,
    PlanOverride,
    PlanRecord,
    TreatmentSession,
    utcnow,
)
from consult.store.shared_texts import SharedTexts, load_texts

_LOAD = (
    selectinload(Consultation.findings),
    selectinload(Consultation.plan).selectinload(PlanRecord.overrides),
    selectinload(Consultation.plan).selectinload(PlanRecord.sessions),
)


# The plan's calendar id lives in the draft's plan JSON (and the final plan's detail): no
# column needed. Consultations saved before it existed get one made from their row, so their
# calendar, exported again, keeps its ids too (nothing of the patient goes into it).
CALENDAR_UID = "calendar_uid"
# The warnings checked on the Finish page are kept there too, so a resumed draft keeps them;
# left out when there are none (most drafts, and every plan the demo makes).
CHECKED_WARNINGS = "checked_warnings"
# And the reason given for a first session sooner than the time to reflect after signing.
REFLECTION_REASON = "reflection_reason"
_EARLIER_CONSULTATIONS = uuid.UUID("3f0c2a4e-9b1d-4e57-8a6c-2d9e7b1f5c30")


def _calendar_uid(row: Consultation) -> str:
    kept = (row.plan_choices or {}).get(CALENDAR_UID)
    if kept:
        return str(kept)
    if row.id is None:
        return str(uuid.uuid4())
    return str(uuid.uuid5(_EARLIER_CONSULTATIONS, f"{row.id}/{row.created_at}"))


class AlreadyFinal(StoreError):
    """A final consultation is a record of what was decided; it is not edited."""


def _texts(session: Session, rows: list[Consultation]) -> dict[int, str]:
    """The shared texts the rows' answers and plans refer to, read at once."""
    ids: set[int] = set()
    for row in rows:
        ids |= screening_text_ids(row.screening)
        if row.plan is not None:
            ids |= detail_text_ids(row.plan.detail)
    return load_texts(session, ids)


def _draft(
    row: Consultation, date_items: frozenset[str], texts: Mapping[int, str]
) -> ConsultationDraft:
    flags: dict[str, bool] = {}
    dates: dict[str, dt.date | None] = {}
    current: set[str] = set()
    answers = decode_screening(row.screening, texts)
    for item, (answer, day, _acknowledged) in answers.items():
        if item in date_items:
            # A date item: the last dose, "never" (answered False, no date), or still taken
            # (answered True, no date: the letter `y`).
            if answer and day is None:
                current.add(item)
            elif answer is not None:
                dates[item] = day
        elif answer is not None:
            flags[item] = answer
    return ConsultationDraft(
        date=row.date,
        screening=ScreeningAnswers(flags, dates, frozenset(current)),
        acknowledged=frozenset(item for item, value in answers.items() if value[2]),
        findings=tuple(
            Finding(f.zone, f.scar_type, f.count, f.area_cm2, f.older_than_2_years)
            for f in sorted(row.findings, key=lambda f: f.id)
        ),
        global_grade=row.global_grade,
        qualitative_answers=dict(row.qualitative_answers or {}),
        plan_start=row.plan_start,
        plan_choices=PlanChoices.from_json(row.plan_choices),
        notes=row.notes,
        fitzpatrick=row.fitzpatrick,
        calendar_uid=_calendar_uid(row),
        checked_warnings=frozenset((row.plan_choices or {}).get(CHECKED_WARNINGS, ())),
        reflection_reason=str((row.plan_choices or {}).get(REFLECTION_REASON, "")),
    )


def _plan(consultation: Consultation, texts: Mapping[int, str]) -> SavedPlan | None:
    row = consultation.plan
    if row is None:
        return None
    uid = (consultation.plan_choices or {}).get(CALENDAR_UID)
    detail = decode_detail(row.detail, uid, texts)
    return SavedPlan(
        status=PlanStatus(row.status),
        grade=row.grade,
        sessions_min=row.sessions_min,
        sessions_suggested=row.sessions_suggested,
        sessions_max=row.sessions_max,
        sessions_final=row.sessions_final,
        interval_suggested_weeks=row.interval_suggested_weeks,
        interval_final_weeks=row.interval_final_weeks,
        start=row.start_date,
        dates=tuple(s.date for s in row.sessions),
        depths_mm=dict(detail.get("depths_mm_final", {})),
        overrides=tuple(
            Override.from_texts(o.field, o.suggested, o.final, o.reason) for o in row.overrides
        ),
        rules_version=row.rules_version,
        detail=detail,
    )


def _record(
    row: Consultation, date_items: frozenset[str], texts: Mapping[int, str]
) -> ConsultationRecord:
    scores = None
    if row.goodman_baron_quantitative is not None and row.ecca is not None:
        used = row.global_grade if row.global_grade is not None else row.qualitative_suggested
        scores = SavedScores(
            row.goodman_baron_quantitative, row.ecca, row.qualitative_suggested, used
        )
    return ConsultationRecord(
        id=row.id,
        patient_id=row.patient_id,
        practitioner_id=row.practitioner_id,
        status=ConsultationStatus(row.status),
        rules_version=row.rules_version,
        draft=_draft(row, date_items, texts),
        scores=scores,
        plan=_plan(row, texts),
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalised_at=row.finalised_at,
    )


def _row(session: Session, consultation_id: int, expected_version: int | None) -> Consultation:
    row = session.get(Consultation, consultation_id, options=_LOAD)
    if row is None:
        raise NotFound(f"no consultation with id {consultation_id}")
    require_version("consultation", row.version, expected_version)
    return row


def _screening(draft: ConsultationDraft, shared: SharedTexts) -> dict[str, Any]:
    answers: dict[str, tuple[bool | None, dt.date | None, bool]] = {
        item: (answer, None, False) for item, answer in draft.screening.flags.items()
    }
    for item, day in draft.screening.dates.items():
        answers[item] = (day is not None, day, False)
    for item in draft.screening.current:
        answers[item] = (True, None, False)
    # A precaution raised without an answer (under 18 from the birth date) is acknowledged too.
    for item in draft.acknowledged:
        answer, day, _ = answers.get(item, (None, None, False))
        answers[item] = (answer, day, True)
    return encode_screening(answers, shared.id_of)


def _choices(choices: PlanChoices) -> dict[str, Any]:
    """The edits as kept: the fields not edited are left out (`from_json` reads them as such)."""
    return {key: value for key, value in choices.to_json().items() if value not in (None, {})}


def _clear_findings(session: Session, row: Consultation) -> None:
    """Delete the old findings before new ones take their unique keys."""
    row.findings.clear()
    session.flush()


def _apply(
    row: Consultation, draft: ConsultationDraft, scores: SavedScores | None, shared: SharedTexts
) -> None:
    row.date = draft.date
    row.fitzpatrick = draft.fitzpatrick
    row.global_grade = draft.global_grade
    row.qualitative_answers = dict(draft.qualitative_answers)
    row.plan_start = draft.plan_start
    uid = draft.calendar_uid or _calendar_uid(row)
    row.plan_choices = {**_choices(draft.plan_choices), CALENDAR_UID: uid}
    if draft.checked_warnings:
        row.plan_choices[CHECKED_WARNINGS] = sorted(draft.checked_warnings)
    if draft.reflection_reason:
        row.plan_choices[REFLECTION_REASON] = draft.reflection_reason
    row.notes = draft.notes
    row.screening = _screening(draft, shared)
    row.findings = [
        FindingRecord(
            zone=f.zone,
            scar_type=f.scar_type,
            count=f.count,
            area_cm2=f.area_cm2,
            older_than_2_years=f.older_than_2_years,
        )
        for f in draft.findings
    ]
    row.qualitative_suggested = scores.qualitative_suggested if scores else None
    row.goodman_baron_quantitative = scores.goodman_baron_quantitative if scores else None
    row.ecca = scores.ecca if scores else None
    row.updated_at = utcnow()


def add_draft(
    session: Session,
    patient_id: int,
    draft: ConsultationDraft,
    rules_version: str,
    practitioner_id: int | None,
    scores: SavedScores | None,
    date_items: frozenset[str],
    drafted_by: str | None = None,
) -> ConsultationRecord:
    row = Consultation(
        patient_id=patient_id,
        practitioner_id=practitioner_id,
        drafted_by=drafted_by,
        status=ConsultationStatus.DRAFT.value,
        rules_version=rules_version,
        findings=[],
    )
    shared = SharedTexts(session)
    _apply(row, draft, scores, shared)
    row.created_at = row.updated_at
    session.add(row)
    session.flush()
    return _record(row, date_items, shared.given())


def save_draft(
    session: Session,
    consultation_id: int,
    draft: ConsultationDraft,
    rules_version: str,
    scores: SavedScores | None,
    date_items: frozenset[str],
    expected_version: int | None = None,
) -> ConsultationRecord:
    row = _row(session, consultation_id, expected_version)
    if row.status == ConsultationStatus.FINAL:
        raise AlreadyFinal("this consultation is final and cannot be changed; start a new one")
    _clear_findings(session, row)
    shared = SharedTexts(session)
    _apply(row, draft, scores, shared)
    row.rules_version = rules_version
    session.flush()
    return _record(row, date_items, shared.given())


def set_practitioner(
    session: Session,
    consultation_id: int,
    practitioner_id: int | None,
    date_items: frozenset[str],
    expected_version: int | None = None,
) -> ConsultationRecord:
    row = _row(session, consultation_id, expected_version)
    if row.status == ConsultationStatus.FINAL:
        raise AlreadyFinal("this consultation is final: who saw the patient is kept as it was")
    row.practitioner_id = practitioner_id
    row.updated_at = utcnow()
    session.flush()
    return _record(row, date_items, _texts(session, [row]))


def finalise(
    session: Session,
    consultation_id: int,
    draft: ConsultationDraft,
    scores: SavedScores,
    final: FinalPlan,
    detail: dict[str, Any],
    date_items: frozenset[str],
    expected_version: int | None = None,
) -> ConsultationRecord:
    row = _row(session, consultation_id, expected_version)
    if row.status == ConsultationStatus.FINAL:
        raise AlreadyFinal("this consultation is already final")
    _clear_findings(session, row)
    shared = SharedTexts(session)
    _apply(row, draft, scores, shared)
    _set_final(row, final, detail, shared)
    session.flush()
    return _record(row, date_items, shared.given())


def _kept_detail(detail: dict[str, Any], uid: str | None, shared: SharedTexts) -> dict[str, Any]:
    """The detail as kept: compact, unless that would not read back as given."""
    kept = encode_detail(detail, uid, shared.id_of)
    return kept if decode_detail(kept, uid, shared.given()) == detail else detail


def _set_final(
    row: Consultation, final: FinalPlan, detail: dict[str, Any], shared: SharedTexts
) -> None:
    plan = final.plan
    uid = (row.plan_choices or {}).get(CALENDAR_UID)
    row.plan = PlanRecord(
        status=plan.status.value,
        grade=plan.grade,
        sessions_min=plan.sessions.min,
        sessions_suggested=plan.sessions.suggested,
        sessions_max=plan.sessions.max,
        sessions_final=len(plan.dates),
        interval_suggested_weeks=int(detail.get("interval_suggested_weeks", plan.interval_weeks)),
        interval_final_weeks=plan.interval_weeks,
        start_date=plan.start,
        rules_version=plan.rules_version,
        detail=_kept_detail(
            {**detail, "depths_mm_final": dict(final.depths_mm), CALENDAR_UID: uid}, uid, shared
        ),
        overrides=[
            PlanOverride(
                field=o.changed.key, suggested=o.texts[0], final=o.texts[1], reason=o.reason
            )
            for o in final.overrides
        ],
        sessions=[
            PlannedSession(number=number, date=day)
            for number, day in enumerate(plan.dates, start=1)
        ],
    )
    row.rules_version = plan.rules_version
    row.status = ConsultationStatus.FINAL.value
    row.finalised_at = utcnow()


def unsaved_row(
    draft: ConsultationDraft,
    scores: SavedScores,
    rules_version: str,
    shared: SharedTexts,
    final: FinalPlan | None = None,
    detail: dict[str, Any] | None = None,
) -> Consultation:
    """A consultation row (with its findings and plan) as `add_draft` or `finalise` would
    store it, not added to any session: the demo generator copies its values."""
    row = Consultation(
        status=ConsultationStatus.DRAFT.value, rules_version=rules_version, findings=[]
    )
    _apply(row, draft, scores, shared)
    if final is not None:
        _set_final(row, final, detail or {}, shared)
    return row


def get(session: Session, consultation_id: int, date_items: frozenset[str]) -> ConsultationRecord:
    row = _row(session, consultation_id, None)
    return _record(row, date_items, _texts(session, [row]))


def delete_draft(session: Session, consultation_id: int) -> None:
    row = _row(session, consultation_id, None)
    if row.status == ConsultationStatus.FINAL:
        raise AlreadyFinal("a final consultation is kept; only a draft can be discarded")
    # Photos and sessions stay with the patient; they only lose the link to the draft.
    for table in (Photo, TreatmentSession):
        session.execute(
            update(table)
            .where(table.consultation_id == consultation_id)
            .values(consultation_id=None)
        )
    session.delete(row)
    session.flush()


def history(
    session: Session, patient_id: int, date_items: frozenset[str]
) -> list[ConsultationRecord]:
    """The patient's consultations, newest first."""
    rows = list(
        session.scalars(
            select(Consultation)
            .where(Consultation.patient_id == patient_id)
            .options(*_LOAD)
            .order_by(Consultation.date.desc(), Consultation.id.desc())
        )
    )
    texts = _texts(session, rows)
    return [_record(row, date_items, texts) for row in rows]


def drafts(
    session: Session,
    date_items: frozenset[str],
    since: dt.datetime | None = None,
    drafted_by: str | None = None,
) -> list[ConsultationRecord]:
    """Unfinished consultations, most recently saved first (to offer to resume); with
    `drafted_by`, only that user's and those nobody owns (started before accounts)."""
    statement = (
        select(Consultation)
        .where(Consultation.status == ConsultationStatus.DRAFT.value)
        .options(*_LOAD)
    )
    if drafted_by is not None:
        statement = statement.where(
            or_(Consultation.drafted_by == drafted_by, Consultation.drafted_by.is_(None))
        )
    if since is not None:
        statement = statement.where(Consultation.updated_at >= since)
    rows = list(session.scalars(statement.order_by(Consultation.updated_at.desc())))
    texts = _texts(session, rows)
    return [_record(row, date_items, texts) for row in rows]
