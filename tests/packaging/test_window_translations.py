"""The window's translation files (resources/i18n): up to date with the sources, every entry
of a shipped language translated, placeholders and accelerators kept."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from consult.domain.messages import ENGLISH
from consult.ui.i18n import SHIPPED_LANGUAGES, SOURCE_LANGUAGE

TOP = Path(__file__).resolve().parents[2]
SCRIPT = TOP / "packaging" / "translations.py"
FOLDER = TOP / "resources" / "i18n"
# {name}, {low:g}, {value!r}; Qt's %1 and %n
PLACEHOLDER = re.compile(r"\{[a-z_]+(?:![rs])?(?::[^}]*)?\}|%[0-9n]")
MNEMONIC = re.compile(r"&(?=[^&\s])")


@pytest.fixture(scope="module")
def translations():
    spec = importlib.util.spec_from_file_location("translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language):
    """(context, source, comment, numerus, translation forms, unfinished) of a .ts file."""
    root = ET.parse(FOLDER / f"consult_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            yield (
                context.findtext("name"),
                message.findtext("source"),
                message.findtext("comment"),
                message.get("numerus") == "yes",
                forms if forms else [translation.text or ""],
                translation.get("type") == "unfinished",
            )


def test_running_the_update_again_changes_nothing(translations):
    assert translations.stale() == [], "run python packaging/translations.py and commit"


@pytest.mark.parametrize("language", [SOURCE_LANGUAGE, *SHIPPED_LANGUAGES])
def test_a_shipped_language_has_no_unfinished_or_empty_entry(language):
    left = [
        f"{context}: {source}"
        for context, source, _comment, _numerus, forms, unfinished in _messages(language)
        if unfinished or not all(form.strip() for form in forms)
    ]
    assert left == []
    assert (FOLDER / f"consult_{language}.qm").exists()


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_translations_keep_the_placeholders_and_an_accelerator(language):
    wrong = []
    for context, source, _comment, numerus, forms, _unfinished in _messages(language):
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            found = sorted(PLACEHOLDER.findall(form))
            # A singular may say "one" in words rather than give %n.
            if found != wanted and not (numerus and found == [p for p in wanted if p != "%n"]):
                wrong.append(f"{context}: {source!r} → {form!r}")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(form)):
                wrong.append(f"{context}: {source!r} → {form!r} (accelerator)")
    assert wrong == []


def test_every_message_of_the_domain_is_in_the_translation_files():
    for language in SHIPPED_LANGUAGES:
        codes = {
            comment
            for context, _source, comment, *_rest in _messages(language)
            if context == "Message"
        }
        assert codes == set(ENGLISH)
