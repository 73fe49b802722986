"""Plan choices: an edit set back to the suggestion is forgotten, with its reason."""

from consult.domain.consultation import PlanChoices, apply_choices, depth_field, tidy_choices
from consult.services.assessment import assess


def test_edits_equal_to_the_suggestion_are_forgotten_with_their_reasons(make_assessment, rules):
    assessment = make_assessment([("cheek_left", "rolling_moderate", 7)], grade=3)
    report = assess(assessment, rules)
    suggested = report.plan
    depth = suggested.needle_depth[0]
    choices = PlanChoices(
        sessions=suggested.sessions.suggested + 1,
        interval_weeks=suggested.interval_weeks,  # the same as suggested
        depths_mm={depth.zone: depth.suggested_mm},  # the same as suggested
        reasons={"sessions": "deep scars", "interval_weeks": "x", depth_field(depth.zone): "y"},
    )
    final = apply_choices(
        assessment, report.screening, suggested, report.qualitative_suggested, choices, rules
    )
    assert tidy_choices(choices, final) == PlanChoices(
        sessions=suggested.sessions.suggested + 1, reasons={"sessions": "deep scars"}
    )
    assert depth_field("chin") == "needle_depth_mm.chin"
