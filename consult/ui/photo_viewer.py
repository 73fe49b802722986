"""One photo of a zone shown large, scaled to the screen, for the practitioner and patient to
look at together."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from consult.ui.pictures import read_image
from consult.ui.screens import fit_on_screen

# Room for the caption and the Close button below the photo.
CHROME = QSize(40, 110)


class PhotoViewer(QDialog):
    def __init__(self, file: Path | bytes, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(caption)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(caption)
        self.caption = QLabel(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.image, 1)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)

        room = self.screen().availableGeometry().size() - CHROME
        # Read at the size shown: a photo may be tens of megapixels.
        image, problem = read_image(file, room)
        if image.isNull():
            self.image.setText(
                self.tr("This photo cannot be shown ({problem}).").format(problem=problem)
            )
            fit_on_screen(self, 420, 200)
        else:
            self.image.setPixmap(QPixmap.fromImage(image))
            fit_on_screen(self, image.width() + CHROME.width(), image.height() + CHROME.height())
        buttons.setFocus()
