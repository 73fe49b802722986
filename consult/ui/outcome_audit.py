"""Reports → Outcome audit…: the practice's results by baseline grade, adverse events per
session and, where several practitioners work, per practitioner; the window chosen with two
dates; saved as PDF or CSV. The same audit as `consult audit-outcomes`; no patient named."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.outcome_audit import EventRow, GradeRow, PractitionerRow
from consult.services.errors import StoreError
from consult.services.outcome_audit import (
    EXPLANATION,
    AuditReport,
    audit_csv,
    audit_outcomes,
    audit_pdf,
    rate_text,
    spread_text,
)
from consult.ui.background import BackgroundTask
from consult.ui.date_field import OptionalDay
from consult.ui.errors import explain
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder
from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.rule_texts import rule_text
from consult.ui.save_pdf import save_pdf
from consult.ui.theme import set_tone

if TYPE_CHECKING:
    from consult.services.context import AppContext


class GradeModel(RecordTableModel[GradeRow]):
    """One row per baseline grade; the patients of the rows add up to those treated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                self.tr("Baseline grade"),
                self.tr("Patients"),
                self.tr("With follow-up"),
                self.tr("Sessions per course"),
                self.tr("Change in G&B quantitative"),
                self.tr("Change in ECCA"),
            ),
            parent,
        )

    def cell(self, record: GradeRow, column: int) -> str:
        grade = str(record.grade) if record.grade is not None else self.tr("not graded")
        return (
            grade,
            str(record.patients),
            str(record.with_follow_up),
            spread_text(record.sessions),
            spread_text(record.goodman_baron_change),
            spread_text(record.ecca_change),
        )[column]


class EventModel(RecordTableModel[EventRow]):
    def __init__(self, labels: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__((self.tr("Adverse event"), self.tr("Count"), self.tr("Rate")), parent)
        self.labels = labels

    def cell(self, record: EventRow, column: int) -> str:
        label = self.labels.get(record.type, record.type)
        return (label, str(record.count), rate_text(record.per_session))[column]


class PractitionerModel(RecordTableModel[PractitionerRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                self.tr("Practitioner"),
                self.tr("Patients"),
                self.tr("Sessions"),
                self.tr("Change in G&B quantitative"),
                self.tr("Change in ECCA"),
                self.tr("Adverse events"),
            ),
            parent,
        )
        self.report: AuditReport | None = None

    def cell(self, record: PractitionerRow, column: int) -> str:
        name = self.report.practitioner(record.practitioner) if self.report else ""
        return (
            name,
            str(record.patients),
            str(record.sessions),
            spread_text(record.goodman_baron_change),
            spread_text(record.ecca_change),
            str(record.events),
        )[column]


class AuditTable(QTableView):
    """A table as tall as its rows (up to `ROWS_SHOWN`; more scroll) and as wide as the
    dialog: columns fit their contents and share the width left over. Where the dialog is
    short of room it may shrink to `ROWS_MIN` rows, never to a sliver."""

    ROWS_SHOWN = 12
    ROWS_MIN = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Maximum: as tall as the rows and no taller; the room left goes below the tables.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def fit(self) -> None:
        """After the rows changed: columns to their contents, the height to the rows."""
        self.resizeColumnsToContents()
        self._share_width()
        self.updateGeometry()

    def _height(self, rows: int) -> int:
        count = self.model().rowCount() if self.model() is not None else 0
        shown = min(count, rows)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(shown))
        if shown == 0:  # one row's room: a header alone reads as a broken table
            height += self.verticalHeader().defaultSectionSize()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.ROWS_SHOWN))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height(self.ROWS_MIN))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_width()

    def _share_width(self) -> None:
        """The width the columns' contents leave, shared equally among them."""
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        if not columns:
            return
        header = self.horizontalHeader()
        wanted = [max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(columns)]
        spare = self.viewport().width() - sum(wanted)
        for column, width in enumerate(wanted):
            share = spare // columns + (1 if column < spare % columns else 0) if spare > 0 else 0
            self.setColumnWidth(column, width + share)


class OutcomeAuditDialog(QDialog):
    """Shows the audit of the chosen window; Show reads it again off the GUI thread."""

    shown = Signal()  # an audit is on screen (tests wait for it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.report: AuditReport | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Outcome audit"))
        today = QDate.currentDate()
        self.start = OptionalDay(self.tr("From"), today.addYears(-1))
        self.end = OptionalDay(self.tr("To"), today)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.grades = AuditTable()
        self.grade_model = GradeModel(self)
        show_records(self.grades, self.grade_model, self.tr("Outcomes by baseline grade"))
        self.events = AuditTable()
        labels = {k: rule_text(c.label) for k, c in context.rules.course.adverse_events.items()}
        self.event_model = EventModel(labels, self)
        show_records(self.events, self.event_model, self.tr("Adverse events"))
        self.practitioners = AuditTable()
        self.practitioner_model = PractitionerModel(self)
        show_records(self.practitioners, self.practitioner_model, self.tr("Per practitioner"))
        self.practitioner_heading = QLabel(self.tr("<b>Per practitioner</b>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(
            self.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.csv_button = buttons.addButton(
            self.tr("Save as &CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        buttons.rejected.connect(self.reject)

        window = QHBoxLayout()
        window.addWidget(self.start)
        window.addWidget(self.end)
        window.addWidget(self.show_button)
        window.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(window)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("<b>By baseline grade</b>")))
        layout.addWidget(self.grades)
        explanation = QLabel(EXPLANATION)  # the same words as the PDF and the CLI
        explanation.setWordWrap(True)
        set_tone(explanation, "muted")
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("<b>Adverse events</b>")))
        layout.addWidget(self.events)
        layout.addWidget(self.practitioner_heading)
        layout.addWidget(self.practitioners)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self._set_saving(False)
        self.refresh()

    def _set_saving(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.csv_button.setEnabled(enabled)

    def refresh(self) -> None:
        """Read the audit of the window now chosen."""
        start, end = self.start.value(), self.end.value()
        if start is not None and end is not None and start > end:
            self.summary.setText(self.tr("The window's start is after its end."))
            return
        self.show_button.setEnabled(False)
        self._set_saving(False)
        self.summary.setText(self.tr("Reading the records…"))
        context = self._context
        self._task = BackgroundTask(
            lambda: audit_outcomes(
                context.database, context.rules, start, end, current=context.current
            ),
            self,
        )
        self._task.succeeded.connect(self._show)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _show(self, report: AuditReport) -> None:
        self.report = report
        audit = report.audit
        self.summary.setText(
            self.tr("Patients treated: {patients}; sessions performed: {sessions}.").format(
                patients=audit.patients, sessions=audit.sessions
            )
        )
        self.grade_model.set_records(audit.grades)
        self.event_model.set_records(audit.events)
        self.practitioner_model.report = report
        self.practitioner_model.set_records(audit.practitioners)
        several = bool(audit.practitioners)
        self.practitioners.setVisible(several)
        self.practitioner_heading.setVisible(several)
        for table in (self.grades, self.events, self.practitioners):
            table.fit()
        self.show_button.setEnabled(True)
        self._set_saving(True)
        self.shown.emit()

    def _failed(self, error: Exception) -> None:
        self.show_button.setEnabled(True)
        self.summary.setText(explain(error))

    def save_pdf(self) -> None:
        if self.report is None:
            return
        _, problem = save_pdf(self, self.tr("Save the outcome audit"), audit_pdf(self.report))
        if problem:
            QMessageBox.warning(self, self.tr("Outcome audit"), problem)

    def save_csv(self) -> None:
        if self.report is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the outcome audit"),
            str(start_folder(DOCUMENTS)),
            self.tr("CSV files (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        from consult.services.files import write_private
        from consult.services.handout import check_outputs

        try:
            check_outputs([path])
            write_private(path, audit_csv(self.report).encode("utf-8"))
        except (StoreError, OSError) as error:
            QMessageBox.warning(self, self.tr("Outcome audit"), explain(error))
            return
        remember_folder(DOCUMENTS, path)
