"""The plan engine: sessions, interval, dated schedule, needle depth, adjuncts, precautions.

Everything here is a suggestion the practitioner confirms or overrides; every line carries a
plain reason and the id of its source, and the plan records the rules version it came from.
"""

# Without `from __future__ import annotations`, as in model.py: a named tuple compiles text
# annotations into forward references.
import datetime as dt
import math
from typing import NamedTuple

from consult.domain.calendar import add_months, next_working_day
from consult.domain.errors import PlanError
from consult.domain.languages import in_sentence
from consult.domain.messages import Message, RulesText
from consult.domain.model import Assessment, roman
from consult.domain.plan_status import PlanStatus
from consult.domain.rules import Rules, ScreeningLevel, Zone
from consult.domain.scores import grade_from_answers, grade_from_types
from consult.domain.screening import ScreeningHit, ScreeningResult


class Reason(NamedTuple):
    # A rules text, or a message the engine words itself (`reason.*`); both read as English.
    text: str
    source: str
    topic: str


class Sessions(NamedTuple):
    min: int
    suggested: int
    max: int


class ZoneDepth(NamedTuple):
    zone: str
    low_mm: float
    high_mm: float
    suggested_mm: float
    # Deeper than `high_mm` is accepted up to here with a reason (None: not set for the zone).
    accepted_max_mm: float | None = None


class AdjunctPrompt(NamedTuple):
    id: str
    scar_types: tuple[str, ...]
    text: str
    source: str


class TestPatch(NamedTuple):
    """A test patch on `date`; full sessions start on or after `first_session_from`."""

    __test__ = False  # not a pytest test class, whatever its name

    date: dt.date
    first_session_from: dt.date


class Plan(NamedTuple):
    status: PlanStatus
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
    warnings: tuple[Message, ...]
    rules_version: str
    test_patch: TestPatch | None = None
    # Grade 1 with colour marks and no atrophic scar: no depths, no sessions promised.
    flat_marks_only: bool = False


# What a chosen needle depth is, for a zone (`check_depth`).
DEPTH_USUAL = "usual"
DEPTH_OUTSIDE_USUAL = "outside_usual"
DEPTH_DEEPER_THAN_USUAL = "deeper_than_usual"
DEPTH_REFUSED = "refused"


class DepthCheck(NamedTuple):
    status: str
    # What to tell the practitioner; None for a depth within the usual range.
    message: Message | None = None


def check_depth(zone: Zone, depth_mm: float) -> DepthCheck:
    """Whether a chosen depth is within the zone's usual range, accepted with a reason and a
    warning (deeper than usual, up to the zone's accepted maximum), or refused."""
    low, high, accepted = zone.depth_low_mm, zone.depth_high_mm, zone.depth_accepted_max_mm
    if depth_mm <= 0:
        return DepthCheck(DEPTH_REFUSED, Message("depth.not_above_0", zone=zone.label))
    if low <= depth_mm <= high:
        return DepthCheck(DEPTH_USUAL)
    # Depths as floats: a message writes them shortest (1.0 as 1), as records always have.
    params = {"zone": zone.label, "depth": float(depth_mm), "low": float(low), "high": float(high)}
    if accepted is not None and depth_mm > accepted:
        return DepthCheck(
            DEPTH_REFUSED, Message("depth.refused", **params, accepted=float(accepted))
        )
    if accepted is not None and depth_mm > high:
        return DepthCheck(
            DEPTH_DEEPER_THAN_USUAL,
            Message("depth.deeper_than_usual", **params, accepted=float(accepted)),
        )
    return DepthCheck(DEPTH_OUTSIDE_USUAL, Message("depth.outside_usual", **params))


def round_down_to_step(value: float, step: float) -> float:
    """`value` rounded down to a whole number of `step`s (a pen cannot be set to 0.625 mm)."""
    # The small allowance keeps 1.25 / 0.25 from flooring to 4.999….
    return math.floor(value / step + 1e-9) * step


def default_start(consultation: dt.date, rules: Rules) -> dt.date:
    """The plan's start when none is chosen: some days after the consultation, on a working day."""
    schedule_rules = rules.plan.schedule
    day = consultation + dt.timedelta(days=schedule_rules.start_after_days)
    return next_working_day(day, schedule_rules.working_days)


def needs_test_patch(assessment: Assessment, screening: ScreeningResult, rules: Rules) -> bool:
    """A keloid tendency (answered or derived), or a darker skin type with a history of PIH."""
    patch = rules.plan.test_patch
    if any(screening.has(item) for item in patch.screening_items):
        return True
    return assessment.patient.fitzpatrick >= patch.min_fitzpatrick and any(
        screening.has(item) for item in patch.with_fitzpatrick_items
    )


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
    """The depth of each zone to needle, and the labels of the zones with only scars that are
    not needled (raised scars, bridges) and of those with such scars beside others (needled
    around them)."""
    needled: set[str] = set()
    not_needled: set[str] = set()
    for finding in assessment.findings:
        if not finding.present:
            continue
        if rules.scar_types[finding.scar_type].drives_plan:
            needled.add(finding.zone)
        else:
            not_needled.add(finding.zone)
    step = rules.plan.depth.step_mm
    depths = []
    for zone in rules.zones.values():
        if zone.id in needled:
            middle = (zone.depth_low_mm + zone.depth_high_mm) / 2
            suggested = round_down_to_step(zone.depth_low_mm if lower_end else middle, step)
            depths.append(
                ZoneDepth(
                    zone.id,
                    zone.depth_low_mm,
                    zone.depth_high_mm,
                    suggested,
                    zone.depth_accepted_max_mm,
                )
            )
    skipped = [zone.label for zone in rules.zones.values() if zone.id in not_needled - needled]
    mixed = [zone.label for zone in rules.zones.values() if zone.id in not_needled & needled]
    return tuple(depths), skipped, mixed


def _adjuncts(assessment: Assessment, rules: Rules) -> tuple[AdjunctPrompt, ...]:
    present = {finding.scar_type for finding in assessment.findings if finding.present}
    prompts = []
    for adjunct in rules.plan.adjuncts:
        if not present.intersection(adjunct.scar_types):
            continue
        text = adjunct.text
        darker = adjunct.darker_skin_min_fitzpatrick
        if darker is not None and assessment.patient.fitzpatrick >= darker:
            text = f"{text} {adjunct.darker_skin_text}"
        found = tuple(t for t in adjunct.scar_types if t in present)
        prompts.append(AdjunctPrompt(adjunct.id, found, text, adjunct.source))
    return tuple(prompts)


def _adjunct_reasons(adjuncts: tuple[AdjunctPrompt, ...], rules: Rules) -> list[Reason]:
    """Each prompt, and the darker-skin caution beside it under its own source."""
    reasons = []
    by_id = {adjunct.id: adjunct for adjunct in rules.plan.adjuncts}
    for prompt in adjuncts:
        rule = by_id[prompt.id]
        reasons.append(Reason(rule.text, rule.source, "adjunct"))
        if prompt.text != rule.text:
            reasons.append(Reason(rule.darker_skin_text, rule.darker_skin_source, "adjunct"))
    return reasons


def _staged(assessment: Assessment, rules: Rules) -> Reason | None:
    """The treat-first note when the scars that respond least are most of the atrophic ones."""
    staged = rules.plan.staged
    atrophic = led = 0
    for finding in assessment.findings:
        if rules.scar_types[finding.scar_type].kind != "atrophic":
            continue
        atrophic += finding.count
        if finding.scar_type in staged.scar_types:
            led += finding.count
    if atrophic and led / atrophic > staged.more_than_share:
        return Reason(staged.text, staged.source, "staged")
    return None


def _grade_reason(
    assessment: Assessment, grade: int, suggested: int | None, rules: Rules
) -> Reason:
    source = rules.qualitative.source
    by_questions = grade_from_answers(assessment.qualitative_answers)
    by_types = grade_from_types(assessment.findings, rules)
    if assessment.global_grade is not None:
        text = Message("reason.grade_confirmed", grade=grade)
        if suggested is not None and suggested != grade:
            text = Message("reason.grade_confirmed_over", grade=grade, suggested=suggested)
    elif by_questions is not None:
        text = Message("reason.grade_by_questions", grade=grade)
    else:
        text = Message("reason.grade_by_types", grade=grade)
    if by_questions is not None and by_types is not None and by_types != by_questions:
        text = Message("reason.grade_cross_check", reason=text, by_types=by_types)
    return Reason(text, source, "grade")


def _interval(requested: int | None, default: int, rules: Rules) -> tuple[int, list[Message]]:
    interval = rules.plan.interval
    weeks = default if requested is None else requested
    if weeks < interval.floor_weeks:
        raise PlanError(Message("plan.interval_below_floor", floor=interval.floor_weeks))
    warnings = []
    usual = {"weeks": weeks, "low": interval.min_weeks, "high": interval.max_weeks}
    if weeks < interval.min_weeks:
        warnings.append(Message("warning.interval_short", **usual))
    elif weeks > interval.max_weeks:
        warnings.append(Message("warning.interval_long", **usual))
    return weeks, warnings


def _incomplete_reasons(unasked: tuple[str, ...], rules: Rules) -> list[Reason]:
    return [
        Reason(
            Message("reason.not_answered", item=RulesText(rules.screening[item].label), id=item),
            rules.screening[item].source,
            "screening",
        )
        for item in unasked
    ]


def _pih_reasons(assessment: Assessment, screening: ScreeningResult, rules: Rules) -> list[Reason]:
    pih = rules.plan.pih_risk
    text = RulesText(pih.text)
    skin_type = roman(assessment.patient.fitzpatrick)
    why = Message("reason.pih_skin_type", skin_type=skin_type, text=text)
    if any(screening.has(item) for item in pih.screening_items):
        why = (
            Message("reason.pih_history", text=text)
            if assessment.patient.fitzpatrick < pih.min_fitzpatrick
            else Message("reason.pih_skin_type_and_history", skin_type=skin_type, text=text)
        )
    return [
        Reason(why, pih.source, "pih"),
        Reason(pih.check_text, pih.check_source, "pih"),
    ]


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
    start = assessment.plan_start or default_start(assessment.date, rules)
    precautions = tuple(hit for hit in screening.items if hit.level == ScreeningLevel.PRECAUTION)
    pih_risk = has_pih_risk(assessment, screening, rules)

    def empty(status: PlanStatus, reasons: list[Reason]) -> Plan:
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
        return empty(PlanStatus.BLOCKED, reasons)
    if screening.unanswered_blocks:
        return empty(PlanStatus.INCOMPLETE, _incomplete_reasons(screening.unanswered_blocks, rules))
    present = [finding for finding in assessment.findings if finding.present]
    if grade is None and not present:
        text = rules.plan.depth.nothing_to_treat_text
        return empty(PlanStatus.NOTHING_TO_TREAT, [Reason(text, rules.qualitative.source, "grade")])

    kinds = {rules.scar_types[finding.scar_type].kind for finding in present}
    flat_only = grade == 1 and "flat" in kinds and "atrophic" not in kinds
    depths, skipped, mixed = (
        ((), [], []) if flat_only else _needle_depths(assessment, rules, lower_end=pih_risk)
    )
    if grade is None or (not depths and not flat_only):
        # Raised scars or bridges only, or a grade without findings: no session may be dated.
        adjuncts = _adjuncts(assessment, rules)
        depth = rules.plan.depth
        reasons = [Reason(depth.nothing_to_needle_text, depth.source, "depth")]
        reasons += _adjunct_reasons(adjuncts, rules)
        return empty(PlanStatus.NOTHING_TO_NEEDLE, reasons)._replace(adjuncts=adjuncts)
    by_grade = rules.plan.grades[grade]
    weeks, warnings = _interval(interval_weeks, by_grade.interval_weeks, rules)
    count = by_grade.sessions_suggested if sessions is None else sessions
    if count < 0:
        raise PlanError(Message("plan.negative_sessions"))
    if not by_grade.sessions_min <= count <= by_grade.sessions_max:
        warnings.append(
            Message(
                "warning.sessions_outside",
                count=count,
                low=by_grade.sessions_min,
                high=by_grade.sessions_max,
                grade=grade,
            )
        )
    working_days = rules.plan.schedule.working_days
    test_patch = None
    first = start
    if count and not flat_only and needs_test_patch(assessment, screening, rules):
        patch_day = next_working_day(start, working_days)
        weeks_after = rules.plan.test_patch.weeks_before_first_session
        first = next_working_day(patch_day + dt.timedelta(weeks=weeks_after), working_days)
        test_patch = TestPatch(patch_day, first)
        start = patch_day
    dates = schedule(first, count, weeks, working_days)

    reasons = [
        _grade_reason(assessment, grade, suggested_grade, rules),
        Reason(by_grade.text, by_grade.source, "sessions"),
        Reason(interval_rules.text, interval_rules.source, "interval"),
    ]
    schedule_rules = rules.plan.schedule
    if dates and assessment.plan_start is None:
        reasons.append(Reason(schedule_rules.start_text, schedule_rules.start_source, "dates"))
    if dates:
        reasons.append(Reason(schedule_rules.text, schedule_rules.source, "dates"))
    if test_patch is not None:
        patch = rules.plan.test_patch
        reasons.append(Reason(patch.text, patch.source, "test_patch"))
    depth = rules.plan.depth
    if flat_only:
        reasons.append(Reason(depth.flat_marks_text, depth.flat_marks_source, "depth"))
    elif pih_risk:
        reasons.append(Reason(depth.text_lower, depth.text_lower_source, "depth"))
    else:
        reasons.append(Reason(depth.text, depth.step_source, "depth"))
    reasons.extend(
        Reason(
            depth.skipped_zone_text.format(zone=in_sentence(label, "en")),
            depth.source,
            "depth",
        )
        for label in skipped
    )
    reasons.extend(
        Reason(depth.mixed_zone_text.format(zone=label), depth.mixed_zone_source, "depth")
        for label in mixed
    )
    if pih_risk:
        reasons.extend(_pih_reasons(assessment, screening, rules))
    if by_grade.expectation:
        reasons.append(Reason(by_grade.expectation, by_grade.expectation_source, "expectation"))
    staged = _staged(assessment, rules)
    if staged is not None:
        reasons.append(staged)
    adjuncts = _adjuncts(assessment, rules)
    reasons.extend(_adjunct_reasons(adjuncts, rules))
    reasons.extend(Reason(hit.text, hit.source, "precaution") for hit in precautions)
    return Plan(
        status=PlanStatus.SUGGESTED,
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
        test_patch=test_patch,
        flat_marks_only=flat_only,
    )
