"""Photos kept with a patient's record: which standard view each shows, at which visit, when
it was taken and under what light, and what the patient allowed it to be used for."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

# Not HEIC unless Pillow's HEIF plugin is installed (`services.photos` adds the suffixes then):
# its metadata (the GPS position among it) cannot be taken off without a decoder, and a photo
# is never kept with it.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")
HEIF_SUFFIXES = (".heic", ".heif")
PHOTO_MAX_BYTES = 50 * 1024 * 1024


# A camera's clock (EXIF has no time zone) may run up to a day ahead of this computer's: only
# a date taken beyond that is impossible.
CAMERA_CLOCK_SLACK = dt.timedelta(days=1)
# A photo taken further than this from its visit's date is likely filed at the wrong visit: a
# team decision (the clinical sources give no such number), a warning, never a refusal.
FAR_FROM_VISIT = dt.timedelta(days=7)


def taken_in_future(taken_at: dt.datetime, now: dt.datetime) -> bool:
    """Whether a photo cannot have been taken at `taken_at`: later than now, beyond what a
    camera clock set ahead explains."""
    return taken_at > now + CAMERA_CLOCK_SLACK


def days_from_visit(taken_at: dt.datetime, visit_date: dt.date) -> int | None:
    """The days between when a photo was taken and its visit, when more than
    `FAR_FROM_VISIT` (a photo likely filed at the wrong visit); None when near enough."""
    apart = abs(taken_at.date() - visit_date)
    return apart.days if apart > FAR_FROM_VISIT else None


class PhotoView(StrEnum):
    """The standard views; the values are the ones stored and exported (`"view"`)."""

    FRONT = "front"
    OBLIQUE_LEFT = "oblique_left"  # 45°
    OBLIQUE_RIGHT = "oblique_right"
    PROFILE_LEFT = "profile_left"  # 90°
    PROFILE_RIGHT = "profile_right"
    CLOSEUP = "closeup"  # of one zone (`PhotoRecord.zone`)


class Lighting(StrEnum):
    """Atrophic scars are judged by their shadow: the light decides what a photo shows."""

    FLASH = "flash"
    SIDE_LIGHT = "side_light"
    CROSS_POLARISED = "cross_polarised"
    UNKNOWN = "unknown"


class PhotoUse(StrEnum):
    """What a photo may be used for. The clinical record always; the others only as the
    patient consented, each granted or withdrawn with a date and who recorded it."""

    CLINICAL_RECORD = "clinical_record"
    TEACHING = "teaching"
    PUBLICATION = "publication"
    MARKETING = "marketing"


class VisitKind(StrEnum):
    CONSULTATION = "consultation"
    SESSION = "session"
    FOLLOW_UP = "follow_up"


class TakenFrom(StrEnum):
    """Where the date taken came from."""

    EXIF = "exif"  # the camera's DateTimeOriginal
    ENTERED = "entered"  # asked at import
    IMPORTED = "imported"  # photos imported before views existed: the import date


@dataclass(frozen=True)
class Visit:
    kind: VisitKind
    id: int
    date: dt.date


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    patient_id: int
    # Relative to the photos folder beside the database.
    path: str
    sha256: str
    view: PhotoView
    # The zone a close-up shows ("" for the other views).
    zone: str
    visit: Visit | None
    taken_at: dt.datetime
    taken_from: TakenFrom
    lighting: Lighting
    # The uses allowed now (CLINICAL_RECORD always among them).
    uses: frozenset[PhotoUse]
    # Retired: hidden from the views and reports, kept for the record.
    retired_at: dt.datetime | None = None
    # The uses once granted and since withdrawn.
    withdrawn: frozenset[PhotoUse] = frozenset()

    @property
    def consultation_id(self) -> int | None:
        return self.visit.id if self.visit and self.visit.kind is VisitKind.CONSULTATION else None

    @property
    def retired(self) -> bool:
        return self.retired_at is not None

    def allowed(self, use: PhotoUse) -> bool:
        return use in self.uses


def printable_to_patient(photo: PhotoRecord) -> bool:
    """Whether a document given to the patient (the progress report) may show `photo`: the
    clinical record always allows showing a patient their own photos, but not a retired
    photo, and not one whose consent the patient withdrew for any use — a patient who took
    consent back does not expect to see that photo printed again."""
    return not photo.retired and photo.allowed(PhotoUse.CLINICAL_RECORD) and not photo.withdrawn


@dataclass(frozen=True)
class ConsentChange:
    """One grant or withdrawal of a use, as recorded (the history is kept, never rewritten)."""

    photo_id: int
    use: PhotoUse
    granted: bool
    at: dt.datetime
    by: str
