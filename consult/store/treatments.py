"""The treatment course as kept: sessions and test patches with their lots, addenda, adverse
events, follow-ups and plan revisions. Returns domain records, never ORM rows.

A session row is compact (a course has several): texts that repeat from session to session
(device model, needles, anaesthetic, the list of check questions asked) are `shared_text`
rows, a consumable lot a `consumable_lot` row, each referred to by id.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from consult.domain.model import Finding
from consult.domain.treatment import (
    LOT_KINDS,
    Addendum,
    AdverseEventDetails,
    AdverseEventRecord,
    FollowUpDetails,
    FollowUpRecord,
    FollowUpScores,
    Lot,
    RevisionDetails,
    RevisionRecord,
    SameDayAdjunct,
    SessionDraft,
    SessionRecord,
)
from consult.store.compact import json_text
from consult.store.errors import NotFound, StoreError
from consult.store.models import (
    AdverseEvent,
    ConsumableLot,
    FollowUp,
    PlanRevision,
    Practitioner,
    SessionAddendum,
    TreatmentSession,
    utcnow,
)
from consult.store.shared_texts import SharedTexts, load_texts

_LOT_TABLE = ConsumableLot.__table__
_TEXT_COLUMNS = ("device_model", "needles", "anaesthetic")


class SessionLocked(StoreError):
    """A finalised session is a signed record: a correction is an addendum."""


@dataclass(frozen=True)
class LotUse:
    """A session that used a lot: what a recall needs, nothing of the patient but the id."""

    session_id: int
    date: dt.date
    patient_id: int
    practitioner: str
    kind: str
    lot: str
    expiry: dt.date | None
    product: str
    record: str  # the record that used it: a session or a test patch


def lot_id(connection: Connection | Session, kind: str, lot: Lot) -> int:
    """The lot's row, added if it is new. Two rooms adding the same lot at once on PostgreSQL:
    the second waits for the first and reads its row."""
    table = _LOT_TABLE
    key = (
        (table.c.number == lot.number)
        & (table.c.kind == kind)
        & (table.c.product == lot.product)
        & (table.c.expiry == lot.expiry if lot.expiry is not None else table.c.expiry.is_(None))
    )
    found = connection.scalar(select(table.c.id).where(key))
    if found is not None:
        return found
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    dialect = postgresql if bind.dialect.name == "postgresql" else sqlite
    connection.execute(
        dialect.insert(table)
        .values(number=lot.number, kind=kind, expiry=lot.expiry, product=lot.product)
        .on_conflict_do_nothing()
    )
    found = connection.scalar(select(table.c.id).where(key))
    assert found is not None, "a lot just added cannot be read back"
    return found


def session_values(
    draft: SessionDraft, shared: SharedTexts, lots: Mapping[str, int]
) -> dict[str, Any]:
    """The columns a session row holds for `draft`; `lots` gives each lot kind's row id."""
    asked = list(draft.check)
    values: dict[str, Any] = {
        "consultation_id": draft.consultation_id,
        "date": draft.date,
        "kind": draft.kind,
        "number": draft.number,
        "practitioner_id": draft.practitioner_id,
        # [asked, yes] and, when a yes needed one, {question id: why it went ahead}.
        "pre_check": [
            shared.id_of(json_text(asked)),
            [k for k in asked if draft.check[k]],
            *([dict(draft.check_reasons)] if draft.check_reasons else []),
        ]
        if asked
        else None,
        "device": draft.device,
        "anaesthetic_minutes": draft.anaesthetic_minutes,
        "depth_mm": dict(draft.depths_mm),
        "depth_reasons": dict(draft.depth_reasons) or None,
        "passes": draft.passes,
        "speed": draft.speed,
        "endpoint": draft.endpoint,
        "adjuncts": [[a.id, list(a.zones)] for a in draft.adjuncts] or None,
        "pain": draft.pain,
        "reaction": draft.reaction,
        "aftercare_given": draft.aftercare_given,
        "notes": draft.notes,
        "patch_zone": draft.patch_zone or None,
        "patch_read_on": draft.patch_read_on,
        "patch_result": draft.patch_result or None,
    }
    for name in _TEXT_COLUMNS:
        text = getattr(draft, name)
        values[f"{name}_text"] = shared.id_of(text) if text else None
    for kind in LOT_KINDS:
        values[f"{kind}_lot_id"] = lots.get(kind)
    return values


def _write(session: Session, row: TreatmentSession, draft: SessionDraft) -> None:
    shared = SharedTexts(session)
    lots = {kind: lot_id(session, kind, lot) for kind, lot in draft.lots.items()}
    for key, value in session_values(draft, shared, lots).items():
        setattr(row, key, value)


def _text_ids(rows: Iterable[TreatmentSession]) -> set[int]:
    ids: set[int] = set()
    for row in rows:
        ids |= {getattr(row, f"{n}_text") for n in _TEXT_COLUMNS} - {None}
        if row.pre_check:
            ids.add(row.pre_check[0])
    return ids


def _records(session: Session, rows: Sequence[TreatmentSession]) -> list[SessionRecord]:
    texts = load_texts(session, _text_ids(rows))
    lot_ids = {getattr(r, f"{k}_lot_id") for r in rows for k in LOT_KINDS} - {None}
    lots = {
        lot.id: Lot(lot.number, lot.expiry, lot.product)
        for lot in session.scalars(select(ConsumableLot).where(ConsumableLot.id.in_(lot_ids)))
    }
    addenda: dict[int, list[Addendum]] = {}
    if rows:
        for a in session.scalars(
            select(SessionAddendum)
            .where(SessionAddendum.session_id.in_([r.id for r in rows]))
            .order_by(SessionAddendum.at, SessionAddendum.id)
        ):
            addenda.setdefault(a.session_id, []).append(
                Addendum(a.id, a.session_id, a.practitioner_id, a.at, a.text, a.field)
            )
    return [_record(row, texts, lots, addenda.get(row.id, [])) for row in rows]


def _record(
    row: TreatmentSession,
    texts: Mapping[int, str],
    lots: Mapping[int, Lot],
    addenda: list[Addendum],
) -> SessionRecord:
    check: dict[str, bool] = {}
    reasons: dict[str, str] = {}
    if row.pre_check:
        asked_id, yes, *why = row.pre_check
        check = {item: item in yes for item in json.loads(texts[asked_id])}
        reasons = dict(why[0]) if why else {}

    def text(name: str) -> str:
        found = getattr(row, f"{name}_text")
        return texts[found] if found is not None else ""

    draft = SessionDraft(
        date=row.date,
        kind=row.kind,
        consultation_id=row.consultation_id,
        number=row.number,
        practitioner_id=row.practitioner_id,
        check=check,
        check_reasons=reasons,
        device=row.device,
        device_model=text("device_model"),
        needles=text("needles"),
        lots={
            kind: lots[getattr(row, f"{kind}_lot_id")]
            for kind in LOT_KINDS
            if getattr(row, f"{kind}_lot_id") is not None
        },
        anaesthetic=text("anaesthetic"),
        anaesthetic_minutes=row.anaesthetic_minutes,
        depths_mm=dict(row.depth_mm or {}),
        depth_reasons=dict(row.depth_reasons or {}),
        passes=row.passes,
        speed=row.speed,
        endpoint=row.endpoint,
        adjuncts=tuple(SameDayAdjunct(a, tuple(z)) for a, z in row.adjuncts or ()),
        pain=row.pain,
        reaction=row.reaction,
        aftercare_given=row.aftercare_given,
        notes=row.notes,
        patch_zone=row.patch_zone or "",
        patch_read_on=row.patch_read_on,
        patch_result=row.patch_result or "",
    )
    return SessionRecord(row.id, row.patient_id, draft, row.finalised_at, tuple(addenda))


def add_session(session: Session, patient_id: int, draft: SessionDraft) -> SessionRecord:
    row = TreatmentSession(patient_id=patient_id)
    _write(session, row, draft)
    session.add(row)
    session.flush()
    return _records(session, [row])[0]


def _row(session: Session, session_id: int) -> TreatmentSession:
    row = session.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(f"no session with id {session_id}")
    return row


def _unlocked(session: Session, session_id: int) -> TreatmentSession:
    row = _row(session, session_id)
    if row.finalised_at is not None:
        raise SessionLocked(
            "this session is finalised and locked: record a correction as an addendum"
        )
    return row


def save_session(session: Session, session_id: int, draft: SessionDraft) -> SessionRecord:
    row = _unlocked(session, session_id)
    _write(session, row, draft)
    session.flush()
    return _records(session, [row])[0]


def finalise_session(session: Session, session_id: int, practitioner_id: int) -> SessionRecord:
    row = _unlocked(session, session_id)
    row.practitioner_id = practitioner_id
    row.finalised_at = utcnow()
    session.flush()
    return _records(session, [row])[0]


def get_session(session: Session, session_id: int) -> SessionRecord:
    return _records(session, [_row(session, session_id)])[0]


def sessions_for_patient(session: Session, patient_id: int) -> list[SessionRecord]:
    rows = session.scalars(
        select(TreatmentSession)
        .where(TreatmentSession.patient_id == patient_id)
        .order_by(TreatmentSession.date, TreatmentSession.id)
    ).all()
    return _records(session, rows)


def add_addendum(
    session: Session, session_id: int, practitioner_id: int | None, field: str, text: str
) -> Addendum:
    row = _row(session, session_id)
    if row.finalised_at is None:
        raise StoreError("a draft session is edited, not corrected by an addendum")
    added = SessionAddendum(
        session_id=session_id, practitioner_id=practitioner_id, field=field, text=text
    )
    session.add(added)
    session.flush()
    return Addendum(added.id, session_id, practitioner_id, added.at, text, field)


def _event(row: AdverseEvent) -> AdverseEventRecord:
    details = AdverseEventDetails(
        type=row.type,
        onset=row.onset,
        severity=row.severity,
        session_id=row.session_id,
        action=row.action,
        resolved_on=row.resolved_on,
        notes=row.notes,
    )
    return AdverseEventRecord(row.id, row.patient_id, details)


def add_event(
    session: Session, patient_id: int, details: AdverseEventDetails
) -> AdverseEventRecord:
    if (
        details.session_id is not None
        and _row(session, details.session_id).patient_id != patient_id
    ):
        raise NotFound(f"no session with id {details.session_id} for this patient")
    row = AdverseEvent(
        patient_id=patient_id,
        session_id=details.session_id,
        type=details.type,
        onset=details.onset,
        severity=details.severity,
        action=details.action,
        resolved_on=details.resolved_on,
        notes=details.notes,
    )
    session.add(row)
    session.flush()
    return _event(row)


def get_event(session: Session, event_id: int) -> AdverseEventRecord:
    row = session.get(AdverseEvent, event_id)
    if row is None:
        raise NotFound(f"no adverse event with id {event_id}")
    return _event(row)


def resolve_event(
    session: Session, event_id: int, resolved_on: dt.date, action: str
) -> AdverseEventRecord:
    row = session.get(AdverseEvent, event_id)
    if row is None:
        raise NotFound(f"no adverse event with id {event_id}")
    row.resolved_on = resolved_on
    if action:
        row.action = action
    session.flush()
    return _event(row)


def events_for_patient(session: Session, patient_id: int) -> list[AdverseEventRecord]:
    rows = session.scalars(
        select(AdverseEvent)
        .where(AdverseEvent.patient_id == patient_id)
        .order_by(AdverseEvent.onset, AdverseEvent.id)
    )
    return [_event(row) for row in rows]


def findings_json(findings: Iterable[Finding]) -> list[list[Any]]:
    return [[f.zone, f.scar_type, f.count, f.area_cm2, f.older_than_2_years] for f in findings]


def _follow_up(row: FollowUp) -> FollowUpRecord:
    details = FollowUpDetails(
        date=row.date,
        consultation_id=row.consultation_id,
        findings=tuple(Finding(*f) for f in row.findings),
        global_grade=row.global_grade,
        session_id=row.session_id,
        practitioner_id=row.practitioner_id,
        notes=row.notes,
    )
    scores = FollowUpScores(row.goodman_baron_quantitative, row.ecca, row.global_grade)
    return FollowUpRecord(row.id, row.patient_id, details, scores)


def add_follow_up(
    session: Session, patient_id: int, details: FollowUpDetails, scores: FollowUpScores
) -> FollowUpRecord:
    row = FollowUp(
        patient_id=patient_id,
        consultation_id=details.consultation_id,
        session_id=details.session_id,
        practitioner_id=details.practitioner_id,
        date=details.date,
        findings=findings_json(details.findings),
        global_grade=details.global_grade,
        goodman_baron_quantitative=scores.goodman_baron_quantitative,
        ecca=scores.ecca,
        notes=details.notes,
    )
    session.add(row)
    session.flush()
    return _follow_up(row)


def follow_ups_for_patient(session: Session, patient_id: int) -> list[FollowUpRecord]:
    rows = session.scalars(
        select(FollowUp)
        .where(FollowUp.patient_id == patient_id)
        .order_by(FollowUp.date, FollowUp.id)
    )
    return [_follow_up(row) for row in rows]


def _revision(row: PlanRevision) -> RevisionRecord:
    details = RevisionDetails(
        date=row.date,
        consultation_id=row.consultation_id,
        sessions_total=row.sessions_total,
        interval_weeks=row.interval_weeks,
        remaining_dates=tuple(dt.date.fromisoformat(d) for d in row.remaining_dates),
        depths_mm=dict(row.depths_mm),
        reason=row.reason,
        practitioner_id=row.practitioner_id,
    )
    return RevisionRecord(row.id, details, row.created_at)


def add_revision(session: Session, details: RevisionDetails) -> RevisionRecord:
    row = PlanRevision(
        consultation_id=details.consultation_id,
        practitioner_id=details.practitioner_id,
        date=details.date,
        sessions_total=details.sessions_total,
        interval_weeks=details.interval_weeks,
        remaining_dates=[d.isoformat() for d in details.remaining_dates],
        depths_mm=dict(details.depths_mm),
        reason=details.reason,
    )
    session.add(row)
    session.flush()
    return _revision(row)


def revisions(session: Session, consultation_id: int) -> list[RevisionRecord]:
    """The plan's revisions, oldest first; the last one is the plan followed now."""
    rows = session.scalars(
        select(PlanRevision)
        .where(PlanRevision.consultation_id == consultation_id)
        .order_by(PlanRevision.created_at, PlanRevision.id)
    )
    return [_revision(row) for row in rows]


def lot_uses(session: Session, number: str) -> list[LotUse]:
    """Every session that used a lot with this number (of any kind), oldest first.

    Found through the lot's unique key (it starts with the number) and the partial index on
    each lot column of the sessions.
    """
    lots = {
        row.id: row
        for row in session.scalars(select(ConsumableLot).where(ConsumableLot.number == number))
    }
    if not lots:
        return []
    ids = list(lots)
    columns = [getattr(TreatmentSession, f"{kind}_lot_id") for kind in LOT_KINDS]
    rows = session.execute(
        select(
            TreatmentSession.id,
            TreatmentSession.date,
            TreatmentSession.patient_id,
            Practitioner.name,
            TreatmentSession.kind,
            *columns,
        )
        .outerjoin(Practitioner, Practitioner.id == TreatmentSession.practitioner_id)
        .where(or_(*(column.in_(ids) for column in columns)))
        .order_by(TreatmentSession.date, TreatmentSession.id)
    ).all()
    uses = []
    for row in rows:
        for kind, used in zip(LOT_KINDS, row[5:], strict=True):
            if used in lots:
                lot = lots[used]
                uses.append(
                    LotUse(
                        row.id,
                        row.date,
                        row.patient_id,
                        row.name or "",
                        kind,
                        lot.number,
                        lot.expiry,
                        lot.product,
                        row.kind,
                    )
                )
    return uses
