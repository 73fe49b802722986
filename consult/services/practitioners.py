"""The clinic's practitioners, chosen on a consultation: one transaction and one audit event
per change."""

from __future__ import annotations

from consult.domain.access import Permission
from consult.domain.practitioner import PractitionerRecord
from consult.services.access import CurrentUser
from consult.store import practitioners
from consult.store.audit import record_event
from consult.store.database import Database


class PractitionerService:
    def __init__(self, database: Database, current: CurrentUser | None = None) -> None:
        self._db = database
        self._current = current or CurrentUser()

    def list(self) -> list[PractitionerRecord]:
        """Every practitioner, those who left included (their names are on records)."""
        with self._db.read() as session:
            return practitioners.list_all(session)

    def offered(self, keep: int | None = None) -> list[PractitionerRecord]:
        """Those to choose from for a record: the active ones, and `keep` (the one a record
        already names) even if they have left, so that opening it changes nothing."""
        return [p for p in self.list() if p.active or p.id == keep]

    def set_active(self, practitioner_id: int, active: bool) -> PractitionerRecord:
        """Deactivate one who left (kept on past records) or reactivate them; `NotFound`
        for an unknown id."""
        self._current.require(Permission.SETTINGS)
        with self._db.write() as session:
            record = practitioners.set_active(session, practitioner_id, active)
            action = "practitioner.reactivate" if active else "practitioner.deactivate"
            record_event(session, self._current.actor(), action, "practitioner", practitioner_id)
        return record

    def add(self, name: str) -> PractitionerRecord:
        """Add a practitioner; `DocumentError` for an empty or over-long name."""
        self._current.require(Permission.SETTINGS)
        wanted = PractitionerRecord(id=0, name=name.strip())  # the id is given on save
        wanted.check()
        with self._db.write() as session:
            record = practitioners.add(session, wanted.name)
            record_event(
                session, self._current.actor(), "practitioner.add", "practitioner", record.id
            )
        return record

    def rename(self, practitioner_id: int, name: str) -> PractitionerRecord:
        """Rename; `DocumentError` for a bad name, `NotFound` for an unknown id."""
        self._current.require(Permission.SETTINGS)
        wanted = PractitionerRecord(id=practitioner_id, name=name.strip())
        wanted.check()
        with self._db.write() as session:
            record = practitioners.rename(session, practitioner_id, wanted.name)
            record_event(
                session,
                self._current.actor(),
                "practitioner.rename",
                "practitioner",
                practitioner_id,
            )
        return record
