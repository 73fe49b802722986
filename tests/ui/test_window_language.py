"""The window in the user's language: French on every page of the wizard when started with a
French locale, the language chosen in Settings kept for the next start, plurals in English."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow

import consult.services.rules as rules_service
from consult.config import resource_path
from consult.domain.consultation import ConsultationDraft
from consult.domain.messages import Message, RulesText
from consult.domain.model import Finding, ScreeningAnswers
from consult.domain.plan import suggest_plan
from consult.domain.screening import screen
from consult.domain.treatment import TimelineEntry
from consult.services.rules import load_rule_labels
from consult.ui.formats import language_name, show_date
from consult.ui.i18n import (
    choose_language,
    chosen_language,
    language_choices,
    rule_labels_language,
    shipped_language,
    window_locale,
)
from consult.ui.main_window import MainWindow
from consult.ui.patients.dialog import PatientDialog
from consult.ui.patients.timeline import Column as TimelineColumn
from consult.ui.patients.timeline import TimelineTableModel
from consult.ui.rule_texts import rule_text
from consult.ui.settings_dialog import SettingsDialog
from consult.ui.wizard.patient_step import FitzpatrickQuestionnaire
from consult.ui.wizard.plan.widgets import SourceIndex
from consult.ui.wizard.wizard import ConsultationWizard
from consult.ui.wording import engine_text, worded

FINDINGS = (Finding("cheek_left", "rolling_moderate", 7), Finding("forehead", "icepick", 3))
ENGLISH_TITLES = ["Patient", "Screening", "Assessment", "Scores", "Plan", "Handout", "Finish"]
FRENCH_TITLES = [
    "Patient",
    "Dépistage",
    "Examen",
    "Scores",
    "Plan",
    "Document d’information",
    "Fin",
]


@pytest.fixture
def french(speaking):
    speaking("fr_FR")


def _translated(language):
    """Each English source of the window (as shown: without its accelerator's &) with its
    translation, where they differ; a text the same without its & ("&Finish", "Finish")
    keeps the translation of the one without."""
    root = ET.parse(resource_path("i18n", f"consult_{language}.ts")).getroot()
    messages = [m for m in root.iter("message") if m.get("numerus") != "yes"]
    messages.sort(key=lambda message: "&" in message.findtext("source"))
    pairs = {}
    for message in messages:
        translation = message.findtext("translation")
        if translation and translation != message.findtext("source"):
            pairs.setdefault(message.findtext("source").replace("&", ""), translation)
    return pairs


# The pages that show texts of the rules (their English titles).
RULES_PAGES = ("Screening", "Assessment", "Scores", "Plan")


def _rules_translated(rules, language):
    """Each English text of the rules with its translation, where they differ."""
    labels = load_rule_labels(rules, rule_labels_language(language))
    pairs = {}
    for key, translated in labels.by_key.items():
        original = labels.english[key]
        for before, after in zip(
            (original,) if isinstance(original, str) else original,
            (translated,) if isinstance(translated, str) else translated,
            strict=True,
        ):
            # Placeholders are filled in where shown; a word too short ("Nose") could be
            # part of a translated sentence by chance.
            if before != after and "{" not in before and len(before) > 5:
                pairs[before] = after
    return pairs


def _holds(shown, words):
    """Whether a text shown is `words`, or holds them as a sentence of its own."""
    return shown == words or (len(words) > 25 and words in shown)


def _shown_texts(page):
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
    texts += [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [box.title() for box in page.findChildren(QGroupBox) if box.isVisibleTo(page)]
    return [text.replace("&", "") for text in texts if text]


@pytest.mark.parametrize(
    ("locale", "language"), [("fr_FR", "fr"), ("de_DE", "de"), ("es_ES", "es"), ("pt_BR", "pt_BR")]
)
def test_every_wizard_page_speaks_the_locales_language(
    qtbot, speaking, make_session, rules, locale, language
):
    speaking(locale)
    asked = [item for item in rules.screening.values() if item.age_below is None]
    screening = ScreeningAnswers(
        {item.id: False for item in asked if item.kind == "bool"},
        {item.id: None for item in asked if item.kind == "date"},
    )
    draft = ConsultationDraft(
        date=dt.date.today(), findings=FINDINGS, global_grade=3, screening=screening
    )
    wizard = ConsultationWizard(make_session(draft))
    qtbot.addWidget(wizard)
    wizard.show()
    english = _translated(language)
    rules_english = _rules_translated(rules, language)
    titles = []
    for index, page in enumerate(wizard.pages):
        assert wizard.go_to(index) or index == 0, wizard.message.text()
        titles.append(page.title())
        shown = _shown_texts(page)
        # "Front" is an English word of the window and the French for the forehead zone.
        translated = set(rules_english.values())
        left_in_english = [text for text in shown if text in english and text not in translated]
        assert left_in_english == [], f"{page.title()}: {left_in_english}"
        # The clinical rules' texts too: questions, scar types, zones, grades, plan reasons.
        rules_in_english = [
            text for text in shown if any(_holds(text, words) for words in rules_english)
        ]
        assert rules_in_english == [], f"{page.title()}: {rules_in_english}"
        if page.title() in {english.get(title, title) for title in RULES_PAGES}:
            assert any(_holds(text, words) for text in shown for words in translated), (
                f"{page.title()} shows no rules text in {language}"
            )
    # Each title translated (a title the same in both languages, such as Plan, stays).
    assert titles == [english.get(title, title) for title in ENGLISH_TITLES]
    if language == "fr":
        assert titles == FRENCH_TITLES


def test_the_domain_messages_and_plurals_are_worded_in_french(french):
    from consult.domain.messages import Message

    day = dt.date(2026, 12, 1)
    message = Message("warning.first_session_past", day=day)
    assert worded(message) == (
        f"La séance 1 tombe le {show_date(day)}, avant aujourd’hui\u00a0: "
        "choisissez une nouvelle date de début."
    )
    assert "déc." in show_date(day)  # dates in the window's language too
    one = QCoreApplication.translate("PatientListView", "%n patients", "", 1)
    many = QCoreApplication.translate("PatientListView", "%n patients", "", 3)
    assert (one, many) == ("1 patient", "3 patients")


@pytest.mark.parametrize(
    ("locale", "language"),
    [("pt_PT", "pt_BR"), ("es_MX", "es"), ("fr_CA", "fr"), ("de_AT", "de"), ("it_IT", None)],
)
def test_a_regional_variant_speaks_the_nearest_shipped_variant(locale, language):
    assert shipped_language(QLocale(locale)) == language


def test_a_window_started_in_portugal_speaks_brazilian_portuguese(qtbot, speaking):
    speaking("pt_PT")
    assert QCoreApplication.translate("PatientListView", "%n patients", "", 3) == "3 pacientes"


def test_english_plurals_come_from_the_english_file(qapp):
    assert QCoreApplication.translate("PatientListView", "%n patients", "", 1) == "1 patient"
    assert QCoreApplication.translate("PatientListView", "%n patients", "", 2) == "2 patients"


def test_settings_offers_each_shipped_language_by_its_own_name():
    assert language_choices() == [
        ("en", "English"),
        ("fr", "français"),
        ("de", "Deutsch"),
        ("es", "español"),
        ("pt_BR", "português (Brasil)"),
    ]


def test_the_language_chosen_is_kept_for_the_next_start():
    assert chosen_language() == ""  # the system's until chosen
    choose_language("fr")
    assert chosen_language() == "fr"
    assert window_locale().name() == "fr_FR"
    choose_language("en")
    assert window_locale().language() == QLocale.Language.English
    choose_language("de_XX")  # not shipped (an old or edited settings file): the system's
    assert chosen_language() == ""
    assert window_locale() == QLocale.system()


def _alt_letters(window):
    """The Alt letters of the buttons, labelled fields and menus visible in `window`."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.isVisible() and label.buddy() is not None
    ]
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    found = (re.search(r"&([^&])", text.replace("&&", "")) for text in texts)
    return sorted(letter.group(1).lower() for letter in found if letter)


@pytest.mark.parametrize("locale", ["fr_FR", "de_DE", "es_ES", "pt_BR"])
def test_no_two_controls_share_an_alt_letter_in_any_language(
    qtbot, speaking, sqlite_context, patient, locale
):
    speaking(locale)
    window = MainWindow(sqlite_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    asked = [item for item in sqlite_context.rules.screening.values() if item.age_below is None]
    draft = ConsultationDraft(
        date=dt.date.today(),
        screening=ScreeningAnswers(
            {item.id: False for item in asked if item.kind == "bool"},
            {item.id: None for item in asked if item.kind == "date"},
        ),
        findings=FINDINGS,
        global_grade=3,
    )
    window.open_consultation(sqlite_context.consultations.start(patient.id, draft).id)
    wizard = window.wizard
    clashes = []
    for index, page in enumerate(wizard.pages):
        wizard.stack.setCurrentIndex(index)
        qtbot.waitUntil(page.isVisible)
        letters = _alt_letters(window)
        if len(letters) != len(set(letters)):
            clashes.append((page.title(), letters))
    for dialog in (
        SettingsDialog(sqlite_context, None, first_start=True),
        PatientDialog(sqlite_context.patients),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        letters = _alt_letters(dialog)
        if len(letters) != len(set(letters)):
            clashes.append((dialog.windowTitle(), letters))
    assert clashes == []


def test_the_rules_texts_are_read_only_when_shown_in_a_language_that_has_them(
    qapp, speaking, monkeypatch
):
    """The window's start reads no rules texts file; the first rules text shown in French
    reads French's, once; in English none is read."""
    read = []
    real = rules_service.load_rule_labels

    def counted(rules, language):
        read.append(language)
        return real(rules, language)

    monkeypatch.setattr(rules_service, "load_rule_labels", counted)
    speaking("en_GB")
    assert rule_text("Left cheek") == "Left cheek"
    speaking("fr_FR")
    assert read == []
    assert rule_text("Left cheek") == "Joue gauche"
    assert rule_text("Chin") == "Menton"
    assert read == ["fr"]


def test_the_fitzpatrick_answers_are_translated_by_their_question(qtbot, speaking, rules):
    """The rules say "Dark brown" of eyes and of skin: Portuguese words them apart."""
    speaking("pt_BR")
    dialog = FitzpatrickQuestionnaire(rules.fitzpatrick)
    qtbot.addWidget(dialog)
    items = [item.id for item in rules.fitzpatrick.items]
    eyes = dialog.answers[items.index("eye_colour")]
    skin = dialog.answers[items.index("skin_colour")]
    assert eyes.itemText(eyes.count() - 2) == "Castanho-escuro"
    assert skin.itemText(skin.count() - 1) == "Morena escura"


def _plan(rules, assessment):
    result = screen(
        assessment.screening, assessment.patient, assessment.date, rules, assessment.findings
    )
    return suggest_plan(assessment, result, assessment.global_grade, rules, suggested_grade=2)


@pytest.mark.parametrize(
    ("locale", "grade", "pih", "unanswered"),
    [
        (
            "fr_FR",
            "Grade 3 confirmé par le praticien (la suggestion est 2).",
            "Phototype V et antécédents d’HPI. Risque accru de taches brunes (HPI)",
            "Pas encore répondu\u00a0: Infection cutanée (active_infection).",
        ),
        (
            "de_DE",
            "Grad 3 vom Behandler bestätigt (der Vorschlag ist 2).",
            "Hauttyp V und PIH in der Vorgeschichte. Höheres Risiko dunkler Flecken (PIH)",
            "Noch nicht beantwortet: Hautinfektion (active_infection).",
        ),
    ],
)
def test_the_plans_own_sentences_are_worded_in_the_windows_language(
    speaking, rules, make_assessment, locale, grade, pih, unanswered
):
    """The grade, the dark-mark risk and an unasked question: sentences the engine builds
    around the rules' words, worded whole in the window's language."""
    speaking(locale)
    assessment = make_assessment(
        [("chin", "icepick", 3), Finding("jaw_left", "hypertrophic_keloid", area_cm2=2)],
        fitzpatrick=5,
        flags={"pih_history": True},
        grade=3,
    )
    shown = [engine_text(why.text) for why in _plan(rules, assessment).reasons]
    assert grade in shown
    assert any(line.startswith(pih) for line in shown), shown
    # The zone's name inside a sentence: lower-case, as the language writes it.
    skipped = {"fr_FR": "dans la zone mâchoire gauche", "de_DE": "im Bereich linker Kiefer"}
    assert any(skipped[locale] in line for line in shown), shown
    incomplete = _plan(rules, make_assessment([("chin", "icepick", 3)], blocks_answered=False))
    assert any(engine_text(why.text).startswith(unanswered) for why in incomplete.reasons)


def test_the_course_timeline_speaks_the_windows_language(qtbot, speaking):
    speaking("fr_FR")
    day = dt.date(2026, 12, 1)
    entries = [
        TimelineEntry("consultation", day, 1, Message("timeline.consultation_unfinished")),
        TimelineEntry("planned", day, None, Message("timeline.session", number=2, planned=5)),
        TimelineEntry(
            "test_patch",
            day,
            2,
            Message("timeline.test_patch_read", result=RulesText("No reaction")),
        ),
    ]
    model = TimelineTableModel()
    model.set_course(entries, (), day)
    shown = [model.cell(entry, TimelineColumn.ENTRY) for entry in entries]
    assert shown == [
        "Consultation (non terminée)",
        "Séance 2 sur 5",
        "Test cutané\u00a0: Aucune réaction",
    ]


def test_a_sources_framing_and_notes_are_french_a_published_citation_as_published(speaking, rules):
    speaking("fr_FR")
    source = rules.sources["goodman_baron_2006_qualitative"]
    tooltip = SourceIndex(rules, [source.id]).tooltip(source.id).split("\n")
    assert tooltip[0] == f"Source 1\u00a0: {source.citation}"
    assert tooltip[1].startswith(f"Niveau de preuve {source.evidence}\u00a0: ")
    assert tooltip[2].startswith("Définitions des grades vérifiées")
    # A source of the team's own is cited in the team's words: those are French too.
    team = SourceIndex(rules, ["consult_decisions"]).tooltip("consult_decisions")
    assert team.startswith("Source 1\u00a0: Décisions cliniques de consult : un choix")


def test_handout_languages_are_named_in_the_windows_language(speaking):
    """Qt names every language in English: "Document d'information en German" is not French."""
    speaking("fr_FR")
    assert language_name("de") == "allemand (de)"
    assert language_name("pt-BR") == "portugais brésilien (pt-BR)"
    speaking("it_IT")  # not shipped: the window speaks English, and names in English
    assert language_name("de") == "German (de)"
