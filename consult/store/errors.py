"""Why the database could not be used, in words a user can act on (no SQLAlchemy here, so
the command line can name these errors without loading the database code)."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The database cannot be used; the message says which file and what to do."""


class DamagedDatabase(StoreError):
    """The file is not a readable consult database; `path` names it."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class ConflictError(StoreError):
    """The record changed (in another window or room) since it was read; nothing was saved."""


class UnusablePath(StoreError):
    """A backup archive or folder the user named cannot be used; nothing was changed.

    The command line treats it as bad input (exit code 2), like a wrong document.
    """

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
