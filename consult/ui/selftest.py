"""The window steps of `consult --self-test` (see `consult.services.selftest`).

They run on whatever platform Qt is given; the command line sets `QT_QPA_PLATFORM=offscreen`
when none is chosen, so they need no screen. They prove that the Qt libraries and plugins
the window needs (platform, widgets, PDF view, print support) load in this installation, and
that every page of the consultation wizard opens: an invented patient's consultation of the
bundled example is walked from Patient to Finish and saved.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from consult import __version__
from consult.services.selftest import SelfTestRun, Step, start_example_consultation
from consult.ui.main_window import MainWindow
from consult.ui.wizard.finish_step import FinishStep
from consult.ui.wizard.handout_step import HandoutStep
from consult.ui.wizard.wizard import PAGES

HANDOUT_SECONDS = 60


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["consult"])
        app.setApplicationName("consult")
        app.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    return app


def check_preview(run: SelfTestRun) -> None:
    """Show the handout in the PDF view (QtPdf, QtPdfWidgets) and set up a printer."""
    from consult.ui.pdf_preview import PdfPreview

    if run.handout_pdf is None:
        raise RuntimeError("no handout (its step did not run)")
    app = _application()
    preview = PdfPreview()
    try:
        preview.show_pdf(run.handout_pdf)
        app.processEvents()
        if preview.page_count < 1:
            raise RuntimeError("the PDF view shows no page of the handout")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if not printer.pageLayout().isValid():
            raise RuntimeError("print support gives no valid page layout")
    finally:
        preview.clear()
        preview.deleteLater()
        app.processEvents()


class _WindowWalk:
    """The main window the window steps share: `window` opens it, then one step per wizard
    page walks a consultation of the example there, as Next does. It stays open between the
    steps and is closed when the run ends, before the database."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None

    def open(self, run: SelfTestRun) -> None:
        """Open the main window on the database and let it paint."""
        if run.context is None:
            raise RuntimeError("no database (its step did not run)")
        app = _application()
        self.window = MainWindow(run.context)
        run.cleanups.append(self.close)
        self.window.show()
        app.processEvents()
        if not self.window.isVisible():
            raise RuntimeError("the main window did not show")

    def close(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        app = _application()
        window.close()
        QThreadPool.globalInstance().waitForDone()
        window.deleteLater()
        app.processEvents()

    def page_step(self, index: int) -> Callable[[SelfTestRun], None]:
        return lambda run: self._show_page(run, index)

    def _show_page(self, run: SelfTestRun, index: int) -> None:
        if self.window is None:
            raise RuntimeError("no main window (its step did not run)")
        app = _application()
        if index == 0:
            self.window.open_consultation(start_example_consultation(run))
        wizard = self.window.wizard
        if wizard is None:
            raise RuntimeError("the consultation did not open")
        if index > 0 and not wizard.go_to(index):
            raise RuntimeError(f"Next was refused: {wizard.message.text()}")
        page = wizard.pages[index]
        app.processEvents()
        if wizard.current != index or not page.isVisible():
            raise RuntimeError("the page is not shown")
        if isinstance(page, HandoutStep):
            _wait(app, lambda: not page.building, HANDOUT_SECONDS)
            if page.files is None or page.handout_view.page_count < 1:
                raise RuntimeError(page.problem_label.text() or "the handout is not shown")
        if isinstance(page, FinishStep):
            page.finish_button.click()
            app.processEvents()
            if self.window.wizard is not None:
                raise RuntimeError(f"Finish and save was refused: {wizard.message.text()}")
            if not self.window.close():
                raise RuntimeError("the main window refused to close")


def _wait(app: QApplication, done: Callable[[], bool], seconds: float) -> None:
    """Run the event loop until `done()`; the background work reports through it."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError(f"not done within {seconds:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)


def window_steps() -> tuple[Step, ...]:
    """The PDF view, the main window, then each page of the wizard, one step each."""
    walk = _WindowWalk()
    pages = tuple(
        (f"wizard {kind.__name__.removesuffix('Step')}", walk.page_step(index))
        for index, kind in enumerate(PAGES)
    )
    return (("preview", check_preview), ("window", walk.open), *pages)
