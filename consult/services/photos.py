"""Photos: a clean copy goes into the photos folder (private), the record into the database.

The copy carries the picture only: no EXIF (GPS position, camera serial, maker notes), XMP,
IPTC or comments, which may place or identify the patient. It is turned upright first, as the
EXIF orientation said. The colour profile (ICC) is kept: it describes the colour space, not
the person or the place, and without it the redness and marks of a wide-gamut phone photo
would shift in colour. The file the practitioner picked is never changed.

A kept file is named by its SHA-256, so the same picture imported twice is stored once, and a
backup can check every file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.photo import PHOTO_MAX_BYTES, PHOTO_SUFFIXES, PhotoRecord
from consult.domain.rules import Rules
from consult.domain.text import quoted
from consult.store import patients, photos
from consult.store.audit import record_event
from consult.store.database import Database, make_private_dir
from consult.store.errors import StoreError
from consult.store.files import write_private


class PhotoService:
    def __init__(
        self, database: Database, folder: Path, rules: Rules, actor: str = "practitioner"
    ) -> None:
        self._db = database
        self._folder = folder
        self._rules = rules
        self._actor = actor

    def file(self, photo: PhotoRecord) -> Path:
        return self._folder / photo.path

    def _read(self, source: Path) -> bytes:
        if source.suffix.lower() not in PHOTO_SUFFIXES:
            raise DocumentError(
                "photo",
                Message("photo.not_a_photo", name=source.name, suffixes=", ".join(PHOTO_SUFFIXES)),
            )
        try:
            if source.stat().st_size > PHOTO_MAX_BYTES:
                raise DocumentError("photo", Message("photo.too_large", name=source.name))
            return source.read_bytes()
        except OSError as error:
            raise DocumentError(
                "photo", Message("photo.unreadable", name=source.name, reason=error.strerror)
            ) from None

    def _cleaned(self, source: Path, content: bytes) -> bytes:
        try:
            return without_metadata(content)
        except PictureError as error:
            problem = Message("photo.unusable", name=source.name, problem=error.message)
            raise DocumentError("photo", problem) from None

    def _keep(self, relative: str, content: bytes) -> None:
        """Write the file privately (whole or not at all), unless it is already there."""
        target = self._folder / relative
        if target.exists():
            return
        try:
            make_private_dir(self._folder)
            make_private_dir(target.parent)
        except OSError as error:
            raise StoreError(f"{target.parent} could not be made ({error.strerror})") from None
        write_private(target, content)

    def add(
        self,
        patient_id: int,
        source: Path,
        zone: str = "",
        taken_at: dt.datetime | None = None,
        marketing_consent: bool = False,
        consultation_id: int | None = None,
    ) -> PhotoRecord:
        if zone and zone not in self._rules.zones:
            raise DocumentError("zone", Message("photo.unknown_zone", zone=quoted(zone)))
        content = self._cleaned(source, self._read(source))
        digest = hashlib.sha256(content).hexdigest()
        relative = f"{patient_id}/{digest}{source.suffix.lower()}"
        with self._db.read() as session:
            patients.get(session, patient_id)
        # A file is named by its content and may serve another record: it is never taken
        # back after a failed save (an unused file costs only space).
        self._keep(relative, content)
        with self._db.write() as session:
            record = photos.add(
                session,
                patient_id,
                relative,
                digest,
                zone,
                taken_at or dt.datetime.now().replace(microsecond=0),
                marketing_consent,
                consultation_id,
            )
            record_event(session, self._actor, "photo.add", "photo", record.id)
        return record

    def for_patient(self, patient_id: int) -> list[PhotoRecord]:
        with self._db.read() as session:
            return photos.for_patient(session, patient_id)


class PictureError(ValueError):
    """The bytes are not a picture that can be cleaned (the message completes the file name)."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message)


# The formats kept as they came; the suffixes of PHOTO_SUFFIXES are among them.
_FORMATS = ("JPEG", "PNG", "TIFF", "WEBP")
# Pixel data only: transparency is part of the picture; the rest of Pillow's `info` (exif,
# xmp, comment, text chunks, dpi) is what a copy must not carry.
_KEPT_INFO = ("transparency",)


def without_metadata(content: bytes) -> bytes:
    """The picture in `content`, upright, saved again in its format without its metadata
    (EXIF, GPS, maker notes, XMP, IPTC, comments); the ICC colour profile is kept."""
    from PIL import Image, ImageOps, JpegImagePlugin, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(content)) as picture:
            kind = picture.format
            if kind not in _FORMATS:
                raise PictureError(Message("picture.kind", kind=kind))
            icc = picture.info.get("icc_profile")
            options: dict[str, object] = {}
            if kind == "JPEG":
                # The original's quantisation and subsampling: as good as the photo was.
                options["qtables"] = picture.quantization
                options["subsampling"] = JpegImagePlugin.get_sampling(picture)
            elif kind == "TIFF" and picture.info.get("compression"):
                options["compression"] = picture.info["compression"]
            # A new image (never the opened file, whose TIFF tags a save would copy), holding
            # the pixels and `info`: keep only what the picture needs.
            upright = ImageOps.exif_transpose(picture)
            upright.info = {key: upright.info[key] for key in _KEPT_INFO if key in upright.info}
            if icc:
                options["icc_profile"] = icc
            out = io.BytesIO()
            upright.save(out, format=kind, **options)
    except PictureError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        raise PictureError(Message("picture.unreadable")) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        # Pillow reports a truncated or malformed file in several ways.
        raise PictureError(Message("picture.damaged")) from None
    return out.getvalue()
