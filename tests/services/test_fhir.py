"""FHIR export of demo patients: valid R5 and R4B Bundles, the scores `consult assess` gives,
identifiers that stay the same from one export to the next, nothing written."""

import base64
import datetime as dt
import json
import uuid

import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.R4B.bundle import Bundle as BundleR4B
from sqlalchemy import func, select

from consult.cli import main
from consult.services.context import open_context
from consult.services.demo import DemoService
from consult.services.errors import NotFound
from consult.services.export import export_patient
from consult.services.fhir import R4B, R5, fhir_bundle, identifier_system
from consult.store import clinic
from consult.store.models import AuditEvent

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, rules):
    """A small demo for the module: the tests only read it."""
    path = tmp_path_factory.mktemp("fhir") / "demo.sqlite3"
    context = open_context(str(path), rules=rules)
    DemoService(context.database, rules).fill(8, seed=11, today=TODAY)
    context.close()
    return path


@pytest.fixture
def demo(demo_db, rules):
    context = open_context(str(demo_db), rules=rules)
    yield context
    context.close()


def resources(bundle, kind):
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def by_reference(bundle):
    return {e["fullUrl"]: e["resource"] for e in bundle["entry"]}


def test_a_demo_patient_parses_as_an_r5_and_an_r4b_bundle(demo):
    for patient_id in range(1, 9):
        r5 = fhir_bundle(demo.database, demo.rules, patient_id, R5, current=demo.current)
        parsed = Bundle.model_validate_json(json.dumps(r5))
        assert parsed.type == "collection"
        kinds = {entry.resource.get_resource_type() for entry in parsed.entry}
        assert {"Patient", "Encounter", "Observation", "CarePlan", "Condition"} <= kinds
        r4b = fhir_bundle(demo.database, demo.rules, patient_id, R4B, current=demo.current)
        assert BundleR4B.model_validate_json(json.dumps(r4b)).type == "collection"
        # The same resources, with the same identifiers, in both versions.
        assert [e["fullUrl"] for e in r5["entry"]] == [e["fullUrl"] for e in r4b["entry"]]


def test_the_bundle_holds_the_course_and_the_handout(demo):
    data = export_patient(demo.database, demo.rules, 1, current=demo.current)
    bundle = fhir_bundle(demo.database, demo.rules, 1, R5, current=demo.current)
    (condition,) = resources(bundle, "Condition")
    assert condition["code"]["coding"][0] == {
        "system": "http://hl7.org/fhir/sid/icd-10",
        "code": "L90.5",
        "display": "Scar conditions and fibrosis of skin",
    }
    assert condition["code"]["text"] == "Acne scarring"
    sessions = [s for s in data["treatment_sessions"] if s["finalised"]]
    procedures = resources(bundle, "Procedure")
    assert len(procedures) == len(sessions) > 0
    for procedure, session in zip(procedures, sessions, strict=True):
        assert procedure["occurrenceDateTime"] == session["date"]
        zones = [site["coding"][0]["code"] for site in procedure["bodySite"]]
        assert zones == list(session["depth_mm"])
        depths = [site["extension"][0]["valueQuantity"]["value"] for site in procedure["bodySite"]]
        assert depths == list(session["depth_mm"].values())
        assert procedure["used"][0]["concept"]["coding"][0]["code"] == session["device"]
    encounters = resources(bundle, "Encounter")
    assert len(encounters) == len(data["consultations"]) + len(data["treatment_sessions"]) + len(
        data["follow_ups"]
    )
    (plan,) = resources(bundle, "CarePlan")
    planned = [
        by_reference(bundle)[a["plannedActivityReference"]["reference"]] for a in plan["activity"]
    ]
    assert [p["occurrenceDateTime"] for p in planned] == data["consultations"][0]["plan"]["dates"]
    (handout,) = resources(bundle, "DocumentReference")
    pdf = base64.b64decode(handout["content"][0]["attachment"]["data"])
    assert pdf.startswith(b"%PDF") and handout["content"][0]["attachment"]["contentType"] == (
        "application/pdf"
    )


def test_the_scores_are_those_consult_assess_gives(demo, tmp_path, capsys):
    checked = 0
    for patient_id in range(1, 9):
        data = export_patient(demo.database, demo.rules, patient_id, current=demo.current)
        bundle = fhir_bundle(demo.database, demo.rules, patient_id, R5, current=demo.current)
        with demo.database.read() as session:
            consultation_system = identifier_system(clinic.installation_id(session), "consultation")
        encounters = {
            e["resource"]["identifier"][0]["value"]: e["fullUrl"]
            for e in bundle["entry"]
            if e["resource"]["identifier"][0]["system"] == consultation_system
        }
        for consultation in data["consultations"]:
            document = tmp_path / f"c{consultation['id']}.json"
            document.write_text(json.dumps(consultation["assessment"]), encoding="utf-8")
            assert main(["assess", str(document), "--json"]) == 0
            scores = json.loads(capsys.readouterr().out)["scores"]
            encounter = encounters[str(consultation["id"])]
            found = {
                o["code"]["coding"][0]["code"]: o
                for o in resources(bundle, "Observation")
                if o["encounter"]["reference"] == encounter
            }
            gb = found["goodman-baron-quantitative"]
            assert gb["valueInteger"] == scores["goodman_baron_quantitative"]
            assert gb["category"][0]["coding"][0]["code"] == "survey"
            rows = {
                c["code"]["coding"][0]["code"]: c["valueInteger"]
                for c in gb["component"]
                if c["valueInteger"]
            }
            assert rows == {
                row: line["points"]
                for row, line in scores["goodman_baron_rows"].items()
                if line["points"]
            }
            assert found["ecca"]["valueInteger"] == scores["ecca"]
            items = {
                c["code"]["coding"][0]["code"]: c["valueInteger"]
                for c in found["ecca"]["component"]
            }
            assert {k: v for k, v in items.items() if v} == {
                item: line["points"]
                for item, line in scores["ecca_items"].items()
                if line["points"]
            }
            grade = found["goodman-baron-qualitative"]["valueInteger"]
            assert grade == scores["qualitative_used"]
            checked += 1
    assert checked >= 8


def test_a_second_export_keeps_every_identifier_and_writes_nothing(demo):
    with demo.database.read() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    first = fhir_bundle(demo.database, demo.rules, 2, R5, current=demo.current)
    second = fhir_bundle(demo.database, demo.rules, 2, R5, current=demo.current)

    def keys(bundle):
        return [
            (
                e["fullUrl"],
                e["resource"]["id"],
                e["resource"]["identifier"][0]["system"],
                e["resource"]["identifier"][0]["value"],
            )
            for e in bundle["entry"]
        ]

    assert keys(first) == keys(second)
    assert first["id"] == second["id"]
    assert len({url for url, *_ in keys(first)}) == len(first["entry"])
    assert all(system.startswith("urn:uuid:") for _, _, system, _ in keys(first))
    references = {
        value["reference"]
        for entry in first["entry"]
        for value in _walk(entry["resource"])
        if isinstance(value, dict) and "reference" in value and isinstance(value["reference"], str)
    }
    assert references <= {e["fullUrl"] for e in first["entry"]}  # nothing points outside
    with demo.database.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events


def _walk(value):
    yield value
    if isinstance(value, dict):
        for inner in value.values():
            yield from _walk(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _walk(inner)


def test_an_unknown_patient_is_not_found(demo):
    with pytest.raises(NotFound):
        fhir_bundle(demo.database, demo.rules, 999, R5, current=demo.current)


def test_the_command_writes_the_bundle_and_refuses_as_export_does(demo_db, tmp_path, capsys):
    out = tmp_path / "bundle.json"
    assert main(["--db", str(demo_db), "export", "3", "--format", "fhir-r4b", "-o", str(out)]) == 0
    assert BundleR4B.model_validate_json(out.read_text(encoding="utf-8")).type == "collection"
    assert main(["--db", str(demo_db), "export", "3", "--format", "fhir-r5"]) == 0
    assert Bundle.model_validate_json(capsys.readouterr().out).type == "collection"
    assert main(["--db", str(demo_db), "export", "77", "--format", "fhir-r5"]) == 2
    assert capsys.readouterr().err.strip() == "consult: no patient with id 77"
    missing = tmp_path / "none.sqlite3"
    assert main(["--db", str(missing), "export", "1", "--format", "fhir-r5"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not missing.exists()


def test_a_draft_alone_is_preliminary_and_no_diagnosis(sqlite_context):
    from consult.domain.consultation import ConsultationDraft
    from consult.domain.model import Finding
    from consult.domain.records import PatientDetails

    context = sqlite_context
    patient = context.patients.create(PatientDetails("Ζωή", "Π", dt.date(1990, 1, 1)))
    draft = ConsultationDraft(date=dt.date(2026, 11, 20), findings=(Finding("chin", "icepick", 4),))
    context.consultations.start(patient.id, draft)
    bundle = fhir_bundle(context.database, context.rules, patient.id, R4B, current=context.current)
    assert not resources(bundle, "Condition") and not resources(bundle, "CarePlan")
    (encounter,) = resources(bundle, "Encounter")
    assert encounter["status"] == "in-progress"
    observations = resources(bundle, "Observation")
    assert {o["status"] for o in observations} == {"preliminary"}
    assert BundleR4B.model_validate_json(json.dumps(bundle)).type == "collection"


def test_renaming_the_clinic_changes_no_identifier(sqlite_context):
    from consult.domain.clinic import ClinicDetails
    from consult.domain.consultation import ConsultationDraft
    from consult.domain.model import Finding
    from consult.domain.records import PatientDetails

    context = sqlite_context
    context.clinic.save(ClinicDetails(name="Skin Clinic"))
    patient = context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))
    draft = ConsultationDraft(date=dt.date(2026, 11, 20), findings=(Finding("chin", "icepick", 4),))
    context.consultations.start(patient.id, draft)

    def keys():
        bundle = fhir_bundle(
            context.database, context.rules, patient.id, R5, current=context.current
        )
        entries = [
            (e["fullUrl"], e["resource"]["id"], *e["resource"]["identifier"][0].values())
            for e in bundle["entry"]
        ]
        return bundle["id"], bundle["identifier"], entries

    before = keys()
    context.clinic.save(ClinicDetails(name="Harley Street Skin"))
    assert keys() == before
    _, export, entries = before
    systems = {system for _, _, system, _ in entries}
    # One system per kind of record, each a urn:uuid: of this installation.
    assert len(systems) > 2
    assert all(uuid.UUID(system.removeprefix("urn:uuid:")) for system in systems)
    assert all(system.startswith("urn:uuid:") for system in systems | {export["system"]})
    # Another database (another installation) gives other systems for the same record ids.
    other = open_context(str(context.locations.folder / "other.sqlite3"), rules=context.rules)
    try:
        other.clinic.save(ClinicDetails(name="Skin Clinic"))
        twin = other.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))
        assert twin.id == patient.id
        bundle = fhir_bundle(other.database, other.rules, twin.id, R5, current=other.current)
        assert bundle["identifier"]["system"] != export["system"]
    finally:
        other.close()
