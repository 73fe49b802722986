"""A photo's uses as the patient consented (with every grant and withdrawal so far), and the
two ways a photo leaves the page: retired (kept for the record) or deleted with a reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from consult.domain.consent import ConsentRecord
from consult.domain.errors import DocumentError
from consult.domain.photo import PhotoRecord, PhotoUse
from consult.services.errors import NotFound, StoreError
from consult.ui.errors import plain_sentence
from consult.ui.formats import show_date
from consult.ui.photos.labels import use_label
from consult.ui.theme import set_tone
from consult.ui.wording import worded

if TYPE_CHECKING:
    from consult.services.photos import PhotoService


def who_combo(practitioners: Sequence[str]) -> QComboBox:
    """Who records the change: one of the clinic's practitioners (typed if none is listed)."""
    combo = QComboBox()
    combo.setEditable(not practitioners)
    combo.addItems(list(practitioners))
    return combo


class _RecordDialog(QDialog):
    """A dialog that saves through the service and shows a refusal in its own words."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # Wide enough for its wrapped explanation to read in a few lines: a word-wrapped
        # label alone lets the layout squeeze the dialog until the text is cut.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")
        self.problem.hide()

    def _refused(self, error: Exception) -> None:
        text = worded(error.message) if isinstance(error, DocumentError) else str(error)
        # The domain's messages complete a sentence elsewhere; shown alone, they are one.
        self.problem.setText(plain_sentence(text))
        self.problem.show()
        self.adjustSize()


class ConsentDialog(_RecordDialog):
    def __init__(
        self,
        service: PhotoService,
        photo: PhotoRecord,
        practitioners: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Photo consent"), parent)
        self._service = service
        self.photo = photo
        self.boxes: dict[PhotoUse, QCheckBox] = {}
        form = QFormLayout()
        for use in PhotoUse:
            box = QCheckBox(use_label(use))
            box.setChecked(use in photo.uses)
            if use is PhotoUse.CLINICAL_RECORD:
                box.setEnabled(False)
                box.setToolTip(self.tr("The clinical record always keeps its photos"))
            self.boxes[use] = box
            form.addRow(box)
        self.by = who_combo(practitioners)
        form.addRow(self.tr("Recorded &by"), self.by)
        # What the signed consent said, so a change made here is made knowingly: it is the
        # latest change and stands until a consent is next signed or withdrawn.
        self.signed = QLabel(self._signed_text(service.consent_in_force(photo.patient_id)))
        self.signed.setWordWrap(True)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Use"), self.tr("Change"), self.tr("By")]
        )
        self.history.verticalHeader().hide()
        self.history.setAccessibleName(self.tr("Consent history"))
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.resize(460, 420)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.signed)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._show_history()

    def _signed_text(self, consent: ConsentRecord | None) -> str:
        if consent is None:
            return self.tr(
                "No photo-use consent is signed: the uses are those recorded here, photo by photo."
            )
        uses = [PhotoUse(use) for use in consent.answers.photo_uses]
        granted = ", ".join(use_label(use) for use in PhotoUse if use in uses)
        return self.tr(
            "The photo-use consent signed on {date} grants: {uses}. Every photo follows it; "
            "a change made here wins until a consent is next signed or withdrawn."
        ).format(
            date=show_date(consent.answers.signed_on),
            uses=granted or use_label(PhotoUse.CLINICAL_RECORD),
        )

    def _show_history(self) -> None:
        changes = self._service.consent_history(self.photo.id)
        self.history.setRowCount(len(changes))
        for row, change in enumerate(changes):
            cells = (
                show_date(change.at.date()),
                use_label(change.use),
                self.tr("granted") if change.granted else self.tr("withdrawn"),
                change.by,
            )
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))

    def save(self) -> None:
        """Record each use changed (one grant or withdrawal each, audited)."""
        by = self.by.currentText().strip()
        try:
            for use, box in self.boxes.items():
                if box.isChecked() != (use in self.photo.uses):
                    self.photo = self._service.set_use(self.photo.id, use, box.isChecked(), by)
        except (DocumentError, NotFound, StoreError) as error:
            self._refused(error)
            self._show_history()
            return
        self.accept()


class RetireDialog(_RecordDialog):
    def __init__(
        self,
        service: PhotoService,
        photo: PhotoRecord,
        practitioners: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Retire photo"), parent)
        self._service = service
        self.photo = photo
        self.by = who_combo(practitioners)
        form = QFormLayout()
        form.addRow(self.tr("&By"), self.by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Retire"), QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr("The photo is hidden from the page and the reports, and kept for the record.")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self._service.retire(self.photo.id, self.by.currentText().strip())
        except (DocumentError, NotFound, StoreError) as error:
            self._refused(error)
            return
        self.accept()


class DeleteDialog(_RecordDialog):
    def __init__(
        self,
        service: PhotoService,
        photo: PhotoRecord,
        practitioners: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Delete photo"), parent)
        self._service = service
        self.photo = photo
        self.by = who_combo(practitioners)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it was taken in error"))
        form = QFormLayout()
        form.addRow(self.tr("&Practitioner"), self.by)
        form.addRow(self.tr("&Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.AcceptRole)
        text = QLabel(
            self.tr(
                "Delete a photo taken in error. The record of the deletion and its reason are "
                "kept; retire the photo instead to keep it."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def save(self) -> None:
        try:
            self._service.delete(self.photo.id, self.by.currentText().strip(), self.reason.text())
        except (DocumentError, NotFound, StoreError) as error:
            self._refused(error)
            return
        self.accept()
