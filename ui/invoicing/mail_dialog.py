"""What the invoice and the reminder e-mail dialogs share: the recipient field, the invoice's
sending history, sending in the background and the mail server's answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.documents.invoice_mail import mail_recipient
from app.services.errors import ServiceError, ValidationError
from ui.operations import Context, announce, read
from ui.operations.jobs import FileJob
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog

from .sending_history import SendingHistory


# Texts use the literal context "MailDialog": in a base class, self.tr would look them up
# under each subclass's name.
class MailDialog(FormDialog):
    """Subclasses say what goes (`_job`), what changed (`CHANGES`) and their own refusals."""

    CHANGES: dict[str, set] = {"invoice_sending": {None}}

    def __init__(
        self, context: Context, invoice_id: int, title: str, text: str, parent: QWidget | None
    ) -> None:
        super().__init__(title, text, parent)
        self.context, self.invoice_id = context, invoice_id
        self.sent_to: str | None = None
        self.recipient = self.form.add_field(
            "email",
            QCoreApplication.translate("MailDialog", "&Recipient:"),
            read(context, mail_recipient, invoice_id),
        )
        self.history = SendingHistory(context, invoice_id, self)
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.history)

    def _job(self, recipient: str) -> FileJob:
        raise NotImplementedError

    def _sent_text(self, recipient: str) -> str:
        raise NotImplementedError

    def _refusals(self, error: ServiceError) -> dict[str, str]:
        """This dialog's own texts for the service's refusal codes."""
        return {}

    def _ok(self) -> None:
        recipient = typed(self.recipient).strip()
        if not recipient:
            self.show_problems({"email": "required"})
            return
        self._job(recipient).success(self._sent).failure(self._failed).run()

    def _sent(self, recipient: str) -> None:
        self.sent_to = recipient
        announce(self.context, self.CHANGES)
        QMessageBox.information(self, self.windowTitle(), self._sent_text(recipient))
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            self.show_problems(error.problems)
            return True
        if not isinstance(error, ServiceError):
            return False
        reasons = {
            "no_smtp": QCoreApplication.translate(
                "MailDialog",
                "No e-mail account is set up: fill in the e-mail part of the invoice settings.",
            ),
            **self._refusals(error),
        }
        QMessageBox.warning(self, self.windowTitle(), reasons.get(error.code, str(error)))
        return True
