"""Restoring an encrypted backup in the window: its password (or recovery key) is asked in a
small dialog, and whoever it is of is signed in to the restored records."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from consult.domain.records import PatientDetails
from consult.services import access
from consult.services.backup import archive_is_encrypted, make_backup
from consult.services.context import open_context
from consult.ui.main_window import MainWindow

PASSWORD = "correct horse battery"


@pytest.fixture
def encrypted(tmp_path, rules):
    db = str(tmp_path / "data" / "consult.sqlite3")
    signed_in, recovery = access.set_up(db, "asilva", "Dr Ana Silva", PASSWORD)
    context = open_context(db, signed_in, rules=rules)
    context.patients.create(PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18)))
    archive = make_backup(context.locations, key=context.key)
    assert archive_is_encrypted(archive)
    context.patients.create(PatientDetails("Bea", "Lund", dt.date(1990, 1, 1)))
    yield context, archive, recovery
    context.close()


@pytest.fixture
def said(monkeypatch):
    boxes: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def answer(kind, reply):
        def box(_parent, _title, text, *_args, **_kwargs):
            boxes[kind].append(text)
            return reply

        return box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", answer("information", None))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", None))
    return boxes


def _window(qtbot, context, archive, monkeypatch, secret):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    asked: list[str] = []

    def get_text(_parent, _title, label, echo, *_args, **_kwargs):
        asked.append(label)
        assert echo == QLineEdit.EchoMode.Password
        return (secret or "", secret is not None)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return window, asked


def test_an_encrypted_backup_is_restored_with_its_password(qtbot, encrypted, said, monkeypatch):
    # The recovery key asks who signs in: `test_another_users_password_or_the_recovery_key…`.
    context, archive, _recovery = encrypted
    window, asked = _window(qtbot, context, archive, monkeypatch, PASSWORD)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(said["information"] or said["warning"]), timeout=30_000)
    assert said["warning"] == []
    assert len(asked) == 1 and "encrypted" in asked[0]
    assert "holds 1 patients" in said["question"][0]
    restored = window._context
    assert restored is not context and restored.key is not None
    assert restored.current.actor() == "asilva"
    assert [p.details.family_name for p in restored.patients.search("")] == ["Moreno"]


def test_a_wrong_password_or_a_cancel_changes_nothing(qtbot, encrypted, said, monkeypatch):
    context, archive, _recovery = encrypted
    window, asked = _window(qtbot, context, archive, monkeypatch, None)
    window.restore_backup()  # cancelled at the password
    assert len(asked) == 1 and said == {"question": [], "information": [], "warning": []}
    window, asked = _window(qtbot, context, archive, monkeypatch, "not the password")
    window.restore_backup()
    qtbot.waitUntil(lambda: bool(said["warning"]), timeout=30_000)
    assert said["question"] == []
    assert window._context is context
    assert len(context.patients.search("")) == 2


def _restore_as(qtbot, window, said, monkeypatch, who: tuple[str, str] | None):
    """Restore, answering the sign-in dialog (if asked) with `who` (None: cancelled)."""
    from consult.ui.access.sign_in_dialog import SignInDialog

    asked: list[SignInDialog] = []

    def exec_(dialog):
        asked.append(dialog)
        if who is None:
            return SignInDialog.DialogCode.Rejected
        dialog.username.setText(who[0])
        dialog.password.setText(who[1])
        dialog.submit()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(said["information"] or said["warning"]), timeout=30_000)
    return asked


def test_the_user_who_restores_goes_on_when_it_is_their_password(
    qtbot, encrypted, said, monkeypatch
):
    context, archive, _recovery = encrypted
    window, _asked = _window(qtbot, context, archive, monkeypatch, PASSWORD)
    asked = _restore_as(qtbot, window, said, monkeypatch, None)
    assert asked == []  # nobody else to ask about
    assert window._context.current.actor() == "asilva"


def test_another_users_password_or_the_recovery_key_asks_who_signs_in(
    qtbot, tmp_path, rules, said, monkeypatch
):
    from consult.domain.access import Role

    db = str(tmp_path / "two" / "consult.sqlite3")
    admin, recovery = access.set_up(db, "admin", "The Admin", "admin password 1")
    context = open_context(db, admin, rules=rules)
    context.accounts.add("bruno", "Bruno", Role.PRACTITIONER, PASSWORD)
    archive = make_backup(context.locations, key=context.key)
    try:
        for secret in (PASSWORD, recovery):  # Bruno's password typed by the admin; the key
            said["information"].clear()
            window, _asked = _window(qtbot, context, archive, monkeypatch, secret)
            asked = _restore_as(qtbot, window, said, monkeypatch, ("admin", "admin password 1"))
            assert len(asked) == 1  # never went on silently as Bruno (or the first admin)
            assert window._context.current.actor() == "admin"
            window._context.database.engine.dispose()
            context = window._context
    finally:
        context.close()
