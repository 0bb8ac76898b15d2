"""The cooperative's invoicing choices: payment reference kind, envelope window, e-mail."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from app.documents.invoice_mail import MailSettings, get_mail_settings, save_invoicing_setup
from app.services.errors import ValidationError
from app.services.invoice_settings import InvoiceSettings, get_invoice_settings
from ui.operations import Context, perform, read
from ui.widgets.fields import typed
from ui.widgets.form_dialog import FormDialog


class InvoiceSettingsDialog(FormDialog):
    def __init__(self, context: Context, parent=None) -> None:
        super().__init__(
            self.tr("Invoice settings"),
            self.tr("Issued invoices keep what they were issued with."),
            parent,
        )
        self.context = context
        current = read(context, get_invoice_settings)
        mail = read(context, get_mail_settings)
        form = self.form
        self.reference = QComboBox()
        self.reference.addItem(self.tr("Finnish reference (viitenumero)"), "fi")
        self.reference.addItem(self.tr("International RF reference"), "rf")
        self.reference.setCurrentIndex(self.reference.findData(current.reference_kind))
        form.add_row("reference_kind", self.tr("Payment &reference:"), self.reference)
        self.window = QComboBox()
        self.window.addItem(self.tr("Left window"), "left")
        self.window.addItem(self.tr("Right window"), "right")
        self.window.setCurrentIndex(self.window.findData(current.address_window))
        form.add_row("address_window", self.tr("&Address in the envelope:"), self.window)
        self.vat_id = form.add_field(
            "vat_id", self.tr("&VAT ID (if not FI + business ID):"), current.vat_id
        )
        self.prepayment = QCheckBox(self.tr("In the &prepayment register"))
        self.prepayment.setChecked(current.prepayment_register)
        form.add_row("prepayment_register", "", self.prepayment)
        form.add_section(self.tr("E-mail (SMTP)"))
        self.host = form.add_field("host", self.tr("&Server:"), mail.host)
        self.port = form.add_field("port", self.tr("P&ort:"), str(mail.port))
        self.security = QComboBox()
        for code, text in (
            ("starttls", self.tr("STARTTLS")),
            ("ssl", self.tr("SSL/TLS")),
            ("none", self.tr("None")),
        ):
            self.security.addItem(text, code)
        self.security.setCurrentIndex(max(self.security.findData(mail.security), 0))
        form.add_row("security", self.tr("&Encryption:"), self.security)
        self.user = form.add_field("user", self.tr("&User name:"), mail.user)
        self.password = form.add_field("password", self.tr("Pass&word (kept in the keyring):"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender = form.add_field("sender", self.tr("Sen&der address:"), mail.sender)
        self.preferred = (70, 26)

    def submit(self) -> None:
        port = typed(self.port).strip()
        if not port.isdigit():
            raise ValidationError({"port": "number"})
        perform(
            self.context,
            save_invoicing_setup,
            InvoiceSettings(
                reference_kind=self.reference.currentData(),
                address_window=self.window.currentData(),
                vat_id=typed(self.vat_id),
                prepayment_register=self.prepayment.isChecked(),
            ),
            MailSettings(
                host=typed(self.host),
                port=int(port),
                user=typed(self.user),
                sender=typed(self.sender),
                security=self.security.currentData(),
            ),
            typed(self.password) or None,
        )
