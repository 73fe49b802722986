"""The main window opens (offscreen) on the patient list, named with the program's version."""

from consult import __version__
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
