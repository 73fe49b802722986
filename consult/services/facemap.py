"""The face diagram shipped with the app, checked against the zones of the rules.

Its zones' label points are worked out when the diagram changes, not in every process (the
search takes 0.1-0.3 s): `python packaging/facemap_anchors.py` writes them to
`resources/facemap/anchors.json` with the SHA-256 of the `face.svg` they were made from, and a
test fails while they are stale. A diagram edited since (a clinic's own) no longer matches
that hash: its label points are then worked out when first drawn, as before.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType

from consult.config import resource_path
from consult.domain.facemap import FaceMap, Point, anchor, load_face_map
from consult.domain.rules import Rules

DIAGRAM = "face.svg"
ANCHORS = "anchors.json"
ABOUT = (
    "The label point of each zone of face.svg, in its units. Used only while face.svg has the "
    "SHA-256 below; after changing face.svg, run: python packaging/facemap_anchors.py"
)


def load_default_face_map(rules: Rules) -> FaceMap:
    """`resources/facemap/face.svg` with one shape per zone of `rules`; raises `RulesError`."""
    diagram = resource_path("facemap", DIAGRAM)
    face_map = load_face_map(diagram, rules.zones.keys())
    return replace(face_map, anchors=shipped_anchors(diagram, face_map))


def _digest(diagram: Path) -> str:
    return hashlib.sha256(diagram.read_bytes()).hexdigest()


def shipped_anchors(diagram: Path, face_map: FaceMap) -> Mapping[str, Point]:
    """The label points in `anchors.json` beside the diagram if they were made from this very
    file, else none. A missing or unreadable file only costs time, so it is no error."""
    try:
        shipped = json.loads(diagram.with_name(ANCHORS).read_text(encoding="utf-8"))
        if shipped["svg_sha256"] != _digest(diagram):
            return MappingProxyType({})
        points = {zone: (float(x), float(y)) for zone, (x, y) in shipped["anchors"].items()}
    except (OSError, ValueError, KeyError, TypeError):
        return MappingProxyType({})
    return MappingProxyType({zone: points[zone] for zone in face_map.zones if zone in points})


def anchors_file(diagram: Path, face_map: FaceMap) -> str:
    """The text of `anchors.json` for the diagram read from `diagram`, every label point
    worked out afresh."""
    fresh = replace(face_map, anchors=MappingProxyType({}))
    content = {
        "about": ABOUT,
        "svg_sha256": _digest(diagram),
        "anchors": {zone: list(anchor(fresh, zone)) for zone in fresh.zones},
    }
    return json.dumps(content, indent=2) + "\n"
