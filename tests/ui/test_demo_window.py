"""A demo database says so above every page and keeps its invented drafts to itself."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from consult.domain.records import PatientDetails
from consult.services.demo import DemoService
from consult.ui.main_window import MainWindow
from consult.ui.settings_dialog import SettingsDialog

BANNER = "Demo data — invented patients"


def _never_asked(*_args):
    raise AssertionError("offered to resume a consultation")


def test_a_demo_database_shows_a_banner_and_does_not_offer_its_drafts(
    qtbot, sqlite_context, rules, monkeypatch
):
    DemoService(sqlite_context.database, rules).fill(20, seed=3)
    tried = sqlite_context.patients.create(PatientDetails("Test", "Tour", dt.date(1990, 1, 1)))
    sqlite_context.consultations.start(tried.id)  # left unfinished, as on a tour
    monkeypatch.setattr(QMessageBox, "question", _never_asked)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.offer_resume()
    assert window.demo_banner.isVisible() and window.demo_banner.text() == BANNER
    window.open_patient(tried.id)
    assert window.demo_banner.isVisible()  # on the patient's page too


def test_a_clinic_database_has_no_banner_and_offers_its_draft(qtbot, sqlite_context, monkeypatch):
    patient = sqlite_context.patients.create(PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18)))
    sqlite_context.consultations.start(patient.id)
    asked = []

    def no(*args):
        asked.append(args[1])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.offer_resume()
    assert not window.demo_banner.isVisible()
    assert asked == ["Resume consultation"]


def test_a_demo_database_does_not_ask_about_the_clinic_at_its_first_start(
    qtbot, sqlite_context, rules, monkeypatch
):
    """Its patients are invented: a demo is tried, not set up for a clinic."""
    DemoService(sqlite_context.database, rules).fill(5, seed=3)
    assert sqlite_context.clinic.get() is None  # a clinic database would be asked
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    monkeypatch.setattr(QMessageBox, "question", _never_asked)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.first_questions()
    assert opened == []
