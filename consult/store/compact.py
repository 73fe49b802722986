"""How a plan's detail and a consultation's screening answers are kept: compact, and read back
exactly as they were given.

A plan's detail is the engine's whole output, the suggestion and the final plan. Most of it
repeats: the final plan is the suggestion in most plans, and the texts (reasons, adjuncts,
precautions, warnings and their codes, screening items) are a few hundred that thousands of
plans share. So:

- each such text is kept once, in `shared_text`, as the engine worded it, and a plan holds its
  id. The words are never rendered again from the rules: a later rules version that words a
  reason differently leaves the plans made before it as they were, with no old rules shipped;
- of the final plan, only the values that differ from the suggestion are kept;
- the suggested interval, the final depths and the calendar id are kept only where they differ
  from what they follow from (the suggestion, the final plan, the consultation).

Values a patient's record holds (dates, a screening item's detail such as the last dose) stay
in the plan's own row: `shared_text` holds only the engine's words and lists of item ids.
A detail this format cannot give back exactly (checked on every write) is kept whole.

The screening answers of a consultation are one row: the list of items answered (a shared
text), one letter per item and the dates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

COMPACT = "compact"  # the key marking a compact detail, with the format's number
FORMAT = 1
# The keys of a detail, in the order the services give them.
_ORDER = (
    "suggested",
    "final",
    "screening",
    "interval_suggested_weeks",
    "depths_mm_final",
    "calendar_uid",
)
_DERIVED = _ORDER[3:]
# Lists of the engine's words in a plan: each element is kept once, shared.
_TEXT_LISTS = ("adjuncts", "precautions", "warnings", "warning_codes", "reasons")
# A screening item's own detail (its last dose, an age) is the patient's: kept in the row.
_OWN = "detail"

Intern = Callable[[str], int]
Texts = Mapping[int, str]
Parse = Callable[[str], Any]

# Built once: `json.dumps` with options builds an encoder at every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def json_text(value: Any) -> str:
    """JSON without spaces, characters as they are: how consult writes JSON columns."""
    return _ENCODER.encode(value)


def _shared(values: list[Any], intern: Intern) -> list[int]:
    return [intern(json_text(value)) for value in values]


def _fits(detail: Mapping[str, Any]) -> bool:
    """Whether the detail has the shape the compact form holds (every plan the services
    made has); another one is kept as it is."""
    suggested, final = detail.get("suggested"), detail.get("final")
    if not (
        list(detail) == [key for key in _ORDER if key in detail]
        and isinstance(suggested, dict)
        and isinstance(final, dict)
        and list(final) == list(suggested)
    ):
        return False
    depths = final.get("needle_depth_mm", {})
    screening = detail.get("screening", {})
    return (
        all(
            isinstance(plan.get(key, []), list)
            for plan in (suggested, final)
            for key in _TEXT_LISTS
        )
        and isinstance(depths, dict)
        and all(isinstance(values, list) and len(values) == 3 for values in depths.values())
        and isinstance(screening, dict)
        and isinstance(screening.get("items", []), list)
    )


def _plan(plan: Mapping[str, Any], keys: Iterable[str], intern: Intern) -> dict[str, Any]:
    return {key: _shared(plan[key], intern) if key in _TEXT_LISTS else plan[key] for key in keys}


def _unplan(kept: Mapping[str, Any], texts: Texts, parse: Parse) -> dict[str, Any]:
    return {
        key: [parse(texts[i]) for i in value] if key in _TEXT_LISTS else value
        for key, value in kept.items()
    }


def _screening(screening: Mapping[str, Any], intern: Intern) -> dict[str, Any]:
    kept = dict(screening)
    if "items" in kept:
        items = []
        for item in kept["items"]:
            own = item.get(_OWN) if isinstance(item, dict) else None
            if own is None:
                items.append(intern(json_text(item)))
            else:
                # Shared with its detail left empty, so the key keeps its place.
                items.append([intern(json_text({**item, _OWN: None})), own])
        kept["items"] = items
    return kept


def _unscreening(kept: Mapping[str, Any], texts: Texts, parse: Parse) -> dict[str, Any]:
    screening = dict(kept)
    if "items" in screening:
        items = []
        for item in screening["items"]:
            if isinstance(item, list):
                items.append({**parse(texts[item[0]]), _OWN: item[1]})  # a copy: parse may cache
            else:
                items.append(parse(texts[item]))
        screening["items"] = items
    return screening


def _depths(final: Mapping[str, Any]) -> dict[str, Any]:
    return {zone: values[2] for zone, values in final.get("needle_depth_mm", {}).items()}


def _derived(key: str, detail: Mapping[str, Any], calendar_uid: str | None) -> Any:
    """What a derived key holds unless the detail keeps its own value."""
    if key == "interval_suggested_weeks":
        return detail["suggested"].get("interval_weeks")
    if key == "depths_mm_final":
        return _depths(detail["final"])
    return calendar_uid


def encode_detail(
    detail: Mapping[str, Any], calendar_uid: str | None, intern: Intern
) -> dict[str, Any]:
    """The detail as kept; `calendar_uid` is the consultation's (a plan's usually equals it).

    A detail of another shape is kept as it is. The services give every dictionary of a plan
    its keys in one order, so a value equal to another is kept once in that order.
    """
    if not _fits(detail):
        return dict(detail)
    suggested, final = detail["suggested"], detail["final"]
    kept: dict[str, Any] = {COMPACT: FORMAT, "suggested": _plan(suggested, suggested, intern)}
    changed = [key for key in final if final[key] != suggested[key]]
    if changed:
        kept["final"] = _plan(final, changed, intern)
    if "screening" in detail:
        kept["screening"] = _screening(detail["screening"], intern)
    for key in _DERIVED:
        if key not in detail:
            kept.setdefault("absent", []).append(key)
        elif detail[key] != _derived(key, detail, calendar_uid):
            kept[key] = detail[key]
    return kept


def decode_detail(
    kept: Mapping[str, Any], calendar_uid: str | None, texts: Texts, parse: Parse = json.loads
) -> dict[str, Any]:
    """The detail as it was given to `encode_detail`; `parse` reads a shared text (a cached
    one may return the same object to several details)."""
    if COMPACT not in kept:
        return dict(kept)
    suggested = _unplan(kept["suggested"], texts, parse)
    changed = _unplan(kept.get("final", {}), texts, parse)
    detail: dict[str, Any] = {
        "suggested": suggested,
        "final": {key: changed.get(key, value) for key, value in suggested.items()},
    }
    if "screening" in kept:
        detail["screening"] = _unscreening(kept["screening"], texts, parse)
    absent = kept.get("absent", ())
    for key in _DERIVED:
        if key in kept:
            detail[key] = kept[key]
        elif key not in absent:
            detail[key] = _derived(key, detail, calendar_uid)
    return detail


def detail_text_ids(kept: Mapping[str, Any]) -> set[int]:
    """The ids of the shared texts a kept detail refers to."""
    if COMPACT not in kept:
        return set()
    ids: set[int] = set()
    for plan in (kept["suggested"], kept.get("final", {})):
        for key in _TEXT_LISTS:
            ids.update(plan.get(key, ()))
    for item in kept.get("screening", {}).get("items", ()):
        ids.add(item[0] if isinstance(item, list) else item)
    return ids


# A screening answer as one letter: yes, no, unanswered; with a date, yes or no. Capital when
# the practitioner acknowledged the item.
_LETTERS = {
    (True, False): "y",
    (False, False): "n",
    (None, False): "u",
    (True, True): "d",
    (False, True): "f",
}
_ANSWERS = {letter: answer for answer, letter in _LETTERS.items()}


def encode_screening(
    answers: Mapping[str, tuple[bool | None, dt.date | None, bool]], intern: Intern
) -> dict[str, Any]:
    """Item id → (answer, date, acknowledged) as kept: in the order of the item ids, the order
    in which they were always read back. An unanswered item is kept only when acknowledged."""
    kept = {
        item: value for item, value in sorted(answers.items()) if value[0] is not None or value[2]
    }
    if not kept:
        return {}
    letters, dates = [], []
    for answer, day, acknowledged in kept.values():
        dated = answer is not None and day is not None
        letter = _LETTERS[answer, dated]
        letters.append(letter.upper() if acknowledged else letter)
        if dated and day is not None:
            dates.append(day.isoformat())
    screening: dict[str, Any] = {"items": intern(" ".join(kept)), "answers": "".join(letters)}
    if dates:
        screening["dates"] = dates
    return screening


def decode_screening(
    kept: Mapping[str, Any], texts: Texts
) -> dict[str, tuple[bool | None, dt.date | None, bool]]:
    """Item id → (answer, date, acknowledged), as given to `encode_screening`."""
    if not kept:
        return {}
    dates = iter(kept.get("dates", ()))
    answers: dict[str, tuple[bool | None, dt.date | None, bool]] = {}
    for item, letter in zip(texts[kept["items"]].split(" "), kept["answers"], strict=True):
        answer, dated = _ANSWERS[letter.lower()]
        day = dt.date.fromisoformat(next(dates)) if dated else None
        answers[item] = (answer, day, letter.isupper())
    return answers


def screening_text_ids(kept: Mapping[str, Any] | None) -> set[int]:
    return {kept["items"]} if kept else set()
