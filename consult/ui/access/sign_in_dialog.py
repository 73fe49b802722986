"""Signing in: user name (the last one used on this computer is offered) and password, or the
recovery key when every password is lost. A refusal is one line; after too many wrong
attempts the button waits, counting down."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from consult.services.errors import StoreError
from consult.ui.access.calls import SignedIn, SignIn, wait_seconds
from consult.ui.access.fields import (
    LAST_USER_KEY,
    Countdown,
    problem_label,
    secret_field,
    window_settings,
)
from consult.ui.errors import explain


class SignInDialog(QDialog):
    """`signed_in` holds who signed in once accepted. `now` is the clock the countdown
    reads (seconds, monotonic); tests pass their own and fire `countdown` themselves."""

    def __init__(
        self,
        sign_in: SignIn,
        parent: QWidget | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.signed_in: SignedIn | None = None
        self.by_recovery_key = False
        self._waiting_for: str | None = None  # whose wrong attempts the countdown is for
        self.setWindowTitle(self.tr("Sign in to consult"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setText(str(window_settings().value(LAST_USER_KEY, "") or ""))
        self.password = secret_field(self.tr("Password"))
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&User name:"), self.username)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("&Recovery key:"), self.recovery_key)
        self.switch = QLabel()
        self.switch.linkActivated.connect(lambda _: self.use_recovery_key(not self.by_recovery_key))
        self.problem = problem_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.countdown = Countdown(now, self)
        self.countdown.ticked.connect(self._waiting)
        self.countdown.ended.connect(self._waited)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.switch)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        # Enter in any field signs in; a default button counts once it is in the dialog.
        self.sign_in_button.setDefault(True)
        self.use_recovery_key(False)

    def use_recovery_key(self, on: bool) -> None:
        """Sign in with the recovery key instead of a user name and password, or back."""
        self.by_recovery_key = on
        self.form.setRowVisible(self.username, not on)
        self.form.setRowVisible(self.password, not on)
        self.form.setRowVisible(self.recovery_key, on)
        self.switch.setText(
            "<a href='#'>{}</a>".format(
                self.tr("Use a password") if on else self.tr("Use the recovery key")
            )
        )
        self.problem.hide()
        if on:
            self.recovery_key.setFocus()
        elif self.username.text():
            self.password.setFocus()
        else:
            self.username.setFocus()

    def submit(self) -> None:
        if self.countdown.running:
            return
        if self.by_recovery_key:
            username, secret, field = None, self.recovery_key.text(), self.recovery_key
        else:
            username, secret, field = (
                self.username.text().strip(),
                self.password.text(),
                self.password,
            )
            if not username:
                self._say(self.tr("Type your user name."))
                self.username.setFocus()
                return
        if not secret:
            self._say(
                self.tr("Type your password.") if username else self.tr("Type the recovery key.")
            )
            field.setFocus()
            return
        try:
            signed_in = self._sign_in(username, secret)
        except StoreError as error:
            field.clear()
            field.setFocus()
            seconds = wait_seconds(error)
            if seconds is not None:
                # The wait may be carried over from an earlier start: say whose it is.
                self._waiting_for = username
                self._wait(seconds)
            else:
                self._say(explain(error))
            return
        self.signed_in = signed_in
        if username is not None:
            window_settings().setValue(LAST_USER_KEY, username)
        self.accept()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _wait(self, seconds: float) -> None:
        self.sign_in_button.setEnabled(False)
        self.countdown.start(seconds)

    def _waiting(self, seconds: int) -> None:
        if self._waiting_for is None:
            text = self.tr("Too many wrong recovery keys: try again in {seconds} s.")
        else:
            text = self.tr("Too many wrong passwords for {user}: try again in {seconds} s.")
        self._say(text.format(user=self._waiting_for, seconds=seconds))

    def _waited(self) -> None:
        self.sign_in_button.setEnabled(True)
        self._say(self.tr("Too many wrong attempts. Try again now."))
