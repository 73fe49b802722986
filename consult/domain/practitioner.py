"""The practitioners of the clinic, as named on consultations and handouts."""

from __future__ import annotations

from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.text import unstorable

NAME_MAX = 200


@dataclass(frozen=True)
class PractitionerRecord:
    id: int
    name: str
    # False once they left: still named on their records, no longer offered for new ones.
    active: bool = True

    def check(self) -> None:
        """Raise `DocumentError` if the name cannot be saved."""
        if not self.name.strip():
            raise DocumentError("name", Message("document.name_required"))
        if len(self.name.strip()) > NAME_MAX:
            raise DocumentError("name", Message("document.characters_at_most", limit=NAME_MAX))
        if unstorable(self.name):
            raise DocumentError("name", unstorable(self.name))
