"""New patient and edit patient: one form, checked as you type and again on save.

A refused field keeps the dialog open with the problem beside it; nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
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
from consult.domain.languages import FALLBACK_LANGUAGE, pick_language
from consult.domain.model import ROMAN, age_on
from consult.domain.names import NameOrder
from consult.domain.records import PatientDetails, PatientRecord
from consult.services.errors import StoreError
from consult.ui.errors import explain, plain_sentence
from consult.ui.formats import DateProblem, date_problem, language_name, read_date, show_date
from consult.ui.screens import fit_on_screen, scrolling
from consult.ui.theme import set_tone
from consult.ui.wording import worded

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
        clinical: bool = True,
    ) -> None:
        """`clinical` False (reception): the skin type, a clinical finding, is left out; the
        record keeps the one it has."""
        super().__init__(parent)
        self._patients = patients
        self._record = record
        self._languages = languages
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
        # The languages a handout is written in, by name; a patient's other code is added
        # when the record is filled, never replaced.
        self.language = QComboBox()
        for code in sorted(languages) or (FALLBACK_LANGUAGE,):
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(FALLBACK_LANGUAGE)))
        # Automatic: family name first for a Vietnamese, Chinese, Japanese, Korean or Hungarian
        # handout, or a name in Han, Kana or Hangul (consult.domain.names).
        self.name_order = QComboBox()
        self.name_order.addItem(self.tr("Automatic"), None)
        self.name_order.addItem(self.tr("Given name first"), NameOrder.GIVEN_FIRST)
        self.name_order.addItem(self.tr("Family name first"), NameOrder.FAMILY_FIRST)
        self.language_note = QLabel()
        set_tone(self.language_note, "muted")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)

        # Under the date: the age, or how to type the date; hidden while empty.
        self.age = QLabel()
        self.age.hide()
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        form = QFormLayout()
        rows = (
            ("given_names", self.tr("&Given names"), self.given_names),
            ("family_name", self.tr("&Family name"), self.family_name),
            ("name_order", self.tr("Name o&rder"), self.name_order),
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
            set_tone(error, "error")
            error.setWordWrap(True)
            error.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
            error.hide()
            self._errors[key] = error
            self._fields[key] = field
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(error)
            if field is self.date_of_birth:
                column.addWidget(self.age)
            if field is self.language:
                column.addWidget(self.language_note)
            caption = QLabel(label)
            caption.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(caption, column)
            if field is self.fitzpatrick and not clinical:
                form.setRowVisible(caption, False)
        self.fitzpatrick.setEnabled(clinical)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.problem = QLabel()
        set_tone(self.problem, "error")
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
        self.language.currentIndexChanged.connect(self._language_chosen)
        for edited in (
            self.given_names.textChanged,
            self.family_name.textChanged,
            self.sex.currentIndexChanged,
            self.phone.textChanged,
            self.email.textChanged,
            self.fitzpatrick.currentIndexChanged,
            self.language.currentIndexChanged,
            self.notes.textChanged,
        ):
            edited.connect(self._recheck)
        if record is not None:
            self._fill(record.details)
        self.given_names.setFocus()
        wanted = body.widget().sizeHint()
        fit_on_screen(self, max(520, wanted.width() + 40), wanted.height() + 90)

    def _fill(self, details: PatientDetails) -> None:
        self.given_names.setText(details.given_names)
        self.family_name.setText(details.family_name)
        self.name_order.setCurrentIndex(max(0, self.name_order.findData(details.name_order)))
        self.date_of_birth.setText(show_date(details.date_of_birth))
        self.sex.setCurrentIndex(max(0, self.sex.findData(details.sex)))
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.fitzpatrick.setCurrentIndex(max(0, self.fitzpatrick.findData(details.fitzpatrick)))
        if self.language.findData(details.language) < 0:
            self.language.addItem(language_name(details.language), details.language)
        self.language.setCurrentIndex(self.language.findData(details.language))
        self.notes.setPlainText(details.notes)

    def _language_chosen(self) -> None:
        """Say so when the handout cannot be printed in the language chosen."""
        code = self.language.currentData()
        printed = pick_language(code, self._languages)
        self.language_note.setText(
            self.tr(
                "There is no handout in {language} yet: this patient's handouts print in {printed}."
            ).format(language=language_name(code), printed=language_name(printed))
        )
        self.language_note.setVisible(printed != code)

    def _date_typed(self, text: str) -> None:
        """The age as the date is typed, or what is wrong with the date once it reads."""
        self._show_error("date_of_birth", "")
        born = read_date(text)
        if born is None:
            if date_problem(text) is DateProblem.NO_SUCH_DAY:
                self._show_age(self._date_message(text))
            else:
                self._show_age(
                    self.tr("Type the date as day/month/year or year-month-day.") if text else ""
                )
            return
        problem = self._problems(self._form(born)).get("date_of_birth")
        if problem:
            self._show_error("date_of_birth", problem)
        self._show_age(
            self.tr("{date}: {age} years old").format(
                date=show_date(born), age=age_on(born, dt.date.today())
            )
        )

    def _date_message(self, text: str) -> str:
        """What to change in a date of birth that cannot be read."""
        problem = date_problem(text)
        if not text.strip():
            return self.tr("Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.")
        if problem is DateProblem.NO_SUCH_DAY:
            return self.tr("{text} is not a date: check the day and the month.").format(
                text=text.strip()
            )
        if problem is DateProblem.SHORT_YEAR:
            return self.tr("Write the year with four digits, e.g. 18/03/1994.")
        return self.tr("Type the date as day/month/year or year-month-day, e.g. 18/03/1994.")

    def _show_age(self, text: str) -> None:
        self.age.setText(text)
        self.age.setVisible(bool(text))

    def _show_error(self, key: str, text: str) -> None:
        label = self._errors[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _problems(self, details: PatientDetails) -> dict[str, str]:
        """Every field the records refuse, worded for beside the field."""
        found = {
            field: plain_sentence(worded(problem))
            for field, problem in details.problems(dt.date.today()).items()
        }
        if "family_name" in found and not details.given_names and not details.family_name:
            found["family_name"] = self.tr("Enter the patient's name.")
        return found

    def _recheck(self) -> None:
        """A field edited since Save: its message goes once the problem is gone, and says
        what is still wrong otherwise. New messages wait for Save."""
        # The date is checked as it is typed.
        shown = [
            key
            for key, label in self._errors.items()
            if label.isVisibleTo(self) and key != "date_of_birth"
        ]
        if not shown:
            return
        born = read_date(self.date_of_birth.text()) or dt.date.today()
        problems = self._problems(self._form(born))
        for key in shown:
            self._show_error(key, problems.get(key, ""))

    def _form(self, born: dt.date) -> PatientDetails:
        """The fields as typed, with `born` as the date of birth."""
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
            language=self.language.currentData(),
            notes=self.notes.toPlainText(),
            name_order=self.name_order.currentData(),
        )

    def save(self) -> None:
        """Save, or show every field's problem beside it and go to the first one."""
        self.problem.hide()
        text = self.date_of_birth.text()
        born = read_date(text)
        details = self._form(born or dt.date.today())
        problems = self._problems(details)
        if born is None:
            problems["date_of_birth"] = self._date_message(text)
            self._show_age("")  # the message beside the field says it all
        for key in self._errors:
            self._show_error(key, problems.get(key, ""))
        if problems:
            first = next((key for key in self._fields if key in problems), None)
            if first is not None:
                self._fields[first].setFocus()
            others = [text for key, text in problems.items() if key not in self._errors]
            self.problem.setText("\n".join(others))
            self.problem.setVisible(bool(others))
            return
        try:
            if self._record is None:
                self.saved = self._patients.create(details)
            else:
                self.saved = self._patients.edit(self._record.id, details, self._record.version)
        except DocumentError as error:  # the fields passed the same check just above
            self.problem.setText(plain_sentence(worded(error.message)))
            self.problem.show()
            return
        except StoreError as error:  # a conflict, a locked or read-only database
            self.problem.setText(explain(error))
            self.problem.show()
            return
        self.accept()
