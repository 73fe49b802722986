"""What the window can do while the store is still loading (SQLAlchemy, Alembic)."""

from __future__ import annotations

from consult.config import database_url, sqlite_file
from consult.store.patient_reader import PatientReader

__all__ = ["PatientReader", "reader_before_open"]


def reader_before_open(db: str | None, key: bytes | None = None) -> PatientReader | None:
    """A reader that lists and searches the patients without loading the store; None when
    they must wait for it (a new, older, busy, damaged or server database: see
    `consult.store.patient_reader`)."""
    file = sqlite_file(database_url(db))
    return None if file is None else PatientReader.open(file, key)
