"""Why the database could not be used, in words a user can act on (no SQLAlchemy here, so
the command line can name these errors without loading the database code)."""

from __future__ import annotations

from pathlib import Path

from consult.domain.text import escaped


class StoreError(Exception):
    """The database cannot be used; the message says which file and what to do."""


class DamagedDatabase(StoreError):
    """The file is not a readable consult database; `path` names it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class SchemaMismatch(StoreError):
    """A database opened to be read only is at another schema revision than this consult's:
    it was left as it is (reading it would need a migration, which writes)."""


class ConflictError(StoreError):
    """The record changed (in another window or room) since it was read; nothing was saved."""


def require_version(what: str, version: int, expected: int | None) -> None:
    """Refuse a save made on a copy older than the record (`expected` None: no check)."""
    if expected is not None and version != expected:
        raise ConflictError(
            f"this {what} was changed in another window or room since it was opened: "
            f"nothing was saved. Open the {what} again to see the change"
        )


class NotFound(StoreError):
    """No record with that id (deleted, or never there)."""


class UnusablePath(StoreError):
    """A backup archive or folder the user named cannot be used; nothing was changed.

    The command line treats it as bad input (exit code 2), like a wrong document.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{escaped(str(path), 120)}: {problem}")
        self.path = path


def problem_of(error: object, where: str) -> StoreError:
    """A plain sentence for what SQLite or PostgreSQL reported about the database `where`
    (read through the store or with sqlite3); nothing was saved."""
    text = str(error).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreError(
            f"the database {where} is read-only: nothing was saved. Check that the folder and "
            "file may be written (permissions, a locked or removable drive), then try again"
        )
    if "disk is full" in text or "no space" in text or "disk full" in text:
        return StoreError(
            f"the disk holding the database {where} is full: nothing was saved. Free some "
            "space, then try again"
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            f"the database {where} is busy in another window or room: nothing was saved. "
            "Try again in a moment"
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return StoreError(f"the database {where} is damaged ({error})")
    return StoreError(f"the database {where} could not be used: {error}")
