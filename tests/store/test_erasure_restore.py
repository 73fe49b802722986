"""Restoring a backup made before an erasure erases the patient again, rows and photo files,
also when the backup is from before the erasure list existed (the schema before 0008)."""

import datetime as dt
import sqlite3
from contextlib import closing

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from consult.services.backup import make_backup, restore_backup
from consult.services.context import open_context
from consult.services.demo import DemoService
from consult.store.backup import create_archive
from consult.store.database import alembic_config
from consult.store.revisions import shipped_revisions

# The revision before the erasure list's.
BEFORE_ERASURE = (
    ScriptDirectory.from_config(alembic_config(create_engine("sqlite://")))
    .get_revision("0008")
    .down_revision
)


def _old_archive(database, photos, folder):
    """An archive of `database`'s rows as consult wrote them before the erasure list (made by
    that revision's migrations, the rows copied column by column)."""
    old = folder / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    try:
        command.upgrade(alembic_config(engine), BEFORE_ERASURE)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(old)) as connection:
        connection.execute("ATTACH DATABASE ? AS source", (str(database),))
        tables = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
        ).fetchall()
        for (table,) in tables:
            columns = ", ".join(
                row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")
            )
            connection.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table}"
            )
        connection.commit()
        connection.execute("DETACH DATABASE source")
    return create_archive(old, photos, folder / "archives", False, dt.datetime(2026, 1, 2, 3, 4))


def _patients(database):
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM patient ORDER BY id")]


def test_an_older_backup_restored_keeps_later_erasures(tmp_path, rules, make_photo, import_photo):
    path = tmp_path / "data" / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
    try:
        DemoService(context.database, context.rules).fill(3, 1)
        import_photo(context, 1, make_photo(tmp_path / "one.jpg"))
        import_photo(context, 3, make_photo(tmp_path / "three.jpg", colour="#806050"))
        names = [context.patients.get(i).details.family_name for i in (1, 3)]
        current = make_backup(context.locations)
        old = _old_archive(path, context.locations.photos, tmp_path)
        for patient_id in (1, 3):
            context.erasure.erase(
                patient_id, str(patient_id), "patient request", early_reason="duplicate"
            )
        locations = context.locations
    finally:
        context.close()
    assert _patients(path) == [2]

    for archive in (current, old):
        restored = restore_backup(locations, archive)
        assert restored.erased_again == 2
        assert restored.schema_revision == shipped_revisions().head
        assert _patients(path) == [2]
        assert not (locations.photos / "1").exists() and not (locations.photos / "3").exists()
        assert not list(path.parent.glob("consult.sqlite3.before-*"))

    context = open_context(str(path), rules=rules)
    try:
        assert sorted(e.patient_id for e in context.erasure.entries()) == [1, 3]
        for name in names:
            assert all(found.id == 2 for found in context.patients.search(name))
    finally:
        context.close()


def test_a_restore_with_nothing_erased_changes_nothing_of_the_archive(tmp_path, rules):
    path = tmp_path / "data" / "consult.sqlite3"
    context = open_context(str(path), rules=rules)
    try:
        DemoService(context.database, context.rules).fill(2, 1)
        old = _old_archive(path, context.locations.photos, tmp_path)
        locations = context.locations
    finally:
        context.close()
    restored = restore_backup(locations, old)
    assert (restored.erased_again, restored.schema_revision) == (0, BEFORE_ERASURE)
    assert _patients(path) == [1, 2]
