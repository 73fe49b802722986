"""The patient's course as a table: consultations, test patch, sessions done and still
planned, adverse events, follow-ups, plan revisions and the review, oldest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from consult.ui.formats import show_date
from consult.ui.record_table import RecordTableModel
from consult.ui.wording import engine_text

if TYPE_CHECKING:  # the course's module loads the rules on the way to the window
    from consult.domain.treatment import TimelineEntry

# The kinds of entry that open a record view of their own (a review is only a date).
OPENS = frozenset(
    {"consultation", "session", "test_patch", "follow_up", "adverse_event", "revision"}
)


class Column(IntEnum):
    DATE = 0
    ENTRY = 1
    STATUS = 2


class TimelineTableModel(RecordTableModel["TimelineEntry"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Date"), self.tr("Entry"), self.tr("Status")), parent)
        self._open_events: frozenset[int] = frozenset()
        self._today = dt.date.today()

    def set_course(
        self, entries: Collection[TimelineEntry], open_events: Collection[int], today: dt.date
    ) -> None:
        """The entries, the ids of the adverse events still open, and today (what is still
        to come reads as planned)."""
        self._open_events = frozenset(open_events)
        self._today = today
        self.set_records(list(entries))

    def cell(self, record: TimelineEntry, column: int) -> str:
        if column == Column.DATE:
            return show_date(record.date)
        if column == Column.ENTRY:
            return engine_text(record.label)
        return self._status(record)

    def _status(self, entry: TimelineEntry) -> str:
        if entry.kind == "adverse_event":
            return self.tr("Open") if entry.record_id in self._open_events else self.tr("Resolved")
        if entry.kind in ("planned", "review"):
            return self.tr("Planned") if entry.date >= self._today else self.tr("Due")
        if entry.draft:
            if entry.kind == "consultation":
                return self.tr("Draft (not finished)")
            return self.tr("Draft (not signed)")
        if entry.kind in ("session", "test_patch"):
            return self.tr("Signed")
        return self.tr("Final") if entry.kind == "consultation" else self.tr("Recorded")
