"""The clinical rules shipped with the app (kept apart so `assess` loads no database code)."""

from __future__ import annotations

from consult.config import resource_path
from consult.domain.rules import Rules, load_rules


def load_default_rules() -> Rules:
    """The rules shipped in `resources/rules`; raises `RulesError` naming a bad file and key."""
    return load_rules(resource_path("rules"))
