"""A patient's consultations, newest first, as a table model."""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from consult.domain.plan_status import PlanStatus
from consult.ui.formats import counted, show_date
from consult.ui.record_table import RecordTableModel

if TYPE_CHECKING:  # the consultation's module loads the rules (50 ms) on the way to the window
    from consult.domain.consultation import ConsultationRecord


class Column(IntEnum):
    DATE = 0
    STATUS = 1
    GOODMAN_BARON = 2
    ECCA = 3
    GRADE = 4
    PLAN = 5


class HistoryTableModel(RecordTableModel["ConsultationRecord"]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Date"),
                self.tr("Status"),
                self.tr("G&B score"),
                self.tr("ECCA"),
                self.tr("Grade"),
                self.tr("Plan"),
            ),
            parent,
        )

    def cell(self, record: ConsultationRecord, column: int) -> str:
        scores = record.scores
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
        if plan.status == PlanStatus.BLOCKED:
            return self.tr("Deferred")
        if plan.status != PlanStatus.SUGGESTED:
            return self.tr("No sessions")
        text = counted(plan.sessions_final, self.tr("1 session"), self.tr("{n} sessions"))
        if plan.sessions_final > 1:
            text += self.tr(", every {n} weeks").format(n=plan.interval_final_weeks)
        if plan.overrides:
            text += self.tr(" (changed: {n})").format(n=len(plan.overrides))
        return text
