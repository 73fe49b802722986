"""The clinic's details: read for documents, saved from Settings."""

from __future__ import annotations

from consult.domain.access import Permission
from consult.domain.clinic import ClinicDetails
from consult.services.access import CurrentUser
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
