"""How a precaution reads in the window: its text, and for a derived one, why it applies."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from consult.domain.screening import ScreeningHit
from consult.ui.formats import dates_shown
from consult.ui.rule_texts import rule_text

DERIVED_PREFIX = "derived:"


def precaution_text(hit: ScreeningHit) -> str:
    """The rule's text with its detail (the last dose, "taking it now"); a derived
    precaution's detail is its reason, said apart by `derived_why`."""
    if hit.detail and not hit.derived_from and not hit.current:  # "taking … now" says it
        return f"{rule_text(hit.text)} ({dates_shown(rule_text(hit.detail))})"
    return rule_text(hit.text)


def derived_why(hit: ScreeningHit) -> str:
    """Why a precaution applies although it was not answered yes (a raised scar recorded, an
    active cold sore, the age), or "" for one answered yes."""
    if not hit.derived_from:
        return ""
    why = rule_text(hit.detail.strip())
    # The rules write "derived: a raised scar is recorded" ("déduit : …" in French): the
    # window says "derived" itself.
    if hit.detail.strip().lower().startswith(DERIVED_PREFIX):
        why = why.partition(":")[2].strip()
    return QCoreApplication.translate("Precautions", "Derived from the record: {why}.").format(
        why=dates_shown(why or hit.derived_from)
    )


def precaution_line(hit: ScreeningHit) -> str:
    """The text and, for a derived precaution, why it applies, on one more line."""
    why = derived_why(hit)
    return f"{precaution_text(hit)}\n{why}" if why else precaution_text(hit)
