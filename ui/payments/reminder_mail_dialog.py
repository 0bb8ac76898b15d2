"""E-mail a payment reminder's PDF to the customer through the cooperative's SMTP account.

The reminder is recorded only when the mail server has accepted it (see
app/documents/reminder_mail.py): a refused mail leaves nothing recorded, and trying again
never records it twice.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.documents.reminder_mail import send_reminder_mail
from app.locale import format_money
from app.services.errors import ServiceError
from app.services.reminders import ReminderPlan
from ui.i18n import current_language, fill
from ui.invoicing.mail_dialog import MailDialog
from ui.operations import Context
from ui.operations.jobs import FileJob
from ui.widgets.table_model import date_text

from .reminders import REFUSALS


def _send(db, actor, invoice_id: int, on: date, recipient: str, progress=None) -> str:
    return send_reminder_mail(db, actor, invoice_id, on, recipient)


class ReminderMailDialog(MailDialog):
    CHANGES = {"reminder": {None}, "invoice_sending": {None}}

    def __init__(self, context: Context, plan: ReminderPlan, parent: QWidget | None = None):
        lang = current_language()
        claims = fill(
            self.tr("It claims %1 in all: open %2, fee %3, late interest %4."),
            format_money(plan.total, lang),
            format_money(plan.open_amount, lang),
            format_money(plan.fee, lang),
            format_money(plan.interest.total, lang),
        )
        if plan.recorded:
            first = fill(
                self.tr(
                    "The reminder recorded on %1 goes again as it was recorded; only the "
                    "sending is added to the invoice."
                ),
                date_text(plan.on, lang),
            )
        else:
            first = fill(
                self.tr(
                    "The reminder dated %1 goes as a PDF attachment from the cooperative's "
                    "address, in the invoice's language. It is recorded only when the mail "
                    "server accepts it, so if sending fails you can simply try again."
                ),
                date_text(plan.on, lang),
            )
        super().__init__(
            context,
            plan.invoice_id,
            fill(self.tr("E-mail the reminder for invoice %1"), plan.number),
            f"{first} {claims}",
            parent,
        )
        self.plan = plan
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Send"))
        self.preferred = (64, 12)

    def _job(self, recipient: str) -> FileJob:
        return FileJob(
            self,
            self.tr("Sending the reminder…"),
            _send,
            self.context.db,
            self.context.actor,
            self.plan.invoice_id,
            self.plan.on,
            recipient,
        )

    def _sent_text(self, recipient: str) -> str:
        return fill(self.tr("The reminder was sent to %1."), recipient)

    def _refusals(self, error: ServiceError) -> dict[str, str]:
        reasons = {
            "smtp_failed": self.tr(
                "The mail server did not accept the reminder, and nothing was recorded. Check "
                "the e-mail settings and the connection, then try again."
            ),
        }
        if error.code in REFUSALS:
            text = QCoreApplication.translate("RemindersDialog", REFUSALS[error.code])
            lang = current_language()
            if error.code == "too_early" and self.plan.not_before:
                text = fill(text, date_text(self.plan.not_before, lang))
            elif error.code == "missing_rate" and self.plan.interest.missing_rates:
                text = fill(text, date_text(self.plan.interest.missing_rates[0], lang))
            reasons[error.code] = text
        return reasons
