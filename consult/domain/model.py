"""Value types of a consultation: the patient facts, the findings and the answers given."""

# Without `from __future__ import annotations`: a named tuple would compile each annotation,
# as text, into a forward reference.
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

ROMAN = ("I", "II", "III", "IV", "V", "VI")
# The longest given names, or family name, a patient record keeps (here rather than in
# `records`, so that reading an assessment document does not load the record types).
NAME_MAX = 300
# The value types are named tuples (edited with `_replace`), not frozen dataclasses: every
# `consult assess` makes their classes, and a dataclass compiles its methods (about 0.5 ms a
# class, and `dataclasses` itself costs 8 ms to import). Mappings default to one shared,
# read-only empty mapping.
_NOTHING: Mapping = MappingProxyType({})


def roman(skin_type: int) -> str:
    """Fitzpatrick type 1-6 written as I-VI."""
    return ROMAN[skin_type - 1]


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Completed years of age on `day`."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - before_birthday


class FitzpatrickAnswers(NamedTuple):
    """The raw questionnaire answers, kept with the questionnaire they belong to."""

    questionnaire_id: str
    answers: tuple[int, ...]


class Patient(NamedTuple):
    name: str
    date_of_birth: dt.date
    fitzpatrick: int
    language: str = "en"
    contact: str = ""
    fitzpatrick_answers: FitzpatrickAnswers | None = None


class Finding(NamedTuple):
    """Scars of one type in one zone: a count, or for raised scars an area in cm²."""

    zone: str
    scar_type: str
    count: int = 0
    area_cm2: float = 0.0
    older_than_2_years: bool = True

    @property
    def present(self) -> bool:
        return self.count > 0 or self.area_cm2 > 0


class ScreeningAnswers(NamedTuple):
    """Yes/no answers by item id, plus the dates asked for (isotretinoin's last dose, or
    `current` when still taken).

    An item not answered is not counted as present; `unanswered` lists it so it can be asked.
    """

    flags: Mapping[str, bool] = _NOTHING
    dates: Mapping[str, dt.date | None] = _NOTHING
    # Date items answered "current" (still taking it) rather than with a last date.
    current: frozenset[str] = frozenset()

    def answered(self, item_id: str) -> bool:
        return item_id in self.flags or item_id in self.dates or item_id in self.current


class Assessment(NamedTuple):
    """Everything recorded at a consultation that the engine needs."""

    date: dt.date
    patient: Patient
    screening: ScreeningAnswers
    findings: tuple[Finding, ...]
    global_grade: int | None = None
    plan_start: dt.date | None = None
    # The plan's random calendar id (a UUID): its events keep their ids when exported again.
    calendar_uid: str = ""
    # The qualitative helper's answers (`contour`, `obvious_at_50_cm`, `flattens`): when they
    # lead to a grade, that grade is the suggestion.
    qualitative_answers: Mapping[str, bool | None] = _NOTHING
