"""Unexpected errors are logged privately without patient data and shown in one dialog with
copyable details; expected problems are told in a plain sentence with the way forward."""

import datetime as dt
import logging
import stat
import sys
import threading
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from consult import __version__
from consult.domain.records import PatientDetails
from consult.services.errors import ConflictError, DamagedDatabase, NotFound
from consult.store.database import open_database
from consult.ui import errors
from consult.ui.background import BackgroundTask
from consult.ui.errors import ErrorDialog, explain, install_excepthook, setup_logging

SECRET = "Ana Moreno"


@pytest.fixture
def log_file(tmp_path):
    path = setup_logging(tmp_path / "logs")
    yield path
    logger = logging.getLogger("consult")
    for handler in [h for h in logger.handlers if h.__class__.__name__ == "_PrivateLogHandler"]:
        logger.removeHandler(handler)
        handler.close()


@pytest.fixture
def shown(monkeypatch):
    """The error dialogs that would have been shown: (parent, details, on the GUI thread)."""
    calls = []

    def record(parent, details):
        calls.append((parent, details, threading.current_thread() is threading.main_thread()))

    monkeypatch.setattr(errors, "show_error_dialog", record)
    return calls


@contextmanager
def hooks(monkeypatch, parent=None):
    """consult's hooks installed, and the previous ones back before the test ends (pytest-qt
    swaps its own hook in and out around each test phase)."""
    with monkeypatch.context() as patch:
        patch.setattr(sys, "excepthook", sys.excepthook)
        patch.setattr(threading, "excepthook", threading.excepthook)
        install_excepthook(lambda: parent)
        yield


def typed_value_error():
    int(SECRET)


def raise_into_hook():
    try:
        typed_value_error()
    except ValueError:
        sys.excepthook(*sys.exc_info())


def test_the_log_file_is_private(log_file):
    logging.getLogger("consult.test").warning("a warning")
    assert log_file.name == "consult.log"
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(log_file.parent.stat().st_mode) == 0o700
    assert "a warning" in log_file.read_text()


def test_rotated_log_files_stay_private(log_file):
    [handler] = [h for h in logging.getLogger("consult").handlers if hasattr(h, "doRollover")]
    logging.getLogger("consult.test").warning("before the rotation")
    handler.doRollover()
    logging.getLogger("consult.test").warning("after the rotation")
    rotated = log_file.with_name("consult.log.1")
    assert "before the rotation" in rotated.read_text()
    assert "after the rotation" in log_file.read_text()
    for path in (log_file, rotated):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_uncaught_error_is_logged_without_its_message_and_shown(
    qtbot, log_file, shown, monkeypatch
):
    window = QWidget()
    qtbot.addWidget(window)
    with hooks(monkeypatch, parent=window):
        raise_into_hook()
        qtbot.waitUntil(lambda: len(shown) == 1)

    logged = log_file.read_text()
    # The line a log reader scans names the module the error arose in.
    assert f"ERROR consult.ui.errors: unexpected error in {__name__}\n" in logged
    assert "Traceback (most recent call last):" in logged
    assert "in typed_value_error" in logged
    assert "\nValueError\n" in logged
    assert SECRET not in logged

    parent, details, on_gui_thread = shown[0]
    assert parent is window
    assert on_gui_thread
    assert details.startswith(f"consult {__version__}\nPython ")
    assert "Qt " in details
    assert "Platform " in details
    assert "in typed_value_error" in details
    assert SECRET not in details


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot, log_file, shown, monkeypatch
):
    def lookup():
        return {}[SECRET]

    with hooks(monkeypatch):
        worker = threading.Thread(target=lookup)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 1)
    _parent, details, on_gui_thread = shown[0]
    assert on_gui_thread
    assert "in lookup" in details
    assert details.rstrip().endswith("KeyError")
    assert SECRET not in log_file.read_text()


def test_a_chained_error_names_each_exception_by_its_type_only():
    def save():
        try:
            raise OSError(28, "No space left", f"/photos/{SECRET}.jpg")
        except OSError as error:
            raise RuntimeError(f"photo of {SECRET} not kept") from error

    try:
        save()
    except RuntimeError as error:
        text = errors.scrubbed_traceback(error)
    assert text.index("\nOSError\n") < text.index("direct cause") < text.index("RuntimeError")
    assert SECRET not in text


def test_a_failed_background_task_is_reported_like_an_uncaught_error(
    qtbot, log_file, shown, monkeypatch
):
    parent = QWidget()
    qtbot.addWidget(parent)
    with hooks(monkeypatch):
        task = BackgroundTask(lambda: 1 / 0, parent)
        task.failed.connect(errors.report_unexpected)
        task.start()
        qtbot.waitUntil(lambda: len(shown) == 1)
    assert "ZeroDivisionError" in shown[0][1]
    assert "ZeroDivisionError" in log_file.read_text()


def test_errors_raised_while_the_dialog_is_open_open_no_second_dialog(qtbot, log_file, monkeypatch):
    opened = []

    def dialog_that_fails_again(parent, details):
        opened.append(details)
        raise_into_hook()  # e.g. a paint error repeating while the dialog is up
        QApplication.processEvents()  # what the dialog's own event loop would deliver

    monkeypatch.setattr(errors, "show_error_dialog", dialog_that_fails_again)
    with hooks(monkeypatch):
        raise_into_hook()
        qtbot.waitUntil(lambda: len(opened) == 1)
        QApplication.processEvents()
    assert len(opened) == 1
    assert log_file.read_text().count("unexpected error") == 2  # both are logged


def test_the_error_dialog_says_what_happened_and_copies_its_details(qtbot):
    dialog = ErrorDialog("consult 0.1.0\n\nTraceback (most recent call last):\nValueError\n")
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Something went wrong in consult. What you saved is safe." in texts
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()
    assert "ValueError" in QGuiApplication.clipboard().text()


def test_a_change_made_elsewhere_is_explained(sqlite_context):
    patient = sqlite_context.patients.create(PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18)))
    sqlite_context.patients.edit(patient.id, patient.details, patient.version)
    with pytest.raises(ConflictError) as caught:
        sqlite_context.patients.edit(patient.id, patient.details, patient.version)
    sentence = explain(caught.value)
    assert sentence.startswith("This patient was changed in another window or room")
    assert sentence.endswith("Open the patient again to see the change.")


def test_a_record_gone_is_explained(sqlite_context):
    with pytest.raises(NotFound) as caught:
        sqlite_context.practitioners.rename(404, "Dr Ana Souza")
    assert explain(caught.value) == (
        "No practitioner with id 404: it may have been removed in another window or room."
    )


def test_a_damaged_database_is_explained_with_the_way_forward(tmp_path):
    damaged = tmp_path / "consult.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(f"sqlite:///{damaged}")
    sentence = explain(caught.value)
    assert sentence.startswith(f"{damaged} is damaged or not a consult database")
    assert "restore the newest backup (consult restore ARCHIVE)" in sentence


def test_an_unexpected_error_is_named_by_its_kind_only():
    sentence = explain(ValueError(SECRET))
    assert sentence == "Something went wrong in consult (ValueError). What you saved is safe."
    assert not errors.is_expected(ValueError(SECRET))


def test_the_error_dialog_shows_long_details_whole_and_selectable(qtbot):
    path = "/very/long/folder/name/" * 12 + "store.py"
    lines = [f'  File "{path}", line {n}, in save' for n in range(60)]
    details = "consult 0.1.0\n\nTraceback (most recent call last):\n" + "\n".join(lines)
    dialog = ErrorDialog(details + "\nOSError\n")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.details
    # Nothing cut at the right edge: long lines wrap, the text scrolls up and down only.
    assert field.horizontalScrollBar().maximum() == 0
    assert field.verticalScrollBar().maximum() > 0
    assert field.toPlainText().endswith("OSError\n")
    flags = field.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert not flags & Qt.TextInteractionFlag.TextEditable
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.textCursor().selectedText().replace("\u2029", "\n") == field.toPlainText()
