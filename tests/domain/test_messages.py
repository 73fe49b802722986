"""Domain messages: a code and parameters, worded from templates; English by default."""

import copy
import datetime as dt
import re
from pathlib import Path

import pytest

import consult
from consult.domain.consultation import ChangedField, Override, PlanField, depth_field
from consult.domain.errors import DocumentError, PlanError
from consult.domain.messages import ENGLISH, Message, plain, word

USED = re.compile(r"""Message\(\s*["']([\w.]+)["']""")


def test_every_code_the_program_uses_has_an_english_template():
    root = Path(consult.__file__).parent
    used = {code for path in root.rglob("*.py") for code in USED.findall(path.read_text())}
    assert used, "no message codes found: the scan is broken"
    assert used <= set(ENGLISH), used - set(ENGLISH)


def test_a_message_is_its_english_wording_and_keeps_its_code_and_parameters():
    day = dt.date(2026, 12, 1)
    message = Message("plan.first_before", first=day)
    assert message == "the first session cannot be before 2026-12-01"
    assert (message.code, dict(message.params)) == ("plan.first_before", {"first": day})
    assert copy.deepcopy(message).params == message.params


def test_other_templates_word_the_same_parameters():
    message = Message("plan.date_count", given=3, count=4)
    german = {"plan.date_count": "{given} Termine für {count} Sitzungen"}
    assert word(message, german, plain) == "3 Termine für 4 Sitzungen"
    assert word(Message("plan.negative_sessions"), german, plain) == str(
        Message("plan.negative_sessions")
    )  # a code the translation lacks stays English


def test_errors_carry_the_message_and_read_as_before():
    with pytest.raises(PlanError) as raised:
        raise PlanError(Message("plan.interval_below_floor", floor=3))
    assert raised.value.message.code == "plan.interval_below_floor"
    assert str(raised.value) == "sessions must be at least 3 weeks apart"
    error = DocumentError("notes", Message("document.characters_at_most", limit=5))
    assert str(error) == "notes: must be at most 5 characters"
    assert DocumentError("x", "worded elsewhere").message.code == "text"


def test_overrides_are_typed_and_kept_as_the_same_texts():
    dates = (dt.date(2026, 12, 1), dt.date(2027, 1, 5))
    override = Override(ChangedField(PlanField.DATES), dates, dates[::-1], "why")
    assert override.texts == ("2026-12-01, 2027-01-05", "2027-01-05, 2026-12-01")
    assert Override.from_texts("dates", *override.texts, "why") == override
    depth = Override(depth_field("chin"), 1.0, 1.25, "")
    assert (depth.changed.key, depth.texts) == ("needle_depth_mm.chin", ("1 mm", "1.25 mm"))
    assert Override.from_texts("needle_depth_mm.chin", "1 mm", "1.25 mm", "") == depth
    assert Override.from_texts("sessions", "5", "7", "").final == 7
    with pytest.raises(ValueError):
        ChangedField.from_key("needle_depth_mm")
