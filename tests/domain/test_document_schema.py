"""The published JSON Schema and the example agree with what the program accepts."""

import copy
import datetime as dt
import json

import jsonschema
import pytest

from consult.config import resource_path
from consult.domain.document import SCHEMA_ID, parse_assessment

SCHEMA = json.loads(resource_path("schema", "consult.assessment-1.schema.json").read_text("utf-8"))
EXAMPLE = json.loads(resource_path("examples", "assessment.json").read_text("utf-8"))


def test_the_example_is_valid_for_the_schema_and_the_program(rules):
    jsonschema.validate(EXAMPLE, SCHEMA)
    assessment = parse_assessment(EXAMPLE, rules, today=dt.date.fromisoformat(EXAMPLE["date"]))
    assert len(assessment.findings) == 6


def test_the_schema_lists_exactly_the_rules_ids(rules):
    properties = SCHEMA["properties"]
    assert properties["schema"]["const"] == SCHEMA_ID
    counted, area = properties["findings"]["items"]["oneOf"]
    assert counted["properties"]["zone"]["enum"] == list(rules.zones)
    assert set(counted["properties"]["type"]["enum"]) | {
        area["properties"]["type"]["const"]
    } == set(rules.scar_types)
    assert set(properties["screening"]["properties"]) == set(rules.screening)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (["findings", 0, "count"], -1),
        (["findings", 0, "zone"], "ear"),
        (["patient", "fitzpatrick"], 7),
        (["schema"], "consult.assessment/2"),
        (["findings", 5, "area_cm2"], 0),
    ],
)
def test_the_schema_refuses_what_the_program_refuses(path, value):
    document = copy.deepcopy(EXAMPLE)
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)
