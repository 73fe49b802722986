"""Small pieces the course's record views share: choices from the rules, numbers that may be
left blank, zones to tick, and a refusal shown beside the field it concerns."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from consult.domain.errors import DocumentError
from consult.domain.rules import CourseChoice
from consult.ui.errors import plain_sentence
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_tone
from consult.ui.wording import worded

ZONE_COLUMNS = 4


def error_label() -> QLabel:
    """A refusal in red beside the field it concerns; hidden while empty."""
    label = QLabel()
    set_tone(label, "error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
    label.hide()
    return label


def show_text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def refusal(error: DocumentError) -> str:
    """The domain's reason, in the window's words, as a sentence."""
    return plain_sentence(worded(error.problem))


def choice_combo(choices: Mapping[str, CourseChoice], blank: str | None) -> QComboBox:
    """The rules' choices by label, each holding its id; `blank` (if given) first, for none."""
    combo = QComboBox()
    if blank is not None:
        combo.addItem(blank, "")
    for choice in choices.values():
        combo.addItem(rule_text(choice.label), choice.id)
    return combo


def set_choice(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


class OptionalSpin(QSpinBox):
    """A whole number `low` to `high`, or none: one step below `low` reads as `blank`."""

    def __init__(self, low: int, high: int, blank: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText(blank)

    def number(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class ZonePicker(QWidget):
    """Zones ticked, in the order given."""

    changed = Signal()

    def __init__(
        self, zones: Iterable[tuple[str, str]], name: str, parent: QWidget | None = None
    ) -> None:
        """`zones` are (id, label) pairs; `name` says what they are picked for."""
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for position, (zone, label) in enumerate(zones):
            box = QCheckBox(label)
            box.setAccessibleName(f"{name}: {label}")
            box.toggled.connect(self.changed)
            self.boxes[zone] = box
            grid.addWidget(box, position // ZONE_COLUMNS, position % ZONE_COLUMNS)

    def zones(self) -> tuple[str, ...]:
        return tuple(zone for zone, box in self.boxes.items() if box.isChecked())

    def set_zones(self, zones: Iterable[str]) -> None:
        wanted = set(zones)
        for zone, box in self.boxes.items():
            box.setChecked(zone in wanted)
