"""The patients read at start before SQLAlchemy loads: the same lists as the store's searches,
or nothing when the file must wait for the store."""

import datetime as dt
import sqlite3

import pytest

from consult.domain.model import FitzpatrickAnswers
from consult.domain.records import PatientDetails
from consult.services.context import open_context
from consult.services.start import reader_before_open
from consult.store.patient_reader import PatientReader


def recent_patients(path, limit):
    """The empty search's list, as the window shows it first (None: wait for the store)."""
    reader = PatientReader.open(path)
    if reader is None:
        return None
    try:
        return reader.search("", limit)
    finally:
        reader.close()


def _details(given: str, family: str, **more) -> PatientDetails:
    return PatientDetails(
        given_names=given, family_name=family, date_of_birth=dt.date(1988, 2, 29), **more
    )


@pytest.fixture
def filled(tmp_path, rules):
    """A database file with patients changed one after the other, one archived, one edited."""
    path = tmp_path / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
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


def test_waits_for_the_store_while_a_restore_is_to_be_finished(filled):
    path, _context = filled
    path.with_name(path.name + ".restoring").write_text("{}", encoding="utf-8")
    assert recent_patients(path, 50) is None


def test_a_server_database_is_left_to_the_store():
    assert reader_before_open("postgresql://user:secret@clinic-server/consult") is None


def test_reads_the_file_chosen_as_the_window_opens_it(filled, monkeypatch):
    path, context = filled
    monkeypatch.setenv("CONSULT_DB", str(path))
    reader = reader_before_open(None)
    assert reader is not None
    assert reader.search("", 50) == context.patients.search("", 50)
    reader.close()


def test_a_file_locked_by_another_program_is_left_to_the_store(filled):
    path, context = filled
    context.close()
    with sqlite3.connect(path, isolation_level=None) as holder:
        holder.execute("PRAGMA journal_mode=DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        assert recent_patients(path, 50) is None
        holder.execute("ROLLBACK")


QUERIES = [
    "",
    "a",
    "mar",
    "maria garcia",
    "garcia maria",
    "Müller",
    "mull",
    "ana   moreno",
    "zz",
    "+44 77",
    "+34 6",
    "06",
    "0612",
    "18.03.1990",
    "1990-03-18",
    "29/02/1988",
    "31.02.1990",
    "O'Brien",
    "李",
    "!!!",
    "  ",
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A demo database of 2,000 invented patients (names in many scripts, phones, dates)."""
    from consult.config import resource_path
    from consult.domain.rules import load_rules
    from consult.services.demo import DemoService

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    context = open_context(str(path), rules=load_rules(resource_path("rules")))
    DemoService(context.database, context.rules).fill(2_000, 7)
    yield path, context
    context.close()


@pytest.mark.parametrize("query", QUERIES)
def test_answers_every_search_as_the_store_does(demo, query):
    path, context = demo
    reader = PatientReader.open(path)
    assert reader is not None
    try:
        for limit in (50, 7):
            assert reader.search(query, limit) == context.patients.search(query, limit)
    finally:
        reader.close()


def test_the_compared_searches_find_patients(demo):
    _path, context = demo
    found = [query for query in QUERIES if context.patients.search(query, 50)]
    assert len(found) >= 12, "the comparison above would prove little"


def test_finds_patients_by_their_birth_date_phone_and_names_as_the_store_does(demo):
    path, context = demo
    reader = PatientReader.open(path)
    assert reader is not None
    try:
        for patient in context.patients.search("", 20):
            facts = patient.details
            born = facts.date_of_birth
            queries = [
                born.isoformat(),
                born.strftime("%d/%m/%Y"),
                facts.phone[:6],
                facts.family_name[:3],
                f"{facts.given_names} {facts.family_name[:2]}",
            ]
            for query in queries:
                found = reader.search(query, 50)
                assert found == context.patients.search(query, 50)
                assert found, "each query describes a listed patient"
    finally:
        reader.close()


def test_answers_as_the_store_does_when_a_word_or_number_is_common(demo, monkeypatch):
    """A prefix shared by many patients is walked newest first, in both."""
    from consult.store import patient_reader, patients

    path, context = demo
    monkeypatch.setattr(patient_reader, "COMMON_MATCHES", 3)
    monkeypatch.setattr(patients, "COMMON_MATCHES", 3)
    reader = PatientReader.open(path)
    assert reader is not None
    try:
        for query in ("a", "mar", "m", "+44", "+3", "07"):
            assert reader.search(query, 50) == context.patients.search(query, 50), query
    finally:
        reader.close()
