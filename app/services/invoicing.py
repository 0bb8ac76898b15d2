"""Reading invoices with the status their payments and dates give them."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, or_, select, type_coerce, union_all
from sqlalchemy.orm import aliased

from app.domain import Customer, Invoice, InvoiceBalance, InvoiceSending, InvoiceSeries
from app.domain.base import Money, UTCDateTime
from app.domain.enums import InvoiceKind, InvoiceState
from app.fi.reference import format_fi_reference, format_rf_reference, normalize_reference
from app.locale import FINLAND

from .listing import (
    ListQuery,
    ListSpec,
    Page,
    fetch_page,
    likely,
    position_in,
    search_key,
    starts_with,
)
from .policy import Permission, requires
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
    # The day (Finnish time) the invoice itself last went to the buyer, by e-mail or as an
    # e-invoice file; reminders do not count. None: not sent from Osuva.
    sent_on: date | None = None


@functools.cache
def invoice_list() -> ListSpec:
    """The list's sorts, built on first use: building them configures every mapper (~0.1 s),
    which must not delay the window's first appearance. The open amount sorts from the
    stored balances' index, so a page costs the same at any number of invoices."""
    return ListSpec(
        sorts={
            "number": (Invoice.number,),
            "kind": (Invoice.kind,),
            "customer": (Customer.search_name,),
            "issued": (Invoice.issue_date,),
            "due": (Invoice.due_date,),
            "total": (Invoice.total_gross,),
            # Ties by the balance's own id, which its index holds: the many settled (zero)
            # balances then need no sorting.
            "open": (InvoiceBalance.open_amount, InvoiceBalance.invoice_id),
            "reference": (Invoice.reference,),
        },
        default_sort="issued",
        default_descending=True,
        id_column=Invoice.id,
    )


def _invoice_filter(query: ListQuery) -> list:
    """The search as a set of invoice ids, each part found from one index.

    As a set of ids rather than an OR of conditions, the search stays the first thing the
    database looks up whichever table the list joins and however it sorts.
    """
    words = search_key(query.search)
    if not words:
        return []
    # A number finds the invoice, digits or RF… the reference; words the customer.
    found = aliased(Invoice)
    customers = select(Customer.id).where(starts_with(Customer.search_name, words))
    matches = [
        select(found.id).where(starts_with(found.reference, normalize_reference(query.search))),
        select(found.id).where(found.customer_id.in_(customers)),
    ]
    if words.isdigit():
        matches.append(select(found.id).where(found.number == int(words)))
    return [Invoice.id.in_(union_all(*matches))]


def _last_sent():
    return (
        select(type_coerce(func.max(InvoiceSending.sent_at), UTCDateTime()))
        .where(InvoiceSending.invoice_id == Invoice.id, InvoiceSending.channel != "reminder")
        .scalar_subquery()
    )


def _sent_on(sent_at: datetime | None) -> date | None:
    if sent_at is None:
        return None
    return (sent_at.astimezone(FINLAND) if sent_at.tzinfo else sent_at).date()


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
            InvoiceBalance.paid,
            InvoiceBalance.credited,
            InvoiceBalance.open_amount,
            InvoiceSeries.prefix,
            Customer.name,
            _last_sent().label("sent_at"),
        )
        .join(InvoiceBalance, InvoiceBalance.invoice_id == Invoice.id)
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
    page = []
    for r in rows:
        page.append(
            InvoiceRow(
                id=r.id,
                number=f"{r.prefix}{r.number}" if r.number is not None else "",
                kind=r.kind,
                customer=r.buyer_name or r.name,
                issue_date=r.issue_date,
                due_date=r.due_date,
                total=r.total_gross,
                paid=r.paid,
                open_amount=r.open_amount,
                reference=format_reference(r.reference),
                status=derive_status(
                    r.state,
                    r.kind,
                    r.total_gross,
                    r.paid,
                    r.due_date,
                    today,
                    r.credited,
                ),
                sent_on=_sent_on(r.sent_at),
            )
        )
    return Page(page, total, query.offset)


@requires(Permission.INVOICING)
def invoice_row_position(uow: UnitOfWork, query: ListQuery, invoice_id: int) -> int | None:
    """Where the invoice stands in the sorted, filtered list (0-based), or None if not in it."""
    return position_in(uow.session, invoice_list(), _invoice_keys(query), query, invoice_id)


def _invoice_keys(query: ListQuery):
    """Only the tables the search and the sort read: numbering every row costs no more."""
    keys = select(Invoice.id).where(*_invoice_filter(query))
    if query.sort == "open":
        keys = keys.join(InvoiceBalance, InvoiceBalance.invoice_id == Invoice.id)
    elif query.sort == "customer":
        keys = keys.join(Customer, Customer.id == Invoice.customer_id)
    return keys


@dataclass(frozen=True)
class ReceivableTotals:
    open: Decimal
    overdue: Decimal


@requires(Permission.INVOICING)
def receivable_totals(uow: UnitOfWork, today: date | None = None) -> ReceivableTotals:
    """What customers owe in all, and how much of it is past due (summed in SQL).

    Only issued invoices have an open amount, so the sums read just the balances that are
    not zero, from their index: a few thousand rows however many invoices are settled.
    """
    today = today or date.today()
    amount = InvoiceBalance.open_amount
    summed = select(type_coerce(func.coalesce(func.sum(amount), 0), Money()))
    unsettled = or_(amount < 0, amount > 0)
    total = uow.session.scalar(summed.where(unsettled))
    overdue = uow.session.scalar(
        summed.join(Invoice, Invoice.id == InvoiceBalance.invoice_id).where(
            unsettled, likely(Invoice.due_date < today)
        )
    )
    return ReceivableTotals(total, overdue)
