"""Erasing a patient's rows: every table is either the patient's or shared, every row of the
patient goes, nobody else's does, and an erased number is never given again."""

import datetime as dt

from consult.domain.records import PatientDetails
from consult.store import erasure, patients
from consult.store.erasure import SHARED_TABLES, patient_tables
from consult.store.models import AdverseEvent, Base, Patient


def test_every_table_is_either_a_patients_or_holds_nothing_of_one():
    # A table added later with a patient_id (or under a table that has one) is erased with
    # the patient; one with neither must be named shared here, on purpose.
    owned = {table.name for table in patient_tables()}
    everything = {table.name for table in Base.metadata.sorted_tables}
    assert owned | SHARED_TABLES == everything
    assert not owned & SHARED_TABLES
    # What the issue names, found by the walk rather than listed.
    for name in (
        "patient",
        "patient_search_token",
        "consultation",
        "finding",
        "plan",
        "plan_override",
        "planned_session",
        "treatment_session",
        "session_addendum",
        "adverse_event",
        "follow_up",
        "plan_revision",
        "photo",
    ):
        assert name in owned


def test_erase_rows_takes_every_row_of_the_patient_and_nobody_elses(context, make_course):
    patient, _consultation, practitioner = make_course(context, sessions=3)
    other, _other_consultation, _ = make_course(context, sessions=2, name=("Bo", "Ng"))
    with context.database.write() as session:
        session.add(
            AdverseEvent(patient_id=patient.id, type="pih", onset=dt.date.today(), severity="mild")
        )
    with context.database.read() as session:
        before_other = erasure.count_rows(session, other.id)
        before = erasure.count_rows(session, patient.id)
    assert before["treatment_session"] == 3 and before["adverse_event"] == 1
    with context.database.write() as session:
        deleted = erasure.erase_rows(session, patient.id)
        erasure.record(session, patient.id, "practitioner")
    assert deleted["patient"] == 1 and deleted["finding"] == before["finding"] > 0
    with context.database.read() as session:
        assert all(count == 0 for count in erasure.count_rows(session, patient.id).values())
        assert erasure.count_rows(session, other.id) == before_other
        assert session.get(Patient, patient.id) is None
        # The practitioner, shared by both courses, stays.
        assert practitioner.id in [p.id for p in context.practitioners.list()]
        listed = erasure.entries(session)
    assert [(e.patient_id, e.erased_by) for e in listed] == [(patient.id, "practitioner")]


def test_an_erased_patients_number_is_never_given_again(sqlite_context):
    details = PatientDetails("Cy", "Lee", dt.date(1980, 1, 1))
    sqlite_context.patients.create(details)
    last = sqlite_context.patients.create(details)
    with sqlite_context.database.write() as session:
        erasure.erase_rows(session, last.id)
        erasure.record(session, last.id, "practitioner")
        listed = erasure.entries(session)
    # SQLite alone would give the highest number + 1, the erased patient's.
    new = sqlite_context.patients.create(details)
    assert new.id == last.id + 1
    with sqlite_context.database.write() as session:
        merged = erasure.merge(session, listed)
    assert merged.again == []
    assert sqlite_context.patients.get(new.id)
    # A copy from before the erasure (the patient created before it) is erased again.
    with sqlite_context.database.write() as session:
        patients.get(session, new.id)
        older = [erasure.ErasureEntry(new.id, dt.datetime(2999, 1, 1), "practitioner")]
        assert erasure.merge(session, older).again == [new.id]
