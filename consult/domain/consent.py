"""Consent signed on screen: the signatures as vector data, what was agreed, and its status.

Pure values and checks. A signature is kept as strokes of normalised points (0 to 1 across the
pad, pressure 0 to 1), so the signed PDF draws it at any size and the record keeps the pen's
movement, not a picture; a keyboard user types a name instead, and the record says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.model import age_on
from consult.domain.text import unstorable

# Under 18 a parent or guardian consents too (as the `under_18` screening item says).
ADULT_AGE = 18
NAME_MAX = 200
REASON_MAX = 2_000
# The uses a photo-use consent grants or refuses, in the order the form asks them.
PHOTO_USES = ("clinical_record", "teaching", "publication", "marketing")


class ConsentKind(StrEnum):
    TREATMENT = "treatment"
    PHOTO_USE = "photo_use"


class ConsentStatus(StrEnum):
    SIGNED = "signed"
    WITHDRAWN = "withdrawn"  # by the patient: treatment stops until a new consent is signed
    VOIDED = "voided"  # by the clinic: signed in error (the wrong form, the wrong patient)


class SignaturePoint(NamedTuple):
    x: float  # 0 (left) to 1 (right) across the pad
    y: float  # 0 (top) to 1 (bottom)
    pressure: float  # 0 to 1; a mouse or a finger reports none and is kept as 0.5


Stroke = tuple[SignaturePoint, ...]


def _unit(value: float) -> float:
    return round(min(1.0, max(0.0, float(value))), 4)


@dataclass(frozen=True)
class Signature:
    """Drawn strokes, or a typed name (for a keyboard user) that is marked as typed."""

    strokes: tuple[Stroke, ...] = ()
    typed_name: str = ""

    @property
    def typed(self) -> bool:
        return not self.strokes and bool(self.typed_name.strip())

    @property
    def empty(self) -> bool:
        return not self.strokes and not self.typed_name.strip()

    @classmethod
    def drawn(cls, strokes: Iterable[Iterable[tuple[float, float, float]]]) -> Signature:
        """Strokes of (x, y, pressure) points already normalised to 0..1; strokes of one point
        are kept (a dot of an i)."""
        kept = tuple(
            tuple(SignaturePoint(_unit(x), _unit(y), _unit(p)) for x, y, p in stroke)
            for stroke in strokes
        )
        return cls(strokes=tuple(s for s in kept if s))

    def to_json(self) -> dict[str, Any]:
        if self.typed:
            return {"typed": self.typed_name}
        return {"strokes": [[list(point) for point in stroke] for stroke in self.strokes]}

    @classmethod
    def from_json(cls, data: Any) -> Signature:
        if not isinstance(data, dict):
            return cls()
        if "typed" in data:
            return cls(typed_name=str(data["typed"]))
        return cls.drawn(data.get("strokes") or ())


@dataclass(frozen=True)
class Party:
    """One who signs: the patient, a guardian or the practitioner."""

    name: str
    signature: Signature
    relationship: str = ""  # a guardian's, to the patient


@dataclass(frozen=True)
class ConsentAnswers:
    """What was signed: the form's version and statements as shown, each ticked, and who."""

    kind: ConsentKind
    form_version: str
    language: str
    signed_on: dt.date
    statements: tuple[str, ...]
    ticked: tuple[bool, ...]
    patient: Party
    practitioner: Party
    guardian: Party | None = None
    # A photo-use consent: the uses granted (the others, refused); see PHOTO_USES.
    photo_uses: frozenset[str] = field(default_factory=frozenset)
    # A treatment consent: the session dates its form printed, to tell later when the plan
    # has changed since (see `predates_plan`); () for consents kept before they were.
    plan_dates: tuple[dt.date, ...] = ()

    @property
    def typed(self) -> bool:
        """Any signature typed in place of a drawn one."""
        parties = (self.patient, self.practitioner, self.guardian)
        return any(p is not None and p.signature.typed for p in parties)

    def check(self, date_of_birth: dt.date) -> None:
        """Refuse, naming the field, a consent that is not complete: every statement ticked,
        every party named and signed, a guardian with relationship for a patient under 18."""
        if len(self.ticked) != len(self.statements) or not all(self.ticked):
            first = next((i for i, t in enumerate(self.ticked) if not t), len(self.ticked))
            raise DocumentError(f"statements[{first}]", Message("consent.tick_every"))
        unknown = sorted(self.photo_uses - set(PHOTO_USES))
        if unknown:
            raise DocumentError("photo_uses", Message("consent.unknown_use", use=unknown[0]))
        if is_minor(date_of_birth, self.signed_on) and self.guardian is None:
            raise DocumentError("guardian", Message("consent.guardian_needed", age=ADULT_AGE))
        parties: list[tuple[str, Party | None]] = [
            ("patient", self.patient),
            ("guardian", self.guardian),
            ("practitioner", self.practitioner),
        ]
        for role, party in parties:
            if party is None:
                continue
            who = Message(f"consent.who.{role}")
            _check_name(f"{role}.name", party.name, Message("consent.name_needed", who=who))
            if role == "guardian":
                _check_name(
                    "guardian.relationship",
                    party.relationship,
                    Message("consent.relationship_needed"),
                )
            if party.signature.empty:
                raise DocumentError(
                    f"{role}.signature", Message("consent.signature_needed", who=who)
                )
            if party.signature.typed:
                _check_name(
                    f"{role}.signature",
                    party.signature.typed_name,
                    Message("consent.typed_name_needed", who=who),
                )


def _check_name(path: str, text: str, needed: Message) -> None:
    if not text.strip():
        raise DocumentError(path, needed)
    if len(text) > NAME_MAX:
        raise DocumentError(path, Message("document.characters_at_most", limit=NAME_MAX))
    if unstorable(text):
        raise DocumentError(path, unstorable(text))


def check_reason(reason: str, needed: Message | None = None) -> str:
    """A withdrawal's, a voiding's or a short reflection's reason: needed (`needed` says what
    for, when given), and storable."""
    text = reason.strip()
    if not text:
        raise DocumentError("reason", needed or Message("consent.reason_needed"))
    if len(text) > REASON_MAX:
        raise DocumentError("reason", Message("document.characters_at_most", limit=REASON_MAX))
    if unstorable(text):
        raise DocumentError("reason", unstorable(text))
    return text


def is_minor(date_of_birth: dt.date, day: dt.date) -> bool:
    return age_on(date_of_birth, day) < ADULT_AGE


@dataclass(frozen=True)
class ConsentRecord:
    """A signed consent as kept: the answers, the PDF's checksum and what became of it."""

    id: int
    patient_id: int
    consultation_id: int | None
    answers: ConsentAnswers
    sha256: str
    signed_at: dt.datetime
    status: ConsentStatus = ConsentStatus.SIGNED
    status_reason: str = ""
    status_changed_at: dt.datetime | None = None
    reflection_reason: str = ""

    @property
    def valid(self) -> bool:
        return self.status == ConsentStatus.SIGNED


def latest(records: Sequence[ConsentRecord], kind: ConsentKind) -> ConsentRecord | None:
    """The newest consent of `kind`, whatever its status."""
    of_kind = [r for r in records if r.answers.kind == kind]
    return max(of_kind, key=lambda r: (r.signed_at, r.id), default=None)


def blocking_consent(records: Sequence[ConsentRecord]) -> ConsentRecord | None:
    """The consent that stops a session being recorded: the patient's newest treatment
    consent when it was withdrawn or voided. A patient with no consent on file is not
    blocked: records made before consent was signed on screen (paper consent) go on as
    before; only a consent withdrawn or voided here, with none signed since, stops them."""
    newest = latest(records, ConsentKind.TREATMENT)
    return newest if newest is not None and not newest.valid else None


def photo_use_in_force(records: Sequence[ConsentRecord]) -> ConsentRecord | None:
    """The photo-use consent in force: the newest one still valid (None without one)."""
    return latest([r for r in records if r.valid], ConsentKind.PHOTO_USE)


def granted_photo_uses(records: Sequence[ConsentRecord]) -> frozenset[str]:
    """The photo uses the newest valid photo-use consent grants (none without one)."""
    newest = photo_use_in_force(records)
    return newest.answers.photo_uses if newest is not None else frozenset()


@dataclass(frozen=True)
class KnownCertificate:
    """A certificate the clinic seals consents with, or sealed them with before it was
    replaced: every one is kept, so a consent sealed years ago still checks out."""

    pem: bytes
    sha256: str  # of the certificate (DER): what tells two certificates apart
    subject: str
    current: bool = True
    how: str = ""  # "made" here or "imported"; "" when only found in the data folder
    added_at: dt.datetime | None = None  # None: made before the database kept certificates
    replaced_at: dt.datetime | None = None


def predates_plan(record: ConsentRecord, dates: Sequence[dt.date]) -> bool:
    """Was this treatment consent signed on a form printing other session dates than `dates`
    (the plan as it is now)? Said to the practitioner, not a reason to sign again: the dates
    may move while what was agreed to stays. Consents kept without their dates are not judged."""
    signed = record.answers.plan_dates
    return record.answers.kind == ConsentKind.TREATMENT and bool(signed) and tuple(dates) != signed


def reflection_short(signed_on: dt.date, first_session: dt.date | None, days: int) -> bool:
    """Is the first session sooner after signing than the rules' reflection time?"""
    return first_session is not None and (first_session - signed_on).days < days
