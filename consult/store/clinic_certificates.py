"""Every certificate the clinic has sealed consents with, the current one and those replaced."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from consult.domain.consent import KnownCertificate
from consult.store.models import ClinicCertificate


def _known(row: ClinicCertificate) -> KnownCertificate:
    return KnownCertificate(
        pem=row.pem.encode("ascii"),
        sha256=row.sha256,
        subject=row.subject,
        current=row.replaced_at is None,
        how=row.how,
        added_at=row.added_at,
        replaced_at=row.replaced_at,
    )


def known(session: Session) -> list[KnownCertificate]:
    """Oldest first; none in a database from before they were kept (one opened read-only to
    check a consent is not migrated first)."""
    if not inspect(session.connection()).has_table(ClinicCertificate.__tablename__):
        return []
    rows = session.scalars(select(ClinicCertificate).order_by(ClinicCertificate.id))
    return [_known(row) for row in rows]


def keep(session: Session, certificate: KnownCertificate) -> None:
    """Keep `certificate` as it is given (the one in use before the database kept them):
    nothing else changes, and one kept already is left alone."""
    found = session.scalar(
        select(ClinicCertificate).where(ClinicCertificate.sha256 == certificate.sha256)
    )
    if found is None:
        session.add(
            ClinicCertificate(
                pem=certificate.pem.decode("ascii"),
                sha256=certificate.sha256,
                subject=certificate.subject,
                how=certificate.how,
                added_at=certificate.added_at,
                replaced_at=certificate.replaced_at,
            )
        )
        session.flush()


def make_current(
    session: Session, certificate: KnownCertificate, how: str, now: dt.datetime
) -> None:
    """`certificate` is now the one that seals consents; every other is marked replaced (a
    certificate used before and imported again is current again, its first date kept)."""
    for row in session.scalars(
        select(ClinicCertificate).where(ClinicCertificate.replaced_at.is_(None))
    ):
        if row.sha256 != certificate.sha256:
            row.replaced_at = now
    found = session.scalar(
        select(ClinicCertificate).where(ClinicCertificate.sha256 == certificate.sha256)
    )
    if found is not None:
        found.replaced_at = None
    else:
        session.add(
            ClinicCertificate(
                pem=certificate.pem.decode("ascii"),
                sha256=certificate.sha256,
                subject=certificate.subject,
                how=how,
                added_at=now,
                replaced_at=None,
            )
        )
    session.flush()
