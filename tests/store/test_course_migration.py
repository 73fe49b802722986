"""Revision 0004 (the treatment course): sessions recorded before it keep what they had, and
every database at 0004 has the one schema a restore accepts."""

import datetime as dt
import json
import os
import subprocess
import sys

from alembic import command
from sqlalchemy import insert, text

from consult.services.course import CourseService
from consult.store.database import alembic_config, open_database
from consult.store.models import Patient


def test_a_session_recorded_before_0004_keeps_its_device_lot_and_signature(database_url, rules):
    database = open_database(database_url, migrate=False)
    command.upgrade(alembic_config(database.engine), "0003")
    with database.write() as session:
        # Written as the schema then stood: the model's later columns (name_order) not yet.
        patient_id = session.execute(
            insert(Patient)
            .values(given_names="Ana", family_name="Silva", date_of_birth=dt.date(1990, 1, 1))
            .returning(Patient.id)
        ).scalar_one()
        session.execute(
            text(
                "INSERT INTO treatment_session (patient_id, date, device, depth_mm, passes, "
                "product, lot, reaction, notes, finalised, created_at) VALUES (:p, :d, "
                "'Pen model 4', '{\"forehead\": 0.5}', 3, 'glide serum', 'L-77', '', '', "
                ":f, :c)"
            ),
            {
                "p": patient_id,
                "d": dt.date(2026, 1, 5),
                "f": True,
                "c": dt.datetime(2026, 1, 5, 10),
            },
        )
    command.upgrade(alembic_config(database.engine), "head")
    course = CourseService(database, rules)
    (kept,) = course.sessions(patient_id)
    assert kept.draft.device_model == "Pen model 4"
    assert kept.draft.depths_mm == {"forehead": 0.5} and kept.draft.passes == 3
    assert kept.draft.lots["other"].number == "L-77"
    assert kept.draft.lots["other"].product == "glide serum"
    assert kept.finalised_at == dt.datetime(2026, 1, 5, 10)
    (use,) = course.lot_uses("L-77")
    assert use.patient_id == patient_id and use.kind == "other"
    command.downgrade(alembic_config(database.engine), "0003")
    with database.read() as session:
        row = session.execute(
            text(
                "SELECT device, lot, product, finalised, created_at, passes, depth_mm "
                "FROM treatment_session"
            )
        ).one()
    assert tuple(row[:4]) == ("Pen model 4", "L-77", "glide serum", True)
    assert str(row.created_at).startswith("2026-01-05 10:00:00") and row.passes == 3
    depths = json.loads(row.depth_mm) if isinstance(row.depth_mm, str) else row.depth_mm
    assert depths == {"forehead": 0.5}
    database.engine.dispose()


SCHEMA = """
import sqlite3, sys
from contextlib import closing
from consult.store.database import open_database
open_database(f"sqlite:///{sys.argv[1]}").engine.dispose()
with closing(sqlite3.connect(sys.argv[1])) as connection:
    print(connection.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall())
"""


def test_the_schema_at_0004_is_the_same_whatever_the_hash_seed(tmp_path):
    def schema(seed: str) -> str:
        path = tmp_path / f"{seed}.sqlite3"
        done = subprocess.run(
            [sys.executable, "-c", SCHEMA, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert schema("1") == schema("2") == schema("3")
