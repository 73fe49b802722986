"""Photos: a clean copy goes into the photos folder (private), the record into the database.

The copy carries the picture only: no EXIF (GPS position, camera serial, maker notes), XMP,
IPTC or comments, which may place or identify the patient. It is turned upright first, as the
EXIF orientation said. The colour profile (ICC) is kept: it describes the colour space, not
the person or the place, and without it the redness and marks of a wide-gamut phone photo
would shift in colour. The file the practitioner picked is never changed.

A photo's uses follow the patient's signed photo-use consent (`ConsentService`): signing one
sets them on every photo not retired, a photo imported later starts with the uses of the
consent in force, and withdrawing or voiding the consent in force takes the uses it granted
off every photo. Each of these is a change in the photo's consent history like one made by
hand (`set_use`), so the latest change wins: a use granted or withdrawn on one photo after
signing stands until the next signing, withdrawal or change, and the gallery shows it.

A kept file is named by its SHA-256, so the same picture imported twice is stored once, and a
backup can check every file. Everything of a patient's photos (files and thumbnails) lives
under `photos/<patient_id>/`, so erasing a patient removes one folder.

With an encrypted database (the raw data `key`), photos and thumbnails are kept sealed
(`consult.store.sealed_files`); read them with `content` and `thumbnail_content`, which also
read a plain file kept before the database was encrypted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from consult.domain.access import Permission
from consult.domain.consent import ConsentRecord, photo_use_in_force
from consult.domain.errors import DocumentError
from consult.domain.messages import Message
from consult.domain.photo import (
    HEIF_SUFFIXES,
    PHOTO_MAX_BYTES,
    PHOTO_SUFFIXES,
    ConsentChange,
    PhotoRecord,
    PhotoUse,
    PhotoView,
    TakenFrom,
    Visit,
    taken_in_future,
)
from consult.domain.rules import Rules
from consult.domain.text import quoted
from consult.services.access import CurrentUser
from consult.services.photo_files import (
    PhotoImport,
    accepted_suffixes,
    heif_available,
    taken_at_in,
)
from consult.store import consents, patients, photos, practitioners
from consult.store.audit import record_event
from consult.store.database import Database, make_private_dir
from consult.store.errors import StoreError
from consult.store.sealed_files import read_file, write_file

# The longest side of a thumbnail, in pixels: sharp in a gallery cell on a high-density screen.
THUMBNAIL_SIZE = 320
THUMBS = "thumbs"


@dataclass(frozen=True)
class FileCheck:
    """A file checked before its import (`PhotoService.check_file`)."""

    # Why it cannot be imported (not a photo, unreadable, damaged); None when it can.
    problem: str | None = None
    # The same picture (once cleaned) is kept for the patient already.
    already_kept: bool = False


@dataclass(frozen=True)
class _Prepared:
    new: photos.NewPhoto
    content: bytes


class PhotoService:
    def __init__(
        self,
        database: Database,
        folder: Path,
        rules: Rules,
        current: CurrentUser | None = None,
        key: bytes | None = None,
    ) -> None:
        self._db = database
        self._folder = folder
        self._rules = rules
        self._current = current or CurrentUser()
        self._key = key

    def file(self, photo: PhotoRecord) -> Path:
        """Where the photo is kept (sealed with an encrypted database: read `content`)."""
        self._current.require(Permission.CLINICAL)
        return self._folder / photo.path

    def printable(self, photo: PhotoRecord) -> Path | bytes:
        """What a document prints the photo from: its file, or (sealed) its bytes opened in
        memory, never written out plain; empty bytes when it cannot be opened (the document
        says a photo could not be read)."""
        if self._key is None:
            return self.file(photo)
        try:
            return self.content(photo)
        except (OSError, StoreError):
            return b""

    def content(self, photo: PhotoRecord) -> bytes:
        """The photo's picture as imported (opened when sealed). Raises `OSError` when the
        file cannot be read, `SealedFileError` when it cannot be opened."""
        return read_file(self.file(photo), self._key)

    def thumbnail(self, photo: PhotoRecord) -> Path:
        """The photo's thumbnail (JPEG, sealed with an encrypted database), made on first use
        and kept beside the patient's photos; never made again while it is there. Making one
        decodes the whole photo: the window asks for it off the GUI thread."""
        self._current.require(Permission.CLINICAL)
        target = self.thumbnail_made(photo)
        if target is not None:
            return target
        return self._keep_thumbnail(photo.patient_id, photo.sha256, self.content(photo))

    def thumbnail_content(self, photo: PhotoRecord) -> bytes:
        """The thumbnail's JPEG bytes, made first if need be (see `thumbnail`)."""
        return read_file(self.thumbnail(photo), self._key)

    def thumbnail_content_made(self, photo: PhotoRecord) -> bytes | None:
        """The thumbnail's JPEG bytes if it was made already (nothing is decoded); None when
        not, or when it cannot be read (it is made again)."""
        target = self.thumbnail_made(photo)
        if target is None:
            return None
        try:
            return read_file(target, self._key)
        except (OSError, StoreError):
            return None

    def thumbnail_made(self, photo: PhotoRecord) -> Path | None:
        """The photo's thumbnail if it was made already (nothing is decoded); else None."""
        self._current.require(Permission.CLINICAL)
        target = self._thumbnail_path(photo.patient_id, photo.sha256)
        return target if target.exists() else None

    def _thumbnail_path(self, patient_id: int, sha256: str) -> Path:
        return self._folder / str(patient_id) / THUMBS / f"{sha256}.jpg"

    def _keep_thumbnail(self, patient_id: int, sha256: str, content: bytes) -> Path:
        target = self._thumbnail_path(patient_id, sha256)
        small = _thumbnail(content)
        make_private_dir(target.parent)
        write_file(target, small, self._key)
        return target

    def _read(self, source: Path) -> bytes:
        suffix = source.suffix.lower()
        if suffix in HEIF_SUFFIXES and not heif_available():
            raise DocumentError("photo", Message("photo.heif_unavailable", name=source.name))
        if suffix not in accepted_suffixes():
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

    def _prepare(self, patient_id: int, item: PhotoImport) -> _Prepared:
        """Check one item and clean its picture (nothing written yet)."""
        if item.view is PhotoView.CLOSEUP:
            if not item.zone:
                raise DocumentError("zone", Message("photo.closeup_zone"))
            if item.zone not in self._rules.zones:
                raise DocumentError("zone", Message("photo.unknown_zone", zone=quoted(item.zone)))
        elif item.zone:
            raise DocumentError("zone", Message("photo.zone_not_closeup", view=item.view.value))
        original = self._read(item.source)
        # Cleaned first: a damaged file is said to be unreadable, not to carry no date.
        content = self._cleaned(item.source, original)
        taken_at, taken_from = item.taken_at, TakenFrom.ENTERED
        if taken_at is None:
            taken_at, taken_from = taken_at_in(original), TakenFrom.EXIF
        if taken_at is None:
            raise DocumentError("taken_at", Message("photo.no_date", name=item.source.name))
        if taken_in_future(taken_at, dt.datetime.now()):
            future = Message("photo.taken_in_future", name=item.source.name, date=taken_at.date())
            raise DocumentError("taken_at", future)
        digest = hashlib.sha256(content).hexdigest()
        # A HEIF photo is kept as JPEG (`without_metadata`): named for what it holds.
        suffix = ".jpg" if item.source.suffix.lower() in HEIF_SUFFIXES else item.source.suffix
        new = photos.NewPhoto(
            path=f"{patient_id}/{digest}{suffix.lower()}",
            sha256=digest,
            view=item.view,
            zone=item.zone,
            visit=item.visit,
            taken_at=taken_at.replace(microsecond=0),
            taken_from=taken_from,
            lighting=item.lighting,
        )
        return _Prepared(new, content)

    def _keep(self, relative: str, content: bytes) -> bool:
        """Write the file privately (whole or not at all), unless it is already there;
        whether it was written now."""
        target = self._folder / relative
        if target.exists():
            return False
        try:
            make_private_dir(self._folder)
            make_private_dir(target.parent)
        except OSError as error:
            raise StoreError(f"{target.parent} could not be made ({error.strerror})") from None
        write_file(target, content, self._key)
        return True

    def import_photos(self, patient_id: int, items: Sequence[PhotoImport]) -> list[PhotoRecord]:
        """Import every item or none: each is checked and cleaned first, then the files are
        kept and the records saved in one transaction. Raises `DocumentError` (a file that is
        no photo, a close-up without its zone, no date taken), `NotFound`, `StoreError`."""
        self._current.require(Permission.CLINICAL)
        prepared = [self._prepare(patient_id, item) for item in items]
        with self._db.read() as session:
            patients.get(session, patient_id)
        written: list[Path] = []
        try:
            for item in prepared:
                if self._keep(item.new.path, item.content):
                    written.append(self._folder / item.new.path)
            now = dt.datetime.now().replace(microsecond=0)
            with self._db.write() as session:
                ids = []
                in_force = photo_use_in_force(consents.for_patient(session, patient_id))
                for item in prepared:
                    try:
                        photo_id = photos.add(session, patient_id, item.new, now)
                    except photos.UnknownVisit:
                        raise DocumentError("visit", Message("photo.unknown_visit")) from None
                    record_event(session, self._current.actor(), "photo.add", "photo", photo_id)
                    if in_force is not None:
                        _start_with_consent(session, photo_id, in_force)
                    ids.append(photo_id)
                kept = [photos.get(session, photo_id) for photo_id in ids]
        except BaseException:
            # Files first written by this import serve no record now.
            for path in written:
                path.unlink(missing_ok=True)
            raise
        # Made now, from the cleaned picture in hand, so that no gallery has to decode the
        # photo later. A thumbnail that cannot be written (a full disk) is made on first use.
        for item in prepared:
            if not self._thumbnail_path(patient_id, item.new.sha256).exists():
                with contextlib.suppress(OSError):
                    self._keep_thumbnail(patient_id, item.new.sha256, item.content)
        return kept

    def check_file(self, patient_id: int, source: Path) -> FileCheck:
        """What importing `source` for the patient would meet, before it is asked: the reason
        it cannot be imported, or whether the same picture is kept for them already. It
        decodes the whole photo: the window asks off the GUI thread."""
        self._current.require(Permission.CLINICAL)
        try:
            content = self._cleaned(source, self._read(source))
        except DocumentError as error:
            return FileCheck(problem=error.message)
        digest = hashlib.sha256(content).hexdigest()
        with self._db.read() as session:
            kept = photos.for_patient(session, patient_id, include_retired=True)
        return FileCheck(already_kept=any(photo.sha256 == digest for photo in kept))

    def for_patient(self, patient_id: int, include_retired: bool = False) -> list[PhotoRecord]:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return photos.for_patient(session, patient_id, include_retired)

    def get(self, photo_id: int) -> PhotoRecord:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return photos.get(session, photo_id)

    def visits(self, patient_id: int) -> list[Visit]:
        """The patient's consultations, sessions and follow-ups, by date (a photo's visit)."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return photos.visits(session, patient_id)

    def set_use(self, photo_id: int, use: PhotoUse, granted: bool, by: str) -> PhotoRecord:
        """Grant or withdraw one use; the change is added to the history (never rewritten)."""
        self._current.require(Permission.CLINICAL)
        if use is PhotoUse.CLINICAL_RECORD and not granted:
            raise DocumentError("use", Message("photo.clinical_record_kept"))
        _require_who(by)
        with self._db.write() as session:
            _record_use(session, photo_id, use, granted, by, use.value)
            return photos.get(session, photo_id)

    def consent_in_force(self, patient_id: int) -> ConsentRecord | None:
        """The patient's signed photo-use consent whose uses the photos follow (the newest
        valid one), None without one."""
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return photo_use_in_force(consents.for_patient(session, patient_id))

    def consent_history(self, photo_id: int) -> list[ConsentChange]:
        self._current.require(Permission.CLINICAL)
        with self._db.read() as session:
            return photos.consent_history(session, photo_id)

    def retire(self, photo_id: int, by: str) -> PhotoRecord:
        """Hide the photo from the views and reports; it is kept for the record."""
        self._current.require(Permission.CLINICAL)
        _require_who(by)
        with self._db.write() as session:
            photos.retire(session, photo_id, by, _now())
            record_event(session, by, "photo.retire", "photo", photo_id)
            return photos.get(session, photo_id)

    def delete(self, photo_id: int, by: str, reason: str) -> None:
        """Delete a photo taken in error: by a practitioner (`by`, one of the clinic's), with
        the reason, which the audit keeps. The file goes when no other record keeps it."""
        self._current.require(Permission.CLINICAL)
        if not reason.strip():
            raise DocumentError("reason", Message("photo.reason_required"))
        with self._db.write() as session:
            names = {record.name for record in practitioners.list_all(session)}
            if by not in names:
                raise DocumentError("by", Message("photo.practitioner_required", by=quoted(by)))
            record = photos.delete_photo(session, photo_id)
            record_event(session, by, "photo.delete", "photo", photo_id, detail=reason.strip())
            in_use = photos.path_in_use(session, record.path)
        if not in_use:
            self.file(record).unlink(missing_ok=True)
            self._thumbnail_path(record.patient_id, record.sha256).unlink(missing_ok=True)


# The uses a photo-use consent decides; the clinical record is always allowed.
_CONSENTED_USES = tuple(use for use in PhotoUse if use is not PhotoUse.CLINICAL_RECORD)


# The functions below take the store session of a transaction a service opened (typed `Any`:
# SQLAlchemy stays inside the store), so a consent and its effect on the photos are one write.


def _record_use(
    session: Any, photo_id: int, use: PhotoUse, granted: bool, by: str, detail: str
) -> None:
    """One grant or withdrawal added to the photo's history, and audited."""
    photos.record_consent(session, photo_id, use, granted, by, _now())
    action = "photo.use_granted" if granted else "photo.use_withdrawn"
    record_event(session, by, action, "photo", photo_id, detail=detail)


def _from_consent(use: PhotoUse, consent: ConsentRecord) -> str:
    # The audit says which signed consent made the change (a hand-made one names the use only).
    return f"{use.value} (signed consent {consent.id})"


def _start_with_consent(session: Any, photo_id: int, consent: ConsentRecord) -> None:
    for use in _CONSENTED_USES:
        if use.value in consent.answers.photo_uses:
            by = consent.answers.practitioner.name
            _record_use(session, photo_id, use, True, by, _from_consent(use, consent))


def follow_signed_consent(session: Any, consent: ConsentRecord) -> None:
    """Within the transaction keeping a photo-use consent just signed: every photo of the
    patient that is not retired gets the uses it grants and loses those it refuses, recorded
    as changes by the practitioner who countersigned. A photo already as the consent says
    gets no new change, so its history shows only what the consent altered."""
    granted = consent.answers.photo_uses
    for photo in photos.for_patient(session, consent.patient_id):
        for use in _CONSENTED_USES:
            wanted = use.value in granted
            if photo.allowed(use) != wanted:
                by = consent.answers.practitioner.name
                _record_use(session, photo.id, use, wanted, by, _from_consent(use, consent))


def withdraw_consented_uses(
    session: Any, consent: ConsentRecord, still_granted: frozenset[str], by: str
) -> None:
    """Within the transaction withdrawing or voiding `consent` (the one that was in force):
    the uses it granted are taken off every photo of the patient that has them, retired ones
    too (a withdrawal never does harm), except those the consent now in force still grants
    (`still_granted`). A withdrawal gives no use: a use an older consent grants that the
    withdrawn one refused stays off until it is signed or granted again."""
    _require_who(by)
    gone = consent.answers.photo_uses - still_granted
    for photo in photos.for_patient(session, consent.patient_id, include_retired=True):
        for use in _CONSENTED_USES:
            if use.value in gone and photo.allowed(use):
                _record_use(session, photo.id, use, False, by, _from_consent(use, consent))


def _require_who(by: str) -> None:
    """A consent or a retirement names who recorded it: the audit and the history show it."""
    if not by.strip():
        raise DocumentError("by", Message("photo.who_required"))


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _thumbnail(content: bytes) -> bytes:
    from PIL import Image

    with Image.open(io.BytesIO(content)) as picture:
        # Decoded at a fraction of its size when the format allows (JPEG): a photo may be
        # tens of megapixels.
        picture.draft("RGB", (THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        small = picture.convert("RGB")
        small.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        out = io.BytesIO()
        small.save(out, format="JPEG", quality=85)
    return out.getvalue()


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
            if kind == "HEIF":
                # Kept as JPEG: a HEIF copy would need the plugin to be read again.
                kind = "JPEG"
                picture = picture.convert("RGB")
            elif kind not in _FORMATS:
                raise PictureError(Message("picture.kind", kind=kind))
            icc = picture.info.get("icc_profile")
            options: dict[str, object] = {}
            if kind == "JPEG" and picture.format == "JPEG":
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
