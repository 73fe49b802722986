"""The clinical rules, read from `resources/rules/*.toml` and checked before use.

Every number the engine uses comes from here. A file that is missing, malformed, or holds a
value the engine cannot use raises `RulesError` naming the file and the key.
"""

# Without `from __future__ import annotations`: a named tuple would compile each of its
# annotations, as text, into a forward reference (about 2 ms of every start, all told).
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from consult.domain.toml_tables import Table, read_table, source_of

RULE_FILES = (
    "sources.toml",
    "scar_types.toml",
    "zones.toml",
    "scores.toml",
    "screening.toml",
    "plan.toml",
    "fitzpatrick.toml",
    "course.toml",
    "records.toml",
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# What a scar looks like to the patient: a dent, a raised scar or bump, or a flat colour mark.
SCAR_KINDS = ("atrophic", "raised", "flat")
EVIDENCE_TAGS = frozenset({"V", "S", "M", "D"})

# The rules' parts are named tuples (edited with `_replace`): their classes are made at every
# start, and a frozen dataclass compiles its generated methods, about 0.5 ms a class, where a
# named tuple takes under 0.1 ms (this module: 22 ms before, 5 ms now); a clinic's own
# working days are set with `_replace` too.


class Source(NamedTuple):
    id: str
    citation: str
    evidence: str
    note: str = ""
    trace: str = ""  # where the team found it (FACTS.md, a web copy): never shown


class Band(NamedTuple):
    """A band of a scale: values up to `up_to` (open-ended when None) score `multiplier`."""

    up_to: float | None
    inclusive: bool
    multiplier: int

    def holds(self, value: float) -> bool:
        if self.up_to is None:
            return True
        return value <= self.up_to if self.inclusive else value < self.up_to


def band_multiplier(bands: tuple[Band, ...], value: float) -> int:
    """The multiplier of the first band holding `value`; nothing recorded scores 0."""
    if value <= 0:
        return 0
    return next(band.multiplier for band in bands if band.holds(value))


class ScarType(NamedTuple):
    id: str
    kind: str
    label: str
    description: str
    gb_row: str | None
    ecca_item: str | None
    ecca_item_if_older: str | None
    typical_grade: int
    measure: str
    source: str
    # False for raised scars and bridges: scored and referred, never needled, and left out of
    # the grade suggested from the scar types.
    drives_plan: bool = True

    @property
    def by_area(self) -> bool:
        return self.measure == "area"


class Zone(NamedTuple):
    id: str
    label: str
    depth_low_mm: float
    depth_high_mm: float
    source: str
    # Deeper than the usual range is accepted up to here, with a reason; deeper is refused.
    # None: no accepted maximum is set, a depth outside the range is only warned about.
    depth_accepted_max_mm: float | None = None


class GoodmanBaronRow(NamedTuple):
    id: str
    label: str
    points: int
    measure: str


class GoodmanBaronRules(NamedTuple):
    rows: tuple[GoodmanBaronRow, ...]
    count_bands: tuple[Band, ...]
    area_bands: tuple[Band, ...]
    maximum: int
    explanation: str
    source: str


class EccaItem(NamedTuple):
    id: str
    label: str
    weight: int


class EccaRules(NamedTuple):
    items: tuple[EccaItem, ...]
    count_bands: tuple[Band, ...]
    maximum: int
    explanation: str
    source: str


class QualitativeGrade(NamedTuple):
    grade: int
    label: str
    meaning: str


class QualitativeQuestion(NamedTuple):
    id: str
    question: str


# The helper's questions, in the order `scores.grade_from_questions` asks them.
QUALITATIVE_QUESTIONS = ("contour", "obvious_at_50_cm", "flattens")


class QualitativeRules(NamedTuple):
    grades: tuple[QualitativeGrade, ...]
    questions: tuple[QualitativeQuestion, ...]
    explanation: str
    source: str


class ScreeningSection(NamedTuple):
    """A box of the screening checklist: the questions asked together in the room."""

    id: str
    title: str


class ScreeningLevel(StrEnum):
    """What a screening item does when it applies; the values are the rules files' words."""

    BLOCK = "block"  # stops the plan (an absolute contraindication)
    PRECAUTION = "precaution"  # needs acknowledging (a relative one)


class ScreeningItem(NamedTuple):
    id: str
    section: str
    label: str
    level: ScreeningLevel
    kind: str
    question: str
    text: str
    patient_facing: bool
    source: str
    window_months: int | None = None
    age_below: int | None = None
    # The item applies without a yes when one of these scar types is recorded (a raised scar
    # shows a tendency to raised scars) or one of these items is answered yes.
    derived_from_scar_types: tuple[str, ...] = ()
    derived_from_items: tuple[str, ...] = ()
    derived_detail: str = ""
    # A date item answered "current" (still taking it): its own text and detail.
    current_text: str = ""
    current_detail: str = ""


class GradePlan(NamedTuple):
    grade: int
    sessions_min: int
    sessions_suggested: int
    sessions_max: int
    interval_weeks: int
    text: str
    source: str
    expectation: str = ""
    expectation_source: str = ""


class IntervalRules(NamedTuple):
    min_weeks: int
    max_weeks: int
    floor_weeks: int
    text: str
    source: str


class ScheduleRules(NamedTuple):
    working_days: frozenset[int]
    text: str
    source: str
    # Without a chosen start, the plan starts this many days after the consultation.
    start_after_days: int = 0
    start_text: str = ""
    start_source: str = ""


class TestPatchRules(NamedTuple):
    weeks_before_first_session: int
    screening_items: tuple[str, ...]
    min_fitzpatrick: int
    with_fitzpatrick_items: tuple[str, ...]
    text: str
    source: str


class StagedRules(NamedTuple):
    """Plans led by the scar types that respond least: treat them first, then needle."""

    scar_types: tuple[str, ...]
    more_than_share: float
    text: str
    source: str


class DepthRules(NamedTuple):
    step_mm: float
    step_source: str
    text: str
    text_lower: str
    text_lower_source: str
    skipped_zone_text: str
    # A zone needled for its other scars that also has raised ones: said on its depth.
    mixed_zone_text: str
    mixed_zone_source: str
    nothing_to_needle_text: str
    nothing_to_treat_text: str
    flat_marks_text: str
    flat_marks_source: str
    source: str


class PihRiskRules(NamedTuple):
    min_fitzpatrick: int
    screening_items: tuple[str, ...]
    text: str
    source: str
    check_text: str
    check_source: str


class ReviewRules(NamedTuple):
    months_after_last: int
    text: str
    source: str


class Adjunct(NamedTuple):
    id: str
    scar_types: tuple[str, ...]
    text: str
    source: str
    # Said with the prompt from this skin type up (burn and dark-mark risk of IPL), if any.
    darker_skin_min_fitzpatrick: int | None = None
    darker_skin_text: str = ""
    darker_skin_source: str = ""


class PlanRules(NamedTuple):
    grades: Mapping[int, GradePlan]
    interval: IntervalRules
    schedule: ScheduleRules
    depth: DepthRules
    pih_risk: PihRiskRules
    review: ReviewRules
    adjuncts: tuple[Adjunct, ...]
    test_patch: TestPatchRules
    staged: StagedRules


class QuestionnaireItem(NamedTuple):
    id: str
    question: str
    answers: tuple[str, ...]


class FitzpatrickRules(NamedTuple):
    questionnaire_id: str
    items: tuple[QuestionnaireItem, ...]
    answer_min: int
    answer_max: int
    bands: tuple[Band, ...]
    type_descriptions: Mapping[int, str]
    source: str


class CourseChoice(NamedTuple):
    """One of a list a session record offers (a device, an endpoint, an adverse event type)."""

    id: str
    label: str
    source: str


class SessionCheck(NamedTuple):
    """A question of the pre-session check; "yes" is the answer that matters."""

    id: str
    label: str
    level: str
    question: str
    text: str
    source: str
    # Adverse event types this question already asks about: one of them still open, and
    # still there, is answered as this question is (a block stops the session).
    events: tuple[str, ...] = ()
    # Asked only once a session or test patch has been done (it asks about the last one).
    after_session: bool = False


class OpenEventCheck(NamedTuple):
    """An adverse event still open, asked about at the next check: still there, the session
    goes ahead only with a reason recorded (unless a question's `events` name its type). The
    question's words are the message `check.open_event`, so the window writes its date."""

    label: str
    text: str
    source: str


class NoChangeRule(NamedTuple):
    after_sessions: int
    text: str
    source: str


class ConsentRules(NamedTuple):
    """Days to reflect between signing the consent and the first session ([D])."""

    reflection_days: int
    text: str
    source: str


class CourseRules(NamedTuple):
    checks: Mapping[str, SessionCheck]
    open_event: OpenEventCheck
    adverse_events: Mapping[str, CourseChoice]
    severities: Mapping[str, CourseChoice]
    endpoints: Mapping[str, CourseChoice]
    devices: Mapping[str, CourseChoice]
    same_day_adjuncts: Mapping[str, CourseChoice]
    patch_results: Mapping[str, CourseChoice]
    no_change: NoChangeRule
    consent: ConsentRules


class RecordsRules(NamedTuple):
    """How long a record is kept after the last treatment before it may be erased without a
    second reason (a clinic may set its own period)."""

    retention_years: int
    source: str


class Rules(NamedTuple):
    """The whole rules set; `version` is recorded on every plan made from it."""

    version: str
    sources: Mapping[str, Source]
    scar_types: Mapping[str, ScarType]
    zones: Mapping[str, Zone]
    goodman_baron: GoodmanBaronRules
    ecca: EccaRules
    qualitative: QualitativeRules
    screening: Mapping[str, ScreeningItem]
    plan: PlanRules
    fitzpatrick: FitzpatrickRules
    # In the order the checklist shows them; every screening item names one.
    screening_sections: Mapping[str, ScreeningSection]
    course: CourseRules
    records: RecordsRules


def _bands(table: Table, key: str, whole_limits: bool) -> tuple[Band, ...]:
    bands: list[Band] = []
    rows = table.tables(key)
    for position, row in enumerate(rows):
        last = position == len(rows) - 1
        up_to = row.number("up_to", required=not last)
        inclusive = row.flag("inclusive", required=False, default=True)
        multiplier = row.whole("multiplier", minimum=0)
        row.done()
        if up_to is None and not last:
            raise row.fail("up_to", "missing: only the last band may be open-ended")
        if whole_limits and up_to is not None and not up_to.is_integer():
            raise row.fail("up_to", "must be a whole number for a count")
        if bands and (
            bands[-1].up_to is not None and up_to is not None and up_to <= bands[-1].up_to
        ):
            raise row.fail("up_to", "bands must rise in order")
        if bands and multiplier < bands[-1].multiplier:
            raise row.fail("multiplier", "must not fall from one band to the next")
        bands.append(Band(up_to, inclusive, multiplier))
    if bands[-1].up_to is not None:
        raise rows[-1].fail("up_to", "the last band must be open-ended (no up_to)")
    return tuple(bands)


def _check_version(table: Table, version: str) -> None:
    found = table.text("version")
    if found != version:
        raise table.fail("version", f"{found!r} differs from the rules set version {version!r}")


def _load_sources(table: Table) -> tuple[str, dict[str, Source]]:
    version = table.text("version")
    sources: dict[str, Source] = {}
    section = table.table("sources")
    for source_id in section.data:
        entry = section.table(source_id)
        sources[source_id] = Source(
            id=source_id,
            citation=entry.text("citation"),
            evidence=entry.choice("evidence", EVIDENCE_TAGS),
            note=entry.text("note", required=False),
            trace=entry.text("trace", required=False),
        )
        entry.done()
    section.done()
    table.done()
    return version, sources


def _load_scores(
    table: Table, sources: Mapping[str, Source]
) -> tuple[GoodmanBaronRules, EccaRules, QualitativeRules]:
    gb = table.table("goodman_baron")
    rows: list[GoodmanBaronRow] = []
    for row in gb.tables("rows"):
        rows.append(
            GoodmanBaronRow(
                id=row.text("id"),
                label=row.text("label"),
                points=row.whole("points", minimum=0),
                measure=row.choice("measure", ("count", "area")),
            )
        )
        row.done()
    count_bands = _bands(gb, "count_bands", whole_limits=True)
    area_bands = _bands(gb, "area_bands", whole_limits=False)
    goodman_baron = GoodmanBaronRules(
        rows=tuple(rows),
        count_bands=count_bands,
        area_bands=area_bands,
        maximum=gb.whole("maximum", minimum=0),
        explanation=gb.text("explanation"),
        source=source_of(gb, sources),
    )
    gb.done()
    top = {"count": count_bands[-1].multiplier, "area": area_bands[-1].multiplier}
    computed = sum(row.points * top[row.measure] for row in rows)
    if computed != goodman_baron.maximum:
        raise gb.fail("maximum", f"{goodman_baron.maximum} does not match the rows ({computed})")

    ecca_table = table.table("ecca")
    items: list[EccaItem] = []
    for item in ecca_table.tables("items"):
        items.append(
            EccaItem(
                id=item.text("id"),
                label=item.text("label"),
                weight=item.whole("weight", minimum=0),
            )
        )
        item.done()
    ecca = EccaRules(
        items=tuple(items),
        count_bands=_bands(ecca_table, "count_bands", whole_limits=True),
        maximum=ecca_table.whole("maximum", minimum=0),
        explanation=ecca_table.text("explanation"),
        source=source_of(ecca_table, sources),
    )
    ecca_table.done()
    computed = sum(item.weight for item in items) * ecca.count_bands[-1].multiplier
    if computed != ecca.maximum:
        raise ecca_table.fail("maximum", f"{ecca.maximum} does not match the items ({computed})")

    qual = table.table("qualitative")
    grades: list[QualitativeGrade] = []
    for entry in qual.tables("grades"):
        grades.append(
            QualitativeGrade(
                grade=entry.whole("grade", minimum=1),
                label=entry.text("label"),
                meaning=entry.text("meaning"),
            )
        )
        entry.done()
    if [g.grade for g in grades] != [1, 2, 3, 4]:
        raise qual.fail("grades", "must list grades 1, 2, 3 and 4 in order")
    questions: list[QualitativeQuestion] = []
    for entry in qual.tables("questions"):
        questions.append(QualitativeQuestion(entry.text("id"), entry.text("question")))
        entry.done()
    if tuple(q.id for q in questions) != QUALITATIVE_QUESTIONS:
        raise qual.fail("questions", f"must ask {', '.join(QUALITATIVE_QUESTIONS)} in order")
    qualitative = QualitativeRules(
        grades=tuple(grades),
        questions=tuple(questions),
        explanation=qual.text("explanation"),
        source=source_of(qual, sources),
    )
    qual.done()
    table.done()
    return goodman_baron, ecca, qualitative


def _load_scar_types(
    table: Table,
    sources: Mapping[str, Source],
    goodman_baron: GoodmanBaronRules,
    ecca: EccaRules,
) -> dict[str, ScarType]:
    rows = {row.id: row for row in goodman_baron.rows}
    items = {item.id for item in ecca.items}
    scar_types: dict[str, ScarType] = {}
    for entry in table.tables("scar_type"):
        scar = ScarType(
            id=entry.text("id"),
            kind=entry.choice("kind", SCAR_KINDS),
            label=entry.text("label"),
            description=entry.text("description"),
            gb_row=entry.text("gb_row", required=False) or None,
            ecca_item=entry.text("ecca_item", required=False) or None,
            ecca_item_if_older=entry.text("ecca_item_if_older", required=False) or None,
            typical_grade=entry.whole("typical_grade", minimum=1),
            measure=entry.choice("measure", ("count", "area")),
            source=source_of(entry, sources),
            drives_plan=entry.flag("drives_plan", required=False, default=True),
        )
        entry.done()
        if scar.id in scar_types:
            raise entry.fail("id", f"duplicate scar type {scar.id!r}")
        if scar.typical_grade > 4:
            raise entry.fail("typical_grade", "must be 1 to 4")
        if scar.gb_row is not None:
            if scar.gb_row not in rows:
                raise entry.fail("gb_row", f"unknown Goodman & Baron row {scar.gb_row!r}")
            if rows[scar.gb_row].measure != scar.measure:
                raise entry.fail("measure", f"differs from row {scar.gb_row}'s measure")
        for key in ("ecca_item", "ecca_item_if_older"):
            value = getattr(scar, key)
            if value is not None and value not in items:
                raise entry.fail(key, f"unknown ECCA item {value!r}")
        scar_types[scar.id] = scar
    table.done()
    return scar_types


def _load_zones(table: Table, sources: Mapping[str, Source]) -> dict[str, Zone]:
    zones: dict[str, Zone] = {}
    for entry in table.tables("zone"):
        zone = Zone(
            id=entry.text("id"),
            label=entry.text("label"),
            depth_low_mm=entry.number("depth_low_mm"),
            depth_high_mm=entry.number("depth_high_mm"),
            source=source_of(entry, sources),
            depth_accepted_max_mm=entry.number("depth_accepted_max_mm", required=False),
        )
        entry.done()
        if zone.id in zones:
            raise entry.fail("id", f"duplicate zone {zone.id!r}")
        if not 0 < zone.depth_low_mm <= zone.depth_high_mm:
            raise entry.fail("depth_high_mm", "depths must be above 0 mm, low not above high")
        accepted = zone.depth_accepted_max_mm
        if accepted is not None and accepted < zone.depth_high_mm:
            raise entry.fail("depth_accepted_max_mm", "must not be below depth_high_mm")
        zones[zone.id] = zone
    table.done()
    return zones


def _load_screening_sections(table: Table) -> dict[str, ScreeningSection]:
    sections: dict[str, ScreeningSection] = {}
    for entry in table.tables("section"):
        section = ScreeningSection(id=entry.text("id"), title=entry.text("title"))
        entry.done()
        if section.id in sections:
            raise entry.fail("id", f"duplicate section {section.id!r}")
        sections[section.id] = section
    return sections


def _load_screening(
    table: Table, sources: Mapping[str, Source], scar_types: Mapping[str, ScarType]
) -> tuple[dict[str, ScreeningItem], dict[str, ScreeningSection]]:
    sections = _load_screening_sections(table)
    items: dict[str, ScreeningItem] = {}
    derived_items: list[tuple[Table, tuple[str, ...]]] = []
    for entry in table.tables("item"):
        kind = entry.choice("kind", ("bool", "date"))
        from_scars = _optional_texts(entry, "derived_from_scar_types")
        for scar in from_scars:
            if scar not in scar_types:
                raise entry.fail("derived_from_scar_types", f"unknown scar type {scar!r}")
        from_items = _optional_texts(entry, "derived_from_items")
        derived = bool(from_scars or from_items) or "age_below" in entry.data
        item = ScreeningItem(
            id=entry.text("id"),
            section=entry.choice("section", tuple(sections)),
            label=entry.text("label"),
            level=ScreeningLevel(entry.choice("level", tuple(ScreeningLevel))),
            kind=kind,
            question=entry.text("question"),
            text=entry.text("text"),
            patient_facing=entry.flag("patient_facing"),
            source=source_of(entry, sources),
            window_months=entry.whole("window_months", required=kind == "date", minimum=1),
            age_below=entry.whole("age_below", required=False, minimum=1),
            derived_from_scar_types=from_scars,
            derived_from_items=from_items,
            derived_detail=entry.text("derived_detail", required=derived),
            current_text=entry.text("current_text", required=kind == "date"),
            current_detail=entry.text("current_detail", required=kind == "date"),
        )
        entry.done()
        if item.id in items:
            raise entry.fail("id", f"duplicate screening item {item.id!r}")
        items[item.id] = item
        derived_items.append((entry, from_items))
    for entry, from_items in derived_items:
        for other in from_items:
            if other not in items or items[other].kind != "bool":
                raise entry.fail("derived_from_items", f"unknown yes/no item {other!r}")
    used = {item.section for item in items.values()}
    for position, section in enumerate(sections.values()):
        if section.id not in used:  # an empty box would show a title with nothing to ask
            raise table.fail(f"section[{position}]", f"no item is in section {section.id!r}")
    table.done()
    return items, sections


def _optional_texts(table: Table, key: str) -> tuple[str, ...]:
    return table.texts(key) if key in table.data else ()


def _load_plan(
    table: Table,
    sources: Mapping[str, Source],
    scar_types: Mapping[str, ScarType],
    screening: Mapping[str, ScreeningItem],
) -> PlanRules:
    interval_table = table.table("interval")
    interval = IntervalRules(
        min_weeks=interval_table.whole("min_weeks", minimum=1),
        max_weeks=interval_table.whole("max_weeks", minimum=1),
        floor_weeks=interval_table.whole("floor_weeks", minimum=1),
        text=interval_table.text("text"),
        source=source_of(interval_table, sources),
    )
    interval_table.done()
    if not interval.floor_weeks <= interval.min_weeks <= interval.max_weeks:
        raise interval_table.fail("min_weeks", "need floor_weeks <= min_weeks <= max_weeks")

    grades: dict[int, GradePlan] = {}
    for entry in table.tables("grade"):
        plan = GradePlan(
            grade=entry.whole("grade", minimum=1),
            sessions_min=entry.whole("sessions_min", minimum=0),
            sessions_suggested=entry.whole("sessions_suggested", minimum=0),
            sessions_max=entry.whole("sessions_max", minimum=0),
            interval_weeks=entry.whole("interval_weeks", minimum=1),
            text=entry.text("text"),
            source=source_of(entry, sources),
            expectation=entry.text("expectation", required=False),
            expectation_source=(
                source_of(entry, sources, "expectation_source")
                if "expectation" in entry.data
                else ""
            ),
        )
        entry.done()
        if not plan.sessions_min <= plan.sessions_suggested <= plan.sessions_max:
            raise entry.fail("sessions_suggested", "need sessions_min <= suggested <= max")
        if not interval.min_weeks <= plan.interval_weeks <= interval.max_weeks:
            raise entry.fail("interval_weeks", "outside the interval range in [interval]")
        grades[plan.grade] = plan
    if sorted(grades) != [1, 2, 3, 4]:
        raise table.fail("grade", "must give grades 1, 2, 3 and 4 once each")

    schedule_table = table.table("schedule")
    days = schedule_table.texts("working_days")
    unknown = [day for day in days if day not in WEEKDAYS]
    if unknown:
        raise schedule_table.fail("working_days", f"unknown day {unknown[0]!r}; use mon..sun")
    schedule = ScheduleRules(
        working_days=frozenset(WEEKDAYS.index(day) for day in days),
        text=schedule_table.text("text"),
        source=source_of(schedule_table, sources),
        start_after_days=schedule_table.whole("start_after_days", minimum=0) or 0,
        start_text=schedule_table.text("start_text"),
        start_source=source_of(schedule_table, sources, "start_source"),
    )
    schedule_table.done()

    patch_table = table.table("test_patch")
    test_patch = TestPatchRules(
        weeks_before_first_session=patch_table.whole("weeks_before_first_session", minimum=1) or 0,
        screening_items=patch_table.texts("screening_items"),
        min_fitzpatrick=patch_table.whole("min_fitzpatrick", minimum=1) or 0,
        with_fitzpatrick_items=patch_table.texts("with_fitzpatrick_items"),
        text=patch_table.text("text"),
        source=source_of(patch_table, sources),
    )
    patch_table.done()
    for key in ("screening_items", "with_fitzpatrick_items"):
        for item in getattr(test_patch, key):
            if item not in screening:
                raise patch_table.fail(key, f"unknown screening item {item!r}")

    depth_table = table.table("depth")
    depth = DepthRules(
        step_mm=depth_table.number("step_mm") or 0.0,
        step_source=source_of(depth_table, sources, "step_source"),
        text=depth_table.text("text"),
        text_lower=depth_table.text("text_lower"),
        text_lower_source=source_of(depth_table, sources, "text_lower_source"),
        skipped_zone_text=depth_table.text("skipped_zone_text"),
        mixed_zone_text=depth_table.text("mixed_zone_text"),
        mixed_zone_source=source_of(depth_table, sources, "mixed_zone_source"),
        nothing_to_needle_text=depth_table.text("nothing_to_needle_text"),
        nothing_to_treat_text=depth_table.text("nothing_to_treat_text"),
        flat_marks_text=depth_table.text("flat_marks_text"),
        flat_marks_source=source_of(depth_table, sources, "flat_marks_source"),
        source=source_of(depth_table, sources),
    )
    depth_table.done()
    if depth.step_mm <= 0:
        raise depth_table.fail("step_mm", "must be above 0 mm")

    pih_table = table.table("pih_risk")
    pih_risk = PihRiskRules(
        min_fitzpatrick=pih_table.whole("min_fitzpatrick", minimum=1),
        screening_items=pih_table.texts("screening_items"),
        text=pih_table.text("text"),
        source=source_of(pih_table, sources),
        check_text=pih_table.text("check_text"),
        check_source=source_of(pih_table, sources, "check_source"),
    )
    pih_table.done()
    if pih_risk.min_fitzpatrick > 6:
        raise pih_table.fail("min_fitzpatrick", "must be 1 to 6")
    for item in pih_risk.screening_items:
        if item not in screening:
            raise pih_table.fail("screening_items", f"unknown screening item {item!r}")

    review_table = table.table("review")
    review = ReviewRules(
        months_after_last=review_table.whole("months_after_last", minimum=1),
        text=review_table.text("text"),
        source=source_of(review_table, sources),
    )
    review_table.done()

    staged_table = table.table("staged")
    staged = StagedRules(
        scar_types=staged_table.texts("scar_types"),
        more_than_share=staged_table.number("more_than_share") or 0.0,
        text=staged_table.text("text"),
        source=source_of(staged_table, sources),
    )
    staged_table.done()
    for scar in staged.scar_types:
        if scar not in scar_types:
            raise staged_table.fail("scar_types", f"unknown scar type {scar!r}")
    if not 0 <= staged.more_than_share < 1:
        raise staged_table.fail("more_than_share", "must be a share from 0 to below 1")

    adjuncts: list[Adjunct] = []
    for entry in table.tables("adjunct"):
        darker = "darker_skin_text" in entry.data
        adjunct = Adjunct(
            id=entry.text("id"),
            scar_types=entry.texts("scar_types"),
            text=entry.text("text"),
            source=source_of(entry, sources),
            darker_skin_min_fitzpatrick=entry.whole(
                "darker_skin_min_fitzpatrick", required=darker, minimum=1
            ),
            darker_skin_text=entry.text("darker_skin_text", required=False),
            darker_skin_source=(source_of(entry, sources, "darker_skin_source") if darker else ""),
        )
        entry.done()
        if any(other.id == adjunct.id for other in adjuncts):
            raise entry.fail("id", f"duplicate adjunct {adjunct.id!r}")
        for scar in adjunct.scar_types:
            if scar not in scar_types:
                raise entry.fail("scar_types", f"unknown scar type {scar!r}")
        adjuncts.append(adjunct)
    table.done()
    return PlanRules(
        grades, interval, schedule, depth, pih_risk, review, tuple(adjuncts), test_patch, staged
    )


def _load_fitzpatrick(table: Table, sources: Mapping[str, Source]) -> FitzpatrickRules:
    answer_min = table.whole("answer_min", minimum=0)
    answer_max = table.whole("answer_max", minimum=0)
    if answer_max <= answer_min:
        raise table.fail("answer_max", "must be above answer_min")
    items: list[QuestionnaireItem] = []
    for entry in table.tables("item"):
        item = QuestionnaireItem(entry.text("id"), entry.text("question"), entry.texts("answers"))
        entry.done()
        if len(item.answers) != answer_max - answer_min + 1:
            raise entry.fail("answers", f"must give {answer_max - answer_min + 1} answers")
        items.append(item)
    bands: list[Band] = []
    band_tables = table.tables("band")
    for position, entry in enumerate(band_tables):
        last = position == len(band_tables) - 1
        up_to = entry.whole("up_to", required=not last)
        skin_type = entry.whole("type", minimum=1)
        entry.done()
        if bands and up_to is not None and bands[-1].up_to is not None and up_to <= bands[-1].up_to:
            raise entry.fail("up_to", "bands must rise in order")
        bands.append(Band(None if up_to is None else float(up_to), True, skin_type))
    if [band.multiplier for band in bands] != [1, 2, 3, 4, 5, 6]:
        raise table.fail("band", "must give types 1 to 6 in order")
    if bands[-1].up_to is not None:
        raise band_tables[-1].fail("up_to", "the last band must be open-ended (no up_to)")
    descriptions: dict[int, str] = {}
    for entry in table.tables("types"):
        descriptions[entry.whole("type", minimum=1)] = entry.text("description")
        source_of(entry, sources)
        entry.done()
    fitzpatrick = FitzpatrickRules(
        questionnaire_id=table.text("questionnaire_id"),
        items=tuple(items),
        answer_min=answer_min,
        answer_max=answer_max,
        bands=tuple(bands),
        type_descriptions=descriptions,
        source=source_of(table, sources),
    )
    table.done()
    return fitzpatrick


def _choices(table: Table, key: str, sources: Mapping[str, Source]) -> dict[str, CourseChoice]:
    choices: dict[str, CourseChoice] = {}
    for entry in table.tables(key):
        choice = CourseChoice(entry.text("id"), entry.text("label"), source_of(entry, sources))
        entry.done()
        if choice.id in choices:
            raise entry.fail("id", f"duplicate {key} {choice.id!r}")
        choices[choice.id] = choice
    return choices


def _load_course(table: Table, sources: Mapping[str, Source]) -> CourseRules:
    checks: dict[str, SessionCheck] = {}
    for entry in table.tables("check"):
        check = SessionCheck(
            id=entry.text("id"),
            label=entry.text("label"),
            level=entry.choice("level", ("block", "precaution")),
            question=entry.text("question"),
            text=entry.text("text"),
            source=source_of(entry, sources),
            events=entry.texts("events") if "events" in entry.data else (),
            after_session=entry.flag("after_session", required=False),
        )
        entry.done()
        if check.id in checks:
            raise entry.fail("id", f"duplicate check {check.id!r}")
        checks[check.id] = check
    open_table = table.table("open_event")
    open_event = OpenEventCheck(
        label=open_table.text("label"),
        text=open_table.text("text"),
        source=source_of(open_table, sources),
    )
    open_table.done()
    no_change_table = table.table("no_change")
    no_change = NoChangeRule(
        after_sessions=no_change_table.whole("after_sessions", minimum=1) or 1,
        text=no_change_table.text("text"),
        source=source_of(no_change_table, sources),
    )
    no_change_table.done()
    consent_table = table.table("consent")
    consent = ConsentRules(
        reflection_days=consent_table.whole("reflection_days", minimum=0) or 0,
        text=consent_table.text("text"),
        source=source_of(consent_table, sources),
    )
    consent_table.done()
    course = CourseRules(
        checks=checks,
        open_event=open_event,
        adverse_events=_choices(table, "adverse_event", sources),
        severities=_choices(table, "severity", sources),
        endpoints=_choices(table, "endpoint", sources),
        devices=_choices(table, "device", sources),
        same_day_adjuncts=_choices(table, "same_day_adjunct", sources),
        patch_results=_choices(table, "patch_result", sources),
        no_change=no_change,
        consent=consent,
    )
    for number, check in enumerate(checks.values()):
        unknown = [e for e in check.events if e not in course.adverse_events]
        if unknown:
            raise table.tables("check")[number].fail("events", f"unknown event {unknown[0]!r}")
    table.done()
    return course


def _load_records(table: Table, sources: Mapping[str, Source]) -> RecordsRules:
    retention = table.table("retention")
    records = RecordsRules(
        retention_years=retention.whole("years", minimum=1) or 1,
        source=source_of(retention, sources),
    )
    retention.done()
    table.done()
    return records


def load_rules(rules_dir: Path) -> Rules:
    """Read and check every rules file in `rules_dir`."""
    return rules_from_data(
        rules_dir, {name: read_table(rules_dir, name).data for name in RULE_FILES}
    )


def rules_from_data(rules_dir: Path, data: Mapping[str, Mapping[str, Any]]) -> Rules:
    """Check the rules files of `rules_dir`, given as parsed already (TOML data by file
    name, every one of RULE_FILES), as `load_rules` does; errors name the files in it."""
    tables = {name: Table(str(rules_dir / name), data[name]) for name in RULE_FILES}
    sources_table = tables["sources.toml"]
    version, sources = _load_sources(sources_table)
    for name, table in tables.items():
        if name != "sources.toml":
            _check_version(table, version)
    goodman_baron, ecca, qualitative = _load_scores(tables["scores.toml"], sources)
    scar_types = _load_scar_types(tables["scar_types.toml"], sources, goodman_baron, ecca)
    zones = _load_zones(tables["zones.toml"], sources)
    screening, sections = _load_screening(tables["screening.toml"], sources, scar_types)
    plan = _load_plan(tables["plan.toml"], sources, scar_types, screening)
    fitzpatrick = _load_fitzpatrick(tables["fitzpatrick.toml"], sources)
    course = _load_course(tables["course.toml"], sources)
    records = _load_records(tables["records.toml"], sources)
    return Rules(
        version=version,
        sources=sources,
        scar_types=scar_types,
        zones=zones,
        goodman_baron=goodman_baron,
        ecca=ecca,
        qualitative=qualitative,
        screening=screening,
        plan=plan,
        fitzpatrick=fitzpatrick,
        screening_sections=sections,
        course=course,
        records=records,
    )
