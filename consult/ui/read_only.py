"""A record that cannot change reads as text: each input of a page is shown as a label with
its current value (no white field, no focus frame, no spin buttons, no grey).

One mechanism for every page, so a page need not lay itself out twice: `show_as_text(page)`
puts a label in each input's place in its layout and keeps it in step with the input (its
value, and whether the page shows it). The inputs stay, out of sight and out of the Tab
chain: the page goes on filling and reading them as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from consult.ui.date_field import DateField

BLANK = "—"  # a field left empty: said, not a gap that reads as missing text
_INPUTS = (
    DateField,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QCheckBox,
    QRadioButton,
)
_TWIN = "readOnlyTwin"  # the property marking an input already shown as text


def _plain(text: str) -> str:
    """A button's text without its mnemonic marks ("&Yes" → "Yes")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _text_of(field: QWidget) -> Callable[[], str]:
    if isinstance(field, DateField):
        return lambda: field.edit.text().strip() or BLANK
    if isinstance(field, QLineEdit | QAbstractSpinBox):
        return lambda: field.text().strip() or BLANK
    if isinstance(field, QComboBox):
        return lambda: field.currentText().strip() or BLANK
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return lambda: field.toPlainText().strip() or BLANK
    assert isinstance(field, QAbstractButton)
    if isinstance(field, QRadioButton):  # the answer chosen; the others are not shown
        return lambda: _plain(field.text())
    return lambda: f"{'☑' if field.isChecked() else '☐'} {_plain(field.text())}"


def _changes(field: QWidget) -> list[SignalInstance]:
    """The signals after which the value shown may differ."""
    if isinstance(field, DateField):
        return [field.edit.textChanged]
    if isinstance(field, QLineEdit):
        return [field.textChanged]
    if isinstance(field, QAbstractSpinBox):
        line = field.findChild(QLineEdit)
        return [line.textChanged] if line is not None else []
    if isinstance(field, QComboBox):
        return [field.currentTextChanged]
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return [field.textChanged]
    assert isinstance(field, QAbstractButton)
    return [field.toggled]


class _Twin(QObject):
    """Keeps a label showing an input's value, shown when the page shows the input."""

    def __init__(self, field: QWidget, label: QLabel, root: QWidget) -> None:
        super().__init__(label)
        self._root = root
        self._field = field
        self._label = label
        self._text = _text_of(field)
        for signal in _changes(field):
            signal.connect(self.update)
        field.installEventFilter(self)
        self.update()

    def update(self) -> None:
        field = self._field
        text = self._text()
        self._label.setText(text)
        unchosen = isinstance(field, QRadioButton) and not field.isChecked()
        # A blank field the page had turned off does not apply (a date after "Never").
        unused = text == BLANK and not field.isEnabledTo(self._root)
        self._label.setVisible(not field.isHidden() and not unchosen and not unused)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
            QEvent.Type.EnabledChange,
        ):
            self.update()
        return False


def _inside_input(widget: QWidget, root: QWidget) -> bool:
    """A part of another input (a spin box's line, a date field's line)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, _INPUTS):
            return True
        parent = parent.parentWidget()
    return False


def _label_for(field: QWidget) -> QLabel:
    label = QLabel()
    label.setObjectName("readOnlyValue")
    label.setTextFormat(Qt.TextFormat.PlainText)  # a value typed by someone, never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(isinstance(field, QPlainTextEdit | QTextEdit | QCheckBox))
    label.setAccessibleName(field.accessibleName())
    label.setToolTip(field.toolTip())
    _readable_when_disabled(label)
    return label


def _readable_when_disabled(widget: QWidget) -> None:
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(
            QPalette.ColorGroup.Disabled, role, palette.color(QPalette.ColorGroup.Active, role)
        )
    widget.setPalette(palette)


def hide_unavailable_actions(root: QWidget) -> None:
    """Hide the buttons of `root` that are switched off (a record's "Add photo…" once it is
    final): in a record nothing is to be done there, and a grey button reads as a fault."""
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, _INPUTS) and not button.isEnabled():
            button.hide()


def show_as_text(root: QWidget) -> None:
    """Show every input of `root` as a label with its value, from now on (calling it again
    takes in inputs added since). An input outside any layout is left as it is. Text in
    `root` reads as normal text even where `root` is disabled so that nothing in it acts
    (a signed record): grey captions on grey would not be read."""
    _readable_when_disabled(root)
    for field in root.findChildren(QWidget):
        if not isinstance(field, _INPUTS) or field.property(_TWIN):
            continue
        if _inside_input(field, root):
            continue
        holder = field.parentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is None:
            continue
        label = _label_for(field)
        if layout.replaceWidget(field, label) is None:
            label.deleteLater()
            continue
        field.setProperty(_TWIN, True)
        # Kept (the page reads and fills it) but takes no room and no focus.
        field.setFixedSize(0, 0)
        field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(field, DateField):
            field.edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            field.calendar_button.hide()
        _Twin(field, label, root)
