"""The idle lock: every patient datum hidden, given back exactly as it was."""

from __future__ import annotations

import pytest
from access_fakes import ADMIN, RECEPTION, SignedIn, SignInRefused, TooSoon
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from consult.ui.access.lock import IdleWatcher, LockController

PATIENT = "Ana Moreno"


class Clock:
    def __init__(self) -> None:
        self.now = 500.0

    def __call__(self) -> float:
        return self.now


class FakeUnlock:
    """asilva with "1234", bruno with "reception pass"; refusals given first, in turn."""

    def __init__(self, *refusals: Exception) -> None:
        self.refusals = list(refusals)
        self.calls: list[tuple[str, str]] = []

    def __call__(self, username, secret):
        self.calls.append((username, secret))
        if self.refusals:
            raise self.refusals.pop(0)
        known = {("asilva", "1234"): ADMIN, ("bruno", "reception pass"): RECEPTION}
        if (username, secret) not in known:
            raise SignInRefused("wrong password or PIN")
        return SignedIn(known[(username, secret)])


@pytest.fixture
def desk(qtbot):
    """A main window with a draft being typed, and a dialog open beside it."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setWindowTitle(f"consult: {PATIENT}")
    content = QWidget()
    draft = QLineEdit(f"{PATIENT}: rolling scars, cheeks")
    layout = QVBoxLayout(content)
    layout.addWidget(QLabel(f"Patient: {PATIENT}, born 18 Mar 1994"))
    layout.addWidget(draft)
    window.setCentralWidget(content)
    print_action = window.menuBar().addMenu("&Patient").addAction("&Print")
    window.statusBar().showMessage(f"Saved {PATIENT}")
    window.resize(640, 400)
    window.show()
    qtbot.waitExposed(window)
    dialog = QDialog(window)
    dialog.setWindowTitle(f"Photos of {PATIENT}")
    note = QLineEdit("half typed", dialog)
    QVBoxLayout(dialog).addWidget(note)
    dialog.show()
    qtbot.waitExposed(dialog)
    draft.setFocus()
    draft.setCursorPosition(5)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is draft)
    return window, content, draft, dialog, note, print_action


def _texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle()]
    for child in widget.findChildren(QLineEdit) + widget.findChildren(QLabel):
        if child.isVisible():
            found.append(child.text())
    return found


def test_lock_hides_the_patient_and_unlock_gives_everything_back(qtbot, desk):
    window, content, draft, dialog, note, print_action = desk
    unlock = FakeUnlock()
    controller = LockController(window, unlock, ADMIN)
    window.addAction(controller.lock_action())
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(draft, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.is_locked
    assert not content.isVisible() and not dialog.isVisible()
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    assert not print_action.isEnabled()
    assert not any(PATIENT in text for text in _texts(window))
    window.grab().save("/tmp/lockui-lock.png")
    assert "Dr Ana Silva" in controller.page.heading.text()
    # Work finishing meanwhile names the patient in the title: kept for later, not shown.
    window.setWindowTitle(f"consult: {PATIENT} (saved)")
    assert PATIENT not in window.windowTitle()

    qtbot.keyClicks(controller.page.secret, "9999")
    qtbot.keyClick(controller.page.secret, Qt.Key.Key_Return)
    assert controller.is_locked and controller.page.problem.text() == "Wrong password or PIN."
    qtbot.keyClicks(controller.page.secret, "1234")
    with qtbot.waitSignal(controller.unlocked):
        qtbot.keyClick(controller.page.secret, Qt.Key.Key_Return)
    assert unlock.calls == [("asilva", "9999"), ("asilva", "1234")]
    assert window.centralWidget() is content and content.isVisible()
    assert dialog.isVisible() and note.text() == "half typed"
    assert draft.text() == f"{PATIENT}: rolling scars, cheeks" and draft.cursorPosition() == 5
    assert window.menuBar().isVisible() and print_action.isEnabled()
    assert window.windowTitle() == f"consult: {PATIENT} (saved)"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is draft)
    # Locked again, the same way.
    controller.lock()
    assert not dialog.isVisible() and controller.is_locked


def test_a_dialog_waiting_in_exec_is_hidden_not_ended(qtbot, desk):
    window, _content, _draft, dialog, note, _action = desk
    dialog.hide()
    controller = LockController(window, FakeUnlock(), ADMIN)
    outcome = []

    def lock_and_unlock():
        qtbot.waitUntil(dialog.isVisible)
        controller.lock()
        assert not dialog.isVisible()
        controller.page.secret.setText("1234")
        controller.page.unlock_button.click()
        assert dialog.isVisible()
        note.setText("still here")
        dialog.accept()

    QTimer.singleShot(0, lock_and_unlock)
    outcome.append(dialog.exec())
    assert outcome == [QDialog.DialogCode.Accepted] and note.text() == "still here"


def test_someone_else_signs_in_and_the_other_windows_stay_parked(qtbot, desk):
    window, content, _draft, dialog, _note, _action = desk
    controller = LockController(window, FakeUnlock(), ADMIN)
    controller.lock()
    controller.page.switch.linkActivated.emit("#")
    assert controller.page.username.isVisible()
    window.grab().save("/tmp/lockui-lock-someone-else.png")
    controller.page.username.setText("bruno")
    controller.page.secret.setText("reception pass")
    with qtbot.waitSignal(controller.user_switched) as switched:
        controller.page.unlock_button.click()
    assert switched.args[0].account == RECEPTION
    assert controller.account == RECEPTION and not controller.is_locked
    assert window.centralWidget() is content  # for the slot to park
    assert not dialog.isVisible() and controller.parked_windows == [dialog]
    controller.lock()
    assert "Bruno Reis" in controller.page.heading.text()


def test_too_many_attempts_wait_on_the_lock_page(qtbot, desk):
    window = desk[0]
    clock = Clock()
    controller = LockController(window, FakeUnlock(TooSoon(2.0)), ADMIN, now=clock)
    controller.lock()
    controller.page.secret.setText("0000")
    controller.page.unlock_button.click()
    assert not controller.page.unlock_button.isEnabled()
    assert controller.page.problem.text() == "Too many wrong attempts. Try again in 2 s."
    clock.now += 2
    controller.countdown.timer.timeout.emit()
    assert controller.page.unlock_button.isEnabled() and controller.is_locked


def _press(widget: QWidget) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget, event)


def test_idle_after_minutes_without_input(qtbot):
    clock = Clock()
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher(5, now=clock)
    watcher.start()
    try:
        assert watcher.timer.isActive() and watcher.timer.interval() == 300_000
        clock.now += 200
        _press(field)  # input restarts the wait
        clock.now += 150
        with qtbot.assertNotEmitted(watcher.idle):
            watcher.timer.timeout.emit()
        assert 140_000 < watcher.timer.interval() <= 150_000
        clock.now += 150
        with qtbot.waitSignal(watcher.idle, timeout=100):
            watcher.timer.timeout.emit()
        watcher.set_minutes(1)
        assert watcher.timer.interval() == 60_000
        with pytest.raises(ValueError, match="1 to 60 minutes"):
            watcher.set_minutes(0)
    finally:
        watcher.stop()
    clock.now += 10
    _press(field)  # no longer watched
    assert not watcher.timer.isActive()


def test_mouse_input_counts_too(qtbot):
    clock = Clock()
    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit()
    window.setCentralWidget(field)
    window.show()
    watcher = IdleWatcher(1, now=clock)
    watcher.start()
    try:
        clock.now += 59
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPointF(3, 3).toPoint())
        clock.now += 30
        with qtbot.assertNotEmitted(watcher.idle):
            watcher.timer.timeout.emit()
    finally:
        watcher.stop()


def test_the_lock_action_is_ctrl_l(qtbot, desk):
    controller = LockController(desk[0], FakeUnlock(), ADMIN)
    action = controller.lock_action()
    assert isinstance(action, QAction) and action is controller.lock_action()
    assert action.shortcut().toString() == "Ctrl+L"
