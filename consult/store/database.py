"""Opening the database: engine, pragmas, private files, migrations at start."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import QueuePool

from consult.store.clinic_file import read_only_uri
from consult.store.compact import json_text
from consult.store.connection import (
    SILENT_CIPHER,
    connect_sqlite,
    require_key,
    sqlite_errors,
    wrong_key,
)
from consult.store.connection import (
    is_encrypted as is_encrypted,
)
from consult.store.errors import (
    ConflictError,
    DamagedDatabase,
    SchemaMismatch,
    StoreError,
    problem_of,
)
from consult.store.revisions import MIGRATIONS, shipped_revisions

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_MS = 10_000
log = logging.getLogger(__name__)
_WRITE = "consult_write"


def _problem(error: DatabaseError, where: str) -> StoreError:
    """A plain sentence for what SQLite or PostgreSQL reported; nothing was saved."""
    return problem_of(error.orig, where)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


@dataclass
class FileGuard:
    """The SQLite file and its write-ahead log as consult opened them.

    SQLite's locks are POSIX locks, dropped for the whole process when any handle on the file
    is closed, even one opened by other code (a file dialog looking at the folder, say).
    Another program may then replace the file or remove the log while consult holds it open,
    and what consult writes next goes to a file nobody will read again. So every write first
    checks that the file and its log are still the ones opened, and refuses otherwise.
    """

    path: Path
    seen: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None)

    def _now(self) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        return _identity(self.path), _identity(self.path.with_name(f"{self.path.name}-wal"))

    def note(self) -> None:
        """The files as they are now, with a connection open: the ones to write to."""
        self.seen = self._now()

    def check(self, holding: bool) -> None:
        """Refuse to write when the files changed while this process held a connection
        (`holding`); without one, SQLite itself removes the log and makes a new one."""
        now = self._now()
        if not holding or now == self.seen or (self.seen[1] is None and now[0] == self.seen[0]):
            self.seen = now  # the log appears with the first write after opening
            return
        raise StoreError(
            f"the database {self.path} was replaced, or its journal removed, by another "
            "program while consult had it open: nothing more is saved, so that nothing is "
            "lost without a word. Close consult and start it again, then check the last "
            "changes (what was typed since the last save may need typing again)"
        )


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, None for a server database
    guard: FileGuard | None = None  # for an SQLite file
    # False when the start read only the schema and first pages of a large file: the
    # window then runs `quick_check` in the background.
    fully_checked: bool = True

    @property
    def where(self) -> str:
        """The database as named in messages (a server URL without its password)."""
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        try:
            with self.sessions() as session:
                yield session
        except (OperationalError, DatabaseError) as error:
            raise _problem(error, self.where) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action: all of it is committed, or none of it.

        On SQLite the transaction takes the write lock at its start (BEGIN IMMEDIATE), so two
        processes queue for up to the busy timeout instead of failing half-way.
        """
        if self.guard is not None:
            pool = self.engine.pool  # a QueuePool for an SQLite file
            self.guard.check(holding=pool.checkedin() + pool.checkedout() > 0)
        try:
            writer = self.engine.execution_options(**{_WRITE: True})
            with self.sessions(bind=writer) as session, session.begin():
                yield session
        except StaleDataError:
            raise ConflictError(
                "this record was changed in another window or room since it was opened: "
                "nothing was saved. Open it again to see the change"
            ) from None
        except (OperationalError, DatabaseError) as error:
            raise _problem(error, self.where) from None


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # consult starts every transaction itself (see _on_begin); the driver's own is off.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _on_connect_keyed(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Before the first page is read (the journal mode): a wrong key prints nothing.
    dbapi_connection.execute(SILENT_CIPHER)


def _on_begin(connection: Connection) -> None:
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_private_dir(folder: Path) -> None:
    """Create `folder` and any missing parents readable by the user only (0700).

    A folder that already exists keeps its mode: it may be shared on purpose (a clinic's
    backup drive, say), and only its owner decides who reads it.
    """
    missing = []
    for level in (folder, *folder.parents):
        if level.exists():
            break
        missing.append(level)
    for level in reversed(missing):
        try:
            level.mkdir(mode=stat.S_IRWXU)
        except FileExistsError:  # made meanwhile by another process: not ours to change
            continue
        if os.name == "posix":  # the umask may have taken more off, never less: exactly 0700
            level.chmod(stat.S_IRWXU)
    if not folder.is_dir():
        folder.mkdir()  # raises the plain error (a file of that name, say)


_warned_open: set[Path] = set()


def warn_if_shared(folder: Path) -> None:
    """Say once per process that `folder`, holding patient data, is open to other users."""
    if os.name != "posix" or folder in _warned_open:
        return
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        _warned_open.add(folder)
        log.warning(
            "%s holds patient data and other users of this computer may open it (mode %s); "
            "consult leaves it as it is: make it private with chmod 700 if that is not meant",
            folder,
            oct(mode),
        )


def make_private_file(path: Path) -> None:
    """Create `path` empty (0600) if missing; take group and other access off an existing one
    (without making a read-only file writable)."""
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix":
        path.chmod(stat.S_IMODE(path.stat().st_mode) & stat.S_IRWXU)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config  # only to migrate: Alembic is slow to import

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


_HEADER = b"SQLite format 3\x00"
# A full check reads every page: fine for a clinic's file, too slow at every start for a large
# one (0.8 s for 100,000 patients). Above this size the start reads the schema and the first
# page of every table and index; the window runs the full check once it shows.
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
# SQLite's own words for a damaged file (primary result codes): nothing else is damage.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def _header_problem(path: Path, size: int) -> str | None:
    """What looks wrong with the file's SQLite header (magic, page size, page count).

    Only a suspicion: the page count runs ahead of the file while another connection
    checkpoints the log, and after a full disk whose pages are still in the log.
    """
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_HEADER):
        return "not an SQLite database"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "bad page size in the header"
    pages = int.from_bytes(header[28:32], "big")
    # The page count is only trusted when written by a recent SQLite (offsets 24 and 92 match).
    if header[24:28] == header[92:96] and size < pages * page_size:
        return f"truncated: {size} bytes of {pages * page_size}"
    return None


def is_damage(error: Exception) -> bool:
    """True when SQLite itself says the file is damaged or not a database (not busy, not
    read-only, not a full disk)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # an error raised before SQLite answered: judged by its words
        text = str(error).lower()
        return "malformed" in text or "not a database" in text
    return code & 0xFF in {_SQLITE_CORRUPT, _SQLITE_NOTADB}


def integrity_summary(rows: list[str]) -> str | None:
    """SQLite's integrity report in one line (None when it says ok); the whole report goes
    to the log. It names pages, tables and indexes only, never a record's content."""
    if rows == ["ok"]:
        return None
    log.info("SQLite integrity report (%d lines): %s", len(rows), " | ".join(rows))
    first = rows[0] if rows else "no answer"
    first = first if len(first) <= 120 else f"{first[:117]}..."
    more = f" and {len(rows) - 1} more problems" if len(rows) > 1 else ""
    return f"{first}{more}"


def _connect_read_only(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    return connect_sqlite(
        f"{path.resolve().as_uri()}?mode=ro", key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )


def _first_pages(connection: sqlite3.Connection) -> None:
    """Read the schema and the first row of every table and through every index: cheap, and
    it touches the pages a start needs. Raises what SQLite raises about damage only (a
    partial index, say, may refuse to be read this way: that is no damage)."""
    rows = connection.execute(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"
    ).fetchall()
    for kind, name, table in rows:
        quoted, index = ('"' + str(text).replace('"', '""') + '"' for text in (table, name))
        if kind == "table" and not name.startswith("sqlite_"):
            statement = f"SELECT 1 FROM {quoted} LIMIT 1"
        elif kind == "index" and not table.startswith("sqlite_"):
            statement = f"SELECT 1 FROM {quoted} INDEXED BY {index} LIMIT 1"
        else:
            continue
        try:
            connection.execute(statement).fetchall()
        except sqlite_errors() as error:
            if is_damage(error):
                raise


def quick_check(path: Path, key: bytes | None = None) -> str | None:
    """SQLite's `quick_check` of the whole file: None when healthy, else its report in one
    line. Raises `StoreError` when the file cannot be read for another reason (busy), and
    `WrongKey` when an encrypted file does not open with `key`."""
    try:
        with closing(_connect_read_only(path, key)) as connection:
            if key is not None:
                _opens_with_key(connection, path)
            rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    except sqlite_errors() as error:
        if is_damage(error):
            return integrity_summary([str(error)])
        raise _unreadable(path, error) from None
    return integrity_summary(rows)


def _opens_with_key(connection: sqlite3.Connection, path: Path) -> None:
    """Read the first page of an encrypted file: a failure there is the key's, not damage."""
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlite_errors() as error:
        if is_damage(error):
            raise wrong_key(path) from None
        raise


def _unreadable(path: Path, error: Exception) -> StoreError:
    return StoreError(
        f"the database {path} could not be read just now ({error}); nothing was changed. "
        "Try again in a moment"
    )


def _check_sqlite_file(
    path: Path, header: bool = True, full: bool | None = None, key: bytes | None = None
) -> bool:
    """Refuse a damaged file before anything writes to it; return whether every page was
    checked (`full`; by default when the file is small enough to check at every start).

    The file is called damaged only on SQLite's word: a header that looks wrong is checked by
    `PRAGMA quick_check` before anything is said. `header=False` leaves out the reading of
    its first bytes, for a file this process may hold open through SQLite: closing any other
    handle on it would drop SQLite's locks. An encrypted file (`key`) has no header to read:
    it is checked with its key, and one the key does not open is never called damaged.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return True
    if size == 0:
        return True
    suspicion = _header_problem(path, size) if header and key is None else None
    full = size <= QUICK_CHECK_MAX_BYTES if full is None else full
    problem = None
    try:
        if not full and suspicion is None:
            with closing(_connect_read_only(path, key)) as connection:
                if key is not None:
                    _opens_with_key(connection, path)
                _first_pages(connection)
    except sqlite_errors() as error:
        if not is_damage(error):
            raise _unreadable(path, error) from None
        problem = integrity_summary([str(error)])
    if full or suspicion is not None or problem is not None:
        problem = quick_check(path, key)
        full = True
    if problem is not None:
        seen = f"; {suspicion}" if suspicion else ""
        problem = f"{problem}{seen}"
        raise DamagedDatabase(path, f"{path} is damaged or not a consult database ({problem})")
    return full


def driver_url(url: str) -> URL:
    """`url` with its driver: `postgresql://` and `postgres://` use psycopg (version 3)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        # The text may hold a password: it is not repeated.
        raise StoreError(
            "the database address could not be read: give a file path or a URL such as "
            "postgresql://user:password@host/database"
        ) from None
    if parsed.drivername in {"postgresql", "postgres"}:
        return parsed.set(drivername="postgresql+psycopg")
    return parsed


def _key_password(key: bytes) -> str:
    """The raw `key` as SQLAlchemy's SQLCipher dialect passes it to `PRAGMA key`."""
    return f"x'{key.hex()}'"


def open_database(url: str, migrate: bool = True, key: bytes | None = None) -> Database:
    """Open (creating if needed) the database at `url` and bring its schema to head; an
    SQLite file with the raw data `key` is opened (or created) encrypted with SQLCipher.

    An encrypted file (its key file beside it) asked for without a key raises
    `EncryptedDatabase`; one the key does not open, `WrongKey` (never `DamagedDatabase`).
    Whoever creates an encrypted file writes its key file (`KeySlots.save`)."""
    target = driver_url(url)
    path = sqlite_path(url)
    fully_checked = True
    if path is not None and key is not None:
        target = URL.create("sqlite+pysqlcipher", password=_key_password(key), database=str(path))
    if path is not None:
        try:
            make_private_dir(path.parent)
            warn_if_shared(path.parent)
            require_key(path, key)
            fully_checked = _check_sqlite_file(path, key=key)
            make_private_file(path)
        except OSError as error:
            raise StoreError(
                f"the database {path} cannot be opened ({error.strerror}): check that its "
                "folder exists and may be written"
            ) from None
    engine = _engine(target)
    if path is not None:
        if key is not None:
            event.listen(engine, "connect", _on_connect_keyed)
        event.listen(engine, "connect", _on_connect)
        event.listen(engine, "begin", _on_begin)
    guard = FileGuard(path) if path is not None else None
    database = Database(
        engine, sessionmaker(engine, expire_on_commit=False), path, guard, fully_checked
    )
    try:
        if migrate:
            upgrade(engine, path, key)
        if guard is not None:
            with engine.connect() as connection:  # stays open in the pool: the log too
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master")
            guard.note()
    except DatabaseError as error:
        engine.dispose()
        problem = _problem(error, database.where)
        if path is not None and key is not None and "damaged" in str(problem):
            raise wrong_key(path) from None
        if path is not None and "damaged" in str(problem):
            raise DamagedDatabase(path, f"{path} is damaged ({error.orig})") from None
        raise problem from None
    except StoreError:
        engine.dispose()
        raise
    return database


def _engine(target: URL) -> Engine:
    where = target.render_as_string(hide_password=True)
    # SQLAlchemy's SQLCipher dialect pools one connection per thread by default; an
    # encrypted file is pooled as a plain one is (the file guard counts the pool's).
    pooling = {"poolclass": QueuePool} if target.drivername == "sqlite+pysqlcipher" else {}
    try:
        return create_engine(target, json_serializer=json_text, **pooling)
    except NoSuchModuleError:
        raise StoreError(
            f"consult cannot open the database {where}: give a file path, an sqlite:/// "
            "or a postgresql:// URL"
        ) from None
    except ImportError:
        hint = ""
        if target.get_backend_name() == "postgresql":
            hint = ": install consult with its postgresql extra (pip install '.[postgresql]')"
        raise StoreError(f"the driver for the database {where} is not installed{hint}") from None


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # As `_on_connect`, less what would write: the journal mode is the file's own.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def open_read_only(url: str, key: bytes | None = None) -> Database:
    """Open the database at `url` to read it only: never created, migrated or written (an
    SQLite file is opened read-only, and immutable while nobody writes to it, so not even a
    journal file is made beside it). Raises `SchemaMismatch` when its schema is not this
    consult's head (it is not upgraded), `StoreError` when it cannot be read; an encrypted
    file is read with the raw data `key` (`EncryptedDatabase` without it)."""
    path = sqlite_path(url)
    if path is not None:
        if not path.is_file():
            raise StoreError(f"no database is at {path}")
        require_key(path, key)
        uri = read_only_uri(path)
        # SQLAlchemy's SQLCipher dialect keys each connection again with the URL's key:
        # the same key twice is harmless, an empty one would be refused.
        dialect = URL.create("sqlite")
        if key is not None:
            dialect = URL.create("sqlite+pysqlcipher", password=_key_password(key))
        engine = create_engine(
            dialect,
            creator=lambda: connect_sqlite(uri, key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000),
            json_serializer=json_text,
        )
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
    else:
        engine = _engine(driver_url(url))
    database = Database(engine, sessionmaker(engine, expire_on_commit=False), path)
    try:
        current = current_revision(engine)
    except DatabaseError as error:
        engine.dispose()
        problem = _problem(error, database.where)
        if path is not None and key is not None and "damaged" in str(problem):
            raise wrong_key(path) from None
        raise problem from None
    revisions = shipped_revisions()
    if current == revisions.head:
        return database
    engine.dispose()
    if current is None:
        problem = "holds no consult records"
    elif current not in revisions.known:
        problem = (
            f"was written by a newer version of consult (schema {current}); install that "
            "version or newer to read it"
        )
    else:
        problem = (
            f"is at schema {current}, older than this consult's ({revisions.head}), and was "
            "left as it is: open it with consult once (which upgrades it), then try again"
        )
    raise SchemaMismatch(f"the database {database.where} {problem}")


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at; None for an empty database."""
    with engine.connect() as connection:
        if not engine.dialect.has_table(connection, "alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    return rows[0][0] if rows else None


def upgrade(engine: Engine, path: Path | None, key: bytes | None = None) -> None:
    """Migrate to head; copy the file aside first (encrypted with `key` as the file is);
    refuse a database newer than this app."""
    revisions = shipped_revisions()
    head = revisions.head
    current = current_revision(engine)
    if current == head:
        return
    if current is not None and current not in revisions.known:
        where = path or engine.url.render_as_string(hide_password=True)
        raise StoreError(
            f"the database {where} was written by a newer version of consult "
            f"(schema {current}); install that version or newer to open it"
        )
    if path is not None and current is not None:
        _copy_aside(path, head, key)
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    if path is not None and current is not None:
        engine.dispose()  # no connection of the pool may hold the file while it is rewritten
        _give_back_freed_space(path, key)


# An upgrade that leaves more than this share of the file unused (0003 keeps plans in a
# quarter of the space) rewrites the file once, so it shrinks: SQLite reuses freed pages but
# never returns them to the disk by itself.
FREED_SHARE = 0.25


def _give_back_freed_space(path: Path, key: bytes | None = None) -> None:
    with closing(connect_sqlite(path, key, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        free = connection.execute("PRAGMA freelist_count").fetchone()[0]
        if free <= pages * FREED_SHARE:
            return
        try:
            connection.execute("VACUUM")
        except sqlite_errors() as error:
            # The upgrade is done and whole; the file only stays larger than it need be.
            log.warning("the updated database %s keeps its former size: %s", path, error)


def _copy_aside(path: Path, head: str, key: bytes | None = None) -> None:
    """Keep the file as it was before an upgrade; an earlier copy is never overwritten. The
    copy of an encrypted file is encrypted with the same key (its key file is the file's:
    the key slots are copied beside it, so each copy opens on its own)."""
    target = path.with_name(f"{path.name}.before-{head}")
    if target.exists():
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.before-{head}-{stamp}")
    try:
        copy_sqlite(path, target, key=key)
        if key is not None:
            _copy_key_file(path, target)
    except (OSError, *sqlite_errors()) as error:
        target.unlink(missing_ok=True)
        raise StoreError(
            f"the database {path} was not updated: its copy could not be made beside it "
            f"({error}). Free some space, then start consult again"
        ) from None


# Pages copied per step of a backup: between steps a request to stop is heard, and another
# program may write (the copy then starts again from its first page).
_COPY_STEP_PAGES = 16_384


def _copy_key_file(database: Path, copy: Path) -> None:
    from consult.store.keyslots import KeySlots, key_file

    KeySlots.load(key_file(database)).save(key_file(copy))


def copy_sqlite(source: Path, target: Path, durable: bool = True, key: bytes | None = None) -> None:
    """A consistent copy of a live SQLite file (online backup API), private to the user;
    on the disk when this returns if `durable` (a scratch copy need not be). An encrypted
    file (`key`) is copied encrypted with the same key, page by page: nothing plain is
    written."""
    make_private_file(target)
    source_uri = f"{source.resolve().as_uri()}?mode=ro"
    with (
        closing(connect_sqlite(source_uri, key, uri=True)) as src,
        closing(connect_sqlite(target, key)) as dst,
    ):
        # The target is new and useless until complete (a failed copy is removed): no
        # rollback journal and no flush at every step of the copy, one flush at its end.
        dst.execute("PRAGMA journal_mode=OFF")
        dst.execute("PRAGMA synchronous=OFF")
        # A Python callback between steps lets a signal's handler (stop) run there.
        src.backup(dst, pages=_COPY_STEP_PAGES, progress=lambda *_: None)
    if durable:
        with target.open("rb+") as copied:
            os.fsync(copied.fileno())
