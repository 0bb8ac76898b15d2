"""The invoice and credit note PDF, rendered only from what was frozen into the invoice.

Page 1: seller, the recipient in a window-envelope position, the invoice details, the lines,
VAT per rate and the bank giro (tilisiirtolomake) with the virtual barcode as text and
Code 128 and the EPC QR code. Later pages repeat a slim header; every page says "page X / Y".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from sqlalchemy import select

from app.domain import Customer, Invoice, InvoiceSeries
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.fi.barcode import BarcodeNotPossible, virtual_barcode
from app.fi.epc_qr import epc_qr_code, epc_qr_payload
from app.fi.household_credit import rule_for
from app.fi.ids import format_iban
from app.fi.vat import legal_text
from app.locale import format_decimal
from app.services.errors import NotFoundError, ServiceError
from app.services.invoice_drafts import HOUSEHOLD_KINDS
from app.services.invoice_issue import seller_snapshot
from app.services.invoice_lines import VatBreakdown, vat_breakdown
from app.services.invoicing import format_reference
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork

from .base import LANG_TAGS, DocumentRenderer, Letterhead, NumberedCanvas
from .fonts import FONT, FONT_BOLD
from .invoice_texts import GIRO_LABELS
from .share_statement import QrFlowable
from .style import ACCENT, INK, MARGIN_BOTTOM, MARGIN_X, MUTED, RULE

GIRO_HEIGHT = 101.6 * mm  # the standard form is the bottom third of an A4 (4 inches)
GIRO_SPLIT_X = 111.4 * mm  # the right half starts here on the standard form
GIRO_LABEL_W = 19 * mm
TOP_OF_BODY = 90 * mm  # below the address window and the details box
# (text key, width in mm, right-aligned): together the 174 mm of the frame.
LINE_COLUMNS = (
    ("col_description", 50, False),
    ("col_date", 20, False),
    ("col_quantity", 14, True),
    ("col_unit", 10, False),
    ("col_unit_price", 24, True),
    ("col_discount", 14, True),
    ("col_vat", 15, True),
    ("col_net", 27, True),
)
VAT_COLUMNS = (
    ("col_rate", 50, False),
    ("col_taxable", 40, True),
    ("col_tax", 40, True),
    ("col_gross", 44, True),
)


@dataclass(frozen=True)
class InvoiceLineData:
    description: str
    delivery_date: date | None
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_percent: Decimal
    vat_code: str
    vat_rate: Decimal
    net_amount: Decimal
    vat_amount: Decimal
    gross_amount: Decimal
    household_work_amount: Decimal | None


@dataclass(frozen=True)
class InvoiceData:
    """Everything the PDF prints, read from the invoice's frozen columns."""

    number: str
    kind: InvoiceKind
    draft: bool
    language: str
    seller: dict
    customer_number: int | None
    buyer_kind: str
    buyer_name: str
    buyer_vat_id: str
    buyer_street: str
    buyer_postal_code: str
    buyer_city: str
    buyer_country: str
    issue_date: date | None
    delivery_from: date | None
    delivery_to: date | None
    due_date: date | None
    reference: str
    our_reference: str
    buyer_reference: str
    notes: str
    late_interest_rate: Decimal | None
    lines: list[InvoiceLineData]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    credited_number: str = ""
    credited_date: date | None = None

    @property
    def credit_note(self) -> bool:
        return self.kind == InvoiceKind.CREDIT_NOTE

    @property
    def household_work(self) -> Decimal:
        return sum(
            (line.household_work_amount or Decimal(0) for line in self.lines), Decimal("0.00")
        )

    def vat_rows(self) -> list[VatBreakdown]:
        return vat_breakdown(self.lines)

    def payable(self) -> bool:
        return not self.credit_note and self.total_gross > 0

    def qr_payload(self) -> str | None:
        """The EPC QR text the Finnish way, or None when there is nothing to pay."""
        if not self.payable() or not self.reference:
            return None
        due = (
            self.due_date
            if self.due_date and self.issue_date and self.due_date >= self.issue_date
            else None
        )
        return epc_qr_payload(
            bic=str(self.seller.get("bic", "")),
            name=str(self.seller["name"]),
            iban=str(self.seller["iban"]),
            amount=self.total_gross,
            reference=self.reference,
            due=due,
        )

    def barcode(self) -> str:
        """The 54-digit virtual barcode; BarcodeNotPossible says why there is none."""
        return virtual_barcode(
            str(self.seller["iban"]), self.total_gross, self.reference, self.due_date
        )


def _number(prefix: str | None, number: int | None) -> str:
    return f"{prefix or ''}{number}" if number is not None else ""


@requires(Permission.INVOICING)
def invoice_data(uow: UnitOfWork, invoice_id: int) -> InvoiceData:
    """The invoice as issued; a draft shows today's seller and customer as a preview."""
    session = uow.session
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    prefix = session.scalar(
        select(InvoiceSeries.prefix).where(InvoiceSeries.id == invoice.series_id)
    )
    draft = invoice.state == InvoiceState.DRAFT
    customer = session.get(Customer, invoice.customer_id)
    credited_number, credited_date = "", None
    if invoice.credited_invoice_id is not None:
        original = session.get(Invoice, invoice.credited_invoice_id)
        credited_number = _number(prefix, original.number)
        credited_date = original.issue_date
    if draft:
        seller = seller_snapshot(session)
        buyer = {
            "buyer_kind": customer.kind.value,
            "buyer_name": customer.name,
            "buyer_vat_id": "",
            "buyer_street": customer.street,
            "buyer_postal_code": customer.postal_code,
            "buyer_city": customer.city,
            "buyer_country": customer.country,
        }
    else:
        seller = dict(invoice.seller_snapshot or {})
        buyer = {
            "buyer_kind": (invoice.buyer_kind or CustomerKind.COMPANY).value,
            "buyer_name": invoice.buyer_name,
            "buyer_vat_id": invoice.buyer_vat_id,
            "buyer_street": invoice.buyer_street,
            "buyer_postal_code": invoice.buyer_postal_code,
            "buyer_city": invoice.buyer_city,
            "buyer_country": invoice.buyer_country,
        }
    lines = [
        InvoiceLineData(
            line.description,
            line.delivery_date,
            line.quantity,
            line.unit,
            line.unit_price,
            line.discount_percent,
            line.vat_code,
            line.vat_rate,
            line.net_amount,
            line.vat_amount,
            line.gross_amount,
            line.household_work_amount,
        )
        for line in invoice.lines
    ]
    return InvoiceData(
        number=_number(prefix, invoice.number),
        kind=invoice.kind,
        draft=draft,
        language=invoice.language.value,
        seller=seller,
        customer_number=customer.customer_number if customer else None,
        **buyer,
        issue_date=invoice.issue_date,
        delivery_from=invoice.delivery_from,
        delivery_to=invoice.delivery_to,
        due_date=invoice.due_date,
        reference=invoice.reference,
        our_reference=invoice.our_reference,
        buyer_reference=invoice.buyer_reference,
        notes=invoice.notes,
        late_interest_rate=invoice.late_interest_rate,
        lines=lines,
        total_net=invoice.total_net,
        total_vat=invoice.total_vat,
        total_gross=invoice.total_gross,
        credited_number=credited_number,
        credited_date=credited_date,
    )


@requires(Permission.INVOICING)
def invoice_id_by_number(uow: UnitOfWork, key: str | int) -> int:
    """The id of the issued invoice or credit note with this number (prefix allowed)."""
    digits = "".join(ch for ch in str(key) if ch.isdigit())
    if not digits:
        raise ValueError(f"{key!r} is not an invoice number.")
    invoice_id = uow.session.scalar(select(Invoice.id).where(Invoice.number == int(digits)))
    if invoice_id is None:
        raise NotFoundError("invoice number", key)
    return invoice_id


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
        canvas.drawString(MARGIN_X, height - 16 * mm, _fit(self.head.name, FONT_BOLD, 12, 95 * mm))
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(MUTED)
        y = height - 21 * mm
        for text_line in (self.head.street, _town(s), self._ids_line()):
            if text_line:
                canvas.drawString(MARGIN_X, y, _fit(text_line, FONT, 8.5, 95 * mm))
                y -= 4 * mm
        # Title and details, top right.
        right_x = 112 * mm
        canvas.setFillColor(ACCENT)
        canvas.setFont(FONT_BOLD, 15)
        canvas.drawString(right_x, height - 17 * mm, self.title())
        canvas.setFillColor(INK)
        y = height - 24 * mm
        for label, value in self._details():
            canvas.setFont(FONT, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(right_x, y, _fit(label, FONT, 8, 36 * mm))
            canvas.setFont(FONT_BOLD, 8.5)
            canvas.setFillColor(INK)
            canvas.drawString(
                right_x + 37 * mm,
                y,
                _fit(value, FONT_BOLD, 8.5, width - MARGIN_X - right_x - 37 * mm),
            )
            y -= 4.3 * mm
        self._recipient(canvas, height)
        canvas.restoreState()
        if d.payable():
            self._giro(canvas)
        else:
            self._seller_footer(canvas, width)

    def _recipient(self, canvas: Canvas, height: float) -> None:
        # C5/DL window envelope: the window is 20 mm from the left edge, 45 mm from the top.
        d = self.data
        left = d.seller.get("address_window", "left") != "right"
        x = 20 * mm if left else 112 * mm
        if not left:
            return self._recipient_at(canvas, x, height)
        self._recipient_at(canvas, x, height)

    def _recipient_at(self, canvas: Canvas, x: float, height: float) -> None:
        d = self.data
        lines = [d.buyer_name, d.buyer_street, _town_of(d.buyer_postal_code, d.buyer_city)]
        if d.buyer_country and d.buyer_country != "FI":
            lines.append(d.buyer_country)
        y = height - 52 * mm
        canvas.setFillColor(INK)
        canvas.setFont(FONT, 10.5)
        for text_line in lines:
            if text_line:
                canvas.drawString(x, y, _fit(text_line, FONT, 10.5, 85 * mm))
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
        canvas.drawString(MARGIN_X, 10 * mm, _fit(line, FONT, 7.5, width - 2 * MARGIN_X - 28 * mm))
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
        canvas.drawString(MARGIN_X, height - 18.5 * mm, _fit(d.buyer_name, FONT, 8, 120 * mm))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, height - 21 * mm, width - MARGIN_X, height - 21 * mm)
        canvas.restoreState()
        self._seller_footer(canvas, width)

    # --- the bank giro -------------------------------------------------------------------

    def _giro(self, canvas: Canvas) -> None:
        d = self.data
        s = d.seller
        width = canvas._pagesize[0]
        top = GIRO_HEIGHT
        rows = (top, 84.7 * mm, 71.9 * mm, 50.7 * mm, 42.3 * mm, 33.8 * mm)
        canvas.saveState()
        # Seller's contact line just above the form.
        parts = [
            f"{self.t('domicile')} {s.get('domicile', '')}" if s.get("domicile") else "",
            f"{self.t('phone')} {s.get('phone')}" if s.get("phone") else "",
            str(s.get("email", "")),
            self.t("prepayment_register") if s.get("prepayment_register") else "",
        ]
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        info = "  ·  ".join(p for p in parts if p)
        canvas.drawString(
            MARGIN_X, top + 2 * mm, _fit(info, FONT, 7.5, width - 2 * MARGIN_X - 30 * mm)
        )
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK)
        canvas.setLineWidth(0.5)
        canvas.setDash(2, 2)
        canvas.line(0, top, width, top)
        canvas.setDash()
        # The grid of the standard form.
        canvas.setLineWidth(1)
        for y in rows[1:]:
            x_end = GIRO_SPLIT_X if y in (rows[1], rows[2]) else width - 8 * mm
            canvas.line(0, y, x_end, y)
        canvas.line(GIRO_LABEL_W, rows[0], GIRO_LABEL_W, rows[5])
        canvas.line(GIRO_SPLIT_X, rows[0], GIRO_SPLIT_X, rows[5])
        ref_label_w = 19 * mm
        canvas.line(GIRO_SPLIT_X + ref_label_w, rows[3], GIRO_SPLIT_X + ref_label_w, rows[5])
        euro_x = 160 * mm
        canvas.line(euro_x, rows[4], euro_x, rows[5])
        canvas.line(euro_x + 10 * mm, rows[4], euro_x + 10 * mm, rows[5])
        # Labels.
        self._label(canvas, GIRO_LABELS["account"], 1.5 * mm, rows[0])
        self._label(canvas, GIRO_LABELS["payee"], 1.5 * mm, rows[1])
        self._label(canvas, GIRO_LABELS["payer"], 1.5 * mm, rows[2])
        self._label(canvas, GIRO_LABELS["signature"], 1.5 * mm, rows[3])
        self._label(canvas, GIRO_LABELS["from_account"], 1.5 * mm, rows[4])
        self._label(canvas, GIRO_LABELS["reference"], GIRO_SPLIT_X + 1.5 * mm, rows[3])
        self._label(canvas, GIRO_LABELS["due"], GIRO_SPLIT_X + 1.5 * mm, rows[4])
        self._label(canvas, GIRO_LABELS["euro"], euro_x + 1.5 * mm, rows[4])
        # Values.
        value_x = GIRO_LABEL_W + 3 * mm
        canvas.setFont(FONT_BOLD, 10)
        iban_line = f"IBAN {format_iban(str(s['iban']))}"
        canvas.drawString(value_x, rows[0] - 6 * mm, iban_line)
        if s.get("bic"):
            canvas.drawString(value_x, rows[0] - 11 * mm, f"BIC {s['bic']}")
        canvas.setFont(FONT, 10)
        payee = [str(s.get("name", "")), _town(s)]
        canvas.drawString(value_x, rows[1] - 5 * mm, _fit(payee[0], FONT, 10, 88 * mm))
        buyer_lines = [d.buyer_name, d.buyer_street, _town_of(d.buyer_postal_code, d.buyer_city)]
        y = rows[2] - 5 * mm
        for text_line in buyer_lines:
            if text_line:
                canvas.drawString(value_x, y, _fit(text_line, FONT, 10, 88 * mm))
                y -= 4.5 * mm
        canvas.setFont(FONT_BOLD, 10.5)
        canvas.drawString(GIRO_SPLIT_X + ref_label_w + 3 * mm, rows[3] - 5.5 * mm, self._ref_text())
        canvas.drawString(
            GIRO_SPLIT_X + ref_label_w + 3 * mm,
            rows[4] - 5.5 * mm,
            self.day(d.due_date) if d.due_date else "",
        )
        canvas.drawRightString(
            width - 10 * mm, rows[4] - 5.5 * mm, format_decimal(d.total_gross, self.lang, 2)
        )
        # Message to the payer and the QR code in the upper right part of the form.
        canvas.setFont(FONT, 8.5)
        canvas.drawString(
            GIRO_SPLIT_X + 3 * mm,
            rows[0] - 6 * mm,
            self.t("message").format(number=d.number),
        )
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawString(GIRO_SPLIT_X + 3 * mm, rows[0] - 10 * mm, self.t("pay_with_reference"))
        if self.qr_payload is not None:
            size = 34 * mm
            qr = QrFlowable(epc_qr_code(self.qr_payload), size, border=2)
            qr.wrapOn(canvas, size, size)
            qr.drawOn(canvas, width - 8 * mm - size, rows[3] + 1.5 * mm)
            canvas.setFont(FONT, 6.5)
            room = width - 8 * mm - size - GIRO_SPLIT_X - 5 * mm
            caption = _fit(self.t("qr_caption"), FONT, 6.5, room)
            canvas.drawString(GIRO_SPLIT_X + 3 * mm, rows[0] - 14 * mm, caption)
        canvas.setFillColor(INK)
        # The virtual barcode as text and as Code 128 (Pankkiviivakoodi-opas 5.3).
        if self.barcode_text:
            canvas.setFont(FONT, 7)
            label = f"{self.t('virtual_barcode')}: {self.barcode_text}"
            canvas.drawString(20 * mm, 27.5 * mm, _fit(label, FONT, 7, width - 30 * mm))
            barcode = Code128(
                self.barcode_text, barWidth=0.3 * mm, barHeight=13 * mm, quiet=True, lquiet=6 * mm
            )
            barcode.drawOn(canvas, 14 * mm, 10 * mm)
        canvas.restoreState()

    def _label(self, canvas: Canvas, words: tuple[str, ...], x: float, top: float) -> None:
        canvas.setFont(FONT, 6.5)
        canvas.setFillColor(INK)
        y = top - 3 * mm
        for word in words:
            canvas.drawString(x, y, word)
            y -= 2.6 * mm


def _fit(value: str, font: str, size: float, room: float) -> str:
    """Cut text that would run over ``room`` points with an ellipsis (canvas text never wraps)."""
    value = " ".join(str(value).split())
    if stringWidth(value, font, size) <= room:
        return value
    while value and stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value + "…"


def _town_of(postal_code: str, city: str) -> str:
    return " ".join(part for part in (postal_code, city) if part)


def _town(seller: dict) -> str:
    return _town_of(str(seller.get("postal_code", "")), str(seller.get("city", "")))


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
