"""The languages the patient handout is written in."""

from __future__ import annotations

from consult.config import resource_path
from consult.domain.languages import available_languages


def handout_languages() -> tuple[str, ...]:
    return tuple(sorted(available_languages(resource_path("handout"))))
