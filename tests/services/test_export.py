"""A patient's export holds the whole record; its assessment documents read back unchanged."""

import datetime as dt
import json

from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.document import parse_assessment
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.photo import VisitKind
from consult.domain.records import PatientDetails
from consult.domain.treatment import SessionDraft
from consult.services.export import export_patient


def test_the_export_holds_every_consultation_session_and_photo(
    context, tmp_path, make_photo, add_photo
):
    patient = context.patients.create(
        PatientDetails("Nguyễn", "Thị Minh", dt.date(1992, 4, 2), fitzpatrick=4, notes="χ")
    )
    draft = ConsultationDraft(
        date=dt.date(2026, 11, 20),
        screening=ScreeningAnswers(
            dict.fromkeys(
                (
                    "active_acne",
                    "active_infection",
                    "active_cold_sore",
                    "active_sunburn",
                    "pregnant_or_breastfeeding",
                    "radiotherapy_last_3_months",
                    "skin_cancer_in_area",
                ),
                False,
            ),
            {"isotretinoin_last_dose": None},
        ),
        findings=(
            Finding("forehead", "icepick", 12),
            Finding("chin", "hypertrophic_keloid", area_cm2=2.5, older_than_2_years=False),
        ),
        acknowledged=frozenset({"keloid_tendency"}),  # derived from the raised scar
        global_grade=4,
        plan_choices=PlanChoices(sessions=7, reasons={"sessions": "deep icepick scars"}),
        notes="wants photos kept private",
    )
    first = context.consultations.start(patient.id, draft)
    context.consultations.finalise(first.id)
    context.consultations.start(patient.id, ConsultationDraft(date=dt.date(2026, 11, 25)))
    context.course.start_session(
        patient.id,
        SessionDraft(
            dt.date(2026, 11, 25),
            check=dict.fromkeys(context.rules.course.checks, False),
            device="pen",
            depths_mm={"forehead": 0.5},
        ),
    )
    picture = make_photo(tmp_path / "forehead.jpg")
    add_photo(patient.id, picture, zone="forehead", visit=(VisitKind.CONSULTATION, first.id))

    data = json.loads(json.dumps(export_patient(context.database, context.rules, patient.id)))

    assert data["schema"] == "consult.patient-export/1"
    assert data["patient"]["given_names"] == "Nguyễn" and data["patient"]["notes"] == "χ"
    finished, draft_entry = data["consultations"]
    assert finished["status"] == "final" and draft_entry["status"] == "draft"
    assessment = parse_assessment(finished["assessment"], context.rules, dt.date(2026, 11, 26))
    assert assessment.findings == draft.findings and assessment.global_grade == 4
    assert finished["plan"]["sessions"]["final"] == 7 and len(finished["plan"]["dates"]) == 7
    assert finished["plan"]["overrides"][0]["reason"] == "deep icepick scars"
    assert finished["notes"] == "wants photos kept private"
    assert finished["scores"]["goodman_baron_quantitative"] > 0
    assert data["treatment_sessions"][0]["depth_mm"] == {"forehead": 0.5}
    (photo,) = data["photos"]
    assert photo["zone"] == "forehead" and len(photo["sha256"]) == 64
    assert photo["view"] == "closeup" and photo["file"].startswith(f"photos/{patient.id}/")
    assert photo["visit"] == {"kind": "consultation", "id": first.id, "date": str(draft.date)}
    assert photo["taken_at"] == "2026-11-02T10:30:00" and photo["taken_from"] == "entered"
    assert photo["lighting"] == "unknown" and photo["uses"] == ["clinical_record"]
    assert photo["retired_at"] is None
