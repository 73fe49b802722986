"""A finished consultation as a record: findings, scores, the plan as decided, the notes, and
its handout, prepared again (off the GUI thread) to print or save. Nothing here edits it;
"All pages…" shows the wizard's pages read-only for whoever wants every answer."""

from __future__ import annotations

import logging
from enum import IntEnum
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.model import Finding
from consult.domain.plan_status import PlanStatus
from consult.services.editing import ConsultationEditor
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.errors import explain
from consult.ui.formats import show_date
from consult.ui.pdf_preview import PdfPreview, print_pdf
from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.rule_texts import rule_text
from consult.ui.save_pdf import save_pdf
from consult.ui.theme import set_tone
from consult.ui.wording import override_value

if TYPE_CHECKING:
    from consult.domain.consultation import ConsultationRecord
    from consult.domain.records import PatientRecord
    from consult.domain.rules import Rules
    from consult.services.context import AppContext
    from consult.services.handout import HandoutFiles

log = logging.getLogger(__name__)


class FindingColumn(IntEnum):
    ZONE = 0
    SCAR = 1
    AMOUNT = 2


class FindingsTableModel(RecordTableModel[Finding]):
    def __init__(self, rules: Rules, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Zone"), self.tr("Scar type"), self.tr("Count or area")), parent)
        self._rules = rules

    def cell(self, record: Finding, column: int) -> str:
        if column == FindingColumn.ZONE:
            return rule_text(self._rules.zones[record.zone].label)
        if column == FindingColumn.SCAR:
            return rule_text(self._rules.scar_types[record.scar_type].label)
        if self._rules.scar_types[record.scar_type].by_area:
            return self.tr("{area} cm²").format(area=f"{record.area_cm2:g}")
        return str(record.count)


class ConsultationView(QWidget):
    """Emits `back_requested(patient_id)` and `pages_requested(consultation_id)`."""

    back_requested = Signal(int)
    pages_requested = Signal(int)
    handout_ready = Signal()

    def __init__(
        self,
        context: AppContext,
        patient: PatientRecord,
        record: ConsultationRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.patient = patient
        self.record = record
        self.files: HandoutFiles | None = None
        rules = context.rules
        self.back_button = QPushButton(self.tr("← &Course"))
        self.pages_button = QPushButton(self.tr("All &pages…"))
        self.pages_button.setToolTip(self.tr("Every page of the consultation, read-only"))
        self.heading = QLabel(
            self.tr("<h2>Consultation of {date} · {name}</h2>").format(
                date=show_date(record.draft.date), name=escape(patient.details.full_name)
            )
        )
        self.heading.setWordWrap(True)
        self.findings = FindingsTableModel(rules, self)
        self.findings.set_records([f for f in record.draft.findings if f.present])
        self.findings_table = QTableView()
        show_records(self.findings_table, self.findings, self.tr("Findings"))
        header = self.findings_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FindingColumn.SCAR, QHeaderView.ResizeMode.Stretch)
        self.scores = QLabel()
        self.scores.setObjectName("consultationScores")
        self.scores.setWordWrap(True)
        self.plan = QLabel()
        self.plan.setObjectName("consultationPlan")
        self.plan.setWordWrap(True)
        self.notes = QLabel(escape(record.draft.notes) or self.tr("No notes."))
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.handout_button = QPushButton(self.tr("&Try again"))
        self.handout_button.setToolTip(self.tr("Prepare the patient's handout again"))
        self.handout_button.hide()  # shown when preparing it failed
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PdfPreview()
        self.preview.setAccessibleName(self.tr("Handout"))
        self._fill()
        self._lay_out()
        self.back_button.clicked.connect(lambda: self.back_requested.emit(patient.id))
        self.pages_button.clicked.connect(lambda: self.pages_requested.emit(record.id))
        self.handout_button.clicked.connect(self.build_handout)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_handout)
        self.build_handout()

    def _fill(self) -> None:
        scores = self.record.scores
        if scores is None:
            self.scores.setText(self.tr("Not scored."))
        else:
            grade = scores.qualitative_used
            self.scores.setText(
                self.tr(
                    "Goodman & Baron quantitative <b>{gb}</b> · ECCA <b>{ecca}</b> · "
                    "Goodman & Baron grade <b>{grade}</b>"
                ).format(
                    gb=scores.goodman_baron_quantitative,
                    ecca=scores.ecca,
                    grade=grade if grade is not None else self.tr("not given"),
                )
            )
        plan = self.record.plan
        if plan is None:
            self.plan.setText(self.tr("No plan."))
        elif plan.status == PlanStatus.BLOCKED:
            self.plan.setText(self.tr("Deferred: the screening stopped the plan."))
        elif plan.status != PlanStatus.SUGGESTED:
            self.plan.setText(self.tr("No sessions planned."))
        else:
            zones = self._context.rules.zones
            lines = [
                self.tr("%n sessions", "", plan.sessions_final)
                + self.tr(", every {n} weeks").format(n=plan.interval_final_weeks),
                self.tr("Dates: {dates}").format(dates=escape(override_value(plan.dates))),
                self.tr("Depths: {depths}").format(
                    depths=" · ".join(
                        f"{escape(rule_text(zones[z].label))} {override_value(d)}"
                        for z, d in plan.depths_mm.items()
                    )
                ),
            ]
            lines += [
                self.tr("Changed from the suggestion: {field} ({reason})").format(
                    field=escape(o.changed.field), reason=escape(o.reason)
                )
                for o in plan.overrides
            ]
            self.plan.setText("<br>".join(lines))
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        self.preview.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.pages_button)
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        facts.addRow(self.tr("<b>Scores</b>"), self.scores)
        facts.addRow(self.tr("<b>Plan</b>"), self.plan)
        facts.addRow(self.tr("<b>Notes</b>"), self.notes)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 8, 0)
        column.addLayout(facts)
        column.addWidget(QLabel(self.tr("<b>Findings</b>")))
        column.addWidget(self.findings_table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Handout</b>")))
        buttons.addStretch(1)
        buttons.addWidget(self.handout_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(8, 0, 0, 0)
        side.addLayout(buttons)
        side.addWidget(self.status)
        side.addWidget(self.preview, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)

    # -- the handout --------------------------------------------------------------------------

    def build_handout(self) -> None:
        """The handout built again off the GUI thread, then shown to print or save."""
        try:
            editor = ConsultationEditor(self._context, self.patient, self.record)
            given = editor.handout_input()
        except StoreError as error:
            self._say(explain(error), problem=True)
            return
        if given is None:
            self._say(self.tr("This consultation has no plan to print."), problem=True)
            return
        self.handout_button.hide()
        self._say(self.tr("Preparing the handout…"))
        # The application owns the task: this view may be closed while it runs.
        task = BackgroundTask(editor.handout_builder(given), QCoreApplication.instance())
        task.succeeded.connect(self._built)
        task.failed.connect(self._failed)
        task.start()

    def _built(self, files: HandoutFiles) -> None:
        self.files = files
        self.preview.show_pdf(files.pdf)
        self.preview.show()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self._say("")
        self.handout_ready.emit()

    def _failed(self, error: Exception) -> None:
        # The type only: a message could quote the patient's name.
        log.error("the handout could not be built again (%s)", type(error).__name__)
        self.handout_button.show()
        self._say(
            self.tr("The handout could not be prepared ({reason}).").format(
                reason=str(error) or type(error).__name__
            ),
            problem=True,
        )

    def print_handout(self) -> None:
        if self.files is None:
            return
        if not QPrinterInfo.availablePrinters():
            self._say(
                self.tr("No printer is set up on this computer. Save the PDF and print it."),
                problem=True,
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Patient handout"))  # print queues are seen by others
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.preview.document(), printer)
        except OSError:
            self._say(self.tr("The printer could not be used."), problem=True)
            return
        self._say(self.tr("Sent to the printer."))

    def save_handout(self) -> None:
        """Save the PDF where the user chooses, through the same checks as the wizard (a
        device or a pipe is written to, never replaced)."""
        if self.files is None:
            return
        path, problem = save_pdf(self, self.tr("Save the handout"), self.files.pdf)
        if path is None:
            if problem:
                self._say(problem, problem=True)
            return
        self._say(self.tr("Saved to {path}").format(path=path))

    def _say(self, text: str, problem: bool = False) -> None:
        self.status.setText(text)
        set_tone(self.status, "error" if problem else None)
        self.status.setVisible(bool(text))
