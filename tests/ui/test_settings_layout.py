"""The Settings dialog on a 1024 x 768 screen, in every shipped language: nothing cut, nothing
scrolling sideways (German and French words are the longest)."""

import pytest
from layout_checks import layout_problems, settle

from consult.ui.settings_dialog import SettingsDialog

SMALL_SCREEN = (1024, 768)


@pytest.mark.parametrize("language", ["en_GB", "fr_FR", "de_DE", "es_ES", "pt_BR"])
def test_settings_fit_a_small_screen_in_every_language(qtbot, sqlite_context, speaking, language):
    speaking(language)
    dialog = SettingsDialog(sqlite_context, None)
    qtbot.addWidget(dialog)
    dialog.resize(*SMALL_SCREEN)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.size().toTuple() == SMALL_SCREEN)
    settle(dialog)
    assert layout_problems(dialog) == []
