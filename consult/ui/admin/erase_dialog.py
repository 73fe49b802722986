"""Erasing a patient (GDPR Art. 17): who and what goes, the reason, a second reason while the
retention period runs, and the patient number typed to confirm. The service decides; the
dialog shows what it says."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.services.erasure import Erased, ErasureFacts, ErasureService
from consult.services.errors import StoreError
from consult.ui.errors import explain, plain_sentence
from consult.ui.formats import show_date
from consult.ui.theme import set_banner, set_tone
from consult.ui.wording import worded


class EraseDialog(QDialog):
    """`erased` holds the outcome once accepted."""

    def __init__(self, service: ErasureService, facts: ErasureFacts, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._facts = facts
        self.erased: Erased | None = None
        patient = facts.patient
        number = patient.id
        self.setWindowTitle(self.tr("Erase patient {number}").format(number=number))
        details = patient.details
        what = self.tr(
            "<b>{name}</b>, born {born}, patient number <b>{number}</b>.<p>Everything of "
            "theirs is erased for good: details, consultations, the course, {photos} and "
            "the photo files ({records} records in all). The audit log keeps the erasure "
            "with its reason, without the name; backups made before it keep the record until "
            "they are deleted, and restoring one erases the patient again.</p>"
        ).format(
            name=escape(details.full_name),
            born=show_date(details.date_of_birth),
            number=number,
            photos=self.tr("%n photos", "", facts.photos),
            records=facts.records,
        )
        self.summary = QLabel(what)
        self.summary.setWordWrap(True)
        retention = facts.retention
        self.retention = QLabel()
        self.retention.setWordWrap(True)
        self.early = retention.running(dt.date.today())
        if retention.until is None:
            self.retention.setText(self.tr("Nothing clinical was recorded: no retention period."))
        elif self.early:
            self.retention.setText(
                self.tr(
                    "The record is kept until {until}, {years} years after the last treatment "
                    "({last}). Erasing it earlier needs a second reason: why it need not be "
                    "kept (GDPR Art. 17(3): not when it is needed for the patient's care or a "
                    "legal claim)."
                ).format(
                    until=show_date(retention.until),
                    years=retention.years,
                    last=show_date(retention.last_treatment),
                )
            )
            set_banner(self.retention, "warning")
        else:
            self.retention.setText(
                self.tr("The retention period ended on {until}.").format(
                    until=show_date(retention.until)
                )
            )
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. the patient's request, Art. 17(1)(b)"))
        self.reason.setToolTip(self.tr("Kept in the audit log: do not name the patient"))
        self.early_reason = QLineEdit()
        self.early_reason.setAccessibleName(self.tr("Second reason"))
        self.early_reason.setToolTip(self.tr("Why the record need not be kept until then"))
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Patient number typed to confirm"))
        self.problem = QLabel()
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Reason:"), self.reason)
        if self.early:
            form.addRow(self.tr("&Second reason:"), self.early_reason)
        form.addRow(self.tr("&Type {number} to confirm:").format(number=number), self.typed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase for good"))
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.retention)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        for field in (self.reason, self.early_reason, self.typed):
            field.textChanged.connect(self._enable)
        self._enable()
        self.reason.setFocus()

    def _enable(self) -> None:
        """Offered once everything asked is given; the service checks the rest."""
        given = bool(self.reason.text().strip()) and bool(self.typed.text().strip())
        if self.early:
            given = given and bool(self.early_reason.text().strip())
        self.erase_button.setEnabled(given)

    def erase(self) -> None:
        self.problem.hide()
        try:
            self.erased = self._service.erase(
                self._facts.patient.id,
                self.typed.text(),
                self.reason.text(),
                self.early_reason.text(),
            )
        except DocumentError as error:
            self._say(plain_sentence(worded(error.message)))
            return
        except StoreError as error:
            self._say(explain(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
