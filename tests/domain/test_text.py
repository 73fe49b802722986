"""Search folding: what a practitioner types finds the name as written."""

import pytest

from consult.domain.text import digits, fold, search_tokens


@pytest.mark.parametrize(
    ("written", "typed"),
    [
        ("Zoë", "zoe"),
        ("Müller", "muller"),
        ("José Ñúñez", "jose nunez"),
        ("Łukasz Ørsted", "lukasz orsted"),
        ("Nguyễn Đức", "nguyen duc"),
        ("STRASSE", "strasse"),
        ("Straße", "strasse"),
        ("Σωκράτης", "σωκρατης"),
        ("Анна", "анна"),
    ],
)
def test_fold_ignores_case_and_accents(written, typed):
    assert fold(written) == fold(typed)
    assert fold(typed) == typed or not typed.isascii()


def test_tokens_are_the_folded_words_once_each():
    assert search_tokens("Anna-Lena  MÜLLER müller O'Brien") == [
        "anna",
        "lena",
        "muller",
        "o",
        "brien",
    ]
    assert search_tokens("山田 太郎") == ["山田", "太郎"]
    assert search_tokens("محمد علي") == ["محمد", "علي"]


def test_digits_keeps_only_digits():
    assert digits("+44 (0)20 7946-0958") == "440207946095" + "8"
