"""The text object of every document canvas: the one place user text becomes PDF text.

Every string a document draws, whether a Paragraph line, a table cell or a header written
on the canvas, passes through ``_formatText`` here. A line with right-to-left letters is put
in visual order, and characters the current font lacks are drawn in a fallback font (see
``font_fallback``). Latin text goes straight to ReportLab.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.textobject import PDFTextObject

from .font_fallback import DocumentFont
from .visual_order import visual


class DocumentText(PDFTextObject):
    def _formatText(self, text):
        if not isinstance(text, str) or text.isascii():
            return super()._formatText(text)
        text = visual(text)
        font = getFont(self._fontname)
        runs = font.runs(text) if isinstance(font, DocumentFont) else [(self._fontname, text)]
        if len(runs) == 1:
            return super()._formatText(text)
        own = self._fontname
        operators = []
        try:
            for name, run in runs:
                if name != self._fontname:
                    # A new font name makes ReportLab select the font ("Tf") before the run.
                    self._fontname, self._curSubset = name, -1
                operators.append(super()._formatText(run))
        finally:
            if self._fontname != own:
                self._fontname, self._curSubset = own, -1
        return " ".join(operators)
