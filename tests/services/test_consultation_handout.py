"""The handout of a consultation prints the plan as the practitioner confirmed it."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from consult.domain.clinic import ClinicDetails
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails, PatientRecord
from consult.services.consultations import preview_of
from consult.services.handout import HandoutMaker, consultation_handout_input

DAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 0)
PATIENT = PatientRecord(
    1, PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), fitzpatrick=3), False, NOW, NOW
)


# Every block item answered no: a plan is "incomplete" until they are.
BLOCKS_NO = ScreeningAnswers(
    dict.fromkeys(
        (
            "active_acne",
            "active_infection",
            "active_cold_sore",
            "active_sunburn",
            "pregnant_or_breastfeeding",
            "radiotherapy_last_3_months",
            "skin_cancer_in_area",
        ),
        False,
    )
)


def grade_3(**changes) -> ConsultationDraft:
    return ConsultationDraft(
        date=DAY,
        findings=(
            Finding("cheek_left", "rolling_moderate", 7),
            Finding("cheek_right", "boxcar_shallow", 4),
        ),
        global_grade=3,
        **{"screening": BLOCKS_NO, **changes},
    )


@pytest.fixture(scope="module")
def maker(rules):
    return HandoutMaker(rules)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def printed_dates(pdf: bytes) -> list[str]:
    """The dates of the plan's table (sessions, then the review), as ISO: each is printed
    once, in full ("29 December 2026", "around 6 July 2027"), alone in its cell below the
    "What happens" heading."""
    table = text_of(pdf).partition("What happens")[2]
    dates = re.findall(r"^(?:around )?(\d{1,2} [A-Z][a-z]+ \d{4})$", table, re.MULTILINE)
    return [dt.datetime.strptime(day, "%d %B %Y").date().isoformat() for day in dates]


def test_the_handout_holds_the_confirmed_session_count_not_the_suggestion(rules, maker):
    preview = preview_of(
        grade_3(plan_choices=PlanChoices(sessions=4, reasons={"sessions": "budget"})),
        PATIENT,
        rules,
    )
    assert preview.report.plan.sessions.suggested == 5

    given = consultation_handout_input(preview, None)

    assert given.plan == preview.final.plan
    assert len(given.plan.dates) == 4
    files = maker.build(given, calendar=True)
    sessions = [d.isoformat() for d in given.plan.dates]
    assert printed_dates(files.pdf)[:4] == sessions
    assert preview.report.plan.dates[4].isoformat() not in printed_dates(files.pdf)
    assert files.ics.count(b"BEGIN:VEVENT") == 4


def test_dates_moved_by_the_practitioner_are_the_ones_printed(rules, maker):
    suggested = preview_of(grade_3(), PATIENT, rules).report.plan.dates
    moved = tuple(day + dt.timedelta(days=1) for day in suggested)
    preview = preview_of(
        grade_3(plan_choices=PlanChoices(dates=moved, reasons={"dates": "Wednesdays"})),
        PATIENT,
        rules,
    )

    files = maker.build(consultation_handout_input(preview, None))

    assert printed_dates(files.pdf)[:5] == [d.isoformat() for d in moved]


def test_the_clinic_and_practitioner_given_are_printed_and_defaults_stand_in(rules, maker):
    preview = preview_of(grade_3(), PATIENT, rules)
    clinic = ClinicDetails(name="Clínica del Sol", phone="+34 900 100 200")

    given = consultation_handout_input(preview, clinic, "Dr Lena Ortiz")
    text = PdfReader(io.BytesIO(maker.build(given).pdf)).pages[0].extract_text()

    assert given.clinic == clinic
    assert "Clínica del Sol" in text
    assert "Dr Lena Ortiz" in text
    assert consultation_handout_input(preview, None).clinic == ClinicDetails()


def test_a_blocked_screening_gives_a_handout_without_dates_and_no_calendar(rules, maker):
    preview = preview_of(
        grade_3(screening=ScreeningAnswers(flags={"active_acne": True})), PATIENT, rules
    )

    files = maker.build(consultation_handout_input(preview, None), calendar=True, consent=True)

    assert preview.final.plan.dates == ()
    assert printed_dates(files.pdf) == []
    assert files.ics is None
    assert files.consent is not None


def test_a_vietnamese_patient_is_named_family_name_first_on_the_handout_and_consent(rules, maker):
    details = PatientDetails("Thị Ánh", "Nguyễn", dt.date(1990, 5, 1), fitzpatrick=4, language="vi")
    preview = preview_of(grade_3(), PatientRecord(2, details, False, NOW, NOW), rules)

    files = maker.build(consultation_handout_input(preview, None), consent=True)

    for pdf in (files.pdf, files.consent):
        text = " ".join(text_of(pdf).split())
        assert "Nguyễn Thị Ánh" in text
        assert "Thị Ánh Nguyễn" not in text
