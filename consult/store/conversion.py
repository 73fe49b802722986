"""A plain SQLite database made encrypted: copied, checked, then put in its place.

The steps, each leaving a database that opens (plain, or encrypted with its key file):

1. With every other connection shut out (exclusive lock), SQLCipher's `sqlcipher_export`
   copies the plain file into `<db>.encrypting.partial`, keyed with the raw data key; the
   copy is checked (integrity check, the same rows in every table) and renamed
   `<db>.encrypting`: a file of that name is always a complete, checked copy.
2. The key slots are written beside it, then moved beside the database; then the copy
   replaces the plain file. Killed between these two renames, the next start finds a plain
   file, its key file and the checked copy: `finish_interrupted_encryption` puts the copy in
   place. Killed before them, the plain file is untouched and the partial copy is removed.

The plain file is replaced by a rename: no plain copy of the records is left by the
conversion (its old blocks stay on the disk until reused, as any deleted file's do).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from consult.store.connection import (
    begins_plain,
    connect_sqlite,
    is_encrypted,
    sqlite_errors,
)
from consult.store.database import (
    BUSY_TIMEOUT_MS,
    _check_sqlite_file,
    integrity_summary,
    make_private_file,
)
from consult.store.errors import StoreError
from consult.store.keyslots import KeySlots, key_file

ENCRYPTING = ".encrypting"
log = logging.getLogger(__name__)


def _copy_path(database: Path) -> Path:
    return database.with_name(f"{database.name}{ENCRYPTING}")


def _partial_path(database: Path) -> Path:
    return database.with_name(f"{database.name}{ENCRYPTING}.partial")


def _fsync(path: Path) -> None:
    """Make a file's content, or a folder's renames, survive a power cut."""
    if path.is_dir():
        if os.name != "posix":
            return  # Windows has no folder fsync
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        return
    with path.open("rb+") as handle:  # Windows flushes only a handle open for writing
        os.fsync(handle.fileno())


def _tables(connection: object) -> list[str]:
    rows = connection.execute(  # type: ignore[attr-defined]
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(str(row[0]) for row in rows)


def _counts(connection: object, schema: str = "main") -> dict[str, int]:
    counted = {}
    for table in _tables(connection):
        quoted = '"' + table.replace('"', '""') + '"'
        statement = f"SELECT count(*) FROM {schema}.{quoted}"
        counted[table] = int(connection.execute(statement).fetchone()[0])  # type: ignore[attr-defined]
    return counted


def export_encrypted(database: Path, key: bytes, keys: KeySlots) -> None:
    """Encrypt the plain file `database` in place with the raw data `key` (steps 1 and 2
    above), its key file written from `keys`. Raises `StoreError`; nothing is changed then
    but a partial copy, removed."""
    if is_encrypted(database):
        raise StoreError(f"the database {database} is encrypted already")
    if not database.is_file() or not begins_plain(database):
        raise StoreError(f"there is no plain SQLite database at {database} to encrypt")
    _check_sqlite_file(database)  # a damaged file is not copied
    partial, copy = _partial_path(database), _copy_path(database)
    partial.unlink(missing_ok=True)
    in_use = StoreError(
        f"the database {database} is in use in another window or room: close consult there, "
        "then try again; nothing was changed"
    )
    # A SQLCipher connection without a key reads the plain file; the copy is keyed.
    source = connect_sqlite(
        database, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, cipher=True
    )
    try:
        try:
            busy = source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            mode = source.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if busy or mode != "delete":
                raise in_use
            # Kept until closed: an empty write transaction takes the exclusive lock, and
            # in this mode holds it after (the export needs transactions of its own).
            source.execute("PRAGMA main.locking_mode=EXCLUSIVE")
            source.execute("BEGIN EXCLUSIVE")
            source.execute("COMMIT")
        except sqlite_errors():
            raise in_use from None
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        expected = _counts(source)
        # SQLite makes a new file with the umask's mode (0644, often): made private before
        # it holds a record, it stays so once it is the database (its journal takes its mode).
        try:
            make_private_file(partial)
        except OSError as error:
            raise StoreError(
                f"the database {database} could not be encrypted ({error.strerror}); it was "
                "left as it was"
            ) from None
        target = str(partial).replace("'", "''")
        source.execute(f"ATTACH DATABASE '{target}' AS encrypted KEY \"x'{key.hex()}'\"")
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.user_version = {version}")
        source.execute("DETACH DATABASE encrypted")
        _verify(partial, key, expected)
        _fsync(partial)
        os.replace(partial, copy)
        keys.save(key_file(copy))
        os.replace(key_file(copy), key_file(database))
        _fsync(database.parent)
        if os.name == "posix":  # still locked: nobody writes to the plain file meanwhile
            os.replace(copy, database)
            _fsync(database.parent)
    except sqlite_errors() as error:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"the database {database} could not be encrypted ({error}); it was left as it was"
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()  # nothing was written to the plain file: its lock is let go
    if copy.exists():  # Windows replaces no file that is open: after closing it there
        os.replace(copy, database)


def _verify(copy: Path, key: bytes, expected: dict[str, int]) -> None:
    with closing(connect_sqlite(copy, key)) as connection:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        problem = integrity_summary(rows)
        if problem is not None:
            raise StoreError(f"the encrypted copy fails its check ({problem}): nothing changed")
        found = _counts(connection)
    if found != expected:
        differ = sorted(
            t for t in expected.keys() | found.keys() if found.get(t) != expected.get(t)
        )
        raise StoreError(
            f"the encrypted copy does not hold the same rows ({', '.join(differ[:3])}): "
            "nothing was changed"
        )


def finish_interrupted_encryption(database: Path) -> str | None:
    """At start: finish a conversion killed between its last two renames (plain file, key
    file and the checked encrypted copy beside it); remove a partial copy. One line saying
    what was done, or None."""
    _partial_path(database).unlink(missing_ok=True)
    copy = _copy_path(database)
    if not copy.exists():
        return None
    if is_encrypted(database) and begins_plain(database):
        os.replace(copy, database)
        _fsync(database.parent)
        said = f"an interrupted encryption of {database} was finished"
    else:  # the key file never reached the database: the copy is of no use
        copy.unlink()
        key_file(copy).unlink(missing_ok=True)
        said = f"an interrupted encryption of {database} was undone: it is still plain"
    log.warning("%s", said)
    return said


def seal_tree(folder: Path, key: bytes, progress: Callable[[int, int], None] | None = None) -> int:
    """Seal every plain file under `folder` (photos and thumbnails), each written whole then
    put in place of the plain one; how many were sealed. A loop, not recursion."""
    from consult.store.sealed_files import seal_file

    files: list[Path] = []
    waiting = [folder] if folder.is_dir() else []
    while waiting:
        level = waiting.pop()
        with os.scandir(level) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    waiting.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    files.append(Path(entry.path))
    sealed = 0
    for done, path in enumerate(sorted(files), start=1):
        sealed += seal_file(path, key)
        if progress is not None:
            progress(done, len(files))
    return sealed
