"""Signing a consent on screen, and the clinic certificate that seals it.

`ConsentDialog`: the patient reads the form (the exact version the record will keep), ticks
each statement and signs; a guardian signs too for a patient under 18 on the signing day; the
practitioner countersigns and gives the clinic certificate's password. The service checks and
keeps it; this dialog shows only what the service says.

`CertificateDialog`: the clinic certificate made here (self-signed, its key under a password
the administrator sets) or imported from the clinic's PKCS#12 file. Settings opens it, and the
consent dialog offers it when there is no certificate yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult.domain.consent import (
    ConsentAnswers,
    ConsentKind,
    ConsentRecord,
    ConsentStatus,
    Party,
    blocking_consent,
    is_minor,
)
from consult.domain.errors import DocumentError
from consult.domain.records import PatientRecord
from consult.services.clinic_certificate import CertificateMissing, WrongPassword
from consult.services.consent import ConsentForm, ConsentService
from consult.services.errors import StoreError
from consult.ui.formats import show_date
from consult.ui.pdf_preview import PdfPreview
from consult.ui.signature_pad import SignatureField
from consult.ui.theme import set_tone
from consult.ui.wording import sentence, worded

if TYPE_CHECKING:
    from consult.domain.handout import HandoutInput
    from consult.services.context import AppContext

Sign = Callable[[ConsentAnswers, str], ConsentRecord]
# The consent's refusals that say which field they are about in their own words.
_NAMING_THEIR_FIELD = frozenset(
    {
        "consent.tick_every",
        "consent.guardian_needed",
        "consent.name_needed",
        "consent.relationship_needed",
        "consent.signature_needed",
        "consent.typed_name_needed",
    }
)


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    set_tone(label, "error")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class CertificateDialog(QDialog):
    """Create the clinic certificate, or import the clinic's PKCS#12 file."""

    def __init__(
        self, consents: ConsentService, clinic_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic certificate"))
        self._consents = consents
        self.name_edit = QLineEdit(clinic_name)
        self.password_edit = _password_edit(self.tr("Password"))
        self.confirm_edit = _password_edit(self.tr("Password again"))
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("Leave empty to create a new certificate"))
        browse = QPushButton(self.tr("&Choose…"))
        picked = QHBoxLayout()
        picked.addWidget(self.file_edit, 1)
        picked.addWidget(browse)
        explain = QLabel(
            self.tr(
                "Signed consents are sealed with the clinic's certificate, so any change after "
                "signing shows. Its key is kept in the data folder, protected by this password "
                "(at least 8 characters): keep the password safe; it is asked for each time a "
                "consent is signed."
            )
        )
        explain.setWordWrap(True)
        # Said before OK is pressed: the certificate is made by this dialog's OK, not by the
        # Settings dialog's Save, so cancelling Settings afterwards does not undo it.
        self.kept_note = QLabel(
            self.tr(
                "OK makes (or imports) the certificate at once: it is kept even if you then "
                "cancel Settings."
            )
        )
        self.kept_note.setWordWrap(True)
        self.replaced = consents.certificate()
        if self.replaced is not None:
            self.kept_note.setText(
                self.tr(
                    "OK replaces the clinic certificate at once (kept even if you then cancel "
                    "Settings). Consents sealed with the current one still verify: every "
                    "certificate the clinic has used is kept."
                )
            )
        file_label = QLabel(self.tr("Import a &PKCS#12 file:"))
        file_label.setBuddy(self.file_edit)
        form = QFormLayout()
        form.addRow(self.tr("Clinic &name:"), self.name_edit)
        form.addRow(file_label, picked)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow(self.tr("Password a&gain:"), self.confirm_edit)
        self.problem = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.kept_note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        browse.clicked.connect(self._browse)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Clinic certificate"), "", self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if path:
            self.file_edit.setText(path)

    def save(self) -> None:
        password = self.password_edit.text()
        file = self.file_edit.text().strip()
        if not file and password != self.confirm_edit.text():
            self._show(self.tr("The two passwords differ."))
            return
        if self.replaced is not None and not self._replace_confirmed():
            return
        try:
            if file:
                self._consents.import_certificate(Path(file).read_bytes(), password)
            else:
                self._consents.create_certificate(self.name_edit.text(), password)
        except (WrongPassword, DocumentError) as error:
            self._show(sentence(worded(error.message)))
            return
        except (OSError, StoreError) as error:
            self._show(sentence(str(error)))
            return
        self.accept()

    def _replace_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the clinic certificate"),
            self.tr(
                "Replace the clinic certificate ({subject})? New consents will be sealed with "
                "the new one; those sealed before still verify against the one kept."
            ).format(subject=self.replaced.subject if self.replaced else ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class ConsentDialog(QDialog):
    """The form read, its statements ticked, signed by each party, then kept by `sign`."""

    def __init__(
        self,
        consents: ConsentService,
        patient: PatientRecord,
        form: ConsentForm,
        practitioner: str,
        sign: Sign,
        clinic_name: str = "",
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._consents = consents
        self._form = form
        self._sign = sign
        self._clinic_name = clinic_name
        self.today = today or dt.date.today()
        self.record: ConsentRecord | None = None
        photo = form.kind == ConsentKind.PHOTO_USE
        self.setWindowTitle(
            self.tr("Photo-use consent") if photo else self.tr("Consent to treatment")
        )
        self.resize(760, 820)

        body = QWidget()
        column = QVBoxLayout(body)
        intro = QLabel(
            self.tr("Please read the form (version %1). Tick each statement, then sign.").replace(
                "%1", form.version
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        if form.pdf:
            self.preview = PdfPreview()
            self.preview.setAccessibleName(self.tr("The consent form to read"))
            self.preview.setMinimumHeight(320)
            self.preview.show_pdf(form.pdf)
            column.addWidget(self.preview)
        self.use_ticks: dict[str, QCheckBox] = {}
        if form.uses:
            uses = QGroupBox(self.tr("Uses of the photographs (tick each one agreed to)"))
            rows = QVBoxLayout(uses)
            for use, text in form.uses:
                tick = QCheckBox(text)
                self.use_ticks[use] = tick
                rows.addWidget(tick)
            column.addWidget(uses)
        statements = QGroupBox(self.tr("Statements"))
        rows = QVBoxLayout(statements)
        self.statement_ticks: list[QCheckBox] = []
        for text in form.statements:
            tick = QCheckBox()
            tick.setAccessibleName(text)
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(tick)
            line = QHBoxLayout()
            line.addWidget(tick, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(label, 1)
            rows.addLayout(line)
            self.statement_ticks.append(tick)
        column.addWidget(statements)

        self.patient_name = QLineEdit(patient.details.full_name)
        self.patient_signature = SignatureField(self.tr("patient"))
        column.addWidget(
            self._party_box(self.tr("Patient"), self.patient_name, None, self.patient_signature)
        )

        self.minor = is_minor(patient.details.date_of_birth, self.today)
        self.guardian_name = QLineEdit()
        self.guardian_relationship = QLineEdit()
        self.guardian_relationship.setPlaceholderText(self.tr("Mother, father, legal guardian…"))
        self.guardian_signature = SignatureField(self.tr("parent or guardian"))
        self.guardian_box = self._party_box(
            self.tr("Parent or guardian (the patient is under 18)"),
            self.guardian_name,
            self.guardian_relationship,
            self.guardian_signature,
        )
        self.guardian_box.setVisible(self.minor)
        column.addWidget(self.guardian_box)

        self.practitioner_name = QLineEdit(practitioner)
        self.practitioner_signature = SignatureField(self.tr("practitioner"))
        column.addWidget(
            self._party_box(
                self.tr("Practitioner (countersigns)"),
                self.practitioner_name,
                None,
                self.practitioner_signature,
            )
        )

        self.certificate_note = QLabel()
        self.certificate_note.setWordWrap(True)
        self.create_certificate_button = QPushButton(self.tr("Create the &certificate…"))
        self.password_edit = _password_edit(self.tr("Clinic certificate password"))
        sealing = QFormLayout()
        sealing.addRow(self.certificate_note)
        sealing.addRow(self.create_certificate_button)
        sealing.addRow(self.tr("Clinic certificate pass&word:"), self.password_edit)
        column.addLayout(sealing)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.problem = _error_label()
        # Beside the refusal that there is no certificate (the one in the form may be scrolled
        # out of sight by then): made there, and the signing goes on.
        self.create_and_sign_button = QPushButton(self.tr("Create the clinic certificate…"))
        self.create_and_sign_button.hide()
        problem_row = QHBoxLayout()
        problem_row.addWidget(self.problem, 1)
        problem_row.addWidget(self.create_and_sign_button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign and keep"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(problem_row)
        layout.addWidget(self.buttons)
        self.create_certificate_button.clicked.connect(self.create_certificate)
        self.create_and_sign_button.clicked.connect(self.create_certificate_and_sign)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        self._show_certificate()

    def _party_box(
        self, title: str, name: QLineEdit, relationship: QLineEdit | None, field: SignatureField
    ) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.addRow(self.tr("Name:"), name)
        if relationship is not None:
            form.addRow(self.tr("Relationship to the patient:"), relationship)
        form.addRow(self.tr("Signature:"), field)
        return box

    def _show_certificate(self) -> None:
        missing = self._consents.certificate() is None
        self.certificate_note.setText(
            self.tr(
                "There is no clinic certificate yet: a signed consent is sealed with it. "
                "Create one now (or import the clinic's in Settings)."
            )
            if missing
            else self.tr("The signed form is sealed with the clinic certificate.")
        )
        set_tone(self.certificate_note, "error" if missing else None)
        self.create_certificate_button.setVisible(missing)

    def create_certificate(self) -> bool:
        """The certificate dialog; True when a certificate was made or imported. Its password
        is put in the signing field (the practitioner has just typed it)."""
        dialog = CertificateDialog(self._consents, self._clinic_name, self)
        made = dialog.exec() == QDialog.DialogCode.Accepted
        if made and not self.password_edit.text():
            self.password_edit.setText(dialog.password_edit.text())
        self._show_certificate()
        return made

    def create_certificate_and_sign(self) -> None:
        if self.create_certificate():
            self.create_and_sign_button.hide()
            self.problem.hide()
            self.sign()

    def answers(self) -> ConsentAnswers:
        guardian = None
        if self.minor:
            guardian = Party(
                self.guardian_name.text().strip(),
                self.guardian_signature.signature(),
                self.guardian_relationship.text().strip(),
            )
        return ConsentAnswers(
            kind=self._form.kind,
            form_version=self._form.version,
            language=self._form.language,
            signed_on=self.today,
            statements=self._form.statements,
            ticked=tuple(tick.isChecked() for tick in self.statement_ticks),
            patient=Party(self.patient_name.text().strip(), self.patient_signature.signature()),
            practitioner=Party(
                self.practitioner_name.text().strip(), self.practitioner_signature.signature()
            ),
            guardian=guardian,
            photo_uses=frozenset(use for use, tick in self.use_ticks.items() if tick.isChecked()),
        )

    def sign(self) -> None:
        self.create_and_sign_button.hide()
        try:
            self.record = self._sign(self.answers(), self.password_edit.text())
        except DocumentError as error:
            self._show(self._refusal(error))
            return
        except CertificateMissing:
            self._show(
                self.tr(
                    "There is no clinic certificate yet to seal the signed form: create it "
                    "now, and the signing goes on."
                )
            )
            self.create_and_sign_button.show()
            self._show_certificate()
            return
        except WrongPassword as error:
            self._show(sentence(worded(error.message)))
            return
        except StoreError as error:
            self._show(sentence(str(error)))
            return
        self.accept()

    def _refusal(self, error: DocumentError) -> str:
        """A refusal as a sentence naming its field: the consent's own messages name it
        already ("give the patient's name"); the others are said after the field's name."""
        if error.message.code in _NAMING_THEIR_FIELD:
            return sentence(worded(error.message))
        return sentence(f"{self._field_name(error.path)}: {worded(error.message)}")

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _field_name(self, path: str) -> str:
        """How a refusal names the part of the dialog it is about."""
        names = {
            "statements": self.tr("Statements"),
            "guardian": self.tr("Parent or guardian"),
            "guardian.name": self.tr("Parent or guardian's name"),
            "guardian.relationship": self.tr("Relationship to the patient"),
            "guardian.signature": self.tr("Parent or guardian's signature"),
            "patient.name": self.tr("Patient's name"),
            "patient.signature": self.tr("Patient's signature"),
            "practitioner.name": self.tr("Practitioner's name"),
            "practitioner.signature": self.tr("Practitioner's signature"),
            "photo_uses": self.tr("Uses of the photographs"),
            "password": self.tr("Clinic certificate password"),
        }
        return names.get(path.split("[")[0], path)


def treatment_consent_dialog(
    context: AppContext,
    patient: PatientRecord,
    parent: QWidget | None = None,
    given: tuple[int, HandoutInput] | None = None,
    practitioner: str = "",
) -> ConsentDialog:
    """The dialog signing the treatment consent of `given` (a consultation and what its form
    prints), or of the consultation the patient's course follows. Raises `DocumentError`
    when there is none, `StoreError` when the record cannot be read."""
    consents = context.consents
    consultation_id, form_input = given or consents.current_form_input(patient.id)
    form = consents.treatment_form(form_input)
    clinic = context.clinic.get()

    def sign(answers: ConsentAnswers, password: str) -> ConsentRecord:
        return consents.sign_treatment(patient.id, consultation_id, form_input, answers, password)

    return ConsentDialog(
        consents,
        patient,
        form,
        practitioner or form_input.practitioner,
        sign,
        clinic.name if clinic else "",
        parent=parent,
    )


def photo_use_consent_dialog(
    context: AppContext, patient: PatientRecord, parent: QWidget | None = None
) -> ConsentDialog:
    """The dialog signing the patient's photo-use consent."""
    consents = context.consents
    form = consents.photo_use_form(patient.details.language)
    clinic = context.clinic.get()

    def sign(answers: ConsentAnswers, password: str) -> ConsentRecord:
        return consents.sign_photo_use(patient.id, clinic, answers, password)

    return ConsentDialog(
        consents, patient, form, "", sign, clinic.name if clinic else "", parent=parent
    )


class ConsentsDialog(QDialog):
    """The patient's consents, newest first: sign a new one, save one's PDF, withdraw or void
    one with a reason (it is kept, marked, never deleted)."""

    def __init__(
        self, context: AppContext, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.patient = patient
        self.setWindowTitle(self.tr("Consents of %1").replace("%1", patient.details.full_name))
        self.resize(760, 420)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Signed"), self.tr("Consent"), self.tr("Status"), self.tr("Form"), ""]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Consents"))
        self.sign_button = QPushButton(self.tr("Sign &treatment consent…"))
        self.photo_button = QPushButton(self.tr("Sign &photo-use consent…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.void_button = QPushButton(self.tr("&Void…"))
        close = QPushButton(self.tr("Close"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.problem = _error_label()
        buttons = QHBoxLayout()
        for button in (self.sign_button, self.photo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.withdraw_button, self.void_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.sign_button.clicked.connect(self.sign_treatment)
        self.photo_button.clicked.connect(self.sign_photo_use)
        self.save_button.clicked.connect(self.save_selected)
        self.withdraw_button.clicked.connect(lambda: self.change_selected(withdraw=True))
        self.void_button.clicked.connect(lambda: self.change_selected(withdraw=False))
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._enable)
        self.records: list[ConsentRecord] = []
        self.refresh()

    def refresh(self) -> None:
        try:
            self.records = list(reversed(self._context.consents.consents(self.patient.id)))
            outdated = self._context.consents.predating_plans(self.patient.id)
        except (StoreError, DocumentError) as error:
            self._show(sentence(str(error)))
            return
        kinds = {
            ConsentKind.TREATMENT: self.tr("Treatment"),
            ConsentKind.PHOTO_USE: self.tr("Use of photographs"),
        }
        statuses = {
            ConsentStatus.SIGNED: self.tr("Signed"),
            ConsentStatus.WITHDRAWN: self.tr("Withdrawn"),
            ConsentStatus.VOIDED: self.tr("Voided"),
        }
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            answers = record.answers
            how = self.tr("name typed") if answers.typed else self.tr("signed on screen")
            detail = record.status_reason or how
            if record.id in outdated:
                detail = self.tr("{detail}; predates the current plan (other dates)").format(
                    detail=detail
                )
            cells = (
                show_date(answers.signed_on),
                kinds[answers.kind],
                statuses[record.status],
                answers.form_version,
                detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        stopped = blocking_consent(self.records)
        if stopped is not None:
            note = self.tr("No session can be recorded until a new treatment consent is signed.")
        elif outdated:
            note = self.tr(
                "The signed treatment consent predates the current plan: its form shows "
                "other session dates. Sign a new one if what was agreed has changed."
            )
        else:
            note = ""
        self.note.setText(note)
        set_tone(self.note, "error" if stopped is not None else None)
        self._enable()

    def selected(self) -> ConsentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        self.save_button.setEnabled(chosen is not None)
        for button in (self.withdraw_button, self.void_button):
            button.setEnabled(chosen is not None and chosen.valid)

    def _signed(self, dialog: ConsentDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def sign_treatment(self) -> None:
        try:
            dialog = treatment_consent_dialog(self._context, self.patient, self)
        except DocumentError as error:
            self._show(sentence(worded(error.message)))
            return
        except StoreError as error:
            self._show(str(error))
            return
        self._signed(dialog)

    def sign_photo_use(self) -> None:
        self._signed(photo_use_consent_dialog(self._context, self.patient, self))

    def save_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        from consult.ui.save_pdf import save_pdf

        _, problem = save_pdf(
            self, self.tr("Save the signed consent"), self._context.consents.pdf(chosen.id)
        )
        if problem:
            self._show(problem)

    def change_selected(self, withdraw: bool) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        title = self.tr("Withdraw consent") if withdraw else self.tr("Void consent")
        question = (
            self.tr("The patient withdraws this consent. Why? (It is kept, marked withdrawn.)")
            if withdraw
            else self.tr("Void this consent signed in error. Why? (It is kept, marked void.)")
        )
        reason, given = QInputDialog.getText(self, title, question)
        if not given:
            return
        consents = self._context.consents
        try:
            if withdraw:
                consents.withdraw(chosen.id, reason)
            else:
                consents.void(chosen.id, reason)
        except DocumentError as error:
            self._show(sentence(worded(error.message)))
            return
        except StoreError as error:
            self._show(sentence(str(error)))
            return
        self.problem.hide()
        self.refresh()

    def _show(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
