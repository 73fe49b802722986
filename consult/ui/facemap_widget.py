"""The clickable face map: the zones of the shared face diagram, shaded, labelled, selectable.

The geometry comes from the domain's `FaceMap` (the same shapes the handout prints), so a
click here and a zone on paper agree. The widget decides nothing clinical: the page hands it
a shade level and a short label per zone and listens to `zoneSelected`.

Mouse: hover highlights a zone, a click selects it. Keyboard: the arrow keys move a focus
ring to the nearest zone in that direction, Enter or Space selects the zone under the ring.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from consult.domain.facemap import Decoration, FaceMap, Point, Shape, anchor, zone_at
from consult.ui.background import BackgroundTask
from consult.ui.theme import Theme, active_theme

MARGIN = 8.0
CAPTION_SPACE = 18.0

_DIRECTIONS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}


def shade_colour(level: int) -> QColor:
    """The fill of a zone at this shade level in the theme shown: level 0 is a zone with
    nothing recorded, 1 to 4 run from light to heavy (levels above the last use the last)."""
    shades = active_theme().shades
    return QColor(shades[max(0, min(level, len(shades) - 1))])


def painter_path(shape: Shape) -> QPainterPath:
    """The shape as a path in diagram units, filled even-odd as the domain hit-tests it."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for subpath in shape:
        for command in subpath:
            match command:
                case ("M", (x, y)):
                    path.moveTo(x, y)
                case ("L", (x, y)):
                    path.lineTo(x, y)
                case ("C", (x1, y1), (x2, y2), (x, y)):
                    path.cubicTo(x1, y1, x2, y2, x, y)
                case ("Z",):
                    path.closeSubpath()
    return path


def _anchors(face_map: FaceMap) -> dict[str, Point]:
    return {zone: anchor(face_map, zone) for zone in face_map.zones}


class FaceMapWidget(QWidget):
    """The face diagram; `zoneSelected(zone_id)` fires when the user picks a zone."""

    zoneSelected = Signal(str)

    def __init__(
        self,
        face_map: FaceMap,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._map = face_map
        self._labels = dict(labels)
        self._paths = {zone: painter_path(shape) for zone, shape in face_map.zones.items()}
        self._decorations = [
            (decoration, painter_path(decoration.shape)) for decoration in face_map.outline
        ]
        self._centres = {zone: path.boundingRect().center() for zone, path in self._paths.items()}
        # Label points: the domain's `anchor` takes a grid search per zone (0.3 s for the
        # face), so it is worked out off the GUI thread; labels appear when it is done.
        self._anchors: dict[str, Point] = {}
        self._shades: dict[str, int] = {}
        self._counts: dict[str, str] = {}
        self._summaries: dict[str, str] = {}
        self._selected: str | None = None
        self._hovered: str | None = None
        self._cursor: str | None = None

        self.setObjectName("faceMap")
        self.setAccessibleName(self.tr("Face map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._describe()
        task = BackgroundTask(lambda: _anchors(face_map), QApplication.instance())
        task.succeeded.connect(self._anchors_ready)
        task.start()

    # -- public API --------------------------------------------------------------------------

    def zones(self) -> tuple[str, ...]:
        return tuple(self._map.zones)

    def selectedZone(self) -> str | None:
        return self._selected

    def setSelectedZone(self, zone: str | None) -> None:
        """Select a zone without emitting `zoneSelected` (the caller already knows)."""
        if zone is not None and zone not in self._paths:
            raise KeyError(zone)
        self._selected = zone
        if zone is not None:
            self._cursor = zone
        self._describe()
        self.update()

    def hoveredZone(self) -> str | None:
        return self._hovered

    def focusedZone(self) -> str | None:
        """The zone under the keyboard's focus ring (Enter or Space selects it)."""
        return self._cursor

    def setShades(self, shades: Mapping[str, int]) -> None:
        """Shade level per zone: 0 (or absent) for nothing recorded, up to 4 for the heaviest."""
        self._shades = dict(shades)
        self.update()

    def shades(self) -> dict[str, int]:
        return dict(self._shades)

    def setCounts(self, counts: Mapping[str, str]) -> None:
        """A short label per zone with findings ("12", "3 + 1.5 cm²"); none for the others."""
        self._counts = {zone: text for zone, text in counts.items() if text}
        self._describe()
        self.update()

    def counts(self) -> dict[str, str]:
        return dict(self._counts)

    def setSummaries(self, summaries: Mapping[str, str]) -> None:
        """A spoken summary per zone ("12 scars, 1.5 cm²") for the tooltip and screen readers."""
        self._summaries = {zone: text for zone, text in summaries.items() if text}
        self._describe()

    def labelsReady(self) -> bool:
        """Whether the label points are known (they are worked out in the background)."""
        return bool(self._anchors)

    def diagramToWidget(self, point: Point) -> QPointF:
        """A point of the diagram (its own units) in this widget's coordinates."""
        return self._transform().map(QPointF(*point))

    def zoneAtPosition(self, position: QPointF) -> str | None:
        """The zone under a point of the widget, or None."""
        inverted, ok = self._transform().inverted()
        if not ok:
            return None
        point = inverted.map(position)
        return zone_at(self._map, point.x(), point.y())

    def sizeHint(self) -> QSize:
        return QSize(320, 400)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 210)

    # -- events ------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover(self.zoneAtPosition(event.position()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        zone = self.zoneAtPosition(event.position())
        if event.button() == Qt.MouseButton.LeftButton and zone is not None:
            self._choose(zone)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key in _DIRECTIONS:
            self._move_cursor(*_DIRECTIONS[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self._cursor is not None:
                self._choose(self._cursor)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._cursor is None:
            self._cursor = self._selected or next(iter(self._paths), None)
            self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_captions(painter)
        painter.save()
        painter.setTransform(self._transform())
        self._paint_diagram(painter)
        painter.restore()
        self._paint_labels(painter)
        if self.hasFocus():
            # Where the keyboard is: the arrow keys now move between zones.
            frame = QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5)
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    # -- drawing -----------------------------------------------------------------------------

    def _transform(self) -> QTransform:
        """Diagram units to widget pixels: the whole diagram, centred, aspect kept."""
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + CAPTION_SPACE, -MARGIN, -MARGIN)
        scale = max(min(area.width() / self._map.width, area.height() / self._map.height), 1e-3)
        left = area.left() + (area.width() - self._map.width * scale) / 2
        top = area.top() + (area.height() - self._map.height * scale) / 2
        return QTransform(scale, 0, 0, scale, left, top)

    def _paint_captions(self, painter: QPainter) -> None:
        # The patient faces the viewer: their right is on the left of the picture.
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(QColor(active_theme().muted))
        line = QRectF(MARGIN, MARGIN / 2, self.width() - 2 * MARGIN, CAPTION_SPACE)
        align = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(line, align | Qt.AlignmentFlag.AlignLeft, self.tr("Patient's right"))
        painter.drawText(line, align | Qt.AlignmentFlag.AlignRight, self.tr("Patient's left"))

    def _paint_diagram(self, painter: QPainter) -> None:
        theme = active_theme()
        face, *features = self._decorations
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.face_fill))
        painter.drawPath(face[1])
        self._paint_decoration(painter, theme, *face)
        edge = QPen(QColor(theme.zone_edge), 1.0)
        edge.setCosmetic(True)
        for zone, path in self._paths.items():
            painter.setPen(edge)
            painter.setBrush(shade_colour(self._shades.get(zone, 0)))
            painter.drawPath(path)
        for decoration, path in features:
            self._paint_decoration(painter, theme, decoration, path)
        if self._hovered is not None:
            hover = QColor(theme.accent)
            hover.setAlpha(40)
            pen = QPen(QColor(theme.accent), 1.5)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(hover)
            painter.drawPath(self._paths[self._hovered])
        if self._selected is not None:
            pen = QPen(QColor(theme.accent), 3.0)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[self._selected])
        if self.hasFocus() and self._cursor is not None:
            pen = QPen(QColor(theme.text), 1.5, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._paths[self._cursor])

    @staticmethod
    def _paint_decoration(
        painter: QPainter, theme: Theme, decoration: Decoration, path: QPainterPath
    ) -> None:
        # The diagram's own colours are the printed handout's; a dark theme draws its own.
        if decoration.stroke and decoration.stroke_width > 0:
            pen = QPen(QColor(theme.feature_line or decoration.stroke), decoration.stroke_width)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        fill = decoration.fill and (theme.feature_fill or decoration.fill)
        painter.setBrush(QColor(fill) if fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(path)

    def _paint_labels(self, painter: QPainter) -> None:
        if not self._anchors:
            return
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        theme = active_theme()
        for zone, text in self._counts.items():
            if zone not in self._anchors:
                continue
            centre = self.diagramToWidget(self._anchors[zone])
            width = metrics.horizontalAdvance(text) + 10
            height = metrics.height() + 2
            box = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
            painter.setPen(QPen(QColor(theme.label_edge), 1))
            painter.setBrush(QColor(theme.label_fill))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(QColor(theme.label_text))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- behaviour ---------------------------------------------------------------------------

    def _anchors_ready(self, anchors: dict[str, Point]) -> None:
        self._anchors = anchors
        self.update()

    def _hover(self, zone: str | None) -> None:
        if zone == self._hovered:
            return
        self._hovered = zone
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if zone is not None else Qt.CursorShape.ArrowCursor
        )
        self._describe()
        self.update()

    def _choose(self, zone: str) -> None:
        self.setSelectedZone(zone)
        self.zoneSelected.emit(zone)

    def _move_cursor(self, dx: float, dy: float) -> None:
        if self._cursor is None:
            self._cursor = self._selected or next(iter(self._paths), None)
        else:
            self._cursor = self._neighbour(self._cursor, dx, dy) or self._cursor
        self._describe()
        self.update()

    def _neighbour(self, zone: str, dx: float, dy: float) -> str | None:
        """The nearest zone in a direction: within 45° of it if any, else anywhere ahead."""
        origin = self._centres[zone]
        ahead: list[tuple[bool, float, str]] = []
        for other, centre in self._centres.items():
            vx, vy = centre.x() - origin.x(), centre.y() - origin.y()
            along = vx * dx + vy * dy
            if other == zone or along <= 0:
                continue
            across = abs(vx * dy - vy * dx)
            ahead.append((across > along, along + 2 * across + math.hypot(vx, vy), other))
        return min(ahead)[2] if ahead else None

    def _describe(self) -> None:
        """Name the zone under hover or focus for tooltips and screen readers."""
        zone = self._hovered or self._cursor
        if zone is None:
            self.setToolTip("")
            self.setAccessibleDescription(self.tr("No zone selected"))
            return
        label = self._labels.get(zone, zone)
        summary = self._summaries.get(zone)
        text = (
            self.tr("{zone}: {summary}").format(zone=label, summary=summary) if summary else label
        )
        self.setToolTip(text)
        if zone == self._selected:
            text = self.tr("{zone} (selected)").format(zone=text)
        self.setAccessibleDescription(text)
