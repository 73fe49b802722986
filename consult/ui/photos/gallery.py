"""The patient's photos on their page: thumbnails by visit and view (read lazily, each once,
from the thumbnails the service keeps), with import, consent per use, retire, delete, open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
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
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.photo import PhotoRecord, PhotoUse, PhotoView, Visit
from consult.ui.formats import counted
from consult.ui.photo_viewer import PhotoViewer
from consult.ui.photos.consent_dialog import ConsentDialog, DeleteDialog, RetireDialog
from consult.ui.photos.import_dialog import PhotoImportDialog, choose_photos, dropped_photos
from consult.ui.photos.labels import (
    lighting_label,
    photo_caption,
    use_label,
    view_label,
    visit_label,
)

if TYPE_CHECKING:
    from consult.services.photos import PhotoService

Index = QModelIndex | QPersistentModelIndex
# Room for the thumbnail and two lines of caption (the view, the date).
CELL = QSize(156, 170)
ICON = QSize(120, 120)


class Role(IntEnum):
    PHOTO = Qt.ItemDataRole.UserRole + 1


class PhotoListModel(QAbstractListModel):
    """One row per photo; the thumbnail is read when a view first asks for it (only the
    visible rows are asked), then kept."""

    def __init__(
        self,
        thumbnail: Callable[[PhotoRecord], Path],
        zones: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thumbnail = thumbnail
        self._zones = zones
        self._photos: list[PhotoRecord] = []
        self._icons: dict[str, QIcon] = {}  # by the photo's checksum

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
            uses = ", ".join(use_label(use) for use in PhotoUse if use in photo.uses)
            return self.tr("{visit} · {lighting} light · uses: {uses}").format(
                visit=visit_label(photo.visit), lighting=lighting_label(photo.lighting), uses=uses
            )
        if role == Role.PHOTO:
            return photo
        return None

    def _icon(self, photo: PhotoRecord) -> QIcon:
        if photo.sha256 not in self._icons:
            try:
                pixmap = QPixmap(str(self._thumbnail(photo)))
            except (OSError, ValueError):
                # A missing or damaged file shows no thumbnail; opening it says why.
                pixmap = QPixmap()
            self._icons[photo.sha256] = QIcon(pixmap)
        return self._icons[photo.sha256]


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
        self.model = PhotoListModel(lambda photo: self._service().thumbnail(photo), {}, self)
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
            self.model = PhotoListModel(
                lambda photo: self._service().thumbnail(photo), self._zones(), self
            )
            self.view.setModel(self.model)
            self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._patient_id = patient_id
        self._photos = self._service().for_patient(patient_id)
        self._fill_visits()
        self._filter()

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
        total = counted(len(self._photos), self.tr("1 photo"), self.tr("{n} photos"))
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
        chosen = self.selected() is not None
        for button in (self.open_button, self.consent_button, self.retire_button):
            button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- actions ------------------------------------------------------------------------------

    def import_files(self, files: Sequence[Path]) -> None:
        if not files or self._patient_id is None:
            return
        dialog = PhotoImportDialog(self._service(), self._patient_id, self._zones(), self)
        dialog.add_files(files)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_patient(self._patient_id)

    def open_selected(self) -> None:
        photo = self.selected()
        if photo is not None:
            caption = photo_caption(photo, self._zones())
            PhotoViewer(self._service().file(photo), caption, self).exec()

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
