"""Which languages the handout is written in, and which one a patient gets.

Apart from the texts themselves (`handout_texts`, which loads the rules): the patient form
and the window's start need only this.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path

FALLBACK_LANGUAGE = "en"
# A handout language code: `en`, `pt-BR`.
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
HANDOUT_FILE = "handout.toml"


def pick_language(requested: str, available: Collection[str]) -> str:
    """The patient's language if its texts exist (`pt-BR`, then `pt`), else English."""
    for candidate in (requested, requested.split("-")[0]):
        if candidate in available:
            return candidate
    return FALLBACK_LANGUAGE


def available_languages(folder: Path) -> frozenset[str]:
    """The language folders under `resources/handout` that hold a handout."""
    if not folder.is_dir():
        return frozenset()
    return frozenset(p.name for p in folder.iterdir() if (p / HANDOUT_FILE).is_file())
