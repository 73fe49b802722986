"""Erasing a patient through the service: what must be given first, what goes, what stays."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from consult.domain.errors import DocumentError
from consult.domain.records import PatientDetails
from consult.services.erasure import photo_folder
from consult.services.errors import NotFound
from consult.services.export import export_patient
from consult.store.models import AuditEvent

REASON = "asked for erasure in writing; no treatment planned"


def _erase_refused(context, patient_id, code, **given):
    arguments = {"typed_number": str(patient_id), "reason": REASON, **given}
    with pytest.raises(DocumentError) as refused:
        context.erasure.erase(patient_id, **arguments)
    assert refused.value.message.code == code
    context.patients.get(patient_id)  # nothing was erased


def test_erasure_needs_the_number_typed_a_reason_and_one_that_does_not_name_them(context):
    patient = context.patients.create(
        PatientDetails(
            "Zoë", "Müller", dt.date(1991, 3, 4), phone="+44 7700 900123", email="zm@example.org"
        )
    )
    _erase_refused(context, patient.id, "erase.wrong_number", typed_number=str(patient.id + 1))
    _erase_refused(context, patient.id, "erase.reason_missing", reason="  ")
    for naming in (
        "Mrs Muller asked",
        "zoe wrote",
        "born 1991-03-04",
        "call 07700 900123",
        "from zm@example.org",
    ):
        _erase_refused(context, patient.id, "erase.reason_names_patient", reason=naming)
    with pytest.raises(NotFound):
        context.erasure.erase(patient.id + 100, str(patient.id + 100), REASON)


def test_erasing_within_the_retention_period_needs_a_second_reason(context, make_course):
    patient, _consultation, _ = make_course(context, sessions=1)
    facts = context.erasure.facts(patient.id)
    assert facts.retention.years == 8 == context.rules.records.retention_years
    last = facts.retention.last_treatment
    assert last is not None and facts.retention.until == last.replace(year=last.year + 8)
    _erase_refused(context, patient.id, "erase.second_reason_missing")
    erased = context.erasure.erase(
        patient.id, str(patient.id), REASON, early_reason="record made for a duplicate patient"
    )
    assert erased.early and erased.rows > 5
    with context.database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "patient.erase")
        ).one()
    detail = json.loads(event.detail)
    assert detail == {
        "reason": REASON,
        "early_reason": "record made for a duplicate patient",
        "kept_until": facts.retention.until.isoformat(),
    }
    assert (event.record_type, event.record_id) == ("patient", patient.id)


def test_the_reasons_and_the_period_are_checked_before_the_number_typed(context, make_course):
    patient, _consultation, _ = make_course(context, sessions=1)
    wrong = str(patient.id + 1)
    assert context.erasure.check(patient.id, REASON, "duplicate record").patient.id == patient.id
    for code, given in (
        ("erase.second_reason_missing", {}),
        ("erase.reason_names_patient", {"reason": "Silva asked", "early_reason": "duplicate"}),
        ("erase.reason_names_patient", {"early_reason": "Ana Silva moved"}),
    ):
        with pytest.raises(DocumentError) as checked:
            context.erasure.check(
                patient.id, given.get("reason", REASON), given.get("early_reason", "")
            )
        assert checked.value.message.code == code
        # The erasure itself says the same before it looks at the number typed.
        _erase_refused(context, patient.id, code, typed_number=wrong, **given)
    with pytest.raises(NotFound):
        context.erasure.check(patient.id + 100, REASON)


def test_after_the_period_or_without_treatment_one_reason_is_enough(context, make_course):
    patient, _consultation, _ = make_course(context, sessions=1)
    context.erasure.set_retention_years(1)
    assert context.erasure.retention_years() == 1
    later = dt.date.today() + dt.timedelta(days=400)
    assert not context.erasure.erase(patient.id, str(patient.id), REASON, today=later).early
    never_treated = context.patients.create(PatientDetails("Al", "Bo", dt.date(1990, 1, 1)))
    assert context.erasure.facts(never_treated.id).retention.until is None
    context.erasure.erase(never_treated.id, str(never_treated.id), REASON)
    context.erasure.set_retention_years(None)
    assert context.erasure.retention_years() == 8
    with pytest.raises(DocumentError):
        context.erasure.set_retention_years(0)


def test_an_erased_patient_is_gone_from_search_export_and_the_photo_folder(
    context, make_course, make_photo, import_photo, tmp_path
):
    patient, _consultation, _ = make_course(context, sessions=2, name=("Ines", "Varga"))
    other, _, _ = make_course(context, sessions=1, name=("Ines", "Kovacs"))
    for who in (patient, other):
        import_photo(context, who.id, make_photo(tmp_path / f"{who.id}.jpg"))
    folder = photo_folder(context.locations.photos, patient.id)
    (folder / "thumbnails").mkdir()  # what the photos branch keeps beside them
    (folder / "thumbnails" / "small.jpg").write_bytes(b"thumb")
    assert [p.id for p in context.patients.search("varga")] == [patient.id]
    context.erasure.erase(patient.id, str(patient.id), REASON, early_reason="duplicate record")
    assert context.patients.search("varga") == []
    assert [p.id for p in context.patients.search("ines")] == [other.id]
    with pytest.raises(NotFound):
        export_patient(context.database, context.rules, patient.id, current=context.current)
    assert not folder.exists()
    assert photo_folder(context.locations.photos, other.id).is_dir()
    assert export_patient(context.database, context.rules, other.id, current=context.current)[
        "photos"
    ]
    with context.database.read() as session:
        details = [e.detail or "" for e in session.scalars(select(AuditEvent))]
    assert not any("Varga" in detail or "Ines" in detail for detail in details)
    assert [e.patient_id for e in context.erasure.entries()] == [patient.id]
