"""Budgets of the compare view for a patient with 200 photos (8 visits, 5 standard views, 5
photos of each view per visit, 1600 × 1200 JPEGs): opened with its two photos shown in under
300 ms, another visit's photo shown in under 150 ms.

Run on demand: pytest tests/benchmarks -m benchmark --benchmark-enable
"""

import datetime as dt

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from consult.domain.model import Finding
from consult.domain.photo import PhotoView
from consult.domain.treatment import FollowUpDetails
from consult.services.photos import PhotoImport
from consult.ui.photos.compare import CompareDialog

PHOTOS = 200
OPEN_BUDGET_SECONDS = 0.300
SWITCH_BUDGET_SECONDS = 0.150
VIEWS = (
    PhotoView.FRONT,
    PhotoView.OBLIQUE_LEFT,
    PhotoView.OBLIQUE_RIGHT,
    PhotoView.PROFILE_LEFT,
    PhotoView.PROFILE_RIGHT,
)


@pytest.fixture
def patient_with_200_photos(sqlite_context, make_course, tmp_path):
    patient, consultation, _ = make_course(sqlite_context, sessions=4)
    start = consultation.draft.date
    for weeks in (6, 12, 17):
        sqlite_context.course.record_follow_up(
            patient.id,
            FollowUpDetails(
                date=start + dt.timedelta(weeks=weeks),
                consultation_id=consultation.id,
                findings=(Finding("cheek_left", "rolling_moderate", 10),),
                global_grade=3,
            ),
        )
    visits = sqlite_context.photos.visits(patient.id)
    assert len(visits) == 8
    items = []
    for visit in visits:
        for view in VIEWS:
            for copy in range(PHOTOS // (len(visits) * len(VIEWS))):
                path = tmp_path / f"{visit.kind}-{visit.id}-{view}-{copy}.jpg"
                # Noise: a JPEG as large to decode as a photo, not a flat colour.
                picture = Image.effect_noise((1600, 1200), 40).convert("RGB")
                ImageDraw.Draw(picture).ellipse((400, 200, 1200, 1000), fill=(200, 160, 140))
                picture.save(path, quality=90)
                items.append(
                    PhotoImport(
                        path,
                        view,
                        visit=(visit.kind, visit.id),
                        taken_at=dt.datetime.combine(visit.date, dt.time(10, copy)),
                    )
                )
    sqlite_context.photos.import_photos(patient.id, items)
    return patient


def _shown(dialog: CompareDialog) -> None:
    app = QApplication.instance()
    while not dialog.loaded:
        app.processEvents()
    dialog.repaint()


@pytest.mark.benchmark
def test_the_compare_view_opens_with_both_photos_in_under_300_ms(
    benchmark, qtbot, sqlite_context, patient_with_200_photos
):
    context = sqlite_context
    opened = []

    def open_it() -> None:
        photos = context.photos.for_patient(patient_with_200_photos.id)
        history = context.outcomes.score_history(patient_with_200_photos.id)
        dialog = CompareDialog(photos, history, context.photos.file)
        opened.append(dialog)
        dialog.show()
        _shown(dialog)

    benchmark.pedantic(open_it, rounds=10, warmup_rounds=1)
    for dialog in opened:
        assert len(dialog.visits) == 8 and all(dialog.canvas.pictures)
        dialog.close()
        dialog.deleteLater()
    assert benchmark.stats["median"] < OPEN_BUDGET_SECONDS


@pytest.mark.benchmark
def test_another_visit_is_shown_in_under_150_ms(
    benchmark, qtbot, sqlite_context, patient_with_200_photos
):
    context = sqlite_context
    photos = context.photos.for_patient(patient_with_200_photos.id)
    history = context.outcomes.score_history(patient_with_200_photos.id)
    assert len(photos) == PHOTOS
    dialogs = []

    def fresh() -> tuple[tuple[CompareDialog], dict]:
        dialog = CompareDialog(photos, history, context.photos.file)
        dialogs.append(dialog)
        dialog.show()
        _shown(dialog)
        return (dialog,), {}

    def switch(dialog: CompareDialog) -> None:
        qtbot.keyClick(dialog.canvas, Qt.Key.Key_PageUp)  # a visit not read yet
        _shown(dialog)

    benchmark.pedantic(switch, setup=fresh, rounds=10)
    for dialog in dialogs:
        assert dialog.visit(1) == dialog.visits[-2]  # the one before the latest
        dialog.close()
        dialog.deleteLater()
    assert benchmark.stats["median"] < SWITCH_BUDGET_SECONDS
