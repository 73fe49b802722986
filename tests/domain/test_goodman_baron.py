"""Goodman & Baron quantitative score (source: goodman_baron_2006_quantitative, FACTS 2.2 and
the worked cases of FACTS 10.1; band edges per DECISIONS.md 2)."""

import pytest

from consult.domain.model import Finding
from consult.domain.scores import goodman_baron_quantitative

SOURCE = "goodman_baron_2006_quantitative"

# (case, findings as (zone, type, count) or Finding, expected total)
CASES = [
    ("Q1 nothing", [], 0),
    ("Q2 A-a macular 8", [("cheek_left", "macular_erythematous", 8)], 1),
    ("Q3 A-b 10: band 1 edge", [("cheek_left", "rolling_mild", 10)], 1),
    ("Q4 A-b 11: band 2 edge", [("cheek_left", "rolling_mild", 11)], 2),
    ("Q5 A-b 20: band 2 edge", [("cheek_left", "rolling_mild", 20)], 2),
    ("Q6 A-b 21: band 3 edge", [("cheek_left", "rolling_mild", 21)], 3),
    ("Q7 C-b icepick 25", [("cheek_left", "icepick", 25)], 9),
    (
        "Q8 rows summed independently",
        [
            ("cheek_left", "rolling_moderate", 12),
            ("cheek_left", "boxcar_shallow", 5),
            ("cheek_left", "atrophic_broad_deep", 22),
        ],
        15,
    ),
    (
        "Q9 papular 11 + keloid 6 cm2",
        [("chin", "papular", 11), Finding("jaw_left", "hypertrophic_keloid", area_cm2=6)],
        16,
    ),
    ("Q10 keloid exactly 5 cm2", [Finding("jaw_left", "hypertrophic_keloid", area_cm2=5)], 12),
    (
        "Q12 A-a 3 and A-b 3: two rows, not pooled",
        [("cheek_left", "macular_pigmented", 3), ("cheek_left", "rolling_mild", 3)],
        2,
    ),
    ("keloid 4.9 cm2: under 5", [Finding("jaw_left", "hypertrophic_keloid", area_cm2=4.9)], 6),
    ("keloid 20 cm2: 5-20 includes 20", [Finding("chin", "hypertrophic_keloid", area_cm2=20)], 12),
    ("keloid 20.5 cm2: over 20", [Finding("chin", "hypertrophic_keloid", area_cm2=20.5)], 18),
    (
        "keloid area summed over zones: 3 + 3 = 6 cm2",
        [
            Finding("jaw_left", "hypertrophic_keloid", area_cm2=3),
            Finding("jaw_right", "hypertrophic_keloid", area_cm2=3),
        ],
        12,
    ),
    (
        "pooled across zones: icepick 6 + 5 = 11 -> band 2",
        [("cheek_left", "icepick", 6), ("cheek_right", "icepick", 5)],
        6,
    ),
    (
        "pooled across types sharing row A-a: 6 red + 5 brown = 11 -> band 2",
        [("cheek_left", "macular_erythematous", 6), ("cheek_left", "macular_pigmented", 5)],
        2,
    ),
    ("count 0 scores nothing", [("cheek_left", "icepick", 0)], 0),
    ("elastolysis has no G&B row", [("forehead", "elastolysis", 30)], 0),
]

ALL_ROWS_OVER_20 = [
    ("cheek_left", "macular_erythematous", 21),
    ("cheek_left", "rolling_mild", 21),
    ("cheek_left", "rolling_moderate", 21),
    ("cheek_left", "boxcar_shallow", 21),
    ("cheek_left", "atrophic_broad_shallow", 21),
    ("cheek_left", "boxcar_deep", 21),
    ("cheek_left", "icepick", 21),
    ("cheek_left", "linear_trough", 21),
    ("cheek_left", "atrophic_broad_deep", 21),
    ("chin", "papular", 21),
    Finding("jaw_left", "hypertrophic_keloid", area_cm2=21),
]


def _findings(entries):
    return [e if isinstance(e, Finding) else Finding(*e) for e in entries]


@pytest.mark.parametrize(("case", "entries", "expected"), CASES, ids=[c[0] for c in CASES])
def test_goodman_baron_quantitative_cases(rules, case, entries, expected):
    assert rules.goodman_baron.source == SOURCE
    assert goodman_baron_quantitative(_findings(entries), rules).total == expected


def test_q11_every_row_at_its_top_band_gives_the_maximum_84(rules):
    score = goodman_baron_quantitative(_findings(ALL_ROWS_OVER_20), rules)
    assert score.total == 84 == score.maximum


def test_rows_report_what_was_pooled(rules):
    score = goodman_baron_quantitative(
        _findings([("cheek_left", "icepick", 6), ("cheek_right", "icepick", 5)]), rules
    )
    row = next(line for line in score.lines if line.id == "C-b")
    assert (row.amount, row.points) == (11, 6)
