"""The treatment course through its service, on SQLite and PostgreSQL: a test patch and
sessions against a plan, refusals with their reasons, addenda, adverse events, follow-ups,
plan revisions, the summary, lot recall and the export."""

import datetime as dt
import json
from dataclasses import replace
from itertools import pairwise

import pytest

from consult.domain.access import Account, Role
from consult.domain.consultation import ConsultationDraft
from consult.domain.errors import DocumentError
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.domain.treatment import (
    TEST_PATCH,
    AdverseEventDetails,
    FollowUpDetails,
    Lot,
    RevisionDetails,
    SameDayAdjunct,
    SessionDraft,
    SigningRefused,
)
from consult.services.access import NotAllowed, SignedIn
from consult.services.export import export_patient
from consult.store.treatments import SessionLocked

BLOCKS = (
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "active_sunburn",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
)
START = dt.date.today() - dt.timedelta(days=200)


@pytest.fixture
def course(context):
    """A patient with a final consultation planning sessions, and a practitioner."""
    patient = context.patients.create(
        PatientDetails("Ana", "Silva", dt.date(1990, 1, 1), fitzpatrick=2)
    )
    draft = ConsultationDraft(
        date=START,
        screening=ScreeningAnswers(dict.fromkeys(BLOCKS, False), {"isotretinoin_last_dose": None}),
        findings=(
            Finding("cheek_left", "rolling_moderate", 14),
            Finding("forehead", "boxcar_shallow", 6),
        ),
        global_grade=3,
    )
    consultation = context.consultations.start(patient.id, draft)
    context.consultations.finalise(consultation.id)
    practitioner = context.practitioners.add("Dr Okafor")
    return patient, context.consultations.get(consultation.id), practitioner


def _session(context, consultation, practitioner, day, number, **changes):
    values = dict(
        date=day,
        consultation_id=consultation.id,
        number=number,
        practitioner_id=practitioner.id,
        check=dict.fromkeys(context.rules.course.checks, False),
        device="pen",
        device_model="Pen model 4",
        needles="12-pin cartridge",
        lots={
            "cartridge": Lot("CART-77", day + dt.timedelta(days=300)),
            "anaesthetic": Lot("AN-1", day + dt.timedelta(days=100), "lidocaine cream"),
        },
        anaesthetic="lidocaine cream",
        anaesthetic_minutes=45,
        depths_mm=dict(consultation.plan.depths_mm),
        passes=3,
        speed=6,
        endpoint="pinpoint_bleeding",
        adjuncts=(SameDayAdjunct("subcision", ("cheek_left",)),),
        pain=4,
        reaction="even redness",
        aftercare_given=True,
    )
    values.update(changes)
    return SessionDraft(**values)


def test_a_patch_three_sessions_a_follow_up_and_the_summary(context, course):
    patient, consultation, practitioner = course
    patch = context.course.record_test_patch(
        patient.id,
        replace(
            _session(context, consultation, practitioner, START + dt.timedelta(days=7), None),
            kind=TEST_PATCH,
            patch_zone="cheek_left",
            adjuncts=(),
        ),
    )
    patch = context.course.read_test_patch(patch.id, START + dt.timedelta(days=14), "none")
    assert patch.draft.patch_result == "none"
    context.course.finalise_session(patch.id, practitioner.id)
    days = [START + dt.timedelta(weeks=4 * n) for n in (1, 2, 3)]
    for number, day in enumerate(days, start=1):
        started = context.course.start_session(
            patient.id, _session(context, consultation, practitioner, day, number)
        )
        done = context.course.finalise_session(started.id, practitioner.id)
        assert done.is_final and done.draft.lots["cartridge"].number == "CART-77"

    summary = context.course.course_summary(patient.id)
    assert summary.planned == len(consultation.plan.dates)
    assert summary.done == 3
    assert summary.next_number == 4
    interval = dt.timedelta(weeks=consultation.plan.interval_final_weeks)
    assert summary.next_due == max(consultation.plan.dates[3], days[-1] + interval)
    assert summary.last_depths_mm == consultation.plan.depths_mm
    kinds = [entry.kind for entry in summary.timeline]
    assert kinds[:5] == ["consultation", "test_patch", "session", "session", "session"]
    assert summary.timeline[1].label == "Test patch: No reaction"  # what it showed
    assert kinds[-1] == "review"

    better = FollowUpDetails(
        date=days[-1] + dt.timedelta(days=7),
        consultation_id=consultation.id,
        findings=(
            Finding("cheek_left", "rolling_moderate", 8),
            Finding("forehead", "boxcar_shallow", 3),
        ),
        global_grade=2,
    )
    result = context.course.record_follow_up(patient.id, better)
    assert result.comparison.counts["cheek_left"].change == -6
    assert result.comparison.ecca.change < 0
    assert result.comparison.grade.change == -1
    assert result.prompt is None
    assert context.course.course_summary(patient.id).comparison == result.comparison


def test_no_change_after_two_sessions_prompts_a_revision_that_keeps_the_original(context, course):
    patient, consultation, practitioner = course
    for number in (1, 2):
        day = START + dt.timedelta(weeks=4 * number)
        started = context.course.start_session(
            patient.id, _session(context, consultation, practitioner, day, number)
        )
        context.course.finalise_session(started.id, practitioner.id)
    same = FollowUpDetails(
        date=START + dt.timedelta(weeks=9),
        consultation_id=consultation.id,
        findings=consultation.draft.findings,
    )
    result = context.course.record_follow_up(patient.id, same)
    assert result.prompt == context.rules.course.no_change.text
    remaining = (dt.date.today() + dt.timedelta(weeks=1),)
    with pytest.raises(DocumentError, match="reason"):
        context.course.revise_plan(
            patient.id,
            RevisionDetails(dt.date.today(), consultation.id, 3, 6, remaining, {}, " "),
        )
    revision = context.course.revise_plan(
        patient.id,
        RevisionDetails(
            dt.date.today(),
            consultation.id,
            3,
            6,
            remaining,
            {"cheek_left": 1.5},
            "no change: TCA CROSS first, one more session",
            practitioner.id,
        ),
    )
    summary = context.course.course_summary(patient.id)
    assert summary.planned == 3 and summary.next_due == remaining[0]
    assert summary.prompt == context.rules.course.no_change.text
    assert context.consultations.get(consultation.id).plan == consultation.plan
    assert revision.details.reason.startswith("no change")


def test_refusals_say_why_and_nothing_is_kept(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    good = _session(context, consultation, practitioner, day, 1)
    blocked = replace(good, check={**good.check, "tan_or_sunburn": True})
    with pytest.raises(DocumentError, match=r"^check\.tan_or_sunburn: the session cannot go ahead"):
        context.course.start_session(patient.id, blocked)
    expired = replace(good, lots={"cartridge": Lot("OLD-1", day - dt.timedelta(days=1))})
    with pytest.raises(DocumentError, match=r"^lots\.cartridge\.expiry: lot OLD-1 expired"):
        context.course.start_session(patient.id, expired)
    unanswered = replace(good, check={})
    with pytest.raises(DocumentError, match="not answered"):
        context.course.start_session(patient.id, unanswered)
    deeper = replace(good, depths_mm={"cheek_left": 1.75})
    with pytest.raises(DocumentError, match=r"^depth_reasons\.cheek_left: .*Give a reason"):
        context.course.start_session(patient.id, deeper)
    with pytest.raises(DocumentError, match=r"depths_mm\.cheek_left: .*deeper than the 2 mm"):
        context.course.start_session(patient.id, replace(good, depths_mm={"cheek_left": 2.5}))
    assert context.course.sessions(patient.id) == []
    reasoned = replace(deeper, depth_reasons={"cheek_left": "deep rolling scars, thick skin"})
    assert context.course.start_session(patient.id, reasoned).draft.depths_mm == {
        "cheek_left": 1.75
    }


def test_a_finalised_session_is_locked_and_corrected_by_an_addendum(context, course):
    patient, consultation, practitioner = course
    started = context.course.start_session(
        patient.id,
        _session(context, consultation, practitioner, START + dt.timedelta(weeks=4), 1),
    )
    signed = context.course.finalise_session(started.id, practitioner.id)
    with pytest.raises(SessionLocked):
        context.course.save_session(signed.id, replace(signed.draft, passes=4))
    with pytest.raises(SessionLocked):
        context.course.finalise_session(signed.id, practitioner.id)
    added = context.course.add_addendum(signed.id, practitioner.id, "4 passes, not 3", "passes")
    kept = context.course.get_session(signed.id)
    assert kept.draft == signed.draft and kept.draft.passes == 3
    assert kept.addenda == (added,)
    assert added.practitioner_id == practitioner.id and added.at is not None


def test_signing_is_refused_naming_everything_missing_and_a_speed_is_for_a_pen(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    missing = dict(device="", depths_mm={}, endpoint="", speed=None)
    bare = _session(context, consultation, practitioner, day, 1, **missing)
    started = context.course.start_session(patient.id, bare)  # a draft may be incomplete
    with pytest.raises(SigningRefused) as refused:
        context.course.finalise_session(started.id, practitioner.id)
    assert [e.path for e in refused.value.problems] == ["device", "depths_mm", "endpoint"]
    assert not context.course.get_session(started.id).is_final
    rolled = _session(context, consultation, practitioner, day, 1, device="roller", speed=6)
    with pytest.raises(DocumentError, match=r"^speed: a speed is set on a motorised pen only"):
        context.course.save_session(started.id, rolled)
    patch = replace(bare, kind=TEST_PATCH, number=None, practitioner_id=None, adjuncts=())
    assert [e.path for e in context.course.signing_problems(patient.id, patch)] == [
        "practitioner",
        "patch_read_on",
        "patch_result",
    ]


def test_an_open_adverse_event_is_asked_about_at_the_next_check(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    first = context.course.start_session(
        patient.id, _session(context, consultation, practitioner, day, 1)
    )
    context.course.finalise_session(first.id, practitioner.id)
    event = context.course.record_adverse_event(
        patient.id,
        AdverseEventDetails("milia", day + dt.timedelta(days=5), "mild", first.id, "extraction"),
    )
    questions = context.course.check_questions(patient.id)
    asked = questions[-1]
    onset = (day + dt.timedelta(days=5)).isoformat()
    assert asked.id == f"adverse_event.{event.id}"
    assert asked.question == f"Adverse event recorded on {onset}: Milia. Is it still there?"
    assert asked.needs_reason and asked.level == "precaution"
    assert context.course.course_summary(patient.id).open_events == (event,)
    later = _session(context, consultation, practitioner, day + dt.timedelta(weeks=4), 2)
    with pytest.raises(DocumentError, match=rf"check\.adverse_event\.{event.id}: not answered"):
        context.course.start_session(patient.id, later)
    answered = replace(later, check={**later.check, asked.id: True})
    with pytest.raises(DocumentError, match=rf"^check_reasons\.adverse_event\.{event.id}: "):
        context.course.start_session(patient.id, answered)
    reasoned = replace(answered, check_reasons={asked.id: "milia on the chin only"})
    started = context.course.start_session(patient.id, reasoned)
    assert started.draft.check[asked.id] is True
    assert started.draft.check_reasons == {asked.id: "milia on the chin only"}
    assert export_patient(context.database, context.rules, patient.id, current=context.current)[
        "treatment_sessions"
    ][-1]["pre_session_reasons"] == {asked.id: "milia on the chin only"}
    with pytest.raises(DocumentError, match="before the onset"):
        context.course.resolve_adverse_event(event.id, day)
    resolved = context.course.resolve_adverse_event(event.id, day + dt.timedelta(weeks=3))
    assert not resolved.is_open and resolved.details.action == "extraction"
    assert len(context.course.check_questions(patient.id)) == len(context.rules.course.checks)


def test_lots_are_recalled_and_the_export_carries_the_course(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    started = context.course.start_session(
        patient.id, _session(context, consultation, practitioner, day, 1)
    )
    context.course.finalise_session(started.id, practitioner.id)
    context.course.add_addendum(started.id, practitioner.id, "serum lot was SER-9")
    context.course.record_adverse_event(
        patient.id, AdverseEventDetails("milia", day + dt.timedelta(days=10), "mild", started.id)
    )
    fewer = (Finding("cheek_left", "rolling_moderate", 10),)
    context.course.record_follow_up(
        patient.id, FollowUpDetails(day + dt.timedelta(days=20), consultation.id, fewer)
    )
    (use,) = context.course.lot_uses("AN-1")
    assert (use.date, use.patient_id, use.practitioner, use.kind) == (
        day,
        patient.id,
        "Dr Okafor",
        "anaesthetic",
    )
    assert context.course.lot_uses("AN") == []
    assert [u.session_id for u in context.course.lot_uses("  an-1 ")] == [use.session_id]

    data = json.loads(
        json.dumps(
            export_patient(context.database, context.rules, patient.id, current=context.current)
        )
    )
    assert data["schema"] == "consult.patient-export/1"
    (session,) = data["treatment_sessions"]
    assert session["lots"]["cartridge"]["number"] == "CART-77"
    assert session["anaesthetic"] == {"agent": "lidocaine cream", "minutes": 45}
    assert session["adjuncts"] == [{"id": "subcision", "zones": ["cheek_left"]}]
    assert session["pre_session_check"]["tan_or_sunburn"] is False
    assert session["finalised"] and session["addenda"][0]["text"] == "serum lot was SER-9"
    for key in ("device", "depth_mm", "passes", "product", "lot", "reaction", "notes"):
        assert key in session  # the keys of earlier exports stay
    assert data["adverse_events"][0]["type"] == "milia"
    assert data["follow_ups"][0]["scores"]["ecca"] > 0
    # The legacy keys, empty before `lots`, carry the needles' lot.
    assert (session["product"], session["lot"]) == ("", "CART-77")
    compared = data["follow_ups"][0]["comparison"]
    assert compared["zones"]["cheek_left"] == {"baseline": 14, "now": 10, "change": -4}
    assert compared["zones"]["forehead"] == {"baseline": 6, "now": 0, "change": -6}
    ecca = compared["scores"]["ecca"]
    assert ecca["now"] == data["follow_ups"][0]["scores"]["ecca"]
    assert ecca["change"] == ecca["now"] - ecca["baseline"] < 0
    assert set(compared["scores"]) == {"goodman_baron_quantitative", "ecca", "grade"}


def test_a_saved_session_shows_the_questions_it_was_asked(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    first = context.course.start_session(
        patient.id, _session(context, consultation, practitioner, day, 1)
    )
    context.course.finalise_session(first.id, practitioner.id)
    event = context.course.record_adverse_event(
        patient.id, AdverseEventDetails("milia", day + dt.timedelta(days=5), "mild", first.id)
    )
    asked = f"adverse_event.{event.id}"
    # A signed session keeps what it was asked; a draft asks about the events still open.
    assert [q.id for q in context.course.questions_for(first.id)] == list(
        context.rules.course.checks
    )
    later = _session(context, consultation, practitioner, day + dt.timedelta(weeks=4), 2)
    draft = context.course.start_session(
        patient.id, replace(later, check={**later.check, asked: False})
    )
    assert context.course.questions_for(draft.id)[-1].id == asked
    context.course.resolve_adverse_event(event.id, day + dt.timedelta(weeks=3))
    context.course.finalise_session(draft.id, practitioner.id)
    assert context.course.questions_for(draft.id)[-1].id == asked


def test_the_aftercare_sheet_names_the_patient_the_session_and_who_did_it(context, course):
    patient, _consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)

    given = context.course.aftercare_input(patient.id, day, practitioner.id, None)
    unsigned = context.course.aftercare_input(patient.id, day, None, None)

    assert (given.patient, given.language, given.session_date) == ("Ana Silva", "en", day)
    assert given.practitioner == "Dr Okafor" and unsigned.practitioner == ""


def test_a_follow_up_is_refused_before_the_consultation_or_with_another_patients_session(
    context, course
):
    patient, consultation, practitioner = course
    other = context.patients.create(PatientDetails("Bea", "Lima", dt.date(1991, 2, 2)))
    theirs = context.course.start_session(
        other.id,
        SessionDraft(date=START, check=dict.fromkeys(context.rules.course.checks, False)),
    )
    early = FollowUpDetails(
        START - dt.timedelta(days=1), consultation.id, consultation.draft.findings
    )
    with pytest.raises(DocumentError) as refused:
        context.course.record_follow_up(patient.id, early)
    assert refused.value.path == "date"
    assert refused.value.problem == "must not be before the consultation date"
    linked = replace(early, date=START + dt.timedelta(days=30), session_id=theirs.id)
    with pytest.raises(DocumentError) as refused:
        context.course.record_follow_up(patient.id, linked)
    assert refused.value.path == "session_id"
    assert context.course.follow_ups(patient.id) == []
    kept = context.course.record_follow_up(
        patient.id, replace(linked, session_id=None, practitioner_id=practitioner.id)
    )
    assert kept.record.details.practitioner_id == practitioner.id


def test_a_revision_is_read_beside_the_plan_as_decided_and_only_by_its_patient(context, course):
    from consult.store.errors import NotFound

    patient, consultation, practitioner = course
    other = context.patients.create(PatientDetails("Bea", "Lima", dt.date(1991, 2, 2)))
    proposed = context.course.propose_revision(patient.id, dt.date.today(), 5, 6, "Slower")
    saved = context.course.revise_plan(
        patient.id, replace(proposed, practitioner_id=practitioner.id)
    )

    view = context.course.revision_view(patient.id, saved.id)

    assert view.revision == saved and view.practitioner == "Dr Okafor"
    assert view.original.dates == consultation.plan.dates
    assert view.original_interval_weeks == consultation.plan.interval_final_weeks
    with pytest.raises(NotFound):
        context.course.revision_view(other.id, saved.id)


def test_a_late_session_moves_the_next_due_by_the_interval(context, course):
    patient, consultation, practitioner = course
    plan = consultation.plan
    weeks = dt.timedelta(weeks=plan.interval_final_weeks)
    days = [plan.dates[0], plan.dates[1], plan.dates[2] + dt.timedelta(weeks=2)]  # 3 is late
    for number, day in enumerate(days, start=1):
        started = context.course.start_session(
            patient.id, _session(context, consultation, practitioner, day, number)
        )
        context.course.finalise_session(started.id, practitioner.id)
    summary = context.course.course_summary(patient.id)
    assert summary.next_number == 4
    assert summary.next_due == max(plan.dates[3], days[2] + weeks) == days[2] + weeks
    planned = [e for e in summary.timeline if e.kind == "planned"]
    assert [e.label for e in planned] == [
        f"Session {n} of {plan.sessions_final}" for n in range(4, plan.sessions_final + 1)
    ]
    assert planned[0].date == summary.next_due
    for before, after in pairwise(planned):
        assert after.date >= before.date + weeks  # each keeps the interval after the late one
    # A revision's interval counts the same way, from the last session done.
    revision = context.course.propose_revision(
        patient.id, days[2] + dt.timedelta(days=1), interval_weeks=6, reason="slower healing"
    )
    context.course.revise_plan(patient.id, revision)
    summary = context.course.course_summary(patient.id)
    assert summary.next_due == days[2] + dt.timedelta(weeks=6)


def _signed(context, patient, consultation, practitioner, day, number, **changes):
    started = context.course.start_session(
        patient.id, _session(context, consultation, practitioner, day, number, **changes)
    )
    return context.course.finalise_session(started.id, practitioner.id)


def test_a_planned_number_is_fulfilled_once_and_extras_are_not_counted(context, course):
    patient, consultation, practitioner = course
    days = [START + dt.timedelta(weeks=4 * n) for n in (1, 2, 3, 4)]
    for number, day in enumerate(days[:3], start=1):
        _signed(context, patient, consultation, practitioner, day, number)
    again = _session(context, consultation, practitioner, days[3], 1)
    with pytest.raises(DocumentError) as refused:
        context.course.start_session(patient.id, again)
    assert refused.value.path == "number"
    assert refused.value.message.code == "course.number_used"
    draft = context.course.start_session(patient.id, replace(again, number=4))
    # A draft holds its number too; the draft itself may keep it.
    with pytest.raises(DocumentError, match=r"^number: session 4"):
        context.course.start_session(patient.id, replace(again, number=4))
    context.course.save_session(draft.id, replace(draft.draft, notes="kept"))
    assert context.course.free_numbers(patient.id) == list(
        range(5, len(consultation.plan.dates) + 1)
    )
    assert 4 in context.course.free_numbers(patient.id, draft.id)
    for _ in range(2):
        _signed(context, patient, consultation, practitioner, days[3], None)

    summary = context.course.course_summary(patient.id)
    assert summary.done == 3
    assert summary.next_number == 4


def test_a_session_follows_its_consultation_and_the_number_order_follows_the_dates(context, course):
    patient, consultation, practitioner = course
    early = _session(context, consultation, practitioner, START - dt.timedelta(days=1), 1)
    with pytest.raises(DocumentError, match=r"^date: must not be before the consultation"):
        context.course.start_session(patient.id, early)
    patch = replace(early, kind=TEST_PATCH, number=None, adjuncts=(), patch_zone="cheek_left")
    with pytest.raises(DocumentError, match=r"^date: must not be before the consultation"):
        context.course.record_test_patch(patient.id, patch)
    _signed(context, patient, consultation, practitioner, START + dt.timedelta(weeks=8), 2)
    before = _session(context, consultation, practitioner, START + dt.timedelta(weeks=4), 3)
    with pytest.raises(DocumentError) as refused:
        context.course.start_session(patient.id, before)
    assert refused.value.message.code == "course.before_earlier"
    assert refused.value.message.params["number"] == 2
    after = _session(context, consultation, practitioner, START + dt.timedelta(weeks=12), 1)
    with pytest.raises(DocumentError) as refused:
        context.course.start_session(patient.id, after)
    assert refused.value.message.code == "course.after_later"
    # Session 1 before the signed 2, and an extra one on any day after the consultation.
    _signed(context, patient, consultation, practitioner, START + dt.timedelta(weeks=4), 1)
    _signed(context, patient, consultation, practitioner, START + dt.timedelta(days=1), None)
    assert context.course.course_summary(patient.id).done == 2


def test_a_session_is_signed_only_with_the_lot_of_its_needles(context, course):
    patient, consultation, practitioner = course
    day = START + dt.timedelta(weeks=4)
    no_lot = _session(context, consultation, practitioner, day, 1, lots={})
    started = context.course.start_session(patient.id, no_lot)
    problems = context.course.signing_problems(patient.id, started.draft, started.id)
    assert [p.path for p in problems] == ["lots.cartridge.number"]
    assert problems[0].message.params["item"].code == "sign.lot"
    with pytest.raises(SigningRefused) as refused:
        context.course.finalise_session(started.id, practitioner.id)
    assert "the lot of the cartridge" in str(refused.value.problem)
    assert not context.course.get_session(started.id).is_final


def test_reception_reads_the_schedule_and_nothing_clinical(context, course):
    patient, consultation, _practitioner = course
    context.accounts.switch(SignedIn(Account(0, "rita", "Rita", Role.RECEPTION), None))
    schedule = context.course.schedule(patient.id)
    dates = consultation.plan.dates
    assert (schedule.planned, schedule.done) == (len(dates), 0)
    assert [e.date for e in schedule.upcoming if e.kind == "planned"] == list(dates)
    assert [e.kind for e in schedule.upcoming][-1] == "review"
    with pytest.raises(NotAllowed):
        context.course.course_summary(patient.id)
    with pytest.raises(NotAllowed):
        context.course.course_page(patient.id)
