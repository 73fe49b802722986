"""`consult handout` in every handout language shipped: handout, consent form and calendar in
that language, dates written its way, every page within the paper. A fixture language stands
in until the translations arrive; right-to-left languages are refused."""

import datetime as dt
import io
import json
import shutil

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from consult import config
from consult.cli import main
from consult.domain.languages import available_languages
from consult.handout.locales import printed_formats
from consult.services import handout, languages

SHIPPED = sorted(available_languages(config.resource_path("handout")))
PLAN_START = dt.date(2026, 12, 1)
DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {
        "name": "Nguyễn Thị Ánh",
        "date_of_birth": "1990-05-01",
        "fitzpatrick": "IV",
        "language": "en",
    },
    "screening": {
        "active_acne": False,
        "active_infection": False,
        "active_cold_sore": False,
        "active_sunburn": False,
        "pregnant_or_breastfeeding": False,
        "radiotherapy_last_3_months": False,
        "skin_cancer_in_area": False,
        "herpes_history": True,
        "keloid_tendency": True,
    },
    "findings": [
        {"zone": "cheek_left", "type": "boxcar_shallow", "count": 9},
        {"zone": "cheek_right", "type": "rolling_moderate", "count": 4},
        {"zone": "forehead", "type": "macular_erythematous", "count": 3},
    ],
    "global_grade": 3,
    "plan_start": PLAN_START.isoformat(),
}


def print_documents(tmp_path, language):
    document = {**DOCUMENT, "patient": {**DOCUMENT["patient"], "language": language}}
    source = tmp_path / "assessment.json"
    source.write_text(json.dumps(document), "utf-8")
    out = {name: tmp_path / name for name in ("h.pdf", "c.pdf", "h.ics")}
    outputs = ("-o", out["h.pdf"], "--consent", out["c.pdf"], "--ics", out["h.ics"])
    code = main(["handout", str(source), *map(str, outputs)])
    return code, out


def text_within_the_paper(pdf: bytes) -> str:
    """The text of every page, checked to start inside the page (none pushed off it)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        outside = []

        def visit(text, cm, tm, font, size, width=width, height=height, outside=outside):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                if not (0 <= x < width and 0 <= y < height):
                    outside.append(text)

        pages.append(page.extract_text(visitor_text=visit))
        assert outside == [], f"text off the page: {outside[:3]}"
    return " ".join(" ".join(pages).split())


@pytest.mark.parametrize("language", SHIPPED)
def test_every_shipped_language_prints_its_handout_consent_and_calendar(tmp_path, capsys, language):
    code, out = print_documents(tmp_path, language)
    assert code == 0
    assert capsys.readouterr().err == ""  # no text the fonts could not print, no fallback
    day = printed_formats(language).date(PLAN_START)
    for pdf in ("h.pdf", "c.pdf"):
        text = text_within_the_paper(out[pdf].read_bytes())
        assert day in text, pdf
        assert PLAN_START.isoformat() not in text
    assert Calendar.from_ical(out["h.ics"].read_bytes()).walk("VEVENT")


@pytest.fixture
def german_fixture(tmp_path, monkeypatch):
    """A `de` folder holding the English texts: the dates must still come out German."""
    folder = tmp_path / "resources" / "handout"
    shutil.copytree(config.resource_path("handout", "en"), folder / "en")
    shutil.copytree(config.resource_path("handout", "en"), folder / "de")
    for name in ("handout.toml", "consent.toml"):
        path = folder / "de" / name
        path.write_text(
            path.read_text("utf-8").replace('language = "en"', 'language = "de"'), "utf-8"
        )

    def resource_path(*parts):
        return (
            folder.joinpath(*parts[1:])
            if parts[:1] == ("handout",)
            else config.resource_path(*parts)
        )

    monkeypatch.setattr(handout, "resource_path", resource_path)
    monkeypatch.setattr(languages, "resource_path", resource_path)
    return folder


def test_a_language_folder_prints_dates_its_own_way(tmp_path, capsys, german_fixture):
    code, out = print_documents(tmp_path, "de")
    assert code == 0
    for pdf in ("h.pdf", "c.pdf"):
        text = text_within_the_paper(out[pdf].read_bytes())
        assert "1. Dezember 2026" in text
        assert "1 December 2026" not in text
    assert languages.handout_languages() == ("de", "en")


@pytest.mark.parametrize("language", ["ar", "he", "fa", "ur"])
def test_a_right_to_left_language_is_refused_and_nothing_written(tmp_path, capsys, language):
    code, out = print_documents(tmp_path, language)
    assert code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "patient.language" in error and "right-to-left" in error
    assert not any(path.exists() for path in out.values())
