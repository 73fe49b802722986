"""Consultation use-cases: start, save and resume a draft, finalise it with its plan, history.

Each write is one transaction with one audit event. The engine's suggestion is recomputed from
the draft every time, so what is finalised is what the rules say today plus the edits.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from typing import Any

from consult.domain.access import Permission
from consult.domain.clinic import ClinicDetails
from consult.domain.consent import ConsentKind, ConsentRecord, check_reason, latest
from consult.domain.consultation import (
    ConsultationDraft,
    ConsultationRecord,
    FinalPlan,
    SavedScores,
    apply_choices,
    assessment_of,
    date_items,
)
from consult.domain.errors import PlanError
from consult.domain.messages import Message, as_message
from consult.domain.model import Finding
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.scores import ecca, goodman_baron_quantitative, suggest_grade
from consult.domain.screening import ScreeningHit, ScreeningResult, screen
from consult.services.access import CurrentUser
from consult.services.assessment import AssessmentReport, assess, report_json
from consult.services.readiness import Problem, ProblemKind, readiness, reflection_warning
from consult.store import clinic, consents, consultations, patients, practitioners
from consult.store.audit import record_event
from consult.store.database import Database


@dataclass(frozen=True)
class ConsultationPreview:
    """What the engine says of a draft now: scores, screening, suggestion and final plan."""

    report: AssessmentReport
    final: FinalPlan


def scores_of(
    findings: tuple[Finding, ...],
    grade: int | None,
    rules: Rules,
    qualitative_answers: Mapping[str, bool | None] | None = None,
) -> SavedScores:
    """The scores need only the findings present, the confirmed grade and the qualitative
    helper's answers (its grade is the suggestion when it gives one)."""
    findings = tuple(f for f in findings if f.present)
    suggested = suggest_grade(findings, qualitative_answers or {}, rules)
    return SavedScores(
        goodman_baron_quantitative=goodman_baron_quantitative(findings, rules).total,
        ecca=ecca(findings, rules).total,
        qualitative_suggested=suggested,
        qualitative_used=grade if grade is not None else suggested,
    )


def preview_of(
    draft: ConsultationDraft, patient: PatientRecord, rules: Rules
) -> ConsultationPreview:
    """What the engine says of a draft for this patient (shared with the demo generator)."""
    assessment = assessment_of(draft, patient)
    report = assess(assessment, rules)
    final = apply_choices(
        assessment,
        report.screening,
        report.plan,
        report.qualitative_suggested,
        draft.plan_choices,
        rules,
    )
    return ConsultationPreview(report, final)


def planning_rules(rules: Rules, details: ClinicDetails | None) -> Rules:
    """The rules with the clinic's working days (Settings) for the session dates."""
    if details is None:
        return rules
    schedule = rules.plan.schedule._replace(working_days=frozenset(details.working_days))
    return rules._replace(plan=rules.plan._replace(schedule=schedule))


def plan_detail(report: AssessmentReport, final: FinalPlan, rules: Rules) -> dict[str, Any]:
    """The engine's words kept with the plan: the suggestion and the confirmed plan.

    A plan with warnings also keeps each warning's code and parameters (`warning_codes`,
    beside `warnings`, in the same order), so the record can be worded again, translated;
    a plan without any keeps no such key (most plans: the record stays as compact)."""
    suggested = report_json(report, rules)
    plans = (suggested["plan"], report_json(report._replace(plan=final.plan), rules)["plan"])
    if report.plan.warnings or final.plan.warnings:
        plans = (
            _with_codes(plans[0], report.plan.warnings),
            _with_codes(plans[1], final.plan.warnings),
        )
    return {
        "suggested": plans[0],
        "final": plans[1],
        "screening": suggested["screening"],
        "interval_suggested_weeks": report.plan.interval_weeks,
    }


def _with_codes(plan: dict[str, Any], warnings: tuple[Message, ...]) -> dict[str, Any]:
    """`plan` with `warning_codes` after `warnings`: each warning as its code and parameters
    (dates written YYYY-MM-DD)."""
    codes = [
        {"code": message.code, "params": {k: _json_value(v) for k, v in message.params.items()}}
        for message in map(as_message, warnings)
    ]
    kept: dict[str, Any] = {}
    for key, value in plan.items():
        kept[key] = value
        if key == "warnings":
            kept["warning_codes"] = codes
    return kept


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


class ConsultationService:
    def __init__(
        self,
        database: Database,
        rules: Rules,
        current: CurrentUser | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._db = database
        self._today = today
        self._rules = rules
        self._current = current or CurrentUser()
        self._date_items = date_items(rules)

    def _scores(self, draft: ConsultationDraft) -> SavedScores:
        return scores_of(draft.findings, draft.global_grade, self._rules, draft.qualitative_answers)

    def start(
        self,
        patient_id: int,
        draft: ConsultationDraft | None = None,
        practitioner_id: int | None = None,
    ) -> ConsultationRecord:
        """A new draft consultation for the patient (today's date unless the draft says)."""
        self._current.require(Permission.CLINICAL)
        draft = draft or ConsultationDraft(date=dt.date.today())
        draft.check(self._rules)
        with self._db.write() as session:
            patients.get(session, patient_id)
            record = consultations.add_draft(
                session,
                patient_id,
                draft,
                self._rules.version,
                practitioner_id,
                self._scores(draft),
                self._date_items,
                drafted_by=self._user(),
            )
            record_event(
                session, self._current.actor(), "consultation.start", "consultation", record.id
            )
        return record

    def save_draft(
        self, consultation_id: int, draft: ConsultationDraft, expected_version: int | None = None
    ) -> ConsultationRecord:
        """Save what was typed so far; `expected_version` refuses a save over a newer one."""
        self._current.require(Permission.CLINICAL)
        draft.check(self._rules)
        with self._db.write() as session:
            record = consultations.save_draft(
                session,
                consultation_id,
                draft,
                self._rules.version,
                self._scores(draft),
                self._date_items,
                expected_version,
            )
            record_event(
                session, self._current.actor(), "consultation.save", "consultation", record.id
            )
        return record

    def set_practitioner(
        self,
        consultation_id: int,
        practitioner_id: int | None,
        expected_version: int | None = None,
        draft: ConsultationDraft | None = None,
    ) -> ConsultationRecord:
        """Who sees the patient (printed on the documents), on a draft; None for nobody named.
        A final consultation keeps the practitioner it was finished with. `draft`, when
        given, is saved first in the same transaction (what was typed before the choice)."""
        self._current.require(Permission.CLINICAL)
        if draft is not None:
            draft.check(self._rules)
        with self._db.write() as session:
            if practitioner_id is not None:
                practitioners.get(session, practitioner_id)
            if draft is not None:
                saved = consultations.save_draft(
                    session,
                    consultation_id,
                    draft,
                    self._rules.version,
                    self._scores(draft),
                    self._date_items,
                    expected_version,
                )
                record_event(
                    session, self._current.actor(), "consultation.save", "consultation", saved.id
                )
                expected_version = saved.version
            record = consultations.set_practitioner(
                session, consultation_id, practitioner_id, self._date_items, expected_version
            )
            record_event(
                session,
                self._current.actor(),
                "consultation.practitioner",
                "consultation",
                record.id,
            )
        return record

    def planning_rules(self) -> Rules:
        """The rules as plans are made here: the clinic's working days for the dates."""
        with self._db.read() as session:
            return planning_rules(self._rules, clinic.get(session))

    def preview(self, patient_id: int, draft: ConsultationDraft) -> ConsultationPreview:
        """Scores, screening and plan for a draft, without saving anything.

        Raises `DocumentError` (a field cannot be used) or `PlanError` (an edit is refused).
        """
        self._current.require(Permission.CLINICAL)
        draft.check(self._rules)
        with self._db.read() as session:
            patient = patients.get(session, patient_id)
            rules = planning_rules(self._rules, clinic.get(session))
        return preview_of(draft, patient, rules)

    def finalise(
        self,
        consultation_id: int,
        draft: ConsultationDraft | None = None,
        expected_version: int | None = None,
        checked_warnings: Collection[str] | None = None,
        reflection_reason: str = "",
    ) -> ConsultationRecord:
        """Keep the consultation as final with its plan. A blocked screening keeps a deferred
        plan. Refused with a plain reason while `readiness` finds anything missing; the
        plan's warnings are asked for only from a caller that showed them to be checked
        (`checked_warnings`, the window's Finish page)."""
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            saved = consultations.get(session, consultation_id, self._date_items)
            draft = draft or saved.draft
            draft.check(self._rules)
            patient = patients.get(session, saved.patient_id)
            rules = planning_rules(self._rules, clinic.get(session))
            preview = preview_of(draft, patient, rules)
            report, final = preview.report, preview.final
            consent = consent_for(session, saved.patient_id, consultation_id)
            reflection = reflection_warning(
                final,
                consent.answers.signed_on if consent else None,
                self._rules.course.consent.reflection_days,
            )
            problems = readiness(
                report.screening,
                final,
                draft.acknowledged,
                checked_warnings,
                self._today(),
                reflection,
                reflection_reason,
            )
            if problems:
                raise PlanError(refusal(problems, report.screening))
            if consent is not None and reflection is not None:
                reason = check_reason(reflection_reason)
                consents.set_reflection_reason(session, consent.id, reason)
                record_event(
                    session,
                    self._current.actor(),
                    "consent.reflection",
                    "signed_consent",
                    consent.id,
                    reason,
                )
            record = consultations.finalise(
                session,
                consultation_id,
                draft,
                self._scores(draft),
                final,
                plan_detail(report, final, rules),
                self._date_items,
                expected_version,
            )
            record_event(
                session, self._current.actor(), "consultation.finalise", "consultation", record.id
            )
        return record

    def discard(self, consultation_id: int) -> None:
        """Throw away a draft (a final consultation is kept)."""
        self._current.require(Permission.CLINICAL)
        with self._db.write() as session:
            consultations.delete_draft(session, consultation_id)
            record_event(
                session,
                self._current.actor(),
                "consultation.discard",
                "consultation",
                consultation_id,
            )

    def get(self, consultation_id: int) -> ConsultationRecord:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return consultations.get(session, consultation_id, self._date_items)

    def history(self, patient_id: int) -> list[ConsultationRecord]:
        """The patient's consultations, newest first."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return consultations.history(session, patient_id, self._date_items)

    def drafts(self, user: str | None = None) -> list[ConsultationRecord]:
        """Unfinished consultations, most recently saved first: what to offer `user` (the
        signed-in user when None) to resume — theirs, and those started before accounts. A
        database without accounts offers every draft."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return consultations.drafts(session, self._date_items, drafted_by=user or self._user())

    def _user(self) -> str | None:
        signed_in = self._current.signed_in
        return None if signed_in is None else signed_in.account.username


def consent_for(session: Any, patient_id: int, consultation_id: int) -> ConsentRecord | None:
    """The newest valid treatment consent signed for this consultation, if any."""
    signed = [
        r
        for r in consents.for_patient(session, patient_id)
        if r.valid and r.consultation_id == consultation_id
    ]
    return latest(signed, ConsentKind.TREATMENT)


def screening_of(draft: ConsultationDraft, patient: PatientRecord, rules: Rules) -> ScreeningResult:
    """The screening as answered in a draft, judged on its date; it needs no skin type."""
    skin_type = draft.fitzpatrick or patient.details.fitzpatrick or 1  # screening ignores it
    assessment = assessment_of(replace(draft, fitzpatrick=skin_type), patient)
    return screen(
        assessment.screening, assessment.patient, assessment.date, rules, assessment.findings
    )


def screening_flags(
    history: list[ConsultationRecord], patient: PatientRecord, rules: Rules
) -> tuple[tuple[ScreeningHit, dt.date], ...]:
    """The blocks and precautions the patient's page shows, each with the date of the
    consultation whose answer it comes from: the newest final consultation's answers,
    updated by any newer unfinished one. For each question the newest answer decides (a
    blood thinner declared today counts before the consultation is finished); a question a
    draft has not asked yet takes nothing away. `history` is newest first."""
    answered = [
        record
        for record in history
        if record.draft.screening.flags
        or record.draft.screening.dates
        or record.draft.screening.current
    ]
    final = next((index for index, r in enumerate(answered) if r.is_final), len(answered))
    decided: dict[str, tuple[ScreeningHit, dt.date] | None] = {}
    for record in answered[: final + 1]:  # newest first: the newest answer decides
        answers = record.draft.screening
        found = {hit.id: hit for hit in screening_of(record.draft, patient, rules).items}
        for item_id, item in rules.screening.items():
            # The age answers under_18 in every record; a finding or answer only where it
            # raised the item.
            hit = found.get(item_id)
            shown = item.age_below is not None or (hit is not None and bool(hit.derived_from))
            if item_id not in decided and (answers.answered(item_id) or shown):
                decided[item_id] = (hit, record.draft.date) if hit is not None else None
    return tuple(flag for flag in decided.values() if flag is not None)


def refusal(problems: tuple[Problem, ...], screening: ScreeningResult) -> Message:
    """Why finishing is refused, in the service's words (the window words them itself)."""
    texts = {hit.id: hit.text for hit in screening.items}

    def subjects(kind: ProblemKind) -> list[str]:
        return [texts.get(p.subject, p.subject) for p in problems if p.kind == kind]

    parts = []
    if unanswered := [p.subject for p in problems if p.kind == ProblemKind.SCREENING]:
        parts.append(Message("finish.screening", items=", ".join(unanswered)))
    if precautions := subjects(ProblemKind.PRECAUTION):
        parts.append(Message("finish.precautions", items="; ".join(precautions)))
    if warnings := subjects(ProblemKind.WARNING):
        parts.append(Message("finish.warnings", items="; ".join(warnings)))
    if reasons := subjects(ProblemKind.REASON):
        parts.append(Message("finish.reasons", items=", ".join(reasons)))
    if subjects(ProblemKind.REFLECTION):
        parts.append(Message("finish.reflection"))
    return functools.reduce(
        lambda first, then: Message("finish.and", first=first, then=then), parts
    )
