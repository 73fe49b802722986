"""Creating, editing, archiving and finding patients."""

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from consult.domain.errors import DocumentError
from consult.domain.model import FitzpatrickAnswers
from consult.domain.records import PatientDetails
from consult.services.errors import ConflictError, NotFound
from consult.services.patients import PatientService
from consult.store.models import AuditEvent


@pytest.fixture
def service(database):
    return PatientService(database)


def person(given, family, born=dt.date(1990, 1, 2), **more):
    return PatientDetails(given_names=given, family_name=family, date_of_birth=born, **more)


def names(records):
    return [r.details.full_name for r in records]


def test_search_ignores_case_and_accents(service):
    service.create(person("Zoë", "Ångström"))
    service.create(person("Anna", "Müller"))
    assert names(service.search("zoe")) == ["Zoë Ångström"]
    assert names(service.search("muller")) == ["Anna Müller"]
    assert names(service.search("MÜL")) == ["Anna Müller"]
    assert names(service.search("angs zo")) == ["Zoë Ångström"]


def test_prefix_search_works_whatever_the_servers_collation(service):
    """Search compares by range (`prefix` ≤ word < `prefix` with its last letter raised).

    A linguistic collation, like a PostgreSQL server's en-US default, sorts `{` and `:` (the
    upper bounds for a prefix ending in `z` or `9`) before letters and digits, and such a
    search would find nothing: the search columns compare bytes (C collation on PostgreSQL).
    """
    service.create(person("Zoë", "Liz", phone="0699 123 456"))
    service.create(person("Anna", "Müller", phone="0612 345 678"))
    assert names(service.search("zoe")) == ["Zoë Liz"]
    assert names(service.search("z")) == ["Zoë Liz"]
    assert names(service.search("liz")) == ["Zoë Liz"]
    assert names(service.search("muller")) == ["Anna Müller"]
    assert names(service.search("069")) == ["Zoë Liz"]
    assert names(service.search("0699 12")) == ["Zoë Liz"]
    assert names(service.search("061")) == ["Anna Müller"]


def test_search_matches_word_prefixes_only(service):
    service.create(person("Anna", "Müller"))
    assert service.search("ller") == []
    assert names(service.search("an mu")) == ["Anna Müller"]


def test_most_recently_changed_first(service):
    first = service.create(person("Maria", "Lopez"))
    service.create(person("Mario", "Rossi"))
    assert names(service.search("mari")) == ["Mario Rossi", "Maria Lopez"]
    service.edit(first.id, person("Maria", "López"))
    assert names(service.search("mari")) == ["Maria López", "Mario Rossi"]


def test_search_by_birth_date_and_phone(service):
    service.create(person("Ali", "Khan", born=dt.date(1985, 7, 14), phone="+44 20 7946 0958"))
    service.create(person("Bea", "Khan", born=dt.date(1991, 2, 3), phone="0612 345 678"))
    assert names(service.search("1985-07-14")) == ["Ali Khan"]
    assert names(service.search("14.07.1985")) == ["Ali Khan"]
    assert names(service.search("0612")) == ["Bea Khan"]
    assert names(service.search("+44 20")) == ["Ali Khan"]


def test_archived_patients_are_hidden_unless_asked_for(service):
    record = service.create(person("Olga", "Ivanova"))
    service.archive(record.id)
    assert service.search("olga") == []
    assert names(service.search("olga", include_archived=True)) == ["Olga Ivanova"]
    assert service.get(record.id).archived


NAMES = [
    ("Zoë", "Ångström-Øster"),
    ("Σωκράτης", "Παπαδόπουλος"),
    ("Анна", "Кузнецова"),
    ("Nguyễn Thị", "Đặng"),
    ("محمد", "العلي"),
    ("太郎", "山田"),
    ("A" * 200, "B" * 200),
    ("Robert'); DROP TABLE patient;--", "O'Brien \"%_\\"),
]


@pytest.mark.parametrize(("given", "family"), NAMES)
def test_names_of_any_script_round_trip_unchanged(service, given, family):
    details = person(
        given,
        family,
        fitzpatrick=4,
        fitzpatrick_answers=FitzpatrickAnswers("fitzpatrick-10/1", (2,) * 10),
    )
    record = service.create(details)
    assert service.get(record.id).details == details
    assert record.id in [r.id for r in service.search(family[:3])]


def test_every_write_leaves_an_audit_event_without_patient_data(service, database):
    record = service.create(person("Zoë", "Secret", phone="0700"))
    service.edit(record.id, person("Zoë", "Secret", phone="0701"))
    service.archive(record.id)
    with database.sessions() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.action, e.record_id) for e in events] == [
        ("patient.create", record.id),
        ("patient.edit", record.id),
        ("patient.archive", record.id),
    ]
    for event in events:
        assert "Secret" not in f"{event.actor} {event.action} {event.record_type}"


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (person("", ""), "family_name"),
        (person("Z", "Y", born=dt.date(2999, 1, 1)), "date_of_birth"),
        (person("Z", "Y", born=dt.date(1890, 1, 1)), "date_of_birth"),
        (person("Z", "Y", email="not-an-email"), "email"),
        (person("Z", "Y", fitzpatrick=7), "fitzpatrick"),
        (person("Z", "Y", language="english"), "language"),
        (person("Z" * 301, "Y"), "given_names"),
    ],
)
def test_invalid_details_are_refused_and_nothing_is_saved(service, details, field):
    with pytest.raises(DocumentError) as refused:
        service.create(details)
    assert refused.value.path == field
    assert service.search("z", include_archived=True) == []


def test_an_edit_made_on_an_older_copy_is_refused_and_the_newer_one_kept(service):
    opened = service.create(person("Maria", "Lopez"))
    service.edit(opened.id, person("Maria", "López", phone="0101"), expected_version=opened.version)
    with pytest.raises(ConflictError, match="changed in another window"):
        service.edit(opened.id, person("Maria", "Lopes"), expected_version=opened.version)
    kept = service.get(opened.id)
    assert kept.details.family_name == "López" and kept.details.phone == "0101"


def test_an_unknown_patient_is_named_not_a_traceback(service):
    with pytest.raises(NotFound, match="no patient with id 999"):
        service.get(999)


UNSTORABLE = [
    ("NUL", "Ana\x00", "must not contain a NUL character (\\x00)"),
    ("lone surrogate", "Ana \ud800", "must not contain a broken character (\\ud800)"),
]


@pytest.mark.parametrize(("case", "name", "problem"), UNSTORABLE, ids=[u[0] for u in UNSTORABLE])
@pytest.mark.parametrize("field", ["given_names", "family_name", "notes", "phone"])
def test_point11_a_nul_or_lone_surrogate_is_refused_as_bad_input_on_every_database(
    service, database, case, name, problem, field
):
    """PostgreSQL refuses NUL in text and no encoding writes half a character: the domain
    refuses both first, so the form names the field instead of a crash, on either database."""
    value = f"0123 {name}" if field == "phone" else name
    details = replace(person("Ana", "Moreno"), **{field: value})
    assert details.problems(dt.date.today()) == {field: problem}
    with pytest.raises(DocumentError, match=f"^{field}: must not contain"):
        service.create(details)
    kept = service.create(person("Ana", "Moreno"))
    with pytest.raises(DocumentError, match=f"^{field}: must not contain"):
        service.edit(kept.id, details, expected_version=kept.version)
    assert service.get(kept.id) == kept
    with database.read() as session:
        assert session.scalars(select(AuditEvent.action)).all() == ["patient.create"]
