"""E-mailing a payment reminder's PDF through the cooperative's SMTP account.

The order is check, mail, record. The reminder (a Reminder row) and its sending (an
InvoiceSending with channel "reminder") are recorded together, in one unit of work, only
after the mail server has accepted the message: a refused mail records nothing, so the user
simply tries again and the reminder can never be recorded twice. A reminder already recorded
that day (printed and posted, or e-mailed before) goes again as it was recorded, and only
the new sending is added. The one gap left: the server accepted and the recording then failed
(the database went away); the reminder went out unrecorded and a retry mails it again, which
is the harmless side of the two (a reminder recorded as sent that never went would be worse).
"""

from __future__ import annotations

import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

from app.db import Database
from app.domain import Customer, Invoice, InvoiceSending
from app.domain.base import utcnow
from app.services.errors import NotFoundError
from app.services.policy import Actor, Permission, requires
from app.services.reminders import (
    ReminderPlan,
    check_can_send,
    record_plan,
    recorded_on,
)
from app.services.uow import UnitOfWork

from .invoice_mail import (
    MailSettings,
    checked_address,
    deliver,
    mail_account,
    new_message,
)
from .reminder import ReminderRenderer, format_reference, reminder_data

SUBJECT = {
    "fi": "Maksumuistutus: lasku {number}",
    "sv": "Betalningspåminnelse: faktura {number}",
    "en": "Payment reminder: invoice {number}",
}
BODY = {
    "fi": "Hei,\n\nliitteenä maksumuistutus laskusta {number}. Kirjanpitomme mukaan lasku on "
    "vielä maksamatta. Pyydämme maksamaan {total} viimeistään {due} viitenumerolla "
    "{reference}. Jos olet jo maksanut laskun, tämä muistutus on aiheeton.\n\n"
    "Ystävällisin terveisin\n{seller}",
    "sv": "Hej,\n\nbifogat en betalningspåminnelse för faktura {number}. Enligt vår bokföring "
    "är fakturan fortfarande obetald. Vi ber dig betala {total} senast {due} med "
    "referensnummer {reference}. Om du redan har betalat fakturan kan du bortse från denna "
    "påminnelse.\n\nMed vänliga hälsningar\n{seller}",
    "en": "Hello,\n\nplease find attached a payment reminder for invoice {number}. According "
    "to our records the invoice is still unpaid. Please pay {total} by {due} using the "
    "payment reference {reference}. If you have already paid it, please disregard this "
    "reminder.\n\nKind regards\n{seller}",
}
FILE_NAME = {
    "fi": "maksumuistutus-{number}.pdf",
    "sv": "betalningspaminnelse-{number}.pdf",
    "en": "payment-reminder-{number}.pdf",
}
CHANNEL = "reminder"


@dataclass(frozen=True)
class OutgoingReminder:
    plan: ReminderPlan
    recipient: str
    message: EmailMessage
    settings: MailSettings


@requires(Permission.INVOICING)
def reminder_mail(
    uow: UnitOfWork, invoice_id: int, on: date, recipient: str | None = None
) -> OutgoingReminder:
    """The reminder dated `on` as an e-mail with its PDF, in the invoice's language.

    Refused like recording one (too early, paid, a missing rate), except that a reminder
    already recorded that day may be sent again as it was recorded.
    """
    invoice = uow.session.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("invoice", invoice_id)
    data = reminder_data(uow, invoice_id, on)
    if not data.plan.recorded:
        check_can_send(data.plan)
    settings = mail_account(uow.session)
    customer = uow.session.get(Customer, invoice.customer_id)
    to = checked_address(recipient, customer.email)
    renderer = ReminderRenderer(data)
    lang, plan = data.language, data.plan
    subject = SUBJECT[lang].format(number=plan.number)
    message = new_message(settings, data.head.name, to, subject)
    message.set_content(
        BODY[lang].format(
            number=plan.number,
            total=renderer.money(plan.total),
            due=renderer.day(plan.new_due_date),
            reference=format_reference(data.reference),
            seller=data.head.name,
        )
    )
    message.add_attachment(
        renderer.render_bytes(),
        maintype="application",
        subtype="pdf",
        filename=FILE_NAME[lang].format(number=plan.number),
    )
    return OutgoingReminder(plan, to, message, settings)


@requires(Permission.INVOICING)
def record_reminder_sending(uow: UnitOfWork, plan: ReminderPlan, recipient: str) -> int:
    """Record the mailed reminder (unless that day's is recorded already) and its sending."""
    reminder_id = recorded_on(uow, plan.invoice_id, plan.on)
    if reminder_id is None:
        reminder_id = record_plan(uow, plan)
    uow.session.add(
        InvoiceSending(
            invoice_id=plan.invoice_id,
            sent_at=utcnow(),
            channel=CHANNEL,
            recipient=recipient,
            user_id=uow.actor.user_id,
            reminder_id=reminder_id,
        )
    )
    uow.session.flush()
    return reminder_id


def send_reminder_mail(
    db: Database,
    actor: Actor,
    invoice_id: int,
    on: date,
    recipient: str | None = None,
    *,
    smtp_factory: Callable[..., smtplib.SMTP] | None = None,
) -> str:
    """Mail the reminder, then record it; returns the address it went to.

    The SMTP conversation happens outside any transaction, as for invoices.
    """
    with UnitOfWork(db, actor, write=False) as uow:
        mail = reminder_mail(uow, invoice_id, on, recipient)
    deliver(mail.settings, mail.message, smtp_factory=smtp_factory)
    with UnitOfWork(db, actor) as uow:
        record_reminder_sending(uow, mail.plan, mail.recipient)
    return mail.recipient
