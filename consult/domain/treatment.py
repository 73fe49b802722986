"""The treatment course as performed: test patches and sessions with their pre-session check,
consumables and depths, addenda to finalised sessions, adverse events, follow-up assessments
compared with the consultation, and plan revisions.

Pure checks: each raises `DocumentError(path, problem)` naming the first field that cannot be
saved; the problem is a `Message` (a code and its parameters) the window and the CLI word.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from consult.domain.document import EARLIEST, LATEST
from consult.domain.errors import DocumentError
from consult.domain.messages import Message, RulesText
from consult.domain.model import Finding
from consult.domain.plan import DEPTH_REFUSED, DEPTH_USUAL, check_depth
from consult.domain.rules import CourseChoice, Rules
from consult.domain.text import unstorable

SESSION = "session"
TEST_PATCH = "test_patch"
KINDS = (SESSION, TEST_PATCH)
# The consumables whose lot and expiry a session records: one of each at most.
LOT_KINDS = ("cartridge", "anaesthetic", "serum", "other")
NEEDLES_LOT = "cartridge"  # the needles' row: a pen's cartridge or a roller
PAIN_MAX = 10  # the numeric rating scale, 0 to 10
PASSES_MAX = 20
SPEED_MAX = 20  # a pen's speed setting
MINUTES_MAX = 240
TEXT_MAX = 20_000
SHORT_MAX = 200
OPEN_EVENT = "adverse_event."  # the check item asking about an open adverse event
PEN = "pen"  # the device whose speed is set (a stored id, course.toml)

# Problems leave as messages (codes `course.*` in `consult.domain.messages`), worded by the
# window and the CLI; the English texts are those the records have always kept.
TEXT_LIMITS = {TEXT_MAX: f"{TEXT_MAX:,}", SHORT_MAX: str(SHORT_MAX)}


def _fail(path: str, key: str, **values: object) -> DocumentError:
    return DocumentError(path, Message(f"course.{key}", **values))


def _check_date(day: dt.date, path: str, today: dt.date | None) -> None:
    if not EARLIEST <= day <= LATEST:
        raise DocumentError(path, Message("document.between", earliest=EARLIEST, latest=LATEST))
    if today is not None and day > today:
        raise _fail(path, "future")


def _check_text(value: str, path: str, limit: int = TEXT_MAX) -> None:
    if unstorable(value):
        raise DocumentError(path, unstorable(value))
    if len(value) > limit:
        # Written as the records always wrote it: 20,000.
        raise _fail(path, "text_long", limit=TEXT_LIMITS[limit])


def _check_whole(value: int | None, path: str, low: int, high: int) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(path, "whole", low=low, high=high)


class SigningRefused(DocumentError):
    """A record cannot be signed yet: `problems` names every field still missing, each with
    its own path, so the window can show them all at once."""

    def __init__(self, problems: tuple[DocumentError, ...]) -> None:
        super().__init__(problems[0].path, problems[0].problem)
        self.problems = problems


def _needed(path: str, item: str, **params: object) -> DocumentError:
    return DocumentError(path, Message("sign.needed", item=Message(f"sign.{item}", **params)))


def _check_choice(value: str, known: Mapping[str, CourseChoice], path: str, what: str) -> None:
    if value not in known:
        raise _fail(path, "unknown", what=what, value=value)


@dataclass(frozen=True)
class Lot:
    """A consumable's lot, as printed on its pack."""

    number: str
    # None only for a lot recorded before expiries were asked; a new one needs it.
    expiry: dt.date | None
    product: str = ""


@dataclass(frozen=True)
class SameDayAdjunct:
    id: str
    zones: tuple[str, ...]


@dataclass(frozen=True)
class OpenEvent:
    """An adverse event not resolved yet, as the next pre-session check asks about it."""

    id: int
    type: str
    onset: dt.date


@dataclass(frozen=True)
class CheckQuestion:
    id: str
    label: str
    level: str
    question: str  # an open adverse event's is a message, so its date is written as shown
    text: str
    source: str
    needs_reason: bool = False  # a yes goes ahead only with the reason recorded


def check_questions(
    rules: Rules, open_events: Iterable[OpenEvent] = (), earlier: bool = True
) -> list[CheckQuestion]:
    """The pre-session check: the rules' questions (those about the last session only when
    there is an `earlier` session or patch), then one per adverse event still open."""
    checks = [c for c in rules.course.checks.values() if earlier or not c.after_session]
    questions = [
        CheckQuestion(c.id, c.label, c.level, c.question, c.text, c.source) for c in checks
    ]
    asked = rules.course.open_event
    for event in open_events:
        label = rules.course.adverse_events[event.type].label
        # An event a rules question already asks about (dark marks still there) is answered
        # as that question is, so the two cannot disagree.
        same = next((c for c in rules.course.checks.values() if event.type in c.events), None)
        questions.append(
            CheckQuestion(
                f"{OPEN_EVENT}{event.id}",
                asked.label,
                same.level if same else "precaution",
                Message("check.open_event", event=label, onset=event.onset),
                same.text if same else asked.text,
                same.source if same else asked.source,
                needs_reason=same is None or same.level != "block",
            )
        )
    return questions


@dataclass(frozen=True)
class SessionDraft:
    """A session (or test patch) as the practitioner records it.

    `check` holds the pre-session answers by question id (True: yes). `number` is the planned
    session it fulfils, None for an extra one. `depths_mm` is the depth actually used per zone;
    a depth outside the zone's usual range needs its reason in `depth_reasons`.
    """

    date: dt.date
    kind: str = SESSION
    consultation_id: int | None = None
    number: int | None = None
    practitioner_id: int | None = None
    check: Mapping[str, bool] = field(default_factory=dict)
    # Why the session goes ahead, by question id, for a yes that needs a reason.
    check_reasons: Mapping[str, str] = field(default_factory=dict)
    device: str = ""
    device_model: str = ""
    needles: str = ""  # the cartridge or needle configuration
    lots: Mapping[str, Lot] = field(default_factory=dict)
    anaesthetic: str = ""
    anaesthetic_minutes: int | None = None
    depths_mm: Mapping[str, float] = field(default_factory=dict)
    depth_reasons: Mapping[str, str] = field(default_factory=dict)
    passes: int | None = None
    speed: int | None = None
    endpoint: str = ""
    adjuncts: tuple[SameDayAdjunct, ...] = ()
    pain: int | None = None
    reaction: str = ""
    aftercare_given: bool = False
    notes: str = ""
    # A test patch only: the zone patched, when it was read and what was seen.
    patch_zone: str = ""
    patch_read_on: dt.date | None = None
    patch_result: str = ""

    def check_answers(
        self, rules: Rules, open_events: Iterable[OpenEvent] = (), earlier: bool = True
    ) -> list[CheckQuestion]:
        """Raise for an unanswered question, a block answered yes or a yes without the reason
        it needs; the precautions answered yes, to be shown with the session."""
        noted = []
        for question in check_questions(rules, open_events, earlier):
            path = f"check.{question.id}"
            answer = self.check.get(question.id)
            if answer is None:
                raise _fail(path, "unanswered")
            if answer and question.level == "block":
                raise _fail(path, "blocked", text=question.text)
            reason = self.check_reasons.get(question.id, "").strip()
            if answer and question.needs_reason and not reason:
                raise DocumentError(f"check_reasons.{question.id}", Message("check.reason_needed"))
            if answer:
                noted.append(question)
        for key in self.check:
            known = key in rules.course.checks or key.startswith(OPEN_EVENT)
            if not known:
                raise _fail(f"check.{key}", "unknown", what="question", value=key)
        for key, reason in self.check_reasons.items():
            if not self.check.get(key):
                raise _fail(f"check_reasons.{key}", "unknown", what="question", value=key)
            _check_text(reason, f"check_reasons.{key}", SHORT_MAX)
        return noted

    def validate(
        self,
        rules: Rules,
        today: dt.date | None,
        open_events: Iterable[OpenEvent] = (),
        earlier: bool = True,
    ) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved; `earlier` says
        whether a session or patch was done before (the questions about it are asked)."""
        _check_date(self.date, "date", today)
        if self.kind not in KINDS:
            raise _fail("kind", "unknown", what="kind", value=self.kind)
        if self.kind == TEST_PATCH and self.number is not None:
            raise _fail("number", "number_for_patch")
        _check_whole(self.number, "number", 1, 99)
        self.check_answers(rules, open_events, earlier)
        if self.device:
            _check_choice(self.device, rules.course.devices, "device", "device")
        for kind, lot in self.lots.items():
            path = f"lots.{kind}"
            if kind not in LOT_KINDS:
                raise _fail(path, "unknown", what="consumable", value=kind)
            # A part-filled row is refused, never dropped: a recall needs the lot and expiry.
            consumable = Message(f"consumable.{kind}")
            if not lot.number.strip():
                raise DocumentError(
                    f"{path}.number", Message("session.lot_number_needed", consumable=consumable)
                )
            _check_text(lot.number, f"{path}.number", SHORT_MAX)
            _check_text(lot.product, f"{path}.product", SHORT_MAX)
            if lot.expiry is None:
                raise DocumentError(
                    f"{path}.expiry",
                    Message("session.lot_expiry_needed", consumable=consumable, lot=lot.number),
                )
            if lot.expiry < self.date:
                raise _fail(
                    f"{path}.expiry",
                    "expired",
                    lot=lot.number,
                    expiry=lot.expiry,
                    date=self.date,
                )
        self._check_depths(rules)
        _check_whole(self.anaesthetic_minutes, "anaesthetic_minutes", 0, MINUTES_MAX)
        _check_whole(self.passes, "passes", 1, PASSES_MAX)
        _check_whole(self.speed, "speed", 1, SPEED_MAX)
        if self.speed is not None and self.device and self.device != PEN:
            device = rules.course.devices[self.device].label.lower()
            raise DocumentError("speed", Message("session.speed_pen_only", device=device))
        _check_whole(self.pain, "pain", 0, PAIN_MAX)
        if self.endpoint:
            _check_choice(self.endpoint, rules.course.endpoints, "endpoint", "endpoint")
        for i, adjunct in enumerate(self.adjuncts):
            path = f"adjuncts[{i}]"
            _check_choice(adjunct.id, rules.course.same_day_adjuncts, path, "adjunct")
            if not adjunct.zones:
                raise _fail(f"{path}.zones", "no_zones")
            for zone in adjunct.zones:
                if zone not in rules.zones:
                    raise _fail(f"{path}.zones", "unknown", what="zone", value=zone)
        for name in ("device_model", "needles", "anaesthetic"):
            _check_text(getattr(self, name), name, SHORT_MAX)
        for name in ("reaction", "notes"):
            _check_text(getattr(self, name), name)
        self._check_patch(rules, today)

    def signing_problems(self, rules: Rules, earlier: bool = True) -> tuple[DocumentError, ...]:
        """Everything a record still lacks to be signed (a draft may lack it): who signs,
        every pre-session question answered and, for a session, the device, a depth and the
        endpoint; for a test patch, its reading. Empty when it can be signed."""
        missing: list[DocumentError] = []
        if self.practitioner_id is None:
            missing.append(_needed("practitioner", "practitioner"))
        asked = check_questions(rules, earlier=earlier)
        unanswered = [q for q in asked if self.check.get(q.id) is None]
        if unanswered:
            missing.append(_needed("check", "check", count=len(unanswered)))
        if self.kind == TEST_PATCH:
            if self.patch_read_on is None:
                missing.append(_needed("patch_read_on", "patch_read_on"))
            if not self.patch_result:
                missing.append(_needed("patch_result", "patch_result"))
            return tuple(missing)
        if not self.device:
            missing.append(_needed("device", "device"))
        if not self.depths_mm:
            missing.append(_needed("depths_mm", "depth"))
        if not self.endpoint:
            missing.append(_needed("endpoint", "endpoint"))
        # The needles touch the skin: a recall of their lot must find the session.
        if NEEDLES_LOT not in self.lots:
            missing.append(
                _needed(
                    f"lots.{NEEDLES_LOT}.number",
                    "lot",
                    consumable=Message(f"consumable.{NEEDLES_LOT}"),
                )
            )
        return tuple(missing)

    def _check_depths(self, rules: Rules) -> None:
        for zone, depth in self.depths_mm.items():
            path = f"depths_mm.{zone}"
            if zone not in rules.zones:
                raise _fail(path, "unknown", what="zone", value=zone)
            if isinstance(depth, bool) or not isinstance(depth, int | float) or depth <= 0:
                raise _fail(path, "depth")
            checked = check_depth(rules.zones[zone], depth)
            if checked.status == DEPTH_REFUSED:
                raise _fail(path, "depth_refused", message=checked.message)
            reason = self.depth_reasons.get(zone, "")
            if checked.status != DEPTH_USUAL and not reason.strip():
                raise _fail(f"depth_reasons.{zone}", "depth_reason", message=checked.message)
        for zone, reason in self.depth_reasons.items():
            if zone not in self.depths_mm:
                raise _fail(f"depth_reasons.{zone}", "unknown", what="zone", value=zone)
            _check_text(reason, f"depth_reasons.{zone}", SHORT_MAX)

    def _check_patch(self, rules: Rules, today: dt.date | None) -> None:
        if self.kind != TEST_PATCH:
            if self.patch_read_on is not None or self.patch_result or self.patch_zone:
                raise _fail("patch_result", "patch_only")
            return
        if self.patch_zone and self.patch_zone not in rules.zones:
            raise _fail("patch_zone", "unknown", what="zone", value=self.patch_zone)
        if self.patch_result:
            _check_choice(self.patch_result, rules.course.patch_results, "patch_result", "result")
        if self.patch_read_on is not None:
            _check_date(self.patch_read_on, "patch_read_on", today)
            if self.patch_read_on < self.date:
                raise _fail("patch_read_on", "patch_read_before")


def check_order(
    draft: SessionDraft,
    session_id: int | None,
    others: Iterable[SessionRecord],
    consultation_date: dt.date | None,
) -> None:
    """Raise for a record dated before the consultation it follows, a planned number another
    session of that consultation already has (draft or signed), or a numbered session out of
    date order with a signed one (session 2 before a signed session 1, or after a signed 3).
    `others` are the patient's records; `session_id` is the draft's own, None for a new one."""
    if consultation_date is not None and draft.date < consultation_date:
        raise DocumentError("date", Message("document.before_consultation"))
    if draft.kind != SESSION or draft.number is None:
        return
    others = list(others)
    if draft.number in used_numbers(others, draft.consultation_id, session_id):
        raise _fail("number", "number_used", number=draft.number)
    for other in others:
        number, day = other.draft.number, other.draft.date
        if (
            number is None
            or not other.is_final
            or other.draft.kind != SESSION
            or other.draft.consultation_id != draft.consultation_id
        ):
            continue
        if number < draft.number and day > draft.date:
            raise _fail("date", "before_earlier", number=number, date=day)
        if number > draft.number and day < draft.date:
            raise _fail("date", "after_later", number=number, date=day)


def used_numbers(
    sessions: Iterable[SessionRecord], consultation_id: int | None, session_id: int | None
) -> frozenset[int]:
    """The planned numbers the sessions of a consultation already have (drafts too), the
    record `session_id` itself aside: a number is fulfilled once."""
    return frozenset(
        s.draft.number
        for s in sessions
        if s.id != session_id
        and s.draft.kind == SESSION
        and s.draft.number is not None
        and s.draft.consultation_id == consultation_id
    )


@dataclass(frozen=True)
class Addendum:
    """A correction to a finalised session: the original stays as it was signed."""

    id: int
    session_id: int
    practitioner_id: int | None
    at: dt.datetime
    text: str
    field: str = ""  # the field it corrects, if one


def check_addendum(text: str, field_name: str) -> None:
    if not text.strip():
        raise _fail("text", "addendum_empty")
    _check_text(text, "text")
    _check_text(field_name, "field", SHORT_MAX)


@dataclass(frozen=True)
class SessionRecord:
    id: int
    patient_id: int
    draft: SessionDraft
    finalised_at: dt.datetime | None
    addenda: tuple[Addendum, ...] = ()

    @property
    def is_final(self) -> bool:
        return self.finalised_at is not None


@dataclass(frozen=True)
class AdverseEventDetails:
    type: str
    onset: dt.date
    severity: str
    session_id: int | None = None
    action: str = ""
    resolved_on: dt.date | None = None
    notes: str = ""

    def validate(self, rules: Rules, today: dt.date | None) -> None:
        _check_choice(self.type, rules.course.adverse_events, "type", "adverse event")
        _check_choice(self.severity, rules.course.severities, "severity", "severity")
        _check_date(self.onset, "onset", today)
        if self.resolved_on is not None:
            _check_date(self.resolved_on, "resolved_on", today)
            if self.resolved_on < self.onset:
                raise _fail("resolved_on", "resolved_before")
        _check_text(self.action, "action")
        _check_text(self.notes, "notes")


@dataclass(frozen=True)
class AdverseEventRecord:
    id: int
    patient_id: int
    details: AdverseEventDetails

    @property
    def is_open(self) -> bool:
        return self.details.resolved_on is None


@dataclass(frozen=True)
class FollowUpDetails:
    """A shorter assessment during the course: the face map, a grade, from a session or not."""

    date: dt.date
    consultation_id: int
    findings: tuple[Finding, ...]
    global_grade: int | None = None
    session_id: int | None = None
    practitioner_id: int | None = None
    notes: str = ""

    def validate(self, rules: Rules, today: dt.date | None) -> None:
        _check_date(self.date, "date", today)
        if self.global_grade is not None:
            _check_whole(self.global_grade, "global_grade", 1, 4)
        seen: set[tuple[str, str]] = set()
        for i, finding in enumerate(self.findings):
            path = f"findings[{i}]"
            if finding.zone not in rules.zones:
                raise _fail(f"{path}.zone", "unknown", what="zone", value=finding.zone)
            if finding.scar_type not in rules.scar_types:
                raise _fail(
                    f"{path}.scar_type", "unknown", what="scar type", value=finding.scar_type
                )
            if isinstance(finding.count, bool) or finding.count < 0:
                raise _fail(f"{path}.count", "count")
            if finding.area_cm2 < 0:
                raise _fail(f"{path}.area_cm2", "count")
            key = (finding.zone, finding.scar_type)
            if key in seen:
                raise _fail(path, "duplicate", zone=finding.zone, scar=finding.scar_type)
            seen.add(key)
        _check_text(self.notes, "notes")


@dataclass(frozen=True)
class FollowUpScores:
    goodman_baron_quantitative: int
    ecca: int
    grade: int | None


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    patient_id: int
    details: FollowUpDetails
    scores: FollowUpScores


@dataclass(frozen=True)
class Change:
    """A value at the consultation and now; `change` is now minus then."""

    baseline: float | None
    now: float | None

    @property
    def change(self) -> float | None:
        if self.baseline is None or self.now is None:
            return None
        return self.now - self.baseline


@dataclass(frozen=True)
class Comparison:
    """A follow-up set beside the consultation it follows."""

    counts: Mapping[str, Change]  # per zone, scars counted (areas are not counts)
    goodman_baron_quantitative: Change
    ecca: Change
    grade: Change

    @property
    def no_change(self) -> bool:
        """Neither score lower than at the consultation."""
        return all((c.change or 0) >= 0 for c in (self.goodman_baron_quantitative, self.ecca))


def zone_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.zone] = counts.get(finding.zone, 0) + finding.count
    return counts


def compare(
    baseline_findings: Iterable[Finding],
    baseline: FollowUpScores,
    findings: Iterable[Finding],
    now: FollowUpScores,
) -> Comparison:
    before, after = zone_counts(baseline_findings), zone_counts(findings)
    zones = sorted(set(before) | set(after))
    return Comparison(
        counts={z: Change(before.get(z, 0), after.get(z, 0)) for z in zones},
        goodman_baron_quantitative=Change(
            baseline.goodman_baron_quantitative, now.goodman_baron_quantitative
        ),
        ecca=Change(baseline.ecca, now.ecca),
        grade=Change(baseline.grade, now.grade),
    )


def no_change_prompt(comparison: Comparison, sessions_done: int, rules: Rules) -> str | None:
    """The rules' prompt to reconsider the plan, when it applies."""
    rule = rules.course.no_change
    if sessions_done >= rule.after_sessions and comparison.no_change:
        return rule.text
    return None


@dataclass(frozen=True)
class RevisionDetails:
    """The remaining plan changed during the course; the original plan stays as it was."""

    date: dt.date
    consultation_id: int
    sessions_total: int
    interval_weeks: int
    remaining_dates: tuple[dt.date, ...]
    depths_mm: Mapping[str, float]
    reason: str
    practitioner_id: int | None = None

    def validate(self, rules: Rules, sessions_done: int, today: dt.date | None) -> None:
        _check_date(self.date, "date", today)
        if not self.reason.strip():
            raise _fail("reason", "reason")
        _check_text(self.reason, "reason")
        _check_whole(self.sessions_total, "sessions_total", 0, 99)
        interval = rules.plan.interval
        _check_whole(self.interval_weeks, "interval_weeks", interval.floor_weeks, 52)
        remaining = max(self.sessions_total - sessions_done, 0)
        if len(self.remaining_dates) != remaining:
            raise _fail(
                "remaining_dates", "dates_count", given=len(self.remaining_dates), count=remaining
            )
        for day in self.remaining_dates:
            _check_date(day, "remaining_dates", None)
        floor = rules.plan.interval.floor_weeks
        for number, (before, after) in enumerate(pairwise(self.remaining_dates), start=2):
            if after - before < dt.timedelta(weeks=floor):
                raise _fail(
                    "remaining_dates",
                    "dates_order",
                    number=number,
                    after=after,
                    days=(after - before).days,
                    floor=floor,
                )
        for zone, depth in self.depths_mm.items():
            path = f"depths_mm.{zone}"
            if zone not in rules.zones:
                raise _fail(path, "unknown", what="zone", value=zone)
            if isinstance(depth, bool) or not isinstance(depth, int | float) or depth <= 0:
                raise _fail(path, "depth")
            checked = check_depth(rules.zones[zone], depth)
            if checked.status == DEPTH_REFUSED:
                raise _fail(path, "depth_refused", message=checked.message)


@dataclass(frozen=True)
class RevisionRecord:
    id: int
    details: RevisionDetails
    created_at: dt.datetime


@dataclass(frozen=True)
class TimelineEntry:
    # consultation, test_patch, session, planned (a session still to do), follow_up,
    # adverse_event, revision, review
    kind: str
    date: dt.date
    record_id: int | None
    # What the entry is, as a message the window words ("Session 2 of 5").
    label: Message
    draft: bool = False
    # A session's number in the plan (done or planned); None for an extra one and the rest.
    number: int | None = None


@dataclass(frozen=True)
class CourseSummary:
    patient_id: int
    consultation_id: int | None
    planned: int
    done: int
    next_due: dt.date | None
    next_number: int | None
    open_events: tuple[AdverseEventRecord, ...]
    last_depths_mm: Mapping[str, float]
    timeline: tuple[TimelineEntry, ...]
    comparison: Comparison | None
    prompt: str | None


@dataclass(frozen=True)
class PlannedCourse:
    """What the course follows: the plan's sessions and dates, or the latest revision's."""

    consultation_id: int
    consultation_date: dt.date
    sessions: int
    dates: tuple[dt.date, ...]
    depths_mm: Mapping[str, float]
    review: dt.date | None = None
    interval_weeks: int = 0  # the plan's; 0 when it has none


def _upcoming(
    numbers: Iterable[int], dates: Iterable[dt.date], last: dt.date | None, weeks: int
) -> list[tuple[int, dt.date]]:
    """The sessions still to do, each due on the later of its planned date and the session
    before it (the last one done, then the one before it here) plus the interval: a late
    session moves the ones after it."""
    step = dt.timedelta(weeks=weeks)
    due: list[tuple[int, dt.date]] = []
    for number, planned in zip(numbers, dates, strict=False):
        day = max(planned, last + step) if last is not None else planned
        due.append((number, day))
        last = day
    return due


def summarise(
    patient_id: int,
    plan: PlannedCourse | None,
    revision: RevisionRecord | None,
    sessions: Iterable[SessionRecord],
    events: Iterable[AdverseEventRecord],
    follow_ups: Iterable[tuple[FollowUpRecord, Comparison]],
    rules: Rules,
) -> CourseSummary:
    """Planned vs done, the next due session, open events, last depths and the timeline."""
    sessions = sorted(sessions, key=lambda s: (s.draft.date, s.id))
    events = list(events)
    follow_ups = sorted(follow_ups, key=lambda f: (f[0].details.date, f[0].id))
    done_sessions = [
        s
        for s in sessions
        if s.draft.kind == SESSION
        and s.is_final
        and (plan is None or s.draft.consultation_id == plan.consultation_id)
    ]
    # An extra session is done but fulfils no planned one: "done of planned" counts these.
    planned_done = [s for s in done_sessions if s.draft.number is not None]
    fulfilled = {s.draft.number for s in planned_done}
    planned = plan.sessions if plan else 0
    next_number: int | None = None
    last_done = max((s.draft.date for s in done_sessions), default=None)
    upcoming: list[tuple[int, dt.date]] = []
    if revision is not None:
        planned = revision.details.sessions_total
        # The revision dates the sessions still to come when it was made.
        since = sum(1 for s in planned_done if s.draft.date >= revision.details.date)
        remaining = revision.details.remaining_dates[since:]
        numbers = [n for n in range(1, planned + 1) if n not in fulfilled]
        if numbers:
            next_number = numbers[0]
            upcoming = _upcoming(numbers, remaining, last_done, revision.details.interval_weeks)
    elif plan is not None:
        numbers = [n for n in range(1, planned + 1) if n not in fulfilled]
        next_number = numbers[0] if numbers else None
        dated = [n for n in numbers if n <= len(plan.dates)]
        days = [plan.dates[n - 1] for n in dated]
        upcoming = _upcoming(dated, days, last_done, plan.interval_weeks)
    next_due = upcoming[0][1] if upcoming and upcoming[0][0] == next_number else None
    last_depths: dict[str, float] = {}
    for record in done_sessions:
        if record.draft.depths_mm:
            last_depths = dict(record.draft.depths_mm)
    timeline: list[TimelineEntry] = []
    if plan is not None:
        timeline.append(
            TimelineEntry(
                "consultation",
                plan.consultation_date,
                plan.consultation_id,
                Message("timeline.consultation"),
            )
        )
    for record in sessions:
        d = record.draft
        if d.kind == TEST_PATCH:
            # What the patch showed, once read: the course's first safety answer.
            result = rules.course.patch_results.get(d.patch_result)
            label = (
                Message("timeline.test_patch_read", result=RulesText(result.label))
                if result
                else Message("timeline.test_patch")
            )
        elif d.number is None:
            label = Message("timeline.extra_session")
        else:
            label = Message("timeline.session", number=d.number, planned=planned)
        timeline.append(
            TimelineEntry(d.kind, d.date, record.id, label, not record.is_final, d.number)
        )
    for number, day in upcoming:
        label = Message("timeline.session", number=number, planned=planned)
        timeline.append(TimelineEntry("planned", day, None, label, number=number))
    for follow_up, _ in follow_ups:
        timeline.append(
            TimelineEntry(
                "follow_up", follow_up.details.date, follow_up.id, Message("timeline.follow_up")
            )
        )
    for event in events:
        label = Message(
            "timeline.adverse_event",
            event=RulesText(rules.course.adverse_events[event.details.type].label),
        )
        timeline.append(TimelineEntry("adverse_event", event.details.onset, event.id, label))
    if revision is not None:
        timeline.append(
            TimelineEntry(
                "revision", revision.details.date, revision.id, Message("timeline.revision")
            )
        )
    if plan is not None and plan.review is not None:
        timeline.append(TimelineEntry("review", plan.review, None, Message("timeline.review")))
    order = {"consultation": 0, TEST_PATCH: 1, SESSION: 2, "adverse_event": 3, "follow_up": 4}
    timeline.sort(key=lambda e: (e.date, order.get(e.kind, 5)))
    comparison = follow_ups[-1][1] if follow_ups else None
    prompt = None
    if comparison is not None:
        done_then = sum(1 for s in done_sessions if s.draft.date <= follow_ups[-1][0].details.date)
        prompt = no_change_prompt(comparison, done_then, rules)
    return CourseSummary(
        patient_id=patient_id,
        consultation_id=plan.consultation_id if plan else None,
        planned=planned,
        done=len(planned_done),
        next_due=next_due,
        next_number=next_number,
        open_events=tuple(e for e in events if e.is_open),
        last_depths_mm=last_depths,
        timeline=tuple(timeline),
        comparison=comparison,
        prompt=prompt,
    )


@dataclass(frozen=True)
class Schedule:
    """What reception sees of a patient's course: how many sessions are planned and done,
    and the dates still to come (planned sessions, the review); no clinical detail."""

    planned: int
    done: int
    upcoming: tuple[TimelineEntry, ...]


def schedule_of(summary: CourseSummary) -> Schedule:
    return Schedule(
        planned=summary.planned,
        done=summary.done,
        upcoming=tuple(e for e in summary.timeline if e.kind in ("planned", "review")),
    )
