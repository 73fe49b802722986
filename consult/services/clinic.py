"""The clinic's details: read for documents, saved from Settings."""

from __future__ import annotations

from consult.domain.access import IDLE_LOCK_DEFAULT_MINUTES, IDLE_LOCK_MINUTES_RANGE, Permission
from consult.domain.clinic import ClinicDetails
from consult.services.access import AccountProblem, CurrentUser
from consult.store import clinic
from consult.store.audit import record_event
from consult.store.database import Database


class ClinicService:
    def __init__(self, database: Database, current: CurrentUser | None = None) -> None:
        self._db = database
        self._current = current or CurrentUser()

    def get(self) -> ClinicDetails | None:
        """The saved details, or None on a first start (the window then asks once)."""
        with self._db.read() as session:
            return clinic.get(session)

    def save(self, details: ClinicDetails) -> ClinicDetails:
        self._current.require(Permission.SETTINGS)
        details.check()
        with self._db.write() as session:
            row_id = clinic.save(session, details)
            record_event(session, self._current.actor(), "clinic.save", "clinic_settings", row_id)
        return details

    def idle_lock_minutes(self) -> int:
        """Minutes without input before the window locks (the default until set)."""
        with self._db.read() as session:
            minutes = clinic.idle_lock_minutes(session)
        return IDLE_LOCK_DEFAULT_MINUTES if minutes is None else minutes

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self._current.require(Permission.SETTINGS)
        low, high = IDLE_LOCK_MINUTES_RANGE
        if not low <= minutes <= high:
            raise AccountProblem(f"the idle lock waits {low} to {high} minutes, not {minutes}")
        with self._db.write() as session:
            row_id = clinic.set_idle_lock_minutes(session, minutes)
            record_event(
                session,
                self._current.actor(),
                "clinic.idle_lock",
                "clinic_settings",
                row_id,
                str(minutes),
            )

    def plain_by_choice(self) -> str | None:
        """Who kept this database unencrypted, and when; None when nobody chose to."""
        with self._db.read() as session:
            return clinic.plain_by_choice(session)

    def is_demo(self) -> bool:
        """True for a database of invented patients (`consult demo`)."""
        with self._db.read() as session:
            return clinic.is_demo(session)

    def holds_patients(self) -> bool:
        """False for a new database: nothing in it to back up yet."""
        with self._db.read() as session:
            return clinic.holds_patients(session)
