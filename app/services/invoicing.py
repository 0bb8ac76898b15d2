"""Reading invoices with the status their payments and dates give them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select, type_coerce

from app.domain import Customer, Invoice, InvoiceSeries, Payment
from app.domain.base import Money
from app.domain.enums import InvoiceKind, InvoiceState
from app.fi.reference import normalize_reference

from .listing import (
    ListQuery,
    ListSpec,
    Page,
    fetch_page,
    position_in,
    search_key,
    starts_with,
)
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


INVOICE_LIST = ListSpec(
    sorts={
        "number": (Invoice.number,),
        "kind": (Invoice.kind,),
        "customer": (Customer.search_name,),
        "issued": (Invoice.issue_date,),
        "due": (Invoice.due_date,),
        "total": (Invoice.total_gross,),
    },
    default_sort="issued",
    default_descending=True,
    id_column=Invoice.id,
)


def _invoice_filter(query: ListQuery) -> list:
    """Conditions on the invoice table alone, so each can use one of its indexes."""
    words = search_key(query.search)
    if not words:
        return []
    # A number finds the invoice, digits or RF… the reference; words the customer.
    customers = select(Customer.id).where(starts_with(Customer.search_name, words))
    matches = [
        starts_with(Invoice.reference, normalize_reference(query.search)),
        Invoice.customer_id.in_(customers),
    ]
    if words.isdigit():
        matches.append(Invoice.number == int(words))
    return [or_(*matches)]


def _invoice_base(query: ListQuery):
    return (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.state,
            Invoice.buyer_name,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.total_gross,
            InvoiceSeries.prefix,
            Customer.name,
        )
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(*_invoice_filter(query))
    )


def _paid(uow: UnitOfWork, ids: list[int]) -> dict[int, Decimal]:
    """Payments received for just these invoices."""
    if not ids:
        return {}
    query = (
        select(Payment.invoice_id, type_coerce(func.sum(Payment.amount), Money()))
        .where(Payment.invoice_id.in_(ids))
        .group_by(Payment.invoice_id)
    )
    return {invoice_id: amount for invoice_id, amount in uow.session.execute(query)}


@requires(Permission.INVOICING)
def list_invoices(
    uow: UnitOfWork, query: ListQuery | None = None, today: date | None = None
) -> Page[InvoiceRow]:
    """One page of invoices and credit notes, newest first; drafts show no number."""
    query = query or ListQuery(limit=None)
    today = today or date.today()
    count = select(func.count()).select_from(Invoice).where(*_invoice_filter(query))
    rows, total = fetch_page(uow.session, INVOICE_LIST, _invoice_base(query), query, count)
    paid = _paid(uow, [r.id for r in rows])
    zero = Decimal("0.00")
    page = []
    for r in rows:
        paid_amount = paid.get(r.id) or zero
        page.append(
            InvoiceRow(
                id=r.id,
                number=f"{r.prefix}{r.number}" if r.number is not None else "",
                kind=r.kind,
                customer=r.buyer_name or r.name,
                issue_date=r.issue_date,
                due_date=r.due_date,
                total=r.total_gross,
                paid=paid_amount,
                status=derive_status(
                    r.state, r.kind, r.total_gross, paid_amount, r.due_date, today
                ),
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.INVOICING)
def invoice_row_position(uow: UnitOfWork, query: ListQuery, invoice_id: int) -> int | None:
    """Where the invoice stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, INVOICE_LIST, _invoice_base(query), query, invoice_id)
