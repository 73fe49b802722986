"""What the window needs of photo files before any is imported (which files are photos,
the camera's date), kept apart from the service so the window's first paint does without the
store: Pillow is loaded only when a file is read."""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass
from pathlib import Path

from consult.domain.photo import HEIF_SUFFIXES, PHOTO_SUFFIXES, Lighting, PhotoView, VisitKind

# How EXIF writes DateTimeOriginal.
_EXIF_DATE = "%Y:%m:%d %H:%M:%S"


@dataclass(frozen=True)
class PhotoImport:
    """One file to import and what it shows."""

    source: Path
    view: PhotoView
    zone: str = ""  # the zone of a close-up
    visit: tuple[VisitKind, int] | None = None
    lighting: Lighting = Lighting.UNKNOWN
    # None: the camera's DateTimeOriginal (the file must carry one).
    taken_at: dt.datetime | None = None


@functools.cache
def heif_available() -> bool:
    """Whether HEIC/HEIF photos can be read (Pillow's HEIF plugin, registered once)."""
    try:
        import pillow_heif  # type: ignore[import-not-found]
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def accepted_suffixes() -> tuple[str, ...]:
    return PHOTO_SUFFIXES + HEIF_SUFFIXES if heif_available() else PHOTO_SUFFIXES


def exif_taken_at(path: Path) -> dt.datetime | None:
    """The camera's DateTimeOriginal in the file at `path`; None when it has none (or the file
    cannot be read)."""
    try:
        return taken_at_in(path.read_bytes())
    except OSError:
        return None


def taken_at_in(content: bytes) -> dt.datetime | None:
    from PIL import ExifTags, Image

    heif_available()
    try:
        with Image.open(io.BytesIO(content)) as picture:
            exif = picture.getexif()
            value = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal)
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        # A picture that cannot be read has no date to offer; the import says why later.
        return None
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.strptime(value.strip("\x00 ").strip(), _EXIF_DATE)
    except ValueError:
        return None
