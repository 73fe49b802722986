"""The main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from consult import __version__
from consult.services.context import AppContext


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
