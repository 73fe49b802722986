"""Backup use-cases: archives on demand, one automatic archive a day, restoring one."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

from consult.config import Locations, database_url
from consult.store.backup import (
    ArchiveFacts,
    Progress,
    Restored,
    archive_is_encrypted,
    create_archive,
    database_file,
    inspect_archive,
    list_archives,
    recover_interrupted_restore,
    restore_archive,
)
from consult.store.database import quick_check, sqlite_path
from consult.store.errors import DamagedDatabase

__all__ = [
    "ArchiveFacts",
    "BackupCancelled",
    "Progress",
    "Restored",
    "archive_is_encrypted",
    "check_whole_database",
    "daily_backup_command",
    "ensure_daily_backup",
    "finish_interrupted_restore",
    "inspect_backup",
    "make_backup",
    "newest_backup",
    "refuse_emptied_database",
    "restore_backup",
    "run_in_background",
    "with_restore_hint",
]

# Windows' priority class for work that should let every program go first.
_BELOW_NORMAL_PRIORITY_CLASS = 0x4000


class BackupCancelled(Exception):
    """Raised by a backup's `progress` to stop it: no archive is left behind."""


def make_backup(
    locations: Locations,
    target_dir: Path | None = None,
    automatic: bool = False,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    key: bytes | None = None,
) -> Path:
    """Write one archive (default folder: `locations.backups`) and return its path;
    `progress` is told the bytes written and the bytes in all, and may raise
    `BackupCancelled` to stop. An encrypted database needs its raw data `key`: its archive
    holds it encrypted, the sealed photos and its key file."""
    database = database_file(locations.database_url)
    refuse_emptied_database(locations)  # damage, not "nothing to back up"
    try:
        return create_archive(
            database,
            locations.photos,
            target_dir or locations.backups,
            automatic,
            now or dt.datetime.now(),
            progress,
            key,
        )
    except DamagedDatabase as error:
        raise with_restore_hint(error, locations) from None


def ensure_daily_backup(
    locations: Locations, keep: int = 14, today: dt.date | None = None, key: bytes | None = None
) -> Path | None:
    """Make today's automatic archive unless there is one; keep the newest `keep` of them.

    Returns the new archive, or None when today's was made earlier or the database is on a
    server (backed up there). Archives made by hand are never deleted.
    """
    if keep < 1:
        raise ValueError("keep at least one automatic backup")
    if sqlite_path(locations.database_url) is None:
        return None
    now = dt.datetime.now()
    if today is not None:
        now = dt.datetime.combine(today, now.time())
    automatic = [(name, path) for name, path in list_archives(locations.backups) if name.automatic]
    made = None
    if not any(name.made_at.date() == now.date() for name, _path in automatic):
        made = make_backup(locations, automatic=True, now=now, key=key)
        automatic = [
            (name, path) for name, path in list_archives(locations.backups) if name.automatic
        ]
    for _name, path in automatic[:-keep]:
        # Not fatal: today's archive exists; an old one that resists goes on a later start.
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    return made


# Told to `consult backup --daily` on its standard input, never on its command line (which
# other users of the computer may list): the raw data key of an encrypted database, in hex.
DATA_KEY_STDIN = "--data-key-stdin"


def daily_backup_command(locations: Locations, keyed: bool = False) -> list[str] | None:
    """The command that makes today's automatic backup in a process of its own (`consult
    backup --daily`); None for a server database, which is backed up there. `keyed`: the
    database is encrypted, and the caller writes its data key in hex to the process's
    standard input (`DATA_KEY_STDIN`)."""
    path = sqlite_path(locations.database_url)
    if path is None:
        return None
    # A frozen bundle's executable is consult itself; otherwise the same Python runs it.
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "consult"]
    )
    command = [*program, f"--db={path}", "backup", "--daily"]
    return [*command, DATA_KEY_STDIN] if keyed else command


def run_in_background() -> None:
    """Make this process a background one: every other program goes first (a backup is never
    urgent), and a request to stop (SIGTERM) ends it as an interrupt does, so that its working
    files are removed on the way out."""
    if os.name == "nt":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), _BELOW_NORMAL_PRIORITY_CLASS)
        return
    os.nice(10)  # on Linux its disk priority follows (CFQ and BFQ derive it from nice)
    if hasattr(os, "SCHED_IDLE"):
        # Linux: at nice 10 the compressing threads still took turns with the window's; an
        # idle-class process gives way as soon as the window wakes (for a keystroke). The
        # threads started later inherit the class.
        os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
    signal.signal(signal.SIGTERM, _interrupt)


def _interrupt(_signal: int, _frame: object) -> None:
    raise KeyboardInterrupt


def restore_backup(
    locations: Locations, archive: Path, key: bytes | None = None, secret: str | None = None
) -> Restored:
    """Check `archive`, then replace the database and photos with its contents. `key`: the
    raw data key of the database now in place, when encrypted; `secret`: a password or the
    recovery key of the archive, when it is encrypted (`archive_is_encrypted`), checked
    before anything is replaced."""
    database = database_file(locations.database_url)
    return restore_archive(
        archive, database, locations.photos, dt.datetime.now(), key=key, secret=secret
    )


def inspect_backup(locations: Locations, archive: Path, secret: str | None = None) -> ArchiveFacts:
    """The checks a restore makes, without replacing anything: when the archive was made and
    how many patients it holds, to say before restoring it. `UnusablePath` if refused (an
    encrypted archive without a password or recovery key that opens it too)."""
    return inspect_archive(archive, database_file(locations.database_url).parent, secret)


def check_whole_database(locations: Locations, key: bytes | None = None) -> str | None:
    """SQLite's check of every page of the database file: None when it is healthy (or on a
    server), else one sentence naming the damage and how to restore the newest backup.

    Slow for a large file (1 s for 100,000 patients): the window runs it in the background.
    """
    path = sqlite_path(locations.database_url)
    if path is None:
        return None
    problem = quick_check(path, key)
    if problem is None:
        return None
    damaged = DamagedDatabase(path, f"{path} is damaged ({problem})")
    return str(with_restore_hint(damaged, locations))


def finish_interrupted_restore(locations: Locations) -> str | None:
    """At start: finish or roll back a restore that was killed between its swaps; one line
    saying which (None when there was none)."""
    path = sqlite_path(locations.database_url)
    return None if path is None else recover_interrupted_restore(path, locations.photos)


def refuse_emptied_database(locations: Locations) -> None:
    """An empty (0-byte) database file beside backups was emptied, not new: refuse it as
    damaged, with the restore command, before anything writes a new schema into it."""
    path = sqlite_path(locations.database_url)
    if path is None or not path.is_file() or path.stat().st_size > 0:
        return
    if newest_backup(locations) is None:
        return  # no backup: a file made empty on purpose for a new database
    raise with_restore_hint(
        DamagedDatabase(path, f"{path} is damaged: it is empty (0 bytes) but backups of it exist"),
        locations,
    )


def newest_backup(locations: Locations) -> Path | None:
    """The newest archive (automatic or not) in `locations.backups`, if any."""
    archives = list_archives(locations.backups)
    return archives[-1][1] if archives else None


def with_restore_hint(error: DamagedDatabase, locations: Locations) -> DamagedDatabase:
    """The same error, its message ending with how to restore the newest backup."""
    newest = newest_backup(locations)
    if newest is None:
        hint = f"There is no backup yet in {locations.backups}"
    else:
        words = ["consult", "restore", str(newest)]
        if locations.database_url != database_url():  # chosen with --db: say it again
            words += ["--db", str(error.path)]
        hint = f"Restore the newest backup with: {_command_line(words)}"
    return DamagedDatabase(error.path, f"{error}. {hint}")


def _command_line(words: list[str]) -> str:
    """A command a user can paste into their shell (paths may hold spaces)."""
    if os.name == "nt":
        return subprocess.list2cmdline(words)
    return shlex.join(words)
