"""A follow-up set beside the consultation it follows: scars per zone, both scores and the
grade, then and now, with the change; the rules' "no change" prompt when it applies."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_banner

if TYPE_CHECKING:
    from consult.domain.rules import Rules
    from consult.domain.treatment import Change, Comparison


@dataclass(frozen=True)
class Row:
    label: str
    values: Change


class Column(IntEnum):
    WHAT = 0
    THEN = 1
    NOW = 2
    CHANGE = 3


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class ComparisonTableModel(RecordTableModel[Row]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Measure"), self.tr("Consultation"), self.tr("Now"), self.tr("Change")),
            parent,
        )

    def set_comparison(self, comparison: Comparison, rules: Rules) -> None:
        """The scores first, then the scars counted per zone."""
        rows = [
            Row(self.tr("Goodman & Baron quantitative"), comparison.goodman_baron_quantitative),
            Row(self.tr("ECCA"), comparison.ecca),
            Row(self.tr("Goodman & Baron grade"), comparison.grade),
        ]
        rows += [
            Row(self.tr("Scars: {zone}").format(zone=rule_text(rules.zones[zone].label)), change)
            for zone, change in comparison.counts.items()
        ]
        self.set_records(rows)

    def cell(self, record: Row, column: int) -> str:
        if column == Column.WHAT:
            return record.label
        if column == Column.THEN:
            return _number(record.values.baseline)
        if column == Column.NOW:
            return _number(record.values.now)
        change = record.values.change
        if change is None:
            return self.tr("not comparable")
        return f"{change:+g}" if change else self.tr("no change")


class ComparisonView(QWidget):
    """Emits `revise_requested` when the practitioner asks to revise the plan."""

    revise_requested = Signal()

    def __init__(self, rules: Rules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules = rules
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.model = ComparisonTableModel(self)
        self.table = QTableView()
        show_records(self.table, self.model, self.tr("Compared with the consultation"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.WHAT, QHeaderView.ResizeMode.Stretch)
        self.prompt = QLabel()
        self.prompt.setObjectName("noChangePrompt")
        self.prompt.setWordWrap(True)
        set_banner(self.prompt, "warning")
        self.revise_button = QPushButton(self.tr("&Revise the plan…"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revise_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.prompt)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.revise_button.clicked.connect(self.revise_requested)

    def show_comparison(self, heading: str, comparison: Comparison, prompt: str | None) -> None:
        self.heading.setText(heading)
        self.model.set_comparison(comparison, self._rules)
        # As tall as its rows, so the prompt and the button stay beside them (a face has
        # ten zones at most: it never needs to scroll).
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + frame)
        self.prompt.setText(prompt or "")
        self.prompt.setVisible(prompt is not None)

    def change_of(self, label: str) -> str:
        """The Change cell of the row named `label`, as shown."""
        for row in range(self.model.rowCount()):
            if self.model.record(row).label == label:
                return self.model.index(row, Column.CHANGE).data()
        raise KeyError(label)
