"""`consult backup` and `consult restore`: output, exit codes, one-line refusals."""

import errno
import os
import subprocess
import sys
import zipfile

import pytest

from consult.cli import main
from consult.store import backup as store_backup
from consult.store.database import open_database


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
    (folder / ".drawn.partial").symlink_to(victim)
    drawn = iter(["drawn", *(f"fresh{n}" for n in range(100))])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: drawn)

    archive = back_up(database, capsys, str(folder))

    assert zipfile.is_zipfile(archive)
    assert victim.read_text() == "the user's own file"
    assert not (tmp_path / "missing-target").exists()
    assert all(link.is_symlink() for link in planted)
