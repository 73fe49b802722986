"""What the window can show while the store is still loading (SQLAlchemy, Alembic)."""

from __future__ import annotations

from consult.config import database_url, sqlite_file
from consult.domain.records import PatientRecord
from consult.store.recent_patients import recent_patients


def patients_before_open(db: str | None, limit: int) -> list[PatientRecord] | None:
    """The patients the empty search will list, read without loading the store; None when
    they must wait for it (a new, older or server database: see `recent_patients`)."""
    file = sqlite_file(database_url(db))
    return None if file is None else recent_patients(file, limit)
