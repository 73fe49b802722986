"""The composition root: builds the rules, the store and the services that share them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from consult.config import Locations, locations
from consult.domain.rules import Rules
from consult.services.access import (
    AccountService,
    CurrentUser,
    SignedIn,
    SignInRefused,
    has_accounts,
    key_path,
)
from consult.services.backup import (
    finish_interrupted_restore,
    refuse_emptied_database,
    with_restore_hint,
)
from consult.services.clinic import ClinicService
from consult.services.consent import ConsentService
from consult.services.consultations import ConsultationService
from consult.services.course import CourseService
from consult.services.erasure import ErasureService
from consult.services.outcomes import OutcomeService
from consult.services.patients import PatientService
from consult.services.photos import PhotoService
from consult.services.practitioners import PractitionerService
from consult.services.rules import load_default_rules
from consult.store.database import Database, open_database
from consult.store.errors import DamagedDatabase

if TYPE_CHECKING:
    from consult.services.handout import HandoutMaker


@dataclass
class AppContext:
    """What the window and the command line work with, built once per process."""

    rules: Rules
    locations: Locations
    database: Database
    patients: PatientService
    consultations: ConsultationService
    course: CourseService
    photos: PhotoService
    outcomes: OutcomeService
    clinic: ClinicService
    practitioners: PractitionerService
    erasure: ErasureService
    current: CurrentUser
    accounts: AccountService
    notice: str | None = None  # what the start did on its own (an interrupted restore undone)
    # The raw data key of an encrypted SQLite database (None: plain, or a server database):
    # its backups and checks need it. Never shown, logged or written anywhere.
    key: bytes | None = field(default=None, repr=False)

    @cached_property
    def handouts(self) -> HandoutMaker:
        """The document maker, its texts and fonts read once per process. Built on first use
        (from the GUI thread): importing reportlab would slow every start-up."""
        from consult.services.handout import HandoutMaker

        return HandoutMaker(self.rules)

    @cached_property
    def consents(self) -> ConsentService:
        """Signed consents; the document maker is asked for only when a form is built."""
        return ConsentService(
            self.database,
            self.rules,
            self.locations.folder,
            lambda: self.handouts,
            self.consultations,
            self.current,
        )

    def close(self) -> None:
        self.database.engine.dispose()


def open_context(
    db: str | None = None, signed_in: SignedIn | None = None, rules: Rules | None = None
) -> AppContext:
    """Open (and migrate) the database chosen by `--db`, `CONSULT_DB` or the default, for
    the user `signed_in` (`access.sign_in`). An encrypted database needs the data key their
    sign-in unwrapped; a database without accounts (from before them) opens as it always
    did, with every right, its audit events naming "cli".

    Raises `StoreError` with a message a user can act on; for a damaged file the message
    names the newest backup and the command that restores it.
    """
    where = locations(db)
    rules = rules or load_default_rules()
    keys = key_path(where.database_url)
    key = None if signed_in is None else signed_in.key
    if keys is not None and key is None:
        raise SignInRefused("this database is encrypted: sign in with your password to open it")
    notice = finish_interrupted_restore(where)
    refuse_emptied_database(where)
    try:
        database = open_database(where.database_url, key=key)
    except DamagedDatabase as error:
        raise with_restore_hint(error, where) from None
    try:
        current = _current_user(database, signed_in)
    except BaseException:
        database.engine.dispose()
        raise
    course = CourseService(database, rules, current)
    return AppContext(
        rules=rules,
        locations=where,
        database=database,
        patients=PatientService(database, current),
        consultations=ConsultationService(database, rules, current),
        course=course,
        photos=PhotoService(database, where.photos, rules, current, key=key),
        outcomes=OutcomeService(database, rules, course, current),
        clinic=ClinicService(database, current),
        practitioners=PractitionerService(database, current),
        erasure=ErasureService(database, where.photos, rules, current),
        current=current,
        accounts=AccountService(database, current, keys, key),
        notice=notice,
        key=key,
    )


def _current_user(database: Database, signed_in: SignedIn | None) -> CurrentUser:
    """Who the services act for: `signed_in` as the database has their account now (a
    deactivated one is refused)."""
    from consult.store import accounts

    if not has_accounts(database):
        return CurrentUser(signed_in, accounts=signed_in is not None)
    if signed_in is None:
        return CurrentUser(None, accounts=True)
    with database.read() as session:
        account = accounts.find(session, signed_in.account.username)
    if account is None or not account.active:
        raise SignInRefused()
    return CurrentUser(SignedIn(account, signed_in.key, signed_in.by_recovery_key), accounts=True)
