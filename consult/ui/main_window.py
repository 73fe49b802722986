"""The main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from consult import __version__
from consult.services.backup import ensure_daily_backup
from consult.services.context import AppContext
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("consult {version}").format(version=__version__))
        self.resize(1000, 700)
        welcome = QLabel(
            self.tr(
                "The consultation workspace is being built.\n"
                "Meanwhile the clinical engine runs from the command line: consult assess FILE"
            )
        )
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(welcome)

    def start_daily_backup(self) -> None:
        """Make today's automatic backup off the GUI thread; the status bar says how it went."""
        self.statusBar().showMessage(self.tr("Making today's backup…"))
        locations = self._context.locations
        task = BackgroundTask(lambda: ensure_daily_backup(locations), self)
        task.succeeded.connect(self._daily_backup_done)
        task.failed.connect(self._daily_backup_failed)
        task.start()

    def _daily_backup_done(self, archive: Path | None) -> None:
        if archive is None:  # made earlier today, or a server database
            self.statusBar().clearMessage()
        else:
            self.statusBar().showMessage(self.tr("Backup made: {name}").format(name=archive.name))

    def _daily_backup_failed(self, error: Exception) -> None:
        if isinstance(error, StoreError):
            problem = str(error)
        else:  # a bug, not the disk: name it without any data
            problem = self.tr("an unexpected error ({kind})").format(kind=type(error).__name__)
        self.statusBar().showMessage(
            self.tr("Today's backup could not be made: {problem}").format(problem=problem)
        )
