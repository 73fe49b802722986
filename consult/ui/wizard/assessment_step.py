"""The Assessment page: scars recorded zone by zone on the face map, with photos per zone.

The face map and the zone list pick a zone; the editor beside them shows one row per scar
type of the rules, with the scale's definition, and every change goes straight into the
draft (`session.update(findings=...)`), so nothing typed lives only in a widget.
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
from consult.ui.theme import set_shade, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import worded

# Upper bound of the area box: larger than any face, so it never refuses a real value.
AREA_MAX_CM2 = 1000.0
THUMBNAIL = QSize(64, 64)


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
    """The editor's widgets for one scar type: a count, or an area and its age."""

    scar_type: ScarType
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

        self.face_map = FaceMapWidget(load_default_face_map(rules), self._labels)
        self.face_map.setSelectedZone(self._zone)
        self.zone_list = QListWidget()
        self.zone_list.setObjectName("zoneList")
        self.zone_list.setAccessibleName(self.tr("Zones"))
        self.zone_list.setMinimumWidth(150)
        self.zone_list.setMaximumWidth(190)
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
        editor = self._build_editor()

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
        self.photo_problem = QLabel()
        set_tone(self.photo_problem, "error")
        self.photo_problem.setWordWrap(True)
        self.photo_problem.hide()
        self.add_photo_button = QPushButton(self.tr("Add &photo…"))
        self.add_photo_button.setToolTip(self.tr("Import a photo of this zone from a file"))

        self._lay_out(editor)
        self.face_map.zoneSelected.connect(self._select)
        self.zone_list.currentRowChanged.connect(self._row_chosen)
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
        for row in self.rows.values():
            for box in (row.count, row.area):
                if box is not None:
                    box.setReadOnly(not editable)
            if row.older is not None:
                row.older.setEnabled(editable)
        self.add_photo_button.setEnabled(editable)
        self._show_overview()
        self._select(self._zone)

    def blocker(self) -> str:
        # No findings is a valid assessment: the plan then says there is nothing to treat.
        return ""

    def selected_zone(self) -> str:
        return self._zone

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

    def _build_editor(self) -> QWidget:
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for line, scar in enumerate(self.session.rules.scar_types.values()):
            label, description = rule_text(scar.label), rule_text(scar.description)
            name = QLabel(label)
            name.setFont(bold)
            definition = QLabel(description)
            definition.setWordWrap(True)
            set_tone(definition, "muted")
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(name)
            text.addWidget(definition)
            row = ScarRow(scar)
            inputs = QHBoxLayout()
            if scar.by_area:
                row.area = _AreaBox()
                row.area.setRange(0.0, AREA_MAX_CM2)
                row.area.setDecimals(1)
                row.area.setSingleStep(0.5)
                row.area.setSuffix(self.tr(" cm²"))
                row.area.setAccessibleName(self.tr("{type}: area in cm²").format(type=label))
                row.area.valueChanged.connect(self._edited)
                row.older = QCheckBox(self.tr("older than 2 years"))
                row.older.setChecked(True)
                row.older.setAccessibleName(
                    self.tr("{type}: older than 2 years").format(type=label)
                )
                row.older.toggled.connect(self._edited)
                inputs.addWidget(row.area)
                inputs.addWidget(row.older)
                name.setBuddy(row.area)
            else:
                row.count = _CountBox()
                row.count.setRange(0, COUNT_MAX)
                row.count.setAccessibleName(self.tr("{type}: count").format(type=label))
                row.count.valueChanged.connect(self._edited)
                inputs.addWidget(row.count)
                name.setBuddy(row.count)
            for box in (row.count, row.area):
                if box is not None:
                    box.setMinimumWidth(90)
                    box.setAlignment(Qt.AlignmentFlag.AlignRight)
                    box.setAccessibleDescription(description)
                    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            inputs.addStretch(1)
            grid.addLayout(text, 2 * line, 0)
            grid.addLayout(inputs, 2 * line, 1, Qt.AlignmentFlag.AlignTop)
            if line < len(self.session.rules.scar_types) - 1:
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.HLine)
                set_tone(rule, "rule")
                grid.addWidget(rule, 2 * line + 1, 0, 1, 2)
            self.rows[scar.id] = row
        body = QWidget()
        body.setObjectName("findingsEditor")
        column = QVBoxLayout(body)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _build_legend(self) -> QWidget:
        legend = QWidget()
        row = QHBoxLayout(legend)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        caption = QLabel(self.tr("Shading by the most severe scar type found:"))
        set_tone(caption, "muted")
        row.addWidget(caption)
        for grade in self.session.rules.qualitative.grades:
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            set_shade(swatch, grade.grade)
            row.addWidget(swatch)
            row.addWidget(QLabel(rule_text(grade.label)))
        row.addStretch(1)
        legend.setAccessibleName(self.tr("Shading legend"))
        return legend

    def _lay_out(self, editor: QWidget) -> None:
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
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(8, 0, 0, 0)
        right_column.addWidget(self.zone_heading)
        right_column.addWidget(self.problem)
        right_column.addWidget(editor, 1)
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
        chain.extend([self.add_photo_button, self.photo_list])
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

    def _select(self, zone: str) -> None:
        """Show a zone: map, list and editor follow; nothing is written to the draft."""
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
        self._show_photos()

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
            self._select(zone)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
