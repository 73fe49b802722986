"""Stand-ins for `consult.services.access`, shaped as its contract says."""

from __future__ import annotations

from dataclasses import dataclass, replace

from consult.domain.access import Account, Role
from consult.services.errors import StoreError


class SignInRefused(StoreError):
    pass


class TooSoon(SignInRefused):
    def __init__(self, seconds: float) -> None:
        super().__init__(f"too many wrong attempts: wait {seconds:.0f} seconds")
        self.seconds = seconds


class NotAllowed(StoreError):
    pass


@dataclass(frozen=True)
class SignedIn:
    account: Account
    key: bytes | None = None
    by_recovery_key: bool = False


ADMIN = Account(1, "asilva", "Dr Ana Silva", Role.ADMIN)
RECEPTION = Account(2, "bruno", "Bruno Reis", Role.RECEPTION)


class FakeAccounts:
    """Accounts in memory, refusing as the service does; `calls` records what was asked."""

    def __init__(self, *accounts: Account) -> None:
        self.accounts = {a.username: a for a in accounts}
        self.passwords: dict[str, str] = {}
        self.calls: list[tuple] = []

    def list(self) -> list[Account]:
        return sorted(self.accounts.values(), key=lambda a: a.username)

    def add(self, username, display_name, role, password, practitioner_id=None):
        self.calls.append(("add", username, display_name, role))
        if username in self.accounts:
            raise NotAllowed(f"the user name {username} is taken")
        account = Account(len(self.accounts) + 1, username, display_name, role)
        self.accounts[username] = account
        self.passwords[username] = password
        return account

    def set_password(self, username, password):
        self.calls.append(("set_password", username))
        self.passwords[username] = password

    def set_pin(self, pin):
        self.calls.append(("set_pin", pin))
        self.accounts["asilva"] = replace(self.accounts["asilva"], has_pin=True)

    def deactivate(self, username):
        self.calls.append(("deactivate", username))
        admins = [a for a in self.accounts.values() if a.role == Role.ADMIN and a.active]
        if [a.username for a in admins] == [username]:
            raise NotAllowed("the last administrator cannot be deactivated")
        self.accounts[username] = replace(self.accounts[username], active=False)
