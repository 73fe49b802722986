"""New patient and edit patient: one form, checked as you type and again on save.

A refused field keeps the dialog open with the problem beside it; nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.model import ROMAN, age_on
from consult.domain.records import PatientDetails, PatientRecord
from consult.services.errors import StoreError
from consult.ui.formats import read_date, show_date
from consult.ui.screens import fit_on_screen, scrolling
from consult.ui.styles import ERROR_STYLE

if TYPE_CHECKING:
    from consult.services.patients import PatientService

SEXES = ("", "female", "male", "other")


class PatientDialog(QDialog):
    """Create a patient (`record` None) or edit one; `saved` holds the record after Save."""

    def __init__(
        self,
        patients: PatientService,
        record: PatientRecord | None = None,
        languages: tuple[str, ...] = ("en",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._patients = patients
        self._record = record
        self.saved: PatientRecord | None = None
        self.setWindowTitle(self.tr("Edit patient") if record else self.tr("New patient"))

        self.given_names = QLineEdit()
        self.family_name = QLineEdit()
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText(self.tr("e.g. 18/03/1994 or 1994-03-18"))
        self.sex = QComboBox()
        for value, label in zip(
            SEXES, ("", self.tr("Female"), self.tr("Male"), self.tr("Other")), strict=True
        ):
            self.sex.addItem(label, value)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.fitzpatrick = QComboBox()
        self.fitzpatrick.addItem(self.tr("Not assessed yet"), None)
        for number, numeral in enumerate(ROMAN, start=1):
            self.fitzpatrick.addItem(self.tr("Type {numeral}").format(numeral=numeral), number)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(sorted(languages))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("given_names", self.tr("&Given names"), self.given_names),
            ("family_name", self.tr("&Family name"), self.family_name),
            ("date_of_birth", self.tr("&Date of birth"), self.date_of_birth),
            ("sex", self.tr("&Sex"), self.sex),
            ("phone", self.tr("&Phone"), self.phone),
            ("email", self.tr("&Email"), self.email),
            ("fitzpatrick", self.tr("Fitzpatrick s&kin type"), self.fitzpatrick),
            ("language", self.tr("Handout &language"), self.language),
            ("notes", self.tr("N&otes"), self.notes),
        )
        for key, label, field in rows:
            field.setAccessibleName(label.replace("&", ""))
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            self._errors[key] = error
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            caption = QLabel(label)
            caption.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(caption, column)
        self.age = QLabel()
        form.insertRow(3, "", self.age)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        body = scrolling(form)
        layout.addWidget(body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.date_of_birth.textChanged.connect(self._date_typed)
        if record is not None:
            self._fill(record.details)
        self.given_names.setFocus()
        wanted = body.widget().sizeHint()
        fit_on_screen(self, max(520, wanted.width() + 40), wanted.height() + 90)

    def _fill(self, details: PatientDetails) -> None:
        self.given_names.setText(details.given_names)
        self.family_name.setText(details.family_name)
        self.date_of_birth.setText(details.date_of_birth.isoformat())
        self.sex.setCurrentIndex(max(0, self.sex.findData(details.sex)))
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.fitzpatrick.setCurrentIndex(max(0, self.fitzpatrick.findData(details.fitzpatrick)))
        self.language.setCurrentText(details.language)
        self.notes.setPlainText(details.notes)

    def _date_typed(self, text: str) -> None:
        self._show_error("date_of_birth", "")
        born = read_date(text)
        if born is None:
            self.age.setText(
                self.tr("Type the date as day/month/year or year-month-day.") if text else ""
            )
            return
        today = dt.date.today()
        if born > today:
            self._show_error("date_of_birth", self.tr("The date of birth is in the future."))
            self.age.setText("")
            return
        self.age.setText(
            self.tr("{date}: {age} years old").format(date=show_date(born), age=age_on(born, today))
        )

    def _show_error(self, key: str, text: str) -> None:
        label = self._errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def details(self) -> PatientDetails | None:
        """The form as details, or None (with the problem shown) if the date is unreadable."""
        born = read_date(self.date_of_birth.text())
        if born is None:
            self._show_error(
                "date_of_birth",
                self.tr("Enter the date of birth, e.g. 18/03/1994 or 1994-03-18."),
            )
            self.date_of_birth.setFocus()
            return None
        previous = self._record.details if self._record else None
        return PatientDetails(
            given_names=self.given_names.text().strip(),
            family_name=self.family_name.text().strip(),
            date_of_birth=born,
            sex=self.sex.currentData() or "",
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            fitzpatrick=self.fitzpatrick.currentData(),
            # The questionnaire answers stay with the patient unless the type is changed.
            fitzpatrick_answers=previous.fitzpatrick_answers
            if previous and previous.fitzpatrick == self.fitzpatrick.currentData()
            else None,
            language=self.language.currentText().strip() or "en",
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        for key in self._errors:
            self._show_error(key, "")
        details = self.details()
        if details is None:
            return
        try:
            if self._record is None:
                self.saved = self._patients.create(details)
            else:
                self.saved = self._patients.edit(self._record.id, details, self._record.version)
        except DocumentError as error:
            key = error.path if error.path in self._errors else "family_name"
            if key == "family_name" and not details.given_names and not details.family_name:
                text = self.tr("Enter the patient's name.")
            else:
                text = error.problem[:1].upper() + error.problem[1:] + "."
            self._show_error(key, text)
            return
        except StoreError as error:  # a conflict, a locked or read-only database
            self.problem.setText(str(error))
            self.problem.show()
            return
        self.accept()
