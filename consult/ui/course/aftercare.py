"""The handout's aftercare printed again after a session, on demand: built off the GUI thread
(the same texts and pipeline as the handout, in the patient's handout language), then sent to
the printer or saved where the practitioner chooses."""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.pdf_preview import held_pdf, print_pdf
from consult.ui.save_pdf import save_pdf

if TYPE_CHECKING:
    from consult.services.context import AppContext
    from consult.services.handout import HandoutFiles

log = logging.getLogger(__name__)

PRINT = "print"
SAVE = "save"


class AftercareSheet(QObject):
    """Builds the sheet for one request at a time, then prints or saves it. `said(text,
    problem)` reports how it went; `done` fires when a request has ended, however it ended."""

    said = Signal(str, bool)
    done = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self._action: str | None = None  # what to do with the sheet once it is built
        self.files: HandoutFiles | None = None

    @property
    def busy(self) -> bool:
        return self._action is not None

    def request(
        self, action: str, patient_id: int, day: dt.date, practitioner_id: int | None
    ) -> None:
        """Build the sheet for the session of `day` and then `action` (PRINT or SAVE) it."""
        if self.busy:
            return
        try:
            given = self._context.course.aftercare_input(
                patient_id, day, practitioner_id, self._context.clinic.get()
            )
        except StoreError as error:
            self._end(str(error), problem=True)
            return
        self._action = action
        self.said.emit(self.tr("Preparing the aftercare sheet…"), False)
        # The maker is made on the GUI thread (once per process); only the build runs off it.
        work = partial(self._context.handouts.aftercare, given)
        # The application owns the task: the session view may be closed while it runs.
        task = BackgroundTask(work, QCoreApplication.instance())
        task.succeeded.connect(self._built)
        task.failed.connect(self._failed)
        task.start()

    def _built(self, files: HandoutFiles) -> None:
        self.files = files
        if self._action == PRINT:
            self._print(files)
        else:
            self._save(files)

    def _failed(self, error: Exception) -> None:
        # The type only: a message could quote the patient's name.
        log.error("the aftercare sheet could not be built (%s)", type(error).__name__)
        self._end(
            self.tr("The aftercare sheet could not be prepared ({reason}).").format(
                reason=str(error) or type(error).__name__
            ),
            problem=True,
        )

    def _print(self, files: HandoutFiles) -> None:
        if not QPrinterInfo.availablePrinters():
            self._end(
                self.tr("No printer is set up on this computer. Save the PDF and print it."),
                problem=True,
            )
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Aftercare"))  # print queues are seen by others
        if QPrintDialog(printer, self._window).exec() != QDialog.DialogCode.Accepted:
            self._end("")
            return
        document = held_pdf(files.pdf, self)
        try:
            print_pdf(document, printer)
        except OSError:
            self._end(self.tr("The printer could not be used."), problem=True)
            return
        finally:
            document.deleteLater()
        self._end(self.tr("Aftercare sent to the printer."))

    def _save(self, files: HandoutFiles) -> None:
        path, problem = save_pdf(self._window, self.tr("Save the aftercare sheet"), files.pdf)
        if path is None:
            self._end(problem, problem=bool(problem))
            return
        self._end(self.tr("Aftercare saved to {path}").format(path=path))

    def _end(self, text: str, problem: bool = False) -> None:
        self._action = None
        self.said.emit(text, problem)
        self.done.emit()
