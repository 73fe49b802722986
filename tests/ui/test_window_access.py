"""The window with people signed in: the idle lock hides every patient datum and gives the
same draft back; another user signing in keeps the first user's draft theirs; each role sees
only its part (reception: contacts and the schedule); Settings shows who and how."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from consult.domain.access import Role
from consult.domain.records import PatientDetails
from consult.services.access import set_up, sign_in
from consult.services.context import open_context
from consult.ui.main_window import MainWindow

ADMIN_PASSWORD = "admin password 1"
PASSWORDS = {"admin": ADMIN_PASSWORD, "asilva": "practitioner pw 1", "bruno": "reception pw 1"}
FAMILY = "Moreno"
NOTE = "rolling scars, cheeks: typed before the lock"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clinic(tmp_path, rules):
    """An encrypted clinic database: an admin, a practitioner's account linked to the first
    of two practitioners, a receptionist's, and one patient."""
    db = str(tmp_path / "data" / "consult.sqlite3")
    admin, _recovery = set_up(db, "admin", "Dr Admin", ADMIN_PASSWORD)
    context = open_context(db, admin, rules)
    first = context.practitioners.add("Dr Ana Silva")
    context.practitioners.add("Dr Carla Ruiz")
    context.accounts.add("asilva", "Ana Silva", Role.PRACTITIONER, PASSWORDS["asilva"], first.id)
    context.accounts.add("bruno", "Bruno Reis", Role.RECEPTION, PASSWORDS["bruno"])
    patient = context.patients.create(
        PatientDetails(
            given_names="Ana",
            family_name=FAMILY,
            date_of_birth=dt.date(1994, 3, 18),
            phone="+34 600 000 000",
            fitzpatrick=3,
        )
    )
    yield db, context, patient, first
    context.close()


def _window(qtbot, clinic, username: str, clock: Clock | None = None) -> MainWindow:
    db, context, _patient, _first = clinic
    context.accounts.switch(sign_in(db, username, PASSWORDS[username]))
    window = MainWindow(context, clock=clock or Clock())
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visible_texts() -> list[str]:
    """Every text a person could read now: window titles, labels, fields, buttons."""
    found: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        found.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                found.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                found.append(widget.toPlainText())
    return found


def _start_consultation(window: MainWindow, patient_id: int) -> QPlainTextEdit:
    window.open_patient(patient_id)
    window.start_consultation(patient_id)
    assert window.wizard is not None
    notes = window.wizard.findChildren(QPlainTextEdit)[-1]
    notes.setPlainText(NOTE)
    return notes


def _unlock(window: MainWindow, username: str, someone_else: bool = False) -> None:
    page = window.lock.page
    if someone_else:
        page.sign_in_as_someone_else(True)
        page.username.setText(username)
    page.secret.setText(PASSWORDS[username])
    page.unlock_button.click()


def test_ctrl_l_hides_the_patient_and_unlocking_gives_the_same_draft_back(qtbot, clinic):
    _db, _context, patient, _first = clinic
    window = _window(qtbot, clinic, "asilva")
    notes = _start_consultation(window, patient.id)
    beside = QDialog(window)  # another window with the patient in it
    beside.setWindowTitle(f"Photos of Ana {FAMILY}")
    QVBoxLayout(beside).addWidget(QLabel(f"Ana {FAMILY}, born 18 Mar 1994"))
    beside.show()
    qtbot.waitExposed(beside)
    assert any(FAMILY in text for text in _visible_texts())

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.lock.is_locked
    shown = _visible_texts()
    assert not any(FAMILY in text or "1994" in text or NOTE in text for text in shown), shown
    assert not beside.isVisible()
    window.grab().save("/tmp/wirewin-locked.png")

    _unlock(window, "asilva")
    assert not window.lock.is_locked
    assert window.stack.currentWidget() is window.wizard
    assert notes.toPlainText() == NOTE
    assert beside.isVisible()


def test_the_idle_timer_locks_the_window(qtbot, clinic):
    _db, _context, patient, _first = clinic
    clock = Clock()
    window = _window(qtbot, clinic, "asilva", clock)
    window.open_patient(patient.id)
    assert window.idle is not None
    clock.now += 4 * 60  # input within the five minutes: not yet
    window.idle.timer.timeout.emit()
    assert not window.lock.is_locked
    clock.now += 60 + 1
    window.idle.timer.timeout.emit()
    assert window.lock.is_locked
    assert not any(FAMILY in text for text in _visible_texts())


def test_another_user_signs_in_and_the_first_users_draft_stays_theirs(qtbot, clinic, monkeypatch):
    _db, context, patient, _first = clinic
    window = _window(qtbot, clinic, "asilva")
    _start_consultation(window, patient.id)
    window.lock.lock()

    _unlock(window, "bruno", someone_else=True)  # reception, at the same computer

    assert window.wizard is None
    assert window.stack.currentWidget() is window.patient_list
    assert context.current.signed_in.account.username == "bruno"
    assert "Bruno Reis" in window.user_label.text()
    assert not window.export_action.isVisible()
    # Saved as Ana Silva's draft, hers alone.
    context.accounts.switch(sign_in(clinic[0], "admin", ADMIN_PASSWORD))
    assert context.consultations.drafts() == []
    theirs = context.consultations.drafts(user="asilva")
    assert [d.patient_id for d in theirs] == [patient.id]
    context.accounts.switch(sign_in(clinic[0], "bruno", PASSWORDS["bruno"]))

    asked: list[str] = []

    def resume(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", resume)
    window.lock.lock()
    _unlock(window, "asilva", someone_else=True)  # she comes back: her draft is offered
    qtbot.waitUntil(lambda: window.wizard is not None)
    assert FAMILY in asked[0]
    assert window.wizard.session.draft.notes == NOTE  # shown when its page is


def test_reception_sees_contacts_and_the_schedule_but_no_consultation_or_photo(
    qtbot, clinic, monkeypatch
):
    _db, context, patient, _first = clinic
    started = context.consultations.start(patient.id)  # by the admin
    window = _window(qtbot, clinic, "bruno")
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: refused.append(text))

    window.offer_resume()  # at the start: nothing to offer reception, nothing refused
    assert refused == []
    window.open_patient(patient.id)
    page = window.patient_view
    assert window.stack.currentWidget() is page
    assert FAMILY in page.name.text()
    assert "+34 600 000 000" in page.facts.text()
    assert "Skin type" not in page.facts.text()
    assert page.schedule.isVisible()
    for clinical in (page.new_button, page.table, page.photos, page.consents_button):
        assert not clinical.isVisible()
    window.grab().save("/tmp/wirewin-reception.png")

    window.open_consultation(started.id)
    window.compare_photos(patient.id)
    assert window.wizard is None
    assert len(refused) == 2
    assert all("clinical records" in text for text in refused)
    assert not window.reports_menu.menuAction().isVisible()
    assert not window.admin_menu.menuAction().isVisible()
    window.show_patients()
    window.patient_list.search.setText("AB12")  # looks like a lot number
    window.patient_list.search_lot()  # not looked up among the sessions: nothing refused


def test_admin_menus_only_for_an_admin(qtbot, clinic):
    window = _window(qtbot, clinic, "asilva")
    assert not window.admin_menu.menuAction().isVisible()
    for action in (window.users_action, window.audit_log_action, window.restore_action):
        assert not action.isVisible()
        assert not action.isEnabled()
    assert window.backup_action.isVisible()
    assert "Ana Silva" in window.user_label.text()
    admin = _window(qtbot, clinic, "admin")
    assert admin.admin_menu.menuAction().isVisible()
    for action in (admin.users_action, admin.audit_log_action, admin.restore_action):
        assert action.isVisible()


def test_the_audit_log_names_each_user(qtbot, clinic, monkeypatch):
    _db, _context, patient, _first = clinic
    practitioner = _window(qtbot, clinic, "asilva")
    practitioner.open_patient(patient.id)
    practitioner.start_consultation(patient.id)
    practitioner.show_patients()  # saves her draft
    window = _window(qtbot, clinic, "admin")
    opened = []

    def shown(dialog):
        opened.append(dialog)
        return 0

    from consult.ui.access.audit_log import AuditLogDialog

    monkeypatch.setattr(AuditLogDialog, "exec", shown)
    window.open_audit_log()
    dialog = opened[0]
    dialog.refresh()
    actors = {dialog.model.record(row).actor for row in range(dialog.model.rowCount())}
    assert {"admin", "asilva"} <= actors


def test_the_linked_practitioner_sees_the_patient_without_being_asked(qtbot, clinic, monkeypatch):
    _db, _context, patient, first = clinic

    def never(*_args):
        raise AssertionError("asked who sees the patient")

    monkeypatch.setattr(QInputDialog, "exec", never)
    window = _window(qtbot, clinic, "asilva")
    window.open_patient(patient.id)
    window.start_consultation(patient.id)
    assert window.wizard.session.record.practitioner_id == first.id


def test_settings_show_who_the_idle_minutes_and_the_encryption(qtbot, clinic, monkeypatch):
    _db, context, _patient, _first = clinic
    clock = Clock()
    window = _window(qtbot, clinic, "admin", clock)
    opened = []
    from consult.ui.settings_dialog import SettingsDialog

    def shown(dialog):
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save("/tmp/wirewin-settings.png")
        security = dialog.findChild(QWidget, "encryptionStatus")
        assert security.text() == "Encrypted (SQLCipher)"
        assert "Dr Admin (admin)" in dialog.findChild(QLabel, "signedIn").text()
        spin = dialog.findChild(QSpinBox, "idleLockMinutes")
        assert spin.value() == 5
        spin.setValue(7)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", shown)
    window.open_settings()
    assert opened[0].result() == QDialog.DialogCode.Accepted
    assert context.clinic.idle_lock_minutes() == 7
    clock.now += 6 * 60  # past the old five minutes, not the new seven
    window.idle.timer.timeout.emit()
    assert not window.lock.is_locked
    clock.now += 60 + 1
    window.idle.timer.timeout.emit()
    assert window.lock.is_locked


def test_a_database_kept_plain_says_who_chose_it(qtbot, tmp_path, rules):
    from consult.ui.access.security_box import encryption_status

    db = str(tmp_path / "plain" / "consult.sqlite3")
    admin, recovery = set_up(db, "admin", "Dr Admin", ADMIN_PASSWORD, encrypt=False)
    context = open_context(db, admin, rules)
    try:
        assert recovery is None
        assert encryption_status(context).startswith("Plain — kept plain by admin on 20")
    finally:
        context.close()


def test_reception_is_not_shown_the_skin_type_and_cannot_change_it(qtbot, clinic, monkeypatch):
    from consult.ui.patients.dialog import PatientDialog
    from consult.ui.patients.table import Column

    _db, context, patient, _first = clinic
    window = _window(qtbot, clinic, "bruno")
    listing = window.patient_list
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1)
    assert listing.table.isColumnHidden(Column.SKIN)
    assert listing.model.data(listing.model.index(0, Column.SKIN)) == ""
    window.grab().save("/tmp/guifix-reception-list.png")

    opened: list[PatientDialog] = []

    def shown(dialog):
        opened.append(dialog)
        dialog.show()
        assert not dialog.fitzpatrick.isVisible()
        assert not dialog.fitzpatrick.isEnabled()
        dialog.phone.setText("+34 611 111 111")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PatientDialog, "exec", shown)
    window.edit_patient(patient.id)
    assert opened
    saved = context.patients.get(patient.id).details
    assert saved.phone == "+34 611 111 111"
    assert saved.fitzpatrick == 3  # kept, not cleared by a dialog that did not show it

    practitioner = _window(qtbot, clinic, "asilva")
    qtbot.waitUntil(lambda: practitioner.patient_list.model.rowCount() == 1)
    assert not practitioner.patient_list.table.isColumnHidden(Column.SKIN)


def test_a_refusal_is_shown_as_a_sentence(qtbot, clinic, monkeypatch):
    _db, _context, patient, _first = clinic
    window = _window(qtbot, clinic, "bruno")
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: refused.append(text))
    window.compare_photos(patient.id)
    assert refused and refused[0].startswith("Your role does not open clinical records")
    assert refused[0].endswith(".")


def test_receptions_patient_page_has_no_empty_course_heading(qtbot, clinic):
    _db, _context, patient, _first = clinic
    window = _window(qtbot, clinic, "bruno")
    window.open_patient(patient.id)
    page = window.patient_view
    assert not page.course_heading.isVisible()
    assert page.progress.isVisible() and page.progress.text() == "No sessions planned."
    window.grab().save("/tmp/guifix-reception-page.png")
    practitioner = _window(qtbot, clinic, "asilva")
    practitioner.open_patient(patient.id)
    assert practitioner.patient_view.course_heading.isVisible()


def test_a_wrong_password_at_the_lock_says_password_or_pin(qtbot, clinic):
    window = _window(qtbot, clinic, "asilva")
    window.lock.lock()
    window.lock.page.secret.setText("not my password")
    window.lock.page.unlock_button.click()
    assert window.lock.page.problem.text() == "The password or PIN is not right."


def test_settings_show_whether_a_pin_is_set(qtbot, clinic, monkeypatch):
    _db, context, _patient, _first = clinic
    window = _window(qtbot, clinic, "asilva")
    from consult.ui.settings_dialog import SettingsDialog

    states: list[str] = []

    def shown(dialog):
        states.append(dialog.findChild(QLabel, "pinState").text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", shown)
    window.open_settings()
    context.accounts.set_pin("2468")  # set earlier, elsewhere: Settings reads it now
    window.open_settings()
    assert states[0].startswith("No")
    assert states[1].startswith("Yes")
