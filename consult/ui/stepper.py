"""A number with − and + beside it: a fingertip sets a count without a keyboard, and typing
into the box still works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSpinBox,
    QToolButton,
    QWidget,
)


class Stepper(QWidget):
    """`box` between a − and a + button. The buttons repeat while held and take no keyboard
    focus: from the keyboard the box itself steps with the arrow keys."""

    def __init__(
        self, box: QSpinBox | QDoubleSpinBox, name: str, parent: QWidget | None = None
    ) -> None:
        """`name` says what is counted, for the buttons' accessible names ("Icepick")."""
        super().__init__(parent)
        self.box = box
        box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        box.setProperty("stepper", True)  # the themes' style sheet leaves it no arrows' room
        box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fewer = self._button("−", self.tr("Fewer: {name}").format(name=name))
        self.more = self._button("+", self.tr("More: {name}").format(name=name))
        self.fewer.clicked.connect(box.stepDown)
        self.more.clicked.connect(box.stepUp)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.fewer)
        row.addWidget(box)
        row.addWidget(self.more)
        box.valueChanged.connect(self._enable)
        self._enable()

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoRepeat(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        return button

    def setReadOnly(self, read_only: bool) -> None:
        self.box.setReadOnly(read_only)
        self._enable()

    def _enable(self) -> None:
        """No − at the lowest value, no + at the highest; neither when read-only."""
        box = self.box
        editable = not box.isReadOnly()
        self.fewer.setEnabled(editable and box.value() > box.minimum())
        self.more.setEnabled(editable and box.value() < box.maximum())
