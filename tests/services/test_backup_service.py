"""Backup use-cases: round trip with real patients, daily archives, the damaged-file hint."""

import datetime as dt

import pytest

from consult.domain.records import PatientDetails
from consult.services.backup import (
    ensure_daily_backup,
    make_backup,
    newest_backup,
    restore_backup,
)
from consult.services.context import open_context
from consult.services.errors import DamagedDatabase


@pytest.fixture
def context(sqlite_context):
    """Backups are of an SQLite file (a server database uses pg_dump)."""
    return sqlite_context


def person(given, family):
    return PatientDetails(given_names=given, family_name=family, date_of_birth=dt.date(1990, 1, 2))


def names(context):
    return sorted(record.details.full_name for record in context.patients.search(""))


def test_round_trip_brings_back_patients_and_photos(context):
    where = context.locations
    context.patients.create(person("Anna", "Müller"))
    where.photos.mkdir(mode=0o700)
    photo = where.photos / "1" / "before.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"photo before")
    archive = make_backup(where)
    assert archive.parent == where.backups

    context.patients.create(person("Ben", "Okafor"))
    photo.write_bytes(b"photo after")
    context.close()

    restored = restore_backup(where, archive)

    reopened = open_context(str(restored.database), context.rules)
    try:
        assert names(reopened) == ["Anna Müller"]
    finally:
        reopened.close()
    assert photo.read_bytes() == b"photo before"
    assert restored.replaced_database.parent == restored.database.parent
    kept = open_context(str(restored.replaced_database), context.rules)
    try:
        assert names(kept) == ["Anna Müller", "Ben Okafor"]
    finally:
        kept.close()
    assert (restored.replaced_photos / "1" / "before.jpg").read_bytes() == b"photo after"


def auto_names(where):
    return sorted(path.name for path in where.backups.glob("*-auto.zip"))


def test_daily_backup_is_made_once_a_day(context):
    where = context.locations
    first = ensure_daily_backup(where, today=dt.date(2026, 4, 1))
    assert first is not None and first.name.startswith("consult-backup-20260401-")
    assert first.name.endswith("-auto.zip")
    assert ensure_daily_backup(where, today=dt.date(2026, 4, 1)) is None
    assert len(auto_names(where)) == 1
    assert ensure_daily_backup(where, today=dt.date(2026, 4, 2)) is not None
    assert len(auto_names(where)) == 2


def test_only_the_newest_14_automatic_backups_are_kept(context):
    where = context.locations
    where.backups.mkdir(mode=0o700)
    for day in range(1, 21):
        (where.backups / f"consult-backup-202605{day:02d}-090000-auto.zip").write_bytes(b"old")
    manual = [where.backups / "consult-backup-20260101-120000.zip", where.backups / "notes.txt"]
    for path in manual:
        path.write_bytes(b"mine")

    made = ensure_daily_backup(where, today=dt.date(2026, 5, 21))

    kept = auto_names(where)
    assert len(kept) == 14
    assert kept[0].startswith("consult-backup-20260508-") and kept[-1] == made.name
    assert all(path.exists() for path in manual)
    assert newest_backup(where) == made


def test_a_damaged_database_names_the_newest_backup_to_restore(context):
    where = context.locations
    make_backup(where, now=dt.datetime(2026, 1, 1, 8, 0))
    newest = make_backup(where, now=dt.datetime(2026, 1, 2, 8, 0))
    context.close()
    database = where.folder / "consult.sqlite3"
    database.write_bytes(b"random bytes" * 500)

    with pytest.raises(DamagedDatabase) as opening:
        open_context(str(database), context.rules)
    with pytest.raises(DamagedDatabase) as backing_up:
        make_backup(where)

    for caught in (opening, backing_up):
        message = str(caught.value)
        assert str(database) in message and "damaged" in message
        assert f"Restore the newest backup with: consult restore {newest}" in message
    assert database.read_bytes() == b"random bytes" * 500


def test_a_damaged_database_without_backups_says_there_is_none(tmp_path, rules):
    database = tmp_path / "consult.sqlite3"
    database.write_bytes(b"\x00" * 10 + b"truncated")
    with pytest.raises(DamagedDatabase, match="There is no backup yet in"):
        open_context(str(database), rules)
