"""Demo photos: drawn faces (an outline, no real person) with scar dots that fade from the
consultation to a session mid-course and a follow-up, in every standard view, so the gallery,
the compare view and the progress report can be toured."""

from __future__ import annotations

import datetime as dt
import io
import random
import tempfile
from pathlib import Path

from consult.domain.photo import Lighting, PhotoRecord, PhotoUse, PhotoView, Visit, VisitKind
from consult.services.photo_files import PhotoImport
from consult.services.photos import PhotoService

# The patients given photos: a few, so a demo of any size stays as fast.
PHOTO_PATIENTS = 6
SIZE = (480, 600)
_VIEWS = [view for view in PhotoView if view is not PhotoView.CLOSEUP]
# Where the face turns for each view: the nose's offset from the head's centre, as a share
# of the head's half-width (0 facing the camera, 1 in profile).
_TURN = {
    PhotoView.FRONT: 0.0,
    PhotoView.OBLIQUE_LEFT: -0.5,
    PhotoView.OBLIQUE_RIGHT: 0.5,
    PhotoView.PROFILE_LEFT: -0.95,
    PhotoView.PROFILE_RIGHT: 0.95,
}
# How much of the scars' contrast shows at each visit of the three.
_FADE = (1.0, 0.6, 0.3)
_SKINS = ((236, 200, 170), (214, 170, 135), (180, 130, 95), (140, 95, 65), (226, 185, 150))
RECORDED_BY = "Dr Demo Adeyemi"


def drawn_face(view: PhotoView, stage: int, seed: int) -> bytes:
    """A stylised face in `view` at the visit `stage` (0, 1, 2), as JPEG bytes."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    skin = _SKINS[seed % len(_SKINS)]
    picture = Image.new("RGB", SIZE, (72, 84, 96))
    draw = ImageDraw.Draw(picture)
    width, height = SIZE
    turn = _TURN[view]
    centre = width // 2
    half = int(150 * (1 - 0.25 * abs(turn)))
    top, bottom = 90, 520
    draw.rectangle((centre - 60, bottom - 40, centre + 60, height), fill=skin)  # the neck
    draw.ellipse((centre - half, top, centre + half, bottom), fill=skin, outline=(60, 40, 30))
    nose_x = centre + int(turn * half)
    if abs(turn) > 0.9:  # in profile the nose stands out of the outline
        tip = nose_x + (30 if turn > 0 else -30)
        draw.polygon([(nose_x, 270), (tip, 345), (nose_x, 355)], fill=skin, outline=(60, 40, 30))
    else:
        draw.line([(nose_x, 270), (nose_x + int(12 * turn), 345)], fill=(120, 80, 60), width=3)
    eyes = [-1, 1] if abs(turn) < 0.9 else [1 if turn > 0 else -1]
    for side in eyes:
        x = centre + int(turn * half * 0.55) + side * int(55 * (1 - 0.4 * abs(turn)))
        draw.ellipse((x - 18, 240, x + 18, 258), fill=(250, 250, 245), outline=(60, 40, 30))
        draw.ellipse((x - 6, 243, x + 6, 255), fill=(50, 40, 35))
    mouth = centre + int(turn * half * 0.6)
    lips = int(45 * (1 - 0.5 * abs(turn)))
    draw.arc((mouth - lips, 370, mouth + lips, 420), 20, 160, fill=(150, 70, 70), width=4)
    # Scars on the cheeks that face the camera, at the same places on every visit.
    fade = _FADE[stage]
    scar = tuple(int(channel - 70 * fade) for channel in skin)
    spread = int(40 * (1 - 0.4 * abs(turn)))
    if abs(turn) < 0.4:
        cheeks = [centre - 80, centre + 80]
    else:
        # One cheek shows, between the nose and the ear nearer the camera.
        ear = centre - (1 if turn > 0 else -1) * int(half * (1 - abs(turn)))
        cheeks = [int(0.6 * ear + 0.4 * nose_x)]
    for side, cheek in enumerate(cheeks):
        spot = random.Random(seed * 2 + side)
        for _ in range(28):
            x = cheek + spot.randint(-spread, spread)
            y = 300 + spot.randint(-30, 60)
            radius = spot.randint(3, 7)
            if stage and rnd.random() < 0.15 * stage:
                continue  # some scars no longer show
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=scar)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def _chosen_visits(photos: PhotoService, patient_id: int) -> list[Visit] | None:
    """The first consultation, a session mid-course and the follow-up after it."""
    visits = photos.visits(patient_id)
    consultations = [v for v in visits if v.kind is VisitKind.CONSULTATION]
    if not consultations:
        return None
    first = consultations[0]
    sessions = [v for v in visits if v.kind is VisitKind.SESSION and v.date > first.date]
    follow_ups = [v for v in visits if v.kind is VisitKind.FOLLOW_UP and v.date > first.date]
    if len(sessions) < 2 or not follow_ups:
        return None
    return [first, sessions[len(sessions) // 2], follow_ups[-1]]


def add_demo_photos(photos: PhotoService, patient_ids: list[int], seed: int) -> int:
    """Photos of every standard view at three visits for the first few patients whose course
    has a follow-up; the number of photos kept. Their consents are mixed: some teaching,
    one marketing, and one teaching granted then withdrawn."""
    kept = 0
    given = 0
    with tempfile.TemporaryDirectory(prefix=".consult-demo-photos-") as folder:
        for patient_id in patient_ids:
            if given == PHOTO_PATIENTS:
                break
            visits = _chosen_visits(photos, patient_id)
            if visits is None:
                continue
            items = []
            for stage, visit in enumerate(visits):
                taken = dt.datetime.combine(visit.date, dt.time(10, 0))
                for index, view in enumerate(_VIEWS):
                    source = Path(folder) / f"{patient_id}-{stage}-{view.value}.jpg"
                    source.write_bytes(drawn_face(view, stage, seed * 1000 + patient_id))
                    items.append(
                        PhotoImport(
                            source,
                            view,
                            visit=(visit.kind, visit.id),
                            lighting=Lighting.CROSS_POLARISED,
                            taken_at=taken + dt.timedelta(minutes=index),
                        )
                    )
            added = photos.import_photos(patient_id, items)
            _consents(photos, added, given)
            kept += len(added)
            given += 1
    return kept


def _consents(photos: PhotoService, added: list[PhotoRecord], patient_index: int) -> None:
    if patient_index % 2 == 0:
        for photo in added[:5]:
            photos.set_use(photo.id, PhotoUse.TEACHING, True, RECORDED_BY)
    if patient_index == 0:
        # Teaching granted, then withdrawn: that front view leaves the progress report.
        photos.set_use(added[-5].id, PhotoUse.TEACHING, True, RECORDED_BY)
        photos.set_use(added[-5].id, PhotoUse.TEACHING, False, RECORDED_BY)
    if patient_index == 1:
        photos.set_use(added[0].id, PhotoUse.MARKETING, True, RECORDED_BY)
