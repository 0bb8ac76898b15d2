"""What customers still owe: open amounts of invoices from payments and credit notes.

Open amount = the invoice's total − money allocated to it − the credit notes issued against it.
A negative open amount is a credit balance (an overpayment) the customer has with us.

These functions compute it from the payments and credit notes themselves. The database also
keeps it per invoice in invoice_balance (triggers, migration 0013), which the invoice list
sorts by and the receivable totals add up; `osuva-admin check` compares the two.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app.domain import Invoice, Payment
from app.domain.base import Money
from app.domain.enums import InvoiceKind, InvoiceState

ZERO = Decimal("0.00")


def paid_amount_sql(invoice_id_column):
    """Payments received for the invoice in ``invoice_id_column`` (a correlated subquery)."""
    return (
        select(func.coalesce(func.sum(Payment.amount), 0))
        .where(Payment.invoice_id == invoice_id_column)
        .scalar_subquery()
    )


def credited_amount_sql(invoice_id_column):
    """|gross| of the issued credit notes referring to the invoice (a correlated subquery)."""
    credit = aliased(Invoice)
    return (
        select(func.coalesce(-func.sum(credit.total_gross), 0))
        .where(
            credit.credited_invoice_id == invoice_id_column,
            credit.state == InvoiceState.ISSUED,
            credit.kind == InvoiceKind.CREDIT_NOTE,
        )
        .scalar_subquery()
    )


def open_amount_sql(invoice=Invoice):
    """The open amount as SQL (for sorting and totals): zero for drafts and credit notes."""

    return type_coerce(
        case(
            (
                (invoice.state == InvoiceState.ISSUED) & (invoice.kind == InvoiceKind.INVOICE),
                invoice.total_gross - paid_amount_sql(invoice.id) - credited_amount_sql(invoice.id),
            ),
            else_=0,
        ),
        Money(),
    )


def paid_amounts(session: Session, invoice_ids: list[int]) -> dict[int, Decimal]:
    """Payments received per invoice, for just these invoices."""
    if not invoice_ids:
        return {}
    query = (
        select(Payment.invoice_id, type_coerce(func.sum(Payment.amount), Money()))
        .where(Payment.invoice_id.in_(invoice_ids))
        .group_by(Payment.invoice_id)
    )
    return {invoice_id: amount for invoice_id, amount in session.execute(query)}


def credited_amounts(session: Session, invoice_ids: list[int]) -> dict[int, Decimal]:
    """|gross| of issued credit notes per credited invoice, for just these invoices."""
    if not invoice_ids:
        return {}
    query = (
        select(Invoice.credited_invoice_id, type_coerce(-func.sum(Invoice.total_gross), Money()))
        .where(
            Invoice.credited_invoice_id.in_(invoice_ids),
            Invoice.state == InvoiceState.ISSUED,
            Invoice.kind == InvoiceKind.CREDIT_NOTE,
        )
        .group_by(Invoice.credited_invoice_id)
    )
    return {invoice_id: amount for invoice_id, amount in session.execute(query)}


def open_amounts(session: Session, invoice_ids: Iterable[int]) -> dict[int, Decimal]:
    """Open amount per issued invoice: total_gross − payments − |gross| of its credit notes.

    Drafts and credit notes have nothing open (a credit note settles its original).
    """
    ids = sorted(set(invoice_ids))
    result: dict[int, Decimal] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(Invoice.id, open_amount_sql()).where(Invoice.id.in_(chunk))
        result.update((invoice_id, amount) for invoice_id, amount in session.execute(query))
    return result


@dataclass(frozen=True)
class Settlement:
    """Something that lowered an invoice's open amount on a day (a payment or a credit note)."""

    on: date
    amount: Decimal


def settlements(session: Session, invoice_id: int) -> list[Settlement]:
    """Payments and credit notes of one invoice in date order: the late interest follows them."""
    rows = [
        Settlement(on, amount)
        for on, amount in session.execute(
            select(Payment.paid_on, Payment.amount).where(Payment.invoice_id == invoice_id)
        )
    ]
    rows += [
        Settlement(on, abs(amount))
        for on, amount in session.execute(
            select(Invoice.issue_date, Invoice.total_gross).where(
                Invoice.credited_invoice_id == invoice_id,
                Invoice.kind == InvoiceKind.CREDIT_NOTE,
                Invoice.state == InvoiceState.ISSUED,
            )
        )
        if on is not None
    ]
    merged: dict[date, Decimal] = defaultdict(lambda: ZERO)
    for row in rows:
        merged[row.on] += row.amount
    return [Settlement(on, amount) for on, amount in sorted(merged.items())]
