"""Printing a PDF through Qt's printer paints every page."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen import canvas

from ui.widgets.pdf_output import print_pdf


def test_every_page_reaches_the_printer(qapp, tmp_path):
    source = tmp_path / "source.pdf"
    pdf = canvas.Canvas(str(source))
    for page in range(3):
        pdf.drawString(100, 750, f"Sivu {page + 1} — Åström")
        pdf.showPage()
    pdf.save()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(source, printer) == 3
    assert len(PdfReader(printed).pages) == 3
