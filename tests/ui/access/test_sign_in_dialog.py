"""Signing in: the last user remembered, one-line refusals, the countdown after too many."""

from __future__ import annotations

from access_fakes import ADMIN, SignedIn, SignInRefused, TooSoon
from PySide6.QtCore import Qt

from consult.ui.access.sign_in_dialog import SignInDialog


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeSignIn:
    """Refuses `refusals` in turn, then lets asilva in with "correct horse"."""

    def __init__(self, *refusals: Exception) -> None:
        self.refusals = list(refusals)
        self.calls: list[tuple] = []

    def __call__(self, username, secret):
        self.calls.append((username, secret))
        if self.refusals:
            raise self.refusals.pop(0)
        return SignedIn(ADMIN, by_recovery_key=username is None)


def _dialog(qtbot, sign_in, clock=None):
    dialog = SignInDialog(sign_in, now=clock or Clock())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_signs_in_and_the_user_name_is_remembered(qtbot):
    sign_in = FakeSignIn()
    dialog = _dialog(qtbot, sign_in)
    assert dialog.username.text() == ""
    qtbot.keyClicks(dialog.username, "asilva")
    dialog.password.setFocus()
    qtbot.keyClicks(dialog.password, "correct horse")
    dialog.grab().save("/tmp/lockui-sign-in.png")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert sign_in.calls == [("asilva", "correct horse")]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.signed_in.account == ADMIN
    again = _dialog(qtbot, FakeSignIn())
    assert again.username.text() == "asilva"
    assert again.focusWidget() is again.password


def test_a_refusal_is_one_line_and_the_password_is_cleared(qtbot):
    dialog = _dialog(qtbot, FakeSignIn(SignInRefused("wrong user name or password")))
    dialog.username.setText("asilva")
    dialog.password.setText("wrong one")
    dialog.sign_in_button.click()
    assert dialog.problem.text() == "Wrong user name or password."
    assert dialog.password.text() == "" and dialog.isVisible()


def test_too_soon_counts_down_on_the_clock_given(qtbot):
    clock = Clock()
    dialog = _dialog(qtbot, FakeSignIn(TooSoon(3.0)), clock)
    dialog.username.setText("asilva")
    dialog.password.setText("wrong again")
    dialog.sign_in_button.click()
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.countdown.timer.isActive()
    # The wait may be carried over from an earlier start: whose it is, and why.
    assert dialog.problem.text() == "Too many wrong passwords for asilva: try again in 3 s."
    dialog.grab().save("/tmp/lockui-sign-in-wait.png")
    clock.now += 1.2
    dialog.countdown.timer.timeout.emit()
    assert dialog.problem.text() == "Too many wrong passwords for asilva: try again in 2 s."
    dialog.password.setText("correct horse")
    dialog.submit()  # Enter while waiting does nothing
    assert dialog.isVisible()
    clock.now += 2.0
    dialog.countdown.timer.timeout.emit()
    assert dialog.sign_in_button.isEnabled() and not dialog.countdown.timer.isActive()
    dialog.sign_in_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_recovery_key_instead_of_a_password(qtbot):
    sign_in = FakeSignIn()
    dialog = _dialog(qtbot, sign_in)
    dialog.switch.linkActivated.emit("#")
    assert not dialog.username.isVisible() and dialog.recovery_key.isVisible()
    dialog.grab().save("/tmp/lockui-sign-in-recovery.png")
    dialog.sign_in_button.click()
    assert dialog.problem.text() == "Type the recovery key." and sign_in.calls == []
    dialog.recovery_key.setText("abcd efgh")
    dialog.sign_in_button.click()
    assert sign_in.calls == [(None, "abcd efgh")]
    assert dialog.signed_in.by_recovery_key
