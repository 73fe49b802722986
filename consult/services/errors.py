"""The errors services raise that a user can act on (the CLI and the window show them)."""

from consult.store.errors import (
    ConflictError,
    DamagedDatabase,
    NotFound,
    StoreError,
    UnusablePath,
)

__all__ = ["ConflictError", "DamagedDatabase", "NotFound", "StoreError", "UnusablePath"]
