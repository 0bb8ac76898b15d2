"""The sending history of an invoice: e-mails, e-mailed reminders and e-invoice files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain import InvoiceSending, Reminder, User

from .policy import Permission, requires
from .uow import UnitOfWork


@dataclass(frozen=True)
class SendingRow:
    sent_at: datetime
    # "email" (the invoice), "reminder" (a payment reminder by e-mail), "einvoice" (a file).
    channel: str
    recipient: str
    user: str
    # The reminder's level (1, 2 …) for a reminder's sending.
    reminder_level: int | None = None


@requires(Permission.INVOICING)
def invoice_sendings(uow: UnitOfWork, invoice_id: int) -> list[SendingRow]:
    """Every recorded sending of the invoice, oldest first."""
    rows = uow.session.execute(
        select(
            InvoiceSending.sent_at,
            InvoiceSending.channel,
            InvoiceSending.recipient,
            User.full_name,
            User.username,
            Reminder.level,
        )
        .outerjoin(User, User.id == InvoiceSending.user_id)
        .outerjoin(Reminder, Reminder.id == InvoiceSending.reminder_id)
        .where(InvoiceSending.invoice_id == invoice_id)
        .order_by(InvoiceSending.sent_at, InvoiceSending.id)
    )
    return [
        SendingRow(sent_at, channel, recipient, full_name or username or "", level)
        for sent_at, channel, recipient, full_name, username, level in rows
    ]
