"""Backup archives at file level: what they hold, and every archive restore must refuse."""

import datetime as dt
import errno
import hashlib
import json
import random
import sqlite3
import stat
import struct
import zipfile
import zlib
from contextlib import closing

import pytest

from consult.store import backup as store_backup
from consult.store.backup import ArchiveName, create_archive, restore_archive
from consult.store.database import open_database
from consult.store.errors import DamagedDatabase, StoreError, UnusablePath
from consult.store.revisions import shipped_revisions

NOW = dt.datetime(2026, 3, 5, 14, 30, 0)


@pytest.fixture
def live(tmp_path):
    """A migrated database with one row and a photo, in tmp_path/data."""
    folder = tmp_path / "data"
    database = folder / "consult.sqlite3"
    db = open_database(f"sqlite:///{database}")
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO practitioner (name, created_at) VALUES ('Dr A', '2026-01-01')"
        )
    db.engine.dispose()
    photos = folder / "photos"
    (photos / "p1").mkdir(parents=True)
    (photos / "p1" / "a.jpg").write_bytes(b"\xff\xd8 first photo")
    return database, photos


@pytest.fixture
def archive(live, tmp_path):
    database, photos = live
    return create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)


def rewrite(archive, changes=None, extra=(), recompute=True):
    """Copy `archive` with members replaced (and the manifest recomputed unless told not to)."""
    changes = changes or {}
    with zipfile.ZipFile(archive) as source:
        members = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.update(changes)
    if recompute:
        manifest["members"] = [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        ]
    target = archive.with_name("edited.zip")
    with zipfile.ZipFile(target, "w") as out:
        for name, data in [*members.items(), *extra]:
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def database_bytes(archive, edit):
    """The archive's database member after `edit(connection)`."""
    with zipfile.ZipFile(archive) as source:
        data = source.read("consult.sqlite3")
    work = archive.with_name("work.sqlite3")
    work.write_bytes(data)
    with closing(sqlite3.connect(work)) as connection:
        edit(connection)
        connection.commit()
    return work.read_bytes()


def snapshot(database, photos):
    return database.read_bytes(), sorted(p.read_bytes() for p in photos.rglob("*") if p.is_file())


def restore(archive, live):
    database, photos = live
    return restore_archive(archive, database, photos, NOW)


def test_archive_name_manifest_and_checksums(archive):
    assert archive.name == "consult-backup-20260305-143000.zip"
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    assert stat.S_IMODE(archive.parent.stat().st_mode) == 0o700
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
        assert manifest["format"] == "consult.backup/1"
        assert manifest["schema_revision"] == shipped_revisions().head
        assert manifest["created_at"].endswith("+00:00")
        names = [member["name"] for member in manifest["members"]]
        assert names == ["consult.sqlite3", "photos/p1/a.jpg"]
        for member in manifest["members"]:
            data = opened.read(member["name"])
            assert member["size"] == len(data)
            assert member["sha256"] == hashlib.sha256(data).hexdigest()
        assert opened.getinfo("consult.sqlite3").compress_type == zipfile.ZIP_DEFLATED


def test_a_member_compressed_in_pieces_is_one_deflate_stream_restored_byte_for_byte(live, tmp_path):
    """Members larger than a piece are compressed on several threads: the pieces make one
    ordinary deflated member that zipfile, zlib and restore read back exactly."""
    database, photos = live
    # Several pieces (1 MiB each) and a short last one, compressible and not.
    data = bytes(range(256)) * 12_000 + random.Random(7).randbytes(1_500_000)
    (photos / "p1" / "scan.tiff").write_bytes(data)
    archive = create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("photos/p1/scan.tiff")
        assert info.compress_type == zipfile.ZIP_DEFLATED
        assert info.compress_size < len(data)
        assert opened.testzip() is None
        assert opened.read(info) == data
    # The member's bytes, after its local header (30 bytes, then its name and extra field).
    whole = archive.read_bytes()
    name_length, extra_length = struct.unpack_from("<HH", whole, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    raw = whole[start : start + info.compress_size]
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    assert inflate.decompress(raw) == data
    assert inflate.eof and not inflate.unused_data
    (photos / "p1" / "scan.tiff").write_bytes(b"changed")
    restore(archive, live)
    assert (photos / "p1" / "scan.tiff").read_bytes() == data


def test_a_second_archive_in_the_same_second_gets_its_own_name(live, archive):
    database, photos = live
    again = create_archive(database, photos, archive.parent, automatic=False, now=NOW)
    assert again.name == "consult-backup-20260305-143000-2.zip"
    assert ArchiveName.parse(again.name) == ArchiveName(NOW, 2, False)
    auto = create_archive(database, photos, archive.parent, automatic=True, now=NOW)
    assert ArchiveName.parse(auto.name) == ArchiveName(NOW, 1, True)
    assert archive.exists()


def test_restore_brings_back_the_database_and_photos_and_keeps_the_replaced_ones(live, archive):
    database, photos = live
    before = snapshot(database, photos)
    db = open_database(f"sqlite:///{database}")
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE practitioner SET name = 'Dr B'")
    db.engine.dispose()
    (photos / "p1" / "a.jpg").write_bytes(b"changed photo")

    restored = restore(archive, live)

    assert snapshot(database, photos)[1] == before[1]
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT name FROM practitioner").fetchall() == [("Dr A",)]
    assert restored.replaced_database == database.with_name(
        "consult.sqlite3.replaced-20260305-143000"
    )
    with closing(sqlite3.connect(restored.replaced_database)) as connection:
        assert connection.execute("SELECT name FROM practitioner").fetchall() == [("Dr B",)]
    assert (restored.replaced_photos / "p1" / "a.jpg").read_bytes() == b"changed photo"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(photos.stat().st_mode) == 0o700
    assert not any(p.name.startswith(".consult-restore-") for p in database.parent.iterdir())


def test_restore_into_an_empty_folder(archive, tmp_path):
    database = tmp_path / "elsewhere" / "consult.sqlite3"
    restored = restore_archive(archive, database, database.parent / "photos", NOW)
    assert restored.replaced_database is None and restored.replaced_photos is None
    assert (database.parent / "photos" / "p1" / "a.jpg").read_bytes() == b"\xff\xd8 first photo"
    db = open_database(f"sqlite:///{database}")  # opens and migrates as usual
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM practitioner").scalar() == "Dr A"
    db.engine.dispose()


def refused(archive, live, *words):
    before = snapshot(*live)
    with pytest.raises(UnusablePath) as caught:
        restore(archive, live)
    message = str(caught.value)
    assert message.startswith(f"{archive}: ") and message.endswith("nothing was changed")
    assert all(word in message for word in words), message
    assert snapshot(*live) == before  # the live files are byte for byte the same
    assert not any(".replaced-" in p.name for p in live[0].parent.iterdir())
    return message


def test_a_tampered_member_is_refused(live, archive):
    tampered = rewrite(archive, {"photos/p1/a.jpg": b"not the photo!"}, recompute=False)
    refused(tampered, live, "photos/p1/a.jpg does not match its checksum")


def test_members_missing_from_or_absent_in_the_manifest_are_refused(live, archive):
    extra = rewrite(archive, extra=[("photos/extra.jpg", b"x")], recompute=False)
    refused(extra, live, "photos/extra.jpg is not listed in the manifest")
    with zipfile.ZipFile(archive) as source:
        manifest = json.loads(source.read("manifest.json"))
        manifest["members"].append({"name": "photos/gone.jpg", "size": 1, "sha256": "0" * 64})
        members = {name: source.read(name) for name in source.namelist()}
    members["manifest.json"] = json.dumps(manifest)
    missing = archive.with_name("missing.zip")
    with zipfile.ZipFile(missing, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    refused(missing, live, "photos/gone.jpg is listed in the manifest but missing")


@pytest.mark.parametrize("name", ["../evil.txt", "photos/../../evil.txt", "/etc/evil", "x.txt"])
def test_unsafe_member_names_are_refused(live, archive, name, tmp_path):
    hostile = rewrite(archive, extra=[(name, b"evil")])
    refused(hostile, live, "unsafe or unknown name")
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_truncated_or_garbage_archive_is_refused(live, archive, damage):
    data = archive.read_bytes()
    broken = archive.with_name("broken.zip")
    broken.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"\x13\x37" * 999)
    refused(broken, live, "is damaged or not a zip archive")


def test_an_archive_without_manifest_is_refused(live, archive, tmp_path):
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as out:
        out.writestr("consult.sqlite3", b"")
    refused(plain, live, "has no manifest.json")


def test_a_newer_schema_revision_is_refused(live, archive):
    newer = database_bytes(
        archive, lambda c: c.execute("UPDATE alembic_version SET version_num = '9999'")
    )
    refused(rewrite(archive, {"consult.sqlite3": newer}), live, "newer version", "9999")


def test_a_database_member_failing_the_integrity_check_is_refused(live, archive):
    with zipfile.ZipFile(archive) as source:
        data = bytearray(source.read("consult.sqlite3"))
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # scribble over table pages
        data[start : start + 200] = b"\x07" * 200
    corrupted = rewrite(archive, {"consult.sqlite3": bytes(data)})  # checksums match the damage
    refused(corrupted, live, "consult.sqlite3 fails the integrity check")


def test_a_damaged_live_database_is_kept_byte_for_byte(live, archive):
    database, _photos = live
    database.write_bytes(b"random bytes, not SQLite" * 50)
    restored = restore(archive, live)
    assert restored.replaced_database.read_bytes() == b"random bytes, not SQLite" * 50
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT name FROM practitioner").fetchall() == [("Dr A",)]


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "is full"), (errno.EROFS, "may not be written")]
)
def test_a_full_or_read_only_disk_leaves_no_partial_archive(
    live, tmp_path, monkeypatch, code, words
):
    def fail_half_way(src, dst, limit):
        dst.write(src.read(1000))
        raise OSError(code, "simulated")

    monkeypatch.setattr(store_backup, "_copy_hashing", fail_half_way)
    database, photos = live
    target = tmp_path / "usb"
    with pytest.raises(StoreError) as caught:
        create_archive(database, photos, target, automatic=False, now=NOW)
    assert str(caught.value).startswith(f"{target} may not" if code == errno.EROFS else "the disk")
    assert words in str(caught.value) and "no backup was made" in str(caught.value)
    assert list(target.iterdir()) == []


def test_a_full_disk_during_restore_changes_nothing(live, archive, monkeypatch):
    def fail(src, dst, limit):
        raise OSError(errno.ENOSPC, "simulated")

    monkeypatch.setattr(store_backup, "_copy_hashing", fail)
    before = snapshot(*live)
    with pytest.raises(StoreError, match="is full: nothing was changed"):
        restore(archive, live)
    assert snapshot(*live) == before
    leftovers = [p.name for p in live[0].parent.iterdir() if p.name.startswith(".consult")]
    assert leftovers == []


def test_a_damaged_database_is_not_backed_up(live, tmp_path):
    database, photos = live
    database.write_bytes(b"\x00garbage" * 100)
    with pytest.raises(DamagedDatabase):
        create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)
    assert not (tmp_path / "backups").exists() or list((tmp_path / "backups").iterdir()) == []


def test_a_server_database_is_refused_in_one_sentence():
    with pytest.raises(StoreError, match="pg_dump and pg_restore"):
        store_backup.database_file("postgresql://user:secret@clinic/consult")


def test_a_database_open_in_another_window_is_not_replaced(live, archive):
    database, _photos = live
    window = open_database(f"sqlite:///{database}")
    with window.write() as session:  # an idle window keeps its connection open
        session.connection().exec_driver_sql(
            "INSERT INTO practitioner (name, created_at) VALUES ('Dr B', '2026-02-01')"
        )
    try:
        with pytest.raises(StoreError, match="in use in another window"):
            restore(archive, live)
        with window.read() as session:
            names = session.connection().exec_driver_sql("SELECT name FROM practitioner").all()
        assert [n for (n,) in names] == ["Dr A", "Dr B"]
    finally:
        window.engine.dispose()
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("SELECT count(*) FROM practitioner").fetchone() == (2,)
    assert not list(database.parent.glob("*.replaced-*"))


def test_a_failed_restore_puts_a_damaged_databases_journal_back(live, archive, monkeypatch):
    database, _photos = live
    database.write_bytes(b"random bytes, not SQLite" * 50)
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"the newest transactions" * 100)
    real_replace = store_backup.os.replace

    def replace(source, target):
        if str(target) == str(database):
            raise OSError(errno.EACCES, "simulated: the file is open elsewhere")
        return real_replace(source, target)

    monkeypatch.setattr(store_backup.os, "replace", replace)
    with pytest.raises(StoreError):
        restore(archive, live)
    assert wal.read_bytes() == b"the newest transactions" * 100
    assert database.read_bytes() == b"random bytes, not SQLite" * 50
