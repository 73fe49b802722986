"""Photos kept with a patient's record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Not HEIC: its metadata (the GPS position among it) cannot be taken off without a decoder
# consult does not ship, and a photo is never kept with it.
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp")
PHOTO_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class PhotoRecord:
    id: int
    patient_id: int
    consultation_id: int | None
    # Relative to the photos folder beside the database.
    path: str
    sha256: str
    zone: str
    taken_at: dt.datetime
    marketing_consent: bool
