"""Writes `resources/facemap/anchors.json`: the label point of each zone of `face.svg`.

Usage: python packaging/facemap_anchors.py

Run it after changing `resources/facemap/face.svg` (or the zones of the rules), and commit the
file: tests/services/test_default_face_map.py fails while it is stale.
"""

from __future__ import annotations

from consult.config import resource_path
from consult.domain.facemap import load_face_map
from consult.services.facemap import ANCHORS, DIAGRAM, anchors_file
from consult.services.rules import load_default_rules


def main() -> None:
    diagram = resource_path("facemap", DIAGRAM)
    face_map = load_face_map(diagram, load_default_rules().zones.keys())
    target = diagram.with_name(ANCHORS)
    target.write_text(anchors_file(diagram, face_map), encoding="utf-8")
    print(target)


if __name__ == "__main__":
    main()
