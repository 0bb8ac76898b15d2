"""The invoice run: every customer's unbilled approved hours of a month, one invoice each.

Each invoice is drafted and issued in its own unit of work, so a cancelled or failed run
leaves whole invoices behind, never a half-issued one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from app.domain import Customer, WorkAssignment, WorkEntry

from .errors import ValidationError
from .invoice_drafts import DraftForm, create_draft, unbilled_hours
from .invoice_issue import IssuedInvoice, issue_invoice
from .invoice_lines import line_amounts
from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class RunItem:
    """One customer's invoice in the run, as the preview shows it."""

    customer_id: int
    customer: str
    hours: Decimal
    net: Decimal


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    next_first = (first + timedelta(days=32)).replace(day=1)
    return first, next_first - timedelta(days=1)


def _month_groups(uow: UnitOfWork, customer_id: int, month: date):
    first, last = month_bounds(month)
    return [g for g in unbilled_hours(uow, customer_id, last) if g.first_day >= first]


@requires(Permission.INVOICING)
def invoice_run_preview(uow: UnitOfWork, month: date) -> list[RunItem]:
    """Customers with unbilled approved hours in the month, with their hours and net total."""
    first, last = month_bounds(month)
    customers = uow.session.execute(
        select(Customer.id, Customer.name)
        .join(WorkAssignment, WorkAssignment.customer_id == Customer.id)
        .join(WorkEntry, WorkEntry.assignment_id == WorkAssignment.id)
        .where(
            WorkEntry.approved_at.is_not(None),
            WorkEntry.volunteer.is_(False),
            WorkEntry.invoice_line_id.is_(None),
            WorkEntry.work_date.between(first, last),
        )
        .group_by(Customer.id, Customer.name)
        .order_by(func.min(Customer.search_name))
    ).all()
    items = []
    for customer_id, name in customers:
        groups = _month_groups(uow, customer_id, month)
        if not groups:
            continue  # its hours started in an earlier month: invoice those by hand
        hours = sum((g.hours for g in groups), Decimal(0))
        net = sum(
            (
                line_amounts(g.hours, g.unit_price, Decimal(0), g.vat_code, g.last_day).net
                for g in groups
            ),
            Decimal("0.00"),
        )
        items.append(RunItem(customer_id, name, hours, net))
    return items


@requires(Permission.INVOICING)
def invoice_month_for(
    uow: UnitOfWork, customer_id: int, month: date, issue_date: date
) -> IssuedInvoice:
    """Draft and issue the customer's invoice for the month's hours (one unit of work)."""
    first, last = month_bounds(month)
    groups = _month_groups(uow, customer_id, month)
    if not groups:
        raise ValidationError({"lines": "required"})
    form = DraftForm(
        customer_id=customer_id,
        invoice_date=issue_date,
        delivery_from=first,
        delivery_to=last,
        lines=[g.as_line() for g in groups],
    )
    invoice_id = create_draft(uow, form)
    return issue_invoice(uow, invoice_id, issue_date)
