"""The compare view: two visits' photos of one view side by side, overlaid or split, zoom and
pan locked together, each visit's scores under it, all from the keyboard."""

import datetime as dt

import pytest
from PySide6.QtCore import QPointF, Qt

from consult.domain.outcomes import Assessed, CourseSession, ScoreHistory
from consult.domain.photo import (
    Lighting,
    PhotoRecord,
    PhotoUse,
    PhotoView,
    TakenFrom,
    Visit,
    VisitKind,
)
from consult.ui.photos.compare import CompareDialog, Mode

CONSULTATION = Visit(VisitKind.CONSULTATION, 1, dt.date(2026, 5, 4))
SESSION = Visit(VisitKind.SESSION, 7, dt.date(2026, 6, 1))
FOLLOW_UP = Visit(VisitKind.FOLLOW_UP, 3, dt.date(2026, 9, 14))
HISTORY = ScoreHistory(
    assessments=(
        Assessed(CONSULTATION.date, VisitKind.CONSULTATION, 1, 46, 120, 3),
        Assessed(FOLLOW_UP.date, VisitKind.FOLLOW_UP, 3, 29, 70, 2),
    ),
    sessions=(CourseSession(SESSION.date, 1, True),),
)


def _photo(number, visit, view=PhotoView.FRONT, retired=False):
    return PhotoRecord(
        id=number,
        patient_id=1,
        path=f"1/{number}.png",
        sha256=f"{number:064x}",
        view=view,
        zone="",
        visit=visit,
        taken_at=dt.datetime.combine(visit.date, dt.time(10, number)),
        taken_from=TakenFrom.EXIF,
        lighting=Lighting.SIDE_LIGHT,
        uses=frozenset({PhotoUse.CLINICAL_RECORD}),
        retired_at=dt.datetime(2026, 10, 1) if retired else None,
    )


@pytest.fixture
def dialog(qtbot, tmp_path):
    from PIL import Image, ImageDraw

    photos = [
        _photo(1, CONSULTATION),
        _photo(2, SESSION),
        _photo(3, FOLLOW_UP),
        _photo(4, FOLLOW_UP, PhotoView.PROFILE_LEFT),
        _photo(5, FOLLOW_UP, PhotoView.OBLIQUE_RIGHT, retired=True),
    ]
    files = {}
    colours = ("#c89f8a", "#b0785f", "#d9b8a5", "#a66a50", "#000")
    for photo, colour in zip(photos, colours, strict=True):
        picture = Image.new("RGB", (300, 400), colour)
        ImageDraw.Draw(picture).ellipse((60, 60, 240, 340), fill="#e8c8b0", outline="#603020")
        files[photo.id] = tmp_path / f"{photo.id}.png"
        picture.save(files[photo.id])
    shown = CompareDialog(photos, HISTORY, lambda p: files[p.id])
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.loaded)
    return shown


def test_the_first_and_latest_visits_open_side_by_side_with_their_scores(dialog):
    assert [dialog.before.itemText(i) for i in range(dialog.before.count())] == [
        "Consultation of 4 May 2026",
        "Session of 1 Jun 2026",
        "Follow-up of 14 Sep 2026",
    ]
    assert dialog.visit(0) == CONSULTATION and dialog.visit(1) == FOLLOW_UP
    # A retired photo's view is not offered.
    assert [dialog.view.itemText(i) for i in range(dialog.view.count())] == [
        "Front",
        "Left profile (90°)",
    ]
    assert dialog.canvas.mode is Mode.SIDE_BY_SIDE
    assert all(picture is not None for picture in dialog.canvas.pictures)
    assert "Goodman & Baron 46 · ECCA 120 · grade 3" in dialog.before_scores.text()
    assert "Goodman & Baron 29 · ECCA 70 · grade 2" in dialog.after_scores.text()


def test_modes_from_buttons_and_keys_show_their_slider(dialog, qtbot):
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert dialog.canvas.mode is Mode.OVERLAY
    assert dialog.opacity.isVisible() and not dialog.split.isVisible()
    dialog.opacity.setValue(30)
    assert dialog.canvas.opacity == pytest.approx(0.3)
    # Overlaid: both photos fill the same rectangle.
    assert dialog.canvas.photo_rect(0) == dialog.canvas.photo_rect(1)

    qtbot.keyClick(dialog.canvas, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert dialog.canvas.mode is Mode.SPLIT
    assert dialog.split.isVisible() and not dialog.opacity.isVisible()
    dialog.split.setValue(25)
    assert dialog.canvas.split == pytest.approx(0.25)

    qtbot.mouseClick(dialog.modes.button(Mode.SIDE_BY_SIDE), Qt.MouseButton.LeftButton)
    assert dialog.canvas.mode is Mode.SIDE_BY_SIDE
    assert not dialog.split.isVisible() and not dialog.opacity.isVisible()


def _relative(dialog, side):
    rect = dialog.canvas.photo_rect(side)
    pane = dialog.canvas.panes()[side]
    return rect.translated(-pane.topLeft())


def test_zoom_and_pan_move_both_photos_together(dialog, qtbot):
    canvas = dialog.canvas
    whole = canvas.photo_rect(0)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(1.5625)
    assert dialog.zoom_label.text() == "156 %"
    assert canvas.photo_rect(0).width() == pytest.approx(whole.width() * 1.5625)
    assert _relative(dialog, 0) == _relative(dialog, 1)

    before = _relative(dialog, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    moved = _relative(dialog, 0)
    assert moved.topLeft() - before.topLeft() == QPointF(40, 40)
    assert _relative(dialog, 1) == moved

    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom == 1.0 and canvas.photo_rect(0) == whole
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == 1.0  # never smaller than the whole photo


def test_page_keys_switch_visits_and_a_session_shows_the_scores_before_it(dialog, qtbot):
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_PageUp)
    assert dialog.visit(1) == SESSION
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "Session of 1 Jun 2026" in dialog.after_scores.text()
    assert "Goodman & Baron 46" in dialog.after_scores.text()
    assert "scored at the consultation of 4 may 2026" in dialog.after_scores.text().lower()

    # Over the session the later side shows: never the same visit on both sides.
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.visit(0) == FOLLOW_UP


def test_page_keys_and_the_combos_never_put_one_visit_on_both_sides(dialog, qtbot):
    def sides():
        return dialog.visit(0), dialog.visit(1)

    for _ in range(3):
        qtbot.keyClick(dialog.canvas, Qt.Key.Key_PageUp)
        assert sides()[0] != sides()[1]
    assert sides() == (CONSULTATION, SESSION)
    for _ in range(3):
        qtbot.keyClick(dialog.canvas, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        assert sides()[0] != sides()[1]
    assert sides() == (FOLLOW_UP, SESSION)
    # A combo does not offer the other side's visit, by mouse or by key.
    assert not dialog.after.model().item(2).isEnabled()
    assert dialog.after.model().item(0).isEnabled()
    dialog.after.setFocus()
    qtbot.keyClick(dialog.after, Qt.Key.Key_Down)
    assert sides() == (FOLLOW_UP, SESSION)
    qtbot.keyClick(dialog.before, Qt.Key.Key_Up)
    assert sides() == (CONSULTATION, SESSION)


def test_a_view_missing_at_a_visit_is_said_in_its_pane(dialog, qtbot):
    dialog.view.setCurrentIndex(1)  # the left profile: at the follow-up only
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.canvas.pictures[0] is None and dialog.canvas.pictures[1] is not None
    assert dialog.canvas.missing[0] == "No left profile (90°) photo at this visit."


def test_an_unreadable_photo_is_said_not_waited_for(qtbot, tmp_path):
    photos = [_photo(1, CONSULTATION), _photo(3, FOLLOW_UP)]
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    shown = CompareDialog(photos, HISTORY, lambda p: broken)
    qtbot.addWidget(shown)

    qtbot.waitUntil(lambda: shown.loaded)

    assert shown.canvas.missing == ["This photo cannot be read."] * 2
