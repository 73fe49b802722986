"""The patients found by a search, as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject

from consult.domain.model import roman
from consult.domain.records import PatientRecord
from consult.ui.formats import show_date
from consult.ui.record_table import RecordTableModel


class Column(IntEnum):
    NAME = 0
    BORN = 1
    PHONE = 2
    SKIN = 3


class PatientTableModel(RecordTableModel[PatientRecord]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Name"), self.tr("Date of birth"), self.tr("Phone"), self.tr("Skin type")),
            parent,
        )
        # The skin type is clinical: a role without clinical records is not given it.
        self.clinical = True

    def cell(self, record: PatientRecord, column: int) -> str:
        details = record.details
        if column == Column.NAME:
            return details.full_name
        if column == Column.BORN:
            return show_date(details.date_of_birth)
        if column == Column.PHONE:
            return details.phone
        if not self.clinical:
            return ""
        return roman(details.fitzpatrick) if details.fitzpatrick else ""
