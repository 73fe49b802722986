"""The File menu's tools for the records as a whole: back up now (off the GUI thread, with
progress and cancel), restore a backup (checked and named before it replaces anything),
export a patient, open the data folder.

`WindowTools` asks and shows; the services back up, check, restore and export. The window
gives it its context through a callable (a restore replaces the context) and hears
`restored(context)` once the restored records are open.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from consult.services.errors import StoreError
from consult.ui.background import BackgroundTask
from consult.ui.errors import explain
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder
from consult.ui.formats import show_time

# The services below need the store (SQLAlchemy, slow to import): imported when used, so
# that the window shows first.
if TYPE_CHECKING:
    from consult.services.access import SignedIn
    from consult.services.backup import ArchiveFacts, Restored
    from consult.services.context import AppContext
    from consult.services.export_formats import ExportFormat

# The progress bar's steps: bytes do not fit its int once an archive passes 2 GB.
_STEPS = 1000


class BackupRun(QObject):
    """One backup on a worker thread, its progress in a dialog whose Cancel stops it (the
    half-written archive is removed). Emits `made(path)`, `cancelled()` or `failed(text)`."""

    made = Signal(object)
    cancelled = Signal()
    failed = Signal(str)
    # Emitted on the worker thread, shown on the GUI thread (a queued connection).
    _progressed = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._locations = context.locations
        self._key = context.key
        self._stop = threading.Event()
        self.dialog = QProgressDialog(
            self.tr("Making a backup of the records and photos…"), self.tr("Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(self.tr("Back up now"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._progressed.connect(self._show)

    def start(self) -> None:
        self.dialog.show()
        task = BackgroundTask(self._work, self)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.start()

    def cancel(self) -> None:
        """Stop at the next chunk written; the dialog says so until the backup has stopped."""
        self._stop.set()
        self.dialog.setLabelText(self.tr("Stopping the backup…"))
        self.dialog.setCancelButton(None)  # type: ignore[arg-type]  # none: already asked

    def _work(self) -> Path:
        from consult.services import backup

        return backup.make_backup(self._locations, progress=self._progress, key=self._key)

    def _progress(self, done: int, total: int) -> None:
        """On the worker thread."""
        if self._stop.is_set():
            from consult.services.backup import BackupCancelled

            raise BackupCancelled
        # RuntimeError: the window was closed meanwhile; the backup finishes unseen.
        with contextlib.suppress(RuntimeError):
            self._progressed.emit(done * _STEPS // total if total else 0)

    def _show(self, step: int) -> None:
        if not self._stop.is_set():
            self.dialog.setMaximum(_STEPS)
            self.dialog.setValue(step)

    def _succeeded(self, archive: Path) -> None:
        self.dialog.close()
        self.made.emit(archive)

    def _failed(self, error: Exception) -> None:
        from consult.services.backup import BackupCancelled

        self.dialog.close()
        if isinstance(error, BackupCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(explain(error))


class ExportDialog(QDialog):
    """The format to export a patient's record in: consult's JSON or a FHIR Bundle (every
    format the export service lists is offered here)."""

    def __init__(self, patient_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        from consult.services.export_formats import EXPORT_FORMATS

        self._formats = EXPORT_FORMATS
        self.setWindowTitle(self.tr("Export patient {number}").format(number=patient_id))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for export_format in self._formats:
            self.format.addItem(export_format.label, export_format.id)
        note = QLabel(
            self.tr(
                "The whole record of patient {number}: a file that names the patient. Keep it "
                "as safe as the records."
            ).format(number=patient_id)
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> ExportFormat:
        return self._formats[self.format.currentIndex()]


class WindowTools(QObject):
    """Emits `restored(context)` with the restored records open, and `said(text)` for the
    status bar."""

    restored = Signal(object)
    said = Signal(str)

    def __init__(
        self,
        context: Callable[[], AppContext],
        window: QWidget,
        ask_who_signs_in: Callable[[str], SignedIn | None] | None = None,
    ) -> None:
        """`ask_who_signs_in(database)`: the sign-in to restored records the archive's secret
        did not decide (the window's sign-in dialog; this room does not know it)."""
        super().__init__(window)
        self._context = context
        self._window = window
        self._ask_who_signs_in = ask_who_signs_in
        self.backup: BackupRun | None = None
        self._busy: QProgressDialog | None = None
        self._archive: Path | None = None
        # The password of the encrypted archive being restored, until the restore starts.
        self._secret: str | None = None
        self._title = ""

    # -- back up now -----------------------------------------------------------------------

    def back_up_now(self) -> None:
        if self.backup is not None:  # one at a time: its dialog is showing
            return
        self.backup = BackupRun(self._context(), self._window)
        self.backup.made.connect(self._backup_made)
        self.backup.cancelled.connect(self._backup_cancelled)
        self.backup.failed.connect(self._backup_failed)
        self.backup.start()

    def _backup_made(self, archive: Path) -> None:
        self._backup_done()
        self.said.emit(self.tr("Backup made: {path}").format(path=archive))

    def _backup_cancelled(self) -> None:
        self._backup_done()
        self.said.emit(self.tr("The backup was cancelled: no archive was kept."))

    def _backup_failed(self, text: str) -> None:
        self._backup_done()
        QMessageBox.warning(self._window, self.tr("Back up now"), text)

    def _backup_done(self) -> None:
        if self.backup is not None:
            self.backup.deleteLater()
            self.backup = None

    # -- restore ---------------------------------------------------------------------------

    def restore(self) -> None:
        """Choose an archive (an encrypted one with its password or recovery key); it is
        checked (off the GUI thread) and named, with its date and patient count, before
        anything is replaced."""
        locations = self._context().locations
        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Restore a backup"),
            str(locations.backups),
            self.tr("consult backups (consult-backup-*.zip);;All files (*)"),
        )
        if not chosen:
            return
        self._archive = Path(chosen)
        archive = self._archive
        from consult.services.backup import archive_is_encrypted, inspect_backup

        self._secret = None
        if archive_is_encrypted(archive):
            self._secret = self.ask_archive_secret()
            if self._secret is None:
                return
        secret = self._secret
        self._run(
            self.tr("Checking the backup…"),
            lambda: inspect_backup(locations, archive, secret),
            self._checked,
            self.tr("Restore a backup"),
        )

    def ask_archive_secret(self) -> str | None:
        """The password of an encrypted archive (a user's of the records it holds) or its
        recovery key; None when the user cancelled."""
        secret, ok = QInputDialog.getText(
            self._window,
            self.tr("Restore a backup"),
            self.tr(
                "This backup is encrypted. Type the password of a user of the records it "
                "holds, or its recovery key:"
            ),
            QLineEdit.EchoMode.Password,
        )
        return secret if ok and secret else None

    def _checked(self, facts: ArchiveFacts) -> None:
        assert self._archive is not None
        secret, self._secret = self._secret, None  # not kept past this question
        made = show_time(facts.created_at.astimezone().replace(tzinfo=None))
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore a backup"),
            self.tr(
                "The backup {name} was made on {made} and holds {patients} patients. Restore "
                "it in place of the records and photos in use now?\n\nThose in use now are "
                "not deleted: they are kept beside them, named .replaced- with today's time. "
                "Patients erased since the backup was made are erased again."
            ).format(name=self._archive.name, made=made, patients=f"{facts.patients:,}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        context = self._context()
        locations = context.locations
        archive = self._archive
        # The window's own connections would keep the file busy (the restore takes it only
        # when nobody else holds it); they are opened again on the restored file.
        context.database.engine.dispose()

        def restore_and_open() -> tuple[Restored, AppContext | None]:
            from consult.services.access import SignedIn, sign_in_restored
            from consult.services.backup import restore_backup
            from consult.services.context import open_context

            restored = restore_backup(locations, archive, key=context.key, secret=secret)
            where = str(restored.database)
            current = context.current.signed_in
            if secret is not None:
                # The restored records are encrypted with the archive's key: the user who
                # asked goes on when the secret is their password there; otherwise (the
                # recovery key, another user's password) the window asks who signs in.
                signed_in = (
                    None
                    if current is None
                    else sign_in_restored(where, current.account.username, secret)
                )
                if signed_in is None:
                    return restored, None
            else:
                signed_in = None if current is None else SignedIn(current.account, None)
            return restored, open_context(where, signed_in, rules=context.rules)

        self._run(
            self.tr("Restoring the backup…"),
            restore_and_open,
            self._restored,
            self.tr("Restore a backup"),
        )

    def _restored(self, outcome: tuple[Restored, AppContext | None]) -> None:
        restored, context = outcome
        if context is None:
            context = self._sign_in_to(str(restored.database))
            if context is None:
                return
        self.restored.emit(context)
        lines = [self.tr("The backup {name} is restored.").format(name=self._archive_name())]
        if restored.replaced_database is not None:
            lines.append(
                self.tr("The records in use before are kept as {path}.").format(
                    path=restored.replaced_database
                )
            )
        if restored.replaced_photos is not None:
            lines.append(
                self.tr("The photos in use before are kept in {path}.").format(
                    path=restored.replaced_photos
                )
            )
        if restored.replaced_certificate:
            lines.append(
                self.tr("The clinic certificate in use before is kept as {paths}.").format(
                    paths=", ".join(str(path) for path in restored.replaced_certificate)
                )
            )
        if restored.erased_again:
            lines.append(
                self.tr("Patients erased since the backup was made, erased again: {n}.").format(
                    n=restored.erased_again
                )
            )
        if restored.erasures_unread:
            lines.append(
                self.tr(
                    "The records replaced were damaged, so their list of erasures could not be "
                    "read: patients erased after this backup was made may be back. The audit "
                    "log of the copy kept names them; erase them again."
                )
            )
        QMessageBox.information(self._window, self.tr("Restore a backup"), "\n\n".join(lines))

    def _sign_in_to(self, where: str) -> AppContext | None:
        """Who signs in to the restored records, asked (never taken from the archive's
        secret); None when nobody did: the window closes, the records stay restored."""
        from consult.services.context import open_context

        signed_in = None if self._ask_who_signs_in is None else self._ask_who_signs_in(where)
        if signed_in is None:
            QMessageBox.information(
                self._window,
                self.tr("Restore a backup"),
                self.tr(
                    "The backup is restored. Nobody signed in to it, so consult closes: start "
                    "it again and sign in."
                ),
            )
            self._window.close()
            return None
        return open_context(where, signed_in, rules=self._context().rules)

    def _archive_name(self) -> str:
        return self._archive.name if self._archive is not None else ""

    # -- export and the data folder ---------------------------------------------------------

    def export_patient(self, patient_id: int) -> None:
        """Choose the format, then where; the record is built and written privately there
        off the GUI thread (a FHIR Bundle rebuilds every handout it attaches)."""
        dialog = ExportDialog(patient_id, self._window)
        if not dialog.exec():
            return
        export_format = dialog.chosen()
        suggested = start_folder(DOCUMENTS) / export_format.file_name(patient_id)
        title = self.tr("Export patient {n}").format(n=patient_id)
        chosen, _ = QFileDialog.getSaveFileName(self._window, title, str(suggested))
        if not chosen:
            return
        path = Path(chosen)
        context = self._context()
        try:
            from consult.services.handout import check_outputs  # reportlab: late

            check_outputs([path])  # a folder or a device is refused, never replaced
        except StoreError as error:
            QMessageBox.warning(self._window, self.tr("Export patient"), explain(error))
            return

        def write() -> tuple[int, Path]:
            from consult.services.files import write_private

            data = export_format.write(context.database, context.rules, patient_id, context.current)
            write_private(path, data)
            return patient_id, path

        self._run(
            self.tr("Exporting patient {n}…").format(n=patient_id),
            write,
            self._exported,
            self.tr("Export patient"),
        )

    def _exported(self, outcome: tuple[int, Path]) -> None:
        patient_id, path = outcome
        remember_folder(DOCUMENTS, path)
        self.said.emit(self.tr("Patient {n} exported to {path}").format(n=patient_id, path=path))

    def open_data_folder(self) -> None:
        """The folder holding the database, photos and backups, in the file manager."""
        folder = self._context().locations.folder
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            QMessageBox.information(
                self._window,
                self.tr("Open data folder"),
                self.tr("The data folder is {folder}").format(folder=folder),
            )

    # -- work off the GUI thread -------------------------------------------------------------

    def _run(
        self, label: str, work: Callable[[], object], done: Callable[[object], None], title: str
    ) -> None:
        """`work` on a worker thread behind a busy dialog; `done` with its result, or the
        failure shown in a message box titled `title`."""
        self._busy = QProgressDialog(label, "", 0, 0, self._window)
        # Neither a restore nor an export is cut short: a half-written file helps nobody.
        self._busy.setCancelButton(None)  # type: ignore[arg-type]
        self._busy.setWindowModality(Qt.WindowModality.WindowModal)
        self._busy.setMinimumDuration(0)
        self._busy.show()
        self._done = done
        self._title = title
        task = BackgroundTask(work, self)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.start()

    def _succeeded(self, result: object) -> None:
        self._close_busy()
        self._done(result)

    def _failed(self, error: Exception) -> None:
        self._close_busy()
        QMessageBox.warning(self._window, self._title, explain(error))

    def _close_busy(self) -> None:
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None
