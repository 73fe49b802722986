"""Photo records and their consents (the files themselves live in the photos folder beside
the database, under `<patient_id>/`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, Select, delete, exists, select
from sqlalchemy.orm import Session

from consult.domain.photo import (
    ConsentChange,
    Lighting,
    PhotoRecord,
    PhotoUse,
    PhotoView,
    TakenFrom,
    Visit,
    VisitKind,
)
from consult.store.errors import NotFound
from consult.store.models import Consultation, FollowUp, Photo, PhotoConsent, TreatmentSession

# The table of each kind of visit, and the photo column naming it.
_VISIT_TABLES = {
    VisitKind.CONSULTATION: (Consultation, Photo.consultation_id),
    VisitKind.SESSION: (TreatmentSession, Photo.session_id),
    VisitKind.FOLLOW_UP: (FollowUp, Photo.follow_up_id),
}


@dataclass(frozen=True)
class NewPhoto:
    """What is kept of one imported photo (the file already in place)."""

    path: str
    sha256: str
    view: PhotoView
    zone: str
    visit: tuple[VisitKind, int] | None
    taken_at: dt.datetime
    taken_from: TakenFrom
    lighting: Lighting


class UnknownVisit(NotFound):
    """The visit named is not one of the patient's."""


def _select() -> Select[Any]:
    return (
        select(Photo, Consultation.date, TreatmentSession.date, FollowUp.date)
        .outerjoin(Consultation, Consultation.id == Photo.consultation_id)
        .outerjoin(TreatmentSession, TreatmentSession.id == Photo.session_id)
        .outerjoin(FollowUp, FollowUp.id == Photo.follow_up_id)
    )


def _visit(row: Photo, dates: tuple[dt.date | None, ...]) -> Visit | None:
    ids = (row.consultation_id, row.session_id, row.follow_up_id)
    for kind, visit_id, date in zip(VisitKind, ids, dates, strict=True):
        if visit_id is not None and date is not None:
            return Visit(kind, visit_id, date)
    return None


def _uses(changes: Iterable[ConsentChange]) -> tuple[frozenset[PhotoUse], frozenset[PhotoUse]]:
    """The uses allowed now (the latest change per use) and those granted once and since
    withdrawn; `changes` in the order they were recorded."""
    latest: dict[PhotoUse, bool] = {}
    for change in changes:
        latest[change.use] = change.granted
    allowed = {PhotoUse.CLINICAL_RECORD, *(use for use, granted in latest.items() if granted)}
    withdrawn = {use for use, granted in latest.items() if not granted}
    return frozenset(allowed), frozenset(withdrawn)


def _change(row: PhotoConsent) -> ConsentChange:
    return ConsentChange(row.photo_id, PhotoUse(row.use), row.granted, row.at, row.by)


def _record(result: Row, changes: list[ConsentChange]) -> PhotoRecord:
    row: Photo = result[0]
    uses, withdrawn = _uses(changes)
    return PhotoRecord(
        id=row.id,
        patient_id=row.patient_id,
        path=row.path,
        sha256=row.sha256,
        view=PhotoView(row.view),
        zone=row.zone,
        visit=_visit(row, tuple(result[1:])),
        taken_at=row.taken_at,
        taken_from=TakenFrom(row.taken_from),
        lighting=Lighting(row.lighting),
        uses=uses,
        retired_at=row.retired_at,
        withdrawn=withdrawn,
    )


def _changes(session: Session, photo_ids: list[int]) -> dict[int, list[ConsentChange]]:
    found: dict[int, list[ConsentChange]] = {photo_id: [] for photo_id in photo_ids}
    if not photo_ids:
        return found
    rows = session.scalars(
        select(PhotoConsent)
        .where(PhotoConsent.photo_id.in_(photo_ids))
        .order_by(PhotoConsent.at, PhotoConsent.id)
    )
    for row in rows:
        found[row.photo_id].append(_change(row))
    return found


def for_patient(
    session: Session, patient_id: int, include_retired: bool = False
) -> list[PhotoRecord]:
    """The patient's photos in the order they were taken."""
    query = _select().where(Photo.patient_id == patient_id)
    if not include_retired:
        query = query.where(Photo.retired_at.is_(None))
    results = session.execute(query.order_by(Photo.taken_at, Photo.id)).all()
    changes = _changes(session, [result[0].id for result in results])
    return [_record(result, changes[result[0].id]) for result in results]


def get(session: Session, photo_id: int) -> PhotoRecord:
    result = session.execute(_select().where(Photo.id == photo_id)).first()
    if result is None:
        raise NotFound(f"no photo {photo_id}")
    return _record(result, _changes(session, [photo_id])[photo_id])


def _check_visit(session: Session, patient_id: int, visit: tuple[VisitKind, int]) -> None:
    kind, visit_id = visit
    table, _ = _VISIT_TABLES[kind]
    owner = session.scalar(select(table.patient_id).where(table.id == visit_id))
    if owner != patient_id:
        raise UnknownVisit(f"no {kind.value} {visit_id} for this patient")


def add(session: Session, patient_id: int, photo: NewPhoto, at: dt.datetime) -> int:
    """Keep one photo's record; the id it was given. `NotFound` for a visit of another
    patient or none."""
    row = Photo(
        patient_id=patient_id,
        path=photo.path,
        sha256=photo.sha256,
        view=photo.view.value,
        zone=photo.zone,
        taken_at=photo.taken_at,
        taken_from=photo.taken_from.value,
        lighting=photo.lighting.value,
        imported_at=at,
    )
    if photo.visit is not None:
        _check_visit(session, patient_id, photo.visit)
        _, column = _VISIT_TABLES[photo.visit[0]]
        setattr(row, column.key, photo.visit[1])
    session.add(row)
    session.flush()
    return row.id


def _row(session: Session, photo_id: int) -> Photo:
    row = session.get(Photo, photo_id)
    if row is None:
        raise NotFound(f"no photo {photo_id}")
    return row


def record_consent(
    session: Session, photo_id: int, use: PhotoUse, granted: bool, by: str, at: dt.datetime
) -> None:
    _row(session, photo_id)
    session.add(PhotoConsent(photo_id=photo_id, use=use.value, granted=granted, at=at, by=by))
    session.flush()


def consent_history(session: Session, photo_id: int) -> list[ConsentChange]:
    """Every grant and withdrawal of the photo's uses, oldest first."""
    _row(session, photo_id)
    return _changes(session, [photo_id])[photo_id]


def retire(session: Session, photo_id: int, by: str, at: dt.datetime) -> None:
    row = _row(session, photo_id)
    if row.retired_at is None:
        row.retired_at = at
        row.retired_by = by
        session.flush()


def delete_photo(session: Session, photo_id: int) -> PhotoRecord:
    """Remove the record and its consents (a photo taken in error); the record as it was."""
    record = get(session, photo_id)
    session.execute(delete(PhotoConsent).where(PhotoConsent.photo_id == photo_id))
    session.execute(delete(Photo).where(Photo.id == photo_id))
    session.flush()
    return record


def path_in_use(session: Session, path: str) -> bool:
    """Whether a record keeps the file at `path` (the same picture imported twice is one
    file)."""
    return bool(session.scalar(select(exists().where(Photo.path == path))))


def visits(session: Session, patient_id: int) -> list[Visit]:
    """The patient's consultations, sessions and follow-ups, by date."""
    found = [
        Visit(kind, visit_id, date)
        for kind, (table, _) in _VISIT_TABLES.items()
        for visit_id, date in session.execute(
            select(table.id, table.date).where(table.patient_id == patient_id)
        )
    ]
    order = list(VisitKind)
    return sorted(found, key=lambda visit: (visit.date, order.index(visit.kind), visit.id))
