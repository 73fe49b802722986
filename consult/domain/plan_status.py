"""What a plan came to, without the rules that make one (the patient page lists plans at
start, before the rules are loaded)."""

from enum import StrEnum


class PlanStatus(StrEnum):
    """A plan's status; the values are the ones stored and exported."""

    SUGGESTED = "suggested"
    BLOCKED = "blocked"
    NOTHING_TO_TREAT = "nothing_to_treat"
    NOTHING_TO_NEEDLE = "nothing_to_needle"
    # A block item is not answered yet: no dates until it is.
    INCOMPLETE = "incomplete"
