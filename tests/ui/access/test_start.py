"""The window's start: who gets in before any patient shows (issue 21). The dialogs' `exec`
is replaced by what a user would do in them; the services behind them are the real ones."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from consult.config import locations
from consult.domain.access import Role
from consult.domain.records import PatientDetails
from consult.services import access
from consult.services.context import open_context
from consult.services.start import reader_before_open
from consult.store import accounts
from consult.store.connection import begins_plain, is_encrypted
from consult.store.keyslots import key_file
from consult.ui.access.setup_dialog import SetupDialog
from consult.ui.access.sign_in_dialog import SignInDialog
from consult.ui.access.start import StartGate
from consult.ui.patients.listing import PatientListView

PASSWORD = "correct horse battery"


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "data" / "consult.sqlite3")


def _with_patient(db, rules, signed_in=None):
    context = open_context(db, signed_in, rules=rules)
    try:
        context.patients.create(
            PatientDetails(
                given_names="Ana", family_name="Moreno", date_of_birth=dt.date(1994, 3, 18)
            )
        )
    finally:
        context.close()


class SetupAnswers:
    """Fills the set-up dialog and creates the account; on the recovery key page, ticks
    that it was written down and finishes. Notes what each dialog showed."""

    def __init__(self, username="asilva", password=PASSWORD) -> None:
        self.username = username
        self.password = password
        self.keys_shown: list[str] = []
        self.encrypt_offered: list[bool] = []

    def __call__(self, dialog: SetupDialog) -> int:
        if dialog.pages.currentIndex() == 0:
            self.encrypt_offered.append(not dialog.encrypt.isHidden())
            dialog.username.setText(self.username)
            dialog.display_name.setText("Dr Ana Silva")
            dialog.password.setText(self.password)
            dialog.repeated.setText(self.password)
            dialog.create_button.click()
        if dialog.pages.currentIndex() == 1:
            self.keys_shown.append(dialog.key.text())
            dialog.reject()  # the key must be taken: Escape does not leave this page
            assert dialog.pages.currentIndex() == 1
            dialog.written_down.setChecked(True)
            dialog.finish_button.click()
        return dialog.result()


class SignInAnswers:
    """Types each password in turn into the sign-in dialog, noting the refusal shown after
    each one refused; cancels when none is left."""

    def __init__(self, *passwords: str, username: str = "asilva") -> None:
        self.passwords = list(passwords)
        self.username = username
        self.refusals: list[str] = []

    def __call__(self, dialog: SignInDialog) -> int:
        dialog.username.setText(self.username)
        for password in self.passwords:
            dialog.password.setText(password)
            dialog.sign_in_button.click()
            if dialog.result() == dialog.DialogCode.Accepted:
                return dialog.result()
            self.refusals.append(dialog.problem.text() if not dialog.problem.isHidden() else "")
        dialog.reject()
        return dialog.result()


def _answer(monkeypatch, dialog_class, answers) -> None:
    """The dialog's `exec` does what `answers` does (a callable taking the dialog)."""
    monkeypatch.setattr(dialog_class, "exec", lambda dialog: answers(dialog))


@pytest.fixture
def told(monkeypatch):
    """What the start said in message boxes (title, text), and the answer to its question."""
    said: list[tuple[str, str]] = []
    answers: list[QMessageBox.StandardButton] = []

    def question(_parent, title, text, *_args):
        said.append((title, text))
        return answers.pop(0)

    def information(_parent, title, text, *_args):
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    monkeypatch.setattr(QMessageBox, "warning", information)
    return said, answers


def test_the_first_start_creates_the_admin_and_shows_the_recovery_key_once(
    monkeypatch, qtbot, db, told
):
    answers = SetupAnswers()
    _answer(monkeypatch, SetupDialog, answers)
    admission = StartGate(db).admit()
    assert answers.encrypt_offered == [True]
    (shown,) = answers.keys_shown
    assert len(shown) == 39 and shown.count("-") == 7
    path = access.encrypted_file(db)
    assert path is not None and not begins_plain(path)  # encrypted by default
    assert admission.signed_in.account.username == "asilva"
    assert admission.signed_in.account.role == Role.ADMIN
    assert admission.key is not None
    # The key shown is the recovery key: it opens the records when every password is lost.
    assert access.unlock(db, None, shown).key == admission.key
    assert told[0] == []  # nothing more was asked


def test_a_cancelled_setup_writes_nothing(monkeypatch, qtbot, db, tmp_path):
    monkeypatch.setattr(SetupDialog, "exec", lambda dialog: dialog.reject() or dialog.result())
    assert StartGate(db).admit() is None
    folder = tmp_path / "data"
    assert not folder.exists() or not any(folder.iterdir())


def test_a_database_with_accounts_asks_to_sign_in_and_refuses_a_wrong_password_in_one_line(
    monkeypatch, qtbot, db, rules, told
):
    signed_in, _recovery = access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    _with_patient(db, rules, signed_in)
    answers = SignInAnswers("not the password", PASSWORD)
    _answer(monkeypatch, SignInDialog, answers)
    monkeypatch.setattr(SetupDialog, "exec", lambda _dialog: pytest.fail("set-up asked"))
    admission = StartGate(db).admit()
    (refusal,) = answers.refusals
    assert refusal == "The user name or password is not right."
    assert "\n" not in refusal
    # The key alone was unwrapped: the account is checked as the records open.
    assert admission.signed_in is None and admission.unlocked.user == "asilva"
    signed_in = admission.completed(db)
    assert signed_in.account.username == "asilva"
    context = open_context(db, signed_in, rules=rules)
    try:
        assert context.current.actor() == "asilva"
        assert [p.details.family_name for p in context.patients.search("moreno")] == ["Moreno"]
    finally:
        context.close()


def test_a_cancelled_sign_in_writes_nothing(monkeypatch, qtbot, db, rules, tmp_path):
    access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    folder = tmp_path / "data"
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    _answer(monkeypatch, SignInDialog, SignInAnswers())
    assert StartGate(db).admit() is None
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == before


def test_the_search_answers_with_the_key_before_the_records_open(
    monkeypatch, qtbot, db, rules, told
):
    signed_in, _recovery = access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    _with_patient(db, rules, signed_in)
    assert reader_before_open(db) is None  # without the key the file reads as nothing
    _answer(monkeypatch, SignInDialog, SignInAnswers(PASSWORD))
    admission = StartGate(db).admit()
    view = PatientListView(None)
    qtbot.addWidget(view)
    view.search_before_open(reader_before_open(db, admission.key))
    view.search.setText("moreno")
    qtbot.waitUntil(lambda: view.shown_query == "moreno")
    assert view.model.rowCount() == 1
    assert view.model.record(0).details.family_name == "Moreno"
    view.search_before_open(None)


def _legacy(db, rules, tmp_path):
    """A plain database with a patient and no accounts (from before them), with a copy kept
    before an upgrade beside it."""
    _with_patient(db, rules)
    path = tmp_path / "data" / "consult.sqlite3"
    shutil.copyfile(path, path.with_name("consult.sqlite3.before-0010"))
    assert access.entry(db) is access.Entry.SET_UP_EXISTING
    return path


def test_a_legacy_plain_database_is_encrypted_when_the_admin_accepts(
    monkeypatch, qtbot, db, rules, tmp_path, told
):
    path = _legacy(db, rules, tmp_path)
    said, answers = told
    answers.append(QMessageBox.StandardButton.Yes)
    setup = SetupAnswers()
    _answer(monkeypatch, SetupDialog, setup)
    admission = StartGate(db).admit()
    assert setup.encrypt_offered == [False]  # asked after the account, not in it
    assert said[0][0] == "Encrypt the records"
    assert "recommended" in said[0][1]
    # The plain copies left are named, to delete once checked; never deleted here.
    copy = path.with_name("consult.sqlite3.before-0010")
    assert copy.exists() and str(copy) in said[1][1] and "delete" in said[1][1]
    assert is_encrypted(path) and not begins_plain(path)
    (recovery,) = setup.keys_shown  # the new recovery key, shown once after the conversion
    assert admission.key is not None
    assert access.unlock(db, None, recovery).key == admission.key
    assert access.unlock(db, "asilva", PASSWORD).key == admission.key
    context = open_context(db, admission.signed_in, rules=rules)
    try:
        assert context.patients.search("moreno")[0].details.given_names == "Ana"
    finally:
        context.close()


def test_a_legacy_plain_database_stays_plain_when_the_admin_declines_and_that_is_recorded(
    monkeypatch, qtbot, db, rules, tmp_path, told
):
    path = _legacy(db, rules, tmp_path)
    said, answers = told
    answers.append(QMessageBox.StandardButton.No)
    monkeypatch.setattr(access, "clock", lambda: dt.datetime(2026, 12, 6, 13, 30))
    _answer(monkeypatch, SetupDialog, SetupAnswers())
    admission = StartGate(db).admit()
    assert not is_encrypted(path) and not key_file(path).exists()
    assert admission.key is None and admission.signed_in.account.username == "asilva"
    context = open_context(db, admission.signed_in, rules=rules)
    try:
        with context.database.read() as session:
            assert accounts.plain_choice(session) == "asilva, 2026-12-06 13:30 UTC"
    finally:
        context.close()
    assert "asilva, 2026-12-06 13:30 UTC" in said[-1][1]
    # Chosen once: the next sign-in does not ask again.
    said.clear()
    _answer(monkeypatch, SignInDialog, SignInAnswers(PASSWORD))
    assert StartGate(db).admit().signed_in.account.username == "asilva"
    assert said == []


def test_the_admin_is_asked_again_at_the_next_sign_in_until_they_choose(
    monkeypatch, qtbot, db, rules, tmp_path, told
):
    """A plain database whose only user is its admin, and nobody chose to keep it plain (a
    conversion that failed, say): the admin's sign-in offers the conversion again."""
    path = _legacy(db, rules, tmp_path)
    access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    said, answers = told
    answers.append(QMessageBox.StandardButton.Yes)
    _answer(monkeypatch, SignInDialog, SignInAnswers(PASSWORD))
    setup = SetupAnswers()
    _answer(monkeypatch, SetupDialog, setup)
    admission = StartGate(db).admit()
    assert said[0][0] == "Encrypt the records"
    assert not begins_plain(path) and len(setup.keys_shown) == 1
    assert admission.signed_in.key == admission.key is not None


def test_unlocking_an_encrypted_database_needs_no_store(db, tmp_path):
    """The window unwraps the key before SQLAlchemy is loaded (it loads on a worker)."""
    access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    script = (
        "import sys\n"
        "from consult.services import access\n"
        f"unlocked = access.unlock({db!r}, 'asilva', {PASSWORD!r})\n"
        "assert unlocked.user == 'asilva' and len(unlocked.key) == 32\n"
        "assert access.encrypted_file(sys.argv[1]) is not None\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, db], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_conversion_killed_between_its_renames_is_finished_before_the_sign_in(
    monkeypatch, qtbot, db, rules, tmp_path, told
):
    import os

    from consult.services.encryption import encrypt_for_admin
    from consult.store import conversion

    path = _legacy(db, rules, tmp_path)
    signed_in, _none = access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    real_replace = os.replace

    def killed(source, target):
        if str(target) == str(path):
            raise KeyboardInterrupt  # killed after the key file moved beside the database
        real_replace(source, target)

    monkeypatch.setattr(conversion.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        encrypt_for_admin(locations(db), signed_in, PASSWORD)
    monkeypatch.setattr(conversion.os, "replace", real_replace)
    assert key_file(path).exists() and begins_plain(path)
    _answer(monkeypatch, SignInDialog, SignInAnswers(PASSWORD))
    admission = StartGate(db).admit()
    assert not begins_plain(path)
    context = open_context(db, admission.completed(db), rules=rules)
    try:
        assert len(context.patients.search("moreno")) == 1
    finally:
        context.close()
