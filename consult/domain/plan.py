"""The plan engine: sessions, interval, dated schedule, needle depth, adjuncts, precautions.

Everything here is a suggestion the practitioner confirms or overrides; every line carries a
plain reason and the id of its source, and the plan records the rules version it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from consult.domain.calendar import add_months, next_working_day
from consult.domain.errors import PlanError
from consult.domain.model import Assessment, roman
from consult.domain.plan_status import BLOCKED, NOTHING_TO_NEEDLE, NOTHING_TO_TREAT, SUGGESTED
from consult.domain.rules import Rules
from consult.domain.screening import ScreeningHit, ScreeningResult


@dataclass(frozen=True)
class Reason:
    text: str
    source: str
    topic: str


@dataclass(frozen=True)
class Sessions:
    min: int
    suggested: int
    max: int


@dataclass(frozen=True)
class ZoneDepth:
    zone: str
    low_mm: float
    high_mm: float
    suggested_mm: float


@dataclass(frozen=True)
class AdjunctPrompt:
    id: str
    scar_types: tuple[str, ...]
    text: str
    source: str


@dataclass(frozen=True)
class Plan:
    status: str
    grade: int | None
    sessions: Sessions
    interval_weeks: int
    interval_range_weeks: tuple[int, int]
    start: dt.date | None
    dates: tuple[dt.date, ...]
    needle_depth: tuple[ZoneDepth, ...]
    adjuncts: tuple[AdjunctPrompt, ...]
    precautions: tuple[ScreeningHit, ...]
    pih_risk: bool
    reasons: tuple[Reason, ...]
    warnings: tuple[str, ...]
    rules_version: str


def schedule(
    start: dt.date, count: int, interval_weeks: int, working_days: frozenset[int]
) -> tuple[dt.date, ...]:
    """`count` dates from `start`, every `interval_weeks`, each moved to a working day."""
    return tuple(
        next_working_day(start + dt.timedelta(weeks=interval_weeks * n), working_days)
        for n in range(count)
    )


def review_date(plan: Plan, rules: Rules) -> dt.date | None:
    """The review point after the last session, on a working day; None without sessions."""
    if not plan.dates:
        return None
    day = add_months(plan.dates[-1], rules.plan.review.months_after_last)
    return next_working_day(day, rules.plan.schedule.working_days)


def has_pih_risk(assessment: Assessment, screening: ScreeningResult, rules: Rules) -> bool:
    """Darker skin types or a history of PIH: counselling, sun protection, lower-end depths."""
    pih = rules.plan.pih_risk
    return assessment.patient.fitzpatrick >= pih.min_fitzpatrick or any(
        screening.has(item) for item in pih.screening_items
    )


def _needle_depths(
    assessment: Assessment, rules: Rules, lower_end: bool
) -> tuple[tuple[ZoneDepth, ...], list[str], list[str]]:
    """The depth of each zone to needle, and the labels of the zones with raised scars only
    (not needled) and of those with raised scars beside others (needled around them)."""
    needled: set[str] = set()
    raised: set[str] = set()
    for finding in assessment.findings:
        if not finding.present:
            continue
        if rules.scar_types[finding.scar_type].by_area:
            raised.add(finding.zone)
        else:
            needled.add(finding.zone)
    depths = []
    for zone in rules.zones.values():
        if zone.id in needled:
            middle = (zone.depth_low_mm + zone.depth_high_mm) / 2
            suggested = zone.depth_low_mm if lower_end else middle
            depths.append(ZoneDepth(zone.id, zone.depth_low_mm, zone.depth_high_mm, suggested))
    skipped = [zone.label for zone in rules.zones.values() if zone.id in raised - needled]
    mixed = [zone.label for zone in rules.zones.values() if zone.id in raised & needled]
    return tuple(depths), skipped, mixed


def _adjuncts(assessment: Assessment, rules: Rules) -> tuple[AdjunctPrompt, ...]:
    present = {finding.scar_type for finding in assessment.findings if finding.present}
    return tuple(
        AdjunctPrompt(
            adjunct.id,
            tuple(t for t in adjunct.scar_types if t in present),
            adjunct.text,
            adjunct.source,
        )
        for adjunct in rules.plan.adjuncts
        if present.intersection(adjunct.scar_types)
    )


def _grade_reason(
    assessment: Assessment, grade: int, suggested: int | None, rules: Rules
) -> Reason:
    source = rules.qualitative.source
    if assessment.global_grade is None:
        return Reason(
            f"Grade {grade} suggested: the highest grade usually seen with the scar types "
            "recorded. Confirm or change it.",
            source,
            "grade",
        )
    if suggested is not None and suggested != grade:
        text = f"Grade {grade} confirmed by the practitioner (the scar types suggest {suggested})."
    else:
        text = f"Grade {grade} confirmed by the practitioner."
    return Reason(text, source, "grade")


def _interval(requested: int | None, default: int, rules: Rules) -> tuple[int, list[str]]:
    interval = rules.plan.interval
    weeks = default if requested is None else requested
    if weeks < interval.floor_weeks:
        raise PlanError(f"sessions must be at least {interval.floor_weeks} weeks apart")
    warnings = []
    if weeks < interval.min_weeks:
        warnings.append(
            f"{weeks} weeks between sessions is shorter than the usual {interval.min_weeks} to "
            f"{interval.max_weeks}: allow the skin to recover."
        )
    elif weeks > interval.max_weeks:
        warnings.append(
            f"{weeks} weeks between sessions is longer than the usual {interval.min_weeks} to "
            f"{interval.max_weeks}."
        )
    return weeks, warnings


def suggest_plan(
    assessment: Assessment,
    screening: ScreeningResult,
    grade: int | None,
    rules: Rules,
    *,
    suggested_grade: int | None = None,
    sessions: int | None = None,
    interval_weeks: int | None = None,
) -> Plan:
    """The suggested plan for `grade` (the confirmed one); `sessions` and `interval_weeks`
    carry the practitioner's edits when they differ from the suggestion."""
    interval_rules = rules.plan.interval
    interval_range = (interval_rules.min_weeks, interval_rules.max_weeks)
    start = assessment.plan_start or assessment.date
    precautions = tuple(hit for hit in screening.items if hit.level == "precaution")
    pih_risk = has_pih_risk(assessment, screening, rules)

    def empty(status: str, reasons: list[Reason]) -> Plan:
        return Plan(
            status=status,
            grade=grade,
            sessions=Sessions(0, 0, 0),
            interval_weeks=rules.plan.grades[grade].interval_weeks if grade else 0,
            interval_range_weeks=interval_range,
            start=None,
            dates=(),
            needle_depth=(),
            adjuncts=(),
            precautions=precautions,
            pih_risk=pih_risk,
            reasons=tuple(reasons),
            warnings=(),
            rules_version=rules.version,
        )

    if screening.blocked:
        reasons = [Reason(hit.text, hit.source, "screening") for hit in screening.items]
        return empty(BLOCKED, reasons)
    if grade is None:
        text = rules.plan.depth.nothing_to_treat_text
        return empty(NOTHING_TO_TREAT, [Reason(text, rules.qualitative.source, "grade")])

    depths, skipped, mixed = _needle_depths(assessment, rules, lower_end=pih_risk)
    if not depths:
        # Raised scars only, or a grade without findings: no session may be dated.
        adjuncts = _adjuncts(assessment, rules)
        depth = rules.plan.depth
        reasons = [Reason(depth.nothing_to_needle_text, depth.source, "depth")]
        reasons += [Reason(a.text, a.source, "adjunct") for a in adjuncts]
        return replace(empty(NOTHING_TO_NEEDLE, reasons), adjuncts=adjuncts)
    by_grade = rules.plan.grades[grade]
    weeks, warnings = _interval(interval_weeks, by_grade.interval_weeks, rules)
    unasked = [item for item in screening.unanswered if rules.screening[item].level == "block"]
    if unasked:
        labels = ", ".join(rules.screening[item].label for item in unasked)
        warnings.append(f"Not asked yet, and each would stop the plan: {labels}.")
    recorded = {finding.scar_type for finding in assessment.findings if finding.present}
    warnings.extend(
        item.contradiction
        for item in rules.screening.values()
        if assessment.screening.flags.get(item.id) is False
        and recorded.intersection(item.seen_in_scar_types)
    )
    count = by_grade.sessions_suggested if sessions is None else sessions
    if count < 0:
        raise PlanError("the number of sessions cannot be negative")
    if not by_grade.sessions_min <= count <= by_grade.sessions_max:
        warnings.append(
            f"{count} sessions is outside the suggested {by_grade.sessions_min} to "
            f"{by_grade.sessions_max} for grade {grade}."
        )
    dates = schedule(start, count, weeks, rules.plan.schedule.working_days)

    reasons = [
        _grade_reason(assessment, grade, suggested_grade, rules),
        Reason(by_grade.text, by_grade.source, "sessions"),
        Reason(interval_rules.text, interval_rules.source, "interval"),
    ]
    if dates:
        reasons.append(Reason(rules.plan.schedule.text, rules.plan.schedule.source, "dates"))
    if depths:
        depth = rules.plan.depth
        reasons.append(Reason(depth.text_lower if pih_risk else depth.text, depth.source, "depth"))
    reasons.extend(
        Reason(
            rules.plan.depth.skipped_zone_text.format(zone=label), rules.plan.depth.source, "depth"
        )
        for label in skipped
    )
    reasons.extend(
        Reason(
            rules.plan.depth.mixed_zone_text.format(zone=label),
            rules.plan.depth.mixed_zone_source,
            "depth",
        )
        for label in mixed
    )
    if pih_risk:
        pih = rules.plan.pih_risk
        why = f"Fitzpatrick {roman(assessment.patient.fitzpatrick)}"
        if any(screening.has(item) for item in pih.screening_items):
            why = (
                "History of PIH"
                if assessment.patient.fitzpatrick < pih.min_fitzpatrick
                else (f"{why} and a history of PIH")
            )
        reasons.append(Reason(f"{why}. {pih.text}", pih.source, "pih"))
    if by_grade.expectation:
        reasons.append(Reason(by_grade.expectation, by_grade.expectation_source, "expectation"))
    adjuncts = _adjuncts(assessment, rules)
    reasons.extend(Reason(a.text, a.source, "adjunct") for a in adjuncts)
    reasons.extend(Reason(hit.text, hit.source, "precaution") for hit in precautions)
    return Plan(
        status=SUGGESTED,
        grade=grade,
        sessions=Sessions(
            by_grade.sessions_min, by_grade.sessions_suggested, by_grade.sessions_max
        ),
        interval_weeks=weeks,
        interval_range_weeks=interval_range,
        start=start,
        dates=dates,
        needle_depth=depths,
        adjuncts=adjuncts,
        precautions=precautions,
        pih_risk=pih_risk,
        reasons=tuple(reasons),
        warnings=tuple(warnings),
        rules_version=rules.version,
    )
