"""Who signs in, what they may do, and where the data key of an encrypted database comes from.

The rule shared by the whole application: an SQLite database is encrypted exactly when its
key file (`store.keyslots.key_file`) exists beside it. Its data key is unwrapped from the
key slot of the user's password (or the recovery key) before the database can be opened, so
wrong attempts against it are counted in a small private file beside it (`<db>.signin`:
user names and counts only). A plain SQLite database or a PostgreSQL one opens without a
key: the password is checked against the account's Argon2id hash, and wrong attempts are
counted in the account's row.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from consult.domain import access as policy
from consult.domain.access import (
    Account,
    Argon2Parameters,
    Permission,
    Role,
    delay_after,
    password_problem,
    pin_problem,
    username_problem,
)
from consult.services.errors import NotAllowed, SignInRefused, TooSoon
from consult.store.errors import StoreError

# Who the audit log names for a database that has no accounts (from before them).
NO_ACCOUNTS_ACTOR = "cli"
# Who it names for a context nobody has signed into yet (it may do nothing).
NOBODY = "nobody"
# Wrong attempts without a user name are counted under this name (never a user name: the
# user name pattern does not allow it).
ANY_USER = "*"


__all__ = [
    "AccountProblem",
    "AccountService",
    "Admission",
    "CurrentUser",
    "Entry",
    "NotAllowed",
    "SignInRefused",
    "SignedIn",
    "TooSoon",
    "Unlocked",
    "Unlocking",
    "asks_password",
    "encrypted_file",
    "encryption_offered",
    "entry",
    "finish_interrupted_encryption",
    "finish_sign_in",
    "is_new",
    "keep_plain",
    "needs_setup",
    "set_up",
    "sign_in",
    "unlock",
]


class AccountProblem(StoreError):
    """A user name, password or PIN that cannot be used (the message says why)."""


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, and the data key their password unwrapped (None: a database that
    opens without one)."""

    account: Account
    key: bytes | None
    by_recovery_key: bool = False


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# The clock the delays are measured with; tests replace it (no sleeping).
clock: Callable[[], dt.datetime] = _utcnow


def hashing() -> Argon2Parameters:
    """The Argon2id parameters in force, read on each use (tests make them cheap)."""
    return policy.PASSWORD_HASHING


def hash_secret(secret: str) -> str:
    from argon2 import PasswordHasher, Type  # imported on use: it costs start-up time

    parameters = hashing()
    hasher = PasswordHasher(
        time_cost=parameters.time_cost,
        memory_cost=parameters.memory_cost,
        parallelism=parameters.parallelism,
        type=Type.ID,
    )
    return hasher.hash(secret)


def verify_secret(hashed: str, secret: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        # The parameters are read from the PHC string itself.
        return PasswordHasher().verify(hashed, secret)
    except (VerificationError, InvalidHashError):
        return False


class CurrentUser:
    """Who is signed in, shared by one context's services (switching user changes it for
    all of them). Without anyone signed in, a database with no accounts (from before them)
    allows everything, as consult always did; one with accounts allows nothing."""

    def __init__(self, signed_in: SignedIn | None = None, accounts: bool = False) -> None:
        self.signed_in = signed_in
        self.accounts = accounts

    def actor(self) -> str:
        if self.signed_in is not None:
            return self.signed_in.account.username
        return NOBODY if self.accounts else NO_ACCOUNTS_ACTOR

    def may(self, permission: Permission) -> bool:
        if self.signed_in is None:
            return not self.accounts
        return self.signed_in.account.may(permission)

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise NotAllowed(_REFUSALS.get(permission, "your role does not allow this"))


_REFUSALS = {
    Permission.CLINICAL: (
        "your role does not open clinical records (consultations, scores, plans, sessions, "
        "consents, photos, exports): ask a practitioner"
    ),
    Permission.USERS: "only an admin may add or change users",
    Permission.SETTINGS: "only an admin may change the settings",
    Permission.RESTORE: "only an admin may restore a backup",
    Permission.ERASURE: "only an admin may erase a patient",
    Permission.BACKUP: "your role does not make backups: ask a practitioner or an admin",
    Permission.AUDIT: "only an admin may read the audit log",
}


def _check_username(username: str) -> None:
    if (problem := username_problem(username)) is not None:
        raise AccountProblem(problem)


def _check_password(password: str) -> None:
    if (problem := password_problem(password)) is not None:
        raise AccountProblem(problem)


def check_pin(pin: str) -> None:
    if (problem := pin_problem(pin)) is not None:
        raise AccountProblem(problem)


# --- where the database is, and whether it is encrypted ----------------------------------


def _sqlite_file(url: str) -> Path | None:
    from consult.config import sqlite_file

    # The URLs `config.database_url` makes are read without SQLAlchemy (a command on a file
    # must not pay for loading it only to learn whether a password is needed).
    if url.startswith("sqlite:///"):
        return sqlite_file(url)
    from consult.store.database import sqlite_path

    return sqlite_path(url)


def key_path(url: str) -> Path | None:
    """The key file of an encrypted SQLite database at `url`; None when it is plain or a
    server (the rule: encrypted exactly when the key file exists)."""
    from consult.store.keyslots import key_file

    path = _sqlite_file(url)
    if path is None:
        return None
    keys = key_file(path)
    return keys if keys.exists() else None


def attempts_file(database: Path) -> Path:
    """Where wrong sign-in attempts of an encrypted database are counted."""
    return database.with_name(f"{database.name}.signin")


class _FileAttempts:
    """Wrong attempts per user name, kept beside an encrypted database (which cannot be
    written before the password opens it): `{"name": [count, "ISO time"]}`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, list[object]]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, name: str) -> tuple[int, dt.datetime | None]:
        entry = self._read().get(name)
        try:
            count, when = entry  # type: ignore[misc]
            return int(count), dt.datetime.fromisoformat(str(when))
        except (TypeError, ValueError):
            return 0, None

    def _write(self, data: dict[str, list[object]]) -> None:
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.partial")
        try:
            descriptor = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                json.dump(data, handle)
            os.replace(partial, self.path)
        except OSError:
            # Counting is a brake, not a lock: a read-only folder must not stop a sign-in.
            partial.unlink(missing_ok=True)

    def fail(self, name: str) -> None:
        data = self._read()
        count, _ = self.get(name)
        data[name] = [count + 1, clock().isoformat()]
        self._write(data)

    def clear(self, name: str) -> None:
        data = self._read()
        if name in data:
            del data[name]
            self._write(data)


def _wait(failures: int, last: dt.datetime | None) -> float:
    """Seconds still to wait before the next attempt; 0 when it may be tried now."""
    delay = delay_after(failures)
    if delay <= 0 or last is None:
        return 0.0
    left = delay - (clock() - last).total_seconds()
    return max(0.0, left)


# --- setting up, signing in ----------------------------------------------------------------


def _url(db: str | None) -> str:
    from consult.config import locations

    return locations(db).database_url


def has_accounts(database: object) -> bool:
    """Whether the open `database` has any account (one from before them has none)."""
    from consult.store import accounts
    from consult.store.database import Database

    assert isinstance(database, Database)
    return accounts.any_account(database)


def needs_setup(db: str | None) -> bool:
    """Whether the database has no account yet: a new one, or one from before accounts.
    An SQLite file that can be read is read without the store."""
    url = _url(db)
    path = _sqlite_file(url)
    if path is not None:
        # Only an empty file can be an emptied one; the check loads the backups' code.
        if path.is_file() and path.stat().st_size == 0:
            _refuse_emptied(db)
        if key_path(url) is not None:
            return False  # an encrypted database is made with its admin
        if not path.exists() or path.stat().st_size == 0:
            return True
        from consult.store.account_file import file_has_accounts

        found = file_has_accounts(path)
        if found is not None:
            return not found
    database = _opened(db, migrate=False)
    try:
        return not has_accounts(database)
    finally:
        database.engine.dispose()


def asks_password(db: str | None) -> bool:
    """Whether opening the database takes a password: an encrypted SQLite file, or a
    database with accounts. An SQLite file is read without the store; one that cannot be
    read that way asks for none (whatever reads it next says what is wrong with it)."""
    url = _url(db)
    path = _sqlite_file(url)
    if path is None:
        return not needs_setup(db)
    if key_path(url) is not None:
        return True
    if not path.is_file() or path.stat().st_size == 0:
        return False
    from consult.store.account_file import file_has_accounts

    return file_has_accounts(path) is True


def _refuse_emptied(db: str | None) -> None:
    """An emptied file beside backups is damaged, not new: never set up over it."""
    from consult.config import locations
    from consult.services.backup import refuse_emptied_database

    refuse_emptied_database(locations(db))


def _opened(db: str | None, migrate: bool = True, key: bytes | None = None) -> Any:
    """The store on `db`; a damaged file's message names the backup that restores it."""
    from consult.config import locations
    from consult.services.backup import with_restore_hint
    from consult.store.database import open_database
    from consult.store.errors import DamagedDatabase

    where = locations(db)
    try:
        return open_database(where.database_url, migrate=migrate, key=key)
    except DamagedDatabase as error:
        raise with_restore_hint(error, where) from None


def is_new(db: str | None) -> bool:
    """Whether the database holds nothing yet: no SQLite file (or an empty one), or a
    server database without consult's tables."""
    url = _url(db)
    path = _sqlite_file(url)
    if path is not None:
        return not path.exists() or path.stat().st_size == 0
    from consult.store import accounts
    from consult.store.database import open_database

    database = open_database(url, migrate=False)
    try:
        return accounts.is_empty(database)
    finally:
        database.engine.dispose()


def _audit(database: object, actor: str, action: str, detail: str | None = None) -> None:
    from consult.store.audit import record_event
    from consult.store.database import Database

    assert isinstance(database, Database)
    with database.write() as session:
        record_event(session, actor, action, "account", None, detail)


def set_up(
    db: str | None,
    username: str,
    display_name: str,
    password: str,
    encrypt: bool = True,
) -> tuple[SignedIn, str | None]:
    """Create the first admin. A new SQLite database is created encrypted (unless `encrypt`
    is False: then it is kept plain, by the admin's choice, which Settings shows) and the
    recovery key to show once is returned; a database with data from before accounts, or a
    PostgreSQL one, gets its admin and is not converted here (None for the recovery key)."""
    from consult.store import accounts
    from consult.store.database import make_private_dir
    from consult.store.keyslots import (
        PASSWORD,
        RECOVERY,
        KeySlots,
        Slot,
        key_file,
        new_data_key,
        new_recovery_key,
    )

    _check_username(username)
    _check_password(password)
    display_name = display_name.strip() or username
    if not needs_setup(db):
        raise AccountProblem("this database already has its admin: sign in instead")
    url = _url(db)
    path = _sqlite_file(url)
    new_file = path is not None and (not path.exists() or path.stat().st_size == 0)
    key: bytes | None = None
    recovery: str | None = None
    keys_at: Path | None = None
    if new_file and encrypt:
        assert path is not None
        key, recovery = new_data_key(), new_recovery_key()
        parameters = hashing()
        slots = KeySlots(
            [
                Slot.wrap(PASSWORD, username, password, key, parameters),
                Slot.wrap(RECOVERY, None, recovery, key, parameters),
            ]
        )
        keys_at = key_file(path)
        # Private, as the store makes a database's folder (it holds the records).
        make_private_dir(path.parent)
        # The key file first: a database file without it could never be opened again.
        slots.save(keys_at)
    hashed = hash_secret(password)
    try:
        database = _opened(url, key=key)
        try:
            with database.write() as session:
                account = accounts.add(session, username, display_name, Role.ADMIN, hashed)
                if new_file and not encrypt:
                    accounts.choose_plain(session, f"{username}, {clock():%Y-%m-%d %H:%M} UTC")
            _audit(database, username, "account.setup")
        finally:
            database.engine.dispose()
    except BaseException:
        if keys_at is not None and path is not None:
            # Nothing half-made is left: the new file and its key go together.
            keys_at.unlink(missing_ok=True)
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    return SignedIn(account, key), recovery


def sign_in(db: str | None, username: str | None, secret: str) -> SignedIn:
    """Check `secret` (a password, or the recovery key of an encrypted database) for
    `username` (for any active user when None). Raises `SignInRefused`, or `TooSoon`
    without trying the secret after too many wrong attempts."""
    url = _url(db)
    keys = key_path(url)
    if keys is not None:
        return finish_sign_in(db, unlock(db, username, secret))
    return _sign_in_plain(url, username, secret)


def sign_in_restored(db: str | None, username: str, secret: str) -> SignedIn | None:
    """After a restore of an encrypted archive opened with `secret`: `username` (who asked
    for it) signed in to the restored records when `secret` is their password there; None
    when it is the recovery key or another user's password, so that the caller asks who
    signs in rather than going on as someone else. Nothing is counted: the archive has
    just taken `secret`."""
    from consult.store.keyslots import KeySlots, WrongSecret, key_file

    path = encrypted_file(db)
    if path is None:
        raise SignInRefused("the restored records are not encrypted: sign in with `sign_in`")
    try:
        key, slot = KeySlots.load(key_file(path)).unlock(secret, username)
    except WrongSecret:
        return None
    if slot.user != username:  # the recovery key
        return None
    return finish_sign_in(db, Unlocked(key, username, username))


@dataclass(frozen=True)
class Unlocked:
    """The data key of an encrypted SQLite database, unwrapped by a password or the recovery
    key; whose account it is, and whether it is active, is checked by `finish_sign_in`."""

    key: bytes = field(repr=False)
    user: str | None  # the key slot's user; None for the recovery key
    counted_as: str  # the name wrong attempts were counted under

    @property
    def by_recovery_key(self) -> bool:
        return self.user is None


def encrypted_file(db: str | None) -> Path | None:
    """The SQLite file of `db` when it is encrypted (its key file beside it), else None.
    Standard library only: the window asks before the store is loaded."""
    from consult.config import database_url, sqlite_file
    from consult.store.keyslots import key_file

    path = sqlite_file(database_url(db))
    return path if path is not None and key_file(path).exists() else None


def finish_interrupted_encryption(db: str | None) -> str | None:
    """Before signing in: finish (or undo) a conversion to an encrypted database that was
    killed midway, so that the key file beside the database says the truth again; one line
    saying which, or None. Loads the store only when a conversion's copy is found."""
    from consult.config import database_url, locations, sqlite_file

    path = sqlite_file(database_url(db))
    if path is None or not any(path.parent.glob(f"{glob.escape(path.name)}.encrypting*")):
        return None
    from consult.services.encryption import finish_interrupted

    return finish_interrupted(locations(db))


def unlock(db: str | None, username: str | None, secret: str) -> Unlocked:
    """The first half of signing in to an encrypted database: the data key that `secret`
    unwraps from the key slots, with nothing but the standard library and Argon2 (the window
    does it before the store is loaded, and searches with the key at once). Raises
    `SignInRefused` (counted), or `TooSoon` without trying the secret."""
    from consult.store.keyslots import RECOVERY, KeySlots, WrongSecret, key_file

    path = encrypted_file(db)
    if path is None:
        raise SignInRefused("this database is not encrypted: sign in with `sign_in`")
    attempts = _FileAttempts(attempts_file(path))
    name = username or ANY_USER
    if (left := _wait(*attempts.get(name))) > 0:
        raise TooSoon(left)
    try:
        key, slot = KeySlots.load(key_file(path)).unlock(secret, username)
    except WrongSecret:
        attempts.fail(name)
        raise SignInRefused() from None
    return Unlocked(key, None if slot.kind == RECOVERY else slot.user, name)


class Unlocking:
    """`unlock` on a thread of its own, started at once: Argon2 leaves Python's lock while it
    works, so the window is built meanwhile. `result()` waits for it, raising what it
    raised."""

    def __init__(self, db: str | None, username: str | None, secret: str) -> None:
        self._outcome: list[Unlocked | Exception] = []
        self._thread = threading.Thread(
            target=self._run, args=(db, username, secret), name="consult-unlock", daemon=True
        )
        self._thread.start()

    def _run(self, db: str | None, username: str | None, secret: str) -> None:
        try:
            self._outcome.append(unlock(db, username, secret))
        except Exception as error:  # raised again by `result`, on the caller's thread
            self._outcome.append(error)

    def result(self) -> Unlocked:
        self._thread.join()
        (outcome,) = self._outcome
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def finish_sign_in(db: str | None, unlocked: Unlocked) -> SignedIn:
    """The second half: the account of the key slot `unlocked` came from (the first active
    admin for the recovery key) must be active; the sign-in is written in the audit log.
    A file at this consult's schema is read and written without the store (which would
    load SQLAlchemy and Alembic: most of a command's time); any other is opened by it."""
    from consult.store.account_file import AccountFile

    path = _sqlite_file(_url(db))
    assert path is not None
    light = AccountFile.open(path, unlocked.key)
    book: AccountFile | _StoreAccounts = (
        _StoreAccounts(db, unlocked.key) if light is None else light
    )
    try:
        user = unlocked.user
        account = book.first_active_admin() if user is None else book.find(user)
        if account is None or not account.active:
            book.record([(user or "recovery", "account.sign_in_refused", "inactive")])
            raise SignInRefused()
        attempts = _FileAttempts(attempts_file(path))
        refused, _last = attempts.get(unlocked.counted_as)
        events: list[tuple[str, str, str | None]] = []
        if refused:
            # Counted beside the file while it could not be written: told to the log now.
            events.append(
                (
                    unlocked.counted_as,
                    "account.sign_in_refused",
                    f"{refused} wrong attempt(s) at the start since the last sign-in, "
                    "counted before the database was open",
                )
            )
        recovered = unlocked.by_recovery_key
        events.append((account.username, "account.sign_in", "recovery key" if recovered else None))
        book.record(events)
        attempts.clear(unlocked.counted_as)
    finally:
        book.close()
    return SignedIn(account, unlocked.key, by_recovery_key=recovered)


class _StoreAccounts:
    """`finish_sign_in`'s reads and writes through the store, for a file `AccountFile`
    does not open (an older schema to migrate, a restore to finish, damage to explain)."""

    def __init__(self, db: str | None, key: bytes | None) -> None:
        self._database = _opened(_url(db), key=key)

    def find(self, username: str) -> Account | None:
        from consult.store import accounts

        with self._database.read() as session:
            return accounts.find(session, username)

    def first_active_admin(self) -> Account | None:
        from consult.store import accounts

        with self._database.read() as session:
            return accounts.first_active_admin(session)

    def record(self, events: list[tuple[str, str, str | None]]) -> None:
        with self._database.write() as session:
            for actor, action, detail in events:
                _record(session, actor, action, detail)

    def close(self) -> None:
        self._database.engine.dispose()


class Entry(Enum):
    """How the window lets someone in to a database."""

    SIGN_IN = "sign in"  # it has accounts
    SET_UP = "set up"  # nothing yet: the first admin, encrypted by default
    SET_UP_EXISTING = "set up existing"  # records from before accounts: the first admin


def entry(db: str | None) -> Entry:
    """Which way in `db` needs. Standard library only for an encrypted file; the store is
    loaded for any other (to read whether it has accounts)."""
    if encrypted_file(db) is not None or not needs_setup(db):
        return Entry.SIGN_IN
    return Entry.SET_UP if is_new(db) else Entry.SET_UP_EXISTING


@dataclass(frozen=True)
class Admission:
    """Who the window opens the records for, decided before any patient shows: `signed_in`
    (the account checked), or `unlocked` (an encrypted database's key: its account is
    checked as the records open, off the GUI thread), or neither (a database from before
    accounts, opened as it always was, by automation that gave a password)."""

    signed_in: SignedIn | None = None
    unlocked: Unlocked | None = None
    # An unlock still running: `settled` waits for it (before `key` or `completed`).
    unlocking: Unlocking | None = None

    def settled(self) -> Admission:
        """This admission once its unlock has finished; raises its `SignInRefused`."""
        if self.unlocking is None:
            return self
        return Admission(unlocked=self.unlocking.result())

    @property
    def key(self) -> bytes | None:
        """The data key to read an encrypted database with (None: plain or a server)."""
        assert self.unlocking is None, "settle the admission first"
        if self.unlocked is not None:
            return self.unlocked.key
        return None if self.signed_in is None else self.signed_in.key

    def completed(self, db: str | None) -> SignedIn | None:
        """Who is signed in, the account of an unlocked key checked now (`finish_sign_in`:
        the store is loaded, so call it off the GUI thread)."""
        assert self.unlocking is None, "settle the admission first"
        if self.unlocked is not None:
            return finish_sign_in(db, self.unlocked)
        return self.signed_in


def encryption_offered(db: str | None, signed_in: SignedIn) -> bool:
    """Whether to offer `signed_in` to encrypt the database now: a plain SQLite file, an
    admin signed in who is its only active user (a key slot needs each user's password: the
    others could not sign in after it), and no admin has chosen to keep it plain."""
    from consult.store import accounts

    url = _url(db)
    if signed_in.key is not None or _sqlite_file(url) is None or key_path(url) is not None:
        return False
    if not signed_in.account.may(Permission.SETTINGS):
        return False
    database = _opened(db)
    try:
        with database.read() as session:
            alone = [name for name, _hash in accounts.active_hashes(session)] == [
                signed_in.account.username
            ]
            return alone and accounts.plain_choice(session) is None
    finally:
        database.engine.dispose()


def keep_plain(db: str | None, signed_in: SignedIn) -> str:
    """Record that the admin `signed_in` chose to keep this database unencrypted (Settings
    shows it): who and when, also in the audit log. Returns what was recorded."""
    from consult.store import accounts

    if not signed_in.account.may(Permission.SETTINGS):
        raise NotAllowed(_REFUSALS[Permission.SETTINGS])
    username = signed_in.account.username
    chosen = f"{username}, {clock():%Y-%m-%d %H:%M} UTC"
    database = _opened(db)
    try:
        with database.write() as session:
            accounts.choose_plain(session, chosen)
            _record(session, username, "database.keep_plain")
    finally:
        database.engine.dispose()
    return chosen


def _sign_in_plain(url: str, username: str | None, secret: str) -> SignedIn:
    from consult.store import accounts

    database = _opened(url)
    try:
        with database.write() as session:
            if username is None:
                candidates = accounts.active_hashes(session)
            else:
                account = accounts.find(session, username)
                if account is None or not account.active:
                    candidates = []
                else:
                    candidates = [(username, accounts.password_hash(session, username))]
            if username is not None and (left := _wait(*accounts.failures(session, username))) > 0:
                raise TooSoon(left)
            matched = next(
                (name for name, hashed in candidates if verify_secret(hashed, secret)), None
            )
            if matched is None:
                if username is not None:
                    accounts.note_failure(session, username, clock())
                _record(session, username or ANY_USER, "account.sign_in_refused")
            else:
                accounts.clear_failures(session, matched)
                _record(session, matched, "account.sign_in")
                signed_in = SignedIn(accounts.get(session, matched), None)
    finally:
        database.engine.dispose()
    if matched is None:
        raise SignInRefused()
    return signed_in


def _record(session: object, actor: str, action: str, detail: str | None = None) -> None:
    from consult.store.audit import record_event

    record_event(session, actor, action, "account", None, detail)  # type: ignore[arg-type]


# --- while a context is open -----------------------------------------------------------------


class AccountService:
    """The accounts of an open database: listed, added, passwords and PINs changed,
    deactivated; and a user's password or PIN checked while the window is locked. On an
    encrypted database a password change rewrites that user's key slot too."""

    def __init__(
        self,
        database: object,
        current: CurrentUser,
        keys: Path | None = None,
        data_key: bytes | None = None,
    ) -> None:
        from consult.store.database import Database

        assert isinstance(database, Database)
        self._database = database
        self._current = current
        self._keys = keys
        self._data_key = data_key

    def list(self) -> list[Account]:
        from consult.store import accounts

        self._current.require(Permission.USERS)
        with self._database.read() as session:
            return accounts.list_all(session)

    def me(self) -> Account | None:
        """The signed-in user's account as stored now (whether a PIN is set, say); None when
        nobody is signed in."""
        from consult.store import accounts

        username = self._signed_in_name()
        if username is None:
            return None
        with self._database.read() as session:
            return accounts.find(session, username)

    def add(
        self,
        username: str,
        display_name: str,
        role: Role,
        password: str,
        practitioner_id: int | None = None,
    ) -> Account:
        from consult.store import accounts

        self._current.require(Permission.USERS)
        _check_username(username)
        _check_password(password)
        role = Role(role)
        hashed = hash_secret(password)
        with self._database.write() as session:
            if accounts.find(session, username) is not None:
                raise AccountProblem(f"there is already a user named {username}")
            account = accounts.add(
                session,
                username,
                display_name.strip() or username,
                role,
                hashed,
                practitioner_id,
            )
            _record(session, self._current.actor(), "account.add", username)
            # The key slot last, inside the transaction: if it cannot be written, the
            # account is not added either.
            self._set_slot(username, password)
        return account

    def set_password(self, username: str, password: str) -> None:
        """A new password for `username`: one's own, or anyone's by an admin."""
        from consult.store import accounts

        if username != self._signed_in_name():
            self._current.require(Permission.USERS)
        _check_password(password)
        hashed = hash_secret(password)
        with self._database.write() as session:
            accounts.set_password_hash(session, username, hashed)
            accounts.clear_failures(session, username)
            _record(session, self._current.actor(), "account.password", username)
            self._set_slot(username, password)

    def set_pin(self, pin: str) -> None:
        """The signed-in user's PIN, which unlocks the window they signed into."""
        from consult.store import accounts

        username = self._signed_in_name()
        if username is None:
            raise NotAllowed("sign in with your password before choosing a PIN")
        check_pin(pin)
        hashed = hash_secret(pin)
        with self._database.write() as session:
            accounts.set_pin_hash(session, username, hashed)
            _record(session, username, "account.pin", username)

    def deactivate(self, username: str) -> None:
        """`username` can no longer sign in (their records keep their name); never the
        last active admin."""
        from consult.store import accounts
        from consult.store.keyslots import KeySlots

        self._current.require(Permission.USERS)
        with self._database.write() as session:
            account = accounts.get(session, username)
            if (
                account.active
                and account.role == Role.ADMIN
                and accounts.active_admins(session) <= 1
            ):
                raise NotAllowed(f"{username} is the last active admin: make another admin first")
            accounts.deactivate(session, username)
            _record(session, self._current.actor(), "account.deactivate", username)
            if self._keys is not None:
                slots = KeySlots.load(self._keys)
                slots.remove(username)
                slots.save(self._keys)

    def unlock(self, username: str, secret: str) -> SignedIn:
        """Check the password of `username`, or the PIN of the user signed in, while the
        window is locked: the user who locked it, or another who signs in. Wrong attempts
        are counted and delayed as at sign-in."""
        from consult.store import accounts

        with self._database.write() as session:
            account = accounts.find(session, username)
            right = False
            if account is not None and account.active:
                if (left := _wait(*accounts.failures(session, username))) > 0:
                    raise TooSoon(left)
                right = verify_secret(accounts.password_hash(session, username), secret)
                pin = accounts.pin_hash(session, username)
                if not right and pin is not None and username == self._signed_in_name():
                    right = verify_secret(pin, secret)
                if not right:
                    accounts.note_failure(session, username, clock())
            if not right:
                _record(session, username, "account.sign_in_refused", "lock screen")
        if not right or account is None:
            if username == self._signed_in_name():  # only the password or PIN was asked
                raise SignInRefused("the password or PIN is not right")
            raise SignInRefused()
        with self._database.write() as session:
            accounts.clear_failures(session, username)
            _record(session, username, "account.unlock")
        return SignedIn(account, self._data_key)

    def switch(self, signed_in: SignedIn) -> None:
        """Make `signed_in` the user every service of this context acts for."""
        self._current.signed_in = SignedIn(signed_in.account, self._data_key)
        self._current.accounts = True

    def _signed_in_name(self) -> str | None:
        signed_in = self._current.signed_in
        return None if signed_in is None else signed_in.account.username

    def _set_slot(self, username: str, password: str) -> None:
        from consult.store.keyslots import PASSWORD, KeySlots, Slot

        if self._keys is None or self._data_key is None:
            return
        slots = KeySlots.load(self._keys)
        slots.remove(username)
        slots.slots.append(Slot.wrap(PASSWORD, username, password, self._data_key, hashing()))
        slots.save(self._keys)
