"""The window's colours: light, dark and high contrast, every colour the code uses in one place.

By default the window follows the system's colour scheme, also when it changes while the
window is open; Settings can choose one (kept per computer beside the window's language), and
`CONSULT_THEME=light|dark|high-contrast` forces one (screenshots, tests). Dark and high
contrast draw every standard widget with Fusion and a `QPalette`; light keeps the platform's
own style. The colours the code adds (error and muted text, banners, badges) are rules of one
application style sheet keyed on a widget property (`set_tone`, `set_banner`, `set_badge`), so
switching themes repaints them all; painted widgets (the face map) ask `active_theme()` as
they paint, and coloured words inside a label's rich text are swapped.
tests/ui/test_theme.py checks their contrast (WCAG 2.x AA, AAA for high contrast).
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from consult.config import resource_path, settings_file
from consult.ui.touch import (
    TOUCH_INDICATOR,
    TOUCH_TARGET,
    plain_style_name,
    touch_mode,
    use_style,
)

log = logging.getLogger(__name__)

# Where the choice is kept among the window's settings; absent: follow the system.
THEME_KEY = "window/theme"
SYSTEM = "system"
LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
# Forces a theme whatever Settings says (screenshots, tests).
THEME_VARIABLE = "CONSULT_THEME"
# The application properties holding the theme shown and the platform's own style.
_ACTIVE = "consultTheme"
_NATIVE_STYLE = "consultNativeStyle"
_FOLLOWING = "consultFollowsSystem"


@dataclass(frozen=True)
class Banner:
    background: str
    border: str
    text: str


@dataclass(frozen=True)
class Theme:
    """One theme's colours (`#rrggbb`). `palette` is None for the platform's own."""

    name: str
    window: str  # the window's background, as the palette below (or the platform's) has it
    text: str
    muted: str  # quieter text: hints, explanations, citations
    error: str  # problems, refusals
    rule: str  # thin separating lines
    banners: dict[str, Banner]  # "error", "warning", "info"
    badges: dict[str, Banner]  # screening badges on the patient page: "block", "precaution"
    # The face map.
    face_fill: str
    zone_edge: str
    shades: tuple[str, ...]  # level 0 (nothing recorded) to 4 (heaviest)
    label_fill: str  # count badges on the zones
    label_edge: str
    label_text: str
    accent: str  # hover and selection
    # Lines and fills of the face's features (eyes, brows, lips); None: the diagram's own.
    feature_line: str | None
    feature_fill: str | None
    # The outcome chart's lines (Goodman & Baron, ECCA, grade) and its session marks.
    chart_lines: tuple[str, str, str]
    chart_sessions: str
    # An edge drawn round every input and check mark; None: the style's own.
    input_edge: str | None
    palette: dict[QPalette.ColorRole, str] | None


_LIGHT = Theme(
    name=LIGHT,
    window="#efefef",
    text="#1f2933",
    muted="#56606d",
    error="#b00020",
    rule="#c9d0d9",
    banners={
        "error": Banner("#fdecea", "#c0626d", "#5f0010"),
        "warning": Banner("#fff4e0", "#a8741c", "#5c3b00"),
        "info": Banner("#eef3fa", "#5f80ad", "#1f3350"),
    },
    badges={
        "block": Banner("#fde0e0", "#c46a6a", "#8a1010"),
        "precaution": Banner("#fff1d6", "#a8741c", "#6e4400"),
    },
    face_fill="#fbf8f5",
    zone_edge="#5f7fa3",
    shades=("#e8eef5", "#fde7c9", "#f8c08e", "#ec8f5e", "#cf5a43"),
    label_fill="#ffffff",
    label_edge="#1f2933",
    label_text="#1f2933",
    accent="#1d4ed8",
    feature_line=None,
    feature_fill=None,
    chart_lines=("#1b6a72", "#b05a12", "#6b4c9a"),
    chart_sessions="#5f6b70",
    input_edge=None,
    palette=None,
)

_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26282c",
    QPalette.ColorRole.ToolTipBase: "#303236",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2d2f33",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#45484d",
    QPalette.ColorRole.Midlight: "#393b40",
    QPalette.ColorRole.Mid: "#2a2c30",
    QPalette.ColorRole.Dark: "#141517",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#2f63c7",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.LinkVisited: "#c58af9",
    QPalette.ColorRole.Accent: "#2f63c7",
}

_DARK = Theme(
    name=DARK,
    window="#202124",
    text="#e8eaed",
    muted="#a9b0b8",
    error="#ff8a80",
    rule="#4a4d52",
    banners={
        "error": Banner("#3b1d20", "#b0636b", "#ffd7d4"),
        "warning": Banner("#3a2c12", "#a98136", "#ffe2b0"),
        "info": Banner("#1c2a3d", "#6786b3", "#d6e4f7"),
    },
    badges={
        "block": Banner("#4a1d1d", "#c0625f", "#ffd7d4"),
        "precaution": Banner("#433212", "#b48a3a", "#ffe2b0"),
    },
    face_fill="#2c2f33",
    zone_edge="#98abc4",
    shades=("#333d49", "#5a4526", "#7a5220", "#a8482a", "#c4402c"),
    label_fill="#111214",
    label_edge="#e8eaed",
    label_text="#f1f3f4",
    accent="#8ab4f8",
    feature_line="#c9ced6",
    feature_fill="#44484e",
    chart_lines=("#4fb3bf", "#f0a050", "#b39ddb"),
    chart_sessions="#a9b0b8",
    input_edge="#8a8f98",
    palette=_DARK_PALETTE,
)

# Black with white text and strong edges, as the systems' own high-contrast schemes.
_HIGH_CONTRAST_PALETTE = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.BrightText: "#ffff00",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#d0d0d0",
    QPalette.ColorRole.Mid: "#a0a0a0",
    QPalette.ColorRole.Dark: "#ffffff",
    QPalette.ColorRole.Shadow: "#ffffff",
    QPalette.ColorRole.Highlight: "#1aebff",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.Link: "#ffff00",
    QPalette.ColorRole.LinkVisited: "#ffd27f",
    QPalette.ColorRole.Accent: "#1aebff",
}

_HIGH_CONTRAST = Theme(
    name=HIGH_CONTRAST,
    window="#000000",
    text="#ffffff",
    muted="#dedede",
    error="#ff9e9e",
    rule="#ffffff",
    banners={
        "error": Banner("#000000", "#ff6b6b", "#ffffff"),
        "warning": Banner("#000000", "#ffd700", "#ffffff"),
        "info": Banner("#000000", "#1aebff", "#ffffff"),
    },
    badges={
        "block": Banner("#000000", "#ff6b6b", "#ffb3b3"),
        "precaution": Banner("#000000", "#ffd700", "#ffe680"),
    },
    face_fill="#000000",
    zone_edge="#ffffff",
    shades=("#000000", "#3d2600", "#6b3d00", "#8f4300", "#b3200e"),
    label_fill="#000000",
    label_edge="#ffffff",
    label_text="#ffffff",
    accent="#1aebff",
    feature_line="#ffffff",
    feature_fill="#000000",
    chart_lines=("#00ffff", "#ffd700", "#ff80ff"),
    chart_sessions="#ffffff",
    input_edge="#ffffff",
    palette=_HIGH_CONTRAST_PALETTE,
)

THEMES = {theme.name: theme for theme in (_LIGHT, _DARK, _HIGH_CONTRAST)}


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def chosen_theme() -> str:
    """The theme chosen in Settings ("light", "dark", "high-contrast"), or "system"."""
    chosen = str(_settings().value(THEME_KEY, SYSTEM) or SYSTEM)
    return chosen if chosen in THEMES else SYSTEM


def choose_theme(choice: str) -> None:
    """Keep `choice` ("system" or a theme's name) on this computer."""
    settings = _settings()
    settings.setValue(THEME_KEY, choice)
    settings.sync()


def forced_theme() -> str | None:
    """The theme `CONSULT_THEME` forces, or None; an unknown name is said in one warning and
    forces nothing (the window still starts)."""
    name = os.environ.get(THEME_VARIABLE, "").strip()
    if name and name not in THEMES:
        log.warning("%s must be light, dark or high-contrast, not %r", THEME_VARIABLE, name)
        return None
    return name or None


def theme_for(choice: str, scheme: Qt.ColorScheme) -> Theme:
    """The theme `choice` means while the system's colour scheme is `scheme`."""
    if choice in THEMES:
        return THEMES[choice]
    return _DARK if scheme == Qt.ColorScheme.Dark else _LIGHT


def active_theme() -> Theme:
    """The theme the window shows now (light before one is applied)."""
    app = QApplication.instance()
    name = app.property(_ACTIVE) if app is not None else None
    return THEMES.get(str(name), _LIGHT)


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Show `theme`: the style, the palette and the style sheet of every widget, now."""
    if app.property(_NATIVE_STYLE) is None:
        app.setProperty(_NATIVE_STYLE, plain_style_name())
    _recolour_rich_text(active_theme(), theme)
    app.setProperty(_ACTIVE, theme.name)
    # The touch layer, when on, goes over whichever style the theme uses.
    if theme.palette is None:
        use_style(str(app.property(_NATIVE_STYLE)))
        app.setPalette(app.style().standardPalette())
    else:
        use_style("Fusion")
        app.setPalette(_palette(theme.palette))
    app.setStyleSheet(style_sheet(theme, touch_mode()))


def _recolour_rich_text(old: Theme, new: Theme) -> None:
    """Labels whose rich text colours a part ("Stops the plan:", a citation's evidence) carry
    the colour in their text, out of the style sheet's reach: swapped here."""
    if old is new:
        return
    swaps = {old.error: new.error, old.muted: new.muted}
    pattern = re.compile(r"(color:\s*)(#[0-9a-fA-F]{6})")
    for label in QApplication.allWidgets():
        if isinstance(label, QLabel) and "color:" in label.text():
            text = pattern.sub(lambda m: m[1] + swaps.get(m[2].lower(), m[2]), label.text())
            if text != label.text():
                label.setText(text)


def follow_theme(app: QApplication) -> None:
    """Show the forced, chosen or system's theme, and follow the system's colour scheme while
    nothing else is chosen."""
    apply_theme(app, current_choice_theme())
    if app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda scheme: _follow(app, scheme))


def _follow(app: QApplication, scheme: Qt.ColorScheme) -> None:
    apply_theme(app, theme_for(forced_theme() or chosen_theme(), scheme))


def current_choice_theme() -> Theme:
    """The theme the environment, Settings and the system's colour scheme ask for now."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return theme_for(forced_theme() or chosen_theme(), scheme)


def set_tone(widget: QWidget, tone: str | None) -> None:
    """Draw a widget's text as "error" or "muted" (a line as "rule") in every theme; None: as
    other text."""
    _set_property(widget, "tone", tone or "")


def set_banner(widget: QWidget, kind: str) -> None:
    """Draw a widget as an "error", "warning" or "info" banner (its labels in its text)."""
    _set_property(widget, "banner", kind)


def set_badge(widget: QWidget, level: str) -> None:
    """Draw a label as a screening badge: "block" or "precaution"."""
    _set_property(widget, "badge", level)


def set_shade(widget: QWidget, level: int) -> None:
    """Fill a widget as the face map fills a zone at this shade level (the legend's swatches);
    levels above the last use the last."""
    _set_property(widget, "shade", str(max(0, min(level, len(active_theme().shades) - 1))))


def _set_property(widget: QWidget, name: str, value: str) -> None:
    widget.setProperty(name, value)
    # Style sheet rules on properties are matched when a widget is polished.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


def style_sheet(theme: Theme, touch: bool = False) -> str:
    """The application's style sheet: the rules `set_tone`, `set_banner` and `set_badge`
    select, and `set_shade`. Padding and corners only where the widget sets none of its own;
    `touch`: the inputs it draws itself at touch mode's sizes."""
    rules = [
        f'*[tone="error"] {{ color: {theme.error}; }}',
        f'*[tone="muted"] {{ color: {theme.muted}; }}',
        f'*[tone="rule"] {{ color: {theme.rule}; }}',
    ]
    for level, shade in enumerate(theme.shades):
        rules.append(
            f'*[shade="{level}"] {{ background: {shade}; border: 1px solid {theme.zone_edge}; }}'
        )
    for kind, banner in theme.banners.items():
        rules.append(
            f'*[banner="{kind}"] {{ background: {banner.background}; color: {banner.text};'
            f" border: 1px solid {banner.border}; padding: 8px; }}"
        )
        rules.append(
            f'*[banner="{kind}"] QLabel {{ color: {banner.text}; background: transparent;'
            " border: none; padding: 0px; }"
        )
    for level, badge in theme.badges.items():
        rules.append(
            f'QLabel[badge="{level}"] {{ background: {badge.background}; color: {badge.text};'
            f" border: 1px solid {badge.border}; border-radius: 8px; padding: 2px 8px; }}"
        )
    if theme.input_edge is not None:
        rules += _edged_inputs(theme.input_edge, theme.accent)
        if touch:
            rules += _touch_sized_inputs()
    return "\n".join(rules)


def _touch_sized_inputs() -> list[str]:
    """The edged inputs at touch mode's sizes: a style sheet that draws a part sizes it
    too, so the touch layer's sizes do not reach it (the arrows side by side, as there)."""
    target = TOUCH_TARGET
    mark = TOUCH_INDICATOR
    return [
        f"QLineEdit, QAbstractSpinBox, QComboBox {{ min-height: {target - 4}px; }}",
        f"QAbstractSpinBox {{ padding-right: {2 * target}px; }}",
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
        f" {{ subcontrol-origin: border; subcontrol-position: center right;"
        f" width: {target}px; height: {target - 2}px; }}",
        f"QAbstractSpinBox::down-button {{ right: {target}px; }}",
        f"QComboBox::drop-down {{ width: {target}px; }}",
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}",
        f"QRadioButton::indicator {{ border-radius: {mark // 2}px; }}",
        f"QCheckBox, QRadioButton {{ min-height: {target}px; }}",
        'QAbstractSpinBox[stepper="true"] { padding-right: 1px; }',
        'QAbstractSpinBox[stepper="true"]::up-button,'
        ' QAbstractSpinBox[stepper="true"]::down-button'
        " { subcontrol-origin: margin; subcontrol-position: left; width: 0px; border: none; }",
    ]


def _edged_inputs(edge: str, focus: str) -> list[str]:
    """Inputs, their arrows and the check and radio marks drawn with an edge: Fusion draws
    them a shade darker than the window, which is nothing on black and barely anything on
    dark grey. Their marks are white pictures (resources/icons/high-contrast/)."""
    pictures = {
        name: resource_path("icons", "high-contrast", f"{name}.svg").as_posix()
        for name in ("up", "down", "check", "dot")
    }
    inputs = ("QLineEdit", "QAbstractSpinBox", "QComboBox", "QPlainTextEdit", "QTextEdit")
    marks = ("QCheckBox::indicator", "QRadioButton::indicator")
    return [
        f"{', '.join(inputs)} {{ border: 1px solid {edge}; }}",
        # Padded to Fusion's own heights, so a page laid out for them still fits.
        "QLineEdit, QComboBox { padding: 2px 2px; }",
        "QAbstractSpinBox { padding: -1px 1px; }",
        # The line edit inside a spin box or a combo box is edged by its owner.
        "QAbstractSpinBox QLineEdit, QComboBox QLineEdit { border: none; padding: 0px; }",
        f"{', '.join(f'{kind}:focus' for kind in inputs)} {{ border-color: {focus}; }}",
        "QAbstractSpinBox::up-button, QAbstractSpinBox::down-button, QComboBox::drop-down"
        f" {{ width: 16px; border-left: 1px solid {edge}; }}",
        "QAbstractSpinBox::up-button { subcontrol-position: top right; }",
        "QAbstractSpinBox::down-button { subcontrol-position: bottom right; }",
        f"QAbstractSpinBox::up-arrow {{ image: url({pictures['up']}); width: 7px; height: 7px; }}",
        "QAbstractSpinBox::down-arrow, QComboBox::down-arrow"
        f" {{ image: url({pictures['down']}); width: 7px; height: 7px; }}",
        f"{', '.join(marks)} {{ width: 14px; height: 14px; border: 1px solid {edge}; }}",
        "QRadioButton::indicator { border-radius: 8px; }",
        f"QCheckBox::indicator:checked {{ image: url({pictures['check']}); }}",
        f"QRadioButton::indicator:checked {{ image: url({pictures['dot']}); }}",
        f"{', '.join(f'{mark}:focus' for mark in marks)} {{ border-color: {focus}; }}",
        # A stepper's box (consult/ui/stepper.py) has its buttons beside it, none inside; their
        # room nothing, at the left of the margin: placed right, Qt leaves a box without arrows
        # no room to type.
        'QAbstractSpinBox[stepper="true"] { padding: -1px 1px; }',
        'QAbstractSpinBox[stepper="true"]::up-button,'
        ' QAbstractSpinBox[stepper="true"]::down-button'
        " { subcontrol-origin: margin; subcontrol-position: left; width: 0px; border: none; }",
    ]


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    # Disabled text: the placeholder's quieter colour, still readable.
    quiet = QColor(colours[QPalette.ColorRole.PlaceholderText])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, quiet)
    return palette
