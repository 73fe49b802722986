"""ECCA (source: dreno_2007_ecca, FACTS 2.3 and the worked cases of FACTS 10.2)."""

import pytest

from consult.domain.model import Finding
from consult.domain.scores import ecca

SOURCE = "dreno_2007_ecca"

CASES = [
    ("nothing", [], 0),
    ("E1 V 3 -> factor 1", [("cheek_left", "icepick", 3)], 15),
    ("E2 U 10 -> factor 2", [("cheek_left", "boxcar_shallow", 10)], 40),
    ("E3 M 25 -> factor 3", [("cheek_left", "rolling_moderate", 25)], 75),
    (
        "E4 E1 + E2 + E3",
        [
            ("cheek_left", "icepick", 3),
            ("cheek_left", "boxcar_shallow", 10),
            ("cheek_left", "rolling_moderate", 25),
        ],
        130,
    ),
    ("V 4: factor 1 edge", [("cheek_left", "icepick", 4)], 15),
    ("E5 V 5: 5 is in the 5-20 band", [("cheek_left", "icepick", 5)], 30),
    ("V 20: factor 2 edge", [("cheek_left", "icepick", 20)], 30),
    ("V 21: factor 3 edge", [("cheek_left", "icepick", 21)], 45),
    (
        "pooled over zones: V 2 + 3 = 5 -> factor 2",
        [("cheek_left", "icepick", 2), ("cheek_right", "icepick", 3)],
        30,
    ),
    (
        "pooled per item: boxcar shallow 2 + deep 3 = U 5",
        [("cheek_left", "boxcar_shallow", 2), ("cheek_left", "boxcar_deep", 3)],
        40,
    ),
    ("elastolysis 1", [("forehead", "elastolysis", 1)], 10),
    ("macular marks are not an ECCA item", [("cheek_left", "macular_pigmented", 30)], 0),
    (
        "raised scar 2 years or more: 60 (one scar per zone without a count)",
        [Finding("jaw_left", "hypertrophic_keloid", area_cm2=2, older_than_2_years=True)],
        60,
    ),
    (
        "raised scar under 2 years: 50",
        [Finding("jaw_left", "hypertrophic_keloid", area_cm2=2, older_than_2_years=False)],
        50,
    ),
    (
        "raised scar with its own count 6 -> factor 2",
        [Finding("jaw_left", "hypertrophic_keloid", count=6, area_cm2=2)],
        120,
    ),
]

ALL_ITEMS_OVER_20 = [
    Finding("cheek_left", "icepick", 21),
    Finding("cheek_left", "boxcar_deep", 21),
    Finding("cheek_left", "rolling_mild", 21),
    Finding("forehead", "elastolysis", 21),
    Finding("jaw_left", "hypertrophic_keloid", count=21, area_cm2=30, older_than_2_years=False),
    Finding("jaw_right", "hypertrophic_keloid", count=21, area_cm2=30, older_than_2_years=True),
]


@pytest.mark.parametrize(("case", "entries", "expected"), CASES, ids=[c[0] for c in CASES])
def test_ecca_cases(rules, case, entries, expected):
    assert rules.ecca.source == SOURCE
    findings = [e if isinstance(e, Finding) else Finding(*e) for e in entries]
    assert ecca(findings, rules).total == expected


def test_e6_all_six_items_over_20_give_the_maximum_540(rules):
    score = ecca(ALL_ITEMS_OVER_20, rules)
    assert score.total == 540 == score.maximum
