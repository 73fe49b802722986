"""The Assessment page: findings typed per zone land in the draft at once and show on the map."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from consult.domain.facemap import anchor
from consult.domain.model import Finding
from consult.services.facemap import load_default_face_map
from consult.ui.wizard.assessment_step import AssessmentStep


@pytest.fixture
def make_page(qtbot, make_session):
    def make(findings=()):
        session = make_session()
        if findings:
            assert session.update(findings=tuple(findings)) == ""
        page = AssessmentStep(session)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def choose_in_list(qtbot, page, zone):
    """Click the zone's entry in the zone list, as a user would."""
    row = list(page.session.rules.zones).index(zone)
    item = page.zone_list.item(row)
    page.zone_list.scrollToItem(item)
    centre = page.zone_list.visualItemRect(item).center()
    qtbot.mouseClick(page.zone_list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert page.selected_zone() == zone


def type_into(qtbot, box, text):
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)


def add_type(qtbot, page, scar_id):
    """Add a scar type to the selected zone as a user would: "Add scar type" (unless the
    empty zone offers the types already), then the type's button."""
    if not page.type_buttons[scar_id].isVisible():
        qtbot.mouseClick(page.add_type_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.type_buttons[scar_id], Qt.MouseButton.LeftButton)
    row = page.rows[scar_id]
    assert row.widget.isVisible()
    return row


def enter(qtbot, page, scar_id, text):
    """Add the type to the selected zone and type its count (or area)."""
    row = add_type(qtbot, page, scar_id)
    type_into(qtbot, row.count if row.count is not None else row.area, text)


def list_text(page, zone):
    return page.zone_list.item(list(page.session.rules.zones).index(zone)).text()


def test_page_is_titled_and_never_blocks_next(make_page):
    page = make_page()
    assert page.title() == "Assessment"
    assert page.blocker() == ""
    assert page.face_map.accessibleName() == "Face map"
    assert page.zone_list.accessibleName() == "Zones"


def test_a_zone_shows_a_row_for_each_scar_type_found_there_with_its_definition(make_page, rules):
    page = make_page(
        [
            Finding("chin", "icepick", count=3),
            Finding("chin", "hypertrophic_keloid", area_cm2=1.0, older_than_2_years=False),
        ]
    )
    page._select("chin")
    assert page.shown_types() == ["icepick", "hypertrophic_keloid"]
    for scar_id in rules.scar_types:
        assert page.rows[scar_id].widget.isVisible() == (scar_id in page.shown_types())
    for scar_id in page.shown_types():
        description = rules.scar_types[scar_id].description
        shown = page.rows[scar_id].widget.findChildren(QLabel)
        assert any(label.text() == description and label.isVisible() for label in shown)
    assert page.rows["icepick"].count.value() == 3
    keloid = page.rows["hypertrophic_keloid"]
    assert keloid.count is None and keloid.area.value() == 1.0
    assert not keloid.older.isChecked()
    # The other types wait behind "Add scar type".
    assert page.add_type_button.isVisible()
    assert not page.type_buttons["boxcar_deep"].isVisible()


def test_an_empty_zone_offers_the_scar_types_at_once(qtbot, make_page, rules):
    page = make_page()
    choose_in_list(qtbot, page, "nose")
    assert page.shown_types() == []
    assert all(button.isVisible() for button in page.type_buttons.values())
    assert not page.cancel_add_button.isVisible()  # nothing to go back to
    qtbot.mouseClick(page.type_buttons["boxcar_shallow"], Qt.MouseButton.LeftButton)
    assert page.shown_types() == ["boxcar_shallow"]
    row = page.rows["boxcar_shallow"]
    assert row.widget.isVisible() and page.focusWidget() is row.count  # ready to type
    assert page.session.draft.findings == ()  # added at 0: nothing recorded yet
    # "Add scar type" offers the others only.
    qtbot.mouseClick(page.add_type_button, Qt.MouseButton.LeftButton)
    assert not page.type_buttons["boxcar_shallow"].isVisible()
    assert page.type_buttons["icepick"].isVisible()
    # Side by side, two a row, no gap where the type in use was.
    offered = [button for button in page.type_buttons.values() if button.isVisible()]
    rows = sorted({button.y() for button in offered})
    assert [sum(b.y() == y for b in offered) for y in rows[:-1]] == [2] * (len(rows) - 1)
    qtbot.mouseClick(page.cancel_add_button, Qt.MouseButton.LeftButton)
    assert row.widget.isVisible()


def test_the_stepper_buttons_count_up_and_down(qtbot, make_page, rules):
    page = make_page()
    choose_in_list(qtbot, page, "forehead")
    row = add_type(qtbot, page, "icepick")
    assert not row.stepper.fewer.isEnabled()  # nothing below 0
    for _ in range(3):
        qtbot.mouseClick(row.stepper.more, Qt.MouseButton.LeftButton)
    assert page.session.draft.findings == (Finding("forehead", "icepick", count=3),)
    assert page.face_map.counts() == {"forehead": "3"}
    qtbot.mouseClick(row.stepper.fewer, Qt.MouseButton.LeftButton)
    assert page.session.draft.findings == (Finding("forehead", "icepick", count=2),)
    assert row.stepper.more.accessibleName() == "More: Icepick"


def test_a_count_stepped_to_zero_keeps_its_row_until_another_zone_is_chosen(qtbot, make_page):
    page = make_page([Finding("nose", "icepick", count=1)])
    choose_in_list(qtbot, page, "nose")
    row = page.rows["icepick"]
    qtbot.mouseClick(row.stepper.fewer, Qt.MouseButton.LeftButton)
    assert page.session.draft.findings == ()
    assert row.widget.isVisible()  # a slip of the finger is undone with +
    choose_in_list(qtbot, page, "chin")
    choose_in_list(qtbot, page, "nose")
    assert page.shown_types() == []


def test_the_raised_scar_row_stays_in_view_when_many_types_are_found(qtbot, make_page, rules):
    findings = [
        Finding("cheek_left", scar_id, count=1)
        for scar_id, scar in rules.scar_types.items()
        if not scar.by_area
    ]
    findings.append(Finding("cheek_left", "hypertrophic_keloid", area_cm2=2.0))
    page = make_page(findings)
    choose_in_list(qtbot, page, "cheek_left")
    keloid = page.rows["hypertrophic_keloid"].widget
    assert not keloid.visibleRegion().isEmpty()
    assert keloid.visibleRegion().boundingRect().height() == keloid.height()
    assert not page.add_type_button.isEnabled()  # every type is in use


def test_read_only_shows_the_rows_and_offers_nothing_to_add(qtbot, make_page, monkeypatch):
    page = make_page([Finding("chin", "icepick", count=2)])
    monkeypatch.setattr(type(page.session), "read_only", property(lambda self: True))
    page.refresh()
    choose_in_list(qtbot, page, "chin")
    row = page.rows["icepick"]
    assert row.widget.isVisible() and row.count.isReadOnly()
    assert not row.stepper.more.isEnabled() and not row.stepper.fewer.isEnabled()
    assert not page.add_type_button.isVisible()
    choose_in_list(qtbot, page, "nose")  # empty: a note, not the chooser
    assert page.empty_note.isVisible()
    assert not page.type_buttons["icepick"].isVisible()


def test_typing_a_count_records_a_finding_and_shades_the_zone(qtbot, make_page, rules):
    page = make_page()
    choose_in_list(qtbot, page, "cheek_left")
    enter(qtbot, page, "icepick", "12")
    assert page.session.draft.findings == (Finding("cheek_left", "icepick", count=12),)
    assert page.face_map.shades() == {"cheek_left": rules.scar_types["icepick"].typical_grade}
    assert page.face_map.counts() == {"cheek_left": "12"}
    assert list_text(page, "cheek_left") == "Left cheek\n12 scars"
    assert list_text(page, "forehead") == "Forehead\nno findings"


def test_the_shade_is_the_most_severe_type_present(qtbot, make_page, rules):
    page = make_page()
    choose_in_list(qtbot, page, "forehead")
    enter(qtbot, page, "macular_erythematous", "3")
    assert page.face_map.shades() == {"forehead": 1}
    enter(qtbot, page, "rolling_moderate", "2")
    assert page.face_map.shades() == {
        "forehead": rules.scar_types["rolling_moderate"].typical_grade
    }
    assert page.face_map.counts() == {"forehead": "5"}


def test_a_count_set_back_to_zero_leaves_nothing_recorded(qtbot, make_page):
    page = make_page()
    choose_in_list(qtbot, page, "nose")
    enter(qtbot, page, "boxcar_shallow", "4")
    assert page.session.draft.findings
    type_into(qtbot, page.rows["boxcar_shallow"].count, "0")
    assert page.session.draft.findings == ()
    assert page.face_map.shades() == {}
    assert page.face_map.counts() == {}


def test_a_keloid_area_and_its_age_land_in_the_finding(qtbot, make_page):
    page = make_page()
    choose_in_list(qtbot, page, "chin")
    keloid = add_type(qtbot, page, "hypertrophic_keloid")
    type_into(qtbot, keloid.area, "2.5")
    qtbot.mouseClick(keloid.older, Qt.MouseButton.LeftButton)
    assert not keloid.older.isChecked()
    assert page.session.draft.findings == (
        Finding("chin", "hypertrophic_keloid", area_cm2=2.5, older_than_2_years=False),
    )
    assert page.face_map.counts() == {"chin": "2.5 cm²"}
    assert list_text(page, "chin") == "Chin\n2.5 cm²"


def test_editing_one_zone_keeps_the_others(qtbot, make_page):
    page = make_page([Finding("forehead", "icepick", count=3)])
    choose_in_list(qtbot, page, "jaw_left")
    enter(qtbot, page, "rolling_mild", "6")
    assert page.session.draft.findings == (
        Finding("forehead", "icepick", count=3),
        Finding("jaw_left", "rolling_mild", count=6),
    )


def test_choosing_a_zone_in_the_list_shows_its_values(qtbot, make_page):
    page = make_page(
        [
            Finding("forehead", "icepick", count=3),
            Finding("perioral", "boxcar_deep", count=7),
            Finding("perioral", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
        ]
    )
    choose_in_list(qtbot, page, "perioral")
    assert page.face_map.selectedZone() == "perioral"
    assert "Around the mouth" in page.zone_heading.text()
    assert page.shown_types() == ["boxcar_deep", "hypertrophic_keloid"]
    assert page.rows["boxcar_deep"].count.value() == 7
    assert page.rows["hypertrophic_keloid"].area.value() == 1.5
    assert not page.rows["hypertrophic_keloid"].older.isChecked()
    choose_in_list(qtbot, page, "forehead")
    assert page.shown_types() == ["icepick"]
    assert page.rows["icepick"].count.value() == 3


def test_the_zone_list_is_worked_by_keyboard(qtbot, make_page):
    page = make_page([Finding("temple_left", "icepick", count=2)])
    page.zone_list.setFocus()
    qtbot.keyClick(page.zone_list, Qt.Key.Key_Down)
    assert page.selected_zone() == "temple_left"
    assert page.rows["icepick"].count.value() == 2
    assert page.zone_list.currentItem().data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Left temple: 2 scars"
    )


def test_clicking_the_face_map_shows_that_zone(qtbot, make_page, rules):
    page = make_page([Finding("cheek_right", "icepick", count=9)])
    face_map = load_default_face_map(rules)
    qtbot.waitUntil(page.face_map.labelsReady, timeout=30_000)
    point = page.face_map.diagramToWidget(anchor(face_map, "cheek_right")).toPoint()
    qtbot.mouseClick(page.face_map, Qt.MouseButton.LeftButton, pos=point)
    assert page.selected_zone() == "cheek_right"
    assert page.zone_list.currentItem().text() == "Right cheek\n9 scars"
    assert page.rows["icepick"].count.value() == 9


def test_values_come_back_after_leaving_the_page(qtbot, make_page):
    page = make_page()
    choose_in_list(qtbot, page, "cheek_left")
    enter(qtbot, page, "icepick", "5")
    choose_in_list(qtbot, page, "chin")
    enter(qtbot, page, "hypertrophic_keloid", "1.5")
    page.session.save()  # what the wizard does on a page change
    page.refresh()
    assert page.selected_zone() == "chin"
    assert page.rows["hypertrophic_keloid"].area.value() == 1.5
    choose_in_list(qtbot, page, "cheek_left")
    assert page.rows["icepick"].count.value() == 5
    # A fresh page on the same session (the window reopened) shows the same.
    again = AssessmentStep(page.session)
    qtbot.addWidget(again)
    assert again.face_map.counts() == {"cheek_left": "5", "chin": "1.5 cm²"}


def test_a_refused_edit_is_shown_beside_the_editor(qtbot, make_page, monkeypatch):
    page = make_page()
    monkeypatch.setattr(
        page.session, "update", lambda **changes: "findings[0].count: must be at most 10000"
    )
    enter(qtbot, page, "icepick", "7")
    assert page.problem.isVisible()
    assert page.problem.text() == "findings[0].count: must be at most 10000"
    assert page.session.draft.findings == ()


def make_png(folder: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#c89f8a"))
    path = folder / "cheek.png"
    assert image.save(str(path))
    return path


def test_adding_a_photo_stores_it_for_the_zone_and_shows_it(
    qtbot, make_page, monkeypatch, tmp_path
):
    page = make_page()
    choose_in_list(qtbot, page, "cheek_left")
    assert page.photo_summary.text() == "No photo of this zone yet (Left cheek)."
    picture = make_png(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(picture), ""))
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    session = page.session
    [photo] = session.context.photos.for_patient(session.patient.id)
    assert photo.zone == "cheek_left"
    assert photo.consultation_id == session.consultation_id
    assert page.photo_list.count() == 1
    assert not page.photo_list.item(0).icon().isNull()
    assert page.photo_summary.text() == "1 photo of this zone (Left cheek)."
    # Another zone has none; coming back shows it again.
    choose_in_list(qtbot, page, "nose")
    assert page.photo_list.count() == 0
    choose_in_list(qtbot, page, "cheek_left")
    assert page.photo_list.count() == 1


def test_a_photo_opens_large_from_its_thumbnail(qtbot, make_page, monkeypatch, tmp_path):
    page = make_page()
    choose_in_list(qtbot, page, "cheek_left")
    picture = make_png(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(picture), ""))
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    seen = {}

    def look_and_close():
        viewer = QApplication.activeModalWidget()
        seen["size"] = viewer.image.pixmap().size().toTuple()
        seen["caption"] = viewer.caption.text()
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look_and_close)
    page.photo_list.setFocus()
    page.photo_list.setCurrentRow(0)
    qtbot.keyClick(page.photo_list, Qt.Key.Key_Return)  # returns once the viewer is closed
    assert seen["size"] == (40, 30)  # the photo itself, not its thumbnail
    assert seen["caption"].startswith("Left cheek, taken ")


def test_the_photo_dialog_opens_in_the_folder_used_last_never_the_start_folder(
    qtbot, make_page, monkeypatch, tmp_path
):
    page = make_page()
    choose_in_list(qtbot, page, "cheek_left")
    folders = []
    picture = make_png(tmp_path)

    def choose(parent, caption, folder, filter):
        folders.append(folder)
        return str(picture), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    assert folders[0] not in ("", ".", str(Path.cwd()))
    assert Path(folders[0]).is_dir()
    assert folders[1] == str(tmp_path)


def test_a_file_that_is_not_a_photo_is_refused_in_a_sentence(
    qtbot, make_page, monkeypatch, tmp_path
):
    page = make_page()
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(notes), ""))
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    assert page.photo_problem.isVisible()
    assert page.photo_problem.text().startswith(
        "The photo was not added: notes.txt is not a photo (.jpg"
    )
    assert page.session.context.photos.for_patient(page.session.patient.id) == []


def test_cancelling_the_file_dialog_adds_nothing(qtbot, make_page, monkeypatch):
    page = make_page()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    assert page.session.context.photos.for_patient(page.session.patient.id) == []
    assert not page.photo_problem.isVisible()


def test_the_wheel_does_not_change_a_count_while_scrolling_past_it(qtbot, make_page):
    page = make_page([Finding("forehead", "icepick", count=2)])
    box = page.rows["icepick"].count
    page.zone_list.setFocus()
    assert not box.hasFocus()
    centre = QPointF(box.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(box.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(box, event)
    assert box.value() == 2
    assert page.session.draft.findings == (Finding("forehead", "icepick", count=2),)
