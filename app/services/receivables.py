"""What customers still owe: open amounts of invoices from allocations and credit notes.

Open amount = the invoice's total − money allocated to it − the credit notes issued against it.
A negative open amount is a credit balance (an overpayment) the customer has with us.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain import Invoice, Payment
from app.domain.base import Money
from app.domain.enums import InvoiceKind, InvoiceState

ZERO = Decimal("0.00")


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def open_amounts(session: Session, invoice_ids: Iterable[int]) -> dict[int, Decimal]:
    """{invoice id: open amount} for these invoices (issued or not)."""
    ids = sorted(set(invoice_ids))
    result: dict[int, Decimal] = {}
    for chunk in _chunks(ids):
        totals = dict(
            session.execute(
                select(Invoice.id, Invoice.total_gross).where(Invoice.id.in_(chunk))
            ).all()
        )
        paid = dict(
            session.execute(
                select(Payment.invoice_id, type_coerce(func.sum(Payment.amount), Money()))
                .where(Payment.invoice_id.in_(chunk))
                .group_by(Payment.invoice_id)
            ).all()
        )
        credited = dict(
            session.execute(
                select(
                    Invoice.credited_invoice_id,
                    type_coerce(func.sum(func.abs(Invoice.total_gross)), Money()),
                )
                .where(
                    Invoice.credited_invoice_id.in_(chunk),
                    Invoice.kind == InvoiceKind.CREDIT_NOTE,
                    Invoice.state == InvoiceState.ISSUED,
                )
                .group_by(Invoice.credited_invoice_id)
            ).all()
        )
        for invoice_id, total in totals.items():
            result[invoice_id] = (
                total - (paid.get(invoice_id) or ZERO) - (credited.get(invoice_id) or ZERO)
            )
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
