"""The Handout page: built in the background from the confirmed plan, shown, saved, printed."""

import datetime as dt
import io
import re
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog

from consult.domain.clinic import ClinicDetails
from consult.domain.consultation import ConsultationDraft, PlanChoices
from consult.domain.errors import RulesError
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.ui.wizard import handout_step
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.session import ConsultationSession

DAY = dt.date(2026, 11, 24)
BUILD_TIMEOUT_MS = 30_000  # two cores shared by several test runs


# Every block item answered no: a plan is "incomplete" until they are (DECISIONS.md 7.4).
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
    """A grade-3 consultation: 5 sessions suggested, 4 weeks apart."""
    return ConsultationDraft(
        date=DAY,
        findings=(
            Finding("cheek_left", "rolling_moderate", 7),
            Finding("cheek_right", "boxcar_shallow", 4),
        ),
        global_grade=3,
        **{"screening": BLOCKS_NO, **changes},
    )


@pytest.fixture
def open_page(qtbot):
    """A Handout page on a session; kept until no build is running, so none outlives it."""
    pages = []

    def make(session: ConsultationSession) -> HandoutStep:
        page = HandoutStep(session)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        pages.append(page)
        return page

    yield make
    QThreadPool.globalInstance().waitForDone()


def build(qtbot, page: HandoutStep) -> None:
    with qtbot.waitSignal(page.built, timeout=BUILD_TIMEOUT_MS):
        page.refresh()
    assert not page.building


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def printed_dates(pdf: bytes) -> list[str]:
    """The dates of the plan's table (sessions, then the review), as ISO: each is printed
    once, in full ("29 December 2026", "around 6 July 2027"), alone in its cell below the
    "What happens" heading."""
    table = text_of(pdf).partition("What happens")[2]
    dates = re.findall(r"^(?:around )?(\d{1,2} [A-Z][a-z]+ \d{4})$", table, re.MULTILINE)
    return [dt.datetime.strptime(day, "%d %B %Y").date().isoformat() for day in dates]


def sessions_line(pdf: bytes) -> int:
    """The number of sessions in "5 microneedling sessions, 4 weeks apart"."""
    return int(re.search(r"(\d+) microneedling sessions", text_of(pdf)).group(1))


class ShownSessions:
    """The session count of each handout the page showed."""

    def __init__(self, page: HandoutStep) -> None:
        self.page = page
        self.counts: list[int] = []

    def record(self) -> None:
        self.counts.append(sessions_line(self.page.files.pdf))


def save_to(monkeypatch, path) -> list[str]:
    """Answer the save dialog with `path`; returns the default names it was offered."""
    offered: list[str] = []

    def answer(parent, caption, default, name_filter):
        offered.append(default)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_the_handout_is_built_in_the_background_and_shown(qtbot, make_session, open_page):
    session = make_session(grade_3())
    page = open_page(session)

    with qtbot.waitSignal(page.built, timeout=BUILD_TIMEOUT_MS):
        page.refresh()
        assert page.progress.isVisibleTo(page)
        assert page.busy_label.text() == "Preparing the handout…"
        assert not page.save_pdf_button.isEnabled()

    assert not page.progress.isVisibleTo(page)
    assert page.handout_view.document().pageCount() >= 2
    assert page.consent_view.document().pageCount() >= 1
    text = text_of(page.files.pdf)
    assert "Ana Moreno" in text
    first = session.preview.final.plan.dates[0]
    assert first.isoformat() in printed_dates(page.files.pdf)
    assert "Ana Moreno" in page.consent_view.document().getAllText(0).text()
    assert page.blocker() == ""


def test_showing_the_page_again_without_changes_builds_nothing(qtbot, make_session, open_page):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    shown = page.files

    with qtbot.assertNotEmitted(page.built):
        page.refresh()
        assert not page.building

    assert page.files is shown


def test_the_plan_as_overridden_is_printed_not_the_suggestion(qtbot, make_session, open_page):
    session = make_session(grade_3())
    suggested = session.preview.report.plan.dates
    assert len(suggested) == 5
    assert session.update(plan_choices=PlanChoices(sessions=4, reasons={"sessions": "x"})) == ""
    page = open_page(session)

    build(qtbot, page)

    dates = printed_dates(page.files.pdf)
    assert dates[:4] == [d.isoformat() for d in suggested[:4]]
    assert suggested[4].isoformat() not in dates
    assert sessions_line(page.files.pdf) == 4


def test_a_newer_draft_during_a_build_wins(qtbot, make_session, open_page):
    session = make_session(grade_3())
    page = open_page(session)
    shown = ShownSessions(page)
    page.built.connect(shown.record)

    page.refresh()
    assert page.building
    session.update(plan_choices=PlanChoices(sessions=4, reasons={"sessions": "x"}))
    page.refresh()
    qtbot.waitUntil(lambda: bool(shown.counts) and not page.building, timeout=2 * BUILD_TIMEOUT_MS)

    assert shown.counts == [4]  # the five-session handout built first was never shown


def test_save_pdf_writes_a_private_pdf_and_says_where(
    qtbot, make_session, open_page, monkeypatch, tmp_path
):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    offered = save_to(monkeypatch, tmp_path / "handout")

    page.save_pdf_button.click()

    saved = tmp_path / "handout.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert page.saved_label.text() == f"Saved to {saved}"
    assert offered[0].endswith("Moreno 2026-11-24 handout.pdf")


def test_save_calendar_writes_one_event_per_session(
    qtbot, make_session, open_page, monkeypatch, tmp_path
):
    session = make_session(grade_3())
    page = open_page(session)
    build(qtbot, page)
    save_to(monkeypatch, tmp_path / "sessions.ics")

    assert page.save_calendar_button.isEnabled()
    page.save_calendar_button.click()

    calendar = (tmp_path / "sessions.ics").read_bytes()
    assert calendar.startswith(b"BEGIN:VCALENDAR")
    assert calendar.count(b"BEGIN:VEVENT") == len(session.preview.final.plan.dates) == 5
    assert stat.S_IMODE((tmp_path / "sessions.ics").stat().st_mode) == 0o600


def test_save_consent_form_writes_the_form(qtbot, make_session, open_page, monkeypatch, tmp_path):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    save_to(monkeypatch, tmp_path / "consent.pdf")

    page.save_consent_button.click()

    assert (tmp_path / "consent.pdf").read_bytes() == page.files.consent


def test_saving_into_a_missing_folder_says_so_and_writes_nothing(
    qtbot, make_session, open_page, monkeypatch, tmp_path
):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    save_to(monkeypatch, tmp_path / "gone" / "handout.pdf")

    page.save_pdf_button.click()

    assert page.problem_label.isVisibleTo(page)
    assert "does not exist" in page.problem_label.text()
    assert not (tmp_path / "gone").exists()
    assert not page.saved_label.isVisibleTo(page)


def test_a_blocked_screening_gives_a_handout_without_dates(qtbot, make_session, open_page):
    session = make_session(grade_3(screening=ScreeningAnswers(flags={"active_acne": True})))
    page = open_page(session)

    build(qtbot, page)

    assert page.handout_view.document().pageCount() >= 1
    assert printed_dates(page.files.pdf) == []
    assert not page.save_calendar_button.isEnabled()
    assert "No sessions are planned" in page.save_calendar_button.toolTip()
    assert page.save_pdf_button.isEnabled()


def test_printing_without_a_printer_says_what_to_do(qtbot, make_session, open_page, monkeypatch):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [])
    monkeypatch.setattr(handout_step, "QPrintDialog", None)  # must not be opened

    page.print_button.click()

    message = page.problem_label.text()
    assert page.problem_label.isVisibleTo(page)
    assert "No printer is set up" in message
    assert "save the PDF and print it from another program" in message.replace("Save", "save")


def test_print_sends_every_page_of_the_shown_document(
    qtbot, make_session, open_page, monkeypatch, tmp_path
):
    page = open_page(make_session(grade_3()))
    build(qtbot, page)
    printed = tmp_path / "printed.pdf"

    class PrintToFile:
        """The print dialog, answered: a printer that writes a PDF file."""

        def __init__(self, printer, parent):
            self.printer = printer

        def setMinMax(self, low, high):
            assert (low, high) == (1, page.handout_view.document().pageCount())

        def setOption(self, option, on):
            pass

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [QPrinterInfo()])
    monkeypatch.setattr(handout_step, "QPrintDialog", PrintToFile)

    page.print_button.click()

    pages = len(PdfReader(printed).pages)
    assert pages == page.handout_view.document().pageCount()
    assert page.saved_label.text() == "Sent to the printer."


def test_without_a_skin_type_the_page_says_why_there_is_no_handout(
    qtbot, sqlite_context, open_page
):
    unknown = sqlite_context.patients.create(
        PatientDetails(given_names="Ines", family_name="Roca", date_of_birth=dt.date(1990, 1, 2))
    )
    record = sqlite_context.consultations.start(unknown.id, grade_3())
    page = open_page(ConsultationSession(sqlite_context, unknown, record))

    page.refresh()

    assert not page.building
    assert "skin type" in page.problem_label.text()
    assert not page.save_pdf_button.isEnabled()
    assert not page.print_button.isEnabled()


def test_the_clinic_details_are_printed(qtbot, sqlite_context, make_session, open_page):
    sqlite_context.clinic.save(ClinicDetails(name="Clínica del Sol", phone="+34 900 100 200"))
    page = open_page(make_session(grade_3()))

    build(qtbot, page)

    assert "Clínica del Sol" in text_of(page.files.pdf)


def test_characters_the_fonts_cannot_print_are_flagged_without_the_name(
    qtbot, sqlite_context, open_page
):
    arabic = sqlite_context.patients.create(
        PatientDetails(
            given_names="ليلى", family_name="حداد", date_of_birth=dt.date(1990, 1, 2), fitzpatrick=4
        )
    )
    record = sqlite_context.consultations.start(arabic.id, grade_3())
    page = open_page(ConsultationSession(sqlite_context, arabic, record))

    build(qtbot, page)

    warning = page.warning_label.text()
    assert page.warning_label.isVisibleTo(page)
    assert "check the printed name" in warning
    assert "ليلى" not in warning


class BrokenMaker:
    """A document maker whose texts cannot be read."""

    def build(self, given, **wanted):
        raise RulesError("handout/en/handout.toml", "plan", "is missing")


def test_a_failed_build_is_explained_and_can_be_tried_again(
    qtbot, make_session, open_page, monkeypatch
):
    session = make_session(grade_3())
    page = open_page(session)
    working = session.context.handouts
    monkeypatch.setattr(session.context, "handouts", BrokenMaker())

    page.refresh()
    qtbot.waitUntil(lambda: not page.building, timeout=BUILD_TIMEOUT_MS)

    assert "could not be prepared" in page.problem_label.text()
    assert "handout.toml: plan: is missing" in page.problem_label.text()
    assert not page.save_pdf_button.isEnabled()
    assert page.retry_button.isVisibleTo(page)

    monkeypatch.setattr(session.context, "handouts", working)
    with qtbot.waitSignal(page.built, timeout=BUILD_TIMEOUT_MS):
        page.retry_button.click()
    assert not page.problem_label.isVisibleTo(page)
    assert page.save_pdf_button.isEnabled()


def test_closing_the_consultation_during_a_build_is_safe(qtbot, make_session):
    """The page goes (Save and close) while its build runs: the result has nowhere to go and
    is dropped without an error."""
    page = HandoutStep(make_session(grade_3()))
    page.refresh()
    assert page.building

    with qtbot.captureExceptions() as exceptions:
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents()  # the build's result, queued to the GUI thread
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert exceptions == []


def test_finish_says_when_the_patient_has_no_handout_or_an_old_one(
    qtbot, make_session, open_page, monkeypatch, tmp_path
):
    session = make_session(grade_3())
    page = open_page(session)
    build(qtbot, page)
    finish = FinishStep(session)
    qtbot.addWidget(finish)
    finish.refresh()
    assert "has not been printed or saved yet" in finish.handout_note.text()
    save_to(monkeypatch, tmp_path / "handout")
    page.save_pdf_button.click()
    finish.refresh()
    assert finish.handout_note.isHidden()
    session.update(notes="Prefers mornings")  # not on the handout: still the same one
    finish.refresh()
    assert finish.handout_note.isHidden()
    session.update(plan_start=session.draft.date + dt.timedelta(days=7))
    finish.refresh()
    assert "before later changes" in finish.handout_note.text()
