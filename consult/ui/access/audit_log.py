"""Tools → Audit log… (administrators): who did what to which record, and when; filtered by
user, action and days, newest first, a page at a time; exported as CSV. Events name records
by number, never a patient."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.services.audit_log import AuditFilter, AuditRow
from consult.services.errors import StoreError
from consult.ui.date_field import OptionalDay
from consult.ui.errors import explain
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder
from consult.ui.formats import show_time
from consult.ui.record_table import RecordTableModel, show_records

PAGE = 200


class AuditLog(Protocol):
    """`AuditLogService`'s calls the dialog makes."""

    def events(self, wanted: AuditFilter) -> list[AuditRow]: ...

    def actors(self) -> list[str]: ...

    def actions(self) -> list[str]: ...

    def export_csv(self, wanted: AuditFilter, path: Path) -> int: ...


class AuditModel(RecordTableModel[AuditRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                self.tr("When (UTC)"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("Detail"),
            ),
            parent,
        )

    def cell(self, record: AuditRow, column: int) -> str:
        where = record.record_type
        if record.record_id is not None:
            where = f"{where} {record.record_id}"
        return (
            show_time(record.at, seconds=True),
            record.actor,
            record.action,
            where,
            record.detail or "",
        )[column]

    def append(self, records: list[AuditRow]) -> None:
        """The next page, below the rows shown."""
        if not records:
            return
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
        self._records.extend(records)
        self.endInsertRows()


class AuditLogDialog(QDialog):
    def __init__(self, log: AuditLog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._log = log
        self._wanted = AuditFilter(limit=PAGE)
        self.setWindowTitle(self.tr("Audit log"))
        self.actor = QComboBox()
        self.actor.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setEditable(True)  # what is typed is a prefix: "photo" finds photo.*
        self.action.setAccessibleName(self.tr("Action"))
        self.action.setToolTip(self.tr("An action, or its beginning: photo finds every photo.…"))
        today = QDate.currentDate()
        self.since = OptionalDay(self.tr("From"), today.addMonths(-1))
        self.until = OptionalDay(self.tr("To"), today)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.table = QTableView()
        self.model = AuditModel(self)
        show_records(self.table, self.model, self.tr("Audit events"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.more_button = QPushButton(self.tr("&More"))
        self.more_button.clicked.connect(self.more)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("&User:")))
        filters.itemAt(0).widget().setBuddy(self.actor)
        filters.addWidget(self.actor)
        action_label = QLabel(self.tr("&Action:"))
        action_label.setBuddy(self.action)
        filters.addWidget(action_label)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.since)
        filters.addWidget(self.until)
        filters.addWidget(self.show_button)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(buttons)
        self.resize(960, 600)
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        try:
            actors, actions = self._log.actors(), self._log.actions()
        except StoreError as error:
            self.summary.setText(explain(error))
            return
        self.actor.clear()
        self.actor.addItem(self.tr("Everyone"), None)
        for actor in actors:
            self.actor.addItem(actor, actor)
        self.action.clear()
        self.action.addItem("")
        # Each family first ("photo"), then its actions ("photo.import").
        families = sorted({a.split(".", 1)[0] for a in actions if "." in a})
        for action in sorted(set(actions) | set(families)):
            self.action.addItem(action)
        self.action.setCurrentIndex(0)

    def chosen(self) -> AuditFilter | None:
        """The filter the fields say; None (and why, in the summary) when it cannot be."""
        since, until = self.since.value(), self.until.value()
        if since is not None and until is not None and since > until:
            self.summary.setText(self.tr("The first day is after the last."))
            return None
        return AuditFilter(
            actor=self.actor.currentData(),
            action=self.action.currentText().strip() or None,
            since=since,
            until=until,
            limit=PAGE,
        )

    def refresh(self) -> None:
        wanted = self.chosen()
        if wanted is None:
            return
        self._wanted = wanted
        self.model.set_records([])
        self._read(wanted)

    def more(self) -> None:
        if self.model.rowCount() == 0:
            return
        last = self.model.record(self.model.rowCount() - 1)
        self._read(dataclasses.replace(self._wanted, before=(last.at, last.id)))

    def _read(self, wanted: AuditFilter) -> None:
        try:
            rows = self._log.events(wanted)
        except StoreError as error:
            self.summary.setText(explain(error))
            return
        self.model.append(rows)
        complete = len(rows) < wanted.limit
        self.more_button.setEnabled(not complete)
        shown = self.model.rowCount()
        if shown == 0:
            self.summary.setText(self.tr("No events match."))
        elif complete:
            self.summary.setText(self.tr("{n} events.").format(n=shown))
        else:
            self.summary.setText(
                self.tr("The newest {n} events; More shows older ones.").format(n=shown)
            )
        self.export_button.setEnabled(shown > 0)

    def export(self) -> None:
        """Every event the filter finds (not only those shown), as a private CSV file."""
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the audit log"),
            str(start_folder(DOCUMENTS) / "audit-log.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            count = self._log.export_csv(self._wanted, path)
        except (StoreError, OSError) as error:
            self.summary.setText(explain(error))
            return
        remember_folder(DOCUMENTS, path)
        self.summary.setText(self.tr("{n} events exported to {path}.").format(n=count, path=path))
