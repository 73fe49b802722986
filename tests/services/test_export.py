"""A patient's export holds the whole record; its assessment documents read back unchanged."""

import datetime as dt
import json
from functools import partial

import pytest

from consult.domain.access import Account, Role
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.document import parse_assessment
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.photo import VisitKind
from consult.domain.records import PatientDetails
from consult.domain.treatment import SessionDraft
from consult.services.access import CurrentUser, SignedIn
from consult.services.errors import NotAllowed
from consult.services.export import export_patient
from consult.services.export_formats import EXPORT_FORMATS
from consult.services.outcome_audit import audit_outcomes
from consult.services.practice_export import export_practice


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

    data = json.loads(
        json.dumps(
            export_patient(context.database, context.rules, patient.id, current=context.current)
        )
    )

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


def test_reception_is_refused_every_export_and_the_outcome_audit_before_any_writing(
    context, tmp_path
):
    patient = context.patients.create(PatientDetails("Rossi", "Ada", dt.date(1990, 1, 2)))
    rita = Account(id=7, username="rita", display_name="Rita", role=Role.RECEPTION)
    reception = CurrentUser(SignedIn(rita, key=None), accounts=True)
    folder = tmp_path / "practice"
    attempts = [
        lambda: export_patient(context.database, context.rules, patient.id, current=reception),
        lambda: export_practice(
            context.database, context.rules, context.locations, folder, current=reception
        ),
        lambda: audit_outcomes(context.database, context.rules, current=reception),
        *(
            partial(f.write, context.database, context.rules, patient.id, reception)
            for f in EXPORT_FORMATS
        ),
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowed, match="clinical records"):
            attempt()
    assert not folder.exists()
    # Nobody signed in on a database with accounts is refused too; a practitioner is not.
    with pytest.raises(NotAllowed):
        export_patient(
            context.database, context.rules, patient.id, current=CurrentUser(accounts=True)
        )
    ines = Account(id=8, username="ines", display_name="Inês", role=Role.PRACTITIONER)
    practitioner = CurrentUser(SignedIn(ines, key=None), accounts=True)
    exported = export_patient(context.database, context.rules, patient.id, current=practitioner)
    assert exported["patient"]["id"] == patient.id
