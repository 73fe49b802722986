"""The Help menu: the guide (one illustrated page per step, offline, in the window's
language where written) and the keyboard shortcuts, listed from the window itself."""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QMainWindow, QWidget

import consult.services.guide as guide
from consult.config import resource_path
from consult.domain.records import PatientDetails
from consult.services.access import set_up
from consult.services.context import open_context
from consult.services.guide import guide_pages
from consult.ui.help.guide_dialog import GuideDialog
from consult.ui.help.shortcuts_dialog import window_shortcuts
from consult.ui.main_window import MainWindow

GUIDE_LANGUAGES = ("en", "fr", "de", "es", "pt-BR")
# The consultation's seven steps and the course: each has its page.
STEPS = ("patient", "screening", "assessment", "scores", "plan", "handout", "finish")
COURSE = ("sessions", "follow-up")
PAGE_LINK = re.compile(r"\]\(([^)\s]+\.md)\)")


def _help_action(window: QMainWindow, text: str) -> QAction:
    [help_menu] = [
        action.menu() for action in window.menuBar().actions() if action.text() == "&Help"
    ]
    return next(action for action in help_menu.actions() if action.text() == text)


def _open_guide(qtbot, window: MainWindow) -> GuideDialog:
    _help_action(window, "&Guide").trigger()
    dialog = window.guide
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _pictures_drawn(dialog: GuideDialog) -> list[QImage]:
    """What the browser draws for each picture of the page: a missing file would be Qt's
    broken-image placeholder, which is not a resource of the document."""
    document = dialog.browser.document()
    return [
        document.resource(QTextDocument.ResourceType.ImageResource, QUrl(picture.name()))
        for picture in dialog.pictures_shown()
    ]


@pytest.fixture
def window(qtbot, sqlite_context):
    shown = MainWindow(sqlite_context)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_help_guide_opens_on_the_contents_with_its_picture_drawn(qtbot, window):
    dialog = _open_guide(qtbot, window)

    assert dialog.isVisible()
    assert dialog.current == 0
    assert dialog.contents.currentRow() == 0
    assert dialog.contents.count() == len(STEPS) + len(COURSE) + 1
    assert "step by step" in dialog.browser.toPlainText()
    drawn = _pictures_drawn(dialog)
    assert drawn
    assert all(isinstance(image, QImage) and not image.isNull() for image in drawn)
    room = dialog.browser.viewport().width()
    assert all(0 < picture.width() <= room for picture in dialog.pictures_shown())
    assert not dialog.note.isVisible()  # English: nothing to say about the language
    # Asked again, the same guide comes forward at the page it was left on.
    dialog.show_page(3)
    assert _open_guide(qtbot, window) is dialog
    assert dialog.current == 3


def test_next_previous_the_contents_and_links_turn_the_pages(qtbot, window):
    dialog = _open_guide(qtbot, window)
    assert not dialog.previous_button.isEnabled()

    dialog.next_button.click()
    assert dialog.current == 1
    assert dialog.browser.toPlainText().startswith("Find or create the patient")
    assert dialog.contents.currentRow() == 1
    assert all(not image.isNull() for image in _pictures_drawn(dialog))
    dialog.previous_button.click()
    assert dialog.current == 0

    dialog.contents.setCurrentRow(len(dialog.pages) - 1)
    assert dialog.browser.toPlainText().startswith("Follow-up")
    assert not dialog.next_button.isEnabled()
    assert dialog.previous_button.isEnabled()

    dialog.browser.anchorClicked.emit(QUrl("03-assessment.md"))  # a link of the contents
    assert dialog.page.title == "Assessment"
    assert dialog.contents.currentRow() == 3


def test_pictures_shrink_with_the_dialog_and_never_grow_past_their_own_width(qtbot, window):
    dialog = _open_guide(qtbot, window)
    own = QImage(str(dialog.page.pictures()[dialog.pictures_shown()[0].name()])).width()

    dialog.resize(520, 500)
    qtbot.waitUntil(lambda: dialog.pictures_shown()[0].width() < 400)
    assert dialog.pictures_shown()[0].width() <= dialog.browser.viewport().width()
    dialog.resize(1900, 1000)
    qtbot.waitUntil(lambda: dialog.pictures_shown()[0].width() == own)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_page_of_the_guide_shows_pictures_that_are_installed(language):
    pages = guide_pages(language)
    names = [page.name for page in pages]
    assert names[0] == "00-contents.md"
    for step in (*STEPS, *COURSE):
        assert any(name.endswith(f"-{step}.md") for name in names), step
    images = resource_path("guide", "images").resolve()
    for page in pages:
        pictures = page.pictures()
        assert pictures, f"{page.name} has no picture"
        for link, path in pictures.items():
            assert path.is_file(), f"{page.name}: {link} is not installed"
            assert path.parent == images
            assert not QImage(str(path)).isNull()


def test_the_guide_pictures_stay_small():
    pictures = list(resource_path("guide", "images").glob("*.png"))
    assert sum(path.stat().st_size for path in pictures) <= 1_500_000
    assert all(QImage(str(path)).width() <= 900 for path in pictures)


@pytest.mark.parametrize("language", GUIDE_LANGUAGES)
def test_every_link_of_the_guide_leads_to_one_of_its_pages(language):
    pages = guide_pages(language)
    names = {page.name for page in pages}
    linked = {link for page in pages for link in PAGE_LINK.findall(page.text)}
    assert linked
    assert linked <= names
    assert names - {"00-contents.md"} <= linked  # the contents names every page


@pytest.mark.parametrize("language", GUIDE_LANGUAGES[1:])
def test_each_translation_has_every_page_with_the_same_pictures(language):
    english = guide_pages()
    translated = guide_pages(language)
    assert [page.language for page in translated] == [language] * len(english)
    for page, original in zip(translated, english, strict=True):
        assert list(page.pictures().values()) == list(original.pictures().values()), page.name
        assert page.text != original.text, page.name  # written, not copied


def test_a_page_not_written_in_the_language_is_english_with_a_one_line_note(
    qtbot, tmp_path, monkeypatch
):
    root = tmp_path / "guide"
    shutil.copytree(resource_path("guide"), root)
    french = root / "fr"
    shutil.rmtree(french)
    french.mkdir()  # one page of the French guide written, the others not yet
    shutil.copy(resource_path("guide", "fr", "01-patient.md"), french)
    monkeypatch.setattr(guide, "resource_path", lambda *parts: tmp_path.joinpath(*parts))

    dialog = GuideDialog(language="fr")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.note.isVisible()
    assert dialog.note.text() == (
        "This page is not yet written in français: it is shown in English."
    )
    dialog.show_page(1)
    assert dialog.browser.toPlainText().startswith("Trouver ou créer le patient")
    assert not dialog.note.isVisible()
    assert all(not image.isNull() for image in _pictures_drawn(dialog))


@pytest.fixture
def signed_in_window(qtbot, tmp_path, rules):
    """The window of an encrypted clinic database with its admin signed in (the lock and
    its Ctrl+L come with someone signed in)."""
    db = str(tmp_path / "data" / "consult.sqlite3")
    admin, _recovery = set_up(db, "admin", "Dr Admin", "admin password 1")
    context = open_context(db, admin, rules)
    context.practitioners.add("Dr Ana Silva")
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown, context
    shown.close()
    context.close()


def _keys_of_the_window(window: QWidget) -> set[str]:
    """Every key sequence that works in the window now, read independently of the dialog."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = {
        sequence.toString(native)
        for action in window.findChildren(QAction)
        if action.isVisible()
        for sequence in action.shortcuts()
    }
    return keys | {shortcut.key().toString(native) for shortcut in window.findChildren(QShortcut)}


def test_help_keyboard_shortcuts_lists_each_shortcut_of_the_window_once(qtbot, signed_in_window):
    window, context = signed_in_window
    _help_action(window, "&Keyboard shortcuts").trigger()
    [dialog] = [child for child in window.children() if type(child).__name__ == "ShortcutsDialog"]
    qtbot.waitExposed(dialog)
    rows = dict(dialog.rows())

    assert rows["Ctrl+L"] == "File → Lock"
    assert rows["Ctrl+N"] == "File → New patient"
    assert rows["F1"] == "Help → Guide"
    assert len(rows) == len(dialog.rows())  # no key twice
    assert set(rows) == _keys_of_the_window(window) - {""}
    assert "Ctrl+P" not in rows  # the handout's, while no consultation is open

    patient = context.patients.create(
        PatientDetails(given_names="Ana", family_name="Moreno", date_of_birth=dt.date(1994, 3, 18))
    )
    window.open_patient(patient.id)
    window.start_consultation(patient.id)
    assert window.wizard is not None
    rows = dict(window.show_shortcuts().rows())
    assert rows["Ctrl+P"] == "Consultation, Handout step → Print the document shown"
    assert set(rows) == _keys_of_the_window(window) - {""}


def test_a_key_used_in_two_places_is_listed_once_with_both(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&Edit")
    copy = QAction("&Copy", window)
    copy.setShortcut(QKeySequence("Ctrl+K"))
    menu.addAction(copy)
    hidden = QAction("Hidden", window)
    hidden.setShortcut(QKeySequence("Ctrl+H"))
    hidden.setVisible(False)  # its shortcut does nothing: not listed
    page = QWidget(window)
    also = QShortcut(QKeySequence("Ctrl+K"), page)
    also.setWhatsThis("Photos → Keep")

    listed = [(shortcut.keys, shortcut.what) for shortcut in window_shortcuts(window)]

    assert listed == [("Ctrl+K", "Edit → Copy; Photos → Keep")]


def test_shortcuts_are_written_as_the_locale_writes_them(qtbot, speaking):
    speaking("de_DE")
    window = QMainWindow()
    qtbot.addWidget(window)
    lock = QAction("Sperren", window)
    lock.setShortcut(QKeySequence("Ctrl+L"))
    window.menuBar().addMenu("&Datei").addAction(lock)

    assert [shortcut.keys for shortcut in window_shortcuts(window)] == ["Strg+L"]


def test_the_guide_speaks_the_window_language(qtbot, speaking):
    speaking("de_DE")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language == "de"
    assert dialog.contents.item(0).text() == "Die Beratung, Schritt für Schritt"
    assert dialog.browser.toPlainText().startswith("Die Beratung")
    assert not dialog.note.isVisible()
    assert all(not image.isNull() for image in _pictures_drawn(dialog))
