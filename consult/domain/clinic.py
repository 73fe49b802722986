"""The clinic as printed on documents, with its checks."""

from __future__ import annotations

from dataclasses import dataclass

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.records import EMAIL
from consult.domain.text import unstorable

PAPER_SIZES = ("A4", "Letter")
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
NAME_MAX = 200


@dataclass(frozen=True)
class ClinicDetails:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_path: str = ""
    paper_size: str = "A4"
    # 0 = Monday, as `datetime.date.weekday()` counts.
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)

    def check(self) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved."""
        for field in ("name", "address", "phone", "email", "website", "logo_path"):
            if unstorable(getattr(self, field)):
                raise DocumentError(field, unstorable(getattr(self, field)))
        if self.paper_size not in PAPER_SIZES:
            raise DocumentError(
                "paper_size", Message("document.one_of", choices=", ".join(PAPER_SIZES))
            )
        if not self.working_days or any(not 0 <= d <= 6 for d in self.working_days):
            raise DocumentError("working_days", Message("document.working_days"))
        if self.email and not EMAIL.fullmatch(self.email.strip()):
            raise DocumentError("email", Message("document.email"))
        if len(self.name) > NAME_MAX:
            raise DocumentError("name", Message("document.characters_at_most", limit=NAME_MAX))
