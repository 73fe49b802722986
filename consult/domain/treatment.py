"""Treatment sessions as performed (as opposed to planned), with their checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from consult.domain.document import EARLIEST, LATEST
from consult.domain.errors import DocumentError
from consult.domain.rules import Rules
from consult.domain.text import unstorable


@dataclass(frozen=True)
class TreatmentDetails:
    date: dt.date
    device: str = ""
    depth_mm: Mapping[str, float] = field(default_factory=dict)
    passes: int | None = None
    product: str = ""
    lot: str = ""
    reaction: str = ""
    notes: str = ""
    consultation_id: int | None = None

    def check(self, rules: Rules, today: dt.date) -> None:
        """Raise `DocumentError` naming the first field that cannot be saved."""
        if not EARLIEST <= self.date <= LATEST:
            raise DocumentError("date", f"must be between {EARLIEST} and {LATEST}")
        if self.date > today:
            raise DocumentError("date", "a session cannot be recorded before it happens")
        for zone, depth in self.depth_mm.items():
            if zone not in rules.zones:
                raise DocumentError(f"depth_mm.{zone}", "unknown zone")
            if isinstance(depth, bool) or not isinstance(depth, int | float) or depth <= 0:
                raise DocumentError(f"depth_mm.{zone}", "must be a depth in mm above 0")
        if self.passes is not None and not 1 <= self.passes <= 20:
            raise DocumentError("passes", "must be a whole number 1 to 20")
        for name in ("device", "product", "lot", "reaction", "notes"):
            if unstorable(getattr(self, name)):
                raise DocumentError(name, unstorable(getattr(self, name)))


@dataclass(frozen=True)
class TreatmentRecord:
    id: int
    patient_id: int
    details: TreatmentDetails
    finalised: bool
    created_at: dt.datetime
