"""Name order: family name first by handout language or by script, or as the record says."""

import datetime as dt

import pytest

from consult.domain.names import NameOrder, default_name_order, display_name
from consult.domain.records import PatientDetails

BORN = dt.date(1994, 3, 18)


def patient(given: str, family: str, language: str = "en", order: NameOrder | None = None):
    return PatientDetails(given, family, BORN, language=language, name_order=order)


@pytest.mark.parametrize("language", ["vi", "zh", "zh-TW", "ja", "ko", "hu"])
def test_family_name_first_for_these_handout_languages(language):
    assert default_name_order("Thị Ánh", "Nguyễn", language) == NameOrder.FAMILY_FIRST


@pytest.mark.parametrize("language", ["en", "es", "pt-BR", "fr", "de", "vil"])
def test_given_name_first_for_other_languages(language):
    assert default_name_order("Ana", "Moreno", language) == NameOrder.GIVEN_FIRST


@pytest.mark.parametrize(
    ("given", "family"), [("敏", "吴"), ("さくら", "やまだ"), ("サクラ", "ヤマダ"), ("민수", "김")]
)
def test_family_name_first_for_a_name_in_han_kana_or_hangul(given, family):
    assert default_name_order(given, family, "en") == NameOrder.FAMILY_FIRST


def test_a_vietnamese_patient_shows_family_name_first():
    assert display_name(patient("Thị Ánh", "Nguyễn", "vi")) == "Nguyễn Thị Ánh"


def test_a_chinese_name_is_written_without_a_space():
    assert display_name(patient("敏", "吴")) == "吴敏"
    assert patient("敏", "吴").full_name == "吴敏"


def test_the_record_overrides_the_automatic_order():
    assert display_name(patient("Thị Ánh", "Nguyễn", "vi", NameOrder.GIVEN_FIRST)) == (
        "Thị Ánh Nguyễn"
    )
    assert display_name(patient("Ana", "Moreno", "en", NameOrder.FAMILY_FIRST)) == "Moreno Ana"


def test_one_name_alone_prints_without_spaces():
    assert display_name(patient("", "Moreno", "vi")) == "Moreno"
    assert display_name(patient(" Ana ", "", "en")) == "Ana"


def test_search_words_do_not_depend_on_the_order():
    forward = patient("Thị Ánh", "Nguyễn", "en", NameOrder.GIVEN_FIRST)
    backward = patient("Thị Ánh", "Nguyễn", "en", NameOrder.FAMILY_FIRST)
    assert forward.name_words == backward.name_words
