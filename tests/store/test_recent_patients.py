"""The recently seen patients read at start before SQLAlchemy loads: the same list as the
store's empty search, or nothing when the file must wait for the store."""

import datetime as dt
import sqlite3

import pytest

from consult.domain.model import FitzpatrickAnswers
from consult.domain.records import PatientDetails
from consult.services.context import open_context
from consult.services.start import patients_before_open
from consult.store.recent_patients import recent_patients


def _details(given: str, family: str, **more) -> PatientDetails:
    return PatientDetails(
        given_names=given, family_name=family, date_of_birth=dt.date(1988, 2, 29), **more
    )


@pytest.fixture
def filled(tmp_path, rules):
    """A database file with patients changed one after the other, one archived, one edited."""
    path = tmp_path / "consult.sqlite3"
    context = open_context(str(path), rules)
    answers = FitzpatrickAnswers(
        context.rules.fitzpatrick.questionnaire_id, (1, 2, 0, 3, 1, 2, 0, 1, 2, 3)
    )
    ana = context.patients.create(
        _details("Ana", "Moreno", phone="+34 600", fitzpatrick=3, fitzpatrick_answers=answers)
    )
    for given in ("Ben", "Chloé", "Dara"):
        context.patients.create(_details(given, "Okafor", email=f"{given}@example.org"))
    archived = context.patients.create(_details("Eve", "Archived"))
    context.patients.archive(archived.id)
    context.patients.edit(ana.id, _details("Ana", "Moreno-Ruiz", language="es"), ana.version)
    yield path, context
    context.close()


def test_lists_the_same_patients_in_the_same_order_as_the_empty_search(filled):
    path, context = filled
    expected = context.patients.search("", 50)
    assert expected[0].details.full_name == "Ana Moreno-Ruiz"  # edited last
    assert recent_patients(path, 50) == expected
    assert recent_patients(path, 2) == expected[:2]


def test_keeps_every_field_of_the_patient(filled):
    path, context = filled
    listed = recent_patients(path, 50)
    for record in listed:
        assert record == context.patients.get(record.id)
    assert "Eve Archived" not in [p.details.full_name for p in listed]


def test_waits_for_the_store_when_the_file_is_not_at_the_shipped_schema(filled):
    path, context = filled
    context.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    assert recent_patients(path, 50) is None


@pytest.mark.parametrize(
    "content", [None, b"", b"not a database at all" * 100], ids=["missing", "empty", "damaged"]
)
def test_waits_for_the_store_when_the_file_is_missing_or_unreadable(tmp_path, content):
    path = tmp_path / "consult.sqlite3"
    if content is not None:
        path.write_bytes(content)
    assert recent_patients(path, 50) is None
    assert not path.exists() or path.read_bytes() == content  # nothing created or written


def test_a_server_database_is_left_to_the_store():
    assert patients_before_open("postgresql://user:secret@clinic-server/consult", 50) is None


def test_reads_the_file_chosen_as_the_window_opens_it(filled, monkeypatch):
    path, context = filled
    monkeypatch.setenv("CONSULT_DB", str(path))
    assert patients_before_open(None, 50) == context.patients.search("", 50)
