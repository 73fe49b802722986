"""Erasing a patient (GDPR Art. 17): every row of theirs goes, the erasure list keeps only
their number, when and by whom.

Which rows are the patient's is read from the tables themselves, not listed here: a table
with a `patient_id` column, and every table whose foreign key points at such a row (and so
on down). A table added later (signed consents, say) is covered the day it is added;
`SHARED_TABLES` names those that hold nothing of one patient, and a test checks that every
table is one or the other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Table, delete, false, func, or_, select
from sqlalchemy.orm import Session

from consult.domain.consultation import ConsultationStatus
from consult.store.audit import record_event
from consult.store.models import (
    Base,
    ClinicSettings,
    Consultation,
    Erasure,
    FollowUp,
    Patient,
    TreatmentSession,
    utcnow,
)

PATIENT_COLUMN = "patient_id"
# Who the audit log names for what a restore did of its own accord.
RESTORE_ACTOR = "restore"
# Tables that hold nothing of any one patient: the clinic, its practitioners, the audit
# trail (record ids, never content), texts and kits many records share, the erasure
# list itself, the certificates the clinic seals consents with, and the accounts of
# the clinic's people.
SHARED_TABLES = frozenset(
    {
        "practitioner",
        "clinic_settings",
        "installation",
        "audit_event",
        "shared_text",
        "session_kit",
        "consumable_lot",
        "erasure",
        "clinic_certificate",
        "account",
    }
)


@dataclass(frozen=True)
class ErasureEntry:
    """One line of the erasure list: no personal data."""

    patient_id: int
    erased_at: dt.datetime
    erased_by: str


def patient_tables() -> list[Table]:
    """The tables holding a patient's rows, parents before their children: the patient
    table, those with a `patient_id` column, and their dependants."""
    owned: list[Table] = []
    names: set[str] = set()
    for table in Base.metadata.sorted_tables:  # a table's parents come before it
        if table.name in SHARED_TABLES:
            continue
        refers = any(key.column.table.name in names for key in table.foreign_keys)
        if table.name == Patient.__tablename__ or PATIENT_COLUMN in table.c or refers:
            owned.append(table)
            names.add(table.name)
    return owned


def _condition(
    table: Table, patient_id: int, found: dict[str, dict[str, list[object]]]
) -> ColumnElement[bool]:
    """The rows of `table` that are the patient's: by its patient column, or by a foreign key
    to a row of theirs found in a parent table already."""
    if table.name == Patient.__tablename__:
        return table.c.id == patient_id
    parts: list[ColumnElement[bool]] = []
    if PATIENT_COLUMN in table.c:
        parts.append(table.c[PATIENT_COLUMN] == patient_id)
    for key in table.foreign_keys:
        values = found.get(key.column.table.name, {}).get(key.column.name)
        if values:
            parts.append(key.parent.in_(values))
    return or_(*parts) if parts else false()


def _referenced_columns(tables: list[Table]) -> dict[str, set[str]]:
    """For each table, the columns other patient tables point at."""
    wanted: dict[str, set[str]] = {}
    for table in tables:
        for key in table.foreign_keys:
            wanted.setdefault(key.column.table.name, set()).add(key.column.name)
    return wanted


def _conditions(session: Session, patient_id: int) -> dict[Table, ColumnElement[bool]]:
    """For each patient table, parents first, which of its rows are the patient's."""
    tables = patient_tables()
    wanted = _referenced_columns(tables)
    found: dict[str, dict[str, list[object]]] = {}
    conditions: dict[Table, ColumnElement[bool]] = {}
    for table in tables:  # parents first: a child's condition uses its parents' keys
        condition = _condition(table, patient_id, found)
        conditions[table] = condition
        columns = sorted(wanted.get(table.name, ()))
        if columns:
            rows = session.execute(select(*(table.c[c] for c in columns)).where(condition)).all()
            found[table.name] = {c: [row[i] for row in rows] for i, c in enumerate(columns)}
    return conditions


def count_rows(session: Session, patient_id: int) -> dict[str, int]:
    """How many rows of the patient's each patient table holds."""
    return {
        table.name: session.scalar(select(func.count()).select_from(table).where(condition)) or 0
        for table, condition in _conditions(session, patient_id).items()
    }


def erase_rows(session: Session, patient_id: int) -> dict[str, int]:
    """Delete every row of the patient's, children first; return the rows deleted by table.
    Works whether the patient is there or not (a restore erases them again)."""
    deleted: dict[str, int] = {}
    for table, condition in reversed(_conditions(session, patient_id).items()):
        # Children first: no foreign key is left dangling.
        result = session.execute(delete(table).where(condition))
        deleted[table.name] = result.rowcount or 0
    return deleted


def record(session: Session, patient_id: int, actor: str) -> None:
    """Put the patient on the erasure list (once)."""
    if session.get(Erasure, patient_id) is None:
        session.add(Erasure(patient_id=patient_id, erased_at=utcnow(), erased_by=actor))
        session.flush()


def entries(session: Session) -> list[ErasureEntry]:
    rows = session.scalars(select(Erasure).order_by(Erasure.erased_at, Erasure.patient_id))
    return [ErasureEntry(r.patient_id, r.erased_at, r.erased_by) for r in rows]


@dataclass(frozen=True)
class Merged:
    """What merging another copy's erasure list did here."""

    erased: list[int]  # the listed patients whose rows (if any) are gone here now
    again: list[int]  # those of them who had rows here, erased again


def merge(session: Session, listed: list[ErasureEntry]) -> Merged:
    """Add `listed` (another copy's erasure list) to this database's and erase those
    patients' rows here.

    A patient here created after the erasure is not the one erased (a number SQLite gave
    again before `store.patients` numbered past erased patients) and is kept."""
    erased, again = [], []
    for entry in listed:
        found = session.get(Patient, entry.patient_id)
        if found is not None and found.created_at > entry.erased_at:
            continue
        erased.append(entry.patient_id)
        if session.get(Erasure, entry.patient_id) is None:
            session.add(
                Erasure(
                    patient_id=entry.patient_id,
                    erased_at=entry.erased_at,
                    erased_by=entry.erased_by,
                )
            )
            # The copy's audit log predates the erasure: it says so again, without a reason
            # (the reason is in the audit log of the copy replaced).
            record_event(
                session,
                RESTORE_ACTOR,
                "patient.erase",
                "patient",
                entry.patient_id,
                detail=f"erased {entry.erased_at.isoformat(timespec='seconds')}, again at restore",
            )
        if any(erase_rows(session, entry.patient_id).values()):
            again.append(entry.patient_id)
    session.flush()
    return Merged(erased, again)


def last_treatment(session: Session, patient_id: int) -> dt.date | None:
    """The day of the patient's last signed session, final consultation or follow-up: the
    retention period runs from it. None when nothing clinical was recorded."""
    days = [
        session.scalar(
            select(func.max(TreatmentSession.date)).where(
                TreatmentSession.patient_id == patient_id,
                TreatmentSession.finalised_us.is_not(None),
            )
        ),
        session.scalar(
            select(func.max(Consultation.date)).where(
                Consultation.patient_id == patient_id,
                Consultation.status == ConsultationStatus.FINAL.value,
            )
        ),
        session.scalar(select(func.max(FollowUp.date)).where(FollowUp.patient_id == patient_id)),
    ]
    found = [day for day in days if day is not None]
    return max(found) if found else None


def _settings(session: Session) -> ClinicSettings | None:
    return session.scalars(select(ClinicSettings).order_by(ClinicSettings.id).limit(1)).first()


def retention_years(session: Session) -> int | None:
    """The clinic's own retention period, None when it keeps the rules' default."""
    row = _settings(session)
    return None if row is None else row.retention_years


def set_retention_years(session: Session, years: int | None) -> None:
    row = _settings(session)
    if row is None:
        row = ClinicSettings()
        session.add(row)
    row.retention_years = years
    session.flush()
