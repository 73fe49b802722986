"""The plan engine (DECISIONS.md 3, 4 and 7; plan.toml, zones.toml)."""

import datetime as dt

import pytest

from consult.domain.errors import PlanError
from consult.domain.messages import RulesText
from consult.domain.model import Finding
from consult.domain.plan import schedule, suggest_plan
from consult.domain.scores import suggest_grade
from consult.domain.screening import screen

MON_TO_FRI = frozenset(range(5))


def plan_for(rules, assessment, **edits):
    result = screen(
        assessment.screening, assessment.patient, assessment.date, rules, assessment.findings
    )
    suggested = suggest_grade(assessment.findings, assessment.qualitative_answers, rules)
    grade = assessment.global_grade or suggested
    return suggest_plan(assessment, result, grade, rules, suggested_grade=suggested, **edits)


@pytest.mark.parametrize(
    ("grade", "sessions", "interval"),
    [(1, (0, 0, 3), 4), (2, (3, 3, 4), 4), (3, (4, 5, 6), 4), (4, (5, 6, 8), 6)],
)
def test_sessions_and_interval_by_grade(rules, make_assessment, grade, sessions, interval):
    assessment = make_assessment([("cheek_left", "rolling_mild", 5)], grade=grade)
    plan = plan_for(rules, assessment)
    assert (plan.sessions.min, plan.sessions.suggested, plan.sessions.max) == sessions
    assert plan.interval_weeks == interval
    assert len(plan.dates) == sessions[1]
    assert plan.interval_range_weeks == (4, 6)


def test_dates_follow_the_interval_from_the_start_and_skip_weekends(rules, make_assessment):
    start = dt.date(2026, 12, 5)  # a Saturday
    assessment = make_assessment([("cheek_left", "boxcar_shallow", 8)], grade=3, start=start)
    plan = plan_for(rules, assessment)
    assert [d.isoformat() for d in plan.dates] == [
        "2026-12-07",
        "2027-01-04",
        "2027-02-01",
        "2027-03-01",
        "2027-03-29",
    ]
    assert all(d.weekday() < 5 for d in plan.dates)


def test_without_a_start_the_plan_begins_14_days_after_the_consultation(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("chin", "rolling_mild", 3)], grade=2))
    assert plan.start == plan.dates[0] == dt.date(2026, 12, 8)  # Tuesday 24 Nov + 14 days
    assert any(r.topic == "dates" and "14 days" in r.text for r in plan.reasons)


def test_a_default_start_on_a_weekend_moves_to_the_next_working_day(rules, make_assessment):
    friday = dt.date(2026, 11, 20)  # + 14 days is a Friday too; Saturday 21 -> Monday
    assessment = make_assessment([("chin", "rolling_mild", 3)], grade=2, date=friday)
    assert plan_for(rules, assessment).dates[0] == dt.date(2026, 12, 4)
    saturday = make_assessment([("chin", "rolling_mild", 3)], grade=2, date=dt.date(2026, 11, 21))
    assert plan_for(rules, saturday).dates[0] == dt.date(2026, 12, 7)


def test_each_date_is_moved_on_its_own_so_weekends_do_not_accumulate():
    dates = schedule(dt.date(2026, 12, 6), 3, 4, MON_TO_FRI)  # Sundays become Mondays
    assert [d.isoformat() for d in dates] == ["2026-12-07", "2027-01-04", "2027-02-01"]


def test_needle_depth_is_the_midpoint_rounded_down_to_the_pens_quarter_mm(rules, make_assessment):
    findings = [
        ("cheek_left", "icepick", 3),
        ("nose", "rolling_mild", 2),
        ("forehead", "boxcar_shallow", 1),
        ("perioral", "rolling_mild", 1),
    ]
    plan = plan_for(rules, make_assessment(findings, fitzpatrick=2))
    depths = {d.zone: (d.low_mm, d.high_mm, d.suggested_mm) for d in plan.needle_depth}
    assert depths == {
        "forehead": (0.5, 0.75, 0.5),  # 0.625 cannot be dialled
        "nose": (0.25, 0.5, 0.25),
        "perioral": (0.25, 0.75, 0.5),
        "cheek_left": (1.0, 1.5, 1.25),
    }
    assert all((d.suggested_mm / 0.25).is_integer() for d in plan.needle_depth)


def test_the_cheek_accepts_up_to_2_mm_beyond_its_usual_range(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("cheek_right", "rolling_moderate", 5)]))
    cheek = plan.needle_depth[0]
    assert (cheek.low_mm, cheek.high_mm, cheek.suggested_mm) == (1.0, 1.5, 1.25)
    assert cheek.accepted_max_mm == 2.0


@pytest.mark.parametrize("fitzpatrick", [4, 5, 6])
def test_darker_skin_takes_the_lower_end_and_pih_counselling(rules, make_assessment, fitzpatrick):
    plan = plan_for(rules, make_assessment([("chin", "icepick", 3)], fitzpatrick=fitzpatrick))
    assert [(d.zone, d.suggested_mm) for d in plan.needle_depth] == [("chin", 1.0)]
    assert plan.pih_risk
    pih = [r for r in plan.reasons if r.topic == "pih"]
    assert any("priming" in r.text and r.source == "dogra_2014_pih" for r in pih)
    assert any("have settled" in r.text for r in pih)  # the pre-session check
    depth = next(r for r in plan.reasons if r.topic == "depth")
    assert "lower end" in depth.text and rules.sources[depth.source].evidence == "D"


def test_pih_history_also_takes_the_lower_end(rules, make_assessment):
    assessment = make_assessment(
        [("chin", "icepick", 3)], fitzpatrick=2, flags={"pih_history": True}
    )
    plan = plan_for(rules, assessment)
    assert plan.needle_depth[0].suggested_mm == 1.0
    assert plan.pih_risk


def test_fitzpatrick_iii_without_pih_history_uses_the_midpoint(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("chin", "icepick", 3)], fitzpatrick=3))
    assert plan.needle_depth[0].suggested_mm == 1.25
    assert not plan.pih_risk


def test_zones_with_only_raised_scars_get_no_depth_and_say_why(rules, make_assessment):
    findings = [("chin", "icepick", 3), Finding("jaw_left", "hypertrophic_keloid", area_cm2=2)]
    plan = plan_for(rules, make_assessment(findings))
    assert [d.zone for d in plan.needle_depth] == ["chin"]
    # The zone's name inside the sentence reads as a sentence writes it.
    assert any(
        r.text == "No needling in left jaw: only raised scars or bridges are recorded there."
        for r in plan.reasons
    )


def test_a_zone_with_raised_scars_beside_others_says_to_needle_around_them(rules, make_assessment):
    findings = [
        ("cheek_left", "rolling_moderate", 6),
        Finding("cheek_left", "hypertrophic_keloid", area_cm2=2.5),
        ("chin", "icepick", 3),
    ]
    plan = plan_for(rules, make_assessment(findings))
    assert [d.zone for d in plan.needle_depth] == ["cheek_left", "chin"]
    said = [r for r in plan.reasons if r.topic == "depth" and "Left cheek" in r.text]
    assert len(said) == 1
    assert "not the raised ones" in said[0].text
    assert said[0].source in rules.sources
    assert not any("Chin" in r.text and "raised" in r.text for r in plan.reasons)


ADJUNCTS = [
    ("icepick", "TCA CROSS"),
    ("rolling_mild", "subcision"),
    ("rolling_moderate", "subcision"),
    ("boxcar_deep", "punch elevation"),
    ("macular_erythematous", "vascular laser or IPL"),
    ("macular_pigmented", "topical lighteners"),
    ("bridge_tunnel", "excision"),
]


@pytest.mark.parametrize(("scar", "words"), ADJUNCTS)
def test_adjunct_prompt_by_scar_type(rules, make_assessment, scar, words):
    plan = plan_for(rules, make_assessment([("cheek_left", scar, 4)]))
    assert all(a.scar_types == (scar,) for a in plan.adjuncts)
    assert any(words in a.text for a in plan.adjuncts)


@pytest.mark.parametrize(
    "scar", ["rolling_mild", "rolling_moderate", "boxcar_shallow", "boxcar_deep"]
)
def test_rolling_and_boxcar_scars_prompt_prp(rules, make_assessment, scar):
    plan = plan_for(rules, make_assessment([("cheek_left", scar, 4)]))
    prp = [a for a in plan.adjuncts if "PRP" in a.text]
    assert len(prp) == 1 and "Kang & Lu 2022" in prp[0].text
    assert prp[0].source == "kang_lu_2022"


def test_the_ipl_prompt_warns_of_burns_in_skin_types_iv_to_vi(rules, make_assessment):
    findings = [("cheek_left", "macular_erythematous", 4), ("chin", "rolling_mild", 2)]
    dark = plan_for(rules, make_assessment(findings, fitzpatrick=5, grade=2))
    light = plan_for(rules, make_assessment(findings, fitzpatrick=3, grade=2))
    ipl = next(a for a in dark.adjuncts if a.id == "vascular_laser")
    assert "burns" in ipl.text and "experienced operator" in ipl.text
    assert any(r.source == "ipl_darker_skin" for r in dark.reasons)
    assert "burns" not in next(a for a in light.adjuncts if a.id == "vascular_laser").text


def test_icepick_led_plans_say_to_treat_those_first(rules, make_assessment):
    led = plan_for(
        rules, make_assessment([("cheek_left", "icepick", 6), ("chin", "rolling_mild", 4)])
    )
    staged = [r for r in led.reasons if r.topic == "staged"]
    assert len(staged) == 1 and "TCA CROSS" in staged[0].text and "4 to 6 weeks" in staged[0].text
    assert led.sessions.suggested == 6  # sessions unchanged
    half = plan_for(
        rules, make_assessment([("cheek_left", "boxcar_deep", 4), ("chin", "rolling_mild", 4)])
    )
    assert not any(r.topic == "staged" for r in half.reasons)


def test_raised_scars_prompt_do_not_needle_and_refer(rules, make_assessment):
    plan = plan_for(
        rules, make_assessment([Finding("jaw_left", "hypertrophic_keloid", area_cm2=3)])
    )
    text = plan.adjuncts[0].text.lower()
    assert "do not needle" in text and "refer" in text


def test_no_adjunct_for_scars_that_need_none(rules, make_assessment):
    findings = [("cheek_left", "atrophic_broad_shallow", 4)]
    assert plan_for(rules, make_assessment(findings)).adjuncts == ()


def test_grade_4_sets_the_expectation_of_one_to_two_grades(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("cheek_left", "icepick", 4)]))
    expectation = [r for r in plan.reasons if r.topic == "expectation"]
    assert len(expectation) == 1 and "1 to 2 grades" in expectation[0].text


def test_grade_1_puts_colour_care_and_sun_protection_first(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("cheek_left", "macular_pigmented", 6)]))
    assert plan.sessions.suggested == 0 and plan.dates == ()
    sessions_reason = next(r for r in plan.reasons if r.topic == "sessions")
    assert "colour" in sessions_reason.text and "sun protection" in sessions_reason.text


def test_every_line_has_a_reason_with_a_known_source(rules, make_assessment):
    findings = [("cheek_left", "icepick", 12), ("cheek_right", "rolling_moderate", 6)]
    plan = plan_for(rules, make_assessment(findings, fitzpatrick=5, flags={"herpes_history": True}))
    assert plan.rules_version == rules.version
    assert {r.topic for r in plan.reasons} >= {
        "grade",
        "sessions",
        "interval",
        "dates",
        "depth",
        "pih",
        "adjunct",
        "precaution",
    }
    for reason in plan.reasons:
        assert reason.text and reason.source in rules.sources


def test_blocked_screening_gives_no_schedule_but_the_reasons(rules, make_assessment):
    assessment = make_assessment(
        [("cheek_left", "icepick", 5)], flags={"pregnant_or_breastfeeding": True}
    )
    plan = plan_for(rules, assessment)
    assert plan.status == "blocked"
    assert plan.dates == () and plan.needle_depth == () and plan.sessions.suggested == 0
    assert [r.source for r in plan.reasons] == [rules.screening["pregnant_or_breastfeeding"].source]


def test_no_scars_and_no_grade_means_nothing_to_plan(rules, make_assessment):
    plan = plan_for(rules, make_assessment([]))
    assert plan.status == "nothing_to_treat" and plan.dates == ()


def test_practitioner_interval_below_4_weeks_warns(rules, make_assessment):
    plan = plan_for(
        rules, make_assessment([("chin", "rolling_mild", 3)], grade=2), interval_weeks=3
    )
    assert plan.interval_weeks == 3 and plan.warnings
    assert plan.dates[1] - plan.dates[0] == dt.timedelta(weeks=3)


def test_interval_below_the_2_week_floor_is_refused(rules, make_assessment):
    with pytest.raises(PlanError, match="at least 2 weeks"):
        plan_for(rules, make_assessment([("chin", "rolling_mild", 3)], grade=2), interval_weeks=1)


def test_practitioner_session_count_outside_the_range_warns(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("chin", "rolling_mild", 3)], grade=2), sessions=7)
    assert len(plan.dates) == 7 and plan.sessions.suggested == 3
    assert any("outside" in w for w in plan.warnings)


def test_raised_scars_only_give_no_dated_sessions(rules, make_assessment):
    findings = [Finding("chin", "hypertrophic_keloid", area_cm2=3)]
    plan = plan_for(rules, make_assessment(findings))
    assert plan.status == "nothing_to_needle" and plan.dates == ()
    assert plan.adjuncts and "refer" in plan.adjuncts[0].text.lower()


def test_a_grade_without_findings_gives_no_dated_sessions(rules, make_assessment):
    plan = plan_for(rules, make_assessment([], grade=3))
    assert plan.status == "nothing_to_needle" and plan.dates == ()


def test_an_unanswered_block_item_leaves_the_plan_incomplete_and_names_it(rules, make_assessment):
    assessment = make_assessment(
        [("chin", "rolling_mild", 3)], blocks_answered=False, flags={"active_acne": False}
    )
    plan = plan_for(rules, assessment)
    assert plan.status == "incomplete"
    assert plan.dates == () and plan.needle_depth == () and plan.start is None
    named = " ".join(r.text for r in plan.reasons)
    assert "pregnant_or_breastfeeding" in named and "active_sunburn" in named
    assert "active_acne" not in named


def test_a_block_answered_yes_outranks_unanswered_ones(rules, make_assessment):
    assessment = make_assessment(
        [("chin", "rolling_mild", 3)], blocks_answered=False, flags={"active_sunburn": True}
    )
    assert plan_for(rules, assessment).status == "blocked"


KELOID_FINDINGS = [
    ("cheek_left", "rolling_moderate", 6),
    Finding("jaw_left", "hypertrophic_keloid", area_cm2=1),
]


@pytest.mark.parametrize("answer", [True, False])
def test_a_keloid_tendency_starts_with_a_test_patch_4_weeks_before_the_sessions(
    rules, make_assessment, answer
):
    start = dt.date(2026, 12, 1)  # a Tuesday
    assessment = make_assessment(KELOID_FINDINGS, flags={"keloid_tendency": answer}, start=start)
    plan = plan_for(rules, assessment)
    assert plan.test_patch is not None
    assert plan.start == plan.test_patch.date == start
    assert plan.test_patch.first_session_from == dt.date(2026, 12, 29)
    assert plan.dates[0] == dt.date(2026, 12, 29) and len(plan.dates) == plan.sessions.suggested
    assert any(r.topic == "test_patch" and "4 weeks" in r.text for r in plan.reasons)


def test_a_test_patch_first_session_on_a_weekend_moves_to_a_working_day(rules, make_assessment):
    friday = dt.date(2026, 12, 4)
    assessment = make_assessment(
        [("chin", "rolling_mild", 3)], flags={"keloid_tendency": True}, start=friday
    )
    plan = plan_for(rules, assessment)
    assert plan.test_patch.date == friday and plan.dates[0] == dt.date(2027, 1, 1)


def test_darker_skin_with_pih_history_gets_a_test_patch_but_not_either_alone(
    rules, make_assessment
):
    findings = [("chin", "rolling_mild", 3)]
    both = make_assessment(findings, fitzpatrick=4, flags={"pih_history": True})
    assert plan_for(rules, both).test_patch is not None
    assert plan_for(rules, make_assessment(findings, fitzpatrick=5)).test_patch is None
    history_only = make_assessment(findings, fitzpatrick=3, flags={"pih_history": True})
    assert plan_for(rules, history_only).test_patch is None


def test_no_test_patch_without_a_reason_for_one(rules, make_assessment):
    plan = plan_for(rules, make_assessment([("chin", "rolling_mild", 3)]))
    assert plan.test_patch is None and plan.start == plan.dates[0]


def test_flat_marks_only_get_no_depths_and_no_sessions(rules, make_assessment):
    findings = [("cheek_left", "macular_erythematous", 6), ("chin", "macular_hypopigmented", 2)]
    plan = plan_for(rules, make_assessment(findings))
    assert plan.grade == 1 and plan.flat_marks_only
    assert plan.needle_depth == () and plan.dates == () and plan.test_patch is None
    assert any("no microneedling sessions are promised" in r.text for r in plan.reasons)


def test_flat_marks_beside_a_dent_are_not_a_flat_marks_plan(rules, make_assessment):
    findings = [("cheek_left", "macular_pigmented", 6), ("chin", "rolling_mild", 2)]
    plan = plan_for(rules, make_assessment(findings))
    assert not plan.flat_marks_only and plan.needle_depth


def test_the_engines_own_sentences_are_coded_messages_around_the_rules_words(
    rules, make_assessment
):
    """Worded by the window in its language from the code; as text, the English as before."""
    assessment = make_assessment(
        [("chin", "icepick", 3)], fitzpatrick=5, flags={"pih_history": True}, grade=2
    )
    plan = plan_for(rules, assessment)
    grade = next(r.text for r in plan.reasons if r.topic == "grade")
    assert grade.code == "reason.grade_confirmed_over"
    assert dict(grade.params) == {"grade": 2, "suggested": 4}
    assert grade == "Grade 2 confirmed by the practitioner (the suggestion is 4)."
    pih = next(r.text for r in plan.reasons if r.topic == "pih")
    assert (pih.code, pih.params["skin_type"]) == ("reason.pih_skin_type_and_history", "V")
    assert isinstance(pih.params["text"], RulesText)  # the rules' sentence, translated apart
    assert pih == f"Fitzpatrick V and a history of PIH. {rules.plan.pih_risk.text}"
    unasked = plan_for(rules, make_assessment([("chin", "icepick", 3)], blocks_answered=False))
    first = unasked.reasons[0].text
    assert (first.code, first.params["id"]) == ("reason.not_answered", "active_infection")
    assert first.params["item"] == rules.screening["active_infection"].label
