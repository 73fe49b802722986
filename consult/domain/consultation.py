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
from typing import Any, NamedTuple

from consult.domain.consent import REASON_MAX as CONSENT_REASON_MAX
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
from consult.domain.messages import Message
from consult.domain.model import Assessment, Finding, Patient, ScreeningAnswers
from consult.domain.plan import (
    DEPTH_REFUSED,
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


class PlanField(StrEnum):
    """A value of the plan the practitioner may change from the suggestion."""

    SESSIONS = "sessions"
    INTERVAL_WEEKS = "interval_weeks"
    DATES = "dates"
    NEEDLE_DEPTH = "needle_depth_mm"  # one per zone


class ChangedField(NamedTuple):
    """A changed plan value: the field, and the zone for a needle depth."""

    field: PlanField
    zone: str = ""

    @property
    def key(self) -> str:
        """Its key in the stored reasons and overrides (`needle_depth_mm.<zone>`)."""
        return f"{self.field}.{self.zone}" if self.zone else str(self.field)

    @classmethod
    def from_key(cls, key: str) -> ChangedField:
        """The field a stored key names; raises ValueError for a key that names none."""
        name, _, zone = key.partition(".")
        field = PlanField(name)
        if (field == PlanField.NEEDLE_DEPTH) != bool(zone):
            raise ValueError(f"not a changed plan field: {key!r}")
        return cls(field, zone)


def depth_field(zone: str) -> ChangedField:
    """A zone's needle depth among the changed fields."""
    return ChangedField(PlanField.NEEDLE_DEPTH, zone)


@dataclass(frozen=True)
class PlanChoices:
    """The practitioner's edits to the suggested plan, each with a short reason.

    `reasons` is keyed by the changed field's `key`, as the draft is stored.
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
    # The plan's warnings the practitioner has checked on the Finish page, by their identity
    # (`messages.identity`): a warning whose parameters change is a new one to check.
    checked_warnings: frozenset[str] = frozenset()
    # Why the first session is sooner than the time to reflect after signing the consent:
    # kept with the draft so a draft opened again still has it (the consent gets it on Finish).
    reflection_reason: str = ""

    def check(self, rules: Rules) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved."""
        if not EARLIEST <= self.date <= LATEST:
            raise DocumentError(
                "date", Message("document.between", earliest=EARLIEST, latest=LATEST)
            )
        # The document reader holds every check of ids, counts and areas: reuse it.
        parse_screening(screening_document(self.screening), rules)
        parse_findings([finding_document(f, rules) for f in self.findings], rules)
        for item in self.acknowledged:
            if item not in rules.screening:
                raise DocumentError(
                    "acknowledged", Message("document.unknown_screening_item", item=quoted(item))
                )
        if self.global_grade is not None and self.global_grade not in (1, 2, 3, 4):
            raise DocumentError("global_grade", Message("document.grade_1_to_4"))
        if self.fitzpatrick is not None and not 1 <= self.fitzpatrick <= 6:
            raise DocumentError("fitzpatrick", Message("document.skin_type_1_to_6"))
        if self.plan_start is not None and self.plan_start < self.date:
            raise DocumentError("plan_start", Message("document.before_consultation"))
        if len(self.notes) > NOTES_MAX:
            raise DocumentError("notes", Message("document.characters_at_most", limit=NOTES_MAX))
        if unstorable(self.notes):
            raise DocumentError("notes", unstorable(self.notes))
        if len(self.reflection_reason) > CONSENT_REASON_MAX:
            raise DocumentError(
                "reflection_reason",
                Message("document.characters_at_most", limit=CONSENT_REASON_MAX),
            )
        if unstorable(self.reflection_reason):
            raise DocumentError("reflection_reason", unstorable(self.reflection_reason))
        for key, answer in self.qualitative_answers.items():
            if answer is not None and not isinstance(answer, bool):
                raise DocumentError(
                    f"qualitative_answers.{key}", Message("document.yes_no_unanswered")
                )
        _check_choices(self.plan_choices)


def _check_choices(choices: PlanChoices) -> None:
    for name in ("sessions", "interval_weeks"):
        value = getattr(choices, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise DocumentError(f"plan.{name}", Message("document.whole_number"))
    if choices.sessions is not None and not 0 <= choices.sessions <= 52:
        raise DocumentError("plan.sessions", Message("document.sessions_0_to_52"))
    for zone, depth in choices.depths_mm.items():
        if isinstance(depth, bool) or not isinstance(depth, int | float) or depth <= 0:
            raise DocumentError(f"plan.{depth_field(zone).key}", Message("document.depth_above_0"))
    for key, reason in choices.reasons.items():
        if not isinstance(reason, str) or len(reason) > REASON_MAX:
            raise DocumentError(
                f"plan.reasons.{key}", Message("document.reason_text", limit=REASON_MAX)
            )
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
        raise DocumentError("fitzpatrick", Message("document.skin_type_needed"))
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


# A changed value: sessions or weeks (int), session dates, or a needle depth in mm (float).
OverrideValue = int | float | tuple[dt.date, ...]


def _value_text(value: OverrideValue) -> str:
    if isinstance(value, tuple):
        return ", ".join(day.isoformat() for day in value)
    if isinstance(value, float):
        return f"{value:g} mm"
    return str(value)


def _value_of(field: PlanField, text: str) -> OverrideValue:
    if field == PlanField.DATES:
        return tuple(dt.date.fromisoformat(day) for day in text.split(", ") if day)
    if field == PlanField.NEEDLE_DEPTH:
        return float(text.removesuffix(" mm"))
    return int(text)


@dataclass(frozen=True)
class Override:
    """A value the practitioner changed from the suggestion, and why."""

    changed: ChangedField
    suggested: OverrideValue
    final: OverrideValue
    reason: str

    @property
    def field(self) -> PlanField:
        return self.changed.field

    @property
    def texts(self) -> tuple[str, str]:
        """The suggested and final values as records and exports keep them ("1.5 mm",
        dates as 2026-12-08 joined by ", ")."""
        return _value_text(self.suggested), _value_text(self.final)

    @classmethod
    def from_texts(cls, key: str, suggested: str, final: str, reason: str) -> Override:
        """An override as records keep it (the inverse of `key` and `texts`)."""
        changed = ChangedField.from_key(key)
        return cls(
            changed, _value_of(changed.field, suggested), _value_of(changed.field, final), reason
        )


@dataclass(frozen=True)
class FinalPlan:
    """The plan as confirmed: the engine's plan with the edits applied, and the overrides."""

    plan: Plan
    depths_mm: Mapping[str, float]
    overrides: tuple[Override, ...]

    @property
    def missing_reasons(self) -> tuple[ChangedField, ...]:
        return tuple(o.changed for o in self.overrides if not o.reason.strip())


def _check_dates(dates: tuple[dt.date, ...], count: int, first: dt.date, rules: Rules) -> None:
    if len(dates) != count:
        raise PlanError(Message("plan.date_count", given=len(dates), count=count))
    floor = rules.plan.interval.floor_weeks
    if dates and dates[0] < first:
        raise PlanError(Message("plan.first_before", first=first))
    for number, (before, after) in enumerate(pairwise(dates), start=2):
        if after - before < dt.timedelta(weeks=floor):
            raise PlanError(
                Message(
                    "plan.gap_below_floor",
                    number=number,
                    day=after,
                    days=(after - before).days,
                    previous=number - 1,
                    floor=floor,
                )
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
        plan = plan._replace(dates=choices.dates, start=start)
    depths = {d.zone: d.suggested_mm for d in plan.needle_depth}
    warnings = list(plan.warnings)
    for zone, depth in choices.depths_mm.items():
        if zone not in depths:
            raise PlanError(Message("plan.zone_not_needled", zone=zone))
        checked = check_depth(rules.zones[zone], depth)
        if checked.message is None:  # within the usual range
            continue
        if checked.status == DEPTH_REFUSED:
            raise PlanError(checked.message)
        warnings.append(checked.message)
    final_depths = {**depths, **choices.depths_mm}
    plan = plan._replace(warnings=tuple(warnings))

    def override(
        changed: ChangedField, suggested_value: OverrideValue, final_value: OverrideValue
    ) -> Override:
        reason = choices.reasons.get(changed.key, "").strip()
        return Override(changed, suggested_value, final_value, reason)

    overrides = []
    if len(plan.dates) != suggested.sessions.suggested:
        overrides.append(
            override(
                ChangedField(PlanField.SESSIONS), suggested.sessions.suggested, len(plan.dates)
            )
        )
    if plan.interval_weeks != suggested.interval_weeks:
        overrides.append(
            override(
                ChangedField(PlanField.INTERVAL_WEEKS),
                suggested.interval_weeks,
                plan.interval_weeks,
            )
        )
    if choices.dates is not None and plan.dates != expected:
        overrides.append(override(ChangedField(PlanField.DATES), expected, plan.dates))
    for zone, depth in final_depths.items():
        if depth != depths[zone]:
            overrides.append(override(depth_field(zone), float(depths[zone]), float(depth)))
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
    changed = {override.changed for override in final.overrides}
    keys = {field.key for field in changed}
    return PlanChoices(
        sessions=choices.sessions if ChangedField(PlanField.SESSIONS) in changed else None,
        interval_weeks=(
            choices.interval_weeks if ChangedField(PlanField.INTERVAL_WEEKS) in changed else None
        ),
        dates=choices.dates if ChangedField(PlanField.DATES) in changed else None,
        depths_mm={z: d for z, d in choices.depths_mm.items() if depth_field(z) in changed},
        reasons={key: text for key, text in choices.reasons.items() if key in keys},
    )
