"""In which order a patient's names are written: given name first, or family name first.

Vietnamese, Chinese, Japanese, Korean and Hungarian put the family name first ("Nguyễn Thị
Ánh", "吴敏"); a handout or a patient list that reverses it reads as a different person. The
patient record may say which order (`NameOrder`); without it the handout language decides, or
failing that the script the name is written in.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Protocol


class NameOrder(StrEnum):
    GIVEN_FIRST = "given-first"
    FAMILY_FIRST = "family-first"


# By the patient's handout language (its base code: `zh-TW` counts as `zh`).
FAMILY_FIRST_LANGUAGES = frozenset({"vi", "zh", "ja", "ko", "hu"})
# By the script of the name: Unicode character names begin with these (Han ideographs are
# "CJK UNIFIED IDEOGRAPH-…", also in the extension blocks and compatibility forms).
_FAMILY_FIRST_SCRIPTS = ("CJK ", "HIRAGANA", "KATAKANA", "HANGUL")


class Named(Protocol):
    """What `display_name` reads of a patient record."""

    @property
    def given_names(self) -> str: ...
    @property
    def family_name(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def name_order(self) -> NameOrder | None: ...


def _east_asian(text: str) -> bool:
    """Written in Han, Hiragana, Katakana or Hangul (spaces and marks aside)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(
        unicodedata.name(c, "").startswith(_FAMILY_FIRST_SCRIPTS) for c in letters
    )


def default_name_order(given_names: str, family_name: str, language: str) -> NameOrder:
    """Family name first for a handout in Vietnamese, Chinese, Japanese, Korean or Hungarian,
    or for a name written in Han, Kana or Hangul; given name first otherwise."""
    if language.split("-")[0].lower() in FAMILY_FIRST_LANGUAGES:
        return NameOrder.FAMILY_FIRST
    if _east_asian(family_name + given_names):
        return NameOrder.FAMILY_FIRST
    return NameOrder.GIVEN_FIRST


def name_order_of(patient: Named) -> NameOrder:
    """The order the record asks for, else the default for its language and script."""
    if patient.name_order is not None:
        return patient.name_order
    return default_name_order(patient.given_names, patient.family_name, patient.language)


def display_name(patient: Named) -> str:
    """The patient's whole name in their order. Names wholly in Han, Kana or Hangul are
    joined without a space, as they are written ("吴敏"); others with one."""
    given, family = patient.given_names.strip(), patient.family_name.strip()
    parts = (family, given) if name_order_of(patient) == NameOrder.FAMILY_FIRST else (given, family)
    separator = "" if _east_asian(given) and _east_asian(family) else " "
    return separator.join(part for part in parts if part)
