"""Adverse events: the patient's list (open ones first), recording one (type from the rules,
onset, severity, the session it followed, action taken) and resolving one (the date)."""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.treatment import (
    TEST_PATCH,
    AdverseEventDetails,
    AdverseEventRecord,
    SessionRecord,
)
from consult.services.errors import StoreError
from consult.ui.course.record import add_row
from consult.ui.course.widgets import choice_combo, error_label, refusal, show_text
from consult.ui.date_field import DateField
from consult.ui.formats import show_date
from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.rule_texts import rule_text
from consult.ui.screens import fit_on_screen

if TYPE_CHECKING:
    from consult.services.context import AppContext


def session_name(record: SessionRecord) -> str:
    draft = record.draft
    if draft.kind == TEST_PATCH:
        what = QCoreApplication.translate("AdverseEventDialog", "Test patch")
    elif draft.number is None:
        what = QCoreApplication.translate("AdverseEventDialog", "Extra session")
    else:
        what = QCoreApplication.translate("AdverseEventDialog", "Session {n}").format(
            n=draft.number
        )
    return f"{what}, {show_date(draft.date)}"


class Column(IntEnum):
    ONSET = 0
    TYPE = 1
    SEVERITY = 2
    ACTION = 3
    RESOLVED = 4


class AdverseEventTableModel(RecordTableModel[AdverseEventRecord]):
    def __init__(self, rules: Rules, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Onset"),
                self.tr("Adverse event"),
                self.tr("Severity"),
                self.tr("Action taken"),
                self.tr("Resolved"),
            ),
            parent,
        )
        self._rules = rules

    def cell(self, record: AdverseEventRecord, column: int) -> str:
        details = record.details
        course = self._rules.course
        if column == Column.ONSET:
            return show_date(details.onset)
        if column == Column.TYPE:
            return rule_text(course.adverse_events[details.type].label)
        if column == Column.SEVERITY:
            return rule_text(course.severities[details.severity].label)
        if column == Column.ACTION:
            return details.action
        return show_date(details.resolved_on) if details.resolved_on else self.tr("Open")


class AdverseEventDialog(QDialog):
    """Record an adverse event; `recorded` holds it after Save."""

    def __init__(
        self, context: AppContext, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._patient = patient
        self.recorded: AdverseEventRecord | None = None
        self.setWindowTitle(self.tr("Record an adverse event"))
        course = context.rules.course
        self.type = choice_combo(course.adverse_events, None)
        self.onset = DateField(self.tr("Onset"), self.tr("The onset cannot be after today."))
        self.severity = choice_combo(course.severities, None)
        self.session = QComboBox()
        self.session.addItem(self.tr("None"), None)
        sessions = sorted(
            context.course.sessions(patient.id), key=lambda s: s.draft.date, reverse=True
        )
        for record in sessions:
            self.session.addItem(session_name(record), record.id)
        if sessions:  # most often it follows the last one
            self.session.setCurrentIndex(1)
        self.action = QPlainTextEdit()
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(70)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.errors = {key: error_label() for key in ("type", "onset", "severity", "action")}
        form = QFormLayout()
        add_row(form, self.tr("&Type"), self.type, self.errors["type"])
        add_row(form, self.tr("&Onset"), self.onset, self.onset.note, self.errors["onset"])
        add_row(form, self.tr("Se&verity"), self.severity, self.errors["severity"])
        add_row(form, self.tr("After the &session"), self.session)
        add_row(form, self.tr("&Action taken"), self.action, self.errors["action"])
        add_row(form, self.tr("N&otes"), self.notes)
        self.problem = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fit_on_screen(self, 560, 520)

    def save(self) -> None:
        for label in (*self.errors.values(), self.problem):
            show_text(label, "")
        onset = self.onset.date()
        if onset is None:
            show_text(
                self.errors["onset"], self.onset.problem() or self.tr("Enter the day it began.")
            )
            return
        details = AdverseEventDetails(
            type=self.type.currentData(),
            onset=onset,
            severity=self.severity.currentData(),
            session_id=self.session.currentData(),
            action=self.action.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        try:
            self.recorded = self._context.course.record_adverse_event(self._patient.id, details)
        except DocumentError as error:
            label = self.errors.get(error.path.split(".")[0], self.problem)
            show_text(label, refusal(error))
            return
        except StoreError as error:
            show_text(self.problem, str(error))
            return
        self.accept()


class ResolveDialog(QDialog):
    """The day an adverse event resolved, and what was done; `resolved` after Save."""

    def __init__(
        self, context: AppContext, event: AdverseEventRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._event = event
        self.resolved: AdverseEventRecord | None = None
        label = rule_text(context.rules.course.adverse_events[event.details.type].label)
        self.setWindowTitle(self.tr("Resolve an adverse event"))
        about = QLabel(
            self.tr("{what}, since {onset}").format(
                what=label, onset=show_date(event.details.onset)
            )
        )
        about.setWordWrap(True)
        self.resolved_on = DateField(
            self.tr("Resolved on"), self.tr("It cannot be after today ({date}).")
        )
        self.resolved_on.set_date(dt.date.today())
        self.action = QPlainTextEdit(event.details.action)
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(70)
        self.error = error_label()
        form = QFormLayout()
        add_row(form, self.tr("&Resolved on"), self.resolved_on, self.resolved_on.note)
        add_row(form, self.tr("&Action taken"), self.action)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fit_on_screen(self, 480, 300)

    def save(self) -> None:
        day = self.resolved_on.date()
        if day is None:
            show_text(self.error, self.resolved_on.problem() or self.tr("Enter the date."))
            return
        try:
            self.resolved = self._context.course.resolve_adverse_event(
                self._event.id, day, self.action.toPlainText().strip()
            )
        except DocumentError as error:
            show_text(self.error, refusal(error))
            return
        except StoreError as error:
            show_text(self.error, str(error))
            return
        self.accept()


class AdverseEventsDialog(QDialog):
    """The patient's adverse events, open ones first, with Record and Resolve."""

    def __init__(
        self, context: AppContext, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._patient = patient
        self.setWindowTitle(
            self.tr("Adverse events · {name}").format(name=patient.details.full_name)
        )
        self.model = AdverseEventTableModel(context.rules, self)
        self.table = QTableView()
        show_records(self.table, self.model, self.tr("Adverse events"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ACTION, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No adverse events recorded."))
        self.record_button = QPushButton(self.tr("&Record an adverse event…"))
        self.resolve_button = QPushButton(self.tr("Re&solve…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.resolve_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.record_button.clicked.connect(self.record_event)
        self.resolve_button.clicked.connect(self.resolve_selected)
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.refresh()
        fit_on_screen(self, 820, 420)

    def refresh(self) -> None:
        events = sorted(
            self._context.course.adverse_events(self._patient.id),
            key=lambda e: (not e.is_open, e.details.onset),
        )
        self.model.set_records(events)
        self.empty.setVisible(not events)
        if events:
            self.table.selectRow(0)
        self._selected()

    def _chosen(self) -> AdverseEventRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self) -> None:
        chosen = self._chosen()
        self.resolve_button.setEnabled(chosen is not None and chosen.is_open)

    def record_event(self) -> None:
        dialog = AdverseEventDialog(self._context, self._patient, self)
        if dialog.exec():
            self.refresh()

    def resolve_selected(self) -> None:
        chosen = self._chosen()
        if chosen is None or not chosen.is_open:
            return
        dialog = ResolveDialog(self._context, chosen, self)
        if dialog.exec():
            self.refresh()
