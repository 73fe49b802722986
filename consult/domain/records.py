"""Patient records as the practitioner edits them, with their checks."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.languages import LANGUAGE, right_to_left
from consult.domain.messages import Message
from consult.domain.model import NAME_MAX, FitzpatrickAnswers, age_on
from consult.domain.names import NameOrder, display_name
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
    # None: the order follows the handout language and the name's script (`names`).
    name_order: NameOrder | None = None

    @property
    def full_name(self) -> str:
        """The whole name in the patient's order (`display_name`): the list, the patient page,
        the handout and the consent form all show it so."""
        return display_name(self)

    @property
    def name_words(self) -> str:
        """Both names as separate words, whatever order they print in: search and erasure
        look for each name alone, so a name order changes nothing in either."""
        return f"{self.given_names} {self.family_name}"

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
            found.setdefault("family_name", Message("document.name_required"))
        for field in ("given_names", "family_name"):
            if len(getattr(self, field)) > NAME_MAX:
                found.setdefault(field, Message("document.characters_at_most", limit=NAME_MAX))
        if self.date_of_birth > today:
            found["date_of_birth"] = Message("document.future")
        elif age_on(self.date_of_birth, today) > AGE_MAX:
            found["date_of_birth"] = Message("document.age_over", limit=AGE_MAX)
        if self.email and not EMAIL.fullmatch(self.email.strip()):
            found["email"] = Message("document.email")
        if self.fitzpatrick is not None and not 1 <= self.fitzpatrick <= 6:
            found["fitzpatrick"] = Message("document.skin_type_1_to_6")
        if not LANGUAGE.fullmatch(self.language):
            found["language"] = Message("document.language_code_region")
        elif right_to_left(self.language):
            found["language"] = Message("document.language_right_to_left")
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
