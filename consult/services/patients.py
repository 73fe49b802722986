"""Patient use-cases: one transaction and one audit event per action."""

from __future__ import annotations

import datetime as dt

from consult.domain.access import Permission
from consult.domain.records import PatientDetails, PatientRecord
from consult.services.access import CurrentUser
from consult.store import patients
from consult.store.audit import record_event
from consult.store.database import Database


class PatientService:
    def __init__(self, database: Database, current: CurrentUser | None = None) -> None:
        self._db = database
        self._current = current or CurrentUser()

    def create(self, details: PatientDetails) -> PatientRecord:
        self._current.require(Permission.CONTACTS)
        if details.fitzpatrick is not None or details.fitzpatrick_answers is not None:
            self._current.require(Permission.CLINICAL)
        details.check(dt.date.today())
        with self._db.write() as session:
            record = patients.add(session, details)
            record_event(session, self._current.actor(), "patient.create", "patient", record.id)
        return record

    def edit(
        self, patient_id: int, details: PatientDetails, expected_version: int | None = None
    ) -> PatientRecord:
        """Save new details; with `expected_version`, refuse (ConflictError) if the patient
        was changed elsewhere since that version was read."""
        self._current.require(Permission.CONTACTS)
        details.check(dt.date.today())
        with self._db.write() as session:
            if not self._current.may(Permission.CLINICAL):
                # Reception keeps the contact details: the skin type is a clinical finding.
                stored = patients.get(session, patient_id).details
                if (details.fitzpatrick, details.fitzpatrick_answers) != (
                    stored.fitzpatrick,
                    stored.fitzpatrick_answers,
                ):
                    self._current.require(Permission.CLINICAL)
            record = patients.update(session, patient_id, details, expected_version)
            record_event(session, self._current.actor(), "patient.edit", "patient", patient_id)
        return record

    def archive(self, patient_id: int, archived: bool = True) -> PatientRecord:
        self._current.require(Permission.CONTACTS)
        with self._db.write() as session:
            record = patients.set_archived(session, patient_id, archived)
            action = "patient.archive" if archived else "patient.unarchive"
            record_event(session, self._current.actor(), action, "patient", patient_id)
        return record

    def get(self, patient_id: int) -> PatientRecord:
        self._current.require(Permission.CONTACTS)
        with self._db.read() as session:
            return patients.get(session, patient_id)

    def search(
        self, query: str, limit: int = 50, include_archived: bool = False
    ) -> list[PatientRecord]:
        self._current.require(Permission.CONTACTS)
        with self._db.read() as session:
            return patients.search(session, query, limit, include_archived)
