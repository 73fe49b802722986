"""Demo databases: invented patients found by search, consultations loaded by the services."""

import datetime as dt
import os
import subprocess
import sys
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from consult.domain.text import digits, search_tokens
from consult.services.access import CurrentUser
from consult.services.consultations import ConsultationService, plan_detail, preview_of
from consult.services.demo import DemoService, demo_patients
from consult.services.errors import DemoRefused
from consult.services.export import export_patient
from consult.services.patients import PatientService
from consult.store.database import open_database
from consult.store.models import AuditEvent, Consultation, Patient, PatientSearchToken

TODAY = dt.date(2026, 11, 26)
COUNT = 200


@pytest.fixture(scope="module")
def filled(tmp_path_factory, rules):
    """One demo for the module: the tests only read it."""
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.sqlite3'}")
    summary = DemoService(database, rules).fill(COUNT, seed=7, today=TODAY)
    yield database, summary
    database.engine.dispose()


def test_the_demo_writes_the_patients_and_one_audit_event(filled):
    database, summary = filled
    assert summary.patients == COUNT
    assert COUNT * 0.8 < summary.consultations < COUNT * 1.5
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == COUNT
        events = session.execute(select(AuditEvent.action, AuditEvent.record_id)).all()
    assert events == [("demo.fill", None)]


def test_search_tokens_and_phone_digits_are_what_the_patient_store_writes(filled):
    database, _ = filled
    with database.read() as session:
        patients = session.scalars(select(Patient)).all()
        tokens = session.execute(select(PatientSearchToken.patient_id, PatientSearchToken.token))
        by_patient: dict[int, set[str]] = {}
        for patient_id, token in tokens:
            by_patient.setdefault(patient_id, set()).add(token)
    for row in patients:
        assert by_patient[row.id] == set(search_tokens(f"{row.given_names} {row.family_name}"))
        assert row.phone_digits == digits(row.phone)


def test_names_come_from_many_scripts(filled):
    database, _ = filled
    with database.read() as session:
        names = " ".join(session.scalars(select(Patient.family_name)))
    scripts = {
        "latin accents": any(ch in names for ch in "äöüéèñçåøłşễ"),
        "greek": any("\u0370" <= ch <= "\u03ff" for ch in names),
        "cyrillic": any("\u0400" <= ch <= "\u04ff" for ch in names),
        "arabic": any("\u0600" <= ch <= "\u06ff" for ch in names),
        "cjk": any("\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in names),
    }
    assert all(scripts.values()), scripts


def test_a_demo_patient_is_found_by_folded_name_phone_and_birth_date(filled):
    database, _ = filled
    search = PatientService(database).search
    with database.read() as session:
        accented = session.scalars(
            select(Patient)
            .where(Patient.archived.is_(False), Patient.phone_digits != "")
            .where(Patient.family_name.in_(["Müller", "Größ", "Groß", "Köhler", "Krüger"]))
        ).first()
    assert accented is not None
    folded = {"Müller": "muller", "Groß": "gross", "Köhler": "kohler", "Krüger": "kruger"}
    found = search(f"{accented.given_names[:3]} {folded[accented.family_name]}", limit=1000)
    assert accented.id in {p.id for p in found}
    by_phone = search(accented.phone[:8], limit=1000)
    assert accented.id in {p.id for p in by_phone}
    by_birth = search(accented.date_of_birth.strftime("%d.%m.%Y"), limit=1000)
    assert accented.id in {p.id for p in by_birth}


def test_consultations_load_with_the_plan_the_engine_gives_today(filled, rules):
    database, _ = filled
    service = ConsultationService(database, rules)
    patients = PatientService(database)
    with database.read() as session:
        rows = session.execute(
            select(Consultation.id, Consultation.patient_id).order_by(Consultation.id)
        ).all()
    assert len(rows) > COUNT * 0.8
    finals = drafts = 0
    for consultation_id, patient_id in rows[:: max(1, len(rows) // 60)] + rows[-5:]:
        record = service.get(consultation_id)
        assert record in service.history(patient_id)
        assert record.scores is not None
        patient = patients.get(patient_id)
        preview = preview_of(record.draft, patient, rules)
        if not record.is_final:
            drafts += 1
            assert record.plan is None
            continue
        finals += 1
        # What finalising this draft today would store: the copy moved its dates correctly.
        assert record.plan is not None
        assert dict(record.plan.detail) == {
            **plan_detail(preview.report, preview.final, rules),
            "depths_mm_final": dict(preview.final.depths_mm),
            "calendar_uid": record.draft.calendar_uid,
        }
        assert record.plan.dates == preview.final.plan.dates
        assert all(day.weekday() < 5 for day in record.plan.dates)
        assert record.draft.date <= TODAY
        assert record.scores.ecca == preview.report.ecca.total
        assert {o.changed for o in record.plan.overrides} == {
            o.changed for o in preview.final.overrides
        }
    assert finals > 30


def test_drafts_and_blocked_and_edited_plans_are_among_them(database, rules):
    DemoService(database, rules).fill(800, seed=3, today=TODAY)
    service = ConsultationService(database, rules)
    assert service.drafts()
    with database.read() as session:
        statuses = set(session.scalars(select(Consultation.status)))
        ids = session.scalars(select(Consultation.id).where(Consultation.status == "final"))
        plans = [service.get(i).plan for i in list(ids)[:400]]
    assert statuses == {"draft", "final"}
    assert {p.status for p in plans} >= {"suggested", "blocked"}
    # A practitioner answers every question that could stop the plan before finishing.
    assert "incomplete" not in {p.status for p in plans}
    assert any(p.overrides for p in plans)


def test_the_same_seed_gives_the_same_patients_and_another_seed_others():
    first = [replace(p, consultations=()) for p in demo_patients(50, 5, TODAY)]
    again = [replace(p, consultations=()) for p in demo_patients(50, 5, TODAY)]
    other = [replace(p, consultations=()) for p in demo_patients(50, 6, TODAY)]
    assert first == again
    assert first != other
    assert list(demo_patients(50, 5, TODAY)) == list(demo_patients(50, 5, TODAY))


def test_ages_skin_types_and_dates_are_plausible():
    patients = list(demo_patients(2000, 1, TODAY))
    for p in patients:
        age = (TODAY - p.details.date_of_birth).days / 365.25
        assert 16 <= age <= 76
        assert p.created_at <= p.updated_at <= dt.datetime.combine(TODAY, dt.time())
    assert {p.details.fitzpatrick for p in patients} == {1, 2, 3, 4, 5, 6}
    assert sum(1 for p in patients if p.details.email) > 500
    counts = {len(p.consultations) for p in patients}
    assert {0, 1, 2} <= counts


def test_a_database_holding_patients_is_refused_and_left_as_it_was(filled, rules):
    database, _ = filled
    with pytest.raises(DemoRefused, match="already holds 200 patients"):
        DemoService(database, rules).fill(10, seed=1, today=TODAY)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Patient)) == COUNT


@pytest.mark.parametrize("count", [0, -1, 1_000_001])
def test_a_count_out_of_range_is_refused(database, rules, count):
    with pytest.raises(DemoRefused, match="1 to 1,000,000"):
        DemoService(database, rules).fill(count)


DIGEST = """
import datetime as dt, hashlib
from dataclasses import replace
from consult.services.demo import demo_patients, templates
from consult.services.rules import load_default_rules
pool = templates(load_default_rules(), 2)
people = list(demo_patients(300, 2, dt.date(2026, 11, 26)))
# A frozenset's repr follows the hash seed; its content is what must not change.
drafts = [replace(t.draft, acknowledged=sorted(t.draft.acknowledged)) for t in pool]
print(hashlib.sha256(repr([drafts, [t.detail for t in pool], people]).encode()).hexdigest())
"""


def test_the_same_seed_gives_the_same_demo_in_another_process():
    def digest(hash_seed: str) -> str:
        environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [sys.executable, "-c", DIGEST], capture_output=True, text=True, env=environment
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert digest("1") == digest("2")


def test_demo_courses_read_back_through_the_course_service(filled, rules):
    from consult.domain.treatment import SESSION, TEST_PATCH
    from consult.services.course import CourseService

    database, summary = filled
    course = CourseService(database, rules)
    assert summary.sessions > summary.consultations
    with database.read() as session:
        ids = list(session.scalars(select(Patient.id).order_by(Patient.id)))
    kinds, counts, events, improved, patched = set(), set(), 0, 0, 0
    devices, readings, adjuncts, open_events, corrected = set(), set(), 0, 0, []
    for patient_id in ids:
        sessions = course.sessions(patient_id)
        for record in sessions:
            kinds.add(record.draft.kind)
            assert record.is_final
            # Every demo session is one the domain itself would accept on its day.
            record.draft.validate(rules, TODAY)
            if record.draft.kind == SESSION:
                assert record.draft.lots["cartridge"].expiry >= record.draft.date
                assert record.draft.depths_mm and record.draft.passes
                assert record.draft.lots["cartridge"].product  # the needles are named
                devices.add((record.draft.device, record.draft.device_model))
                adjuncts += bool(record.draft.adjuncts)
                corrected += [(patient_id, a) for a in record.addenda]
            else:
                patched += record.draft.patch_result == "none"
                readings.add(record.draft.patch_result)
        summary_of = course.course_summary(patient_id)
        counts.add(sum(1 for s in sessions if s.draft.kind == SESSION))
        events += len(course.adverse_events(patient_id))
        open_events += len(summary_of.open_events)
        if summary_of.comparison is not None:
            improved += summary_of.comparison.goodman_baron_quantitative.change <= 0
            assert summary_of.comparison.ecca.change <= 0
    assert kinds == {SESSION, TEST_PATCH} and patched
    assert {2, 3, 4, 5, 6} <= counts and max(counts) <= 6 * 2
    assert 0 < events < summary.sessions * 0.1
    assert improved
    # Like a clinic's: a few devices, most patches clear but some red, some adjuncts.
    assert len(devices) >= 2 and {"none", "redness"} <= readings
    assert adjuncts and open_events
    # A few signed sessions carry a correction, added the next day by who signed them.
    assert 0 < len(corrected) < summary.sessions * 0.1
    assert all(a.text and a.practitioner_id for _, a in corrected)
    exported = export_patient(database, rules, corrected[0][0], current=CurrentUser())
    assert any(s["addenda"] for s in exported["treatment_sessions"])
