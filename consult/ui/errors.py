"""Errors: a private rotating log, one dialog for unexpected errors, plain sentences for
expected problems.

At start, on the GUI thread once the QApplication exists:

    setup_logging(consult.config.log_dir())
    install_excepthook(lambda: window)

An unexpected error caught by a `BackgroundTask` never reaches the hooks: pass it to
`report_unexpected(error)`. An expected one (`is_expected`) is told with `explain(error)`.
"""

from __future__ import annotations

import logging
import os
import platform
import stat
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import IO

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from consult import __version__
from consult.config import make_private_folder
from consult.domain.errors import DocumentError
from consult.services.errors import DamagedDatabase, NotFound, StoreError
from consult.ui.wording import worded

LOG_FILE = "consult.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _PrivateLogHandler(RotatingFileHandler):
    """A rotating log whose files only the user may read, the rotated ones included."""

    def _open(self) -> IO[str]:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path) -> Path:
    """Send consult's log to a private rotating file in `log_dir`; returns the file.

    Called again (tests, a second window), it replaces the file handler it added before.
    """
    make_private_folder(log_dir)  # a folder it did not make keeps its mode
    path = log_dir / LOG_FILE
    if os.name == "posix" and path.exists():  # written before, maybe with looser rights
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    logger = logging.getLogger("consult")
    for old in [h for h in logger.handlers if isinstance(h, _PrivateLogHandler)]:
        logger.removeHandler(old)
        old.close()
    handler = _PrivateLogHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    log.info("started; %s", environment().replace("\n", "; "))
    return path


def environment() -> str:
    """The versions and platform a bug report needs."""
    return "\n".join(
        (
            f"consult {__version__}",
            f"Python {platform.python_version()}",
            f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
            # Not platform.platform(): it reads the Python binary for the C library's
            # version, 45 ms of every start.
            f"Platform {platform.system()} {platform.release()} {platform.machine()}",
        )
    )


def _type_name(kind: type[BaseException]) -> str:
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


def scrubbed_traceback(error: BaseException) -> str:
    """The traceback as Python prints it, chained exceptions included, but each exception
    named by its type alone.

    The frames are our code (file, line, function, source line) and hold no patient data.
    An exception's message may: `ValueError("invalid literal for int(): 'Ana Moreno'")`
    quotes what was typed, and a `KeyError` shows the key it missed. So the message is left
    out here, and this text is all that reaches the log and the dialog's details.
    """
    chain: list[tuple[BaseException, str]] = []  # newest first, each with its link to older
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if current.__cause__ is not None:
            older, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            older, link = current.__context__, _CONTEXT
        else:
            older, link = None, ""
        chain.append((current, link))
        current = older
    parts: list[str] = []
    for exception, link in reversed(chain):
        if parts:
            parts.append(link)
        if exception.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(exception.__traceback__))
        parts.append(f"{_type_name(type(exception))}\n")
    return "".join(parts)


def where_raised(error: BaseException) -> str:
    """The module the error arose in (its traceback's last frame): a module's name, never
    patient data."""
    tb = error.__traceback__
    if tb is None:
        return type(error).__module__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return str(tb.tb_frame.f_globals.get("__name__", "?"))


def error_details(error: BaseException) -> str:
    """What the error dialog shows and lets the user copy: versions and the traceback."""
    return f"{environment()}\n\n{scrubbed_traceback(error)}"


class ErrorDialog(QDialog):
    """The one dialog for unexpected errors: a plain sentence and copyable details."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        # Imported when needed: making their Python enums costs 10 ms of every start.
        from PySide6.QtGui import QFontDatabase, QTextOption
        from PySide6.QtWidgets import (
            QDialogButtonBox,
            QHBoxLayout,
            QLabel,
            QPlainTextEdit,
            QPushButton,
            QStyle,
            QVBoxLayout,
        )

        super().__init__(parent)
        self.setWindowTitle(self.tr("consult: something went wrong"))
        self.resize(640, 420)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        sentence = QLabel(self.tr("Something went wrong in consult. What you saved is safe."))
        font = sentence.font()
        font.setBold(True)
        sentence.setFont(font)
        sentence.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "If it happens again, copy the details below and send them to whoever looks "
                "after consult for you. They hold no patient data."
            )
        )
        hint.setWordWrap(True)
        words = QVBoxLayout()
        words.addWidget(sentence)
        words.addWidget(hint)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(words, 1)

        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        # Selectable by keyboard too (read-only text is by mouse only): Ctrl+A, Ctrl+C.
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Long lines (a file's path, a chained error) wrap: nothing is cut at the right edge,
        # and the whole text scrolls one way.
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.details.setAccessibleName(self.tr("Details"))
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.details.toPlainText())


def show_error_dialog(parent: QWidget | None, details: str) -> None:
    """Show the error dialog and wait for it to close (tests replace this function)."""
    ErrorDialog(details, parent).exec()


class _Reporter(QObject):
    """Logs an unexpected error on the thread it happened on and shows the dialog on the GUI
    thread: this object lives there, so the queued signal is delivered there."""

    _show = Signal(str)

    def __init__(self, parent_getter: Callable[[], QWidget | None], app: QObject) -> None:
        super().__init__(app)
        self._parent_getter = parent_getter
        self._showing = False
        # Queued even from the GUI thread: the dialog opens after the failing code unwound.
        self._show.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def report(self, error: BaseException) -> None:
        details = error_details(error)
        log.error("unexpected error in %s\n%s", where_raised(error), details)
        try:
            self._show.emit(details)
        except RuntimeError:  # the application is gone (quitting): the log has it
            return

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.report(error)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit) or args.exc_value is None:
            return
        self.report(args.exc_value)

    @Slot(str)
    def _present(self, details: str) -> None:
        if self._showing:  # one dialog: errors raised while it is open are only logged
            return
        self._showing = True
        try:
            show_error_dialog(self._parent_getter(), details)
        finally:
            self._showing = False


def install_excepthook(parent_getter: Callable[[], QWidget | None]) -> None:
    """Route uncaught exceptions (GUI thread and Python threads) to the log and the dialog.

    Call on the GUI thread after the QApplication is made; `parent_getter` returns the
    window the dialog belongs to (or None) at the time of the error.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("install_excepthook needs a QApplication")
    reporter = _Reporter(parent_getter, app)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.threading_excepthook


def report_unexpected(error: BaseException) -> None:
    """Report an error caught on the way (a `BackgroundTask`'s `failed`) like an uncaught one."""
    sys.excepthook(type(error), error, error.__traceback__)


def is_expected(error: BaseException) -> bool:
    """A problem the user can act on, as opposed to a bug."""
    return isinstance(error, StoreError | DocumentError | OSError)


def plain_sentence(text: str) -> str:
    """`text` starting with a capital and ending with a full stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def explain(error: BaseException) -> str:
    """A plain sentence with the way forward, for the user to read.

    The store's messages already say what happened and what to do (busy, read-only, disk
    full, changed elsewhere); a damaged database also gets how to restore a backup. For an
    unexpected error (`is_expected` False) only its kind is named: report it as well.
    """
    if isinstance(error, NotFound):
        return plain_sentence(
            QCoreApplication.translate(
                "errors", "{problem}: it may have been removed in another window or room"
            ).format(problem=error)
        )
    if isinstance(error, StoreError):
        text = plain_sentence(str(error))
        if (isinstance(error, DamagedDatabase) or " is damaged" in text) and "backup" not in text:
            text += " " + QCoreApplication.translate(
                "errors",
                "Close consult and restore the newest backup (consult restore ARCHIVE); "
                "backups are in the backups folder beside the database.",
            )
        return text
    if isinstance(error, DocumentError):
        field = error.path.replace("_", " ")
        return plain_sentence(f"{field}: {worded(error.message)}")
    if isinstance(error, OSError):
        problem = error.strerror or _type_name(type(error))
        where = f"{error.filename}: " if error.filename else ""
        return plain_sentence(f"{where}{problem}")
    return QCoreApplication.translate(
        "errors", "Something went wrong in consult ({kind}). What you saved is safe."
    ).format(kind=type(error).__name__)
