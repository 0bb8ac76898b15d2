"""What every document shares: letterhead, page templates, "page X / Y" and safe markup.

A renderer subclass names its texts (``document``), builds its ``story()`` from the shared
stylesheet and calls ``render(path_or_buffer)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)
from sqlalchemy import select

from app.domain import Cooperative
from app.locale import SUPPORTED, format_date, format_money
from app.services.errors import NotFoundError
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork

from .fonts import FONT, FONT_BOLD
from .paged_table import Cancelled, PagedTable, Progress
from .paragraph import DocumentParagraph
from .places import place_name
from .style import (
    ACCENT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP_FIRST,
    MARGIN_TOP_LATER,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    grid_style,
    stylesheet,
)
from .text_object import DocumentText
from .texts import text

__all__ = ["Cancelled", "DocumentRenderer", "Letterhead", "Progress", "letterhead"]

FOOTER_Y = 10 * mm
# Cell padding of grid_style(): a plain-text cell must fit its column within it.
CELL_PADDING = 8
# PDF /Lang values: the documents are written for readers in Finland.
LANG_TAGS = {"fi": "fi-FI", "sv": "sv-FI", "en": "en-FI"}


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document: printed in every header and footer."""

    name: str
    business_id: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    logo_png: bytes | None = None

    @property
    def address(self) -> str:
        return self.address_in("fi")

    def address_in(self, lang: str) -> str:
        """The address with the town named in `lang` (Borgå in Swedish)."""
        city = place_name(self.city, lang)
        town = " ".join(part for part in (self.postal_code, city) if part)
        return ", ".join(part for part in (self.street, town) if part)


@requires(Permission.SIGNED_IN)
def letterhead(uow: UnitOfWork) -> Letterhead:
    """The cooperative's name, business ID, address and logo."""
    coop = uow.session.scalar(select(Cooperative).limit(1))
    if coop is None:
        raise NotFoundError("cooperative", 1)
    return Letterhead(
        coop.name, coop.business_id, coop.street, coop.postal_code, coop.city, coop.logo_png
    )


class NumberedCanvas(Canvas):
    """Keeps every page until the end so that each footer can say "page X / Y"."""

    def __init__(self, *args, page_label: str = "{page} / {pages}", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._page_states: list[dict] = []

    def beginText(self, x=0, y=0, direction=None) -> DocumentText:
        # Every string drawn goes through DocumentText: right-to-left order, fallback fonts.
        return DocumentText(self, x, y, direction=direction)

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            label = self._page_label.format(page=self._pageNumber, pages=total)
            self.drawRightString(self._pagesize[0] - MARGIN_X, FOOTER_Y, label)
            self.restoreState()
            super().showPage()
        super().save()


class DocumentRenderer:
    """Base class of the documents: letterhead, first and later page templates, a story."""

    document = ""  # the TEXTS section of the subclass
    landscape = False

    def __init__(self, head: Letterhead, lang: str) -> None:
        if lang not in SUPPORTED:
            raise ValueError(f"Unsupported language {lang!r}; use one of {', '.join(SUPPORTED)}.")
        self.head = head
        self.lang = lang
        self.styles = stylesheet()
        # Set by render(): long tables report (rows done, rows in all) and may be cancelled.
        self.progress: Progress | None = None

    # --- text helpers -------------------------------------------------------------------

    def t(self, key: str, document: str | None = None) -> str:
        """A translated string of this document (or of ``document``), as markup."""
        return text(document or self.document, key, self.lang)

    def tx(self, key: str, document: str | None = None, **values: object) -> str:
        """A translated template filled with escaped values: safe Paragraph markup."""
        return self.t(key, document).format(**{k: escape(str(v)) for k, v in values.items()})

    def para(self, markup: str, style: str = "body") -> DocumentParagraph:
        """A paragraph of markup that was built with ``tx`` or ``escape``."""
        return DocumentParagraph(markup, self.styles[style])

    def cell(self, value: object, style: str = "td") -> DocumentParagraph:
        """A table cell of plain user text: escaped, wrapping."""
        return DocumentParagraph(escape(str(value)), self.styles[style])

    def fitted(self, value: object, width: float, style: str = "td") -> str | DocumentParagraph:
        """Plain text when every line fits ``width`` (points), else a wrapping Paragraph.

        Plain strings cost ReportLab almost nothing to lay out; a Paragraph per cell of a
        list thousands of rows long is what makes a register slow.
        """
        plain = str(value)
        font, size = self.styles[style].fontName, self.styles[style].fontSize
        room = width - CELL_PADDING
        if all(stringWidth(line, font, size) <= room for line in plain.split("\n")):
            return plain
        markup = "<br/>".join(escape(line) for line in plain.split("\n"))
        return DocumentParagraph(markup, self.styles[style])

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.lang)

    def day(self, value: date) -> str:
        return format_date(value, self.lang)

    def shares_text(self, count: int) -> str:
        key = "share_one" if count == 1 else "share_many"
        return self.t(key, "common").format(n=count)

    def kind_text(self, kind: object) -> str:
        return self.t(f"kind_{kind}", "common")

    def grid(self, columns: Sequence[tuple[str, float, bool]], rows: list[list]) -> Table:
        """A list table: (text key, width in mm, right-aligned) per column; the header repeats."""
        head = [self.cell(self.t(key), "th_right" if right else "th") for key, _, right in columns]
        widths = [width * mm for _, width, _ in columns]
        table = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(grid_style())
        return table

    def long_grid(
        self, columns: Sequence[tuple[str, float, bool]], rows: list[list], style: str = "td"
    ) -> PagedTable:
        """A list table of hundreds of pages, laid out one page at a time (see ``grid``).

        Cells are plain strings (drawn in ``style``; see ``fitted``) or Paragraphs.
        """
        head = [self.cell(self.t(key), "th_right" if right else "th") for key, _, right in columns]
        widths = [width * mm for _, width, _ in columns]
        body = self.styles[style]
        commands: list[tuple] = [
            ("FONTNAME", (0, 1), (-1, -1), body.fontName),
            ("FONTSIZE", (0, 1), (-1, -1), body.fontSize),
            ("LEADING", (0, 1), (-1, -1), body.leading),
            ("TEXTCOLOR", (0, 1), (-1, -1), body.textColor),
        ]
        commands += [
            ("ALIGN", (i, 1), (i, -1), "RIGHT") for i, (_, _, right) in enumerate(columns) if right
        ]
        return PagedTable(head, rows, widths, grid_style(), commands, progress=self.progress)

    def pairs(
        self, lines: Sequence[tuple[str, str]], widths: tuple[float, float], *extra: tuple
    ) -> Table:
        """Label and value rows of plain text, e.g. a certificate's details."""
        rows = [[self.cell(label, "label"), self.cell(value, "value")] for label, value in lines]
        table = Table(rows, colWidths=[w * mm for w in widths], hAlign="LEFT")
        plain = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        table.setStyle(TableStyle([*plain, *extra]))
        return table

    # --- what a subclass provides --------------------------------------------------------

    def title(self) -> str:
        return self.t("title")

    def header_note(self) -> str:
        """Plain text at the right of the first-page letterhead, e.g. the date."""
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # --- building -----------------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(PAGE) if self.landscape else PAGE

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    def render(self, out: str | Path | BinaryIO, progress: Progress | None = None) -> None:
        """Write the PDF to a file path or a binary buffer.

        ``progress(done, total)`` is called as a long table is laid out; when it returns
        True the rendering stops with ``Cancelled`` and nothing is written.
        """
        self.progress = progress
        height = self.pagesize[1]
        target = str(out) if isinstance(out, Path) else out
        doc = BaseDocTemplate(
            target,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP_LATER,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title(),
            author=self.head.name,
            subject=self.title(),
            creator="Osuva",
            lang=LANG_TAGS[self.lang],
        )
        body = height - MARGIN_BOTTOM
        frames = {
            name: Frame(
                MARGIN_X,
                MARGIN_BOTTOM,
                self.frame_width,
                body - top,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            for name, top in (("first", MARGIN_TOP_FIRST), ("later", MARGIN_TOP_LATER))
        }
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [frames["first"]],
                    onPage=self._first_page,
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [frames["later"]], onPage=self._later_page),
            ]
        )
        label = self.t("page", "common")
        doc.build(self.story(), canvasmaker=partial(NumberedCanvas, page_label=label))

    def render_bytes(self, progress: Progress | None = None) -> bytes:
        """The PDF as bytes: nothing is written anywhere until the whole document is built."""
        buffer = BytesIO()
        self.render(buffer, progress)
        return buffer.getvalue()

    def _first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        x = MARGIN_X
        canvas.saveState()
        logo = self._logo()
        if logo is not None:
            logo_w, logo_h = logo.getSize()
            draw_h = 16 * mm
            draw_w = min(draw_h * logo_w / logo_h, 45 * mm)
            canvas.drawImage(
                logo, x, height - 28 * mm, draw_w, draw_h, preserveAspectRatio=True, mask="auto"
            )
            x += draw_w + 5 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 13)
        canvas.drawString(x, height - 19 * mm, self.head.name)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        business_id = f"{self.t('business_id', 'common')} {self.head.business_id}"
        canvas.drawString(x, height - 24 * mm, business_id)
        note = self.header_note()
        if note:
            canvas.setFont(FONT, 9)
            canvas.drawRightString(width - MARGIN_X, height - 19 * mm, note)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1)
        canvas.line(MARGIN_X, height - 29 * mm, width - MARGIN_X, height - 29 * mm)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, height - 14 * mm, self.head.name)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_X, height - 14 * mm, self.title())
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, height - 16.5 * mm, width - MARGIN_X, height - 16.5 * mm)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width = doc.pagesize[0]
        business_id = f"{self.t('business_id', 'common')} {self.head.business_id}"
        parts = [self.head.name, self.head.address_in(self.lang), business_id]
        line = "  ·  ".join(part for part in parts if part)
        # Leave room for "page X / Y" on the right; a very long address loses the ID first.
        room = width - 2 * MARGIN_X - 30 * mm
        if stringWidth(line, FONT, 8) > room:
            line = "  ·  ".join(part for part in parts[:2] if part)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, FOOTER_Y + 4 * mm, width - MARGIN_X, FOOTER_Y + 4 * mm)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, FOOTER_Y, line)
        canvas.restoreState()

    def _logo(self) -> ImageReader | None:
        if not self.head.logo_png:
            return None
        try:
            return ImageReader(BytesIO(self.head.logo_png))
        except (OSError, ValueError):
            # A broken logo must not stop a certificate from printing.
            return None
