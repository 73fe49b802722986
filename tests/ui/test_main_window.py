"""The main window opens (offscreen) and names the program and its version."""

from consult import __version__
from consult.ui.main_window import MainWindow


def test_main_window_shows_title_and_version(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == f"consult {__version__}"
    assert "consult assess" in window.centralWidget().text()
