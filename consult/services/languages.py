"""The languages the patient handout is written in."""

from __future__ import annotations

from consult.config import resource_path
from consult.domain import languages


def handout_languages() -> tuple[str, ...]:
    return tuple(sorted(languages.available_languages(resource_path("handout"))))


def review_status(language: str) -> str:
    """What the language's folder says of its review, for Settings to show: "not yet reviewed
    by a native-speaking clinician"; "" for a language without a folder or a status."""
    if not languages.LANGUAGE.fullmatch(language):
        return ""
    return languages.review_status(resource_path("handout", language))
