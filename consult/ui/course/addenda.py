"""Addenda to a finalised session: the list (when, who, what it corrects) and the dialog that
adds one. The signed session itself is never changed."""

from __future__ import annotations

from collections.abc import Mapping
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
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
from consult.domain.treatment import Addendum
from consult.services.errors import StoreError
from consult.ui.course.widgets import error_label, refusal, show_text
from consult.ui.formats import show_time
from consult.ui.record_table import RecordTableModel

if TYPE_CHECKING:
    from consult.services.context import AppContext


class Column(IntEnum):
    WHEN = 0
    WHO = 1
    FIELD = 2
    TEXT = 3


class AddendaTableModel(RecordTableModel[Addendum]):
    def __init__(self, names: Mapping[int, str], parent: QObject | None = None) -> None:
        """`names` are the practitioners' names by id."""
        super().__init__(
            (self.tr("Added"), self.tr("By"), self.tr("Corrects"), self.tr("Addendum")), parent
        )
        self._names = dict(names)

    def cell(self, record: Addendum, column: int) -> str:
        if column == Column.WHEN:
            return show_time(record.at)
        if column == Column.WHO:
            return self._names.get(record.practitioner_id or 0, "")
        if column == Column.FIELD:
            return record.field
        return record.text


class AddendumDialog(QDialog):
    """A correction with who writes it; `added` holds it after Save."""

    def __init__(
        self,
        context: AppContext,
        session_id: int,
        practitioner_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._session_id = session_id
        self.added: Addendum | None = None
        self.setWindowTitle(self.tr("Add addendum"))
        self.practitioner = QComboBox()
        for practitioner in context.practitioners.offered(practitioner_id):
            self.practitioner.addItem(practitioner.name, practitioner.id)
        self.practitioner.setCurrentIndex(max(0, self.practitioner.findData(practitioner_id)))
        self.practitioner.setAccessibleName(self.tr("Written by"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Corrects"))
        self.field.setPlaceholderText(self.tr("e.g. passes (optional)"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Addendum"))
        self.text.setTabChangesFocus(True)
        self.error = error_label()
        note = QLabel(self.tr("The signed session stays as it was; this is added below it."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Written &by"), self.practitioner)
        form.addRow(self.tr("&Corrects"), self.field)
        form.addRow(self.tr("&Addendum"), self.text)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.resize(520, 320)

    def save(self) -> None:
        practitioner = self.practitioner.currentData()
        if practitioner is None:
            show_text(self.error, self.tr("Add the practitioner in Settings first."))
            return
        try:
            self.added = self._context.course.add_addendum(
                self._session_id, practitioner, self.text.toPlainText(), self.field.text().strip()
            )
        except DocumentError as error:
            show_text(self.error, refusal(error))
            return
        except StoreError as error:
            show_text(self.error, str(error))
            return
        self.accept()
