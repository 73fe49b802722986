"""Photos, clinic settings and performed sessions: kept privately, checked, audited."""

import datetime as dt
import hashlib
import stat

import pytest

from consult.domain.clinic import ClinicDetails
from consult.domain.errors import DocumentError
from consult.domain.records import PatientDetails
from consult.domain.treatment import TreatmentDetails
from consult.services.errors import NotFound


@pytest.fixture
def patient(context):
    return context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))


def test_a_photo_is_copied_privately_and_named_by_its_checksum(
    context, patient, tmp_path, make_photo
):
    source = make_photo(tmp_path / "Cheek.JPG")
    photo = context.photos.add(patient.id, source, zone="cheek_left", marketing_consent=True)
    kept = context.photos.file(photo)
    assert kept.name == f"{photo.sha256}.jpg"
    assert photo.sha256 == hashlib.sha256(kept.read_bytes()).hexdigest()
    assert kept.is_relative_to(context.locations.photos)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(context.locations.photos.stat().st_mode) == 0o700
    assert context.photos.for_patient(patient.id) == [photo]


def test_a_file_that_is_not_a_photo_is_refused_and_nothing_kept(context, patient, tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("not a picture")
    with pytest.raises(DocumentError, match="not a photo"):
        context.photos.add(patient.id, source)
    assert context.photos.for_patient(patient.id) == []
    assert not context.locations.photos.exists() or not any(context.locations.photos.rglob("*.*"))


def test_a_photo_for_an_unknown_patient_is_refused(context, tmp_path, make_photo):
    source = make_photo(tmp_path / "a.png")
    with pytest.raises(NotFound):
        context.photos.add(404, source)


def test_clinic_details_are_empty_until_saved_then_kept(context):
    assert context.clinic.get() is None
    details = ClinicDetails(
        name="Clinique Étoile", phone="+33 1 23", paper_size="Letter", working_days=(1, 2, 5)
    )
    context.clinic.save(details)
    assert context.clinic.get() == details
    with pytest.raises(DocumentError, match="paper_size"):
        context.clinic.save(ClinicDetails(paper_size="A5"))
    assert context.clinic.get() == details


def test_a_performed_session_is_recorded_and_listed(context, patient):
    details = TreatmentDetails(
        dt.date(2026, 11, 2),
        device="Dermapen 4",
        depth_mm={"cheek_left": 1.5},
        passes=3,
        product="hyaluronic serum",
        lot="L-2231",
        reaction="mild redness",
    )
    recorded = context.treatments.record(patient.id, details)
    assert context.treatments.for_patient(patient.id) == [recorded]
    assert recorded.details == details
    with pytest.raises(DocumentError, match=r"depth_mm\.ear"):
        context.treatments.record(
            patient.id, TreatmentDetails(dt.date(2026, 11, 2), depth_mm={"ear": 1})
        )
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(DocumentError, match="before it happens"):
        context.treatments.record(patient.id, TreatmentDetails(tomorrow))


def test_a_draft_with_a_photo_can_be_discarded_and_the_photo_stays(
    context, patient, tmp_path, make_photo
):
    import datetime as dt

    from consult.domain.consultation import ConsultationDraft

    draft = context.consultations.start(patient.id, ConsultationDraft(date=dt.date(2026, 11, 2)))
    source = make_photo(tmp_path / "chin.png")
    context.photos.add(patient.id, source, zone="chin", consultation_id=draft.id)
    context.consultations.discard(draft.id)
    (kept,) = context.photos.for_patient(patient.id)
    assert kept.consultation_id is None and context.photos.file(kept).exists()
