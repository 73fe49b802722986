"""Writing files that hold patient data: private to the user, whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from consult.domain.text import escaped
from consult.store.errors import StoreError


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` (0600) whole or not at all: a failure (a full disk, a folder that
    cannot be written) leaves no partial file and the old one untouched."""
    write_all_private([(path, data)])


def _reserve(path: Path, suffix: str) -> tuple[int, Path]:
    # mkstemp: a random name opened with O_EXCL, 0600. A link planted in the folder under a
    # name we would use is never followed: the name is taken, and another is drawn.
    fd, name = tempfile.mkstemp(prefix=f".{path.name[:80]}.", suffix=suffix, dir=path.parent)
    return fd, Path(name)


def _write_temporary(path: Path, data: bytes) -> Path:
    fd, temporary = _reserve(path, ".partial")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _move_aside(path: Path) -> Path | None:
    """Move an existing file at `path` to a fresh private name; None if there is none."""
    if not os.path.lexists(path):
        return None
    fd, aside = _reserve(path, ".old")
    os.close(fd)
    try:
        os.replace(path, aside)
    except BaseException:
        aside.unlink(missing_ok=True)
        raise
    return aside


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX); a folder that cannot be opened is no failure."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_all_private(outputs: Sequence[tuple[Path, bytes]]) -> None:
    """Write every file (0600) or none: each is first written whole to a temporary file in
    its folder; only then do they take their names, the old files moved aside until all are
    in place, so a failure half-way puts every old file back. A device or pipe named as the
    output (`-o /dev/null`, `-o /dev/stdout`) is written to as it is, after the files: it
    must never be replaced by a file of that name."""
    streams = [(path, data) for path, data in outputs if _is_stream(path)]
    outputs = [(path, data) for path, data in outputs if not _is_stream(path)]
    written: list[tuple[Path, Path]] = []
    placed: list[tuple[Path, Path | None]] = []  # target, where its old file waits (or None)
    current = outputs[0][0] if outputs else Path()
    try:
        for path, data in outputs:
            current = path
            written.append((_write_temporary(path, data), path))
        for temporary, path in written:
            current = path
            placed.append((path, _move_aside(path)))
            os.replace(temporary, path)
    except OSError as error:
        _undo(placed, written)
        raise StoreError(
            f"{escaped(str(current))} could not be written ({error.strerror or error}): "
            "nothing was saved"
        ) from None
    except BaseException:
        _undo(placed, written)
        raise
    for _path, aside in placed:
        if aside is not None:
            with contextlib.suppress(OSError):
                aside.unlink()
    for folder in {path.parent for path, _ in placed}:
        _sync_folder(folder)
    for path, data in streams:
        try:
            with open(path, "wb") as stream:
                stream.write(data)
        except OSError as error:
            raise StoreError(
                f"{escaped(str(path))} could not be written ({error.strerror or error})"
            ) from None


def _is_stream(path: Path) -> bool:
    """An existing device, pipe or socket (not a file, a folder or a link)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _undo(placed: list[tuple[Path, Path | None]], written: list[tuple[Path, Path]]) -> None:
    """Put the old files back (best effort: an old file that cannot go back stays aside, so
    its content is never lost) and remove the temporary files."""
    for path, aside in reversed(placed):
        with contextlib.suppress(OSError):
            if aside is not None:
                os.replace(aside, path)
            elif not any(temporary.exists() for temporary, target in written if target == path):
                path.unlink(missing_ok=True)
    for temporary, _path in written:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
