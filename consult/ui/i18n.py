"""The window's language: the system's (QLocale), or the one chosen in Settings, applied at
the next start. Its translation (resources/i18n/consult_<language>.qm, made by
packaging/translations.py) and Qt's own (standard buttons, dialogs) are installed before the
window is built; dates and numbers then follow the same locale (`consult.ui.formats`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from consult.config import resource_path, settings_file
from consult.ui.rule_texts import RulesTranslator

# Window languages whose every entry is translated; their .qm files ship. A language still
# being translated has its .ts only and is neither offered nor loaded.
SHIPPED_LANGUAGES = ("fr", "de", "es", "pt_BR")
# Shipped translations a native-speaking clinician has not yet read through (Settings says so).
UNREVIEWED_LANGUAGES = frozenset(SHIPPED_LANGUAGES)
# Where the choice is kept among the window's settings; absent or empty: the system's.
LANGUAGE_KEY = "window/language"
# The language of the source strings; its file holds only their plural forms.
SOURCE_LANGUAGE = "en"
TRANSLATOR_NAME = "consult-translation"
# Each language as its speakers name it, in a list of languages (Qt's own native names carry
# a country: "American English", "español de España").
NATIVE_NAMES = {
    "en": "English",
    "fr": "français",
    "de": "Deutsch",
    "es": "español",
    "pt_BR": "português (Brasil)",
}


def _settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def chosen_language() -> str:
    """The language chosen in Settings ("fr", "pt_BR"), or "" to follow the system."""
    chosen = str(_settings().value(LANGUAGE_KEY, "") or "")
    return chosen if chosen in (SOURCE_LANGUAGE, *SHIPPED_LANGUAGES) else ""


def choose_language(language: str) -> None:
    """Keep `language` ("" for the system's) for the next start."""
    settings = _settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


def window_locale(language: str | None = None) -> QLocale:
    """The locale the window speaks: `language`, else the one chosen in Settings, else the
    system's."""
    chosen = chosen_language() if language is None else language
    return QLocale(chosen) if chosen else QLocale.system()


def shipped_language(locale: QLocale) -> str | None:
    """The shipped window language `locale` speaks ("fr" for fr_CA, "pt_BR" for pt_PT: the
    nearest variant of the same language, not English), or None."""
    name = locale.name()
    if name in SHIPPED_LANGUAGES:
        return name
    base = name.split("_")[0]
    for language in SHIPPED_LANGUAGES:
        if language.split("_")[0] == base:
            return language
    return None


def install_translations(app: QCoreApplication, locale: QLocale) -> None:
    """Speak `locale`: its dates and numbers, and where its language is shipped its words and
    Qt's own (standard buttons, dialogs); English otherwise. The translators belong to `app`
    and replace any installed before."""
    QLocale.setDefault(locale)
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.deleteLater()
    folder = str(resource_path("i18n"))
    # English's plural forms: a source string holds only its "many" form ("%n sessions").
    files = [(f"consult_{SOURCE_LANGUAGE}", folder)]
    language = shipped_language(locale)
    if language is not None:
        # Installed first, so asked last: only what the window's own files do not answer.
        rules = RulesTranslator(rule_labels_language(language), app)
        rules.setObjectName(TRANSLATOR_NAME)
        app.installTranslator(rules)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files += [(f"qtbase_{language}", qt_folder), (f"consult_{language}", folder)]
    for name, where in files:  # the last installed is asked first
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(name, where):
            app.installTranslator(translator)
        else:
            translator.deleteLater()


def rule_labels_language(language: str) -> str:
    """The name of `language`'s rules texts file (`resources/rules/i18n/pt-BR.toml`): written
    as the handouts' folders are, where Qt writes "pt_BR"."""
    return language.replace("_", "-")


def language_choices() -> list[tuple[str, str]]:
    """The languages Settings offers: each code kept and the language's own name for it."""
    return [(code, NATIVE_NAMES[code]) for code in (SOURCE_LANGUAGE, *SHIPPED_LANGUAGES)]
