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

from sqlalchemy import JSON, Table, func, insert, select, text
from sqlalchemy.orm import Session

from consult.domain.consultation import ConsultationDraft, FinalPlan, SavedScores
from consult.domain.records import PatientDetails
from consult.domain.text import digits, search_tokens
from consult.domain.treatment import SESSION, TEST_PATCH, Lot
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
    TreatmentSession,
)
from consult.store.shared_texts import SharedTexts
from consult.store.treatments import lot_id

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
    # Follow-up assessments as the scars improve: (findings as kept, G&B, ECCA, grade).
    follow_ups: tuple[tuple[list[list[Any]], int, int, int | None], ...] = ()


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
    device: str
    device_model: str
    needles: str
    anaesthetic: str
    anaesthetic_minutes: int
    serum: str
    checks: tuple[str, ...]
    # A new lot of each consumable every this many days; each keeps this long.
    lot_days: int = 30
    shelf_days: int = 730


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
            None
            if isinstance(c.type, JSON)
            else c.type.dialect_impl(dialect).bind_processor(dialect)
            for c in columns
        ]
        self.json = frozenset(c.key for c in columns if isinstance(c.type, JSON))
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
            return json_text(value)
        return processor(value) if processor is not None and value is not None else value

    def row(self, values: dict[str, Any]) -> list[Any]:
        return [self.process(key, values[key]) for key in self.keys]

    def write(self, session: Session, rows: list[list[Any]]) -> None:
        if not rows:
            return
        params: Any = (
            [dict(zip(self.keys, row, strict=True)) for row in rows]
            if self._named
            else list(map(tuple, rows))
        )
        session.connection().exec_driver_sql(self.sql, params)


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


class _Course:
    """What the demo courses share, in rows: practitioners, texts, lots (added when used)."""

    def __init__(self, session: Session, clinic: DemoClinic, w: _Writers) -> None:
        self.clinic = clinic
        self._session = session
        rows = [Practitioner(name=name) for name in clinic.practitioners]
        session.add_all(rows)
        session.flush()
        self.practitioners = [row.id for row in rows]
        shared = SharedTexts(session)
        self.base = {key: None for key in w.treatment.keys} | {
            "kind": SESSION,
            "device": clinic.device,
            "device_model_text": shared.id_of(clinic.device_model),
            "needles_text": shared.id_of(clinic.needles),
            "anaesthetic_text": shared.id_of(clinic.anaesthetic),
            "anaesthetic_minutes": clinic.anaesthetic_minutes,
            "pre_check": [shared.id_of(json_text(list(clinic.checks))), []],
            "endpoint": "",
            "reaction": "",
            "aftercare_given": True,
            "notes": "",
        }
        self._lots: dict[tuple[str, int], int] = {}
        # Rows are made by filling the varying columns of a row converted once: converting
        # every column of 400,000 sessions one by one took a third of a demo's time.
        self._writer = w.treatment
        self._fixed = w.treatment.row(self.base)
        self._depths: dict[int, Any] = {}

    def row(self, values: dict[str, Any]) -> list[Any]:
        row = self._fixed.copy()
        writer = self._writer
        for key, value in values.items():
            row[writer.index[key]] = writer.process(key, value)
        return row

    def depths(self, template: _Prepared) -> Any:
        """The template's depths, encoded once."""
        found = self._depths.get(id(template))
        if found is None:
            found = self._depths[id(template)] = json_text(template.depths)
        return found

    def lot(self, kind: str, day: dt.date, variant: int) -> int:
        period = (day - _LOT_EPOCH).days // self.clinic.lot_days
        found = self._lots.get((kind, period * _LOT_VARIANTS + variant))
        if found is None:
            opened = _LOT_EPOCH + dt.timedelta(days=period * self.clinic.lot_days)
            number = f"{_LOT_CODES[kind]}{opened:%y%m%d}-{variant + 1}"
            product = self.clinic.serum if kind == "serum" else ""
            if kind == "anaesthetic":
                product = self.clinic.anaesthetic
            expiry = opened + dt.timedelta(days=self.clinic.shelf_days)
            found = lot_id(self._session, kind, Lot(number, expiry, product))
            self._lots[(kind, period * _LOT_VARIANTS + variant)] = found
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
                for token in search_tokens(patient.details.full_name)
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
    rows, events, follow_ups = [], [], []
    for template, visit, patient_id, consultation_id in with_course:
        assert visit.course is not None
        taken = []
        for n, s in enumerate(visit.course.sessions):
            session_id = next(session_ids)
            taken.append(session_id)
            variant = (patient_id + n) % _LOT_VARIANTS
            row = {
                "id": session_id,
                "patient_id": patient_id,
                "consultation_id": consultation_id,
                "date": s.date,
                "number": s.number,
                "practitioner_id": course.practitioners[s.practitioner],
                "finalised_at": s.finalised_at,
                "cartridge_lot_id": course.lot("cartridge", s.date, variant),
                "anaesthetic_lot_id": course.lot("anaesthetic", s.date, variant),
                "serum_lot_id": course.lot("serum", s.date, variant) if s.serum else None,
                "passes": s.passes,
                "speed": s.speed,
                "endpoint": s.endpoint,
                "pain": s.pain,
                "reaction": s.reaction,
            }
            if s.number is None:  # the test patch: one zone, read before the first session
                row |= {
                    "kind": TEST_PATCH,
                    "depth_mm": dict(list(template.depths.items())[:1]),
                    "patch_zone": next(iter(template.depths), None),
                    "patch_read_on": s.date + dt.timedelta(days=14),
                    "patch_result": "none",
                    "passes": None,
                    "speed": None,
                    "endpoint": "",
                }
            encoded = course.row(row)
            if s.number is not None:
                encoded[w.treatment.index["depth_mm"]] = course.depths(template)
            rows.append(encoded)
        for e in visit.course.events:
            events.append(
                w.event.row(
                    {
                        "patient_id": patient_id,
                        "session_id": taken[e.session],
                        "type": e.type,
                        "onset": e.onset,
                        "severity": e.severity,
                        "action": e.action,
                        "resolved_on": e.resolved_on,
                        "notes": "",
                    }
                )
            )
        for f in visit.course.follow_ups:
            findings, gbq, ecca, grade = template.follow_ups[f.stage]
            follow_ups.append(
                w.follow_up.row(
                    {
                        "patient_id": patient_id,
                        "consultation_id": consultation_id,
                        "session_id": taken[f.session],
                        "practitioner_id": course.practitioners[
                            visit.course.sessions[f.session].practitioner
                        ],
                        "date": f.date,
                        "findings": findings,
                        "global_grade": grade,
                        "goodman_baron_quantitative": gbq,
                        "ecca": ecca,
                        "notes": "",
                    }
                )
            )
    w.treatment.write(session, rows)
    w.event.write(session, events)
    w.follow_up.write(session, follow_ups)
    return total
