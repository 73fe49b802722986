"""Consultations: a draft saved and resumed as typed, finalised with its plan, and history."""

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import select

from consult.domain.clinic import ClinicDetails
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.errors import DocumentError, PlanError
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.consultations import ConsultationService, screening_flags
from consult.services.errors import ConflictError, NotFound, StoreError
from consult.services.patients import PatientService
from consult.services.practitioners import PractitionerService
from consult.services.readiness import open_warnings
from consult.store.models import AuditEvent

DAY = dt.date(2026, 11, 24)


@pytest.fixture
def patients(database):
    return PatientService(database)


@pytest.fixture
def service(database, rules):
    return ConsultationService(database, rules)


@pytest.fixture
def patient(patients):
    return patients.create(
        PatientDetails("Zoë", "Ångström", dt.date(1990, 3, 18), fitzpatrick=3, phone="0612")
    )


# Every block item answered no: a plan is "incomplete" until they are.
BLOCKS_NO = {
    "active_acne": False,
    "active_infection": False,
    "active_cold_sore": False,
    "active_sunburn": False,
    "pregnant_or_breastfeeding": False,
    "radiotherapy_last_3_months": False,
    "skin_cancer_in_area": False,
}


def full_draft(**changes) -> ConsultationDraft:
    draft = ConsultationDraft(
        date=DAY,
        screening=ScreeningAnswers(
            {**BLOCKS_NO, "herpes_history": True}, {"isotretinoin_last_dose": None}
        ),
        # The raised scar on the jaw shows a keloid tendency: a derived precaution.
        acknowledged=frozenset({"herpes_history", "keloid_tendency"}),
        findings=(
            Finding("cheek_left", "rolling_moderate", 7),
            Finding("cheek_right", "boxcar_shallow", 4),
            Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
        ),
        global_grade=3,
        qualitative_answers={"contour": True, "obvious_at_50_cm": True, "flattens": None},
        plan_start=dt.date(2026, 12, 1),
        notes="Prefers Friday mornings.",
    )
    return draft.__class__(**{**draft.__dict__, **changes})


def test_a_draft_resumes_exactly_as_typed(service, patient):
    draft = full_draft(
        plan_choices=PlanChoices(sessions=6, depths_mm={"cheek_left": 1.0}, reasons={})
    )
    started = service.start(patient.id, draft)
    resumed = service.get(started.id)
    assert resumed.status == "draft"
    # All as typed, with the plan's calendar id the store gave it.
    assert resumed.draft == replace(draft, calendar_uid=started.draft.calendar_uid)
    assert uuid.UUID(started.draft.calendar_uid).version == 4
    assert resumed.scores.goodman_baron_quantitative > 0


def test_saving_again_replaces_the_findings_and_answers(service, patient):
    record = service.start(patient.id, full_draft())
    fewer = full_draft(
        findings=(Finding("chin", "icepick", 3),),
        screening=ScreeningAnswers({"active_acne": False}, {}),
        acknowledged=frozenset(),
    )
    saved = service.save_draft(record.id, fewer, expected_version=record.version)
    # A save that does not name the calendar id keeps the one the plan has.
    assert service.get(record.id).draft == replace(fewer, calendar_uid=record.draft.calendar_uid)
    assert saved.version == record.version + 1


def test_a_save_over_a_newer_version_is_refused_and_loses_nothing(service, patient):
    record = service.start(patient.id, full_draft())
    service.save_draft(record.id, full_draft(notes="from room 2"), expected_version=record.version)
    with pytest.raises(ConflictError, match="changed in another window"):
        service.save_draft(record.id, full_draft(notes="room 1"), expected_version=record.version)
    assert service.get(record.id).draft.notes == "from room 2"


def test_finalising_keeps_the_plan_with_its_dates_and_scores(service, patient):
    record = service.start(patient.id, full_draft())
    final = service.finalise(record.id)
    assert final.status == "final" and final.finalised_at is not None
    plan = final.plan
    assert plan.status == "suggested"
    assert plan.sessions_final == plan.sessions_suggested == 5
    # The raised scar shows a keloid tendency: a test patch on the start, sessions 4 weeks on.
    assert plan.start == dt.date(2026, 12, 1)
    assert len(plan.dates) == 5 and plan.dates[0] == dt.date(2026, 12, 29)
    assert plan.detail["final"]["test_patch"] == {
        "date": "2026-12-01",
        "first_session_from": "2026-12-29",
    }
    assert all(day.weekday() < 5 for day in plan.dates)
    assert plan.detail["final"]["reasons"]
    assert final.scores.qualitative_used == 3
    assert service.get(record.id) == final


def test_an_unacknowledged_precaution_stops_finishing(service, patient):
    record = service.start(patient.id, full_draft(acknowledged=frozenset()))
    with pytest.raises(PlanError, match="acknowledge each precaution"):
        service.finalise(record.id)
    assert service.get(record.id).status == "draft"


def test_a_precaution_raised_without_an_answer_can_be_acknowledged(service, patients):
    teen = patients.create(PatientDetails("Ana", "Silva", dt.date(2010, 1, 5), fitzpatrick=4))
    acknowledged = frozenset({"herpes_history", "keloid_tendency", "under_18"})
    record = service.start(teen.id, full_draft(acknowledged=acknowledged))
    assert service.get(record.id).draft.acknowledged == acknowledged
    assert service.finalise(record.id).status == "final"


def test_an_override_needs_a_reason_which_is_kept(service, patient):
    edited = full_draft(plan_choices=PlanChoices(sessions=7))
    record = service.start(patient.id, edited)
    with pytest.raises(PlanError, match=r"reason .* sessions"):
        service.finalise(record.id)
    reasoned = full_draft(
        plan_choices=PlanChoices(sessions=7, reasons={"sessions": "Deep rolling scars on both"})
    )
    final = service.finalise(record.id, reasoned)
    assert final.plan.sessions_final == 7 and len(final.plan.dates) == 7
    (override,) = final.plan.overrides
    assert (override.field, override.suggested, override.final) == ("sessions", 5, 7)
    assert override.texts == ("5", "7")  # as the record keeps them
    assert override.reason == "Deep rolling scars on both"


def test_depth_and_date_edits_are_recorded(service, patient):
    preview = service.preview(patient.id, full_draft())
    dates = list(preview.final.plan.dates)
    dates[-1] += dt.timedelta(days=7)
    choices = PlanChoices(
        dates=tuple(dates),
        depths_mm={"cheek_left": 1.0},
        reasons={"dates": "Holiday", "needle_depth_mm.cheek_left": "Thin skin"},
    )
    record = service.start(patient.id, full_draft(plan_choices=choices))
    plan = service.finalise(record.id).plan
    assert plan.dates == tuple(dates)
    assert plan.depths_mm["cheek_left"] == 1.0
    assert {o.changed.key for o in plan.overrides} == {"dates", "needle_depth_mm.cheek_left"}


def test_a_date_closer_than_the_minimum_interval_is_refused_with_the_reason(service, patient):
    preview = service.preview(patient.id, full_draft())
    dates = list(preview.final.plan.dates)
    dates[1] = dates[0] + dt.timedelta(days=10)
    choices = PlanChoices(dates=tuple(dates), reasons={"dates": "asked for"})
    with pytest.raises(PlanError, match=r"10 days after session 1.*at least 2 weeks apart"):
        service.preview(patient.id, full_draft(plan_choices=choices))


def test_a_blocked_screening_keeps_a_deferred_plan_without_dates(service, patient):
    blocked = full_draft(screening=ScreeningAnswers({**BLOCKS_NO, "active_acne": True}, {}))
    record = service.start(patient.id, blocked)
    plan = service.finalise(record.id).plan
    assert plan.status == "blocked" and plan.dates == () and plan.sessions_final == 0


@pytest.mark.parametrize("stopping", [False, True], ids=["no block yet", "one block found"])
def test_finishing_is_refused_while_a_question_that_could_stop_the_plan_is_unanswered(
    service, patient, stopping
):
    answered = {**BLOCKS_NO, "active_acne": stopping, "herpes_history": True}
    del answered["active_sunburn"]
    record = service.start(patient.id, full_draft(screening=ScreeningAnswers(answered, {})))
    with pytest.raises(PlanError, match=r"answer each screening question .*: active_sunburn$"):
        service.finalise(record.id)
    assert service.get(record.id).status == "draft"
    answered["active_sunburn"] = False
    assert service.finalise(
        record.id, full_draft(screening=ScreeningAnswers(answered, {}))
    ).is_final


def test_a_final_consultation_is_not_changed(service, patient):
    record = service.start(patient.id, full_draft())
    service.finalise(record.id)
    with pytest.raises(StoreError, match="final"):
        service.save_draft(record.id, full_draft(notes="later"))
    with pytest.raises(StoreError, match="final"):
        service.discard(record.id)


def test_history_lists_the_patients_consultations_newest_first(service, patient, patients):
    other = patients.create(PatientDetails("Ben", "Ng", dt.date(1980, 1, 1), fitzpatrick=2))
    older = service.start(patient.id, full_draft(date=dt.date(2026, 5, 1), plan_start=None))
    service.finalise(older.id)
    newer = service.start(patient.id, full_draft())
    service.start(other.id, full_draft())
    history = service.history(patient.id)
    assert [r.id for r in history] == [newer.id, older.id]
    assert [r.status for r in history] == ["draft", "final"]


def test_drafts_are_offered_for_resuming_until_finished_or_discarded(service, patient):
    first = service.start(patient.id, full_draft())
    second = service.start(patient.id, full_draft())
    assert [r.id for r in service.drafts()] == [second.id, first.id]
    service.finalise(first.id)
    service.discard(second.id)
    assert service.drafts() == []


def test_a_draft_with_a_bad_field_is_refused_naming_it(service, patient):
    bad = full_draft(findings=(Finding("ear", "icepick", 2),))
    with pytest.raises(DocumentError, match=r"findings\[0\]\.zone"):
        service.start(patient.id, bad)
    with pytest.raises(DocumentError, match="area_cm2"):
        service.start(patient.id, full_draft(findings=(Finding("chin", "hypertrophic_keloid"),)))
    assert service.drafts() == []


def test_finishing_without_a_skin_type_names_it_and_keeps_the_draft(service, patients):
    unknown = patients.create(PatientDetails("Kai", "Li", dt.date(1995, 6, 1)))
    record = service.start(unknown.id, full_draft())
    with pytest.raises(DocumentError, match="skin type"):
        service.finalise(record.id)
    assert service.get(record.id).status == "draft"
    assessed = full_draft(fitzpatrick=5)
    assert service.finalise(record.id, assessed).plan.depths_mm["cheek_left"] == 1.0


def test_every_write_leaves_one_audit_event_without_patient_data(service, patient, database):
    record = service.start(patient.id, full_draft())
    service.save_draft(record.id, full_draft())
    service.finalise(record.id)
    with database.read() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.record_type == "consultation")
        ).all()
    assert [e.action for e in events] == [
        "consultation.start",
        "consultation.save",
        "consultation.finalise",
    ]
    assert {e.record_id for e in events} == {record.id}
    for event in events:
        text = " ".join(str(v) for v in (event.actor, event.action, event.record_type))
        assert "Zoë" not in text and "Ångström" not in text


def test_session_dates_fall_on_the_clinics_working_days(context, rules):
    patient = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1990, 1, 1), fitzpatrick=2)
    )
    saturday = dt.date(2026, 12, 5)
    draft = ConsultationDraft(
        date=saturday,
        screening=ScreeningAnswers(BLOCKS_NO),
        findings=(Finding("cheek_left", "rolling_moderate", 7),),
        global_grade=3,
    )
    before = context.consultations.preview(patient.id, draft).final.plan.dates
    # 14 days after the consultation is a Saturday: the rules' Monday to Friday make it Monday.
    assert before[0] == dt.date(2026, 12, 21)
    context.clinic.save(ClinicDetails(working_days=(1, 5)))  # Tuesdays and Saturdays
    after = context.consultations.preview(patient.id, draft).final.plan.dates
    assert after[0] == dt.date(2026, 12, 19)
    assert all(day.weekday() in (1, 5) for day in after)
    record = context.consultations.start(patient.id, draft)
    final = context.consultations.finalise(record.id)
    assert final.plan.dates == after
    assert final.plan.overrides == ()


def test_who_sees_the_patient_can_change_on_a_draft_only(service, patient, database):
    practitioners = PractitionerService(database)
    souza = practitioners.add("Dr Ana Souza")
    bakker = practitioners.add("Dr Lotte Bakker")
    record = service.start(patient.id, full_draft(), practitioner_id=souza.id)

    changed = service.set_practitioner(record.id, bakker.id, record.version)
    assert changed.practitioner_id == bakker.id
    assert changed.draft == record.draft  # nothing else touched
    assert service.get(record.id).practitioner_id == bakker.id
    with pytest.raises(ConflictError):  # a stale copy never overwrites the newer choice
        service.set_practitioner(record.id, souza.id, record.version)
    with pytest.raises(NotFound):
        service.set_practitioner(record.id, 4040, changed.version)
    assert service.get(record.id).practitioner_id == bakker.id

    final = service.finalise(record.id)
    with pytest.raises(StoreError, match="final"):
        service.set_practitioner(record.id, souza.id, final.version)
    assert service.get(record.id).practitioner_id == bakker.id
    with database.read() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert actions.count("consultation.practitioner") == 1


def test_the_patients_flags_take_the_newest_answer_to_each_question(service, patient, rules):
    final_answers = ScreeningAnswers({**BLOCKS_NO, "herpes_history": True, "anticoagulants": False})
    done = service.start(patient.id, full_draft(date=dt.date(2026, 9, 21), screening=final_answers))
    service.finalise(done.id)
    # A newer visit, not finished: a blood thinner declared, cold sores not asked yet.
    service.start(
        patient.id,
        ConsultationDraft(
            date=dt.date(2026, 10, 8), screening=ScreeningAnswers({"anticoagulants": True})
        ),
    )
    flags = screening_flags(service.history(patient.id), patient, rules)
    # Each with the day of the answer it comes from.
    assert {(hit.id, day) for hit, day in flags} == {
        ("herpes_history", dt.date(2026, 9, 21)),
        ("anticoagulants", dt.date(2026, 10, 8)),
        ("keloid_tendency", dt.date(2026, 9, 21)),  # derived from the raised scar
    }
    # The newest answer decides: no cold sores after all.
    service.start(
        patient.id,
        ConsultationDraft(
            date=dt.date(2026, 10, 9), screening=ScreeningAnswers({"herpes_history": False})
        ),
    )
    flags = screening_flags(service.history(patient.id), patient, rules)
    assert [hit.id for hit, _day in flags] == ["anticoagulants", "keloid_tendency"]
    assert screening_flags([], patient, rules) == ()


@pytest.mark.parametrize("bad", ["\x00", "\udfff"])
def test_point11_a_nul_or_lone_surrogate_in_notes_or_a_reason_is_refused_on_every_database(
    service, patient, bad
):
    record = service.start(patient.id, full_draft())
    for draft in (
        full_draft(notes=f"call back {bad}"),
        full_draft(plan_choices=PlanChoices(sessions=6, reasons={"sessions": f"cost {bad}"})),
    ):
        with pytest.raises(DocumentError, match="must not contain"):
            service.save_draft(record.id, draft, expected_version=record.version)
    assert service.get(record.id).version == record.version


def test_open_warnings_add_a_first_session_already_past(service, patient):
    preview = service.preview(patient.id, full_draft(plan_start=DAY))
    engine = preview.final.plan.warnings
    first = preview.final.plan.dates[0]
    assert open_warnings(preview.final, first) == engine
    later = open_warnings(preview.final, first + dt.timedelta(days=1))
    assert later[: len(engine)] == engine
    assert later[len(engine) :] == (
        f"Session 1 falls on {first.isoformat()}, before today: choose a new start date.",
    )
