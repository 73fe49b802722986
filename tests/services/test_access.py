"""Accounts and sign-in: passwords, the recovery key, delays after wrong attempts, roles
refused at the services, and audit events naming each user (SQLite and PostgreSQL)."""

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from consult.domain.access import Permission, Role
from consult.domain.records import PatientDetails
from consult.services import access
from consult.services.access import (
    AccountProblem,
    NotAllowed,
    SignInRefused,
    TooSoon,
    needs_setup,
    set_up,
    sign_in,
)
from consult.services.context import open_context
from consult.store.database import sqlite_path
from consult.store.keyslots import key_file
from consult.store.models import AuditEvent

ADMIN_PASSWORD = "admin password"
RECEPTION_PASSWORD = "reception password"


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 12, 6, 12, 0)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(access, "clock", fake)
    return fake


@pytest.fixture
def make_patient():
    return lambda: PatientDetails("Ana", "Lima", dt.date(1990, 5, 1))


@pytest.fixture
def clinic(database_url, rules):
    """A database with its admin and a receptionist; yields the URL and the recovery key."""
    assert needs_setup(database_url)
    admin, recovery = set_up(database_url, "admin", "The Admin", ADMIN_PASSWORD)
    context = open_context(database_url, admin, rules=rules)
    try:
        context.accounts.add("rita", "Rita", Role.RECEPTION, RECEPTION_PASSWORD)
    finally:
        context.close()
    return database_url, recovery


def _actors(context) -> list[tuple[str, str]]:
    with context.database.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(row.actor, row.action) for row in rows]


def test_a_new_sqlite_database_is_encrypted_and_has_a_recovery_key(clinic):
    url, recovery = clinic
    path = sqlite_path(url)
    if path is None:
        assert recovery is None  # a server's encryption at rest is its own
        return
    assert key_file(path).exists()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert recovery is not None and len(recovery) == 39
    assert not needs_setup(url)


def test_the_right_password_signs_in_and_the_services_name_the_user(clinic, rules, make_patient):
    url, _ = clinic
    signed_in = sign_in(url, "rita", RECEPTION_PASSWORD)
    assert signed_in.account.role == Role.RECEPTION
    context = open_context(url, signed_in, rules=rules)
    try:
        assert context.current.actor() == "rita"
        patient = context.patients.create(make_patient())
        assert ("rita", "patient.create") in _actors(context)
        assert ("rita", "account.sign_in") in _actors(context)
        assert ("admin", "account.add") in _actors(context)
        assert context.patients.get(patient.id).id == patient.id
    finally:
        context.close()


def test_any_users_password_signs_in_without_a_user_name(clinic):
    url, _ = clinic
    assert sign_in(url, None, ADMIN_PASSWORD).account.username == "admin"
    assert sign_in(url, None, RECEPTION_PASSWORD).account.username == "rita"


@pytest.mark.parametrize(
    ("username", "secret"),
    [("rita", ADMIN_PASSWORD), ("nobody", RECEPTION_PASSWORD), (None, "not a password")],
)
def test_a_wrong_password_or_unknown_user_is_refused(clinic, username, secret):
    url, _ = clinic
    with pytest.raises(SignInRefused, match="the user name or password is not right"):
        sign_in(url, username, secret)


def test_a_deactivated_user_cannot_sign_in(clinic, rules):
    url, _ = clinic
    context = open_context(url, sign_in(url, "admin", ADMIN_PASSWORD), rules=rules)
    try:
        context.accounts.deactivate("rita")
        with pytest.raises(NotAllowed, match="last active admin"):
            context.accounts.deactivate("admin")
        assert [a.active for a in context.accounts.list()] == [True, False]
    finally:
        context.close()
    with pytest.raises(SignInRefused):
        sign_in(url, "rita", RECEPTION_PASSWORD)


def test_the_recovery_key_opens_an_encrypted_database_as_its_admin(clinic, rules):
    url, recovery = clinic
    if recovery is None:
        return  # PostgreSQL: no key to recover, the server's encryption is its own
    typed = recovery.lower().replace("-", " ")
    signed_in = sign_in(url, None, typed)
    assert signed_in.by_recovery_key
    assert signed_in.account.username == "admin"
    context = open_context(url, signed_in, rules=rules)
    try:
        context.accounts.set_password("admin", "a new password")
    finally:
        context.close()
    assert sign_in(url, "admin", "a new password").key == signed_in.key
    with pytest.raises(SignInRefused):
        sign_in(url, "admin", ADMIN_PASSWORD)


def test_after_five_wrong_attempts_each_waits_longer(clinic, clock):
    url, _ = clinic
    for _ in range(5):
        with pytest.raises(SignInRefused) as refused:
            sign_in(url, "rita", "wrong password")
        assert not isinstance(refused.value, TooSoon)
    with pytest.raises(TooSoon) as early:
        sign_in(url, "rita", RECEPTION_PASSWORD)  # not even tried
    assert early.value.seconds == pytest.approx(2.0)
    assert str(early.value) == "too many wrong attempts: try again in 2 seconds"
    assert str(TooSoon(0.6)) == "too many wrong attempts: try again in 1 second"
    clock.now += dt.timedelta(seconds=2)
    with pytest.raises(SignInRefused):
        sign_in(url, "rita", "wrong again")
    with pytest.raises(TooSoon) as longer:
        sign_in(url, "rita", RECEPTION_PASSWORD)
    assert longer.value.seconds == pytest.approx(4.0)
    clock.now += dt.timedelta(seconds=4)
    assert sign_in(url, "rita", RECEPTION_PASSWORD).account.username == "rita"
    # The count starts again after a right one.
    with pytest.raises(SignInRefused) as again:
        sign_in(url, "rita", "wrong password")
    assert not isinstance(again.value, TooSoon)


def test_reception_is_refused_clinical_records_photos_and_admin_work(clinic, rules, make_patient):
    url, _ = clinic
    context = open_context(url, sign_in(url, "rita", RECEPTION_PASSWORD), rules=rules)
    try:
        patient = context.patients.create(make_patient())
        assert context.current.may(Permission.CONTACTS)
        refused = [
            lambda: context.consultations.start(patient.id),
            lambda: context.consultations.drafts(),
            lambda: context.photos.for_patient(patient.id),
            lambda: context.course.sessions(patient.id),
            lambda: context.consents.consents(patient.id),
            lambda: context.outcomes.score_history(patient.id),
            lambda: context.erasure.entries(),
            lambda: context.accounts.list(),
            lambda: context.accounts.add("eve", "Eve", Role.ADMIN, "eve password"),
            lambda: context.practitioners.add("Dr Who"),
        ]
        for call in refused:
            with pytest.raises(NotAllowed):
                call()
        assert not any(action.startswith("consultation.") for _, action in _actors(context))
    finally:
        context.close()


def test_a_draft_belongs_to_who_started_it(clinic, rules, make_patient):
    url, _ = clinic
    admin = sign_in(url, "admin", ADMIN_PASSWORD)
    context = open_context(url, admin, rules=rules)
    try:
        context.accounts.add("pia", "Pia", Role.PRACTITIONER, "pia password")
        patient = context.patients.create(make_patient())
        draft = context.consultations.start(patient.id)
        assert [d.id for d in context.consultations.drafts()] == [draft.id]
        pia = context.accounts.unlock("pia", "pia password")
        context.accounts.switch(pia)
        assert context.current.actor() == "pia"
        assert context.consultations.drafts() == []
        assert [d.id for d in context.consultations.drafts("admin")] == [draft.id]
    finally:
        context.close()


def test_unlock_takes_the_password_or_own_pin_and_counts_failures(clinic, rules, clock):
    url, _ = clinic
    context = open_context(url, sign_in(url, "admin", ADMIN_PASSWORD), rules=rules)
    try:
        with pytest.raises(AccountProblem):
            context.accounts.set_pin("12")
        context.accounts.set_pin("4711")
        assert context.accounts.unlock("admin", "4711").account.username == "admin"
        with pytest.raises(SignInRefused):
            context.accounts.unlock("rita", "4711")  # another's PIN is no password
        for _ in range(4):
            with pytest.raises(SignInRefused):
                context.accounts.unlock("rita", "wrong")
        with pytest.raises(TooSoon):
            context.accounts.unlock("rita", RECEPTION_PASSWORD)
        clock.now += dt.timedelta(minutes=1)
        assert context.accounts.unlock("rita", RECEPTION_PASSWORD).account.role == Role.RECEPTION
        actions = _actors(context)
        assert ("rita", "account.sign_in_refused") in actions
        assert ("rita", "account.unlock") in actions
    finally:
        context.close()


def test_a_database_without_accounts_works_as_before(context, make_patient):
    assert context.current.actor() == "cli"
    assert context.current.may(Permission.ERASURE)
    context.patients.create(make_patient())
    assert ("cli", "patient.create") in _actors(context)


def test_an_encrypted_database_does_not_open_without_a_sign_in(clinic, rules):
    url, recovery = clinic
    if recovery is None:
        return  # PostgreSQL: opening it needs no key; nobody signed in may do nothing
    with pytest.raises(SignInRefused, match="encrypted"):
        open_context(url, rules=rules)


def test_set_up_refuses_a_bad_user_name_or_password_and_leaves_nothing(tmp_path):
    db = str(tmp_path / "new.sqlite3")
    with pytest.raises(AccountProblem, match="user name"):
        set_up(db, "Not Valid", "x", ADMIN_PASSWORD)
    with pytest.raises(AccountProblem, match="at least 8"):
        set_up(db, "admin", "x", "short")
    assert list(tmp_path.iterdir()) == []


def test_only_an_admin_sets_the_idle_lock_minutes_within_the_range(clinic, rules):
    url, _recovery = clinic
    admin = open_context(url, sign_in(url, "admin", ADMIN_PASSWORD), rules=rules)
    try:
        assert admin.clinic.idle_lock_minutes() == 5
        admin.clinic.set_idle_lock_minutes(12)
        with pytest.raises(AccountProblem, match="1 to 60 minutes"):
            admin.clinic.set_idle_lock_minutes(61)
        assert ("admin", "clinic.idle_lock") in _actors(admin)
        assert admin.clinic.plain_by_choice() is None
    finally:
        admin.close()
    reception = open_context(url, sign_in(url, "rita", RECEPTION_PASSWORD), rules=rules)
    try:
        assert reception.clinic.idle_lock_minutes() == 12
        with pytest.raises(NotAllowed):
            reception.clinic.set_idle_lock_minutes(30)
    finally:
        reception.close()


def test_reception_may_not_set_or_change_the_skin_type(clinic, rules, make_patient):
    url, _ = clinic
    context = open_context(url, sign_in(url, "rita", RECEPTION_PASSWORD), rules=rules)
    try:
        with pytest.raises(NotAllowed):
            context.patients.create(dataclasses.replace(make_patient(), fitzpatrick=3))
        patient = context.patients.create(make_patient())
        with pytest.raises(NotAllowed):
            context.patients.edit(
                patient.id, dataclasses.replace(patient.details, fitzpatrick=4), patient.version
            )
        changed = context.patients.edit(
            patient.id, dataclasses.replace(patient.details, phone="+351 900"), patient.version
        )
        assert changed.details.phone == "+351 900"
        assert changed.details.fitzpatrick is None
    finally:
        context.close()


def test_wrong_passwords_at_an_encrypted_start_are_told_at_the_next_sign_in(tmp_path, rules):
    url = str(tmp_path / "start" / "consult.sqlite3")
    admin, _recovery = set_up(url, "admin", "The Admin", ADMIN_PASSWORD)
    context = open_context(url, admin, rules=rules)
    context.accounts.add("rita", "Rita", Role.RECEPTION, RECEPTION_PASSWORD)
    context.close()
    for _ in range(2):  # the database is not open yet: counted beside it
        with pytest.raises(SignInRefused):
            sign_in(url, "rita", "wrong password")
    context = open_context(url, sign_in(url, "rita", RECEPTION_PASSWORD), rules=rules)
    try:
        with context.database.read() as session:
            refused = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "account.sign_in_refused")
            ).all()
        assert [(event.actor, event.detail) for event in refused] == [
            (
                "rita",
                "2 wrong attempt(s) at the start since the last sign-in, "
                "counted before the database was open",
            )
        ]
        assert "wrong password" not in str([event.detail for event in refused])
    finally:
        context.close()
    # Told once: the count starts again after the sign-in.
    context = open_context(url, sign_in(url, "rita", RECEPTION_PASSWORD), rules=rules)
    try:
        actions = [action for _, action in _actors(context)]
        assert actions.count("account.sign_in_refused") == 1
    finally:
        context.close()
