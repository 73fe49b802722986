"""The Assessment page: scars recorded zone by zone on the face map, with photos per zone.

The face map and the zone list pick a zone; the editor beside them shows one row per scar
type found there, each with a stepper and the scale's definition, and "Add scar type" offers
the others. Every change goes straight into the draft (`session.update(findings=...)`), so
nothing typed lives only in a widget.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QIcon, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consult.domain.document_shape import COUNT_MAX
from consult.domain.errors import DocumentError
from consult.domain.model import Finding
from consult.domain.photo import PhotoRecord
from consult.domain.rules import ScarType
from consult.domain.scores import suggested_grade
from consult.services.errors import StoreError
from consult.services.facemap import load_default_face_map
from consult.services.photo_files import accepted_suffixes
from consult.ui.errors import explain
from consult.ui.facemap_widget import FaceMapWidget
from consult.ui.folders import PICTURES, remember_folder, start_folder
from consult.ui.formats import show_date
from consult.ui.photo_viewer import PhotoViewer
from consult.ui.pictures import pixmap_of
from consult.ui.rule_texts import rule_text
from consult.ui.stepper import Stepper
from consult.ui.theme import set_shade, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import worded

# Upper bound of the area box: larger than any face, so it never refuses a real value.
AREA_MAX_CM2 = 1000.0
THUMBNAIL = QSize(64, 64)
CHOOSER_COLUMNS = 2


def _wheel_when_focused(box: QAbstractSpinBox, event: QWheelEvent) -> bool:
    """Whether the box takes the wheel: only once focused, so scrolling the editor past it
    never changes a value (an unfocused box passes the wheel on to the scroll area)."""
    if box.hasFocus():
        return True
    event.ignore()
    return False


class _CountBox(QSpinBox):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if _wheel_when_focused(self, event):
            super().wheelEvent(event)


class _AreaBox(QDoubleSpinBox):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if _wheel_when_focused(self, event):
            super().wheelEvent(event)


@dataclass
class ScarRow:
    """The editor's widgets for one scar type: a count, or an area and its age, in a stepper,
    on a row shown while the type is found in the zone (or was just added to it)."""

    scar_type: ScarType
    widget: QWidget
    stepper: Stepper
    count: QSpinBox | None = None
    area: QDoubleSpinBox | None = None
    older: QCheckBox | None = None


class AssessmentStep(WizardPage):
    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        rules = session.rules
        self._labels = {zone.id: rule_text(zone.label) for zone in rules.zones.values()}
        self._zone = next(iter(rules.zones))
        self._thumbnails: dict[int, QIcon] = {}
        # The scar types with a row in the editor: those found in the zone, and those added
        # to it since it was chosen (at 0 until counted).
        self._shown: set[str] = set()
        self._choosing = False

        self.face_map = FaceMapWidget(load_default_face_map(rules), self._labels)
        self.face_map.setSelectedZone(self._zone)
        self.zone_list = QListWidget()
        self.zone_list.setObjectName("zoneList")
        self.zone_list.setAccessibleName(self.tr("Zones"))
        self.zone_list.setMinimumWidth(140)
        self.zone_list.setMaximumWidth(180)
        self.zone_list.setStyleSheet("QListWidget::item { padding: 3px 4px; }")
        for zone, label in self._labels.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, zone)
            self.zone_list.addItem(item)

        self.zone_heading = QLabel()
        self.zone_heading.setObjectName("zoneHeading")
        heading = QFont(self.font())
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.2)
        self.zone_heading.setFont(heading)
        self.problem = QLabel()
        self.problem.setObjectName("findingsProblem")
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.rows: dict[str, ScarRow] = {}
        self.type_buttons: dict[str, QPushButton] = {}
        self.add_type_button = QPushButton(self.tr("Add scar type…"))
        self.add_type_button.setObjectName("addScarType")
        self.add_type_button.setToolTip(self.tr("Record another type of scar in this zone"))
        self.cancel_add_button = QPushButton(self.tr("Back to the findings"))
        self.editor = QStackedWidget()
        self.editor.addWidget(self._build_findings())
        self.editor.addWidget(self._build_chooser())

        self.photo_list = QListWidget()
        self.photo_list.setObjectName("zonePhotos")
        self.photo_list.setAccessibleName(self.tr("Photos of this zone"))
        self.photo_list.setViewMode(QListView.ViewMode.IconMode)
        self.photo_list.setIconSize(THUMBNAIL)
        self.photo_list.setFlow(QListView.Flow.LeftToRight)
        self.photo_list.setWrapping(False)
        self.photo_list.setFixedHeight(THUMBNAIL.height() + 16)
        self.photo_summary = QLabel()
        self.photo_summary.setObjectName("photoSummary")
        self.photo_summary.setWordWrap(True)
        self.photo_problem = QLabel()
        set_tone(self.photo_problem, "error")
        self.photo_problem.setWordWrap(True)
        self.photo_problem.hide()
        self.add_photo_button = QPushButton(self.tr("Add &photo…"))
        self.add_photo_button.setToolTip(self.tr("Import a photo of this zone from a file"))

        self._lay_out()
        self.face_map.zoneSelected.connect(self._select)
        self.zone_list.currentRowChanged.connect(self._row_chosen)
        self.add_type_button.clicked.connect(self.choose_type)
        self.cancel_add_button.clicked.connect(self._stop_choosing)
        self.add_photo_button.clicked.connect(self.add_photo)
        self.photo_list.itemActivated.connect(self._view_photo)
        session.changed.connect(self._show_overview)
        self.refresh()

    def title(self) -> str:
        return self.tr("Assessment")

    def refresh(self) -> None:
        self.problem.hide()
        self.photo_problem.hide()
        editable = not self.session.read_only
        for row in self.rows.values():  # the steppers follow in _select
            if row.older is not None:
                row.older.setEnabled(editable)
        self.add_type_button.setVisible(editable)
        self.add_photo_button.setEnabled(editable)
        self._show_overview()
        self._select(self._zone)

    def blocker(self) -> str:
        # No findings is a valid assessment: the plan then says there is nothing to treat.
        return ""

    def selected_zone(self) -> str:
        return self._zone

    def shown_types(self) -> list[str]:
        """The scar types with a row in the editor for the selected zone, in the rules' order."""
        return [scar_id for scar_id in self.rows if scar_id in self._shown]

    def choose_type(self) -> None:
        """Offer the scar types not yet in the editor, one button each."""
        self._choosing = True
        self._show_editor()

    def add_type(self, scar_id: str) -> None:
        """Give `scar_id` a row in the selected zone's editor, at 0 until counted, the
        cursor in its box so a number can be typed at once."""
        self._shown.add(scar_id)
        self._choosing = False
        self._show_editor()
        row = self.rows[scar_id]
        box = row.count if row.count is not None else row.area
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
            box.selectAll()
        if row.count is not None:
            self.count_scroll.ensureWidgetVisible(row.widget)

    def add_photo(self) -> None:
        """Import a photo of the selected zone for this consultation."""
        patterns = " ".join(f"*{suffix}" for suffix in accepted_suffixes())
        file, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a photo of: {zone}").format(zone=self._labels[self._zone]),
            str(start_folder(PICTURES)),
            self.tr("Photos ({patterns})").format(patterns=patterns),
        )
        if not file:
            return
        remember_folder(PICTURES, file)
        try:
            self.session.add_photo(Path(file), self._zone)
        except DocumentError as error:
            self._photo_problem(worded(error.message))
        except StoreError as error:
            self._photo_problem(explain(error))
        else:
            self.photo_problem.hide()
        self._show_photos()

    # -- building ----------------------------------------------------------------------------

    def _build_row(self, scar: ScarType) -> ScarRow:
        label, description = rule_text(scar.label), rule_text(scar.description)
        bold = QFont(self.font())
        bold.setBold(True)
        name = QLabel(label)
        name.setFont(bold)
        name.setWordWrap(True)
        definition = QLabel(description)
        definition.setWordWrap(True)
        set_tone(definition, "muted")
        widget = QWidget()
        widget.setObjectName(f"scarRow_{scar.id}")
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 2, 0, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.addWidget(name, 0, 0)
        grid.addWidget(definition, 1, 0)
        older = None
        if scar.by_area:
            area = _AreaBox()
            area.setRange(0.0, AREA_MAX_CM2)
            area.setDecimals(1)
            area.setSingleStep(0.5)
            area.setSuffix(self.tr(" cm²"))
            area.setAccessibleName(self.tr("{type}: area in cm²").format(type=label))
            area.valueChanged.connect(self._edited)
            older = QCheckBox(self.tr("older than 2 years"))
            older.setChecked(True)
            older.setAccessibleName(self.tr("{type}: older than 2 years").format(type=label))
            older.toggled.connect(self._edited)
            box: QSpinBox | QDoubleSpinBox = area
            grid.addWidget(older, 1, 1, Qt.AlignmentFlag.AlignTop)
            row = ScarRow(scar, widget, Stepper(area, label), area=area, older=older)
        else:
            count = _CountBox()
            count.setRange(0, COUNT_MAX)
            count.setAccessibleName(self.tr("{type}: count").format(type=label))
            count.valueChanged.connect(self._edited)
            box = count
            row = ScarRow(scar, widget, Stepper(count, label), count=count)
        box.setMinimumWidth(64)
        box.setAccessibleDescription(description)
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        name.setBuddy(box)
        span = 1 if older is not None else 2
        grid.addWidget(row.stepper, 0, 1, span, 1, Qt.AlignmentFlag.AlignTop)
        widget.hide()
        return row

    def _build_findings(self) -> QWidget:
        """The rows of the selected zone: counts in a list that scrolls when a zone has many
        types, the raised-scar row under it, always in view, then "Add scar type"."""
        counts = QWidget()
        counts.setObjectName("findingsEditor")
        count_column = QVBoxLayout(counts)
        count_column.setContentsMargins(0, 0, 4, 0)
        self.empty_note = QLabel(self.tr("No scars recorded in this zone."))
        set_tone(self.empty_note, "muted")
        count_column.addWidget(self.empty_note)
        pinned = QVBoxLayout()
        pinned.setContentsMargins(0, 0, 4, 0)
        for scar in self.session.rules.scar_types.values():
            row = self._build_row(scar)
            (pinned if scar.by_area else count_column).addWidget(row.widget)
            self.rows[scar.id] = row
        count_column.addStretch(1)
        self.count_scroll = QScrollArea()
        self.count_scroll.setWidget(counts)
        self.count_scroll.setWidgetResizable(True)
        self.count_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.count_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        findings = QWidget()
        column = QVBoxLayout(findings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.count_scroll, 1)
        column.addLayout(pinned)
        column.addWidget(self.add_type_button, 0, Qt.AlignmentFlag.AlignLeft)
        return findings

    def _build_chooser(self) -> QWidget:
        """One button per scar type, for "Add scar type": those in the editor are hidden."""
        chooser = QWidget()
        chooser.setObjectName("scarTypeChooser")
        self.chooser_note = QLabel()
        self.chooser_note.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(6)
        self._chooser_grid = grid  # filled by `_show_editor` with the types offered
        for index, scar in enumerate(self.session.rules.scar_types.values()):
            button = QPushButton(rule_text(scar.label))
            button.setToolTip(rule_text(scar.description))
            button.setAccessibleDescription(rule_text(scar.description))
            button.clicked.connect(lambda _checked=False, scar_id=scar.id: self.add_type(scar_id))
            grid.addWidget(button, index // CHOOSER_COLUMNS, index % CHOOSER_COLUMNS)
            self.type_buttons[scar.id] = button
        column = QVBoxLayout(chooser)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.chooser_note)
        column.addLayout(grid)
        column.addStretch(1)
        column.addWidget(self.cancel_add_button, 0, Qt.AlignmentFlag.AlignLeft)
        return chooser

    def _build_legend(self) -> QWidget:
        legend = QWidget()
        column = QVBoxLayout(legend)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        caption = QLabel(self.tr("Shading by the most severe scar type found:"))
        set_tone(caption, "muted")
        caption.setWordWrap(True)
        column.addWidget(caption)
        row = QHBoxLayout()
        row.setSpacing(6)
        for grade in self.session.rules.qualitative.grades:
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            set_shade(swatch, grade.grade)
            row.addWidget(swatch)
            row.addWidget(QLabel(rule_text(grade.label)))
        row.addStretch(1)
        column.addLayout(row)
        legend.setAccessibleName(self.tr("Shading legend"))
        return legend

    def _lay_out(self) -> None:
        hint = QLabel(
            self.tr(
                "Click a zone on the face or choose it in the list, then record the scars "
                "found there. Changes are kept as you type."
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, "muted")
        maps = QHBoxLayout()
        maps.addWidget(self.face_map, 1)
        maps.addWidget(self.zone_list)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 8, 0)
        left_column.addWidget(hint)
        left_column.addLayout(maps, 1)
        left_column.addWidget(self._build_legend())

        photos = QGroupBox(self.tr("Photos"))
        photo_column = QVBoxLayout(photos)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo_summary, 1)
        photo_row.addWidget(self.add_photo_button)
        photo_column.addLayout(photo_row)
        photo_column.addWidget(self.photo_problem)
        photo_column.addWidget(self.photo_list)

        right = QWidget()
        right.setMinimumWidth(340)
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.addWidget(self.zone_heading)
        right_column.addWidget(self.problem)
        right_column.addWidget(self.editor, 1)
        right_column.addWidget(photos)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("assessmentSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        chain: list[QWidget] = [self.face_map, self.zone_list]
        for row in self.rows.values():
            chain.extend(box for box in (row.count, row.area, row.older) if box is not None)
        chain.append(self.add_type_button)
        chain.extend(self.type_buttons.values())
        chain.extend([self.cancel_add_button, self.add_photo_button, self.photo_list])
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.face_map)

    def fit_width(self, width: int) -> None:
        # The map beside the findings when both fit, else the findings under the map, each
        # at the height it asks for: the page then scrolls down.
        parts = [self.splitter.widget(i) for i in range(2)]
        needed = sum(part.minimumSizeHint().width() for part in parts)
        side_by_side = needed + self.splitter.handleWidth() <= width
        self.splitter.setOrientation(
            Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        )
        tall = sum(part.sizeHint().height() for part in parts)
        self.splitter.setMinimumHeight(0 if side_by_side else tall)

    # -- showing -----------------------------------------------------------------------------

    def _show_overview(self) -> None:
        """Shades, labels and the zone list from the draft (after every accepted edit)."""
        by_zone: dict[str, list[Finding]] = {}
        for finding in self.session.draft.findings:
            if finding.present:
                by_zone.setdefault(finding.zone, []).append(finding)
        rules = self.session.rules
        shades, counts, summaries = {}, {}, {}
        for zone, findings in by_zone.items():
            shades[zone] = suggested_grade(findings, rules) or 0
            count = sum(f.count for f in findings if not rules.scar_types[f.scar_type].by_area)
            area = sum((f.area_cm2 for f in findings if rules.scar_types[f.scar_type].by_area), 0.0)
            counts[zone], summaries[zone] = self._zone_summary(count, area)
        self.face_map.setShades(shades)
        self.face_map.setCounts(counts)
        self.face_map.setSummaries(summaries)
        for row in range(self.zone_list.count()):
            item = self.zone_list.item(row)
            zone = item.data(Qt.ItemDataRole.UserRole)
            summary = summaries.get(zone, self.tr("no findings"))
            item.setText(f"{self._labels[zone]}\n{summary}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{zone}: {summary}").format(zone=self._labels[zone], summary=summary),
            )
            font = QFont(self.zone_list.font())
            font.setBold(zone in summaries)
            item.setFont(font)

    def _zone_summary(self, count: int, area: float) -> tuple[str, str]:
        """A zone's findings as a short label for the map and a summary for the list."""
        locale = self.locale()
        scars = self.tr("{n} scar").format(n=count) if count == 1 else None
        scars = scars or self.tr("{n} scars").format(n=locale.toString(count))
        short = [locale.toString(count)] if count else []
        long = [scars] if count else []
        if area:
            area_text = self.tr("{area} cm²").format(area=locale.toString(float(area), "g", 4))
            short.append(area_text)
            long.append(area_text)
        return " + ".join(short), ", ".join(long)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self._select(self.zone_list.item(row).data(Qt.ItemDataRole.UserRole))

    def _select(self, zone: str, keep_rows: bool = False) -> None:
        """Show a zone: map, list and editor follow; nothing is written to the draft. The
        editor has a row for each type found there (`keep_rows`: and the rows it had)."""
        self._zone = zone
        self.face_map.setSelectedZone(zone)
        row = list(self._labels).index(zone)
        if self.zone_list.currentRow() != row:
            self.zone_list.blockSignals(True)
            self.zone_list.setCurrentRow(row)
            self.zone_list.blockSignals(False)
        self.zone_heading.setText(self.tr("Findings: {zone}").format(zone=self._labels[zone]))
        self.problem.hide()
        self.photo_problem.hide()
        found = {f.scar_type: f for f in self.session.draft.findings if f.zone == zone}
        in_use = {scar_id for scar_id, finding in found.items() if finding.present}
        self._shown = self._shown | in_use if keep_rows else in_use
        if not keep_rows:
            self._choosing = False
        for scar_id, row_widgets in self.rows.items():
            finding = found.get(scar_id)
            for box in (row_widgets.count, row_widgets.area, row_widgets.older):
                if box is not None:
                    box.blockSignals(True)
            if row_widgets.count is not None:
                row_widgets.count.setValue(finding.count if finding else 0)
            if row_widgets.area is not None and row_widgets.older is not None:
                row_widgets.area.setValue(finding.area_cm2 if finding else 0.0)
                row_widgets.older.setChecked(finding.older_than_2_years if finding else True)
            for box in (row_widgets.count, row_widgets.area, row_widgets.older):
                if box is not None:
                    box.blockSignals(False)
            # Also its − and +, which the values set without signals have not told.
            row_widgets.stepper.setReadOnly(self.session.read_only)
        self._show_editor()
        self._show_photos()

    def _show_editor(self) -> None:
        """The zone's rows, or the scar types to add: at once for an editable zone with
        nothing recorded, as a first scar is what comes next there."""
        for scar_id, row in self.rows.items():
            row.widget.setVisible(scar_id in self._shown)
        editable = not self.session.read_only
        offered = [scar_id for scar_id in self.rows if scar_id not in self._shown]
        # The types offered side by side in the rules' order, no gap where one is in use.
        for button in self.type_buttons.values():
            self._chooser_grid.removeWidget(button)
            button.hide()
        for index, scar_id in enumerate(offered):
            button = self.type_buttons[scar_id]
            self._chooser_grid.addWidget(button, index // CHOOSER_COLUMNS, index % CHOOSER_COLUMNS)
            button.show()
        self.add_type_button.setEnabled(bool(offered))
        self.empty_note.setVisible(not any(row.count is not None for row in self._shown_rows()))
        zone = self._labels[self._zone]
        if self._shown:
            self.empty_note.setText(self.tr("No other scars recorded in this zone."))
            self.chooser_note.setText(self.tr("Add a scar type to {zone}:").format(zone=zone))
        else:
            self.empty_note.setText(self.tr("No scars recorded in this zone."))
            self.chooser_note.setText(
                self.tr("No scars recorded in this zone ({zone}) yet. Which type is there?").format(
                    zone=zone
                )
            )
        self.cancel_add_button.setVisible(bool(self._shown))
        choosing = editable and bool(offered) and (self._choosing or not self._shown)
        self.editor.setCurrentIndex(1 if choosing else 0)

    def _shown_rows(self) -> list[ScarRow]:
        return [self.rows[scar_id] for scar_id in self.shown_types()]

    def _stop_choosing(self) -> None:
        self._choosing = False
        self._show_editor()

    def _show_photos(self) -> None:
        photos = self.session.photos(self._zone)
        self.photo_list.clear()
        for photo in photos:
            icon = self._thumbnail(photo)
            item = QListWidgetItem(icon, self.tr("No preview") if icon.isNull() else "")
            taken = show_date(photo.taken_at.date())
            item.setToolTip(self.tr("Taken {date}; double-click to enlarge").format(date=taken))
            item.setData(Qt.ItemDataRole.UserRole, photo)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Photo taken {date}").format(date=taken),
            )
            self.photo_list.addItem(item)
        self.photo_list.setVisible(bool(photos))
        zone = self._labels[self._zone]
        if not photos:
            text = self.tr("No photo of this zone yet ({zone}).").format(zone=zone)
        elif len(photos) == 1:
            text = self.tr("1 photo of this zone ({zone}).").format(zone=zone)
        else:
            text = self.tr("{n} photos of this zone ({zone}).").format(n=len(photos), zone=zone)
        self.photo_summary.setText(text)

    def _view_photo(self, item: QListWidgetItem) -> None:
        """The photo large (double-click or Enter on its thumbnail)."""
        photo: PhotoRecord = item.data(Qt.ItemDataRole.UserRole)
        taken = show_date(photo.taken_at.date())
        caption = self.tr("{zone}, taken {date}").format(zone=self._labels[photo.zone], date=taken)
        try:
            content = self.session.photo_content(photo)
        except (OSError, StoreError):
            content = b""  # a missing file, or one sealed with another key: the viewer says
        PhotoViewer(content, caption, self).exec()

    def _thumbnail(self, photo: PhotoRecord) -> QIcon:
        if photo.id not in self._thumbnails:
            # The service's thumbnail, made once and kept: a photo may be tens of megapixels.
            try:
                pixmap = pixmap_of(self.session.photo_thumbnail_content(photo))
            except (OSError, ValueError, StoreError):
                pixmap = QPixmap()  # a missing or damaged file: opening it says why
            self._thumbnails[photo.id] = QIcon(pixmap)
        return self._thumbnails[photo.id]

    def _photo_problem(self, problem: str) -> None:
        self.photo_problem.setText(
            self.tr("The photo was not added: {problem}.").format(problem=problem.rstrip("."))
        )
        self.photo_problem.show()

    # -- editing -----------------------------------------------------------------------------

    def _edited(self) -> None:
        """Put the selected zone's values into the draft, keeping the other zones as they are."""
        zone = self._zone
        previous = {f.scar_type: f for f in self.session.draft.findings if f.zone == zone}
        entered: dict[str, Finding] = {}
        for scar_id, row in self.rows.items():
            if row.area is not None and row.older is not None:
                if row.area.value() > 0:
                    entered[scar_id] = Finding(
                        zone,
                        scar_id,
                        count=previous[scar_id].count if scar_id in previous else 0,
                        area_cm2=row.area.value(),
                        older_than_2_years=row.older.isChecked(),
                    )
            elif row.count is not None and row.count.value() > 0:
                entered[scar_id] = Finding(zone, scar_id, count=row.count.value())
        findings = [
            entered.pop(f.scar_type) if f.zone == zone else f
            for f in self.session.draft.findings
            if f.zone != zone or f.scar_type in entered
        ]
        findings.extend(entered.values())
        problem = self.session.update(findings=tuple(findings))
        if problem:  # the boxes show what the draft holds, never a refused value
            self._select(zone, keep_rows=True)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
