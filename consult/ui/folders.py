"""Where file dialogs open: the folder chosen last for that kind of file in this session,
else the user's own folder for it (Pictures for photos and logos, Documents for what is
saved), never the folder consult happened to be started from.

Kept in memory only: a folder's name can name a patient, and the settings file holds no
patient data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

PICTURES = "pictures"
DOCUMENTS = "documents"
_USERS_OWN = {
    PICTURES: QStandardPaths.StandardLocation.PicturesLocation,
    DOCUMENTS: QStandardPaths.StandardLocation.DocumentsLocation,
}
_chosen: dict[str, Path] = {}


def start_folder(kind: str) -> Path:
    """The folder a dialog for `kind` (PICTURES or DOCUMENTS) opens in."""
    if kind in _chosen and _chosen[kind].is_dir():
        return _chosen[kind]
    own = QStandardPaths.writableLocation(_USERS_OWN[kind])
    return Path(own) if own and Path(own).is_dir() else Path.home()


def remember_folder(kind: str, file: str | Path) -> None:
    """The folder of a file just chosen, offered first next time."""
    _chosen[kind] = Path(file).parent
