"""Help → Guide: the guide's pages (consult.services.guide) in a text browser, its contents
beside it, Previous and Next below. Shipped with the program, so it reads offline; the
pictures shrink to the width of the dialog, never grow past their own."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QResizeEvent, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from consult.services.guide import GUIDE_LANGUAGE, GuidePage, guide_pages
from consult.ui.i18n import NATIVE_NAMES, rule_labels_language, shipped_language
from consult.ui.screens import fit_on_screen
from consult.ui.theme import set_banner


class _Browser(QTextBrowser):
    """Shows the page's pictures from `pictures` (read by the dialog, not looked up relative
    to a page it never loaded from a file), and tells the dialog when its width changes, so
    that the pictures follow it."""

    def __init__(self, resized: Callable[[], None]) -> None:
        super().__init__()
        self._resized = resized
        self.pictures: dict[str, QImage] = {}  # each picture of the page, as the text names it

    def loadResource(self, kind: int, name: QUrl) -> object:
        picture = self.pictures.get(name.toString())
        # Qt passes the kind as a plain number.
        if kind == QTextDocument.ResourceType.ImageResource.value and picture is not None:
            return picture
        return super().loadResource(kind, name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._resized()


class GuideDialog(QDialog):
    """The guide in the window's language (`language`, a Qt code such as "pt_BR", for tests);
    `show_page(index)` turns to a page."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("consult guide"))
        code = language if language is not None else shipped_language(QLocale())
        self.language = code or "en"
        self.pages: list[GuidePage] = guide_pages(rule_labels_language(self.language))

        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.addItems([page.title for page in self.pages])
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note = QLabel()
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        set_banner(self.note, "info")
        self.note.hide()
        self.browser = _Browser(self._fit_pictures)
        self.browser.setOpenLinks(False)
        self.browser.document().setUndoRedoEnabled(False)
        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("&Next"))
        closing = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        page_column = QWidget()
        column = QVBoxLayout(page_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.note)
        column.addWidget(self.browser, 1)
        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(page_column)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(closing)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.contents.currentRowChanged.connect(self._chosen)
        self.browser.anchorClicked.connect(self._follow)
        self.previous_button.clicked.connect(lambda: self.show_page(self.current - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.current + 1))
        closing.rejected.connect(self.close)
        fit_on_screen(self, 1000, 720)
        self.current = -1
        self.show_page(0)

    @property
    def page(self) -> GuidePage:
        return self.pages[self.current]

    def show_page(self, index: int) -> None:
        if not 0 <= index < len(self.pages) or index == self.current:
            return
        self.current = index
        page = self.pages[index]
        self.browser.pictures = {
            link: QImage(str(path)) for link, path in page.pictures().items() if path.is_file()
        }
        self.browser.setMarkdown(page.text)
        self._fit_pictures()
        self.browser.verticalScrollBar().setValue(0)
        self._say_language(page)
        self.contents.blockSignals(True)
        self.contents.setCurrentRow(index)
        self.contents.blockSignals(False)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)

    def _say_language(self, page: GuidePage) -> None:
        asked = rule_labels_language(self.language)
        missing = asked != GUIDE_LANGUAGE and page.language != asked
        if missing:
            self.note.setText(
                self.tr(
                    "This page is not yet written in {language}: it is shown in English."
                ).format(language=NATIVE_NAMES.get(self.language, self.language))
            )
        self.note.setVisible(missing)

    def _chosen(self, row: int) -> None:
        self.show_page(row)

    def _follow(self, url: QUrl) -> None:
        """A link to another page of the guide turns to it; the guide links nowhere else."""
        name = url.fileName()
        for index, page in enumerate(self.pages):
            if page.name == name:
                self.show_page(index)
                return

    def _fit_pictures(self) -> None:
        """Each picture as wide as the page leaves, at most its own width; scaled smoothly
        here, as the browser would scale it coarsely."""
        document = self.browser.document()
        room = self.browser.viewport().width() - 2 * int(document.documentMargin()) - 4
        ratio = self.browser.devicePixelRatioF()
        cursor = QTextCursor(document)
        for position, length, picture in _pictures(document):
            original = self.browser.pictures.get(picture.name())
            if original is None or original.isNull():
                continue
            width = max(1, min(original.width(), room))
            shown = original.scaledToWidth(
                round(width * ratio), Qt.TransformationMode.SmoothTransformation
            )
            shown.setDevicePixelRatio(ratio)
            url = QUrl(picture.name())
            document.addResource(QTextDocument.ResourceType.ImageResource, url, shown)
            picture.setWidth(width)
            picture.setHeight(original.height() * width / original.width())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(picture)

    def pictures_shown(self) -> list[QTextImageFormat]:
        """The pictures of the page shown, as the browser lays them out."""
        return [picture for _position, _length, picture in _pictures(self.browser.document())]


def _pictures(document: QTextDocument) -> list[tuple[int, int, QTextImageFormat]]:
    """Each picture of `document`: where it is, its length and its format."""
    found = []
    block = document.begin()
    while block.isValid():
        for part in block:
            fragment = part.fragment()
            shape = fragment.charFormat()
            if shape.isImageFormat():
                found.append((fragment.position(), fragment.length(), shape.toImageFormat()))
        block = block.next()
    return found
