"""Which languages the handout is written in, and which one a patient gets.

Apart from the texts themselves (`handout_texts`, which loads the rules): the patient form
and the window's start need only this.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

FALLBACK_LANGUAGE = "en"
# Written right to left: reportlab here cannot print them correctly (measured, see the README),
# so no handout is offered or printed in them, rather than one with its words out of order.
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})
# Each language folder says in its README.md how far its texts have been checked.
REVIEW_FILE = "README.md"
_REVIEW_LINE = re.compile(r"^Review status:[ \t]*(.+)$", re.MULTILINE)
# A handout language code: `en`, `pt-BR`.
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
HANDOUT_FILE = "handout.toml"


def pick_language(requested: str, available: Collection[str]) -> str:
    """The patient's language if its texts exist (`pt-BR`, then `pt`), else another variant
    of the same language (`pt-PT` gets `pt-BR`, `fr-CA` gets `fr`): a reader of one variant
    reads another far better than English. English when the language has none."""
    base = requested.split("-")[0].lower()
    for candidate in (requested, base):
        if candidate in available:
            return candidate
    # Sorted: the same variant every time when a language has several.
    for candidate in sorted(available):
        if candidate.split("-")[0].lower() == base:
            return candidate
    return FALLBACK_LANGUAGE


def in_sentence(name: str, language: str) -> str:
    """A name that starts with a capital as a label ("Forehead", "Left cheek") as it reads
    inside a sentence of `language`: lower-case ("in the forehead"). German writes its nouns
    with a capital: a one-word name there is a noun and keeps it ("Stirn"), a longer one
    starts with an adjective or a preposition, which does not ("linke Wange", "um den Mund").
    An abbreviation ("PIH") stays as it is."""
    first = name.split(" ", 1)[0]
    if first[1:2].isupper() or (language.split("-")[0] == "de" and first == name):
        return name
    return name[:1].lower() + name[1:]


def right_to_left(language: str) -> bool:
    """Whether `language` (`ar`, `he-IL`) is written in a right-to-left script."""
    return language.split("-")[0].lower() in RIGHT_TO_LEFT


def available_languages(folder: Path) -> frozenset[str]:
    """The language folders under `resources/handout` that hold a handout, but for those
    written right to left."""
    if not folder.is_dir():
        return frozenset()
    return frozenset(
        p.name
        for p in folder.iterdir()
        if (p / HANDOUT_FILE).is_file() and not right_to_left(p.name)
    )


def review_status(folder: Path) -> str:
    """How far the texts of a language folder have been checked: the `Review status:` line of
    its README.md ("not yet reviewed by a native-speaking clinician"), or "" without one."""
    try:
        text = (folder / REVIEW_FILE).read_text(encoding="utf-8")
    except OSError:
        return ""
    found = _REVIEW_LINE.search(text)
    return found.group(1).strip() if found else ""
