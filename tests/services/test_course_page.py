"""What the patient page, the follow-up walk and the window's lot search ask the course
service: every consultation on the timeline, a lot's patients, follow-up scores and their
comparison again, and a plan revision proposed from the course so far."""

import datetime as dt

import pytest

from consult.domain.errors import DocumentError
from consult.domain.model import Finding
from consult.domain.records import PatientDetails
from consult.domain.treatment import FollowUpDetails
from consult.services.errors import NotFound


def test_the_page_shows_every_consultation_with_the_course(context, make_course):
    patient, consultation, _ = make_course(context, sessions=2)
    draft = context.consultations.start(patient.id)
    page = context.course.course_page(patient.id)
    consultations = [e for e in page.timeline if e.kind == "consultation"]
    assert [(e.record_id, e.draft) for e in consultations] == [
        (consultation.id, False),
        (draft.id, True),
    ]
    assert [e.kind for e in page.timeline][:3] == ["consultation", "session", "session"]
    assert page.timeline[-1].kind == "review"
    assert page.summary.done == 2


def test_a_lot_number_finds_its_sessions_and_each_patient_once(context, make_course):
    first, *_ = make_course(context, sessions=2)
    second, *_ = make_course(context, sessions=1, name=("Bo", "Lind"))
    make_course(context, sessions=0, name=("Cy", "Park"))
    found = context.course.find_lot(" CART-77 ")
    assert found is not None
    assert found.number == "CART-77"
    assert len(found.uses) == 3
    assert [p.id for p in found.patients] == [first.id, second.id]
    assert context.course.find_lot("NOPE-1") is None
    assert context.course.find_lot("  ") is None
    # Typed by hand: any case, spaces around it; the number shown as it was recorded.
    again = context.course.find_lot("\tcart-77  ")
    assert again is not None and again.number == "CART-77" and len(again.uses) == 3
    # A name is never looked up as a lot.
    assert not context.course.looks_like_lot("Lind")
    assert context.course.looks_like_lot(" cart-77 ")


def test_a_saved_follow_up_is_compared_again_with_its_prompt(context, make_course):
    patient, consultation, _ = make_course(context, sessions=2)
    same = consultation.draft.findings
    saved = context.course.record_follow_up(
        patient.id,
        FollowUpDetails(dt.date.today(), consultation.id, same, global_grade=3),
    )
    again = context.course.follow_up_result(patient.id, saved.record.id)
    assert again.comparison == saved.comparison
    assert again.prompt == context.rules.course.no_change.text
    other = context.patients.create(PatientDetails("Cy", "Park", dt.date(1980, 1, 1)))
    with pytest.raises(NotFound):
        context.course.follow_up_result(other.id, saved.record.id)


def test_follow_up_scores_as_typed(context):
    findings = (Finding("cheek_left", "rolling_moderate", 4),)
    scores, suggested = context.course.follow_up_scores(findings, None)
    assert suggested == context.rules.scar_types["rolling_moderate"].typical_grade
    assert scores.grade == suggested
    assert scores.goodman_baron_quantitative > 0 and scores.ecca > 0
    chosen, _ = context.course.follow_up_scores(findings, 1)
    assert chosen.grade == 1
    assert context.course.follow_up_scores((), None)[0].goodman_baron_quantitative == 0


def test_a_revision_is_proposed_from_the_sessions_done(context, make_course):
    patient, consultation, _ = make_course(context, sessions=2)
    today = dt.date.today()
    proposed = context.course.propose_revision(patient.id, today, sessions_total=5, reason="slow")
    assert proposed.consultation_id == consultation.id
    assert proposed.interval_weeks == consultation.plan.interval_final_weeks
    assert len(proposed.remaining_dates) == 3
    assert proposed.remaining_dates[0] >= today
    assert proposed.depths_mm == consultation.plan.depths_mm
    context.course.revise_plan(patient.id, proposed)
    assert context.course.course_summary(patient.id).planned == 5
    kept = context.course.propose_revision(patient.id, today)
    assert kept.sessions_total == 5


def test_no_revision_without_a_plan(context):
    patient = context.patients.create(PatientDetails("Cy", "Park", dt.date(1980, 1, 1)))
    with pytest.raises(DocumentError):
        context.course.propose_revision(patient.id, dt.date.today())
