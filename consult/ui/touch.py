"""Touch mode: every clickable thing at least `TOUCH_TARGET` pixels high (and wide where it is
small), for a tablet beside the patient.

It is a style layer over the platform's style (`TouchStyle`), so every widget follows it and
switching needs no restart; a custom widget asks `touch_mode()`. Chosen automatically when a
touch screen is present, or On/Off in Settings (kept on this computer with the window's other
settings); `CONSULT_TOUCH=1` (or `0`) forces it, for screenshots and tests.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QPointF, QRect, QSettings, QSize
from PySide6.QtGui import QInputDevice, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QWidget,
)

from consult.config import settings_file

# Apple's and Microsoft's guidance asks 44 and 40 device-independent pixels for a fingertip.
TOUCH_TARGET = 40
TOUCH_INDICATOR = 22  # a radio button's or check box's mark, within its 40-pixel row
TOUCH_ENV = "CONSULT_TOUCH"
TOUCH_KEY = "window/touch"
AUTOMATIC, ON, OFF = "auto", "on", "off"
_FORCED = {"1": True, "on": True, "yes": True, "0": False, "off": False, "no": False}

CT = QStyle.ContentsType
# Grown to the target in both directions: small on their own.
_SQUARE = {CT.CT_ToolButton, CT.CT_PushButton, CT.CT_TabBarTab}
# Grown in height: their width is their text's, or the view's.
_TALL = {
    CT.CT_ComboBox,
    CT.CT_CheckBox,
    CT.CT_RadioButton,
    CT.CT_LineEdit,
    CT.CT_SpinBox,
    CT.CT_ItemViewItem,
    CT.CT_MenuItem,
    CT.CT_MenuBarItem,
}
PM = QStyle.PixelMetric
_METRICS = {
    PM.PM_IndicatorWidth: TOUCH_INDICATOR,
    PM.PM_IndicatorHeight: TOUCH_INDICATOR,
    PM.PM_ExclusiveIndicatorWidth: TOUCH_INDICATOR,
    PM.PM_ExclusiveIndicatorHeight: TOUCH_INDICATOR,
    PM.PM_HeaderDefaultSectionSizeVertical: TOUCH_TARGET + 4,  # table rows, grid line within
    PM.PM_ScrollBarExtent: 24,
}


class _WholeRowTaps(QObject):
    """Moves a tap anywhere on a check box's or radio button's row onto its mark: the style
    answers with the mark and the words only (a style sheet on a parent, as around a
    precaution, too), a small target in a 40-pixel row."""

    # A finger moves a little between press and release: off the mark, the box would let go.
    KINDS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() not in self.KINDS
            or not isinstance(event, QMouseEvent)
            or not isinstance(watched, (QCheckBox, QRadioButton))
        ):
            return False
        option = QStyleOptionButton()
        watched.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxClickRect
            if isinstance(watched, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonClickRect
        )
        mark = watched.style().subElementRect(element, option, watched)
        where = event.position().toPoint()
        if mark.contains(where) or not watched.rect().contains(where):
            return False
        moved = QMouseEvent(
            event.type(),
            QPointF(mark.center()),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(watched, moved)
        return True


_TAPS = _WholeRowTaps()


class TouchStyle(QProxyStyle):
    """The platform's style with fingertip-sized targets; a spin box's arrows side by side,
    each `TOUCH_TARGET` wide, instead of two half-height ones."""

    def polish(self, target: object) -> None:  # type: ignore[override]
        super().polish(target)
        if isinstance(target, (QCheckBox, QRadioButton)):
            target.installEventFilter(_TAPS)

    def unpolish(self, target: object) -> None:  # type: ignore[override]
        if isinstance(target, (QCheckBox, QRadioButton)):
            target.removeEventFilter(_TAPS)
        super().unpolish(target)

    def sizeFromContents(
        self, kind: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget
    ) -> QSize:
        grown = super().sizeFromContents(kind, option, size, widget)
        if kind == CT.CT_SpinBox and _has_buttons(option):
            # The text, its frame, and the two arrows beside it.
            grown.setWidth(max(grown.width(), size.width() + 2 * TOUCH_TARGET + 24))
        if kind in _SQUARE:
            return grown.expandedTo(QSize(TOUCH_TARGET, TOUCH_TARGET))
        if kind in _TALL:
            return grown.expandedTo(QSize(0, TOUCH_TARGET))
        return grown

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in _METRICS:
            return max(_METRICS[metric], super().pixelMetric(metric, option, widget))
        return super().pixelMetric(metric, option, widget)

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returned: QStyleHintReturn | None = None,
    ) -> int:
        # A tap opens a patient or a record: a double tap is hard to land on a tablet.
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, returned)

    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        if control != QStyle.ComplexControl.CC_SpinBox or not _has_buttons(option):
            return super().subControlRect(control, option, sub, widget)
        frame = option.rect
        width = min(TOUCH_TARGET, (frame.width() - 24) // 2)  # leaving the text some room
        up = QRect(frame.right() - width + 1, frame.top(), width, frame.height())
        down = up.translated(-width, 0)
        SC = QStyle.SubControl
        if sub == SC.SC_SpinBoxUp:
            return up
        if sub == SC.SC_SpinBoxDown:
            return down
        if sub == SC.SC_SpinBoxEditField:
            margin = self.pixelMetric(PM.PM_DefaultFrameWidth, option, widget)
            return QRect(
                frame.left() + margin,
                frame.top() + margin,
                down.left() - frame.left() - margin,
                frame.height() - 2 * margin,
            )
        return super().subControlRect(control, option, sub, widget)


def _has_buttons(option: QStyleOption) -> bool:
    return (
        isinstance(option, QStyleOptionSpinBox)
        and option.buttonSymbols != QAbstractSpinBox.ButtonSymbols.NoButtons
    )


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def touch_choice() -> str:
    """The choice kept on this computer: `AUTOMATIC`, `ON` or `OFF`."""
    chosen = str(_settings().value(TOUCH_KEY, AUTOMATIC) or AUTOMATIC)
    return chosen if chosen in (AUTOMATIC, ON, OFF) else AUTOMATIC


def choose_touch(choice: str) -> None:
    """Keep `choice` (`AUTOMATIC`, `ON` or `OFF`) on this computer."""
    settings = _settings()
    settings.setValue(TOUCH_KEY, choice)
    settings.sync()


def touch_screen_present() -> bool:
    return any(
        device.type() == QInputDevice.DeviceType.TouchScreen for device in QInputDevice.devices()
    )


def touch_wanted(choice: str | None = None) -> bool:
    """Whether touch mode is wanted: forced by `CONSULT_TOUCH`, else as `choice` (the kept
    one when None) says, automatic following the touch screen."""
    forced = _FORCED.get(os.environ.get(TOUCH_ENV, "").strip().lower())
    if forced is not None:
        return forced
    choice = touch_choice() if choice is None else choice
    if choice == AUTOMATIC:
        return touch_screen_present()
    return choice == ON


# Application properties: whether touch mode is on, and the style under its layer. The style
# itself cannot tell: with a style sheet (the themes') `QApplication.style()` is Qt's style
# sheet style, whatever was set under it.
_TOUCH = "consult_touch"
_BASE_STYLE = "consult_base_style"


def touch_mode() -> bool:
    """Whether the window is in touch mode now."""
    app = QApplication.instance()
    return app is not None and bool(app.property(_TOUCH))


def set_touch_mode(on: bool) -> None:
    """Switch the whole window to touch mode or back; every widget is laid out again."""
    if on == touch_mode():
        return
    app = QApplication.instance()
    app.setProperty(_TOUCH, on)
    # The theme again: its style under the touch layer, and its style sheet's own sizes.
    from consult.ui.theme import active_theme, apply_theme

    apply_theme(app, active_theme())


def use_style(name: str) -> None:
    """Draw the window in the style `name` (a theme's), under the touch layer in touch mode."""
    QApplication.instance().setProperty(_BASE_STYLE, name)
    QApplication.setStyle(TouchStyle(name) if touch_mode() else name)


def plain_style_name() -> str:
    """The name of the window's style without the touch layer: the platform's until a theme
    or touch mode chose one."""
    chosen = QApplication.instance().property(_BASE_STYLE)
    return str(chosen) if chosen else QApplication.style().name() or "Fusion"


def apply_touch_choice(choice: str | None = None) -> None:
    """Touch mode as wanted (`touch_wanted`)."""
    set_touch_mode(touch_wanted(choice))
