"""The French and German patient texts: the same structure as the English ones, key for key, and
the handout, consent form, calendar and progress report printed in them."""

import datetime as dt
import io
import json
import re
import string
import tomllib
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from consult.config import resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.handout_texts import load_texts
from consult.domain.outcomes import ScoreHistory
from consult.domain.progress import ProgressInput, load_progress_texts
from consult.handout.fonts import Fonts
from consult.handout.locales import printed_formats
from consult.services.assessment import assess_text
from consult.services.handout import HandoutMaker, handout_input
from consult.services.progress import build_progress

LANGUAGES = ("fr", "de")
FILES = ("handout.toml", "consent.toml", "progress.toml")
NUMBER = re.compile(r"\d+")
CLINIC = ClinicDetails(name="Clinique Sainte-Anne", phone="+33 4 72 00 00 00")
# What a patient reads in each language: the titles, a scar name and the first session's date
# (29 December 2026 in the example) written the local way.
EXPECTED = {
    "fr": {
        "handout": [
            "Votre programme de microneedling",
            "cicatrices d’acné",
            "Cicatrices ondulées",
            "29 décembre 2026",
            "Appelez-nous si…",
        ],
        "consent": ["Consentement au microneedling", "Risques et effets indésirables"],
        "calendar": "Séance de microneedling 1 sur 5",
        "progress": ["Vos progrès", "Aucune séance n’a encore été notée ni prévue."],
    },
    "de": {
        "handout": [
            "Ihr Microneedling-Plan",
            "Aknenarben",
            "Eispickelnarben",
            "29. Dezember 2026",
            "Rufen Sie uns an, wenn …",
        ],
        "consent": ["Einwilligung in das Microneedling", "Risiken und Nebenwirkungen"],
        "calendar": "Microneedling-Sitzung 1 von 5",
        "progress": ["Ihr Fortschritt", "Es wurden noch keine Sitzungen eingetragen oder geplant."],
    },
}


def _tree(language: str, name: str) -> dict[str, Any]:
    return tomllib.loads((resource_path("handout", language) / name).read_text(encoding="utf-8"))


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _differences(english: Any, translated: Any, where: str) -> list[str]:
    """Where `translated` departs from the shape of `english`: keys, types, list lengths,
    placeholders, the numbers in a text, and any value that is not a text (ids, sources) changed."""
    if type(english) is not type(translated):
        return [f"{where}: {type(translated).__name__} instead of {type(english).__name__}"]
    if isinstance(english, dict):
        found = [f"{where}.{key}: missing" for key in english.keys() - translated.keys()]
        found += [f"{where}.{key}: not in English" for key in translated.keys() - english.keys()]
        for key in english.keys() & translated.keys():
            if key in ("source", "version"):
                if english[key] != translated[key]:
                    found.append(f"{where}.{key}: {translated[key]!r} for {english[key]!r}")
                continue
            found += _differences(english[key], translated[key], f"{where}.{key}")
        return found
    if isinstance(english, list):
        if len(english) != len(translated):
            return [f"{where}: {len(translated)} entries instead of {len(english)}"]
        return [
            problem
            for index, pair in enumerate(zip(english, translated, strict=True))
            for problem in _differences(*pair, f"{where}[{index}]")
        ]
    if isinstance(english, str):
        if _placeholders(english) != _placeholders(translated):
            return [f"{where}: placeholders {sorted(_placeholders(translated))}"]
        # A clinical number (days, weeks, SPF, millimetres) is never changed in translation.
        numbers = sorted(NUMBER.findall(translated))
        if sorted(NUMBER.findall(english)) != numbers:
            return [f"{where}: numbers {numbers}"]
        return []
    return [] if english == translated else [f"{where}: {translated!r} for {english!r}"]


def _texts_in(tree: Any) -> list[str]:
    if isinstance(tree, dict):
        return [text for value in tree.values() for text in _texts_in(value)]
    if isinstance(tree, list):
        return [text for value in tree for text in _texts_in(value)]
    return [tree] if isinstance(tree, str) else []


def _text_of(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in _pages(pdf))


def _pages(pdf: bytes) -> list:
    return PdfReader(io.BytesIO(pdf)).pages


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FILES)
def test_the_texts_have_the_english_structure_key_for_key(language, name):
    english, translated = _tree("en", name), _tree(language, name)

    assert translated.pop("language") == language
    english.pop("language")
    assert _differences(english, translated, name) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_texts_pass_the_loader_english_passes(rules, language):
    folder = resource_path("handout", language)

    texts = load_texts(folder, rules, printed_formats(language))
    words = load_progress_texts(folder, rules)

    assert texts.language == language
    assert texts.handout["header"]["title"] == EXPECTED[language]["handout"][0]
    assert words["header"]["title"] == EXPECTED[language]["progress"][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fonts_have_every_character_of_the_texts(language):
    regular = Fonts(resource_path("fonts")).regular_chars
    used = {char for name in FILES for text in _texts_in(_tree(language, name)) for char in text}

    assert sorted(used - regular) == []
    # The typography the translations rely on: the no-break space and the local quotes.
    assert "\u00a0" in used and ({"«", "»"} <= used or {"„", "“"} <= used)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handout_consent_and_calendar_print_in_the_language(rules, language):
    document = json.loads(Path(resource_path("examples", "assessment.json")).read_text())
    document["patient"]["language"] = language
    given = handout_input(assess_text(json.dumps(document), rules), CLINIC, "Dr Ana Souza")

    files = HandoutMaker(rules).build(given, calendar=True, consent=True)

    assert files.language == language and not files.warnings
    assert files.consent is not None and files.ics is not None
    handout, consent = _text_of(files.pdf), _text_of(files.consent)
    for words in EXPECTED[language]["handout"]:
        assert words in handout
    for words in EXPECTED[language]["consent"]:
        assert words in consent
    assert "Your microneedling plan" not in handout
    assert 2 <= len(_pages(files.pdf)) <= 4 and len(_pages(files.consent)) == 2
    events = Calendar.from_ical(files.ics).walk("VEVENT")
    assert EXPECTED[language]["calendar"] in [str(event["SUMMARY"]) for event in events]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_progress_report_prints_in_the_language(rules, language):
    given = ProgressInput(
        "Ana Silva", CLINIC, ScoreHistory((), ()), 0, (), {}, dt.date(2026, 12, 6)
    )

    files = build_progress(HandoutMaker(rules), given, language)

    assert files.language == language and not files.warnings
    text = _text_of(files.pdf)
    for words in EXPECTED[language]["progress"]:
        assert words in text
