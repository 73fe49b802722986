"""The window steps of `consult --self-test` (see `consult.services.selftest`).

They run on whatever platform Qt is given; the command line sets `QT_QPA_PLATFORM=offscreen`
when none is chosen, so they need no screen. They prove that the Qt libraries and plugins
the window needs (platform, widgets, PDF view, print support) load in this installation.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from consult import __version__
from consult.services.selftest import SelfTestRun, Step


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


def check_window(run: SelfTestRun) -> None:
    """Open the main window on the database, let it paint, and close it."""
    from consult.ui.main_window import MainWindow

    if run.context is None:
        raise RuntimeError("no database (its step did not run)")
    app = _application()
    window = MainWindow(run.context)
    try:
        window.show()
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        if not window.close():
            raise RuntimeError("the main window refused to close")
        app.processEvents()
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.deleteLater()
        app.processEvents()


WINDOW_STEPS: tuple[Step, ...] = (
    ("preview", check_preview),
    ("window", check_window),
)
