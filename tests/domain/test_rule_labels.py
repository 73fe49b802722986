"""The rules' texts in each shipped language (resources/rules/i18n/<language>.toml): every text
of the English rules translated, no key the rules lack, placeholders and list lengths kept,
the review status stated; a text without translation stays English."""

import re

import pytest

from consult.config import resource_path
from consult.domain.errors import RulesError
from consult.domain.languages import in_sentence
from consult.domain.rule_labels import english_texts, placeholders, rule_labels
from consult.domain.toml_tables import parse_toml
from consult.services.rules import load_rule_labels, rule_labels_file
from consult.ui.i18n import SHIPPED_LANGUAGES, rule_labels_language

LANGUAGES = ("fr", "de", "es", "pt-BR")
UNREVIEWED = "not yet reviewed by a native-speaking clinician"


def test_each_window_language_ships_the_rules_texts():
    shipped = sorted(path.stem for path in resource_path("rules", "i18n").glob("*.toml"))
    assert shipped == sorted(LANGUAGES)
    assert sorted(rule_labels_language(language) for language in SHIPPED_LANGUAGES) == shipped


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_rules_text_is_translated_and_no_other(rules, language):
    labels = load_rule_labels(rules, language)  # an unknown key or a changed placeholder raises
    assert labels is not None
    english = english_texts(rules)
    assert set(labels.by_key) == set(english)
    for key, text in labels.by_key.items():
        assert placeholders(text) == placeholders(english[key]), key
        if isinstance(text, tuple):
            assert len(text) == len(english[key]), key
    assert labels.review_status == UNREVIEWED


@pytest.mark.parametrize("language", LANGUAGES)
def test_ids_sources_and_numbers_stay_in_the_english_rules(rules, language):
    """A language file holds words only: its keys are texts' places, never a source or a
    number; and every number of an English text is kept in its translation."""
    labels = load_rule_labels(rules, language)
    english = english_texts(rules)
    for key, text in labels.by_key.items():
        assert not key.endswith(("source", "_mm", "weeks")), key
        texts = (text,) if isinstance(text, str) else text
        originals = (english[key],) if isinstance(english[key], str) else english[key]
        for original, translated in zip(originals, texts, strict=True):
            assert _numbers(original) == _numbers(translated), (key, translated)


def _numbers(text):
    """The numbers of a text, in any order (0.25 and 0,25 alike)."""
    return sorted(re.findall(r"\d+", text))


def test_a_text_is_found_by_key_or_by_its_english_words(rules):
    labels = load_rule_labels(rules, "fr")
    assert labels.label("zones", "cheek_left", "label") == "Joue gauche"
    assert labels.label("screening", "vitiligo", "question") == "Vitiligo ?"
    assert labels.text("Left cheek") == "Joue gauche"
    # The engine fills in a zone's name: the filled-in text is found, the zone translated too,
    # lower-case inside the sentence as in the English one.
    filled = rules.plan.depth.skipped_zone_text.format(zone="left cheek")
    assert labels.text(filled).startswith("Pas de microneedling dans la zone joue gauche :")
    mixed = rules.plan.depth.mixed_zone_text.format(zone="Left cheek")
    assert labels.text(mixed).startswith("Joue gauche :")  # leading the sentence: a capital
    assert labels.text("Words no rule holds") == "Words no rule holds"
    # A rules sentence the engine leads with words of its own: the sentence is translated.
    led = f"Fitzpatrick V. {rules.plan.pih_risk.text}"
    assert labels.text(led) == f"Fitzpatrick V. {labels.label('plan', 'pih_risk', 'text')}"
    assert labels.text("One. Two. Three.") == "One. Two. Three."


@pytest.mark.parametrize(
    ("language", "zone", "expected"),
    [
        ("de", "forehead", "Kein Needling im Bereich Stirn:"),  # a German noun keeps its capital
        ("de", "cheek_left", "Kein Needling im Bereich linke Wange:"),
        ("es", "perioral", "Sin microneedling en la zona alrededor de la boca:"),
        ("pt-BR", "chin", "Sem microagulhamento na região queixo:"),
    ],
)
def test_a_zone_inside_a_sentence_is_written_as_the_language_writes_it(
    rules, language, zone, expected
):
    labels = load_rule_labels(rules, language)
    english = in_sentence(rules.zones[zone].label, "en")
    assert labels.text(rules.plan.depth.skipped_zone_text.format(zone=english)).startswith(expected)


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Forehead", "en", "forehead"),
        ("Around the mouth", "fr", "around the mouth"),
        ("Stirn", "de", "Stirn"),
        ("Linke Wange", "de", "linke Wange"),
        ("Um den Mund", "de-AT", "um den Mund"),
        ("PIH history", "en", "PIH history"),
    ],
)
def test_in_sentence_lowers_a_label_but_a_german_noun_or_an_abbreviation(name, language, expected):
    assert in_sentence(name, language) == expected


def test_a_missing_text_stays_english(rules):
    labels = rule_labels(rules, "xx", {"review_status": UNREVIEWED, "zones": {}})
    assert labels.label("zones", "chin", "label") == "Chin"
    assert labels.text("Chin") == "Chin"
    with pytest.raises(KeyError):
        labels.label("zones", "elbow", "label")


@pytest.mark.parametrize(
    ("data", "key", "problem"),
    [
        ({"zones": {"elbow": {"label": "Coude"}}}, "zones.elbow.label", "no such text"),
        ({"zones": {"chin": {"label": ["Menton"]}}}, "zones.chin.label", "a text like"),
        ({"zones": {"chin": {"label": " "}}}, "zones.chin.label", "a text like"),
        (
            {"plan": {"depth": {"skipped_zone_text": "Pas sur {zona}"}}},
            "plan.depth.skipped_zone_text",
            "placeholders",
        ),
        (
            {"fitzpatrick": {"items": {"freckles": {"answers": ["Beaucoup"]}}}},
            "fitzpatrick.items.freckles.answers",
            "must list 5",
        ),
    ],
)
def test_a_text_that_does_not_fit_the_rules_is_refused_by_file_and_key(rules, data, key, problem):
    with pytest.raises(RulesError) as refused:
        rule_labels(rules, "fr", {"review_status": UNREVIEWED, **data}, "fr.toml")
    assert refused.value.file == "fr.toml"
    assert refused.value.key == key
    assert problem in refused.value.problem


def test_a_file_without_its_review_status_is_refused(rules):
    with pytest.raises(RulesError, match="review_status"):
        rule_labels(rules, "fr", {"zones": {"chin": {"label": "Menton"}}}, "fr.toml")


def test_a_language_without_a_file_has_no_texts(rules):
    assert load_rule_labels(rules, "en") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_file_names_its_language(language):
    path = rule_labels_file(language)
    data = parse_toml(str(path), path.read_bytes())
    assert data["language"] == language


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_has_one_translation_unless_it_is_found_by_its_place(rules, language):
    """Looked up by its English words, a text the rules use twice must read the same in
    both places; the Fitzpatrick answers are looked up by their place instead."""
    labels = load_rule_labels(rules, language)
    seen = {}
    for key, translated in labels.by_key.items():
        if key.endswith(".answers"):
            continue
        seen.setdefault(labels.english[key], set()).add(translated)
    assert {text: found for text, found in seen.items() if len(found) > 1} == {}


def test_an_answer_is_found_by_its_place(rules):
    labels = load_rule_labels(rules, "pt-BR")
    assert labels.at("fitzpatrick.items.eye_colour.answers", "Dark brown") == "Castanho-escuro"
    assert labels.at("fitzpatrick.items.skin_colour.answers", "Dark brown") == "Morena escura"
    assert labels.at("zones.chin.label", "Chin") == "Queixo"
    assert labels.at("zones.chin.label", "Left cheek") == "Bochecha esquerda"
