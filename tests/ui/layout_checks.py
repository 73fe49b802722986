"""What a user sees as a broken layout, found in a shown window: a scroll bar that scrolls
sideways, a label, button or value field too small for its text, a list item cut, a widget
reaching past the window's edge or out of its scroll area's width.

`settle(window)` after a resize, then `layout_problems(window)` lists them in words (empty:
nothing wrong); tests assert on it.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QScrollBar,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

# Passes of the event loop a layout may take to follow a new size before it is said to swing.
MOST_PASSES = 20
# Rounding of fractional font metrics: a pixel is not a cut.
SLACK = 1


def layout_problems(window: QWidget) -> list[str]:
    """Everything cut or scrolling sideways among the widgets shown in `window`."""
    problems: list[str] = []
    for area in _shown(window, QAbstractScrollArea):
        if area.horizontalScrollBar().isVisible():
            problems.append(f"{_name(area)} scrolls sideways")
        if isinstance(area, QListView) and not area.wordWrap():
            problems += _cut_items(area)
    for widget in [*_shown(window, QLabel), *_shown(window, QAbstractButton)]:
        problems += _cut_text(widget)
        problems += _outside(widget, window)
    for box in _shown(window, QAbstractSpinBox):
        problems += _cut_value(box)
    return problems


def settle(window: QWidget) -> None:
    """Let the layouts follow a new size: a layout that changes direction as it is resized
    (the Plan page's columns) asks for another pass, which may show or hide scroll bars."""
    before = None
    for _ in range(MOST_PASSES):
        QApplication.processEvents()
        now = [widget.geometry() for widget in _shown(window, QWidget)]
        if now == before:
            return
        before = now
    raise AssertionError(f"the layout of {_name(window)} still moves after {MOST_PASSES} passes")


def vertical_scrolling(window: QWidget) -> list[str]:
    """The scroll areas shown in `window` that scroll up and down."""
    return [
        _name(area)
        for area in _shown(window, QAbstractScrollArea)
        if area.verticalScrollBar().isVisible()
    ]


def _shown(window: QWidget, kind: type[W]) -> list[W]:
    return [
        widget
        for widget in window.findChildren(kind)
        if widget.isVisibleTo(window) and not isinstance(widget, QScrollBar)
    ]


def _cut_text(widget: QWidget) -> list[str]:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    if not text or widget.width() == 0:
        return []
    needed = widget.minimumSizeHint() if isinstance(widget, QLabel) else widget.sizeHint()
    if widget.width() + SLACK < needed.width():
        return [f"{_name(widget)} is {widget.width()} px wide, its text needs {needed.width()}"]
    if widget.hasHeightForWidth():
        needed_height = widget.heightForWidth(widget.width())
    else:
        needed_height = needed.height()
    if widget.height() + SLACK < needed_height:
        return [f"{_name(widget)} is {widget.height()} px high, its text needs {needed_height}"]
    return []


def _cut_value(box: QAbstractSpinBox) -> list[str]:
    """A value (a date, a depth) wider than the field that shows it."""
    edit = box.findChild(QLineEdit)
    if edit is None or not box.text():
        return []
    # A line edit keeps 2 pixels each side of its text.
    needed = box.fontMetrics().horizontalAdvance(box.text()) + 4
    if edit.width() + SLACK < needed:
        return [f"{_name(box)} {box.text()!r} needs {needed} px, its field has {edit.width()}"]
    return []


def _cut_items(view: QListView) -> list[str]:
    """A list's items side by side with the space the list gives them (elided otherwise)."""
    width = view.viewport().width()
    model = view.model()
    problems = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if view.isRowHidden(row):
            continue
        needed = view.sizeHintForIndex(index).width()
        if needed > width + SLACK:
            problems.append(
                f"{_name(view)}: item {model.data(index)!r} needs {needed} px, has {width}"
            )
    return problems


def _outside(widget: QWidget, window: QWidget) -> list[str]:
    """A widget reaching past the window's edge, or out of the width of the scroll area
    it is in (up and down, a scroll area may hold more than it shows)."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    area = _scroll_area_of(widget, window)
    if area is None:
        bounds = window.rect()
    else:
        viewport = area.viewport()
        shown = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
        bounds = QRect(shown.left(), window.rect().top(), shown.width(), 1 << 20)
    inside = bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK)
    if area is not None and not shown.intersects(rect):
        return []  # scrolled out of sight: its place is checked when scrolled to
    if not inside.contains(rect):
        return [f"{_name(widget)} at {_box(rect)} reaches out of {_box(bounds)}"]
    return []


def _scroll_area_of(widget: QWidget, window: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _box(rect: QRect) -> str:
    return f"({rect.left()}, {rect.top()}) {rect.width()}x{rect.height()}"


def _name(widget: QWidget) -> str:
    """A widget as a developer finds it: its class, name and text (no patient data: the
    windows tested hold invented patients)."""
    label = widget.objectName() or widget.accessibleName()
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    shown = f" {text[:40]!r}" if text else ""
    return f"{type(widget).__name__}{f' {label!r}' if label else ''}{shown}"
