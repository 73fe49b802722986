"""The patient handout and consent form, read back from the PDF as a patient would read them."""

import copy
import datetime as dt
import io
import json
import logging
from dataclasses import replace

import pytest
from icalendar import Calendar
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab import rl_config

from consult.domain.clinic import ClinicDetails
from consult.domain.consultation import PlanChoices, apply_choices
from consult.services.assessment import assess_text
from consult.services.handout import HandoutMaker, handout_input

DOCUMENT = {
    "schema": "consult.assessment/1",
    "date": "2026-11-24",
    "patient": {
        "name": "Zoë Ångström",
        "date_of_birth": "1990-05-01",
        "fitzpatrick": "III",
        "language": "en",
    },
    "screening": {
        "active_acne": False,
        "active_infection": False,
        "active_cold_sore": False,
        "pregnant_or_breastfeeding": False,
        "radiotherapy_last_3_months": False,
        "skin_cancer_in_area": False,
        "active_sunburn": False,
        "herpes_history": True,
        "isotretinoin_last_dose": None,
    },
    "findings": [
        {"zone": "cheek_left", "type": "rolling_moderate", "count": 7},
        {"zone": "cheek_right", "type": "icepick", "count": 3},
        {"zone": "forehead", "type": "macular_erythematous", "count": 6},
        {"zone": "jaw_left", "type": "hypertrophic_keloid", "area_cm2": 1.5},
    ],
    "global_grade": 3,
    "plan_start": "2026-12-01",
}
CLINIC = ClinicDetails(
    name="Clinique Sainte-Anne",
    address="4 Rue des Lilas\n69003 Lyon",
    phone="+33 4 72 00 00 00",
    website="www.sainte-anne.example",
)
NAMES = {
    "latin with diacritics": "Zoë Ångström-Żółć Müller",
    "greek": "Γεώργιος Παπαδόπουλος",
    "cyrillic": "Александра Кузнецова",
    "vietnamese": "Nguyễn Thị Minh Khai",
    "chinese (fallback font)": "王小明",
}


@pytest.fixture(scope="module")
def maker(rules):
    return HandoutMaker(rules)


@pytest.fixture(scope="module")
def rules():
    from consult.services.rules import load_default_rules

    return load_default_rules()


def document(**changes):
    data = copy.deepcopy(DOCUMENT)
    for key, value in changes.items():
        if key in data["patient"]:
            data["patient"][key] = value
        else:
            data[key] = value
    return data


def given_for(data, rules, clinic=CLINIC, practitioner="Dr Ana Souza", sessions=None):
    report = assess_text(json.dumps(data), rules)
    given = handout_input(report, clinic, practitioner)
    if sessions is not None:
        final = apply_choices(
            report.assessment,
            report.screening,
            report.plan,
            report.qualitative_suggested,
            PlanChoices(sessions=sessions),
            rules,
        )
        given = replace(given, plan=final.plan)
    return given


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("script", NAMES)
def test_the_patients_name_prints_in_every_script(maker, rules, script):
    name = NAMES[script]
    files = maker.build(given_for(document(name=name), rules))
    assert name in text_of(files.pdf)
    assert files.warnings == ()


def test_a_decomposed_name_prints_as_typed(maker, rules):
    decomposed = "Nguyê\u0303n Thi\u0323"  # as some keyboards send it
    files = maker.build(given_for(document(name=decomposed), rules))
    assert "Nguyễn Thị" in text_of(files.pdf)


def test_the_handout_holds_the_plan_the_scars_and_the_clinic(maker, rules):
    given = given_for(document(), rules)
    text = flat(text_of(maker.build(given).pdf))
    assert len(given.plan.dates) == 5
    for day in given.plan.dates:
        assert f"{day.day} {day.strftime('%B')} {day.year}" in text
    # Each date once, in full: no ISO form beside it (issue 24).
    assert given.plan.dates[0].isoformat() not in text
    for name in ("Rolling scars", "Icepick scars", "Red marks", "Raised scars"):
        assert name in text
    assert "Clinique Sainte-Anne" in text
    assert "+33 4 72 00 00 00" in text
    assert "Dr Ana Souza" in text
    assert "24 November 2026" in text
    # The review point after the last session, and this patient's own precaution.
    assert "Review" in text
    assert "antiviral" in text
    # Adjuncts suggested for these scars, explained.
    assert "TCA CROSS" in text
    assert "subcision" in text


def test_a_blocked_plan_is_deferred_and_prints_no_dates(maker, rules):
    data = document()
    data["screening"]["active_acne"] = True
    given = given_for(data, rules)
    text = flat(text_of(maker.build(given).pdf))
    assert "deferred" in text
    assert "need to be under control" in text
    assert not any(str(year) in text for year in (2027, 2028))
    assert "2026-12" not in text


def test_flat_marks_only_print_a_skin_plan_without_sessions(maker, rules):
    data = document(
        findings=[{"zone": "forehead", "type": "macular_pigmented", "count": 4}],
        global_grade=1,
    )
    text = flat(text_of(maker.build(given_for(data, rules)).pdf))
    assert "Your skin plan" in text and "Nothing else is booked" in text
    assert "Brown marks" in text and "sun protection" in text
    assert "2026-12-01" not in text and "microneedling" not in text.lower()


def test_darker_skin_gets_the_sun_protection_text(maker, rules):
    text = flat(text_of(maker.build(given_for(document(fitzpatrick="V"), rules)).pdf))
    assert "gets dark marks more easily" in text and "have settled" in text


def test_fonts_are_embedded(maker, rules):
    pdf = PdfReader(
        io.BytesIO(
            maker.build(given_for(document(name=NAMES["chinese (fallback font)"]), rules)).pdf
        )
    )
    embedded = set()
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font["/BaseFont"]
            descriptor = descriptor.get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= embedded
    assert any(font.startswith("DroidSansFallback") for font in embedded)


MANY = [
    {"zone": zone, "type": scar, "count": 4}
    for zone, scar in [
        ("forehead", "macular_erythematous"),
        ("temple_left", "macular_pigmented"),
        ("cheek_left", "rolling_mild"),
        ("cheek_right", "rolling_moderate"),
        ("chin", "boxcar_shallow"),
        ("nose", "atrophic_broad_shallow"),
        ("cheek_left", "boxcar_deep"),
        ("cheek_right", "icepick"),
        ("jaw_right", "linear_trough"),
        ("perioral", "atrophic_broad_deep"),
        ("chin", "papular"),
        ("temple_right", "elastolysis"),
    ]
] + [{"zone": "jaw_left", "type": "hypertrophic_keloid", "area_cm2": 3}]


# The most pages a handout takes, by language. English's longest fills its 4 pages to the last
# lines; its translations hold the same statements in 20-30 % more words (measured on the
# longest handout: en 10,100 characters, de 12,100, pt-BR 12,200, es 12,500, fr 13,100), so they
# take a fifth page. Fitting them in 4 would mean dropping clinical statements or printing
# them smaller than the handout's type: neither is done.
MOST_PAGES = {"en": 4, "fr": 5, "de": 5, "es": 5, "pt-BR": 5}


@pytest.mark.parametrize("sessions", [1, 2, 6, 12])
@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("language", MOST_PAGES)
def test_page_count_stays_between_2_and_the_languages_most(maker, rules, sessions, paper, language):
    long_name = "Maximiliana Alexandrovna Konstantinopoulou-Wojciechowska Ngo"
    assert len(long_name) == 60
    flags = {
        item: True
        for item in (
            "herpes_history",
            "keloid_tendency",
            "anticoagulants",
            "eczema_psoriasis_rosacea_in_area",
            "metal_or_anaesthetic_allergy",
            "pih_history",
            "immunosuppressed",
            "uncontrolled_diabetes",
        )
    }
    # Every scar type, most precautions, under 18: the longest handout there can be.
    worst = document(
        name=long_name,
        findings=MANY,
        global_grade=4,
        fitzpatrick="V",
        date_of_birth="2010-01-01",
        language=language,
    )
    worst["screening"].update(flags)
    plain = document(
        name=long_name,
        findings=[{"zone": "chin", "type": "boxcar_shallow", "count": 2}],
        language=language,
    )
    texts = maker.texts(language)
    for data in (worst, plain):
        given = given_for(data, rules, clinic=replace(CLINIC, paper_size=paper), sessions=sessions)
        assert len(given.plan.dates) == sessions
        pdf = maker.build(given).pdf
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert 2 <= len(pages) <= MOST_PAGES[language]
        text = flat(text_of(pdf))
        assert long_name in text
        assert texts.formats.date(given.plan.dates[-1]) in text
        page_label = texts.handout["footer"]["page"]
        assert page_label.format(page=len(pages), pages=len(pages)) in text


def test_paper_size_comes_from_the_clinic(maker, rules):
    for paper, size in (("A4", (595, 842)), ("Letter", (612, 792))):
        pdf = maker.build(
            given_for(document(), rules, clinic=replace(CLINIC, paper_size=paper))
        ).pdf
        box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_two_invariant_builds_are_byte_identical(rules):
    rl_config.invariant = 1
    try:
        plan_id = "6f1c0a52-3b7e-4d2a-9c41-0e8b5d7a2f19"  # the same plan: the same event ids
        given = given_for(document(name=NAMES["greek"], calendar_uid=plan_id), rules)
        first = HandoutMaker(rules).build(given, calendar=True, consent=True)
        second = HandoutMaker(rules).build(given, calendar=True, consent=True)
    finally:
        rl_config.invariant = 0
    assert first.pdf == second.pdf
    assert first.consent == second.consent
    assert first.ics == second.ics


def test_the_calendar_holds_one_event_per_session_and_the_test_patch(maker, rules):
    given = given_for(document(), rules, sessions=6)
    patch = given.plan.test_patch  # the raised scar on the jaw shows a keloid tendency
    files = maker.build(given, calendar=True)
    calendar = Calendar.from_ical(files.ics)
    events = calendar.walk("VEVENT")
    starts = [event.decoded("dtstart") for event in events]
    assert starts == [patch.date, *given.plan.dates]
    assert len({str(event["uid"]) for event in events}) == 7
    assert all("Clinique Sainte-Anne" in str(event["location"]) for event in events)
    assert str(events[0]["summary"]).startswith("Microneedling test patch")
    assert str(events[1]["summary"]) == "Microneedling session 1 of 6"
    # The patient's name stays out of a file that ends up in cloud calendars.
    assert b"Zo" not in files.ics


def test_a_blocked_plan_gives_no_calendar(maker, rules):
    data = document()
    data["screening"]["pregnant_or_breastfeeding"] = True
    files = maker.build(given_for(data, rules), calendar=True)
    assert files.ics is None


def test_the_consent_form_names_risks_precautions_and_signatures(maker, rules):
    data = document(date_of_birth="2010-02-01")
    files = maker.build(given_for(data, rules), consent=True)
    text = flat(text_of(files.consent))
    assert "Consent to microneedling treatment" in text
    assert "tram-track" in text
    assert "Other options" in text
    assert "antiviral" in text  # this patient's precaution
    assert "parent or guardian must give consent" in text  # under 18 from the birth date
    assert "Parent or guardian" in text
    for label in ("Patient", "Practitioner", "Signature", "Date"):
        assert label in text
    assert "Zoë Ångström" in text


def test_an_adults_consent_form_has_no_guardian_line(maker, rules):
    text = flat(text_of(maker.build(given_for(document(), rules), consent=True).consent))
    assert "Parent or guardian" not in text


def test_a_script_the_fonts_lack_is_reported_without_the_name(maker, rules, caplog):
    name = "देवनागरी Sharma"
    with caplog.at_level(logging.WARNING):
        files = maker.build(given_for(document(name=name), rules))
    assert files.warnings
    assert "DEVANAGARI" in files.warnings[0]
    assert "Sharma" not in " ".join(files.warnings)
    assert "Sharma" not in caplog.text and "DEVANAGARI" in caplog.text


def test_a_language_without_texts_falls_back_to_english(maker, rules):
    files = maker.build(given_for(document(language="it"), rules))
    assert files.language == "en"
    assert "Your microneedling plan" in text_of(files.pdf)


def test_with_a_large_logo_the_file_stays_small(maker, rules, tmp_path):
    logo = tmp_path / "logo.png"
    picture = Image.effect_noise((4000, 2000), 80).convert("RGB")
    ImageDraw.Draw(picture).ellipse((200, 200, 1800, 1800), fill=(27, 106, 114))
    picture.save(logo)
    assert logo.stat().st_size > 5_000_000
    given = given_for(document(), rules, clinic=replace(CLINIC, logo_path=str(logo)))
    files = maker.build(given)
    assert len(files.pdf) < 1_000_000
    images = [img for page in PdfReader(io.BytesIO(files.pdf)).pages for img in page.images]
    assert len(images) == 1


def test_an_unreadable_logo_is_left_out_with_a_warning(maker, rules, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"not a picture")
    files = maker.build(given_for(document(), rules, clinic=replace(CLINIC, logo_path=str(logo))))
    assert any("logo" in warning for warning in files.warnings)
    assert "Clinique Sainte-Anne" in text_of(files.pdf)


def test_without_a_clinic_no_clinic_name_is_printed(maker, rules):
    text = flat(text_of(maker.build(given_for(document(), rules, clinic=None)).pdf))
    assert "Your microneedling plan" in text
    assert "Questions? Call us" not in text
    assert "Bellair" not in text  # the seed article's clinic never appears


def test_the_session_dates_follow_the_confirmed_plan(maker, rules):
    given = given_for(document(), rules)
    moved = tuple(day + dt.timedelta(days=7) for day in given.plan.dates)
    text = flat(text_of(maker.build(replace(given, plan=given.plan._replace(dates=moved))).pdf))
    assert all(long_date(day) in text for day in moved)
    # The second: the first is still named as the day the test patch allows sessions from.
    assert long_date(given.plan.dates[1]) not in text


def test_a_korean_name_prints_with_its_own_font(maker, rules):
    files = maker.build(given_for(document(name="김민준 Kim"), rules))
    assert "김민준 Kim" in text_of(files.pdf)
    assert files.warnings == ()


def test_emoji_and_control_characters_are_not_printed_silently(maker, rules):
    files = maker.build(given_for(document(name="Zoë\u0007 Smile 😀"), rules))
    assert "Zoë Smile" in text_of(files.pdf)
    assert any("emoji" in warning for warning in files.warnings)


def test_the_footer_phone_goes_through_the_fallback_fonts(maker, rules):
    clinic = replace(CLINIC, phone="０３-１２３４-５６７８")
    files = maker.build(given_for(document(), rules, clinic=clinic))
    assert "０３-１２３４-５６７８" in text_of(files.pdf)
    assert files.warnings == ()


def test_a_picture_too_large_to_open_is_left_out_with_a_warning(maker, rules, tmp_path):
    logo = tmp_path / "huge.png"
    Image.new("1", (14_000, 14_000)).save(logo)
    files = maker.build(given_for(document(), rules, clinic=replace(CLINIC, logo_path=str(logo))))
    assert any("logo" in warning for warning in files.warnings)


def test_a_very_long_address_keeps_the_letterhead_on_the_first_page(maker, rules):
    address = "\n".join(f"Building {n}, long street name of the medical campus" for n in range(60))
    given = given_for(document(), rules, clinic=replace(CLINIC, address=address), sessions=12)
    pdf = maker.build(given).pdf
    assert 2 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 4
    assert "Your microneedling plan" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()


def test_the_clinical_name_and_mixed_zones_are_shown(maker, rules):
    data = document(
        findings=[
            {"zone": "jaw_left", "type": "boxcar_shallow", "count": 8},
            {"zone": "jaw_left", "type": "hypertrophic_keloid", "area_cm2": 3},
        ]
    )
    text = flat(text_of(maker.build(given_for(data, rules)).pdf))
    assert "Shallow boxcar scars" in text and "Boxcar, shallow" in text
    assert "8 + 3 cm²" in text


def test_the_consent_form_names_the_planned_treatment(maker, rules):
    text = flat(text_of(maker.build(given_for(document(), rules), consent=True).consent))
    assert "5 microneedling sessions, 4 weeks apart" in text
    assert "Areas to treat: forehead, left cheek, right cheek." in text
    data = document()
    data["screening"]["active_acne"] = True
    blocked = flat(text_of(maker.build(given_for(data, rules), consent=True).consent))
    assert "on hold (deferred)" in blocked


def test_a_broken_translation_falls_back_to_english(rules, tmp_path, monkeypatch, caplog):
    import shutil

    from consult.config import resource_path
    from consult.services import handout as service

    folder = tmp_path / "handout"
    shutil.copytree(resource_path("handout"), folder)
    # Over the shipped German texts: an English copy whose one error is the misspelt placeholder.
    shutil.copytree(folder / "en", folder / "de", dirs_exist_ok=True)
    broken = folder / "de" / "handout.toml"
    text = broken.read_text(encoding="utf-8").replace('language = "en"', 'language = "de"')
    broken.write_text(text.replace("{phone}", "{phon}"), encoding="utf-8")
    consent = folder / "de" / "consent.toml"
    consent.write_text(
        consent.read_text(encoding="utf-8").replace('language = "en"', 'language = "de"'),
        encoding="utf-8",
    )
    original = service.resource_path
    monkeypatch.setattr(
        service,
        "resource_path",
        lambda *parts: tmp_path.joinpath(*parts) if parts[0] == "handout" else original(*parts),
    )
    with caplog.at_level(logging.WARNING):
        files = HandoutMaker(rules).build(given_for(document(language="de"), rules))
    assert files.language == "en"
    assert "unknown placeholder {phon}" in caplog.text
    assert "Your microneedling plan" in text_of(files.pdf)
