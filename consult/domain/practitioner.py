"""The practitioners of the clinic, as named on consultations and handouts."""

from __future__ import annotations

from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.text import unstorable

NAME_MAX = 200


@dataclass(frozen=True)
class PractitionerRecord:
    id: int
    name: str

    def check(self) -> None:
        """Raise `DocumentError` if the name cannot be saved."""
        if not self.name.strip():
            raise DocumentError("name", "a name is required")
        if len(self.name.strip()) > NAME_MAX:
            raise DocumentError("name", f"must be at most {NAME_MAX} characters")
        if unstorable(self.name):
            raise DocumentError("name", unstorable(self.name))
