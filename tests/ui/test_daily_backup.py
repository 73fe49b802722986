"""The window makes today's backup off the GUI thread and reports it in the status bar."""

import threading

import pytest
from PySide6.QtWidgets import QWidget

from consult.services import backup as backup_service
from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.main_window import MainWindow


@pytest.fixture
def context(sqlite_context):
    """Backups are of an SQLite file (a server database uses pg_dump)."""
    return sqlite_context


def status(window):
    return window.statusBar().currentMessage()


def test_status_bar_reports_the_daily_backup(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    assert status(window) == "Making today's backup…"
    assert window.backup_progress.isVisibleTo(window)
    qtbot.waitUntil(lambda: status(window).startswith("Backup made: "))
    assert not window.backup_progress.isVisibleTo(window)
    [archive] = context.locations.backups.glob("*-auto.zip")
    assert status(window) == f"Backup made: {archive.name}"


def test_status_bar_says_when_the_daily_backup_failed(qtbot, context, monkeypatch):
    def full(locations):
        raise StoreError("the disk holding /backups is full: no backup was made")

    monkeypatch.setattr(backup_service, "ensure_daily_backup", full)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.start_daily_backup()
    qtbot.waitUntil(lambda: status(window) != "Making today's backup…")
    assert status(window) == (
        "Today's backup could not be made: the disk holding /backups is full: no backup was made"
    )


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

    context = open_context(str(tmp_path / "data" / "consult.sqlite3"), rules)
    # As a start on a large file leaves it: only the schema and first pages were read.
    context.database = dataclasses.replace(context.database, fully_checked=False)
    monkeypatch.setattr(
        backup_service, "check_whole_database", lambda locations: "the file is damaged (x)"
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
