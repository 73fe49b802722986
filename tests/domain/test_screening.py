"""Contraindication screening (DECISIONS.md 5; sources per item in screening.toml)."""

import datetime as dt

import pytest

from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.screening import screen

BLOCKS = [
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
    "active_sunburn",
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
    "mild_comedonal_acne",
    "recent_filler_threads_laser_peel_in_area",
    "recent_tan",
    "vitiligo",
    "lupus_or_photosensitivity",
    "connective_tissue_disease",
    "antiseptic_allergy",
    "expectations_concern",
]
ALL_NO = {item: False for item in BLOCKS + PRECAUTIONS}
CONSULTATION = dt.date(2026, 11, 24)


def run(rules, assessment):
    return screen(
        assessment.screening, assessment.patient, assessment.date, rules, assessment.findings
    )


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
    result = run(rules, make_assessment(flags={"active_acne": False}, blocks_answered=False))
    assert result.status == "clear"
    assert "pregnant_or_breastfeeding" in result.unanswered
    assert "isotretinoin_last_dose" in result.unanswered
    assert "under_18" not in result.unanswered  # the date of birth answers it


def test_still_taking_isotretinoin_is_a_precaution_with_its_own_text(rules, make_assessment):
    answers = ScreeningAnswers({**ALL_NO}, {}, frozenset({"isotretinoin_last_dose"}))
    assessment = make_assessment()._replace(screening=answers)
    result = run(rules, assessment)
    hit = result.items[0]
    assert (result.status, hit.id, hit.current) == ("precautions", "isotretinoin_last_dose", True)
    assert "Spring 2017" in hit.text and "now" in hit.text.lower()
    assert "isotretinoin_last_dose" not in result.unanswered
    past = run(rules, make_assessment(dates={"isotretinoin_last_dose": dt.date(2026, 10, 1)}))
    assert "fixed wait" in past.items[0].text and not past.items[0].current


@pytest.mark.parametrize("answer", [False, None])
def test_a_recorded_raised_scar_derives_the_keloid_precaution(rules, make_assessment, answer):
    flags = (
        {**ALL_NO, "keloid_tendency": answer}
        if answer is not None
        else {k: v for k, v in ALL_NO.items() if k != "keloid_tendency"}
    )
    raised = Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.0)
    result = run(rules, make_assessment([raised], flags=flags))
    hit = result.items[0]
    assert (hit.id, hit.level, hit.derived_from) == (
        "keloid_tendency",
        "precaution",
        raised.scar_type,
    )
    assert "raised" in hit.detail
    assert "keloid_tendency" not in result.unanswered


def test_an_active_cold_sore_derives_the_cold_sore_history(rules, make_assessment):
    result = run(rules, make_assessment(flags={**ALL_NO, "active_cold_sore": True}))
    assert result.status == "blocked"
    history = next(h for h in result.items if h.id == "herpes_history")
    assert (history.level, history.derived_from) == ("precaution", "active_cold_sore")


def test_under_18_is_marked_as_derived_from_the_date_of_birth(rules, make_assessment):
    result = run(rules, make_assessment(born=dt.date(2010, 1, 1), flags=ALL_NO))
    hit = result.items[0]
    assert (hit.id, hit.derived_from) == ("under_18", "patient.date_of_birth")
    assert hit.detail == "age 16 from the date of birth"


def test_answered_yes_is_not_marked_derived(rules, make_assessment):
    raised = Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.0)
    result = run(rules, make_assessment([raised], flags={**ALL_NO, "keloid_tendency": True}))
    assert result.items[0].derived_from == ""


def test_new_wording_of_acne_infection_and_metal_allergy(rules):
    assert "inflammatory acne in the treatment area" in rules.screening["active_acne"].text
    assert rules.screening["mild_comedonal_acne"].level == "precaution"
    infection = rules.screening["active_infection"].text
    assert all(word in infection for word in ("warts", "molluscum", "impetigo"))
    allergy = rules.screening["metal_or_anaesthetic_allergy"].text
    assert "gold" in allergy and "chromium" in allergy
