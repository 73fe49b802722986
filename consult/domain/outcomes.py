"""How a patient's scars went over the course: the scores at each assessment, the session
dates, the scores that stand for a visit, and which photos pair up as before and after.

Pure values: the services read them (`services/outcomes.py`); the window's chart, the compare
view and the progress report show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from consult.domain.photo import PhotoRecord, PhotoView, Visit, VisitKind, printable_to_patient


@dataclass(frozen=True)
class Assessed:
    """The scores of one assessment: the consultation's as saved, or a follow-up's."""

    date: dt.date
    kind: VisitKind  # CONSULTATION or FOLLOW_UP
    id: int
    goodman_baron_quantitative: int
    ecca: int
    grade: int | None


@dataclass(frozen=True)
class CourseSession:
    """A session of the course: done (signed), or planned and still to come."""

    date: dt.date
    number: int | None  # None: an extra session, beyond the plan
    done: bool


@dataclass(frozen=True)
class ScoreHistory:
    assessments: tuple[Assessed, ...]  # by date; on one day the consultation first
    sessions: tuple[CourseSession, ...]  # by date, done and planned

    @property
    def sessions_done(self) -> tuple[dt.date, ...]:
        return tuple(s.date for s in self.sessions if s.done)

    def at(self, visit: Visit) -> Assessed | None:
        """The scores that stand for `visit`: its own for a consultation or a follow-up; for a
        session, the latest assessment on or before its day (a session assesses nothing)."""
        if visit.kind is not VisitKind.SESSION:
            found = [a for a in self.assessments if a.kind is visit.kind and a.id == visit.id]
            return found[0] if found else None
        before = [a for a in self.assessments if a.date <= visit.date]
        return before[-1] if before else None


def ordered(assessments: list[Assessed]) -> tuple[Assessed, ...]:
    """By date; a consultation before a follow-up of the same day (it is its baseline)."""
    return tuple(
        sorted(assessments, key=lambda a: (a.date, a.kind is not VisitKind.CONSULTATION, a.id))
    )


@dataclass(frozen=True)
class PhotoPair:
    """The same view at the first visit that has it and at the latest one."""

    view: PhotoView
    zone: str  # a close-up's zone, "" for the other views
    before: PhotoRecord
    after: PhotoRecord


def _visit_order(photo: PhotoRecord) -> tuple[dt.date, dt.datetime]:
    assert photo.visit is not None
    return photo.visit.date, photo.taken_at


def before_after(photos: list[PhotoRecord]) -> tuple[PhotoPair, ...]:
    """One pair per view (and close-up zone) seen at two visits or more, among the photos a
    document given to the patient may show; in the order of the standard views. A photo
    without a visit pairs with nothing: it cannot be placed in the course."""
    groups: dict[tuple[PhotoView, str], list[PhotoRecord]] = {}
    for photo in photos:
        if photo.visit is not None and printable_to_patient(photo):
            groups.setdefault((photo.view, photo.zone), []).append(photo)
    views = list(PhotoView)
    pairs = []
    in_order = sorted(groups.items(), key=lambda g: (views.index(g[0][0]), g[0][1]))
    for (view, zone), group in in_order:
        group.sort(key=_visit_order)
        first, last = group[0], group[-1]
        assert first.visit is not None and last.visit is not None
        if (first.visit.kind, first.visit.id) == (last.visit.kind, last.visit.id):
            continue
        # The first photo of the first visit, the last of the latest visit.
        pairs.append(PhotoPair(view, zone, first, last))
    return tuple(pairs)


def withheld_for_consent(photos: list[PhotoRecord]) -> int:
    """How many photos placed at a visit a document given to the patient leaves out because
    consent for one of their uses was withdrawn (retired ones aside: they are hidden anyway)."""
    return sum(
        1
        for photo in photos
        if photo.visit is not None and not photo.retired and not printable_to_patient(photo)
    )


def visits_with_photos(photos: list[PhotoRecord]) -> tuple[Visit, ...]:
    """The visits at which photos (not retired) were taken, oldest first."""
    seen = {p.visit for p in photos if p.visit is not None and not p.retired}
    return tuple(sorted(seen, key=lambda v: (v.date, v.kind is not VisitKind.CONSULTATION, v.id)))


def photo_of(photos: list[PhotoRecord], visit: Visit, view: PhotoView) -> PhotoRecord | None:
    """The photo of `view` taken at `visit` (the latest taken, if several), retired aside."""
    found = [p for p in photos if p.visit == visit and p.view is view and not p.retired]
    return max(found, key=lambda p: p.taken_at) if found else None
