"""The patients found by a search, as a table model."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from consult.domain.model import roman
from consult.domain.records import PatientRecord
from consult.ui.formats import show_date

_Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    BORN = 1
    PHONE = 2
    SKIN = 3


class PatientTableModel(QAbstractTableModel):
    """Rows are `PatientRecord`s; `RECORD_ROLE` gives the record of a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patients: list[PatientRecord] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.BORN: self.tr("Date of birth"),
            Column.PHONE: self.tr("Phone"),
            Column.SKIN: self.tr("Skin type"),
        }

    def set_patients(self, patients: list[PatientRecord]) -> None:
        self.beginResetModel()
        self._patients = list(patients)
        self.endResetModel()

    def patient(self, row: int) -> PatientRecord:
        return self._patients[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._patients)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._patients[index.row()]
        if role == RECORD_ROLE:
            return record
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        details = record.details
        column = Column(index.column())
        if column == Column.NAME:
            return details.full_name
        if column == Column.BORN:
            return show_date(details.date_of_birth)
        if column == Column.PHONE:
            return details.phone
        return roman(details.fitzpatrick) if details.fitzpatrick else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None
