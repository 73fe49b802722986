"""How the course is kept (SQLite and PostgreSQL): compact rows that read back exactly what
was recorded, kits and texts shared between sessions, and a demo whose schema is the one the
migrations make."""

import datetime as dt
import sqlite3
from contextlib import closing

from sqlalchemy import func, select

from consult.domain.model import Finding
from consult.domain.records import PatientDetails
from consult.domain.treatment import (
    TEST_PATCH,
    FollowUpDetails,
    FollowUpScores,
    Lot,
    SameDayAdjunct,
    SessionDraft,
)
from consult.services.demo import DemoService
from consult.store import patients
from consult.store import treatments as store
from consult.store.backup import expected_schema, schema_of
from consult.store.database import current_revision, open_database
from consult.store.models import (
    Consultation,
    ConsumableLot,
    SessionKit,
    SharedText,
    TreatmentSession,
)

DAY = dt.date(2026, 3, 2)


def _patient(session):
    return patients.add(session, PatientDetails("Ana", "Silva", dt.date(1990, 1, 1))).id


def _full_session(**changes) -> SessionDraft:
    """A session with every field given, none at its default."""
    values = dict(
        date=DAY,
        number=2,
        check={"new_medicines": True, "pregnant": False, "adverse_event.7": False},
        device="pen",
        device_model="Pen model 4",
        needles="12-pin cartridge",
        lots={
            "cartridge": Lot("CT-1", DAY + dt.timedelta(days=300)),
            "anaesthetic": Lot("AN-1", DAY + dt.timedelta(days=100), "lidocaine cream"),
            "serum": Lot("HA-9", DAY + dt.timedelta(days=30), "glide serum"),
            "other": Lot("OT-3", None, "gauze"),
        },
        anaesthetic="lidocaine cream",
        anaesthetic_minutes=45,
        depths_mm={"cheek_left": 1.5, "forehead": 0.5, "nose": 1},
        depth_reasons={"cheek_left": "thick skin"},
        passes=3,
        speed=6,
        endpoint="pinpoint_bleeding",
        adjuncts=(SameDayAdjunct("subcision", ("cheek_left", "cheek_right")),),
        pain=4,
        reaction="even redness",
        aftercare_given=True,
        notes="tolerated well",
    )
    return SessionDraft(**(values | changes))


def test_a_session_reads_back_exactly_as_recorded_and_signed(database):
    signed = dt.datetime(2026, 3, 4, 9, 15, 2, 123456)
    patch = SessionDraft(
        date=DAY,
        kind=TEST_PATCH,
        depths_mm={"cheek_left": 0.5},
        patch_zone="cheek_left",
        patch_read_on=DAY + dt.timedelta(days=14),
        patch_result="none",
    )
    with database.write() as session:
        patient_id = _patient(session)
        drafts = [_full_session(), SessionDraft(date=DAY), patch]
        ids = [store.add_session(session, patient_id, draft).id for draft in drafts]
        row = session.get(TreatmentSession, ids[0])
        row.finalised_us = store.finalised_us(row.date, signed)
    with database.read() as session:
        kept = store.sessions_for_patient(session, patient_id)
    assert [record.draft for record in kept] == drafts
    assert [record.finalised_at for record in kept] == [signed, None, None]
    assert type(kept[0].draft.depths_mm["nose"]) is int


def test_sessions_done_alike_share_their_kit_procedure_and_depths(database):
    with database.write() as session:
        patient_id = _patient(session)
        for number in (1, 2, 3):
            store.add_session(session, patient_id, _full_session(number=number))
        store.add_session(session, patient_id, _full_session(number=4, pain=2))
        texts = session.scalar(select(func.count()).select_from(SharedText))
        store.add_session(session, patient_id, _full_session(number=5, passes=2))
        assert session.scalar(select(func.count()).select_from(SessionKit)) == 1
        assert session.scalar(select(func.count()).select_from(ConsumableLot)) == 4
        # A new procedure is one text more; the same depths are not.
        assert session.scalar(select(func.count()).select_from(SharedText)) == texts + 1
        (use,) = store.lot_uses(session, "HA-9")[:1]
        assert len(store.lot_uses(session, "HA-9")) == 5 and use.kind == "serum"


def test_a_follow_up_reads_back_its_findings_exactly(database):
    findings = (
        Finding("cheek_left", "rolling_moderate", 9),
        Finding("jaw_left", "hypertrophic_keloid", 0, 1.2, False),
        Finding("nose", "icepick", 3, 0, True),
        Finding("forehead", "boxcar_shallow", 0, 0.0, False),
    )
    with database.write() as session:
        patient_id = _patient(session)
        consultation = Consultation(
            patient_id=patient_id, date=DAY, status="final", rules_version="test"
        )
        session.add(consultation)
        session.flush()
        details = FollowUpDetails(DAY, consultation.id, findings, 2, notes="better")
        store.add_follow_up(session, patient_id, details, FollowUpScores(12, 40, 2))
        store.add_follow_up(session, patient_id, details, FollowUpScores(12, 40, 2))
    with database.read() as session:
        first, second = store.follow_ups_for_patient(session, patient_id)
    assert first.details == details and second.details == details
    assert [type(f.area_cm2) for f in first.details.findings] == [float, float, int, float]


def test_a_demo_database_has_the_schema_the_migrations_make(tmp_path, rules):
    path = tmp_path / "demo.sqlite3"
    database = open_database(f"sqlite:///{path}")
    DemoService(database, rules).fill(60, seed=3, today=dt.date(2026, 11, 26))
    revision = current_revision(database.engine)
    database.engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert schema_of(connection) == expected_schema(revision)
