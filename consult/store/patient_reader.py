"""Patients read with the standard library's sqlite3 while the store loads.

Importing SQLAlchemy takes about as long as starting Qt (0.3–0.4 s); this reader lists the
recently seen patients and answers searches meanwhile, so the window works from its first
paint. It only reads a file already at the shipped schema, opened read-only: anything else
(no file yet, an older or newer schema, a damaged or busy file, a restore to finish) gives
None, and the window waits for the store, which migrates, repairs or explains. Its answers
are those of `consult.store.patients.search`: the same matching rules, the same statements
written out in SQL, the rows mapped by the same `to_record`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

from consult.domain.records import PatientRecord
from consult.domain.text import search_tokens
from consult.store.connection import connect_sqlite, is_encrypted, restore_marker, sqlite_errors
from consult.store.errors import StoreError
from consult.store.patient_rows import to_record
from consult.store.revisions import shipped_revisions
from consult.store.search_terms import COMMON_MATCHES, phone_query, prefix_upper, typed_date

# A file another program holds locked is left to the store (it waits and explains).
_BUSY_SECONDS = 0.1
# A restore killed between its swaps leaves this beside the database (see store.backup).

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
    "name_order",
    "archived",
    "created_at",
    "updated_at",
    "version",
)
_SELECT = f"SELECT {', '.join(f'patient.{c}' for c in _COLUMNS)} FROM patient WHERE "
_ORDER = " AND patient.archived IS 0 ORDER BY patient.updated_at DESC, patient.id DESC LIMIT ?"
_TOKEN = "patient_search_token.token >= ? AND patient_search_token.token < ?"
_PHONE = "{table}.phone_digits >= ? AND {table}.phone_digits < ?"
_ERRORS = (ValueError, TypeError, OSError, StoreError)


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


def _range(prefix: str) -> tuple[str, str]:
    return prefix, prefix_upper(prefix)


class PatientReader:
    """Searches one database file read-only; `open` says whether the file may be read so."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, path: Path, key: bytes | None = None) -> PatientReader | None:
        """A reader of `path` (encrypted with the raw data `key`, if given), or None when the
        file must wait for the store (an encrypted file without its key too)."""
        if not path.is_file() or restore_marker(path).exists():
            return None
        if is_encrypted(path) != (key is not None):
            return None
        connection = None
        try:
            head = shipped_revisions().head
            uri = f"{path.resolve().as_uri()}?mode=ro"
            connection = connect_sqlite(uri, key, uri=True, timeout=_BUSY_SECONDS)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision == [(head,)]:
                return cls(connection)
        except (*_ERRORS, *sqlite_errors()):
            pass
        if connection is not None:
            connection.close()
        return None

    def close(self) -> None:
        self._connection.close()

    def search(self, query: str, limit: int) -> list[PatientRecord] | None:
        """What `consult.store.patients.search` finds (archived patients left out), or None
        when the file cannot be read now (the store will answer)."""
        try:
            sql, parameters = self._statement(query)
            rows = self._connection.execute(_SELECT + sql + _ORDER, (*parameters, limit)).fetchall()
            return [_record(values) for values in rows]
        except (*_ERRORS, *sqlite_errors()):
            return None

    def _count(self, sql: str, parameters: tuple[str, ...]) -> int:
        counted = f"SELECT count(*) FROM ({sql} LIMIT {COMMON_MATCHES})"
        return int(self._connection.execute(counted, parameters).fetchone()[0])

    def _statement(self, query: str) -> tuple[str, tuple[str, ...]]:
        """The store's statement for `query` (see `search_statement` there), as SQL."""
        born = typed_date(query)
        number = phone_query(query)
        if born is not None:
            return "patient.date_of_birth = ?", (born.isoformat(),)
        if number is not None:
            phone = _range(number)
            common = f"SELECT patient.id FROM patient WHERE {_PHONE.format(table='patient')}"
            if self._count(common, phone) >= COMMON_MATCHES:
                probe = (
                    "EXISTS (SELECT patient_1.id FROM patient AS patient_1 WHERE "
                    f"patient_1.id = patient.id AND {_PHONE.format(table='patient_1')})"
                )
                return probe, phone
            return _PHONE.format(table="patient"), phone
        words = "SELECT patient_search_token.patient_id FROM patient_search_token WHERE "
        counts = {
            token: self._count(words + _TOKEN, _range(token)) for token in search_tokens(query)
        }
        tokens = sorted(counts, key=lambda token: counts[token])
        if len(tokens) == 1 and counts[tokens[0]] >= COMMON_MATCHES:
            probe = f"EXISTS ({words}patient_search_token.patient_id = patient.id AND {_TOKEN})"
            return probe, _range(tokens[0])
        conditions = [f"patient.id IN ({words}{_TOKEN})" for _token in tokens] or ["1"]
        parameters = tuple(part for token in tokens for part in _range(token))
        return " AND ".join(conditions), parameters
