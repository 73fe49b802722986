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
