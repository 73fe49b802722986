"""The assessment document `consult.assessment/1`: JSON in, an `Assessment` out.

Every problem is refused with a `DocumentError` naming the field path (`findings[2].count`)
and what is wrong, so the CLI can print one line and nothing is half-read.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from consult.domain.document_shape import (
    AREA_COUNT,
    BY_AREA,
    COUNT,
    COUNTED,
    CURRENT,
    DATE_TEXT,
    DOCUMENT,
    EARLIEST,
    GRADE,
    LATEST,
    NAME_MAX,
    PATIENT,
    QUALITATIVE,
    SCHEMA_ID,
    UUID_TEXT,
    Whole,
)
from consult.domain.errors import DocumentError
from consult.domain.fitzpatrick import score_questionnaire
from consult.domain.languages import LANGUAGE, right_to_left
from consult.domain.messages import Message
from consult.domain.model import (
    ROMAN,
    Assessment,
    Finding,
    Patient,
    ScreeningAnswers,
)
from consult.domain.rules import Rules
from consult.domain.text import quoted, unknown, unstorable

# Each field's shape (names, limits, patterns, choices) is declared in `document_shape`, and
# the published JSON Schema is made from it; this module adds what a schema cannot say.
TOP_FIELDS = tuple(DOCUMENT.fields)
PATIENT_FIELDS = tuple(PATIENT.fields)
COUNT_FIELDS = tuple(COUNTED.fields)
AREA_FIELDS = tuple(BY_AREA.fields)
QUALITATIVE_FIELDS = tuple(QUALITATIVE.fields)
UUID = re.compile(UUID_TEXT)


def _reject_constant(name: str) -> None:
    raise ValueError(Message("document.json_constant", name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(Message("document.json_key_twice", key=quoted(key)))
        result[key] = value
    return result


def parse_json(text: str) -> Any:
    """Parse JSON strictly (no NaN or Infinity), refusing bad text with a `DocumentError`."""
    try:
        # A byte-order mark, as some Windows editors write, is not content.
        return json.loads(
            text.removeprefix("\ufeff"),
            parse_constant=_reject_constant,
            object_pairs_hook=_unique_keys,
        )
    except RecursionError:
        raise DocumentError("document", Message("document.json_too_deep")) from None
    except json.JSONDecodeError as error:
        problem = Message(
            "document.json_syntax", problem=error.msg, line=error.lineno, column=error.colno
        )
        raise DocumentError("document", problem) from None
    except ValueError as error:
        # The hooks above say what they refuse as a message; any other is worded by Python.
        found = error.args[0] if error.args else None
        if not isinstance(found, Message):
            found = Message("document.json_invalid", problem=str(error))
        raise DocumentError("document", found) from None


def _object(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise DocumentError(path, Message("document.object"))
    return value


def _no_unknown(data: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
    for key in data:
        if key not in allowed:
            where = f"{path}.{key}" if path else key
            raise DocumentError(
                where, Message("document.unknown_field", allowed=", ".join(allowed))
            )


def _date(value: Any, path: str, not_after: dt.date | None = None) -> dt.date:
    if isinstance(value, str) and re.fullmatch(DATE_TEXT, value):
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if not_after is not None and day > not_after:
                raise DocumentError(path, Message("document.future"))
            if not EARLIEST <= day <= LATEST:
                raise DocumentError(
                    path, Message("document.between", earliest=EARLIEST, latest=LATEST)
                )
            return day
    raise DocumentError(path, Message("document.date_format"))


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise DocumentError(path, Message("document.non_empty_text"))
    if unstorable(value):
        raise DocumentError(path, unstorable(value))
    return value.strip()


def _whole(value: Any, path: str, shape: Whole) -> int:
    problem = Message("document.whole_at_least", minimum=shape.minimum)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DocumentError(path, problem)
    if (isinstance(value, float) and not value.is_integer()) or value < shape.minimum:
        raise DocumentError(path, problem)
    if value > shape.maximum:
        raise DocumentError(path, Message("document.at_most", maximum=shape.maximum))
    return int(value)


def _fitzpatrick(value: Any, path: str) -> int:
    if isinstance(value, str) and value.strip().upper() in ROMAN:
        return ROMAN.index(value.strip().upper()) + 1
    if not isinstance(value, bool) and isinstance(value, int) and 1 <= value <= 6:
        return value
    raise DocumentError(path, Message("document.skin_type_or_numeral"))


def _patient(value: Any, consultation: dt.date, today: dt.date, rules: Rules) -> Patient:
    data = _object(value, "patient")
    _no_unknown(data, PATIENT_FIELDS, "patient")
    for key in PATIENT.required:
        if key not in data:
            raise DocumentError(f"patient.{key}", Message("document.missing"))
    name = _text(data["name"], "patient.name")
    if len(name) > NAME_MAX:
        raise DocumentError("patient.name", Message("document.characters_at_most", limit=NAME_MAX))
    born = _date(data["date_of_birth"], "patient.date_of_birth", not_after=today)
    if born > consultation:
        raise DocumentError("patient.date_of_birth", Message("document.after_consultation"))
    questionnaire = None
    if data.get("fitzpatrick_answers") is not None:
        raw = data["fitzpatrick_answers"]
        if not isinstance(raw, list):
            raise DocumentError("patient.fitzpatrick_answers", Message("document.answer_list"))
        questionnaire = score_questionnaire(raw, rules.fitzpatrick, "patient.fitzpatrick_answers")
    if data.get("fitzpatrick") is not None:
        # The practitioner's stated type wins over the questionnaire's.
        skin_type = _fitzpatrick(data["fitzpatrick"], "patient.fitzpatrick")
    elif questionnaire is not None:
        skin_type = questionnaire.skin_type
    else:
        raise DocumentError("patient.fitzpatrick", Message("document.fitzpatrick_missing"))
    language = data.get("language", "en")
    if not isinstance(language, str) or not LANGUAGE.fullmatch(language):
        raise DocumentError("patient.language", Message("document.language_code"))
    if right_to_left(language):
        raise DocumentError("patient.language", Message("document.language_right_to_left"))
    contact = data.get("contact", "")
    if not isinstance(contact, str):
        raise DocumentError("patient.contact", Message("document.text"))
    if unstorable(contact):
        raise DocumentError("patient.contact", unstorable(contact))
    return Patient(
        name=name,
        date_of_birth=born,
        fitzpatrick=skin_type,
        language=language,
        contact=contact.strip(),
        fitzpatrick_answers=questionnaire.answers if questionnaire else None,
    )


def parse_screening(
    value: Any, rules: Rules, consultation: dt.date | None = None
) -> ScreeningAnswers:
    """The `screening` object: item id → true/false, or for date items a date, "current"
    (still taken), or null/false (never). A date after the `consultation` is refused: a
    last dose is in the past (a dose still taken is "current")."""
    data = _object(value, "screening")
    flags: dict[str, bool] = {}
    dates: dict[str, dt.date | None] = {}
    current: set[str] = set()
    for key, answer in data.items():
        path = f"screening.{key}"
        item = rules.screening.get(key)
        if item is None:
            raise DocumentError(path, Message("document.unknown_item"))
        if item.kind == "date" and answer == CURRENT:
            current.add(key)
        elif item.kind == "date":
            if answer is None or answer is False:  # never taken
                dates[key] = None
            elif isinstance(answer, str) and re.fullmatch(DATE_TEXT, answer):
                dates[key] = _date(answer, path)
                if consultation is not None and dates[key] > consultation:
                    raise DocumentError(
                        path, Message("document.after_consultation_or_current", current=CURRENT)
                    )
            else:
                raise DocumentError(
                    path, Message("document.date_current_or_never", current=CURRENT)
                )
        elif isinstance(answer, bool):
            flags[key] = answer
        else:
            raise DocumentError(path, Message("document.true_false"))
    return ScreeningAnswers(flags, dates, frozenset(current))


def _qualitative_answers(value: Any) -> dict[str, bool | None]:
    data = _object(value, "qualitative_answers")
    _no_unknown(data, QUALITATIVE_FIELDS, "qualitative_answers")
    for key, answer in data.items():
        if answer is not None and not isinstance(answer, bool):
            raise DocumentError(f"qualitative_answers.{key}", Message("document.true_false_null"))
    return dict(data)


def _finding(value: Any, path: str, rules: Rules) -> Finding:
    data = _object(value, path)
    for key in ("zone", "type"):
        if key not in data:
            raise DocumentError(f"{path}.{key}", Message("document.missing"))
    zone = data["zone"]
    if not isinstance(zone, str) or zone not in rules.zones:
        raise DocumentError(f"{path}.zone", unknown(Message("kind.zone"), zone, rules.zones))
    scar_id = data["type"]
    if not isinstance(scar_id, str) or scar_id not in rules.scar_types:
        problem = unknown(Message("kind.scar_type"), scar_id, rules.scar_types)
        raise DocumentError(f"{path}.type", problem)
    if not rules.scar_types[scar_id].by_area:
        _no_unknown(data, COUNT_FIELDS, path)
        if "count" not in data:
            raise DocumentError(f"{path}.count", Message("document.missing"))
        count = _whole(data["count"], f"{path}.count", COUNT)
        return Finding(zone, scar_id, count=count)
    _no_unknown(data, AREA_FIELDS, path)
    if "area_cm2" not in data:
        raise DocumentError(f"{path}.area_cm2", Message("document.area_missing", scar_type=scar_id))
    area = data["area_cm2"]
    if isinstance(area, bool) or not isinstance(area, int | float) or not math.isfinite(area):
        raise DocumentError(f"{path}.area_cm2", Message("document.area_above_0"))
    if area <= 0:
        raise DocumentError(f"{path}.area_cm2", Message("document.area_above_0"))
    older = data.get("older_than_2_years", True)
    if not isinstance(older, bool):
        raise DocumentError(f"{path}.older_than_2_years", Message("document.true_false"))
    count = _whole(data["count"], f"{path}.count", AREA_COUNT) if "count" in data else 0
    return Finding(zone, scar_id, count=count, area_cm2=float(area), older_than_2_years=older)


def parse_findings(value: Any, rules: Rules) -> tuple[Finding, ...]:
    """The `findings` list: one entry per zone and scar type."""
    if not isinstance(value, list):
        raise DocumentError("findings", Message("document.list"))
    findings: list[Finding] = []
    seen: dict[tuple[str, str], int] = {}
    for position, entry in enumerate(value):
        path = f"findings[{position}]"
        finding = _finding(entry, path, rules)
        key = (finding.zone, finding.scar_type)
        if key in seen:
            raise DocumentError(
                path,
                Message(
                    "document.duplicate_finding",
                    first=seen[key],
                    zone=finding.zone,
                    scar_type=finding.scar_type,
                ),
            )
        seen[key] = position
        findings.append(finding)
    return tuple(findings)


def parse_assessment(data: Any, rules: Rules, today: dt.date) -> Assessment:
    """Check a decoded document against `consult.assessment/1` and the rules' ids."""
    document = _object(data, "document")
    if "schema" not in document:
        raise DocumentError("schema", Message("document.schema_missing", schema=SCHEMA_ID))
    if document["schema"] != SCHEMA_ID:
        given = quoted(document["schema"])
        raise DocumentError(
            "schema", Message("document.schema_wrong", schema=SCHEMA_ID, given=given)
        )
    _no_unknown(document, TOP_FIELDS, "")
    if "date" not in document:
        raise DocumentError("date", Message("document.missing"))
    consultation = _date(document["date"], "date")
    if "patient" not in document:
        raise DocumentError("patient", Message("document.missing"))
    patient = _patient(document["patient"], consultation, today, rules)
    screening = parse_screening(document.get("screening", {}), rules, consultation)
    findings = parse_findings(document.get("findings", []), rules)
    grade = document.get("global_grade")
    grades = range(GRADE.minimum, GRADE.maximum + 1)
    if grade is not None and (isinstance(grade, bool) or grade not in grades):
        raise DocumentError(
            "global_grade",
            Message("document.whole_from_to", low=GRADE.minimum, high=GRADE.maximum),
        )
    answers = _qualitative_answers(document.get("qualitative_answers", {}))
    start = document.get("plan_start")
    plan_start = None
    if start is not None:
        plan_start = _date(start, "plan_start")
        if plan_start < consultation:
            raise DocumentError("plan_start", Message("document.before_consultation"))
    return Assessment(
        date=consultation,
        patient=patient,
        screening=screening,
        findings=findings,
        global_grade=None if grade is None else int(grade),
        plan_start=plan_start,
        calendar_uid=_calendar_uid(document.get("calendar_uid")),
        qualitative_answers=answers,
    )


def _calendar_uid(value: Any) -> str:
    """The plan's calendar id: a UUID, or "" when the document has none (or null)."""
    if value is None:
        return ""
    if isinstance(value, str) and UUID.fullmatch(value):
        # Imported here: most documents carry no id, and uuid (with platform) costs ~3 ms of
        # every `consult assess` at import.
        import uuid

        return str(uuid.UUID(value))
    raise DocumentError("calendar_uid", Message("document.uuid"))


def read_assessment(text: str, rules: Rules, today: dt.date) -> Assessment:
    """Parse the JSON text of an assessment document and check it."""
    return parse_assessment(parse_json(text), rules, today)


def finding_document(finding: Finding, rules: Rules) -> dict[str, Any]:
    """One `findings[]` entry, as `parse_findings` reads it."""
    entry: dict[str, Any] = {"zone": finding.zone, "type": finding.scar_type}
    if not rules.scar_types[finding.scar_type].by_area:
        entry["count"] = finding.count
        return entry
    entry["area_cm2"] = finding.area_cm2
    entry["older_than_2_years"] = finding.older_than_2_years
    if finding.count:
        entry["count"] = finding.count
    return entry


def screening_document(answers: ScreeningAnswers) -> dict[str, Any]:
    """The `screening` object, as `parse_screening` reads it."""
    document: dict[str, Any] = dict(answers.flags)
    for item, day in answers.dates.items():
        document[item] = day.isoformat() if day else None
    for item in answers.current:
        document[item] = CURRENT
    return document


def assessment_document(assessment: Assessment, rules: Rules) -> dict[str, Any]:
    """The `consult.assessment/1` document that `parse_assessment` reads back unchanged."""
    patient = assessment.patient
    patient_document: dict[str, Any] = {
        "name": patient.name,
        "date_of_birth": patient.date_of_birth.isoformat(),
        "fitzpatrick": patient.fitzpatrick,
        "language": patient.language,
    }
    if patient.contact:
        patient_document["contact"] = patient.contact
    if patient.fitzpatrick_answers is not None:
        patient_document["fitzpatrick_answers"] = list(patient.fitzpatrick_answers.answers)
    document: dict[str, Any] = {
        "schema": SCHEMA_ID,
        "date": assessment.date.isoformat(),
        "patient": patient_document,
        "screening": screening_document(assessment.screening),
        "findings": [finding_document(f, rules) for f in assessment.findings],
    }
    if assessment.global_grade is not None:
        document["global_grade"] = assessment.global_grade
    if assessment.qualitative_answers:
        document["qualitative_answers"] = dict(assessment.qualitative_answers)
    if assessment.plan_start is not None:
        document["plan_start"] = assessment.plan_start.isoformat()
    if assessment.calendar_uid:
        document["calendar_uid"] = assessment.calendar_uid
    return document
