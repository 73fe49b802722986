"""A signature pad: signed with a mouse, a pen (pressure sets the line's width) or a finger,
kept as strokes of normalised points (`consult.domain.consent.Signature`), with clear, undo
and redo; and, for a keyboard user, a name typed instead, which the record marks as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from consult.domain.consent import Signature

Point = tuple[float, float, float]
# A mouse or a finger reports no pressure: drawn as a pen pressed half-way.
NO_PRESSURE = 0.5
INK = QColor("#1F2A30")


class SignaturePad(QWidget):
    """The drawing surface; `changed` after every stroke, clear, undo or redo."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[Point]] = []
        # What undo took away (a stroke, or everything a clear took), for redo.
        self._undone: list[list[list[Point]]] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(300, 100)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature pad"))
        self.setAccessibleDescription(
            self.tr("Sign with the mouse, a pen or a finger, or type your name instead")
        )

    def sizeHint(self) -> QSize:
        return QSize(450, 150)

    # What was signed -----------------------------------------------------------------------

    def signature(self) -> Signature:
        return Signature.drawn(self.strokes)

    @property
    def empty(self) -> bool:
        return not self.strokes

    def clear(self) -> None:
        if self.strokes:
            self._undone.append([list(s) for s in self.strokes])
            self.strokes = []
            self._after_edit()

    def undo(self) -> None:
        """Take back the last stroke (after a clear: nothing, redo brings it all back)."""
        if self.strokes:
            self._undone.append([self.strokes.pop()])
            self._after_edit()

    def redo(self) -> None:
        if self._undone:
            self.strokes.extend(self._undone.pop())
            self._after_edit()

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)

    def _after_edit(self) -> None:
        self.update()
        self.changed.emit()

    # Input -----------------------------------------------------------------------------------

    def _normalised(self, where: QPointF, pressure: float) -> Point:
        width, height = max(1, self.width()), max(1, self.height())
        return (
            min(1.0, max(0.0, where.x() / width)),
            min(1.0, max(0.0, where.y() / height)),
            min(1.0, max(0.0, pressure)),
        )

    def _begin(self, where: QPointF, pressure: float) -> None:
        self._drawing = True
        self._undone.clear()  # a new stroke ends what redo could bring back
        self.strokes.append([self._normalised(where, pressure)])
        self.update()

    def _extend(self, where: QPointF, pressure: float) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].append(self._normalised(where, pressure))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), NO_PRESSURE)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position(), NO_PRESSURE)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so Qt does not also send the pen's movement as mouse events.
        event.accept()
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), event.pressure())
        elif kind == QEvent.Type.TabletRelease:
            self._end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                # The first finger signs; a second one (a palm) is not a stroke.
                where = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(where, NO_PRESSURE)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(where, NO_PRESSURE)
                else:
                    self._extend(where, NO_PRESSURE)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # Drawing ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#C9D3D6"), 1))
        baseline = int(self.height() * 0.8)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        width, height = self.width(), self.height()
        for stroke in self.strokes:
            for index, (x, y, pressure) in enumerate(stroke):
                pen = QPen(INK, 1 + 3 * pressure)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                here = QPointF(x * width, y * height)
                if index == 0:
                    painter.drawPoint(here)
                else:
                    before = stroke[index - 1]
                    painter.drawLine(QPointF(before[0] * width, before[1] * height), here)
        painter.end()


class SignatureField(QWidget):
    """The pad with its Clear, Undo and Redo, and the choice to type a name instead."""

    changed = Signal()

    def __init__(self, who: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pad = SignaturePad()
        self.pad.setAccessibleName(self.tr("Signature of the %1").replace("%1", who))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.type_instead = QCheckBox(self.tr("Type the name instead"))
        self.typed_name = QLineEdit()
        self.typed_name.setPlaceholderText(self.tr("Full name, typed as a signature"))
        self.typed_name.setAccessibleName(self.tr("Typed signature of the %1").replace("%1", who))
        self.typed_name.hide()

        buttons = QHBoxLayout()
        for widget in (self.clear_button, self.undo_button, self.redo_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.type_instead)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pad)
        layout.addWidget(self.typed_name)
        layout.addLayout(buttons)

        self.clear_button.clicked.connect(self.pad.clear)
        self.undo_button.clicked.connect(self.pad.undo)
        self.redo_button.clicked.connect(self.pad.redo)
        self.type_instead.toggled.connect(self._typing)
        self.pad.changed.connect(self._changed)
        self.typed_name.textChanged.connect(self._changed)
        self._changed()

    def _typing(self, typing: bool) -> None:
        self.pad.setVisible(not typing)
        for button in (self.clear_button, self.undo_button, self.redo_button):
            button.setVisible(not typing)
        self.typed_name.setVisible(typing)
        if typing:
            self.typed_name.setFocus()
        self._changed()

    def _changed(self) -> None:
        self.clear_button.setEnabled(not self.pad.empty)
        self.undo_button.setEnabled(not self.pad.empty)
        self.redo_button.setEnabled(self.pad.can_redo)
        self.changed.emit()

    def signature(self) -> Signature:
        if self.type_instead.isChecked():
            return Signature(typed_name=self.typed_name.text().strip())
        return self.pad.signature()
