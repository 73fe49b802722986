"""Signed consents travel with the exports: listed in the JSON export, their PDFs beside the
patient's JSON in a practice export (with checksums in the manifest), and in FHIR (R5 and
R4B) as a Consent each, its status mapped, its source a DocumentReference holding the PDF."""

import base64
import datetime as dt
import hashlib
import json

import pytest
from fhir.resources.bundle import Bundle
from fhir.resources.R4B.bundle import Bundle as BundleR4B

from consult.domain.consent import ConsentAnswers, Party, Signature
from consult.services.export import export_patient
from consult.services.fhir import R4B, R5, fhir_bundle
from consult.services.practice_export import export_practice

PASSWORD = "clinic secret"
SIGNED = Signature(typed_name="signed")


def _answers(form, guardian=None, uses=frozenset()):
    return ConsentAnswers(
        kind=form.kind,
        form_version=form.version,
        language=form.language,
        signed_on=dt.date.today(),
        statements=form.statements,
        ticked=(True,) * len(form.statements),
        patient=Party("Mia Silva", SIGNED),
        practitioner=Party("Dr Okafor", SIGNED),
        guardian=guardian,
        photo_uses=frozenset(uses),
    )


@pytest.fixture
def signed(sqlite_context, make_course):
    """A treatment consent (with a guardian's signature) signed then withdrawn, a second one
    signed, and a photo-use consent voided: one of each status."""
    context = sqlite_context
    patient, _, _ = make_course(context, name=("Mia", "Silva"))
    context.consents.create_certificate("Skin Clinic", PASSWORD)
    consultation_id, given = context.consents.current_form_input(patient.id)
    form = context.consents.treatment_form(given)
    guardian = Party("Rui Silva", SIGNED, relationship="father")
    first = context.consents.sign_treatment(
        patient.id, consultation_id, given, _answers(form, guardian), PASSWORD
    )
    context.consents.withdraw(first.id, "wants to wait")
    second = context.consents.sign_treatment(
        patient.id, consultation_id, given, _answers(form, guardian), PASSWORD
    )
    photo_form = context.consents.photo_use_form("en")
    photo = context.consents.sign_photo_use(
        patient.id, None, _answers(photo_form, guardian, {"clinical_record", "teaching"}), PASSWORD
    )
    context.consents.void(photo.id, "wrong patient")
    return context, patient, (first.id, second.id, photo.id)


def test_the_json_export_lists_each_signed_consent(signed):
    context, patient, (first, second, photo) = signed
    listed = export_patient(context.database, context.rules, patient.id, current=context.current)[
        "signed_consents"
    ]
    assert [c["id"] for c in listed] == [first, second, photo]
    withdrawn = listed[0]
    assert withdrawn["kind"] == "treatment" and withdrawn["status"] == "withdrawn"
    assert withdrawn["form_version"] == context.rules.version
    assert withdrawn["patient_name"] == "Mia Silva"
    assert withdrawn["practitioner_name"] == "Dr Okafor"
    assert (withdrawn["guardian_name"], withdrawn["guardian_relationship"]) == (
        "Rui Silva",
        "father",
    )
    assert withdrawn["status_reason"] == "wants to wait" and withdrawn["status_changed_at"]
    assert withdrawn["signed_at"] and withdrawn["signed_on"] == dt.date.today().isoformat()
    assert withdrawn["typed"] is True
    assert withdrawn["sha256"] == hashlib.sha256(context.consents.pdf(first)).hexdigest()
    assert listed[1]["status"] == "signed" and listed[1]["status_reason"] == ""
    assert listed[2]["kind"] == "photo_use" and listed[2]["status"] == "voided"
    assert listed[2]["photo_uses"] == ["clinical_record", "teaching"]
    assert listed[2]["status_reason"] == "wrong patient"


def test_the_practice_export_puts_each_pdf_beside_the_patients_json(signed, tmp_path):
    context, patient, ids = signed
    folder = tmp_path / "practice"
    manifest = export_practice(
        context.database, context.rules, context.locations, folder, current=context.current
    )
    assert manifest["counts"]["signed_consents"] == 3
    record = json.loads((folder / f"patients/patient-{patient.id}.json").read_bytes())
    files = {entry["consent_id"]: entry for entry in manifest["consent_files"]}
    assert sorted(files) == sorted(ids)
    for consent in record["signed_consents"]:
        entry = files[consent["id"]]
        assert (
            entry["file"]
            == consent["file"]
            == (f"patients/patient-{patient.id}-consent-{consent['id']}.pdf")
        )
        data = (folder / entry["file"]).read_bytes()
        assert data == context.consents.pdf(consent["id"])
        assert hashlib.sha256(data).hexdigest() == entry["sha256"] == consent["sha256"]
        assert entry["patient_id"] == patient.id


@pytest.mark.parametrize(("version", "bundle_model"), [(R5, Bundle), (R4B, BundleR4B)])
def test_fhir_has_a_consent_and_its_pdf_per_signed_consent(signed, version, bundle_model):
    context, patient, (first, second, photo) = signed
    bundle = fhir_bundle(
        context.database, context.rules, patient.id, version, current=context.current
    )
    bundle_model.model_validate_json(json.dumps(bundle))
    entries = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    found = [r for r in entries.values() if r["resourceType"] == "Consent"]
    by_id = {int(r["identifier"][0]["value"]): r for r in found}
    assert {i: r["status"] for i, r in by_id.items()} == {
        first: "inactive",
        second: "active",
        photo: "entered-in-error",
    }
    patient_url = next(u for u, r in entries.items() if r["resourceType"] == "Patient")
    for consent_id, consent in by_id.items():
        assert any(c["code"] == "59284-0" for cat in consent["category"] for c in cat["coding"])
        if version == R5:
            assert consent["subject"]["reference"] == patient_url
            assert consent["date"] == dt.date.today().isoformat()
            (source,) = consent["sourceReference"]
        else:
            assert consent["patient"]["reference"] == patient_url
            assert consent["dateTime"].startswith(dt.date.today().isoformat()[:4])
            source = consent["sourceReference"]
        document = entries[source["reference"]]
        assert document["resourceType"] == "DocumentReference"
        (content,) = document["content"]
        pdf = base64.b64decode(content["attachment"]["data"])
        assert pdf == context.consents.pdf(consent_id)
        assert content["attachment"]["contentType"] == "application/pdf"
    voided = entries[
        (by_id[photo]["sourceReference"][0] if version == R5 else by_id[photo]["sourceReference"])[
            "reference"
        ]
    ]
    assert voided["status"] == "entered-in-error"
    purposes = by_id[photo]["provision"][0] if version == R5 else by_id[photo]["provision"]
    assert [p["code"] for p in purposes["purpose"]] == ["clinical_record", "teaching"]
