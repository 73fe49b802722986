"""What the outcome audit reads: the window's performed sessions, their consultations' saved
scores, the last follow-up of each, the adverse events. Ids and numbers only, never a name;
a few set-based queries, so that a clinic's whole history is read in seconds."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from consult.domain.outcome_audit import Baseline, Event, FollowUpScores, TreatedSession
from consult.domain.treatment import SESSION
from consult.store.models import AdverseEvent, Consultation, FollowUp, TreatmentSession
from consult.store.shared_texts import load_texts

_TS = TreatmentSession


def _session_procedures(session: Session) -> list[int]:
    """The procedure texts of sessions proper (a test patch is not a treatment session)."""
    used = set(session.scalars(select(_TS.procedure_text).distinct()))
    texts = load_texts(session, used)
    return sorted(key for key, text in texts.items() if json.loads(text)["kind"] == SESSION)


def _performed(procedures: list[int], end: dt.date | None) -> list:
    where = [_TS.finalised_us.is_not(None), _TS.procedure_text.in_(procedures)]
    if end is not None:
        where.append(_TS.date <= end)
    return where


def _within(column: object, start: dt.date | None, end: dt.date | None) -> list:
    where = []
    if start is not None:
        where.append(column >= start)
    if end is not None:
        where.append(column <= end)
    return where


def outcome_facts(
    session: Session, start: dt.date | None, end: dt.date | None
) -> tuple[
    list[TreatedSession],
    dict[int, int],
    dict[int, Baseline],
    dict[int, FollowUpScores],
    list[Event],
]:
    """The facts `consult.domain.outcome_audit.outcome_audit` needs for the window (either end
    may be open)."""
    procedures = _session_procedures(session)
    in_window = [*_performed(procedures, end), *_within(_TS.date, start, None)]
    window = [
        TreatedSession(row.patient_id, row.consultation_id, row.practitioner_id, row.date)
        for row in session.execute(
            select(_TS.patient_id, _TS.consultation_id, _TS.practitioner_id, _TS.date)
            .where(*in_window)
            .order_by(_TS.date, _TS.id)
        )
    ]
    courses: Select = (
        select(_TS.consultation_id).where(*in_window, _TS.consultation_id.is_not(None)).distinct()
    )
    counts = dict(
        session.execute(
            select(_TS.consultation_id, func.count())
            .where(*_performed(procedures, end), _TS.consultation_id.in_(courses))
            .group_by(_TS.consultation_id)
        ).all()
    )
    baselines = {
        row.id: Baseline(
            row.id,
            row.global_grade if row.global_grade is not None else row.qualitative_suggested,
            row.goodman_baron_quantitative,
            row.ecca,
        )
        for row in session.execute(
            select(
                Consultation.id,
                Consultation.global_grade,
                Consultation.qualitative_suggested,
                Consultation.goodman_baron_quantitative,
                Consultation.ecca,
            ).where(Consultation.id.in_(courses))
        )
    }
    last: dict[int, FollowUpScores] = {}
    for row in session.execute(
        select(FollowUp.consultation_id, FollowUp.date, FollowUp.goodman_baron_quantitative)
        .add_columns(FollowUp.ecca)
        .where(FollowUp.consultation_id.in_(courses), *_within(FollowUp.date, None, end))
        .order_by(FollowUp.date, FollowUp.id)
    ):
        last[row[0]] = FollowUpScores(row[0], row[1], row[2], row[3])
    events = [
        Event(kind, practitioner)
        for kind, practitioner in session.execute(
            select(AdverseEvent.type, _TS.practitioner_id)
            .outerjoin(_TS, _TS.id == AdverseEvent.session_id)
            .where(*_within(AdverseEvent.onset, start, end))
            .order_by(AdverseEvent.id)
        )
    ]
    return window, counts, baselines, last, events
