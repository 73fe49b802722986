"""What the access widgets need from `consult.services.access`, as shapes: each widget takes
the service calls it uses, so it is built and tested without the services behind it.

The refusals are the service's `SignInRefused` and `NotAllowed` (both `StoreError`s, worded
for the user); a `TooSoon` refusal carries `.seconds`, the wait before the next attempt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from consult.domain.access import Account, Role
from consult.services.errors import StoreError


class SignedIn(Protocol):
    @property
    def account(self) -> Account: ...

    @property
    def by_recovery_key(self) -> bool: ...


# sign_in(username, secret): a username of None means the secret is the recovery key.
SignIn = Callable[[str | None, str], SignedIn]
# unlock(username, password or PIN)
Unlock = Callable[[str, str], SignedIn]
# set_up(username, display_name, password, encrypt) -> (signed in, recovery key or None)
SetUp = Callable[[str, str, str, bool], tuple[SignedIn, str | None]]


class Accounts(Protocol):
    """`context.accounts`: every call may raise `StoreError` with a sentence to show."""

    def list(self) -> list[Account]: ...

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        practitioner_id: int | None = None,
    ) -> object: ...

    def set_password(self, username: str, password: str) -> object: ...

    def set_pin(self, pin: str) -> object: ...

    def deactivate(self, username: str) -> object: ...


def wait_seconds(error: StoreError) -> float | None:
    """The wait a `TooSoon` refusal asks for; None for any other refusal."""
    seconds = getattr(error, "seconds", None)
    return float(seconds) if isinstance(seconds, int | float) else None
