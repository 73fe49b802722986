"""The handout texts: checked in full when read, chosen per patient, English as the fallback."""

import shutil

import pytest

from consult.config import resource_path
from consult.domain.clinic import ClinicDetails
from consult.domain.errors import RulesError
from consult.domain.handout import (
    HandoutInput,
    consent_document,
    handout_document,
    patient_precautions,
)
from consult.domain.handout_texts import load_texts
from consult.domain.languages import pick_language
from consult.domain.plan import suggest_plan
from consult.domain.printed import Bullets, Table
from consult.domain.screening import screen
from consult.handout.locales import printed_formats


@pytest.fixture(scope="module")
def texts(rules):
    return load_texts(resource_path("handout", "en"), rules, printed_formats("en"))


@pytest.fixture
def english(tmp_path):
    folder = tmp_path / "en"
    shutil.copytree(resource_path("handout", "en"), folder)
    return folder


def given(make_assessment, rules, findings, **kwargs):
    assessment = make_assessment(findings, **kwargs)
    screening = screen(assessment.screening, assessment.patient, assessment.date, rules)
    plan = suggest_plan(assessment, screening, kwargs.get("grade"), rules)
    return HandoutInput(assessment, screening, plan, ClinicDetails(), "")


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ("en", "en"),
        ("en-GB", "en"),
        ("pt-BR", "pt-BR"),
        ("pt-PT", "pt"),
        ("fr", "en"),
        ("pt-AO", "pt"),
    ],
)
def test_the_patients_language_its_nearest_variant_or_english(requested, expected):
    assert pick_language(requested, {"en", "pt", "pt-BR"}) == expected


def test_every_scar_type_zone_adjunct_and_patient_precaution_has_a_text(texts, rules):
    handout = texts.handout
    assert set(handout["scar_type"]) == set(rules.scar_types)
    assert set(handout["zone"]) == set(rules.zones)
    assert set(handout["adjunct"]) == {a.id for a in rules.plan.adjuncts}
    facing = {
        i.id for i in rules.screening.values() if i.patient_facing and i.level == "precaution"
    }
    assert set(handout["precaution"]) == facing
    assert "isotretinoin_last_dose" in facing
    blocks = {i.id for i in rules.screening.values() if i.level == "block"}
    assert set(handout["block"]) == blocks


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        (
            '[scar_type.icepick]\nname = "Icepick scars"',
            '[scar_type.icepik]\nname = "Icepick scars"',
            "icepick",
        ),
        ('heading = "Your plan"', 'headline = "Your plan"', "plan.heading"),
        (
            'source = "lee_2002_tca_cross"',
            'source = "lee_2003"',
            "adjunct.tca_cross_or_punch.source",
        ),
        ('version = "2026.12.5"', 'version = "2025.1"', "version"),
        ('language = "en"', 'language = "fr"', "language"),
    ],
)
def test_a_broken_text_file_names_file_and_key(english, rules, old, new, key):
    path = english / "handout.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_texts(english, rules, printed_formats("en"))
    assert "handout.toml" in error.value.file
    assert key in error.value.key


def test_precautions_that_concern_the_patient_only(make_assessment, rules, texts):
    # An item the rules mark as not for the patient stays off the handout.
    item = rules.screening["immunosuppressed"]
    rules = rules._replace(
        screening={**rules.screening, item.id: item._replace(patient_facing=False)}
    )
    flags = {"herpes_history": True, "immunosuppressed": True, "pih_history": True}
    chosen = patient_precautions(
        given(make_assessment, rules, [("chin", "boxcar_shallow", 3)], flags=flags, grade=3),
        rules,
        texts,
    )
    assert any("antiviral" in line for line in chosen)
    assert texts.handout["precaution"]["immunosuppressed"] not in chosen
    # A PIH history is covered by the sun-protection text, not said twice.
    assert chosen[-1] == texts.handout["care"]["pih_risk"].text
    assert texts.handout["precaution"]["pih_history"] not in chosen


def test_a_blocked_plan_lists_what_must_happen_first_and_no_table(make_assessment, rules, texts):
    flags = {"active_cold_sore": True, "pregnant_or_breastfeeding": True}
    document = handout_document(
        given(make_assessment, rules, [("chin", "boxcar_shallow", 3)], flags=flags, grade=3),
        rules,
        texts,
    )
    plan = next(
        s for s in document.sections if s.heading == texts.handout["plan"]["deferred_heading"]
    )
    assert not any(isinstance(block, Table) for block in plan.blocks)
    (firsts,) = [block for block in plan.blocks if isinstance(block, Bullets)]
    assert firsts.items == (
        texts.handout["block"]["active_cold_sore"],
        texts.handout["block"]["pregnant_or_breastfeeding"],
    )


def test_the_plan_table_has_every_session_and_the_review(make_assessment, rules, texts):
    document = handout_document(
        given(make_assessment, rules, [("chin", "boxcar_shallow", 3)], grade=4), rules, texts
    )
    (table,) = [b for s in document.sections for b in s.blocks if isinstance(b, Table)]
    assert len(table.rows) == 6 + 1
    assert table.rows[-1][0].text == "Review"
    assert table.last_row_apart


def test_a_misspelt_placeholder_is_refused_when_read(english, rules):
    path = english / "handout.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Call us on {phone}", "Call us on {phon}"), encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_texts(english, rules, printed_formats("en"))
    assert error.value.key == "footer.questions"
    assert "{phon}" in error.value.problem


@pytest.mark.parametrize(
    ("language", "areas", "where"),
    [
        ("en", "Areas to treat: forehead, left cheek.", "Where: Forehead"),
        ("fr", "Zones à traiter\u00a0: front, joue gauche.", "Où\u00a0: Front"),
        ("de", "Behandlungsbereiche: Stirn, linke Wange.", "Wo: Stirn"),
        ("es", "Zonas a tratar: frente, mejilla izquierda.", "Dónde: Frente"),
    ],
)
def test_zone_names_inside_a_sentence_are_written_as_the_language_writes_them(
    rules, make_assessment, language, areas, where
):
    """Lower-case inside a sentence, a capital only where a line starts; German nouns keep
    theirs."""
    texts = load_texts(resource_path("handout", language), rules, printed_formats(language))
    given_ = given(
        make_assessment,
        rules,
        [("forehead", "rolling_mild", 2), ("cheek_left", "rolling_mild", 3)],
        grade=2,
    )
    consent = consent_document(given_, rules, texts)
    lines = [block.text for block in consent.sections[0].blocks if hasattr(block, "text")]
    assert areas in lines
    notes = handout_document(given_, rules, texts).sections[0].blocks[1].beside[0].notes
    assert notes[0].startswith(where)
