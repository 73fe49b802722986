"""Fixtures for the window's tests: a patient and a consultation session on a fresh SQLite
database (the services are tested on PostgreSQL too; the widgets need not be)."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QFrame,
    QLabel,
    QLineEdit,
)

from consult.domain.consultation import ConsultationDraft
from consult.domain.records import PatientDetails
from consult.ui.i18n import install_translations
from consult.ui.wizard.session import ConsultationSession


@pytest.fixture
def patient(sqlite_context):
    """A saved patient, Fitzpatrick III, born 1994."""
    return sqlite_context.patients.create(
        PatientDetails(
            given_names="Ana",
            family_name="Moreno",
            date_of_birth=dt.date(1994, 3, 18),
            phone="+34 600 000 000",
            fitzpatrick=3,
        )
    )


@pytest.fixture
def make_session(sqlite_context, patient):
    """A `ConsultationSession` on a new draft for `patient` (or the draft given)."""

    def make(draft: ConsultationDraft | None = None) -> ConsultationSession:
        record = sqlite_context.consultations.start(patient.id, draft)
        return ConsultationSession(sqlite_context, patient, record)

    return make


class _StrayWindows(QObject):
    """Notes a label or an input shown as a window of its own: a widget shown before it was
    put in a layout. Such a window takes the focus from the main window (keyboard users are
    lost) and flashes on screen."""

    KINDS = (QLabel, QLineEdit, QAbstractButton, QAbstractSpinBox, QFrame)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, self.KINDS)
            and not isinstance(watched, QAbstractScrollArea)
            and watched.isWindow()
            and not watched.property("test_window")
            and type(watched).__name__ not in {"QTipLabel", "QComboBoxPrivateContainer"}
        ):
            self.shown.append(f"{type(watched).__name__} {watched.objectName()!r}")
        return False


@pytest.fixture(autouse=True)
def no_stray_windows(qapp):
    watcher = _StrayWindows()
    qapp.installEventFilter(watcher)
    yield
    qapp.removeEventFilter(watcher)
    assert not watcher.shown, f"widgets shown as windows of their own: {watcher.shown}"


@pytest.fixture(autouse=True)
def touch_mode_off(monkeypatch):
    """Touch mode only where a test asks for it: a test's fake touch screen
    (`QTest.createTouchDevice`) stays for the whole run and would turn "Automatic" on."""
    from consult.ui.touch import TOUCH_ENV, set_touch_mode

    monkeypatch.setenv(TOUCH_ENV, "0")
    yield
    set_touch_mode(False)


@pytest.fixture
def speaking(qapp):
    """The application speaking a locale, as a window started with LANG set to it does;
    English again afterwards."""

    def speak(name: str) -> None:
        install_translations(qapp, QLocale(name))

    yield speak
    install_translations(qapp, QLocale(QLocale.Language.C))
    QLocale.setDefault(QLocale.system())
