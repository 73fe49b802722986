"""Revise the plan during the course: the sessions in all and their interval, the dates of
those still to do (placed by the service), and the reason. The original plan is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.services.errors import StoreError
from consult.ui.theme import set_tone
from consult.ui.wording import override_value, worded

if TYPE_CHECKING:
    from consult.domain.treatment import RevisionDetails, RevisionRecord
    from consult.services.course import CourseService

WEEKS_MAX = 52
SESSIONS_MAX = 99


class RevisionDialog(QDialog):
    def __init__(
        self,
        course: CourseService,
        patient_id: int,
        done: int,
        floor_weeks: int,
        parent: QWidget | None = None,
        *,
        practitioners: Sequence[tuple[int, str]] = (),
        practitioner_id: int | None = None,
    ) -> None:
        """`practitioners` (id, name) to choose who revises it, `practitioner_id` first."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revise the plan"))
        self._course = course
        self._patient_id = patient_id
        self.saved: RevisionRecord | None = None
        proposed = course.propose_revision(patient_id, dt.date.today())
        self.sessions = QSpinBox()
        self.sessions.setRange(done, SESSIONS_MAX)
        self.sessions.setValue(max(proposed.sessions_total, done))
        self.interval = QSpinBox()
        self.interval.setRange(floor_weeks, WEEKS_MAX)
        self.interval.setValue(max(proposed.interval_weeks, floor_weeks))
        self.interval.setSuffix(self.tr(" weeks"))
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.practitioner = QComboBox()
        self.practitioner.setAccessibleName(self.tr("Revised by"))
        self.practitioner.addItem(self.tr("Not chosen"), None)
        for known, name in practitioners:
            self.practitioner.addItem(name, known)
        self.practitioner.setCurrentIndex(max(0, self.practitioner.findData(practitioner_id)))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why the plan changes (kept with the revision)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.problem = QLabel()
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Sessions done so far: {n}").format(n=done)))
        form.addRow(self.tr("&Sessions in all:"), self.sessions)
        form.addRow(self.tr("&Interval:"), self.interval)
        form.addRow(self.tr("Still to do:"), self.dates)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Revised &by:"), self.practitioner)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The plan as decided at the consultation is kept; this is added."))
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.sessions.valueChanged.connect(self._show_dates)
        self.interval.valueChanged.connect(self._show_dates)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._show_dates()

    def proposal(self) -> RevisionDetails:
        """The revision as set now (the dates placed by the service)."""
        proposed = self._course.propose_revision(
            self._patient_id,
            dt.date.today(),
            self.sessions.value(),
            self.interval.value(),
            self.reason.toPlainText(),
        )
        return replace(proposed, practitioner_id=self.practitioner.currentData())

    def _show_dates(self) -> None:
        dates = self.proposal().remaining_dates
        self.dates.setText(override_value(dates) if dates else self.tr("none"))

    def save(self) -> None:
        try:
            self.saved = self._course.revise_plan(self._patient_id, self.proposal())
        except DocumentError as error:
            self._say(worded(error.problem))
            return
        except StoreError as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
