"""Starts the desktop application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from consult import __version__
from consult.ui.main_window import MainWindow


def run(argv: list[str]) -> int:
    """Open the main window and run until it closes (the caller checks for a display first)."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("consult")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    return app.exec()
