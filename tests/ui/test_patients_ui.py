"""Finding and creating patients, and the patient's page."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from consult.domain.consultation import ConsultationDraft
from consult.domain.model import ScreeningAnswers
from consult.domain.records import PatientDetails
from consult.ui.formats import show_date
from consult.ui.main_window import MainWindow
from consult.ui.patients.dialog import PatientDialog
from consult.ui.patients.listing import PatientListView
from consult.ui.patients.page import PatientView
from consult.ui.patients.table import PatientTableModel
from consult.ui.patients.timeline import TimelineTableModel


def _people(context, *names):
    return [
        context.patients.create(PatientDetails(given, family, dt.date(1980, 1, 2)))
        for given, family in names
    ]


def test_results_update_as_you_type_and_enter_opens(qtbot, sqlite_context):
    _people(sqlite_context, ("Ana", "Moreno"), ("Zoë", "Martin"), ("Bo", "Lind"))
    view = PatientListView(sqlite_context.patients)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.rowCount() == 3
    qtbot.keyClicks(view.search, "zoe")
    assert [view.model.record(r).details.full_name for r in range(view.model.rowCount())] == [
        "Zoë Martin"
    ]
    with qtbot.waitSignal(view.opened) as opened:
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened.args == [view.model.record(0).id]


def test_typing_on_the_results_goes_to_the_search(qtbot, sqlite_context):
    _people(sqlite_context, ("Ana", "Moreno"), ("Bo", "Lind"))
    view = PatientListView(sqlite_context.patients)
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    view.table.setFocus()
    qtbot.keyClicks(view.table, "lin")
    assert view.search.text() == "lin"
    assert view.model.rowCount() == 1


def test_no_match_says_so(qtbot, sqlite_context):
    view = PatientListView(sqlite_context.patients)
    qtbot.addWidget(view)
    qtbot.keyClicks(view.search, "nobody")
    assert "No patient matches" in view.status.text()


def test_escape_clears_the_search_and_lists_the_recent_again(qtbot, sqlite_context):
    _people(sqlite_context, ("Ana", "Moreno"), ("Bo", "Lind"))
    view = PatientListView(sqlite_context.patients)
    qtbot.addWidget(view)
    view.show()
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClicks(view.search, "lin")
    assert view.model.rowCount() == 1
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert view.model.rowCount() == 2
    assert view.status.text().startswith("Recently seen patients")


def test_an_empty_database_says_how_to_add_the_first_patient(qtbot, sqlite_context):
    view = PatientListView(sqlite_context.patients)
    qtbot.addWidget(view)
    view.refresh()
    assert view.status.text() == "No patients yet: add one with New patient (Ctrl+N)."
    qtbot.keyClicks(view.search, "ana")
    assert view.status.text() == "No patient matches “ana”."
    _people(sqlite_context, ("Ana", "Moreno"))
    view.search.clear()
    assert view.status.text().startswith("Recently seen patients")


def test_new_patient_in_one_step_with_inline_checks(qtbot, sqlite_context):
    dialog = PatientDialog(sqlite_context.patients)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "date of birth" in dialog._errors["date_of_birth"].text()
    qtbot.keyClicks(dialog.date_of_birth, "18/03/2999")
    assert "future" in dialog._errors["date_of_birth"].text()
    dialog.date_of_birth.clear()
    qtbot.keyClicks(dialog.date_of_birth, "18/03/1994")
    assert "years old" in dialog.age.text()
    dialog.save()
    assert "name" in dialog._errors["family_name"].text()
    assert dialog.saved is None
    qtbot.keyClicks(dialog.given_names, "Ana")
    qtbot.keyClicks(dialog.family_name, "Moreno")
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.save()
    assert dialog._errors["email"].isVisibleTo(dialog)
    assert dialog.given_names.text() == "Ana"  # nothing typed is lost
    dialog.email.clear()
    dialog.fitzpatrick.setCurrentIndex(4)
    dialog.save()
    assert dialog.saved is not None
    saved = sqlite_context.patients.get(dialog.saved.id).details
    assert (saved.full_name, saved.date_of_birth, saved.fitzpatrick) == (
        "Ana Moreno",
        dt.date(1994, 3, 18),
        4,
    )


def test_an_impossible_age_is_refused_beside_the_date(qtbot, sqlite_context):
    dialog = PatientDialog(sqlite_context.patients)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_name, "Old")
    qtbot.keyClicks(dialog.date_of_birth, "1850-01-01")
    dialog.save()
    assert "120" in dialog._errors["date_of_birth"].text()
    assert sqlite_context.patients.search("old") == []


def _shown_dialog(qtbot, sqlite_context, record=None, languages=("en",)):
    dialog = PatientDialog(sqlite_context.patients, record, languages)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _messages(dialog):
    return {key: label.text() for key, label in dialog._errors.items() if label.isVisibleTo(dialog)}


def test_save_shows_every_problem_at_once_and_goes_to_the_first(qtbot, sqlite_context):
    dialog = _shown_dialog(qtbot, sqlite_context)
    qtbot.keyClicks(dialog.email, "not-an-email")
    dialog.save()
    assert _messages(dialog) == {
        "family_name": "Enter the patient's name.",
        "date_of_birth": "Enter the date of birth, e.g. 18/03/1994 or 1994-03-18.",
        "email": "Must look like name@example.org.",
    }
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.family_name)
    qtbot.keyClicks(dialog.family_name, "Moreno")
    dialog.save()
    assert set(_messages(dialog)) == {"date_of_birth", "email"}
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.date_of_birth)
    assert dialog.saved is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/1990", "31/02/1990 is not a date: check the day and the month."),
        ("05/06/90", "Write the year with four digits, e.g. 18/03/1994."),
        ("the 5th", "Type the date as day/month/year or year-month-day, e.g. 18/03/1994."),
    ],
)
def test_a_date_that_cannot_be_read_is_told_what_is_wrong(qtbot, sqlite_context, typed, said):
    dialog = _shown_dialog(qtbot, sqlite_context)
    qtbot.keyClicks(dialog.family_name, "Moreno")
    qtbot.keyClicks(dialog.date_of_birth, typed)
    dialog.save()
    assert _messages(dialog) == {"date_of_birth": said}
    assert not dialog.age.isVisibleTo(dialog)  # one message under the date, not two


def test_a_message_goes_once_its_field_is_put_right(qtbot, sqlite_context):
    dialog = _shown_dialog(qtbot, sqlite_context)
    qtbot.keyClicks(dialog.date_of_birth, "18/03/1994")
    qtbot.keyClicks(dialog.email, "ana@")
    dialog.save()
    assert set(_messages(dialog)) == {"family_name", "email"}
    qtbot.keyClicks(dialog.given_names, "Ana")  # either name will do
    assert set(_messages(dialog)) == {"email"}
    qtbot.keyClicks(dialog.email, "example")  # still wrong: still said
    assert set(_messages(dialog)) == {"email"}
    qtbot.keyClicks(dialog.email, ".org")
    assert _messages(dialog) == {}
    dialog.save()
    assert sqlite_context.patients.get(dialog.saved.id).details.email == "ana@example.org"


def test_the_handout_language_is_chosen_by_name_among_those_written(qtbot, sqlite_context):
    dialog = _shown_dialog(qtbot, sqlite_context, languages=("en", "de"))
    assert not dialog.language.isEditable()
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["German (de)", "English (en)"]
    assert dialog.language.currentText() == "English (en)"
    assert not dialog.language_note.isVisibleTo(dialog)


def test_a_language_without_a_handout_is_kept_and_said_to_print_in_english(qtbot, sqlite_context):
    record = sqlite_context.patients.create(
        PatientDetails("Ana", "Moreno", dt.date(1994, 3, 18), language="es")
    )
    dialog = _shown_dialog(qtbot, sqlite_context, record)
    assert dialog.language.currentText() == "Spanish (es)"
    assert dialog.language_note.isVisibleTo(dialog)
    assert "no handout in Spanish" in dialog.language_note.text()
    assert "print in English" in dialog.language_note.text()
    dialog.save()
    assert sqlite_context.patients.get(record.id).details.language == "es"
    dialog = _shown_dialog(qtbot, sqlite_context, sqlite_context.patients.get(record.id))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisibleTo(dialog)
    dialog.save()
    assert sqlite_context.patients.get(record.id).details.language == "en"


def test_patient_page_shows_flags_from_the_last_screening_and_history(
    qtbot, sqlite_context, patient
):
    answers = ScreeningAnswers({"herpes_history": True, "anticoagulants": False})
    sqlite_context.consultations.start(
        patient.id, ConsultationDraft(date=dt.date.today(), screening=answers)
    )
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(patient.id)
    assert view.flags() == ["Cold-sore history"]
    assert view.model.rowCount() == 1
    assert "Draft" in view.model.index(0, 2).data()
    sqlite_context.consultations.start(patient.id)  # a new, blank consultation
    view.show_patient(patient.id)
    assert view.flags() == ["Cold-sore history"]
    assert view.model.rowCount() == 2

    def captions():
        return [label.text() for label in view.findChildren(QLabel) if label.text()[:5] == "from "]

    qtbot.waitUntil(lambda: len(captions()) == 1)  # the earlier page's caption deleted
    assert captions() == [f"from the screening of {show_date(dt.date.today())}"]


def test_models_pass_the_model_tester(qtmodeltester, sqlite_context, patient):
    people = PatientTableModel()
    people.set_records([patient])
    qtmodeltester.check(people)
    sqlite_context.consultations.start(patient.id)
    timeline = TimelineTableModel()
    page = sqlite_context.course.course_page(patient.id)
    timeline.set_course(page.timeline, [], dt.date.today())
    qtmodeltester.check(timeline)


@pytest.fixture
def window(qtbot, sqlite_context):
    made = MainWindow(sqlite_context)
    qtbot.addWidget(made)
    made.show()
    return made


def test_window_remembers_its_geometry(qtbot, sqlite_context, window):
    # The offscreen screen is 800 x 800: a window narrower than that keeps its size.
    window.setGeometry(40, 50, 700, 520)
    window.close()
    again = MainWindow(sqlite_context)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_resume_after_a_crash_offers_the_draft(qtbot, sqlite_context, patient, monkeypatch):
    # A draft saved by a process that never closed its window.
    sqlite_context.consultations.start(
        patient.id,
        ConsultationDraft(date=dt.date.today(), screening=ScreeningAnswers({"active_acne": False})),
    )
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer(parent, title, text, *rest):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.offer_resume()
    assert "Ana Moreno" in asked[0]
    assert window.wizard is not None
    assert window.wizard.session.draft.screening.flags == {"active_acne": False}


def test_a_new_consultation_offers_the_unfinished_one_first(
    qtbot, sqlite_context, patient, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    draft = sqlite_context.consultations.start(patient.id)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.start_consultation(patient.id)
    assert window.wizard.session.consultation_id == draft.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Cancel)
    window.start_consultation(patient.id)
    assert len(sqlite_context.consultations.history(patient.id)) == 1


def test_the_practitioner_chosen_is_kept_and_not_asked_for_again(
    qtbot, sqlite_context, patient, monkeypatch
):
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    sqlite_context.practitioners.add("Dr Helen Okafor")
    lee = sqlite_context.practitioners.add("Dr Lee Park")
    asked = []

    def choose(dialog):
        dialog.show()
        asked.append((dialog.windowTitle(), dialog.labelText(), dialog.comboBoxItems()))
        # The title is not cut: the dialog is wider than the title needs.
        assert dialog.width() > 3 * dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        dialog.setTextValue("Dr Lee Park")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", choose)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.start_consultation(patient.id)
    assert asked == [
        ("Practitioner", "Who is seeing the patient?", ["Dr Helen Okafor", "Dr Lee Park"])
    ]
    assert window.wizard.session.record.practitioner_id == lee.id

    # The next consultation on this computer (a new window too): the one last chosen, unasked.
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    other = sqlite_context.patients.create(PatientDetails("Rui", "Costa", dt.date(1988, 5, 2)))
    again = MainWindow(sqlite_context)
    qtbot.addWidget(again)
    again.start_consultation(other.id)
    assert len(asked) == 1
    assert again.wizard.session.record.practitioner_id == lee.id


def test_the_patient_page_says_which_language_the_handout_prints_in(qtbot, sqlite_context):
    italian = sqlite_context.patients.create(
        PatientDetails("Ana", "Rossi", dt.date(1990, 1, 1), language="it")
    )
    view = PatientView(sqlite_context)
    qtbot.addWidget(view)
    view.show_patient(italian.id)
    assert "Handout in English (en), none in Italian (it) yet" in view.facts.text()


def test_point11_a_nul_in_a_pasted_name_is_named_beside_the_field_and_nothing_saved(
    qtbot, sqlite_context
):
    dialog = _shown_dialog(qtbot, sqlite_context)
    dialog.family_name.setText("Moreno\x00")  # pasted from a broken file
    qtbot.keyClicks(dialog.date_of_birth, "18/03/1994")
    dialog.save()
    assert _messages(dialog) == {"family_name": "Must not contain a NUL character (\\x00)."}
    assert dialog.saved is None
    assert sqlite_context.patients.search("moreno") == []
