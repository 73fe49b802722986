"""Consent signed on screen through its service: signing for an adult and for a 16-year-old
with a guardian, the stored PDF (strokes, names, form version), its hash in the audit log, the
PAdES signature checked by pyHanko's own validator, tampering found, withdrawal and voiding,
photo-use consent, and the course refusing a session under a withdrawn consent."""

import datetime as dt
import hashlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from consult.domain.consent import (
    PHOTO_USES,
    ConsentAnswers,
    ConsentKind,
    ConsentStatus,
    Party,
    Signature,
)
from consult.domain.errors import DocumentError
from consult.domain.records import PatientDetails
from consult.services.clinic_certificate import (
    CertificateMissing,
    WrongPassword,
    trusted_certificate,
)
from consult.store.models import AuditEvent

PASSWORD = "clinic secret"
STROKES = Signature.drawn(
    [
        [(0.1, 0.6, 0.3), (0.2, 0.3, 0.6), (0.3, 0.7, 0.9), (0.45, 0.4, 0.5)],
        [(0.5, 0.5, 0.5), (0.8, 0.55, 0.4)],
    ]
)


def answers_for(form, name, signed_on=None, guardian=None, uses=frozenset(), typed=False):
    patient_signature = Signature(typed_name=name) if typed else STROKES
    return ConsentAnswers(
        kind=form.kind,
        form_version=form.version,
        language=form.language,
        signed_on=signed_on or dt.date.today(),
        statements=form.statements,
        ticked=(True,) * len(form.statements),
        patient=Party(name, patient_signature),
        practitioner=Party("Dr Okafor", STROKES),
        guardian=guardian,
        photo_uses=frozenset(uses),
    )


@pytest.fixture
def signing(context, make_course):
    patient, consultation, _ = make_course(context)
    context.consents.create_certificate("Skin Clinic", PASSWORD)
    consultation_id, given = context.consents.current_form_input(patient.id)
    assert consultation_id == consultation.id
    form = context.consents.treatment_form(given)
    return patient, consultation_id, given, form


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _strokes_drawn(pdf: bytes) -> int:
    """Line segments drawn in the last page's content (the signature strokes)."""
    page = PdfReader(io.BytesIO(pdf)).pages[-1]
    return page.get_contents().get_data().count(b" l")


def test_adult_signs_and_the_pdf_is_kept_with_its_hash_audited(context, signing):
    patient, consultation_id, given, form = signing
    assert form.version == context.rules.version and len(form.statements) == 5
    answers = answers_for(form, "Ana Silva")
    record = context.consents.sign_treatment(patient.id, consultation_id, given, answers, PASSWORD)
    pdf = context.consents.pdf(record.id)
    assert hashlib.sha256(pdf).hexdigest() == record.sha256
    text = _text(pdf)
    assert "Ana Silva" in text and "Dr Okafor" in text and "Signed on screen" in text
    assert f"Form version {context.rules.version}" in text.replace("\n", " ")
    assert _strokes_drawn(pdf) >= 8  # both parties' strokes, as paths
    with context.database.read() as session:
        details = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "consent.sign")
        ).all()
    assert details == [record.sha256]
    assert context.consents.latest_pdf(patient.id) == pdf


def test_a_16_year_old_needs_a_guardian_who_signs(context, signing):
    _patient, _consultation_id, given, form = signing
    young = context.patients.create(
        PatientDetails("Mia", "Silva", dt.date.today().replace(year=dt.date.today().year - 16))
    )
    with pytest.raises(DocumentError) as refused:
        context.consents.sign_treatment(
            young.id, None, given, answers_for(form, "Mia Silva"), PASSWORD
        )
    assert refused.value.path == "guardian"
    no_relation = answers_for(form, "Mia Silva", guardian=Party("Rosa Silva", STROKES))
    with pytest.raises(DocumentError, match=r"guardian\.relationship"):
        context.consents.sign_treatment(young.id, None, given, no_relation, PASSWORD)
    guardian = Party("Rosa Silva", STROKES, relationship="Mother")
    record = context.consents.sign_treatment(
        young.id, None, given, answers_for(form, "Mia Silva", guardian=guardian), PASSWORD
    )
    text = _text(context.consents.pdf(record.id))
    assert "Rosa Silva" in text and "Mother" in text
    assert record.answers.guardian == guardian


def test_every_statement_ticked_and_every_party_signed(context, signing):
    patient, _consultation_id, given, form = signing
    answers = answers_for(form, "Ana Silva")
    unticked = answers.__class__(**{**answers.__dict__, "ticked": (True, False, True, True, True)})
    with pytest.raises(DocumentError) as refused:
        context.consents.sign_treatment(patient.id, None, given, unticked, PASSWORD)
    assert refused.value.path == "statements[1]"
    unsigned = answers.__class__(**{**answers.__dict__, "patient": Party("Ana Silva", Signature())})
    with pytest.raises(DocumentError, match=r"patient\.signature"):
        context.consents.sign_treatment(patient.id, None, given, unsigned, PASSWORD)
    tomorrow = answers_for(form, "Ana Silva", signed_on=dt.date.today() + dt.timedelta(days=1))
    with pytest.raises(DocumentError, match="signed_on"):
        context.consents.sign_treatment(patient.id, None, given, tomorrow, PASSWORD)
    assert context.consents.consents(patient.id) == []


def test_a_typed_name_is_marked_typed(context, signing):
    patient, consultation_id, given, form = signing
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva", typed=True), PASSWORD
    )
    assert record.answers.typed and record.answers.patient.signature.typed
    assert "Name typed in place of a signature" in _text(context.consents.pdf(record.id))


def test_pyhanko_validator_accepts_the_untouched_file_and_one_byte_breaks_it(context, signing):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    patient, consultation_id, given, form = signing
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    pdf = context.consents.pdf(record.id)
    trusted = trusted_certificate(context.locations.folder)
    embedded = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    status = validate_pdf_signature(embedded[0], ValidationContext(trust_roots=[trusted]))
    assert status.intact and status.valid and status.trusted and status.bottom_line
    assert context.consents.verify(pdf).ok

    # One byte of the signed content changed (inside the drawn page, before the signature).
    at = pdf.index(b"stream") + 20
    changed = pdf[:at] + bytes([pdf[at] ^ 0x01]) + pdf[at + 1 :]
    found = context.consents.verify(changed)
    assert not found.ok and "modified after signing" in found.problem


def test_a_file_not_stored_here_is_named_so(context, signing, tmp_path):
    patient, consultation_id, given, form = signing
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    pdf = context.consents.pdf(record.id)
    # Signed again by the same clinic, but a different file: not the stored one.
    from consult.services.clinic_certificate import sign_pdf

    other = sign_pdf(form.pdf, context.locations.folder, PASSWORD)
    assert "hash not in the database" in context.consents.verify(other).problem
    assert "not signed" in context.consents.verify(form.pdf).problem
    assert context.consents.verify(pdf).ok


def test_a_password_made_here_is_given_and_long_enough(context):
    with pytest.raises(DocumentError, match="give a password"):
        context.consents.create_certificate("Skin Clinic", "")
    with pytest.raises(DocumentError, match="at least 8 characters"):
        context.consents.create_certificate("Skin Clinic", "short")
    assert context.consents.certificate() is None


def test_every_certificate_used_is_trusted_and_which_one_signed_is_said(context, signing):
    patient, consultation_id, given, form = signing
    first = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    context.consents.create_certificate("Skin Clinic 2027", "the new password")
    second = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), "the new password"
    )
    old = context.consents.verify(context.consents.pdf(first.id))
    new = context.consents.verify(context.consents.pdf(second.id))
    assert old.ok and new.ok
    assert old.signer.subject == "CN=Skin Clinic" and not old.signer.current
    assert old.signer.replaced_at is not None
    assert "Skin Clinic 2027" in new.signer.subject and new.signer.current
    kept = context.consents.trusted_certificates()
    assert [(k.how, k.current) for k in kept] == [("made", False), ("made", True)]


def test_a_certificate_made_before_the_database_kept_them_is_kept_when_replaced(context):
    from consult.services.clinic_certificate import create_certificate

    # Made as an earlier version did: the files in the data folder only.
    create_certificate(context.locations.folder, "Old Clinic", PASSWORD)
    (first,) = context.consents.trusted_certificates()
    assert first.current and first.added_at is None
    context.consents.create_certificate("New Clinic", "the new password")
    kept = context.consents.trusted_certificates()
    assert [(k.subject, k.how, k.current) for k in kept] == [
        ("CN=Old Clinic", "", False),
        ("CN=New Clinic", "made", True),
    ]


def test_signing_needs_the_certificate_and_its_password(context, make_course):
    _patient, _, _ = make_course(context)
    with pytest.raises(CertificateMissing):
        context.consents.check_password(PASSWORD)
    context.consents.create_certificate("Skin Clinic", PASSWORD)
    with pytest.raises(WrongPassword):
        context.consents.check_password("not it")
    context.consents.check_password(PASSWORD)
    info = context.consents.certificate()
    assert "Skin Clinic" in info.subject and info.not_after > dt.datetime.now()
    key = context.locations.folder / "clinic-key.p12"
    assert key.stat().st_mode & 0o077 == 0  # private to the user


def test_an_imported_pkcs12_signs(context, make_course, tmp_path):
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        pkcs12,
    )

    from consult.services.clinic_certificate import create_certificate

    # A PKCS#12 file made elsewhere (here by the same code, in another folder).
    elsewhere = tmp_path / "ca"
    create_certificate(elsewhere, "Imported Clinic", "other password")
    data = (elsewhere / "clinic-key.p12").read_bytes()
    with pytest.raises(WrongPassword):
        context.consents.import_certificate(data, "wrong")
    info = context.consents.import_certificate(data, "other password")
    assert "Imported Clinic" in info.subject
    context.consents.check_password("other password")
    key, cert, _ = pkcs12.load_key_and_certificates(data, b"other password")
    assert pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, BestAvailableEncryption(b"y")
    )


def test_withdrawal_blocks_sessions_until_a_new_consent(context, signing, make_course):
    patient, consultation_id, given, form = signing
    course = context.course
    draft = course.prefill(patient.id, dt.date.today())
    # No consent on file (records from before consent on screen): not blocked.
    assert context.consents.blocking(patient.id) is None
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    with pytest.raises(DocumentError, match="reason"):
        context.consents.withdraw(record.id, "  ")
    withdrawn = context.consents.withdraw(record.id, "changed her mind")
    assert withdrawn.status == ConsentStatus.WITHDRAWN
    assert withdrawn.status_reason == "changed her mind"
    with pytest.raises(DocumentError) as refused:
        course.start_session(patient.id, draft)
    assert refused.value.path == "consent"
    assert "sign a new consent" in str(refused.value)
    with pytest.raises(DocumentError, match="not signed"):
        context.consents.void(record.id, "again")
    # Kept, never deleted: the PDF is still there.
    assert context.consents.pdf(record.id).startswith(b"%PDF")
    with pytest.raises(Exception, match="no signed consent"):
        context.consents.latest_pdf(patient.id)
    context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    assert context.consents.blocking(patient.id) is None
    with context.database.read() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.detail).where(
                AuditEvent.action == "consent.withdrawn"
            )
        ).all()
    assert events == [("consent.withdrawn", "changed her mind")]


def test_voided_consent_blocks_too(context, signing):
    patient, consultation_id, given, form = signing
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    context.consents.void(record.id, "signed on the wrong form")
    assert context.consents.blocking(patient.id).status == ConsentStatus.VOIDED


def test_photo_use_consent_grants_the_uses_ticked(context, signing):
    patient, _, _, _ = signing
    form = context.consents.photo_use_form("en")
    assert form.kind == ConsentKind.PHOTO_USE and [u for u, _ in form.uses] == list(PHOTO_USES)
    assert context.consents.signed_photo_uses(patient.id) == set()
    answers = answers_for(form, "Ana Silva", uses={"clinical_record", "teaching"})
    record = context.consents.sign_photo_use(patient.id, None, answers, PASSWORD)
    text = _text(context.consents.pdf(record.id))
    assert "For teaching other clinicians" in text and "advertising" in text
    assert context.consents.signed_photo_uses(patient.id) == {"clinical_record", "teaching"}
    context.consents.withdraw(record.id, "no more photos")
    assert context.consents.signed_photo_uses(patient.id) == set()
    # A photo-use consent is not the treatment's: no session is blocked by it.
    assert context.consents.blocking(patient.id) is None


def test_the_demo_signs_a_few_final_plans_with_invented_strokes(context):
    from consult.services.demo import DemoService
    from consult.services.demo_consents import DEMO_CONSENTS, DEMO_PASSWORD, sign_demo_consents

    DemoService(context.database, context.rules).fill(60, seed=3)
    signed = sign_demo_consents(
        context.consents, context.consultations, context.patients, "Demo clinic", 3
    )
    assert signed == DEMO_CONSENTS
    context.consents.check_password(DEMO_PASSWORD)
    with context.database.read() as session:
        hashes = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "consent.sign")
        ).all()
    assert len(hashes) == DEMO_CONSENTS
    patient_ids = {
        r.patient_id for p in range(1, 61) for r in context.consents.consents(p) if r.valid
    }
    some = next(iter(patient_ids))
    pdf = context.consents.latest_pdf(some)
    assert context.consents.verify(pdf).ok
    assert _strokes_drawn(pdf) >= 10


def test_the_demo_leaves_a_clinic_s_own_certificate_alone(context, make_course):
    from consult.services.demo_consents import sign_demo_consents

    make_course(context)
    info = context.consents.create_certificate("Real Clinic", "their own password")
    signed = sign_demo_consents(
        context.consents, context.consultations, context.patients, "Demo clinic"
    )
    assert signed == 0 and context.consents.certificate() == info


def test_the_header_names_the_countersigning_practitioner_when_none_was_chosen(context, signing):
    from dataclasses import replace

    patient, consultation_id, given, form = signing
    unnamed = replace(given, practitioner="")
    record = context.consents.sign_treatment(
        patient.id, consultation_id, unnamed, answers_for(form, "Ana Silva"), PASSWORD
    )
    first_page = PdfReader(io.BytesIO(context.consents.pdf(record.id))).pages[0].extract_text()
    assert "Dr Okafor" in first_page and "________" not in first_page


def test_a_database_from_before_certificates_were_kept_trusts_the_folder_s(context, signing):
    from sqlalchemy import text

    patient, consultation_id, given, form = signing
    record = context.consents.sign_treatment(
        patient.id, consultation_id, given, answers_for(form, "Ana Silva"), PASSWORD
    )
    with context.database.write() as session:
        session.execute(text("DROP TABLE clinic_certificate"))
    (only,) = context.consents.trusted_certificates()
    assert only.current and context.consents.verify(context.consents.pdf(record.id)).ok
