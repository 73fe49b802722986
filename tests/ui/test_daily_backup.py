"""The window makes today's backup in a process of its own, at low priority, reports it in
the status bar, and abandons an unfinished one when it closes."""

import datetime as dt
import os
import threading

import pytest
from PySide6.QtWidgets import QWidget

from consult.domain.records import PatientDetails
from consult.services import backup as backup_service
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.main_window import MainWindow


@pytest.fixture
def context(sqlite_context):
    """Backups are of an SQLite file (a server database uses pg_dump), holding a patient (a
    new, empty one is not backed up)."""
    sqlite_context.patients.create(PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18)))
    return sqlite_context


def status(window):
    """What the status bar shows: a message, else the notice that stays under it."""
    return window.statusBar().currentMessage() or window.status_notice.text()


def test_status_bar_reports_the_daily_backup(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    assert status(window) == "Making today's backup…"
    assert window.backup_progress.isVisibleTo(window)
    qtbot.waitUntil(lambda: status(window).startswith("Backup made: "), timeout=30_000)
    assert not window.backup_progress.isVisibleTo(window)
    [archive] = context.locations.backups.glob("*-auto.zip")
    assert status(window) == f"Backup made: {archive.name}"


def test_a_new_empty_database_is_not_backed_up_and_nothing_is_said(qtbot, sqlite_context):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    assert status(window) == ""
    assert not window.backup_progress.isVisibleTo(window)
    assert not window._backup.running()  # the process is what this test is about
    assert list(sqlite_context.locations.backups.glob("*.zip")) == []


def test_status_bar_says_when_the_daily_backup_failed(qtbot, context):
    backups = context.locations.backups
    backups.write_text("a file where the backups folder should be", encoding="utf-8")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: status(window) != "Making today's backup…", timeout=30_000)
    assert status(window) == (
        f"Today's backup could not be made: {backups}: is a file, not a folder"
    )
    assert not window.backup_progress.isVisibleTo(window)


def test_a_failed_daily_backup_stays_said_under_passing_messages(qtbot, context, monkeypatch):
    context.locations.backups.write_text("a file, not a folder", encoding="utf-8")
    monkeypatch.setattr("consult.ui.main_window.SAID_MS", 50)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.start_daily_backup()
    qtbot.waitUntil(lambda: status(window).startswith("Today's backup could not"), timeout=30_000)
    failed = status(window)
    window.say("Patient 3 exported to /tmp/x.json")
    assert status(window) == "Patient 3 exported to /tmp/x.json"
    assert not window.status_notice.isVisible()  # under the message, not beside it
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
    assert status(window) == failed and window.status_notice.isVisible()


def _backup_process(window):
    return window._backup._process  # the process is what this test is about


def test_the_daily_backup_runs_in_another_process_at_low_priority(qtbot, context):
    # A large photo (sparse: no disk used) keeps the backup running while it is looked at.
    (context.locations.photos / "1").mkdir(parents=True)
    with open(context.locations.photos / "1" / "large.tif", "wb") as photo:
        photo.truncate(3 << 30)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    child = _backup_process(window).processId()
    assert child not in (0, os.getpid())
    mine = os.getpriority(os.PRIO_PROCESS, 0)
    qtbot.waitUntil(lambda: os.getpriority(os.PRIO_PROCESS, child) == min(mine + 10, 19))
    window.stop_daily_backup()


def test_closing_the_window_abandons_an_unfinished_backup_cleanly_and_the_next_start_retries(
    qtbot, context
):
    photos = context.locations.photos / "1"
    photos.mkdir(parents=True)
    with open(photos / "large.tif", "wb") as photo:  # sparse: seconds to compress
        photo.truncate(3 << 30)
    backups = context.locations.backups
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: any(backups.glob(".consult-backup-*.partial")), timeout=30_000)
    window.close()
    assert _backup_process(window).state() == _backup_process(window).ProcessState.NotRunning
    assert list(backups.iterdir()) == []  # no archive, no working file left
    assert status(window) == "Making today's backup…"  # nothing said of the stopped one

    (photos / "large.tif").unlink()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.start_daily_backup()
    qtbot.waitUntil(lambda: status(again).startswith("Backup made: "), timeout=30_000)
    assert len(list(backups.glob("*-auto.zip"))) == 1


def test_background_work_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    task = BackgroundTask(work, parent)
    task.succeeded.connect(
        lambda result: seen.update(result=result, gui=threading.current_thread())
    )
    with qtbot.waitSignal(task.succeeded):
        task.start()
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["gui"] is threading.main_thread()


def test_background_failure_is_reported_with_the_exception(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)

    def work():
        raise StoreError("the folder may not be written")

    task = BackgroundTask(work, parent)
    with qtbot.waitSignal(task.failed) as failed:
        task.start()
    assert str(failed.args[0]) == "the folder may not be written"


def test_p4_a_large_files_full_check_runs_after_the_backup_and_names_damage(
    qtbot, tmp_path, rules, monkeypatch
):
    import dataclasses

    from consult.services.context import open_context

    context = open_context(str(tmp_path / "data" / "consult.sqlite3"), rules=rules)
    # As a start on a large file leaves it: only the schema and first pages were read.
    context.database = dataclasses.replace(context.database, fully_checked=False)
    monkeypatch.setattr(
        backup_service, "check_whole_database", lambda locations, key: "the file is damaged (x)"
    )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: status(window) == "The file is damaged (x).")
    context.close()


def test_p7_the_window_says_what_the_start_did_with_an_interrupted_restore(qtbot, context):
    import dataclasses

    said = "an interrupted restore into /d/consult.sqlite3 was rolled back"
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(dataclasses.replace(context, notice=said))
    assert status(window) == f"{said[0].upper()}{said[1:]}."
