"""Writes `revision_0002.sqlite3.gz` and `revision_0002_exports.json.gz` beside this file.

It was run once, with the code of commit 0a4fdea (schema revision 0002, plans kept whole),
to keep a database as that version wrote it and every patient's export as that version
showed it: `test_plan_storage.py` migrates a copy and compares. Run with a later consult, it
would write that version's schema instead, so it is kept only to show how the files were made.

    python tests/store/data/make_revision_0002.py
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.context import open_context
from consult.services.errors import NotFound
from consult.services.export import export_patient

HERE = Path(__file__).resolve().parent
DAY = dt.date(2026, 11, 24)
FINDINGS = (
    Finding("cheek_left", "rolling_moderate", 7),
    Finding("cheek_right", "boxcar_shallow", 4),
    Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.5, older_than_2_years=False),
)
ALL_NO = {
    "active_acne": False,
    "active_infection": False,
    "active_cold_sore": False,
    "pregnant_or_breastfeeding": False,
    "radiotherapy_last_3_months": False,
    "skin_cancer_in_area": False,
}


def _consultations(context) -> None:
    """Plans of every kind the engine makes, beside the demo's copies."""
    patients, service = context.patients, context.consultations

    def patient(name: str, born: dt.date, skin: int | None) -> int:
        return patients.create(PatientDetails(name, "Fixture", born, fitzpatrick=skin)).id

    def final(patient_id: int, draft: ConsultationDraft) -> None:
        record = service.start(patient_id, draft)
        service.finalise(record.id)

    # Blocked by an active cold sore: a deferred plan, no dates.
    final(
        patient("Blocked", dt.date(1991, 2, 3), 2),
        ConsultationDraft(
            date=DAY,
            screening=ScreeningAnswers({**ALL_NO, "active_cold_sore": True}, {}),
            findings=FINDINGS,
        ),
    )
    # Nothing recorded: nothing to treat.
    final(
        patient("Clear", dt.date(1985, 6, 7), 1),
        ConsultationDraft(date=DAY, screening=ScreeningAnswers(ALL_NO, {})),
    )
    # Raised scars only: nothing to needle, adjuncts only.
    final(
        patient("Raised", dt.date(1979, 8, 9), 6),
        ConsultationDraft(
            date=DAY,
            screening=ScreeningAnswers(ALL_NO, {"isotretinoin_last_dose": None}),
            findings=(Finding("chin", "hypertrophic_keloid", area_cm2=2.0),),
            global_grade=4,
        ),
    )
    # Every kind of change, with reasons; a depth outside the range and an interval below it
    # (warnings); unasked block items; a minor (acknowledged without an answer); a recent
    # isotretinoin dose; dark skin (the PIH reason); a second, later consultation.
    minor = patient("Minor", dt.date(2010, 1, 15), 5)
    edits = PlanChoices(
        sessions=7,
        interval_weeks=3,
        depths_mm={"cheek_left": 2.5},
        reasons={
            "sessions": "Wants one more — «après l'été»",
            "interval_weeks": "Travels in January",
            "needle_depth_mm.cheek_left": "Deep rolling scars",
        },
    )
    final(
        minor,
        ConsultationDraft(
            date=DAY,
            screening=ScreeningAnswers(
                {"active_acne": False, "herpes_history": True},
                {"isotretinoin_last_dose": dt.date(2026, 9, 30)},
            ),
            acknowledged=frozenset({"herpes_history", "isotretinoin_last_dose", "under_18"}),
            findings=FINDINGS,
            qualitative_answers={"contour": True, "obvious_at_50_cm": False, "flattens": None},
            plan_start=dt.date(2026, 12, 1),
            plan_choices=edits,
            notes="Second opinion wanted.",
        ),
    )
    moved = PlanChoices(
        dates=(dt.date(2027, 6, 1), dt.date(2027, 7, 6), dt.date(2027, 8, 3)),
        reasons={"dates": "Holidays"},
    )
    final(
        minor,
        ConsultationDraft(
            date=dt.date(2027, 5, 20),
            screening=ScreeningAnswers(ALL_NO, {"isotretinoin_last_dose": None}),
            acknowledged=frozenset({"under_18"}),
            findings=(Finding("forehead", "icepick", 2), Finding("nose", "boxcar_deep", 1)),
            global_grade=2,
            plan_start=dt.date(2027, 6, 1),
            plan_choices=moved,
        ),
    )
    # A draft left half-way, with edits not yet explained.
    service.start(
        patient("Draft", dt.date(1999, 12, 31), None),
        ConsultationDraft(
            date=DAY,
            screening=ScreeningAnswers({"anticoagulants": True}, {}),
            findings=(Finding("perioral", "rolling_mild", 3),),
            plan_choices=PlanChoices(sessions=2),
        ),
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "consult.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "consult", "--db", str(path), "demo", "--patients", "40"],
            check=True,
            env={"CONSULT_HOME": folder, "PATH": ""},
        )
        context = open_context(str(path))
        try:
            _consultations(context)
            exports = {}
            for patient_id in range(1, 100):
                try:
                    data = export_patient(
                        context.database, context.rules, patient_id, current=context.current
                    )
                except NotFound:  # past the last patient
                    break
                del data["exported_at"]
                exports[str(patient_id)] = data
        finally:
            context.close()
        with path.open("rb") as source, gzip.open(HERE / "revision_0002.sqlite3.gz", "wb") as out:
            shutil.copyfileobj(source, out)
        text = json.dumps(exports, indent=1, ensure_ascii=False)
        (HERE / "revision_0002_exports.json.gz").write_bytes(gzip.compress(text.encode()))


if __name__ == "__main__":
    main()
