"""The rules' texts in the window's language: `resources/rules/i18n/<language>.toml`.

The rules files hold one English text per rule (a screening item's question, a zone's name, a
plan reason); a language file gives the same texts keyed by where they sit in the rules,
`screening.<id>.question = "…"`. Only words change: every number, id and source stays in the
English rules, and the engine keeps speaking English, so the plans and records it stores read
the same whatever the window's language. The window translates what it shows, by key or by
the English text the engine handed it; a text a language file lacks stays English.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from consult.domain.errors import RulesError
from consult.domain.languages import in_sentence
from consult.domain.rules import Rules

# The fields of the rules' parts that hold words; every other string is an id, a source, a
# level or a unit, which no language changes.
TEXT_FIELDS = frozenset(
    {
        "label",
        "title",
        "question",
        "text",
        "description",
        "explanation",
        "meaning",
        "derived_detail",
        "current_text",
        "current_detail",
        "expectation",
        "start_text",
        "text_lower",
        "skipped_zone_text",
        "mixed_zone_text",
        "nothing_to_needle_text",
        "nothing_to_treat_text",
        "flat_marks_text",
        "check_text",
        "darker_skin_text",
        "answers",
        "type_descriptions",
        "note",
    }
)
# The parts of `Rules` shown in the window. A published source's citation is kept as published;
# the team's note on a source (what was checked, how far it applies) is words of ours.
TRANSLATED_PARTS = (
    "screening_sections",
    "screening",
    "scar_types",
    "zones",
    "goodman_baron",
    "ecca",
    "qualitative",
    "fitzpatrick",
    "plan",
    "course",
    "sources",
)
# A file's own keys, beside the texts: its language and whether a clinician has read it.
HEADER_KEYS = frozenset({"language", "review_status"})

Text = str | tuple[str, ...]


def english_texts(rules: Rules) -> dict[str, Text]:
    """Every text of `rules` a language file translates, by key ("zones.chin.label"); a list
    of answers is one key holding them all, in order."""
    found: dict[str, Text] = {}
    for part in TRANSLATED_PARTS:
        found.update(_walk(part, getattr(rules, part)))
    # A source of the team's own (evidence D) is cited in the team's words, which translate;
    # the references inside them stay as published.
    for source in rules.sources.values():
        if source.evidence == "D":
            found[f"sources.{source.id}.citation"] = source.citation
    return found


def _walk(key: str, value: Any) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Mapping):
        for name, item in value.items():
            yield from _walk(f"{key}.{name}", item)
    elif hasattr(value, "_fields"):  # a named tuple: one of the rules' parts
        for field in value._fields:
            item = getattr(value, field)
            if field in TEXT_FIELDS and isinstance(item, str):
                if item:
                    yield f"{key}.{field}", item
            elif field in TEXT_FIELDS and isinstance(item, tuple):
                yield f"{key}.{field}", item
            elif field == "type_descriptions":
                for number, text in item.items():
                    yield f"{key}.{field}.{number}", text
            elif isinstance(item, Mapping) or hasattr(item, "_fields"):
                yield from _walk(f"{key}.{field}", item)
            elif isinstance(item, tuple) and item and _named(item[0]):
                for entry in item:
                    yield from _walk(f"{key}.{field}.{_ident(entry)}", entry)


def _named(entry: Any) -> bool:
    """Whether `entry` is a part with a name of its own (score bands have none, nor words)."""
    return hasattr(entry, "_fields") and ("id" in entry._fields or "grade" in entry._fields)


def _ident(entry: Any) -> str:
    """How a part listed in order (a score row, a grade) is named in a key."""
    return str(entry.id if "id" in entry._fields else entry.grade)


def placeholders(text: Text) -> set[str]:
    """The `{names}` a text is filled in with ({zone}, {age})."""
    texts = (text,) if isinstance(text, str) else text
    return {name for one in texts for _, name, _, _ in string.Formatter().parse(one) if name}


def flat_keys(data: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """A TOML file's dotted keys as written (`a.b.c`), its nested tables flattened."""
    flat: dict[str, Any] = {}
    for name, value in data.items():
        key = f"{prefix}{name}"
        if isinstance(value, Mapping):
            flat.update(flat_keys(value, f"{key}."))
        else:
            flat[key] = tuple(value) if isinstance(value, list) else value
    return flat


class RuleLabels(NamedTuple):
    """The rules' texts in one language; English where the language has none."""

    language: str
    review_status: str
    # Key → translated text, and the same by English text (for what the engine returns).
    by_key: Mapping[str, Text]
    english: Mapping[str, Text]
    by_english: Mapping[str, str]
    # English texts filled in by the engine ("No needling in {zone}: …"): a pattern matching
    # the filled-in text, and the translated text to fill in instead.
    templates: tuple[tuple[re.Pattern[str], str], ...]

    def label(self, kind: str, ident: str, field: str) -> Text:
        """The text of rule `ident` of `kind` ("screening", "zones", "plan.grades"), field
        `field` ("question"), in this language or else in English; KeyError if the rules have
        no such text."""
        key = f"{kind}.{ident}.{field}"
        return self.by_key.get(key) or self.english[key]

    def at(self, key: str, english: str) -> str:
        """`english`, the text at `key` ("zones.chin.label") or one of the list there (an
        answer of "fitzpatrick.items.eye_colour.answers"), in this language: for a word the
        rules use in two places with two meanings ("Dark brown" eyes, skin). Found by its
        words alone when `key` does not hold it."""
        original, translated = self.english.get(key), self.by_key.get(key)
        if isinstance(original, tuple) and isinstance(translated, tuple):
            if english in original:
                return translated[original.index(english)]
        elif original == english and isinstance(translated, str):
            return translated
        return self.text(english)

    def _filled(self, english: str, at_start: bool) -> str:
        """A value the engine filled into a rules text (a zone's name, written inside the
        English sentence as "forehead"), in this language, as it reads where it stands."""
        found = self.text(english)
        if found == english:
            found = self.text(english[:1].upper() + english[1:])
        return found if at_start else in_sentence(found, self.language)

    def text(self, english: str) -> str:
        """`english`, a rules text as the rules or the engine give it, in this language; any
        other text unchanged."""
        found = self.by_english.get(english)
        if found is not None:
            return found
        for pattern, translated in self.templates:
            match = pattern.fullmatch(english)
            if match:
                values = {
                    name: self._filled(value, at_start=translated.startswith(f"{{{name}}}"))
                    for name, value in match.groupdict().items()
                }
                return translated.format(**values)
        # The engine may lead a rules sentence with its own words ("Fitzpatrick V. Higher
        # risk of dark marks…"): the rules sentence is translated, the lead kept.
        lead, stop, rest = english.partition(". ")
        while rest:
            found = self.by_english.get(rest)
            if found is not None:
                return f"{lead}{stop}{found}"
            more, stop, rest = rest.partition(". ")
            lead = f"{lead}. {more}"
        return english


def rule_labels(
    rules: Rules, language: str, data: Mapping[str, Any], file: str = "labels"
) -> RuleLabels:
    """The texts of `data` (a language file's TOML) for `rules`. Raises `RulesError` naming
    `file` and the key for a key the rules do not have, a text of the wrong shape, or
    placeholders that differ from the English text's."""
    english = english_texts(rules)
    flat = flat_keys(data)
    status = flat.pop("review_status", None)
    if not isinstance(status, str) or not status.strip():
        raise RulesError(file, "review_status", "missing: say who has reviewed the texts")
    if flat.pop("language", language) != language:
        raise RulesError(file, "language", f"must be {language!r}")
    by_key: dict[str, Text] = {}
    for key, value in flat.items():
        if key not in english:
            raise RulesError(file, key, "no such text in the rules")
        original = english[key]
        if isinstance(original, str) != isinstance(value, str) or not all(
            isinstance(one, str) and one.strip()
            for one in ((value,) if isinstance(value, str) else value)
        ):
            raise RulesError(file, key, "must be a text like the English one")
        if isinstance(original, tuple) and len(value) != len(original):
            raise RulesError(file, key, f"must list {len(original)} texts, as in English")
        if placeholders(value) != placeholders(original):
            raise RulesError(file, key, "must keep the English text's {placeholders}")
        by_key[key] = value
    by_english: dict[str, str] = {}
    templates: list[tuple[re.Pattern[str], str]] = []
    for key, value in by_key.items():
        original = english[key]
        pairs = (
            zip(original, value, strict=True)
            if isinstance(original, tuple)
            else [(original, value)]
        )
        for source_text, translated in pairs:
            by_english.setdefault(source_text, translated)
            if placeholders(source_text):
                templates.append((_pattern(source_text), translated))
    return RuleLabels(language, status, by_key, english, by_english, tuple(templates))


def _pattern(template: str) -> re.Pattern[str]:
    """A pattern matching `template` filled in, each placeholder a named group."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>.+?)")
    return re.compile("".join(parts), re.DOTALL)
