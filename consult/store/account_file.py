"""Whether a plain SQLite file has accounts, read with the standard library's sqlite3.

Every command first asks whether the database needs a password. Opening it through the
store for that would import SQLAlchemy (about 0.3 s), which `consult handout` otherwise
never needs for a file on this computer, and would migrate or write the file.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from consult.store.clinic_file import read_only_uri


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
