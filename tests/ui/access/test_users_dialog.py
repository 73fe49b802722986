"""The users dialog on a stand-in for `context.accounts`."""

from __future__ import annotations

import pytest
from access_fakes import ADMIN, RECEPTION, FakeAccounts
from PySide6.QtWidgets import QDialog, QMessageBox

from consult.domain.access import Account, Role
from consult.ui.access import users_dialog
from consult.ui.access.users_dialog import UsersDialog

OTHER_ADMIN = Account(3, "carla", "Carla Dias", Role.ADMIN)


@pytest.fixture
def accounts():
    return FakeAccounts(ADMIN, RECEPTION)


@pytest.fixture
def dialog(qtbot, accounts, monkeypatch):
    made = UsersDialog(accounts, ADMIN)
    qtbot.addWidget(made)
    made.show()
    # The dialog's own dialogs are driven by the test instead of a modal loop.
    made.drive = None
    monkeypatch.setattr(QDialog, "exec", lambda d: made.drive(d))
    return made


def _select(dialog, username):
    for row in range(dialog.model.rowCount()):
        if dialog.model.record(row).username == username:
            dialog.table.selectRow(row)
            return
    raise AssertionError(username)


def test_the_table_and_adding_a_user(dialog, accounts, qtmodeltester):
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert [model.data(model.index(r, 2)) for r in range(2)] == ["Administrator", "Reception"]
    shown = []

    def fill(add):
        shown.append(add.role_explained.text())
        add.username.setText("Dr Eva")
        add.display_name.setText("Dr Eva Lopes")
        add.password.setText("long enough")
        add.again.setText("long enough")
        add.add_button.click()
        assert "lower-case" in add.username_problem.text() and add.result() == 0
        add.username.setText("asilva")
        add.add_button.click()
        assert add.problem.text() == "The user name asilva is taken."
        add.username.setText("eva")
        add.role.setCurrentIndex(add.role.findData(Role.PRACTITIONER))
        add.grab().save("/tmp/lockui-add-user.png")
        add.add_button.click()
        return add.result()

    dialog.drive = fill
    dialog.add_button.click()
    assert "clinical records" in shown[0]
    assert accounts.calls[-1] == ("add", "eva", "Dr Eva Lopes", Role.PRACTITIONER)
    assert dialog.model.rowCount() == 3 and dialog.said.text() == "eva can sign in now."
    dialog.grab().save("/tmp/lockui-users.png")


def test_reset_password_and_my_pin(dialog, accounts):
    _select(dialog, "bruno")

    def new_password(secret):
        secret.secret.setText("new secret 1")
        secret.again.setText("new secret 2")
        secret.submit()
        assert secret.problem.text() == "The two entries differ."
        secret.again.setText("new secret 1")
        secret.submit()
        return secret.result()

    dialog.drive = new_password
    dialog.password_button.click()
    assert accounts.passwords["bruno"] == "new secret 1"

    def pin(secret):
        secret.secret.setText("12ab")
        secret.submit()
        assert secret.problem.text() == "A PIN is 4 to 12 digits."
        secret.secret.setText("2468")
        secret.again.setText("2468")
        secret.submit()
        return secret.result()

    dialog.drive = pin
    dialog.pin_button.click()
    assert accounts.calls[-1] == ("set_pin", "2468")
    assert dialog.model.data(dialog.model.index(0, 4)) == "Yes"
    assert dialog.model.data(dialog.model.index(1, 4)) == "No"


def test_deactivating(qtbot, accounts, monkeypatch):
    monkeypatch.setattr(
        users_dialog.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    dialog = UsersDialog(accounts, ADMIN)
    qtbot.addWidget(dialog)
    _select(dialog, "asilva")
    assert not dialog.deactivate_button.isEnabled()  # not oneself
    _select(dialog, "bruno")
    dialog.deactivate_button.click()
    assert dialog.said.text() == "bruno is deactivated."
    assert dialog.model.data(dialog.model.index(1, 3)) == "no"


def test_the_last_admin_is_kept_as_the_service_says(qtbot, accounts, monkeypatch):
    monkeypatch.setattr(
        users_dialog.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    # Signed in as an administrator the list does not hold (say, just deactivated elsewhere):
    # the service, not the dialog, knows asilva is the last one.
    dialog = UsersDialog(accounts, OTHER_ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    _select(dialog, "asilva")
    dialog.deactivate_button.click()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "The last administrator cannot be deactivated."
    assert accounts.accounts["asilva"].active
