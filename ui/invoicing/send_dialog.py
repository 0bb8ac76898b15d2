"""Send an issued invoice's PDF by e-mail through the cooperative's SMTP account."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.documents.invoice_mail import mail_recipient, send_invoice
from app.services.errors import ServiceError, ValidationError
from ui.i18n import fill
from ui.operations import Context, announce, read
from ui.operations.jobs import FileJob
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog

from .sending_history import SendingHistory


def _send(db, actor, invoice_id: int, recipient: str, progress=None) -> str:
    return send_invoice(db, actor, invoice_id, recipient)


class SendDialog(FormDialog):
    def __init__(self, context: Context, invoice_id: int, number: str, parent=None) -> None:
        super().__init__(
            fill(self.tr("Send invoice %1 by e-mail"), number),
            self.tr("The invoice goes as a PDF attachment from the cooperative's address."),
            parent,
        )
        self.context, self.invoice_id = context, invoice_id
        self.sent_to: str | None = None
        self.recipient = self.form.add_field(
            "email", self.tr("&Recipient:"), read(context, mail_recipient, invoice_id)
        )
        self.history = SendingHistory(context, invoice_id, self)
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.history)
        self.preferred = (60, 10)

    def _ok(self) -> None:
        recipient = typed(self.recipient).strip()
        if not recipient:
            self.show_problems({"email": "required"})
            return
        FileJob(
            self,
            self.tr("Sending the invoice…"),
            _send,
            self.context.db,
            self.context.actor,
            self.invoice_id,
            recipient,
        ).success(self._sent).failure(self._failed).run()

    def _sent(self, recipient: str) -> None:
        self.sent_to = recipient
        announce(self.context, {"invoice_sending": {None}})
        QMessageBox.information(
            self, self.windowTitle(), fill(self.tr("The invoice was sent to %1."), recipient)
        )
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
            return True
        if not isinstance(error, ServiceError):
            return False
        reasons = {
            "no_smtp": self.tr(
                "No e-mail account is set up: fill in the e-mail part of the invoice settings."
            ),
            "einvoice_customer": self.tr("This customer receives e-invoices, not e-mail."),
            "smtp_failed": self.tr(
                "The mail server did not accept the invoice. Check the e-mail settings and "
                "the connection, then try again."
            ),
            "not_issued": self.tr("Only an issued invoice can be sent."),
        }
        QMessageBox.warning(self, self.windowTitle(), reasons.get(error.code, str(error)))
        return True
