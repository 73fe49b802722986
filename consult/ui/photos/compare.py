"""Two visits' photos of the same view compared: side by side, as an overlay with an opacity
slider, or split by a slider; zoom and pan locked together (one transform drives both); the
scores of each visit under it. Everything works from the keyboard.

Only the two photos shown are read, each off the GUI thread and once per dialog, scaled to at
most `PHOTO_PIXELS` on its longer side: a patient with 200 photos opens as fast as one with two.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
    QStandardItemModel,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from consult.domain.outcomes import Assessed, ScoreHistory, photo_of, visits_with_photos
from consult.domain.photo import PhotoRecord, PhotoView, Visit
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.photos.labels import view_label, visit_label
from consult.ui.pictures import read_image
from consult.ui.screens import fit_on_screen
from consult.ui.theme import set_tone

PHOTO_PIXELS = 2048
ZOOM_STEP = 1.25
ZOOM_LIMITS = (1.0, 12.0)
PAN_STEP = 40.0  # pixels of the screen per arrow key press


class Mode(IntEnum):
    SIDE_BY_SIDE = 0
    OVERLAY = 1
    SPLIT = 2


def scores_text(visit: Visit, scores: Assessed | None) -> str:
    """The scores that stand for `visit`, and whose they are when they are not its own."""
    if scores is None:
        return QCoreApplication.translate("compare", "No scores on or before this visit.")
    text = QCoreApplication.translate(
        "compare", "Goodman & Baron {gb} · ECCA {ecca} · grade {grade}"
    ).format(
        gb=scores.goodman_baron_quantitative,
        ecca=scores.ecca,
        grade=scores.grade if scores.grade is not None else "–",
    )
    if (scores.kind, scores.id) != (visit.kind, visit.id):
        kind = Visit(scores.kind, scores.id, scores.date)
        text += "\n" + QCoreApplication.translate("compare", "(scored at the {visit})").format(
            visit=visit_label(kind).lower()
        )
    return text


def read_photo(file: Path | bytes, pixels: int = PHOTO_PIXELS) -> QImage:
    """The photo upright, at most `pixels` on its longer side; a null image when unreadable.
    Safe off the GUI thread (a QImage, not a QPixmap)."""
    return read_image(file, QSize(pixels, pixels))[0]


class CompareCanvas(QWidget):
    """Paints the two photos under one view transform (zoom about the centre, then pan)."""

    transform_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(320, 240)
        self.pictures: list[QPixmap | None] = [None, None]
        self.missing: list[str] = ["", ""]  # what to say in a pane without a photo
        self.mode = Mode.SIDE_BY_SIDE
        self.opacity = 0.5
        self.split = 0.5
        self.zoom = 1.0
        self.pan = QPointF(0, 0)
        self._dragging: QPointF | None = None

    # The one transform -----------------------------------------------------------------------

    def panes(self) -> list[QRectF]:
        """Where each photo is painted: two halves side by side, else both on the whole."""
        whole = QRectF(self.rect())
        if self.mode is Mode.SIDE_BY_SIDE:
            half = whole.width() / 2
            return [
                QRectF(0, 0, half - 2, whole.height()),
                QRectF(half + 2, 0, half - 2, whole.height()),
            ]
        return [whole, whole]

    def view_transform(self, pane: QRectF) -> QTransform:
        """The zoom and pan, the same for both photos: zoom about the pane's centre, pan in
        screen pixels."""
        centre = pane.center()
        transform = QTransform()
        transform.translate(centre.x() + self.pan.x(), centre.y() + self.pan.y())
        transform.scale(self.zoom, self.zoom)
        transform.translate(-centre.x(), -centre.y())
        return transform

    def photo_rect(self, index: int) -> QRectF:
        """Where photo `index` lands on the screen: fitted into its pane, then transformed."""
        pane = self.panes()[index]
        picture = self.pictures[index]
        if picture is None or picture.isNull():
            return QRectF()
        size = picture.size().toSizeF().scaled(pane.size(), Qt.AspectRatioMode.KeepAspectRatio)
        fitted = QRectF(QPointF(0, 0), size)
        fitted.moveCenter(pane.center())
        return self.view_transform(pane).mapRect(fitted)

    def set_zoom(self, zoom: float) -> None:
        low, high = ZOOM_LIMITS
        self.zoom = min(max(zoom, low), high)
        if self.zoom == low:
            self.pan = QPointF(0, 0)  # back at the whole photo: nothing to pan
        self._changed()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def reset(self) -> None:
        self.pan = QPointF(0, 0)
        self.set_zoom(1.0)

    def move_by(self, dx: float, dy: float) -> None:
        if self.zoom > ZOOM_LIMITS[0]:
            self.pan += QPointF(dx, dy)
            self._changed()

    def _changed(self) -> None:
        self.update()
        self.transform_changed.emit()

    # Input ------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {
            Qt.Key.Key_Left: (PAN_STEP, 0),
            Qt.Key.Key_Right: (-PAN_STEP, 0),
            Qt.Key.Key_Up: (0, PAN_STEP),
            Qt.Key.Key_Down: (0, -PAN_STEP),
        }
        key = event.key()
        if key in moves:
            self.move_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.reset()
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.angleDelta().y() > 0:
            self.zoom_in()
        elif event.angleDelta().y() < 0:
            self.zoom_out()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._dragging = event.position()
        self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is not None:
            delta = event.position() - self._dragging
            self._dragging = event.position()
            self.move_by(delta.x(), delta.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None

    # Painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#20262a"))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        panes = self.panes()
        if self.mode is Mode.SIDE_BY_SIDE:
            for index in (0, 1):
                painter.save()
                painter.setClipRect(panes[index])
                self._paint(painter, index)
                painter.restore()
        else:
            self._paint(painter, 0)
            painter.save()
            if self.mode is Mode.OVERLAY:
                painter.setOpacity(self.opacity)
            else:
                split_x = self.width() * self.split
                painter.setClipRect(QRectF(split_x, 0, self.width() - split_x, self.height()))
            self._paint(painter, 1)
            painter.restore()
            if self.mode is Mode.SPLIT:
                painter.setPen(QPen(QColor("white"), 2))
                split_x = round(self.width() * self.split)
                painter.drawLine(split_x, 0, split_x, self.height())
        painter.end()

    def _paint(self, painter: QPainter, index: int) -> None:
        picture = self.pictures[index]
        if picture is None or picture.isNull():
            if self.mode is Mode.SIDE_BY_SIDE or index == 0:
                painter.setPen(QColor("#d0d6d8"))
                painter.drawText(
                    self.panes()[index], Qt.AlignmentFlag.AlignCenter, self.missing[index]
                )
            return
        painter.drawPixmap(self.photo_rect(index), picture, QRectF(picture.rect()))


class CompareDialog(QDialog):
    """Pick two visits and a view; the photos, the mode and the zoom follow."""

    def __init__(
        self,
        photos: list[PhotoRecord],
        history: ScoreHistory,
        file_of: Callable[[PhotoRecord], Path | bytes],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare photos"))
        self._photos = [p for p in photos if not p.retired and p.visit is not None]
        self._history = history
        self._file_of = file_of
        self._pictures: dict[int, QPixmap] = {}  # by photo id: each read once
        self._loading: set[int] = set()
        self._unreadable: set[int] = set()
        self._wanted: list[PhotoRecord | None] = [None, None]
        self.visits = visits_with_photos(self._photos)

        self.before = QComboBox()
        self.after = QComboBox()
        for combo in (self.before, self.after):
            for visit in self.visits:
                combo.addItem(visit_label(visit))
        self.before.setAccessibleName(self.tr("Earlier visit"))
        self.after.setAccessibleName(self.tr("Later visit"))
        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("View"))
        seen = {p.view for p in self._photos}
        self.views = [view for view in PhotoView if view in seen]
        for view in self.views:
            self.view.addItem(view_label(view))

        self.modes = QButtonGroup(self)
        mode_buttons = QHBoxLayout()
        for mode, text, key in (
            (Mode.SIDE_BY_SIDE, self.tr("&Side by side"), "Ctrl+1"),
            (Mode.OVERLAY, self.tr("O&verlay"), "Ctrl+2"),
            (Mode.SPLIT, self.tr("S&plit"), "Ctrl+3"),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setToolTip(self.tr("{mode} ({key})").format(mode=text.replace("&", ""), key=key))
            self.modes.addButton(button, mode)
            mode_buttons.addWidget(button)
            QShortcut(QKeySequence(key), self, partial(self.set_mode, mode))
        self.modes.button(Mode.SIDE_BY_SIDE).setChecked(True)
        self.opacity = QSlider(Qt.Orientation.Horizontal)
        self.opacity.setRange(0, 100)
        self.opacity.setValue(50)
        self.opacity.setAccessibleName(self.tr("Opacity of the later photo"))
        self.split = QSlider(Qt.Orientation.Horizontal)
        self.split.setRange(0, 100)
        self.split.setValue(50)
        self.split.setAccessibleName(self.tr("Split position"))
        self.opacity_label = QLabel(self.tr("&Opacity"))
        self.opacity_label.setBuddy(self.opacity)
        self.split_label = QLabel(self.tr("Spli&t at"))
        self.split_label.setBuddy(self.split)
        mode_buttons.addStretch(1)
        for widget in (self.opacity_label, self.opacity, self.split_label, self.split):
            mode_buttons.addWidget(widget)

        self.canvas = CompareCanvas()
        self.canvas.setAccessibleName(self.tr("Photos compared"))
        self.zoom_label = QLabel()
        self.before_scores = QLabel()
        self.after_scores = QLabel()
        for label in (self.before_scores, self.after_scores):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr(
                "Keys: Ctrl+1/2/3 mode · + and − zoom · 0 whole photo · arrows move · "
                "Page Up/Down later visit · Ctrl+Page Up/Down earlier visit"
            )
        )
        self.hint.setWordWrap(True)
        set_tone(self.hint, "muted")

        pick = QGridLayout()
        labels = (self.tr("&Earlier visit"), self.tr("&Later visit"), self.tr("Vie&w"))
        for column, (text, combo) in enumerate(
            zip(labels, (self.before, self.after, self.view), strict=True)
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            pick.addWidget(label, 0, column)
            pick.addWidget(combo, 1, column)
        scores = QHBoxLayout()
        scores.addWidget(self.before_scores, 1)
        scores.addWidget(self.zoom_label)
        scores.addWidget(self.after_scores, 1)
        self.after_scores.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(mode_buttons)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(scores)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        for key, combo, step in (
            ("PgUp", self.after, -1),
            ("PgDown", self.after, 1),
            ("Ctrl+PgUp", self.before, -1),
            ("Ctrl+PgDown", self.before, 1),
        ):
            QShortcut(QKeySequence(key), self, partial(self._step, combo, step))
        # The first visit against the latest: what a comparison usually asks.
        self.before.setCurrentIndex(0)
        self.after.setCurrentIndex(max(0, len(self.visits) - 1))
        self.modes.idClicked.connect(self.set_mode)
        self.opacity.valueChanged.connect(self._opacity_changed)
        self.split.valueChanged.connect(self._split_changed)
        for combo in (self.before, self.after):
            combo.currentIndexChanged.connect(self._offer_other_visits)
        self._offer_other_visits()
        for combo in (self.before, self.after, self.view):
            combo.currentIndexChanged.connect(self.show_photos)
        self.canvas.transform_changed.connect(self._show_zoom)
        self.set_mode(Mode.SIDE_BY_SIDE)
        if not self.visits:
            self.canvas.missing[0] = self.tr("No photos of this patient to compare yet.")
        self.show_photos()
        self._show_zoom()
        fit_on_screen(self, 1100, 760)
        self.canvas.setFocus()

    def visit(self, side: int) -> Visit | None:
        combo = (self.before, self.after)[side]
        return self.visits[combo.currentIndex()] if combo.currentIndex() >= 0 else None

    def current_view(self) -> PhotoView | None:
        index = self.view.currentIndex()
        return self.views[index] if index >= 0 else None

    def set_mode(self, mode: int) -> None:
        self.canvas.mode = Mode(mode)
        self.modes.button(mode).setChecked(True)
        overlay, split = mode == Mode.OVERLAY, mode == Mode.SPLIT
        for widget, shown in (
            (self.opacity, overlay),
            (self.opacity_label, overlay),
            (self.split, split),
            (self.split_label, split),
        ):
            widget.setVisible(shown)
        self.canvas.update()

    def _opacity_changed(self, value: int) -> None:
        self.canvas.opacity = value / 100
        self.canvas.update()

    def _split_changed(self, value: int) -> None:
        self.canvas.split = value / 100
        self.canvas.update()

    def _step(self, combo: QComboBox, step: int) -> None:
        """The next visit on one side, over the visit on the other side (a photo compared with
        itself shows nothing)."""
        other = self.after if combo is self.before else self.before
        index = combo.currentIndex() + step
        if index == other.currentIndex():
            index += step
        if 0 <= index < combo.count():
            combo.setCurrentIndex(index)

    def _offer_other_visits(self) -> None:
        """Each side offers every visit but the one on the other side."""
        for combo, other in ((self.before, self.after), (self.after, self.before)):
            model = combo.model()
            assert isinstance(model, QStandardItemModel)  # a plain QComboBox's
            for row in range(combo.count()):
                model.item(row).setEnabled(row != other.currentIndex() or len(self.visits) < 2)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(
            self.tr("{percent} %").format(percent=round(self.canvas.zoom * 100))
        )

    def show_photos(self) -> None:
        """The chosen view at the two chosen visits, with their scores."""
        view = self.current_view()
        for side, label in ((0, self.before_scores), (1, self.after_scores)):
            visit = self.visit(side)
            found = photo_of(self._photos, visit, view) if visit and view else None
            self._wanted[side] = found
            if visit is None:
                label.setText("")
                continue
            label.setText(
                f"<b>{visit_label(visit)}</b><br>"
                + scores_text(visit, self._history.at(visit)).replace("\n", "<br>")
            )
            self.canvas.missing[side] = (
                self.tr("No {view} photo at this visit.").format(view=view_label(view).lower())
                if view
                else ""
            )
            self._show(side)

    def _show(self, side: int) -> None:
        photo = self._wanted[side]
        if photo is None or photo.id in self._unreadable:
            self.canvas.pictures[side] = None
        elif photo.id in self._pictures:
            self.canvas.pictures[side] = self._pictures[photo.id]
        else:
            self.canvas.pictures[side] = None
            self.canvas.missing[side] = self.tr("Loading…")
            if photo.id not in self._loading:
                self._loading.add(photo.id)
                # The file is read (and opened, when sealed) off the GUI thread too.
                task = BackgroundTask(partial(_read, photo, self._file_of), self)
                # Bound methods only (see ui/background.py).
                task.succeeded.connect(self._loaded)
                task.failed.connect(self._failed)
                task.start()
        self.canvas.update()

    def _loaded(self, result: tuple[int, QImage]) -> None:
        photo_id, image = result
        self._loading.discard(photo_id)
        if image.isNull():
            self._unreadable.add(photo_id)
        else:
            self._pictures[photo_id] = QPixmap.fromImage(image)
        for side in (0, 1):
            wanted = self._wanted[side]
            if wanted is not None and wanted.id == photo_id:
                if photo_id in self._unreadable:
                    self.canvas.missing[side] = self.tr("This photo cannot be read.")
                self._show(side)

    def _failed(self, _error: Exception) -> None:
        # Reading gives a null image rather than raising: this is a file gone meanwhile.
        for photo_id in list(self._loading):
            self._loaded((photo_id, QImage()))

    @property
    def loaded(self) -> bool:
        """Whether every photo wanted is on the canvas, or known to be unreadable."""
        return all(
            photo is None or self.canvas.pictures[side] is not None or photo.id in self._unreadable
            for side, photo in enumerate(self._wanted)
        )


def _read(photo: PhotoRecord, file_of: Callable[[PhotoRecord], Path | bytes]) -> tuple[int, QImage]:
    try:
        return photo.id, read_photo(file_of(photo))
    except (OSError, StoreError):  # missing, or sealed with another key: shown unreadable
        return photo.id, QImage()
