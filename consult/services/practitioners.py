"""The clinic's practitioners, chosen on a consultation: one transaction and one audit event
per change."""

from __future__ import annotations

from consult.domain.practitioner import PractitionerRecord
from consult.store import practitioners
from consult.store.audit import record_event
from consult.store.database import Database


class PractitionerService:
    def __init__(self, database: Database, actor: str = "practitioner") -> None:
        self._db = database
        self._actor = actor

    def list(self) -> list[PractitionerRecord]:
        with self._db.read() as session:
            return practitioners.list_all(session)

    def add(self, name: str) -> PractitionerRecord:
        """Add a practitioner; `DocumentError` for an empty or over-long name."""
        wanted = PractitionerRecord(id=0, name=name.strip())  # the id is given on save
        wanted.check()
        with self._db.write() as session:
            record = practitioners.add(session, wanted.name)
            record_event(session, self._actor, "practitioner.add", "practitioner", record.id)
        return record

    def rename(self, practitioner_id: int, name: str) -> PractitionerRecord:
        """Rename; `DocumentError` for a bad name, `NotFound` for an unknown id."""
        wanted = PractitionerRecord(id=practitioner_id, name=name.strip())
        wanted.check()
        with self._db.write() as session:
            record = practitioners.rename(session, practitioner_id, wanted.name)
            record_event(
                session, self._actor, "practitioner.rename", "practitioner", practitioner_id
            )
        return record
