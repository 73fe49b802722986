"""Fixtures for the window's tests: a patient and a consultation session on a fresh SQLite
database (the services are tested on PostgreSQL too; the widgets need not be)."""

import datetime as dt

import pytest

from consult.domain.consultation import ConsultationDraft
from consult.domain.records import PatientDetails
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
