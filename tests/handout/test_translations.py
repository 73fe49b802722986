"""The translated patient texts: read by the same checks as English, the same keys, sources,
placeholders and numbers as English, and every printed document built in each language.

The service falls back to English when a translation is broken, so a broken one would print
English silently: these tests read the folders directly and look for translated words."""

import datetime as dt
import io
import re
import string
from dataclasses import asdict, is_dataclass
from typing import Any

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from consult.config import resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.handout import AftercareInput
from consult.domain.handout_texts import load_texts
from consult.domain.outcomes import Assessed, CourseSession, ScoreHistory
from consult.domain.photo import VisitKind
from consult.domain.progress import ProgressInput, load_progress_texts
from consult.handout.locales import printed_formats
from consult.services.assessment import assess_text
from consult.services.handout import HandoutMaker, handout_input

LANGUAGES = ("es", "pt-BR")
# Words each document must print in its language (an English fallback has none of them).
WORDS = {
    "es": {
        "handout": ("Su plan de microneedling", "Cicatrices onduladas", "Antes de cada sesión"),
        "consent": ("Riesgos y efectos secundarios", "Firma", "herpes labial"),
        "calendar": "Sesión de microneedling 1 de",
        "aftercare": ("Cuidado de la piel después del microneedling", "3 de febrero de 2027"),
        "progress": ("Su evolución", "Sesiones hechas", "3 de 4", "1 de junio de 2026"),
    },
    "pt-BR": {
        "handout": (
            "Seu plano de microagulhamento",
            "Cicatrizes onduladas",
            "Antes de cada sessão",
        ),
        "consent": ("Riscos e efeitos colaterais", "Assinatura", "herpes labial"),
        "calendar": "Sessão de microagulhamento 1 de",
        "aftercare": ("Cuidados com a pele depois do microagulhamento", "3 de fevereiro de 2027"),
        "progress": (
            "Sua evolução",
            "Sessões feitas",
            "3 de 4",
            "1 de junho de 2026",
        ),
    },
}
CLINIC = ClinicDetails(name="Clínica São Lucas", phone="+55 11 3000 0000")
HISTORY = ScoreHistory(
    assessments=(
        Assessed(dt.date(2026, 5, 4), VisitKind.CONSULTATION, 1, 46, 120, 3),
        Assessed(dt.date(2026, 9, 14), VisitKind.FOLLOW_UP, 2, 29, 70, 2),
    ),
    sessions=(
        CourseSession(dt.date(2026, 6, 1), 1, True),
        CourseSession(dt.date(2026, 6, 29), 2, True),
        CourseSession(dt.date(2026, 8, 24), 3, True),
        CourseSession(dt.date(2026, 10, 19), 4, False),
    ),
)


@pytest.fixture(scope="module")
def maker(rules):
    return HandoutMaker(rules)


def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every text, number and source of loaded texts by its path: `care.after[2].source`."""
    if is_dataclass(value) and not isinstance(value, type):
        value = asdict(value)
    if isinstance(value, dict):
        return {
            k: v for key, inner in value.items() for k, v in _leaves(inner, f"{path}.{key}").items()
        }
    if isinstance(value, tuple | list):
        return {
            k: v for i, inner in enumerate(value) for k, v in _leaves(inner, f"{path}[{i}]").items()
        }
    return {path: value}


def _all_texts(language: str, rules) -> dict[str, Any]:
    folder = resource_path("handout", language)
    texts = load_texts(
        folder, rules, printed_formats(language)
    )  # the same checks as English: raises on any fault
    return {
        **_leaves(texts.handout, "handout"),
        **_leaves(texts.consent, "consent"),
        **_leaves(load_progress_texts(folder, rules), "progress"),
    }


def _placeholders(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_has_the_keys_sources_placeholders_and_numbers_of_english(language, rules):
    english, translated = _all_texts("en", rules), _all_texts(language, rules)
    assert translated.keys() == english.keys()
    for path, original in english.items():
        given = translated[path]
        if path.endswith(".source") or not isinstance(original, str):
            assert given == original, path
        else:
            assert _placeholders(given) == _placeholders(original), path
            # A clinical number (days, weeks, SPF, mm) kept as written; month names aside.
            if not path.startswith("handout.dates"):
                assert sorted(re.findall(r"\d+", given)) == sorted(re.findall(r"\d+", original)), (
                    path
                )
    assert translated != english


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translation_says_it_is_not_yet_reviewed(language):
    readme = (resource_path("handout", language) / "README.md").read_text(encoding="utf-8")
    assert "not yet reviewed by a native-speaking clinician" in readme
    for name in ("handout.toml", "consent.toml", "progress.toml"):
        text = (resource_path("handout", language) / name).read_text(encoding="utf-8")
        assert f'language = "{language}"' in text and "NOT YET REVIEWED" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handout_consent_form_and_calendar_print_in_the_language(maker, rules, language):
    document = resource_path("examples", "assessment.json").read_text(encoding="utf-8")
    document = document.replace('"language": "en"', f'"language": "{language}"')
    given = handout_input(assess_text(document, rules), CLINIC, "Dra. Ana Souza")

    files = maker.build(given, calendar=True, consent=True)

    assert files.language == language and files.warnings == ()  # every character printable
    words = WORDS[language]
    handout = _text(files.pdf)
    for day in given.plan.dates:  # the local long form, as Babel writes it
        assert printed_formats(language).date(day) in handout
    assert all(word in handout for word in words["handout"])
    assert "Your microneedling plan" not in handout
    assert all(word in _text(files.consent) for word in words["consent"])
    assert files.ics is not None
    events = Calendar.from_ical(files.ics).walk("VEVENT")
    assert any(str(event["SUMMARY"]).startswith(words["calendar"]) for event in events)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_aftercare_sheet_and_progress_report_print_in_the_language(maker, language):
    from consult.services.progress import build_progress

    given = AftercareInput("María Gonçalves", language, dt.date(2027, 2, 3), CLINIC, "Dra. Souza")
    aftercare = maker.aftercare(given)
    assert aftercare.language == language and aftercare.warnings == ()
    assert all(word in _text(aftercare.pdf) for word in WORDS[language]["aftercare"])

    report = ProgressInput(
        patient="María Gonçalves",
        clinic=CLINIC,
        history=HISTORY,
        planned=4,
        pairs=(),
        files={},
        today=dt.date(2026, 9, 20),
    )
    progress = build_progress(maker, report, language)
    assert progress.language == language and progress.warnings == ()
    assert all(word in _text(progress.pdf) for word in WORDS[language]["progress"])
