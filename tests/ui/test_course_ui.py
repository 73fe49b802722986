"""The course's record views as a practitioner uses them: a test patch and three sessions
against a plan, with lots and depths; an expired lot and a blocking pre-session answer refused
with the reason; a finalised session read-only, corrected by an addendum that keeps it; adverse
events recorded and resolved; the patient page's way in."""

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPalette
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.treatment import TEST_PATCH, AdverseEventDetails
from consult.ui.course import adverse_event as adverse_module
from consult.ui.course import aftercare as aftercare_module
from consult.ui.course import record as record_module
from consult.ui.course.adverse_event import AdverseEventDialog, AdverseEventsDialog, ResolveDialog
from consult.ui.course.session_view import SessionDialog
from consult.ui.course.test_patch import TestPatchDialog
from consult.ui.formats import show_date
from consult.ui.main_window import MainWindow

BLOCKS = (
    "active_acne",
    "active_infection",
    "active_cold_sore",
    "active_sunburn",
    "pregnant_or_breastfeeding",
    "radiotherapy_last_3_months",
    "skin_cancer_in_area",
)
START = dt.date.today() - dt.timedelta(days=120)


@pytest.fixture
def plan(sqlite_context, patient):
    """A final consultation planning sessions, and the practitioner who signs."""
    draft = ConsultationDraft(
        date=START,
        screening=ScreeningAnswers(dict.fromkeys(BLOCKS, False), {"isotretinoin_last_dose": None}),
        findings=(
            Finding("cheek_left", "rolling_moderate", 14),
            Finding("forehead", "boxcar_shallow", 6),
        ),
        global_grade=3,
    )
    consultation = sqlite_context.consultations.start(patient.id, draft)
    sqlite_context.consultations.finalise(consultation.id)
    practitioner = sqlite_context.practitioners.add("Dr Okafor")
    return sqlite_context.consultations.get(consultation.id), practitioner


@pytest.fixture
def sign(monkeypatch):
    """The practitioner says Yes when asked to sign."""
    monkeypatch.setattr(
        record_module.QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )


def _answer_all_no(dialog):
    for row in dialog.checklist.rows:
        row.no.click()


def _fill_header(qtbot, dialog, day, practitioner):
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, day.isoformat())
    dialog.practitioner.setCurrentIndex(dialog.practitioner.findData(practitioner.id))
    _answer_all_no(dialog)


def _fill_lots(qtbot, dialog, day, cartridge="CART-77"):
    cartridge_row, anaesthetic_row, _serum = dialog.lots
    qtbot.keyClicks(cartridge_row.number, cartridge)
    cartridge_row.expiry.set_date(day + dt.timedelta(days=300))
    qtbot.keyClicks(anaesthetic_row.product, "lidocaine 5% cream")
    qtbot.keyClicks(anaesthetic_row.number, "AN-1")
    anaesthetic_row.expiry.set_date(day + dt.timedelta(days=90))


def test_a_test_patch_and_three_sessions_against_the_plan(
    qtbot, sqlite_context, patient, plan, sign
):
    consultation, practitioner = plan
    patch = TestPatchDialog(sqlite_context, patient)
    qtbot.addWidget(patch)
    _fill_header(qtbot, patch, START + dt.timedelta(days=7), practitioner)
    patch.zone.setCurrentIndex(patch.zone.findData("cheek_left"))
    with qtbot.waitSignal(patch.saved):
        patch.save_button.click()
    assert "Draft saved" in patch.status.text()
    # Read two days later, then signed.
    patch.read_on.set_date(START + dt.timedelta(days=9))
    patch.result.setCurrentIndex(patch.result.findData("none"))
    patch.finalise_button.click()
    assert patch.record.is_final and patch.record.draft.kind == TEST_PATCH
    assert patch.record.draft.patch_result == "none"
    assert not patch.form.isEnabled() and patch.addendum_button.isVisibleTo(patch)
    # Typed as 2026-08-15, shown once saved as the window writes dates.
    assert patch.date.edit.text() == show_date(START + dt.timedelta(days=7))
    assert patch.read_on.edit.text() == show_date(START + dt.timedelta(days=9))

    for number in (1, 2, 3):
        day = START + dt.timedelta(weeks=4 * number)
        dialog = SessionDialog(sqlite_context, patient)
        qtbot.addWidget(dialog)
        assert dialog.number.currentData() == number  # the next planned session
        assert {row.zone.id: row.spin.value() for row in dialog.depths} == pytest.approx(
            consultation.plan.depths_mm
        )
        _fill_header(qtbot, dialog, day, practitioner)
        dialog.device.setCurrentIndex(dialog.device.findData("pen"))
        qtbot.keyClicks(dialog.needles, "12-pin cartridge")
        _fill_lots(qtbot, dialog, day)
        qtbot.keyClicks(dialog.anaesthetic, "lidocaine 5% cream")
        dialog.minutes.set_number(40)
        dialog.passes.set_number(3)
        dialog.endpoint.setCurrentIndex(dialog.endpoint.findData("pinpoint_bleeding"))
        dialog.adjuncts[0].box.setChecked(True)
        dialog.adjuncts[0].zones.boxes["cheek_left"].setChecked(True)
        dialog.pain.set_number(4)
        dialog.aftercare.setChecked(True)
        dialog.finalise_button.click()
        assert dialog.record is not None and dialog.record.is_final, dialog.problem.text()

    sessions = [s for s in sqlite_context.course.sessions(patient.id) if s.draft.kind != TEST_PATCH]
    assert [s.draft.number for s in sessions] == [1, 2, 3]
    last = sessions[-1].draft
    assert last.lots["cartridge"].number == "CART-77"
    assert last.lots["anaesthetic"].product == "lidocaine 5% cream"
    assert last.depths_mm == consultation.plan.depths_mm
    assert last.adjuncts[0].zones == ("cheek_left",) and last.pain == 4 and last.aftercare_given
    summary = sqlite_context.course.course_summary(patient.id)
    assert (summary.done, summary.next_number) == (3, 4)


def test_an_expired_lot_is_refused_with_the_reason(qtbot, sqlite_context, patient, plan):
    _consultation, practitioner = plan
    day = START + dt.timedelta(weeks=4)
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, day, practitioner)
    _fill_lots(qtbot, dialog, day, cartridge="OLD-1")
    dialog.lots[0].expiry.set_date(day - dt.timedelta(days=1))
    dialog.save_button.click()
    assert "Lot OLD-1 expired on" in dialog.lots[0].error.text()
    assert dialog.lots[0].error.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("Not saved: Lot OLD-1 expired")
    assert sqlite_context.course.sessions(patient.id) == []


def test_a_blocking_answer_stops_the_session_with_the_reason(qtbot, sqlite_context, patient, plan):
    _consultation, practitioner = plan
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, START + dt.timedelta(weeks=4), practitioner)
    row = dialog.checklist.row("tan_or_sunburn")
    row.yes.click()
    reason = sqlite_context.rules.course.checks["tan_or_sunburn"].text
    assert row.note.text() == f"The session cannot go ahead: {reason}"
    assert row.note.isVisibleTo(dialog)
    dialog.save_button.click()
    # Said once beside the question and once in the line under the form, nowhere else.
    assert dialog.problem.text() == f"Not saved: The session cannot go ahead: {reason}"
    assert not row.error.isVisibleTo(dialog) and not dialog.check_error.isVisibleTo(dialog)
    assert sqlite_context.course.sessions(patient.id) == []
    # Answered no again, it goes ahead.
    row.no.click()
    assert not row.note.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()


def test_a_depth_beyond_the_usual_range_needs_a_reason(qtbot, sqlite_context, patient, plan):
    _consultation, practitioner = plan
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, START + dt.timedelta(weeks=4), practitioner)
    cheek = next(row for row in dialog.depths if row.zone.id == "cheek_left")
    cheek.spin.setValue(1.75)
    assert cheek.warning.isVisibleTo(dialog) and cheek.reason.isVisibleTo(dialog)
    dialog.save_button.click()
    assert "Give a reason for this depth" in cheek.error.text()
    qtbot.keyClicks(cheek.reason, "deep rolling scars, thick skin")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert dialog.record.draft.depth_reasons == {"cheek_left": "deep rolling scars, thick skin"}


def test_a_finalised_session_is_read_only_and_an_addendum_keeps_it(
    qtbot, sqlite_context, patient, plan, sign, monkeypatch
):
    _consultation, practitioner = plan
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, START + dt.timedelta(weeks=4), practitioner)
    dialog.passes.set_number(3)
    dialog.device.setCurrentIndex(dialog.device.findData("roller"))
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData("even_redness"))
    dialog.finalise_button.click()
    # Not signed without the lot of its needles, said beside the row for them.
    assert "the lot of the cartridge" in dialog.lots[0].error.text()
    assert dialog.record is None or not dialog.record.is_final
    qtbot.keyClicks(dialog.lots[0].number, "ROLL-9")
    dialog.lots[0].expiry.set_date(START + dt.timedelta(weeks=40))
    dialog.finalise_button.click()
    signed = dialog.record
    assert signed.is_final

    opened = SessionDialog(sqlite_context, patient, signed.id)
    qtbot.addWidget(opened)
    assert "Finalised and signed by Dr Okafor" in opened.status.text()
    assert not opened.form.isEnabled()
    # Its captions read as text, not in the grey of a switched-off field.
    caption = next(label for label in opened.form.findChildren(QLabel) if label.text())
    text = QPalette.ColorRole.WindowText
    drawn = caption.palette().color(QPalette.ColorGroup.Disabled, text)
    assert drawn == opened.palette().color(QPalette.ColorGroup.Active, text)
    assert not opened.save_button.isVisibleTo(opened)
    assert opened.addendum_button.isVisibleTo(opened)
    assert [row.answer() for row in opened.checklist.rows] == [False] * len(opened.checklist.rows)

    def write(addendum):
        addendum.field.setText("passes")
        addendum.text.setPlainText("4 passes on the left cheek, not 3")
        addendum.save()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(record_module.AddendumDialog, "exec", write)
    opened.addendum_button.click()
    assert opened.addenda.rowCount() == 1
    assert opened.addenda.data(opened.addenda.index(0, 1)) == "Dr Okafor"
    assert opened.addenda.data(opened.addenda.index(0, 3)) == "4 passes on the left cheek, not 3"
    kept = sqlite_context.course.get_session(signed.id)
    assert kept.draft == signed.draft and kept.draft.passes == 3
    assert opened.passes.number() == 3


def _pdf_text(path):
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_aftercare_is_saved_and_printed_again_from_a_signed_session(
    qtbot, sqlite_context, patient, plan, sign, monkeypatch, tmp_path
):
    _consultation, practitioner = plan
    day = START + dt.timedelta(weeks=4)
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, day, practitioner)
    dialog.device.setCurrentIndex(dialog.device.findData("roller"))
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData("even_redness"))
    _fill_lots(qtbot, dialog, day)
    dialog.finalise_button.click()
    assert dialog.record.is_final
    # Signing locks the form, not the aftercare sheet.
    assert dialog.save_aftercare_button.isEnabled()

    target = tmp_path / "aftercare"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(dialog.aftercare_sheet.done, timeout=30_000):
        dialog.save_aftercare_button.click()
    saved = tmp_path / "aftercare.pdf"
    assert dialog.aftercare_note.text() == f"Aftercare saved to {saved}"
    text = _pdf_text(saved)
    after = sqlite_context.handouts.texts("en").handout["care"]["after_heading"]
    assert after in text and "Ana Moreno" in text and "Dr Okafor" in text
    assert f"{day.day} {day.strftime('%B')} {day.year}" in text
    assert dialog.save_aftercare_button.isEnabled()

    printed = tmp_path / "printed.pdf"

    class PrintToFile:
        """The print dialog, answered: a printer that writes a PDF file."""

        def __init__(self, printer, parent):
            self.printer = printer

        def exec(self):
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [QPrinterInfo()])
    monkeypatch.setattr(aftercare_module, "QPrintDialog", PrintToFile)
    with qtbot.waitSignal(dialog.aftercare_sheet.done, timeout=30_000):
        dialog.print_aftercare_button.click()
    assert dialog.aftercare_note.text() == "Aftercare sent to the printer."
    assert len(PdfReader(printed).pages) == 1


def test_printing_the_aftercare_without_a_printer_says_what_to_do(
    qtbot, sqlite_context, patient, plan, monkeypatch
):
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QPrinterInfo, "availablePrinters", lambda: [])
    monkeypatch.setattr(aftercare_module, "QPrintDialog", None)  # must not be opened
    with qtbot.waitSignal(dialog.aftercare_sheet.done, timeout=30_000):
        dialog.print_aftercare_button.click()
    assert "No printer is set up" in dialog.aftercare_note.text()
    assert dialog.aftercare_note.isVisibleTo(dialog)


def test_an_adverse_event_is_recorded_asked_about_and_resolved(
    qtbot, sqlite_context, patient, plan, monkeypatch, qtmodeltester
):
    _consultation, _practitioner = plan
    events = AdverseEventsDialog(sqlite_context, patient)
    qtbot.addWidget(events)
    assert events.empty.isVisibleTo(events) and not events.resolve_button.isEnabled()

    def record(dialog):
        dialog.type.setCurrentIndex(dialog.type.findData("pih"))
        dialog.onset.set_date(START + dt.timedelta(days=20))
        dialog.severity.setCurrentIndex(dialog.severity.findData("mild"))
        dialog.action.setPlainText("sun protection, azelaic acid")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(AdverseEventDialog, "exec", record)
    events.record_button.click()
    assert events.model.rowCount() == 1
    assert events.model.data(events.model.index(0, 4)) == "Open"
    qtmodeltester.check(events.model)
    # The next session asks about it, its date as the window writes dates.
    session = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(session)
    onset = show_date(START + dt.timedelta(days=20))
    assert (
        session.checklist.rows[-1]
        .label.text()
        .endswith(
            f"Adverse event recorded on {onset}: Dark marks (post-inflammatory hyperpigmentation). "
            "Is it still there?"
        )
    )

    def resolve(dialog):
        dialog.resolved_on.set_date(START + dt.timedelta(days=60))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ResolveDialog, "exec", resolve)
    events.resolve_button.click()
    assert events.model.data(events.model.index(0, 4)) != "Open"
    assert not sqlite_context.course.adverse_events(patient.id)[0].is_open


def test_an_adverse_event_without_its_onset_is_refused_beside_it(
    qtbot, sqlite_context, patient, plan
):
    dialog = AdverseEventDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.errors["onset"].isVisibleTo(dialog)
    assert sqlite_context.course.adverse_events(patient.id) == []


def test_the_patient_page_opens_the_course_records(
    qtbot, sqlite_context, patient, plan, monkeypatch
):
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.open_patient(patient.id)
    shown = []
    for kind in (SessionDialog, adverse_module.AdverseEventsDialog, TestPatchDialog):
        monkeypatch.setattr(kind, "exec", lambda self: shown.append(type(self).__name__) or 0)
    with qtbot.waitSignal(window.patient_view.course_record_requested) as asked:
        window.patient_view.session_button.click()
    assert asked.args == ["session", 0]
    window.patient_view.patch_button.click()
    window.patient_view.events_button.click()
    assert shown == ["SessionDialog", "TestPatchDialog", "AdverseEventsDialog"]


def test_a_part_filled_consumable_is_refused_beside_its_row_not_dropped(
    qtbot, sqlite_context, patient, plan
):
    _consultation, practitioner = plan
    day = START + dt.timedelta(weeks=4)
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, day, practitioner)
    anaesthetic = dialog.lots[1]
    qtbot.keyClicks(anaesthetic.product, "lidocaine 5% cream")
    dialog.save_button.click()
    assert anaesthetic.error.isVisibleTo(dialog)
    assert anaesthetic.error.text().startswith("Lot number needed for the anaesthetic")
    assert sqlite_context.course.sessions(patient.id) == []
    # With its number but no expiry, the expiry is asked for.
    qtbot.keyClicks(anaesthetic.number, "AN-1")
    dialog.save_button.click()
    assert anaesthetic.error.text() == "Expiry date needed for the anaesthetic's lot AN-1."
    assert sqlite_context.course.sessions(patient.id) == []
    anaesthetic.expiry.set_date(day + dt.timedelta(days=90))
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert dialog.record.draft.lots["anaesthetic"].product == "lidocaine 5% cream"


def test_signing_names_everything_still_missing_at_once(qtbot, sqlite_context, patient, plan, sign):
    _consultation, practitioner = plan
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    dialog.date.edit.clear()
    qtbot.keyClicks(dialog.date.edit, (START + dt.timedelta(weeks=4)).isoformat())
    dialog.checklist.rows[0].no.click()
    for row in dialog.depths:
        row.spin.setValue(0)
    dialog.finalise_button.click()
    assert dialog.record is None
    unanswered = len(dialog.checklist.rows) - 1
    assert dialog.problem.text() == (
        "Not signed: still needed: the practitioner who signs it; an answer to every "
        f"pre-session question ({unanswered} not answered); the device used; the depth used "
        "in at least one zone; the endpoint the skin was taken to; the lot of the cartridge, "
        "so it can be recalled."
    )
    for label in (
        dialog.practitioner_error,
        dialog.check_error,
        dialog.device_error,
        dialog.depth_error,
        dialog.needling_error,
        dialog.lots[0].error,
    ):
        assert label.isVisibleTo(dialog) and label.text().startswith("Needed to sign: ")
    # A draft may be incomplete, once its pre-session check is answered.
    _fill_header(qtbot, dialog, START + dt.timedelta(weeks=4), practitioner)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    # A roller has no speed: refused once the rest is there.
    dialog.device.setCurrentIndex(dialog.device.findData("roller"))
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData("even_redness"))
    dialog.depths[0].spin.setValue(0.5)
    _fill_lots(qtbot, dialog, START + dt.timedelta(weeks=4))
    dialog.speed.set_number(8)
    dialog.finalise_button.click()
    assert dialog.needling_error.text() == (
        "A speed is set on a motorised pen only, not on a roller (single-use)."
    )
    assert not sqlite_context.course.get_session(dialog.record.id).is_final
    dialog.device.setCurrentIndex(dialog.device.findData("pen"))
    dialog.finalise_button.click()
    assert dialog.record.is_final, dialog.problem.text()


def _event(sqlite_context, patient, kind, day):
    return sqlite_context.course.record_adverse_event(
        patient.id, AdverseEventDetails(kind, day, "mild")
    )


def test_an_open_event_still_there_goes_ahead_only_with_a_reason(
    qtbot, sqlite_context, patient, plan
):
    _consultation, practitioner = plan
    day = START + dt.timedelta(weeks=4)
    event = _event(sqlite_context, patient, "milia", START + dt.timedelta(days=20))
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, day, practitioner)
    row = dialog.checklist.row(f"adverse_event.{event.id}")
    assert not row.reason.isVisibleTo(dialog)
    row.yes.click()
    assert row.reason.isVisibleTo(dialog)
    assert row.note.text() == sqlite_context.rules.course.open_event.text
    dialog.save_button.click()
    assert row.error.text().startswith("Still there: record why the session goes ahead")
    assert sqlite_context.course.sessions(patient.id) == []
    qtbot.keyClicks(row.reason, "milia on the chin, away from the treated cheeks")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    saved = sqlite_context.course.get_session(dialog.record.id).draft
    assert saved.check_reasons == {
        row.question.id: "milia on the chin, away from the treated cheeks"
    }
    reopened = SessionDialog(sqlite_context, patient, dialog.record.id)
    qtbot.addWidget(reopened)
    assert reopened.checklist.row(row.question.id).reason.text().startswith("milia on the chin")


def test_dark_marks_still_there_stop_the_session_as_the_last_session_question_does(
    qtbot, sqlite_context, patient, plan
):
    _consultation, practitioner = plan
    event = _event(sqlite_context, patient, "pih", START + dt.timedelta(days=20))
    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    _fill_header(qtbot, dialog, START + dt.timedelta(weeks=4), practitioner)
    row = dialog.checklist.row(f"adverse_event.{event.id}")
    row.yes.click()
    settled = sqlite_context.rules.course.checks["last_session_not_settled"]
    assert row.note.text() == f"The session cannot go ahead: {settled.text}"
    assert not row.reason.isVisibleTo(dialog)
    dialog.save_button.click()
    assert dialog.problem.text().startswith("Not saved: The session cannot go ahead")
    assert sqlite_context.course.sessions(patient.id) == []


def test_a_first_test_patch_asks_nothing_about_a_last_session(qtbot, sqlite_context, patient, plan):
    patch = TestPatchDialog(sqlite_context, patient)
    qtbot.addWidget(patch)
    asked = [row.question.id for row in patch.checklist.rows]
    assert "last_session_not_settled" not in asked and "new_medicines" in asked
    _fill_header(qtbot, patch, START + dt.timedelta(days=7), plan[1])
    with qtbot.waitSignal(patch.saved):
        patch.save_button.click()
    # The session after it asks about it.
    session = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(session)
    assert "last_session_not_settled" in [row.question.id for row in session.checklist.rows]


def test_a_signed_record_shows_its_values_as_text(qtbot, sqlite_context, patient, plan, sign):
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QWidget

    _consultation, practitioner = plan
    patch = TestPatchDialog(sqlite_context, patient)
    qtbot.addWidget(patch)
    patch.show()
    qtbot.waitExposed(patch)
    day = START + dt.timedelta(days=7)
    _fill_header(qtbot, patch, day, practitioner)
    patch.zone.setCurrentIndex(patch.zone.findData("cheek_left"))
    patch.read_on.set_date(START + dt.timedelta(days=9))
    patch.result.setCurrentIndex(patch.result.findData("none"))
    assert patch.date.edit.isVisible()  # a draft is typed into
    patch.finalise_button.click()
    assert patch.record.is_final
    inputs = (QLineEdit, QAbstractSpinBox, QComboBox)
    seen = [
        widget
        for widget in patch.form.findChildren(QWidget)
        if isinstance(widget, inputs) and widget.isVisible() and not widget.size().isEmpty()
    ]
    assert seen == []  # no white field, greyed box or spin buttons left in a signed record
    values = [label.text() for label in patch.form.findChildren(QLabel) if label.isVisible()]
    assert show_date(day) in values and "Dr Okafor" in values
