"""A patient's consultations, newest first, as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from consult.domain.consultation import ConsultationRecord
from consult.domain.plan import BLOCKED, SUGGESTED
from consult.ui.formats import show_date

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DATE = 0
    STATUS = 1
    GOODMAN_BARON = 2
    ECCA = 3
    GRADE = 4
    PLAN = 5


class HistoryTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[ConsultationRecord] = []
        self._headers = {
            Column.DATE: self.tr("Date"),
            Column.STATUS: self.tr("Status"),
            Column.GOODMAN_BARON: self.tr("G&B score"),
            Column.ECCA: self.tr("ECCA"),
            Column.GRADE: self.tr("Grade"),
            Column.PLAN: self.tr("Plan"),
        }

    def set_records(self, records: list[ConsultationRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> ConsultationRecord:
        return self._records[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        record = self._records[index.row()]
        scores = record.scores
        column = Column(index.column())
        if column == Column.DATE:
            return show_date(record.draft.date)
        if column == Column.STATUS:
            return self.tr("Final") if record.is_final else self.tr("Draft (not finished)")
        if scores is None:
            return ""
        if column == Column.GOODMAN_BARON:
            return str(scores.goodman_baron_quantitative)
        if column == Column.ECCA:
            return str(scores.ecca)
        if column == Column.GRADE:
            return str(scores.qualitative_used) if scores.qualitative_used else ""
        return self._plan_text(record)

    def _plan_text(self, record: ConsultationRecord) -> str:
        plan = record.plan
        if plan is None:
            return ""
        if plan.status == BLOCKED:
            return self.tr("Deferred")
        if plan.status != SUGGESTED:
            return self.tr("No sessions")
        text = self.tr("%n session(s)", "", plan.sessions_final)
        if plan.sessions_final > 1:
            text += self.tr(", every %n week(s)", "", plan.interval_final_weeks)
        if plan.overrides:
            text += self.tr(" (changed: {n})").format(n=len(plan.overrides))
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
