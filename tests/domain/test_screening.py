"""Contraindication screening (DECISIONS.md 5; sources per item in screening.toml)."""

import datetime as dt

import pytest

from consult.domain.screening import screen

BLOCKS = [
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
]
PRECAUTIONS = [
    "herpes_history",
    "oral_retinoid_last_12_months",
    "keloid_tendency",
    "anticoagulants",
    "bleeding_disorder",
    "immunosuppressed",
    "uncontrolled_diabetes",
    "eczema_psoriasis_rosacea_in_area",
    "metal_or_anaesthetic_allergy",
    "pih_history",
    "under_18",
]
ALL_NO = {item: False for item in BLOCKS + PRECAUTIONS}
CONSULTATION = dt.date(2026, 11, 24)


def run(rules, assessment):
    return screen(assessment.screening, assessment.patient, assessment.date, rules)


def test_the_public_ids_are_the_ones_in_the_rules(rules):
    assert set(rules.screening) == {*BLOCKS, *PRECAUTIONS, "isotretinoin_last_dose"}


def test_all_answered_no_is_clear(rules, make_assessment):
    result = run(rules, make_assessment(flags=ALL_NO, dates={"isotretinoin_last_dose": None}))
    assert (result.status, result.items, result.unanswered) == ("clear", (), ())


@pytest.mark.parametrize("item", BLOCKS)
def test_each_block_item_blocks_with_its_reason(rules, make_assessment, item):
    result = run(rules, make_assessment(flags={**ALL_NO, item: True}))
    assert result.status == "blocked"
    hit = result.items[0]
    assert (hit.id, hit.level) == (item, "block")
    assert hit.text and hit.source in rules.sources


@pytest.mark.parametrize("item", PRECAUTIONS)
def test_each_precaution_item_needs_acknowledging(rules, make_assessment, item):
    result = run(rules, make_assessment(flags={**ALL_NO, item: True}))
    assert result.status == "precautions"
    assert [(h.id, h.level) for h in result.items] == [(item, "precaution")]


def test_a_block_outranks_precautions_and_is_listed_first(rules, make_assessment):
    flags = {**ALL_NO, "herpes_history": True, "active_acne": True}
    result = run(rules, make_assessment(flags=flags))
    assert result.status == "blocked"
    assert [h.id for h in result.items] == ["active_acne", "herpes_history"]


@pytest.mark.parametrize(
    ("last_dose", "status"),
    [
        (dt.date(2026, 11, 1), "precautions"),  # 3 weeks ago
        (dt.date(2026, 5, 25), "precautions"),  # one day inside 6 months
        (dt.date(2026, 5, 24), "clear"),  # exactly 6 months ago
        (dt.date(2025, 1, 1), "clear"),
        (dt.date(2026, 12, 20), "precautions"),  # still taking it
        (None, "clear"),  # never taken
    ],
)
def test_isotretinoin_within_6_months_of_the_consultation(
    rules, make_assessment, last_dose, status
):
    assessment = make_assessment(flags=ALL_NO, dates={"isotretinoin_last_dose": last_dose})
    assert run(rules, assessment).status == status


def test_isotretinoin_window_counts_from_the_consultation_date_not_today(rules, make_assessment):
    assessment = make_assessment(
        date=dt.date(2020, 3, 1), dates={"isotretinoin_last_dose": dt.date(2020, 1, 1)}
    )
    assert run(rules, assessment).has("isotretinoin_last_dose")


def test_under_18_is_raised_by_the_date_of_birth(rules, make_assessment):
    minor = make_assessment(born=dt.date(2009, 11, 25), flags={"under_18": False})
    adult = make_assessment(born=dt.date(2008, 11, 24), flags={"under_18": False})
    assert run(rules, minor).has("under_18")
    assert not run(rules, adult).has("under_18")


def test_unanswered_items_are_listed_not_assumed_present(rules, make_assessment):
    result = run(rules, make_assessment(flags={"active_acne": False}))
    assert result.status == "clear"
    assert "pregnant_or_breastfeeding" in result.unanswered
    assert "isotretinoin_last_dose" in result.unanswered
    assert "under_18" not in result.unanswered  # the date of birth answers it
