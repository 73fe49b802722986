"""The treatment course as kept: sessions and test patches with their kits and lots, addenda,
adverse events, follow-ups and plan revisions. Returns domain records, never ORM rows.

A clinic keeps hundreds of thousands of sessions, so a session row holds ids where its values
repeat (`models.TreatmentSession` says which): what it was done with is a `session_kit` row,
the procedure as chosen and the depths per zone are `shared_text` rows. A follow-up's findings
keep their zone and scar type pairs as a shared text and the counts in the row. Every record
reads back exactly as it was given.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, or_, select
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
    SessionKit,
    TreatmentSession,
    utcnow,
)
from consult.store.shared_texts import SharedTexts, load_texts

_LOT_TABLE = ConsumableLot.__table__
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_KIT_TABLE = SessionKit.__table__
_KIT_TEXTS = ("device", "device_model", "needles", "anaesthetic")
_LOT_COLUMNS = tuple(f"{kind}_lot_id" for kind in LOT_KINDS)


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


def _dialect(connection: Connection | Session) -> Any:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return postgresql if bind.dialect.name == "postgresql" else sqlite


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
    connection.execute(
        _dialect(connection)
        .insert(table)
        .values(number=lot.number, kind=kind, expiry=lot.expiry, product=lot.product)
        .on_conflict_do_nothing()
    )
    found = connection.scalar(select(table.c.id).where(key))
    assert found is not None, "a lot just added cannot be read back"
    return found


def kit_values(draft: SessionDraft, lots: Mapping[str, int]) -> dict[str, Any] | None:
    """The kit row a session done as `draft` says uses (`lots`: each lot kind's row id);
    None for a session that names nothing it was done with."""
    values: dict[str, Any] = {name: getattr(draft, name) for name in _KIT_TEXTS}
    values |= {f"{kind}_lot_id": lots.get(kind) for kind in LOT_KINDS}
    return values if any(values.values()) else None


def kit_id(connection: Connection | Session, values: Mapping[str, Any]) -> int:
    """The kit with these values, added if it is new."""
    table = _KIT_TABLE
    key = [
        table.c[name] == value if value is not None else table.c[name].is_(None)
        for name, value in values.items()
    ]
    found = connection.scalar(select(table.c.id).where(*key).order_by(table.c.id).limit(1))
    if found is None:
        found = connection.execute(
            _KIT_TABLE.insert().values(**values).returning(table.c.id)
        ).scalar_one()
    return found


def procedure_text(draft: SessionDraft) -> str:
    """The procedure as chosen, as its shared text: the same for many sessions."""
    asked = list(draft.check)
    return json_text(
        {
            "kind": draft.kind,
            "check": asked,
            "yes": [item for item in asked if draft.check[item]],
            "anaesthetic_minutes": draft.anaesthetic_minutes,
            "passes": draft.passes,
            "speed": draft.speed,
            "endpoint": draft.endpoint,
            "aftercare_given": draft.aftercare_given,
        }
    )


def _extra(draft: SessionDraft) -> dict[str, Any] | None:
    given = {
        "depth_reasons": dict(draft.depth_reasons),
        # Why a session went ahead on a yes that needed a reason, by question id.
        "check_reasons": dict(draft.check_reasons),
        "adjuncts": [[a.id, list(a.zones)] for a in draft.adjuncts],
        "patch_zone": draft.patch_zone,
        "patch_read_on": draft.patch_read_on.isoformat() if draft.patch_read_on else None,
        "patch_result": draft.patch_result,
    }
    kept = {key: value for key, value in given.items() if value}
    return kept or None


def finalised_us(day: dt.date, moment: dt.datetime | None) -> int | None:
    """The signature as kept: microseconds from the start of the session's date."""
    if moment is None:
        return None
    return (moment - dt.datetime.combine(day, dt.time())) // dt.timedelta(microseconds=1)


def _moment(day: dt.date, us: int | None) -> dt.datetime | None:
    if us is None:
        return None
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(microseconds=us)


def session_values(draft: SessionDraft, shared: SharedTexts, kit: int | None) -> dict[str, Any]:
    """The columns a session row holds for `draft` (but its signature), done with `kit`."""
    depths = dict(draft.depths_mm)
    return {
        "consultation_id": draft.consultation_id,
        "date": draft.date,
        "number": draft.number,
        "practitioner_id": draft.practitioner_id,
        "kit_id": kit,
        "procedure_text": shared.id_of(procedure_text(draft)),
        "depths_text": shared.id_of(json_text(depths)) if depths else None,
        "pain": draft.pain,
        "reaction": draft.reaction,
        "notes": draft.notes,
        "extra": _extra(draft),
    }


def _write(session: Session, row: TreatmentSession, draft: SessionDraft) -> None:
    lots = {kind: lot_id(session, kind, lot) for kind, lot in draft.lots.items()}
    values = kit_values(draft, lots)
    kit = kit_id(session, values) if values is not None else None
    for key, value in session_values(draft, SharedTexts(session), kit).items():
        setattr(row, key, value)


def _records(session: Session, rows: Sequence[TreatmentSession]) -> list[SessionRecord]:
    texts = load_texts(
        session, ({r.procedure_text for r in rows} | {r.depths_text for r in rows}) - {None}
    )
    kit_ids = {r.kit_id for r in rows} - {None}
    kits = {
        kit.id: kit for kit in session.scalars(select(SessionKit).where(SessionKit.id.in_(kit_ids)))
    }
    lot_ids = {getattr(k, c) for k in kits.values() for c in _LOT_COLUMNS} - {None}
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
    return [
        _record(row, texts, kits.get(row.kit_id), lots, addenda.get(row.id, [])) for row in rows
    ]


def _record(
    row: TreatmentSession,
    texts: Mapping[int, str],
    kit: SessionKit | None,
    lots: Mapping[int, Lot],
    addenda: list[Addendum],
) -> SessionRecord:
    procedure = json.loads(texts[row.procedure_text])
    yes = set(procedure["yes"])
    extra = row.extra or {}
    read_on = extra.get("patch_read_on")
    used = {
        kind: lots[getattr(kit, column)]
        for kind, column in zip(LOT_KINDS, _LOT_COLUMNS, strict=True)
        if kit is not None and getattr(kit, column) is not None
    }
    draft = SessionDraft(
        date=row.date,
        kind=procedure["kind"],
        consultation_id=row.consultation_id,
        number=row.number,
        practitioner_id=row.practitioner_id,
        check={item: item in yes for item in procedure["check"]},
        check_reasons=dict(extra.get("check_reasons", {})),
        device=kit.device if kit else "",
        device_model=kit.device_model if kit else "",
        needles=kit.needles if kit else "",
        lots=used,
        anaesthetic=kit.anaesthetic if kit else "",
        anaesthetic_minutes=procedure["anaesthetic_minutes"],
        depths_mm=json.loads(texts[row.depths_text]) if row.depths_text is not None else {},
        depth_reasons=dict(extra.get("depth_reasons", {})),
        passes=procedure["passes"],
        speed=procedure["speed"],
        endpoint=procedure["endpoint"],
        adjuncts=tuple(SameDayAdjunct(a, tuple(z)) for a, z in extra.get("adjuncts", ())),
        pain=row.pain,
        reaction=row.reaction,
        aftercare_given=procedure["aftercare_given"],
        notes=row.notes,
        patch_zone=extra.get("patch_zone", ""),
        patch_read_on=dt.date.fromisoformat(read_on) if read_on else None,
        patch_result=extra.get("patch_result", ""),
    )
    return SessionRecord(
        row.id, row.patient_id, draft, _moment(row.date, row.finalised_us), tuple(addenda)
    )


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
    if row.finalised_us is not None:
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
    row.finalised_us = finalised_us(row.date, utcnow())
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
    if row.finalised_us is None:
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


def _usual(finding: Finding) -> bool:
    """Whether a count alone gives the finding back: no area, older than two years."""
    area, count = finding.area_cm2, finding.count
    return (
        type(area) is float
        and area == 0.0
        and finding.older_than_2_years is True
        and type(count) is int
    )


def findings_value(findings: Iterable[Finding], shared: SharedTexts) -> list[Any]:
    """A follow-up's findings as kept: the shared text of their [zone, scar type] pairs (the
    same for each follow-up of a patient), and each one's count, or [count, area, older]."""
    given = list(findings)
    pairs = json_text([[f.zone, f.scar_type] for f in given])
    values = [f.count if _usual(f) else [f.count, f.area_cm2, f.older_than_2_years] for f in given]
    return [shared.id_of(pairs), values]


def _findings(value: list[Any], texts: Mapping[int, str]) -> tuple[Finding, ...]:
    pairs_id, values = value
    return tuple(
        Finding(zone, scar, value) if isinstance(value, int) else Finding(zone, scar, *value)
        for (zone, scar), value in zip(json.loads(texts[pairs_id]), values, strict=True)
    )


def _follow_ups(session: Session, rows: Sequence[FollowUp]) -> list[FollowUpRecord]:
    texts = load_texts(session, {row.findings[0] for row in rows})
    return [_follow_up(row, texts) for row in rows]


def _follow_up(row: FollowUp, texts: Mapping[int, str]) -> FollowUpRecord:
    details = FollowUpDetails(
        date=row.date,
        consultation_id=row.consultation_id,
        findings=_findings(row.findings, texts),
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
        findings=findings_value(details.findings, SharedTexts(session)),
        global_grade=details.global_grade,
        goodman_baron_quantitative=scores.goodman_baron_quantitative,
        ecca=scores.ecca,
        notes=details.notes,
    )
    session.add(row)
    session.flush()
    return _follow_ups(session, [row])[0]


def follow_ups_for_patient(session: Session, patient_id: int) -> list[FollowUpRecord]:
    rows = session.scalars(
        select(FollowUp)
        .where(FollowUp.patient_id == patient_id)
        .order_by(FollowUp.date, FollowUp.id)
    ).all()
    return _follow_ups(session, rows)


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

    Lots are typed by hand: the number matches whatever its case and surrounding spaces
    (letters A to Z; the databases' `lower` leaves other letters as they are, so those match
    as typed). The lots table is small (one row per pack lot, not per session), so it is
    scanned for that; the sessions are found through the few kits holding the lot and the
    index of the sessions' kits. A recall of a busy lot lists thousands of sessions: they are
    sorted and named here, not by the database row by row.
    """
    typed = number.strip()
    folded = typed.translate(_ASCII_LOWER)
    lots = {
        row.id: (row.number, row.expiry, row.product)
        for row in session.execute(
            select(
                ConsumableLot.id, ConsumableLot.number, ConsumableLot.expiry, ConsumableLot.product
            ).where(
                or_(
                    ConsumableLot.number == typed,
                    func.lower(func.trim(ConsumableLot.number)) == folded,
                )
            )
        )
    }
    if not lots:
        return []
    ids = list(lots)
    columns = [getattr(SessionKit, column) for column in _LOT_COLUMNS]
    kits = {
        row.id: [
            (kind, *lots[used])
            for kind, used in zip(LOT_KINDS, row[1:], strict=True)
            if used in lots
        ]
        for row in session.execute(
            select(SessionKit.id, *columns).where(or_(*(column.in_(ids) for column in columns)))
        )
    }
    # (date, id) first: sorted as `consult lots` lists them, oldest first.
    rows = sorted(
        map(
            tuple,
            session.execute(
                select(
                    TreatmentSession.date,
                    TreatmentSession.id,
                    TreatmentSession.patient_id,
                    TreatmentSession.practitioner_id,
                    TreatmentSession.kit_id,
                    TreatmentSession.procedure_text,
                ).where(TreatmentSession.kit_id.in_(list(kits)))
            ),
        )
    )
    names = dict(
        session.execute(
            select(Practitioner.id, Practitioner.name).where(
                Practitioner.id.in_({row[3] for row in rows} - {None})
            )
        ).all()
    )
    # A session or a test patch: its procedure says, shared by many rows, so read once each.
    procedures = load_texts(session, {row[5] for row in rows})
    kinds = {key: json.loads(text)["kind"] for key, text in procedures.items()}
    return [
        LotUse(session_id, day, patient_id, names.get(practitioner, ""), *used, kinds[procedure])
        for day, session_id, patient_id, practitioner, kit, procedure in rows
        for used in kits[kit]
    ]
