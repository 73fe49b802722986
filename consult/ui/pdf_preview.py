"""A PDF held in memory, shown in the window and sent to a printer."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

# Pages are drawn as images: more than 300 dpi adds memory (an A4 page at 1200 dpi is over
# 500 MB), not sharpness anyone can see on a handout.
MAX_PRINT_DPI = 300
POINTS_PER_INCH = 72


class PdfPreview(QPdfView):
    """Every page of one PDF, one below the other, fitted to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        # Not a child of the view: Qt (6.11, 6.12) crashes destroying a view whose document is its
        # child. The view's Python object keeps the document, so it outlives the view.
        self._document = QPdfDocument()
        self.setDocument(self._document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def show_pdf(self, data: bytes) -> None:
        """Show `data`; the buffer it is read from lives as long as the document uses it."""
        document = self.document()
        document.close()
        old, self._buffer = self._buffer, QBuffer(document)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(self._buffer)
        if old is not None:
            old.deleteLater()

    def clear(self) -> None:
        self.document().close()
        if self._buffer is not None:
            self._buffer.deleteLater()
            self._buffer = None

    @property
    def page_count(self) -> int:
        return self.document().pageCount()


def held_pdf(data: bytes, parent: QObject) -> QPdfDocument:
    """`data` as a document to print without showing it; the buffer it is read from is the
    document's child, so it lives exactly as long as the document."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw the pages the print dialog asked for, each fitted and centred on the paper."""
    count = document.pageCount()
    first = max(printer.fromPage(), 1)
    last = min(printer.toPage() or count, count)
    copies = 1 if printer.supportsMultipleCopies() else printer.copyCount()
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        needs_new_page = False
        for _ in range(copies):
            for page in range(first - 1, last):
                if needs_new_page:
                    printer.newPage()
                _draw_page(document, page, painter, printer, dpi)
                needs_new_page = True
    finally:
        painter.end()


def _draw_page(
    document: QPdfDocument, page: int, painter: QPainter, printer: QPrinter, dpi: int
) -> None:
    points = document.pagePointSize(page)
    pixels = QSize(
        round(points.width() * dpi / POINTS_PER_INCH),
        round(points.height() * dpi / POINTS_PER_INCH),
    )
    image = document.render(page, pixels)
    area = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
    area.moveTo(0, 0)  # the painter's origin is already the printable area's corner
    scale = min(area.width() / pixels.width(), area.height() / pixels.height())
    target = QRectF(0, 0, pixels.width() * scale, pixels.height() * scale)
    target.moveCenter(area.center())
    painter.drawImage(target, image)
