"""Starts the desktop application.

Who is at the keyboard is settled first (`consult.ui.access.start`): sign-in, or the first
admin's account; with a password given (`CONSULT_PASSWORD_FILE`, for automation) the caller
brings the `Admission` and nothing is asked. An encrypted database's key is unwrapped with
Argon2 alone, so the store still loads on the worker thread.

The window shows then and answers searches at once with Python's own sqlite3 (see
`consult.services.start`), with that key; the records open meanwhile on a worker thread, as
SQLAlchemy alone takes about as long to import as Qt. A patient opened from the list
meanwhile is shown once they are open.
"""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from consult import __version__
from consult.config import log_dir, resource_path
from consult.services.errors import SignInRefused, StoreError
from consult.services.start import reader_before_open
from consult.ui.errors import install_excepthook, setup_logging
from consult.ui.fonts import add_shipped_fonts
from consult.ui.i18n import install_translations, window_locale
from consult.ui.main_window import MainWindow
from consult.ui.sources import forget_sources_read_on_import
from consult.ui.theme import follow_theme
from consult.ui.touch import apply_touch_choice

if TYPE_CHECKING:
    from consult.services.access import Admission
    from consult.services.context import AppContext

# As the window's code loads rather than when it runs: all imported after this (the store, the
# wizard, reportlab) has its source read by PySide6.
forget_sources_read_on_import()

# What `--quit-when-ready` types: a one-letter name prefix, which many names share.
READY_QUERY = "a"


class _StoreOpening(QObject):
    """Opens the records (`open_context`) for whoever was admitted (an unlocked key's
    account is checked there) on a daemon thread; `opened(context)` or
    `failed(exception)` comes on the GUI thread. Abandoned (`abandon`), it reports to nobody:
    the process may then end without waiting for it."""

    opened = Signal(object)
    failed = Signal(object)
    # Emitted on the worker thread; this object lives on the GUI thread, so the connected
    # slot runs there (a queued connection).
    _finished = Signal(bool, object)

    def __init__(self, db: str | None, admission: Admission) -> None:
        super().__init__()
        self._db = db
        self._admission = admission
        self._lock = threading.Lock()
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="consult-open", daemon=True)
        self._finished.connect(self._report)

    def start(self) -> None:
        self._thread.start()

    def started(self) -> bool:
        return self._thread.ident is not None

    def _run(self) -> None:
        try:
            from consult.services.context import open_context  # SQLAlchemy, Alembic

            context = open_context(self._db, self._admission.completed(self._db))
        except Exception as error:  # told on the GUI thread
            with self._lock:  # never emitted once the GUI thread has let this object go
                if not self._abandoned:
                    self._finished.emit(False, error)
            return
        with self._lock:
            if self._abandoned:
                context.close()
            else:
                self._finished.emit(True, context)

    @Slot(bool, object)
    def _report(self, ok: bool, outcome: object) -> None:
        (self.opened if ok else self.failed).emit(outcome)

    def wait(self) -> None:
        self._thread.join()

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True


def _admit(db: str | None) -> Admission | None:
    """The sign-in or set-up dialogs; a database that cannot be opened is explained in a
    dialog too and raised again for the command line."""
    # Imported only when asked for: a start with a password given skips the dialogs.
    from consult.ui.access.start import StartGate

    try:
        return StartGate(db).admit()
    except StoreError as error:
        QMessageBox.critical(None, "consult", f"consult cannot start.\n\n{error}")
        raise


def follow_language_direction(app: QGuiApplication, language: QLocale | None = None) -> None:
    """Lay the window out right to left for a right-to-left user-interface language (Arabic,
    Hebrew, …): Qt mirrors every layout, and its widgets handle the text. `language` is the
    window's language, the system's until Settings can choose one."""
    app.setLayoutDirection((language or QLocale()).textDirection())


def run(
    argv: list[str],
    db: str | None = None,
    quit_when_ready: bool = False,
    admission: Admission | None = None,
) -> int:
    """Let someone in, show the main window, open (and migrate) the database, and run until
    it closes.

    `admission`: who signed in with a password given beforehand (automation); without it the
    sign-in or set-up dialogs ask, and a cancel there ends the start quietly (0), nothing
    written. Nobody can answer them offscreen: `SignInRefused` says to give a password.

    `quit_when_ready` (a benchmarking aid): type `READY_QUERY` into the search as soon as the
    window shows, and quit once its results are listed, asking nothing and making no backup.
    The caller checks for a display first. A database that cannot be opened is explained in a
    dialog and raised again (`StoreError`) for the command line to report; nothing is written.
    """
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("consult")
    app.setApplicationVersion(__version__)
    # Before any widget is built: each takes its words as it is made.
    language = window_locale()
    install_translations(app, language)
    follow_language_direction(app, language)
    follow_theme(app)
    apply_touch_choice()
    app.setWindowIcon(QIcon(str(resource_path("icons", "consult.svg"))))
    add_shipped_fonts()  # names in every script, before the first is drawn
    setup_logging(log_dir())
    shown: list[MainWindow] = []
    install_excepthook(lambda: shown[0] if shown else None)
    if admission is None:
        if app.platformName() == "offscreen":
            raise SignInRefused(
                "nobody can sign in offscreen: give the password with --password-file FILE "
                "or CONSULT_PASSWORD_FILE"
            )
        admission = _admit(db)
        if admission is None:  # cancelled
            return 0
    window = MainWindow()
    admission = admission.settled()  # a wrong password ends the start before the window shows
    shown.append(window)
    window.show()
    app.processEvents()  # painted before the records are read
    reader = reader_before_open(db, admission.key)
    # Only a file already at the shipped schema is read before the records open: opening it
    # then writes nothing, so a window closed meanwhile need not wait for the opening. The
    # sign-in of an unlocked key is written as the records open: waited for, unless this
    # is a benchmark run.
    opening_writes = reader is None or (admission.unlocked is not None and not quit_when_ready)
    found = window.patient_list
    ready: list[bool] = []
    problem: list[BaseException] = []
    opened: list[AppContext] = []

    def answered() -> None:
        if found.shown_query == READY_QUERY and not ready:
            ready.append(True)
            QTimer.singleShot(0, window.close)  # the results painted first

    if quit_when_ready:
        found.answered.connect(answered)
        found.search.setText(READY_QUERY)
    found.search_before_open(reader)
    opening = _StoreOpening(db, admission)

    def attach(context: AppContext) -> None:
        opened.append(context)
        window.attach(context)
        if ready or not window.isVisible():  # closing
            return
        app.processEvents()  # the patients listed before the backup starts
        window.start_daily_backup()
        if app.platformName() != "offscreen":  # nobody could answer a question there
            QTimer.singleShot(0, window.first_questions)

    def fail(error: BaseException) -> None:
        problem.append(error)
        window.close()
        if isinstance(error, StoreError) and app.platformName() != "offscreen":
            text = QCoreApplication.translate("app", "consult cannot start.\n\n{error}")
            QMessageBox.critical(None, "consult", text.format(error=error))
        app.exit(1)

    opening.opened.connect(attach)
    window.context_replaced.connect(opened.append)
    opening.failed.connect(fail)
    # At the loop's first turn: the results just listed are painted before SQLAlchemy's
    # import competes for Python's lock.
    QTimer.singleShot(0, opening.start)
    try:
        code = app.exec()
    finally:
        if opening_writes and opening.started():
            opening.wait()
            app.processEvents()  # its outcome, queued on this thread
        opening.abandon()
        window.stop_daily_backup()  # an unfinished backup is abandoned, retried next start
        QThreadPool.globalInstance().waitForDone()
        for context in opened:
            context.close()
    if problem:
        raise problem[0]
    return code
