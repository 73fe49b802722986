"""A patient's stored columns as the domain's `PatientRecord`, whoever read them.

No SQLAlchemy here: the ORM rows of `consult.store.patients` and the plain rows of
`consult.store.recent_patients` (read before SQLAlchemy is loaded) go through the same mapping.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from consult.domain.model import FitzpatrickAnswers
from consult.domain.names import NameOrder
from consult.domain.records import PatientDetails, PatientRecord


class PatientRow(Protocol):
    id: int
    given_names: str
    family_name: str
    date_of_birth: dt.date
    sex: str
    phone: str
    email: str
    fitzpatrick: int | None
    fitzpatrick_questionnaire: str
    fitzpatrick_answers: list[int] | None
    language: str
    notes: str
    name_order: str | None
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    version: int


def to_record(row: PatientRow) -> PatientRecord:
    answers = None
    if row.fitzpatrick_answers is not None:
        answers = FitzpatrickAnswers(row.fitzpatrick_questionnaire, tuple(row.fitzpatrick_answers))
    details = PatientDetails(
        given_names=row.given_names,
        family_name=row.family_name,
        date_of_birth=row.date_of_birth,
        sex=row.sex,
        phone=row.phone,
        email=row.email,
        fitzpatrick=row.fitzpatrick,
        fitzpatrick_answers=answers,
        language=row.language,
        notes=row.notes,
        name_order=NameOrder(row.name_order) if row.name_order else None,
    )
    return PatientRecord(row.id, details, row.archived, row.created_at, row.updated_at, row.version)
