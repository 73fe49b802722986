"""Demo photos: a few patients get drawn faces in every standard view at the consultation, a
session mid-course and a follow-up, with mixed consents; the export carries them."""

import datetime as dt
import io
from collections import Counter

from PIL import Image

from consult.domain.photo import PhotoUse, PhotoView, VisitKind, printable_to_patient
from consult.services.access import CurrentUser
from consult.services.demo import DemoService
from consult.services.demo_photos import PHOTO_PATIENTS, SIZE, drawn_face
from consult.services.export import export_patient
from consult.services.photos import PhotoService

TODAY = dt.date(2026, 11, 26)


def test_a_few_demo_patients_have_every_view_at_three_visits_with_mixed_consents(
    database_url, rules, tmp_path
):
    from consult.store.database import open_database

    database = open_database(database_url)
    photos = PhotoService(database, tmp_path / "photos", rules)
    summary = DemoService(database, rules, photos=photos).fill(120, seed=5, today=TODAY)
    views = [view for view in PhotoView if view is not PhotoView.CLOSEUP]
    assert summary.photos == PHOTO_PATIENTS * 3 * len(views)
    with_photos = {}
    for patient_id in range(1, 121):
        kept = photos.for_patient(patient_id)
        if kept:
            with_photos[patient_id] = kept
    assert len(with_photos) == PHOTO_PATIENTS
    withdrawn = []
    for kept in with_photos.values():
        kinds = [photo.visit.kind for photo in kept]
        assert Counter(kinds) == {
            VisitKind.CONSULTATION: 5,
            VisitKind.SESSION: 5,
            VisitKind.FOLLOW_UP: 5,
        }
        assert [photo.view for photo in kept[:5]] == views
        assert all(photo.taken_at.date() == photo.visit.date for photo in kept)
        assert all(photos.file(photo).is_file() for photo in kept)
        withdrawn += [photo for photo in kept if photo.withdrawn]
    (taken_back,) = withdrawn
    assert taken_back.withdrawn == {PhotoUse.TEACHING} and not printable_to_patient(taken_back)
    every = [photo for kept in with_photos.values() for photo in kept]
    assert any(PhotoUse.MARKETING in photo.uses for photo in every)
    assert sum(PhotoUse.TEACHING in photo.uses for photo in every) >= 5
    exported = export_patient(database, rules, next(iter(with_photos)), current=CurrentUser())
    assert len(exported["photos"]) == 15
    assert exported["photos"][0]["visit"]["kind"] == "consultation"
    database.engine.dispose()


def test_a_drawn_face_is_a_jpeg_whose_scars_fade_across_visits():
    first = Image.open(io.BytesIO(drawn_face(PhotoView.FRONT, 0, 11)))
    last = Image.open(io.BytesIO(drawn_face(PhotoView.FRONT, 2, 11)))
    assert first.format == "JPEG" and first.size == SIZE
    # The cheek is lighter (fewer, fainter scars) at the follow-up.
    box = (240 - 130, 260, 240 - 30, 370)
    from PIL import ImageStat

    darkness = [ImageStat.Stat(image.convert("L").crop(box)).sum[0] for image in (first, last)]
    assert darkness[1] > darkness[0]
