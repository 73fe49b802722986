"""Writing files that hold patient data: private to the user, whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from consult.store.database import make_private_file
from consult.store.errors import StoreError


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` (0600) through a temporary file, so a failure (a full disk, a
    folder that cannot be written) leaves no partial file and the old one untouched."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        make_private_file(partial)
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise StoreError(
            f"{path} could not be written ({error.strerror}): nothing was saved"
        ) from None
