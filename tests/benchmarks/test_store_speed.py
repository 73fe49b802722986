"""Budgets on a 100,000-patient demo database: search, filling it, opening it.

Run on demand: pytest tests/benchmarks -m benchmark --benchmark-enable
The database (`demo_file`, tests/benchmarks/conftest.py) is built once and only read here.
"""

import shutil

import pytest
from alembic import command

from consult.services.patients import PatientService
from consult.store.database import alembic_config, current_revision, open_database

SEARCH_BUDGET_SECONDS = 0.020
DEMO_BUDGET_SECONDS = 60.0
OPEN_BUDGET_SECONDS = 0.5
# A real migration copies the file aside first and rebuilds tables: it runs once per upgrade,
# not at every start, so its budget only guards against it looking hung.
MIGRATE_BUDGET_SECONDS = 60.0


@pytest.fixture(scope="module")
def patients(demo_file):
    database = open_database(f"sqlite:///{demo_file}")
    yield PatientService(database)
    database.engine.dispose()


QUERIES = {
    "common prefix": "mar",
    "two words": "maria garcia",
    "rare name": "premysl dvorak",
    "phone prefix": "+44 77",
    "birth date": "18.03.1990",
}


@pytest.mark.parametrize("query", QUERIES.values(), ids=QUERIES.keys())
def test_search_returns_its_first_50_matches_in_under_20_ms(benchmark, patients, query):
    found = benchmark.pedantic(patients.search, args=(query,), rounds=40, warmup_rounds=3)
    assert found, f"{query!r} should match demo patients"
    assert len(found) <= 50
    assert benchmark.stats.stats.median < SEARCH_BUDGET_SECONDS


def test_demo_of_100000_patients_as_a_whole_process_in_under_60_s(
    benchmark, demo_process, tmp_path
):
    path = tmp_path / "timed.sqlite3"
    done = benchmark.pedantic(demo_process, args=(path, tmp_path), rounds=1, iterations=1)
    assert done.returncode == 0, done.stderr
    assert "100,000 demo patients" in done.stdout
    assert benchmark.stats.stats.median < DEMO_BUDGET_SECONDS


def _open(path):
    database = open_database(f"sqlite:///{path}")
    revision = current_revision(database.engine)
    database.engine.dispose()
    return revision


def test_opening_the_100000_patient_database_at_head_in_under_half_a_second(benchmark, demo_file):
    revision = benchmark.pedantic(_open, args=(demo_file,), rounds=10, warmup_rounds=1)
    assert revision is not None
    assert benchmark.stats.stats.median < OPEN_BUDGET_SECONDS


@pytest.fixture(scope="module")
def at_0001(demo_file, tmp_path_factory):
    """The demo database taken back to revision 0001 (once; each round migrates a copy)."""
    path = tmp_path_factory.mktemp("at0001") / "old.sqlite3"
    shutil.copyfile(demo_file, path)
    database = open_database(f"sqlite:///{path}", migrate=False)
    command.downgrade(alembic_config(database.engine), "0001")
    assert current_revision(database.engine) == "0001"
    database.engine.dispose()
    return path


def test_opening_a_100000_patient_database_at_0001_migrates_it(benchmark, at_0001, tmp_path):
    copy = tmp_path / "copy.sqlite3"

    def fresh_copy():
        for leftover in tmp_path.glob("copy.sqlite3*"):
            leftover.unlink()
        shutil.copyfile(at_0001, copy)
        return (copy,), {}

    head = _open(tmp_path / "new.sqlite3")  # a new file is created at head
    revision = benchmark.pedantic(_open, setup=fresh_copy, rounds=2)
    assert revision == head
    assert benchmark.stats.stats.median < MIGRATE_BUDGET_SECONDS
