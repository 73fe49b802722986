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


class SignInRefused(StoreError):
    """The user name or password (or PIN, or recovery key) is not right; nothing opened."""

    def __init__(self, message: str = "the user name or password is not right") -> None:
        super().__init__(message)


class TooSoon(SignInRefused):
    """Too many wrong attempts in a row: the next is accepted after `seconds`."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        whole = max(1, round(seconds))
        unit = "second" if whole == 1 else "seconds"
        super().__init__(f"too many wrong attempts: try again in {whole} {unit}")


class NotAllowed(StoreError):
    """The signed-in user's role does not allow this; nothing was changed."""


__all__ = [
    "ConflictError",
    "DamagedDatabase",
    "DemoRefused",
    "NotAllowed",
    "NotFound",
    "SchemaMismatch",
    "SignInRefused",
    "StoreError",
    "TooSoon",
    "UnusablePath",
]
