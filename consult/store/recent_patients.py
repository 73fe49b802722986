"""The most recently changed patients, read with the standard library's sqlite3.

Importing SQLAlchemy takes about as long as starting Qt (0.4 s); this read lets the patient
list fill while it loads. It only reads a file already at the shipped schema, opened read-only:
anything else (no file yet, an older or newer schema, a damaged or busy file) gives None, and
the list waits for the store, which migrates, repairs or explains. The same patients, in the
same order, as `consult.store.patients.search` with an empty query.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

from consult.domain.records import PatientRecord
from consult.store.errors import StoreError
from consult.store.patient_rows import to_record
from consult.store.revisions import shipped_revisions

# A file another program holds locked is left to the store (it waits and explains).
_BUSY_SECONDS = 0.1

_COLUMNS = (
    "id",
    "given_names",
    "family_name",
    "date_of_birth",
    "sex",
    "phone",
    "email",
    "fitzpatrick",
    "fitzpatrick_questionnaire",
    "fitzpatrick_answers",
    "language",
    "notes",
    "archived",
    "created_at",
    "updated_at",
    "version",
)
_RECENT = (
    f"SELECT {', '.join(_COLUMNS)} FROM patient WHERE archived = 0 "
    "ORDER BY updated_at DESC, id DESC LIMIT ?"
)


def _record(values: tuple[object, ...]) -> PatientRecord:
    """One row as SQLAlchemy stores it in SQLite: ISO text for dates, JSON text, 0 or 1."""
    row = SimpleNamespace(**dict(zip(_COLUMNS, values, strict=True)))
    row.date_of_birth = dt.date.fromisoformat(row.date_of_birth)
    row.created_at = dt.datetime.fromisoformat(row.created_at)
    row.updated_at = dt.datetime.fromisoformat(row.updated_at)
    row.archived = bool(row.archived)
    answers = row.fitzpatrick_answers
    row.fitzpatrick_answers = None if answers is None else json.loads(answers)
    return to_record(row)


def recent_patients(path: Path, limit: int) -> list[PatientRecord] | None:
    """The `limit` patients changed last (archived ones left out), newest first; None when the
    file is not one to read this way."""
    if not path.is_file():
        return None
    try:
        head = shipped_revisions().head
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=_BUSY_SECONDS)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(head,)]:
                return None
            rows = connection.execute(_RECENT, (limit,)).fetchall()
        return [_record(values) for values in rows]
    except (sqlite3.Error, ValueError, TypeError, OSError, StoreError):
        return None
