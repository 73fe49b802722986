"""The shape of the assessment document `consult.assessment/1`, declared once.

The reader (`document`) takes its fields, required fields, limits, patterns and choices from
here, and the published JSON Schema (`resources/schema/`) is made from the same declaration by
`json_schema`, so the two cannot drift apart. The ids the rules define (zones, scar types,
screening items, the questionnaire) are filled in from the rules. What no JSON Schema can say
(a real calendar date, dates against the consultation date or today, one finding per zone and
scar type, text a database cannot keep) stays as code in the reader.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from consult.domain.languages import LANGUAGE
from consult.domain.model import NAME_MAX as RECORD_NAME_MAX
from consult.domain.model import ROMAN
from consult.domain.rules import QUALITATIVE_QUESTIONS, Rules

SCHEMA_ID = "consult.assessment/1"
SCHEMA_URL = "https://consult.local/schema/consult.assessment-1.schema.json"
# Dates outside this range are typing slips (and would overflow a schedule).
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
DATE_TEXT = r"\d{4}-\d{2}-\d{2}"
UUID_TEXT = r"[0-9A-Fa-f]{8}(-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}"
# A date item's answer for a medicine still being taken.
CURRENT = "current"
# A record's given names and family name, each up to model.NAME_MAX, and a space.
NAME_MAX = 2 * RECORD_NAME_MAX + 1
# No face holds more; a bigger number is a typing slip.
COUNT_MAX = 10_000


class Shape:
    """One value of the document; `schema` is its JSON Schema (draft 2020-12).

    Plain classes rather than dataclasses: every `consult assess` imports this module, and
    making a dozen dataclasses costs it several milliseconds."""

    __slots__ = ()

    def schema(self, rules: Rules) -> dict[str, Any]:
        raise NotImplementedError


def _described(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    if description:
        schema["description"] = description
    return schema


def _or_null(schema: dict[str, Any], nullable: bool) -> dict[str, Any]:
    if not nullable:
        return schema
    description = schema.pop("description", None)
    result: dict[str, Any] = {"oneOf": [schema, {"type": "null"}]}
    if description:
        result["description"] = description
    return result


def _anchored(pattern: str) -> str:
    # JSON Schema patterns match anywhere; the reader's match the whole text.
    return f"^{pattern}$"


class Const(Shape):
    """Exactly this value."""

    __slots__ = ("description", "value")

    def __init__(self, value: str, *, description: str = "") -> None:
        self.value = value
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        return _described(self.description, {"const": self.value})


class Date(Shape):
    """A date written YYYY-MM-DD, between `EARLIEST` and `LATEST`."""

    __slots__ = ("description", "nullable")

    def __init__(self, *, description: str = "", nullable: bool = False) -> None:
        self.description = description
        self.nullable = nullable

    def schema(self, rules: Rules) -> dict[str, Any]:
        return _or_null(_described(self.description, date_schema()), self.nullable)


def date_schema() -> dict[str, Any]:
    """A date's text: its years limited to the range as far as a pattern can say it (whole
    centuries), the day itself (and the range's exact ends) checked by the reader."""
    first, last = EARLIEST.year // 100, LATEST.year // 100
    if dt.date(first * 100, 1, 1) != EARLIEST or dt.date(last * 100 + 99, 12, 31) != LATEST:
        raise ValueError("the date range must span whole centuries to be written as a pattern")
    centuries = "|".join(str(century) for century in range(first, last + 1))
    return {"type": "string", "pattern": _anchored(f"({centuries})" + r"\d{2}-\d{2}-\d{2}")}


class Text(Shape):
    """Text; `required_text` refuses an empty or blank one, `pattern` must match it whole."""

    __slots__ = ("default", "description", "max_length", "nullable", "pattern", "required_text")

    def __init__(
        self,
        *,
        description: str = "",
        required_text: bool = False,
        max_length: int | None = None,
        pattern: str | None = None,
        default: str | None = None,
        nullable: bool = False,
    ) -> None:
        self.description = description
        self.required_text = required_text
        self.max_length = max_length
        self.pattern = pattern
        self.default = default
        self.nullable = nullable

    def schema(self, rules: Rules) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        if self.required_text:
            schema |= {"minLength": 1, "pattern": r"\S"}
        if self.pattern is not None:
            schema["pattern"] = _anchored(self.pattern)
        if self.max_length is not None:
            schema["maxLength"] = self.max_length
        if self.default is not None:
            schema["default"] = self.default
        return _or_null(_described(self.description, schema), self.nullable)


class Whole(Shape):
    """A whole number from `minimum` to `maximum` (3.0 counts as 3, as JSON has one number)."""

    __slots__ = ("description", "maximum", "minimum", "nullable")

    def __init__(
        self, minimum: int, maximum: int, *, description: str = "", nullable: bool = False
    ) -> None:
        self.minimum = minimum
        self.maximum = maximum
        self.description = description
        self.nullable = nullable

    def schema(self, rules: Rules) -> dict[str, Any]:
        schema = {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        return _or_null(_described(self.description, schema), self.nullable)


class Area(Shape):
    """A finite number above 0."""

    __slots__ = ("description",)

    def __init__(self, *, description: str = "") -> None:
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        return _described(self.description, {"type": "number", "exclusiveMinimum": 0})


class Flag(Shape):
    """true or false (or null, when `nullable`)."""

    __slots__ = ("default", "description", "nullable")

    def __init__(
        self, *, description: str = "", nullable: bool = False, default: bool | None = None
    ) -> None:
        self.description = description
        self.nullable = nullable
        self.default = default

    def schema(self, rules: Rules) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": ["boolean", "null"] if self.nullable else "boolean"}
        if self.default is not None:
            schema["default"] = self.default
        return _described(self.description, schema)


class SkinType(Shape):
    """A Fitzpatrick skin type: 1 to 6, or I to VI in any case."""

    __slots__ = ("description", "numerals")

    def __init__(self, *, description: str = "", numerals: tuple[str, ...] = ROMAN) -> None:
        self.description = description
        self.numerals = numerals

    def schema(self, rules: Rules) -> dict[str, Any]:
        names = [*self.numerals, *(numeral.lower() for numeral in self.numerals)]
        return _described(
            self.description,
            {
                "oneOf": [
                    {"type": "integer", "minimum": 1, "maximum": len(self.numerals)},
                    {"type": "string", "enum": names},
                ]
            },
        )


class QuestionnaireAnswers(Shape):
    """The Fitzpatrick questionnaire's answers, one per question of the rules, in order."""

    __slots__ = ("description",)

    def __init__(self, *, description: str = "") -> None:
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        questionnaire = rules.fitzpatrick
        count = len(questionnaire.items)
        low, high = questionnaire.answer_min, questionnaire.answer_max
        order = ", ".join(item.id for item in questionnaire.items)
        return {
            "description": f"The {count} answers ({low}-{high}) of the questionnaire "
            f"{questionnaire.questionnaire_id}, in order: {order}.",
            "type": "array",
            "minItems": count,
            "maxItems": count,
            "items": {"type": "integer", "minimum": low, "maximum": high},
        }


class RuleId(Shape):
    """One of the ids the rules define: `zones`, or the scar types measured by count or by
    area (`by_area`)."""

    __slots__ = ("by_area", "description", "table")

    def __init__(self, table: str, *, by_area: bool = False, description: str = "") -> None:
        self.table = table
        self.by_area = by_area
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        if self.table == "zones":
            return _described(self.description, {"enum": list(rules.zones)})
        ids = [i for i, scar in rules.scar_types.items() if scar.by_area == self.by_area]
        return _described(self.description, {"enum": ids})


class Screening(Shape):
    """The screening answers, one field per item of the rules: true/false, or for a date
    item a date, "current" (still taken), or null or false (never)."""

    __slots__ = ("description",)

    def __init__(self, *, description: str = "") -> None:
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        for item in rules.screening.values():
            if item.kind == "date":
                properties[item.id] = {
                    "description": f"{item.question} A date YYYY-MM-DD, not after the "
                    f'consultation date; "{CURRENT}" while still taken; null or false if '
                    "never.",
                    "oneOf": [
                        date_schema(),
                        {"const": CURRENT},
                        {"type": "null"},
                        {"const": False},
                    ],
                }
            else:
                properties[item.id] = {"description": item.question, "type": "boolean"}
        return _described(
            self.description,
            {"type": "object", "additionalProperties": False, "properties": properties},
        )


class Record(Shape):
    """An object with these fields (in the order the reader lists them), no others."""

    __slots__ = ("description", "fields", "one_of", "required", "title")

    def __init__(
        self,
        fields: Mapping[str, Shape],
        *,
        required: tuple[str, ...] = (),
        one_of: tuple[str, ...] = (),
        description: str = "",
        title: str = "",
    ) -> None:
        self.fields = fields
        self.required = required
        self.one_of = one_of
        self.description = description
        self.title = title

    def schema(self, rules: Rules) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "object", "additionalProperties": False}
        if self.required:
            schema["required"] = list(self.required)
        if self.one_of:
            schema["anyOf"] = [{"required": [name]} for name in self.one_of]
        schema["properties"] = {name: f.schema(rules) for name, f in self.fields.items()}
        return _described(self.description, schema)


class QualitativeAnswers(Record):
    """The qualitative helper's answers, each described by its question in the rules."""

    __slots__ = ()

    def schema(self, rules: Rules) -> dict[str, Any]:
        schema = super().schema(rules)
        for question in rules.qualitative.questions:
            schema["properties"][question.id]["description"] = question.question
        return schema


class Findings(Shape):
    """The findings list: each entry shaped as `counted` or, for a scar type measured by
    area, as `by_area`."""

    __slots__ = ("by_area", "counted", "description")

    def __init__(self, counted: Record, by_area: Record, *, description: str = "") -> None:
        self.counted = counted
        self.by_area = by_area
        self.description = description

    def schema(self, rules: Rules) -> dict[str, Any]:
        items = {"oneOf": [self.counted.schema(rules), self.by_area.schema(rules)]}
        return _described(self.description, {"type": "array", "items": items})


PATIENT = Record(
    fields={
        "name": Text(required_text=True, max_length=NAME_MAX),
        "date_of_birth": Date(description="YYYY-MM-DD; not after the consultation date or today."),
        "fitzpatrick": SkinType(
            description="Fitzpatrick skin type: 1 to 6, or I to VI. Wins over "
            "fitzpatrick_answers when both are given."
        ),
        "fitzpatrick_answers": QuestionnaireAnswers(),
        "language": Text(
            pattern=LANGUAGE.pattern, default="en", description="Handout language code."
        ),
        "contact": Text(description="Phone or e-mail, free text."),
    },
    required=("name", "date_of_birth"),
    one_of=("fitzpatrick", "fitzpatrick_answers"),
)
COUNT = Whole(0, COUNT_MAX)
AREA_COUNT = Whole(
    1,
    COUNT_MAX,
    description="Optional number of raised scars, for ECCA; without it the finding counts as "
    "one scar.",
)
COUNTED = Record(
    fields={"zone": RuleId("zones"), "type": RuleId("scar_types"), "count": COUNT},
    required=("zone", "type", "count"),
)
BY_AREA = Record(
    fields={
        "zone": RuleId("zones"),
        "type": RuleId("scar_types", by_area=True),
        "area_cm2": Area(description="Area of raised scars in this zone, cm²."),
        "older_than_2_years": Flag(default=True),
        "count": AREA_COUNT,
    },
    required=("zone", "type", "area_cm2"),
)
QUALITATIVE = QualitativeAnswers(
    fields=dict.fromkeys(QUALITATIVE_QUESTIONS, Flag(nullable=True)),
    description="The qualitative helper's yes/no questions (Goodman & Baron), each true, false "
    "or null. When they lead to a grade, that grade is the suggested one; a later question "
    "matters only when the earlier ones lead to it.",
)
GRADE = Whole(
    1,
    4,
    nullable=True,
    description="The practitioner's Goodman & Baron qualitative grade; without it the "
    "suggested grade is used. `consult handout` needs it.",
)
DOCUMENT = Record(
    title="consult assessment document, version 1",
    description="One consultation: patient facts, screening answers and scar findings. Read by "
    "`consult assess` and `consult handout`. The program checks more than this schema can say "
    "(real calendar dates, birth date not in the future, screening dates and plan_start "
    "against date, one finding per zone and scar type, text a database cannot keep) and names "
    "the field of any problem. A block item left unanswered makes the plan `incomplete` (no "
    "dates), and `consult handout` refuses such a document, or one without global_grade.",
    fields={
        "schema": Const(SCHEMA_ID),
        "date": Date(
            description="The consultation date, YYYY-MM-DD. Screening dates and age are judged "
            "on this day."
        ),
        "patient": PATIENT,
        "screening": Screening(
            description="Answers by item id. An item left out is listed as unanswered, never "
            "assumed present; a block item left out makes the plan incomplete (no dates). Some "
            "precautions also apply without a yes (derived): keloid tendency from a recorded "
            "hypertrophic_keloid finding, cold-sore history from an active cold sore, under 18 "
            "from the date of birth."
        ),
        "findings": Findings(COUNTED, BY_AREA, description="One entry per zone and scar type."),
        "global_grade": GRADE,
        "qualitative_answers": QUALITATIVE,
        "plan_start": Date(
            nullable=True,
            description="Start of the plan (the test patch when there is one, else the first "
            "session); not before date. Defaults to the consultation date + 14 days, moved to a "
            "working day.",
        ),
        "calendar_uid": Text(
            pattern=UUID_TEXT,
            nullable=True,
            description="The plan's calendar id, a UUID: the events of `consult handout --ics` "
            "carry ids made from it, so a calendar app updates them when the file is imported "
            "again. consult export writes the one kept with the plan; without it every handout "
            "run draws a new random one.",
        ),
    },
    required=("schema", "date", "patient"),
)


def json_schema(rules: Rules) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `consult.assessment/1` for these rules."""
    body = DOCUMENT.schema(rules)
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        "title": DOCUMENT.title,
    }
    return head | body


def json_schema_text(rules: Rules) -> str:
    """The schema as the shipped file holds it."""
    return json.dumps(json_schema(rules), indent=2, ensure_ascii=False) + "\n"
