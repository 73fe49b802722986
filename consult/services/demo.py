"""A demo database: realistic invented patients and consultations, for tours and benchmarks.

Deterministic for a seed and a day. Scores and plans come from the real engine: a pool of
templates (one per skin type, age band and variant) is worked out once, and each demo
consultation copies one of them moved by whole weeks, so plans stay on working days.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from consult.domain.consultation import (
    ConsultationDraft,
    PlanChoices,
    PlanField,
    depth_field,
    unacknowledged,
)
from consult.domain.model import Finding, ScreeningAnswers, age_on
from consult.domain.plan_status import PlanStatus
from consult.domain.records import PatientDetails, PatientRecord
from consult.domain.rules import Rules, ScreeningLevel
from consult.domain.text import fold
from consult.services.consultations import plan_detail, preview_of, scores_of
from consult.services.demo_names import CULTURES, NOTES, Culture
from consult.services.demo_photos import add_demo_photos
from consult.services.errors import DemoRefused
from consult.services.photos import PhotoService
from consult.store import demo as store
from consult.store.audit import record_event
from consult.store.clinic import DEMO_FILLED
from consult.store.database import Database

MAX_PATIENTS = 1_000_000
VARIANTS = 24  # templates per skin type and age band: 6 x 3 x 24 = 432 engine runs
YEARS = 4  # patients were registered over the last four years
DRAFT_EVERY = 400
# The patients (the first ones) looked at for a course to draw photos of.
_PHOTO_CANDIDATES = 400  # every 400th patient has a consultation left unfinished
# The day every template is assessed on; a Monday, so template weekdays are Mon-Fri.
_TEMPLATE_DAY = dt.date(2024, 1, 1)
_AGE_BANDS = (16, 17, 18)  # under 18 is a precaution named with the age: 16, 17, adult
# Scar types as seen in a clinic: rolling, boxcar and icepick scars are the usual ones.
_SCAR_WEIGHTS = {
    "rolling_mild": 10,
    "rolling_moderate": 9,
    "boxcar_shallow": 9,
    "boxcar_deep": 5,
    "icepick": 9,
    "atrophic_broad_shallow": 3,
    "atrophic_broad_deep": 2,
    "linear_trough": 1,
    "macular_erythematous": 5,
    "macular_pigmented": 5,
    "papular": 1,
    "hypertrophic_keloid": 1,
    "elastolysis": 1,
}
_PRECAUTIONS = (
    "herpes_history",
    "keloid_tendency",
    "pih_history",
    "anticoagulants",
    "eczema_psoriasis_rosacea_in_area",
    "oral_retinoid_last_12_months",
)
_BLOCKS = ("active_acne", "active_cold_sore", "active_infection")
_REASONS = (
    "Patient prefers one more session before the summer.",
    "Thin skin on examination: starting lower.",
)


# The courses: invented practitioners and consumables (no real product is named).
PRACTITIONERS = ("Dr Demo Adeyemi", "Dr Demo Lindqvist", "Nurse Demo Moreau")
_REACTIONS = ("", "", "Even redness, mild swelling.", "Redness, settled in the room.")
# Corrections to a signed session, added the next day (demo texts).
_ADDENDA = (
    ("reaction", "Phoned the next day: the redness had settled overnight."),
    ("notes", "Anaesthetic left on 10 minutes longer than recorded."),
    ("", "Patient reported mild itching on day 2; advised the aftercare moisturiser."),
)
# Adverse events after a session, as the reviews list them: mostly transient and mild.
_EVENTS = ("prolonged_redness", "pih", "acne_flare", "milia", "cold_sore")
EVENT_SHARE = 0.03  # of sessions followed by an adverse event
_ADJUNCTS = ("subcision", "tca_cross", "prp")  # course.toml's same-day adjuncts
ADJUNCT_SHARE = 0.06  # of sessions with a same-day adjunct
# Test patch readings: most show nothing, some redness (demo data, not a rate).
_PATCH_RESULTS = (("none", 0.85), ("redness", 0.15))
DROP_OUT = 0.1  # of courses stopped after the second session
# Follow-up counts as a share of the consultation's: seen after session 2, then at the end.
_IMPROVEMENT = (0.85, 0.6)


def demo_clinic(rules: Rules) -> store.DemoClinic:
    return store.DemoClinic(
        practitioners=PRACTITIONERS,
        # Device ids are the rules' (course.toml); models and needles are invented.
        devices=(
            ("pen", "Demo pen, model 4", "12-needle cartridge (demo)"),
            ("pen", "Demo pen, model 2", "36-needle nano cartridge (demo)"),
            ("roller", "Demo roller 1.0", "Single-use roller (demo)"),
        ),
        anaesthetic="Topical anaesthetic cream (demo)",
        addenda=_ADDENDA,
        # Within the 45-60 minutes clinics use (FACTS 4.1): demo data, not a rule.
        anaesthetic_minutes=45,
        serum="Hyaluronic glide serum (demo)",
        checks=tuple(rules.course.checks),
    )


@dataclass(frozen=True)
class DemoSummary:
    patients: int
    consultations: int
    sessions: int = 0
    photos: int = 0


def _age_band(date_of_birth: dt.date, day: dt.date) -> int:
    return min(age_on(date_of_birth, day), 18)


def _born_for(age: int, day: dt.date) -> dt.date:
    """A birth date making the patient exactly `age` (16, 17) or an adult on `day`."""
    years = 30 if age >= 18 else age
    return day.replace(year=day.year - years) - dt.timedelta(days=40)


def _screening(rnd: random.Random, rules: Rules) -> ScreeningAnswers:
    """Answers as a practitioner gives them: mostly clear, some precautions, a few blocks."""
    asked = [i.id for i in rules.screening.values() if i.kind == "bool" and i.age_below is None]
    if rnd.random() < 0.2:  # a quick screening: every block and a few precautions
        asked = [
            i
            for i in asked
            if rules.screening[i].level == ScreeningLevel.BLOCK or rnd.random() < 0.4
        ]
    flags = dict.fromkeys(asked, False)
    dates: dict[str, dt.date | None] = {"isotretinoin_last_dose": None}
    roll = rnd.random()
    if roll < 0.06:
        flags[rnd.choice(_BLOCKS)] = True
    elif roll < 0.30:
        for item in rnd.sample(_PRECAUTIONS, rnd.choice((1, 1, 2))):
            flags[item] = True
        if rnd.random() < 0.3:  # isotretinoin stopped 2-4 months ago: well inside 6 months
            dates["isotretinoin_last_dose"] = _TEMPLATE_DAY - dt.timedelta(weeks=rnd.randint(9, 17))
    elif rnd.random() < 0.2:  # isotretinoin long ago: no longer counts
        dates["isotretinoin_last_dose"] = _TEMPLATE_DAY - dt.timedelta(weeks=rnd.randint(60, 200))
    return ScreeningAnswers(flags, dates)


def _findings(rnd: random.Random, rules: Rules) -> tuple[Finding, ...]:
    zones = rnd.sample(sorted(rules.zones), rnd.choice((1, 2, 2, 3, 3, 4)))
    kinds = [t for t in _SCAR_WEIGHTS if t in rules.scar_types]
    weights = [_SCAR_WEIGHTS[t] for t in kinds]
    found: dict[tuple[str, str], Finding] = {}
    for zone in zones:
        # dict, not set: a set of strings iterates in a different order in each process.
        for scar in dict.fromkeys(rnd.choices(kinds, weights, k=rnd.choice((1, 1, 2)))):
            if scar == "hypertrophic_keloid":
                area = round(rnd.uniform(0.3, 3.0), 1)
                finding = Finding(zone, scar, area_cm2=area, older_than_2_years=rnd.random() < 0.6)
            else:
                finding = Finding(zone, scar, rnd.randint(1, 18))
            found[(zone, scar)] = finding
    return tuple(found.values())


def _template(
    rnd: random.Random, rules: Rules, skin: int, age: int, variant: int
) -> store.DemoTemplate:
    day = _TEMPLATE_DAY + dt.timedelta(days=variant % 5)
    patient = PatientRecord(
        0,
        PatientDetails("Demo", "Template", _born_for(age, day), fitzpatrick=skin),
        False,
        dt.datetime(2024, 1, 1),
        dt.datetime(2024, 1, 1),
    )
    screening = _screening(rnd, rules)
    findings = _findings(rnd, rules)
    draft = ConsultationDraft(
        date=day,
        screening=screening,
        findings=findings,
        plan_start=day + dt.timedelta(weeks=1) if rnd.random() < 0.5 else None,
        notes=rnd.choice(NOTES),
    )
    preview = preview_of(draft, patient, rules)
    suggested = preview.report.qualitative_suggested
    if suggested is not None and rnd.random() < 0.35:  # the practitioner's own grade
        grade = max(1, min(4, suggested + rnd.choice((-1, 0, 0, 1))))
        answers = {
            "contour": grade > 1,
            "obvious_at_50_cm": grade > 2,
            "flattens": grade == 3 if grade > 2 else None,
        }
        draft = replace(draft, global_grade=grade, qualitative_answers=answers)
        preview = preview_of(draft, patient, rules)
    plan = preview.final.plan
    if plan.status == PlanStatus.SUGGESTED and rnd.random() < 0.15:  # an edit, with its reason
        if plan.needle_depth and rnd.random() < 0.5:
            depth = plan.needle_depth[0]
            choices = PlanChoices(
                depths_mm={depth.zone: depth.low_mm},
                reasons={depth_field(depth.zone).key: _REASONS[1]},
            )
        else:
            choices = PlanChoices(
                sessions=plan.sessions.suggested + 1, reasons={PlanField.SESSIONS: _REASONS[0]}
            )
        draft = replace(draft, plan_choices=choices)
        preview = preview_of(draft, patient, rules)
    # Acknowledge what applies, as finishing a consultation requires.
    waiting = unacknowledged(preview.report.screening, frozenset())
    draft = replace(draft, acknowledged=frozenset(waiting))
    preview = preview_of(draft, patient, rules)
    assert not preview.final.missing_reasons
    scores = scores_of(draft.findings, draft.global_grade, rules, draft.qualitative_answers)
    return store.DemoTemplate(
        draft=draft,
        scores=scores,
        final=preview.final,
        detail=plan_detail(preview.report, preview.final, rules),
        rules_version=rules.version,
        follow_ups=tuple(
            _follow_up(draft.findings, scores.qualitative_used, share, stage, rules)
            for stage, share in enumerate(_IMPROVEMENT)
        ),
    )


def _follow_up(
    findings: tuple[Finding, ...], grade: int | None, share: float, stage: int, rules: Rules
) -> tuple[tuple[Finding, ...], int, int, int | None]:
    """The findings seen at a follow-up as the scars improve, scored by the engine."""
    improved = tuple(
        f._replace(count=int(f.count * share), area_cm2=round(f.area_cm2 * share, 1))
        for f in findings
    )
    scores = scores_of(improved, None, rules)
    # The grade falls by one at the end of a course (Majid 2009: 1 to 2 grades).
    graded = max(1, grade - 1) if grade is not None and stage == len(_IMPROVEMENT) - 1 else grade
    return improved, scores.goodman_baron_quantitative, scores.ecca, graded


def templates(rules: Rules, seed: int) -> list[store.DemoTemplate]:
    """The engine's results to copy, indexed by `_template_index`."""
    rnd = random.Random(f"templates/{seed}")
    return [
        _template(rnd, rules, skin, age, variant)
        for skin in range(1, 7)
        for age in _AGE_BANDS
        for variant in range(VARIANTS)
    ]


def _template_index(skin: int, age: int, variant: int) -> int:
    return ((skin - 1) * len(_AGE_BANDS) + _AGE_BANDS.index(age)) * VARIANTS + variant


def _phone(rnd: random.Random, culture: Culture) -> str:
    return "".join(str(rnd.randrange(10)) if ch == "#" else ch for ch in culture.phone)


def _email(rnd: random.Random, given: str, family: str, culture: Culture, number: int) -> str:
    if culture.latin:
        local = ".".join(fold(part).replace(" ", "").replace("-", "") for part in (given, family))
        local = "".join(ch for ch in local if ch.isascii())
    else:
        local = f"patient{number}"
    return f"{local}{rnd.randint(1, 99)}@example.{rnd.choice(('org', 'net', 'com'))}"


def _moment(rnd: random.Random, day: dt.date) -> dt.datetime:
    """A time in clinic hours on `day`."""
    minutes = rnd.randint(8 * 60, 18 * 60)
    return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60, rnd.randrange(60)))


def _visit(
    rnd: random.Random, skin: int, born: dt.date, wanted: dt.date, final: bool
) -> store.DemoConsultation:
    variant = rnd.randrange(VARIANTS)
    template_day = _TEMPLATE_DAY + dt.timedelta(days=variant % 5)
    weeks = (wanted - template_day).days // 7  # never after the day wanted
    day = template_day + dt.timedelta(weeks=weeks)
    start = _moment(rnd, day)
    return store.DemoConsultation(
        template=_template_index(skin, _age_band(born, day), variant),
        shift_weeks=weeks,
        created_at=start,
        updated_at=start + dt.timedelta(minutes=rnd.randint(15, 50)),
        final=final,
    )


def _patient(rnd: random.Random, number: int, today: dt.date) -> store.DemoPatient:
    culture = rnd.choices(CULTURES, [c.weight for c in CULTURES])[0]
    sex = rnd.choice(("female", "female", "male"))
    pool = culture.female if sex == "female" else culture.male
    given = rnd.choice(pool)
    if culture.latin and rnd.random() < 0.1:
        given = f"{given} {rnd.choice(pool)}"
    family = rnd.choice(culture.family)
    first_day = today - dt.timedelta(days=1 + rnd.randrange(YEARS * 365))
    # Acne scars bring people in young: ages 16 to 70, most of them in their twenties.
    age = int(rnd.triangular(16, 70, 24))
    born = first_day.replace(year=first_day.year - age, day=1) - dt.timedelta(
        days=rnd.randrange(330)
    )
    skin = rnd.choices(range(1, 7), culture.skin)[0]
    details = PatientDetails(
        given_names=given,
        family_name=family,
        date_of_birth=born,
        sex=sex,
        phone=_phone(rnd, culture) if rnd.random() < 0.92 else "",
        email=_email(rnd, given, family, culture, number) if rnd.random() < 0.45 else "",
        fitzpatrick=skin,
        language="en",
    )
    roll = rnd.random()
    count = 0 if roll < 0.08 else 2 if roll < 0.22 else 1
    visits = []
    day = first_day
    for index in range(count):
        if day > today - dt.timedelta(days=7):
            break
        visits.append(_visit(rnd, skin, born, day, final=True))
        if index == 0:
            day += dt.timedelta(days=rnd.randint(120, 400))
    # A few unfinished consultations, offered for resuming (a clinic has a handful, not 2%).
    if number % DRAFT_EVERY == 0:
        recent = today - dt.timedelta(days=rnd.randint(1, 60))
        visits.append(_visit(rnd, skin, born, max(first_day, recent), final=False))
    # Registered at the first consultation.
    created = min(v.created_at for v in visits) if visits else _moment(rnd, first_day)
    updated = created
    if rnd.random() < 0.2:  # details edited later (a new phone number, say)
        updated = created + (dt.datetime.combine(today, dt.time()) - created) * rnd.random()
    return store.DemoPatient(details, created, updated, rnd.random() < 0.01, tuple(visits))


def demo_patients(count: int, seed: int, today: dt.date) -> Iterator[store.DemoPatient]:
    """`count` invented patients with their consultations, the same for the same seed and day."""
    rnd = random.Random(f"patients/{seed}")
    for number in range(1, count + 1):
        yield _patient(rnd, number, today)


def _course(
    rnd: random.Random,
    template: store.DemoTemplate,
    shift_weeks: int,
    until: dt.date,
) -> store.DemoCourse | None:
    """The sessions done of the plan by `until` (2 to 6 of them when its dates have passed),
    with their test patch, a few adverse events and follow-ups with improving scores."""
    plan = template.final.plan
    if plan.status != PlanStatus.SUGGESTED or not plan.dates:
        return None
    shift = dt.timedelta(weeks=shift_weeks)
    dates = [day + shift for day in plan.dates[:6] if day + shift <= until]
    if len(dates) > 2 and rnd.random() < DROP_OUT:
        dates = dates[:2]
    sessions: list[store.DemoSession] = []
    practitioner = rnd.randrange(len(PRACTITIONERS))
    if plan.test_patch is not None and plan.test_patch.date + shift <= until:
        day = plan.test_patch.date + shift
        sessions.append(_demo_session(rnd, day, None, practitioner))
    for number, day in enumerate(dates, start=1):
        sessions.append(_demo_session(rnd, day, number, practitioner))
    if not sessions:
        return None
    events = []
    for index, session in enumerate(sessions):
        if session.number is not None and rnd.random() < EVENT_SHARE:
            onset = session.date + dt.timedelta(days=rnd.randint(2, 10))
            following = next((s.date for s in sessions[index + 1 :]), None)
            # Settled before the next session; after the last, some are still open.
            resolved = onset + dt.timedelta(days=rnd.randint(7, 20))
            if following is not None:
                resolved = min(resolved, following - dt.timedelta(days=1))
            elif rnd.random() < 0.6 or resolved > until:
                resolved = None
            events.append(
                store.DemoEvent(
                    index,
                    rnd.choice(_EVENTS),
                    min(onset, until),
                    rnd.choice(("mild", "mild", "moderate")),
                    "Reviewed; aftercare and sun protection repeated.",
                    resolved if resolved is None or resolved >= min(onset, until) else None,
                )
            )
    follow_ups = []
    numbered = [i for i, s in enumerate(sessions) if s.number is not None]
    for stage, after in enumerate((2, len(plan.dates))):
        if after <= len(numbered) and (stage == 0 or after > 2):
            index = numbered[after - 1]
            day = sessions[index].date + dt.timedelta(weeks=4)
            if day <= until:
                follow_ups.append(store.DemoFollowUp(index, day, stage))
    return store.DemoCourse(tuple(sessions), tuple(events), tuple(follow_ups))


def _demo_session(
    rnd: random.Random, day: dt.date, number: int | None, practitioner: int
) -> store.DemoSession:
    return store.DemoSession(
        date=day,
        number=number,
        practitioner=practitioner if rnd.random() < 0.85 else rnd.randrange(len(PRACTITIONERS)),
        finalised_at=_moment(rnd, day),
        passes=rnd.randint(2, 4),
        speed=rnd.randint(5, 8),
        endpoint=rnd.choice(("even_redness", "pinpoint_bleeding")),
        pain=rnd.randint(1, 6),
        serum=rnd.random() < 0.7,
        reaction=rnd.choice(_REACTIONS),
        adjunct=rnd.choice(_ADJUNCTS)
        if number is not None and rnd.random() < ADJUNCT_SHARE
        else "",
        patch_result=rnd.choices(*zip(*_PATCH_RESULTS, strict=True))[0] if number is None else "",
    )


def with_courses(
    patients: Iterable[store.DemoPatient],
    pool: list[store.DemoTemplate],
    seed: int,
    today: dt.date,
) -> Iterator[store.DemoPatient]:
    """The patients with a course after each final consultation, up to the next one."""
    rnd = random.Random(f"courses/{seed}")
    for patient in patients:
        visits = list(patient.consultations)
        for index, visit in enumerate(visits):
            if not visit.final:
                continue
            later = [v.created_at.date() for v in visits[index + 1 :] if v.final]
            until = min([today - dt.timedelta(days=1), *(d - dt.timedelta(days=1) for d in later)])
            course = _course(rnd, pool[visit.template], visit.shift_weeks, until)
            visits[index] = replace(visit, course=course)
        yield replace(patient, consultations=tuple(visits))


class DemoService:
    def __init__(
        self,
        database: Database,
        rules: Rules,
        actor: str = "demo",
        photos: PhotoService | None = None,
    ) -> None:
        self._db = database
        self._rules = rules
        self._actor = actor
        # Where drawn photos are kept for a few patients (None: no photos).
        self._photos = photos

    def fill(self, patients: int, seed: int = 1, today: dt.date | None = None) -> DemoSummary:
        """Fill an empty database with `patients` invented patients, in one transaction.

        Raises `DemoRefused` if the database already holds patients: real clinic data is
        never mixed with invented patients.
        """
        if not 1 <= patients <= MAX_PATIENTS:
            raise DemoRefused(f"--patients must be a whole number from 1 to {MAX_PATIENTS:,}")
        today = today or dt.date.today()
        pool = templates(self._rules, seed)
        with self._db.write() as session:
            held = store.patient_count(session)
            if held:
                raise DemoRefused(
                    f"the database {self._db.where} already holds {held:,} patients; a demo "
                    "needs an empty database so invented patients never mix with real ones"
                )
            people = with_courses(demo_patients(patients, seed, today), pool, seed, today)
            counts = store.write_demo(session, pool, people, clinic=demo_clinic(self._rules))
            record_event(session, self._actor, DEMO_FILLED, "database", None)
            first_ids = store.first_patient_ids(session, _PHOTO_CANDIDATES)
        photos = 0
        if self._photos is not None:
            photos = add_demo_photos(self._photos, first_ids, seed)
        return DemoSummary(counts.patients, counts.consultations, counts.sessions, photos)
