"""`consult demo` signs the treatment consents of a few final plans with invented signatures,
so a tour shows signed consents, their PDFs and `consult consent --verify`.

Signing renders and seals one PDF each (about a tenth of a second): only the first
`DEMO_CONSENTS` patients with sessions planned are signed, so the 100,000-patient demo takes
barely longer. The clinic certificate is made for the demo, under `DEMO_PASSWORD`, only when
the data folder has none: a clinic's own certificate is never replaced (nothing is signed then).
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from consult.domain.consent import ConsentAnswers, ConsentKind, Party, Signature, is_minor
from consult.domain.errors import DocumentError
from consult.domain.plan_status import PlanStatus
from consult.services.consent import ConsentService
from consult.services.consultations import ConsultationService
from consult.services.course import current_plan
from consult.services.errors import NotFound
from consult.services.patients import PatientService

DEMO_CONSENTS = 12
DEMO_PASSWORD = "demo-password"  # the demo's own, long enough for the clinic minimum
# Patient ids looked at for plans to sign: the demo's first patients are enough.
_LOOK_AT = 200


def scribble(rnd: random.Random, strokes: int = 3) -> Signature:
    """A few wavy strokes left to right, as a hand signs: invented, deterministic."""
    made = []
    x = 0.05
    for _ in range(strokes):
        points = []
        for _ in range(rnd.randint(5, 9)):
            points.append((x, rnd.uniform(0.25, 0.75), rnd.uniform(0.3, 0.9)))
            x = min(0.95, x + rnd.uniform(0.02, 0.06))
        made.append(points)
        x = min(0.95, x + 0.03)
    return Signature.drawn(made)


def sign_demo_consents(
    consents: ConsentService,
    consultations: ConsultationService,
    patients: PatientService,
    clinic_name: str,
    seed: int = 1,
    patient_ids: Iterable[int] = range(1, _LOOK_AT + 1),
) -> int:
    """Sign the consents of up to `DEMO_CONSENTS` patients with sessions planned; returns how
    many were signed (0 when the folder holds a certificate the demo did not make)."""
    if consents.certificate() is None:
        consents.create_certificate(f"{clinic_name} (demo)", DEMO_PASSWORD)
    try:
        consents.check_password(DEMO_PASSWORD)
    except ValueError:  # the clinic's own certificate: left alone
        return 0
    rnd = random.Random(seed)
    signed = 0
    for patient_id in patient_ids:
        if signed == DEMO_CONSENTS:
            break
        try:
            patient = patients.get(patient_id)
        except NotFound:
            break
        record = current_plan(consultations.history(patient_id))
        if record is None or record.plan is None or record.plan.status != PlanStatus.SUGGESTED:
            continue
        consultation_id, given = consents.current_form_input(patient_id)
        form = consents.treatment_form(given)
        day = record.draft.date
        name = patient.details.full_name
        guardian = None
        if is_minor(patient.details.date_of_birth, day):
            guardian = Party(f"Parent of {name}", scribble(rnd), "Parent")
        answers = ConsentAnswers(
            kind=ConsentKind.TREATMENT,
            form_version=form.version,
            language=form.language,
            signed_on=day,
            statements=form.statements,
            ticked=(True,) * len(form.statements),
            patient=Party(name, scribble(rnd)),
            practitioner=Party(given.practitioner or "Demo practitioner", scribble(rnd, 2)),
            guardian=guardian,
        )
        try:
            consents.sign_treatment(patient_id, consultation_id, given, answers, DEMO_PASSWORD)
        except DocumentError:
            continue  # a name the checks refuse: another patient is signed instead
        signed += 1
    return signed
