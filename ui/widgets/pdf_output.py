"""Hand a finished PDF to the user: open it, save it, or print it through the print dialog."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

Renderer = Callable[[Path], Path]


def _pages_as_images(pdf: Path, dpi: int):
    """Pages as QImages: Qt has no PDF module in the essentials wheel, PDFium draws them."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = bitmap.to_pil()
            data = image.convert("RGBA").tobytes("raw", "RGBA")
            yield QImage(data, image.width, image.height, QImage.Format.Format_RGBA8888).copy()
    finally:
        document.close()


def print_pdf(pdf: Path, printer: QPrinter) -> int:
    """Paint every page onto the printer, scaled to its printable area; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    count = 0
    try:
        dpi = min(printer.resolution(), 300)
        for image in _pages_as_images(pdf, dpi):
            if count:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF(area.x(), area.y(), size.width(), size.height())
            painter.drawImage(target, image)
            count += 1
    finally:
        painter.end()
    return count


class PdfOutput(QObject):
    """Open, save or print a document rendered on demand into a file."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent

    def _render_temp(self, render: Renderer, name: str) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="osuva-"))
        return render(folder / name)

    def open(self, render: Renderer, name: str) -> Path:
        path = self._render_temp(render, name)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def save(self, render: Renderer, name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save as PDF"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if not target:
            return None
        path = render(Path(target))
        QMessageBox.information(self.widget, self.tr("Saved"), self.tr("The PDF was saved."))
        return path

    def print(self, render: Renderer, name: str) -> int:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.widget)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        return print_pdf(self._render_temp(render, name), printer)
