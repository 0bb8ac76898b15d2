"""Hand a finished PDF to the user: open it, save it, or print it through the print dialog."""

from __future__ import annotations

import inspect
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.errors import ServiceError
from ui.widgets.service_errors import show_service_error

# render(out) or render(out, progress=...): writes the PDF and returns its path
Renderer = Callable[..., Path]


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
    """Open, save or print a document rendered on demand into a file.

    A renderer `render(out, progress=None) -> Path` that takes `progress` is run in a worker
    thread with a progress dialog and Cancel (so it must not touch widgets: read what it needs
    from them before); the file is then opened, saved or printed on the GUI thread. A renderer
    without `progress` (a one-page document) runs on the GUI thread as before.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.widget = parent
        self.job = None

    def render(self, render: Renderer, out: Path, then: Callable[[Path], object]) -> bool:
        """Render into ``out``, then call ``then(path)`` on the GUI thread.

        False when nothing was started (this window is still busy with another job).
        """
        if "progress" not in inspect.signature(render).parameters:
            try:
                path = render(out)
            except ServiceError as exc:
                show_service_error(self.widget, exc)
                return False
            then(path)
            return True
        from ui.operations.jobs import FileJob

        self.job = (
            FileJob(self.widget, self.tr("Preparing the PDF…"), render, out)
            .success(then)
            .failure(self._explain)
            .discard(lambda path: Path(path).unlink(missing_ok=True))
        )
        return self.job.run()

    def _explain(self, error: BaseException) -> bool:
        if isinstance(error, ServiceError):
            show_service_error(self.widget, error)
            return True
        return False

    @staticmethod
    def _temp_path(name: str) -> Path:
        return Path(tempfile.mkdtemp(prefix="osuva-")) / name

    def open(self, render: Renderer, name: str) -> bool:
        return self.render(render, self._temp_path(name), self._open_file)

    @staticmethod
    def _open_file(path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save(self, render: Renderer, name: str) -> bool:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save as PDF"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if not target:
            return False
        return self.render(render, Path(target), self._saved)

    def _saved(self, _path: Path) -> None:
        QMessageBox.information(self.widget, self.tr("Saved"), self.tr("The PDF was saved."))

    def print(self, render: Renderer, name: str) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.widget)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        return self.render(render, self._temp_path(name), lambda path: print_pdf(path, printer))
