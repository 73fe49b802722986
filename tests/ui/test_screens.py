"""Windows fit the screen they open on (1366 x 768 at 200 % leaves 683 x 384)."""

from PySide6.QtWidgets import QWidget

from consult.ui.main_window import MainWindow
from consult.ui.patient_dialog import PatientDialog
from consult.ui.screens import fit_on_screen
from consult.ui.settings_dialog import SettingsDialog


def test_a_window_wider_than_the_screen_is_fitted_onto_it(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.move(300, 300)
    fit_on_screen(window, 5000, 5000)
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())


def test_the_main_window_and_dialogs_open_within_the_screen(qtbot, sqlite_context):
    area = None
    for made in (
        MainWindow(sqlite_context),
        SettingsDialog(sqlite_context, None, first_start=True),
        PatientDialog(sqlite_context.patients),
    ):
        qtbot.addWidget(made)
        made.show()
        area = made.screen().availableGeometry()
        assert made.width() <= area.width() and made.height() <= area.height()
