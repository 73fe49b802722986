"""Consent signed on screen: the forms to read, signing, the stored PDF, withdrawal, checks.

A signed consent is made in one step: the answers are checked, the PDF is built from the exact
form version and answers, signed (PAdES B-B) with the clinic certificate, and kept in the
database with its SHA-256, which goes to the audit log too.

A photo-use consent also sets the uses of the patient's photos, in the transaction that keeps
it or changes its status, so a consent never stands without its effect on the photos (see
`services.photos` for how a change made on one photo relates to it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from consult.config import locations
from consult.domain.access import Permission
from consult.domain.clinic import ClinicDetails
from consult.domain.consent import (
    PHOTO_USES,
    ConsentAnswers,
    ConsentKind,
    ConsentRecord,
    ConsentStatus,
    KnownCertificate,
    blocking_consent,
    check_reason,
    granted_photo_uses,
    latest,
    photo_use_in_force,
    predates_plan,
)
from consult.domain.errors import DocumentError, PlanError
from consult.domain.messages import Message
from consult.domain.printed import PrintedDocument
from consult.domain.rules import Rules
from consult.services import clinic_certificate as certificates
from consult.services.access import CurrentUser
from consult.services.course import current_plan
from consult.services.errors import NotFound
from consult.services.photos import follow_signed_consent, withdraw_consented_uses
from consult.store import clinic, patients, practitioners
from consult.store import clinic_certificates as known_certificates
from consult.store import consents as store
from consult.store.audit import record_event
from consult.store.database import Database, open_read_only
from consult.store.models import utcnow

if TYPE_CHECKING:
    from consult.domain.handout import HandoutInput
    from consult.services.consultations import ConsultationService
    from consult.services.handout import HandoutMaker


@dataclass(frozen=True)
class ConsentForm:
    """A form as the patient reads it on screen: its version, language and the statements to
    tick, with the PDF of the unsigned form to read."""

    kind: ConsentKind
    version: str
    language: str
    statements: tuple[str, ...]
    pdf: bytes
    # A photo-use form: each use and its question.
    uses: tuple[tuple[str, str], ...] = ()


class ConsentService:
    def __init__(
        self,
        database: Database,
        rules: Rules,
        folder: Path,
        handouts: Callable[[], HandoutMaker],
        consultations: ConsultationService,
        current: CurrentUser | None = None,
    ) -> None:
        self._consultations = consultations
        self._db = database
        self._rules = rules
        self._folder = folder
        self._handouts = handouts
        self._current = current or CurrentUser()

    # The clinic certificate ----------------------------------------------------------------

    def certificate(self) -> certificates.CertificateInfo | None:
        return certificates.certificate_info(self._folder)

    def create_certificate(self, clinic_name: str, password: str) -> certificates.CertificateInfo:
        """A new self-signed certificate; the one it replaces stays trusted (kept in the
        database) for the consents it sealed."""
        self._current.require(Permission.SETTINGS)
        self._keep_folder_certificate()
        info = certificates.create_certificate(self._folder, clinic_name, password)
        self._made_current("made", "consent.certificate_create", info)
        return info

    def import_certificate(self, data: bytes, password: str) -> certificates.CertificateInfo:
        """The clinic's own PKCS#12 file; the certificate it replaces stays trusted."""
        self._current.require(Permission.SETTINGS)
        self._keep_folder_certificate()
        info = certificates.import_pkcs12(self._folder, data, password)
        self._made_current("imported", "consent.certificate_import", info)
        return info

    def _keep_folder_certificate(self) -> None:
        """The certificate in use is kept in the database before a new one replaces its file
        (one made before the database kept them is not there yet)."""
        found = certificates.folder_certificate(self._folder)
        if found is not None:
            with self._db.write() as session:
                known_certificates.keep(session, found)

    def _made_current(self, how: str, action: str, info: certificates.CertificateInfo) -> None:
        found = certificates.folder_certificate(self._folder)
        assert found is not None  # just written
        with self._db.write() as session:
            known_certificates.make_current(session, found, how, utcnow())
            record_event(
                session, self._current.actor(), action, "clinic_certificate", None, info.sha256
            )

    def trusted_certificates(self) -> list[KnownCertificate]:
        """Every certificate the clinic has sealed consents with: those kept in the database
        and the one in the data folder, which is the current one."""
        return trusted_in(self._db, self._folder)

    def check_password(self, password: str) -> None:
        """Raises `CertificateMissing` or `WrongPassword`: asked before the patient signs."""
        certificates.check_password(self._folder, password)

    def _audit(self, action: str, kind: str, record_id: int | None, detail: str) -> None:
        with self._db.write() as session:
            record_event(session, self._current.actor(), action, kind, record_id, detail=detail)

    # Forms -----------------------------------------------------------------------------------

    def treatment_form(self, given: HandoutInput) -> ConsentForm:
        """The form `given` prints, to read on screen. Its version is the rules version:
        consent.toml carries the same one (checked when the texts are read)."""
        self._current.require(Permission.CLINICAL)
        # The document builders and reportlab: imported when a form is wanted, not at start.
        from consult.domain.handout import consent_document
        from consult.handout.pdf import render

        maker = self._handouts()
        texts = maker.texts(given.assessment.patient.language)
        pdf = render(consent_document(given, self._rules, texts), maker.fonts, None).pdf
        return ConsentForm(
            ConsentKind.TREATMENT,
            self._rules.version,
            texts.language,
            tuple(texts.consent["agreement"]["statements"]),
            pdf,
        )

    def current_form_input(self, patient_id: int) -> tuple[int, HandoutInput]:
        """The consultation a consent signed from the course is for (the one the course
        follows) and what its form prints. `DocumentError` when there is none."""
        self._current.require(Permission.CLINICAL)
        from consult.services.handout import consultation_handout_input

        record = current_plan(self._consultations.history(patient_id))
        if record is None:
            raise DocumentError("consultation_id", Message("consent.no_plan"))
        preview = self._consultations.preview(patient_id, record.draft)
        with self._db.read() as session:
            details = clinic.get(session)
            name = (
                practitioners.get(session, record.practitioner_id).name
                if record.practitioner_id is not None
                else ""
            )
        return record.id, consultation_handout_input(preview, details, name)

    def photo_use_form(self, language: str) -> ConsentForm:
        self._current.require(Permission.CLINICAL)
        from consult.domain.handout import photo_use_statements

        texts = self._handouts().texts(language)
        words = texts.consent["photo_use"]
        return ConsentForm(
            ConsentKind.PHOTO_USE,
            self._rules.version,
            texts.language,
            photo_use_statements(texts),
            b"",
            tuple((use, words[use]) for use in PHOTO_USES),
        )

    # Signing ---------------------------------------------------------------------------------

    def _check(self, patient_id: int, answers: ConsentAnswers, kind: ConsentKind) -> None:
        if answers.kind != kind:
            raise DocumentError("kind", Message("document.unknown_field", allowed=kind.value))
        if answers.form_version != self._rules.version:
            raise DocumentError(
                "form_version",
                Message(
                    "consent.form_version", given=answers.form_version, current=self._rules.version
                ),
            )
        if answers.signed_on > dt.date.today():
            raise DocumentError("signed_on", Message("document.future"))
        with self._db.read() as session:
            patient = patients.get(session, patient_id)
        answers.check(patient.details.date_of_birth)

    def sign_treatment(
        self,
        patient_id: int,
        consultation_id: int | None,
        given: HandoutInput,
        answers: ConsentAnswers,
        password: str,
    ) -> ConsentRecord:
        """The treatment consent of `given` (the consultation's form) signed as `answers` say;
        refused (`DocumentError`) while anything is missing, before anything is kept."""
        self._current.require(Permission.CLINICAL)
        self._check(patient_id, answers, ConsentKind.TREATMENT)
        # Kept with the answers: the plan may change after signing, and that is then said.
        answers = replace(answers, plan_dates=tuple(given.plan.dates))
        from consult.domain.handout import signed_consent_document

        maker = self._handouts()
        texts = maker.texts(answers.language)
        document = signed_consent_document(given, self._rules, texts, answers)
        return self._keep(patient_id, consultation_id, answers, maker, document, password)

    def sign_photo_use(
        self, patient_id: int, clinic: ClinicDetails | None, answers: ConsentAnswers, password: str
    ) -> ConsentRecord:
        """The photo-use consent: which uses the patient grants, signed like the treatment's."""
        self._current.require(Permission.CLINICAL)
        self._check(patient_id, answers, ConsentKind.PHOTO_USE)
        from consult.domain.handout import photo_use_document

        maker = self._handouts()
        texts = maker.texts(answers.language)
        document = photo_use_document(answers, clinic or ClinicDetails(), texts)
        return self._keep(patient_id, None, answers, maker, document, password)

    def _keep(
        self,
        patient_id: int,
        consultation_id: int | None,
        answers: ConsentAnswers,
        maker: HandoutMaker,
        document: PrintedDocument,
        password: str,
    ) -> ConsentRecord:
        from consult.handout.pdf import render

        unsigned = render(document, maker.fonts, None).pdf
        pdf = certificates.sign_pdf(unsigned, self._folder, password)
        digest = hashlib.sha256(pdf).hexdigest()
        with self._db.write() as session:
            patients.get(session, patient_id)
            record = store.add(session, patient_id, consultation_id, answers, pdf, digest)
            record_event(
                session,
                self._current.actor(),
                "consent.sign",
                "signed_consent",
                record.id,
                detail=digest,
            )
            if record.answers.kind == ConsentKind.PHOTO_USE:
                follow_signed_consent(session, record)
        return record

    # Reading ---------------------------------------------------------------------------------

    def consents(self, patient_id: int) -> list[ConsentRecord]:
        """The patient's consents, oldest first, whatever their status."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.for_patient(session, patient_id)

    def pdf(self, consent_id: int) -> bytes:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return store.pdf(session, consent_id)

    def latest_signed(self, patient_id: int) -> ConsentRecord | None:
        """The newest valid treatment consent (None without one)."""
        self._current.require(Permission.CLINICAL)
        valid = [r for r in self.consents(patient_id) if r.valid]
        return latest(valid, ConsentKind.TREATMENT)

    def latest_pdf(self, patient_id: int) -> bytes:
        """The newest valid treatment consent's signed PDF; `NotFound` without one."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            patients.get(session, patient_id)
            valid = [r for r in store.for_patient(session, patient_id) if r.valid]
            newest = latest(valid, ConsentKind.TREATMENT)
            if newest is None:
                raise NotFound(str(Message("consent.none")))
            return store.pdf(session, newest.id)

    def predating_plans(self, patient_id: int) -> set[int]:
        """The patient's valid treatment consents (by id) signed on a form printing other
        session dates than their consultation's plan has now: the plan changed after signing.
        Said, never refused: the patient need not sign again for dates that moved."""
        self._current.require(Permission.CLINICAL)
        found = set()
        for record in self.consents(patient_id):
            if not record.valid or record.consultation_id is None:
                continue
            dates = self._plan_dates(patient_id, record.consultation_id)
            if dates is not None and predates_plan(record, dates):
                found.add(record.id)
        return found

    def _plan_dates(self, patient_id: int, consultation_id: int) -> tuple[dt.date, ...] | None:
        """A consultation's session dates now: as kept when final, as planned in a draft
        (None when the draft has no plan the rules accept)."""
        consultation = self._consultations.get(consultation_id)
        if consultation.plan is not None:
            return consultation.plan.dates
        try:
            return self._consultations.preview(patient_id, consultation.draft).final.plan.dates
        except (DocumentError, PlanError):
            return None

    def blocking(self, patient_id: int) -> ConsentRecord | None:
        """The withdrawn or voided consent that stops sessions, if there is one."""
        self._current.require(Permission.CLINICAL)
        return blocking_consent(self.consents(patient_id))

    def signed_photo_uses(self, patient_id: int) -> set[str]:
        """The photo uses the patient's newest valid photo-use consent grants: those a photo
        imported now starts with."""
        self._current.require(Permission.CLINICAL)
        return set(granted_photo_uses(self.consents(patient_id)))

    # Changing --------------------------------------------------------------------------------

    def withdraw(self, consent_id: int, reason: str) -> ConsentRecord:
        """The patient withdraws consent: kept, marked, audited with the reason."""
        self._current.require(Permission.CLINICAL)
        return self._set_status(consent_id, ConsentStatus.WITHDRAWN, reason)

    def void(self, consent_id: int, reason: str) -> ConsentRecord:
        """The clinic voids a consent signed in error: kept, marked, audited with the reason."""
        self._current.require(Permission.CLINICAL)
        return self._set_status(consent_id, ConsentStatus.VOIDED, reason)

    def _set_status(self, consent_id: int, status: ConsentStatus, reason: str) -> ConsentRecord:
        withdrawn = status == ConsentStatus.WITHDRAWN
        text = check_reason(
            reason, Message("consent.withdraw_reason" if withdrawn else "consent.void_reason")
        )
        with self._db.write() as session:
            before = store.get(session, consent_id)
            if not before.valid:
                raise DocumentError(
                    "status", Message("consent.not_signed", id=consent_id, status=before.status)
                )
            in_force = photo_use_in_force(store.for_patient(session, before.patient_id))
            record = store.set_status(session, consent_id, status, text, utcnow())
            record_event(
                session,
                self._current.actor(),
                f"consent.{status.value}",
                "signed_consent",
                consent_id,
                text,
            )
            # Only the consent in force set the photos' uses: an older one, superseded when a
            # newer one was signed, changes no photo.
            if in_force is not None and in_force.id == consent_id:
                now = photo_use_in_force(store.for_patient(session, before.patient_id))
                still = now.answers.photo_uses if now is not None else frozenset()
                withdraw_consented_uses(session, before, still, self._current.actor())
        return record

    # Checking --------------------------------------------------------------------------------

    def verify(self, data: bytes) -> certificates.Verification:
        """The signature checked against the clinic certificate, then the file's SHA-256
        looked up among the stored consents."""
        return verify_stored(self._db, self._folder, data)


def trusted_in(database: Database, folder: Path) -> list[KnownCertificate]:
    """Every certificate the clinic has sealed consents with: those kept in `database` and
    the one in the data folder `folder`, which is the current one. Only reads."""
    with database.read() as session:
        kept = known_certificates.known(session)
    return _with_folder(kept, certificates.folder_certificate(folder))


def verify_stored(database: Database, folder: Path, data: bytes) -> certificates.Verification:
    """The signature of `data` checked against the clinic's certificates (`trusted_in`), then
    its SHA-256 looked up among the consents `database` keeps. Only reads: `database` may be
    one opened read-only (`consult consent --verify`)."""
    found = certificates.verify_pdf(data, trusted_in(database, folder))
    if not found.ok:
        return found
    with database.read() as session:
        record = store.with_hash(session, found.sha256)
    if record is None:
        return replace(found, problem=Message("verify.not_stored"))
    return found


def verify_in(db: str | None, data: bytes, key: bytes | None = None) -> certificates.Verification:
    """`verify_stored` on the database `--db` names, opened read-only: never migrated or
    written; an encrypted one is read with the data `key` its user's sign-in unwrapped.
    Raises `SchemaMismatch` for a database at another schema revision."""
    where = locations(db)
    database = open_read_only(where.database_url, key=key)
    try:
        return verify_stored(database, where.folder, data)
    finally:
        database.engine.dispose()


def _with_folder(
    kept: list[KnownCertificate], in_folder: KnownCertificate | None
) -> list[KnownCertificate]:
    """The folder's certificate is the current one, whatever the database says (a data folder
    restored or copied by hand); one the database lacks is added."""
    if in_folder is None:
        return kept
    marked = [replace(known, current=known.sha256 == in_folder.sha256) for known in kept]
    if all(known.sha256 != in_folder.sha256 for known in kept):
        marked.append(in_folder)
    return marked
