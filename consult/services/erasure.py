"""Erasing a patient (GDPR Art. 17): the typed confirmation, the reason, the retention
period's second reason, then every row of theirs and their photo folder go in one step; an
audit event without personal data and a line on the erasure list stay."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from consult.domain.access import Permission
from consult.domain.erasure import (
    RETENTION_YEARS_MAX,
    Retention,
    check_confirmation,
    check_reason,
)
from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.services.access import CurrentUser
from consult.store import erasure, patients
from consult.store.audit import record_event
from consult.store.backup import remove_tree
from consult.store.database import Database
from consult.store.erasure import ErasureEntry

__all__ = ["Erased", "ErasureEntry", "ErasureFacts", "ErasureService", "photo_folder"]


@dataclass(frozen=True)
class ErasureFacts:
    """What the practitioner sees before erasing: who, and how long the record is kept."""

    patient: PatientRecord
    retention: Retention
    records: int  # rows of theirs in all tables, the patient's own included
    photos: int


@dataclass(frozen=True)
class Erased:
    patient_id: int
    rows: int  # every row deleted, all tables together
    early: bool  # erased before the retention period had run


def photo_folder(photos: Path, patient_id: int) -> Path:
    """The folder holding every photo file and thumbnail of one patient."""
    return photos / str(patient_id)


class ErasureService:
    def __init__(
        self, database: Database, photos: Path, rules: Rules, current: CurrentUser | None = None
    ) -> None:
        self._db = database
        self._photos = photos
        self._rules = rules
        self._current = current or CurrentUser()

    def retention_years(self) -> int:
        """The clinic's retention period in years (the rules' default unless it set one)."""
        with self._db.read() as session:
            years = erasure.retention_years(session)
        return years if years is not None else self._rules.records.retention_years

    def set_retention_years(self, years: int | None) -> None:
        """The clinic's own period; None goes back to the rules' default."""
        self._current.require(Permission.SETTINGS)
        if years is not None and not 1 <= years <= RETENTION_YEARS_MAX:
            raise DocumentError(
                "retention_years",
                Message("document.whole_from_to", low=1, high=RETENTION_YEARS_MAX),
            )
        with self._db.write() as session:
            erasure.set_retention_years(session, years)
            record_event(
                session, self._current.actor(), "settings.retention", "clinic_settings", None
            )

    def facts(self, patient_id: int) -> ErasureFacts:
        """`NotFound` for an unknown patient."""
        self._current.require(Permission.ERASURE)
        years = self.retention_years()
        with self._db.read() as session:
            patient = patients.get(session, patient_id)
            last = erasure.last_treatment(session, patient_id)
            counts = erasure.count_rows(session, patient_id)
        return ErasureFacts(
            patient, Retention(years, last), sum(counts.values()), counts.get("photo", 0)
        )

    def check(
        self, patient_id: int, reason: str, early_reason: str = "", today: dt.date | None = None
    ) -> ErasureFacts:
        """Everything an erasure needs but the typed number, checked before it is asked for:
        `NotFound` for an unknown patient, `DocumentError` for a missing reason or one naming
        the patient, or a missing second reason while the retention period runs."""
        self._current.require(Permission.ERASURE)
        return self._checked(patient_id, reason, early_reason, today or dt.date.today())[0]

    def _checked(
        self, patient_id: int, reason: str, early_reason: str, today: dt.date
    ) -> tuple[ErasureFacts, dict[str, str], bool]:
        """The facts, the audit event's detail and whether the erasure is early."""
        facts = self.facts(patient_id)
        details = facts.patient.details
        detail: dict[str, str] = {"reason": check_reason("reason", reason, details)}
        retention = facts.retention
        early = retention.running(today)
        if early:
            if not early_reason.strip():
                raise DocumentError(
                    "early_reason",
                    Message(
                        "erase.second_reason_missing",
                        until=retention.until,
                        years=retention.years,
                    ),
                )
            detail["early_reason"] = check_reason("early_reason", early_reason, details)
            detail["kept_until"] = str(retention.until)
        return facts, detail, early

    def erase(
        self,
        patient_id: int,
        typed_number: str,
        reason: str,
        early_reason: str = "",
        today: dt.date | None = None,
    ) -> Erased:
        """Erase the patient. `NotFound` for an unknown one; `DocumentError` for a missing
        reason or one naming the patient, a missing second reason while the retention period
        runs, or, once those are right, a wrong number typed. Nothing is changed unless all
        is given."""
        self._current.require(Permission.ERASURE)
        _facts, detail, early = self._checked(
            patient_id, reason, early_reason, today or dt.date.today()
        )
        check_confirmation(patient_id, typed_number)
        with self._db.write() as session:
            patients.get(session, patient_id)  # erased meanwhile in another window: NotFound
            rows = sum(erasure.erase_rows(session, patient_id).values())
            erasure.record(session, patient_id, self._current.actor())
            record_event(
                session,
                self._current.actor(),
                "patient.erase",
                "patient",
                patient_id,
                detail=json.dumps(detail, ensure_ascii=False),
            )
        self.remove_photo_files([patient_id])
        return Erased(patient_id, rows, early)

    def remove_photo_files(self, patient_ids: list[int]) -> None:
        """The photo folders of erased patients (also what a crash after the erasure left)."""
        self._current.require(Permission.ERASURE)
        for patient_id in patient_ids:
            remove_tree(photo_folder(self._photos, patient_id))

    def entries(self) -> list[ErasureEntry]:
        """The erasure list, oldest first."""
        self._current.require(Permission.ERASURE)
        with self._db.read() as session:
            return erasure.entries(session)
