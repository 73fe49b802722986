"""The window is laid out right to left for a right-to-left language, through Qt."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from consult.ui.app import follow_language_direction


@pytest.fixture
def app(qapp):
    yield qapp
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize("name", ["ar_EG", "he_IL", "fa_IR", "ur_PK"])
def test_a_right_to_left_language_lays_the_window_out_right_to_left(app, name):
    follow_language_direction(app, QLocale(name))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.mark.parametrize("name", ["en_GB", "fr_FR", "pt_BR", "vi_VN"])
def test_other_languages_left_to_right(app, name):
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    follow_language_direction(app, QLocale(name))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
