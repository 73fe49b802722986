"""Fitzpatrick questionnaire scoring (bands: fitzpatrick_questionnaire, FACTS 3.2 and 10.4)."""

import pytest

from consult.domain.errors import DocumentError
from consult.domain.fitzpatrick import score_questionnaire

TOTALS = [(0, 1), (6, 1), (7, 2), (13, 2), (14, 3), (20, 3), (21, 4), (27, 4), (28, 5), (34, 5)]
TOTALS += [(35, 6), (40, 6)]


def answers_totalling(total: int) -> list[int]:
    answers = [0] * 10
    for position in range(10):
        answers[position] = min(4, total)
        total -= answers[position]
    return answers


@pytest.mark.parametrize(("total", "skin_type"), TOTALS)
def test_total_gives_the_published_band(rules, total, skin_type):
    result = score_questionnaire(answers_totalling(total), rules.fitzpatrick)
    assert (result.total, result.skin_type) == (total, skin_type)


def test_raw_answers_are_kept_with_the_questionnaire_id(rules):
    answers = [0, 1, 2, 3, 4, 4, 3, 2, 1, 0]
    result = score_questionnaire(answers, rules.fitzpatrick)
    assert result.answers.answers == tuple(answers)
    assert (
        result.answers.questionnaire_id == rules.fitzpatrick.questionnaire_id == "fitzpatrick-10/1"
    )


@pytest.mark.parametrize(
    ("answers", "path"),
    [
        ([0] * 9, "answers"),
        ([0] * 11, "answers"),
        ([0] * 9 + [5], "answers[9]"),
        ([-1] + [0] * 9, "answers[0]"),
        ([0] * 9 + [1.5], "answers[9]"),
        ([0] * 9 + [True], "answers[9]"),
    ],
)
def test_out_of_range_or_missing_answers_are_refused(rules, answers, path):
    with pytest.raises(DocumentError) as refused:
        score_questionnaire(answers, rules.fitzpatrick)
    assert refused.value.path == path
