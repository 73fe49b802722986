"""The consultation editor: edits without Qt, readiness, and finishing in one transaction."""

import datetime as dt

import pytest

import consult.domain.consultation
import consult.services.assessment
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.errors import PlanError
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
