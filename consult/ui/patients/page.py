"""The patient's page: facts, flags from the last screening, and the consultations so far."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.languages import pick_language
from consult.domain.model import age_on, roman
from consult.domain.records import PatientRecord
from consult.services.languages import handout_languages
from consult.ui.formats import language_name, show_date
from consult.ui.patients.history import Column, HistoryTableModel
from consult.ui.record_table import show_records

if TYPE_CHECKING:
    from consult.services.context import AppContext

BADGE_STYLE = {
    "block": "background: #fde0e0; color: #8a1010; border: 1px solid #e0a0a0;",
    "precaution": "background: #fff1d6; color: #7a4b00; border: 1px solid #e8c37a;",
}


class PatientView(QWidget):
    """Emits what the practitioner asks for; the main window does it."""

    back_requested = Signal()
    edit_requested = Signal(int)  # patient id
    new_consultation_requested = Signal(int)  # patient id
    consultation_opened = Signal(int)  # consultation id
    # The course's records: "session", "test_patch" or "adverse_events", and a record's id
    # (0: a new one). The main window opens them (ui/course).
    course_record_requested = Signal(str, int)

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context  # None until the database is open (`attach`)
        self.patient: PatientRecord | None = None
        self.name = QLabel()
        self.name.setObjectName("patientName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.badges = QHBoxLayout()
        self.badges.setSpacing(6)
        self.back_button = QPushButton(self.tr("← &Patients"))
        self.edit_button = QPushButton(self.tr("&Edit details…"))
        self.new_button = QPushButton(self.tr("New &consultation"))
        self.new_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open"))
        self.session_button = QPushButton(self.tr("Record a &session…"))
        self.patch_button = QPushButton(self.tr("Record a &test patch…"))
        self.events_button = QPushButton(self.tr("Adverse e&vents…"))
        self.model = HistoryTableModel(self)
        self.table = QTableView()
        show_records(self.table, self.model, self.tr("Consultations"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PLAN, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No consultations yet."))

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("<b>Consultations</b>")))
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.new_button)
        course = QHBoxLayout()
        course.addWidget(QLabel(self.tr("<b>Course</b>")))
        course.addStretch(1)
        for button in (self.events_button, self.patch_button, self.session_button):
            course.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        layout.addLayout(self.badges)
        layout.addLayout(course)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # takes the table's room

        self.back_button.clicked.connect(self.back_requested)
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._patient_id()))
        self.new_button.clicked.connect(
            lambda: self.new_consultation_requested.emit(self._patient_id())
        )
        self.open_button.clicked.connect(self._open_selected)
        for button, kind in (
            (self.session_button, "session"),
            (self.patch_button, "test_patch"),
            (self.events_button, "adverse_events"),
        ):
            button.clicked.connect(lambda _=False, k=kind: self.course_record_requested.emit(k, 0))
        self.table.activated.connect(self._open_row)

    def attach(self, context: AppContext) -> None:
        self._context = context

    def _patient_id(self) -> int:
        assert self.patient is not None
        return self.patient.id

    def _handout_language(self, wanted: str) -> str:
        printed = pick_language(wanted, handout_languages())
        if printed == wanted:
            return self.tr("Handout in {language}").format(language=language_name(wanted))
        return self.tr("Handout in {printed}, none in {wanted} yet").format(
            printed=language_name(printed), wanted=language_name(wanted)
        )

    def show_patient(self, patient_id: int) -> None:
        """Read the patient and the history again and show them."""
        patient = self._context.patients.get(patient_id)
        history = self._context.consultations.history(patient_id)
        self.patient = patient
        details = patient.details
        self.name.setText(f"<h1>{escape(details.full_name)}</h1>")
        today = dt.date.today()
        facts = [
            self.tr("Born {date} ({age} years)").format(
                date=show_date(details.date_of_birth), age=age_on(details.date_of_birth, today)
            ),
            self.tr("Skin type {numeral}").format(numeral=roman(details.fitzpatrick))
            if details.fitzpatrick
            else self.tr("Skin type not assessed"),
            self._handout_language(details.language),
        ]
        facts += [part for part in (details.phone, details.email) if part]
        if patient.archived:
            facts.append(self.tr("Archived"))
        self.facts.setText(" · ".join(escape(fact) for fact in facts))
        self._show_flags(patient, history)
        self.model.set_records(history)
        self.table.setVisible(bool(history))
        self.empty.setVisible(not history)
        self.open_button.setEnabled(bool(history))
        if history:
            self.table.selectRow(0)

    def _show_flags(self, patient: PatientRecord, history: list) -> None:
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        from consult.services.consultations import screening_flags  # the store: opened late

        flags = screening_flags(history, patient, self._context.rules)
        rules = self._context.rules
        for hit, day in flags:
            badge = QLabel(rules.screening[hit.id].label)
            badge.setObjectName("flag")
            badge.setToolTip(
                self.tr("{text} (answered on {date})").format(text=hit.text, date=show_date(day))
            )
            badge.setAccessibleName(self.tr("Flag: {text}").format(text=hit.text))
            badge.setStyleSheet(f"{BADGE_STYLE[hit.level]} border-radius: 8px; padding: 2px 8px;")
            self.badges.addWidget(badge)
        days = sorted({day for _hit, day in flags})
        if days:
            note = QLabel(
                self.tr("from the screening of {date}").format(date=show_date(days[0]))
                if len(days) == 1
                else self.tr("from the screenings of {first} to {last}").format(
                    first=show_date(days[0]), last=show_date(days[-1])
                )
            )
            note.setStyleSheet("color: #666;")
            self.badges.addWidget(note)
        self.badges.addStretch(1)

    def flags(self) -> list[str]:
        """The flag badges' texts, as shown."""
        return [
            item.widget().text()
            for item in (self.badges.itemAt(i) for i in range(self.badges.count()))
            if item.widget() is not None and item.widget().objectName() == "flag"
        ]

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0])

    def _open_row(self, index: QModelIndex) -> None:
        self.consultation_opened.emit(self.model.record(index.row()).id)
