"""Photos, clinic settings and performed sessions: kept privately, checked, audited."""

import datetime as dt
import hashlib
import stat
from dataclasses import replace

import pytest

from consult.domain.clinic import ClinicDetails
from consult.domain.errors import DocumentError
from consult.domain.photo import VisitKind
from consult.domain.records import PatientDetails
from consult.domain.treatment import Lot, SessionDraft
from consult.services.errors import NotFound


@pytest.fixture
def patient(context):
    return context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))


def test_a_photo_is_copied_privately_and_named_by_its_checksum(
    context, patient, tmp_path, make_photo, add_photo
):
    source = make_photo(tmp_path / "Cheek.JPG")
    photo = add_photo(patient.id, source, zone="cheek_left")
    kept = context.photos.file(photo)
    assert kept.name == f"{photo.sha256}.jpg"
    assert photo.sha256 == hashlib.sha256(kept.read_bytes()).hexdigest()
    assert kept.is_relative_to(context.locations.photos)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(context.locations.photos.stat().st_mode) == 0o700
    assert context.photos.for_patient(patient.id) == [photo]


def test_a_file_that_is_not_a_photo_is_refused_and_nothing_kept(
    context, patient, tmp_path, add_photo
):
    source = tmp_path / "notes.txt"
    source.write_text("not a picture")
    with pytest.raises(DocumentError, match="not a photo"):
        add_photo(patient.id, source)
    assert context.photos.for_patient(patient.id) == []
    assert not context.locations.photos.exists() or not any(context.locations.photos.rglob("*.*"))


def test_a_photo_for_an_unknown_patient_is_refused(context, tmp_path, make_photo, add_photo):
    source = make_photo(tmp_path / "a.png")
    with pytest.raises(NotFound):
        add_photo(404, source)


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
    draft = SessionDraft(
        dt.date(2026, 11, 2),
        check=dict.fromkeys(context.rules.course.checks, False),
        device="pen",
        device_model="Pen model 4",
        depths_mm={"cheek_left": 1.5},
        passes=3,
        lots={"serum": Lot("L-2231", dt.date(2027, 1, 1), "hyaluronic serum")},
        reaction="mild redness",
    )
    recorded = context.course.start_session(patient.id, draft)
    assert context.course.sessions(patient.id) == [recorded]
    assert recorded.draft == draft
    with pytest.raises(DocumentError, match=r"depths_mm\.ear"):
        context.course.start_session(patient.id, replace(draft, depths_mm={"ear": 1}))
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(DocumentError, match="before it happens"):
        context.course.start_session(patient.id, replace(draft, date=tomorrow))


def test_a_draft_with_a_photo_can_be_discarded_and_the_photo_stays(
    context, patient, tmp_path, make_photo, add_photo
):
    import datetime as dt

    from consult.domain.consultation import ConsultationDraft

    draft = context.consultations.start(patient.id, ConsultationDraft(date=dt.date(2026, 11, 2)))
    source = make_photo(tmp_path / "chin.png")
    add_photo(patient.id, source, zone="chin", visit=(VisitKind.CONSULTATION, draft.id))
    context.consultations.discard(draft.id)
    (kept,) = context.photos.for_patient(patient.id)
    assert kept.consultation_id is None and context.photos.file(kept).exists()


# Make, Model, XMP, IPTC, Photoshop, EXIF block, GPS block, maker notes.
IDENTIFYING_TAGS = {0x010F, 0x0110, 700, 33723, 34377, 0x8769, 0x8825, 0x927C}


@pytest.mark.parametrize("name", ["a.jpg", "a.JPEG", "a.png", "a.webp", "a.tif"])
def test_point13_a_kept_photo_carries_no_exif_or_gps_and_the_original_is_untouched(
    context, patient, tmp_path, make_photo, add_photo, name
):
    from PIL import Image

    source = make_photo(tmp_path / name, gps=True)
    original = source.read_bytes()
    assert b"PhoneMaker" in original  # the phone's EXIF, GPS position among it
    with Image.open(source) as picture:
        exif = picture.getexif()
        assert exif[0x010F] == "PhoneMaker"
        # GPSInfo (Pillow writes no GPS block into a TIFF: the camera make stands for it there)
        assert exif.get_ifd(0x8825) or picture.format == "TIFF"

    photo = add_photo(patient.id, source, zone="cheek_left")

    assert source.read_bytes() == original
    kept = context.photos.file(photo).read_bytes()
    assert b"PhoneMaker" not in kept and b"Phone 15" not in kept
    with Image.open(context.photos.file(photo)) as picture:
        assert picture.format == Image.open(source).format
        # A TIFF's own layout tags (size, compression) remain; nothing about the camera or place.
        exif = picture.getexif()
        assert not IDENTIFYING_TAGS & set(exif) and not exif.get_ifd(0x8825)
        assert dict(exif) == {} or picture.format == "TIFF"
        assert not {"exif", "xmp", "comment"} & set(picture.info)
        # Turned upright as the EXIF orientation said (a quarter turn: 40 × 20 → 20 × 40).
        assert picture.size == (20, 40)
    assert photo.sha256 == hashlib.sha256(kept).hexdigest()


def test_point13_the_colour_profile_is_kept_and_only_it(context, patient, tmp_path, add_photo):
    from PIL import Image, ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = tmp_path / "profiled.jpg"
    Image.new("RGB", (8, 8), "#a05040").save(
        source, "JPEG", icc_profile=profile, comment=b"Ana Silva, cheek", xmp=b"<x>Ana</x>"
    )
    photo = add_photo(patient.id, source)
    with Image.open(context.photos.file(photo)) as picture:
        assert picture.info.get("icc_profile") == profile
        assert "comment" not in picture.info and "xmp" not in picture.info
    assert b"Ana" not in context.photos.file(photo).read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("fake.jpg", b"\xff\xd8\xff not really a picture", "could not be read as a picture"),
        ("phone.heic", b"\x00\x00\x00\x18ftypheic", "HEIF plugin"),
    ],
)
def test_point13_a_photo_that_cannot_be_cleaned_is_refused_and_nothing_kept(
    context, patient, tmp_path, add_photo, name, content, problem
):
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(DocumentError, match=problem):
        add_photo(patient.id, source)
    assert context.photos.for_patient(patient.id) == []
    assert not context.locations.photos.exists() or not any(context.locations.photos.rglob("*.*"))
    assert source.read_bytes() == content


def test_point11_a_nul_in_a_performed_sessions_text_is_refused_on_every_database(context, patient):
    draft = SessionDraft(
        dt.date(2026, 11, 2),
        check=dict.fromkeys(context.rules.course.checks, False),
        device="pen",
        lots={"cartridge": Lot("L-1\x00", dt.date(2027, 1, 1))},
    )
    with pytest.raises(DocumentError, match=r"^lots\.cartridge\.number: must not contain a NUL"):
        context.course.start_session(patient.id, draft)
    assert context.course.sessions(patient.id) == []
