"""A plan revision as recorded, read-only, beside the plan as decided at the consultation: when
and by whom, the sessions in all, the interval, the dates, the depths and the reason."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from consult.ui.formats import show_date
from consult.ui.rule_texts import rule_text
from consult.ui.theme import set_tone
from consult.ui.wording import override_value

if TYPE_CHECKING:
    from consult.domain.rules import Rules
    from consult.services.course import RevisionView

# Columns of the grid: the row's caption, the revision, the plan as decided.
CAPTION, REVISED, ORIGINAL = range(3)


class RevisionRecordDialog(QDialog):
    """Nothing here changes the revision: a later change is another revision."""

    def __init__(
        self, view: RevisionView, rules: Rules, name: str, parent: QWidget | None = None
    ) -> None:
        """`name` is the patient's, for the title."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan revision · {name}").format(name=name))
        revision = view.revision.details
        original = view.original
        zones = rules.zones
        self.grid = QGridLayout()
        self.grid.setColumnStretch(REVISED, 1)
        self.grid.setColumnStretch(ORIGINAL, 1)
        self.grid.setHorizontalSpacing(18)
        for column, text in (
            (REVISED, self.tr("<b>As revised</b>")),
            (ORIGINAL, self.tr("<b>As decided at the consultation</b>")),
        ):
            self.grid.addWidget(QLabel(text), 0, column)
        rows = (
            (
                self.tr("Date"),
                show_date(revision.date),
                show_date(view.consultation_date),
            ),
            (self.tr("By"), view.practitioner or self.tr("Not recorded"), ""),
            (
                self.tr("Sessions in all"),
                self._sessions(revision.sessions_total),
                self._sessions(original.sessions),
            ),
            (
                self.tr("Interval"),
                self.tr("every {n} weeks").format(n=revision.interval_weeks),
                self.tr("every {n} weeks").format(n=view.original_interval_weeks),
            ),
            (
                self.tr("Dates"),
                self.tr("Still to do: {dates}").format(
                    dates=override_value(revision.remaining_dates)
                )
                if revision.remaining_dates
                else self.tr("None still to do"),
                override_value(original.dates) if original.dates else self.tr("None"),
            ),
            (
                self.tr("Depths"),
                self._depths(revision.depths_mm, zones),
                self._depths(original.depths_mm, zones),
            ),
            (self.tr("Reason"), revision.reason, ""),
        )
        self.values: dict[str, tuple[str, str]] = {}
        for line, (caption, revised, decided) in enumerate(rows, start=1):
            self.values[caption] = (revised, decided)
            label = QLabel(caption)
            set_tone(label, "muted")
            self.grid.addWidget(label, line, CAPTION, Qt.AlignmentFlag.AlignTop)
            for column, text in ((REVISED, revised), (ORIGINAL, decided)):
                value = QLabel(text)
                value.setTextFormat(Qt.TextFormat.PlainText)  # a reason is typed text
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(value, line, column, Qt.AlignmentFlag.AlignTop)
        note = QLabel(
            self.tr("The plan as decided is kept as it was; a later change is a new revision.")
        )
        note.setWordWrap(True)
        set_tone(note, "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = self.tr("<h3>Plan revision of {name}</h3>").format(name=escape(name))
        layout.addWidget(QLabel(heading))
        layout.addLayout(self.grid)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def _sessions(self, count: int) -> str:
        return self.tr("%n sessions", "", count)

    def _depths(self, depths: Mapping[str, float], zones: Mapping) -> str:
        if not depths:
            return self.tr("None")
        return " · ".join(
            f"{rule_text(zones[zone].label)} {override_value(float(depth))}"
            for zone, depth in depths.items()
        )
