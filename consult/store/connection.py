"""The one way consult opens an SQLite file outside SQLAlchemy: plain with the standard
library's sqlite3, encrypted with SQLCipher (`sqlcipher3`) when a raw data key is given.

No SQLAlchemy here: the handout's letterhead and the window's first searches read the file
with this before the store is loaded. `sqlcipher3` (6 ms to import) is loaded only for a key.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from consult.store.errors import StoreError
from consult.store.keyslots import key_file, raw_key_pragma

# Said first on every SQLCipher connection: a wrong key otherwise prints "ERROR CORE ..."
# lines on stderr, and the command line must print its one line only.
SILENT_CIPHER = "PRAGMA cipher_log_level = NONE"
_HEADER = b"SQLite format 3\x00"


def connect_sqlite(
    target: Path | str,
    key: bytes | None = None,
    *,
    uri: bool = False,
    timeout: float = 5.0,
    isolation_level: str | None = "",
    check_same_thread: bool = True,
    cipher: bool = False,
) -> sqlite3.Connection:
    """A connection to the SQLite file (or `uri`) `target`, keyed with the raw data `key`
    when given (nothing is read yet: a wrong key shows at the first statement). `cipher`:
    through SQLCipher even without a key (a plain file, to export it encrypted)."""
    if key is None and not cipher:
        return sqlite3.connect(
            target,
            uri=uri,
            timeout=timeout,
            isolation_level=isolation_level,
            check_same_thread=check_same_thread,
        )
    import sqlcipher3

    connection = sqlcipher3.connect(
        target,
        uri=uri,
        timeout=timeout,
        isolation_level=isolation_level,
        check_same_thread=check_same_thread,
    )
    connection.execute(SILENT_CIPHER)
    if key is not None:
        connection.execute(raw_key_pragma(key))
    return connection  # type: ignore[no-any-return]


def sqlite_errors() -> tuple[type[Exception], ...]:
    """What sqlite3 and SQLCipher raise; SQLCipher's only once loaded (none before)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, cipher.Error)


def is_encrypted(path: Path) -> bool:
    """Whether the SQLite file `path` is encrypted: exactly when its key file is beside it."""
    return key_file(path).exists()


def begins_plain(path: Path) -> bool:
    """Whether the file begins as a plain SQLite file does (an encrypted one never does)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(_HEADER)) == _HEADER
    except OSError:
        return False


def require_key(path: Path, key: bytes | None) -> None:
    """Refuse, in one sentence, to open `path` without the key it needs, or with a key when
    it is a plain file (nothing is opened). A file not there yet is no refusal."""
    if not path.exists() or path.stat().st_size == 0:
        return
    if key is None and is_encrypted(path):
        raise EncryptedDatabase(
            f"the database {path} is encrypted: its password or recovery key is needed to open it"
        )
    if key is not None and not is_encrypted(path) and begins_plain(path):
        raise StoreError(
            f"the database {path} is not encrypted (no key file {key_file(path).name} beside "
            "it): it opens without a password"
        )


def wrong_key(path: Path) -> StoreError:
    """What to say when an encrypted file does not open with the key given (SQLCipher
    cannot tell a wrong key from a damaged first page: the key is the likelier)."""
    return WrongKey(
        f"the database {path} is encrypted and does not open with this password or key: "
        f"its key file {key_file(path).name} may be another database's. Nothing was changed"
    )


class EncryptedDatabase(StoreError):
    """An encrypted database asked for without its key; nothing was opened."""


class WrongKey(StoreError):
    """An encrypted database that the key given does not open; nothing was changed."""


def restore_marker(database: Path) -> Path:
    """The file beside `database` that says a restore of it is unfinished (written by
    `store.backup`; a light reader leaves such a database to the store, which rolls it back)."""
    return database.with_name(f"{database.name}.restoring")
