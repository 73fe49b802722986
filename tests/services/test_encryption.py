"""Encryption at rest (issue 21): an encrypted database, its log, its photos and its backup
archives hold no patient data in plain bytes; a wrong or missing key is said so, never called
damage; a plain database converts (photos too) and a killed conversion leaves a database
that opens; an encrypted archive restores with a password or the recovery key only."""

import datetime as dt
import os
import zipfile

import pytest

from consult.domain.photo import PhotoView
from consult.domain.records import PatientDetails
from consult.services.backup import inspect_backup, make_backup, restore_backup
from consult.services.context import open_context
from consult.services.encryption import encrypt_database, finish_interrupted
from consult.services.errors import DamagedDatabase, UnusablePath
from consult.services.photo_files import PhotoImport
from consult.store import conversion
from consult.store.backup import KEYS_MEMBER, archive_is_encrypted
from consult.store.connection import EncryptedDatabase, WrongKey
from consult.store.database import is_encrypted, open_database, quick_check
from consult.store.keyslots import KeySlots, key_file, new_data_key, new_recovery_key
from consult.store.sealed_files import MAGIC, SealedFileError, read_file

GIVEN, FAMILY = "Zephyrine", "Quaglietti"
BORN = dt.date(1983, 7, 19)
SECRETS = (GIVEN.encode(), FAMILY.encode(), BORN.isoformat().encode(), b"19/07/1983")
PASSWORD = "correct horse battery"
HEADER = b"SQLite format 3\x00"


def plain_secrets(data: bytes) -> list[bytes]:
    return [secret for secret in SECRETS if secret in data]


@pytest.fixture
def recovery():
    return new_recovery_key()


@pytest.fixture
def key():
    return new_data_key()


@pytest.fixture
def database_file(tmp_path):
    return tmp_path / "data" / "consult.sqlite3"


def open_encrypted(database_file, rules, signed_in, recovery):
    """A new encrypted database, as the first start makes it: key file, then the file."""
    database_file.parent.mkdir(mode=0o700, exist_ok=True)
    KeySlots.new(signed_in.key, "admin", PASSWORD, recovery).save(key_file(database_file))
    return open_context(str(database_file), signed_in, rules=rules)


def add_patient_with_photo(context, make_photo, tmp_path):
    patient = context.patients.create(PatientDetails(GIVEN, FAMILY, BORN))
    source = make_photo(tmp_path / "front.jpg")
    taken = dt.datetime(2026, 11, 2, 10, 30)
    (photo,) = context.photos.import_photos(
        patient.id, [PhotoImport(source, PhotoView.FRONT, taken_at=taken)]
    )
    return patient, photo


def test_a_new_encrypted_database_its_log_photos_and_archive_hold_no_patient_in_plain_bytes(
    keyed, database_file, rules, key, recovery, make_photo, tmp_path
):
    context = open_encrypted(database_file, rules, keyed(key), recovery)
    try:
        _patient, photo = add_patient_with_photo(context, make_photo, tmp_path)
        wal = database_file.with_name(database_file.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # written, and read while open
        assert plain_secrets(wal.read_bytes()) == []
        # A photo a killed conversion left plain is sealed before it is archived.
        left_plain = context.photos.file(photo).with_name("left-plain.jpg")
        left_plain.write_bytes(b"\xff\xd8\xff" + GIVEN.encode())
        archive = make_backup(context.locations, key=key)
        assert left_plain.read_bytes().startswith(MAGIC)
        thumbnail = context.photos.thumbnail(photo)
        # Read back through the service, opened: the picture as imported.
        assert context.photos.content(photo).startswith(b"\xff\xd8")
        assert context.photos.thumbnail_content(photo).startswith(b"\xff\xd8")
    finally:
        context.close()
    data = database_file.read_bytes()
    assert not data.startswith(HEADER) and plain_secrets(data) == []
    for sealed in (context.photos.file(photo), thumbnail):
        content = sealed.read_bytes()
        assert content.startswith(MAGIC) and b"\xff\xd8\xff" not in content
        assert sealed.stem == photo.sha256  # named by the picture, not by the patient
    raw = archive.read_bytes()
    assert plain_secrets(raw) == []
    with zipfile.ZipFile(archive) as opened:
        members = {name: opened.read(name) for name in opened.namelist()}
    assert KEYS_MEMBER in members and archive_is_encrypted(archive)
    for name, content in members.items():
        assert plain_secrets(content) == [], name
        if name.startswith("photos/"):
            assert content.startswith(MAGIC), name
    assert not members["consult.sqlite3"].startswith(HEADER)


def test_a_wrong_or_missing_key_is_said_so_never_damage_and_a_sealed_photo_needs_its_key(
    keyed, database_file, rules, key, recovery, make_photo, tmp_path
):
    context = open_encrypted(database_file, rules, keyed(key), recovery)
    _patient, photo = add_patient_with_photo(context, make_photo, tmp_path)
    context.close()
    url = f"sqlite:///{database_file}"
    assert is_encrypted(database_file)
    with pytest.raises(EncryptedDatabase, match="encrypted: its password or recovery key"):
        open_database(url)
    with pytest.raises(WrongKey) as wrong:
        open_database(url, key=new_data_key())
    assert not isinstance(wrong.value, DamagedDatabase)
    assert "damaged" not in str(wrong.value) and "\n" not in str(wrong.value)
    with pytest.raises(WrongKey):
        quick_check(database_file, new_data_key())
    assert quick_check(database_file, key) is None
    # The recovery key opens the key file when the password is lost.
    opened, _slot = KeySlots.load(key_file(database_file)).unlock(recovery.lower())
    assert opened == key
    kept = context.photos.file(photo)
    with pytest.raises(SealedFileError, match="password is needed"):
        read_file(kept, None)
    with pytest.raises(SealedFileError, match="does not open"):
        read_file(kept, new_data_key())


def test_an_encrypted_database_never_prints_sqlciphers_log(
    keyed, database_file, rules, key, recovery
):
    open_encrypted(database_file, rules, keyed(key), recovery).close()
    # A child process: SQLCipher writes its log to the process's stderr (file descriptor 2).
    import subprocess
    import sys

    program = (
        "import sys\nfrom pathlib import Path\n"
        "from consult.store.database import open_database\n"
        "try:\n"
        f"    open_database('sqlite:///{database_file}', key=bytes(32))\n"
        "except Exception as error:\n"
        "    print(type(error).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "WrongKey" and done.stderr == ""


def test_a_plain_database_converts_with_its_photos_and_names_the_plain_files_left(
    keyed, sqlite_context, rules, key, recovery, make_photo, tmp_path
):
    where = sqlite_context.locations
    patient, photo = add_patient_with_photo(sqlite_context, make_photo, tmp_path)
    picture = sqlite_context.photos.content(photo)
    thumbnail = sqlite_context.photos.thumbnail_content(photo)
    old_backup = make_backup(where)
    sqlite_context.close()
    told = []

    done = encrypt_database(
        where,
        key,
        KeySlots.new(key, "admin", PASSWORD, recovery),
        lambda step, count, total: told.append((step, count, total)),
    )

    database = done.database
    assert is_encrypted(database) and not database.read_bytes().startswith(HEADER)
    assert plain_secrets(database.read_bytes()) == []
    assert done.photos_sealed == 2  # the photo and its thumbnail
    assert done.plain_left == (old_backup,)
    assert told[0] == ("database", 0, 1) and told[-1] == ("photos", 2, 2)
    assert not list(database.parent.glob("*.encrypting*"))
    reopened = open_context(str(database), keyed(key), rules=rules)
    try:
        assert [p.details.full_name for p in reopened.patients.search(FAMILY)] == [
            f"{GIVEN} {FAMILY}"
        ]
        assert reopened.photos.content(photo) == picture
        assert reopened.photos.thumbnail_content(photo) == thumbnail
        assert reopened.photos.file(photo).read_bytes().startswith(MAGIC)
    finally:
        reopened.close()
    assert patient.id == photo.patient_id


def test_the_plain_files_left_name_the_photo_folders_a_restore_kept_aside(
    sqlite_context, key, recovery, make_photo, tmp_path
):
    where = sqlite_context.locations
    add_patient_with_photo(sqlite_context, make_photo, tmp_path)
    archive = make_backup(where)
    sqlite_context.close()
    restored = restore_backup(where, archive)  # keeps the plain database and photos aside
    assert restored.replaced_photos is not None
    assert any(p.is_file() for p in restored.replaced_photos.rglob("*"))
    # A folder kept aside whose photos are all sealed holds nothing plain: not named.
    sealed = where.photos.with_name(f"{where.photos.name}.replaced-20261201T000000")
    (sealed / "1").mkdir(parents=True)
    (sealed / "1" / "a.jpg").write_bytes(MAGIC + os.urandom(64))

    done = encrypt_database(where, key, KeySlots.new(key, "admin", PASSWORD, recovery))

    assert set(done.plain_left) == {
        restored.replaced_database,
        restored.replaced_photos,
        archive,
    }


def test_a_conversion_killed_between_its_renames_is_finished_at_the_next_start(
    keyed, sqlite_context, rules, key, recovery, monkeypatch
):
    where = sqlite_context.locations
    sqlite_context.patients.create(PatientDetails(GIVEN, FAMILY, BORN))
    sqlite_context.close()
    database = where.folder / "consult.sqlite3"
    real_replace = os.replace

    def killed(source, target):
        if str(target) == str(database):
            raise KeyboardInterrupt  # killed after the key file moved beside the database
        real_replace(source, target)

    monkeypatch.setattr(conversion.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        encrypt_database(where, key, KeySlots.new(key, "admin", PASSWORD, recovery))
    monkeypatch.setattr(conversion.os, "replace", real_replace)
    assert database.read_bytes().startswith(HEADER) and is_encrypted(database)

    assert "finished" in finish_interrupted(where)
    context = open_context(str(database), keyed(key), rules=rules)
    try:
        assert len(context.patients.search(FAMILY)) == 1
    finally:
        context.close()


def test_a_conversion_that_fails_before_its_renames_leaves_the_plain_file(
    sqlite_context, rules, key, recovery, monkeypatch
):
    where = sqlite_context.locations
    sqlite_context.patients.create(PatientDetails(GIVEN, FAMILY, BORN))
    sqlite_context.close()
    database = where.folder / "consult.sqlite3"

    def fails(*_args):
        raise conversion.StoreError("the encrypted copy fails its check (test)")

    monkeypatch.setattr(conversion, "_verify", fails)
    with pytest.raises(conversion.StoreError, match="fails its check"):
        encrypt_database(where, key, KeySlots.new(key, "admin", PASSWORD, recovery))
    assert not is_encrypted(database) and not list(where.folder.glob("*.encrypting*"))
    context = open_context(str(database), rules=rules)
    try:
        assert len(context.patients.search(FAMILY)) == 1
    finally:
        context.close()


def test_an_encrypted_archive_restores_with_its_password_or_recovery_key_only(
    keyed, database_file, rules, key, recovery, make_photo, tmp_path
):
    context = open_encrypted(database_file, rules, keyed(key), recovery)
    _patient, photo = add_patient_with_photo(context, make_photo, tmp_path)
    where = context.locations
    archive = make_backup(where, key=key)
    context.patients.create(PatientDetails("Later", "Patient", BORN))
    context.close()
    before = database_file.read_bytes()

    for secret in (None, "not the password"):
        with pytest.raises(UnusablePath, match="nothing was changed"):
            restore_backup(where, archive, key=key, secret=secret)
        assert database_file.read_bytes() == before
    assert inspect_backup(where, archive, PASSWORD).patients == 1

    restored = restore_backup(where, archive, key=key, secret=PASSWORD)
    assert is_encrypted(restored.database)
    assert is_encrypted(restored.replaced_database)  # kept with its own key file
    reopened = open_context(str(restored.database), keyed(key), rules=rules)
    try:
        assert [p.details.given_names for p in reopened.patients.search("")] == [GIVEN]
        assert reopened.photos.content(photo).startswith(b"\xff\xd8")
    finally:
        reopened.close()

    again = restore_backup(where, archive, key=key, secret=recovery)
    assert again.database == database_file and is_encrypted(database_file)


def test_a_plain_archive_restored_over_an_encrypted_database_leaves_it_plain(
    sqlite_context, rules, key, recovery
):
    where = sqlite_context.locations
    sqlite_context.patients.create(PatientDetails(GIVEN, FAMILY, BORN))
    plain = make_backup(where)
    sqlite_context.close()
    encrypt_database(where, key, KeySlots.new(key, "admin", PASSWORD, recovery))

    restored = restore_backup(where, plain, key=key)

    assert not is_encrypted(restored.database)
    assert is_encrypted(restored.replaced_database)
    context = open_context(str(restored.database), rules=rules)
    try:
        assert len(context.patients.search(FAMILY)) == 1
    finally:
        context.close()
