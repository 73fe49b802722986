"""Settings: the clinic's details, logo, paper size, working days and practitioners are
kept; a refused value is shown beside its field; a first start asks once."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QLabel

from consult.domain.clinic import ClinicDetails
from consult.services.errors import StoreError
from consult.store import erasure
from consult.ui import settings_dialog
from consult.ui.settings_dialog import SettingsDialog, ask_clinic_once

FIRST_START = "Tell consult about your clinic (you can change this later in Settings)."


@pytest.fixture
def context(sqlite_context):
    return sqlite_context


@pytest.fixture
def logo(tmp_path):
    path = tmp_path / "logo.png"
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e6f8e"))
    assert image.save(str(path))
    return path


@pytest.fixture
def open_dialog(qtbot, context):
    def make(first_start=False):
        dialog = SettingsDialog(context, None, first_start=first_start)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def choose_file(monkeypatch, path):
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "Pictures")
    )


def answer_names(monkeypatch, *answers):
    """QInputDialog.getText answers in turn; returns the prompts it was shown."""
    prompts = []
    queue = list(answers)

    def get_text(parent, title, prompt, echo, text):
        prompts.append((prompt, text))
        return queue.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    return prompts


def shown_texts(dialog):
    return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]


def test_typed_details_are_saved_and_shown_again(qtbot, open_dialog, context, logo, monkeypatch):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
    qtbot.keyClicks(dialog.address_edit, "12 rue des Lilas")
    qtbot.keyClick(dialog.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.address_edit, "75011 Paris")
    qtbot.keyClicks(dialog.phone_edit, "+33 1 23 45 67 89")
    qtbot.keyClicks(dialog.email_edit, "contact@etoile.fr")
    qtbot.keyClicks(dialog.website_edit, "www.etoile.fr")
    choose_file(monkeypatch, logo)
    qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)
    assert not dialog.logo.preview.pixmap().isNull()
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("Letter"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    expected = ClinicDetails(
        name="Clinique Étoile",
        address="12 rue des Lilas\n75011 Paris",
        phone="+33 1 23 45 67 89",
        email="contact@etoile.fr",
        website="www.etoile.fr",
        logo_path=str(logo),
        paper_size="Letter",
    )
    assert context.clinic.get() == expected

    again = open_dialog()
    assert again.details() == expected
    assert again.name_edit.text() == "Clinique Étoile"
    assert again.address_edit.toPlainText() == "12 rue des Lilas\n75011 Paris"
    assert again.paper_combo.currentText().startswith("Letter")
    assert not again.logo.preview.pixmap().isNull()
    assert again.logo.file_name.text() == "logo.png"


def test_working_days_are_saved(qtbot, open_dialog, context):
    dialog = open_dialog()
    assert [box.isChecked() for box in dialog.day_boxes] == [True] * 5 + [False] * 2
    qtbot.mouseClick(dialog.day_boxes[4], Qt.MouseButton.LeftButton)  # Friday off
    qtbot.mouseClick(dialog.day_boxes[5], Qt.MouseButton.LeftButton)  # Saturday on
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert context.clinic.get().working_days == (0, 1, 2, 3, 5)
    again = open_dialog()
    assert [box.isChecked() for box in again.day_boxes] == [True] * 4 + [False, True, False]


def test_an_invalid_email_is_shown_beside_it_and_nothing_is_saved(qtbot, open_dialog, context):
    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
    qtbot.keyClicks(dialog.email_edit, "contact@etoile")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    message = dialog.messages["email"]
    assert message.isVisible()
    assert message.text() == "Must look like name@example.org."
    assert message.parentWidget() is dialog.email_edit.parentWidget()  # beside the field
    assert dialog.focusWidget() is dialog.email_edit  # the cursor is taken there
    assert context.clinic.get() is None
    assert dialog.name_edit.text() == "Clinique Étoile"  # nothing typed is lost
    assert dialog.email_edit.text() == "contact@etoile"

    qtbot.keyClicks(dialog.email_edit, ".fr")
    assert not message.isVisible()  # editing the field takes the message away
    qtbot.keyClick(dialog.email_edit, Qt.Key.Key_Return)  # Enter saves
    assert not dialog.isVisible()
    assert context.clinic.get().email == "contact@etoile.fr"


def test_no_working_day_is_refused_beside_the_days(qtbot, open_dialog, context):
    dialog = open_dialog()
    for box in dialog.day_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.messages["working_days"].text() == "Choose at least one day of the week."
    assert dialog.isVisible()
    assert context.clinic.get() is None


def test_a_database_problem_is_told_and_the_dialog_stays_open(
    qtbot, open_dialog, context, monkeypatch
):
    def busy(details):
        raise StoreError(
            "the database /data/consult.sqlite3 is busy in another window or room: nothing was "
            "saved. Try again in a moment"
        )

    dialog = open_dialog()
    qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
    monkeypatch.setattr(context.clinic, "save", busy)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.general_message.text().startswith("The database /data/consult.sqlite3 is busy")
    assert dialog.general_message.text().endswith("Try again in a moment.")
    assert dialog.name_edit.text() == "Clinique Étoile"


def test_a_file_that_is_not_a_picture_is_refused_as_logo(
    qtbot, open_dialog, tmp_path, logo, monkeypatch
):
    dialog = open_dialog()
    dialog.logo.set_path(str(logo))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    choose_file(monkeypatch, notes)
    qtbot.mouseClick(dialog.logo.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.logo.path == str(logo)
    assert dialog.logo.message.text() == (
        "notes.txt is not a picture consult can read: choose another file."
    )
    qtbot.mouseClick(dialog.logo.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.details().logo_path == ""
    assert dialog.logo.preview.text() == "No logo"


def test_a_practitioner_is_added_renamed_and_listed(qtbot, open_dialog, context, monkeypatch):
    dialog = open_dialog()
    panel = dialog.practitioners
    assert not panel.rename_button.isEnabled()
    answer_names(monkeypatch, ("Dr Ana Souza", True))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    answer_names(monkeypatch, ("Dr Lotte Bakker", True))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.names() == ["Dr Ana Souza", "Dr Lotte Bakker"]
    assert panel.list.currentItem().text() == "Dr Lotte Bakker"  # the one just added

    panel.list.setCurrentRow(0)
    prompts = answer_names(monkeypatch, ("Dr Ana Almeida", True))
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert prompts[0][1] == "Dr Ana Souza"  # offered for editing
    assert panel.names() == ["Dr Ana Almeida", "Dr Lotte Bakker"]
    assert [p.name for p in context.practitioners.list()] == ["Dr Ana Almeida", "Dr Lotte Bakker"]

    again = open_dialog()
    assert again.practitioners.names() == ["Dr Ana Almeida", "Dr Lotte Bakker"]


def test_a_refused_practitioner_name_is_asked_again_with_the_reason(
    qtbot, open_dialog, context, monkeypatch
):
    dialog = open_dialog()
    long_name = "x" * 201
    prompts = answer_names(monkeypatch, (long_name, True), (long_name, False))
    qtbot.mouseClick(dialog.practitioners.add_button, Qt.MouseButton.LeftButton)
    assert prompts[1][0].startswith("Must be at most 200 characters.")
    assert prompts[1][1] == long_name  # the typed name is offered again, not lost
    assert context.practitioners.list() == []
    assert dialog.practitioners.names() == []


def test_a_first_start_asks_once_and_skipping_saves_the_defaults(qtbot, context, monkeypatch):
    asked = []

    def skip(dialog):
        qtbot.addWidget(dialog)
        asked.append(dialog.windowTitle())
        dialog.show()
        assert FIRST_START in shown_texts(dialog)
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", skip)
    ask_clinic_once(context, None)
    assert asked == ["Welcome to consult"]
    assert context.clinic.get() == ClinicDetails()
    ask_clinic_once(context, None)
    assert asked == ["Welcome to consult"]  # not asked again


def test_a_first_start_answered_is_saved_and_not_asked_again(qtbot, context, monkeypatch):
    asked = []

    def answer(dialog):
        qtbot.addWidget(dialog)
        asked.append(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", answer)
    ask_clinic_once(context, None)
    assert context.clinic.get() == ClinicDetails(name="Clinique Étoile")
    ask_clinic_once(context, None)
    assert len(asked) == 1


def test_closing_the_first_start_question_counts_as_skipping(qtbot, open_dialog, context):
    dialog = open_dialog(first_start=True)
    qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert context.clinic.get() == ClinicDetails()


def test_settings_cancelled_saves_nothing(qtbot, open_dialog, context):
    dialog = open_dialog()
    assert dialog.skip_button is None
    qtbot.keyClicks(dialog.name_edit, "Clinique Étoile")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert context.clinic.get() is None


def test_the_first_start_question_takes_typing_in_the_clinic_name(qtbot, context):
    dialog = settings_dialog.SettingsDialog(context, None, first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(QApplication.focusWidget(), "Skin Clinic")
    assert dialog.name_edit.text() == "Skin Clinic"


def test_a_practitioner_who_left_is_deactivated_kept_and_reactivated(
    qtbot, open_dialog, context, monkeypatch
):
    kept = context.practitioners.add("Dr Ana Souza")
    context.practitioners.add("Dr Lotte Bakker")
    dialog = open_dialog()
    panel = dialog.practitioners
    assert not panel.active_button.isEnabled()
    panel.list.setCurrentRow(0)
    assert panel.active_button.text() == "Deac&tivate"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    assert panel.names() == ["Dr Ana Souza (left)", "Dr Lotte Bakker"]
    assert panel.active_button.text() == "Reac&tivate"
    assert [p.name for p in context.practitioners.offered()] == ["Dr Lotte Bakker"]
    # A record that names her still offers her, so opening it changes nothing.
    assert [p.name for p in context.practitioners.offered(kept.id)] == [
        "Dr Ana Souza",
        "Dr Lotte Bakker",
    ]
    prompts = answer_names(monkeypatch, ("Dr Ana Almeida", True))
    qtbot.mouseClick(panel.rename_button, Qt.MouseButton.LeftButton)
    assert prompts[0][1] == "Dr Ana Souza"  # the name, not the list's "(left)"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    assert panel.names() == ["Dr Ana Almeida", "Dr Lotte Bakker"]
    assert len(context.practitioners.offered()) == 2


def test_the_retention_period_is_set_in_settings_and_the_default_kept_as_default(
    qtbot, open_dialog, context
):
    dialog = open_dialog()
    assert dialog.retention_spin.value() == 8
    assert "Records Management Code of Practice" in dialog.retention_spin.toolTip()
    dialog.retention_spin.setValue(10)
    dialog.save()
    assert context.erasure.retention_years() == 10
    again = open_dialog()
    assert again.retention_spin.value() == 10
    again.retention_spin.setValue(8)
    again.save()
    with context.database.read() as session:
        assert erasure.retention_years(session) is None  # the rules' default again


def test_a_certificate_made_from_settings_says_it_is_kept_even_if_cancelled(
    open_dialog, context, monkeypatch
):
    from consult.ui import consent_dialogs

    def create(dialog):
        dialog.password_edit.setText("clinic secret")
        dialog.confirm_edit.setText("clinic secret")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(consent_dialogs.CertificateDialog, "exec", create)
    dialog = open_dialog()
    assert "None yet" in dialog.certificate_label.text()
    dialog.certificate_button.click()
    assert "Made now; kept even if you cancel Settings." in dialog.certificate_label.text()
    dialog.reject()
    assert context.consents.certificate() is not None
