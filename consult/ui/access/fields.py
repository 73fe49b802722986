"""The small parts the access dialogs share: a problem line, a hidden-text field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from consult.ui.errors import plain_sentence
from consult.ui.styles import ERROR_STYLE
from consult.ui.wording import worded


def problem_label(parent: QWidget | None = None) -> QLabel:
    """A problem in red, hidden (taking no room) while there is none."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def say(label: QLabel, problem: str | None) -> None:
    """Show the domain's `problem` (a lower-case clause) as a sentence, or hide the label."""
    label.setText(plain_sentence(worded(problem)) if problem else "")
    label.setVisible(bool(problem))


def secret_field(name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    # A password is never offered to other programs through the clipboard or drag.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    return field
