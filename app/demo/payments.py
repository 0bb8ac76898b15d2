"""Payments on issued invoices: mostly on time, some late or in part, a few overdue."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.domain import (
    BankStatement,
    BankTransaction,
    Payment,
    PaymentReference,
    Reminder,
    TransactionStatus,
)
from app.domain.enums import CustomerKind, InvoiceKind, MemberStatus, PaymentMethod

from .context import DemoContext
from .dates import at
from .invoicing import Issued

CENT = Decimal("0.01")
REMINDER_FEE = Decimal("5.00")


def add_payments(ctx: DemoContext, issued: list[Issued]) -> None:
    """Pay what a real customer base would have paid by today, and remind one household."""
    rng = ctx.rng("payments")
    overdue, partial, reminded = _problems(ctx, rng, issued)
    today = ctx.today
    rows: list[dict[str, Any]] = []

    def pay(invoice: Issued, paid_on: date, amount: Decimal, note: str = "") -> None:
        payment_id = ctx.new_id(Payment)
        household = invoice.customer.kind == CustomerKind.HOUSEHOLD
        rows.append(
            {
                "id": payment_id,
                "invoice_id": invoice.id,
                "paid_on": paid_on,
                "amount": amount,
                "method": PaymentMethod.BANK,
                "reference": invoice.reference,
                # Banks report private payers in capitals.
                "payer_name": invoice.customer.name.upper() if household else invoice.customer.name,
                # Shaped like a bank's archive id: booking date and a running number.
                "bank_archive_id": f"{paid_on:%y%m%d}5{payment_id:011d}",
                "note": note,
                "created_at": at(paid_on, 18),
                "updated_at": at(paid_on, 18),
            }
        )

    for invoice in issued:
        if invoice.id in overdue:
            continue
        if invoice.kind == InvoiceKind.CREDIT_NOTE:
            refund_on = invoice.issue_date + timedelta(days=5)
            if refund_on <= today:
                pay(invoice, refund_on, invoice.gross, "Hyvitys palautettu asiakkaan tilille.")
            continue
        if invoice.id in partial:
            half = (invoice.gross / 2).quantize(CENT, rounding=ROUND_HALF_UP)
            pay(invoice, invoice.due_date - timedelta(days=1), half, "Osamaksu.")
            continue
        if invoice.customer.kind == CustomerKind.MUNICIPALITY:
            paid_on = invoice.due_date - timedelta(days=rng.randint(0, 2))
        elif invoice.due_date < today and rng.random() < 0.1:
            paid_on = min(invoice.due_date + timedelta(days=rng.randint(3, 40)), today)
        else:
            term = (invoice.due_date - invoice.issue_date).days
            paid_on = invoice.issue_date + timedelta(days=rng.randint(3, term))
        if paid_on <= today:
            pay(invoice, paid_on, invoice.gross)
    ctx.insert(Payment, rows)
    ctx.insert(Reminder, [_reminder(ctx, rng, invoice) for invoice in reminded])
    _waiting_credits(ctx, rng, [i for i in issued if i.id in overdue and i not in reminded])
    from app.services.payments import missing_references

    # Every invoice's and share fee's reference, so bank credits find their target.
    references = missing_references(ctx.session)
    ctx.insert(PaymentReference, [{"id": ctx.new_id(PaymentReference), **r} for r in references])


def _waiting_credits(ctx: DemoContext, rng: random.Random, overdue: list[Issued]) -> None:
    """This month's statement so far left two credits for the treasurer: one without a
    reference that Osuva can suggest an invoice for, and a share fee paid without one."""
    today = ctx.today
    statement_id = ctx.new_id(BankStatement)
    ctx.insert(
        BankStatement,
        [
            {
                "id": statement_id,
                "account_iban": ctx.coop["iban"],
                "statement_ref": f"{today:%Y%m%d}1",
                "from_date": today.replace(day=1),
                "to_date": today,
                "file_name": f"tiliote-{today:%Y-%m}.xml",
                "imported_at": at(today, 8),
                "imported_by_id": ctx.users["treasurer"][0],
            }
        ],
    )
    credits = []
    if overdue:
        invoice = rng.choice(overdue)
        credits.append((invoice.gross, invoice.customer.name.upper(), "Lasku", invoice.id))
    members = [m for m in ctx.members if m.status == MemberStatus.MEMBER]
    if members:
        member = rng.choice(members)
        payer = f"{member.last_name} {member.first_name}".upper()
        credits.append((Decimal("50.00"), payer, "Osuusmaksu", None))
    rows = []
    for number, (amount, payer, message, suggested) in enumerate(credits, start=1):
        transaction_id = ctx.new_id(BankTransaction)
        booked = today - timedelta(days=number)
        rows.append(
            {
                "id": transaction_id,
                "statement_id": statement_id,
                "archive_id": f"{booked:%y%m%d}7{transaction_id:011d}",
                "booking_date": booked,
                "value_date": booked,
                "amount": amount,
                "currency": "EUR",
                "payer_name": payer,
                "reference": "",
                "message": message,
                "bank_code": "710",
                "reversal": False,
                "reverses_id": None,
                "status": (
                    TransactionStatus.SUGGESTED if suggested else TransactionStatus.UNMATCHED
                ),
                "suggested_invoice_id": suggested,
                "note": "",
                "version": 1,
                "created_at": at(today, 8),
                "updated_at": at(today, 8),
            }
        )
    ctx.insert(BankTransaction, rows)


def _problems(
    ctx: DemoContext, rng: random.Random, issued: list[Issued]
) -> tuple[set[int], set[int], list[Issued]]:
    """Per block: two recent invoices left unpaid (one household reminded), one paid in part."""
    today = ctx.today
    recent_by_block: dict[int, list[Issued]] = defaultdict(list)
    for invoice in issued:
        if (
            invoice.kind == InvoiceKind.INVOICE
            and not invoice.credited
            and today - timedelta(days=150) <= invoice.issue_date
            and invoice.due_date <= today - timedelta(days=21)
        ):
            recent_by_block[invoice.customer.block].append(invoice)
    overdue: set[int] = set()
    partial: set[int] = set()
    reminded: list[Issued] = []
    for block in range(ctx.scale):
        recent = recent_by_block[block]
        households = [i for i in recent if i.customer.kind == CustomerKind.HOUSEHOLD]
        others = [i for i in recent if i.customer.kind != CustomerKind.HOUSEHOLD]
        if households:
            chosen = rng.choice(households)
            overdue.add(chosen.id)
            reminded.append(chosen)
        if others:
            overdue.add(rng.choice(others).id)
        rest = [i for i in recent if i.id not in overdue]
        if rest:
            partial.add(rng.choice(rest).id)
    return overdue, partial, reminded


def _reminder(ctx: DemoContext, rng: random.Random, invoice: Issued) -> dict[str, Any]:
    sent_on = invoice.due_date + timedelta(days=14 + rng.randint(0, 6))
    late_days = (sent_on - invoice.due_date).days
    interest = invoice.gross * invoice.interest_rate / 100 * late_days / 365
    return {
        "id": ctx.new_id(Reminder),
        "invoice_id": invoice.id,
        "sent_on": sent_on,
        "new_due_date": sent_on + timedelta(days=14),
        "fee": REMINDER_FEE,
        "interest": interest.quantize(CENT, rounding=ROUND_HALF_UP),
        "level": 1,
        "created_at": at(sent_on, 10),
        "updated_at": at(sent_on, 10),
    }
