"""The treatment course: test patches, sessions, addenda, adverse events, follow-ups and plan
revisions, and the course at a glance. Qt-free; the window's course pages call these.

Every write is one transaction with its audit event; a draft, a follow-up or a revision is
checked by the domain first (`DocumentError` naming the field).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from consult.domain.access import Permission
from consult.domain.calendar import add_months
from consult.domain.clinic import ClinicDetails
from consult.domain.consent import blocking_consent
from consult.domain.consultation import ConsultationRecord, date_items
from consult.domain.errors import DocumentError
from consult.domain.handout import AftercareInput
from consult.domain.messages import Message
from consult.domain.model import Finding
from consult.domain.plan_status import PlanStatus
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.scores import suggested_grade
from consult.domain.treatment import (
    OPEN_EVENT,
    SESSION,
    TEST_PATCH,
    Addendum,
    AdverseEventDetails,
    AdverseEventRecord,
    CheckQuestion,
    Comparison,
    CourseSummary,
    FollowUpDetails,
    FollowUpRecord,
    FollowUpScores,
    OpenEvent,
    PlannedCourse,
    RevisionDetails,
    RevisionRecord,
    Schedule,
    SessionDraft,
    SessionRecord,
    SigningRefused,
    TimelineEntry,
    check_addendum,
    check_order,
    check_questions,
    compare,
    no_change_prompt,
    schedule_of,
    summarise,
    used_numbers,
)
from consult.services.access import CurrentUser
from consult.services.consultations import scores_of
from consult.store import consents as consent_store
from consult.store import consultations, patients, practitioners
from consult.store import treatments as store
from consult.store.audit import record_event
from consult.store.database import Database
from consult.store.errors import NotFound

# Timeline labels of the consultations the course does not follow (the summary names its own).
CONSULTATION_LABELS = {
    True: Message("timeline.consultation"),
    False: Message("timeline.consultation_unfinished"),
}
REVISION_LABEL = Message("timeline.revision")
LOT_NUMBER_MAX = 100  # as `consult lots` accepts and the store keeps


@dataclass(frozen=True)
class FollowUpResult:
    record: FollowUpRecord
    comparison: Comparison
    prompt: str | None  # the rules' "no change" text, when it applies


@dataclass(frozen=True)
class LotFound:
    """A lot number as the window's search finds it: the sessions that used it and their
    patients (each once, in the order of their first use)."""

    number: str
    uses: tuple[store.LotUse, ...]
    patients: tuple[PatientRecord, ...]


@dataclass(frozen=True)
class RevisionView:
    """A plan revision beside the plan as decided at the consultation, read-only."""

    revision: RevisionRecord
    practitioner: str  # who revised it; "" when not recorded
    original: PlannedCourse  # the plan as decided (never changed by a revision)
    original_interval_weeks: int
    consultation_date: dt.date


@dataclass(frozen=True)
class CoursePage:
    """The patient page's course: the summary and every consultation on the timeline (the
    summary names only the one the course follows; a draft is there to be continued)."""

    summary: CourseSummary
    timeline: tuple[TimelineEntry, ...]


def looks_like_lot(text: str) -> bool:
    """Whether a search could be a lot number: one with a digit in it, not longer than a
    lot number is kept. A name never is, so typing one does not look lots up."""
    text = text.strip()
    return 0 < len(text) <= LOT_NUMBER_MAX and any(c.isdigit() for c in text)


def _baseline(record: ConsultationRecord) -> FollowUpScores:
    scores = record.scores
    if scores is None:
        return FollowUpScores(0, 0, None)
    return FollowUpScores(scores.goodman_baron_quantitative, scores.ecca, scores.qualitative_used)


def compare_follow_up(follow_up: FollowUpRecord, baseline: ConsultationRecord) -> Comparison:
    """A follow-up beside the consultation it follows (its scores and counts per zone)."""
    return compare(
        baseline.draft.findings,
        _baseline(baseline),
        follow_up.details.findings,
        follow_up.scores,
    )


def current_plan(history: list[ConsultationRecord]) -> ConsultationRecord | None:
    """The consultation a course follows: the newest final one with sessions planned, else
    the newest final one."""
    final = [r for r in history if r.is_final]
    with_sessions = [
        r for r in final if r.plan is not None and r.plan.status == PlanStatus.SUGGESTED
    ]
    return (with_sessions or final or [None])[0]


class CourseService:
    def __init__(
        self, database: Database, rules: Rules, current: CurrentUser | None = None
    ) -> None:
        self._db = database
        self._rules = rules
        self._current = current or CurrentUser()

    # Reading ---------------------------------------------------------------------------------

    def _history(self, session: Any, patient_id: int) -> list[ConsultationRecord]:
        return consultations.history(session, patient_id, date_items(self._rules))

    def _open_events(self, session: Any, patient_id: int) -> list[OpenEvent]:
        return [
            OpenEvent(e.id, e.details.type, e.details.onset)
            for e in store.events_for_patient(session, patient_id)
            if e.is_open
        ]

    @staticmethod
    def _earlier(
        session: Any, patient_id: int, day: dt.date | None = None, session_id: int | None = None
    ) -> bool:
        """Whether a session or test patch was done before: before `day` (the record
        `session_id` itself aside), or at all when no day is given (a new record)."""
        return any(
            s.id != session_id and (day is None or (s.draft.date, s.id) < (day, session_id or 0))
            for s in store.sessions_for_patient(session, patient_id)
        )

    def check_questions(self, patient_id: int) -> list[CheckQuestion]:
        """The pre-session check for a new session or patch of this patient: the rules'
        questions (about the last session only when there was one) and one per adverse event
        still open."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            patients.get(session, patient_id)
            return check_questions(
                self._rules,
                self._open_events(session, patient_id),
                self._earlier(session, patient_id),
            )

    def questions_for(self, session_id: int) -> list[CheckQuestion]:
        """The pre-session check as a saved session or patch shows it: the rules' questions,
        one per adverse event its answers name and, while it is a draft, one per event still
        open (a finalised record keeps the questions it was asked)."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            record = store.get_session(session, session_id)
            events = store.events_for_patient(session, record.patient_id)
            earlier = self._earlier(session, record.patient_id, record.draft.date, record.id)
        answered = {key.removeprefix(OPEN_EVENT) for key in record.draft.check}
        asked = [
            OpenEvent(e.id, e.details.type, e.details.onset)
            for e in events
            if str(e.id) in answered or (e.is_open and not record.is_final)
        ]
        # A record answered under older rules keeps the questions it was asked.
        earlier = earlier or any(k in record.draft.check for k in self._after_session())
        return check_questions(self._rules, asked, earlier)

    def _after_session(self) -> list[str]:
        return [c.id for c in self._rules.course.checks.values() if c.after_session]

    def prefill(self, patient_id: int, day: dt.date) -> SessionDraft:
        """A new session's draft: linked to the plan, the next planned number, and the depths
        of the last session (else the plan's or its revision's)."""
        self._current.require(Permission.CLINICAL)
        summary = self.course_summary(patient_id)
        depths = dict(summary.last_depths_mm)
        if not depths:
            with self._db.read() as session:
                plan = self._planned(session, patient_id)[0]
            depths = dict(plan.depths_mm) if plan else {}
        return SessionDraft(
            date=day,
            consultation_id=summary.consultation_id,
            number=summary.next_number,
            depths_mm=depths,
        )

    def sessions(self, patient_id: int) -> list[SessionRecord]:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.sessions_for_patient(session, patient_id)

    def get_session(self, session_id: int) -> SessionRecord:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.get_session(session, session_id)

    def adverse_events(self, patient_id: int) -> list[AdverseEventRecord]:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.events_for_patient(session, patient_id)

    def follow_ups(self, patient_id: int) -> list[FollowUpRecord]:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.follow_ups_for_patient(session, patient_id)

    def lot_uses(self, number: str) -> list[store.LotUse]:
        """The sessions that used a lot of this number, whatever its case and the spaces
        around it (lots are typed by hand)."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.lot_uses(session, number)

    @staticmethod
    def looks_like_lot(text: str) -> bool:
        return looks_like_lot(text)

    def find_lot(self, number: str) -> LotFound | None:
        """The sessions and patients of a lot number typed in a search; None when no session
        used a lot of that number, or the text cannot be one (the search is then a patient's
        name, phone or birth)."""
        self._current.require(Permission.CLINICAL)
        number = number.strip()
        if not looks_like_lot(number):
            return None
        with self._db.read() as session:
            uses = store.lot_uses(session, number)
            ids = list(dict.fromkeys(use.patient_id for use in uses))
            found = tuple(patients.get(session, patient_id) for patient_id in ids)
        # The number as recorded, not as typed (in whatever case it was typed).
        return LotFound(uses[0].lot, tuple(uses), found) if uses else None

    def aftercare_input(
        self,
        patient_id: int,
        day: dt.date,
        practitioner_id: int | None,
        clinic: ClinicDetails | None,
    ) -> AftercareInput:
        """What the session's aftercare sheet prints: the patient's name in their handout
        language, the session's date and, if one is chosen, the practitioner's name."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            details = patients.get(session, patient_id).details
            practitioner = (
                practitioners.get(session, practitioner_id).name
                if practitioner_id is not None
                else ""
            )
        return AftercareInput(
            details.full_name, details.language, day, clinic or ClinicDetails(), practitioner
        )

    def course_page(self, patient_id: int) -> CoursePage:
        """The summary, and the timeline with every consultation of the patient's."""
        self._current.require(Permission.CLINICAL)
        summary = self.course_summary(patient_id)
        with self._db.read() as session:
            history = self._history(session, patient_id)
            followed = summary.consultation_id
            revisions = store.revisions(session, followed) if followed is not None else []
        shown = {e.record_id for e in summary.timeline if e.kind == "consultation"}
        others = [
            TimelineEntry(
                "consultation",
                record.draft.date,
                record.id,
                CONSULTATION_LABELS[record.is_final],
                not record.is_final,
            )
            for record in history
            if record.id not in shown
        ]
        # The summary names the revision followed now; the earlier ones are kept too.
        revised = {e.record_id for e in summary.timeline if e.kind == "revision"}
        others += [
            TimelineEntry("revision", r.details.date, r.id, REVISION_LABEL)
            for r in revisions
            if r.id not in revised
        ]
        timeline = sorted(
            (*summary.timeline, *others),
            # Stable: the summary's own order for entries of one day; the review stays last.
            key=lambda e: (e.kind == "review", e.date, e.kind != "consultation"),
        )
        return CoursePage(summary, tuple(timeline))

    def revision_view(self, patient_id: int, revision_id: int) -> RevisionView:
        """A revision of one of the patient's plans, beside that plan as it was decided."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            for record in self._history(session, patient_id):
                found = [r for r in store.revisions(session, record.id) if r.id == revision_id]
                if found and record.plan is not None:
                    break
            else:
                raise NotFound(Message("course.no_revision", id=revision_id))
            chosen = found[0].details.practitioner_id
            who = practitioners.get(session, chosen).name if chosen is not None else ""
        plan = record.plan
        original = PlannedCourse(
            record.id, record.draft.date, len(plan.dates), plan.dates, plan.depths_mm
        )
        return RevisionView(found[0], who, original, plan.interval_final_weeks, record.draft.date)

    def follow_up_scores(
        self, findings: tuple[Finding, ...], grade: int | None
    ) -> tuple[FollowUpScores, int | None]:
        """A follow-up's scores as it is typed (the grade given, or the suggested one), and
        the grade the findings suggest."""
        self._current.require(Permission.CLINICAL)
        computed = scores_of(findings, grade, self._rules)
        suggested = suggested_grade(findings, self._rules)
        used = grade if grade is not None else suggested
        return (
            FollowUpScores(computed.goodman_baron_quantitative, computed.ecca, used),
            suggested,
        )

    def follow_up_result(self, patient_id: int, follow_up_id: int) -> FollowUpResult:
        """A saved follow-up compared with its consultation, with the prompt as it was then."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            found = [
                f for f in store.follow_ups_for_patient(session, patient_id) if f.id == follow_up_id
            ]
            if not found:
                raise NotFound(Message("course.no_follow_up", id=follow_up_id))
            record = found[0]
            baseline = self._consultation(session, patient_id, record.details.consultation_id)
            done = self._done(
                session, patient_id, record.details.consultation_id, record.details.date
            )
        comparison = self._compare(record, baseline)
        return FollowUpResult(record, comparison, no_change_prompt(comparison, done, self._rules))

    @staticmethod
    def _done(
        session: Any,
        patient_id: int,
        consultation_id: int,
        until: dt.date | None = None,
        planned_only: bool = False,
    ) -> int:
        """Finalised sessions done for this consultation (up to a day, if given); with
        `planned_only`, those fulfilling a planned number (an extra one is not in the plan)."""
        return sum(
            1
            for s in store.sessions_for_patient(session, patient_id)
            if s.draft.kind == SESSION
            and s.is_final
            and s.draft.consultation_id == consultation_id
            and (until is None or s.draft.date <= until)
            and not (planned_only and s.draft.number is None)
        )

    def propose_revision(
        self,
        patient_id: int,
        day: dt.date,
        sessions_total: int | None = None,
        interval_weeks: int | None = None,
        reason: str = "",
    ) -> RevisionDetails:
        """A revision of the plan the course follows, to be edited and saved: the total and
        interval given (else the plan's or its latest revision's), the sessions still to do
        dated every interval from the last one done (not before `day`), the depths kept."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            planned, revision, record = self._planned(session, patient_id)
            if planned is None or record is None or record.plan is None:
                raise DocumentError("consultation_id", Message("course.no_plan"))
            finals = [
                s
                for s in store.sessions_for_patient(session, patient_id)
                if s.draft.kind == SESSION
                and s.is_final
                and s.draft.consultation_id == planned.consultation_id
            ]
        if sessions_total is None:
            sessions_total = revision.details.sessions_total if revision else planned.sessions
        if interval_weeks is None:
            interval_weeks = (
                revision.details.interval_weeks if revision else record.plan.interval_final_weeks
            )
        step = dt.timedelta(weeks=interval_weeks)
        last = max((s.draft.date for s in finals), default=None)
        first = max(day, last + step) if last is not None else day
        numbered = sum(1 for s in finals if s.draft.number is not None)
        remaining = max(sessions_total - numbered, 0)
        return RevisionDetails(
            date=day,
            consultation_id=planned.consultation_id,
            sessions_total=sessions_total,
            interval_weeks=interval_weeks,
            remaining_dates=tuple(first + n * step for n in range(remaining)),
            depths_mm=dict(planned.depths_mm),
            reason=reason,
        )

    def _planned(
        self, session: Any, patient_id: int
    ) -> tuple[PlannedCourse | None, RevisionRecord | None, ConsultationRecord | None]:
        record = current_plan(self._history(session, patient_id))
        if record is None or record.plan is None:
            return None, None, record
        plan = record.plan
        review = (
            add_months(plan.dates[-1], self._rules.plan.review.months_after_last)
            if plan.dates
            else None
        )
        planned = PlannedCourse(
            record.id,
            record.draft.date,
            len(plan.dates),
            plan.dates,
            plan.depths_mm,
            review,
            plan.interval_final_weeks,
        )
        revised = store.revisions(session, record.id)
        if revised:
            planned = replace(planned, depths_mm=revised[-1].details.depths_mm)
        return planned, revised[-1] if revised else None, record

    def course_summary(self, patient_id: int) -> CourseSummary:
        """Planned vs done, the next due session, open adverse events, the last depths per
        zone and the timeline, with the latest follow-up compared with the consultation."""
        self._current.require(Permission.CLINICAL)
        return self._summary(patient_id)

    def schedule(self, patient_id: int) -> Schedule:
        """The planned session dates still to come, for whoever keeps the diary (reception
        included): the course read whole, only its dates given out."""
        self._current.require(Permission.SCHEDULE)
        return schedule_of(self._summary(patient_id))

    def _summary(self, patient_id: int) -> CourseSummary:
        with self._db.read() as session:
            patients.get(session, patient_id)
            planned, revision, _ = self._planned(session, patient_id)
            sessions = store.sessions_for_patient(session, patient_id)
            events = store.events_for_patient(session, patient_id)
            follow_ups = store.follow_ups_for_patient(session, patient_id)
            baselines = {r.id: r for r in self._history(session, patient_id)}
        compared = [(f, self._compare(f, baselines[f.details.consultation_id])) for f in follow_ups]
        return summarise(patient_id, planned, revision, sessions, events, compared, self._rules)

    @staticmethod
    def _compare(follow_up: FollowUpRecord, baseline: ConsultationRecord) -> Comparison:
        return compare_follow_up(follow_up, baseline)

    # Writing ---------------------------------------------------------------------------------

    def _consultation(
        self, session: Any, patient_id: int, consultation_id: int
    ) -> ConsultationRecord:
        try:
            record = consultations.get(session, consultation_id, date_items(self._rules))
        except NotFound:
            raise DocumentError(
                "consultation_id", Message("course.other_patient", id=consultation_id)
            ) from None
        if record.patient_id != patient_id:
            raise DocumentError(
                "consultation_id", Message("course.other_patient", id=consultation_id)
            )
        return record

    @staticmethod
    def _own_session(session: Any, patient_id: int, session_id: int) -> None:
        """Refuse a session that is not this patient's (or none of that id)."""
        try:
            found = store.get_session(session, session_id)
        except NotFound:
            found = None
        if found is None or found.patient_id != patient_id:
            raise DocumentError("session_id", Message("course.other_session", id=session_id))

    def _check_order(
        self, session: Any, patient_id: int, draft: SessionDraft, session_id: int | None
    ) -> None:
        """The record against its consultation's date and the patient's other sessions."""
        day = None
        if draft.consultation_id is not None:
            day = self._consultation(session, patient_id, draft.consultation_id).draft.date
        check_order(draft, session_id, store.sessions_for_patient(session, patient_id), day)

    def free_numbers(self, patient_id: int, session_id: int | None = None) -> list[int]:
        """The planned numbers a new session (or the saved `session_id`) can still take: the
        plan's (or its revision's) not given to another session of the course."""
        self._current.require(Permission.CLINICAL)
        summary = self.course_summary(patient_id)
        with self._db.read() as session:
            records = store.sessions_for_patient(session, patient_id)
        used = used_numbers(records, summary.consultation_id, session_id)
        return [n for n in range(1, summary.planned + 1) if n not in used]

    @staticmethod
    def _consent_allows(session: Any, patient_id: int) -> None:
        """Refuse a session while the patient's newest treatment consent is withdrawn or
        voided. No consent on file does not block: records from before consent was signed
        on screen (paper consent) go on as before."""
        stopped = blocking_consent(consent_store.for_patient(session, patient_id))
        if stopped is not None:
            changed = stopped.status_changed_at or stopped.signed_at
            raise DocumentError(
                "consent",
                Message(
                    "consent.withdrawn",
                    status=stopped.status.value,
                    day=changed.date(),
                    reason=stopped.status_reason,
                ),
            )

    def _add(self, patient_id: int, draft: SessionDraft, action: str) -> SessionRecord:
        with self._db.write() as session:
            patients.get(session, patient_id)
            self._consent_allows(session, patient_id)
            draft.validate(
                self._rules,
                dt.date.today(),
                self._open_events(session, patient_id),
                self._earlier(session, patient_id, draft.date),
            )
            self._check_order(session, patient_id, draft, None)
            if draft.practitioner_id is not None:
                practitioners.get(session, draft.practitioner_id)
            record = store.add_session(session, patient_id, draft)
            record_event(session, self._current.actor(), action, "treatment_session", record.id)
        return record

    def record_test_patch(self, patient_id: int, draft: SessionDraft) -> SessionRecord:
        """A test patch, as a draft until it is read and finalised."""
        self._current.require(Permission.CLINICAL)
        if draft.kind != TEST_PATCH:
            raise DocumentError(
                "kind", Message("course.kind", method="start_session", kind=draft.kind)
            )
        return self._add(patient_id, draft, "course.test_patch")

    def read_test_patch(self, session_id: int, read_on: dt.date, result: str) -> SessionRecord:
        """The patch's read-on date and result, on a draft patch."""
        self._current.require(Permission.CLINICAL)
        record = self.get_session(session_id)
        if record.draft.kind != TEST_PATCH:
            raise DocumentError("kind", Message("course.not_patch"))
        draft = replace(record.draft, patch_read_on=read_on, patch_result=result)
        return self.save_session(session_id, draft)

    def start_session(self, patient_id: int, draft: SessionDraft) -> SessionRecord:
        """A session from its pre-session check on: refused, with the reason, for a block
        answer, an expired lot or a depth outside the usual range without a reason."""
        self._current.require(Permission.CLINICAL)
        if draft.kind != SESSION:
            raise DocumentError(
                "kind", Message("course.kind", method="record_test_patch", kind=draft.kind)
            )
        return self._add(patient_id, draft, "course.session_start")

    def save_session(self, session_id: int, draft: SessionDraft) -> SessionRecord:
        """A draft session or patch changed; a finalised one is refused (`SessionLocked`)."""
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            before = store.get_session(session, session_id)
            patient_id = before.patient_id
            draft = replace(draft, kind=before.draft.kind)
            draft.validate(
                self._rules,
                dt.date.today(),
                self._open_events(session, patient_id),
                self._earlier(session, patient_id, draft.date, session_id),
            )
            self._check_order(session, patient_id, draft, session_id)
            record = store.save_session(session, session_id, draft)
            record_event(
                session,
                self._current.actor(),
                "course.session_save",
                "treatment_session",
                record.id,
            )
        return record

    def signing_problems(
        self, patient_id: int, draft: SessionDraft, session_id: int | None = None
    ) -> tuple[DocumentError, ...]:
        """What `draft` (of the saved record `session_id`, or a new one) still lacks to be
        signed, every item at once (empty: it can be)."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            earlier = self._earlier(session, patient_id, draft.date, session_id)
        return draft.signing_problems(self._rules, earlier)

    def finalise_session(self, session_id: int, practitioner_id: int) -> SessionRecord:
        """Signed by the practitioner, then locked: corrections are addenda. Refused with
        `SigningRefused`, naming everything still missing, for an incomplete record."""
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            before = store.get_session(session, session_id)
            practitioners.get(session, practitioner_id)
            self._consent_allows(session, before.patient_id)
            draft = replace(before.draft, practitioner_id=practitioner_id)
            # The answers were given at the start; events opened since are asked next time.
            earlier = self._earlier(session, before.patient_id, draft.date, session_id)
            draft.validate(self._rules, dt.date.today(), (), earlier)
            # Sessions signed since this draft was saved may have taken its number or date.
            self._check_order(session, before.patient_id, draft, session_id)
            missing = draft.signing_problems(self._rules, earlier)
            if missing:
                raise SigningRefused(missing)
            record = store.finalise_session(session, session_id, practitioner_id)
            record_event(
                session,
                self._current.actor(),
                "course.session_finalise",
                "treatment_session",
                record.id,
            )
        return record

    def add_addendum(
        self, session_id: int, practitioner_id: int, text: str, field: str = ""
    ) -> Addendum:
        """A correction to a finalised session, with who and when; the original is kept."""
        self._current.require(Permission.CLINICAL)
        check_addendum(text, field)
        with self._db.write() as session:
            practitioners.get(session, practitioner_id)
            added = store.add_addendum(session, session_id, practitioner_id, field, text)
            record_event(
                session, self._current.actor(), "course.addendum", "session_addendum", added.id
            )
        return added

    def record_adverse_event(
        self, patient_id: int, details: AdverseEventDetails
    ) -> AdverseEventRecord:
        self._current.require(Permission.CLINICAL)
        details.validate(self._rules, dt.date.today())
        with self._db.write() as session:
            patients.get(session, patient_id)
            record = store.add_event(session, patient_id, details)
            record_event(
                session, self._current.actor(), "course.adverse_event", "adverse_event", record.id
            )
        return record

    def resolve_adverse_event(
        self, event_id: int, resolved_on: dt.date, action: str = ""
    ) -> AdverseEventRecord:
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            before = store.get_event(session, event_id)
            details = replace(
                before.details, resolved_on=resolved_on, action=action or before.details.action
            )
            details.validate(self._rules, dt.date.today())
            record = store.resolve_event(session, event_id, resolved_on, action)
            record_event(
                session,
                self._current.actor(),
                "course.adverse_event_resolve",
                "adverse_event",
                event_id,
            )
        return record

    def record_follow_up(self, patient_id: int, details: FollowUpDetails) -> FollowUpResult:
        """Scored like the consultation and compared with it; the "no change" prompt when
        neither score fell after the rules' number of sessions."""
        self._current.require(Permission.CLINICAL)
        details.validate(self._rules, dt.date.today())
        computed = scores_of(details.findings, details.global_grade, self._rules)
        scores = FollowUpScores(
            computed.goodman_baron_quantitative, computed.ecca, details.global_grade
        )
        with self._db.write() as session:
            patients.get(session, patient_id)
            baseline = self._consultation(session, patient_id, details.consultation_id)
            if details.date < baseline.draft.date:
                raise DocumentError("date", Message("document.before_consultation"))
            if details.session_id is not None:
                self._own_session(session, patient_id, details.session_id)
            if details.practitioner_id is not None:
                practitioners.get(session, details.practitioner_id)
            record = store.add_follow_up(session, patient_id, details, scores)
            done = self._done(session, patient_id, details.consultation_id, details.date)
            record_event(session, self._current.actor(), "course.follow_up", "follow_up", record.id)
        comparison = self._compare(record, baseline)
        return FollowUpResult(record, comparison, no_change_prompt(comparison, done, self._rules))

    def revise_plan(self, patient_id: int, details: RevisionDetails) -> RevisionRecord:
        """The remaining plan changed, with its reason; the original plan is kept as it was."""
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            self._consultation(session, patient_id, details.consultation_id)
            done = self._done(session, patient_id, details.consultation_id, planned_only=True)
            details.validate(self._rules, done, dt.date.today())
            if details.practitioner_id is not None:
                practitioners.get(session, details.practitioner_id)
            record = store.add_revision(session, details)
            record_event(
                session, self._current.actor(), "course.plan_revision", "plan_revision", record.id
            )
        return record
