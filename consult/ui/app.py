"""Starts the desktop application."""

from __future__ import annotations

import sys

# Before PySide6, which inspects every module imported after it: the store's are many.
from consult import __version__
from consult.config import log_dir
from consult.services.context import open_context
from consult.services.errors import StoreError

# isort: split
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from consult.ui.errors import install_excepthook, setup_logging
from consult.ui.main_window import MainWindow


def run(argv: list[str], db: str | None = None) -> int:
    """Open the database and the main window, and run until it closes.

    The caller checks for a display first. A database that cannot be opened is explained in a
    dialog and raised again (`StoreError`) for the command line to report; nothing is written.
    """
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("consult")
    app.setApplicationVersion(__version__)
    try:
        context = open_context(db)
    except StoreError as error:
        if app.platformName() != "offscreen":  # nobody could close the dialog there
            QMessageBox.critical(None, "consult", f"consult cannot start.\n\n{error}")
        raise
    setup_logging(log_dir())
    window = MainWindow(context)
    install_excepthook(lambda: window)
    window.show()
    window.start_daily_backup()
    if app.platformName() != "offscreen":  # nobody could answer a question there
        QTimer.singleShot(0, window.first_questions)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # let a backup finish, never half-written
        context.close()
