"""A patient's scores over the course, read as domain values: the outcome chart, the compare
view, the progress report and the exports use the same reading."""

from __future__ import annotations

from consult.domain.access import Permission
from consult.domain.consultation import date_items
from consult.domain.outcomes import Assessed, CourseSession, ScoreHistory, ordered
from consult.domain.photo import VisitKind
from consult.domain.rules import Rules
from consult.domain.treatment import SESSION
from consult.services.access import CurrentUser
from consult.services.course import CourseService
from consult.store import consultations
from consult.store import treatments as store
from consult.store.database import Database


class OutcomeService:
    def __init__(
        self,
        database: Database,
        rules: Rules,
        course: CourseService,
        current: CurrentUser | None = None,
    ) -> None:
        self._db = database
        self._current = current or CurrentUser()
        self._rules = rules
        self._course = course

    def score_history(self, patient_id: int) -> ScoreHistory:
        """Every final consultation's scores and every follow-up's, by date, and the course's
        sessions (signed ones done, the plan's others planned). Raises `NotFound` for an
        unknown patient."""
        self._current.require(Permission.CLINICAL)
        summary = self._course.course_summary(patient_id)
        with self._db.read() as session:
            history = consultations.history(session, patient_id, date_items(self._rules))
            follow_ups = store.follow_ups_for_patient(session, patient_id)
        assessed = [
            Assessed(
                r.draft.date,
                VisitKind.CONSULTATION,
                r.id,
                r.scores.goodman_baron_quantitative,
                r.scores.ecca,
                r.scores.qualitative_used,
            )
            for r in history
            if r.is_final and r.scores is not None
        ]
        assessed += [
            Assessed(
                f.details.date,
                VisitKind.FOLLOW_UP,
                f.id,
                f.scores.goodman_baron_quantitative,
                f.scores.ecca,
                f.scores.grade,
            )
            for f in follow_ups
        ]
        sessions = tuple(
            CourseSession(e.date, e.number, done=e.kind == SESSION)
            for e in summary.timeline
            if (e.kind == SESSION and not e.draft) or e.kind == "planned"
        )
        return ScoreHistory(ordered(assessed), sessions)
