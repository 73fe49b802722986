"""Goodman & Baron qualitative grade: the three-question helper (FACTS 2.1 and the cases of
FACTS 10.3, source goodman_baron_2006_qualitative) and the suggestion from scar types
(DECISIONS.md 1 and 2)."""

import pytest

from consult.domain.model import Finding
from consult.domain.scores import (
    grade_from_answers,
    grade_from_questions,
    questions_needed,
    suggested_grade,
)

QUESTION_CASES = [
    ("G1 flat marks only, no contour change", dict(contour_change=False), 1),
    (
        "G2 contour change, not obvious at 50 cm, covered by make-up",
        dict(contour_change=True, visible_at_50cm_and_not_coverable=False),
        2,
    ),
    (
        "G3 obvious at 50 cm, not coverable, flattens on stretching",
        dict(
            contour_change=True,
            visible_at_50cm_and_not_coverable=True,
            flattens_when_stretched=True,
        ),
        3,
    ),
    (
        "G4 obvious at 50 cm, not coverable, does not flatten",
        dict(
            contour_change=True,
            visible_at_50cm_and_not_coverable=True,
            flattens_when_stretched=False,
        ),
        4,
    ),
    (
        "G5 man, mild atrophy hidden by beard shadow",
        dict(contour_change=True, visible_at_50cm_and_not_coverable=False),
        2,
    ),
    (
        "no contour change ends the questions whatever else is ticked",
        dict(
            contour_change=False,
            visible_at_50cm_and_not_coverable=True,
            flattens_when_stretched=False,
        ),
        1,
    ),
]


@pytest.mark.parametrize(
    ("case", "answers", "expected"), QUESTION_CASES, ids=[c[0] for c in QUESTION_CASES]
)
def test_three_question_helper(case, answers, expected):
    assert grade_from_questions(**answers) == expected


SUGGESTION_CASES = [
    ("nothing recorded", [], None),
    ("flat marks only", [("cheek_left", "macular_erythematous", 5)], 1),
    ("mild rolling", [("cheek_left", "rolling_mild", 5), ("nose", "macular_pigmented", 2)], 2),
    ("shallow boxcar", [("cheek_left", "boxcar_shallow", 1), ("chin", "papular", 4)], 3),
    ("one icepick makes it 4", [("cheek_left", "rolling_mild", 30), ("chin", "icepick", 1)], 4),
    ("a zero count does not count", [("cheek_left", "icepick", 0), ("chin", "papular", 3)], 2),
]


@pytest.mark.parametrize(
    ("case", "entries", "expected"), SUGGESTION_CASES, ids=[c[0] for c in SUGGESTION_CASES]
)
def test_suggested_grade_is_the_highest_typical_grade_present(rules, case, entries, expected):
    assert suggested_grade([Finding(*e) for e in entries], rules) == expected


def test_raised_scar_suggests_grade_4(rules):
    finding = Finding("jaw_left", "hypertrophic_keloid", area_cm2=1.5)
    assert suggested_grade([finding], rules) == 4


ANSWER_CASES = [
    ({}, None, ("contour",)),
    ({"contour": False}, 1, ("contour",)),
    ({"contour": True}, None, ("contour", "obvious_at_50_cm")),
    ({"contour": True, "obvious_at_50_cm": False}, 2, ("contour", "obvious_at_50_cm")),
    (
        {"contour": True, "obvious_at_50_cm": True},
        None,
        ("contour", "obvious_at_50_cm", "flattens"),
    ),
    (
        {"contour": True, "obvious_at_50_cm": True, "flattens": True},
        3,
        ("contour", "obvious_at_50_cm", "flattens"),
    ),
    (
        {"contour": True, "obvious_at_50_cm": True, "flattens": False},
        4,
        ("contour", "obvious_at_50_cm", "flattens"),
    ),
    # An answer to a question that no longer matters does not change the grade.
    ({"contour": False, "obvious_at_50_cm": True, "flattens": False}, 1, ("contour",)),
]


@pytest.mark.parametrize(("answers", "grade", "asked"), ANSWER_CASES)
def test_helper_answers_lead_to_grade_and_ask_only_what_matters(answers, grade, asked):
    assert grade_from_answers(answers) == grade
    assert questions_needed(answers) == asked


def test_helper_questions_come_from_the_rules_in_order(rules):
    assert [q.id for q in rules.qualitative.questions] == [
        "contour",
        "obvious_at_50_cm",
        "flattens",
    ]
    assert all(q.question.endswith("?") for q in rules.qualitative.questions)
