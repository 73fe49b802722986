"""Treatment sessions as performed: recorded once, listed for progress and export."""

from __future__ import annotations

import datetime as dt

from consult.domain.rules import Rules
from consult.domain.treatment import TreatmentDetails, TreatmentRecord
from consult.store import patients, treatments
from consult.store.audit import record_event
from consult.store.database import Database


class TreatmentService:
    def __init__(self, database: Database, rules: Rules, actor: str = "practitioner") -> None:
        self._db = database
        self._rules = rules
        self._actor = actor

    def record(
        self, patient_id: int, details: TreatmentDetails, finalised: bool = True
    ) -> TreatmentRecord:
        details.check(self._rules, dt.date.today())
        with self._db.write() as session:
            patients.get(session, patient_id)
            record = treatments.add(session, patient_id, details, finalised)
            record_event(session, self._actor, "treatment.record", "treatment_session", record.id)
        return record

    def for_patient(self, patient_id: int) -> list[TreatmentRecord]:
        with self._db.read() as session:
            return treatments.for_patient(session, patient_id)
