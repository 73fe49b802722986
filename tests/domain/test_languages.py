"""Which handout languages are offered, their review status, and right-to-left refused."""

import datetime as dt
import shutil

import pytest

from consult.config import resource_path
from consult.domain.languages import available_languages, pick_language, review_status
from consult.domain.records import PatientDetails

NOT_REVIEWED = "not yet reviewed by a native-speaking clinician"


@pytest.fixture
def handouts(tmp_path):
    """English and a fixture Brazilian Portuguese and Arabic folder (English texts inside)."""
    shutil.copytree(resource_path("handout", "en"), tmp_path / "en")
    for code in ("pt-BR", "ar"):
        (tmp_path / code).mkdir()
        (tmp_path / code / "handout.toml").write_text(f'language = "{code}"\n', "utf-8")
        (tmp_path / code / "README.md").write_text(f"# {code}\n\nReview status: {NOT_REVIEWED}\n")
    return tmp_path


def test_a_language_is_offered_once_its_folder_holds_a_handout(handouts):
    assert available_languages(handouts) == {"en", "pt-BR"}


def test_a_regional_variant_gets_the_nearest_shipped_variant_not_english(handouts):
    available = available_languages(handouts)
    assert pick_language("pt-BR", available) == "pt-BR"
    # A reader in Lisbon reads the Brazilian texts far better than English.
    assert pick_language("pt-PT", available) == "pt-BR"
    assert pick_language("pt", available) == "pt-BR"
    assert pick_language("it", available) == "en"


@pytest.mark.parametrize(
    ("requested", "expected"),
    [("pt-PT", "pt-BR"), ("es-MX", "es"), ("fr-CA", "fr"), ("de-AT", "de"), ("it-IT", "en")],
)
def test_the_shipped_handouts_serve_their_languages_regional_variants(requested, expected):
    assert pick_language(requested, available_languages(resource_path("handout"))) == expected


def test_a_variant_prints_with_the_review_status_of_the_texts_it_gets():
    folder = resource_path("handout")
    chosen = pick_language("pt-PT", available_languages(folder))
    assert review_status(folder / chosen) == review_status(folder / "pt-BR") == NOT_REVIEWED


def test_each_folder_states_its_review_status(handouts):
    assert review_status(handouts / "pt-BR") == NOT_REVIEWED
    assert review_status(handouts / "en").startswith("the original texts")
    assert review_status(handouts / "xx") == ""


def test_every_shipped_language_states_its_review_status():
    folder = resource_path("handout")
    for language in available_languages(folder):
        assert review_status(folder / language), language


@pytest.mark.parametrize("language", ["ar", "he", "fa", "ur", "ar-EG"])
def test_a_right_to_left_handout_language_is_refused_in_the_patient_form(language):
    details = PatientDetails("Layla", "Haddad", dt.date(1990, 1, 1), language=language)
    assert "right-to-left" in str(details.problems(dt.date(2026, 12, 6))["language"])
