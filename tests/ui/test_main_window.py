"""The main window opens (offscreen) on the patient list, named with the program's version,
and takes typing and a chosen patient while the records open."""

import subprocess
import sys

from PySide6.QtCore import Qt

from consult import __version__
from consult.services.start import reader_before_open
from consult.ui.main_window import MainWindow


def test_main_window_opens_on_the_patient_search(qtbot, sqlite_context):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == f"consult {__version__}"
    assert window.stack.currentWidget() is window.patient_list
    assert window.focusWidget() is window.patient_list.search


def test_typing_while_the_records_open_is_searched_once_they_are(qtbot, sqlite_context, patient):
    window = MainWindow()  # shown before the database is open
    qtbot.addWidget(window)
    window.show()
    assert not window.menuBar().isEnabled()
    assert not window.patient_list.new_button.isEnabled()
    qtbot.keyClicks(window.patient_list.search, "moren")
    assert window.patient_list.model.rowCount() == 0
    window.attach(sqlite_context)
    assert window.patient_list.model.record(0).id == patient.id
    assert window.menuBar().isEnabled()
    assert window.patient_list.new_button.isEnabled()


def test_recent_patients_listed_before_the_records_open_can_be_opened(
    qtbot, sqlite_context, patient
):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    found = window.patient_list
    found.search_before_open(reader_before_open(str(sqlite_context.database.path)))
    assert found.model.record(0).id == patient.id
    qtbot.keyClick(found.search, Qt.Key.Key_Return)  # opened once the records are open
    assert window.stack.currentWidget() is found
    window.attach(sqlite_context)
    assert window.stack.currentWidget() is window.patient_view
    assert "Ana Moreno" in window.patient_view.name.text()


def test_searches_are_answered_before_the_records_open(qtbot, sqlite_context, patient):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    found = window.patient_list
    qtbot.keyClicks(found.search, "mor")  # typed before anything could be read
    assert found.model.rowCount() == 0
    assert found.status.text() == "Opening the records…"
    found.search_before_open(reader_before_open(str(sqlite_context.database.path)))
    assert found.model.record(0).id == patient.id
    assert found.status.text() == "1 found."
    qtbot.keyClicks(found.search, "x")
    assert found.model.rowCount() == 0
    assert "No patient matches" in found.status.text()
    qtbot.keyClick(found.search, Qt.Key.Key_Backspace)
    assert found.model.record(0).id == patient.id
    found.search.clear()
    assert found.model.record(0).id == patient.id  # the recently seen, again
    qtbot.keyClicks(found.search, "+34 600")
    assert found.model.record(0).id == patient.id
    assert not window.menuBar().isEnabled()  # the records are not open yet


def test_a_search_matching_nobody_before_the_records_open_opens_nobody(
    qtbot, sqlite_context, patient
):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    found = window.patient_list
    found.search_before_open(reader_before_open(str(sqlite_context.database.path)))
    qtbot.keyClicks(found.search, "zz")
    assert found.model.rowCount() == 0
    qtbot.keyClick(found.search, Qt.Key.Key_Return)  # nothing listed: nothing opened
    window.attach(sqlite_context)
    assert window.stack.currentWidget() is found
    assert found.model.rowCount() == 0
    assert "No patient matches" in found.status.text()


def test_the_empty_search_says_it_lists_the_recently_seen(qtbot, sqlite_context, patient):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    status = window.patient_list.status
    assert status.text().startswith("Recently seen patients")
    qtbot.keyClicks(window.patient_list.search, "ana")
    assert status.text() == "1 found."


def test_the_first_questions_wait_while_the_practitioner_is_at_work(
    qtbot, sqlite_context, patient, monkeypatch
):
    """A search typed while the records opened is not interrupted by the welcome question:
    it comes at the next pause, back on the patient list."""
    asked = []
    monkeypatch.setattr(MainWindow, "_ask_first_questions", lambda window: asked.append(1))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.patient_list.search, "moren")
    window.attach(sqlite_context)
    window.first_questions()
    assert asked == []
    qtbot.keyClick(window.patient_list.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.patient_view
    assert asked == []
    window.show_patients()
    qtbot.waitUntil(lambda: asked == [1])


def test_the_first_questions_come_at_once_on_an_idle_start(qtbot, sqlite_context, monkeypatch):
    asked = []
    monkeypatch.setattr(MainWindow, "_ask_first_questions", lambda window: asked.append(1))
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.first_questions()
    assert asked == [1]


def test_the_window_shows_before_the_store_and_the_rules_are_loaded():
    """What the first paint needs stays light: SQLAlchemy and the rules (0.4 s and 0.05 s)
    load after the window shows with its recently seen patients; the patient's page (its
    photos), the lock and the admin tools when first needed."""
    probe = (
        "import sys\n"
        "import consult.cli, consult.ui.app\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'consult.domain.rules', "
        "'consult.store.database', 'cryptography', 'sqlcipher3', 'argon2', "
        "'consult.ui.patients.page', 'consult.ui.photos.gallery', 'consult.ui.access.lock', "
        "'consult.ui.admin.tools')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
