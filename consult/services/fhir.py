"""A patient's record as an HL7 FHIR `Bundle` of type `collection` (`consult export ID
--format fhir-r5` or `fhir-r4b`), built as plain data and validated with `fhir.resources`.

Every resource carries an identifier (the record's id in a system per kind of record) and a
fixed `urn:uuid:` made from it, so a receiving system that imports a second export of the same
record updates what it has instead of adding a copy. The systems are `urn:uuid:`s made from
the database's installation id (a random UUID its migrations made once), never from the
clinic's name, so renaming the clinic changes no identifier. Each practitioner a consultation,
session or follow-up names is a Practitioner resource (with their name and whether they are
still active), the participant of those encounters and the performer of the procedures and
observations made there. The scores
are those `consult assess` gives for the consultation's assessment document: the same service
computes them here.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from consult import __version__
from consult.domain.access import Permission
from consult.domain.consent import ConsentKind, ConsentRecord, ConsentStatus
from consult.domain.consultation import ConsultationRecord, assessment_of, date_items
from consult.domain.errors import DocumentError, PlanError
from consult.domain.practitioner import PractitionerRecord
from consult.domain.records import PatientRecord
from consult.domain.rules import Rules
from consult.domain.scores import Score, ecca, goodman_baron_quantitative
from consult.domain.treatment import TEST_PATCH, FollowUpRecord, SessionRecord
from consult.services.access import CurrentUser
from consult.services.assessment import assess
from consult.store import clinic, consents, consultations, patients, practitioners, treatments
from consult.store.database import Database

R5 = "fhir-r5"
R4B = "fhir-r4b"
FORMATS = (R5, R4B)

ICD10 = "http://hl7.org/fhir/sid/icd-10"
ACNE_SCARS_ICD10 = ("L90.5", "Scar conditions and fibrosis of skin")
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
UCUM = "http://unitsofmeasure.org"
LOINC = "http://loinc.org"
PATIENT_CONSENT = ("59284-0", "Patient Consent")
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
# consult's own codes (scores, zones, devices): no standard code system names them.
SCORES = "urn:consult:code:score"
SCORE_ROWS = "urn:consult:code:score-row"
ZONES = "urn:consult:code:zone"
PROCEDURES = "urn:consult:code:procedure"
DEVICES = "urn:consult:code:device"
NEEDLE_DEPTH = "urn:consult:fhir:needle-depth"
CONSENT_KINDS = "urn:consult:code:consent-kind"
PHOTO_USES = "urn:consult:code:photo-use"

GB_QUANTITATIVE = ("goodman-baron-quantitative", "Goodman & Baron quantitative acne scar score")
ECCA = ("ecca", "ECCA (Échelle d'évaluation clinique des cicatrices d'acné) score")
GB_QUALITATIVE = ("goodman-baron-qualitative", "Goodman & Baron qualitative acne scar grade")


def _concept(code: str, system: str, display: str, text: str | None = None) -> dict[str, Any]:
    return {
        "coding": [{"system": system, "code": code, "display": display}],
        "text": text or display,
    }


def identifier_system(installation: str, kind: str) -> str:
    """The identifier system of one kind of record ("patient", "consultation", ...) in the
    database whose installation id is `installation`."""
    return f"urn:uuid:{uuid.uuid5(uuid.UUID(installation), kind)}"


@dataclass
class _Builder:
    """Collects the bundle's entries for one FHIR version; knows their ids and references."""

    version: str
    installation: str
    rules: Rules
    entries: list[dict[str, Any]]
    # The practitioners the records name, by id: those the bundle has a Practitioner for.
    practitioners: dict[int, PractitionerRecord] = field(default_factory=dict)

    @property
    def r5(self) -> bool:
        return self.version == R5

    def system(self, kind: str) -> str:
        return identifier_system(self.installation, kind)

    def full_url(self, kind: str, value: str) -> str:
        return f"urn:uuid:{self.resource_id(kind, value)}"

    def resource_id(self, kind: str, value: str) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.system(kind)}:{value}"))

    def ref(self, kind: str, value: object) -> dict[str, str]:
        return {"reference": self.full_url(kind, str(value))}

    def add(self, kind: str, value: object, resource: dict[str, Any]) -> None:
        text = str(value)
        resource["id"] = self.resource_id(kind, text)
        resource["identifier"] = [{"system": self.system(kind), "value": text}]
        self.entries.append({"fullUrl": self.full_url(kind, text), "resource": resource})

    def practitioner(self, practitioner_id: int | None) -> dict[str, str] | None:
        """A reference to the practitioner's resource; None when no one (known) is named."""
        if practitioner_id not in self.practitioners:
            return None
        return self.ref("practitioner", practitioner_id)

    def reference_concept(self, value: dict[str, Any], reference: bool = False) -> dict[str, Any]:
        """A concept or a reference where R5 wants a CodeableReference and R4B the thing."""
        if not self.r5:
            return value
        return {"reference": value} if reference else {"concept": value}

    def zone(self, zone: str) -> dict[str, Any]:
        known = self.rules.zones.get(zone)
        return _concept(zone, ZONES, known.label if known else zone)

    def encounter(
        self,
        kind: str,
        value: object,
        patient: int,
        day: dt.date,
        done: bool,
        what: str,
        practitioner: int | None,
    ) -> None:
        ambulatory = {"system": ACT_CODE, "code": "AMB", "display": "ambulatory"}
        period = {"start": day.isoformat(), "end": day.isoformat()} if done else None
        resource: dict[str, Any] = {
            "resourceType": "Encounter",
            "status": ("completed" if self.r5 else "finished") if done else "in-progress",
            "subject": self.ref("patient", patient),
            "type": [{"text": what}],
        }
        if self.r5:
            resource["class"] = [{"coding": [ambulatory]}]
            resource["actualPeriod"] = period or {"start": day.isoformat()}
        else:
            resource["class"] = ambulatory
            resource["period"] = period or {"start": day.isoformat()}
        who = self.practitioner(practitioner)
        if who is not None:
            primary = {"system": PARTICIPATION_TYPE, "code": "PPRF", "display": "primary performer"}
            resource["participant"] = [
                {"type": [{"coding": [primary]}], ("actor" if self.r5 else "individual"): who}
            ]
        self.add(kind, value, resource)


def _practitioner(b: _Builder, record: PractitionerRecord) -> None:
    # consult keeps a practitioner's name as one text, so FHIR gets it as `text` alone.
    resource = {
        "resourceType": "Practitioner",
        "active": record.active,
        "name": [{"text": record.name}],
    }
    b.add("practitioner", record.id, resource)


def _patient(b: _Builder, record: PatientRecord) -> None:
    d = record.details
    telecom = [
        {"system": system, "value": value}
        for system, value in (("phone", d.phone), ("email", d.email))
        if value
    ]
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "active": not record.archived,
        "name": [
            {
                "use": "official",
                "family": d.family_name,
                "given": d.given_names.split() or [d.given_names],
                "text": d.full_name,
            }
        ],
        "birthDate": d.date_of_birth.isoformat(),
        "communication": [
            {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": d.language}]}}
        ],
    }
    # consult's choices (female, male, other) are three of FHIR's administrative genders.
    if d.sex:
        resource["gender"] = d.sex
    if telecom:
        resource["telecom"] = telecom
    b.add("patient", record.id, resource)


def _score(
    b: _Builder,
    value: str,
    code: tuple[str, str],
    score: Score,
    context: Mapping[str, Any],
) -> None:
    b.add(
        "observation",
        value,
        {
            "resourceType": "Observation",
            **context,
            "code": _concept(code[0], SCORES, code[1]),
            "valueInteger": score.total,
            "component": [
                {
                    "code": _concept(
                        line.id, SCORE_ROWS, line.label, f"{line.label}: {line.amount:g}"
                    ),
                    "valueInteger": line.points,
                }
                for line in score.lines
            ],
            "note": [{"text": f"Maximum {score.maximum}"}],
        },
    )


def _observations(
    b: _Builder,
    prefix: str,
    scores: tuple[Score, Score, int | None],
    context: Mapping[str, Any],
) -> None:
    """The three score observations of one assessment (a consultation or a follow-up)."""
    quantitative, ecca_score, grade = scores
    _score(b, f"{prefix}/{GB_QUANTITATIVE[0]}", GB_QUANTITATIVE, quantitative, context)
    _score(b, f"{prefix}/{ECCA[0]}", ECCA, ecca_score, context)
    if grade is not None:
        b.add(
            "observation",
            f"{prefix}/{GB_QUALITATIVE[0]}",
            {
                "resourceType": "Observation",
                **context,
                "code": _concept(GB_QUALITATIVE[0], SCORES, GB_QUALITATIVE[1]),
                "valueInteger": grade,
            },
        )


def _context(
    b: _Builder,
    patient: int,
    encounter: tuple[str, object],
    day: dt.date,
    final: bool,
    practitioner: int | None,
) -> dict[str, Any]:
    context: dict[str, Any] = {
        "status": "final" if final else "preliminary",
        "category": [_concept("survey", OBSERVATION_CATEGORY, "Survey")],
        "subject": b.ref("patient", patient),
        "encounter": b.ref(*encounter),
        "effectiveDateTime": day.isoformat(),
    }
    who = b.practitioner(practitioner)
    if who is not None:
        context["performer"] = [who]
    return context


def _consultation(b: _Builder, record: ConsultationRecord, patient: PatientRecord) -> None:
    final = record.status == "final"
    day = record.draft.date
    who = record.practitioner_id
    b.encounter("consultation", record.id, patient.id, day, final, "Acne scar consultation", who)
    # Scored as `consult assess` scores the consultation's document: the skin type, which
    # only the plan needs, stands in when a draft has none yet.
    assessment = assessment_of(
        replace(
            record.draft, fitzpatrick=record.draft.fitzpatrick or patient.details.fitzpatrick or 1
        ),
        patient,
    )
    report = assess(assessment, b.rules)
    context = _context(b, patient.id, ("consultation", record.id), day, final, who)
    scores = (report.goodman_baron, report.ecca, report.qualitative_used)
    _observations(b, f"consultation/{record.id}", scores, context)
    if record.plan is not None and final:
        _care_plan(b, record, patient.id)


def _care_plan(b: _Builder, record: ConsultationRecord, patient: int) -> None:
    plan = record.plan
    assert plan is not None
    activities = []
    for number, day in enumerate(plan.dates, start=1):
        what = _concept("session", PROCEDURES, "Microneedling session", f"Session {number}")
        value = f"{record.id}/{number}"
        b.add(
            "service-request",
            value,
            {
                "resourceType": "ServiceRequest",
                "status": "active",
                "intent": "plan",
                "code": b.reference_concept(what),
                "subject": b.ref("patient", patient),
                "encounter": b.ref("consultation", record.id),
                "occurrenceDateTime": day.isoformat(),
                "basedOn": [b.ref("care-plan", record.id)],
            },
        )
        reference = b.ref("service-request", value)
        activities.append(
            {"plannedActivityReference": reference} if b.r5 else {"reference": reference}
        )
    depths = ", ".join(f"{b.zone(z)['text']} {mm:g} mm" for z, mm in plan.depths_mm.items())
    resource: dict[str, Any] = {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "title": "Microneedling course for acne scars",
        "description": f"{plan.sessions_final} sessions every {plan.interval_final_weeks} weeks"
        + (f"; needle depth: {depths}" if depths else ""),
        "subject": b.ref("patient", patient),
        "encounter": b.ref("consultation", record.id),
        "addresses": [b.reference_concept(b.ref("condition", patient), reference=True)],
        "note": [{"text": f"Plan {plan.status}, rules {plan.rules_version}"}],
    }
    if plan.dates:
        resource["period"] = {"start": plan.dates[0].isoformat(), "end": plan.dates[-1].isoformat()}
    if activities:
        resource["activity"] = activities
    who = b.practitioner(record.practitioner_id)
    if who is not None:
        resource["contributor"] = [who]
    b.add("care-plan", record.id, resource)


def _session(b: _Builder, record: SessionRecord) -> None:
    d = record.draft
    done = record.is_final
    what = "Microneedling test patch" if d.kind == TEST_PATCH else "Microneedling session"
    b.encounter("session", record.id, record.patient_id, d.date, done, what, d.practitioner_id)
    if not done:
        return
    sites = []
    for zone, mm in d.depths_mm.items():
        site = b.zone(zone)
        site["extension"] = [
            {
                "url": NEEDLE_DEPTH,
                "valueQuantity": {"value": mm, "unit": "mm", "system": UCUM, "code": "mm"},
            }
        ]
        site["text"] = f"{site['text']}, {mm:g} mm"
        sites.append(site)
    if d.kind == TEST_PATCH and d.patch_zone and not sites:
        sites.append(b.zone(d.patch_zone))
    device = b.rules.course.devices.get(d.device)
    device_text = " ".join(
        p for p in (device.label if device else d.device, d.device_model, d.needles) if p
    )
    resource: dict[str, Any] = {
        "resourceType": "Procedure",
        "status": "completed",
        "code": _concept(d.kind, PROCEDURES, what),
        "subject": b.ref("patient", record.patient_id),
        "encounter": b.ref("session", record.id),
    }
    resource["occurrenceDateTime" if b.r5 else "performedDateTime"] = d.date.isoformat()
    if sites:
        resource["bodySite"] = sites
    if device_text:
        concept = (
            {"coding": [{"system": DEVICES, "code": d.device}], "text": device_text}
            if d.device
            else {"text": device_text}
        )
        if b.r5:
            resource["used"] = [{"concept": concept}]
        else:
            resource["usedCode"] = [concept]
    who = b.practitioner(d.practitioner_id)
    if who is not None:
        resource["performer"] = [{"actor": who}]
    if d.consultation_id is not None:
        resource["basedOn"] = [b.ref("care-plan", d.consultation_id)]
    notes = [
        f"Session {d.number}" if d.number else "",
        f"passes {d.passes}" if d.passes else "",
        d.notes,
    ]
    if any(notes):
        resource["note"] = [{"text": "; ".join(n for n in notes if n)}]
    b.add("procedure", record.id, resource)


def _follow_up(b: _Builder, record: FollowUpRecord) -> None:
    d = record.details
    b.encounter(
        "follow-up",
        record.id,
        record.patient_id,
        d.date,
        True,
        "Acne scar follow-up",
        d.practitioner_id,
    )
    context = _context(
        b, record.patient_id, ("follow-up", record.id), d.date, True, d.practitioner_id
    )
    present = tuple(f for f in d.findings if f.present)
    scores = (
        goodman_baron_quantitative(present, b.rules),
        ecca(present, b.rules),
        record.scores.grade,
    )
    _observations(b, f"follow-up/{record.id}", scores, context)


def _condition(b: _Builder, patient: int, history: list[ConsultationRecord]) -> None:
    first = min(history, key=lambda r: r.draft.date)
    latest = max(history, key=lambda r: r.draft.date)
    zones = sorted({f.zone for f in latest.draft.findings if f.present})
    resource: dict[str, Any] = {
        "resourceType": "Condition",
        "clinicalStatus": _concept("active", CONDITION_CLINICAL, "Active"),
        "verificationStatus": _concept("confirmed", CONDITION_VERIFICATION, "Confirmed"),
        "code": _concept(ACNE_SCARS_ICD10[0], ICD10, ACNE_SCARS_ICD10[1], "Acne scarring"),
        "subject": b.ref("patient", patient),
        "encounter": b.ref("consultation", first.id),
        "recordedDate": first.draft.date.isoformat(),
    }
    if zones:
        resource["bodySite"] = [b.zone(z) for z in zones]
    b.add("condition", patient, resource)


def _handout(b: _Builder, record: ConsultationRecord, patient: PatientRecord, pdf: bytes) -> None:
    attachment = {
        "contentType": "application/pdf",
        "language": patient.details.language,
        "data": base64.b64encode(pdf).decode("ascii"),
        "title": "Patient handout",
        "creation": record.draft.date.isoformat(),
    }
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "status": "current",
        "type": {"text": "Patient handout"},
        "subject": b.ref("patient", patient.id),
        "date": f"{record.draft.date.isoformat()}T00:00:00Z",
        "description": "The handout given at the consultation: scores, plan and aftercare",
        "content": [{"attachment": attachment}],
    }
    if b.r5:
        resource["context"] = [b.ref("consultation", record.id)]
    else:
        resource["context"] = {"encounter": [b.ref("consultation", record.id)]}
    b.add("document", f"handout/{record.id}", resource)


# A signed consent's status as FHIR says it (the same codes in R5 and R4B).
CONSENT_STATUS = {
    ConsentStatus.SIGNED: "active",
    ConsentStatus.WITHDRAWN: "inactive",
    ConsentStatus.VOIDED: "entered-in-error",
}
_CONSENT_TITLES = {
    ConsentKind.TREATMENT: "Consent to microneedling treatment",
    ConsentKind.PHOTO_USE: "Consent to the use of photographs",
}


def _consent_document(b: _Builder, record: ConsentRecord, pdf: bytes) -> str:
    """The signed PDF as a DocumentReference; the value its identifier takes."""
    answers = record.answers
    title = _CONSENT_TITLES[answers.kind]
    attachment = {
        "contentType": "application/pdf",
        "language": answers.language,
        "data": base64.b64encode(pdf).decode("ascii"),
        "title": f"{title} (signed)",
        "creation": _instant(record.signed_at),
    }
    # FHIR's attachment hash is SHA-1: the SHA-256 the audit log keeps is given in words.
    description = (
        f"{title}, form {answers.form_version}, signed {answers.signed_on}, SHA-256 {record.sha256}"
    )
    if not record.valid:
        description += f"; {record.status.value}: {record.status_reason}"
    resource: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "status": "entered-in-error" if record.status == ConsentStatus.VOIDED else "current",
        "type": _concept(PATIENT_CONSENT[0], LOINC, PATIENT_CONSENT[1], title),
        "subject": b.ref("patient", record.patient_id),
        "date": _instant(record.signed_at),
        "description": description,
        "content": [{"attachment": attachment}],
    }
    if record.consultation_id is not None:
        if b.r5:
            resource["context"] = [b.ref("consultation", record.consultation_id)]
        else:
            resource["context"] = {"encounter": [b.ref("consultation", record.consultation_id)]}
    value = f"consent/{record.id}"
    b.add("document", value, resource)
    return value


def _consent(b: _Builder, record: ConsentRecord, pdf: bytes) -> None:
    """A Consent for a signed consent, its source the DocumentReference holding the PDF."""
    answers = record.answers
    document = b.ref("document", _consent_document(b, record, pdf))
    kind = _concept(answers.kind.value, CONSENT_KINDS, _CONSENT_TITLES[answers.kind])
    category = [_concept(PATIENT_CONSENT[0], LOINC, PATIENT_CONSENT[1]), kind]
    patient = b.ref("patient", record.patient_id)
    purposes = [
        {"system": PHOTO_USES, "code": use}
        for use in sorted(answers.photo_uses)
        if answers.kind == ConsentKind.PHOTO_USE
    ]
    resource: dict[str, Any] = {
        "resourceType": "Consent",
        "status": CONSENT_STATUS[record.status],
        "category": category,
    }
    if b.r5:
        resource["subject"] = patient
        resource["date"] = answers.signed_on.isoformat()
        resource["grantor"] = [patient]
        resource["sourceReference"] = [document]
        resource["decision"] = "permit"
        if purposes:
            resource["provision"] = [{"purpose": purposes}]
    else:
        # R4B asks for the scope too: what the consent is about.
        scope = "treatment" if answers.kind == ConsentKind.TREATMENT else "patient-privacy"
        resource["scope"] = _concept(scope, CONSENT_SCOPE, scope.replace("-", " ").title())
        resource["patient"] = patient
        resource["dateTime"] = _instant(record.signed_at)
        resource["performer"] = [patient]
        resource["sourceReference"] = document
        resource["provision"] = {"type": "permit", **({"purpose": purposes} if purposes else {})}
    b.add("consent", record.id, resource)


def _instant(moment: dt.datetime) -> str:
    """A time kept in UTC without its zone (the store's habit), as FHIR's instant."""
    return moment.replace(microsecond=0, tzinfo=dt.UTC).isoformat()


def handout_pdf(
    database: Database, rules: Rules, record: ConsultationRecord, patient: PatientRecord
) -> bytes | None:
    """The handout of a final consultation as the window prints it (the patient page's
    Handout button); None when its plan cannot be made again."""
    from consult.services.consultations import planning_rules, preview_of
    from consult.services.handout import HandoutMaker, consultation_handout_input

    with database.read() as session:
        details = clinic.get(session)
        who = (
            practitioners.get(session, record.practitioner_id).name
            if record.practitioner_id is not None
            else ""
        )
    try:
        preview = preview_of(record.draft, patient, planning_rules(rules, details))
    except (DocumentError, PlanError):
        return None
    given = consultation_handout_input(preview, details, who)
    return HandoutMaker(rules).build(given).pdf


def fhir_bundle(
    database: Database, rules: Rules, patient_id: int, version: str, *, current: CurrentUser
) -> dict[str, Any]:
    """The patient's record as a FHIR Bundle (JSON data), validated for `version` (R5 or
    R4B). Read-only; raises `NotAllowed` unless `current` may open clinical records,
    `NotFound` for an unknown id."""
    current.require(Permission.CLINICAL)
    with database.read() as session:
        patient = patients.get(session, patient_id)
        history = consultations.history(session, patient_id, date_items(rules))
        sessions = treatments.sessions_for_patient(session, patient_id)
        follow_ups = treatments.follow_ups_for_patient(session, patient_id)
        signed = [
            (record, consents.pdf(session, record.id))
            for record in consents.for_patient(session, patient_id)
        ]
        installation = clinic.installation_id(session)
        named = practitioners.by_ids(
            session,
            [record.practitioner_id for record in history]
            + [record.draft.practitioner_id for record in sessions]
            + [record.details.practitioner_id for record in follow_ups],
        )
    b = _Builder(version, installation, rules, [], {p.id: p for p in named})
    _patient(b, patient)
    for practitioner in named:
        _practitioner(b, practitioner)
    # The scarring is a diagnosis once a consultation is final, not while one is a draft.
    final = [record for record in history if record.status == "final"]
    if final:
        _condition(b, patient.id, final)
    for record in reversed(history):
        _consultation(b, record, patient)
        if record.status == "final" and record.plan is not None:
            pdf = handout_pdf(database, rules, record, patient)
            if pdf is not None:
                _handout(b, record, patient, pdf)
    for session_record in sessions:
        _session(b, session_record)
    for follow_up in follow_ups:
        _follow_up(b, follow_up)
    for record, pdf in signed:
        _consent(b, record, pdf)
    bundle = {
        "resourceType": "Bundle",
        "id": b.resource_id("export", str(patient.id)),
        "identifier": {"system": b.system("export"), "value": str(patient.id)},
        "type": "collection",
        "timestamp": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "meta": {"tag": [{"system": "urn:consult:app-version", "code": __version__}]},
        "entry": b.entries,
    }
    validate(bundle, version)
    return bundle


def validate(bundle: Mapping[str, Any], version: str) -> Any:
    """The bundle parsed by `fhir.resources` for `version`: raises pydantic's
    `ValidationError` for anything the FHIR models refuse (a bug here, not bad input)."""
    if version == R5:
        from fhir.resources.bundle import Bundle
    else:
        from fhir.resources.R4B.bundle import Bundle
    return Bundle.model_validate(bundle)
