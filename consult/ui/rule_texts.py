"""The clinical rules' texts in the window's language (`resources/rules/i18n/<language>.toml`).

The rules and the engine speak English, and what the engine stores stays English; the window
translates a rules text only as it shows it, through `rule_text`. The texts are looked up by
a translator installed with the window's own (`consult.ui.i18n`), so they follow the same
language choice; its file is read the first time a rules text is shown, and only when the
window speaks a language that has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

if TYPE_CHECKING:
    # Only a type: the window's start imports this module, and reads no rules texts.
    from consult.domain.rule_labels import RuleLabels

# The translation context of the rules' texts: no .ts file holds it, only `RulesTranslator`.
RULES_CONTEXT = "Rules"


def rule_text(english: str, key: str = "") -> str:
    """`english`, a text of the rules or one the engine built from them (a plan reason, a
    precaution), in the window's language; English where that language has none. `key`
    ("fitzpatrick.items.eye_colour.answers") names where it sits, for words the rules use
    with two meanings."""
    return QCoreApplication.translate(RULES_CONTEXT, english, key or None)


class RulesTranslator(QTranslator):
    """Answers for the rules' texts in `language` ("fr", "pt-BR"), reading them on the first
    question; every other context is left to the window's own translators."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._labels: RuleLabels | None = None
        self._loaded = False

    def isEmpty(self) -> bool:
        return False

    def language(self) -> str:
        return self._language

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None, not "": Qt takes an empty text for a translation, None lets it ask on.
        if context != RULES_CONTEXT:
            return None
        if not self._loaded:
            self._loaded = True
            self._labels = _load(self._language)
        if self._labels is None:
            return None
        if disambiguation:
            return self._labels.at(disambiguation, source_text)
        return self._labels.text(source_text)


def _load(language: str) -> RuleLabels | None:
    # Imported here: the rules are read only once a rules text is shown.
    from consult.services.rules import load_default_rules, load_rule_labels

    return load_rule_labels(load_default_rules(), language)
