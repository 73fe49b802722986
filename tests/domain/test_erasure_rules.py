"""What an erasure needs, decided without the database."""

import datetime as dt

import pytest

from consult.domain.erasure import Retention, add_years, check_confirmation, names_patient
from consult.domain.errors import DocumentError
from consult.domain.records import PatientDetails

PATIENT = PatientDetails(
    "Li", "Ng", dt.date(1985, 2, 28), phone="020 7946 0958", email="li.ng.1985@example.com"
)


def test_the_retention_period_runs_from_the_last_treatment(rules):
    assert rules.records.retention_years == 8
    assert rules.sources[rules.records.source].evidence == "D"
    kept = Retention(8, dt.date(2020, 2, 29))
    assert kept.until == dt.date(2028, 2, 29)
    assert kept.running(dt.date(2028, 2, 28)) and not kept.running(dt.date(2028, 2, 29))
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)
    assert Retention(8, None).until is None and not Retention(8, None).running(dt.date.today())


@pytest.mark.parametrize(
    "text",
    [
        "Ng asked",
        "from LI",
        "born 1985-02-28",
        "28/02/1985",
        "phone 0207 946 0958",
        "li.ng.1985@example.com",
        "wrote as li.ng.1985",
    ],
)
def test_a_reason_naming_the_patient_is_caught(text):
    assert names_patient(text, PATIENT)


@pytest.mark.parametrize(
    "text",
    [
        "patient request, Art. 17(1)(b)",
        "duplicate record made in error 2026",
        "longer needed",
        "signing in English",
    ],
)
def test_a_reason_without_them_passes(text):
    # Two-letter names are matched as whole words only ("Ng" is inside "longer").
    assert not names_patient(text, PATIENT)


def test_the_number_must_be_typed_as_shown():
    check_confirmation(12, " 12 ")
    for typed in ("", "13", "012x"):
        with pytest.raises(DocumentError):
            check_confirmation(12, typed)
