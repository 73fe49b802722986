"""Opening the database: engine, pragmas, private files, migrations at start."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be used; the message says which file and what to do."""


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker[Session]
    path: Path | None  # the SQLite file, None for a server database


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) readable by the user only."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(stat.S_IRWXU)


def make_private_file(path: Path) -> None:
    """Create `path` empty if missing, readable and writable by the user only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    if os.name == "posix":
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database before anything writes to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is damaged or not a consult database ({error})") from None
    if result is None or result[0] != "ok":
        raise StoreError(f"{path} is damaged (integrity check: {result[0] if result else '?'})")


def open_database(url: str, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at `url` and bring its schema to head."""
    path = sqlite_path(url)
    if path is not None:
        make_private_dir(path.parent)
        _check_sqlite_file(path)
        make_private_file(path)
    engine = create_engine(url)
    if path is not None:
        event.listen(engine, "connect", _on_connect)
    try:
        if migrate:
            upgrade(engine, path)
    except (OperationalError, DatabaseError) as error:
        engine.dispose()
        where = path if path is not None else make_url(url).render_as_string(hide_password=True)
        raise StoreError(f"cannot open the database {where}: {error.orig}") from None
    return Database(engine, sessionmaker(engine, expire_on_commit=False), path)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, path: Path | None) -> None:
    """Migrate to head; copy the file aside first; refuse a database newer than this app."""
    config = alembic_config(engine)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise StoreError(
            f"the database{f' {path}' if path else ''} was written by a newer version of consult "
            f"(schema {current}); install that version or newer to open it"
        )
    if path is not None and current is not None:
        backup = path.with_name(f"{path.name}.before-{head}")
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy2(path, backup)
        backup.chmod(stat.S_IRUSR | stat.S_IWUSR)
    command.upgrade(config, "head")
