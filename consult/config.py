"""Where things live: bundled resources, the user data folder and the database.

Overrides, strongest first: `--db` on the command line, `CONSULT_DB` (a file path or a
database URL), `CONSULT_HOME` (a folder holding data, logs and settings, for tests and
development). Nothing else in consult works out paths on its own.
"""

# Without `from __future__ import annotations`: a named tuple compiles text annotations into
# forward references.
import contextlib
import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "consult"
_PACKAGE_DIR = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """A file or folder under `resources/`, from a checkout, an installed wheel or a frozen app."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = [
        Path(frozen_root) / "resources" if frozen_root else None,
        _PACKAGE_DIR / "resources",  # installed wheel: shipped as consult/resources
        _PACKAGE_DIR.parent / "resources",  # source checkout and editable install
    ]
    for root in candidates:
        if root is not None and root.is_dir():
            return root.joinpath(*parts)
    raise FileNotFoundError("consult's resources folder is missing from this installation")


def home_override() -> Path | None:
    value = os.environ.get("CONSULT_HOME", "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The user data folder (database, backups, photos)."""
    home = home_override()
    if home:
        return home / "data"
    # Imported when a folder is asked for: `consult assess` needs none, and it takes 5 ms.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Files consult can make again (the fonts' parsed tables): losing them costs time only."""
    home = home_override()
    if home:
        return home / "cache"
    if sys.platform.startswith("linux"):
        # platformdirs' answer on Linux (XDG_CACHE_HOME when absolute, else ~/.cache) without
        # its import: 5 ms of every `consult assess`, which reads its parsed rules from here.
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return Path(xdg if os.path.isabs(xdg) else os.path.expanduser("~/.cache")) / APP_NAME
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = home_override()
    if home:
        return home / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def database_url(cli_value: str | None = None) -> str:
    """The database to open: `--db`, then `CONSULT_DB`, then SQLite in the data folder."""
    value = (cli_value or os.environ.get("CONSULT_DB", "")).strip()
    if not value:
        return f"sqlite:///{data_dir() / 'consult.sqlite3'}"
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file of an `sqlite:///` URL as `database_url` makes them; None for a server."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and len(url) > len(prefix):
        return Path(url.removeprefix(prefix))
    return None


class Locations(NamedTuple):
    """The database and the folder whose photos/ and backups/ belong to it. A named tuple,
    not a dataclass: every `consult assess` would import dataclasses for it."""

    database_url: str
    folder: Path

    @property
    def photos(self) -> Path:
        return self.folder / "photos"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"


def locations(cli_value: str | None = None) -> Locations:
    """Photos and backups live beside an SQLite file; a server database uses the data folder."""
    url = database_url(cli_value)
    file = sqlite_file(url)
    return Locations(url, data_dir() if file is None else file.parent)


def settings_file() -> Path:
    """Window state only (geometry, splitters): never clinical data nor patient data."""
    home = home_override()
    if home:
        folder = home / "config"
    else:
        import platformdirs

        folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    path = folder / "window.ini"
    # The window works without remembering its place; Qt says nothing either.
    with contextlib.suppress(OSError):
        _private_file(folder, path)
    return path


def make_private_folder(folder: Path) -> None:
    """Make `folder` with each missing level private (0700); one that exists keeps its mode
    (it may be shared on purpose: only its owner decides)."""
    missing = [level for level in (folder, *folder.parents) if not level.exists()]
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process: not ours to change
            continue
        if os.name == "posix":  # the umask may have taken more off, never less
            level.chmod(0o700)


def _private_file(folder: Path, path: Path) -> None:
    """Make `folder` (see make_private_folder) and `path` in it, private (0600): Qt's
    settings keep the mode of the file they rewrite."""
    make_private_folder(folder)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    if os.name == "posix":
        path.chmod(path.stat().st_mode & 0o700)
