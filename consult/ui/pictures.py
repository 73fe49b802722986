"""Pictures read from a file or from bytes in memory: a photo of an encrypted database is
opened (decrypted) by the service into memory, never written out plain for Qt to read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap


def read_image(source: Path | bytes, fit: QSize | None = None) -> tuple[QImage, str]:
    """The picture upright, scaled down to fit `fit` when larger (read at that size: a photo
    may be tens of megapixels), and the reader's words when it is null. Safe off the GUI
    thread (a QImage, not a QPixmap)."""
    buffer = None
    if isinstance(source, bytes):
        buffer = QBuffer()
        buffer.setData(QByteArray(source))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
    else:
        reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    size = reader.size()
    if (
        fit is not None
        and size.isValid()
        and (size.width() > fit.width() or size.height() > fit.height())
    ):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    problem = reader.errorString()
    if buffer is not None:
        buffer.close()
    return image, problem


def pixmap_of(source: Path | bytes | None) -> QPixmap:
    """A small picture (a thumbnail) as a pixmap, on the GUI thread; empty when unreadable."""
    pixmap = QPixmap()
    if isinstance(source, bytes):
        pixmap.loadFromData(source)
    elif source is not None:
        pixmap.load(str(source))
    return pixmap
