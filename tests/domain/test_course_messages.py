"""The course's refusals leave the domain as coded messages with their parameters; their
English reads exactly as the records always kept it."""

import datetime as dt

import pytest

from consult.cli import _worded
from consult.domain.errors import DocumentError
from consult.domain.messages import ENGLISH
from consult.domain.treatment import (
    TEST_PATCH,
    AdverseEventDetails,
    Lot,
    RevisionDetails,
    SessionDraft,
    check_addendum,
)

DAY = dt.date(2026, 12, 1)


def _refusal(check) -> DocumentError:
    with pytest.raises(DocumentError) as refused:
        check()
    return refused.value


def _answered(rules, **changes):
    values = {"date": DAY, "check": dict.fromkeys(rules.course.checks, False), **changes}
    return SessionDraft(**values)


def test_an_expired_lot_carries_its_dates_and_reads_as_before(rules):
    draft = _answered(rules, lots={"cartridge": Lot("CART-1", dt.date(2026, 11, 30))})

    error = _refusal(lambda: draft.validate(rules, None))

    assert error.path == "lots.cartridge.expiry"
    assert error.message.code == "course.expired"
    assert dict(error.message.params) == {
        "lot": "CART-1",
        "expiry": dt.date(2026, 11, 30),
        "date": DAY,
    }
    assert error.problem == (
        "lot CART-1 expired on 2026-11-30, before the session on 2026-12-01: use another lot"
    )
    assert _worded(error) == f"lots.cartridge.expiry: {error.problem}"


@pytest.mark.parametrize(
    ("make", "code", "text"),
    [
        (
            lambda rules: SessionDraft(date=DAY).validate(rules, None),
            "course.unanswered",
            "not answered: every pre-session question needs a yes or a no",
        ),
        (
            lambda rules: _answered(rules, device="laser").validate(rules, None),
            "course.unknown",
            "unknown device 'laser'",
        ),
        (
            lambda rules: _answered(rules, notes="x" * 20_001).validate(rules, None),
            "course.text_long",
            "must be at most 20,000 characters",
        ),
        (
            lambda rules: _answered(rules, device_model="x" * 201).validate(rules, None),
            "course.text_long",
            "must be at most 200 characters",
        ),
        (
            lambda rules: _answered(rules, kind=TEST_PATCH, number=1).validate(rules, None),
            "course.number_for_patch",
            "a test patch fulfils no planned session",
        ),
        (
            lambda rules: _answered(rules, date=DAY + dt.timedelta(days=1)).validate(rules, DAY),
            "course.future",
            "cannot be recorded before it happens",
        ),
        (
            lambda rules: AdverseEventDetails(
                "milia", DAY, "mild", resolved_on=DAY - dt.timedelta(days=1)
            ).validate(rules, None),
            "course.resolved_before",
            "cannot be before the onset",
        ),
        (
            lambda rules: check_addendum(" ", ""),
            "course.addendum_empty",
            "an addendum needs its text",
        ),
        (
            lambda rules: RevisionDetails(DAY, 1, 3, 4, (DAY, DAY), {}, "why").validate(
                rules, 0, None
            ),
            "course.dates_count",
            "2 dates were given for 3 remaining sessions",
        ),
    ],
)
def test_each_refusal_is_a_code_with_its_english_text(rules, make, code, text):
    error = _refusal(lambda: make(rules))
    assert error.message.code == code and code in ENGLISH
    assert error.problem == text


def test_a_depth_refusal_words_the_depth_message_inside_it(rules):
    zone = next(iter(rules.zones.values()))
    deep = zone.depth_high_mm + 0.25
    draft = _answered(rules, depths_mm={zone.id: deep})

    error = _refusal(lambda: draft.validate(rules, None))

    assert error.message.code in ("course.depth_reason", "course.depth_refused")
    inner = error.message.params["message"]
    assert inner.code.startswith("depth.")
    assert str(inner) in error.problem
