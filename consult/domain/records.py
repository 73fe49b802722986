"""Patient records as the practitioner edits them, with their checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.languages import LANGUAGE
from consult.domain.model import NAME_MAX, FitzpatrickAnswers, age_on
from consult.domain.text import unstorable

# Older than anyone living: a date of birth beyond this is a typing slip (a wrong century).
AGE_MAX = 120
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
TEXT_FIELDS = ("given_names", "family_name", "sex", "phone", "email", "language", "notes")


@dataclass(frozen=True)
class PatientDetails:
    given_names: str
    family_name: str
    date_of_birth: dt.date
    sex: str = ""
    phone: str = ""
    email: str = ""
    fitzpatrick: int | None = None
    fitzpatrick_answers: FitzpatrickAnswers | None = None
    language: str = "en"
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.family_name}".strip()

    def problems(self, today: dt.date) -> dict[str, str]:
        """Every field that cannot be saved, with what is wrong with it (the first problem of
        each): a form shows them all at once."""
        found: dict[str, str] = {}
        # A NUL or half a character (pasted, or from a broken file) cannot be kept: PostgreSQL
        # refuses NUL, and no encoding writes a lone surrogate. Refused here, every path is.
        for field in TEXT_FIELDS:
            problem = unstorable(getattr(self, field))
            if problem:
                found[field] = problem
        if not self.family_name.strip() and not self.given_names.strip():
            found.setdefault("family_name", "a name is required")
        for field in ("given_names", "family_name"):
            if len(getattr(self, field)) > NAME_MAX:
                found.setdefault(field, f"must be at most {NAME_MAX} characters")
        if self.date_of_birth > today:
            found["date_of_birth"] = "must not be in the future"
        elif age_on(self.date_of_birth, today) > AGE_MAX:
            found["date_of_birth"] = f"gives an age over {AGE_MAX} years: check the year"
        if self.email and not EMAIL.fullmatch(self.email.strip()):
            found["email"] = "must look like name@example.org"
        if self.fitzpatrick is not None and not 1 <= self.fitzpatrick <= 6:
            found["fitzpatrick"] = "must be a skin type 1 to 6"
        if not LANGUAGE.fullmatch(self.language):
            found["language"] = "must be a language code such as en or pt-BR"
        return found

    def check(self, today: dt.date) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved."""
        for field, problem in self.problems(today).items():
            raise DocumentError(field, problem)


@dataclass(frozen=True)
class PatientRecord:
    id: int
    details: PatientDetails
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    # Bumped on every save; an edit made on an older copy is refused, not lost.
    version: int = 1
