"""The accounts of the clinic's people: rows in, domain `Account` records out. Hashing and
the sign-in policy are the services' (`services.access`); this module only keeps rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from consult.domain.access import Account, Role
from consult.store.database import Database
from consult.store.errors import NotFound
from consult.store.models import ClinicSettings, UserAccount, utcnow


def _to_account(row: UserAccount) -> Account:
    return Account(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
        practitioner_id=row.practitioner_id,
        has_pin=row.pin_hash is not None,
    )


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserAccount)) or 0


def list_all(session: Session) -> list[Account]:
    """Every account, in the order they were added."""
    return [_to_account(row) for row in session.scalars(select(UserAccount).order_by("id"))]


def _row(session: Session, username: str) -> UserAccount:
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if row is None:
        raise NotFound(f"no user named {username}")
    return row


def find(session: Session, username: str) -> Account | None:
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    return None if row is None else _to_account(row)


def get(session: Session, username: str) -> Account:
    return _to_account(_row(session, username))


def password_hash(session: Session, username: str) -> str:
    return _row(session, username).password_hash


def pin_hash(session: Session, username: str) -> str | None:
    return _row(session, username).pin_hash


def active_hashes(session: Session) -> list[tuple[str, str]]:
    """(user name, password hash) of every active account, in the order they were added."""
    rows = session.execute(
        select(UserAccount.username, UserAccount.password_hash)
        .where(UserAccount.active)
        .order_by(UserAccount.id)
    )
    return [(username, hashed) for username, hashed in rows]


def first_active_admin(session: Session) -> Account | None:
    row = session.scalar(
        select(UserAccount)
        .where(UserAccount.active, UserAccount.role == Role.ADMIN.value)
        .order_by(UserAccount.id)
        .limit(1)
    )
    return None if row is None else _to_account(row)


def active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(UserAccount)
            .where(UserAccount.active, UserAccount.role == Role.ADMIN.value)
        )
        or 0
    )


def add(
    session: Session,
    username: str,
    display_name: str,
    role: Role,
    password_hash: str,
    practitioner_id: int | None = None,
) -> Account:
    row = UserAccount(
        username=username,
        display_name=display_name,
        role=role.value,
        password_hash=password_hash,
        practitioner_id=practitioner_id,
    )
    session.add(row)
    session.flush()
    return _to_account(row)


def set_password_hash(session: Session, username: str, hashed: str) -> None:
    _row(session, username).password_hash = hashed


def set_pin_hash(session: Session, username: str, hashed: str | None) -> None:
    _row(session, username).pin_hash = hashed


def deactivate(session: Session, username: str) -> None:
    _row(session, username).active = False


def failures(session: Session, username: str) -> tuple[int, dt.datetime | None]:
    """Wrong attempts in a row for `username` and when the last was (UTC, naive)."""
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if row is None:
        return 0, None
    return row.failures, row.last_failure_at


def note_failure(session: Session, username: str, when: dt.datetime | None = None) -> None:
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if row is not None:
        row.failures += 1
        row.last_failure_at = when or utcnow()


def clear_failures(session: Session, username: str) -> None:
    row = session.scalar(select(UserAccount).where(UserAccount.username == username))
    if row is not None and row.failures:
        row.failures = 0
        row.last_failure_at = None


def any_account(database: Database) -> bool:
    """Whether `database` has an account; one from before accounts (not migrated yet) has
    not even the table."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("account"):
            return False
    with database.read() as session:
        return count(session) > 0


def choose_plain(session: Session, who_and_when: str) -> None:
    """Note that an admin chose to keep this SQLite database unencrypted."""
    row = session.scalar(select(ClinicSettings).limit(1))
    if row is None:
        row = ClinicSettings()
        session.add(row)
    row.plain_by_choice = who_and_when


def plain_choice(session: Session) -> str | None:
    """Who kept this SQLite database unencrypted, and when (None: nobody chose to)."""
    return session.scalar(select(ClinicSettings.plain_by_choice).limit(1))


def is_empty(database: Database) -> bool:
    """Whether `database` has none of consult's tables (a new server database)."""
    with database.engine.connect() as connection:
        return not inspect(connection).has_table("alembic_version")
