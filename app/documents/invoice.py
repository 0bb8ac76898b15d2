"""The invoice and credit note PDF, rendered only from what was frozen into the invoice.

Page 1: seller, the recipient in a window-envelope position, the invoice details, the lines,
VAT per rate and the bank giro (tilisiirtolomake) with the virtual barcode as text and
Code 128 and the EPC QR code. Later pages repeat a slim header; every page says "page X / Y".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.fi.barcode import BarcodeNotPossible
from app.fi.household_credit import rule_for
from app.fi.ids import format_iban
from app.fi.vat import legal_text
from app.locale import format_decimal
from app.services.errors import ServiceError
from app.services.invoice_drafts import HOUSEHOLD_KINDS
from app.services.invoicing import format_reference
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork

from .base import LANG_TAGS, DocumentRenderer, Letterhead, NumberedCanvas
from .fonts import FONT, FONT_BOLD
from .invoice_data import InvoiceData, invoice_data, invoice_id_by_number
from .invoice_giro import GIRO_HEIGHT, draw_giro, fit_text, seller_town, town_of
from .style import ACCENT, INK, MARGIN_BOTTOM, MARGIN_X, MUTED, RULE

# (text key, width in mm, right-aligned): together the 174 mm of the frame.
TOP_OF_BODY = 90 * mm  # below the address window and the details box
LINE_COLUMNS = (
    ("col_description", 48, False),
    ("col_date", 22, False),
    ("col_quantity", 14, True),
    ("col_unit", 10, False),
    ("col_unit_price", 24, True),
    ("col_discount", 14, True),
    ("col_vat", 15, True),
    ("col_net", 27, True),
)
VAT_COLUMNS = (
    # Wide enough for "Beskattningsunderlag" on one line.
    ("col_rate", 66, False),
    ("col_taxable", 42, True),
    ("col_tax", 32, True),
    ("col_gross", 34, True),
)


class InvoiceRenderer(DocumentRenderer):
    """One invoice or credit note in its own language."""

    document = "invoice"

    def __init__(self, data: InvoiceData, lang: str | None = None) -> None:
        s = data.seller
        head = Letterhead(
            str(s.get("name", "")),
            str(s.get("business_id", "")),
            str(s.get("street", "")),
            str(s.get("postal_code", "")),
            str(s.get("city", "")),
        )
        super().__init__(head, lang or data.language)
        self.data = data
        self.qr_payload = data.qr_payload()
        self.barcode_text: str | None = None
        self.barcode_refusal = ""
        if data.payable() and data.reference:
            try:
                self.barcode_text = data.barcode()
            except BarcodeNotPossible as exc:
                self.barcode_refusal = str(exc)

    # --- texts ---------------------------------------------------------------------------

    def title(self) -> str:
        if self.data.draft:
            return self.t("title_draft")
        return self.t("title_credit" if self.data.credit_note else "title")

    def amount(self, value: Decimal) -> str:
        return self.money(value)

    def _ref_text(self) -> str:
        return format_reference(self.data.reference)

    # --- building ------------------------------------------------------------------------

    def render(self, out: str | Path | BinaryIO, progress=None) -> None:
        height = self.pagesize[1]
        target = str(out) if isinstance(out, Path) else out
        doc = BaseDocTemplate(
            target,
            pagesize=self.pagesize,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            title=f"{self.title()} {self.data.number}".strip(),
            author=self.head.name,
            subject=self.title(),
            creator="Osuva",
            lang=LANG_TAGS[self.lang],
        )
        first_bottom = GIRO_HEIGHT + 6 * mm if self.data.payable() else MARGIN_BOTTOM
        first = Frame(
            MARGIN_X,
            first_bottom,
            self.frame_width,
            height - TOP_OF_BODY - first_bottom,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            self.frame_width,
            height - 26 * mm - MARGIN_BOTTOM,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates(
            [
                PageTemplate(
                    "first", [first], onPage=self._invoice_first_page, autoNextPageTemplate="later"
                ),
                PageTemplate("later", [later], onPage=self._invoice_later_page),
            ]
        )
        label = self.t("page", "common")
        doc.build(self.story(), canvasmaker=partial(NumberedCanvas, page_label=label))

    def story(self) -> list[Flowable]:
        d = self.data
        flow: list[Flowable] = [self._lines_table(), Spacer(1, 4 * mm)]
        flow.append(KeepTogether([self._totals(), Spacer(1, 3 * mm), *self._vat_table()]))
        texts = self._legal_texts()
        if d.credit_note and d.credited_number:
            credited = self.tx(
                "credits_invoice",
                number=d.credited_number,
                date=self.day(d.credited_date) if d.credited_date else "",
            )
            texts.insert(0, credited)
            texts.append(escape(self.t("credit_no_payment")))
        if texts:
            flow.append(Spacer(1, 3 * mm))
            flow += [self.para(markup, "td") for markup in texts]
        if d.household_work > 0 and d.buyer_kind in HOUSEHOLD_KINDS:
            flow += [Spacer(1, 2 * mm), self._household()]
        if d.notes.strip():
            notes = "<br/>".join(escape(line) for line in d.notes.splitlines())
            flow += [
                Spacer(1, 2 * mm),
                self.para(f"<b>{escape(self.t('notes'))}</b><br/>{notes}", "td"),
            ]
        if self.barcode_refusal:
            flow.append(self.para(self.tx("no_barcode", reason=self.barcode_refusal), "small"))
        return flow

    def _legal_texts(self) -> list[str]:
        d = self.data
        texts: list[str] = []
        codes = []
        for line in d.lines:
            if line.vat_code not in codes:
                codes.append(line.vat_code)
        for code in codes:
            ground = legal_text(code, self.lang)
            if ground:
                if code == "reverse_charge" and d.buyer_vat_id:
                    ground += f" – {self.t('buyer_vat_id')} {d.buyer_vat_id}"
                texts.append(escape(ground))
        if d.seller.get("small_business_vat_exempt"):
            texts.append(escape(self.t("small_business")))
        return texts

    def _household(self) -> Flowable:
        d = self.data
        year = (d.issue_date or date.today()).year
        rule = rule_for(year)
        share = self.tx(
            "household_share",
            amount=self.amount(d.household_work),
            year=year,
            rate=format_decimal(rule.rate_percent, self.lang, 0),
            cap=self.amount(rule.yearly_cap),
            deductible=self.amount(rule.deductible),
        )
        return self.para(f"<b>{escape(self.t('household_title'))}</b><br/>{share}", "td")

    def _lines_table(self) -> Table:
        rows = []
        for line in self.data.lines:
            rows.append(
                [
                    self.cell(line.description),
                    self.cell(self.day(line.delivery_date) if line.delivery_date else ""),
                    self.cell(format_decimal(line.quantity, self.lang, 2), "td_right"),
                    self.cell(line.unit),
                    self.cell(self.amount(line.unit_price), "td_right"),
                    self.cell(
                        format_decimal(line.discount_percent, self.lang, 0)
                        if line.discount_percent
                        else "",
                        "td_right",
                    ),
                    self.cell(self._rate(line.vat_rate), "td_right"),
                    self.cell(self.amount(line.net_amount), "td_right"),
                ]
            )
        return self.grid(LINE_COLUMNS, rows)

    def _rate(self, rate: Decimal) -> str:
        digits = 0 if rate == rate.to_integral_value() else 1
        return format_decimal(rate, self.lang, digits)

    def _vat_table(self) -> list[Flowable]:
        rows = []
        for row in self.data.vat_rows():
            label = f"{self._rate(row.rate)} %"
            ground = legal_text(row.vat_code, self.lang)
            if ground and row.rate == 0:
                label += f" ({ground.split(',')[0]})"
            rows.append(
                [
                    self.cell(label),
                    self.cell(self.amount(row.net), "td_right"),
                    self.cell(self.amount(row.vat), "td_right"),
                    self.cell(self.amount(row.gross), "td_right"),
                ]
            )
        heading = self.para(escape(self.t("vat_breakdown")), "th")
        return [heading, Spacer(1, 1 * mm), self.grid(VAT_COLUMNS, rows)]

    def _totals(self) -> Table:
        d = self.data
        gross_key = "total_credit" if d.credit_note else "total_gross"
        rows = [
            (self.t("total_net"), self.amount(d.total_net), "td_right"),
            (self.t("total_vat"), self.amount(d.total_vat), "td_right"),
            (self.t(gross_key), self.amount(d.total_gross), "td_bold_right"),
        ]
        table = Table(
            [[self.cell(label, style), self.cell(value, style)] for label, value, style in rows],
            colWidths=[60 * mm, 35 * mm],
            hAlign="RIGHT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    # --- page furniture ------------------------------------------------------------------

    def _details(self) -> list[tuple[str, str]]:
        d = self.data
        number_key = "number_credit" if d.credit_note else "number"
        rows = [
            (self.t(number_key), d.number or "–"),
            (self.t("date"), self.day(d.issue_date) if d.issue_date else "–"),
        ]
        if d.credit_note and d.credited_number:
            when = self.day(d.credited_date) if d.credited_date else ""
            rows.append((self.t("credited_invoice"), f"{d.credited_number} ({when})"))
        if d.customer_number:
            rows.append((self.t("customer_number"), str(d.customer_number)))
        if d.delivery_from or d.delivery_to:
            start = self.day(d.delivery_from) if d.delivery_from else ""
            end = self.day(d.delivery_to) if d.delivery_to else ""
            rows.append((self.t("delivery"), f"{start}–{end}" if start != end else start))
        if d.payable():
            rows.append((self.t("due_date", "common"), self.day(d.due_date) if d.due_date else "–"))
            rows.append((self.t("reference", "common"), self._ref_text()))
            days = d.seller.get("payment_term_days")
            if days is not None:
                rows.append((self.t("payment_term"), self.t("term_days").format(days=days)))
            if d.late_interest_rate is not None:
                rate = format_decimal(d.late_interest_rate, self.lang, 1)
                rows.append(
                    (self.t("late_interest"), self.t("late_interest_value").format(rate=rate))
                )
        if d.our_reference:
            rows.append((self.t("our_reference"), d.our_reference))
        if d.buyer_reference:
            rows.append((self.t("buyer_reference"), d.buyer_reference))
        if d.buyer_vat_id:
            rows.append((self.t("buyer_vat_id"), d.buyer_vat_id))
        return rows

    def _invoice_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        d = self.data
        s = d.seller
        canvas.saveState()
        # Seller, top left.
        canvas.setFillColor(INK)
        canvas.setFont(FONT_BOLD, 12)
        canvas.drawString(
            MARGIN_X, height - 16 * mm, fit_text(self.head.name, FONT_BOLD, 12, 95 * mm)
        )
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        y = height - 21 * mm
        for text_line in (self.head.street, seller_town(s), self._ids_line()):
            if text_line:
                canvas.drawString(MARGIN_X, y, fit_text(text_line, FONT, 8.5, 95 * mm))
                y -= 4 * mm
        # Title top right; the details beside the window envelope's address, never under it.
        right_x = 112 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(FONT_BOLD, 15)
        canvas.drawString(right_x, height - 17 * mm, self.title())
        canvas.setFillColor(INK)
        left_window = s.get("address_window", "left") != "right"
        details_x = right_x if left_window else MARGIN_X
        details_end = width - MARGIN_X if left_window else right_x - 4 * mm
        y = height - (24 if left_window else 38) * mm
        for label, value in self._details():
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(details_x, y, fit_text(label, FONT, 8, 36 * mm))
            canvas.setFont(FONT_BOLD, 8.5)
            canvas.setFillColor(INK)
            canvas.drawString(
                details_x + 37 * mm,
                y,
                fit_text(value, FONT_BOLD, 8.5, details_end - details_x - 37 * mm),
            )
            y -= 4.3 * mm
        # C5/DL window envelopes: the window is 20 mm from the left (or right) edge.
        self._recipient(canvas, 20 * mm if left_window else right_x, height)
        canvas.restoreState()
        if d.payable():
            self._giro(canvas)
        else:
            self._seller_footer(canvas, width)

    def _recipient(self, canvas: Canvas, x: float, height: float) -> None:
        d = self.data
        lines = [d.buyer_name, d.buyer_street, town_of(d.buyer_postal_code, d.buyer_city)]
        if d.buyer_country and d.buyer_country != "FI":
            lines.append(d.buyer_country)
        y = height - 52 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 10.5)
        for text_line in lines:
            if text_line:
                canvas.drawString(x, y, fit_text(text_line, FONT, 10.5, 85 * mm))
                y -= 4.8 * mm

    def _ids_line(self) -> str:
        s = self.data.seller
        parts = [f"{self.t('business_id', 'common')} {s.get('business_id', '')}"]
        if s.get("vat_id"):
            parts.append(f"{self.t('seller_vat_id')} {s['vat_id']}")
        return "  ·  ".join(parts)

    def _seller_footer(self, canvas: Canvas, width: float) -> None:
        s = self.data.seller
        parts = [
            str(s.get("name", "")),
            f"{self.t('domicile')} {s.get('domicile', '')}" if s.get("domicile") else "",
            f"{self.t('phone')} {s.get('phone')}" if s.get("phone") else "",
            str(s.get("email", "")),
            f"IBAN {format_iban(str(s.get('iban', '')))}",
            f"BIC {s.get('bic')}" if s.get("bic") else "",
        ]
        line = "  ·  ".join(p for p in parts if p)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            MARGIN_X, 10 * mm, fit_text(line, FONT, 7.5, width - 2 * MARGIN_X - 28 * mm)
        )
        if s.get("prepayment_register"):
            canvas.drawString(MARGIN_X, 6.5 * mm, self.t("prepayment_register"))
        canvas.restoreState()

    def _invoice_later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = doc.pagesize
        d = self.data
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, height - 14 * mm, self.head.name)
        header = self.t("later_header").format(
            title=self.title(),
            number=d.number,
            date=self.day(d.issue_date) if d.issue_date else "",
        )
        canvas.setFont(FONT, 9)
        canvas.drawRightString(width - MARGIN_X, height - 14 * mm, header)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, height - 18.5 * mm, fit_text(d.buyer_name, FONT, 8, 120 * mm))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, height - 21 * mm, width - MARGIN_X, height - 21 * mm)
        canvas.restoreState()
        self._seller_footer(canvas, width)

    # --- the bank giro -------------------------------------------------------------------

    def _giro(self, canvas: Canvas) -> None:
        draw_giro(self, canvas)


@requires(Permission.INVOICING)
def render_invoice(uow: UnitOfWork, invoice_id: int, lang: str | None = None) -> InvoiceRenderer:
    """The renderer for one invoice (see ``invoice_data`` for what it needs to see)."""
    data = invoice_data(uow, invoice_id)
    if data.draft and not data.lines:
        raise ServiceError("the draft has no lines", code="no_lines")
    return InvoiceRenderer(data, lang)


__all__ = [
    "InvoiceData",
    "InvoiceRenderer",
    "invoice_data",
    "invoice_id_by_number",
    "render_invoice",
]


def render_invoice_file(
    db,
    invoice_id: int,
    out: Path,
    lang: str | None = None,
    *,
    actor,
    progress=None,
) -> Path:
    """Write the invoice's PDF to ``out`` as ``actor`` sees it; no partial file on failure."""

    with UnitOfWork(db, actor, write=False) as uow:
        renderer = render_invoice(uow, invoice_id, lang)
    pdf = renderer.render_bytes()
    Path(out).write_bytes(pdf)
    return Path(out)
