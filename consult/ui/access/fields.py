"""The small parts the access widgets share: a problem line, a hidden-text field, the wait
after too many wrong attempts."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from consult.config import settings_file
from consult.ui.errors import plain_sentence
from consult.ui.theme import set_tone
from consult.ui.wording import worded

# The user name the sign-in offers: the last one used on this computer (the admin's after
# the set-up).
LAST_USER_KEY = "sign_in/last_user"


def window_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def problem_label(parent: QWidget | None = None) -> QLabel:
    """A problem in red, hidden (taking no room) while there is none."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_tone(label, "error")
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


class Countdown(QObject):
    """The wait after too many wrong attempts: `ticked(seconds left)` each second, then
    `ended`. `now` is the clock it reads (seconds, monotonic); tests pass their own and fire
    `timer` themselves."""

    ticked = Signal(int)
    ended = Signal()

    def __init__(self, now: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._until = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._now() < self._until

    def start(self, seconds: float) -> None:
        self._until = self._now() + seconds
        self.timer.start()
        self._tick()

    def _tick(self) -> None:
        left = math.ceil(self._until - self._now())
        if left <= 0:
            self.timer.stop()
            self.ended.emit()
        else:
            self.ticked.emit(left)
