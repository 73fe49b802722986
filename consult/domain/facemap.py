"""The face diagram: zone shapes read from `resources/facemap/face.svg`.

The handout PDF (reportlab) and the clickable face map (Qt) draw the same zones, so the
geometry is kept once, in an SVG file, and read here into plain tuples a renderer can walk
without an SVG library. Only a small, checked subset of SVG is read: `<path>` elements whose
data uses the absolute commands M, L, C and Z. Hit tests are even-odd: a subpath inside
another is a hole, as the lips are in the perioral ring (the file winds holes the other way
round too, so a renderer filling nonzero draws the same).

A shape is a tuple of subpaths; a subpath a tuple of commands:
`("M", (x, y))`, `("L", (x, y))`, `("C", (x1, y1), (x2, y2), (x, y))` and `("Z",)`.
Coordinates are in the diagram's own units (its viewBox), y pointing down.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from consult.domain.errors import RulesError

Point = tuple[float, float]
Command = tuple[str] | tuple[str, Point] | tuple[str, Point, Point, Point]
Subpath = tuple[Command, ...]
Shape = tuple[Subpath, ...]

ZONES_GROUP = "zones"
OUTLINE_GROUP = "outline"
OUTLINE_PREFIX = "outline-"
_ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}
_TOKEN = re.compile(r"(?P<command>[A-DF-Za-df-z])|(?P<number>[^\s,A-DF-Za-df-z]+)")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


@dataclass(frozen=True)
class Decoration:
    """A drawn, non-clickable part of the diagram (face outline, eyes, brows, lips)."""

    id: str
    shape: Shape
    stroke: str | None
    fill: str | None
    stroke_width: float


@dataclass(frozen=True)
class FaceMap:
    """The diagram: its size, one shape per zone id, and the decoration in drawing order.

    `anchors` holds label points worked out beforehand for these very shapes (`anchor` finds
    the missing ones itself): the search takes 0.1-0.3 s, which every new process would pay.
    """

    width: float
    height: float
    zones: Mapping[str, Shape]
    outline: tuple[Decoration, ...]
    anchors: Mapping[str, Point] = field(default_factory=lambda: MappingProxyType({}))

    def decoration(self, decoration_id: str) -> Decoration:
        """The decoration with this id (`outline-face`); KeyError when there is none."""
        for item in self.outline:
            if item.id == decoration_id:
                return item
        raise KeyError(decoration_id)


def load_face_map(path: Path, zone_ids: Collection[str]) -> FaceMap:
    """Read and check the diagram; raises `RulesError` naming the element and the problem.

    Every id in `zone_ids` needs exactly one closed path in `<g id="zones">`, and nothing else
    may be there, so a renamed zone is caught at start-up rather than as a dead click.
    """
    file = f"{path.parent.name}/{path.name}"
    try:
        root = ET.fromstring(path.read_bytes())
    except OSError as error:
        raise RulesError(file, "", f"cannot be read ({error.strerror or error})") from error
    except ET.ParseError as error:
        raise RulesError(file, "", f"is not valid XML ({error})") from error
    if _local(root.tag) != "svg":
        raise RulesError(file, "", f"the root element is <{_local(root.tag)}>, not <svg>")
    width, height = _size(file, root)

    groups: dict[str, ET.Element] = {}
    for element in root.iter():
        if _local(element.tag) == "g" and element.get("id") in (ZONES_GROUP, OUTLINE_GROUP):
            groups[element.get("id", "")] = element
    for name in (ZONES_GROUP, OUTLINE_GROUP):
        if name not in groups:
            raise RulesError(file, name, f'no <g id="{name}"> group')
    grouped = {
        id(element) for group in groups.values() for element in group.iter() if element != group
    }
    for element in root.iter():
        if _local(element.tag) == "path" and id(element) not in grouped:
            raise RulesError(
                file,
                element.get("id", "path"),
                f'a <path> outside <g id="{ZONES_GROUP}"> and <g id="{OUTLINE_GROUP}">',
            )

    wanted = set(zone_ids)
    zones: dict[str, Shape] = {}
    for element in _paths(groups[ZONES_GROUP]):
        zone_id = element.get("id", "")
        if not zone_id:
            raise RulesError(file, ZONES_GROUP, "a zone <path> has no id")
        if zone_id not in wanted:
            raise RulesError(file, zone_id, f"unknown zone id {zone_id!r} (not in zones.toml)")
        if zone_id in zones:
            raise RulesError(file, zone_id, f"zone {zone_id!r} is drawn twice")
        shape = _shape(file, zone_id, element.get("d"))
        if any(subpath[-1] != ("Z",) for subpath in shape):
            raise RulesError(file, f"{zone_id}.d", "a zone's subpaths must each end with Z")
        zones[zone_id] = shape
    missing = sorted(wanted - zones.keys())
    if missing:
        raise RulesError(file, ZONES_GROUP, f"missing zone(s): {', '.join(missing)}")

    outline: list[Decoration] = []
    seen: set[str] = set()
    for element in _paths(groups[OUTLINE_GROUP]):
        item_id = element.get("id", "")
        if not item_id.startswith(OUTLINE_PREFIX):
            problem = f"a decoration id must start with {OUTLINE_PREFIX!r}"
            raise RulesError(file, item_id or OUTLINE_GROUP, problem)
        if item_id in seen:
            raise RulesError(file, item_id, f"id {item_id!r} is used twice")
        seen.add(item_id)
        outline.append(
            Decoration(
                id=item_id,
                shape=_shape(file, item_id, element.get("d")),
                stroke=_paint(element.get("stroke")),
                fill=_paint(element.get("fill")),
                stroke_width=_stroke_width(file, item_id, element.get("stroke-width")),
            )
        )
    return FaceMap(
        width=width,
        height=height,
        zones=MappingProxyType({zone_id: zones[zone_id] for zone_id in zone_ids}),
        outline=tuple(outline),
    )


def contains(face_map: FaceMap, zone_id: str, x: float, y: float) -> bool:
    """Whether the point lies in the zone (even-odd, as the zones are filled)."""
    return _inside(_rings(face_map.zones[zone_id], 8), x, y)


def zone_at(face_map: FaceMap, x: float, y: float) -> str | None:
    """The zone under a click in diagram units, or None between zones and outside the face."""
    return next((zone_id for zone_id in face_map.zones if contains(face_map, zone_id, x, y)), None)


def anchor(face_map: FaceMap, zone_id: str) -> Point:
    """A point well inside the zone, for its label or marker.

    The centroid when it sits comfortably inside; otherwise (a ring, a crescent) a point about
    as far from the edges as any, the one nearest the centroid, so a label never lands in a
    hole or outside and stays near the middle of a symmetric shape.
    """
    found = face_map.anchors.get(zone_id)
    return found if found is not None else _anchor(face_map.zones[zone_id])


# -- reading ---------------------------------------------------------------------------------


def _local(tag: str) -> str:
    """The tag without its XML namespace (`{http://www.w3.org/2000/svg}path` -> `path`)."""
    return tag.rsplit("}", 1)[-1]


def _paths(group: ET.Element) -> list[ET.Element]:
    return [element for element in group.iter() if _local(element.tag) == "path"]


def _size(file: str, root: ET.Element) -> tuple[float, float]:
    view_box = root.get("viewBox")
    if view_box is not None:
        parts = view_box.replace(",", " ").split()
        numbers = [_number(file, "viewBox", part) for part in parts]
        if len(numbers) != 4:
            raise RulesError(file, "viewBox", f"needs 4 numbers, not {view_box!r}")
        if numbers[0] != 0 or numbers[1] != 0:
            raise RulesError(file, "viewBox", "must start at 0 0")
        width, height = numbers[2], numbers[3]
    else:
        width = _number(file, "width", root.get("width", ""))
        height = _number(file, "height", root.get("height", ""))
    if width <= 0 or height <= 0:
        raise RulesError(file, "viewBox", "width and height must be above 0")
    return width, height


def _number(file: str, key: str, text: str) -> float:
    if not _NUMBER.fullmatch(text):
        raise RulesError(file, key, f"malformed number {text!r}")
    value = float(text)
    if not math.isfinite(value):
        raise RulesError(file, key, f"malformed number {text!r}")
    return value


def _shape(file: str, element_id: str, data: str | None) -> Shape:
    """Parse path data, allowing only absolute M, L, C and Z (coordinates may repeat)."""
    key = f"{element_id}.d"
    if not data or not data.strip():
        raise RulesError(file, key, "no path data")
    groups: list[tuple[str, list[float]]] = []
    position = 0
    for match in _TOKEN.finditer(data):
        gap = data[position : match.start()]
        if gap.strip(" \t\r\n,"):
            raise RulesError(file, key, f"unexpected {gap.strip()!r}")
        position = match.end()
        if match.group("command"):
            letter = match.group("command")
            if letter not in _ARITY:
                kind = "relative command" if letter.upper() in _ARITY else "command"
                raise RulesError(
                    file, key, f"unsupported {kind} {letter!r} (only absolute M, L, C, Z)"
                )
            groups.append((letter, []))
        else:
            if not groups:
                raise RulesError(file, key, "path data must start with M")
            groups[-1][1].append(_number(file, key, match.group("number")))
    if data[position:].strip(" \t\r\n,"):
        raise RulesError(file, key, f"unexpected {data[position:].strip()!r}")

    subpaths: list[Subpath] = []
    current: list[Command] = []
    for letter, numbers in groups:
        arity = _ARITY[letter]
        if letter == "Z":
            if numbers:
                raise RulesError(file, key, "Z takes no numbers")
            if not current:
                raise RulesError(file, key, "Z without a subpath to close")
            current.append(("Z",))
            subpaths.append(tuple(current))
            current = []
            continue
        if not numbers or len(numbers) % arity:
            raise RulesError(file, key, f"{letter} needs a multiple of {arity} numbers")
        points = [(numbers[i], numbers[i + 1]) for i in range(0, len(numbers), 2)]
        if letter == "M":
            if current:
                subpaths.append(tuple(current))
            current = [("M", points[0])]
            current.extend(("L", point) for point in points[1:])
        elif not current:
            raise RulesError(file, key, "each subpath must start with M")
        elif letter == "L":
            current.extend(("L", point) for point in points)
        else:
            for i in range(0, len(points), 3):
                current.append(("C", points[i], points[i + 1], points[i + 2]))
    if current:
        subpaths.append(tuple(current))
    return tuple(subpaths)


def _paint(value: str | None) -> str | None:
    """A fill or stroke colour; None for `none` (and when the attribute is absent)."""
    if value is None or value.strip().lower() == "none":
        return None
    return value.strip()


def _stroke_width(file: str, element_id: str, value: str | None) -> float:
    if value is None:
        return 1.0
    width = _number(file, f"{element_id}.stroke-width", value.strip())
    if width < 0:
        raise RulesError(file, f"{element_id}.stroke-width", "must not be negative")
    return width


# -- geometry --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _rings(shape: Shape, steps: int) -> tuple[tuple[Point, ...], ...]:
    """Flattened subpaths (cached: shapes are immutable and hit tests ask often)."""
    if steps < 1:
        raise ValueError("steps must be at least 1")
    rings: list[tuple[Point, ...]] = []
    for subpath in shape:
        points: list[Point] = []
        for command in subpath:
            match command:
                case ("M", point) | ("L", point):
                    points.append(point)
                case ("C", c1, c2, end):
                    start = points[-1]
                    for i in range(1, steps + 1):
                        points.append(_cubic(start, c1, c2, end, i / steps))
        if len(points) > 1 and points[0] == points[-1]:
            points.pop()
        if points:
            rings.append(tuple(points))
    return tuple(rings)


def _cubic(p0: Point, p1: Point, p2: Point, p3: Point, t: float) -> Point:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (
        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
    )


def _inside(rings: tuple[tuple[Point, ...], ...], x: float, y: float) -> bool:
    """Even-odd ray casting over every ring."""
    inside = False
    for ring in rings:
        previous = ring[-1]
        for point in ring:
            (x1, y1), (x2, y2) = previous, point
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
            previous = point
    return inside


@functools.lru_cache(maxsize=256)
def _segments(rings: tuple[tuple[Point, ...], ...]) -> tuple[tuple[float, ...], ...]:
    """Each edge as (start x, start y, dx, dy, 1 / squared length, or 0 for a point)."""
    edges = []
    for ring in rings:
        ax, ay = ring[-1]
        for bx, by in ring:
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            edges.append((ax, ay, dx, dy, 1 / length if length else 0.0))
            ax, ay = bx, by
    return tuple(edges)


def _crossings(rings: tuple[tuple[Point, ...], ...], y: float) -> list[float]:
    """Where the horizontal line at `y` crosses the edges, as `_inside` finds them, sorted:
    one pass over the edges serves a whole row of grid points."""
    found = []
    for ring in rings:
        previous = ring[-1]
        for point in ring:
            (x1, y1), (x2, y2) = previous, point
            if (y1 > y) != (y2 > y):
                found.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
            previous = point
    return sorted(found)


def _clearance(rings: tuple[tuple[Point, ...], ...], x: float, y: float) -> float:
    """Distance from the point to the nearest edge. Written out, squared until the end: the
    label points ask it for every point of a grid over every zone."""
    nearest = math.inf
    for ax, ay, dx, dy, inverse in _segments(rings):
        t = ((x - ax) * dx + (y - ay) * dy) * inverse
        t = 0.0 if t < 0.0 else 1.0 if t > 1.0 else t
        ex, ey = x - ax - t * dx, y - ay - t * dy
        distance = ex * ex + ey * ey
        if distance < nearest:
            nearest = distance
    return math.sqrt(nearest)


def _centroid(rings: tuple[tuple[Point, ...], ...]) -> Point | None:
    """Area centroid (holes subtract when wound the other way); None for a zero area."""
    area = cx = cy = 0.0
    for ring in rings:
        previous = ring[-1]
        for point in ring:
            cross = previous[0] * point[1] - point[0] * previous[1]
            area += cross
            cx += (previous[0] + point[0]) * cross
            cy += (previous[1] + point[1]) * cross
            previous = point
    if abs(area) < 1e-9:
        return None
    return cx / (3 * area), cy / (3 * area)


@functools.lru_cache(maxsize=256)
def _anchor(shape: Shape) -> Point:
    rings = _rings(shape, 8)
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    centre = _centroid(rings) or ((left + right) / 2, (top + bottom) / 2)
    cells = 40
    rows = [top + (bottom - top) * j / cells for j in range(cells + 1)]
    crossings = [_crossings(rings, y) for y in rows]
    inside: list[tuple[float, Point]] = []
    for i in range(cells + 1):
        x = left + (right - left) * i / cells
        for y, row in zip(rows, crossings, strict=True):
            # As `_inside`: an odd number of edges crossed right of the point.
            if (len(row) - bisect.bisect_right(row, x)) % 2:
                inside.append((_clearance(rings, x, y), (x, y)))
    if not inside:  # a sliver thinner than the grid
        return centre
    deepest = max(clearance for clearance, _ in inside)
    if _inside(rings, *centre) and _clearance(rings, *centre) >= deepest / 2:
        return centre
    deep = [point for clearance, point in inside if clearance >= 0.8 * deepest]
    return min(deep, key=lambda point: math.dist(point, centre))
