"""The face diagram: the shipped zones fit together, and a broken file is refused by name."""

import pytest

from consult.config import resource_path
from consult.domain.errors import RulesError
from consult.domain.facemap import FaceMap, _rings, anchor, contains, load_face_map, zone_at

ZONE_IDS = (
    "forehead",
    "temple_left",
    "temple_right",
    "nose",
    "perioral",
    "cheek_left",
    "cheek_right",
    "chin",
    "jaw_left",
    "jaw_right",
)
SHIPPED = resource_path("facemap", "face.svg")


@pytest.fixture(scope="module")
def face_map() -> FaceMap:
    return load_face_map(SHIPPED, ZONE_IDS)


def polygon(shape, steps=8):
    """The shape as rings of points, as the hit tests cut it (each curve into `steps` lines)."""
    return [list(ring) for ring in _rings(shape, steps)]


def _centre(shape):
    points = [point for ring in polygon(shape) for point in ring]
    return sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points)


def _bounds(shape):
    points = [point for ring in polygon(shape) for point in ring]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def _as_zone(face_map, decoration_id):
    """A decoration as a one-zone map, to ask `contains` about it."""
    shape = face_map.decoration(decoration_id).shape
    return FaceMap(face_map.width, face_map.height, {decoration_id: shape}, ())


def test_the_shipped_diagram_has_exactly_the_zones_of_the_rules(face_map, rules):
    assert set(face_map.zones) == set(rules.zones) == set(ZONE_IDS)
    assert (face_map.width, face_map.height) == (200, 250)
    ids = {item.id for item in face_map.outline}
    assert {"outline-face", "outline-eye-left", "outline-eye-right"} <= ids
    assert all(item_id.startswith("outline-") for item_id in ids)


def test_each_anchor_is_inside_its_zone_and_no_other(face_map):
    for zone_id in ZONE_IDS:
        x, y = anchor(face_map, zone_id)
        assert zone_at(face_map, x, y) == zone_id
        assert [z for z in ZONE_IDS if contains(face_map, z, x, y)] == [zone_id]


def test_no_point_lies_in_two_zones(face_map):
    boxes = {zone_id: _bounds(face_map.zones[zone_id]) for zone_id in ZONE_IDS}
    face = _as_zone(face_map, "outline-face")
    covered = in_face = 0
    for i in range(401):
        for j in range(501):
            x, y = i / 2, j / 2
            candidates = [
                z for z, (x0, y0, x1, y1) in boxes.items() if x0 <= x <= x1 and y0 <= y <= y1
            ]
            hits = [z for z in candidates if contains(face_map, z, x, y)]
            assert len(hits) <= 1, f"({x}, {y}) is in {hits}"
            covered += len(hits)
            in_face += contains(face, "outline-face", x, y)
    # The zones cover most of the face, not slivers.
    assert covered > 0.55 * in_face


def test_every_zone_lies_inside_the_face_outline(face_map):
    face = _as_zone(face_map, "outline-face")
    for zone_id in ZONE_IDS:
        for ring in polygon(face_map.zones[zone_id], steps=16):
            for x, y in ring:
                assert contains(face, "outline-face", x, y), f"{zone_id} leaves the face at {x, y}"


def test_the_patients_left_is_on_the_right_of_the_image(face_map):
    middle = face_map.width / 2
    for part in ("cheek", "temple", "jaw"):
        assert anchor(face_map, f"{part}_left")[0] > middle
        assert anchor(face_map, f"{part}_right")[0] < middle
    assert _centre(face_map.decoration("outline-eye-left").shape)[0] > middle
    for zone_id in ("forehead", "nose", "perioral", "chin"):
        assert abs(anchor(face_map, zone_id)[0] - middle) < 1


def test_zones_run_from_forehead_down_to_chin(face_map):
    heights = [anchor(face_map, z)[1] for z in ("forehead", "nose", "perioral", "chin")]
    assert heights == sorted(heights)
    eye_y = _centre(face_map.decoration("outline-eye-left").shape)[1]
    assert _bounds(face_map.zones["forehead"])[3] < eye_y < _bounds(face_map.zones["cheek_left"])[1]


def test_the_eyes_and_lips_are_in_no_zone(face_map):
    for decoration_id in ("outline-eye-left", "outline-eye-right", "outline-lips"):
        shape = face_map.decoration(decoration_id).shape
        cx, cy = _centre(shape)
        assert zone_at(face_map, cx, cy) is None, decoration_id
        for ring in polygon(shape):
            for x, y in ring:
                assert zone_at(face_map, x, y) is None, (decoration_id, x, y)
    # The lips are the hole of the perioral ring, which holds the skin around them.
    lips_x, _ = _centre(face_map.decoration("outline-lips").shape)
    _, top, _, bottom = _bounds(face_map.decoration("outline-lips").shape)
    assert zone_at(face_map, lips_x, top - 3) == "perioral"
    assert zone_at(face_map, lips_x, bottom + 5) == "perioral"


def _signed_area(ring):
    return (
        sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True))
        / 2
    )


def test_the_lip_hole_is_wound_against_the_ring_so_every_fill_rule_agrees(face_map):
    outer, hole = polygon(face_map.zones["perioral"])
    assert _signed_area(outer) * _signed_area(hole) < 0
    assert abs(_signed_area(hole)) < abs(_signed_area(outer))
    for zone_id in ZONE_IDS:
        if zone_id != "perioral":
            assert len(face_map.zones[zone_id]) == 1, zone_id


def test_outside_the_face_is_no_zone(face_map):
    assert zone_at(face_map, 2, 2) is None
    assert zone_at(face_map, 100, 248) is None


# -- the reader on small files -------------------------------------------------------------

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 80">
  <g id="zones">{zones}</g>
  <g id="outline">{outline}</g>
</svg>"""
SQUARE = '<path id="a" d="M 0 0 L 10 0 L 10 10 L 0 10 Z"/>'
RING = '<path id="b" d="M 20 0 L 60 0 60 40 20 40 Z M 25 5 L 25 35 L 55 35 L 55 5 Z"/>'
CURVE = (
    '<path id="outline-smile" fill="none" stroke="#333" stroke-width="1.5"'
    ' d="M0,50C10,60 20,60 30,50"/>'
)


def _write(tmp_path, text):
    path = tmp_path / "facemap" / "face.svg"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_commands_repeats_and_styling(tmp_path):
    face_map = load_face_map(
        _write(tmp_path, SVG.format(zones=SQUARE + RING, outline=CURVE)), ("a", "b")
    )
    assert (face_map.width, face_map.height) == (100, 80)
    assert face_map.zones["a"] == (
        (("M", (0, 0)), ("L", (10, 0)), ("L", (10, 10)), ("L", (0, 10)), ("Z",)),
    )
    assert face_map.zones["b"][0][1:4] == (("L", (60, 0)), ("L", (60, 40)), ("L", (20, 40)))
    assert len(face_map.zones["b"]) == 2
    (smile,) = face_map.outline
    assert smile.shape == ((("M", (0, 50)), ("C", (10, 60), (20, 60), (30, 50))),)
    assert (smile.fill, smile.stroke, smile.stroke_width) == (None, "#333", 1.5)
    assert len(polygon(smile.shape, steps=4)[0]) == 5
    assert polygon(smile.shape, steps=4)[0][-1] == (30, 50)


def test_a_hole_is_no_part_of_the_zone_and_the_anchor_avoids_it(tmp_path):
    face_map = load_face_map(
        _write(tmp_path, SVG.format(zones=SQUARE + RING, outline=CURVE)), ("a", "b")
    )
    assert zone_at(face_map, 5, 5) == "a"
    assert zone_at(face_map, 22, 20) == "b"
    assert zone_at(face_map, 40, 20) is None  # the ring's centroid, in its hole
    x, y = anchor(face_map, "b")
    assert contains(face_map, "b", x, y)
    assert anchor(face_map, "a") == pytest.approx((5, 5))


SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")
BROKEN = [
    ("renamed zone", ('<path id="chin"', '<path id="chin_gone"'), "chin_gone", "unknown zone id"),
    ("arc", ("Z M 112 179", "Z M 112 179 a 1 1 0 0 1 2 2"), "perioral.d", "command 'a'"),
    ("relative", ("C 96 218", "c 96 218"), "chin.d", "relative command 'c'"),
    ("relative line", ("L 52.8 132", "l 52.8 132"), "cheek_right.d", "relative command 'l'"),
    ("malformed number", ("M 100 102", "M 100 10.2.1"), "nose.d", "malformed number '10.2.1'"),
    ("missing number", ("M 100 102", "M 100"), "nose.d", "M needs a multiple of 2 numbers"),
    ("unclosed zone", ("102.3 102, 100 102 Z", "102.3 102, 100 102"), "nose.d", "end with Z"),
    ("decoration id", ('id="outline-lips"', 'id="lips"'), "lips", "must start with 'outline-'"),
    ("viewBox", ('viewBox="0 0 200 250"', 'viewBox="0 0 200"'), "viewBox", "needs 4 numbers"),
]


@pytest.mark.parametrize(
    ("edit", "key", "problem"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_a_broken_diagram_is_refused_naming_element_and_problem(tmp_path, edit, key, problem):
    old, new = edit
    assert old in SHIPPED_TEXT
    path = _write(tmp_path, SHIPPED_TEXT.replace(old, new, 1))
    with pytest.raises(RulesError) as refused:
        load_face_map(path, ZONE_IDS)
    assert refused.value.file == "facemap/face.svg"
    assert refused.value.key == key
    assert problem in refused.value.problem


def test_a_zone_missing_from_the_diagram_is_named(tmp_path):
    start = SHIPPED_TEXT.index('<path id="chin"')
    end = SHIPPED_TEXT.index("/>", start) + 2
    path = _write(tmp_path, SHIPPED_TEXT[:start] + SHIPPED_TEXT[end:])
    with pytest.raises(RulesError, match=r"missing zone\(s\): chin$") as refused:
        load_face_map(path, ZONE_IDS)
    assert refused.value.key == "zones"


def test_a_zone_the_rules_do_not_know_is_refused(tmp_path):
    with pytest.raises(RulesError, match="unknown zone id 'chin'"):
        load_face_map(_write(tmp_path, SHIPPED_TEXT), [z for z in ZONE_IDS if z != "chin"])


def test_a_file_that_is_not_xml_is_refused(tmp_path):
    path = _write(tmp_path, SHIPPED_TEXT[: len(SHIPPED_TEXT) // 2])
    with pytest.raises(RulesError, match="is not valid XML"):
        load_face_map(path, ZONE_IDS)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(RulesError, match="cannot be read"):
        load_face_map(tmp_path / "facemap" / "face.svg", ZONE_IDS)


def test_a_path_outside_the_two_groups_is_refused(tmp_path):
    text = SVG.format(zones=SQUARE, outline="").replace("</svg>", f"{CURVE}</svg>")
    with pytest.raises(RulesError, match="outside"):
        load_face_map(_write(tmp_path, text), ("a",))
