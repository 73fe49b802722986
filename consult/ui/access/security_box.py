"""The part of Settings about who is at the keyboard and how the records are kept: the user
signed in (their PIN and password), the idle lock's minutes, the encryption of the records,
and how far each handout language has been reviewed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from consult.domain.access import IDLE_LOCK_MINUTES_RANGE, Permission, password_problem, pin_problem
from consult.services.errors import StoreError
from consult.services.languages import handout_languages, review_status
from consult.ui.access.fields import problem_label
from consult.ui.access.users_dialog import SecretDialog, role_name
from consult.ui.errors import explain
from consult.ui.formats import language_name

if TYPE_CHECKING:
    from consult.services.context import AppContext


def encryption_status(context: AppContext) -> str:
    """How the records are kept on disk, in one line."""

    if context.key is not None:
        return QCoreApplication.translate("SecurityBox", "Encrypted (SQLCipher)")
    if context.database.path is None:
        return QCoreApplication.translate(
            "SecurityBox", "On the database server: encryption at rest is the server's."
        )
    try:
        chosen = context.clinic.plain_by_choice()
    except StoreError:
        chosen = None
    if chosen:
        # Kept as "<admin>, <date and time> UTC" by the set-up.
        who, _, when = chosen.partition(", ")
        return QCoreApplication.translate(
            "SecurityBox", "Plain — kept plain by {who} on {when}"
        ).format(who=who, when=when or "?")
    return QCoreApplication.translate("SecurityBox", "Plain: not encrypted yet")


class SecurityBox(QGroupBox):
    """Who is signed in, their PIN and password, the idle lock and the encryption status.
    `secret_dialog` makes the PIN and password dialogs (tests drive them without a modal
    loop)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sign-in and security"))
        self._context = context
        current = context.current
        signed_in = current.signed_in
        self.who = QLabel()
        self.who.setObjectName("signedIn")
        self.who.setWordWrap(True)
        self.pin_button = QPushButton(self.tr("Set my P&IN…"))
        self.pin_button.setToolTip(self.tr("4 to 12 digits; it only unlocks your own session"))
        self.pin_button.clicked.connect(self.set_my_pin)
        self.password_button = QPushButton(self.tr("Change my pass&word…"))
        self.password_button.clicked.connect(self.change_my_password)
        if signed_in is None:
            self.who.setText(self.tr("Nobody: this database has no users yet."))
            self.pin_button.setEnabled(False)
            self.password_button.setEnabled(False)
        else:
            account = signed_in.account
            self.who.setText(
                self.tr("{name} ({username}), {role}").format(
                    name=account.display_name,
                    username=account.username,
                    role=role_name(account.role),
                )
            )
        self.pin_state = QLabel()
        self.pin_state.setObjectName("pinState")
        self._show_pin_state()
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.hide()
        self.problem = problem_label()
        self.idle_spin = QSpinBox()
        self.idle_spin.setObjectName("idleLockMinutes")
        self.idle_spin.setRange(*IDLE_LOCK_MINUTES_RANGE)
        self.idle_spin.setSuffix(self.tr(" minutes without input"))
        self.idle_spin.setValue(context.clinic.idle_lock_minutes())
        self.idle_spin.setEnabled(current.may(Permission.SETTINGS))
        self.idle_spin.setToolTip(self.tr("Ctrl+L locks at once"))
        self.encryption = QLabel(encryption_status(context))
        self.encryption.setObjectName("encryptionStatus")
        self.encryption.setWordWrap(True)
        self.encrypt_button = QPushButton(self.tr("&Encrypt now…"))
        self.encrypt_button.clicked.connect(self.explain_encryption)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_button)
        buttons.addWidget(self.password_button)
        buttons.addStretch(1)
        encryption = QHBoxLayout()
        encryption.addWidget(self.encryption, 1)
        encryption.addWidget(self.encrypt_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Signed in:"), self.who)
        form.addRow(self.tr("PIN:"), self.pin_state)
        form.addRow(buttons)
        form.addRow(self.said)
        form.addRow(self.problem)
        form.addRow(self.tr("&Lock after:"), self.idle_spin)
        form.addRow(self.tr("Records:"), encryption)
        # Set once in the layout: shown before, a button would be a window of its own.
        self.encrypt_button.setVisible(
            context.key is None
            and context.database.path is not None
            and current.may(Permission.SETTINGS)
        )

    def secret_dialog(
        self,
        title: str,
        label: str,
        problem: Callable[[str], str | None],
        apply: Callable[[str], object],
    ) -> SecretDialog:
        return SecretDialog(title, label, problem, apply, self)

    def _tell(self, text: str) -> None:
        self.problem.hide()
        self.said.setText(text)
        self.said.show()

    def set_my_pin(self) -> None:
        signed_in = self._context.current.signed_in
        if signed_in is None:
            return
        dialog = self.secret_dialog(
            self.tr("PIN for {username}").format(username=signed_in.account.username),
            self.tr("&PIN"),
            pin_problem,
            self._context.accounts.set_pin,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tell(self.tr("Your PIN is set: it unlocks the window after you signed in."))
            self._show_pin_state()

    def _show_pin_state(self) -> None:
        """Whether the signed-in user has a PIN, as stored now (not as at their sign-in)."""
        if self._context.current.signed_in is None:
            self.pin_state.setText(self.tr("No (nobody is signed in)"))
            return
        try:
            account = self._context.accounts.me()
        except StoreError as error:
            self.pin_state.setText(explain(error))
            return
        has_pin = account is not None and account.has_pin
        self.pin_state.setText(
            self.tr("Yes: it unlocks your own session")
            if has_pin
            else self.tr("No: only your password unlocks")
        )

    def change_my_password(self) -> None:
        signed_in = self._context.current.signed_in
        if signed_in is None:
            return
        username = signed_in.account.username
        dialog = self.secret_dialog(
            self.tr("New password for {username}").format(username=username),
            self.tr("&New password"),
            password_problem,
            lambda password: self._context.accounts.set_password(username, password),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._tell(self.tr("Your password is changed: sign in with it from now on."))

    def explain_encryption(self) -> None:
        # The conversion runs at the start, before anything else has the file open.
        QMessageBox.information(
            self,
            self.tr("Encrypt the records"),
            self.tr(
                "The records are encrypted when consult starts: quit consult, start it again, "
                "sign in as an administrator and accept the offer to encrypt them."
            ),
        )

    def store(self) -> bool:
        """Save the idle minutes if they changed; a refusal is shown in the box."""
        try:
            if self.idle_spin.value() != self._context.clinic.idle_lock_minutes():
                self._context.clinic.set_idle_lock_minutes(self.idle_spin.value())
        except StoreError as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return False
        return True


class LanguagesBox(QGroupBox):
    """Each handout language and what its folder says of its review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Handout languages"))
        form = QFormLayout(self)
        self.statuses: dict[str, QLabel] = {}
        for language in handout_languages():
            status = QLabel(review_status(language) or self.tr("No review status recorded"))
            status.setWordWrap(True)
            self.statuses[language] = status
            form.addRow(language_name(language) + ":", status)

    def store(self) -> bool:
        return True  # nothing to save: the statuses are the language folders'
