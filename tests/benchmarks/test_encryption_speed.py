"""Budgets of encryption at rest (issue 21) on the 100,000-patient demo database: search on
the encrypted file, opening it with the raw key, unlocking a key slot, and the conversion.

Run on demand: pytest tests/benchmarks/test_encryption_speed.py -m benchmark --benchmark-enable
The demo (`demo_file`, tests/benchmarks/conftest.py) is plain; it is converted on a copy.
"""

import pytest

from consult.config import Locations
from consult.services.encryption import encrypt_database
from consult.services.patients import PatientService
from consult.store.database import copy_sqlite, current_revision, open_database
from consult.store.keyslots import KeySlots, key_file, new_data_key, new_recovery_key

SEARCH_BUDGET_SECONDS = 0.020
OPEN_BUDGET_SECONDS = 0.5
UNLOCK_BUDGET_SECONDS = 0.5
CONVERSION_BUDGET_SECONDS = 60.0
PASSWORD = "benchmark password"


def _converted(demo_file, folder):
    """A copy of the demo, encrypted; its data key."""
    folder.mkdir(mode=0o700, exist_ok=True)
    copy = folder / "consult.sqlite3"
    copy_sqlite(demo_file, copy)
    key = new_data_key()
    keys = KeySlots.new(key, "admin", PASSWORD, new_recovery_key())
    encrypt_database(Locations(f"sqlite:///{copy}", folder), key, keys)
    return copy, key


@pytest.fixture(scope="module")
def encrypted(demo_file, tmp_path_factory):
    return _converted(demo_file, tmp_path_factory.mktemp("encrypted100k"))


@pytest.fixture(scope="module")
def patients(encrypted):
    path, key = encrypted
    database = open_database(f"sqlite:///{path}", key=key)
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
def test_search_on_the_encrypted_database_returns_its_first_50_matches_in_under_20_ms(
    benchmark, patients, query
):
    found = benchmark.pedantic(patients.search, args=(query,), rounds=40, warmup_rounds=3)
    assert found, f"{query!r} should match demo patients"
    assert benchmark.stats.stats.median < SEARCH_BUDGET_SECONDS


def _open(path, key):
    database = open_database(f"sqlite:///{path}", key=key)
    revision = current_revision(database.engine)
    database.engine.dispose()
    return revision


def test_opening_the_encrypted_database_with_its_raw_key_takes_under_half_a_second(
    benchmark, encrypted
):
    path, key = encrypted
    revision = benchmark.pedantic(_open, args=(path, key), rounds=5, warmup_rounds=1)
    assert revision is not None
    assert benchmark.stats.stats.median < OPEN_BUDGET_SECONDS


def _unlock_and_open(path):
    key, _slot = KeySlots.load(key_file(path)).unlock(PASSWORD, "admin")
    return _open(path, key)


def test_unlocking_with_the_password_and_opening_takes_under_half_a_second(benchmark, encrypted):
    path, _key = encrypted
    revision = benchmark.pedantic(_unlock_and_open, args=(path,), rounds=5, warmup_rounds=1)
    assert revision is not None
    assert benchmark.stats.stats.median < UNLOCK_BUDGET_SECONDS


def test_converting_the_100000_patient_demo_takes_under_60_s(benchmark, demo_file, tmp_path):
    path, key = benchmark.pedantic(
        _converted, args=(demo_file, tmp_path / "data"), rounds=1, iterations=1
    )
    assert not path.read_bytes()[:16].startswith(b"SQLite format 3")
    assert _open(path, key) is not None
    assert benchmark.stats.stats.median < CONVERSION_BUDGET_SECONDS
