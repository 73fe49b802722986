"""The Handout page: the patient's handout and consent form, built in the background from the
plan as confirmed, shown in the window, printed or saved.

A build runs only when what would be printed changed since the last one, and one at a time: a
refresh during a build asks for one more build afterwards, and the older result is dropped.

`consult.services.handout` is imported where it is used: it loads reportlab (about 0.2 s), which
starting the window must not pay for.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from consult.domain.errors import DocumentError
from consult.domain.handout import HandoutInput
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder
from consult.ui.pdf_preview import PdfPreview, print_pdf
from consult.ui.theme import set_banner, set_tone
from consult.ui.wizard.page import WizardPage
from consult.ui.wizard.session import ConsultationSession
from consult.ui.wording import worded

if TYPE_CHECKING:
    from consult.services.handout import HandoutFiles

log = logging.getLogger(__name__)

# Characters no file system takes in a name (Windows is the strictest).
UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class HandoutStep(WizardPage):
    """Emits `built` each time a newly built handout is shown."""

    built = Signal()

    def __init__(self, session: ConsultationSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.files: HandoutFiles | None = None
        # What the newest build was asked for; a result built from anything else is dropped.
        self._wanted: HandoutInput | None = None
        self._generation = 0
        # The generation of the build running, or None: builds run one at a time.
        self._running: int | None = None

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the document shown below"))
        self.save_pdf_button = QPushButton(self.tr("Save P&DF…"))
        self.save_calendar_button = QPushButton(self.tr("Save ca&lendar…"))
        self.save_consent_button = QPushButton(self.tr("Save c&onsent form…"))
        self.sign_consent_button = QPushButton(self.tr("Si&gn consent…"))
        self.sign_consent_button.setToolTip(
            self.tr("The patient reads the consent form on screen, ticks each statement and signs")
        )
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the build cannot say how far it is
        self.progress.setMaximumWidth(160)
        self.progress.setAccessibleName(self.tr("Preparing the handout"))
        self.busy_label = QLabel(self.tr("Preparing the handout…"))
        self.buttons = (
            self.print_button,
            self.save_pdf_button,
            self.save_calendar_button,
            self.save_consent_button,
            self.sign_consent_button,
            self.retry_button,
        )
        # One row of buttons, or as many as the width needs (French's fill 1024 pixels).
        self.button_rows = QVBoxLayout()
        self._flow_buttons(len(self.buttons))
        # Under the buttons, not beside them: the buttons alone fill 1024 pixels in German.
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress)
        busy.addStretch(1)

        self.problem_label = _wrapping_label()
        set_tone(self.problem_label, "error")
        self.warning_label = _wrapping_label()
        set_banner(self.warning_label, "warning")
        self.warning_label.setStyleSheet("padding: 4px;")
        self.saved_label = _wrapping_label()
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.consent_note = _wrapping_label()
        set_banner(self.consent_note, "warning")
        self.consent_note.setStyleSheet("padding: 4px;")
        self.consent_note.setText(
            self.tr(
                "The signed consent predates the current plan: its form shows other session "
                "dates. Sign again if what was agreed has changed."
            )
        )

        self.handout_view = PdfPreview()
        self.handout_view.setAccessibleName(self.tr("Handout preview"))
        self.consent_view = PdfPreview()
        self.consent_view.setAccessibleName(self.tr("Consent form preview"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.handout_view, self.tr("Handout"))
        self.tabs.addTab(self.consent_view, self.tr("Consent form"))
        self.setFocusProxy(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.button_rows)
        layout.addLayout(busy)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.consent_note)
        layout.addWidget(self.tabs, 1)

        self.print_button.clicked.connect(self.print_shown)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.save_calendar_button.clicked.connect(self.save_calendar)
        self.save_consent_button.clicked.connect(self.save_consent)
        self.sign_consent_button.clicked.connect(self.sign_consent)
        self.retry_button.clicked.connect(self.refresh)
        printing = QShortcut(QKeySequence.StandardKey.Print, self)
        printing.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        printing.setWhatsThis(self.tr("Consultation, Handout step → Print the document shown"))
        printing.activated.connect(self.print_shown)
        self._show_files(None)

    def title(self) -> str:
        return self.tr("Handout")

    def fit_width(self, width: int) -> None:
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        used = 0
        fit = 0
        for button in self.buttons:
            needed = 0 if button.isHidden() else button.sizeHint().width() + spacing * bool(used)
            if used + needed > width:
                break
            used += needed
            fit += 1
        if max(fit, 1) != self._per_row:
            self._flow_buttons(max(fit, 1))

    def _flow_buttons(self, per_row: int) -> None:
        """The buttons in rows of `per_row`, left to right."""
        self._per_row = per_row
        while self.button_rows.count():
            row = self.button_rows.takeAt(0).layout()
            while row.count():
                row.takeAt(0)
            row.deleteLater()
        for start in range(0, len(self.buttons), per_row):
            row = QHBoxLayout()
            for button in self.buttons[start : start + per_row]:
                row.addWidget(button)
            row.addStretch(1)
            self.button_rows.addLayout(row)

    def blocker(self) -> str:
        return ""  # the handout is optional

    @property
    def building(self) -> bool:
        return self._running is not None

    def refresh(self) -> None:
        """Build the documents again when what they would print has changed."""
        self.retry_button.hide()
        self._show_consent_note()
        preview = self.session.preview
        if preview is None:
            self._drop_builds()
            self._say_problem(
                self.tr("There is no handout yet: {problem}").format(
                    problem=worded(self.session.problem)
                )
            )
            return
        try:
            given = self.session.handout_input()
        except StoreError as error:
            self._drop_builds()
            self._say_problem(
                self.tr(
                    "The clinic's details could not be read, so there is no handout: {e}"
                ).format(e=error)
            )
            self.retry_button.show()
            return
        if given == self._wanted:
            return
        self._wanted = given
        self._generation += 1
        self._say_problem("")
        self.saved_label.hide()
        self._build()

    def _drop_builds(self) -> None:
        self._wanted = None
        self._generation += 1
        self._show_files(None)

    def _build(self) -> None:
        given = self._wanted
        if self._running is not None or given is None:
            return  # `_finished` starts the newest build when the running one ends
        build = self.session.handout_builder(given)  # the maker made here, on the GUI thread
        self._running = self._generation
        self._update_actions()
        # The task belongs to the application, not to this page: a consultation closed during
        # a build is deleted, and Qt then drops the connections to its methods. Bound methods,
        # not lambdas: PySide (6.11, 6.12) crashes deleting a task connected to lambdas.
        task = BackgroundTask(build, QCoreApplication.instance())
        task.succeeded.connect(self._built)
        task.failed.connect(self._build_failed)
        task.start()

    def _finished(self) -> bool:
        """Whether the build that ended is still the one wanted; if not, the newest starts."""
        current = self._running == self._generation
        self._running = None
        if not current:
            self._build()
        self._update_actions()
        return current

    def _built(self, files: HandoutFiles) -> None:
        if not self._finished():
            return
        self._show_files(files)
        self.built.emit()

    def _build_failed(self, error: Exception) -> None:
        if not self._finished():
            return
        # The type only: a message could quote the patient's name.
        log.error("the handout could not be built (%s)", type(error).__name__)
        self._wanted = None  # so that trying again builds again
        self._show_files(None)
        self._say_problem(
            self.tr(
                "The handout could not be prepared ({reason}). Try again; if it fails again, "
                "finish the consultation and print the handout later."
            ).format(reason=str(error) or type(error).__name__)
        )
        self.retry_button.show()

    def _show_files(self, files: HandoutFiles | None) -> None:
        self.files = files
        if files is None:
            self.handout_view.clear()
            self.consent_view.clear()
        else:
            self.handout_view.show_pdf(files.pdf)
            if files.consent is not None:
                self.consent_view.show_pdf(files.consent)
        self.tabs.setTabEnabled(
            self.tabs.indexOf(self.consent_view), files is not None and files.consent is not None
        )
        self.warning_label.setText("\n".join(files.warnings) if files else "")
        self.warning_label.setVisible(bool(files and files.warnings))
        self._update_actions()

    def _update_actions(self) -> None:
        """While a build runs the documents shown may be out of date: nothing leaves then."""
        busy = self.building
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        files = None if busy else self.files
        self.print_button.setEnabled(files is not None)
        self.save_pdf_button.setEnabled(files is not None)
        self.save_consent_button.setEnabled(files is not None and files.consent is not None)
        self.sign_consent_button.setEnabled(files is not None and files.consent is not None)
        self.save_calendar_button.setEnabled(files is not None and files.ics is not None)
        if files is not None and files.ics is None:
            self.save_calendar_button.setToolTip(
                self.tr("No sessions are planned, so there are no dates for a calendar")
            )
        else:
            self.save_calendar_button.setToolTip(
                self.tr("Save the session dates as a file for a calendar program or phone")
            )

    def _say_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    # Printing

    def print_shown(self) -> None:
        """Print the document in the open tab through the system's print dialog."""
        consent = self.tabs.currentWidget() is self.consent_view
        view = self.consent_view if consent else self.handout_view
        if self.files is None or self.building or view.page_count == 0:
            return
        if not QPrinterInfo.availablePrinters():
            self._say_problem(
                self.tr(
                    "No printer is set up on this computer. Save the PDF and print it from "
                    "another program, or set up a printer and try again."
                )
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # Print queues are seen by others: the job is named without the patient's name.
        printer.setDocName(self.tr("Consent form") if consent else self.tr("Patient handout"))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, view.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pdf(view.document(), printer)
        except OSError:
            self._say_problem(
                self.tr(
                    "The printer could not be used. Check that it is on and connected, or save "
                    "the PDF and print it from another program."
                )
            )
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._say_problem("")
        self._say_saved(self.tr("Sent to the printer."))
        if not consent:
            self.session.handout_given = self._wanted

    # Saving

    def save_pdf(self) -> None:
        if self.files is not None and self._save(
            self.files.pdf, self.tr("handout"), ".pdf", self._pdf_filter()
        ):
            self.session.handout_given = self._wanted

    def sign_consent(self) -> None:
        """Sign the consent form as shown (the plan as it stands) in a dialog; the signed PDF
        is kept with the record."""
        given = self._wanted
        if given is None or self.building:
            return
        from consult.ui.consent_dialogs import treatment_consent_dialog

        try:
            dialog = treatment_consent_dialog(
                self.session.context,
                self.session.patient,
                self,
                (self.session.consultation_id, given),
                self.session.practitioner_name(),
            )
        except (DocumentError, StoreError) as error:
            self._say_problem(worded(getattr(error, "message", str(error))))
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.record is not None:
            self.saved_label.setText(self.tr("The consent was signed and kept with the record."))
            self.saved_label.show()
            self.session.consent_signed()
            self._show_consent_note()

    def _show_consent_note(self) -> None:
        try:
            outdated = self.session.consent_predates_plan()
        except StoreError:
            outdated = False  # the consents cannot be read: the signing says why, if tried
        self.consent_note.setVisible(outdated)

    def save_consent(self) -> None:
        if self.files is not None and self.files.consent is not None:
            self._save(self.files.consent, self.tr("consent form"), ".pdf", self._pdf_filter())

    def save_calendar(self) -> None:
        if self.files is not None and self.files.ics is not None:
            self._save(
                self.files.ics,
                self.tr("sessions"),
                ".ics",
                self.tr("Calendar files (*.ics)"),
            )

    def _pdf_filter(self) -> str:
        return self.tr("PDF documents (*.pdf)")

    def _save(self, data: bytes, what: str, suffix: str, name_filter: str) -> bool:
        """Save one document where the user chooses; whether it was saved."""
        from consult.services.handout import check_outputs, write_outputs

        suggested = start_folder(DOCUMENTS) / (self._file_stem(what) + suffix)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the {what}").format(what=what), str(suggested), name_filter
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        try:
            check_outputs([path])
            write_outputs([(path, data)])
        except StoreError as error:  # UnusablePath included
            self._say_problem(self.tr("Nothing was saved: {reason}").format(reason=error))
            return False
        except OSError as error:
            self._say_problem(
                self.tr("Nothing was saved: {path} could not be written ({reason}).").format(
                    path=path, reason=error.strerror or type(error).__name__
                )
            )
            return False
        remember_folder(DOCUMENTS, path)
        self._say_problem("")
        self._say_saved(self.tr("Saved to {path}").format(path=path))
        return True

    def _file_stem(self, what: str) -> str:
        """A name such as `Moreno 2026-11-24 handout`: the family name helps find the file
        later; it is offered in the user's own save dialog only, never logged."""
        details = self.session.patient.details
        stem = f"{details.family_name} {self.session.draft.date.isoformat()} {what}"
        return " ".join(UNSAFE_IN_FILE_NAMES.sub(" ", stem).split()).strip(". ")

    def _say_saved(self, text: str) -> None:
        self.saved_label.setText(text)
        self.saved_label.setVisible(bool(text))


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.hide()
    return label
