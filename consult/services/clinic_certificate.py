"""The clinic certificate and the PAdES signature it puts on signed consents.

The key lives in the data folder as a PKCS#12 file protected by the password the clinic's
administrator sets (or the file the clinic imports, with its own password); the certificate
beside it, public, and those it replaced (kept in the database by the consent service) are
what verification trusts, so checking a PDF needs no password.

pyHanko and cryptography are imported only when a certificate is made or a PDF signed or
checked: the window's start does not pay for them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consult.domain.consent import KnownCertificate
from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.services.files import write_all_private

# In the data folder, named where backups name them (they carry and restore both).
from consult.store.backup import CERTIFICATE_FILE, KEY_FILE

# A self-made certificate's life; a consent signed with it stays checkable after it ends.
VALID_YEARS = 10
FIELD_NAME = "ClinicSignature"
# A password made here protects the key that seals every consent: not a word of four letters.
PASSWORD_MIN = 8
# pyHanko reports a failed check by logging its whole traceback as well as by its result:
# these are quietened while a PDF is checked, so the command says one line of its own.
_CHATTY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")


class CertificateMissing(LookupError):
    """No clinic certificate in the data folder yet: create or import one in Settings."""

    def __init__(self) -> None:
        self.message = Message("consent.no_certificate")
        super().__init__(str(self.message))


class WrongPassword(ValueError):
    def __init__(self) -> None:
        self.message = Message("consent.password")
        super().__init__(str(self.message))


@dataclass(frozen=True)
class CertificateInfo:
    subject: str
    not_after: dt.datetime
    sha256: str  # of the certificate (DER), to compare with what another copy shows


@dataclass(frozen=True)
class Verification:
    """What checking a signed PDF found: `problem` is None when all is well, and `signer`
    the clinic certificate that sealed it."""

    problem: Message | None
    sha256: str
    signer: KnownCertificate | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def _quiet_imports() -> None:
    # pyHanko imports cryptography's DSA support, which warns that DSA is deprecated on
    # import; consult never uses DSA.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pyhanko.sign.signers
        import pyhanko.sign.validation  # noqa: F401


def has_certificate(folder: Path) -> bool:
    return (folder / KEY_FILE).is_file() and (folder / CERTIFICATE_FILE).is_file()


def _fingerprint(pem: bytes) -> tuple[str, str]:
    """A PEM certificate's SHA-256 (of its DER) and subject."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_pem_x509_certificate(pem)
    sha256 = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    return sha256, cert.subject.rfc4514_string()


def folder_certificate(folder: Path) -> KnownCertificate | None:
    """The certificate in the data folder (the one that seals consents now), or None."""
    path = folder / CERTIFICATE_FILE
    if not path.is_file():
        return None
    pem = path.read_bytes()
    try:
        sha256, subject = _fingerprint(pem)
    except ValueError:
        return None  # not a certificate: nothing here to trust
    return KnownCertificate(pem=pem, sha256=sha256, subject=subject)


def certificate_info(folder: Path) -> CertificateInfo | None:
    """The clinic certificate's subject and end of validity, or None when there is none."""
    if not has_certificate(folder):
        return None
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = x509.load_pem_x509_certificate((folder / CERTIFICATE_FILE).read_bytes())
    return CertificateInfo(
        subject=cert.subject.rfc4514_string(),
        not_after=cert.not_valid_after_utc.replace(tzinfo=None),
        sha256=hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
    )


def _check_password(password: str, minimum: int = 1) -> bytes:
    if not password:
        raise DocumentError("password", Message("consent.password_needed"))
    if len(password) < minimum:
        raise DocumentError("password", Message("consent.password_short", minimum=minimum))
    return password.encode()


def create_certificate(folder: Path, clinic_name: str, password: str) -> CertificateInfo:
    """A self-signed certificate for the clinic and its key (EC P-256: quick to make and to
    sign with), the key kept as PKCS#12 under `password`. Replaces any earlier pair: PDFs
    signed with the old one still carry their own certificate (and the database keeps it:
    see `ConsentService.create_certificate`)."""
    secret = _check_password(password, PASSWORD_MIN)
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, (clinic_name.strip() or "consult clinic")[:64])]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    bundle = pkcs12.serialize_key_and_certificates(
        b"consult clinic", key, cert, None, serialization.BestAvailableEncryption(secret)
    )
    _keep(folder, bundle, cert.public_bytes(serialization.Encoding.PEM))
    info = certificate_info(folder)
    assert info is not None  # just written
    return info


def import_pkcs12(folder: Path, data: bytes, password: str) -> CertificateInfo:
    """The clinic's own PKCS#12 file (key and certificate), kept as it is under its password."""
    secret = _check_password(password)
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as error:
        if "password" in str(error).lower() or "mac" in str(error).lower():
            raise WrongPassword() from None
        raise DocumentError(
            "file", Message("consent.certificate_file", problem=str(error)[:100])
        ) from None
    if key is None or cert is None:
        raise DocumentError("file", Message("consent.certificate_file", problem="no key"))
    _keep(folder, data, cert.public_bytes(Encoding.PEM))
    info = certificate_info(folder)
    assert info is not None  # just written
    return info


def _keep(folder: Path, bundle: bytes, certificate_pem: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_all_private([(folder / KEY_FILE, bundle), (folder / CERTIFICATE_FILE, certificate_pem)])


def _signer(folder: Path, password: str) -> Any:
    if not has_certificate(folder):
        raise CertificateMissing()
    _quiet_imports()
    from pyhanko.sign import signers

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(
            (folder / KEY_FILE).read_bytes(), (), passphrase=password.encode()
        )
    except (ValueError, TypeError):
        raise WrongPassword() from None
    if signer is None:  # pyHanko logs and returns None for a wrong password
        raise WrongPassword()
    return signer


def check_password(folder: Path, password: str) -> None:
    """Raise `CertificateMissing` or `WrongPassword` before the patient signs, not after."""
    _signer(folder, password)


def sign_pdf(pdf: bytes, folder: Path, password: str) -> bytes:
    """`pdf` with a PAdES B-B signature by the clinic certificate, covering the whole file."""
    signer = _signer(folder, password)
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason="Consent signed on screen",
    )
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


def trusted_certificate(folder: Path) -> Any | None:
    """The clinic certificate now in the data folder (asn1crypto), or None."""
    found = folder_certificate(folder)
    return _asn1(found.pem) if found is not None else None


def _asn1(pem_bytes: bytes) -> Any:
    from asn1crypto import pem, x509

    _, _, der = pem.unarmor(pem_bytes)
    return x509.Certificate.load(der)


@contextlib.contextmanager
def _quiet_pyhanko() -> Iterator[None]:
    loggers = [logging.getLogger(name) for name in _CHATTY_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def verify_pdf(data: bytes, trusted: Sequence[KnownCertificate]) -> Verification:
    """Check the PAdES signature of `data`: there, intact, covering the whole file, and made
    by one of `trusted` (the certificates the clinic has used). Never the certificate the PDF
    carries itself: anyone can put one there. The problem, if any, as one message."""
    digest = hashlib.sha256(data).hexdigest()
    _quiet_imports()
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    with _quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            embedded = reader.embedded_signatures
        except (PdfError, ValueError, KeyError, IndexError, TypeError) as error:
            return Verification(
                Message("verify.unreadable", problem=str(error)[:80] or type(error).__name__),
                digest,
            )
        if not embedded:
            return Verification(Message("verify.unsigned"), digest)
        if not trusted:
            return Verification(Message("verify.no_certificate", file=CERTIFICATE_FILE), digest)
        roots = [_asn1(known.pem) for known in trusted]
        try:
            status = validate_pdf_signature(embedded[-1], ValidationContext(trust_roots=roots))
        except (SignatureValidationError, PdfError, ValueError, KeyError):
            # pyHanko's own words are cut-off internals ("... for s"): a signature it cannot
            # even evaluate has had its bytes changed.
            return Verification(Message("verify.damaged"), digest)
    if not status.intact:
        return Verification(Message("verify.modified"), digest)
    if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return Verification(Message("verify.added"), digest)
    signer = _signer_among(embedded[-1].signer_cert, trusted)
    if not status.valid or not status.trusted or signer is None:
        return Verification(Message("verify.other_signer"), digest)
    return Verification(None, digest, signer)


def _signer_among(cert: Any, trusted: Sequence[KnownCertificate]) -> KnownCertificate | None:
    sha256 = hashlib.sha256(cert.dump()).hexdigest()
    return next((known for known in trusted if known.sha256 == sha256), None)
