"""The database tables (SQLAlchemy 2 typed mapping). Portable SQL: SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def binary_text(length: int) -> String:
    """Text compared byte by byte (prefix search by range); PostgreSQL needs the C collation."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Practitioner(Base):
    __tablename__ = "practitioner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # One who left stays named on the records they made, but is not offered for new ones.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Patient(Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(300))
    family_name: Mapped[str] = mapped_column(String(300))
    date_of_birth: Mapped[dt.date] = mapped_column(Date, index=True)
    sex: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    fitzpatrick: Mapped[int | None] = mapped_column(Integer)
    fitzpatrick_questionnaire: Mapped[str] = mapped_column(String(50), default="")
    fitzpatrick_answers: Mapped[list[int] | None] = mapped_column(JSON)
    language: Mapped[str] = mapped_column(String(20), default="en")
    notes: Mapped[str] = mapped_column(Text, default="")
    # "given-first" or "family-first"; NULL: automatic (consult.domain.names).
    name_order: Mapped[str | None] = mapped_column(String(20))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # Digits of the phone number, for search.
    phone_digits: Mapped[str] = mapped_column(binary_text(50), default="", index=True)
    # Bumped on every change: an edit made on a stale copy is refused, not lost.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    tokens: Mapped[list[PatientSearchToken]] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    consultations: Mapped[list[Consultation]] = relationship(
        back_populates="patient", cascade="all, delete-orphan"
    )


class PatientSearchToken(Base):
    """One folded word of a patient's names (`müller` → `muller`), for prefix search."""

    __tablename__ = "patient_search_token"

    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patient.id", ondelete="CASCADE"), primary_key=True
    )
    token: Mapped[str] = mapped_column(binary_text(300), primary_key=True)

    patient: Mapped[Patient] = relationship(back_populates="tokens")

    __table_args__ = (Index("ix_patient_search_token_token", "token", "patient_id"),)


class Consultation(Base):
    __tablename__ = "consultation"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    rules_version: Mapped[str] = mapped_column(String(50))
    # The skin type the consultation was assessed with (the patient's may change later).
    fitzpatrick: Mapped[int | None] = mapped_column(Integer)
    global_grade: Mapped[int | None] = mapped_column(Integer)
    # The three yes/no questions of the qualitative helper, by id; None while unanswered.
    qualitative_answers: Mapped[dict[str, bool | None] | None] = mapped_column(JSON)
    plan_start: Mapped[dt.date | None] = mapped_column(Date)
    # The practitioner's plan edits while the consultation is a draft.
    plan_choices: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Scores as computed when the consultation was saved.
    qualitative_suggested: Mapped[int | None] = mapped_column(Integer)
    goodman_baron_quantitative: Mapped[int | None] = mapped_column(Integer)
    ecca: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finalised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The user name of who started a draft: it is theirs to resume (another user signing in
    # on the same computer does not take it over).
    drafted_by: Mapped[str | None] = mapped_column(String(40))

    # The screening answers, one compact row (`store.compact.encode_screening`).
    screening: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")

    patient: Mapped[Patient] = relationship(back_populates="consultations")
    findings: Mapped[list[FindingRecord]] = relationship(cascade="all, delete-orphan")
    plan: Mapped[PlanRecord | None] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class FindingRecord(Base):
    __tablename__ = "finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Found by the unique key below, which starts with the consultation: no index of its own.
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id", ondelete="CASCADE"))
    zone: Mapped[str] = mapped_column(String(40))
    scar_type: Mapped[str] = mapped_column(String(40))
    count: Mapped[int] = mapped_column(Integer, default=0)
    area_cm2: Mapped[float] = mapped_column(Float, default=0.0)
    older_than_2_years: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("consultation_id", "zone", "scar_type"),)


class PlanRecord(Base):
    """The plan as suggested and as confirmed; overrides keep their reasons."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(
        ForeignKey("consultation.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(20))
    grade: Mapped[int | None] = mapped_column(Integer)
    sessions_min: Mapped[int] = mapped_column(Integer)
    sessions_suggested: Mapped[int] = mapped_column(Integer)
    sessions_max: Mapped[int] = mapped_column(Integer)
    sessions_final: Mapped[int] = mapped_column(Integer)
    interval_suggested_weeks: Mapped[int] = mapped_column(Integer)
    interval_final_weeks: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    rules_version: Mapped[str] = mapped_column(String(50))
    # Everything else the engine said (depths, adjuncts, reasons), as it said it, kept compact
    # (`store.compact.encode_detail`): its texts are rows of `shared_text`.
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    overrides: Mapped[list[PlanOverride]] = relationship(cascade="all, delete-orphan")
    sessions: Mapped[list[PlannedSession]] = relationship(
        cascade="all, delete-orphan", order_by="PlannedSession.number"
    )


class SharedText(Base):
    """A text many plans repeat (a reason, a precaution, the list of items a screening
    answered), kept once as it was written; rows refer to it by id. Never changed."""

    __tablename__ = "shared_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Found by its SHA-256: a unique index on the text itself would refuse, on PostgreSQL, a
    # text longer than about 2,700 bytes (a clinic may write a long one in its rules).
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)


class PlanOverride(Base):
    __tablename__ = "plan_override"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(60))
    suggested: Mapped[str] = mapped_column(String(200))
    final: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)


class PlannedSession(Base):
    __tablename__ = "planned_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)


class ConsumableLot(Base):
    """A consumable's lot as printed on its pack (a cartridge, an anaesthetic, a serum), kept
    once however many sessions used it: recalled by its number."""

    __tablename__ = "consumable_lot"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Compared byte by byte: a lot number is an exact code, not a word.
    number: Mapped[str] = mapped_column(binary_text(100))
    kind: Mapped[str] = mapped_column(String(12))
    # None only for a lot recorded before expiries were asked (revision 0004 carried it over).
    expiry: Mapped[dt.date | None] = mapped_column(Date)
    product: Mapped[str] = mapped_column(String(200), default="")

    # Starts with the number: `consult lots` finds a lot by it.
    __table_args__ = (UniqueConstraint("number", "kind", "expiry", "product"),)


def _lot_column() -> Mapped[int | None]:
    return mapped_column(ForeignKey("consumable_lot.id"))


class SessionKit(Base):
    """What a session was done with: the device, its needles, the anaesthetic and each
    consumable's lot. Kept once however many sessions used the same (a clinic's sessions
    share a handful at a time); a lot recall goes from the lot to its kits to their sessions.
    Two equal kits may exist (two rooms adding one at once): harmless, both are found."""

    __tablename__ = "session_kit"

    id: Mapped[int] = mapped_column(primary_key=True)
    device: Mapped[str] = mapped_column(String(200), default="")
    device_model: Mapped[str] = mapped_column(String(200), default="")
    needles: Mapped[str] = mapped_column(String(200), default="")
    anaesthetic: Mapped[str] = mapped_column(String(200), default="")
    cartridge_lot_id: Mapped[int | None] = _lot_column()
    anaesthetic_lot_id: Mapped[int | None] = _lot_column()
    serum_lot_id: Mapped[int | None] = _lot_column()
    other_lot_id: Mapped[int | None] = _lot_column()


class TreatmentSession(Base):
    """A session or test patch actually performed, kept compact (a course has several, a
    clinic hundreds of thousands; `store.treatments` reads and writes it):

    - what it was done with is its kit (`session_kit`);
    - the procedure as chosen (kind, the pre-session check asked and its yes answers,
      anaesthetic minutes, passes, speed, endpoint, aftercare) and the depths per zone repeat
      from session to session: each is a `shared_text`, referred to by id;
    - the moment it was signed is counted from the start of its date, in microseconds (a
      quarter of a timestamp's bytes, nothing lost);
    - what few sessions have (depth reasons, same-day adjuncts, a test patch's reading) is one
      JSON value, NULL when there is none.
    """

    __tablename__ = "treatment_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    # The consultation whose plan the session follows.
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int | None] = mapped_column(Integer)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    # Microseconds from the start of `date` to the signature; None while a draft.
    finalised_us: Mapped[int | None] = mapped_column(BigInteger)
    kit_id: Mapped[int | None] = mapped_column(ForeignKey("session_kit.id"), index=True)
    procedure_text: Mapped[int] = mapped_column(ForeignKey("shared_text.id"))
    depths_text: Mapped[int | None] = mapped_column(ForeignKey("shared_text.id"))
    pain: Mapped[int | None] = mapped_column(Integer)
    reaction: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))


class SessionAddendum(Base):
    """A correction to a finalised session, which itself stays as it was signed."""

    __tablename__ = "session_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("treatment_session.id"), index=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    field: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)


class AdverseEvent(Base):
    __tablename__ = "adverse_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_session.id"))
    type: Mapped[str] = mapped_column(String(30))
    onset: Mapped[dt.date] = mapped_column(Date)
    severity: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """A follow-up assessment: the face map and grade again, scored when saved."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_session.id"))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    # [shared text id of the findings' [zone, scar type] pairs, [count, ...]]: a count, or
    # [count, area cm2, older than 2 years] where the area or the age is not the usual
    # (`store.treatments.findings_value`).
    findings: Mapped[list[Any]] = mapped_column(JSON)
    global_grade: Mapped[int | None] = mapped_column(Integer)
    goodman_baron_quantitative: Mapped[int] = mapped_column(Integer)
    ecca: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")


class PlanRevision(Base):
    """The remaining plan changed during the course, with its reason; the plan row it revises
    is never changed."""

    __tablename__ = "plan_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    sessions_total: Mapped[int] = mapped_column(Integer)
    interval_weeks: Mapped[int] = mapped_column(Integer)
    remaining_dates: Mapped[list[str]] = mapped_column(JSON)
    depths_mm: Mapped[dict[str, float]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Photo(Base):
    """A photo kept with a patient: its view, the visit it belongs to (a consultation, a
    session or a follow-up: at most one of the three ids), when it was taken and under what
    light. What the patient allowed it to be used for is `photo_consent`."""

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("treatment_session.id"))
    follow_up_id: Mapped[int | None] = mapped_column(ForeignKey("follow_up.id"))
    # Relative to the data folder's photos/ directory, always under `<patient_id>/`.
    path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    view: Mapped[str] = mapped_column(String(20))
    zone: Mapped[str] = mapped_column(String(40), default="")
    taken_at: Mapped[dt.datetime] = mapped_column(DateTime)
    taken_from: Mapped[str] = mapped_column(String(20))
    lighting: Mapped[str] = mapped_column(String(20))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    retired_by: Mapped[str | None] = mapped_column(String(200))


class PhotoConsent(Base):
    """One grant or withdrawal of a photo's use; never rewritten (the latest row per use is
    the consent now)."""

    __tablename__ = "photo_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id"), index=True)
    use: Mapped[str] = mapped_column(String(30))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200))


class SignedConsent(Base):
    """A consent signed on screen: the signed PDF itself (the record, not a file beside it),
    the form version and answers it was made from, who signed and how, and its status.
    Withdrawn or voided, it is kept with the reason; never deleted."""

    __tablename__ = "signed_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"))
    kind: Mapped[str] = mapped_column(String(20))
    form_version: Mapped[str] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(20))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    signed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    patient_name: Mapped[str] = mapped_column(String(200))
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relationship: Mapped[str] = mapped_column(String(200), default="")
    practitioner_name: Mapped[str] = mapped_column(String(200))
    # Any party typed a name in place of drawing a signature.
    typed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The statements as shown and ticked, the signatures' strokes, the photo uses granted.
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20), default="signed")
    status_reason: Mapped[str] = mapped_column(Text, default="")
    status_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Why the first session is sooner than the rules' time to reflect, when it is.
    reflection_reason: Mapped[str] = mapped_column(Text, default="")


class ClinicCertificate(Base):
    """A certificate the clinic has sealed signed consents with (the public part only; the key
    stays in the data folder). Kept when replaced, so consents sealed before still verify."""

    __tablename__ = "clinic_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    pem: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    how: Mapped[str] = mapped_column(String(20), default="")
    # None: in use before the database kept certificates (found in the data folder).
    added_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    replaced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    """Who did what to which record, and when. Never patient data."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    # What the event needs to be accounted for later (a document's SHA-256, the reason given
    # for a withdrawal or a deletion); never who the patient is.
    detail: Mapped[str | None] = mapped_column(Text)


class Installation(Base):
    """One row: this database's random id, made by its migrations (revision 0005), the
    namespace of the identifiers its exports carry. Not the clinic's name, which may change."""

    __tablename__ = "installation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)


class ClinicSettings(Base):
    """One row: the clinic as printed on documents."""

    __tablename__ = "clinic_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    logo_path: Mapped[str] = mapped_column(String(500), default="")
    paper_size: Mapped[str] = mapped_column(String(10), default="A4")
    working_days: Mapped[str] = mapped_column(String(40), default="mon,tue,wed,thu,fri")
    # Years a record is kept after the last treatment before it may be erased without a
    # second reason; None: the rules' default (records.toml).
    retention_years: Mapped[int | None] = mapped_column(Integer)
    # Minutes without input before the window locks (HIPAA automatic logoff).
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    # Who chose to keep this SQLite database unencrypted, and when ("admin, 2026-12-06
    # 12:00 UTC"); None when nobody did. Settings keeps showing it.
    plain_by_choice: Mapped[str | None] = mapped_column(Text)
    # A random UUID made with the row (migration 0005 gave one to a row already there): the
    # namespace of the identifiers exports carry, which must outlive a change of name.


class Erasure(Base):
    """A patient erased (GDPR Art. 17): the number they had, when and by whom, nothing else.
    Kept in the database, so every backup carries it: a restore of an older backup erases
    these patients again (`store.erasure.reapply`)."""

    __tablename__ = "erasure"

    # Not a foreign key: the patient row is gone.
    patient_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    erased_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    erased_by: Mapped[str] = mapped_column(String(100))


class UserAccount(Base):
    """A person who signs in (`domain.access.Account`). Wrong attempts are counted here for
    a database that opens without a key; an encrypted one counts them beside its file."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # An Argon2id PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash).
    password_hash: Mapped[str] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    practitioner_id: Mapped[int | None] = mapped_column(ForeignKey("practitioner.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failure_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
