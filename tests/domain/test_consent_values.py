"""Consent values: signatures as normalised strokes or a typed name, the checks before
signing, which consent blocks sessions, the photo uses granted, and the reflection time."""

import datetime as dt

import pytest

from consult.domain.consent import (
    ConsentAnswers,
    ConsentKind,
    ConsentRecord,
    ConsentStatus,
    Party,
    Signature,
    blocking_consent,
    granted_photo_uses,
    is_minor,
    reflection_short,
)
from consult.domain.errors import DocumentError

DAY = dt.date(2026, 12, 1)
DRAWN = Signature.drawn([[(0.1, 0.2, 0.3), (1.4, -0.2, 2.0)], []])


def answers(kind=ConsentKind.TREATMENT, uses=frozenset(), **changes):
    values = dict(
        kind=kind,
        form_version="2026.12.5",
        language="en",
        signed_on=DAY,
        statements=("one", "two"),
        ticked=(True, True),
        patient=Party("Ana", DRAWN),
        practitioner=Party("Dr B", Signature(typed_name="Dr B")),
        photo_uses=frozenset(uses),
    )
    return ConsentAnswers(**{**values, **changes})


def record(number, status=ConsentStatus.SIGNED, kind=ConsentKind.TREATMENT, uses=()):
    return ConsentRecord(
        id=number,
        patient_id=1,
        consultation_id=None,
        answers=answers(kind, frozenset(uses)),
        sha256="0" * 64,
        signed_at=dt.datetime(2026, 12, number),
        status=status,
    )


def test_points_are_kept_within_the_pad_and_empty_strokes_dropped():
    assert DRAWN.strokes == (((0.1, 0.2, 0.3), (1.0, 0.0, 1.0)),)
    assert Signature.from_json(DRAWN.to_json()) == DRAWN
    typed = Signature(typed_name="Ana Silva")
    assert typed.typed and not DRAWN.typed
    assert Signature.from_json(typed.to_json()) == typed
    assert Signature().empty and Signature(typed_name="  ").empty


def test_answers_are_checked_before_signing():
    answers().check(dt.date(1990, 1, 1))
    assert answers().typed  # the practitioner typed a name
    with pytest.raises(DocumentError) as refused:
        answers(ticked=(True, False)).check(dt.date(1990, 1, 1))
    assert refused.value.path == "statements[1]"
    with pytest.raises(DocumentError) as refused:
        answers().check(dt.date(2010, 12, 2))  # 15 on the signing day
    assert refused.value.path == "guardian"
    guardian = Party("Rosa", DRAWN, "Mother")
    answers(guardian=guardian).check(dt.date(2010, 12, 2))
    with pytest.raises(DocumentError, match="unknown photo use"):
        answers(uses={"selling"}).check(dt.date(1990, 1, 1))
    with pytest.raises(DocumentError) as refused:
        answers(patient=Party("Ana", Signature())).check(dt.date(1990, 1, 1))
    assert refused.value.path == "patient.signature"


def test_eighteen_on_the_day_is_an_adult():
    assert is_minor(dt.date(2008, 12, 2), DAY)
    assert not is_minor(dt.date(2008, 12, 1), DAY)


def test_only_a_withdrawn_or_voided_newest_treatment_consent_blocks():
    assert blocking_consent([]) is None  # records from before: not blocked
    withdrawn = record(1, ConsentStatus.WITHDRAWN)
    assert blocking_consent([withdrawn]) == withdrawn
    assert blocking_consent([withdrawn, record(2)]) is None  # signed again since
    voided = record(3, ConsentStatus.VOIDED)
    assert blocking_consent([record(2), voided]) == voided
    photo = record(4, ConsentStatus.WITHDRAWN, ConsentKind.PHOTO_USE)
    assert blocking_consent([record(2), photo]) is None


def test_photo_uses_come_from_the_newest_valid_photo_consent():
    older = record(1, kind=ConsentKind.PHOTO_USE, uses=("clinical_record", "marketing"))
    newer = record(2, kind=ConsentKind.PHOTO_USE, uses=("clinical_record",))
    assert granted_photo_uses([older, newer]) == {"clinical_record"}
    gone = record(3, ConsentStatus.WITHDRAWN, ConsentKind.PHOTO_USE, ("teaching",))
    assert granted_photo_uses([older, newer, gone]) == {"clinical_record"}
    assert granted_photo_uses([record(4)]) == frozenset()


def test_reflection_is_short_below_the_days():
    assert reflection_short(DAY, DAY + dt.timedelta(days=6), 7)
    assert not reflection_short(DAY, DAY + dt.timedelta(days=7), 7)
    assert not reflection_short(DAY, None, 7)


def test_the_rules_hold_seven_days_as_a_team_decision(rules):
    consent = rules.course.consent
    assert consent.reflection_days == 7
    assert rules.sources[consent.source].evidence == "D"
