"""The progress report's pictures: the score chart (reportlab graphics, drawn as vectors) and
the before/after photos, scaled down once before they are embedded."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Callable
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table

from consult.domain import printed
from consult.handout.fonts import REGULAR

CHART_HEIGHT = 62 * mm
# Told apart in grey print too: each series its colour, its marker and its line style.
SERIES_STYLE = (
    (colors.HexColor("#1B6A72"), "circle", None),
    (colors.HexColor("#C26A1B"), "square", None),
    (colors.HexColor("#6B4C9A"), "diamond", (3, 2)),
)
SESSION_COLOUR = colors.HexColor("#9AA5A9")
GRID = colors.HexColor("#E1E7E9")
AXIS = colors.HexColor("#5F6B70")
# A photo is printed at most this many pixels on its longer side: sharp at the printed size,
# and a report with several pairs stays a few hundred kilobytes.
PHOTO_PIXELS = 900
PHOTO_MAX_HEIGHT = 80 * mm


def _steps(value: float) -> tuple[float, int]:
    """The scores' axis: a round step, and how many of them reach at least `value` (at most
    six lines across the plot)."""
    step = next(s for s in (2, 5, 10, 20, 25, 50, 100, 200) if value <= 6 * s)
    return float(step), max(1, math.ceil(value / step))


def _marker(kind: str, x: float, y: float, colour: colors.Color) -> Any:
    size = 2.6
    if kind == "circle":
        return Circle(x, y, size, fillColor=colour, strokeColor=colors.white, strokeWidth=0.6)
    if kind == "square":
        return Rect(
            x - size,
            y - size,
            2 * size,
            2 * size,
            fillColor=colour,
            strokeColor=colors.white,
            strokeWidth=0.6,
        )
    points = [x, y + size * 1.3, x + size * 1.3, y, x, y - size * 1.3, x - size * 1.3, y]
    return Polygon(points, fillColor=colour, strokeColor=colors.white, strokeWidth=0.6)


def score_chart(block: printed.ScoreChart, width: float) -> Drawing:
    """The scores over time: the points' scores on the left axis, the grade on the right,
    dashed lines at the sessions, the value beside each point and a legend under the plot."""
    drawing = Drawing(width, CHART_HEIGHT)
    left, right, bottom, top = 30.0, width - 30.0, 40.0, CHART_HEIGHT - 16.0
    days = [day for series in block.series for day, _ in series.points] + list(block.sessions)
    first, last = min(days), max(days)
    if first == last:
        first, last = first - dt.timedelta(days=14), last + dt.timedelta(days=14)
    span = (last - first).days
    margin = dt.timedelta(days=max(2, round(span * 0.04)))
    first, last = first - margin, last + margin
    span = (last - first).days

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / span

    scores = [v for s in block.series if s.axis == "left" for _, v in s.points]
    step, count = _steps(max(scores, default=0))
    left_top = step * count
    low, high = block.right_range

    def y_of(value: float, axis: str) -> float:
        if axis == "right":
            return bottom + (top - bottom) * value / high
        return bottom + (top - bottom) * value / left_top

    # Grid and axes: round steps on the left, one per grade on the right.
    for number in range(count + 1):
        value = step * number
        y = y_of(value, "left")
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(_text(left - 3, y - 2.5, f"{value:g}", "end"))
    for grade in range(low, high + 1):
        drawing.add(_text(right + 3, y_of(grade, "right") - 2.5, str(grade), "start"))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=AXIS, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left, top, strokeColor=AXIS, strokeWidth=0.7))
    drawing.add(Line(right, bottom, right, top, strokeColor=AXIS, strokeWidth=0.7))
    drawing.add(_text(left - 3, top + 9, block.left_axis, "start", size=6.5))
    drawing.add(_text(right + 3, top + 9, block.right_axis, "end", size=6.5))
    for day in block.sessions:
        x = x_of(day)
        mark = Line(x, bottom, x, top, strokeColor=SESSION_COLOUR, strokeWidth=0.6)
        mark.strokeDashArray = (2, 2)
        drawing.add(mark)
    # The assessments' dates under the axis, skipping one that would overlap the last shown.
    shown_at = -1e9
    for day in sorted(block.date_format):
        x = x_of(day)
        if x - shown_at >= 48:
            drawing.add(Line(x, bottom, x, bottom - 3, strokeColor=AXIS, strokeWidth=0.7))
            drawing.add(_text(x, bottom - 11, block.date_format[day], "middle"))
            shown_at = x
    for series, (colour, marker, dashes) in zip(block.series, SERIES_STYLE, strict=False):
        points = [(x_of(day), y_of(value, series.axis)) for day, value in series.points]
        if len(points) > 1:
            drawing.add(
                PolyLine(
                    [c for point in points for c in point],
                    strokeColor=colour,
                    strokeWidth=1.4,
                    strokeDashArray=dashes,
                )
            )
        for (x, y), (_, value) in zip(points, series.points, strict=True):
            drawing.add(_marker(marker, x, y, colour))
            drawing.add(_text(x + 4, y + 3, f"{value:g}", "start", size=6.5, colour=colour))
    _legend(drawing, block, left, right)
    return drawing


def _legend(drawing: Drawing, block: printed.ScoreChart, left: float, right: float) -> None:
    entries: list[tuple[str, Callable[[float, float], list[Any]]]] = []
    for series, (colour, marker, dashes) in zip(block.series, SERIES_STYLE, strict=False):

        def sample(x: float, y: float, c: Any = colour, m: str = marker, d: Any = dashes) -> list:
            return [
                Line(x, y, x + 14, y, strokeColor=c, strokeWidth=1.4, strokeDashArray=d),
                _marker(m, x + 7, y, c),
            ]

        entries.append((series.label, sample))
    if block.sessions:

        def session(x: float, y: float) -> list:
            line = Line(x + 7, y - 4, x + 7, y + 4, strokeColor=SESSION_COLOUR, strokeWidth=0.6)
            line.strokeDashArray = (2, 2)
            return [line]

        entries.append((block.session_label, session))
    x, y = left, 10.0
    for label, sample in entries:
        needed = 20 + _width(label) + 12
        if x + needed > right and x > left:
            break  # the table under the chart names every value: a legend never wraps
        for shape in sample(x, y + 2.5):
            drawing.add(shape)
        drawing.add(_text(x + 18, y, label, "start"))
        x += needed


def _width(text: str, size: float = 7) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, REGULAR, size)


def _text(
    x: float, y: float, text: str, anchor: str, size: float = 7, colour: Any = AXIS
) -> String:
    return String(x, y, text, fontName=REGULAR, fontSize=size, fillColor=colour, textAnchor=anchor)


def _scaled_photo(path: str | bytes) -> tuple[bytes, int, int]:
    """The photo (its file, or its bytes) as a JPEG at most PHOTO_PIXELS on its longer side
    (already upright and without metadata: the store keeps it so)."""
    from PIL import Image as PILImage

    with PILImage.open(io.BytesIO(path) if isinstance(path, bytes) else path) as source:
        source.draft("RGB", (PHOTO_PIXELS, PHOTO_PIXELS))
        picture = source.convert("RGB")
    picture.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
    data = io.BytesIO()
    picture.save(data, format="JPEG", quality=85)
    return data.getvalue(), *picture.size


def photo_pairs(
    block: printed.PhotoPairs,
    width: float,
    para: Callable[[str, str], Flowable],
    warnings: list[str],
) -> list[Flowable]:
    """Each pair under its heading, side by side, its caption under each photo; a pair is
    kept on one page."""
    from PIL import UnidentifiedImageError

    gap = 6 * mm
    column = (width - gap) / 2
    out: list[Flowable] = []
    for pair in block.pairs:
        cells: list[Any] = []
        for path in (pair.before, pair.after):
            try:
                data, pixels_w, pixels_h = _scaled_photo(path)
            except (OSError, UnidentifiedImageError, ValueError):
                # No path in the warning: it holds the patient's id, and warnings are logged.
                warnings.append("A photo could not be read; its pair is printed without it.")
                cells.append("")
                continue
            scale = min(column / pixels_w, PHOTO_MAX_HEIGHT / pixels_h)
            cells.append(Image(io.BytesIO(data), width=pixels_w * scale, height=pixels_h * scale))
        captions = [para(pair.before_caption, "small_centre")]
        captions.append(para(pair.after_caption, "small_centre"))
        table = Table([cells, captions], colWidths=[column + gap / 2, column + gap / 2])
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        out.append(KeepTogether([para(pair.heading, "lead"), table, Spacer(1, 3 * mm)]))
    return out
