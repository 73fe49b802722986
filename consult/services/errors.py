"""The errors services raise that a user can act on (the CLI and the window show them)."""

from consult.store.errors import (
    ConflictError,
    DamagedDatabase,
    NotFound,
    SchemaMismatch,
    StoreError,
    UnusablePath,
)


class DemoRefused(ValueError):
    """A demo cannot be written there (the database holds patients, or the count is wrong)."""


__all__ = [
    "ConflictError",
    "DamagedDatabase",
    "DemoRefused",
    "NotFound",
    "SchemaMismatch",
    "StoreError",
    "UnusablePath",
]
