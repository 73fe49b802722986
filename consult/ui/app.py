"""Starts the desktop application.

The window shows first, then the recently seen patients (read without the store), and the
records open right after: SQLAlchemy alone takes about as long to import as Qt. A practitioner
can start typing a name or open a listed patient meanwhile; either is done once they are open.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from consult import __version__
from consult.config import log_dir, resource_path
from consult.services.errors import StoreError
from consult.services.start import patients_before_open
from consult.ui.errors import install_excepthook, setup_logging
from consult.ui.main_window import MainWindow
from consult.ui.patient_list import LIMIT as PATIENTS_LISTED


def run(argv: list[str], db: str | None = None) -> int:
    """Show the main window, open (and migrate) the database, and run until it closes.

    The caller checks for a display first. A database that cannot be opened is explained in a
    dialog and raised again (`StoreError`) for the command line to report; nothing is written.
    """
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("consult")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "consult.svg"))))
    setup_logging(log_dir())
    window = MainWindow()
    install_excepthook(lambda: window)
    window.show()
    app.processEvents()  # painted before the records open
    window.patient_list.show_before_open(patients_before_open(db, PATIENTS_LISTED))
    app.processEvents()  # the recent patients painted
    from consult.services.context import open_context  # the store: SQLAlchemy, Alembic

    try:
        context = open_context(db)
    except StoreError as error:
        window.close()
        if app.platformName() != "offscreen":  # nobody could close the dialog there
            QMessageBox.critical(None, "consult", f"consult cannot start.\n\n{error}")
        raise
    window.attach(context)
    app.processEvents()  # the patients listed before the backup competes for the processor
    window.start_daily_backup()
    if app.platformName() != "offscreen":  # nobody could answer a question there
        QTimer.singleShot(0, window.first_questions)
    try:
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # let a backup finish, never half-written
        context.close()
