"""Search picks its query shape by how common a word is; both shapes give the same answer."""

import datetime as dt

import pytest

from consult.domain.records import PatientDetails
from consult.store import patients
from consult.store.database import open_database

NAMES = [("Maria", "García"), ("Marta", "Müller"), ("Mark", "Smith"), ("Zoë", "Martin")]


@pytest.fixture
def database(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'search.sqlite3'}")
    with db.write() as session:
        for n in range(40):
            given, family = NAMES[n % len(NAMES)]
            details = PatientDetails(given, family, dt.date(1990, 1, 1 + n % 28), phone=f"06{n}")
            patients.add(session, details)
    yield db
    db.engine.dispose()


@pytest.mark.parametrize("query", ["mar", "müller", "zoe mar", "smith", "nobody", "061", "0 6"])
def test_a_common_word_walks_newest_first_and_finds_the_same_patients(database, monkeypatch, query):
    with database.read() as session:
        rare = [p.id for p in patients.search(session, query, limit=7)]
        monkeypatch.setattr(patients, "COMMON_MATCHES", 2)
        common = [p.id for p in patients.search(session, query, limit=7)]
    assert common == rare
    if query == "mar":
        assert len(rare) == 7
    if query == "nobody":
        assert rare == []


def test_the_walk_is_used_only_for_one_common_word():
    walk = str(patients.search_statement("mar", 50, False, {"mar": patients.COMMON_MATCHES}))
    sort = str(patients.search_statement("mar", 50, False, {"mar": 3}))
    assert "EXISTS" in walk and "EXISTS" not in sort
    two = str(patients.search_statement("mar gar", 50, False, {"mar": 10**6, "gar": 10**6}))
    assert "EXISTS" not in two
    phone = str(patients.search_statement("+44 7", 50, False, {"447": 10**6}))
    assert "EXISTS" in phone


def test_the_most_selective_word_comes_first():
    statement = patients.search_statement("mar zo", 50, False, {"mar": 900, "zo": 4})
    sql = str(statement.compile(compile_kwargs={"literal_binds": True}))
    assert sql.index("'zo'") < sql.index("'mar'")
