"""Photos through their service: many imported at once (all or none), dated from the camera,
cleaned of what places or identifies the patient, consent per use with its history, retired
and deleted with the audit keeping why, thumbnails made once under the patient's folder."""

import datetime as dt

import pytest
from PIL import ExifTags, Image
from sqlalchemy import select

from consult.domain.consultation import ConsultationDraft
from consult.domain.errors import DocumentError
from consult.domain.photo import (
    ConsentChange,
    Lighting,
    PhotoUse,
    PhotoView,
    TakenFrom,
    Visit,
    VisitKind,
    printable_to_patient,
)
from consult.domain.records import PatientDetails
from consult.domain.treatment import Lot, SessionDraft
from consult.services import photos as photo_service
from consult.services.photo_files import PhotoImport, exif_taken_at
from consult.store.models import AuditEvent

CAMERA_DATE = dt.datetime(2026, 10, 1, 14, 5, 9)


def camera_photo(path, colour="#b08070", taken=CAMERA_DATE):
    """A JPEG as a phone writes it: DateTimeOriginal, a GPS position, maker notes."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "PhoneMaker"
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S")
    details[ExifTags.Base.MakerNote] = b"SERIAL-123456"
    position = exif.get_ifd(ExifTags.IFD.GPSInfo)
    position[ExifTags.GPS.GPSLatitudeRef] = "N"
    position[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 26.0)
    Image.new("RGB", (60, 40), colour).save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def patient(context):
    return context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))


@pytest.fixture
def consultation(context, patient):
    return context.consultations.start(patient.id, ConsultationDraft(date=dt.date(2026, 10, 1)))


def audit(context, action):
    with context.database.read() as session:
        return session.execute(
            select(AuditEvent.actor, AuditEvent.record_id, AuditEvent.detail).where(
                AuditEvent.action == action
            )
        ).all()


def test_twelve_photos_for_two_visits_are_imported_at_once_dated_by_the_camera_and_clean(
    context, patient, consultation, tmp_path
):
    session = context.course.start_session(
        patient.id,
        SessionDraft(
            dt.date(2026, 11, 2),
            check=dict.fromkeys(context.rules.course.checks, False),
            device="pen",
            lots={"cartridge": Lot("L-1", dt.date(2027, 1, 1))},
        ),
    )
    views = [view for view in PhotoView if view is not PhotoView.CLOSEUP]
    items = []
    for number, visit in enumerate(
        [(VisitKind.CONSULTATION, consultation.id), (VisitKind.SESSION, session.id)]
    ):
        for index, view in enumerate([*views, PhotoView.CLOSEUP]):
            source = camera_photo(
                tmp_path / f"{number}-{index}.jpg",
                colour=f"#{40 * number + 20:02x}{10 * index + 20:02x}80",
                taken=CAMERA_DATE + dt.timedelta(days=32 * number, minutes=index),
            )
            zone = "cheek_left" if view is PhotoView.CLOSEUP else ""
            items.append(PhotoImport(source, view, zone, visit, Lighting.SIDE_LIGHT))
    originals = [item.source.read_bytes() for item in items]

    added = context.photos.import_photos(patient.id, items)

    assert len(added) == 12 and context.photos.for_patient(patient.id) == added
    first = added[0]
    assert first.visit == Visit(VisitKind.CONSULTATION, consultation.id, dt.date(2026, 10, 1))
    assert added[6].visit == Visit(VisitKind.SESSION, session.id, dt.date(2026, 11, 2))
    assert [photo.view for photo in added[:6]] == [*views, PhotoView.CLOSEUP]
    assert added[5].zone == "cheek_left" and added[5].consultation_id == consultation.id
    assert first.taken_at == CAMERA_DATE and first.taken_from is TakenFrom.EXIF
    assert first.lighting is Lighting.SIDE_LIGHT and first.uses == {PhotoUse.CLINICAL_RECORD}
    for photo, item, original in zip(added, items, originals, strict=True):
        assert item.source.read_bytes() == original
        kept = context.photos.file(photo)
        assert kept.is_relative_to(context.locations.photos / str(patient.id))
        content = kept.read_bytes()
        assert b"PhoneMaker" not in content and b"SERIAL-123456" not in content
        with Image.open(kept) as picture:
            exif = picture.getexif()
            assert not exif.get_ifd(ExifTags.IFD.GPSInfo) and not exif.get_ifd(ExifTags.IFD.Exif)
    assert len(audit(context, "photo.add")) == 12


def test_a_photo_without_a_camera_date_needs_one_and_then_nothing_of_the_batch_is_kept(
    context, patient, tmp_path, make_photo
):
    dated = camera_photo(tmp_path / "dated.jpg")
    undated = make_photo(tmp_path / "undated.png")
    assert exif_taken_at(dated) == CAMERA_DATE and exif_taken_at(undated) is None
    with pytest.raises(DocumentError, match=r"undated\.png carries no date taken"):
        context.photos.import_photos(
            patient.id,
            [PhotoImport(dated, PhotoView.FRONT), PhotoImport(undated, PhotoView.FRONT)],
        )
    assert context.photos.for_patient(patient.id) == []
    assert not context.locations.photos.exists() or not any(context.locations.photos.rglob("*.*"))
    entered = dt.datetime(2026, 9, 30, 11, 0)
    (photo,) = context.photos.import_photos(
        patient.id, [PhotoImport(undated, PhotoView.FRONT, taken_at=entered)]
    )
    assert photo.taken_at == entered and photo.taken_from is TakenFrom.ENTERED


def test_a_photo_taken_in_the_future_is_refused_and_a_damaged_one_is_said_unreadable(
    context, patient, tmp_path, make_photo
):
    now = dt.datetime.now().replace(microsecond=0)
    # A camera clock some hours ahead (EXIF has no time zone) is not a date in the future.
    slightly = camera_photo(tmp_path / "slightly.jpg", taken=now + dt.timedelta(hours=5))
    (kept,) = context.photos.import_photos(patient.id, [PhotoImport(slightly, PhotoView.FRONT)])
    tomorrow = now + dt.timedelta(days=3)
    ahead = camera_photo(tmp_path / "ahead.jpg", taken=tomorrow)
    with pytest.raises(DocumentError, match=r"ahead\.jpg was taken on .* in the future"):
        context.photos.import_photos(patient.id, [PhotoImport(ahead, PhotoView.FRONT)])
    entered = make_photo(tmp_path / "entered.png")
    with pytest.raises(DocumentError, match="in the future"):
        context.photos.import_photos(
            patient.id, [PhotoImport(entered, PhotoView.FRONT, taken_at=tomorrow)]
        )
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(camera_photo(tmp_path / "whole.jpg").read_bytes()[:300])
    with pytest.raises(DocumentError, match=r"damaged\.jpg could not be read as a picture"):
        context.photos.import_photos(patient.id, [PhotoImport(damaged, PhotoView.FRONT)])
    assert context.photos.check_file(patient.id, damaged).problem.startswith(
        "damaged.jpg could not be read"
    )
    assert context.photos.for_patient(patient.id) == [kept]


def test_a_file_checked_before_its_import_says_whether_the_patient_has_it_already(
    context, patient, tmp_path
):
    source = camera_photo(tmp_path / "front.jpg")
    before = context.photos.check_file(patient.id, source)
    assert before.problem is None and not before.already_kept
    context.photos.import_photos(patient.id, [PhotoImport(source, PhotoView.FRONT)])
    # The same file, or a copy under another name, is the same picture once cleaned.
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(source.read_bytes())
    assert context.photos.check_file(patient.id, copy).already_kept
    other = context.patients.create(PatientDetails("Bo", "Lee", dt.date(1980, 1, 1)))
    assert not context.photos.check_file(other.id, copy).already_kept


def test_a_batch_whose_save_fails_leaves_no_new_file(context, patient, tmp_path, make_photo):
    other = context.patients.create(PatientDetails("Bo", "Lee", dt.date(1980, 1, 1)))
    theirs = context.consultations.start(other.id, ConsultationDraft(date=dt.date(2026, 10, 1)))
    good = PhotoImport(make_photo(tmp_path / "a.png"), PhotoView.FRONT, taken_at=CAMERA_DATE)
    wrong_visit = PhotoImport(
        make_photo(tmp_path / "b.png", colour="#102030"),
        PhotoView.FRONT,
        visit=(VisitKind.CONSULTATION, theirs.id),
        taken_at=CAMERA_DATE,
    )
    with pytest.raises(DocumentError, match="not this patient's"):
        context.photos.import_photos(patient.id, [good, wrong_visit])
    assert context.photos.for_patient(patient.id) == []
    assert not any(path.is_file() for path in context.locations.photos.rglob("*"))


@pytest.mark.parametrize(
    ("view", "zone", "problem"),
    [
        (PhotoView.CLOSEUP, "", "a close-up needs the zone"),
        (PhotoView.CLOSEUP, "elbow", "unknown zone"),
        (PhotoView.FRONT, "chin", "only a close-up shows one zone"),
    ],
)
def test_a_zone_goes_with_a_closeup_only(
    context, patient, tmp_path, make_photo, view, zone, problem
):
    item = PhotoImport(make_photo(tmp_path / "a.png"), view, zone, taken_at=CAMERA_DATE)
    with pytest.raises(DocumentError, match=problem):
        context.photos.import_photos(patient.id, [item])


def test_a_heic_photo_asks_for_the_plugin_when_pillow_has_none(
    context, patient, tmp_path, monkeypatch
):
    monkeypatch.setattr(photo_service, "heif_available", lambda: False)
    source = tmp_path / "IMG_0001.HEIC"
    source.write_bytes(b"\x00\x00\x00\x18ftypheic")
    item = PhotoImport(source, PhotoView.FRONT, taken_at=CAMERA_DATE)
    with pytest.raises(DocumentError, match="pip install pillow-heif"):
        context.photos.import_photos(patient.id, [item])


def test_uses_are_granted_and_withdrawn_with_their_history_and_the_record_always_stays(
    context, patient, tmp_path, add_photo, make_photo
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.png"))
    context.photos.set_use(photo.id, PhotoUse.TEACHING, True, "Dr Okafor")
    context.photos.set_use(photo.id, PhotoUse.MARKETING, True, "Dr Okafor")
    now = context.photos.set_use(photo.id, PhotoUse.TEACHING, False, "Dr Adeyemi")
    assert now.uses == {PhotoUse.CLINICAL_RECORD, PhotoUse.MARKETING}
    assert now.withdrawn == {PhotoUse.TEACHING} and not printable_to_patient(now)
    history = context.photos.consent_history(photo.id)
    assert [(c.use, c.granted, c.by) for c in history] == [
        (PhotoUse.TEACHING, True, "Dr Okafor"),
        (PhotoUse.MARKETING, True, "Dr Okafor"),
        (PhotoUse.TEACHING, False, "Dr Adeyemi"),
    ]
    assert all(isinstance(change, ConsentChange) for change in history)
    with pytest.raises(DocumentError, match="cannot be withdrawn"):
        context.photos.set_use(photo.id, PhotoUse.CLINICAL_RECORD, False, "Dr Okafor")
    with pytest.raises(DocumentError, match="say who"):
        context.photos.set_use(photo.id, PhotoUse.PUBLICATION, True, " ")
    assert audit(context, "photo.use_granted") == [
        ("Dr Okafor", photo.id, "teaching"),
        ("Dr Okafor", photo.id, "marketing"),
    ]
    assert audit(context, "photo.use_withdrawn") == [("Dr Adeyemi", photo.id, "teaching")]


def test_a_retired_photo_is_hidden_but_kept_and_exported(
    context, patient, tmp_path, add_photo, make_photo
):
    photo = add_photo(patient.id, make_photo(tmp_path / "a.png"))
    retired = context.photos.retire(photo.id, "Dr Okafor")
    assert retired.retired and not printable_to_patient(retired)
    assert context.photos.for_patient(patient.id) == []
    assert context.photos.for_patient(patient.id, include_retired=True) == [retired]
    assert context.photos.file(retired).exists()
    assert audit(context, "photo.retire") == [("Dr Okafor", photo.id, None)]


def test_a_photo_taken_in_error_is_deleted_by_a_practitioner_with_a_reason(
    context, patient, tmp_path, add_photo, make_photo
):
    context.practitioners.add("Dr Okafor")
    source = make_photo(tmp_path / "a.png")
    photo = add_photo(patient.id, source)
    twin = add_photo(patient.id, source, zone="chin")  # the same picture: one file
    thumbnail = context.photos.thumbnail(photo)
    with pytest.raises(DocumentError, match="reason"):
        context.photos.delete(photo.id, "Dr Okafor", "  ")
    with pytest.raises(DocumentError, match="deleted by a practitioner"):
        context.photos.delete(photo.id, "reception", "wrong patient")
    context.photos.delete(photo.id, "Dr Okafor", "wrong patient")
    assert context.photos.for_patient(patient.id) == [twin]
    assert context.photos.file(twin).exists()  # still the twin's
    context.photos.delete(twin.id, "Dr Okafor", "blurred")
    assert not context.photos.file(twin).exists() and not thumbnail.exists()
    assert audit(context, "photo.delete") == [
        ("Dr Okafor", photo.id, "wrong patient"),
        ("Dr Okafor", twin.id, "blurred"),
    ]


def test_a_thumbnail_is_made_once_under_the_patients_folder(
    context, patient, tmp_path, add_photo, monkeypatch
):
    source = tmp_path / "big.jpg"
    Image.new("RGB", (1600, 1200), "#a07060").save(source, "JPEG")
    photo = add_photo(patient.id, source)
    thumbnail = context.photos.thumbnail(photo)
    assert thumbnail.is_relative_to(context.locations.photos / str(patient.id) / "thumbs")
    with Image.open(thumbnail) as small:
        assert max(small.size) == photo_service.THUMBNAIL_SIZE
    made = []
    monkeypatch.setattr(photo_service, "_thumbnail", lambda content: made.append(1) or b"")
    assert context.photos.thumbnail(photo) == thumbnail and made == []


def test_the_import_makes_each_photos_thumbnail_so_no_gallery_decodes_the_photo(
    context, patient, tmp_path
):
    items = []
    for n, colour in enumerate(("#a07060", "#6070a0")):
        Image.new("RGB", (1600, 1200), colour).save(tmp_path / f"{n}.jpg", "JPEG")
        items.append(PhotoImport(tmp_path / f"{n}.jpg", PhotoView.FRONT, taken_at=CAMERA_DATE))
    kept = context.photos.import_photos(patient.id, items)
    for photo in kept:
        thumbnail = context.photos.thumbnail_made(photo)
        assert thumbnail is not None
        with Image.open(thumbnail) as small:
            assert small.size == (photo_service.THUMBNAIL_SIZE, 240)


def test_visits_list_the_patients_consultations_sessions_and_follow_ups_by_date(
    context, patient, consultation
):
    assert context.photos.visits(patient.id) == [
        Visit(VisitKind.CONSULTATION, consultation.id, dt.date(2026, 10, 1))
    ]
