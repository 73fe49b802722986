"""Signing in to an encrypted database at the shipped schema without the store: the account
is checked and the audit events written with sqlite3, read back as the store's own."""

import datetime as dt
import re
from contextlib import closing

import pytest

from consult.domain.access import Role
from consult.services import access
from consult.services.access import SignInRefused, set_up, sign_in
from consult.services.audit_log import AuditLogService
from consult.services.context import open_context
from consult.store import accounts
from consult.store.account_file import AccountFile
from consult.store.audit import AuditFilter
from consult.store.connection import connect_sqlite

ADMIN_PASSWORD = "admin password"
RECEPTION_PASSWORD = "reception password"


@pytest.fixture
def clinic(tmp_path, rules):
    """An encrypted database with its admin and a receptionist: its file and data key."""
    path = tmp_path / "data" / "consult.sqlite3"
    admin, _recovery = set_up(str(path), "admin", "The Admin", ADMIN_PASSWORD)
    context = open_context(str(path), admin, rules=rules)
    try:
        context.accounts.add("rita", "Rita", Role.RECEPTION, RECEPTION_PASSWORD)
    finally:
        context.close()
    return path, admin.key


@pytest.fixture
def without_store(monkeypatch):
    """Signing in fails if it opens the store: what passes was done without it."""

    def refused(*_args, **_kwargs):
        raise AssertionError("the sign-in opened the store")

    monkeypatch.setattr(access, "_opened", refused)


@pytest.fixture
def through_store(monkeypatch):
    """Signing in as a file at another schema revision would: through the store."""
    monkeypatch.setattr(AccountFile, "open", classmethod(lambda cls, path, key=None: None))


def _log(path, key, rules):
    """The audit log as the window shows it (newest first), read through the store."""
    context = open_context(str(path), access.SignedIn(_admin(), key), rules=rules)
    try:
        return AuditLogService(context.database).events(AuditFilter())
    finally:
        context.close()


def _admin():
    return access.Account(1, "admin", "The Admin", Role.ADMIN)


def _stored_times(path, key) -> dict[str, str]:
    """The `at` column's text of each action's last event, as it lies in the file."""
    with closing(connect_sqlite(path, key)) as connection:
        rows = connection.execute("SELECT action, at FROM audit_event ORDER BY id").fetchall()
    return dict(rows)


@pytest.mark.parametrize("way", ["without_store", "through_store"])
def test_a_sign_in_is_logged_alike_with_or_without_the_store(clinic, rules, request, way):
    path, key = clinic
    request.getfixturevalue(way)
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    signed_in = sign_in(str(path), "rita", RECEPTION_PASSWORD)
    after = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert (signed_in.account.username, signed_in.account.role) == ("rita", Role.RECEPTION)
    assert signed_in.key == key

    newest, added, *_ = _log(path, key, rules)
    assert (newest.actor, newest.action, newest.record_type, newest.record_id) == (
        "rita",
        "account.sign_in",
        "account",
        None,
    )
    assert newest.detail is None
    # The store wrote "account.add": the sign-in's time reads back as a datetime, in UTC,
    # ordered after it, and lies in the file in the same text form.
    assert added.action == "account.add"
    assert isinstance(newest.at, dt.datetime) and before <= newest.at <= after
    assert newest.at >= added.at
    stored = _stored_times(path, key)
    form = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
    assert form.fullmatch(stored["account.add"]) and form.fullmatch(stored["account.sign_in"])


def test_a_deactivated_user_is_refused_and_that_is_logged(clinic, rules, without_store):
    path, key = clinic
    # Deactivating removes the user's key slot too; a key file older than the deactivation
    # (put back by hand, say) still has it: the account decides.
    context = open_context(str(path), access.SignedIn(_admin(), key), rules=rules)
    try:
        with context.database.write() as session:
            accounts.deactivate(session, "rita")
    finally:
        context.close()
    with pytest.raises(SignInRefused):
        sign_in(str(path), "rita", RECEPTION_PASSWORD)
    newest = _log(path, key, rules)[0]
    assert (newest.actor, newest.action, newest.detail) == (
        "rita",
        "account.sign_in_refused",
        "inactive",
    )


def test_the_recovery_key_signs_in_the_first_active_admin(tmp_path, rules):
    path = tmp_path / "consult.sqlite3"
    admin, recovery = set_up(str(path), "admin", "The Admin", ADMIN_PASSWORD)
    assert recovery is not None
    signed_in = sign_in(str(path), None, recovery)
    assert signed_in.by_recovery_key and signed_in.account.username == "admin"
    newest = _log(path, admin.key, rules)[0]
    assert (newest.actor, newest.action, newest.detail) == (
        "admin",
        "account.sign_in",
        "recovery key",
    )


def test_wrong_attempts_before_the_sign_in_are_logged_with_it(clinic, rules, without_store):
    path, key = clinic
    for _ in range(2):
        with pytest.raises(SignInRefused):
            sign_in(str(path), "rita", "wrong password")
    sign_in(str(path), "rita", RECEPTION_PASSWORD)
    signed, refused = _log(path, key, rules)[:2]
    assert (refused.actor, refused.action) == ("rita", "account.sign_in_refused")
    assert refused.detail is not None and refused.detail.startswith("2 wrong attempt(s)")
    assert (signed.actor, signed.action) == ("rita", "account.sign_in")
    # Told once: the count starts again after the sign-in.
    sign_in(str(path), "rita", RECEPTION_PASSWORD)
    actions = [event.action for event in _log(path, key, rules)]
    assert actions.count("account.sign_in_refused") == 1
