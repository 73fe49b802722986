"""The first start: create the administrator account, choose encryption (on unless the admin
insists), then show the recovery key once, to print, save or write down before going on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import password_problem, username_problem
from consult.services.errors import StoreError
from consult.services.files import write_private
from consult.ui.access.calls import SetUp, SignedIn
from consult.ui.access.fields import (
    LAST_USER_KEY,
    problem_label,
    say,
    secret_field,
    window_settings,
)
from consult.ui.errors import explain
from consult.ui.folders import DOCUMENTS, remember_folder, start_folder
from consult.ui.formats import show_date
from consult.ui.theme import set_banner

# print_key(parent, document) -> whether it was sent to a printer
PrintKey = Callable[[QWidget, QTextDocument], bool]


def print_with_dialog(parent: QWidget, document: QTextDocument) -> bool:
    """Ask for a printer, then print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def recovery_sheet(key: str, username: str, on: dt.date) -> QTextDocument:
    """The page the recovery key is printed or saved on: the key, whose, and what it is for."""
    document = QTextDocument()
    document.setHtml(
        QCoreApplication.translate(
            "SetupDialog",
            "<h2>consult: recovery key</h2>"
            "<p>Made on {on} with the administrator account <b>{user}</b>.</p>"
            "<p style='font-family: monospace; font-size: 18pt'>{key}</p>"
            "<p>This key opens the clinic's records when every password is lost. Keep it "
            "somewhere safe, away from the computer: whoever holds it can read the records.</p>",
        ).format(on=show_date(on), user=escape(username), key=escape(key))
    )
    return document


def _pdf(document: QTextDocument) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle("consult recovery key")
    document.print_(writer)
    del writer  # the PDF is finished when its writer goes
    buffer.close()
    return bytes(data.data())


class SetupDialog(QDialog):
    """`signed_in` and `encrypted` hold the outcome once accepted."""

    def __init__(
        self,
        set_up: SetUp,
        parent: QWidget | None = None,
        print_key: PrintKey = print_with_dialog,
    ) -> None:
        super().__init__(parent)
        self._set_up = set_up
        self._print_key = print_key
        self.signed_in: SignedIn | None = None
        self.recovery_key: str | None = None
        self.setWindowTitle(self.tr("Create the administrator account"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._account_page())
        self.pages.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # Wide enough for most problems under the fields to take one line.
        self.setMinimumWidth(520)
        # Enter creates the account; a default button counts once it is in the dialog.
        self.create_button.setDefault(True)
        self.username.setFocus()

    # The first page: the account and the choice of encryption.

    def _account_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Each person who uses consult signs in with their own account. This first one "
                "is the administrator's: it adds the others, and manages settings and backups."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setPlaceholderText(self.tr("e.g. asilva"))
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Name shown"))
        self.display_name.setPlaceholderText(self.tr("e.g. Dr Ana Silva"))
        self.password = secret_field(self.tr("Password"))
        self.repeated = secret_field(self.tr("Password again"))
        self.username_problem = problem_label()
        self.display_problem = problem_label()
        self.password_problem = problem_label()
        self.repeated_problem = problem_label()
        self.encrypt = QCheckBox(self.tr("&Encrypt the records on this computer"))
        self.encrypt.setChecked(True)
        self.encrypt.setToolTip(
            self.tr("The database, photos and backups are unreadable without a password")
        )
        self.risk = QLabel(
            self.tr(
                "The records will be stored unencrypted: anyone who copies the file or takes "
                "the computer can read every patient's record."
            )
        )
        self.risk.setWordWrap(True)
        set_banner(self.risk, "warning")
        self.risk.hide()
        self.encrypt.clicked.connect(self._encrypt_clicked)
        self.problem = problem_label()
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow("", self.username_problem)
        form.addRow(self.tr("&Name shown:"), self.display_name)
        form.addRow("", self.display_problem)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.password_problem)
        form.addRow(self.tr("Password &again:"), self.repeated)
        form.addRow("", self.repeated_problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.addButton(
            self.tr("&Create account"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.risk)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def _encrypt_clicked(self, checked: bool) -> None:
        """Leaving the records unencrypted is a choice made knowingly, confirmed once."""
        if not checked:
            answer = QMessageBox.warning(
                self,
                self.tr("Store the records unencrypted?"),
                self.tr(
                    "Without encryption, anyone who copies the database or a backup, or takes "
                    "this computer, can read every record and photo. Encrypt unless the disk "
                    "is already encrypted and only the clinic can reach it.\n\n"
                    "Store the records unencrypted?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.encrypt.setChecked(True)
        self.risk.setVisible(not self.encrypt.isChecked())

    def _problems(self) -> bool:
        """Show what is wrong beside each field; True if anything is."""
        password = self.password.text()
        found = {
            self.username_problem: username_problem(self.username.text().strip()),
            self.display_problem: (
                None if self.display_name.text().strip() else "a name to show is needed"
            ),
            self.password_problem: password_problem(password),
            self.repeated_problem: (
                "the two passwords differ" if self.repeated.text() != password else None
            ),
        }
        for label, problem in found.items():
            say(label, problem)
        # Taller by the lines shown, so that none is cut (wrapped labels do not ask).
        self.adjustSize()
        return any(found.values())

    def create(self) -> None:
        self.problem.hide()
        if self._problems():
            return
        try:
            self.signed_in, self.recovery_key = self._set_up(
                self.username.text().strip(),
                self.display_name.text().strip(),
                self.password.text(),
                self.encrypt.isChecked(),
            )
        except StoreError as error:
            self.problem.setText(explain(error))
            self.problem.show()
            return
        # The first sign-in offers the admin's name, as it offers the last user's after.
        window_settings().setValue(LAST_USER_KEY, self.username.text().strip())
        for field in (self.password, self.repeated):
            field.clear()
        if self.recovery_key is None:
            self.accept()
            return
        self.show_recovery_key(self.signed_in, self.recovery_key)

    def show_recovery_key(self, signed_in: SignedIn, recovery_key: str) -> None:
        """Go straight to the recovery key page: for the key of records encrypted after the
        account was made (a database from before accounts, converted at its first start)."""
        self.signed_in, self.recovery_key = signed_in, recovery_key
        self.key.setText(recovery_key)
        self.pages.setCurrentIndex(1)
        self.written_down.setFocus()

    @property
    def encrypted(self) -> bool:
        return self.recovery_key is not None

    # The second page: the recovery key, shown this once.

    def _key_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "<b>Your recovery key</b><p>It opens the records if every password is lost. "
                "It is shown only now: print it, save it away from this computer, or write it "
                "down, and keep it somewhere safe.</p>"
            )
        )
        intro.setWordWrap(True)
        self.key = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(font)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setAccessibleName(self.tr("Recovery key"))
        set_banner(self.key, "info")
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.text_button = QPushButton(self.tr("Save as &text file…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.text_button.clicked.connect(lambda: self.save("txt"))
        actions = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.text_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.hide()
        self.written_down = QCheckBox(self.tr("I have printed or &written down the recovery key"))
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.finish_button.setEnabled(False)
        self.written_down.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.accept)
        finish = QHBoxLayout()
        finish.addStretch(1)
        finish.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.key)
        layout.addLayout(actions)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        layout.addWidget(self.written_down)
        layout.addLayout(finish)
        return page

    def _sheet(self) -> QTextDocument:
        assert self.recovery_key is not None and self.signed_in is not None
        return recovery_sheet(self.recovery_key, self.signed_in.account.username, dt.date.today())

    def print_sheet(self) -> None:
        if self._print_key(self, self._sheet()):
            self._tell(self.tr("Sent to the printer."))

    def save(self, kind: str) -> None:
        """Save the key as a PDF or a text file, private to the user (0600)."""
        pattern = self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Text (*.txt)")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(start_folder(DOCUMENTS) / f"consult-recovery-key.{kind}"),
            pattern,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        if kind == "pdf":
            data = _pdf(self._sheet())
        else:
            data = (self._sheet().toPlainText().strip() + "\n").encode("utf-8")
        try:
            write_private(path, data)
        except (StoreError, OSError) as error:
            self._tell(explain(error))
            return
        remember_folder(DOCUMENTS, path)
        self._tell(
            self.tr("Saved in {path}. Keep a copy away from this computer.").format(path=path)
        )

    def _tell(self, text: str) -> None:
        self.saved.setText(text)
        self.saved.show()

    def reject(self) -> None:
        """Once the account exists the key must be taken: the dialog ends only by Finish."""
        if self.pages.currentIndex() == 1:
            return
        super().reject()
