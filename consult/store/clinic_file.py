"""The clinic's details read from an SQLite file with the standard library's sqlite3 (or
SQLCipher, for an encrypted file).

`consult handout` needs nothing of the database but the clinic's name, contact, logo and paper
size. Opening it through the store would import SQLAlchemy (about 0.3 s, more than the handout
takes to build) and migrate the file. This read opens it read-only: it never creates, migrates
or writes the file, and it reads any schema revision that has the clinic's table, so a file an
older or newer consult wrote prints the same letterhead.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

from consult.domain.clinic import DAY_NAMES, ClinicDetails
from consult.domain.text import escaped
from consult.store.errors import StoreError

TABLE = "clinic_settings"
COLUMNS = (
    "name",
    "address",
    "phone",
    "email",
    "website",
    "logo_path",
    "paper_size",
    "working_days",
)
# As long as the store waits for another room's write (database.BUSY_TIMEOUT_MS).
_BUSY_SECONDS = 10.0


def to_details(values: Sequence[str]) -> ClinicDetails:
    """The clinic of one row of `COLUMNS`; working days are kept as `mon,tue,…`."""
    row = dict(zip(COLUMNS, values, strict=True))
    working_days = row.pop("working_days")
    days = tuple(DAY_NAMES.index(d) for d in working_days.split(",") if d in DAY_NAMES)
    return ClinicDetails(**row, working_days=days)


def read_only_uri(path: Path) -> str:
    """Read-only; and immutable when nobody has the file open. Opened read-only, a database
    in WAL mode gets -wal and -shm files made beside it, which stay; but without a -wal (the
    last connection to close removes it) or -journal file nobody is writing to it, and reading
    it as immutable creates nothing."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    live = any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))
    return uri if live else f"{uri}&immutable=1"


def read_clinic(path: Path, key: bytes | None = None) -> ClinicDetails | None:
    """The clinic saved in the file (encrypted with the raw data `key`, if given); None when
    there is no file, or no clinic in it yet (a file older than the clinic's table has none).
    Raises `StoreError` when the file cannot be read: a handout without the letterhead the
    practitioner expects is no quiet fallback."""
    if not path.exists():
        return None
    # 5 ms: only when there is a file to read
    from consult.store.connection import connect_sqlite, require_key, sqlite_errors, wrong_key

    require_key(path, key)
    try:
        opened = connect_sqlite(read_only_uri(path), key, uri=True, timeout=_BUSY_SECONDS)
        with closing(opened) as connection:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)
            ).fetchone()
            if found is None:
                return None
            row = connection.execute(
                f"SELECT {', '.join(COLUMNS)} FROM {TABLE} ORDER BY id LIMIT 1"
            ).fetchone()
    except (*sqlite_errors(), OSError) as error:
        if key is not None and "not a database" in str(error):
            raise wrong_key(path) from None
        raise StoreError(
            f"the clinic's details could not be read from {escaped(str(path))} ({error})"
        ) from None
    return None if row is None else to_details(row)
