"""The exports name the practitioners their records refer to: every `practitioner_id` of a
patient's JSON resolves in its `practitioners` list, the practice export has all of the
clinic's in `practitioners.json`, and a FHIR bundle (R5 and R4B) has a Practitioner per
practitioner it refers to, as encounter participant and procedure performer."""

import datetime as dt
import hashlib
import json

import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.R4B.bundle import Bundle as BundleR4B

from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.domain.treatment import FollowUpDetails, Lot, RevisionDetails, SessionDraft
from consult.services.export import export_patient
from consult.services.fhir import R4B, R5, fhir_bundle, identifier_system
from consult.services.practice_export import export_practice
from consult.store import clinic

BLOCKS = (
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "active_sunburn",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
)
START = dt.date.today() - dt.timedelta(days=200)


@pytest.fixture
def record(sqlite_context):
    """A patient whose consultation and plan revision are by one practitioner, whose session
    is by a second (since deactivated), whose addendum and follow-up are by a third; a fourth
    practitioner of the clinic has nothing to do with the patient."""
    context = sqlite_context
    consulting, treating, reviewing, other = (
        context.practitioners.add(name)
        for name in ("Dr Okafor", "Dr Lindqvist", "Nurse Ōta", "Dr Unrelated")
    )
    patient = context.patients.create(
        PatientDetails("Ana", "Silva", dt.date(1990, 1, 1), fitzpatrick=2)
    )
    draft = ConsultationDraft(
        date=START,
        screening=ScreeningAnswers(dict.fromkeys(BLOCKS, False), {"isotretinoin_last_dose": None}),
        findings=(Finding("cheek_left", "rolling_moderate", 14),),
        global_grade=3,
    )
    started = context.consultations.start(patient.id, draft, consulting.id)
    consultation = context.consultations.finalise(started.id)
    consultation = context.consultations.get(consultation.id)
    day = START + dt.timedelta(weeks=4)
    session = context.course.start_session(
        patient.id,
        SessionDraft(
            date=day,
            consultation_id=consultation.id,
            number=1,
            practitioner_id=treating.id,
            check=dict.fromkeys(context.rules.course.checks, False),
            device="pen",
            lots={"cartridge": Lot("CART-77", day + dt.timedelta(days=300))},
            depths_mm=dict(consultation.plan.depths_mm),
            passes=3,
            speed=6,
            endpoint="pinpoint_bleeding",
            aftercare_given=True,
        ),
    )
    context.course.finalise_session(session.id, treating.id)
    context.course.add_addendum(session.id, reviewing.id, "4 passes, not 3", "passes")
    context.course.record_follow_up(
        patient.id,
        FollowUpDetails(
            day + dt.timedelta(days=20),
            consultation.id,
            (Finding("cheek_left", "rolling_moderate", 10),),
            practitioner_id=reviewing.id,
        ),
    )
    context.course.revise_plan(
        patient.id,
        RevisionDetails(
            dt.date.today(),
            consultation.id,
            2,
            6,
            (dt.date.today() + dt.timedelta(weeks=1),),
            {},
            "fewer sessions: good response",
            consulting.id,
        ),
    )
    context.practitioners.set_active(treating.id, False)  # left the clinic since
    return context, patient, (consulting, treating, reviewing, other)


def _practitioner_ids(data):
    """Every practitioner id the export's records carry."""
    ids = [c["practitioner_id"] for c in data["consultations"]]
    for session in data["treatment_sessions"]:
        ids.append(session["practitioner_id"])
        ids.extend(a["practitioner_id"] for a in session["addenda"])
    ids.extend(f["practitioner_id"] for f in data["follow_ups"])
    ids.extend(r["practitioner_id"] for r in data["plan_revisions"])
    return {i for i in ids if i is not None}


def test_every_practitioner_id_of_the_json_export_resolves(record):
    context, patient, (consulting, treating, reviewing, _) = record
    data = json.loads(
        json.dumps(
            export_patient(context.database, context.rules, patient.id, current=context.current)
        )
    )

    assert data["practitioners"] == [
        {"id": consulting.id, "name": "Dr Okafor", "active": True},
        {"id": treating.id, "name": "Dr Lindqvist", "active": False},
        {"id": reviewing.id, "name": "Nurse Ōta", "active": True},
    ]
    # Each kind of record named someone, and only those named are listed.
    assert data["plan_revisions"][0]["practitioner_id"] == consulting.id
    assert data["treatment_sessions"][0]["addenda"][0]["practitioner_id"] == reviewing.id
    assert _practitioner_ids(data) == {p["id"] for p in data["practitioners"]}


def test_a_record_naming_no_one_lists_no_practitioner(sqlite_context):
    context = sqlite_context
    context.practitioners.add("Dr Okafor")
    patient = context.patients.create(PatientDetails("Zoë", "Ng", dt.date(1990, 1, 1)))
    context.consultations.start(patient.id, ConsultationDraft(date=START))
    data = export_patient(context.database, context.rules, patient.id, current=context.current)
    assert data["practitioners"] == []


def test_the_practice_export_lists_every_practitioner_in_the_manifest(record, tmp_path):
    context, patient, practitioners = record
    folder = tmp_path / "practice"

    manifest = export_practice(
        context.database, context.rules, context.locations, folder, current=context.current
    )

    entry = manifest["practitioners_file"]
    data = (folder / entry["file"]).read_bytes()
    assert entry["file"] == "practitioners.json" and entry["bytes"] == len(data)
    assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    listing = json.loads(data)
    assert listing["schema"] == "consult.practitioners/1"
    assert listing["practitioners"] == [
        {"id": p.id, "name": p.name, "active": p.id != practitioners[1].id} for p in practitioners
    ]
    assert manifest["counts"]["practitioners"] == 4
    # Every id a patient's file names is among them.
    written = json.loads((folder / f"patients/patient-{patient.id}.json").read_text("utf-8"))
    assert _practitioner_ids(written) <= {p["id"] for p in listing["practitioners"]}


def _by_type(bundle, kind):
    return [e for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


@pytest.mark.parametrize(
    ("version", "model", "field"), [(R5, Bundle, "actor"), (R4B, BundleR4B, "individual")]
)
def test_the_fhir_bundle_names_the_practitioners(record, version, model, field):
    context, patient, (consulting, treating, reviewing, _) = record
    bundle = fhir_bundle(
        context.database, context.rules, patient.id, version, current=context.current
    )
    assert model.model_validate_json(json.dumps(bundle)).type == "collection"
    with context.database.read() as session:
        system = identifier_system(clinic.installation_id(session), "practitioner")

    entries = _by_type(bundle, "Practitioner")
    # Those the bundle's resources refer to; the addendum and the revision are not in FHIR.
    assert [e["resource"]["identifier"] for e in entries] == [
        [{"system": system, "value": str(p.id)}] for p in (consulting, treating, reviewing)
    ]
    assert [e["resource"]["name"] for e in entries] == [
        [{"text": "Dr Okafor"}],
        [{"text": "Dr Lindqvist"}],
        [{"text": "Nurse Ōta"}],
    ]
    assert [e["resource"]["active"] for e in entries] == [True, False, True]
    url = {
        p.id: e["fullUrl"] for p, e in zip((consulting, treating, reviewing), entries, strict=True)
    }

    encounters = [e["resource"] for e in _by_type(bundle, "Encounter")]
    participants = [[p[field]["reference"] for p in r["participant"]] for r in encounters]
    # The consultation, the session, the follow-up: in the order the bundle gives them.
    assert participants == [[url[consulting.id]], [url[treating.id]], [url[reviewing.id]]]
    assert all(
        p["type"][0]["coding"][0]["code"] == "PPRF" for r in encounters for p in r["participant"]
    )
    (procedure,) = [e["resource"] for e in _by_type(bundle, "Procedure")]
    assert procedure["performer"] == [{"actor": {"reference": url[treating.id]}}]
    (plan,) = [e["resource"] for e in _by_type(bundle, "CarePlan")]
    assert plan["contributor"] == [{"reference": url[consulting.id]}]
    performers = {
        o["resource"]["encounter"]["reference"]: o["resource"]["performer"]
        for o in _by_type(bundle, "Observation")
    }
    assert sorted(r[0]["reference"] for r in performers.values()) == sorted(
        [url[consulting.id], url[reviewing.id]]
    )
    # Every reference resolves inside the bundle.
    inside = {e["fullUrl"] for e in bundle["entry"]}
    assert {r for e in bundle["entry"] for r in _references(e["resource"])} <= inside


def test_practitioner_identifiers_are_the_same_in_a_second_export(record):
    context, patient, _ = record

    def keys():
        bundle = fhir_bundle(
            context.database, context.rules, patient.id, R5, current=context.current
        )
        return [
            (e["fullUrl"], e["resource"]["id"], e["resource"]["identifier"])
            for e in _by_type(bundle, "Practitioner")
        ]

    first = keys()
    # A new name changes no identifier.
    context.practitioners.rename(int(first[0][2][0]["value"]), "Dr A. Okafor")
    assert keys() == first and len(first) == 3


def _references(value):
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for inner in value.values():
            yield from _references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _references(inner)
