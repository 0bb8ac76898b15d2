"""What the invoice dialogs show: a draft as its form, an issued invoice's lines to credit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.domain import Customer, Invoice, InvoiceLine, WorkEntry
from app.domain.enums import InvoiceKind, InvoiceState, Language

from .credit_notes import credited_quantities
from .errors import NotFoundError
from .invoice_drafts import DraftForm, LineForm
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    name: str
    language: Language


@dataclass(frozen=True)
class InvoiceDetail:
    id: int
    kind: InvoiceKind
    state: InvoiceState
    number: int | None
    customer: str
    total_gross: Decimal
    version: int
    form: DraftForm


@dataclass(frozen=True)
class CreditableLine:
    id: int
    description: str
    quantity: Decimal
    gross_amount: Decimal
    credited: bool


@requires(Permission.INVOICING)
def invoice_customers(uow: UnitOfWork) -> list[CustomerChoice]:
    """Active customers by name, for the draft dialog's customer list."""
    rows = uow.session.execute(
        select(Customer.id, Customer.name, Customer.language)
        .where(Customer.active.is_(True))
        .order_by(Customer.search_name, Customer.id)
    )
    return [CustomerChoice(*row) for row in rows]


@requires(Permission.INVOICING)
def get_invoice(uow: UnitOfWork, invoice_id: int) -> InvoiceDetail:
    """The invoice with its lines as the draft form edits them."""
    session = uow.session
    invoice = session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    line_ids = [line.id for line in invoice.lines]
    entries: dict[int, list[int]] = {}
    if line_ids:
        for entry_id, line_id in session.execute(
            select(WorkEntry.id, WorkEntry.invoice_line_id)
            .where(WorkEntry.invoice_line_id.in_(line_ids))
            .order_by(WorkEntry.id)
        ):
            entries.setdefault(line_id, []).append(entry_id)
    lines = [
        LineForm(
            description=line.description,
            quantity=line.quantity,
            unit=line.unit,
            unit_price=line.unit_price,
            vat_code=line.vat_code,
            discount_percent=line.discount_percent,
            delivery_date=line.delivery_date,
            service_id=line.service_id,
            work_entry_ids=tuple(entries.get(line.id, ())),
            household_work=line.household_work_amount is not None,
        )
        for line in invoice.lines
    ]
    form = DraftForm(
        customer_id=invoice.customer_id,
        invoice_date=invoice.issue_date,
        delivery_from=invoice.delivery_from,
        delivery_to=invoice.delivery_to,
        our_reference=invoice.our_reference,
        buyer_reference=invoice.buyer_reference,
        language=invoice.language,
        notes=invoice.notes,
        lines=lines,
    )
    return InvoiceDetail(
        id=invoice.id,
        kind=invoice.kind,
        state=invoice.state,
        number=invoice.number,
        customer=invoice.buyer_name or invoice.customer.name,
        total_gross=invoice.total_gross,
        version=invoice.version,
        form=form,
    )


@requires(Permission.INVOICING)
def lines_to_credit(uow: UnitOfWork, invoice_id: int) -> list[CreditableLine]:
    """The issued invoice's lines, each saying whether a credit note already credits it."""
    lines = uow.session.scalars(
        select(InvoiceLine)
        .where(InvoiceLine.invoice_id == invoice_id)
        .order_by(InvoiceLine.position)
    ).all()
    done = credited_quantities(uow.session, [line.id for line in lines])
    return [
        CreditableLine(
            line.id,
            line.description,
            line.quantity,
            line.gross_amount,
            done.get(line.id, Decimal(0)) >= line.quantity,
        )
        for line in lines
    ]
