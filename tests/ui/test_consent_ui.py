"""Consent signed in the window: the signature pad (mouse, pen pressure, touch; clear, undo,
redo; a typed name instead), the signing dialog from the Handout page for an adult and for a
16-year-old with a guardian, the reflection warning on the Plan and Finish pages, the patient's
consents (withdraw), and a session refused under a withdrawn consent with signing offered."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox
from sqlalchemy import select

from consult.domain.consent import ConsentStatus
from consult.domain.consultation import ConsultationDraft
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.store.models import AuditEvent
from consult.ui import consent_dialogs
from consult.ui.consent_dialogs import ConsentDialog, ConsentsDialog
from consult.ui.signature_pad import SignatureField, SignaturePad
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.plan.step import PlanStep

PASSWORD = "clinic secret"
BUILD_TIMEOUT_MS = 30_000
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


def draft(day=None, **changes):
    return ConsultationDraft(
        date=day or dt.date.today(),
        findings=(Finding("cheek_left", "rolling_moderate", 7),),
        global_grade=3,
        **{"screening": BLOCKS_NO, **changes},
    )


def draw(pad: SignaturePad, points=((10, 60), (60, 20), (110, 70), (160, 30))) -> None:
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*points[-1]))


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


# The pad --------------------------------------------------------------------------------------


def test_the_mouse_draws_strokes_kept_normalised_with_clear_undo_redo(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 120)
    pad.show()
    with qtbot.waitSignal(pad.changed):
        draw(pad)
    draw(pad, ((200, 50), (300, 60)))
    signature = pad.signature()
    assert len(signature.strokes) == 2 and len(signature.strokes[0]) == 4
    first = signature.strokes[0][0]
    assert first == (0.025, 0.5, 0.5)  # 10/400, 60/120, no pressure from a mouse
    pad.undo()
    assert len(pad.signature().strokes) == 1
    pad.redo()
    assert len(pad.signature().strokes) == 2
    pad.clear()
    assert pad.empty and pad.signature().empty
    pad.redo()  # a clear taken back
    assert len(pad.signature().strokes) == 2


def test_a_pen_s_pressure_is_kept(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 100)
    pad.show()
    pen = QPointingDevice.primaryPointingDevice()
    for kind, x, pressure in (
        (QEvent.Type.TabletPress, 40, 0.2),
        (QEvent.Type.TabletMove, 120, 0.9),
        (QEvent.Type.TabletRelease, 200, 0.0),
    ):
        event = QTabletEvent(
            kind,
            pen,
            QPointF(x, 50),
            QPointF(x, 50),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)
    (stroke,) = pad.signature().strokes
    assert [p.pressure for p in stroke] == [0.2, 0.9]
    assert stroke[1].x == 0.3


def test_a_finger_draws_too(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 100)
    pad.show()
    screen = QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen)
    QTest.touchEvent(pad, screen).press(0, QPoint(20, 20))
    QTest.touchEvent(pad, screen).move(0, QPoint(100, 80))
    QTest.touchEvent(pad, screen).release(0, QPoint(200, 50))
    (stroke,) = pad.signature().strokes
    # Where the finger touched, within the few pixels a touch point's area moves it by.
    x, y, pressure = stroke[0]
    assert (x * 400, y * 100) == pytest.approx((20, 20), abs=3)
    assert pressure == 0.5 and len(stroke) == 3


def test_a_keyboard_user_types_a_name_instead(qtbot):
    field = SignatureField("patient")
    qtbot.addWidget(field)
    field.show()
    field.type_instead.setChecked(True)
    assert field.typed_name.isVisible() and not field.pad.isVisible()
    QTest.keyClicks(field.typed_name, "Ana Moreno")
    assert field.signature().typed and field.signature().typed_name == "Ana Moreno"


# Signing from the Handout page -----------------------------------------------------------------


@pytest.fixture
def page(qtbot, sqlite_context, make_session):
    session = make_session(draft(acknowledged=frozenset({"under_18"})))
    step = HandoutStep(session)
    qtbot.addWidget(step)
    step.resize(1000, 600)
    with qtbot.waitSignal(step.built, timeout=BUILD_TIMEOUT_MS):
        step.refresh()
    return step


def sign_in(dialog: ConsentDialog, guardian: bool = False, tick: bool = True) -> None:
    """Fill the dialog as a patient and practitioner would: every tick, strokes, password."""
    dialog.show()
    for box in dialog.statement_ticks:
        box.setChecked(tick)
    draw(dialog.patient_signature.pad)
    if guardian:
        dialog.guardian_name.setText("Rosa Moreno")
        dialog.guardian_relationship.setText("Mother")
        draw(dialog.guardian_signature.pad)
    if not dialog.practitioner_name.text():
        dialog.practitioner_name.setText("Dr Lopez")
    draw(dialog.practitioner_signature.pad, ((20, 40), (90, 60), (140, 30)))
    dialog.password_edit.setText(PASSWORD)


def answer_dialog(monkeypatch, fill):
    """The consent dialog, when opened, filled by `fill` and signed; what it showed kept."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        fill(dialog)
        dialog.sign()
        return dialog.result()

    monkeypatch.setattr(ConsentDialog, "exec", run)
    return seen


def test_an_adult_signs_with_the_mouse_and_the_pdf_keeps_strokes_and_names(
    qtbot, sqlite_context, page, monkeypatch
):
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    seen = answer_dialog(monkeypatch, sign_in)
    page.sign_consent_button.click()
    (dialog,) = seen
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()
    assert not dialog.guardian_box.isVisibleTo(dialog)
    assert "signed and kept" in page.saved_label.text()
    record = dialog.record
    pdf = sqlite_context.consents.pdf(record.id)
    text = pdf_text(pdf)
    assert "Ana Moreno" in text and "Signed on screen" in text
    assert PdfReader(io.BytesIO(pdf)).pages[-1].get_contents().get_data().count(b" l") >= 5
    with sqlite_context.database.read() as session:
        audited = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "consent.sign")
        ).all()
    assert audited == [record.sha256]
    assert record.consultation_id == page.session.consultation_id


def test_a_16_year_old_signs_with_a_guardian(qtbot, sqlite_context, monkeypatch, tmp_path):
    born = dt.date.today().replace(year=dt.date.today().year - 16) - dt.timedelta(days=30)
    young = sqlite_context.patients.create(PatientDetails("Mia", "Moreno", born, fitzpatrick=3))
    record = sqlite_context.consultations.start(
        young.id, draft(acknowledged=frozenset({"under_18"}))
    )
    from consult.ui.wizard.session import ConsultationSession

    step = HandoutStep(ConsultationSession(sqlite_context, young, record))
    qtbot.addWidget(step)
    with qtbot.waitSignal(step.built, timeout=BUILD_TIMEOUT_MS):
        step.refresh()
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)

    # Without the guardian: refused, and the dialog says why.
    refused = answer_dialog(monkeypatch, sign_in)
    step.sign_consent_button.click()
    assert refused[0].guardian_box.isVisibleTo(refused[0])
    assert refused[0].result() != QDialog.DialogCode.Accepted
    assert refused[0].problem.text() == "Give the parent or guardian's name."

    seen = answer_dialog(monkeypatch, lambda d: sign_in(d, guardian=True))
    step.sign_consent_button.click()
    kept = seen[0].record
    assert kept.answers.guardian.relationship == "Mother"
    text = pdf_text(sqlite_context.consents.pdf(kept.id))
    assert "Rosa Moreno" in text and "Mia Moreno" in text and "Mother" in text
    seen[0].grab().save(str(tmp_path / "dialog.png"))


def test_no_certificate_yet_is_said_and_one_can_be_made(qtbot, sqlite_context, page, monkeypatch):
    made = []

    def create(dialog):
        dialog.password_edit.setText(PASSWORD)
        dialog.confirm_edit.setText(PASSWORD)
        dialog.save()
        made.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(consent_dialogs.CertificateDialog, "exec", create)

    def fill(dialog):
        assert "no clinic certificate yet" in dialog.certificate_note.text()
        assert dialog.create_certificate_button.isVisibleTo(dialog)
        sign_in(dialog)
        dialog.sign()  # refused: no certificate
        assert "no clinic certificate" in dialog.problem.text()
        dialog.create_certificate_button.click()
        assert not dialog.create_certificate_button.isVisibleTo(dialog)

    seen = answer_dialog(monkeypatch, fill)
    page.sign_consent_button.click()
    assert made == [QDialog.DialogCode.Accepted]
    assert seen[0].record is not None


def test_no_certificate_is_made_where_the_refusal_is_said_and_signing_goes_on(
    qtbot, sqlite_context, page, monkeypatch, tmp_path
):
    def create(dialog):
        dialog.password_edit.setText(PASSWORD)
        dialog.confirm_edit.setText(PASSWORD)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(consent_dialogs.CertificateDialog, "exec", create)

    def fill(dialog):
        sign_in(dialog)
        dialog.password_edit.clear()  # none yet: the certificate's is put there when made
        dialog.sign()  # refused: no certificate
        assert dialog.create_and_sign_button.isVisibleTo(dialog)
        assert "create it now" in dialog.problem.text()
        dialog.grab().save(str(tmp_path / "no-certificate.png"))
        dialog.create_and_sign_button.click()  # made, and signed at once
        assert dialog.result() == QDialog.DialogCode.Accepted, dialog.problem.text()

    seen = answer_dialog(monkeypatch, fill)
    page.sign_consent_button.click()
    assert seen[0].record is not None


def test_a_missing_name_is_a_sentence_naming_the_field(qtbot, sqlite_context, page, monkeypatch):
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)

    def fill(dialog):
        sign_in(dialog)
        dialog.practitioner_name.clear()

    seen = answer_dialog(monkeypatch, fill)
    page.sign_consent_button.click()
    assert seen[0].problem.text() == "Give the practitioner's name."
    seen[0].practitioner_name.setText("Dr Lopez")
    seen[0].practitioner_signature.pad.clear()
    seen[0].sign()
    assert seen[0].problem.text() == (
        "The practitioner's signature is missing: sign on the pad, or type the name instead."
    )


def test_the_certificate_dialog_words_its_refusals_and_asks_before_replacing(
    qtbot, sqlite_context, monkeypatch, tmp_path
):
    dialog = consent_dialogs.CertificateDialog(sqlite_context.consents, "Skin Clinic")
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Import a &PKCS#12 file:" in labels  # shown with an underlined P, not a "&"
    (file_label,) = [lb for lb in dialog.findChildren(QLabel) if lb.text().startswith("Import")]
    assert file_label.buddy() is dialog.file_edit
    assert "kept even if you then cancel Settings" in dialog.kept_note.text()
    dialog.save()
    assert dialog.problem.text() == "Give a password to protect the clinic certificate's key."
    dialog.password_edit.setText("short")
    dialog.confirm_edit.setText("short")
    dialog.save()
    assert dialog.problem.text().startswith("The password must be at least 8 characters")
    assert sqlite_context.consents.certificate() is None
    dialog.grab().save(str(tmp_path / "certificate.png"))

    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    again = consent_dialogs.CertificateDialog(sqlite_context.consents, "Skin Clinic 2027")
    qtbot.addWidget(again)
    assert "replaces the clinic certificate" in again.kept_note.text()
    asked = []

    def cancel(*args):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    again.password_edit.setText("the new password")
    again.confirm_edit.setText("the new password")
    again.save()
    assert "CN=Skin Clinic" in asked[0]
    assert "Skin Clinic 2027" not in sqlite_context.consents.certificate().subject
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    again.save()
    assert "Skin Clinic 2027" in sqlite_context.consents.certificate().subject


def test_unticked_statements_are_refused(qtbot, sqlite_context, page, monkeypatch):
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    seen = answer_dialog(monkeypatch, lambda d: sign_in(d, tick=False))
    page.sign_consent_button.click()
    assert seen[0].problem.text() == "Every statement must be ticked before signing."
    assert sqlite_context.consents.consents(page.session.patient.id) == []


# Reflection time ----------------------------------------------------------------------------


def test_the_reflection_warning_asks_for_a_reason_on_plan_and_finish(
    qtbot, sqlite_context, make_session, monkeypatch
):
    today = dt.date.today()
    session = make_session(draft(day=today - dt.timedelta(days=13)))
    first = session.preview.final.plan.dates[0]  # 14 days after the consultation
    plan = PlanStep(session)
    finish = FinishStep(session)
    handout = HandoutStep(session)
    for widget in (plan, finish, handout):
        qtbot.addWidget(widget)
    plan.refresh()
    finish.refresh()
    assert not plan.reflection.isVisibleTo(plan)
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    with qtbot.waitSignal(handout.built, timeout=BUILD_TIMEOUT_MS):
        handout.refresh()

    def fill(dialog):
        dialog.today = first - dt.timedelta(days=3)  # signed 3 days before the first session
        sign_in(dialog)

    answer_dialog(monkeypatch, fill)
    handout.sign_consent_button.click()
    plan.refresh()
    finish.refresh()
    assert plan.reflection.isVisibleTo(plan)
    assert "fewer than 7 days" in finish.reflection.text.text()
    assert "time to reflect" in finish.missing.text()
    with pytest.raises(Exception, match="time to reflect"):
        session.editor.finish()
    assert not finish.finish_button.isEnabled()
    QTest.keyClicks(finish.reflection.reason, "Patient travels abroad next month")
    # Finish is ready as soon as the reason is typed, with no page change in between.
    assert finish.finish_button.isEnabled()
    assert "time to reflect" not in finish.missing.text()
    plan.refresh()  # as the wizard does when the page is shown again
    assert plan.reflection.reason.text() == "Patient travels abroad next month"
    # The reason is kept with the draft: a draft opened again still has it.
    session.editor.save()
    from consult.ui.wizard.session import ConsultationSession

    again = ConsultationSession(
        sqlite_context, session.patient, sqlite_context.consultations.get(session.consultation_id)
    )
    reopened = FinishStep(again)
    qtbot.addWidget(reopened)
    reopened.refresh()
    assert reopened.reflection.reason.text() == "Patient travels abroad next month"
    assert reopened.finish_button.isEnabled()
    session.editor.finish()
    (kept,) = sqlite_context.consents.consents(session.patient.id)
    assert kept.reflection_reason == "Patient travels abroad next month"


# The patient's consents, and sessions under a withdrawn one --------------------------------


def test_withdrawn_from_the_patient_s_consents_then_a_session_is_refused(
    qtbot, sqlite_context, make_course, monkeypatch
):
    from consult.ui.course.session_view import SessionDialog

    patient, _, _ = make_course(sqlite_context)
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    answer_dialog(monkeypatch, sign_in)
    consents = ConsentsDialog(sqlite_context, patient)
    qtbot.addWidget(consents)
    consents.sign_button.click()
    assert consents.table.rowCount() == 1
    consents.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("  ", True))
    consents.withdraw_button.click()
    assert consents.problem.text() == "Give the reason the patient withdraws this consent."
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Changed her mind", True))
    consents.withdraw_button.click()
    assert consents.records[0].status == ConsentStatus.WITHDRAWN
    assert "No session can be recorded" in consents.note.text()
    assert not consents.withdraw_button.isEnabled()

    dialog = SessionDialog(sqlite_context, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save() is None
    assert "sign a new consent" in dialog.problem.text()
    assert dialog.sign_consent_button.isVisible()
    dialog.sign_consent_button.click()
    assert "A new consent was signed" in dialog.problem.text()
    assert sqlite_context.consents.blocking(patient.id) is None


def test_photo_use_consent_is_signed_per_use(qtbot, sqlite_context, patient, monkeypatch):
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)

    def fill(dialog):
        assert list(dialog.use_ticks) == ["clinical_record", "teaching", "publication", "marketing"]
        dialog.use_ticks["clinical_record"].setChecked(True)
        dialog.use_ticks["teaching"].setChecked(True)
        sign_in(dialog)

    seen = answer_dialog(monkeypatch, fill)
    consents = ConsentsDialog(sqlite_context, patient)
    qtbot.addWidget(consents)
    consents.photo_button.click()
    assert seen[0].record is not None
    assert consents.table.item(0, 1).text() == "Use of photographs"
    assert sqlite_context.consents.signed_photo_uses(patient.id) == {"clinical_record", "teaching"}


def test_a_plan_changed_after_signing_is_said_on_the_handout_page_and_the_consents(
    qtbot, sqlite_context, page, monkeypatch, tmp_path
):
    sqlite_context.consents.create_certificate("Skin Clinic", PASSWORD)
    answer_dialog(monkeypatch, sign_in)
    page.sign_consent_button.click()
    assert not page.consent_note.isVisibleTo(page)
    session = page.session
    later = session.preview.final.plan.dates[0] + dt.timedelta(days=14)
    assert session.update(plan_start=later) == ""
    session.editor.save()
    with qtbot.waitSignal(page.built, timeout=BUILD_TIMEOUT_MS):
        page.refresh()
    assert page.consent_note.isVisibleTo(page)
    assert "predates the current plan" in page.consent_note.text()
    page.grab().save(str(tmp_path / "handout.png"))
    consents = ConsentsDialog(sqlite_context, session.patient)
    qtbot.addWidget(consents)
    assert "predates the current plan" in consents.note.text()
    assert "predates the current plan" in consents.table.item(0, 4).text()
    assert consents.sign_button.isEnabled()  # signing again is offered, never forced
    consents.grab().save(str(tmp_path / "consents.png"))
    # Back to the dates signed: nothing to say.
    session.update(plan_start=None)
    page.refresh()
    assert not page.consent_note.isVisibleTo(page)
