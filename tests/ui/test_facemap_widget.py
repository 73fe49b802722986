"""The clickable face map: click, hover and keyboard pick zones; shades and labels show."""

import pytest
from PySide6.QtCore import QPoint, Qt

from consult.domain.facemap import anchor
from consult.services.facemap import load_default_face_map
from consult.ui.facemap_widget import FaceMapWidget, shade_colour
from consult.ui.theme import THEMES, apply_theme


@pytest.fixture
def face_map(rules):
    return load_default_face_map(rules)


@pytest.fixture
def widget(qtbot, rules, face_map):
    labels = {zone.id: zone.label for zone in rules.zones.values()}
    shown = FaceMapWidget(face_map, labels)
    qtbot.addWidget(shown)
    shown.resize(400, 500)
    shown.show()
    qtbot.waitExposed(shown)
    # The label points are worked out in the background; the test's own `anchor` calls
    # then find them cached.
    qtbot.waitUntil(shown.labelsReady, timeout=30_000)
    return shown


def point_of(widget, face_map, zone) -> QPoint:
    return widget.diagramToWidget(anchor(face_map, zone)).toPoint()


def test_clicking_a_zone_selects_it(qtbot, widget, face_map):
    with qtbot.waitSignal(widget.zoneSelected) as blocker:
        qtbot.mouseClick(
            widget, Qt.MouseButton.LeftButton, pos=point_of(widget, face_map, "cheek_left")
        )
    assert blocker.args == ["cheek_left"]
    assert widget.selectedZone() == "cheek_left"


def test_every_zone_is_hit_at_its_anchor_and_nothing_outside_the_face(qtbot, widget, face_map):
    for zone in face_map.zones:
        assert widget.zoneAtPosition(widget.diagramToWidget(anchor(face_map, zone))) == zone
    with qtbot.assertNotEmitted(widget.zoneSelected):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert widget.selectedZone() is None


def test_the_map_keeps_its_shape_when_the_widget_is_wide(widget, face_map):
    widget.resize(900, 300)
    top = widget.diagramToWidget((0, 0))
    bottom = widget.diagramToWidget((face_map.width, face_map.height))
    drawn_width, drawn_height = bottom.x() - top.x(), bottom.y() - top.y()
    assert drawn_width / drawn_height == pytest.approx(face_map.width / face_map.height)
    assert top.y() >= 0 and bottom.y() <= 300


def test_hovering_highlights_the_zone_and_names_it(qtbot, widget, face_map):
    qtbot.mouseMove(widget, point_of(widget, face_map, "nose"))
    qtbot.waitUntil(lambda: widget.hoveredZone() == "nose")
    assert widget.toolTip() == "Nose"
    assert widget.selectedZone() is None
    qtbot.mouseMove(widget, QPoint(3, 3))
    qtbot.waitUntil(lambda: widget.hoveredZone() is None)


def test_arrow_keys_move_the_focus_and_enter_selects(qtbot, widget):
    widget.setSelectedZone("forehead")
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert widget.focusedZone() == "nose"
    assert widget.selectedZone() == "forehead"
    assert widget.accessibleDescription() == "Nose"
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert widget.focusedZone() == "cheek_left"
    with qtbot.waitSignal(widget.zoneSelected) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert blocker.args == ["cheek_left"]
    assert widget.selectedZone() == "cheek_left"
    assert widget.accessibleDescription() == "Left cheek (selected)"
    assert widget.accessibleName() == "Face map"


def test_every_zone_can_be_reached_with_the_arrow_keys(qtbot, widget, face_map):
    widget.setFocus()
    keys = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
    reached, waiting = set(), ["forehead"]
    while waiting:
        zone = waiting.pop()
        if zone in reached:
            continue
        reached.add(zone)
        for key in keys:
            widget.setSelectedZone(zone)
            qtbot.keyClick(widget, key)
            waiting.append(widget.focusedZone())
    assert reached == set(face_map.zones)


def test_space_selects_the_zone_in_focus(qtbot, widget):
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.focusedZone() is not None
    with qtbot.waitSignal(widget.zoneSelected) as blocker:
        qtbot.keyClick(widget, Qt.Key.Key_Space)
    assert blocker.args == [widget.focusedZone()]


def test_zones_are_drawn_in_their_shade(widget, face_map):
    widget.setShades({"forehead": 4, "chin": 1})
    image = widget.grab().toImage()

    def colour_at(zone):
        return image.pixelColor(point_of(widget, face_map, zone)).name()

    assert colour_at("forehead") == shade_colour(4).name()
    assert colour_at("chin") == shade_colour(1).name()
    assert colour_at("cheek_left") == shade_colour(0).name()


def test_counts_are_labelled_and_named_in_the_tooltip(qtbot, widget, face_map):
    widget.setShades({"chin": 2})
    plain = widget.grab().toImage()
    widget.setCounts({"chin": "7"})
    widget.setSummaries({"chin": "7 scars"})
    labelled = widget.grab().toImage()
    centre = point_of(widget, face_map, "chin")
    assert labelled.pixelColor(centre) != plain.pixelColor(centre)
    assert widget.counts() == {"chin": "7"}
    qtbot.mouseMove(widget, centre)
    qtbot.waitUntil(lambda: widget.hoveredZone() == "chin")
    assert widget.toolTip() == "Chin: 7 scars"


def test_the_face_map_repaints_in_a_new_theme(widget, face_map, qapp):
    widget.setShades({"forehead": 4})
    light = widget.grab().toImage().pixelColor(point_of(widget, face_map, "forehead")).name()
    try:
        apply_theme(qapp, THEMES["dark"])
        image = widget.grab().toImage()
        assert (
            image.pixelColor(point_of(widget, face_map, "forehead")).name()
            == (THEMES["dark"].shades[4])
        )
        assert THEMES["dark"].shades[4] != light
    finally:
        apply_theme(qapp, THEMES["light"])
