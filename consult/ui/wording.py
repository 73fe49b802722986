"""The window's one place for wording the domain's messages and changed plan values: dates as
the window writes them ("1 Dec 2026"), from the message's code and parameters (never by
reading its English text back)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from consult.domain.messages import ENGLISH, Message, RulesText, as_message, plain, word
from consult.ui.formats import show_date
from consult.ui.rule_texts import rule_text

if TYPE_CHECKING:
    # Only a type: the consultation module brings the rules, which the first paint (the
    # error dialog words messages too) does without.
    from consult.domain.consultation import OverrideValue


def _shown(value: Any) -> str:
    if isinstance(value, RulesText):
        return rule_text(value)
    return show_date(value) if isinstance(value, dt.date) else plain(value)


class _Translated(Mapping[str, str]):
    """The domain's templates in the window's language, looked up as they are used (the
    translation files hold them under the context `Message`, each by its code)."""

    def __getitem__(self, code: str) -> str:
        return QCoreApplication.translate("Message", ENGLISH[code], code)

    def __iter__(self) -> Iterator[str]:
        return iter(ENGLISH)

    def __len__(self) -> int:
        return len(ENGLISH)


_TEMPLATES = _Translated()


def worded(problem: str) -> str:
    """A message of the domain's in the window's words; text worded elsewhere as it is."""
    return word(as_message(problem), _TEMPLATES, _shown)


def engine_text(text: str) -> str:
    """A line the engine gave (a plan reason, a timeline entry) in the window's language: a
    message worded from its code, a rules text as the rules' translation has it."""
    return worded(text) if isinstance(text, Message) else rule_text(text)


def sentence(text: str) -> str:
    """A message shown on its own (under a dialog's fields) as a sentence: capitalised, with
    its full stop."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."


def override_value(value: OverrideValue) -> str:
    """A suggested or changed plan value: sessions or weeks, dates, or a depth in mm."""
    if isinstance(value, tuple):
        return ", ".join(show_date(day) for day in value)
    if isinstance(value, float):
        return f"{value:g} mm"
    return str(value)
