"""Who may open the records, settled before the window shows any patient: sign-in for a
database with accounts, the first admin's account for a new one (encrypted by default, its
recovery key shown once), and for records from before accounts the admin's account, then
the offer to encrypt them now or keep them plain by an explicit choice.

`StartGate.admit` asks with the access dialogs (tests replace their `exec`) and answers an
`Admission` for the records to open with, or None when the user cancelled: nothing is
written then. A conversion runs on a worker thread behind a progress dialog.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from consult.config import database_url, locations, sqlite_file
from consult.services import access
from consult.services.access import Admission, Entry, SignedIn
from consult.services.errors import StoreError
from consult.ui.access.setup_dialog import SetupDialog
from consult.ui.access.sign_in_dialog import SignInDialog
from consult.ui.background import BackgroundTask
from consult.ui.errors import explain

if TYPE_CHECKING:
    from consult.services.encryption import AdminEncrypted

SignIn = Callable[[str | None, str], SignedIn]

# The progress bar's steps (the photos are counted in files, the database as one step).
_STEPS = 100


class StartGate(QObject):
    """The sign-in or set-up of the records at `db`, asked in dialogs owned by `parent`."""

    # (step, done, total) from the worker thread, shown on the GUI thread (queued).
    _progressed = Signal(str, int, int)

    def __init__(self, db: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._parent = parent
        # The password typed at sign-in or set-up, kept only until the offer to encrypt is
        # answered: the new key slot is wrapped with it.
        self._password: str | None = None
        self._loop: QEventLoop | None = None
        self._outcome: tuple[bool, object] | None = None
        self._progress: QProgressDialog | None = None
        self._progressed.connect(self._show_progress)

    def admit(self) -> Admission | None:
        """Ask; None when the user cancelled. Raises `StoreError` when the database cannot
        be opened at all (damaged, newer than this consult, its key file missing)."""
        try:
            access.finish_interrupted_encryption(self._db)
            way = access.entry(self._db)
            if way is Entry.SIGN_IN:
                return self._sign_in()
            return self._set_up(existing=way is Entry.SET_UP_EXISTING)
        finally:
            self._password = None

    # -- the ways in ---------------------------------------------------------------------------

    def _sign_in(self) -> Admission | None:
        db = self._db
        if access.encrypted_file(db) is not None:
            # The key only (Argon2, no store): the account is checked as the records open.
            dialog = SignInDialog(
                lambda user, secret: access.unlock(db, user, secret), self._parent
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            assert isinstance(dialog.signed_in, access.Unlocked)
            return Admission(unlocked=dialog.signed_in)
        dialog = SignInDialog(
            self._remembering(lambda user, secret: access.sign_in(db, user, secret)), self._parent
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        assert isinstance(dialog.signed_in, SignedIn)
        return Admission(signed_in=self._offer_encryption(dialog.signed_in))

    def _set_up(self, existing: bool) -> Admission | None:
        db = self._db

        def set_up(
            username: str, display_name: str, password: str, encrypt: bool
        ) -> tuple[SignedIn, str | None]:
            made = access.set_up(db, username, display_name, password, encrypt)
            self._password = password
            return made

        dialog = SetupDialog(set_up, self._parent)
        if existing or sqlite_file(database_url(db)) is None:
            # Records already there are encrypted after the account is made (asked next);
            # a server's encryption at rest is the server's.
            dialog.encrypt.hide()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        assert isinstance(dialog.signed_in, SignedIn)
        # A new file is encrypted or kept plain by the dialog's choice: offered no more.
        return Admission(signed_in=self._offer_encryption(dialog.signed_in))

    def _remembering(self, sign_in: SignIn) -> SignIn:
        def checked(username: str | None, secret: str) -> SignedIn:
            signed_in = sign_in(username, secret)
            self._password = secret
            return signed_in

        return checked

    # -- the offer to encrypt records from before ------------------------------------------

    def _offer_encryption(self, signed_in: SignedIn) -> SignedIn:
        """Encrypt the records now, or keep them plain by the admin's recorded choice; who
        is signed in after (with the new data key when encrypted)."""
        if self._password is None or not access.encryption_offered(self._db, signed_in):
            return signed_in
        if not self.ask_to_encrypt():
            chosen = access.keep_plain(self._db, signed_in)
            self.tell(
                self.tr("Records kept unencrypted"),
                self.tr(
                    "The records stay unencrypted, as you chose ({chosen}). Settings shows "
                    "this choice."
                ).format(chosen=chosen),
            )
            return signed_in
        encrypted = self.encrypt(signed_in, self._password)
        if encrypted is None:
            return signed_in
        self.tell_plain_files(encrypted.done.plain_left)
        key_dialog = SetupDialog(_already_set_up, self._parent)
        key_dialog.show_recovery_key(encrypted.signed_in, encrypted.recovery_key)
        key_dialog.exec()
        return encrypted.signed_in

    def ask_to_encrypt(self) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Encrypt the records"),
            self.tr(
                "These records are stored unencrypted: anyone who copies the file or takes "
                "this computer can read every patient's record and photo.\n\n"
                "Encrypt them now (recommended)? A copy is made and checked before the "
                "records are replaced; with many photos it takes a few minutes.\n\n"
                "No keeps them unencrypted, recorded as your choice."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def encrypt(self, signed_in: SignedIn, password: str) -> AdminEncrypted | None:
        """The conversion on a worker thread behind a progress dialog (no Cancel: the copy
        is checked before it replaces anything, and a half-made copy helps nobody); None
        when it failed, said to the admin (the records stay as they were)."""
        from consult.services.encryption import encrypt_for_admin

        where = locations(self._db)
        self._progress = QProgressDialog(self.tr("Encrypting the records…"), "", 0, 0, self._parent)
        self._progress.setWindowTitle(self.tr("Encrypt the records"))
        self._progress.setCancelButton(None)  # type: ignore[arg-type]
        self._progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._progress.setMinimumDuration(0)
        self._progress.show()
        self._outcome = None
        self._loop = QEventLoop()
        task = BackgroundTask(
            lambda: encrypt_for_admin(where, signed_in, password, self._told), self
        )
        task.succeeded.connect(self._encrypted)
        task.failed.connect(self._not_encrypted)
        task.start()
        if self._outcome is None:  # not already reported
            self._loop.exec()
        self._progress.close()
        self._progress.deleteLater()
        self._progress = None
        assert self._outcome is not None
        ok, result = self._outcome
        if ok:
            return result  # type: ignore[return-value]
        assert isinstance(result, BaseException)
        self.tell(
            self.tr("Encrypt the records"),
            self.tr(
                "The records could not be encrypted: {problem}\n\nThey stay unencrypted, as "
                "they were; you are asked again at your next sign-in."
            ).format(problem=explain(result)),
            warning=True,
        )
        return None

    def _told(self, step: str, done: int, total: int) -> None:
        """On the worker thread."""
        # RuntimeError: the gate was deleted meanwhile; the conversion finishes unseen.
        with contextlib.suppress(RuntimeError):
            self._progressed.emit(step, done, total)

    def _show_progress(self, step: str, done: int, total: int) -> None:
        if self._progress is None:
            return
        if step == "photos":
            self._progress.setLabelText(self.tr("Encrypting the photos…"))
        self._progress.setMaximum(_STEPS)
        self._progress.setValue(done * _STEPS // total if total else 0)

    def _encrypted(self, result: object) -> None:
        self._finished(True, result)

    def _not_encrypted(self, error: Exception) -> None:
        self._finished(False, error)

    def _finished(self, ok: bool, result: object) -> None:
        self._outcome = (ok, result)
        if self._loop is not None:
            self._loop.quit()

    def tell_plain_files(self, files: tuple[Path, ...]) -> None:
        """The plain copies of the records the conversion left (never deleted here)."""
        if not files:
            return
        self.tell(
            self.tr("Records encrypted"),
            self.tr(
                "The records are encrypted. These files still hold them unencrypted (older "
                "backups and copies kept before an upgrade or a restore):\n\n{files}\n\n"
                "Once you have checked that the encrypted records open and are complete, "
                "delete these files (consult does not delete them)."
            ).format(files="\n".join(str(path) for path in files)),
        )

    def tell(self, title: str, text: str, warning: bool = False) -> None:
        show = QMessageBox.warning if warning else QMessageBox.information
        show(self._parent, title, text)


def _already_set_up(
    _username: str, _display_name: str, _password: str, _encrypt: bool
) -> tuple[SignedIn, str | None]:
    """The set-up of a dialog opened on its recovery key page only: never called."""
    raise StoreError("the administrator account is already made")
