"""Revision 0006 (photo views, visits and consent per use): photos imported before it keep
their file, date and marketing consent, and every database at 0006 has one schema."""

import datetime as dt

from alembic import command
from sqlalchemy import insert, text

from consult.domain.photo import Lighting, PhotoUse, PhotoView, TakenFrom, Visit, VisitKind
from consult.store import photos
from consult.store.database import alembic_config, open_database
from consult.store.models import Patient

TAKEN = dt.datetime(2026, 3, 1, 9, 15)


def test_photos_before_0006_get_a_view_the_import_date_and_their_marketing_consent(database_url):
    database = open_database(database_url, migrate=False)
    command.upgrade(alembic_config(database.engine), "0005")
    with database.write() as session:
        # Written as the schema then stood: the model's later columns (name_order) not yet.
        patient_id = session.execute(
            insert(Patient)
            .values(given_names="Ana", family_name="Silva", date_of_birth=dt.date(1990, 1, 1))
            .returning(Patient.id)
        ).scalar_one()
        consultation = session.execute(
            text(
                "INSERT INTO consultation (patient_id, date, status, rules_version, created_at, "
                "updated_at, version) VALUES (:p, :d, 'draft', '1', :t, :t, 1) RETURNING id"
            ),
            {"p": patient_id, "d": dt.date(2026, 3, 1), "t": TAKEN},
        ).scalar_one()
        for zone, marketing in (("cheek_left", True), ("", False)):
            session.execute(
                text(
                    "INSERT INTO photo (patient_id, consultation_id, path, sha256, zone, "
                    "taken_at, marketing_consent) VALUES (:p, :c, :path, :s, :z, :t, :m)"
                ),
                {
                    "p": patient_id,
                    "c": consultation,
                    "path": f"{patient_id}/{zone or 'face'}.jpg",
                    "s": "0" * 64,
                    "z": zone,
                    "t": TAKEN,
                    "m": marketing,
                },
            )
    command.upgrade(alembic_config(database.engine), "head")
    with database.read() as session:
        closeup, front = photos.for_patient(session, patient_id)
        (change,) = photos.consent_history(session, closeup.id)
    assert closeup.view is PhotoView.CLOSEUP and closeup.zone == "cheek_left"
    assert front.view is PhotoView.FRONT
    for kept in (closeup, front):
        assert kept.taken_at == TAKEN and kept.taken_from is TakenFrom.IMPORTED
        assert kept.lighting is Lighting.UNKNOWN
        assert kept.visit == Visit(VisitKind.CONSULTATION, consultation, dt.date(2026, 3, 1))
    assert closeup.uses == {PhotoUse.CLINICAL_RECORD, PhotoUse.MARKETING}
    assert front.uses == {PhotoUse.CLINICAL_RECORD}
    assert change.use is PhotoUse.MARKETING and change.granted and change.at == TAKEN

    command.downgrade(alembic_config(database.engine), "0005")
    with database.read() as session:
        rows = session.execute(text("SELECT zone, marketing_consent FROM photo ORDER BY id"))
        assert [(zone, bool(marketing)) for zone, marketing in rows] == [
            ("cheek_left", True),
            ("", False),
        ]
    database.engine.dispose()
