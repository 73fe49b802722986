"""The whole practice as files (`consult export --all -o DIR`): every patient's JSON export
(`consult export`'s format), the signed consents' PDFs beside each patient's JSON, the photo
files, `practitioners.json` (every practitioner of the clinic, active or not), and
`manifest.json` naming every file with its SHA-256, the counts, consult's and the rules'
versions and the date. The way out of consult with nothing lost.

Patients are read and written one at a time (a page of ids at a time), so memory stays flat
however large the practice; the manifest is written last, so a folder without one is an
export that did not finish.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from consult import __version__
from consult.config import Locations, make_private_folder
from consult.domain.access import Permission
from consult.domain.rules import Rules
from consult.services.access import CurrentUser
from consult.services.errors import UnusablePath
from consult.services.export import EXPORT_SCHEMA, export_patient, practitioner_entry
from consult.store import consents, practitioners
from consult.store.database import Database
from consult.store.practice import patient_ids
from consult.store.sealed_files import MAGIC, is_sealed, read_file

MANIFEST_SCHEMA = "consult.practice-export/1"
MANIFEST = "manifest.json"
PRACTITIONERS_SCHEMA = "consult.practitioners/1"
PRACTITIONERS = "practitioners.json"
PATIENTS = "patients"
PHOTOS = "photos"
# The lists of one record export counted in the manifest.
COUNTED = (
    "consultations",
    "treatment_sessions",
    "follow_ups",
    "adverse_events",
    "photos",
    "signed_consents",
)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_new(path: Path, data: bytes) -> None:
    """A new private file (never one already there)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)


def check_folder(folder: Path) -> None:
    """Refuse, before reading anything, a folder that holds files or cannot be made."""
    if folder.exists() and not folder.is_dir():
        raise UnusablePath(folder, "is a file; give a folder for the practice export")
    if folder.is_dir() and any(folder.iterdir()):
        raise UnusablePath(folder, "is not empty; give a new or empty folder")
    if not folder.exists() and not folder.parent.is_dir():
        raise UnusablePath(folder, f"the folder {folder.parent} does not exist")


def _copy_photo(source: Path, target: Path, key: bytes | None = None) -> str | None:
    """Copy a photo file, private; its SHA-256, or None when the file is not there. A
    sealed photo (encrypted database, `key`) leaves opened: the clinic asked for its
    pictures, and the export folder is private to the user."""
    if not source.is_file():
        return None
    # Each level made private: `mkdir(parents=True)` would give `photos/` the umask's 0755.
    make_private_folder(target.parent)
    digest = hashlib.sha256()
    with source.open("rb") as head:
        sealed = is_sealed(head.read(len(MAGIC)))
    if sealed:
        content = read_file(source, key)
        digest.update(content)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as writing:
            writing.write(content)
        return digest.hexdigest()
    with source.open("rb") as reading:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as writing:
            for block in iter(lambda: reading.read(1 << 20), b""):
                digest.update(block)
                writing.write(block)
    return digest.hexdigest()


def export_practice(
    database: Database,
    rules: Rules,
    where: Locations,
    folder: Path,
    progress: Callable[[int], None] | None = None,
    key: bytes | None = None,
    *,
    current: CurrentUser,
) -> dict[str, Any]:
    """Write the practice into `folder` (new or empty); returns the manifest. Read-only on
    the database; `progress` is told the number of patients written so far. Raises
    `NotAllowed`, before anything is written, unless `current` may open clinical records."""
    current.require(Permission.CLINICAL)
    check_folder(folder)
    make_private_folder(folder / PATIENTS)  # an empty folder given keeps its owner's mode
    counts: Counter[str] = Counter()
    files: list[dict[str, Any]] = []
    photos: list[dict[str, Any]] = []
    consent_files: list[dict[str, Any]] = []
    missing: list[dict[str, Any]] = []
    last = 0
    while True:
        with database.read() as session:
            page = patient_ids(session, last)
        if not page:
            break
        for patient_id in page:
            record = export_patient(database, rules, patient_id, current=current)
            data = (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            name = f"{PATIENTS}/patient-{patient_id}.json"
            _write_new(folder / name, data)
            files.append(
                {
                    "file": name,
                    "patient_id": patient_id,
                    "sha256": _sha256(data),
                    "bytes": len(data),
                }
            )
            for consent in record["signed_consents"]:
                with database.read() as session:
                    pdf = consents.pdf(session, consent["id"])
                _write_new(folder / consent["file"], pdf)
                consent_files.append(
                    {
                        "file": consent["file"],
                        "patient_id": patient_id,
                        "consent_id": consent["id"],
                        "sha256": _sha256(pdf),
                        "bytes": len(pdf),
                    }
                )
            counts["patients"] += 1
            for kind in COUNTED:
                counts[kind] += len(record[kind])
            for photo in record["photos"]:
                # The export names each photo as photos/<its path in the photo folder>.
                relative = Path(photo["file"]).relative_to(PHOTOS)
                inside = not relative.is_absolute() and ".." not in relative.parts
                copied = (
                    _copy_photo(where.photos / relative, folder / photo["file"], key)
                    if inside
                    else None
                )
                entry = {"file": photo["file"], "patient_id": patient_id, "sha256": photo["sha256"]}
                if copied is None:
                    missing.append(entry)
                else:
                    photos.append({**entry, "copied_sha256": copied})
        last = page[-1]
        if progress is not None:
            progress(counts["patients"])
    # Read after the patients: practitioners are never deleted, so every one a patient's
    # file names (one added while the export ran too) is in it.
    with database.read() as session:
        clinic_practitioners = practitioners.list_all(session)
    listing = {
        "schema": PRACTITIONERS_SCHEMA,
        "practitioners": [
            practitioner_entry(p) for p in sorted(clinic_practitioners, key=lambda p: p.id)
        ],
    }
    data = (json.dumps(listing, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    _write_new(folder / PRACTITIONERS, data)
    manifest = {
        "schema": MANIFEST_SCHEMA,
        "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "consult_version": __version__,
        "rules_version": rules.version,
        "patient_export_schema": EXPORT_SCHEMA,
        "counts": {
            "patients": counts["patients"],
            **{key: counts[key] for key in COUNTED},
            "practitioners": len(clinic_practitioners),
        },
        "files": files,
        "practitioners_file": {"file": PRACTITIONERS, "sha256": _sha256(data), "bytes": len(data)},
        "photo_files": photos,
        "consent_files": consent_files,
        "missing_photo_files": missing,
    }
    _write_new(folder / MANIFEST, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    return manifest
