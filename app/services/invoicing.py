"""Reading invoices with the status their payments and dates give them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select, type_coerce

from app.domain import Customer, Invoice, InvoiceSeries, Payment
from app.domain.base import Money
from app.domain.enums import InvoiceKind, InvoiceState

from .policy import Permission, requires
from .uow import UnitOfWork


class InvoiceStatus(StrEnum):
    """Derived, never stored: it follows from state, payments and the due date."""

    DRAFT = "draft"
    OPEN = "open"
    OVERDUE = "overdue"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDIT_NOTE = "credit_note"


def derive_status(
    state: InvoiceState,
    kind: InvoiceKind,
    total: Decimal,
    paid: Decimal,
    due: date | None,
    today: date,
) -> InvoiceStatus:
    if state == InvoiceState.DRAFT:
        return InvoiceStatus.DRAFT
    if kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.CREDIT_NOTE
    if paid >= total:
        return InvoiceStatus.PAID
    if due is not None and due < today:
        return InvoiceStatus.OVERDUE
    if paid > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.OPEN


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    kind: InvoiceKind
    customer: str
    issue_date: date | None
    due_date: date | None
    total: Decimal
    paid: Decimal
    status: InvoiceStatus

    @property
    def open_amount(self) -> Decimal:
        return self.total - self.paid


@requires(Permission.INVOICING)
def list_invoices(uow: UnitOfWork, today: date | None = None) -> list[InvoiceRow]:
    """Invoices and credit notes, newest first; drafts show no number."""
    today = today or date.today()
    paid = (
        select(Payment.invoice_id, type_coerce(func.sum(Payment.amount), Money()).label("paid"))
        .where(Payment.invoice_id.is_not(None))
        .group_by(Payment.invoice_id)
        .subquery()
    )
    query = (
        select(Invoice, InvoiceSeries.prefix, Customer.name, paid.c.paid)
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(paid, paid.c.invoice_id == Invoice.id)
        .order_by(Invoice.issue_date.desc().nulls_first(), Invoice.number.desc(), Invoice.id.desc())
    )
    zero = Decimal("0.00")
    rows = []
    for inv, prefix, customer_name, paid_amount in uow.session.execute(query):
        paid_amount = paid_amount or zero
        rows.append(
            InvoiceRow(
                id=inv.id,
                number=f"{prefix}{inv.number}" if inv.number is not None else "",
                kind=inv.kind,
                customer=inv.buyer_name or customer_name,
                issue_date=inv.issue_date,
                due_date=inv.due_date,
                total=inv.total_gross,
                paid=paid_amount,
                status=derive_status(
                    inv.state, inv.kind, inv.total_gross, paid_amount, inv.due_date, today
                ),
            )
        )
    return rows
