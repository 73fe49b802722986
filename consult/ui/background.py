"""Work off the GUI thread, its result or failure reported back on the GUI thread.

Usage: build a `BackgroundTask` with the callable and a parent, connect `succeeded` and
`failed` to bound methods (lambdas connected to a task's signals crashed PySide6 when the
finished task was deleted), then `start()`. Exactly one of the two fires, on the GUI thread.
The application waits for running tasks before it quits (see `consult.ui.app.run`). A task
whose parent was deleted while it ran reports to nobody.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class BackgroundTask(QObject):
    succeeded = Signal(object)  # what the callable returned
    failed = Signal(object)  # the exception it raised
    # Emitted on the worker thread; this object lives on the GUI thread, so the connected
    # slot runs there (a queued connection).
    _finished = Signal(bool, object)

    def __init__(self, work: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._finished.connect(self._report)

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Runner(self))

    def run(self) -> None:
        """Called on a worker thread by the pool."""
        try:
            result = self._work()
        except Exception as error:  # the caller words it for the user
            outcome: tuple[bool, object] = (False, error)
        else:
            outcome = (True, result)
        # RuntimeError: the parent, and this task with it, was deleted meanwhile.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(*outcome)

    @Slot(bool, object)
    def _report(self, ok: bool, outcome: object) -> None:
        if ok:
            self.succeeded.emit(outcome)
        else:
            self.failed.emit(outcome)
        self.deleteLater()


class _Runner(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task.run()
