"""Validated scores: Goodman & Baron quantitative and qualitative, and ECCA."""

# Without `from __future__ import annotations`, as in model.py: a named tuple compiles text
# annotations into forward references.
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from consult.domain.model import Finding
from consult.domain.rules import QUALITATIVE_QUESTIONS, Rules, ScarType, band_multiplier


class RowScore(NamedTuple):
    """One line of a score: what was pooled into it and the points it gave."""

    id: str
    label: str
    amount: float
    points: int


class Score(NamedTuple):
    total: int
    maximum: int
    lines: tuple[RowScore, ...]


def ecca_item_of(scar: ScarType, finding: Finding) -> str | None:
    """The ECCA item a finding counts towards (raised scars split by age)."""
    if finding.older_than_2_years and scar.ecca_item_if_older:
        return scar.ecca_item_if_older
    return scar.ecca_item


def _ecca_count(scar: ScarType, finding: Finding) -> int:
    # Raised scars are recorded by area; without a count each finding is one scar (scores.toml).
    if scar.by_area and finding.count == 0:
        return 1 if finding.area_cm2 > 0 else 0
    return finding.count


def goodman_baron_quantitative(findings: Iterable[Finding], rules: Rules) -> Score:
    """Points × band per row, rows pooled over zones and over types sharing a row."""
    gb = rules.goodman_baron
    pooled: dict[str, float] = {row.id: 0 for row in gb.rows}
    for finding in findings:
        scar = rules.scar_types[finding.scar_type]
        if scar.gb_row is not None:
            pooled[scar.gb_row] += finding.area_cm2 if scar.by_area else finding.count
    lines = []
    for row in gb.rows:
        bands = gb.area_bands if row.measure == "area" else gb.count_bands
        amount = pooled[row.id]
        lines.append(
            RowScore(row.id, row.label, amount, row.points * band_multiplier(bands, amount))
        )
    return Score(sum(line.points for line in lines), gb.maximum, tuple(lines))


def ecca(findings: Iterable[Finding], rules: Rules) -> Score:
    """Σ weight × count factor, counts pooled per item over all zones."""
    pooled: dict[str, int] = {item.id: 0 for item in rules.ecca.items}
    for finding in findings:
        scar = rules.scar_types[finding.scar_type]
        item = ecca_item_of(scar, finding)
        if item is not None:
            pooled[item] += _ecca_count(scar, finding)
    lines = tuple(
        RowScore(
            item.id,
            item.label,
            pooled[item.id],
            item.weight * band_multiplier(rules.ecca.count_bands, pooled[item.id]),
        )
        for item in rules.ecca.items
    )
    return Score(sum(line.points for line in lines), rules.ecca.maximum, lines)


def suggested_grade(findings: Iterable[Finding], rules: Rules) -> int | None:
    """The highest typical qualitative grade among all the scars present (the face map shades
    zones by it); None when there are none. The plan's suggestion is `suggest_grade`."""
    grades = [rules.scar_types[f.scar_type].typical_grade for f in findings if f.present]
    return max(grades, default=None)


def grade_from_types(findings: Iterable[Finding], rules: Rules) -> int | None:
    """The highest typical grade among the scars that drive the needling plan: raised scars
    and bridges are scored and referred, not graded here (DECISIONS.md 7.7)."""
    return suggested_grade(
        (f for f in findings if rules.scar_types[f.scar_type].drives_plan), rules
    )


def suggest_grade(
    findings: Iterable[Finding], answers: Mapping[str, bool | None], rules: Rules
) -> int | None:
    """The grade suggested beside the practitioner's: the qualitative questions' grade when
    they are answered, else the grade of the scar types (a cross-check only)."""
    from_answers = grade_from_answers(answers)
    return from_answers if from_answers is not None else grade_from_types(findings, rules)


def grade_from_questions(
    contour_change: bool,
    visible_at_50cm_and_not_coverable: bool = False,
    flattens_when_stretched: bool = False,
) -> int:
    """Goodman & Baron qualitative grade from the three yes/no questions, asked in order.

    Later answers matter only when the earlier ones lead to them.
    """
    if not contour_change:
        return 1
    if not visible_at_50cm_and_not_coverable:
        return 2
    return 3 if flattens_when_stretched else 4


def grade_from_answers(answers: Mapping[str, bool | None]) -> int | None:
    """The grade the helper's answers lead to (keys `contour`, `obvious_at_50_cm`,
    `flattens`), or None while a question that matters is unanswered."""
    contour, obvious, flattens = (answers.get(key) for key in QUALITATIVE_QUESTIONS)
    if contour is None or (contour and obvious is None):
        return None
    if contour and obvious and flattens is None:
        return None
    return grade_from_questions(bool(contour), bool(obvious), bool(flattens))


def questions_needed(answers: Mapping[str, bool | None]) -> tuple[str, ...]:
    """The questions to ask given the answers so far: a later one only when it matters."""
    needed = ["contour"]
    if answers.get("contour"):
        needed.append("obvious_at_50_cm")
        if answers.get("obvious_at_50_cm"):
            needed.append("flattens")
    return tuple(needed)
