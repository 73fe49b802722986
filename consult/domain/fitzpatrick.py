"""Fitzpatrick skin phototype from the self-assessment questionnaire."""

# Without `from __future__ import annotations`, as in model.py: a named tuple compiles text
# annotations into forward references.
from collections.abc import Sequence
from typing import NamedTuple

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.model import FitzpatrickAnswers
from consult.domain.rules import FitzpatrickRules


class FitzpatrickResult(NamedTuple):
    skin_type: int
    total: int
    answers: FitzpatrickAnswers


def score_questionnaire(
    answers: Sequence[int], rules: FitzpatrickRules, path: str = "answers"
) -> FitzpatrickResult:
    """Sum the answers and read the type off the bands; the raw answers are kept."""
    if len(answers) != len(rules.items):
        raise DocumentError(
            path, Message("document.answer_count", count=len(rules.items), given=len(answers))
        )
    for position, answer in enumerate(answers):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise DocumentError(f"{path}[{position}]", Message("document.whole_number"))
        if not rules.answer_min <= answer <= rules.answer_max:
            raise DocumentError(
                f"{path}[{position}]",
                Message("document.from_to", low=rules.answer_min, high=rules.answer_max),
            )
    total = sum(answers)
    skin_type = next(band.multiplier for band in rules.bands if band.holds(total))
    return FitzpatrickResult(
        skin_type, total, FitzpatrickAnswers(rules.questionnaire_id, tuple(answers))
    )
