"""Import many photos at once: one row per file (thumbnail, view, zone of a close-up, visit,
lighting, date taken from the camera or entered), one Import button; all or none is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.photo import (
    Lighting,
    PhotoRecord,
    PhotoView,
    Visit,
    VisitKind,
    days_from_visit,
    taken_in_future,
)
from consult.services.photo_files import PhotoImport, accepted_suffixes, exif_taken_at
from consult.ui.background import BackgroundTask
from consult.ui.folders import PICTURES, remember_folder, start_folder
from consult.ui.formats import date_pattern
from consult.ui.photos.labels import lighting_label, view_label, visit_label
from consult.ui.theme import active_theme, set_tone
from consult.ui.wording import worded

if TYPE_CHECKING:
    from consult.services.photos import FileCheck, PhotoService

ROW_THUMBNAIL = QSize(72, 72)
# The date field's lowest value stands for "not entered yet" (shown as a prompt).
UNSET = QDateTime(dt.datetime(2000, 1, 1))


class Column:
    PICTURE, FILE, VIEW, ZONE, VISIT, LIGHTING, TAKEN = range(7)


def dropped_photos(urls: Iterable[object]) -> list[Path]:
    """The local photo files among dropped URLs (QUrl), in the order dropped."""
    suffixes = accepted_suffixes()
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]  # type: ignore[attr-defined]
    return [path for path in paths if path.suffix.lower() in suffixes and path.is_file()]


def choose_photos(parent: QWidget) -> list[Path]:
    """Photo files picked in the file dialog (several at once)."""
    patterns = " ".join(f"*{suffix}" for suffix in accepted_suffixes())
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("PhotoImportDialog", "Import photos"),
        str(start_folder(PICTURES)),
        QCoreApplication.translate("PhotoImportDialog", "Photos ({patterns})").format(
            patterns=patterns
        ),
    )
    if files:
        remember_folder(PICTURES, files[0])
    return [Path(file) for file in files]


class PhotoImportDialog(QDialog):
    """Emits `imported` with the photos kept; stays open with the reason when refused."""

    imported = Signal(list)

    def __init__(
        self,
        service: PhotoService,
        patient_id: int,
        zones: dict[str, str],
        parent: QWidget | None = None,
        visit: tuple[VisitKind, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import photos"))
        self.setAcceptDrops(True)
        self._service = service
        self._patient_id = patient_id
        self._zones = zones
        self._visits: list[Visit] = service.visits(patient_id)
        # The visit new rows start with: the one given, else the latest.
        self._visit = visit
        self._files: list[Path] = []
        # Each file's camera date (None: it has none), to tell it from a date entered.
        self._camera: list[dt.datetime | None] = []
        # Each file checked off the GUI thread (it decodes the photo): readable, kept already.
        self._checks: dict[Path, FileCheck] = {}
        self.added: list[PhotoRecord] = []
        self._busy = False
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Photo"),
                self.tr("File"),
                self.tr("View"),
                self.tr("Zone"),
                self.tr("Visit"),
                self.tr("Lighting"),
                self.tr("Taken"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_THUMBNAIL.height() + 8)
        self.table.setIconSize(ROW_THUMBNAIL)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Photos to import"))
        self.hint = QLabel(
            self.tr("Drop photos here or add them; the date taken comes from the camera.")
        )
        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.problem.hide()
        self.add_button = QPushButton(self.tr("&Add photos…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(960, 480)

        self.add_button.clicked.connect(lambda: self.add_files(choose_photos(self)))
        self.buttons.accepted.connect(self.import_photos)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    # -- rows ---------------------------------------------------------------------------------

    def add_files(
        self, files: Sequence[Path], view: PhotoView | None = None, zone: str = ""
    ) -> None:
        """A row per file not listed yet; `view` and `zone` preset (a close-up of a zone)."""
        for file in files:
            if file in self._files:
                continue
            self._files.append(file)
            self._add_row(file, view, zone)
        self._refresh()

    def _add_row(self, file: Path, view: PhotoView | None, zone: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        picture = QLabel()
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(_small(file))
        picture.setAccessibleName(file.name)
        self.table.setCellWidget(row, Column.PICTURE, picture)
        name = QLabel()
        name.setWordWrap(True)
        name.setTextFormat(Qt.TextFormat.RichText)
        self.table.setCellWidget(row, Column.FILE, name)
        views = QComboBox()
        # Qt keeps a str enum's value as a plain str: the values are stored, read back below.
        for each in PhotoView:
            views.addItem(view_label(each), each.value)
        views.setAccessibleName(self.tr("View of {file}").format(file=file.name))
        # The photos of a batch are usually the standard series, in order.
        standard = [each for each in PhotoView if each is not PhotoView.CLOSEUP]
        chosen = view or standard[row % len(standard)]
        views.setCurrentIndex(list(PhotoView).index(chosen))
        zones = QComboBox()
        for zone_id, label in self._zones.items():
            zones.addItem(label, zone_id)
        zones.setAccessibleName(self.tr("Zone of {file}").format(file=file.name))
        if zone:
            zones.setCurrentIndex(max(zones.findData(zone), 0))
        visits = QComboBox()
        visits.addItem(visit_label(None), None)
        for visit in self._visits:
            visits.addItem(visit_label(visit), visit)
        visits.setAccessibleName(self.tr("Visit of {file}").format(file=file.name))
        given = [(v.kind, v.id) for v in self._visits]
        if self._visit in given:
            visits.setCurrentIndex(given.index(self._visit) + 1)
        elif self._visits:
            visits.setCurrentIndex(visits.count() - 1)
        lighting = QComboBox()
        for each in Lighting:
            lighting.addItem(lighting_label(each), each.value)
        lighting.setCurrentIndex(list(Lighting).index(Lighting.UNKNOWN))
        lighting.setAccessibleName(self.tr("Lighting of {file}").format(file=file.name))
        taken = QDateTimeEdit()
        taken.setCalendarPopup(True)
        taken.setDisplayFormat(f"{date_pattern()} HH:mm")
        taken.setMinimumDateTime(UNSET)
        taken.setSpecialValueText(self.tr("Enter the date taken"))
        taken.setAccessibleName(self.tr("Date taken of {file}").format(file=file.name))
        camera = exif_taken_at(file)
        self._camera.append(camera)
        taken.setDateTime(QDateTime(camera) if camera else UNSET)
        taken.setToolTip(
            self.tr("From the camera") if camera else self.tr("The file carries no date taken")
        )
        for column, widget in (
            (Column.VIEW, views),
            (Column.ZONE, zones),
            (Column.VISIT, visits),
            (Column.LIGHTING, lighting),
            (Column.TAKEN, taken),
        ):
            self.table.setCellWidget(row, column, widget)
        views.currentIndexChanged.connect(lambda _=0, z=zones, v=views: _zone_shown(z, v))
        _zone_shown(zones, views)
        visits.currentIndexChanged.connect(lambda _=0, r=row: self._show_notes(r))
        taken.dateTimeChanged.connect(lambda _=None, r=row: self._show_notes(r))
        self._show_notes(row)
        task = BackgroundTask(partial(_checked, self._service, self._patient_id, file), self)
        # Bound methods only (see ui/background.py).
        task.succeeded.connect(self._check_arrived)
        task.start()

    @property
    def checking(self) -> bool:
        """Whether files are still being checked (their warnings may be to come)."""
        return len(self._checks) < len(self._files)

    def _check_arrived(self, result: tuple[Path, FileCheck]) -> None:
        file, check = result
        self._checks[file] = check
        if check.problem:
            self.taken_field(self._files.index(file)).setToolTip(worded(check.problem))
        self._show_notes(self._files.index(file))

    def notes(self, row: int) -> list[str]:
        """What the row warns of: a file that cannot be imported, a date taken in the future
        or far from the visit's, a picture kept for the patient already."""
        file = self._files[row]
        check = self._checks.get(file)
        found = []
        if check is not None and check.problem:
            found.append(worded(check.problem))
        _, _, visits, _ = self.row_widgets(row)
        field = self.taken_field(row)
        visit: Visit | None = visits.currentData()
        if field.dateTime() != UNSET:
            taken = field.dateTime().toPython()
            apart = days_from_visit(taken, visit.date) if visit is not None else None
            if taken_in_future(taken, dt.datetime.now()):
                found.append(self.tr("Taken in the future: check the date taken"))
            elif apart is not None:
                found.append(
                    self.tr(
                        "Taken {days} days from the visit's date: is it the right visit?"
                    ).format(days=apart)
                )
        if check is not None and check.already_kept:
            found.append(self.tr("This picture is kept for the patient already"))
        return found

    def _show_notes(self, row: int) -> None:
        label: QLabel = self.table.cellWidget(row, Column.FILE)  # type: ignore[assignment]
        notes = self.notes(row)
        error = active_theme().error
        label.setText(
            escape(self._files[row].name)
            + "".join(f'<br><span style="color: {error}">{escape(note)}</span>' for note in notes)
        )
        label.setAccessibleDescription(" ".join(notes))

    def row_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QComboBox, QComboBox]:
        """The view, zone, visit and lighting combos of a row."""
        cells = (Column.VIEW, Column.ZONE, Column.VISIT, Column.LIGHTING)
        return tuple(self.table.cellWidget(row, column) for column in cells)  # type: ignore[return-value]

    def taken_field(self, row: int) -> QDateTimeEdit:
        return self.table.cellWidget(row, Column.TAKEN)  # type: ignore[return-value]

    def _refresh(self) -> None:
        self.import_button.setEnabled(bool(self._files) and not self._busy)
        self.import_button.setText(
            self.tr("&Import {n} photos").format(n=len(self._files))
            if len(self._files) != 1
            else self.tr("&Import 1 photo")
        )

    def items(self) -> list[PhotoImport]:
        found = []
        for row, file in enumerate(self._files):
            views, zones, visits, lighting = self.row_widgets(row)
            view = PhotoView(views.currentData())
            visit: Visit | None = visits.currentData()
            taken = self.taken_field(row).dateTime()
            entered = taken.toPython().replace(microsecond=0)
            found.append(
                PhotoImport(
                    source=file,
                    view=view,
                    zone=zones.currentData() if view is PhotoView.CLOSEUP else "",
                    visit=None if visit is None else (visit.kind, visit.id),
                    lighting=Lighting(lighting.currentData()),
                    # Not entered, or the camera's as shown: the service reads the camera's
                    # (or asks for one).
                    taken_at=None if taken == UNSET or entered == self._camera[row] else entered,
                )
            )
        return found

    @property
    def busy(self) -> bool:
        """Whether an import is under way (off the GUI thread: it decodes every photo)."""
        return self._busy

    def import_photos(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.import_button.setEnabled(False)
        self.add_button.setEnabled(False)
        self.problem.hide()
        task = BackgroundTask(
            partial(self._service.import_photos, self._patient_id, self.items()), self
        )
        # Bound methods only (see ui/background.py).
        task.succeeded.connect(self._imported)
        task.failed.connect(self._refused)
        task.start()

    def _imported(self, added: list[PhotoRecord]) -> None:
        self._busy = False
        self.added = added
        self.imported.emit(self.added)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self._busy = False
        self.add_button.setEnabled(True)
        self._refresh()
        if isinstance(error, DocumentError):
            self._show_problem(worded(error.message))
        else:
            # NotFound, StoreError, or a failure of the photo library: said in its own words.
            self._show_problem(str(error) or type(error).__name__)

    def reject(self) -> None:
        # The import under way finishes (all or none) and closes the dialog itself.
        if not self._busy:
            super().reject()

    def _show_problem(self, problem: str) -> None:
        self.problem.setText(
            self.tr("Nothing was imported: {problem}.").format(problem=problem.rstrip("."))
        )
        self.problem.show()

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._busy and dropped_photos(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_files(dropped_photos(event.mimeData().urls()))
        event.acceptProposedAction()


def _checked(service: PhotoService, patient_id: int, file: Path) -> tuple[Path, FileCheck]:
    return file, service.check_file(patient_id, file)


def _zone_shown(zones: QComboBox, views: QComboBox) -> None:
    zones.setEnabled(views.currentData() == PhotoView.CLOSEUP)


def _small(file: Path) -> QPixmap:
    """The file read at row size: a photo may be tens of megapixels."""
    reader = QImageReader(str(file))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(ROW_THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()
