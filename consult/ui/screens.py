"""Windows that fit the screen: 1366 x 768 at 200 % scaling leaves 683 x 384 to lay out."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget

FRAME_ALLOWANCE = QSize(8, 40)


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window as wished, but never beyond the screen's free area, and on it."""
    area = window.screen().availableGeometry()
    # Before its first show a window knows nothing of its frame: leave room for a title bar.
    frame = window.frameGeometry().size() - window.geometry().size()
    if window.isWindow() and not window.isVisible():
        frame = frame.expandedTo(FRAME_ALLOWANCE)
    window.resize(
        min(width, area.width() - frame.width()), min(height, area.height() - frame.height())
    )
    frame = window.frameGeometry()
    if not area.contains(frame):
        window.move(
            max(area.left(), min(frame.left(), area.right() - frame.width())),
            max(area.top(), min(frame.top(), area.bottom() - frame.height())),
        )


def scrolling(content: QLayout) -> QScrollArea:
    """The layout in a frameless scroll area, so its window can be smaller than it."""
    holder = QWidget()
    outer = QVBoxLayout(holder)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addLayout(content)
    outer.addStretch(1)  # spare height below the content, not between its rows
    area = QScrollArea()
    area.setWidget(holder)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
