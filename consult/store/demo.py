"""Writing a demo database in bulk: many rows per INSERT call, all in one transaction.

ORM objects per row are far too slow for 100,000 patients, and so is SQLAlchemy's handling of
each row's parameters: the INSERTs are compiled by SQLAlchemy for the database in use, once,
and the rows are handed to the driver as they are, values converted by the columns' own
SQLAlchemy types. Each consultation is a copy of a template (a consultation worked out once
through the real engine and the rows `finalise` stores), moved by whole weeks, so its dates
stay on the same weekdays and its plan stays valid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from sqlalchemy import JSON, Date, Table, func, insert, select, text
from sqlalchemy.orm import Session

from consult.domain.consultation import ConsultationDraft, FinalPlan, SavedScores
from consult.domain.model import Finding
from consult.domain.records import PatientDetails
from consult.domain.text import digits, search_tokens
from consult.domain.treatment import PEN, SESSION, TEST_PATCH, Lot, SessionDraft
from consult.store.compact import json_text
from consult.store.consultations import unsaved_row
from consult.store.models import (
    AdverseEvent,
    Base,
    Consultation,
    FindingRecord,
    FollowUp,
    Patient,
    PatientSearchToken,
    PlannedSession,
    PlanOverride,
    PlanRecord,
    Practitioner,
    SessionAddendum,
    TreatmentSession,
)
from consult.store.shared_texts import SharedTexts
from consult.store.treatments import (
    finalised_us,
    findings_value,
    kit_id,
    lot_id,
    procedure_text,
)

CACHE_KIB = 128 * 1024
BATCH = 5_000  # patients per round of INSERTs: large enough to be fast, small enough for memory
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class DemoTemplate:
    """One consultation worked out by the real engine, to be copied with shifted dates."""

    draft: ConsultationDraft
    scores: SavedScores
    final: FinalPlan
    detail: dict[str, Any]
    rules_version: str
    # Follow-up assessments as the scars improve: (findings, G&B, ECCA, grade).
    follow_ups: tuple[tuple[tuple[Finding, ...], int, int, int | None], ...] = ()


@dataclass(frozen=True)
class DemoSession:
    """A session (or, without a number, the test patch) of a demo course."""

    date: dt.date
    number: int | None
    practitioner: int  # index into the demo practitioners
    finalised_at: dt.datetime
    passes: int
    speed: int
    endpoint: str
    pain: int
    serum: bool
    reaction: str
    adjunct: str = ""  # a same-day adjunct, given in the plan's first zone
    patch_result: str = "none"  # the test patch's reading


@dataclass(frozen=True)
class DemoEvent:
    session: int  # index into the course's sessions
    type: str
    onset: dt.date
    severity: str
    action: str
    resolved_on: dt.date | None


@dataclass(frozen=True)
class DemoFollowUp:
    session: int  # the session it was seen at, an index into the course's sessions
    date: dt.date
    stage: int  # index into the template's follow-ups


@dataclass(frozen=True)
class DemoCourse:
    sessions: tuple[DemoSession, ...]
    events: tuple[DemoEvent, ...]
    follow_ups: tuple[DemoFollowUp, ...]


@dataclass(frozen=True)
class DemoConsultation:
    template: int  # index into the templates
    shift_weeks: int
    created_at: dt.datetime
    updated_at: dt.datetime
    final: bool
    course: DemoCourse | None = None


@dataclass(frozen=True)
class DemoPatient:
    details: PatientDetails
    created_at: dt.datetime
    updated_at: dt.datetime
    archived: bool
    consultations: tuple[DemoConsultation, ...]


@dataclass
class DemoCounts:
    patients: int = 0
    consultations: int = 0
    sessions: int = 0


@dataclass(frozen=True)
class DemoClinic:
    """What every demo course shares: practitioners, the consumables and their lots."""

    practitioners: tuple[str, ...]
    # (device, model, needles) each practitioner works with, in turn: a clinic has a few.
    devices: tuple[tuple[str, str, str], ...]
    anaesthetic: str
    anaesthetic_minutes: int
    serum: str
    checks: tuple[str, ...]
    # Corrections added to a signed session the next day: (field, text), one in turn.
    addenda: tuple[tuple[str, str], ...] = ()
    # One session in this many gets a correction.
    addendum_every: int = 40
    # A new lot of each consumable every this many days; each keeps this long.
    lot_days: int = 30
    shelf_days: int = 730


def first_patient_ids(session: Session, count: int) -> list[int]:
    return list(session.scalars(select(Patient.id).order_by(Patient.id).limit(count)))


def patient_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Patient)) or 0


@lru_cache(maxsize=65_536)
def _shift_iso(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


Processor = Callable[[Any], Any] | None


class _Writer:
    """One table's INSERT as the driver takes it: compiled once for the dialect in use."""

    def __init__(self, session: Session, table: Table, own_ids: bool) -> None:
        dialect = session.get_bind().dialect
        self.table = table
        # Without `own_ids` the database numbers the rows (no id is sent).
        columns = [c for c in table.columns if own_ids or c.key != "id"]
        self.keys = [c.key for c in columns]
        self.index = {key: i for i, key in enumerate(self.keys)}
        # JSON arrives encoded (a template's JSON is copied by editing its text, which is many
        # times faster than decoding and encoding it again), as SQLAlchemy's JSON type writes it.
        self.processors: list[Processor] = [
            None if isinstance(c.type, JSON) else _processor(c, dialect) for c in columns
        ]
        # A JSON column's None is JSON null, or SQL NULL where the column says so.
        self.json = {c.key: c.type.none_as_null for c in columns if isinstance(c.type, JSON)}
        compiled = insert(table).compile(dialect=dialect, column_keys=self.keys)
        self.sql = str(compiled)
        order = compiled.positiontup
        # Positional drivers (sqlite3) take tuples; named ones (psycopg) take dicts.
        self._named = order is None
        if order is not None:
            assert list(order) == self.keys, "columns bound in an unexpected order"

    def process(self, key: str, value: Any) -> Any:
        processor = self.processors[self.index[key]]
        if key in self.json:
            return None if value is None and self.json[key] else json_text(value)
        return processor(value) if processor is not None and value is not None else value

    def row(self, values: dict[str, Any]) -> list[Any]:
        return [self.process(key, values[key]) for key in self.keys]

    def maker(self, fixed: dict[str, Any], varying: tuple[str, ...]) -> _Maker:
        """Rows whose columns are `fixed` but for `varying`, given in that order."""
        return _Maker(self, fixed, varying)

    def write(self, session: Session, rows: list[list[Any]]) -> None:
        if not rows:
            return
        params: Any = (
            [dict(zip(self.keys, row, strict=True)) for row in rows]
            if self._named
            else list(map(tuple, rows))
        )
        session.connection().exec_driver_sql(self.sql, params)


def _processor(column: Any, dialect: Any) -> Processor:
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    if processor is not None and type(column.type) is Date:
        # A demo's hundreds of thousands of rows fall on a few thousand days.
        return lru_cache(maxsize=8192)(processor)
    return processor


class _Maker:
    """A table's rows made by setting a few columns of a row converted once: converting every
    column of 400,000 sessions one by one took a third of a demo's time."""

    def __init__(self, writer: _Writer, fixed: dict[str, Any], varying: tuple[str, ...]) -> None:
        self._row = writer.row({**fixed, **dict.fromkeys(varying)})
        self._slots = [(writer.index[k], writer.processors[writer.index[k]]) for k in varying]

    def __call__(self, *values: Any) -> list[Any]:
        """A row with the `varying` columns set to `values` (JSON given encoded)."""
        row = self._row.copy()
        for (i, processor), value in zip(self._slots, values, strict=True):
            row[i] = processor(value) if processor is not None and value is not None else value
        return row


class _Shape:
    """A template's row, converted for the driver once. A copy sets the `per_copy` columns
    (ids, links, moments) and moves the dates; it is made for every row written, so it is lean.
    """

    def __init__(self, writer: _Writer, row: Base, per_copy: tuple[str, ...], **values: Any):
        given = {key: getattr(row, key) for key in writer.keys} | values
        self._fixed = writer.row({**given, **dict.fromkeys(per_copy)})
        self._slots = [(writer.index[k], writer.processors[writer.index[k]]) for k in per_copy]
        self._dates: list[tuple[int, dt.date, Processor]] = []
        self._texts: list[tuple[int, list[str]]] = []
        for key, value in given.items():
            i = writer.index[key]
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                self._dates.append((i, value, writer.processors[i]))
            elif isinstance(self._fixed[i], str):
                # JSON and text holding dates (plan dates, reasons): split around the dates.
                pieces = _ISO_DATE.split(self._fixed[i])
                if len(pieces) > 1:
                    self._texts.append((i, pieces))
        self._moves = bool(self._dates or self._texts)

    def copy(self, days: int, *values: Any) -> list[Any]:
        """The row moved by `days`, with the `per_copy` columns set to `values` in order."""
        row = self._fixed.copy()
        if days and self._moves:
            delta = dt.timedelta(days=days)
            for i, day, processor in self._dates:
                row[i] = processor(day + delta) if processor else day + delta
            for i, pieces in self._texts:
                row[i] = "".join(
                    _shift_iso(piece, days) if n % 2 else piece for n, piece in enumerate(pieces)
                )
        for (i, processor), value in zip(self._slots, values, strict=True):
            row[i] = processor(value) if processor is not None and value is not None else value
        return row


class _Writers:
    def __init__(self, session: Session) -> None:
        def writer(model: type[Base], own_ids: bool = False) -> _Writer:
            table = model.__table__
            assert isinstance(table, Table)
            return _Writer(session, table, own_ids)

        # Rows that others point at get their ids here; the rest are numbered by the database.
        self.patient = writer(Patient, own_ids=True)
        self.token = writer(PatientSearchToken)
        self.consultation = writer(Consultation, own_ids=True)
        self.finding = writer(FindingRecord)
        self.plan = writer(PlanRecord, own_ids=True)
        self.override = writer(PlanOverride)
        self.session = writer(PlannedSession)
        self.treatment = writer(TreatmentSession, own_ids=True)
        self.event = writer(AdverseEvent)
        self.follow_up = writer(FollowUp)
        self.addendum = writer(SessionAddendum)
        self.filled = [
            w.table
            for w in (
                self.patient,
                self.token,
                self.consultation,
                self.finding,
                self.plan,
                self.override,
                self.session,
                self.treatment,
                self.event,
                self.follow_up,
                self.addendum,
            )
        ]


# Set for each copy of a consultation: its ids and the moments it was saved.
_PER_COPY = ("id", "patient_id", "created_at", "updated_at", "finalised_at")


class _Prepared:
    """A template's rows, ready to copy for any patient and week."""

    def __init__(self, template: DemoTemplate, w: _Writers, shared: SharedTexts) -> None:
        t = template
        final = unsaved_row(t.draft, t.scores, t.rules_version, shared, t.final, t.detail)
        draft = unsaved_row(t.draft, t.scores, t.rules_version, shared)
        self.final = _Shape(w.consultation, final, _PER_COPY, version=1)
        self.draft = _Shape(w.consultation, draft, _PER_COPY, version=1)
        self.findings = [_Shape(w.finding, f, ("consultation_id",)) for f in final.findings]
        plan = final.plan
        assert plan is not None
        self.plan = _Shape(w.plan, plan, ("id", "consultation_id"))
        self.overrides = [_Shape(w.override, o, ("plan_id",)) for o in plan.overrides]
        self.sessions = [_Shape(w.session, s, ("plan_id",)) for s in plan.sessions]
        self.depths = dict(t.final.depths_mm)
        self.follow_ups = t.follow_ups


class _CourseShape:
    """What the courses following one template share, as their rows keep it."""

    def __init__(self, template: _Prepared, shared: SharedTexts) -> None:
        depths = template.depths
        self.depths_text = shared.id_of(json_text(depths)) if depths else None
        # A test patch is given in the first zone of the plan, at its depth.
        self.patch_zone = next(iter(depths), None)
        first = json_text(dict(list(depths.items())[:1]))
        self.patch_depths_text = shared.id_of(first) if depths else None
        # The findings encoded, the scores.
        self.follow_ups = [
            (json_text(findings_value(findings, shared)), gbq, ecca, grade)
            for findings, gbq, ecca, grade in template.follow_ups
        ]


class _Ids:
    """New ids handed out here, after the highest in each table.

    RETURNING would be portable too, but SQLite keeps the order of the rows only when it
    inserts them one at a time, which is several times slower.
    """

    def __init__(self, session: Session, tables: Iterable[Table]) -> None:
        self._next = {t.name: (session.scalar(select(func.max(t.c.id))) or 0) + 1 for t in tables}

    def take(self, table: Table, count: int) -> range:
        first = self._next[table.name]
        self._next[table.name] = first + count
        return range(first, first + count)


def _advance_sequences(session: Session, tables: Iterable[Table]) -> None:
    """PostgreSQL hands out ids from a sequence: move it past the ids written here."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"),
            {"table": table.name, "last": session.scalar(select(func.max(table.c.id)))},
        )


def _drop_indexes(session: Session, tables: Iterable[Table]) -> list[str]:
    """SQLite: the tables' indexes other than their keys dropped for the fill, and the SQL that
    makes them again (the same text, so the schema stays the one the migrations make).

    An index made after the rows are in is built from them in order, its pages full; one
    filled row by row is slower to fill and leaves an eighth of its pages empty.
    """
    names = ", ".join(f"'{table.name}'" for table in tables)
    connection = session.connection()
    found = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ({names}) ORDER BY name"
    ).all()
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def _chunks(items: Iterable[DemoPatient], size: int) -> Iterator[list[DemoPatient]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _patient_row(patient: DemoPatient, patient_id: int) -> dict[str, Any]:
    d = patient.details
    return {
        "id": patient_id,
        "given_names": d.given_names,
        "family_name": d.family_name,
        "date_of_birth": d.date_of_birth,
        "sex": d.sex,
        "phone": d.phone,
        "email": d.email,
        "fitzpatrick": d.fitzpatrick,
        "fitzpatrick_questionnaire": "",
        "fitzpatrick_answers": None,
        "language": d.language,
        "notes": d.notes,
        "name_order": d.name_order,
        "archived": patient.archived,
        "created_at": patient.created_at,
        "updated_at": patient.updated_at,
        # The same derived columns `store.patients` writes, so search finds demo patients.
        "phone_digits": digits(d.phone),
        "version": 1,
    }


_LOT_CODES = {"cartridge": "CT", "anaesthetic": "AN", "serum": "HA"}
_LOT_EPOCH = dt.date(2000, 1, 3)  # a Monday: lots change every `lot_days` from it
_LOT_VARIANTS = 4  # boxes of each consumable open at a time


# The columns of a demo course's rows that differ from row to row, in the order given.
_SESSION_VARYING = (
    "id",
    "patient_id",
    "consultation_id",
    "date",
    "number",
    "practitioner_id",
    "finalised_us",
    "kit_id",
    "procedure_text",
    "depths_text",
    "pain",
    "reaction",
)
_EVENT_VARYING = ("patient_id", "session_id", "type", "onset", "severity", "action", "resolved_on")
_FOLLOW_UP_VARYING = (
    "patient_id",
    "consultation_id",
    "session_id",
    "practitioner_id",
    "date",
    "findings",
    "global_grade",
    "goodman_baron_quantitative",
    "ecca",
)


class _Course:
    """What the demo courses share, in rows: practitioners, kits with their lots (added when
    first used) and procedures."""

    def __init__(self, session: Session, clinic: DemoClinic, w: _Writers) -> None:
        self.clinic = clinic
        self._session = session
        rows = [Practitioner(name=name) for name in clinic.practitioners]
        session.add_all(rows)
        session.flush()
        self.practitioners = [row.id for row in rows]
        self._shared = SharedTexts(session)
        self._kits: dict[tuple[int, int, bool, int], int] = {}
        self._lots: dict[tuple[str, int, int, int], int] = {}
        self._procedures: dict[tuple[Any, ...], int] = {}
        self._shapes: dict[int, _CourseShape] = {}
        fixed = {key: None for key in w.treatment.keys} | {"reaction": "", "notes": ""}
        self.row = w.treatment.maker(fixed, _SESSION_VARYING)
        self.test_patch = w.treatment.maker(fixed, (*_SESSION_VARYING, "extra"))
        self.event = w.event.maker({"notes": ""}, _EVENT_VARYING)
        self.follow_up = w.follow_up.maker({"notes": ""}, _FOLLOW_UP_VARYING)

    def shape(self, template: _Prepared) -> _CourseShape:
        found = self._shapes.get(id(template))
        if found is None:
            found = self._shapes[id(template)] = _CourseShape(template, self._shared)
        return found

    def procedure(self, kind: str, passes: int | None, speed: int | None, endpoint: str) -> int:
        key = (kind, passes, speed, endpoint)
        found = self._procedures.get(key)
        if found is None:
            clinic = self.clinic
            draft = SessionDraft(
                date=_LOT_EPOCH,
                kind=kind,
                check=dict.fromkeys(clinic.checks, False),
                anaesthetic_minutes=clinic.anaesthetic_minutes,
                passes=passes,
                speed=speed,
                endpoint=endpoint,
                aftercare_given=True,
            )
            found = self._procedures[key] = self._shared.id_of(procedure_text(draft))
        return found

    def device(self, practitioner: int) -> tuple[str, str, str]:
        """The device, model and needles the practitioner (an index) works with."""
        devices = self.clinic.devices
        return devices[practitioner % len(devices)]

    def kit(self, day: dt.date, variant: int, serum: bool, practitioner: int) -> int:
        """The kit of a session on `day`: the practitioner's device and the boxes of each
        consumable open then."""
        period = (day - _LOT_EPOCH).days // self.clinic.lot_days
        device = practitioner % len(self.clinic.devices)
        key = (period, variant, serum, device)
        found = self._kits.get(key)
        if found is None:
            clinic = self.clinic
            kinds = ("cartridge", "anaesthetic", "serum") if serum else ("cartridge", "anaesthetic")
            name, model, needles = clinic.devices[device]
            values: dict[str, Any] = {
                "device": name,
                "device_model": model,
                "needles": needles,
                "anaesthetic": clinic.anaesthetic,
            } | {f"{kind}_lot_id": None for kind in ("cartridge", "anaesthetic", "serum", "other")}
            for kind in kinds:
                values[f"{kind}_lot_id"] = self._lot(kind, period, variant, device)
            found = self._kits[key] = kit_id(self._session, values)
        return found

    def _lot(self, kind: str, period: int, variant: int, device: int) -> int:
        # Needles come in the device's own boxes; the other consumables are shared.
        device = device if kind == "cartridge" else 0
        found = self._lots.get((kind, period, variant, device))
        if found is None:
            opened = _LOT_EPOCH + dt.timedelta(days=period * self.clinic.lot_days)
            number = f"{_LOT_CODES[kind]}{opened:%y%m%d}-{device + 1}{variant + 1}"
            product = {
                "serum": self.clinic.serum,
                "anaesthetic": self.clinic.anaesthetic,
                "cartridge": self.clinic.devices[device][2],
            }
            expiry = opened + dt.timedelta(days=self.clinic.shelf_days)
            lot = Lot(number, expiry, product.get(kind, ""))
            found = self._lots[(kind, period, variant, device)] = lot_id(self._session, kind, lot)
        return found


def write_demo(
    session: Session,
    templates: Sequence[DemoTemplate],
    patients: Iterable[DemoPatient],
    batch: int = BATCH,
    clinic: DemoClinic | None = None,
) -> DemoCounts:
    """Insert the patients and their consultations (copies of `templates`), and with a
    `clinic` their courses."""
    w = _Writers(session)
    cache = None
    if session.get_bind().dialect.name == "sqlite":
        # The default page cache (2 MB) makes SQLite spill and re-read index pages many times
        # over in a transaction this large; this connection gets a bigger one for the fill.
        cache = session.connection().exec_driver_sql("PRAGMA cache_size").scalar()
        session.connection().exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    indexes = _drop_indexes(session, w.filled) if cache is not None else []
    shared = SharedTexts(session)
    prepared = [_Prepared(t, w, shared) for t in templates]
    course = _Course(session, clinic, w) if clinic is not None else None
    with_ids = [w.patient.table, w.consultation.table, w.plan.table, w.treatment.table]
    ids = _Ids(session, with_ids)
    counts = DemoCounts()
    for chunk in _chunks(patients, batch):
        patient_ids = ids.take(w.patient.table, len(chunk))
        w.patient.write(
            session,
            [w.patient.row(_patient_row(p, i)) for p, i in zip(chunk, patient_ids, strict=True)],
        )
        tokens: list[list[Any]] = []
        visits: list[tuple[_Prepared, DemoConsultation, int]] = []
        for patient_id, patient in zip(patient_ids, chunk, strict=True):
            tokens += [
                w.token.row({"patient_id": patient_id, "token": token})
                for token in search_tokens(patient.details.name_words)
            ]
            visits += [(prepared[v.template], v, patient_id) for v in patient.consultations]
        w.token.write(session, tokens)
        consultation_ids = ids.take(w.consultation.table, len(visits))
        rows = []
        for consultation_id, (template, visit, patient_id) in zip(
            consultation_ids, visits, strict=True
        ):
            shape = template.final if visit.final else template.draft
            rows.append(
                shape.copy(
                    visit.shift_weeks * 7,
                    consultation_id,
                    patient_id,
                    visit.created_at,
                    visit.updated_at,
                    visit.updated_at if visit.final else None,
                )
            )
        w.consultation.write(session, rows)
        _write_children(session, w, ids, consultation_ids, visits)
        if course is not None:
            counts.sessions += _write_courses(session, w, ids, course, consultation_ids, visits)
        counts.patients += len(chunk)
        counts.consultations += len(visits)
    _advance_sequences(session, with_ids)
    for sql in indexes:
        session.connection().exec_driver_sql(sql)
    if cache is not None:
        session.connection().exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
    return counts


def _write_children(
    session: Session,
    w: _Writers,
    ids: _Ids,
    consultation_ids: Sequence[int],
    visits: list[tuple[_Prepared, DemoConsultation, int]],
) -> None:
    findings: list[list[Any]] = []
    planned: list[tuple[_Prepared, int, int]] = []
    for consultation_id, (template, visit, _patient) in zip(consultation_ids, visits, strict=True):
        days = visit.shift_weeks * 7
        findings += [f.copy(days, consultation_id) for f in template.findings]
        if visit.final:
            planned.append((template, days, consultation_id))
    w.finding.write(session, findings)
    plan_ids = ids.take(w.plan.table, len(planned))
    plans, overrides, sessions = [], [], []
    for plan_id, (template, days, consultation_id) in zip(plan_ids, planned, strict=True):
        plans.append(template.plan.copy(days, plan_id, consultation_id))
        overrides += [o.copy(days, plan_id) for o in template.overrides]
        sessions += [s.copy(days, plan_id) for s in template.sessions]
    w.plan.write(session, plans)
    w.override.write(session, overrides)
    w.session.write(session, sessions)


def _write_courses(
    session: Session,
    w: _Writers,
    ids: _Ids,
    course: _Course,
    consultation_ids: Sequence[int],
    visits: list[tuple[_Prepared, DemoConsultation, int]],
) -> int:
    """The sessions, adverse events and follow-ups of the visits that have a course."""
    with_course = [
        (template, visit, patient_id, consultation_id)
        for consultation_id, (template, visit, patient_id) in zip(
            consultation_ids, visits, strict=True
        )
        if visit.course is not None
    ]
    total = sum(len(v.course.sessions) for _, v, _, _ in with_course if v.course)
    session_ids = iter(ids.take(w.treatment.table, total))
    rows, events, follow_ups, addenda = [], [], [], []
    clinic = course.clinic
    for prepared, visit, patient_id, consultation_id in with_course:
        assert visit.course is not None
        template = course.shape(prepared)
        taken = []
        for n, s in enumerate(visit.course.sessions):
            session_id = next(session_ids)
            taken.append(session_id)
            kit = course.kit(s.date, (patient_id + n) % _LOT_VARIANTS, s.serum, s.practitioner)
            values = (
                session_id,
                patient_id,
                consultation_id,
                s.date,
                s.number,
                course.practitioners[s.practitioner],
                finalised_us(s.date, s.finalised_at),
                kit,
            )
            if s.number is None:  # the test patch: one zone, read before the first session
                read_on = (s.date + dt.timedelta(days=14)).isoformat()
                rows.append(
                    course.test_patch(
                        *values,
                        course.procedure(TEST_PATCH, None, None, ""),
                        template.patch_depths_text,
                        s.pain,
                        s.reaction,
                        json_text(
                            {
                                "patch_zone": template.patch_zone,
                                "patch_read_on": read_on,
                                "patch_result": s.patch_result,
                            }
                        ),
                    )
                )
            else:
                # Only a pen's speed is set.
                speed = s.speed if course.device(s.practitioner)[0] == PEN else None
                procedure = course.procedure(SESSION, s.passes, speed, s.endpoint)
                found = (*values, procedure, template.depths_text, s.pain, s.reaction)
                if s.adjunct:
                    given = {"adjuncts": [[s.adjunct, [template.patch_zone]]]}
                    rows.append(course.test_patch(*found, json_text(given)))
                else:
                    rows.append(course.row(*found))
                if clinic.addenda and session_id % clinic.addendum_every == 0:
                    turn = session_id // clinic.addendum_every % len(clinic.addenda)
                    field, text = clinic.addenda[turn]
                    addenda.append(
                        w.addendum.row(
                            {
                                "session_id": session_id,
                                "practitioner_id": course.practitioners[s.practitioner],
                                "at": s.finalised_at + dt.timedelta(days=1),
                                "field": field,
                                "text": text,
                            }
                        )
                    )
        events += [
            course.event(
                patient_id,
                taken[e.session],
                e.type,
                e.onset,
                e.severity,
                e.action,
                e.resolved_on,
            )
            for e in visit.course.events
        ]
        for f in visit.course.follow_ups:
            findings, gbq, ecca, grade = template.follow_ups[f.stage]
            seen_by = course.practitioners[visit.course.sessions[f.session].practitioner]
            follow_ups.append(
                course.follow_up(
                    patient_id,
                    consultation_id,
                    taken[f.session],
                    seen_by,
                    f.date,
                    findings,  # encoded once per template
                    grade,
                    gbq,
                    ecca,
                )
            )
    w.treatment.write(session, rows)
    w.event.write(session, events)
    w.follow_up.write(session, follow_ups)
    w.addendum.write(session, addenda)
    return total
