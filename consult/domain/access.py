"""Who may do what: the roles, their permissions, the sign-in policy (pure Python).

A clinic's people each have an account with one role. The policy numbers here are security
settings, not clinical facts: their sources are named beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"  # settings, users, backup, restore, erasure, and the clinical records
    PRACTITIONER = "practitioner"  # the clinical records: consultations, photos, sessions
    RECEPTION = "reception"  # patients' contact details and the schedule only


class Permission(StrEnum):
    CONTACTS = "contacts"  # find, add and edit patients' identity and contact details
    SCHEDULE = "schedule"  # see planned session dates and follow-ups
    CLINICAL = "clinical"  # consultations, scores, plans, sessions, consents, photos, exports
    SETTINGS = "settings"  # the clinic's details and settings
    USERS = "users"  # add, change and deactivate accounts
    BACKUP = "backup"
    RESTORE = "restore"
    ERASURE = "erasure"
    AUDIT = "audit"  # read and export the audit log


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    # The first account is the clinic's owner, who usually treats patients too.
    Role.ADMIN: frozenset(Permission),
    Role.PRACTITIONER: frozenset(
        {Permission.CONTACTS, Permission.SCHEDULE, Permission.CLINICAL, Permission.BACKUP}
    ),
    Role.RECEPTION: frozenset({Permission.CONTACTS, Permission.SCHEDULE}),
}


def may(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


@dataclass(frozen=True)
class Account:
    """A person who signs in; `practitioner_id` links a practitioner's account to the
    practitioner named on records."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool = True
    practitioner_id: int | None = None
    has_pin: bool = False

    def may(self, permission: Permission) -> bool:
        return self.active and may(self.role, permission)


@dataclass(frozen=True)
class Argon2Parameters:
    time_cost: int
    memory_cost: int  # KiB
    parallelism: int


# OWASP Password Storage Cheat Sheet: Argon2id, 19 MiB of memory, 2 iterations, 1 lane.
PASSWORD_HASHING = Argon2Parameters(time_cost=2, memory_cost=19_456, parallelism=1)

# NIST SP 800-63B §5.1.1.2: at least 8 characters, no composition rules, up to 64 at least.
PASSWORD_MIN = 8
PASSWORD_MAX = 256
# A PIN only unlocks a session its owner signed into with the password.
PIN_PATTERN = re.compile(r"[0-9]{4,12}")
USERNAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,39}")

# Wrong passwords for one account: the first few are free, then each waits twice as long.
FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 2.0
LONGEST_DELAY_SECONDS = 300.0

# The idle lock (HIPAA §164.312(a)(2)(iii), automatic logoff): minutes without input.
IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MINUTES_RANGE = (1, 60)


def delay_after(failures: int) -> float:
    """Seconds to wait before the next attempt after `failures` wrong ones in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), LONGEST_DELAY_SECONDS)


def username_problem(username: str) -> str | None:
    if not USERNAME_PATTERN.fullmatch(username):
        return (
            "a user name is 1 to 40 lower-case letters, digits, dots, dashes or underscores, "
            "starting with a letter or digit"
        )
    return None


def password_problem(password: str) -> str | None:
    if len(password) < PASSWORD_MIN:
        return f"a password has at least {PASSWORD_MIN} characters"
    if len(password) > PASSWORD_MAX:
        return f"a password has at most {PASSWORD_MAX} characters"
    if password != password.strip():
        return "a password does not begin or end with a space"
    return None


def pin_problem(pin: str) -> str | None:
    if not PIN_PATTERN.fullmatch(pin):
        return "a PIN is 4 to 12 digits"
    return None
