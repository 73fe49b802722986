"""The Qt binding keeps Python's books: PySide6 6.12.0 dropped a reference to None on every
call returning nothing, and Python 3.11 aborts ("deallocating None") once the count runs out,
losing whatever was typed. pyproject.toml keeps that release out; this catches its return."""

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_returning_nothing_keep_the_reference_to_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(1000):
        widget.update()
        widget.setToolTip("x")
    assert sys.getrefcount(None) - before > -100
