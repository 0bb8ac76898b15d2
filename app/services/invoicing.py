"""Reading invoices with the status their payments and dates give them."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select, type_coerce

from app.domain import Customer, Invoice, InvoiceSeries
from app.domain.base import Money
from app.domain.enums import InvoiceKind, InvoiceState
from app.fi.reference import format_fi_reference, format_rf_reference, normalize_reference

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
from .receivables import credited_amount_sql, open_amount_sql, open_amounts, paid_amount_sql
from .uow import UnitOfWork


def format_reference(reference: str) -> str:
    """A reference as printed: Finnish in groups of five, RF in groups of four."""
    if not reference:
        return ""
    if reference.startswith("RF"):
        return format_rf_reference(reference)
    return format_fi_reference(reference)


class InvoiceStatus(StrEnum):
    """Derived, never stored: it follows from state, payments and the due date."""

    DRAFT = "draft"
    OPEN = "open"
    OVERDUE = "overdue"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"
    CREDIT_NOTE = "credit_note"


def derive_status(
    state: InvoiceState,
    kind: InvoiceKind,
    total: Decimal,
    paid: Decimal,
    due: date | None,
    today: date,
    credited: Decimal = Decimal(0),
) -> InvoiceStatus:
    """Open = total − paid − credited (see receivables.open_amounts)."""
    open_amount = total - paid - credited
    if state == InvoiceState.DRAFT:
        return InvoiceStatus.DRAFT
    if kind == InvoiceKind.CREDIT_NOTE:
        return InvoiceStatus.CREDIT_NOTE
    if credited > 0 and credited >= total:
        return InvoiceStatus.CREDITED
    if open_amount <= 0:
        return InvoiceStatus.PAID
    if due is not None and due < today:
        return InvoiceStatus.OVERDUE
    if paid > 0 or credited > 0:
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
    open_amount: Decimal
    reference: str
    status: InvoiceStatus


@functools.cache
def invoice_list() -> ListSpec:
    """The list's sorts, built on first use: building the open-amount SQL configures every
    mapper (~0.1 s), which must not delay the window's first appearance."""
    return ListSpec(
        sorts={
            "number": (Invoice.number,),
            "kind": (Invoice.kind,),
            "customer": (Customer.search_name,),
            "issued": (Invoice.issue_date,),
            "due": (Invoice.due_date,),
            "total": (Invoice.total_gross,),
            "open": (open_amount_sql(),),
            "reference": (Invoice.reference,),
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
            Invoice.reference,
            type_coerce(paid_amount_sql(Invoice.id), Money()).label("paid"),
            type_coerce(credited_amount_sql(Invoice.id), Money()).label("credited"),
            InvoiceSeries.prefix,
            Customer.name,
        )
        .join(InvoiceSeries, InvoiceSeries.id == Invoice.series_id)
        .join(Customer, Customer.id == Invoice.customer_id)
        .where(*_invoice_filter(query))
    )


@requires(Permission.INVOICING)
def list_invoices(
    uow: UnitOfWork, query: ListQuery | None = None, today: date | None = None
) -> Page[InvoiceRow]:
    """One page of invoices and credit notes, newest first; drafts show no number."""
    query = query or ListQuery(limit=None)
    today = today or date.today()
    count = select(func.count()).select_from(Invoice).where(*_invoice_filter(query))
    rows, total = fetch_page(uow.session, invoice_list(), _invoice_base(query), query, count)
    ids = [r.id for r in rows]
    open_by_id = open_amounts(uow.session, ids)
    zero = Decimal("0.00")
    page = []
    for r in rows:
        open_amount = open_by_id.get(r.id, zero)
        paid_amount = r.paid
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
                open_amount=open_amount,
                reference=format_reference(r.reference),
                status=derive_status(
                    r.state,
                    r.kind,
                    r.total_gross,
                    paid_amount,
                    r.due_date,
                    today,
                    r.credited,
                ),
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.INVOICING)
def invoice_row_position(uow: UnitOfWork, query: ListQuery, invoice_id: int) -> int | None:
    """Where the invoice stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, invoice_list(), _invoice_base(query), query, invoice_id)


@dataclass(frozen=True)
class ReceivableTotals:
    open: Decimal
    overdue: Decimal


@requires(Permission.INVOICING)
def receivable_totals(uow: UnitOfWork, today: date | None = None) -> ReceivableTotals:
    """What customers owe in all, and how much of it is past due (summed in SQL)."""
    today = today or date.today()
    amount = open_amount_sql()
    issued = (Invoice.state == InvoiceState.ISSUED) & (Invoice.kind == InvoiceKind.INVOICE)
    summed = type_coerce(func.coalesce(func.sum(amount), 0), Money())
    total = uow.session.scalar(select(summed).where(issued))
    overdue = uow.session.scalar(select(summed).where(issued, Invoice.due_date < today))
    return ReceivableTotals(total, overdue)
