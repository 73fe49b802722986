"""Accounts read, and sign-ins written to the audit log, with the standard library's sqlite3
(SQLCipher's, for an encrypted file): no SQLAlchemy, no Alembic.

Every command first asks whether the database needs a password, and then signs in. Opening
it through the store for that would import SQLAlchemy and Alembic (about 0.6 s), which
`consult handout` otherwise never needs for a file on this computer, and for a plain file
asked only whether it has accounts it would migrate or write the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consult.domain.access import Account, Role
from consult.store.clinic_file import read_only_uri
from consult.store.errors import StoreError, problem_of

if TYPE_CHECKING:
    import sqlite3

# As long as the store waits for another room's write (database.BUSY_TIMEOUT_MS).
_BUSY_SECONDS = 10.0
# A restore killed between its swaps leaves this beside the database (see store.backup):
# the store finishes it before anything is read.
_ACCOUNT = "id, username, display_name, role, active, practitioner_id, pin_hash"

# An audit event of the accounts (record type "account", no record id): actor, action, detail.
AccountEvent = tuple[str, str, str | None]


def file_has_accounts(path: Path) -> bool | None:
    """Whether the plain SQLite file `path` has an account, read without writing anything
    (no schema migrated, no log file left); None when it cannot be read that way (damaged,
    say: opening it through the store then says why)."""
    import sqlite3  # only for a file on this computer

    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'account'"
            ).fetchone()
            if found is None:
                return False
            return connection.execute("SELECT count(*) FROM account").fetchone()[0] > 0
    except (sqlite3.Error, OSError):
        return None


def _stored_time(at: dt.datetime) -> str:
    """`at` (naive UTC) as SQLAlchemy's DateTime stores it in SQLite, microseconds always:
    the store reads these rows back, and sorts the log by this text."""
    return f"{at:%Y-%m-%d %H:%M:%S.%f}"


def _to_account(values: tuple[Any, ...]) -> Account:
    """One row of `_ACCOUNT` as `store.accounts` maps it (SQLite keeps booleans as 0 or 1)."""
    id_, username, display_name, role, active, practitioner_id, pin_hash = values
    return Account(
        id=id_,
        username=username,
        display_name=display_name,
        role=Role(role),
        active=bool(active),
        practitioner_id=practitioner_id,
        has_pin=pin_hash is not None,
    )


class AccountFile:
    """The accounts and audit log of one SQLite file at the shipped schema revision. `open`
    says whether the file may be used so; when not, the store (which migrates, repairs or
    explains) must be."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self._path = path

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> AccountFile | None:
        """The file `path` (encrypted with the raw data `key`, if given), or None when it is
        not there, not at this consult's schema revision, a restore is to be finished, or it
        cannot be read (a wrong key, damage: the store says which)."""
        if not path.is_file():
            return None
        # 5 ms: only when there is a file to read
        from consult.store.connection import connect_sqlite, restore_marker, sqlite_errors

        if restore_marker(path).exists():
            return None
        from consult.store.revisions import shipped_revisions

        connection = None
        try:
            head = shipped_revisions().head
            # Autocommit: each write below begins its own transaction, as the store's do.
            connection = connect_sqlite(path, key, timeout=_BUSY_SECONDS, isolation_level=None)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision == [(head,)]:
                # As the store's connections: the file is in WAL mode already.
                connection.execute("PRAGMA synchronous=NORMAL")
                return cls(connection, path)
        except (*sqlite_errors(), OSError, StoreError):
            pass
        if connection is not None:
            connection.close()
        return None

    def close(self) -> None:
        self._connection.close()

    def find(self, username: str) -> Account | None:
        """The account named `username`, active or not."""
        return self._one(f"SELECT {_ACCOUNT} FROM account WHERE username = ?", (username,))

    def first_active_admin(self) -> Account | None:
        return self._one(
            f"SELECT {_ACCOUNT} FROM account WHERE active AND role = ? ORDER BY id LIMIT 1",
            (Role.ADMIN.value,),
        )

    def record(self, events: Sequence[AccountEvent]) -> None:
        """Write `events` to the audit log in one transaction, in the columns and text forms
        `store.audit.record_event` writes them in (they read back the same)."""
        at = _stored_time(dt.datetime.now(dt.UTC).replace(tzinfo=None))
        rows = [(at, actor, action, "account", None, detail) for actor, action, detail in events]
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(
                    "INSERT INTO audit_event (at, actor, action, record_type, record_id, detail) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    rows,
                )
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        except self._errors() as error:
            raise problem_of(error, str(self._path)) from None

    def _one(self, sql: str, parameters: tuple[object, ...]) -> Account | None:
        try:
            row = self._connection.execute(sql, parameters).fetchone()
        except self._errors() as error:
            raise problem_of(error, str(self._path)) from None
        return None if row is None else _to_account(row)

    @staticmethod
    def _errors() -> tuple[type[Exception], ...]:
        from consult.store.connection import sqlite_errors

        return sqlite_errors()
