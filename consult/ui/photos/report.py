"""The patient's progress report, on demand: read on the GUI thread, built off it (the same
pipeline, fonts and branding as the handout), then saved where the practitioner chooses."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.save_pdf import save_pdf

if TYPE_CHECKING:
    from consult.services.context import AppContext
    from consult.services.handout import HandoutFiles

log = logging.getLogger(__name__)


class ProgressReport(QObject):
    """One request at a time. `said(text, problem)` reports how it went; `done` fires when a
    request has ended, however it ended."""

    said = Signal(str, bool)
    done = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self.busy = False
        self.files: HandoutFiles | None = None

    def request(self, patient_id: int) -> None:
        if self.busy:
            return
        from consult.services.progress import build_progress, progress_input  # reportlab

        try:
            given, language = progress_input(self._context, patient_id)
        except StoreError as error:
            self._end(str(error), problem=True)
            return
        self.busy = True
        self.said.emit(self.tr("Preparing the progress report…"), False)
        # The maker is made on the GUI thread (once per process); only the build runs off it.
        work = partial(build_progress, self._context.handouts, given, language)
        task = BackgroundTask(work, QCoreApplication.instance())
        task.succeeded.connect(self._built)
        task.failed.connect(self._failed)
        task.start()

    def _built(self, files: HandoutFiles) -> None:
        self.files = files
        path, problem = save_pdf(self._window, self.tr("Save the progress report"), files.pdf)
        if path is None:
            self._end(problem, problem=bool(problem))
            return
        self._end(self.tr("Progress report saved to {path}").format(path=path))

    def _failed(self, error: Exception) -> None:
        # The type only: a message could quote the patient's name.
        log.error("the progress report could not be built (%s)", type(error).__name__)
        self._end(
            self.tr("The progress report could not be prepared ({reason}).").format(
                reason=str(error) or type(error).__name__
            ),
            problem=True,
        )

    def _end(self, text: str, problem: bool = False) -> None:
        self.busy = False
        self.said.emit(text, problem)
        self.done.emit()
