"""What an invoice PDF prints, read only from the invoice's frozen columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain import Customer, Invoice, InvoiceSeries
from app.domain.enums import CustomerKind, InvoiceKind, InvoiceState
from app.fi.barcode import virtual_barcode
from app.fi.epc_qr import epc_qr_payload
from app.services.errors import NotFoundError
from app.services.invoice_issue import seller_snapshot
from app.services.invoice_lines import VatBreakdown, vat_breakdown
from app.services.policy import Permission, requires
from app.services.uow import UnitOfWork


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
        """A giro, barcode and QR code only on an issued invoice with something to pay."""
        return not self.draft and not self.credit_note and self.total_gross > 0

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
