"""The in-app guide (Help → Guide): one page per step of the consultation and of the course.

Its pages are Markdown files in resources/guide/<language>/ ("02-screening.md"), read in the
order of their names; the first is the contents, and the pages link to each other by those
names. The pictures, the window's screenshots made small by packaging/guide_images.py, sit
in resources/guide/images/ for every language. A language without its own page for a step
gets the English page, marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from consult.config import resource_path

GUIDE_LANGUAGE = "en"  # every page exists in it
PAGES = "[0-9][0-9]-*.md"  # a folder's README.md says how far its texts were checked
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
_TITLE = re.compile(r"^#\s+(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class GuidePage:
    """One page: `name` is its file's name, which the other pages' links use."""

    name: str
    title: str
    text: str  # Markdown
    folder: Path  # where its links and pictures are found
    language: str  # the language it is written in (English when the one asked has none)

    def pictures(self) -> dict[str, Path]:
        """Each picture as the text names it, and the file it names."""
        return {link: (self.folder / link).resolve() for link in _PICTURE.findall(self.text)}


def _read(path: Path, language: str) -> GuidePage:
    text = path.read_text(encoding="utf-8")
    title = _TITLE.search(text)
    return GuidePage(
        name=path.name,
        title=title.group(1).strip() if title else path.stem,
        text=text,
        folder=path.parent,
        language=language,
    )


def guide_pages(language: str = GUIDE_LANGUAGE) -> list[GuidePage]:
    """The guide in `language` ("fr", "pt-BR"), page by page, English where it has none."""
    root = resource_path("guide")
    pages = []
    for english in sorted((root / GUIDE_LANGUAGE).glob(PAGES)):
        translated = root / language / english.name
        if language != GUIDE_LANGUAGE and translated.is_file():
            pages.append(_read(translated, language))
        else:
            pages.append(_read(english, GUIDE_LANGUAGE))
    return pages
