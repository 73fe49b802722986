"""The shipped face diagram loads against the shipped rules, with its label points."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from consult.config import resource_path
from consult.domain.facemap import anchor, contains, load_face_map, zone_at
from consult.services.facemap import (
    ANCHORS,
    DIAGRAM,
    anchors_file,
    load_default_face_map,
    shipped_anchors,
)


def test_the_shipped_diagram_matches_the_shipped_zones(rules):
    face_map = load_default_face_map(rules)
    assert list(face_map.zones) == list(rules.zones)
    assert zone_at(face_map, 100, 73) == "forehead"


def test_the_shipped_label_points_are_those_of_the_shipped_diagram(rules):
    """Stale label points would print zone names beside their zones: after changing face.svg,
    run `python packaging/facemap_anchors.py`."""
    diagram = resource_path("facemap", DIAGRAM)
    fresh = json.loads(anchors_file(diagram, load_face_map(diagram, rules.zones)))
    shipped = json.loads(diagram.with_name(ANCHORS).read_text(encoding="utf-8"))
    assert shipped["svg_sha256"] == fresh["svg_sha256"], "run packaging/facemap_anchors.py"
    assert shipped["anchors"].keys() == fresh["anchors"].keys()
    for zone, point in fresh["anchors"].items():
        assert shipped["anchors"][zone] == pytest.approx(point, abs=1e-9), zone
    # The shipped diagram is drawn with them: no process searches for its label points.
    assert load_default_face_map(rules).anchors == {
        zone: tuple(point) for zone, point in fresh["anchors"].items()
    }


def test_an_edited_diagram_gets_its_own_label_points(tmp_path, rules):
    """A clinic's own face.svg does not match the shipped points: its labels are worked out
    for its shapes, inside each zone."""
    shipped = resource_path("facemap", DIAGRAM)
    tree = ET.parse(shipped)
    forehead = next(element for element in tree.iter() if element.get("id") == "forehead")
    # The forehead drawn 30 units lower: a label at the shipped point would miss it.
    lower = re.sub(r"(\S+) (\S+)(?=,|\s*[A-Z]|\s*$)", _lower, forehead.get("d"))
    forehead.set("d", lower)
    diagram = tmp_path / DIAGRAM
    tree.write(diagram)
    (tmp_path / ANCHORS).write_bytes(shipped.with_name(ANCHORS).read_bytes())
    face_map = load_face_map(diagram, rules.zones)
    assert shipped_anchors(diagram, face_map) == {}
    x, y = anchor(face_map, "forehead")
    assert contains(face_map, "forehead", x, y)
    assert y == pytest.approx(load_default_face_map(rules).anchors["forehead"][1] + 30)


def _lower(pair: re.Match) -> str:
    return f"{pair[1]} {float(pair[2]) + 30}"
