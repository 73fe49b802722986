"""The patient's photos on their page: thumbnails by visit and view (read lazily, each once,
from the thumbnails the service keeps), with import, consent per use, retire, delete, open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.photo import PhotoRecord, PhotoView, Visit
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.photo_viewer import PhotoViewer
from consult.ui.photos.consent_dialog import ConsentDialog, DeleteDialog, RetireDialog
from consult.ui.photos.import_dialog import PhotoImportDialog, choose_photos, dropped_photos
from consult.ui.photos.labels import photo_caption, photo_tooltip, view_label, visit_label
from consult.ui.pictures import pixmap_of, read_image
from consult.ui.theme import active_theme

if TYPE_CHECKING:
    from consult.services.photos import PhotoService

Index = QModelIndex | QPersistentModelIndex
# Room for the thumbnail and three lines of caption (the view, the visit, retired).
CELL = QSize(176, 190)
ICON = QSize(120, 120)
# The thumbnail above three lines of caption.
ITEM = QSize(CELL.width() - 8, ICON.height() + 52)


class Role(IntEnum):
    PHOTO = Qt.ItemDataRole.UserRole + 1


class PhotoListModel(QAbstractListModel):
    """One row per photo. A thumbnail made before is read when a view first asks for it (only
    the visible rows are asked), then kept. One not made yet is made on a worker thread (it
    decodes the whole photo, too slow for painting), a placeholder shown until it arrives."""

    def __init__(
        self,
        made: Callable[[PhotoRecord], Path | None],
        make: Callable[[PhotoRecord], Path],
        zones: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._made = made
        # Called on a worker thread.
        self._make = make
        self._zones = zones
        self._photos: list[PhotoRecord] = []
        self._icons: dict[str, QIcon] = {}  # by the photo's checksum
        self._making: set[str] = set()  # the checksums whose thumbnail is being made
        self._placeholder = _placeholder()

    @property
    def pending(self) -> bool:
        """Whether thumbnails are being made (the rows show a placeholder until then)."""
        return bool(self._making)

    def set_photos(self, photos: Sequence[PhotoRecord]) -> None:
        self.beginResetModel()
        self._photos = list(photos)
        self.endResetModel()

    def photo(self, row: int) -> PhotoRecord:
        return self._photos[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._photos)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        photo = self._photos[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return photo_caption(photo, self._zones)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(photo)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return photo_tooltip(photo)
        if role == Qt.ItemDataRole.SizeHintRole:
            # Every cell alike, all three lines of a caption in it: the view asks the first
            # row only (uniform sizes), and measuring each would read every thumbnail.
            return ITEM
        if role == Role.PHOTO:
            return photo
        return None

    def _icon(self, photo: PhotoRecord) -> QIcon:
        icon = self._icons.get(photo.sha256)
        if icon is not None:
            return icon
        path = self._made(photo)
        if path is None:
            self._make_later(photo)
            return self._placeholder
        # A damaged thumbnail reads as an empty picture: no thumbnail, opening it says why.
        icon = QIcon(pixmap_of(path))
        self._icons[photo.sha256] = icon
        return icon

    def _make_later(self, photo: PhotoRecord) -> None:
        if photo.sha256 in self._making:
            return
        self._making.add(photo.sha256)
        task = BackgroundTask(partial(_thumbnail_image, self._make, photo), self)
        # Bound methods only (see ui/background.py).
        task.succeeded.connect(self._arrived)
        task.start()

    def _arrived(self, result: tuple[str, QImage]) -> None:
        sha256, image = result
        self._making.discard(sha256)
        self._icons[sha256] = QIcon(QPixmap.fromImage(image))
        for row, photo in enumerate(self._photos):
            if photo.sha256 == sha256:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _thumbnail_image(
    make: Callable[[PhotoRecord], Path | bytes], photo: PhotoRecord
) -> tuple[str, QImage]:
    """On a worker thread: the photo's thumbnail, made if needed, read (QImage, unlike
    QPixmap, may be made off the GUI thread)."""
    try:
        image = read_image(make(photo))[0]
    except Exception:
        # A missing or damaged photo (Pillow fails in many ways) shows no thumbnail; opening
        # it says why.
        image = QImage()
    return photo.sha256, image


def _content(service: PhotoService, photo: PhotoRecord) -> bytes:
    """The photo's bytes; none when it cannot be read or opened (the viewer says so)."""
    try:
        return service.content(photo)
    except (OSError, StoreError):
        return b""


def _placeholder() -> QIcon:
    """A plain tile where a thumbnail being made will be."""
    tile = QPixmap(ICON.width(), ICON.height() * 3 // 4)
    tile.fill(QColor(active_theme().rule))
    return QIcon(tile)


class PhotoGallery(QWidget):
    """The photos of the patient shown on the page (`show_patient`)."""

    def __init__(
        self,
        service: Callable[[], PhotoService],
        zones: Callable[[], dict[str, str]],
        practitioners: Callable[[], list[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Asked when needed: the page is built before the database is open.
        self._service = service
        self._zones = zones
        self._practitioners = practitioners
        self._patient_id: int | None = None
        self._photos: list[PhotoRecord] = []
        self.setAcceptDrops(True)
        self.model = self._new_model({})
        self.view = QListView()
        self.view.setObjectName("photoGallery")
        self.view.setAccessibleName(self.tr("Photos"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(ICON)
        self.view.setGridSize(CELL)
        self.view.setUniformItemSizes(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.visit_filter = QComboBox()
        self.visit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.visit_filter.setAccessibleName(self.tr("Show the photos of"))
        self.view_filter = QComboBox()
        self.view_filter.setAccessibleName(self.tr("Show the view"))
        self.view_filter.addItem(self.tr("Every view"), None)
        for each in PhotoView:
            self.view_filter.addItem(view_label(each), each.value)
        self.show_retired = QCheckBox(self.tr("Show reti&red"))
        self.show_retired.setToolTip(self.tr("Show the retired photos too, marked as retired"))
        self.summary = QLabel()
        self.summary.setObjectName("photoSummary")
        self.import_button = QPushButton(self.tr("&Import photos…"))
        self.open_button = QPushButton(self.tr("Op&en photo"))
        self.consent_button = QPushButton(self.tr("Conse&nt…"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.retire_button.setToolTip(self.tr("Hide the photo; it is kept for the record"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete a photo taken in error (a practitioner)"))

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("<b>Photos</b>")))
        filters.addWidget(self.summary)
        filters.addStretch(1)
        filters.addWidget(self.visit_filter)
        filters.addWidget(self.view_filter)
        filters.addWidget(self.show_retired)
        filters.addWidget(self.import_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (
            self.open_button,
            self.consent_button,
            self.retire_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

        self.visit_filter.currentIndexChanged.connect(self._filter)
        self.view_filter.currentIndexChanged.connect(self._filter)
        self.show_retired.toggled.connect(self._reload)
        self.import_button.clicked.connect(lambda: self.import_files(choose_photos(self)))
        self.open_button.clicked.connect(self.open_selected)
        self.consent_button.clicked.connect(self.edit_consent)
        self.retire_button.clicked.connect(self.retire_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def show_patient(self, patient_id: int) -> None:
        """Read the patient's photos again (thumbnails already read are kept)."""
        if patient_id != self._patient_id:
            # Thumbnails still being made for the patient shown before report to nobody.
            self.model.deleteLater()
            self.model = self._new_model(self._zones())
            self.view.setModel(self.model)
            self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._patient_id = patient_id
        self._photos = self._service().for_patient(patient_id, self.show_retired.isChecked())
        self._fill_visits()
        self._filter()

    def _new_model(self, zones: dict[str, str]) -> PhotoListModel:
        # Asked of the service when needed (it is there once the database is open).
        return PhotoListModel(
            lambda photo: self._service().thumbnail_content_made(photo),
            lambda photo: self._service().thumbnail_content(photo),
            zones,
            self,
        )

    def _fill_visits(self) -> None:
        wanted = self.visit_filter.currentData()
        self.visit_filter.blockSignals(True)
        self.visit_filter.clear()
        self.visit_filter.addItem(self.tr("Every visit"), None)
        visits: list[Visit] = sorted(
            {photo.visit for photo in self._photos if photo.visit is not None},
            key=lambda visit: (visit.date, visit.kind.value, visit.id),
        )
        for visit in visits:
            self.visit_filter.addItem(visit_label(visit), visit)
        self.visit_filter.setCurrentIndex(max(self.visit_filter.findData(wanted), 0))
        self.visit_filter.blockSignals(False)

    def _filter(self) -> None:
        visit = self.visit_filter.currentData()
        view = self.view_filter.currentData()
        shown = [
            photo
            for photo in self._photos
            if (visit is None or photo.visit == visit) and (view is None or photo.view == view)
        ]
        # Grouped by visit (in date order), then by view.
        order = list(PhotoView)
        shown.sort(
            key=lambda p: (
                p.visit.date if p.visit else p.taken_at.date(),
                order.index(p.view),
                p.taken_at,
            )
        )
        self.model.set_photos(shown)
        total = self.tr("%n photos", "", len(self._photos))
        self.summary.setText(
            self.tr("{shown} shown of {total}").format(shown=len(shown), total=total)
            if len(shown) != len(self._photos)
            else total
        )
        self._selection_changed()

    def selected(self) -> PhotoRecord | None:
        rows = self.view.selectionModel().selectedIndexes()
        return self.model.photo(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        photo = self.selected()
        chosen = photo is not None
        for button in (self.open_button, self.consent_button, self.delete_button):
            button.setEnabled(chosen)
        self.retire_button.setEnabled(chosen and not photo.retired)

    # -- actions ------------------------------------------------------------------------------

    def import_files(self, files: Sequence[Path]) -> None:
        """Open the import dialog with `files`, each at the visit the gallery is filtered to
        (else at the latest visit)."""
        if not files or self._patient_id is None:
            return
        shown: Visit | None = self.visit_filter.currentData()
        visit = (shown.kind, shown.id) if shown is not None else None
        dialog = PhotoImportDialog(
            self._service(), self._patient_id, self._zones(), self, visit=visit
        )
        dialog.add_files(files)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_patient(self._patient_id)

    def open_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            caption = photo_caption(photo, self._zones())
            PhotoViewer(_content(self._service(), photo), caption, self).exec()

    def edit_consent(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        dialog = ConsentDialog(self._service(), photo, self._practitioners(), self)
        dialog.exec()
        self._reload()

    def retire_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            RetireDialog(self._service(), photo, self._practitioners(), self).exec()
            self._reload()

    def delete_selected(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        DeleteDialog(self._service(), photo, self._practitioners(), self).exec()
        self._reload()

    def _reload(self) -> None:
        if self._patient_id is not None:
            self.show_patient(self._patient_id)

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_photos(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_photos(event.mimeData().urls())
        event.acceptProposedAction()
        self.import_files(files)
