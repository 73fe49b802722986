"""The store on an encrypted SQLite file: every way of reading it takes the raw data key
(the read-only engine, the reader before the store loads, the clinic's letterhead), an
upgrade's copy stays encrypted beside its own key file, and the window's daily backup
process gets the key on its standard input."""

import datetime as dt
import io
import sys

import pytest

from consult.cli import main
from consult.domain.clinic import ClinicDetails
from consult.domain.records import PatientDetails
from consult.services import backup as backup_service
from consult.services.context import open_context
from consult.store import database as store_database
from consult.store.backup import archive_is_encrypted, list_archives
from consult.store.clinic_file import read_clinic
from consult.store.connection import EncryptedDatabase, WrongKey
from consult.store.database import is_encrypted, open_read_only
from consult.store.keyslots import KeySlots, key_file, new_data_key, new_recovery_key
from consult.store.patient_reader import PatientReader

HEADER = b"SQLite format 3\x00"


@pytest.fixture
def key():
    return new_data_key()


@pytest.fixture
def encrypted(tmp_path, rules, key, keyed):
    """An encrypted database holding one patient and the clinic's details."""
    path = tmp_path / "data" / "consult.sqlite3"
    path.parent.mkdir(mode=0o700)
    KeySlots.new(key, "admin", "a long password", new_recovery_key()).save(key_file(path))
    context = open_context(str(path), keyed(key), rules=rules)
    try:
        context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))
        context.clinic.save(ClinicDetails(name="Clinic Aurora"))
    finally:
        context.close()
    return path


def test_the_read_only_engine_the_early_reader_and_the_letterhead_take_the_key(encrypted, key):
    url = f"sqlite:///{encrypted}"
    with pytest.raises(EncryptedDatabase):
        open_read_only(url)
    with pytest.raises(WrongKey):
        open_read_only(url, new_data_key())
    database = open_read_only(url, key)
    database.engine.dispose()

    assert PatientReader.open(encrypted) is None  # waits for the store (and the password)
    assert PatientReader.open(encrypted, new_data_key()) is None
    reader = PatientReader.open(encrypted, key)
    assert reader is not None
    try:
        assert [p.details.family_name for p in reader.search("silva", 10)] == ["Silva"]
    finally:
        reader.close()

    with pytest.raises(EncryptedDatabase):
        read_clinic(encrypted)
    with pytest.raises(WrongKey):
        read_clinic(encrypted, new_data_key())
    assert read_clinic(encrypted, key).name == "Clinic Aurora"


def test_a_key_given_for_a_plain_file_is_refused_in_one_sentence(tmp_path, rules):
    path = tmp_path / "data" / "consult.sqlite3"
    open_context(str(path), rules=rules).close()
    with pytest.raises(store_database.StoreError, match="is not encrypted"):
        store_database.open_database(f"sqlite:///{path}", key=new_data_key())


def test_the_copy_kept_before_an_upgrade_stays_encrypted_beside_its_own_key_file(encrypted, key):
    store_database._copy_aside(encrypted, "9999", key)
    copy = encrypted.with_name(f"{encrypted.name}.before-9999")
    assert not copy.read_bytes().startswith(HEADER)
    assert is_encrypted(copy)
    assert key_file(copy).read_bytes() == key_file(encrypted).read_bytes()
    database = open_read_only(f"sqlite:///{copy}", key)
    database.engine.dispose()


def test_the_daily_backup_process_reads_the_key_on_its_standard_input(
    encrypted, key, monkeypatch, capsys
):
    monkeypatch.setattr(backup_service, "run_in_background", lambda: None)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{key.hex()}\n"))
    command = backup_service.daily_backup_command(
        backup_service.Locations(f"sqlite:///{encrypted}", encrypted.parent), keyed=True
    )
    assert key.hex() not in " ".join(command)
    assert main(["--db", str(encrypted), "backup", "--daily", "--data-key-stdin"]) == 0
    (archive,) = [path for _name, path in list_archives(encrypted.parent / "backups")]
    assert capsys.readouterr().out.strip() == str(archive)
    assert archive_is_encrypted(archive)

    monkeypatch.setattr(sys, "stdin", io.StringIO("not a key\n"))
    assert main(["--db", str(encrypted), "backup", "--daily", "--data-key-stdin"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
