"""The scores over the course as the services read them: every final consultation's and every
follow-up's, by date, with the sessions done and planned; the scores standing for a visit."""

import datetime as dt

from consult.domain.model import Finding
from consult.domain.photo import Visit, VisitKind
from consult.domain.treatment import FollowUpDetails


def test_the_history_holds_each_assessment_and_the_sessions(context, make_course):
    patient, consultation, _ = make_course(context, sessions=2)
    start = consultation.draft.date
    for weeks, count, grade in ((5, 10, 3), (9, 6, 2)):
        context.course.record_follow_up(
            patient.id,
            FollowUpDetails(
                date=start + dt.timedelta(weeks=weeks),
                consultation_id=consultation.id,
                findings=(Finding("cheek_left", "rolling_moderate", count),),
                global_grade=grade,
            ),
        )

    history = context.outcomes.score_history(patient.id)

    kinds = [(a.kind, a.grade) for a in history.assessments]
    assert kinds == [
        (VisitKind.CONSULTATION, 3),
        (VisitKind.FOLLOW_UP, 3),
        (VisitKind.FOLLOW_UP, 2),
    ]
    first = history.assessments[0]
    assert (first.goodman_baron_quantitative, first.ecca) == (
        consultation.scores.goodman_baron_quantitative,
        consultation.scores.ecca,
    )
    scores = [a.goodman_baron_quantitative for a in history.assessments]
    assert scores[0] > scores[1] >= scores[2]
    done = [s for s in history.sessions if s.done]
    assert [s.number for s in done] == [1, 2]
    assert history.sessions_done == (start + dt.timedelta(weeks=4), start + dt.timedelta(weeks=8))
    planned = [s.number for s in history.sessions if not s.done]
    assert planned == list(range(3, len(consultation.plan.dates) + 1))

    # A session stands for the latest assessment on or before it; the others for their own.
    session_2 = Visit(VisitKind.SESSION, 99, start + dt.timedelta(weeks=8))
    assert history.at(session_2) == history.assessments[1]
    assert history.at(Visit(VisitKind.CONSULTATION, consultation.id, start)) == first
    before = Visit(VisitKind.SESSION, 98, start - dt.timedelta(days=1))
    assert history.at(before) is None


def test_a_patient_without_a_consultation_has_an_empty_history(context):
    from consult.domain.records import PatientDetails

    patient = context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))

    history = context.outcomes.score_history(patient.id)

    assert history.assessments == () and history.sessions == ()
