"""Sealed photos (an encrypted database) shown in the window: the gallery's thumbnails, the
photo viewer and the comparison read them opened in memory, never from a plain file."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from consult.domain.photo import PhotoView
from consult.domain.records import PatientDetails
from consult.services.context import open_context
from consult.services.photos import PhotoImport
from consult.store.keyslots import KeySlots, key_file, new_data_key, new_recovery_key
from consult.store.sealed_files import MAGIC
from consult.ui.photo_viewer import PhotoViewer
from consult.ui.photos.compare import read_photo
from consult.ui.photos.gallery import PhotoListModel

ZONES = {"chin": "Chin"}


@pytest.fixture
def encrypted_context(tmp_path, rules, keyed):
    path = tmp_path / "data" / "consult.sqlite3"
    path.parent.mkdir(mode=0o700)
    key = new_data_key()
    KeySlots.new(key, "admin", "a long password", new_recovery_key()).save(key_file(path))
    built = open_context(str(path), keyed(key), rules=rules)
    yield built
    built.close()


@pytest.fixture
def sealed_photo(encrypted_context, tmp_path, make_photo):
    patient = encrypted_context.patients.create(PatientDetails("Ana", "Silva", dt.date(1990, 1, 1)))
    source = make_photo(tmp_path / "front.jpg")
    taken = dt.datetime(2026, 11, 2, 10, 30)
    (photo,) = encrypted_context.photos.import_photos(
        patient.id, [PhotoImport(source, PhotoView.FRONT, taken_at=taken)]
    )
    assert encrypted_context.photos.file(photo).read_bytes().startswith(MAGIC)
    return photo


def test_the_gallery_shows_a_sealed_thumbnail(qtbot, encrypted_context, sealed_photo):
    service = encrypted_context.photos
    model = PhotoListModel(service.thumbnail_content_made, service.thumbnail_content, ZONES)
    model.set_photos([sealed_photo])
    icon = model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not icon.isNull() and not model.pending


def test_the_viewer_and_the_comparison_open_a_sealed_photo(
    qtbot, encrypted_context, sealed_photo, tmp_path
):
    content = encrypted_context.photos.content(sealed_photo)
    viewer = PhotoViewer(content, "Front")
    qtbot.addWidget(viewer)
    assert viewer.image.pixmap() is not None and not viewer.image.pixmap().isNull()
    viewer.grab().save(str(tmp_path / "viewer.png"))
    assert not read_photo(content).isNull()
    # The sealed file itself is no picture Qt could read.
    assert read_photo(encrypted_context.photos.file(sealed_photo)).isNull()
