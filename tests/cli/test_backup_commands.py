"""`consult backup` and `consult restore`: output, exit codes, one-line refusals."""

import errno
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from consult.cli import main
from consult.store import backup as store_backup
from consult.store.database import open_database
from consult.store.revisions import shipped_revisions


@pytest.fixture
def database(tmp_path):
    path = tmp_path / "data" / "consult.sqlite3"
    open_database(f"sqlite:///{path}").engine.dispose()
    (path.parent / "photos").mkdir()
    (path.parent / "photos" / "a.jpg").write_bytes(b"a photo")
    return path


def one_line(text):
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def back_up(database, capsys, *more):
    assert main(["backup", "--db", str(database), *more]) == 0
    return one_line(capsys.readouterr().out)


def test_backup_prints_the_archive_beside_the_database_or_in_dir(database, tmp_path, capsys):
    printed = back_up(database, capsys)
    assert printed.startswith(str(database.parent / "backups" / "consult-backup-"))
    assert os.path.isfile(printed)
    elsewhere = back_up(database, capsys, str(tmp_path / "usb"))
    assert elsewhere.startswith(str(tmp_path / "usb" / "consult-backup-"))


def test_restore_says_what_it_replaced_and_where_the_old_one_is(database, capsys):
    archive = back_up(database, capsys)
    assert main(["restore", archive, "--db", str(database)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {archive} into {database}." in out
    assert f"The previous database is kept as {database}.replaced-" in out
    assert "The previous photos are kept in" in out


def test_a_tampered_archive_is_refused_with_exit_2_and_one_line(database, capsys):
    archive = back_up(database, capsys)
    tampered = database.parent / "backup.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(tampered, "w") as out:
        for name in source.namelist():
            data = b"swapped" if name == "photos/a.jpg" else source.read(name)
            out.writestr(name, data)
    before = database.read_bytes()
    assert main(["restore", str(tampered), "--db", str(database)]) == 2
    assert one_line(capsys.readouterr().err) == (
        f"consult: {tampered}: photos/a.jpg does not match its checksum; nothing was changed"
    )
    assert database.read_bytes() == before


@pytest.mark.parametrize("name", ["missing.zip", "."])
def test_a_missing_archive_or_a_folder_is_bad_input(database, capsys, name, tmp_path):
    assert main(["restore", str(tmp_path / name), "--db", str(database)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"consult: {tmp_path / name}") and "nothing was changed" not in line


def test_backup_to_a_file_instead_of_a_folder_is_bad_input(database, capsys, tmp_path):
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    assert main(["backup", str(not_a_folder), "--db", str(database)]) == 2
    assert one_line(capsys.readouterr().err) == f"consult: {not_a_folder}: is a file, not a folder"


def test_a_full_disk_gives_exit_1_and_leaves_no_partial_file(database, capsys, monkeypatch):
    def full(src, dst, limit):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store_backup, "_copy_hashing", full)
    backups = database.parent / "backups"
    assert main(["backup", "--db", str(database)]) == 1
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"consult: the disk holding {backups} is full: no backup was made")
    assert list(backups.iterdir()) == []


def test_a_server_database_is_refused(capsys):
    assert main(["backup", "--db", "postgresql://me:secret@clinic/consult"]) == 1
    line = one_line(capsys.readouterr().err)
    assert "pg_dump and pg_restore" in line and "secret" not in line


@pytest.mark.parametrize("damage", ["random", "truncated"])
def test_a_damaged_database_names_the_newest_backup(database, capsys, damage):
    archive = back_up(database, capsys)
    data = database.read_bytes()
    broken = os.urandom(len(data)) if damage == "random" else data[: len(data) // 3]
    database.write_bytes(broken)

    assert main(["backup", "--db", str(database)]) == 1
    line = one_line(capsys.readouterr().err)
    assert str(database) in line and "damaged" in line and archive in line

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = subprocess.run(
        [sys.executable, "-m", "consult", "--db", str(database)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 1
    line = one_line(started.stderr)
    assert str(database) in line and "damaged" in line
    assert f"consult restore {archive} --db {database}" in line
    assert database.read_bytes() == broken

    assert main(["restore", archive, "--db", str(database)]) == 0
    [kept] = database.parent.glob("consult.sqlite3.replaced-*[0-9]")
    assert kept.read_bytes() == broken  # the damaged file is kept for a later rescue


def test_point9_a_symlink_planted_at_the_backups_temporary_name_redirects_nothing(
    database, tmp_path, capsys, monkeypatch
):
    import datetime as dt
    import tempfile

    folder = tmp_path / "elsewhere"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file")
    now = dt.datetime.now().replace(microsecond=0)
    # Where a predictable writer would put the archive being written, this second or the next.
    planted = []
    for second in range(3):
        name = store_backup.ArchiveName(now + dt.timedelta(seconds=second), 1, False).file_name
        planted.append(folder / f"{name}.partial")
        planted[-1].symlink_to(tmp_path / "missing-target")  # dangling: it looks free
    (folder / f".consult-backup-{os.getpid()}-drawn.partial").symlink_to(victim)
    drawn = iter(["drawn", *(f"fresh{n}" for n in range(100))])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: drawn)

    archive = back_up(database, capsys, str(folder))

    assert zipfile.is_zipfile(archive)
    assert victim.read_text() == "the user's own file"
    assert not (tmp_path / "missing-target").exists()
    assert all(link.is_symlink() for link in planted)


# --- issue 14: the records hold under attack --------------------------------------------


def test_p6_an_archive_given_one_extra_trigger_is_refused_with_exit_2_and_nothing_changes(
    database, capsys
):
    import hashlib
    import json
    import sqlite3
    from contextlib import closing

    archive = back_up(database, capsys)
    with zipfile.ZipFile(archive) as source:
        members = {name: source.read(name) for name in source.namelist()}
    work = database.parent / "work.sqlite3"
    work.write_bytes(members["consult.sqlite3"])
    with closing(sqlite3.connect(work)) as connection:
        connection.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON patient BEGIN DELETE FROM patient; END"
        )
        connection.commit()
    members["consult.sqlite3"] = work.read_bytes()
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = [
        {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in members.items()
    ]
    hostile = database.parent / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr("manifest.json", json.dumps(manifest))
    before = sorted((p.name, p.read_bytes()) for p in database.parent.rglob("*") if p.is_file())

    assert main(["restore", str(hostile), "--db", str(database)]) == 2
    assert one_line(capsys.readouterr().err) == (
        f"consult: {hostile}: consult.sqlite3 has an extra trigger 'wipe', which schema "
        f"{shipped_revisions().head} "
        "of consult does not have; nothing was changed"
    )
    after = sorted((p.name, p.read_bytes()) for p in database.parent.rglob("*") if p.is_file())
    assert after == before


def test_p6_a_backup_of_a_demo_database_restores(tmp_path, capsys):
    database = tmp_path / "demo" / "consult.sqlite3"
    assert main(["demo", "--patients", "5", "--db", str(database)]) == 0
    capsys.readouterr()
    archive = back_up(database, capsys)
    assert main(["restore", archive, "--db", str(database)]) == 0


def test_p10_an_existing_shared_folder_given_to_backup_keeps_its_mode(database, capsys, tmp_path):
    import stat

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    archive = back_up(database, capsys, str(shared))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o775
    assert stat.S_IMODE(os.stat(archive).st_mode) == 0o600


def test_p12_an_archive_whose_member_lies_beyond_its_end_exits_2(database, capsys):
    archive = back_up(database, capsys)
    data = bytearray(Path(archive).read_bytes())
    central = data.find(b"PK\x01\x02")  # the database member's central directory entry
    data[central + 42 : central + 46] = (len(data) * 4).to_bytes(4, "little")
    broken = database.parent / "broken.zip"
    broken.write_bytes(bytes(data))
    before = database.read_bytes()
    assert main(["restore", str(broken), "--db", str(database)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"consult: {broken}: ") and line.endswith("nothing was changed")
    assert database.read_bytes() == before


def test_p12_garbled_compressed_bytes_are_the_archives_fault_exit_2(database, capsys):
    archive = back_up(database, capsys)
    data = bytearray(Path(archive).read_bytes())
    start = 30 + int.from_bytes(data[26:28], "little") + int.from_bytes(data[28:30], "little")
    data[start + 50 : start + 250] = bytes(200)  # inside the database member's deflate stream
    broken = database.parent / "garbled.zip"
    broken.write_bytes(bytes(data))
    before = database.read_bytes()
    assert main(["restore", str(broken), "--db", str(database)]) == 2
    line = one_line(capsys.readouterr().err)
    assert line.startswith(f"consult: {broken}: ") and line.endswith("nothing was changed")
    assert database.read_bytes() == before


def _daily(database):
    """`consult backup --daily` as the window starts it: a process of its own (it lowers its
    own priority, which must not happen to the test run)."""
    return subprocess.run(
        [sys.executable, "-m", "consult", f"--db={database}", "backup", "--daily"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_daily_makes_todays_automatic_backup_once(database):
    first = _daily(database)
    assert first.returncode == 0, first.stderr
    [archive] = (database.parent / "backups").glob("*-auto.zip")
    assert first.stdout == f"{archive}\n"
    second = _daily(database)
    assert second.returncode == 0, second.stderr
    assert second.stdout == ""  # made earlier today
    assert list((database.parent / "backups").glob("*-auto.zip")) == [archive]


def test_daily_archives_restore_and_keep_photos_byte_for_byte(database, capsys):
    """The fast compression (photos stored, the database at deflate's fastest level) keeps
    the archive format: restore reads it back."""
    done = _daily(database)
    assert done.returncode == 0, done.stderr
    archive = Path(done.stdout.strip())
    with zipfile.ZipFile(archive) as opened:
        kinds = {info.filename: info.compress_type for info in opened.infolist()}
    assert kinds["photos/a.jpg"] == zipfile.ZIP_STORED
    assert kinds["consult.sqlite3"] == zipfile.ZIP_DEFLATED
    (database.parent / "photos" / "a.jpg").write_bytes(b"changed")
    assert main(["restore", str(archive), "--db", str(database)]) == 0
    capsys.readouterr()
    assert (database.parent / "photos" / "a.jpg").read_bytes() == b"a photo"


def test_daily_with_a_folder_is_bad_input(database, tmp_path, capsys):
    assert main(["backup", "--db", str(database), "--daily", str(tmp_path)]) == 2
    assert "--daily writes into the backups folder only" in one_line(capsys.readouterr().err)


def test_p5_backup_of_an_emptied_database_beside_its_backups_names_the_damage(database, capsys):
    archive = back_up(database, capsys)
    database.write_bytes(b"")
    for journal in ("-wal", "-shm"):
        database.with_name(database.name + journal).unlink(missing_ok=True)
    assert main(["backup", "--db", str(database)]) == 1
    line = one_line(capsys.readouterr().err)
    assert "is damaged: it is empty (0 bytes) but backups of it exist" in line
    assert f"consult restore {archive}" in line
    assert database.stat().st_size == 0  # left as it was
