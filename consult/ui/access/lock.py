"""The idle lock: after minutes without input, or Ctrl+L, the window hides every patient
datum behind a lock page; its user unlocks with their password or PIN and finds everything
as they left it, or someone else signs in.

    watcher = IdleWatcher(minutes)
    controller = LockController(window, context.accounts.unlock, signed_in.account)
    watcher.idle.connect(controller.lock)
    window.menu.addAction(controller.lock_action())
    controller.user_switched.connect(...)  # park the first user's draft (see its doc)
    watcher.start()
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_MINUTES_RANGE, Account
from consult.services.errors import StoreError
from consult.ui.access.calls import Unlock, wait_seconds
from consult.ui.access.fields import Countdown, problem_label, secret_field
from consult.ui.errors import explain

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once `minutes` pass without keyboard, mouse, touch or pen input anywhere
    in the application. Input only notes the time (it comes by the hundred each second); the
    timer, when it fires early, waits for the rest."""

    idle = Signal()

    def __init__(
        self,
        minutes: int = IDLE_LOCK_DEFAULT_MINUTES,
        parent: QObject | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._last_input = now()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        low, high = IDLE_LOCK_MINUTES_RANGE
        if not low <= minutes <= high:
            raise ValueError(f"the idle lock waits {low} to {high} minutes, not {minutes}")
        self._seconds = minutes * 60.0
        if self.timer.isActive():
            self._check()

    def start(self) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._last_input = self._now()
        self.timer.start(round(self._seconds * 1000))

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last_input = self._now()
        return False

    def _check(self) -> None:
        left = self._last_input + self._seconds - self._now()
        if left > 0:
            self.timer.start(max(1, round(left * 1000)))
            return
        self.idle.emit()
        # Counting on from now: a window locked and left waits for its next input.
        self._last_input = self._now()
        self.timer.start(round(self._seconds * 1000))


class LockPage(QWidget):
    """What the main window shows while locked: whose session it is, and a field for their
    password or PIN; or a user name and password for someone else."""

    submitted = Signal(str, str)  # username, password or PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._account: Account | None = None
        self.someone_else = False
        title = QLabel(self.tr("<h3>consult is locked</h3>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.secret = secret_field(self.tr("Password or PIN"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Password or PIN:"), self.secret)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.switch = QLabel()
        self.switch.linkActivated.connect(
            lambda _: self.sign_in_as_someone_else(not self.someone_else)
        )
        self.problem = problem_label()
        self.unlock_button.clicked.connect(self._submit)
        self.username.returnPressed.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMinimumWidth(400)
        box.setMaximumWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.heading)
        inner.addLayout(self.form)
        inner.addWidget(self.problem)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch, 1)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def start(self, account: Account) -> None:
        self._account = account
        self.sign_in_as_someone_else(False)

    def sign_in_as_someone_else(self, on: bool) -> None:
        assert self._account is not None
        self.someone_else = on
        self.username.clear()
        self.secret.clear()
        self.problem.hide()
        self.form.setRowVisible(self.username, on)
        self.form.labelForField(self.secret).setText(
            self.tr("&Password:") if on else self.tr("&Password or PIN:")
        )
        if on:
            self.heading.setText(self.tr("Sign in as someone else."))
            link = self.tr("Back to {name}").format(name=self._account.display_name)
            self.unlock_button.setText(self.tr("&Sign in"))
            self.username.setFocus()
        else:
            self.heading.setText(
                self.tr("{name} ({username}) is signed in.").format(
                    name=self._account.display_name, username=self._account.username
                )
            )
            link = self.tr("Sign in as someone else")
            self.unlock_button.setText(self.tr("&Unlock"))
            self.secret.setFocus()
        self.switch.setText(f"<a href='#'>{link}</a>")

    def _submit(self) -> None:
        assert self._account is not None
        if not self.unlock_button.isEnabled():
            return
        username = self.username.text().strip() if self.someone_else else self._account.username
        if not username or not self.secret.text():
            self.say(
                self.tr("Type your user name and password.")
                if self.someone_else
                else self.tr("Type your password or PIN.")
            )
            return
        secret = self.secret.text()
        self.secret.clear()
        self.submitted.emit(username, secret)

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


@dataclass
class _Hidden:
    """What `lock` took away, to give back as it was."""

    central: QWidget | None
    title: str
    focus: QWidget | None
    active: QWidget | None
    windows: list[QWidget] = field(default_factory=list)
    parts: list[QWidget] = field(default_factory=list)  # bars and docks of the main window
    actions: list[QAction | QShortcut] = field(default_factory=list)


def _hide_window(window: QWidget) -> None:
    # QWidget's own setVisible: QDialog's would end a dialog's exec() as rejected, losing
    # what was typed in it.
    QWidget.setVisible(window, False)


def _show_window(window: QWidget) -> None:
    QWidget.setVisible(window, True)


class LockController(QObject):
    """Locks `main_window`; `unlock(username, secret)` is the service's check.

    Unlocked by the same user, everything comes back as it was: the main window's content,
    its bars, the other windows, the focus. Signed in by someone else, `user_switched` is
    emitted with the main window's content back in place and the other windows still hidden
    (`parked_windows`): a slot connected to it must park or replace the first user's work
    before it returns (nothing is painted until then)."""

    locked = Signal()
    unlocked = Signal()
    user_switched = Signal(object)  # SignedIn

    def __init__(
        self,
        main_window: QMainWindow,
        unlock: Unlock,
        account: Account,
        parent: QObject | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent or main_window)
        self._window = main_window
        self._unlock = unlock
        self.account = account
        self._hidden: _Hidden | None = None
        self._action: QAction | None = None
        self.parked_windows: list[QWidget] = []
        self.page = LockPage()
        self.page.submitted.connect(self._try)
        self.countdown = Countdown(now, self)
        self.countdown.ticked.connect(self._waiting)
        self.countdown.ended.connect(self._waited)
        main_window.windowTitleChanged.connect(self._title_changed)

    @property
    def is_locked(self) -> bool:
        return self._hidden is not None

    def lock_action(self) -> QAction:
        """The window's "Lock" action (Ctrl+L, from any of its windows)."""
        if self._action is None:
            self._action = QAction(self.tr("&Lock"), self._window)
            self._action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
            self._action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self._action.setStatusTip(self.tr("Hide the records until you sign in again"))
            self._action.triggered.connect(self.lock)
        return self._action

    def lock(self) -> None:
        if self._hidden is not None:
            return
        window = self._window
        QToolTip.hideText()
        hidden = _Hidden(
            central=None,
            title=window.windowTitle(),
            focus=QApplication.focusWidget(),
            active=QApplication.activeWindow(),
        )
        for other in QApplication.topLevelWidgets():
            if other is window or not other.isVisible():
                continue
            if other.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
                other.close()  # an open menu or list: gone, as a click elsewhere would
                continue
            _hide_window(other)
            hidden.windows.append(other)
        parts: list[QWidget] = [window.menuBar(), window.statusBar()]
        parts += window.findChildren(QToolBar) + window.findChildren(QDockWidget)
        for part in parts:
            if part.isVisible() and not part.isWindow():
                part.hide()
                hidden.parts.append(part)
        hidden.central = window.takeCentralWidget()
        if hidden.central is not None:
            # Taken away it is a window of its own: hidden explicitly, nothing shows it.
            hidden.central.hide()
        window.setCentralWidget(self.page)
        self.page.show()  # taken away last time, it came back hidden
        # With the content taken away, what is left with a shortcut is the window's own.
        for action in window.findChildren(QAction) + window.findChildren(QShortcut):
            if action is not self._action and action.isEnabled():
                action.setEnabled(False)
                hidden.actions.append(action)
        if self._action is not None:
            self._action.setEnabled(False)
        self._hidden = hidden
        window.setWindowTitle(self._locked_title())
        self.page.start(self.account)
        window.activateWindow()
        self.page.secret.setFocus()
        self.locked.emit()

    def _locked_title(self) -> str:
        return self.tr("consult: locked")

    def _title_changed(self, title: str) -> None:
        """A title set while locked (a patient opened by work finishing meanwhile) is kept
        for later, never shown."""
        if self._hidden is not None and title != self._locked_title():
            self._hidden.title = title
            self._window.setWindowTitle(self._locked_title())

    def _try(self, username: str, secret: str) -> None:
        try:
            signed_in = self._unlock(username, secret)
        except StoreError as error:
            seconds = wait_seconds(error)
            if seconds is not None:
                self.page.unlock_button.setEnabled(False)
                self.countdown.start(seconds)
            else:
                self.page.say(explain(error))
            return
        if signed_in.account.username == self.account.username:
            self._give_back(with_windows=True)
            self.unlocked.emit()
            return
        self.account = signed_in.account
        self._give_back(with_windows=False)
        self.user_switched.emit(signed_in)

    def _waiting(self, seconds: int) -> None:
        self.page.say(
            self.tr("Too many wrong attempts. Try again in {seconds} s.").format(seconds=seconds)
        )

    def _waited(self) -> None:
        self.page.unlock_button.setEnabled(True)
        self.page.say(self.tr("Too many wrong attempts. Try again now."))

    def _give_back(self, with_windows: bool) -> None:
        hidden = self._hidden
        assert hidden is not None
        window = self._window
        self._hidden = None
        window.takeCentralWidget().hide()  # the lock page, kept for the next time
        if hidden.central is not None:
            window.setCentralWidget(hidden.central)
            hidden.central.show()  # taken away, it was hidden
        for part in hidden.parts:
            part.show()
        for action in hidden.actions:
            action.setEnabled(True)
        if self._action is not None:
            self._action.setEnabled(True)
        window.setWindowTitle(hidden.title)
        if with_windows:
            for other in hidden.windows:
                _show_window(other)
            self.parked_windows = []
            if hidden.active is not None:
                hidden.active.activateWindow()
            if hidden.focus is not None:
                hidden.focus.setFocus()
        else:
            self.parked_windows = hidden.windows
            window.activateWindow()
