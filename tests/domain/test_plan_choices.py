"""Plan choices: an edit set back to the suggestion is forgotten, with its reason."""

import datetime as dt

import pytest

from consult.domain.consultation import PlanChoices, apply_choices, depth_field, tidy_choices
from consult.domain.errors import PlanError
from consult.domain.plan import (
    DEPTH_DEEPER_THAN_USUAL,
    DEPTH_OUTSIDE_USUAL,
    DEPTH_REFUSED,
    DEPTH_USUAL,
    check_depth,
)
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
        reasons={"sessions": "deep scars", "interval_weeks": "x", depth_field(depth.zone).key: "y"},
    )
    final = apply_choices(
        assessment, report.screening, suggested, report.qualitative_suggested, choices, rules
    )
    assert tidy_choices(choices, final) == PlanChoices(
        sessions=suggested.sessions.suggested + 1, reasons={"sessions": "deep scars"}
    )
    assert depth_field("chin").key == "needle_depth_mm.chin"


def _final(assessment, rules, choices):
    report = assess(assessment, rules)
    return apply_choices(
        assessment, report.screening, report.plan, report.qualitative_suggested, choices, rules
    )


@pytest.mark.parametrize(
    ("zone", "depth", "status"),
    [
        ("cheek_left", 1.25, DEPTH_USUAL),
        ("cheek_left", 1.5, DEPTH_USUAL),
        ("cheek_left", 1.75, DEPTH_DEEPER_THAN_USUAL),
        ("cheek_left", 2.0, DEPTH_DEEPER_THAN_USUAL),
        ("cheek_left", 2.25, DEPTH_REFUSED),
        ("cheek_left", 0.75, DEPTH_OUTSIDE_USUAL),
        ("forehead", 1.0, DEPTH_OUTSIDE_USUAL),  # other zones as before: a warning
        ("chin", 0, DEPTH_REFUSED),
    ],
)
def test_a_chosen_depth_is_usual_accepted_with_a_warning_or_refused(rules, zone, depth, status):
    assert check_depth(rules.zones[zone], depth).status == status


def test_a_deeper_cheek_depth_is_taken_with_a_warning_and_needs_a_reason(make_assessment, rules):
    assessment = make_assessment([("cheek_left", "rolling_moderate", 7)], grade=3)
    final = _final(assessment, rules, PlanChoices(depths_mm={"cheek_left": 2.0}))
    assert final.depths_mm["cheek_left"] == 2.0
    assert any("deeper than the usual range" in w for w in final.plan.warnings)
    assert final.missing_reasons == (depth_field("cheek_left"),)
    with pytest.raises(PlanError, match="deeper than the 2 mm accepted"):
        _final(assessment, rules, PlanChoices(depths_mm={"cheek_left": 2.5}))


def test_no_session_may_be_moved_before_the_test_patch_is_read(make_assessment, rules):
    assessment = make_assessment(
        [("chin", "rolling_mild", 5)], grade=2, flags={"keloid_tendency": True}
    )
    plan = assess(assessment, rules).plan
    early = (plan.test_patch.date + dt.timedelta(days=7), *plan.dates[1:])
    with pytest.raises(PlanError, match="first session cannot be before"):
        _final(assessment, rules, PlanChoices(dates=early))
    later = tuple(day + dt.timedelta(days=1) for day in plan.dates)
    final = _final(assessment, rules, PlanChoices(dates=later, reasons={"dates": "holiday"}))
    assert final.plan.dates == later and final.plan.start == plan.test_patch.date
