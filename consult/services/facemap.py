"""The face diagram shipped with the app, checked against the zones of the rules."""

from __future__ import annotations

from consult.config import resource_path
from consult.domain.facemap import FaceMap, load_face_map
from consult.domain.rules import Rules


def load_default_face_map(rules: Rules) -> FaceMap:
    """`resources/facemap/face.svg` with one shape per zone of `rules`; raises `RulesError`."""
    return load_face_map(resource_path("facemap", "face.svg"), rules.zones.keys())
