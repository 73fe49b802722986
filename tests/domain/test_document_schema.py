"""The published JSON Schema is made from the document's one declaration, and the schema, the
example and the program agree on what a document may hold."""

import copy
import datetime as dt
import json

import jsonschema
import pytest

from consult.config import resource_path
from consult.domain.document import SCHEMA_ID, parse_assessment
from consult.domain.document_shape import COUNT_MAX, NAME_MAX, json_schema, json_schema_text
from consult.domain.errors import DocumentError

SCHEMA_FILE = resource_path("schema", "consult.assessment-1.schema.json")
SCHEMA = json.loads(SCHEMA_FILE.read_text("utf-8"))
EXAMPLE = json.loads(resource_path("examples", "assessment.json").read_text("utf-8"))
TODAY = dt.date.fromisoformat(EXAMPLE["date"])
UUID = "0b5c2a9e-6f1d-4c3a-9e27-4d1f8e2a6c3b"
ANSWERS = [2, 1, 2, 1, 2, 2, 1, 2, 1, 2]
DELETE = object()


def test_the_shipped_schema_is_the_generated_one(rules):
    assert SCHEMA_FILE.read_text("utf-8") == json_schema_text(rules), (
        "run `python packaging/write_schema.py` and commit the schema"
    )
    jsonschema.Draft202012Validator.check_schema(json_schema(rules))


def test_the_example_is_valid_for_the_schema_and_the_program(rules):
    jsonschema.validate(EXAMPLE, SCHEMA)
    assessment = parse_assessment(EXAMPLE, rules, today=TODAY)
    assert len(assessment.findings) == 6


def test_the_schema_lists_exactly_the_rules_ids(rules):
    properties = SCHEMA["properties"]
    assert properties["schema"]["const"] == SCHEMA_ID
    counted, area = properties["findings"]["items"]["oneOf"]
    assert counted["properties"]["zone"]["enum"] == list(rules.zones)
    assert area["properties"]["zone"]["enum"] == list(rules.zones)
    by_count = counted["properties"]["type"]["enum"]
    by_area = area["properties"]["type"]["enum"]
    assert by_area == ["hypertrophic_keloid"]
    assert set(by_count) | set(by_area) == set(rules.scar_types)
    assert not set(by_count) & set(by_area)
    assert list(properties["screening"]["properties"]) == list(rules.screening)
    assert list(properties["qualitative_answers"]["properties"]) == [
        q.id for q in rules.qualitative.questions
    ]
    answers = properties["patient"]["properties"]["fitzpatrick_answers"]
    assert answers["minItems"] == answers["maxItems"] == len(rules.fitzpatrick.items)


def _changed(changes):
    """The example with `changes` (a path → a value, or DELETE) made."""
    document = copy.deepcopy(EXAMPLE)
    for path, value in changes.items():
        *parents, last = path
        target = document
        for key in parents:
            target = target[key]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return document


def _program_accepts(document, rules):
    try:
        parse_assessment(document, rules, today=TODAY)
    except DocumentError:
        return False
    return True


def _schema_accepts(document):
    return jsonschema.Draft202012Validator(SCHEMA).is_valid(document)


KERATIN = ("findings", 5)  # the example's raised scar, measured by area
GOOD = {
    "the example": {},
    "skin type as a number": {("patient", "fitzpatrick"): 4},
    "skin type in lower case": {("patient", "fitzpatrick"): "vi"},
    "questionnaire instead of a type": {
        ("patient", "fitzpatrick"): DELETE,
        ("patient", "fitzpatrick_answers"): ANSWERS,
    },
    "a language with a region": {("patient", "language"): "pt-BR"},
    "a contact": {("patient", "contact"): "+44 20 7946 0000"},
    "no screening": {("screening",): DELETE},
    "screening left empty": {("screening",): {}},
    "isotretinoin still taken": {("screening", "isotretinoin_last_dose"): "current"},
    "isotretinoin never (null)": {("screening", "isotretinoin_last_dose"): None},
    "isotretinoin never (false)": {("screening", "isotretinoin_last_dose"): False},
    "no findings": {("findings",): []},
    "a count of 0": {("findings", 0, "count"): 0},
    "the highest count": {("findings", 0, "count"): COUNT_MAX},
    "a whole count written 3.0": {("findings", 0, "count"): 3.0},
    "a raised scar with its count": {(*KERATIN, "count"): 2},
    "a raised scar without its age": {(*KERATIN, "older_than_2_years"): DELETE},
    "a grade of null": {("global_grade",): None},
    "no grade": {("global_grade",): DELETE},
    "the highest grade": {("global_grade",): 4},
    "qualitative answers": {("qualitative_answers",): {"contour": True, "flattens": None}},
    "a plan start of null": {("plan_start",): None},
    "a calendar id": {("calendar_uid",): UUID},
    "a calendar id of null": {("calendar_uid",): None},
    "the longest name": {("patient", "name"): "N" * NAME_MAX},
}
BAD = {
    "another schema": {("schema",): "consult.assessment/2"},
    "no schema": {("schema",): DELETE},
    "an unknown field": {("notes",): "x"},
    "no date": {("date",): DELETE},
    "a date written another way": {("date",): "24/11/2026"},
    "a date before 1900": {("date",): "1899-12-31"},
    "a date as a number": {("date",): 20261124},
    "no patient": {("patient",): DELETE},
    "a patient that is a list": {("patient",): []},
    "an empty name": {("patient", "name"): ""},
    "a blank name": {("patient", "name"): "   "},
    "a name too long": {("patient", "name"): "N" * (NAME_MAX + 1)},
    "no date of birth": {("patient", "date_of_birth"): DELETE},
    "skin type 7": {("patient", "fitzpatrick"): 7},
    "skin type VII": {("patient", "fitzpatrick"): "VII"},
    "skin type true": {("patient", "fitzpatrick"): True},
    "no skin type at all": {("patient", "fitzpatrick"): DELETE},
    "nine questionnaire answers": {("patient", "fitzpatrick_answers"): ANSWERS[:9]},
    "a questionnaire answer of 5": {("patient", "fitzpatrick_answers"): [5, *ANSWERS[1:]]},
    "a language name": {("patient", "language"): "english"},
    "a contact that is a number": {("patient", "contact"): 5},
    "an unknown patient field": {("patient", "age"): 32},
    "an unknown screening item": {("screening", "smoker"): True},
    "a screening answer in words": {("screening", "active_acne"): "yes"},
    "a screening answer of null": {("screening", "active_acne"): None},
    "isotretinoin soon": {("screening", "isotretinoin_last_dose"): "soon"},
    "isotretinoin 0": {("screening", "isotretinoin_last_dose"): 0},
    "isotretinoin true": {("screening", "isotretinoin_last_dose"): True},
    "screening that is a list": {("screening",): []},
    "findings that are an object": {("findings",): {}},
    "an unknown zone": {("findings", 0, "zone"): "ear"},
    "an unknown scar type": {("findings", 0, "type"): "burn"},
    "a negative count": {("findings", 0, "count"): -1},
    "a count of 2.5": {("findings", 0, "count"): 2.5},
    "a count too high": {("findings", 0, "count"): COUNT_MAX + 1},
    "a count of true": {("findings", 0, "count"): True},
    "a count in words": {("findings", 0, "count"): "3"},
    "no count": {("findings", 0, "count"): DELETE},
    "no zone": {("findings", 0, "zone"): DELETE},
    "an area on a scar counted": {("findings", 0, "area_cm2"): 1.0},
    "no area for a raised scar": {(*KERATIN, "area_cm2"): DELETE},
    "an area of 0": {(*KERATIN, "area_cm2"): 0},
    "an area in words": {(*KERATIN, "area_cm2"): "1.5"},
    "a raised scar count of 0": {(*KERATIN, "count"): 0},
    "a raised scar's age in words": {(*KERATIN, "older_than_2_years"): "yes"},
    "a grade of 5": {("global_grade",): 5},
    "a grade of 0": {("global_grade",): 0},
    "a grade of 2.5": {("global_grade",): 2.5},
    "a grade of true": {("global_grade",): True},
    "an unknown qualitative question": {("qualitative_answers",): {"depth": True}},
    "a qualitative answer in words": {("qualitative_answers",): {"contour": "yes"}},
    "a plan start in words": {("plan_start",): "soon"},
    "a calendar id that is no UUID": {("calendar_uid",): "not-a-uuid"},
    "a calendar id that is a number": {("calendar_uid",): 5},
}
# What no JSON Schema can say: the schema takes these, the program refuses them.
ONLY_THE_PROGRAM_REFUSES = {
    "a day that does not exist": {("date",): "2026-02-30"},
    "born after the consultation": {("patient", "date_of_birth"): "2026-11-25"},
    "a last dose after the consultation": {("screening", "isotretinoin_last_dose"): "2026-11-25"},
    "a plan starting before the consultation": {("plan_start",): "2026-11-23"},
    "the same zone and scar type twice": {("findings", 1, "type"): "rolling_moderate"},
    "a NUL character in the name": {("patient", "name"): "Sample\x00Patient"},
}


@pytest.mark.parametrize("changes", GOOD.values(), ids=GOOD.keys())
def test_the_schema_and_the_program_accept_the_same_documents(changes, rules):
    document = _changed(changes)
    assert _schema_accepts(document)
    assert _program_accepts(document, rules)


@pytest.mark.parametrize("changes", BAD.values(), ids=BAD.keys())
def test_the_schema_and_the_program_refuse_the_same_documents(changes, rules):
    document = _changed(changes)
    assert not _schema_accepts(document)
    assert not _program_accepts(document, rules)


@pytest.mark.parametrize(
    "changes", ONLY_THE_PROGRAM_REFUSES.values(), ids=ONLY_THE_PROGRAM_REFUSES.keys()
)
def test_what_the_schema_cannot_say_the_program_checks(changes, rules):
    document = _changed(changes)
    assert _schema_accepts(document)
    assert not _program_accepts(document, rules)
