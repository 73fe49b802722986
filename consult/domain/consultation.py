"""A consultation as the practitioner builds it: the draft, the plan edits and their reasons.

A draft may be incomplete; what it holds must still be valid. Finalising needs the skin type,
every precaution acknowledged and a reason for every change to the suggested plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import pairwise
from typing import Any

from consult.domain.document import (
    EARLIEST,
    LATEST,
    assessment_document,
    finding_document,
    parse_findings,
    parse_screening,
    screening_document,
)
from consult.domain.errors import DocumentError, PlanError
from consult.domain.model import Assessment, Finding, Patient, ScreeningAnswers
from consult.domain.plan import (
    DEPTH_REFUSED,
    DEPTH_USUAL,
    Plan,
    check_depth,
    suggest_plan,
)
from consult.domain.plan_status import PlanStatus
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules, ScreeningLevel
from consult.domain.screening import ScreeningResult
from consult.domain.text import quoted, unstorable


class ConsultationStatus(StrEnum):
    """A consultation's status; the values are the ones stored and exported."""

    DRAFT = "draft"
    FINAL = "final"


NOTES_MAX = 20_000
REASON_MAX = 500


DEPTH_FIELD = "needle_depth_mm."


def depth_field(zone: str) -> str:
    """The key of a zone's needle depth among the changed fields and their reasons."""
    return f"{DEPTH_FIELD}{zone}"


@dataclass(frozen=True)
class PlanChoices:
    """The practitioner's edits to the suggested plan, each with a short reason.

    `reasons` is keyed by the field changed: `sessions`, `interval_weeks`, `dates` or
    `needle_depth_mm.<zone>`.
    """

    sessions: int | None = None
    interval_weeks: int | None = None
    dates: tuple[dt.date, ...] | None = None
    depths_mm: Mapping[str, float] = field(default_factory=dict)
    reasons: Mapping[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "sessions": self.sessions,
            "interval_weeks": self.interval_weeks,
            "dates": [d.isoformat() for d in self.dates] if self.dates is not None else None,
            "depths_mm": dict(self.depths_mm),
            "reasons": dict(self.reasons),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> PlanChoices:
        if not data:
            return cls()
        dates = data.get("dates")
        return cls(
            sessions=data.get("sessions"),
            interval_weeks=data.get("interval_weeks"),
            dates=tuple(dt.date.fromisoformat(d) for d in dates) if dates is not None else None,
            depths_mm=dict(data.get("depths_mm") or {}),
            reasons=dict(data.get("reasons") or {}),
        )


@dataclass(frozen=True)
class ConsultationDraft:
    """Everything typed during a consultation, saved on every page change."""

    date: dt.date
    screening: ScreeningAnswers = field(default_factory=ScreeningAnswers)
    acknowledged: frozenset[str] = frozenset()
    findings: tuple[Finding, ...] = ()
    global_grade: int | None = None
    qualitative_answers: Mapping[str, bool | None] = field(default_factory=dict)
    plan_start: dt.date | None = None
    plan_choices: PlanChoices = field(default_factory=PlanChoices)
    notes: str = ""
    # The skin type assessed today; None uses the patient's.
    fitzpatrick: int | None = None
    # The plan's calendar id, a random UUID the store gives each consultation (kept in its
    # plan's JSON): the events exported again keep their ids, so calendars update them.
    calendar_uid: str = ""

    def check(self, rules: Rules) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved."""
        if not EARLIEST <= self.date <= LATEST:
            raise DocumentError("date", f"must be between {EARLIEST} and {LATEST}")
        # The document reader holds every check of ids, counts and areas: reuse it.
        parse_screening(screening_document(self.screening), rules)
        parse_findings([finding_document(f, rules) for f in self.findings], rules)
        for item in self.acknowledged:
            if item not in rules.screening:
                raise DocumentError("acknowledged", f"unknown screening item {quoted(item)}")
        if self.global_grade is not None and self.global_grade not in (1, 2, 3, 4):
            raise DocumentError("global_grade", "must be a whole number 1 to 4")
        if self.fitzpatrick is not None and not 1 <= self.fitzpatrick <= 6:
            raise DocumentError("fitzpatrick", "must be a skin type 1 to 6")
        if self.plan_start is not None and self.plan_start < self.date:
            raise DocumentError("plan_start", "must not be before the consultation date")
        if len(self.notes) > NOTES_MAX:
            raise DocumentError("notes", f"must be at most {NOTES_MAX} characters")
        if unstorable(self.notes):
            raise DocumentError("notes", unstorable(self.notes))
        for key, answer in self.qualitative_answers.items():
            if answer is not None and not isinstance(answer, bool):
                raise DocumentError(f"qualitative_answers.{key}", "must be yes, no or unanswered")
        _check_choices(self.plan_choices)


def _check_choices(choices: PlanChoices) -> None:
    for name in ("sessions", "interval_weeks"):
        value = getattr(choices, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise DocumentError(f"plan.{name}", "must be a whole number")
    if choices.sessions is not None and not 0 <= choices.sessions <= 52:
        raise DocumentError("plan.sessions", "must be 0 to 52")
    for zone, depth in choices.depths_mm.items():
        if isinstance(depth, bool) or not isinstance(depth, int | float) or depth <= 0:
            raise DocumentError(f"plan.needle_depth_mm.{zone}", "must be a depth in mm above 0")
    for key, reason in choices.reasons.items():
        if not isinstance(reason, str) or len(reason) > REASON_MAX:
            raise DocumentError(f"plan.reasons.{key}", f"must be text of {REASON_MAX} or fewer")
        if unstorable(reason):
            raise DocumentError(f"plan.reasons.{key}", unstorable(reason))


def date_items(rules: Rules) -> frozenset[str]:
    """Screening items answered with a date (the last isotretinoin dose), not yes or no."""
    return frozenset(item.id for item in rules.screening.values() if item.kind == "date")


def assessment_of(draft: ConsultationDraft, patient: PatientRecord) -> Assessment:
    """The engine's input for this draft and patient; the skin type must be known."""
    details = patient.details
    skin_type = draft.fitzpatrick or details.fitzpatrick
    if skin_type is None:
        raise DocumentError("fitzpatrick", "the skin type is needed to plan (I to VI)")
    contact = "; ".join(part for part in (details.phone, details.email) if part)
    return Assessment(
        date=draft.date,
        patient=Patient(
            name=details.full_name,
            date_of_birth=details.date_of_birth,
            fitzpatrick=skin_type,
            language=details.language,
            contact=contact,
            fitzpatrick_answers=details.fitzpatrick_answers,
        ),
        screening=draft.screening,
        findings=draft.findings,
        global_grade=draft.global_grade,
        plan_start=draft.plan_start,
        calendar_uid=draft.calendar_uid,
        qualitative_answers=draft.qualitative_answers,
    )


def draft_document(
    draft: ConsultationDraft, patient: PatientRecord, rules: Rules
) -> dict[str, Any]:
    """The draft as a `consult.assessment/1` document; without a known skin type the
    document simply lacks `patient.fitzpatrick` (nothing else is left out)."""
    skin_type = draft.fitzpatrick or patient.details.fitzpatrick
    assessment = assessment_of(replace(draft, fitzpatrick=skin_type or 1), patient)
    document = assessment_document(assessment, rules)
    if skin_type is None:
        del document["patient"]["fitzpatrick"]
    return document


@dataclass(frozen=True)
class Override:
    """A value the practitioner changed from the suggestion, and why."""

    field: str
    suggested: str
    final: str
    reason: str


@dataclass(frozen=True)
class FinalPlan:
    """The plan as confirmed: the engine's plan with the edits applied, and the overrides."""

    plan: Plan
    depths_mm: Mapping[str, float]
    overrides: tuple[Override, ...]

    @property
    def missing_reasons(self) -> tuple[str, ...]:
        return tuple(o.field for o in self.overrides if not o.reason.strip())


def _mm(value: float) -> str:
    return f"{value:g} mm"


def _check_dates(dates: tuple[dt.date, ...], count: int, first: dt.date, rules: Rules) -> None:
    if len(dates) != count:
        raise PlanError(f"{len(dates)} dates were given for {count} sessions")
    floor = rules.plan.interval.floor_weeks
    if dates and dates[0] < first:
        raise PlanError(f"the first session cannot be before {first.isoformat()}")
    for number, (before, after) in enumerate(pairwise(dates), start=2):
        if after - before < dt.timedelta(weeks=floor):
            raise PlanError(
                f"session {number} on {after.isoformat()} is {(after - before).days} days after "
                f"session {number - 1}: sessions must be at least {floor} weeks apart so the "
                "skin can recover"
            )


def apply_choices(
    assessment: Assessment,
    screening: ScreeningResult,
    suggested: Plan,
    suggested_grade: int | None,
    choices: PlanChoices,
    rules: Rules,
) -> FinalPlan:
    """The confirmed plan. Edits apply only to a plan with sessions; a deferred plan has none.

    Raises `PlanError` for an edit the rules refuse (an interval or a date gap below the floor).
    """
    if suggested.status != PlanStatus.SUGGESTED:
        return FinalPlan(suggested, {}, ())
    plan = suggested
    if choices.sessions is not None or choices.interval_weeks is not None:
        # Only a changed count or interval makes a different schedule: the engine runs again.
        plan = suggest_plan(
            assessment,
            screening,
            suggested.grade,
            rules,
            suggested_grade=suggested_grade,
            sessions=choices.sessions,
            interval_weeks=choices.interval_weeks,
        )
    expected = plan.dates
    if choices.dates is not None:
        # After a test patch, no full session before the patch has been read.
        first = plan.test_patch.first_session_from if plan.test_patch else assessment.date
        _check_dates(choices.dates, len(plan.dates), first, rules)
        # With a test patch the plan starts on the patch, whatever the sessions' dates.
        start = plan.start if plan.test_patch else (choices.dates[0] if choices.dates else None)
        plan = replace(plan, dates=choices.dates, start=start)
    depths = {d.zone: d.suggested_mm for d in plan.needle_depth}
    warnings = list(plan.warnings)
    for zone, depth in choices.depths_mm.items():
        if zone not in depths:
            raise PlanError(f"{zone} has no scars to needle, so it has no needle depth")
        checked = check_depth(rules.zones[zone], depth)
        if checked.status == DEPTH_REFUSED:
            raise PlanError(checked.message)
        if checked.status != DEPTH_USUAL:
            warnings.append(checked.message)
    final_depths = {**depths, **choices.depths_mm}
    plan = replace(plan, warnings=tuple(warnings))

    def reason(key: str) -> str:
        return choices.reasons.get(key, "").strip()

    overrides = []
    if len(plan.dates) != suggested.sessions.suggested:
        overrides.append(
            Override(
                "sessions",
                str(suggested.sessions.suggested),
                str(len(plan.dates)),
                reason("sessions"),
            )
        )
    if plan.interval_weeks != suggested.interval_weeks:
        overrides.append(
            Override(
                "interval_weeks",
                str(suggested.interval_weeks),
                str(plan.interval_weeks),
                reason("interval_weeks"),
            )
        )
    if choices.dates is not None and plan.dates != expected:
        overrides.append(
            Override(
                "dates",
                ", ".join(d.isoformat() for d in expected),
                ", ".join(d.isoformat() for d in plan.dates),
                reason("dates"),
            )
        )
    for zone, depth in final_depths.items():
        if depth != depths[zone]:
            key = depth_field(zone)
            overrides.append(Override(key, _mm(depths[zone]), _mm(depth), reason(key)))
    return FinalPlan(plan, final_depths, tuple(overrides))


def unacknowledged(screening: ScreeningResult, acknowledged: frozenset[str]) -> tuple[str, ...]:
    """Precautions that apply and have not been ticked yet."""
    return tuple(
        hit.id
        for hit in screening.items
        if hit.level == ScreeningLevel.PRECAUTION and hit.id not in acknowledged
    )


@dataclass(frozen=True)
class SavedScores:
    """The scores as computed when the consultation was saved."""

    goodman_baron_quantitative: int
    ecca: int
    qualitative_suggested: int | None
    qualitative_used: int | None


@dataclass(frozen=True)
class SavedPlan:
    """The plan kept with a final consultation: suggestion, final values and overrides."""

    status: PlanStatus
    grade: int | None
    sessions_min: int
    sessions_suggested: int
    sessions_max: int
    sessions_final: int
    interval_suggested_weeks: int
    interval_final_weeks: int
    start: dt.date | None
    dates: tuple[dt.date, ...]
    depths_mm: Mapping[str, float]
    overrides: tuple[Override, ...]
    rules_version: str
    # The engine's full plan (reasons, adjuncts, precautions, warnings) as JSON data.
    detail: Mapping[str, Any]


@dataclass(frozen=True)
class ConsultationRecord:
    id: int
    patient_id: int
    practitioner_id: int | None
    status: ConsultationStatus
    rules_version: str
    draft: ConsultationDraft
    scores: SavedScores | None
    plan: SavedPlan | None
    version: int
    created_at: dt.datetime
    updated_at: dt.datetime
    finalised_at: dt.datetime | None

    @property
    def is_final(self) -> bool:
        return self.status == ConsultationStatus.FINAL


def tidy_choices(choices: PlanChoices, final: FinalPlan) -> PlanChoices:
    """The choices without the edits that no longer differ from the suggestion, nor their
    reasons, so a reason never silently covers a later, different change."""
    changed = {override.field for override in final.overrides}
    return PlanChoices(
        sessions=choices.sessions if "sessions" in changed else None,
        interval_weeks=choices.interval_weeks if "interval_weeks" in changed else None,
        dates=choices.dates if "dates" in changed else None,
        depths_mm={z: d for z, d in choices.depths_mm.items() if depth_field(z) in changed},
        reasons={key: text for key, text in choices.reasons.items() if key in changed},
    )
