"""The consultation editor: edits without Qt, readiness, and finishing in one transaction."""

import datetime as dt

import pytest

import consult.domain.consultation
import consult.services.assessment
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.errors import PlanError
from consult.domain.messages import Message, identity
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.services.editing import Change, ConsultationEditor
from consult.services.readiness import Problem, ProblemKind

TODAY = dt.date.today()


@pytest.fixture
def editor(context, rules):
    patient = context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3)
    )
    asked = [item for item in rules.screening.values() if item.age_below is None]
    screening = ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )
    draft = ConsultationDraft(
        date=TODAY,
        findings=(Finding("cheek_left", "rolling_moderate", 7),),
        global_grade=3,
        screening=screening,
    )
    return ConsultationEditor(context, patient, context.consultations.start(patient.id, draft))


def test_an_edit_tells_the_listeners_and_runs_the_engine_once(editor, monkeypatch):
    heard = []
    editor.subscribe(heard.append)
    calls = []
    for module in (consult.services.assessment, consult.domain.consultation):
        real = module.suggest_plan
        monkeypatch.setattr(
            module, "suggest_plan", lambda *a, real=real, **k: calls.append(1) or real(*a, **k)
        )
    assert editor.update(notes="seen") == ""
    assert heard == [Change.EDITED] and len(calls) == 1
    editor.save()
    assert heard == [Change.EDITED, Change.SAVED]


def test_an_unchecked_warning_keeps_the_service_from_finishing(editor):
    editor.update(plan_choices=PlanChoices(interval_weeks=3, reasons={"interval_weeks": "x"}))
    (warning,) = editor.open_warnings()
    assert editor.readiness() == (Problem(ProblemKind.WARNING, warning),)
    with pytest.raises(PlanError, match="check each warning"):
        editor.finish()
    editor.check_warning(warning)
    assert editor.readiness() == ()
    assert editor.finish().is_final


def test_choosing_the_practitioner_keeps_what_was_typed_with_it(editor, context):
    who = context.practitioners.add("Dr Ana Souza")
    editor.update(notes="typed before the choice")
    editor.set_practitioner(who.id)
    saved = context.consultations.get(editor.consultation_id)
    assert saved.practitioner_id == who.id
    assert saved.draft.notes == "typed before the choice"
    assert not editor.dirty


def test_an_unanswered_question_that_could_stop_the_plan_keeps_both_from_finishing(editor):
    flags, dates = dict(editor.draft.screening.flags), dict(editor.draft.screening.dates)
    del flags["pregnant_or_breastfeeding"]
    editor.update(screening=ScreeningAnswers(flags, dates))
    assert editor.readiness() == (Problem(ProblemKind.SCREENING, "pregnant_or_breastfeeding"),)
    with pytest.raises(PlanError, match="answer each screening question"):
        editor.finish()
    editor.update(screening=ScreeningAnswers({**flags, "pregnant_or_breastfeeding": False}, dates))
    assert editor.readiness() == ()
    assert editor.finish().is_final


def _reopened(editor, context):
    """The same consultation opened again from the database, as resuming a draft does."""
    saved = context.consultations.get(editor.consultation_id)
    return ConsultationEditor(context, editor.patient, saved)


def test_a_checked_warning_is_kept_with_the_draft_by_its_code_and_parameters(editor, context):
    editor.update(plan_choices=PlanChoices(interval_weeks=3, reasons={"interval_weeks": "x"}))
    (warning,) = editor.open_warnings()
    editor.check_warning(warning)
    assert editor.checked_warnings == {identity(warning)}
    assert identity(warning).startswith("warning.interval_short:weeks=3,")
    assert editor.dirty  # a tick is part of the draft: saved with it
    editor.save()
    again = _reopened(editor, context)
    assert again.open_warnings() == (warning,) and again.is_checked(warning)
    assert again.readiness() == ()
    assert again.finish().is_final


def test_a_tick_no_longer_applies_once_the_warning_s_parameters_change(editor, context):
    editor.update(plan_choices=PlanChoices(interval_weeks=3, reasons={"interval_weeks": "x"}))
    (short,) = editor.open_warnings()
    editor.check_warning(short)
    editor.update(plan_choices=PlanChoices(interval_weeks=7, reasons={"interval_weeks": "x"}))
    (longer,) = editor.open_warnings()
    assert longer.code == "warning.interval_long" and not editor.is_checked(longer)
    assert editor.checked_warnings == frozenset()
    assert editor.readiness() == (Problem(ProblemKind.WARNING, longer),)
    # Back to 3 weeks: the same warning as before, but it was not checked since it changed.
    editor.update(plan_choices=PlanChoices(interval_weeks=3, reasons={"interval_weeks": "x"}))
    assert not editor.is_checked(short)
    editor.check_warning(short)
    editor.check_warning(short, checked=False)
    editor.save()
    assert _reopened(editor, context).checked_warnings == frozenset()


def test_the_same_words_with_other_parameters_are_another_warning():
    day = dt.date(2026, 12, 1)
    past = Message("warning.first_session_past", day=day)
    assert identity(past) == "warning.first_session_past:day=2026-12-01"
    assert identity(past) != identity(Message("warning.first_session_past", day=day.replace(day=2)))


def test_a_finished_plan_keeps_each_warning_s_code_beside_its_words(editor, context):
    editor.update(plan_choices=PlanChoices(interval_weeks=3, reasons={"interval_weeks": "x"}))
    (warning,) = editor.open_warnings()
    editor.check_warning(warning)
    final = context.consultations.get(editor.finish().id).plan.detail["final"]
    (coded,) = final["warning_codes"]
    assert coded == {"code": warning.code, "params": dict(warning.params)}
    assert final["warnings"] == [Message(coded["code"], **coded["params"])]  # worded again
    assert list(final).index("warning_codes") == list(final).index("warnings") + 1


def test_a_plan_without_warnings_keeps_no_codes(editor, context):
    assert editor.open_warnings() == ()
    detail = context.consultations.get(editor.finish().id).plan.detail
    assert "warning_codes" not in detail["suggested"] and "warning_codes" not in detail["final"]
