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


def test_point11_quoted_escapes_control_characters_and_lone_surrogates():
    from consult.domain.text import escaped, quoted

    assert quoted("\x1b[31mred\n\r\t\x00\ud800\u202e") == (
        "'\\x1b[31mred\\n\\r\\t\\x00\\ud800\\u202e'"
    )
    assert quoted("Zoë Ångström") == "'Zoë Ångström'"  # printable text as it is
    assert escaped(escaped("a\x1bb")) == "a\\x1bb"  # escaping twice changes nothing


def test_point11_quoted_cuts_a_long_value_and_says_how_long_it_was():
    from consult.domain.text import QUOTE_MAX, quoted

    assert quoted("z" * 2_000_000) == f"'{'z' * QUOTE_MAX}…' (2,000,000 characters)"
    assert quoted("z" * QUOTE_MAX) == f"'{'z' * QUOTE_MAX}'"
    # Escapes count towards the cut: a value of control characters stays short too.
    assert len(quoted("\x1b" * 100_000)) < 2 * QUOTE_MAX
    assert quoted(["x"] * 1000).startswith("['x', 'x'") and "(5,000 characters)" in quoted(
        ["x"] * 1000
    )


def test_point11_unstorable_names_nul_and_lone_surrogates_only():
    from consult.domain.text import unstorable

    assert unstorable("Nguyễn Thị Minh 😀 \n\t") == ""
    assert unstorable("a\x00") == "must not contain a NUL character (\\x00)"
    assert unstorable("a\udc80") == "must not contain a broken character (\\udc80)"


def test_an_unknown_id_suggests_the_closest_known_one_or_lists_them():
    from consult.domain.text import unknown

    known = ["icepick", "boxcar_deep", "rolling_mild"]
    assert unknown("scar type", "icepik", known) == (
        "unknown scar type 'icepik' (did you mean 'icepick'?)"
    )
    assert unknown("scar type", "wart", known) == (
        "unknown scar type 'wart' (known: icepick, boxcar_deep, rolling_mild)"
    )
    huge = unknown("scar type", "x" * 2_000_000, known)
    assert huge == f"unknown scar type '{'x' * 80}…' (2,000,000 characters)"
