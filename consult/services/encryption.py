"""Encrypting an existing plain database and its photos (issue 21, point 4): the admin's
first sign-in asks for it; the caller (sign-in) brings the new data key and its key slots.

What stays plain is said, not removed: older backup archives, the copies kept before an
upgrade (`.before-*`) or a restore (`.replaced-*`), which the admin may still want. The
window names them so that the admin can delete or move them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from consult.config import Locations
from consult.services.access import SignedIn, hashing
from consult.store.backup import archive_is_encrypted, database_file, list_archives
from consult.store.connection import begins_plain, is_encrypted
from consult.store.conversion import export_encrypted, finish_interrupted_encryption, seal_tree
from consult.store.keyslots import (
    PASSWORD,
    RECOVERY,
    KeySlots,
    Slot,
    new_data_key,
    new_recovery_key,
)
from consult.store.sealed_files import MAGIC, is_sealed

# Told (step, done, total) as the conversion goes: step "database" (0 or 1 of 1), then
# "photos" (files sealed of all).
EncryptionProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Encrypted:
    """What the conversion did, and the plain files with patient data it left."""

    database: Path
    photos_sealed: int
    plain_left: tuple[Path, ...]


def encrypt_database(
    locations: Locations,
    key: bytes,
    keys: KeySlots,
    progress: EncryptionProgress | None = None,
) -> Encrypted:
    """Encrypt the plain SQLite database of `locations` with the raw data `key` (copy,
    check, key file from `keys`, then replace), then seal its photos and thumbnails.

    Killed at any point it leaves a database that opens: still plain (the copy is dropped at
    the next start) or encrypted with its key file; photos not sealed yet are read plain and
    sealed by `seal_photos`. Raises `StoreError` (in use elsewhere, damaged, a full disk);
    nothing was changed then.
    """
    database = database_file(locations.database_url)
    finish_interrupted_encryption(database)
    if progress is not None:
        progress("database", 0, 1)
    export_encrypted(database, key, keys)
    if progress is not None:
        progress("database", 1, 1)
    sealed = seal_photos(locations, key, progress)
    return Encrypted(database, sealed, plain_files_left(locations))


def encrypt_with_new_key(
    locations: Locations,
    username: str,
    password: str,
    progress: EncryptionProgress | None = None,
) -> tuple[Encrypted, str]:
    """Encrypt the plain database of `locations` (`encrypt_database`) with a new data key,
    wrapped by the signed-in admin's `password` and by a new recovery key, which is returned
    to be shown once. The other users have no key slot yet: each gets one when an admin
    gives them a new password (`AccountService.set_password`)."""
    done, recovery, _key = _encrypt_with_new_key(locations, username, password, progress)
    return done, recovery


def _encrypt_with_new_key(
    locations: Locations, username: str, password: str, progress: EncryptionProgress | None
) -> tuple[Encrypted, str, bytes]:
    key, recovery = new_data_key(), new_recovery_key()
    parameters = hashing()
    slots = KeySlots(
        [
            Slot.wrap(PASSWORD, username, password, key, parameters),
            Slot.wrap(RECOVERY, None, recovery, key, parameters),
        ]
    )
    return encrypt_database(locations, key, slots, progress), recovery, key


@dataclass(frozen=True)
class AdminEncrypted:
    """A conversion the admin asked for in the window: what it did, the recovery key to show
    them once, and the admin signed in with the new data key."""

    done: Encrypted
    recovery_key: str = field(repr=False)
    signed_in: SignedIn


def encrypt_for_admin(
    locations: Locations,
    signed_in: SignedIn,
    password: str,
    progress: EncryptionProgress | None = None,
) -> AdminEncrypted:
    """`encrypt_with_new_key` for the admin `signed_in` (their password just checked at
    sign-in; offered only while the admin is the only user: see `access.encryption_offered`)."""
    done, recovery, key = _encrypt_with_new_key(
        locations, signed_in.account.username, password, progress
    )
    return AdminEncrypted(done, recovery, SignedIn(signed_in.account, key))


def seal_photos(
    locations: Locations, key: bytes, progress: EncryptionProgress | None = None
) -> int:
    """Seal the photos and thumbnails still plain (all of them after a conversion; those a
    killed conversion left, when run again); how many were sealed."""
    told = None if progress is None else (lambda done, total: progress("photos", done, total))
    return seal_tree(locations.photos, key, told)


def finish_interrupted(locations: Locations) -> str | None:
    """At start: finish (or undo) a conversion killed between its renames; one line."""
    return finish_interrupted_encryption(database_file(locations.database_url))


def _holds_plain_photos(folder: Path) -> bool:
    """Whether any file under `folder` is not sealed (a photo or thumbnail readable as is)."""
    for path in folder.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        try:
            with path.open("rb") as handle:
                if not is_sealed(handle.read(len(MAGIC))):
                    return True
        except OSError:
            return True  # unreadable here, perhaps not to another account: named all the same
    return False


def plain_files_left(locations: Locations) -> tuple[Path, ...]:
    """Files and folders beside an encrypted database that hold its records plain: backup
    archives made before, database copies kept before an upgrade or a restore, and the
    photo folders a restore kept aside (`photos.replaced-*`) while they hold a plain file."""
    database = database_file(locations.database_url)
    found: list[Path] = []
    for sibling in sorted(database.parent.glob(f"{database.name}.*")):
        name = sibling.name[len(database.name) :]
        copy = name.startswith((".before-", ".replaced-")) and "-wal" not in name
        wanted = copy and not name.endswith(".keys") and sibling.is_file()
        if wanted and not is_encrypted(sibling) and begins_plain(sibling):
            found.append(sibling)
    photos = locations.photos
    for sibling in sorted(photos.parent.glob(f"{photos.name}.*")):
        name = sibling.name[len(photos.name) :]
        kept = name.startswith((".before-", ".replaced-")) and sibling.is_dir()
        if kept and not sibling.is_symlink() and _holds_plain_photos(sibling):
            found.append(sibling)
    found += [
        path for _name, path in list_archives(locations.backups) if not archive_is_encrypted(path)
    ]
    return tuple(found)
