"""Issue 14, point 14: the calendar's event ids come from a random UUID kept with the plan,
not from the patient's name and birth date. The same plan exported again gives the same ids
(calendar apps update the events instead of adding them twice); another plan, other ids."""

import datetime as dt
import json
import uuid

from icalendar import Calendar
from sqlalchemy import update

from consult.cli import main
from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.consultations import preview_of
from consult.services.export import export_patient
from consult.services.handout import consultation_handout_input
from consult.store.models import Consultation

DAY = dt.date(2026, 11, 24)


def grade_3(rules) -> ConsultationDraft:
    """A grade 3 draft whose screening answers no to every question that stops the plan."""
    blocks = {item.id: False for item in rules.screening.values() if item.level == "block"}
    return ConsultationDraft(
        date=DAY,
        screening=ScreeningAnswers(blocks),
        findings=(Finding("cheek_left", "rolling_moderate", 7),),
        global_grade=3,
    )


def event_ids(ics: bytes) -> list[str]:
    return [str(event["uid"]) for event in Calendar.from_ical(ics).walk("VEVENT")]


def calendar_of(context, consultation_id: int) -> list[str]:
    """The calendar as the window makes it for a consultation read from the database."""
    record = context.consultations.get(consultation_id)
    patient = context.patients.get(record.patient_id)
    given = consultation_handout_input(preview_of(record.draft, patient, context.rules), None)
    return event_ids(context.handouts.build(given, calendar=True).ics)


def test_point14_the_same_plan_gives_the_same_event_ids_every_time_and_another_plan_others(
    context,
):
    ana = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    twin = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    first = context.consultations.start(ana.id, grade_3(context.rules))
    plan_id = uuid.UUID(first.draft.calendar_uid)
    assert plan_id.version == 4

    draft_ids = calendar_of(context, first.id)
    assert len(draft_ids) == 5 and len(set(draft_ids)) == 5
    assert calendar_of(context, first.id) == draft_ids
    context.consultations.finalise(first.id)
    assert calendar_of(context, first.id) == draft_ids
    final = context.consultations.get(first.id)
    assert final.plan.detail["calendar_uid"] == str(plan_id)

    # Same name, same birth date, same day: another plan, so other ids (never derived from them).
    same_person = context.consultations.start(twin.id, grade_3(context.rules))
    again = context.consultations.start(ana.id, grade_3(context.rules))
    for other in (same_person, again):
        assert not set(calendar_of(context, other.id)) & set(draft_ids)


def test_point14_the_export_carries_the_plan_id_and_the_command_line_keeps_its_events(
    context, tmp_path, capsys
):
    patient = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    record = context.consultations.start(patient.id, grade_3(context.rules))
    context.consultations.finalise(record.id)
    window_ids = calendar_of(context, record.id)

    exported = export_patient(context.database, context.rules, patient.id, current=context.current)
    document = exported["consultations"][0]["assessment"]
    assert document["calendar_uid"] == record.draft.calendar_uid
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(document), "utf-8")
    for run in (1, 2):
        ics = tmp_path / f"{run}.ics"
        assert (
            main(["handout", str(path), "-o", str(tmp_path / f"{run}.pdf"), "--ics", str(ics)]) == 0
        )
        assert event_ids(ics.read_bytes()) == window_ids
    capsys.readouterr()


def test_point14_a_consultation_saved_before_the_plan_id_keeps_stable_event_ids(context):
    """Rows written by an earlier consult have no id in their plan JSON: they get one made
    from the row (not from the patient), the same at every reading, kept by the next save."""
    patient = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    record = context.consultations.start(patient.id, grade_3(context.rules))
    with context.database.write() as session:
        session.execute(
            update(Consultation)
            .where(Consultation.id == record.id)
            .values(plan_choices={"sessions": None, "dates": None})
        )
    ids = calendar_of(context, record.id)
    assert calendar_of(context, record.id) == ids
    legacy = context.consultations.get(record.id)
    assert legacy.draft.calendar_uid and legacy.draft.calendar_uid != record.draft.calendar_uid
    context.consultations.save_draft(record.id, legacy.draft)
    assert calendar_of(context, record.id) == ids


def test_point14_a_document_without_a_plan_id_gets_a_random_one_each_time(tmp_path, capsys, rules):
    blocks = {item.id: False for item in rules.screening.values() if item.level == "block"}
    document = {
        "screening": blocks,
        "schema": "consult.assessment/1",
        "date": "2026-11-24",
        "patient": {"name": "Ana Moreno", "date_of_birth": "1994-03-18", "fitzpatrick": 3},
        "findings": [{"zone": "cheek_left", "type": "rolling_moderate", "count": 7}],
        "global_grade": 3,
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(document), "utf-8")
    runs = []
    for run in (1, 2):
        ics = tmp_path / f"{run}.ics"
        assert (
            main(["handout", str(path), "-o", str(tmp_path / f"{run}.pdf"), "--ics", str(ics)]) == 0
        )
        runs.append(event_ids(ics.read_bytes()))
    assert not set(runs[0]) & set(runs[1])

    document["calendar_uid"] = "not-a-uuid"
    path.write_text(json.dumps(document), "utf-8")
    capsys.readouterr()
    assert main(["handout", str(path), "-o", str(tmp_path / "3.pdf")]) == 2
    assert capsys.readouterr().err == (
        "consult: calendar_uid: must be a UUID written as 8-4-4-4-12 hex digits\n"
    )
    assert not (tmp_path / "3.pdf").exists()
