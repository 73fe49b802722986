"""The clinic read for a handout with sqlite3 alone: the same details the store reads, from a
file of any schema revision, without creating, migrating or writing anything."""

import sqlite3
from contextlib import closing

import pytest

from consult.domain.clinic import ClinicDetails
from consult.services.context import open_context
from consult.store.clinic_file import read_clinic
from consult.store.errors import StoreError

CLINIC = ClinicDetails(
    name="Clinique Sainte-Anne",
    address="12 rue de la République\n69002 Lyon",
    phone="+33 4 72 00 00 00",
    email="accueil@example.org",
    website="example.org",
    paper_size="Letter",
    working_days=(0, 2, 5),
)


def _folder(path):
    return {entry.name: entry.read_bytes() for entry in path.parent.iterdir()}


@pytest.fixture
def saved(tmp_path, rules):
    path = tmp_path / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
    try:
        context.clinic.save(CLINIC)
    finally:
        context.close()
    return path


def test_reads_the_clinic_the_store_saved_and_leaves_the_folder_as_it_was(saved):
    before = _folder(saved)
    assert read_clinic(saved) == CLINIC
    assert _folder(saved) == before


def test_reads_a_change_another_room_made_that_is_still_in_the_journal(saved):
    with closing(sqlite3.connect(saved)) as other:
        other.execute("UPDATE clinic_settings SET name = 'Hautzentrum Görlitz'")
        other.commit()
        assert read_clinic(saved).name == "Hautzentrum Görlitz"


def test_no_file_is_no_clinic_and_no_file_is_made(tmp_path):
    assert read_clinic(tmp_path / "consult.sqlite3") is None
    assert list(tmp_path.iterdir()) == []


def test_a_database_without_a_clinic_yet_is_no_clinic(tmp_path, rules):
    path = tmp_path / "consult.sqlite3"
    open_context(str(path), rules=rules).close()
    assert read_clinic(path) is None


def test_an_older_schema_without_the_clinic_table_is_no_clinic_and_is_not_migrated(tmp_path):
    path = tmp_path / "consult.sqlite3"
    with closing(sqlite3.connect(path)) as old:
        old.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        old.execute("INSERT INTO alembic_version VALUES ('0000_older')")
        old.commit()
    before = _folder(path)
    assert read_clinic(path) is None
    assert _folder(path) == before


def test_a_newer_schema_with_the_clinic_table_is_read_as_it_is(saved):
    with closing(sqlite3.connect(saved)) as newer:
        newer.execute("ALTER TABLE clinic_settings ADD COLUMN fax VARCHAR(50)")
        newer.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        newer.commit()
    before = _folder(saved)
    assert read_clinic(saved) == CLINIC
    assert _folder(saved) == before


def test_a_damaged_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "consult.sqlite3"
    path.write_bytes(b"this is not a database " * 200)
    with pytest.raises(StoreError, match=r"could not be read from .*consult\.sqlite3"):
        read_clinic(path)
