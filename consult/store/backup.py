"""Backup archives: one zip holding a consistent copy of the database, the photos, the clinic
certificate with its protected key, and a manifest with the SHA-256 of each member. Restoring
checks all of it before it replaces anything, and keeps what it replaces beside it.

The certificate travels with the records: consents are signed with its key, and a PDF is
checked against the certificate in the data folder. Restored on a new computer without it, the
records' consents would no longer verify there, and those signed next would use a new one.

An archive of an encrypted database holds nothing plain: the database copy is encrypted with
the same data key (copied page by page through SQLCipher), the photos are the sealed files,
and the key file travels as the `keys` member (named in the manifest). Restoring it needs a
password or the recovery key that one of the archive's key slots opens; it is checked before
anything is replaced, and the archive's key file goes beside the restored database (the one
there before goes aside with the database it opens).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import threading
import zipfile
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from consult import __version__
from consult.store.connection import connect_sqlite, require_key, restore_marker, sqlite_errors
from consult.store.conversion import seal_tree
from consult.store.database import (
    BUSY_TIMEOUT_MS,
    _check_sqlite_file,
    copy_sqlite,
    make_private_dir,
    make_private_file,
    sqlite_path,
)
from consult.store.errors import DamagedDatabase, StoreError, UnusablePath
from consult.store.keyslots import KeySlots, MissingKeys, WrongSecret, key_file
from consult.store.revisions import shipped_revisions

FORMAT = "consult.backup/1"
DATABASE_MEMBER = "consult.sqlite3"
# The key slots of an encrypted database's copy (the manifest's "keys" names it).
KEYS_MEMBER = "consult.sqlite3.keys"
MANIFEST_MEMBER = "manifest.json"
PHOTOS = "photos"
# The clinic certificate and its key (PKCS#12, protected by the clinic's password), kept in the
# data folder beside the database and carried by archives under these names.
CERTIFICATE_FILE = "clinic-certificate.pem"
KEY_FILE = "clinic-key.p12"
CERTIFICATE_FILES = (CERTIFICATE_FILE, KEY_FILE)
_CHUNK = 1 << 20
_MANIFEST_MAX = 16 << 20  # far above any real manifest; stops a hostile one filling memory
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ARCHIVE = re.compile(r"consult-backup-(\d{8}-\d{6})(?:-(\d+))?(-auto)?\.zip")
_STAMP = "%Y%m%d-%H%M%S"
# Working files carry the writing process's id, so that the next backup or restore can tell
# one left by a killed process (removed) from one still being written by another window.
_SCRATCH = re.compile(r"\.consult-(?:backup|restore)-(\d+)-.+")
_OLD_WORK = re.compile(r"\.consult-(?:backup|restore)-[^-]+|consult-backup-.+\.zip\.partial")
# Where the process id cannot be checked (Windows), or for names without one: age decides.
_STALE_SECONDS = 24 * 3600
# Deflate's fastest level: 4 times as fast as the default on the database (187 against
# 62 MB/s) for an archive a quarter larger (16 % of the file against 12 %).
_DEFLATE_LEVEL = 1
# How much of the database copy its integrity check maps into memory (SQLite's own ceiling
# applies: 2 GB by default).
_CHECK_MMAP_BYTES = 1 << 31
# Deflate's raw format (no zlib header), as a zip member holds it.
_RAW_DEFLATE = -zlib.MAX_WBITS
# Photos kept in these formats are compressed already: stored as they are.
_COMPRESSED_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ArchiveName:
    """What an archive's file name says: when it was made (local time) and how."""

    made_at: dt.datetime
    counter: int  # 2, 3, … when several were made within the same second
    automatic: bool

    @property
    def file_name(self) -> str:
        counter = f"-{self.counter}" if self.counter > 1 else ""
        auto = "-auto" if self.automatic else ""
        return f"consult-backup-{self.made_at.strftime(_STAMP)}{counter}{auto}.zip"

    @classmethod
    def parse(cls, name: str) -> ArchiveName | None:
        match = _ARCHIVE.fullmatch(name)
        if match is None:
            return None
        try:
            made_at = dt.datetime.strptime(match[1], _STAMP)
        except ValueError:
            return None
        return cls(made_at, int(match[2] or 1), bool(match[3]))


@dataclass(frozen=True)
class Restored:
    """The database and photos now in place, and where the previous ones were kept."""

    database: Path
    replaced_database: Path | None  # None: there was no database before
    replaced_photos: Path | None  # None: there was no photos folder before
    schema_revision: str
    # The clinic certificate files that were there, kept aside where the archive's replaced
    # them (an archive without a certificate leaves the data folder's in place).
    replaced_certificate: tuple[Path, ...] = ()
    # Patients erased since the backup was made, erased again in what it restored.
    erased_again: int = 0
    # The replaced database was damaged: its erasure list could not be read, so erasures
    # made after the backup may be back (the audit log of the kept copy names them).
    erasures_unread: bool = False


def database_file(url: str) -> Path:
    """The SQLite file behind `url`; a server database is refused in one sentence."""
    path = sqlite_path(url)
    if path is None:
        raise StoreError(
            "backup and restore work on an SQLite database file; for a server database use "
            "pg_dump and pg_restore"
        )
    return path


def list_archives(folder: Path) -> list[tuple[ArchiveName, Path]]:
    """The consult archives in `folder`, oldest first (by the time in their names)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        name = ArchiveName.parse(path.name)
        if name is not None and path.is_file():
            found.append((name, path))
    return sorted(found, key=lambda item: (item[0].made_at, item[0].counter))


# Told (bytes written, bytes in all) as an archive is written; may raise to stop it.
Progress = Callable[[int, int], None]


def create_archive(
    database: Path,
    photos: Path,
    folder: Path,
    automatic: bool,
    now: dt.datetime,
    progress: Progress | None = None,
    key: bytes | None = None,
) -> Path:
    """Write one archive of `database` and `photos` into `folder`; return its path. An
    encrypted database is read with its raw data `key`, and archived encrypted with its key
    file; its photos are the sealed files kept.

    The zip is written to a private `.partial` file that takes its real name only once it
    is complete, so a full disk or any other failure leaves no half archive behind; nor
    does an exception raised by `progress` (a cancel), which is raised on.
    """
    if not database.is_file() or database.stat().st_size == 0:
        raise StoreError(f"there is no database at {database} to back up")
    require_key(database, key)
    keys = KeySlots.load(key_file(database)) if key is not None else None
    # The window backs up the file it holds open: checked through SQLite only.
    _check_sqlite_file(database, header=False, key=key)
    if folder.exists() and not folder.is_dir():
        raise UnusablePath(folder, "is a file, not a folder")
    outcome = "no backup was made"
    try:
        make_private_dir(folder)
    except OSError as error:
        raise _write_problem(error, folder, outcome) from None
    recover_interrupted_restore(database, photos)
    sweep_stale_work(database.parent)  # a killed restore's working folder
    sweep_stale_work(folder)
    partial: Path | None = None
    scratch: Path | None = None
    try:
        scratch = Path(tempfile.mkdtemp(prefix=f".consult-backup-{os.getpid()}-", dir=folder))
        copy = scratch / DATABASE_MEMBER
        if key is not None:  # photos a killed conversion left plain: sealed first
            seal_tree(photos, key)
        # The records are checked while they are copied and archived: SQLite (and SQLCipher,
        # which decrypts every page) and zlib let go of Python's lock, so two processor cores
        # share the work. A write meanwhile changes no page's health.
        checking = _Check(database, key)
        checking.start()
        try:
            copy_sqlite(database, copy, durable=False, key=key)  # the archive is flushed
            revision = _standalone_copy(database, copy, key)
            members = [(DATABASE_MEMBER, copy), *_certificate_files(database.parent)]
            if keys is not None:  # as read before the copy: the slots that open it
                keys.save(scratch / KEYS_MEMBER)
                members.append((KEYS_MEMBER, scratch / KEYS_MEMBER))
            members += _photo_files(photos)
            # A random name made with O_EXCL (mkstemp): a link planted in the folder is never
            # followed, and a name taken in advance cannot stop the backup. The process id in
            # it tells the next backup whether its writer is still running.
            fd, name = tempfile.mkstemp(
                prefix=f".consult-backup-{os.getpid()}-", suffix=".partial", dir=folder
            )
            partial = Path(name)
            _write_zip(fd, members, revision, now, progress, encrypted=key is not None)
            checking.join()
        except BaseException:  # the archive is abandoned: so is its check
            checking.stop()
            raise
        if checking.problem:
            raise DamagedDatabase(
                database, f"{database} is damaged (integrity check: {checking.problem})"
            )
        target = _publish(partial, folder, now, automatic)
    except (OSError, *sqlite_errors()) as error:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise _write_problem(error, folder, outcome) from None
    except BaseException:
        if partial is not None:
            partial.unlink(missing_ok=True)
        raise
    finally:
        if scratch is not None:
            remove_tree(scratch)
    return target


def _publish(partial: Path, folder: Path, now: dt.datetime, automatic: bool) -> Path:
    """Give the complete archive its name, never replacing one another process just made
    (two windows backing up within the same second)."""
    while True:
        target = _free_archive_path(folder, now, automatic)
        try:
            os.link(partial, target)  # fails if the name was taken meanwhile
        except FileExistsError:
            continue
        except OSError:  # no hard links on this drive (FAT): a plain rename
            if target.exists():
                continue
            os.replace(partial, target)
            return target
        partial.unlink()
        return target


def restore_archive(
    archive: Path,
    database: Path,
    photos: Path,
    now: dt.datetime,
    key: bytes | None = None,
    secret: str | None = None,
) -> Restored:
    """Check `archive` completely, then put its database and photos in place.

    The current database is kept as `<name>.replaced-<time>` and the photos folder as
    `photos.replaced-<time>` beside them. Nothing is touched unless every check passed.
    `key` is the raw data key of the current database (when encrypted); `secret` a
    password or the recovery key of the archive (when it is of an encrypted database).
    """
    if not archive.exists():
        raise UnusablePath(archive, "no such file")
    if not archive.is_file():
        raise UnusablePath(archive, "is a folder, not a backup archive")
    folder = database.parent
    outcome = "nothing was changed"
    try:
        make_private_dir(folder)
        recover_interrupted_restore(database, photos)
        sweep_stale_work(folder)
        # Inside the data folder, so moving the checked files into place is a rename.
        scratch = Path(tempfile.mkdtemp(prefix=f".consult-restore-{os.getpid()}-", dir=folder))
    except OSError as error:
        raise _write_problem(error, folder, outcome) from None
    try:
        _unpack(archive, scratch)
        archive_key = _archive_key(archive, scratch, secret)
        revision = _check_restored_database(archive, scratch / DATABASE_MEMBER, archive_key)
        if archive_key is not None:  # carried in place as the certificate files are
            os.replace(scratch / KEYS_MEMBER, scratch / key_file(database).name)
        return _put_in_place(scratch, database, photos, now, revision, key, archive_key)
    except (OSError, *sqlite_errors()) as error:
        raise _write_problem(error, folder, outcome) from None
    finally:
        if not restore_marker(database).exists():  # else kept for the next start to roll back
            remove_tree(scratch)


@dataclass(frozen=True)
class ArchiveFacts:
    """What a checked archive holds, to name before it replaces anything."""

    created_at: dt.datetime  # as its manifest says, in UTC
    patients: int
    schema_revision: str


def inspect_archive(archive: Path, folder: Path, secret: str | None = None) -> ArchiveFacts:
    """Make every check `restore_archive` makes, in a working folder inside `folder` (the
    data folder) that is removed after; replace nothing. `UnusablePath` for an archive
    that would be refused; `secret` opens an encrypted one (see `archive_is_encrypted`)."""
    if not archive.exists():
        raise UnusablePath(archive, "no such file")
    if not archive.is_file():
        raise UnusablePath(archive, "is a folder, not a backup archive")
    outcome = "nothing was changed"
    try:
        make_private_dir(folder)
        scratch = Path(tempfile.mkdtemp(prefix=f".consult-restore-{os.getpid()}-", dir=folder))
    except OSError as error:
        raise _write_problem(error, folder, outcome) from None
    try:
        _unpack(archive, scratch)
        archive_key = _archive_key(archive, scratch, secret)
        revision = _check_restored_database(archive, scratch / DATABASE_MEMBER, archive_key)
        with closing(connect_sqlite(scratch / DATABASE_MEMBER, archive_key)) as connection:
            (patients,) = connection.execute("SELECT count(*) FROM patient").fetchone()
        with _reading(archive), zipfile.ZipFile(archive) as opened:  # checked by _unpack
            manifest = json.loads(opened.read(MANIFEST_MEMBER).decode("utf-8"))
        try:
            created = dt.datetime.fromisoformat(str(manifest.get("created_at")))
        except ValueError:
            raise _refused(archive, f"{MANIFEST_MEMBER} has no valid created_at") from None
        return ArchiveFacts(created, int(patients), revision)
    except (OSError, *sqlite_errors()) as error:
        raise _write_problem(error, folder, outcome) from None
    finally:
        remove_tree(scratch)


def archive_is_encrypted(archive: Path) -> bool:
    """Whether `archive` holds an encrypted database (restoring it needs a password or the
    recovery key); False for a plain one, and for what is no archive (its restore says why)."""
    try:
        with zipfile.ZipFile(archive) as opened:
            return KEYS_MEMBER in opened.namelist()
    except (OSError, *_READ_ERRORS):
        return False


def _archive_key(archive: Path, scratch: Path, secret: str | None) -> bytes | None:
    """The data key of the unpacked archive's database; None when it is plain."""
    if not (scratch / KEYS_MEMBER).exists():
        return None
    if not secret:
        raise _refused(
            archive,
            "holds an encrypted database: a password of that backup, or its recovery key, is "
            "needed to restore it",
        )
    try:
        return KeySlots.load(scratch / KEYS_MEMBER).unlock(secret)[0]
    except MissingKeys:
        raise _refused(archive, f"its key file {KEYS_MEMBER} cannot be read") from None
    except WrongSecret:
        raise _refused(
            archive,
            "the password or recovery key given does not open this backup (it opens with a "
            "password it was made with, or its recovery key)",
        ) from None


def known_revisions() -> set[str]:
    """The schema revisions this version of consult can open."""
    return set(shipped_revisions().known)


# --- writing -------------------------------------------------------------------------------


def _free_archive_path(folder: Path, now: dt.datetime, automatic: bool) -> Path:
    """The first archive name not taken yet."""
    counter = 1
    while True:
        path = folder / ArchiveName(now.replace(microsecond=0), counter, automatic).file_name
        if not path.exists():
            return path
        counter += 1


def _standalone_copy(database: Path, copy: Path, key: bytes | None = None) -> str:
    """Make the copy one self-contained file and return its schema revision."""
    with closing(connect_sqlite(copy, key)) as connection:
        # No -wal beside the member: the archive holds one complete file.
        connection.execute("PRAGMA journal_mode=DELETE")
        revision = _revision(connection)
    if revision is None:
        raise StoreError(f"{database} is not a consult database (it has no schema revision)")
    return revision


class _Check(threading.Thread):
    """SQLite's integrity check of the records being archived, on a thread of its own;
    `problem` when done."""

    def __init__(self, copy: Path, key: bytes | None = None) -> None:
        super().__init__(name="consult-backup-check", daemon=True)
        self._copy = copy
        self._key = key
        self._lock = threading.Lock()  # the connection is interrupted only while open
        self._connection: sqlite3.Connection | None = None
        self._stopped = False
        self.problem: str | None = None

    def run(self) -> None:
        uri = f"{self._copy.resolve().as_uri()}?mode=ro"
        with closing(
            connect_sqlite(uri, self._key, uri=True, check_same_thread=False)
        ) as connection:
            with self._lock:
                if self._stopped:
                    return
                self._connection = connection
            # Mapped rather than read page by page: the check of a 200 MB file takes about a
            # sixth less processor time (SQLCipher reads an encrypted one page by page).
            connection.execute(f"PRAGMA mmap_size={_CHECK_MMAP_BYTES}").fetchall()
            problem = _integrity_problem(connection)
            with self._lock:
                self._connection = None
        self.problem = problem

    def stop(self) -> None:
        """End the check early (its result is no longer wanted) and wait for it."""
        with self._lock:
            self._stopped = True
            if self._connection is not None:
                self._connection.interrupt()
        self.join()


def _certificate_files(folder: Path) -> list[tuple[str, Path]]:
    """The clinic certificate files in the data folder `folder` (a link is not followed)."""
    found = [(name, folder / name) for name in CERTIFICATE_FILES]
    return [(name, path) for name, path in found if path.is_file() and not path.is_symlink()]


def _photo_files(photos: Path) -> list[tuple[str, Path]]:
    """Every photo file under `photos`; symbolic links are not followed. A loop, not
    recursion (os.walk recurses): a folder tree of any depth is read."""
    if not photos.is_dir():
        return []
    found = []
    waiting = [(photos, f"{PHOTOS}/")]
    while waiting:
        folder, prefix = waiting.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    waiting.append((Path(entry.path), f"{prefix}{entry.name}/"))
                elif entry.is_file(follow_symlinks=False):
                    found.append((f"{prefix}{entry.name}", Path(entry.path)))
    return sorted(found)


def remove_tree(top: Path) -> None:
    """Remove `top` and everything in it, ignoring what resists; a loop, not recursion
    (shutil.rmtree recurses): a folder tree of any depth goes."""
    if top.is_symlink() or not top.is_dir():
        with contextlib.suppress(OSError):
            top.unlink(missing_ok=True)
        return
    folders = [top]
    waiting = [top]
    while waiting:
        folder = waiting.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        folders.append(Path(entry.path))
                        waiting.append(Path(entry.path))
                    else:
                        with contextlib.suppress(OSError):
                            os.unlink(entry.path)
        except OSError:
            continue
    for folder in reversed(folders):  # the deepest first
        with contextlib.suppress(OSError):
            folder.rmdir()


def _write_zip(
    fd: int,
    members: list[tuple[str, Path]],
    revision: str,
    now: dt.datetime,
    progress: Progress | None = None,
    encrypted: bool = False,
) -> None:
    """Write the archive to the open private file `fd` (closed when done)."""
    threads = _deflate_threads()
    step = None
    if progress is not None:
        total = sum(source.stat().st_size for _name, source in members)
        done = [0]

        def step(size: int) -> None:
            done[0] += size
            progress(done[0], total)

        progress(0, total)
    with (
        os.fdopen(fd, "wb") as raw,
        ThreadPoolExecutor(threads, thread_name_prefix="consult-deflate") as pool,
    ):
        with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            listed = [
                _add_member(
                    archive,
                    name,
                    source,
                    now,
                    _ParallelDeflate(pool, threads),
                    step,
                    sealed=encrypted and name != KEYS_MEMBER,
                )
                for name, source in members
            ]
            manifest = {
                "format": FORMAT,
                "created_at": now.astimezone(dt.UTC).isoformat(timespec="seconds"),
                "app_version": __version__,
                "schema_revision": revision,
                "members": listed,
            }
            if encrypted:
                manifest["keys"] = KEYS_MEMBER
            archive.writestr(_member_info(MANIFEST_MEMBER, now), json.dumps(manifest, indent=2))
        raw.flush()
        os.fsync(raw.fileno())


def _deflate_threads() -> int:
    """One compressing thread per processor this process may use but one: the copy's
    integrity check runs meanwhile on a thread of its own and takes longest, so it should
    not have to take turns with the compression for a processor."""
    if hasattr(os, "sched_getaffinity"):
        processors = len(os.sched_getaffinity(0))
    else:
        processors = os.cpu_count() or 1
    return max(1, processors - 1)


def _deflate_piece(data: bytes) -> bytes:
    """One piece of a member compressed on its own, ending on a byte boundary but not the
    stream (a sync flush): pieces laid end to end make one valid deflate stream, as pigz
    makes them. Each piece starts without the previous one's last 32 KiB to refer to, which
    costs under 1 % of the archive's size at 1 MiB a piece."""
    compressor = zlib.compressobj(_DEFLATE_LEVEL, zlib.DEFLATED, _RAW_DEFLATE)
    return compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)


class _ParallelDeflate:
    """Stands in for the compressor zipfile gives a member it writes (`compress`, `flush`):
    the pieces are compressed on several threads (zlib lets go of Python's lock) and come
    out in order. The zip holds an ordinary deflated member, which any unzip reads: a
    single-threaded compressor took 3.3 of the 6.4 s of a 100,000-patient backup."""

    def __init__(self, pool: ThreadPoolExecutor, threads: int) -> None:
        self._pool = pool
        # Enough pieces under way to keep every thread busy, few enough to bound memory.
        self._ahead = 2 * threads
        self._pending: deque[Future[bytes]] = deque()

    def compress(self, data: bytes) -> bytes:
        self._pending.append(self._pool.submit(_deflate_piece, bytes(data)))
        done = []
        while len(self._pending) > self._ahead or (self._pending and self._pending[0].done()):
            done.append(self._pending.popleft().result())
        return b"".join(done)

    def flush(self) -> bytes:
        done = [future.result() for future in self._pending]
        self._pending.clear()
        # An empty last block ends the stream (deflate's final-block bit).
        return (
            b"".join(done) + zlib.compressobj(_DEFLATE_LEVEL, zlib.DEFLATED, _RAW_DEFLATE).flush()
        )


def _member_info(name: str, now: dt.datetime, sealed: bool = False) -> zipfile.ZipInfo:
    """A member's header; `sealed` content (encrypted) is stored: it does not compress."""
    info = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
    if sealed or Path(name).suffix.lower() in _COMPRESSED_SUFFIXES:
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.compress_type = zipfile.ZIP_DEFLATED
        # Python 3.13 calls it compress_level; 3.11 and 3.12 read this one.
        info._compresslevel = _DEFLATE_LEVEL  # type: ignore[attr-defined]
    info.external_attr = (stat.S_IFREG | 0o600) << 16  # private when someone unzips it
    return info


def _add_member(
    archive: zipfile.ZipFile,
    name: str,
    source: Path,
    now: dt.datetime,
    deflate: _ParallelDeflate,
    step: Callable[[int], None] | None = None,
    sealed: bool = False,
) -> dict[str, object]:
    info = _member_info(name, now, sealed)
    with source.open("rb") as src, archive.open(info, "w", force_zip64=True) as dst:
        if info.compress_type == zipfile.ZIP_DEFLATED:
            # zipfile keeps the member's compressor here (3.11 to 3.13), made but not used yet.
            dst._compressor = deflate  # type: ignore[attr-defined]
        size, sha256 = _copy_hashing(src if step is None else _Told(src, step), dst, limit=None)
    return {"name": name, "size": size, "sha256": sha256}


def _copy_hashing(
    src: BinaryIO | _ArchiveReader | _Told, dst: BinaryIO, limit: int | None
) -> tuple[int, str]:
    """Copy in chunks; return size and SHA-256. Stops once more than `limit` bytes came."""
    digest = hashlib.sha256()
    size = 0
    while chunk := src.read(_CHUNK):
        size += len(chunk)
        if limit is not None and size > limit:
            break
        digest.update(chunk)
        dst.write(chunk)
    return size, digest.hexdigest()


@dataclass
class _Told:
    """A file being archived that tells `step` the size of each chunk read from it."""

    source: BinaryIO
    step: Callable[[int], None]

    def read(self, count: int) -> bytes:
        chunk = self.source.read(count)
        if chunk:
            self.step(len(chunk))
        return chunk


def _write_problem(error: Exception, folder: Path, outcome: str) -> StoreError:
    """A plain sentence for a failed write into `folder`."""
    code = getattr(error, "errno", None)
    text = str(error).lower()
    if code in {errno.ENOSPC, errno.EDQUOT} or "full" in text:
        return StoreError(
            f"the disk holding {folder} is full: {outcome}. Free some space, then try again"
        )
    if code in {errno.EROFS, errno.EACCES, errno.EPERM} or "readonly" in text:
        return StoreError(
            f"{folder} may not be written (read-only or not permitted): {outcome}. Check the "
            "folder's permissions or the drive, then try again"
        )
    reason = getattr(error, "strerror", None) or str(error)
    return StoreError(f"{folder} could not be written ({reason}): {outcome}")


# --- checking and restoring ----------------------------------------------------------------


def _refused(archive: Path, problem: str) -> UnusablePath:
    return UnusablePath(archive, f"{problem}; nothing was changed")


# What reading a broken or hostile zip raises: the archive's fault (exit 2), not the disk's.
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError)


@contextlib.contextmanager
def _reading(archive: Path) -> Iterator[None]:
    """Turn a failure to read `archive` into its refusal; writes are not wrapped."""
    try:
        yield
    except _READ_ERRORS as error:
        raise _refused(archive, f"is damaged or not a zip archive ({error})") from None
    except RuntimeError as error:  # zipfile's word for an encrypted member
        raise _refused(archive, f"cannot be read ({error})") from None
    except OSError as error:  # a bad offset in it, or a drive that cannot read it
        raise _refused(archive, f"cannot be read ({error.strerror or error})") from None


@dataclass
class _ArchiveReader:
    """A member being read: its read errors are the archive's (refused), not the disk's."""

    member: BinaryIO
    archive: Path

    def read(self, count: int) -> bytes:
        with _reading(self.archive):
            return self.member.read(count)


def _unpack(archive: Path, scratch: Path) -> None:
    """Check the archive's names, manifest and sizes, then extract it, checking every
    checksum."""
    with _reading(archive):
        opened = zipfile.ZipFile(archive)
    with opened:
        with _reading(archive):
            listed = _read_manifest(archive, opened)
        _check_sizes(archive, opened, listed, scratch)
        for name, (size, sha256) in listed.items():
            _extract_member(archive, opened, name, size, sha256, scratch)


def _check_sizes(
    archive: Path, opened: zipfile.ZipFile, listed: dict[str, tuple[int, str]], scratch: Path
) -> None:
    """Before anything is written: each member holds the bytes its manifest entry declares
    (compressed data present in the file, no more or less once unpacked), and they fit on
    the disk."""
    archive_size = archive.stat().st_size
    for name, (size, _sha256) in listed.items():
        info = opened.getinfo(name)
        if info.file_size != size:
            raise _refused(
                archive, f"{name} is declared as {size} bytes but holds {info.file_size}"
            )
        stored = info.compress_type == zipfile.ZIP_STORED
        if info.header_offset + info.compress_size > archive_size or (
            stored and info.compress_size != info.file_size
        ):
            raise _refused(archive, f"{name} is cut short: its bytes are not all in the archive")
    needed = sum(size for size, _sha256 in listed.values())
    free = shutil.disk_usage(scratch).free
    if needed > free:
        raise StoreError(
            f"the disk holding {scratch.parent} is full: the archive needs {needed:,} bytes, "
            f"{free:,} are free; nothing was changed. Free some space, then try again"
        )


def _safe(name: str) -> bool:
    """Only the names consult writes, and none that could land outside the target folder."""
    parts = name.split("/")
    if "\\" in name or ":" in name or any(part in {"", ".", ".."} for part in parts):
        return False
    kept = {DATABASE_MEMBER, MANIFEST_MEMBER, KEYS_MEMBER, *CERTIFICATE_FILES}
    return name in kept or (parts[0] == PHOTOS and len(parts) > 1)


def _read_manifest(archive: Path, opened: zipfile.ZipFile) -> dict[str, tuple[int, str]]:
    names = [info.filename for info in opened.infolist()]
    for name in names:
        if not _safe(name):
            raise _refused(archive, f"holds a member with an unsafe or unknown name ({name!r})")
    twice = [name for name, count in Counter(names).items() if count > 1]
    if twice:
        raise _refused(archive, f"holds {twice[0]} twice")
    if MANIFEST_MEMBER not in names:
        raise _refused(archive, f"has no {MANIFEST_MEMBER}: it is not a consult backup")
    if opened.getinfo(MANIFEST_MEMBER).file_size > _MANIFEST_MAX:
        raise _refused(archive, f"{MANIFEST_MEMBER} is too large")
    try:
        data = json.loads(opened.read(MANIFEST_MEMBER).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _refused(archive, f"{MANIFEST_MEMBER} is not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _refused(archive, f"{MANIFEST_MEMBER} is not a {FORMAT} manifest")
    listed = _listed_members(archive, data.get("members"))
    for name in listed:
        if name not in names:
            raise _refused(archive, f"{name} is listed in the manifest but missing")
    for name in names:
        if name != MANIFEST_MEMBER and name not in listed:
            raise _refused(archive, f"{name} is not listed in the manifest")
    if DATABASE_MEMBER not in listed:
        raise _refused(archive, f"holds no database ({DATABASE_MEMBER})")
    return listed


def _listed_members(archive: Path, members: object) -> dict[str, tuple[int, str]]:
    if not isinstance(members, list):
        raise _refused(archive, f"{MANIFEST_MEMBER}: members must be a list")
    listed: dict[str, tuple[int, str]] = {}
    for entry in members:
        entry = entry if isinstance(entry, dict) else {}
        name, size, sha256 = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not (
            isinstance(name, str)
            and isinstance(size, int)
            and not isinstance(size, bool)
            and size >= 0
            and isinstance(sha256, str)
            and _SHA256.fullmatch(sha256)
        ):
            raise _refused(archive, f"{MANIFEST_MEMBER}: each member needs name, size, sha256")
        if name in listed:
            raise _refused(archive, f"{MANIFEST_MEMBER} lists {name} twice")
        listed[name] = (size, sha256)
    return listed


def _extract_member(
    archive: Path, opened: zipfile.ZipFile, name: str, size: int, sha256: str, scratch: Path
) -> None:
    target = scratch.joinpath(*name.split("/"))
    folder = scratch
    for part in name.split("/")[:-1]:  # each level private (mkdir's parents= ignores mode)
        folder = folder / part
        if not folder.is_dir():
            folder.mkdir(mode=stat.S_IRWXU)
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as dst:
        with _reading(archive):
            src = opened.open(name)
        with src:
            # The limit keeps a hostile member from filling the disk before the check fails.
            found = _copy_hashing(_ArchiveReader(src, archive), dst, limit=size)
        dst.flush()
        os.fsync(dst.fileno())  # on disk before it replaces the live file
    if found != (size, sha256):
        raise _refused(archive, f"{name} does not match its checksum")


def _check_restored_database(archive: Path, path: Path, key: bytes | None = None) -> str:
    try:
        with closing(connect_sqlite(path, key)) as connection:
            problem = _integrity_problem(connection)
            revision = _revision(connection)
    except sqlite_errors() as error:
        problem, revision = str(error), None
    if problem:
        raise _refused(archive, f"{DATABASE_MEMBER} fails the integrity check ({problem})")
    if revision is None:
        raise _refused(archive, f"{DATABASE_MEMBER} is not a consult database (no schema revision)")
    if revision not in known_revisions():
        raise _refused(
            archive,
            f"it was written by a newer version of consult (schema {revision}); install that "
            "version or newer to restore it",
        )
    try:
        with closing(connect_sqlite(path, key)) as connection:
            found = schema_of(connection)
    except sqlite_errors() as error:
        raise _refused(archive, f"{DATABASE_MEMBER} cannot be read ({error})") from None
    difference = schema_difference(found, expected_schema(revision))
    if difference is not None:
        raise _refused(
            archive,
            f"{DATABASE_MEMBER} {difference}, which schema {revision} of consult does not have",
        )
    return revision


# (type, name, table, sql) for each table, index, trigger and view
SchemaRow = tuple[str, str, str, str | None]
_expected_schemas: dict[str, frozenset[SchemaRow]] = {}


def schema_of(connection: sqlite3.Connection) -> frozenset[SchemaRow]:
    """What `sqlite_master` holds, the SQL's whitespace made uniform. SQLite's statistics
    tables (made by ANALYZE or `PRAGMA optimize`) hold numbers only and are left out."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset(
        (str(kind), str(name), str(table), None if sql is None else " ".join(str(sql).split()))
        for kind, name, table, sql in rows
        if not str(name).startswith("sqlite_stat")
    )


def expected_schema(revision: str) -> frozenset[SchemaRow]:
    """The schema consult's migrations create at `revision`, made once per process in an
    empty scratch file: the only schema a restored database may have (a trigger or view
    more could act on every later save)."""
    if revision not in _expected_schemas:
        from alembic import command
        from sqlalchemy import create_engine

        from consult.store.database import alembic_config

        with tempfile.TemporaryDirectory(prefix=".consult-schema-") as folder:
            reference = Path(folder) / "reference.sqlite3"
            engine = create_engine(f"sqlite:///{reference}")
            try:
                command.upgrade(alembic_config(engine), revision)
            finally:
                engine.dispose()
            with closing(connect_sqlite(reference)) as connection:
                _expected_schemas[revision] = schema_of(connection)
    return _expected_schemas[revision]


def schema_difference(found: frozenset[SchemaRow], expected: frozenset[SchemaRow]) -> str | None:
    """The first difference between two schemas in a few words (None when equal)."""
    by_name = {(row[0], row[1]): row for row in expected}
    for row in sorted(found - expected, key=lambda row: (row[0], row[1])):
        kind, name = row[0], row[1]
        if (kind, name) in by_name:
            return f"has a different {_word(kind)} {_shown(name)}"
        return f"has an extra {_word(kind)} {_shown(name)}"
    for kind, name, _table, _sql in sorted(expected - found):
        return f"lacks the {_word(kind)} {_shown(name)}"
    return None


def _word(kind: str) -> str:
    return kind if kind in {"table", "index", "trigger", "view"} else "schema entry"


def _shown(name: str) -> str:
    """A name from a hostile file, short and escaped for one line."""
    return repr(name if len(name) <= 40 else f"{name[:37]}...")


def _integrity_problem(connection: sqlite3.Connection) -> str | None:
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
    except sqlite_errors() as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(str(row) for row in rows[:3])


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite_errors():
        return None
    return rows[0][0] if len(rows) == 1 else None


def _journal_files(database: Path) -> Iterator[Path]:
    for suffix in ("-wal", "-shm", "-journal"):
        yield database.with_name(database.name + suffix)


def _aside_path(path: Path, now: dt.datetime) -> Path:
    candidate = path.with_name(f"{path.name}.replaced-{now.strftime(_STAMP)}")
    counter = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.replaced-{now.strftime(_STAMP)}-{counter}")
        counter += 1
    return candidate


def _keep_damaged(database: Path, kept: Path) -> None:
    """A damaged file is kept byte for byte, with its journal files, for a later rescue."""
    for source in (database, *_journal_files(database)):
        if source.exists():
            target = kept.with_name(kept.name + source.name[len(database.name) :])
            make_private_file(target)
            shutil.copyfile(source, target)


def _claim(database: Path, key: bytes | None = None) -> sqlite3.Connection:
    """Take the database from every other window or room before it is replaced.

    Its -wal is merged into the file and the file switched out of WAL mode, which SQLite
    refuses while any other connection has it open (an idle window included); the exclusive
    lock then keeps newcomers out until the new file is in place. Raises `StoreError`.
    """
    in_use = StoreError(
        f"the database {database} is in use in another window or room: close consult "
        "there, then restore again; nothing was changed"
    )
    guard = connect_sqlite(database, key, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        busy = guard.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        mode = guard.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        if busy or mode != "delete":
            raise in_use
        guard.execute("BEGIN EXCLUSIVE")
    except sqlite_errors():
        guard.close()
        raise in_use from None
    except StoreError:
        guard.close()
        raise
    return guard


def _fsync_folder(folder: Path) -> None:
    """Make the renames in `folder` survive a power cut (POSIX; Windows has no folder fsync)."""
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _put_in_place(
    scratch: Path,
    database: Path,
    photos: Path,
    now: dt.datetime,
    revision: str,
    key: bytes | None = None,
    archive_key: bytes | None = None,
) -> Restored:
    kept_database = None
    kept_photos = None
    guard = None
    moved_journals: list[tuple[Path, Path]] = []
    marker = restore_marker(database)
    folder = database.parent
    # The certificate files the archive carries, and where each one there now is kept.
    certificate = {
        name: _aside_path(folder / name, now) if (folder / name).exists() else None
        for name in CERTIFICATE_FILES
        if (scratch / name).is_file()
    }
    if database.is_file() and database.stat().st_size > 0:
        kept_database = _aside_path(database, now)
        require_key(database, key)
    # The key file goes with the database it opens: the current one beside the kept copy,
    # the archive's (if any) beside the restored file. A plain archive leaves none.
    keys = key_file(database)
    if keys.exists() or (scratch / keys.name).exists():
        aside = key_file(kept_database) if kept_database is not None else _aside_path(keys, now)
        certificate[keys.name] = aside if keys.exists() else None
    try:
        listed: list[tuple[int, str, str]] | None = []
        if kept_database is not None:
            try:
                _check_sqlite_file(database, key=key)
            except DamagedDatabase:
                _keep_damaged(database, kept_database)
                listed = None
            else:
                guard = _claim(database, key)
                # Nobody else may write now and the file holds everything: a plain copy.
                make_private_file(kept_database)
                shutil.copyfile(database, kept_database)
                listed = _erasure_list(guard)
        # Before anything is swapped: the restored file goes in with the erasures made since.
        again, revision = _reapply_erasures(scratch, listed or [], revision, archive_key)
        if photos.exists():
            kept_photos = _aside_path(photos, now)
        # Before the first swap: a restore killed between its swaps is rolled back at the
        # next start (recover_interrupted_restore) from what this says.
        _write_marker(marker, scratch, kept_database, photos, kept_photos, certificate)
        if kept_photos is not None:
            os.replace(photos, kept_photos)
        if (scratch / PHOTOS).is_dir():
            os.replace(scratch / PHOTOS, photos)
        else:
            make_private_dir(photos)
        for name, kept in certificate.items():
            if kept is not None:
                os.replace(folder / name, kept)
            if (scratch / name).exists():
                os.replace(scratch / name, folder / name)
        # A journal left beside the new file would be replayed into it. It is moved aside,
        # not deleted, so a failure below can put it back (a damaged file's -wal may hold
        # the newest records).
        for journal in _journal_files(database):
            if journal.exists():
                parked = scratch / f"parked{journal.name[len(database.name) :]}"
                os.replace(journal, parked)
                moved_journals.append((parked, journal))
        os.replace(scratch / DATABASE_MEMBER, database)
        _fsync_folder(database.parent)
        marker.unlink()
        _fsync_folder(database.parent)
    except BaseException:
        for parked, journal in moved_journals:
            os.replace(parked, journal)
        _undo(database, kept_database, photos, kept_photos, scratch)
        _put_certificate_back(folder, scratch, certificate)
        marker.unlink(missing_ok=True)
        raise
    finally:
        if guard is not None:
            guard.close()
    return Restored(
        database,
        kept_database,
        kept_photos,
        revision,
        tuple(kept for kept in certificate.values() if kept is not None),
        again,
        erasures_unread=listed is None,
    )


def _put_certificate_back(folder: Path, scratch: Path, certificate: dict[str, Path | None]) -> None:
    """A restore rolled back: the archive's certificate files leave the data folder (into
    the working folder, removed after) and the ones kept aside go back."""
    for name, kept in certificate.items():
        if not (scratch / name).exists() and (folder / name).exists():
            os.replace(folder / name, scratch / name)
        if kept is not None and kept.exists():
            os.replace(kept, folder / name)


def _erasure_list(connection: sqlite3.Connection) -> list[tuple[int, str, str]]:
    """The erasure list of the database being replaced (none before schema 0008)."""
    try:
        rows = connection.execute("SELECT patient_id, erased_at, erased_by FROM erasure").fetchall()
    except sqlite_errors():  # no such table: a database from before erasures
        return []
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


def _reapply_erasures(
    scratch: Path, listed: list[tuple[int, str, str]], revision: str, key: bytes | None = None
) -> tuple[int, str]:
    """Erase again, in the restored copy, the patients of the replaced database's erasure
    list, rows and photo folders: a backup made before an erasure brings nobody back.
    The copy is first brought to the current schema (which has the erasure list). Returns
    how many patients were erased again and the copy's schema revision."""
    if not listed:
        return 0, revision
    from consult.store.database import open_database
    from consult.store.erasure import ErasureEntry, merge

    copy = scratch / DATABASE_MEMBER
    database = open_database(f"sqlite:///{copy}", key=key)
    try:
        with database.write() as session:
            merged = merge(
                session,
                [
                    ErasureEntry(patient_id, dt.datetime.fromisoformat(at), by)
                    for patient_id, at, by in listed
                ],
            )
    finally:
        database.engine.dispose()
    revision = _standalone_copy(copy, copy, key)
    for scratch_file in scratch.glob(f"{DATABASE_MEMBER}?*"):  # the upgrade's copy aside
        remove_tree(scratch_file)
    for patient_id in merged.erased:
        remove_tree(scratch / PHOTOS / str(patient_id))
    return len(merged.again), revision


def _write_marker(
    marker: Path,
    scratch: Path,
    kept_database: Path | None,
    photos: Path,
    kept: Path | None,
    certificate: dict[str, Path | None],
) -> None:
    record = {
        "pid": os.getpid(),
        "scratch": scratch.name,
        "kept_database": kept_database.name if kept_database else None,
        "photos_existed": kept is not None,
        "kept_photos": kept.name if kept else None,
        "certificate": {name: path.name if path else None for name, path in certificate.items()},
    }
    fd = os.open(marker, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(record, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _fsync_folder(marker.parent)


def recover_interrupted_restore(database: Path, photos: Path) -> str | None:
    """Finish or roll back a restore that was killed between its swaps; say what was done
    in one line (also logged), or None when there was nothing to do.

    The new database is the last thing put in place: once it is there the restore is
    finished, and only its working folder is removed. Before that, the previous photos and
    journal files go back, so the database and photos are again as they were before it.
    """
    marker = restore_marker(database)
    if not marker.exists():
        return None
    folder = database.parent
    try:
        record = json.loads(marker.read_text(encoding="utf-8"))
        pid = int(record["pid"])
        scratch = folder / _plain_name(record["scratch"])
        kept_database = record.get("kept_database")
        kept_photos = record.get("kept_photos")
        photos_existed = bool(record.get("photos_existed"))
        # A marker written before archives carried the certificate has none.
        certificate = {
            name: folder / _plain_name(kept) if kept is not None else None
            for name, kept in (record.get("certificate") or {}).items()
            if name in (*CERTIFICATE_FILES, key_file(database).name)
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise StoreError(
            f"{marker} is left by an interrupted restore but cannot be read: check that "
            f"{database} and {photos} are the ones wanted, then remove {marker}"
        ) from None
    if pid != os.getpid() and _alive(pid, marker):
        raise StoreError(
            f"a restore into {database} is under way in another process: try again when it "
            "has finished"
        )
    if not (scratch / DATABASE_MEMBER).exists():
        remove_tree(scratch)
        marker.unlink(missing_ok=True)
        said = f"an interrupted restore into {database} had put everything in place: finished"
    else:
        for suffix in ("-wal", "-shm", "-journal"):
            parked = scratch / f"parked{suffix}"
            journal = database.with_name(database.name + suffix)
            if parked.exists() and not journal.exists():
                os.replace(parked, journal)
        if kept_photos is not None and (folder / _plain_name(kept_photos)).exists():
            if photos.exists():
                os.replace(photos, scratch / f"{PHOTOS}.unused")
            os.replace(folder / _plain_name(kept_photos), photos)
        elif not photos_existed and photos.exists() and not (scratch / PHOTOS).exists():
            os.replace(photos, scratch / f"{PHOTOS}.unused")  # the restored ones, put back
        _put_certificate_back(folder, scratch, certificate)
        if kept_database is not None:  # the copy made by this restore, and only that one
            copy = folder / _plain_name(kept_database)
            for made in (copy, *_journal_files(copy)):
                made.unlink(missing_ok=True)
        _fsync_folder(folder)
        remove_tree(scratch)
        marker.unlink(missing_ok=True)
        said = (
            f"an interrupted restore into {database} was rolled back: the database and photos "
            "are as they were before it"
        )
    _fsync_folder(folder)
    log.warning("%s", said)
    return said


def _plain_name(name: object) -> str:
    """A name from the marker file, refused if it could point outside the data folder."""
    if not isinstance(name, str) or not name or "/" in name or "\\" in name or name in {".", ".."}:
        raise ValueError("not a plain file name")
    return name


def _alive(pid: int, path: Path) -> bool:
    """Whether the process that wrote `path` may still be working on it."""
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return False
        except OSError:  # it exists, under another user
            return True
        return True
    # On Windows os.kill would end the process: the age of the file decides there.
    try:
        age = dt.datetime.now().timestamp() - path.stat().st_mtime
    except OSError:
        return False
    return age < _STALE_SECONDS


def sweep_stale_work(folder: Path) -> None:
    """Remove the working folders and half-written archives that a killed backup or restore
    left in `folder`; those of a process still running (another window) stay."""
    if not folder.is_dir():
        return
    for entry in folder.iterdir():
        match = _SCRATCH.fullmatch(entry.name)
        if match is not None:
            stale = not _alive(int(match[1]), entry)
        elif _OLD_WORK.fullmatch(entry.name):  # named before the process id was in it
            try:
                age = dt.datetime.now().timestamp() - entry.lstat().st_mtime
            except OSError:
                continue
            stale = age > _STALE_SECONDS
        else:
            continue
        if stale:
            remove_tree(entry)


def _undo(
    database: Path,
    kept_database: Path | None,
    photos: Path,
    kept_photos: Path | None,
    scratch: Path,
) -> None:
    """After a failed restore: put the previous photos back, drop the half-made copies."""
    if kept_photos is not None and kept_photos.exists():
        if photos.exists():
            os.replace(photos, scratch / f"{PHOTOS}.unused")
        os.replace(kept_photos, photos)
    if kept_database is not None:
        for copy in (kept_database, *_journal_files(kept_database)):
            copy.unlink(missing_ok=True)
