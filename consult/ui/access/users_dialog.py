"""Tools → Users… (administrators): the clinic's accounts; add one, reset a password,
deactivate one who left (never the last administrator: the service refuses, the dialog says
so), and set one's own PIN for unlocking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import Account, Role, password_problem, pin_problem, username_problem
from consult.services.errors import StoreError
from consult.ui.access.calls import Accounts
from consult.ui.access.fields import problem_label, say, secret_field
from consult.ui.errors import explain
from consult.ui.record_table import RecordTableModel, show_records
from consult.ui.theme import set_tone


def role_name(role: Role) -> str:
    return {
        Role.ADMIN: QCoreApplication.translate("UsersDialog", "Administrator"),
        Role.PRACTITIONER: QCoreApplication.translate("UsersDialog", "Practitioner"),
        Role.RECEPTION: QCoreApplication.translate("UsersDialog", "Reception"),
    }[role]


def role_explained(role: Role) -> str:
    return {
        Role.ADMIN: QCoreApplication.translate(
            "UsersDialog",
            "Everything: the records, settings, users, backups, restoring and erasing.",
        ),
        Role.PRACTITIONER: QCoreApplication.translate(
            "UsersDialog", "The clinical records: consultations, photos, sessions; and backups."
        ),
        Role.RECEPTION: QCoreApplication.translate(
            "UsersDialog",
            "Patients' contact details and the schedule only: no clinical records or photos.",
        ),
    }[role]


class UsersModel(RecordTableModel[Account]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Active"),
                self.tr("PIN"),
            ),
            parent,
        )

    def cell(self, record: Account, column: int) -> str:
        return (
            record.username,
            record.display_name,
            role_name(record.role),
            self.tr("yes") if record.active else self.tr("no"),
            self.tr("Yes") if record.has_pin else self.tr("No"),
        )[column]


class SecretDialog(QDialog):
    """A new password or PIN typed twice, checked by `problem`, then given to `apply`;
    what the service refuses is shown and the dialog stays."""

    def __init__(
        self,
        title: str,
        label: str,
        problem: Callable[[str], str | None],
        apply: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._problem = problem
        self._apply = apply
        self.setWindowTitle(title)
        self.secret = secret_field(label)
        self.again = secret_field(self.tr("Again"))
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(label + ":", self.secret)
        form.addRow(self.tr("&Again:"), self.again)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def submit(self) -> None:
        secret = self.secret.text()
        problem = self._problem(secret)
        if problem is None and self.again.text() != secret:
            problem = "the two entries differ"
        if problem:
            say(self.problem, problem)
            return
        try:
            self._apply(secret)
        except StoreError as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return
        self.accept()


class AddUserDialog(QDialog):
    """A new account: user name, the name shown, a role (each explained in a line), and a
    first password the person changes."""

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Name shown"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for role in (Role.PRACTITIONER, Role.RECEPTION, Role.ADMIN):
            self.role.addItem(role_name(role), role)
        self.role_explained = QLabel()
        self.role_explained.setWordWrap(True)
        set_tone(self.role_explained, "muted")
        self.role.currentIndexChanged.connect(self._explain_role)
        self.password = secret_field(self.tr("Password"))
        self.again = secret_field(self.tr("Password again"))
        self.username_problem = problem_label()
        self.display_problem = problem_label()
        self.password_problem = problem_label()
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow("", self.username_problem)
        form.addRow(self.tr("&Name shown:"), self.display_name)
        form.addRow("", self.display_problem)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow("", self.role_explained)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        form.addRow("", self.password_problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(
            self.tr("&Add user"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.add_button.setDefault(True)
        self.setMinimumWidth(460)
        self._explain_role()

    def _explain_role(self) -> None:
        self.role_explained.setText(role_explained(self.role.currentData()))

    def submit(self) -> None:
        password = self.password.text()
        found = {
            self.username_problem: username_problem(self.username.text().strip()),
            self.display_problem: (
                None if self.display_name.text().strip() else "a name to show is needed"
            ),
            self.password_problem: password_problem(password)
            or ("the two passwords differ" if self.again.text() != password else None),
        }
        for label, problem in found.items():
            say(label, problem)
        if any(found.values()):
            return
        try:
            self._accounts.add(
                self.username.text().strip(),
                self.display_name.text().strip(),
                self.role.currentData(),
                password,
            )
        except StoreError as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return
        self.accept()


class UsersDialog(QDialog):
    """`me` is the signed-in administrator; the dialog's own dialogs are made by
    `add_dialog` and `secret_dialog` (tests drive them without a modal loop)."""

    def __init__(self, accounts: Accounts, me: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._me = me
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableView()
        self.model = UsersModel(self)
        show_records(self.table, self.model, self.tr("Users"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.password_button = QPushButton(self.tr("&Reset password…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.pin_button = QPushButton(self.tr("Set my &PIN…"))
        self.add_button.clicked.connect(self.add_user)
        self.password_button.clicked.connect(self.reset_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.pin_button.clicked.connect(self.set_my_pin)
        self.problem = problem_label()
        self.said = QLabel()
        self.said.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.add_button, self.password_button, self.deactivate_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pin_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    def reload(self) -> None:
        try:
            accounts = self._accounts.list()
        except StoreError as error:
            self._refused(error)
            return
        self.model.set_records(accounts)
        self.table.resizeColumnsToContents()
        self._enable()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _enable(self) -> None:
        account = self.selected()
        self.password_button.setEnabled(account is not None and account.active)
        # Not oneself: the one signed in stays able to sign in again.
        self.deactivate_button.setEnabled(
            account is not None and account.active and account.username != self._me.username
        )

    def _refused(self, error: StoreError) -> None:
        self.said.hide()
        self.problem.setText(explain(error))
        self.problem.show()

    def _tell(self, text: str) -> None:
        self.problem.hide()
        self.said.setText(text)
        self.said.show()

    def add_dialog(self) -> AddUserDialog:
        return AddUserDialog(self._accounts, self)

    def secret_dialog(
        self,
        title: str,
        label: str,
        problem: Callable[[str], str | None],
        apply: Callable[[str], object],
    ) -> SecretDialog:
        return SecretDialog(title, label, problem, apply, self)

    def add_user(self) -> None:
        dialog = self.add_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tell(
                self.tr("{username} can sign in now.").format(
                    username=dialog.username.text().strip()
                )
            )
            self.reload()

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        username = account.username
        dialog = self.secret_dialog(
            self.tr("New password for {username}").format(username=username),
            self.tr("&New password"),
            password_problem,
            lambda password: self._accounts.set_password(username, password),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tell(
                self.tr("{username}'s password is changed; tell them in person.").format(
                    username=username
                )
            )

    def deactivate(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Deactivate {username}?").format(username=account.username),
            self.tr("{name} will no longer sign in. The records they made keep their name.").format(
                name=account.display_name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._accounts.deactivate(account.username)
        except StoreError as error:
            self._refused(error)
            return
        self._tell(self.tr("{username} is deactivated.").format(username=account.username))
        self.reload()

    def set_my_pin(self) -> None:
        dialog = self.secret_dialog(
            self.tr("PIN for {username}").format(username=self._me.username),
            self.tr("&PIN"),
            pin_problem,
            self._accounts.set_pin,
        )
        dialog.secret.setToolTip(self.tr("4 to 12 digits; it only unlocks your own session"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tell(self.tr("Your PIN is set: it unlocks the window after you signed in."))
            self.reload()
