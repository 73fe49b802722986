"""Find a patient: a search field that answers as you type, and the matches.

Typing anywhere on this page goes to the search field; Enter opens the selected (or first)
patient, Escape clears the search. An empty search lists the most recently changed patients.
A lot number finds the patients whose sessions used it (a recall), before any name match: a
moment after typing stops, and only for text that could be a lot (names answer at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.ui.patients.table import Column, PatientTableModel
from consult.ui.record_table import show_records

if TYPE_CHECKING:
    from consult.domain.records import PatientRecord
    from consult.services.course import CourseService, LotFound
    from consult.services.patients import PatientService
    from consult.services.start import PatientReader

LIMIT = 50
# The lot look-up waits for typing to pause: a keystroke answers with the names at once.
LOT_DELAY_MS = 250


class _ResultsView(QTableView):
    """The results; printable keys typed here go on to the search field."""

    typed = Signal(QKeyEvent)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.text().isprintable()
            and event.text()
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.typed.emit(event)
            return
        super().keyPressEvent(event)


class PatientListView(QWidget):
    """Emits `opened(patient_id)`, `new_patient_requested`, `answered` each time the
    results of the text typed are listed, and `lot_searched` once it was looked up as a lot."""

    opened = Signal(int)
    new_patient_requested = Signal()
    answered = Signal()
    lot_searched = Signal()  # the text typed was looked up as a lot number (found or not)

    def __init__(self, patients: PatientService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patients = patients
        self._course: CourseService | None = None  # lot numbers, once the records are open
        self._reader: PatientReader | None = None  # answers until the records are open
        self._shown_query: str | None = None
        self._lot_timer = QTimer(self)
        self._lot_timer.setSingleShot(True)
        self._lot_timer.setInterval(LOT_DELAY_MS)
        self._lot_timer.timeout.connect(self.search_lot)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search by name, phone, date of birth or lot number (type anywhere)")
        )
        self.search.setAccessibleName(self.tr("Search patients"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New patient…"))
        self.model = PatientTableModel(self)
        self.table = _ResultsView()
        show_records(self.table, self.model, self.tr("Patients found"))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to the contents measured every row again at each keystroke.
        for column, width in ((Column.BORN, 130), (Column.PHONE, 180), (Column.SKIN, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.new_button.setEnabled(patients is not None)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.setFocusProxy(self.search)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self.open_current)
        self.table.activated.connect(self._activated)
        self.table.typed.connect(self._typed)
        self.new_button.clicked.connect(self.new_patient_requested)

    def set_service(self, patients: PatientService, course: CourseService | None = None) -> None:
        """The database is open: search what was typed meanwhile (lot numbers too, with
        `course`)."""
        self._patients = patients
        self._course = course
        self.search_before_open(None)
        self.new_button.setEnabled(True)
        self.refresh()

    def show_clinical(self, shown: bool) -> None:
        """The skin type column (clinical) for a role with clinical records; hidden, and not
        filled, for one without."""
        self.model.clinical = shown
        self.table.setColumnHidden(Column.SKIN, not shown)
        self.model.layoutChanged.emit()

    def search_before_open(self, reader: PatientReader | None) -> None:
        """The reader that lists and searches while the records open (None: none, or no
        longer); what is typed is searched with it at once."""
        if self._reader is not None:
            self._reader.close()
        self._reader = reader
        if reader is not None and self._patients is None:
            self.refresh()

    @property
    def shown_query(self) -> str | None:
        """The search whose results are listed (None before any)."""
        return self._shown_query

    def refresh(self) -> None:
        """Run the search for what is typed now and show the matches."""
        query = self.search.text()
        self._lot_timer.stop()
        if self._patients is not None:
            self._show(query, self._patients.search(query, LIMIT))
            if self._course is not None and self._course.looks_like_lot(query):
                self._lot_timer.start()
            return
        found = None if self._reader is None else self._reader.search(query, LIMIT)
        if found is not None:
            self._show(query, found)
            return
        # The records are still opening and nothing else can read them; the text is kept.
        self._shown_query = None
        self.model.set_records([])
        self.status.setText(self.tr("Opening the records…"))

    def search_lot(self) -> None:
        """The text typed looked up as a lot number: its patients listed first, if any."""
        query = self.search.text()
        if self._course is None or query != self._shown_query:
            return
        lot = self._course.find_lot(query)
        if lot is not None:
            ids = {p.id for p in lot.patients}
            named = (self.model.record(row) for row in range(self.model.rowCount()))
            found = [*lot.patients, *(p for p in named if p.id not in ids)][:LIMIT]
            self.table.clearSelection()  # a recall starts at the lot's first patient
            self._show(query, found, lot)
        self.lot_searched.emit()

    def _show(self, query: str, found: list[PatientRecord], lot: LotFound | None = None) -> None:
        """The matches, the first selected; the same search shown again (the records now
        open, back from a patient) keeps the patient selected if still among them."""
        rows = self.table.selectionModel().selectedRows()
        same = rows and query == self._shown_query
        selected = self.model.record(rows[0].row()).id if same else None
        self._shown_query = query
        self.model.set_records(found)
        ids = [record.id for record in found]
        if found:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        if lot is not None:
            self.status.setText(self._lot_status(lot, len(found)))
        elif not query.strip() and not found:
            self.status.setText(
                self.tr("No patients yet: add one with New patient ({keys}).").format(
                    keys=QKeySequence(QKeySequence.StandardKey.New).toString(
                        QKeySequence.SequenceFormat.NativeText
                    )
                )
            )
        elif not query.strip():
            self.status.setText(self.tr("Recently seen patients; type to search them all."))
        elif not found:
            self.status.setText(self.tr("No patient matches “{query}”.").format(query=query))
        elif len(found) == LIMIT:
            self.status.setText(
                self.tr("The first {n} matches; type more to narrow.").format(n=LIMIT)
            )
        else:
            self.status.setText(self.tr("{n} found.").format(n=len(found)))
        self.answered.emit()

    def _lot_status(self, lot: LotFound, listed: int) -> str:
        sessions = self.tr("%n sessions", "", len(lot.uses))
        people = self.tr("%n patients", "", len(lot.patients))
        text = self.tr("Lot {lot}: used in {sessions} of {patients}, listed first.").format(
            lot=lot.number, sessions=sessions, patients=people
        )
        others = listed - len(lot.patients)
        if others > 0:
            text += " " + self.tr("%n other patients match by name, phone or birth.", "", others)
        return text

    def open_current(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        if row < self.model.rowCount():
            self.opened.emit(self.model.record(row).id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search.hasFocus():
            self.table.setFocus()
            self.table.keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()  # back to the recently seen patients
            return
        super().keyPressEvent(event)

    def _activated(self, index: QModelIndex) -> None:
        self.opened.emit(self.model.record(index.row()).id)

    def _typed(self, event: QKeyEvent) -> None:
        self.search.setFocus()
        self.search.insert(event.text())
