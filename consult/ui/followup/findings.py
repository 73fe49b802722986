"""The follow-up's face map: a zone picked on the shared face diagram (or in the list), and the
scars counted there, one box per scar type of the rules. The findings live here until the
walk saves them; the domain shades each zone by its most severe scar type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consult.domain.document_shape import COUNT_MAX
from consult.domain.model import Finding
from consult.domain.rules import Rules
from consult.domain.scores import suggested_grade
from consult.services.facemap import load_default_face_map
from consult.ui.facemap_widget import FaceMapWidget
from consult.ui.rule_texts import rule_text

AREA_MAX_CM2 = 1000.0  # larger than any face: never refuses a real value


class FindingsEditor(QWidget):
    """Emits `changed` after every edit; `findings()` gives them."""

    changed = Signal()

    def __init__(
        self, rules: Rules, start: tuple[Finding, ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rules = rules
        self._labels = {zone.id: rule_text(zone.label) for zone in rules.zones.values()}
        self._findings: dict[tuple[str, str], Finding] = {
            (f.zone, f.scar_type): f for f in start if f.present
        }
        self._zone = next(iter(rules.zones))
        self.face_map = FaceMapWidget(load_default_face_map(rules), self._labels)
        self.zone_list = QListWidget()
        self.zone_list.setAccessibleName(self.tr("Zones"))
        self.zone_list.setMinimumWidth(140)
        self.zone_list.setMaximumWidth(180)
        for zone, label in self._labels.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, zone)
            self.zone_list.addItem(item)
        self.heading = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.boxes: dict[str, QSpinBox | QDoubleSpinBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for line, scar in enumerate(rules.scar_types.values()):
            label = rule_text(scar.label)
            name = QLabel(label)
            name.setToolTip(rule_text(scar.description))
            box: QSpinBox | QDoubleSpinBox
            if scar.by_area:
                box = QDoubleSpinBox()
                box.setRange(0.0, AREA_MAX_CM2)
                box.setDecimals(1)
                box.setSingleStep(0.5)
                box.setSuffix(self.tr(" cm²"))
                box.setAccessibleName(self.tr("{type}: area in cm²").format(type=label))
            else:
                box = QSpinBox()
                box.setRange(0, COUNT_MAX)
                box.setAccessibleName(self.tr("{type}: count").format(type=label))
            box.setMinimumWidth(90)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.valueChanged.connect(self._edited)
            name.setBuddy(box)
            grid.addWidget(name, line, 0)
            grid.addWidget(box, line, 1)
            self.boxes[scar.id] = box
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.face_map, 3)
        layout.addWidget(self.zone_list)
        layout.addWidget(scroll, 2)
        self.face_map.zoneSelected.connect(self.select)
        self.zone_list.currentRowChanged.connect(self._row_chosen)
        self._show_overview()
        self.select(self._zone)

    def findings(self) -> tuple[Finding, ...]:
        return tuple(self._findings.values())

    def selected_zone(self) -> str:
        return self._zone

    def select(self, zone: str) -> None:
        """Show a zone's counts in the boxes; nothing is changed."""
        self._zone = zone
        self.face_map.setSelectedZone(zone)
        row = list(self._labels).index(zone)
        if self.zone_list.currentRow() != row:
            self.zone_list.blockSignals(True)
            self.zone_list.setCurrentRow(row)
            self.zone_list.blockSignals(False)
        self.heading.setText(self.tr("Scars now: {zone}").format(zone=self._labels[zone]))
        for scar_id, box in self.boxes.items():
            finding = self._findings.get((zone, scar_id))
            box.blockSignals(True)
            if isinstance(box, QDoubleSpinBox):
                box.setValue(finding.area_cm2 if finding else 0.0)
            else:
                box.setValue(finding.count if finding else 0)
            box.blockSignals(False)

    def _row_chosen(self, row: int) -> None:
        if row >= 0:
            self.select(self.zone_list.item(row).data(Qt.ItemDataRole.UserRole))

    def _edited(self) -> None:
        zone = self._zone
        for scar_id, box in self.boxes.items():
            key = (zone, scar_id)
            if isinstance(box, QDoubleSpinBox):
                finding = Finding(zone, scar_id, area_cm2=box.value())
            else:
                finding = Finding(zone, scar_id, count=box.value())
            if finding.present:
                self._findings[key] = finding
            else:
                self._findings.pop(key, None)
        self._show_overview()
        self.changed.emit()

    def _show_overview(self) -> None:
        by_zone: dict[str, list[Finding]] = {}
        for finding in self._findings.values():
            by_zone.setdefault(finding.zone, []).append(finding)
        shades, counts = {}, {}
        for zone, found in by_zone.items():
            shades[zone] = suggested_grade(found, self._rules) or 0
            total = sum(f.count for f in found)
            counts[zone] = str(total) if total else ""
        self.face_map.setShades(shades)
        self.face_map.setCounts(counts)
        self.face_map.setSummaries(
            {z: self.tr("{n} scars").format(n=c) for z, c in counts.items() if c}
        )
        for row in range(self.zone_list.count()):
            item = self.zone_list.item(row)
            zone = item.data(Qt.ItemDataRole.UserRole)
            text = self._labels[zone]
            if counts.get(zone):
                text += f" ({counts[zone]})"
            item.setText(text)
