"""The themes: every colour the window adds is readable (WCAG 2.x AA, high contrast AAA),
the window follows the system's colour scheme unless Settings or CONSULT_THEME say otherwise,
and widgets already shown repaint when the theme changes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from consult.ui.theme import (
    THEMES,
    active_theme,
    apply_theme,
    choose_theme,
    chosen_theme,
    current_choice_theme,
    follow_theme,
    forced_theme,
    set_badge,
    set_banner,
    set_tone,
    theme_for,
)

TEXT = 4.5  # WCAG 1.4.3, normal text
GRAPHICS = 3.0  # WCAG 1.4.11, outlines and other graphics
HIGH_CONTRAST_TEXT = 7.0  # WCAG 1.4.6 (AAA), asked of the high-contrast theme


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    channels = []
    for value in QColor(colour).getRgbF()[:3]:
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def ratio(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_minimum(theme) -> float:
    return HIGH_CONTRAST_TEXT if theme.name == "high-contrast" else TEXT


def test_the_wcag_formula_gives_the_known_ratios():
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.fixture(params=sorted(THEMES))
def theme(request):
    return THEMES[request.param]


def test_banner_and_badge_text_is_readable(theme):
    for kind, banner in (*theme.banners.items(), *theme.badges.items()):
        assert ratio(banner.text, banner.background) >= text_minimum(theme), kind
        # A banner's own labels may keep the window's text colour.
        assert ratio(theme.text, banner.background) >= text_minimum(theme), kind
        assert ratio(banner.border, theme.window) >= GRAPHICS, kind


def test_muted_and_error_text_are_readable_on_the_window(theme):
    assert ratio(theme.text, theme.window) >= text_minimum(theme)
    assert ratio(theme.muted, theme.window) >= text_minimum(theme)
    assert ratio(theme.error, theme.window) >= text_minimum(theme)


def test_inputs_are_edged_where_the_style_would_not_show_them(theme):
    if theme.palette is None:  # the platform's own style draws its own
        assert theme.input_edge is None
        return
    window = theme.palette[QPalette.ColorRole.Window]
    base = theme.palette[QPalette.ColorRole.Base]
    assert theme.input_edge is not None
    assert min(ratio(theme.input_edge, window), ratio(theme.input_edge, base)) >= GRAPHICS
    assert ratio(theme.palette[QPalette.ColorRole.Text], base) >= text_minimum(theme)
    highlight = theme.palette[QPalette.ColorRole.Highlight]
    chosen = theme.palette[QPalette.ColorRole.HighlightedText]
    assert ratio(chosen, highlight) >= text_minimum(theme)


def test_the_face_map_zones_and_their_count_badges_stand_out(theme):
    # The zone outlines against the face.
    assert ratio(theme.zone_edge, theme.face_fill) >= GRAPHICS
    for level, shade in enumerate(theme.shades):
        # A count badge's edge or its fill marks it off each shade it sits on...
        assert max(ratio(theme.label_edge, shade), ratio(theme.label_fill, shade)) >= GRAPHICS, (
            level
        )
        # ...and the legend's swatches off the window.
        assert max(ratio(theme.zone_edge, theme.window), ratio(shade, theme.window)) >= GRAPHICS
    assert ratio(theme.label_text, theme.label_fill) >= text_minimum(theme)


def test_the_outcome_chart_lines_stand_out(theme):
    for colour in (*theme.chart_lines, theme.chart_sessions):
        assert ratio(colour, theme.window) >= GRAPHICS, colour


def test_heavier_shading_is_further_from_the_empty_zone(theme):
    empty = theme.shades[0]
    distances = [ratio(shade, empty) for shade in theme.shades[1:]]
    assert distances == sorted(distances)


def test_the_system_scheme_is_followed_unless_a_theme_is_chosen(monkeypatch):
    monkeypatch.delenv("CONSULT_THEME", raising=False)
    assert chosen_theme() == "system"
    assert theme_for("system", Qt.ColorScheme.Dark).name == "dark"
    assert theme_for("system", Qt.ColorScheme.Light).name == "light"
    assert theme_for("system", Qt.ColorScheme.Unknown).name == "light"
    choose_theme("high-contrast")
    assert chosen_theme() == "high-contrast"
    assert current_choice_theme().name == "high-contrast"
    monkeypatch.setenv("CONSULT_THEME", "dark")
    assert current_choice_theme().name == "dark"


def test_an_unknown_forced_theme_is_said_in_one_warning_and_ignored(monkeypatch, caplog):
    monkeypatch.setenv("CONSULT_THEME", "sepia")
    choose_theme("dark")
    assert forced_theme() is None
    assert current_choice_theme().name == "dark"
    assert "CONSULT_THEME must be light, dark or high-contrast, not 'sepia'" in caplog.text


@pytest.fixture
def restored_theme(qapp):
    yield qapp
    apply_theme(qapp, THEMES["light"])


def test_shown_labels_take_the_new_theme_colours(qtbot, restored_theme):
    error = QLabel("Not saved")
    banner = QLabel("Check before you confirm")
    badge = QLabel("Pregnancy")
    set_tone(error, "error")
    set_banner(banner, "warning")
    set_badge(badge, "block")
    window = QWidget()
    column = QVBoxLayout(window)
    for label in (error, banner, badge):
        column.addWidget(label)
    qtbot.addWidget(window)
    window.show()
    apply_theme(restored_theme, THEMES["light"])
    light_error = error.palette().color(QPalette.ColorRole.WindowText).name()
    assert light_error == THEMES["light"].error
    apply_theme(restored_theme, THEMES["dark"])
    assert active_theme().name == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    qtbot.waitUntil(
        lambda: error.palette().color(QPalette.ColorRole.WindowText).name() == THEMES["dark"].error
    )
    dark = THEMES["dark"]
    assert banner.palette().color(QPalette.ColorRole.WindowText).name() == (
        dark.banners["warning"].text
    )
    assert badge.palette().color(QPalette.ColorRole.WindowText).name() == dark.badges["block"].text
    set_tone(error, None)
    assert error.palette().color(QPalette.ColorRole.WindowText).name() == dark.text


def test_settings_keeps_the_colours_chosen_and_shows_them_at_once(
    qtbot, sqlite_context, restored_theme, monkeypatch
):
    from consult.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv("CONSULT_THEME", raising=False)
    dialog = SettingsDialog(sqlite_context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.theme_combo.currentData() == "system"
    assert [dialog.theme_combo.itemText(i) for i in range(dialog.theme_combo.count())] == [
        "The system's",
        "Light",
        "Dark",
        "High contrast",
    ]
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("high-contrast"))
    dialog.save()
    assert chosen_theme() == "high-contrast"
    assert active_theme().name == "high-contrast"
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == "#ffffff"


def test_the_window_follows_the_system_turning_dark_unless_a_theme_is_chosen(
    restored_theme, monkeypatch
):
    monkeypatch.delenv("CONSULT_THEME", raising=False)
    follow_theme(restored_theme)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert active_theme().name == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#202124"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert active_theme().name == "light"
    choose_theme("high-contrast")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert active_theme().name == "high-contrast"


def test_coloured_words_in_a_label_take_the_new_theme(qtbot, restored_theme):
    apply_theme(restored_theme, THEMES["light"])
    light = THEMES["light"]
    label = QLabel(f'<b style="color: {light.error}">Stops the plan:</b> Pregnant?')
    qtbot.addWidget(label)
    apply_theme(restored_theme, THEMES["high-contrast"])
    assert label.text() == (
        f'<b style="color: {THEMES["high-contrast"].error}">Stops the plan:</b> Pregnant?'
    )
