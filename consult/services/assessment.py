"""Assess a consultation: scores, screening and the suggested plan, as one report."""

# Without `from __future__ import annotations`: a named tuple compiles text annotations into
# forward references.
import datetime as dt
from typing import Any, NamedTuple

from consult.domain.document import read_assessment
from consult.domain.model import Assessment, age_on, roman
from consult.domain.plan import Plan, suggest_plan
from consult.domain.rules import Rules
from consult.domain.scores import (
    Score,
    ecca,
    goodman_baron_quantitative,
    grade_from_answers,
    grade_from_types,
    suggest_grade,
)
from consult.domain.screening import ScreeningResult, screen

RESULT_SCHEMA_ID = "consult.assessment-result/1"


# A named tuple, as the domain's value types: `consult assess` spares importing dataclasses.
class AssessmentReport(NamedTuple):
    assessment: Assessment
    goodman_baron: Score
    ecca: Score
    qualitative_suggested: int | None
    qualitative_used: int | None
    screening: ScreeningResult
    plan: Plan


def assess(assessment: Assessment, rules: Rules) -> AssessmentReport:
    """Score the findings, screen the answers and suggest a plan for the confirmed grade."""
    suggested = suggest_grade(assessment.findings, assessment.qualitative_answers, rules)
    used = assessment.global_grade if assessment.global_grade is not None else suggested
    screening = screen(
        assessment.screening, assessment.patient, assessment.date, rules, assessment.findings
    )
    return AssessmentReport(
        assessment=assessment,
        goodman_baron=goodman_baron_quantitative(assessment.findings, rules),
        ecca=ecca(assessment.findings, rules),
        qualitative_suggested=suggested,
        qualitative_used=used,
        screening=screening,
        plan=suggest_plan(assessment, screening, used, rules, suggested_grade=suggested),
    )


def assess_text(text: str, rules: Rules, today: dt.date | None = None) -> AssessmentReport:
    """Read an assessment document (JSON text) and assess it; raises `DocumentError`."""
    return assess(read_assessment(text, rules, today or dt.date.today()), rules)


def _score_json(score: Score) -> dict[str, Any]:
    return {
        line.id: {"amount": line.amount, "points": line.points}
        for line in score.lines
        if line.amount
    }


def report_json(report: AssessmentReport, rules: Rules) -> dict[str, Any]:
    """The report as plain JSON data (`consult assess --json`)."""
    assessment, plan, screening = report.assessment, report.plan, report.screening
    grade_meaning = {g.grade: g.meaning for g in rules.qualitative.grades}
    return {
        "schema": RESULT_SCHEMA_ID,
        "date": assessment.date.isoformat(),
        "patient": {
            "age_years": age_on(assessment.patient.date_of_birth, assessment.date),
            "fitzpatrick": assessment.patient.fitzpatrick,
            "fitzpatrick_roman": roman(assessment.patient.fitzpatrick),
            "language": assessment.patient.language,
        },
        "scores": {
            "goodman_baron_quantitative": report.goodman_baron.total,
            "goodman_baron_quantitative_max": report.goodman_baron.maximum,
            "goodman_baron_rows": _score_json(report.goodman_baron),
            "ecca": report.ecca.total,
            "ecca_max": report.ecca.maximum,
            "ecca_items": _score_json(report.ecca),
            "qualitative_suggested": report.qualitative_suggested,
            "qualitative_from_questions": grade_from_answers(assessment.qualitative_answers),
            "qualitative_from_types": grade_from_types(assessment.findings, rules),
            "qualitative_used": report.qualitative_used,
            "qualitative_meaning": grade_meaning.get(report.qualitative_used or 0, ""),
            "explanations": {
                "goodman_baron_quantitative": rules.goodman_baron.explanation,
                "ecca": rules.ecca.explanation,
                "qualitative": rules.qualitative.explanation,
            },
            "sources": {
                "goodman_baron_quantitative": rules.goodman_baron.source,
                "ecca": rules.ecca.source,
                "qualitative": rules.qualitative.source,
            },
        },
        "screening": {
            "status": screening.status,
            "items": [
                {
                    "id": hit.id,
                    "level": hit.level,
                    "text": hit.text,
                    "source": hit.source,
                    **({"detail": hit.detail} if hit.detail else {}),
                    **({"derived_from": hit.derived_from} if hit.derived_from else {}),
                }
                for hit in screening.items
            ],
            "unanswered": list(screening.unanswered),
        },
        "plan": {
            "status": plan.status,
            "grade": plan.grade,
            "sessions": {
                "min": plan.sessions.min,
                "suggested": plan.sessions.suggested,
                "max": plan.sessions.max,
            },
            "interval_weeks": plan.interval_weeks,
            "interval_range_weeks": list(plan.interval_range_weeks),
            "start": plan.start.isoformat() if plan.start else None,
            "test_patch": (
                {
                    "date": plan.test_patch.date.isoformat(),
                    "first_session_from": plan.test_patch.first_session_from.isoformat(),
                }
                if plan.test_patch
                else None
            ),
            "dates": [day.isoformat() for day in plan.dates],
            "needle_depth_mm": {
                depth.zone: [depth.low_mm, depth.high_mm, depth.suggested_mm]
                for depth in plan.needle_depth
            },
            "needle_depth_accepted_max_mm": {
                depth.zone: depth.accepted_max_mm
                for depth in plan.needle_depth
                if depth.accepted_max_mm is not None
            },
            "flat_marks_only": plan.flat_marks_only,
            "adjuncts": [
                {
                    "id": a.id,
                    "scar_types": list(a.scar_types),
                    "text": a.text,
                    "source": a.source,
                }
                for a in plan.adjuncts
            ],
            "precautions": [
                {
                    "id": hit.id,
                    "text": hit.text,
                    "source": hit.source,
                    **({"derived_from": hit.derived_from} if hit.derived_from else {}),
                }
                for hit in plan.precautions
            ],
            "pih_risk": plan.pih_risk,
            "warnings": list(plan.warnings),
            "reasons": [
                {"text": r.text, "source": r.source, "topic": r.topic} for r in plan.reasons
            ],
            "rules_version": plan.rules_version,
        },
    }
