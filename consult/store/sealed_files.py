"""Photos and thumbnails of an encrypted database, sealed with AES-256-GCM.

A sealed file is `MAGIC`, a random 96-bit nonce, then the ciphertext with its 128-bit tag;
the magic is authenticated too. The AES key is not the database's data key itself but a
subkey drawn from it with HKDF-SHA256 (info `consult photos/1`): SQLCipher and the photos
never use the same key bytes, and the data key stays the only secret kept (wrapped) in the
key file. A file's name says nothing of the patient (photos are named by their SHA-256).

A file that does not begin with the magic is a plain one (a photo kept before the database
was encrypted, until the conversion seals it): it is read as it is.
`cryptography` is imported only when a file is sealed or opened (30 ms), never at start.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from consult.store.errors import StoreError
from consult.store.files import write_private

MAGIC = b"consult-sealed\x00\x01"
_NONCE_BYTES = 12
_TAG_BYTES = 16
_SUBKEY_INFO = b"consult photos/1"


class SealedFileError(StoreError):
    """A sealed file that cannot be opened: no key, another key, or changed since sealed."""


@functools.lru_cache(maxsize=4)
def _photo_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SUBKEY_INFO).derive(data_key)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC)


def seal(data: bytes, key: bytes) -> bytes:
    """`data` sealed with the photo subkey of the data `key`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(_NONCE_BYTES)
    return MAGIC + nonce + AESGCM(_photo_key(key)).encrypt(nonce, data, MAGIC)


def unseal(data: bytes, key: bytes | None, where: str = "a photo file") -> bytes:
    """What `data` holds: opened with the data `key` when sealed, as it is when plain."""
    if not is_sealed(data):
        return data
    if key is None:
        raise SealedFileError(f"{where} is encrypted: the database's password is needed")
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    start = len(MAGIC) + _NONCE_BYTES
    if len(data) < start + _TAG_BYTES:
        raise SealedFileError(f"{where} is cut short: it cannot be opened")
    try:
        return AESGCM(_photo_key(key)).decrypt(data[len(MAGIC) : start], data[start:], MAGIC)
    except InvalidTag:
        raise SealedFileError(
            f"{where} does not open with this database's key (it was changed, or it belongs "
            "to another database)"
        ) from None


def read_file(path: Path, key: bytes | None) -> bytes:
    """The content of the photo or thumbnail at `path` (sealed or plain). Raises OSError
    when it cannot be read, `SealedFileError` when it cannot be opened."""
    return unseal(path.read_bytes(), key, path.name)


def write_file(path: Path, data: bytes, key: bytes | None) -> None:
    """Write `data` to `path` privately, whole or not at all: sealed when `key` is given."""
    write_private(path, data if key is None else seal(data, key))


def seal_file(path: Path, key: bytes) -> bool:
    """Seal the plain file at `path` in place (the sealed one is written whole, then takes
    its place); whether it was plain. A sealed one is left unread beyond its magic."""
    with path.open("rb") as handle:
        if is_sealed(handle.read(len(MAGIC))):
            return False
    write_private(path, seal(path.read_bytes(), key))
    return True
