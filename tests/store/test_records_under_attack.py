"""Issue 14, "the records hold under attack": fault injection at file level.

Each test names the point of the issue it proves (p4 start-up check, p5 emptied file, p6
schema of a restored archive, p7 killed backups and restores, p8 deep folder trees, p10
folder modes, p11 one-line integrity report, p12 archive faults).
"""

import datetime as dt
import json
import logging
import multiprocessing
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import zipfile
from contextlib import closing

import pytest

from consult.store import backup as store_backup
from consult.store.backup import (
    create_archive,
    expected_schema,
    recover_interrupted_restore,
    restore_archive,
)
from consult.store.database import (
    _check_sqlite_file,
    integrity_summary,
    make_private_dir,
    open_database,
    quick_check,
)
from consult.store.errors import DamagedDatabase, StoreError, UnusablePath
from consult.store.revisions import shipped_revisions

NOW = dt.datetime(2026, 3, 5, 14, 30, 0)


def url(path):
    return f"sqlite:///{path}"


@pytest.fixture
def live(tmp_path):
    """A migrated database with one practitioner and a photo, in tmp_path/data."""
    database = tmp_path / "data" / "consult.sqlite3"
    db = open_database(url(database))
    with db.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO practitioner (name, created_at) VALUES ('Dr A', '2026-01-01')"
        )
    db.engine.dispose()
    photos = database.parent / "photos"
    (photos / "p1").mkdir(parents=True)
    (photos / "p1" / "a.jpg").write_bytes(b"\xff\xd8 first photo")
    return database, photos


@pytest.fixture
def archive(live, tmp_path):
    database, photos = live
    return create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)


def snapshot(database, photos):
    files = sorted(
        (path.relative_to(photos).as_posix(), path.read_bytes())
        for path in photos.rglob("*")
        if path.is_file()
    )
    return database.read_bytes(), files


def practitioners(database):
    with closing(sqlite3.connect(database)) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM practitioner")]


def with_database(archive, edit):
    """A copy of `archive` whose database went through `edit(connection)`, checksums
    recomputed: only the schema check can tell."""
    import hashlib

    with zipfile.ZipFile(archive) as source:
        members = {name: source.read(name) for name in source.namelist()}
    work = archive.with_name("work.sqlite3")
    work.write_bytes(members["consult.sqlite3"])
    with closing(sqlite3.connect(work)) as connection:
        edit(connection)
        connection.commit()
    members["consult.sqlite3"] = work.read_bytes()
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = [
        {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()
    ]
    target = archive.with_name("edited.zip")
    with zipfile.ZipFile(target, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def dead_pid():
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- point 4: the start-up check calls damaged only what SQLite confirms ------------------


def _write_and_checkpoint(path, ready, stop, rounds):
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")  # this loop checkpoints itself
    connection.execute("CREATE TABLE IF NOT EXISTS filler (x BLOB)")
    ready.set()
    for turn in range(rounds):
        if stop.is_set():
            break
        connection.execute("INSERT INTO filler VALUES (randomblob(20000))")
        if turn % 3 == 0:
            connection.execute("DELETE FROM filler WHERE rowid % 7 = 0")
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    connection.close()


def _start_checks(path, times, results):
    damaged = []
    for _ in range(times):
        try:
            _check_sqlite_file(path)
        except DamagedDatabase as error:
            damaged.append(str(error))
    results.put(damaged)


def test_p4_many_start_checks_while_another_process_writes_and_checkpoints_find_no_damage(
    tmp_path,
):
    # Before the fix, 48 of 900 such checks called this healthy file damaged ("truncated").
    path = tmp_path / "busy.sqlite3"
    open_database(url(path)).engine.dispose()
    spawn = multiprocessing.get_context("spawn")
    ready, stop, results = spawn.Event(), spawn.Event(), spawn.Queue()
    writer = spawn.Process(target=_write_and_checkpoint, args=(path, ready, stop, 20_000))
    writer.start()
    try:
        assert ready.wait(60)
        checkers = [
            spawn.Process(target=_start_checks, args=(path, 150, results)) for _ in range(3)
        ]
        for checker in checkers:
            checker.start()
        found = [results.get(timeout=300) for _ in checkers]
        for checker in checkers:
            checker.join()
    finally:
        stop.set()
        writer.join(60)
    assert found == [[], [], []]


def test_p4_a_header_counting_pages_still_in_the_log_after_a_full_disk_is_not_damaged(tmp_path):
    # A checkpoint that wrote page 1 and then met a full disk: the file is shorter than its
    # header says, the log holds the rest. SQLite reads it whole; so must consult.
    path = tmp_path / "full.sqlite3"
    open_database(url(path)).engine.dispose()
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE filler (x BLOB)")
    for _ in range(40):
        writer.execute("INSERT INTO filler VALUES (randomblob(4000))")
    pages = writer.execute("PRAGMA page_count").fetchone()[0]
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(path.read_bytes())  # no write is under way: the pair is consistent
    copy.with_name("copy.sqlite3-wal").write_bytes(path.with_name("full.sqlite3-wal").read_bytes())
    writer.close()
    data = bytearray(copy.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) < pages * page_size
    data[28:32] = pages.to_bytes(4, "big")
    data[92:96] = data[24:28]  # the count is "valid for" this change counter
    copy.write_bytes(bytes(data))

    db = open_database(url(copy))
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM filler").scalar() == 40
    db.engine.dispose()


def test_p4_a_busy_database_is_not_called_damaged(tmp_path, monkeypatch):
    import consult.store.database as database

    path = tmp_path / "locked.sqlite3"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
        with pytest.raises(StoreError) as refused:
            _check_sqlite_file(path)
    assert not isinstance(refused.value, DamagedDatabase)
    assert "could not be read just now" in str(refused.value)


def _damage_a_deep_page(path):
    """Garbage over a page of a large table that the first-pages check does not read."""
    db = open_database(url(path))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE filler (x TEXT)")
        for number in range(300):
            connection.exec_driver_sql(
                f"INSERT INTO filler VALUES ('{number:04}' || printf('%.3000c', 'y'))"
            )
    db.engine.dispose()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    target = pages - 5
    data[target * page_size : (target + 1) * page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))


def test_p4_a_large_file_opens_fast_and_sqlites_full_check_finds_deep_damage(tmp_path, monkeypatch):
    import consult.store.database as database

    path = tmp_path / "large.sqlite3"
    _damage_a_deep_page(path)
    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)  # "large": first pages only
    db = open_database(url(path), migrate=False)
    assert db.fully_checked is False
    db.engine.dispose()
    problem = quick_check(path)
    assert problem is not None and "\n" not in problem


# --- point 6: a restored database has exactly its revision's schema -----------------------


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (
            "CREATE TRIGGER x AFTER INSERT ON patient BEGIN DELETE FROM patient; END",
            "has an extra trigger 'x'",
        ),
        ("CREATE VIEW v AS SELECT * FROM practitioner", "has an extra view 'v'"),
        ("CREATE TABLE spare (x)", "has an extra table 'spare'"),
        ("CREATE INDEX ix_spare ON practitioner (name)", "has an extra index 'ix_spare'"),
        ("DROP INDEX {index}", "lacks the index '{index}'"),
    ],
)
def test_p6_an_archive_whose_database_schema_was_changed_is_refused_and_nothing_changes(
    live, archive, edit, words
):
    # An index of the revision, made by its own SQL (not one SQLite makes for a key).
    index = sorted(
        row[1] for row in expected_schema(shipped_revisions().head) if row[0] == "index" and row[3]
    )[0]
    edit, words = edit.format(index=index), words.format(index=index)
    tampered = with_database(archive, lambda connection: connection.execute(edit))
    before = snapshot(*live)
    with pytest.raises(UnusablePath) as refused:
        restore_archive(tampered, *live, NOW)
    message = str(refused.value)
    assert words in message and message.endswith("nothing was changed")
    assert "\n" not in message
    assert snapshot(*live) == before


def test_p6_a_hostile_long_name_is_shown_short_and_escaped(live, archive):
    name = "t\n" + "x" * 300
    tampered = with_database(
        archive,
        lambda connection: connection.execute(
            f'CREATE TRIGGER "{name}" AFTER INSERT ON patient BEGIN SELECT 1; END'
        ),
    )
    with pytest.raises(UnusablePath) as refused:
        restore_archive(tampered, *live, NOW)
    message = str(refused.value)
    assert "\n" not in message and "x" * 100 not in message and "\\n" in message


def test_p6_a_changed_column_is_refused(live, archive):
    def edit(connection):
        connection.execute("ALTER TABLE practitioner ADD COLUMN spy TEXT")

    with pytest.raises(UnusablePath, match="has a different table 'practitioner'"):
        restore_archive(with_database(archive, edit), *live, NOW)


def test_p6_a_database_migrated_from_0001_has_the_schema_of_one_made_at_head(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from consult.store.database import alembic_config

    old = tmp_path / "old.sqlite3"
    engine = create_engine(url(old))
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    open_database(url(old)).engine.dispose()  # 0001 -> head, as a start does
    fresh = tmp_path / "fresh.sqlite3"
    open_database(url(fresh)).engine.dispose()
    with closing(sqlite3.connect(old)) as a, closing(sqlite3.connect(fresh)) as b:
        assert store_backup.schema_of(a) == store_backup.schema_of(b)


def test_p6_an_archive_at_an_older_revision_is_checked_against_that_revision(live, tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from consult.store.database import alembic_config

    old = tmp_path / "old" / "consult.sqlite3"
    old.parent.mkdir()
    engine = create_engine(url(old))
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    made = create_archive(old, tmp_path / "none", tmp_path / "b", automatic=False, now=NOW)
    restored = restore_archive(made, *live, NOW)
    assert restored.schema_revision == "0001"


# --- point 7: killed backups and restores leave no orphans --------------------------------


def test_p7_working_files_of_a_killed_backup_or_restore_go_with_the_next_backup(live, tmp_path):
    database, photos = live
    backups = tmp_path / "backups"
    backups.mkdir()
    gone = dead_pid()
    alive = os.getppid()  # the process that started pytest: still running
    stale = [
        backups / f".consult-backup-{gone}-abc",
        database.parent / f".consult-restore-{gone}-abc",
    ]
    kept = [
        backups / f".consult-backup-{alive}-abc",
        database.parent / f".consult-restore-{alive}-x",
    ]
    for folder in stale + kept:
        (folder / "deep").mkdir(parents=True)
        (folder / "deep" / "consult.sqlite3").write_bytes(b"a copy")
    stale_partial = backups / f".consult-backup-{gone}-x1y2.partial"
    live_partial = backups / f".consult-backup-{alive}-x3y4.partial"
    stale_partial.write_bytes(b"half")
    live_partial.write_bytes(b"half")

    create_archive(database, photos, backups, automatic=False, now=NOW)
    restore_archive(create_archive(database, photos, backups, False, NOW), database, photos, NOW)

    assert not any(path.exists() for path in [*stale, stale_partial])
    assert all(path.exists() for path in [*kept, live_partial])  # another window's


KILL_SCRIPT = textwrap.dedent(
    """
    import datetime as dt, os, sys
    from pathlib import Path
    from consult.store import backup

    archive, database, photos, when = sys.argv[1:]
    real_replace, real_fsync = os.replace, backup._fsync_folder
    def replace(src, dst):
        if when == "before-database" and Path(dst) == Path(database):
            os._exit(9)  # killed between the photos swap and the database swap
        return real_replace(src, dst)
    fsyncs = []
    def fsync(folder):
        real_fsync(folder)
        fsyncs.append(folder)
        if when == "after-database" and len(fsyncs) == 2:
            os._exit(9)  # killed after the last swap, before the marker went
    backup.os.replace = replace
    backup._fsync_folder = fsync
    backup.restore_archive(Path(archive), Path(database), Path(photos), dt.datetime.now())
    """
)


def killed_restore(archive, database, photos, when):
    done = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(archive), str(database), str(photos), when],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr


def test_p7_a_restore_killed_between_its_swaps_is_rolled_back_at_the_next_start(live, archive):
    database, photos = live
    db = open_database(url(database))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE practitioner SET name = 'Dr B'")
    db.engine.dispose()
    (photos / "p1" / "b.jpg").write_bytes(b"a newer photo")
    photos_before = snapshot(database, photos)[1]

    killed_restore(archive, database, photos, "before-database")
    assert database.with_name("consult.sqlite3.restoring").exists()

    said = recover_interrupted_restore(database, photos)
    assert said is not None and "rolled back" in said and "\n" not in said
    assert snapshot(database, photos)[1] == photos_before
    assert practitioners(database) == ["Dr B"]  # the records saved since the backup
    left = sorted(path.name for path in database.parent.iterdir())
    assert left == ["consult.sqlite3", "photos"]


def test_p7_a_restore_killed_after_its_last_swap_is_finished_at_the_next_start(live, archive):
    database, photos = live
    db = open_database(url(database))
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE practitioner SET name = 'Dr B'")
    db.engine.dispose()

    killed_restore(archive, database, photos, "after-database")

    said = recover_interrupted_restore(database, photos)
    assert said is not None and "finished" in said
    assert practitioners(database) == ["Dr A"]  # the archive's
    names = {path.name for path in database.parent.iterdir()}
    assert not any(name.startswith(".consult-restore-") for name in names)
    assert "consult.sqlite3.restoring" not in names
    [kept] = [name for name in names if name.startswith("consult.sqlite3.replaced-")]
    assert practitioners(database.parent / kept) == ["Dr B"]


def test_p7_a_restore_still_running_in_another_process_is_left_alone(live):
    database, photos = live
    marker = database.with_name("consult.sqlite3.restoring")
    marker.write_text(json.dumps({"pid": os.getppid(), "scratch": ".consult-restore-1-x"}))
    with pytest.raises(StoreError, match="under way in another process"):
        recover_interrupted_restore(database, photos)
    assert marker.exists()


# --- point 8: folder trees deeper than Python's recursion limit --------------------------


@pytest.fixture
def deep_tree(live):
    """Removed by a loop whatever the test does: pytest's own clean-up of tmp_path (shared
    by every run on this machine) recurses, and would fail on it."""
    database, photos = live
    yield
    for tree in (
        photos,
        *database.parent.glob("photos.replaced-*"),
        *database.parent.glob(".consult-*"),
    ):
        store_backup.remove_tree(tree)


def test_p8_photos_in_a_tree_deeper_than_the_recursion_limit_are_backed_up_and_restored(
    live, tmp_path, deep_tree
):
    database, photos = live
    depth = sys.getrecursionlimit() + 100
    folder = photos
    for _ in range(depth):  # a level at a time: mkdir(parents=True) itself recurses
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.jpg").write_bytes(b"the deepest photo")
    made = create_archive(database, photos, tmp_path / "backups", automatic=False, now=NOW)
    with zipfile.ZipFile(made) as opened:
        assert any(name.endswith("/deep.jpg") for name in opened.namelist())

    store_backup.remove_tree(photos)  # also a loop: no RecursionError
    assert not photos.exists()
    restore_archive(made, database, photos, NOW)
    assert (folder / "deep.jpg").read_bytes() == b"the deepest photo"


# --- point 10: consult changes the mode of no folder it did not create --------------------


def test_p10_folders_consult_creates_are_private_and_an_existing_one_keeps_its_mode(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    make_private_dir(shared / "a" / "b")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o775
    assert stat.S_IMODE((shared / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "a" / "b").stat().st_mode) == 0o700


def test_p10_a_data_folder_open_to_others_is_warned_about_once_and_left_open(tmp_path, caplog):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o755)
    with caplog.at_level(logging.WARNING, logger="consult"):
        for _ in range(2):
            open_database(url(folder / "consult.sqlite3")).engine.dispose()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and str(folder) in warnings[0] and "chmod 700" in warnings[0]
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def test_p10_the_window_settings_file_and_its_folder_are_private(private_home):
    from consult.config import settings_file

    path = settings_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


# --- point 11: SQLite's integrity report in one line, the whole of it in the log ----------


def test_p11_the_integrity_report_is_one_line_and_the_log_has_all_of_it(caplog):
    rows = [f"Page {n}: btreeInitPage() returns error code 11" for n in range(40)]
    with caplog.at_level(logging.INFO, logger="consult"):
        line = integrity_summary(rows)
    assert line == "Page 0: btreeInitPage() returns error code 11 and 39 more problems"
    assert "Page 39:" in caplog.text
    assert integrity_summary(["ok"]) is None


def test_p11_a_damaged_file_is_named_in_one_line(tmp_path):
    path = tmp_path / "deep.sqlite3"
    _damage_a_deep_page(path)
    with pytest.raises(DamagedDatabase) as refused:
        open_database(url(path))
    assert "\n" not in str(refused.value) and str(path) in str(refused.value)


# --- point 12: what is the archive's fault is bad input ----------------------------------


def test_p12_a_declared_size_larger_than_the_bytes_present_is_refused_before_writing(
    live, archive, monkeypatch
):
    with zipfile.ZipFile(archive) as source:
        members = {name: source.read(name) for name in source.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    for entry in manifest["members"]:
        entry["size"] += 10_000_000
    lying = archive.with_name("lying.zip")
    with zipfile.ZipFile(lying, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    written = []
    monkeypatch.setattr(store_backup, "_extract_member", lambda *args: written.append(args))
    with pytest.raises(UnusablePath, match=r"is declared as \d+ bytes but holds \d+"):
        restore_archive(lying, *live, NOW)
    assert written == []


def test_p12_a_member_whose_bytes_lie_beyond_the_archive_is_refused(live, archive):
    data = bytearray(archive.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last member's central directory entry
    data[central + 42 : central + 46] = (len(data) * 4).to_bytes(4, "little")  # its offset
    broken = archive.with_name("broken.zip")
    broken.write_bytes(bytes(data))
    with pytest.raises(UnusablePath, match="nothing was changed"):
        restore_archive(broken, *live, NOW)
