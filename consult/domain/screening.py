"""Contraindication screening: block items stop the plan, precautions need acknowledging."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from consult.domain.calendar import add_months
from consult.domain.model import Patient, ScreeningAnswers, age_on
from consult.domain.rules import Rules, ScreeningItem

CLEAR = "clear"
PRECAUTIONS = "precautions"
BLOCKED = "blocked"


@dataclass(frozen=True)
class ScreeningHit:
    """A screening item that applies to this patient, with its plain reason and source."""

    id: str
    level: str
    text: str
    source: str
    patient_facing: bool
    detail: str = ""


@dataclass(frozen=True)
class ScreeningResult:
    status: str
    items: tuple[ScreeningHit, ...]
    unanswered: tuple[str, ...]

    @property
    def blocked(self) -> bool:
        return self.status == BLOCKED

    def has(self, item_id: str) -> bool:
        return any(hit.id == item_id for hit in self.items)


def _hit(item: ScreeningItem, detail: str = "") -> ScreeningHit:
    return ScreeningHit(item.id, item.level, item.text, item.source, item.patient_facing, detail)


def screen(
    answers: ScreeningAnswers, patient: Patient, consultation_date: dt.date, rules: Rules
) -> ScreeningResult:
    """Evaluate every screening item against the answers, on the consultation date."""
    hits: list[ScreeningHit] = []
    unanswered: list[str] = []
    age = age_on(patient.date_of_birth, consultation_date)
    for item in rules.screening.values():
        if item.kind == "date":
            if item.id not in answers.dates:
                unanswered.append(item.id)
                continue
            last = answers.dates[item.id]
            if last is not None and consultation_date < add_months(last, item.window_months or 0):
                hits.append(_hit(item, f"last dose {last.isoformat()}"))
            continue
        by_age = item.age_below is not None and age < item.age_below
        if by_age:
            hits.append(_hit(item, f"age {age} from the date of birth"))
        elif item.id not in answers.flags:
            if item.age_below is None:
                unanswered.append(item.id)
        elif answers.flags[item.id]:
            hits.append(_hit(item))
    levels = {hit.level for hit in hits}
    status = BLOCKED if "block" in levels else PRECAUTIONS if levels else CLEAR
    # Blocks first, so the reason the plan stopped is read first.
    hits.sort(key=lambda hit: hit.level != "block")
    return ScreeningResult(status, tuple(hits), tuple(unanswered))
