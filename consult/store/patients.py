"""Patients: saving, reading and searching. Returns domain records, never ORM rows."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from consult.domain.records import PatientDetails, PatientRecord
from consult.domain.text import digits, search_tokens
from consult.store.errors import NotFound, require_version
from consult.store.models import Erasure, Patient, PatientSearchToken, utcnow
from consult.store.patient_rows import to_record
from consult.store.search_terms import COMMON_MATCHES, phone_query, prefix_upper, typed_date


def _apply(row: Patient, details: PatientDetails) -> None:
    row.given_names = details.given_names
    row.family_name = details.family_name
    row.date_of_birth = details.date_of_birth
    row.sex = details.sex
    row.phone = details.phone
    row.email = details.email
    row.fitzpatrick = details.fitzpatrick
    answers = details.fitzpatrick_answers
    row.fitzpatrick_questionnaire = answers.questionnaire_id if answers else ""
    row.fitzpatrick_answers = list(answers.answers) if answers else None
    row.language = details.language
    row.notes = details.notes
    row.name_order = details.name_order
    row.phone_digits = digits(details.phone)
    wanted = search_tokens(details.name_words)
    row.tokens = [t for t in row.tokens if t.token in wanted]
    have = {t.token for t in row.tokens}
    row.tokens.extend(PatientSearchToken(token=t) for t in wanted if t not in have)
    row.updated_at = utcnow()


def _number_never_given(session: Session) -> int | None:
    """SQLite numbers a new row one past the highest present: after the newest patient was
    erased, the next one would get their number, and an older record or export naming it
    would point at someone else. Number past every erased patient too. (PostgreSQL's
    sequence never gives a number twice.)"""
    if session.get_bind().dialect.name != "sqlite":
        return None
    last_erased = session.scalar(select(func.max(Erasure.patient_id)))
    if last_erased is None:
        return None
    last = session.scalar(select(func.max(Patient.id))) or 0
    return last_erased + 1 if last_erased >= last else None


def add(session: Session, details: PatientDetails) -> PatientRecord:
    row = Patient(tokens=[], id=_number_never_given(session))
    _apply(row, details)
    row.created_at = row.updated_at
    row.archived = False
    session.add(row)
    session.flush()
    return to_record(row)


def _row(session: Session, patient_id: int, expected_version: int | None = None) -> Patient:
    row = session.get(Patient, patient_id)
    if row is None:
        raise NotFound(f"no patient with id {patient_id}")
    require_version("patient", row.version, expected_version)
    return row


def get(session: Session, patient_id: int) -> PatientRecord:
    return to_record(_row(session, patient_id))


def update(
    session: Session, patient_id: int, details: PatientDetails, expected_version: int | None = None
) -> PatientRecord:
    row = _row(session, patient_id, expected_version)
    _apply(row, details)
    session.flush()
    return to_record(row)


def set_archived(session: Session, patient_id: int, archived: bool) -> PatientRecord:
    row = _row(session, patient_id)
    row.archived = archived
    row.updated_at = utcnow()
    session.flush()
    return to_record(row)


def _token_range(token: str) -> ColumnElement[bool]:
    return and_(PatientSearchToken.token >= token, PatientSearchToken.token < prefix_upper(token))


def _matches(session: Session, token: str, cap: int) -> int:
    """How many names start with `token`, counted up to `cap`."""
    first = select(PatientSearchToken.patient_id).where(_token_range(token)).limit(cap)
    return session.scalar(select(func.count()).select_from(first.subquery())) or 0


def _phone_matches(session: Session, number: str, cap: int) -> int:
    """How many phone numbers start with `number`, counted up to `cap`."""
    first = select(Patient.id).where(*_phone_range(Patient, number)).limit(cap)
    return session.scalar(select(func.count()).select_from(first.subquery())) or 0


def _phone_range(table: type[Patient], number: str) -> tuple[ColumnElement[bool], ...]:
    return (table.phone_digits >= number, table.phone_digits < prefix_upper(number))


def search_statement(
    query: str, limit: int, include_archived: bool, matches: Mapping[str, int] | None = None
) -> Select[tuple[Patient]]:
    """The search as one SELECT. `matches` (name word or phone digits -> matches counted up
    to `COMMON_MATCHES`) puts the most selective word first, where the database starts; a lone
    common word or phone prefix is matched patient by patient, newest first, stopping after
    `limit`."""
    statement = select(Patient)
    born = typed_date(query)
    number = phone_query(query)
    if born is not None:
        statement = statement.where(Patient.date_of_birth == born)
    elif number is not None:
        if (matches or {}).get(number, 0) >= COMMON_MATCHES:
            # The same condition on the same row, as a probe: the database walks the patients
            # newest first instead of sorting every number with this prefix.
            same = aliased(Patient)
            probe = select(same.id).where(same.id == Patient.id, *_phone_range(same, number))
            statement = statement.where(probe.exists())
        else:
            statement = statement.where(*_phone_range(Patient, number))
    else:
        counts = matches or {}
        tokens = sorted(search_tokens(query), key=lambda t: counts.get(t, 0))
        if len(tokens) == 1 and counts.get(tokens[0], 0) >= COMMON_MATCHES:
            statement = statement.where(
                select(PatientSearchToken.patient_id)
                .where(PatientSearchToken.patient_id == Patient.id, _token_range(tokens[0]))
                .exists()
            )
        else:
            for token in tokens:
                matching = select(PatientSearchToken.patient_id).where(_token_range(token))
                statement = statement.where(Patient.id.in_(matching))
    if not include_archived:
        statement = statement.where(Patient.archived.is_(False))
    return statement.order_by(Patient.updated_at.desc(), Patient.id.desc()).limit(limit)


def search(
    session: Session, query: str, limit: int = 50, include_archived: bool = False
) -> list[PatientRecord]:
    """Patients whose names start with each typed word (or phone / birth date), newest first."""
    matches = None
    number = phone_query(query)
    if typed_date(query) is None:  # a birth date is exact: nothing to count
        if number is not None:
            matches = {number: _phone_matches(session, number, COMMON_MATCHES)}
        else:
            matches = {t: _matches(session, t, COMMON_MATCHES) for t in search_tokens(query)}
    rows = session.scalars(search_statement(query, limit, include_archived, matches))
    return [to_record(row) for row in rows]
