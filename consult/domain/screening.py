"""Contraindication screening: block items stop the plan, precautions need acknowledging."""

# Without `from __future__ import annotations`, as in model.py: a named tuple compiles text
# annotations into forward references.
import datetime as dt
from collections.abc import Iterable
from enum import StrEnum
from typing import NamedTuple

from consult.domain.calendar import add_months
from consult.domain.model import Finding, Patient, ScreeningAnswers, age_on
from consult.domain.rules import Rules, ScreeningItem, ScreeningLevel


class ScreeningStatus(StrEnum):
    """What screening came to; the values are the ones `consult assess` prints."""

    CLEAR = "clear"
    PRECAUTIONS = "precautions"
    BLOCKED = "blocked"


class ScreeningHit(NamedTuple):
    """A screening item that applies to this patient, with its plain reason and source."""

    id: str
    level: ScreeningLevel
    text: str
    source: str
    patient_facing: bool
    detail: str = ""
    # Set when the item applies without a yes: the scar type, the item answered yes, or
    # `patient.date_of_birth` it was derived from.
    derived_from: str = ""
    # A date item answered "current": the medicine is still being taken.
    current: bool = False


class ScreeningResult(NamedTuple):
    status: ScreeningStatus
    items: tuple[ScreeningHit, ...]
    unanswered: tuple[str, ...]
    # The unanswered items that could stop the plan: no plan is made until they are answered.
    unanswered_blocks: tuple[str, ...] = ()

    @property
    def blocked(self) -> bool:
        return self.status == ScreeningStatus.BLOCKED

    def has(self, item_id: str) -> bool:
        return any(hit.id == item_id for hit in self.items)


def _hit(item: ScreeningItem, detail: str = "", derived_from: str = "") -> ScreeningHit:
    return ScreeningHit(
        item.id, item.level, item.text, item.source, item.patient_facing, detail, derived_from
    )


DATE_OF_BIRTH = "patient.date_of_birth"


def _derived_from(item: ScreeningItem, answers: ScreeningAnswers, scars: set[str], age: int) -> str:
    """What shows that `item` applies although it was not answered yes, or ""."""
    if item.age_below is not None and age < item.age_below:
        return DATE_OF_BIRTH
    scar = next((s for s in item.derived_from_scar_types if s in scars), "")
    return scar or next((i for i in item.derived_from_items if answers.flags.get(i)), "")


def screen(
    answers: ScreeningAnswers,
    patient: Patient,
    consultation_date: dt.date,
    rules: Rules,
    findings: Iterable[Finding] = (),
) -> ScreeningResult:
    """Evaluate every screening item against the answers, on the consultation date; the
    findings and the date of birth raise the items they show (derived precautions)."""
    hits: list[ScreeningHit] = []
    unanswered: list[str] = []
    age = age_on(patient.date_of_birth, consultation_date)
    scars = {finding.scar_type for finding in findings if finding.present}
    for item in rules.screening.values():
        if item.kind == "date":
            if item.id in answers.current:
                hits.append(
                    _hit(item, item.current_detail)._replace(text=item.current_text, current=True)
                )
            elif item.id not in answers.dates:
                unanswered.append(item.id)
            else:
                last = answers.dates[item.id]
                if last is not None and consultation_date < add_months(
                    last, item.window_months or 0
                ):
                    hits.append(_hit(item, f"last dose {last.isoformat()}"))
            continue
        if answers.flags.get(item.id):
            hits.append(_hit(item))
            continue
        derived = _derived_from(item, answers, scars, age)
        if derived:
            hits.append(_hit(item, item.derived_detail.format(age=age), derived))
        elif item.id not in answers.flags and item.age_below is None:
            unanswered.append(item.id)
    levels = {hit.level for hit in hits}
    status = (
        ScreeningStatus.BLOCKED
        if ScreeningLevel.BLOCK in levels
        else ScreeningStatus.PRECAUTIONS
        if levels
        else ScreeningStatus.CLEAR
    )
    # Blocks first, so the reason the plan stopped is read first.
    hits.sort(key=lambda hit: hit.level != ScreeningLevel.BLOCK)
    blocks = tuple(
        item for item in unanswered if rules.screening[item].level == ScreeningLevel.BLOCK
    )
    return ScreeningResult(status, tuple(hits), tuple(unanswered), blocks)
