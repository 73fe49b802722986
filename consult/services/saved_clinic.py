"""The clinic saved in the database, for the documents the command line prints."""

from __future__ import annotations

from typing import TYPE_CHECKING

from consult.config import database_url, sqlite_file
from consult.store.clinic_file import read_clinic

if TYPE_CHECKING:
    from consult.domain.clinic import ClinicDetails
    from consult.domain.rules import Rules
    from consult.services.access import SignedIn


def saved_clinic(
    db: str | None, rules: Rules, signed_in: SignedIn | None = None
) -> ClinicDetails | None:
    """The clinic in the database `db` names (`--db`, else `CONSULT_DB`, else the default
    file), or None when there is no database or no clinic in it.

    An SQLite file is only read, never created or migrated (see `store.clinic_file`); a
    PostgreSQL server is opened through the store, as the other commands open it.
    """
    path = sqlite_file(database_url(db))
    if path is not None:
        return read_clinic(path, None if signed_in is None else signed_in.key)
    # Imported here: the store brings SQLAlchemy, which a file on this computer never needs.
    from consult.services.context import open_context

    context = open_context(db, signed_in, rules=rules)
    try:
        return context.clinic.get()
    finally:
        context.close()
