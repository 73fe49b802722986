"""Erasing a patient's record (GDPR Art. 17, with its Art. 17(3) limits): what must be given
before it happens, decided without the database.

The reason stays in the audit log after everything else of the patient is gone, so it must
not name them: a reason holding one of the patient's names, their date of birth, phone
number or e-mail address is refused, and the practitioner words it again (a request's
letter or e-mail, which does name them, is kept by the clinic as it keeps any
correspondence). This catches the usual slip, not every way of pointing at a person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.records import PatientDetails
from consult.domain.text import digits, fold, search_tokens, unstorable

REASON_MAX = 500
# A clinic's own retention period, in years: beyond a lifetime is a typing slip.
RETENTION_YEARS_MAX = 100
# A run of fewer digits than this is a date, a count or an article number, not a phone.
_PHONE_DIGITS_MIN = 6
# One- and two-letter names ("Li", "Ng") also occur inside ordinary words: matched as words.
_SHORT_NAME = 2
# The part of an e-mail address before the @ (the whole address holds it), when long enough
# not to occur by chance.
_EMAIL_LOCAL_MIN = 4


@dataclass(frozen=True)
class Retention:
    """How long the record is kept: `until` None when nothing clinical was recorded."""

    years: int
    last_treatment: dt.date | None

    @property
    def until(self) -> dt.date | None:
        if self.last_treatment is None:
            return None
        return add_years(self.last_treatment, self.years)

    def running(self, today: dt.date) -> bool:
        """Whether erasing today is earlier than the period allows (a second reason needed)."""
        return self.until is not None and today < self.until


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_confirmation(patient_id: int, typed: str) -> None:
    """The practitioner typed the patient's number, to show which record goes."""
    if typed.strip() != str(patient_id):
        raise DocumentError("confirmation", Message("erase.wrong_number", number=patient_id))


def check_reason(field: str, reason: str, details: PatientDetails) -> str:
    """The reason, stripped; `DocumentError` when it is empty, too long or names the
    patient."""
    text = reason.strip()
    if not text:
        raise DocumentError(field, Message("erase.reason_missing"))
    if len(text) > REASON_MAX:
        raise DocumentError(field, Message("document.characters_at_most", limit=REASON_MAX))
    problem = unstorable(text)
    if problem:
        raise DocumentError(field, problem)
    if names_patient(text, details):
        raise DocumentError(field, Message("erase.reason_names_patient"))
    return text


def names_patient(text: str, details: PatientDetails) -> bool:
    """Whether `text` holds one of the patient's names, their date of birth, phone number
    or e-mail address."""
    folded = fold(text)
    words = set(search_tokens(text))
    for name in search_tokens(details.name_words):
        if name in words or (len(name) > _SHORT_NAME and name in folded):
            return True
    born = details.date_of_birth
    written = {born.isoformat(), born.strftime("%d/%m/%Y"), born.strftime("%d.%m.%Y")}
    if any(form in text for form in written):
        return True
    phone = digits(details.phone)
    if len(phone) >= _PHONE_DIGITS_MIN and phone[-_PHONE_DIGITS_MIN:] in digits(text):
        return True
    email = fold(details.email.strip())
    local = email.split("@")[0]
    return bool(email) and (email in folded or (len(local) >= _EMAIL_LOCAL_MIN and local in folded))
