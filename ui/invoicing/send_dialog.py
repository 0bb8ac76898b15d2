"""Send an issued invoice's PDF by e-mail through the cooperative's SMTP account."""

from __future__ import annotations

from app.documents.invoice_mail import send_invoice
from app.services.errors import ServiceError
from ui.i18n import fill
from ui.operations import Context
from ui.operations.jobs import FileJob

from .mail_dialog import MailDialog


def _send(db, actor, invoice_id: int, recipient: str, progress=None) -> str:
    return send_invoice(db, actor, invoice_id, recipient)


class SendDialog(MailDialog):
    def __init__(self, context: Context, invoice_id: int, number: str, parent=None) -> None:
        super().__init__(
            context,
            invoice_id,
            fill(self.tr("Send invoice %1 by e-mail"), number),
            self.tr("The invoice goes as a PDF attachment from the cooperative's address."),
            parent,
        )
        self.preferred = (60, 10)

    def _job(self, recipient: str) -> FileJob:
        return FileJob(
            self,
            self.tr("Sending the invoice…"),
            _send,
            self.context.db,
            self.context.actor,
            self.invoice_id,
            recipient,
        )

    def _sent_text(self, recipient: str) -> str:
        return fill(self.tr("The invoice was sent to %1."), recipient)

    def _refusals(self, error: ServiceError) -> dict[str, str]:
        return {
            "einvoice_customer": self.tr("This customer receives e-invoices, not e-mail."),
            "smtp_failed": self.tr(
                "The mail server did not accept the invoice. Check the e-mail settings and "
                "the connection, then try again."
            ),
            "not_issued": self.tr("Only an issued invoice can be sent."),
        }
