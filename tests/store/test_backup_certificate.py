"""Backups carry the clinic certificate and its protected key from the data folder; a restore
puts them back (the ones there kept aside), leaves them alone when the archive has none, and
rolls them back with everything else when it fails or is killed."""

import datetime as dt
import json
import os
import stat
import zipfile

import pytest

from consult.store import backup as store_backup
from consult.store.backup import (
    CERTIFICATE_FILE,
    KEY_FILE,
    create_archive,
    recover_interrupted_restore,
    restore_archive,
)
from consult.store.database import open_database

NOW = dt.datetime(2026, 3, 5, 14, 30, 0)
LATER = dt.datetime(2026, 3, 6, 9, 0, 0)


def _private(path, data):
    path.write_bytes(data)
    path.chmod(0o600)


@pytest.fixture
def live(tmp_path):
    """A migrated database, a photo and a clinic certificate, in tmp_path/data."""
    folder = tmp_path / "data"
    database = folder / "consult.sqlite3"
    open_database(f"sqlite:///{database}").engine.dispose()
    photos = folder / "photos"
    (photos / "1").mkdir(parents=True)
    (photos / "1" / "a.jpg").write_bytes(b"\xff\xd8 photo")
    _private(folder / CERTIFICATE_FILE, b"-----BEGIN CERTIFICATE----- first")
    _private(folder / KEY_FILE, b"pkcs12 first key")
    return database, photos


def _archive(live, tmp_path):
    database, photos = live
    return create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)


def test_the_archive_carries_the_certificate_and_key_with_their_checksums(live, tmp_path):
    with zipfile.ZipFile(_archive(live, tmp_path)) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        assert opened.read(CERTIFICATE_FILE) == b"-----BEGIN CERTIFICATE----- first"
        assert opened.read(KEY_FILE) == b"pkcs12 first key"
    listed = {member["name"] for member in manifest["members"]}
    assert {CERTIFICATE_FILE, KEY_FILE, "consult.sqlite3", "photos/1/a.jpg"} == listed


def test_a_restore_on_a_new_computer_puts_the_certificate_back(live, tmp_path):
    archive = _archive(live, tmp_path)
    database = tmp_path / "new computer" / "consult.sqlite3"
    restored = restore_archive(archive, database, database.parent / "photos", LATER)
    for name, data in (
        (CERTIFICATE_FILE, b"-----BEGIN CERTIFICATE----- first"),
        (KEY_FILE, b"pkcs12 first key"),
    ):
        assert (database.parent / name).read_bytes() == data
        assert stat.S_IMODE((database.parent / name).stat().st_mode) == 0o600
    assert restored.replaced_certificate == ()


def test_the_certificate_replaced_is_kept_beside_it(live, tmp_path):
    archive = _archive(live, tmp_path)
    database, photos = live
    folder = database.parent
    _private(folder / CERTIFICATE_FILE, b"second certificate")
    _private(folder / KEY_FILE, b"second key")
    restored = restore_archive(archive, database, photos, LATER)
    assert (folder / KEY_FILE).read_bytes() == b"pkcs12 first key"
    kept = {path.name: path.read_bytes() for path in restored.replaced_certificate}
    assert kept == {
        f"{CERTIFICATE_FILE}.replaced-20260306-090000": b"second certificate",
        f"{KEY_FILE}.replaced-20260306-090000": b"second key",
    }


def test_an_archive_without_a_certificate_leaves_the_data_folders_alone(live, tmp_path):
    database, photos = live
    folder = database.parent
    (folder / CERTIFICATE_FILE).rename(tmp_path / "away.pem")
    (folder / KEY_FILE).rename(tmp_path / "away.p12")
    archive = _archive(live, tmp_path)
    with zipfile.ZipFile(archive) as opened:
        assert KEY_FILE not in opened.namelist()
    _private(folder / KEY_FILE, b"made since")
    restored = restore_archive(archive, database, photos, LATER)
    assert (folder / KEY_FILE).read_bytes() == b"made since"
    assert not (folder / CERTIFICATE_FILE).exists() and restored.replaced_certificate == ()


def test_a_failed_restore_leaves_the_certificate_as_it_was(live, tmp_path, monkeypatch):
    archive = _archive(live, tmp_path)
    database, photos = live
    folder = database.parent
    _private(folder / KEY_FILE, b"second key")
    real = os.replace

    def fail_at_the_database(source, target):
        if str(target) == str(database):
            raise OSError(28, "No space left on device")
        return real(source, target)

    monkeypatch.setattr(store_backup.os, "replace", fail_at_the_database)
    with pytest.raises(store_backup.StoreError):
        restore_archive(archive, database, photos, LATER)
    monkeypatch.undo()
    assert (folder / KEY_FILE).read_bytes() == b"second key"
    assert (folder / CERTIFICATE_FILE).read_bytes() == b"-----BEGIN CERTIFICATE----- first"
    assert not [p.name for p in folder.iterdir() if ".replaced-" in p.name]


def test_a_killed_restore_is_rolled_back_certificate_included(live, tmp_path):
    database, photos = live
    folder = database.parent
    # What a restore killed after swapping the key leaves: the archive's key in place, the
    # previous one kept aside, the checked database still in the working folder.
    scratch = folder / ".consult-restore-999999-x"
    scratch.mkdir()
    (scratch / "consult.sqlite3").write_bytes(b"the checked copy")
    kept = folder / f"{KEY_FILE}.replaced-20260306-090000"
    os.replace(folder / KEY_FILE, kept)
    _private(folder / KEY_FILE, b"the archive's key")
    (folder / "consult.sqlite3.restoring").write_text(
        json.dumps(
            {
                "pid": 2**22 + 12345,  # above Linux's largest process id: not running
                "scratch": scratch.name,
                "kept_database": None,
                "photos_existed": True,
                "kept_photos": None,
                "certificate": {KEY_FILE: kept.name},
            }
        )
    )
    said = recover_interrupted_restore(database, photos)
    assert said is not None and "rolled back" in said
    assert (folder / KEY_FILE).read_bytes() == b"pkcs12 first key"
    assert not kept.exists() and not scratch.exists()
