"""The shipped face diagram loads against the shipped rules."""

from consult.domain.facemap import zone_at
from consult.services.facemap import load_default_face_map


def test_the_shipped_diagram_matches_the_shipped_zones(rules):
    face_map = load_default_face_map(rules)
    assert list(face_map.zones) == list(rules.zones)
    assert zone_at(face_map, 100, 73) == "forehead"
